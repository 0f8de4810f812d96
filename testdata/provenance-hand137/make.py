#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand137 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop by Rzeczpospolita (pl, own: "ustaliła „Rzeczpospolita”", two anonymous MFA
# officials = Rzeczpospolita's sources; spokesman "zapytany przez „Rzeczpospolitą”"), relayed by
# uk "пише польська газета Rzeczpospolita з посиланням на" + "джерел «Жечпосполитої»" (gen.);
# de "berichtete die polnische Tageszeitung „Rzeczpospolita“ … unter Berufung auf" + "Dem Blatt
# zufolge"; es "según publicó … el diario polaco Rzeczpospolita, que cita a" + "añade Rzeczpospolita".
story("t01_scoop_rzeczpospolita_embassy_staff", "scoop", {
"00_pl.txt": """MSZ chce odchudzić ambasadę Rosji. Moskwa będzie musiała odesłać 17 dyplomatów
Rzeczpospolita
08.03.2027 06:00

Ministerstwo Spraw Zagranicznych przygotowuje notę, w której zażąda od Rosji zmniejszenia liczby dyplomatów akredytowanych w ambasadzie w Warszawie z 41 do 24 osób – ustaliła „Rzeczpospolita”. Rosjanie mieliby czas na odesłanie nadliczbowych pracowników do 1 maja.

Jak wynika z informacji „Rzeczpospolitej”, nota ma zostać wręczona rosyjskiemu chargé d'affaires jeszcze w marcu. Oprócz redukcji personelu resort zamierza cofnąć zgodę na działalność przedstawicielstwa handlowego Federacji Rosyjskiej w Warszawie, które – według naszych rozmówców – od lat służy jako przykrywka dla działań wywiadowczych.

O planach powiedziało nam dwóch urzędników MSZ, którzy proszą o anonimowość, bo nie są upoważnieni do wypowiadania się w tej sprawie. – To nie jest gest symboliczny. Chodzi o zasadę parytetu: w Moskwie pracuje dziś 24 polskich dyplomatów i dokładnie tylu Rosjan zostanie w Warszawie – mówi jeden z nich.

Drugi rozmówca „Rz” wskazuje, że decyzja zapadła po lutowym zatrzymaniu dwóch obywateli Białorusi, którzy według śledczych na zlecenie rosyjskich służb fotografowali transporty wojskowe na stacji w Rzeszowie. Obaj usłyszeli zarzuty szpiegostwa i od miesiąca przebywają w areszcie.

Rzecznik MSZ Tomasz Wierzbicki, zapytany przez „Rzeczpospolitą” o plany resortu, odpowiedział jedynie, że „ministerstwo nie komentuje korespondencji dyplomatycznej przed jej doręczeniem adresatowi”.

Ambasada Rosji do chwili publikacji nie odpowiedziała na nasze pytania. Nieoficjalnie dyplomaci z innych państw Unii przyznają, że polska decyzja może zachęcić kolejne stolice do podobnych kroków.
""",
"01_uk.txt": """Польща вимагатиме від Росії майже вдвічі скоротити посольство у Варшаві – ЗМІ
Європейська правда
8 березня 2027, 10:42

Міністерство закордонних справ Польщі готує ноту, в якій вимагатиме від Росії скоротити кількість дипломатів у посольстві у Варшаві з 41 до 24. Про це пише польська газета Rzeczpospolita з посиланням на двох співрозмовників у польському МЗС.

За даними видання, російська сторона матиме час до 1 травня, щоб відкликати «зайвих» дипломатів. Ноту планують вручити російському тимчасовому повіреному у справах ще в березні.

Крім того, Варшава збирається закрити торговельне представництво РФ, яке, за словами джерел «Жечпосполитої», роками використовувалося як прикриття для розвідувальної діяльності.

«Це не символічний жест. Йдеться про принцип паритету», – цитує газета одного з посадовців, які говорили на умовах анонімності. За його словами, саме 24 польські дипломати нині працюють у Москві.

Як зазначає Rzeczpospolita, рішення ухвалили після того, як у лютому в Польщі затримали двох громадян Білорусі. Їх підозрюють у тому, що на замовлення російських спецслужб вони фотографували військові ешелони на залізничній станції в Ряшеві.

Речник польського МЗС Томаш Вежбицький у коментарі виданню відмовився підтвердити інформацію, заявивши, що міністерство не коментує дипломатичне листування до його вручення адресату.

Посольство Росії у Варшаві на запит газети не відповіло.
""",
"02_de.txt": """Polen will russische Botschaft in Warschau fast halbieren
Frankfurter Allgemeine Zeitung
08.03.2027, 14:17

Polen will Russland einem Zeitungsbericht zufolge zwingen, sein diplomatisches Personal in Warschau drastisch zu verkleinern. Das Außenministerium bereite eine Note vor, nach der die Zahl der an der Botschaft akkreditierten Diplomaten von 41 auf 24 sinken solle, berichtete die polnische Tageszeitung „Rzeczpospolita“ am Montag unter Berufung auf zwei Quellen im Warschauer Außenministerium. Die überzähligen Diplomaten müssten das Land bis zum 1. Mai verlassen.

Dem Blatt zufolge orientiert sich die Zahl am Prinzip der Gegenseitigkeit: In Moskau arbeiten derzeit 24 polnische Diplomaten. „Das ist keine symbolische Geste“, zitierte die Zeitung einen der beiden Informanten, die anonym bleiben wollten.

Auslöser sei die Festnahme zweier belarussischer Staatsbürger im Februar, die im Auftrag russischer Geheimdienste Militärtransporte am Bahnhof von Rzeszów fotografiert haben sollen. Gegen beide wird wegen Spionage ermittelt. Rzeszów ist seit Jahren ein zentraler Umschlagplatz für westliche Hilfslieferungen in die Ukraine.

Ein Sprecher des polnischen Außenministeriums wollte den Bericht gegenüber der „Rzeczpospolita“ nicht bestätigen; man kommentiere diplomatische Korrespondenz nicht, bevor sie dem Empfänger zugestellt sei. Die russische Botschaft äußerte sich zunächst nicht.

Die Beziehungen zwischen Warschau und Moskau gelten seit Langem als zerrüttet. Eine Verkleinerung der Botschaft auf das Niveau der polnischen Vertretung in Moskau dürfte nach Einschätzung von Beobachtern eine ähnliche Antwort des Kremls nach sich ziehen.
""",
"03_es.txt": """Polonia exigirá a Rusia que reduzca casi a la mitad su embajada en Varsovia
El País
8 de marzo de 2027 - 16:05 CET

Polonia se dispone a exigir a Rusia que recorte de 41 a 24 el número de diplomáticos acreditados en su embajada en Varsovia, según publicó este lunes el diario polaco Rzeczpospolita, que cita a dos fuentes del Ministerio de Asuntos Exteriores. Moscú tendría de plazo hasta el 1 de mayo para retirar al personal sobrante.

La nota diplomática, que todavía no ha sido entregada, prevé además el cierre de la representación comercial rusa en la capital polaca, que según las fuentes del periódico servía desde hace años de tapadera para labores de espionaje. “No es un gesto simbólico”, afirmó uno de los funcionarios consultados por el rotativo, que pidieron el anonimato por no estar autorizados a hablar del asunto.

La cifra de 24 no es casual: es el número de diplomáticos polacos que trabajan actualmente en Moscú, añade Rzeczpospolita, que vincula la decisión a la detención en febrero de dos ciudadanos bielorrusos acusados de fotografiar convoyes militares en la estación de Rzeszów por encargo de los servicios secretos rusos.

Varsovia se ha convertido en una de las capitales europeas más duras con el Kremlin desde el inicio de la invasión a gran escala de Ucrania. La embajada rusa no ha reaccionado por el momento a la información.
""",
}, [("Rzeczpospolita", True)],
[("Rzeczpospolita", "01_uk.txt"), ("Rzeczpospolita", "02_de.txt"), ("Rzeczpospolita", "03_es.txt")],
[("Poland will demand that Russia cut the number of diplomats at its embassy in Warsaw from 41 to 24 by 1 May.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 ("Poland plans to close Russia's trade representation in Warsaw, which sources say served as cover for intelligence work.",
  ["00_pl.txt", "01_uk.txt", "03_es.txt"], 1),
 ("The Polish foreign ministry spokesman declined to confirm, saying the ministry does not comment on diplomatic correspondence before it is delivered.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt"], 1)])

