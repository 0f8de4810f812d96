#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand40 set.

Events, people, companies and museums are invented; the outlets are real names used as
labels only (none of these reports exists). Run: python3 make.py
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: The Times (outside the corpus) relayed by five articles.
# 00_ru Meduza: back-reference BEFORE the paper is named ("Как отмечает издание, ... Об этом пишет
#   британская газета The Times") + "По данным газеты".
# 01_uk: NO outlet line; outlet only in body "Про це пише ... The Times, передає РБК-Україна"
#   (the article IS RBC-Ukraine's); title suffix "— The Times" is a credit, not the outlet.
# 02_uk: NO outlet line; line 2 is a pravda.com.ua URL (Ukrainska Pravda); "пишуть журналісти".
# 03_en Kyiv Independent: "the paper's sources", relative date "late on Tuesday".
# 04_ru: NO outlet line; outlet only as title suffix "— Цензор.НЕТ"; "Издание отмечает".
story("r01_times_london_flat", "outside_origin", {
"00_ru.txt": """Замминистра инфраструктуры Украины не задекларировал квартиру в Лондоне за 2,4 млн фунтов
Meduza
2027-03-10T08:40:00+00:00

Как отмечает издание, заместитель министра инфраструктуры Украины Тарас Глушко не указал в декларации квартиру в лондонском районе Челси стоимостью около 2,4 миллиона фунтов стерлингов. Об этом пишет британская газета The Times.

По данным газеты, квартиру в 2024 году купила зарегистрированная на Кипре компания Velmora Holdings, единственным конечным бенефициаром которой с прошлой осени значится Глушко. В декларациях за 2024 и 2025 годы чиновник указывал только квартиру в Киеве площадью 64 квадратных метра и автомобиль Skoda 2016 года выпуска.

В пресс-службе Министерства инфраструктуры заявили, что Глушко «подаст исправленную декларацию, если в ней будут обнаружены неточности». Сам замминистра на вопросы не ответил.

Национальное агентство по вопросам предотвращения коррупции публикацию пока не комментирует.
""",
"01_uk.txt": """Заступник міністра інфраструктури не задекларував квартиру в Лондоні — The Times
10.03.2027 10:05

Заступник міністра інфраструктури Тарас Глушко не вказав у декларації квартиру в Лондоні вартістю близько 2,4 млн фунтів стерлінгів. Про це пише британська газета The Times, передає РБК-Україна.

Як зазначають автори публікації, квартиру в районі Челсі у 2024 році придбала кіпрська компанія Velmora Holdings, кінцевим бенефіціаром якої з минулої осені є Глушко.

У декларації посадовця за 2025 рік зазначено лише квартиру в Києві площею 64 кв. м та автомобіль Skoda.

У Міністерстві інфраструктури заявили, що заступник міністра подасть виправлену декларацію, якщо в ній знайдуть неточності.
""",
"02_uk.txt": """The Times: у заступника міністра Глушка є незадекларована квартира в Лондоні
https://www.pravda.com.ua/news/2027/03/10/7451234/
10.03.2027 11:32

Британська газета The Times повідомила, що заступник міністра інфраструктури Тарас Глушко володіє квартирою в Лондоні вартістю близько 2,4 млн фунтів, якої немає в його декларації.

Квартира розташована в престижному районі Челсі, пишуть журналісти. Її вартість, за їхніми оцінками, перевищує 120 млн гривень.

У Мінінфраструктури публікацію поки не коментували.
""",
"03_en.txt": """Deputy infrastructure minister failed to declare £2.4 million London flat, The Times reports
The Kyiv Independent
Wed, 10 Mar 2027 12:15:00 +0000

Ukraine's Deputy Infrastructure Minister Taras Hlushko did not declare a flat in London's Chelsea district worth around £2.4 million, the British newspaper The Times reported late on Tuesday.

The flat was bought in 2024 by Velmora Holdings, a company registered in Cyprus, according to the paper's sources, who said Hlushko became its sole beneficial owner last autumn.

The Infrastructure Ministry said Hlushko would file a corrected declaration if any errors were found. The National Agency on Corruption Prevention has not commented.
""",
"04_ru.txt": """The Times: у замминистра Глушко нашли незадекларированную квартиру в Лондоне — Цензор.НЕТ
2027-03-10 13:50

Заместитель министра инфраструктуры Украины Тарас Глушко владеет квартирой в Лондоне стоимостью около 2,4 млн фунтов стерлингов, которую не указал в декларации, сообщает The Times.

Издание отмечает, что квартира оформлена на кипрскую компанию Velmora Holdings, купившую ее в 2024 году.
""",
}, [{"name": "The Times", "in_corpus": False}],
[("The Times", a) for a in ["00_ru.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"]],
[("Deputy infrastructure minister Taras Hlushko did not declare a London flat worth about £2.4 million.",
  ["00_ru.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"]),
 ("The flat was bought in 2024 by the Cyprus-registered company Velmora Holdings.",
  ["00_ru.txt", "01_uk.txt", "03_en.txt", "04_ru.txt"]),
 ("The Infrastructure Ministry said Hlushko would file a corrected declaration if errors were found.",
  ["00_ru.txt", "01_uk.txt", "03_en.txt"]),
])

