#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand23 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: relay chain of four steps across four languages, each step credits only the previous one:
# uk «Полинь» (own: "Як з'ясувала «Полинь»") -> ru «Кварта» ("сообщило украинское издание «Полынь»")
# -> de Kesselgrund-Bote ("Wie die russischsprachige Zeitung Kwarta berichtet") -> en Fennick Herald
# ("the German regional paper Kesselgrund-Bote reported").
story("r01_chain_flood_suv", "chain", {
"00_uk.txt": """Мерія Вербограда купила позашляховик для мера за гроші постраждалих від повені
Полинь
2027-04-06T08:10:00+03:00

Як з'ясувала «Полинь», міська рада Вербограда в березні витратила 2,4 мільйона гривень із фонду допомоги постраждалим від торішньої повені на новий позашляховик для міського голови Іларіона Стахурського. Журналісти «Полині» проаналізували договір купівлі та рішення виконавчого комітету, оприлюднені в системі публічних закупівель.

Йдеться про семимісний позашляховик марки «Борея», який 14 березня поставила місцева фірма «Авто-Левада». За два тижні до того виконком рішенням №217 змінив призначення коштів фонду: замість «компенсацій за зруйноване житло» у документі з'явилося формулювання «забезпечення оперативного реагування у надзвичайних ситуаціях».

«Автомобіль потрібен для виїздів у підтоплені села, старий службовий транспорт просто не проїжджає бездоріжжям», — сказала «Полині» речниця міськради Оксана Мельникевич. За її словами, машина «не є персональною» і записана на баланс управління з надзвичайних ситуацій.

Депутатка міської ради Віра Джуран із цим не погоджується. «Жоден депутат не голосував за зміну призначення цих грошей. Рішення ухвалив виконком за зачиненими дверима, а ми дізналися про нього з вашого запиту», — сказала вона в коментарі нашому виданню.

Тим часом близько 140 родин, чиї будинки затопило в липні 2026 року, досі чекають на компенсацію. Петро Галайда з вулиці Прибережної живе з дружиною та двома дітьми в одній кімнаті, яку вдалося висушити. «Нам кажуть, що грошей у фонді немає. Тепер ми знаємо, куди вони поділися», — розповів він нашому кореспондентові.

Сам Стахурський на дзвінки «Полині» не відповів. В окружній прокуратурі виданню повідомили, що вивчають обставини закупівлі.
""",
"01_ru.txt": """Мэр Вербограда получил внедорожник за деньги пострадавших от наводнения
Кварта
06.04.2027 16:40

Городской совет украинского Вербограда потратил 2,4 миллиона гривен из фонда помощи пострадавшим от прошлогоднего наводнения на новый внедорожник для мэра Илариона Стахурского. Об этом сообщило украинское издание «Полынь» («Полинь»), изучившее договор купли-продажи и решения исполкома.

По данным «Полыни», семиместный внедорожник марки «Борея» поставила 14 марта местная фирма «Авто-Левада». За две недели до этого исполком решением №217 изменил назначение средств фонда: вместо компенсаций за разрушенное жильё деньги разрешили тратить на «оперативное реагирование в чрезвычайных ситуациях».

«Автомобиль нужен для выездов в подтопленные сёла, старый служебный транспорт не проходит по бездорожью», — сказала «Полыни» пресс-секретарь горсовета Оксана Мельникевич. По её словам, машина числится на балансе управления по чрезвычайным ситуациям.

Депутат горсовета Вера Джуран заявила изданию, что ни один депутат не голосовал за изменение назначения средств. «Решение принял исполком за закрытыми дверями», — приводит её слова «Полынь».

Около 140 семей, чьи дома затопило в июле 2026 года, до сих пор ждут компенсации. «Нам говорят, что денег в фонде нет. Теперь мы знаем, куда они делись», — рассказал «Полыни» житель улицы Прибрежной Пётр Галайда.

Мэр Стахурский, как пишет украинское издание, на звонки журналистов не ответил. Окружная прокуратура изучает обстоятельства закупки.
""",
"02_de.txt": """Ukrainischer Bürgermeister kauft Geländewagen aus Fluthilfe-Fonds
Kesselgrund-Bote
7. April 2027

Die Stadt Werbohrad in der Ukraine soll 2,4 Millionen Hrywnja aus einem Hilfsfonds für Flutopfer für einen neuen Geländewagen ihres Bürgermeisters Ilarion Stachurskyj ausgegeben haben. Wie die russischsprachige Zeitung Kwarta berichtet, wurde der siebensitzige Wagen der Marke Boreja am 14. März von der örtlichen Firma Awto-Lewada geliefert.

Zwei Wochen zuvor habe der Exekutivausschuss der Stadt den Zweck des Fonds geändert, schreibt Kwarta. Statt Entschädigungen für zerstörte Häuser seien nun Ausgaben für die „operative Reaktion in Notlagen" erlaubt gewesen.

„Das Fahrzeug wird für Fahrten in überflutete Dörfer gebraucht, der alte Dienstwagen kommt dort nicht durch", zitiert die Zeitung die Sprecherin des Stadtrats, Oksana Melnykewytsch. Die Stadträtin Wira Dschuran widerspricht laut Kwarta: Kein einziger Abgeordneter habe für die Umwidmung gestimmt, die Entscheidung sei „hinter verschlossenen Türen" gefallen.

Rund 140 Familien, deren Häuser im Juli 2026 überflutet wurden, warten nach Angaben des Blattes noch immer auf eine Entschädigung. „Man sagt uns, im Fonds sei kein Geld. Jetzt wissen wir, wohin es gegangen ist", sagte der Anwohner Petro Halajda der Zeitung Kwarta.

Bürgermeister Stachurskyj äußerte sich nicht. Die Bezirksstaatsanwaltschaft prüft den Kauf, heißt es in dem Bericht.
""",
"03_en.txt": """Ukrainian mayor's new SUV was paid for from flood victims' fund
Fennick Herald
Thu, 08 Apr 2027 12:30:00 +0000

The town of Verbohrad in Ukraine spent 2.4 million hryvnias set aside for flood victims on a new sport utility vehicle for its mayor, Ilarion Stakhurskyi, the German regional paper Kesselgrund-Bote reported on Wednesday.

According to the Kesselgrund-Bote, a seven-seat Boreia SUV was delivered to the town on 14 March by a local dealer, Avto-Levada, two weeks after the town's executive committee quietly changed what the relief fund could be used for. Compensation for ruined homes was replaced with "operational response in emergencies".

"The vehicle is needed to reach flooded villages; the old official car simply cannot get through," the council's spokeswoman, Oksana Melnykevych, was quoted by the Bote as saying. Councillor Vira Dzhuran told the paper's reporters no councillor had ever voted on the change, which she said had been decided "behind closed doors".

Around 140 families whose houses were flooded in July 2026 are still waiting for compensation, the German paper wrote. "They tell us there is no money in the fund. Now we know where it went," it quoted resident Petro Halaida as saying.

The mayor did not respond to requests for comment, and district prosecutors are looking into the purchase, the Kesselgrund-Bote said. The Fennick Herald was unable to reach the Verbohrad council on Thursday.
""",
}, [{"name": "Полинь", "in_corpus": True}],
[{"origin": "Полинь", "article": "01_ru.txt"},
 {"origin": "Кварта", "article": "02_de.txt"},
 {"origin": "Kesselgrund-Bote", "article": "03_en.txt"}],
[{"text": "Verbohrad city council spent 2.4 million hryvnias from the flood relief fund on an SUV for mayor Ilarion Stakhurskyi.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "About 140 families whose homes were flooded in July 2026 are still waiting for compensation.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1}])

