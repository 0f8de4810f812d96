#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand182 set.

Topic: tax authorities, tax evasion and customs seizures. The outlets are real media names
(written as they write their own names); every event, person, company, body, place, figure and
quote is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# k01: Süddeutsche Zeitung's own scoop (an indictment / court documents seen by the paper, own
# enquiry to the prosecutor) relayed 3x: pl "Jak ujawniła „Süddeutsche Zeitung”, która dotarła do
# aktu oskarżenia" + "pisze monachijski dziennik" + unanswered own request; en "according to an
# indictment seen by Süddeutsche Zeitung" + "The Munich-based daily reported" + background
# Handelsblatt (no edge); it credits the outlet once and otherwise only its reporter's name
# ("Lo scrive Katrin Oberholzer sulla Süddeutsche Zeitung" + "Secondo la ricostruzione di Oberholzer").
story("k01_sz_indictment_vat_carousel", "scoop", {
"00_de.txt": """Umsatzsteuerbetrug mit Smartphones: Anklage wegen 214 Millionen Euro Schaden
Süddeutsche Zeitung
2. März 2027, 18:04 Uhr

Von Katrin Oberholzer, Ebersfurt

Dieselben Paletten mit Smartphones und Prozessoren sollen bis zu elfmal über Europas Grenzen gereist sein – nicht, weil jemand die Geräte brauchte, sondern weil mit jeder Runde Umsatzsteuer vom Finanzamt zurückzuholen war. Die Staatsanwaltschaft Ebersfurt hat nun sechs Beschuldigte wegen eines sogenannten Umsatzsteuerkarussells angeklagt. Der Schaden für den deutschen Fiskus beläuft sich nach der Anklageschrift, die der Süddeutschen Zeitung vorliegt, auf 214 Millionen Euro.

Im Zentrum steht ein 51 Jahre alter Kaufmann aus Ebersfurt, Geschäftsführer der Telvora Trading GmbH. Zwischen 2022 und 2025 soll er die Ware über Scheinfirmen in Polen, Tschechien und Italien im Kreis geschickt haben. Diese sogenannten Missing Trader führten die Umsatzsteuer nie ab und verschwanden nach wenigen Monaten, während Telvora sich die Vorsteuer erstatten ließ. So steht es in dem 312 Seiten starken Dokument.

„Die Ware diente allein als Vehikel für den Vorsteuerabzug“, schreiben die Ermittler. Bei einer Durchsuchung im November 2025 fanden Steuerfahnder im Büro des Hauptbeschuldigten ein Notizbuch mit handschriftlichen Listen: Seriennummern, Daten, Kürzel der Scheinfirmen. Aus den Gerichtsunterlagen geht hervor, dass die Fahnder anhand dieser Nummern einzelne Geräte über mehrere Runden verfolgen konnten.

Oberstaatsanwalt Markus Brehmer bestätigte auf SZ-Anfrage, dass die Anklage bei der Wirtschaftsstrafkammer des Landgerichts Ebersfurt eingegangen sei. Zu Einzelheiten wollte er sich mit Blick auf das laufende Verfahren nicht äußern. Der Verteidiger des Hauptbeschuldigten ließ eine Anfrage der SZ bis Dienstagabend unbeantwortet.

Drei der sechs Angeschuldigten sitzen seit ihrer Festnahme im November 2025 in Untersuchungshaft. Das Landgericht muss nun entscheiden, ob es die Anklage zulässt; ein Prozess könnte frühestens im Herbst beginnen.
""",
"01_pl.txt": """Karuzela VAT na smartfonach. Niemcy oskarżają, w tle spółki z Polski
Rzeczpospolita
03.03.2027 09:12

Niemiecka prokuratura w Ebersfurcie oskarżyła sześć osób o wyłudzenie 214 mln euro podatku VAT w obrocie smartfonami i procesorami. Jak ujawniła „Süddeutsche Zeitung”, która dotarła do aktu oskarżenia, w łańcuchu transakcji pośredniczyły m.in. spółki zarejestrowane w Polsce.

Z liczącego 312 stron dokumentu wynika – pisze monachijski dziennik – że w latach 2022–2025 te same partie towaru krążyły między Niemcami, Polską, Czechami i Włochami nawet jedenaście razy. Rolę tzw. znikających podatników miały odgrywać m.in. trzy firmy z Modrzewca, które po kilku miesiącach działalności przestawały odpowiadać na korespondencję urzędów.

Głównym oskarżonym jest 51-letni przedsiębiorca z Ebersfurtu, szef spółki Telvora Trading. Według SZ podczas przeszukania jego biura w listopadzie 2025 r. śledczy znaleźli notes z ręcznie spisanymi numerami seryjnymi urządzeń i skrótami nazw spółek-słupów. „Towar służył wyłącznie jako narzędzie do odliczania podatku naliczonego” – cytuje gazeta niemieckich śledczych.

Trzech oskarżonych od listopada 2025 r. przebywa w areszcie. Sąd krajowy w Ebersfurcie zdecyduje teraz, czy przyjmie akt oskarżenia.

Zapytaliśmy Prokuraturę Regionalną w Modrzewcu, czy w Polsce toczy się równoległe postępowanie wobec spółek z tego miasta. Do chwili publikacji nie otrzymaliśmy odpowiedzi.
""",
"02_en.txt": """Germany charges six over €214m VAT carousel fraud involving smartphones
The Guardian
Wed 3 Mar 2027 11.40 GMT

German prosecutors have charged six people over an alleged VAT "carousel" in which the same pallets of smartphones and computer chips were shipped around Europe up to 11 times, costing the German treasury €214m, according to an indictment seen by Süddeutsche Zeitung.

The Munich-based daily reported on Tuesday evening that prosecutors in the town of Ebersfurt had charged a 51-year-old businessman who ran a company called Telvora Trading, along with five alleged accomplices. Three of the defendants have been in custody since November 2025.

Carousel fraud exploits the fact that goods sold between EU member states are exempt from VAT. In the scheme described in the 312-page indictment, shell companies in Poland, the Czech Republic and Italy – so-called missing traders – collected VAT from their customers and vanished without paying it over, while Telvora reclaimed the tax from the German authorities. "The goods served solely as a vehicle for deducting input tax," investigators wrote, according to the paper.

A spokesperson for the prosecutor's office confirmed to the newspaper that charges had been filed but declined to give details. A lawyer for the main defendant did not respond to the paper's request for comment.

The case is the latest in a string of large VAT frauds uncovered in Germany. In 2025 Handelsblatt reported that finance ministry officials put the annual cost of carousel schemes to the German treasury at several billion euros.
""",
"03_it.txt": """Germania, la «giostra» dell'Iva con gli smartphone: 214 milioni sottratti al fisco
Corriere della Sera
3 marzo 2027

Gli stessi bancali di smartphone e processori avrebbero fatto il giro d'Europa anche undici volte, senza che nessuno avesse davvero bisogno di quella merce. Serviva a un'altra cosa: farsi rimborsare l'Iva. Lo scrive Katrin Oberholzer sulla Süddeutsche Zeitung, raccontando l'atto d'accusa con cui la procura di Ebersfurt ha chiesto il processo per sei persone.

Secondo la ricostruzione di Oberholzer, che ha potuto leggere le 312 pagine del documento, tra il 2022 e il 2025 la merce transitava da società «cartiere» in Polonia, Repubblica Ceca e Italia. Queste incassavano l'imposta dai clienti e sparivano nel giro di pochi mesi senza versarla, mentre la Telvora Trading, la società tedesca al centro dello schema, chiedeva e otteneva i rimborsi. Il danno stimato per l'erario tedesco è di 214 milioni di euro.

«La merce serviva soltanto come veicolo per detrarre l'imposta», scrivono gli inquirenti, citati dalla giornalista. Nell'ufficio del principale imputato, un imprenditore di 51 anni, gli investigatori tedeschi avrebbero trovato un quaderno con numeri di serie e sigle delle società fantasma annotati a mano.

Tra le cartiere ci sarebbero anche due srl italiane, la cui posizione, precisa Oberholzer, non è oggetto del procedimento tedesco.

Tre degli imputati sono in custodia cautelare dal novembre 2025. Ora il tribunale di Ebersfurt dovrà decidere se rinviarli a giudizio.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_pl.txt"), ("Süddeutsche Zeitung", "02_en.txt"), ("Süddeutsche Zeitung", "03_it.txt")],
[("Prosecutors in Ebersfurt charged six people over a smartphone VAT carousel that cost the German treasury 214 million euros.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1)])

# k02: outside wire agency ANSA relayed 4x: it "Lo riferisce l'ANSA" + "ha spiegato all'agenzia" +
# "Secondo quanto appreso dall'ANSA"; uk "Про це повідомляє італійське інформаційне агентство ANSA,
# передає Укрінформ" + "Як зазначає агентство"; pl "podała włoska agencja ANSA" + "Według agencji" +
# "mówił ANSA" + unanswered request + background Die Welt (no edge); fr (no date line) credit only in
# the last paragraph "Ces informations ont été rapportées lundi par l'agence de presse italienne Ansa".
story("k02_ansa_cigarettes_tiles", "agency", {
"00_it.txt": """Valdemare, 11 milioni di sigarette di contrabbando dietro le piastrelle: arrestati due camionisti polacchi
Il Messaggero
Lunedì 8 Marzo 2027, 16:45

Oltre undici milioni di sigarette di contrabbando nascoste dietro i bancali di piastrelle in ceramica. Le hanno scoperte i funzionari delle Dogane e i finanzieri nel porto di Valdemare, a bordo di due tir con targa polacca appena sbarcati da un traghetto proveniente dalla Grecia. Lo riferisce l'ANSA.

I due autisti, cittadini polacchi di 44 e 47 anni, sono stati arrestati in flagranza per contrabbando aggravato di tabacchi lavorati esteri. A insospettire i controllori è stato il peso dei mezzi, superiore di diverse tonnellate a quanto indicato nei documenti di trasporto. Lo scanner ha fatto il resto.

«Le piastrelle erano solo la prima fila: dietro c'erano cinquantasette bancali di stecche», ha spiegato all'agenzia il colonnello Fabrizio Tedeschi, comandante provinciale della Guardia di Finanza. Secondo quanto appreso dall'ANSA, i pacchetti riportavano scritte in ucraino e contrassegni fiscali contraffatti.

Se fosse arrivato sul mercato, il carico avrebbe sottratto all'erario circa 2,3 milioni di euro tra accise e Iva. Sigarette e tir sono stati sequestrati; la procura di Valdemare ha aperto un fascicolo per risalire alla destinazione finale della merce.
""",
"01_uk.txt": """В Італії у вантажівках з польськими номерами знайшли 11 мільйонів контрабандних сигарет з українськими написами
Укрінформ
08.03.2027 18:20

Митники та фінансова гвардія в італійському порту Вальдемаре виявили понад 11 мільйонів контрабандних сигарет, захованих за піддонами з керамічною плиткою. Про це повідомляє італійське інформаційне агентство ANSA, передає Укрінформ.

Як зазначає агентство, сигарети перевозили дві вантажівки з польською реєстрацією, які прибули поромом із Греції. Обох водіїв — громадян Польщі віком 44 і 47 років — затримали.

За інформацією ANSA, на пачках були написи українською мовою та підроблені акцизні марки. Звідки походять сигарети, наразі встановлюють.

«Плитка була лише першим рядом, а за нею — 57 піддонів із блоками сигарет», — сказав агентству командир провінційного управління фінансової гвардії полковник Фабріціо Тедескі.

Якби товар потрапив у продаж, італійський бюджет недоотримав би близько 2,3 мільйона євро акцизу та ПДВ. Сигарети й вантажівки вилучили.
""",
"02_pl.txt": """Polscy kierowcy zatrzymani we Włoszech. W tirach 11 mln papierosów
Polsat News
2027-03-09 07:55

Dwaj polscy kierowcy ciężarówek zostali zatrzymani w porcie Valdemare we Włoszech. W ich naczepach celnicy znaleźli ponad 11 mln papierosów z przemytu, ukrytych za paletami płytek ceramicznych – podała włoska agencja ANSA.

Mężczyźni w wieku 44 i 47 lat przypłynęli promem z Grecji. Według agencji włoskich funkcjonariuszy zaniepokoiła masa pojazdów – o kilka ton większa, niż wynikało z dokumentów przewozowych. Prześwietlenie skanerem potwierdziło podejrzenia.

– Płytki były tylko pierwszym rzędem, za nimi stało 57 palet kartonów z papierosami – mówił ANSA płk Fabrizio Tedeschi z włoskiej Guardia di Finanza. Na paczkach były napisy po ukraińsku i podrobione znaki akcyzy.

Kierowcom grozi proces za przemyt. Włoski skarb państwa straciłby na nielegalnym towarze ok. 2,3 mln euro z tytułu akcyzy i VAT.

Polsat News zwrócił się o komentarz do firmy przewozowej, w której zatrudnieni są zatrzymani. Do momentu publikacji nie otrzymaliśmy odpowiedzi. Podobny sposób ukrywania papierosów w transporcie glazury opisywał w styczniu niemiecki dziennik „Die Welt”.
""",
"03_fr.txt": """Italie : plus de 11 millions de cigarettes de contrebande cachées derrière du carrelage
Le Figaro

Derrière les palettes de carrelage, il y avait des cartouches par milliers. Les douaniers et la police financière italienne ont découvert lundi plus de 11 millions de cigarettes de contrebande dans deux poids lourds immatriculés en Pologne, tout juste débarqués d'un ferry en provenance de Grèce dans le port de Valdemare.

Les deux chauffeurs, des Polonais de 44 et 47 ans, ont été arrêtés. C'est le poids des camions, supérieur de plusieurs tonnes à celui déclaré, qui a alerté les contrôleurs ; le passage au scanner a confirmé les soupçons.

« Le carrelage n'était que la première rangée ; derrière, il y avait 57 palettes de cartouches », a expliqué le colonel Fabrizio Tedeschi, commandant provincial de la Guardia di Finanza. Les paquets portaient des inscriptions en ukrainien et de faux timbres fiscaux.

Le manque à gagner pour le fisc italien aurait atteint environ 2,3 millions d'euros en droits d'accise et en TVA. Ces informations ont été rapportées lundi par l'agence de presse italienne Ansa.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_uk.txt"), ("ANSA", "02_pl.txt"), ("ANSA", "03_fr.txt")],
[("Customs officers at the port of Valdemare found more than 11 million contraband cigarettes hidden behind ceramic tiles in two Polish-registered lorries.",
  ["00_it.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt"], 1)])

# k03: a tax authority's published press release (outside origin: Izba Administracji Skarbowej w
# Wierzbnowie) taken directly by pl ("poinformowała w środę" + "Jak wynika z komunikatu opublikowanego
# na stronie izby" + "czytamy w komunikacie"), de ("teilte … am Mittwoch in einer Pressemitteilung
# mit") and uk ("Про це йдеться у пресрелізі"); the F.A.Z. adds its own confirmation from a German
# wholesaler ("bestätigte auf Anfrage der F.A.Z." + "sagte … dieser Zeitung"): it keeps its edge and
# is itself an origin; en credits the statement and the FAZ (two edges).
story("k03_tax_office_release_diesel_transit", "press_release", {
"00_pl.txt": """Paliwo „na Ukrainę” lało się na polskich stacjach. Skarbówka rozbiła grupę, 38 mln zł strat
money.pl
10.03.2027, 11:20

Funkcjonariusze Krajowej Administracji Skarbowej rozbili grupę, która przez dwa lata sprzedawała na polskich stacjach olej napędowy formalnie przewożony tranzytem na Ukrainę. Skarb państwa stracił co najmniej 38 mln zł z tytułu VAT i akcyzy – poinformowała w środę Izba Administracji Skarbowej w Wierzbnowie.

Jak wynika z komunikatu opublikowanego na stronie izby, cysterny z paliwem kupowanym w Niemczech według dokumentów przejeżdżały przez Polskę w procedurze tranzytu. W rzeczywistości nigdy nie dojeżdżały do granicy z Ukrainą – paliwo trafiało do 14 stacji w regionie, a pieczątki potwierdzające wywóz były podrabiane.

„Zatrzymaliśmy dziewięć osób, w tym 46-letniego organizatora procederu, mieszkańca Wierzbnowa. Zabezpieczyliśmy majątek o wartości ponad 6 mln zł, w tym nieruchomości i dwie cysterny” – czytamy w komunikacie, w którym cytowana jest rzeczniczka IAS nadkom. Aneta Krawczyk-Duda.

Według skarbówki grupa wprowadziła w ten sposób do obrotu ok. 41 mln litrów paliwa. Zatrzymani usłyszeli zarzuty m.in. oszustwa podatkowego i posługiwania się podrobionymi dokumentami. Grozi im nawet 25 lat więzienia.

Śledztwo nadzoruje Prokuratura Okręgowa w Wierzbnowie. Jak zaznacza IAS, sprawa jest rozwojowa.
""",
"01_de.txt": """Polnische Steuerfahnder zerschlagen Dieselbande – Spur führt zu deutschem Großhändler
Frankfurter Allgemeine Zeitung
10.03.2027, 17:42

Polnische Steuerfahnder haben eine Bande zerschlagen, die Diesel aus Deutschland zum Schein in die Ukraine weitergeleitet und stattdessen an polnischen Tankstellen verkauft haben soll. Dem polnischen Staat sei dadurch ein Schaden von mindestens 38 Millionen Złoty, umgerechnet knapp neun Millionen Euro, entstanden, teilte die regionale Finanzverwaltung in Wierzbnów, die Izba Administracji Skarbowej (IAS), am Mittwoch in einer Pressemitteilung mit.

Nach Angaben der Behörde fuhren die Tankwagen auf dem Papier im Transitverfahren durch Polen. An der ukrainischen Grenze kamen sie nie an; Stempel, die die Ausfuhr belegen sollten, seien gefälscht worden. Rund 41 Millionen Liter Kraftstoff seien so binnen zwei Jahren an 14 Tankstellen gelangt. Neun Verdächtige wurden festgenommen.

Zumindest ein Teil des Diesels stammte von der Brandauer Mineralöl GmbH aus Lindenfeld. Das Unternehmen bestätigte auf Anfrage der F.A.Z., dass polnische Ermittler im Februar Rechnungen und Lieferscheine angefordert hätten. „Wir haben sämtliche Unterlagen übergeben und gehen davon aus, dass wir selbst getäuscht worden sind“, sagte Geschäftsführer Holger Brandauer dieser Zeitung. Die Lieferungen seien ordnungsgemäß als Ausfuhr angemeldet gewesen.

Ob auch gegen deutsche Beteiligte ermittelt wird, ließ die polnische Behörde offen. Den Festgenommenen drohen in Polen bis zu 25 Jahre Haft.
""",
"02_uk.txt": """У Польщі викрили схему з дизелем, який нібито їхав в Україну: збитки – 38 млн злотих
Економічна правда
Четвер, 11 березня 2027, 09:15

Польські податківці викрили угруповання, яке продавало на місцевих АЗС дизельне пальне, що за документами мало прямувати транзитом в Україну. Бюджет Польщі втратив щонайменше 38 млн злотих податку на додану вартість та акцизу.

Про це йдеться у пресрелізі Палати податкової адміністрації у Вежбнові (Izba Administracji Skarbowej w Wierzbnowie), оприлюдненому в середу.

За даними польського відомства, бензовози з пальним, купленим у Німеччині, формально перетинали Польщу в режимі транзиту, але до українського кордону так і не доїжджали. Штампи про вивезення підробляли, а саме пальне — близько 41 млн літрів за два роки — збували через 14 заправок.

Затримано дев'ятьох людей, зокрема 46-річного організатора схеми. У них арештували майно на понад 6 млн злотих, серед іншого нерухомість і дві автоцистерни, йдеться в повідомленні. Підозрюваним загрожує до 25 років ув'язнення.

Чи причетні до схеми громадяни або компанії з України, у пресрелізі не уточнюється.
""",
"03_en.txt": """Polish tax officials break up gang selling diesel 'bound for Ukraine' at local petrol stations
Notes from Poland
March 11, 2027

Polish tax authorities say they have broken up a criminal group that brought diesel from Germany under the pretence that it was in transit to Ukraine, before selling it at petrol stations in Poland and avoiding at least 38 million zloty (€8.8 million) in VAT and excise duty.

"The fuel never reached the Ukrainian border," the Tax Administration Chamber (IAS) in Wierzbnów said in a statement published on its website on Wednesday. According to the chamber, around 41 million litres were sold over two years through 14 filling stations, and the stamps confirming export were forged. Nine people have been detained, including the alleged organiser, a 46-year-old resident of Wierzbnów.

Germany's Frankfurter Allgemeine Zeitung reported that at least some of the diesel came from Brandauer Mineralöl, a wholesaler in the German town of Lindenfeld. The company told the FAZ that Polish investigators had requested its invoices in February and that it believed it had itself been deceived.

Fuel has long been one of the sectors most exposed to VAT fraud in Poland, and the tax administration has made it one of its priorities. The suspects face up to 25 years in prison.
""",
}, [("Izba Administracji Skarbowej w Wierzbnowie", False), ("Frankfurter Allgemeine Zeitung", True)],
[("Izba Administracji Skarbowej w Wierzbnowie", "00_pl.txt"), ("Izba Administracji Skarbowej w Wierzbnowie", "01_de.txt"),
 ("Izba Administracji Skarbowej w Wierzbnowie", "02_uk.txt"), ("Izba Administracji Skarbowej w Wierzbnowie", "03_en.txt"),
 ("Frankfurter Allgemeine Zeitung", "03_en.txt")],
[("Polish tax officials broke up a group that sold diesel declared as transit to Ukraine at Polish petrol stations, causing at least 38 million zloty in lost VAT and excise.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 2)])

# k04: chain Українська правда (own: documents in its possession, two anonymous customs officers, own
# reporter at a car lot, unanswered requests) → Gazeta Wyborcza ("ustaliła „Ukraińska Prawda”" +
# "Według dokumentów, do których dotarli dziennikarze kijowskiego portalu" + own unanswered request)
# → de (no outlet line) "berichtet die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf
# Recherchen des ukrainischen Nachrichtenportals „Ukrajinska Prawda“" (edge from Wyborcza only) and
# fr "l'affaire révélée lundi par Gazeta Wyborcza" + "Selon le quotidien polonais" (quote before the credit).
story("k04_up_cars_as_scrap_chain", "chain", {
"00_uk.txt": """«Брухт», що їде своїм ходом. Як через пункт пропуску «Верхні Лози» завезли 212 елітних авто
Українська правда
Понеділок, 15 березня 2027, 08:00

Щонайменше 212 позашляховиків і седанів преміум-класу за останній рік завезли в Україну через пункт пропуску «Верхні Лози» під виглядом «пошкоджених після ДТП» автомобілів або запчастин. Як з'ясувала «Українська правда», держава через це недоотримала щонайменше 640 мільйонів гривень мита, акцизу та ПДВ.

У розпорядженні УП є службова записка одного з відділів митного оформлення, датована груднем 2026 року. У ній ідеться про те, що задекларована вартість машин була в середньому вдев'ятеро нижчою за ринкову, а фотофіксації огляду в більшості випадків немає. Усі автомобілі купувала в Польщі одна й та сама фірма — Auto-Trans Bystrzyca, а розмитнювали їх на трьох ФОПів, зареєстрованих в одному селі.

Двоє працівників митниці, які погодилися поговорити з УП на умовах анонімності, розповіли, що огляд таких машин тривав «хвилин п'ятнадцять і без жодного фото». «Усі знали, що це не брухт. Брухт своїм ходом не їде», — сказав один зі співрозмовників.

Кореспондентка УП побачила щонайменше сім автомобілів із переліку, наведеного в записці, на майданчику одного з автосалонів в обласному центрі. Жодних видимих пошкоджень, цінники — у доларах.

На запит УП у митниці не відповіли. Власник Auto-Trans Bystrzyca на дзвінки та повідомлення не відповів.
""",
"01_pl.txt": """Luksusowe auta z Polski wjeżdżały na Ukrainę jako złom. Ukraińscy dziennikarze ujawniają
Gazeta Wyborcza
15 marca 2027 | 13:40

Co najmniej 212 luksusowych samochodów kupionych w Polsce trafiło w ciągu roku na Ukrainę jako rzekomo rozbite auta lub części zamienne – ustaliła „Ukraińska Prawda”. Ukraiński budżet miał stracić na cle, akcyzie i VAT co najmniej 640 mln hrywien, czyli ok. 60 mln zł.

Według dokumentów, do których dotarli dziennikarze kijowskiego portalu, wszystkie auta przejechały przez przejście Wierchni Łozy. Deklarowana wartość była średnio dziewięciokrotnie niższa od rynkowej. Kupowała je jedna polska firma – Auto-Trans Bystrzyca.

„Wszyscy wiedzieli, że to nie złom. Złom nie jeździ o własnych siłach” – cytuje portal jednego z dwóch ukraińskich celników, którzy rozmawiali z dziennikarzami pod warunkiem zachowania anonimowości. Reporterka „UP” znalazła kilka aut z listy na placu komisu – bez śladów uszkodzeń.

Wysłaliśmy pytania do spółki Auto-Trans Bystrzyca. Do chwili publikacji nie otrzymaliśmy odpowiedzi. Ukraińska służba celna nie skomentowała ustaleń portalu.
""",
"02_de.txt": """Luxusautos als Schrott verzollt: Betrugsverdacht an polnisch-ukrainischer Grenze
16.03.2027, 06:30 Uhr

Mehr als 200 Luxusautos sollen binnen eines Jahres aus Polen als angeblicher Unfallschrott oder als Ersatzteile in die Ukraine eingeführt worden sein. Das berichtet die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf Recherchen des ukrainischen Nachrichtenportals „Ukrajinska Prawda“.

Der ukrainische Staat habe dadurch mindestens 640 Millionen Hrywnja an Zöllen und Steuern verloren, umgerechnet rund 14 Millionen Euro. Gekauft habe die Fahrzeuge stets dieselbe polnische Firma, Auto-Trans Bystrzyca; der angegebene Wert habe im Schnitt bei einem Neuntel des Marktpreises gelegen.

„Schrott fährt nicht von allein“, zitiert das Blatt einen ukrainischen Zöllner, der anonym bleiben wollte. Alle Wagen passierten demnach den Grenzübergang Werchni Losy.

Die Firma ließ Fragen der Zeitung unbeantwortet.
""",
"03_fr.txt": """Ukraine. Deux cents voitures de luxe dédouanées comme de la ferraille
Courrier international
Publié le 16 mars 2027 à 12h05

« Tout le monde savait que ce n'était pas de la ferraille. La ferraille ne roule pas toute seule. » La phrase, attribuée à un douanier ukrainien, résume l'affaire révélée lundi par Gazeta Wyborcza.

Selon le quotidien polonais, au moins 212 véhicules haut de gamme achetés en Pologne ont été importés en Ukraine en un an comme épaves accidentées ou pièces détachées, via le poste-frontière de Verkhni Lozy. Leur valeur déclarée était en moyenne neuf fois inférieure à leur prix de marché.

Le manque à gagner pour le budget ukrainien atteindrait au moins 640 millions de hryvnias (environ 14 millions d'euros) en droits de douane, accises et TVA. Toutes les voitures ont été achetées par la même société polonaise, Auto-Trans Bystrzyca, qui n'a pas répondu aux questions du journal.

Une affaire embarrassante pour Kiev, qui a promis à Bruxelles de réformer ses douanes, souligne Gazeta Wyborcza.
""",
}, [("Українська правда", True)],
[("Українська правда", "01_pl.txt"), ("Gazeta Wyborcza", "02_de.txt"), ("Gazeta Wyborcza", "03_fr.txt")],
[("More than 200 premium cars bought in Poland were brought into Ukraine through the Verkhni Lozy checkpoint declared as scrap or spare parts, costing at least 640 million hryvnias in duties and taxes.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_fr.txt"], 1)])

# k05: a customs chief's own Facebook post (outside origin: Taras Kovalyshyn) relayed by uk ("Про це
# у Facebook написав керівник митниці" + "написав Ковалишин" + "додав … у дописі" + unanswered
# request), pl ("poinformował na Facebooku szef" + "wynika z wpisu"), en ("said in a Facebook post" +
# "according to the post" + background Ukrainska Pravda, no edge); ru is an uncredited close
# translation of Суспільне's article 42 minutes later: edge from Суспільне Новини, none from Kovalyshyn.
story("k05_customs_chief_post_phones_in_doors", "translation", {
"00_uk.txt": """Смартфони в дверях: на Західнобузькій митниці знайшли понад 2 тисячі телефонів у вантажівці з Польщі
Суспільне Новини
18 березня 2027, 10:47

На Західнобузькій митниці у вантажівці з польськими номерами виявили 2 400 смартфонів і 180 ноутбуків, захованих у міжкімнатних дверях. Про це у Facebook написав керівник митниці Тарас Ковалишин.

За його словами, згідно з документами вантажівка везла 320 міжкімнатних дверей для будівельної компанії. Увагу митників привернула вага вантажу, яка не відповідала задекларованій.

«Двері, які мали важити по 20 кілограмів, важили по 35. Далі — справа техніки», — написав Ковалишин. Під час огляду із застосуванням сканера в порожнинах полотен знайшли техніку, загорнуту в харчову плівку.

Загальну вартість товару оцінюють у 46 мільйонів гривень. На водія — 52-річного громадянина Польщі — склали протокол про порушення митних правил, а вантажівку й техніку вилучили, додав керівник митниці у дописі.

Суспільне звернулося до компанії-перевізника по коментар. Відповіді на момент публікації не отримали.
""",
"01_ru.txt": """Смартфоны в дверях: на Западнобужской таможне нашли более 2 тысяч телефонов в грузовике из Польши
Корреспондент.net
18 марта 2027, 11:29

На Западнобужской таможне в грузовике с польскими номерами обнаружили 2 400 смартфонов и 180 ноутбуков, спрятанных в межкомнатных дверях. Об этом в Facebook написал руководитель таможни Тарас Ковалишин.

По его словам, согласно документам грузовик вез 320 межкомнатных дверей для строительной компании. Внимание таможенников привлек вес груза, который не соответствовал задекларированному.

"Двери, которые должны были весить по 20 килограммов, весили по 35. Дальше - дело техники", - написал Ковалишин. Во время осмотра с применением сканера в полостях полотен нашли технику, завернутую в пищевую пленку.

Общую стоимость товара оценивают в 46 миллионов гривен. На водителя - 52-летнего гражданина Польши - составили протокол о нарушении таможенных правил, а грузовик и технику изъяли, добавил руководитель таможни в посте.

В компании-перевозчике на просьбу о комментарии на момент публикации не ответили.
""",
"02_pl.txt": """Polski kierowca zatrzymany na Ukrainie. W drzwiach przewoził ponad 2 tys. smartfonów
RMF FM
Czwartek, 18 marca 2027 (13:05)

Ukraińscy celnicy zatrzymali na granicy ciężarówkę na polskich numerach, w której w drzwiach wewnętrznych ukryto 2400 smartfonów i 180 laptopów. O sprawie poinformował na Facebooku szef Zachodniobużańskiego Urzędu Celnego Taras Kowałyszyn.

Za kierownicą siedział 52-letni obywatel Polski. Według dokumentów przewoził 320 skrzydeł drzwiowych dla firmy budowlanej.

"Drzwi, które powinny ważyć po 20 kilogramów, ważyły po 35. Dalej to już była kwestia techniki" - napisał Kowałyszyn. Elektronika, owinięta folią spożywczą, była schowana w pustych przestrzeniach wewnątrz skrzydeł.

Wartość towaru ukraińska służba celna oszacowała na 46 mln hrywien, czyli ok. 4,4 mln zł. Kierowca odpowie za naruszenie przepisów celnych, a ciężarówka i ładunek zostały zatrzymane - wynika z wpisu.
""",
"03_en.txt": """Customs officers find 2,400 smartphones hidden inside doors in truck from Poland
The Kyiv Independent
March 18, 2027 3:52 PM

Ukrainian customs officers found 2,400 smartphones and 180 laptops hidden inside interior doors in a Polish-registered truck, Taras Kovalyshyn, head of the Zakhidnobuzka customs office, said in a Facebook post on March 18.

The truck's documents listed a cargo of 320 interior doors for a construction company, but the load was much heavier than declared, Kovalyshyn wrote. "Doors that should have weighed 20 kilograms weighed 35. The rest was a matter of technique."

The electronics, wrapped in cling film, were found in cavities inside the doors during a scanner inspection. The goods are valued at Hr 46 million ($1.1 million). The driver, a 52-year-old Polish citizen, was charged with violating customs rules, and the truck and cargo were seized, according to the post.

Smuggling through Ukraine's western border remains a persistent problem for the customs service. Earlier this month, Ukrainska Pravda reported that more than 200 luxury cars had been brought into the country as scrap through another checkpoint.
""",
}, [("Taras Kovalyshyn", False)],
[("Taras Kovalyshyn", "00_uk.txt"), ("Суспільне Новини", "01_ru.txt"), ("Taras Kovalyshyn", "02_pl.txt"), ("Taras Kovalyshyn", "03_en.txt")],
[("Customs officers of the Zakhidnobuzka customs office found 2,400 smartphones and 180 laptops hidden inside interior doors in a Polish-registered truck.",
  ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], 1)])

# k06: two independent in-corpus roots. Il Fatto Quotidiano (tax-police report leaked to its reporter
# Davide Carrieri: "che il Fatto Quotidiano ha potuto leggere", "consegnato al nostro giornale da una
# fonte") and Le Monde (own reporter on the quay, "selon des documents consultés par Le Monde", an
# anonymous harbour employee). en credits both ("according to an investigative report obtained by Il
# Fatto Quotidiano" + "leaked to its reporter" + "citing documents seen by the newspaper") and de credits
# both ("der dem Reporter Davide Carrieri von der römischen Zeitung … zugespielt wurde" + "wie „Le
# Monde“ berichtet"); ru credits Il Fatto only ("сообщает … ознакомившаяся с докладом") + own background.
story("k06_yacht_charter_two_roots", "two_roots", {
"00_it.txt": """Yacht di lusso, 74 milioni mai dichiarati: l'informativa della Finanza sulla Blu Levante
Il Fatto Quotidiano
23 Marzo 2027

di Davide Carrieri

Settantaquattro milioni di euro di ricavi da noleggi mai dichiarati al fisco italiano in sei anni. È quanto i finanzieri del Nucleo di polizia economico-finanziaria di Castelvecchio contestano alla Blu Levante Charter srl, società che gestisce una flotta di 23 yacht di lusso, in un'informativa di 148 pagine che il Fatto Quotidiano ha potuto leggere.

Secondo gli investigatori, i contratti di noleggio venivano intestati a una società con sede a Malta, la Blu Levante Holding Ltd, mentre barche, equipaggi e gestione restavano in Italia. Un caso di «esterovestizione», scrivono i finanzieri: «La società maltese è una scatola vuota: non ha dipendenti, non ha uffici, non ha barche». Tra i clienti più assidui, annotano, figurano imprenditori russi e kazaki che pagavano fino a 180 mila euro a settimana.

La procura di Castelvecchio ha iscritto nel registro degli indagati il fondatore della società, Gianluca Ferrandi, 58 anni, per omessa dichiarazione. Il documento, arrivato al nostro giornale da una fonte che chiede di restare anonima, ricostruisce anche i flussi di denaro verso Malta: oltre 60 milioni in cinque anni.

Contattato dal Fatto, l'avvocato di Ferrandi, Paolo Venturi, risponde: «Il mio assistito ha sempre operato nel rispetto della legge e chiarirà ogni aspetto nelle sedi opportune».
""",
"01_fr.txt": """Le fisc français s'intéresse à la filiale d'un loueur de yachts italien
Le Monde
Publié le 23 mars 2027 à 18h00

Sur le quai d'honneur de Port-Sainte-Aude, mardi 23 mars au matin, trois yachts blancs frappés du logo bleu de Blu Levante attendaient sous leurs bâches le début de la saison. Rien, en apparence, ne signale que la société qui les exploite est dans le viseur de l'administration fiscale française.

Selon des documents consultés par Le Monde, le fisc a pourtant ouvert, en janvier, un contrôle visant Blu Levante France SAS, la filiale française du loueur italien. Il la soupçonne d'avoir minoré de 19 millions d'euros son chiffre d'affaires entre 2021 et 2025, en faisant facturer les locations par une société maltaise.

« Les clients payaient sur un compte à Malte, mais tout se passait ici : l'équipage, l'avitaillement, l'entretien », raconte un salarié de la capitainerie, qui a requis l'anonymat. Selon lui, jusqu'à huit bateaux de la flotte passaient l'été à Port-Sainte-Aude.

La société, fondée par l'homme d'affaires italien Gianluca Ferrandi, n'a pas donné suite aux sollicitations du Monde, et son avocat n'a pas répondu. Le contrôle peut déboucher sur un redressement assorti de pénalités, voire, en cas de fraude caractérisée, sur une plainte pour fraude fiscale.
""",
"02_en.txt": """Italian yacht charter group accused of hiding €74mn from tax authorities
Financial Times
2027-03-24T07:15:00Z

Italian tax police have accused a luxury yacht charter company of failing to declare €74mn in revenue over six years, according to an investigative report obtained by Il Fatto Quotidiano.

The Rome-based daily said on Tuesday that the 148-page report, leaked to its reporter Davide Carrieri, alleges that Blu Levante Charter ran its fleet of 23 yachts from Italy while booking charter contracts through a Maltese company with no staff, offices or boats. "The Maltese company is an empty box," the finance police wrote, according to the paper.

Prosecutors in Castelvecchio have placed the company's founder, Gianluca Ferrandi, 58, under investigation for failing to file tax returns, Il Fatto reported. His lawyer told the paper that his client "has always acted within the law".

The group is also under scrutiny in France. Le Monde reported on Tuesday that French tax authorities had opened an audit into Blu Levante's French subsidiary in January, suspecting it of understating revenue by €19mn between 2021 and 2025, citing documents seen by the newspaper.

Blu Levante did not respond to a request for comment from the Financial Times.
""",
"03_de.txt": """Steuerfahnder in Italien und Frankreich nehmen Yacht-Vermieter ins Visier
Handelsblatt
24.03.2027 - 10:48 Uhr

Der italienische Yacht-Vermieter Blu Levante Charter gerät gleich in zwei Ländern ins Visier der Steuerbehörden. Die italienische Finanzpolizei wirft dem Unternehmen vor, in sechs Jahren Umsätze von 74 Millionen Euro nicht versteuert zu haben. Das geht aus einem 148 Seiten langen Ermittlungsbericht hervor, der dem Reporter Davide Carrieri von der römischen Zeitung „Il Fatto Quotidiano“ zugespielt wurde.

Demnach wurden die Charterverträge über eine Gesellschaft auf Malta abgeschlossen, obwohl Flotte, Crews und Management in Italien saßen. Die Ermittler sprechen von einer „leeren Hülle“. Gegen Firmengründer Gianluca Ferrandi, 58, ermittelt die Staatsanwaltschaft Castelvecchio.

Parallel dazu hat die französische Steuerverwaltung bereits im Januar eine Prüfung der Tochter Blu Levante France eingeleitet, wie „Le Monde“ berichtet. Die Pariser Zeitung konnte nach eigenen Angaben Unterlagen einsehen, wonach der Fiskus um 19 Millionen Euro zu niedrig ausgewiesene Umsätze vermutet.

Ferrandis Anwalt wies die Vorwürfe gegenüber der italienischen Zeitung zurück. Der Fall dürfte die Debatte über Briefkastenfirmen in der Charterbranche neu beleben.
""",
"04_ru.txt": """Чартер ушел от налогов на Мальту
Коммерсантъ
24.03.2027, 13:02

Финансовая гвардия Италии подозревает чартерную компанию Blu Levante Charter, управляющую флотом из 23 яхт класса люкс, в сокрытии от налоговых органов €74 млн выручки за шесть лет. Об этом сообщает итальянская газета Il Fatto Quotidiano, ознакомившаяся с докладом следователей.

По данным издания, договоры аренды заключались от имени мальтийской компании, у которой не было ни сотрудников, ни офиса, ни судов, тогда как сами яхты, экипажи и управление находились в Италии. Прокуратура города Кастельвеккьо проводит проверку в отношении основателя компании 58-летнего Джанлуки Ферранди по подозрению в непредставлении налоговой декларации.

Среди постоянных клиентов Blu Levante следователи называют предпринимателей из России и Казахстана, плативших за неделю аренды до €180 тыс., пишет Il Fatto Quotidiano. Адвокат господина Ферранди заявил газете, что его клиент «всегда действовал в рамках закона».

“Ъ” в 2025 году писал, что после введения европейских санкций российские владельцы яхт массово переводили суда под флаги третьих стран и в управление иностранных чартерных операторов.
""",
}, [("Il Fatto Quotidiano", True), ("Le Monde", True)],
[("Il Fatto Quotidiano", "02_en.txt"), ("Le Monde", "02_en.txt"), ("Il Fatto Quotidiano", "03_de.txt"),
 ("Le Monde", "03_de.txt"), ("Il Fatto Quotidiano", "04_ru.txt")],
[("Italian tax police accuse Blu Levante Charter of failing to declare 74 million euros in charter revenue over six years.",
  ["00_it.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], 2),
 ("French tax authorities opened an audit of Blu Levante's French subsidiary over 19 million euros of understated revenue.",
  ["01_fr.txt", "02_en.txt", "03_de.txt"], 2)])

# k07: a foreign outlet only credited (outside origin: Der Spiegel) relayed 5x: en "Der Spiegel has
# reported" + "wrote Jonas Wehrfeld, a reporter for Der Spiegel" + "According to the magazine"; ru
# "Об этом пишет журнал Der Spiegel" + "По данным Spiegel" + "пишет журналист Spiegel Йонас Верфельд" +
# own unanswered request; fr quote first, then "L'enquêteur cité par l'hebdomadaire allemand Der
# Spiegel, qui a révélé l'affaire" + "précise le magazine de Hambourg"; it "secondo quanto ricostruito
# dallo Spiegel" + "riporta il settimanale di Amburgo"; uk "Про це пише німецький журнал Der Spiegel,
# інформує «Європейська правда»" + "Як зазначає видання" + own background.
story("k07_spiegel_cars_for_russia", "foreign_outlet", {
"00_en.txt": """German customs seize 37 luxury cars 'bound for Russia'
BBC News
Sat, 27 Mar 2027 09:10:00 +0000

German customs officers have seized 37 luxury cars and 14 industrial machine tools at the port of Ostsand that were allegedly on their way to Russia in breach of EU sanctions, Der Spiegel has reported.

The shipment, worth an estimated €11.6m (£10m), had been declared for a buyer in Kazakhstan, but invoices found inside the containers named a company in Russia as the final recipient, the German news magazine said on Friday.

Investigators had "never seen anything on this scale" at the port, wrote Jonas Wehrfeld, a reporter for Der Spiegel, quoting a customs official involved in the operation.

According to the magazine, a spokeswoman for the customs office confirmed the seizure and said the exporter, Elbgrund Export GmbH, was under investigation on suspicion of breaching foreign trade law.

Since 2022 the EU has banned the export to Russia of cars worth more than €50,000, as well as many types of machine tools. Exporters have increasingly tried to route such goods through Central Asia and the Caucasus.
""",
"01_ru.txt": """В Германии арестовали 37 люксовых автомобилей, которые через Казахстан везли в Россию
Новая газета Европа
27 марта 2027, 12:30

Таможенники в немецком порту Остзанд задержали 37 автомобилей премиум-класса и 14 станков с ЧПУ, которые по документам направлялись в Казахстан, а фактически предназначались российскому покупателю. Об этом пишет журнал Der Spiegel.

По данным Spiegel, стоимость груза оценивается в €11,6 млн. В контейнерах нашли счета-фактуры, в которых конечным получателем значилась компания из России. Экспортер, немецкая фирма Elbgrund Export GmbH, подозревается в нарушении закона о внешнеэкономической деятельности.

«Ничего подобного в этом порту еще не видели», — пишет журналист Spiegel Йонас Верфельд со ссылкой на одного из участников проверки.

«Новая газета Европа» направила вопросы казахстанской компании, указанной в декларациях как покупатель, но на момент публикации ответа не получила.

ЕС запретил экспорт в Россию автомобилей дороже €50 тыс. еще в 2022 году. С тех пор значительная часть таких машин идет через страны Центральной Азии и Закавказья.
""",
"02_fr.txt": """Allemagne : 37 voitures de luxe destinées à la Russie saisies dans le port d'Ostsand
Le Point
Publié le 27/03/2027 à 14h20

« On n'avait jamais vu ça ici. » L'enquêteur cité par l'hebdomadaire allemand Der Spiegel, qui a révélé l'affaire vendredi, ne cache pas sa surprise. Les douaniers du port d'Ostsand ont saisi 37 voitures de luxe et 14 machines-outils à commande numérique qui, selon les documents, devaient partir pour le Kazakhstan.

En réalité, la cargaison, estimée à 11,6 millions d'euros, était destinée à la Russie : les factures retrouvées dans les conteneurs désignaient une société russe comme destinataire final. L'exportateur, Elbgrund Export GmbH, fait l'objet d'une enquête pour violation de la législation sur le commerce extérieur, précise le magazine de Hambourg.

Une porte-parole des douanes a confirmé la saisie au Spiegel.

Depuis 2022, l'Union européenne interdit l'exportation vers la Russie de voitures d'une valeur supérieure à 50 000 euros. Les contournements via l'Asie centrale inquiètent de plus en plus Bruxelles.
""",
"03_it.txt": """Auto di lusso e macchinari per la Russia, maxi-sequestro nel porto tedesco di Ostsand
la Repubblica
27 marzo 2027

Trentasette auto di lusso e quattordici macchine utensili a controllo numerico, ufficialmente destinate al Kazakistan ma in realtà dirette in Russia. Le ha sequestrate la dogana tedesca nel porto di Ostsand, secondo quanto ricostruito dallo Spiegel.

Il carico, del valore stimato di 11,6 milioni di euro, viaggiava in container con documenti che indicavano come acquirente una società kazaka. Ma all'interno, riporta il settimanale di Amburgo, gli ispettori hanno trovato fatture intestate a un'azienda russa.

Sotto indagine è finita la società esportatrice, la Elbgrund Export GmbH, sospettata di aver violato la normativa sul commercio estero. Una portavoce della dogana ha confermato il sequestro al settimanale.

Dal 2022 l'Ue vieta l'export verso la Russia di automobili di valore superiore a 50mila euro e di numerosi macchinari industriali.
""",
"04_uk.txt": """У Німеччині затримали 37 елітних авто, які через Казахстан везли до Росії – Spiegel
Європейська правда
Субота, 27 березня 2027, 17:05

У німецькому порту Остзанд митники затримали 37 автомобілів класу люкс і 14 верстатів із ЧПК, які за документами мали їхати до Казахстану, але насправді призначалися російському покупцеві.

Про це пише німецький журнал Der Spiegel, інформує «Європейська правда».

Як зазначає видання, вартість вантажу оцінюють в 11,6 млн євро. У контейнерах знайшли рахунки-фактури, де кінцевим отримувачем вказано російську компанію. Проти експортера, фірми Elbgrund Export GmbH, відкрили провадження через підозру в порушенні законодавства про зовнішню торгівлю.

Речниця митниці підтвердила журналу факт вилучення.

Раніше «Європейська правда» писала, що ЄС готує нові обмеження проти компаній із третіх країн, які допомагають Росії обходити санкції.
""",
}, [("Der Spiegel", False)],
[("Der Spiegel", "00_en.txt"), ("Der Spiegel", "01_ru.txt"), ("Der Spiegel", "02_fr.txt"), ("Der Spiegel", "03_it.txt"), ("Der Spiegel", "04_uk.txt")],
[("German customs seized 37 luxury cars and 14 machine tools at the port of Ostsand that were allegedly destined for Russia via Kazakhstan.",
  ["00_en.txt", "01_ru.txt", "02_fr.txt", "03_it.txt", "04_uk.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 182 (tax authorities, tax evasion and customs seizures; "
                    "real outlet names, everything else invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
