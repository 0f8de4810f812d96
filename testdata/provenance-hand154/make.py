#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand154 set (doping in sport;
all events, people, clubs, teams, figures and quotes invented; media names real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# d01: outside wire agency Reuters (a letter seen by Reuters + an ITA spokeswoman talking to Reuters
# belong to Reuters' report) relayed 4x: de "Wie die Nachrichtenagentur Reuters ... berichtete" +
# "sagte ... der Agentur"; it "Lo riferisce l'agenzia Reuters" + "Secondo l'agenzia britannica" +
# "alla Reuters"; uk "Про це повідомляє агентство Reuters" + "За даними Reuters" + "розповіла
# агентству"; es "según informó ... la agencia Reuters" + "añade la agencia británica".
story("d01_agency_weightlifting_retests", "agency", {
"00_de.txt": """Gewichtheben: Nachtests finden fünf Dopingfälle von der WM 2026
Der Spiegel
11.03.2027, 15.42 Uhr

Bei Nachkontrollen von Dopingproben der Gewichtheber-Weltmeisterschaften 2026 sind fünf Athletinnen und Athleten positiv getestet worden. Wie die Nachrichtenagentur Reuters am Donnerstag berichtete, geht das aus einem Schreiben der International Testing Agency (ITA) an die betroffenen nationalen Verbände hervor, das der Agentur vorliegt.

Insgesamt ließ die ITA nach Angaben von Reuters 46 eingelagerte Proben erneut untersuchen. Dabei kamen verfeinerte Verfahren zum Einsatz, mit denen sich Langzeitmetaboliten des Anabolikums Dehydrochlormethyltestosteron – besser bekannt als Oral-Turinabol – noch Monate nach der Einnahme nachweisen lassen. Betroffen sind drei Frauen und zwei Männer aus vier Ländern; zwei von ihnen hatten bei der WM Medaillen gewonnen.

„Wir werden keine Namen nennen, solange die B-Proben nicht analysiert sind und die Athleten keine Gelegenheit zur Stellungnahme hatten“, sagte ITA-Sprecherin Marta Lindqvist der Agentur. Die Öffnung der B-Proben sei für die zweite Aprilhälfte im WADA-akkreditierten Labor in Lausanne angesetzt.

Bestätigen sich die Befunde, drohen den Sportlern Sperren von bis zu vier Jahren sowie die Streichung ihrer WM-Ergebnisse. Die Medaillen würden dann neu verteilt.

Der Weltverband IWF steht wegen zahlreicher Dopingfälle seit Jahren unter besonderer Beobachtung des Internationalen Olympischen Komitees. Nachtests gelten im Gewichtheben als eines der wirksamsten Mittel gegen Betrug: Proben dürfen bis zu zehn Jahre aufbewahrt und mit neuen Methoden erneut analysiert werden.
""",
"01_it.txt": """Pesi, cinque positività nelle nuove analisi dei campioni dei Mondiali 2026
Corriere dello Sport
11 marzo 2027

Cinque sollevatori sono risultati positivi alle nuove analisi dei campioni prelevati ai Mondiali di sollevamento pesi del 2026. Lo riferisce l'agenzia Reuters, che ha potuto visionare una lettera inviata dall'International Testing Agency (ITA) alle federazioni nazionali interessate.

Secondo l'agenzia britannica, l'ITA ha fatto rianalizzare 46 campioni conservati dopo la rassegna iridata, utilizzando metodi più sensibili in grado di individuare i metaboliti a lunga durata del deidroclormetiltestosterone, lo steroide anabolizzante noto come Oral-Turinabol. Si tratta di tre donne e due uomini di quattro diversi Paesi; due di loro erano saliti sul podio.

«Non faremo nomi finché non saranno analizzati i campioni B e gli atleti non avranno avuto la possibilità di spiegarsi», ha dichiarato alla Reuters la portavoce dell'ITA, Marta Lindqvist. Le controanalisi sono in programma nella seconda metà di aprile nel laboratorio di Losanna accreditato dalla WADA, precisa l'agenzia.

In caso di conferma, i cinque rischiano squalifiche fino a quattro anni e la cancellazione dei risultati ottenuti ai Mondiali, con la conseguente riassegnazione delle medaglie.

I controlli retroattivi sono da anni uno degli strumenti principali della lotta al doping nel sollevamento pesi: i campioni possono essere conservati fino a dieci anni e rianalizzati quando la scienza mette a disposizione nuovi metodi.
""",
"02_uk.txt": """Повторні тести проб чемпіонату світу з важкої атлетики виявили п'ять допінгових випадків
Суспільне Спорт
11.03.2027 17:10

Міжнародне агентство тестування (ITA) виявило п'ять позитивних результатів під час повторного аналізу проб, відібраних на чемпіонаті світу з важкої атлетики 2026 року. Про це повідомляє агентство Reuters, яке ознайомилося з листом ITA до національних федерацій.

За даними Reuters, повторно проаналізували 46 проб, що зберігалися після чемпіонату. Фахівці застосували вдосконалені методи, які дозволяють виявити довготривалі метаболіти анаболічного стероїду дегідрохлорметилтестостерону, відомого як орал-туринабол. Ідеться про трьох жінок і двох чоловіків із чотирьох країн, двоє з них на чемпіонаті здобули медалі.

«Ми не називатимемо імен, доки не буде проаналізовано проби B і спортсмени не матимуть змоги висловитися», — розповіла агентству речниця ITA Марта Ліндквіст. Розкриття проб B, як зазначає Reuters, заплановане на другу половину квітня в акредитованій WADA лабораторії в Лозанні.

Якщо результати підтвердяться, штангістам загрожує дискваліфікація до чотирьох років і анулювання результатів чемпіонату світу. Медалі в такому разі перерозподілять.

Чи є серед п'ятьох спортсменів представники України, наразі невідомо. Проби, взяті на змаганнях, можуть зберігатися до десяти років і повторно аналізуватися, щойно з'являються нові методи виявлення заборонених речовин.
""",
"03_es.txt": """Halterofilia: cinco positivos en los nuevos análisis de las muestras del Mundial de 2026
AS
Jueves, 11 de marzo de 2027, 18:25

La Agencia Internacional de Controles (ITA) ha detectado cinco positivos al volver a analizar muestras recogidas en el Campeonato del Mundo de halterofilia de 2026, según informó este jueves la agencia Reuters, que tuvo acceso a una carta enviada por el organismo a las federaciones nacionales afectadas.

En total se reanalizaron 46 muestras almacenadas tras el Mundial, con métodos más sensibles capaces de detectar metabolitos de larga duración de la deshidroclorometiltestosterona, el esteroide anabolizante conocido como Oral-Turinabol. Los afectados son tres mujeres y dos hombres de cuatro países distintos, y dos de ellos se colgaron una medalla en el campeonato, añade la agencia británica.

"No daremos nombres hasta que se hayan analizado las muestras B y los deportistas hayan tenido la oportunidad de explicarse", explicó a Reuters Marta Lindqvist, portavoz de la ITA. El contraanálisis está previsto para la segunda quincena de abril en el laboratorio de Lausana acreditado por la AMA.

Si se confirman los resultados, los cinco halterófilos se exponen a sanciones de hasta cuatro años y a la anulación de sus resultados en el Mundial, lo que obligaría a redistribuir las medallas.

Los reanálisis se han convertido en una de las herramientas más eficaces contra el dopaje en la halterofilia: las muestras pueden conservarse durante diez años y volver a examinarse cuando aparecen nuevas técnicas de detección.
""",
}, [("Reuters", False)],
[("Reuters", "00_de.txt"), ("Reuters", "01_it.txt"), ("Reuters", "02_uk.txt"), ("Reuters", "03_es.txt")],
[("Re-analysis of 46 stored samples from the 2026 world weightlifting championships produced five positive findings (three women, two men, two of them medallists).",
  ["00_de.txt", "01_it.txt", "02_uk.txt", "03_es.txt"], 1),
 ("The ITA will not name the athletes before the B samples, due to be opened in Lausanne in the second half of April, are analysed.",
  ["00_de.txt", "01_it.txt", "02_uk.txt", "03_es.txt"], 1)])

