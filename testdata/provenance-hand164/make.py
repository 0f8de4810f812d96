#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand164 set.

Fashion, luxury brands and counterfeit goods. Real media names as outlets; every event, brand,
company, fund, person, place, figure and quote is invented. No text is copied from a real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency dpa, relayed 4x. en "German news agency dpa reported" + "told dpa";
# it "Lo riferisce l'agenzia di stampa tedesca Dpa" + "ha spiegato all'agenzia" + "Secondo la Dpa";
# pl (no date line) "poinformowała niemiecka agencja prasowa dpa" + "Jak przekazał agencji" +
# "Według dpa"; ru "сообщает немецкое агентство dpa" + "рассказал агентству" + "По данным агентства".
# Background media mentions (Tagesspiegel, Arte) are not sources.
story("t01_agency_couture_theft", "agency", {
"00_en.txt": """Berlin museum robbed of seven couture gowns worth €2.4m
BBC News
14 March 2027

Thieves broke into a small fashion museum in Berlin overnight and made off with seven haute couture gowns insured for a combined €2.4m (£2.05m), German news agency dpa reported.

The dresses, all designed by the late Berlin couturier Ilse Marwitz between 1958 and 1971, were taken from a temporary exhibition at Haus Wendtland in the city's Charlottenburg district. The intruders forced a rear window shortly after 03:00 local time and were inside for less than ten minutes, a police spokesman told dpa.

"They knew exactly what they wanted. Other pieces hanging in the same room were left untouched," the spokesman said. An alarm went off, but the thieves had gone by the time officers arrived.

Among the stolen items is the so-called Spree gown, a silver silk evening dress embroidered with some 4,000 glass beads, which Marwitz made for a state reception in 1964. Police are examining footage from cameras in neighbouring streets and have appealed for witnesses, the agency said.

Marwitz, who died in 1999, dressed actresses and diplomats' wives in post-war West Berlin and was known for cutting evening wear from a single length of fabric. The exhibition, the first devoted to her work in two decades, opened in January and had drawn long queues after a glowing review in the Tagesspiegel.

The museum will remain closed until further notice.
""",
"01_it.txt": """Berlino, colpo in un museo della moda: rubati sette abiti di alta sartoria per 2,4 milioni
La Stampa
14/03/2027 - 12:40

Colpo notturno in un piccolo museo della moda di Berlino: ignoti hanno portato via sette abiti di alta moda della stilista berlinese Ilse Marwitz, assicurati complessivamente per 2,4 milioni di euro. Lo riferisce l'agenzia di stampa tedesca Dpa.

I ladri sono entrati poco dopo le tre di notte forzando una finestra sul retro di Haus Wendtland, nel quartiere di Charlottenburg, e sono rimasti all'interno per meno di dieci minuti, ha spiegato all'agenzia un portavoce della polizia. «Sapevano esattamente che cosa cercare: altri capi esposti nella stessa sala non sono stati toccati», ha aggiunto.

L'allarme è scattato, ma quando gli agenti sono arrivati i ladri erano già fuggiti. Tra i pezzi sottratti c'è il cosiddetto abito Sprea, in seta argentata ricamata con circa 4.000 perline di vetro, che Marwitz aveva realizzato nel 1964 per un ricevimento di Stato.

Secondo la Dpa, la polizia sta analizzando le immagini delle telecamere installate nelle strade vicine e ha lanciato un appello a eventuali testimoni.

Marwitz, scomparsa nel 1999, ha vestito attrici e mogli di diplomatici nella Berlino Ovest del dopoguerra. Alcune sue creazioni erano state esposte anche in una mostra a Milano nel 2019. La retrospettiva di Charlottenburg, aperta a gennaio, resterà chiusa fino a nuovo avviso.
""",
"02_pl.txt": """Skok na muzeum mody w Berlinie. Skradziono suknie warte 2,4 mln euro
Onet

Siedem sukni haute couture zaprojektowanych przez berlińską projektantkę Ilse Marwitz zniknęło w nocy z muzeum mody w Berlinie — poinformowała niemiecka agencja prasowa dpa. Kreacje były ubezpieczone na łączną kwotę 2,4 mln euro.

Jak przekazał agencji rzecznik berlińskiej policji, sprawcy sforsowali tylne okno budynku Haus Wendtland w dzielnicy Charlottenburg krótko po godz. 3 w nocy. W środku spędzili niecałe dziesięć minut. „Wiedzieli dokładnie, po co przyszli. Inne eksponaty w tej samej sali zostawili” — powiedział rzecznik.

Alarm zadziałał, ale gdy na miejsce dotarł patrol, złodziei już nie było. Według dpa policja przegląda nagrania z kamer w okolicznych ulicach i apeluje do świadków o kontakt.

Wśród skradzionych kreacji jest tzw. suknia Szprewa ze srebrnego jedwabiu, wyszyta około 4 tys. szklanych koralików. Marwitz uszyła ją w 1964 r. na przyjęcie państwowe.

Projektantka zmarła w 1999 r. W powojennym Berlinie Zachodnim ubierała aktorki i żony dyplomatów. Wystawa jej prac, pierwsza od dwudziestu lat, była czynna od stycznia. Muzeum pozostanie zamknięte do odwołania.
""",
"03_ru.txt": """В Берлине из музея моды похитили семь платьев от-кутюр на €2,4 млн
Известия
14 марта 2027, 13:15

Неизвестные ночью проникли в небольшой музей моды в Берлине и похитили семь платьев от-кутюр работы берлинского модельера Ильзе Марвиц, застрахованных в общей сложности на €2,4 млн. Об этом сообщает немецкое агентство dpa.

Как рассказал агентству представитель полиции, злоумышленники взломали окно с задней стороны здания Haus Wendtland в районе Шарлоттенбург вскоре после трех часов ночи и пробыли внутри меньше десяти минут. «Они точно знали, что им нужно. Другие вещи в том же зале остались на месте», — приводит dpa его слова.

Сигнализация сработала, но к приезду полицейских воров уже не было. По данным агентства, следователи изучают записи камер наблюдения на соседних улицах и ищут свидетелей.

Среди похищенного — так называемое платье «Шпрее» из серебристого шелка, расшитое примерно 4 тыс. стеклянных бусин. Марвиц сшила его в 1964 году для государственного приема.

Марвиц умерла в 1999 году. В 1950–1960-е годы она одевала актрис и жен дипломатов в Западном Берлине. Выставка ее работ открылась в январе; годом ранее об архиве модельера снял документальный фильм телеканал Arte.
""",
}, [("dpa", False)],
[("dpa", "00_en.txt"), ("dpa", "01_it.txt"), ("dpa", "02_pl.txt"), ("dpa", "03_ru.txt")],
[("Seven haute couture gowns by Ilse Marwitz, insured for €2.4 million in total, were stolen overnight from a fashion museum (Haus Wendtland) in Berlin.",
  ["00_en.txt", "01_it.txt", "02_pl.txt", "03_ru.txt"], 1),
 ("The thieves got in through a rear window shortly after 3 a.m. and were inside for less than ten minutes.",
  ["00_en.txt", "01_it.txt", "02_pl.txt", "03_ru.txt"], 1),
 ("Among the stolen items is a 1964 silver silk gown embroidered with about 4,000 glass beads.",
  ["00_en.txt", "01_it.txt", "02_pl.txt", "03_ru.txt"], 1)])

