#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand38 set.
Events, people, companies, places and quotes are invented; the outlets are real media names."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: AP (not in corpus) relayed by four articles. Yahoo News and ABC News republish the wire
# copy with "CLEVELAND (AP) —"; Fox News rewrites it and ends "The Associated Press contributed to
# this report."; Newsweek "according to a report by The Associated Press" + "Newsweek has reached
# out to … for comment" (not own reporting). The company's news release is quoted by all four and
# is not an origin; the CPSC is not an origin.
story("r01_agency_airfryer_recall", "agency", {
"00_en.txt": """Corvella recalls 1.1 million air fryers after reports of overheating and burns
Yahoo News
2026-03-10T15:42:00+00:00

CLEVELAND (AP) — Ohio-based Corvella Home Products is recalling about 1.1 million CrispPro air fryers sold in the U.S. because the appliances can overheat and catch fire, the company said Tuesday.

Corvella said it had received 212 reports of the air fryers overheating, including 19 reports of minor burns. The recall covers the CrispPro 4Q and 6Q models sold in department stores and online between August 2023 and January 2026 for about $70 to $110.

"The safety of our customers is our highest priority, and we are asking everyone who owns an affected CrispPro to stop using it immediately," Corvella CEO Linda Marsh said in a news release.

Dana Kipling, of Parma, Ohio, told The Associated Press her CrispPro started smoking and then burst into flames on her kitchen counter in November while she was cooking chicken wings. "I unplugged it and threw a wet towel over it. The cabinet above it is still black," she said.

Owners can get a full refund or a free replacement unit. The recall was posted Tuesday by the U.S. Consumer Product Safety Commission, which said the heating element can short-circuit when grease builds up under the basket.
""",
"01_en.txt": """Corvella recalls 1.1 million CrispPro air fryers over fire risk
ABC News
Tue, 10 Mar 2026 16:05:00 +0000

CLEVELAND (AP) — Ohio-based Corvella Home Products is recalling about 1.1 million CrispPro air fryers sold in the U.S. because the appliances can overheat and catch fire, the company said Tuesday.

Corvella said it had received 212 reports of the air fryers overheating, including 19 reports of minor burns. The CrispPro 4Q and 6Q models were sold between August 2023 and January 2026.

"The safety of our customers is our highest priority, and we are asking everyone who owns an affected CrispPro to stop using it immediately," Corvella CEO Linda Marsh said in a news release.

Dana Kipling, of Parma, Ohio, told The Associated Press her CrispPro burst into flames on her kitchen counter in November. "The cabinet above it is still black," she said.

Owners can get a full refund or a replacement.
""",
"02_en.txt": """Air fryer recall: 1.1 million Corvella CrispPro units pulled over fire hazard
Fox News
2026-03-10 18:30

More than a million air fryers are being pulled from American kitchens after reports that they can overheat and catch fire.

Corvella Home Products, based in Ohio, announced Tuesday that it is recalling about 1.1 million CrispPro 4Q and 6Q air fryers. The company said it has received 212 reports of overheating, 19 of which involved minor burns.

"The safety of our customers is our highest priority, and we are asking everyone who owns an affected CrispPro to stop using it immediately," CEO Linda Marsh said in a news release.

One Ohio customer said her air fryer burst into flames on her kitchen counter last November, leaving the cabinet above it scorched.

Consumers can check the model number on the bottom of the unit and request a refund or a replacement on Corvella's website.

The Associated Press contributed to this report.
""",
"03_en.txt": """Air fryer recall update as over a million units pulled in 50 states
Newsweek
2026-03-11T09:12:00+00:00

About 1.1 million air fryers sold across all 50 states are being recalled over a fire hazard, according to a report by The Associated Press.

Corvella Home Products is recalling its CrispPro 4Q and 6Q models after receiving 212 reports of the appliances overheating, including 19 reports of minor burns, the company said.

"The safety of our customers is our highest priority, and we are asking everyone who owns an affected CrispPro to stop using it immediately," Corvella CEO Linda Marsh said in a news release on Tuesday.

Why It Matters

Air fryers have become one of the most popular small kitchen appliances in the U.S., and recalls over fire risks have become more frequent as sales have grown.

What To Know

Owners are urged to unplug the device and stop using it. Corvella is offering a full refund or a replacement.

Newsweek has reached out to Corvella Home Products via email for comment.
""",
}, [
    {"name": "Associated Press", "in_corpus": False},
], [
    {"origin": "Associated Press", "article": "00_en.txt"},
    {"origin": "Associated Press", "article": "01_en.txt"},
    {"origin": "Associated Press", "article": "02_en.txt"},
    {"origin": "Associated Press", "article": "03_en.txt"},
], [
    {"text": "Corvella Home Products is recalling about 1.1 million CrispPro air fryers because they can overheat and catch fire.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "Corvella received 212 reports of the air fryers overheating, including 19 reports of minor burns.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "An Ohio customer said her CrispPro air fryer burst into flames on her kitchen counter in November.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt"], "independent_sources": 1},
])

