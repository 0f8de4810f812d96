#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand12 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# l01: outside Polish news agency relayed 5x (name, transliteration in two scripts, initials):
# "Orlica, a Polish news agency, put out the timetable on Tuesday afternoon after speaking to the
# operator" + "According to APO, as the agency is known"; "Розклад і ціни квитків у вівторок навела
# польська інформаційна агенція «Орліца» (APO), якій про плани розповіла речниця" + "Як зазначає
# польська агенція"; "Эти подробности стали известны благодаря польскому агентству «Орлица» (APO)" +
# "Агентство добавляет"; "Wie die polnische Nachrichtenagentur Orlica (APO) am Dienstag unter Verweis
# auf eine Sprecherin … mitteilte" + "Wie es in der APO-Meldung weiter heißt" (no date line);
# "L'agence de presse polonaise Orlica (APO) a publié mardi les horaires" + "précise l'agence polonaise".
# The operator's spokeswoman is not an origin.
story("l01_agency_night_train", "agency", {
"00_en.txt": """Night train to link Poland's Złotogród and Ukraine's Yaropil from March
Eastgate Monitor
2026-01-13T17:05:00+02:00

A private Polish rail operator will start running a night train between Złotogród and the western Ukrainian city of Yaropil on 2 March, the first direct overnight service between the two cities in more than twenty years.

Orlica, a Polish news agency, put out the timetable on Tuesday afternoon after speaking to the operator, Pomost Kolej. According to APO, as the agency is known, the train will leave Złotogród at 20:40 three times a week and reach Yaropil at 07:55 the next morning. The change of track gauge will be handled at the border by swapping the carriages' bogies, so passengers will not have to change trains.

The train will have four sleeping cars, two couchette cars and a seated carriage. A berth in a three-bed compartment will cost from €68, and tickets go on sale on 20 January, APO reported, quoting Pomost Kolej spokeswoman Ewa Sadurska.

Sadurska told the agency the company expected most passengers to be families visiting relatives and students, and that a daily service was possible "if the first season goes well". Pomost Kolej has not said how many passengers each train will be able to carry.
""",
"01_uk.txt": """З березня між Ярополем і польським Злотоґрудом курсуватиме нічний поїзд
Яропільські новини
13.01.2026 18:30

Приватний польський залізничний перевізник Pomost Kolej з 2 березня запускає нічний поїзд Злотоґруд — Яропіль. Розклад і ціни квитків у вівторок навела польська інформаційна агенція «Орліца» (APO), якій про плани розповіла речниця перевізника Ева Садурська.

Поїзд вирушатиме зі Злотоґруда о 20:40 тричі на тиждень і прибуватиме до Ярополя о 7:55 наступного ранку. На кордоні вагонам замінюватимуть візки під ширшу колію, тож пересідати пасажирам не доведеться.

Як зазначає польська агенція, у складі буде чотири спальні вагони, два вагони з кушетками та один сидячий. Місце в тримісному купе коштуватиме від 68 євро, продаж квитків стартує 20 січня.

Прямого нічного сполучення між двома містами не було понад двадцять років. За словами Садурської, перевізник розраховує передусім на родини, які їздять до рідних, і на студентів, а якщо перший сезон буде вдалим, поїзд може стати щоденним.
""",
"02_ru.txt": """Польский перевозчик запустит ночной поезд в Ярополь
Новости Тальска
2026-01-13 19:10

Ночной поезд из польского Злотогруда в Ярополь начнёт курсировать 2 марта. Эти подробности стали известны благодаря польскому агентству «Орлица» (APO), которому представитель частной компании Pomost Kolej Эва Садурская рассказала о планах перевозчика.

Состав будет отправляться из Злотогруда в 20:40 три раза в неделю и прибывать в Ярополь в 7:55 следующего утра. Колёсные тележки под широкую колею заменят прямо на границе, так что пересаживаться пассажирам не придётся.

Агентство добавляет, что билеты поступят в продажу 20 января, а место в трёхместном купе обойдётся минимум в 68 евро. Кроме четырёх спальных вагонов, в составе будут два вагона с кушетками и один сидячий.

Прямого ночного сообщения между городами нет больше двадцати лет. В компании рассчитывают, что со временем поезд станет ежедневным.
""",
"03_de.txt": """Neuer Nachtzug zwischen Polen und der Ukraine
Hollerwalder Rundschau

Ab dem 2. März soll ein Nachtzug das polnische Złotogród mit der westukrainischen Stadt Jaropil verbinden. Wie die polnische Nachrichtenagentur Orlica (APO) am Dienstag unter Verweis auf eine Sprecherin des privaten Betreibers Pomost Kolej mitteilte, fährt der Zug dreimal pro Woche um 20.40 Uhr in Złotogród ab und erreicht Jaropil am nächsten Morgen um 7.55 Uhr.

An der Grenze werden die Drehgestelle der Wagen auf die breitere ukrainische Spur umgestellt, Umsteigen ist nicht nötig. Wie es in der APO-Meldung weiter heißt, besteht der Zug aus vier Schlafwagen, zwei Liegewagen und einem Sitzwagen. Ein Bett im Dreierabteil kostet ab 68 Euro, der Vorverkauf beginnt am 20. Januar.

Eine direkte Nachtverbindung zwischen den beiden Städten gab es seit mehr als zwanzig Jahren nicht. Bahnfreunde in der Region hatten eine solche Verbindung lange gefordert.
""",
"04_fr.txt": """Un train de nuit relancé entre la Pologne et l'Ukraine
Traverses Hebdo
14 janvier 2026

La compagnie ferroviaire privée polonaise Pomost Kolej lancera le 2 mars un train de nuit entre Złotogród et Yaropil, dans l'ouest de l'Ukraine. L'agence de presse polonaise Orlica (APO) a publié mardi les horaires et les tarifs de cette nouvelle liaison, que lui a communiqués la porte-parole de l'entreprise, Ewa Sadurska.

Le train partira de Złotogród à 20 h 40 trois fois par semaine et arrivera à Yaropil le lendemain à 7 h 55. À la frontière, les bogies des voitures seront changés pour s'adapter à l'écartement plus large des voies ukrainiennes, sans que les voyageurs aient à descendre.

La rame comptera quatre voitures-lits, deux voitures-couchettes et une voiture à places assises. Une place en compartiment de trois lits coûtera à partir de 68 euros, précise l'agence polonaise, et la vente des billets ouvrira le 20 janvier.

Aucune liaison de nuit directe n'existait entre les deux villes depuis plus de vingt ans.
""",
}, [("Orlica", False)],
[("Orlica", "00_en.txt"), ("Orlica", "01_uk.txt"), ("Orlica", "02_ru.txt"), ("Orlica", "03_de.txt"), ("Orlica", "04_fr.txt")],
[("A private Polish operator, Pomost Kolej, will run a night train between Złotogród and Yaropil three times a week from 2 March", None, 1)])

