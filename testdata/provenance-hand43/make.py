#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand43 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

SV = "Сіверський Вісник"
VZ = "Вечерний Затон"
SP = "Северная Пойма"
LV = "Луговой Вестник"
VK = "Вербовий Край"
ZD = "Зоряна Долина"
YK = "Ясна Хвиля"

# r01: uk own report (Сіверський Вісник, correspondent on site) -> UNCREDITED close ru translation
# (Вечерний Затон: same order, same figures, quote translated, Russian name forms); an INDEPENDENT ru
# report (Северная Пойма, own correspondent, other witnesses, "около 40"/"более ста"/"около 12 метров",
# other order) published BEFORE the translation; en relay crediting Siverskyi Visnyk.
story("r01_translation_vs_independent_pond_dam", "translation", {
"00_uk.txt": """У Журавлинному прорвало греблю ставка: підтоплено 43 будинки
Сіверський Вісник
2027-05-03 07:45

У селі Журавлинне вночі проти понеділка прорвало земляну греблю рибного ставка. Вода підтопила 43 житлові будинки на вулицях Садовій і Луговій, передає кореспондент «Сіверського Вісника» з місця подій.

Промоїна в греблі сягає 15 метрів. Гребля була збудована 1978 року і, за словами місцевих, востаннє її ремонтували ще за радянських часів.

«Вода прийшла о третій ночі. Я прокинулася, бо собака вив, а в хаті вже було по щиколотку», — розповіла нашому кореспондентові мешканка Садової Галина Сидорук.

Староста села Петро Вакуленко повідомив, що з підтоплених осель вивезли 120 людей, серед них 31 дитину. Їх розмістили в приміщенні школи та в родичів. «Головне, що всі живі. Будинки висушимо, а греблю треба будувати заново», — сказав Вакуленко.

Рятувальники ДСНС відкачують воду з подвір'їв. Рівень води на вулицях, за даними старостату, почав спадати близько шостої ранку.
""",
"01_ru.txt": """В Журавлином прорвало дамбу пруда: подтоплены 43 дома
Вечерний Затон
03.05.2027 12:20

В селе Журавлиное в ночь на понедельник прорвало земляную дамбу рыбного пруда. Вода подтопила 43 жилых дома на улицах Садовой и Луговой.

Промоина в дамбе достигает 15 метров. Дамба была построена в 1978 году и, по словам местных жителей, в последний раз её ремонтировали ещё в советское время.

«Вода пришла в три часа ночи. Я проснулась, потому что собака выла, а в доме уже было по щиколотку», — рассказала жительница улицы Садовой Галина Сидорук.

Староста села Пётр Вакуленко сообщил, что из подтопленных домов вывезли 120 человек, среди них 31 ребёнка. Их разместили в здании школы и у родственников. «Главное, что все живы. Дома высушим, а дамбу надо строить заново», — сказал Вакуленко.

Спасатели ГСЧС откачивают воду из дворов. Уровень воды на улицах, по данным старостата, начал спадать около шести утра.
""",
"02_ru.txt": """Журавлиное под водой: арендатор пруда говорит, что водосброс забило мусором
Северная Пойма
2027-05-03T10:05:00+03:00

Корреспондент «Северной Поймы» побывал утром в Журавлином, где ночью размыло дамбу рыбного пруда. Арендатор пруда Виктор Ермолаев уверяет, что беда случилась из-за забитого водосброса.

«Водосброс забило ветками и мусором после ливней на прошлой неделе. Я дважды писал в сельскую администрацию, что его надо чистить», — сказал Ермолаев нашему корреспонденту.

По словам представителя областного управления ГСЧС Оксаны Лутай, подтоплено около 40 домов, из зоны подтопления эвакуировали более ста жителей. Пострадавших нет.

Ширина промоины, по оценке спасателей, — около 12 метров. Рыбак Степан Гордиенко, который живёт у самого пруда, рассказал, что около половины третьего ночи услышал «глухой удар, как будто упало дерево».

Сейчас спасатели откачивают воду насосами, жителей временно разместили в местной школе.
""",
"03_en.txt": """Fish-pond dam bursts in Ukrainian village, 43 homes flooded
Eastgate Courier
Mon, 03 May 2027 16:30:00 +0000

An earthen dam holding back a fish pond gave way overnight in the Ukrainian village of Zhuravlynne, flooding 43 homes, the regional newspaper Siverskyi Visnyk reported on Monday.

The breach in the dam, built in 1978, is about 15 metres wide, according to the paper, whose correspondent reached the village in the early hours. Village head Petro Vakulenko told Siverskyi Visnyk that 120 people, including 31 children, had been taken out of the flooded houses.

"The main thing is that everyone is alive. We will dry out the houses, but the dam has to be built from scratch," Vakulenko said.

Emergency crews were pumping water out of yards, and the water level began to fall at around 6 a.m., the paper said.
""",
}, [(SV, True), (SP, True)],
[(SV, "01_ru.txt"), (SV, "03_en.txt")],
[("An earthen fish-pond dam burst overnight in the village of Zhuravlynne and flooded houses.", ["00_uk.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"]),
 ("43 houses were flooded.", ["00_uk.txt", "01_ru.txt", "03_en.txt"]),
 ("120 people, including 31 children, were taken out of the flooded houses.", ["00_uk.txt", "01_ru.txt", "03_en.txt"]),
 ("The breach in the dam is 15 metres wide.", ["00_uk.txt", "01_ru.txt", "03_en.txt"]),
 ("The dam was built in 1978.", ["00_uk.txt", "01_ru.txt", "03_en.txt"]),
 ("Resident Halyna Sydoruk said the water came at three in the morning.", ["00_uk.txt", "01_ru.txt"]),
 ("The pond's leaseholder Viktor Yermolaev blamed a spillway clogged with branches and debris.", ["02_ru.txt"])])

