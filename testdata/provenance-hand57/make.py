#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand57 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: AFP dispatch relayed by four papers: fr Le Figaro "a indiqué à l'AFP" + "Le Figaro avec AFP";
# fr Le Parisien whose ONLY credit is the dateline "(AFP)"; de Tages-Anzeiger "wie die französische
# Nachrichtenagentur AFP meldet"; uk Європейська правда "повідомляє агентство Agence France-Presse".
story("s01_afp_glasshouse_fire", "agency", {
"00_fr.txt": """Bréval-la-Forêt : un incendie détruit la grande serre de l'arboretum, vieille de 140 ans
Le Figaro
2027-04-05 10:40

La grande serre de l'arboretum de Bréval-la-Forêt (Loiret), construite en 1887, a été entièrement détruite par un incendie dans la nuit de dimanche à lundi, a indiqué à l'AFP le commandant Julien Ferrandou, du service départemental d'incendie et de secours.

Le feu s'est déclaré peu après 2 heures du matin dans la chaufferie attenante et s'est propagé en quelques minutes à la charpente en bois. Une quarantaine de sapeurs-pompiers ont été mobilisés, mais la verrière s'était déjà effondrée à leur arrivée. Aucun blessé n'est à déplorer.

Environ 2 300 plantes tropicales, dont une collection de 180 orchidées réunie depuis les années 1950, ont été perdues. « C'est un morceau de notre histoire qui part en fumée », a déclaré à l'AFP la maire de la commune, Hélène Castagnier, venue constater les dégâts au petit matin.

L'origine du sinistre reste inconnue. Le parquet d'Orléans a ouvert une enquête, confiée à la gendarmerie. La serre, inscrite aux monuments historiques en 1994, accueillait chaque année près de 40 000 visiteurs.

Le Figaro avec AFP
""",
"01_fr.txt": """Loiret : la serre historique de Bréval-la-Forêt ravagée par les flammes
Le Parisien
05.04.2027 11:20

Bréval-la-Forêt (AFP) – Il ne reste qu'un squelette de métal tordu. La grande serre de l'arboretum de Bréval-la-Forêt, édifiée en 1887, a été détruite par un incendie survenu dans la nuit de dimanche à lundi.

Les flammes sont parties vers 2 heures de la chaufferie voisine avant de gagner la charpente. Les quelque quarante pompiers engagés n'ont pu empêcher l'effondrement de la verrière. Personne n'a été blessé, selon le commandant Julien Ferrandou, des pompiers du Loiret.

Quelque 2 300 plantes tropicales sont parties en fumée, parmi lesquelles 180 orchidées. « C'est un morceau de notre histoire », a réagi la maire, Hélène Castagnier.

Une enquête a été ouverte par le parquet d'Orléans pour déterminer l'origine du feu.
""",
"02_de.txt": """Feuer zerstört 140 Jahre altes Tropenhaus in Frankreich
Tages-Anzeiger
2027-04-05T13:05:00+02:00

Im französischen Bréval-la-Forêt südlich von Paris ist in der Nacht auf Montag das historische Gewächshaus des Arboretums niedergebrannt, wie die französische Nachrichtenagentur AFP meldet. Der 1887 errichtete Glasbau sei vollständig zerstört worden, sagte ein Feuerwehrsprecher der Agentur.

Rund 2300 tropische Pflanzen, darunter eine Sammlung von 180 Orchideen, wurden ein Raub der Flammen. Verletzt wurde niemand. «Ein Stück unserer Geschichte geht in Rauch auf», sagte Bürgermeisterin Hélène Castagnier der AFP.

Die Brandursache ist unklar, die Staatsanwaltschaft Orléans ermittelt. Das denkmalgeschützte Gewächshaus zog jährlich etwa 40'000 Besucherinnen und Besucher an.
""",
"03_uk.txt": """У Франції згоріла 140-річна оранжерея з колекцією орхідей
Європейська правда
05.04.2027 15:30

У французькому містечку Бреваль-ла-Форе в ніч на понеділок пожежа повністю знищила історичну оранжерею місцевого дендропарку, збудовану 1887 року. Про це повідомляє агентство Agence France-Presse.

За даними AFP, вогонь спалахнув близько другої години ночі в сусідній котельні й за кілька хвилин перекинувся на дерев'яні конструкції. Близько сорока пожежників не змогли врятувати скляний дах. Ніхто не постраждав.

Загинули близько 2300 тропічних рослин, серед них колекція зі 180 орхідей. «Це шматок нашої історії, що згорає на очах», — сказала агентству мерка Елен Кастаньє.

Прокуратура Орлеана розпочала розслідування причин пожежі.
""",
}, [{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": a} for a in ["00_fr.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"]],
[{"text": "A fire destroyed the 1887 glasshouse of the Bréval-la-Forêt arboretum overnight, with no injuries.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "About 2,300 tropical plants including 180 orchids were lost in the fire.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The fire broke out around 2 a.m. in the adjoining boiler room.",
  "articles": ["00_fr.txt", "01_fr.txt", "03_uk.txt"], "independent_sources": 1}])

# s02: chain across three countries AT -> DE -> CH (de) -> CH (fr): Der Standard's own document
# investigation ("Dem STANDARD liegen ... vor", "gegenüber dem Standard"); Süddeutsche Zeitung
# "Wie die Wiener Tageszeitung Der Standard berichtet"; Tages-Anzeiger "berichtet die „Süddeutsche
# Zeitung“ unter Berufung auf ... „Der Standard“" (edge from SZ only); Le Temps (no date line)
# "selon le Tages-Anzeiger, qui reprend la Süddeutsche Zeitung" (edge from Tages-Anzeiger only).
story("s02_chain_filter_dust", "chain", {
"00_de.txt": """Giftiger Filterstaub als „Baumaterial“ nach Bayern verschoben
Der Standard
2027-04-07 06:00

Ein Entsorgungsunternehmen aus der Steiermark hat über zwei Jahre hinweg rund 14.000 Tonnen schwermetallbelasteten Filterstaub aus der Stahlindustrie als „mineralisches Baumaterial“ deklariert und in einen Steinbruch im oberbayerischen Kreuzhofen gebracht. Dem STANDARD liegen Frachtpapiere, Analyseberichte und interne E-Mails der Ennstaler Umwelttechnik GmbH vor.

Laut den Analysen lag der Bleigehalt des Materials teils um das Zwanzigfache über dem Grenzwert für Verfüllungen. In einer E-Mail vom März 2026 schreibt ein Abteilungsleiter, man solle die Lieferscheine „möglichst unauffällig“ halten. Die Lieferungen liefen zwischen Jänner 2025 und Februar 2027.

Ein Sprecher des Klimaschutzministeriums bestätigte gegenüber dem Standard, dass ein Verfahren wegen illegaler Abfallverbringung eingeleitet worden sei. Die Ennstaler Umwelttechnik gehört seit 2023 zur Alpina Reclaim Holding AG mit Sitz im Schweizer Kanton Zug. Beide Unternehmen ließen Anfragen des STANDARD bis Redaktionsschluss unbeantwortet.
""",
"01_de.txt": """14.000 Tonnen belasteter Staub in oberbayerischem Steinbruch
Süddeutsche Zeitung
07.04.2027 14:10

In einem Steinbruch im oberbayerischen Kreuzhofen sind offenbar über Jahre hinweg große Mengen giftiger Industrieabfälle aus Österreich gelandet. Wie die Wiener Tageszeitung Der Standard berichtet, brachte die steirische Ennstaler Umwelttechnik GmbH seit Januar 2025 rund 14.000 Tonnen Filterstaub aus Stahlwerken über die Grenze – deklariert als Baumaterial.

Der Bleigehalt lag nach den Analyseberichten, die dem Standard vorliegen, teils zwanzigmal über dem zulässigen Wert. Ein Sprecher des österreichischen Klimaschutzministeriums bestätigte der Zeitung ein Verfahren wegen illegaler Abfallverbringung.

Das Unternehmen gehört zur Alpina Reclaim Holding mit Sitz in Zug. Für Anwohner in Kreuzhofen stellt sich nun die Frage, was mit dem Grundwasser ist.
""",
"02_de.txt": """Zuger Holding in Giftstaub-Affäre verwickelt
Tages-Anzeiger
8. April 2027

Eine Tochterfirma der Zuger Alpina Reclaim Holding AG soll rund 14'000 Tonnen bleihaltigen Filterstaub illegal von Österreich nach Bayern verschoben haben. Das berichtet die „Süddeutsche Zeitung“ unter Berufung auf Recherchen der Wiener Zeitung „Der Standard“.

Der Staub aus Stahlwerken sei von der steirischen Ennstaler Umwelttechnik als Baumaterial deklariert und in einem Steinbruch im oberbayerischen Kreuzhofen abgeladen worden. Die Bleiwerte hätten teilweise zwanzigmal über dem Grenzwert gelegen. In Österreich läuft laut dem Bericht ein Verfahren des Klimaschutzministeriums.

Die Alpina Reclaim Holding wurde 2019 gegründet und ist in fünf Ländern im Recyclinggeschäft tätig.
""",
"03_fr.txt": """Déchets toxiques : une holding zougoise mise en cause en Autriche et en Bavière
Le Temps

Une filiale autrichienne de la holding zougoise Alpina Reclaim aurait acheminé quelque 14 000 tonnes de poussières de filtration chargées en plomb vers une carrière de Haute-Bavière, en les faisant passer pour des matériaux de construction. C'est ce que rapporte le Tages-Anzeiger, qui reprend des informations publiées par la Süddeutsche Zeitung.

Selon le quotidien zurichois, les teneurs en plomb dépassaient par endroits de vingt fois les valeurs admises. Les livraisons se seraient étalées de janvier 2025 à février 2027.
""",
}, [{"name": "Der Standard", "in_corpus": True}],
[{"origin": "Der Standard", "article": "01_de.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "02_de.txt"},
 {"origin": "Tages-Anzeiger", "article": "03_fr.txt"}],
[{"text": "An Austrian waste firm shipped about 14,000 tonnes of lead-laden filter dust, declared as building material, to a quarry in Kreuzhofen, Bavaria.",
  "articles": ["00_de.txt", "01_de.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Austria's climate ministry opened proceedings over illegal waste shipment.",
  "articles": ["00_de.txt", "01_de.txt", "02_de.txt"], "independent_sources": 1}])

# s03: a Swiss paper's own scoop with anonymous sources: NZZ own ("Recherchen der NZZ", "Drei mit den
# Plänen vertraute Personen bestätigten der NZZ"); Tages-Anzeiger "berichtet die «Neue Zürcher
# Zeitung»" + "zitiert die NZZ"; Keystone-ATS "rapporte la Neue Zürcher Zeitung, citant trois
# sources"; swissinfo.ch (no outlet line, title suffix) "the Neue Zürcher Zeitung reported".
story("s03_nzz_watchmaker_scoop", "scoop", {
"00_de.txt": """Uhrenmanufaktur Vaucourt will jede dritte Stelle im Jura streichen
Neue Zürcher Zeitung
2027-04-09T05:30:00+02:00

Die Uhrenmanufaktur Vaucourt SA plant, an ihrem Stammsitz im jurassischen Montbautier rund 380 von 900 Stellen abzubauen. Das zeigen Recherchen der NZZ. Drei mit den Plänen vertraute Personen bestätigten der NZZ, dass die Geschäftsleitung den Abbau Ende März dem Verwaltungsrat vorgelegt habe. Sie wollten nicht namentlich genannt werden, weil die Belegschaft noch nicht informiert ist.

Nach Angaben dieser Personen soll die Montage der Werke bis 2029 schrittweise in ein Partnerwerk im malaysischen Penang verlagert werden. In Montbautier sollen nur die Endkontrolle, die Gehäusefertigung und die Entwicklung bleiben. Eine der Personen spricht von einem «Kulturbruch für das ganze Tal».

Vaucourt wollte sich auf Anfrage der NZZ nicht äussern. Das Unternehmen hatte 2026 einen Umsatzrückgang von 14 Prozent ausgewiesen.
""",
"01_de.txt": """Vaucourt plant offenbar Abbau von 380 Stellen
Tages-Anzeiger
09.04.2027 09:45

Beim Uhrenhersteller Vaucourt in Montbautier JU steht offenbar ein massiver Stellenabbau bevor. Rund 380 der 900 Arbeitsplätze sollen wegfallen, berichtet die «Neue Zürcher Zeitung». Die Zeitung zitiert drei mit den Plänen vertraute Personen, die anonym bleiben wollten.

Laut NZZ soll die Montage der Uhrwerke bis 2029 nach Penang in Malaysia verlagert werden. Der Verwaltungsrat sei Ende März informiert worden, die Belegschaft noch nicht.

Im Kanton Jura wäre es der grösste Stellenabbau in der Uhrenbranche seit über zehn Jahren.
""",
"02_fr.txt": """Horlogerie : Vaucourt s'apprêterait à supprimer 380 postes dans le Jura
Keystone-ATS
9 avril 2027

La manufacture horlogère Vaucourt envisagerait de supprimer environ 380 de ses 900 emplois à Montbautier (JU), rapporte vendredi la Neue Zürcher Zeitung (NZZ), citant trois sources proches du dossier qui ont requis l'anonymat.

Selon le quotidien zurichois, la direction a présenté le projet au conseil d'administration fin mars. Le personnel n'a pas encore été informé. L'entreprise n'a pas souhaité commenter les informations de la NZZ.
""",
"03_en.txt": """Swiss watchmaker Vaucourt plans to cut 380 jobs, move assembly to Malaysia | swissinfo.ch
2027-04-09 16:20

Swiss watch manufacturer Vaucourt is planning to cut around 380 of its 900 jobs at its headquarters in Montbautier in canton Jura, the Neue Zürcher Zeitung reported on Friday, citing three people familiar with the plans who asked not to be named.

According to the Zurich-based daily, assembly of watch movements would be shifted step by step to a partner factory in Penang, Malaysia, by 2029, while development and final inspection would remain in Switzerland.

Vaucourt reported a 14% fall in sales in 2026.
""",
}, [{"name": "Neue Zürcher Zeitung", "in_corpus": True}],
[{"origin": "Neue Zürcher Zeitung", "article": a} for a in ["01_de.txt", "02_fr.txt", "03_en.txt"]],
[{"text": "Watchmaker Vaucourt plans to cut about 380 of 900 jobs in Montbautier.",
  "articles": ["00_de.txt", "01_de.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Movement assembly is to be moved to a partner factory in Penang, Malaysia, by 2029.",
  "articles": ["00_de.txt", "01_de.txt", "03_en.txt"], "independent_sources": 1}])

# s04: own reportage by Die Zeit (»…« quotes, "sagt er der ZEIT"); an uncredited close Ukrainian
# translation that even turns "der ZEIT" into "нашому виданню"; France Info "rapporte l'hebdomadaire
# allemand Die Zeit"; Deutsche Welle "German weekly Die Zeit reported" + "told Die Zeit".
story("s04_translation_trams", "translation", {
"00_de.txt": """Zwölf Straßenbahnen für Holubynka
Die Zeit
14. April 2027

Im Depot der Kettwitzer Verkehrsbetriebe stehen die zwölf Tatra-Wagen schon in einer Reihe, frisch gewaschen, die Werbung abgeklebt. Als die ZEIT an einem Dienstagmorgen vorbeikommt, schrauben zwei Mechaniker an den Stromabnehmern. Im Mai sollen die Bahnen auf Tiefladern in die ukrainische Stadt Holubynka rollen, Kettwitz' Partnerstadt seit 1992.

»Die Wagen sind 38 Jahre alt, aber sie laufen«, sagt Betriebsleiter Uwe Brandtner der ZEIT. »Bei uns wären sie verschrottet worden. Dort fahren sie noch zehn Jahre.« Die Stadt gibt die Bahnen für einen symbolischen Euro ab, den Transport bezahlt ein Spendenverein.

Holubynka hat im Herbst 2025 bei einem Angriff auf das Depot fast seinen ganzen Wagenpark verloren. Seitdem fährt dort nur eine Buslinie. Die Vizebürgermeisterin Oksana Lytwyntschuk sagt am Telefon, die ersten Bahnen sollen im Juni wieder auf der Linie 2 fahren.
""",
"01_uk.txt": """Дванадцять трамваїв для Голубинки
Новини Голубинки
2027-04-15 09:12

У депо транспортного підприємства німецького міста Кеттвіц дванадцять вагонів Tatra вже стоять у ряд, вимиті, з заклеєною рекламою. Коли ми заходимо туди у вівторок зранку, двоє механіків лагодять струмоприймачі. У травні трамваї на низькорамних платформах вирушать до Голубинки, побратима Кеттвіца з 1992 року.

«Вагонам 38 років, але вони їздять», — каже нашому виданню керівник експлуатації Уве Брандтнер. «У нас їх би порізали на металобрухт. У вас вони проїздять ще десять років». Місто передає трамваї за символічний один євро, перевезення оплачує благодійне товариство.

Восени 2025 року під час удару по депо Голубинка втратила майже всі свої вагони. Відтоді в місті курсує лише одна автобусна лінія. Заступниця міського голови Оксана Литвинчук каже, що перші трамваї мають вийти на маршрут №2 у червні.
""",
"02_fr.txt": """Une ville allemande offre douze tramways à sa jumelle ukrainienne
France Info
15 avril 2027

La ville saxonne de Kettwitz va céder douze anciens tramways Tatra à Holubynka, sa ville jumelle en Ukraine, pour un euro symbolique, rapporte l'hebdomadaire allemand Die Zeit. Les rames, âgées de 38 ans, doivent partir en mai sur des camions surbaissés.

« Chez nous, elles auraient fini à la casse. Là-bas, elles rouleront encore dix ans », a expliqué à Die Zeit le chef d'exploitation, Uwe Brandtner. Holubynka a perdu presque tout son parc lors d'une frappe sur son dépôt à l'automne 2025.
""",
"03_en.txt": """German town gives 12 old trams to bombed-out Ukrainian twin city
Deutsche Welle
2027-04-15T11:00:00+00:00

The eastern German town of Kettwitz is handing over twelve decommissioned Tatra trams to its Ukrainian twin city Holubynka for a symbolic one euro, German weekly Die Zeit reported.

"The cars are 38 years old, but they run," operations manager Uwe Brandtner told Die Zeit. Holubynka lost almost its entire tram fleet when its depot was hit in autumn 2025; deputy mayor Oksana Lytvynchuk said the first trams should be back on route 2 in June.
""",
}, [{"name": "Die Zeit", "in_corpus": True}],
[{"origin": "Die Zeit", "article": a} for a in ["01_uk.txt", "02_fr.txt", "03_en.txt"]],
[{"text": "Kettwitz is giving twelve old Tatra trams to its Ukrainian twin city Holubynka for one euro.",
  "articles": ["00_de.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Holubynka lost almost all its trams when its depot was hit in autumn 2025.",
  "articles": ["00_de.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1}])

# s05: dpa outside the corpus: FAZ whose ONLY credit is the dateline "Neuruppin (dpa) -"; Der Spiegel
# "sagte ein Polizeisprecher der Deutschen Presse-Agentur"; The Local (no date line) "told the German
# Press Agency (dpa)"; Українська правда credits only the FAZ ("Як пише ... Frankfurter Allgemeine
# Zeitung") -> edge from the in-corpus FAZ, root stays dpa.
story("s05_dpa_water_buffalo", "agency", {
"00_de.txt": """Wasserbüffel-Herde legt A24 stundenlang lahm
Frankfurter Allgemeine Zeitung
16.04.2027 10:05

Neuruppin (dpa) - Eine Herde von 38 Wasserbüffeln hat am Freitagmorgen die Autobahn 24 in Brandenburg für rund drei Stunden blockiert. Die Tiere waren in der Nacht durch einen beschädigten Weidezaun eines Biohofs in Lindenhagen ausgebrochen und gegen 5.30 Uhr zwischen den Anschlussstellen Neuruppin und Herzsprung auf die Fahrbahn gelaufen.

Die Polizei sperrte die Autobahn in Richtung Hamburg. Verletzt wurde niemand, auch keines der Tiere. „Die Büffel waren erstaunlich gelassen, die Autofahrer weniger“, sagte ein Polizeisprecher. Mitarbeiter des Hofes trieben die Herde schließlich mit zwei Traktoren über einen Wirtschaftsweg zurück.

Gegen 8.40 Uhr wurde die Strecke wieder freigegeben. Es bildete sich ein Stau von etwa zwölf Kilometern.
""",
"01_de.txt": """38 Wasserbüffel spazieren über die Autobahn
Der Spiegel
2027-04-16 11:30

Ungewöhnlicher Einsatz in Brandenburg: 38 Wasserbüffel haben die A24 bei Neuruppin am Freitagmorgen für etwa drei Stunden lahmgelegt. »Die Büffel waren erstaunlich gelassen, die Autofahrer weniger«, sagte ein Polizeisprecher der Deutschen Presse-Agentur.

Die Herde war nachts durch einen kaputten Zaun von einem Biohof in Lindenhagen entwichen. Die Polizei sperrte die Fahrbahn Richtung Hamburg, bis Hofmitarbeiter die Tiere mit Traktoren zurückgetrieben hatten. Menschen und Tiere blieben unverletzt; der Stau reichte zeitweise zwölf Kilometer weit.
""",
"02_en.txt": """Water buffalo herd shuts down German autobahn for three hours
The Local Germany

A herd of 38 water buffalo wandered onto the A24 motorway north-west of Berlin early on Friday, forcing police to close it for about three hours, a police spokesman told the German Press Agency (dpa).

The animals had broken out of an organic farm in Lindenhagen through a damaged fence overnight. Nobody was hurt, and farm workers drove the herd back using two tractors. Traffic towards Hamburg backed up for twelve kilometres.
""",
"03_uk.txt": """У Німеччині стадо буйволів на три години перекрило автобан
Українська правда
16.04.2027 14:40

У німецькій федеральній землі Бранденбург стадо з 38 водяних буйволів у п'ятницю вранці вийшло на автобан A24 й на близько три години паралізувало рух. Як пише німецька газета Frankfurter Allgemeine Zeitung, тварини вночі втекли з органічної ферми через пошкоджену огорожу.

Поліція перекрила трасу в напрямку Гамбурга. Ніхто не постраждав, працівники ферми повернули стадо за допомогою двох тракторів. Затор сягнув 12 кілометрів.
""",
}, [{"name": "dpa", "in_corpus": False}],
[{"origin": "dpa", "article": "00_de.txt"}, {"origin": "dpa", "article": "01_de.txt"},
 {"origin": "dpa", "article": "02_en.txt"},
 {"origin": "Frankfurter Allgemeine Zeitung", "article": "03_uk.txt"}],
[{"text": "A herd of 38 water buffalo blocked the A24 motorway near Neuruppin for about three hours; nobody was hurt.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The animals escaped from an organic farm through a damaged fence.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

# s06: two independent roots: ORF's own on-site report (in corpus) and the APA agency (outside).
# Die Presse "meldet die APA" + "Laut einem Bericht des ORF" (two edges); Kurier "berichtete die
# Austria Presse Agentur (APA)"; The Local Austria "public broadcaster ORF reported" + "told ORF";
# Укрінформ "повідомляє австрійське агентство APA".
story("s06_two_roots_mountain_hut", "two_sources", {
"00_de.txt": """Felssturz zerstört Gamsjochhütte im Hinterlahntal
ORF
2027-04-22 12:15

Ein Felssturz hat in der Nacht auf Donnerstag die Gamsjochhütte im Tiroler Hinterlahntal auf 2.180 Metern Seehöhe fast vollständig zerstört. Ein Team des ORF Tirol war am Donnerstagvormittag gemeinsam mit dem Hüttenwirt vor Ort: Vom Hauptgebäude stehen nur noch die Grundmauern, das Lager und die Materialseilbahn sind unter Geröll begraben.

„Wir haben alles verloren, was wir in dreißig Jahren aufgebaut haben“, sagte Hüttenwirt Markus Pfurtscheller im Gespräch mit dem ORF. Er hatte die Hütte erst im Juni wieder öffnen wollen. Da sie im Winter geschlossen ist, wurde niemand verletzt.

Nach Einschätzung der Bergrettung lösten sich mehrere tausend Kubikmeter Gestein aus der Nordflanke des Gamsjochs. Der Zustieg über den Lahnsteig bleibt bis auf Weiteres gesperrt.
""",
"01_de.txt": """Tiroler Schutzhütte von Felssturz verschüttet
Die Presse
22.04.2027 15:00

Im Tiroler Hinterlahntal ist die Gamsjochhütte von einem nächtlichen Felssturz weitgehend zerstört worden, meldet die APA. Da die auf 2.180 Metern gelegene Hütte über den Winter geschlossen war, kamen keine Menschen zu Schaden.

Laut einem Bericht des ORF stehen vom Hauptgebäude nur noch die Grundmauern. Auch das Lager und die Materialseilbahn seien unter Geröll begraben.

Der Zustieg bleibt gesperrt.
""",
"02_de.txt": """Gamsjochhütte in Tirol durch Felssturz zerstört
Kurier
22. April 2027

Ein massiver Felssturz hat die Gamsjochhütte im Hinterlahntal zerstört, berichtete die Austria Presse Agentur (APA) am Donnerstag. Verletzt wurde niemand, die Hütte ist im Winter nicht bewirtschaftet.

Ein Landesgeologe warnte laut APA vor weiteren Abbrüchen an der Nordflanke des Gamsjochs; der Hang werde in den kommenden Wochen mit Sensoren überwacht.
""",
"03_en.txt": """Rockfall flattens Alpine hut in Tyrol
The Local Austria
2027-04-22T17:45:00+00:00

A rockfall overnight into Thursday almost completely destroyed the Gamsjoch hut, a mountain refuge at 2,180 metres in Tyrol's Hinterlahn valley, Austrian public broadcaster ORF reported. Nobody was hurt because the hut is closed in winter.

"We have lost everything we built over thirty years," hut keeper Markus Pfurtscheller told ORF. He had planned to reopen in June.
""",
"04_uk.txt": """В австрійському Тіролі обвал зруйнував гірський притулок
Укрінформ
22.04.2027 19:20

У Тіролі внаслідок нічного обвалу майже повністю зруйновано гірський притулок Гамсйох на висоті 2180 метрів. Про це повідомляє австрійське агентство APA.

Постраждалих немає, оскільки взимку притулок не працює. Геолог земельного уряду попередив про можливі нові обвали на північному схилі гори; схил найближчими тижнями контролюватимуть за допомогою датчиків.
""",
}, [{"name": "ORF", "in_corpus": True}, {"name": "APA", "in_corpus": False}],
[{"origin": "APA", "article": "01_de.txt"}, {"origin": "ORF", "article": "01_de.txt"},
 {"origin": "APA", "article": "02_de.txt"}, {"origin": "ORF", "article": "03_en.txt"},
 {"origin": "APA", "article": "04_uk.txt"}],
[{"text": "A rockfall destroyed the Gamsjoch hut at 2,180 m in Tyrol's Hinterlahn valley; nobody was hurt as it was closed for winter.",
  "articles": ["00_de.txt", "01_de.txt", "02_de.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 2},
 {"text": "Hut keeper Markus Pfurtscheller said he had lost everything built over thirty years.",
  "articles": ["00_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A state geologist warned of further rockfalls and the slope will be monitored with sensors.",
  "articles": ["02_de.txt", "04_uk.txt"], "independent_sources": 1}])

# s07: French scoop with an anonymous source: Libération own ("a appris Libération", "selon nos
# informations", "documents consultés par Libération"); Le Figaro "selon Libération" + own confirmation
# "a-t-on appris de source proche du dossier" (edge + second root); BFMTV "d'après les informations de
# Libération" + "rapporte Libération" + "Selon Le Figaro" (two edges); FAZ "wie die französische
# Zeitung „Libération“ berichtet"; The Connexion "French daily Libération reported"; Європейська
# правда "повідомляє французька газета Libération".
story("s07_liberation_mayor_scoop", "scoop", {
"00_fr.txt": """Festival de jazz de Saint-Méran : l'ancien maire mis en examen pour détournement de fonds publics
Libération
2027-04-27 07:00

L'ancien maire de Saint-Méran-sur-Lot, Gérard Vaillac, a été mis en examen lundi pour détournement de fonds publics et prise illégale d'intérêts, a appris Libération. Selon nos informations, les juges d'instruction d'Agen le soupçonnent d'avoir détourné quelque 1,4 million d'euros du budget du festival Jazz en Lot entre 2021 et 2025.

D'après des documents consultés par Libération, une large part de cette somme a été versée à une société de conseil en événementiel, Arcadie Prod, dirigée par le beau-frère de l'élu, pour des prestations dont les enquêteurs n'ont retrouvé aucune trace. « Des factures ont été réglées pour des concerts qui n'ont jamais eu lieu », confie une source proche de l'enquête.

Gérard Vaillac, qui a dirigé la commune de 2014 à 2026, n'a pas répondu à nos sollicitations. Son avocat, Me Frédéric Lanusse, conteste « toute intention frauduleuse ».
""",
"01_fr.txt": """L'ex-maire de Saint-Méran-sur-Lot mis en examen dans l'affaire du festival de jazz
Le Figaro
27.04.2027 10:30

Gérard Vaillac, maire de Saint-Méran-sur-Lot de 2014 à 2026, a été mis en examen lundi pour détournement de fonds publics, selon Libération. L'information a été confirmée au Figaro : l'ancien élu a bien été mis en examen à l'issue de sa garde à vue, a-t-on appris de source proche du dossier.

Les juges d'Agen s'intéressent à environ 1,4 million d'euros issus du budget du festival Jazz en Lot entre 2021 et 2025. Son avocat conteste toute intention frauduleuse.
""",
"02_fr.txt": """Lot : un ancien maire mis en examen pour avoir détourné 1,4 million d'euros d'un festival
BFMTV
2027-04-27 12:50

D'après les informations de Libération, l'ancien maire de Saint-Méran-sur-Lot, Gérard Vaillac, a été mis en examen lundi pour détournement de fonds publics et prise illégale d'intérêts. Les enquêteurs le soupçonnent d'avoir détourné environ 1,4 million d'euros du festival Jazz en Lot, rapporte Libération.

Selon Le Figaro, la mise en examen est intervenue à l'issue d'une garde à vue. L'avocat de l'ancien édile, Frédéric Lanusse, conteste toute intention frauduleuse.
""",
"03_de.txt": """Französischer Ex-Bürgermeister soll Jazzfestival geplündert haben
Frankfurter Allgemeine Zeitung
27. April 2027

Gegen den früheren Bürgermeister der südwestfranzösischen Gemeinde Saint-Méran-sur-Lot wird wegen Veruntreuung öffentlicher Gelder ermittelt. Wie die französische Zeitung „Libération“ berichtet, soll Gérard Vaillac zwischen 2021 und 2025 rund 1,4 Millionen Euro aus dem Budget des Festivals „Jazz en Lot“ abgezweigt haben.

Ein großer Teil des Geldes sei laut „Libération“ an eine Eventfirma seines Schwagers geflossen, für Leistungen, die nie erbracht worden seien. Vaillac wurde am Montag formell beschuldigt.
""",
"04_en.txt": """Former mayor charged over €1.4m missing from jazz festival budget
The Connexion
2027-04-27T15:10:00+00:00

The former mayor of Saint-Méran-sur-Lot in south-west France, Gérard Vaillac, was placed under formal investigation on Monday for embezzling public funds, French daily Libération reported.

According to the newspaper, investigators suspect that around €1.4 million from the budget of the Jazz en Lot festival was diverted between 2021 and 2025, much of it paid to an events company run by his brother-in-law for services that were never delivered.
""",
"05_uk.txt": """У Франції колишнього мера підозрюють у розкраданні 1,4 млн євро з бюджету джазового фестивалю
Європейська правда
27.04.2027 18:00

Колишньому меру французького містечка Сен-Меран-сюр-Ло Жерару Ваяку в понеділок висунули обвинувачення у розкраданні державних коштів. Про це повідомляє французька газета Libération.

Слідчі підозрюють, що з 2021 по 2025 рік він вивів близько 1,4 млн євро з бюджету фестивалю Jazz en Lot. Адвокат посадовця відкидає звинувачення.
""",
}, [{"name": "Libération", "in_corpus": True}, {"name": "Le Figaro", "in_corpus": True}],
[{"origin": "Libération", "article": a} for a in ["01_fr.txt", "02_fr.txt", "03_de.txt", "04_en.txt", "05_uk.txt"]]
 + [{"origin": "Le Figaro", "article": "02_fr.txt"}],
[{"text": "Former Saint-Méran-sur-Lot mayor Gérard Vaillac was placed under formal investigation for embezzling about €1.4 million from the Jazz en Lot festival budget.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_fr.txt", "03_de.txt", "04_en.txt", "05_uk.txt"], "independent_sources": 2},
 {"text": "Much of the money went to an events company run by the mayor's brother-in-law for services never delivered.",
  "articles": ["00_fr.txt", "03_de.txt", "04_en.txt"], "independent_sources": 1}])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 57 (events and people invented, real French, German, Swiss and Austrian media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
