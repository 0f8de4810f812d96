#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand31 set.

Events and people are invented; the outlets (in the corpus) and the foreign papers and
broadcasters they credit (mostly outside the corpus) are real, well-known media.
Labels are written by hand below; a small check at the end only verifies that each claim's
hand-written independent_sources equals the number of distinct roots of its articles.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims, outlets):
    """outlets: in-corpus outlet name -> article file (used only by the consistency check)."""
    S.append((id, scenario, arts, origins, relays, claims, outlets))

# s01: The Telegraph (outside) relayed 5x. uk censor.net "Про це пише британське видання The
# Telegraph з посиланням на джерела" + "Як зазначає видання" + "цитує The Telegraph одне з джерел";
# uk РБК-Україна title suffix "— The Telegraph" + "Автори статті наголошують"; ru Обозреватель
# "Об этом сообщает британское издание The Telegraph" + "цитирует издание один из источников";
# en Kyiv Post "The Telegraph reported …, citing sources"; uk УНІАН (no date line) only «Дейлі
# телеграф». The anonymous government source and the company CEO are not origins.
story("s01_telegraph_naval_drones", "foreign_paper", {
"00_uk.txt": """Британська компанія разом з українською верф'ю будуватиме морські дрони на Миколаївщині, — The Telegraph
censor.net
08.03.2027 10:40

Британська оборонна компанія Solent Maritime Systems та українське державне підприємство «Південна верф» домовилися спільно виробляти безекіпажні морські дрони на Миколаївщині.

Про це пише британське видання The Telegraph з посиланням на джерела в уряді Великої Британії.

Як зазначає видання, вартість угоди становить близько 180 мільйонів фунтів стерлінгів, а перші 40 дронів мають передати Військово-морським силам ЗСУ до осені.

"Це не разова поставка, а виробництво, яке залишиться в Україні й після війни", - цитує The Telegraph одне з джерел в уряді.

Генеральний директор Solent Maritime Systems Гарет Прайс підтвердив виданню, що переговори тривають, але відмовився називати суми.
""",
"01_uk.txt": """Британія та Україна вироблятимуть морські дрони на £180 млн — The Telegraph
РБК-Україна
2027-03-08 11:25

Британська компанія Solent Maritime Systems і ДП «Південна верф» спільно виготовлятимуть морські безекіпажні дрони на Миколаївщині. Сума угоди - близько 180 млн фунтів стерлінгів.

Про це пише британська газета The Telegraph.

Як зазначає видання, угоду готували з осені минулого року, а фінансування частково надасть британський уряд. Автори статті наголошують, що виробничі лінії розосередять між кількома майданчиками, щоб зменшити ризик ракетних ударів.

Де саме розташовуватимуться цехи, у статті не уточнюється.
""",
"02_ru.txt": """Британцы и украинская верфь будут вместе строить морские дроны под Николаевом
Обозреватель
Mon, 08 Mar 2027 12:10:00 +0200

Британская оборонная компания Solent Maritime Systems и украинское госпредприятие «Южная верфь» («Південна верф») договорились о совместном производстве безэкипажных морских дронов в Николаевской области. Об этом сообщает британское издание The Telegraph со ссылкой на источники в правительстве Великобритании.

Сумма соглашения составляет около 180 млн фунтов стерлингов. Первые 40 дронов должны передать ВМС Украины до осени.

«Это не разовая поставка, а производство, которое останется в Украине и после войны», - цитирует издание один из источников.

Глава Solent Maritime Systems Гарет Прайс подтвердил газете, что переговоры идут, но суммы называть отказался.
""",
"03_en.txt": """UK firm to build naval drones with Ukrainian shipyard in Mykolaiv region, Telegraph says
Kyiv Post
2027-03-08T13:00:00+02:00

British defense company Solent Maritime Systems and Ukraine's state-owned Pivdenna Shipyard will jointly produce unmanned naval drones in Mykolaiv Oblast, The Telegraph reported on March 8, citing sources in the UK government.

The deal is worth around 180 million pounds, according to the British newspaper, and the first 40 drones are due to be handed over to the Ukrainian Navy by autumn.

Gareth Price, the chief executive of Solent Maritime Systems, told The Telegraph that talks were under way but declined to discuss figures.

Ukraine's Defense Ministry has not commented on the report.
""",
"04_uk.txt": """«Дейлі телеграф»: на Миколаївщині вироблятимуть британсько-українські морські дрони
УНІАН

Британська газета «Дейлі телеграф» повідомила, що компанія Solent Maritime Systems і ДП «Південна верф» налагодять спільне виробництво морських дронів на Миколаївщині.

За даними газети, перші 40 дронів передадуть ВМС ЗСУ до осені.

Міністерство оборони України наразі не коментувало цю інформацію.
""",
}, [
 {"name": "The Telegraph", "in_corpus": False},
], [
 {"origin": "The Telegraph", "article": "00_uk.txt"},
 {"origin": "The Telegraph", "article": "01_uk.txt"},
 {"origin": "The Telegraph", "article": "02_ru.txt"},
 {"origin": "The Telegraph", "article": "03_en.txt"},
 {"origin": "The Telegraph", "article": "04_uk.txt"},
], [
 {"text": "British company Solent Maritime Systems and the Ukrainian state shipyard Pivdenna Verf will jointly produce naval drones in the Mykolaiv region.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "The deal is worth about 180 million pounds.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The first 40 drones are to be handed over to the Ukrainian Navy by autumn.",
  "articles": ["00_uk.txt", "02_ru.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 1},
], {"Censor.NET": "00_uk.txt", "RBC-Ukraine": "01_uk.txt", "Obozrevatel": "02_ru.txt",
    "Kyiv Post": "03_en.txt", "UNIAN": "04_uk.txt"})

# s02: two independent foreign papers (The Economist, Financial Times, both outside) report the same
# loan. uk nv.ua title suffix "— The Economist" + "Про це пише британський журнал The Economist";
# ru Meduza "пишет Financial Times со ссылкой на"; en Kyiv Independent "The Economist and the
# Financial Times reported separately" (two edges); uk LIGA.net «Економіст» + "у четвер".
story("s02_economist_ft_nordic_loan", "two_independent", {
"00_uk.txt": """Північні банки дадуть Україні €2,4 млрд на відбудову ГЕС — The Economist
nv.ua
11.03.2027 09:30

Консорціум п'яти банків зі Швеції, Норвегії та Фінляндії надасть Україні кредит на 2,4 млрд євро для відновлення гідроелектростанцій, пошкоджених російськими ударами.

Про це пише британський журнал The Economist з посиланням на учасників переговорів у Києві.

Як зазначає видання, обов'язковою умовою фінансування стане створення в Україні окремого агентства з безпеки енергосистеми, яке відповідатиме за захист відновлених об'єктів.

Назви банків журнал не наводить. У Міністерстві енергетики запит NV не прокоментували.
""",
"01_ru.txt": """FT: банки северных стран выделят Украине 2,4 млрд евро на восстановление ГЭС
Meduza
2027-03-11 10:05

Консорциум из пяти банков Швеции, Норвегии и Финляндии предоставит Украине кредит в 2,4 млрд евро на восстановление гидроэлектростанций, пишет Financial Times со ссылкой на трех человек, знакомых с ходом переговоров в Стокгольме.

Первый транш в размере 600 млн евро, по данным газеты, может поступить уже в июне.

Названия банков FT не приводит.
""",
"02_en.txt": """Nordic banks to lend Ukraine 2.4 billion euros for hydropower repairs, Economist and FT report
The Kyiv Independent
2027-03-11T14:20:00+02:00

A consortium of five Swedish, Norwegian and Finnish banks will lend Ukraine 2.4 billion euros to rebuild hydroelectric power plants damaged by Russian strikes, The Economist and the Financial Times reported separately on March 11.

The Economist cited people involved in the talks in Kyiv, while the Financial Times cited three people familiar with the negotiations in Stockholm. Neither newspaper named the banks.

Ukraine's Energy Ministry did not respond to the Kyiv Independent's request for comment.
""",
"03_uk.txt": """«Економіст»: Україна отримає від скандинавських банків 2,4 млрд євро на ГЕС
LIGA.net
12.03.2027 08:50

Україна отримає кредит на 2,4 млрд євро від консорціуму п'яти банків зі Швеції, Норвегії та Фінляндії на відновлення гідроелектростанцій. Про це у четвер написав британський журнал «Економіст».

За даними «Економіста», обов'язковою умовою кредиту є створення агентства з безпеки енергосистеми.

Раніше уряд заявляв, що на відбудову пошкоджених ГЕС потрібно щонайменше 3 млрд євро.
""",
}, [
 {"name": "The Economist", "in_corpus": False},
 {"name": "Financial Times", "in_corpus": False},
], [
 {"origin": "The Economist", "article": "00_uk.txt"},
 {"origin": "Financial Times", "article": "01_ru.txt"},
 {"origin": "The Economist", "article": "02_en.txt"},
 {"origin": "Financial Times", "article": "02_en.txt"},
 {"origin": "The Economist", "article": "03_uk.txt"},
], [
 {"text": "A consortium of five Swedish, Norwegian and Finnish banks will lend Ukraine 2.4 billion euros to rebuild hydroelectric power plants.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "A condition of the loan is the creation of a separate Ukrainian grid-security agency.",
  "articles": ["00_uk.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "A first tranche of 600 million euros could arrive in June.",
  "articles": ["01_ru.txt"], "independent_sources": 1},
], {"NV": "00_uk.txt", "Meduza": "01_ru.txt", "The Kyiv Independent": "02_en.txt",
    "LIGA.net": "03_uk.txt"})

# s03: Ukrainska Pravda's own investigation (in-corpus origin) relayed by a foreign paper in the
# corpus (Die Welt, de), which is relayed in turn by Espreso ("Die Welt («Вельт») … посилається на
# розслідування «Української правди»": edge from Die Welt, root Ukrainska Pravda); en Kyiv
# Independent credits Ukrainska Pravda directly. The company director and the audit service are
# not origins.
story("s03_pravda_investigation_generators", "own_investigation_foreign_relay", {
"00_uk.txt": """Генератори вдвічі дорожче: як житомирська фірма заробила на обласних військових адміністраціях
www.pravda.com.ua
2027-03-16 07:00

Як з'ясувала «Українська правда», житомирське ТОВ «Енергомаш-Трейд» протягом 2026 року продало шести обласним військовим адміністраціям 340 дизельних генераторів за цінами, що майже вдвічі перевищують ринкові.

Журналісти УП проаналізували 27 договорів у системі Prozorro та порівняли ціни з комерційними пропозиціями трьох інших постачальників на ті самі моделі. За нашими підрахунками, переплата бюджету становить близько 61 млн грн.

Засновником «Енергомаш-Трейд» є Віталій Гнатюк, який до 2024 року працював у відділі закупівель однієї з ОВА.

Директор компанії Ігор Скрипник у коментарі УП заявив, що ціни були «ринковими з урахуванням доставки та гарантії». На запитання про Гнатюка він не відповів.
""",
"01_de.txt": """Ukraine: Firma verkaufte Generatoren zum doppelten Preis an Militärverwaltungen
Die Welt
17. März 2027

Eine Firma aus Schytomyr hat sechs ukrainischen Gebietsmilitärverwaltungen 340 Dieselgeneratoren zu fast doppelten Marktpreisen verkauft. Das berichtete die ukrainische Online-Zeitung Ukrainska Prawda am Dienstag nach der Auswertung von 27 Verträgen im staatlichen Beschaffungssystem Prozorro.

Der Schaden für den Haushalt beläuft sich laut Ukrainska Prawda auf rund 61 Millionen Hrywnja. Der Direktor der Firma, Ihor Skrypnyk, nannte die Preise gegenüber der Zeitung „marktüblich, inklusive Lieferung und Garantie".

Für westliche Geldgeber, die den Kauf von Generatoren für die Ukraine mitfinanzieren, ist der Fall heikel.
""",
"02_uk.txt": """Die Welt написала про генератори за завищеними цінами для ОВА
Еспресо
17.03.2027 15:30

Німецьке видання Die Welt («Вельт») написало про житомирську фірму, яка продала обласним військовим адміністраціям 340 дизельних генераторів майже вдвічі дорожче за ринкову ціну.

Видання посилається на розслідування «Української правди».

За даними «Вельт», директор компанії Ігор Скрипник наполягає, що ціни були ринковими з урахуванням доставки та гарантії.

Видання зазначає, що історія може зашкодити довірі західних партнерів, які фінансують закупівлю генераторів.
""",
"03_en.txt": """Firm sold generators to military administrations at double market price, Ukrainska Pravda finds
The Kyiv Independent
2027-03-16T16:45:00+02:00

A Zhytomyr-based company sold 340 diesel generators to six regional military administrations in 2026 at nearly twice the market price, Ukrainska Pravda reported on March 16, citing an analysis of 27 contracts in the Prozorro procurement system.

The overpayment amounted to about 61 million hryvnias, according to the outlet's calculations.

The State Audit Service said later on March 16 that it would review the contracts.
""",
}, [
 {"name": "Ukrainska Pravda", "in_corpus": True},
], [
 {"origin": "Ukrainska Pravda", "article": "01_de.txt"},
 {"origin": "Die Welt", "article": "02_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "03_en.txt"},
], [
 {"text": "A Zhytomyr company sold 340 diesel generators to regional military administrations at nearly twice the market price.",
  "articles": ["00_uk.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The overpayment amounted to about 61 million hryvnias.",
  "articles": ["00_uk.txt", "01_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The company's director Ihor Skrypnyk said the prices were market prices including delivery and warranty.",
  "articles": ["00_uk.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 1},
], {"Ukrainska Pravda": "00_uk.txt", "Die Welt": "01_de.txt", "Espreso": "02_uk.txt",
    "The Kyiv Independent": "03_en.txt"})

# s04: Bild (outside) relayed by Ukrainska Pravda, which is relayed by Glavcom ("пише УП з
# посиланням на Bild": edge from Ukrainska Pravda, root Bild); Ukrinform «Більд» with full stops
# that lost their following space; ru rbc.ua "Об этом сообщает издание Bild". UP is a relay here,
# not an origin.
story("s04_bild_repair_centre", "relay_of_relay", {
"00_uk.txt": """Німецька компанія відкриє на заході України центр ремонту бронетехніки — Bild
www.pravda.com.ua
2027-03-23 12:15

Німецький виробник Kessler Wehrtechnik відкриє у західній Україні центр ремонту бронетехніки, де працюватимуть близько 150 людей.

Про це пише німецьке видання Bild.

За інформацією видання, перші пошкоджені машини центр прийме вже у травні. Точне розташування центру з міркувань безпеки не розголошується.

"Ми ремонтуватимемо техніку там, де вона потрібна, а не за тисячу кілометрів від фронту", - цитує Bild керівника компанії Франка Кесслера.
""",
"01_uk.txt": """У західній Україні запрацює німецький центр ремонту бронетехніки
Главком
24.03.2027 09:10

Німецька компанія Kessler Wehrtechnik відкриє центр ремонту бронетехніки на заході України. Про це у вівторок написала «Українська правда».

У центрі працюватимуть близько 150 фахівців, пише УП з посиланням на Bild.

Раніше Україна домовлялася з кількома європейськими виробниками про ремонт техніки на своїй території.
""",
"02_uk.txt": """Kessler Wehrtechnik відкриє в Україні ремонтний центр – «Більд»
ukrinform.ua
23.03.2027 13:40

Німецька компанія Kessler Wehrtechnik відкриє на заході України центр ремонту бронетехніки.Про це повідомляє німецька газета «Більд».У центрі працюватимуть близько 150 осіб.Перші машини на ремонт мають надійти у травні.Місце розташування центру не розкривається з міркувань безпеки.
""",
"03_ru.txt": """Немецкая компания откроет в Украине центр ремонта бронетехники
rbc.ua
Tue, 23 Mar 2027 14:05:00 +0200

Немецкий производитель Kessler Wehrtechnik откроет на западе Украины центр ремонта бронетехники. Об этом сообщает издание Bild.

По данным издания, первые машины центр примет уже в мае. Где именно он будет расположен, не уточняется.
""",
}, [
 {"name": "Bild", "in_corpus": False},
], [
 {"origin": "Bild", "article": "00_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "01_uk.txt"},
 {"origin": "Bild", "article": "02_uk.txt"},
 {"origin": "Bild", "article": "03_ru.txt"},
], [
 {"text": "German manufacturer Kessler Wehrtechnik will open an armoured-vehicle repair centre in western Ukraine.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "About 150 people will work at the repair centre.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The centre will receive its first vehicles in May.",
  "articles": ["00_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
], {"Ukrainska Pravda": "00_uk.txt", "Glavcom": "01_uk.txt", "Ukrinform": "02_uk.txt",
    "RBC-Ukraine": "03_ru.txt"})

# s05: The Wall Street Journal (outside) relayed by Ukrinform («Волл-стріт джорнел»), Meduza ("пишет
# The Wall Street Journal со ссылкой на" + "высокопоставленный источник", which belongs to the WSJ)
# and Kyiv Independent; en Kyiv Post "The Wall Street Journal reported …, as relayed by Ukrinform":
# ONE edge, from Ukrinform (the in-corpus outlet it took the report from; same rule as a credit to
# an in-corpus outlet that names its own source). Root is still the WSJ.
story("s05_wsj_reconstruction_envoy", "as_relayed_by", {
"00_uk.txt": """У США розглядають призначення спецкоординатора з відбудови України — WSJ
Укрінформ
19.03.2027 18:20

Адміністрація США розглядає кандидатуру колишнього посла Річарда Каллоуея на посаду спеціального координатора з питань відбудови України.

Про це пише американська газета The Wall Street Journal («Волл-стріт джорнел») з посиланням на поінформованих посадовців.

За даними видання, остаточне рішення може бути ухвалене протягом кількох тижнів. Сам Каллоуей відмовився коментувати газеті своє можливе призначення.
""",
"01_en.txt": """US weighs special reconstruction coordinator for Ukraine – WSJ
Kyiv Post
2027-03-20T08:30:00+02:00

The US administration is considering former ambassador Richard Calloway for the post of special coordinator for Ukraine's reconstruction, The Wall Street Journal reported on March 19, as relayed by Ukrinform.

A final decision could come within weeks, according to the report.

The White House has not commented publicly.
""",
"02_ru.txt": """WSJ: в США могут назначить спецкоординатора по восстановлению Украины
Meduza
2027-03-19 20:45

Администрация США рассматривает кандидатуру бывшего посла Ричарда Кэллоуэя на должность специального координатора по восстановлению Украины, пишет The Wall Street Journal со ссылкой на американских чиновников.

«Решение может быть принято в ближайшие недели», - сказал газете высокопоставленный источник в администрации.

По данным издания, координатор будет отвечать за распределение около 8 млрд долларов американской помощи на восстановление.
""",
"03_en.txt": """Former ambassador considered for US reconstruction envoy post, WSJ says
The Kyiv Independent
2027-03-20T11:00:00+02:00

Former US ambassador Richard Calloway is being considered for the role of special coordinator for Ukraine's reconstruction, according to The Wall Street Journal.

The coordinator would oversee about 8 billion dollars in US reconstruction funds, the newspaper reported, citing US officials.
""",
}, [
 {"name": "The Wall Street Journal", "in_corpus": False},
], [
 {"origin": "The Wall Street Journal", "article": "00_uk.txt"},
 {"origin": "Ukrinform", "article": "01_en.txt"},
 {"origin": "The Wall Street Journal", "article": "02_ru.txt"},
 {"origin": "The Wall Street Journal", "article": "03_en.txt"},
], [
 {"text": "The US administration is considering former ambassador Richard Calloway as special coordinator for Ukraine's reconstruction.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A decision on the appointment could come within weeks.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The coordinator would oversee about 8 billion dollars of US reconstruction aid.",
  "articles": ["02_ru.txt", "03_en.txt"], "independent_sources": 1},
], {"Ukrinform": "00_uk.txt", "Kyiv Post": "01_en.txt", "Meduza": "02_ru.txt",
    "The Kyiv Independent": "03_en.txt"})

# s06: BBC interview (outside) with an invented deputy energy minister, relayed 4x: uk Suspilne
# "в інтерв'ю британській телерадіокомпанії BBC" + "минулих вихідних"; ru obozrevatel.com
# "рассказала в интервью Би-би-си"; de DW "im Interview mit der BBC"; en NV English "told the BBC".
# The minister is quoted by a medium, so she is not an origin; the BBC is.
story("s06_bbc_interview_power_imports", "broadcaster_interview", {
"00_uk.txt": """Україна наступної зими планує імпортувати до 1,2 ГВт електроенергії з ЄС, — Ковалик
suspilne.media
29.03.2027 10:00

Україна наступної зими планує імпортувати з країн Європейського Союзу до 1,2 гігавата електроенергії.

Про це заступниця міністра енергетики Надія Ковалик заявила минулих вихідних в інтерв'ю британській телерадіокомпанії BBC.

За її словами, після ударів минулої зими вдалося повністю відновити три теплові електростанції.

"Ми не можемо покладатися лише на власну генерацію, поки тривають обстріли", - сказала Ковалик.
""",
"01_ru.txt": """Украина зимой будет импортировать до 1,2 ГВт электроэнергии из ЕС, - замминистра
obozrevatel.com
2027-03-29 11:30

Следующей зимой Украина планирует импортировать из стран ЕС до 1,2 ГВт электроэнергии. Об этом рассказала в интервью Би-би-си заместитель министра энергетики Надежда Ковалык.

По ее словам, три тепловые электростанции, пострадавшие от ударов прошлой зимой, уже полностью восстановлены.
""",
"02_de.txt": """Ukraine will im Winter bis zu 1,2 Gigawatt Strom aus der EU importieren
DW
29. März 2027

Die Ukraine will im kommenden Winter bis zu 1,2 Gigawatt Strom aus EU-Staaten einführen. Das sagte die stellvertretende Energieministerin Nadija Kowalyk im Interview mit der BBC.

„Wir können uns nicht allein auf die eigene Erzeugung verlassen, solange die Angriffe andauern", sagte Kowalyk dem britischen Sender.
""",
"03_en.txt": """Ukraine plans to import up to 1.2 GW of electricity from EU next winter, deputy minister says
english.nv.ua
2027-03-29T12:40:00+03:00

Ukraine plans to import up to 1.2 gigawatts of electricity from European Union countries next winter, Deputy Energy Minister Nadiia Kovalyk told the BBC in an interview aired on March 28.

Three thermal power plants damaged by strikes last winter have been fully restored, Kovalyk told the British broadcaster.
""",
}, [
 {"name": "BBC", "in_corpus": False},
], [
 {"origin": "BBC", "article": "00_uk.txt"},
 {"origin": "BBC", "article": "01_ru.txt"},
 {"origin": "BBC", "article": "02_de.txt"},
 {"origin": "BBC", "article": "03_en.txt"},
], [
 {"text": "Ukraine plans to import up to 1.2 gigawatts of electricity from the EU next winter.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Three thermal power plants damaged by strikes last winter have been fully restored.",
  "articles": ["00_uk.txt", "01_ru.txt", "03_en.txt"], "independent_sources": 1},
], {"Suspilne": "00_uk.txt", "Obozrevatel": "01_ru.txt", "Deutsche Welle": "02_de.txt",
    "NV": "03_en.txt"})


def roots(article, origins, relays, outlets, seen=()):
    """Roots of one article: in-corpus origins it is, plus roots reached through its edges."""
    own = {o["name"] for o in origins if o["in_corpus"] and outlets.get(o["name"]) == article}
    for e in relays:
        if e["article"] != article:
            continue
        src = e["origin"]
        if src in outlets and src not in {o["name"] for o in origins if not o["in_corpus"]}:
            a = outlets[src]
            assert a not in seen, (article, src)
            own |= roots(a, origins, relays, outlets, seen + (article,))
        else:
            own.add(src)
    return own


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 31 (invented events, real outlets); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims, outlets in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for e in relays:
            assert e["article"] in arts, (id, e)
        for c in claims:
            assert all(a in arts for a in c["articles"]), (id, c)
            r = set().union(*(roots(a, origins, relays, outlets) for a in c["articles"]))
            assert len(r) == c["independent_sources"], (id, c["text"], r)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
