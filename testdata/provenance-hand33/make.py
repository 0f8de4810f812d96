#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand33 set.
Events, people, companies and places are invented; the outlets are real media names."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: TASS (not in corpus) relayed by five articles. Traps: Meduza here is only a relay;
# RBC-Ukraine is not RBC; Interfax-Ukraine credits TASS (the origin is not "Interfax");
# "пишуть російські ЗМІ" generic credit followed by the named agency.
story("r01_tass_airport_closure", "agency", {
"00_ru.txt": """Аэропорт Ключанска закроют на реконструкцию на 14 месяцев
Медуза
2027-03-02T08:40:00+00:00

Аэропорт Ключанска прекратит принимать рейсы с 1 апреля и будет закрыт на реконструкцию на 14 месяцев, сообщает ТАСС.

Как заявил агентству министр транспорта Ключанской области Олег Дрожжин, за время реконструкции взлетно-посадочную полосу удлинят до 3200 метров, а старый терминал снесут. Стоимость работ оценивается в 9,6 млрд рублей.

Рейсы на время закрытия перенесут в аэропорт Ольховска, который находится в 180 километрах от Ключанска. По словам Дрожжина, между городами запустят бесплатные автобусы.
""",
"01_uk.txt": """У Росії на 14 місяців закривають аеропорт Ключанська
РБК-Україна
02.03.2027 11:15

Аеропорт російського Ключанська з 1 квітня припинить приймати рейси і буде закритий на реконструкцію на 14 місяців. Про це пишуть російські ЗМІ.

Як повідомляє російське державне агентство ТАСС, рейси на цей час перенесуть до аеропорту Ольховська, що за 180 кілометрів від Ключанська. Про це агентству заявив міністр транспорту Ключанської області Олег Дрожжин.

За його словами, між двома містами курсуватимуть безкоштовні автобуси.
""",
"02_uk.txt": """Росіяни закривають аеропорт Ключанська на реконструкцію
Укрінформ
2027-03-02 12:30

У Ключанській області РФ з 1 квітня на 14 місяців закривають місцевий аеропорт. Про це повідомляє Укрінформ з посиланням на російське агентство ТАСС.

За даними агентства, під час реконструкції злітно-посадкову смугу подовжать до 3200 метрів, а старий термінал знесуть. Вартість робіт оцінюють у 9,6 млрд рублів.
""",
"03_uk.txt": """Аеропорт російського Ключанська закриють на 14 місяців – ТАСС
Інтерфакс-Україна
Tue, 02 Mar 2027 13:05:00 +0200

Аеропорт Ключанська з 1 квітня закриють на реконструкцію строком на 14 місяців, передає російське агентство ТАСС з посиланням на міністра транспорту Ключанської області Олега Дрожжина.

Як зазначається, злітно-посадкову смугу аеропорту подовжать до 3200 м. Вартість робіт агентство оцінює у 9,6 млрд рублів.
""",
"04_en.txt": """Russian regional airport to shut for 14 months for overhaul - TASS
Reuters
2027-03-02T14:20:00Z

The airport of the Russian city of Klyuchansk will stop handling flights on April 1 and close for 14 months of reconstruction, Russian state news agency TASS reported on Tuesday, citing regional transport minister Oleg Drozhzhin.

Flights will be moved to the airport of Olkhovsk, 180 km (112 miles) away, TASS quoted Drozhzhin as saying. The runway will be extended to 3,200 metres and the old terminal demolished, at a cost of 9.6 billion roubles, according to the agency.
""",
},
[("TASS", False)],
[("TASS", "00_ru.txt"), ("TASS", "01_uk.txt"), ("TASS", "02_uk.txt"), ("TASS", "03_uk.txt"), ("TASS", "04_en.txt")],
[("Klyuchansk airport will close for reconstruction for 14 months from April 1.",
  ["00_ru.txt", "01_uk.txt", "02_uk.txt", "03_uk.txt", "04_en.txt"], 1),
 ("The runway will be extended to 3,200 metres; the works are estimated at 9.6 billion roubles.",
  ["00_ru.txt", "02_uk.txt", "03_uk.txt", "04_en.txt"], 1),
 ("During the closure flights will be moved to Olkhovsk airport, 180 km away.",
  ["00_ru.txt", "01_uk.txt", "04_en.txt"], 1)])