# r02: chain of three in the corpus with an outside root: Le Monde -> NV (00_uk, outlet only as
# title suffix "| НВ") -> Radio Svoboda (01_ru: "сообщило украинское издание NV со ссылкой на
# французскую газету Le Monde", "Авторы материала подчеркивают", relative "накануне") ->
# Interfax-Ukraine (02_ru: "сообщает Радио Свобода со ссылкой на публикацию ... NV").
# 03_en Kyiv Independent credits Le Monde directly ("the newspaper notes").
story("r02_lemonde_icons_chain", "chain", {
"00_uk.txt": """Музей у Ліоні поверне Чернігову 14 ікон XVII століття | НВ
10.03.2027 19:40

Музей Верно (Musée Vernand) у французькому Ліоні поверне Чернігівському обласному художньому музею 14 ікон XVII століття, вивезених з міста у 1919 році. Про це в середу написала французька газета Le Monde.

Як зазначає видання, ікони потрапили до Франції разом із колекцією інженера Еміля Гарро, який працював у Чернігові до революції. Після його смерті у 1952 році вдова передала колекцію музею.

Передача, за даними газети, відбудеться у травні. Директорка ліонського музею Клер Отен сказала Le Monde, що рішення ухвалили після трьох років перемовин з українською стороною.
""",
"01_ru.txt": """Лионский музей вернет Чернигову 14 икон XVII века
Радио Свобода
2027-03-11 09:10

Музей Верно в Лионе вернет Черниговскому областному художественному музею 14 икон XVII века, вывезенных из города в 1919 году. Об этом накануне вечером сообщило украинское издание NV со ссылкой на французскую газету Le Monde.

Авторы материала подчеркивают, что иконы попали во Францию вместе с коллекцией инженера Эмиля Гарро, работавшего в Чернигове до революции. Передача, по их данным, состоится в мае.

Директор лионского музея Клер Отен сказала, что решение приняли после трех лет переговоров.
""",
"02_ru.txt": """Музей в Лионе передаст Украине 14 икон
Интерфакс-Украина
11.03.2027 12:30

Музей Верно во французском Лионе передаст Черниговскому областному художественному музею 14 икон XVII века, сообщает Радио Свобода со ссылкой на публикацию украинского издания NV.

Иконы были вывезены из Чернигова в 1919 году. Передача запланирована на май.
""",
"03_en.txt": """Lyon museum to return 14 icons to Chernihiv, Le Monde reports
The Kyiv Independent
2027-03-11T15:00:00+00:00

The Musée Vernand in Lyon will return 14 17th-century icons to the Chernihiv Regional Art Museum, the French newspaper Le Monde reported on Wednesday.

The icons left Chernihiv in 1919 and reached France with the collection of engineer Émile Garrault, who worked in the city before the revolution, the newspaper notes. His widow gave the collection to the museum after his death in 1952.

The handover is planned for May, museum director Claire Autain told Le Monde.
""",
}, [{"name": "Le Monde", "in_corpus": False}],
[("Le Monde", "00_uk.txt"), ("NV", "01_ru.txt"), ("Radio Svoboda", "02_ru.txt"), ("Le Monde", "03_en.txt")],
[("The Musée Vernand in Lyon will return 14 seventeenth-century icons, taken out of Chernihiv in 1919, to the Chernihiv regional art museum.",
  ["00_uk.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"]),
 ("The icons reached France with the collection of engineer Émile Garrault.",
  ["00_uk.txt", "01_ru.txt", "03_en.txt"]),
 ("The handover is planned for May.",
  ["00_uk.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"]),
])