# r02: ru own report (Луговой Вестник, "рассказал нашему корреспонденту") -> UNCREDITED uk translation
# (Вербовий Край) that keeps the first person ("розповів нашому кореспондентові") and has a date-only
# date line on the same day; en relay crediting Lugovoy Vestnik.
story("r02_translation_keeps_first_person_depot_fire", "translation", {
"00_ru.txt": """В Светлоборске ночью сгорели семь троллейбусов
Луговой Вестник
2027-05-14 09:40

Ночью в троллейбусном депо Светлоборска произошёл пожар: огонь уничтожил семь троллейбусов, ещё три повреждены. Пожар начался около двух часов ночи в дальнем боксе, где машины стояли на ночной стоянке.

Директор депо Андрей Сомов рассказал нашему корреспонденту, что предварительная версия — короткое замыкание в проводке одного из старых троллейбусов. «Машины стояли вплотную, огонь перекидывался с одной на другую за минуты. Сторож вызвал пожарных сразу, но спасти удалось только крайние», — сказал Сомов.

Пострадавших нет. Пожарные потушили огонь к четырём часам утра, в тушении участвовали 26 человек.

С утра маршруты №3 и №5 обслуживают автобусы, сообщили в городской администрации. Ущерб в депо пока не подсчитали.
""",
"01_uk.txt": """У Світлоборську вночі згоріло сім тролейбусів
Вербовий Край
14.05.2027

Уночі в тролейбусному депо Світлоборська сталася пожежа: вогонь знищив сім тролейбусів, ще три пошкоджено. Пожежа почалася близько другої ночі в дальньому боксі, де машини стояли на нічній стоянці.

Директор депо Андрій Сомов розповів нашому кореспондентові, що попередня версія — коротке замикання в проводці одного зі старих тролейбусів. «Машини стояли впритул, вогонь перекидався з однієї на іншу за лічені хвилини. Сторож викликав пожежників одразу, але врятувати вдалося тільки крайні», — сказав Сомов.

Постраждалих немає. Пожежники загасили вогонь до четвертої ранку, в гасінні брали участь 26 осіб.

Зранку маршрути №3 і №5 обслуговують автобуси, повідомили в міській адміністрації. Збитків у депо поки не підрахували.
""",
"02_en.txt": """Seven trolleybuses destroyed in overnight depot fire in Svetloborsk
The Harrowgate Ledger
2027-05-14T15:10:00+00:00

Fire destroyed seven trolleybuses and damaged three more at the trolleybus depot in the town of Svetloborsk overnight, the Russian-language local paper Lugovoy Vestnik reported on Friday.

The depot's director, Andrei Somov, told Lugovoy Vestnik that a short circuit in the wiring of one of the older vehicles was the preliminary explanation. Nobody was hurt.

Buses are running on routes 3 and 5 instead, the paper said, citing the town administration.
""",
}, [(LV, True)],
[(LV, "01_uk.txt"), (LV, "02_en.txt")],
[("A fire at the Svetloborsk trolleybus depot destroyed seven trolleybuses and damaged three more.", ["00_ru.txt", "01_uk.txt", "02_en.txt"]),
 ("Depot director Andrei Somov named a short circuit in the wiring of an old trolleybus as the preliminary cause.", ["00_ru.txt", "01_uk.txt", "02_en.txt"]),
 ("26 firefighters put the fire out by four in the morning.", ["00_ru.txt", "01_uk.txt"]),
 ("Buses replaced trolleybuses on routes 3 and 5.", ["00_ru.txt", "01_uk.txt", "02_en.txt"])])

