#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand55 set.

US/UK political news built from statements and interviews. Outlet names are real media; every
politician, official, statement, interview and event is invented. Texts are original.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: interview given to an in-corpus TV network (CNN) and relayed by three others.
# CNN own: "told CNN's Maria Castellan on 'State of the Union'"; The Hill "said in an interview on
# CNN's 'State of the Union'" + "told CNN"; uk "в інтерв'ю телеканалу CNN"; de "im Interview mit dem
# US-Sender CNN" + "sagte Ridgeley dem Sender".
story("r01_cnn_interview_relayed", "interview_in_corpus", {
"00_en.txt": """Ridgeley vows to hold up Ferrante nomination until Patriot shipment to Ukraine moves
CNN
2027-05-09T15:10:00+00:00

Republican Sen. Walt Ridgeley of Kansas said Sunday he will use every procedural tool available to stall Dale Ferrante's nomination as deputy secretary of defense until the Pentagon releases a delayed shipment of Patriot interceptors to Ukraine.

"I'm not going to wave through a nominee while that shipment sits in a warehouse in Germany," Ridgeley told CNN's Maria Castellan on "State of the Union." "Nobody has given me a reason I can repeat with a straight face."

Ridgeley, who sits on the Senate Armed Services Committee, said he had raised the delay directly with White House chief of staff Trent Moberly in a phone call on Friday and had not heard back.

Asked whether he was breaking with President Lyle Brannock, Ridgeley said: "This is not about the president. This is about a paperwork jam at the Pentagon that somebody needs to fix."

The Pentagon did not respond to CNN's request for comment on Sunday.
""",
"01_en.txt": """GOP senator threatens hold on Pentagon nominee over Ukraine air defense delay
The Hill
2027-05-09 13:45

Sen. Walt Ridgeley (R-Kan.) on Sunday threatened to hold up the nomination of Dale Ferrante to be deputy secretary of defense unless the Pentagon frees a stalled shipment of Patriot interceptors bound for Ukraine.

"I'm not going to wave through a nominee while that shipment sits in a warehouse in Germany," Ridgeley said in an interview on CNN's "State of the Union."

The Kansas Republican told CNN he had called White House chief of staff Trent Moberly on Friday about the delay but had not received an answer.

Ferrante's nomination cleared the Armed Services Committee last month and had been expected to reach the Senate floor before Memorial Day. A hold by a single senator can delay a floor vote by weeks.
""",
"02_uk.txt": """Американський сенатор погрожує заблокувати кандидата до Пентагону через затримку Patriot для України
Європейська правда
09.05.2027 19:30

Республіканський сенатор від штату Канзас Волт Ріджлі заявив, що блокуватиме затвердження Дейла Ферранте на посаді заступника міністра оборони США, доки Пентагон не відправить Україні затриману партію ракет-перехоплювачів Patriot. Про це він сказав у неділю в інтерв'ю телеканалу CNN.

«Я не пропущу жодного кандидата, поки ця партія лежить на складі в Німеччині», — сказав Ріджлі.

Сенатор наголосив, що його крок не спрямований проти президента Лайла Бреннока, а має на меті усунути «паперовий затор» у Пентагоні.
""",
"03_de.txt": """US-Senator droht mit Blockade – wegen verzögerter Patriot-Lieferung an die Ukraine
Der Spiegel
9. Mai 2027

Der republikanische US-Senator Walt Ridgeley will die Bestätigung von Dale Ferrante als stellvertretenden Verteidigungsminister blockieren, bis das Pentagon eine zurückgehaltene Lieferung von Patriot-Abfangraketen an die Ukraine freigibt. Das sagte der Senator aus Kansas am Sonntag im Interview mit dem US-Sender CNN.

„Ich winke keinen Kandidaten durch, solange diese Lieferung in einem Lager in Deutschland liegt", sagte Ridgeley dem Sender. Mit Präsident Lyle Brannock habe sein Vorstoß nichts zu tun.

Ferrante war im April vom Streitkräfteausschuss des Senats gebilligt worden.
""",
}, [{"name": "CNN", "in_corpus": True}],
[{"origin": "CNN", "article": "01_en.txt"},
 {"origin": "CNN", "article": "02_uk.txt"},
 {"origin": "CNN", "article": "03_de.txt"}],
[{"text": "Senator Walt Ridgeley said he would block Dale Ferrante's nomination until the Pentagon releases the delayed Patriot shipment to Ukraine.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Ridgeley said he raised the delay with White House chief of staff Trent Moberly by phone on Friday and got no answer.",
  "articles": ["00_en.txt", "01_en.txt"], "independent_sources": 1}])

