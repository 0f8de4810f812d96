#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand50 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a mayor's Telegram post (no medium between) relayed by uk "написав у своєму Telegram-каналі",
# ru "сообщил в Telegram", en "said on Telegram"; pl credits only Suspilne (in corpus), which itself
# relays the post -> chain edge Суспільне -> 03_pl.
story("s01_mayor_telegram_heat_plant", "official_post", {
"00_uk.txt": """Удар дрона по ТЕЦ Лиманополя: понад 200 будинків залишилися без тепла
Суспільне
2027-11-14 08:40

У ніч на неділю російський ударний дрон влучив у міську теплоелектроцентраль Лиманополя. Без опалення залишилися 212 багатоквартирних будинків, у яких мешкає близько 37 тисяч людей. Про це написав у своєму Telegram-каналі міський голова Андрій Вербицький.

За словами Вербицького, пошкоджено один із двох котлів і машинну залу станції. «Люди не постраждали. Чергова зміна встигла сховатися в укритті», — зазначив мер.

Він додав, що до вечора в мікрорайонах Північний та Затишний запрацюють шість мобільних котелень, а на відновлення ТЕЦ енергетикам знадобиться щонайменше п'ять днів. У школах і дитсадках, що опалюються від ТЕЦ, оголошено дистанційне навчання до кінця тижня.
""",
"01_ru.txt": """В Лиманополе дрон повредил ТЭЦ, без отопления 212 домов
РБК-Украина
14.11.2027 09:55

Российский беспилотник ночью попал в городскую ТЭЦ Лиманополя, без отопления остались 212 многоэтажек, где живут около 37 тысяч человек. Об этом сообщил в Telegram городской голова Андрей Вербицкий.

По его словам, поврежден один из двух котлов и машинный зал. «Люди не пострадали, дежурная смена успела укрыться», — написал Вербицкий.

Мэр пообещал, что к вечеру в микрорайонах Северный и Уютный заработают шесть мобильных котельных. Восстановление станции займет не менее пяти дней, школы и детские сады переходят на дистанционное обучение до конца недели.
""",
"02_en.txt": """Drone strike knocks out Lymanopol heat plant, 37,000 without heating
The Kyiv Independent
2027-11-14T11:20:00+00:00

A Russian attack drone struck the municipal combined heat and power plant in Lymanopol overnight on Nov. 14, cutting off heating to 212 apartment buildings home to about 37,000 people, Mayor Andrii Verbytskyi said on Telegram.

One of the plant's two boilers and its turbine hall were damaged, Verbytskyi wrote. "Nobody was hurt. The night shift managed to reach the shelter in time," he said in the post.

Six mobile boiler units will start working in the Pivnichnyi and Zatyshnyi neighborhoods by the evening, the mayor said, while repairs to the plant itself will take at least five days. Schools and kindergartens heated by the plant will switch to remote learning until the end of the week.
""",
"03_pl.txt": """Ukraina: rosyjski dron uderzył w elektrociepłownię w Łymanopolu
Polskie Radio
14 listopada 2027, 13:05

Rosyjski dron uszkodził w nocy z soboty na niedzielę miejską elektrociepłownię w Łymanopolu na Ukrainie. Jak podaje ukraiński nadawca publiczny Suspilne, bez ogrzewania pozostały 212 bloków mieszkalnych, w których mieszka około 37 tysięcy osób.

Według Suspilne uszkodzony został jeden z dwóch kotłów oraz hala maszyn. Nikt nie został ranny, dyżurna zmiana zdążyła ukryć się w schronie.

Do wieczora w dwóch dzielnicach miasta ma ruszyć sześć mobilnych kotłowni. Naprawa elektrociepłowni potrwa co najmniej pięć dni, a szkoły i przedszkola przechodzą na naukę zdalną do końca tygodnia.
""",
}, [
    {"name": "Andrii Verbytskyi", "in_corpus": False},
], [
    {"origin": "Andrii Verbytskyi", "article": "00_uk.txt"},
    {"origin": "Andrii Verbytskyi", "article": "01_ru.txt"},
    {"origin": "Andrii Verbytskyi", "article": "02_en.txt"},
    {"origin": "Суспільне", "article": "03_pl.txt"},
], [
    {"text": "A drone strike damaged Lymanopol's heat plant, leaving 212 apartment buildings (about 37,000 people) without heating.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
])

# s02: own scoop with anonymous government sources (Українська правда) -> chain
# Українська правда -> Цензор.НЕТ (ru, "со ссылкой на источники") -> RMF FM (pl, "jak podaje portal
# Censor.net", credits only Censor); en credits Ukrainska Pravda directly.
story("s02_chain_dismissal_scoop", "chain", {
"00_uk.txt": """Кабмін готує звільнення голови Моррічслужби Вадима Ярошенка
Українська правда
2027-10-05 07:30

Кабінет міністрів найближчим часом може звільнити голову Державної служби морського та річкового транспорту Вадима Ярошенка. Про це «Українській правді» розповіли два джерела в уряді.

За словами співрозмовників УП, у прем'єра незадоволені зривом графіку днопоглиблення на Дунаї: із запланованих на рік 1,2 мільйона кубометрів ґрунту підрядники вибрали менше третини. «Питання вже вирішене, чекають лише засідання уряду», — сказав один із них.

Як з'ясувала УП, на посаду розглядають заступницю Ярошенка Ірину Соколюк. Сам Ярошенко на дзвінки та повідомлення «Української правди» не відповів.
""",
"01_ru.txt": """Правительство собирается уволить главу Морречслужбы Ярошенко — СМИ
Цензор.НЕТ
05.10.2027 10:12

Кабинет министров готовит увольнение главы Государственной службы морского и речного транспорта Вадима Ярошенко. Об этом сообщает «Украинская правда» со ссылкой на источники в правительстве.

По данным издания, в Кабмине недовольны срывом дноуглубительных работ на Дунае: из 1,2 млн кубометров грунта, запланированных на год, выбрано меньше трети. «Вопрос уже решен, ждут только заседания правительства», — цитирует «Украинская правда» одного из собеседников.

Преемницей Ярошенко может стать его заместитель Ирина Соколюк. Сам чиновник на запросы журналистов не ответил.
""",
"02_pl.txt": """Ukraiński rząd chce odwołać szefa służby morskiej. Chodzi o Dunaj
RMF FM
5 października 2027

Ukraiński rząd przygotowuje odwołanie Wadyma Jaroszenki, szefa Państwowej Służby Transportu Morskiego i Rzecznego – jak podaje ukraiński portal Censor.net.

Powodem ma być opóźnienie prac pogłębiarskich na Dunaju: z 1,2 mln metrów sześciennych urobku zaplanowanych na ten rok wydobyto mniej niż jedną trzecią. Według Censor.net decyzja zapadła i czeka jedynie na posiedzenie rządu.

Następczynią Jaroszenki może zostać jego zastępczyni Iryna Sokoluk. Dunajskie porty są dla Ukrainy jedną z ważnych dróg eksportu zboża.
""",
"03_en.txt": """Ukraine's government set to fire maritime agency head over Danube dredging delays
The Kyiv Independent
2027-10-05T12:45:00+00:00

Ukraine's Cabinet of Ministers is preparing to dismiss Vadym Yaroshenko, head of the State Service for Maritime and River Transport, Ukrainska Pravda reported on Oct. 5, citing two sources in the government.

According to the outlet's sources, the prime minister's office is unhappy that contractors have dredged less than a third of the 1.2 million cubic meters planned for this year on the Danube. Yaroshenko's deputy, Iryna Sokoliuk, is being considered as his replacement, Ukrainska Pravda reported.

Yaroshenko did not respond to Ukrainska Pravda's request for comment. The Kyiv Independent could not independently verify the report.
""",
}, [
    {"name": "Українська правда", "in_corpus": True},
], [
    {"origin": "Українська правда", "article": "01_ru.txt"},
    {"origin": "Цензор.НЕТ", "article": "02_pl.txt"},
    {"origin": "Українська правда", "article": "03_en.txt"},
], [
    {"text": "Ukraine's government is preparing to dismiss Vadym Yaroshenko, head of the maritime and river transport service, over Danube dredging delays.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
])

# s03: Russian state agency claim (ТАСС, "со ссылкой на источник") + denial in a Ukrainian military
# spokesman's Facebook post: two roots, every article carries both.
story("s03_tass_claim_denial", "two_roots_claim_denial", {
"00_ru.txt": """ТАСС заявил о захвате Кленового, ВСУ опровергают
Медуза
2027-11-02 16:10

Российские войска заняли село Кленовое в Запорожской области, сообщило государственное агентство ТАСС со ссылкой на источник в силовых структурах. По версии агентства, штурм продолжался трое суток, украинские подразделения якобы отошли к соседнему селу Гайовое.

Спикер Южных сил обороны Украины Виктор Тимченко опроверг это в своем фейсбуке. «Кленовое под контролем Сил обороны. Штурм отбит, противник потерял четыре единицы бронетехники», — написал он.

Независимо проверить заявления сторон «Медуза» не может.
""",
"01_uk.txt": """Росіяни заявили про захоплення Кленового. У Силах оборони кажуть, що це фейк
Укрінформ
02.11.2027 17:25

Російське державне агентство ТАСС поширило заяву про нібито захоплення села Кленове на Запоріжжі. Агентство послалося на анонімне джерело в силових структурах РФ і стверджувало, що бої за село тривали три доби.

Речник Південних сил оборони Віктор Тимченко спростував цю інформацію. «Кленове під контролем Сил оборони. Штурм відбито, ворог втратив чотири одиниці бронетехніки», — написав він у Facebook.

За словами Тимченка, загалом за добу на цьому напрямку відбулося 14 боєзіткнень.
""",
"02_en.txt": """Russian state media claim capture of Klenove; Ukraine says assault repelled
The Insider
2027-11-02T18:00:00+00:00

Russian forces have taken the village of Klenove in Ukraine's Zaporizhzhia region, the state news agency TASS claimed on Tuesday, citing an unnamed source in the security services. According to TASS, the assault lasted three days.

Viktor Tymchenko, spokesman for Ukraine's Southern Defense Forces, denied the claim in a Facebook post. "Klenove is under the control of the Defense Forces. The assault was repelled, and the enemy lost four armored vehicles," he wrote.

Tymchenko added that there had been 14 clashes in the area over the past 24 hours.
""",
"03_pl.txt": """Rosjanie twierdzą, że zajęli Klenowe. Ukraińska armia: to nieprawda
Polskie Radio
2 listopada 2027, 19:40

Rosyjska państwowa agencja TASS poinformowała, że wojska rosyjskie zajęły wieś Klenowe w obwodzie zaporoskim. Agencja powołała się na anonimowe źródło w rosyjskich strukturach siłowych.

Rzecznik ukraińskich Południowych Sił Obrony Wiktor Tymczenko zaprzeczył tym doniesieniom we wpisie na Facebooku. Napisał, że wieś pozostaje pod kontrolą ukraińskiej armii, a szturm został odparty; Rosjanie stracili cztery pojazdy opancerzone.
""",
}, [
    {"name": "ТАСС", "in_corpus": False},
    {"name": "Viktor Tymchenko", "in_corpus": False},
], [
    {"origin": "ТАСС", "article": "00_ru.txt"},
    {"origin": "Viktor Tymchenko", "article": "00_ru.txt"},
    {"origin": "ТАСС", "article": "01_uk.txt"},
    {"origin": "Viktor Tymchenko", "article": "01_uk.txt"},
    {"origin": "ТАСС", "article": "02_en.txt"},
    {"origin": "Viktor Tymchenko", "article": "02_en.txt"},
    {"origin": "ТАСС", "article": "03_pl.txt"},
    {"origin": "Viktor Tymchenko", "article": "03_pl.txt"},
], [
    {"text": "TASS claimed Russian forces captured the village of Klenove; a Ukrainian military spokesman denied it, saying the assault was repelled.",
     "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 2},
])

# s04: own report with a correspondent on site (ТСН); 01_uk has NO outlet line and is an uncredited,
# lightly reworded same-language copy (edge from ТСН); ru "передает ТСН"; pl "jak podaje ... TSN".
story("s04_uncredited_copy_bridge", "uncredited_copy", {
"00_uk.txt": """На Львівщині під час ремонту обвалився міст на трасі до Рави-Руської: двоє робітників травмовані
ТСН
2027-09-21 15:20

У селі Гайове-Долішнє на Львівщині під час ремонту обвалився проліт автомобільного мосту через річку Свиня на трасі Львів — Рава-Руська. Двоє робітників, які перебували на мосту, отримали травми і госпіталізовані до Жовківської лікарні. На місці працює кореспондент ТСН.

Як розповів кореспонденту ТСН виконроб підрядної компанії Олег Дацюк, бетонний проліт просів близько 13:00, коли бригада знімала старе покриття. «Ми почули тріск, і за кілька секунд плита пішла вниз. Хлопці встигли відскочити, але двоє впали разом із нею», — сказав він.

Рух трасою перекрито. Вантажівки, що прямують до пункту пропуску «Рава-Руська», поліція скеровує в об'їзд через Жовкву, це додає близько 25 кілометрів. Місцева мешканка Галина Костів каже, що тріщини на мосту з'явилися ще два роки тому.
""",
"01_uk.txt": """Обвал мосту на трасі Львів — Рава-Руська: травмовано двох робітників
21.09.2027 17:35

Під час ремонтних робіт у селі Гайове-Долішнє Львівської області обвалився проліт мосту через річку Свиня на автошляху Львів — Рава-Руська. Двох робітників, що були на мосту, з травмами доставили до лікарні в Жовкві.

За словами виконроба підрядника Олега Дацюка, бетонний проліт просів приблизно о 13:00, коли робітники знімали старе покриття. «Ми почули тріск, і за кілька секунд плита пішла вниз. Хлопці встигли відскочити, але двоє впали разом із нею», — розповів він.

Наразі рух трасою перекритий. Вантажівки до пункту пропуску «Рава-Руська» поліція спрямовує в об'їзд через Жовкву — це плюс приблизно 25 кілометрів. За словами місцевої жительки Галини Костів, тріщини на мосту були помітні ще два роки тому.
""",
"02_ru.txt": """Во Львовской области во время ремонта обрушился мост, пострадали двое рабочих
РБК-Украина
2027-09-21T16:05:00+03:00

В селе Гайовое-Долишнее Львовской области во время ремонта обрушился пролет моста через реку Свиня на трассе Львов — Рава-Русская, передает ТСН. Двое рабочих получили травмы и доставлены в больницу.

Как рассказал телеканалу прораб подрядчика Олег Дацюк, плита просела около 13:00, когда бригада снимала старое покрытие.

Движение по трассе перекрыто, грузовики к пункту пропуска «Рава-Русская» направляют в объезд через Жовкву.
""",
"03_pl.txt": """Zawalił się most na trasie Lwów – Rawa Ruska. Utrudnienia w drodze do Hrebennego
RMF FM
21.09.2027 18:10

W miejscowości Hajowe-Doliszne w obwodzie lwowskim podczas remontu zawaliło się przęsło mostu na trasie Lwów – Rawa Ruska – jak podaje ukraińska telewizja TSN. Dwóch robotników zostało rannych.

Według TSN trasa jest zamknięta, a ciężarówki jadące do przejścia granicznego Rawa Ruska – Hrebenne kierowane są na objazd przez Żółkiew, dłuższy o około 25 kilometrów. Kierowcy jadący z Polski na Ukrainę powinni liczyć się z opóźnieniami.
""",
}, [
    {"name": "ТСН", "in_corpus": True},
], [
    {"origin": "ТСН", "article": "01_uk.txt"},
    {"origin": "ТСН", "article": "02_ru.txt"},
    {"origin": "ТСН", "article": "03_pl.txt"},
], [
    {"text": "A bridge span on the Lviv - Rava-Ruska road collapsed during repairs in Haiove-Dolishnie, injuring two workers; traffic was detoured via Zhovkva.",
     "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt"], "independent_sources": 1},
])

# s05: anonymous Telegram channel «Закулисье» (not in corpus) as the only source; pl has NO date line
# and ends with "Źródło: ...".
story("s05_anonymous_telegram_channel", "telegram_channel", {
"00_ru.txt": """Телеграм-канал «Закулисье»: вице-губернатора Курганской области задержала ФСБ
Медуза
2027-08-17 11:45

Сотрудники ФСБ задержали вице-губернатора Курганской области Игоря Шелестова по подозрению в получении взятки в особо крупном размере. Об этом сообщил анонимный телеграм-канал «Закулисье».

По данным канала, Шелестова задержали утром в его служебном кабинете, обыски прошли также в областном департаменте дорожного хозяйства. Речь может идти о взятке в 18 миллионов рублей от подрядчика, ремонтировавшего трассу Курган — Шадринск.

Официально задержание пока не подтверждено, в пресс-службе правительства области на вопросы не ответили. «Медуза» не может независимо проверить информацию канала.
""",
"01_uk.txt": """У Росії затримали віцегубернатора Курганської області — Telegram-канал
Українська правда
17.08.2027 13:30

У Росії співробітники ФСБ затримали віцегубернатора Курганської області Ігоря Шелестова. Про це повідомляє анонімний російський Telegram-канал «Закулісся».

За даними каналу, чиновника підозрюють в отриманні хабаря у 18 мільйонів рублів від підрядника, який ремонтував трасу Курган — Шадринськ. Обшуки, як стверджує канал, провели також у департаменті дорожнього господарства області.

Офіційного підтвердження затримання наразі немає.
""",
"02_en.txt": """Kurgan deputy governor detained by FSB, Telegram channel claims
The Kyiv Independent
2027-08-17T14:15:00+00:00

Russia's Federal Security Service (FSB) has detained Igor Shelestov, deputy governor of Russia's Kurgan region, on suspicion of taking a large bribe, the anonymous Telegram channel Zakulisye reported on Aug. 17.

According to the channel, Shelestov was detained in his office and the bribe, allegedly paid by a road contractor, amounted to 18 million rubles ($200,000). Russian authorities have not confirmed the detention. The Kyiv Independent could not verify the claim.
""",
"03_pl.txt": """Rosja: FSB zatrzymała wicegubernatora obwodu kurgańskiego
Polskie Radio

Funkcjonariusze FSB mieli zatrzymać wicegubernatora obwodu kurgańskiego Igora Szelestowa. Urzędnik jest podejrzewany o przyjęcie 18 mln rubli łapówki od firmy remontującej drogę Kurgan – Szadrinsk. Władze w Moskwie i Kurganie nie potwierdziły tych informacji.

Źródło: anonimowy kanał Zakulisje na Telegramie
""",
}, [
    {"name": "Закулисье", "in_corpus": False},
], [
    {"origin": "Закулисье", "article": "00_ru.txt"},
    {"origin": "Закулисье", "article": "01_uk.txt"},
    {"origin": "Закулисье", "article": "02_en.txt"},
    {"origin": "Закулисье", "article": "03_pl.txt"},
], [
    {"text": "The FSB detained Kurgan region deputy governor Igor Shelestov on suspicion of taking an 18 million ruble bribe.",
     "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
])

# s06: two roots for one claim: a Polish deputy minister's X post (not in corpus) and RMF FM's own
# reporter at the crossing (in corpus). pl carries both ("napisał na platformie X" + own reporter);
# uk takes the post directly and credits RMF FM ("Як передає RMF FM"); en takes only the post.
story("s06_x_post_plus_own_reporter", "two_roots_post_and_own", {
"00_pl.txt": """Dorohusk zamknięty dla ciężarówek na 48 godzin. Kolejka ma już 30 km
RMF FM
2027-12-03 09:15

Przejście graniczne Dorohusk–Jagodzin zostało zamknięte dla ruchu ciężarowego na 48 godzin – napisał na platformie X wiceminister infrastruktury Tomasz Wielgosz. Powodem jest awaria systemu elektronicznej kolejki po polskiej stronie.

Reporter RMF FM, który jest na miejscu, widział, jak funkcjonariusze Straży Granicznej zawracają ciężarówki sprzed bramek odprawy. Kolejka tirów w stronę granicy ciągnie się już przez około 30 kilometrów, aż za Okopy. „Stoję tu od wczoraj wieczorem i nikt nic nie mówi" – powiedział naszemu reporterowi kierowca z Kowla Petro Hnatiuk.

Samochody osobowe i autobusy są odprawiane normalnie.
""",
"01_uk.txt": """Польща на 48 годин закрила «Ягодин — Дорогуськ» для вантажівок
Укрінформ
03.12.2027 11:40

Пункт пропуску «Ягодин — Дорогуськ» на польському боці закрили для вантажного руху на 48 годин через збій системи електронної черги. Про це написав на платформі X заступник міністра інфраструктури Польщі Томаш Вєльгош.

Як передає RMF FM, польські прикордонники розвертають вантажівки, а черга в бік кордону вже сягає близько 30 кілометрів.

Легкові автомобілі та автобуси пропускають у звичайному режимі.
""",
"02_en.txt": """Poland shuts Dorohusk crossing to trucks for 48 hours after e-queue failure
The Kyiv Independent
2027-12-03T12:30:00+00:00

Poland has closed the Dorohusk-Yahodyn border crossing to freight traffic for 48 hours because of a failure of the electronic queue system on the Polish side, Polish Deputy Infrastructure Minister Tomasz Wielgosz posted on X on Dec. 3.

Cars and buses are crossing as usual, Wielgosz wrote. Dorohusk is one of the main crossings for Ukrainian trucks heading to the European Union.
""",
}, [
    {"name": "RMF FM", "in_corpus": True},
    {"name": "Tomasz Wielgosz", "in_corpus": False},
], [
    {"origin": "Tomasz Wielgosz", "article": "00_pl.txt"},
    {"origin": "Tomasz Wielgosz", "article": "01_uk.txt"},
    {"origin": "RMF FM", "article": "01_uk.txt"},
    {"origin": "Tomasz Wielgosz", "article": "02_en.txt"},
], [
    {"text": "The Dorohusk-Yahodyn crossing was closed to trucks for 48 hours on the Polish side.",
     "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 2},
])

# s07: a real-named medium that is NOT in the corpus (Економічна правда) relayed 3x: uk "Про це
# повідомляє ... за даними видання"; ru "как пишет «Экономическая правда»"; en "according to".
story("s07_outside_medium_wagons", "outside_medium", {
"00_uk.txt": """«Укрзерноекспорт» купив вагони-зерновози вдвічі дорожче ринку — ЕП
Главком
2027-10-19 10:05

Державна компанія «Укрзерноекспорт» закупила 40 вагонів-зерновозів по 4,1 мільйона гривень за штуку, тоді як приватні оператори цього року купували такі самі вагони приблизно за 2 мільйони. Про це повідомляє «Економічна правда» з посиланням на договір, який є в розпорядженні видання.

За даними «Економічної правди», постачальником стала зареєстрована в березні фірма «Вагонтрейд-Схід» із статутним капіталом 1000 гривень. Тендер проводили за переговорною процедурою, без конкурентів.

У «Укрзерноекспорті» виданню заявили, що ціна включає п'ятирічне сервісне обслуговування.
""",
"01_ru.txt": """Госкомпания купила зерновозы вдвое дороже рынка — «Экономическая правда»
Цензор.НЕТ
19.10.2027 12:50

Государственная компания «Укрзерноэкспорт» приобрела 40 вагонов-зерновозов по 4,1 млн гривен за единицу, хотя частные операторы в этом году покупали аналогичные вагоны примерно за 2 млн. Об этом, как пишет «Экономическая правда», говорится в договоре, с которым ознакомилось издание.

Поставщиком стала фирма «Вагонтрейд-Восток», зарегистрированная в марте, с уставным капиталом 1000 гривен. Закупку провели по переговорной процедуре.

В компании изданию ответили, что в цену входит пятилетнее сервисное обслуживание.
""",
"02_en.txt": """State grain exporter paid double the market price for hopper wagons, outlet reports
The Kyiv Independent
Oct 19, 2027

State-owned Ukrzernoeksport bought 40 grain hopper wagons for Hr 4.1 million ($98,000) each, roughly twice what private operators paid this year, according to a contract obtained by the economic news outlet Ekonomichna Pravda.

The supplier, Vagontreid-Skhid, was registered in March with charter capital of Hr 1,000, Ekonomichna Pravda reported. The company told the outlet that the price includes five years of servicing.
""",
}, [
    {"name": "Економічна правда", "in_corpus": False},
], [
    {"origin": "Економічна правда", "article": "00_uk.txt"},
    {"origin": "Економічна правда", "article": "01_ru.txt"},
    {"origin": "Економічна правда", "article": "02_en.txt"},
], [
    {"text": "State company Ukrzernoeksport bought 40 grain wagons at 4.1 million hryvnias each, about double the market price, from a newly registered firm.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 50 (invented events and people, real media names); see README.md.", "stories": []}
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
            for a in c["articles"]:
                assert a in names, (id, a)
        out["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                               "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
