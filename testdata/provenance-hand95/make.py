#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand95 set.

Business and tech scoops. The media names are real outlets; every event, company, person, fund,
figure and quote is invented, and no text is taken from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: Financial Times own scoop ("according to people familiar with the matter") about a merger,
# relayed by Handelsblatt ("wie die britische Financial Times unter Berufung auf ... vertraute
# Personen berichtet"), Les Echos ("selon le Financial Times, qui cite des personnes proches du
# dossier") and RBC ("сообщила Financial Times со ссылкой на источники, знакомые с ситуацией").
story("s01_ft_merger_scoop", "scoop_relayed", {
"00_en.txt": """Celvan in advanced talks to buy French rival Quantelis for €2.4bn
Financial Times
2027-02-09T06:00:00+00:00

Celvan, the Munich-based maker of factory automation software, is in advanced talks to acquire its French rival Quantelis in a deal that would value the Lyon-based group at about €2.4bn, according to people familiar with the matter.

The two companies have been negotiating for several weeks and an agreement could be announced as early as next month, two of the people said. They cautioned that the talks could still founder over price or over the future role of Quantelis's founding Demonceau family, which controls about 38 per cent of the shares.

A combination would create one of Europe's largest independent suppliers of manufacturing execution software, with annual revenue of roughly €1.3bn and customers among carmakers, drugmakers and food producers on both sides of the Rhine.

One of the people said Celvan was working with a group of banks on a financing package that would include about €1bn of new debt. Celvan said it did not comment on market speculation. Quantelis declined to comment.

Celvan has been on the lookout for acquisitions since chief executive Markus Feldhaus told investors last autumn that the industry was "too fragmented to survive the next downturn in its current shape".
""",
"01_de.txt": """Celvan verhandelt offenbar über Übernahme des französischen Rivalen Quantelis
Handelsblatt
9. Februar 2027

Der Münchner Industriesoftware-Anbieter Celvan steht einem Bericht zufolge vor der Übernahme seines französischen Konkurrenten Quantelis. Wie die britische „Financial Times" unter Berufung auf mit der Angelegenheit vertraute Personen berichtet, sind die Gespräche weit fortgeschritten. Quantelis würde dabei mit rund 2,4 Milliarden Euro bewertet.

Eine Einigung könnte laut dem Bericht schon im kommenden Monat verkündet werden. Die Verhandlungen könnten allerdings noch am Preis oder an der künftigen Rolle der Gründerfamilie Demonceau scheitern, die rund 38 Prozent der Anteile hält.

Celvan wolle für die Übernahme nach Angaben der FT rund eine Milliarde Euro an neuen Schulden aufnehmen. Das Unternehmen äußerte sich gegenüber der Zeitung nicht zu „Marktspekulationen".

Zusammen kämen die beiden Firmen auf einen Jahresumsatz von etwa 1,3 Milliarden Euro. Celvan-Chef Markus Feldhaus hatte im Herbst angekündigt, sich in einer „zu zersplitterten Branche" nach Zukäufen umzusehen.
""",
"02_fr.txt": """L'allemand Celvan négocie le rachat du lyonnais Quantelis
Les Echos
9 février 2027

Le spécialiste munichois des logiciels industriels Celvan serait en négociations avancées pour racheter son concurrent lyonnais Quantelis, selon le « Financial Times », qui cite des personnes proches du dossier. L'opération valoriserait Quantelis autour de 2,4 milliards d'euros.

D'après le quotidien britannique, un accord pourrait être annoncé dès le mois prochain. Les discussions peuvent toutefois encore achopper sur le prix ou sur la place de la famille fondatrice Demonceau, qui détient environ 38 % du capital.

Fondé en 1994 dans la banlieue lyonnaise, Quantelis équipe les usines de plusieurs constructeurs automobiles et laboratoires pharmaceutiques. Ensemble, les deux groupes pèseraient quelque 1,3 milliard d'euros de chiffre d'affaires.

Celvan s'est refusé à tout commentaire auprès du FT, évoquant des « spéculations de marché ».
""",
"03_ru.txt": """Немецкая Celvan ведет переговоры о покупке французской Quantelis за €2,4 млрд
РБК
09.02.2027 12:40

Немецкий разработчик программного обеспечения для промышленности Celvan ведет продвинутые переговоры о покупке французского конкурента Quantelis, сообщила Financial Times со ссылкой на источники, знакомые с ситуацией. Сделка может оценить Quantelis примерно в €2,4 млрд.

По данным издания, переговоры идут несколько недель. Препятствием может стать цена или роль семьи основателей Демонсо, которой принадлежит около 38% акций компании.

Объединенная компания станет одним из крупнейших в Европе независимых поставщиков систем управления производством с выручкой около €1,3 млрд в год.

В Celvan отказались комментировать «рыночные слухи», пишет FT.
""",
}, [
    {"name": "Financial Times", "in_corpus": True},
], [
    {"origin": "Financial Times", "article": "01_de.txt"},
    {"origin": "Financial Times", "article": "02_fr.txt"},
    {"origin": "Financial Times", "article": "03_ru.txt"},
], [
    {"text": "Celvan is in advanced talks to acquire Quantelis in a deal valuing it at about €2.4bn.",
     "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "The talks could still fail over price or the role of the founding family, which holds about 38% of Quantelis.",
     "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "An agreement could be announced as early as next month.",
     "articles": ["00_en.txt", "01_de.txt", "02_fr.txt"], "independent_sources": 1},
])

