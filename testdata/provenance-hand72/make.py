#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand72 set.

Real media names (Russian, Ukrainian, exile and international outlets, Telegram channels);
every event, person, company and quotation is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: Telegram channel Baza (outside) -> RBC (ru) -> Ukrainska Pravda (uk, "як повідомляє
# російське видання РБК з посиланням на Telegram-канал Baza") -> The Kyiv Independent (en,
# "Ukrainska Pravda reported, citing Russian media"): a chain of three. Kommersant credits Baza and
# adds its own source in the security services (two roots in one article).
story("s01_baza_belgorod_official", "chain", {
"00_ru.txt": """В Белгороде задержали замминистра строительства региона по делу о взятке
РБК
2027-05-11 09:42

Заместителя министра строительства Белгородской области Вадима Стрельцова задержали в среду утром по подозрению в получении взятки в особо крупном размере. Об этом сообщил Telegram-канал Baza.

По данным канала, Стрельцов мог получить 18 млн руб. от подрядчика, который устанавливал модульные бетонные укрытия на автобусных остановках Белгорода и Шебекино. Задержание проводили сотрудники ФСБ, в служебном кабинете и квартире чиновника прошли обыски.

Baza пишет, что речь идет о контрактах на общую сумму 240 млн руб., заключенных в 2026 году. Часть укрытий, как утверждает канал, была установлена с нарушением проекта: стенки бетонных блоков оказались тоньше заявленных.

РБК направил запрос в министерство строительства Белгородской области. Стрельцов занимает должность с 2024 года, до этого он руководил областным управлением капитального строительства.
""",
"01_uk.txt": """У Бєлгороді затримали заступника міністра, який відповідав за укриття на зупинках, — росЗМІ
Українська правда
11.05.2027 11:20

У російському Бєлгороді затримали заступника міністра будівництва Бєлгородської області Вадима Стрельцова, якого підозрюють в отриманні хабара в особливо великому розмірі. Про це повідомляє російське видання РБК з посиланням на Telegram-канал Baza.

За даними видання, чиновник міг отримати 18 млн рублів від підрядника, який встановлював модульні бетонні укриття на зупинках громадського транспорту в Бєлгороді та Шебекиному. У його кабінеті та квартирі провели обшуки співробітники ФСБ.

Як пише РБК, ідеться про контракти на 240 млн рублів, укладені у 2026 році. Частину укриттів нібито встановили з порушенням проєкту — стінки бетонних блоків виявилися тоншими, ніж зазначено в документах.

Модульні укриття на зупинках у Бєлгородській області почали встановлювати у 2024 році.
""",
"02_en.txt": """Russian official in charge of Belgorod bus-stop shelters detained over bribe, Ukrainska Pravda reports
The Kyiv Independent
2027-05-11T13:05:00+00:00

Russian security services have detained Vadim Streltsov, deputy construction minister of Russia's Belgorod Oblast, on suspicion of taking a large bribe, Ukrainska Pravda reported on May 11, citing Russian media.

According to Ukrainska Pravda, Streltsov allegedly received 18 million rubles from a contractor that installed modular concrete shelters at bus stops in Belgorod and Shebekino. His office and apartment were searched by FSB officers.

The contracts in question were worth a combined 240 million rubles and were signed in 2026, the outlet wrote. Some of the shelters were allegedly built with thinner concrete walls than the design required.

The Kyiv Independent could not independently verify the report.
""",
"03_ru.txt": """Замминистра строительства Белгородской области задержан ФСБ
Коммерсантъ
2027-05-11 14:10

В среду в Белгороде задержан заместитель министра строительства области Вадим Стрельцов. Первым о задержании сообщил Telegram-канал Baza.

Источник “Ъ” в силовых структурах подтвердил, что чиновник доставлен в региональное управление ФСБ, а против него возбуждено уголовное дело по ч. 6 ст. 290 УК РФ (получение взятки в особо крупном размере), которая предусматривает до 15 лет лишения свободы.

По словам собеседника “Ъ”, поводом для дела стали показания директора подрядной организации, задержанного еще в марте. В ближайшие дни следствие намерено ходатайствовать об аресте Стрельцова.

В министерстве строительства Белгородской области на запрос “Ъ” на момент публикации не ответили.
""",
}, [("Baza", False), ("Коммерсантъ", True)],
[("Baza", "00_ru.txt"), ("РБК", "01_uk.txt"), ("Українська правда", "02_en.txt"), ("Baza", "03_ru.txt")],
[("Belgorod region deputy construction minister Vadim Streltsov was detained by the FSB on suspicion of bribery.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 2),
 ("Streltsov allegedly received 18 million rubles from a contractor that installed bus-stop shelters.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt"], 1)])

# s02: two Telegram channels (Mash, Shot) and a district head's Telegram post as three separate
# outside origins. Meduza credits both channels; RIA Novosti quotes the district head's post;
# RBC-Ukraine credits Shot ("як повідомляє російський Telegram-канал Shot"); The Moscow Times
# credits Mash.
story("s02_mash_shot_oil_depot", "telegram_multi", {
"00_ru.txt": """В Воронежской области ночью загорелась нефтебаза. Что известно
Медуза
2027-05-14T08:15:00+03:00

Ночью 14 мая в поселке Верхняя Ольшанка Воронежской области загорелась нефтебаза «Ольшанка-Транс». Об этом сообщили Telegram-каналы Mash и Shot.

По данным Shot, местные жители около трех часов ночи слышали несколько взрывов, после чего над территорией нефтебазы поднялся столб огня.

Mash пишет, что горят два резервуара с дизельным топливом объемом по две тысячи кубометров каждый, а площадь пожара составляет около 1500 квадратных метров. По версии канала, нефтебазу атаковали беспилотники.

Официальные власти на момент публикации причину пожара не называли.
""",
"01_ru.txt": """Глава Ольшанского района сообщил о пожаре на нефтебазе
РИА Новости
14.05.2027 09:30

Пожар произошел на нефтебазе в поселке Верхняя Ольшанка Воронежской области, пострадавших нет, сообщил глава Ольшанского района Андрей Кулешов.

«Ночью на территории нефтебазы произошло возгорание. Пострадавших нет, угрозы жилым домам нет. На месте работают все экстренные службы», — написал Кулешов в своем Telegram-канале.

По его словам, жителей ближайшей к нефтебазе улицы Садовой временно разместили в здании сельской школы. Причину возгорания глава района не назвал.
""",
"02_uk.txt": """У Воронезькій області після вибухів палає нафтобаза — Shot
РБК-Україна
14.05.2027 10:05

У селищі Верхня Ольшанка Воронезької області Росії вночі 14 травня спалахнула пожежа на нафтобазі. Як повідомляє російський Telegram-канал Shot, місцеві жителі близько третьої ночі чули кілька вибухів.

На відео, яке оприлюднив канал, видно великий стовп вогню над територією підприємства, а також пожежні машини на під'їзді до нього.

Офіційно причину пожежі російська влада не називає.
""",
"03_en.txt": """Oil Depot Ablaze in Voronezh Region After Reported Drone Attack
The Moscow Times
14 May 2027 11:30

A fire broke out at an oil depot in the village of Verkhnyaya Olshanka in Russia's Voronezh region early on Thursday, the pro-Kremlin Telegram channel Mash reported, saying the facility had been struck by drones.

According to Mash, two diesel tanks holding 2,000 cubic meters each were burning, with the fire covering an area of around 1,500 square meters.

Voronezh is one of several Russian border regions where fuel facilities have caught fire in recent months.
""",
}, [("Mash", False), ("Shot", False), ("Андрей Кулешов", False)],
[("Mash", "00_ru.txt"), ("Shot", "00_ru.txt"), ("Андрей Кулешов", "01_ru.txt"), ("Shot", "02_uk.txt"), ("Mash", "03_en.txt")],
[("A fire broke out overnight at an oil depot in Verkhnyaya Olshanka, Voronezh region.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 3),
 ("Nobody was hurt and residents of the nearest street were moved to a village school.",
  ["01_ru.txt"], 1),
 ("A video shows a column of fire over the depot and fire engines approaching it.",
  ["02_uk.txt"], 1)])

# s03: own investigation by the exile outlet Важные истории (iStories): "Это выяснили журналисты
# «Важных историй»", residents "с которыми поговорили «Важные истории»". Relayed by UNIAN ("пише
# російське незалежне видання «Важливі історії»"), Kyiv Post ("iStories (Vazhnye Istorii)
# reported") and Novaya Gazeta Europe (no outlet line, title suffix).
story("s03_istories_mariupol_contracts", "own_investigation", {
"00_ru.txt": """Дочь сенатора и миллиарды Мариуполя: как семья Шаламова зарабатывает на «восстановлении»
Важные истории
18.05.2027 07:00

Компания «Азовстройинвест», которой с 2025 года владеет дочь сенатора Виктора Шаламова Алина, получила контракты на ремонт жилых домов в оккупированном Мариуполе на 2,3 млрд рублей. Это выяснили журналисты «Важных историй», изучив данные портала госзакупок и выписки из ЕГРЮЛ.

Все 14 контрактов заключены без конкурса — по решению назначенной Россией городской администрации, которая сослалась на «чрезвычайные обстоятельства». Как минимум в шести домах, которые по документам уже отремонтированы, жители, с которыми поговорили «Важные истории», сказали, что ремонт даже не начинался. «Крыша течет так же, как течет с 2022 года», — рассказала жительница дома на проспекте Мира.

До 2025 года «Азовстройинвест» не строил ничего крупнее складов в Ростовской области: выручка компании за 2024 год составила 31 млн рублей.

Сенатор Шаламов и его дочь не ответили на вопросы «Важных историй».
""",
"01_uk.txt": """Доньці російського сенатора віддали 2,3 млрд рублів на «відбудову» Маріуполя — розслідування
УНІАН
2027-05-18 10:25

Компанія доньки російського сенатора Віктора Шаламова отримала контракти на ремонт житлових будинків в окупованому Маріуполі на 2,3 млрд рублів. Про це пише російське незалежне видання «Важливі історії».

За даними журналістів, усі 14 контрактів фірма «Азовстройінвест» уклала без конкурсу. Мешканці щонайменше шести будинків, які за документами вже відремонтовані, розповіли виданню, що ремонт навіть не починався.

Як зазначають «Важливі історії», ще у 2024 році виручка компанії становила лише 31 млн рублів, а її досвід обмежувався будівництвом складів у Ростовській області.
""",
"02_en.txt": """Russian senator's daughter won $28 million in no-bid Mariupol contracts, iStories reports
Kyiv Post
2027-05-18T12:40:00+00:00

A construction firm owned by the daughter of Russian senator Viktor Shalamov has received 2.3 billion rubles (about $28 million) in no-bid contracts to repair apartment blocks in occupied Mariupol, the exiled Russian investigative outlet iStories (Vazhnye Istorii) reported on Tuesday.

All 14 contracts were awarded to the company, Azovstroyinvest, without a tender, iStories found. Residents of at least six buildings listed as repaired told the outlet's journalists that work had never started.

Before 2025 the company had built little more than warehouses in Russia's Rostov region, with 2024 revenue of 31 million rubles, according to the investigation. Shalamov and his daughter did not respond to iStories' questions.
""",
"03_ru.txt": """Компания дочери сенатора Шаламова получила 2,3 млрд рублей на ремонт домов в Мариуполе — «Важные истории» | Новая газета Европа
18.05.2027 15:00

Фирма «Азовстройинвест», принадлежащая дочери сенатора Виктора Шаламова, получила без конкурса 14 контрактов на ремонт жилых домов в оккупированном Мариуполе на общую сумму 2,3 млрд рублей, сообщают «Важные истории».

По данным издания, в 2024 году выручка компании составляла 31 млн рублей. Жители нескольких домов, числящихся отремонтированными, рассказали журналистам, что ремонт в них не начинался.
""",
}, [("Важные истории", True)],
[("Важные истории", "01_uk.txt"), ("Важные истории", "02_en.txt"), ("Важные истории", "03_ru.txt")],
[("A company owned by senator Viktor Shalamov's daughter received 2.3 billion rubles in no-bid contracts to repair housing in occupied Mariupol.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Residents of buildings listed as repaired said the repairs never started.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("The company's 2024 revenue was 31 million rubles.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1)])

# s04: Meduza's own scoop from "два источника, близких к Кремлю" (in-corpus origin), relayed by
# NV ("пише російське видання «Медуза» з посиланням на два джерела, близькі до Кремля") and The
# Kyiv Independent ("Meduza reported, citing two sources close to the Kremlin"). Kommersant
# independently reports the plan from its own sources without crediting Meduza (second root).
story("s04_meduza_kremlin_sources_assets", "anonymous_sources", {
"00_ru.txt": """В Кремле решили создать госкорпорацию для активов ушедших западных компаний. Ее может возглавить Олег Ветров
Медуза
2027-05-20 12:00

Администрация президента готовит указ о создании государственной корпорации «Национальные активы», которая получит в управление имущество западных компаний, переданное во временное управление государства. Об этом «Медузе» рассказали два источника, близких к Кремлю, и собеседник в правительстве.

По словам одного из собеседников «Медузы», возглавить госкорпорацию должен Олег Ветров, нынешний заместитель руководителя Росимущества. «Кандидатура согласована, вопрос только в сроках», — сказал источник, близкий к администрации президента.

Указ может быть подписан до конца июня, утверждают собеседники издания. Другой источник, близкий к Кремлю, объяснил, что «временное управление» давно перестало быть временным и нужна структура, которая сможет продавать активы «дружественным» покупателям.

В Кремле на запрос «Медузы» не ответили.
""",
"01_uk.txt": """У Кремлі готують держкорпорацію для активів західних компаній — «Медуза»
NV
20.05.2027 14:35

Адміністрація президента Росії готує указ про створення державної корпорації «Національні активи», яка отримає в управління майно західних компаній, передане в так зване тимчасове управління. Про це пише російське видання «Медуза» з посиланням на два джерела, близькі до Кремля.

За даними видання, очолити держкорпорацію має Олег Вєтров, нині заступник керівника Росмайна. Указ можуть підписати до кінця червня.

Співрозмовники «Медузи» пояснюють, що нова структура зможе продавати активи «дружнім» покупцям.
""",
"02_en.txt": """Kremlin plans state corporation to manage seized Western assets, Meduza reports
The Kyiv Independent
2027-05-20T15:10:00+00:00

The Russian presidential administration is preparing a decree to create a state corporation that would take over assets of Western companies placed under "temporary management" by the state, the independent Russian outlet Meduza reported on May 20, citing two sources close to the Kremlin and one in the government.

The corporation, to be called National Assets, would be headed by Oleg Vetrov, currently deputy head of Russia's federal property agency Rosimushchestvo, according to Meduza's sources. The decree could be signed by the end of June.

The Kremlin did not respond to Meduza's request for comment.
""",
"03_ru.txt": """Временное управление станет постоянным
Коммерсантъ
21.05.2027 06:50

Правительство прорабатывает создание единой структуры для управления активами иностранных компаний, переданными во временное управление Росимущества. Как рассказал “Ъ” федеральный чиновник, знакомый с ходом обсуждения, речь идет о государственной корпорации, которой передадут доли как минимум в 40 компаниях.

Источник “Ъ” в Росимуществе подтвердил, что проект соответствующего указа уже направлен на согласование в профильные ведомства. По его словам, основная задача новой структуры — подготовка активов к продаже.

Кандидатуру руководителя госкорпорации собеседники “Ъ” не назвали.
""",
}, [("Медуза", True), ("Коммерсантъ", True)],
[("Медуза", "01_uk.txt"), ("Медуза", "02_en.txt")],
[("Russian authorities are preparing to create a state corporation to manage Western companies' assets under temporary state management.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 2),
 ("Oleg Vetrov, deputy head of Rosimushchestvo, is to head the corporation.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt"], 1),
 ("Stakes in at least 40 companies would be transferred to the corporation.",
  ["03_ru.txt"], 1)])

# s05: an emergencies ministry regional office's own release (origin: the institution) taken
# directly by TASS and RIA Novosti; Interfax's own source in the emergency services (second root);
# Glavcom ("як повідомляє російське агентство ТАСС") and Reuters ("TASS reported, citing ...")
# relay TASS (in corpus). Reuters has no date line.
story("s05_mchs_footbridge_collapse", "official_statement", {
"00_ru.txt": """Пешеходный мост обрушился в Ярославской области, пострадали два человека
ТАСС
22.05.2027 17:40

Пешеходный подвесной мост через реку Туношонку в селе Заречное Ярославского района обрушился в пятницу днем, два человека пострадали. Об этом говорится в сообщении ГУ МЧС России по Ярославской области, опубликованном на сайте ведомства.

«В 15:20 поступило сообщение об обрушении пролета пешеходного моста. Двое взрослых упали в воду, они извлечены спасателями и госпитализированы с переохлаждением и ушибами», — говорится в сообщении.

На месте работали 18 человек и шесть единиц техники, уточнили в ведомстве.
""",
"01_ru.txt": """В Ярославской области рухнул пешеходный мост, два человека в больнице
РИА Новости
2027-05-22 17:55

Пролет пешеходного моста через реку Туношонку обрушился в селе Заречное под Ярославлем, двое взрослых упали в воду и госпитализированы, сообщает пресс-служба регионального ГУ МЧС.

По данным ведомства, пострадавших извлекли из воды спасатели, у них переохлаждение и ушибы. К ликвидации последствий привлекли 18 человек и шесть единиц техники.
""",
"02_ru.txt": """Обрушившийся в Ярославской области мост больше года ждал ремонта — источник
Интерфакс
2027-05-22T19:10:00+03:00

Пешеходный мост в селе Заречное Ярославского района, пролет которого обрушился в пятницу, еще в феврале 2026 года был признан аварийным, сообщил «Интерфаксу» источник в экстренных службах региона.

«Мост признали аварийным, ремонт планировали на прошлое лето, но деньги так и не выделили», — сказал собеседник агентства.

По его словам, у входа на мост стояла табличка с запретом прохода, однако местные жители продолжали им пользоваться, потому что другой дороги к остановке автобуса нет.
""",
"03_uk.txt": """У Ярославській області Росії обвалився міст, двоє людей у лікарні
Главком
22.05.2027 20:30

У селі Заріччя Ярославського району Росії в п'ятницю обвалився проліт пішохідного підвісного мосту через річку Туношонку. Двоє дорослих упали у воду, їх госпіталізували з переохолодженням і забоями, як повідомляє російське агентство ТАСС з посиланням на МНС.

За даними агентства, на місці працювали 18 рятувальників і шість одиниць техніки.
""",
"04_en.txt": """Footbridge collapses in Russia's Yaroslavl region, two hurt - TASS
Reuters

A section of a pedestrian suspension bridge over the Tunoshonka river collapsed in the village of Zarechnoye near Yaroslavl on Friday, sending two adults into the water, Russian state news agency TASS reported, citing the regional emergencies ministry.

Both were pulled out by rescuers and taken to hospital with hypothermia and bruises, TASS said.
""",
}, [("ГУ МЧС России по Ярославской области", False), ("Интерфакс", True)],
[("ГУ МЧС России по Ярославской области", "00_ru.txt"), ("ГУ МЧС России по Ярославской области", "01_ru.txt"),
 ("ТАСС", "03_uk.txt"), ("ТАСС", "04_en.txt")],
[("A span of a pedestrian bridge over the Tunoshonka collapsed in Zarechnoye, Yaroslavl region.",
  ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], 2),
 ("Two adults fell into the water and were hospitalised with hypothermia and bruises.",
  ["00_ru.txt", "01_ru.txt", "03_uk.txt", "04_en.txt"], 1),
 ("The bridge had been declared unsafe in February 2026 but money for repairs was never allocated.",
  ["02_ru.txt"], 1)])

# s06: Telegram channel Mash (outside) -> Lenta.ru; 24 Kanal publishes a close Ukrainian
# translation of Lenta.ru's text crediting only «пишуть російські ЗМІ» (no date line): edge from
# Lenta.ru. Fontanka's correspondent at the hospital is an independent in-corpus origin.
story("s06_mash_camp_poisoning", "copy", {
"00_ru.txt": """В детском лагере под Петербургом массово отравились дети
Lenta.ru
08.06.2027 10:15

В детском оздоровительном лагере «Сосновая поляна» в Приозерском районе Ленинградской области массово отравились дети. Об этом сообщает Telegram-канал Mash.

По данным канала, с симптомами кишечной инфекции — рвотой и высокой температурой — в больницу Приозерска доставили 27 детей в возрасте от 9 до 14 лет. Накануне вечером на ужин им подавали творожную запеканку со сметаной, которая, как предполагают родители, и стала причиной отравления.

Смена в лагере началась 1 июня, всего в нем отдыхают около 300 детей.
""",
"01_uk.txt": """Під Петербургом у дитячому таборі масово отруїлися діти: 27 госпіталізовано
24 Канал

У дитячому оздоровчому таборі «Соснова галявина» в Приозерському районі Ленінградської області масово отруїлися діти, пишуть російські ЗМІ.

З симптомами кишкової інфекції — блюванням і високою температурою — до лікарні Приозерська доставили 27 дітей віком від 9 до 14 років. Напередодні ввечері на вечерю їм подавали сирну запіканку зі сметаною, яка, як припускають батьки, і стала причиною отруєння.

Зміна в таборі почалася 1 червня, загалом у ньому відпочивають близько 300 дітей.
""",
"02_ru.txt": """«Нам позвонили только через двенадцать часов»: что происходит в Приозерске после отравления в лагере
Фонтанка
2027-06-08 16:20

Корреспондент «Фонтанки» провел день у Приозерской межрайонной больницы, куда из лагеря «Сосновая поляна» доставили детей с кишечной инфекцией. Главный врач больницы Ирина Лаптева подтвердила «Фонтанке», что к вечеру 8 июня в стационаре находится 31 ребенок, состояние всех оценивается как средней тяжести.

Родители, которые приехали в Приозерск из Петербурга, рассказали нашему корреспонденту, что администрация лагеря сообщила им о случившемся только через двенадцать часов после того, как первых детей увезли на скорой. «Я узнала из родительского чата, а не от вожатых», — сказала «Фонтанке» мать десятилетней девочки.

В лагере на вопросы «Фонтанки» отвечать отказались и переадресовали их в комитет по образованию Ленинградской области.
""",
}, [("Mash", False), ("Фонтанка", True)],
[("Mash", "00_ru.txt"), ("Lenta.ru", "01_uk.txt")],
[("Children at the Sosnovaya Polyana summer camp in the Priozersk district were hospitalised after a mass poisoning.",
  ["00_ru.txt", "01_uk.txt", "02_ru.txt"], 2),
 ("A cottage-cheese casserole served at dinner is suspected by parents as the cause.",
  ["00_ru.txt", "01_uk.txt"], 1),
 ("Parents were told only twelve hours after the first children were taken to hospital.",
  ["02_ru.txt"], 1)])


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
        names = set(arts)
        for o, a in relays:
            assert a in names, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in names, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 72 (real outlet names, invented events and people); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