# r02: chain ru -> uk -> de. Mediazona's own count ("Как выяснила «Медиазона»", relative
# "рассказала «Медиазоне»"); Ukrainska Pravda credits Mediazona; DW (no outlet line, title suffix
# "| DW", German date) credits Ukrainska Pravda "unter Berufung auf" Mediazona -> edge from
# Ukrainska Pravda.
story("r02_chain_colony_deaths", "chain", {
"00_ru.txt": """В колонии №7 в Сольвинской области за год умерли 19 заключенных
Медиазона
2027-04-12T07:00:00+00:00

Как выяснила «Медиазона», в 2026 году в исправительной колонии №7 в поселке Заречный Сольвинской области умерли по меньшей мере 19 заключенных. Годом ранее, в 2025 году, в этой колонии умерли шесть человек.

«Медиазона» проанализировала решения Сольвинского районного суда по искам родственников заключенных, а также книгу захоронений поселкового кладбища, где хоронят невостребованные тела. Двенадцать из 19 умерших были младше 40 лет.

«Брату было 33 года, он никогда не жаловался на сердце. Нам сказали — острая сердечная недостаточность», — рассказала «Медиазоне» сестра одного из погибших Елена К.

В управлении ФСИН по Сольвинской области на запрос «Медиазоны» не ответили.
""",
"01_uk.txt": """У російській колонії за рік померли 19 ув'язнених – «Медіазона»
Українська правда
12.04.2027 10:40

У виправній колонії №7 у Сольвинській області Росії у 2026 році померли щонайменше 19 ув'язнених. Про це повідомляє російське видання «Медіазона».

Роком раніше в цій колонії померли шестеро людей. Журналісти видання проаналізували рішення місцевого суду та книгу поховань селищного кладовища. Дванадцятеро з померлих були молодшими за 40 років.

У регіональному управлінні ФСВП Росії на запит видання не відповіли.
""",
"02_de.txt": """Russland: 19 Tote in einer Strafkolonie binnen eines Jahres | DW
12. April 2027

In der russischen Strafkolonie Nr. 7 im Gebiet Solwinsk sind im Jahr 2026 mindestens 19 Häftlinge gestorben. Das berichtet die ukrainische Internetzeitung Ukrajinska Prawda unter Berufung auf das russische Portal Mediasona.

Im Jahr zuvor seien in der Kolonie sechs Gefangene gestorben. Die Angaben ließen sich zunächst nicht unabhängig überprüfen.
""",
},
[("Mediazona", True)],
[("Mediazona", "01_uk.txt"), ("Ukrainska Pravda", "02_de.txt")],
[("At least 19 inmates died in penal colony No. 7 in the Solvinsk region in 2026.",
  ["00_ru.txt", "01_uk.txt", "02_de.txt"], 1),
 ("Six inmates died in the same colony in 2025.",
  ["00_ru.txt", "01_uk.txt", "02_de.txt"], 1),
 ("Twelve of the 19 dead were younger than 40.",
  ["00_ru.txt", "01_uk.txt"], 1)])