# s02: Vedomosti own scoop (two people familiar with the plans + a warehouse employee) about
# layoffs, with the company's denial given to Vedomosti (part of Vedomosti's reporting, no extra
# origin). RBC relays and adds a request that went unanswered (no own reporting); Ekonomichna
# Pravda relays; the WSJ relay has no date line.
story("s02_vedomosti_layoffs_denial", "scoop_denied", {
"00_ru.txt": """«Корзина» может сократить около 2800 сотрудников складов
Ведомости
2027-03-03 07:30

Онлайн-ретейлер «Корзина» готовит закрытие двух региональных распределительных центров — в Казани и Екатеринбурге — и сокращение около 2800 складских сотрудников до конца июня. Об этом «Ведомостям» рассказали два человека, знакомых с планами компании, и сотрудник одного из складов.

По словам одного из собеседников «Ведомостей», решение связано с падением продаж в регионах и ростом арендных ставок. Заказы покупателей из Поволжья и с Урала после закрытия центров будут собирать на складе в Подмосковье, срок доставки вырастет на один-два дня.

Сотрудник казанского склада рассказал, что с начала года компания перестала продлевать срочные договоры, а в феврале отменила ночные смены.

В пресс-службе «Корзины» «Ведомостям» заявили, что компания «не планирует массовых сокращений» и проводит «плановую оптимизацию логистической сети».

«Корзина» входит в десятку крупнейших российских интернет-магазинов, в 2026 г. ее выручка, по данным компании, составила 184 млрд руб.
""",
"01_ru.txt": """СМИ узнали о планах «Корзины» закрыть склады в Казани и Екатеринбурге
РБК
03.03.2027 11:05

Онлайн-ретейлер «Корзина» может закрыть распределительные центры в Казани и Екатеринбурге и сократить около 2800 сотрудников складов до конца июня, сообщили «Ведомости» со ссылкой на двух знакомых с планами компании людей и сотрудника одного из складов.

По данным издания, причиной стали падение продаж в регионах и рост арендных ставок. Заказы из Поволжья и с Урала будут собирать на складе в Подмосковье.

В компании опровергли информацию о массовых сокращениях, пишут «Ведомости»: там назвали происходящее «плановой оптимизацией логистической сети».

РБК направил запрос в пресс-службу «Корзины».
""",
"02_uk.txt": """Російський онлайн-рітейлер «Корзина» звільнить 2800 працівників складів – ЗМІ
Економічна правда
2027-03-03T13:20:00+02:00

Один із найбільших російських інтернет-магазинів «Корзина» готується закрити розподільчі центри в Казані та Єкатеринбурзі й скоротити близько 2800 складських працівників до кінця червня.

Про це пише російське видання «Ведомости» з посиланням на двох обізнаних із планами компанії осіб та працівника одного зі складів.

За даними видання, компанія пояснює рішення падінням продажів у регіонах і подорожчанням оренди.

Російська онлайн-торгівля, яка кілька років зростала двозначними темпами, із середини 2026 року сповільнюється на тлі високої облікової ставки та падіння реальних доходів.
""",
"03_en.txt": """Russian online retailer Korzina plans to cut 2,800 warehouse jobs, Vedomosti reports
The Wall Street Journal

Korzina, one of Russia's ten largest online retailers, plans to shut regional distribution centers in Kazan and Yekaterinburg and cut about 2,800 warehouse jobs by the end of June, the Russian business daily Vedomosti reported Wednesday, citing two people familiar with the company's plans and a warehouse employee.

Orders from the Volga region and the Urals would instead be packed at a warehouse outside Moscow, adding a day or two to delivery times, according to the report.

Korzina's press service told Vedomosti the company had no plans for mass layoffs and described the changes as a routine optimization of its logistics network.
""",
}, [
    {"name": "Ведомости", "in_corpus": True},
], [
    {"origin": "Ведомости", "article": "01_ru.txt"},
    {"origin": "Ведомости", "article": "02_uk.txt"},
    {"origin": "Ведомости", "article": "03_en.txt"},
], [
    {"text": "Korzina plans to close its Kazan and Yekaterinburg distribution centres and cut about 2,800 warehouse jobs by the end of June.",
     "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "Korzina denied plans for mass layoffs, calling it a routine optimisation of its logistics network.",
     "articles": ["00_ru.txt", "01_ru.txt", "03_en.txt"], "independent_sources": 1},
])

