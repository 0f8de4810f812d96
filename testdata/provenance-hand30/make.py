#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand30 set (all invented).

Emphasis: web-page clutter copied into the article text (photo credits, "Read also" links,
Telegram/Facebook prompts, bylines, embedded-post markers, editor's notes, copyright lines,
disclaimers) that names other media but is NOT a relay credit. An end-line "Source: X" /
"Джерело: X" / "Источник: X" IS a credit of X (see README.md)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside wire agency Corvane News relayed 4x. Clutter: "Snow-covered ... Photo: Reuters",
# "Read also: ... – Daily Lanthorn", an embedded post of the arena operator (a company quoted:
# not an origin), editor's note, "Фото: AFP", "Читайте також: ... – «Осокір»", byline,
# "Читайте также: ... – The Eastbrook Monitor" (an in-corpus outlet of THIS story: no edge),
# "Photo d'illustration : Getty Images", copyright line.
story("r01_agency_ice_arena", "agency", {
"00_en.txt": """Ice arena roof collapses under snow in Ukraine's Ozeriansk hours after youth match
The Eastbrook Monitor
2027-02-08T07:40:00+00:00

Part of the roof of the municipal ice arena in the Ukrainian town of Ozeriansk caved in under heavy snow late on Sunday, about two hours after a youth hockey match had ended, Corvane News Agency reported.

A section of roughly 400 square metres above the stands fell in shortly before 11 p.m. The only person inside, a night watchman, suffered minor cuts and was treated at the scene, a spokesman for the regional emergency service told Corvane.

Snow-covered roofs in northern Ukraine (illustrative). Photo: Reuters

Read also: Ozeriansk ice arena reopens after two-year renovation – Daily Lanthorn

More than 200 children and parents had been at the arena for the match earlier in the evening. About 60 centimetres of snow fell on the town over the weekend.

We are grateful that no child was in the building. The arena stays closed until further notice. pic.twitter.com/Qx7Lm2Vb
— Ozeriansk Arena (@ozer_arena) February 7, 2027

The town council said the arena would remain closed for the rest of the season and that the roof, built in 1987, would be inspected by engineers this week.

The Eastbrook Monitor has contacted the Ozeriansk town council for comment.

Share on Facebook
""",
"01_uk.txt": """В Озерянську під вагою снігу обвалився дах льодової арени
Дзвіниця
08.02.2027 09:15

Автор: Ірина Коваль

Частина даху комунальної льодової арени в Озерянську обвалилася під вагою снігу пізно ввечері в неділю — приблизно через дві години після завершення дитячого хокейного матчу. Про це повідомляє міжнародне агентство Corvane News.

Снігопад на півночі країни. Ілюстративне фото. Фото: AFP

Обвалилася ділянка площею близько 400 квадратних метрів над трибунами. За даними агентства, єдиний, хто був усередині, — нічний сторож — дістав легкі порізи, йому надали допомогу на місці.

Читайте також: Синоптики попередили про новий снігопад на півночі – «Осокір»

Увечері на матчі було понад 200 дітей і батьків. За вихідні в місті випало близько 60 сантиметрів снігу.

Міськрада повідомила, що арена буде закрита до кінця сезону, а конструкцію даху 1987 року цього тижня оглянуть інженери.

Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини регіону.
""",
"02_ru.txt": """В Озерянске под тяжестью снега обрушилась крыша ледовой арены
Северный Причал
2027-02-08 10:30

В украинском Озерянске в воскресенье вечером под тяжестью снега обрушилась часть крыши городской ледовой арены, сообщает агентство Corvane News.

Обрушение произошло примерно через два часа после окончания детского хоккейного матча, на котором было более 200 детей и родителей. Пострадал только ночной сторож — он получил лёгкие порезы, рассказал агентству представитель областной службы спасения.

Фото: скриншот видео

Читайте также: Крыша арены не выдержала снегопада: первые кадры – The Eastbrook Monitor

За выходные в городе выпало около 60 сантиметров снега. Арену закрыли до конца сезона.

Поделиться в Facebook
""",
"03_fr.txt": """Ukraine : le toit d'une patinoire s'effondre sous la neige à Ozeriansk
La Vigie de Sarmance
Mon, 08 Feb 2027 13:05:00 +0000

Une partie du toit de la patinoire municipale d'Ozeriansk, dans le nord de l'Ukraine, s'est effondrée dimanche soir sous le poids de la neige, selon l'agence Corvane News. L'effondrement s'est produit environ deux heures après la fin d'un match de hockey de jeunes.

Photo d'illustration : Getty Images

Seul un gardien de nuit se trouvait dans le bâtiment ; il a été légèrement blessé, a indiqué à l'agence un porte-parole des secours régionaux. La patinoire restera fermée jusqu'à la fin de la saison.

© La Vigie de Sarmance 2027. Tous droits réservés
""",
}, [{"name": "Corvane News Agency", "in_corpus": False}],
[{"origin": "Corvane News Agency", "article": a} for a in ("00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt")],
[
 {"text": "Part of the roof of the municipal ice arena in Ozeriansk collapsed under snow on Sunday night, about two hours after a youth hockey match.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The only person inside, a night watchman, was slightly injured.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The arena will stay closed for the rest of the season.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "About 60 centimetres of snow fell on the town over the weekend.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
])

# r02: in-corpus own report (Осокір: correspondent at the landing stage, "розповіла «Осокору»")
# whose page carries "Ілюстративне фото: Reuters" and "Фото: Reuters"; all three relays credit
# Osokir and also carry Reuters photo credits. Reuters is NOT an origin.
story("r02_own_report_reuters_photos", "own_report", {
"00_uk.txt": """Пором із 43 пасажирами сів на мілину на Сиверці біля Тальниці
Осокір
2027-03-13T12:10:00+02:00

Автор: Марта Гнатюк

Пором «Надія», який курсує між Тальницею та селом Лозовий Кут, у суботу вранці в густому тумані сів на мілину посеред Сиверки. На борту були 43 пасажири, серед них шестеро дітей. Кореспондентка «Осокора» була на тальницькому причалі, коли перших людей привезли на берег.

Переправа на річці. Ілюстративне фото: Reuters

Пасажирів протягом трьох годин знімали з порома місцеві рибалки на своїх човнах. «Ми стояли на палубі в тумані й не бачили берега», — розповіла «Осокору» пасажирка Галина Дерев'янко, яка їхала на ринок. Ніхто не постраждав.

Фото: Reuters

В обласному управлінні водного транспорту повідомили, що капітана порома відсторонили від роботи до завершення перевірки. Пором — єдине пряме сполучення Лозового Кута з райцентром; поки його не знімуть з мілини, селяни добиратимуться об'їздом через міст за 40 кілометрів.

Читайте також: Рівень води в Сиверці впав до рекордного мінімуму – «Дзвіниця»

Поділитися у Facebook
""",
"01_en.txt": """Ferry with 43 passengers runs aground in fog on Ukrainian river
Daily Lanthorn
Sat, 13 Mar 2027 16:45:00 +0000

A river ferry carrying 43 passengers, six of them children, ran aground on a sandbank in thick fog on the Syverka river near the Ukrainian town of Talnytsia on Saturday morning, the Ukrainian news site Osokir reported.

Local fishermen used their own boats to bring the passengers ashore over about three hours, and nobody was hurt, according to Osokir, whose correspondent was at the landing stage. "We stood on deck in the fog and could not see the shore," one passenger told Osokir.

A river crossing in Ukraine (file picture). Photo: Reuters

The ferry, the Nadiya, is the only direct link between the village of Lozovyi Kut and the district town. Its captain has been suspended pending an inquiry.

© Daily Lanthorn 2027. All rights reserved
""",
"02_ru.txt": """Паром с 43 пассажирами сел на мель в тумане
Северный Причал
13.03.2027 18:20

Паром «Надежда» с 43 пассажирами на борту, в том числе шестью детьми, в субботу утром в густом тумане сел на мель на реке Сиверка возле украинского города Тальница. Об этом сообщило украинское издание «Осокорь».

Фото: Reuters

По данным издания, пассажиров в течение трёх часов снимали с парома местные рыбаки на своих лодках. Никто не пострадал. Капитана парома отстранили от работы.

Читайте также: В Озерянске под тяжестью снега обрушилась крыша ледовой арены – «Северный Причал»

Подписывайтесь на наш Telegram-канал
""",
"03_de.txt": """Fähre mit 43 Passagieren im Nebel auf Sandbank gelaufen
Moorbacher Rundschau
14. März 2027

Auf dem Fluss Sywerka in der Ukraine ist am Samstagmorgen eine Fähre mit 43 Passagieren im dichten Nebel auf eine Sandbank gelaufen, wie das ukrainische Nachrichtenportal Ossokir berichtet.

Fischer brachten die Menschen mit ihren eigenen Booten in rund drei Stunden an Land; verletzt wurde niemand. Die Fähre ist die einzige direkte Verbindung des Dorfes Losowyj Kut zur Kreisstadt.

Foto: Reuters (Symbolbild)

Auf Facebook teilen
""",
}, [{"name": "Осокір", "in_corpus": True}],
[{"origin": "Осокір", "article": a} for a in ("01_en.txt", "02_ru.txt", "03_de.txt")],
[
 {"text": "A ferry with 43 passengers ran aground in fog on the Syverka river near Talnytsia on Saturday morning.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Local fishermen brought the passengers ashore in their boats over about three hours and nobody was hurt.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The ferry's captain was suspended.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The ferry is the only direct link between the village of Lozovyi Kut and the district town.",
  "articles": ["00_uk.txt", "01_en.txt", "03_de.txt"], "independent_sources": 1},
])

# r03: chain Ветряк (own: correspondent in the garden, "рассказала «Ветряку»") -> Сім вітрів
# ("повідомляє ... газета «Вітряк»") -> Harrowmere Evening Star ("Sim Vitriv reported ...,
# citing local media"). Clutter: own photo credit, Telegram/Facebook prompts, byline
# "Автор: Ірина Коваль", "Фото: скриншот відео", "Читайте також: ... – «Осокір»",
# "Illustrative photo: Getty Images", "Read also: ... – Daily Lanthorn", copyright line.
story("r03_chain_circus_camel", "chain", {
"00_ru.txt": """Сбежавший из цирка верблюд четыре часа гулял по Верхнеборску
Ветряк
2027-04-06T21:30:00+03:00

Во вторник вечером из передвижного цирка «Шапито-Альянс», который накануне приехал в Верхнеборск, сбежал верблюд по кличке Бархан. Животное ушло во время разгрузки фургонов и прошло около пяти километров вдоль объездной дороги. Корреспондент «Ветряка» застал верблюда в огороде в посёлке Берёзовый Лог на окраине города — тот ел капусту.

«Я вышла во двор, а он стоит и смотрит на меня», — рассказала «Ветряку» хозяйка огорода Нина Соколова.

Фото: Андрей Лыков / «Ветряк»

Примерно через четыре часа сотрудники цирка с помощью полиции завели Бархана в фургон. Никто не пострадал. Директор цирка пообещал возместить хозяйке огорода ущерб.

Поделиться в Facebook

Подписывайтесь на наш Telegram-канал
""",
"01_uk.txt": """У Верхньоборську верблюд утік із цирку й пішов їсти капусту
Сім вітрів
07.04.2027 08:50

Автор: Ірина Коваль

У Верхньоборську у вівторок увечері з пересувного цирку втік верблюд на прізвисько Бархан. Про це повідомляє місцева російськомовна газета «Вітряк».

За даними видання, тварина вийшла під час розвантаження фургонів і пройшла близько п'яти кілометрів уздовж об'їзної дороги. Журналіст «Вітряка» знайшов верблюда на городі в селищі Березовий Лог, де той їв капусту.

Фото: скриншот відео

Приблизно через чотири години працівники цирку за допомогою поліції завели Бархана у фургон. Ніхто не постраждав.

Читайте також: Як цирки-шапіто пережили зиму – «Осокір»

Підписуйтесь на наш Telegram-канал
""",
"02_en.txt": """Runaway circus camel spends four hours loose in Ukrainian town
Harrowmere Evening Star
2027-04-07 17:05

A camel called Barkhan escaped from a travelling circus in the town of Verkhneborsk on Tuesday evening and wandered about five kilometres before it was found eating cabbages in a vegetable garden, the Ukrainian news site Sim Vitriv reported on Wednesday, citing local media.

Illustrative photo: Getty Images

Circus staff, helped by police, coaxed the animal back into a trailer after about four hours. Nobody was hurt.

Read also: Keepers recapture two escaped lemurs after night on the loose – Daily Lanthorn

Share on Facebook

© Harrowmere Evening Star 2027. All rights reserved
""",
}, [{"name": "Ветряк", "in_corpus": True}],
[{"origin": "Ветряк", "article": "01_uk.txt"}, {"origin": "Сім вітрів", "article": "02_en.txt"}],
[
 {"text": "A camel named Barkhan escaped from a travelling circus in Verkhneborsk on Tuesday evening.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "The camel walked about five kilometres and was found eating cabbages in a vegetable garden.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "Circus staff with police help got the camel back into a trailer after about four hours; nobody was hurt.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "The circus director promised to compensate the garden owner.",
  "articles": ["00_ru.txt"], "independent_sources": 1},
])

# r04: own report (Верболіз: correspondent in the classrooms, "розповіла «Верболозу»");
# 01_ru is an uncredited close Russian translation published the next morning ("рассказала
# изданию" without a name, same sentence order, same "ломается каждую зиму"): edge from
# Верболіз. Its page carries "Фото: скриншот видео", "Читайте также: ... – «Северный Причал»"
# and its own copyright line: none of them is a credit. en and fr credit Verboliz.
story("r04_uncredited_copy_school_heating", "translation", {
"00_uk.txt": """У Полинівській школі третій день немає опалення: діти вчаться в куртках
Верболіз
2027-01-19T10:00:00+02:00

Автор: Оксана Дейнеко

У школі села Полинівка третій день не працює котельня, і 140 учнів сидять на уроках у куртках. Кореспондентка «Верболозу» у вівторок зранку побувала в класах: термометр на стіні показував +11 градусів.

«Котел зупинився в неділю вночі, його вже двічі пробували запустити», — розповіла «Верболозу» директорка школи Людмила Ткачук. Уроки скоротили до 30 хвилин.

Фото: Оксана Дейнеко / «Верболіз»

У районній адміністрації пообіцяли встановити новий котел протягом двох тижнів. Батьки кажуть, що котельня ламається щозими.

Поділитися у Facebook
""",
"01_ru.txt": """В школе села Полиновка третий день нет отопления: дети учатся в куртках
Заречный листок
20.01.2027 07:45

В школе села Полиновка третий день не работает котельная, и 140 учеников сидят на уроках в куртках. Во вторник утром термометр на стене класса показывал +11 градусов.

«Котёл остановился в воскресенье ночью, его уже дважды пытались запустить», — рассказала изданию директор школы Людмила Ткачук. Уроки сократили до 30 минут.

Фото: скриншот видео

Читайте также: Отопительный сезон: какие районы остались без тепла – «Северный Причал»

В районной администрации пообещали установить новый котёл в течение двух недель. Родители говорят, что котельная ломается каждую зиму.

Подписывайтесь на наш Telegram-канал

© «Заречный листок», 2027. Все права защищены
""",
"02_en.txt": """Pupils sit lessons in coats as village school heating fails
Harrowmere Evening Star
2027-01-20 12:30

About 140 pupils at a village school in Polynivka, Ukraine, have been sitting lessons in their coats for three days after the school's boiler broke down, the Ukrainian news site Verboliz reported. Its correspondent found the classroom thermometer showing 11C on Tuesday morning.

Lessons have been cut to 30 minutes, head teacher Liudmyla Tkachuk told Verboliz. The district administration has promised a new boiler within two weeks.

Illustrative photo: Getty Images

Share on Facebook
""",
"03_fr.txt": """Ukraine : des écoliers en manteau en classe après une panne de chauffage
La Vigie de Sarmance
21 janvier 2027

Dans l'école du village ukrainien de Polynivka, quelque 140 élèves suivent les cours en manteau depuis trois jours, la chaudière étant en panne, selon le site ukrainien Verboliz. La température dans les classes ne dépasse pas 11 degrés et les cours ont été réduits à 30 minutes.

Photo : AFP

L'administration du district promet une nouvelle chaudière d'ici deux semaines.

Lire aussi : Vague de froid : les écoles de la région restent ouvertes – Le Petit Sarmançais
""",
}, [{"name": "Верболіз", "in_corpus": True}],
[{"origin": "Верболіз", "article": a} for a in ("01_ru.txt", "02_en.txt", "03_fr.txt")],
[
 {"text": "The school heating in Polynivka has been out for three days and about 140 pupils sit lessons in coats.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The classroom temperature was 11 degrees.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Lessons were shortened to 30 minutes.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The district administration promised a new boiler within two weeks.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Parents say the boiler house breaks down every winter.",
  "articles": ["00_uk.txt", "01_ru.txt"], "independent_sources": 1},
])

# r05: the only credit in every article is the end line "Джерело: Радіо Гребля" /
# "Источник: Радио Гребля" / "Source: Hreblia Radio" (outside the corpus). Traps: "Джерело
# фото: AFP" (a photo credit that starts with the same word), "Фото: AFP", "Photo: AFP",
# "Читайте також: ... – «Дзвіниця»", disclaimers, Telegram prompts, "Фото: скриншот відео".
story("r05_source_endline_bridge", "source_line", {
"00_uk.txt": """У Солов'ївську закрили для транспорту міст через тріщини в опорах
Сім вітрів
2027-05-20T14:20:00+03:00

Автор: Богдан Ярема

З четверга міст через річку в центрі Солов'ївська закрито для автомобілів: інженери виявили тріщини у двох опорах. Пішоходи поки можуть переходити міст тротуаром.

Ілюстративне фото. Джерело фото: AFP

Міські автобуси їздитимуть об'їздом завдовжки 25 кілометрів, повідомили в міськраді. Ремонт триватиме щонайменше три місяці, на нього з міського бюджету виділили 12 мільйонів гривень.

Читайте також: Ремонт доріг у регіоні: що встигнуть зробити до осені – «Дзвіниця»

Джерело: Радіо Гребля
""",
"01_ru.txt": """В Соловьёвске закрыли мост из-за трещин в опорах
Заречный листок
20.05.2027 16:40

С четверга мост через реку в центре Соловьёвска закрыт для автомобилей — инженеры обнаружили трещины в двух опорах. Пешеходы пока могут переходить по тротуару.

Фото: AFP

Городские автобусы пустят в объезд длиной 25 километров. Ремонт займёт не меньше трёх месяцев.

Мнение редакции может не совпадать с мнением автора.

Источник: Радио Гребля
""",
"02_en.txt": """Ukrainian town shuts bridge to traffic after cracks found in supports
The Eastbrook Monitor
Thu, 20 May 2027 18:00:00 +0000

A road bridge across the river in the centre of the Ukrainian town of Soloviivsk was closed to vehicles from Thursday after engineers found cracks in two of its supports. Pedestrians can still use the footway.

Photo: AFP

City buses will follow a 25-kilometre detour. Repairs are expected to take at least three months, and 12 million hryvnias have been set aside from the town budget.

The editorial board may not share the views of the author.

Subscribe to our Telegram channel

Source: Hreblia Radio
""",
"03_uk.txt": """Міст у Солов'ївську ремонтуватимуть щонайменше три місяці
Осокір
21.05.2027 09:10

У Солов'ївську щонайменше на три місяці закрили для транспорту міст у центрі міста: у двох опорах знайшли тріщини. Ремонт коштуватиме 12 мільйонів гривень. Пішоходам поки що дозволено ходити мостом.

Фото: скриншот відео

Підписуйтесь на наш Telegram-канал

Джерело: Радіо Гребля
""",
}, [{"name": "Радіо Гребля", "in_corpus": False}],
[{"origin": "Радіо Гребля", "article": a} for a in ("00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt")],
[
 {"text": "The bridge in the centre of Soloviivsk was closed to vehicles from Thursday after cracks were found in two supports.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Pedestrians can still cross the bridge.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "City buses will take a 25-kilometre detour.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "Repairs will take at least three months.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The town set aside 12 million hryvnias for the repair.",
  "articles": ["00_uk.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
])

# r06: an official's social-media post relayed with no medium credited: origin is the mayor,
# Oleh Zavirukha. en carries an embedded-post marker of his post (this embed IS the origin's
# post) and an editor's note; other clutter: "Фото: Getty Images", "Читайте також: ... –
# «Сім вітрів»", "Фото: скриншот видео", "Читайте также: ... – «Заречный листок»",
# "Photo : Reuters", copyright. 03_fr has no date line.
story("r06_official_post_free_buses", "official_post", {
"00_uk.txt": """У Вишнедолі тиждень не братимуть плату за проїзд в автобусах після хакерської атаки
Верболіз
01.03.2027 08:40

Міські автобуси у Вишнедолі з понеділка до неділі возитимуть пасажирів безплатно: хакерська атака вивела з ладу систему електронних квитків. Про це міський голова Олег Завіруха написав у своєму Telegram-каналі.

«Валідатори не працюють у жодному автобусі. Поки фахівці відновлюють систему, платити за проїзд не потрібно», — написав Завіруха.

Фото: Getty Images

За його словами, атака сталася в ніч на неділю, дані пасажирів не постраждали.

Читайте також: Вишнедол закупить 20 нових автобусів – «Сім вітрів»

Підписуйтесь на наш Telegram-канал
""",
"01_ru.txt": """В Вишнедоле неделю не будут брать плату за проезд в автобусах
Северный Причал
2027-03-01 10:15

Городские автобусы в Вишнедоле до воскресенья будут возить пассажиров бесплатно: хакерская атака вывела из строя систему электронных билетов. Об этом в своём Telegram-канале сообщил мэр Вишнедола Олег Завируха.

Фото: скриншот видео

По словам мэра, атака произошла в ночь на воскресенье, данные пассажиров не пострадали.

Читайте также: Как работает общественный транспорт в области – «Заречный листок»

Поделиться в Facebook
""",
"02_en.txt": """Ukrainian town makes buses free for a week after hackers knock out ticket system
The Eastbrook Monitor
2027-03-01T13:30:00+00:00

Buses in the Ukrainian town of Vyshnedol will carry passengers free of charge until Sunday after a cyberattack disabled the electronic ticketing system, mayor Oleh Zavirukha said on Monday.

"The validators are down on every bus. While specialists restore the system, nobody needs to pay," Zavirukha wrote on X.

Validators are down on every bus. Until the system is restored, travel is free. pic.twitter.com/Vx8dK2pL
— Oleh Zavirukha (@zavirukha_vsh) March 1, 2027

He said the attack happened overnight into Sunday and that passengers' data were not affected.

Illustrative photo: Getty Images

The Eastbrook Monitor has contacted the Vyshnedol city council's transport department for comment.

Share on Facebook
""",
"03_fr.txt": """Ukraine : bus gratuits pendant une semaine à Vychnedol après une cyberattaque
La Vigie de Sarmance

Les bus de la ville ukrainienne de Vychnedol sont gratuits jusqu'à dimanche, une cyberattaque ayant paralysé le système de billetterie électronique, a annoncé lundi sur les réseaux sociaux le maire, Oleh Zavirukha. « Les valideurs ne fonctionnent dans aucun bus », a-t-il écrit.

Photo : Reuters

Selon lui, les données des passagers n'ont pas été touchées.

© La Vigie de Sarmance 2027. Tous droits réservés
""",
}, [{"name": "Oleh Zavirukha", "in_corpus": False}],
[{"origin": "Oleh Zavirukha", "article": a} for a in ("00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt")],
[
 {"text": "Buses in Vyshnedol are free until Sunday after a cyberattack disabled the electronic ticketing system.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Passengers' data were not affected by the attack.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The attack happened overnight into Sunday.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
])

# r07: two independent own reports (Ветряк: correspondent at the fire, "рассказала «Ветряку»";
# Дзвіниця: correspondent at the market, "сказав «Дзвіниці»"). Trap: Дзвіниця's page has
# "Читайте також: ... – «Вітряк»" and 03_ru (which credits Ветряк) has "Читайте также: ... –
# «Дзвиница»": read-also links, no edges, the roots stay two. 02_en credits Dzvinytsia.
story("r07_two_own_reports_market_fire", "independent", {
"00_ru.txt": """Ночью на центральном рынке Верхнеборска сгорели около 30 павильонов
Ветряк
2027-06-12T08:05:00+03:00

В ночь на субботу на центральном рынке Верхнеборска сгорел вещевой ряд — около 30 павильонов. Корреспондент «Ветряка» был на месте пожара: огонь тушили около трёх часов, пожарные закончили работу к пяти утра. Пострадавших нет.

«Здесь был весь мой товар на лето», — рассказала «Ветряку» продавщица Ольга Мирошниченко.

Фото: Андрей Лыков / «Ветряк»

Администрация рынка сообщила, что в понедельник рынок откроется, кроме сгоревшего ряда.

Подписывайтесь на наш Telegram-канал
""",
"01_uk.txt": """У Верхньоборську згорів речовий ряд центрального ринку
Дзвіниця
12.06.2027 09:30

Автор: Ірина Коваль

У ніч на суботу на центральному ринку Верхньоборська вигоріли близько 30 кіосків речового ряду. Кореспондентка «Дзвіниці» приїхала на ринок, коли пожежники ще гасили вогонь; гасіння тривало близько трьох годин. Ніхто не постраждав.

Найімовірніша причина пожежі — коротке замикання, сказав «Дзвіниці» речник міської пожежної служби Віктор Яковенко.

Фото: Ірина Коваль / «Дзвіниця»

Читайте також: Пожежа на ринку у Верхньоборську: перші кадри – «Вітряк»

Поділитися у Facebook
""",
"02_en.txt": """Fire destroys about 30 kiosks at Verkhneborsk market
Daily Lanthorn
2027-06-12 15:20

About 30 kiosks in the clothing section of the central market in the town of Verkhneborsk burned down overnight into Saturday, the Ukrainian news site Dzvinytsia reported. Firefighters needed about three hours to put out the blaze, and no one was hurt.

A short circuit is the most likely cause, a fire service spokesman told Dzvinytsia.

Photo: AFP

Read also: Ice arena roof collapses under snow in Ozeriansk – The Eastbrook Monitor

© Daily Lanthorn 2027. All rights reserved
""",
"03_ru.txt": """На рынке в Верхнеборске сгорели около 30 павильонов
Северный Причал
12.06.2027 16:00

В Верхнеборске в ночь на субботу сгорел вещевой ряд центрального рынка — около 30 павильонов, сообщает местная газета «Ветряк». По данным издания, пожар тушили около трёх часов, пострадавших нет.

Фото: скриншот видео

В понедельник рынок откроется, кроме сгоревшего ряда.

Читайте также: Пожар на рынке: версия о коротком замыкании – «Дзвиница»

Подписывайтесь на наш Telegram-канал
""",
}, [{"name": "Ветряк", "in_corpus": True}, {"name": "Дзвіниця", "in_corpus": True}],
[{"origin": "Дзвіниця", "article": "02_en.txt"}, {"origin": "Ветряк", "article": "03_ru.txt"}],
[
 {"text": "About 30 kiosks in the clothing section of Verkhneborsk's central market burned down overnight into Saturday.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "Firefighters took about three hours to put out the fire and nobody was hurt.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "A short circuit is the most likely cause of the fire.",
  "articles": ["01_uk.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "The market will reopen on Monday except for the burnt section.",
  "articles": ["00_ru.txt", "03_ru.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 30 (invented; web-page clutter is not a credit); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
