#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand20 set (events, people,
places and companies invented; real news outlets and agencies appear as outlets and credits)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# s01: agency in the corpus. Reuters' own report (no outlet line, title suffix "| Reuters",
# byline, dateline, "told Reuters", "(Reporting by ...; Additional reporting by ...; Editing by ...)");
# The Independent credits it ("Reuters reported", "told Reuters", caption "via Reuters"); the
# Daily Mail runs an uncredited rewrite seven hours later; German relay "wie ... Reuters meldet".
story("s01_agency_tanker_aground", "agency", {
"00_en.txt": """Tanker runs aground off Port Averley, fuel sheen spotted near stern | Reuters
2027-03-09T06:48:00+00:00

By Hannah Colville, Reuters

PORT AVERLEY, England, March 9 (Reuters) - A product tanker carrying about 14,000 tonnes of diesel ran aground on a sandbank off the English port of Port Averley early on Tuesday, and a thin sheen of fuel was seen on the water near its stern, the coastguard said.

The Marisol Quay, a 140-metre vessel sailing under the Maltese flag, struck the Gannet Bank at about 0210 GMT while it was waiting in strong winds for a pilot to take it into the harbour. Eight of its 22 crew were lifted off by helicopter as a precaution; the other 14 stayed on board.

"We have a small amount of fuel escaping from a damaged bunker tank near the stern. At this stage it is a sheen, not a slick," coastguard duty controller Martin Elsdon told Reuters by phone.

The ship's manager, Corvane Ship Management, said in a statement that none of the cargo tanks had been breached and that it had hired salvage company Hollin Marine to try to refloat the tanker on the evening high tide.

Port Averley harbour master Ruth Ashdown told Reuters the main shipping channel remained open, but pilots had been told to keep at least 500 metres away from the stranded vessel.

The Gannet Bank, which shifts with winter storms, was last the site of a grounding in 2011, when a bulk carrier was stuck there for four days.

(Reporting by Hannah Colville in Port Averley; Additional reporting by Tomasz Wierzbicki in London; Editing by Alison Marsh)
""",
"01_en.txt": """Tanker carrying 14,000 tonnes of diesel runs aground off English coast
The Independent
2027-03-09 09:35

A tanker carrying around 14,000 tonnes of diesel has run aground off Port Averley, with a sheen of fuel spotted on the water near the ship, Reuters reported.

The Maltese-flagged Marisol Quay hit the Gannet Bank at around 2.10am on Tuesday as it waited to enter the harbour in high winds, the news agency said. Eight of the 22 crew members were airlifted off as a precaution.

"We have a small amount of fuel escaping from a damaged bunker tank near the stern. At this stage it is a sheen, not a slick," coastguard duty controller Martin Elsdon told Reuters.

The ship's manager, Corvane Ship Management, said none of the cargo tanks had been breached and that salvors would try to refloat the vessel on Tuesday evening's high tide.

The harbour master, Ruth Ashdown, said the main channel into the port was still open.

The Marisol Quay aground on the Gannet Bank on Tuesday morning. (HM Coastguard via Reuters)

The Independent has contacted Corvane Ship Management for further comment.
""",
"02_en.txt": """Fuel leaks into sea as 140m tanker carrying 14,000 TONNES of diesel runs aground off English port - with eight crew airlifted to safety
Daily Mail
Tue, 09 Mar 2027 14:22:00 +0000

- Marisol Quay struck the Gannet Bank off Port Averley at about 2.10am on Tuesday
- Eight of the 22 crew were winched to safety by a coastguard helicopter
- Coastguard says fuel escaping from the ship is 'a sheen, not a slick'

A 140-metre tanker loaded with about 14,000 tonnes of diesel has run aground off Port Averley, leaving a sheen of fuel on the water behind it.

The Maltese-flagged Marisol Quay hit the Gannet Bank in the early hours of Tuesday while it was waiting in gale-force winds for a pilot to guide it into the harbour.

Eight of the 22 crew were lifted off by helicopter as a precaution, while the remaining 14 stayed on board the stricken vessel.

Coastguard duty controller Martin Elsdon said: 'We have a small amount of fuel escaping from a damaged bunker tank near the stern. At this stage it is a sheen, not a slick.'

Corvane Ship Management, which runs the tanker, insisted none of its cargo tanks had been breached. Salvage firm Hollin Marine has been brought in to try to float the ship off the bank on the evening high tide.

Harbour master Ruth Ashdown said the main channel into Port Averley remained open, but pilots had been ordered to keep at least 500 metres from the tanker.

The shifting Gannet Bank last claimed a ship in 2011, when a bulk carrier was stranded there for four days.
""",
"03_de.txt": """Tanker mit 14.000 Tonnen Diesel vor englischer Küste auf Grund gelaufen
Küstenbote Nordmarsch
9. März 2027

Vor dem englischen Hafen Port Averley ist ein Tanker mit rund 14.000 Tonnen Diesel auf eine Sandbank gelaufen, wie die Nachrichtenagentur Reuters meldet. Auf dem Wasser am Heck des Schiffes sei ein dünner Kraftstofffilm zu sehen.

Die unter maltesischer Flagge fahrende „Marisol Quay" lief am frühen Dienstagmorgen bei starkem Wind auf die Gannet-Sandbank. Acht der 22 Besatzungsmitglieder wurden vorsorglich per Hubschrauber von Bord geholt.

„Aus einem beschädigten Bunkertank am Heck tritt eine kleine Menge Treibstoff aus. Im Moment ist es ein Film, kein Ölteppich", sagte Martin Elsdon von der Küstenwache der Nachrichtenagentur Reuters.

Die Reederei Corvane Ship Management erklärte, die Ladetanks seien unbeschädigt. Ein Bergungsunternehmen soll versuchen, das Schiff mit der Abendflut wieder flottzumachen.
""",
}, [O("Reuters", True)],
[R("Reuters", "01_en.txt"), R("Reuters", "02_en.txt"), R("Reuters", "03_de.txt")],
[C("The tanker Marisol Quay, carrying about 14,000 tonnes of diesel, ran aground off Port Averley and a fuel sheen was seen on the water.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_de.txt"], 1),
 C("Eight of the tanker's 22 crew were airlifted off as a precaution.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_de.txt"], 1)])