# r02: New York Post scoop (internal emails obtained by The Post, a City Hall staffer told The Post).
# Fox News "The New York Post, which first reported the news, said" + "Fox News Digital has reached
# out" (not own); Daily Mail: uncredited same-language rewrite (edge from New York Post); Lenta.ru
# "как сообщает New York Post". The mayor's statement is not an origin.
story("r02_scoop_city_budget", "uncredited_copy", {
"00_en.txt": """Ashford Point budget boss steered $2.3M in snow-removal cash to in-law's consulting firm: emails
New York Post
2026-02-17T05:30:00+00:00

The budget director of the Westchester city of Ashford Point quietly steered $2.3 million earmarked for snow removal to a consulting firm run by his brother-in-law, internal city emails obtained by The Post show.

Gerald Minetti, who has overseen Ashford Point's $410 million budget since 2021, personally signed off on 14 invoices from Brightline Municipal Advisors LLC between 2023 and 2025, according to the emails. The firm is registered to Minetti's brother-in-law, Paul Sarno, state records show.

"Everybody in the building knew whose company it was," a City Hall staffer told The Post. "Nobody wanted to be the one to say it."

Following The Post's inquiries, Mayor Carla Dunphy placed Minetti on paid leave Monday night.

"I have ordered an independent review of every payment made to this vendor," Dunphy said in a statement.

Minetti did not respond to The Post's requests for comment. Sarno hung up when reached by phone.
""",
"01_en.txt": """Ashford Point mayor sidelines budget director over $2.3M payments to relative's firm
Fox News
2026-02-17 11:45

The mayor of Ashford Point, New York, has placed the city's budget director on paid leave after reports that $2.3 million was paid to a consulting firm tied to his family.

The New York Post, which first reported the news, said the money came out of the city's snow-removal budget and went to Brightline Municipal Advisors, a firm registered to budget director Gerald Minetti's brother-in-law.

"I have ordered an independent review of every payment made to this vendor," Mayor Carla Dunphy said in a statement.

Ashford Point, a city of about 60,000 in Westchester County, closed last year with a budget deficit of nearly $9 million.

Fox News Digital has reached out to Minetti and to Brightline Municipal Advisors for comment.
""",
"02_en.txt": """City official 'funneled $2.3MILLION of snow-clearing money to brother-in-law's firm'
Daily Mail
2026-02-17 14:20

A city budget chief in New York has been put on leave after $2.3million meant for clearing snow was paid to a consulting company owned by his brother-in-law.

Gerald Minetti, the budget director of Ashford Point in Westchester County, signed off on 14 invoices from Brightline Municipal Advisors LLC himself between 2023 and 2025, internal emails show.

The company is registered to Paul Sarno, who is married to Minetti's sister.

'Everybody in the building knew whose company it was,' one City Hall worker said. 'Nobody wanted to be the one to say it.'

Mayor Carla Dunphy placed Minetti on paid leave on Monday night and said: 'I have ordered an independent review of every payment made to this vendor.'

Minetti, who has run the city's $410million budget since 2021, did not respond to requests for comment.
""",
"03_ru.txt": """В пригороде Нью-Йорка чиновник перевел $2,3 млн из бюджета на уборку снега фирме родственника
Lenta.ru
17.02.2026 19:40

Директор по бюджету американского города Эшфорд-Пойнт в штате Нью-Йорк Джеральд Минетти перевел 2,3 миллиона долларов, предназначенных для уборки снега, консалтинговой компании своего шурина. Об этом сообщает New York Post.

Как сообщает New York Post, компания Brightline Municipal Advisors зарегистрирована на Пола Сарно, мужа сестры чиновника.

Мэр города Карла Данфи отправила Минетти в оплачиваемый отпуск и распорядилась провести независимую проверку всех платежей этому подрядчику.
""",
}, [
    {"name": "New York Post", "in_corpus": True},
], [
    {"origin": "New York Post", "article": "01_en.txt"},
    {"origin": "New York Post", "article": "02_en.txt"},
    {"origin": "New York Post", "article": "03_ru.txt"},
], [
    {"text": "Ashford Point's budget director Gerald Minetti steered $2.3 million from the snow-removal budget to a consulting firm registered to his brother-in-law.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "Mayor Carla Dunphy placed Minetti on paid leave and ordered an independent review of the payments.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "Minetti personally signed off on 14 invoices from the firm between 2023 and 2025.",
     "articles": ["00_en.txt", "02_en.txt"], "independent_sources": 1},
])

