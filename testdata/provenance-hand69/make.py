#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand69 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a police department's Facebook statement, taken directly by a county paper, a TV station,
# an article without outlet line and a Spanish-language weekly. Origin: the department (out of corpus).
story("r01_police_statement_hit_and_run", "official_statement", {
"00_en.txt": """Arrest made in hit-and-run that killed Harwick Township teen cyclist
The Brandt County Ledger
2027-04-06 16:45

Harwick Township police have arrested a 41-year-old man in connection with the March 28 hit-and-run crash that killed 16-year-old Mason Keough as he rode his bicycle home along Old Mill Road, the department said in a statement posted to its Facebook page Tuesday afternoon.

Dale R. Pruett of Sayler Road was taken into custody Monday evening without incident and charged with aggravated vehicular homicide and failure to stop after an accident, according to the statement. He was being held Tuesday in the Brandt County Jail on a $250,000 bond.

Investigators located a silver 2019 Ford F-150 with damage to its front end and passenger-side mirror inside a pole barn belonging to one of Pruett's relatives, police said. The truck was found after a caller to the department's tip line reported seeing a pickup matching the description being covered with a tarp the day after the crash.

"This arrest does not bring Mason back, but we hope it gives his family some of the answers they have been asking for," Chief Lorraine Ostrowski said in the statement. "We want to thank this community for the dozens of tips that came in."

Keough, a sophomore at Harwick Valley High School, was struck shortly after 9 p.m. about a quarter-mile east of the Route 61 intersection, according to police. A passing motorist found him in a ditch and called 911. He died the next morning at a hospital in Toledo.

The department said the investigation is continuing and that additional charges are possible.
""",
"01_en.txt": """Police: Pickup hidden under tarp led to arrest in Old Mill Road hit-and-run
WRDN 11
2027-04-06T18:10:00-04:00

HARWICK TOWNSHIP, Ohio (WRDN) — A tip about a pickup truck being covered with a tarp led investigators to the man now charged in the death of a teenage cyclist, according to a news release issued Tuesday by the Harwick Township Police Department.

Dale Pruett, 41, was arrested Monday night and faces charges of aggravated vehicular homicide and failure to stop after an accident, the release said. He is being held in the Brandt County Jail, where bond was set at $250,000.

Mason Keough, 16, was riding his bike on Old Mill Road on the night of March 28 when he was hit by a vehicle that did not stop. He died at a Toledo hospital the following day.

According to the release, detectives found a silver Ford F-150 with front-end damage parked inside a pole barn owned by a relative of Pruett's. Someone had called the department's tip line to report seeing a similar truck being covered with a tarp the day after the crash.

Police Chief Lorraine Ostrowski said in the release that the arrest "does not bring Mason back," but that she hoped it would give his family answers. She thanked residents for the dozens of tips sent to investigators.

Police said more charges could follow as the investigation continues.
""",
"02_en.txt": """Man, 41, charged in death of Harwick Valley student struck while biking
07.04.2027 08:30

Police say they have found the truck that struck and killed a 16-year-old cyclist in Harwick Township last month, and have charged the man they believe was driving it.

In a statement released Tuesday, Harwick Township police said Dale R. Pruett, 41, was arrested on Monday and charged with aggravated vehicular homicide and failure to stop after an accident in the death of Mason Keough, a Harwick Valley High School sophomore.

The statement said the pickup, a 2019 Ford F-150 with a damaged front end, was sitting in a relative's pole barn. Detectives went there after a tipster reported seeing the truck being covered up with a tarp on March 29, the day after Keough was hit on Old Mill Road.

"We want to thank this community for the dozens of tips that came in," Chief Lorraine Ostrowski said in the statement.

Police said the case remains under investigation.
""",
"03_es.txt": """Arrestan a un hombre por el atropello mortal de un ciclista de 16 años en Harwick Township
El Mensajero de Ohio
7 de abril de 2027

La policía del municipio de Harwick arrestó a Dale R. Pruett, de 41 años, en relación con el atropello con fuga que costó la vida a Mason Keough, un ciclista de 16 años, el pasado 28 de marzo en Old Mill Road, según un comunicado publicado el martes en la página de Facebook del departamento.

Pruett fue detenido el lunes por la noche sin incidentes y está acusado de homicidio vehicular agravado y de no detenerse tras un accidente, indica el comunicado. Permanece en la cárcel del condado de Brandt con una fianza de 250.000 dólares.

Según la policía, los investigadores encontraron una camioneta Ford F-150 plateada de 2019, con daños en la parte delantera, dentro de un granero propiedad de un familiar de Pruett. La pista llegó a través de la línea de denuncias del departamento: una persona vio cómo cubrían con una lona una camioneta parecida al día siguiente del accidente.

"Este arresto no nos devuelve a Mason, pero esperamos que le dé a su familia algunas de las respuestas que ha estado pidiendo", afirmó la jefa de policía, Lorraine Ostrowski, en el comunicado.

Keough cursaba el segundo año en la escuela secundaria Harwick Valley. La policía informó que la investigación sigue abierta y que no descarta más cargos.
""",
}, [
 {"name": "Harwick Township Police Department", "in_corpus": False},
], [
 {"origin": "Harwick Township Police Department", "article": "00_en.txt"},
 {"origin": "Harwick Township Police Department", "article": "01_en.txt"},
 {"origin": "Harwick Township Police Department", "article": "02_en.txt"},
 {"origin": "Harwick Township Police Department", "article": "03_es.txt"},
], [
 {"text": "Dale Pruett, 41, was arrested and charged with aggravated vehicular homicide in the hit-and-run death of 16-year-old cyclist Mason Keough.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The damaged Ford F-150 was found in a relative's pole barn after a tipster reported seeing it covered with a tarp.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "Pruett is being held in the Brandt County Jail on a $250,000 bond.",
  "articles": ["00_en.txt", "01_en.txt", "03_es.txt"], "independent_sources": 1},
])