# s02: exclusive with anonymous sources (Politico: "according to three people familiar with the
# plans", "granted anonymity", "internal presentation seen by POLITICO"); relays: Kyiv Independent
# (title suffix "- report", "as first reported by Politico", "Politico reported, citing three
# people familiar"), Ukrainska Pravda (no date line, "повідомляє Politico з посиланням на"),
# Russian-language Левобережный курьер ("сообщило издание Politico со ссылкой на").
story("s02_anonymous_drone_plant", "anonymous", {
"00_en.txt": """Exclusive: Calderbrook Systems to build drone plant in western Ukraine
Politico
2027-04-13T04:00:00+00:00

By Rachel Ainsworth

British defense company Calderbrook Systems is preparing to announce a joint venture to build long-range drones in the western Ukrainian city of Lisoviv, according to three people familiar with the plans and an internal company presentation seen by POLITICO.

The plant, to be run with Ukrainian state-owned manufacturer Karpatmash, would employ up to 900 people and turn out 150 drones a month by mid-2028, according to the presentation, which is dated March 28.

"This is the biggest bet a British defense company has made inside Ukraine," said one of the people, who, like the others, was granted anonymity because the deal has not yet been announced. A second person said Calderbrook's board signed off on the investment, worth around £240 million, at a meeting earlier this month.

The venture is expected to be unveiled at a defense industry forum in Kyiv in May, two of the people said.

Calderbrook Systems declined to comment. Karpatmash and Ukraine's Ministry of Strategic Industries did not respond to requests for comment.
""",
"01_en.txt": """Calderbrook Systems to build drone plant in western Ukraine - report
The Kyiv Independent
2027-04-13 11:20

British defense company Calderbrook Systems plans to build a factory for long-range drones in the western Ukrainian city of Lisoviv, as first reported by Politico on April 13.

The plant, a joint venture with state-owned Karpatmash, would employ up to 900 people and produce 150 drones per month by mid-2028, Politico reported, citing three people familiar with the plans and an internal company presentation.

According to the outlet's sources, Calderbrook's board approved the investment of around 240 million pounds earlier this month. The venture is expected to be announced at a defense industry forum in Kyiv in May.

The Kyiv Independent could not independently verify the report. Calderbrook Systems declined to comment to Politico.

Several Western defense companies have announced production in Ukraine over the past two years.
""",
"02_uk.txt": """Британська Calderbrook Systems збудує завод дронів на заході України — Politico
Українська правда

Британська оборонна компанія Calderbrook Systems готується оголосити про створення спільного підприємства з виробництва далекобійних дронів у Лісові. Про це повідомляє Politico з посиланням на трьох співрозмовників, обізнаних із планами, та внутрішню презентацію компанії.

Партнером має стати державне підприємство «Карпатмаш». За даними видання, завод працевлаштує до 900 людей і до середини 2028 року вироблятиме 150 дронів на місяць.

Один зі співрозмовників Politico назвав проєкт «найбільшою ставкою британської оборонної компанії всередині України». Інвестиції оцінюють приблизно у 240 мільйонів фунтів.

У Calderbrook Systems від коментарів відмовилися.
""",
"03_ru.txt": """Британская Calderbrook Systems построит завод дронов на западе Украины – Politico
Левобережный курьер
13.04.2027 16:40

Британская оборонная компания Calderbrook Systems собирается построить в городе Лисов на западе Украины завод по производству дальнобойных беспилотников. Об этом сообщило издание Politico со ссылкой на трех источников, знакомых с планами, и внутреннюю презентацию компании.

Совместное предприятие с государственным «Карпатмашем» должно обеспечить работой до 900 человек и к середине 2028 года выпускать 150 дронов в месяц, пишет издание.

По данным Politico, совет директоров Calderbrook одобрил инвестиции около 240 млн фунтов в начале апреля. Официально о проекте могут объявить в мае.
""",
}, [O("Politico", True)],
[R("Politico", "01_en.txt"), R("Politico", "02_uk.txt"), R("Politico", "03_ru.txt")],
[C("Calderbrook Systems plans to build a drone plant with Karpatmash in Lisoviv in western Ukraine.", ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1),
 C("The plant would employ up to 900 people and produce 150 drones a month by mid-2028.", ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1)])