# r03: Meduza investigation (own: leaked registry data, corporate documents) relayed by NV
# ("повідомляє російське видання «Медуза»"), Bloomberg ("according to the independent Russian
# outlet Meduza") and Der Spiegel (no date line; "berichtet das russische Exilmedium Meduza").
story("r03_investigation_dubai_flats", "investigation", {
"00_ru.txt": """Семья главы «Росводоканал-Инвеста» владеет тремя квартирами в Дубае. Расследование «Медузы»
Медуза
2027-05-18T06:00:00+00:00

Семья генерального директора государственной компании «Росводоканал-Инвест» Андрея Белецкого владеет тремя квартирами в Дубае общей стоимостью около 8,4 миллиона долларов. Это выяснила «Медуза», изучив утекшие данные земельного департамента Дубая и документы компании-покупателя.

Квартиры в 2024 году купила зарегистрированная в ОАЭ компания Palm Crest Holdings. Ее единственная владелица, согласно корпоративным документам, с которыми ознакомилась «Медуза», — жена Белецкого Ирина.

В декларации о доходах за 2025 год Белецкий не указал никакой зарубежной недвижимости — ни своей, ни супруги. Белецкий и пресс-служба «Росводоканал-Инвеста» не ответили на вопросы «Медузы».
""",
"01_uk.txt": """Родина голови російської держкомпанії має три квартири в Дубаї – розслідування
NV
18.05.2027 10:20

Родина генерального директора російської державної компанії «Росводоканал-Інвест» Андрія Білецького володіє трьома квартирами в Дубаї загальною вартістю близько 8,4 млн доларів. Про це повідомляє російське видання «Медуза», яке опублікувало розслідування.

За даними «Медузи», квартири у 2024 році придбала зареєстрована в ОАЕ компанія Palm Crest Holdings, єдиною власницею якої є дружина Білецького Ірина.
""",
"02_en.txt": """Russian State Water Firm Chief's Family Owns $8.4 Million of Dubai Property, Meduza Says
Bloomberg
2027-05-18T12:05:00Z

The family of Andrei Beletsky, chief executive of Russian state-owned company Rosvodokanal-Invest, owns three apartments in Dubai worth about $8.4 million, according to the independent Russian outlet Meduza.

Beletsky didn't list any foreign property in his 2025 income declaration, Meduza said, citing its review of leaked Dubai Land Department data. Meduza said Beletsky and the company didn't respond to its questions.
""",
"03_de.txt": """Drei Wohnungen in Dubai: Recherche belastet russischen Staatsmanager
Der Spiegel

Die Familie von Andrej Belezki, Chef des russischen Staatskonzerns Rosvodokanal-Invest, besitzt drei Wohnungen in Dubai im Wert von rund 8,4 Millionen Dollar. Das berichtet das russische Exilmedium Meduza.

Gekauft habe die Wohnungen im Jahr 2024 die in den Vereinigten Arabischen Emiraten registrierte Firma Palm Crest Holdings, deren einzige Eigentümerin Belezkis Ehefrau Irina sei, so Meduza unter Berufung auf Firmenunterlagen.
""",
},
[("Meduza", True)],
[("Meduza", "01_uk.txt"), ("Meduza", "02_en.txt"), ("Meduza", "03_de.txt")],
[("The family of Rosvodokanal-Invest chief Andrei Beletsky owns three apartments in Dubai worth about $8.4 million.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("The apartments were bought in 2024 by the UAE company Palm Crest Holdings, solely owned by Beletsky's wife Irina.",
  ["00_ru.txt", "01_uk.txt", "03_de.txt"], 1),
 ("Beletsky listed no foreign property in his 2025 income declaration.",
  ["00_ru.txt", "02_en.txt"], 1)])

