#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand61 set.

Real outlet names (Russian-language exile media, Russian and Ukrainian media, German and English
papers); every event, person, company and figure is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Telegram channel Baza claims a deputy governor was detained (outside origin); the deputy
# governor denies it in his own Telegram post (second outside origin, a person). ru Медуза relays
# both ("по данным Telegram-канала Baza" + "опубликовал в своем Telegram-канале"), also mentions that
# Mash and SHOT repeated the claim (noise, not a source of the article); uk УНІАН relays both; en The
# Moscow Times (published before the denial) relays Baza only; de DW relays both.
story("r01_baza_claim_denied", "telegram_claim_denied", {
"00_ru.txt": """Baza сообщила о задержании вице-губернатора Тверской области. Он сам это опроверг
Медуза
2027-03-09 14:20

Сотрудники ФСБ утром 9 марта задержали заместителя губернатора Тверской области Аркадия Волнистова, сообщил Telegram-канал Baza. По данным Telegram-канала Baza, чиновника подозревают в получении взятки в размере 18 миллионов рублей от подрядчика, который ремонтировал дороги в Ржевском районе.

Канал утверждал, что в кабинете Волнистова и в его загородном доме прошли обыски, а самого вице-губернатора увезли в Москву на допрос. Вслед за Baza эту новость опубликовали Mash и SHOT, не приводя собственных источников.

Через несколько часов Волнистов выложил в своем Telegram-канале видео из рабочего кабинета. «Я нахожусь на рабочем месте, никто меня не задерживал. Информация о моем аресте — ложь», — написал он. По словам чиновника, завтра он проводит совещание по подготовке к весеннему паводку.

Волнистов курирует в правительстве региона дорожное хозяйство и транспорт с 2024 года.
""",
"01_uk.txt": """У Росії повідомили про затримання тверського віцегубернатора, той заперечує
УНІАН
09.03.2027 15:40

У Тверській області Росії співробітники ФСБ нібито затримали заступника губернатора Аркадія Волністова. Про це повідомив російський Telegram-канал Baza, який вважають близьким до силовиків.

За даними каналу, посадовця підозрюють в отриманні хабара на 18 мільйонів рублів від підрядника, що ремонтував дороги в Ржевському районі. Baza також писала про обшуки в його кабінеті та заміському будинку.

Утім, згодом Волністов сам спростував цю інформацію у своєму Telegram-каналі. «Я на робочому місці, ніхто мене не затримував. Інформація про мій арешт — брехня», — написав він і виклав відео зі свого кабінету.
""",
"02_en.txt": """Tver Deputy Governor Detained in Bribery Case, Baza Reports
The Moscow Times
2027-03-09T10:05:00+00:00

Federal Security Service (FSB) officers detained Arkady Volnistov, a deputy governor of the Tver region, on Tuesday morning, the Telegram channel Baza reported.

Volnistov is suspected of taking an 18-million-ruble bribe from a contractor that repaired roads in the Rzhev district, according to Baza. The channel, which is known for its close ties to law enforcement, said his office and his country house had been searched and that he had been taken to Moscow for questioning.

The Tver regional government had not commented on the report at the time of publication.

Volnistov has overseen roads and transport in the regional government since 2024.
""",
"03_de.txt": """Russland: Widersprüchliche Berichte über Festnahme eines Vizegouverneurs
DW
9. März 2027

In der russischen Region Twer soll der Inlandsgeheimdienst FSB den stellvertretenden Gouverneur Arkadi Wolnistow festgenommen haben. Das meldete der Telegram-Kanal Baza, der als gut vernetzt mit den Sicherheitsbehörden gilt. Laut Baza wird Wolnistow verdächtigt, von einer Straßenbaufirma ein Schmiergeld von 18 Millionen Rubel angenommen zu haben.

Wolnistow selbst wies die Meldung wenige Stunden später zurück. Auf seinem Telegram-Kanal veröffentlichte er ein Video, das ihn in seinem Büro zeigt, und schrieb dazu: „Ich bin an meinem Arbeitsplatz, niemand hat mich festgenommen. Die Meldung über meine Verhaftung ist eine Lüge."

Wolnistow ist in der Regionalregierung seit 2024 für Straßen und Verkehr zuständig.
""",
}, [{"name": "Baza", "in_corpus": False},
    {"name": "Аркадий Волнистов", "in_corpus": False}],
[{"origin": "Baza", "article": "00_ru.txt"},
 {"origin": "Baza", "article": "01_uk.txt"},
 {"origin": "Baza", "article": "02_en.txt"},
 {"origin": "Baza", "article": "03_de.txt"},
 {"origin": "Аркадий Волнистов", "article": "00_ru.txt"},
 {"origin": "Аркадий Волнистов", "article": "01_uk.txt"},
 {"origin": "Аркадий Волнистов", "article": "03_de.txt"}],
[{"text": "Baza reported that the FSB detained Tver deputy governor Arkady Volnistov on suspicion of taking an 18-million-ruble bribe from a road contractor.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "Volnistov denied in a Telegram post, with a video from his office, that he had been detained.",
  "articles": ["00_ru.txt", "01_uk.txt", "03_de.txt"], "independent_sources": 2}])

