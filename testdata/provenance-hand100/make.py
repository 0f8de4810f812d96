#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand100 set (diplomacy and
international affairs; real media names, all events, people, figures and quotes invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: a foreign ministry's readout published on its own site (outside origin: Ministry of Foreign
# Affairs of Ukraine). uk Укрінформ and pl Rzeczpospolita take it directly ("йдеться в повідомленні
# МЗС України, оприлюдненому на офіційному сайті"; "poinformowało … w komunikacie opublikowanym na
# swojej stronie" + a spokesman's non-answer to the paper, which adds nothing); en Kyiv Independent
# takes it through the agency ("Ukrinform reported …, citing a readout" -> edge from Укрінформ);
# de has no outlet line ("teilte das ukrainische Außenministerium … auf seiner Internetseite mit").
story("t01_mfa_readout_border_crossing", "institution_statement", {
"00_uk.txt": """Україна та Польща домовилися відкрити новий пункт пропуску для легковиків до 1 вересня
Укрінформ
11.03.2027 14:20

Міністр закордонних справ України Остап Гриневич і міністр закордонних справ Польщі Міхал Березніцький під час зустрічі в Ряшеві домовилися відкрити новий автомобільний пункт пропуску «Калінувка – Синявка» для легкових автомобілів до 1 вересня 2027 року. Про це йдеться в повідомленні МЗС України, оприлюдненому на офіційному сайті відомства.

Як зазначається в повідомленні, сторони також погодили створення спільної українсько-польської робочої групи з питань черг вантажівок на кордоні. Її перше засідання має відбутися у квітні у Львові, а до складу увійдуть представники митниць, прикордонних служб і профільних міністерств обох країн.

«Кожна година в черзі на кордоні — це втрачені гроші для обох наших економік. Ми домовилися рахувати ці години разом і скорочувати їх разом», — цитує Гриневича пресслужба міністерства.

У МЗС додали, що міністри обговорили підготовку до наступного засідання міжурядової комісії з економічного співробітництва та транзит української агропродукції через польські порти. Конкретних домовленостей щодо транзиту в повідомленні не наводиться.

Пункт пропуску «Калінувка – Синявка» будують з 2024 року. Вантажний рух через нього, згідно з повідомленням відомства, планують запустити не раніше 2028 року. Після відкриття на українсько-польському кордоні працюватимуть десять автомобільних пунктів пропуску.

Нагадаємо, взимку черги вантажівок на пункті пропуску «Ягодин – Дорогуськ» сягали 70 годин, а перевізники з обох боків кордону неодноразово скаржилися на повільне оформлення документів.
""",
"01_pl.txt": """Nowe przejście graniczne z Ukrainą ruszy we wrześniu. Szczegóły podał Kijów
Rzeczpospolita
11 marca 2027, 16:02

Polska i Ukraina uzgodniły, że nowe drogowe przejście graniczne Kalinówka–Syniawka zostanie otwarte dla samochodów osobowych do 1 września – poinformowało w czwartek ukraińskie Ministerstwo Spraw Zagranicznych w komunikacie opublikowanym na swojej stronie internetowej. Ustalenia zapadły podczas spotkania szefów dyplomacji obu krajów, Michała Bereźnickiego i Ostapa Hrynewycza, w Rzeszowie.

Jak czytamy w komunikacie resortu w Kijowie, strony powołają także wspólną polsko-ukraińską grupę roboczą ds. kolejek ciężarówek na granicy. Jej pierwsze posiedzenie ma się odbyć w kwietniu we Lwowie.

„Każda godzina w kolejce na granicy to pieniądze stracone dla obu naszych gospodarek” – tak słowa ukraińskiego ministra przytacza jego resort.

Polskie MSZ do czwartkowego popołudnia nie opublikowało własnego komunikatu ze spotkania. Rzecznik resortu, zapytany przez „Rzeczpospolitą” o szczegóły, odesłał do „wspólnie wypracowanych ustaleń” i zapowiedział, że minister Bereźnicki odniesie się do nich w piątek.

Budowa przejścia na Podkarpaciu trwa od 2024 r. Ruch towarowy ma tam zostać uruchomiony najwcześniej w 2028 r., wynika z ukraińskiego komunikatu. Po otwarciu nowego obiektu na granicy z Ukrainą będzie działać dziesięć drogowych przejść granicznych.

Kolejki ciężarówek od lat są jednym z najbardziej drażliwych tematów w relacjach Warszawy i Kijowa. Zimą kierowcy czekali na odprawę w Dorohusku nawet 70 godzin.
""",
"02_en.txt": """Ukraine, Poland agree to open new border crossing for cars by September
The Kyiv Independent
March 11, 2027 5:05 PM

Ukraine and Poland have agreed to open a new road border crossing for passenger cars by Sept. 1, Ukrinform reported on March 11, citing a readout from Ukraine's Foreign Ministry.

The agreement on the Kalinowka-Syniavka checkpoint was reached when Foreign Minister Ostap Hrynevych met his Polish counterpart Michal Bereznicki in the southeastern Polish city of Rzeszow, the state news agency said.

According to Ukrinform, the two sides will also set up a joint working group to tackle truck queues at the border, with its first meeting planned in Lviv in April.

"Every hour spent in a queue at the border is money lost for both of our economies," Hrynevych was quoted as saying.

Freight traffic through the new crossing is not expected to start before 2028, the agency reported.

Border queues have been a recurring irritant in relations between Kyiv and Warsaw. In the winter of 2023-2024, Polish truckers and farmers blockaded several crossings for weeks, leaving thousands of trucks stranded on both sides of the border.

Ukraine and Poland share a border of more than 500 kilometers. Poland remains one of Kyiv's key partners and the main logistics hub for Western military aid to Ukraine.
""",
"03_de.txt": """Ukraine und Polen wollen neuen Grenzübergang bis September öffnen
11.03.2027

Die Ukraine und Polen wollen bis zum 1. September einen neuen Straßengrenzübergang für Pkw in Betrieb nehmen. Darauf hätten sich die Außenminister beider Länder, Ostap Hrynewytsch und Michał Bereźnicki, bei einem Treffen im südostpolnischen Rzeszów verständigt, teilte das ukrainische Außenministerium am Donnerstag auf seiner Internetseite mit.

Der Übergang Kalinówka–Synjawka wird seit 2024 gebaut. Lastwagen sollen ihn nach Angaben aus Kiew frühestens 2028 nutzen dürfen.

In der Mitteilung des Ministeriums wird Hrynewytsch mit den Worten zitiert: „Jede Stunde im Stau an der Grenze ist verlorenes Geld für unsere beiden Volkswirtschaften.“ Man habe vereinbart, diese Stunden „gemeinsam zu zählen und gemeinsam zu verkürzen“.

Lange Wartezeiten an der rund 530 Kilometer langen Grenze belasten seit Jahren das Verhältnis zwischen Kiew und Warschau. Im Winter 2023/24 hatten polnische Spediteure und Landwirte mehrere Übergänge wochenlang blockiert. Für die Ukraine ist Polen zugleich das wichtigste Transitland für westliche Waffenlieferungen und für Exporte nach Westeuropa.

Polens Außenministerium äußerte sich zunächst nicht zu dem Treffen.
""",
}, [("Ministry of Foreign Affairs of Ukraine", False)],
[("Ministry of Foreign Affairs of Ukraine", "00_uk.txt"), ("Ministry of Foreign Affairs of Ukraine", "01_pl.txt"),
 ("Укрінформ", "02_en.txt"), ("Ministry of Foreign Affairs of Ukraine", "03_de.txt")],
[("Ukraine and Poland agreed to open the new Kalinówka–Syniavka road border crossing for passenger cars by 1 September.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], 1),
 ("The two countries will set up a joint working group on truck queues at the border, first meeting in Lviv in April.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt"], 1)])

