#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand59 set.

Emphasis: Ukrainian-, Russian- and English-language news sites relaying what a real foreign
newspaper or TV channel (The Telegraph, Bloomberg, Financial Times, CNN, The Times, Sky News,
Die Welt, Le Figaro -- none of them in the corpus) reported about the war, diplomacy or sanctions,
citing anonymous officials. The events, people and relaying sites are invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: The Telegraph (out of corpus), relayed 4x. 00_uk names the paper only in the title suffix
# ("— The Telegraph"; the body says only "британська газета"); 01_ru names it in the first
# sentence; 02_en only in the last sentence; 03_uk has no date line. Same anonymous quote in
# three wordings (uk, ru, en) plus indirect speech in 03_uk.
story("s01_telegraph_radars", "foreign_newspaper", {
"00_uk.txt": """Британія передасть Україні 14 мобільних радарів проти дронів — The Telegraph
Гарт
13.03.2027 21:40

Велика Британія найближчими тижнями передасть Україні 14 мобільних радарних станцій для виявлення ударних дронів. Загальна вартість пакета — близько 85 мільйонів фунтів стерлінгів.

Як пише британська газета, посилаючись на двох високопосадовців уряду, йдеться про станції Kestrel-M, які виробляє компанія Northfield Systems із графства Гемпшир. Радар змонтовано на вантажівці, і його можна розгорнути на новій позиції менш ніж за 20 хвилин.

«Ми хочемо, щоб вони стояли на передовій ще до початку весняного сезону дронів», — цитує видання одного зі співрозмовників.

Пакет має оголосити міністр оборони Великої Британії в четвер на засіданні Контактної групи з питань оборони України. Перші станції можуть прибути в Україну вже у квітні.

У Міністерстві оборони Британії відмовилися коментувати цю інформацію.
""",
"01_ru.txt": """Лондон передаст Киеву 14 мобильных радаров против беспилотников
Городской Вестник
2027-03-13 22:15

Британская газета The Telegraph в субботу сообщила, что Великобритания в ближайшие недели передаст Украине 14 мобильных радарных станций для обнаружения ударных беспилотников на общую сумму около 85 миллионов фунтов стерлингов.

По данным издания, которое ссылается на двух высокопоставленных чиновников британского правительства, речь идет о станциях Kestrel-M производства компании Northfield Systems из Хэмпшира. Радар установлен на грузовике и разворачивается на новой позиции менее чем за 20 минут.

«Мы хотим, чтобы они оказались на фронте раньше, чем начнется весенний сезон беспилотников», — сказал газете один из собеседников.

Официально о пакете должен объявить министр обороны Великобритании в четверг на встрече Контактной группы по вопросам обороны Украины. Первые станции могут прибыть уже в апреле. В британском Минобороны от комментариев отказались.
""",
"02_en.txt": """UK readies counter-drone radar package for Ukraine
Black Sea Monitor
Sun, 14 Mar 2027 08:05:00 +0000

Britain is preparing to send Ukraine 14 truck-mounted radar stations designed to spot attack drones, in a package worth about £85 million that is expected to be unveiled this week.

The Kestrel-M stations, built by Northfield Systems in Hampshire, can be driven to a new position and switched on in under 20 minutes, according to two senior government officials familiar with the plan. The Defence Secretary is due to announce the package on Thursday at a meeting of the Ukraine Defence Contact Group, and the first stations could arrive in April.

"We want them on the front line before the spring drone season starts," one of the officials said.

The Ministry of Defence declined to comment. The plans were first reported by The Telegraph on Saturday.
""",
"03_uk.txt": """Британські радари Kestrel-M: Україна отримає 14 станцій
Обрій Інфо

Україна отримає від Великої Британії 14 мобільних радарів Kestrel-M для виявлення ворожих дронів, пише The Telegraph. Про це газеті розповіли два високопосадовці британського уряду, які побажали залишитися неназваними.

Вартість пакета оцінюють приблизно у 85 мільйонів фунтів. Станції виробляє компанія Northfield Systems. За словами співрозмовників видання, Лондон хоче, щоб радари з'явилися на фронті до того, як почнеться весняний сезон атак безпілотників.

Перші станції можуть прибути в Україну у квітні. Британське міноборони публікацію не коментує.
""",
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"]],
[{"text": "Britain will give Ukraine 14 Kestrel-M mobile counter-drone radar stations worth about £85 million.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The British Defence Secretary is to announce the package on Thursday at a Ukraine Defence Contact Group meeting.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1}])

# s02: Bloomberg (out of corpus) → Kyiv Ledger (00_en) → Вечірній Поділ (01_uk) → Северная Линия
# (02_ru, credits «Вечерний Подол» "со ссылкой на Bloomberg"); 03_en "according to Bloomberg, as
# relayed by Kyiv Ledger" (edge from Kyiv Ledger); 04_uk relays Bloomberg directly ("у понеділок").
# The diplomat's quote in four wordings.
story("s02_bloomberg_titanium_chain", "chain", {
"00_en.txt": """EU weighs ban on Russian titanium in next sanctions package
Kyiv Ledger
2027-04-05T16:20:00+00:00

The European Commission is considering a ban on imports of Russian titanium in the next package of sanctions against Moscow, Bloomberg reported on Monday, citing three EU diplomats familiar with the discussions.

The proposal could be presented to the ambassadors of member states as early as Wednesday, the diplomats said. Two member states with large aircraft industries are pushing for an exemption for aviation-grade titanium until the end of 2029, according to the report.

"Titanium is the last big hole in our metals sanctions," one of the diplomats told Bloomberg.

Russia still supplies about a fifth of the titanium used by European aircraft makers, the agency said. The Commission declined to comment on the draft. Kyiv has for more than a year urged Brussels to close what Ukrainian officials call the "titanium loophole".
""",
"01_uk.txt": """ЄС може заборонити імпорт російського титану — ЗМІ
Вечірній Поділ
05.04.2027 20:10

Європейська комісія розглядає можливість заборонити імпорт російського титану в межах наступного пакета санкцій проти Росії. Про це повідомляє англомовне видання Kyiv Ledger з посиланням на агентство Bloomberg.

За даними видання, пропозицію можуть представити послам країн — членів ЄС уже в середу. Дві держави з потужною авіаційною промисловістю домагаються винятку для авіаційного титану до кінця 2029 року.

«Титан — остання велика діра в наших металургійних санкціях», — цитує Kyiv Ledger одного з дипломатів.

Росія досі постачає близько п'ятої частини титану, який використовують європейські авіавиробники. У Єврокомісії від коментарів відмовилися.
""",
"02_ru.txt": """Евросоюз обсуждает запрет на российский титан
Северная Линия
2027-04-06 09:30

Еврокомиссия обсуждает запрет на импорт российского титана в рамках следующего пакета санкций, передает украинский сайт «Вечерний Подол» со ссылкой на Bloomberg.

Предложение, по данным издания, могут представить послам стран ЕС уже в среду. Две страны с крупной авиационной промышленностью добиваются исключения для авиационного титана до конца 2029 года.

«Титан остается последней большой брешью в наших санкциях против металлургии», — приводит сайт слова одного из дипломатов.

На Россию, как утверждается, приходится около пятой части титана, который закупают европейские авиапроизводители.
""",
"03_en.txt": """Brussels eyes Russian titanium: what we know so far
Dnipro Wire
2027-04-06 11:00

The EU is weighing a ban on Russian titanium imports in its next sanctions package, according to Bloomberg, as relayed by Kyiv Ledger.

Three EU diplomats told the agency the proposal could go to member-state ambassadors on Wednesday. Two countries with big aerospace sectors want aviation titanium exempted until the end of 2029.

"It's the last big gap in what we've done on metals," one diplomat was quoted as saying.

Roughly a fifth of the titanium used by Europe's aircraft makers still comes from Russia.
""",
"04_uk.txt": """Bloomberg: Брюссель готує заборону на російський титан
Прикордонні новини
2027-04-05 18:45

У понеділок агентство Bloomberg повідомило, що Єврокомісія пропонує включити до наступного пакета санкцій заборону на імпорт російського титану. Агентство посилається на трьох дипломатів ЄС, обізнаних з обговоренням.

Документ можуть представити послам країн ЄС у середу. Водночас дві країни з великою авіаційною галуззю хочуть винятку для авіаційного титану до кінця 2029 року.

«Титан — це остання велика прогалина в санкціях щодо металів», — сказав агентству один із дипломатів.
""",
}, [{"name": "Bloomberg", "in_corpus": False}],
[{"origin": "Bloomberg", "article": "00_en.txt"},
 {"origin": "Kyiv Ledger", "article": "01_uk.txt"},
 {"origin": "Вечірній Поділ", "article": "02_ru.txt"},
 {"origin": "Kyiv Ledger", "article": "03_en.txt"},
 {"origin": "Bloomberg", "article": "04_uk.txt"}],
[{"text": "The European Commission is considering a ban on imports of Russian titanium in the next sanctions package.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Two member states with large aircraft industries want an exemption for aviation titanium until the end of 2029.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 1}])

# s03: Financial Times (out of corpus) relayed 5x; Гарт (01_uk) adds its own comment from Ukraine's
# deputy foreign minister ("у коментарі «Гарту»", "сказав він нашому виданню") → Гарт is a second,
# in-corpus origin; 03_uk takes the FT report and the minister's words "заявив виданню «Гарт»"
# (edges FT + Гарт); 04_en has no outlet line. The official's quote in four wordings.
story("s03_ft_monitoring_mission_own_comment", "relay_plus_own", {
"00_en.txt": """West drafts plan for 1,500-strong ceasefire monitoring mission, FT says
Black Sea Monitor
2027-04-14T19:05:00+00:00

US, French and German officials have drafted a plan for an unarmed civilian mission of about 1,500 observers that would monitor a possible ceasefire in Ukraine, the Financial Times reported on Wednesday, citing four officials briefed on the talks.

The observers would rely heavily on drones and commercial satellite imagery and would be coordinated from Vienna, according to the newspaper. National security advisers are due to discuss the draft in Geneva on 20 April.

"Nobody is willing to send soldiers, so we are trying to send eyes instead," one of the officials told the FT.

None of the three governments commented on the report.
""",
"01_uk.txt": """Захід готує місію з 1500 спостерігачів за перемир'ям: у МЗС України прокоментували
Гарт
14.04.2027 22:30

США, Франція та Німеччина підготували план неозброєної цивільної місії приблизно з 1500 спостерігачів, яка могла б стежити за можливим припиненням вогню в Україні. Про це в середу повідомила газета Financial Times, посилаючись на чотирьох посадовців, обізнаних із перебігом переговорів.

За даними FT, спостерігачі покладатимуться переважно на дрони та комерційні супутникові знімки.

«Ніхто не готовий відправляти солдатів, тож ми намагаємося відправити очі», — цитує газета одного зі співрозмовників.

Заступник міністра закордонних справ України Олесь Кривошея у коментарі «Гарту» підтвердив, що Київ ознайомили з ідеєю місії, але лише в загальних рисах. «Ми бачили загальні контури, не більше. Будь-яка місія має бути інструментом, а не заміною гарантій безпеки», — сказав він нашому виданню.
""",
"02_ru.txt": """FT: Запад разработал план миссии наблюдателей из 1500 человек
Вечерний Курьер
15.04.2027 08:40

США, Франция и Германия разработали план безоружной гражданской миссии примерно из 1500 наблюдателей для контроля за возможным прекращением огня в Украине, сообщила накануне британская газета Financial Times со ссылкой на четырех чиновников, осведомленных о переговорах.

Наблюдатели будут опираться в основном на беспилотники и коммерческие спутниковые снимки, а координировать миссию планируют из Вены. Проект должны обсудить советники по национальной безопасности в Женеве 20 апреля.

«Никто не хочет посылать солдат, поэтому мы пытаемся послать туда хотя бы глаза», — приводит газета слова одного из собеседников.
""",
"03_uk.txt": """У МЗС відреагували на план західної місії спостерігачів
Обрій Інфо
2027-04-15 10:15

Київ бачив лише загальні контури плану західних партнерів щодо місії спостерігачів за можливим перемир'ям. Як заявив виданню «Гарт» заступник міністра закордонних справ Олесь Кривошея, будь-яка така місія має бути інструментом, а не заміною гарантій безпеки.

Напередодні газета Financial Times написала, що США, Франція та Німеччина розробили план неозброєної цивільної місії приблизно з 1500 спостерігачів. Газета посилалася на чотирьох посадовців.

«Солдатів ніхто посилати не хоче, тому ми пробуємо відправити хоча б очі», — так пояснив задум один зі співрозмовників FT.
""",
"04_en.txt": """Ceasefire monitors, not troops: Western capitals sketch a Ukraine mission
2027-04-15 07:50

Washington, Paris and Berlin have drawn up a plan for about 1,500 unarmed civilian observers to watch over any ceasefire in Ukraine, according to the Financial Times.

Four officials briefed on the discussions told the paper that the monitors would lean on drones and satellite pictures, with coordination from Vienna. The draft is on the agenda of a meeting of national security advisers in Geneva on 20 April.

One official summed up the thinking: since no government will send soldiers, the plan is "to send eyes instead".
""",
}, [{"name": "Financial Times", "in_corpus": False}, {"name": "Гарт", "in_corpus": True}],
[{"origin": "Financial Times", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"]]
 + [{"origin": "Гарт", "article": "03_uk.txt"}],
[{"text": "US, French and German officials drafted a plan for an unarmed civilian ceasefire monitoring mission of about 1,500 observers in Ukraine.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "National security advisers are to discuss the draft in Geneva on 20 April.",
  "articles": ["00_en.txt", "02_ru.txt", "04_en.txt"], "independent_sources": 1}])

# s04: CNN (out of corpus) relayed 5x with relative dates: "on Thursday", "в четвер", "накануне";
# 01_uk body lost the space after every full stop; 03_en has no date line; 04_ru relays Kyiv Ledger
# ("пишет англоязычное издание Kyiv Ledger со ссылкой на CNN") → edge from Kyiv Ledger.
story("s04_cnn_border_troops_relative_dates", "foreign_tv", {
"00_en.txt": """Russia masses 30,000 troops near Sumy border, US officials tell CNN
Kyiv Ledger
2027-05-07T06:30:00+00:00

Russia has gathered about 30,000 troops and some 200 armoured vehicles in its Kursk and Bryansk regions, close to Ukraine's Sumy region, over the past month, CNN reported on Thursday, citing two US officials.

US intelligence does not believe a large offensive is imminent, the officials said. The force appears designed to tie down Ukrainian units in the north rather than to break through, according to the assessment.

"It looks more like a force meant to pin the Ukrainians down than one meant to break through," one of the officials told the US broadcaster.

Satellite images reviewed by US analysts also show two field hospitals set up near the border in recent weeks, CNN said. Ukraine's General Staff did not respond to a request for comment.
""",
"01_uk.txt": """CNN: Росія стягнула до кордону із Сумщиною 30 тисяч військових
Прикордонні новини
06.05.2027 23:10

Росія за останній місяць зосередила в Курській і Брянській областях біля кордону із Сумщиною близько 30 тисяч військових і приблизно 200 одиниць броньованої техніки.Про це в четвер повідомив американський телеканал CNN, посилаючись на двох посадовців США.За їхніми словами, американська розвідка не вважає, що масштабний наступ почнеться найближчим часом.

«Це більше схоже на сили, покликані скувати українців, ніж на ті, що мають прорвати оборону», — сказав телеканалу один зі співрозмовників.Угруповання, за оцінкою розвідки, має на меті втримувати українські підрозділи на півночі.

Також на супутникових знімках видно два польові шпиталі, розгорнуті поблизу кордону за останні тижні.
""",
"02_ru.txt": """CNN: у границы с Сумской областью сосредоточено около 30 тысяч российских военных
Городской Вестник
07.05.2027 09:00

Россия за последний месяц сосредоточила в Курской и Брянской областях, у границы с украинской Сумской областью, около 30 тысяч военнослужащих и порядка 200 единиц бронетехники. Об этом накануне сообщил американский телеканал CNN со ссылкой на двух чиновников США.

По оценке американской разведки, крупное наступление в ближайшее время не ожидается. «Это больше похоже на силы, которые должны сковать украинцев, чем на ударную группировку для прорыва», — сказал телеканалу один из собеседников.

На спутниковых снимках, по данным CNN, видны два полевых госпиталя, развернутых у границы в последние недели.
""",
"03_en.txt": """Troop build-up near Sumy 'meant to pin down' Ukrainian forces
Dnipro Wire

About 30,000 Russian troops and roughly 200 armoured vehicles have been concentrated in the Kursk and Bryansk regions over the past month, the US broadcaster CNN reported on Thursday, quoting two American officials.

Washington does not expect a major offensive soon, the officials said; the build-up is seen as an effort to hold Ukrainian units in the north in place.

Two field hospitals have also appeared near the border, according to satellite imagery cited in the report.
""",
"04_ru.txt": """Американская разведка: российская группировка у Сумщины не готовится к прорыву
Вечерний Курьер
2027-05-07 12:40

Россия за месяц стянула в Курскую и Брянскую области около 30 тысяч военных и 200 единиц бронетехники, пишет англоязычное издание Kyiv Ledger со ссылкой на CNN.

Два американских чиновника, на которых ссылается телеканал, считают, что масштабного наступления в ближайшее время не будет. По их словам, группировка скорее должна сковать украинские части на севере, чем прорвать оборону.
""",
}, [{"name": "CNN", "in_corpus": False}],
[{"origin": "CNN", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"]]
 + [{"origin": "Kyiv Ledger", "article": "04_ru.txt"}],
[{"text": "Russia has concentrated about 30,000 troops and some 200 armoured vehicles in the Kursk and Bryansk regions near Ukraine's Sumy region.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Two field hospitals have been set up near the border in recent weeks.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# s05: two foreign media report the same plan independently: The Times (00_en, 03_uk) and Sky News
# (01_uk); 02_ru credits both (two edges). Times-only detail (three sites, autumn) in 00_en and
# 03_uk; Sky-only detail (Norway pays a third) in 01_uk.
story("s05_times_sky_naval_drones", "two_foreign_media", {
"00_en.txt": """Britain and Norway to fund £300m naval drone production in Ukraine
Black Sea Monitor
2027-05-22T10:00:00+00:00

Britain and Norway will jointly put about £300 million into building naval drones in Ukraine, The Times reported on Saturday, citing Whitehall sources. The deal is due to be announced during the Prime Minister's visit to Oslo next week.

According to the newspaper, the money will pay for serial production of sea drones at three sites in Ukraine, starting in the autumn.

"This is about building the drones where they are used, not shipping them across Europe," one government source told The Times.

Downing Street declined to comment on what it called speculation.
""",
"01_uk.txt": """Британія і Норвегія профінансують виробництво морських дронів в Україні — Sky News
Вечірній Поділ
22.05.2027 14:20

Велика Британія та Норвегія спільно виділять близько 300 мільйонів фунтів стерлінгів на виробництво морських дронів в Україні. Про це повідомив британський телеканал Sky News, посилаючись на високопоставлене джерело в оборонному відомстві.

За даними телеканалу, Норвегія покриє приблизно третину цієї суми. Угоду мають оголосити під час візиту британського прем'єр-міністра до Осло наступного тижня.

«У Норвегії є гроші та знання про море, в України є інженери», — сказало джерело Sky News.
""",
"02_ru.txt": """СМИ: Великобритания и Норвегия вложат £300 млн в украинские морские дроны
Северная Линия
2027-05-22 17:45

Великобритания и Норвегия совместно выделят около 300 миллионов фунтов стерлингов на производство морских беспилотников в Украине. Об этом в субботу сообщили газета The Times и телеканал Sky News, ссылаясь на источники в британском правительстве и оборонном ведомстве.

Соглашение, как ожидается, объявят во время визита британского премьера в Осло на следующей неделе. На Даунинг-стрит информацию не комментируют.
""",
"03_uk.txt": """Морські дрони для ЗСУ вироблятимуть на трьох майданчиках в Україні
Гарт
23.05.2027 09:10

Велика Британія та Норвегія вкладуть близько 300 мільйонів фунтів у виробництво морських дронів в Україні. У суботу про це повідомила британська газета The Times з посиланням на джерела в уряді.

За даними газети, серійне виробництво налагодять на трьох майданчиках в Україні, і воно стартує восени. «Йдеться про те, щоб будувати дрони там, де їх використовують, а не возити їх через усю Європу», — сказав виданню один з урядових співрозмовників.

Офіційно угоду мають оголосити наступного тижня в Осло.
""",
}, [{"name": "The Times", "in_corpus": False}, {"name": "Sky News", "in_corpus": False}],
[{"origin": "The Times", "article": "00_en.txt"},
 {"origin": "Sky News", "article": "01_uk.txt"},
 {"origin": "The Times", "article": "02_ru.txt"},
 {"origin": "Sky News", "article": "02_ru.txt"},
 {"origin": "The Times", "article": "03_uk.txt"}],
[{"text": "Britain and Norway will jointly fund about £300 million of naval drone production in Ukraine.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Serial production is to start in the autumn at three sites in Ukraine.",
  "articles": ["00_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Norway will cover about a third of the sum.",
  "articles": ["01_uk.txt"], "independent_sources": 1}])

# s06: Die Welt (out of corpus) relayed 3x directly ("у неділю", "on Sunday", list "seen by the
# newspaper"); 03_uk relays Kyiv Ledger, which it names, and calls Die Welt only "німецька газета"
# → edge from Kyiv Ledger. The German official's quote in four wordings.
story("s06_welt_shadow_fleet_sanctions", "foreign_newspaper", {
"00_ru.txt": """Die Welt: Германия добивается санкций ЕС против 46 танкеров теневого флота
Вечерний Курьер
06.06.2027 15:30

Германия предлагает включить в следующий пакет санкций ЕС 46 танкеров так называемого теневого флота России и четыре судоходные компании, зарегистрированные в ОАЭ и Гонконге. Об этом пишет немецкая газета Die Welt со ссылкой на источники в правительстве ФРГ.

Список, с которым ознакомилась редакция, Берлин разослал партнерам по ЕС на прошлой неделе. По данным газеты, большинство судов в последние месяцы заходили в порты Балтийского моря.

«Каждый танкер, который мы выводим из игры, стоит Москве денег, которые она иначе потратила бы на войну», — цитирует газета одного из собеседников.
""",
"01_uk.txt": """Німеччина пропонує ЄС санкції проти 46 танкерів тіньового флоту РФ
Обрій Інфо
2027-06-06 16:05

Німеччина хоче, щоб до наступного пакета санкцій Євросоюзу потрапили 46 танкерів російського тіньового флоту та чотири судноплавні компанії з ОАЕ і Гонконгу. Про це у неділю повідомила німецька газета Die Welt, посилаючись на джерела в уряді ФРГ.

Берлін надіслав список партнерам по ЄС минулого тижня. Більшість суден в останні місяці заходили до портів на Балтиці.

«Кожен танкер, який ми виводимо з гри, коштує Москві грошей, які вона інакше витратила б на війну», — сказав газеті один з урядовців.
""",
"02_en.txt": """Germany pushes EU to blacklist 46 shadow fleet tankers
Kyiv Ledger
Sun, 06 Jun 2027 18:40:00 +0000

Germany wants the European Union to sanction 46 tankers of Russia's shadow fleet and four ship-management companies based in the United Arab Emirates and Hong Kong, German daily Die Welt reported on Sunday, citing government sources in Berlin.

The list, seen by the newspaper, was circulated to EU partners last week. Most of the vessels have called at Baltic Sea ports in recent months.

"Every tanker we take off the board costs Moscow money it would otherwise spend on the war," a German official was quoted as saying.
""",
"03_uk.txt": """Берлін склав список із 46 танкерів для нових санкцій ЄС
Прикордонні новини
07.06.2027 08:15

Німеччина пропонує запровадити санкції ЄС проти 46 танкерів тіньового флоту Росії та чотирьох компаній-операторів з ОАЕ і Гонконгу, пише англомовне видання Kyiv Ledger, посилаючись на німецьку газету.

Список уже передали партнерам по ЄС. За словами німецького посадовця, кожен виведений з гри танкер позбавляє Москву грошей, які пішли б на війну.
""",
}, [{"name": "Die Welt", "in_corpus": False}],
[{"origin": "Die Welt", "article": a} for a in ["00_ru.txt", "01_uk.txt", "02_en.txt"]]
 + [{"origin": "Kyiv Ledger", "article": "03_uk.txt"}],
[{"text": "Germany proposes EU sanctions against 46 Russian shadow fleet tankers and four ship-management companies from the UAE and Hong Kong.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

# s07: Le Figaro (out of corpus) relayed 4x; 00_uk names it only in its last sentence; 01_ru "во
# вторник"; 02_en and 03_uk also take a Telegram post by the POW coordination headquarters'
# spokesman Bohdan Yaroshenko (person, no medium between) → second out-of-corpus origin.
story("s07_figaro_prisoner_talks_telegram", "foreign_newspaper_plus_official", {
"00_uk.txt": """Франція прийме новий раунд переговорів про обмін полоненими
Гарт
22.06.2027 19:30

Франція прийме новий раунд переговорів між Україною та Росією щодо обміну полоненими. Зустріч має відбутися в Ліоні на початку липня за участі Міжнародного комітету Червоного Хреста.

Французька сторона не братиме участі в самих переговорах, а лише забезпечить майданчик і конфіденційність. «Роль Франції — дати кімнату і тишу», — сказало дипломатичне джерело.

Про це повідомила французька газета Le Figaro з посиланням на джерело у французькому дипломатичному відомстві.
""",
"01_ru.txt": """Le Figaro: переговоры об обмене пленными пройдут в Лионе
Городской Вестник
2027-06-22 21:00

Новый раунд переговоров между Украиной и Россией об обмене военнопленными пройдет в начале июля во французском Лионе при участии Международного комитета Красного Креста. Об этом во вторник сообщила французская газета Le Figaro, ссылаясь на источник во французской дипломатии.

Сама Франция, по данным издания, в переговорах участвовать не будет. «Задача Франции — предоставить комнату и тишину», — сказал газете собеседник.
""",
"02_en.txt": """Kyiv confirms preparations for new prisoner exchange talks after Le Figaro report
Dnipro Wire
2027-06-23T07:45:00+00:00

Ukraine and Russia are preparing a new round of talks on exchanging prisoners of war, which France has offered to host, Le Figaro reported on Tuesday, citing a French diplomatic source.

"France's role is to provide the room and the silence," the source told the paper.

On Wednesday morning Bohdan Yaroshenko, spokesman for Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, wrote on his Telegram channel that preparations for a new exchange were "under way and at an advanced stage". He declined to name a venue or a date.
""",
"03_uk.txt": """У Коордштабі підтвердили підготовку нового обміну полоненими
Вечірній Поділ
23.06.2027 10:20

Підготовка до нового обміну полоненими триває і перебуває на завершальній стадії. Про це в середу вранці написав у своєму Telegram-каналі речник Координаційного штабу з питань поводження з військовополоненими Богдан Ярошенко. Місце і дату переговорів він не назвав.

Напередодні французька газета Le Figaro повідомила, що Франція запропонувала прийняти переговори про обмін між Україною та Росією. За словами джерела видання у французькій дипломатії, «роль Франції — надати приміщення і тишу».
""",
}, [{"name": "Le Figaro", "in_corpus": False}, {"name": "Bohdan Yaroshenko", "in_corpus": False}],
[{"origin": "Le Figaro", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"]]
 + [{"origin": "Bohdan Yaroshenko", "article": a} for a in ["02_en.txt", "03_uk.txt"]],
[{"text": "A new round of talks between Ukraine and Russia on a prisoner exchange is being prepared.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The talks are to take place in Lyon in early July with the International Committee of the Red Cross taking part.",
  "articles": ["00_uk.txt", "01_ru.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 59 (invented events; real foreign media as out-of-corpus origins); see README.md.",
              "stories": []}
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
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