# r02: two outlets credit each other for different details. en Marrowfield Times (9 March, own:
# "The Marrowfield Times has learned", "board papers seen by this newspaper") credits the Russian-
# language weekly Gorodskoi Kolokol for a nurse shortage it reported in February; ru «Городской
# колокол» (11 March) credits Marrowfield Times for the closure ("как первой сообщила"). The earlier
# article is the origin; uk relays «Городской колокол» only; fr relays Marrowfield Times.
story("r02_mutual_credit_neonatal_ward", "mutual_credit", {
"00_en.txt": """Brackwell General to close neonatal ward on 1 June, board papers show
Marrowfield Times
2027-03-09T07:30:00+00:00

The neonatal ward at Brackwell General Hospital will close on 1 June, the Marrowfield Times has learned. Board papers seen by this newspaper show that the hospital trust voted in a closed session last Thursday to move all care for premature and sick newborns to Dunmere Royal Infirmary, about 50 kilometres away.

The papers describe the 14-cot unit as "no longer safely staffable". As the Russian-language weekly Gorodskoi Kolokol reported last month, the ward has been running four nurses short since January and has relied on agency staff on most night shifts.

"We did not take this decision lightly, but we cannot keep a unit open that we cannot staff," the chair of the trust, Helena Prowse, told the Times. She said the trust would pay for taxis for parents visiting babies in Dunmere for the first six weeks of each stay.

Midwives say the move puts babies at risk. "A fifty-kilometre transfer on the Fell Road in winter is not a small thing for a baby born at 30 weeks," said Carys Ebdon, a midwife at Brackwell for 19 years and the local representative of her union.

Mikhail Rodin, whose daughter spent five weeks on the ward last autumn, said families had not been consulted. "We found out from a newspaper. Nobody from the trust has asked a single parent," he said.

Councillor Bartholomew Quenby, who chairs the borough's health scrutiny committee, said he would call the trust's chief executive to explain the decision at a public meeting on 23 March.
""",
"01_ru.txt": """Родильный центр в Бракуэлле лишится отделения для новорождённых
Городской колокол
11.03.2027 10:00

Отделение для недоношенных и больных новорождённых в больнице Brackwell General закроется 1 июня. Как первой сообщила английская газета Marrowfield Times, решение было принято на закрытом заседании правления больничного треста; газета ознакомилась с документами правления.

По данным Marrowfield Times, всех новорождённых, которым нужна интенсивная помощь, будут перевозить в Дунмир, примерно за 50 километров. В документах отделение на 14 коек названо «более не обеспеченным персоналом». О нехватке четырёх медсестёр в отделении «Городской колокол» писал ещё в феврале.

«Мы приняли это решение не легко, но мы не можем держать открытым отделение, которое не можем укомплектовать», — заявила газете Marrowfield Times председатель треста Хелена Проуз. По её словам, первые шесть недель родителям будут оплачивать такси до Дунмира.

Акушерка Карис Эбдон, проработавшая в больнице 19 лет, сказала английской газете, что перевозка по горной дороге зимой опасна для ребёнка, родившегося на 30-й неделе.

Михаил Родин, чья дочь провела в отделении пять недель прошлой осенью, заявил Marrowfield Times, что родителей никто не спрашивал. «Мы узнали об этом из газеты», — приводит его слова издание.

Член городского совета Бартоломью Куэнби потребовал от руководства треста объясниться на открытом заседании 23 марта.
""",
"02_uk.txt": """Лікарня в англійському Брекуеллі закриває відділення для новонароджених
Ранкова пошта
2027-03-11 15:20

Лікарня Brackwell General в Англії з 1 червня закриває відділення для недоношених і хворих новонароджених. Про це повідомило російськомовне видання «Городской колокол», яке виходить у Брекуеллі.

За інформацією видання, правління лікарняного тресту ухвалило рішення на закритому засіданні. Усіх новонароджених, яким потрібна інтенсивна допомога, перевозитимуть до Данміра, приблизно за 50 кілометрів.

«Ми не можемо тримати відкритим відділення, яке не можемо укомплектувати», — цитує «Городской колокол» голову тресту Гелену Проуз. За її словами, перші шість тижнів батькам оплачуватимуть таксі.

Акушерка Керіс Ебдон вважає, що перевезення гірською дорогою взимку небезпечне для немовлят, пише видання. У відділенні на 14 ліжок бракує чотирьох медсестер.

Батько однієї з пацієнток, Михайло Родін, скаржиться, що з родинами ніхто не радився. «Ми дізналися про це з газети», — наводить його слова «Городской колокол».

Депутат місцевої ради Бартоломью Квенбі вимагає, щоб керівництво тресту пояснило своє рішення на відкритому засіданні 23 березня.
""",
"03_fr.txt": """Angleterre : l'hôpital de Brackwell va fermer son service de néonatalogie
La Vigie de Brenneval
12 mars 2027

Le service de néonatalogie de l'hôpital Brackwell General, dans le nord de l'Angleterre, fermera ses portes le 1er juin, selon le quotidien anglais Marrowfield Times, qui a consulté les documents du conseil d'administration.

Les nouveau-nés prématurés ou malades seront transférés à Dunmere, à une cinquantaine de kilomètres. D'après le Marrowfield Times, l'unité de 14 berceaux est jugée « impossible à doter en personnel de façon sûre ».

« Nous n'avons pas pris cette décision à la légère », a déclaré au journal la présidente du groupement hospitalier, Helena Prowse, qui promet de rembourser les taxis des parents pendant six semaines.

La sage-femme Carys Ebdon, en poste depuis 19 ans, s'inquiète d'un transfert « de cinquante kilomètres sur une route de montagne en hiver ». Un père, Mikhail Rodin, regrette que les familles n'aient pas été consultées : « Nous l'avons appris par un journal », a-t-il confié au Marrowfield Times.

Le conseiller municipal Bartholomew Quenby a convoqué la direction de l'hôpital à une réunion publique le 23 mars.
""",
}, [{"name": "Marrowfield Times", "in_corpus": True}],
[{"origin": "Marrowfield Times", "article": "01_ru.txt"},
 {"origin": "Городской колокол", "article": "02_uk.txt"},
 {"origin": "Marrowfield Times", "article": "03_fr.txt"}],
[{"text": "The neonatal ward of Brackwell General Hospital will close on 1 June.",
  "articles": ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Newborns needing intensive care will be transferred to Dunmere, about 50 km away.",
  "articles": ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# r03: one article credits an outlet for one claim and reports another itself. ru «Листвянский
# курьер» (own: letter "имеется в распоряжении редакции") reports the airport closure; en Pellham
# Standard credits it for the closure ("the Russian-language regional paper Listvyansky Kuryer
# reported") and reports the cancelled flights itself ("a Standard reporter at the airport", "told
# the Standard"): two roots; fr relays the Kuryer only.
story("r03_credit_plus_own_airport", "credit_plus_own", {
"00_ru.txt": """Аэропорт Ольховца с 1 мая прекращает пассажирские рейсы
Листвянский курьер
2027-04-26 09:00

Аэропорт Ольховца с 1 мая прекращает принимать и отправлять пассажирские самолёты. Как стало известно «Листвянскому курьеру», система светосигнального оборудования взлётно-посадочной полосы не прошла повторную сертификацию. Письмо авиационной инспекции, адресованное руководству аэропорта, имеется в распоряжении редакции.

В письме говорится, что огни приближения и осевые огни полосы «не соответствуют требованиям к эксплуатации в условиях ограниченной видимости». Грузовые рейсы в светлое время суток аэропорт принимать сможет.

Директор аэропорта Геннадий Ворсин подтвердил «Курьеру» подлинность письма. «Мы заказали новое оборудование ещё осенью, но поставщик сорвал сроки. Раньше июля полосу не переоборудуем», — сказал он.

Заместитель начальника областного управления транспорта Лариса Коптева рассказала нашему корреспонденту, что область готова оплатить автобусы до соседнего аэропорта в Карагоре для пассажиров уже купленных рейсов.

Для Ольховца, где аэропорт обслуживал около 180 тысяч пассажиров в год, закрытие станет ударом. «Летом у нас половина гостей прилетает самолётом. Если до июля не откроют — сезон потерян», — сказала «Листвянскому курьеру» владелица гостиницы «Сосновый двор» Антонина Шелепова.
""",
"01_en.txt": """Stranded at Olkhovets: Skyrook Air cancels a dozen flights as airport shuts
Pellham Standard
2027-04-27T14:00:00+01:00

Olkhovets airport will stop handling passenger flights from 1 May after its runway lighting failed certification, the Russian-language regional paper Listvyansky Kuryer reported on Monday, citing a letter from the aviation inspectorate to the airport's management.

According to the Kuryer, the approach and centreline lights do not meet the rules for operating in poor visibility, and the airport's director, Gennady Vorsin, expects the new equipment no earlier than July.

At Pellham airport on Tuesday, a Standard reporter found the Olkhovets flights on the departure board already marked "cancelled". Skyrook Air, the only carrier flying the route, has cancelled 12 flights between Pellham and Olkhovets scheduled for May, its station manager, Dilys Arkwright, told the Standard.

"We learnt about the closure at the same time as our passengers. We are offering full refunds or a rebooking via Karagor, but that is a three-hour bus ride," Arkwright said.

Passengers at the check-in desks were angry. "I booked this in January to see my mother. Now I'm told to fly somewhere else and take a coach," said Ruth Penhallow, a retired teacher from Pellham. Another passenger, Oleg Zarubin, said he had received no email from the airline.

Skyrook Air said it would keep the route in its timetable from 1 July "subject to the airport reopening".
""",
"02_fr.txt": """L'aéroport d'Olkhovets ferme aux passagers à partir du 1er mai
Le Petit Écho de Saulmont
28 avril 2027

L'aéroport d'Olkhovets n'accueillera plus de vols de passagers à partir du 1er mai, son balisage lumineux de piste n'ayant pas obtenu sa nouvelle certification, selon le journal régional russophone Listviansky Kourier, qui s'est procuré une lettre de l'inspection de l'aviation.

D'après ce journal, les feux d'approche et les feux axiaux de la piste ne répondent plus aux exigences pour les atterrissages par faible visibilité. Les vols de fret de jour restent autorisés.

Le directeur de l'aéroport, Guennadi Vorsine, a confirmé au Kourier l'authenticité de la lettre. « Nous avons commandé le nouvel équipement dès l'automne, mais le fournisseur n'a pas tenu les délais », a-t-il déclaré, n'espérant pas de réouverture avant juillet.

La région prévoit des cars vers l'aéroport voisin de Karagor pour les passagers ayant déjà acheté leurs billets, a indiqué au journal Larissa Kopteva, responsable régionale des transports.

« Si ça ne rouvre pas avant juillet, la saison est perdue », a confié au Listviansky Kourier Antonina Chelepova, propriétaire d'un hôtel de la ville.
""",
}, [{"name": "Листвянский курьер", "in_corpus": True},
    {"name": "Pellham Standard", "in_corpus": True}],
[{"origin": "Листвянский курьер", "article": "01_en.txt"},
 {"origin": "Листвянский курьер", "article": "02_fr.txt"}],
[{"text": "Olkhovets airport will stop passenger flights from 1 May because its runway lighting failed certification.",
  "articles": ["00_ru.txt", "01_en.txt", "02_fr.txt"], "independent_sources": 2}])

# r04: uncredited near-verbatim copy in the same language two days later with a new headline:
# uk «Ранкова пошта» (12 May, own: "Кореспондентка «Ранкової пошти» побувала") -> uk «Обрій-Інфо»
# (14 May, same body, outlet name removed, "нашій кореспондентці" kept, no credit). ru «Кварта» and
# en Coldwater Ledger credit «Ранкова пошта».
story("r04_copy_school_bus", "copy", {
"00_uk.txt": """У Вишнедолі 60 дітей ходять до школи пішки 7 кілометрів: перевізник скасував рейс
Ранкова пошта
12.05.2027 09:40

Уже другий тиждень близько 60 учнів із сіл Вишнедільської громади добираються до опорного ліцею пішки — сім кілометрів в один бік польовою дорогою. Перевізник «Лан-Авто» 1 травня без попередження скасував шкільний рейс. Кореспондентка «Ранкової пошти» побувала у Вишнедолі й пройшла цей шлях разом із дітьми.

Діти виходять із дому о 6:40, щоб встигнути на перший урок. Молодші школярі йдуть у супроводі батьків, старші — самі. Частина дороги пролягає узбіччям траси на Старий Млинок, де немає тротуару.

«Учора троє першокласників прийшли мокрі до нитки, ми сушили їм одяг на батареях. Так не можна», — розповіла нашій кореспондентці директорка ліцею Галина Остапчук.

Директор «Лан-Авто» Юрій Скляренко пояснив «Ранковій пошті», що громада з лютого не розраховується за перевезення. «Борг уже 412 тисяч гривень. Я не можу возити дітей за власний кошт, у мене водії без зарплати», — сказав він.

Староста Вишнедолу Богдан Яцура визнає заборгованість, але каже, що гроші мали надійти з обласного бюджету ще у квітні. «Ми чекаємо субвенцію. Як тільки вона прийде, розрахуємося», — пообіцяв він.

Мама двох учениць, Марія Тиводар, каже, що батьки вже скинулися на бензин і возять дітей по черзі власними машинами. «Але машини є не в усіх. Хтось має відповісти, чому діти мають платити за чужі борги», — сказала вона.
""",
"01_uk.txt": """Перевізник кинув школярів: діти з Вишнедолу долають сім кілометрів пішки
Обрій-Інфо
14.05.2027 11:25

Уже другий тиждень близько 60 учнів із сіл Вишнедільської громади добираються до опорного ліцею пішки — сім кілометрів в один бік польовою дорогою. Перевізник «Лан-Авто» 1 травня без попередження скасував шкільний рейс. Кореспондентка побувала у Вишнедолі й пройшла цей шлях разом із дітьми.

Діти виходять із дому о 6:40, щоб встигнути на перший урок. Молодші школярі йдуть у супроводі батьків, старші — самі. Частина дороги пролягає узбіччям траси на Старий Млинок, де немає тротуару.

«Учора троє першокласників прийшли мокрі до нитки, ми сушили їм одяг на батареях. Так не можна», — розповіла нашій кореспондентці директорка ліцею Галина Остапчук.

Директор «Лан-Авто» Юрій Скляренко пояснив, що громада з лютого не розраховується за перевезення. «Борг уже 412 тисяч гривень. Я не можу возити дітей за власний кошт, у мене водії без зарплати», — сказав він.

Староста Вишнедолу Богдан Яцура визнає заборгованість, але каже, що гроші мали надійти з обласного бюджету ще у квітні. «Ми чекаємо субвенцію. Як тільки вона прийде, розрахуємося», — пообіцяв він.

Мама двох учениць, Марія Тиводар, каже, що батьки вже скинулися на бензин і возять дітей по черзі власними машинами. «Але машини є не в усіх. Хтось має відповісти, чому діти мають платити за чужі борги», — сказала вона.
""",
"02_ru.txt": """На Украине 60 школьников ходят на уроки пешком по семь километров
Кварта
12.05.2027 18:05

Около 60 учеников из сёл Вишнедольской громады на Украине вторую неделю ходят в опорный лицей пешком — по семь километров в одну сторону. Об этом передаёт украинское издание «Ранкова пошта» («Утренняя почта»), корреспондентка которого прошла этот путь вместе с детьми.

По информации «Ранковой пошты», перевозчик «Лан-Авто» 1 мая без предупреждения отменил школьный рейс. Дети выходят из дома в 6:40, часть дороги идёт по обочине трассы без тротуара.

«Вчера трое первоклассников пришли промокшие насквозь», — рассказала изданию директор лицея Галина Остапчук.

Директор перевозчика Юрий Скляренко объяснил изданию «Ранкова пошта», что громада с февраля не платит за перевозки и задолжала 412 тысяч гривен. Староста Вишнедола Богдан Яцура долг признаёт, но ссылается на задержку субвенции из областного бюджета.

Родители, по данным издания, уже скинулись на бензин и возят детей по очереди. «Но машины есть не у всех», — приводит «Ранкова пошта» слова матери двух учениц Марии Тиводар.
""",
"03_en.txt": """Sixty Ukrainian pupils walk 7km to school after bus firm halts route over unpaid bills
Coldwater Ledger
2027-05-13T08:00:00+00:00

About 60 schoolchildren from villages around Vyshnedil in Ukraine have been walking seven kilometres each way to school for almost two weeks after a private carrier stopped the school bus, the Ukrainian news site Rankova Poshta reported. Its correspondent walked the route with the children.

The carrier, Lan-Avto, halted the service without warning on 1 May. Its director, Yurii Skliarenko, told Rankova Poshta the community had not paid for transport since February and owed 412,000 hryvnias. "I cannot carry children at my own expense; my drivers are not being paid," he was quoted as saying.

The head of the school, Halyna Ostapchuk, told the site that three first-graders had arrived soaked to the skin the day before. "We dried their clothes on the radiators. This cannot go on," she said.

Village head Bohdan Yatsura acknowledged the debt but blamed a delayed grant from the regional budget, according to Rankova Poshta. Parents have started driving children in turns, said Mariia Tyvodar, a mother of two pupils: "But not everyone has a car."
""",
}, [{"name": "Ранкова пошта", "in_corpus": True}],
[{"origin": "Ранкова пошта", "article": "01_uk.txt"},
 {"origin": "Ранкова пошта", "article": "02_ru.txt"},
 {"origin": "Ранкова пошта", "article": "03_en.txt"}],
[{"text": "A carrier cancelled the Vyshnedil school bus route and about 60 children walk seven kilometres to school.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The carrier Lan-Avto says the community owes it 412,000 hryvnias for transport.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# r05: outlets whose names are common words / places. en The Harbour (own: "The Harbour's
# photographer was on the quay") reports a crane collapse in Corran Bay harbour; uk «Берег» credits
# The Harbour (and its body says "на березі", "зійшли на берег"); ru «Городской колокол» credits only
# «Берег» ("сообщило украинское издание «Берег»", body "на берегу"); fr credits The Harbour.
story("r05_place_name_outlets_crane", "place_name_outlet", {
"00_en.txt": """Crane collapses onto cargo ship in Corran Bay harbour, two dockers hurt
The Harbour
2027-06-14T18:45:00+01:00

A 40-metre container crane collapsed onto the deck of a cargo ship in Corran Bay harbour on Monday afternoon, injuring two dockers. The Harbour's photographer was on the quay when the crane's boom buckled at about 2.15 p.m. and came down across the forward hatch of the Zoriana, a general cargo ship unloading timber.

The two injured men, both employees of the stevedoring firm Tallow Quay Services, were taken to Corran General with a broken leg and a shoulder injury. Neither injury is life-threatening, the harbour authority said.

"There was a crack like a gunshot, and then the whole jib just folded," said Ewan Tallack, the harbour master, who was in his office across the basin. "We have stopped all crane work on the north quay until the inspectors have been."

The Zoriana's 16 crew members, most of them Ukrainian, were on the ship at the time. First mate Andrii Kovzun told The Harbour that nobody on board was hurt. "We were lucky. Ten minutes earlier there were four men on that hatch," he said.

Siobhan Kettering of the dockers' union said members had complained about the crane for months. "We reported a grinding noise in the slewing gear in March. We were told it was within tolerance," she said.

The harbour authority said the crane, built in 1998, had passed its last inspection in January. The Marine Safety Office has opened an investigation, and the Zoriana is expected to stay in the harbour for at least a week.
""",
"01_uk.txt": """У порту Корран-Бей кран упав на судно з українськими моряками
Берег
15.06.2027 08:20

У порту англійського міста Корран-Бей у понеділок 40-метровий контейнерний кран обвалився на палубу вантажного судна «Зоряна», на якому працює переважно український екіпаж. Двоє докерів отримали травми. Про це повідомила місцева англійська газета The Harbour, фотограф якої був на причалі в момент аварії.

За даними газети, стріла крана зламалася близько 14:15 за місцевим часом і впала на носовий трюм, з якого вивантажували ліс. Травмовані докери — працівники місцевої компанії — у лікарні, їхньому життю нічого не загрожує.

«Пролунав тріск, наче постріл, а потім уся стріла просто склалася», — сказав газеті The Harbour начальник порту Юен Таллак. Кранові роботи на північному причалі зупинено.

Старший помічник капітана Андрій Ковзун розповів The Harbour, що ніхто з 16 членів екіпажу не постраждав. «Нам пощастило. За десять хвилин до того на цьому трюмі стояли четверо людей», — наводить газета його слова. Після аварії частина моряків зійшла на берег, їх розмістили в портовому готелі.

Профспілка докерів стверджує, що на кран скаржилися ще з березня. На березі біля причалу до вечора працювали слідчі морської інспекції безпеки. Судно залишиться в порту щонайменше тиждень.
""",
"02_ru.txt": """В английском порту кран рухнул на судно с украинским экипажем
Городской колокол
15.06.2027 13:00

В порту английского Корран-Бея контейнерный кран высотой 40 метров рухнул на палубу сухогруза «Зоряна», пострадали двое докеров. Об этом сообщило украинское издание «Берег».

По данным «Берега», стрела крана сломалась в понедельник около 14:15 и упала на носовой трюм, из которого выгружали лес. Пострадавшие госпитализированы, их жизни ничего не угрожает.

«Раздался треск, как выстрел, а потом вся стрела просто сложилась», — приводит «Берег» слова начальника порта Юэна Таллака. Крановые работы на северном причале остановлены.

Старший помощник капитана Андрей Ковзун, слова которого передаёт издание, заявил, что никто из 16 членов экипажа не пострадал. Часть моряков сошла на берег, их разместили в портовой гостинице.

На берегу у причала до вечера работали следователи морской инспекции. Судно, как пишет «Берег», простоит в порту не меньше недели.
""",
"03_fr.txt": """Angleterre : une grue s'effondre sur un cargo dans le port de Corran Bay
La Vigie de Brenneval
15 juin 2027

Une grue à conteneurs de 40 mètres s'est effondrée lundi après-midi sur le pont d'un cargo dans le port de Corran Bay, en Angleterre, blessant deux dockers, rapporte le journal local anglais The Harbour, dont le photographe se trouvait sur le quai.

La flèche de la grue a cédé vers 14 h 15 et s'est abattue sur la cale avant du Zoriana, qui déchargeait du bois. Les deux blessés ont été hospitalisés, leurs jours ne sont pas en danger.

« Il y a eu un craquement comme un coup de feu, puis toute la flèche s'est repliée », a déclaré au journal le capitaine du port, Ewan Tallack. Selon The Harbour, le second du navire, Andrii Kovzoun, assure qu'aucun des 16 membres d'équipage n'a été blessé.

Le syndicat des dockers, cité par le journal, affirme avoir signalé dès mars un bruit anormal dans le mécanisme d'orientation. Une enquête a été ouverte et le navire restera au port au moins une semaine.
""",
}, [{"name": "The Harbour", "in_corpus": True}],
[{"origin": "The Harbour", "article": "01_uk.txt"},
 {"origin": "Берег", "article": "02_ru.txt"},
 {"origin": "The Harbour", "article": "03_fr.txt"}],
[{"text": "A container crane collapsed onto the cargo ship Zoriana in Corran Bay harbour, injuring two dockers.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "None of the Zoriana's 16 crew members was hurt.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1}])

# r06: outside agency under four names: uk full name "Суходільське інформаційне агентство" +
# "агентство"; en acronym "SIA"; ru transliteration «Суходол-Информ»; de short/transliterated
# "Suchodil-Inform" + "Agentur Suchodil". Sukhodil is also the district's name.
story("r06_agency_spellings_elevator", "agency", {
"00_uk.txt": """Вибух на елеваторі в Житнівці: троє працівників у лікарні
Полинь
2027-07-19T10:30:00+03:00

У понеділок уранці на елеваторі в селі Житнівка Суходільського району стався вибух зернового пилу. Троє працівників дістали опіки й травми, їх госпіталізовано. Про це повідомило Суходільське інформаційне агентство.

За даними агентства, вибух стався близько 6:50 у надсиловій галереї під час завантаження пшениці нового врожаю. Від вибухової хвилі обвалилася частина покрівлі галереї, в одному з силосів почалося тління зерна.

«Пожежу локалізували за сорок хвилин, відкритого горіння вже немає. Зараз охолоджуємо силос», — сказала агентству начальниця районного управління з надзвичайних ситуацій Людмила Гнатюк.

Директор компанії «Зерностан», якій належить елеватор, Марко Верещай заявив агентству, що в силосах зберігалося близько 8 тисяч тонн пшениці. «Яка частина зерна пошкоджена, скажемо після огляду. Усі системи аспірації перевіряли в червні», — сказав він.

Один із травмованих, 46-річний Степан Бобрикін, перебуває у стані середньої тяжкості, двоє інших — у задовільному. Поліція відкрила провадження за статтею про порушення правил безпеки на виробництві.
""",
"01_en.txt": """Grain dust blast at Ukrainian elevator injures three workers
Coldwater Ledger
Mon, 19 Jul 2027 15:05:00 +0000

An explosion of grain dust at an elevator in the village of Zhytnivka in Ukraine's Sukhodil district injured three workers early on Monday, the Ukrainian regional news agency SIA reported.

The blast happened at about 6.50 a.m. in the gallery above the silos while wheat from the new harvest was being loaded, SIA said. Part of the gallery roof collapsed and grain began smouldering in one silo.

"The fire was contained within forty minutes; there is no open flame now. We are cooling the silo," Liudmyla Hnatiuk, head of the district emergency service, told SIA.

Marko Vereshchai, director of Zernostan, the company that owns the elevator, told the agency that about 8,000 tonnes of wheat were stored there. "We will know how much grain is damaged after an inspection. All the dust extraction systems were checked in June," he said.

One of the injured, 46-year-old Stepan Bobrykin, is in a moderately serious condition, SIA reported. Police have opened a case over breaches of workplace safety rules.
""",
"02_ru.txt": """На элеваторе в Житновке взорвалась зерновая пыль, трое пострадавших
Листвянский курьер
20.07.2027 07:50

В селе Житновка (Житнівка) Суходольского района Украины в понедельник утром на элеваторе взорвалась зерновая пыль. Трое работников получили ожоги и травмы, сообщает украинское агентство «Суходол-Информ».

По информации «Суходол-Информа», взрыв произошёл около 6:50 в надсилосной галерее во время загрузки пшеницы. Обрушилась часть кровли галереи, в одном из силосов началось тление зерна.

«Пожар локализовали за сорок минут», — рассказала агентству начальник районного управления по чрезвычайным ситуациям Людмила Гнатюк.

Директор компании «Зерностан» Марко Верещай сообщил «Суходол-Информу», что в силосах хранилось около 8 тысяч тонн пшеницы, а системы аспирации проверялись в июне.

Один из пострадавших, 46-летний Степан Бобрыкин, находится в состоянии средней тяжести. Полиция возбудила дело о нарушении правил безопасности на производстве, передаёт агентство.
""",
"03_de.txt": """Staubexplosion in ukrainischem Getreidesilo – drei Arbeiter verletzt
Hollmarer Tageblatt
20. Juli 2027

In einem Getreidesilo im ukrainischen Dorf Schytniwka ist am Montagmorgen Getreidestaub explodiert. Drei Arbeiter wurden verletzt, wie die ukrainische Nachrichtenagentur Suchodil-Inform meldete.

Die Explosion ereignete sich nach Angaben der Agentur Suchodil gegen 6.50 Uhr in der Galerie über den Silozellen, als Weizen der neuen Ernte eingelagert wurde. Ein Teil des Galeriedachs stürzte ein, in einer Zelle begann das Getreide zu schwelen.

„Der Brand war nach vierzig Minuten eingedämmt", sagte Ljudmyla Hnatjuk vom Katastrophenschutz des Bezirks der Agentur. Marko Wereschtschaj, Direktor des Betreibers Sernostan, sprach von rund 8.000 Tonnen eingelagertem Weizen; die Absauganlagen seien im Juni geprüft worden.

Einer der Verletzten, der 46-jährige Stepan Bobrykin, ist nach Angaben von Suchodil-Inform mittelschwer verletzt. Die Polizei ermittelt wegen Verstößen gegen den Arbeitsschutz.
""",
}, [{"name": "Суходіл-Інформ", "in_corpus": False}],
[{"origin": "Суходіл-Інформ", "article": "00_uk.txt"},
 {"origin": "Суходіл-Інформ", "article": "01_en.txt"},
 {"origin": "Суходіл-Інформ", "article": "02_ru.txt"},
 {"origin": "Суходіл-Інформ", "article": "03_de.txt"}],
[{"text": "A grain dust explosion at the elevator in Zhytnivka injured three workers.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "About 8,000 tonnes of wheat were stored in the elevator owned by Zernostan.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1}])

# r07: anonymous sources of one origin, relayed: de Fennwalder Zeitung (own: "Nach Informationen der
# Fennwalder Zeitung", "zwei mit den Ermittlungen vertraute Personen") -> en Marrowfield Times
# ("citing two people familiar with the investigation"), ru «Тихий Омут» ("со ссылкой на два
# источника"), en Fennick Herald ("whose information comes from two unnamed people"). The anonymous
# people are not origins.
story("r07_anonymous_brewery", "anonymous_sources", {
"00_de.txt": """Steuerfahnder durchsuchen Brauerei Kaltenbrunn
Fennwalder Zeitung
2027-09-21T06:00:00+02:00

Die Staatsanwaltschaft Ostrauen ermittelt gegen die Brauerei Kaltenbrunn wegen des Verdachts der Steuerhinterziehung. Nach Informationen der Fennwalder Zeitung geht es um Biersteuer und Umsatzsteuer in Höhe von rund 3,8 Millionen Euro aus den Jahren 2022 bis 2025. Das erfuhr unsere Zeitung von zwei mit den Ermittlungen vertrauten Personen, die nicht namentlich genannt werden wollen.

Demnach durchsuchten Steuerfahnder und Polizei bereits am vergangenen Dienstag die Geschäftsräume der Brauerei und die Privatwohnungen zweier Geschäftsführer. Dabei seien Buchhaltungsunterlagen und mehrere Festplatten sichergestellt worden. Im Mittelpunkt stehe ein Lager in Niederbrenn, über das nicht versteuertes Bier in die Gastronomie geflossen sein soll.

„Das ist kein Buchungsfehler, das war ein System über Jahre", sagte einer der Informanten der Fennwalder Zeitung. Die zweite Person bestätigte die Summe und sprach von „mindestens einer Million Litern", die an den Büchern vorbei verkauft worden seien.

Der Sprecher der Staatsanwaltschaft, Dietmar Quellhorst, wollte sich auf Anfrage unserer Zeitung nicht äußern. „Zu laufenden Verfahren geben wir grundsätzlich keine Auskunft", sagte er.

Die Anwältin der Brauerei, Annika Vehrs, bestätigte der Fennwalder Zeitung die Durchsuchung. „Unsere Mandantin kooperiert vollständig mit den Behörden und weist die Vorwürfe zurück", sagte sie.

Kaltenbrunns Bürgermeister Ruprecht Imberg zeigte sich besorgt. Die Brauerei ist mit 140 Beschäftigten der größte Arbeitgeber der Gemeinde. „Ich hoffe, dass die Arbeitsplätze nicht darunter leiden", sagte er.
""",
"01_en.txt": """German brewery investigated over suspected 3.8 million euro tax fraud
Marrowfield Times
2027-09-21T16:20:00+01:00

Prosecutors in the German town of Ostrauen are investigating the Kaltenbrunn brewery on suspicion of evading about 3.8 million euros in beer duty and sales tax, the German daily Fennwalder Zeitung reported on Tuesday, citing two people familiar with the investigation.

According to the paper, tax investigators and police searched the brewery's offices and the homes of two of its managing directors last week and seized accounting records and several hard drives. The inquiry centres on a warehouse in Niederbrenn through which untaxed beer is alleged to have been sold to pubs and restaurants.

"This is not a bookkeeping error; it was a system over years," one of the sources told the Fennwalder Zeitung. The second source spoke of "at least a million litres" sold off the books, the paper said.

A spokesman for the prosecutors, Dietmar Quellhorst, declined to comment to the newspaper. The brewery's lawyer, Annika Vehrs, confirmed the search to the Fennwalder Zeitung and said her client was cooperating fully and rejected the allegations.

Kaltenbrunn's mayor, Ruprecht Imberg, told the German paper he hoped the brewery's 140 jobs would not suffer.
""",
"02_ru.txt": """В Германии пивоварню подозревают в уклонении от налогов на 3,8 млн евро
Тихий Омут
22.09.2027 08:15

Прокуратура немецкого Острауэна расследует дело против пивоварни Kaltenbrunn, подозреваемой в уклонении от уплаты пивного акциза и НДС примерно на 3,8 миллиона евро. Об этом сообщила немецкая газета Fennwalder Zeitung со ссылкой на два источника, знакомых с ходом расследования.

По данным газеты, на прошлой неделе налоговая полиция провела обыски в офисе пивоварни и в квартирах двух управляющих директоров, изъяты бухгалтерские документы и жёсткие диски. Речь идёт о складе в Нидербренне, через который неучтённое пиво якобы поставлялось в рестораны.

«Это не ошибка в бухгалтерии, это была система на протяжении многих лет», — процитировала газета одного из собеседников. Второй источник, по словам издания, говорит как минимум о миллионе литров, проданных мимо учёта.

Представитель прокуратуры Дитмар Квельхорст от комментариев отказался. Адвокат пивоварни Анника Верс подтвердила газете факт обыска и заявила, что её клиент сотрудничает со следствием и отвергает обвинения.

Бургомистр Кальтенбрунна Рупрехт Имберг, как пишет Fennwalder Zeitung, опасается за 140 рабочих мест — пивоварня является крупнейшим работодателем общины.
""",
"03_en.txt": """Raid on Kaltenbrunn brewery: what we know about the German tax case
Fennick Herald
2027-09-23T11:00:00+01:00

German tax investigators suspect the Kaltenbrunn brewery of evading around 3.8 million euros in duty and sales tax between 2022 and 2025. That is according to the Fennwalder Zeitung, whose information comes from two unnamed people close to the inquiry.

The regional daily said that offices and two managers' homes were searched last week. Its anonymous sources described "a system over years" and at least a million litres of beer sold off the books through a warehouse in Niederbrenn.

Prosecutors have not confirmed the investigation. Their spokesman, Dietmar Quellhorst, told the Fennwalder Zeitung that his office did not comment on ongoing cases. The brewery's lawyer, Annika Vehrs, confirmed the search to the paper and denied any wrongdoing on her client's behalf.

The brewery employs 140 people and is the largest employer in Kaltenbrunn, whose mayor, Ruprecht Imberg, was quoted by the paper as saying he hoped the jobs were safe.

Kaltenbrunn beer is sold in a handful of pubs in Fennick, and the Herald asked two of them whether deliveries had been affected. Both said they had received their orders as usual this week.
""",
}, [{"name": "Fennwalder Zeitung", "in_corpus": True}],
[{"origin": "Fennwalder Zeitung", "article": "01_en.txt"},
 {"origin": "Fennwalder Zeitung", "article": "02_ru.txt"},
 {"origin": "Fennwalder Zeitung", "article": "03_en.txt"}],
[{"text": "Prosecutors are investigating the Kaltenbrunn brewery over suspected tax evasion of about 3.8 million euros.",
  "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The brewery's offices and two managers' homes were searched.",
  "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# r08: article without outlet and date lines whose only credit is the headline suffix "– via
# Vechirnie Misto" (01_en). uk «Вечірнє місто» (own: "Кореспондент «Вечірнього міста» працював на
# місці", body also has the common phrase "над вечірнім містом"); ru «Тихий Омут» and en Pellham
# Standard credit it.
story("r08_headline_suffix_tram_depot", "title_suffix_credit", {
"00_uk.txt": """Пожежа в трамвайному депо Зорянська знищила 14 вагонів
Вечірнє місто
2027-10-04 22:15

У понеділок увечері в трамвайному депо №2 на вулиці Ливарній у Зорянську сталася пожежа. Вогонь знищив 14 трамвайних вагонів, ще шість пошкоджено. Кореспондент «Вечірнього міста» працював на місці пожежі від перших хвилин гасіння.

Загоряння помітили близько 18:30 у південному ангарі, де вагони стояли на нічному відстої. За пів години вогонь охопив увесь ангар. Над вечірнім містом ще довго стояв стовп чорного диму, його було видно з лівого берега.

«Ми вивели з ангара вісім вагонів власним ходом, поки була напруга в контактній мережі. Решту врятувати не встигли», — розповів «Вечірньому місту» начальник депо Валентин Лозинський.

Речниця міської пожежної служби Надія Перебийніс повідомила нашому кореспондентові, що гасіння тривало понад дві години, у ньому брали участь 11 розрахунків. Постраждалих немає. Причину пожежі встановлює слідчо-оперативна група; одна з версій — коротке замикання в зарядній станції.

Водійка трамвая Олена Циганчук працює в депо 22 роки. «Там стояла і моя "двадцятка". Завтра не знаю, на чому виходити на маршрут», — сказала вона.

Директор комунального підприємства «Зорянськелектротранс» Арсен Дідух заявив, що з вівторка на маршрутах №3 і №7 інтервали збільшаться вдвічі, а частину рейсів замінять автобуси.
""",
"01_en.txt": """Zorianske tram depot fire destroys 14 trams – via Vechirnie Misto

A fire at tram depot No. 2 on Lyvarna Street in the Ukrainian city of Zorianske destroyed 14 trams on Monday evening, and six more were damaged.

The fire was spotted at about 6.30 p.m. in the southern shed, where trams were parked for the night, and within half an hour it had spread through the whole building. A column of black smoke hung over the city for a long time and could be seen from the left bank of the river.

"We drove eight trams out of the shed under their own power while the overhead line was still live. We did not have time to save the rest," said depot chief Valentyn Lozynskyi.

Nadiia Perebyinis, a spokeswoman for the city fire service, said the firefighting lasted more than two hours and involved 11 crews. Nobody was hurt. Investigators are looking into the cause; one possibility is a short circuit in a charging station.

Tram driver Olena Tsyhanchuk has worked at the depot for 22 years. "My own tram, number twenty, was in there. I don't know what I will drive on my route tomorrow," she said.

Arsen Didukh, director of the municipal operator Zorianskelektrotrans, said intervals on routes 3 and 7 would double from Tuesday and some services would be replaced by buses.
""",
"02_ru.txt": """В Зорянске сгорели 14 трамваев
Тихий Омут
05.10.2027 09:30

В трамвайном депо №2 украинского Зорянска в понедельник вечером произошёл пожар, уничтожены 14 вагонов, ещё шесть повреждены. Об этом сообщило местное украинское издание «Вечірнє місто» («Вечерний город»), корреспондент которого работал на месте пожара.

Как пишет «Вечерний город», возгорание заметили около 18:30 в южном ангаре, где вагоны стояли на ночном отстое. «Мы вывели из ангара восемь вагонов своим ходом, пока было напряжение в контактной сети», — рассказал изданию начальник депо Валентин Лозинский.

По данным издания, в тушении участвовали 11 расчётов, пострадавших нет. Представитель пожарной службы Надежда Перебийнис назвала одной из версий короткое замыкание в зарядной станции.

«Там стояла и моя "двадцатка"», — цитирует «Вечірнє місто» водителя трамвая Елену Цыганчук. Директор коммунального предприятия Арсен Дидух пообещал заменить часть рейсов автобусами.
""",
"03_en.txt": """Fire destroys 14 trams at depot in Ukraine's Zorianske
Pellham Standard
Tue, 05 Oct 2027 10:40:00 +0000

Fourteen trams were destroyed and six damaged in a fire at a depot in the Ukrainian city of Zorianske on Monday evening, the city news site Vechirnie Misto (Evening City) reported. Its correspondent was at the scene as firefighters arrived.

The blaze started at about 6.30 p.m. in a shed where trams were parked overnight, the site said. Depot chief Valentyn Lozynskyi told Vechirnie Misto that staff had driven eight trams out under their own power before the overhead line was switched off.

Eleven fire crews fought the blaze for more than two hours and nobody was injured, according to the fire service spokeswoman, Nadiia Perebyinis, who spoke to the site's reporter. A short circuit in a charging station is one of the possible causes.

"My own tram was in there," driver Olena Tsyhanchuk told Vechirnie Misto. The municipal operator's director, Arsen Didukh, said buses would replace some services on routes 3 and 7.
""",
}, [{"name": "Вечірнє місто", "in_corpus": True}],
[{"origin": "Вечірнє місто", "article": "01_en.txt"},
 {"origin": "Вечірнє місто", "article": "02_ru.txt"},
 {"origin": "Вечірнє місто", "article": "03_en.txt"}],
[{"text": "A fire at tram depot No. 2 in Zorianske destroyed 14 trams.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Eleven fire crews fought the blaze and nobody was injured.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 23 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
