#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand56 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: chain regional -> national -> foreign. «Вісті Придніпров'я» own report (correspondent +
# interview with the head of the community); Суспільне credits it ("повідомляє «Вісті Придніпров'я»
# з посиланням на", "як розповів «Вістям Придніпров'я» очільник громади", "Про це «Вістям
# Придніпров'я» повідомили в"); the German paper credits only Suspilne (edge from Суспільне); the
# Russian-language local site (no date line) credits «Вести Приднепровья» ("сообщает местное издание").
story("s01_chain_bridge_collapse", "chain", {
"00_uk.txt": """У Вербовому під вантажівкою обвалився міст через Мокру Суру: два села відрізані
Вісті Придніпров'я
2027-03-09 08:40

У селі Вербове в понеділок увечері частково обвалився автомобільний міст через річку Мокра Сура. Проліт завалився під вантажівкою, яка везла близько 30 тонн піску, передає кореспондент «Вістей Придніпров'я», який побував на місці.

Водій встиг вибратися з кабіни, його госпіталізували з забоями. Вантажівка лежить на боці біля опори, половина мосту пішла під воду.

«Близько 1200 людей у Вербовому та Калинівці на тому березі фактично відрізані. Найближчий об'їзд — через Миколаївку, це 18 кілометрів ґрунтовкою», — розповів «Вістям Придніпров'я» очільник Вербівської громади Олег Данильченко.

За його словами, міст збудували у 1968 році, капітально його не ремонтували понад тридцять років. Шкільний автобус, який щодня возить 46 дітей до опорної школи, з вівторка їздитиме в об'їзд.

Про це «Вістям Придніпров'я» повідомили також у Вербівській сільській раді: там уже звернулися до обласної служби автодоріг щодо тимчасової понтонної переправи. Наш кореспондент бачив, як рятувальники огороджують в'їзд на міст з обох боків.
""",
"01_uk.txt": """На Дніпропетровщині обвалився міст: 1200 жителів двох сіл відрізані від громади
Суспільне
09.03.2027 12:15

У селі Вербове на Дніпропетровщині частково обвалився міст через річку Мокра Сура — під вантажівкою з піском. Про це повідомляє регіональне видання «Вісті Придніпров'я» з посиланням на очільника Вербівської громади Олега Данильченка.

Як розповів «Вістям Придніпров'я» Данильченко, без нормального сполучення залишилися близько 1200 жителів Вербового та Калинівки. Об'їзд через Миколаївку становить 18 кілометрів ґрунтовою дорогою.

Водій вантажівки отримав забої, його доправили до лікарні. Міст звели у 1968 році.

Шкільний автобус, що возить 46 дітей, тепер курсуватиме в об'їзд. Про це «Вістям Придніпров'я» повідомили в сільській раді, де також попросили облавтодор про тимчасову понтонну переправу.
""",
"02_de.txt": """Ukraine: Brücke stürzt unter Lastwagen ein – zwei Dörfer abgeschnitten
Elbtal-Rundschau
10. März 2027

Im Dorf Werbowe in der ostukrainischen Region Dnipropetrowsk ist eine Straßenbrücke über den Fluss Mokra Sura teilweise eingestürzt, als ein mit Sand beladener Lastwagen sie überquerte. Das berichtete der ukrainische öffentlich-rechtliche Rundfunk Suspilne unter Berufung auf die Regionalzeitung Wisti Prydniprowja.

Rund 1200 Bewohner zweier Dörfer auf dem anderen Ufer seien damit weitgehend abgeschnitten, zitiert Suspilne den Gemeindevorsteher Oleh Danyltschenko. Der Umweg über ein Nachbardorf betrage 18 Kilometer auf unbefestigter Straße.

Der Fahrer des Lastwagens wurde mit Prellungen ins Krankenhaus gebracht. Die Brücke stammt aus dem Jahr 1968.
""",
"03_ru.txt": """В Вербовом рухнул мост через Мокрую Суру
Степной телеграф

В селе Вербовое в понедельник вечером частично обрушился мост через реку Мокрая Сура — под грузовиком с песком. Об этом сообщает местное издание «Вести Приднепровья».

По данным издания, около 1200 жителей Вербового и Калиновки оказались фактически отрезаны: объезд через Николаевку — 18 километров по грунтовке. Водитель грузовика получил ушибы.

Школьный автобус, который возит 46 детей, со вторника будет ездить в объезд, рассказал «Вестям Приднепровья» глава Вербовской громады Олег Данильченко.
""",
}, [{"name": "Вісті Придніпров'я", "in_corpus": True}],
[{"origin": "Вісті Придніпров'я", "article": "01_uk.txt"},
 {"origin": "Суспільне", "article": "02_de.txt"},
 {"origin": "Вісті Придніпров'я", "article": "03_ru.txt"}],
[{"text": "A road bridge over the Mokra Sura in Verbove partly collapsed under a sand truck, cutting off about 1,200 residents of two villages.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The detour through a neighbouring village is 18 km on a dirt road.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The school bus carrying 46 children will take the detour.",
  "articles": ["00_uk.txt", "01_uk.txt", "03_ru.txt"], "independent_sources": 1}])