# t02: the Kremlin spokesman telling journalists; ТАСС's own report is in the corpus (its
# correspondent asked the question -> in-corpus origin). en Kyiv Independent: "told reporters …,
# according to Russian state news agency TASS" (edge ТАСС); uk Європейська правда: "пише The Kyiv
# Independent з посиланням на … ТАСС" (chain through the agency, edge from The Kyiv Independent);
# de Der Spiegel: "wie die staatliche russische Nachrichtenagentur Tass meldete" (edge ТАСС).
story("t02_kremlin_tass_oslo_conference", "agency_chain", {
"00_ru.txt": """Ракитин: Россия не направит делегацию на конференцию в Осло по Черному морю
ТАСС
06 апреля 2027, 12:41

МОСКВА, 6 апреля. /ТАСС/. Россия не будет направлять делегацию на международную конференцию по безопасности судоходства в Черном море, которая пройдет 14 апреля в Осло. Об этом журналистам заявил пресс-секретарь президента РФ Леонид Ракитин.

"Мы не видим смысла участвовать в мероприятии, повестка которого была сформирована без нас и против нас. Это мероприятие без перспектив", - сказал он.

Отвечая на вопрос корреспондента ТАСС, допускает ли Кремль контакты по этой теме на экспертном уровне, Ракитин ответил утвердительно. "Двусторонние контакты на уровне экспертов возможны, если к ним будет готова другая сторона. Но не в таком формате и не на таких площадках", - подчеркнул представитель Кремля.

По его словам, приглашение норвежского МИД поступило в Москву по дипломатическим каналам "около двух недель назад" и было "внимательно изучено".

Конференцию в Осло созывают Норвегия и Турция. Организаторы ожидают делегации примерно 30 государств, а также представителей Международной морской организации. В повестке - страхование судов, разминирование акваторий и взаимодействие береговых служб.

Ранее в МИД РФ неоднократно заявляли, что любые договоренности о судоходстве в Черном море должны учитывать интересы всех прибрежных государств.
""",
"01_en.txt": """Kremlin says Russia will skip Oslo conference on Black Sea shipping
The Kyiv Independent
2027-04-06T15:30:00+03:00

Russia will not send a delegation to an international conference on Black Sea shipping safety that opens in Oslo on April 14, Kremlin spokesman Leonid Rakitin told reporters on April 6, according to Russian state news agency TASS.

Rakitin called the gathering "an event without prospects" whose agenda, he claimed, had been drawn up "without us and against us," TASS reported.

Asked whether Moscow would allow expert-level contacts on the subject, the spokesman said bilateral talks between experts were "possible if the other side is ready," but "not in this format," the agency quoted him as saying.

The conference, co-hosted by Norway and Turkey, is expected to bring together delegations from around 30 countries as well as the International Maritime Organization. Ship insurance, demining and cooperation between coast guards are on the agenda.

Since the start of the full-scale invasion, Russia has repeatedly attacked Ukrainian ports and civilian vessels in the Black Sea. Ukraine has nonetheless kept its maritime export corridor open, shipping grain and metals from the ports of Greater Odesa.

Russian state media are known to spread propaganda, and statements by Kremlin officials cannot always be independently verified.
""",
"02_uk.txt": """У Кремлі заявили, що Росія не поїде на конференцію в Осло щодо Чорного моря
Європейська правда
6 квітня 2027, 17:10

Росія не надсилатиме делегацію на міжнародну конференцію з безпеки судноплавства в Чорному морі, яка розпочнеться в Осло 14 квітня. Про це пише The Kyiv Independent з посиланням на російське державне агентство ТАСС.

За словами речника Кремля Леоніда Ракітіна, йдеться про «захід без перспектив», порядок денний якого нібито сформували «без нас і проти нас».

Водночас Ракітін допустив двосторонні контакти на рівні експертів, «якщо до цього буде готова інша сторона», але «не в такому форматі», зазначає видання.

Конференцію в Осло скликають Норвегія та Туреччина. Очікується, що в ній візьмуть участь делегації близько 30 держав, а також Міжнародна морська організація. На порядку денному – страхування суден, розмінування акваторій і взаємодія берегових служб.

Нагадаємо, попри постійні російські атаки на порти Одещини, Україна продовжує експортувати зерно й метал власним морським коридором. Безпека судноплавства в Чорному морі залишається однією з тем, які Київ піднімає на кожній зустрічі з партнерами.
""",
"03_de.txt": """Kreml lehnt Teilnahme an Schwarzmeer-Konferenz in Oslo ab
Der Spiegel
6. April 2027, 14.52 Uhr

Russland will keine Delegation zur internationalen Konferenz über die Sicherheit der Schifffahrt im Schwarzen Meer schicken, die am 14. April in Oslo beginnt. Das sagte Kremlsprecher Leonid Rakitin am Dienstag vor Journalisten in Moskau, wie die staatliche russische Nachrichtenagentur Tass meldete.

Es handle sich um eine „Veranstaltung ohne Perspektive“, deren Tagesordnung „ohne uns und gegen uns“ aufgestellt worden sei, zitierte Tass den Sprecher. Die Einladung des norwegischen Außenministeriums sei vor etwa zwei Wochen auf diplomatischem Weg in Moskau eingegangen.

Norwegen und die Türkei richten die Konferenz gemeinsam aus. Erwartet werden Delegationen aus rund 30 Staaten sowie Vertreter der Internationalen Seeschifffahrts-Organisation IMO. Es soll unter anderem um Schiffsversicherungen, die Räumung von Seeminen und die Zusammenarbeit der Küstenwachen gehen.

Seit Beginn des russischen Angriffskriegs greift Russland immer wieder ukrainische Häfen und zivile Schiffe an. Die Ukraine exportiert dennoch weiterhin Getreide und Stahl über die Häfen rund um Odessa – über einen eigenen Korridor entlang der Küste.
""",
}, [("ТАСС", True)],
[("ТАСС", "01_en.txt"), ("The Kyiv Independent", "02_uk.txt"), ("ТАСС", "03_de.txt")],
[("Russia will not send a delegation to the Black Sea shipping safety conference in Oslo on 14 April, the Kremlin spokesman Leonid Rakitin said.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1),
 ("Rakitin said bilateral expert-level contacts were possible, but not in this format.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt"], 1)])