# r02: The Insider's investigation resting on a leaked internal letter (own reporting, in-corpus
# origin; the letter and the engineers belong to the origin), relayed four times with the letter:
# "говорится в расследовании The Insider"; "Про це йдеться в розслідуванні"; "according to an
# investigation by The Insider, which obtained a copy of an internal letter"; "berichtet das
# Investigativportal The Insider unter Berufung auf ein internes Schreiben".
story("r02_insider_bridge_money", "investigation_document", {
"00_ru.txt": """Мосты подождут: как деньги на ремонт ушли в санаторий родственника главы «Росавтомоста»
The Insider
2027-04-14 09:00

Государственная компания «Росавтомост» перенаправила 2,3 млрд рублей, предназначенных на содержание мостов в шести регионах, на реконструкцию подмосковного санатория «Сосновый берег». Как выяснили журналисты The Insider, санаторий через кипрскую компанию Lindora Holdings принадлежит Олегу Дымову — шурину главы «Росавтомоста» Геннадия Пастухова.

В распоряжении The Insider оказалось служебное письмо первого заместителя генерального директора компании Веры Лоскутовой от 18 ноября 2026 года. В нем филиалам в Вологодской, Костромской, Ярославской, Кировской, Пермской областях и в Удмуртии предписано «отложить плановые работы по содержанию мостовых сооружений до второго квартала 2027 года», а высвободившиеся средства «направить на объект социального назначения в Московской области». Название объекта в письме не указано, но номер договора, который в нем упомянут, совпадает с номером контракта на реконструкцию «Соснового берега» в реестре госзакупок.

Согласно реестру, подрядчик получил аванс в 2,3 млрд рублей 22 декабря 2026 года. Владельцем санатория, по данным кипрского корпоративного реестра, с 2023 года является Lindora Holdings, единственный бенефициар которой — Дымов.

Два инженера региональных филиалов «Росавтомоста» рассказали The Insider, что из-за письма в этом году не будет отремонтирован в том числе мост у деревни Верхняя Ельма, на опорах которого еще в 2025 году нашли трещины.

Пастухов и Лоскутова не ответили на вопросы The Insider. В пресс-службе «Росавтомоста» заявили, что «все расходы компании осуществляются в строгом соответствии с законодательством».
""",
"01_ru.txt": """The Insider: деньги на ремонт мостов ушли в санаторий шурина главы «Росавтомоста»
Новая газета Европа
14.04.2027 13:30

Госкомпания «Росавтомост» направила 2,3 млрд рублей, выделенных на содержание мостов в шести регионах, на реконструкцию санатория «Сосновый берег» в Подмосковье, говорится в расследовании The Insider. Санаторий, по данным издания, через кипрскую компанию принадлежит Олегу Дымову — шурину руководителя «Росавтомоста» Геннадия Пастухова.

Расследование основано на служебном письме первого замгендиректора компании Веры Лоскутовой от 18 ноября 2026 года, которое опубликовал The Insider. В письме филиалам предписывается «отложить плановые работы по содержанию мостовых сооружений» и направить деньги «на объект социального назначения в Московской области». Журналисты сопоставили номер упомянутого в письме договора с контрактом на реконструкцию санатория в реестре госзакупок.

В «Росавтомосте» изданию заявили, что расходы компании соответствуют законодательству.
""",
"02_uk.txt": """Російська держкомпанія спрямувала гроші на мости в санаторій родича керівника — розслідування
Українська правда
2027-04-14 15:10

Російська державна компанія «Росавтомост» спрямувала 2,3 млрд рублів, призначених на утримання мостів у шести регіонах, на реконструкцію санаторію «Сосновий берег» у Підмосков'ї. Про це йдеться в розслідуванні російського незалежного видання The Insider.

Журналісти оприлюднили службовий лист першої заступниці гендиректора компанії Віри Лоскутової від 18 листопада 2026 року, в якому філіям наказано відкласти планові роботи на мостах до другого кварталу 2027 року. За даними видання, санаторій через кіпрську компанію належить Олегові Димову — шуринові голови «Росавтомосту» Геннадія Пастухова.

Співрозмовники The Insider серед інженерів філій розповіли, що через це цього року не відремонтують, зокрема, міст біля села Верхня Ельма, на опорах якого ще 2025 року виявили тріщини.
""",
"03_en.txt": """Russian state road company diverted bridge money to boss's relative's sanatorium, The Insider finds
The Kyiv Independent
2027-04-14T16:45:00+00:00

A Russian state road company diverted 2.3 billion rubles earmarked for bridge maintenance in six regions to the renovation of a sanatorium outside Moscow owned by its chief executive's brother-in-law, according to an investigation by The Insider, which obtained a copy of an internal letter ordering the transfer.

The letter, dated Nov. 18, 2026, and signed by Rosavtomost's first deputy director general Vera Loskutova, instructs regional branches to "postpone scheduled maintenance of bridge structures until the second quarter of 2027" and to send the money to "a social facility in the Moscow region," The Insider reported. The outlet matched the contract number cited in the letter with the Sosnovy Bereg sanatorium renovation in the state procurement register.

The sanatorium is owned through Cyprus-registered Lindora Holdings by Oleg Dymov, the brother-in-law of Rosavtomost head Gennady Pastukhov, according to the investigation.

Rosavtomost told The Insider that all its spending complied with the law.
""",
"04_de.txt": """Russischer Staatskonzern soll Geld für Brücken in Sanatorium umgeleitet haben
DER SPIEGEL
15. April 2027

Das russische staatliche Straßenbauunternehmen Rosawtomost soll 2,3 Milliarden Rubel, die für die Instandhaltung von Brücken in sechs Regionen vorgesehen waren, in die Sanierung eines Sanatoriums bei Moskau umgeleitet haben. Das berichtet das Investigativportal The Insider unter Berufung auf ein internes Schreiben, das dem Medium vorliegt.

In dem Brief vom 18. November 2026 weist die Vizechefin des Konzerns, Wera Loskutowa, die Regionalfilialen an, geplante Arbeiten an Brücken „bis zum zweiten Quartal 2027 zu verschieben". Das Sanatorium „Sosnowy Bereg" gehört laut The Insider über eine zyprische Firma Oleg Dymow, dem Schwager von Konzernchef Gennadi Pastuchow.
""",
}, [{"name": "The Insider", "in_corpus": True}],
[{"origin": "The Insider", "article": "01_ru.txt"},
 {"origin": "The Insider", "article": "02_uk.txt"},
 {"origin": "The Insider", "article": "03_en.txt"},
 {"origin": "The Insider", "article": "04_de.txt"}],
[{"text": "State company Rosavtomost diverted 2.3 billion rubles of bridge-maintenance money to renovating a sanatorium owned by its head's brother-in-law.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "An internal letter of 18 November 2026 signed by first deputy Vera Loskutova ordered branches to postpone bridge maintenance.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Engineers said the bridge near Verkhnyaya Elma, with cracked supports, will not be repaired this year.",
  "articles": ["00_ru.txt", "02_uk.txt"], "independent_sources": 1}])