# r03: ru own report (Вечерний Затон, correspondent at the fire) -> CREDITED uk translation (Зоряна
# Долина, "Переклад матеріалу видання «Вечерний Затон»" at the end); an INDEPENDENT uk report
# (Сіверський Вісник, own correspondent, director and mechanic, "близько двох тисяч тонн", arson).
# Place name differs by language: Ольховка (ru) / Вільхівка (uk).
story("r03_credited_translation_elevator_fire", "translation", {
"00_uk.txt": """Пожежа на елеваторі у Вільхівці: директорка агрофірми не виключає підпалу
Сіверський Вісник
2027-05-20 18:30

Директорка агрофірми «Степовий колос» Людмила Бондар не виключає, що елеватор у Вільхівці підпалили. «За тиждень до пожежі нам погрожували через борги за оренду землі, ми писали заяву в поліцію», — сказала вона кореспондентові «Сіверського Вісника», який приїхав на місце в четвер уранці.

Пожежа на елеваторі спалахнула в ніч на четвер. За словами Бондар, згоріло «близько двох тисяч тонн» насіння соняшнику, а також нова зерносушарка, куплена минулої осені.

Механік агрофірми Василь Оліфіренко розповів, що вогонь гасили «до самого ранку», пожежники приїхали з райцентру та сусіднього села. Дах одного із силосів обвалився.

Поліція відкрила кримінальне провадження за фактом пожежі.
""",
"01_ru.txt": """В Ольховке сгорел элеватор: уничтожено 2300 тонн подсолнечника
Вечерний Затон
2027-05-20 11:15

В селе Ольховка ночью горел элеватор агрофирмы «Степной колос». По данным пожарных, огонь уничтожил около 2300 тонн семян подсолнечника, обрушилась крыша одного из силосов, сообщает корреспондент «Вечернего Затона» с места пожара.

Сторож элеватора Николай Гринько рассказал, что заметил дым над сушилкой около полуночи. «Сначала думал, что это пар из сушилки, а потом увидел огонь под крышей», — сказал он «Вечернему Затону».

Начальник районной пожарной части Сергей Ткач сообщил, что тушение продолжалось почти девять часов, в нём участвовали 11 расчётов. По его словам, наиболее вероятная причина — перегрев сушильного оборудования.

В агрофирме ущерб пока не оценили. Пострадавших нет.
""",
"02_uk.txt": """У Вільхівці згорів елеватор: знищено 2300 тонн соняшнику
Зоряна Долина
20.05.2027 16:40

У селі Вільхівка вночі горів елеватор агрофірми «Степовий колос». За даними пожежників, вогонь знищив близько 2300 тонн насіння соняшнику, обвалився дах одного із силосів, повідомляє кореспондент «Вечернего Затона» з місця пожежі.

Сторож елеватора Микола Гринько розповів, що помітив дим над сушаркою близько опівночі. «Спочатку думав, що це пара із сушарки, а потім побачив вогонь під дахом», — сказав він «Вечерньому Затону».

Начальник районної пожежної частини Сергій Ткач повідомив, що гасіння тривало майже дев'ять годин, у ньому брали участь 11 розрахунків. За його словами, найімовірніша причина — перегрів сушильного обладнання.

В агрофірмі збитків поки не оцінили. Постраждалих немає.

Переклад матеріалу видання «Вечерний Затон».
""",
}, [(VZ, True), (SV, True)],
[(VZ, "02_uk.txt")],
[("A fire broke out overnight at the grain elevator of the farm company Stepovyi Kolos in Vilkhivka (Olkhovka).", ["00_uk.txt", "01_ru.txt", "02_uk.txt"]),
 ("The roof of one of the elevator's silos collapsed.", ["00_uk.txt", "01_ru.txt", "02_uk.txt"]),
 ("About 2,300 tonnes of sunflower seeds were destroyed.", ["01_ru.txt", "02_uk.txt"]),
 ("Eleven fire crews fought the fire for almost nine hours.", ["01_ru.txt", "02_uk.txt"]),
 ("The district fire chief named overheating of the drying equipment as the most likely cause.", ["01_ru.txt", "02_uk.txt"]),
 ("The company's director Liudmyla Bondar does not rule out arson.", ["00_uk.txt"])])

