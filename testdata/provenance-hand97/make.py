#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand97 set (science, space and
climate; real media and institution names, all events, people, figures and quotes invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: ESA's own statement on its website (outside the corpus) relayed directly by four outlets.
# de "Das teilte die Europäische Weltraumorganisation Esa am Montag mit" + "wird ... in der
# Mitteilung zitiert"; it "Lo ha reso noto l'Agenzia spaziale europea (Esa) in una nota" +
# "L'agenzia conta di" (= ESA, written by the agency ANSA); fr (no date line) "a annoncé ...
# l'Agence spatiale européenne (ESA) dans un communiqué"; uk "Про це йдеться у заяві
# Європейського космічного агентства (ЄКА) ..., передає Укрінформ".
story("t01_esa_probe_safe_mode", "institution_statement", {
"00_de.txt": """Sonnensonde „Halcyon" nach Strahlungsausbruch im Sicherheitsmodus
Frankfurter Allgemeine Zeitung
15.03.2027, 14:20

Die europäische Sonnensonde Halcyon hat sich nach einem heftigen Strahlungsausbruch der Sonne selbst in einen Sicherheitsmodus versetzt. Das teilte die Europäische Weltraumorganisation Esa am Montag mit. Die Sonde sei stabil und weiterhin mit dem Kontrollzentrum in Darmstadt verbunden, ihre wissenschaftlichen Instrumente seien jedoch vorerst abgeschaltet.

Auslöser war nach Angaben der Esa eine Sonneneruption der höchsten Klasse X, die am Sonntagmorgen um 7.52 Uhr mitteleuropäischer Zeit registriert wurde. Energiereiche Protonen hätten wenige Stunden später den Sternsensor gestört, mit dem Halcyon seine Lage im Raum bestimmt. Der Bordcomputer habe daraufhin wie vorgesehen alle nicht lebenswichtigen Systeme heruntergefahren und die Solarpaneele zur Sonne ausgerichtet.

„Die Sonde hat genau das getan, wofür wir sie programmiert haben", wird Missionsleiterin Ingrid Vasbotten in der Mitteilung zitiert. „Wir gehen Schritt für Schritt vor und schalten die Instrumente erst wieder ein, wenn wir die Ursache vollständig verstanden haben." Die Esa rechnet damit, den Messbetrieb innerhalb von drei Wochen wieder aufnehmen zu können.

Halcyon war im Dezember 2025 mit einer Vega-C-Rakete vom europäischen Weltraumbahnhof Kourou gestartet und beobachtet vom Lagrange-Punkt L1 aus, rund 1,5 Millionen Kilometer von der Erde entfernt, den Sonnenwind. Die Mission kostete rund 480 Millionen Euro. Ihre Daten sollen helfen, Sonnenstürme früher vorherzusagen, die Satelliten, Funkverbindungen und Stromnetze stören können.

Ausgerechnet ein solcher Sturm hat die Sonde nun vorübergehend lahmgelegt. Eine Gefahr für die Mission bestehe nicht, betonte die Raumfahrtagentur. Der aktuelle Sonnenzyklus hat seinen Höhepunkt zwar überschritten, starke Eruptionen sind aber noch über Jahre möglich.
""",
"01_it.txt": """Tempesta solare, la sonda europea Halcyon entra in modalità di sicurezza
ANSA
15 marzo 2027 16:05

ROMA - La sonda europea Halcyon, che studia il vento solare, si è messa in modalità di sicurezza dopo essere stata investita dalle particelle di un potente brillamento. Lo ha reso noto l'Agenzia spaziale europea (Esa) in una nota pubblicata oggi sul proprio sito.

Il brillamento, di classe X, la più intensa, è stato registrato domenica mattina alle 7:52 ora italiana. Poche ore dopo, secondo quanto riferisce l'Esa, i protoni ad alta energia hanno disturbato il sensore stellare che permette alla sonda di orientarsi. Il computer di bordo ha quindi spento i sistemi non essenziali e puntato i pannelli solari verso il Sole, come previsto dalle procedure.

"La sonda ha fatto esattamente ciò per cui l'avevamo programmata", afferma nella nota la responsabile della missione, Ingrid Vasbotten. "Procederemo un passo alla volta e riaccenderemo gli strumenti solo quando avremo compreso fino in fondo che cosa è successo". L'agenzia conta di riprendere le osservazioni scientifiche entro tre settimane; la sonda, precisa l'ente, è stabile e in contatto con il centro di controllo di Darmstadt, in Germania.

Halcyon è stata lanciata nel dicembre 2025 da Kourou, nella Guyana francese, con un razzo Vega-C, e osserva il Sole dal punto lagrangiano L1, a circa 1,5 milioni di chilometri dalla Terra. A bordo c'è anche un magnetometro costruito da un consorzio di università italiane. L'obiettivo della missione è migliorare la previsione delle tempeste solari, che possono danneggiare satelliti, comunicazioni radio e reti elettriche.
""",
"02_fr.txt": """Éruption solaire : la sonde européenne Halcyon se met en mode survie
Sciences et Avenir

Touchée par une violente éruption solaire, la sonde européenne Halcyon s'est placée d'elle-même en mode survie, a annoncé lundi 15 mars l'Agence spatiale européenne (ESA) dans un communiqué publié sur son site internet.

L'éruption, de classe X, la catégorie la plus puissante, s'est produite dimanche à 7h52, heure de Paris. Quelques heures plus tard, un flot de protons de haute énergie a perturbé le viseur d'étoiles de la sonde, l'instrument qui lui permet de connaître son orientation. L'ordinateur de bord a alors coupé tous les systèmes non essentiels et tourné les panneaux solaires vers le Soleil, conformément aux procédures, précise l'ESA.

« La sonde a fait exactement ce pour quoi nous l'avions programmée », souligne dans le communiqué Ingrid Vasbotten, responsable de la mission. Les instruments scientifiques ne seront rallumés qu'une fois la cause de l'incident parfaitement comprise, ajoute l'agence, selon laquelle la sonde est stable et reste en contact avec le centre de contrôle de Darmstadt, en Allemagne.

Lancée en décembre 2025 depuis Kourou par une fusée Vega-C, Halcyon observe le vent solaire depuis le point de Lagrange L1, à 1,5 million de kilomètres de la Terre. Son objectif : mieux prévoir les tempêtes solaires, capables de perturber satellites, signaux GPS et réseaux électriques. Ironie du sort, c'est précisément l'un de ces orages qui a provisoirement mis la sonde hors service.
""",
"03_uk.txt": """Зонд ЄКА Halcyon перейшов у безпечний режим через потужний спалах на Сонці
Укрінформ
15.03.2027 18:40

Європейський зонд Halcyon, який досліджує сонячний вітер, після потужного спалаху на Сонці автоматично перейшов у безпечний режим. Про це йдеться у заяві Європейського космічного агентства (ЄКА), оприлюдненій на його сайті, передає Укрінформ.

Як зазначають в агентстві, спалах найвищого класу X зафіксували в неділю о 8:52 за київським часом. Через кілька годин потоки високоенергетичних протонів порушили роботу зоряного датчика, за допомогою якого апарат визначає своє положення в просторі. Бортовий комп'ютер вимкнув усі некритичні системи та розвернув сонячні панелі до Сонця.

«Зонд зробив саме те, на що ми його запрограмували. Ми діятимемо крок за кроком і ввімкнемо наукові прилади лише тоді, коли повністю зрозуміємо причину», — цитують у заяві керівницю місії Інгрід Васботтен.

У ЄКА розраховують відновити наукові спостереження протягом трьох тижнів. Зонд стабільний і підтримує зв'язок із центром управління польотами в Дармштадті, наголошують в агентстві.

Halcyon запустили в грудні 2025 року ракетою Vega-C з космодрому Куру у Французькій Гвіані. Апарат працює в точці Лагранжа L1 на відстані близько 1,5 млн км від Землі. Його дані мають допомогти точніше прогнозувати магнітні бурі, які можуть порушувати роботу супутників, зв'язку та енергосистем.
""",
}, [("ESA", False)],
[("ESA", "00_de.txt"), ("ESA", "01_it.txt"), ("ESA", "02_fr.txt"), ("ESA", "03_uk.txt")],
[("ESA's solar-wind probe Halcyon put itself into safe mode after an X-class solar flare disturbed its star tracker.",
  ["00_de.txt", "01_it.txt", "02_fr.txt", "03_uk.txt"], 1),
 ("ESA expects to resume Halcyon's science operations within three weeks.",
  ["00_de.txt", "01_it.txt", "03_uk.txt"], 1)])