# l02: outside university press-office magazine, native / translated / bracketed English gloss; the
# uk relay adds its own telephone confirmation from a co-author; the ru article credits only the uk site
# under a translated name. "Vorgestellt wird das Verfahren in der neuen Ausgabe von «Blick ins Labor»,
# dem Magazin, das die Pressestelle der Universität herausgibt" + "In dem Magazin erklärt"; "Details of
# the trial appear in the winter issue of Blick ins Labor ("A Look into the Lab"), a magazine put out by
# the university's press office" + "The magazine quotes"; "Про розробку написав журнал «Погляд у
# лабораторію» (Blick ins Labor), який видає пресслужба університету" + own "У вівторок «Яропільські
# новини» зв'язалися з Іриною Москаленко. Вона підтвердила"; "Подробности приводит украинский сайт
# «Яропольские новости», дозвонившийся до одной из соавторов". A professor, a neonatologist and the
# university are not origins.
story("l02_magazine_sepsis_test", "relay_plus_own", {
"00_de.txt": """Schnelltest erkennt Blutvergiftung bei Neugeborenen in 40 Minuten
Hollerwalder Rundschau
12. Januar 2026

Ein Forschungsteam der Universität Brackenau hat einen Schnelltest entwickelt, der eine Sepsis bei Neugeborenen aus einem einzigen Blutstropfen in rund 40 Minuten erkennen soll. Bisher dauert es oft ein bis zwei Tage, bis das Ergebnis einer Blutkultur vorliegt.

Vorgestellt wird das Verfahren in der neuen Ausgabe von «Blick ins Labor», dem Magazin, das die Pressestelle der Universität herausgibt. In dem Magazin erklärt Studienleiter Prof. Matthias Oberdorf, der Test habe bei 312 Frühchen und Neugeborenen der Brackenauer Universitätsklinik 29 von 31 Sepsisfällen richtig erkannt. Der Test spürt Botenstoffe des Immunsystems auf, die der Körper in den ersten Stunden einer Infektion ausschüttet.

An der Studie war auch die ukrainische Neonatologin Iryna Moskalenko beteiligt, die ein Jahr lang als Gastwissenschaftlerin in Brackenau gearbeitet hat. Bis der Test in Kliniken eingesetzt werden kann, sind laut Oberdorf noch größere Studien nötig; er rechnet frühestens 2027 damit.
""",
"01_en.txt": """German team's blood test spots sepsis in newborns in 40 minutes
The Coldharbour Mail
Tue, 13 Jan 2026 09:15:00 +0000

Researchers at the University of Brackenau in Germany say they have developed a test that can pick up sepsis in newborn babies from a single drop of blood in about 40 minutes, against the day or two that a standard blood culture can take.

Details of the trial appear in the winter issue of Blick ins Labor ("A Look into the Lab"), a magazine put out by the university's press office. The magazine quotes the study's lead, Prof Matthias Oberdorf, as saying the test correctly flagged 29 of 31 cases of sepsis among 312 premature and newborn babies treated at the university hospital.

The test looks for signalling proteins that the immune system releases in the first hours of an infection. Sepsis is one of the main causes of death among newborns, and doctors often start antibiotics "just in case" while they wait for laboratory results.

Oberdorf cautioned that larger trials were still needed and that the test was unlikely to reach hospitals before 2027. The team included a Ukrainian neonatologist, Dr Iryna Moskalenko, who spent a year in Brackenau as a visiting researcher.
""",
"02_uk.txt": """Яропільська лікарка — серед авторів експрес-тесту на сепсис у немовлят
Яропільські новини
2026-01-13T14:20:00+02:00

Дослідники німецького університету Бракенау створили експрес-тест, який за 40 хвилин виявляє сепсис у новонароджених з однієї краплі крові. Про розробку написав журнал «Погляд у лабораторію» (Blick ins Labor), який видає пресслужба університету. Серед авторів дослідження — неонатологиня Яропільської обласної дитячої лікарні Ірина Москаленко.

У вівторок «Яропільські новини» зв'язалися з Іриною Москаленко. Вона підтвердила, що під час випробувань у клініці Бракенау тест правильно визначив 29 із 31 випадку сепсису серед 312 недоношених і новонароджених дітей. «Звичайний посів крові дає відповідь через добу-дві, а лікувати треба одразу. Тест дає відповідь ще до того, як дитину встигнуть перевести в палату», — пояснила лікарка.

Москаленко рік працювала в Бракенау як запрошена дослідниця і повернулася до Ярополя в грудні. За її словами, перед клінічним застосуванням тесту потрібні ширші випробування, в університеті розраховують на 2027 рік. Вона хоче, щоб яропільська лікарня стала однією з клінік, де тест перевірятимуть.
""",
"03_ru.txt": """Украинский неонатолог участвовала в создании экспресс-теста на сепсис
Новости Тальска
14.01.2026 10:05

Экспресс-тест, разработанный в немецком университете Бракенау, распознаёт сепсис у новорождённых по капле крови примерно за 40 минут. Подробности приводит украинский сайт «Яропольские новости», дозвонившийся до одной из соавторов исследования — неонатолога Ирины Москаленко из Ярополя.

По её словам, на испытаниях в университетской клинике тест правильно распознал 29 из 31 случая сепсиса у 312 недоношенных и новорождённых детей. Обычный посев крови даёт результат через сутки-двое, а лечение нужно начинать сразу.

Москаленко год проработала в Бракенау приглашённым исследователем. Как она рассказала сайту, до применения теста в больницах нужны более масштабные испытания, раньше 2027 года этого ждать не стоит.
""",
}, [("Blick ins Labor", False), ("Яропільські новини", True)],
[("Blick ins Labor", "00_de.txt"), ("Blick ins Labor", "01_en.txt"), ("Blick ins Labor", "02_uk.txt"), ("Яропільські новини", "03_ru.txt")],
[("A University of Brackenau rapid test detected sepsis in newborns from a drop of blood in about 40 minutes, finding 29 of 31 cases among 312 babies", None, 2)])

