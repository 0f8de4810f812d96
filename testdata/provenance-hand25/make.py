#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand25 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside Telegram channel «Стальной дозор» relayed by five outlets in four languages.
# ru "пишет телеграм-канал" + "По данным канала"; uk "як повідомляє телеграм-канал";
# en "the pro-Russian Telegram channel Stalnoy Dozor reported"; ru (no date line) "сообщает
# телеграм-канал"; de "meldet der russische Telegram-Kanal „Stalnoj Dosor"".
story("r01_channel_depot_fire", "telegram_channel", {
"00_ru.txt": """Под Лисогорском после атаки беспилотников горит нефтебаза
Кромка
2026-08-14T04:40:00+00:00

В Лисогорске ночью загорелась нефтебаза на Промышленной улице после атаки беспилотников, пишет телеграм-канал «Стальной дозор». По данным канала, горят три резервуара с дизельным топливом, жителей соседней Заводской улицы выводят из домов.

«Около трех часов ночи над городом было слышно не меньше шести взрывов, потом над промзоной поднялось зарево», — говорится в посте канала. К нему приложены несколько видео с горящими резервуарами, снятые, судя по всему, с крыши многоэтажки на окраине.

Как утверждает «Стальной дозор», пожар тушат 14 расчетов, о пострадавших пока не известно. Официальных комментариев городские власти не давали.

Нефтебаза в Лисогорске снабжает топливом заправки трех соседних районов.
""",
"01_uk.txt": """У російському Лисогорську після атаки дронів горить нафтобаза
Заграва
14.08.2026 07:15

У російському місті Лисогорськ уночі спалахнула нафтобаза після атаки безпілотників, як повідомляє телеграм-канал «Стальной дозор». За даними каналу, горять три резервуари з дизельним пальним, мешканців сусідньої Заводської вулиці евакуюють.

На відео, які оприлюднив канал, видно заграву над промисловою зоною та кілька стовпів густого диму. Автори каналу пишуть, що вночі над містом пролунало щонайменше шість вибухів.

Гасінням пожежі, за даними «Стального дозору», займаються 14 пожежних розрахунків. Про постраждалих не повідомляється. Місцева влада ситуацію поки не коментує.
""",
"02_en.txt": """Fuel depot ablaze in Russia's Lisogorsk after overnight drone attack
The Harrowgate Ledger
Fri, 14 Aug 2026 10:05:00 +0000

A fuel depot in the Russian town of Lisogorsk caught fire overnight after a drone attack, the pro-Russian Telegram channel Stalnoy Dozor reported on Friday.

Three tanks holding diesel fuel were burning and residents of a nearby street were being moved out of their homes, according to the channel, which posted several videos showing a glow over the industrial zone.

"At around 3 a.m. at least six explosions could be heard over the town," the channel wrote. It said 14 fire crews were fighting the blaze and that there was no information on casualties.

Local authorities in Lisogorsk have not commented. The depot supplies filling stations in three neighbouring districts.
""",
"03_ru.txt": """Нефтебаза в Лисогорске горит после ночной атаки дронов
Вести Приозерья

На нефтебазе в Лисогорске после ночной атаки беспилотников загорелись три резервуара с дизельным топливом, сообщает телеграм-канал «Стальной дозор».

Жителей Заводской улицы, которая примыкает к нефтебазе, эвакуируют. Пожар тушат 14 расчетов. По словам авторов канала, взрывы в городе были слышны около трех часов ночи.

Данных о пострадавших нет. Власти Лисогорска происходящее пока не комментируют.
""",
"04_de.txt": """Russland: Treibstofflager in Lissogorsk brennt nach Drohnenangriff
Grauental-Kurier
15. August 2026

In der russischen Stadt Lissogorsk ist nach einem nächtlichen Drohnenangriff ein Treibstofflager in Brand geraten, meldet der russische Telegram-Kanal „Stalnoj Dosor".

Demnach brennen drei Tanks mit Dieselkraftstoff; Anwohner einer angrenzenden Straße wurden in Sicherheit gebracht. Gegen drei Uhr nachts seien mindestens sechs Explosionen zu hören gewesen, schreibt der Kanal, der mehrere Videos des Feuers veröffentlichte.

Nach Angaben des Kanals sind 14 Löschzüge im Einsatz. Über Verletzte ist nichts bekannt. Die örtlichen Behörden äußerten sich bislang nicht.
""",
}, [{"name": "Стальной дозор", "in_corpus": False}],
[{"origin": "Стальной дозор", "article": a} for a in ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt", "04_de.txt"]],
[{"text": "A fuel depot in Lisogorsk caught fire after a night drone attack and three diesel tanks were burning.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 1}])

# r02: an official's Telegram post as the sole origin (no medium credited anywhere).
# uk "написав у телеграмі очільник Ожинської ОВА"; uk "повідомив у своєму Telegram-каналі начальник
# ОВА"; ru "Об этом сообщил в своем Telegram-канале глава … военной администрации"; en "wrote on
# Telegram". Origin: the official, outside the corpus.
story("r02_official_water_station", "official_post", {
"00_uk.txt": """В Ожинську через обстріл пошкоджено насосну станцію: 40 тисяч людей без води
Вежа Медіа
03.11.2026 08:45

Унаслідок нічного обстрілу в Ожинську пошкоджено водопровідну насосну станцію на Лівобережжі. Без водопостачання залишилися близько 40 тисяч мешканців. Про це написав у телеграмі очільник Ожинської ОВА Олег Кривошия.

«Ремонтні бригади вже працюють на місці. Відновлення триватиме щонайменше дві доби», — зазначив він.

За словами Кривошиї, воду мешканцям підвозитимуть до 14 точок, перелік яких оприлюднять протягом дня. Люди на станції не постраждали.
""",
"01_uk.txt": """Ожинськ: пів Лівобережжя без води після нічного обстрілу
Полудень
03.11.2026 10:20

Нічний обстріл Ожинська пошкодив насосну станцію, що подає воду на Лівобережжя, — близько 40 тисяч людей залишилися без водопостачання. Про це повідомив у своєму Telegram-каналі начальник Ожинської обласної військової адміністрації Олег Кривошия.

Ремонт триватиме щонайменше дві доби. На цей час воду підвозитимуть цистернами до 14 точок видачі. Працівники станції не постраждали, додав очільник ОВА.
""",
"02_ru.txt": """В Ожинске обстрел оставил без воды около 40 тысяч человек
Береговая линия
2026-11-03 11:30

В Ожинске в результате ночного обстрела повреждена водопроводная насосная станция на Левобережье, без воды остались около 40 тысяч жителей. Об этом сообщил в своем Telegram-канале глава Ожинской областной военной администрации Олег Кривошия.

По его словам, ремонтные бригады уже работают, восстановление займет не меньше двух суток. Воду будут подвозить к 14 точкам, их список опубликуют в течение дня. Сотрудники станции не пострадали.
""",
"03_en.txt": """Shelling cuts water to 40,000 in Ukraine's Ozhynsk
Corrin Bay Monitor
2026-11-03T14:00:00+00:00

Overnight shelling damaged a water pumping station in the Ukrainian city of Ozhynsk, leaving about 40,000 residents on the left bank of the river without running water, Oleh Kryvoshyia, head of the Ozhynsk regional military administration, wrote on Telegram on Tuesday.

Repairs would take at least two days, he said, and water would be delivered by tanker trucks to 14 distribution points. No station workers were hurt.
""",
}, [{"name": "Олег Кривошия", "in_corpus": False}],
[{"origin": "Олег Кривошия", "article": a} for a in ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"]],
[{"text": "Shelling damaged a water pumping station in Ozhynsk, leaving about 40,000 residents without water.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# r03: own scoop with anonymous sources (the sources belong to the origin), relayed three times.
# own "Как стало известно «Сольскому курьеру»" + "рассказал источник в силовых структурах";
# ru "передает «Сольский курьер»" + "Источник издания"; uk "з посиланням на російське видання
# «Сольский курьер»" + "Джерело видання в силових структурах"; en "the Russian regional newspaper
# Solsky Kuryer reported, citing a source in the security services".
story("r03_scoop_deputy_mayor", "scoop", {
"00_ru.txt": """В Сольске задержан заместитель мэра Виктор Гаршин
Сольский курьер
2027-03-22T07:30:00+00:00

Как стало известно «Сольскому курьеру», утром в понедельник силовики задержали заместителя мэра Сольска Виктора Гаршина. Об этом нашему изданию рассказал источник в силовых структурах.

По словам собеседника «Курьера», Гаршина подозревают в получении взятки в размере 4,2 млн рублей от подрядчика, который прошлым летом ремонтировал Садовую улицу. «Деньги передавались частями, последний транш — в феврале», — сказал источник.

Второй собеседник издания, сотрудник мэрии, подтвердил, что с утра в здании администрации идут обыски, а кабинет Гаршина опечатан. В пресс-службе мэрии на запрос «Сольского курьера» не ответили.

Виктор Гаршин занимает должность заместителя мэра по городскому хозяйству с 2023 года.
""",
"01_ru.txt": """Замглавы Сольска задержан по подозрению во взятке — СМИ
Кромка
2027-03-22 13:10

В Сольске задержан заместитель мэра по городскому хозяйству Виктор Гаршин, передает «Сольский курьер».

Источник издания в силовых структурах рассказал, что чиновника подозревают в получении взятки в 4,2 млн рублей от подрядчика, ремонтировавшего Садовую улицу. В мэрии, по данным газеты, проходят обыски. Официально задержание пока не подтверждено.
""",
"02_uk.txt": """У російському Сольську затримали заступника мера — ЗМІ
Заграва
22.03.2027 16:40

У російському місті Сольськ затримали заступника мера Віктора Гаршина. Про це пише місцеве видання «Сольский курьер» з посиланням на джерело в силових структурах.

Джерело видання в силових структурах стверджує, що посадовця підозрюють в отриманні хабара у 4,2 млн рублів від підрядника, який ремонтував одну з вулиць міста. У мерії, за даними газети, тривають обшуки.
""",
"03_en.txt": """Russian deputy mayor detained in bribery case, local paper says
Pellworth Herald
Tue, 23 Mar 2027 08:15:00 +0000

Viktor Garshin, deputy mayor of the Russian city of Solsk, was detained on Monday on suspicion of taking a 4.2 million rouble bribe from a road contractor, the Russian regional newspaper Solsky Kuryer reported, citing a source in the security services.

City hall offices were being searched, the paper said, quoting a city hall employee. The mayor's office did not respond to the paper's request for comment, and there has been no official confirmation of the detention.
""",
}, [{"name": "Сольский курьер", "in_corpus": True}],
[{"origin": "Сольский курьер", "article": a} for a in ["01_ru.txt", "02_uk.txt", "03_en.txt"]],
[{"text": "Solsk deputy mayor Viktor Garshin was detained on suspicion of taking a 4.2 million rouble bribe.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1}])

# r04: chain of three from an outside channel: «Ночной обход» → Околица (ru, "пишет
# телеграм-канал") → Ранковий дзвін (uk, "з посиланням на російське видання «Околица»", no channel)
# → en without outlet and date line ("Ukrainian news site Rankovyi Dzvin reported, citing Russian
# media").
story("r04_chain_school_poisoning", "chain", {
"00_ru.txt": """В Кречетове 23 школьника попали в больницу после обеда в столовой
Околица
2026-05-19 09:30

В Кречетове 23 ученика школы №4 госпитализированы с признаками кишечного отравления после обеда в школьной столовой, пишет телеграм-канал «Ночной обход».

По данным канала, дети почувствовали себя плохо во вторник вечером, у большинства рвота и высокая температура. Родители в комментариях к посту связывают отравление с котлетами, которые подавали на обед. Четверо детей, как утверждает «Ночной обход», находятся в реанимации.

Канал публикует фотографии из приемного покоя городской больницы. Школу, по его информации, закрыли на карантин.
""",
"01_uk.txt": """У російському Кречетові 23 школярі потрапили до лікарні після обіду в їдальні
Ранковий дзвін
19.05.2026 14:20

У російському місті Кречетов 23 учні школи №4 госпіталізовані з ознаками кишкового отруєння після обіду в шкільній їдальні. Про це повідомляє «Ранковий дзвін» з посиланням на російське видання «Околица».

За даними видання, четверо дітей перебувають у реанімації. Батьки пов'язують отруєння з котлетами, які подавали на обід. Школу закрили на карантин.
""",
"02_en.txt": """Two dozen Russian schoolchildren in hospital after canteen lunch

Twenty-three pupils of a school in the Russian city of Krechetov were taken to hospital with symptoms of food poisoning after a lunch in the school canteen, the Ukrainian news site Rankovyi Dzvin reported, citing Russian media.

Four of the children were in intensive care, according to Rankovyi Dzvin. Parents suspected meatballs served at lunch, and the school had been closed for quarantine, the site said.
""",
}, [{"name": "Ночной обход", "in_corpus": False}],
[{"origin": "Ночной обход", "article": "00_ru.txt"},
 {"origin": "Околица", "article": "01_uk.txt"},
 {"origin": "Ранковий дзвін", "article": "02_en.txt"}],
[{"text": "23 pupils in Krechetov were hospitalised with food poisoning after a school canteen lunch.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1}])

# r05: two independent own reports: Полудень (uk, "розповіло джерело в СБУ") and Береговая линия
# (ru, "Корреспондент «Береговой линии» видел" + "рассказали нашему корреспонденту"); en credits
# both (two edges); fr (no date line) credits Полудень only.
story("r05_independent_rail_arson", "independent", {
"00_uk.txt": """У Вербичанах СБУ затримала двох паліїв релейних шаф на залізниці
Полудень
17.01.2027 11:00

У Вербичанах співробітники СБУ затримали двох чоловіків, які підпалювали релейні шафи на залізниці. Про це «Полудню» розповіло джерело в СБУ.

За словами співрозмовника видання, чоловіки 24 і 31 року отримували завдання через телеграм-бот і за кожен підпал мали отримати по 200 доларів. Від грудня вони пошкодили щонайменше п'ять шаф на перегоні Вербичани — Ковилове.

«Обох взяли вранці в неділю, під час обшуку вилучили пляшки з пальним і телефони з листуванням», — сказало джерело. Офіційно в СБУ затримання поки не коментують.
""",
"01_ru.txt": """В Вербичанах задержали подозреваемых в поджогах на железной дороге
Береговая линия
2027-01-17 12:40

В Вербичанах в воскресенье утром задержали двоих мужчин, которых подозревают в поджогах релейных шкафов на железной дороге. Корреспондент «Береговой линии» видел, как сотрудники в масках вывели обоих из подъезда пятиэтажки на Лесной улице и посадили в микроавтобус без номеров.

Соседи рассказали нашему корреспонденту, что обыск в одной из квартир продолжался около трех часов. «Вынесли несколько пакетов и канистру», — сказала жительница дома Людмила Дорош.

По словам соседей, задержанные снимали квартиру с осени. На железнодорожной станции Вербичаны-Товарная нашему корреспонденту подтвердили, что в последние недели на перегоне несколько раз горели релейные шкафы.
""",
"02_en.txt": """Two men held in Ukraine over arson attacks on railway signals
The Quillfield Times
2027-01-17T18:20:00+00:00

Ukraine's SBU security service detained two men in the town of Verbychany on Sunday on suspicion of setting fire to railway signalling cabinets, the Ukrainian news site Poluden and the Russian-language outlet Beregovaya Liniya reported.

Poluden, citing a source in the SBU, said the men had damaged at least five cabinets since December. A correspondent of Beregovaya Liniya saw masked officers lead the two men out of an apartment block, and neighbours told the outlet the search of a flat lasted about three hours.

The SBU has not officially commented.
""",
"03_fr.txt": """Ukraine : deux hommes arrêtés pour des incendies d'armoires de signalisation ferroviaire
La Vigie de Sorbelle

Le SBU, le service de sécurité ukrainien, a arrêté dimanche à Verbytchany deux hommes soupçonnés d'avoir incendié des armoires de signalisation ferroviaire, selon le site ukrainien Poludien, qui cite une source au sein du SBU.

Les deux hommes recevaient leurs missions par un bot Telegram et devaient toucher 200 dollars par incendie, rapporte Poludien. Le SBU n'a pas fait de commentaire officiel.
""",
}, [{"name": "Полудень", "in_corpus": True}, {"name": "Береговая линия", "in_corpus": True}],
[{"origin": "Полудень", "article": "02_en.txt"},
 {"origin": "Береговая линия", "article": "02_en.txt"},
 {"origin": "Полудень", "article": "03_fr.txt"}],
[{"text": "Two men suspected of setting fire to railway relay cabinets were detained in Verbychany.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The men received their tasks through a Telegram bot and were to be paid 200 dollars per arson.",
  "articles": ["00_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# r06: channel post «Южный фланг» quoted in full with credit by Листок Заречья ("сообщает
# телеграм-канал" + "Приводим сообщение канала полностью"), then published verbatim as its own text,
# without any credit, by Ночной экспресс (edge from the channel, scenario verbatim_copy); uk "як
# повідомляє російський телеграм-канал"; fr "rapporte la chaîne Telegram russe Ioujny Flang".
POST = """В Тальске ночью 17-летний подросток поджег дверь военкомата на Речной улице. Облил бензином из пластиковой бутылки, поджег и все снял на телефон. Задержали через сорок минут в соседнем дворе.

На допросе говорит, что задание получил в телеграме от незнакомца, обещали 30 тысяч рублей. Дверь и козырек над входом обгорели, внутрь огонь не прошел. Пострадавших нет."""
story("r06_copy_enlistment_office", "verbatim_copy", {
"00_ru.txt": """В Тальске подросток поджег дверь военкомата
Листок Заречья
2026-10-05T05:10:00+00:00

В Тальске задержан 17-летний подросток, который ночью поджег дверь военкомата, сообщает телеграм-канал «Южный фланг». Приводим сообщение канала полностью:

«""" + POST + """»

Это уже второй случай поджога военкомата в области с начала осени. Городская полиция на момент публикации сообщение канала не комментировала.
""",
"01_ru.txt": """Подросток поджег дверь военкомата в Тальске
Ночной экспресс
2026-10-05 09:02

""" + POST + """
""",
"02_uk.txt": """У російському Тальську підліток підпалив двері військкомату
Вежа Медіа
05.10.2026 12:30

У російському місті Тальськ 17-річний підліток уночі підпалив двері військкомату, як повідомляє російський телеграм-канал «Южный фланг».

За даними каналу, хлопець облив двері бензином і зняв підпал на телефон. Його затримали приблизно за сорок хвилин у сусідньому дворі. На допиті він нібито розповів, що завдання отримав у телеграмі й мав отримати 30 тисяч рублів. Постраждалих немає.
""",
"03_fr.txt": """Russie : un adolescent met le feu à la porte d'un bureau de recrutement militaire
Le Phare de Montclavel
6 octobre 2026

Un adolescent de 17 ans a mis le feu dans la nuit à la porte du bureau de recrutement militaire de Talsk, en Russie, rapporte la chaîne Telegram russe Ioujny Flang.

Selon la chaîne, le jeune homme a été interpellé une quarantaine de minutes plus tard. Il affirme avoir reçu la mission sur Telegram contre la promesse de 30 000 roubles. Il n'y a pas de blessés.
""",
}, [{"name": "Южный фланг", "in_corpus": False}],
[{"origin": "Южный фланг", "article": a} for a in ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_fr.txt"]],
[{"text": "A 17-year-old set fire to the door of the military enlistment office in Talsk and was detained.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# r07: outside Ukrainian channel «Вартовий»; ru relays it ("как пишет телеграм-канал"); uk
# Полудень relays it ("як інформує телеграм-канал") AND confirms by phone with the village head
# ("У телефонній розмові з кореспондентом «Полудня» … підтвердила") → Полудень is also an origin;
# de relays Полудень ("wie das ukrainische Nachrichtenportal Poludenj berichtet").
story("r07_relay_confirm_ferry", "relay_confirm", {
"00_ru.txt": """На водохранилище у Лозового Брода сел на мель паром с 40 пассажирами
Вести Приозерья
2027-06-28T12:05:00+00:00

У села Лозовой Брод паром с 40 пассажирами сел на мель посреди водохранилища, как пишет телеграм-канал «Вартовий». По данным канала, людей снимают с парома лодками спасателей.

Канал опубликовал видео, на котором паром стоит с креном на левый борт примерно в трехстах метрах от берега. Причиной, по версии авторов канала, стал низкий уровень воды после засушливой весны.
""",
"01_uk.txt": """Біля Лозового Броду на мілину сів пором: усіх пасажирів зняли
Полудень
28.06.2027 16:30

Біля села Лозовий Брід посеред водосховища на мілину сів пором із 40 пасажирами, як інформує телеграм-канал «Вартовий». Канал оприлюднив відео, на якому пором стоїть із креном за кількасот метрів від берега.

У телефонній розмові з кореспондентом «Полудня» староста Лозового Броду Ганна Мельничук підтвердила, що всіх 40 пасажирів пересадили на човни рятувальників і доправили на берег. «Ніхто не постраждав, людей нагодували й відвезли автобусом до райцентру», — сказала вона.

За словами старости, пором відбуксирують завтра вранці, коли підійде буксир із районної пристані. Переправу до того часу закрито.
""",
"02_de.txt": """Ukraine: Fähre läuft auf Stausee auf Grund – 40 Passagiere gerettet
Hochmoor-Post
29. Juni 2027

Auf einem Stausee nahe dem ukrainischen Dorf Losowyj Brid ist eine Fähre mit 40 Passagieren auf Grund gelaufen, wie das ukrainische Nachrichtenportal Poludenj berichtet. Alle Fahrgäste seien mit Booten der Rettungskräfte an Land gebracht worden.

„Niemand wurde verletzt", sagte Dorfvorsteherin Hanna Melnytschuk dem Portal am Telefon. Die Fähre soll am Dienstagmorgen freigeschleppt werden; bis dahin ist die Verbindung eingestellt.
""",
}, [{"name": "Вартовий", "in_corpus": False}, {"name": "Полудень", "in_corpus": True}],
[{"origin": "Вартовий", "article": "00_ru.txt"},
 {"origin": "Вартовий", "article": "01_uk.txt"},
 {"origin": "Полудень", "article": "02_de.txt"}],
[{"text": "A ferry with 40 passengers ran aground on the reservoir near Lozovyi Brid and the passengers were taken off.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 2}])

# r08: governor's Telegram post as sole origin; ru Ночной экспресс "Об этом сообщил в своем
# Telegram-канале губернатор" (with an error: five injured); en "said in a post on his Telegram
# channel"; next-day correction by Ночной экспресс "Как следует из сообщения губернатора … в его
# Telegram-канале" (same origin, no edge from its own earlier article).
story("r08_official_correction_debris", "official_post", {
"00_ru.txt": """В Верхнеборске обломки беспилотника упали на жилой дом, пострадали пять человек
Ночной экспресс
2026-12-12 06:50

В Верхнеборске ночью обломки сбитого беспилотника упали на крышу пятиэтажного жилого дома на улице Строителей. Пострадали пять человек. Об этом сообщил в своем Telegram-канале губернатор Верхнеборской области Аркадий Тесленко.

По словам губернатора, на месте работают экстренные службы, жильцов подъезда временно разместили в школе №12. Пострадавшим оказывают медицинскую помощь.
""",
"01_en.txt": """Drone debris hits apartment block in Russia's Verkhneborsk, two hurt
Pellworth Herald
Sat, 12 Dec 2026 10:30:00 +0000

Debris from a downed drone fell on the roof of a five-storey apartment block in the Russian city of Verkhneborsk overnight, injuring two people and damaging five flats, regional governor Arkady Teslenko said in a post on his Telegram channel.

Residents of the affected stairwell were moved to a school for the time being, Teslenko wrote. Emergency services were at the scene.
""",
"02_ru.txt": """Исправление: в Верхнеборске при падении обломков пострадали два человека, а не пять
Ночной экспресс
13.12.2026 09:00

В заметке «В Верхнеборске обломки беспилотника упали на жилой дом», опубликованной 12 декабря, мы ошибочно сообщили, что пострадали пять человек.

Как следует из сообщения губернатора Верхнеборской области Аркадия Тесленко в его Telegram-канале, пострадали два человека, а повреждены пять квартир. Текст заметки исправлен. Приносим извинения читателям.
""",
}, [{"name": "Аркадий Тесленко", "in_corpus": False}],
[{"origin": "Аркадий Тесленко", "article": a} for a in ["00_ru.txt", "01_en.txt", "02_ru.txt"]],
[{"text": "Debris of a downed drone fell on a residential building in Verkhneborsk.",
  "articles": ["00_ru.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "Two people were injured and five flats were damaged.",
  "articles": ["01_en.txt", "02_ru.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 25 (invented); see README.md.", "stories": []}
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
            assert all(a in arts for a in c["articles"]), (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