# t02: a study published in Nature (the journal paper is the origin, outside the corpus). New
# Scientist relays the paper AND interviews an independent glaciologist whose own GPS stations
# recorded the same speed-up ("who wasn't involved in the study" + "she told New Scientist"):
# edge from Nature and New Scientist is itself an in-corpus origin (own confirmation). de "berichten
# Forschende ... im Fachjournal „Nature"" + "heißt es in der Studie"; ru "говорится в статье ...,
# опубликованной в журнале Nature" + "напоминает агентство" (= РИА Новости itself); it "È quanto
# emerge da uno studio pubblicato sulla rivista scientifica Nature" + "si legge nell'articolo".
story("t02_nature_ice_stream", "journal_study_own_confirmation", {
"00_en.txt": """Antarctic ice stream has doubled its speed in just a decade
New Scientist
9 June 2027

A fast-moving river of ice in West Antarctica is now flowing twice as quickly as it did in 2015, and warm ocean water eating away at its underside is the most likely culprit.

Maren Ekholm at the University of Bergen in Norway and her colleagues analysed more than 4000 radar images taken by the European Sentinel-1 satellites between 2015 and 2026. They found that near its grounding line – the point where the ice lifts off the seabed and begins to float – the Ostrander ice stream has sped up from about 410 metres a year to 830 metres a year. The results are published in Nature.

"We expected some acceleration, but not a doubling," says Ekholm. "The ice stream is essentially being unplugged from below." Ocean data from the area show that a layer of relatively warm deep water has been reaching the base of the floating ice more often since about 2016, the team reports.

Independent measurements back up the finding. Rachel Odum at the University of Washington, who wasn't involved in the study, leads a team that has kept six GPS stations running on the ice shelf next to the Ostrander since 2017. "Our stations recorded an acceleration of almost exactly the same size over the same period," she told New Scientist. "Two completely different methods giving the same answer – that makes me confident this is real."

Odum says the big question now is whether the speed-up will continue. The ice stream drains a basin holding enough ice to raise global sea levels by around 30 centimetres if it all melted, although that would take many centuries.

Ekholm's team plans to return to the region during the next southern summer to drill through the ice shelf and measure the temperature of the water directly beneath it.
""",
"01_de.txt": """Antarktis: Eisstrom fließt doppelt so schnell wie vor zehn Jahren
Der Spiegel
09.06.2027, 17.02 Uhr

Ein großer Eisstrom in der Westantarktis hat sein Tempo innerhalb von gut zehn Jahren verdoppelt. Das berichten Forschende um die Glaziologin Maren Ekholm von der Universität Bergen im Fachjournal „Nature". Demnach bewegt sich der sogenannte Ostrander-Eisstrom nahe seiner Aufsetzlinie inzwischen mit rund 830 Metern pro Jahr in Richtung Meer – 2015 waren es noch etwa 410 Meter.

Für ihre Studie werteten die Wissenschaftlerinnen und Wissenschaftler mehr als 4000 Radaraufnahmen der europäischen Sentinel-1-Satelliten aus. Als wahrscheinlichste Ursache nennen sie relativ warmes Tiefenwasser, das seit etwa 2016 häufiger unter das schwimmende Schelfeis gelangt und es von unten abschmilzt. Der Eisstrom verliere dadurch seinen Halt, heißt es in der Studie.

Die Folgen reichen über die Antarktis hinaus. Setzt sich die Entwicklung fort, könnte der Ostrander-Eisstrom nach Berechnungen des Teams bis zum Jahr 2100 bis zu vier Zentimeter zum Anstieg des globalen Meeresspiegels beitragen. Das klingt nach wenig, ist für einen einzelnen Eisstrom aber beträchtlich.

Eisströme sind Zonen im Inlandeis, in denen sich das Eis deutlich schneller bewegt als in der Umgebung. Über sie fließt ein großer Teil des antarktischen Eises ins Meer ab. Wird ein solcher Strom schneller, verliert der Eisschild unterm Strich an Masse.

Wie lange die Beschleunigung anhält, ist offen. Die Forschenden wollen im kommenden Südsommer durch das Schelfeis bohren, um die Wassertemperatur direkt unter dem Eis zu messen.
""",
"02_ru.txt": """Ледяной поток в Антарктиде ускорился вдвое за десять лет
РИА Новости
2027-06-09 19:30

МОСКВА, 9 июн — РИА Новости. Скорость ледяного потока Острандер в Западной Антарктиде с 2015 по 2026 год выросла примерно вдвое, говорится в статье международной группы гляциологов, опубликованной в журнале Nature.

Исследователи под руководством Марен Экхольм из Бергенского университета (Норвегия) проанализировали более 4 тысяч радарных снимков, полученных европейскими спутниками Sentinel-1. По их данным, вблизи линии налегания, где лед отрывается от дна и начинает держаться на плаву, поток сейчас движется к океану со скоростью около 830 метров в год, тогда как в 2015 году она составляла примерно 410 метров.

Главной причиной ускорения авторы считают относительно теплую глубинную воду, которая примерно с 2016 года все чаще проникает под плавучий шельфовый ледник и подтапливает его снизу.

"Если нынешняя тенденция сохранится, к 2100 году вклад ледяного потока Острандер в повышение уровня Мирового океана может составить до четырех сантиметров", — пишут ученые.

Ледяные потоки — участки ледникового щита, где лед движется значительно быстрее, чем в окружающих районах. По ним в океан поступает большая часть антарктического льда. Западная Антарктида считается одним из наиболее уязвимых к потеплению регионов планеты, напоминает агентство.
""",
"03_it.txt": """Antartide, un fiume di ghiaccio corre al doppio della velocità di dieci anni fa
La Stampa
10/06/2027

Un gigantesco fiume di ghiaccio nell'Antartide occidentale ha raddoppiato la sua velocità in poco più di dieci anni. È quanto emerge da uno studio pubblicato sulla rivista scientifica Nature da un gruppo di glaciologi guidato da Maren Ekholm, dell'Università di Bergen, in Norvegia.

Analizzando oltre 4.000 immagini radar dei satelliti europei Sentinel-1, i ricercatori hanno misurato la velocità della cosiddetta corrente glaciale Ostrander in prossimità della linea di galleggiamento, il punto in cui il ghiaccio si stacca dal fondale e comincia a galleggiare: dai circa 410 metri all'anno del 2015 si è passati a circa 830 metri all'anno.

Secondo gli autori, il responsabile principale è l'acqua profonda relativamente calda che, dal 2016 in poi, raggiunge sempre più spesso la base della piattaforma di ghiaccio galleggiante e la scioglie dal basso. Se la tendenza dovesse proseguire, si legge nell'articolo, entro il 2100 la corrente Ostrander potrebbe contribuire fino a quattro centimetri all'innalzamento del livello globale dei mari.

Le correnti glaciali sono le "autostrade" attraverso cui gran parte del ghiaccio antartico scivola verso l'oceano. Quando accelerano, la calotta perde massa. Il gruppo di ricerca conta di tornare nella regione durante la prossima estate australe per perforare la piattaforma e misurare direttamente la temperatura dell'acqua sotto il ghiaccio.
""",
}, [("Nature", False), ("New Scientist", True)],
[("Nature", "00_en.txt"), ("Nature", "01_de.txt"), ("Nature", "02_ru.txt"), ("Nature", "03_it.txt")],
[("The Ostrander ice stream in West Antarctica has doubled its speed since 2015, from about 410 to about 830 metres a year.",
  ["00_en.txt", "01_de.txt", "02_ru.txt", "03_it.txt"], 2),
 ("If the trend continues, the Ostrander ice stream could add up to four centimetres to global sea level by 2100.",
  ["01_de.txt", "02_ru.txt", "03_it.txt"], 1)])

