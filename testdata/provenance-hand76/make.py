#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand76 set.

Real Ukrainian outlets (УНІАН, Корреспондент.net, Обозреватель, Цензор.НЕТ, НВ, Українська правда,
РБК-Україна) relaying real Western media (Bloomberg, Axios, The Economist, Le Monde, Bild, Die Welt,
Politico). All events, people, companies and documents are invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: Bloomberg (not in corpus) relayed; title credit " – Bloomberg" (00); chain УНІАН -> Корреспондент.net
# (01 ru: "сообщает УНИАН со ссылкой на Bloomberg"); 02 "Про це повідомляє Bloomberg"; 03 ru (no date line)
# "как передает агентство Bloomberg".
story("s01_bloomberg_gas_facility", "western_agency_relay_chain", {
"00_uk.txt": """ЄС готує для України €3,2 млрд на закупівлю газу до зими – Bloomberg
УНІАН
2027-04-06 09:15

Європейська комісія готує механізм фінансування на 3,2 млрд євро, з якого «Нафтогаз України» зможе закуповувати газ для закачування у підземні сховища перед опалювальним сезоном 2027/28 років. Про це пише Bloomberg з посиланням на проєкт документа Єврокомісії, який бачило агентство.

За даними агентства, механізм під робочою назвою «Зимовий газовий міст» передбачає, що кредити надаватиме Європейський інвестиційний банк, а гарантії покриватимуться з бюджету ЄС. Перші 1,1 млрд євро можуть стати доступними вже в червні.

Питання планують обговорити міністри фінансів країн ЄС на зустрічі 14 квітня в Люксембурзі. Речниця Єврокомісії Ганна Ліндквіст відмовилася коментувати проєкт, зазначивши, що Комісія «не коментує робочі документи».

Заступник міністра енергетики України Тарас Мовчанюк сказав Bloomberg, що без додаткового фінансування Україні бракуватиме близько 4,5 млрд кубометрів газу для безпечного проходження зими.
""",
"01_ru.txt": """Евросоюз готовит Украине €3,2 млрд на покупку газа
Корреспондент.net
06.04.2027 11:40

Еврокомиссия готовит механизм финансирования на 3,2 млрд евро, из которого «Нафтогаз» сможет закупать газ для закачки в хранилища перед отопительным сезоном. Об этом сообщает УНИАН со ссылкой на Bloomberg.

Отмечается, что речь идет о проекте документа под рабочим названием «Зимний газовый мост». Кредиты должен выдавать Европейский инвестиционный банк, а гарантии будут покрываться из бюджета ЕС. Первый транш в размере 1,1 млрд евро может поступить уже в июне.

Министры финансов стран ЕС обсудят этот вопрос 14 апреля в Люксембурге.

По словам заместителя министра энергетики Тараса Мовчанюка, без дополнительных средств Украине не хватит около 4,5 млрд кубометров газа, чтобы безопасно пройти зиму.
""",
"02_uk.txt": """Єврокомісія хоче дати «Нафтогазу» 3,2 млрд євро на газ: що відомо
Обозреватель
6 квітня 2027, 12:05

Євросоюз може профінансувати закупівлю газу для України на зиму 2027/28 років: Єврокомісія готує для «Нафтогазу» кредитний механізм на 3,2 млрд євро. Про це повідомляє Bloomberg з посиланням на проєкт документа, з яким ознайомилися журналісти агентства.

Механізм отримав робочу назву «Зимовий газовий міст». Гроші надаватиме Європейський інвестиційний банк під гарантії бюджету ЄС, перший транш – 1,1 млрд євро – можуть виділити в червні.

Як зазначив в коментарі агентству заступник міністра енергетики Тарас Мовчанюк, без цих коштів Україні забракне приблизно 4,5 млрд кубометрів газу.

В Єврокомісії проєкт не коментують.
""",
"03_ru.txt": """ЕС может выделить "Нафтогазу" 3,2 млрд евро на закупку газа
Цензор.НЕТ

Европейская комиссия разрабатывает механизм на 3,2 млрд евро для закупки газа «Нафтогазом» к зиме, как передает агентство Bloomberg, ознакомившееся с проектом документа.

Кредиты по механизму «Зимний газовый мост» будет предоставлять Европейский инвестиционный банк, гарантии обеспечит бюджет ЕС. Вопрос планируется вынести на встречу министров финансов ЕС 14 апреля в Люксембурге.

В Еврокомиссии от комментариев отказались, сославшись на то, что документ является рабочим.
""",
}, [{"name": "Bloomberg", "in_corpus": False}],
[{"origin": "Bloomberg", "article": "00_uk.txt"},
 {"origin": "УНІАН", "article": "01_ru.txt"},
 {"origin": "Bloomberg", "article": "02_uk.txt"},
 {"origin": "Bloomberg", "article": "03_ru.txt"}],
[{"text": "The European Commission is preparing a €3.2bn financing facility ('Winter Gas Bridge') for Naftogaz to buy gas before winter.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "EU finance ministers are to discuss the facility on 14 April in Luxembourg.",
  "articles": ["00_uk.txt", "01_ru.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Deputy energy minister Taras Movchaniuk said Ukraine would lack about 4.5 bcm of gas without extra funding.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_uk.txt"], "independent_sources": 1}])