# l03: chain uk -> en -> de, C credits only B; a ru relay of A without an outlet line.
# Own "Журналісти «Старобірської паралелі» провели в будинку весь вівторок" + "показала нам кухню";
# cleft "It was the local news site Starobirska Paralel that first reported the order; its journalists
# spent Tuesday in the building" + "showed the site her kitchen"; ru (no outlet line, title suffix
# "— Новости Тальска") "Ситуацию в доме описывает местный сайт «Старобирская параллель»: его журналисты
# побывали в доме" + "Если верить сайту"; de "Über den Fall schreibt das in englischer Sprache
# erscheinende Nachrichtenportal Eastgate Monitor" + "Nach Darstellung des Portals" (edge from B).
# The emergency commission, a deputy mayor and a pensioner are not origins.
story("l03_chain_cracked_block", "chain", {
"00_uk.txt": """Тріщина в несучій стіні: мешканців дев'ятиповерхівки на Лісовій виселять за місяць
Старобірська паралель
13.01.2026 20:45

Міська комісія з надзвичайних ситуацій у вівторок визнала аварійним дев'ятиповерховий будинок на вулиці Лісовій, 14. Усі 72 родини мають переселитися протягом місяця: експерти вважають, що торцева стіна може обвалитися.

Журналісти «Старобірської паралелі» провели в будинку весь вівторок. Тріщина на торцевій стіні тягнеться від третього до восьмого поверху, а на рівні п'ятого в неї можна просунути долоню. Пенсіонерка Ніна Гордієнко з п'ятого поверху показала нам кухню, де шпалери розійшлися навскіс від стелі до підлоги. «Тріщину ми помітили ще восени, тричі писали в ЖЕК. Відповідали, що це косметика», — каже вона.

Заступник міського голови Олег Дорошук на засіданні комісії заявив, що місто надасть родинам кімнати маневреного фонду в гуртожитку на вулиці Заводській, а тим, хто житиме в родичів, компенсуватиме оренду. Будинок зведено з панелей 1968 року, причину руйнування стіни ще з'ясовують.
""",
"01_en.txt": """Families ordered out of cracked Starobir tower block
Eastgate Monitor
2026-01-14T11:30:00+02:00

Seventy-two families in the Ukrainian city of Starobir have a month to leave their nine-storey block of flats after an emergency commission declared the 1968 building unsafe on Tuesday.

It was the local news site Starobirska Paralel that first reported the order; its journalists spent Tuesday in the building on Lisova Street and found a crack running down the end wall from the third floor to the eighth, wide enough at one point to put a hand into. Nina Hordiienko, a pensioner on the fifth floor, showed the site her kitchen, where the wallpaper has split from ceiling to floor. She said residents had complained to the housing office three times since the autumn.

Deputy mayor Oleh Doroshuk said families would be offered temporary rooms in a hostel on Zavodska Street, and that those moving in with relatives would receive help with rent. Experts have not yet established why the wall is failing.
""",
"02_ru.txt": """В Старобире расселяют аварийную девятиэтажку — Новости Тальска
2026-01-14 09:40

В Старобире до середины февраля расселят девятиэтажный дом на улице Лесной, 14: во вторник городская комиссия по чрезвычайным ситуациям признала его аварийным. Речь идёт о 72 семьях.

Ситуацию в доме описывает местный сайт «Старобирская параллель»: его журналисты побывали в доме и увидели трещину на торцевой стене, которая тянется с третьего по восьмой этаж. Если верить сайту, жильцы жаловались в ЖЭК ещё осенью, но там трещину называли косметической.

Семьям предложат временное жильё в общежитии на Заводской улице, а тем, кто переедет к родственникам, обещают компенсировать аренду. Причину разрушения стены пока выясняют.
""",
"03_de.txt": """Einsturzgefahr: 72 Familien müssen Hochhaus in der Ukraine verlassen
Auenstädter Abendpost
15. Januar 2026

In der ukrainischen Stadt Starobir müssen 72 Familien binnen eines Monats ihr neungeschossiges Wohnhaus räumen. Eine städtische Katastrophenschutzkommission hat den Plattenbau aus dem Jahr 1968 am Dienstag für baufällig erklärt, weil die Giebelwand einzustürzen droht.

Über den Fall schreibt das in englischer Sprache erscheinende Nachrichtenportal Eastgate Monitor. Nach Darstellung des Portals zieht sich ein Riss vom dritten bis zum achten Stock durch die Außenwand; an einer Stelle sei er so breit, dass man eine Hand hineinstecken könne. Bewohner hätten sich seit dem Herbst mehrfach bei der Hausverwaltung beschwert.

Die Stadt will die Familien vorübergehend in einem Wohnheim unterbringen. Wer zu Verwandten zieht, soll einen Mietzuschuss bekommen. Warum die Wand nachgibt, ist noch unklar.
""",
}, [("Старобірська паралель", True)],
[("Старобірська паралель", "01_en.txt"), ("Старобірська паралель", "02_ru.txt"), ("Eastgate Monitor", "03_de.txt")],
[("Starobir's emergency commission declared the nine-storey block at 14 Lisova Street unsafe; 72 families must move out within a month", None, 1)])