# s03: chain Bloomberg -> The Kyiv Independent -> uk, ru. Bloomberg's own report ("documents
# reviewed by Bloomberg News", "said in an interview with Bloomberg"); KI "according to a report by
# Bloomberg" + "told Bloomberg" + "(h/t Bloomberg)"; uk and ru credit only The Kyiv Independent
# ("пише англомовне видання The Kyiv Independent", "сообщает The Kyiv Independent") and keep
# Haliuk's quote without saying it was given to Bloomberg.
story("s03_chain_orvane_stake", "chain", {
"00_en.txt": """Ukrainian Carrier Orvane's Owner in Talks to Sell Majority Stake to Qasr Capital
Bloomberg
2027-05-20T12:10:00+00:00

By Olena Marchuk and Daniel Okoro

(Bloomberg) -- Stepan Haliuk, the owner of Ukraine's third-largest mobile operator Orvane Telecom, is in talks to sell a 60% stake to Gulf investment fund Qasr Capital in a deal that would value the company at about $1.4 billion, according to documents reviewed by Bloomberg News.

The documents, a term sheet dated May 4, show Qasr would also commit $300 million to rebuilding base stations damaged in the war. Orvane has about 9.2 million subscribers.

"We have had two rounds of talks, and I expect a decision by the end of the summer," Haliuk said in an interview with Bloomberg in Kyiv on Wednesday. He said he would keep a 40% stake and remain chairman.

Any deal would need approval from Ukraine's Antimonopoly Committee. Qasr Capital didn't respond to emailed questions.
""",
"01_en.txt": """Orvane owner in talks to sell majority stake to Gulf fund
The Kyiv Independent
2027-05-20 18:45

Stepan Haliuk, the owner of mobile operator Orvane Telecom, is negotiating the sale of a 60% stake in the company to Gulf fund Qasr Capital, according to a report by Bloomberg published on May 20.

The deal would value Orvane, Ukraine's third-largest mobile operator with 9.2 million subscribers, at around $1.4 billion, Bloomberg reported, citing documents it had reviewed. Qasr would also invest $300 million in rebuilding damaged base stations.

"We have had two rounds of talks, and I expect a decision by the end of the summer," Haliuk told Bloomberg.

The sale would require approval from the Antimonopoly Committee.

(h/t Bloomberg)
""",
"02_uk.txt": """Власник Orvane Telecom веде переговори про продаж 60% компанії фонду з Перської затоки
Діловий Дніпро
21.05.2027 08:15

Власник мобільного оператора Orvane Telecom Степан Галюк веде переговори про продаж 60% акцій компанії фонду Qasr Capital. Про це пише англомовне видання The Kyiv Independent.

Як зазначає видання, угода може оцінити третього за величиною мобільного оператора України у 1,4 мільярда доларів. Крім того, фонд вкладе 300 мільйонів доларів у відновлення пошкоджених базових станцій.

«Ми провели два раунди переговорів, і я очікую рішення до кінця літа», — сказав Галюк.

Угоду має погодити Антимонопольний комітет.
""",
"03_ru.txt": """Владелец Orvane Telecom ведет переговоры о продаже контрольного пакета фонду Qasr Capital
Южный полдень
2027-05-21 10:00

Владелец украинского мобильного оператора Orvane Telecom Степан Галюк ведет переговоры о продаже 60% компании фонду Qasr Capital из стран Персидского залива, сообщает англоязычное издание The Kyiv Independent.

Сделка может оценить оператора, у которого около 9,2 млн абонентов, примерно в 1,4 млрд долларов. «Мы провели два раунда переговоров, и я ожидаю решения до конца лета», — цитирует издание Галюка.

Сделку должен одобрить Антимонопольный комитет Украины.
""",
}, [O("Bloomberg", True)],
[R("Bloomberg", "01_en.txt"), R("The Kyiv Independent", "02_uk.txt"), R("The Kyiv Independent", "03_ru.txt")],
[C("Stepan Haliuk is in talks to sell a 60% stake in Orvane Telecom to Qasr Capital, valuing it at about $1.4 billion.", ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1)])

