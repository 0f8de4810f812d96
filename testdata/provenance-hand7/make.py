#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand7 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# g01: outside origin known only as a broadcaster (an English regional radio station); the brewery's
# managing director speaks on air (never an origin); credit at the end of a paragraph in 01_en
story("g01_outside_radio_beer_recall", "external", {
"00_en.txt": """Quenby Ales recalls 80,000 bottles of pale ale over glass fears
Kestwick Gazette
2025-02-19T13:05:00Z

Quenby Ales is recalling about 80,000 bottles of its Harrowby Gold pale ale after fragments of glass were found in two bottles bought in Kestwick, the brewery's managing director said on Wednesday.
Speaking on Fenwold Radio's breakfast programme, Harriet Soames said the fault had been traced to a batch of bottles from a single glass supplier, which the brewery has stopped using.
Customers who bought 500ml bottles with a best-before date of November 2025 are asked not to drink the beer and to take it back to the shop for a refund. No injuries have been reported.
Around 12,000 bottles from the affected batch were exported to Ukraine and Poland, she added.
""",
"01_en.txt": """Brewery pulls pale ale from shelves after glass found in bottles
Hollinsby Evening Post
Wed, 19 Feb 2025 17:40:00 +0000

Shoppers in Hollinsby are being urged to check their cupboards for bottles of Harrowby Gold, the pale ale brewed by Quenby Ales in nearby Aldermoor.

The brewery is recalling around 80,000 bottles with a best-before date of November 2025 after glass was found in two of them. Its managing director, Harriet Soames, blamed a single supplier of bottles and said nobody had been hurt. She was speaking to Fenwold Radio.

Three Hollinsby supermarkets had taken the beer off their shelves by Wednesday afternoon.
""",
"02_uk.txt": """Британська пивоварня відкликає партію елю, частину якої експортували в Україну
Економічний пульс
2025-02-20T09:30:00+02:00

Британська пивоварня Quenby Ales відкликає близько 80 тисяч пляшок світлого елю Harrowby Gold: у двох пляшках знайшли уламки скла. Приблизно 12 тисяч пляшок із цієї партії експортували в Україну та Польщу.
Про це в ефірі британської радіостанції «Фенволд Радіо» заявила керівниця пивоварні Гаррієт Соумз. За її словами, причина — брак в одного з постачальників скляної тари.
Покупцям радять не пити пиво з терміном придатності до листопада 2025 року та повернути його до магазину.
Чи надійшла ця партія до українських торговельних мереж, поки що невідомо.
""",
"03_de.txt": """Britische Brauerei ruft 80.000 Flaschen Pale Ale zurück
Hopfen & Malz Aktuell
2025-02-20

Die Brauerei Quenby Ales aus dem englischen Aldermoor ruft rund 80.000 Flaschen ihres Pale Ales Harrowby Gold zurück, weil in zwei Flaschen Glassplitter gefunden wurden. Das berichtete der englische Regionalsender Fenwold Radio, in dessen Morgensendung Geschäftsführerin Harriet Soames einen Zulieferer von Glasflaschen für den Fehler verantwortlich machte.
Etwa 12.000 Flaschen der betroffenen Charge gingen in die Ukraine und nach Polen. Nach Deutschland wurde das Bier nach Angaben der Brauerei nicht geliefert.
""",
}, [("Fenwold Radio", False)],
   [("Fenwold Radio", a) for a in ["00_en.txt", "01_en.txt", "02_uk.txt", "03_de.txt"]],
   [("Quenby Ales recalls about 80,000 bottles of Harrowby Gold pale ale after glass fragments were found in two bottles",
     ["00_en.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1)])

# g02: chain A -> B -> C: en own report ("the Echo's reporters have learned"); uk relay in which the
# Echo "цитує" a council document; ru relay that credits only the uk outlet ("пересказывают"), edge
# from the uk outlet
story("g02_chain_fire_engines_twin_town", "chain", {
"00_en.txt": """Marrowdean to send two retired fire engines to twin town in Ukraine
Marrowdean Echo
2025-03-07T08:00:00Z

Two fire engines that Marrowdean fire station retired last year will be driven to the town's Ukrainian twin, Soniakhiv, next month, the Echo's reporters have learned.
The vehicles, a 2009 pumping appliance and a smaller rescue tender, have stood in a council depot on Fallow Lane since they were replaced. A council report due before the cabinet on Tuesday puts their combined value at about £18,000 and recommends giving them to Soniakhiv free of charge.
Volunteers from the Marrowdean Twinning Association have offered to drive the convoy across Europe, a journey of about 2,600 km, and to pay for the fuel themselves.
Soniakhiv, a town of 24,000 people, has been twinned with Marrowdean since 2023. Its fire brigade lost one of its three engines in a depot fire last winter.
""",
"01_uk.txt": """Британське місто-побратим передасть Соняхову дві пожежні машини
Соняхівські вісті
2025-03-07T15:30:00+02:00

Британський Марроудін, місто-побратим Соняхова, у квітні безкоштовно передасть нашій пожежній частині дві списані пожежні машини — автоцистерну 2009 року випуску та меншу рятувальну машину. Вартість обох оцінюють приблизно у 18 тисяч фунтів стерлінгів.
«Доповідь міської ради, яку кабінет розгляне у вівторок, рекомендує передати техніку Соняхову безоплатно», — цитує документ британська газета Marrowdean Echo.
Пригнати машини до Соняхова, а це близько 2600 кілометрів, зголосилися волонтери з місцевої асоціації побратимства. Пальне вони оплатять власним коштом.
Нагадаємо, минулої зими під час пожежі в депо соняхівські рятувальники втратили одну з трьох своїх машин.
""",
"02_ru.txt": """Соняхов получит две пожарные машины из Великобритании
Заречные ведомости
Sat, 08 Mar 2025 10:15:00 +0200

Две пожарные машины, списанные в британском Марроудине, в апреле отправятся в украинский Соняхов — город-побратим Марроудина.
Речь идёт об автоцистерне 2009 года выпуска и небольшой спасательной машине общей стоимостью около 18 тысяч фунтов. Как пересказывают «Соняховские вести», городской совет Марроудина рекомендует отдать технику бесплатно, а перегнать колонну за 2600 километров вызвались британские волонтёры.
Соняховские спасатели прошлой зимой потеряли одну из трёх машин при пожаре в депо.
""",
}, [("Marrowdean Echo", True)],
   [("Marrowdean Echo", "01_uk.txt"), ("Соняхівські вісті", "02_ru.txt")],
   [("Marrowdean council to give two retired fire engines, worth about £18,000, to its Ukrainian twin town Soniakhiv free of charge",
     ["00_en.txt", "01_uk.txt", "02_ru.txt"], 1)])

# g03: outside origin known only as a Facebook community page; the uk relay adds its own confirmation
# (the village head "підтвердив «Лозоварській хвилі»"); the ru article credits only the uk outlet, in a
# relative clause (edge from the uk outlet)
story("g03_facebook_page_roof_collapse", "external", {
"00_uk.txt": """У Білоярці під вагою снігу обвалився дах будинку культури
Лозоварська хвиля
2025-01-14T11:20:00+02:00

У селі Білоярка Лозоварської громади в ніч на вівторок обвалилася частина даху сільського будинку культури. Фото зруйнованої покрівлі зранку опублікувала спільнота «Підслухано в Білоярці» у фейсбуці; за словами адміністраторів сторінки, дах не витримав снігу, який падав майже добу.
Староста Білоярського старостинського округу Петро Ковалишин підтвердив «Лозоварській хвилі», що обвалилося близько 200 квадратних метрів покрівлі над глядацькою залою. Ніхто не постраждав: уночі в будівлі нікого не було.
За словами старости, залу вже закрили, а гурток народного танцю, який там займався, тимчасово переїде до шкільного спортзалу.
""",
"01_en.txt": """Snow brings down village hall roof in Ukraine's Lozovarsk district
The Borysthen Post
2025-01-14

Part of the roof of the village hall in Biloiarka, in central Ukraine's Lozovarsk district, caved in overnight into Tuesday after almost a day of heavy snow.
Photos of the collapsed roof above the hall's auditorium were posted on Tuesday morning by Pidslukhano v Biloiartsi (Overheard in Biloiarka), a Facebook community page run by local residents. Nobody was inside the building at the time, the page's administrators wrote.
Up to 40 cm of snow fell across the region on Monday.
""",
"02_ru.txt": """В Белоярке рухнула крыша дома культуры
Заречные ведомости
2025-01-15

В селе Белоярка под Лозоварском снег продавил крышу сельского дома культуры: обрушилось около 200 квадратных метров кровли над зрительным залом. Пострадавших нет.
Об обрушении пишет «Лозоварская волна», которой случившееся подтвердил староста Белоярки Пётр Ковалишин.
Кружок народного танца, занимавшийся в доме культуры, пока переедет в спортзал школы.
""",
}, [("Підслухано в Білоярці", False), ("Лозоварська хвиля", True)],
   [("Підслухано в Білоярці", "00_uk.txt"), ("Підслухано в Білоярці", "01_en.txt"), ("Лозоварська хвиля", "02_ru.txt")],
   [("Part of the roof of the Biloiarka village hall collapsed under snow overnight into Tuesday; nobody was hurt",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 2)])

# g04: two independent own reports (de "Nach Recherchen unserer Zeitung"; uk: the CEO confirmed it
# "під час розмови з редакцією «Економічного пульсу»"), later relayed together in en and ru (two edges)
story("g04_two_reports_drone_factory", "independent", {
"00_de.txt": """Ukrainischer Drohnenhersteller will in Wartenfurt produzieren
Wartenfurter Tagblatt
2025-05-12T06:00:00+02:00

Der ukrainische Drohnenhersteller Kremin Aero will im Gewerbegebiet Wartenfurt-Süd ein Werk bauen. Nach Recherchen unserer Zeitung hat sich das Unternehmen bereits eine Option auf ein 4,5 Hektar großes Grundstück an der Lindenhofstraße gesichert; in der Fabrik sollen von 2026 an rund 300 Menschen arbeiten.
Der Stadtrat soll am 22. Mai im nichtöffentlichen Teil seiner Sitzung über den Verkauf des Grundstücks beraten. Oberbürgermeisterin Gisela Raupach wollte sich auf Anfrage nicht äußern.
Kremin Aero stellt nach eigenen Angaben vor allem Aufklärungsdrohnen her und beschäftigt in der Ukraine etwa 1.100 Menschen.
""",
"01_uk.txt": """«Кремінь Аеро» будуватиме завод у Німеччині
Економічний пульс
2025-05-12T10:45:00+03:00

Український виробник безпілотників «Кремінь Аеро» планує відкрити завод у німецькому місті Вартенфурт. Генеральний директор компанії Остап Левчишин підтвердив це в понеділок під час розмови з редакцією «Економічного пульсу».
«Ми вже домовилися про ділянку, і якщо міська рада погодить продаж, будівництво почнеться восени», — сказав він. На заводі працюватимуть близько 300 людей, перші дрони там планують випустити 2026 року.
За словами Левчишина, виробництво в Україні компанія скорочувати не буде.
""",
"02_en.txt": """Ukrainian drone maker Kremin Aero plans German factory
Eastmarch Business Daily
Tue, 13 May 2025 07:30:00 +0100

Kremin Aero, one of Ukraine's larger makers of reconnaissance drones, plans to build a factory in the German town of Wartenfurt that would employ about 300 people.
The plans surfaced on Monday in two separate reports: the local daily Wartenfurter Tagblatt found that the company had taken an option on a 4.5-hectare plot in an industrial park, while chief executive Ostap Levchyshyn confirmed the project in a conversation with the Ukrainian business outlet Ekonomichnyi Puls.
Production is due to start in 2026, provided the town council agrees to sell the land.
""",
"03_ru.txt": """Украинский производитель дронов построит завод в Германии
Биржевой обзор
2025-05-13

Украинская компания «Кремень Аэро» намерена построить завод по выпуску беспилотников в немецком Вартенфурте. Об этом независимо друг от друга рассказали немецкая газета Wartenfurter Tagblatt и украинское издание «Экономический пульс».
По данным немецкой газеты, компания уже получила опцион на участок площадью 4,5 гектара. Гендиректор «Кремень Аэро» Остап Левчишин подтвердил планы «Экономическому пульсу» и уточнил, что на заводе будут работать около 300 человек.
""",
}, [("Wartenfurter Tagblatt", True), ("Економічний пульс", True)],
   [("Wartenfurter Tagblatt", "02_en.txt"), ("Економічний пульс", "02_en.txt"),
    ("Wartenfurter Tagblatt", "03_ru.txt"), ("Економічний пульс", "03_ru.txt")],
   [("Kremin Aero plans a drone factory in Wartenfurt employing about 300 people from 2026",
     ["00_de.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 2)])

# g05: fr own report ("la rédaction de La Gazette a pu constater"); uk translation without any credit
# (edge from the fr paper); en "first carried by"; ru credits only the uk outlet (edge from it)
story("g05_uncredited_translation_choir", "translation", {
"00_fr.txt": """Le chœur Dibrova de Lozovarsk remporte le Festival des voix de Castelmorne
La Gazette de Castelmorne
2025-06-16T07:30:00+02:00

Le chœur ukrainien Dibrova, venu de Lozovarsk, a remporté dimanche soir le grand prix du 31e Festival international des voix de Castelmorne, devant quatorze ensembles de neuf pays.
Dans une salle Jean-Barthès comble, la rédaction de La Gazette a pu constater l'émotion du public lorsque les vingt-six choristes ont entonné, en rappel, un chant populaire de leur région. Le jury, présidé par la cheffe de chœur Margaux Terrasson, a salué « une justesse et une ferveur rares ».
Le prix est doté de 5 000 euros. Le chœur, dirigé par Iryna Stetsiura, se produira de nouveau mardi à la cathédrale Saint-Arnoult.
""",
"01_uk.txt": """Лозоварський хор «Діброва» переміг на фестивалі у Франції
Лозоварська хвиля
2025-06-16T13:00:00+03:00

Український хор «Діброва» з Лозоварська в неділю ввечері здобув гран-прі 31-го Міжнародного фестивалю голосів у французькому Кастельморні, випередивши чотирнадцять колективів із дев'яти країн.
Зала «Жан-Барт» була переповнена, і публіка не приховувала емоцій, коли двадцять шість хористів на біс заспівали народну пісню свого краю. Журі на чолі з хормейстеркою Марго Террассон відзначило «рідкісну точність і запал».
Премія становить 5000 євро. Хор під керівництвом Ірини Стецюри знову виступить у вівторок у соборі Сен-Арну.
""",
"02_en.txt": """Lozovarsk choir takes top prize at French festival
The Borysthen Post
2025-06-17

Dibrova, a 26-strong choir from the central Ukrainian city of Lozovarsk, has won the grand prize at the International Festival of Voices in Castelmorne, France.
The choir, led by Iryna Stetsiura, beat 14 ensembles from nine countries on Sunday evening and takes home €5,000. The result was first carried by the Castelmorne newspaper La Gazette de Castelmorne, whose newsroom described an emotional encore of a folk song from the Lozovarsk region.
Stetsiura founded the choir in 2004.
""",
"03_ru.txt": """Хор из Лозоварска победил на фестивале во Франции
Заречные ведомости
2025-06-17

Лозоварский хор «Диброва» получил гран-при Международного фестиваля голосов во французском Кастельморне, сообщила «Лозоварская волна». Коллектив под руководством Ирины Стецюры опередил 14 хоров из девяти стран.
Награда составляет 5000 евро.
""",
}, [("La Gazette de Castelmorne", True)],
   [("La Gazette de Castelmorne", "01_uk.txt"), ("La Gazette de Castelmorne", "02_en.txt"),
    ("Лозоварська хвиля", "03_ru.txt")],
   [("The Lozovarsk choir Dibrova won the grand prize of the Castelmorne International Festival of Voices, ahead of 14 ensembles from nine countries",
     ["00_fr.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1)])

# g06: outside English agency (Pennant Press Association / PPA) with three anonymous sources; credit at
# the end of a paragraph ("That is according to"); uk relay paraphrases heavily ("поширило")
story("g06_outside_agency_seed_deal", "external", {
"00_en.txt": """Brackwell Agritech in talks to buy Ukrainian seed producer
Eastmarch Business Daily
2025-09-01T12:10:00+01:00

Brackwell Agritech, the British crop-science group, is in advanced talks to buy Nasinnia Polissia, one of Ukraine's largest producers of sunflower and maize seed, in a deal that could value the Ukrainian company at around $140 million.

A deal could be announced before the end of September. That is according to the Pennant Press Association, which spoke to three people close to the negotiations.

Brackwell has been looking to expand in eastern Europe since selling its fertiliser business last year. Neither company responded to requests for comment.
""",
"01_uk.txt": """Британці можуть купити «Насіння Полісся»
Економічний пульс
2025-09-01T17:00:00+03:00

Одного з найбільших в Україні виробників насіння соняшнику й кукурудзи — компанію «Насіння Полісся» — може придбати британська Brackwell Agritech. Сторони вже на фінальній стадії переговорів, а вартість української компанії оцінюють приблизно у 140 мільйонів доларів.
Таку інформацію поширило британське інформаційне агентство PPA, яке поспілкувалося з трьома співрозмовниками, близькими до перемовин. Оголосити про угоду можуть ще до кінця вересня.
Для британської групи це була б перша велика покупка в Україні. Минулого року вона продала свій бізнес із виробництва добрив.
""",
"02_ru.txt": """Brackwell Agritech нацелилась на «Насіння Полісся»
Биржевой обзор
2025-09-02

Британская агрохимическая группа Brackwell Agritech близка к покупке украинского производителя семян «Насіння Полісся» — так утверждает британское агентство Pennant Press Association, у которого есть собственные источники в окружении сторон. Сумма сделки может составить около 140 миллионов долларов.
Объявить о ней могут уже в сентябре.
""",
"03_fr.txt": """Le britannique Brackwell Agritech veut racheter un semencier ukrainien
La Terre de Brévaudière
2025-09-02

Le groupe britannique Brackwell Agritech négocie le rachat du semencier ukrainien Nasinnia Polissia, spécialisé dans les semences de tournesol et de maïs, d'après des informations recueillies par l'agence de presse britannique PPA auprès de trois sources proches du dossier.
La transaction valoriserait l'entreprise ukrainienne à environ 140 millions de dollars. Elle pourrait être annoncée avant la fin du mois de septembre.
""",
}, [("Pennant Press Association", False)],
   [("Pennant Press Association", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"]],
   [("Brackwell Agritech is in advanced talks to buy the Ukrainian seed producer Nasinnia Polissia for about $140 million",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1)])

# g07: ru own report from an anonymous city official ("Собеседник «Листка» в городской
# администрации"); uk "«Черноводский листок» цитує неназваного співробітника"; en "quoting a city
# official who asked not to be named"
story("g07_own_anonymous_tram_depot", "own_report", {
"00_ru.txt": """Трамвайное депо на Литейной продадут застройщику
Черноводский листок
2025-04-22T09:00:00+03:00

Мэрия Черноводска готовит продажу трамвайного депо №2 на Литейной улице. Покупателем должна стать компания «Грань-Девелопмент», которая хочет построить на месте депо жилой квартал на 900 квартир.
Собеседник «Листка» в городской администрации, попросивший не называть его имени, утверждает, что договор может быть подписан уже в июне, а цена составит около 210 миллионов гривен. Трамваи, которые сейчас ночуют на Литейной, планируют перевести в депо №1 на Заводской.
В пресс-службе мэрии от комментариев отказались. В «Грань-Девелопмент» на запрос редакции не ответили.
""",
"01_uk.txt": """У Чорноводську хочуть продати трамвайне депо під забудову
Сіверський край
2025-04-22T16:20:00+03:00

Трамвайне депо №2 на вулиці Ливарній у Чорноводську можуть продати забудовникові — компанії «Грань-Девелопмент», яка планує звести там житловий квартал на 900 квартир.
«Черноводский листок» цитує неназваного співробітника міської адміністрації: угоду можуть підписати вже в червні, а ціна сягне близько 210 мільйонів гривень.
Трамваї з Ливарної мають перевести до депо №1.
""",
"02_en.txt": """Chernovodsk tram depot could be sold for housing
The Borysthen Post
2025-04-23

City hall in Chernovodsk is preparing to sell one of the city's two tram depots to a property developer, Gran-Development, which wants to build about 900 flats on the site.
The Russian-language local paper Chernovodsky Listok, quoting a city official who asked not to be named, said the sale could be signed in June for about 210 million hryvnias. City hall declined to comment.
Local tram enthusiasts have started a petition against the sale.
""",
}, [("Черноводский листок", True)],
   [("Черноводский листок", "01_uk.txt"), ("Черноводский листок", "02_en.txt")],
   [("Chernovodsk city hall is preparing to sell tram depot No. 2 to Gran-Development for about 210 million hryvnias",
     ["00_ru.txt", "01_uk.txt", "02_en.txt"], 1)])

# g08: outside German regional paper (genitive "des Ebbelinger Landboten") with an internal memo and two
# anonymous people; uk "такі дані наводить"; ru "её журналисты ссылаются"
story("g08_outside_paper_solar_park", "external", {
"00_de.txt": """Solarpark bei Ebbelingen: Ukrainisch-deutsches Konsortium vor dem Zuschlag
Wartenfurter Tagblatt
2025-07-03

Ein ukrainisch-deutsches Konsortium soll den Zuschlag für den geplanten Solarpark auf dem ehemaligen Truppenübungsplatz bei Ebbelingen erhalten. Das geht laut einem Bericht des Ebbelinger Landboten aus einem internen Vermerk des Landesenergieministeriums hervor; zwei mit dem Verfahren vertraute Personen bestätigten dem Blatt die Entscheidung.
Hinter dem Konsortium stehen demnach die Stadtwerke Ebbelingen und der ukrainische Energieversorger Sonyachna Dolyna aus Lozovarsk. Der Park mit 85 Megawatt Leistung soll 2027 ans Netz gehen.
Das Ministerium wollte den Bericht am Donnerstag nicht kommentieren.
""",
"01_uk.txt": """«Сонячна долина» збудує сонячну електростанцію в Німеччині
Економічний пульс
2025-07-03T19:00:00+03:00

Лозоварська енергетична компанія «Сонячна долина» разом із комунальним підприємством німецького міста Еббелінген отримає право збудувати сонячний парк потужністю 85 МВт на колишньому військовому полігоні — такі дані наводить німецька регіональна газета Ebbelinger Landbote з посиланням на внутрішню записку земельного міністерства енергетики та двох обізнаних осіб.
Станція має запрацювати 2027 року. У «Сонячній долині» на запит не відповіли.
""",
"02_ru.txt": """Украинская компания построит солнечный парк в Германии
Биржевой обзор
2025-07-04

Украинский энергетик «Сонячна долина» в консорциуме с городскими коммунальщиками Эббелингена получит право построить в Германии солнечный парк мощностью 85 МВт.
Информация появилась в немецкой региональной газете «Эббелингер Ландботе»; её журналисты ссылаются на служебную записку земельного министерства энергетики. Парк должен заработать в 2027 году.
""",
}, [("Ebbelinger Landbote", False)],
   [("Ebbelinger Landbote", a) for a in ["00_de.txt", "01_uk.txt", "02_ru.txt"]],
   [("A consortium of Stadtwerke Ebbelingen and Sonyachna Dolyna is to win the 85 MW solar park on the former training ground near Ebbelingen",
     ["00_de.txt", "01_uk.txt", "02_ru.txt"], 1)])

# g09: en own report with no outlet line (title suffix "– Hollinsby Evening Post"), "the Evening Post
# understands"; uk "Новину оприлюднила"; ru with no date line "стало известно из публикации"; fr "c'est ce
# qu'affirme le quotidien local anglais"; the manager and the club are never origins
story("g09_title_suffix_goalkeeper", "own_report", {
"00_en.txt": """Rovers land Ukrainian keeper Yavirskyi from Castelmorne – Hollinsby Evening Post
2025-08-08T19:00:00+01:00

Hollinsby Rovers have agreed a deal to sign Ukrainian goalkeeper Danylo Yavirskyi from the French club AS Castelmorne, the Evening Post understands.
The 24-year-old is expected to have a medical at the club's Bracken Lane training ground on Monday before signing a three-year contract. The fee is understood to be around £400,000, rising with add-ons.
Yavirskyi, who made 61 appearances for Castelmorne, would replace first-choice keeper Tom Ellery, who left for Dunmere Athletic in June.
Rovers manager Gareth Pryce declined to comment when approached after training.
""",
"01_uk.txt": """Воротар Данило Явірський переходить до англійського клубу
Сіверський край
2025-08-09

Український воротар Данило Явірський залишає французький «Кастельморн» і продовжить кар'єру в англійському «Голлінсбі Роверс». Новину оприлюднила британська газета «Голлінсбі Івнінг Пост».
За її даними, 24-річний голкіпер у понеділок пройде медогляд і підпише контракт на три роки, а сума трансферу становить близько 400 тисяч фунтів.
За «Кастельморн» Явірський провів 61 матч.
""",
"02_ru.txt": """Украинский вратарь Явирский перейдёт в английский клуб
Заречные ведомости

Украинский вратарь Данило Явирский перейдёт из французского «Кастельморна» в английский «Холлинсби Роверс». О переходе стало известно из публикации британской газеты «Холлинсби Ивнинг Пост».
Сумма трансфера, по данным газеты, около 400 тысяч фунтов, контракт рассчитан на три года.
""",
"03_fr.txt": """Danylo Yavirskyi quitte l'ASC pour l'Angleterre
La Gazette de Castelmorne
2025-08-09

Le gardien ukrainien de l'AS Castelmorne, Danylo Yavirskyi, va s'engager avec le club anglais de Hollinsby Rovers, c'est ce qu'affirme le quotidien local anglais Hollinsby Evening Post.
Le montant du transfert avoisinerait 400 000 livres, soit environ 470 000 euros. Arrivé à Castelmorne il y a trois ans, le portier de 24 ans a disputé 61 matchs sous le maillot rouge et blanc.
Contacté, le club n'a pas souhaité commenter.
""",
}, [("Hollinsby Evening Post", True)],
   [("Hollinsby Evening Post", a) for a in ["01_uk.txt", "02_ru.txt", "03_fr.txt"]],
   [("Hollinsby Rovers agreed to sign goalkeeper Danylo Yavirskyi from AS Castelmorne for about £400,000 on a three-year contract",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1)])

# g10: uk own report that names its own correspondent ("передає з місця розкопок кореспондент
# «Соняхівських вістей»"); ru copy paraphrased without any credit (edge from the uk paper); en "told the
# paper's correspondent"; de credit in a relative clause ("deren Korrespondent an der Fundstelle war")
story("g10_own_correspondent_scythian_gold", "own_report", {
"00_uk.txt": """Під час ремонту дороги біля Соняхова знайшли скіфський скарб
Соняхівські вісті
2025-10-01T18:00:00+03:00

Дорожники, які розширюють трасу між Соняховом і Білим Бродом, у вівторок натрапили на поховання скіфських часів із золотими прикрасами. Роботи на ділянці зупинили, передає з місця розкопок кореспондент «Соняхівських вістей».
«Ми вже нарахували понад сорок золотих бляшок, дві гривни й бронзовий казан. Для нашого краю це знахідка століття», — каже керівниця експедиції обласного краєзнавчого музею Лідія Гарасим, яка прибула на місце в середу зранку.
За її словами, розкопки триватимуть щонайменше три тижні, а знахідки передадуть до музею. Ділянку цілодобово охороняє поліція.
""",
"01_ru.txt": """Скифское золото нашли строители дороги под Соняховом
Заречные ведомости
2025-10-02

Под Соняховом при расширении трассы на Белый Брод рабочие обнаружили скифское погребение. По словам руководителя экспедиции областного краеведческого музея Лидии Гарасим, из земли уже извлекли более сорока золотых бляшек, две гривны и бронзовый котёл.
Дорожные работы на участке остановлены как минимум на три недели, место находки охраняет полиция.
""",
"02_en.txt": """Road builders uncover Scythian gold in Ukraine
The Borysthen Post
2025-10-02

Workers widening a road near the Ukrainian town of Soniakhiv have uncovered a Scythian-era burial containing gold jewellery, the regional newspaper Soniakhivski Visti reported from the site.
More than 40 gold plaques, two neck rings and a bronze cauldron have been recovered so far, Lidiia Harasym of the regional museum, who leads the excavation, told the paper's correspondent. Work on the road has been halted for at least three weeks.
""",
"03_de.txt": """Skythisches Gold beim Straßenbau in der Ukraine entdeckt
Ostholmer Nachrichten
2025-10-02

Bei Straßenbauarbeiten in der Nähe der ukrainischen Kleinstadt Sonjachiw sind Arbeiter auf ein skythisches Grab mit Goldschmuck gestoßen. Die Regionalzeitung Sonjachiwski Wisti, deren Korrespondent an der Fundstelle war, zählt bislang mehr als 40 goldene Zierplättchen, zwei Halsreifen und einen Bronzekessel.
Die Grabungen sollen mindestens drei Wochen dauern.
""",
}, [("Соняхівські вісті", True)],
   [("Соняхівські вісті", a) for a in ["01_ru.txt", "02_en.txt", "03_de.txt"]],
   [("Road workers near Soniakhiv found a Scythian burial with more than 40 gold plaques, two neck rings and a bronze cauldron",
     ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# g11: look-alike A: overnight fire at the Agro-Lan elevator in Lozovarsk (Monday); uk own report
# (a named reporter of the paper "приїхала до елеватора"); en credit in a relative clause; uk
# "передає кореспондентка «Лозоварської хвилі»"; ru with neither outlet nor date line (title suffix)
story("g11_lookalike_elevator_fire_lozovarsk", "own_report", {
"00_uk.txt": """У Лозоварську горів елеватор «Агро-Лану»
Лозоварська хвиля
2025-11-03T07:40:00+02:00

У ніч на понеділок у Лозоварську спалахнула пожежа на елеваторі агрохолдингу «Агро-Лан» на вулиці Станційній. Вогонь охопив сушарку й одну із силосних башт, де зберігалося близько 3 тисяч тонн кукурудзи.
Журналістка «Лозоварської хвилі» Оксана Дмитерко приїхала до елеватора за пів години після початку пожежі: полум'я було видно ще з об'їзної дороги, у повітрі стояв запах горілого зерна. Пожежу ліквідували лише о шостій ранку, гасили її 42 рятувальники.
Ніхто не постраждав. Причину займання встановлюють.
""",
"01_en.txt": """Fire hits grain elevator in Ukraine's Lozovarsk
The Borysthen Post
2025-11-03

Fire broke out overnight at a grain elevator owned by the agricultural group Agro-Lan in the central Ukrainian city of Lozovarsk, damaging a dryer and one of the silos, which held about 3,000 tonnes of maize.
Lozovarska Khvylia, whose reporter reached the site half an hour after the fire started, said 42 firefighters fought the blaze until 6 a.m. No one was hurt.
""",
"02_uk.txt": """Пожежа на елеваторі в Лозоварську: згоріла сушарка
Сіверський край
2025-11-03T12:10:00+02:00

У ніч на понеділок у Лозоварську горів елеватор «Агро-Лану»: вогонь пошкодив сушарку й силосну башту з кукурудзою, передає кореспондентка «Лозоварської хвилі». Полум'я гасили до шостої ранку.
Постраждалих немає.
""",
"03_ru.txt": """В Лозоварске ночью горел элеватор «Агро-Лана» — Заречные ведомости

В Лозоварске ночью горел элеватор агрохолдинга «Агро-Лан»: огонь повредил сушилку и силосную башню, где хранилось около трёх тысяч тонн кукурузы. Пожар потушили к шести утра.
Журналистка «Лозоварской волны», первой сообщившей о пожаре, видела пламя ещё с объездной дороги.
""",
}, [("Лозоварська хвиля", True)],
   [("Лозоварська хвиля", a) for a in ["01_en.txt", "02_uk.txt", "03_ru.txt"]],
   [("Overnight fire at the Agro-Lan grain elevator in Lozovarsk damaged a dryer and a silo holding about 3,000 tonnes of maize; nobody hurt",
     ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1)])

# g12: look-alike B: fire at the Zernotreid-Yug elevator in Chernovodsk (Wednesday morning), ru own
# report ("Как удалось выяснить журналистам «Черноводского листка»", two anonymous workers); an en
# article with neither outlet nor date line credits only the en relay (edge from The Borysthen Post)
story("g12_lookalike_elevator_fire_chernovodsk", "own_report", {
"00_ru.txt": """На элеваторе «Зернотрейд-Юг» в Черноводске произошёл пожар
Черноводский листок
2025-11-05T10:30:00+02:00

В среду утром в Черноводске загорелся элеватор компании «Зернотрейд-Юг» у речного порта. Огонь начался в галерее транспортёра и перекинулся на крышу склада, где лежало около 5 тысяч тонн пшеницы.
Как удалось выяснить журналистам «Черноводского листка», незадолго до пожара на галерее проводили сварочные работы. Это подтвердили двое рабочих элеватора, попросившие не называть их имён.
К полудню пожар локализовали. Один рабочий надышался дымом, его доставили в больницу.
""",
"01_uk.txt": """У Чорноводську горів елеватор біля річкового порту
Сіверський край
2025-11-05T15:00:00+02:00

У середу вранці в Чорноводську спалахнув елеватор компанії «Зернотрейд-Юг» біля річкового порту. Вогонь почався в галереї транспортера й перекинувся на дах складу, де зберігалося п'ять тисяч тонн пшениці. Одного працівника з отруєнням чадним газом госпіталізували.
Про пожежу повідомив місцевий російськомовний «Черноводский листок». Його журналісти з'ясували, що перед пожежею на галереї проводили зварювальні роботи.
Це вже друга пожежа на елеваторі в регіоні за тиждень.
""",
"02_en.txt": """Worker hurt as fire breaks out at Chernovodsk grain elevator
The Borysthen Post
2025-11-05

A worker was taken to hospital with smoke inhalation after fire broke out on Wednesday morning at a grain elevator near the river port in Chernovodsk, the local newspaper Chernovodsky Listok reported.
The fire at the elevator, run by Zernotreid-Yug, started in a conveyor gallery and spread to the roof of a warehouse holding about 5,000 tonnes of wheat. Two workers told the paper that welding had been carried out in the gallery shortly before the blaze.
""",
"03_en.txt": """Grain exporters brace for delays after Chernovodsk elevator fire | Eastmarch Business Daily

Grain traders are bracing for delays at the river port of Chernovodsk after Wednesday's fire at the Zernotreid-Yug elevator, which handles about a fifth of the port's wheat shipments.
About 5,000 tonnes of wheat were stored in the damaged warehouse, according to the Borysthen Post, which said one worker had been taken to hospital.
Zernotreid-Yug has not said when the elevator will reopen.
""",
}, [("Черноводский листок", True)],
   [("Черноводский листок", "01_uk.txt"), ("Черноводский листок", "02_en.txt"), ("The Borysthen Post", "03_en.txt")],
   [("Fire at the Zernotreid-Yug grain elevator by the Chernovodsk river port on Wednesday morning; one worker taken to hospital",
     ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_en.txt"], 1)])

# g13: outside French paper with a source close to the management; fr "rapportent nos confrères de";
# uk "стало відомо з публікації"; en credits the uk outlet, which itself credits the French paper (edge
# from the uk outlet); ru "Эти сведения опубликовала"
story("g13_outside_paper_garment_factory", "external", {
"00_fr.txt": """Le textile Lamarque-Vidal va ouvrir une usine en Ukraine
La Gazette de Castelmorne
2025-12-09T08:15:00+01:00

Le fabricant de vêtements de travail Lamarque-Vidal, installé à Morvaix depuis 1952, s'apprête à ouvrir un atelier de confection à Lozovarsk, dans le centre de l'Ukraine, rapportent nos confrères de La Sentinelle de Morvaix.
Selon une source proche de la direction citée par le quotidien, le site emploierait 180 couturières dès l'été 2026 et produirait des uniformes pour des clients européens. Aucun emploi ne serait supprimé à Morvaix, où l'entreprise compte 240 salariés.
La direction n'a pas donné suite à nos sollicitations.
""",
"01_uk.txt": """Французький виробник робочого одягу відкриє фабрику в Лозоварську
Лозоварська хвиля
2025-12-09T14:00:00+02:00

Французька компанія Lamarque-Vidal, що шиє робочий одяг, планує відкрити швейну фабрику в Лозоварську. Про це стало відомо з публікації французької газети «Ля Сантінель де Морве» (La Sentinelle de Morvaix), яка посилається на джерело, близьке до керівництва компанії.
На фабриці, за даними видання, працюватимуть 180 швачок, запуск заплановано на літо 2026 року. Де саме розташують виробництво, поки невідомо.
У міській раді Лозоварська цю інформацію не коментують.
""",
"02_en.txt": """French workwear maker to open factory in Lozovarsk
The Borysthen Post
2025-12-10

French workwear maker Lamarque-Vidal plans to open a garment factory in the central Ukrainian city of Lozovarsk, employing 180 people from the summer of 2026.
The regional Ukrainian outlet Lozovarska Khvylia reported the plan on Tuesday, citing the French daily La Sentinelle de Morvaix, which had learned of it from a source close to the company's management.
""",
"03_ru.txt": """Французская Lamarque-Vidal откроет фабрику в Лозоварске
Биржевой обзор
2025-12-10

Французский производитель спецодежды Lamarque-Vidal откроет швейную фабрику в Лозоварске, где будут работать 180 человек. Эти сведения опубликовала французская региональная газета «Ла Сантинель де Морве»; её источник близок к руководству компании.
Запустить производство планируется летом 2026 года.
""",
}, [("La Sentinelle de Morvaix", False)],
   [("La Sentinelle de Morvaix", "00_fr.txt"), ("La Sentinelle de Morvaix", "01_uk.txt"),
    ("Лозоварська хвиля", "02_en.txt"), ("La Sentinelle de Morvaix", "03_ru.txt")],
   [("Lamarque-Vidal plans a garment factory in Lozovarsk employing 180 from summer 2026",
     ["00_fr.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 7 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, cl, _ in claims:
            for a in cl:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": cl, "independent_sources": n} for t, cl, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