# r04: uk own report (Вербовий Край, quote given to it, correspondent at the museum) -> CREDITED ru
# translation (Северная Пойма, "Перевод материала издания «Вербовий Край»") -> en relay crediting
# only Severnaya Poyma (edge from Северная Пойма). Place: Козачий Брід (uk) / Казачий Брод (ru, en).
story("r04_credited_translation_chain_coin_hoard", "chain", {
"00_uk.txt": """Тракторист із Козачого Броду виорав глечик зі срібними монетами XVII століття
Вербовий Край
2027-05-24 10:00

Під час оранки поля біля села Козачий Брід тракторист Іван Дудник виорав глиняний глечик, у якому було 412 срібних монет. «Плуг зачепив щось тверде, я зупинився і побачив черепки, а між ними — монети, чорні від землі», — розповів Дудник «Вербовому Краю».

Він одразу зателефонував до сільради, а там викликали поліцію. Знахідку передали до обласного краєзнавчого музею.

Завідувачка відділу археології музею Алла Кравець, яку кореспондент «Вербового Краю» застав у музеї, попередньо датувала монети першою половиною XVII століття. За її словами, більшість — польські та шведські гроші й півторагроші. «Такий скарб могли закопати під час війни або епідемії. Повністю ми його опишемо за кілька місяців», — сказала Кравець.
""",
"01_ru.txt": """Тракторист из Казачьего Брода выпахал кувшин с серебряными монетами XVII века
Северная Пойма
2027-05-24 19:25

Во время вспашки поля возле села Казачий Брод тракторист Иван Дудник выпахал глиняный кувшин, в котором было 412 серебряных монет. «Плуг зацепил что-то твёрдое, я остановился и увидел черепки, а между ними — монеты, чёрные от земли», — рассказал Дудник изданию «Вербовий Край».

Он сразу позвонил в сельсовет, а там вызвали полицию. Находку передали в областной краеведческий музей.

Заведующая отделом археологии музея Алла Кравец предварительно датировала монеты первой половиной XVII века. По её словам, большинство — польские и шведские гроши и полтораки. «Такой клад могли закопать во время войны или эпидемии. Полностью мы его опишем через несколько месяцев», — сказала Кравец.

Перевод материала издания «Вербовий Край».
""",
"02_en.txt": """Tractor driver ploughs up jug of 17th-century silver coins
Eastgate Courier
2027-05-25T08:00:00+00:00

A tractor driver ploughing a field near the village of Kazachy Brod turned up a clay jug holding 412 silver coins, the Russian-language news site Severnaya Poyma reported on Monday.

The driver, Ivan Dudnik, said the plough had caught on something hard. "I stopped and saw shards, and between them coins, black with soil," he was quoted as saying.

Alla Kravets, head of archaeology at the regional museum, provisionally dated the coins to the first half of the 17th century, Severnaya Poyma said. Most of them are Polish and Swedish groschen.
""",
}, [(VK, True)],
[(VK, "01_ru.txt"), (SP, "02_en.txt")],
[("A tractor driver ploughed up a clay jug holding 412 silver coins near the village of Kozachyi Brid (Kazachy Brod).", ["00_uk.txt", "01_ru.txt", "02_en.txt"]),
 ("The museum's head of archaeology Alla Kravets dated the coins to the first half of the 17th century.", ["00_uk.txt", "01_ru.txt", "02_en.txt"]),
 ("Most of the coins are Polish and Swedish groschen.", ["00_uk.txt", "01_ru.txt", "02_en.txt"]),
 ("The find was handed over to the regional museum of local history.", ["00_uk.txt", "01_ru.txt"])])

