#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand19 set (all events invented;
the wire agencies and broadcasters credited are real, everything else is invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside wire agency Reuters relayed by four outlets. en is a full Reuters copy carried by The
# Marlow Standard ("DOVHOBRID, Ukraine, March 2 (Reuters) -", "told Reuters by phone", Reuters
# reporter/editor credit line); uk "повідомляє агентство Reuters" + "сказав Reuters"; ru "передает
# агентство Рейтер" + "заявил Рейтер"; de "berichtete die Nachrichtenagentur Reuters". Many quoted
# people (harbour master, emergency spokeswoman, company director, resident) who are not origins.
story("r01_reuters_grain_silo_fire", "agency", {
"00_en.txt": """Fire destroys grain silo at Ukrainian port of Dovhobrid, nobody hurt
The Marlow Standard
2027-03-02T07:40:00+00:00

DOVHOBRID, Ukraine, March 2 (Reuters) - A fire that broke out late on Monday destroyed a concrete grain silo holding about 18,000 tonnes of wheat at the southern Ukrainian port of Dovhobrid, the terminal's operator and local officials said on Tuesday.

Nobody was hurt, but loading at the terminal, which handles around a tenth of the region's grain exports, was halted and two bulk carriers waiting at the berth were moved to the outer roads, harbour master Viktor Shulha told Reuters by phone.

"The flames went up through the conveyor gallery in minutes. By the time the first crews arrived, the top of the silo was already burning," Shulha said.

Regional emergency service spokeswoman Iryna Kovtoniuk said 74 firefighters and 19 fire engines had fought the blaze for more than six hours. It was declared extinguished at 6:15 a.m. (0415 GMT), she said.

The terminal's operator, Pivden Agrologistics, said in a statement that the cause was being investigated and that it did not rule out a short circuit in the drive motor of a conveyor. The company said the wheat had been bought for shipment to Egypt and Tunisia and was insured.

"We expect to resume loading from the two undamaged silos within ten days," company director Andriy Lozynskyi told reporters at the gate of the terminal on Tuesday morning.

Residents of nearby Prychalna Street said they had been woken by a series of loud bangs shortly before midnight. "It sounded like fireworks, then the whole sky turned orange," said Halyna Tkachuk, 67, who lives about 300 metres from the terminal.

Dovhobrid, a town of about 40,000 people, depends heavily on the port. Mayor Stepan Yarema said the town would check air quality near the terminal for the rest of the week. "There is smoke, but the readings so far are normal," he said.

(Reporting by Olha Marchenko in Dovhobrid; Additional reporting by Tom Aldcroft in London; Editing by Peter Graydon)
""",
"01_uk.txt": """У порту Довгобрід згорів силос із 18 тисячами тонн пшениці
Світанкова Пошта
02.03.2027 10:15

Пожежа, що спалахнула пізно ввечері в понеділок, знищила бетонний зерновий силос із приблизно 18 тисячами тонн пшениці в порту Довгобрід. Про це повідомляє агентство Reuters з посиланням на оператора терміналу та місцеву владу.

Ніхто не постраждав, однак навантаження на терміналі зупинили, а два балкери, що чекали біля причалу, відвели на зовнішній рейд, сказав Reuters капітан порту Віктор Шульга.

«Вогонь за лічені хвилини піднявся галереєю конвеєра. Коли приїхали перші екіпажі, верх силосу вже горів», — розповів Шульга.

За даними агентства, пожежу гасили 74 рятувальники та 19 одиниць техніки понад шість годин. Речниця обласної служби надзвичайних ситуацій Ірина Ковтонюк уточнила, що вогонь ліквідували о 6:15.

Оператор терміналу, компанія «Південь Агрологістика», у заяві повідомив, що причини пожежі встановлюють, і не виключив замикання в двигуні конвеєра. Пшеницю, за словами компанії, мали відвантажити до Єгипту й Тунісу, вона застрахована.

«Ми розраховуємо відновити навантаження з двох неушкоджених силосів протягом десяти днів», — сказав журналістам директор компанії Андрій Лозинський.

Мешканка сусідньої вулиці Причальної Галина Ткачук, 67 років, розповіла, що її розбудили гучні хлопки. «Спершу було схоже на феєрверк, а потім усе небо стало помаранчевим», — цитує її агентство.
""",
"02_ru.txt": """В украинском порту Довгобрид сгорел элеватор с пшеницей — Reuters
Заречные Вести
2027-03-02 12:30

Пожар, начавшийся поздно вечером в понедельник, уничтожил бетонный силос с примерно 18 тысячами тонн пшеницы в порту Довгобрид на юге Украины, передает агентство Рейтер со ссылкой на оператора терминала и местные власти.

Пострадавших нет. Погрузку на терминале остановили, а два балкера, ожидавших у причала, отвели на внешний рейд, заявил Рейтер по телефону капитан порта Виктор Шульга. «Огонь за считаные минуты поднялся по галерее конвейера», — сказал он.

По словам представителя областной службы по чрезвычайным ситуациям Ирины Ковтонюк, пожар тушили 74 спасателя, его ликвидировали утром во вторник.

Компания-оператор «Пивдень Агрологистика» в своем заявлении сообщила, что причина возгорания устанавливается; не исключается короткое замыкание в двигателе конвейера. Директор компании Андрей Лозинский сказал журналистам, что погрузку с двух уцелевших силосов рассчитывают возобновить в течение десяти дней.

Мэр Довгобрида Степан Ярема пообещал до конца недели проверять качество воздуха возле терминала. «Дым есть, но показатели пока в норме», — приводит его слова Reuters.
""",
"03_de.txt": """Großbrand zerstört Getreidesilo im ukrainischen Hafen Dowhobrid
Elbtaler Rundschau
2. März 2027

Im südukrainischen Hafen Dowhobrid hat ein Feuer in der Nacht zum Dienstag ein Betonsilo mit rund 18.000 Tonnen Weizen zerstört. Verletzt wurde niemand, berichtete die Nachrichtenagentur Reuters unter Berufung auf den Terminalbetreiber und örtliche Behörden.

Die Verladung wurde gestoppt, zwei wartende Massengutfrachter mussten auf die Außenreede ausweichen, sagte Hafenkapitän Wiktor Schulha Reuters am Telefon. „Die Flammen sind in wenigen Minuten die Förderbandgalerie hochgelaufen", so Schulha.

Nach Angaben der Sprecherin des regionalen Katastrophenschutzes, Iryna Kowtonjuk, kämpften 74 Feuerwehrleute mehr als sechs Stunden gegen den Brand.

Der Betreiber Piwden Agrologistika erklärte, die Ursache werde untersucht; ein Kurzschluss im Antriebsmotor eines Förderbands sei nicht ausgeschlossen. Der Weizen war für Ägypten und Tunesien bestimmt. Direktor Andrij Losynskyj sagte vor Journalisten, die Verladung aus den beiden unbeschädigten Silos solle in zehn Tagen wieder anlaufen.

„Es klang wie ein Feuerwerk, dann war der ganze Himmel orange", zitierte die Agentur die Anwohnerin Halyna Tkatschuk.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[("Reuters", "00_en.txt"), ("Reuters", "01_uk.txt"), ("Reuters", "02_ru.txt"), ("Reuters", "03_de.txt")],
[("A fire destroyed a grain silo holding about 18,000 tonnes of wheat at the port of Dovhobrid; nobody was hurt.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1),
 ("The terminal operator expects to resume loading from the two undamaged silos within ten days.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1)])

# r02: in-corpus scoop by Kyiv Lantern (no outlet line; only the title suffix "| Kyiv Lantern"):
# "the Kyiv Lantern has learned", "seen by the Kyiv Lantern", "two people familiar with the matter",
# "A government source told the Lantern". Credited relays: uk "пише англомовне видання Kyiv Lantern"
# + "Джерело в уряді розповіло виданню"; ru "сообщает ... издание Kyiv Lantern со ссылкой на ... двух
# собеседников". 03_uk is an uncredited, reworded Ukrainian copy of the English scoop published
# about eleven hours later (keeps details the credited uk relay left out: the 1.1 bn valuation, the
# November registration, the trade union). Edge from Kyiv Lantern, no credit.
story("r02_scoop_bakery_sale", "scoop", {
"00_en.txt": """EXCLUSIVE: State bakery group Khlibodar set for sale to firm tied to deputy minister's in-law | Kyiv Lantern
2027-03-09T06:00:00+02:00

Ukraine's government plans to sell its controlling stake in the state bakery group Khlibodar without an auction to a little-known company whose co-owner is the brother-in-law of a deputy economy minister, the Kyiv Lantern has learned.

A draft cabinet resolution dated March 3 and seen by the Kyiv Lantern sets a price of 410 million hryvnias for the 76% stake, well below the 1.1 billion hryvnias at which an independent auditor valued the stake in 2025.

The only buyer named in a memo attached to the draft is Zernova Havan LLC, registered in Dovhobrid last November. According to the state company register, half of Zernova Havan belongs to Ruslan Pylypchuk, whose sister is married to Deputy Economy Minister Serhiy Vakulenko.

Two people familiar with the matter said the resolution could be put to ministers as early as next week. "The paper was drafted in a hurry and kept away from the usual approval by other ministries," one of them said. Both spoke on condition of anonymity because they were not authorised to discuss the draft.

A government source told the Lantern that the economy ministry had argued an urgent sale was needed because Khlibodar owes 230 million hryvnias to gas suppliers.

Vakulenko did not respond to written questions. His spokeswoman, Daryna Holub, said in a statement that the deputy minister "has no involvement in any privatisation decisions concerning Khlibodar" and that his relatives' business affairs "are their own".

Pylypchuk told the Kyiv Lantern by phone that Zernova Havan was "a serious investor" and denied any conflict of interest. "I have never discussed Khlibodar with Serhiy," he said.

Khlibodar runs 14 bakeries and employs about 3,200 people, mostly in central and southern Ukraine. Nadiia Ostapenko, who heads the company's trade union, said workers had heard nothing about the plans. "Nobody has told us anything. People are worried about their jobs," she said.

Yurii Bondar of the anti-corruption group Chesnyi Prodazh said a sale without an auction would breach the privatisation law. "If this goes through, it will be the cheapest loaf of bread in Ukraine's history," he wrote on Facebook after being contacted by the Lantern.
""",
"01_uk.txt": """Уряд хоче продати «Хлібодар» без аукціону фірмі, пов'язаній з родичем заступника міністра — ЗМІ
Столичний Оглядач
09.03.2027 09:40

Уряд планує без аукціону продати контрольний пакет державної групи пекарень «Хлібодар» маловідомій компанії, співвласником якої є шурин заступника міністра економіки Сергія Вакуленка. Про це пише англомовне видання Kyiv Lantern, яке ознайомилося з проєктом постанови Кабміну від 3 березня.

За даними видання, ціна пакета у 76% становить 410 млн грн. Єдиним покупцем у супровідній записці названо ТОВ «Зернова Гавань», половина якого належить Русланові Пилипчуку.

Джерело в уряді розповіло Kyiv Lantern, що Мінекономіки обґрунтовує терміновий продаж боргами «Хлібодара» перед постачальниками газу — 230 млн грн.

Речниця Вакуленка Дарина Голуб заявила, що заступник міністра «не має жодного стосунку до рішень щодо приватизації "Хлібодара"». Пилипчук у телефонній розмові з виданням назвав свою компанію «серйозним інвестором» і заперечив конфлікт інтересів.

«Хлібодар» має 14 пекарень і близько 3200 працівників.
""",
"02_ru.txt": """Киев может без аукциона продать госпекарни «Хлибодар» фирме родственника замминистра
Вечерний Перевал
2027-03-09 13:10

Правительство Украины намерено продать контрольный пакет государственной группы пекарен «Хлибодар» без аукциона компании, совладельцем которой является шурин заместителя министра экономики Сергея Вакуленко. Об этом сообщает украинское англоязычное издание Kyiv Lantern со ссылкой на проект постановления кабмина и двух собеседников, знакомых с ситуацией.

По данным издания, пакет в 76% оценен в 410 млн гривен, тогда как независимый аудитор в 2025 году оценил его в 1,1 млрд гривен. Покупателем указано ООО «Зерновая Гавань», 50% которого принадлежит Руслану Пилипчуку.

«Документ готовили в спешке и в обход обычного согласования с другими министерствами», — приводит Kyiv Lantern слова одного из источников.

Пресс-секретарь Вакуленко Дарина Голуб заявила, что замминистра не участвует в решениях о приватизации. Сам Пилипчук сказал изданию, что никогда не обсуждал «Хлибодар» с Вакуленко.

Глава профсоюза компании Надежда Остапенко сказала, что работники ничего не знали о планах продажи.
""",
"03_uk.txt": """«Хлібодар» можуть віддати за третину ціни: покупець — фірма родича заступника міністра
Світанкова Пошта
09.03.2027 16:55

Кабмін може вже наступного тижня ухвалити рішення про продаж 76% акцій державної мережі пекарень «Хлібодар» без аукціону. Ціна — 410 млн грн, хоча незалежний аудитор у 2025 році оцінив цей пакет у 1,1 млрд грн. Йдеться про проєкт постанови від 3 березня.

Єдиний покупець — ТОВ «Зернова Гавань», зареєстроване в Довгоброді в листопаді минулого року. Згідно з державним реєстром, половина компанії належить Русланові Пилипчуку. Його сестра — дружина заступника міністра економіки Сергія Вакуленка.

Двоє обізнаних із ситуацією співрозмовників кажуть, що документ готували поспіхом і оминули звичне погодження з іншими міністерствами. Джерело в уряді пояснює поспіх боргом «Хлібодара» перед постачальниками газу — 230 млн грн.

У пресслужбі Вакуленка заявили, що заступник міністра не причетний до рішень про приватизацію, а бізнес його родичів — «їхня власна справа». Пилипчук називає «Зернову Гавань» серйозним інвестором і каже, що ніколи не говорив про «Хлібодар» із Вакуленком.

На 14 пекарнях «Хлібодара» працюють близько 3200 людей. Голова профспілки Надія Остапенко каже, що працівникам ніхто нічого не пояснював: «Люди хвилюються за свої робочі місця».

Антикорупціонер Юрій Бондар з організації «Чесний продаж» вважає, що продаж без аукціону порушує закон про приватизацію.
""",
}, [{"name": "Kyiv Lantern", "in_corpus": True}],
[("Kyiv Lantern", "01_uk.txt"), ("Kyiv Lantern", "02_ru.txt"), ("Kyiv Lantern", "03_uk.txt")],
[("The government plans to sell 76% of the state bakery group Khlibodar without an auction for 410 million hryvnias to Zernova Havan, half-owned by the deputy economy minister's brother-in-law.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("An independent auditor valued the stake at 1.1 billion hryvnias in 2025.",
  ["00_en.txt", "02_ru.txt", "03_uk.txt"], 1)])

# r03: two independent original reports: Berehynia-Info's own correspondent on the river bank
# (uk, "Кореспондентка «Берегині-Інфо» ... бачила", "розповів нашій кореспондентці") and the
# Associated Press (outside the corpus; en is an AP copy carried by The Coldwater Ledger,
# "PRYBEREZHNE, Ukraine (AP) —", "told The Associated Press", "Associated Press writer ...
# contributed"). ru credits both ("сообщили агентство Associated Press и местный сайт «Берегиня-
# Инфо»"): two edges. fr credits AP only. en 04 (no date line) credits Berehynia-Info only.
story("r03_two_sources_ferry_aground", "two_sources", {
"00_uk.txt": """Біля Прибережного на мілину сів пасажирський пором: 64 людей зняли рятувальники
Берегиня-Інфо
15.03.2027 19:20

Пасажирський пором «Чайка-3», який ішов із Прибережного на протилежний берег Десни, у понеділок по обіді сів на мілину приблизно за 200 метрів від причалу. На борту були 64 пасажири і троє членів екіпажу. Кореспондентка «Берегині-Інфо» Марія Гребенюк, яка була на набережній, бачила, як рятувальні човни протягом майже двох годин перевозили людей на берег.

«Ми підійшли з боку течії, бо інакше пором могло розвернути. Першими знімали дітей і літніх людей», — розповів нашій кореспондентці старший зміни рятувальників Роман Дудник.

За словами Дудника, п'ятьох пасажирів із переохолодженням доправили до районної лікарні, їхньому життю нічого не загрожує.

Пасажирка Галина Савчук, яка їхала на ринок у сусіднє село, каже, що пором різко здригнувся і зупинився. «Хтось закричав, що ми тонемо, але вода в салон не заходила. Просто стояли й чекали», — розповіла вона.

Дев'ятирічного хлопчика, який розгубився і відстав від матері, виніс на берег місцевий рибалка Василь Гнатюк — він зайшов у воду по груди. «Я ці місця знаю, там мілко. Не міг же я просто стояти», — сказав Гнатюк.

Директор компанії «Прибережний річковий перевізник» Олег Корнійчук по телефону сказав «Берегині-Інфо», що рівень води в Десні за останній тиждень упав майже на метр. Рух порома припинено до завершення перевірки.
""",
"01_en.txt": """Ferry with 64 passengers runs aground on Ukraine's Desna River; all rescued
The Coldwater Ledger
Mon, 15 Mar 2027 21:05:00 +0000

PRYBEREZHNE, Ukraine (AP) — A river ferry carrying 64 passengers ran aground on a sandbank on the Desna River in northern Ukraine on Monday, and rescuers spent nearly two hours ferrying everyone to shore in small boats, officials said.

Five passengers were taken to hospital with hypothermia, regional police spokesman Mykhailo Bilyk told The Associated Press. Nobody was seriously hurt.

The ferry, the Chaika-3, was crossing from Pryberezhne to the opposite bank when it struck the sandbank about 200 meters (650 feet) from the pier. Three crew members were also on board.

"It was a soft stop, then the whole deck tilted a little. People grabbed their children," passenger Andrii Soroka, 41, said by phone from the hospital car park, where he was waiting for his elderly father.

The operator, Pryberezhnyi River Carrier, said in a statement that the captain had been suspended pending an investigation and that the ferry would stay out of service until it was inspected.

Water levels on the Desna have dropped sharply after a dry winter, and local boatmen had warned about shifting sandbanks near the town, Pryberezhne Mayor Liudmyla Shevchuk said. "We asked for the channel to be dredged last autumn," she said.

Associated Press writer Dmytro Koval in Kyiv contributed to this report.
""",
"02_ru.txt": """Под Прибережным паром с 64 пассажирами сел на мель на Десне
Заречные Вести
2027-03-16 08:10

Пассажирский паром «Чайка-3» с 64 пассажирами и тремя членами экипажа сел в понедельник на мель на реке Десна возле украинского города Прибережное. Об этом сообщили агентство Associated Press и местный сайт «Берегиня-Инфо».

По данным обоих изданий, спасатели почти два часа переправляли людей на берег на лодках. Пятерых пассажиров с переохлаждением доставили в больницу, сообщил AP представитель областной полиции Михаил Билык.

«Мы подошли со стороны течения, иначе паром могло развернуть. Первыми снимали детей и пожилых», — рассказал «Берегине-Инфо» старший смены спасателей Роман Дудник.

Пассажир Андрей Сорока рассказал агентству, что палуба «немного накренилась, люди схватили детей». Мэр Прибережного Людмила Шевчук заявила, что город еще осенью просил углубить фарватер.
""",
"03_fr.txt": """Ukraine : un ferry avec 64 passagers s'échoue sur la Desna
La Gazette de Rivecourt
16 mars 2027

Un ferry fluvial transportant 64 passagers s'est échoué lundi sur un banc de sable de la Desna, dans le nord de l'Ukraine, rapporte l'agence américaine Associated Press. Tous les passagers ont été ramenés sur la rive en près de deux heures par des canots de secours.

Cinq personnes ont été hospitalisées pour hypothermie, a indiqué à l'agence Mykhaïlo Bilyk, porte-parole de la police régionale. Le ferry, le Tchaïka-3, traversait depuis la ville de Pryberejne lorsqu'il a heurté le banc de sable à environ 200 mètres de l'embarcadère.

« Le pont s'est un peu incliné, les gens ont attrapé leurs enfants », a raconté un passager, Andriï Soroka.

L'exploitant a annoncé dans un communiqué que le capitaine avait été suspendu dans l'attente d'une enquête. La maire de Pryberejne, Lioudmyla Chevtchouk, a rappelé que la ville avait demandé le dragage du chenal dès l'automne dernier.
""",
"04_en.txt": """Fisherman wades into Desna to carry boy from stranded ferry
The Danube Observer

A fisherman waded chest-deep into the Desna River to carry a nine-year-old boy ashore after a passenger ferry with 64 people on board ran aground near the Ukrainian town of Pryberezhne on Monday, the local news site Berehynia-Info reported.

Berehynia-Info, whose correspondent watched the rescue from the embankment, said rescue boats took almost two hours to bring all passengers and three crew members ashore from the ferry Chaika-3, which was stuck about 200 metres from the pier.

The boy had become separated from his mother during the evacuation, the site said. The fisherman, Vasyl Hnatiuk, told Berehynia-Info: "I know these waters, it is shallow there. I couldn't just stand and watch."

"We came in from the side of the current, otherwise the ferry could have swung round. Children and the elderly went first," rescue shift leader Roman Dudnyk told the site. Five people were treated in hospital for hypothermia.

Oleh Korniichuk, director of the ferry operator, said the Desna had fallen by almost a metre in a week. Ferry service has been suspended.
""",
}, [{"name": "Associated Press", "in_corpus": False}, {"name": "Берегиня-Інфо", "in_corpus": True}],
[("Associated Press", "01_en.txt"), ("Associated Press", "02_ru.txt"), ("Берегиня-Інфо", "02_ru.txt"),
 ("Associated Press", "03_fr.txt"), ("Берегиня-Інфо", "04_en.txt")],
[("The ferry Chaika-3 with 64 passengers ran aground on the Desna near Pryberezhne and everyone was brought ashore; five were treated for hypothermia.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt", "04_en.txt"], 2),
 ("The ferry operator suspended the captain pending an investigation.",
  ["01_en.txt", "03_fr.txt"], 1),
 ("A fisherman, Vasyl Hnatiuk, waded into the river and carried a nine-year-old boy ashore.",
  ["00_uk.txt", "04_en.txt"], 1)])

# r04: chain uk → en → fr, de. Own report of Сіверський Дзвін (uk: "Як дізнався «Сіверський
# Дзвін»", "Наш кореспондент побував у селі", "розповів «Сіверському Дзвону»"); The Eastgate Herald
# relays it ("according to the Ukrainian regional news site Siverskyi Dzvin", "told Siverskyi
# Dzvin"); fr credits "The Eastgate Herald, citant le site régional ukrainien Siverskyi Dzvin"; de
# (no date line) names only The Eastgate Herald. fr and de get one edge each, from The Eastgate Herald.
story("r04_chain_icon_theft", "chain", {
"00_uk.txt": """У селі Журавлин Гай із дерев'яної церкви викрали ікону XVIII століття
Сіверський Дзвін
20.03.2027 14:30

У ніч на суботу з дерев'яної Свято-Покровської церкви в селі Журавлин Гай викрали ікону «Покрова Богородиці» XVIII століття. Як дізнався «Сіверський Дзвін», злодії вибили вікно з боку вівтаря і винесли лише одну ікону, не зачепивши скриньку для пожертв.

«Вони знали, що беруть. Ікона висіла в кутку, її не видно від входу», — розповів «Сіверському Дзвону» настоятель храму отець Василь Мельничук. За його словами, пропажу виявила о сьомій ранку староста церкви Ганна Олексієнко.

Наш кореспондент побував у селі. На підвіконні досі лежить скло, а на снігу біля огорожі видно сліди шин. Сусідка Олена Пархоменко каже, що близько другої ночі чула, як від церкви від'їжджала машина без увімкнених фар.

У поліції області підтвердили, що відкрито кримінальне провадження за статтею про крадіжку, поєднану з проникненням у приміщення. Речник поліції Денис Ковальчук сказав, що слідчі перевіряють записи камер на трасі до кордону області.

Ікону в 1990-х роках обстежували фахівці обласного художнього музею. Мистецтвознавиця Лариса Тимошенко зазначила, що вона є однією з небагатьох уцілілих робіт місцевої іконописної школи. «Її неможливо продати відкрито, тому шукатимуть приватного покупця, найімовірніше за кордоном», — вважає вона.

Церква в Журавлиному Гаю збудована 1764 року без жодного цвяха і внесена до реєстру пам'яток місцевого значення.
""",
"01_en.txt": """18th-century icon stolen from wooden church in Ukrainian village
The Eastgate Herald
2027-03-21T09:00:00+00:00

Thieves broke into a wooden church in the northern Ukrainian village of Zhuravlyn Hai overnight into Saturday and stole an 18th-century icon of the Protection of the Mother of God, according to the Ukrainian regional news site Siverskyi Dzvin.

The thieves smashed a window behind the altar and took only the icon, leaving the donation box untouched, the site reported. "They knew what they were taking. The icon hung in a corner that you cannot see from the door," the parish priest, Father Vasyl Melnychuk, told Siverskyi Dzvin.

A neighbour, Olena Parkhomenko, heard a car drive away from the church without headlights at about 2 a.m., the site said.

Regional police have opened a criminal case, and spokesman Denys Kovalchuk said investigators were checking traffic cameras on the main road.

Art historian Larysa Tymoshenko said the icon was one of the few surviving works of the local school of icon painting and could not be sold openly. The church, built in 1764 without a single nail, is a listed monument.
""",
"02_fr.txt": """Ukraine : une icône du XVIIIe siècle volée dans une église en bois
La Gazette de Rivecourt
22 mars 2027

Une icône du XVIIIe siècle a été volée dans la nuit de vendredi à samedi dans une église en bois du village de Jouravlyn Haï, dans le nord de l'Ukraine, rapporte le quotidien britannique The Eastgate Herald, citant le site régional ukrainien Siverskyi Dzvin.

Les voleurs ont brisé une fenêtre derrière l'autel et n'ont emporté que l'icône de la Protection de la Mère de Dieu, sans toucher au tronc des offrandes. « Ils savaient ce qu'ils prenaient », a déclaré le curé de la paroisse, le père Vassyl Melnytchouk.

La police régionale a ouvert une enquête ; son porte-parole Denys Kovaltchouk a indiqué que les caméras de la route principale étaient examinées. Selon l'historienne de l'art Larysa Tymochenko, l'œuvre ne peut pas être vendue ouvertement.
""",
"03_de.txt": """Ikone aus dem 18. Jahrhundert aus ukrainischer Holzkirche gestohlen
Moorbacher Tagblatt

Aus einer Holzkirche im nordukrainischen Dorf Schurawlyn Haj ist in der Nacht zum Samstag eine Ikone aus dem 18. Jahrhundert gestohlen worden, wie die britische Zeitung The Eastgate Herald berichtet.

Die Täter schlugen ein Fenster hinter dem Altar ein und nahmen nur die Ikone der Schutzmantelmadonna mit; den Opferstock ließen sie stehen. „Sie wussten, was sie mitnehmen", sagte Pfarrer Wassyl Melnytschuk.

Eine Nachbarin hörte gegen zwei Uhr nachts ein Auto ohne Licht wegfahren. Die Polizei ermittelt, Sprecher Denys Kowaltschuk zufolge werden Verkehrskameras ausgewertet. Die 1764 ohne einen einzigen Nagel errichtete Kirche steht unter Denkmalschutz.
""",
}, [{"name": "Сіверський Дзвін", "in_corpus": True}],
[("Сіверський Дзвін", "01_en.txt"), ("The Eastgate Herald", "02_fr.txt"), ("The Eastgate Herald", "03_de.txt")],
[("An 18th-century icon was stolen from the wooden church in Zhuravlyn Hai; the thieves broke a window behind the altar and left the donation box.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 1)])

# r05: outside agency Interfax-Ukraine; 00_uk relays it ("За даними Інтерфакс-Україна", "сказав
# агентству") AND adds its own reporting at the plant ("Кореспондент «Кур'єра» побував біля
# котельні", "розповів нашому кореспондентові"), so Новосвітлівський кур'єр is a second, in-corpus
# origin for the explosion claim. en 01 "Interfax-Ukraine reported"; ru "сообщает агентство
# «Интерфакс-Украина»"; en 03 is a full agency copy with dateline "(Interfax-Ukraine) —" and the
# sign-off "— Interfax-Ukraine".
story("r05_relay_plus_own_heating_plant", "relay_plus_own", {
"00_uk.txt": """Вибух на котельні в Новосвітлівську: 38 тисяч мешканців без опалення
Новосвітлівський кур'єр
19.01.2027 12:45

Уночі на вівторок на районній котельні №3 у Новосвітлівську вибухнув котел, без опалення залишилися близько 38 тисяч мешканців 212 багатоповерхівок лівобережної частини міста. За даними Інтерфакс-Україна, двоє працівників котельні отримали опіки і перебувають у лікарні.

«Пошкоджено основний водогрійний котел і частину трубопроводів. Аварійні бригади працюють цілодобово», — сказав агентству міський голова Валентин Горобець. Він закликав мешканців не користуватися газовими плитами для обігріву.

Кореспондент «Кур'єра» побував біля котельні на вулиці Заводській. Частина даху котельного цеху обвалилася, вікна з боку двору вибиті, на снігу лежать уламки шиферу. На територію нікого не пускають, біля воріт чергують рятувальники.

«О пів на третю ночі бахнуло так, що в нас у будці задзвеніли шибки. Потім пішла пара, цілий стовп», — розповів нашому кореспондентові охоронець сусіднього складу Петро Мазур.

Черговий диспетчер КП «Новосвітлівськтеплоенерго» Світлана Бойко підтвердила нам телефоном, що котел вийшов з ладу внаслідок вибуху, а причини встановлюватиме комісія.

Мешканка будинку на проспекті Металургів Ніна Зінченко каже, що в її квартирі вранці було 14 градусів. «Дітей відвезли до бабусі, самі сидимо в куртках», — сказала вона.

У міськраді повідомили, що в школах лівого берега оголошено дистанційне навчання до кінця тижня.
""",
"01_en.txt": """Boiler explosion leaves 38,000 without heating in Ukraine's Novosvitlivsk
The Eastgate Herald
2027-01-19T13:30:00+00:00

A boiler exploded overnight at a district heating plant in the Ukrainian city of Novosvitlivsk, leaving about 38,000 residents of 212 apartment blocks without heating in sub-zero temperatures, Interfax-Ukraine reported on Tuesday.

Two plant workers suffered burns and were taken to hospital, the agency said.

"The main water-heating boiler and part of the pipework were damaged. Emergency crews are working around the clock," Mayor Valentyn Horobets told Interfax-Ukraine. He said heating should be restored within 48 hours using a reserve boiler and a mobile boiler unit sent from the regional capital.

The city's heating utility, Novosvitlivskteploenerho, said in a statement that a commission would establish the cause of the blast. Forecasters expect night temperatures to fall to minus 12 degrees Celsius this week.

Horobets urged residents not to heat their flats with gas cookers, the agency reported.
""",
"02_ru.txt": """В Новосвитловске взорвался котел, 38 тысяч жителей остались без отопления
Новый Берег
2027-01-19 15:00

В ночь на вторник на районной котельной №3 в Новосвитловске произошел взрыв котла, без отопления остались около 38 тысяч жителей 212 многоэтажных домов, сообщает агентство «Интерфакс-Украина».

По информации агентства, двое сотрудников котельной получили ожоги и госпитализированы.

«Поврежден основной водогрейный котел и часть трубопроводов. Аварийные бригады работают круглосуточно», — цитирует агентство мэра Валентина Горобца. По его словам, отопление планируют восстановить в течение 48 часов с помощью резервного котла и передвижной котельной.

В коммунальном предприятии «Новосвитловсктеплоэнерго» заявили, что причины аварии установит комиссия.
""",
"03_en.txt": """Boiler blast cuts heating to 38,000 in Novosvitlivsk
The Coldwater Ledger
Tue, 19 Jan 2027 10:20:00 +0000

NOVOSVITLIVSK, Jan 19 (Interfax-Ukraine) — A boiler exploded at district heating plant No. 3 in Novosvitlivsk overnight, leaving about 38,000 residents of 212 apartment blocks on the city's left bank without heating, Mayor Valentyn Horobets told Interfax-Ukraine on Tuesday.

Two workers were taken to hospital with burns, he said.

"The main water-heating boiler and part of the pipework were damaged. Emergency crews are working around the clock," Horobets said, adding that heating should be back within 48 hours.

The municipal utility Novosvitlivskteploenerho said a commission would investigate the cause.

— Interfax-Ukraine
""",
}, [{"name": "Interfax-Ukraine", "in_corpus": False}, {"name": "Новосвітлівський кур'єр", "in_corpus": True}],
[("Interfax-Ukraine", "00_uk.txt"), ("Interfax-Ukraine", "01_en.txt"), ("Interfax-Ukraine", "02_ru.txt"),
 ("Interfax-Ukraine", "03_en.txt")],
[("A boiler exploded overnight at district heating plant No. 3 in Novosvitlivsk, leaving about 38,000 residents without heating.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], 2),
 ("The mayor said heating should be restored within 48 hours.",
  ["01_en.txt", "02_ru.txt", "03_en.txt"], 1)])

# r06: outside agency TASS citing an anonymous law-enforcement source ("сообщает ТАСС со ссылкой на
# источник в правоохранительных органах", "сказал собеседник агентства"); en "Russian state news
# agency TASS reported, citing a law enforcement source"; de "meldete ... TASS unter Berufung auf eine
# Quelle in den Sicherheitsbehörden". The anonymous source, the lawyer and the governor (who reacts
# on his Telegram channel after the news) are not origins.
story("r06_anonymous_deputy_mayor_detained", "anonymous", {
"00_ru.txt": """В Северозерске задержан заместитель мэра по подозрению во взятке
Вечерний Перевал
2027-04-02 11:20

Заместитель мэра Северозерска по городскому хозяйству Геннадий Лапшин задержан по подозрению в получении взятки в 12 млн рублей. Об этом сообщает ТАСС со ссылкой на источник в правоохранительных органах.

По словам собеседника агентства, деньги предназначались за победу ООО «Дорстрой-Север» в конкурсе на ремонт дорог на 340 млн рублей. «Часть суммы была передана наличными в машине у здания мэрии, задержание произошло сразу после передачи», — сказал источник ТАСС.

Источник также сообщил, что в кабинете Лапшина и у него дома в четверг вечером прошли обыски. Вопрос об избрании меры пресечения суд рассмотрит в субботу.

Адвокат Лапшина Ирина Соболева заявила журналистам, что ее подзащитный вину не признает. «Никаких денег мой доверитель не получал, это провокация», — сказала она.

В мэрии Северозерска от комментариев отказались. Руководитель пресс-службы администрации Олег Ветров сказал лишь, что Лапшин «находится в отпуске».

Губернатор области Андрей Кочетов вечером написал в своем Telegram-канале, что «никаких поблажек для чиновников не будет, кем бы они ни были».

Лапшин занимает должность заместителя мэра с 2022 года. Ранее он руководил муниципальным предприятием «Горсвет».
""",
"01_en.txt": """Russian deputy mayor detained on suspicion of taking 12 million rouble bribe
The Marlow Standard
Fri, 02 Apr 2027 13:05:00 +0000

Gennady Lapshin, a deputy mayor of the Russian city of Severoozersk, has been detained on suspicion of taking a bribe of 12 million roubles, Russian state news agency TASS reported on Friday, citing a law enforcement source.

The money was allegedly paid to secure a 340 million rouble road repair contract for the company Dorstroi-Sever, the source told TASS. "Part of the sum was handed over in cash in a car outside city hall, and the arrest followed immediately," the source was quoted as saying.

Lapshin's lawyer, Irina Soboleva, told reporters her client denied the accusation. "My client did not receive any money. This is a set-up," she said.

City hall declined to comment. Its press chief, Oleg Vetrov, said only that Lapshin was "on leave".

Regional Governor Andrei Kochetov wrote on Telegram later on Friday that there would be "no leniency for officials, whoever they are". A court is due to decide on Saturday whether to remand Lapshin in custody.
""",
"02_de.txt": """Russland: Vizebürgermeister von Sewerosjorsk wegen Bestechung festgenommen
Elbtaler Rundschau
2. April 2027

In der russischen Stadt Sewerosjorsk ist der stellvertretende Bürgermeister Gennadi Lapschin festgenommen worden. Er soll ein Bestechungsgeld von zwölf Millionen Rubel angenommen haben, meldete die staatliche russische Nachrichtenagentur TASS unter Berufung auf eine Quelle in den Sicherheitsbehörden.

Das Geld soll für einen Straßenbauauftrag über 340 Millionen Rubel an die Firma Dorstroi-Sewer geflossen sein. Lapschins Anwältin Irina Sobolewa sagte vor Journalisten, ihr Mandant weise die Vorwürfe zurück: „Das ist eine Provokation."

Die Stadtverwaltung lehnte eine Stellungnahme ab. Gouverneur Andrei Kotschetow schrieb auf Telegram, es werde „keine Nachsicht für Beamte" geben.
""",
}, [{"name": "TASS", "in_corpus": False}],
[("TASS", "00_ru.txt"), ("TASS", "01_en.txt"), ("TASS", "02_de.txt")],
[("Severoozersk deputy mayor Gennady Lapshin was detained on suspicion of taking a 12 million rouble bribe over a road repair contract.",
  ["00_ru.txt", "01_en.txt", "02_de.txt"], 1),
 ("Lapshin's lawyer said he denies the accusation.",
  ["00_ru.txt", "01_en.txt", "02_de.txt"], 1)])

# r07: origin outside the corpus is a Telegram post by an official, Mayor Oksana Derkach of Verkhnia
# Rudnia ("написала у своєму Telegram-каналі", "wrote on her Telegram channel", "написала в
# Telegram", "a écrit sur sa chaîne Telegram"). Other people quoted (deputy mayor at a briefing,
# bus company head, engineer, residents) are not origins. fr has no outlet line.
story("r07_official_telegram_bridge_closed", "official_post", {
"00_uk.txt": """У Верхній Рудні закрили головний міст через тріщини в опорах
Світанкова Пошта
08.04.2027 08:50

У Верхній Рудні з четверга повністю закрито для транспорту міст через річку Рудянку на вулиці Соборній — єдиний у місті автомобільний міст. Про це написала у своєму Telegram-каналі міська голова Оксана Деркач.

«Під час планового обстеження інженери виявили тріщини у двох опорах. Ризикувати життям людей ми не будемо. Міст закрито для всіх транспортних засобів до завершення детальної експертизи», — написала Деркач.

За її словами, пішоходи поки можуть користуватися тротуаром з лівого боку мосту, але й це обмеження може змінитися. До допису міська голова додала фото тріщин і схему об'їзду через село Залісся — це близько 14 кілометрів.

Заступник міського голови Ігор Савицький на брифінгу сказав журналістам, що експертиза триватиме щонайменше три тижні. «Якщо підтвердиться аварійний стан, міст доведеться фактично будувати заново», — зазначив він.

Директор перевізника «Рудня-Авто» Микола Гуменюк повідомив, що автобуси №2 і №5 ходитимуть об'їзною дорогою, а інтервал збільшиться до 40 хвилин.

Мешканка правобережжя Тетяна Лисенко каже, що тепер добиратиметься на роботу до заводу пішки. «Добре, що хоч тротуар лишили. Інакше довелося б вставати о п'ятій», — сказала вона.
""",
"01_en.txt": """Town in western Ukraine shuts its only road bridge after cracks found
Kyiv Lantern
2027-04-08T10:15:00+03:00

The western Ukrainian town of Verkhnia Rudnia has closed its only road bridge to all traffic after engineers found cracks in two of its supports, Mayor Oksana Derkach wrote on her Telegram channel on Thursday.

"During a routine inspection, engineers found cracks in two supports. We will not risk people's lives. The bridge is closed to all vehicles until a detailed assessment is completed," Derkach wrote.

Pedestrians can still use the pavement on the left side of the bridge over the Rudianka River for now, she said, posting photos of the cracks and a map of a 14-kilometre detour through the village of Zalissia.

Deputy Mayor Ihor Savytskyi told reporters at a briefing that the assessment would take at least three weeks. "If the bridge is confirmed to be unsafe, it will effectively have to be rebuilt," he said.

Mykola Humeniuk, head of the local bus operator Rudnia-Avto, said buses on routes 2 and 5 would take the detour and run every 40 minutes.
""",
"02_ru.txt": """В украинской Верхней Рудне закрыли единственный автомобильный мост
Заречные Вести
2027-04-08 12:00

В городе Верхняя Рудня на западе Украины закрыт для транспорта единственный автомобильный мост через реку Рудянку. Об этом написала в Telegram мэр города Оксана Деркач.

«Во время планового обследования инженеры обнаружили трещины в двух опорах. Рисковать жизнями людей мы не будем», — написала Деркач. По ее словам, пешеходам пока разрешено ходить по левому тротуару, а объезд через село Залесье составит около 14 километров.

Заместитель мэра Игорь Савицкий сказал журналистам, что экспертиза продлится не менее трех недель. Директор автобусного перевозчика «Рудня-Авто» Николай Гуменюк сообщил, что маршруты №2 и №5 пойдут в объезд.
""",
"03_fr.txt": """Ukraine : la ville de Verkhnia Roudnia ferme son unique pont routier
8 avril 2027

La ville de Verkhnia Roudnia, dans l'ouest de l'Ukraine, a fermé jeudi à la circulation son unique pont routier après la découverte de fissures dans deux piles, a écrit la maire Oksana Derkatch sur sa chaîne Telegram.

« Nous ne prendrons aucun risque avec la vie des gens. Le pont est fermé à tous les véhicules jusqu'à la fin d'une expertise détaillée », a écrit l'élue, qui a publié des photos des fissures.

Les piétons peuvent encore emprunter le trottoir gauche. Le maire adjoint Ihor Savytsky a déclaré aux journalistes que l'expertise durerait au moins trois semaines. Les bus devront faire un détour d'environ 14 kilomètres par le village de Zalissia.
""",
}, [{"name": "Oksana Derkach", "in_corpus": False}],
[("Oksana Derkach", "00_uk.txt"), ("Oksana Derkach", "01_en.txt"), ("Oksana Derkach", "02_ru.txt"),
 ("Oksana Derkach", "03_fr.txt")],
[("Verkhnia Rudnia closed its only road bridge to all vehicles after cracks were found in two supports.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The detour through Zalissia is about 14 kilometres.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1)])

# r08: own report of Карпатський Вартовий (uk: "Наш кореспондент побував", "розповів нашому
# кореспондентові"); en is a full English translation published the next morning by The Danube
# Observer with no credit (it keeps "Our correspondent visited" and "told our correspondent"):
# edge from Карпатський Вартовий, scenario translation. ru credits the site ("сообщает украинский
# сайт «Карпатский вартовый»", "рассказал корреспонденту издания").
story("r08_translation_landslide", "translation", {
"00_uk.txt": """Зсув у Верхньому Студенці: під землю пішли три хати, люди встигли вийти
Карпатський Вартовий
14.04.2027 17:30

У гірському селі Верхній Студенець у середу вранці зійшов зсув, який зруйнував три житлові будинки та ділянку дороги довжиною близько 80 метрів. Люди не постраждали: мешканці встигли вийти, коли почули тріск стін. Наш кореспондент побував на місці події.

Схил над потоком Студенець «поплив» близько шостої ранку. Від будинку родини Федаків лишився тільки дах, який лежить на купі глини за 30 метрів нижче від фундаменту.

«Спершу тріснула стіна на кухні, потім почали самі відчинятися двері. Я схопила онуку, і ми вибігли в чому були», — розповіла нашому кореспондентові 72-річна Марія Федак.

Сільський голова Іван Бойчук розповів нашому кореспондентові, що з небезпечної зони відселили ще 11 родин. «Ночуватимуть у школі та в родичів. Скільки це триватиме, зараз ніхто не скаже», — сказав він.

Геолог обласного управління надр Тарас Ільницький, який оглянув схил, пояснив, що ґрунт перезволожився після двох тижнів дощів і танення снігу. «Зсув досі рухається — приблизно на пів метра за добу», — зазначив він.

У Державній службі з надзвичайних ситуацій повідомили, що на місці працюють 26 рятувальників. Дорога до сусіднього села Нижній Студенець перекрита, проїзд можливий лише позашляховиками.
""",
"01_en.txt": """Landslide in Verkhnii Studenets: three houses swallowed, residents escaped in time
The Danube Observer
2027-04-15T08:05:00+00:00

A landslide in the mountain village of Verkhnii Studenets on Wednesday morning destroyed three houses and a stretch of road about 80 metres long. Nobody was hurt: residents managed to get out when they heard the walls cracking. Our correspondent visited the scene.

The slope above the Studenets stream "started to flow" at about six in the morning. All that is left of the Fedak family's house is the roof, lying on a heap of clay 30 metres below the foundations.

"First the kitchen wall cracked, then the doors started opening on their own. I grabbed my granddaughter and we ran out in whatever we had on," 72-year-old Mariia Fedak told our correspondent.

Village head Ivan Boichuk told our correspondent that another 11 families had been moved out of the danger zone. "They will sleep in the school and with relatives. Nobody can say now how long this will last," he said.

Taras Ilnytskyi, a geologist with the regional subsoil department who inspected the slope, explained that the ground had become waterlogged after two weeks of rain and melting snow. "The landslide is still moving, by about half a metre a day," he said.

The State Emergency Service said 26 rescuers were working at the site. The road to the neighbouring village of Nyzhnii Studenets is closed and passable only by off-road vehicles.
""",
"02_ru.txt": """В Карпатах оползень разрушил три дома
Новый Берег
2027-04-15 10:40

В селе Верхний Студенец в украинских Карпатах в среду утром сошел оползень, который разрушил три жилых дома и участок дороги, сообщает украинский сайт «Карпатский вартовый». Пострадавших нет.

«Сначала треснула стена на кухне, потом начали сами открываться двери», — рассказала корреспонденту издания 72-летняя Мария Федак.

Сельский голова Иван Бойчук сообщил изданию, что из опасной зоны отселили еще 11 семей. По словам геолога Тараса Ильницкого, оползень продолжает смещаться примерно на полметра в сутки.
""",
}, [{"name": "Карпатський Вартовий", "in_corpus": True}],
[("Карпатський Вартовий", "01_en.txt"), ("Карпатський Вартовий", "02_ru.txt")],
[("A landslide in Verkhnii Studenets destroyed three houses; nobody was hurt.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1),
 ("Another 11 families were moved out of the danger zone.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 19 (invented events; real wire agencies credited); see README.md.",
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
        for _, al, _ in claims:
            for a in al:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