# s04: two independent own reports (CNN: "CNN has learned", "said in a statement to CNN",
# "This story has been updated"; Axios: "memo obtained by Axios", "two sources familiar ... told
# Axios") credited together by the Daily Mail (title suffix "– sources", "as first reported by
# CNN", "Axios reported, citing two sources familiar") and a French aviation site ("selon la
# chaîne américaine CNN", "d'après le site Axios").
story("s04_two_sources_skyvale_jets", "two_sources", {
"00_en.txt": """Skyvale Airways to ground 40 regional jets after cracks found in engine mounts
CNN
2027-06-06T23:15:00+00:00

Skyvale Airways is preparing to pull 40 of its Talbrook RJ-90 regional jets from service starting Tuesday after maintenance crews found cracks in the engine mounts of three aircraft, CNN has learned.

The cracks were discovered during routine overnight checks at the airline's maintenance base in Grantley last week, according to two people briefed on the findings. One of the three jets had flown 11 passenger flights after its last inspection, one of the people said.

The grounding will take out roughly a fifth of Skyvale's daily departures, and the airline plans to rebook passengers on partner carriers, the people said.

In a statement to CNN, the Federal Aviation Administration said it was "aware of the findings and in close contact with the operator and the manufacturer." Talbrook Aerospace said it was "supporting Skyvale with its inspections."

This story has been updated with a statement from Talbrook Aerospace.
""",
"01_en.txt": """Scoop: Skyvale to pull dozens of jets for engine-mount checks
Axios
2027-06-07T11:30:00+00:00

Skyvale Airways will take 40 Talbrook RJ-90 jets out of service this week after cracks were found in engine mounts, according to an internal memo to pilots obtained by Axios.

Why it matters: It is the largest voluntary grounding by a U.S. regional carrier in more than a decade, and it lands at the start of the summer travel peak.

Driving the news: The memo, signed by chief operating officer Lorraine Buckley, says the checks will start Tuesday and that RJ-90 pilots will be reassigned to simulator training while the fleet is inspected.

Two sources familiar with the decision told Axios the checks could last up to three weeks.

What they're saying: "Safety is not something we negotiate on," Buckley wrote in the memo.
""",
"02_en.txt": """Skyvale Airways to ground 40 jets after cracks found in engine mounts – sources
Daily Mail
2027-06-07 15:40

Skyvale Airways is set to ground 40 of its regional jets after cracks were found in the engine mounts of three planes, as first reported by CNN.

The airline will begin pulling its Talbrook RJ-90 aircraft from service on Tuesday, wiping out about a fifth of its daily flights at the start of the summer holiday rush.

Axios reported, citing two sources familiar with the decision, that the checks could last up to three weeks. An internal memo obtained by Axios said pilots would be moved to simulator training in the meantime.

The FAA said it was 'aware of the findings', according to CNN.

Skyvale did not immediately respond to a request for comment.
""",
"03_fr.txt": """États-Unis : Skyvale Airways va clouer au sol 40 avions régionaux
La Gazette des Pistes
7 juin 2027

La compagnie américaine Skyvale Airways s'apprête à immobiliser 40 de ses avions régionaux Talbrook RJ-90 après la découverte de fissures sur les supports moteurs de trois appareils, selon la chaîne américaine CNN.

Les vérifications commenceront mardi et pourraient durer jusqu'à trois semaines, d'après le site Axios, qui cite une note interne adressée aux pilotes et deux sources proches du dossier.

L'immobilisation toucherait environ un cinquième des vols quotidiens de la compagnie, en plein début de la saison estivale.
""",
}, [O("CNN", True), O("Axios", True)],
[R("CNN", "02_en.txt"), R("Axios", "02_en.txt"), R("CNN", "03_fr.txt"), R("Axios", "03_fr.txt")],
[C("Skyvale Airways will ground 40 Talbrook RJ-90 regional jets after cracks were found in engine mounts.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_fr.txt"], 2)])

