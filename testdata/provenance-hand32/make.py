#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand32 set.
Events, people, companies and products are invented; the outlets are real news organisations."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: origin outside the corpus (Bloomberg) relayed 5x. Trap: the Reuters article has a
# "(Reuters) -" dateline but only relays ("Bloomberg News reported earlier", "Reuters could not
# immediately verify the report"); ru «Блумберг», uk "з посиланням на Bloomberg" + «Блумберг».
story("s01_bloomberg_chip_plant_sale", "agency", {
"00_en.txt": """Chipmaker Veltmark explores sale of Welsh wafer plant - Bloomberg News
www.reuters.com
2027-03-09T14:42:00+00:00

March 9 (Reuters) - Dutch chipmaker Veltmark Semiconductors is exploring a sale of its wafer plant in Newport, Wales, which could be valued at about 600 million pounds ($760 million), Bloomberg News reported earlier on Tuesday, citing people familiar with the matter.

Veltmark is working with advisers to gauge interest from potential buyers, including private equity firms and at least one Asian chipmaker, the report said. No final decision has been made and the company could still decide to keep the plant, according to the report.

Veltmark declined to comment. Reuters could not immediately verify the report.

The Newport site, which makes power chips for the car industry, employs about 1,100 people. Veltmark chief executive Pieter Oosterwold told analysts in February that the group was "reviewing its manufacturing footprint" after two years of falling orders from European carmakers.

Shares in Veltmark rose 3.2% in Amsterdam after the report.
""",
"01_en.txt": """Hundreds of Welsh chip jobs in doubt as Veltmark weighs sale of Newport plant
The Independent
2027-03-09 17:05

More than a thousand jobs at a semiconductor plant in south Wales face an uncertain future after its Dutch owner began exploring a sale, according to a report by Bloomberg.

Veltmark Semiconductors, which bought the Newport wafer plant in 2021, has hired advisers to sound out buyers, and the site could be valued at around £600m, the financial news agency said, citing people familiar with the matter.

The plant makes power chips used in electric cars and employs about 1,100 people, many of them engineers trained at local colleges.

Newport's member of the Senedd, Gareth Pryce-Lloyd, said in a statement that the workforce "deserves clarity, not rumours" and called on the company to meet staff representatives this week.

Veltmark declined to comment on the report.
""",
"02_en.txt": """Dutch owner of Newport chip factory 'looking for a buyer' in £600m sale
www.dailymail.co.uk
Tue, 09 Mar 2027 19:30:00 +0000

The Dutch owner of a major Welsh microchip factory is quietly hunting for a buyer, Bloomberg reported.

Veltmark Semiconductors has drafted in advisers to test the appetite of private equity firms and at least one Asian chipmaker for its plant in Newport, the report said. The factory could fetch around £600million.

No final decision has been taken and the firm could yet hold on to the site, Bloomberg added.

The plant employs about 1,100 people. Veltmark refused to comment.
""",
"03_ru.txt": """Нидерландская Veltmark может продать завод микросхем в Уэльсе
Коммерсантъ
09.03.2027 20:10

Нидерландский производитель полупроводников Veltmark Semiconductors изучает возможность продажи своего завода по выпуску пластин в Ньюпорте (Уэльс), сообщает агентство «Блумберг» со ссылкой на источники, знакомые с ситуацией. Предприятие может быть оценено примерно в 600 млн фунтов.

По данным агентства, компания вместе с консультантами оценивает интерес потенциальных покупателей, среди которых фонды прямых инвестиций и как минимум один азиатский производитель микросхем. Окончательное решение не принято.

В Veltmark от комментариев отказались. На заводе работают около 1100 человек.
""",
"04_uk.txt": """Нідерландська Veltmark шукає покупця для заводу мікросхем в Уельсі
Економічна правда
10.03.2027 09:20

Нідерландський виробник напівпровідників Veltmark Semiconductors вивчає можливість продажу свого заводу в місті Ньюпорт в Уельсі, який можуть оцінити приблизно в 600 млн фунтів стерлінгів. Про це повідомляє Bloomberg з посиланням на обізнані джерела.

За даними «Блумберга», компанія залучила радників, щоб оцінити інтерес потенційних покупців. Остаточного рішення поки немає.

На заводі, що виготовляє силові мікросхеми для автопрому, працюють близько 1100 людей. У Veltmark від коментарів відмовилися.
""",
}, [{"name": "Bloomberg", "in_corpus": False}],
[{"origin": "Bloomberg", "article": a} for a in ["00_en.txt", "01_en.txt", "02_en.txt", "03_ru.txt", "04_uk.txt"]],
[{"text": "Veltmark Semiconductors is exploring a sale of its Newport wafer plant, which could be valued at about £600m.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_ru.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Potential buyers include private equity firms and at least one Asian chipmaker.",
  "articles": ["00_en.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s02: Reuters in the corpus with its own reporting (dateline, "told Reuters", "memo seen by
# Reuters"); The Guardian "Reuters reported on Tuesday, citing"; The Telegraph "Reuters said in a
# report on Tuesday"; ru "со ссылкой на «Рейтер»"; Daily Mail: uncredited English rewrite of the
# Reuters copy six hours later (same memo quote, same figures) -> edge from Reuters.
story("s02_reuters_airline_job_cuts", "wire", {
"00_en.txt": """Exclusive: Aurel Air to cut 900 jobs, shut Manchester base - sources
Reuters
2027-03-02T07:15:00+00:00

RIGA/LONDON, March 2 (Reuters) - Latvian low-cost airline Aurel Air plans to cut about 900 jobs and close its Manchester base by the end of June, three people familiar with the plans told Reuters, as it struggles with higher fuel costs and delayed aircraft deliveries.

The airline will move four of its six Manchester-based Airbus A320 jets to Riga and Vilnius, according to an internal memo seen by Reuters. "We have to concentrate the fleet where we make money," said the memo, signed by chief operating officer Ilze Kalnina.

The sources, who declined to be named because the plans have not been made public, said pilots' and cabin crew unions would be informed on Thursday. Most of the job cuts would fall on cabin crew and ground staff in Manchester, they said.

Aurel Air, which carried 7.4 million passengers last year, did not respond to a request for comment.
""",
"01_en.txt": """Aurel Air set to close Manchester base with loss of 900 jobs
www.theguardian.com
2027-03-02 11:40

The Latvian budget airline Aurel Air is planning to close its Manchester base and cut about 900 jobs by the end of June, Reuters reported on Tuesday, citing three people familiar with the plans.

Four of the six Airbus jets based at the airport would be moved to Riga and Vilnius, the news agency said, quoting an internal memo in which the airline's chief operating officer, Ilze Kalnina, wrote that the carrier had to "concentrate the fleet where we make money".

Manchester airport said in a statement it was "disappointed" and would work to attract other airlines to the routes. The union Unite said it had not been consulted and would seek urgent talks.

Aurel Air has flown from Manchester since 2019.
""",
"02_en.txt": """Budget airline Aurel Air to axe 900 jobs in Manchester exit
The Telegraph
2 March 2027

Aurel Air, the Latvian low-cost carrier, is preparing to pull out of Manchester and cut around 900 jobs, Reuters said in a report on Tuesday.

The airline plans to shut its base at the airport by the end of June, according to the news agency, which cited three people familiar with the plans. Unions are expected to be told on Thursday.

The move is a blow to Manchester, which has lost two other short-haul operators in the past year. Aurel Air did not respond to requests for comment.
""",
"03_en.txt": """Aurel Air to shut Manchester base and cut 900 jobs as it moves jets to the Baltics
Daily Mail
2027-03-02T13:20:00+00:00

Latvian low-cost airline Aurel Air plans to cut about 900 jobs and close its Manchester base by the end of June as it battles higher fuel costs and delayed aircraft deliveries.

The airline will move four of its six Manchester-based Airbus A320 jets to Riga and Vilnius, an internal memo shows. 'We have to concentrate the fleet where we make money,' said the memo, signed by chief operating officer Ilze Kalnina.

Pilots' and cabin crew unions will be informed on Thursday, with most of the cuts falling on cabin crew and ground staff in Manchester.

Aurel Air, which carried 7.4 million passengers last year, did not respond to a request for comment.
""",
"04_ru.txt": """Латвийская Aurel Air закроет базу в Манчестере и сократит 900 сотрудников
РБК
02.03.2027 12:05

Латвийский лоукостер Aurel Air планирует сократить около 900 сотрудников и до конца июня закрыть базу в британском Манчестере. Об этом сообщает агентство «Рейтер» со ссылкой на три источника, знакомых с планами компании.

По данным агентства, четыре из шести самолетов Airbus A320, базирующихся в Манчестере, перебросят в Ригу и Вильнюс. В Aurel Air на запрос не ответили.
""",
}, [{"name": "Reuters", "in_corpus": True}],
[{"origin": "Reuters", "article": a} for a in ["01_en.txt", "02_en.txt", "03_en.txt", "04_ru.txt"]],
[{"text": "Aurel Air plans to cut about 900 jobs and close its Manchester base by the end of June.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Four of the six Manchester-based Aurel Air jets will be moved to Riga and Vilnius.",
  "articles": ["00_en.txt", "01_en.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1}])

# s03: chain of three: The Kyiv Independent (own visit, "told the Kyiv Independent") -> BBC
# ("according to a report in the Kyiv Independent") -> ru (Новая газета Европа: "сообщает
# Би-би-си со ссылкой на ... The Kyiv Independent") and The Times ("the BBC reported" + "told the
# BBC" although she spoke to the Kyiv Independent). ru and Times get their edge from the BBC.
story("s03_chain_metro_maternity_ward", "chain", {
"00_en.txt": """Born underground: Kharkiv maternity ward in metro tunnel delivers its 41st baby
kyivindependent.com
2027-02-15T08:00:00+02:00

KHARKIV - Behind a steel blast door in a disused service tunnel of the Kharkiv metro, a maternity ward with 18 beds has delivered 41 babies since it opened in November, the Kyiv Independent found during a visit on Feb. 13.

The ward belongs to the city's Perinatal Centre No. 3, whose above-ground building was damaged by a glide bomb last summer. Two delivery rooms, a neonatal unit and a small operating theatre were built in the tunnel in four months.

"Mothers tell us the first thing they notice is the silence. No sirens reach down here," head doctor Olena Vdovychenko told the Kyiv Independent. "For the first time in two years, we can plan a birth instead of running with it."

During the visit, a Kyiv Independent reporter saw nurses carrying oxygen cylinders down 96 steps; a lift is due to be installed in the spring. The unit runs on two generators and a ventilation system donated by a Polish hospital.
""",
"01_en.txt": """Kharkiv: The maternity ward hidden in a metro tunnel
www.bbc.co.uk
15 February 2027

Doctors in Ukraine's second city, Kharkiv, have delivered 41 babies in a maternity ward built inside a disused metro tunnel, according to a report in the Kyiv Independent.

The 18-bed ward, run by the city's Perinatal Centre No. 3, opened in November after the centre's main building was damaged in an air strike, the English-language Ukrainian news site reported.

"No sirens reach down here," head doctor Olena Vdovychenko told the Kyiv Independent. Staff currently carry oxygen cylinders down nearly a hundred steps, the report said, although a lift is due to be installed.

Kharkiv, about 30km (19 miles) from the Russian border, is regularly targeted by Russian missiles and drones.
""",
"02_ru.txt": """В Харькове в тоннеле метро открыли роддом: там родился уже 41 ребенок
Новая газета Европа
15.02.2027 16:30

В Харькове в заброшенном служебном тоннеле метро работает родильное отделение на 18 коек, где с ноября появился на свет 41 ребенок. Об этом сообщает Би-би-си со ссылкой на англоязычное украинское издание The Kyiv Independent.

Отделение принадлежит перинатальному центру №3, здание которого пострадало от авиаудара. «Сюда не доносятся сирены», — приводит Би-би-си слова главного врача Елены Вдовиченко.
""",
"03_en.txt": """Babies born in Kharkiv metro tunnel as bombs fall above
The Times
2027-02-16T06:00:00+00:00

Forty-one babies have been born in a maternity ward dug into a disused metro tunnel in Kharkiv, the BBC reported.

The unit, with 18 beds, two delivery rooms and a neonatal unit, opened in November after a bomb damaged the city's Perinatal Centre No. 3.

"No sirens reach down here," Dr Olena Vdovychenko, the head doctor, told the BBC.

Kharkiv has been under near-constant bombardment since the full-scale invasion began in February 2022.
""",
}, [{"name": "The Kyiv Independent", "in_corpus": True}],
[{"origin": "The Kyiv Independent", "article": "01_en.txt"},
 {"origin": "BBC", "article": "02_ru.txt"},
 {"origin": "BBC", "article": "03_en.txt"}],
[{"text": "A maternity ward in a disused Kharkiv metro tunnel has delivered 41 babies since it opened in November.",
  "articles": ["00_en.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# s04: two independent in-corpus origins for one claim: The Times ("The Times has learnt",
# Whitehall sources) and the FT ("told the Financial Times", officials briefed on the deal).
# Politico credits both ("the Times of London reported" + "According to the paper" + "The FT
# reported") -> two edges; uk credits The Times only («Таймс»).
# Only the shared claim is labelled: Politico carries both roots, so per-origin detail claims
# (Belfast plant, frozen assets) would make the per-article root count ambiguous.
story("s04_two_origins_missiles_for_ukraine", "independent", {
"00_en.txt": """Britain to buy 400 missiles for Ukraine in £1.6bn deal
www.thetimes.co.uk
2027-02-22T21:30:00+00:00

Britain will buy 400 Tern interceptor missiles for Ukraine's air defences in a £1.6 billion deal to be announced this week, The Times has learnt.

The missiles will be built by Albion Dynamics at its plant in Belfast, where a second production line is to open in April, Whitehall sources said. The first batch is due to reach Ukraine before the summer.

Ministers hope the order will also secure about 300 jobs in Northern Ireland. One senior official said the deal was "the largest single air-defence purchase Britain has made for another country".

The Ministry of Defence said it did not comment on speculation.
""",
"01_en.txt": """UK agrees £1.6bn missile purchase for Kyiv funded by frozen Russian assets
www.ft.com
2027-02-22T22:10:00+00:00

The UK will pay £1.6bn for 400 Tern air-defence interceptors for Ukraine, using proceeds from frozen Russian state assets, according to two officials briefed on the deal.

"This is Russian money paying to shoot down Russian missiles," one of the officials told the Financial Times. The Treasury signed off the arrangement last week, the officials said.

Armed forces minister Rachel Dunmore is expected to announce the purchase in the Commons on Wednesday. The MoD declined to comment.
""",
"02_en.txt": """UK to buy £1.6B in air-defense missiles for Ukraine
www.politico.eu
2027-02-23 07:45

LONDON — The U.K. government will buy 400 Tern interceptor missiles for Ukraine in a deal worth £1.6 billion, the Times of London reported on Monday night.

According to the paper, the missiles will be made by Albion Dynamics in Belfast. The FT reported that the purchase will be paid for with proceeds from frozen Russian state assets.

Armed Forces Minister Rachel Dunmore is expected to set out the details to MPs this week. The Ministry of Defence declined to comment.
""",
"03_uk.txt": """Британія закупить для України 400 ракет-перехоплювачів на 1,6 млрд фунтів
Європейська правда
23.02.2027 09:10

Велика Британія закупить для української протиповітряної оборони 400 ракет-перехоплювачів Tern на суму 1,6 млрд фунтів стерлінгів. Про це пише британська газета The Times з посиланням на джерела в уряді.

За інформацією «Таймс», ракети виготовлятиме компанія Albion Dynamics на заводі в Белфасті, а першу партію Україна має отримати до літа.

У міністерстві оборони Британії ці дані не коментують.
""",
}, [{"name": "The Times", "in_corpus": True}, {"name": "Financial Times", "in_corpus": True}],
[{"origin": "The Times", "article": "02_en.txt"},
 {"origin": "Financial Times", "article": "02_en.txt"},
 {"origin": "The Times", "article": "03_uk.txt"}],
[{"text": "Britain will buy 400 Tern interceptor missiles for Ukraine in a deal worth £1.6bn.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2}])

# s05: Axios scoop ("Axios has learned", sources "told Axios"); The Guardian relays it ("as first
# reported by Axios") AND "has independently confirmed" it with its own source -> edge from Axios
# plus The Guardian as an origin; CNN "Axios first reported" (+ an unanswered "CNN's request for
# comment", not own reporting); uk credits «Гардіан» -> edge Guardian.
story("s05_confirm_ambassador_nomination", "confirm", {
"00_en.txt": """Scoop: White House picks Margaret Holloway for Ukraine ambassador
www.axios.com
2027-01-19T06:30:00-05:00

The White House has settled on Margaret Holloway, a former deputy commerce secretary and longtime Senate Foreign Relations staffer, as the next U.S. ambassador to Ukraine, Axios has learned.

Why it matters: The post has been vacant for seven months, the longest gap since Ukraine's independence.

Driving the news: Two sources familiar with the decision told Axios that Holloway accepted the offer last week and has begun the paperwork for Senate confirmation.

Between the lines: Holloway, 58, is seen as a Senate-friendly pick. She spent 11 years as a committee staffer and has close ties to members of both parties.

The White House declined to comment.
""",
"01_en.txt": """Margaret Holloway to be named US ambassador to Ukraine
The Guardian
2027-01-19T15:10:00+00:00

The White House will nominate Margaret Holloway, a former deputy commerce secretary, as the next US ambassador to Ukraine, as first reported by Axios.

The Guardian has independently confirmed the nomination with a State Department official, who spoke on condition of anonymity because the decision has not been announced. The official said the nomination would be sent to the Senate next week.

The embassy in Kyiv has been run by a chargé d'affaires since the previous ambassador left in June. Holloway, who spent more than a decade as a Senate foreign relations committee staffer, is expected to win confirmation comfortably.
""",
"02_en.txt": """White House to tap Margaret Holloway as ambassador to Ukraine
edition.cnn.com
2027-01-19 12:25

The White House plans to nominate Margaret Holloway to serve as US ambassador to Ukraine, filling a post that has been empty since June.

Axios first reported the planned nomination. The White House did not respond to CNN's request for comment.

Holloway, a former deputy commerce secretary, previously worked for more than a decade on the staff of the Senate Foreign Relations Committee.
""",
"03_uk.txt": """Послом США в Україні стане Маргарет Голловей — ЗМІ
РБК-Україна
19.01.2027 19:40

Білий дім висуне колишню заступницю міністра торгівлі Маргарет Голловей на посаду посла США в Україні. Про це повідомляє британська газета «Гардіан» з посиланням на посадовця Держдепартаменту.

За даними видання, кандидатуру Голловей передадуть до Сенату наступного тижня. Посада посла США в Україні вакантна з червня.
""",
}, [{"name": "Axios", "in_corpus": True}, {"name": "The Guardian", "in_corpus": True}],
[{"origin": "Axios", "article": "01_en.txt"},
 {"origin": "Axios", "article": "02_en.txt"},
 {"origin": "The Guardian", "article": "03_uk.txt"}],
[{"text": "The White House will nominate Margaret Holloway as US ambassador to Ukraine.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2}])

# s06: a TV interview outside the corpus: the chief executive (a company official, never an
# origin) "said in an interview with CNN" / "told CNN" / "в інтерв'ю CNN" -> CNN is the origin
# (in_corpus false) for all four; the company's later statement is not an origin.
story("s06_interview_car_plant_halt", "interview", {
"00_en.txt": """Orrin Motors to halt Ohio plant for six weeks over battery shortage, CEO says
www.washingtonpost.com
2027-04-11T16:20:00-04:00

Orrin Motors will halt production at its Brackett, Ohio, assembly plant for six weeks from April 19 because of a shortage of battery cells, chief executive Marcus Feld said in an interview with CNN's "State of the Union" on Sunday.

About 2,300 workers will be temporarily laid off, Feld said, adding that the company would top up state unemployment benefits. The shortage follows a fire last month at a cell plant run by one of Orrin's suppliers in South Korea.

"We would rather stop the line cleanly than build half-finished trucks and park them in a field," Feld said.

The Brackett plant builds Orrin's Ridgeline electric pickup, its best-selling model.
""",
"01_en.txt": """Orrin Motors CEO says Ohio EV plant will stop for six weeks
apnews.com
April 11, 2027

DETROIT (AP) - Orrin Motors will shut its Brackett, Ohio, electric pickup plant for six weeks starting April 19 because it cannot get enough battery cells, CEO Marcus Feld told CNN on Sunday.

Feld blamed a March fire at a supplier's factory in South Korea. "We would rather stop the line cleanly than build half-finished trucks," he said.

The United Auto Workers local in Brackett said in a statement that it expected the company to honor its contract obligations to laid-off workers.
""",
"02_en.txt": """Orrin to Pause Ohio Truck Plant as Battery Shortage Bites
The New York Times
Sun, 11 Apr 2027 21:05:00 +0000

Orrin Motors will idle its electric pickup plant in Brackett, Ohio, for six weeks, its chief executive, Marcus Feld, said on Sunday, the latest sign of strain in the supply chain for electric-vehicle batteries.

Mr. Feld, speaking in an interview with CNN, said about 2,300 workers would be temporarily laid off from April 19. The company later confirmed the figures in a statement.

The shutdown is a setback for Orrin, which had promised investors in February that it would double output of its Ridgeline pickup this year.
""",
"03_uk.txt": """Американська Orrin Motors на шість тижнів зупинить завод в Огайо через брак батарей
NV
12.04.2027 08:15

Американський автовиробник Orrin Motors з 19 квітня на шість тижнів зупинить завод електропікапів у місті Бракетт (штат Огайо) через нестачу акумуляторних елементів. Про це генеральний директор компанії Маркус Фелд заявив в інтерв'ю CNN.

За його словами, близько 2300 працівників тимчасово відправлять у вимушену відпустку. Причиною дефіциту стала пожежа на заводі постачальника в Південній Кореї.
""",
}, [{"name": "CNN", "in_corpus": False}],
[{"origin": "CNN", "article": a} for a in ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"]],
[{"text": "Orrin Motors will halt production at its Brackett, Ohio, plant for six weeks from April 19 because of a battery cell shortage.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "About 2,300 workers will be temporarily laid off.",
  "articles": ["00_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
            assert r["origin"] != r["article"]
        for c in claims:
            assert set(c["articles"]) <= set(names), (id, c)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 32 (invented events, real outlets); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "stories,", sum(len(s["articles"]) for s in out), "articles")

if __name__ == "__main__":
    main()