# l04: own report in Russian; a close Ukrainian translation without any credit (it even keeps "Коли ми
# підійшли до траншеї"); en credits the ru paper in transliteration; fr credits only the uncredited
# translator. Own "Когда мы подошли к траншее около полудня, монеты ещё лежали на брезенте";
# "Novosti Talska, a Russian-language local paper, reported the find on Thursday afternoon; its reporters
# got to the trench around midday" + "told the paper"; "signale le site d'information local ukrainien
# « Nad Taltseyu »" + "citée par le site" (edge from Над Тальцею). An archaeologist and a foreman are not
# origins.
story("l04_translation_coin_hoard", "translation", {
"00_ru.txt": """При прокладке канализации в Тальске нашли горшок с серебряными монетами
Новости Тальска
2026-01-15 16:20

Рабочие, менявшие канализационную трубу на Рыночной площади Тальска, в четверг утром наткнулись на глиняный горшок, полный серебряных монет. По предварительному подсчёту, их около 1140.

Когда мы подошли к траншее около полудня, монеты ещё лежали на брезенте рядом с ковшом экскаватора, а рабочие отгоняли любопытных. Большинство — потёртые польские полугроши и шведские монеты XVII века, но среди них попались и несколько крупных французских экю. «Горшок закопали, скорее всего, во время войны середины XVII века — тогда многие прятали сбережения», — объяснила прямо у траншеи археолог городского краеведческого музея Валентина Гаврыш.

Горшок с монетами увезли в музей. Работы на площади приостановлены до понедельника: археологи хотят осмотреть траншею. Прораб Сергей Кулик сказал, что находка задержит ремонт на неделю.
""",
"01_uk.txt": """У Тальську під час ремонту каналізації знайшли горщик зі срібними монетами
Над Тальцею
15.01.2026 19:05

Робітники, які міняли каналізаційну трубу на Ринковій площі Тальська, у четвер зранку натрапили на глиняний горщик, повний срібних монет. За попереднім підрахунком, їх близько 1140.

Коли ми підійшли до траншеї близько полудня, монети ще лежали на брезенті біля ковша екскаватора, а робітники відганяли цікавих. Більшість — потерті польські півгроші та шведські монети XVII століття, але серед них трапилося й кілька великих французьких екю. «Горщик закопали, найімовірніше, під час війни середини XVII століття — тоді багато хто ховав заощадження», — пояснила просто біля траншеї археологиня міського краєзнавчого музею Валентина Гавриш.

Горщик із монетами забрали до музею. Роботи на площі призупинили до понеділка: археологи хочуть оглянути траншею. Виконроб Сергій Кулик сказав, що знахідка затримає ремонт на тиждень.
""",
"02_en.txt": """Workmen digging sewer trench in Talsk find pot of 1,100 silver coins
Fenbridge Chronicle
January 16, 2026

Workers replacing a sewer pipe under the market square of Talsk, in Ukraine, dug up a clay pot holding around 1,140 silver coins on Thursday morning.

Novosti Talska, a Russian-language local paper, reported the find on Thursday afternoon; its reporters got to the trench around midday and found the coins still laid out on a tarpaulin beside the excavator bucket. Most are worn Polish half-groats and Swedish pieces from the 17th century, but there are also several large French écus among them.

Valentyna Havrysh, an archaeologist at the town museum, told the paper the pot was probably buried during the war of the mid-17th century, "when a lot of people hid their savings". The hoard has been taken to the museum, and work on the square has been halted until Monday so that archaeologists can examine the trench.
""",
"03_fr.txt": """Des écus français dans un trésor mis au jour en Ukraine
La Gazette des Deux-Rives
17 janvier 2026

Des ouvriers qui remplaçaient une canalisation sous la place du Marché de Talsk, une petite ville d'Ukraine, ont découvert jeudi un pot en terre cuite rempli d'environ 1 140 pièces d'argent, signale le site d'information local ukrainien « Nad Taltseyu ».

La plupart des pièces sont des demi-gros polonais et des monnaies suédoises du XVIIe siècle, usées par le temps. Mais le trésor contient aussi plusieurs gros écus français. Selon l'archéologue du musée municipal, Valentyna Havrych, citée par le site, le pot aurait été enterré pendant la guerre du milieu du XVIIe siècle, à une époque où beaucoup d'habitants cachaient leurs économies.

Le pot a été transporté au musée. Le chantier est suspendu jusqu'à lundi pour permettre aux archéologues d'examiner la tranchée.
""",
}, [("Новости Тальска", True)],
[("Новости Тальска", "01_uk.txt"), ("Новости Тальска", "02_en.txt"), ("Над Тальцею", "03_fr.txt")],
[("Workers laying a sewer pipe under the market square of Talsk found a clay pot with about 1,140 17th-century silver coins on Thursday", None, 1)])