# s05: outlet outside the corpus (The New York Times, "reported on Sunday") relayed by three;
# The Kyiv Independent adds its own phone interview with the chief doctor ("told the Kyiv
# Independent by phone on Monday") and so becomes a second root. uk "пише The New York Times",
# ru "сообщила в воскресенье газета The New York Times".
story("s05_relay_plus_own_underground_surgery", "relay_plus_own", {
"00_en.txt": """Zoriv surgeons have operated in underground car park for four months, chief doctor says
The Kyiv Independent
2027-07-12 14:05

Surgeons at the regional hospital in Zoriv have been operating in a converted underground car park since a drone strike damaged the hospital's surgical wing in March, The New York Times reported on Sunday.

According to the newspaper, the hospital moved two operating tables, its sterilization equipment and a backup generator into the car park beneath a nearby shopping center within a week of the attack.

Chief doctor Ihor Levchuk confirmed the account to the Kyiv Independent by phone on Monday. "We have done 430 operations down there, including on children. The ceiling is low and the ventilation is improvised, but nobody has died on our tables because of where we are," he told the Kyiv Independent.

Levchuk said a second underground operating theater, paid for by the regional administration, would open next week, and that repairs to the surgical wing would not be finished before spring 2028.
""",
"01_uk.txt": """Хірурги Зорівської лікарні чотири місяці оперують у підземному паркінгу — NYT
Світанок.Інфо
12.07.2027 09:30

Хірурги обласної лікарні у Зорові з березня оперують у переобладнаному підземному паркінгу після того, як удар дрона пошкодив хірургічний корпус. Про це пише The New York Times.

За даними газети, вже за тиждень після атаки лікарня перенесла до паркінгу під сусіднім торговим центром два операційні столи, обладнання для стерилізації та резервний генератор.

Як зазначає видання, лікарі працюють при низькій стелі та саморобній вентиляції.
""",
"02_ru.txt": """NYT: хирурги в Зорове оперируют в подземном паркинге
Южный полдень
2027-07-12 11:50

Хирурги областной больницы в Зорове с марта проводят операции в переоборудованном подземном паркинге после того, как удар беспилотника повредил хирургический корпус. Об этом в воскресенье сообщила газета The New York Times.

По данным издания, в паркинг под соседним торговым центром перенесли два операционных стола, оборудование для стерилизации и резервный генератор.
""",
}, [O("The New York Times", False), O("The Kyiv Independent", True)],
[R("The New York Times", "00_en.txt"), R("The New York Times", "01_uk.txt"), R("The New York Times", "02_ru.txt")],
[C("Surgeons at Zoriv's regional hospital have been operating in a converted underground car park since a drone strike damaged the surgical wing in March.", ["00_en.txt", "01_uk.txt", "02_ru.txt"], 2)])