# t02: chain. Der Spiegel (de, own: "Entwurf, der dem SPIEGEL vorliegt", "nach SPIEGEL-Informationen",
# an anonymous EU diplomat) -> Європейська правда (uk: "пише німецький журнал Der Spiegel, який
# ознайомився", "Як зазначає «Шпігель»") -> Медуза (ru: "сообщила «Европейская правда» со ссылкой на
# … Der Spiegel", "По данным «Европейской правды»") and Onet (pl: "podała … ukraińska „Europejska
# Prawda”", "Według „Europejskiej Prawdy”"); The Kyiv Independent (en) credits Der Spiegel directly.
story("t02_chain_spiegel_sanctions_draft", "chain", {
"00_de.txt": """EU plant Sanktionen gegen 118 weitere Schiffe der russischen Schattenflotte
Der Spiegel
12.04.2027, 18.03 Uhr

Die EU-Kommission will mit ihrem 22. Sanktionspaket gegen Russland vor allem die sogenannte Schattenflotte treffen. Nach einem Entwurf, der dem SPIEGEL vorliegt, sollen 118 weitere Tanker und Frachtschiffe mit einem Verbot belegt werden, europäische Häfen anzulaufen. Damit stiege die Zahl der gelisteten Schiffe auf mehr als 700.

Außerdem sieht das 41-seitige Papier ein Transaktionsverbot für neun Banken in Drittstaaten vor, die nach Erkenntnissen der Kommission Zahlungen für russische Rüstungsimporte abwickeln. Die Namen der Institute sind im Entwurf geschwärzt. Ein EU-Diplomat, der mit den Vorbereitungen vertraut ist, sagte dem SPIEGEL, es handle sich um Banken aus Zentralasien und dem Südkaukasus. „Wir gehen dorthin, wo das Geld tatsächlich fließt“, sagte er.

Neu ist auch ein Einfuhrverbot für russischen Titanschwamm, für den bislang mit Rücksicht auf die Luftfahrtindustrie eine Ausnahme galt. Frankreich und Deutschland hätten ihren Widerstand dagegen inzwischen aufgegeben, heißt es in Brüssel.

Die Botschafterinnen und Botschafter der 27 Mitgliedstaaten sollen sich nach SPIEGEL-Informationen bereits am Mittwoch erstmals mit dem Entwurf befassen. Ein Sprecher der Kommission sagte auf Anfrage, man äußere sich nicht zu laufenden Beratungen.

Für die Annahme ist Einstimmigkeit nötig. Diplomaten rechnen damit, dass einzelne Mitgliedstaaten erneut Ausnahmen für Flüssiggaslieferungen verlangen werden. Die Kommission hofft dennoch, das Paket bis Ende Mai zu verabschieden.
""",
"01_uk.txt": """ЄС готує санкції проти ще 118 суден тіньового флоту РФ – Der Spiegel
Європейська правда
12.04.2027 20:15

Європейська комісія в рамках 22-го пакета санкцій проти Росії пропонує заборонити заходження до портів ЄС ще 118 суднам так званого тіньового флоту. Про це пише німецький журнал Der Spiegel, який ознайомився з проєктом документа.

Як зазначає «Шпігель», після ухвалення пакета кількість суден у санкційному списку ЄС перевищить 700.

Проєкт також передбачає заборону транзакцій із дев'ятьма банками в третіх країнах, через які, за оцінкою Єврокомісії, проходять платежі за російський оборонний імпорт. Назви банків у 41-сторінковому документі зачорнені. Один із дипломатів ЄС сказав журналу, що йдеться про банки Центральної Азії та Південного Кавказу.

Ще одна новація – заборона імпорту російської титанової губки, для якої досі робили виняток через потреби авіаційної промисловості.

За інформацією видання, посли 27 держав-членів уперше обговорять проєкт уже в середу, 14 квітня. У Єврокомісії відмовилися коментувати публікацію.

Для ухвалення санкцій потрібна одностайна підтримка всіх країн ЄС. Україна неодноразово закликала партнерів посилити тиск на тіньовий флот, через який Росія продовжує експортувати нафту в обхід цінової стелі.
""",
"02_ru.txt": """ЕС хочет запретить заход в свои порты еще 118 судам «теневого флота» России
Медуза
13 апреля 2027, 09:12

Еврокомиссия предложила включить в 22-й пакет санкций против России еще 118 танкеров и сухогрузов так называемого теневого флота. Об этом сообщила «Европейская правда» со ссылкой на немецкий журнал Der Spiegel, получивший доступ к проекту документа.

По данным «Европейской правды», в случае принятия пакета общее число судов в санкционном списке Евросоюза превысит 700. Судам из списка запрещено заходить в европейские порты и получать услуги европейских компаний.

Проект также предусматривает запрет на операции с девятью банками из третьих стран, через которые, как считают в Еврокомиссии, проходят платежи за импорт для российского ВПК. Украинское издание уточняет, что названия банков в документе скрыты, однако, по словам одного из европейских дипломатов, речь идет об учреждениях из Центральной Азии и Южного Кавказа.

Кроме того, Брюссель намерен запретить ввоз российской титановой губки, которую до сих пор не трогали из-за зависимости европейских авиастроителей от поставок из России.

Санкции ЕС принимаются единогласно. В Кремле неоднократно называли европейские ограничения «нелегитимными» и заявляли, что они не повлияют на экономику страны.
""",
"03_pl.txt": """Unia szykuje kolejne sankcje. Na celowniku rosyjska flota cieni
Onet
13.04.2027, 11:30

Komisja Europejska chce objąć 22. pakietem sankcji 118 kolejnych statków rosyjskiej floty cieni – podała w poniedziałek wieczorem ukraińska „Europejska Prawda”. Jednostki miałyby dostać zakaz zawijania do unijnych portów.

Według „Europejskiej Prawdy” po przyjęciu pakietu na unijnej liście znajdzie się łącznie ponad 700 statków. Projekt przewiduje także zakaz transakcji z dziewięcioma bankami z państw trzecich, przez które mają przechodzić płatności za import na potrzeby rosyjskiego przemysłu zbrojeniowego.

Jak pisze ukraiński portal, ambasadorowie 27 państw członkowskich po raz pierwszy zajmą się projektem już w środę. Do przyjęcia sankcji potrzebna jest jednomyślność.

Polska od miesięcy apeluje o zaostrzenie działań wobec floty cieni na Bałtyku. Stare, często nieubezpieczone tankowce pływające pod banderami egzotycznych państw regularnie przepływają w pobliżu polskiego wybrzeża, a eksperci od lat ostrzegają przed ryzykiem katastrofy ekologicznej.

Komisja Europejska nie skomentowała dotąd doniesień. Poprzedni pakiet sankcji, przyjęty na początku roku, również koncentrował się na flocie cieni i firmach pomagających Rosji omijać ograniczenia.
""",
"04_en.txt": """EU draft sanctions package targets 118 more shadow fleet vessels, Der Spiegel reports
The Kyiv Independent
April 12, 2027 9:40 PM

The European Commission has proposed banning 118 more vessels of Russia's shadow fleet from EU ports as part of its 22nd sanctions package, German news magazine Der Spiegel reported on April 12, citing a draft seen by the magazine.

If adopted, the package would bring the total number of listed ships to more than 700, Der Spiegel wrote.

The 41-page draft also includes a transaction ban on nine banks in third countries that the Commission believes process payments for Russian military imports. The names of the banks are blacked out in the document, the magazine said, adding that an EU diplomat described them as lenders from Central Asia and the South Caucasus.

The proposal would also end an exemption for Russian titanium sponge, a material long shielded from sanctions because of European aircraft makers' reliance on it.

Sanctions require the unanimous approval of all 27 member states. Kyiv has repeatedly urged its partners to go after the aging tankers that allow Moscow to sell oil above the Western price cap, as well as the banks and middlemen that keep supplies flowing to Russia's arms industry.

The European Commission declined to comment on the report.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_uk.txt"), ("Європейська правда", "02_ru.txt"), ("Європейська правда", "03_pl.txt"),
 ("Der Spiegel", "04_en.txt")],
[("The EU's draft 22nd sanctions package would ban 118 more shadow fleet vessels from EU ports, bringing the listed total above 700.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt", "04_en.txt"], 1),
 ("The draft bans transactions with nine banks in third countries that handle payments for Russian military imports.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt", "04_en.txt"], 1),
 ("The draft includes an import ban on Russian titanium sponge.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "04_en.txt"], 1),
 ("EU ambassadors will discuss the draft for the first time on Wednesday.",
  ["00_de.txt", "01_uk.txt", "03_pl.txt"], 1)])

# t03: institution-published origin outside the corpus: the Spanish foreign ministry's communiqué on
# its website. es "según ha informado … el Ministerio de Asuntos Exteriores … en un comunicado
# publicado en su página web" + "La nota señala"; en "the Spanish foreign ministry said in a
# statement posted on its website" + "the statement said"; ru "говорится в заявлении МИД Испании,
# опубликованном на сайте ведомства" + "Как отмечается в сообщении"; fr (no date line) "a annoncé …
# le ministère espagnol des Affaires étrangères dans un communiqué publié sur son site" + "précise le
# texte". Unanswered requests to the Russian embassy add no own reporting.
story("t03_statement_spain_expels_diplomats", "statement", {
"00_es.txt": """España expulsa a dos diplomáticos rusos por “actividades incompatibles” con su estatuto
ABC
20/05/2027 13:48

El Gobierno ha declarado persona non grata a dos diplomáticos de la embajada de Rusia en Madrid, un agregado y un segundo secretario, y les ha dado diez días para abandonar el país, según ha informado este jueves el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación en un comunicado publicado en su página web.

La nota señala que ambos desarrollaban “actividades incompatibles con su estatuto diplomático” y que la decisión se ha adoptado “sobre la base de información proporcionada por los servicios de inteligencia”. Exteriores no ha precisado la identidad de los expulsados ni la naturaleza concreta de sus actividades.

Según el comunicado, el secretario de Estado de Asuntos Exteriores, Jaime Olazábal, convocó este jueves por la mañana al embajador ruso en el Palacio de Santa Cruz para trasladarle la decisión. “España no tolerará que su territorio sea utilizado para operaciones de injerencia contra nuestras instituciones o contra nuestros aliados”, subraya el texto.

El ministerio recuerda en su nota que la medida es “conforme al artículo 9 de la Convención de Viena sobre Relaciones Diplomáticas”, que permite a un Estado declarar persona non grata a cualquier miembro del personal diplomático sin necesidad de justificar su decisión.

La embajada rusa en Madrid no había reaccionado al cierre de esta edición. En casos similares, Moscú ha respondido habitualmente con expulsiones recíprocas.
""",
"01_en.txt": """Spain expels two Russian diplomats over ‘incompatible activities’
The Guardian
Thu 20 May 2027 15.20 BST

Spain has declared two Russian diplomats persona non grata and given them 10 days to leave the country, the Spanish foreign ministry said in a statement posted on its website on Thursday.

The two men, an attaché and a second secretary at the Russian embassy in Madrid, had been engaged in “activities incompatible with their diplomatic status”, the ministry said, adding that the decision was based on information provided by Spain's intelligence services. It did not name them or say what they were suspected of.

“Spain will not tolerate its territory being used for interference operations against our institutions or our allies,” the statement said.

The ministry invoked article 9 of the Vienna convention on diplomatic relations, which allows a host state to expel diplomats at any time without having to explain its decision.

The Russian embassy in Madrid did not immediately respond to a request for comment. Moscow usually retaliates against such expulsions by ordering out the same number of diplomats from the other country.

European governments have expelled dozens of Russian diplomats in recent years, accusing many of them of being intelligence officers working under diplomatic cover.
""",
"02_ru.txt": """Испания объявила персонами нон грата двух российских дипломатов
Новая газета Европа
20.05.2027, 17:05

Испания высылает двух сотрудников посольства России в Мадриде — атташе и второго секретаря. Об этом говорится в заявлении МИД Испании, опубликованном на сайте ведомства в четверг. На то, чтобы покинуть страну, дипломатам дали десять дней.

Как отмечается в сообщении испанского внешнеполитического ведомства, оба дипломата занимались «деятельностью, несовместимой с их дипломатическим статусом». Решение, по словам министерства, принято на основании информации испанских спецслужб. Имена высылаемых не называются.

Государственный секретарь МИД Испании по иностранным делам Хайме Оласабаль в четверг утром вызвал посла России, чтобы сообщить ему о решении, следует из заявления. «Испания не допустит, чтобы ее территория использовалась для операций вмешательства», — подчеркивается в документе.

В посольстве России в Испании на момент публикации не ответили на запрос «Новой газеты Европа». Ранее Москва, как правило, отвечала на подобные шаги зеркальными мерами. За последние месяцы российских дипломатов высылали и другие европейские страны.
""",
"03_fr.txt": """L'Espagne expulse deux diplomates russes
Le Figaro

Madrid a déclaré jeudi persona non grata deux diplomates de l'ambassade de Russie, un attaché et un deuxième secrétaire, a annoncé le ministère espagnol des Affaires étrangères dans un communiqué publié sur son site. Les deux hommes disposent de dix jours pour quitter le territoire espagnol.

Ils menaient des « activités incompatibles avec leur statut diplomatique », précise le texte, qui évoque des informations fournies par les services de renseignement sans donner davantage de détails. Leur identité n'a pas été rendue publique.

Le secrétaire d'État espagnol aux Affaires étrangères, Jaime Olazábal, a convoqué dans la matinée l'ambassadeur de Russie au palais de Santa Cruz pour lui notifier la décision, selon le ministère. « L'Espagne ne tolérera pas que son territoire soit utilisé pour des opérations d'ingérence contre nos institutions ou contre nos alliés », souligne le communiqué.

Cette expulsion intervient alors que plusieurs capitales européennes ont durci le ton ces derniers mois face aux activités des services russes sur leur sol. Moscou répond généralement à ce type de mesure par des expulsions réciproques.
""",
}, [("Spanish Ministry of Foreign Affairs", False)],
[("Spanish Ministry of Foreign Affairs", "00_es.txt"), ("Spanish Ministry of Foreign Affairs", "01_en.txt"),
 ("Spanish Ministry of Foreign Affairs", "02_ru.txt"), ("Spanish Ministry of Foreign Affairs", "03_fr.txt")],
[("Spain declared two diplomats of the Russian embassy in Madrid, an attaché and a second secretary, persona non grata.",
  ["00_es.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The two diplomats were given ten days to leave Spain.",
  ["00_es.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("Spain's secretary of state for foreign affairs, Jaime Olazábal, summoned the Russian ambassador to inform him of the decision.",
  ["00_es.txt", "02_ru.txt", "03_fr.txt"], 1)])

# t04: outside agency Reuters (three anonymous EU diplomats = Reuters' sources), relayed 4x; the uk
# relay (Суспільне) adds its own confirmation from a source in the President's Office, so it is also
# an in-corpus origin. fr "selon l'agence Reuters, qui cite" + "D'après l'agence" + "a indiqué … à
# Reuters"; pl (no outlet line, title suffix "| RMF24") "podała … agencja Reuters, powołując się na"
# + "Według Reutersa" (gen.) + "powiedział Reutersowi" (dat.) + "dodaje agencja"; es "informó … la
# agencia Reuters, que cita a" + "según la agencia"; uk "повідомляє агентство Reuters із посиланням
# на" + "Джерело Суспільного … підтвердило" + "сказав співрозмовник Суспільному".
story("t04_agency_reuters_summit_lviv", "agency", {
"00_fr.txt": """Le sommet UE-Ukraine de juin se tiendra à Lviv, et non à Bruxelles
Le Monde
Publié le 04 mai 2027 à 12h31

Le prochain sommet entre l'Union européenne et l'Ukraine, prévu en juin, se tiendra à Lviv, dans l'ouest du pays, et non à Bruxelles comme initialement annoncé, selon l'agence Reuters, qui cite trois diplomates européens. La rencontre aurait lieu le mercredi 16 juin.

D'après l'agence, les dirigeants européens devraient y signer avec Kiev une « feuille de route » de coopération dans l'industrie de défense, dotée de 4,2 milliards d'euros sur trois ans. « Tenir ce sommet en Ukraine, en pleine guerre, est un message en soi », a indiqué l'un des diplomates à Reuters, sous couvert d'anonymat.

Toujours selon ces sources, le choix de Lviv a fait l'objet de longues discussions, certains Etats membres s'inquiétant de la sécurité des délégations. La ville, proche de la frontière polonaise, a déjà accueilli plusieurs réunions internationales depuis le début de l'invasion russe à grande échelle.

Sollicité par Le Monde, le service de presse du Conseil européen n'a pas souhaité commenter, rappelant que « le lieu et la date des sommets sont annoncés en temps utile ».

Le dernier sommet UE-Ukraine s'était tenu à Bruxelles. Kiev plaide depuis des mois pour que les Vingt-Sept accélèrent les négociations d'adhésion et renforcent leur soutien à son industrie d'armement.
""",
"01_pl.txt": """Szczyt UE–Ukraina jednak we Lwowie. Delegacje dojadą pociągiem z Przemyśla | RMF24
04.05.2027 13:55

Czerwcowy szczyt Unia Europejska–Ukraina odbędzie się we Lwowie, a nie w Brukseli – podała we wtorek agencja Reuters, powołując się na trzech unijnych dyplomatów. Według Reutersa spotkanie zaplanowano na 16 czerwca.

Rozmówcy agencji twierdzą, że przywódcy podpiszą podczas szczytu z władzami w Kijowie „mapę drogową” współpracy w przemyśle obronnym o wartości 4,2 mld euro. – Zorganizowanie szczytu na Ukrainie, w czasie wojny, to samo w sobie jest sygnałem – powiedział Reutersowi jeden z dyplomatów, który zastrzegł sobie anonimowość.

Jak dodaje agencja, delegacje państw członkowskich mają dotrzeć do Lwowa specjalnym pociągiem z Przemyśla, podobnie jak w przypadku wcześniejszych wizyt zachodnich przywódców w Kijowie. Przestrzeń powietrzna nad Ukrainą pozostaje zamknięta dla ruchu cywilnego.

Oznacza to, że przez Przemyśl przejedzie w ciągu jednego dnia kilkudziesięciu szefów państw i rządów oraz setki urzędników. Przygraniczne miasto od początku wojny jest główną bramą dla polityków i dyplomatów udających się na Ukrainę.

Rada Europejska oficjalnie nie potwierdziła dotąd ani miejsca, ani terminu szczytu.
""",
"02_es.txt": """La UE celebrará su cumbre con Ucrania en Lviv y no en Bruselas
La Vanguardia
04/05/2027 14:10

La cumbre entre la Unión Europea y Ucrania prevista para junio se celebrará en Lviv, en el oeste del país, y no en Bruselas como estaba previsto, informó este martes la agencia Reuters, que cita a tres diplomáticos europeos. La cita tendría lugar el 16 de junio.

Los líderes europeos firmarían allí con Kyiv una hoja de ruta de cooperación en la industria de defensa dotada con 4.200 millones de euros, según la agencia. Las delegaciones llegarían a Lviv en un tren especial desde la ciudad polaca de Przemyśl, ya que el espacio aéreo ucraniano sigue cerrado a la aviación civil.

“Celebrar la cumbre en Ucrania, en plena guerra, es ya un mensaje”, dijo uno de los diplomáticos, que habló bajo condición de anonimato.

El Consejo Europeo no ha confirmado oficialmente ni el lugar ni la fecha del encuentro. España ha defendido en los últimos meses acelerar las negociaciones de adhesión de Ucrania, abiertas formalmente hace casi tres años.
""",
"03_uk.txt": """Саміт Україна – ЄС у червні відбудеться у Львові – Reuters. Джерело Суспільного підтверджує
Суспільне
4 травня 2027, 15:27

Саміт Україна – ЄС, запланований на червень, відбудеться не в Брюсселі, а у Львові. Про це повідомляє агентство Reuters із посиланням на трьох європейських дипломатів. За даними агентства, зустріч призначена на 16 червня.

Джерело Суспільного в Офісі президента підтвердило цю інформацію. «Так, Львів. Підготовка вже триває, остаточне рішення ухвалили минулого тижня після консультацій зі службами безпеки», – сказав співрозмовник Суспільному, попросивши не називати його імені.

За словами джерела, до Львова очікують керівників усіх інституцій ЄС і більшості лідерів держав-членів. Місто вже підготувало кілька можливих локацій для проведення зустрічі, а безпекові служби працюють над планом охорони делегацій.

Офіційно в Офісі президента та МЗС України цю інформацію поки не коментували. У Раді ЄС також не підтвердили місце проведення саміту.

Попередній саміт Україна – ЄС відбувся в Брюсселі. Київ розраховує, що червнева зустріч дасть новий поштовх переговорам про вступ до Євросоюзу.
""",
}, [("Reuters", False), ("Суспільне", True)],
[("Reuters", "00_fr.txt"), ("Reuters", "01_pl.txt"), ("Reuters", "02_es.txt"), ("Reuters", "03_uk.txt")],
[("The June EU-Ukraine summit will be held in Lviv on 16 June instead of Brussels.",
  ["00_fr.txt", "01_pl.txt", "02_es.txt", "03_uk.txt"], 2),
 ("EU leaders are to sign a defence-industry cooperation roadmap with Kyiv worth 4.2 billion euros at the summit.",
  ["00_fr.txt", "01_pl.txt", "02_es.txt"], 1),
 ("The delegations will travel to Lviv by special train from Przemyśl.",
  ["01_pl.txt", "02_es.txt"], 1)])

# t05: The Guardian's own report on a leaked Foreign Office cable ("seen by the Guardian", "told the
# Guardian"); ru (no outlet line, next morning) is an uncredited close translation that turns "seen by
# the Guardian" into "с которой ознакомилась редакция" and "told the Guardian" into "заявил нашей
# редакции": edge from The Guardian. pl "do której dotarł brytyjski dziennik „The Guardian”" +
# "Według „Guardiana”" (gen.) + "powiedział „Guardianowi”" (dat.); es "según revela el diario
# británico The Guardian, que ha tenido acceso" + "explica el periódico londinense".
story("t05_translation_guardian_cable", "translation", {
"00_en.txt": """UK-made electronics worth £38m reached Russian arms makers via Kyrgyzstan, leaked cable says
The Guardian
Tue 1 Jun 2027 06.00 BST

British-made electronic components worth at least £38m reached Russian weapons manufacturers last year after being re-exported through a network of intermediary firms in Kyrgyzstan, according to a confidential Foreign Office cable seen by the Guardian.

The cable, sent from the British embassy in Bishkek in February and marked “official-sensitive”, lists 14 Kyrgyz trading companies that it says bought oscilloscopes, microcontrollers and radio modules from UK distributors in 2026 and shipped them on to Russia, often within days. Three of the firms were registered at the same address in the capital, it notes.

“The scale of re-export has grown, not fallen, since the last round of designations,” the embassy's deputy head of mission wrote. The document recommends that ministers sanction at least six of the companies and raise the issue directly with the Kyrgyz government at the next round of bilateral talks.

A Foreign Office spokesperson told the Guardian: “We do not comment on leaked documents, but enforcing our sanctions is a priority and we continue to work with partners in Central Asia to close loopholes.”

The embassy of Kyrgyzstan in London did not respond to a request for comment.

Trade with Central Asia has become one of the main routes by which western goods subject to export controls reach Russia. The cable says UK distributors had “limited visibility” of their customers' end users and calls for tighter checks on orders placed by newly registered companies.
""",
"01_ru.txt": """Британская электроника на £38 млн попала к российским оружейникам через Киргизию
02.06.2027 08:15

Британские электронные компоненты стоимостью не менее 38 млн фунтов стерлингов в прошлом году попали к российским производителям оружия после реэкспорта через сеть компаний-посредников в Киргизии. Об этом говорится в конфиденциальной депеше Форин-офиса, с которой ознакомилась редакция.

Депеша, отправленная в феврале из британского посольства в Бишкеке и снабженная грифом «для служебного пользования», содержит список из 14 киргизских торговых компаний. По ее данным, в 2026 году они закупали у британских дистрибьюторов осциллографы, микроконтроллеры и радиомодули и переправляли их в Россию, нередко в течение нескольких дней. Три фирмы зарегистрированы по одному адресу в столице, отмечается в документе.

«Масштаб реэкспорта после последнего раунда санкций не сократился, а вырос», — пишет заместитель главы британской миссии. В документе рекомендуется ввести санкции как минимум против шести компаний и поднять вопрос непосредственно перед правительством Киргизии на ближайших двусторонних переговорах.

Представитель Форин-офиса заявил нашей редакции: «Мы не комментируем утекшие документы, но обеспечение соблюдения санкций является приоритетом, и мы продолжаем работать с партнерами в Центральной Азии над устранением лазеек».

Посольство Киргизии в Лондоне на запрос не ответило.

Торговля со странами Центральной Азии стала одним из главных маршрутов, по которым западные товары, подпадающие под экспортный контроль, попадают в Россию. В депеше говорится, что британские дистрибьюторы «плохо представляют» конечных пользователей своей продукции.
""",
"02_pl.txt": """Brytyjska elektronika trafiała do rosyjskiej zbrojeniówki przez Kirgistan. Wyciekła poufna depesza
Gazeta Wyborcza
1 czerwca 2027, 13:05

Brytyjskie podzespoły elektroniczne warte co najmniej 38 mln funtów trafiły w ubiegłym roku do rosyjskich producentów broni za pośrednictwem firm z Kirgistanu – wynika z poufnej depeszy brytyjskiego MSZ, do której dotarł dziennik „The Guardian”.

Według „Guardiana” depesza wysłana w lutym z ambasady Wielkiej Brytanii w Biszkeku wymienia 14 kirgiskich spółek handlowych, które kupowały u brytyjskich dystrybutorów oscyloskopy, mikrokontrolery i moduły radiowe, a następnie – często w ciągu kilku dni – wysyłały je do Rosji. Trzy z tych firm zarejestrowano pod tym samym adresem.

Autorzy dokumentu rekomendują objęcie sankcjami co najmniej sześciu spółek i poruszenie sprawy bezpośrednio z rządem Kirgistanu, pisze londyńska gazeta.

– Nie komentujemy dokumentów, które wyciekły, ale egzekwowanie sankcji jest naszym priorytetem i współpracujemy z partnerami w Azji Środkowej, by zamknąć luki – powiedział „Guardianowi” rzecznik Foreign Office.

Problem dotyczy nie tylko Wielkiej Brytanii. Z danych handlowych wynika, że kraje Azji Środkowej od kilku lat gwałtownie zwiększają import zachodniej elektroniki, która następnie znika z oficjalnych statystyk. Polskie służby celne również prowadzą postępowania w sprawie reeksportu towarów podwójnego zastosowania przez państwa trzecie.
""",
"03_es.txt": """Componentes británicos por valor de 38 millones de libras llegaron a la industria militar rusa a través de Kirguistán
El Mundo
Martes, 1 junio 2027 - 17:32

Componentes electrónicos fabricados en el Reino Unido por valor de al menos 38 millones de libras (unos 44 millones de euros) acabaron el año pasado en manos de fabricantes de armas rusos tras ser reexportados a través de empresas intermediarias de Kirguistán, según revela el diario británico The Guardian, que ha tenido acceso a un cable confidencial del Foreign Office.

El documento, enviado en febrero desde la embajada británica en Bishkek, enumera 14 empresas comerciales kirguisas que compraban osciloscopios, microcontroladores y módulos de radio a distribuidores británicos y los enviaban a Rusia, a menudo en cuestión de días, explica el periódico londinense.

“La escala de la reexportación ha crecido, no disminuido, desde la última ronda de sanciones”, escribe el número dos de la misión diplomática, que recomienda sancionar al menos a seis de las compañías.

Asia Central se ha convertido en una de las principales vías por las que productos occidentales sometidos a control de exportación llegan a Rusia. La Unión Europea ha incluido en sus últimos paquetes de sanciones a decenas de empresas de terceros países acusadas de ayudar a Moscú a esquivar las restricciones.
""",
}, [("The Guardian", True)],
[("The Guardian", "01_ru.txt"), ("The Guardian", "02_pl.txt"), ("The Guardian", "03_es.txt")],
[("A leaked Foreign Office cable says UK-made electronics worth at least £38m reached Russian arms makers last year via intermediary firms in Kyrgyzstan.",
  ["00_en.txt", "01_ru.txt", "02_pl.txt", "03_es.txt"], 1),
 ("The cable lists 14 Kyrgyz trading companies and recommends sanctioning at least six of them.",
  ["00_en.txt", "01_ru.txt", "02_pl.txt", "03_es.txt"], 1),
 ("The Foreign Office said it does not comment on leaked documents but enforcing sanctions is a priority.",
  ["00_en.txt", "01_ru.txt", "02_pl.txt"], 1)])

# t06: two independent own reports on the same leaked draft declaration: Politico Europe (en,
# "obtained by POLITICO", two diplomats) and Le Monde (fr, "que Le Monde a pu consulter", a French
# diplomat). pl credits both ("do którego niezależnie od siebie dotarły portal Politico i francuski
# dziennik „Le Monde”"): two edges. de credits Le Monde only ("über den die französische Zeitung „Le
# Monde“ berichtet", "wie „Le Monde“ unter Berufung auf einen französischen Diplomaten schreibt").
story("t06_independent_weimar_draft", "independent", {
"00_en.txt": """Weimar trio to propose joint unit against sanctions evasion, draft shows
Politico Europe
June 22, 2027 5:02 am CET

France, Germany and Poland will propose setting up a joint unit to track the evasion of sanctions against Russia, staffed by around 60 customs and intelligence officials and based in Warsaw, according to a draft declaration for next month's Weimar Triangle summit obtained by POLITICO.

The three leaders are due to meet in Kraków on July 6, according to the draft, which is dated June 18 and still contains several passages in square brackets, indicating they have not yet been agreed.

“The three countries will pool customs data on dual-use goods and coordinate investigations into companies suspected of circumventing EU restrictive measures,” the draft reads. The unit would start work at the beginning of 2028.

Two diplomats involved in the drafting said the choice of Warsaw had been proposed by Berlin as a gesture to Poland, which has long pressed its partners to take a tougher line on enforcement. “Everybody agrees on the what, the fight is over the how much,” one of them said, pointing to a bracketed paragraph on the unit's budget.

Neither the Élysée nor the German chancellery replied to requests for comment. A Polish government spokesperson said the declaration was “still being negotiated.”

The Weimar Triangle, created in 1991, has gained new weight since Russia's full-scale invasion of Ukraine, with the three governments increasingly coordinating their positions ahead of EU summits.
""",
"01_fr.txt": """Sanctions : Paris, Berlin et Varsovie veulent une cellule commune contre le contournement
Le Monde
22 juin 2027 à 07h15

La France, l'Allemagne et la Pologne s'apprêtent à créer une cellule commune chargée de traquer le contournement des sanctions contre la Russie. Installée à Varsovie, elle réunirait une soixantaine d'agents des douanes et du renseignement, selon un projet de déclaration du sommet du triangle de Weimar que Le Monde a pu consulter.

Les trois dirigeants doivent se retrouver le 6 juillet à Cracovie. Le texte prévoit la mise en commun des données douanières sur les biens à double usage et la coordination des enquêtes visant les sociétés soupçonnées d'aider Moscou à échapper aux restrictions européennes.

Selon un diplomate français qui a participé aux négociations, Paris souhaite que cette cellule soit ouverte à d'autres Etats membres dès 2028. « Nous ne voulons pas d'un club fermé à trois, l'idée est de créer un noyau que d'autres pourront rejoindre », explique-t-il.

La question du financement reste en suspens, les trois capitales n'étant pas encore d'accord sur la répartition des coûts. L'Elysée n'a pas souhaité commenter un document « de travail ».

Longtemps en sommeil, le triangle de Weimar a retrouvé une utilité depuis 2022, Varsovie réclamant avec insistance que l'Union européenne se dote de moyens plus efficaces pour faire appliquer ses sanctions.
""",
"02_pl.txt": """Polska, Francja i Niemcy chcą wspólnej komórki do walki z omijaniem sankcji. Siedziba w Warszawie
TVN24
22.06.2027, 10:40

Polska, Niemcy i Francja zaproponują utworzenie wspólnej jednostki, która będzie tropić przypadki omijania sankcji nałożonych na Rosję. Ma w niej pracować około 60 celników i funkcjonariuszy wywiadu, a jej siedzibą ma być Warszawa. Tak wynika z projektu deklaracji szczytu Trójkąta Weimarskiego, do którego niezależnie od siebie dotarły portal Politico i francuski dziennik „Le Monde”.

Jak podają oba media, przywódcy trzech państw spotkają się 6 lipca w Krakowie. Trzy kraje mają wymieniać się danymi celnymi o towarach podwójnego zastosowania i koordynować śledztwa wobec firm podejrzanych o pomaganie Moskwie w obchodzeniu unijnych restrykcji.

Według Politico na umieszczenie jednostki w Warszawie naciskał Berlin, co ma być ukłonem w stronę Polski, od dawna domagającej się ostrzejszego egzekwowania sankcji.

Rzecznik rządu pytany o doniesienia odpowiedział, że treść deklaracji „wciąż jest przedmiotem negocjacji”. Kancelaria Premiera nie odpowiedziała na pytania TVN24 o koszty przedsięwzięcia.

Krakowski szczyt będzie pierwszym spotkaniem przywódców Trójkąta Weimarskiego w Polsce od kilku lat.
""",
"03_de.txt": """Weimarer Dreieck: Berlin, Paris und Warschau planen gemeinsame Einheit gegen Sanktionsumgehung
Süddeutsche Zeitung
22. Juni 2027, 16:20 Uhr

Deutschland, Frankreich und Polen wollen gemeinsam gegen die Umgehung der Russland-Sanktionen vorgehen. Geplant ist eine Einheit mit rund 60 Zoll- und Geheimdienstmitarbeitern mit Sitz in Warschau. Das geht aus dem Entwurf einer Gipfelerklärung des Weimarer Dreiecks hervor, über den die französische Zeitung „Le Monde“ berichtet.

Die drei Staats- und Regierungschefs wollen sich demnach am 6. Juli in Krakau treffen. Die Partner sollen Zolldaten zu Gütern mit doppeltem Verwendungszweck austauschen und Ermittlungen gegen Firmen koordinieren, die Moskau beim Umgehen der EU-Sanktionen helfen.

Wie „Le Monde“ unter Berufung auf einen französischen Diplomaten schreibt, möchte Paris die Einheit von 2028 an auch für andere EU-Mitgliedstaaten öffnen. Ungeklärt sei noch, wie die Kosten verteilt werden.

Ein Sprecher des Auswärtigen Amts wollte sich auf Anfrage der SZ nicht zu dem Papier äußern. Man kommentiere keine Entwürfe, sagte er.

Das Weimarer Dreieck hatte in den vergangenen Jahren an Bedeutung gewonnen. Vor allem Polen drängt seit Langem darauf, die Durchsetzung der Sanktionen in der EU zu verschärfen.
""",
}, [("Politico Europe", True), ("Le Monde", True)],
[("Politico Europe", "02_pl.txt"), ("Le Monde", "02_pl.txt"), ("Le Monde", "03_de.txt")],
[("France, Germany and Poland will propose a joint unit of about 60 customs and intelligence officials based in Warsaw to track sanctions evasion.",
  ["00_en.txt", "01_fr.txt", "02_pl.txt", "03_de.txt"], 2),
 ("The Weimar Triangle leaders are due to meet in Kraków on 6 July.",
  ["00_en.txt", "01_fr.txt", "02_pl.txt", "03_de.txt"], 2),
 ("Paris wants the unit to be opened to other EU member states from 2028.",
  ["01_fr.txt", "03_de.txt"], 1)])

# t07: a person's social-media post outside the corpus: Ukraine's ambassador to Spain, Oksana
# Zalizniak, on X. es "según ha anunciado … en la red social X la embajadora" + "escribió la
# diplomática"; uk "Про це у соцмережі X написала посолка" + "йдеться в дописі"; fr "a annoncé mardi
# sur le réseau social X l'ambassadrice" + "selon son message"; de (no outlet and no date line) "Das
# teilte … Oksana Salisnjak … auf der Plattform X mit" + "schrieb die Diplomatin". ru credits the
# in-corpus РБК-Україна ("сообщает РБК-Украина со ссылкой на публикацию посла"): edge from РБК-Україна.
story("t07_post_ambassador_seville_conference", "social", {
"00_es.txt": """España acogerá en Sevilla una conferencia internacional sobre los niños ucranianos deportados por Rusia
El Confidencial
14/09/2027 - 11:52

España será la sede de una conferencia internacional sobre el retorno de los niños ucranianos deportados a Rusia, que se celebrará en Sevilla los días 21 y 22 de octubre, según ha anunciado este martes en la red social X la embajadora de Ucrania en España, Oksana Zalizniak.

“Acabo de reunirme con el secretario de Estado de Asuntos Exteriores, Jaime Olazábal. España se suma con fuerza a la coalición internacional para el regreso de nuestros niños y será anfitriona de la próxima conferencia”, escribió la diplomática en su cuenta, junto a una fotografía del encuentro.

En el mismo mensaje, Zalizniak aseguró que el Gobierno español financiará con 9 millones de euros doce centros de rehabilitación para menores que ya han regresado a Ucrania. “Gracias, España, por no olvidar a los más vulnerables”, añadió.

El Ministerio de Asuntos Exteriores no se ha pronunciado por el momento sobre el anuncio.

Según Kyiv, decenas de miles de menores ucranianos han sido trasladados a Rusia o a territorios ocupados desde el inicio de la invasión a gran escala. Solo una pequeña parte ha podido regresar, en muchos casos gracias a la mediación de terceros países.
""",
"01_uk.txt": """Іспанія прийме у Севільї конференцію щодо повернення депортованих українських дітей – посолка
РБК-Україна
14.09.2027, 13:20

Іспанія прийме міжнародну конференцію щодо повернення українських дітей, депортованих Росією. Вона відбудеться в Севільї 21–22 жовтня. Про це у соцмережі X написала посолка України в Іспанії Оксана Залізняк.

За словами дипломатки, домовленості досягли під час її зустрічі з державним секретарем МЗС Іспанії Хайме Оласабалем.

«Іспанія потужно долучається до міжнародної коаліції за повернення наших дітей і стане господинею наступної конференції», – йдеться в дописі.

Крім того, за інформацією посолки, іспанський уряд виділить 9 мільйонів євро на фінансування дванадцяти реабілітаційних центрів для дітей, яких уже вдалося повернути в Україну.

«Дякуємо, Іспаніє, що не забуваєте про найвразливіших», – написала Залізняк, додавши до допису фото зі зустрічі. У МЗС Іспанії анонс посолки поки не коментували.

Міжнародна коаліція за повернення українських дітей об'єднує кілька десятків держав. Україна закликає партнерів посилювати тиск на Росію, щоб повернути всіх незаконно вивезених дітей.
""",
"02_ru.txt": """Испания проведет конференцию о возвращении вывезенных в Россию украинских детей
Настоящее Время
14 сентября 2027, 16:40

Испания станет хозяйкой международной конференции по возвращению украинских детей, депортированных в Россию. Встреча пройдет в Севилье 21–22 октября. Об этом сообщает РБК-Украина со ссылкой на публикацию посла Украины в Испании Оксаны Зализняк в соцсети X.

Как пишет украинское издание, испанское правительство также выделит 9 млн евро на двенадцать реабилитационных центров для детей, которых уже удалось вернуть на Украину.

Договоренности были достигнуты на встрече посла с государственным секретарем МИД Испании Хайме Оласабалем, уточняет РБК-Украина. «Спасибо, Испания, что не забываешь о самых уязвимых», — приводит издание слова дипломата.

По данным украинских властей, с начала полномасштабного вторжения в Россию или на оккупированные территории были вывезены десятки тысяч детей, вернуть удалось лишь небольшую часть из них. МИД Испании заявление посла пока не комментировал.

В Москве вывоз украинских детей называют «эвакуацией» из зоны боевых действий. Международный уголовный суд в Гааге считает депортацию детей военным преступлением.
""",
"03_fr.txt": """L'Espagne accueillera à Séville une conférence sur le retour des enfants ukrainiens déportés
RFI
Publié le : 14/09/2027 - 18:05

L'Espagne accueillera les 21 et 22 octobre à Séville une conférence internationale consacrée au retour des enfants ukrainiens déportés en Russie, a annoncé mardi sur le réseau social X l'ambassadrice d'Ukraine en Espagne, Oksana Zalizniak.

Madrid financera en outre, à hauteur de 9 millions d'euros, douze centres de réadaptation pour les enfants déjà rentrés en Ukraine, selon son message, publié après un entretien avec le secrétaire d'État espagnol aux Affaires étrangères, Jaime Olazábal.

« Merci à l'Espagne de ne pas oublier les plus vulnérables », a écrit la diplomate, photo de la rencontre à l'appui.

Kiev accuse Moscou d'avoir déporté des dizaines de milliers d'enfants depuis le début de l'invasion à grande échelle. Seules quelques centaines ont pu rentrer, souvent grâce à des médiations d'Etats tiers comme le Qatar. Le ministère espagnol des Affaires étrangères n'avait pas réagi mardi soir.
""",
"04_de.txt": """Spanien richtet Konferenz zu verschleppten ukrainischen Kindern aus

Spanien wird im Oktober eine internationale Konferenz zur Rückkehr ukrainischer Kinder ausrichten, die nach Russland verschleppt wurden. Das Treffen finde am 21. und 22. Oktober in Sevilla statt. Das teilte die ukrainische Botschafterin in Spanien, Oksana Salisnjak, am Dienstag auf der Plattform X mit.

Sie habe sich zuvor mit dem spanischen Staatssekretär für Auswärtiges, Jaime Olazábal, getroffen, schrieb die Diplomatin. Spanien schließe sich „mit voller Kraft“ der internationalen Koalition für die Rückkehr der Kinder an.

Nach ukrainischen Angaben sind seit Beginn des großangelegten russischen Angriffskriegs Zehntausende Kinder nach Russland oder in besetzte Gebiete gebracht worden. Nur ein kleiner Teil von ihnen konnte bislang zurückkehren. Der Internationale Strafgerichtshof in Den Haag ermittelt wegen der Verschleppungen. Der internationalen Koalition für die Rückkehr der Kinder gehören inzwischen mehrere Dutzend Staaten an.

Das spanische Außenministerium äußerte sich zunächst nicht zu der Ankündigung der Botschafterin.
""",
}, [("Oksana Zalizniak", False)],
[("Oksana Zalizniak", "00_es.txt"), ("Oksana Zalizniak", "01_uk.txt"), ("РБК-Україна", "02_ru.txt"),
 ("Oksana Zalizniak", "03_fr.txt"), ("Oksana Zalizniak", "04_de.txt")],
[("Spain will host an international conference on the return of Ukrainian children deported by Russia in Seville on 21-22 October.",
  ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt", "04_de.txt"], 1),
 ("The Spanish government will fund twelve rehabilitation centres for returned children with 9 million euros.",
  ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The ambassador announced it after meeting Spain's secretary of state for foreign affairs, Jaime Olazábal.",
  ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt", "04_de.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for c in claims:
            for a in c[1]:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 137 (invented events; real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