# d02: institution's own published statement (Athletics Integrity Unit, on its website) taken
# directly 4x: uk "Про це йдеться в заяві Відділу з питань доброчесності ... оприлюдненій ... на його
# сайті" + "Як зазначається в повідомленні" + "В AIU наголосили"; en "the Athletics Integrity Unit
# said in a statement" + "the unit said"; fr "a annoncé ... l'Unité d'intégrité de l'athlétisme (AIU)
# dans un communiqué" + "précise l'instance" + "Selon le communiqué"; it (no date line) "Lo si legge
# nel comunicato diffuso ... dall'Athletics Integrity Unit" + "spiega l'AIU" + "Nella nota l'Unità".
story("d02_institution_aiu_hurdler", "institution", {
"00_uk.txt": """Бар'єристку Ірину Голубовську тимчасово відсторонили через позитивну допінг-пробу
Українська правда
20 травня 2027, 14:30

Українська легкоатлетка Ірина Голубовська, яка спеціалізується на бігу на 400 метрів з бар'єрами, тимчасово відсторонена від змагань. Про це йдеться в заяві Відділу з питань доброчесності в легкій атлетиці (AIU), оприлюдненій у четвер на його сайті.

Як зазначається в повідомленні, в пробі, відібраній у спортсменки поза змаганнями 2 травня в Києві, виявили триметазидин. Ця речовина належить до класу гормонів і модуляторів метаболізму та заборонена як у змагальний, так і в позазмагальний період.

В AIU наголосили, що тимчасове відсторонення не є остаточним рішенням у справі. Голубовська має право вимагати розкриття проби B і надати свої пояснення. До завершення розгляду вона не може брати участь у жодних змаганнях під егідою World Athletics.

26-річна Голубовська — чемпіонка України 2026 року, її особистий рекорд становить 54,87 секунди. Цього сезону вона розраховувала відібратися на чемпіонат світу.

Триметазидин — препарат, який застосовують для лікування стенокардії. Широкому загалу він став відомий після гучної справи у фігурному катанні на Олімпійських іграх 2022 року в Пекіні. За порушення антидопінгових правил із цією речовиною спортсменам загрожує дискваліфікація до чотирьох років.
""",
"01_en.txt": """Ukrainian hurdler Holubovska provisionally suspended after positive test
The Guardian
Thu 20 May 2027 16.05 BST

The Ukrainian 400m hurdler Iryna Holubovska has been provisionally suspended after testing positive for the banned heart drug trimetazidine, the Athletics Integrity Unit said in a statement on Thursday.

The sample was collected out of competition in Kyiv on 2 May, according to the statement published on the AIU's website. Trimetazidine is classed as a metabolic modulator by the World Anti-Doping Agency and is prohibited at all times.

The AIU, which manages anti-doping for World Athletics, stressed that a provisional suspension is not a final decision. Holubovska, 26, can request the analysis of her B sample and offer an explanation, the unit said. Until the case is resolved she cannot compete in any event sanctioned by World Athletics.

Holubovska won the Ukrainian national title last year and has a personal best of 54.87sec. She had been aiming to qualify for this summer's world championships.

The drug, normally prescribed for angina, became widely known to sports fans after a high-profile figure skating case at the 2022 Winter Olympics in Beijing. Athletes found to have used it face a ban of up to four years.
""",
"02_fr.txt": """Athlétisme : l'Ukrainienne Iryna Holubovska suspendue à titre provisoire
L'Équipe
20 mai 2027 à 17h12

La spécialiste ukrainienne du 400 m haies Iryna Holubovska a été suspendue provisoirement après un contrôle positif à la trimétazidine, a annoncé jeudi l'Unité d'intégrité de l'athlétisme (AIU) dans un communiqué publié sur son site.

Le prélèvement a été effectué hors compétition le 2 mai à Kiev, précise l'instance chargée de la lutte antidopage pour le compte de World Athletics. La trimétazidine, un médicament utilisé contre l'angine de poitrine, figure parmi les modulateurs métaboliques interdits en permanence par l'Agence mondiale antidopage (AMA).

Selon le communiqué, la suspension provisoire ne préjuge pas de l'issue de la procédure. L'athlète de 26 ans peut demander l'analyse de l'échantillon B et fournir des explications. D'ici là, elle ne pourra participer à aucune compétition placée sous l'égide de World Athletics.

Championne d'Ukraine l'an dernier, Holubovska possède un record personnel de 54''87. Elle visait une qualification pour les Championnats du monde cet été.

Le nom de la trimétazidine avait fait le tour du monde lors d'une affaire retentissante en patinage artistique aux Jeux de Pékin, en 2022. Une violation des règles antidopage liée à cette substance peut valoir jusqu'à quatre ans de suspension.
""",
"03_it.txt": """Atletica, sospesa in via provvisoria l'ucraina Holubovska: positiva alla trimetazidina
La Gazzetta dello Sport

L'ostacolista ucraina Iryna Holubovska, specialista dei 400 metri ostacoli, è stata sospesa in via provvisoria dopo essere risultata positiva alla trimetazidina. Lo si legge nel comunicato diffuso giovedì dall'Athletics Integrity Unit, l'organismo indipendente che gestisce l'antidoping per conto di World Athletics.

Il campione, spiega l'AIU, è stato prelevato fuori competizione il 2 maggio a Kiev. La trimetazidina, farmaco utilizzato nel trattamento dell'angina pectoris, è inserita dall'Agenzia mondiale antidoping tra i modulatori metabolici ed è vietata sia in gara sia fuori gara.

Nella nota l'Unità precisa che la sospensione provvisoria non costituisce una decisione definitiva: l'atleta, 26 anni, potrà chiedere le controanalisi del campione B e fornire le proprie spiegazioni. Fino alla conclusione del procedimento non potrà gareggiare in nessuna manifestazione sotto l'egida di World Athletics.

Campionessa ucraina nel 2026, Holubovska vanta un primato personale di 54"87 e puntava alla qualificazione per i Mondiali di quest'estate. Rischia una squalifica fino a quattro anni.
""",
}, [("Athletics Integrity Unit", False)],
[("Athletics Integrity Unit", "00_uk.txt"), ("Athletics Integrity Unit", "01_en.txt"),
 ("Athletics Integrity Unit", "02_fr.txt"), ("Athletics Integrity Unit", "03_it.txt")],
[("Ukrainian hurdler Iryna Holubovska was provisionally suspended after trimetazidine was found in an out-of-competition sample taken in Kyiv on 2 May.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1),
 ("Holubovska may request analysis of her B sample and cannot compete in World Athletics events until the case is resolved.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1)])

# d03: in-corpus scoop by L'Équipe ("Selon nos informations", "D'après une source proche du dossier"
# (anonymous, belongs to L'Équipe), "Contactée par L'Équipe", "nous a indiqué") relayed 3x: it "Lo
# rivela L'Équipe" + "Secondo il quotidiano sportivo francese, che cita" + "ha spiegato a L'Équipe" +
# "Come sottolinea il giornale parigino"; es "según desvela ... el diario francés L'Équipe" + "informa
# el rotativo galo" + "aseguró a L'Équipe"; en "French sports daily L'Équipe reported" + "According to
# L'Équipe's source" + "the newspaper added" + "told L'Équipe" + an unanswered Cyclingnews request.
story("d03_scoop_lequipe_passport", "scoop", {
"00_fr.txt": """Cyclisme : Julien Marchetaux visé par une procédure de l'AFLD pour des anomalies de son passeport biologique
L'Équipe
8 juin 2027 à 06h00

Selon nos informations, l'Agence française de lutte contre le dopage (AFLD) a engagé une procédure disciplinaire à l'encontre de Julien Marchetaux. Le coureur de 27 ans de l'équipe Valtrane Cycling se voit reprocher des anomalies dans son passeport biologique, relevées au printemps 2026.

D'après une source proche du dossier, les experts mandatés par l'agence ont relevé des variations « hautement improbables » de son taux d'hémoglobine et de ses réticulocytes entre les mois de mars et de mai 2026, une période au cours de laquelle le grimpeur avait signé deux top 10 sur des courses par étapes. Le coureur a reçu la notification des griefs il y a trois semaines et dispose d'un délai pour présenter ses observations.

Contactée par L'Équipe, l'AFLD n'a pas souhaité commenter « une procédure en cours ». L'agent du coureur, Thomas Rivière, nous a indiqué que son client contestait « fermement » les conclusions des experts. « Julien a passé plusieurs semaines en altitude au cours de cette période, tout est documenté et nous allons le démontrer », a-t-il déclaré.

Le coureur n'est pas suspendu à titre provisoire et peut continuer à courir, la procédure liée au passeport biologique ne prévoyant pas de suspension automatique. Il risque toutefois jusqu'à quatre ans de suspension.

Sollicitée, l'équipe Valtrane Cycling, qui l'a recruté l'hiver dernier, n'avait pas donné suite lundi soir.
""",
"01_it.txt": """Ciclismo, passaporto biologico anomalo: l'AFLD apre un procedimento contro Marchetaux
La Gazzetta dello Sport
08/06/2027 11:20

L'Agenzia francese antidoping (AFLD) ha avviato un procedimento disciplinare nei confronti di Julien Marchetaux per presunte anomalie nel passaporto biologico. Lo rivela L'Équipe nella sua edizione di oggi.

Secondo il quotidiano sportivo francese, che cita una fonte vicina al dossier, gli esperti incaricati dall'agenzia hanno riscontrato variazioni «altamente improbabili» dei valori di emoglobina e reticolociti tra marzo e maggio 2026, periodo in cui lo scalatore della Valtrane Cycling aveva ottenuto due piazzamenti nei primi dieci in corse a tappe. Il corridore, 27 anni, ha ricevuto la contestazione tre settimane fa.

L'AFLD non ha voluto commentare un procedimento in corso. Il suo agente, Thomas Rivière, ha spiegato a L'Équipe che Marchetaux contesta «con fermezza» le conclusioni degli esperti: «Julien ha trascorso diverse settimane in altura in quel periodo, è tutto documentato e lo dimostreremo».

Come sottolinea il giornale parigino, il francese non è sospeso in via cautelare e può continuare a correre, perché le procedure legate al passaporto biologico non prevedono la sospensione automatica. Rischia però fino a quattro anni di squalifica.
""",
"02_es.txt": """La AFLD abre un expediente a Julien Marchetaux por anomalías en su pasaporte biológico
Marca
08/06/2027 - 12:47 CEST

La Agencia Francesa de Lucha contra el Dopaje (AFLD) ha abierto un expediente disciplinario contra el ciclista Julien Marchetaux por anomalías en su pasaporte biológico, según desvela este martes el diario francés L'Équipe.

El escalador del Valtrane Cycling, de 27 años, presentó variaciones "altamente improbables" en sus niveles de hemoglobina y reticulocitos entre marzo y mayo de 2026, informa el rotativo galo, que cita a una fuente cercana al caso. En ese periodo, el francés firmó dos top 10 en carreras por etapas. Recibió la notificación del pliego de cargos hace tres semanas.

La AFLD no quiso comentar "un procedimiento en curso". Su agente, Thomas Rivière, aseguró a L'Équipe que el corredor rechaza "firmemente" las conclusiones de los expertos: "Julien pasó varias semanas en altitud durante ese periodo, todo está documentado y lo vamos a demostrar".

Marchetaux no está suspendido de forma cautelar y puede seguir compitiendo, ya que los casos de pasaporte biológico no conllevan una suspensión automática. Se enfrenta, no obstante, a una sanción de hasta cuatro años.

El pasaporte biológico, que la Unión Ciclista Internacional introdujo en 2008, no busca una sustancia concreta, sino que registra la evolución de los valores sanguíneos del deportista a lo largo del tiempo.
""",
"03_en.txt": """French climber Marchetaux faces AFLD case over biological passport
Cyclingnews
June 8, 2027 14:10

Julien Marchetaux is facing disciplinary proceedings from the French anti-doping agency (AFLD) over alleged abnormalities in his biological passport, French sports daily L'Équipe reported on Tuesday.

According to L'Équipe's source, experts appointed by the agency flagged "highly improbable" swings in the 27-year-old's haemoglobin and reticulocyte values between March and May 2026, a spell in which the Valtrane Cycling climber took two top-ten finishes in stage races. He was notified of the charges three weeks ago, the newspaper added.

The AFLD declined to comment on "ongoing proceedings". Marchetaux's agent, Thomas Rivière, told L'Équipe that his rider "firmly" disputes the experts' findings. "Julien spent several weeks at altitude during that period, it is all documented and we will prove it," Rivière said.

Marchetaux has not been provisionally suspended and remains free to race, as biological passport cases do not trigger an automatic suspension. He nevertheless faces a ban of up to four years if the case is upheld.

Valtrane Cycling did not respond to a request for comment from Cyclingnews on Tuesday morning.
""",
}, [("L'Équipe", True)],
[("L'Équipe", "01_it.txt"), ("L'Équipe", "02_es.txt"), ("L'Équipe", "03_en.txt")],
[("The AFLD has opened disciplinary proceedings against cyclist Julien Marchetaux over abnormalities in his biological passport.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_en.txt"], 1),
 ("Marchetaux's agent Thomas Rivière says the rider disputes the findings and spent weeks at altitude in that period.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_en.txt"], 1)])

# d04: chain. Own scoop by Спорт-Экспресс ("Как стало известно «Спорт-Экспрессу»" (dative),
# "Информацию «СЭ» подтвердил источник в РУСАДА, пожелавший остаться неназванным") -> Inside the
# Games ("Russian daily Sport-Express reported ..., citing a source at ... RUSADA" + "The newspaper's
# source" + "told the newspaper") -> FAZ ("berichtet das britische Fachportal Inside the Games unter
# Berufung auf die russische Sportzeitung Sport-Express" + "Wie das Portal weiter schreibt") and
# Суспільне ("Про це пише британський портал Inside the Games із посиланням на російську газету
# «Спорт-Експрес»" + "За даними британського видання"). de and uk: one edge each from Inside the Games.
story("d04_chain_sportexpress_biathlete", "chain", {
"00_ru.txt": """17-летняя биатлонистка Ксения Авдеева сдала положительную допинг-пробу
Спорт-Экспресс
17 февраля 2027, 10:15

Как стало известно «Спорт-Экспрессу», в допинг-пробе 17-летней биатлонистки Ксении Авдеевой обнаружен фуросемид. Проба была взята в январе на первенстве России среди юниоров в Ханты-Мансийске, где Авдеева выиграла индивидуальную гонку.

Информацию «СЭ» подтвердил источник в РУСАДА, пожелавший остаться неназванным. По словам собеседника, спортсменка уже получила уведомление и попросила вскрыть пробу Б. «Речь идет о достаточно высокой концентрации, случайным попаданием это объяснить сложно», — сказал он.

Фуросемид — мочегонное средство, которое входит в список запрещенных WADA препаратов как маскирующий агент. Его используют для быстрой сгонки веса или для того, чтобы затруднить обнаружение других препаратов.

В пресс-службе РУСАДА от комментариев отказались, сославшись на конфиденциальность процедур в отношении несовершеннолетних. Личный тренер спортсменки Валерий Тихонравов в разговоре с корреспондентом «СЭ» заявил, что о положительной пробе ему ничего не известно. «Ксюша никогда ничего не принимала без согласования с врачом. Я уверен, что это какая-то ошибка», — сказал он.

Авдеева считается одной из самых перспективных биатлонисток своего поколения: прошлой зимой она дважды побеждала на первенстве России среди девушек. Ей грозит дисквалификация сроком до четырех лет, хотя для несовершеннолетних кодекс WADA допускает смягчение санкций.
""",
"01_en.txt": """Russian teenage biathlete Avdeyeva tests positive for furosemide - report
Inside the Games
Wednesday, 17 February 2027 15:40

Kseniya Avdeyeva, a 17-year-old Russian biathlete, has tested positive for the diuretic furosemide, Russian daily Sport-Express reported on Wednesday, citing a source at the Russian Anti-Doping Agency (RUSADA).

The sample was reportedly collected in January at the Russian junior championships in Khanty-Mansiysk, where Avdeyeva won the individual race. The newspaper's source said the athlete had been notified and had asked for her B sample to be opened, adding that the concentration found was "quite high" and difficult to explain as accidental.

Furosemide is on the World Anti-Doping Agency's prohibited list as a masking agent. It can be used to shed weight quickly or to make other substances harder to detect.

RUSADA declined to comment to Sport-Express, citing the confidentiality of proceedings involving minors. Avdeyeva's personal coach, Valery Tikhonravov, told the newspaper he was unaware of any positive test and was sure "it is some kind of mistake".

Avdeyeva is regarded as one of the brightest prospects in Russian biathlon and won two races at last season's national youth championships. She faces a ban of up to four years, although the World Anti-Doping Code allows reduced sanctions for minors.
""",
"02_de.txt": """Russische Biathlon-Hoffnung Awdejewa offenbar positiv getestet
Frankfurter Allgemeine Zeitung
18.02.2027

Die 17 Jahre alte russische Biathletin Xenia Awdejewa ist offenbar positiv auf das Diuretikum Furosemid getestet worden. Das berichtet das britische Fachportal Inside the Games unter Berufung auf die russische Sportzeitung Sport-Express, die sich ihrerseits auf eine Quelle in der nationalen Anti-Doping-Agentur RUSADA beruft.

Wie das Portal weiter schreibt, wurde die Probe im Januar bei den russischen Juniorenmeisterschaften in Chanty-Mansijsk genommen, wo Awdejewa das Einzelrennen gewann. Die Athletin sei bereits benachrichtigt worden und habe die Öffnung der B-Probe beantragt. Die gemessene Konzentration sei „ziemlich hoch“ und kaum als Versehen zu erklären.

Furosemid steht als Maskierungsmittel auf der Verbotsliste der Welt-Anti-Doping-Agentur WADA. Es wird unter anderem eingesetzt, um schnell Gewicht zu verlieren oder den Nachweis anderer Substanzen zu erschweren.

Die RUSADA lehnte eine Stellungnahme ab. Awdejewas Heimtrainer Waleri Tichonrawow hält den Befund für „irgendeinen Fehler“.

Der Nachwuchsläuferin droht eine Sperre von bis zu vier Jahren; bei Minderjährigen sieht der Welt-Anti-Doping-Code allerdings mildere Strafen vor. Russische Biathleten sind seit 2022 von internationalen Wettbewerben weitgehend ausgeschlossen.
""",
"03_uk.txt": """У Росії 17-річна біатлоністка попалася на допінгу — ЗМІ
Суспільне Спорт
17.02.2027 19:02

У допінг-пробі 17-річної російської біатлоністки Ксенії Авдєєвої виявили фуросемід. Про це пише британський портал Inside the Games із посиланням на російську газету «Спорт-Експрес» та її джерело в РУСАДА.

За даними британського видання, пробу відібрали в січні на юніорській першості Росії в Ханти-Мансійську, де Авдєєва виграла індивідуальну гонку. Спортсменка вже отримала повідомлення і попросила розкрити пробу Б. Концентрацію речовини джерело назвало «досить високою».

Фуросемід — сечогінний препарат, який WADA відносить до маскувальних агентів. Його використовують, зокрема, для швидкого скидання ваги або щоб ускладнити виявлення інших заборонених речовин.

У РУСАДА від коментарів відмовилися. Особистий тренер біатлоністки Валерій Тихонравов вважає, що сталася «якась помилка».

Авдєєва вважається однією з найперспективніших російських біатлоністок. Їй загрожує дискваліфікація на строк до чотирьох років, хоча для неповнолітніх кодекс WADA передбачає можливість пом'якшення покарання.
""",
}, [("Спорт-Экспресс", True)],
[("Спорт-Экспресс", "01_en.txt"), ("Inside the Games", "02_de.txt"), ("Inside the Games", "03_uk.txt")],
[("17-year-old Russian biathlete Kseniya Avdeyeva tested positive for furosemide in a sample taken at the January junior championships in Khanty-Mansiysk.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("Her personal coach Valery Tikhonravov believes the finding is a mistake.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)])

# d05: a person's own social-media post (swimmer Lucía Arrieta on Instagram) taken directly 4x: es
# "según ha anunciado la propia deportista ... en un mensaje publicado en su cuenta de Instagram" +
# "escribió" + "En el texto ... añade"; en "said in an Instagram post" + "she wrote"; it "Lo ha
# annunciato la stessa nuotatrice con un lungo post su Instagram" + "ha scritto l'atleta basca" +
# "Nel messaggio"; ru (no date line) "Об этом спортсменка сообщила на своей странице в Instagram" +
# "Как говорится в публикации пловчихи".
story("d05_post_swimmer_instagram", "social_post", {
"00_es.txt": """Lucía Arrieta anuncia un positivo por clembuterol y apunta a una contaminación alimentaria
Mundo Deportivo
05/09/2027 13:48

La nadadora vizcaína Lucía Arrieta, especialista en 200 metros mariposa, ha dado positivo por clembuterol en un control fuera de competición, según ha anunciado la propia deportista este domingo en un mensaje publicado en su cuenta de Instagram.

"Hace diez días la CELAD me notificó un resultado analítico adverso por una cantidad mínima de clembuterol en una muestra que me tomaron el 12 de agosto en Bilbao", escribió Arrieta, de 24 años. "Nunca he tomado nada prohibido y nunca lo haría. Creo que el origen está en la carne que comí durante una concentración en el extranjero, y voy a pelear para demostrarlo".

En el texto, acompañado de una foto en blanco y negro junto a la piscina, la nadadora añade que ya ha solicitado el análisis de la muestra B y que, mientras tanto, seguirá entrenando con normalidad "aunque no pueda competir". También pide "respeto y paciencia".

El clembuterol es un broncodilatador con efectos anabolizantes que figura en la lista de sustancias prohibidas de la Agencia Mundial Antidopaje. En los últimos años varios deportistas han alegado la ingesta de carne contaminada, un argumento que los tribunales deportivos han aceptado solo en algunas ocasiones.

Arrieta, que el pasado invierno batió el récord de España de 200 mariposa en piscina corta, tenía previsto disputar en octubre las pruebas de la Copa del Mundo.
""",
"01_en.txt": """Spanish swimmer Arrieta reveals positive test for clenbuterol
BBC Sport
5 September 2027

Spanish swimmer Lucía Arrieta has revealed she tested positive for the banned substance clenbuterol, and has blamed contaminated meat.

The 24-year-old butterfly specialist said in an Instagram post on Sunday that Spain's anti-doping agency, Celad, had notified her of an adverse finding ten days ago. The sample had been taken out of competition in Bilbao on 12 August, she wrote.

"I have never taken anything prohibited and I never would," Arrieta said. "I believe the source is meat I ate during a training camp abroad, and I am going to fight to prove it."

She added that she had already requested the analysis of her B sample and would keep training while she is unable to compete, asking for "respect and patience".

Clenbuterol, a bronchodilator with muscle-building effects, is on the World Anti-Doping Agency's prohibited list. Several athletes have previously argued that traces came from contaminated meat, with mixed success before sports tribunals.

Arrieta set a Spanish short-course record in the 200m butterfly last winter and had been due to race in the World Cup series in October.
""",
"02_it.txt": """Nuoto, la spagnola Arrieta positiva al clenbuterolo: «Colpa della carne»
Tuttosport
05.09.2027 - 16:30

Lucía Arrieta, 24 anni, specialista spagnola dei 200 farfalla, è risultata positiva al clenbuterolo. Lo ha annunciato la stessa nuotatrice con un lungo post su Instagram pubblicato nella giornata di domenica.

«Dieci giorni fa la CELAD mi ha notificato un risultato analitico avverso per una quantità minima di clenbuterolo in un campione prelevato il 12 agosto a Bilbao», ha scritto l'atleta basca. «Non ho mai preso nulla di proibito e non lo farei mai. Credo che l'origine sia la carne che ho mangiato durante un collegiale all'estero e lotterò per dimostrarlo».

Nel messaggio Arrieta spiega di aver già chiesto le controanalisi del campione B e di volersi allenare normalmente in attesa dell'esito, pur non potendo gareggiare.

Il clenbuterolo, broncodilatatore con effetti anabolizzanti, figura nella lista delle sostanze proibite dalla WADA. In passato diversi atleti hanno attribuito la positività a carne contaminata, con esiti alterni davanti ai tribunali sportivi.

L'inverno scorso Arrieta aveva stabilito il record spagnolo dei 200 farfalla in vasca corta e a ottobre avrebbe dovuto partecipare alla Coppa del Mondo.
""",
"03_ru.txt": """Испанская пловчиха Аррьета сообщила о положительной допинг-пробе
Чемпионат

24-летняя испанская пловчиха Лусия Аррьета, специализирующаяся на дистанции 200 метров баттерфляем, сдала положительную пробу на кленбутерол. Об этом спортсменка сообщила на своей странице в Instagram.

«Десять дней назад CELAD уведомило меня о неблагоприятном результате анализа — в пробе, взятой у меня 12 августа в Бильбао, нашли минимальное количество кленбутерола», — написала Аррьета. По ее словам, она никогда не принимала запрещенных препаратов, а причиной может быть мясо, которое она ела на сборах за границей. «Я буду бороться, чтобы это доказать», — добавила пловчиха.

Как говорится в публикации, она уже запросила вскрытие пробы B и продолжит тренироваться, хотя выступать пока не может.

Кленбутерол — бронхолитик с анаболическим эффектом, входящий в список запрещенных WADA препаратов. Зараженным мясом положительные пробы объясняли многие спортсмены, однако спортивные суды принимали эти доводы далеко не всегда.

Прошлой зимой Аррьета установила рекорд Испании на дистанции 200 метров баттерфляем на короткой воде. В октябре она должна была выступить на этапах Кубка мира.
""",
}, [("Lucía Arrieta", False)],
[("Lucía Arrieta", "00_es.txt"), ("Lucía Arrieta", "01_en.txt"), ("Lucía Arrieta", "02_it.txt"), ("Lucía Arrieta", "03_ru.txt")],
[("Spanish swimmer Lucía Arrieta tested positive for clenbuterol in an out-of-competition sample taken in Bilbao on 12 August.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Arrieta blames meat eaten at a training camp abroad and has requested analysis of her B sample.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1)])

# d06: own scoop by La Gazzetta dello Sport with three anonymous sources ("Secondo quanto risulta alla
# Gazzetta", "Tre fonti vicine all'inchiesta, che hanno chiesto di restare anonime", "Interpellato
# dalla Gazzetta", "ci ha detto"); es 01 (no outlet line) is an uncredited close Spanish translation
# published the next morning (keeps "Según ha podido saber este periódico", "Preguntado por este
# diario", "decirnos"): edge from La Gazzetta dello Sport; fr "selon La Gazzetta dello Sport" +
# "rapporte le quotidien sportif italien, qui cite trois sources" + "D'après la Gazzetta" + "auprès du
# journal rose"; de "Das berichtet die Gazzetta dello Sport unter Berufung auf drei mit den
# Ermittlungen vertraute Personen" + "so das Blatt" + "Nach Informationen der italienischen
# Sporttageszeitung" + "gegenüber der „Gazzetta“".
story("d06_translation_gazzetta_infusions", "translation", {
"00_it.txt": """Flebo prima delle partite, la Procura antidoping indaga sul medico del Pievebella
La Gazzetta dello Sport
5 novembre 2027

La Procura nazionale antidoping di NADO Italia ha aperto un'indagine sul medico sociale del Pievebella, formazione di Serie B. Secondo quanto risulta alla Gazzetta, al centro degli accertamenti ci sono infusioni endovenose che sarebbero state praticate ad almeno sei giocatori nelle ore precedenti alcune partite tra febbraio e marzo.

Tre fonti vicine all'inchiesta, che hanno chiesto di restare anonime, riferiscono che le flebo avrebbero superato il limite di 100 millilitri ogni 12 ore fissato dal Codice mondiale antidoping, oltre il quale l'infusione è considerata un metodo proibito salvo ricovero ospedaliero o esenzione a fini terapeutici. Nessuno dei calciatori coinvolti risulterebbe in possesso di un'esenzione.

Il medico, il dottor Renato Fusaro, in servizio al club dal 2021, sarebbe già stato ascoltato dagli ispettori la settimana scorsa. Anche i sei giocatori, tra cui due titolari, riceveranno a breve una convocazione.

Interpellato dalla Gazzetta, il Pievebella ha preferito non commentare. Il legale del dottor Fusaro, l'avvocato Marco Landi, ci ha detto soltanto che il suo assistito «ha sempre operato nell'interesse della salute dei giocatori e chiarirà tutto nelle sedi opportune».

In caso di deferimento, il medico rischia una lunga inibizione, mentre per i calciatori le squalifiche potrebbero arrivare fino a quattro anni. La stagione del Pievebella, attualmente quinto in classifica, rischia di essere travolta dall'inchiesta.
""",
"01_es.txt": """Sueros antes de los partidos: la Fiscalía antidopaje italiana investiga al médico del Pievebella
06/11/2027 08:15

La Fiscalía nacional antidopaje de NADO Italia ha abierto una investigación sobre el médico del Pievebella, equipo de la Serie B. Según ha podido saber este periódico, en el centro de las pesquisas están las infusiones intravenosas que se habrían practicado a al menos seis jugadores en las horas previas a varios partidos entre febrero y marzo.

Tres fuentes cercanas a la investigación, que pidieron el anonimato, aseguran que los sueros habrían superado el límite de 100 mililitros cada 12 horas que fija el Código Mundial Antidopaje, por encima del cual la infusión se considera un método prohibido salvo ingreso hospitalario o autorización de uso terapéutico. Ninguno de los futbolistas implicados tendría dicha autorización.

El médico, el doctor Renato Fusaro, en el club desde 2021, ya habría sido escuchado por los inspectores la semana pasada. Los seis jugadores, entre ellos dos titulares, también serán citados en breve.

Preguntado por este diario, el Pievebella prefirió no hacer comentarios. El abogado del doctor Fusaro, Marco Landi, se limitó a decirnos que su cliente "siempre ha actuado en interés de la salud de los jugadores y lo aclarará todo en las instancias oportunas".

En caso de ser expedientado, el médico se expone a una larga inhabilitación, mientras que los futbolistas podrían ser sancionados con hasta cuatro años. La temporada del Pievebella, actualmente quinto en la clasificación, podría verse arrastrada por la investigación.
""",
"02_fr.txt": """Italie : un médecin de Serie B visé par une enquête antidopage pour des perfusions
RMC Sport
05/11/2027 à 15:32

Le parquet antidopage italien (NADO Italia) a ouvert une enquête visant le médecin du Pievebella, club de Serie B, selon La Gazzetta dello Sport. En cause : des perfusions intraveineuses qui auraient été administrées à au moins six joueurs dans les heures précédant plusieurs matches, entre février et mars.

Ces perfusions auraient dépassé la limite de 100 millilitres par période de 12 heures fixée par le Code mondial antidopage, rapporte le quotidien sportif italien, qui cite trois sources proches de l'enquête. Au-delà de ce seuil, la perfusion est considérée comme une méthode interdite, sauf hospitalisation ou autorisation d'usage à des fins thérapeutiques, dont aucun des joueurs ne disposerait.

D'après la Gazzetta, le docteur Renato Fusaro, en poste depuis 2021, a déjà été entendu par les enquêteurs la semaine dernière. Les six joueurs, dont deux titulaires, doivent être convoqués prochainement.

Le club n'a pas souhaité commenter auprès du journal rose. L'avocat du médecin assure que son client « a toujours agi dans l'intérêt de la santé des joueurs ».

Les joueurs concernés risquent jusqu'à quatre ans de suspension. Le Pievebella occupe actuellement la cinquième place du championnat.
""",
"03_de.txt": """Infusionen vor Spielen: Antidoping-Ermittlungen gegen Klubarzt in der Serie B
kicker
05.11.2027, 18:04

Die italienische Antidoping-Staatsanwaltschaft ermittelt gegen den Mannschaftsarzt des Zweitligisten Pievebella. Das berichtet die Gazzetta dello Sport unter Berufung auf drei mit den Ermittlungen vertraute Personen. Demnach soll der Mediziner mindestens sechs Spielern zwischen Februar und März in den Stunden vor Partien Infusionen verabreicht haben.

Die Infusionen sollen die im Welt-Anti-Doping-Code festgelegte Grenze von 100 Millilitern pro zwölf Stunden überschritten haben. Oberhalb dieser Menge gilt eine Infusion als verbotene Methode, es sei denn, sie erfolgt bei einem Krankenhausaufenthalt oder mit einer medizinischen Ausnahmegenehmigung. Eine solche habe keiner der Spieler besessen, so das Blatt.

Nach Informationen der italienischen Sporttageszeitung wurde der Arzt Renato Fusaro, der seit 2021 für den Klub arbeitet, bereits in der vergangenen Woche von den Ermittlern befragt. Die sechs Spieler, darunter zwei Stammkräfte, sollen in Kürze vorgeladen werden.

Der Klub wollte sich gegenüber der „Gazzetta“ nicht äußern. Fusaros Anwalt ließ ausrichten, sein Mandant habe stets im Interesse der Gesundheit der Spieler gehandelt.

Pievebella belegt derzeit den fünften Tabellenplatz in der Serie B. Den Spielern drohen im schlimmsten Fall Sperren von bis zu vier Jahren.
""",
}, [("La Gazzetta dello Sport", True)],
[("La Gazzetta dello Sport", "01_es.txt"), ("La Gazzetta dello Sport", "02_fr.txt"), ("La Gazzetta dello Sport", "03_de.txt")],
[("NADO Italia's anti-doping prosecutors are investigating Pievebella's club doctor Renato Fusaro over pre-match intravenous infusions given to at least six players.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_de.txt"], 1),
 ("The infusions allegedly exceeded the World Anti-Doping Code limit of 100 ml per 12 hours, and none of the players had an exemption.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_de.txt"], 1)])

# d07: own investigation by ARD ("Das ergeben Recherchen der ARD-Dopingredaktion", "Der ARD liegen
# Chatnachrichten vor", two anonymous former rowers, "auf ARD-Anfrage", "teilte der ARD mit"); The
# Guardian relays it ("after allegations first reported by the German public broadcaster ARD") AND
# adds its own confirmation ("confirmed to the Guardian", "the spokesperson said"): edge from ARD plus
# The Guardian as a second in-corpus origin; ru "сообщает немецкий телеканал ARD" + "По данным
# телеканала" + "рассказали журналистам ARD" + "телеканалу" (dative); fr "a révélé ... la chaîne
# publique allemande ARD" + "Selon la chaîne" + "ont confié à l'ARD" + "auprès de l'ARD".
story("d07_confirmation_ard_rowing", "confirmation", {
"00_de.txt": """Doping-Verdacht im Nachwuchsrudern: Trainer soll Jugendlichen EPO gegeben haben
ARD
12.10.2027 18:00 Uhr

Ein Rudertrainer aus Magdeburg soll jugendlichen Athleten über Monate das Blutdopingmittel EPO in kleinsten Dosen verabreicht haben. Das ergeben Recherchen der ARD-Dopingredaktion. Der ARD liegen Chatnachrichten aus den Jahren 2025 und 2026 vor, in denen der Trainer des SC Elbaue Magdeburg, Holger Brandstätter, mit mindestens vier Junioren über „die kleinen Spritzen“ und „Nachschub“ schreibt.

Zwei frühere Ruderer aus der Trainingsgruppe haben mit der ARD gesprochen. Sie möchten aus Angst vor Konsequenzen anonym bleiben. „Er hat gesagt, das machen alle, und in so kleinen Mengen findet das kein Labor“, sagt einer von ihnen. Beide waren damals 16 beziehungsweise 17 Jahre alt.

Sogenannte Mikrodosierungen von EPO sind nur wenige Stunden nachweisbar und gelten deshalb unter Dopingfahndern als besonders schwer zu entdecken. Bei Minderjährigen wiegen Verstöße nach dem Anti-Doping-Code besonders schwer; Betreuern, die Jugendliche zum Doping verleiten, drohen lebenslange Sperren.

Brandstätter ließ über seinen Anwalt mitteilen, die Vorwürfe seien „haltlos“. Er habe nie verbotene Substanzen besessen oder weitergegeben. Die Nationale Anti Doping Agentur (NADA) wollte sich auf ARD-Anfrage nicht zu möglichen Verfahren äußern. Der SC Elbaue teilte der ARD mit, man habe den Trainer bis auf Weiteres freigestellt.

Der 58-Jährige betreut seit mehr als zwanzig Jahren Nachwuchsruderer; mehrere seiner früheren Schützlinge gewannen Medaillen bei Junioren-Weltmeisterschaften.
""",
"01_en.txt": """German rowing coach accused of giving EPO to teenagers
The Guardian
Wed 13 Oct 2027 11.20 BST

Germany's anti-doping agency has opened proceedings against a youth rowing coach accused of giving microdoses of the blood-booster EPO to teenage athletes, after allegations first reported by the German public broadcaster ARD.

A spokesperson for the Nationale Anti Doping Agentur (Nada) confirmed to the Guardian on Wednesday that the agency had launched a case against Holger Brandstätter, a coach at SC Elbaue Magdeburg, on suspicion of supplying a prohibited substance to minors. "We have received information and evidence and have opened proceedings," the spokesperson said, declining to give further details.

ARD's doping unit reported on Tuesday evening that it had obtained chat messages from 2025 and 2026 in which Brandstätter discussed "the little injections" with at least four junior rowers. Two former members of his training group told the broadcaster, on condition of anonymity, that the coach had assured them no laboratory could detect such small amounts.

Brandstätter, 58, has denied the allegations through his lawyer, calling them "baseless". His club has suspended him pending the investigation.

EPO microdosing leaves the body within hours, making it one of the hardest forms of doping to catch. Under the World Anti-Doping Code, coaches who involve minors in doping face the harshest sanctions, up to a lifetime ban.
""",
"02_ru.txt": """Немецкого тренера по гребле заподозрили в том, что он давал юниорам ЭПО
Спорт-Экспресс
12 октября 2027, 22:40

Тренер по академической гребле из Магдебурга Хольгер Брандштеттер на протяжении нескольких месяцев мог давать юным спортсменам микродозы эритропоэтина (ЭПО). Об этом сообщает немецкий телеканал ARD, проведший собственное расследование.

По данным телеканала, в распоряжении журналистов оказалась переписка 2025–2026 годов, в которой Брандштеттер, работающий в клубе SC Elbaue Magdeburg, обсуждает как минимум с четырьмя юниорами «маленькие уколы» и «пополнение запасов». Двое бывших гребцов из его тренировочной группы на условиях анонимности рассказали журналистам ARD, что тренер убеждал их: «Так делают все, а такие маленькие дозы не найдет ни одна лаборатория». Тогда им было 16 и 17 лет.

Микродозы ЭПО обнаруживаются в организме лишь в течение нескольких часов, поэтому такой допинг считается одним из самых сложных для выявления.

Через адвоката Брандштеттер назвал обвинения «беспочвенными». Национальное антидопинговое агентство Германии (NADA) отказалось давать комментарии телеканалу. Клуб отстранил тренера от работы до выяснения обстоятельств.

Брандштеттеру 58 лет, он более двадцати лет работает с молодыми гребцами. Если обвинения подтвердятся, ему грозит пожизненная дисквалификация.
""",
"03_fr.txt": """Allemagne : un entraîneur d'aviron soupçonné d'avoir fourni de l'EPO à des mineurs
L'Équipe
13 octobre 2027 à 09h05

Un entraîneur d'aviron de Magdebourg, Holger Brandstätter, aurait administré pendant plusieurs mois des microdoses d'EPO à de jeunes rameurs, a révélé mardi soir la chaîne publique allemande ARD.

Selon la chaîne, sa cellule d'investigation sur le dopage s'est procuré des messages échangés en 2025 et 2026 entre le technicien du SC Elbaue Magdeburg et au moins quatre juniors, évoquant « les petites piqûres » et le « réapprovisionnement ». Deux anciens membres du groupe d'entraînement, âgés à l'époque de 16 et 17 ans, ont confié à l'ARD sous couvert d'anonymat que leur entraîneur leur assurait qu'« aucun laboratoire » ne pouvait détecter de si petites quantités.

Les microdoses d'EPO ne sont détectables que quelques heures, ce qui en fait l'une des formes de dopage les plus difficiles à débusquer.

Par l'intermédiaire de son avocat, Brandstätter, 58 ans, a qualifié les accusations d'« infondées ». L'agence antidopage allemande (NADA) n'a pas souhaité s'exprimer auprès de l'ARD. Son club l'a écarté jusqu'à nouvel ordre.

S'il était reconnu coupable, l'entraîneur risquerait une suspension à vie, le Code mondial antidopage prévoyant les sanctions les plus lourdes pour les encadrants impliquant des mineurs.
""",
}, [("ARD", True), ("The Guardian", True)],
[("ARD", "01_en.txt"), ("ARD", "02_ru.txt"), ("ARD", "03_fr.txt")],
[("Magdeburg rowing coach Holger Brandstätter is accused of giving EPO microdoses to junior rowers.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("Brandstätter denied the allegations through his lawyer and his club has suspended him.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2)])

# d08: two independent own reports: El País (its reporter in the hotel: "Un periodista de EL PAÍS se
# encontraba en el hotel", "Según pudo comprobar este diario", "explicó a EL PAÍS") and Der Spiegel
# ("Nach SPIEGEL-Informationen", an anonymous team member "sagte dem SPIEGEL", an unanswered
# "SPIEGEL-Anfrage"); ru credits both ("сообщают испанская газета El País и немецкий журнал Der
# Spiegel" + "По информации El País" + "Spiegel со ссылкой на источник в команде пишет" + "приводит
# журнал"): two edges; uk (no outlet line) credits El País only ("Про це пише іспанська газета El
# País" + "Як повідомляє видання" + "заявив газеті").
story("d08_independent_cycling_camp", "independent", {
"00_es.txt": """Dos corredores del Team Solvanta abandonan la concentración de Sierra Nevada horas antes de un control antidopaje
El País
Madrid - 27 abr 2027 - 12:30 CEST

Dos ciclistas del Team Solvanta, el italiano Mattia Ferrandi y el navarro Íñigo Basterra, abandonaron el hotel de Sierra Nevada donde el equipo está concentrado pocas horas antes de que llegaran los agentes de control antidopaje de la Comisión Española para la Lucha Antidopaje en el Deporte (CELAD), este martes a las 6.15.

Un periodista de EL PAÍS se encontraba en el hotel cuando los tres agentes de la CELAD se presentaron en la recepción con una lista de ocho corredores. Seis de ellos pasaron el control; los otros dos no estaban. Según pudo comprobar este diario, sus habitaciones estaban vacías y el coche de alquiler que habían utilizado durante la concentración ya no se encontraba en el aparcamiento.

El director deportivo del equipo, Ander Goikoetxea, explicó a EL PAÍS que ambos corredores se habían marchado la noche anterior "por motivos familiares" y que en el equipo "no tenían ni idea" del control. "Están localizables y se someterán a cualquier control que se les pida", aseguró.

Los ciclistas deben indicar en el sistema ADAMS dónde pueden ser localizados cada día. Si no actualizaron su localización, podrían incurrir en una falta; tres en doce meses suponen una infracción de las normas antidopaje. Eludir deliberadamente un control se castiga con hasta cuatro años de suspensión.

El Team Solvanta, de categoría ProTeam, prepara en altitud la Vuelta a España.
""",
"01_de.txt": """Radprofis verschwinden vor Dopingkontrolle aus Trainingslager
Der Spiegel
27.04.2027, 16.05 Uhr

Zwei Radprofis des Teams Solvanta haben ihr Höhentrainingslager in der spanischen Sierra Nevada wenige Stunden vor einer unangekündigten Dopingkontrolle verlassen. Nach SPIEGEL-Informationen waren der Italiener Mattia Ferrandi und der Spanier Íñigo Basterra am Montagabend gewarnt worden, dass Kontrolleure der spanischen Anti-Doping-Agentur CELAD am nächsten Morgen erscheinen würden.

Ein Mitglied des Teams, das anonym bleiben möchte, sagte dem SPIEGEL, ein Betreuer habe die beiden gegen 22 Uhr angerufen. „Eine Stunde später waren sie mit ihren Taschen weg“, so der Insider. Die Kontrolleure trafen am Dienstag gegen 6.15 Uhr im Hotel ein und testeten sechs weitere Fahrer.

Wer von dem Besuch erfahren haben könnte und auf welchem Weg, ist unklar. Unangekündigte Kontrollen sind in der Regel nur wenigen Mitarbeitern der Anti-Doping-Organisationen vorab bekannt.

Das Team Solvanta ließ eine SPIEGEL-Anfrage bis Dienstagnachmittag unbeantwortet. Die CELAD äußerte sich grundsätzlich nicht zu einzelnen Kontrollen.

Die Umgehung einer Dopingkontrolle kann mit einer Sperre von bis zu vier Jahren bestraft werden. Auch wer Athleten vor einer Kontrolle warnt, verstößt gegen die Anti-Doping-Regeln und muss mit einer Sperre rechnen.
""",
"02_ru.txt": """Двое велогонщиков покинули сбор в Испании перед допинг-контролем
Чемпионат
27.04.2027, 20:14

Двое гонщиков команды Solvanta — итальянец Маттиа Ферранди и испанец Иньиго Бастерра — покинули сбор в Сьерра-Неваде за несколько часов до прибытия офицеров допинг-контроля испанского агентства CELAD. Об этом сообщают испанская газета El País и немецкий журнал Der Spiegel.

По информации El País, корреспондент которой находился в отеле, контролеры приехали во вторник в 6:15 утра со списком из восьми спортсменов. Шестеро сдали пробы, номера двух других оказались пусты, а арендованного ими автомобиля на парковке уже не было.

Spiegel со ссылкой на источник в команде пишет, что гонщиков накануне около 22:00 предупредил по телефону один из сотрудников команды. «Через час их уже не было вместе с сумками», — приводит журнал слова собеседника. Кто мог узнать о внезапной проверке заранее, неизвестно.

Уклонение от допинг-контроля может повлечь дисквалификацию на срок до четырех лет. Наказание грозит и тем, кто предупреждает спортсменов о проверках.
""",
"03_uk.txt": """Двоє велогонщиків Solvanta залишили збір за кілька годин до допінг-контролю
27 квітня 2027, 17:50

Італієць Маттіа Ферранді та іспанець Іньїго Бастерра з команди Solvanta покинули готель у Сьєрра-Неваді, де проходить тренувальний збір, незадовго до приїзду офіцерів допінг-контролю. Про це пише іспанська газета El País, журналіст якої був у готелі вранці у вівторок.

Як повідомляє видання, троє інспекторів іспанського антидопінгового агентства CELAD з'явилися на рецепції о 6:15 зі списком із восьми гонщиків. Шестеро пройшли контроль, двох інших не було — їхні номери виявилися порожніми.

Спортивний директор команди Андер Гойкоечеа заявив газеті, що обидва гонщики поїхали напередодні ввечері «з сімейних причин», а про контроль у команді «не мали жодного уявлення». За його словами, спортсмени доступні й пройдуть будь-яку перевірку.

Спортсмени зобов'язані щодня вказувати у системі ADAMS, де їх можна знайти. Ухилення від допінг-контролю карається дискваліфікацією на строк до чотирьох років. Команда Solvanta готується в горах до «Вуельти».
""",
}, [("El País", True), ("Der Spiegel", True)],
[("El País", "02_ru.txt"), ("Der Spiegel", "02_ru.txt"), ("El País", "03_uk.txt")],
[("Two Team Solvanta riders, Mattia Ferrandi and Íñigo Basterra, left the Sierra Nevada training camp hours before CELAD doping control officers arrived.",
  ["00_es.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], 2),
 ("Team director Ander Goikoetxea said the two riders had left the night before for family reasons.",
  ["00_es.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 154 (doping in sport; invented events, real media names); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
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
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