# r02: a local paper obtains court documents (own: "court documents obtained by the Courier",
# "A review by the Courier", "told the Courier"); a regional paper and a TV station credit it;
# an aggregator publishes an uncredited rewrite the next morning (edge from the Courier).
story("r02_court_documents_school_funds", "own_scoop_relays_and_rewrite", {
"00_en.txt": """Former Ridgeway schools business manager charged with steering $412,000 to company he secretly co-owned
The Ridgeway Courier
2027-05-11 06:00

The Ridgeway Area School District's former business manager is accused of routing more than $412,000 in district money to a snow-removal and grounds company in which he held a hidden half-share, according to court documents obtained by the Courier.

Todd M. Ambler, 52, of Ridgeway, was charged Friday in Dunmore County Circuit Court with five felony counts of misconduct in public office and one count of theft. The criminal complaint, which had not appeared in the state's online court records system as of Monday night, says that between 2022 and 2026 the district paid Frostline Property Services LLC a total of $412,317 for plowing, salting and lawn care at its six buildings.

Ambler approved every one of the 61 Frostline invoices, the complaint says. A review by the Courier of the bank records attached to the complaint shows that a little over half of each payment was moved within days to an account held jointly by Ambler and his brother-in-law, Curtis Lenning, who is listed as Frostline's only member in state business filings.

Investigators with the Dunmore County Sheriff's Office began looking at the payments in October 2026, after a newly hired district bookkeeper noticed that Frostline had billed for salting on 14 days when no snow or ice had been recorded in Ridgeway, according to the complaint.

Ambler resigned in November, citing "family reasons." His attorney, Rachel Ocampo, told the Courier on Monday that her client "intends to fight these charges and looks forward to his day in court."

Lenning has not been charged. He did not return a message left by the Courier.

Superintendent Joan Whitacre said in an email to the Courier that the district had "cooperated fully" with investigators and has since changed its procedures so that no single employee can approve a payment to a vendor.

Ambler is scheduled to make his initial court appearance May 24.
""",
"01_en.txt": """Ex-Ridgeway school official accused of funneling $412K to snow-removal firm
The Lakeshore Tribune
2027-05-11T19:14:00+00:00

A former business manager for the Ridgeway Area School District has been charged with steering more than $412,000 in district payments to a snow-removal company he secretly co-owned, the Ridgeway Courier reported Tuesday, citing court documents obtained by the newspaper.

Todd Ambler, 52, faces five felony counts of misconduct in public office and one count of theft in Dunmore County Circuit Court, according to the Courier's report. Prosecutors allege the district paid Frostline Property Services LLC $412,317 between 2022 and 2026, and that Ambler signed off on all of the invoices.

The case began when a new bookkeeper for the district spotted bills for salting on 14 days on which no snow or ice had fallen, the Courier reported, citing the criminal complaint.

Ambler left the district in November. His attorney, Rachel Ocampo, told the Courier that her client intends to fight the charges.

Ridgeway, a city of about 9,000 people, is roughly 40 miles northwest of Lakeshore.
""",
"02_en.txt": """Former Ridgeway school district manager charged in alleged $412,000 scheme
WKSH News 4
May 11, 2027, 5:42 PM

RIDGEWAY, Wis. — A former Ridgeway Area School District administrator has been charged with funneling district money to a company he quietly co-owned, our media partner the Ridgeway Courier reports.

According to court documents obtained by the Courier, Todd Ambler, the district's business manager until last fall, approved $412,317 in payments to Frostline Property Services for snow plowing, salting and lawn care over four years. More than half of each payment allegedly ended up in an account Ambler shared with his brother-in-law.

Ambler is charged with misconduct in public office and theft. The Courier reported that his attorney said he would fight the charges.

His first court appearance is set for May 24.
""",
"03_en.txt": """Wisconsin school official accused of paying his own company $412,317 for plowing
Badger State Daily
2027-05-12 09:15

A Wisconsin school district's longtime business manager secretly owned half of the snow-removal company he kept paying with taxpayer money, according to criminal charges filed in Dunmore County.

Todd M. Ambler, 52, who ran the finances of the Ridgeway Area School District until he resigned last November for what he called "family reasons," is charged with five felony counts of misconduct in public office and one count of theft.

Court documents say the district paid Frostline Property Services LLC $412,317 from 2022 through 2026. Ambler approved all 61 invoices. Bank records show that slightly more than half of every payment was transferred within days into an account Ambler held with his brother-in-law, Curtis Lenning, Frostline's only listed member.

The scheme unraveled in October 2026 when a newly hired bookkeeper noticed that Frostline had charged the district for salting on 14 days when no snow or ice had been recorded.

Ambler's attorney, Rachel Ocampo, said her client "intends to fight these charges and looks forward to his day in court." Lenning has not been charged.

The district says it "cooperated fully" with investigators and no longer lets a single employee approve vendor payments.
""",
}, [
 {"name": "The Ridgeway Courier", "in_corpus": True},
], [
 {"origin": "The Ridgeway Courier", "article": "01_en.txt"},
 {"origin": "The Ridgeway Courier", "article": "02_en.txt"},
 {"origin": "The Ridgeway Courier", "article": "03_en.txt"},
], [
 {"text": "Former Ridgeway school business manager Todd Ambler is charged with steering about $412,000 in district payments to Frostline, a snow-removal company he secretly co-owned.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The case began when a new district bookkeeper noticed Frostline had billed for salting on 14 days with no snow or ice.",
  "articles": ["00_en.txt", "01_en.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Ambler's attorney Rachel Ocampo said he intends to fight the charges.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 1},
])

# r03: AP wire copy carried by a paper with dateline + byline, by a TV site with the AP copyright
# line, by a site with no credit at all (no date line) and in Spanish with "(AP)". Origin: Associated Press.
story("r03_ap_plane_interstate", "agency", {
"00_en.txt": """Small plane lands on Iowa interstate, clips semitrailer; pilot and grandson hurt
The Plainsman-Gazette
2027-06-13T15:02:00-05:00

By MARGERY LIND Associated Press

ALDER GROVE, Iowa (AP) — A small plane that lost engine power made an emergency landing on Interstate 35 in central Iowa on Sunday morning and clipped the trailer of a semitruck, injuring the pilot and his teenage grandson, authorities said.

The single-engine Cessna 172 came down in the northbound lanes at about 9:40 a.m. near Alder Grove, roughly 40 miles (64 kilometers) north of Des Moines, Iowa State Patrol Sgt. Kyle Brandvold said. Its left wing struck the back of a trailer hauling frozen food, spinning the plane into the grassy median.

The pilot, Harlan Voss, 67, of Alder Grove, and his 19-year-old grandson, Eli Voss, were taken to a hospital in Ames with injuries that were not considered life-threatening, Brandvold said. The truck driver was not hurt.

"He did about as well as anybody could have with no engine and traffic underneath him," Brandvold said.

Voss had taken off from a private grass airstrip about 15 minutes earlier and reported a loss of power to air traffic controllers shortly before landing, the patrol said. The Federal Aviation Administration and the National Transportation Safety Board will investigate.

The northbound lanes were closed for nearly three hours while crews removed the plane.
""",
"01_en.txt": """Plane makes emergency landing on I-35 in Iowa, hits semi
KQCR NewsChannel 8
2027-06-13 16:20

ALDER GROVE, Iowa (AP) — A small plane that lost engine power made an emergency landing on Interstate 35 in central Iowa on Sunday morning and clipped the trailer of a semitruck, injuring the pilot and his teenage grandson, authorities said.

The Cessna 172 came down in the northbound lanes at about 9:40 a.m. near Alder Grove, about 40 miles north of Des Moines, according to Iowa State Patrol Sgt. Kyle Brandvold. The left wing hit the back of a trailer, and the plane spun into the median.

Pilot Harlan Voss, 67, and his grandson Eli Voss, 19, were taken to a hospital in Ames with injuries that were not life-threatening, Brandvold said. The truck driver was not injured.

"He did about as well as anybody could have with no engine and traffic underneath him," Brandvold said.

The FAA and the NTSB will investigate. Northbound lanes were closed for nearly three hours.

Copyright 2027 The Associated Press. All rights reserved.
""",
"02_en.txt": """Pilot lands crippled plane on Interstate 35, hits truck
Midland Now

ALDER GROVE, Iowa — A small plane that lost engine power made an emergency landing on Interstate 35 in central Iowa on Sunday morning and clipped the trailer of a semitruck, injuring the pilot and his teenage grandson, authorities said.

The single-engine Cessna 172 came down in the northbound lanes at about 9:40 a.m. near Alder Grove, roughly 40 miles north of Des Moines, Iowa State Patrol Sgt. Kyle Brandvold said. Its left wing struck the back of a trailer hauling frozen food, spinning the plane into the grassy median.

The pilot, Harlan Voss, 67, of Alder Grove, and his 19-year-old grandson, Eli Voss, were taken to a hospital in Ames with injuries that were not considered life-threatening. The truck driver was not hurt.

"He did about as well as anybody could have with no engine and traffic underneath him," Brandvold said.

The northbound lanes were closed for nearly three hours while crews removed the plane.
""",
"03_es.txt": """Avioneta aterriza de emergencia en una autopista de Iowa y choca contra un camión
La Prensa del Medio Oeste
13 de junio de 2027

ALDER GROVE, Iowa, EE.UU. (AP) — Una avioneta que se quedó sin motor aterrizó de emergencia el domingo por la mañana en la autopista interestatal 35, en el centro de Iowa, y golpeó el remolque de un camión. El piloto y su nieto resultaron heridos, informaron las autoridades.

La Cessna 172 descendió en los carriles en dirección norte hacia las 9:40 de la mañana cerca de Alder Grove, a unos 64 kilómetros (40 millas) al norte de Des Moines, dijo el sargento Kyle Brandvold, de la Patrulla Estatal de Iowa. El ala izquierda chocó contra la parte trasera del remolque y la avioneta terminó girando hasta el terraplén central.

El piloto, Harlan Voss, de 67 años, y su nieto Eli Voss, de 19, fueron trasladados a un hospital de Ames con lesiones que no ponen en peligro su vida. El conductor del camión resultó ileso.

"Lo hizo tan bien como cualquiera podría haberlo hecho, sin motor y con tráfico debajo", declaró Brandvold.

La Administración Federal de Aviación (FAA) y la Junta Nacional de Seguridad en el Transporte (NTSB) investigarán el incidente. Los carriles en dirección norte permanecieron cerrados casi tres horas.
""",
}, [
 {"name": "Associated Press", "in_corpus": False},
], [
 {"origin": "Associated Press", "article": "00_en.txt"},
 {"origin": "Associated Press", "article": "01_en.txt"},
 {"origin": "Associated Press", "article": "02_en.txt"},
 {"origin": "Associated Press", "article": "03_es.txt"},
], [
 {"text": "A small plane that lost engine power made an emergency landing on Interstate 35 near Alder Grove, Iowa, and clipped a semitrailer.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "Pilot Harlan Voss, 67, and his 19-year-old grandson were hospitalized with injuries that were not life-threatening.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The FAA and the NTSB will investigate the landing.",
  "articles": ["00_en.txt", "01_en.txt", "03_es.txt"], "independent_sources": 1},
])

# r04: PA Media copy ("By PA Reporter") carried by a regional paper, copied without credit by a
# site, translated into Polish with credit; the local weekly relays PA and adds its own interview
# with the pier trust chair (edge from PA + its own outlet as second origin).
story("r04_pa_pier_collapse", "agency_plus_own", {
"00_en.txt": """Storm Imogen: 40-metre section of Westhaven's Victorian pier collapses into the sea
Lincolnshire Coast Herald
Sun, 14 Nov 2027 11:20:00 +0000

By PA Reporter

A 40-metre stretch of a Grade II-listed Victorian pier has collapsed into the sea as Storm Imogen battered the east coast of England overnight.

HM Coastguard said it was alerted at about 2.15am on Sunday by a member of the public who had heard "a loud crack" from the direction of Westhaven Pier. Coastguard rescue teams from Westhaven and Skelby were sent along with police, and the promenade was cordoned off.

Nobody was on the pier at the time and no one was hurt, Lincolnshire Police said. The pier had been closed to the public since 6pm on Saturday as a precaution after the Met Office issued an amber wind warning.

Westhaven Pier opened in 1881 and stretches almost 400 metres into the North Sea.

Councillor Tom Redfern, leader of East Lindmarsh District Council, said: "This is a heartbreaking morning for Westhaven. The pier has come through two world wars and the 1953 flood, and people here love it."

The Westhaven Pier Trust, the charity which owns the structure, said engineers would assess the remaining sections on Monday and the pier would stay closed until further notice.

Gusts of up to 78mph were recorded along the Lincolnshire coast on Saturday night, according to the Met Office.
""",
"01_en.txt": """Part of Westhaven Pier falls into sea during Storm Imogen
Lincs Live Today
14.11.2027 12:05

A 40-metre stretch of a Grade II-listed Victorian pier has collapsed into the sea as Storm Imogen battered the east coast overnight.

HM Coastguard said it was alerted at about 2.15am on Sunday by a member of the public who had heard "a loud crack" from the direction of Westhaven Pier. Coastguard rescue teams from Westhaven and Skelby were sent along with police, and the promenade was cordoned off.

Nobody was on the pier at the time and no one was hurt, Lincolnshire Police said. The pier had been closed since 6pm on Saturday after the Met Office issued an amber wind warning.

Councillor Tom Redfern, leader of East Lindmarsh District Council, said: "This is a heartbreaking morning for Westhaven. The pier has come through two world wars and the 1953 flood, and people here love it."

The Westhaven Pier Trust, which owns the structure, said engineers would assess the remaining sections on Monday and the pier would stay closed until further notice.
""",
"02_en.txt": """'It's like losing a member of the family': trust chair on the night Westhaven Pier fell
The Westhaven Mercury
2027-11-14 15:30

A 40-metre section of Westhaven Pier collapsed into the sea in the early hours of Sunday as Storm Imogen hit the coast, the PA news agency reported.

Standing at the police cordon on the promenade on Sunday morning, Margaret Ellery, who chairs the Westhaven Pier Trust, told the Mercury she had been woken by a phone call from the coastguard.

"By the time I got down here you could see the gap from the road. The whole section between the second and third shelters has gone," she said. "Nobody was on it, thank God. We shut the gates at six o'clock last night."

Mrs Ellery, whose father worked on the pier's amusements in the 1960s, said: "It's like losing a member of the family. Every child in this town has walked to the end of that pier."

She said engineers would inspect the rest of the structure on Monday and the pier would remain shut until further notice. The trust would talk to its insurers and to Historic England before deciding whether the missing section could be rebuilt.

Council leader Tom Redfern told PA it was "a heartbreaking morning for Westhaven".

By lunchtime, timber decking and lengths of cast-iron railing had washed up on the beach near the lifeboat station, where dozens of residents had gathered to look.
""",
"03_pl.txt": """Część zabytkowego mola w Westhaven runęła do morza podczas sztormu Imogen
Wyspiarz
14 listopada 2027

Czterdziestometrowy fragment wiktoriańskiego mola w nadmorskim Westhaven na wschodnim wybrzeżu Anglii runął w nocy z soboty na niedzielę do morza podczas sztormu Imogen – poinformowała brytyjska agencja PA Media.

Jak podaje agencja, straż przybrzeżna HM Coastguard została zaalarmowana około godziny 2.15 przez mieszkańca, który usłyszał od strony mola „głośny trzask". Na miejsce wysłano ratowników i policję, a promenadę odgrodzono.

Nikt nie ucierpiał. Molo było zamknięte dla spacerowiczów od sobotniego wieczoru, gdy brytyjski urząd meteorologiczny Met Office wydał pomarańczowe ostrzeżenie przed wiatrem.

„To bolesny poranek dla Westhaven. Molo przetrwało dwie wojny światowe i powódź z 1953 roku" – powiedział agencji Tom Redfern, przewodniczący rady dystryktu East Lindmarsh.

Fundacja Westhaven Pier Trust, właściciel obiektu otwartego w 1881 roku, przekazała, że w poniedziałek inżynierowie ocenią stan pozostałej części konstrukcji, a molo pozostanie zamknięte do odwołania.
""",
}, [
 {"name": "PA Media", "in_corpus": False},
 {"name": "The Westhaven Mercury", "in_corpus": True},
], [
 {"origin": "PA Media", "article": "00_en.txt"},
 {"origin": "PA Media", "article": "01_en.txt"},
 {"origin": "PA Media", "article": "02_en.txt"},
 {"origin": "PA Media", "article": "03_pl.txt"},
], [
 {"text": "A 40-metre section of Westhaven's Victorian pier collapsed into the sea during Storm Imogen and nobody was hurt.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "HM Coastguard was alerted at about 2.15am by a member of the public who heard a loud crack.",
  "articles": ["00_en.txt", "01_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Engineers will assess the rest of the pier on Monday and it will stay closed until further notice.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 2},
])

# r05: a local TV station's I-Team exclusive (records request + former dispatcher interview);
# a paper credits the station; a Spanish-language weekly credits only the paper (chain);
# an article without outlet line credits the station as "WKDR-TV's I-Team" / "Channel 4".
story("r05_tv_exclusive_911_calls", "chain", {
"00_en.txt": """I-Team exclusive: Ellison County 911 center left 1,137 calls unanswered in March, records show
WKDR Channel 4
2027-08-19T18:00:00-04:00

More than 1,100 calls to Ellison County's 911 center went unanswered in March as the center routinely ran overnight shifts with fewer than half the dispatchers it is supposed to have, according to internal call logs obtained by the Channel 4 I-Team through a public records request.

The logs list 1,137 emergency calls in March in which the caller hung up after waiting more than 40 seconds without reaching a dispatcher. The center's own goal is to answer 90% of calls within 15 seconds. In March, it met that mark on 71% of calls.

"There were nights it was three of us on the floor when the schedule called for seven," former dispatcher Renee Castellano told Channel 4. Castellano worked at the center for 11 years before quitting in April. "You'd watch the queue light up and know people were out there waiting, and there was nothing you could do."

In one case recorded in the logs, a woman reporting a kitchen fire on Fenwick Street on March 9 got through on her third attempt, nearly four minutes after she first dialed. Firefighters put out the blaze; no one was hurt.

Brian Kowalczyk, director of Ellison County Emergency Communications, sat down with the I-Team on Wednesday. He confirmed the center has 14 vacancies among its 38 dispatcher positions and said abandoned calls are called back "in almost every case."

"Nobody here is hiding from these numbers," Kowalczyk said. "We need people, and we need them to stay."

The Ellison County Board of Commissioners is scheduled to vote next month on a $4,000 signing bonus for new dispatchers.
""",
"01_en.txt": """Report: Ellison County 911 center missed more than 1,100 calls in March
The Port Ellison Sentinel
20.08.2027 07:45

Ellison County's 911 center failed to answer more than 1,100 emergency calls in March, WKDR-TV reported Thursday night, citing internal call logs the station obtained through a public records request.

According to the station's report, callers hung up on 1,137 occasions after waiting more than 40 seconds. The center answered 71% of calls within 15 seconds in March, well below its goal of 90%.

"There were nights it was three of us on the floor when the schedule called for seven," former dispatcher Renee Castellano told the station.

Brian Kowalczyk, the county's emergency communications director, told WKDR the center has 14 of its 38 dispatcher jobs open and that most abandoned calls are returned.

County commissioners are expected to vote in September on a signing bonus for new dispatchers.
""",
"02_es.txt": """El 911 del condado de Ellison dejó más de 1.100 llamadas sin contestar en marzo
El Heraldo de los Lagos
20 de agosto de 2027

El centro de emergencias 911 del condado de Ellison no respondió a más de 1.100 llamadas durante el mes de marzo, según informó el diario The Port Ellison Sentinel.

De acuerdo con el periódico, en 1.137 ocasiones las personas colgaron después de esperar más de 40 segundos sin que nadie las atendiera. El centro solo contestó el 71 % de las llamadas en menos de 15 segundos, cuando su meta es el 90 %.

"Había noches en que éramos tres en la sala cuando el horario pedía siete", dijo la exoperadora Renee Castellano, citada por el Sentinel.

El centro tiene 14 plazas vacantes de operador de un total de 38. La junta de comisionados del condado votará en septiembre un bono de contratación para nuevos operadores.

Recuerde: si llama al 911 y no le contestan, no cuelgue; su llamada se mantiene en la fila.
""",
"03_en.txt": """1,137 calls to Ellison County 911 went unanswered in a single month
2027-08-20 12:10

More than 1,100 people who dialed 911 in Ellison County in March hung up before anyone answered, as first reported by WKDR-TV's I-Team, which obtained the center's internal call logs through a records request.

The logs show 1,137 abandoned calls in which the caller had waited at least 40 seconds. Renee Castellano, who spent 11 years as a dispatcher before quitting in April, told Channel 4 that some overnight shifts had three dispatchers instead of the seven on the schedule.

Emergency communications director Brian Kowalczyk told the station the center has 14 vacancies among 38 dispatcher positions. "Nobody here is hiding from these numbers," he said.

Commissioners are weighing a $4,000 signing bonus.
""",
}, [
 {"name": "WKDR Channel 4", "in_corpus": True},
], [
 {"origin": "WKDR Channel 4", "article": "01_en.txt"},
 {"origin": "The Port Ellison Sentinel", "article": "02_es.txt"},
 {"origin": "WKDR Channel 4", "article": "03_en.txt"},
], [
 {"text": "Ellison County's 911 center left 1,137 (more than 1,100) calls unanswered in March.",
  "articles": ["00_en.txt", "01_en.txt", "02_es.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Former dispatcher Renee Castellano said some shifts had three dispatchers when the schedule called for seven.",
  "articles": ["00_en.txt", "01_en.txt", "02_es.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The 911 center has 14 vacancies among its 38 dispatcher positions.",
  "articles": ["00_en.txt", "01_en.txt", "02_es.txt", "03_en.txt"], "independent_sources": 1},
])

# r06: the BBC (out of corpus) reports FOI figures; a local evening paper independently reports
# the same figure from board papers (own); an article without outlet and date line credits both
# (two edges); a county weekly credits only the BBC. Two roots for the shared claim.
story("r06_bbc_and_paper_hospital_theatres", "two_independent", {
"00_en.txt": """Hospital trust cancelled 1,400 operations over faulty theatre ventilation, BBC finds
The Ashbury Star
2027-03-03 09:40

Ashbury's hospital trust cancelled more than 1,400 planned operations last year because the ventilation systems in its operating theatres kept failing, the BBC has reported.

Figures obtained by BBC News under the Freedom of Information Act show 1,436 procedures, including hip and knee replacements and cataract surgery, were called off at Ashbury General Hospital in 2026 after air-handling units failed safety checks.

Two of the hospital's six main theatres have been out of use since February because replacement parts for the 1970s system are no longer made, the BBC said.

Dr Priya Nandakumar, chief operating officer of Ashbury and Wrenfield Hospitals NHS Foundation Trust, told the BBC: "We are deeply sorry to every patient whose operation was postponed. Patient safety has to come first, and we cannot operate when the air quality in a theatre is not where it must be."

The trust says a £9.2m scheme to replace the system has been approved and should be finished in 2029.
""",
"01_en.txt": """Surgeons warned hospital bosses theatre air systems were 'living on borrowed time'
Ashbury Evening Post
03.03.2027 17:20

Surgeons at Ashbury General Hospital warned trust bosses as early as 2024 that the ventilation in its operating theatres was "living on borrowed time", board papers seen by the Post reveal.

A risk report presented to the trust board in December, and obtained by the Post, shows that 1,436 planned operations were cancelled in 2026 because theatres had to be shut when their air-handling units failed.

The report says the theatre ventilation was first placed on the trust's risk register in May 2024 after a letter signed by 11 consultant surgeons, who wrote that the system was "living on borrowed time".

One consultant orthopaedic surgeon, who asked not to be named, told the Post: "We have had patients gowned, anaesthetised and on the table when the alarm has gone. You wheel them back out and try to explain."

Asked by the Post why work had not started sooner, a trust spokeswoman said the replacement scheme had needed national funding approval, which was granted last autumn.
""",
"02_en.txt": """Ashbury hospital: 1,436 operations cancelled as theatre air systems fail

More than 1,400 operations were cancelled at Ashbury General Hospital last year because of repeated failures of the ventilation in its operating theatres, according to the BBC and the Ashbury Evening Post.

The BBC obtained the figure of 1,436 cancelled procedures through a Freedom of Information request. The Ashbury Evening Post, which has seen board papers, reported the same number.

Ashbury General, which opened in 1974, is the main acute hospital for Ashbury, Wrenfield and the surrounding villages.
""",
"03_en.txt": """Faulty air systems led to 1,436 cancelled operations at Ashbury General
Three Shires Gazette
Wed, 03 Mar 2027 13:05:00 +0000

Faulty ventilation in the operating theatres at Ashbury General Hospital led to 1,436 planned operations being cancelled in 2026, according to BBC News.

The BBC, which obtained the figures under freedom of information laws, said two of the hospital's six main theatres have been closed since February because spare parts for the ageing system are no longer manufactured.

Patients from Wrenfield and the surrounding villages are among those affected. Chief operating officer Dr Priya Nandakumar told the BBC the trust was "deeply sorry" to every patient whose operation had been postponed.

A £9.2m replacement is due to be completed in 2029.
""",
}, [
 {"name": "BBC", "in_corpus": False},
 {"name": "Ashbury Evening Post", "in_corpus": True},
], [
 {"origin": "BBC", "article": "00_en.txt"},
 {"origin": "BBC", "article": "02_en.txt"},
 {"origin": "Ashbury Evening Post", "article": "02_en.txt"},
 {"origin": "BBC", "article": "03_en.txt"},
], [
 {"text": "Ashbury General Hospital cancelled 1,436 planned operations in 2026 because of failing theatre ventilation.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "Two of the hospital's six main theatres have been out of use since February because replacement parts are no longer made.",
  "articles": ["00_en.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Consultant surgeons warned in 2024 that the theatre ventilation was 'living on borrowed time'.",
  "articles": ["01_en.txt"], "independent_sources": 1},
 {"text": "A £9.2m replacement of the ventilation system is due to be finished in 2029.",
  "articles": ["00_en.txt", "03_en.txt"], "independent_sources": 1},
])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 69 (invented; US/UK local and national news, wire copy, police statement, TV exclusive); see README.md.",
              "stories": []}
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
                assert a in names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
