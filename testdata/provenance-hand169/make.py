#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand169 set.

Restaurants, hygiene inspections and food delivery apps. Outlets are real media names; every event,
place detail, company (Talerzyk, Kuchnie Miejskie, Dowozik, Itsasargi, Le Grand Vernet,
'O Vesuviello, Forkly), person, figure and quote is invented. No text is copied from a real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop by Gazeta Wyborcza (own orders, three anonymous former workers, the Sanepid
# register). Relays: Onet "Jak ustaliła „Gazeta Wyborcza”" + "podaje dziennik" + "powiedziała
# „Wyborczej”" + an unanswered request; Tagesspiegel "Wie die polnische Tageszeitung … berichtet";
# Українська правда "Про це пише польська газета" + "розповіли «Виборчій»" + "За даними «Газети
# Виборчої»"; BBC "has reported, citing three former kitchen workers who spoke on condition of
# anonymity" + "The BBC has contacted". Background traps: Gazeta Krakowska, NIK, RBB,
# Держпродспоживслужба, Food Standards Agency.
story("t01_scoop_ghost_kitchen", "scoop", {
"00_pl.txt": """Czternaście restauracji, jedna piwnica. Tak działa „ciemna kuchnia” z aplikacji Talerzyk
Gazeta Wyborcza
11.05.2027, 06:00

Marta Zielińska, Paweł Kos

Burgery, ramen, pierogi, „zdrowe miski” i tajskie curry. W aplikacji Talerzyk to czternaście różnych restauracji z własnymi logo, opisami i zdjęciami dań. W rzeczywistości wszystkie zamówienia przygotowywane są w jednej piwnicy na warszawskiej Woli – ustaliła „Wyborcza”.

Przez dwa tygodnie zamawialiśmy jedzenie z każdej z czternastu marek. Za każdym razem kurier odbierał torbę spod tego samego adresu: z sutereny kamienicy, na której nie ma żadnego szyldu. W aplikacji adresy „restauracji” nie są widoczne, podano jedynie dzielnicę.

Trzech byłych pracowników kuchni, którzy zgodzili się z nami rozmawiać pod warunkiem zachowania anonimowości, opisuje warunki pracy podobnie. – Mięso rozmrażało się w skrzynkach na podłodze, obok worków ze śmieciami. Wentylacja nie działała od zimy, latem było tam ponad 40 stopni – mówi jeden z nich. Drugi twierdzi, że te same frytki i ten sam sos trafiały i do „amerykańskiego”, i do „meksykańskiego” lokalu.

Z rejestru, do którego dotarliśmy, wynika, że pod tym adresem Sanepid ma zarejestrowany tylko jeden zakład – bistro, które ostatni raz kontrolowano w 2024 r.

– Dziękujemy za sygnał. Kontrola zostanie przeprowadzona w najbliższych dniach – powiedziała „Wyborczej” Joanna Sadowska, rzeczniczka Powiatowej Stacji Sanitarno-Epidemiologicznej w m.st. Warszawie.

Talerzyk w odpowiedzi na nasze pytania napisał, że restauracje są „niezależnymi partnerami”, którzy sami odpowiadają za spełnianie wymogów sanitarnych. Właściciel spółki Kuchnie Miejskie, która prowadzi kuchnię, nie odpowiedział na nasze telefony ani e-maile.
""",
"01_pl.txt": """Jedna kuchnia w piwnicy, 14 „restauracji” w aplikacji. Sanepid zapowiada kontrolę
Onet
11 maja 2027, 09:40

Czternaście marek dostępnych w aplikacji Talerzyk – od burgerowni po ramen – to w rzeczywistości jedna kuchnia w piwnicy na warszawskiej Woli. Jak ustaliła „Gazeta Wyborcza”, wszystkie zamówienia kurierzy odbierają spod tego samego adresu, z budynku bez żadnego szyldu.

Dziennikarze „Wyborczej” przez dwa tygodnie zamawiali jedzenie z każdej z marek. Trzech byłych pracowników kuchni, z którymi rozmawiała gazeta, opisuje fatalne warunki sanitarne: mięso miało rozmrażać się na podłodze obok śmieci, a wentylacja nie działała od miesięcy. Jak podaje dziennik, Sanepid ma pod tym adresem zarejestrowany tylko jeden zakład, ostatnio kontrolowany w 2024 r.

Rzeczniczka warszawskiego Sanepidu Joanna Sadowska powiedziała „Wyborczej”, że kontrola zostanie przeprowadzona w najbliższych dniach. Według gazety aplikacja Talerzyk odpowiada, że restauracje to „niezależni partnerzy”, którzy sami odpowiadają za przestrzeganie przepisów.

Onet zwrócił się do Talerzyka oraz do spółki Kuchnie Miejskie z prośbą o komentarz. Do chwili publikacji nie otrzymaliśmy odpowiedzi.

Tzw. dark kitchens, czyli kuchnie działające wyłącznie na potrzeby dostaw, to w Polsce zjawisko stosunkowo nowe. W ubiegłym roku o podobnych praktykach w Krakowie pisała „Gazeta Krakowska”, a Najwyższa Izba Kontroli wskazywała, że inspekcja sanitarna nie nadąża za rozwojem rynku dostaw jedzenia.
""",
"02_de.txt": """Vierzehn Restaurants, eine Kellerküche: Hygieneskandal bei Warschauer Liefer-App
Der Tagesspiegel
11.05.2027, 15:10 Uhr

Wer in Warschau über die App Talerzyk Burger, Ramen oder Piroggen bestellt, bekommt sein Essen womöglich aus ein und derselben Küche. Wie die polnische Tageszeitung „Gazeta Wyborcza“ berichtet, werden die Gerichte von 14 verschiedenen „Restaurants“ der Plattform in einem einzigen Keller im Stadtteil Wola zubereitet.

Reporter des Blattes hatten zwei Wochen lang bei allen 14 Marken bestellt; die Kuriere holten die Bestellungen jedes Mal an derselben Adresse ab, einem Haus ohne Schild. Drei ehemalige Küchenmitarbeiter, die anonym bleiben wollten, schilderten der Zeitung gravierende Hygienemängel: Fleisch sei in Kisten auf dem Boden neben Müllsäcken aufgetaut worden, die Lüftung sei seit dem Winter defekt gewesen.

Die Warschauer Gesundheitsbehörde Sanepid kündigte nach dem Bericht eine Kontrolle „in den nächsten Tagen“ an. Die Plattform Talerzyk erklärte gegenüber der „Wyborcza“, die Restaurants seien „unabhängige Partner“ und selbst für die Einhaltung der Hygienevorschriften verantwortlich.

Sogenannte Geisterküchen, die ausschließlich für Lieferdienste kochen, gibt es auch in Berlin. Der RBB hatte im vergangenen Jahr über mehrere solcher Küchen in Neukölln und Lichtenberg berichtet. Die Bezirksämter kontrollieren sie nach eigenen Angaben genauso wie gewöhnliche Gaststätten – allerdings nur, wenn sie überhaupt angemeldet sind.
""",
"03_uk.txt": """У Варшаві 14 «ресторанів» із застосунку доставки виявилися однією кухнею в підвалі
Українська правда
Вівторок, 11 травня 2027, 13:20

У Варшаві чотирнадцять різних «ресторанів», представлених у польському застосунку доставки їжі Talerzyk, насправді готують страви в одному підвальному приміщенні в районі Воля. Про це пише польська газета Gazeta Wyborcza.

Журналісти видання впродовж двох тижнів замовляли їжу в кожного з 14 брендів – від бургерної до рамен-бару, – і щоразу кур'єр забирав замовлення з однієї й тієї самої адреси, де немає жодної вивіски.

Троє колишніх працівників кухні, які говорили на умовах анонімності, розповіли «Виборчій», що м'ясо розморожували в ящиках на підлозі поруч зі сміттям, а вентиляція не працювала від зими. За даними «Газети Виборчої», санепідемслужба має за цією адресою зареєстрований лише один заклад, який востаннє перевіряли 2024 року.

Речниця варшавської санепідемстанції Йоанна Садовська пообіцяла виданню провести перевірку найближчими днями. Сервіс Talerzyk заявив, що ресторани є «незалежними партнерами» і самі відповідають за дотримання санітарних норм.

Серед кур'єрів, які працюють на польські сервіси доставки, чимало українців. Раніше Держпродспоживслужба нагадувала, що в Україні так звані «темні кухні» також мають проходити державну реєстрацію потужностей.
""",
"04_en.txt": """Warsaw 'ghost kitchen' behind 14 delivery app restaurants, paper says
BBC News
12 May 2027

Fourteen apparently separate restaurants listed on a Polish food delivery app are in fact run out of a single basement kitchen in Warsaw, the Polish daily Gazeta Wyborcza has reported, citing three former kitchen workers who spoke on condition of anonymity.

Reporters from the paper ordered from all 14 brands on the Talerzyk app over two weeks - burgers, ramen, dumplings, Thai curry - and say every order was collected by couriers from the same unmarked address in the city's Wola district.

The former workers told Wyborcza that meat was left to thaw in crates on the floor next to bags of rubbish and that the ventilation had not worked since the winter. According to the paper, only one food business is registered with health inspectors at the address, and it was last inspected in 2024.

A spokeswoman for Warsaw's sanitary inspectorate, Sanepid, told the newspaper an inspection would take place "in the coming days". Talerzyk said the restaurants on its platform were "independent partners" responsible for meeting hygiene rules themselves.

The BBC has contacted Talerzyk and the company running the kitchen for comment.

So-called dark or ghost kitchens, which cook only for delivery, have spread across Europe since the pandemic. In the UK, the Food Standards Agency says such businesses must register with their local council in the same way as any restaurant.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": a} for a in ["01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"]],
[{"text": "Fourteen restaurants listed on the Talerzyk delivery app are run from a single basement kitchen in Warsaw's Wola district.",
  "articles": ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Former kitchen workers say meat was thawed on the floor next to rubbish and the ventilation did not work.",
  "articles": ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Warsaw's sanitary inspectorate (Sanepid) said it would inspect the kitchen in the coming days.",
  "articles": ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1}])

# t02: an institution's own published statement: the Carabinieri health-protection command (NAS)
# publishes the results of its summer inspection campaign; four outlets take it directly (fr has
# no date line). "È il bilancio … diffuso oggi dal Comando" + "si legge nel comunicato"; "según el
# balance difundido este martes por" + "detalla el comunicado"; "Das teilte … am Dienstag mit" +
# "heißt es in der Mitteilung"; "selon un communiqué publié mardi par les carabiniers du NAS".
# Background traps: Report (RAI programme), AESAN, Ansa, Alim'confiance.
story("t02_institution_nas_inspections", "institution", {
"00_it.txt": """Ristoranti e cucine per il delivery, irregolare uno su tre: 31 locali chiusi dai Nas
Corriere della Sera
3 agosto 2027 (modifica il 3 agosto 2027 | 14:12)

Più di un ristorante su tre tra quelli controllati nelle ultime sei settimane non era in regola. È il bilancio della campagna estiva di ispezioni diffuso oggi dal Comando Carabinieri per la Tutela della Salute: su 1.186 tra ristoranti, pizzerie, gastronomie e cucine che lavorano esclusivamente per le piattaforme di consegna a domicilio, 421 sono risultati irregolari, pari al 35,5 per cento.

I militari dei Nas hanno disposto la chiusura o la sospensione dell'attività di 31 esercizi e sequestrato circa 12 tonnellate di alimenti, tra cui pesce congelato scaduto e carne priva di tracciabilità. Le sanzioni amministrative ammontano a 1,4 milioni di euro; 58 titolari sono stati denunciati.

Tra i casi citati nella nota c'è quello di una cucina di Rimini che preparava piatti per tre diverse app di delivery: i carabinieri vi hanno trovato escrementi di topo sugli scaffali della dispensa e l'hanno chiusa. A Bergamo, in un ristorante di sushi, erano conservati 140 chili di salmone con la data di scadenza superata da mesi.

«Le cosiddette cucine fantasma sfuggono spesso ai controlli perché non hanno una sala aperta al pubblico», si legge nel comunicato, che annuncia nuove verifiche in autunno.

Il tema delle cucine che lavorano solo per il delivery era finito al centro di un servizio di Report già nel 2025. Le principali piattaforme hanno sempre sostenuto di chiedere ai propri partner la registrazione sanitaria prima di attivarli.
""",
"01_es.txt": """Italia cierra 31 restaurantes y cocinas de reparto a domicilio tras una campaña de inspecciones
La Vanguardia
03/08/2027 17:45

Roma. Más de un tercio de los restaurantes y cocinas de comida a domicilio inspeccionados este verano en Italia incumplían las normas de higiene, según el balance difundido este martes por el Comando de los Carabinieri para la Tutela de la Salud, conocido por sus siglas NAS.

De los 1.186 establecimientos controlados en las últimas seis semanas, 421 presentaban irregularidades, un 35,5%. Los agentes ordenaron el cierre o la suspensión de la actividad de 31 locales, incautaron unas 12 toneladas de alimentos e impusieron multas por valor de 1,4 millones de euros, detalla el comunicado.

Entre los casos más graves figura una cocina de Rímini que preparaba platos para tres aplicaciones de reparto y en cuya despensa los carabinieri hallaron excrementos de ratón. El local fue clausurado de inmediato.

Según la nota, las llamadas cocinas fantasma, que solo sirven pedidos a domicilio y no tienen sala abierta al público, "escapan a menudo a los controles". Los NAS anuncian una nueva ronda de inspecciones en otoño.

En España, la Agencia Española de Seguridad Alimentaria y Nutrición (AESAN) recordó el año pasado que estas cocinas deben inscribirse en el registro sanitario como cualquier otro establecimiento de restauración.
""",
"02_de.txt": """Mäusekot und abgelaufener Lachs: Italien schließt 31 Restaurants
Süddeutsche Zeitung
4. August 2027, 8:15 Uhr

Bei einer groß angelegten Kontrollaktion in Restaurants und Lieferküchen haben italienische Lebensmittelkontrolleure in mehr als jedem dritten Betrieb Verstöße festgestellt. Das teilte die Spezialeinheit der Carabinieri für Gesundheitsschutz, NAS, am Dienstag in Rom mit.

Von 1186 kontrollierten Restaurants, Pizzerien, Imbissen und reinen Lieferküchen seien 421 beanstandet worden, heißt es in der Mitteilung. 31 Betriebe wurden geschlossen oder vorübergehend stillgelegt, rund zwölf Tonnen Lebensmittel beschlagnahmt. Die Bußgelder belaufen sich auf insgesamt 1,4 Millionen Euro.

In Rimini stießen die Kontrolleure in einer Küche, die für drei verschiedene Liefer-Apps kochte, auf Mäusekot in den Vorratsregalen; die Küche wurde sofort geschlossen. In einem Sushi-Restaurant in Bergamo fanden sie 140 Kilogramm Lachs, dessen Haltbarkeitsdatum seit Monaten abgelaufen war.

Sogenannte Geisterküchen, die nur für Lieferdienste kochen und keinen Gastraum haben, entgingen häufig den Kontrollen, so die Behörde. Die Carabinieri kündigten weitere Kontrollen für den Herbst an.

Die italienische Nachrichtenagentur Ansa hatte bereits im Juni über eine ähnliche Razzia in Apulien berichtet, bei der vor allem Strandbars betroffen waren.
""",
"03_fr.txt": """Italie : un restaurant sur trois en infraction, 31 établissements fermés après des contrôles sanitaires
Le Figaro

Des excréments de souris dans une cuisine de livraison à Rimini, du saumon périmé depuis des mois à Bergame : les contrôles menés cet été dans les restaurants italiens ont révélé de nombreuses infractions. Sur 1186 établissements inspectés en six semaines, 421 n'étaient pas en règle, soit 35,5 %, selon un communiqué publié mardi par les carabiniers du NAS, l'unité chargée de la protection de la santé.

Trente et un restaurants, pizzerias et cuisines ont été fermés ou ont vu leur activité suspendue, précise le communiqué. Environ douze tonnes de denrées ont été saisies et les amendes atteignent 1,4 million d'euros. Cinquante-huit gérants ont été dénoncés à la justice.

Les carabiniers pointent en particulier les « cuisines fantômes », qui préparent des plats uniquement pour les applications de livraison et n'accueillent pas de clients. Elles « échappent souvent aux contrôles », faute de salle ouverte au public, selon le texte, qui annonce une nouvelle vague d'inspections à l'automne.

En France, les résultats des contrôles sanitaires des restaurants sont publiés depuis 2017 sur le site Alim'confiance du ministère de l'Agriculture.
""",
}, [{"name": "Comando Carabinieri per la Tutela della Salute (NAS)", "in_corpus": False}],
[{"origin": "Comando Carabinieri per la Tutela della Salute (NAS)", "article": a} for a in ["00_it.txt", "01_es.txt", "02_de.txt", "03_fr.txt"]],
[{"text": "Italy's NAS carabinieri found 421 of 1,186 inspected restaurants and delivery kitchens (about 35%) in breach of the rules.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "31 establishments were closed or had their activity suspended.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Mouse droppings were found in a kitchen in Rimini that cooked for delivery apps.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "A sushi restaurant in Bergamo held salmon that was months past its expiry date.",
  "articles": ["00_it.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1}])

# t03: chain es -> en -> uk, it. El País own (inspection report it has seen, chef and health
# department talk to EL PAÍS); The Guardian "the Spanish newspaper El País has reported" + "told El
# País" + unanswered request; НВ credits only The Guardian ("Про це пише британська газета",
# "Як зазначає видання", "За даними The Guardian", "цитує видання"); la Repubblica "secondo quanto
# riporta il quotidiano britannico Guardian, che a sua volta cita … El País": one edge from The
# Guardian. Background traps: Guía Michelin, UKHSA, МОЗ України, Istituto Superiore di Sanità.
story("t03_chain_norovirus_getaria", "chain", {
"00_es.txt": """Un brote de norovirus en el biestrellado Itsasargi de Getaria afecta a 37 comensales
El País
22 jun 2027 - 05:30 CEST

Ane Goikoetxea

Treinta y siete personas que comieron el pasado fin de semana el menú degustación del restaurante Itsasargi, en Getaria (Gipuzkoa), distinguido con dos estrellas Michelin, sufrieron una gastroenteritis causada por norovirus, según el acta de la inspección de Salud Pública del Gobierno vasco a la que ha tenido acceso EL PAÍS.

Los inspectores visitaron el local el lunes, después de que varios clientes acudieran a urgencias en Donostia y Zarautz con vómitos y diarrea. En el acta se recoge que un ayudante de cocina con síntomas compatibles con la infección siguió trabajando durante los servicios de cena del viernes y del sábado. Las muestras de once afectados dieron positivo en norovirus; ninguno ha tenido que ser hospitalizado.

El restaurante ha cerrado sus puertas durante cuatro días para desinfectar la cocina y la sala. "Estamos destrozados. Hemos llamado uno por uno a todos los clientes de esas dos noches para pedirles perdón", explica a este periódico el chef y propietario, Iñaki Urreta.

Un portavoz del Departamento de Salud confirmó a EL PAÍS que la investigación sigue abierta y que por ahora no se contempla ninguna sanción, ya que el local "colaboró desde el primer momento".

El Itsasargi, cuyo menú cuesta 245 euros, figura desde 2022 entre los restaurantes mejor valorados de la costa vasca. La Guía Michelin ha declinado hacer comentarios.
""",
"01_en.txt": """Norovirus outbreak at two-Michelin-star Basque restaurant sickens 37 diners
The Guardian
Wed 23 Jun 2027 11.02 BST

Thirty-seven people fell ill with norovirus after eating the tasting menu at Itsasargi, a two-Michelin-star restaurant in the Basque fishing town of Getaria, the Spanish newspaper El País has reported.

According to a report by the Basque government's public health inspectors seen by El País, a kitchen assistant with symptoms of the infection carried on working through the Friday and Saturday dinner services. Samples from 11 of those affected tested positive for norovirus, the paper said. None needed hospital treatment.

The restaurant, whose tasting menu costs €245, has closed for four days to disinfect its kitchen and dining room.

"We are devastated. We have called every single guest from those two nights to apologise," the chef and owner, Iñaki Urreta, told El País.

A spokesperson for the Basque health department told the paper the investigation was still open but that no sanctions were being considered because the restaurant had "cooperated from the first moment".

The Basque health department did not respond to a request for comment from the Guardian.

Norovirus, sometimes called the winter vomiting bug, is highly contagious and one of the most common causes of food poisoning outbreaks in restaurants. The UK Health Security Agency advises anyone with symptoms not to handle food until 48 hours after they stop.
""",
"02_uk.txt": """В іспанському ресторані з двома зірками Michelin отруїлися 37 відвідувачів
НВ
23 червня 2027, 19:45

У ресторані Itsasargi в іспанському містечку Гетарія, що має дві зірки Michelin, 37 гостей захворіли на норовірусну інфекцію після дегустаційного сету. Про це пише британська газета The Guardian.

Як зазначає видання, відвідувачі отруїлися минулих вихідних. Інспектори служби охорони здоров'я Країни Басків з'ясували, що помічник кухаря із симптомами інфекції продовжував працювати під час вечірніх змін у п'ятницю й суботу. За даними The Guardian, нікого з постраждалих не госпіталізували.

Ресторан, де дегустаційне меню коштує 245 євро, зачинили на чотири дні для дезінфекції кухні та зали.

«Ми спустошені. Ми зателефонували кожному гостю з тих двох вечорів, щоб попросити вибачення», – цитує видання шеф-кухаря і власника закладу Іньякі Уррету.

Норовірус – одна з найпоширеніших причин харчових отруєнь у закладах громадського харчування. Як нагадує МОЗ України, вірус легко передається через немиті руки, заражені поверхні та продукти, яких торкалася хвора людина.
""",
"03_it.txt": """Spagna, norovirus nel ristorante due stelle Michelin: 37 clienti intossicati
la Repubblica
24 giugno 2027 alle 10:20

Trentasette clienti intossicati dopo il menù degustazione in un ristorante con due stelle Michelin. È successo all'Itsasargi di Getaria, nei Paesi Baschi, secondo quanto riporta il quotidiano britannico Guardian, che a sua volta cita il quotidiano spagnolo El País.

Secondo il Guardian, un aiuto cuoco con sintomi da norovirus avrebbe continuato a lavorare durante i servizi serali di venerdì e sabato. Undici dei clienti che si sono sentiti male sono risultati positivi al virus; nessuno è stato ricoverato.

Il locale, dove il menù degustazione costa 245 euro, ha chiuso per quattro giorni per disinfettare cucina e sala. Lo chef e titolare Iñaki Urreta si è detto "distrutto" e ha spiegato di aver telefonato a tutti i clienti delle due serate per scusarsi.

Le autorità sanitarie basche, scrive ancora il giornale londinese, per ora non intendono sanzionare il ristorante perché ha "collaborato fin dal primo momento".

Il norovirus è molto contagioso e si trasmette facilmente in cucina: l'Istituto Superiore di Sanità raccomanda a chi ha sintomi di non manipolare alimenti per almeno due giorni dopo la guarigione.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": "01_en.txt"},
 {"origin": "The Guardian", "article": "02_uk.txt"},
 {"origin": "The Guardian", "article": "03_it.txt"}],
[{"text": "37 diners fell ill with norovirus after eating at the two-Michelin-star Itsasargi restaurant in Getaria.",
  "articles": ["00_es.txt", "01_en.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "A kitchen assistant with symptoms kept working during the Friday and Saturday dinner services.",
  "articles": ["00_es.txt", "01_en.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The restaurant closed for four days to disinfect its kitchen and dining room.",
  "articles": ["00_es.txt", "01_en.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The Basque health authorities are not considering sanctions because the restaurant cooperated.",
  "articles": ["00_es.txt", "01_en.txt", "03_it.txt"], "independent_sources": 1}])

# t04: Rzeczpospolita own report (its reporter accompanied the check; "mówi nam", "powiedział naszemu
# reporterowi", "przekazał „Rz”"); ТСН publishes an uncredited, close Ukrainian translation the next
# morning (keeps "яку супроводжував наш репортер", "каже нам", "розповів нашому репортерові"): edge
# from Rzeczpospolita; Notes from Poland "the daily Rzeczpospolita has reported" + "told
# Rzeczpospolita" + "according to the paper". Background trap: NIK report.
story("t04_translation_krakow_couriers", "translation", {
"00_pl.txt": """Kurczak w torbie, kot w plecaku. Sanepid i Straż Graniczna skontrolowali kurierów w Krakowie
Rzeczpospolita
Publikacja: 17.03.2027 06:00

Tomasz Nowicki

Na 38 skontrolowanych toreb termicznych aż 17 było brudnych, w kilku na dnie zebrał się sok z surowego mięsa. Dziewięciu kurierów jeździło na kontach wynajętych od innych osób. To wynik wtorkowej wspólnej akcji krakowskiego Sanepidu, policji i Straży Granicznej, której towarzyszył reporter „Rzeczpospolitej”.

Kontrola trwała od 18 do 22 na ulicach wokół Rynku Głównego i na Kazimierzu. Inspektorzy zatrzymywali kurierów na rowerach i skuterach, prosili o otwarcie torby i oglądali jej wnętrze z latarką. W jednej z toreb zamiast jedzenia siedział kot. – Wiozłem go do weterynarza po zmianie. Zamówienia już nie miałem – tłumaczył zaskoczony kurier.

– Brudna torba to nie drobiazg. Jeśli w środku rozlał się sok z surowego kurczaka, a potem kurier wiezie w niej sushi czy sałatkę, ryzyko zakażenia salmonellą jest realne – mówi nam Agnieszka Wróbel, rzeczniczka Powiatowej Stacji Sanitarno-Epidemiologicznej w Krakowie.

Funkcjonariusze Straży Granicznej sprawdzali z kolei, czy osoba na rowerze to ta sama, która jest zarejestrowana w aplikacji. W dziewięciu przypadkach tak nie było. Kurierzy, w większości obywatele Ukrainy i Kolumbii, płacili właścicielom kont od 150 do 300 zł tygodniowo. – Nie mam jeszcze wszystkich dokumentów, a muszę z czegoś żyć – powiedział naszemu reporterowi 24-letni Ołeh.

Operator aplikacji Dowozik, na której kontach pracowała większość skontrolowanych, przekazał „Rz”, że blokuje konta, jeśli wykryje ich odsprzedaż. Sanepid zapowiada kolejne kontrole w kwietniu.
""",
"01_uk.txt": """У Кракові перевірили кур'єрів доставки їжі: у сумках – сік від сирого м'яса, в одній – кіт
ТСН
18 березня 2027, 10:15

З 38 перевірених термосумок 17 виявилися брудними, у кількох на дні зібрався сік від сирого м'яса. Дев'ятеро кур'єрів працювали на акаунтах, орендованих в інших людей. Такі результати спільної акції краківської санепідемстанції, поліції та Прикордонної служби Польщі, яку супроводжував наш репортер.

Перевірка тривала з 18:00 до 22:00 на вулицях довкола Ринкової площі та в районі Казімєж. Інспектори зупиняли кур'єрів на велосипедах і скутерах, просили відкрити сумку й оглядали її з ліхтариком. В одній із сумок замість їжі сидів кіт. «Віз його до ветеринара після зміни. Замовлення вже не мав», – пояснив здивований кур'єр.

«Брудна сумка – це не дрібниця. Якщо всередині розлився сік від сирої курки, а потім кур'єр везе в ній суші чи салат, ризик зараження сальмонелою реальний», – каже нам Агнешка Врубель, речниця повітової санепідемстанції у Кракові.

Прикордонники своєю чергою перевіряли, чи людина на велосипеді – та сама, що зареєстрована в застосунку. У дев'яти випадках це було не так. Кур'єри, здебільшого громадяни України та Колумбії, платили власникам акаунтів від 150 до 300 злотих на тиждень. «У мене ще немає всіх документів, а мені треба з чогось жити», – розповів нашому репортерові 24-річний Олег.

Оператор застосунку Dowozik, на акаунтах якого працювала більшість перевірених, заявив, що блокує акаунти, якщо виявляє їх перепродаж. Санепідемстанція анонсує нові перевірки у квітні.
""",
"02_en.txt": """Dirty delivery bags and rented courier accounts found in Kraków spot check
Notes from Poland
March 17, 2027

Almost half of the food delivery couriers stopped during a spot check in Kraków were carrying dirty thermal bags, and nine were working on accounts rented from someone else, the daily Rzeczpospolita has reported.

A reporter from the newspaper accompanied sanitary inspectors, police and Border Guard officers on Tuesday evening as they stopped couriers around the Main Market Square and in the Kazimierz district. Of 38 bags checked, 17 were dirty, some with juices from raw meat pooled at the bottom, Rzeczpospolita wrote. One bag contained a cat, which its courier said he was taking to the vet after his shift.

"If raw chicken juice has leaked inside and the courier then carries sushi or a salad in it, the risk of salmonella infection is real," Agnieszka Wróbel, spokeswoman for Kraków's sanitary inspectorate, told Rzeczpospolita.

Border Guard officers checked whether the person on the bike matched the one registered in the app. In nine cases it did not. The couriers, mostly Ukrainian and Colombian citizens, were paying account holders between 150 and 300 zloty a week, according to the paper.

The operator of the Dowozik app, used by most of those checked, told Rzeczpospolita it blocks accounts when it detects they have been resold.

Last year, the Supreme Audit Office (NIK) published a report criticising sanitary inspectors for failing to keep pace with the growth of food delivery, noting that many districts had never checked a single courier.
""",
}, [{"name": "Rzeczpospolita", "in_corpus": True}],
[{"origin": "Rzeczpospolita", "article": "01_uk.txt"},
 {"origin": "Rzeczpospolita", "article": "02_en.txt"}],
[{"text": "17 of 38 delivery couriers' thermal bags checked in Kraków were dirty.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "Nine couriers were working on delivery-app accounts rented from other people.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "One courier's thermal bag contained a cat.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1}])

# t05: Le Parisien own scoop ("Selon nos informations", the closure order "que Le Parisien a pu
# consulter", the manager "assure au Parisien", regulars met outside); the F.A.Z. relays it ("Wie
# zuerst die Zeitung „Le Parisien“ berichtete") and adds its own confirmation ("Auf Anfrage der
# F.A.Z. bestätigte die Polizeipräfektur" + "sagte eine Sprecherin dieser Zeitung"): edge + own
# origin; The Independent and El Mundo are plain relays ("Le Parisien reported", "according to the
# French daily"; "según informa el diario francés Le Parisien", "De acuerdo con el rotativo").
story("t05_confirmation_paris_brasserie", "relay_confirmation", {
"00_fr.txt": """Paris : la brasserie Le Grand Vernet fermée cinq jours après la découverte de crottes de rats
Le Parisien
Le 8 octobre 2027 à 07h00

Par Julie Marchand

Le rideau de fer est baissé et un arrêté est scotché sur la porte vitrée. Selon nos informations, la préfecture de police a ordonné jeudi la fermeture administrative pour cinq jours de la brasserie Le Grand Vernet, une adresse très fréquentée du 9e arrondissement, à deux pas de la gare Saint-Lazare.

Lors d'une inspection mardi, les agents de la direction départementale de la protection des populations ont relevé des déjections de rongeurs dans la réserve et sous les banquettes de la salle, ainsi qu'une chambre froide à 11 °C au lieu de 4 °C, selon l'arrêté que Le Parisien a pu consulter. La fiche de l'établissement sur le site Alim'confiance affiche désormais le niveau « à corriger de manière urgente ».

« Nous avons fait appel à une société de dératisation dès mercredi et nous remplaçons le compresseur de la chambre froide », assure au Parisien le gérant, Karim Belhadj, qui espère rouvrir mardi prochain. « Nous avons 32 salariés, ce sont eux les premiers pénalisés. »

Les habitués rencontrés jeudi soir devant la brasserie se disaient surpris. « J'y déjeune deux fois par semaine depuis dix ans, je n'ai jamais rien vu », raconte Michel, un retraité du quartier.

Le Grand Vernet, qui sert environ 400 couverts par jour, n'en est pas à son premier avertissement : un contrôle mené en 2025 avait déjà relevé des « manquements » à l'hygiène, sans aller jusqu'à la fermeture.

La Ville de Paris a présenté au printemps un nouveau plan de lutte contre les rats, jugé insuffisant par l'opposition municipale.
""",
"01_de.txt": """Rattenkot in Pariser Traditionsbrasserie: Behörden schließen „Le Grand Vernet“
Frankfurter Allgemeine Zeitung
09.10.2027, 12:30

Von Sophie Lenhardt, Paris

Die Pariser Polizeipräfektur hat die Brasserie „Le Grand Vernet“ im neunten Arrondissement für fünf Tage schließen lassen. Wie zuerst die Zeitung „Le Parisien“ berichtete, hatten Kontrolleure bei einer Inspektion am Dienstag Rattenkot im Lager und unter den Sitzbänken im Gastraum gefunden. Zudem sei ein Kühlraum statt der vorgeschriebenen vier Grad elf Grad warm gewesen.

Auf Anfrage der F.A.Z. bestätigte die Polizeipräfektur die Schließung. „Die Maßnahme gilt bis einschließlich Montag. Eine Wiedereröffnung ist nur nach einer erneuten Kontrolle möglich“, sagte eine Sprecherin dieser Zeitung am Freitag.

Die Brasserie unweit des Bahnhofs Saint-Lazare ist bei Touristen wie bei Büroangestellten aus dem Viertel beliebt. Der Geschäftsführer hatte „Le Parisien“ gesagt, man habe sofort eine Firma zur Schädlingsbekämpfung beauftragt und lasse die Kühlanlage reparieren.

Paris kämpft seit Jahren mit einer Rattenplage. Die Stadtverwaltung hatte im Frühjahr einen neuen Aktionsplan vorgestellt; der Opposition im Stadtrat geht er nicht weit genug. Auch in deutschen Großstädten melden die Gesundheitsämter seit einigen Jahren mehr Beschwerden über Schädlinge in Gaststätten.
""",
"02_en.txt": """Paris brasserie shut for five days after rat droppings found
The Independent
Friday 08 October 2027 14:20 BST

A busy Paris brasserie near the Gare Saint-Lazare has been ordered to close for five days after health inspectors found rat droppings in its storeroom and under the seating in the dining room, Le Parisien reported.

The city's police prefecture ordered the administrative closure of Le Grand Vernet, in the 9th arrondissement, on Thursday, according to the French daily, which said it had seen the closure order. Inspectors also found that a cold room was running at 11C instead of the required 4C.

The brasserie's listing on Alim'confiance, the French government website that publishes hygiene inspection results, now carries the lowest rating, "to be corrected urgently", the paper said.

Manager Karim Belhadj told Le Parisien that a pest-control company had been called in on Wednesday and that the cold room's compressor was being replaced. "We have 32 employees, and they are the first to suffer," he said. He hopes to reopen next Tuesday.

The restaurant serves around 400 covers a day and had already been warned over hygiene "shortcomings" in 2025, the newspaper reported.

Paris has long struggled with its rat population, which some estimates put at more than the number of human residents.
""",
"03_es.txt": """Cierran una brasserie de París tras hallar excrementos de rata en su almacén
El Mundo
Sábado, 9 octubre 2027 - 10:05

La prefectura de policía de París ha ordenado el cierre durante cinco días de la brasserie Le Grand Vernet, uno de los locales más concurridos del distrito 9, cerca de la estación de Saint-Lazare, después de que los inspectores sanitarios hallaran excrementos de rata en el almacén y bajo los bancos del comedor, según informa el diario francés Le Parisien.

De acuerdo con el rotativo, que ha tenido acceso a la orden de cierre, una cámara frigorífica del restaurante estaba a 11 grados en lugar de los 4 reglamentarios. En la web oficial Alim'confiance, donde el Gobierno francés publica los resultados de las inspecciones, el local aparece ahora con la calificación más baja: "a corregir de manera urgente".

El gerente, Karim Belhadj, ha explicado a Le Parisien que contrataron a una empresa de control de plagas y que confía en reabrir el martes. La brasserie sirve unas 400 comidas diarias y tiene 32 empleados.

No es la primera vez que las ratas de París protagonizan titulares. El Ayuntamiento de la capital francesa presentó esta primavera un nuevo plan para combatir la plaga, que la oposición municipal considera insuficiente.
""",
}, [{"name": "Le Parisien", "in_corpus": True},
    {"name": "Frankfurter Allgemeine Zeitung", "in_corpus": True}],
[{"origin": "Le Parisien", "article": "01_de.txt"},
 {"origin": "Le Parisien", "article": "02_en.txt"},
 {"origin": "Le Parisien", "article": "03_es.txt"}],
[{"text": "The Paris police prefecture ordered the brasserie Le Grand Vernet closed for five days after inspectors found rat droppings.",
  "articles": ["00_fr.txt", "01_de.txt", "02_en.txt", "03_es.txt"], "independent_sources": 2},
 {"text": "Le Grand Vernet's listing on Alim'confiance now shows the lowest rating, 'à corriger de manière urgente'.",
  "articles": ["00_fr.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The brasserie had already been warned over hygiene shortcomings in 2025.",
  "articles": ["00_fr.txt", "02_en.txt"], "independent_sources": 1}])

# t06: a person's own social-media post (Sara Mancuso's TikTok video) taken directly by Fanpage.it,
# the English article (no outlet line, no date line), 20minutos and 20 Minutes; Wirtualna Polska
# takes it from Fanpage.it ("O sprawie pisze włoski portal Fanpage.it", "Jak relacjonuje serwis",
# "według Fanpage.it", "Według włoskiego portalu"): edge from Fanpage.it (short chain). Unanswered
# requests ("ha provato a contattare … senza ottenere risposta", "Metro has contacted", "no ha
# respondido a las preguntas de este medio") add no own reporting. Background traps: the NAS
# summer figures, Unesco, and 20 Minutes' "Le Parisien révélait le mois dernier" (another story).
story("t06_social_tiktok_pizzeria", "social_post", {
"00_it.txt": """Napoli, topo corre sul bancone della pizzeria: il video di una cliente diventa virale
Fanpage.it
3 Novembre 2027 11:48

Un topo che attraversa di corsa il bancone dove vengono stese le pizze, a pochi centimetri da una vaschetta di mozzarella. È quanto mostra un video pubblicato su TikTok da una cliente della pizzeria 'O Vesuviello, al Vomero, che in meno di due giorni ha superato i due milioni di visualizzazioni.

A girarlo è stata Sara Mancuso, 26 anni, che nel filmato racconta di essere entrata nel locale martedì sera per ritirare una pizza ordinata tramite un'app di consegne. «Stavo aspettando alla cassa e l'ho visto passare dietro al pizzaiolo. Nessuno ha detto niente, hanno continuato a lavorare come se fosse normale», dice la ragazza nel video, pubblicato con la didascalia «Mai più».

Sotto il post si contano decine di migliaia di commenti. Molti utenti chiedono l'intervento dell'Asl, altri difendono la pizzeria, aperta da oltre trent'anni, e ricordano che i roditori sono un problema di tutti i vecchi palazzi della città.

Fanpage.it ha provato a contattare il titolare del locale, senza ottenere risposta.

Solo ad agosto i carabinieri del Nas avevano reso noto il bilancio dei controlli estivi nei ristoranti di tutta Italia, con un esercizio su tre risultato irregolare.
""",
"01_en.txt": """Moment mouse scurries across Naples pizzeria counter as horrified customer films

A customer has filmed the moment a mouse darted across the counter of a pizzeria in Naples, just inches from a tub of mozzarella.

Sara Mancuso, 26, posted the clip on TikTok after popping into 'O Vesuviello, in the city's Vomero district, on Tuesday evening to collect a pizza she had ordered through a delivery app.

In the video, which has now been viewed more than two million times, she says: 'I was waiting at the till and I saw it run behind the pizza maker. Nobody said anything, they just kept working as if it was normal.'

She captioned the post 'Never again'.

Tens of thousands of people have commented under the video, with many calling for health inspectors to visit the pizzeria, which has been open for more than 30 years. Others leapt to its defence, saying mice were a problem in all of the city's old buildings.

Metro has contacted 'O Vesuviello for comment.

It comes weeks after a Paris brasserie was forced to shut for five days when inspectors found rat droppings in its storeroom.
""",
"02_es.txt": """Una joven graba un ratón corriendo por el mostrador de una pizzería de Nápoles y el vídeo se hace viral
20minutos
04.11.2027 - 09:30h

Un ratón recorriendo a toda velocidad el mostrador en el que se estiran las pizzas. Es la imagen que ha captado una joven napolitana en la pizzería 'O Vesuviello, en el barrio del Vomero, y que ya suma más de dos millones de reproducciones en TikTok.

Según ha contado la propia joven, Sara Mancuso, en el vídeo que publicó en su perfil, entró en el local el martes por la noche para recoger un pedido que había hecho a través de una aplicación de reparto. "Estaba esperando en la caja y lo vi pasar detrás del pizzero. Nadie dijo nada, siguieron trabajando como si fuera normal", relata.

La publicación, acompañada del texto "Nunca más", ha desatado una oleada de comentarios. Muchos usuarios piden la intervención de las autoridades sanitarias; otros defienden a la pizzería, que lleva más de treinta años abierta.

La pizzería no ha respondido a las preguntas de este medio.

Nápoles es la cuna de la pizza: el arte de los pizzeros napolitanos fue declarado Patrimonio Cultural Inmaterial de la Humanidad por la Unesco en 2017.
""",
"03_pl.txt": """Mysz na ladzie w pizzerii. Nagranie z Neapolu obiegło sieć
Wirtualna Polska
4.11.2027 12:10

Mysz przebiegająca po blacie, na którym przygotowywane są pizze – takie nagranie z neapolitańskiej pizzerii 'O Vesuviello obiegło włoski internet. O sprawie pisze włoski portal Fanpage.it.

Jak relacjonuje serwis, film nagrała 26-letnia klientka, która we wtorek wieczorem przyszła do lokalu w dzielnicy Vomero odebrać pizzę zamówioną przez aplikację. – Czekałam przy kasie i zobaczyłam, jak przebiega za pizzaiolo. Nikt nic nie powiedział, pracowali dalej, jakby to było normalne – mówi kobieta na nagraniu, które według Fanpage.it w niespełna dwa dni obejrzano ponad dwa miliony razy.

Pod filmem pojawiły się dziesiątki tysięcy komentarzy. Część internautów domaga się kontroli sanitarnej, inni bronią pizzerii, która działa od ponad 30 lat. Według włoskiego portalu właściciel lokalu nie odpowiedział na prośbę o komentarz.

Neapol odwiedza co roku coraz więcej polskich turystów. W tym sezonie przewoźnicy uruchomili nowe połączenia lotnicze do stolicy Kampanii z Krakowa i Gdańska.
""",
"04_fr.txt": """Naples : une souris filmée sur le comptoir d'une pizzeria, la vidéo cartonne sur TikTok
20 Minutes
Publié le 04/11/27 à 16h40

Une souris qui file sur le plan de travail, juste derrière le pizzaïolo. Dans une vidéo publiée sur TikTok, une cliente d'une pizzeria du quartier du Vomero, à Naples, a filmé la scène mardi soir alors qu'elle attendait une commande passée sur une application de livraison.

« J'attendais à la caisse et je l'ai vue passer derrière le pizzaïolo. Personne n'a rien dit, ils ont continué à travailler comme si c'était normal », raconte Sara Mancuso, 26 ans, dans sa vidéo, sobrement légendée « Plus jamais ». Le clip a déjà été vu plus de deux millions de fois.

La pizzeria 'O Vesuviello, ouverte depuis plus de trente ans, n'a pas réagi publiquement. Sous la vidéo, les internautes se divisent entre ceux qui réclament une inspection sanitaire et ceux qui rappellent que les rongeurs pullulent dans les vieux immeubles napolitains.

Le Parisien révélait le mois dernier la fermeture administrative d'une brasserie parisienne du 9e arrondissement, où des agents avaient trouvé des crottes de rats. En France, les résultats des contrôles d'hygiène des restaurants sont consultables sur le site Alim'confiance.
""",
}, [{"name": "Sara Mancuso", "in_corpus": False}],
[{"origin": "Sara Mancuso", "article": "00_it.txt"},
 {"origin": "Sara Mancuso", "article": "01_en.txt"},
 {"origin": "Sara Mancuso", "article": "02_es.txt"},
 {"origin": "Fanpage.it", "article": "03_pl.txt"},
 {"origin": "Sara Mancuso", "article": "04_fr.txt"}],
[{"text": "A customer's TikTok video shows a mouse running across the counter of the 'O Vesuviello pizzeria in Naples' Vomero district.",
  "articles": ["00_it.txt", "01_en.txt", "02_es.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "The video has been viewed more than two million times.",
  "articles": ["00_it.txt", "01_en.txt", "02_es.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 1}])

# t07: outside wire agency with anonymous sources (Reuters, "two people familiar with the plans"),
# relayed 5x: "Das berichtet die Nachrichtenagentur Reuters unter Berufung auf zwei mit den Plänen
# vertraute Personen" + "Demnach" + "hieß es weiter" + a declined request; "Lo riporta l'agenzia
# Reuters, che cita due fonti a conoscenza del dossier" + "Secondo Reuters" + "riferisce
# l'agenzia"; "según ha publicado la agencia Reuters, que cita a dos personas conocedoras" +
# "según la agencia"; "podała agencja Reuters, powołując się na" + "Według Reutersa" (gen.) +
# "odmówił Reutersowi" (dat.) + an unanswered request; "повідомляє агентство Reuters з посиланням
# на" + "За даними агентства" + "пише Reuters". Background trap: "O problemach finansowych Forkly
# pisał wiosną niemiecki „Handelsblatt”" (an in-corpus outlet of the same story, not the source).
story("t07_agency_forkly_exit", "agency", {
"00_de.txt": """Lieferdienst Forkly will sich aus Italien und Spanien zurückziehen
Handelsblatt
14.07.2027 - 16:05 Uhr

Der Berliner Essenslieferdienst Forkly plant den Rückzug aus Italien und Spanien. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf zwei mit den Plänen vertraute Personen. Demnach sollen beide Märkte bis zum Jahresende aufgegeben werden; rund 900 Stellen könnten wegfallen, davon etwa 150 in der Berliner Zentrale.

Forkly wolle sich künftig auf Deutschland, Polen und die Ukraine konzentrieren, wo das Unternehmen profitabler arbeite, hieß es weiter. In Italien und Spanien habe Forkly gegen die größeren Konkurrenten kaum Marktanteile gewinnen können. Der Vorstand solle die Pläne Ende Juli dem Aufsichtsrat vorlegen.

Ein Forkly-Sprecher wollte sich auf Anfrage des Handelsblatts nicht äußern.

Forkly wurde 2019 gegründet und hatte bei seiner jüngsten Finanzierungsrunde im vergangenen Jahr 180 Millionen Euro eingesammelt. Die Branche steht unter Druck: Investoren verlangen nach Jahren hoher Verluste schwarze Zahlen, zugleich verschärft die EU-Plattformrichtlinie die Regeln für die Beschäftigung von Fahrern. Die Gewerkschaft Verdi fordert seit Langem feste Anstellungen für die Kuriere.
""",
"01_it.txt": """Delivery, Forkly verso l'addio a Italia e Spagna: a rischio 400 posti nel nostro Paese
Il Sole 24 Ore
14 luglio 2027

La piattaforma tedesca di consegne a domicilio Forkly si prepara a lasciare l'Italia e la Spagna entro la fine dell'anno. Lo riporta l'agenzia Reuters, che cita due fonti a conoscenza del dossier.

Secondo Reuters, l'uscita dai due mercati comporterebbe il taglio di circa 900 posti di lavoro complessivi, di cui circa 400 in Italia, tra la sede di Milano e gli uffici di Roma e Torino. Il gruppo berlinese intende concentrarsi su Germania, Polonia e Ucraina, mercati nei quali i margini sono più alti. Il piano dovrebbe essere presentato al consiglio di sorveglianza a fine luglio, riferisce l'agenzia.

Forkly ha declinato ogni commento.

Arrivata in Italia nel 2022, la app non è mai riuscita a superare una quota di mercato del 6%, schiacciata dai concorrenti più grandi. Il settore è da tempo al centro di contenziosi sul lavoro dei rider: nel 2026 il Tribunale di Milano aveva riconosciuto a un gruppo di fattorini il diritto a un contratto di lavoro subordinato.
""",
"02_es.txt": """La alemana Forkly prepara su salida de España e Italia
Cinco Días
14 jul 2027 - 18:20 CEST

La plataforma alemana de reparto de comida a domicilio Forkly planea abandonar España e Italia antes de que termine el año, según ha publicado la agencia Reuters, que cita a dos personas conocedoras de los planes de la compañía.

La salida de ambos mercados supondría la eliminación de unos 900 empleos, de los que alrededor de 350 corresponden a España, donde la empresa tiene su sede en Barcelona y opera también en Madrid, Valencia y Sevilla, según la agencia. La dirección presentará el plan a su consejo de supervisión a finales de julio.

De acuerdo con las fuentes citadas por Reuters, Forkly quiere centrarse en Alemania, Polonia y Ucrania, donde su negocio es más rentable. La compañía declinó hacer comentarios a la agencia.

Forkly desembarcó en España en 2021 con una agresiva campaña de descuentos, pero no ha logrado hacer mella en el dominio de los grandes operadores del sector. La conocida como ley rider, aprobada ese mismo año, obliga a las plataformas a contratar a sus repartidores como asalariados, lo que encareció su modelo en el país.
""",
"03_pl.txt": """Forkly wycofuje się z dwóch krajów. Polska ma zyskać na znaczeniu
Business Insider Polska
14 lip 2027, 17:52

Niemiecka platforma dostaw jedzenia Forkly planuje wycofać się z Włoch i Hiszpanii do końca roku – podała agencja Reuters, powołując się na dwa źródła zaznajomione ze sprawą. Według Reutersa pracę może stracić ok. 900 osób.

Firma z Berlina chce skoncentrować się na rynkach, na których zarabia najwięcej: w Niemczech, Polsce i Ukrainie. Jak pisze agencja, zarząd ma przedstawić plan radzie nadzorczej pod koniec lipca. Forkly odmówił Reutersowi komentarza.

W Polsce aplikacja działa od 2022 r. w ośmiu miastach, m.in. w Warszawie, Krakowie, Wrocławiu i Poznaniu. Business Insider Polska zapytał polski oddział spółki, czy wycofanie się z południa Europy oznacza większe inwestycje nad Wisłą. Do momentu publikacji nie otrzymaliśmy odpowiedzi.

O problemach finansowych Forkly pisał wiosną niemiecki „Handelsblatt”. Rynek dostaw jedzenia w Polsce należy tymczasem do najszybciej rosnących w Europie, a konkurencja między aplikacjami jest coraz ostrzejsza.
""",
"04_uk.txt": """Сервіс доставки їжі Forkly може піти з Італії та Іспанії – Reuters
Економічна правда
Середа, 14 липня 2027, 19:30

Німецький сервіс доставки їжі Forkly, який працює і в Україні, планує до кінця року піти з ринків Італії та Іспанії. Про це повідомляє агентство Reuters з посиланням на двох поінформованих співрозмовників.

За даними агентства, через вихід із двох країн компанія може скоротити близько 900 робочих місць. Forkly зосередиться на Німеччині, Польщі та Україні, де бізнес приносить більше прибутку. Правління має представити план наглядовій раді наприкінці липня, пише Reuters.

Представник Forkly відмовився від коментарів агентству.

В Україні сервіс працює з 2025 року в Києві, Львові та Дніпрі. Про конкретні плани щодо українського ринку, окрім того, що він залишається серед пріоритетних, у повідомленні агентства не йдеться.

Ринок доставки їжі в Україні за останні роки помітно зріс, а конкуренція між сервісами посилилася: крім міжнародних гравців, у великих містах працюють і локальні служби доставки ресторанів.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[{"origin": "Reuters", "article": a} for a in ["00_de.txt", "01_it.txt", "02_es.txt", "03_pl.txt", "04_uk.txt"]],
[{"text": "The Berlin-based delivery app Forkly plans to exit Italy and Spain by the end of the year.",
  "articles": ["00_de.txt", "01_it.txt", "02_es.txt", "03_pl.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "About 900 jobs could be cut.",
  "articles": ["00_de.txt", "01_it.txt", "02_es.txt", "03_pl.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Forkly wants to focus on Germany, Poland and Ukraine.",
  "articles": ["00_de.txt", "01_it.txt", "02_es.txt", "03_pl.txt", "04_uk.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 169 (restaurants, hygiene inspections, food delivery apps; "
                       "real media names, invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            assert all(a in arts for a in c["articles"]), (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                                  "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