# l05: outside VK community page, native / with an English gloss; the anonymous hunting-inspectorate
# source is quoted by the page, not by the relays. "Ролик выложило в субботу вечером сообщество «Мой
# Сосновогорск» во «ВКонтакте»" + "Администратор паблика в подписи к записи пишет"; "Відео з твариною
# з'явилося на сторінці «Мой Сосновогорск» у соцмережі «ВКонтакте»" + "У підписі до відео автори
# сторінки зазначають" + "Автори сторінки стверджують"; "Footage shared on Saturday evening by Moi
# Sosnovogorsk ("My Sosnovogorsk"), a community page on the Russian social network VK" + "According to
# the caption posted with the video". Hunting inspectors are not origins.
story("l05_vk_lynx", "external", {
"00_ru.txt": """Рысь несколько часов просидела на крыше гаража в Сосновогорске
Таёжный край
2026-01-11T10:15:00+03:00

Рысь забрела в субботу в микрорайон Заречный Сосновогорска и несколько часов пролежала на крыше гаражного кооператива в сотне метров от детского сада. Ролик выложило в субботу вечером сообщество «Мой Сосновогорск» во «ВКонтакте»; к утру воскресенья его посмотрели более 58 тысяч раз.

На видео зверь спокойно лежит на заснеженной крыше, а внизу собираются жители с телефонами. Администратор паблика в подписи к записи пишет, что рысь заметили около 11 утра, а около трёх часов дня её усыпили из пневматического ружья сотрудники охотнадзора.

Со ссылкой на знакомого в региональном департаменте охотнадзора автор паблика добавляет, что это молодая здоровая самка и вечером её выпустили в лесу в 40 километрах от города. Рыси в окрестных лесах водятся, но в жилые кварталы заходят редко, обычно в снежные зимы.
""",
"01_uk.txt": """Рись кілька годин пролежала на даху гаража в російському місті
Хвиля Надбужжя
11.01.2026 15:40

У російському Сосновогорську в суботу молода рись кілька годин провела на даху гаражного кооперативу в мікрорайоні Заречний, за сотню метрів від дитсадка. Відео з твариною з'явилося на сторінці «Мой Сосновогорск» у соцмережі «ВКонтакте» і за добу зібрало понад 58 тисяч переглядів.

У підписі до відео автори сторінки зазначають, що рись помітили близько 11-ї ранку. По обіді працівники мисливського нагляду приспали її дротиком зі снодійним. Автори сторінки стверджують, що це здорова самиця, яку ввечері випустили в лісі за 40 кілометрів від міста.

Рисі в тих краях не рідкість, але до житлових кварталів вони підходять нечасто — зазвичай у сніжні зими, коли в лісі бракує здобичі.
""",
"02_en.txt": """Lynx spends afternoon on garage roof in Russian town
The Coldharbour Mail
2026-01-12T08:00:00+00:00

A young lynx spent several hours lying on a garage roof in the Russian town of Sosnovogorsk on Saturday, a hundred metres from a nursery school, before wildlife officers sedated it with a dart.

Footage shared on Saturday evening by Moi Sosnovogorsk ("My Sosnovogorsk"), a community page on the Russian social network VK, shows the animal stretched out in the snow as a crowd gathers below. The clip had been watched more than 58,000 times by Sunday.

According to the caption posted with the video, the cat was first spotted at about 11am in the Zarechny district and was darted some four hours later. The page's author, citing an acquaintance in the regional hunting inspectorate, wrote that it was a healthy female and had been released in forest 40km outside the town.

Lynx are not unusual in the forests around Sosnovogorsk, but they rarely wander into residential streets.
""",
}, [("Мой Сосновогорск", False)],
[("Мой Сосновогорск", "00_ru.txt"), ("Мой Сосновогорск", "01_uk.txt"), ("Мой Сосновогорск", "02_en.txt")],
[("A young lynx spent several hours on a garage roof in the Zarechny district of Sosnovogorsk on Saturday before being sedated and released in the forest", None, 1)])

# l06: two independent own reports of a bank sale (anonymous negotiators seen by a uk business site; the
# buyer's CEO on the phone to a German business paper); en credits both (two edges); ru (no date line)
# credits only the uk site under a translated name. "Про це «Гроші й ринок» дізналися від двох учасників
# переговорів, які бачили підписаний договір"; "bestätigte den Kauf am Donnerstagabend in einem
# Telefonat mit dieser Zeitung"; "The sale emerged on Thursday from two directions. The Ukrainian
# business site Hroshi i Rynok put the price at about €85m … Hours later, Halmberg's chief executive,
# Peter Kaltner, confirmed the purchase in a phone call with the German regional business paper
# Ellertaler Wirtschaftskurier"; "Цифру в 85 миллионов евро называет украинский деловой сайт «Деньги и
# рынок», опираясь на рассказ двух участников переговоров". Banks, a CEO, a founder and the central bank
# are not origins.
story("l06_two_reports_bank_sale", "two_independent", {
"00_uk.txt": """Німецький Halmberg Bank купує «Гранітбанк» приблизно за 85 млн євро
Гроші й ринок
2026-01-15T13:10:00+02:00

Німецька банківська група Halmberg Bank домовилася про купівлю 76% акцій «Гранітбанку», двадцятого за розміром активів банку країни. Угоду підписали в четвер, сума становить близько 85 млн євро. Про це «Гроші й ринок» дізналися від двох учасників переговорів, які бачили підписаний договір і попросили не називати їхніх імен.

За словами співрозмовників, решта 24% акцій залишаться в засновника банку Андрія Ковалишина, а правління найближчим часом не змінюватимуть. Угоду ще має схвалити центральний банк, на це зазвичай іде три-чотири місяці.

«Гранітбанк» має 140 відділень, переважно в західних областях, і близько 600 тисяч клієнтів. Пресслужба банку від коментарів відмовилася, у Halmberg Bank на запит редакції до моменту публікації не відповіли.
""",
"01_de.txt": """Halmberg Bank übernimmt ukrainische Granitbank
Ellertaler Wirtschaftskurier
15. Januar 2026

Die Ellertaler Halmberg Bank kauft sich in der Ukraine ein: Das Institut übernimmt 76 Prozent der Granitbank, die mit 140 Filialen vor allem im Westen des Landes vertreten ist. Vorstandschef Peter Kaltner bestätigte den Kauf am Donnerstagabend in einem Telefonat mit dieser Zeitung. «Wir haben heute unterschrieben. Die Ukraine ist für uns kein Abenteuer, sondern ein Markt, in dem viele unserer Firmenkunden längst produzieren», sagte Kaltner.

Zum Kaufpreis wollte er sich nicht äußern. Die Übernahme muss noch von der ukrainischen Zentralbank genehmigt werden; Kaltner rechnet mit einem Abschluss im Frühsommer. Die übrigen Anteile bleiben beim Gründer der Granitbank.

Für die Halmberg Bank, die bisher nur in Deutschland und Polen Filialen betreibt, ist es die größte Übernahme ihrer Geschichte. Für die rund 900 Beschäftigten in Ellertal ändere sich nichts, versicherte Kaltner.
""",
"02_en.txt": """Germany's Halmberg Bank buys control of Ukraine's Hranitbank
Eastgate Monitor
January 16, 2026

German lender Halmberg Bank has agreed to buy 76% of Hranitbank, a mid-sized Ukrainian bank with 140 branches, in one of the largest foreign investments in the country's banking sector for years.

The sale emerged on Thursday from two directions. The Ukrainian business site Hroshi i Rynok put the price at about €85m, citing two people involved in the talks who had seen the signed agreement. Hours later, Halmberg's chief executive, Peter Kaltner, confirmed the purchase in a phone call with the German regional business paper Ellertaler Wirtschaftskurier, though he would not discuss the price.

The deal still needs approval from Ukraine's central bank, which Kaltner expects by early summer. Hranitbank's founder, Andrii Kovalyshyn, keeps the remaining 24%. Hranitbank declined to comment.
""",
"03_ru.txt": """Немецкий банк покупает «Гранитбанк»
Деловая неделя

Немецкая банковская группа Halmberg Bank договорилась о покупке 76% акций украинского «Гранитбанка». Цифру в 85 миллионов евро называет украинский деловой сайт «Деньги и рынок», опираясь на рассказ двух участников переговоров.

Сделку подписали в четверг. Её ещё должен одобрить центральный банк, на что обычно уходит три-четыре месяца. Оставшиеся 24% акций сохранит основатель банка Андрей Ковалишин; сайт уточняет, что менять правление после сделки не планируют.

«Гранитбанк» занимает двадцатое место в стране по размеру активов, у него 140 отделений, в основном в западных областях, и около 600 тысяч клиентов.
""",
}, [("Гроші й ринок", True), ("Ellertaler Wirtschaftskurier", True)],
[("Гроші й ринок", "02_en.txt"), ("Ellertaler Wirtschaftskurier", "02_en.txt"), ("Гроші й ринок", "03_ru.txt")],
[("Germany's Halmberg Bank signed on Thursday to buy 76% of the Ukrainian lender Hranitbank", None, 2)])