# t03: a deputy foreign minister's interview to RIA Novosti (outside agency). ru Медуза: "заявил в
# интервью РИА Новости" + "сказал он агентству"; pl Rzeczpospolita relays RIA ("powiedział w wywiadzie
# dla agencji RIA Nowosti") and adds its own confirmation ("potwierdził „Rzeczpospolitej” rzecznik
# MSZ", "Jak ustaliła „Rzeczpospolita”") -> also an in-corpus origin; uk Українська правда takes the
# Polish paper's version ("Як пише польська газета Rzeczpospolita", "зазначає газета"; names RIA only
# through the paper) -> one edge from Rzeczpospolita; fr Le Figaro: "dans un entretien à l'agence
# russe RIA Novosti".
story("t03_ria_interview_fertiliser_wagons", "agency_plus_confirmation", {
"00_ru.txt": """Замглавы МИД Сабуров: Москва потребовала от Польши вернуть 38 вагонов с удобрениями
Медуза
12 мая 2027, 13:25

Россия передала временному поверенному в делах Польши в Москве ноту с требованием вернуть 38 вагонов с калийными удобрениями, которые с января задержаны на польской станции Бранево. Об этом заместитель министра иностранных дел Олег Сабуров заявил в интервью РИА Новости.

По словам Сабурова, груз стоимостью около 4,1 миллиона долларов принадлежит российской компании «Северхим» и предназначался покупателю в Чехии. Задержание вагонов замминистра назвал «произволом, прикрытым санкционной риторикой».

Если вагоны не вернут до конца мая, Москва примет «зеркальные меры» в отношении польских автоперевозчиков, пригрозил Сабуров. «Варшава прекрасно понимает, о каких мерах идет речь», — сказал он агентству. Какие именно шаги имеются в виду, дипломат не уточнил.

«Медуза» не смогла независимо проверить слова замминистра. Польский МИД публично ситуацию пока не комментировал.

Бранево — одна из немногих станций, через которые проходит железнодорожное сообщение между Польшей и Калининградской областью. За последние годы Москва и Варшава несколько раз закрывали консульства друг друга и высылали дипломатов, а грузовое сообщение между странами сократилось в разы.
""",
"01_pl.txt": """Rosja wręczyła Polsce notę w sprawie wagonów z nawozami. MSZ potwierdza
Rzeczpospolita
12.05.2027 18:40

Rosja przekazała chargé d'affaires RP w Moskwie notę z żądaniem zwrotu 38 wagonów z nawozami potasowymi, zatrzymanych od stycznia na stacji w Braniewie – powiedział w wywiadzie dla agencji RIA Nowosti wiceminister spraw zagranicznych Rosji Oleg Saburow.

Informację o nocie potwierdził „Rzeczpospolitej” rzecznik MSZ Paweł Ostrowiecki. – Nota wpłynęła w poniedziałek. Odpowiemy na nią drogą dyplomatyczną, ale nie pod dyktando Moskwy – powiedział nam rzecznik.

Jak ustaliła „Rzeczpospolita”, wagony zatrzymano w związku z podejrzeniem, że ładunek miał trafić do odbiorcy w Czechach z naruszeniem unijnych sankcji. Sprawą zajmuje się Krajowa Administracja Skarbowa, a postępowanie – według naszego rozmówcy w resorcie finansów – potrwa co najmniej do lipca.

Rosyjski wiceminister przekonywał w rozmowie z agencją, że ładunek należy do prywatnej firmy i „nie ma nic wspólnego z polityką”. W Warszawie ten argument nie znajduje zrozumienia. – Sankcje obowiązują niezależnie od tego, czy wagon jest prywatny, czy państwowy – mówi nasz rozmówca z MSZ.

Braniewo to jedna z nielicznych stacji, przez które biegnie połączenie kolejowe z obwodem kaliningradzkim. Od 2022 r. ruch towarowy na tej linii spadł kilkukrotnie.
""",
"02_uk.txt": """Росія вимагає від Польщі повернути 38 вагонів з добривами – Rzeczpospolita
Українська правда
12 травня 2027, 20:15

Росія передала тимчасовому повіреному у справах Польщі в Москві ноту з вимогою повернути 38 вагонів з калійними добривами, затриманих із січня на станції Бранево. Як пише польська газета Rzeczpospolita, речник МЗС Польщі Павел Островецький підтвердив отримання ноти.

«Нота надійшла в понеділок. Відповімо на неї дипломатичним шляхом, але не під диктовку Москви», – цитує речника видання.

Про ноту раніше в інтерв'ю російському агентству РІА Новини розповів заступник глави МЗС РФ Олег Сабуров, зазначає газета.

За даними Rzeczpospolita, вагони затримали через підозру, що вантаж мав потрапити до покупця в Чехії в обхід санкцій ЄС. Справою займається Національна податкова адміністрація Польщі, і розгляд може тривати щонайменше до липня.

Бранево – одна з небагатьох станцій, через які проходить залізничне сполучення між Польщею та Калінінградською областю Росії. Польща є одним із найпослідовніших прихильників посилення санкцій проти РФ і регулярно затримує вантажі, які можуть порушувати обмеження ЄС.
""",
"03_fr.txt": """Moscou exige de Varsovie la restitution de 38 wagons d'engrais bloqués à la frontière
Le Figaro
12 mai 2027 à 15h30

La Russie a remis au chargé d'affaires polonais à Moscou une note exigeant la restitution de 38 wagons d'engrais potassiques immobilisés depuis janvier en gare de Braniewo, dans le nord de la Pologne, a affirmé mercredi le vice-ministre russe des Affaires étrangères, Oleg Sabourov, dans un entretien à l'agence russe RIA Novosti.

Selon le diplomate, la cargaison, d'une valeur d'environ 4,1 millions de dollars, appartient à la société russe Severkhim et était destinée à un acheteur tchèque. Faute de restitution d'ici à la fin mai, Moscou prendra des « mesures miroirs » contre les transporteurs routiers polonais, a-t-il prévenu, sans préciser leur nature. « Varsovie comprend parfaitement de quelles mesures il s'agit », a déclaré Oleg Sabourov à l'agence.

Braniewo est l'une des rares gares reliant la Pologne à l'enclave russe de Kaliningrad. Le trafic de marchandises sur cette ligne s'est effondré depuis 2022.

Les relations entre Moscou et Varsovie, l'un des soutiens les plus fermes de Kiev au sein de l'Union européenne, n'ont cessé de se dégrader ces dernières années, au rythme des fermetures de consulats et des expulsions de diplomates.
""",
}, [("RIA Novosti", False), ("Rzeczpospolita", True)],
[("RIA Novosti", "00_ru.txt"), ("RIA Novosti", "01_pl.txt"), ("Rzeczpospolita", "02_uk.txt"), ("RIA Novosti", "03_fr.txt")],
[("Russia handed Poland's chargé d'affaires a note demanding the return of 38 wagons of potash fertiliser held at Braniewo since January.",
  ["00_ru.txt", "01_pl.txt", "02_uk.txt", "03_fr.txt"], 2),
 ("Saburov threatened 'mirror measures' against Polish road hauliers if the wagons are not returned by the end of May.",
  ["00_ru.txt", "03_fr.txt"], 1)])