# r05: origin outside the corpus (regional TV channel «Ясна Хвиля», ru «Ясна Хвыля», en Yasna Khvylia)
# relayed by four articles: ru, uk, en WITHOUT an outlet line, ru. The two ru relays and the uk relay
# read alike (same source) but none is a translation of another: every edge is from the channel.
story("r05_outside_tv_channel_water_outbreak", "outside_origin", {
"00_ru.txt": """В Студенце 68 человек госпитализированы с кишечной инфекцией
Луговой Вестник
2027-06-02 08:10

В городе Студенец 68 человек, в том числе 23 ребёнка, попали в больницу с кишечной инфекцией. Об этом во вторник вечером сообщил областной телеканал «Ясна Хвыля».

По данным телеканала, вспышку связывают с порывом водопровода на улице Заводской в воскресенье: после ремонта в сеть могла попасть загрязнённая вода. Начальница областного управления здравоохранения Наталья Гуменюк заявила в эфире канала, что состояние всех госпитализированных стабильное.

Жителям рекомендуют пить только кипячёную или бутилированную воду.
""",
"01_uk.txt": """У Студенці 68 людей госпіталізували з кишковою інфекцією
Зоряна Долина
02.06.2027 09:30

У Студенці до лікарні з кишковою інфекцією потрапили 68 людей, серед них 23 дитини. Про це повідомив обласний телеканал «Ясна Хвиля».

Як зазначає телеканал, спалах пов'язують із поривом водогону на вулиці Заводській у неділю. Очільниця обласного управління охорони здоров'я Наталія Гуменюк в ефірі каналу сказала, що стан усіх госпіталізованих стабільний.

Мешканцям радять пити лише кип'ячену або бутильовану воду. У мікрорайони, які живляться від пошкодженої ділянки, питну воду підвозять цистернами.
""",
"02_en.txt": """Dozens in hospital after water main burst in Ukrainian town

2027-06-02T11:45:00+00:00

Sixty-eight people, 23 of them children, have been taken to hospital with an intestinal infection in the Ukrainian town of Studenets, the regional TV channel Yasna Khvylia reported on Tuesday.

The outbreak is being linked to a water main that burst on Zavodska Street on Sunday, the channel said. The head of the regional health department, Nataliia Humeniuk, told the broadcaster that all patients were in a stable condition.
""",
"03_ru.txt": """Вспышка кишечной инфекции в Студенце: в больницах 68 человек
Вечерний Затон
2027-06-02 13:00

Как сообщил в вечернем выпуске новостей телеканал «Ясна Хвиля», после порыва водопровода на улице Заводской в Студенце с кишечной инфекцией госпитализированы 68 человек, из них 23 ребёнка.

По данным телеканала, все пациенты в стабильном состоянии. В микрорайоны, где нет воды, питьевую воду подвозят цистернами. Горожан просят не пить воду из-под крана без кипячения.
""",
}, [(YK, False)],
[(YK, "00_ru.txt"), (YK, "01_uk.txt"), (YK, "02_en.txt"), (YK, "03_ru.txt")],
[("68 people in Studenets, including 23 children, were hospitalised with an intestinal infection.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"]),
 ("The outbreak is linked to a burst water main on Zavodska Street.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"]),
 ("All hospitalised patients are in a stable condition.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"]),
 ("Residents are advised not to drink unboiled tap water (boiled or bottled water only).", ["00_ru.txt", "01_uk.txt", "03_ru.txt"]),
 ("Drinking water is being delivered by water trucks.", ["01_uk.txt", "03_ru.txt"])])