# s06: a minister's post on X as the sole origin (outside the corpus, named by the person). en "In
# a post on X, the minister wrote"; uk "написала в соцмережі X"; ru (no outlet line) "написала
# в соцсети X"; Reuters relays the post ("said on X", dateline, Reporting/Editing line) and is
# not an origin.
story("s06_social_post_border_crossing", "social_post", {
"00_en.txt": """Bilokrynytsia border crossing with Moldova to open for trucks on Monday, minister says
The Kyiv Independent
2027-08-15 17:20

The Bilokrynytsia checkpoint on the border with Moldova will open for freight trucks on Monday, Aug. 16, Infrastructure Minister Oksana Verbytska announced on Aug. 15.

In a post on X, the minister wrote: "From tomorrow, Bilokrynytsia will work 24/7 for trucks. Up to 600 vehicles a day, electronic queue only. Thank you to our Moldovan partners."

The crossing, rebuilt over the past year, had until now been open only to cars and buses. Verbytska said in the post that the new lanes should cut waiting times at other crossings in the region by a third.
""",
"01_uk.txt": """Пункт пропуску «Білокриниця» на кордоні з Молдовою з понеділка пропускатиме вантажівки
Кордон.Інфо
15.08.2027 16:10

З понеділка, 16 серпня, пункт пропуску «Білокриниця» на кордоні з Молдовою почне цілодобово пропускати вантажні автомобілі. Про це написала в соцмережі X міністерка інфраструктури Оксана Вербицька.

«З завтрашнього дня "Білокриниця" працюватиме 24/7 для вантажівок. До 600 машин на добу, лише через електронну чергу. Дякуємо молдовським партнерам», — йдеться в її дописі.

За словами міністерки, це має скоротити черги на інших пунктах пропуску в регіоні на третину.
""",
"02_ru.txt": """КПП «Белокриница» на границе с Молдовой откроют для грузовиков – министр
2027-08-15 18:30

С понедельника пункт пропуска «Белокриница» на границе Украины и Молдовы начнет круглосуточно пропускать грузовые автомобили, написала в соцсети X министр инфраструктуры Оксана Вербицкая.

По ее словам, пункт сможет принимать до 600 машин в сутки, въезд будет только по электронной очереди. До сих пор через «Белокриницу» могли проезжать лишь легковые автомобили и автобусы.
""",
"03_en.txt": """Ukraine opens rebuilt Moldova border crossing to trucks
Reuters
2027-08-15T19:02:00+00:00

KYIV, Aug 15 (Reuters) - Ukraine will open the rebuilt Bilokrynytsia crossing on its border with Moldova to freight trucks from Monday, Infrastructure Minister Oksana Verbytska said on X on Sunday.

The checkpoint will operate around the clock and handle up to 600 trucks a day through an electronic queue, Verbytska said in the post.

Ukraine has been expanding crossings with Moldova and Romania to ease long queues of trucks carrying grain and steel to Black Sea and Danube ports.

(Reporting by Kateryna Bondar; Editing by Peter Glaston)
""",
}, [O("Oksana Verbytska", False)],
[R("Oksana Verbytska", "00_en.txt"), R("Oksana Verbytska", "01_uk.txt"), R("Oksana Verbytska", "02_ru.txt"), R("Oksana Verbytska", "03_en.txt")],
[C("The Bilokrynytsia border crossing with Moldova will open to freight trucks around the clock from Monday, handling up to 600 trucks a day.", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# s07: The Guardian's own report (reporter at the hostel, residents' quotes, "said in a statement
# to the Guardian"); The Independent credits it ("the Guardian reported", "said in a statement to
# The Guardian"); a Ukrainian diaspora site publishes an uncredited close translation the next
# morning (the statement becomes "заявили в компанії").
story("s07_translation_kelbridge_eviction", "translation", {
"00_en.txt": """'We have nowhere to go': 70 Ukrainian refugees face eviction as Kelbridge housing deal ends
The Guardian
2027-09-14T06:00:00+01:00

About 70 Ukrainian refugees, among them 23 children, have been told to leave a former nursing home in Kelbridge by the end of October after the company that owns the building decided not to renew its lease with the council.

The residents of Larchmont House, most of whom arrived in 2022 and 2023, received letters last week from Brackenfield Homes saying the building would be converted into private flats.

"My son goes to school across the road. I work in the bakery on the high street. We have nowhere to go," said Nataliya Kovalska, 41, who lives in a single room with her two children. Standing in the corridor of the home, where notices in Ukrainian and English list laundry times, she showed the Guardian the letter.

Brackenfield Homes said in a statement to the Guardian that the lease had "always been temporary" and that it had given the council "more than the required notice".

A spokesperson for Kelbridge borough council said it was "urgently looking at alternative accommodation" but that there was a waiting list of more than 1,100 households for social housing in the town.
""",
"01_en.txt": """Dozens of Ukrainian refugees in Kelbridge told to leave home by end of October
The Independent
2027-09-14 12:40

Around 70 Ukrainian refugees, including 23 children, are facing eviction from a former nursing home in Kelbridge after the owner decided to end its lease with the local council, the Guardian reported.

Residents of Larchmont House were told in letters from Brackenfield Homes that the building would be turned into private flats, according to the newspaper.

Brackenfield Homes said in a statement to The Guardian that the lease had "always been temporary". Kelbridge borough council said it was looking at alternative accommodation.

More than 200,000 Ukrainians have come to the UK under visa schemes since 2022.
""",
"02_uk.txt": """«Нам нікуди йти»: 70 українських біженців у Келбриджі можуть виселити
Наші в Британії
15.09.2027 07:30

Близько 70 українських біженців, серед них 23 дитини, отримали вимогу залишити колишній будинок для літніх людей у Келбриджі до кінця жовтня після того, як компанія-власник вирішила не продовжувати оренду з місцевою радою.

Мешканці Larchmont House, більшість яких приїхали у 2022 та 2023 роках, минулого тижня отримали листи від компанії Brackenfield Homes: будівлю переобладнають на приватні квартири.

«Мій син ходить до школи через дорогу. Я працюю в пекарні на головній вулиці. Нам нікуди йти», — каже 41-річна Наталія Ковальська, яка живе в одній кімнаті з двома дітьми.

У компанії Brackenfield Homes заявили, що оренда «завжди була тимчасовою» і що раду попередили «більш ніж заздалегідь».

Речник ради Келбриджа сказав, що там «терміново шукають альтернативне житло», але в черзі на соціальне житло в місті перебуває понад 1100 домогосподарств.
""",
}, [O("The Guardian", True)],
[R("The Guardian", "01_en.txt"), R("The Guardian", "02_uk.txt")],
[C("About 70 Ukrainian refugees, including 23 children, face eviction from Larchmont House in Kelbridge after Brackenfield Homes ended the lease.", ["00_en.txt", "01_en.txt", "02_uk.txt"], 1)])

# s08: BBC News' own report quoting many officials (council leader, Natural Resources Wales,
# police, fire service, Welsh government, Met Office) plus "the BBC understands" and "Additional
# reporting by"; relays: Daily Mail ("told BBC News", "the BBC reported"), German ("wie der
# britische Sender BBC berichtet"), French without date line ("selon la BBC").
story("s08_own_reporting_cwm_aderyn_floods", "own_reporting", {
"00_en.txt": """Cwm Aderyn floods: 200 homes evacuated as River Aderyn bursts its banks
BBC News
2027-11-03T08:05:00+00:00

About 200 homes have been evacuated in Cwm Aderyn after the River Aderyn burst its banks overnight following two days of heavy rain.

Water up to a metre deep flowed through the village's main street in the early hours of Wednesday. A BBC Wales reporter at the scene saw firefighters using boats to reach residents in Station Terrace.

Gareth Pryce, leader of Aderyn Valley council, said: "This is the worst flooding the village has seen in living memory. Our rest centre at the leisure centre is open and has taken in about 90 people overnight."

Natural Resources Wales's head of operations for the area, Siân Morgan, said river levels had peaked at 4.2m, "almost half a metre above the previous record set in 2020".

Ch Supt Alun Roberts of the regional police said officers had knocked on "every door in the flood zone" and urged people not to drive through floodwater.

The fire service's area manager, Huw Bevan, told BBC News crews had rescued 34 people, including a man in his 80s who was taken to hospital as a precaution.

The BBC understands that a temporary flood barrier installed after the 2020 floods failed shortly after 02:00 GMT.

The Welsh government's climate secretary, Elin Rowlands, said ministers would "look at what went wrong with the defences", while the Met Office said a yellow rain warning remained in place until Thursday.

Additional reporting by Rhys Davies.
""",
"01_en.txt": """Hundreds flee as river bursts its banks in Welsh village after defences fail
Daily Mail
2027-11-03 13:10

About 200 homes have been evacuated in the Welsh village of Cwm Aderyn after the River Aderyn burst its banks, the BBC reported.

Firefighters used boats to reach residents as water up to a metre deep poured down the main street in the early hours of Wednesday.

Huw Bevan of the fire service told BBC News crews had rescued 34 people, among them a man in his 80s who was taken to hospital.

According to the BBC, a temporary flood barrier put in place after floods in 2020 gave way shortly after 2am.

Council leader Gareth Pryce described it as 'the worst flooding the village has seen in living memory'.
""",
"02_de.txt": """Hochwasser in Wales: 200 Häuser in Cwm Aderyn evakuiert
Küstenbote Nordmarsch
3. November 2027

Im walisischen Dorf Cwm Aderyn sind nach starken Regenfällen rund 200 Häuser evakuiert worden, wie der britische Sender BBC berichtet. Der Fluss Aderyn trat in der Nacht zum Mittwoch über die Ufer.

Das Wasser stand in der Hauptstraße bis zu einem Meter hoch. Die Feuerwehr rettete nach eigenen Angaben 34 Menschen, teils mit Booten.

Nach Informationen der BBC gab eine nach dem Hochwasser von 2020 errichtete provisorische Schutzwand kurz nach zwei Uhr nachts nach.
""",
"03_fr.txt": """Pays de Galles : 200 maisons évacuées après le débordement de la rivière Aderyn
Le Veilleur de Saint-Aurèle

Quelque 200 foyers ont été évacués dans le village gallois de Cwm Aderyn après le débordement de la rivière Aderyn dans la nuit de mardi à mercredi, selon la BBC.

L'eau a atteint jusqu'à un mètre dans la rue principale, et les pompiers ont secouru 34 personnes, certaines en bateau. Une barrière anti-crue provisoire installée après les inondations de 2020 aurait cédé peu après deux heures du matin, rapporte la chaîne britannique.
""",
}, [O("BBC News", True)],
[R("BBC News", "01_en.txt"), R("BBC News", "02_de.txt"), R("BBC News", "03_fr.txt")],
[C("About 200 homes in Cwm Aderyn were evacuated after the River Aderyn burst its banks.", ["00_en.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 C("Firefighters rescued 34 people, some by boat.", ["00_en.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 20 (invented events; real outlets); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
            assert any(o["name"] == r["origin"] for o in origins) or r["origin"] in OUTLETS_IN_CORPUS, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    by = {}
    for s in S:
        for a in s[2]:
            lang = a.split("_")[1].split(".")[0]
            by[lang] = by.get(lang, 0) + 1
    print(len(S), "stories,", n, "articles:", by)

# relay origins that are not the story's root but an in-corpus intermediate (chain edges)
OUTLETS_IN_CORPUS = {"The Kyiv Independent"}

if __name__ == "__main__":
    main()
