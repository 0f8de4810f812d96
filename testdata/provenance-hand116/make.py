#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand116 set.

Science and space stories. Outlets, agencies, journals and institutions carry real names; every
event, mission, person, company, figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: ESA mission update published on its website (outside origin, an institution). AFP (fr, in
# the corpus) takes it from ESA, The Guardian and Corriere della Sera (no date line) too; El País
# takes it from AFP ("según informó la agencia France Presse, que cita un comunicado de la ESA"):
# chain ESA -> AFP -> El País, edge from AFP.
story("p01_esa_probe_safe_mode", "institution_chain", {
"00_fr.txt": """La sonde européenne Halimede placée en « mode survie » après une avarie
AFP
2027-03-11T15:42:00+01:00

La sonde Halimede de l'Agence spatiale européenne, en route vers la ceinture principale d'astéroïdes, s'est placée d'elle-même en « mode survie » après une anomalie sur l'une de ses roues de réaction, a annoncé jeudi l'ESA.

L'incident s'est produit mardi soir, lorsque les capteurs de bord ont relevé un frottement anormal sur l'une des quatre roues qui servent à orienter l'engin, a précisé l'agence dans un point d'étape publié sur son site. L'ordinateur de bord a alors coupé les instruments scientifiques et tourné les panneaux solaires vers le Soleil, comme le prévoit la procédure.

« La sonde est stable, elle produit suffisamment d'énergie et nous recevons sa télémétrie normalement », a indiqué le responsable de la mission, Tobias Arnfeld, cité dans le communiqué. Les équipes du centre de contrôle de l'ESA à Darmstadt, en Allemagne, étudient désormais la possibilité de piloter l'engin avec trois roues seulement.

Selon l'agence européenne, le survol de Mars prévu en septembre 2028, qui doit donner à Halimede l'assistance gravitationnelle nécessaire pour rejoindre l'astéroïde 87 Sylvia, « n'est pas menacé à ce stade ». Les instruments pourraient être rallumés d'ici à la fin du mois.

Lancée en octobre 2025 pour un coût d'environ 620 millions d'euros, la sonde doit cartographier Sylvia et ses deux petites lunes à partir de 2031. Il s'agit du deuxième contretemps de la mission, après un problème logiciel qui avait retardé de trois semaines la mise en service de sa caméra principale en 2026.
""",
"01_en.txt": """European asteroid probe Halimede in safe mode after reaction wheel fault
The Guardian
Thu, 11 Mar 2027 16:10:00 +0000

Europe's asteroid-bound probe Halimede has put itself into safe mode after one of the wheels it uses to point itself began to stick, the European Space Agency has said.

In a mission update published on its website on Thursday, ESA said onboard sensors had detected unusual friction in one of the spacecraft's four reaction wheels late on Tuesday. The probe automatically switched off its science instruments and turned its solar panels towards the sun, a standard manoeuvre that keeps a spacecraft safe while engineers work out what went wrong.

"The spacecraft is stable, power-positive and we are receiving telemetry as normal," the mission manager, Tobias Arnfeld, said in the update.

Controllers at ESA's operations centre in Darmstadt, Germany, are now testing whether Halimede can be flown on three wheels, the agency said. It added that the gravity-assist flyby of Mars planned for September 2028, which is needed to send the probe on towards the asteroid 87 Sylvia, was "not at risk at this stage".

Reaction wheels have crippled spacecraft before: the spinning flywheels are among the few moving parts on a probe and wear out over years of use. Halimede was built with a spare precisely so that it could afford to lose one.

The €620m mission was launched in October 2025 and is due to reach Sylvia, a body about 270km across with two small moons, in 2031. ESA said it expected the instruments to be switched back on by the end of March.
""",
"02_it.txt": """La sonda Halimede in «modalità sicura»: guasto a una ruota di reazione
Corriere della Sera

La sonda europea Halimede, diretta verso la fascia principale degli asteroidi, è entrata in «modalità sicura» dopo un'anomalia a una delle ruote di reazione che ne controllano l'orientamento. Lo ha reso noto l'Agenzia spaziale europea (Esa) in un aggiornamento pubblicato sul proprio sito.

Martedì sera i sensori di bordo hanno registrato un attrito anomalo in una delle quattro ruote e il computer della sonda ha spento gli strumenti scientifici, rivolgendo i pannelli solari verso il Sole. «La sonda è stabile, produce energia a sufficienza e la telemetria arriva regolarmente», afferma nella nota il responsabile della missione, Tobias Arnfeld.

Nel centro di controllo dell'Esa a Darmstadt i tecnici stanno verificando se la navicella possa proseguire il viaggio con tre sole ruote, si legge ancora nell'aggiornamento dell'agenzia. Gli strumenti potrebbero essere riaccesi entro la fine del mese.

Per l'Italia la missione ha un peso particolare: lo spettrometro nel vicino infrarosso a bordo di Halimede è stato realizzato con un contributo dell'Agenzia spaziale italiana e servirà a studiare la composizione della superficie di Sylvia, un asteroide di circa 270 chilometri di diametro accompagnato da due piccole lune. L'arrivo è previsto nel 2031, dopo un sorvolo ravvicinato di Marte che fornirà alla sonda la spinta gravitazionale necessaria.

La missione, costata circa 620 milioni di euro, è partita nell'ottobre del 2025.
""",
"03_es.txt": """La sonda europea Halimede entra en modo seguro por una avería en una rueda de reacción
El País
11 mar 2027 - 18:25 CET

La sonda Halimede, de la Agencia Espacial Europea (ESA), ha entrado en modo seguro tras detectarse una fricción anómala en una de las ruedas de reacción que la orientan en el espacio, según informó este jueves la agencia France Presse, que cita un comunicado de la ESA.

De acuerdo con la información de la agencia francesa, el ordenador de a bordo apagó los instrumentos científicos el martes por la noche y orientó los paneles solares hacia el Sol, el procedimiento habitual en estos casos. "La sonda está estable, genera suficiente energía y recibimos su telemetría con normalidad", declaró el responsable de la misión, Tobias Arnfeld, según recoge AFP.

Los ingenieros del centro de control de la ESA en Darmstadt (Alemania) estudian ahora si es posible pilotar la nave con solo tres de sus cuatro ruedas. El sobrevuelo de Marte previsto para septiembre de 2028, imprescindible para que Halimede llegue al asteroide 87 Sylvia, "no está amenazado por el momento", añade la agencia.

La misión, lanzada en octubre de 2025 y con un coste de unos 620 millones de euros, debe cartografiar a partir de 2031 el asteroide y sus dos pequeñas lunas. Es el segundo contratiempo del proyecto: en 2026 un fallo informático ya retrasó tres semanas la puesta en marcha de su cámara principal, recuerda AFP.

Varios grupos españoles participan en el análisis de los datos que la sonda debe enviar desde Sylvia, uno de los asteroides más grandes del cinturón principal.
""",
}, [
    {"name": "ESA", "in_corpus": False},
], [
    {"origin": "ESA", "article": "00_fr.txt"},
    {"origin": "ESA", "article": "01_en.txt"},
    {"origin": "ESA", "article": "02_it.txt"},
    {"origin": "AFP", "article": "03_es.txt"},
], [
    {"text": "ESA's asteroid probe Halimede went into safe mode after abnormal friction in one of its four reaction wheels.",
     "articles": ["00_fr.txt", "01_en.txt", "02_it.txt", "03_es.txt"], "independent_sources": 1},
    {"text": "The Mars gravity-assist flyby planned for September 2028 is not at risk at this stage.",
     "articles": ["00_fr.txt", "01_en.txt", "03_es.txt"], "independent_sources": 1},
    {"text": "A software problem had already delayed the commissioning of Halimede's main camera by three weeks in 2026.",
     "articles": ["00_fr.txt", "03_es.txt"], "independent_sources": 1},
])

# p02: Der Spiegel's own scoop (confidential ESA status report + two people familiar with the
# project; anonymous people belong to Der Spiegel). The Guardian relays it AND gets its own
# confirmation from ESA ("ESA confirmed to the Guardian"): edge from Der Spiegel + The Guardian is an
# in-corpus origin itself. Le Monde ("selon les informations du magazine allemand Der Spiegel") and
# Укрінформ ("пише німецький журнал Der Spiegel", "зазначає «Шпіґель»") relay Der Spiegel only.
story("p02_spiegel_cryolink_delay", "scoop_relay_confirmation", {
"00_de.txt": """Klimasatellit Cryolink: ESA-Prestigeprojekt verzögert sich um mindestens zwei Jahre
Der Spiegel
17.04.2027, 09.30 Uhr

Der Start des europäischen Eisbeobachtungssatelliten Cryolink verschiebt sich nach SPIEGEL-Informationen um mindestens zwei Jahre. Statt wie geplant im Herbst 2028 soll der Satellit frühestens Ende 2030 ins All gebracht werden. Das geht aus einem vertraulichen Statusbericht der Europäischen Weltraumorganisation ESA hervor, der dem SPIEGEL vorliegt. Zwei mit dem Projekt vertraute Personen bestätigten den neuen Zeitplan.

Grund für die Verzögerung sind demnach Probleme mit dem Entfaltmechanismus der zwölf Meter langen Radarantenne. Bei Tests in einer Vakuumkammer habe sich die Antenne im Januar und erneut im März nicht vollständig ausgeklappt, heißt es in dem Papier. Gebaut wird der Mechanismus von dem Bremer Zulieferer Hanse Orbital Systems.

Die Kosten des Projekts steigen dem Bericht zufolge um rund 240 Millionen Euro auf etwa 910 Millionen Euro. "Das ist kein Schönheitsfehler mehr, das ist ein Neuanfang bei der Antenne", sagte einer der Insider dem SPIEGEL. Die Mehrkosten müssten zum großen Teil die Mitgliedstaaten tragen, Deutschland als größter Geldgeber des Programms allein rund 90 Millionen Euro.

Hanse Orbital Systems wollte sich auf Anfrage nicht äußern. Eine ESA-Sprecherin verwies auf eine "laufende Überprüfung des Zeitplans", deren Ergebnisse im Juni den Mitgliedstaaten vorgelegt würden.

Cryolink soll die Dicke des Meereises in Arktis und Antarktis genauer vermessen als alle bisherigen Missionen. Klimaforscher warten dringend auf die Daten, weil mehrere ältere Satelliten das Ende ihrer geplanten Lebensdauer längst überschritten haben. Jedes Jahr Verzögerung, heißt es in dem Statusbericht, erhöhe das Risiko einer Lücke in den Messreihen.
""",
"01_en.txt": """Launch of Europe's Cryolink sea-ice satellite slips to 2030, ESA confirms
The Guardian
2027-04-17T15:05:00+01:00

The launch of Cryolink, a European satellite designed to measure the thickness of polar sea ice, has slipped by at least two years because of problems with its radar antenna, the German news magazine Der Spiegel reported on Saturday, citing a confidential status report and two people familiar with the project.

According to Der Spiegel, the satellite's 12-metre antenna twice failed to unfold fully during vacuum-chamber tests this year, and the spacecraft will not be ready to fly before the end of 2030, rather than in autumn 2028 as planned.

The European Space Agency confirmed to the Guardian on Saturday that the launch "will no longer take place in 2028". A spokesperson said a revised schedule would be presented to member states in June but declined to comment on the antenna tests or on costs. "Our priority is a satellite that works for a decade, not one that launches on a particular date," the spokesperson said.

Polar scientists warned that the delay risked leaving a gap in a measurement record that stretches back more than 30 years. "Several of the satellites we rely on are well past their design life. If one of them fails before Cryolink is up, we lose continuity," said Dr Ailsa Brennock, a sea-ice physicist at the University of Edinburgh.

Cryolink is one of the flagship missions of ESA's climate programme. Its antenna deployment mechanism is built by a supplier in Bremen, northern Germany.
""",
"02_fr.txt": """Le satellite européen Cryolink, destiné à mesurer la banquise, retardé d'au moins deux ans
Le Monde
18 avril 2027 à 11h20

Le lancement de Cryolink, le satellite de l'Agence spatiale européenne (ESA) chargé de mesurer l'épaisseur de la banquise polaire, ne devrait pas intervenir avant la fin de 2030, au lieu de l'automne 2028, selon les informations du magazine allemand Der Spiegel.

L'hebdomadaire de Hambourg s'appuie sur un rapport d'étape confidentiel de l'ESA et sur deux personnes proches du projet. En cause : le mécanisme de déploiement de l'antenne radar de douze mètres, qui ne s'est pas entièrement déplié lors d'essais sous vide en janvier puis en mars, d'après le document cité par le Spiegel.

La facture grimperait de quelque 240 millions d'euros, pour atteindre environ 910 millions, toujours selon le magazine. « Ce n'est plus un défaut cosmétique, c'est un nouveau départ pour l'antenne », a confié l'une de ses sources. L'Allemagne, premier contributeur du programme, devrait à elle seule assumer environ 90 millions d'euros de surcoût, rapporte le Spiegel.

Interrogée par l'hebdomadaire, une porte-parole de l'ESA a évoqué un « réexamen du calendrier en cours », dont les conclusions seront présentées aux Etats membres en juin. Le fournisseur allemand du mécanisme n'a pas souhaité s'exprimer.

Pour les climatologues, le retard tombe mal : plusieurs satellites qui mesurent aujourd'hui la glace de mer ont largement dépassé leur durée de vie nominale, et une interruption des séries de données compliquerait le suivi de la fonte de la banquise arctique.
""",
"03_uk.txt": """Запуск європейського супутника Cryolink відклали щонайменше на два роки – Der Spiegel
Укрінформ
18.04.2027 13:45

Запуск європейського супутника Cryolink, призначеного для вимірювання товщини полярного морського льоду, перенесено щонайменше на два роки – з осені 2028-го на кінець 2030 року.

Про це пише німецький журнал Der Spiegel з посиланням на конфіденційний звіт Європейського космічного агентства (ЄКА) та на двох співрозмовників, обізнаних із ходом проєкту.

За даними видання, під час випробувань у вакуумній камері в січні та березні 12-метрова радарна антена супутника двічі не розкрилася повністю. Механізм розкриття виготовляє компанія Hanse Orbital Systems із Бремена.

Вартість проєкту зросте приблизно на 240 млн євро – до близько 910 млн євро, зазначає «Шпіґель». «Це вже не косметичний дефект, це новий старт для антени», – сказав журналу один з інсайдерів. Найбільшу частину додаткових витрат доведеться покрити Німеччині.

У ЄКА на запит видання послалися на «перегляд графіка, що триває». Його результати мають представити державам-членам агентства в червні.

Cryolink вважають однією з ключових кліматичних місій ЄКА. Дані супутника мали б допомогти точніше прогнозувати танення арктичного льоду, адже кілька апаратів, які зараз виконують такі вимірювання, вже давно відпрацювали свій розрахунковий строк.
""",
}, [
    {"name": "Der Spiegel", "in_corpus": True},
    {"name": "The Guardian", "in_corpus": True},
], [
    {"origin": "Der Spiegel", "article": "01_en.txt"},
    {"origin": "Der Spiegel", "article": "02_fr.txt"},
    {"origin": "Der Spiegel", "article": "03_uk.txt"},
], [
    {"text": "The launch of ESA's Cryolink sea-ice satellite will not take place in 2028 as planned; it has slipped by at least two years, to the end of 2030 at the earliest.",
     "articles": ["00_de.txt", "01_en.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 2},
    {"text": "Cryolink's costs will rise by about 240 million euros to about 910 million euros.",
     "articles": ["00_de.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1},
])

# p03: РБК's own scoop (two industry sources + a source close to Roscosmos + a contractor's letter
# "есть в распоряжении РБК"; Roscosmos's reply to RBC is part of RBC's report). Der Spiegel relays
# RBC ("wie die russische Wirtschaftszeitung RBK unter Berufung auf … berichtet"); Укрінформ relays
# RBC directly ("повідомляє російське видання РБК"); Corriere della Sera credits Der Spiegel, which
# in turn cites Rbc: chain РБК -> Der Spiegel -> Corriere, edge from Der Spiegel.
story("p03_rbc_selena_chain", "chain", {
"00_ru.txt": """Запуск лунного орбитального аппарата «Селена-П» перенесут на 2031 год
РБК
18 мая 2027, 08:15

Роскосмос перенесет запуск окололунного аппарата «Селена-П» с 2029 на 2031 год, рассказали РБК два источника в ракетно-космической отрасли. Информацию подтвердил собеседник, близкий к госкорпорации.

Причина — задержки с поставками звездных датчиков и проблемы с радиационно стойким бортовым процессором, следует из письма генерального директора головного разработчика аппарата, НПО «Северный меридиан», Олега Тарханова руководству Роскосмоса. Копия письма есть в распоряжении РБК. В документе говорится, что на замену комплектующих и повторные испытания потребуется «не менее 20 месяцев».

«Аппарат фактически придется заново собирать по электронике», — говорит один из собеседников РБК. По его словам, стоимость проекта, которая оценивалась в 14,6 млрд руб., вырастет как минимум на четверть. Второй источник уточнил, что инженерная модель «Селены-П» пока не прошла вибрационные испытания.

В пресс-службе Роскосмоса РБК сообщили, что «сроки реализации проекта будут уточнены по итогам испытаний инженерной модели». В НПО «Северный меридиан» на запрос РБК не ответили.

«Селена-П» должна с полярной орбиты искать водяной лед в затененных кратерах у южного полюса Луны и подбирать площадки для будущих посадочных станций. Проект включен в федеральную космическую программу в 2021 году; первоначально запуск планировался на 2027 год.
""",
"01_de.txt": """Russische Mondsonde "Selena-P" soll erst 2031 starten
Der Spiegel
18.05.2027, 14.02 Uhr

Russland verschiebt den Start seiner Mondsonde "Selena-P" offenbar erneut. Wie die russische Wirtschaftszeitung RBK unter Berufung auf zwei Quellen in der Raumfahrtbranche berichtet, soll der Orbiter nicht mehr 2029, sondern erst 2031 starten. Eine dritte, der Raumfahrtbehörde Roskosmos nahestehende Person habe den neuen Termin bestätigt.

Laut RBK liegt der Redaktion zudem ein Brief des Herstellers Sewerny Meridian an die Roskosmos-Führung vor. Darin ist von Lieferengpässen bei Sternsensoren und Schwierigkeiten mit einem strahlungsfesten Bordprozessor die Rede; für Ersatzteile und neue Tests seien "mindestens 20 Monate" nötig. Die Kosten von umgerechnet rund 150 Millionen Euro dürften um mindestens ein Viertel steigen, zitiert das Blatt einen Insider.

Roskosmos erklärte gegenüber RBK lediglich, der Zeitplan werde nach Tests eines Ingenieurmodells präzisiert.

Beobachter sehen in der Verzögerung ein weiteres Zeichen dafür, wie sehr westliche Sanktionen die russische Raumfahrt treffen: Viele elektronische Bauteile für Satelliten wurden früher aus Europa und den USA importiert. "Selena-P" soll aus einer polaren Umlaufbahn nach Wassereis in den Kratern am Südpol des Mondes suchen.
""",
"02_uk.txt": """Росія знову відкладає місячну місію: запуск «Селени-П» перенесли на 2031 рік
Укрінформ
18.05.2027 12:30

Запуск російського місячного орбітального апарата «Селена-П» перенесено з 2029 на 2031 рік.

Про це повідомляє російське ділове видання РБК з посиланням на два джерела в ракетно-космічній галузі та співрозмовника, близького до Роскосмосу.

За даними РБК, причиною стали затримки з постачанням зоряних датчиків і проблеми з радіаційно стійким бортовим процесором. Як зазначає видання, у його розпорядженні є копія листа гендиректора НПО «Северный меридиан» Олега Тарханова керівництву Роскосмосу, у якому йдеться про щонайменше 20 місяців, потрібних на заміну комплектуючих і повторні випробування.

Вартість проєкту, яку оцінювали у 14,6 млрд рублів, зросте щонайменше на чверть, пише РБК, посилаючись на одне з джерел. У пресслужбі Роскосмосу виданню відповіли, що терміни буде уточнено після випробувань інженерної моделі.

Російська космічна галузь після 2022 року зіткнулася з нестачею західної електроніки через санкції. Кілька наукових місій, зокрема місячних, уже неодноразово переносили.
""",
"03_it.txt": """Russia, la sonda lunare Selena-P slitta al 2031
Corriere della Sera
19 maggio 2027

Il lancio della sonda lunare russa Selena-P slitta di due anni, dal 2029 al 2031. Lo riporta il settimanale tedesco Der Spiegel, che a sua volta cita il quotidiano economico russo Rbc e due fonti del settore spaziale.

Secondo lo Spiegel, all'origine del ritardo ci sarebbero problemi nelle forniture dei sensori stellari e un processore di bordo resistente alle radiazioni che non funziona come previsto. Il costruttore della sonda avrebbe chiesto all'agenzia spaziale Roscosmos almeno 20 mesi per sostituire i componenti e ripetere le prove, scrive il periodico di Amburgo, e i costi potrebbero salire di almeno un quarto.

Roscosmos si è limitata a far sapere che il calendario sarà aggiornato dopo i test su un modello ingegneristico.

La Selena-P dovrebbe studiare da un'orbita polare i crateri in ombra permanente vicino al polo sud della Luna, dove si ritiene si trovino depositi di ghiaccio d'acqua: la stessa regione che interessa le missioni americane, cinesi ed europee dei prossimi anni. Per l'industria spaziale russa, alle prese con le sanzioni occidentali e con la carenza di elettronica importata, è l'ennesimo rinvio.
""",
}, [
    {"name": "РБК", "in_corpus": True},
], [
    {"origin": "РБК", "article": "01_de.txt"},
    {"origin": "РБК", "article": "02_uk.txt"},
    {"origin": "Der Spiegel", "article": "03_it.txt"},
], [
    {"text": "The launch of the Russian lunar orbiter Selena-P has been postponed from 2029 to 2031.",
     "articles": ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The delay is due to late deliveries of star trackers and problems with a radiation-hardened onboard processor.",
     "articles": ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The project's cost is expected to rise by at least a quarter.",
     "articles": ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
])

# p04: University of Padua press release (outside origin, an institution's own publication), taken
# directly by ANSA, dpa, an English article without outlet line, and EFE. Quotes of the project
# leader are quotes from the press release, not interviews.
story("p04_padua_cubesat_release", "institution", {
"00_it.txt": """Padova, il nanosatellite degli studenti torna a «parlare» dopo 41 giorni di silenzio
ANSA
2027-06-08 12:47

Dopo 41 giorni di silenzio il nanosatellite Euganea-1, progettato e costruito da studenti dell'Università di Padova, è tornato a trasmettere. Lo ha annunciato l'ateneo in una nota, spiegando che il segnale è stato captato venerdì notte, alle 23.14, dalla stazione di terra installata sul tetto del dipartimento di Ingegneria industriale.

Il piccolo satellite, grande poco più di una scatola da scarpe (10 per 10 per 30 centimetri) e pesante quattro chili, era stato lanciato a gennaio su un'orbita a circa 520 chilometri di quota. Il 24 aprile aveva smesso di comunicare per un guasto alla batteria principale. «Avevamo quasi perso le speranze, invece il sistema di riserva ha fatto esattamente quello per cui lo avevamo progettato», spiega nel comunicato la professoressa Chiara Bortolami, responsabile scientifica del progetto.

Secondo l'Università, la batteria di riserva si è ricaricata lentamente grazie ai pannelli solari fino a riattivare il computer di bordo. I 38 studenti coinvolti stanno ora verificando lo stato della fotocamera multispettrale, con cui Euganea-1 dovrebbe riprendere a luglio le osservazioni delle fioriture algali lungo la costa dell'Adriatico settentrionale.

Il progetto è stato finanziato dall'ateneo e da una raccolta fondi tra ex allievi che ha superato i 180 mila euro, ricorda la nota.
""",
"01_de.txt": """Studenten-Satellit aus Padua meldet sich nach sechs Wochen zurück
dpa
8. Juni 2027, 15:20 Uhr

Ein von Studierenden gebauter Kleinsatellit aus Italien funkt nach 41 Tagen Funkstille wieder. Das Signal von "Euganea-1" sei in der Nacht zum Samstag von der Bodenstation der Hochschule empfangen worden, teilte die Universität Padua am Dienstag mit.

Der nur vier Kilogramm schwere Würfelsatellit kreist seit Januar in rund 520 Kilometern Höhe um die Erde. Am 24. April war der Kontakt wegen eines Defekts an der Hauptbatterie abgebrochen. Eine Reservebatterie habe sich über die Solarzellen langsam wieder aufgeladen und schließlich den Bordcomputer neu gestartet, hieß es in der Mitteilung der Universität.

"Wir hatten die Hoffnung fast aufgegeben, aber das Reservesystem hat genau das getan, wofür wir es entworfen haben", wird Projektleiterin Chiara Bortolami in der Mitteilung zitiert. An dem Projekt sind 38 Studierende beteiligt.

Mit einer Multispektralkamera soll der Satellit Algenblüten an der nördlichen Adriaküste beobachten. Die Kamera wird derzeit überprüft.
""",
"02_en.txt": """Student-built satellite wakes up after 41 days of silence, University of Padua says
June 8, 2027 4:05 PM

A tiny satellite built by students at the University of Padua has resumed transmitting after 41 days of silence, the university said in a press release on Tuesday.

The university's ground station, on the roof of its industrial engineering department, picked up a signal from Euganea-1 at 11.14pm on Friday, according to the statement. The four-kilogram cubesat, roughly the size of a shoebox, had stopped communicating on 24 April after its main battery failed.

A backup battery slowly recharged through the satellite's solar panels until it was able to restart the onboard computer, the university said.

"We had almost given up hope, but the backup system did exactly what we designed it to do," Professor Chiara Bortolami, the project's scientific lead, was quoted as saying in the release.

Euganea-1 was launched in January into an orbit about 520km above Earth. The 38 students working on the project are now checking its multispectral camera, and hope to resume observations of algal blooms along the northern Adriatic coast in July.

Student-built cubesats have become common over the past decade, but many are never heard from again after launch or after their first serious fault. Padua's project was funded by the university and by more than €180,000 raised from alumni.
""",
"03_es.txt": """Un nanosatélite construido por estudiantes de Padua vuelve a dar señales de vida tras 41 días
EFE
08/06/2027 17:02

Roma, 8 jun (EFE).- El nanosatélite Euganea-1, diseñado y construido por estudiantes de la Universidad de Padua (norte de Italia), ha vuelto a transmitir tras 41 días en silencio, según ha informado este martes la universidad en un comunicado.

La estación terrestre del centro captó la señal en la noche del viernes, después de que el pequeño satélite, de cuatro kilos, dejara de comunicarse el pasado 24 de abril por una avería en su batería principal, señala la nota.

Según la universidad, una batería de reserva se recargó poco a poco gracias a los paneles solares hasta reactivar el ordenador de a bordo. "Casi habíamos perdido la esperanza, pero el sistema de reserva hizo exactamente aquello para lo que lo diseñamos", afirma en el comunicado la responsable científica del proyecto, Chiara Bortolami.

Euganea-1, en órbita desde enero a unos 520 kilómetros de altura, lleva una cámara multiespectral con la que los 38 estudiantes del proyecto prevén retomar en julio la observación de las proliferaciones de algas en la costa norte del Adriático.
""",
}, [
    {"name": "University of Padua", "in_corpus": False},
], [
    {"origin": "University of Padua", "article": "00_it.txt"},
    {"origin": "University of Padua", "article": "01_de.txt"},
    {"origin": "University of Padua", "article": "02_en.txt"},
    {"origin": "University of Padua", "article": "03_es.txt"},
], [
    {"text": "The student-built cubesat Euganea-1 of the University of Padua has resumed transmitting after 41 days of silence.",
     "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
    {"text": "The satellite had stopped communicating on 24 April after its main battery failed; a backup battery recharged and restarted the onboard computer.",
     "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
    {"text": "The students plan to resume observations of algal blooms along the northern Adriatic coast in July.",
     "articles": ["00_it.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
])

# p05: a researcher's Bluesky post (outside origin, a person): taken directly by El País (whose
# unanswered question to her adds no own reporting), Le Monde and ТАСС; Der Spiegel takes it from
# El País ("Das berichtet die spanische Zeitung »El País«", "hatte demnach … auf Bluesky"): chain
# Echeverría -> El País -> Der Spiegel, edge from El País.
story("p05_bluesky_comet_breakup", "person_post_chain", {
"00_es.txt": """El cometa que iba a verse a simple vista en julio se ha partido en tres
El País
22 jun 2027 - 10:40 CEST

El cometa C/2027 F4 (Valderrey), que según las previsiones iba a poder observarse a simple vista a mediados de julio, se ha fragmentado en al menos tres pedazos. Así lo escribió en la noche del lunes en la red social Bluesky la astrofísica Marta Echeverría Lluch, del Instituto de Astrofísica de Canarias (IAC).

"Esto ya no es un cometa, son tres", resumió la investigadora en su mensaje, acompañado de tres imágenes tomadas esa misma noche con un telescopio del Observatorio del Teide. En ellas se distinguen con claridad tres condensaciones brillantes separadas por unos 2.000 kilómetros. Según su publicación, la fragmentación debió de producirse "hace pocos días" y los trozos se siguen alejando entre sí.

El cometa fue descubierto en marzo por el astrónomo aficionado soriano Ramón Valderrey y su paso más cercano al Sol está previsto para el 9 de julio, a unos 46 millones de kilómetros. Los cálculos apuntaban a que alcanzaría un brillo suficiente para verse sin prismáticos desde zonas oscuras. Ahora, advirtió Echeverría en la misma red social, "lo más probable es que se vaya apagando" en las próximas semanas.

Los núcleos de los cometas son agregados frágiles de hielo y polvo, y no es raro que se rompan al acercarse al Sol, cuando el calor evapora los hielos y aumentan las tensiones internas.

Echeverría no respondió de inmediato a las preguntas de este periódico.
""",
"01_fr.txt": """La comète Valderrey s'est brisée en au moins trois morceaux
Le Monde
22 juin 2027 à 14h55

Les amateurs d'astronomie qui espéraient admirer une comète à l'œil nu cet été risquent d'être déçus. Le noyau de la comète C/2027 F4 (Valderrey) s'est fragmenté en au moins trois morceaux, a écrit lundi soir sur le réseau social Bluesky l'astrophysicienne espagnole Marta Echeverría Lluch, de l'Institut d'astrophysique des Canaries.

« Ce n'est plus une comète, ce sont trois », a résumé la chercheuse dans son message, illustré de trois images prises la nuit même depuis l'observatoire du Teide, à Tenerife. On y distingue trois points brillants distincts, séparés d'environ 2 000 kilomètres. La rupture remonterait à quelques jours seulement, selon l'astrophysicienne, et les fragments continuent de s'éloigner les uns des autres.

Découverte en mars par un astronome amateur espagnol, la comète doit passer au plus près du Soleil le 9 juillet. Les prévisions laissaient espérer qu'elle deviendrait visible sans instrument à la mi-juillet. Désormais, elle devrait plutôt « s'éteindre progressivement », prévient Mme Echeverría Lluch dans un second message.

Les noyaux cométaires, faits de glace et de poussière peu cohésives, se disloquent régulièrement à l'approche du Soleil. Plusieurs comètes prometteuses ont connu ce sort ces dernières décennies.
""",
"02_de.txt": """Komet "Valderrey" zerbricht – Hoffnung auf Himmelsspektakel schwindet
Der Spiegel
22.06.2027, 17.18 Uhr

Der Komet C/2027 F4 (Valderrey) ist offenbar in mindestens drei Teile zerbrochen. Das berichtet die spanische Zeitung »El País«. Die Astrophysikerin Marta Echeverría Lluch vom Instituto de Astrofísica de Canarias hatte demnach am Montagabend auf der Plattform Bluesky drei Aufnahmen vom Observatorium auf dem Teide veröffentlicht, auf denen drei getrennte helle Kerne zu sehen sind.

"Das ist kein Komet mehr, das sind drei", schrieb die Forscherin laut »El País«. Die Bruchstücke liegen nach Angaben der Zeitung rund 2000 Kilometer auseinander und entfernen sich weiter voneinander.

Der Schweifstern war im März von einem spanischen Amateurastronomen entdeckt worden. Für Mitte Juli hatten Astronomen gehofft, ihn bei dunklem Himmel mit bloßem Auge sehen zu können. Daraus wird nun wohl nichts: Wahrscheinlich werde der Komet in den kommenden Wochen verblassen, zitiert das Blatt die Wissenschaftlerin.

Dass Kometen beim Anflug auf die Sonne auseinanderbrechen, ist nicht ungewöhnlich. Ihre Kerne bestehen aus locker gebundenem Eis und Staub; wenn die Wärme das Eis verdampfen lässt, können sie zerfallen.
""",
"03_ru.txt": """Комета Вальдеррея раскололась как минимум на три части
ТАСС
22 июня 2027, 13:20

МАДРИД, 22 июня. /ТАСС/. Ядро кометы C/2027 F4 (Valderrey), которую в середине июля рассчитывали увидеть невооруженным глазом, раскололось как минимум на три фрагмента. Об этом написала в соцсети Bluesky астрофизик Института астрофизики Канарских островов Марта Эчеверрия Льюк.

«Это больше не комета, это три кометы», — отметила исследовательница, опубликовав три снимка, сделанных в ночь на вторник на обсерватории Тейде. По ее словам, распад произошел несколько дней назад, а расстояние между фрагментами составляет около 2 тыс. км и продолжает расти.

Как уточнила Эчеверрия в своем посте, теперь комета, скорее всего, будет постепенно угасать.

Комету открыл в марте испанский астроном-любитель Рамон Вальдеррей. Перигелий — наибольшее сближение с Солнцем — ожидается 9 июля. По прежним расчетам, к середине июля ее блеск должен был позволить наблюдать комету без бинокля вдали от городской засветки.

Ядра комет состоят из рыхлой смеси льда и пыли и нередко разрушаются при приближении к Солнцу, когда лед начинает интенсивно испаряться.
""",
}, [
    {"name": "Marta Echeverría Lluch", "in_corpus": False},
], [
    {"origin": "Marta Echeverría Lluch", "article": "00_es.txt"},
    {"origin": "Marta Echeverría Lluch", "article": "01_fr.txt"},
    {"origin": "El País", "article": "02_de.txt"},
    {"origin": "Marta Echeverría Lluch", "article": "03_ru.txt"},
], [
    {"text": "The nucleus of comet C/2027 F4 (Valderrey) has broken into at least three fragments.",
     "articles": ["00_es.txt", "01_fr.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "The comet is now likely to fade instead of becoming visible to the naked eye in mid-July.",
     "articles": ["00_es.txt", "01_fr.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
])

# p06: two independent own reports of the same fall: PAP (pl, an astronomer "powiedział PAP", and
# "Jak dowiedziała się PAP" about the damaged farm building) and Укрінформ (uk, its own correspondent
# in the village). dpa credits both (two edges). 03_ru.txt has neither outlet nor date line and is an
# uncredited, close Russian translation of Укрінформ's article (same order, same quotes, keeps
# "рассказал нашему корреспонденту"): edge from Укрінформ, no credit needed.
story("p06_volyn_meteorite_two_reports", "independent_translation", {
"00_uk.txt": """На Волині метеорит пробив дах клуні: кореспондент Укрінформу побував на місці
Укрінформ
14.09.2027 14:10

У ніч на вівторок камінь, який, імовірно, є метеоритом, пробив шиферний дах клуні в селі Гірчичне Ковельського району на Волині. Про це передає власний кореспондент Укрінформу, який побував на місці події.

Господар клуні Василь Ничипорук розповів нашому кореспондентові, що близько 23:50 почув гуркіт, схожий на вибух. «Грюкнуло так, що корова в сусідньому хліві зірвалася з прив'язі. Вранці дивлюся – в даху дірка, а в сіні лежить чорний камінь», – сказав він.

Камінь завбільшки з кулак важить приблизно 1,4 кілограма, він темний, з оплавленою скоринкою. Отвір у даху має близько 20 сантиметрів у діаметрі. Ніхто не постраждав.

Кілька жителів села розповіли, що того вечора бачили в небі над лісом яскравий зеленкуватий спалах, після якого чули два глухі удари.

У поліції Волинської області кореспондентові Укрінформу підтвердили, що отримали повідомлення про падіння «невідомого предмета» і передали знахідку на зберігання до приїзду фахівців. Науковці Львівського національного університету імені Івана Франка мають оглянути камінь у середу.
""",
"01_pl.txt": """Jasny bolid nad wschodnią Polską. Fragmenty mogły spaść na Wołyniu
PAP
14.09.2027, 11:32

Bardzo jasny bolid przeleciał w nocy z poniedziałku na wtorek nad Lubelszczyzną i zachodnią Ukrainą. Zjawisko zarejestrowało co najmniej sześć kamer sieci obserwacyjnej w Polsce – powiedział PAP dr Tomasz Wierzbicki z Centrum Astronomicznego im. Mikołaja Kopernika PAN.

Według jego wstępnych obliczeń obiekt o masie kilkudziesięciu kilogramów wszedł w atmosferę nad okolicami Chełma z prędkością około 18 km/s i rozpadł się na wysokości ok. 25 km. "Tor lotu wskazuje, że fragmenty, które przetrwały przelot przez atmosferę, spadły najpewniej po ukraińskiej stronie granicy, na Wołyniu" – wyjaśnił naukowiec w rozmowie z PAP.

Jak dowiedziała się PAP, ukraińskie służby w obwodzie wołyńskim sprawdzają zgłoszenie mieszkańca jednej ze wsi w rejonie kowelskim, według którego kamień przebił w nocy dach budynku gospodarczego.

Bolid był widoczny z dużej części wschodniej Polski. Świadkowie z Lublina, Zamościa i Włodawy opisywali zielonkawy błysk, a niektórzy – huk kilka minut później.

Dr Wierzbicki zaapelował do osób, które mogły nagrać zjawisko kamerami samochodowymi lub monitoringiem, o przesyłanie nagrań astronomom. Pozwoli to dokładniej wyznaczyć trajektorię.
""",
"02_de.txt": """Meteorit schlägt in Scheune in der Ukraine ein – Feuerkugel auch über Polen gesichtet
dpa
14. September 2027, 17:45 Uhr

Ein mutmaßlicher Meteorit hat in der Nacht zum Dienstag im Nordwesten der Ukraine das Dach einer Scheune durchschlagen. Der Stein sei im Dorf Hirtschytschne im Gebiet Wolhynien ins Heu gefallen, verletzt worden sei niemand, berichtete die ukrainische staatliche Nachrichtenagentur Ukrinform, deren Korrespondent den Ort besuchte.

Zuvor war über dem Osten Polens und dem Westen der Ukraine eine sehr helle Feuerkugel zu sehen gewesen. Nach Angaben der polnischen Nachrichtenagentur PAP zeichneten mindestens sechs Kameras eines Beobachtungsnetzes den Himmelskörper auf. Ein Astronom des Nikolaus-Kopernikus-Zentrums in Warschau sagte der Agentur, der Brocken sei in etwa 25 Kilometern Höhe zerbrochen; übrig gebliebene Fragmente seien wahrscheinlich auf ukrainischem Gebiet niedergegangen.

Der Besitzer der Scheune sagte laut Ukrinform, es habe gekracht wie bei einer Explosion, seine Kuh habe sich vor Schreck losgerissen. Wissenschaftler aus Lwiw sollen den Fund untersuchen.

Meteoritenfälle, bei denen Gebäude getroffen werden, sind selten. Die meisten Meteoriten verglühen vollständig oder fallen unbemerkt in Meere und unbewohnte Gebiete.
""",
"03_ru.txt": """На Волыни метеорит пробил крышу сарая

В ночь на вторник камень, предположительно метеорит, пробил шиферную крышу сарая в селе Гирчичное Ковельского района Волынской области.

Хозяин сарая Василий Ничипорук рассказал нашему корреспонденту, что около 23:50 услышал грохот, похожий на взрыв. «Грохнуло так, что корова в соседнем хлеву сорвалась с привязи. Утром смотрю – в крыше дыра, а в сене лежит черный камень», – сказал он.

Камень размером с кулак весит примерно 1,4 килограмма, он темный, с оплавленной коркой. Отверстие в крыше – около 20 сантиметров в диаметре. Никто не пострадал.

Несколько жителей села рассказали, что в тот вечер видели в небе над лесом яркую зеленоватую вспышку, после которой слышали два глухих удара.

В полиции Волынской области подтвердили, что получили сообщение о падении «неизвестного предмета» и передали находку на хранение до приезда специалистов. Ученые Львовского национального университета имени Ивана Франко должны осмотреть камень в среду.
""",
}, [
    {"name": "Укрінформ", "in_corpus": True},
    {"name": "PAP", "in_corpus": True},
], [
    {"origin": "Укрінформ", "article": "02_de.txt"},
    {"origin": "PAP", "article": "02_de.txt"},
    {"origin": "Укрінформ", "article": "03_ru.txt"},
], [
    {"text": "A suspected meteorite fell through the roof of a farm building in a village in the Kovel district of Ukraine's Volyn region.",
     "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "A bright fireball was seen in the night sky over eastern Poland and western Ukraine.",
     "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "The stone weighs about 1.4 kilograms and left a hole about 20 centimetres wide in the roof.",
     "articles": ["00_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# p07: a journal paper in The Lancet (outside origin, a published document), taken directly by The
# Guardian, EFE, ТАСС and Corriere della Sera. All quotes are from the paper ("the authors write"),
# nobody was interviewed.
story("p07_lancet_kidney_stones", "document", {
"00_en.txt": """Long space missions nearly triple risk of kidney stones, study finds
The Guardian
Thu 7 Oct 2027 23.30 BST

Astronauts who spend more than five months in orbit are almost three times as likely to develop kidney stones in the year after they return as those who fly shorter missions, according to a study published in The Lancet.

The researchers, led by a team at the University of Oslo, analysed the medical records of 318 astronauts and cosmonauts from five space agencies who flew between 2000 and 2024. Among the 141 who spent more than 150 days in space, 9.2% developed a kidney stone within 12 months of landing, compared with 3.5% of those on shorter flights – a rate about 2.6 times higher once age and sex were taken into account.

Weightlessness causes bones to shed calcium, which ends up in the urine, and astronauts often drink less than they should, the authors write. "The risk does not end when the crew comes home," they note in the paper, arguing that the first year after a long mission should be treated as "a period of active medical surveillance".

The study recommends that crews on long flights be offered potassium citrate supplements, which make stones less likely to form, and that urine chemistry be monitored monthly after landing.

The findings matter for planned missions to Mars, which would keep crews away from Earth for two to three years. A kidney stone, the authors point out, would be "a serious medical emergency" far from any hospital.
""",
"01_es.txt": """Las misiones espaciales largas casi triplican el riesgo de cálculos renales, según The Lancet
EFE
8 de octubre de 2027

Madrid (EFE).- Los astronautas que pasan más de cinco meses en órbita tienen casi tres veces más probabilidades de sufrir cálculos renales en el año siguiente a su regreso que quienes realizan misiones más cortas, según un estudio publicado este jueves en la revista médica The Lancet.

El trabajo, dirigido por investigadores de la Universidad de Oslo, analizó los historiales médicos de 318 astronautas y cosmonautas de cinco agencias espaciales que volaron entre 2000 y 2024. De los 141 que permanecieron más de 150 días en el espacio, el 9,2 % desarrolló un cálculo renal en los doce meses posteriores al aterrizaje, frente al 3,5 % de los que participaron en vuelos más breves.

La ingravidez hace que los huesos pierdan calcio, que acaba en la orina, explican los autores, que advierten de que "el riesgo no termina cuando la tripulación vuelve a casa".

El estudio propone ofrecer suplementos de citrato de potasio a las tripulaciones de misiones largas y controlar cada mes la química de la orina durante el primer año tras el aterrizaje. Según los investigadores, los resultados son especialmente relevantes para los futuros viajes a Marte, que mantendrían a los astronautas lejos de la Tierra durante dos o tres años.
""",
"02_ru.txt": """Длительные полеты в космос почти втрое повышают риск камней в почках — The Lancet
ТАСС
8 октября 2027, 02:00

ЛОНДОН, 8 октября. /ТАСС/. Космонавты и астронавты, проведшие на орбите более пяти месяцев, почти в три раза чаще сталкиваются с мочекаменной болезнью в первый год после возвращения на Землю, чем участники более коротких полетов. Об этом говорится в исследовании, опубликованном в медицинском журнале The Lancet.

Ученые под руководством специалистов Университета Осло изучили медицинские данные 318 астронавтов и космонавтов пяти космических агентств, летавших в 2000–2024 годах. Из 141 человека, проведшего в космосе более 150 суток, камни в почках в течение 12 месяцев после посадки образовались у 9,2%, тогда как среди участников коротких экспедиций — у 3,5%.

Как отмечают авторы работы, в невесомости кости теряют кальций, который выводится с мочой, а экипажи нередко пьют меньше воды, чем необходимо. «Риск не заканчивается, когда экипаж возвращается домой», — пишут исследователи.

Авторы статьи рекомендуют давать участникам длительных экспедиций препараты цитрата калия и ежемесячно контролировать состав мочи в течение года после полета.
""",
"03_it.txt": """Astronauti, le missioni lunghe quasi triplicano il rischio di calcoli renali
Corriere della Sera
8 ottobre 2027 | 09:12

Restare a lungo nello spazio lascia il segno anche sui reni. Gli astronauti che trascorrono più di cinque mesi in orbita hanno un rischio quasi triplo di sviluppare calcoli renali nell'anno successivo al rientro rispetto ai colleghi impegnati in missioni brevi: lo rivela uno studio pubblicato su The Lancet.

I ricercatori, guidati da un gruppo dell'Università di Oslo, hanno esaminato le cartelle cliniche di 318 astronauti e cosmonauti di cinque agenzie spaziali che hanno volato tra il 2000 e il 2024. Tra i 141 rimasti in orbita più di 150 giorni, il 9,2% ha sviluppato un calcolo entro dodici mesi dall'atterraggio, contro il 3,5% di chi ha partecipato a voli più brevi.

In assenza di peso le ossa perdono calcio, che finisce nelle urine, spiegano gli autori. «Il rischio non finisce quando l'equipaggio torna a casa», scrivono i ricercatori, che suggeriscono di somministrare citrato di potassio agli equipaggi delle missioni lunghe e di controllare ogni mese le urine per un anno dopo il rientro.

Il tema riguarda da vicino anche i futuri viaggi verso Marte, che terrebbero gli equipaggi lontani dalla Terra per due o tre anni, lontano da qualunque ospedale.
""",
}, [
    {"name": "The Lancet", "in_corpus": False},
], [
    {"origin": "The Lancet", "article": "00_en.txt"},
    {"origin": "The Lancet", "article": "01_es.txt"},
    {"origin": "The Lancet", "article": "02_ru.txt"},
    {"origin": "The Lancet", "article": "03_it.txt"},
], [
    {"text": "Astronauts on missions longer than about five months (150 days) were almost three times as likely to develop kidney stones in the year after landing (9.2% vs 3.5%).",
     "articles": ["00_en.txt", "01_es.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The study analysed the medical records of 318 astronauts and cosmonauts from five space agencies who flew between 2000 and 2024.",
     "articles": ["00_en.txt", "01_es.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The authors recommend potassium citrate for long-mission crews and monthly urine monitoring during the first year after landing.",
     "articles": ["00_en.txt", "01_es.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
])

# p08: two outside institutional origins: Роскосмос's post on its Telegram channel and NASA's blog
# post. ТАСС takes Roscosmos only; AFP (en) and Le Monde take both (two edges each); Укрінформ takes
# NASA only.
story("p08_progress_docking_two_agencies", "two_institutions", {
"00_ru.txt": """Стыковку «Прогресса МС-41» с МКС перенесли на двое суток
ТАСС
3 ноября 2027, 11:05

МОСКВА, 3 ноября. /ТАСС/. Стыковка грузового корабля «Прогресс МС-41» с Международной космической станцией перенесена с 3 на 5 ноября. Об этом говорится в сообщении Роскосмоса, опубликованном в Telegram-канале госкорпорации.

«Решение принято в связи с неисправностью оборудования одного из наземных измерительных пунктов, обеспечивающих управление кораблем на этапе сближения», — отмечается в сообщении. Согласно ему, все бортовые системы грузовика работают штатно, корабль продолжает автономный полет.

Новое время стыковки к стыковочному отсеку российского сегмента станции — 12:47 мск 5 ноября. Процесс сближения будет проходить в автоматическом режиме под контролем специалистов Центра управления полетами, уточнили в госкорпорации.

«Прогресс МС-41» стартовал 1 ноября с Байконура. Он доставит на МКС около 2,5 т грузов, в том числе топливо, воду, кислород, продукты питания и научную аппаратуру для экспериментов российских космонавтов.
""",
"01_en.txt": """Russian cargo ship's docking with ISS delayed by two days
AFP
2027-11-03T14:40:00Z

The docking of an uncrewed Russian cargo ship with the International Space Station has been pushed back by two days because of a problem with ground equipment, Russia's space agency Roscosmos said Wednesday.

The Progress MS-41 freighter, launched on Monday from the Baikonur cosmodrome in Kazakhstan, will now link up with the station on Friday instead of Wednesday, Roscosmos said on its Telegram channel. It blamed a fault at one of the ground tracking stations that control the spacecraft during its approach, adding that all of the freighter's onboard systems were working normally.

NASA said in a blog post that the delay posed no risk to the seven crew members aboard the orbiting laboratory, who have "ample supplies of food, water and oxygen." The US space agency said its teams in Houston were coordinating with Russian flight controllers on the new schedule.

The Progress is carrying about 2.5 tonnes of fuel, water, food and scientific equipment.

Delays to cargo dockings are not unusual, but they can ripple through the station's crowded traffic schedule. A US commercial cargo vehicle is due to depart the station later in November.
""",
"02_uk.txt": """NASA: стикування російського вантажівця з МКС відклали, екіпажу нічого не загрожує
Укрінформ
03.11.2027 18:20

Стикування російського вантажного корабля «Прогрес МС-41» з Міжнародною космічною станцією перенесли на два дні – з 3 на 5 листопада. Про це повідомило NASA у своєму блозі.

Як зазначає американське аерокосмічне агентство, причиною перенесення стала проблема з наземним обладнанням на території Росії. Затримка не становить жодної загрози для семи членів екіпажу МКС, які мають «достатні запаси їжі, води та кисню», наголошують у NASA.

За даними агентства, фахівці центру управління польотами в Х'юстоні узгоджують новий графік з російською стороною. Як уточнюють у NASA, корабель продовжує автономний політ, а його бортові системи працюють без збоїв.

Вантажівець стартував 1 листопада з космодрому Байконур і має доставити на станцію близько 2,5 тонни вантажів.

Міжнародна космічна станція працює на орбіті з 1998 року. Нині на ній перебувають астронавти США, Японії та Європи, а також російські космонавти.
""",
"03_fr.txt": """L'amarrage du cargo russe Progress à l'ISS repoussé de deux jours
Le Monde
3 novembre 2027 à 20h10

Le cargo russe Progress MS-41, parti lundi de Baïkonour, ne s'amarrera à la Station spatiale internationale (ISS) que vendredi 5 novembre, avec deux jours de retard, a indiqué mercredi l'agence spatiale russe Roscosmos sur sa chaîne Telegram.

En cause, une panne d'équipement dans l'une des stations de suivi au sol qui pilotent le vaisseau lors de son approche, précise Roscosmos, selon qui tous les systèmes de bord fonctionnent normalement.

Dans un billet publié sur son blog, la NASA assure de son côté que ce report ne fait courir aucun risque aux sept membres d'équipage de la station, qui disposent de « réserves suffisantes de nourriture, d'eau et d'oxygène ». L'agence américaine indique coordonner le nouveau calendrier avec les contrôleurs de vol russes.

Le cargo transporte environ 2,5 tonnes de fret : carburant, eau, vivres et matériel scientifique. Ce type de contretemps reste fréquent dans la logistique de l'ISS, dont l'exploitation est prévue jusqu'en 2030.
""",
}, [
    {"name": "Роскосмос", "in_corpus": False},
    {"name": "NASA", "in_corpus": False},
], [
    {"origin": "Роскосмос", "article": "00_ru.txt"},
    {"origin": "Роскосмос", "article": "01_en.txt"},
    {"origin": "NASA", "article": "01_en.txt"},
    {"origin": "NASA", "article": "02_uk.txt"},
    {"origin": "Роскосмос", "article": "03_fr.txt"},
    {"origin": "NASA", "article": "03_fr.txt"},
], [
    {"text": "The docking of the Progress MS-41 cargo ship with the ISS was postponed by two days, from 3 to 5 November.",
     "articles": ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 2},
    {"text": "The postponement was caused by a fault in ground equipment.",
     "articles": ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 2},
    {"text": "The new docking time is 12:47 Moscow time on 5 November.",
     "articles": ["00_ru.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 116 (science and space; real media names, "
                       "invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": origins,
            "relays": relays,
            "claims": claims,
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
