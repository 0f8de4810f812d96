#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand15 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: outside German wire agency NND (Nordwestdeutscher Nachrichtendienst), credited in a German
# dateline "HALDERN (nnd) –" + closing "(nnd)", an English "(NND)" closing a paragraph, a Russian
# "— сообщает немецкое агентство NND" and a Ukrainian "пише … агентство NND". The fire brigade,
# the plant and the district office are not origins.
story("p01_agency_chemical_leak", "agency", {
"00_de.txt": """Säuredampf über Haldern: Anwohner sollen Fenster geschlossen halten
Rheinauer Tageblatt
2026-12-01T16:45:00+01:00

HALDERN (nnd) – Nach dem Austritt von Salzsäure auf dem Gelände des Chemiehändlers Brückmann & Sohn im Gewerbegebiet Haldern-Ost hat der Kreis die Anwohner am Dienstag aufgefordert, Fenster und Türen geschlossen zu halten. Aus einem undichten Tank waren nach Angaben der Feuerwehr rund 4.000 Liter der Säure in eine Auffangwanne gelaufen, ein Teil verdampfte.

Zwei Mitarbeiter kamen mit Atemwegsreizungen ins Krankenhaus, sie sollen die Klinik noch am Abend verlassen können. Die Feuerwehr war mit 85 Kräften im Einsatz und schlug die Dampfwolke mit einem Wasservorhang nieder. Die Kreisstraße 14 blieb bis in den Nachmittag gesperrt.

„Für die Bevölkerung besteht nach unseren Messungen keine Gefahr mehr“, sagte Kreisbrandmeister Jörg Willenbrock. Warum der Tank leck schlug, ist noch unklar. (nnd)
""",
"01_ru.txt": """В Германии из-за утечки кислоты жителей попросили не открывать окна
Приречный вестник
01.12.2026 19:20

Около 4000 литров соляной кислоты вытекли во вторник из резервуара на складе химической компании Brückmann & Sohn в промзоне немецкого города Хальдерн, сообщает немецкое агентство NND. Часть кислоты испарилась, и над промзоной поднялось облако едких паров.

Власти района попросили жителей держать окна и двери закрытыми. Двое сотрудников склада с раздражением дыхательных путей попали в больницу. На месте работали 85 пожарных, которые осаживали облако водяной завесой; ближайшую дорогу перекрыли до середины дня.

«По нашим замерам, опасности для населения больше нет», — приводит агентство слова районного брандмейстера Йорга Вилленброка. Причина утечки пока не установлена.
""",
"02_en.txt": """Acid vapour cloud prompts stay-indoors warning in German town
Eastgate Monitor
Tue, 01 Dec 2026 18:05:00 +0000

Residents of the German town of Haldern were told to keep their windows shut on Tuesday after about 4,000 litres of hydrochloric acid leaked from a storage tank at a chemicals distributor, Brückmann & Sohn. (NND)

Part of the acid evaporated in a containment basin, sending a cloud of fumes over the Haldern-Ost industrial estate. Two employees were taken to hospital with breathing problems but were expected to be released the same evening.

Some 85 firefighters used a curtain of water spray to knock the cloud down. District fire chief Jörg Willenbrock said measurements showed there was no longer any danger to the public. It was not yet known why the tank failed, the German agency said.
""",
"03_uk.txt": """У німецькому місті через витік кислоти людей попросили не відчиняти вікна
Лиманські вісті
2026-12-01 21:10

Близько 4 тисяч літрів соляної кислоти витекло у вівторок із резервуара на складі хімічної компанії Brückmann & Sohn у німецькому місті Гальдерн, пише німецьке інформаційне агентство NND. Частина кислоти випарувалася.

Районна влада закликала мешканців тримати вікна й двері зачиненими. Двох працівників складу з подразненням дихальних шляхів доправили до лікарні. Пожежники — 85 осіб — збивали хмару парів водяною завісою.

Районний брандмейстер Йорг Вілленброк запевнив, що загрози для населення вже немає. Чому резервуар дав течу, наразі невідомо.
""",
}, [("NND", False)],
[("NND", a) for a in ("00_de.txt", "01_ru.txt", "02_en.txt", "03_uk.txt")],
[("About 4,000 litres of hydrochloric acid leaked from a tank at Brückmann & Sohn in Haldern; residents told to keep windows shut", ["00_de.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1)])

# p02: chain of four. A (uk) own report: "Ми побували в школі у вівторок" + "розповіла нашій
# кореспондентці"; B (en) credits A; C (ru) credits only B; D (de) credits only C.
story("p02_chain_school_heating", "chain", {
"00_uk.txt": """У новій школі на Заводській класи прогріваються до 14 градусів
Лиманські вісті
2026-11-24 09:30

Нова школа №7 на вулиці Заводській у Лиманові, яку відкрили у вересні за 186 мільйонів гривень, узимку не може прогріти класи. Ми побували в школі у вівторок зранку: у класах на третьому поверсі термометри показували 13–14 градусів, діти сиділи в куртках.

«Батареї ледь теплі, а в спортзалі взагалі 11 градусів, — розповіла нашій кореспондентці вчителька початкових класів Галина Шевчук. — Ми вже двічі писали в управління освіти».

За нормами в класах має бути не менше 18 градусів. Директорка школи Марина Лук'яненко підтвердила проблему і сказала, що підрядник, ТОВ «Теплобуд-Схід», досі не налаштував тепловий пункт. Підрядник на наші запитання не відповів. Управління освіти пообіцяло перевірку до кінця тижня.
""",
"01_en.txt": """Pupils wear coats in class at new school that cost 186m hryvnias
Eastgate Monitor
2026-11-24T15:00:00+00:00

Children at a brand-new school in the Ukrainian city of Lymaniv are wearing their coats in lessons because classrooms cannot be heated above 14C, the local news site Lymanski Visti reported on Tuesday after visiting the building.

School No. 7, which opened in September at a cost of 186 million hryvnias, had classroom temperatures of 13–14C on its third floor and 11C in the gym, the site found. A primary teacher, Halyna Shevchuk, told Lymanski Visti that staff had complained twice to the city's education department.

Regulations require at least 18C in classrooms. According to the site, head teacher Maryna Lukianenko blamed the contractor, Teplobud-Skhid, for failing to set up the heating substation.
""",
"02_ru.txt": """Дети в новой украинской школе сидят на уроках в куртках
Приречный вестник
24.11.2026 18:40

В новой школе в украинском Лиманове температура в классах не поднимается выше 14 градусов, а в спортзале — 11. Об этом рассказывает англоязычное издание Eastgate Monitor.

Школу №7 открыли в сентябре, её строительство обошлось в 186 млн гривен. По данным Eastgate Monitor, учителя уже дважды жаловались в городское управление образования, а директор школы винит подрядчика — фирму «Теплобуд-Восток», которая так и не наладила тепловой пункт. Норма для классов — не менее 18 градусов.
""",
"03_de.txt": """Neue Schule in der Ukraine: Kinder frieren im Unterricht
Netzblick

In einer erst im September eröffneten Schule im ukrainischen Lymaniw sitzen Kinder in Jacken im Unterricht, weil die Klassenräume nicht wärmer als 14 Grad werden. Das meldet das russischsprachige Onlineportal Pritschny Westnik.

Der Bau der Schule Nr. 7 hat 186 Millionen Hrywnja gekostet. In der Turnhalle sollen es nur 11 Grad sein, vorgeschrieben sind in Klassenzimmern mindestens 18. Laut dem Portal macht die Schulleiterin die Baufirma verantwortlich, die die Übergabestation für die Heizung nicht richtig eingestellt habe.
""",
}, [("Лиманські вісті", True)],
[("Лиманські вісті", "01_en.txt"), ("Eastgate Monitor", "02_ru.txt"), ("Приречный вестник", "03_de.txt")],
[("Classrooms at Lymaniv's new School No. 7 (186m hryvnias) reach only 13-14C; the gym 11C", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], 1)])

# p03: correction. A (en) own report at the scene: "a Gazette reporter who reached the river bank";
# B (ru) relays A; C (de) corrects A ("Anders als zunächst von … berichtet") and adds its own call to
# the city ("sagte … dem Kurier am Telefon"): edge from A, and C a second origin.
story("p03_correction_bridge", "correction", {
"00_en.txt": """Barge smashes into Velsen bridge, span reported collapsed
The Harwick Gazette
2026-11-27T07:50:00+00:00

A gravel barge rammed the Lindenbrücke road bridge in the German port town of Velsen late on Thursday, and part of the span collapsed into the river, a Gazette reporter who reached the river bank shortly after 11pm saw.

Police cordoned off both approaches and river traffic was halted. Three crew members were pulled from the water by a fire-brigade boat; one was taken to hospital with hypothermia, a firefighter at the scene said.

The 1962 bridge carries around 9,000 vehicles a day across the Velse. Witnesses told this newspaper they heard "a bang like an explosion" before the barge swung sideways into the current.
""",
"01_ru.txt": """В Германии баржа снесла часть автомобильного моста
Балтийский перекрёсток
27.11.2026 11:15

В немецком портовом городе Фельзен в четверг поздно вечером баржа с гравием врезалась в автомобильный мост Линденбрюкке, часть пролёта обрушилась в реку, пишет британская газета The Harwick Gazette со ссылкой на своего корреспондента, побывавшего на месте.

Троих членов экипажа вытащили из воды, одного с переохлаждением увезли в больницу. Движение по реке остановлено, подъезды к мосту перекрыты. По мосту 1962 года постройки ежедневно проезжают около 9 тысяч машин.
""",
"02_de.txt": """Lindenbrücke nach Schiffsunfall gesperrt – aber nicht eingestürzt
Ostholmer Kurier
27. November 2026

Anders als zunächst von der britischen Zeitung Harwick Gazette berichtet, ist die Velsener Lindenbrücke nach dem Zusammenstoß mit einem Kiesfrachter am Donnerstagabend nicht eingestürzt. „Eingestürzt ist nichts. Ein Stück des Geländers und eine Gasleitung unter dem Überbau wurden abgerissen, das hat von Weitem wohl dramatisch ausgesehen“, sagte Stadtsprecherin Anja Terhoeven dem Kurier am Freitagmorgen am Telefon.

Die Brücke bleibt dennoch mindestens bis Montag für den Verkehr gesperrt, bis Statiker den Pfeiler untersucht haben. Drei Besatzungsmitglieder des Frachters waren ins Wasser gestürzt und wurden von der Feuerwehr gerettet, einer kam mit Unterkühlung ins Krankenhaus. Die Schifffahrt auf der Velse ist seit Freitag früh wieder freigegeben.
""",
}, [("The Harwick Gazette", True), ("Ostholmer Kurier", True)],
[("The Harwick Gazette", "01_ru.txt"), ("The Harwick Gazette", "02_de.txt")],
[("A gravel barge struck the Lindenbrücke in Velsen on Thursday night; three crew rescued from the water, one in hospital", ["00_en.txt", "01_ru.txt", "02_de.txt"], 2)])

# p04: two sources for two claims in one article. Outside Austrian-style agency Tauernpress (TP)
# for the closure, outside regional broadcaster Bergland TV for the injured. de and fr credit both
# (two edges each); ru only the agency, en only the TV station.
story("p04_two_sources_avalanche", "two_sources", {
"00_de.txt": """Lawine verschüttet Passstraße – vier Verletzte
Netzblick
2026-12-03 13:20

Eine Lawine hat am Mittwochmorgen die Straße über den Krennjoch-Pass auf einer Länge von rund 200 Metern verschüttet. Die Strecke bleibt nach Angaben der Nachrichtenagentur Tauernpress mindestens bis Freitag gesperrt, weil oberhalb weitere Schneebretter drohen.

Vier Menschen wurden verletzt, als die Lawine zwei Autos von der Fahrbahn drückte – das berichtete der Regionalsender Bergland TV, dessen Team am Vormittag an der Unglücksstelle drehte. Eine Frau sei schwer verletzt mit dem Hubschrauber geflogen worden.
""",
"01_ru.txt": """Лавина засыпала альпийскую перевальную дорогу
Приречный вестник
03.12.2026 15:00

В Альпах лавина в среду утром засыпала дорогу через перевал Креннйох на участке длиной около 200 метров, передает агентство Тауэрнпресс. Трассу закрыли как минимум до пятницы: выше по склону, по оценкам лавинной службы, может сойти ещё несколько снежных досок.

Спасатели расчищают дорогу с обеих сторон. Жителей двух деревень за перевалом, как уточняет агентство, пока снабжают по объездной дороге через долину Эрль, что удлиняет путь на 70 километров.
""",
"02_en.txt": """Four hurt as avalanche sweeps cars off Alpine pass road
Eastgate Monitor
Wed, 03 Dec 2026 14:10:00 +0000

Four people were injured on Wednesday morning when an avalanche pushed two cars off the road over the Krennjoch pass, regional broadcaster Bergland TV reported.

Footage filmed by the station's crew showed one of the cars lying on its roof some 30 metres below the road. A woman was flown to hospital by helicopter with serious injuries; the three others, including a nine-year-old boy, were less badly hurt, Bergland TV said.
""",
"03_fr.txt": """Une avalanche coupe la route du col de Krennjoch et fait quatre blessés
Le Courrier de Sarlonges
3 décembre 2026

La route du col de Krennjoch restera fermée au moins jusqu'à vendredi, après qu'une avalanche l'a ensevelie mercredi matin sur près de 200 mètres, rapporte l'agence de presse Tauernpress.

L'avalanche a balayé deux voitures : quatre personnes ont été blessées, dont une femme héliportée dans un état grave, selon les images et les informations de la télévision régionale Bergland TV.
""",
}, [("Tauernpress", False), ("Bergland TV", False)],
[("Tauernpress", "00_de.txt"), ("Bergland TV", "00_de.txt"), ("Tauernpress", "01_ru.txt"),
 ("Bergland TV", "02_en.txt"), ("Tauernpress", "03_fr.txt"), ("Bergland TV", "03_fr.txt")],
[("The Krennjoch pass road, buried by an avalanche over about 200 m, stays closed at least until Friday", ["00_de.txt", "01_ru.txt", "03_fr.txt"], 1),
 ("Four people injured when the avalanche pushed two cars off the road; a woman flown to hospital", ["00_de.txt", "02_en.txt", "03_fr.txt"], 1)])

# p05: TV interview quoted by newspapers. Outside regional broadcaster Westmark-Fernsehen (WMF):
# "sagte … am Sonntagabend im Interview mit dem Regionalsender Westmark-Fernsehen"; ru "заявил в
# эфире немецкого регионального телеканала"; uk "в інтерв'ю телеканалу … (WMF)". The mayor is no origin.
story("p05_tv_interview_mayor", "tv_interview", {
"00_de.txt": """Bürgermeister von Kaltenried: Freibad bleibt 2027 geschlossen
Rheinauer Tageblatt
2026-11-30 08:15

Das Kaltenrieder Freibad wird im kommenden Sommer nicht öffnen. Das kündigte Bürgermeister Heiko Mertesacker am Sonntagabend im Interview mit dem Regionalsender Westmark-Fernsehen an. „Das Becken verliert jeden Tag rund 30 Kubikmeter Wasser, die Sanierung kostet mindestens 3,8 Millionen Euro. Das Geld haben wir schlicht nicht“, sagte er in der Sendung.

Mertesacker stellte im WMF-Interview in Aussicht, Busfahrten zum Hallenbad im Nachbarort zu bezuschussen. Der Förderverein des Freibads hat bereits eine Unterschriftensammlung angekündigt.
""",
"01_ru.txt": """Немецкий город закрывает бассейн: «Денег просто нет»
Балтийский перекрёсток
30.11.2026 12:40

Открытый бассейн немецкого городка Кальтенрид следующим летом не откроется. Об этом бургомистр Хайко Мертезакер заявил в воскресенье вечером в эфире регионального телеканала Westmark-Fernsehen.

По словам Мертезакера, чаша бассейна теряет около 30 кубометров воды в сутки, а ремонт обойдётся минимум в 3,8 млн евро. «Таких денег у нас просто нет», — сказал он телеканалу. Бургомистр пообещал субсидировать поездки горожан в крытый бассейн соседней общины.
""",
"02_uk.txt": """Німецьке містечко на рік закриває басейн через протікання
Сіверський кур'єр
2026-11-30 14:05

Відкритий басейн у німецькому Кальтенріді не працюватиме влітку 2027 року. Про це бургомістр Гайко Мертезакер сказав в інтерв'ю регіональному телеканалу «Вестмарк-Фернзеен» (WMF).

Басейн щодоби втрачає близько 30 кубометрів води, а ремонт коштуватиме щонайменше 3,8 мільйона євро. «Цих грошей у нас просто немає», — цитує телеканал очільника міста. Товариство друзів басейну вже оголосило збір підписів.
""",
}, [("Westmark-Fernsehen", False)],
[("Westmark-Fernsehen", a) for a in ("00_de.txt", "01_ru.txt", "02_uk.txt")],
[("Kaltenried's open-air pool will stay closed in summer 2027; repairs would cost at least 3.8 million euros", ["00_de.txt", "01_ru.txt", "02_uk.txt"], 1)])

# p06: a company press release in the corpus (document origin, outlet line = the company). A German
# local paper copies it almost word for word without any credit; ru "говорится в пресс-релизе";
# en "the company said in a press release on Wednesday".
story("p06_press_release_plant", "press_release", {
"00_de.txt": """Kessler Antriebstechnik baut neues Getriebewerk in Ostholm
Kessler Antriebstechnik
2026-12-02T10:00:00+01:00

Pressemitteilung

Die Kessler Antriebstechnik GmbH investiert 74 Millionen Euro in ein neues Werk für Industriegetriebe im Gewerbepark Ostholm-Süd. Auf einer Fläche von 38.000 Quadratmetern sollen ab Herbst 2028 jährlich bis zu 12.000 Getriebe für Windkraftanlagen und Förderbänder gefertigt werden. Geplant sind 260 neue Arbeitsplätze.

„Mit Ostholm gewinnen wir einen Standort mit Hafenanbindung und gut ausgebildeten Fachkräften“, sagt Geschäftsführerin Dr. Carola Kessler. Der erste Spatenstich ist für April 2027 vorgesehen.

Die Kessler Antriebstechnik GmbH mit Sitz in Rheinau beschäftigt derzeit rund 1.400 Mitarbeiterinnen und Mitarbeiter an drei Standorten.
""",
"01_de.txt": """74 Millionen Euro: Kessler baut Getriebewerk in Ostholm
Ostholmer Kurier
2026-12-02 15:30

Die Kessler Antriebstechnik GmbH investiert 74 Millionen Euro in ein neues Werk für Industriegetriebe im Gewerbepark Ostholm-Süd. Auf 38.000 Quadratmetern sollen ab Herbst 2028 jährlich bis zu 12.000 Getriebe für Windkraftanlagen und Förderbänder gefertigt werden, geplant sind 260 neue Arbeitsplätze.

„Mit Ostholm gewinnen wir einen Standort mit Hafenanbindung und gut ausgebildeten Fachkräften“, sagt Geschäftsführerin Dr. Carola Kessler. Der erste Spatenstich ist für April 2027 vorgesehen. Das Unternehmen aus Rheinau beschäftigt derzeit rund 1.400 Menschen an drei Standorten.
""",
"02_ru.txt": """Немецкий производитель редукторов построит завод за 74 млн евро
Приречный вестник
02.12.2026 17:50

Немецкая компания Kessler Antriebstechnik вложит 74 млн евро в новый завод промышленных редукторов в городе Остхольм, говорится в пресс-релизе компании, опубликованном в среду. С осени 2028 года там будут выпускать до 12 тысяч редукторов в год для ветряных электростанций и конвейеров.

На предприятии появятся 260 рабочих мест. Строительство на участке площадью 38 тысяч квадратных метров планируют начать в апреле 2027 года. Сейчас в компании работают около 1400 человек.
""",
"03_en.txt": """German gearbox maker to build 74m-euro plant
Eastgate Monitor
2026-12-02T16:20:00+00:00

Kessler Antriebstechnik, a German maker of industrial gearboxes, will invest 74 million euros in a new factory in the port town of Ostholm, the company said in a press release on Wednesday.

The plant, due to open in autumn 2028, will make up to 12,000 gearboxes a year for wind turbines and conveyor belts and employ 260 people. Managing director Carola Kessler said the site offered a port connection and skilled workers.
""",
}, [("Kessler Antriebstechnik", True)],
[("Kessler Antriebstechnik", a) for a in ("01_de.txt", "02_ru.txt", "03_en.txt")],
[("Kessler Antriebstechnik will invest 74 million euros in a gearbox plant in Ostholm with 260 jobs", ["00_de.txt", "01_de.txt", "02_ru.txt", "03_en.txt"], 1)])

# p07: an official's Telegram post as origin (outside the corpus): the head of the regional
# administration Taras Doroshenko. uk "написав у своєму телеграм-каналі"; ru "— следует из
# сообщения … в телеграме" (no outlet line: outlet only in the title suffix); de "schrieb … auf
# Telegram". The water utility is no origin.
story("p07_official_post_water", "official_post", {
"00_uk.txt": """Півміста Заріченська залишилося без води через аварію на насосній станції
Сіверський кур'єр
2026-11-26 08:10

Близько 40 тисяч мешканців лівобережної частини Заріченська з ночі четверга сидять без водопостачання. Про це голова обласної державної адміністрації Тарас Дорошенко написав у своєму телеграм-каналі о 6:50 ранку.

За його словами, на насосній станції №2 вийшли з ладу обидва головні насоси після стрибка напруги. «Ремонтні бригади вже на місці, орієнтовно воду дадуть до вечора п'ятниці», — зазначив Дорошенко. Він додав, що до житлових кварталів відправили 14 автоцистерн з питною водою, графік їхнього руху оприлюднить міськводоканал.
""",
"01_ru.txt": """40 тысяч жителей Зареченска остались без воды | Балтийский перекрёсток
2026-11-26 10:30

Около 40 тысяч жителей левобережья украинского Зареченска с ночи на четверг остались без воды — следует из сообщения главы областной администрации Тараса Дорошенко в телеграме.

Из-за скачка напряжения на насосной станции №2 сгорели оба основных насоса. Воду, как пообещал чиновник, дадут к вечеру пятницы. В жилые кварталы направлены 14 автоцистерн с питьевой водой.
""",
"02_de.txt": """Pumpen ausgefallen: 40.000 Menschen in ukrainischer Stadt ohne Wasser
Netzblick
26.11.2026 11:45

In der ukrainischen Stadt Saritschensk sind seit der Nacht zu Donnerstag rund 40.000 Menschen ohne fließendes Wasser. Das schrieb der Chef der Gebietsverwaltung, Taras Doroschenko, am Morgen auf Telegram.

Nach einem Spannungsstoß seien in der Pumpstation Nr. 2 beide Hauptpumpen ausgefallen. Die Reparatur solle bis Freitagabend dauern, bis dahin würden die Wohnviertel mit 14 Tankwagen versorgt.
""",
}, [("Тарас Дорошенко", False)],
[("Тарас Дорошенко", a) for a in ("00_uk.txt", "01_ru.txt", "02_de.txt")],
[("About 40,000 residents of Zarichensk without water after both main pumps at pumping station No. 2 failed", ["00_uk.txt", "01_ru.txt", "02_de.txt"], 1)])

# p08: a district administrator's post on X as origin (outside): Landrätin Friederike Albers.
# de relays it ("wie … auf der Plattform X mitteilte"); ru is an uncredited close translation of
# the de article (edge from Ostholmer Kurier); fr credits the post directly ("a écrit … sur X").
story("p08_official_post_ferry_copy", "official_post_copy", {
"00_de.txt": """Pellwerder-Fähre fährt ab Januar wieder – Kreis übernimmt Betrieb
Ostholmer Kurier
2026-11-28 19:00

Die seit August stillgelegte Fähre zwischen Ostholm und der Insel Pellwerder soll ab dem 12. Januar wieder fahren. Das teilte Landrätin Friederike Albers am Samstagnachmittag auf der Plattform X mit. Der Kreis übernehme den Betrieb selbst, nachdem der private Betreiber Insolvenz angemeldet hatte.

„Die Pellwerderinnen und Pellwerder waren lange genug abgeschnitten“, schrieb Albers. Die Fähre soll zunächst stündlich zwischen 6 und 21 Uhr pendeln, eine Einzelfahrt kostet 2,50 Euro. Auf der Insel leben rund 900 Menschen, die seit dem Sommer einen Umweg von 45 Kilometern über die Brücke bei Gerdshagen fahren müssen.
""",
"01_ru.txt": """Паром на остров Пельвердер снова будет ходить с января
Балтийский перекрёсток
2026-11-29 09:20

Остановленный в августе паром между немецким Остхольмом и островом Пельвердер снова начнёт ходить с 12 января. Эксплуатацию переправы возьмёт на себя сам район, после того как частный перевозчик объявил о банкротстве.

«Жители Пельвердера достаточно долго были отрезаны от мира», — написала глава района Фридерике Альберс. Паром будет курсировать каждый час с 6 до 21 часа, поездка в одну сторону стоит 2,50 евро. На острове живут около 900 человек, которым с лета приходится делать крюк в 45 километров через мост у Гердсхагена.
""",
"02_fr.txt": """Allemagne : le bac de l'île de Pellwerder reprendra du service en janvier
Le Courrier de Sarlonges
29 novembre 2026

Le bac reliant Ostholm à l'île de Pellwerder, à l'arrêt depuis août, reprendra ses rotations le 12 janvier, a annoncé samedi sur X la présidente de l'arrondissement, Friederike Albers. L'arrondissement exploitera lui-même la liaison, l'ancien exploitant privé ayant déposé le bilan.

Les quelque 900 habitants de l'île devaient depuis l'été faire un détour de 45 kilomètres par le pont de Gerdshagen.
""",
}, [("Friederike Albers", False)],
[("Friederike Albers", "00_de.txt"), ("Ostholmer Kurier", "01_ru.txt"), ("Friederike Albers", "02_fr.txt")],
[("The Ostholm-Pellwerder ferry, idle since August, will run again from 12 January, operated by the district", ["00_de.txt", "01_ru.txt", "02_fr.txt"], 1)])

# p09: outside Russian regional agency SIA Kedr. ru "передает корреспондент СИА «Кедр»" (dateline
# "ТАЙГИНСК, 30 ноября /СИА «Кедр»/."); en headline suffix "(SIA Kedr)"; de relays the agency
# ("meldet die sibirische Regionalagentur"); uk credits only the de portal (chain agency -> de -> uk).
story("p09_agency_chain_bear", "agency_chain", {
"00_ru.txt": """Медведь-шатун третьи сутки ходит по окраинам Тайгинска
Приречный вестник
30.11.2026 13:25

ТАЙГИНСК, 30 ноября /СИА «Кедр»/. Медведь-шатун третьи сутки появляется на окраинах Тайгинска, передает корреспондент СИА «Кедр». В субботу ночью зверь разорил два сарая в посёлке Лесозаводский и задрал собаку.

В городе отменили занятия в двух школах на окраине, детей из посёлка в школу возят на автобусе. «Медведь молодой, около трёх лет, худой — он не залёг в спячку, потому что не нагулял жира», — сказал агентству охотовед районного управления охотничьего хозяйства Виктор Ладыгин. Охотникам выдано разрешение на отстрел.
""",
"01_en.txt": """Hungry bear roams Siberian town for third day (SIA Kedr)
Eastgate Monitor
2026-11-30T11:00:00+00:00

A young brown bear that failed to go into hibernation has been wandering the outskirts of the Siberian town of Tayginsk for three days, wrecking sheds and killing a dog.

Two schools on the edge of town cancelled classes, and children from the Lesozavodsky settlement are being taken to school by bus. A local game warden, Viktor Ladygin, said the bear, about three years old, was too thin to hibernate. Hunters have been given permission to shoot it.
""",
"02_de.txt": """Hungriger Bär streift seit Tagen durch sibirische Stadt
Netzblick
30.11.2026 15:10

Ein junger Braunbär, der keinen Winterschlaf hält, treibt sich seit drei Tagen am Rand der sibirischen Stadt Taiginsk herum. Das meldet die sibirische Regionalagentur SIA Kedr. In der Nacht zu Samstag habe das Tier zwei Schuppen verwüstet und einen Hund gerissen.

Zwei Schulen am Stadtrand haben den Unterricht abgesagt. Der Bär sei etwa drei Jahre alt und zu mager für den Winterschlaf, zitiert die Agentur einen Jagdaufseher. Jäger haben eine Abschussgenehmigung erhalten.
""",
"03_uk.txt": """У Сибіру ведмідь-шатун третю добу ходить околицями міста
Сіверський кур'єр
2026-11-30 18:30

Молодий бурий ведмідь, який не заліг у сплячку, третю добу блукає околицями сибірського міста Тайгінськ. Як повідомляє німецький портал Netzblick, у ніч на суботу звір розорив два сараї та загриз собаку.

Дві школи на околиці скасували уроки. Ведмедеві близько трьох років, він надто худий для сплячки, йдеться в публікації. Мисливцям дозволили його відстріл.
""",
}, [("СИА «Кедр»", False)],
[("СИА «Кедр»", "00_ru.txt"), ("СИА «Кедр»", "01_en.txt"), ("СИА «Кедр»", "02_de.txt"), ("Netzblick", "03_uk.txt")],
[("A young bear that did not hibernate has roamed Tayginsk's outskirts for three days; two schools cancelled classes", ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)])

# p10: outside French local radio Radio Val d'Orgne; chain radio -> fr paper -> de portal -> ru site.
# fr "a révélé … l'antenne de Radio Val d'Orgne"; de credits only the fr paper ("berichtet die
# französische Regionalzeitung"); ru credits only the de portal ("по данным немецкого портала").
story("p10_radio_chain_wolf", "radio_chain", {
"00_fr.txt": """Sarlonges : un loup photographié à deux kilomètres du centre-ville
Le Courrier de Sarlonges
4 décembre 2026

Un loup a été photographié dans la nuit de mardi à mercredi par un piège photographique installé en lisière du bois des Augères, à deux kilomètres à peine du centre de Sarlonges. C'est un agriculteur de la commune, Maurice Delpeyroux, qui l'a révélé mercredi matin sur l'antenne de Radio Val d'Orgne.

« Sur la photo, on le voit passer à dix mètres de ma bergerie, à 3 h 12 », a raconté l'éleveur à la radio locale. L'Office de la faune a confirmé qu'il s'agit bien d'un loup, probablement un jeune mâle en dispersion. Ce serait le premier observé dans le canton depuis plus d'un siècle.
""",
"01_de.txt": """Wolf vor den Toren einer französischen Kleinstadt fotografiert
Netzblick
04.12.2026 17:00

Eine Wildkamera hat in der Nacht zu Mittwoch zwei Kilometer vom Zentrum der südfranzösischen Kleinstadt Sarlonges entfernt einen Wolf fotografiert. Darüber berichtet die französische Regionalzeitung Le Courrier de Sarlonges.

Ein Schafhalter hatte das Bild öffentlich gemacht: Das Tier sei um 3.12 Uhr zehn Meter an seinem Stall vorbeigelaufen. Die Wildtierbehörde bestätigte, dass es sich um einen Wolf handelt, vermutlich ein junges Männchen auf Reviersuche. Es wäre der erste Wolf in der Gegend seit mehr als hundert Jahren.
""",
"02_ru.txt": """Во Франции волка впервые за сто лет сняли у самого города
Балтийский перекрёсток
04.12.2026 21:35

Фотоловушка сняла волка в двух километрах от центра французского городка Сарлонж — по данным немецкого портала Netzblick, это первый волк в округе более чем за сто лет.

Зверь прошёл в десяти метрах от овчарни местного фермера в 3:12 ночи. Французская служба по надзору за дикой природой подтвердила, что это волк — скорее всего, молодой самец, ищущий новую территорию.
""",
"03_de.txt": """Erster Wolf seit hundert Jahren bei Sarlonges gesichtet
Rheinauer Tageblatt
2026-12-05 07:30

In Frankreich ist nahe der Kleinstadt Sarlonges erstmals seit mehr als einem Jahrhundert wieder ein Wolf nachgewiesen worden. Wie der Lokalsender Radio Val d'Orgne am Mittwoch berichtete, hatte ein Landwirt das Tier mit einer Wildkamera an seinem Schafstall fotografiert.

Die französische Wildtierbehörde bestätigte den Nachweis. Der Bauer Maurice Delpeyroux sagte dem Sender, der Wolf sei nachts um 3.12 Uhr nur zehn Meter an seinem Stall vorbeigelaufen.
""",
}, [("Radio Val d'Orgne", False)],
[("Radio Val d'Orgne", "00_fr.txt"), ("Le Courrier de Sarlonges", "01_de.txt"), ("Netzblick", "02_ru.txt"), ("Radio Val d'Orgne", "03_de.txt")],
[("A wolf was photographed by a camera trap two km from the centre of Sarlonges, the first in the area in over a century", ["00_fr.txt", "01_de.txt", "02_ru.txt", "03_de.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 15 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for o, a in relays:
            assert a in arts, (id, a)
        for c in claims:
            for a in c[1]:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