# r03: two independent outside origins (Financial Times, Bloomberg) for one claim.
# 00_en Kyiv Independent: byline line "By Olena Koval" between outlet and date; credits both.
# 01_uk UNIAN credits FT only ("За даними газети"); 02_ru Interfax-Ukraine credits Bloomberg only
# ("Агентство отмечает", anonymous people belong to Bloomberg); 03_uk Ukrainska Pravda credits both.
story("r03_ft_bloomberg_stake", "two_origins", {
"00_en.txt": """Zlatopil Agro in talks to sell 40% stake to Japan's Mitsuhara
The Kyiv Independent
By Olena Koval
2027-03-15T07:30:00+00:00

Ukrainian agricultural holding Zlatopil Agro is in talks to sell a 40% stake to the Japanese trading house Mitsuhara Corp., the Financial Times reported on Sunday. Bloomberg reported the talks separately on the same day, citing people familiar with the matter.

Zlatopil Agro, which farms about 180,000 hectares in Poltava and Kirovohrad oblasts, declined to comment. Mitsuhara did not respond to a request for comment.
""",
"01_uk.txt": """Японська Mitsuhara може купити 40% «Златопіль Агро» за $310 млн — FT
УНІАН
15.03.2027 09:20

Японський торговий дім Mitsuhara Corp. веде переговори про купівлю 40% акцій українського агрохолдингу «Златопіль Агро». Про це пише Financial Times з посиланням на трьох обізнаних співрозмовників.

За даними газети, сума угоди може становити близько 310 мільйонів доларів.

«Златопіль Агро» обробляє близько 180 тисяч гектарів у Полтавській та Кіровоградській областях.
""",
"02_ru.txt": """Bloomberg: японская Mitsuhara ведет переговоры о покупке доли в «Златополь Агро»
Интерфакс-Украина
2027-03-15 10:05

Украинский агрохолдинг «Златополь Агро» ведет переговоры о продаже 40% акций японской торговой компании Mitsuhara Corp., сообщает Bloomberg со ссылкой на осведомленных собеседников.

Агентство отмечает, что сделка может быть подписана до конца июня. Представители обеих компаний от комментариев отказались.
""",
"03_uk.txt": """«Златопіль Агро» веде переговори про продаж частки японцям — ЗМІ
Українська правда
15.03.2027 11:40

Агрохолдинг «Златопіль Агро» веде переговори про продаж 40% акцій японській компанії Mitsuhara Corp. Про це пишуть Financial Times та Bloomberg.

У компанії ці повідомлення не коментують.
""",
}, [{"name": "Financial Times", "in_corpus": False}, {"name": "Bloomberg", "in_corpus": False}],
[("Financial Times", "00_en.txt"), ("Bloomberg", "00_en.txt"), ("Financial Times", "01_uk.txt"),
 ("Bloomberg", "02_ru.txt"), ("Financial Times", "03_uk.txt"), ("Bloomberg", "03_uk.txt")],
[("Zlatopil Agro is in talks to sell a 40% stake to the Japanese trading house Mitsuhara Corp.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"]),
 ("The deal could be worth about $310 million.", ["01_uk.txt"]),
 ("The deal could be signed by the end of June.", ["02_ru.txt"]),
])