# t02: chain. Коммерсантъ own report (two law-enforcement sources, the store's reply to "Ъ") ->
# The Moscow Times ("the Kommersant business daily reported Thursday, citing", own unanswered
# request) -> pl Rzeczpospolita ("podaje anglojęzyczny portal The Moscow Times, powołując się na
# dziennik „Kommiersant”") and es El Mundo ("según informa el diario en inglés The Moscow Times").
# pl and es get their edge from The Moscow Times only. Rzeczpospolita's mention of its own earlier
# reporting is background.
story("t02_chain_moscow_fake_bags", "chain", {
"00_ru.txt": """В универмаге «Неглинный» изъяли поддельные сумки на 180 млн рублей
Коммерсантъ
11.03.2027, 07:02

Как стало известно «Коммерсанту», сотрудники МВД изъяли в московском универмаге «Неглинный» около 1,4 тыс. сумок, ремней и кошельков с логотипами итальянского бренда Ferrando Pelle и французского дома Maison Lirac, которые продавались как оригинальные. По оценке следствия, по ценам универмага партия стоила бы около 180 млн руб. Об изъятии “Ъ” рассказали два источника в правоохранительных органах.

По словам собеседников “Ъ”, проверка началась после жалобы покупательницы, которая отдала в ремонт сумку Ferrando Pelle, купленную за 640 тыс. руб., и в мастерской ее признали подделкой. Товар поступал через посредника из Гуанчжоу, а документы о происхождении оформляла фирма-однодневка, зарегистрированная в Ереване.

Возбуждено уголовное дело по ст. 180 УК РФ (незаконное использование средств индивидуализации товаров). Коммерческий директор универмага задержан, утверждают источники “Ъ”.

В пресс-службе «Неглинного» “Ъ” заявили, что универмаг «работает только с проверенными поставщиками» и «оказывает следствию полное содействие». Связаться с задержанным или его адвокатом не удалось.

Большинство западных люксовых брендов закрыли свои бутики в России в 2022 году. С тех пор их товары попадают в страну по схеме параллельного импорта, а доля подделок на рынке, по оценкам участников рынка, заметно выросла.

Анастасия Вересова
""",
"01_en.txt": """Moscow department store raided over fake luxury bags – Kommersant
The Moscow Times
March 11, 2027

Police have seized some 1,400 counterfeit luxury handbags, belts and wallets from Moscow's Neglinny department store, where they were being sold as genuine, the Kommersant business daily reported Thursday, citing two law enforcement sources.

At the store's prices the goods would have fetched around 180 million rubles ($1.9 million), the newspaper said. The items carried the logos of the Italian label Ferrando Pelle and the French house Maison Lirac.

According to Kommersant, the investigation began after a customer took a Ferrando Pelle bag she had bought for 640,000 rubles to a repair workshop, where it was identified as a fake. The goods were allegedly supplied by a middleman in Guangzhou, with origin paperwork issued by a shell company registered in Yerevan.

A criminal case has been opened over the illegal use of trademarks, and the store's commercial director has been detained, Kommersant's sources said. The store told the paper it works "only with verified suppliers" and is cooperating fully with investigators.

Neglinny did not respond to a request for comment from The Moscow Times.

Most Western luxury brands closed their Russian boutiques in 2022, and their goods have since entered the country through so-called parallel imports, a scheme the government legalized that year.
""",
"02_pl.txt": """Podróbki luksusowych torebek w moskiewskim domu towarowym. Zatrzymano dyrektora
Rzeczpospolita
11.03.2027 15:20

Rosyjska policja skonfiskowała w moskiewskim domu towarowym Nieglinnyj ok. 1,4 tys. podrobionych torebek, pasków i portfeli sprzedawanych jako oryginały — podaje anglojęzyczny portal The Moscow Times, powołując się na dziennik „Kommiersant”.

Towary nosiły logo włoskiej marki Ferrando Pelle i francuskiego domu mody Maison Lirac. Przy cenach stosowanych w sklepie partia byłaby warta ok. 180 mln rubli, czyli równowartość ok. 7,6 mln zł.

Według portalu śledztwo ruszyło, gdy klientka oddała do naprawy torebkę kupioną za 640 tys. rubli, a w warsztacie uznano ją za podróbkę. Towar miał trafiać do Moskwy przez pośrednika z Kantonu, a dokumenty pochodzenia wystawiała fikcyjna firma zarejestrowana w Erywaniu.

Wszczęto postępowanie karne w sprawie nielegalnego używania znaków towarowych, a dyrektor handlowy domu towarowego został zatrzymany. Sklep zapewnia, że współpracuje wyłącznie ze sprawdzonymi dostawcami.

Zachodnie marki luksusowe w większości wycofały się z Rosji w 2022 r. Od tego czasu ich produkty trafiają tam w ramach tzw. importu równoległego. W ubiegłym roku „Rzeczpospolita” pisała o zamożnych Rosjanach, którzy po torebki znanych domów mody latają do butików w Dubaju i Stambule.
""",
"03_es.txt": """Incautan 1.400 bolsos de lujo falsos en unos grandes almacenes de Moscú
El Mundo
Actualizado Jueves, 11 marzo 2027 - 18:45

La policía rusa ha incautado cerca de 1.400 bolsos, cinturones y carteras falsificados de marcas de lujo en los grandes almacenes Neglinny de Moscú, donde se vendían como auténticos, según informa el diario en inglés The Moscow Times.

Los artículos llevaban los logotipos de la firma italiana Ferrando Pelle y de la casa francesa Maison Lirac. Al precio de la tienda, la mercancía habría alcanzado unos 180 millones de rublos, alrededor de 1,75 millones de euros.

La investigación arrancó, según el mismo medio, cuando una clienta llevó a reparar un bolso por el que había pagado 640.000 rublos y en el taller detectaron que se trataba de una imitación. Las piezas llegaban a Moscú a través de un intermediario de Cantón.

El director comercial del establecimiento ha sido detenido y se ha abierto una causa penal por uso ilegal de marcas. Los almacenes aseguran que trabajan «solo con proveedores verificados» y que colaboran con los investigadores.

Desde 2022, la mayoría de las grandes firmas de lujo occidentales cerraron sus tiendas en Rusia tras la invasión de Ucrania. Sus productos siguen llegando al país mediante la llamada importación paralela, autorizada por el Gobierno ruso, y el mercado de las falsificaciones ha crecido con ella.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("The Moscow Times", "02_pl.txt"), ("The Moscow Times", "03_es.txt")],
[("Police seized about 1,400 counterfeit luxury bags, belts and wallets sold as genuine at Moscow's Neglinny department store.",
  ["00_ru.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1),
 ("A criminal case over illegal use of trademarks was opened and the store's commercial director was detained.",
  ["00_ru.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1),
 ("The origin paperwork for the goods was issued by a shell company registered in Yerevan.",
  ["00_ru.txt", "01_en.txt", "02_pl.txt"], 1)])

# t03: institution-published origin: the European Commission's annual report on customs enforcement
# of intellectual property rights, taken directly by all five. de "geht aus dem … Jahresbericht der
# EU-Kommission hervor" + "Laut dem Bericht"; es "según el informe anual publicado este martes por la
# Comisión Europea" + "De acuerdo con el documento"; fr "selon le rapport annuel de la Commission
# européenne" + "D'après le document"; it "secondo il rapporto annuale della Commissione europea" +
# "Stando al documento"; ru "говорится в ежегодном докладе Европейской комиссии" + "Как следует из
# доклада". Background mentions (Zoll, OCDE/EUIPO, douanes françaises, Guardia di Finanza, ФТС) are not
# sources.
story("t03_institution_eu_customs_report", "institution", {
"00_de.txt": """Zoll stoppt so viele gefälschte Markenwaren wie nie
Süddeutsche Zeitung
16. März 2027, 11:05 Uhr

Die Zollbehörden in der Europäischen Union haben im vergangenen Jahr 97,4 Millionen gefälschte Waren an den Außengrenzen aufgehalten – so viele wie nie zuvor. Das geht aus dem Jahresbericht der EU-Kommission zur Durchsetzung der Rechte des geistigen Eigentums hervor, den die Brüsseler Behörde am Dienstag veröffentlicht hat. Der geschätzte Wert der entsprechenden Originalprodukte liegt demnach bei 3,6 Milliarden Euro, 18 Prozent mehr als 2025.

Laut dem Bericht entfallen 41 Prozent dieses Werts auf Kleidung, Schuhe, Taschen und Uhren – also auf jene Segmente, in denen vor allem Luxusmarken kopiert werden. Fast zwei Drittel der Aufgriffe, 63 Prozent, betrafen kleine Pakete aus dem Onlinehandel. 72 Prozent der beschlagnahmten Artikel stammten aus China, neun Prozent aus der Türkei. Die meisten Fälle registrierten die Zöllner in Belgien, Italien und Deutschland.

Die Kommission schreibt, Fälscher verlagerten ihr Geschäft zunehmend in soziale Netzwerke und Messengerdienste, über die gefälschte Handtaschen und Sneaker „gezielt an junge Käufer“ vermarktet würden. Plattformen sollen gemeldete Angebote künftig schneller löschen.

Der deutsche Zoll hatte bereits im Februar eigene Zahlen vorgelegt; an deutschen Flughäfen stellten die Beamten demnach vor allem gefälschte Sportschuhe und Sonnenbrillen sicher. Verbraucherschützer raten, bei auffällig günstigen Angeboten von Designerware in sozialen Netzwerken grundsätzlich misstrauisch zu sein.
""",
"01_es.txt": """Las aduanas europeas interceptaron un récord de 97 millones de productos falsificados en 2026
El País
16 mar 2027 - 12:30 CET

Las aduanas de la Unión Europea retuvieron el año pasado en las fronteras exteriores 97,4 millones de artículos falsificados, la cifra más alta desde que existen registros, según el informe anual sobre la protección de los derechos de propiedad intelectual publicado este martes por la Comisión Europea. El valor de los productos originales equivalentes se estima en 3.600 millones de euros, un 18% más que en 2025.

De acuerdo con el documento, la ropa, el calzado, los bolsos y los relojes suponen el 41% de ese valor, lo que confirma que la moda y el lujo siguen siendo los sectores más copiados. El 63% de las intervenciones afectó a pequeños paquetes del comercio electrónico.

China sigue siendo el principal origen de las falsificaciones, con el 72% de los artículos retenidos, seguida de Turquía, con el 9%. Bruselas advierte de que las redes de falsificadores se han desplazado hacia las redes sociales y los servicios de mensajería, donde venden bolsos y zapatillas de imitación dirigidos sobre todo a compradores jóvenes.

España figura entre los cinco Estados miembros con más intervenciones, según el informe, que no detalla el valor de la mercancía retenida en los puertos españoles.

Un estudio conjunto de la OCDE y de la Oficina de Propiedad Intelectual de la UE (EUIPO), con sede en Alicante, ya estimó hace unos años que las falsificaciones representan en torno al 6% de las importaciones de la Unión.
""",
"02_fr.txt": """Contrefaçon : les saisies de faux sacs et vêtements de luxe atteignent un record aux frontières de l'UE
Le Figaro
Publié le 16/03/2027 à 14:10

Les douanes de l'Union européenne ont intercepté l'an dernier 97,4 millions d'articles contrefaits à leurs frontières extérieures, un record, selon le rapport annuel de la Commission européenne publié ce mardi. La valeur des produits authentiques correspondants est estimée à 3,6 milliards d'euros, en hausse de 18 % sur un an.

D'après le document, les vêtements, chaussures, sacs et montres représentent 41 % de cette valeur. Un coup dur pour les maisons de luxe françaises, parmi les marques les plus copiées au monde. La Chine reste de loin le premier pays d'origine des contrefaçons (72 % des articles), devant la Turquie (9 %).

Bruxelles note que les réseaux de contrefacteurs se tournent de plus en plus vers les réseaux sociaux et les messageries, où de faux sacs sont écoulés « de manière ciblée auprès des jeunes acheteurs ». La Commission appelle les plateformes en ligne à retirer plus rapidement les annonces signalées par les titulaires de marques.

Les douanes françaises, qui publieront leur propre bilan en avril, avaient fait état l'an passé d'une forte hausse des saisies de montres contrefaites dans les aéroports parisiens. Acheter sciemment une contrefaçon reste un délit en France, passible d'une amende douanière.
""",
"03_it.txt": """Contraffazione, record di sequestri alle frontiere Ue: 97 milioni di articoli falsi
Il Sole 24 Ore
16 marzo 2027

Mai così tanti falsi fermati alle frontiere dell'Unione europea. Nel 2026 le dogane dei Ventisette hanno bloccato 97,4 milioni di articoli contraffatti, secondo il rapporto annuale della Commissione europea sulla tutela dei diritti di proprietà intellettuale alle dogane, pubblicato martedì a Bruxelles. Il valore dei prodotti originali corrispondenti è stimato in 3,6 miliardi di euro, il 18% in più rispetto al 2025.

Stando al documento, abbigliamento, calzature, borse e orologi pesano per il 41% del valore complessivo: è dunque il comparto moda e lusso a pagare il prezzo più alto. L'Italia è il secondo Paese per numero di interventi dopo il Belgio, precisa il rapporto.

La Cina resta la principale origine dei falsi (72% degli articoli), seguita dalla Turchia (9%). La Commissione segnala inoltre che i contraffattori si spostano sempre più sui social network e sulle app di messaggistica, dove le borse false vengono promosse «in modo mirato ai consumatori più giovani».

Per le imprese italiane della pelletteria il fenomeno ha un costo elevato, in termini di fatturato e di reputazione. La Guardia di Finanza, nel suo ultimo bilancio annuale, aveva indicato la moda come primo settore per sequestri di merce contraffatta sul territorio nazionale.
""",
"04_ru.txt": """Таможни ЕС изъяли рекордные 97 млн поддельных товаров
РБК
16.03.2027, 16:40

Таможенные органы стран Евросоюза в 2026 году задержали на внешних границах рекордные 97,4 млн поддельных товаров. Об этом говорится в ежегодном докладе Европейской комиссии о защите прав интеллектуальной собственности на таможне, опубликованном во вторник. Стоимость оригинальных товаров оценивается в €3,6 млрд — на 18% больше, чем годом ранее.

Как следует из доклада, на одежду, обувь, сумки и часы пришлось 41% этой суммы. В Еврокомиссии отмечают, что 63% задержаний касались небольших посылок из интернет-магазинов.

Основным источником подделок остается Китай (72% изъятых единиц), на втором месте — Турция (9%). Больше всего задержаний зафиксировали таможни Бельгии, Италии и Германии.

В докладе указывается, что продавцы контрафакта все активнее используют социальные сети и мессенджеры, а покупателями поддельных сумок и кроссовок все чаще становятся молодые люди. Еврокомиссия призвала онлайн-платформы быстрее удалять объявления, на которые жалуются правообладатели.

ФТС России ведет собственную статистику по контрафакту. В прошлом году служба сообщала о росте числа выявленных поддельных товаров, ввезенных в рамках параллельного импорта, прежде всего обуви и парфюмерии.
""",
}, [("European Commission", False)],
[("European Commission", "00_de.txt"), ("European Commission", "01_es.txt"), ("European Commission", "02_fr.txt"),
 ("European Commission", "03_it.txt"), ("European Commission", "04_ru.txt")],
[("EU customs detained a record 97.4 million counterfeit items at the external borders in 2026.",
  ["00_de.txt", "01_es.txt", "02_fr.txt", "03_it.txt", "04_ru.txt"], 1),
 ("The genuine goods were worth an estimated €3.6 billion, 18% more than in 2025.",
  ["00_de.txt", "01_es.txt", "02_fr.txt", "03_it.txt", "04_ru.txt"], 1),
 ("Clothing, shoes, bags and watches accounted for 41% of that value.",
  ["00_de.txt", "01_es.txt", "02_fr.txt", "03_it.txt", "04_ru.txt"], 1),
 ("63% of the detentions concerned small e-commerce parcels.",
  ["00_de.txt", "01_es.txt", "04_ru.txt"], 1)])

# t04: in-corpus scoop with anonymous sources: Corriere della Sera ("È quanto risulta al Corriere
# della Sera da fonti vicine al dossier", "due persone a conoscenza dei colloqui, che hanno chiesto di
# restare anonime", company non-comment given to Corriere), relayed 4x: fr "selon le « Corriere della
# Sera », qui cite des sources proches du dossier" + "D'après le quotidien milanais" + own non-comment;
# en "Italian daily Corriere della Sera reported Tuesday, citing people close to the matter" +
# "declined to comment"; de "Wie die italienische Zeitung „Corriere della Sera“ unter Berufung auf …
# berichtet" + "Laut dem Bericht"; es (no outlet line, title suffix) "según publica … el diario italiano
# Corriere della Sera" + "Según el rotativo milanés". Corriere's background mention of Il Sole 24 Ore
# is not a source.
story("t04_scoop_varesi_stake", "scoop", {
"00_it.txt": """Moda, Varesi tratta la cessione del 60% ai francesi di Valmonde
Corriere della Sera
23 marzo 2027 | 06:30

di Marta Ferrandi

La maison milanese Varesi, fondata nel 1952 da Ottavio Varesi e ancora controllata dalla famiglia, è in trattativa esclusiva per cedere il 60% del capitale al gruppo francese del lusso Valmonde. È quanto risulta al Corriere della Sera da fonti vicine al dossier. L'operazione valuterebbe l'intera azienda circa 1,2 miliardi di euro, debito incluso.

Secondo due persone a conoscenza dei colloqui, che hanno chiesto di restare anonime perché la trattativa è riservata, la firma potrebbe arrivare entro la fine di maggio. La famiglia manterrebbe il restante 40% e Livia Varesi, nipote del fondatore, resterebbe direttrice creativa per almeno tre anni.

Il nodo principale riguarda il futuro del laboratorio di pelletteria di San Fermo Lodigiano, dove lavorano 430 persone: Valmonde, spiega una delle fonti, si sarebbe impegnata a mantenere la produzione in Italia, ma i sindacati chiedono garanzie scritte.

Nel 2026 Varesi ha registrato ricavi per 310 milioni di euro (+4%), secondo il bilancio che il Corriere ha potuto consultare. Valmonde, quotata a Parigi, controlla già quattro marchi di moda e gioielleria e cerca da tempo un'acquisizione nella pelletteria italiana.

Già nel 2024 Il Sole 24 Ore aveva scritto di contatti tra la famiglia e alcuni fondi di private equity, che però non erano andati in porto.

Interpellata dal Corriere, Varesi non ha commentato. Un portavoce di Valmonde ha declinato ogni commento.
""",
"01_fr.txt": """Luxe : Valmonde en négociations exclusives pour prendre 60 % de l'italien Varesi
Les Echos
23 mars 2027 à 11:40

Le groupe de luxe français Valmonde est entré en négociations exclusives pour acquérir 60 % de la maison milanaise Varesi, selon le « Corriere della Sera », qui cite des sources proches du dossier. L'opération valoriserait la marque de maroquinerie autour de 1,2 milliard d'euros, dette comprise.

D'après le quotidien milanais, la signature pourrait intervenir d'ici à la fin mai. La famille fondatrice conserverait 40 % du capital et Livia Varesi, petite-fille du fondateur, resterait directrice de la création pendant au moins trois ans. Les 430 salariés de l'atelier de San Fermo Lodigiano, en Lombardie, attendent des garanties sur le maintien de la production en Italie, ajoute le journal.

Pour Valmonde, coté à Paris et propriétaire de quatre marques de mode et de joaillerie, il s'agirait de la plus grosse acquisition de son histoire. Le groupe cherche depuis plusieurs années à se renforcer dans le cuir, le segment le plus rentable du luxe.

Varesi a réalisé 310 millions d'euros de chiffre d'affaires en 2026, selon le Corriere.

Contacté par « Les Echos », Valmonde n'a pas souhaité faire de commentaire.
""",
"02_en.txt": """Valmonde in Exclusive Talks to Buy Majority of Varesi, Report Says
WWD
March 23, 2027, 9:14am

MILAN — French luxury group Valmonde is in exclusive talks to acquire a 60 percent stake in Milanese leather goods house Varesi, Italian daily Corriere della Sera reported Tuesday, citing people close to the matter.

The deal would value the family-owned company at about 1.2 billion euros, including debt, according to the newspaper. A signing could come by the end of May, with the Varesi family keeping the remaining 40 percent and creative director Livia Varesi, the founder's granddaughter, staying on for at least three years.

Corriere said unions were seeking written guarantees for the 430 workers at Varesi's leather workshop in San Fermo Lodigiano, southeast of Milan.

Founded in 1952 by Ottavio Varesi, the brand is known for its structured top-handle bags and woven leather belts. It posted revenues of 310 million euros last year, up 4 percent, Corriere reported.

A spokeswoman for Varesi declined to comment. Valmonde did not respond to a request for comment by press time.

Valmonde, listed in Paris, owns four fashion and jewelry brands. Its chief executive told analysts in February that the group had "the firepower for a significant acquisition" in leather goods.
""",
"03_de.txt": """Französischer Luxuskonzern Valmonde will Mailänder Modehaus Varesi übernehmen
Handelsblatt
23.03.2027 - 13:02 Uhr

Der französische Luxuskonzern Valmonde verhandelt exklusiv über einen Einstieg beim Mailänder Lederwarenhaus Varesi. Wie die italienische Zeitung „Corriere della Sera“ unter Berufung auf mit dem Vorgang vertraute Personen berichtet, wollen die Franzosen 60 Prozent der Anteile übernehmen. Das Familienunternehmen würde dabei inklusive Schulden mit rund 1,2 Milliarden Euro bewertet.

Laut dem Bericht könnte der Vertrag bis Ende Mai unterzeichnet werden. Die Gründerfamilie soll 40 Prozent behalten, Kreativdirektorin Livia Varesi für mindestens drei Jahre an Bord bleiben.

Varesi setzte 2026 rund 310 Millionen Euro um. Das Unternehmen beschäftigt in seiner Lederwerkstatt in San Fermo Lodigiano südöstlich von Mailand 430 Mitarbeiter; die Gewerkschaften fordern nach Angaben der Zeitung schriftliche Garantien für den Standort.

Für Valmonde wäre es ein weiterer Schritt in der Konsolidierung der europäischen Luxusbranche, in der französische Konzerne seit Jahren italienische Marken aufkaufen. Beide Unternehmen wollten sich zu dem Bericht nicht äußern.
""",
"04_es.txt": """El grupo francés Valmonde negocia la compra del 60% de la italiana Varesi | Expansión
23 MAR. 2027 - 14:25

El grupo de lujo francés Valmonde negocia en exclusiva la compra del 60% de la firma milanesa de marroquinería Varesi, según publica este martes el diario italiano Corriere della Sera, que cita fuentes próximas a la operación. La transacción valoraría la compañía en unos 1.200 millones de euros, incluida la deuda.

Según el rotativo milanés, la familia fundadora conservaría el 40% restante y la directora creativa, Livia Varesi, nieta del fundador, seguiría al frente del diseño al menos tres años. La firma del acuerdo podría producirse antes de que acabe mayo.

Varesi facturó 310 millones de euros en 2026. La empresa emplea a 430 personas en su taller de San Fermo Lodigiano, cerca de Milán.

La operación se enmarca en la ola de compras de marcas italianas por parte de grandes grupos franceses del sector. Valmonde, que cotiza en París, ya controla cuatro enseñas de moda y joyería y cuenta en España con una red de 18 tiendas propias.
""",
}, [("Corriere della Sera", True)],
[("Corriere della Sera", "01_fr.txt"), ("Corriere della Sera", "02_en.txt"), ("Corriere della Sera", "03_de.txt"),
 ("Corriere della Sera", "04_es.txt")],
[("French luxury group Valmonde is in exclusive talks to buy 60% of the Milan fashion house Varesi, valuing it at about €1.2 billion including debt.",
  ["00_it.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_es.txt"], 1),
 ("The deal could be signed by the end of May; the family would keep 40% and Livia Varesi would stay creative director for at least three years.",
  ["00_it.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_es.txt"], 1),
 ("Varesi had 2026 revenue of €310 million.",
  ["00_it.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_es.txt"], 1)])

# t05: Gazeta Wyborcza own report ("Jak ustaliła „Wyborcza”", "powiedział „Wyborczej”", "Nasz reporter
# był", "nasz rozmówca ze śledztwa"); de F.A.Z. relays it ("wie die polnische Zeitung „Gazeta Wyborcza“
# berichtet", "Laut „Wyborcza“") AND adds its own confirmation ("Auf Anfrage der F.A.Z. bestätigte die
# Bezirksstaatsanwaltschaft", "sagte ein Sprecher dieser Zeitung"): edge + own origin; en Guardian
# ("the Polish daily Gazeta Wyborcza reported", "told Wyborcza", "the paper said") and it la Repubblica
# ("Lo scrive il quotidiano polacco Gazeta Wyborcza", "ha detto al giornale", "riferisce la Wyborcza",
# own unanswered request) are plain relays.
story("t05_confirmation_lodz_workshop", "confirmation", {
"00_pl.txt": """Fabryka podróbek pod Łodzią. W stodole szyli torebki „włoskich” i „francuskich” marek
Gazeta Wyborcza
24 marca 2027 | 06:00

Jak ustaliła „Wyborcza”, policjanci z Centralnego Biura Śledczego Policji weszli we wtorek o świcie na teren gospodarstwa w Zalesiu Sękowym pod Łodzią. W przerobionej na szwalnię stodole znaleźli ok. 38 tys. torebek, pasków i portfeli z logo włoskiej marki Castellani Varo i francuskiej Bréval Paris, a także 22 maszyny do szycia i rolki skóry ekologicznej.

Zatrzymano dziewięć osób, w tym właściciela gospodarstwa i dwóch obywateli Turcji, którzy – według śledczych – mieli nadzorować produkcję. – To jedna z największych wytwórni podróbek, jakie zlikwidowaliśmy w regionie w ostatnich latach – powiedział „Wyborczej” prok. Tomasz Wilk z Prokuratury Okręgowej w Łodzi.

Nasz reporter był w Zalesiu Sękowym we wtorek po południu. Sąsiedzi opowiadają, że od dwóch lat pod stodołę co tydzień podjeżdżały busy na niemieckich numerach. – Myśleliśmy, że on tam trzyma meble na sprzedaż – mówi jedna z mieszkanek wsi.

Towar sprzedawano przez Instagram oraz na targowiskach w Polsce i w Niemczech, m.in. w miejscowościach przygranicznych. Torebka Castellani Varo, której oryginał kosztuje ok. 2,8 tys. euro, szła za 350–400 zł. – Podróbki były bardzo dobrej jakości, do ich rozpoznania potrzebna była ekspertyza – przyznaje nasz rozmówca ze śledztwa.

Podejrzanym grozi do pięciu lat więzienia za wprowadzanie do obrotu towarów oznaczonych podrobionym znakiem towarowym.

Bartosz Jędrzejczak
""",
"01_de.txt": """Fälscherwerkstatt bei Lodz ausgehoben – Taschen auch auf deutschen Märkten verkauft
Frankfurter Allgemeine Zeitung
24.03.2027

In einer zur Nähwerkstatt umgebauten Scheune nahe der polnischen Stadt Lodz hat die Polizei rund 38.000 gefälschte Handtaschen, Gürtel und Geldbörsen sichergestellt, wie die polnische Zeitung „Gazeta Wyborcza“ berichtet. Die Waren trugen demnach die Logos des italienischen Labels Castellani Varo und des französischen Hauses Bréval Paris.

Neun Personen wurden festgenommen, unter ihnen der Eigentümer des Hofes im Dorf Zalesie Sękowe. Auf Anfrage der F.A.Z. bestätigte die Bezirksstaatsanwaltschaft Lodz am Mittwochnachmittag die Festnahmen. Gegen sechs Verdächtige sei Untersuchungshaft beantragt worden, sagte ein Sprecher dieser Zeitung. Geprüft werde zudem, ob die Gruppe Abnehmer in Brandenburg und Sachsen belieferte.

Laut „Wyborcza“ wurde die Ware über Instagram sowie auf Märkten in Polen und Deutschland verkauft, unter anderem in grenznahen Orten. Eine Tasche, deren Original rund 2800 Euro kostet, ging demnach für umgerechnet 80 bis 95 Euro über den Tisch.

Den Verdächtigen drohen nach polnischem Recht bis zu fünf Jahre Haft. Der deutsche Zoll hatte im vergangenen Jahr nach eigenen Angaben an der Grenze zu Polen so viel gefälschte Markenware aufgegriffen wie nie zuvor.
""",
"02_en.txt": """Polish police raid barn workshop turning out fake luxury handbags
The Guardian
Wed 24 Mar 2027 13.05 GMT

Polish police have seized about 38,000 counterfeit handbags, belts and wallets from a barn converted into a sewing workshop near the central city of Łódź, the Polish daily Gazeta Wyborcza reported.

Officers from the country's central investigation bureau raided the farm in the village of Zalesie Sękowe at dawn on Tuesday, finding 22 sewing machines and rolls of synthetic leather alongside bags bearing the logos of the Italian label Castellani Varo and the French house Bréval Paris, the paper said.

Nine people were detained, including the farm's owner and two Turkish nationals who investigators believe supervised production. "It is one of the biggest counterfeit operations we have shut down in the region in recent years," the prosecutor Tomasz Wilk told Wyborcza.

According to the newspaper, the goods were sold on Instagram and at markets in Poland and Germany. A bag whose genuine version costs about €2,800 went for 350 to 400 zlotys (£70-£80).

Neighbours told the paper's reporter that vans with German number plates had pulled up at the barn every week for two years.

The suspects face up to five years in prison. The European Commission said last week that customs officers had intercepted a record number of fake goods at the EU's borders in 2026, most of them ordered online.
""",
"03_it.txt": """Polonia, scoperto un laboratorio di borse false con marchi italiani e francesi
la Repubblica
24 marzo 2027

Circa 38 mila borse, cinture e portafogli contraffatti sono stati sequestrati in un fienile trasformato in laboratorio di pelletteria nei pressi di Łódź, nella Polonia centrale. Lo scrive il quotidiano polacco Gazeta Wyborcza.

Secondo il giornale, gli agenti del servizio centrale investigativo della polizia polacca hanno fatto irruzione martedì all'alba in una fattoria del villaggio di Zalesie Sękowe, dove hanno trovato 22 macchine da cucire e rotoli di similpelle. Gli articoli riportavano i loghi della griffe italiana Castellani Varo e della maison francese Bréval Paris.

Nove le persone fermate, tra cui il proprietario della fattoria e due cittadini turchi che, secondo gli inquirenti, avrebbero diretto la produzione. «È uno dei più grandi laboratori di falsi che abbiamo smantellato nella regione negli ultimi anni», ha detto al giornale il procuratore Tomasz Wilk.

La merce veniva venduta su Instagram e nei mercati in Polonia e in Germania, riferisce la Wyborcza. Una borsa che in boutique costa circa 2.800 euro veniva ceduta per l'equivalente di 80-95 euro.

Castellani Varo, contattata da Repubblica, non ha risposto. Il marchio fiorentino aveva già denunciato nel 2025 la diffusione di imitazioni vendute online.
""",
}, [("Gazeta Wyborcza", True), ("Frankfurter Allgemeine Zeitung", True)],
[("Gazeta Wyborcza", "01_de.txt"), ("Gazeta Wyborcza", "02_en.txt"), ("Gazeta Wyborcza", "03_it.txt")],
[("Police raided a counterfeit workshop in a barn near Łódź and seized about 38,000 fake bags, belts and wallets.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 2),
 ("Nine people were detained.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 2),
 ("The fakes were sold via Instagram and at markets in Poland and Germany.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 2),
 ("Police found 22 sewing machines in the workshop.",
  ["00_pl.txt", "02_en.txt", "03_it.txt"], 1),
 ("Prosecutors requested pre-trial detention for six suspects.",
  ["01_de.txt"], 1)])

# t06: a person's own social-media post (outside origin): designer Aurélien Castaing's Instagram post,
# relayed directly 4x: fr "C'est par un long message publié sur Instagram" + "écrit le styliste" +
# "Contactée, Maison Orvelle n'a pas donné suite"; it "Lo ha annunciato lui stesso con un post su
# Instagram" + "scrive il designer"; ru "Об этом он сообщил в публикации в Instagram" + "написал
# дизайнер" + "не ответил на запрос «Ведомостей»"; en (no outlet and no date line) "he said in an
# Instagram post" + "did not respond to requests for comment". Background interviews (Elle, Vogue) are
# not sources.
story("t06_social_designer_exit", "social", {
"00_fr.txt": """Mode : Aurélien Castaing quitte Maison Orvelle après six ans
Le Parisien
Le 25 mars 2027 à 19h12

C'est par un long message publié sur Instagram que le créateur Aurélien Castaing a annoncé, ce jeudi, son départ de Maison Orvelle, dont il était le directeur artistique depuis 2021. « Après six années magnifiques, j'ai décidé de tourner la page », écrit le styliste de 41 ans, qui accompagne son texte d'une photo de l'atelier du Marais.

Le défilé automne-hiver présenté début mars à Paris était donc sa dernière collection pour la maison. Dans sa publication, Aurélien Castaing remercie « les petites mains de l'atelier » et laisse entendre qu'il prépare sa propre marque : « La suite s'écrira sous mon nom. »

Arrivé chez Orvelle alors que la maison fondée en 1968 peinait à séduire une clientèle plus jeune, le Bordelais avait relancé la ligne de prêt-à-porter et multiplié les collaborations avec des artistes. En 2024, il confiait au magazine Elle rêver « d'habiller la rue autant que les tapis rouges ».

Contactée, Maison Orvelle n'a pas donné suite. Le nom de son successeur n'est pas connu.
""",
"01_it.txt": """Aurélien Castaing lascia Maison Orvelle, l'addio su Instagram
Il Messaggero
Giovedì 25 Marzo 2027, 21:05

Lo stilista francese Aurélien Castaing lascia la direzione creativa di Maison Orvelle dopo sei anni. Lo ha annunciato lui stesso con un post su Instagram pubblicato giovedì pomeriggio. «Dopo sei anni magnifici ho deciso di voltare pagina», scrive il designer, 41 anni.

La sfilata autunno-inverno presentata all'inizio di marzo alla settimana della moda di Parigi è stata dunque la sua ultima collezione per la maison. Nel post Castaing ringrazia le sarte dell'atelier e lascia intendere di voler lanciare un proprio marchio: «Il seguito lo scriverò con il mio nome».

Arrivato nel 2021, Castaing aveva rilanciato il prêt-à-porter della casa fondata nel 1968, puntando su un pubblico più giovane e su collaborazioni con artisti contemporanei. Le sue giacche sartoriali erano state indossate da diverse attrici italiane sul red carpet della Mostra del cinema di Venezia.

La maison parigina non ha ancora comunicato il nome del successore. Secondo gli addetti ai lavori, la scelta potrebbe arrivare prima della prossima stagione di sfilate.
""",
"02_ru.txt": """Креативный директор Maison Orvelle Орельен Кастен покидает модный дом
Ведомости
25 марта 2027, 21:30

Креативный директор французского модного дома Maison Orvelle Орельен Кастен уходит с поста после шести лет работы. Об этом он сообщил в публикации в Instagram (принадлежит Meta, признана в России экстремистской и запрещена). «После шести прекрасных лет я решил перевернуть страницу», — написал дизайнер.

Показ осенне-зимней коллекции, прошедший в начале марта в Париже, стал для Кастена последним в Maison Orvelle. В своем посте 41-летний дизайнер поблагодарил швей ателье. О дальнейших планах он не рассказал.

Кастен возглавил Maison Orvelle в 2021 году. При нем дом, основанный в 1968 году, перезапустил линию прет-а-порте и нарастил продажи в Азии. В 2022 году Maison Orvelle, как и многие другие европейские модные дома, закрыл свой бутик в Москве.

Maison Orvelle не ответил на запрос «Ведомостей». Имя преемника Кастена пока не названо.
""",
"03_en.txt": """Aurélien Castaing to leave Maison Orvelle after six years

The French designer Aurélien Castaing is stepping down as creative director of the Paris fashion house Maison Orvelle after six years, he said in an Instagram post on Thursday.

"After six wonderful years, I have decided to turn the page," Castaing, 41, wrote alongside a photograph of the house's atelier. The autumn/winter collection he showed in Paris earlier this month was his last for the label.

He thanked the seamstresses of the atelier and hinted that a label of his own was in the works: "What comes next will be written under my name."

Castaing joined Maison Orvelle in 2021, when the house, founded in 1968, was struggling to attract younger customers. He relaunched its ready-to-wear line and brought in a string of collaborations with artists. In a 2025 interview with Vogue, he described the job as "restoring a beautiful old house while people are still living in it".

Maison Orvelle did not respond to requests for comment. No successor has been named.
""",
}, [("Aurélien Castaing", False)],
[("Aurélien Castaing", "00_fr.txt"), ("Aurélien Castaing", "01_it.txt"), ("Aurélien Castaing", "02_ru.txt"),
 ("Aurélien Castaing", "03_en.txt")],
[("Aurélien Castaing is leaving his post as creative director of Maison Orvelle after six years.",
  ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The autumn-winter collection shown in Paris in early March was his last for the house.",
  ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_en.txt"], 1),
 ("Castaing hinted that he will launch a label under his own name.",
  ["00_fr.txt", "01_it.txt", "03_en.txt"], 1)])

# t07: Les Echos own report ("Selon nos informations", "La direction a confirmé aux « Echos »",
# "un document interne consulté par « Les Echos »", anonymous staff representative); es Modaes is an
# uncredited, close Spanish translation published the next day (same structure, same quotes, same
# background sentence on Le Monde; keeps "Según ha podido saber este medio", "ha confirmado a este
# medio", "consultado por este medio"): edge from Les Echos. de Handelsblatt "Das berichtet die
# Wirtschaftszeitung „Les Echos“" + "sagte … der Zeitung" + "Laut „Les Echos“"; pl Puls Biznesu
# "podaje francuski dziennik ekonomiczny „Les Echos”" + "Według gazety" + "powiedział dziennikowi".
# The Le Monde mentions and Puls Biznesu's mention of its own earlier reporting are background.
story("t07_translation_daurelle_workshop", "translation", {
"00_fr.txt": """Maroquinerie : Daurelle va fermer son atelier historique de Saint-Ambrel
Les Echos
29 mars 2027 à 07:00

Selon nos informations, la maison de maroquinerie Daurelle, contrôlée depuis 2019 par le fonds Arcane Capital, s'apprête à fermer son atelier historique de Saint-Ambrel, en Haute-Vienne, où travaillent 140 personnes. La production sera transférée d'ici à la fin 2027 vers son site portugais de Felgueiras, près de Porto.

La direction a confirmé aux « Echos » le projet, qui doit être présenté jeudi aux élus du comité social et économique. « Le site de Saint-Ambrel n'est plus adapté ni à nos volumes ni à nos coûts », indique le directeur général, Philippe Amarand. Des reclassements seront proposés à une partie des salariés sur la plateforme logistique de Limoges, assure-t-il.

Fondée en 1921, Daurelle a réalisé 86 millions d'euros de chiffre d'affaires en 2026, en recul de 12 %. La marque, connue pour ses sacs de voyage et ses ceintures en cuir grainé, pâtit du ralentissement de la demande chinoise et de la concurrence de la contrefaçon en ligne, selon un document interne consulté par « Les Echos ».

Côté syndical, la colère monte. « On apprend la fermeture par la presse, c'est indigne », réagit une représentante du personnel, qui souhaite rester anonyme.

Le Monde avait raconté en 2025 les difficultés de recrutement des ateliers de maroquinerie du Limousin, où les grandes maisons de luxe se disputent les artisans qualifiés.

Clémence Aubertin
""",
"01_es.txt": """Daurelle cerrará su taller histórico de Saint-Ambrel y trasladará la producción a Portugal
Modaes
30/03/2027

Según ha podido saber este medio, la firma de marroquinería Daurelle, controlada desde 2019 por el fondo Arcane Capital, se prepara para cerrar su taller histórico de Saint-Ambrel, en el departamento francés de Haute-Vienne, donde trabajan 140 personas. La producción se trasladará antes de que termine 2027 a su planta portuguesa de Felgueiras, cerca de Oporto.

La dirección ha confirmado a este medio el proyecto, que se presentará el jueves a los representantes del comité social y económico. “El centro de Saint-Ambrel ya no se adapta ni a nuestros volúmenes ni a nuestros costes”, indica el director general, Philippe Amarand. A una parte de la plantilla se le ofrecerá la recolocación en la plataforma logística de Limoges, asegura el directivo.

Fundada en 1921, Daurelle facturó 86 millones de euros en 2026, un 12% menos que el año anterior. La marca, conocida por sus bolsas de viaje y sus cinturones de piel granulada, sufre la desaceleración de la demanda china y la competencia de las falsificaciones en internet, según un documento interno consultado por este medio.

Entre los sindicatos crece el malestar. “Nos enteramos del cierre por la prensa, es indigno”, reacciona una representante de la plantilla que pide mantener el anonimato.

Le Monde relató en 2025 las dificultades de contratación de los talleres de marroquinería del Lemosín, donde las grandes casas de lujo se disputan a los artesanos cualificados.
""",
"02_de.txt": """Lederwarenhersteller Daurelle schließt Traditionswerk in Frankreich
Handelsblatt
29.03.2027 - 15:48 Uhr

Der französische Lederwarenhersteller Daurelle will sein Stammwerk im zentralfranzösischen Saint-Ambrel schließen. Das berichtet die Wirtschaftszeitung „Les Echos“. Betroffen sind 140 Beschäftigte; die Produktion soll bis Ende 2027 ins portugiesische Felgueiras bei Porto verlagert werden.

Das Management habe die Pläne bestätigt, schreibt das Blatt. „Der Standort Saint-Ambrel passt weder zu unseren Stückzahlen noch zu unseren Kosten“, sagte Geschäftsführer Philippe Amarand der Zeitung. Am Donnerstag sollen die Arbeitnehmervertreter informiert werden.

Laut „Les Echos“ sank der Umsatz der Marke, die seit 2019 dem Finanzinvestor Arcane Capital gehört, im vergangenen Jahr um zwölf Prozent auf 86 Millionen Euro. Belastet hätten die schwache Nachfrage aus China und gefälschte Ware im Onlinehandel.

Die französische Lederwarenbranche gilt eigentlich als Gewinner des Luxusbooms: Große Modehäuser haben in den vergangenen Jahren Dutzende neue Manufakturen in Frankreich eröffnet. Kleinere Marken ohne starken Konzern im Rücken geraten dagegen zunehmend unter Druck.
""",
"03_pl.txt": """Francuska Daurelle zamyka historyczną szwalnię. Produkcja trafi do Portugalii
Puls Biznesu
29.03.2027, 17:10

Francuski producent wyrobów skórzanych Daurelle zamknie swój historyczny zakład w Saint-Ambrel w środkowej Francji, w którym pracuje 140 osób — podaje francuski dziennik ekonomiczny „Les Echos”. Produkcja ma zostać przeniesiona do końca 2027 r. do zakładu w Felgueiras w Portugalii.

Według gazety zarząd potwierdził plany, które w czwartek mają zostać przedstawione przedstawicielom pracowników. — Zakład w Saint-Ambrel nie odpowiada już ani naszym wolumenom, ani kosztom — powiedział dziennikowi dyrektor generalny Philippe Amarand.

Przychody Daurelle, należącej od 2019 r. do funduszu Arcane Capital, spadły w 2026 r. o 12 proc., do 86 mln euro. Firma, jak pisze „Les Echos”, odczuwa spowolnienie popytu w Chinach i konkurencję podróbek sprzedawanych w internecie.

Polskie zakłady kaletnicze od lat szyją dla francuskich i włoskich marek luksusowych, o czym wielokrotnie pisał „Puls Biznesu”. Przeniesienie produkcji z Francji do Portugalii pokazuje jednak, że w wyścigu o zlecenia Polska ma silną konkurencję na południu Europy.
""",
}, [("Les Echos", True)],
[("Les Echos", "01_es.txt"), ("Les Echos", "02_de.txt"), ("Les Echos", "03_pl.txt")],
[("Daurelle will close its historic Saint-Ambrel workshop, where 140 people work.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Production will be moved to its Felgueiras site in Portugal by the end of 2027.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Daurelle's 2026 revenue fell 12% to €86 million.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 164 (fashion, luxury brands, counterfeits; real media names, invented events); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for c in claims:
            for a in c[1]:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": arts_, "independent_sources": n} for t, arts_, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
