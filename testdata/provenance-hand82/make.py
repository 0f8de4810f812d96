#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand82 set.

Polish domestic politics and Polish-Ukrainian relations, in Polish, Ukrainian, English and German.
The media names are real outlets; every event, person, quote and figure is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a minister's own post on X, taken directly by four outlets (pl, uk, en, de).
# Origin: the minister (not in corpus); four edges.
story("s01_minister_x_post_raspberries", "official_post", {
"00_pl.txt": """Minister rolnictwa zapowiada badania każdej partii malin z Ukrainy. „Nie podlega to negocjacjom”
Interia
2027-04-04 21:15

Od 1 maja każda partia mrożonych malin i jeżyn sprowadzanych z Ukrainy będzie przed wprowadzeniem do obrotu badana w laboratorium – poinformował w niedzielę wieczorem na platformie X minister rolnictwa i rozwoju wsi Marek Dąbrowicz.

„Zdrowie konsumentów i uczciwa konkurencja dla naszych plantatorów nie podlegają negocjacjom. Od 1 maja żadna partia mrożonych owoców miękkich z Ukrainy nie trafi do sklepów ani przetwórni bez wyniku badań” – napisał szef resortu.

W kolejnym wpisie Dąbrowicz przekazał, że wojewódzkie inspektoraty jakości handlowej artykułów rolno-spożywczych w Lublinie i Rzeszowie dostaną łącznie 40 dodatkowych etatów. Badania mają obejmować m.in. pozostałości pestycydów i obecność norowirusów.

Minister dodał, że o decyzji poinformował w rozmowie telefonicznej ukraińskiego ministra polityki rolnej i żywności Ołeha Bondarczuka. „Rozmowa była rzeczowa. Strona ukraińska rozumie nasze argumenty” – czytamy we wpisie.

Plantatorzy malin z Lubelszczyzny od kilku sezonów skarżą się na niskie ceny skupu, które wiążą z tanim importem mrożonek zza wschodniej granicy.
""",
"01_uk.txt": """Польща з травня перевірятиме в лабораторіях кожну партію замороженої малини з України
Українська правда
04.04.2027 22:40

Міністр сільського господарства та розвитку села Польщі Марек Домбровіч заявив, що з 1 травня кожну партію замороженої малини та ожини з України перед продажем перевірятимуть у лабораторії.

Про це він написав у неділю ввечері в соцмережі X.

«Здоров'я споживачів і чесна конкуренція для наших плантаторів не є предметом переговорів. З 1 травня жодна партія заморожених ягід з України не потрапить до магазинів і переробних підприємств без результатів досліджень», — йдеться в дописі польського міністра.

За словами Домбровіча, інспекції якості сільськогосподарської продукції в Любліні та Жешуві отримають 40 додаткових штатних посад. Перевірятимуть, зокрема, залишки пестицидів і наявність норовірусів.

Польський міністр також написав, що повідомив про рішення свого українського колегу, міністра аграрної політики та продовольства Олега Бондарчука, під час телефонної розмови. «Розмова була предметною. Українська сторона розуміє наші аргументи», — зазначив він.

Польські виробники ягід уже кілька сезонів скаржаться на низькі закупівельні ціни.
""",
"02_en.txt": """Poland to lab-test every batch of frozen Ukrainian raspberries from May, agriculture minister says
The Kyiv Independent
2027-04-05T07:50:00+00:00

Every shipment of frozen raspberries and blackberries from Ukraine will have to pass a laboratory test before it can be sold in Poland starting May 1, Polish Agriculture Minister Marek Dabrowicz said in a post on X late on April 4.

"Consumer health and fair competition for our growers are not up for negotiation," Dabrowicz wrote. "From May 1, not a single batch of frozen soft fruit from Ukraine will reach shops or processing plants without test results."

In a follow-up post, the minister said food quality inspectorates in Lublin and Rzeszow would get 40 additional staff to carry out the checks, which will cover pesticide residues and norovirus among other things.

Dabrowicz wrote that he had informed his Ukrainian counterpart, Agrarian Policy Minister Oleh Bondarchuk, of the decision in a phone call, describing the conversation as "businesslike."

Raspberry growers in eastern Poland have for several seasons blamed low purchase prices on cheap frozen imports from Ukraine.
""",
"03_de.txt": """Polen will jede Lieferung gefrorener Himbeeren aus der Ukraine im Labor prüfen
tagesschau.de
5. April 2027

Polen will ab dem 1. Mai jede Lieferung tiefgefrorener Himbeeren und Brombeeren aus der Ukraine im Labor untersuchen lassen, bevor sie in den Handel kommt. Das kündigte Agrarminister Marek Dąbrowicz am Sonntagabend auf der Plattform X an.

„Die Gesundheit der Verbraucher und fairer Wettbewerb für unsere Erzeuger sind nicht verhandelbar“, schrieb der Minister. Für die Kontrollen sollen die Lebensmittelinspektionen in Lublin und Rzeszów 40 zusätzliche Stellen erhalten; geprüft werden unter anderem Pestizidrückstände und Noroviren.

Seinen ukrainischen Amtskollegen Oleh Bondartschuk habe er telefonisch informiert, schrieb Dąbrowicz weiter.

Polnische Beerenbauern, vor allem im Osten des Landes, klagen seit Jahren über niedrige Aufkaufpreise und machen dafür billige Tiefkühlware aus der Ukraine verantwortlich.
""",
}, [("Marek Dąbrowicz", False)],
[("Marek Dąbrowicz", "00_pl.txt"), ("Marek Dąbrowicz", "01_uk.txt"),
 ("Marek Dąbrowicz", "02_en.txt"), ("Marek Dąbrowicz", "03_de.txt")],
[("From 1 May every batch of frozen raspberries and blackberries from Ukraine will be laboratory-tested before it can be sold in Poland.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("The minister informed his Ukrainian counterpart Oleh Bondarchuk of the decision by phone.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1)])