# s02: a mayor's Facebook post taken directly by four outlets (no medium between): Українська
# правда "написав у Facebook", УНІАН "повідомив на своїй сторінці у Facebook", Hromadske (English)
# "wrote on Facebook", a Russian-language local site "сообщил в Facebook мэр".
story("s02_mayor_facebook_water", "official_post", {
"00_uk.txt": """Зорянськ залишився без води через аварію на насосній станції
Українська правда
2027-04-14T07:55:00+00:00

Місто Зорянськ з ночі середи залишилося без централізованого водопостачання. Про це написав у Facebook міський голова Андрій Мельничук.

«Через стрибок напруги вийшли з ладу два з трьох насосів на станції "Північна". Бригади працюють, але прошу налаштуватися на те, що відновлення займе до 36 годин», — написав Мельничук.

За його словами, у місті працюватимуть 14 водовозів на 23 точках видачі, адреси оприлюднять на сторінці міськради. У четвер і п'ятницю школи Зорянська перейдуть на дистанційне навчання.

У Зорянську мешкає близько 62 тисяч людей.
""",
"01_uk.txt": """Мер Зорянська: місто без води, ремонт триватиме до півтори доби
УНІАН
14.04.2027 10:20

Зорянськ залишився без водопостачання після аварії на насосній станції «Північна», повідомив на своїй сторінці у Facebook міський голова Андрій Мельничук.

Він уточнив, що два з трьох насосів вийшли з ладу через стрибок напруги в мережі. Відновити подачу води планують протягом 36 годин.

Воду розвозитимуть 14 водовозів, точок видачі буде 23. Школи в четвер і п'ятницю працюватимуть дистанційно, додав мер.
""",
"02_en.txt": """Zoriansk without running water after pumping station failure, mayor says
Hromadske
14 April 2027

The city of Zoriansk, home to about 62,000 people, has been without running water since early Wednesday, Mayor Andriy Melnychuk wrote on Facebook.

Two of the three pumps at the city's Pivnichna pumping station broke down after a power surge, Melnychuk wrote, asking residents to be prepared for repairs to take up to 36 hours.

Fourteen water tankers will serve 23 distribution points across the city, and schools will switch to remote learning on Thursday and Friday, according to the mayor's post.
""",
"03_ru.txt": """Зорянск без воды: мэр пообещал восстановить подачу за 36 часов
Зорянск сегодня
2027-04-14 09:05

Зорянск с ночи среды остался без централизованного водоснабжения, сообщил в Facebook мэр Андрей Мельничук.

По его словам, из-за скачка напряжения сломались два из трех насосов на станции «Северная». На ремонт уйдет до 36 часов.

В городе будут работать 14 водовозов на 23 точках. В четверг и пятницу школы перейдут на дистанционку, написал мэр.
""",
}, [{"name": "Андрій Мельничук", "in_corpus": False}],
[{"origin": "Андрій Мельничук", "article": "00_uk.txt"},
 {"origin": "Андрій Мельничук", "article": "01_uk.txt"},
 {"origin": "Андрій Мельничук", "article": "02_en.txt"},
 {"origin": "Андрій Мельничук", "article": "03_ru.txt"}],
[{"text": "Zoriansk is without running water after two of three pumps at a pumping station failed after a power surge.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Repairs are expected to take up to 36 hours; 14 water tankers serve 23 points.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Schools switch to remote learning on Thursday and Friday.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s03: several roots. The local outlet «Голос Посулля» had it first (own correspondent on site +
# own interview: "розповів «Голосу Посулля» очільник громади"); the next morning Укрінформ and ТСН
# quote the head of the community's Facebook post directly without crediting the local outlet;
# a Russian-language local site credits «Голос Посулья» ("пишет местное издание").
story("s03_local_first_sinkhole", "multi_root", {
"00_uk.txt": """На в'їзді в Сулицю на дорозі утворився провал завширшки шість метрів
Голос Посулля
03.05.2027 19:30

На регіональній дорозі на в'їзді в село Сулиця Білосульської громади в понеділок після обіду утворився провал завширшки близько шести метрів і завглибшки до трьох. Передає кореспондентка «Голосу Посулля», яка побувала на місці.

Рух на ділянці перекрили, легковики пускають в об'їзд через Мар'янівку — це додаткові дев'ять кілометрів. Вантажівкам проїзд заборонили повністю.

Дорожники на місці розповіли нашій кореспондентці, що провал утворився над старою водопропускною трубою, яку проклали ще в 1970-х роках.

«Попередньо ремонт обійдеться приблизно у 2,4 мільйона гривень. Будемо просити кошти в області, самі ми таку суму не потягнемо», — розповів «Голосу Посулля» очільник Білосульської громади Віктор Сагайдак.
""",
"01_uk.txt": """На Полтавщині на дорозі утворився шестиметровий провал: рух перекрито
Укрінформ
2027-05-04 09:10

У Білосульській громаді на в'їзді в село Сулиця на регіональній дорозі утворився провал діаметром близько шести метрів. Про це написав у Facebook очільник громади Віктор Сагайдак.

«Рух ділянкою перекрито, організовано об'їзд через Мар'янівку. Вантажний транспорт просимо шукати інші маршрути», — йдеться у дописі.

За словами Сагайдака, вартість відновлення оцінюють у 2,4 мільйона гривень. Ремонт планують завершити до 20 травня.
""",
"02_uk.txt": """Провал на дорозі в Сулиці: очільник громади назвав терміни ремонту
ТСН
04.05.2027 11:45

У селі Сулиця на Полтавщині посеред дороги з'явилася яма завширшки шість метрів. Очільник Білосульської громади Віктор Сагайдак опублікував фото провалу на своїй сторінці у Facebook.

Він повідомив, що рух перекрито, а транспорт пускають в об'їзд через Мар'янівку. Ремонт, за його словами, коштуватиме близько 2,4 мільйона гривень, а завершити роботи планують до 20 травня.
""",
"03_ru.txt": """В Сулице на дороге образовался провал шириной шесть метров
Степной телеграф
2027-05-04 08:20

На въезде в село Сулица Белосульской громады на региональной дороге образовался провал шириной около шести метров, пишет местное издание «Голос Посулья».

Движение перекрыто, легковые автомобили пускают в объезд через Марьяновку. По данным издания, провал образовался над старой водопропускной трубой, проложенной еще в 1970-х.
""",
}, [{"name": "Голос Посулля", "in_corpus": True},
    {"name": "Віктор Сагайдак", "in_corpus": False}],
[{"origin": "Віктор Сагайдак", "article": "01_uk.txt"},
 {"origin": "Віктор Сагайдак", "article": "02_uk.txt"},
 {"origin": "Голос Посулля", "article": "03_ru.txt"}],
[{"text": "A sinkhole about six metres wide opened on the regional road at the entrance to Sulytsia and traffic was diverted via Marianivka.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "The sinkhole formed over an old drainage culvert laid in the 1970s.",
  "articles": ["00_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Repairs are estimated at about 2.4 million hryvnias.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt"], "independent_sources": 2},
 {"text": "Repairs are planned to be finished by 20 May.",
  "articles": ["01_uk.txt", "02_uk.txt"], "independent_sources": 1}])

# s04: own report by «Поліська хвиля» (correspondent at the council session, a mother's
# interview); an uncredited same-language rewrite the next day (keeps "розповіла виданню");
# hromadske credits it ("пише місцеве видання «Поліська хвиля»", "розповіла «Поліській хвилі»");
# an English article without outlet line ("the local outlet Poliska Khvylia reported"); a German
# paper credits only hromadske (chain Поліська хвиля -> hromadske -> de).
story("s04_rewrite_school_downgrade", "rewrite", {
"00_uk.txt": """Озерецька рада вирішила зробити гімназію в Заболотті початковою школою: батьки проти
Поліська хвиля
2027-06-17 18:05

Депутати Озерецької громади на сесії в четвер проголосували за те, щоб перетворити гімназію в селі Заболоття на початкову школу. За рішення віддали 14 голосів, проти — 6, передає кореспондент «Поліської хвилі», який був у залі.

З вересня 43 учні 5–9 класів їздитимуть до опорного ліцею в Озерцях — це 14 кілометрів. Під час сесії біля будівлі ради стояли близько тридцяти батьків із плакатами.

«Автобус один, дорога розбита, взимку її не чистять. Наші діти будуть виїжджати о сьомій ранку», — розповіла нашому виданню мама шестикласника Ірина Климчук.

У раді пояснюють рішення тим, що в старших класах гімназії в середньому по п'ятеро учнів, а утримання будівлі торік коштувало громаді 3,1 мільйона гривень.
""",
"01_uk.txt": """У Заболотті гімназію понизять до початкової школи — дітей возитимуть за 14 км
Новини Полісся 24
18.06.2027 09:30

Рада Озерецької громади в четвер ухвалила рішення перетворити гімназію в Заболотті на початкову школу. «За» проголосували 14 депутатів, «проти» — 6.

Уже з вересня 43 учні п'ятих–дев'ятих класів їздитимуть до опорного ліцею в Озерцях, що за 14 кілометрів від села. Біля ради під час сесії протестували близько 30 батьків.

«Автобус один, дорога розбита, взимку її не чистять. Наші діти будуть виїжджати о сьомій ранку», — розповіла виданню мама шестикласника Ірина Климчук.

Рішення в раді пояснюють малою наповненістю класів та витратами на утримання будівлі — 3,1 мільйона гривень за минулий рік.
""",
"02_uk.txt": """Батьки на Поліссі протестують проти закриття старших класів сільської гімназії
hromadske
2027-06-18T12:40:00+03:00

У селі Заболоття гімназію перетворять на початкову школу — таке рішення ухвалила Озерецька громада, пише місцеве видання «Поліська хвиля».

За даними видання, рішення підтримали 14 депутатів, проти були 6. Учнів 5–9 класів, а це 43 дитини, з вересня возитимуть до ліцею в Озерцях за 14 кілометрів.

«Автобус один, дорога розбита, взимку її не чистять», — розповіла «Поліській хвилі» мама шестикласника Ірина Климчук. Під час сесії біля ради протестували близько 30 батьків.
""",
"03_en.txt": """Village school in northern Ukraine to lose its upper grades despite parents' protest
2027-06-18 15:00

A council in northern Ukraine's Polissia region has voted to turn the village school in Zabolottia into a primary school, the local outlet Poliska Khvylia reported.

Fourteen councillors of the Ozertsi community backed the move and six opposed it. From September, 43 pupils in grades five to nine will travel 14 kilometres to a larger school in Ozertsi.

About 30 parents protested outside the council building during the vote, the outlet said.
""",
"04_de.txt": """Ukrainisches Dorf verliert seine Oberstufe – Eltern protestieren
Mainfelder Tagblatt
19. Juni 2027

Im nordukrainischen Dorf Sabolottja sollen die Klassen fünf bis neun der Dorfschule geschlossen werden. Das berichtet das ukrainische Nachrichtenportal hromadske unter Berufung auf die Lokalzeitung Poliska Chwylja.

Der Gemeinderat von Oserzi stimmte mit 14 zu 6 Stimmen für die Umwandlung in eine Grundschule. Die 43 betroffenen Kinder sollen ab September mit dem Bus in den 14 Kilometer entfernten Hauptort fahren. Rund 30 Eltern protestierten vor dem Ratsgebäude.
""",
}, [{"name": "Поліська хвиля", "in_corpus": True}],
[{"origin": "Поліська хвиля", "article": "01_uk.txt"},
 {"origin": "Поліська хвиля", "article": "02_uk.txt"},
 {"origin": "Поліська хвиля", "article": "03_en.txt"},
 {"origin": "hromadske", "article": "04_de.txt"}],
[{"text": "The Ozertsi council voted 14 to 6 to turn the Zabolottia school into a primary school; 43 pupils of grades 5-9 will travel 14 km.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "About 30 parents protested outside the council during the session.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Keeping the building cost the community 3.1 million hryvnias last year.",
  "articles": ["00_uk.txt", "01_uk.txt"], "independent_sources": 1}])

# s05: head of the regional military administration's Telegram post; the regional outlet and
# the German and Russian-language outlets take it directly; УНІАН credits the regional outlet
# ("передають «Вісті Придніпров'я» з посиланням на начальника ОВА") -> edge from Вісті
# Придніпров'я, root stays the official.
story("s05_ova_telegram_grain_fire", "official_post_chain", {
"00_uk.txt": """Уламки дрона влучили в зерносклад агропідприємства на Синельниківщині
Вісті Придніпров'я
22.07.2027 07:15

Уночі на Синельниківщині уламки збитого безпілотника впали на територію агропідприємства в селі Новоолександрівка. Про це повідомив у Telegram начальник обласної військової адміністрації Сергій Лисогор.

«Спалахнула пожежа у складі площею 600 квадратних метрів. Згоріло близько 300 тонн зерна. Люди не постраждали», — написав Лисогор.

За його словами, пожежу гасили 28 рятувальників, до ранку її ліквідували.
""",
"01_uk.txt": """На Дніпропетровщині через падіння уламків дрона згоріло 300 тонн зерна
УНІАН
2027-07-22 09:40

У Синельниківському районі внаслідок падіння уламків безпілотника загорівся склад агропідприємства. Як передають «Вісті Придніпров'я» з посиланням на начальника ОВА Сергія Лисогора, вогонь охопив 600 квадратних метрів, знищено близько 300 тонн зерна.

Постраждалих немає. Пожежу ліквідували 28 рятувальників.
""",
"02_de.txt": """Drohnentrümmer setzen Getreidelager in der Ukraine in Brand
Elbtal-Rundschau
2027-07-22T11:00:00+02:00

In der ostukrainischen Region Dnipropetrowsk haben Trümmer einer abgeschossenen Drohne in der Nacht ein Getreidelager in Brand gesetzt. Das schrieb der Leiter der regionalen Militärverwaltung, Serhij Lyssohor, auf Telegram.

Das Feuer erfasste demnach eine Fläche von 600 Quadratmetern. Verletzt wurde niemand; 28 Feuerwehrleute löschten den Brand bis zum Morgen.
""",
"03_ru.txt": """Под Синельниковом обломки дрона упали на зерносклад
Степной телеграф
22.07.2027 08:50

Ночью в Синельниковском районе обломки сбитого беспилотника упали на склад агропредприятия в Новоалександровке, сообщил в Telegram глава областной военной администрации Сергей Лысогор.

По его словам, сгорело около 300 тонн зерна, площадь пожара составила 600 квадратных метров. Пострадавших нет.
""",
}, [{"name": "Сергій Лисогор", "in_corpus": False}],
[{"origin": "Сергій Лисогор", "article": "00_uk.txt"},
 {"origin": "Вісті Придніпров'я", "article": "01_uk.txt"},
 {"origin": "Сергій Лисогор", "article": "02_de.txt"},
 {"origin": "Сергій Лисогор", "article": "03_ru.txt"}],
[{"text": "Debris of a downed drone set fire to an agricultural company's 600 m2 grain warehouse; nobody was hurt.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "About 300 tonnes of grain burned.",
  "articles": ["00_uk.txt", "01_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "28 rescuers put out the fire.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 1}])

# s06: two independent own reports (Russian-language local «Дунайская неделя»: "передает
# корреспондент"; Суспільне: "розповів Суспільному"), Ukrinform (English) credits both (two edges),
# a Ukrainian article with neither outlet nor date line credits only the local one.
story("s06_two_roots_danube_ferry", "two_own_reports", {
"00_ru.txt": """Паром в Новоселке-на-Дунае остановлен из-за мелководья, у переправы очередь из фур
Дунайская неделя
2027-08-10 10:30

Паромная переправа Новоселка-на-Дунае — Гура-Веке не работает с понедельника: уровень воды в Дунае упал до 43 сантиметров по местному водомерному посту. Об этом передает корреспондент «Дунайской недели» с переправы.

У въезда на паром во вторник утром стояли около 40 грузовиков. «Стою вторые сутки, никто не говорит, когда пустят», — рассказал нашему корреспонденту водитель из Болграда Николай Пасат.

Пограничники пропускают легковые автомобили на другие пункты пропуска, грузовикам предлагают объезд через переправу в Орловке.
""",
"01_uk.txt": """Через низький рівень Дунаю зупинили пором у Новосілці
Суспільне
10.08.2027 13:05

Поромна переправа між Новосілкою-на-Дунаї та румунським містечком Гура-Веке не працює з понеділка через мілководдя. Про це Суспільному розповів директор компанії-перевізника «Дунайпоромсервіс» Ігор Стоянов.

«Рівень води впав до 43 сантиметрів. Пором відновить рейси, щойно рівень підніметься хоча б на 30 сантиметрів, — за прогнозами, це кінець наступного тижня», — сказав Стоянов.

За його словами, компанія щодоби втрачає близько 200 тисяч гривень.
""",
"02_en.txt": """Danube ferry to Romania halted by low water
Ukrinform
10 August 2027

The ferry crossing between the Ukrainian village of Novosilka-na-Dunai and the Romanian town of Gura Veche has been suspended since Monday because of low water on the Danube, Suspilne and the local Russian-language outlet Dunaiskaya Nedelya reported.

The water level at the local gauge has fallen to 43 centimetres. Trucks are being directed to another crossing.
""",
"03_uk.txt": """Пором через Дунай у Новосілці зупинився, вантажівки стоять у черзі

Поромна переправа Новосілка-на-Дунаї — Гура-Веке не працює з понеділка через низький рівень води в Дунаї, пише місцеве російськомовне видання «Дунайская неделя».

За даними видання, біля в'їзду на пором у вівторок зранку стояли близько 40 вантажівок. Водіям пропонують об'їзд через переправу в Орлівці.
""",
}, [{"name": "Дунайская неделя", "in_corpus": True},
    {"name": "Суспільне", "in_corpus": True}],
[{"origin": "Дунайская неделя", "article": "02_en.txt"},
 {"origin": "Суспільне", "article": "02_en.txt"},
 {"origin": "Дунайская неделя", "article": "03_uk.txt"}],
[{"text": "The Novosilka-na-Dunai - Gura Veche ferry has been halted since Monday because of low water on the Danube.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "About 40 trucks were queuing at the ferry on Tuesday morning.",
  "articles": ["00_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The ferry will resume when the water rises by at least 30 cm; the operator loses about 200,000 hryvnias a day.",
  "articles": ["01_uk.txt"], "independent_sources": 1}])

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
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 56 (invented events and people; real Ukrainian national media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