# r02: a Downing Street statement / readout of a call, taken directly by four outlets, none
# crediting another. BBC "Downing Street has said" + "According to a Downing Street readout";
# Guardian "No 10 said" + "In a statement, Downing Street said"; de "teilte der britische
# Regierungssitz Downing Street mit" + "Laut der Mitteilung"; uk (no date line) "йдеться в заяві
# офісу британського прем'єра на Даунінг-стріт, 10".
story("r02_downing_street_readout", "official_statement", {
"00_en.txt": """Carrow and Brannock agree to hold Black Sea shipping summit in Edinburgh
BBC News
2027-06-01 18:20

Prime Minister Helen Carrow and US President Lyle Brannock have agreed to host a summit on Black Sea shipping security in Edinburgh on 23 and 24 June, Downing Street has said.

According to a Downing Street readout of the phone call on Tuesday afternoon, the two leaders "agreed that the summit should bring together partners with a direct stake in the safe passage of grain and commercial vessels".

The readout said the prime minister also raised the "damaging effect" of US tariffs on British steel, and that both leaders had asked their trade teams to "continue talks at pace".

The White House has not published its own account of the call.
""",
"01_en.txt": """UK and US to co-host Edinburgh summit on Black Sea shipping, says No 10
The Guardian
2027-06-01T19:05:00+01:00

The UK and the US will co-host a summit on the security of Black Sea shipping in Edinburgh on 23-24 June, No 10 said after Helen Carrow spoke to Lyle Brannock by phone on Tuesday.

In a statement, Downing Street said the two leaders had agreed the gathering should include "partners with a direct stake in the safe passage of grain and commercial vessels".

Carrow also pressed the president on US tariffs on British steel, describing their "damaging effect", according to the statement. Both sides had instructed their trade teams to continue talks "at pace", No 10 said.
""",
"02_de.txt": """Britisch-amerikanischer Gipfel zur Sicherheit im Schwarzen Meer geplant
Frankfurter Allgemeine Zeitung
02.06.2027 07:40

Großbritannien und die Vereinigten Staaten wollen am 23. und 24. Juni in Edinburgh einen Gipfel zur Sicherheit der Schifffahrt im Schwarzen Meer ausrichten. Das teilte der britische Regierungssitz Downing Street nach einem Telefonat von Premierministerin Helen Carrow mit US-Präsident Lyle Brannock am Dienstag mit.

Laut der Mitteilung sprach Carrow auch die amerikanischen Zölle auf britischen Stahl und deren „schädliche Wirkung" an. Beide Seiten wollen die Handelsgespräche zügig fortsetzen.
""",
"03_uk.txt": """Велика Британія та США проведуть в Единбурзі саміт щодо безпеки судноплавства в Чорному морі
Укрінформ

Прем'єр-міністерка Великої Британії Гелен Керроу та президент США Лайл Бреннок домовилися провести 23–24 червня в Единбурзі саміт щодо безпеки судноплавства в Чорному морі. Про це йдеться в заяві офісу британського прем'єра на Даунінг-стріт, 10, оприлюдненій після телефонної розмови лідерів у вівторок.

Згідно із заявою, до саміту мають долучитися партнери, «безпосередньо зацікавлені в безпечному проходженні суден із зерном і комерційних суден».
""",
}, [{"name": "Downing Street", "in_corpus": False}],
[{"origin": "Downing Street", "article": "00_en.txt"},
 {"origin": "Downing Street", "article": "01_en.txt"},
 {"origin": "Downing Street", "article": "02_de.txt"},
 {"origin": "Downing Street", "article": "03_uk.txt"}],
[{"text": "Carrow and Brannock agreed to hold a Black Sea shipping security summit in Edinburgh on 23-24 June.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Carrow raised the damaging effect of US tariffs on British steel and both sides will continue trade talks.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1}])

# r03: Axios scoop with anonymous sources. The Hill "first reported by Axios" + "Axios cited two
# people"; The Independent an uncredited rewrite keeping "according to two people familiar with
# the matter" (edge from Axios); de credits The Hill ("berichtete ... The Hill unter Berufung auf
# ... Axios"): chain Axios -> The Hill -> de; uk "повідомляє Axios із посиланням на два джерела".
story("r03_axios_scoop_envoy", "scoop_relay", {
"00_en.txt": """Scoop: Brannock to tap Rebecca Stanwick as Ukraine reconstruction envoy
Axios
2027-04-14T06:00:00-04:00

President Brannock plans to name former Ohio Gov. Rebecca Stanwick as his special envoy for Ukraine's reconstruction, two people familiar with the matter tell Axios.

Why it matters: The post would put a Republican with deep ties to Midwest manufacturing in charge of steering U.S. companies toward rebuilding contracts worth tens of billions of dollars.

Driving the news: The announcement is expected before next week's reconstruction conference in Warsaw, according to a person familiar with the matter. Stanwick met Brannock at the White House last Thursday, one of the sources said.

The other side: The White House declined to comment. A spokesperson for Stanwick did not respond to a request for comment.
""",
"01_en.txt": """Brannock to pick former Ohio governor as Ukraine reconstruction envoy: report
The Hill
2027-04-14 09:20

President Brannock is planning to name former Ohio Gov. Rebecca Stanwick (R) as his special envoy for Ukraine's reconstruction, according to a report.

The move, first reported by Axios, would make Stanwick the administration's point person for American businesses seeking contracts to rebuild Ukraine. Axios cited two people familiar with the matter.

Stanwick served two terms as governor and has been mentioned in recent months as a possible Cabinet pick.
""",
"02_en.txt": """Brannock set to name ex-Ohio governor Rebecca Stanwick as Ukraine rebuilding envoy
The Independent
14 April 2027

Former Ohio governor Rebecca Stanwick is set to be named President Lyle Brannock's special envoy for the reconstruction of Ukraine, according to two people familiar with the matter.

The announcement is expected before next week's reconstruction conference in Warsaw, and Ms Stanwick met the president at the White House last Thursday, according to one of the sources.

The appointment would hand a Republican with close ties to Midwestern manufacturers the job of steering American companies towards rebuilding contracts in Ukraine. The White House declined to comment.
""",
"03_de.txt": """Ex-Gouverneurin soll US-Sondergesandte für den Wiederaufbau der Ukraine werden
Süddeutsche Zeitung
2027-04-14T17:30:00+02:00

US-Präsident Lyle Brannock will die frühere Gouverneurin von Ohio, Rebecca Stanwick, zur Sondergesandten für den Wiederaufbau der Ukraine ernennen. Das berichtete die Washingtoner Zeitung The Hill unter Berufung auf das Nachrichtenportal Axios.

Stanwick soll demnach amerikanische Unternehmen bei Aufträgen für den Wiederaufbau koordinieren. Das Weiße Haus äußerte sich zunächst nicht.
""",
"04_uk.txt": """Axios: Бреннок призначить колишню губернаторку Огайо спецпосланницею з відновлення України
НВ
14.04.2027 16:05

Президент США Лайл Бреннок планує призначити колишню губернаторку штату Огайо Ребекку Стенвік спеціальною посланницею з питань відбудови України. Про це повідомляє Axios із посиланням на два обізнані джерела.

За даними видання, оголошення очікується ще до конференції з відновлення України у Варшаві, яка відбудеться наступного тижня.
""",
}, [{"name": "Axios", "in_corpus": True}],
[{"origin": "Axios", "article": "01_en.txt"},
 {"origin": "Axios", "article": "02_en.txt"},
 {"origin": "The Hill", "article": "03_de.txt"},
 {"origin": "Axios", "article": "04_uk.txt"}],
[{"text": "Brannock plans to name former Ohio governor Rebecca Stanwick special envoy for Ukraine's reconstruction.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_de.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "The announcement is expected before next week's reconstruction conference in Warsaw.",
  "articles": ["00_en.txt", "02_en.txt", "04_uk.txt"], "independent_sources": 1}])

# r04: two outlets report the same resignation independently, each with its own anonymous
# sources (NBC News: "two sources familiar with her plans told NBC News"; The Washington Post:
# "three current and former officials who spoke on condition of anonymity"). Reuters credits both
# ("NBC News reported ..., citing two sources"; "The Washington Post also reported"); de credits
# NBC only ("nach einem Bericht des Senders NBC News").
story("r04_two_independent_scoops_dni", "independent_reports", {
"00_en.txt": """Director of National Intelligence Karen Voss plans to step down, sources say
NBC News
2027-03-15T22:45:00+00:00

Director of National Intelligence Karen Voss is planning to leave her post by the end of the month, two sources familiar with her plans told NBC News.

Voss has told senior staff that her principal deputy, Marcus Leland, is expected to serve as acting director until the president names a successor, one of the sources said.

The Office of the Director of National Intelligence declined to comment. Voss was confirmed by the Senate in early 2025 after a narrow vote.
""",
"01_en.txt": """Intelligence chief Voss to resign after clashes with White House
The Washington Post
2027-03-15 19:02

Karen Voss, the director of national intelligence, intends to resign before the end of March, according to three current and former officials who spoke on condition of anonymity to discuss personnel matters.

Voss has clashed repeatedly with White House aides in recent weeks over an intelligence assessment of Russian troop movements that the administration wanted softened before it was shared with allies, two of the officials said.

An ODNI spokesperson declined to comment.
""",
"02_en.txt": """US intelligence chief Voss to step down, media report
Reuters
2027-03-16 02:10

U.S. Director of National Intelligence Karen Voss plans to step down by the end of March, NBC News reported on Monday, citing two sources familiar with her plans. The Washington Post also reported her planned departure, citing three current and former officials.

Reuters could not immediately verify the reports. The White House did not immediately respond to a request for comment outside regular business hours.
""",
"03_de.txt": """US-Geheimdienstkoordinatorin Voss will offenbar zurücktreten
tagesschau.de
16.03.2027 08:15

Die Direktorin der nationalen Nachrichtendienste der USA, Karen Voss, will nach einem Bericht des Senders NBC News bis Ende des Monats zurücktreten. NBC News beruft sich auf zwei Quellen, die mit ihren Plänen vertraut sind.

Kommissarisch soll demnach ihr Stellvertreter Marcus Leland die Behörde führen, bis Präsident Lyle Brannock einen Nachfolger benennt.
""",
}, [{"name": "NBC News", "in_corpus": True},
    {"name": "The Washington Post", "in_corpus": True}],
[{"origin": "NBC News", "article": "02_en.txt"},
 {"origin": "The Washington Post", "article": "02_en.txt"},
 {"origin": "NBC News", "article": "03_de.txt"}],
[{"text": "Director of National Intelligence Karen Voss plans to step down by the end of March.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "Deputy Marcus Leland is expected to serve as acting director until a successor is named.",
  "articles": ["00_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Voss clashed with White House aides over an intelligence assessment of Russian troop movements.",
  "articles": ["01_en.txt"], "independent_sources": 1}])

# r05: The New York Times scoop; The Guardian relays it AND adds its own question to the Foreign
# Office spokesperson, who confirms the meeting ("Asked by the Guardian, a Foreign Office
# spokesperson confirmed") -> two roots. uk relays NYT only ("пише The New York Times з посиланням
# на"); de relays both ("berichtete zuerst die New York Times" + "bestätigte dem Guardian").
story("r05_relay_plus_own_question", "relay_with_own_confirmation", {
"00_en.txt": """British Foreign Secretary Held Unannounced Meeting With Brannock's Chief of Staff
The New York Times
2027-07-07T23:00:00+00:00

Foreign Secretary Alistair Penhale of Britain met privately with President Brannock's chief of staff, Trent Moberly, at the White House last Thursday, a meeting that did not appear on either government's public schedule, according to three officials briefed on it.

The two men discussed a joint sanctions package aimed at tankers that carry Russian oil, two of the officials said, speaking on condition of anonymity because they were not authorized to discuss the meeting publicly.

A White House spokeswoman said the administration did not comment on the chief of staff's private meetings.
""",
"01_en.txt": """Foreign Office confirms Penhale held private talks with Brannock aide
The Guardian
2027-07-08T10:30:00+01:00

The foreign secretary, Alistair Penhale, held an unannounced meeting with the US president's chief of staff, Trent Moberly, in Washington last week, the New York Times reported on Wednesday.

Asked by the Guardian, a Foreign Office spokesperson confirmed that the meeting had taken place, describing it as "one of many regular conversations with the US administration". The spokesperson declined to say what had been discussed.

The meeting did not appear on Penhale's published schedule for the week.
""",
"02_uk.txt": """NYT: глава МЗС Британії таємно зустрівся з главою апарату Білого дому
Українська правда
08.07.2027 09:50

Міністр закордонних справ Великої Британії Алістер Пенгейл минулого четверга провів непублічну зустріч із главою апарату Білого дому Трентом Моберлі. Про це пише The New York Times з посиланням на трьох поінформованих посадовців.

За даними видання, співрозмовники обговорювали спільний пакет санкцій проти танкерів, що перевозять російську нафту.
""",
"03_de.txt": """Britischer Außenminister traf Stabschef des Weißen Hauses ohne öffentliche Ankündigung
ZEIT ONLINE
8. Juli 2027

Der britische Außenminister Alistair Penhale hat sich vergangene Woche in Washington mit dem Stabschef des Weißen Hauses, Trent Moberly, getroffen, ohne dass das Treffen angekündigt worden war. Das berichtete zuerst die New York Times.

Ein Sprecher des Außenministeriums in London bestätigte dem Guardian das Treffen und sprach von „einem von vielen regelmäßigen Gesprächen mit der US-Regierung".
""",
}, [{"name": "The New York Times", "in_corpus": True},
    {"name": "The Guardian", "in_corpus": True}],
[{"origin": "The New York Times", "article": "01_en.txt"},
 {"origin": "The New York Times", "article": "02_uk.txt"},
 {"origin": "The New York Times", "article": "03_de.txt"},
 {"origin": "The Guardian", "article": "03_de.txt"}],
[{"text": "Foreign Secretary Alistair Penhale held an unannounced meeting with White House chief of staff Trent Moberly last week.",
  "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "Penhale and Moberly discussed a joint sanctions package against tankers carrying Russian oil.",
  "articles": ["00_en.txt", "02_uk.txt"], "independent_sources": 1}])

# r06: a president's Truth Social post and Air Force One remarks, a minister's X post, and a
# Reuters-only detail from an anonymous White House official. The officials' posts/remarks are
# outside origins taken directly; Reuters' anonymous official makes Reuters an in-corpus origin,
# credited by uk ("Як повідомляє Reuters з посиланням на представника Білого дому"). de has no
# date line.
story("r06_truth_social_tariff_threat", "official_posts", {
"00_en.txt": """Brannock threatens 25% tariff on British cars over digital services tax
Reuters
2027-08-03T14:20:00+00:00

U.S. President Lyle Brannock on Tuesday threatened to impose a 25% tariff on cars made in Britain unless the British government scraps its digital services tax, escalating a months-long dispute with one of Washington's closest allies.

"Britain taxes our great tech companies and then asks for favors. Not anymore!" Brannock wrote on Truth Social.

Speaking to reporters aboard Air Force One later in the day, Brannock said he had "a very good relationship" with Prime Minister Helen Carrow, but added: "She knows what she has to do."

A White House official, speaking on condition of anonymity, said the tariff would take effect on Sept. 1 if no agreement was reached.

British Business Secretary Priya Castell posted on X that Britain "will not negotiate under threat" and that the tax was "fair and lawful".
""",
"01_en.txt": """UK 'will not negotiate under threat', says Castell after Brannock car tariff warning
BBC News
2027-08-03 17:05

The business secretary has said the UK "will not negotiate under threat" after US President Lyle Brannock said he would put a 25% tariff on British-made cars unless the government drops its digital services tax.

In a post on Truth Social, Mr Brannock said Britain "taxes our great tech companies and then asks for favors".

Priya Castell responded on X, calling the tax "fair and lawful" and saying the UK "will not negotiate under threat".
""",
"02_en.txt": """Brannock warns UK: drop tech tax or face 25% tariff on cars
Fox News
03.08.2027 13:40

President Brannock said Tuesday he would slap a 25% tariff on British-made cars if London does not scrap its digital services tax.

"Britain taxes our great tech companies and then asks for favors. Not anymore!" the president wrote on Truth Social.

Asked about the threat by reporters aboard Air Force One, Brannock said Prime Minister Helen Carrow "knows what she has to do."
""",
"03_uk.txt": """Бреннок погрожує Британії 25-відсотковим митом на автомобілі через податок на цифрові послуги
Економічна правда
2027-08-03 21:15

Президент США Лайл Бреннок пригрозив запровадити 25-відсоткове мито на автомобілі британського виробництва, якщо Лондон не скасує податок на цифрові послуги. Про це він написав у своїй соцмережі Truth Social.

Як повідомляє Reuters з посиланням на представника Білого дому, мито може набути чинності 1 вересня, якщо сторони не дійдуть згоди.
""",
"04_de.txt": """Digitalsteuer-Streit: Brannock droht britischen Autobauern mit Strafzöllen
Handelsblatt

US-Präsident Lyle Brannock hat Großbritannien mit Zöllen von 25 Prozent auf dort gebaute Autos gedroht, sollte London an seiner Digitalsteuer festhalten. „Großbritannien besteuert unsere großartigen Tech-Unternehmen und bittet dann um Gefallen", schrieb Brannock auf seiner Plattform Truth Social.

Die britische Wirtschaftsministerin Priya Castell reagierte auf X: Man werde „nicht unter Drohungen verhandeln", schrieb sie. Die Steuer sei „fair und rechtmäßig".
""",
}, [{"name": "Lyle Brannock", "in_corpus": False},
    {"name": "Priya Castell", "in_corpus": False},
    {"name": "Reuters", "in_corpus": True}],
[{"origin": "Lyle Brannock", "article": "00_en.txt"},
 {"origin": "Lyle Brannock", "article": "01_en.txt"},
 {"origin": "Lyle Brannock", "article": "02_en.txt"},
 {"origin": "Lyle Brannock", "article": "03_uk.txt"},
 {"origin": "Lyle Brannock", "article": "04_de.txt"},
 {"origin": "Priya Castell", "article": "00_en.txt"},
 {"origin": "Priya Castell", "article": "01_en.txt"},
 {"origin": "Priya Castell", "article": "04_de.txt"},
 {"origin": "Reuters", "article": "03_uk.txt"}],
[{"text": "Brannock threatened a 25% tariff on British-made cars unless the UK scraps its digital services tax.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Business Secretary Priya Castell said the UK will not negotiate under threat and the tax is fair and lawful.",
  "articles": ["00_en.txt", "01_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "A White House official said the tariff would take effect on 1 September if no agreement is reached.",
  "articles": ["00_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Aboard Air Force One, Brannock said Carrow knows what she has to do.",
  "articles": ["00_en.txt", "02_en.txt"], "independent_sources": 1}])

# r07: interview with a TV network outside the corpus (Fox News), relayed by four. Politico "said in
# an interview with Fox News that aired Monday night" + "he told the network"; The Hill (no outlet
# line, title suffix "| The Hill") "told Fox News on Monday"; de "in einem Interview mit dem
# US-Sender Fox News"; uk "в інтерв'ю американському телеканалу Fox News".
story("r07_fox_interview_outside", "interview_outside", {
"00_en.txt": """Tolley tells Fox News a Conservative government would scrap digital services tax
Politico
2027-08-10T08:00:00+01:00

Conservative leader Graham Tolley said a government led by him would abolish Britain's digital services tax in its first budget, in a bid to head off U.S. tariffs on British cars.

"This tax raises peanuts and it is costing us our car industry," Tolley said in an interview with Fox News that aired Monday night. He accused Prime Minister Helen Carrow of "picking a fight we cannot win."

Tolley told the network he had not spoken to President Lyle Brannock since the tariff threat.
""",
"01_en.txt": """UK opposition leader says he'd scrap tech tax to avert Brannock tariffs | The Hill
2027-08-10 10:25

The leader of Britain's Conservative Party, Graham Tolley, told Fox News on Monday that he would get rid of the U.K.'s digital services tax if he became prime minister.

"This tax raises peanuts and it is costing us our car industry," Tolley said. He said Prime Minister Helen Carrow was "picking a fight we cannot win."
""",
"02_de.txt": """Britischer Oppositionschef will Digitalsteuer abschaffen
WELT
10.08.2027 12:00

Der Vorsitzende der britischen Konservativen, Graham Tolley, will im Fall eines Wahlsiegs die Digitalsteuer abschaffen. Das sagte er in einem Interview mit dem US-Sender Fox News. Die Steuer bringe „Peanuts" ein und koste Großbritannien seine Autoindustrie.
""",
"03_uk.txt": """Лідер британських консерваторів пообіцяв скасувати податок на цифрові послуги
Європейська правда
10.08.2027 15:40

Лідер Консервативної партії Великої Британії Грем Толлі заявив, що його уряд скасує податок на цифрові послуги в першому ж бюджеті. Про це він сказав в інтерв'ю американському телеканалу Fox News.
""",
}, [{"name": "Fox News", "in_corpus": False}],
[{"origin": "Fox News", "article": "00_en.txt"},
 {"origin": "Fox News", "article": "01_en.txt"},
 {"origin": "Fox News", "article": "02_de.txt"},
 {"origin": "Fox News", "article": "03_uk.txt"}],
[{"text": "Conservative leader Graham Tolley said a government led by him would scrap the digital services tax.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Tolley accused Carrow of picking a fight the UK cannot win.",
  "articles": ["00_en.txt", "01_en.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        stories.append({"id": id, "scenario": scenario, "articles": names,
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 55 (US/UK political news from statements and interviews; real outlet names, invented people and events); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
