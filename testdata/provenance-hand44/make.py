#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand44 set.
Real outlets, invented events and people (war and security news). Labels are fixed by hand;
check() only verifies that each hand-written independent_sources equals the number of distinct
roots of the claim's articles (article level) and that every file/edge name is consistent."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, outlet_of, origins, relays, claims):
    S.append((id, scenario, arts, outlet_of, origins, relays, claims))
def O(name, in_corpus): return {"name": name, "in_corpus": in_corpus}
def E(origin, article): return {"origin": origin, "article": article}
def C(text, articles, n): return {"text": text, "articles": articles, "independent_sources": n}

# p01: WSJ scoop (outside the corpus) relayed 5x: uk "Про це пише The Wall Street Journal з
# посиланням на" + "Як зазначає видання"; uk "— WSJ" title + "передає The Wall Street Journal";
# ru "Об этом сообщает The Wall Street Journal со ссылкой на источники" + "журналистов издания" +
# Kremlin denial "в Кремле назвали публикацию фейком, передает ТАСС" (TASS = second credited medium
# of 02_ru, edge TASS -> 02_ru); en "The Wall Street Journal reported"; de "berichtet die US-Zeitung".
# Relative dates: "вчора ввечері", "on Sunday", "am Sonntag".
story("p01_wsj_covert_mobilization", "outside_scoop_with_denial", {
"00_uk.txt": """WSJ: Росія готує приховану мобілізацію 150 тисяч резервістів з квітня
Українська правда
2027-03-15T08:40:00+02:00

Росія готується розпочати у квітні нову хвилю прихованої мобілізації, під яку можуть потрапити близько 150 тисяч резервістів. Про це пише The Wall Street Journal з посиланням на американських і європейських посадовців, обізнаних із ситуацією.

За даними видання, призов планують проводити не через військкомати, а через так звані закриті списки, які підприємства мають подати до кінця березня.

Співрозмовники газети вважають, що нових резервістів насамперед використають для поповнення підрозділів, які зазнали найбільших втрат на Покровському напрямку.

Як зазначає видання, у Москві хочуть уникнути повторення черг на кордонах, які виникли восени 2022 року, тому офіційного указу про мобілізацію не планують. Один зі співрозмовників WSJ сказав, що рішення ухвалили ще наприкінці лютого.
""",
"01_uk.txt": """У Росії з квітня можуть потай мобілізувати 150 тисяч резервістів, — WSJ
УНІАН
15.03.2027 10:15

Російська влада планує з квітня провести приховану мобілізацію близько 150 тисяч резервістів, передає The Wall Street Journal.

Американська газета вчора ввечері з посиланням на джерела повідомила, що повістки розноситимуть не військкомати, а відділи кадрів підприємств. Списки працівників, які підлягають призову, роботодавці мають подати до кінця березня, пише видання.

Офіційно в Росії нову мобілізацію не оголошували.
""",
"02_ru.txt": """WSJ: власти России готовят скрытую мобилизацию 150 тысяч резервистов
Медуза
2027-03-15 11:30

Российские власти собираются весной провести новую волну скрытой мобилизации, под которую могут попасть около 150 тысяч резервистов. Об этом сообщает The Wall Street Journal со ссылкой на источники в американских и европейских правительствах.

По данным журналистов издания, призыв начнется в апреле и будет проходить не через военкоматы, а через «закрытые списки» работодателей: предприятия должны подать их до конца марта.

В Кремле назвали публикацию фейком, передает ТАСС. «Никаких решений о новой мобилизации не принималось, это очередной вброс», — приводит агентство слова представителя администрации президента.
""",
"03_en.txt": """Russia preparing covert call-up of 150,000 reservists, WSJ reports
The Kyiv Independent
Mon, 15 Mar 2027 12:05:00 +0200

Russia is preparing to call up around 150,000 reservists in a new, undeclared wave of mobilization starting in April, The Wall Street Journal reported on Sunday, citing U.S. and European officials familiar with the matter.

According to the newspaper, Western officials believe the new reservists are primarily meant to replenish units that have suffered heavy losses in the Pokrovsk sector.

Moscow has not officially announced a new mobilization since the partial call-up of September 2022.
""",
"04_de.txt": """Bericht: Russland plant verdeckte Mobilmachung von 150.000 Reservisten
DW
15. März 2027

Russland bereitet nach einem Bericht des "Wall Street Journal" eine neue, nicht offiziell verkündete Mobilisierungswelle vor. Ab April sollen rund 150.000 Reservisten eingezogen werden, berichtet die US-Zeitung, die sich am Sonntag auf mit der Sache vertraute Beamte in Washington und Europa berief.

Die Einberufung soll demnach nicht über die Militärkommissariate laufen, sondern über "geschlossene Listen", die Betriebe bis Ende März einreichen müssen. Einen offiziellen Erlass werde es nicht geben.
""",
}, {"00_uk.txt": "Ukrainska Pravda", "01_uk.txt": "UNIAN", "02_ru.txt": "Meduza",
    "03_en.txt": "The Kyiv Independent", "04_de.txt": "DW"},
[O("The Wall Street Journal", False), O("TASS", False)],
[E("The Wall Street Journal", "00_uk.txt"), E("The Wall Street Journal", "01_uk.txt"),
 E("The Wall Street Journal", "02_ru.txt"), E("TASS", "02_ru.txt"),
 E("The Wall Street Journal", "03_en.txt"), E("The Wall Street Journal", "04_de.txt")],
[C("Russia is preparing a covert mobilization of about 150,000 reservists starting in April.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], 2),
 C("The call-up is to run through closed lists submitted by employers by the end of March rather than through military enlistment offices.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "04_de.txt"], 2),
 C("Western officials believe the reservists are meant to replenish units that suffered heavy losses in the Pokrovsk sector.",
   ["00_uk.txt", "03_en.txt"], 1),
 C("The Kremlin called the report fake.", ["02_ru.txt"], 2)])

# p02: chain of three: CNN (outside) -> РБК-Україна (00) -> Еспресо (01: "пише РБК-Україна з
# посиланням на CNN", edge from RBC-Ukraine) -> Новая газета Европа (02: "пишет «Эспрессо» со
# ссылкой на РБК-Украина, которое ссылается на CNN", edge from Espreso only); Цензор.НЕТ (03)
# credits CNN directly with the title form "… — CNN". Relative dates: "протягом останніх двох тижнів".
story("p02_cnn_north_korean_troops", "chain", {
"00_uk.txt": """КНДР відправила до Росії ще близько 3 тисяч військових, — CNN
РБК-Україна
2027-03-17T07:50:00+02:00

Північна Корея відправила до Росії нову групу з приблизно 3 тисяч військовослужбовців. Про це пише CNN з посиланням на двох західних посадовців, обізнаних із розвідданими.

За даними телеканалу, військові прибули залізницею через прикордонну станцію Хасан протягом останніх двох тижнів і зараз перебувають у Курській області.

Як зазначає видання, до складу нової групи входять інженерні підрозділи, які спеціалізуються на розмінуванні. Один зі співрозмовників CNN сказав, що це перша відправка з КНДР з кінця минулого року.
""",
"01_uk.txt": """До Росії прибули ще 3 тисячі північнокорейських військових
Еспресо
17.03.2027 09:40

КНДР перекинула до Росії ще приблизно 3 тисячі військових, пише РБК-Україна з посиланням на CNN.

Як уточнюється, солдати прибули залізницею через станцію Хасан на російсько-північнокорейському кордоні протягом останніх двох тижнів. Їх розмістили в Курській області.
""",
"02_ru.txt": """КНДР отправила в Россию еще около трех тысяч военных
Новая газета Европа
2027-03-17 13:10

Северная Корея направила в Россию еще около трех тысяч военнослужащих. Об этом пишет украинский телеканал «Эспрессо» со ссылкой на РБК-Украина, которое, в свою очередь, ссылается на CNN.

По данным украинских СМИ, военные прибыли по железной дороге через пограничную станцию Хасан в последние две недели. Официально в Москве и Пхеньяне эту информацию не комментировали.
""",
"03_uk.txt": """Північна Корея перекинула до Курщини ще 3 тисячі солдатів, серед них сапери — CNN
Цензор.НЕТ
2027-03-17T10:20:00+02:00

Північна Корея відправила до Росії ще близько 3 тисяч військовослужбовців. Про це повідомляє американський телеканал CNN з посиланням на джерела в західних розвідках.

Як пише видання, у складі нової групи є інженерні підрозділи, які займаються розмінуванням. Вони мають допомагати російським військам у Курській області.
""",
}, {"00_uk.txt": "RBC-Ukraine", "01_uk.txt": "Espreso", "02_ru.txt": "Novaya Gazeta Europe",
    "03_uk.txt": "Censor.NET"},
[O("CNN", False)],
[E("CNN", "00_uk.txt"), E("RBC-Ukraine", "01_uk.txt"), E("Espreso", "02_ru.txt"),
 E("CNN", "03_uk.txt")],
[C("North Korea sent about 3,000 more troops to Russia.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], 1),
 C("The troops arrived by rail through the Khasan border station within the last two weeks.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt"], 1),
 C("The new group includes engineering units specialised in mine clearing.",
   ["00_uk.txt", "03_uk.txt"], 1)])

# p03: Bild (outside) relayed by РБК-Україна, which adds an MP's comment given to itself ("— сказав
# він у коментарі РБК-Україна": RBC-Ukraine is also an in-corpus origin); НВ relays the relay ("пише
# РБК-Україна з посиланням на Bild", edge from RBC-Ukraine) and repeats the comment; ru "сообщает
# Bild со ссылкой на источники"; de "wie die Bild-Zeitung unter Berufung auf Regierungskreise berichtet".
story("p03_bild_iris_t", "relay_with_own_comment", {
"00_uk.txt": """Німеччина передасть Україні дві додаткові системи IRIS-T SLM до кінця травня, — Bild
РБК-Україна
2027-03-19T14:30:00+02:00

Німеччина передасть Україні дві додаткові системи протиповітряної оборони IRIS-T SLM до кінця травня — раніше, ніж планувалося. Про це пише німецьке видання Bild з посиланням на джерела в уряді ФРН.

За даними газети, обидві системи вилучать із запасів Бундесверу, а виробник поповнить їх пізніше.

Народний депутат, член комітету Верховної Ради з питань національної безпеки Тарас Дубинчук підтвердив, що Київ очікує на поставку навесні. «Ці системи підуть насамперед на захист енергетики в Одеській області, де ситуація зараз найскладніша», — сказав він у коментарі РБК-Україна.
""",
"01_uk.txt": """Bild: Україна отримає дві нові IRIS-T SLM до кінця травня
НВ
19.03.2027 16:05

Німеччина до кінця травня передасть Україні дві додаткові системи ППО IRIS-T SLM, пише РБК-Україна з посиланням на Bild. Системи, за інформацією видання, візьмуть зі складів Бундесверу.

Нардеп Тарас Дубинчук заявив, що нові комплекси насамперед захищатимуть енергетичні об'єкти Одещини. «Ці системи підуть насамперед на захист енергетики в Одеській області», — сказав він у коментарі РБК-Україна.
""",
"02_ru.txt": """Германия ускорит передачу Украине двух систем IRIS-T SLM
Новая газета Европа
2027-03-19 17:20

Германия передаст Украине две дополнительные системы ПВО IRIS-T SLM до конца мая, сообщает Bild со ссылкой на источники в правительстве ФРГ. Ранее поставка ожидалась не раньше осени.

В Министерстве обороны Германии публикацию таблоида комментировать не стали.
""",
"03_de.txt": """Zwei weitere IRIS-T-Systeme sollen bis Ende Mai in die Ukraine
DW
19. März 2027

Deutschland will der Ukraine bis Ende Mai zwei zusätzliche Luftverteidigungssysteme vom Typ IRIS-T SLM liefern, wie die "Bild"-Zeitung unter Berufung auf Regierungskreise berichtet. Beide Systeme sollen demnach aus Beständen der Bundeswehr kommen und später vom Hersteller ersetzt werden.

Ursprünglich war die Lieferung erst für den Herbst vorgesehen.
""",
}, {"00_uk.txt": "RBC-Ukraine", "01_uk.txt": "NV", "02_ru.txt": "Novaya Gazeta Europe",
    "03_de.txt": "DW"},
[O("Bild", False), O("RBC-Ukraine", True)],
[E("Bild", "00_uk.txt"), E("RBC-Ukraine", "01_uk.txt"), E("Bild", "02_ru.txt"),
 E("Bild", "03_de.txt")],
[C("Germany will deliver two additional IRIS-T SLM air defence systems to Ukraine by the end of May.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 2),
 C("Both systems will be taken from Bundeswehr stocks.",
   ["00_uk.txt", "01_uk.txt", "03_de.txt"], 2),
 C("MP Taras Dubynchuk said the systems will primarily protect energy infrastructure in Odesa region.",
   ["00_uk.txt", "01_uk.txt"], 2)])

# p04: two independent origins for one claim: Новая газета Европа's own sources ("«Новой газете
# Европа» рассказали два источника" = own reporting, anonymous sources belong to it) and Reuters
# (outside). LIGA.net and Медуза credit Reuters; Цензор.НЕТ credits both (two edges) and has glued
# full stops. Relative dates: "на прошлой неделе", "в пятницу", "на початку березня".
story("p04_reuters_nge_general_dismissed", "two_origins", {
"00_ru.txt": """Командующего группировкой «Запад» генерал-полковника Соболевского отправили в отставку
Новая газета Европа
2027-03-22T09:00:00+01:00

Командующий группировкой войск «Запад» генерал-полковник Геннадий Соболевский отстранен от должности. Об этом «Новой газете Европа» рассказали два источника в Министерстве обороны России.

По словам собеседников издания, Соболевского вызвали в Москву на прошлой неделе, а в пятницу ему сообщили об отставке. Временно исполнять обязанности командующего будет его заместитель генерал-лейтенант Аркадий Мирошин.

Официально Минобороны об отставке не сообщало. На запрос «Новой газеты Европа» в ведомстве не ответили.
""",
"01_uk.txt": """Reuters: у Росії звільнили командувача угруповання «Захід»
LIGA.net
22.03.2027 13:45

Командувача російського угруповання військ «Захід» генерал-полковника Геннадія Соболевського звільнили з посади. Про це пише Reuters з посиланням на трьох людей, знайомих із ситуацією.

За даними агентства, відставка пов'язана з втратою позицій під Куп'янськом на початку березня. Міноборони РФ на запит агентства не відповіло.
""",
"02_uk.txt": """Росія звільнила командувача угруповання «Захід» Соболевського: його обов'язки виконуватиме заступник
Цензор.НЕТ
2027-03-22 15:10

Командувача угруповання військ РФ «Захід» генерал-полковника Геннадія Соболевського відсторонено від посади.Про це повідомили агентство Reuters та російське незалежне видання «Новая газета Европа» з посиланням на власні джерела.Тимчасово виконувати обов'язки командувача буде його заступник генерал-лейтенант Аркадій Мирошин.Міноборони РФ офіційно цю інформацію не коментувало.
""",
"03_ru.txt": """Reuters: командующий группировкой «Запад» Геннадий Соболевский снят с должности
Медуза
2027-03-22 16:40

Командующий российской группировкой войск «Запад» генерал-полковник Геннадий Соболевский снят с должности. Об этом сообщает Reuters со ссылкой на источники.

По данным агентства, решение связано с потерей позиций под Купянском в начале марта. Минобороны России никак не прокомментировало сообщение.
""",
}, {"00_ru.txt": "Novaya Gazeta Europe", "01_uk.txt": "Liga.net", "02_uk.txt": "Censor.NET",
    "03_ru.txt": "Meduza"},
[O("Novaya Gazeta Europe", True), O("Reuters", False)],
[E("Reuters", "01_uk.txt"), E("Reuters", "02_uk.txt"), E("Novaya Gazeta Europe", "02_uk.txt"),
 E("Reuters", "03_ru.txt")],
[C("Colonel General Gennady Sobolevsky was removed as commander of Russia's West group of forces.",
   ["00_ru.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], 2),
 C("His deputy, Lieutenant General Arkady Miroshin, will act as commander.",
   ["00_ru.txt", "02_uk.txt"], 2),
 C("The dismissal is linked to the loss of positions near Kupiansk in early March.",
   ["01_uk.txt", "03_ru.txt"], 1),
 C("Sobolevsky was summoned to Moscow the previous week and told of his dismissal on Friday.",
   ["00_ru.txt"], 1)])

# p05: in-corpus scoop from anonymous sources: Українська правда's own reporting ("«Українській
# правді» розповіли три джерела", "співрозмовників УП", "на дзвінки УП не відповів"); ru relay
# "сообщает «Украинская правда» со ссылкой на источники"; en relay without a date line
# ("Ukrainska Pravda reported on Thursday"). Relative dates: "у середу", "найближчими днями".
story("p05_up_deputy_minister", "in_corpus_scoop", {
"00_uk.txt": """Уряд готує звільнення заступника міністра оборони Стецюка — джерела УП
Українська правда
2027-03-25T10:00:00+02:00

Кабінет міністрів найближчими днями може звільнити заступника міністра оборони з питань закупівель Ігоря Стецюка. Про це «Українській правді» розповіли три джерела в уряді та Офісі президента.

За словами співрозмовників УП, причиною стали затримки з виконанням контрактів на постачання FPV-дронів на суму близько 4 млрд гривень. Одним із кандидатів на посаду називають директорку департаменту військово-технічної політики Міноборони Олену Вербицьку.

Сам Стецюк у середу на дзвінки УП не відповів.
""",
"01_ru.txt": """СМИ: в Украине готовят отставку замминистра обороны по закупкам
DW
25.03.2027 12:35

Правительство Украины готовит отставку заместителя министра обороны по вопросам закупок Игоря Стецюка, сообщает «Украинская правда» со ссылкой на источники в правительстве и Офисе президента.

Одной из возможных кандидатур на его место издание называет директора департамента военно-технической политики Минобороны Елену Вербицкую. Официально в Минобороны Украины эту информацию пока не комментировали.
""",
"02_en.txt": """Government preparing to dismiss deputy defense minister Stetsiuk, Ukrainska Pravda reports
The Kyiv Independent

Ukraine's Cabinet of Ministers may dismiss Deputy Defense Minister for Procurement Ihor Stetsiuk in the coming days, Ukrainska Pravda reported on Thursday, citing three sources in the government and the President's Office.

According to the outlet's sources, the reason is delays in contracts for FPV drones worth about 4 billion hryvnias ($96 million).
""",
}, {"00_uk.txt": "Ukrainska Pravda", "01_ru.txt": "DW", "02_en.txt": "The Kyiv Independent"},
[O("Ukrainska Pravda", True)],
[E("Ukrainska Pravda", "01_ru.txt"), E("Ukrainska Pravda", "02_en.txt")],
[C("The government is preparing to dismiss Deputy Defence Minister for Procurement Ihor Stetsiuk.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt"], 1),
 C("The reason is delays in FPV drone contracts worth about 4 billion hryvnias.",
   ["00_uk.txt", "02_en.txt"], 1),
 C("Olena Verbytska, head of the ministry's military-technical policy department, is named as a possible replacement.",
   ["00_uk.txt", "01_ru.txt"], 1)])

# p06: The Economist (outside) relayed by НВ ("Про це пише британський журнал The Economist з
# посиланням на" + "Як зазначає видання"); Еспресо relays NV ("пише NV з посиланням на The
# Economist", edge from NV); Медуза "Об этом сообщает The Economist со ссылкой на источники" +
# "По данным журналистов издания". Relative dates: "минулого тижня", "в феврале", "на прошлой неделе".
story("p06_economist_shell_output", "relay_of_relay", {
"00_uk.txt": """The Economist: виробництво снарядів у Росії впало на третину через дефіцит вибухівки
НВ
2027-03-29T09:15:00+03:00

Випуск 152-мм артилерійських снарядів у Росії в першому кварталі 2027 року скоротився приблизно на третину порівняно з кінцем минулого року. Про це пише британський журнал The Economist з посиланням на представників європейських розвідок.

Як зазначає видання, головною причиною є дефіцит нітроцелюлози після ударів українських дронів по Тамбовському пороховому заводу в лютому.

За оцінками співрозмовників журналу, наявних запасів снарядів Росії вистачить приблизно до осені. Статтю опублікували минулого тижня.
""",
"01_uk.txt": """У Росії на третину впав випуск снарядів калібру 152 мм
Еспресо
29.03.2027 12:30

Виробництво 152-мм снарядів у Росії в першому кварталі скоротилося приблизно на третину, пише NV з посиланням на The Economist.

За оцінками європейських розвідок, на які посилається журнал, наявних запасів Росії вистачить приблизно до осені.
""",
"02_ru.txt": """The Economist: производство 152-мм снарядов в России сократилось на треть
Медуза
2027-03-29 14:00

Выпуск 152-миллиметровых артиллерийских снарядов в России в первом квартале сократился примерно на треть. Об этом сообщает The Economist со ссылкой на источники в европейских спецслужбах.

По данным журналистов издания, главная причина — нехватка нитроцеллюлозы после февральских ударов украинских дронов по Тамбовскому пороховому заводу. Статья вышла на прошлой неделе.
""",
}, {"00_uk.txt": "NV", "01_uk.txt": "Espreso", "02_ru.txt": "Meduza"},
[O("The Economist", False)],
[E("The Economist", "00_uk.txt"), E("NV", "01_uk.txt"), E("The Economist", "02_ru.txt")],
[C("Russia's output of 152 mm artillery shells fell by about a third in the first quarter.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt"], 1),
 C("The main cause is a shortage of nitrocellulose after Ukrainian drone strikes on the Tambov gunpowder plant in February.",
   ["00_uk.txt", "02_ru.txt"], 1),
 C("European intelligence officials estimate Russia's shell stocks will last until about autumn.",
   ["00_uk.txt", "01_uk.txt"], 1)])


def roots(article, outlet_of, origins, relays, seen=()):
    """Roots of an article: its out-of-corpus credited media, the roots of credited in-corpus
    outlets' articles, and its own outlet if that outlet is an in-corpus origin."""
    own = {o["name"] for o in origins if o["in_corpus"]}
    out = {o["name"] for o in origins if not o["in_corpus"]}
    r = set()
    if outlet_of[article] in own:
        r.add(outlet_of[article])
    for e in relays:
        if e["article"] != article:
            continue
        if e["origin"] in out:
            r.add(e["origin"])
        else:
            srcs = [a for a, o in outlet_of.items() if o == e["origin"] and a not in seen]
            assert srcs, (article, e)
            for a in srcs:
                r |= roots(a, outlet_of, origins, relays, seen + (article,))
    return r

def check():
    for id, sc, arts, outlet_of, origins, relays, claims in S:
        assert set(arts) == set(outlet_of), id
        names = {o["name"] for o in origins} | set(outlet_of.values())
        for e in relays:
            assert e["article"] in arts and e["origin"] in names, (id, e)
        for c in claims:
            rs = set().union(*(roots(a, outlet_of, origins, relays) for a in c["articles"]))
            assert len(rs) == c["independent_sources"], (id, c["text"], rs)

def main():
    check()
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 44 (real outlets, invented events and people); see README.md.",
           "stories": []}
    for id, sc, arts, outlet_of, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        out["stories"].append({"id": id, "scenario": sc, "articles": sorted(arts),
                               "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")

if __name__ == "__main__":
    main()