# l07: outside English-language industry newsletter; a uk article credits it and an in-corpus French
# paper (two edges). "L'information a d'abord circulé dans « Backstage Memo », une lettre d'information
# anglophone … envoyée jeudi matin à ses abonnés" + "Selon la newsletter" (the mayor, reached by phone,
# declines to comment: no confirmation); "News of the cancellation reached subscribers of Backstage
# Memo, the weekly industry newsletter written by Clare Hensby, on Thursday morning" + "Hensby wrote";
# "Новина спершу з'явилася в англомовному бюлетені Backstage Memo, який розсилають підписникам
# електронною поштою, а згодом її підхопила місцева газета «Ле Ґеттер де Водренн» (Le Guetteur de
# Vaudrenne)" + "Французька газета додає". A mayor, a band manager, organisers and a sponsor are not
# origins.
story("l07_newsletter_festival", "external", {
"00_fr.txt": """Le festival des Trois Rives n'aura pas lieu en 2026
Le Guetteur de Vaudrenne
2026-01-15T18:30:00+01:00

Coup dur pour Vaudrenne : le festival des Trois Rives, qui attire chaque mois de juillet près de 30 000 spectateurs sur les bords de la Sèvrette, ne se tiendra pas cet été. L'information a d'abord circulé dans « Backstage Memo », une lettre d'information anglophone consacrée aux concerts et aux festivals, envoyée jeudi matin à ses abonnés.

Selon la newsletter, les organisateurs ont prévenu les agents des artistes par courriel mercredi soir : le principal mécène du festival, Énergies du Morvelais, s'est retiré, et la subvention de la ville a été réduite de moitié. Il manquerait environ 400 000 euros pour boucler le budget.

Joint par téléphone jeudi, le maire de Vaudrenne, Gilles Amarante, n'a pas souhaité s'exprimer avant la conférence de presse prévue lundi par l'association organisatrice. Créé en 2009, le festival accueille chaque été des groupes venus de toute l'Europe, et les commerçants du centre-ville redoutent déjà un été sans visiteurs.
""",
"01_en.txt": """French world music festival cancels 2026 edition, leaving Marram Lines without a summer headline slot
Fenbridge Chronicle
2026-01-15 20:05

The Festival des Trois Rives in Vaudrenne, France, where Fenbridge folk band The Marram Lines were due to headline in July, will not take place this year.

News of the cancellation reached subscribers of Backstage Memo, the weekly industry newsletter written by Clare Hensby, on Thursday morning. Hensby wrote that organisers had emailed artists' agents on Wednesday evening to say that the festival's main sponsor, the regional energy supplier Énergies du Morvelais, had pulled out and that the town had halved its grant, leaving a gap of about €400,000.

The Marram Lines' manager, Dev Okafor, said the band had "found out like everyone else, from Clare's newsletter", and would try to fill the date elsewhere. The festival, founded in 2009, draws about 30,000 people over four days each summer. Its organisers are due to speak to the press on Monday.
""",
"02_uk.txt": """Французький фестиваль, на якому мав грати гурт «Полин», скасували
Хвиля Надбужжя
16.01.2026 09:30

Фестиваль «Трьох берегів» (Festival des Trois Rives) у французькому Водренні цього літа не відбудеться. Там у липні мав грати яропільський фолк-гурт «Полин».

Новина спершу з'явилася в англомовному бюлетені Backstage Memo, який розсилають підписникам електронною поштою, а згодом її підхопила місцева газета «Ле Ґеттер де Водренн» (Le Guetteur de Vaudrenne). За їхньою інформацією, головний спонсор фестивалю, регіональна енергетична компанія Énergies du Morvelais, відмовився від підтримки, а місто вдвічі урізало дотацію, тож організаторам бракує близько 400 тисяч євро. Французька газета додає, що мер Водренна не захотів коментувати ситуацію до пресконференції організаторів, призначеної на понеділок.

Фестиваль проводять з 2009 року, щоліта він збирає близько 30 тисяч глядачів.
""",
}, [("Backstage Memo", False)],
[("Backstage Memo", "00_fr.txt"), ("Backstage Memo", "01_en.txt"), ("Backstage Memo", "02_uk.txt"), ("Le Guetteur de Vaudrenne", "02_uk.txt")],
[("The Festival des Trois Rives in Vaudrenne will not take place in 2026 after its main sponsor pulled out and the town halved its grant", None, 1)])