# r03: two independent origins for the fee: The Athletic (own, "The Athletic has been told",
# "sources close to the negotiations told The Athletic") and ESPN (own, "sources told ESPN").
# Sky Sports credits both ("as first reported by The Athletic" + "Sources have also told ESPN"):
# two edges. Football.ua relays The Athletic.
story("r03_two_origins_transfer", "two_origins", {
"00_en.txt": """Aston Villa agree £48m deal with Brighton for midfielder Mateo Varga
The Athletic
2026-01-20T11:05:00+00:00

Aston Villa have agreed a fee of £48million ($64m) with Brighton & Hove Albion for midfielder Mateo Varga, The Athletic has been told.

The 23-year-old is expected to sign a five-year contract at Villa Park, with the option of a further 12 months, sources close to the negotiations told The Athletic. Those briefed on the talks, who asked not to be named to protect relationships, said personal terms were agreed quickly.

Varga joined Brighton from Ferencvaros in 2023 and has made 22 Premier League appearances this season, scoring six goals.

Villa head coach Unai Emery has wanted a box-to-box midfielder since the start of the season. Brighton declined to comment when approached.
""",
"01_en.txt": """Aston Villa reach agreement with Brighton to sign Mateo Varga
ESPN
Tue, 20 Jan 2026 12:40:00 +0000

Aston Villa have reached an agreement with Brighton to sign midfielder Mateo Varga for £48 million, sources told ESPN.

Varga is due to undergo a medical in Birmingham on Thursday, the sources added, and Villa hope to register him in time for the weekend's league match.

The Hungary international has been one of Brighton's most consistent performers this season and had also attracted interest from clubs in Germany.
""",
"02_en.txt": """Mateo Varga: Aston Villa agree £48m fee with Brighton for midfielder
Sky Sports
2026-01-20 15:10

Aston Villa have agreed a £48m fee with Brighton for midfielder Mateo Varga, as first reported by The Athletic.

Sources have also told ESPN that the two clubs have reached an agreement.

Varga, 23, has scored six goals in 22 Premier League appearances this season and would be Villa's biggest signing of the January window.

Villa face Brighton themselves in the Premier League next month.
""",
"03_uk.txt": """«Астон Вілла» домовилася з «Брайтоном» про трансфер Матео Варги за 48 мільйонів фунтів
Football.ua
20.01.2026 16:30

«Астон Вілла» погодила з «Брайтоном» трансфер угорського півзахисника Матео Варги. Сума угоди становить 48 мільйонів фунтів, як першим повідомило видання The Athletic.

За даними The Athletic, 23-річний футболіст підпише з бірмінгемським клубом п'ятирічний контракт з опцією продовження ще на рік.

У нинішньому сезоні Прем'єр-ліги Варга провів 22 матчі та забив шість голів.
""",
}, [
    {"name": "The Athletic", "in_corpus": True},
    {"name": "ESPN", "in_corpus": True},
], [
    {"origin": "The Athletic", "article": "02_en.txt"},
    {"origin": "ESPN", "article": "02_en.txt"},
    {"origin": "The Athletic", "article": "03_uk.txt"},
], [
    {"text": "Aston Villa have agreed a £48 million fee with Brighton for midfielder Mateo Varga.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
    {"text": "Varga is expected to sign a five-year contract with Aston Villa.",
     "articles": ["00_en.txt", "03_uk.txt"], "independent_sources": 1},
    {"text": "Varga is due to undergo a medical in Birmingham on Thursday.",
     "articles": ["01_en.txt"], "independent_sources": 1},
])

# r04: chain TMZ -> The Independent -> Фокус. TMZ own ("according to court documents obtained by
# TMZ"); The Independent "TMZ reports" + "The Independent has contacted … for comment" (not own);
# Фокус credits The Independent "з посиланням на TMZ": edge from The Independent only. Lenta.ru
# credits TMZ directly ("сообщает TMZ").
story("r04_chain_celebrity_lawsuit", "chain", {
"00_en.txt": """Kiara Vaughn Sued by Ex-Tour Manager for $4.5 Million, Claims He Was Fired Over Crew Pay
TMZ
2026-04-07T19:00:00+00:00

Kiara Vaughn is being sued by her former tour manager, who claims the pop star cut him loose just two days after he complained that her road crew wasn't getting paid overtime ... according to court documents obtained by TMZ.

Derek Almonte filed the suit in Los Angeles Superior Court, and he wants $4.5 million in damages for wrongful termination and unpaid wages.

In the docs, Almonte says he emailed Vaughn's business manager in September 2025 about crew members working 16-hour days on the "Glasshouse" tour without overtime. He claims he was fired 48 hours later by text message.

Almonte also claims he is still owed about $210,000 in unpaid fees from the tour's European leg.

We reached out to Vaughn's team ... so far, no word back.
""",
"01_en.txt": """Kiara Vaughn sued for $4.5m by former tour manager who claims he was fired after complaining about crew pay
The Independent
Wed, 08 Apr 2026 08:15:00 +0000

Pop star Kiara Vaughn is being sued for $4.5m (£3.5m) by her former tour manager, TMZ reports.

Derek Almonte has filed a lawsuit in Los Angeles Superior Court alleging wrongful termination and unpaid wages. According to the complaint, as reported by the celebrity news outlet, Almonte was fired by text message two days after he raised concerns that crew members on Vaughn's Glasshouse tour were not being paid overtime.

Vaughn, 29, has not publicly commented on the lawsuit.

The Glasshouse tour, which ran from May to December 2025, grossed more than $180m and included six nights at London's O2 Arena.

The Independent has contacted Vaughn's representatives for comment.
""",
"02_uk.txt": """Співачку Кіару Вон колишній тур-менеджер судить на 4,5 мільйона доларів
Фокус
08.04.2026 13:20

Американську поп-співачку Кіару Вон судить її колишній тур-менеджер Дерек Альмонте. Він вимагає 4,5 мільйона доларів компенсації. Як пише британське видання The Independent з посиланням на американський портал TMZ, позов подано до Верховного суду Лос-Анджелеса.

За даними The Independent, Альмонте стверджує, що його звільнили текстовим повідомленням через два дні після того, як він поскаржився на неоплачувані понаднормові години команди туру.

Представники Вон поки не прокоментували позов.
""",
"03_ru.txt": """Бывший тур-менеджер потребовал от певицы Киары Вон 4,5 миллиона долларов
Lenta.ru
2026-04-08 10:45

Бывший тур-менеджер американской певицы Киары Вон Дерек Альмонте подал на нее в суд и требует 4,5 миллиона долларов за незаконное увольнение и невыплаченную зарплату. Об этом сообщает TMZ.

По данным портала, иск подан в Высший суд Лос-Анджелеса. Альмонте также утверждает, что ему до сих пор не заплатили около 210 тысяч долларов за европейскую часть тура.
""",
}, [
    {"name": "TMZ", "in_corpus": True},
], [
    {"origin": "TMZ", "article": "01_en.txt"},
    {"origin": "The Independent", "article": "02_uk.txt"},
    {"origin": "TMZ", "article": "03_ru.txt"},
], [
    {"text": "Former tour manager Derek Almonte is suing Kiara Vaughn for $4.5 million in Los Angeles Superior Court.",
     "articles": ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "Almonte claims he was fired by text message two days after complaining that the tour crew was not paid overtime.",
     "articles": ["00_en.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1},
    {"text": "Almonte claims he is still owed about $210,000 for the tour's European leg.",
     "articles": ["00_en.txt", "03_ru.txt"], "independent_sources": 1},
])

# r05: Fox News own reporting ("told Fox News Digital"). The Hill (no date line) "first reported by
# Fox News Digital" and repeats "Pruitt told Fox News Digital" (still a relay). Die Welt "wie der
# US-Sender Fox News berichtet" + "gegenüber Fox News". The board president's statement is not an
# origin.
story("r05_scoop_school_board", "scoop", {
"00_en.txt": """Pennsylvania school board strips member of committee seats after she released closed-door minutes
Fox News
2026-05-13T10:00:00+00:00

A Pennsylvania school board voted 5-4 on Tuesday night to strip one of its members of all her committee seats after she posted the minutes of a closed-door session on social media.

Cedar Hollow School District board member Janet Pruitt released notes from an executive session in which the board discussed a $1.8 million settlement with former superintendent Richard Hale, who resigned in March.

"I was elected to represent parents, not to keep secrets from them," Pruitt told Fox News Digital on Wednesday. "If telling taxpayers where $1.8 million went is a crime, then I'm guilty."

Pruitt told Fox News Digital that her attorney is preparing a lawsuit against the board, arguing the vote violated her First Amendment rights.

Erin Castillo, a mother of two students in the district, told Fox News Digital the meeting was "the most heated I've seen in ten years."

Board president Mark Devlin said in a statement that releasing executive-session material "undermines the board's legal obligations" and that the vote "was about process, not politics."
""",
"01_en.txt": """Pennsylvania school board member punished for releasing closed-session minutes
The Hill

A Pennsylvania school board has removed one of its members from all committees after she made public the minutes of a closed session, a move first reported by Fox News Digital.

The Cedar Hollow School District board voted 5-4 on Tuesday against member Janet Pruitt. The closed session had concerned a $1.8 million settlement with the district's former superintendent.

"I was elected to represent parents, not to keep secrets from them," Pruitt told Fox News Digital, adding that she plans to sue the board.

Fights over transparency and parental rights have made once-sleepy school board meetings a national political flashpoint since 2021.
""",
"02_de.txt": """Streit im Schulrat: US-Schulbehörde entzieht Mitglied alle Ausschusssitze
Die Welt
14. Mai 2026

Im US-Bundesstaat Pennsylvania hat der Schulrat des Bezirks Cedar Hollow einem seiner Mitglieder mit fünf zu vier Stimmen alle Ausschusssitze entzogen, wie der US-Sender Fox News berichtet. Janet Pruitt hatte zuvor das Protokoll einer vertraulichen Sitzung in sozialen Netzwerken veröffentlicht.

Pruitt kündigte gegenüber Fox News an, gegen den Schulrat klagen zu wollen.

Der Vorsitzende des Gremiums, Mark Devlin, erklärte, es sei bei der Abstimmung „um Verfahren, nicht um Politik" gegangen.
""",
}, [
    {"name": "Fox News", "in_corpus": True},
], [
    {"origin": "Fox News", "article": "01_en.txt"},
    {"origin": "Fox News", "article": "02_de.txt"},
], [
    {"text": "The Cedar Hollow school board voted 5-4 to strip Janet Pruitt of her committee seats after she released minutes of a closed session.",
     "articles": ["00_en.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1},
    {"text": "Janet Pruitt plans to sue the school board.",
     "articles": ["00_en.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1},
    {"text": "The closed session concerned a $1.8 million settlement with the district's former superintendent.",
     "articles": ["00_en.txt", "01_en.txt"], "independent_sources": 1},
])

# r06: NBC News own reporting ("notification letters reviewed by NBC News", "In a statement to NBC
# News"). Newsweek relays NBC ("according to NBC News") AND confirms on its own ("confirmed to
# Newsweek"): edge from NBC News + Newsweek is an origin. Axios "per a report from NBC News";
# Der Spiegel "wie der US-Sender NBC News berichtet". The insurer's statement is not an origin.
story("r06_relay_confirm_data_breach", "relay_confirm", {
"00_en.txt": """Meridale Health data breach exposed personal information of 3.4 million members
NBC News
2026-06-02T21:30:00+00:00

Hackers gained access to the personal information of about 3.4 million members of Meridale Health, a Minnesota-based health insurer, including names, dates of birth and Social Security numbers, according to notification letters reviewed by NBC News.

The intruders were inside the company's systems from Jan. 4 to Jan. 19, the letters say. Meridale did not discover the intrusion until late February.

In a statement to NBC News, Meridale said it "recently identified suspicious activity on a limited part of our network" and had "engaged leading cybersecurity experts to assist with our investigation."

The company said it is offering affected members two years of free credit monitoring.

Health insurers have become frequent targets of ransomware gangs because of the volume of sensitive data they hold.
""",
"01_en.txt": """Meridale Health data breach: What to know as 3.4 million members affected
Newsweek
2026-06-03T08:45:00+00:00

A data breach at Meridale Health exposed the personal information of about 3.4 million people, according to NBC News.

Hackers were able to access the insurer's systems between January 4 and January 19, NBC News reported, citing letters sent to members.

A Meridale spokesperson confirmed to Newsweek on Wednesday that the breach affected about 3.4 million current and former members and that letters began going out on Monday.

What To Know

Members who receive a letter are being offered two years of free credit monitoring. Security experts advise affected people to freeze their credit with the three major bureaus.
""",
"02_en.txt": """Health insurer Meridale hit by breach affecting 3.4M members
Axios
2026-06-03 06:10

Hackers stole the personal data of about 3.4 million Meridale Health members, per a report from NBC News.

Why it matters: Social Security numbers and dates of birth were among the data exposed, making the breach one of the largest to hit a regional insurer this year.

The big picture: Health care companies reported more than 700 large data breaches to federal regulators last year.

What's next: Meridale is offering affected members two years of credit monitoring.
""",
"03_de.txt": """Hackerangriff auf US-Krankenversicherer: Daten von 3,4 Millionen Versicherten betroffen
Der Spiegel
03.06.2026 11:20

Bei einem Hackerangriff auf den US-Krankenversicherer Meridale Health sind persönliche Daten von rund 3,4 Millionen Versicherten abgeflossen, wie der US-Sender NBC News berichtet.

Die Angreifer hatten demnach vom 4. bis zum 19. Januar Zugriff auf die Systeme des Unternehmens aus Minnesota. Meridale bietet Betroffenen eine zweijährige kostenlose Überwachung ihrer Kreditwürdigkeit an.
""",
}, [
    {"name": "NBC News", "in_corpus": True},
    {"name": "Newsweek", "in_corpus": True},
], [
    {"origin": "NBC News", "article": "01_en.txt"},
    {"origin": "NBC News", "article": "02_en.txt"},
    {"origin": "NBC News", "article": "03_de.txt"},
], [
    {"text": "A data breach at Meridale Health exposed the personal information of about 3.4 million members.",
     "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_de.txt"], "independent_sources": 2},
    {"text": "Social Security numbers were among the data exposed in the Meridale breach.",
     "articles": ["00_en.txt", "02_en.txt"], "independent_sources": 1},
    {"text": "The hackers had access to Meridale's systems from January 4 to January 19.",
     "articles": ["00_en.txt", "01_en.txt", "03_de.txt"], "independent_sources": 2},
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 38 (invented events, real outlet names); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, c)
        out["stories"].append({"id": id, "scenario": scenario, "articles": names,
                               "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")

if __name__ == "__main__":
    main()