# r04: in-corpus scoop by Ukrainska Pravda (00_uk has NO outlet line, line 2 is a pravda.com.ua URL;
# own: "з'ясувала «Українська правда», проаналізувавши", "Журналісти УП встановили").
# 01_ru Censor.NET: "Журналисты издания выяснили" (= UP's journalists, not Censor.NET's).
# 02_en UNIAN: "the publication says". 03_uk NV: full stops lost their spaces,
# "Як зазначають автори публікації".
story("r04_up_salt_scoop", "in_corpus_origin", {
"00_uk.txt": """Київське комунальне підприємство купило сіль для доріг удвічі дорожче від ринку
https://www.pravda.com.ua/news/2027/03/12/7451890/
12.03.2027 08:00

Комунальне підприємство «Київшляхсервіс» цієї зими купило 2 000 тонн технічної солі для посипання доріг за ціною, удвічі вищою за ринкову. Це з'ясувала «Українська правда», проаналізувавши тендерні документи в системі Prozorro.

За 2 000 тонн підприємство заплатило 11,6 млн гривень, тобто 5 800 гривень за тонну, тоді як інші комунальні підприємства купували таку саму сіль по 2 700–3 000 гривень.

Постачальник — ТОВ «Солеком-Трейд», зареєстроване у 2025 році. Журналісти УП встановили, що до минулого літа 50% компанії належали Світлані Бондарець — дружині заступника директора «Київшляхсервісу» Ігоря Бондарця.

Ігор Бондарець у розмові з УП заявив, що «не має жодного стосунку до вибору постачальника».
""",
"01_ru.txt": """Киевское КП купило соль для дорог вдвое дороже рынка — «Украинская правда»
Цензор.НЕТ
12.03.2027 10:45

Коммунальное предприятие «Киевшляхсервис» этой зимой купило 2 000 тонн технической соли по цене вдвое выше рыночной, сообщает «Украинская правда».

Журналисты издания выяснили, что поставщик — ООО «Солеком-Трейд» — до прошлого лета наполовину принадлежал жене заместителя директора предприятия Игоря Бондарца.

Бондарец в комментарии изданию отверг свою причастность к выбору поставщика.
""",
"02_en.txt": """Kyiv utility paid double the market price for road salt, Ukrainska Pravda says
UNIAN
2027-03-12 13:10

Kyiv municipal company Kyivshliakhservis paid twice the market price for 2,000 tonnes of road salt this winter, Ukrainska Pravda reported on Friday.

The company paid UAH 11.6 million, or UAH 5,800 per tonne, while other municipal companies bought the same salt for UAH 2,700-3,000 per tonne, the publication says.
""",
"03_uk.txt": """КП «Київшляхсервіс» переплатило за сіль удвічі — УП
НВ
12.03.2027 15:20

Комунальне підприємство «Київшляхсервіс» купило 2000 тонн технічної солі удвічі дорожче від ринкової ціни.Про це пише «Українська правда».Як зазначають автори публікації, постачальник ТОВ «Солеком-Трейд» до минулого літа наполовину належав дружині заступника директора підприємства Ігоря Бондарця.Сам Бондарець заперечує причетність до вибору постачальника.
""",
}, [{"name": "Ukrainska Pravda", "in_corpus": True}],
[("Ukrainska Pravda", "01_ru.txt"), ("Ukrainska Pravda", "02_en.txt"), ("Ukrainska Pravda", "03_uk.txt")],
[("Kyivshliakhservis bought 2,000 tonnes of road salt at twice the market price.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"]),
 ("The supplier Solekom-Trade was until last summer half-owned by the wife of deputy director Ihor Bondarets.",
  ["00_uk.txt", "01_ru.txt", "03_uk.txt"]),
 ("The company paid UAH 11.6 million, UAH 5,800 per tonne.", ["00_uk.txt", "02_en.txt"]),
])

