#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand24 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a local paper's investigation (The Marrow Springs Times, own: "A Times investigation found",
# "records obtained by the Times", "told the Times") relayed by a national outlet ("the Times
# reported", "the newspaper said", "the paper first reported"), a Ukrainian site ("повідомляє місцеве
# видання"), a Russian site ("пишет местная газета") and a German paper ("wie die Lokalzeitung …
# berichtet"). One root.
story("s01_investigation_jail_nurses", "investigation", {
"00_en.txt": """Jail health contractor billed Tolliver County for 2,300 nurse visits that never happened
The Marrow Springs Times
2026-03-10T06:00:00-04:00

A Times investigation found that Corvane Correctional Health, the private company that provides medical care at the Tolliver County Jail, billed the county for about 2,300 nurse visits in 2024 and 2025 that the jail's own logs show never took place. At the contract rate of $612 per visit, the charges add up to roughly $1.4 million.

Shift schedules, invoices and cell-block logs obtained by the Times through a public records request show that on 61 nights the only nurse Corvane listed as working at the jail was also listed as on duty at the company's clinic in neighboring Ashcombe County, 40 miles away.

On some of those nights, inmates who asked for medical help were seen by a corrections officer instead, according to the logs. One inmate, a 58-year-old diabetic man, waited 19 hours for insulin in October 2024.

"If these numbers hold up, this is the biggest overbilling this county has ever seen," Commissioner Ruth Ambler told the Times on Monday after reviewing the documents. "I want every dollar back."

Corvane did not answer a list of written questions sent by the Times last week. In a two-line email, a company spokesperson said Corvane "stands by the quality of care" it provides.

The county's contract with Corvane, worth $3.1 million a year, is up for renewal in June. The commissioners meet on Thursday.
""",
"01_en.txt": """Pennsylvania county jail contractor billed for thousands of nurse visits that never happened, paper finds
The Capitol Dispatch
2026-03-11 14:40

A private company that runs medical care at a rural Pennsylvania jail billed the county for roughly 2,300 nurse visits that never took place, the Marrow Springs Times reported Tuesday.

The paper first reported that Corvane Correctional Health charged Tolliver County about $1.4 million for visits in 2024 and 2025 that do not appear in the jail's logs. On 61 nights, the newspaper said, the only nurse Corvane listed at the jail was also listed as working at a clinic 40 miles away.

Inmates who asked for medical care on some of those nights were seen by guards instead, according to the Times, including a diabetic man who waited 19 hours for insulin.

County Commissioner Ruth Ambler told the Times she wants "every dollar back." Corvane told the paper it "stands by the quality of care" it provides.

Private health contractors now run medical services in more than 60 percent of county jails nationwide. The Tolliver County contract, worth $3.1 million a year, is up for renewal in June.
""",
"02_uk.txt": """Американська компанія виставила в'язниці рахунки за 2300 візитів медсестер, яких не було
Обрій
11.03.2026 19:20

Приватна компанія Corvane Correctional Health, яка відповідає за медичну допомогу у в'язниці округу Толлівер у штаті Пенсильванія, виставила округу рахунки приблизно за 2300 візитів медсестер, яких насправді не було. Про це повідомляє місцеве видання The Marrow Springs Times.

За даними газети, ідеться про 2024 і 2025 роки та близько 1,4 млн доларів. У 61 ніч єдина медсестра, яку компанія вказувала на чергуванні у в'язниці, водночас значилася на роботі в клініці за 40 миль.

Видання пише, що в ці ночі ув'язнених, які просили про допомогу, оглядали охоронці. Чоловік із цукровим діабетом чекав на інсулін 19 годин.

Член окружної комісії Рут Амблер заявила газеті, що хоче повернути «кожен долар». Контракт із компанією вартістю 3,1 млн доларів на рік завершується в червні.
""",
"03_ru.txt": """Тюремный подрядчик в США выставил счета за 2300 несуществующих визитов медсестёр
Вечерний Залив
12.03.2026 08:15

Частная медицинская компания Corvane Correctional Health выставила округу Толливер (штат Пенсильвания) счета примерно за 2300 визитов медсестёр в окружную тюрьму, которых не было, пишет местная газета The Marrow Springs Times.

Как сообщает издание, речь идёт примерно о 1,4 млн долларов за 2024 и 2025 годы. В 61 ночь единственная медсестра, числившаяся на дежурстве в тюрьме, одновременно значилась на работе в клинике в соседнем округе, в 40 милях.

По данным газеты, заключённых, просивших о помощи, в такие ночи осматривали надзиратели. Один заключённый с диабетом ждал инсулин 19 часов.

Контракт округа с компанией стоимостью 3,1 млн долларов в год истекает в июне.
""",
"04_de.txt": """US-Gefängnis: Gesundheitsfirma rechnete 2300 Krankenschwester-Besuche ab, die es nie gab
Rheinauer Tagblatt
12. März 2026

Im US-Bundesstaat Pennsylvania hat ein privater Gesundheitsdienstleister einem Landkreis rund 2300 Besuche von Pflegekräften im Bezirksgefängnis in Rechnung gestellt, die laut den Gefängnisprotokollen nie stattgefunden haben. Das hat die Lokalzeitung The Marrow Springs Times aufgedeckt, wie sie am Dienstag berichtete.

Es geht um etwa 1,4 Millionen Dollar aus den Jahren 2024 und 2025. In 61 Nächten war die einzige Pflegekraft, die die Firma Corvane Correctional Health für das Gefängnis von Tolliver County angab, zugleich in einer 40 Meilen entfernten Klinik eingetragen, so die Zeitung.

Kreisrätin Ruth Ambler sagte der Marrow Springs Times, sie wolle „jeden Dollar zurück". Der Vertrag über 3,1 Millionen Dollar im Jahr läuft im Juni aus.
""",
}, [
 {"name": "The Marrow Springs Times", "in_corpus": True},
], [
 {"origin": "The Marrow Springs Times", "article": "01_en.txt"},
 {"origin": "The Marrow Springs Times", "article": "02_uk.txt"},
 {"origin": "The Marrow Springs Times", "article": "03_ru.txt"},
 {"origin": "The Marrow Springs Times", "article": "04_de.txt"},
], [
 {"text": "Corvane Correctional Health billed Tolliver County for about 2,300 nurse visits at the jail that never took place, about $1.4 million.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "On 61 nights the only nurse listed at the jail was also listed at a clinic 40 miles away.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 1},
])