# t04: an Axios scoop citing two US officials (in-corpus origin; the officials belong to Axios).
# uk Європейська правда: "пише Axios з посиланням на двох американських посадовців" + "За даними
# видання" + "сказав виданню"; ru Медуза: "сообщил американский портал Axios со ссылкой на двух
# чиновников США" + "Как отмечает издание" + "собеседников Axios"; pl Onet (no date line):
# "informuje portal Axios, powołując się na …" + "Według Axiosa" (genitive); de FAZ: "berichtete das
# amerikanische Nachrichtenportal Axios … unter Berufung auf zwei US-Regierungsbeamte".
story("t04_axios_energy_corridor", "scoop", {
"00_en.txt": """Scoop: U.S. readies $2.5 billion energy corridor deal with Ukraine and Poland
Axios
Jun 3, 2027 - 6:00 AM EDT

The White House is preparing a trilateral "energy corridor" agreement with Ukraine and Poland that would include $2.5 billion in U.S. loan guarantees for a new gas interconnector, two U.S. officials tell Axios.

Why it matters: The deal would be the biggest U.S. financial commitment to Ukraine's energy sector this year and is designed to lock in American LNG sales to Central and Eastern Europe for at least a decade.

Driving the news: Daniel Whitcombe, the special envoy for European energy security, will travel to Kyiv and Warsaw next week to present the draft to both governments, the officials said.

- The administration hopes to sign the agreement on the sidelines of the NATO summit in July.
- The guarantees would be provided through the U.S. International Development Finance Corporation.

What they're saying: "The text is about 80% done. What's left is mostly about who pays for what on the Polish side," one of the officials said.

- A second official said Kyiv had "already signaled" it would accept the framework.

Between the lines: The interconnector would link Polish LNG import capacity on the Baltic coast with Ukraine's underground gas storage sites in the west of the country, which are among the largest in Europe.

The other side: The State Department declined to comment. The Polish and Ukrainian embassies in Washington did not respond to requests for comment.

What's next: If the talks in Kyiv and Warsaw go smoothly, the three governments could announce the deal as early as late June, one official said.
""",
"01_uk.txt": """США готують угоду з Україною та Польщею про «енергетичний коридор» на $2,5 млрд – Axios
Європейська правда
3 червня 2027, 14:35

Білий дім готує тристоронню угоду з Україною та Польщею про «енергетичний коридор», яка передбачає американські кредитні гарантії на 2,5 млрд доларів для будівництва нового газового інтерконектора. Про це пише Axios з посиланням на двох американських посадовців.

За даними видання, спецпосланець США з питань енергетичної безпеки Європи Деніел Віткомб наступного тижня вирушить до Києва та Варшави, щоб представити проєкт угоди обом урядам. У Вашингтоні сподіваються підписати документ на полях саміту НАТО в липні.

«Текст готовий приблизно на 80%. Залишилося переважно питання, хто за що платить на польському боці», – сказав виданню один зі співрозмовників.

Інший посадовець стверджує, що Київ «уже дав сигнал» про готовність погодитися на рамкову угоду.

Інтерконектор має з'єднати польські потужності з імпорту скрапленого газу на узбережжі Балтики з українськими підземними газосховищами на заході країни, які є одними з найбільших у Європі. Держдеп від коментарів відмовився.

Нагадаємо, Україна та Польща вже кілька років обговорюють розширення газового сполучення, однак досі сторони не могли домовитися про фінансування.
""",
"02_ru.txt": """Axios: США готовят с Украиной и Польшей сделку об «энергетическом коридоре» на 2,5 миллиарда долларов
Медуза
3 июня 2027, 16:02

Администрация США готовит трехстороннее соглашение с Украиной и Польшей об «энергетическом коридоре», которое предусматривает американские кредитные гарантии на 2,5 миллиарда долларов для строительства нового газового интерконнектора. Об этом сообщил американский портал Axios со ссылкой на двух чиновников США.

Как отмечает издание, спецпосланник по энергетической безопасности Европы Дэниел Уиткомб на следующей неделе отправится в Киев и Варшаву, чтобы представить проект соглашения. В Вашингтоне рассчитывают подписать документ в кулуарах саммита НАТО в июле.

Один из собеседников Axios заявил, что текст «готов примерно на 80%», а нерешенными остаются в основном вопросы финансирования с польской стороны. По словам второго, Киев «уже дал понять», что примет рамочное соглашение.

Интерконнектор должен связать польские мощности по импорту сжиженного газа на Балтике с подземными газовыми хранилищами на западе Украины — одними из крупнейших в Европе. Госдепартамент отказался от комментариев, пишет Axios.

После 2022 года Украина полностью отказалась от прямых закупок российского газа, а Польша превратилась в один из главных транзитных узлов для поставок американского СПГ в Восточную Европу.
""",
"03_pl.txt": """Amerykanie szykują umowę z Polską i Ukrainą. Chodzi o 2,5 mld dolarów
Onet

Waszyngton przygotowuje trójstronne porozumienie z Polską i Ukrainą w sprawie „korytarza energetycznego”, obejmujące 2,5 mld dolarów amerykańskich gwarancji kredytowych na budowę nowego gazowego interkonektora – informuje portal Axios, powołując się na dwóch przedstawicieli amerykańskiej administracji.

Według Axiosa porozumienie miałoby zostać podpisane przy okazji lipcowego szczytu NATO. Gwarancji udzieliłaby amerykańska agencja finansowania rozwoju DFC.

„Tekst jest gotowy w mniej więcej 80 proc. Pozostaje głównie kwestia tego, kto za co płaci po polskiej stronie” – cytuje jednego z urzędników amerykański portal. Drugi z rozmówców twierdzi, że Kijów „dał już sygnał”, iż zaakceptuje ramy umowy.

Interkonektor miałby połączyć polskie moce importu LNG na wybrzeżu Bałtyku z ukraińskimi podziemnymi magazynami gazu na zachodzie kraju – jednymi z największych w Europie. Departament Stanu odmówił komentarza.

Polska od lat przekonuje, że może stać się bramą dla amerykańskiego gazu do Europy Środkowo-Wschodniej. Ukraina z kolei szuka sposobów na wykorzystanie swoich magazynów, które po zakończeniu tranzytu rosyjskiego gazu pozostają w dużej części puste.
""",
"04_de.txt": """USA planen Energiekorridor mit der Ukraine und Polen
Frankfurter Allgemeine Zeitung
03.06.2027, 17:45

Die amerikanische Regierung bereitet offenbar ein Abkommen mit der Ukraine und Polen über einen „Energiekorridor“ vor. Vorgesehen seien Kreditgarantien in Höhe von 2,5 Milliarden Dollar für eine neue Gasverbindung zwischen beiden Ländern, berichtete das amerikanische Nachrichtenportal Axios am Donnerstag unter Berufung auf zwei US-Regierungsbeamte.

Der Sondergesandte für europäische Energiesicherheit, Daniel Whitcombe, werde kommende Woche nach Kiew und Warschau reisen, um den Entwurf vorzustellen. Unterzeichnet werden solle das Abkommen am Rande des NATO-Gipfels im Juli. Einer der Beamten sagte dem Portal demnach, der Text sei „zu etwa 80 Prozent fertig“.

Die Leitung soll polnische Importkapazitäten für Flüssigerdgas an der Ostsee mit den großen ukrainischen Untergrundspeichern im Westen des Landes verbinden. Das Außenministerium in Washington lehnte dem Bericht zufolge einen Kommentar ab.

Für Washington wäre das Vorhaben ein Weg, amerikanisches Flüssiggas langfristig in Mittel- und Osteuropa abzusetzen. Polen hat seine Gasversorgung in den vergangenen Jahren konsequent von Russland gelöst, die Ukraine bezieht seit 2022 kein russisches Gas mehr direkt.
""",
}, [("Axios", True)],
[("Axios", "01_uk.txt"), ("Axios", "02_ru.txt"), ("Axios", "03_pl.txt"), ("Axios", "04_de.txt")],
[("The US is preparing a trilateral energy-corridor agreement with Ukraine and Poland with $2.5 billion in loan guarantees for a gas interconnector.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt", "04_de.txt"], 1),
 ("Special envoy Daniel Whitcombe will travel to Kyiv and Warsaw next week to present the draft.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "04_de.txt"], 1)])

# t05: an anonymous EU diplomat speaking to Reuters (outside agency; the diplomat belongs to
# Reuters). de SZ: "sagte ein EU-Diplomat der Nachrichtenagentur Reuters, der namentlich nicht
# genannt werden wollte" + "zitierte Reuters"; ru Новая газета Европа: "сообщает агентство Reuters со
# ссылкой на европейского дипломата" + "По словам собеседника агентства"; fr Le Figaro relays
# Reuters ("a indiqué un diplomate européen à l'agence Reuters") and adds its own source ("Un autre
# diplomate, interrogé par Le Figaro", "Selon nos informations") -> also an in-corpus origin; pl
# Rzeczpospolita (no date line): "podała agencja Reuters, powołując się na anonimowego unijnego
# dyplomatę" + "powiedział dyplomata Reutersowi" (dative).
story("t05_reuters_diplomat_sanctions_package", "agency_plus_confirmation", {
"00_de.txt": """Ungarn blockiert neues Sanktionspaket gegen Russland
Süddeutsche Zeitung
7. Juli 2027, 19:12 Uhr

Die Botschafter der 27 EU-Staaten haben sich am Mittwoch in Brüssel nicht auf das 24. Sanktionspaket gegen Russland einigen können. Ungarn habe verlangt, drei russische Banken von der Liste zu streichen, sagte ein EU-Diplomat der Nachrichtenagentur Reuters, der namentlich nicht genannt werden wollte. Budapest brauche die Institute nach eigener Darstellung für die Bezahlung von Energielieferungen.

„Alle anderen 26 waren bereit. Es lag ein Text auf dem Tisch, den wir heute hätten beschließen können“, zitierte Reuters den Diplomaten. Die Botschafter wollen sich demnach am Freitag erneut mit dem Paket befassen.

Das Paket sieht unter anderem vor, 118 weitere Schiffe der sogenannten russischen Schattenflotte mit Sanktionen zu belegen. Zudem sollen Ausfuhrbeschränkungen für Werkzeugmaschinen und elektronische Bauteile verschärft werden, die über Drittstaaten nach Russland gelangen.

Sanktionen müssen in der EU einstimmig beschlossen werden. Ungarn hat in der Vergangenheit mehrfach Pakete verzögert und sich Ausnahmen für die eigene Energieversorgung ausgehandelt. Diplomaten anderer Mitgliedstaaten werfen Budapest vor, die Einstimmigkeitsregel als Hebel in anderen Streitfragen mit Brüssel zu nutzen.
""",
"01_ru.txt": """Венгрия заблокировала 24-й пакет санкций ЕС против России — Reuters
Новая газета Европа
07.07.2027 20:30

Постоянные представители стран Евросоюза в среду не смогли согласовать 24-й пакет санкций против России. Венгрия потребовала исключить из списка три российских банка, сообщает агентство Reuters со ссылкой на европейского дипломата, пожелавшего остаться анонимным.

По словам собеседника агентства, Будапешт настаивает, что эти банки нужны ему для расчетов за энергоносители. «Все остальные 26 стран были готовы. На столе лежал текст, который мы могли принять сегодня», — сказал дипломат. Послы вернутся к обсуждению пакета в пятницу, уточняет Reuters.

Новый пакет предполагает введение санкций против еще 118 судов так называемого теневого флота, а также ужесточение ограничений на экспорт станков и электронных компонентов, которые попадают в Россию через третьи страны.

Решения о санкциях в ЕС принимаются единогласно. Венгрия уже не раз задерживала утверждение пакетов и добивалась исключений для собственного энергоснабжения. В Брюсселе Будапешт обвиняют в том, что он использует право вето как рычаг давления в других спорах с Еврокомиссией.
""",
"02_fr.txt": """Sanctions contre la Russie : la Hongrie bloque le 24e paquet européen
Le Figaro
7 juillet 2027 à 21h05

Les ambassadeurs des Vingt-Sept ne sont pas parvenus, mercredi à Bruxelles, à s'entendre sur le 24e paquet de sanctions contre la Russie. En cause : la Hongrie, qui exige le retrait de trois banques russes de la liste, a indiqué un diplomate européen à l'agence Reuters sous couvert d'anonymat.

Un autre diplomate, interrogé par Le Figaro, confirme le blocage hongrois. « Budapest a posé trois noms sur la table et ne veut pas entendre parler d'un compromis sur une période de transition. Tout le reste du texte est prêt », explique cette source, qui évoque aussi des « réserves plus discrètes » de la Slovaquie sur le volet maritime.

Selon nos informations, la Commission européenne envisage, si le blocage persiste, de scinder le paquet afin de faire adopter rapidement les mesures visant la « flotte fantôme » russe. Le texte prévoit notamment d'ajouter 118 navires à la liste des bâtiments sanctionnés et de durcir les restrictions à l'exportation de machines-outils et de composants électroniques transitant par des pays tiers.

Toute décision en matière de sanctions requiert l'unanimité des États membres. Ce n'est pas la première fois que Budapest fait traîner l'adoption d'un paquet en échange d'exemptions pour son approvisionnement énergétique, au grand dam de ses partenaires.
""",
"03_pl.txt": """Węgry blokują nowe sankcje wobec Rosji. Chodzi o trzy banki
Rzeczpospolita

Ambasadorowie państw UE nie zdołali w środę uzgodnić 24. pakietu sankcji wobec Rosji, ponieważ Węgry zażądały wykreślenia z listy trzech rosyjskich banków – podała agencja Reuters, powołując się na anonimowego unijnego dyplomatę.

Według rozmówcy agencji Budapeszt twierdzi, że banki są mu potrzebne do rozliczeń za dostawy surowców energetycznych. – Pozostałe 26 państw było gotowych. Na stole leżał tekst, który mogliśmy dziś przyjąć – powiedział dyplomata Reutersowi. Ambasadorowie mają wrócić do rozmów o pakiecie w piątek.

Nowy pakiet przewiduje m.in. objęcie sankcjami kolejnych 118 statków tzw. floty cieni oraz zaostrzenie ograniczeń eksportu obrabiarek i podzespołów elektronicznych, które trafiają do Rosji przez państwa trzecie.

Decyzje w sprawie sankcji wymagają w UE jednomyślności. Węgry już kilkakrotnie opóźniały przyjęcie kolejnych pakietów, wywalczając wyjątki dla własnego sektora energetycznego. Polska od początku pełnoskalowej wojny należy do państw domagających się jak najszybszego zaostrzania restrykcji wobec Moskwy, w tym wobec rosyjskiej floty cieni na Bałtyku.
""",
}, [("Reuters", False), ("Le Figaro", True)],
[("Reuters", "00_de.txt"), ("Reuters", "01_ru.txt"), ("Reuters", "02_fr.txt"), ("Reuters", "03_pl.txt")],
[("EU ambassadors failed to agree on the 24th sanctions package against Russia because Hungary demanded that three Russian banks be removed from the list.",
  ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt"], 2),
 ("The ambassadors will return to the package on Friday.",
  ["00_de.txt", "01_ru.txt", "03_pl.txt"], 1)])

# t06: a joint declaration after a summit, published on the host presidency's website (outside
# origin: Bucharest Nine). pl PAP takes it directly ("czytamy we wspólnej deklaracji … opublikowanej
# na stronie internetowej prezydenta Łotwy"); uk Укрінформ through the agency ("повідомляє польське
# агентство PAP з посиланням на спільну декларацію", "За інформацією агентства", "Як зазначає PAP")
# -> edge from PAP; en has no outlet line ("the leaders said in a joint declaration … published on
# the website of the Latvian president"); fr Le Monde: "affirment leurs dirigeants dans une
# déclaration commune … mise en ligne sur le site de la présidence lettone".
story("t06_b9_joint_declaration_air_defence", "document_chain", {
"00_pl.txt": """Przywódcy B9 chcą stałego dowództwa obrony powietrznej w Rzeszowie
PAP
15.09.2027, 17:48

Przywódcy państw Bukareszteńskiej Dziewiątki (B9) wezwali NATO do utworzenia do 2029 r. stałego wielonarodowego dowództwa obrony powietrznej wschodniej flanki z siedzibą w Rzeszowie – czytamy we wspólnej deklaracji przyjętej w środę na szczycie w Rydze i opublikowanej na stronie internetowej prezydenta Łotwy.

Państwa B9 zobowiązały się także do przeznaczania na obronność co najmniej 3,5 proc. PKB najpóźniej od 2030 r. „Bezpieczeństwo wschodniej flanki jest nierozerwalnie związane z bezpieczeństwem całego Sojuszu” – podkreślono w dokumencie.

Jak wynika z deklaracji, na kolejny szczyt formatu, który odbędzie się w 2028 r. w Bukareszcie, zaproszone zostaną Ukraina i Mołdawia. Sygnatariusze wyrazili też „pełne poparcie” dla dalszego wzmacniania obecności wojsk sojuszniczych w regionie Morza Bałtyckiego i Morza Czarnego.

Deklarację podpisali przywódcy wszystkich dziewięciu państw. Dokument nie precyzuje, w jaki sposób miałoby być finansowane nowe dowództwo ani ilu żołnierzy i specjalistów miałoby w nim służyć.

Bukareszteńska Dziewiątka powstała w 2015 r. z inicjatywy prezydentów Polski i Rumunii. W jej skład wchodzą Bułgaria, Czechy, Estonia, Litwa, Łotwa, Polska, Rumunia, Słowacja i Węgry. Rzeszów od 2022 r. jest głównym węzłem logistycznym pomocy wojskowej dla Ukrainy.
""",
"01_uk.txt": """Країни Бухарестської дев'ятки закликали НАТО створити командування ППО в Ряшеві
Укрінформ
15 вересня 2027 19:02

Лідери країн Бухарестської дев'ятки (B9) закликали НАТО до 2029 року створити постійне багатонаціональне командування протиповітряної оборони східного флангу зі штаб-квартирою в польському Ряшеві. Про це повідомляє польське агентство PAP з посиланням на спільну декларацію, ухвалену в середу на саміті в Ризі.

За інформацією агентства, держави B9 також зобов'язалися витрачати на оборону щонайменше 3,5% ВВП не пізніше ніж з 2030 року.

Як зазначає PAP, на наступний саміт формату, який відбудеться у 2028 році в Бухаресті, запросять Україну та Молдову. Декларацію підписали лідери всіх дев'яти держав.

Ряшів розташований приблизно за 100 кілометрів від українського кордону. З 2022 року місцевий аеропорт є головним логістичним хабом для постачання західної військової допомоги Україні.

Бухарестську дев'ятку створили у 2015 році з ініціативи президентів Польщі та Румунії. До неї входять Болгарія, Естонія, Латвія, Литва, Польща, Румунія, Словаччина, Угорщина та Чехія. Україна неодноразово висловлювала зацікавленість у тіснішій співпраці з форматом, зокрема в питаннях протиповітряної оборони.
""",
"02_en.txt": """Eastern flank leaders urge NATO to set up air defence command in Rzeszów
15 September 2027

Leaders of the Bucharest Nine, the group of countries on NATO's eastern flank, on Wednesday called on the alliance to set up a permanent multinational air defence command for the region, headquartered in the Polish city of Rzeszów, by 2029.

"Security on the eastern flank is indivisible from the security of the Alliance as a whole," the leaders said in a joint declaration adopted at their summit in Riga and published on the website of the Latvian president.

In the declaration, the nine countries also committed to spending at least 3.5% of their gross domestic product on defence from 2030 at the latest. They said they would invite Ukraine and Moldova to the group's next summit, to be held in Bucharest in 2028.

The document, signed by all nine heads of state, does not say how the proposed command would be financed or how many personnel it would have.

The B9 format was launched in 2015 at the initiative of the presidents of Poland and Romania and brings together Bulgaria, the Czech Republic, Estonia, Hungary, Latvia, Lithuania, Poland, Romania and Slovakia. Rzeszów, about 100 kilometres from the Ukrainian border, has served as the main hub for Western military aid to Ukraine since 2022.
""",
"03_fr.txt": """Le « format de Bucarest » réclame un commandement de défense aérienne sur le flanc est de l'OTAN
Le Monde
15 septembre 2027

Les neuf pays du flanc oriental de l'OTAN réunis au sein du format de Bucarest (B9) ont appelé, mercredi 15 septembre, l'Alliance atlantique à créer d'ici à 2029 un commandement multinational permanent de défense aérienne, dont le siège serait installé à Rzeszów, dans le sud-est de la Pologne.

« La sécurité du flanc est est indissociable de la sécurité de l'Alliance dans son ensemble », affirment leurs dirigeants dans une déclaration commune adoptée à Riga et mise en ligne sur le site de la présidence lettone. Le texte annonce également que l'Ukraine et la Moldavie seront invitées au prochain sommet du groupe, prévu à Bucarest en 2028.

La déclaration ne dit rien, en revanche, du financement de ce futur commandement ni de ses effectifs. Elle a été signée par les neuf chefs d'État, y compris celui de la Hongrie, souvent en porte-à-faux avec ses partenaires sur le dossier ukrainien.

Créé en 2015 à l'initiative de la Pologne et de la Roumanie, le B9 rassemble la Bulgarie, l'Estonie, la Hongrie, la Lettonie, la Lituanie, la Pologne, la République tchèque, la Roumanie et la Slovaquie. L'aéroport de Rzeszów, à une centaine de kilomètres de la frontière ukrainienne, sert depuis 2022 de principale plateforme logistique pour l'aide militaire occidentale à Kiev.
""",
}, [("Bucharest Nine", False)],
[("Bucharest Nine", "00_pl.txt"), ("PAP", "01_uk.txt"), ("Bucharest Nine", "02_en.txt"), ("Bucharest Nine", "03_fr.txt")],
[("The Bucharest Nine leaders called on NATO to set up a permanent multinational air-defence command for the eastern flank in Rzeszów by 2029.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The B9 countries committed to spending at least 3.5% of GDP on defence from 2030 at the latest.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1)])

# t07: Медуза's own scoop (two sources in the Russian MFA and one close to the presidential
# administration; they belong to Meduza). uk has neither outlet nor date line: an uncredited close
# translation published hours later (same structure and quotes; drops «Медузе» from "рассказали
# «Медузе»" and keeps Meduza's unanswered request as "на запит не відповіли") -> edge from Медуза,
# no other source; en The Guardian: "the independent Russian news outlet Meduza has reported" +
# "Citing two sources …, Meduza said" + "one of Meduza's sources"; fr Le Monde: "rapporte … Meduza,
# qui cite …" + "Selon le site".
story("t07_meduza_finland_ambassador", "scoop_translation", {
"00_ru.txt": """Россия не будет назначать нового посла в Финляндии. Посольство возглавит временный поверенный
Медуза
19 октября 2027, 09:00

Москва не станет назначать нового посла в Финляндии после того, как нынешний посол Андрей Лузгин в конце ноября покинет Хельсинки. Посольство России возглавит временный поверенный в делах. Об этом «Медузе» рассказали два источника в МИД России и собеседник, близкий к администрации президента.

По словам одного из собеседников «Медузы», решение было принято после того, как Финляндия в сентябре выслала трех российских дипломатов, обвинив их в шпионаже. «Это сознательное понижение уровня. Посылать нового посла в страну, которая так себя ведет, никто не будет», — сказал он.

Второй источник в МИД уточнил, что кандидатуру на пост посла в ведомстве даже не обсуждали. По его словам, аналогичный вариант рассматривается в отношении еще одной северной страны, но «окончательно ничего не решено».

В МИД России на запрос «Медузы» не ответили.

Отношения между Москвой и Хельсинки резко ухудшились после вступления Финляндии в НАТО в 2023 году. В конце того же года финские власти закрыли все пункты пропуска на сухопутной границе с Россией, обвинив Москву в организации потока мигрантов. С тех пор стороны несколько раз высылали дипломатов друг друга.
""",
"01_uk.txt": """Росія не призначатиме нового посла у Фінляндії, посольство очолить тимчасовий повірений

Москва не призначатиме нового посла у Фінляндії після того, як чинний посол Андрій Лузгін наприкінці листопада залишить Гельсінкі. Посольство Росії очолить тимчасовий повірений у справах. Про це розповіли два джерела в МЗС Росії та співрозмовник, близький до адміністрації президента.

За словами одного зі співрозмовників, рішення ухвалили після того, як Фінляндія у вересні вислала трьох російських дипломатів, звинувативши їх у шпигунстві. «Це свідоме пониження рівня. Надсилати нового посла до країни, яка так поводиться, ніхто не буде», — сказав він.

Друге джерело в МЗС уточнило, що кандидатуру на посаду посла у відомстві навіть не обговорювали. За його словами, аналогічний варіант розглядають щодо ще однієї північної країни, але «остаточно нічого не вирішено».

У МЗС Росії на запит не відповіли.

Відносини між Москвою та Гельсінкі різко погіршилися після вступу Фінляндії до НАТО у 2023 році. Наприкінці того ж року фінська влада закрила всі пункти пропуску на сухопутному кордоні з Росією, звинувативши Москву в організації потоку мігрантів. Відтоді сторони кілька разів висилали дипломатів одна одної.
""",
"02_en.txt": """Russia to leave ambassador post in Finland vacant, report says
The Guardian
Tue 19 Oct 2027 14.20 BST

Russia will not appoint a new ambassador to Finland when its current envoy, Andrei Luzgin, leaves Helsinki at the end of November, leaving the embassy in the hands of a chargé d'affaires, the independent Russian news outlet Meduza has reported.

Citing two sources in the Russian foreign ministry and a person close to the presidential administration, Meduza said the move amounted to a deliberate downgrading of relations. "Nobody is going to send a new ambassador to a country that behaves like this," one of Meduza's sources was quoted as saying.

According to the outlet, which has operated from exile in Latvia since 2014, no candidate for the post had even been discussed at the ministry.

The Russian foreign ministry did not respond to Meduza's request for comment, and the report could not be independently verified.

Relations between Moscow and Helsinki have collapsed since Finland joined Nato in April 2023, ending decades of military non-alignment. Later that year Finland closed its entire land border with Russia, accusing the Kremlin of deliberately pushing migrants towards its frontier, and both countries have since expelled each other's diplomats on several occasions.

A downgrade to chargé d'affaires level would leave Russia without an ambassador in a Nordic capital for the first time in decades.
""",
"03_fr.txt": """La Russie renonce à nommer un nouvel ambassadeur en Finlande, selon Meduza
Le Monde
19 octobre 2027 à 16h40

Moscou ne nommera pas de nouvel ambassadeur en Finlande après le départ de l'actuel titulaire du poste, Andreï Louzguine, prévu fin novembre, rapporte mardi le média indépendant russe en exil Meduza, qui cite deux sources au ministère des affaires étrangères et une personne proche de l'administration présidentielle. L'ambassade de Russie à Helsinki sera dirigée par un chargé d'affaires.

Selon le site, la décision a été prise après l'expulsion par la Finlande, en septembre, de trois diplomates russes accusés d'espionnage. « C'est un abaissement délibéré du niveau des relations », affirme l'une des sources citées par Meduza. Aucun candidat n'aurait même été évoqué au ministère.

La diplomatie russe n'a pas répondu aux sollicitations du média.

Depuis l'adhésion de la Finlande à l'OTAN, en avril 2023, les relations entre les deux voisins n'ont cessé de se dégrader. Helsinki a fermé fin 2023 l'ensemble des points de passage de sa frontière terrestre de 1 340 kilomètres avec la Russie, accusant Moscou d'y orchestrer l'arrivée de migrants, et les expulsions croisées de diplomates se sont multipliées.
""",
}, [("Медуза", True)],
[("Медуза", "01_uk.txt"), ("Медуза", "02_en.txt"), ("Медуза", "03_fr.txt")],
[("Russia will not appoint a new ambassador to Finland after Andrei Luzgin leaves at the end of November; a chargé d'affaires will head the embassy.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The decision followed Finland's expulsion of three Russian diplomats accused of espionage in September.",
  ["00_ru.txt", "01_uk.txt", "03_fr.txt"], 1)])

# t08: two independent own reports on the same plan: Le Figaro ("Selon nos informations", a French
# diplomat "confie", "a-t-on appris de source diplomatique") and Der Spiegel (an internal Foreign
# Office paper "das dem SPIEGEL vorliegt", "In Berliner Regierungskreisen"). uk Європейська правда
# credits both ("пише французька газета Le Figaro з посиланням на власні джерела" + "Німецький Der
# Spiegel, у свою чергу, пише" + "цитує документ «Шпігель»") -> two edges; pl Rzeczpospolita credits
# only Der Spiegel ("podał niemiecki tygodnik „Der Spiegel”", "do którego dotarł „Spiegel”", "Jak
# pisze tygodnik"; its unanswered question to the MFA adds nothing).
story("t08_figaro_spiegel_eu_envoy", "two_independent", {
"00_fr.txt": """Ukraine : Paris et Berlin veulent un envoyé spécial européen pour de futures négociations
Le Figaro
2027-11-23T06:00:00+01:00

La France et l'Allemagne s'apprêtent à proposer à leurs partenaires la nomination d'un envoyé spécial de l'Union européenne chargé de représenter les Vingt-Sept dans d'éventuelles négociations entre l'Ukraine et la Russie. Selon nos informations, Paris et Berlin ont arrêté leur choix sur l'ancienne diplomate finlandaise Aino Lehtisalo, qui fut notamment ambassadrice de son pays auprès de l'OSCE.

« L'Europe ne peut pas être à la table seulement comme payeur. Il lui faut un visage et une voix », confie un diplomate français associé aux discussions. La proposition devrait être présentée aux autres États membres avant le Conseil européen des 16 et 17 décembre, a-t-on appris de source diplomatique.

À l'Élysée, on se refuse à tout commentaire. Au Quai d'Orsay, on se borne à indiquer que « plusieurs options sont sur la table ».

L'initiative franco-allemande répond à une inquiétude ancienne des capitales européennes : celle d'être tenues à l'écart de pourparlers dont les paramètres seraient fixés à Washington et à Moscou. Plusieurs pays d'Europe centrale, Pologne en tête, ont réclamé ces derniers mois que l'UE dispose de son propre négociateur.

Âgée de 61 ans, Aino Lehtisalo a dirigé plusieurs missions de médiation pour l'OSCE dans le Caucase et dans les Balkans. Reste à convaincre les États membres les plus réticents, à commencer par la Hongrie.
""",
"01_de.txt": """Berlin und Paris wollen EU-Sondergesandte für Ukraine-Verhandlungen
Der Spiegel
23.11.2027, 11.30 Uhr

Deutschland und Frankreich wollen eine gemeinsame Sondergesandte der Europäischen Union für mögliche Verhandlungen zwischen der Ukraine und Russland durchsetzen. Das geht aus einem internen Papier des Auswärtigen Amts hervor, das dem SPIEGEL vorliegt. Als Kandidatin nennt das Papier die frühere finnische Diplomatin Aino Lehtisalo, die ihr Land unter anderem bei der OSZE vertreten hat.

Laut dem Dokument soll die Gesandte ein zunächst auf zwölf Monate befristetes Mandat erhalten und mit einem Budget von vier Millionen Euro ausgestattet werden. Vorgesehen ist ein eigener kleiner Stab in Brüssel. „Europa muss verhandlungsfähig sein, bevor verhandelt wird“, heißt es in dem Papier.

In Berliner Regierungskreisen wird bestätigt, dass die Abstimmung mit Paris „sehr weit fortgeschritten“ sei. Offen sei jedoch, ob alle 27 Mitgliedstaaten zustimmen. Das Auswärtige Amt wollte sich auf SPIEGEL-Anfrage nicht zu dem Papier äußern.

Hinter dem Vorstoß steht die Sorge, dass Europa bei möglichen Gesprächen über ein Ende des Krieges nur am Rand sitzen könnte. In mehreren Hauptstädten wird seit Monaten darüber diskutiert, wer die EU in solchen Verhandlungen vertreten soll – die Außenbeauftragte, ein Regierungschef oder eine eigens ernannte Person.
""",
"02_uk.txt": """Франція та Німеччина хочуть призначити спецпосланця ЄС для переговорів щодо України – ЗМІ
Європейська правда
23 листопада 2027, 15:20

Франція та Німеччина готуються запропонувати партнерам по ЄС призначити спеціального посланця Євросоюзу, який представлятиме ЄС на можливих переговорах між Україною та Росією. Про це пише французька газета Le Figaro з посиланням на власні джерела.

За інформацією видання, Париж і Берлін зупинили вибір на колишній фінській дипломатці Айно Лехтісало, яка, зокрема, була постійною представницею Фінляндії при ОБСЄ. Пропозицію мають представити іншим країнам ЄС до саміту 16–17 грудня.

Німецький Der Spiegel, у свою чергу, пише про цю ініціативу з посиланням на внутрішній документ МЗС Німеччини, який є в розпорядженні журналу. «Європа має бути здатною до переговорів ще до того, як почнуться переговори», – цитує документ «Шпігель».

Європейські столиці вже кілька місяців дискутують, хто має представляти ЄС у можливих переговорах про завершення війни. Україна наполягає, що жодні домовленості щодо її безпеки не можуть ухвалюватися без її участі та без участі Європи.
""",
"03_pl.txt": """Berlin i Paryż chcą specjalnego wysłannika UE ds. rozmów o Ukrainie
Rzeczpospolita
23 listopada 2027

Niemcy i Francja chcą, by Unia Europejska powołała specjalną wysłanniczkę na ewentualne negocjacje między Ukrainą a Rosją – podał niemiecki tygodnik „Der Spiegel”, powołując się na wewnętrzny dokument niemieckiego MSZ. Kandydatką ma być była fińska dyplomatka Aino Lehtisalo, która reprezentowała swój kraj m.in. w OBWE.

Z dokumentu, do którego dotarł „Spiegel”, wynika, że wysłanniczka otrzymałaby mandat na 12 miesięcy i budżet w wysokości 4 mln euro. Jak pisze tygodnik, w Berlinie potwierdzają, że uzgodnienia z Paryżem są „bardzo zaawansowane”.

Polska od miesięcy domaga się, by Unia miała własnego przedstawiciela w rozmowach o zakończeniu wojny. Rzecznik MSZ do chwili publikacji nie odpowiedział na pytania „Rzeczpospolitej” o stanowisko Warszawy wobec niemiecko-francuskiej propozycji.

Dla Polski kluczowe jest, by ewentualny wysłannik nie działał ponad głowami państw regionu. – Nie chodzi o to, kto będzie siedział przy stole, tylko o to, czy ktoś w ogóle zapyta nas o zdanie – mówił niedawno w Sejmie jeden z posłów komisji spraw zagranicznych.
""",
}, [("Le Figaro", True), ("Der Spiegel", True)],
[("Le Figaro", "02_uk.txt"), ("Der Spiegel", "02_uk.txt"), ("Der Spiegel", "03_pl.txt")],
[("France and Germany want to propose former Finnish diplomat Aino Lehtisalo as a joint EU special envoy for possible Ukraine–Russia negotiations.",
  ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_pl.txt"], 2),
 ("The envoy would get a 12-month mandate and a budget of 4 million euros.",
  ["01_de.txt", "03_pl.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for _, a in relays:
            assert a in arts, (id, a)
        for _, arr, _n in claims:
            for a in arr:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": arr, "independent_sources": n} for t, arr, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 100 (diplomacy and international affairs; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