# r03: chain Агентство (own, registry and procurement data) -> Медуза ("пишет «Агентство»") ->
# uk Главком ("Про це повідомляє російське видання «Медуза»"), de Süddeutsche Zeitung ("berichtet
# das russischsprachige Exilmedium Meduza"), ru Сибирь.Реалии (no date line; "сообщает «Медуза» со
# ссылкой на «Агентство»": the credit to in-corpus Медуза gives the edge).
story("r03_agentstvo_chain_ambulances", "chain", {
"00_ru.txt": """Жена главы минздрава Новосибирской области оказалась владелицей поставщика скорых
Агентство
2027-05-20 11:10

Как выяснило «Агентство», компания «Сибмедтранс», которая с 2025 года поставила Новосибирской области 46 из 110 новых машин скорой помощи, принадлежит Ольге Кречетовой — жене министра здравоохранения региона Олега Кречетова.

Согласно данным ЕГРЮЛ, Кречетова стала единственной владелицей «Сибмедтранса» в марте 2025 года, через месяц после назначения мужа министром. До этого компания ни разу не участвовала в госзакупках. «Агентство» проанализировало 14 контрактов «Сибмедтранса» на портале госзакупок: средняя цена одной машины составила 9,8 млн рублей, тогда как другие поставщики продавали региону такие же автомобили на базе «Газели» в среднем за 7,4 млн.

В восьми из 14 аукционов «Сибмедтранс» оказался единственным участником.

Олег Кречетов не ответил на запрос «Агентства». Дозвониться до Ольги Кречетовой не удалось.
""",
"01_ru.txt": """«Агентство»: жене новосибирского министра здравоохранения принадлежит крупнейший поставщик скорых в регионе
Медуза
20.05.2027 15:45

Компания «Сибмедтранс», поставившая Новосибирской области 46 из 110 машин скорой помощи, закупленных с 2025 года, принадлежит Ольге Кречетовой, жене регионального министра здравоохранения Олега Кречетова, пишет «Агентство».

По данным издания, Кречетова стала владелицей компании в марте 2025 года — через месяц после назначения мужа. «Агентство» подсчитало, что «Сибмедтранс» продавал машину в среднем за 9,8 миллиона рублей, а другие поставщики — за 7,4 миллиона. В восьми аукционах из 14 фирма была единственным участником.

Кречетов на запрос журналистов не ответил.
""",
"02_uk.txt": """У Новосибірську дружина міністра охорони здоров'я постачає регіону швидкі — ЗМІ
Главком
2027-05-20 17:30

Дружині міністра охорони здоров'я Новосибірської області Олега Кречетова належить компанія, яка з 2025 року поставила регіону 46 із 110 нових карет швидкої допомоги. Про це повідомляє російське видання «Медуза».

За даними «Медузи», Ольга Кречетова стала власницею фірми «Сибмедтранс» у березні 2025 року, через місяць після призначення чоловіка. Одна машина від «Сибмедтрансу» в середньому коштувала 9,8 млн рублів, тоді як інші постачальники продавали такі самі автомобілі приблизно за 7,4 млн.
""",
"03_de.txt": """Krankenwagen aus dem Familienbetrieb
Süddeutsche Zeitung
21. Mai 2027

In der sibirischen Region Nowosibirsk stammt fast jeder zweite seit 2025 angeschaffte Rettungswagen von einer Firma, die der Ehefrau des regionalen Gesundheitsministers gehört. Das berichtet das russischsprachige Exilmedium Meduza, das von Riga aus arbeitet.

Laut Meduza lieferte die Firma Sibmedtrans 46 der 110 neuen Fahrzeuge, im Schnitt für 9,8 Millionen Rubel pro Stück – andere Lieferanten verlangten rund 7,4 Millionen. Olga Kretschetowa wurde dem Bericht zufolge im März 2025 Alleineigentümerin der Firma, einen Monat nachdem ihr Mann Oleg Kretschetow zum Minister ernannt worden war.
""",
"04_ru.txt": """Фирма жены министра поставила Новосибирской области почти половину скорых
Сибирь.Реалии

Почти половину новых машин скорой помощи, закупленных Новосибирской областью с 2025 года, поставила компания «Сибмедтранс», принадлежащая Ольге Кречетовой — жене регионального министра здравоохранения Олега Кречетова. Об этом сообщает «Медуза» со ссылкой на «Агентство».

Речь идет о 46 машинах из 110. Кречетова, по данным издания, стала владелицей компании в марте 2025 года, спустя месяц после назначения мужа на пост министра.
""",
}, [{"name": "Агентство", "in_corpus": True}],
[{"origin": "Агентство", "article": "01_ru.txt"},
 {"origin": "Медуза", "article": "02_uk.txt"},
 {"origin": "Медуза", "article": "03_de.txt"},
 {"origin": "Медуза", "article": "04_ru.txt"}],
[{"text": "Sibmedtrans, which supplied 46 of 110 new ambulances to the Novosibirsk region since 2025, belongs to Olga Krechetova, wife of regional health minister Oleg Krechetov.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Sibmedtrans charged on average 9.8 million rubles per ambulance while other suppliers charged about 7.4 million.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1}])

# r04: Дождь's correspondent at the Upper Lars checkpoint (own, "передает корреспондент «Дождя»");
# an uncredited same-language rewrite a night later (Новые Известия, keeps the driver's quote and the
# border guards' line, no credit); en without outlet line (title suffix "| OC Media") credits TV Rain;
# de taz (no date line) credits Doschd.
story("r04_dozhd_upper_lars_rewrite", "rewrite", {
"00_ru.txt": """Сель перекрыл Военно-Грузинскую дорогу: на Верхнем Ларсе застряли более 2 тысяч машин
Дождь
2027-02-11 19:30

Сход селя в районе Степанцминды в Грузии перекрыл Военно-Грузинскую дорогу, и на российской стороне пункта пропуска Верхний Ларс скопились более 2400 автомобилей, передает корреспондент «Дождя» с места событий. Очередь растянулась почти на 11 километров в сторону Владикавказа.

Многие водители провели в машинах уже две ночи при температуре до минус шести градусов. «Мы стоим со вторника, бензин экономим, двигатель включаем на десять минут в час», — рассказал корреспонденту «Дождя» водитель фуры из Самары Тимур Гаглоев.

Волонтеры из Владикавказа развернули у поста ДПС полевую кухню. «За сутки раздали около 900 порций горячего супа», — сказала организатор кухни Залина Бесаева.

По словам пограничников, с которыми поговорил наш корреспондент, движение в сторону Грузии не откроется раньше субботы.
""",
"01_ru.txt": """На Верхнем Ларсе из-за селя застряли более 2400 машин
Новые Известия
12.02.2027 08:15

Сход селя в районе грузинской Степанцминды перекрыл Военно-Грузинскую дорогу. На российской стороне КПП Верхний Ларс скопилось более 2400 машин, очередь растянулась почти на 11 км в сторону Владикавказа.

Водители уже несколько ночей проводят в машинах при температуре до минус шести. «Стоим со вторника, бензин экономим, двигатель включаем на десять минут в час», — рассказал водитель фуры из Самары Тимур Гаглоев.

Волонтеры из Владикавказа организовали полевую кухню возле поста ДПС: по словам организатора Залины Бесаевой, за сутки раздали около 900 порций супа.

Движение в сторону Грузии, по словам пограничников, не откроется раньше субботы.
""",
"02_en.txt": """More than 2,000 vehicles stranded at Upper Lars after mudflow blocks Georgian Military Road | OC Media
2027-02-12T07:40:00+00:00

More than 2,400 vehicles are stuck on the Russian side of the Upper Lars border crossing after a mudflow blocked the Georgian Military Road near Stepantsminda, the independent Russian broadcaster TV Rain (Dozhd) reported from the scene.

The queue stretched for almost 11 kilometres towards Vladikavkaz, and many drivers had spent two nights in their cars in temperatures as low as minus six degrees, TV Rain's correspondent said. "We have been standing here since Tuesday, saving petrol, running the engine ten minutes an hour," truck driver Timur Gagloyev told the channel.

Border guards told TV Rain that traffic towards Georgia would not reopen before Saturday.
""",
"03_de.txt": """Stau im Kaukasus: Tausende Autos stecken am Grenzübergang Werchni Lars fest
taz

Nach einem Murenabgang bei Stepanzminda ist die Georgische Heerstraße blockiert. Auf der russischen Seite des Grenzübergangs Werchni Lars warten mehr als 2.400 Fahrzeuge, wie der unabhängige russische Exilsender Doschd berichtet. Ein Korrespondent des Senders sprach vor Ort mit Fahrern, die seit zwei Nächten bei bis zu minus sechs Grad in ihren Autos ausharren.

Freiwillige aus Wladikawkas haben laut Doschd eine Feldküche aufgebaut und binnen eines Tages rund 900 Portionen Suppe verteilt.
""",
}, [{"name": "Дождь", "in_corpus": True}],
[{"origin": "Дождь", "article": "01_ru.txt"},
 {"origin": "Дождь", "article": "02_en.txt"},
 {"origin": "Дождь", "article": "03_de.txt"}],
[{"text": "A mudflow blocked the Georgian Military Road and more than 2,400 vehicles were stuck on the Russian side of the Upper Lars checkpoint.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Volunteers from Vladikavkaz set up a field kitchen and handed out about 900 portions of soup in a day.",
  "articles": ["00_ru.txt", "01_ru.txt", "03_de.txt"], "independent_sources": 1}])

# r05: interview given to Коммерсантъ (own, in-corpus origin); ТАСС, РБК-Україна relay it ("заявил в
# интервью «Коммерсанту»", "в інтерв'ю російському виданню «Коммерсант»"); Ведомости relays it AND adds
# its own source confirming the grounding plan (edge + own origin); Handelsblatt credits Kommersant and
# Wedomosti (two edges).
story("r05_kommersant_interview_airline", "interview", {
"00_ru.txt": """«Мы разбираем самолеты на запчасти уже открыто»
Коммерсантъ
2027-06-03T06:00:00+03:00

Авиакомпания «Ладога Авиа», пятый по величине перевозчик на внутренних линиях, готовится сократить летнюю программу. О том, сколько самолетов останется в строю и почему компания просит денег у государства, генеральный директор «Ладога Авиа» Игорь Ветлугин рассказал в интервью «Коммерсанту».

— Сколько самолетов у вас сейчас летает?

— Из 31 самолета семейства A320 в строю 24. К июню, если ничего не изменится, на земле будут стоять 12 машин. Мы разбираем самолеты на запчасти уже открыто, скрывать это бессмысленно.

— Как это скажется на пассажирах?

— Летом мы сократим число рейсов в Сочи примерно на 30%. Направления в Калининград и Минеральные Воды сохраним полностью.

— Чего вы ждете от государства?

— Мы направили в Минтранс письмо с просьбой о субсидии в размере 4,5 млрд рублей на ремонт двигателей. Без этих денег к концу года парк сократится вдвое.

Беседовал Кирилл Ясенев
""",
"01_ru.txt": """Глава «Ладога Авиа» допустил простой 12 самолетов к июню
ТАСС
03.06.2027 09:40

МОСКВА, 3 июня. /ТАСС/. Авиакомпания «Ладога Авиа» к июню может оставить на земле 12 из 31 самолета семейства Airbus A320 из-за нехватки запасных частей. Об этом заявил в интервью «Коммерсанту» генеральный директор перевозчика Игорь Ветлугин.

«Мы разбираем самолеты на запчасти уже открыто, скрывать это бессмысленно», — сказал он.

По словам Ветлугина, летом компания сократит число рейсов в Сочи примерно на 30%, при этом рейсы в Калининград и Минеральные Воды сохранятся.
""",
"02_ru.txt": """Росавиация подтвердила планы «Ладога Авиа» сократить парк
Ведомости
03.06.2027 14:20

Авиакомпания «Ладога Авиа» к июню может вывести из эксплуатации 12 из 31 самолета Airbus A320 из-за нехватки запчастей, заявил в интервью «Коммерсанту» ее гендиректор Игорь Ветлугин.

Источник «Ведомостей» в Росавиации подтвердил, что перевозчик уведомил ведомство о планах вывести из эксплуатации 12 самолетов до конца июня. По словам собеседника «Ведомостей», с похожими проблемами сталкиваются еще как минимум три региональные авиакомпании, которые пока не объявляли о сокращении парка.

В Росавиации на официальный запрос «Ведомостей» не ответили.
""",
"03_uk.txt": """Російська авіакомпанія «Ладога Авіа» до червня посадить на землю 12 літаків через брак запчастин
РБК-Україна
2027-06-03 12:10

Російська авіакомпанія «Ладога Авіа» до червня може залишити на землі 12 із 31 літака сімейства Airbus A320 через нестачу запчастин. Про це генеральний директор перевізника Ігор Ветлугін заявив в інтерв'ю російському виданню «Коммерсант».

«Ми розбираємо літаки на запчастини вже відкрито», — визнав він. За словами Ветлугіна, влітку компанія скоротить кількість рейсів до Сочі приблизно на 30%. Крім того, перевізник попросив у Мінтрансу РФ субсидію в 4,5 млрд рублів на ремонт двигунів.

Після 2022 року російські авіакомпанії не можуть легально купувати запчастини для літаків Airbus і Boeing.
""",
"04_de.txt": """Russische Airline Ladoga Avia legt fast 40 Prozent ihrer Airbus-Flotte still
Handelsblatt
3. Juni 2027

Die russische Fluggesellschaft Ladoga Avia muss bis Juni voraussichtlich 12 ihrer 31 Maschinen der A320-Familie am Boden lassen, weil Ersatzteile fehlen. Das sagte Firmenchef Igor Wetlugin der Wirtschaftszeitung Kommersant in einem Interview.

Die Zeitung Wedomosti berichtete unter Berufung auf eine Quelle in der Luftfahrtbehörde Rosawiazija, dass mindestens drei weitere Regionalfluggesellschaften vor ähnlichen Problemen stünden.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True},
    {"name": "Ведомости", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_ru.txt"},
 {"origin": "Коммерсантъ", "article": "02_ru.txt"},
 {"origin": "Коммерсантъ", "article": "03_uk.txt"},
 {"origin": "Коммерсантъ", "article": "04_de.txt"},
 {"origin": "Ведомости", "article": "04_de.txt"}],
[{"text": "Ladoga Avia may ground 12 of its 31 Airbus A320-family aircraft by June for lack of spare parts.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_uk.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "Ladoga Avia will cut its summer flights to Sochi by about 30 percent.",
  "articles": ["00_ru.txt", "01_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Ladoga Avia asked the transport ministry for a 4.5-billion-ruble subsidy to repair engines.",
  "articles": ["00_ru.txt", "03_uk.txt"], "independent_sources": 1}])

# r06: fire at an oil depot near Klintsy with three roots: Радио Свобода's own interviews with
# residents (in-corpus), ASTRA (outside; relayed by uk Українська правда and ru Настоящее время; the
# uk article also credits Радіо Свобода), BBC News Русская служба (outside; relayed only by de, which
# has no outlet line).
story("r06_bryansk_depot_three_roots", "multi_source", {
"00_ru.txt": """«Окна дрожали так, что думали — землетрясение»: жители Клинцов о пожаре на нефтебазе
Радио Свобода
2027-07-08 08:05

В ночь на 8 июля на нефтебазе «Сновская» под Клинцами Брянской области начался крупный пожар. Радио Свобода поговорило с жителями соседних домов.

«Около трех часов ночи был хлопок, окна дрожали так, что мы подумали — землетрясение. Потом все небо стало оранжевым», — рассказала Радио Свободе жительница улицы Октябрьской Нина Лаврикова. По ее словам, утром над городом стоял черный дым, а в магазинах раскупили питьевую воду.

Другой собеседник Радио Свободы, таксист Андрей Пуговкин, сказал, что полиция перекрыла выезд из города в сторону нефтебазы и разворачивала машины.

Причина пожара неизвестна. Власти региона на момент публикации происшествие не комментировали.
""",
"01_uk.txt": """У Брянській області Росії горить нафтобаза
Українська правда
08.07.2027 11:50

У ніч на 8 липня в Брянській області Росії спалахнула пожежа на нафтобазі «Сновська» поблизу міста Клинці. Про це повідомило російське видання ASTRA, оприлюднивши відео з місця подій. За даними ASTRA, горять щонайменше три резервуари з пальним.

Жителі Клинців розповіли Радіо Свобода, що близько третьої ночі почули вибух, від якого тремтіли вікна. Вранці над містом стояв чорний дим.

Причини пожежі невідомі.
""",
"02_en.txt": """Large fire breaks out at oil depot in Russia's Bryansk Oblast
The Kyiv Independent
2027-07-08T09:30:00+00:00

A large fire broke out overnight on July 8 at the Snovskaya oil depot near the town of Klintsy in Russia's Bryansk Oblast, local residents told Radio Liberty's Russian service, Radio Svoboda.

"Around 3 a.m. there was a bang, the windows shook so hard we thought it was an earthquake," resident Nina Lavrikova told the outlet. Police blocked the road from the town towards the depot, another resident said.

The cause of the fire is unknown. Russian authorities have not commented.
""",
"03_de.txt": """Großbrand in russischem Öllager nahe der ukrainischen Grenze
8. Juli 2027

In der russischen Grenzregion Brjansk ist in der Nacht zum 8. Juli ein Großbrand in einem Öllager bei der Stadt Klinzy ausgebrochen. Der russische Dienst der BBC berichtete unter Berufung auf zwei Mitarbeiter des Depots, zunächst sei Tank Nummer 4 explodiert.

Zwei Arbeiter seien mit Verbrennungen ins Krankenhaus gebracht worden, sagten die beiden BBC News Russisch. Die Ursache des Feuers ist unklar.
""",
"04_ru.txt": """Под Клинцами горит нефтебаза: что известно
Настоящее время
08.07.2027 13:00

В Брянской области ночью загорелась нефтебаза «Сновская» вблизи Клинцов. Как сообщает ASTRA, горят как минимум три резервуара; издание опубликовало видео, на котором видны высокое пламя и столб черного дыма.

Официальных комментариев о причинах пожара пока нет.
""",
}, [{"name": "Радио Свобода", "in_corpus": True},
    {"name": "ASTRA", "in_corpus": False},
    {"name": "BBC News Русская служба", "in_corpus": False}],
[{"origin": "ASTRA", "article": "01_uk.txt"},
 {"origin": "Радио Свобода", "article": "01_uk.txt"},
 {"origin": "Радио Свобода", "article": "02_en.txt"},
 {"origin": "BBC News Русская служба", "article": "03_de.txt"},
 {"origin": "ASTRA", "article": "04_ru.txt"}],
[{"text": "A large fire broke out overnight on 8 July at the Snovskaya oil depot near Klintsy in the Bryansk region.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 3},
 {"text": "Residents heard a blast around 3 a.m. that made windows shake.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 2},
 {"text": "At least three fuel tanks were burning.",
  "articles": ["01_uk.txt", "04_ru.txt"], "independent_sources": 2},
 {"text": "Tank No. 4 exploded first and two workers were taken to hospital with burns.",
  "articles": ["03_de.txt"], "independent_sources": 1}])


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
        names = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        # self-check of independent_sources at article level: an article's roots are its own
        # outlet (if that outlet is an in-corpus origin) plus the roots behind each relay edge.
        outlet = {fn: t.split("\n")[1].strip() for fn, t in arts.items()}
        def roots(fn, seen=()):
            rs = set()
            if outlet[fn] in names and any(o["in_corpus"] and o["name"] == outlet[fn] for o in origins):
                rs.add(outlet[fn])
            for r in relays:
                if r["article"] != fn:
                    continue
                src = [a for a, o in outlet.items() if o == r["origin"] and a not in seen and a != fn]
                if src:
                    for a in src:
                        rs |= roots(a, seen + (fn,))
                else:
                    rs.add(r["origin"])
            return rs
        for c in claims:
            got = set().union(*(roots(a) for a in c["articles"]))
            assert len(got) == c["independent_sources"], (id, c["text"], got)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 61 (real outlet names, invented events and people); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