# r04: two independent in-corpus origins for the same claim: Fontanka (own: its correspondent on
# site, emergency service "рассказали «Фонтанке»") and Kommersant (own: "Как стало известно
# «Коммерсанту»", two anonymous law-enforcement sources). Novaya Gazeta Europe relays Kommersant
# ("пишет «Коммерсантъ» со ссылкой на источники"); Hromadske (no date line) relays Fontanka.
story("r04_two_origins_mall_roof", "two_origins", {
"00_ru.txt": """На Выборгском шоссе обрушилась часть кровли торгового центра, пострадали четыре человека
Фонтанка
2027-01-21T15:10:00+03:00

В торговом центре «Северная галерея» на Выборгском шоссе в четверг днем обрушилась часть кровли над фуд-кортом. Пострадали четыре человека, их увезли в больницу, рассказали «Фонтанке» в городском управлении МЧС.

Корреспондент «Фонтанки», прибывший на место, видел, как из здания выводят посетителей и сотрудников магазинов. Всего, по словам спасателей, эвакуировали около 300 человек. Выборгское шоссе возле торгового центра частично перекрыто.

«Сначала был треск, потом сверху посыпались куски потолка прямо на столики», — рассказала «Фонтанке» посетительница фуд-корта Марина.
""",
"01_ru.txt": """Кровля не выдержала
Коммерсантъ
21.01.2027 17:45

В Санкт-Петербурге в торговом центре «Северная галерея» на Выборгском шоссе обрушилась часть кровли, пострадали четыре человека.

Как стало известно “Ъ”, по предварительной версии следствия, причиной обрушения стал слой снега и наледи толщиной около 80 см, который не убирали с крыши с начала января. Об этом “Ъ” рассказали два источника в правоохранительных органах. Следственный комитет, по их словам, возбудит уголовное дело о нарушении требований безопасности.

Владелец торгового центра, ООО «Невский ритейл-парк», на запрос “Ъ” не ответил.
""",
"02_ru.txt": """В Петербурге обрушилась крыша торгового центра: причиной мог стать неубранный снег
Новая газета Европа
2027-01-21 19:30

В Петербурге в торговом центре «Северная галерея» обрушилась часть кровли, пострадали четыре человека.

Причиной, по предварительной версии, стал слой снега и наледи толщиной около 80 сантиметров, который не убирали с крыши несколько недель, пишет «Коммерсантъ» со ссылкой на источники в правоохранительных органах.
""",
"03_uk.txt": """У Петербурзі обвалився дах торговельного центру, є постраждалі
Громадське

У Санкт-Петербурзі в торговельному центрі «Северная галерея» обвалилася частина покрівлі над фудкортом. Четверо людей постраждали, повідомляє петербурзьке видання «Фонтанка».

За даними видання, з будівлі евакуювали близько 300 відвідувачів і працівників.
""",
},
[("Fontanka", True), ("Kommersant", True)],
[("Kommersant", "02_ru.txt"), ("Fontanka", "03_uk.txt")],
[("Part of the roof of the Severnaya Galereya shopping centre in St Petersburg collapsed and four people were injured.",
  ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_uk.txt"], 2),
 ("About 300 people were evacuated from the building.",
  ["00_ru.txt", "03_uk.txt"], 1),
 ("The collapse was caused by a layer of snow and ice about 80 cm thick that had not been cleared from the roof.",
  ["01_ru.txt", "02_ru.txt"], 1)])

# r05: a Russian governor's Telegram post relayed with no medium credited by RIA Novosti, RBC
# (Russia), Interfax (Russia) and Ukrainska Pravda -> origin "Viktor Laptev". Novaya Gazeta Europe
# credits RIA Novosti ("передает РИА Новости со ссылкой на губернатора") -> edge from RIA Novosti.
story("r05_official_post_heating", "official_post", {
"00_ru.txt": """В Прилесске 46 тысяч человек остались без отопления после аварии на ТЭЦ
РИА Новости
2027-02-10T06:52:00+03:00

Около 46 тысяч жителей Прилесска остались без отопления после аварии на ТЭЦ-2, сообщил губернатор Прилесской области Виктор Лаптев в своем Telegram-канале.

«В городе минус 31. Я ввел режим чрезвычайной ситуации регионального характера, все аварийные бригады работают на месте», — написал Лаптев.
""",
"01_ru.txt": """Губернатор сообщил об аварии на ТЭЦ в Прилесске и ввел режим ЧС
РБК
10.02.2027 07:10

В Прилесске после аварии на ТЭЦ-2 без отопления остались около 46 тыс. человек, написал в Telegram губернатор Прилесской области Виктор Лаптев. В регионе введен режим ЧС регионального характера.

Подачу тепла губернатор пообещал восстановить к вечеру четверга. На улице, по его словам, минус 31 градус.
""",
"02_ru.txt": """В Прилесской области ввели режим ЧС из-за аварии на ТЭЦ
Интерфакс
2027-02-10 07:05

Режим чрезвычайной ситуации регионального характера введен в Прилесской области после аварии на ТЭЦ-2 в Прилесске, без отопления остались около 46 тысяч жителей. Об этом заявил губернатор области Виктор Лаптев в своем Telegram-канале.
""",
"03_uk.txt": """У російському Прилеську через аварію на ТЕЦ без опалення залишилися 46 тисяч людей
Українська правда
10.02.2027 09:40

У російському місті Прилеськ після аварії на ТЕЦ-2 без опалення залишилися близько 46 тисяч мешканців. Про це написав у Telegram губернатор Прилеської області Віктор Лаптєв.

Він пообіцяв відновити подачу тепла до вечора четверга. Температура повітря в місті, за його словами, –31 градус.
""",
"04_ru.txt": """Десятки тысяч жителей Прилесска остались без тепла в мороз
Новая газета Европа
2027-02-10T10:15:00+03:00

Около 46 тысяч жителей Прилесска остались без отопления после аварии на местной ТЭЦ-2, передает РИА Новости со ссылкой на губернатора Прилесской области Виктора Лаптева. В регионе введен режим ЧС регионального характера.
""",
},
[("Viktor Laptev", False)],
[("Viktor Laptev", "00_ru.txt"), ("Viktor Laptev", "01_ru.txt"), ("Viktor Laptev", "02_ru.txt"),
 ("Viktor Laptev", "03_uk.txt"), ("RIA Novosti", "04_ru.txt")],
[("About 46,000 residents of Prilessk were left without heating after an accident at CHP-2.",
  ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_uk.txt", "04_ru.txt"], 1),
 ("A regional state of emergency was declared.",
  ["00_ru.txt", "01_ru.txt", "02_ru.txt", "04_ru.txt"], 1),
 ("The governor promised to restore heating by Thursday evening.",
  ["01_ru.txt", "03_uk.txt"], 1)])

# r06: Vedomosti own report (two anonymous sources) + UNIAN's uncredited close Ukrainian
# translation (edge from Vedomosti, scenario translation; keeps "два джерела, знайомі з ходом
# розслідування" and "підтвердив виданню" without naming it); Agentstvo "по данным «Ведомостей»";
# Verstka relays the Telegram channel Baza (not in corpus) -> the detention has two roots.
story("r06_translation_detention", "translation", {
"00_ru.txt": """Задержан заместитель гендиректора «Главдорстрой-Севера»
Ведомости
2027-06-03T09:15:00+03:00

В Москве задержан заместитель генерального директора дорожной госкомпании «Главдорстрой-Север» Игорь Самсонов, рассказали «Ведомостям» два источника, знакомые с ходом расследования. Его подозревают в мошенничестве в особо крупном размере (ч. 4 ст. 159 УК).

По словам собеседников «Ведомостей», речь идет о контрактах на ремонт региональных трасс общей стоимостью 2,7 млрд рублей, заключенных в 2024–2025 годах.

Представитель «Главдорстрой-Севера» подтвердил «Ведомостям», что Самсонов «не выходит на связь», и отказался от дальнейших комментариев. Самсонов работает в компании с 2021 года, до этого он возглавлял дорожный департамент Сольвинской области.
""",
"01_uk.txt": """Затримано заступника гендиректора «Главдорстрой-Севера»
УНІАН
2027-06-03 13:40

У Москві затримано заступника генерального директора дорожньої держкомпанії «Главдорстрой-Север» Ігоря Самсонова, розповіли два джерела, знайомі з ходом розслідування. Його підозрюють у шахрайстві в особливо великому розмірі (ч. 4 ст. 159 КК РФ).

За словами співрозмовників, ідеться про контракти на ремонт регіональних трас загальною вартістю 2,7 млрд рублів, укладені у 2024–2025 роках.

Представник «Главдорстрой-Севера» підтвердив виданню, що Самсонов «не виходить на зв'язок», і відмовився від подальших коментарів. Самсонов працює в компанії з 2021 року, до цього він очолював дорожній департамент Сольвинської області.
""",
"02_ru.txt": """Замгендиректора «Главдорстрой-Севера» задержали в Шереметьеве
Вёрстка
03.06.2027 08:20

Заместителя генерального директора госкомпании «Главдорстрой-Север» Игоря Самсонова задержали в аэропорту Шереметьево, когда он проходил регистрацию на рейс в Дубай, сообщил Telegram-канал Baza.

По данным канала, Самсонова подозревают в мошенничестве в особо крупном размере.
""",
"03_ru.txt": """Силовики задержали топ-менеджера дорожной госкомпании
Агентство
2027-06-03T11:00:00+03:00

Заместитель генерального директора «Главдорстрой-Севера» Игорь Самсонов задержан по подозрению в мошенничестве в особо крупном размере, по данным «Ведомостей».

Как пишет издание, речь идет о контрактах на ремонт трасс на 2,7 млрд рублей.
""",
},
[("Vedomosti", True), ("Baza", False)],
[("Vedomosti", "01_uk.txt"), ("Baza", "02_ru.txt"), ("Vedomosti", "03_ru.txt")],
[("Igor Samsonov, deputy CEO of Glavdorstroy-Sever, was detained on suspicion of large-scale fraud.",
  ["00_ru.txt", "01_uk.txt", "02_ru.txt", "03_ru.txt"], 2),
 ("The case concerns road-repair contracts worth 2.7 billion roubles.",
  ["00_ru.txt", "01_uk.txt", "03_ru.txt"], 1),
 ("Samsonov was detained at Sheremetyevo airport while checking in for a flight to Dubai.",
  ["02_ru.txt"], 1)])

# Outlet of each article (English name), used only for the self-check below.
OUTLET = {
 "r01_tass_airport_closure": ["Meduza", "RBC-Ukraine", "Ukrinform", "Interfax-Ukraine", "Reuters"],
 "r02_chain_colony_deaths": ["Mediazona", "Ukrainska Pravda", "DW"],
 "r03_investigation_dubai_flats": ["Meduza", "NV", "Bloomberg", "Der Spiegel"],
 "r04_two_origins_mall_roof": ["Fontanka", "Kommersant", "Novaya Gazeta Europe", "Hromadske"],
 "r05_official_post_heating": ["RIA Novosti", "RBC", "Interfax", "Ukrainska Pravda", "Novaya Gazeta Europe"],
 "r06_translation_detention": ["Vedomosti", "UNIAN", "Verstka", "Agentstvo"],
}

def check(id, arts, origins, relays, claims):
    files = sorted(arts)
    by_outlet = dict(zip(OUTLET[id], files))
    assert len(by_outlet) == len(files), id
    inc = {n for n, c in origins if c}
    edges = {}
    for o, a in relays:
        assert a in arts, (id, a)
        edges.setdefault(a, []).append(o)
    def roots(a, seen=()):
        if a not in edges:  # own reporting
            out = OUTLET[id][files.index(a)]
            assert out in inc, (id, a, out)
            return {out}
        r = set()
        for o in edges[a]:
            r |= roots(by_outlet[o], seen + (a,)) if o in by_outlet else {o}
        return r
    for text, cl, n in claims:
        rs = set().union(*(roots(a) for a in cl))
        assert len(rs) == n, (id, text, rs, n)

out = {"about": "Hand-written provenance test set 33 (invented events, real outlet names); see README.md.",
       "stories": []}
sd = os.path.join(ROOT, "stories")
shutil.rmtree(sd, ignore_errors=True)
for id, scenario, arts, origins, relays, claims in S:
    check(id, arts, origins, relays, claims)
    os.makedirs(os.path.join(sd, id))
    for fn, text in arts.items():
        with open(os.path.join(sd, id, fn), "w", encoding="utf-8") as f:
            f.write(text)
    out["stories"].append({
        "id": id, "scenario": scenario, "articles": sorted(arts),
        "origins": [{"name": n, "in_corpus": c} for n, c in origins],
        "relays": [{"origin": o, "article": a} for o, a in relays],
        "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims]})
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(S), "stories,", sum(len(s[2]) for s in S), "articles")