# l08: look-alike A (water cut in the Ukrainian town of Stozhary from Monday 12 January, a burst pressure
# main flooded the main pumping station, 38,000 people, water back on Thursday at the earliest). Outside
# regional TV channel. "Відео, зняте там знімальною групою обласного телеканалу «Сузір'я ТВ»" + "сказав
# журналістам телеканалу"; ru with neither outlet nor date line (title suffix "| Новости Тальска") "По
# информации, прозвучавшей в понедельник в эфире регионального телеканала «Сузирья ТВ»" + "объяснил
# телеканалу"; "Regional broadcaster Suzirya TV aired footage on Monday evening from inside the machine
# hall" + "told the channel". A water-company director, rescuers and the town council are not origins.
story("l08_tv_pumping_station", "external", {
"00_uk.txt": """Стожари залишилися без води: затопило головну насосну станцію
Яропільські новини
12.01.2026 21:15

Усе 38-тисячне місто Стожари з понеділка залишається без водопостачання. У ніч на понеділок у машинному залі головної насосної станції прорвало напірну трубу, і вода затопила насоси та електрощитову.

Відео, зняте в машинному залі знімальною групою обласного телеканалу «Сузір'я ТВ», показує, що вода стоїть там майже до колін, а рятувальники відкачують її мотопомпами. Директор КП «Стожариводоканал» Василь Кушнір сказав журналістам телеканалу, що воду не дадуть щонайменше до четверга: два насоси з трьох доведеться розбирати й сушити.

Поки що воду розвозять цистернами до 14 пунктів у місті, перелік яких оприлюднила міська рада. Лікарня і пологовий будинок працюють на резервних ємностях.
""",
"01_ru.txt": """Стожары без воды до четверга: насосную станцию затопило | Новости Тальска

По информации, прозвучавшей в понедельник в эфире регионального телеканала «Сузирья ТВ», в Стожарах вода не появится в кранах как минимум до четверга. В ночь на понедельник в машинном зале главной насосной станции лопнула напорная труба, вода залила насосы и электрощитовую.

Директор коммунального предприятия «Стожариводоканал» Василий Кушнир объяснил телеканалу, что два насоса из трёх придётся разбирать и сушить. Без воды остались все 38 тысяч жителей города.

Воду развозят цистернами к 14 точкам, список которых опубликовал горсовет. Больница и роддом пользуются резервными ёмкостями.
""",
"02_en.txt": """Flooded pumping station leaves Ukrainian town of 38,000 without water
Eastgate Monitor
2026-01-13T09:50:00+02:00

The entire Ukrainian town of Stozhary, home to 38,000 people, has been without running water since Monday, after a pressure main burst overnight inside its main pumping station and flooded the pumps and switchgear.

Regional broadcaster Suzirya TV aired footage on Monday evening from inside the machine hall, showing knee-deep water being pumped out by rescuers. The director of the municipal water company, Vasyl Kushnir, told the channel that supplies would not be restored before Thursday at the earliest, because two of the three pumps had to be taken apart and dried out.

Tankers are delivering water to 14 points around the town, and the hospital and maternity unit are relying on reserve tanks.
""",
}, [("Сузір'я ТВ", False)],
[("Сузір'я ТВ", "00_uk.txt"), ("Сузір'я ТВ", "01_ru.txt"), ("Сузір'я ТВ", "02_en.txt")],
[("A burst pressure main flooded the main pumping station of Stozhary overnight into Monday, leaving its 38,000 residents without water until at least Thursday", None, 1)])

# l09: look-alike B (a 1961 water main burst under Bahnhofstraße in the German town of Hollerwald on
# Wednesday 14 January, 9,000 households without water, repaired by Thursday, then a boil notice). Own
# "Bilder, die unser Fotograf kurz nach sechs Uhr aufnahm, zeigen" + "sagte Werkleiter Jens Auerbach …
# der Rundschau am Vormittag an der Baustelle"; "Photographs taken shortly after 6am by the Hollerwalder
# Rundschau, the town's local paper, show" + "told the paper", "the Rundschau said"; "Німецька місцева
# газета «Голлервальдер Рундшау» опублікувала знімки, зроблені її фотографом на світанку" + "якого
# цитує газета" (+ closing reference to l08). The municipal utility and its works manager are not origins.
story("l09_own_burst_main", "in_corpus", {
"00_de.txt": """Rohrbruch in der Bahnhofstraße: 9000 Haushalte ohne Wasser
Hollerwalder Rundschau
2026-01-14T12:40:00+01:00

Ein Bruch der Hauptwasserleitung unter der Bahnhofstraße hat am Mittwochmorgen rund 9000 Haushalte in Hollerwald von der Wasserversorgung abgeschnitten. Die Leitung aus dem Jahr 1961 riss gegen fünf Uhr früh; das Wasser unterspülte die Fahrbahn auf etwa zwanzig Metern.

Bilder, die unser Fotograf kurz nach sechs Uhr aufnahm, zeigen eine knietiefe Wasserfläche zwischen Bahnhof und Marktplatz, aus der ein Stück Asphalt wie eine Eisscholle herausragt. «So einen Bruch hatten wir seit über zwanzig Jahren nicht», sagte Werkleiter Jens Auerbach von den Stadtwerken der Rundschau am Vormittag an der Baustelle.

Die Stadtwerke haben an fünf Stellen Trinkwassertanks aufgestellt, unter anderem am Rathaus und an der Grundschule Am Weiher. Die Reparatur soll bis Donnerstagmorgen dauern. Danach gilt zwei Tage lang ein Abkochgebot, weil Schmutz in die Leitung gelangt sein könnte. Die Bahnhofstraße bleibt mindestens bis Freitag gesperrt.
""",
"01_en.txt": """Burst main cuts water to 9,000 homes in Coldharbour's twin town
The Coldharbour Mail
January 14, 2026

Around 9,000 households in Hollerwald, Coldharbour's twin town in Germany, were left without water on Wednesday after a main laid in 1961 burst under the town's Bahnhofstrasse at about 5am.

Photographs taken shortly after 6am by the Hollerwalder Rundschau, the town's local paper, show knee-deep water between the railway station and the market square, with a slab of asphalt sticking out of it. Jens Auerbach, who runs the water works at the municipal utility, told the paper it was the worst break in more than twenty years.

Drinking water tanks have been set up at five sites, and repairs were expected to last until Thursday morning. Residents will then have to boil tap water for two days, the Rundschau said.
""",
"02_uk.txt": """Німецьке місто Голлервальд залишилося без води через прорив труби
Хвиля Надбужжя
14.01.2026 17:50

У німецькому Голлервальді в середу вранці прорвало магістральний водогін під Вокзальною вулицею, і близько 9 тисяч домогосподарств залишилися без води. Німецька місцева газета «Голлервальдер Рундшау» опублікувала знімки, зроблені її фотографом на світанку: вода стоїть по коліна між вокзалом і ринковою площею, а шматок асфальту стирчить з неї, як крижина.

Керівник міського водопровідного господарства Єнс Ауербах, якого цитує газета, назвав аварію найсерйознішою за понад двадцять років. Трубу проклали 1961 року. Ремонт мають завершити до ранку четверга, після чого два дні воду з-під крана доведеться кип'ятити. Поки що питну воду роздають із цистерн у п'яти місцях.

Це вже друге за тиждень місто, що залишилося без води через аварію: у понеділок без водопостачання опинилися українські Стожари, де затопило головну насосну станцію.
""",
}, [("Hollerwalder Rundschau", True)],
[("Hollerwalder Rundschau", "01_en.txt"), ("Hollerwalder Rundschau", "02_uk.txt")],
[("A water main burst under Bahnhofstraße in Hollerwald early on Wednesday, cutting off about 9,000 households", None, 1)])