# s02: PAP (not in corpus) reports the resumed blockade; Ukrinform's own correspondent reports
# from the Ukrainian side (in-corpus origin); The Kyiv Independent credits both (two edges);
# de (no outlet line) credits PAP. Main claim has 2 independent roots.
story("s02_pap_and_ukrinform_border_blockade", "agency_and_own_report", {
"00_pl.txt": """Rolnicy znów blokują przejście graniczne w Dołhobyczowie. „Nie odpuścimy”
Money.pl
12.04.2027 09:20

Rolnicy z powiatu hrubieszowskiego wznowili w poniedziałek o godz. 6 blokadę drogowego przejścia granicznego z Ukrainą w Dołhobyczowie – poinformowała Polska Agencja Prasowa. Protestujący przepuszczają jedną ciężarówkę na godzinę w każdą stronę.

Jak przekazał PAP lider protestujących Zbigniew Kulesza z Porozumienia Rolników Ziemi Hrubieszowskiej, zgromadzenie zostało zgłoszone do 30 kwietnia. „Nie odpuścimy, dopóki rząd nie wstrzyma importu ukraińskiego cukru i kukurydzy. Byliśmy cierpliwi wystarczająco długo” – powiedział agencji.

Według PAP blokada nie obejmuje samochodów osobowych, autobusów ani transportów pomocy humanitarnej. Na miejscu są policjanci z Komendy Powiatowej Policji w Hrubieszowie.

Poprzednia blokada tego przejścia zakończyła się w lutym po trzech tygodniach.
""",
"01_uk.txt": """На кордоні з Польщею в Угринові через блокаду фермерів застрягли сотні вантажівок
Укрінформ
2027-04-12 13:05

Польські фермери в понеділок зранку знову заблокували рух вантажівок через пункт пропуску «Угринів – Долгобичув» на кордоні Львівської області з Польщею. На українському боці станом на полудень у черзі стоять близько 700 вантажних автомобілів, передає власний кореспондент Укрінформу з місця подій.

Черга тягнеться від пункту пропуску майже на дев'ять кілометрів. Польські протестувальники пропускають лише одну вантажівку на годину в кожному напрямку.

«Я тут з шостої ранку і за цей час проїхав хіба що метрів триста. Везу запчастини до Любліна, замовник уже телефонує», — розповів кореспондентові водій з Червонограда Василь Гнатюк.

Речник Західного регіонального управління Державної прикордонної служби України Андрій Кравчишин сказав Укрінформу, що легкові автомобілі та автобуси проходять кордон без затримок. Прикордонники радять перевізникам прямувати через інші пункти пропуску.
""",
"02_en.txt": """Polish farmers block Uhryniv crossing again, hundreds of trucks stranded
The Kyiv Independent
2027-04-12T15:45:00+00:00

Polish farmers resumed a blockade of the Dolhobyczow–Uhryniv border crossing with Ukraine early on April 12, letting only one truck per hour through in each direction, the Polish Press Agency (PAP) reported.

The protest has been registered until April 30, protest leader Zbigniew Kulesza told PAP. "We will not let go until the government halts imports of Ukrainian sugar and corn," he said.

By midday, about 700 trucks were queuing on the Ukrainian side of the border, a correspondent for Ukraine's state news agency Ukrinform reported from Uhryniv. The queue stretched for almost nine kilometers.

Andrii Kravchyshyn, a spokesperson for the Western regional department of Ukraine's State Border Guard Service, told Ukrinform that cars and buses were crossing without delays.
""",
"03_de.txt": """Polnische Bauern blockieren erneut Grenzübergang zur Ukraine
12.04.2027 16:30

Polnische Landwirte haben am Montagmorgen erneut den Grenzübergang Dołhobyczów an der Grenze zur Ukraine blockiert, wie die polnische Nachrichtenagentur PAP meldet. Die Demonstranten lassen demnach nur einen Lastwagen pro Stunde und Richtung passieren.

Die Blockade sei bis zum 30. April angemeldet, sagte Protestführer Zbigniew Kulesza der Agentur. „Wir geben nicht auf, bis die Regierung die Einfuhr von ukrainischem Zucker und Mais stoppt.“ Pkw, Busse und Hilfstransporte sind laut PAP nicht betroffen.

Die Bauern werfen der Regierung in Warschau vor, den heimischen Markt nicht ausreichend vor billigen Agrarprodukten aus der Ukraine zu schützen.
""",
}, [("PAP", False), ("Укрінформ", True)],
[("PAP", "00_pl.txt"), ("PAP", "02_en.txt"), ("Укрінформ", "02_en.txt"), ("PAP", "03_de.txt")],
[("Polish farmers resumed the blockade of the Dołhobyczów–Uhryniv border crossing on Monday morning, letting one truck per hour through in each direction.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 2),
 ("About 700 trucks were queuing on the Ukrainian side at Uhryniv by midday.",
  ["01_uk.txt", "02_en.txt"], 1),
 ("Protest leader Zbigniew Kulesza said the blockade is registered until 30 April and the farmers will not give up until sugar and corn imports from Ukraine are halted.",
  ["00_pl.txt", "02_en.txt", "03_de.txt"], 1)])

# s03: a government spokesperson's written statement, taken directly by pl, uk (Ukrinform), de;
# the en article (no date line) takes it via Ukrinform -> edge from the in-corpus Укрінформ.
story("s03_spokesperson_statement_consultations", "official_statement_with_chain", {
"00_pl.txt": """Konsultacje międzyrządowe Polski i Ukrainy 12 maja w Rzeszowie
Polskie Radio 24
08.04.2027 14:20

Polsko-ukraińskie konsultacje międzyrządowe odbędą się 12 maja w Rzeszowie – poinformowała w czwartek rzeczniczka rządu Agnieszka Surmacz. Obradom będą przewodniczyć premierzy obu państw.

W komunikacie opublikowanym na stronie Kancelarii Prezesa Rady Ministrów rzeczniczka przekazała, że w konsultacjach weźmie udział po dziewięciu ministrów z każdej strony. Tematami rozmów mają być m.in. odbudowa ukraińskiej infrastruktury energetycznej z udziałem polskich firm, budowa nowego przejścia granicznego w Malhowicach oraz współpraca w sprawach historycznych.

„Podczas konsultacji planujemy podpisanie umowy o wspólnej odprawie granicznej na przejściu w Dorohusku, która pozwoli skrócić czas oczekiwania na granicy nawet o połowę” – napisała Agnieszka Surmacz.
""",
"01_uk.txt": """Україна та Польща проведуть міжурядові консультації 12 травня в Жешуві
Укрінформ
2027-04-08T15:10:00+03:00

Міжурядові консультації України та Польщі відбудуться 12 травня в Жешуві під головуванням прем'єр-міністрів обох держав.

Про це йдеться в заяві речниці польського уряду Аґнєшки Сурмач, оприлюдненій у четвер на сайті Канцелярії Голови Ради міністрів Польщі.

За її словами, у консультаціях візьмуть участь по дев'ять міністрів з кожного боку. Серед тем — відбудова української енергетичної інфраструктури за участю польських компаній, будівництво нового пункту пропуску «Нижанковичі – Мальховіце» та співпраця в історичних питаннях.

«Під час консультацій ми плануємо підписати угоду про спільний прикордонний контроль у пункті пропуску „Ягодин – Дорогуськ“, яка дозволить скоротити час очікування на кордоні навіть удвічі», — зазначила Сурмач.
""",
"02_en.txt": """Ukraine, Poland to hold intergovernmental consultations in Rzeszow on May 12
Kyiv Post

Ukraine and Poland will hold intergovernmental consultations in the Polish city of Rzeszow on May 12, chaired by the two countries' prime ministers, Ukraine's national news agency Ukrinform reported on Thursday, citing a statement by Polish government spokesperson Agnieszka Surmacz.

Nine ministers from each side are expected to take part, according to Ukrinform. Topics include the involvement of Polish companies in rebuilding Ukraine's energy infrastructure, a new Nyzhankovychi–Malhowice border crossing and cooperation on historical issues.

The two governments also plan to sign an agreement on joint border checks at the Yahodyn–Dorohusk crossing, which the spokesperson said could cut waiting times by up to half, Ukrinform reported.
""",
"03_de.txt": """Polen und die Ukraine kündigen Regierungskonsultationen in Rzeszów an
Deutsche Welle
8. April 2027

Polen und die Ukraine wollen am 12. Mai in Rzeszów Regierungskonsultationen abhalten. Das teilte die polnische Regierungssprecherin Agnieszka Surmacz am Donnerstag in einer schriftlichen Erklärung mit. Den Vorsitz sollen die Regierungschefs beider Länder führen, auf jeder Seite nehmen neun Ministerinnen und Minister teil.

Auf der Tagesordnung stehen laut Surmacz der Wiederaufbau der ukrainischen Energieinfrastruktur unter Beteiligung polnischer Firmen, ein neuer Grenzübergang bei Malhowice sowie die Zusammenarbeit in historischen Fragen. Zudem soll ein Abkommen über gemeinsame Grenzkontrollen am Übergang Dorohusk unterzeichnet werden, das die Wartezeiten nach Angaben der Sprecherin um bis zur Hälfte verkürzen könnte.

Die Beziehungen zwischen Warschau und Kiew waren in den vergangenen Jahren immer wieder durch Streit über Agrarimporte und die gemeinsame Geschichte belastet.
""",
}, [("Agnieszka Surmacz", False)],
[("Agnieszka Surmacz", "00_pl.txt"), ("Agnieszka Surmacz", "01_uk.txt"),
 ("Укрінформ", "02_en.txt"), ("Agnieszka Surmacz", "03_de.txt")],
[("Polish-Ukrainian intergovernmental consultations chaired by the two prime ministers will be held in Rzeszów on 12 May.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("An agreement on joint border checks at the Dorohusk crossing, which could halve waiting times, is to be signed during the consultations.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1)])

# s04: Onet scoop (own: three anonymous government sources + a draft letter seen by Onet).
# Kurier Lubelski rewrites it without credit (edge from Onet); Notes from Poland credits Onet;
# Економічна правда credits Notes from Poland "з посиланням на портал Onet" (edge from Notes
# from Poland); DVZ credits Onet directly.
story("s04_onet_scoop_relay_chain_haulier_permits", "chain", {
"00_pl.txt": """Rząd chce przywrócenia zezwoleń dla ukraińskich przewoźników. Dotarliśmy do projektu pisma do Brukseli
Onet
2027-04-20 05:30

Polski rząd zamierza zwrócić się do Komisji Europejskiej o nieprzedłużanie w obecnym kształcie umowy między UE a Ukrainą o transporcie drogowym i o przywrócenie zezwoleń dla ukraińskich firm przewozowych – dowiedział się Onet. Informację potwierdziły nam trzy osoby z otoczenia rządu, w tym dwie z Ministerstwa Infrastruktury.

Onet dotarł do projektu pisma, które ma podpisać minister infrastruktury Krzysztof Wielgosz. Resort proponuje w nim, by od 2028 r. ukraińscy przewoźnicy mogli wykonać w Polsce najwyżej 160 tys. przewozów rocznie w ramach systemu zezwoleń.

Według naszych rozmówców projekt ma trafić pod obrady Rady Ministrów we wtorek 27 kwietnia. „To odpowiedź na presję przewoźników z Podkarpacia i Lubelszczyzny. Premier chce mieć ten temat zamknięty przed konsultacjami z Ukrainą” – mówi nam jeden z nich, zastrzegając anonimowość.

Inny rozmówca Onetu, z Ministerstwa Infrastruktury, przyznaje, że w resorcie są wątpliwości, czy Komisja przychyli się do wniosku. „Bruksela nie lubi jednostronnych ruchów, ale musimy coś pokazać naszym firmom” – twierdzi.

Do momentu publikacji Ministerstwo Infrastruktury nie odpowiedziało na pytania Onetu.
""",
"01_en.txt": """Polish government to ask EU to bring back permits for Ukrainian hauliers, reports Onet
Notes from Poland
2027-04-20T13:00:00+02:00

Poland's government is preparing to ask the European Commission not to extend the EU–Ukraine road transport agreement in its current form and to reintroduce permits for Ukrainian haulage firms, the news website Onet reported on Tuesday, citing three sources close to the government.

According to a draft letter seen by Onet, the infrastructure ministry proposes capping the number of journeys Ukrainian carriers can perform in Poland at 160,000 a year from 2028. The letter is to be signed by infrastructure minister Krzysztof Wielgosz and discussed by the cabinet on 27 April.

"This is a response to pressure from hauliers in Podkarpacie and the Lublin region," one of Onet's sources said. Another, from the infrastructure ministry, admitted that it was unclear whether Brussels would agree.

Polish transport firms have long complained that Ukrainian competitors, freed from permit requirements since 2022, undercut their prices.
""",
"02_uk.txt": """Польща проситиме ЄС повернути дозволи для українських перевізників – ЗМІ
Економічна правда
20.04.2027 17:25

Уряд Польщі готується звернутися до Європейської комісії з проханням не продовжувати в нинішньому вигляді угоду між ЄС та Україною про автомобільні вантажні перевезення і повернути дозвільну систему для українських перевізників.

Про це пише польське англомовне видання Notes from Poland з посиланням на портал Onet.

За даними видання, міністерство інфраструктури Польщі пропонує з 2028 року обмежити кількість перевезень, які українські перевізники можуть виконати в Польщі, до 160 тисяч на рік. Лист має підписати міністр інфраструктури Кшиштоф Вєльгош, а уряд розгляне його 27 квітня.

Джерела видання пояснюють цей крок тиском польських перевізників з Підкарпаття та Люблінщини.

Нагадаємо, угода про лібералізацію вантажних перевезень між Україною та ЄС діє з 2022 року.
""",
"03_de.txt": """Polen will Genehmigungspflicht für ukrainische Transporteure zurück
DVZ
21. April 2027

Die polnische Regierung will bei der EU-Kommission darauf drängen, das Straßengüterverkehrsabkommen zwischen der EU und der Ukraine nicht in seiner jetzigen Form zu verlängern. Das berichtet das polnische Nachrichtenportal Onet unter Berufung auf drei regierungsnahe Quellen.

Nach Informationen von Onet sieht der Entwurf eines Schreibens, das Infrastrukturminister Krzysztof Wielgosz unterzeichnen soll, ab 2028 ein Kontingent von höchstens 160.000 Fahrten pro Jahr für ukrainische Transportunternehmen in Polen vor. Das Kabinett soll sich am 27. April damit befassen.

Ob Brüssel dem Wunsch nachkommt, ist offen. Selbst im Warschauer Infrastrukturministerium gebe es Zweifel, zitiert Onet einen Beamten.
""",
"04_pl.txt": """Rząd chce limitu zezwoleń dla przewoźników z Ukrainy. Pismo trafi do Komisji Europejskiej
Kurier Lubelski
2027-04-20 11:10

Polski rząd chce zwrócić się do Komisji Europejskiej o nieprzedłużanie w obecnym kształcie umowy między UE a Ukrainą o transporcie drogowym i o przywrócenie zezwoleń dla ukraińskich firm przewozowych. Projekt pisma w tej sprawie ma podpisać minister infrastruktury Krzysztof Wielgosz.

Resort proponuje, by od 2028 r. ukraińscy przewoźnicy mogli wykonać w Polsce najwyżej 160 tys. przewozów rocznie w ramach systemu zezwoleń. Projekt ma trafić pod obrady Rady Ministrów we wtorek 27 kwietnia.

„To odpowiedź na presję przewoźników z Podkarpacia i Lubelszczyzny. Premier chce mieć ten temat zamknięty przed konsultacjami z Ukrainą” – mówi jeden z rozmówców znających kulisy sprawy.

Dla firm transportowych z naszego regionu to dobra wiadomość. Przewoźnicy z Lubelszczyzny od dawna skarżą się, że ukraińska konkurencja oferuje stawki niższe nawet o jedną trzecią.
""",
}, [("Onet", True)],
[("Onet", "01_en.txt"), ("Notes from Poland", "02_uk.txt"), ("Onet", "03_de.txt"), ("Onet", "04_pl.txt")],
[("Poland's government will ask the European Commission to reintroduce permits for Ukrainian hauliers, capping their journeys in Poland at 160,000 a year from 2028.",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt", "04_pl.txt"], 1),
 ("The draft letter is to be signed by infrastructure minister Krzysztof Wielgosz and discussed by the cabinet on 27 April.",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt", "04_pl.txt"], 1),
 ("A source said the move responds to pressure from hauliers in Podkarpacie and the Lublin region.",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "04_pl.txt"], 1)])

# s05: Rzeczpospolita scoop (own: two anonymous diplomats); the foreign ministry denies it on X
# (institution origin, not in corpus). FAZ (before the denial) credits only Rzeczpospolita;
# Polsat News, Європейська правда and TVP World carry both the scoop and the denial (two edges each).
story("s05_rzeczpospolita_scoop_ministry_denial", "scoop_and_denial", {
"00_pl.txt": """MSZ chce zamknąć konsulat w Winnicy. „Decyzja praktycznie zapadła”
Rzeczpospolita
2027-04-14 06:00

Ministerstwo Spraw Zagranicznych przygotowuje się do zamknięcia Konsulatu Generalnego RP w Winnicy – dowiedziała się „Rzeczpospolita”. Placówka miałaby zakończyć działalność do końca września, a jej zadania przejęłyby konsulaty w Kijowie i we Lwowie.

O planach resortu poinformowali nas dwaj dyplomaci, którzy prosili o zachowanie anonimowości. „Decyzja praktycznie zapadła, brakuje tylko podpisu ministra” – mówi jeden z nich. Jak twierdzi, zamknięcie placówki ma przynieść oszczędności rzędu 11 mln zł rocznie.

Drugi z naszych rozmówców dodaje, że pracownicy konsulatu zostali nieformalnie poinformowani o planach na początku kwietnia. Część z nich ma zostać przeniesiona do Kijowa.

Konsulat w Winnicy obsługuje m.in. obwody winnicki, chmielnicki i żytomierski, w których mieszka liczna społeczność polska.

Do czasu publikacji MSZ nie odpowiedziało na pytania „Rzeczpospolitej”.
""",
"01_uk.txt": """Польща може закрити генконсульство у Вінниці – ЗМІ. У МЗС це заперечують
Європейська правда
14.04.2027 10:15

Міністерство закордонних справ Польщі готується закрити Генеральне консульство Республіки Польща у Вінниці до кінця вересня.

Про це повідомляє польська газета Rzeczpospolita з посиланням на двох дипломатів, які побажали залишитися неназваними. За даними видання, функції консульства мають перейти до польських консульств у Києві та Львові, а закриття дозволить заощадити близько 11 млн злотих на рік.

«Рішення практично ухвалене, бракує лише підпису міністра», — цитує газета одного зі співрозмовників.

Утім, речник МЗС Польщі Павел Кордаш згодом заперечив цю інформацію. «Немає жодних планів закриття нашого генерального консульства у Вінниці. Консульство працює і працюватиме далі», — написав він у соцмережі X.

Генконсульство Польщі у Вінниці обслуговує, зокрема, Вінницьку, Хмельницьку та Житомирську області.
""",
"02_en.txt": """Polish foreign ministry denies report it will close Vinnytsia consulate
TVP World
2027-04-14 12:40

Poland's foreign ministry has denied a report by the daily Rzeczpospolita that it plans to close the Polish consulate general in the Ukrainian city of Vinnytsia.

"There are no plans to close our consulate general in Vinnytsia. The consulate is working and will continue to work," ministry spokesman Paweł Kordasz wrote on X on Wednesday morning.

Rzeczpospolita reported earlier on Wednesday, citing two unnamed diplomats, that the consulate would close by the end of September and that its duties would be taken over by Polish missions in Kyiv and Lviv. One of the diplomats told the paper the closure would save about 11 million zloty a year.

The consulate in Vinnytsia serves a region with a sizeable Polish minority.
""",
"03_de.txt": """Polen erwägt offenbar Schließung seines Konsulats in Winnyzja
Frankfurter Allgemeine Zeitung
14.04.2027 08:05

Das polnische Außenministerium bereitet nach einem Bericht der Tageszeitung „Rzeczpospolita“ die Schließung seines Generalkonsulats in der ukrainischen Stadt Winnyzja vor. Die Vertretung solle bis Ende September ihre Arbeit einstellen, ihre Aufgaben sollten die Konsulate in Kiew und Lemberg übernehmen, schreibt das Blatt unter Berufung auf zwei Diplomaten.

„Die Entscheidung ist praktisch gefallen, es fehlt nur noch die Unterschrift des Ministers“, zitiert die Zeitung einen der beiden. Die Einsparungen sollen sich auf rund elf Millionen Złoty im Jahr belaufen.

Das Ministerium hatte sich nach Angaben der Zeitung bis zur Veröffentlichung nicht geäußert.
""",
"04_pl.txt": """MSZ dementuje doniesienia o zamknięciu konsulatu w Winnicy
Polsat News
14 kwietnia 2027, 09:50

„Nie ma żadnych planów zamknięcia naszego konsulatu generalnego w Winnicy. Konsulat działa i będzie działał” – napisał w środę rano na platformie X rzecznik Ministerstwa Spraw Zagranicznych Paweł Kordasz.

Rzecznik odniósł się w ten sposób do porannej publikacji „Rzeczpospolitej”. Dziennik, powołując się na dwóch anonimowych dyplomatów, napisał, że resort przygotowuje się do zamknięcia placówki do końca września, a jej zadania mają przejąć konsulaty w Kijowie i we Lwowie.

Według gazety zamknięcie konsulatu miało przynieść oszczędności rzędu 11 mln zł rocznie.
""",
}, [("Rzeczpospolita", True), ("Ministerstwo Spraw Zagranicznych", False)],
[("Rzeczpospolita", "01_uk.txt"), ("Ministerstwo Spraw Zagranicznych", "01_uk.txt"),
 ("Rzeczpospolita", "02_en.txt"), ("Ministerstwo Spraw Zagranicznych", "02_en.txt"),
 ("Rzeczpospolita", "03_de.txt"),
 ("Rzeczpospolita", "04_pl.txt"), ("Ministerstwo Spraw Zagranicznych", "04_pl.txt")],
[("According to two anonymous diplomats, the Polish foreign ministry is preparing to close its consulate general in Vinnytsia by the end of September, saving about 11 million zloty a year.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_pl.txt"], 1),
 ("Foreign ministry spokesman Paweł Kordasz denied on X that there are any plans to close the consulate in Vinnytsia.",
  ["01_uk.txt", "02_en.txt", "04_pl.txt"], 1)])

# s06: TVN24 interview (not in corpus) relayed by WP, Європейська правда, Укрінформ and ZDFheute;
# Главком (no date line) says "передає Укрінформ" -> edge from the in-corpus Укрінформ even though
# it also names TVN24.
story("s06_tvn24_interview_relayed_by_ukrainian_outlets", "broadcast_interview", {
"00_pl.txt": """Minister Rzepecki w TVN24: nie będziemy hamulcowym Ukrainy, ale nie damy się postawić pod ścianą
Wirtualna Polska
26.04.2027 07:30

Polska nie zablokuje otwarcia kolejnego klastra negocjacyjnego w rozmowach akcesyjnych z Ukrainą, ale oczekuje zgody Kijowa na siedmioletni okres przejściowy dla produktów rolnych – powiedział w niedzielę wieczorem w programie „Jeden na jeden” w TVN24 minister ds. Unii Europejskiej Tomasz Rzepecki.

„Nie będziemy hamulcowym Ukrainy w drodze do Unii, ale nie damy się też postawić pod ścianą. Siedem lat okresu przejściowego dla rolnictwa to dla nas minimum” – mówił minister w rozmowie z TVN24.

Rzepecki zapowiedział też, że w maju w Lublinie po raz pierwszy zbierze się wspólna polsko-ukraińska komisja historyków. „Chcemy, żeby historią zajmowali się historycy, a nie politycy na wiecach” – dodał.

Pytany o protesty rolników na granicy, minister stwierdził, że rząd „rozumie frustrację wsi”, ale blokady przejść „szkodzą przede wszystkim polskim przewoźnikom”.
""",
"01_uk.txt": """Польща не блокуватиме новий переговорний кластер для України, але хоче сім років перехідного періоду – міністр
Європейська правда
2027-04-25 22:50

Польща не блокуватиме відкриття наступного переговорного кластера у вступних переговорах України з ЄС, але очікує згоди Києва на семирічний перехідний період для сільськогосподарської продукції.

Про це заявив міністр у справах Європейського Союзу Польщі Томаш Жепецький в інтерв'ю польському телеканалу TVN24 у неділю ввечері.

«Ми не будемо гальмом для України на шляху до Євросоюзу, але й не дозволимо притиснути себе до стіни. Сім років перехідного періоду для сільського господарства — це для нас мінімум», — сказав він.

Жепецький також повідомив, що в травні в Любліні вперше збереться спільна польсько-українська комісія істориків.
""",
"02_uk.txt": """Польський міністр у справах ЄС: Варшава не гальмуватиме вступ України, але наполягатиме на перехідному періоді
Укрінформ
2027-04-26T08:15:00+03:00

Польща не гальмуватиме вступ України до Європейського Союзу, проте наполягатиме на семирічному перехідному періоді для аграрної продукції.

Як заявив в ефірі телеканалу TVN24 міністр у справах ЄС Польщі Томаш Жепецький, Варшава не блокуватиме відкриття наступного переговорного кластера.

«Сім років перехідного періоду для сільського господарства — це для нас мінімум», — наголосив польський міністр.

Він також повідомив, що спільна комісія українських і польських істориків уперше збереться в травні в Любліні. «Ми хочемо, щоб історією займалися історики, а не політики на мітингах», — додав Жепецький.
""",
"03_uk.txt": """Польща вимагатиме семи років перехідного періоду для агропродукції з України
Главком

Польща не заважатиме відкриттю нового переговорного кластера з Україною, однак хоче, щоб Київ погодився на семирічний перехідний період для сільськогосподарської продукції. Про це міністр у справах ЄС Польщі Томаш Жепецький сказав в інтерв'ю телеканалу TVN24, передає Укрінформ.

За словами міністра, сім років перехідного періоду для Польщі — це «мінімум».
""",
"04_de.txt": """Polen will Ukraine-Beitritt nicht bremsen – verlangt aber lange Übergangsfrist für Agrarprodukte
ZDFheute
26. April 2027

Polen will die Beitrittsverhandlungen der Ukraine mit der EU nicht blockieren, verlangt aber eine siebenjährige Übergangsfrist für landwirtschaftliche Erzeugnisse. Das sagte der polnische Europaminister Tomasz Rzepecki am Sonntagabend im Interview mit dem Privatsender TVN24.

„Wir werden nicht der Bremsklotz der Ukraine auf dem Weg in die EU sein, aber wir lassen uns auch nicht an die Wand drängen“, sagte Rzepecki. Sieben Jahre Übergangszeit für die Landwirtschaft seien „das Minimum“.

Die Beziehungen zwischen beiden Nachbarländern sind seit Jahren durch Streit über Agrarimporte und Grenzblockaden polnischer Landwirte belastet.
""",
}, [("TVN24", False)],
[("TVN24", "00_pl.txt"), ("TVN24", "01_uk.txt"), ("TVN24", "02_uk.txt"),
 ("Укрінформ", "03_uk.txt"), ("TVN24", "04_de.txt")],
[("Poland will not block the opening of the next negotiating cluster with Ukraine but expects a seven-year transitional period for agricultural products.",
  ["00_pl.txt", "01_uk.txt", "02_uk.txt", "03_uk.txt", "04_de.txt"], 1),
 ("A joint Polish-Ukrainian commission of historians will meet for the first time in Lublin in May.",
  ["00_pl.txt", "01_uk.txt", "02_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
            outlets = {t.split("\n")[1] for t in arts.values()}
            assert o in onames or o in outlets, (id, o)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(ca), "independent_sources": k} for t, ca, k in claims],
        })
    labels = {"about": "Hand-written provenance test set 82 (Polish politics and Polish-Ukrainian relations; real media names, invented events and people); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