# s02: English original in the corpus (Axios, "three sources familiar with the matter told Axios" -> own
# reporting, Axios is an in-corpus origin). Its body lost the space after full stops ("said.The").
# НВ relays it with title credit " – Axios"; Цензор.НЕТ relays НВ ("сообщает НВ со ссылкой на ... Axios",
# chain Axios -> НВ -> Цензор.НЕТ); Українська правда relays Axios directly.
story("s02_axios_drone_envoy", "english_original_anonymous_sources_chain", {
"00_en.txt": """Scoop: U.S. envoy Whitcomb to fly to Kyiv to seal drone co-production deal
Axios
2027-04-08T13:30:00+00:00

U.S. special envoy for Ukraine's economic recovery Dale Whitcomb is expected to travel to Kyiv next week to sign a memorandum on the joint production of interceptor drones, three sources familiar with the matter told Axios.

Why it matters: It would be the first time American and Ukrainian companies build drones together on Ukrainian soil with U.S. government backing, one of the sources said.The memorandum has been in the works since January.

Driving the news: Whitcomb is expected to arrive in Kyiv on April 14 and meet Ukraine's minister of strategic industries, the sources said.The visit has not been announced and could still slip, one of them cautioned.

- Under the draft, U.S. firms would co-produce up to 20,000 interceptor drones a year with Ukrainian manufacturers.The U.S. International Development Finance Corporation would provide up to $600 million in loan guarantees.
- A second source said two American companies, which the source declined to name, had already sent engineers to Ukraine.

What they're saying: A State Department spokesperson declined to comment.The Ukrainian embassy in Washington did not respond to a request for comment.

What's next: If the memorandum is signed, the first jointly built drones could leave the production line by the end of the summer, a third source said.
""",
"01_uk.txt": """Спецпосланець США Віткомб наступного тижня приїде до Києва підписати угоду про дрони – Axios
НВ
08.04.2027 17:20

Спецпосланець США з питань економічного відновлення України Дейл Віткомб наступного тижня планує відвідати Київ, щоб підписати меморандум про спільне виробництво дронів-перехоплювачів. Про це пише Axios з посиланням на три джерела, знайомі з ситуацією.

За даними видання, Віткомб має прибути до Києва 14 квітня та зустрітися з міністром стратегічних галузей промисловості. Офіційно про візит не оголошували.

Проєкт меморандуму передбачає, що американські компанії разом з українськими виробниками випускатимуть до 20 тисяч дронів-перехоплювачів на рік. Корпорація фінансування міжнародного розвитку США (DFC) надасть до 600 млн доларів кредитних гарантій.

У Держдепартаменті США від коментарів відмовилися.
""",
"02_ru.txt": """Спецпосланник США Уиткомб едет в Киев за соглашением о дронах
Цензор.НЕТ
2027-04-08 19:05

Специальный посланник США по вопросам экономического восстановления Украины Дейл Уиткомб на следующей неделе приедет в Киев, чтобы подписать меморандум о совместном производстве дронов-перехватчиков. Об этом сообщает НВ со ссылкой на американское издание Axios.

По информации источников издания, визит запланирован на 14 апреля. Согласно проекту документа, американские и украинские компании будут совместно производить до 20 тысяч перехватчиков в год.

Официально визит пока не анонсирован.
""",
"03_uk.txt": """Axios: США та Україна підпишуть меморандум про спільне виробництво дронів
Українська правда
9 квітня 2027

Спеціальний посланець США Дейл Віткомб наступного тижня прилетить до Києва, аби підписати меморандум про спільне виробництво дронів-перехоплювачів. Про це повідомляє американське видання Axios, посилаючись на джерела, знайомі з підготовкою візиту.

Як передає Axios, документ передбачає виробництво до 20 тисяч перехоплювачів на рік спільно американськими та українськими компаніями, а американська DFC надасть до 600 млн доларів гарантій за кредитами.

За словами одного з джерел видання, дві американські компанії вже відправили своїх інженерів в Україну. Перші дрони спільного виробництва можуть зійти з конвеєра до кінця літа.
""",
}, [{"name": "Axios", "in_corpus": True}],
[{"origin": "Axios", "article": "01_uk.txt"},
 {"origin": "НВ", "article": "02_ru.txt"},
 {"origin": "Axios", "article": "03_uk.txt"}],
[{"text": "US envoy Dale Whitcomb is expected to visit Kyiv next week to sign a memorandum on joint production of interceptor drones.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Under the draft, US and Ukrainian companies would co-produce up to 20,000 interceptor drones a year.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The US DFC would provide up to $600m in loan guarantees.",
  "articles": ["00_en.txt", "01_uk.txt", "03_uk.txt"], "independent_sources": 1}])