# s02: a TV station as origin, named by call letters (KSTV-7) and by its brand (Desert Star 7 News).
# Own report with "Update:" line; relays "KSTV-7 reported" + "according to the station" + "a district
# spokesperson told the outlet" (the outlet = KSTV-7); "Desert Star 7 News first reported" (brand
# only); Ukrainian "повідомляє місцевий телеканал KSTV-7". One root.
story("s02_tv_station_lead_fountains", "broadcaster", {
"00_en.txt": """Lead found in 14 drinking fountains at Mesquite Flats Elementary
KSTV-7
Tue, 02 Jun 2026 17:45:00 -0700

CALDERA SPRINGS, Ariz. — Desert Star 7 News has learned that water from 14 of the 22 drinking fountains at Mesquite Flats Elementary School tested above the federal action level for lead this spring.

Test results obtained by KSTV-7 show the highest reading, 41 parts per billion, came from a fountain outside the school's cafeteria. The federal action level is 15 parts per billion. The samples were taken on April 28, but parents were not told about the results.

"My daughter drinks from that fountain every single day after recess," parent Carla Ruiz told Desert Star 7 News. "Five weeks. Nobody said a word."

The school's building dates from 1962, and much of its plumbing has never been replaced.

Update (7:30 p.m.): After this story first aired, the Caldera Springs Unified School District said all 14 fountains had been shut off on Tuesday afternoon and that bottled water would be provided until the pipes are replaced. The district said it would send a letter to families on Wednesday.
""",
"01_en.txt": """District shuts off 14 fountains at Caldera Springs school after lead tests
The Caldera Springs Sentinel
2026-06-03T07:10:00-07:00

Water from 14 of the 22 drinking fountains at Mesquite Flats Elementary School tested above the federal action level for lead, KSTV-7 reported Tuesday.

The highest result, 41 parts per billion, came from a fountain near the cafeteria, according to the station. The federal action level is 15 parts per billion. The samples were taken in late April, and parents had not been told about the results, the station reported.

A district spokesperson told the outlet that the fountains were turned off Tuesday afternoon and that bottled water would be provided until the pipes are replaced.

Mesquite Flats, built in 1962, is one of the oldest schools in the Caldera Springs Unified School District. The district board meets June 9.
""",
"02_en.txt": """Lead in school water: parents at Mesquite Flats demand answers
Arroyo Valley Sun
June 3, 2026

Parents at a Caldera Springs elementary school want to know why they waited five weeks to learn that most of the school's drinking fountains had lead in the water.

Desert Star 7 News first reported on Tuesday that 14 of the 22 fountains at Mesquite Flats Elementary tested above the federal action level of 15 parts per billion, with one fountain by the cafeteria at 41 parts per billion. The tests were done on April 28.

"Nobody said a word," parent Carla Ruiz told the Phoenix-area station. The district said it has shut off the fountains and will hand out bottled water.

Lead in drinking water can harm children's brain development even at low levels, according to federal health guidance.
""",
"03_uk.txt": """В американській школі знайшли свинець у 14 питних фонтанчиках
Вечірня Слобода
03.06.2026 21:30

У воді з 14 із 22 питних фонтанчиків початкової школи Mesquite Flats у місті Калдера-Спрінгс (штат Аризона) виявили свинець понад федеральну норму. Про це повідомляє місцевий телеканал KSTV-7.

Найвищий показник — 41 мікрограм на літр при нормі 15 — зафіксували біля їдальні. Проби взяли ще 28 квітня, але батькам про результати не повідомили, зазначає телеканал.

Після виходу сюжету шкільний округ вимкнув усі 14 фонтанчиків і пообіцяв забезпечити дітей бутильованою водою. Будівлю школи звели в 1962 році.
""",
}, [
 {"name": "KSTV-7", "in_corpus": True},
], [
 {"origin": "KSTV-7", "article": "01_en.txt"},
 {"origin": "KSTV-7", "article": "02_en.txt"},
 {"origin": "KSTV-7", "article": "03_uk.txt"},
], [
 {"text": "Water from 14 of 22 drinking fountains at Mesquite Flats Elementary tested above the federal action level for lead, with a high of 41 parts per billion.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
])

# s03: a chain of three: The Ashby Wold Chronicle (own: "in a statement to the Chronicle", "told the
# Chronicle") -> The Wendale Evening Star ("the Ashby Wold Chronicle reported") -> Ukrainian site
# crediting only the Evening Star; a Russian site also credits only the Evening Star. One root.
story("s03_chain_bakery_eviction", "chain", {
"00_en.txt": """Ukrainian baker's shop on Market Row faces eviction as landlord ends lease
The Ashby Wold Chronicle
2025-11-18 09:00

A bakery opened two years ago by a Ukrainian refugee on Market Row has been told to leave its premises by the end of January, the Chronicle can reveal.

Olena Marchuk, 44, who fled the town of Ozerna with her two sons in 2022, opened Kalyna Bakery in a former shoe shop in October 2023. It now employs five people and sells about 400 loaves a week.

Ms Marchuk received a notice last week ending her lease on January 31. "I built this from nothing. People here helped me paint the walls," she told the Chronicle in the shop on Monday. "Now I have ten weeks."

In a statement to the Chronicle, the landlord, Brackley Estates, said the unit was "required for a planned redevelopment of the Market Row frontage" and that the lease had always allowed either side to end it with notice.

A petition started by regular customer Graham Tolley had 1,800 signatures by Monday evening. Ashby Wold town councillor Sue Pennant said she would raise the matter at the council's next meeting on November 27.
""",
"01_en.txt": """Petition to save Ukrainian refugee's Ashby Wold bakery passes 1,800 names
The Wendale Evening Star
2025-11-19T16:30:00+00:00

More than 1,800 people have signed a petition to save a bakery in Ashby Wold run by a Ukrainian refugee, after her landlord ended her lease, the Ashby Wold Chronicle reported.

Olena Marchuk opened Kalyna Bakery on Market Row in 2023, two years after fleeing the Ukrainian town of Ozerna. She has been told to leave by January 31.

"I built this from nothing," Ms Marchuk told the Chronicle. Landlord Brackley Estates told the paper that the unit was needed for a redevelopment of the Market Row frontage.

Councillor Sue Pennant plans to raise the issue at Ashby Wold Town Council on November 27. The bakery employs five people.
""",
"02_uk.txt": """У Британії українка може втратити пекарню, яку відкрила після втечі з Озерної
Озерна.info
20.11.2025 10:00

Уродженка Озерної Олена Марчук, яка 2022 року виїхала з двома синами до Великої Британії, може втратити свою пекарню в містечку Ешбі-Волд. Власник приміщення розірвав договір оренди, пише британська регіональна газета The Wendale Evening Star.

Пекарню «Калина» пані Олена відкрила в жовтні 2023 року. Тепер у ній працюють п'ятеро людей. Виїхати з приміщення потрібно до 31 січня — власник планує реконструкцію.

За даними газети, петицію на підтримку пекарні вже підписали понад 1800 людей. Місцева депутатка пообіцяла порушити питання на засіданні міської ради 27 листопада.
""",
"03_ru.txt": """В Англии украинскую беженку выселяют из её пекарни
Северный Причал
21.11.2025 12:40

Украинская беженка Елена Марчук, открывшая пекарню «Калина» в английском городке Эшби-Уолд, должна освободить помещение до 31 января: владелец здания расторг договор аренды. Об этом сообщает британская газета The Wendale Evening Star.

По данным издания, пекарня работает с 2023 года, в ней заняты пять человек. Владелец, компания Brackley Estates, ссылается на планы реконструкции. Петицию в защиту пекарни подписали более 1800 человек.
""",
}, [
 {"name": "The Ashby Wold Chronicle", "in_corpus": True},
], [
 {"origin": "The Ashby Wold Chronicle", "article": "01_en.txt"},
 {"origin": "The Wendale Evening Star", "article": "02_uk.txt"},
 {"origin": "The Wendale Evening Star", "article": "03_ru.txt"},
], [
 {"text": "Olena Marchuk's Kalyna Bakery in Ashby Wold must leave its premises by January 31 after the landlord ended the lease.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "A petition to save the bakery has more than 1,800 signatures.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# s04: two independent reports: AP copy run by a regional paper with a "(AP) —" dateline (AP outside
# the corpus) and The Carver Falls Courier's own reporting ("told the Courier", "records obtained by
# the Courier"). Ukrainian site credits AP; Russian site credits the Courier ("пишет местная газета").
story("s04_two_reports_grain_elevator", "independent", {
"00_en.txt": """Explosion at Oregon grain elevator injures 2 workers
The Juniper Basin Record
2026-10-07 06:30

CARVER FALLS, Ore. (AP) — An explosion tore through a grain elevator in the eastern Oregon town of Carver Falls on Tuesday afternoon, injuring two workers and sending a column of smoke visible for miles, officials said.

The blast happened shortly after 3 p.m. at the Basin Grain Cooperative elevator on the edge of town, Carver Falls Fire Chief Martin Oyelaran said. One worker was flown to a hospital in Boise, Idaho, with serious burns; the other was treated for a broken arm.

"The top of the head house is just gone," Oyelaran said. Firefighters kept the flames from spreading to two neighboring storage bins.

The cause was not immediately known. Grain dust can ignite and explode when it builds up in enclosed spaces. The state's occupational safety agency said it had opened an investigation.

The cooperative's general manager did not immediately return a phone message.
""",
"01_en.txt": """'I felt it in my chest': blast rips top off Basin Grain elevator, two hurt
The Carver Falls Courier
2026-10-06T21:15:00-07:00

Two men were hurt Tuesday when an explosion blew the top off the Basin Grain Cooperative elevator on Depot Road, sending debris across the railroad tracks and rattling windows up to a mile away.

Dale Prentiss, who was unloading a truck at the scale about 200 feet away when the blast went off shortly after 3 p.m., said he saw the head house "lift and come apart."

"I felt it in my chest before I heard it," Prentiss told the Courier at the scene. He said he ran toward the elevator and helped pull one of the injured men, a co-worker he has known for 20 years, away from the burning debris.

One worker was flown to Boise with burns; the second was taken to Carver Falls Memorial with a broken arm.

Inspection records obtained by the Courier show that the state's workplace safety agency cited the cooperative in March 2024 for allowing grain dust to build up in the elevator's leg and gallery, and fined it $8,400. The records do not show whether the problem was fixed.

Cooperative board president Lyle Ankeny told the Courier on Tuesday evening that the board was "focused on our two guys and their families" and would not comment on the cause.
""",
"02_uk.txt": """У США вибухнув зерновий елеватор, двоє працівників постраждали
Агропульс
07.10.2026 12:00

У містечку Карвер-Фоллс у штаті Орегон у вівторок вибухнув зерновий елеватор кооперативу Basin Grain. Двоє працівників дістали травми, повідомляє агентство Associated Press.

Вибух стався близько 15:00 за місцевим часом. Одного з постраждалих з опіками доправили гелікоптером до лікарні в Бойсі, інший має перелом руки, сказав агентству начальник місцевої пожежної служби Мартін Оєларан.

Причина вибуху невідома. Як зазначає AP, зерновий пил може спалахнути й вибухнути в закритих приміщеннях. Розслідування розпочала служба охорони праці штату.
""",
"03_ru.txt": """В Орегоне взорвался зерновой элеватор: пострадали двое рабочих
Зерновой Вестник
07.10.2026 18:20

В городке Карвер-Фоллс (штат Орегон) во вторник взорвался элеватор зернового кооператива Basin Grain, пострадали двое рабочих, пишет местная газета The Carver Falls Courier.

По словам очевидца, которого цитирует издание, верхнюю часть элеватора «подбросило и разорвало». Одного рабочего с ожогами доставили вертолётом в Бойсе, у второго перелом руки.

По данным газеты, ознакомившейся с документами инспекции, в марте 2024 года кооператив уже штрафовали на 8400 долларов за скопление зерновой пыли в элеваторе.
""",
}, [
 {"name": "Associated Press", "in_corpus": False},
 {"name": "The Carver Falls Courier", "in_corpus": True},
], [
 {"origin": "Associated Press", "article": "00_en.txt"},
 {"origin": "Associated Press", "article": "02_uk.txt"},
 {"origin": "The Carver Falls Courier", "article": "03_ru.txt"},
], [
 {"text": "An explosion at the Basin Grain Cooperative elevator in Carver Falls, Oregon, injured two workers.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "The cooperative was cited and fined $8,400 in March 2024 for grain dust build-up in the elevator.",
  "articles": ["01_en.txt", "03_ru.txt"], "independent_sources": 1},
])

# s05: PA Media (outside the corpus) relayed plainly ("PA Media reported", en and de); The Harrowby
# Herald relays PA Media and adds its own interviews ("told the Herald") and carries a "Correction:"
# line: edge from PA Media plus The Harrowby Herald as an in-corpus origin. The closure claim has two
# roots (PA Media, The Harrowby Herald).
story("s05_agency_plus_own_birth_unit", "agency_plus_own", {
"00_en.txt": """Midwife-led birth unit at Harrowby hospital to close in April
The Kingsmere Post
Thu, 21 Jan 2027 15:05:00 +0000

The midwife-led birth unit at Harrowby Community Hospital will close on April 1, with mothers sent to Kingsmere General Hospital 26 miles away, PA Media reported.

North Fenland and Harrowby NHS Trust said the unit had delivered 212 babies in 2026, down from more than 400 a decade ago, and that it could no longer staff it safely around the clock.

Trust chief executive Dr Alan Whitcombe told PA Media the decision was "about safety, not money". Four of the unit's 11 midwife posts are currently vacant.

Local MP Fiona Greaves said she would ask the Health Secretary to review the closure.
""",
"01_en.txt": """'We'll be giving birth in lay-bys': Harrowby reacts to birth unit closure
The Harrowby Herald
2027-01-22 08:00

Harrowby Community Hospital's midwife-led birth unit will close on April 1, PA Media reported on Thursday, leaving expectant mothers facing a 26-mile journey to Kingsmere General.

North Fenland and Harrowby NHS Trust told the news agency the unit had delivered 212 babies last year and could not be staffed safely.

Midwife Jenna Coles, who has worked at the unit for 14 years, told the Herald that staff learned of the decision at a meeting on Wednesday afternoon. "Half of us were in tears. We had no idea it was that close," she said.

Priya Dhaliwal, who gave birth to her second son at the unit in November, told the Herald: "My first labour lasted 40 minutes. If I'd had to drive to Kingsmere, we'd have been giving birth in a lay-by on the A17."

A public meeting has been called at Harrowby Town Hall on January 29 at 7pm.

Correction: An earlier version of this article said the birth unit opened in 1996. It opened in 1998.
""",
"02_de.txt": """Englische Kleinstadt verliert ihre Geburtsstation
Elbtaler Rundschau
22. Januar 2027

Im ostenglischen Harrowby schließt zum 1. April die von Hebammen geleitete Geburtsstation des örtlichen Krankenhauses, wie die britische Nachrichtenagentur PA Media berichtet. Werdende Mütter müssen künftig ins 26 Meilen entfernte Kingsmere fahren.

Der zuständige Klinikverbund begründete den Schritt laut PA Media mit Personalmangel: Vier von elf Hebammenstellen seien unbesetzt. 2026 kamen in der Station 212 Kinder zur Welt, vor zehn Jahren waren es noch mehr als 400.

Es gehe „um Sicherheit, nicht um Geld", sagte Klinikchef Alan Whitcombe der Agentur.
""",
}, [
 {"name": "PA Media", "in_corpus": False},
 {"name": "The Harrowby Herald", "in_corpus": True},
], [
 {"origin": "PA Media", "article": "00_en.txt"},
 {"origin": "PA Media", "article": "01_en.txt"},
 {"origin": "PA Media", "article": "02_de.txt"},
], [
 {"text": "The midwife-led birth unit at Harrowby Community Hospital will close on April 1, with mothers sent to Kingsmere 26 miles away.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt"], "independent_sources": 2},
])

# s06: a sheriff's news conference covered independently by three outlets, each its own origin:
# The Granite Pass Tribune ("said at a news conference"), WRVL-TV 11 News (own, "told WRVL-TV 11
# News"), The Granite Pass Ledger ("the Ledger confirmed"); a fourth outlet relays the Tribune
# ("according to the Tribune's reporting"). The rescue claim has three roots.
story("s06_press_conference_hikers", "press_conference", {
"00_en.txt": """Missing teen hikers found alive after three nights in Harwell woods
The Granite Pass Tribune
2026-08-15T13:20:00-04:00

Two teenagers missing for three nights in the Harwell State Forest were found alive early Saturday, cold and hungry but without serious injuries, Harwell County Sheriff Dana Whitcomb said at a news conference Saturday morning.

Eli Sandoval, 16, and Mara Keefe, 17, both of Granite Pass, were spotted at about 6:40 a.m. by a volunteer search dog team near Bighorn Pond, roughly 11 miles from the trailhead where their car was found Wednesday night.

"They did everything right once they knew they were lost. They stayed together, they stayed near water, and they built a shelter," Whitcomb said at the sheriff's office. More than 120 searchers and a state police helicopter had been looking for the pair.

Whitcomb said the teens had set out Wednesday for a day hike to Ledge Falls and took a wrong fork in fog. Their phones lost signal within the first hour.

The sheriff thanked the volunteers of the Harwell Valley Search Dog Unit, whose dog, a 6-year-old German shepherd named Juno, picked up the scent.
""",
"01_en.txt": """'They built a shelter': sheriff says lost teens found alive near Bighorn Pond
WRVL-TV 11 News
2026-08-15 12:50

GRANITE PASS, N.H. — The two Granite Pass teenagers who disappeared in the Harwell State Forest on Wednesday are alive, Sheriff Dana Whitcomb announced at a news conference at the Harwell County Sheriff's Office on Saturday.

Whitcomb told reporters that a volunteer dog team found 16-year-old Eli Sandoval and 17-year-old Mara Keefe near Bighorn Pond just after sunrise. The pair had built a lean-to from branches and stayed near the water.

After the news conference, Whitcomb told WRVL-TV 11 News that the teens were "shivering and very, very hungry" but able to walk out with help. "That's the best phone call I've made in 22 years," he said of telling their parents.

More than 120 people took part in the search. The teens' families have asked for privacy.
""",
"02_en.txt": """Sheriff: Sandoval and Keefe found by search dog after 3 nights lost
The Granite Pass Ledger
August 15, 2026

Search dog Juno found the two missing Granite Pass teenagers on Saturday morning, ending a three-night search of the Harwell State Forest, Sheriff Dana Whitcomb said at a news conference.

Eli Sandoval, 16, and Mara Keefe, 17, were found near Bighorn Pond about 11 miles from the Ledge Falls trailhead, Whitcomb said. He described them as cold, dehydrated and hungry.

Both teenagers were taken to St. Anselm Medical Center in Granite Pass for evaluation, and both were in good condition Saturday afternoon, the Ledger confirmed with a hospital spokesperson.

Whitcomb said the pair took a wrong trail in fog on Wednesday. He urged hikers to carry a paper map and to tell someone their route.
""",
"03_en.txt": """Lost New Hampshire teens found alive by search dog
The Summit County Sun
2026-08-16 09:00

Two teenagers who spent three nights lost in New Hampshire's Harwell State Forest were found alive Saturday morning, the Granite Pass Tribune reported.

According to the Tribune's reporting, Eli Sandoval, 16, and Mara Keefe, 17, were found near Bighorn Pond, about 11 miles from where their car was parked, by a volunteer search dog team. Harwell County Sheriff Dana Whitcomb told a news conference that the pair "did everything right once they knew they were lost," the paper said.

More than 120 searchers took part.
""",
}, [
 {"name": "The Granite Pass Tribune", "in_corpus": True},
 {"name": "WRVL-TV 11 News", "in_corpus": True},
 {"name": "The Granite Pass Ledger", "in_corpus": True},
], [
 {"origin": "The Granite Pass Tribune", "article": "03_en.txt"},
], [
 {"text": "Missing teenagers Eli Sandoval and Mara Keefe were found alive near Bighorn Pond in the Harwell State Forest after three nights.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 3},
 {"text": "Both teenagers were taken to St. Anselm Medical Center and were in good condition.",
  "articles": ["02_en.txt"], "independent_sources": 1},
])

# s07: The Fenwick Gazette's own FOI report; a credited relay ("the Gazette reported"); an uncredited
# English rewrite published the next day that keeps Gazette-only details (the FOI figure for the
# consultants' names and the second councillor's quote) but no credit; a Russian relay. One root.
story("s07_rewrite_bypass_consultants", "rewrite", {
"00_en.txt": """Council paid consultants £212,000 for bypass plan it had already dropped
The Fenwick Gazette
2025-09-04 07:00

Fenwick District Council paid consultants more than £212,000 to keep working on the Fenwick eastern bypass for eight months after councillors had voted to drop the scheme, figures released to the Gazette under the Freedom of Information Act show.

The council's cabinet voted to abandon the £38 million road in July 2024. But invoices from engineering firm Halden Moore Associates show the council went on paying for traffic modelling, ecology surveys and design work until March 2025.

"It is money down the drain, pure and simple," Liberal Democrat councillor Harriet Oduya told the Gazette. "Nobody picked up the phone to tell the consultants to stop."

Independent councillor Ravi Menon, who chairs the council's audit committee, said he would ask for an internal review. "I want to know who signed off each of those invoices," he told the Gazette.

A council spokesperson said the work had been "contracted in stages" and that some of it "may still be of value should a bypass be reconsidered in future".

The 14 invoices were paid between August 2024 and March 2025. The largest, for £61,400, covered an ecology survey of Fenwick Marsh.
""",
"01_en.txt": """Fenwick council spent £212k on scrapped bypass, FOI shows
The Lowfield Mercury
2025-09-04T18:00:00+01:00

Fenwick District Council went on paying consultants for work on a bypass for eight months after deciding not to build it, the Gazette reported on Thursday.

The Fenwick Gazette obtained invoices showing the council paid Halden Moore Associates more than £212,000 between August 2024 and March 2025 for work on the abandoned £38 million eastern bypass.

Councillor Harriet Oduya told the paper it was "money down the drain".
""",
"02_en.txt": """Scrapped Fenwick bypass: £212,000 paid to consultants after scheme dropped
Marsh Valley News
2025-09-05 11:30

More than £212,000 of taxpayers' money was paid to consultants for work on the Fenwick eastern bypass after the council had already scrapped the road.

Fenwick District Council abandoned the £38 million scheme in July 2024, but went on paying engineering firm Halden Moore Associates for traffic modelling, ecology surveys and design work until March 2025. Fourteen invoices were paid in that time, the biggest of them £61,400 for an ecology survey of Fenwick Marsh.

Councillor Harriet Oduya called it "money down the drain, pure and simple", adding that nobody had phoned the consultants to tell them to stop. Audit committee chair Ravi Menon wants an internal review and wants to know who signed off each invoice.

The council says the work was contracted in stages and may still be useful if a bypass is reconsidered.
""",
"03_ru.txt": """Английский муниципалитет восемь месяцев платил за проект отменённой дороги
Альбион-Экспресс
06.09.2025 10:10

Совет округа Фенвик в Англии заплатил консультантам более 212 тысяч фунтов за работу над проектом объездной дороги уже после того, как от строительства отказались. Об этом сообщает британская местная газета The Fenwick Gazette, получившая документы по запросу о свободе информации.

По данным газеты, совет отказался от проекта стоимостью 38 млн фунтов в июле 2024 года, но продолжал оплачивать счета инженерной фирмы Halden Moore Associates до марта 2025 года. Местный депутат Харриет Одуя назвала это «деньгами на ветер».
""",
}, [
 {"name": "The Fenwick Gazette", "in_corpus": True},
], [
 {"origin": "The Fenwick Gazette", "article": "01_en.txt"},
 {"origin": "The Fenwick Gazette", "article": "02_en.txt"},
 {"origin": "The Fenwick Gazette", "article": "03_ru.txt"},
], [
 {"text": "Fenwick District Council paid consultants more than £212,000 for work on the eastern bypass after it had dropped the scheme.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
])

# s08: an official's Telegram post (head of the Zarichna regional military administration, Oleh
# Hnatiuk) relayed without any medium credited: origin outside the corpus named by the person.
# 02_en.txt has neither outlet nor date line.
story("s08_official_post_ice_jam", "official_post", {
"00_uk.txt": """Крижаний затор на Тисьменці: у Вербівці підтоплено 40 будинків
Заріччя Online
08.03.2027 09:40

Через крижаний затор на річці Тисьменка в селі Вербівка Заріченської області підтоплено 40 житлових будинків. Про це повідомив у своєму Telegram-каналі голова Заріченської обласної військової адміністрації Олег Гнатюк.

За його словами, вода почала підніматися близько третьої ночі. Рятувальники евакуювали 112 мешканців, серед них 19 дітей. Людей тимчасово розмістили в приміщенні місцевої школи.

«Рівень води стабілізувався, але до підриву затору повертатися додому небезпечно», — написав Гнатюк. Піротехніки ДСНС мають розпочати роботи на річці в понеділок після обіду.

Постраждалих немає.
""",
"01_ru.txt": """В Зареченской области из-за ледового затора подтоплены 40 домов
Вечерний Залив
08.03.2027 11:15

В селе Вербовка Зареченской области Украины из-за ледового затора на реке Тысменка подтоплены 40 жилых домов, эвакуированы 112 человек, в том числе 19 детей. Об этом сообщил в Telegram глава Зареченской областной военной администрации Олег Гнатюк.

По его словам, вода начала подниматься около трёх часов ночи. Эвакуированных разместили в здании школы. Гнатюк предупредил, что возвращаться домой до подрыва затора опасно. Пострадавших нет.
""",
"02_en.txt": """Ice jam floods 40 homes in Ukrainian village of Verbivka

An ice jam on the Tysmenka river has flooded 40 homes in the village of Verbivka in Ukraine's Zarichna region, and 112 residents including 19 children have been evacuated, the head of the regional military administration, Oleh Hnatiuk, wrote on Telegram on Monday.

Water began rising at about 3 a.m., Hnatiuk said. The evacuees are being housed in the village school. Explosives experts from the State Emergency Service were due to start breaking up the jam on Monday afternoon.

"The water level has stabilised, but it is dangerous to go home until the jam is cleared," Hnatiuk wrote. No one was hurt.
""",
"03_fr.txt": """Ukraine : un embâcle inonde 40 maisons dans le village de Verbivka
L'Écho de Valmorin
8 mars 2027

Un embâcle sur la rivière Tysmenka a inondé 40 maisons dans le village de Verbivka, dans la région ukrainienne de Zaritchna, a annoncé lundi sur sa chaîne Telegram le chef de l'administration militaire régionale, Oleh Hnatiouk.

Quelque 112 habitants, dont 19 enfants, ont été évacués et hébergés dans l'école du village. Aucune victime n'est à déplorer. Des démineurs des services d'urgence devaient faire sauter la glace dans l'après-midi.
""",
}, [
 {"name": "Oleh Hnatiuk", "in_corpus": False},
], [
 {"origin": "Oleh Hnatiuk", "article": "00_uk.txt"},
 {"origin": "Oleh Hnatiuk", "article": "01_ru.txt"},
 {"origin": "Oleh Hnatiuk", "article": "02_en.txt"},
 {"origin": "Oleh Hnatiuk", "article": "03_fr.txt"},
], [
 {"text": "An ice jam on the Tysmenka flooded 40 homes in Verbivka and 112 residents, including 19 children, were evacuated.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 24 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": sorted(arts),
            "origins": origins, "relays": relays, "claims": claims,
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