# l10: outside Slovak daily, native / transliterated; an anonymous investigator and a police
# spokeswoman quoted by the daily. "The arrests were reported on Wednesday by Denník Severka, a daily
# newspaper in the north of the country, which quoted an investigator who asked not to be named" +
# "The paper wrote", "told Denník Severka"; "Про затримання у середу написав словацький щоденник
# «Денник Северка» (Denník Severka)" + "Слідчий, на якого посилається газета"; "Со слов словацкой газеты
# «Денник Северка»" + "Согласно газете", "Издание ссылается на следователя"; "L'affaire a été mise au
# jour mercredi par le quotidien slovaque Denník Severka" + "D'après le journal slovaque, qui cite un
# enquêteur sous couvert d'anonymat" (no date line). The police, an investigator and a spokeswoman are
# not origins.
story("l10_daily_rental_scam", "external", {
"00_en.txt": """Slovak police arrest couple over fake lakeside holiday rentals
Fenbridge Chronicle
2026-01-14T16:25:00+00:00

Police in Slovakia have arrested a man and a woman suspected of taking deposits from about 140 holidaymakers for lakeside apartments that did not exist in the resort of Vodná Dolina.

The arrests were reported on Wednesday by Denník Severka, a daily newspaper in the north of the country, which quoted an investigator who asked not to be named. The paper wrote that the pair, aged 41 and 37, had advertised 23 apartments on booking websites over two summers and asked for a 30% deposit by bank transfer. The losses are estimated at about €61,000.

Most of the victims came from Ukraine and Poland, but at least three British and several French families were also caught out. A police spokeswoman, Zuzana Kráľová, told Denník Severka that the two had been detained on Tuesday and charged with fraud.

Holidaymakers are advised to be wary of listings that ask for payment by bank transfer rather than through the booking site.
""",
"01_uk.txt": """У Словаччині затримали пару, яка «здавала» туристам неіснуючі апартаменти
Хвиля Надбужжя
14.01.2026 18:10

Словацька поліція затримала чоловіка й жінку, яких підозрюють в ошуканстві близько 140 туристів: вони брали передоплату за оренду апартаментів біля озера на курорті Водна Долина, яких насправді не існувало. Про затримання у середу написав словацький щоденник «Денник Северка» (Denník Severka).

Слідчий, на якого посилається газета і який не називає свого імені, розповів, що 41-річний чоловік і 37-річна жінка протягом двох літніх сезонів виставляли на сайтах бронювання 23 вигадані квартири й просили переказати 30% вартості на банківський рахунок. Загальні збитки оцінюють приблизно в 61 тисячу євро.

Більшість ошуканих — українці та поляки. Речниця поліції Зузана Кральова підтвердила словацькій газеті, що пару затримали у вівторок і повідомили про підозру в шахрайстві.
""",
"02_ru.txt": """В Словакии задержали пару, сдававшую туристам несуществующие квартиры у озера
Вечерний экспресс
2026-01-14 20:30

Полиция Словакии задержала мужчину и женщину, которых подозревают в том, что они брали предоплату с туристов за несуществующие апартаменты на курорте Водна Долина. Со слов словацкой газеты «Денник Северка», жертвами аферы стали около 140 человек, в основном из Украины и Польши.

Согласно газете, 41-летний мужчина и 37-летняя женщина два летних сезона размещали на сайтах бронирования объявления о 23 квартирах у озера и просили перевести 30% стоимости на банковский счёт. Ущерб оценивается примерно в 61 тысячу евро. Издание ссылается на следователя, пожелавшего остаться неназванным.

Представитель полиции Зузана Кралёва сообщила газете, что пару задержали во вторник, обоим предъявлено обвинение в мошенничестве.
""",
"03_fr.txt": """Slovaquie : un couple arrêté pour de fausses locations au bord d'un lac
La Gazette des Deux-Rives

Un homme et une femme ont été arrêtés mardi en Slovaquie, soupçonnés d'avoir encaissé les acomptes d'environ 140 vacanciers pour des appartements qui n'existaient pas, dans la station lacustre de Vodná Dolina. L'affaire a été mise au jour mercredi par le quotidien slovaque Denník Severka.

D'après le journal slovaque, qui cite un enquêteur sous couvert d'anonymat, le couple, âgé de 41 et 37 ans, proposait depuis deux étés 23 logements fictifs sur des sites de réservation et réclamait un virement de 30 % du prix. Le préjudice est estimé à 61 000 euros.

La plupart des victimes sont ukrainiennes et polonaises, mais plusieurs familles françaises ont aussi été piégées. Elles peuvent porter plainte en France ; les plaintes seront ensuite transmises aux autorités slovaques.
""",
}, [("Denník Severka", False)],
[("Denník Severka", "00_en.txt"), ("Denník Severka", "01_uk.txt"), ("Denník Severka", "02_ru.txt"), ("Denník Severka", "03_fr.txt")],
[("Slovak police arrested a couple suspected of taking deposits from about 140 tourists for non-existent lakeside apartments in Vodná Dolina", None, 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for o, a in relays:
            assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(arts) if a is None else a,
                        "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 12 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