# r06: two INDEPENDENT own reports of the same rally, uk (Вербовий Край) and ru (Луговой Вестник,
# published EARLIER), both quoting the same chief doctor on the same point, different witnesses,
# different crowd figures, different order: the ru is not a translation. en relay credits Verbovyi
# Krai; a uk article credits both outlets (two edges, two roots).
story("r06_two_independent_reports_maternity_ward", "independent", {
"00_uk.txt": """У Криничному мітингували проти закриття пологового відділення
Вербовий Край
2027-06-08 17:20

Близько 300 людей зібралися у вівторок опівдні біля центральної районної лікарні в Криничному, щоб протестувати проти закриття пологового відділення, передає кореспондент «Вербового Краю».

Медсестра відділення Тетяна Мельничук, яка працює тут 22 роки, розповіла нашому кореспондентові, що колектив дізнався про закриття з оголошення на дверях. «Нам навіть не сказали в очі. Куди тепер їхати породіллям — за 70 кілометрів?» — сказала вона.

Головний лікар Олег Савчук вийшов до мітингувальників. Він пояснив, що відділення припинить роботу з 1 липня, бо навесні з лікарні звільнилися обидва анестезіологи, а без них приймати пологи не дозволено. «Я не закриваю відділення, я не маю права ризикувати життям жінок», — сказав Савчук.

Учасники мітингу зібрали понад 1500 підписів під зверненням до обласної ради.
""",
"01_ru.txt": """«Рожать поедем в поле?»: жители Криничного вышли против закрытия роддома
Луговой Вестник
2027-06-08 15:50

Ирина Лысенко на седьмом месяце беременности. После 1 июля до ближайшего роддома ей придётся ехать больше часа. «Рожать поедем в поле?» — спросила она у главврача, стоя в толпе у районной больницы Криничного. Корреспондент «Лугового Вестника» насчитал на акции не менее 250 человек.

Главный врач больницы Олег Савчук не стал уходить от разговора. По его словам, родильное отделение закроется с 1 июля: в больнице не осталось ни одного анестезиолога. «Два специалиста уволились в марте, замену найти не можем. Без анестезиолога принимать роды нельзя», — объяснил он нашему корреспонденту.

Местный депутат Геннадий Рябоконь пообещал вынести вопрос на сессию районного совета. Пенсионер Михаил Чуб, который пришёл на акцию с внучкой, сказал, что сам родился в этой больнице.
""",
"02_en.txt": """Hundreds protest over maternity ward closure in Ukrainian town
The Harrowgate Ledger
2027-06-09T07:30:00+00:00

About 300 people rallied outside the district hospital in the Ukrainian town of Krynychne on Tuesday against the planned closure of its maternity ward, the regional news site Verbovyi Krai reported.

Chief doctor Oleh Savchuk told the protesters the ward would stop working on July 1 because both of the hospital's anaesthetists had quit in the spring, according to Verbovyi Krai. A nurse told the site that staff had learned of the closure from a notice on the door.

Protesters collected more than 1,500 signatures for an appeal to the regional council, the site said.
""",
"03_uk.txt": """Пологове відділення в Криничному закриють з 1 липня
Зоряна Долина
09.06.2027 10:15

Пологове відділення центральної районної лікарні в Криничному припинить роботу з 1 липня. Про це у вівторок на мітингу біля лікарні заявив головний лікар Олег Савчук, повідомили видання «Вербовий Край» та «Луговой Вестник».

Причина — у лікарні не лишилося жодного анестезіолога: обидва звільнилися навесні. На акцію протесту прийшли кілька сотень мешканців.
""",
}, [(VK, True), (LV, True)],
[(VK, "02_en.txt"), (VK, "03_uk.txt"), (LV, "03_uk.txt")],
[("The maternity ward of the district hospital in Krynychne will close on July 1.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"]),
 ("Chief doctor Oleh Savchuk said the hospital has no anaesthetists left because both quit in spring.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"]),
 ("About 300 people protested outside the hospital.", ["00_uk.txt", "02_en.txt"]),
 ("At least 250 people took part in the protest.", ["01_ru.txt"]),
 ("Protesters collected more than 1,500 signatures for an appeal to the regional council.", ["00_uk.txt", "02_en.txt"]),
 ("Staff learned of the closure from a notice on the door.", ["00_uk.txt", "02_en.txt"]),
 ("Local deputy Hennadii Ryabokon promised to raise the issue at a district council session.", ["01_ru.txt"])])


def roots(article, origins, relays, outlet):
    """Distinct roots of an article: follow relay edges back; own reporting (no edge) is a root."""
    edges = [o for o, a in relays if a == article]
    if not edges:
        assert outlet.get(article) in {n for n, _ in origins}, (article, outlet.get(article))
        return {outlet[article]}
    out = set()
    for o in edges:
        src = [a for a, n in outlet.items() if n == o]
        if src:  # credited or copied outlet is in this story: go on to its roots
            for a in src:
                out |= roots(a, origins, relays, outlet)
        else:  # origin outside the corpus
            out.add(o)
    return out


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    labels = {"about": "Hand-written provenance test set 43 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        outlet = {}
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
            second = text.split("\n")[1].strip()
            if second and not second[0].isdigit():
                outlet[name] = second
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, a
            assert o in names or o in outlet.values(), o
        cl = []
        for text, arts_of in claims:
            for a in arts_of:
                assert a in arts, a
            r = set()
            for a in arts_of:
                r |= roots(a, origins, relays, outlet)
            cl.append({"text": text, "articles": sorted(arts_of), "independent_sources": len(r)})
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": cl,
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s["articles"]) for s in labels["stories"])
    print(f"{len(labels['stories'])} stories, {n} articles")


if __name__ == "__main__":
    main()