# r05: The Guardian (outside) with an anonymous quote in two translations ("one of the sources told
# the Guardian" / "рассказал один из источников издания"): the anonymous source belongs to The
# Guardian. 00_en "the newspaper notes", "The report adds"; 01_ru "По данным газеты", relative
# "вчера"; 02_uk relative "у четвер". Customs service is quoted, never an origin.
story("r05_guardian_hospital_anonymous", "outside_origin", {
"00_en.txt": """UK-funded hospital equipment for Izium stuck at border for four months, Guardian reports
The Kyiv Independent
2027-03-19T08:00:00+00:00

A modular hospital for the city of Izium in Kharkiv Oblast, paid for by the British government, is at least nine months behind schedule because its equipment has been held at the Rava-Ruska border crossing since November, The Guardian reported on Thursday.

Fourteen trucks carrying operating theatre equipment, X-ray machines and generators have been parked at a customs terminal for four months, the newspaper notes, citing people involved in the project.

"The equipment has been sitting at the border since November because nobody wants to put their signature on the papers," one of the sources told the Guardian.

The report adds that the 120-bed hospital was meant to open this month. Ukraine's State Customs Service said the documents were "being verified in the usual way."
""",
"01_ru.txt": """The Guardian: оборудование для больницы в Изюме четыре месяца стоит на границе
Медуза
2027-03-19 10:30

Модульная больница для Изюма в Харьковской области, построенная на деньги правительства Великобритании, отстает от графика как минимум на девять месяцев. Об этом вчера сообщила британская газета The Guardian.

По данным газеты, 14 грузовиков с оборудованием с ноября стоят на таможенном терминале пункта пропуска Рава-Русская. «Оборудование стоит на границе с ноября, потому что никто не хочет ставить подпись под документами», — рассказал один из источников издания.

Больница на 120 коек должна была открыться в марте. В Государственной таможенной службе Украины заявили, что документы «проверяются в обычном порядке».
""",
"02_uk.txt": """Обладнання для лікарні в Ізюмі четвертий місяць стоїть на кордоні — The Guardian
Радіо Свобода
19.03.2027 12:05

Будівництво модульної лікарні для Ізюма, яку фінансує уряд Великої Британії, відстає від графіка щонайменше на дев'ять місяців. Про це у четвер повідомила британська газета The Guardian.

За даними газети, 14 вантажівок з обладнанням для операційних, рентгенівськими апаратами та генераторами з листопада стоять на митному терміналі пункту пропуску Рава-Руська.

У Державній митній службі заявили, що документи «перевіряються у звичному порядку».
""",
}, [{"name": "The Guardian", "in_corpus": False}],
[("The Guardian", a) for a in ["00_en.txt", "01_ru.txt", "02_uk.txt"]],
[("A UK-funded modular hospital for Izium is at least nine months behind schedule.",
  ["00_en.txt", "01_ru.txt", "02_uk.txt"]),
 ("Fourteen trucks of hospital equipment have been held at the Rava-Ruska border crossing since November.",
  ["00_en.txt", "01_ru.txt", "02_uk.txt"]),
 ("An anonymous source said the equipment is stuck because nobody wants to sign the papers.",
  ["00_en.txt", "01_ru.txt"]),
 ("The State Customs Service said the documents were being verified in the usual way.",
  ["00_en.txt", "01_ru.txt", "02_uk.txt"]),
])