# s03: The Information (outside) reports layoffs citing people familiar; Handelsblatt relays it the
# same evening; next day the company confirms in a blog post (company statement = outside origin
# "Tessary"). WSJ and Forbes Україна relay both; Les Echos takes only the blog post.
story("s03_information_layoffs_confirmed", "scoop_confirmed", {
"00_en.txt": """Tessary Confirms 1,100 Job Cuts as AI-Chip Startup Retrenches
The Wall Street Journal
2027-04-14 16:45

Tessary, the San Francisco-based designer of chips for running artificial-intelligence models, confirmed Wednesday that it is laying off about 1,100 employees, or roughly 18% of its workforce.

The cuts were first reported Tuesday by The Information, which cited people familiar with the plans.

In a blog post, the company said the reductions were "painful but necessary" after two of its largest cloud customers delayed orders for its second-generation inference chip. It said it would close its engineering office in Kyiv, which employs about 240 people, by the end of June and shrink its team in Munich.

Tessary said it expects to record a restructuring charge of about $70 million in the second quarter. The company, last valued at $4.6 billion in a 2025 funding round, said it had enough cash to operate into 2029.
""",
"01_de.txt": """KI-Chip-Start-up Tessary streicht offenbar 1100 Stellen
Handelsblatt
13.04.2027 19:10

Das kalifornische KI-Chip-Start-up Tessary will nach einem Bericht des US-Techportals The Information rund 1100 Stellen streichen, etwa 18 Prozent der Belegschaft. The Information beruft sich auf Personen, die mit den Plänen vertraut sind.

Demnach soll das Entwicklungsbüro in Kiew mit rund 240 Beschäftigten geschlossen werden. Auch der Münchner Standort, an dem Tessary Software für seine Inferenz-Chips entwickelt, sei von den Kürzungen betroffen.

Hintergrund seien verschobene Bestellungen zweier großer Cloud-Kunden, heißt es in dem Bericht. Tessary war zuletzt mit 4,6 Milliarden Dollar bewertet worden.

Tessary ließ eine Anfrage zunächst unbeantwortet.
""",
"02_uk.txt": """Tessary закриває київський R&D-офіс: без роботи залишаться 240 інженерів
Forbes Україна
14.04.2027 18:30

Американський розробник чипів для штучного інтелекту Tessary скорочує близько 1100 працівників, або приблизно 18% персоналу, і до кінця червня закриє інженерний офіс у Києві, де працює близько 240 людей. Про це йдеться в блозі компанії.

Про плани скорочень напередодні першим повідомило американське видання The Information з посиланням на обізнаних осіб.

У дописі компанія пояснює рішення тим, що два найбільші хмарні клієнти відклали замовлення на її чип другого покоління. Співробітникам, яких звільняють, обіцяють вихідну допомогу в розмірі чотирьох місячних окладів.

Київський офіс Tessary відкрила 2021 року, він займався компіляторами та інструментами для розробників.
""",
"03_fr.txt": """La start-up américaine Tessary supprime 1 100 postes
Les Echos
15 avril 2027

Tessary, concepteur californien de puces pour l'intelligence artificielle, va supprimer environ 1 100 emplois, soit près de 18 % de ses effectifs, a annoncé mercredi la start-up dans un billet publié sur son blog.

L'entreprise justifie ces suppressions par le report de commandes de deux grands clients du cloud pour sa puce d'inférence de deuxième génération. Elle prévoit une charge de restructuration d'environ 70 millions de dollars au deuxième trimestre.

Valorisée 4,6 milliards de dollars lors de sa dernière levée de fonds en 2025, Tessary assure disposer de liquidités suffisantes jusqu'en 2029.
""",
}, [
    {"name": "The Information", "in_corpus": False},
    {"name": "Tessary", "in_corpus": False},
], [
    {"origin": "The Information", "article": "00_en.txt"},
    {"origin": "Tessary", "article": "00_en.txt"},
    {"origin": "The Information", "article": "01_de.txt"},
    {"origin": "Tessary", "article": "02_uk.txt"},
    {"origin": "The Information", "article": "02_uk.txt"},
    {"origin": "Tessary", "article": "03_fr.txt"},
], [
    {"text": "Tessary is cutting about 1,100 jobs, roughly 18% of its workforce.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 2},
    {"text": "Tessary will close its Kyiv engineering office of about 240 people.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 2},
])

# s04: a CEO's LinkedIn post (outside origin "Dmytro Levchuk") on a funding round, taken directly by
# Forbes Україна, Handelsblatt and the FT; 01_ru.txt (no outlet line) is an uncredited close Russian
# translation of the Forbes Україна article published hours later: edge from Forbes Україна only
# (it keeps "написал в LinkedIn", but it took the text from Forbes Україна).
story("s04_linkedin_funding_round", "person_post", {
"00_uk.txt": """Логістичний стартап Cargomind залучив $85 млн і став «єдинорогом»
Forbes Україна
2027-05-18T09:00:00+03:00

Українсько-польська логістична платформа Cargomind залучила $85 млн у раунді серії C, який очолив лондонський фонд Halvard Capital. Про це у своєму дописі в LinkedIn написав співзасновник і CEO компанії Дмитро Левчук. Після раунду компанію оцінили приблизно в $1,1 млрд.

«Ми починали з трьох вантажівок і таблиці в Excel у Вінниці. Сьогодні через нашу платформу щодня проходить понад 9000 рейсів», — написав Левчук.

За його словами, кошти підуть на вихід на ринки Румунії та країн Балтії, а також на розробку системи автоматичного планування маршрутів. У раунді також взяли участь попередні інвестори компанії — фонди Vistula Ventures і Dnipro Growth Partners.

Cargomind заснована 2019 року, штаб-квартира компанії розташована у Варшаві, а розробники працюють у Вінниці та Львові. У компанії близько 600 працівників.
""",
"01_ru.txt": """Логистический стартап Cargomind привлек $85 млн и стал «единорогом»
18.05.2027 13:40

Украинско-польская логистическая платформа Cargomind привлекла $85 млн в раунде серии C, который возглавил лондонский фонд Halvard Capital. Об этом в своем посте в LinkedIn написал сооснователь и CEO компании Дмитрий Левчук. После раунда компанию оценили примерно в $1,1 млрд.

«Мы начинали с трех грузовиков и таблицы в Excel в Виннице. Сегодня через нашу платформу ежедневно проходит более 9000 рейсов», — написал Левчук.

По его словам, средства пойдут на выход на рынки Румынии и стран Балтии, а также на разработку системы автоматического планирования маршрутов. В раунде также участвовали прежние инвесторы компании — фонды Vistula Ventures и Dnipro Growth Partners.

Cargomind основана в 2019 году, штаб-квартира компании находится в Варшаве, а разработчики работают в Виннице и Львове. В компании около 600 сотрудников.
""",
"02_de.txt": """Ukrainisch-polnisches Logistik-Start-up Cargomind sammelt 85 Millionen Dollar ein
Handelsblatt
18. Mai 2027

Die Frachtplattform Cargomind hat in einer Finanzierungsrunde der Serie C 85 Millionen Dollar eingesammelt und wird nun mit rund 1,1 Milliarden Dollar bewertet. Das schrieb Mitgründer und Firmenchef Dmytro Lewtschuk am Dienstag auf LinkedIn. Angeführt wurde die Runde vom Londoner Investor Halvard Capital.

Das Geld soll laut Lewtschuk in die Expansion nach Rumänien und ins Baltikum fließen. Cargomind vermittelt Lkw-Ladungen zwischen Verladern und Speditionen, vor allem auf Strecken zwischen der Ukraine, Polen und Deutschland.

Das 2019 in Winnyzja gegründete Unternehmen hat seinen Sitz inzwischen in Warschau und beschäftigt rund 600 Mitarbeiter.
""",
"03_en.txt": """Ukrainian-founded freight platform Cargomind hits $1.1bn valuation
Financial Times
2027-05-18 17:20

Cargomind, a digital freight platform founded in Ukraine, has raised $85mn in a Series C round led by London-based Halvard Capital that values it at about $1.1bn, chief executive Dmytro Levchuk said in a LinkedIn post on Tuesday.

The round makes Cargomind one of a handful of start-ups with Ukrainian roots to pass the $1bn mark. Existing backers Vistula Ventures and Dnipro Growth Partners also took part, Levchuk wrote.

The Warsaw-headquartered company, which matches lorry loads with hauliers mostly on routes between Ukraine, Poland and Germany, says more than 9,000 trips a day are booked through its platform.
""",
}, [
    {"name": "Dmytro Levchuk", "in_corpus": False},
], [
    {"origin": "Dmytro Levchuk", "article": "00_uk.txt"},
    {"origin": "Forbes Україна", "article": "01_ru.txt"},
    {"origin": "Dmytro Levchuk", "article": "02_de.txt"},
    {"origin": "Dmytro Levchuk", "article": "03_en.txt"},
], [
    {"text": "Cargomind raised $85m in a Series C round led by Halvard Capital, valuing it at about $1.1bn.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "The money will fund expansion into Romania and the Baltic states.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt"], "independent_sources": 1},
])

# s05: a regulator's published decision (a document; outside origin "Antimonopoly Committee of
# Ukraine") taken directly by Економічна правда, Forbes Україна and Les Echos; the FT credits
# Ekonomichna Pravda ("citing a decision by the watchdog"): chain edge from Економічна правда.
story("s05_regulator_decision_cement", "document", {
"00_uk.txt": """АМКУ дозволив французькій Lorvane купити цементний завод «Подільський камінь»
Економічна правда
2027-06-02 10:40

Антимонопольний комітет України дозволив французькій групі Groupe Lorvane Matériaux придбати понад 50% акцій цементного заводу «Подільський камінь» у Хмельницькій області. Про це йдеться в рішенні комітету, оприлюдненому на його сайті.

Згідно з документом, покупцем виступає нідерландська компанія Lorvane Ukraine Holding B.V., яку контролює французька група. Продавці — кіпрська Ostrava Cement Investments Ltd та двоє фізичних осіб, громадян України.

Ціну угоди в рішенні не вказано. Комітет дійшов висновку, що концентрація не призведе до монополізації ринку цементу.

«Подільський камінь» — один із п'яти найбільших виробників цементу в Україні, завод розташований поблизу Кам'янця-Подільського.
""",
"01_uk.txt": """Французька Lorvane отримала дозвіл на купівлю цементного заводу на Хмельниччині
Forbes Україна
02.06.2027 15:10

Французький виробник будматеріалів Groupe Lorvane Matériaux отримав дозвіл Антимонопольного комітету на придбання контрольного пакета (понад 50% акцій) заводу «Подільський камінь». Це свідчить рішення, опубліковане на сайті АМКУ.

Угоду оформлюють через нідерландську «дочку» групи — Lorvane Ukraine Holding B.V. Продавцями в документі названо кіпрську Ostrava Cement Investments Ltd та двох громадян України.

Lorvane працює в 14 країнах, переважно у Франції, Бельгії та Марокко. Для групи це буде перший актив в Україні.
""",
"02_fr.txt": """Le cimentier Lorvane obtient le feu vert de Kiev pour racheter Podilskyi Kamin
Les Echos
3 juin 2027

Groupe Lorvane Matériaux a franchi une étape dans son projet d'implantation en Ukraine. L'autorité ukrainienne de la concurrence (AMCU) a autorisé le cimentier français à prendre plus de 50 % du capital de l'usine Podilskyi Kamin, dans l'ouest du pays, selon une décision publiée mercredi sur son site.

D'après ce document, l'acquisition passera par une filiale néerlandaise du groupe, Lorvane Ukraine Holding. Le prix de la transaction n'est pas précisé.

Podilskyi Kamin figure parmi les cinq premiers producteurs de ciment ukrainiens. La reconstruction du pays devrait, selon les professionnels du secteur, tirer la demande de matériaux de construction pendant plusieurs années.
""",
"03_en.txt": """French cement group Lorvane wins Kyiv approval for Ukrainian plant deal
Financial Times
2027-06-02T18:05:00+00:00

Ukraine's competition watchdog has cleared French building materials group Lorvane to take control of Podilskyi Kamin, one of the country's five largest cement producers, the Ukrainian business news site Ekonomichna Pravda reported on Wednesday, citing a decision by the regulator.

Lorvane will buy more than 50 per cent of the plant near Kamianets-Podilskyi through a Dutch holding company, according to the report. The price was not disclosed.

Western building materials groups have been weighing investments in Ukraine in anticipation of a reconstruction boom, but few have committed capital while fighting continues.
""",
}, [
    {"name": "Antimonopoly Committee of Ukraine", "in_corpus": False},
], [
    {"origin": "Antimonopoly Committee of Ukraine", "article": "00_uk.txt"},
    {"origin": "Antimonopoly Committee of Ukraine", "article": "01_uk.txt"},
    {"origin": "Antimonopoly Committee of Ukraine", "article": "02_fr.txt"},
    {"origin": "Економічна правда", "article": "03_en.txt"},
], [
    {"text": "Ukraine's Antimonopoly Committee allowed Groupe Lorvane Matériaux to acquire more than 50% of the Podilskyi Kamin cement plant.",
     "articles": ["00_uk.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "The purchase goes through the Dutch subsidiary Lorvane Ukraine Holding B.V.; the price was not disclosed.",
     "articles": ["00_uk.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
])

# s06: two different in-corpus scoops on one sanctions story: the WSJ (people familiar + a draft
# seen by the Journal: EU to list a tanker operator) and Kommersant (sources in the shipping
# industry: the operator is moving its tankers to a UAE company). Економічна правда relays both
# in one text (two edges); Handelsblatt relays only the WSJ.
story("s06_two_scoops_tanker_sanctions", "two_scoops", {
"00_en.txt": """EU Targets Russian Tanker Operator in Next Sanctions Package
The Wall Street Journal
2027-07-06 05:30

The European Union plans to add Russian tanker operator Baltflot Tanker to its next package of sanctions, according to people familiar with the matter and a draft document seen by The Wall Street Journal.

The draft, which is due to be presented to member states on July 14, accuses the St. Petersburg-based company of running a fleet of aging tankers that carry Russian crude above the price cap agreed by Western governments. It would freeze any assets the company holds in the bloc and bar EU firms from insuring or servicing its ships.

Baltflot Tanker operates 14 tankers, according to shipping databases. Several of them were detained last year for inspections in Baltic ports.

The package also includes measures against two banks in Central Asia, the people said. It needs unanimous approval from the bloc's 27 members. Baltflot Tanker didn't respond to a request for comment.
""",
"01_ru.txt": """«Балтфлот Танкер» переводит танкеры под юрисдикцию ОАЭ
Коммерсантъ
06.07.2027 22:15

Петербургский оператор танкеров «Балтфлот Танкер» передает суда компании, зарегистрированной в Дубае, рассказали “Ъ” два источника в судоходной отрасли. По их словам, 11 из 14 танкеров уже переоформлены на Gulfmarine Shipholding FZE, оставшиеся три будут переданы до конца июля.

Один из собеседников “Ъ” связывает переоформление с ожиданием новых европейских санкций: «Компания готовилась к этому с весны, менеджмент понимал, что попадет в список».

Смена собственника позволит судам сохранить доступ к страхованию и обслуживанию в портах, не связанных с ЕС, отмечает другой источник “Ъ”.

В «Балтфлот Танкере» от комментариев отказались.
""",
"02_uk.txt": """ЄС готує санкції проти «Балтфлот Танкер», а компанія виводить флот в ОАЕ
Економічна правда
7 липня 2027

Європейський Союз планує включити російського оператора танкерів «Балтфлот Танкер» до наступного пакета санкцій. Як повідомляє американська газета The Wall Street Journal з посиланням на обізнані джерела та проєкт документа, йдеться про заморожування активів компанії в ЄС і заборону страхувати та обслуговувати її судна.

Водночас російське видання «Коммерсант» пише, що компанія вже переоформлює свої танкери на зареєстровану в Дубаї Gulfmarine Shipholding FZE. За даними джерел видання, 11 із 14 суден уже мають нового власника.

Пакет санкцій має ухвалити одноголосно 27 країн-членів ЄС.
""",
"03_de.txt": """EU will russischen Tanker-Betreiber Baltflot Tanker sanktionieren
Handelsblatt
2027-07-06T11:50:00+02:00

Die Europäische Union will den russischen Tankschiff-Betreiber Baltflot Tanker auf ihre nächste Sanktionsliste setzen. Das berichtet das „Wall Street Journal" unter Berufung auf Insider und einen Entwurf, der der Zeitung vorliegt.

Der Entwurf soll den Mitgliedstaaten am 14. Juli vorgelegt werden. Baltflot Tanker wird darin vorgeworfen, mit einer alternden Flotte russisches Rohöl oberhalb des westlichen Preisdeckels zu transportieren. Vermögenswerte in der EU sollen eingefroren, Versicherung und Wartung der Schiffe verboten werden.

Das Unternehmen aus Sankt Petersburg betreibt laut dem Bericht 14 Tanker.
""",
}, [
    {"name": "The Wall Street Journal", "in_corpus": True},
    {"name": "Коммерсантъ", "in_corpus": True},
], [
    {"origin": "The Wall Street Journal", "article": "02_uk.txt"},
    {"origin": "Коммерсантъ", "article": "02_uk.txt"},
    {"origin": "The Wall Street Journal", "article": "03_de.txt"},
], [
    {"text": "The EU plans to add Baltflot Tanker to its next sanctions package, freezing its EU assets and banning insurance and servicing of its ships.",
     "articles": ["00_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 2},
    {"text": "Baltflot Tanker is transferring its tankers to the Dubai-registered Gulfmarine Shipholding FZE; 11 of 14 already moved.",
     "articles": ["01_ru.txt", "02_uk.txt"], "independent_sources": 2},
    {"text": "The draft package is due to be presented to member states on 14 July.",
     "articles": ["00_en.txt", "03_de.txt"], "independent_sources": 1},
])

# s07: origin only outside the corpus: a Bloomberg scoop (people familiar) on a funding round,
# relayed by Handelsblatt, Les Echos and Forbes Україна (no date line).
story("s07_bloomberg_funding_talks", "outside_only", {
"00_de.txt": """E-Bike-Hersteller Radwerk Nord verhandelt mit Katar-Fonds über 150 Millionen Euro
Handelsblatt
2027-09-21 14:05

Der Bremer E-Bike-Hersteller Radwerk Nord verhandelt einem Medienbericht zufolge mit dem Staatsfonds-nahen Investor Qirat Capital aus Doha über eine Finanzierung von rund 150 Millionen Euro. Das berichtet die Nachrichtenagentur Bloomberg unter Berufung auf mit den Gesprächen vertraute Personen.

Die Runde würde Radwerk Nord demnach mit etwa 900 Millionen Euro bewerten. Ein Abschluss sei in den kommenden Wochen möglich, die Gespräche könnten aber noch scheitern.

Mit dem Geld wolle das Unternehmen laut Bloomberg die Rahmenfertigung im westukrainischen Werk bei Lwiw ausbauen. Radwerk Nord und Qirat Capital lehnten gegenüber Bloomberg eine Stellungnahme ab.
""",
"01_fr.txt": """Vélo électrique : l'allemand Radwerk Nord en discussions avec un fonds qatari
Les Echos
21.09.2027 16:30

Le fabricant brêmois de vélos électriques Radwerk Nord discute avec le fonds Qirat Capital, basé à Doha, d'une levée d'environ 150 millions d'euros, rapporte Bloomberg, citant des sources proches des négociations.

L'opération valoriserait l'entreprise autour de 900 millions d'euros, selon l'agence. Un accord pourrait intervenir dans les prochaines semaines.

Le marché européen du vélo électrique sort de deux années de surstocks qui ont fragilisé plusieurs acteurs du secteur.
""",
"02_uk.txt": """Німецький виробник електровелосипедів з заводом на Львівщині може залучити €150 млн від катарського фонду
Forbes Україна

Німецький виробник електровелосипедів Radwerk Nord веде переговори з катарським фондом Qirat Capital про залучення близько €150 млн. Про це повідомляє агентство Bloomberg з посиланням на обізнаних осіб.

За даними агентства, частину коштів компанія планує спрямувати на розширення виробництва рам на своєму заводі у Львівській області.

Radwerk Nord відкрила завод на Львівщині у 2024 році, там працює близько 700 людей.
""",
}, [
    {"name": "Bloomberg", "in_corpus": False},
], [
    {"origin": "Bloomberg", "article": "00_de.txt"},
    {"origin": "Bloomberg", "article": "01_fr.txt"},
    {"origin": "Bloomberg", "article": "02_uk.txt"},
], [
    {"text": "Radwerk Nord is in talks with Doha-based Qirat Capital to raise about €150m.",
     "articles": ["00_de.txt", "01_fr.txt", "02_uk.txt"], "independent_sources": 1},
    {"text": "The round would value Radwerk Nord at about €900m.",
     "articles": ["00_de.txt", "01_fr.txt"], "independent_sources": 1},
])


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
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        stories.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 95 (business and tech scoops; real media names, "
                       "invented events, companies and people); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