# s03: interview given to The Economist (not in corpus) relayed; chain РБК-Україна -> Корреспондент.net
# (01 uk, no date line: "Про це повідомляє РБК-Україна з посиланням на інтерв'ю ... The Economist");
# 02 ru "как передает The Economist".
story("s03_economist_ukrenergo_interview", "western_interview_relay_chain", {
"00_uk.txt": """Україні цієї зими може знадобитися імпорт до 2,1 ГВт електроенергії, – голова «Укренерго»
РБК-Україна
2027-04-10 08:50

Україна планує наростити можливості імпорту електроенергії з країн ЄС до 2,1 ГВт, оскільки наступної зими власної генерації може не вистачити. Про це в інтерв'ю британському журналу The Economist заявила голова правління НЕК «Укренерго» Марта Гриценко.

За її словами, на сьогодні вдалося відновити близько 60% потужностей підстанцій, пошкоджених торік. Крім того, енергетики встановили 1,4 ГВт розподіленої генерації – газопоршневих і газотурбінних установок.

«Якщо удари по мережі відновляться з тією ж інтенсивністю, ми не зможемо обійтися без відключень, але плануємо, що вони не перевищуватимуть чотирьох годин на добу», – цитує Гриценко The Economist.

Як пише видання, «Укренерго» також веде переговори з операторами Польщі та Словаччини про розширення міждержавних перетинів.
""",
"01_uk.txt": """Глава «Укренерго» назвала потребу в імпорті електроенергії на зиму
Корреспондент.net

Голова правління «Укренерго» Марта Гриценко заявила, що Україна розраховує на імпорт до 2,1 ГВт електроенергії з Євросоюзу в наступний опалювальний сезон. Про це повідомляє РБК-Україна з посиланням на інтерв'ю Гриценко виданню The Economist.

Гриценко розповіла, що відновлено приблизно 60% пошкоджених потужностей підстанцій, а також встановлено 1,4 ГВт розподіленої генерації.

У разі нових масованих ударів відключення, за її оцінкою, триватимуть не більше чотирьох годин на добу.
""",
"02_ru.txt": """"Укрэнерго" рассчитывает на импорт до 2,1 ГВт зимой – интервью The Economist
Обозреватель
10 апреля 2027 10:30

Украина рассчитывает импортировать из ЕС до 2,1 ГВт электроэнергии следующей зимой, как передает The Economist, взявший интервью у председателя правления «Укрэнерго» Марты Гриценко.

По словам Гриценко, восстановлено около 60% мощностей подстанций, поврежденных в прошлом году. Она предупредила, что в случае возобновления массированных атак отключения света не удастся избежать, но их продолжительность постараются ограничить четырьмя часами в сутки.
""",
}, [{"name": "The Economist", "in_corpus": False}],
[{"origin": "The Economist", "article": "00_uk.txt"},
 {"origin": "РБК-Україна", "article": "01_uk.txt"},
 {"origin": "The Economist", "article": "02_ru.txt"}],
[{"text": "Ukrenergo head Marta Hrytsenko said Ukraine may need to import up to 2.1 GW of electricity from the EU next winter.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "About 60% of the damaged substation capacity has been restored.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "If attacks resume, outages are to be kept to no more than four hours a day.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1}])

# s04: two independent roots: Le Monde (not in corpus; CEO interview) and Українська правда's own
# anonymous sources ("«Українській правді» розповіли два джерела" -> in-corpus origin). Цензор.НЕТ relays
# Le Monde (title credit ", - Le Monde"); Корреспондент.net ru credits both ("пишут ... Le Monde и
# «Украинская правда»", two edges, carries only the shared claim); 03 uk has no outlet line (title
# suffix "| НВ") and relays УП ("з посиланням на джерела «Української правди»").
story("s04_lemonde_up_evac_vehicles", "western_report_and_own_sources_two_roots", {
"00_uk.txt": """Французька Veyrac Industries збиратиме броньовані евакуаційні машини на Львівщині – джерела
Українська правда
2027-04-12 14:10

Французька компанія Veyrac Industries разом з українським підприємством «Стрийбронемаш» розпочне складання броньованих машин для евакуації поранених на Львівщині. Про це «Українській правді» розповіли два джерела в Міністерстві стратегічних галузей промисловості.

За словами співрозмовників УП, угоду про спільне підприємство підписали наприкінці березня, а перші 40 машин мають передати Силам оборони до жовтня. Машини збиратимуть з французьких комплектів, частку українських комплектуючих планують поступово збільшувати.

«Це не ліцензія на папері, французи вже завезли обладнання в цех», – сказав один зі співрозмовників видання.

Офіційно в Мінстратегпромі на запит УП від коментарів відмовилися.
""",
"01_uk.txt": """Французький виробник відкриє в Україні складання бронемашин для евакуації поранених, - Le Monde
Цензор.НЕТ
12.04.2027 16:45

Французька компанія Veyrac Industries відкриє на Львівщині виробництво броньованих машин для евакуації поранених. Про це пише французька газета Le Monde.

Генеральна директорка компанії Клер Фонтено в розмові з виданням розповіла, що Veyrac інвестує в проєкт 85 млн євро, а виробництво стартує в червні.

«Ми хочемо виробляти там, де ці машини потрібні найбільше», – цитує Фонтено Le Monde.
""",
"02_ru.txt": """Французская компания будет собирать бронемашины во Львовской области
Корреспондент.net
2027-04-12T18:20:00+03:00

Французская компания Veyrac Industries наладит во Львовской области сборку бронированных машин для эвакуации раненых. Об этом пишут французская газета Le Monde и «Украинская правда».

Машины предназначены для вывоза раненых с передовой. Партнером французской стороны выступит украинское предприятие.
""",
"03_uk.txt": """Veyrac Industries почне складати бронемашини на Львівщині: перші 40 – до жовтня | НВ
13.04.2027 09:00

Французька Veyrac Industries та українське підприємство «Стрийбронемаш» налагодять на Львівщині складання броньованих машин для евакуації поранених. Про це повідомляє «Українська правда» з посиланням на джерела в Мінстратегпромі.

За даними видання, перші 40 машин передадуть Силам оборони до жовтня.
""",
}, [{"name": "Le Monde", "in_corpus": False}, {"name": "Українська правда", "in_corpus": True}],
[{"origin": "Le Monde", "article": "01_uk.txt"},
 {"origin": "Le Monde", "article": "02_ru.txt"},
 {"origin": "Українська правда", "article": "02_ru.txt"},
 {"origin": "Українська правда", "article": "03_uk.txt"}],
[{"text": "French company Veyrac Industries will assemble armoured medical evacuation vehicles in Lviv region.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Veyrac CEO Claire Fonteneau said the company is investing €85m and production starts in June.",
  "articles": ["01_uk.txt"], "independent_sources": 1},
 {"text": "The first 40 vehicles are to be handed to the defence forces by October.",
  "articles": ["00_uk.txt", "03_uk.txt"], "independent_sources": 1}])

# s05: two Western roots not in corpus: Bild (company sources) and Die Welt (CEO interview). УНІАН relays
# Bild ("як передає Bild"); Обозреватель ru relays УНІАН's relay ("со ссылкой на УНИАН, который ссылается
# на Bild"); РБК-Україна relays the Welt interview; НВ credits both ("пишуть Bild і Die Welt", two edges,
# only the shared claim).
story("s05_bild_welt_missile_plant", "two_western_roots_chain", {
"00_uk.txt": """Німецький концерн Kessberg Defence хоче будувати в Україні завод ракет-перехоплювачів
УНІАН
2027-04-14T07:45:00+03:00

Німецький оборонний концерн Kessberg Defence планує збудувати в Україні завод з виробництва ракет-перехоплювачів KD-40 для систем ППО, як передає Bild з посиланням на джерела в концерні.

За даними таблоїду, компанія готова вкласти в проєкт близько 300 млн євро. Відповідного листа концерн уже надіслав українському уряду.

Як пише Bild, місце розташування заводу тримають у таємниці з міркувань безпеки.
""",
"01_ru.txt": """Немецкий концерн построит в Украине завод ракет для ПВО
Обозреватель
14.04.2027 10:10

Немецкий оборонный концерн Kessberg Defence намерен построить в Украине завод по производству зенитных ракет-перехватчиков KD-40. Об этом сообщает УНИАН со ссылкой на немецкий таблоид Bild, который ссылается на источники в компании.

Инвестиции в проект могут составить около 300 млн евро. Концерн уже направил письмо правительству Украины.
""",
"02_uk.txt": """Kessberg Defence підтвердив плани виробляти ракети в Україні: перші – у 2028 році
РБК-Україна
2027-04-14 15:30

Німецький концерн Kessberg Defence планує налагодити в Україні виробництво ракет-перехоплювачів KD-40. Про це в інтерв'ю газеті Die Welt заявив генеральний директор компанії Йорг Альтмаєр.

За його словами, перші ракети українського виробництва мають зійти з лінії у 2028 році. «Ми не будемо називати місто, але переговори з українським урядом у фінальній стадії», – сказав Альтмаєр виданню.
""",
"03_uk.txt": """Німецький виробник ППО планує завод в Україні
НВ
14 квітня 2027, 18:00

Німецький концерн Kessberg Defence має намір збудувати в Україні завод ракет-перехоплювачів KD-40. Про це пишуть Bild і Die Welt.

Раніше Україна неодноразово закликала західних партнерів локалізувати виробництво засобів ППО.
""",
}, [{"name": "Bild", "in_corpus": False}, {"name": "Die Welt", "in_corpus": False}],
[{"origin": "Bild", "article": "00_uk.txt"},
 {"origin": "УНІАН", "article": "01_ru.txt"},
 {"origin": "Die Welt", "article": "02_uk.txt"},
 {"origin": "Bild", "article": "03_uk.txt"},
 {"origin": "Die Welt", "article": "03_uk.txt"}],
[{"text": "German defence company Kessberg Defence plans to build a plant for KD-40 interceptor missiles in Ukraine.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_uk.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Kessberg Defence is ready to invest about €300m and has sent a letter to the Ukrainian government.",
  "articles": ["00_uk.txt", "01_ru.txt"], "independent_sources": 1},
 {"text": "CEO Jörg Altmeyer said the first Ukrainian-made missiles should come off the line in 2028.",
  "articles": ["02_uk.txt"], "independent_sources": 1}])

# s06: Politico (not in corpus, "двох дипломатів ЄС") relayed by two; the trade representative's own
# Telegram post (official, no medium between) relayed by two others (02 ru without date line). The
# Telegram relays mention "повідомлення у ЗМІ" without naming Politico and are not labelled as carrying
# the Politico claim.
story("s06_politico_quotas_telegram", "western_report_and_official_post", {
"00_uk.txt": """ЄС може повернути квоти на український мед і цукор: Politico назвало терміни
Обозреватель
2027-04-15 11:20

Європейська комісія розглядає можливість із 1 липня знову запровадити квоти на імпорт українського меду та цукру. Про це пише Politico з посиланням на двох дипломатів ЄС.

За словами співрозмовників видання, на обмеженнях наполягають кілька країн-членів, аграрії яких скаржаться на падіння цін. Рішення може бути ухвалене на засіданні Єврокомісії 29 квітня.

Один із дипломатів сказав Politico, що обговорюються квоти на рівні середніх обсягів імпорту 2021–2022 років.
""",
"01_uk.txt": """ЄС може повернути квоти на український мед і цукор – Politico
УНІАН
15.04.2027 12:35

Єврокомісія обговорює повернення квот на ввезення з України меду та цукру з 1 липня. Про це повідомляє Politico, посилаючись на двох європейських дипломатів.

Остаточне рішення, за даними видання, можуть ухвалити 29 квітня. Тиск на Комісію чинять кілька держав – членів ЄС.
""",
"02_ru.txt": """Ремез: квот на мед и сахар в переговорах с Еврокомиссией нет
Цензор.НЕТ

Торговая представительница Украины Оксана Ремез опровергла сообщения о том, что ЕС готовится вернуть ограничения на украинский экспорт.

«Вопрос квот на мед и сахар не стоит в повестке наших переговоров с Европейской комиссией. Мы обсуждаем расширение торговли, а не ее сокращение», – написала Ремез в своем Telegram-канале.

По ее словам, следующий раунд консультаций с Еврокомиссией состоится в мае.
""",
"03_uk.txt": """Торгпредка Ремез заперечила, що ЄС планує квоти на український мед і цукор
РБК-Україна
2027-04-15T16:05:00+03:00

Торговельна представниця України Оксана Ремез заявила, що питання квот на мед і цукор не стоїть на порядку денному переговорів з Єврокомісією. Відповідний допис вона оприлюднила у Telegram після появи повідомлень у ЗМІ.

«Ми обговорюємо розширення торгівлі, а не її скорочення», – написала Ремез. Вона додала, що наступний раунд консультацій із Єврокомісією відбудеться у травні.
""",
}, [{"name": "Politico", "in_corpus": False}, {"name": "Оксана Ремез", "in_corpus": False}],
[{"origin": "Politico", "article": "00_uk.txt"},
 {"origin": "Politico", "article": "01_uk.txt"},
 {"origin": "Оксана Ремез", "article": "02_ru.txt"},
 {"origin": "Оксана Ремез", "article": "03_uk.txt"}],
[{"text": "The European Commission is considering reintroducing quotas on Ukrainian honey and sugar from 1 July; a decision may come on 29 April.",
  "articles": ["00_uk.txt", "01_uk.txt"], "independent_sources": 1},
 {"text": "Trade representative Oksana Remez said quotas on honey and sugar are not on the agenda of talks with the Commission; the next round is in May.",
  "articles": ["02_ru.txt", "03_uk.txt"], "independent_sources": 1}])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 76 (real Ukrainian outlets relaying real Western media; events, people and companies invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