# t03: University of Padua press release (outside the corpus) -> wire chain. ANSA takes it directly
# ("Lo rende noto l'Università di Padova in un comunicato" + "avverte l'ateneo"); Укрінформ credits
# ANSA, which names the university ("повідомляє італійське агентство ANSA з посиланням на
# Падуанський університет, передає Укрінформ" + "За даними агентства" + "цитує ANSA"): one edge
# from ANSA. de "teilte die Universität Padua am Dienstag mit" + "in der Pressemitteilung zitiert";
# fr "a annoncé mardi l'université de Padoue dans un communiqué" + "selon l'établissement".
story("t03_padova_glacier_press_release", "press_release_wire_chain", {
"00_it.txt": """Dolomiti, il ghiacciaio della Forcella Rossa ha perso il 38% del volume in cinque anni
ANSA
21 settembre 2027 12:48

PADOVA - Il ghiacciaio della Forcella Rossa, nelle Dolomiti bellunesi, ha perso il 38% del suo volume dal 2022 a oggi. Lo rende noto l'Università di Padova in un comunicato che illustra i risultati dell'ultima campagna di misure, condotta ad agosto dai ricercatori del Dipartimento di Geoscienze.

I rilievi, effettuati con droni e con un georadar trainato sul ghiaccio, indicano che lo spessore medio è sceso da 31 a 19 metri in cinque estati. La superficie del ghiacciaio si è ridotta a 0,41 chilometri quadrati, meno della metà rispetto agli anni Ottanta. Al ritmo attuale, avverte l'ateneo, la Forcella Rossa potrebbe scomparire del tutto entro il 2040.

"Le estati 2025 e 2027 sono state le peggiori da quando misuriamo il ghiacciaio: in alcuni punti abbiamo perso più di tre metri di spessore in una sola stagione", spiega nella nota la coordinatrice dello studio, la glaciologa Chiara Benedetti. "Quello che vediamo qui è lo stesso processo in corso su quasi tutti i piccoli ghiacciai alpini sotto i 3.000 metri".

Secondo i ricercatori padovani, a pesare sono soprattutto le alte temperature estive e la scarsità di neve invernale, che lascia il ghiaccio scoperto già all'inizio di luglio. Il gruppo di ricerca continuerà le misurazioni ogni anno e metterà i dati a disposizione dei comuni della zona, che usano l'acqua di fusione per alimentare acquedotti e piccole centrali idroelettriche.
""",
"01_de.txt": """Dolomiten-Gletscher hat fast 40 Prozent seines Eises verloren
Süddeutsche Zeitung
21. September 2027

Der Gletscher an der Forcella Rossa in den italienischen Dolomiten schmilzt rasant. Seit 2022 habe er 38 Prozent seines Volumens eingebüßt, teilte die Universität Padua am Dienstag mit. Forschende der Hochschule hatten den Gletscher im August mit Drohnen und einem Bodenradar vermessen.

Nach Angaben der Universität ist das Eis im Mittel nur noch 19 Meter dick, vor fünf Jahren waren es 31 Meter. Die Fläche ist auf 0,41 Quadratkilometer geschrumpft. „Die Sommer 2025 und 2027 waren die schlimmsten seit Beginn unserer Messungen", wird die Glaziologin Chiara Benedetti in der Pressemitteilung zitiert. Stellenweise habe der Gletscher in einer einzigen Saison mehr als drei Meter an Dicke verloren.

Als Hauptursachen nennen die Paduaner Forscher hohe Sommertemperaturen und schneearme Winter. Fehlt die schützende Schneedecke, liegt das Eis schon Anfang Juli frei und schmilzt umso schneller.

Die Forcella Rossa ist kein Einzelfall. Kleine Gletscher unterhalb von 3000 Metern schrumpfen im gesamten Alpenraum, auch in den bayerischen Alpen sind nur noch wenige Eisfelder übrig. Für die Gemeinden in den Tälern ist das auch eine ganz praktische Frage: Viele von ihnen beziehen im Spätsommer einen Teil ihres Trinkwassers aus dem Schmelzwasser der Gletscher.
""",
"02_uk.txt": """Льодовик у Доломітових Альпах за п'ять років втратив майже 40% об'єму
Укрінформ
21.09.2027 16:15

Льодовик Форчелла-Росса в італійських Доломітових Альпах із 2022 року втратив 38% свого об'єму. Про це повідомляє італійське агентство ANSA з посиланням на Падуанський університет, передає Укрінформ.

За даними агентства, науковці університетського департаменту геонаук у серпні обстежили льодовик за допомогою дронів і георадара. Середня товщина льоду за п'ять років зменшилася з 31 до 19 метрів, а площа скоротилася до 0,41 кв. км — це менше половини від показників 1980-х років.

«Літо 2025 і 2027 років було найгіршим відтоді, як ми вимірюємо льодовик: у деяких місцях ми втратили понад три метри товщини за один сезон», — цитує ANSA керівницю дослідження, гляціологиню К'яру Бенедетті.

Якщо нинішні темпи танення збережуться, льодовик може повністю зникнути до 2040 року, зазначає агентство. Основними причинами науковці називають високі літні температури та малосніжні зими, через які лід залишається відкритим уже на початку липня.

Як повідомляв Укрінформ, раніше дослідники фіксували прискорене танення й інших невеликих льодовиків в Альпах, розташованих нижче 3000 метрів.
""",
"03_fr.txt": """Dans les Dolomites, un glacier a perdu près de 40 % de son volume en cinq ans
Le Figaro
22/09/2027 à 08:10

Le glacier de la Forcella Rossa, dans les Dolomites italiennes, a perdu 38 % de son volume depuis 2022, a annoncé mardi l'université de Padoue dans un communiqué. Et il pourrait avoir entièrement disparu d'ici à 2040 si le rythme actuel de fonte se maintient, préviennent ses chercheurs.

Mesurée en août à l'aide de drones et d'un géoradar, l'épaisseur moyenne de la glace est passée de 31 à 19 mètres en cinq étés. La surface du glacier n'est plus que de 0,41 km², moins de la moitié de ce qu'elle était dans les années 1980, selon l'établissement.

« Les étés 2025 et 2027 ont été les pires depuis que nous mesurons le glacier : à certains endroits, nous avons perdu plus de trois mètres d'épaisseur en une seule saison », explique dans le communiqué la glaciologue Chiara Benedetti, qui coordonne l'étude au département de géosciences de l'université.

En cause, selon les chercheurs padouans : des étés de plus en plus chauds et des hivers pauvres en neige, qui laissent la glace à nu dès le début du mois de juillet. Le phénomène n'est pas propre à l'Italie. Dans les Alpes françaises aussi, les petits glaciers situés sous 3 000 mètres d'altitude reculent à vue d'œil, et plusieurs d'entre eux pourraient ne pas passer le cap de la prochaine décennie.
""",
}, [("Università di Padova", False)],
[("Università di Padova", "00_it.txt"), ("Università di Padova", "01_de.txt"), ("ANSA", "02_uk.txt"),
 ("Università di Padova", "03_fr.txt")],
[("The Forcella Rossa glacier in the Dolomites has lost 38% of its volume since 2022.",
  ["00_it.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], 1),
 ("At the current rate the Forcella Rossa glacier could disappear entirely by 2040.",
  ["00_it.txt", "02_uk.txt", "03_fr.txt"], 1)])

# t04: meteorological service warning published by Ukraine's Hydrometeorological Center
# (Укргідрометцентр, outside the corpus), relayed directly 4x. uk "Про це попереджає Український
# гідрометеорологічний центр" + "йдеться в попередженні Укргідрометцентру"; en "Ukraine's
# Hydrometeorological Center warned on Nov. 17" + "according to the center's warning"; de (no outlet
# line) "teilte das Hydrometeorologische Zentrum der Ukraine am Mittwoch in Kiew mit" + "hieß es in
# der Warnung"; ru "говорится в предупреждении, опубликованном на сайте Укргидрометцентра".
story("t04_ukrhydromet_storm_warning", "met_service_warning", {
"00_uk.txt": """Синоптики попередили про штормовий вітер і снігопади на заході: у трьох областях — червоний рівень небезпеки
Українська правда
Середа, 17 листопада 2027, 13:25

У четвер і п'ятницю, 18–19 листопада, у західних областях України очікується сильний вітер із поривами 20–27 м/с, а в Карпатах — значний снігопад. Про це попереджає Український гідрометеорологічний центр.

У Закарпатській, Львівській та Івано-Франківській областях синоптики оголосили III (червоний) рівень небезпечності. В інших західних областях діятиме II (помаранчевий) рівень.

"18–19 листопада у Карпатах очікується сильний сніг, місцями налипання мокрого снігу та заметілі, у високогір'ї шар снігу збільшиться на 30–40 см", — йдеться в попередженні Укргідрометцентру.

Синоптики також прогнозують ускладнення руху на дорогах, зокрема на гірських перевалах, та можливі перебої з електропостачанням через пориви вітру й налипання снігу на дроти. Мешканцям радять без потреби не вирушати автомобілем у гірські райони та не залишати машини поблизу дерев і рекламних конструкцій.

Негода прийде на заміну незвично теплій для середини листопада погоді: ще на початку тижня на Закарпатті температура вдень сягала +16 °C. У суботу вітер, за прогнозом синоптиків, послабшає.
""",
"01_en.txt": """Ukraine issues red-level storm warning for three western oblasts
The Kyiv Independent
Nov. 17, 2027 3:10 PM

Ukraine's Hydrometeorological Center warned on Nov. 17 of strong winds and heavy snowfall in western Ukraine on Nov. 18-19, declaring the highest, red level of danger in Zakarpattia, Lviv, and Ivano-Frankivsk oblasts.

Wind gusts are expected to reach 20-27 meters per second (72-97 kilometers per hour), the forecasters said. An orange, or second, level of danger will apply in the rest of western Ukraine.

In the Carpathian Mountains, the snow cover could grow by 30-40 centimeters at higher altitudes, with blizzards and wet snow sticking to trees and power lines, according to the center's warning.

The weather service cautioned that mountain passes could become difficult to drive through and that some settlements might temporarily lose electricity. It urged residents to avoid unnecessary car trips to mountain areas.

The storm follows an unusually warm start to November. Earlier in the week, daytime temperatures in Zakarpattia Oblast reached 16 degrees Celsius.

Ukraine's energy system, damaged by years of Russian attacks on power plants and substations, is particularly vulnerable to weather-related outages in winter, when repair crews have to work in snow and freezing temperatures.
""",
"02_de.txt": """Ukraine: Wetterdienst warnt vor Sturmböen und Schneesturm in den Karpaten
Mittwoch, 17. November 2027

Der staatliche ukrainische Wetterdienst hat für den Westen des Landes vor einem schweren Wintersturm gewarnt. Am Donnerstag und Freitag seien Böen von 20 bis 27 Metern pro Sekunde zu erwarten, also knapp 100 Kilometer pro Stunde, teilte das Hydrometeorologische Zentrum der Ukraine am Mittwoch in Kiew mit. In den Karpaten soll es zudem kräftig schneien, in den Hochlagen bis zu 40 Zentimeter.

Auf Bergstraßen und Pässen müsse mit erheblichen Behinderungen gerechnet werden, hieß es in der Warnung. Auch Stromausfälle seien möglich, wenn nasser Schnee an Leitungen hafte oder Bäume auf Leitungen stürzten. Die Meteorologen rieten der Bevölkerung, auf unnötige Autofahrten in die Berge zu verzichten.

Für die Ukraine kommt der Sturm zu einem ungünstigen Zeitpunkt. Russische Angriffe haben das Energiesystem des Landes in den vergangenen Jahren schwer beschädigt, viele Leitungen und Umspannwerke sind nur provisorisch repariert. Jeder zusätzliche Ausfall bindet Reparaturtrupps, die im Winter ohnehin an ihre Grenzen stoßen.

Zuvor war es für die Jahreszeit ungewöhnlich mild gewesen: In Transkarpatien wurden Anfang der Woche noch 16 Grad gemessen.
""",
"03_ru.txt": """Укргидрометцентр объявил красный уровень опасности в трех западных областях
Интерфакс-Украина
17 ноября 2027, 14:02

Киев. 17 ноября. ИНТЕРФАКС-УКРАИНА – Украинский гидрометеорологический центр объявил III (красный) уровень опасности в Закарпатской, Львовской и Ивано-Франковской областях в связи с ожидаемым штормовым ветром и сильным снегом 18-19 ноября.

"18-19 ноября в западных областях ожидается сильный ветер, порывы 20-27 м/с", – говорится в предупреждении, опубликованном на сайте Укргидрометцентра в среду.

По данным синоптиков, в Карпатах пройдет сильный снег, местами метели и налипание мокрого снега, в высокогорье высота снежного покрова увеличится на 30-40 см. В остальных западных областях объявлен II (оранжевый) уровень опасности.

В гидрометцентре предупредили о возможных затруднениях движения транспорта, прежде всего на горных перевалах, а также о перебоях в электроснабжении.

Как отмечается, непогода придет на смену аномально теплой для ноября погоде: в начале недели дневная температура в Закарпатье достигала +16 градусов. В субботу ветер, согласно прогнозу, ослабеет.
""",
}, [("Укргідрометцентр", False)],
[("Укргідрометцентр", "00_uk.txt"), ("Укргідрометцентр", "01_en.txt"), ("Укргідрометцентр", "02_de.txt"),
 ("Укргідрометцентр", "03_ru.txt")],
[("Ukraine's weather service warns of wind gusts of 20-27 m/s in western Ukraine on 18-19 November.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("The highest, red (level III) danger was declared in Zakarpattia, Lviv and Ivano-Frankivsk regions.",
  ["00_uk.txt", "01_en.txt", "03_ru.txt"], 1)])

# t05: Roscosmos's own Telegram channel (outside the corpus). ru "сообщили в Telegram-канале
# Роскосмоса" + "говорится в сообщении госкорпорации"; uk "Про це «Роскосмос» повідомив у своєму
# Telegram-каналі" + "Як ідеться в дописі"; fr "L'annonce a été faite vendredi soir sur la chaîne
# Telegram de l'agence" + "selon le message de Roscosmos". en (no outlet line) is an uncredited,
# close English translation of РИА Новости's text published hours later (same dateline style
# "MOSCOW, Dec 3 –", same order, same quote, same background figures, same last paragraph); it
# keeps "Roscosmos said on its Telegram channel": edge from РИА Новости only, none from Roscosmos.
story("t05_roscosmos_launch_postponed", "telegram_translation", {
"00_ru.txt": """Запуск "Союза" с научным спутником "Светозар" с Восточного перенесли
РИА Новости
03.12.2027 19:44

МОСКВА, 3 дек — РИА Новости. Запуск ракеты "Союз-2.1б" с научным спутником "Светозар", намеченный на субботу, 4 декабря, с космодрома Восточный перенесен по техническим причинам, сообщили в Telegram-канале Роскосмоса.

"В ходе предстартовых проверок выявлено отклонение в телеметрии одного из датчиков разгонного блока "Фрегат". Ракета будет возвращена в монтажно-испытательный корпус для проведения дополнительных проверок. Новая дата пуска будет определена государственной комиссией", — говорится в сообщении госкорпорации.

Как уточняется, спутник и ракета находятся в безопасном состоянии.

"Светозар" массой около 1850 килограммов предназначен для изучения верхних слоев атмосферы и ионосферы Земли. Аппарат должен был выйти на солнечно-синхронную орбиту высотой около 800 километров. Срок его активного существования — пять лет.

Этот пуск должен был стать четвертым с Восточного в 2027 году. В последний раз запуск с космодрома переносили в июле, когда из-за сильного ветра старт отложили на сутки.
""",
"01_uk.txt": """Росія відклала запуск наукового супутника з космодрому «Восточний»
Суспільне Новини
3 грудня 2027, 21:10

Російська держкорпорація «Роскосмос» відклала запуск ракети «Союз-2.1б» з науковим супутником «Свєтозар», який мав відбутися в суботу, 4 грудня, з космодрому «Восточний» на Далекому Сході Росії. Про це «Роскосмос» повідомив у своєму Telegram-каналі.

Як ідеться в дописі, під час передстартових перевірок виявили відхилення в телеметрії одного з датчиків розгінного блока «Фрегат». Ракету повернуть до монтажно-випробувального корпусу для додаткових перевірок, а нову дату пуску визначить державна комісія. У держкорпорації запевняють, що супутник і ракета перебувають у безпечному стані.

Супутник масою близько 1,85 тонни мав досліджувати верхні шари атмосфери та іоносферу Землі. Його планували вивести на сонячно-синхронну орбіту висотою близько 800 кілометрів.

Через санкції російська космічна галузь утратила доступ до значної частини західної електроніки, а кількість російських запусків за останнє десятиліття помітно скоротилася. Перенесення стартів через технічні неполадки для «Роскосмосу» не рідкість.
""",
"02_fr.txt": """Russie : le lancement d'un satellite scientifique reporté à la dernière minute
Ouest-France
Publié le 04/12/2027 à 07h30

L'agence spatiale russe Roscosmos a reporté le lancement d'une fusée Soyouz qui devait placer en orbite le satellite scientifique Svetozar, samedi 4 décembre, depuis le cosmodrome de Vostotchny, dans l'Extrême-Orient russe. L'annonce a été faite vendredi soir sur la chaîne Telegram de l'agence, qui invoque des « raisons techniques ».

Aucune nouvelle date n'a été communiquée : elle sera fixée ultérieurement par une commission d'État, selon le message de Roscosmos. Le satellite et le lanceur sont « en sécurité », assure l'agence.

D'une masse d'environ 1,8 tonne, Svetozar doit étudier la haute atmosphère et l'ionosphère terrestres depuis une orbite héliosynchrone, à quelque 800 kilomètres d'altitude.

Inauguré en 2016, le cosmodrome de Vostotchny devait permettre à la Russie de réduire sa dépendance à l'égard de Baïkonour, qu'elle loue au Kazakhstan. Mais le site, dont la construction a été émaillée de scandales de corruption, n'accueille qu'une poignée de lancements par an. Celui de Svetozar aurait été le quatrième de l'année.
""",
"03_en.txt": """Soyuz launch with Svetozar science satellite from Vostochny postponed
2027-12-04 02:15

MOSCOW, Dec 3 – The launch of a Soyuz-2.1b rocket carrying the Svetozar science satellite from the Vostochny cosmodrome, scheduled for Saturday, December 4, has been postponed for technical reasons, Roscosmos said on its Telegram channel.

"During pre-launch checks, a deviation was detected in the telemetry of one of the sensors of the Fregat upper stage. The rocket will be returned to the assembly and testing building for additional checks. A new launch date will be determined by the state commission," the state corporation said in its message.

It was specified that the satellite and the rocket are in a safe condition.

Svetozar, weighing about 1,850 kilograms, is designed to study the upper layers of the Earth's atmosphere and the ionosphere. The spacecraft was to be placed into a sun-synchronous orbit at an altitude of about 800 kilometres. Its active lifetime is five years.

The launch was to be the fourth from Vostochny in 2027. The last time a launch from the cosmodrome was postponed was in July, when strong winds delayed the liftoff by one day.
""",
}, [("Роскосмос", False)],
[("Роскосмос", "00_ru.txt"), ("Роскосмос", "01_uk.txt"), ("Роскосмос", "02_fr.txt"), ("РИА Новости", "03_en.txt")],
[("Roscosmos postponed the Soyuz-2.1b launch of the Svetozar science satellite from Vostochny planned for 4 December.",
  ["00_ru.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], 1),
 ("Pre-launch checks found a telemetry deviation in a sensor of the Fregat upper stage; the rocket returns to the assembly building.",
  ["00_ru.txt", "01_uk.txt", "03_en.txt"], 1)])

# t06: Der Spiegel's own scoop (in the corpus) from an internal ESA document "das dem SPIEGEL
# vorliegt" and three anonymous people (they belong to Spiegel's report; ESA's no-comment given to
# Spiegel too). Relays: en "the German news magazine Der Spiegel has reported" + "Citing an internal
# document ... Spiegel said" + "the magazine said" (+ unanswered Guardian request = no own
# reporting); it "Lo scrive il settimanale tedesco Der Spiegel, che cita" + "Secondo il giornale di
# Amburgo" + "Interpellato dallo Spiegel"; fr (no date line) "révèle vendredi 14 mai le Spiegel" +
# "Selon l'hebdomadaire allemand" + "affirme le magazine"; ru "сообщает немецкий журнал Der Spiegel
# со ссылкой на" + "По данным «Шпигеля»" + "заявили изданию".
story("t06_spiegel_methane_satellite", "scoop_anonymous_sources", {
"00_de.txt": """Methan-Satellit der Esa: Start verzögert sich um anderthalb Jahre
Der Spiegel
14.05.2027, 06.00 Uhr

Europas wichtigstes neues Instrument zur Überwachung des Klimagases Methan wird deutlich später ins All starten als geplant. Nach SPIEGEL-Informationen verschiebt sich der Start des Esa-Satelliten Cirrus-M um rund 18 Monate, von Mitte 2028 auf Ende 2029. Grund ist ein Defekt am Hauptinstrument, einem hochauflösenden Spektrometer.

Das geht aus einem internen Papier der Europäischen Weltraumorganisation hervor, das dem SPIEGEL vorliegt. Demnach hat das Spektrometer im März bei Tests in einer Thermalvakuumkammer zweimal versagt: Bei Temperaturen unter minus 40 Grad verzog sich die Halterung eines optischen Gitters, die Messwerte wurden unbrauchbar. Das Bauteil muss neu konstruiert werden.

Drei mit dem Projekt vertraute Personen bestätigten dem SPIEGEL die Verzögerung. „Man hat das Problem viel zu lange kleingeredet", sagt einer von ihnen. Die Mehrkosten beziffert das Papier auf rund 140 Millionen Euro, die Mission sollte ursprünglich 620 Millionen Euro kosten. Wer die Summe trägt, ist offen; die Esa-Mitgliedstaaten sollen im Herbst darüber beraten.

Ein Esa-Sprecher wollte sich auf Anfrage nicht zu internen Dokumenten äußern. Man arbeite „mit Hochdruck" an einer Lösung, sagte er lediglich.

Cirrus-M soll Methanlecks an Gaspipelines, in Kohlegruben und auf Mülldeponien aus dem All aufspüren, und zwar so genau, dass sich einzelne Anlagen identifizieren lassen. Methan ist nach Kohlendioxid das wichtigste vom Menschen verursachte Treibhausgas. Die EU hat sich verpflichtet, die Emissionen deutlich zu senken, und will bei der Kontrolle auch auf Satellitendaten setzen. Die Verzögerung könnte eine Lücke reißen: Ein älterer Satellit, der ähnliche Messungen liefert, erreicht voraussichtlich 2028 das Ende seiner Lebensdauer.
""",
"01_en.txt": """European methane-tracking satellite delayed by 18 months, report says
The Guardian
Fri 14 May 2027 11.32 BST

The launch of a European satellite designed to pinpoint leaks of methane, a potent greenhouse gas, has been pushed back by about 18 months after its main instrument failed in testing, the German news magazine Der Spiegel has reported.

Citing an internal document from the European Space Agency and three people involved in the project, Spiegel said the Cirrus-M satellite would now launch at the end of 2029 rather than in mid-2028. Its spectrometer failed twice during thermal vacuum tests in March, when a mount holding one of its optical gratings warped at temperatures below -40C, according to the report.

The delay will add about €140m (£120m) to the mission's original budget of €620m, the magazine said. ESA member states are expected to discuss in the autumn who will cover the extra cost.

An ESA spokesperson told Spiegel the agency did not comment on internal documents. ESA did not immediately respond to a request for comment from the Guardian.

Cirrus-M is meant to detect methane emissions from individual gas pipelines, coalmines and landfill sites from orbit. Methane is responsible for roughly a third of the global heating that has occurred since pre-industrial times, and scientists say cutting its emissions is one of the fastest ways to slow the rise in temperatures.

Environmental groups have urged the EU to use satellite data to enforce its rules on methane leaks from the energy sector, and have warned that a gap in coverage would make it harder to hold polluters to account.
""",
"02_it.txt": """Slitta di un anno e mezzo il satellite europeo "caccia-metano"
la Repubblica
14 maggio 2027

Il lancio di Cirrus-M, il satellite dell'Agenzia spaziale europea progettato per individuare dallo spazio le perdite di metano, slitterà di circa un anno e mezzo, dalla metà del 2028 alla fine del 2029. Lo scrive il settimanale tedesco Der Spiegel, che cita un documento interno dell'Esa e tre persone coinvolte nel progetto.

Secondo il giornale di Amburgo, lo spettrometro che costituisce lo strumento principale del satellite ha fallito due volte i test in camera termovuoto svolti a marzo: a temperature inferiori ai 40 gradi sotto zero il supporto di un reticolo ottico si è deformato, rendendo inutilizzabili le misure. Il componente dovrà essere riprogettato.

Interpellato dallo Spiegel, un portavoce dell'Esa non ha voluto commentare documenti interni, limitandosi a dire che si lavora "a pieno ritmo" per trovare una soluzione.

Il metano è, dopo l'anidride carbonica, il principale gas serra prodotto dalle attività umane, e nel breve periodo trattiene il calore molto più della CO2. Cirrus-M dovrebbe essere in grado di attribuire le emissioni a singoli impianti: gasdotti, miniere di carbone, discariche. Proprio per questo il satellite è considerato uno strumento chiave per verificare il rispetto delle nuove regole europee sulle perdite di metano nel settore energetico.
""",
"03_fr.txt": """Le satellite européen Cirrus-M, censé traquer le méthane, accuserait dix-huit mois de retard
Le Monde

Le lancement de Cirrus-M, le satellite de l'Agence spatiale européenne (ESA) destiné à repérer depuis l'espace les fuites de méthane, serait repoussé d'environ dix-huit mois, à la fin de 2029, révèle vendredi 14 mai le Spiegel. Selon l'hebdomadaire allemand, qui a consulté un document interne de l'agence et interrogé trois personnes associées au projet, le spectromètre du satellite a échoué à deux reprises lors d'essais en chambre à vide thermique, en mars.

Ce contretemps coûterait quelque 140 millions d'euros supplémentaires, pour un budget initial de 620 millions, affirme le magazine. Les Etats membres de l'ESA doivent discuter à l'automne de la répartition de cette somme. Sollicitée par le Spiegel, l'agence s'est refusée à tout commentaire sur des documents internes.

Le méthane a un pouvoir de réchauffement environ quatre-vingts fois supérieur à celui du CO2 sur vingt ans. Réduire ses émissions est considéré comme l'un des leviers les plus rapides pour freiner le réchauffement. Le règlement européen sur le méthane, adopté en 2024, impose aux entreprises du secteur de l'énergie de détecter et de réparer leurs fuites ; Cirrus-M devait permettre de vérifier, depuis l'orbite, que ces obligations sont respectées.
""",
"04_ru.txt": """Запуск европейского спутника для поиска утечек метана отложат на полтора года. Об этом пишет Der Spiegel
Медуза
14 мая 2027, 15:20

Европейское космическое агентство (ЕКА) отложит запуск спутника Cirrus-M, который должен отслеживать утечки метана из космоса, примерно на полтора года — с середины 2028-го до конца 2029-го. Об этом сообщает немецкий журнал Der Spiegel со ссылкой на внутренний документ ЕКА и трех человек, участвующих в проекте.

По данным «Шпигеля», главный инструмент спутника — спектрометр — в марте дважды не прошел испытания в термовакуумной камере: при температуре ниже минус 40 градусов деформировалось крепление оптической решетки. Деталь придется переконструировать. Дополнительные расходы журнал оценивает примерно в 140 миллионов евро при изначальном бюджете миссии в 620 миллионов.

В ЕКА изданию заявили, что не комментируют внутренние документы.

Метан — второй по значимости парниковый газ после углекислого, причем в первые десятилетия после выброса он удерживает тепло во много раз сильнее. Cirrus-M должен был определять источники выбросов с точностью до отдельных объектов — газопроводов, угольных шахт и свалок.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Der Spiegel", "02_it.txt"), ("Der Spiegel", "03_fr.txt"), ("Der Spiegel", "04_ru.txt")],
[("The launch of ESA's methane satellite Cirrus-M slips by about 18 months to the end of 2029 after its spectrometer failed tests.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_fr.txt", "04_ru.txt"], 1),
 ("The delay adds about 140 million euros to the mission's original 620 million euro budget.",
  ["00_de.txt", "01_en.txt", "03_fr.txt", "04_ru.txt"], 1)])

# t07: two independent own reports of the same fireball: Corriere della Sera (correspondent in
# Tarvisio, "racconta al Corriere", "che il Corriere ha raggiunto") and Der Standard ("sagte ... dem
# STANDARD", "im Gespräch mit dem STANDARD"); the amateur astronomers and the meteor network only
# speak to the papers. en credits both ("Italy's Corriere della Sera and Austria's Der Standard
# newspapers reported" + "told Corriere della Sera" + "told Der Standard" + "the Italian paper
# said"): two edges. uk (no outlet, no date line) relays Corriere only ("пише італійська газета
# Corriere della Sera" + "За даними видання" + "розповіла газеті").
story("t07_fireball_two_reports", "two_independent", {
"00_it.txt": """Palla di fuoco nel cielo del Friuli: «Per qualche secondo sembrava giorno»
Corriere della Sera
11 agosto 2027, 10:15

TARVISIO (Udine) - Un lampo verde, poi una scia luminosissima che ha attraversato il cielo da ovest verso est, e un boato sordo qualche minuto dopo. Decine di persone in Val Canale e in Carnia hanno visto, martedì sera poco prima di mezzanotte, un bolide eccezionalmente brillante, probabilmente un piccolo asteroide che si è disintegrato entrando nell'atmosfera.

«Ero sul balcone a guardare le stelle cadenti con mia figlia. Per qualche secondo sembrava giorno, si vedevano le montagne come di pomeriggio», racconta al Corriere Marta Zanier, 44 anni, di Tarvisio. Anche a Pontebba e a Malborghetto diversi residenti hanno sentito un rumore simile a un tuono lontano.

Secondo i volontari del Gruppo astrofili della Val Canale, che il Corriere ha raggiunto ieri mattina, la traiettoria ricostruita dai video delle telecamere di sorveglianza suggerisce che alcuni frammenti potrebbero essere caduti nei boschi sopra Tarvisio, a pochi chilometri dal confine austriaco. «Se qualcosa è arrivato a terra, parliamo di pezzi di pochi grammi, al massimo di qualche centinaio di grammi», spiega il presidente del gruppo, Davide Craighero. Sabato gli astrofili organizzeranno una prima ricerca sul terreno, aperta anche ai cittadini.

Il fenomeno è stato osservato anche in Carinzia e in Slovenia. I bolidi di questa luminosità sono rari ma non eccezionali: sull'arco alpino se ne vedono alcuni ogni anno. Trovare i meteoriti, però, è tutta un'altra storia.
""",
"01_de.txt": """Feuerkugel über Kärnten: Meteor erhellt den Nachthimmel
Der Standard
11. August 2027, 09:47

Villach – Ein ungewöhnlich heller Meteor hat in der Nacht auf Mittwoch den Himmel über Kärnten erleuchtet. Dutzende Menschen zwischen Villach und dem Gailtal beobachteten die Feuerkugel, die kurz vor Mitternacht von West nach Ost zog.

„Zuerst dachte ich, da stürzt ein Flugzeug ab. Das Licht war grünlich und so hell, dass unser Hof wie bei Tag aussah", sagte Anton Wiedenig, Landwirt aus Arnoldstein, dem STANDARD.

Das Kärntner Meteor-Netzwerk, ein Zusammenschluss von Amateurastronomen mit automatischen Kameras, hat die Feuerkugel um 23.41 Uhr aufgezeichnet. Sie war rund sieben Sekunden lang sichtbar und erlosch in etwa 30 Kilometern Höhe, erklärte Netzwerk-Koordinatorin Sabine Pirker im Gespräch mit dem STANDARD. „Das Objekt war vermutlich nicht größer als ein Fußball, aber es ist mit mehr als 60.000 Kilometern pro Stunde in die Atmosphäre eingetreten."

Ob Bruchstücke den Boden erreicht haben, lasse sich noch nicht sagen, so Pirker. Die Auswertung der Flugbahn gemeinsam mit Aufnahmen aus Italien und Slowenien werde einige Tage dauern.

Bei der Polizei in Villach gingen in der Nacht mehrere Anrufe besorgter Bürger ein. Schäden wurden keine gemeldet.
""",
"02_en.txt": """Fireball lights up night sky over Italy and Austria
BBC News
11 August 2027

A spectacular fireball streaked across the night sky over north-eastern Italy and southern Austria late on Tuesday, startling residents who said it briefly turned night into day.

The object, most likely a small asteroid that broke up as it entered Earth's atmosphere, was seen shortly before midnight local time, Italy's Corriere della Sera and Austria's Der Standard newspapers reported on Wednesday.

"For a few seconds it looked like daytime - you could see the mountains as if it were the afternoon," Marta Zanier, who was watching shooting stars from her balcony in the Italian town of Tarvisio with her daughter, told Corriere della Sera.

Across the border in Carinthia, a farmer from Arnoldstein told Der Standard he had first thought a plane was crashing. "The light was greenish and so bright that our yard looked like it was daytime," Anton Wiedenig said.

Several residents of Italian mountain villages also heard a low rumble minutes after the flash, the Italian paper said.

Fireballs of this brightness are seen over the Alps a few times a year. Most burn up completely; only rarely do fragments survive and reach the ground as meteorites.
""",
"03_uk.txt": """Над північчю Італії пролетів яскравий болід: його уламки могли впасти біля кордону з Австрією

Яскравий болід, імовірно невеликий астероїд, що розпався в атмосфері, у ніч на середу пролетів над північно-східною Італією та південною Австрією. Про це пише італійська газета Corriere della Sera.

За даними видання, спалах бачили десятки людей у долині Валь-Канале та в Карнії. Деякі мешканці згодом чули гуркіт, схожий на далекий грім. «На кілька секунд стало світло, як удень, — гори було видно, як по обіді», — розповіла газеті жителька містечка Тарвізіо Марта Дзаньєр.

Італійські астрономи-аматори з місцевого товариства, на яких посилається газета, вважають, що окремі фрагменти могли впасти в лісах над Тарвізіо, за кілька кілометрів від австрійського кордону. У суботу вони планують організувати пошуки, до яких зможуть долучитися всі охочі.

Болід також спостерігали в Австрії та Словенії. Такі яскраві боліди над Альпами фіксують кілька разів на рік, однак знайти метеорити вдається набагато рідше.
""",
}, [("Corriere della Sera", True), ("Der Standard", True)],
[("Corriere della Sera", "02_en.txt"), ("Der Standard", "02_en.txt"), ("Corriere della Sera", "03_uk.txt")],
[("A very bright fireball crossed the night sky over north-eastern Italy and southern Austria late on Tuesday.",
  ["00_it.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 2),
 ("Fragments may have fallen in the woods above Tarvisio; amateur astronomers plan a search on Saturday.",
  ["00_it.txt", "03_uk.txt"], 1),
 ("The Carinthian meteor network recorded the fireball at 23:41; it was visible for about seven seconds.",
  ["01_de.txt"], 1)])

# t08: wire scoop outside the corpus (Reuters, three people familiar) + NASA's own confirmation
# statement on its website the next day (outside too): two outside roots. de (before the
# confirmation) "berichtet die Nachrichtenagentur Reuters unter Berufung auf" + "heißt es in dem
# Bericht"; it "Lo riferisce l'agenzia Reuters citando tre fonti" + "secondo la Reuters" + "precisa
# l'agenzia di stampa" ("l'ente spaziale statunitense" = NASA, no comment); uk credits Der Spiegel,
# which names Reuters ("пише німецький журнал Der Spiegel з посиланням на агентство Reuters" + "За
# даними видання"): one edge from Der Spiegel (chain Reuters -> Der Spiegel -> РБК-Україна). en "In a
# statement posted on the agency's website, NASA said" + "first reported Oct. 19 by Reuters": two
# edges. ru "говорится в заявлении, опубликованном на сайте ведомства": NASA only.
story("t08_reuters_nasa_lunar_relay", "wire_scoop_confirmation_chain", {
"00_de.txt": """Nasa verschiebt Start von Mond-Relaissatellit offenbar um ein Jahr
Der Spiegel
19.10.2027, 21.14 Uhr

Die US-Raumfahrtbehörde Nasa wird den Start ihres Kommunikationssatelliten Lumen, der künftige Mondmissionen mit der Erde verbinden soll, offenbar um rund ein Jahr verschieben. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf drei mit dem Projekt vertraute Personen. Statt im November 2028 solle Lumen nun frühestens Ende 2029 starten.

Grund sei ein Problem mit dem Mechanismus, der die große Parabolantenne des Satelliten im All entfalten soll, heißt es in dem Bericht. Bei Vibrationstests, die die Belastungen beim Raketenstart simulieren, habe sich der Mechanismus zweimal verklemmt. Die Nasa äußerte sich laut Reuters zunächst nicht.

Lumen soll auf einer elliptischen Umlaufbahn um den Mond kreisen und Funksignale von Landern und Rovern am Südpol und auf der Mondrückseite weiterleiten, wo ein direkter Funkkontakt zur Erde oft nicht möglich ist. Für das amerikanische Mondprogramm gilt der Satellit als wichtiger Baustein: Ohne ein solches Relais könnten Astronauten und Roboter in vielen Regionen nur eingeschränkt mit der Bodenkontrolle kommunizieren.

Die Verzögerung wäre ein weiterer Rückschlag für die Pläne der USA, wieder Menschen auf den Mond zu bringen. Mehrere Bausteine des Programms liegen bereits hinter dem ursprünglichen Zeitplan.
""",
"01_it.txt": """Nasa, slitta di un anno il satellite per le comunicazioni con la Luna
ANSA
20 ottobre 2027 08:02

WASHINGTON - La Nasa rinvierà di circa un anno il lancio di Lumen, il satellite che dovrà fare da ponte radio tra la Terra e le future missioni sulla Luna. Lo riferisce l'agenzia Reuters citando tre fonti a conoscenza del dossier, secondo le quali il lancio, previsto per novembre 2028, non avverrà prima della fine del 2029.

All'origine del ritardo, secondo la Reuters, c'è il meccanismo che deve dispiegare in orbita la grande antenna parabolica del satellite: durante i test di vibrazione, che riproducono le sollecitazioni del lancio, si sarebbe bloccato due volte. L'ente spaziale statunitense non ha commentato, precisa l'agenzia di stampa.

Lumen dovrà orbitare attorno alla Luna su un'orbita ellittica e ritrasmettere verso la Terra i segnali di lander e rover, in particolare dal polo sud lunare e dalla faccia nascosta del satellite naturale, dove il collegamento diretto con le antenne terrestri è spesso impossibile.

Il ritardo rischia di avere ripercussioni anche sulle missioni robotiche previste per la fine del decennio, che contano sul satellite per inviare a Terra i propri dati.
""",
"02_uk.txt": """NASA на рік відкладе запуск супутника для зв'язку з Місяцем — Der Spiegel
РБК-Україна
20.10.2027, 09:30

Американське космічне агентство NASA відкладе приблизно на рік запуск супутника-ретранслятора Lumen, який має забезпечувати зв'язок між Землею та майбутніми місіями на Місяці. Про це пише німецький журнал Der Spiegel з посиланням на агентство Reuters.

За даними видання, замість листопада 2028 року супутник стартує не раніше кінця 2029-го. Причиною називають механізм розгортання великої параболічної антени: під час вібраційних випробувань, які імітують навантаження під час старту ракети, він двічі заклинив.

У NASA поки що не прокоментували цю інформацію.

Lumen має працювати на еліптичній орбіті навколо Місяця й передавати на Землю сигнали від посадкових модулів і місяцеходів із південного полюса та зворотного боку Місяця, звідки прямий радіозв'язок із Землею часто неможливий.

Нагадаємо, США планують повернути астронавтів на Місяць, однак низка елементів цієї програми вже відстає від початкового графіка.
""",
"03_en.txt": """NASA confirms Lumen lunar relay satellite will slip to 2029
SpaceNews
October 20, 2027

WASHINGTON — NASA confirmed Oct. 20 that the launch of Lumen, a communications relay satellite intended to support robotic and crewed missions to the moon, will slip by about a year to no earlier than late 2029.

In a statement posted on the agency's website, NASA said the decision followed "an issue identified during environmental testing of the spacecraft" at the prime contractor's facility. The agency did not describe the issue in detail. The delay was first reported Oct. 19 by Reuters, citing people familiar with the program.

"Lumen is a critical piece of our lunar architecture, and we will not launch it until we are confident it will work the first time," Dana Whitcomb, NASA associate administrator for space communications, said in the statement.

According to NASA, the delay will add about $85 million to the mission's lifecycle cost, which the agency expects to cover within its existing exploration budget without affecting other programs. Lumen had been scheduled to launch in November 2028.

Lumen will operate in an elliptical lunar orbit, relaying data from landers and rovers at the lunar south pole and on the far side of the moon, where direct communication with Earth is limited or impossible. Several commercial lunar missions planned for the end of the decade had counted on using the satellite.
""",
"04_ru.txt": """НАСА перенесло запуск лунного спутника-ретранслятора Lumen на конец 2029 года
ТАСС
20 октября 2027, 23:05

НЬЮ-ЙОРК, 20 октября. /ТАСС/. Национальное управление США по аэронавтике и исследованию космического пространства (НАСА) перенесло запуск спутника-ретранслятора Lumen, предназначенного для обеспечения связи с лунными миссиями, с ноября 2028 года на период не ранее конца 2029 года. Об этом говорится в заявлении, опубликованном на сайте ведомства.

Согласно документу, решение принято после того, как в ходе испытаний аппарата на воздействие внешних факторов была выявлена проблема. Подробности в заявлении не приводятся.

"Lumen - критически важный элемент нашей лунной архитектуры, и мы не запустим его, пока не будем уверены, что он сработает с первого раза", - приводятся в сообщении слова помощника администратора НАСА Даны Уиткомб.

Как отмечается в заявлении, перенос увеличит стоимость миссии примерно на $85 млн, эти расходы планируется покрыть в рамках текущего бюджета без ущерба для других программ.

Lumen будет работать на эллиптической орбите вокруг Луны и обеспечивать передачу данных от посадочных модулей и луноходов с южного полюса и обратной стороны Луны.
""",
}, [("Reuters", False), ("NASA", False)],
[("Reuters", "00_de.txt"), ("Reuters", "01_it.txt"), ("Der Spiegel", "02_uk.txt"), ("Reuters", "03_en.txt"),
 ("NASA", "03_en.txt"), ("NASA", "04_ru.txt")],
[("NASA's Lumen lunar relay satellite launch slips by about a year, from November 2028 to no earlier than late 2029.",
  ["00_de.txt", "01_it.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"], 2),
 ("The antenna deployment mechanism jammed twice during vibration tests.",
  ["00_de.txt", "01_it.txt", "02_uk.txt"], 1),
 ("The delay adds about $85 million, to be covered within NASA's existing budget.",
  ["03_en.txt", "04_ru.txt"], 1)])


def main():
    sdir = os.path.join(ROOT, "stories")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sdir, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 97 (science, space and climate; invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