# r06: two independent origins for one claim, one in the corpus (Radio Svoboda's own investigation,
# 00_ru) and one outside (The New York Times, with anonymous shipping agents = NYT's).
# 01_en: NO outlet line; outlet only in body "as relayed by Censor.NET" (the article IS
# Censor.NET's); "The paper's sources". 02_uk RBC-Ukraine credits both (two edges).
# 03_uk Interfax-Ukraine credits Radio Svoboda only.
story("r06_nyt_svoboda_grain", "two_origins_mixed", {
"00_ru.txt": """Терминал в Измаиле отгрузил на 180 тысяч тонн зерна больше, чем задекларировал
Радио Свобода
2027-03-22 07:45

Оператор зернового терминала в порту Измаил, компания «Придунайский терминал», в 2026 году погрузил на суда примерно на 180 тысяч тонн зерна больше, чем указал в таможенных декларациях. Это выяснили журналисты Радио Свобода, сравнив данные судовых агентов с таможенной статистикой, которую редакция получила по официальному запросу.

По подсчетам редакции, неучтенное зерно могло стоить около 35 миллионов долларов.

Директор терминала Валерий Кушнир в разговоре с Радио Свобода назвал расхождения «технической ошибкой при оформлении».
""",
"01_en.txt": """Izmail grain terminal under-declared 180,000 tonnes of exports, NYT says
2027-03-24 09:00

A grain terminal operator in the Danube port of Izmail, Prydunaiskyi Terminal, loaded around 180,000 tonnes more grain onto ships in 2026 than it declared to customs, The New York Times reported on Tuesday, as relayed by Censor.NET.

The paper's sources, two shipping agents who spoke on condition of anonymity, said part of the grain was loaded at night without customs officers present.
""",
"02_uk.txt": """Термінал в Ізмаїлі недозадекларував 180 тисяч тонн зерна — NYT
РБК-Україна
24.03.2027 10:15

Оператор зернового термінала в Ізмаїлі «Придунайський термінал» у 2026 році відвантажив на судна приблизно на 180 тисяч тонн зерна більше, ніж зазначив у митних деклараціях. Про це пише The New York Times.

Раніше про ці розбіжності повідомляло Радіо Свобода.
""",
"03_uk.txt": """Зерновий термінал в Ізмаїлі міг не задекларувати зерна на $35 млн
Інтерфакс-Україна
22.03.2027 14:00

Компанія «Придунайський термінал», що управляє зерновим терміналом в Ізмаїлі, у 2026 році відвантажила приблизно на 180 тисяч тонн зерна більше, ніж задекларувала. Про це повідомило Радіо Свобода.

За підрахунками журналістів, незадеклароване зерно могло коштувати близько 35 мільйонів доларів. Директор термінала Валерій Кушнір назвав розбіжності технічною помилкою.
""",
}, [{"name": "Radio Svoboda", "in_corpus": True}, {"name": "The New York Times", "in_corpus": False}],
[("The New York Times", "01_en.txt"), ("The New York Times", "02_uk.txt"), ("Radio Svoboda", "02_uk.txt"),
 ("Radio Svoboda", "03_uk.txt")],
[("Prydunaiskyi Terminal in Izmail shipped about 180,000 tonnes more grain in 2026 than it declared to customs.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_uk.txt"]),
 ("The undeclared grain could be worth about $35 million.", ["00_ru.txt", "03_uk.txt"]),
 ("Terminal director Valerii Kushnir called the discrepancies a technical error.", ["00_ru.txt", "03_uk.txt"]),
 ("Part of the grain was loaded at night without customs officers present.", ["01_en.txt"]),
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 40 (invented events, real outlet names); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o["name"] for o in origins}
        for o, a in relays:
            assert a in arts, (id, a)
            assert o in onames or o in RELAYING_OUTLETS, (id, o)
        assert len(INDEP[id]) == len(claims), id
        cl = []
        for text, ca in claims:
            for a in ca:
                assert a in arts, (id, a)
            cl.append({"text": text, "articles": sorted(ca), "independent_sources": INDEP[id][len(cl)]})
        out["stories"].append({
            "id": id, "scenario": scenario, "articles": names, "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays], "claims": cl})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


# In-corpus outlets that are credited as intermediate links of a chain without being origins (r02).
RELAYING_OUTLETS = {"NV", "Radio Svoboda"}
# independent_sources per claim, in claim order, fixed by hand (distinct roots of the claim's articles).
INDEP = {
    "r01_times_london_flat": [1, 1, 1],            # all rest on The Times
    "r02_lemonde_icons_chain": [1, 1, 1],          # NV, Radio Svoboda, Interfax-Ukraine, KI all root in Le Monde
    "r03_ft_bloomberg_stake": [2, 1, 1],           # FT + Bloomberg; FT only; Bloomberg only
    "r04_up_salt_scoop": [1, 1, 1],                # Ukrainska Pravda
    "r05_guardian_hospital_anonymous": [1, 1, 1, 1],  # The Guardian
    "r06_nyt_svoboda_grain": [2, 1, 1, 1],         # Radio Svoboda + NYT; RS; RS; NYT
}

if __name__ == "__main__":
    main()
