#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand51 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Axios exclusive (own: "multiple sources", "people familiar with the deal") relayed by
# Der Spiegel ("wie zuerst ... Axios berichtete") and El País ("como adelantó Axios" + "no ha podido
# verificar de forma independiente" -> still a relay); Українська правда relays ("вперше повідомило
# ... Axios") AND "незалежно підтвердила" with two own sources -> edge from Axios + own origin.
story("r01_axios_exclusive_drone_deal", "exclusive_relay_confirmation", {
"00_en.txt": """Scoop: Carrow Systems to buy majority stake in Ukrainian drone maker Sokolyk
Axios
2027-04-05 10:40

Carrow Systems, the Virginia-based defense technology company, has agreed to buy a 60% stake in Ukrainian drone maker Sokolyk for roughly $410 million, according to multiple sources familiar with the deal.

The deal could be announced as early as next Tuesday, two people familiar with the matter told Axios. Neither company would comment on the record.

Why it matters: It would be the largest foreign investment so far in Ukraine's drone industry, which has grown from a handful of garage workshops into dozens of companies supplying the front.

Sokolyk, based in Vinnytsia, makes about 3,000 interceptor drones a month, one of the sources said. Its founder, Oleh Zaremba, started the company in 2022 with four engineers.

What's next: The purchase still needs the approval of Ukraine's State Service for Export Control, which reviews foreign stakes in defense producers, the sources said.
""",
"01_de.txt": """US-Rüstungsfirma Carrow will ukrainischen Drohnenhersteller Sokolyk übernehmen
Der Spiegel
2027-04-05T16:20:00+00:00

Das US-Rüstungstechnikunternehmen Carrow Systems steigt offenbar groß bei dem ukrainischen Drohnenhersteller Sokolyk ein. Carrow habe sich darauf geeinigt, für rund 410 Millionen Dollar 60 Prozent der Anteile zu übernehmen, wie zuerst das US-Nachrichtenportal Axios berichtete. Axios beruft sich auf mehrere mit der Sache vertraute Personen.

Die Übernahme könnte demnach bereits am kommenden Dienstag verkündet werden. Beide Unternehmen wollten sich zunächst nicht äußern.

Bevor der Deal vollzogen werden kann, muss laut dem Bericht noch der ukrainische Staatsdienst für Exportkontrolle zustimmen, der ausländische Beteiligungen an Rüstungsfirmen prüft.

Sokolyk wurde 2022 in Winnyzja gegründet und gilt als einer der wichtigsten Lieferanten von Abfangdrohnen für die ukrainische Armee.
""",
"02_es.txt": """La estadounidense Carrow Systems comprará el 60% del fabricante ucraniano de drones Sokolyk
El País
06.04.2027 09:15

La empresa estadounidense de tecnología de defensa Carrow Systems ha acordado comprar el 60% del fabricante ucraniano de drones Sokolyk por unos 410 millones de dólares, como adelantó Axios el lunes. EL PAÍS no ha podido verificar de forma independiente la información.

Según el portal estadounidense, Sokolyk produce alrededor de 3.000 drones interceptores al mes en su planta de Vinnytsia, en el centro de Ucrania.

Sería la mayor inversión extranjera hasta ahora en la industria ucraniana de drones, que desde 2022 ha pasado de un puñado de talleres a decenas de empresas que abastecen al ejército. Ni Carrow ni Sokolyk han querido hacer comentarios.
""",
"03_uk.txt": """Американська Carrow Systems купує 60% українського виробника дронів «Соколик»
Українська правда
6 квітня 2027, 12:30

Американська оборонна компанія Carrow Systems домовилася про купівлю 60% акцій вінницького виробника дронів «Соколик» приблизно за 410 мільйонів доларів. Про угоду вперше повідомило американське видання Axios.

«Українська правда» незалежно підтвердила цю інформацію у двох співрозмовників, знайомих з перебігом переговорів. За словами одного з них, угоду можуть оголосити вже наступного вівторка.

«Соколик» заснував у 2022 році інженер Олег Заремба. Компанія виробляє дрони-перехоплювачі для Сил оборони.

Ні Carrow Systems, ні «Соколик» офіційно угоду не коментують.
""",
}, [{"name": "Axios", "in_corpus": True}, {"name": "Українська правда", "in_corpus": True}],
[{"origin": "Axios", "article": "01_de.txt"}, {"origin": "Axios", "article": "02_es.txt"},
 {"origin": "Axios", "article": "03_uk.txt"}],
[{"text": "Carrow Systems agreed to buy a 60% stake in the Ukrainian drone maker Sokolyk for about $410 million.",
  "articles": ["00_en.txt", "01_de.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The deal could be announced as early as next Tuesday.",
  "articles": ["00_en.txt", "01_de.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Sokolyk makes about 3,000 interceptor drones a month.",
  "articles": ["00_en.txt", "02_es.txt"], "independent_sources": 1},
 {"text": "The purchase needs the approval of Ukraine's State Service for Export Control.",
  "articles": ["00_en.txt", "01_de.txt"], "independent_sources": 1}])

# r02: chain Politico (own: draft document seen by Politico + three EU officials) -> Handelsblatt
# ("berichtet ... Politico unter Berufung auf") -> Європейська правда (credits only Handelsblatt,
# "не змогла незалежно перевірити") -> Expansión (credits Evropeiska Pravda "que cita" Handelsblatt).
# Every edge comes from the credited in-corpus outlet; the only root is Politico.
story("r02_chain_politico_danube_fund", "chain", {
"00_en.txt": """EU to propose €2.4B fund for Danube-Ukraine freight corridor
Politico
2027-04-08T05:00:00+00:00

The European Commission will propose a €2.4 billion fund to expand freight links between the Danube ports and Ukraine, according to a draft document seen by Politico and three EU officials.

The money would be redirected from cohesion funds that member countries have failed to spend before the end of the current budget period, the officials said, speaking on condition of anonymity because the plan has not been made public.

According to the draft, €600 million would go to the Ukrainian river ports of Izmail and Reni, with the rest split between rail links in Romania and Moldova and new grain terminals.

The proposal is due to be presented on April 14, one of the officials said. "The corridor has kept Ukrainian exports alive; now we need to make it permanent," said Marta Viljanen, a senior official in the Commission's transport department.
""",
"01_de.txt": """EU-Kommission plant 2,4-Milliarden-Fonds für Donau-Korridor
Handelsblatt
8. April 2027

Die EU-Kommission will einen Fonds in Höhe von 2,4 Milliarden Euro für den Güterverkehr zwischen den Donauhäfen und der Ukraine auflegen. Das berichtet das Brüsseler Nachrichtenportal Politico unter Berufung auf einen Entwurf und drei EU-Beamte.

Das Geld soll demnach aus Kohäsionsmitteln stammen, die die Mitgliedstaaten bis zum Ende der laufenden Haushaltsperiode nicht abgerufen haben. Vorgestellt werden soll der Vorschlag am 14. April. Rund 600 Millionen Euro sollen laut dem Entwurf an die ukrainischen Flusshäfen Ismajil und Reni gehen.

Für die deutsche Wirtschaft ist der Korridor vor allem wegen der ukrainischen Agrar- und Stahlexporte von Bedeutung, die über Rumänien in die EU gelangen.
""",
"02_uk.txt": """ЄС готує фонд на 2,4 млрд євро для дунайського коридору – Handelsblatt
Європейська правда
09.04.2027 08:45

Європейська комісія планує створити фонд обсягом 2,4 млрд євро для розвитку вантажного сполучення між дунайськими портами та Україною. Про це пише німецька ділова газета Handelsblatt.

За даними газети, пропозицію мають представити 14 квітня.

600 млн євро, як зазначає видання, можуть отримати порти Ізмаїл і Рені.

«Європейська правда» не змогла незалежно перевірити цю інформацію.
""",
"03_es.txt": """Bruselas prepara un fondo de 2.400 millones para el corredor del Danubio hacia Ucrania
Expansión
2027-04-09 18:10

La Comisión Europea prepara un fondo de 2.400 millones de euros para reforzar el transporte de mercancías entre los puertos del Danubio y Ucrania, según informó el portal ucraniano Evropeiska Pravda, que cita al diario económico alemán Handelsblatt.

La propuesta se presentaría el 14 de abril. De la cantidad total, 600 millones irían a los puertos fluviales ucranianos de Izmail y Reni, según esa información.

Empresas españolas de logística y de ingeniería portuaria siguen de cerca el plan, que podría abrir nuevas licitaciones en Rumanía y Moldavia.
""",
}, [{"name": "Politico", "in_corpus": True}],
[{"origin": "Politico", "article": "01_de.txt"}, {"origin": "Handelsblatt", "article": "02_uk.txt"},
 {"origin": "Європейська правда", "article": "03_es.txt"}],
[{"text": "The European Commission will propose a €2.4 billion fund for freight links between the Danube ports and Ukraine.",
  "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The money would come from unspent cohesion funds.",
  "articles": ["00_en.txt", "01_de.txt"], "independent_sources": 1},
 {"text": "The proposal is to be presented on 14 April.",
  "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "€600 million would go to the Ukrainian ports of Izmail and Reni.",
  "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], "independent_sources": 1}])

# r03: two independent scoops (Der Spiegel own: "Nach SPIEGEL-Informationen", "aus mehreren Quellen";
# Reuters own: "two people familiar with the matter told Reuters"); El País relays BOTH (two edges,
# two roots); a Ukrainian relay of Reuters without outlet line; The Guardian relays Der Spiegel
# ("according to a report by").
story("r03_two_scoops_hallberg_jobs", "two_independent_scoops", {
"00_de.txt": """Hallberg will in Zwickau 4000 Stellen streichen
Der Spiegel
2027-04-12 07:30

Der Autobauer Hallberg Automotive will in seinem Werk in Zwickau rund 4000 Arbeitsplätze abbauen. Das erfuhr der SPIEGEL aus mehreren Quellen im Unternehmen und im Betriebsrat.

Nach SPIEGEL-Informationen soll zudem die Lackiererei des Werks bis Ende 2028 geschlossen werden; lackierte Karosserien sollen künftig aus anderen Standorten angeliefert werden. Der Abbau soll über Abfindungen und Altersteilzeit laufen, betriebsbedingte Kündigungen will der Vorstand vermeiden.

„Das ist der härteste Einschnitt in der Geschichte des Werks", sagte ein Betriebsrat, der nicht namentlich genannt werden wollte, dem SPIEGEL. Ein Hallberg-Sprecher wollte sich auf Anfrage nicht äußern.

In Zwickau arbeiten derzeit rund 11.500 Menschen.
""",
"01_en.txt": """Hallberg plans to cut 4,000 jobs at Zwickau plant, move Tamora output to Slovakia - sources
Reuters
2027-04-12T11:05:00+00:00

German carmaker Hallberg Automotive plans to cut about 4,000 jobs at its plant in Zwickau, two people familiar with the matter told Reuters on Monday.

The company will inform the works council of the plans on Thursday, the people said, declining to be named because the talks are confidential.

Production of the combustion-engine Hallberg Tamora will be moved from Zwickau to the group's plant in Trnava, Slovakia, one of the people said.

Hallberg declined to comment. Its shares fell 2.1% in Frankfurt trading.
""",
"02_es.txt": """Hallberg recortará unos 4.000 empleos en su fábrica de Zwickau
El País
2027-04-12 19:45

El fabricante alemán de automóviles Hallberg Automotive prevé suprimir unos 4.000 puestos de trabajo en su planta de Zwickau, en el este de Alemania, según adelantaron este lunes el semanario alemán Der Spiegel y la agencia Reuters.

De acuerdo con Reuters, la dirección informará del plan al comité de empresa el jueves. Der Spiegel añade que la empresa quiere evitar despidos forzosos y recurrir a indemnizaciones y jubilaciones anticipadas.

El recorte llega en plena caída de las ventas de coches de combustión en Europa. Hallberg tiene también una planta de componentes en Martorell.
""",
"03_uk.txt": """Німецький автовиробник Hallberg скоротить 4 тисячі робочих місць у Цвікау
13.04.2027 09:00

Німецький автовиробник Hallberg Automotive планує скоротити близько 4 тисяч робочих місць на заводі в Цвікау. Про це повідомляє агентство Reuters із посиланням на двох поінформованих співрозмовників.

За даними агентства, у четвер компанія поінформує про плани раду працівників. Виробництво моделі Hallberg Tamora з двигуном внутрішнього згоряння перенесуть на завод у словацькій Трнаві.

У компанії ситуацію не коментують.
""",
"04_en.txt": """Hallberg to shed 4,000 jobs and shut Zwickau paint shop, Der Spiegel reports
The Guardian
12 April 2027

Hallberg Automotive is preparing to cut about 4,000 jobs at its Zwickau factory in eastern Germany, according to a report by Der Spiegel.

The German news magazine said the plant's paint shop would close by the end of 2028, with painted bodies to be brought in from other sites. A works council member quoted anonymously by the magazine called it "the hardest cut in the plant's history".

The job losses would be one of the largest in the German car industry this year. Zwickau employs about 11,500 people.
""",
}, [{"name": "Der Spiegel", "in_corpus": True}, {"name": "Reuters", "in_corpus": True}],
[{"origin": "Der Spiegel", "article": "02_es.txt"}, {"origin": "Reuters", "article": "02_es.txt"},
 {"origin": "Reuters", "article": "03_uk.txt"}, {"origin": "Der Spiegel", "article": "04_en.txt"}],
[{"text": "Hallberg Automotive plans to cut about 4,000 jobs at its Zwickau plant.",
  "articles": ["00_de.txt", "01_en.txt", "02_es.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "The Zwickau paint shop will close by the end of 2028.",
  "articles": ["00_de.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Hallberg will inform the works council of the plans on Thursday.",
  "articles": ["01_en.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Production of the Hallberg Tamora will move to the plant in Trnava, Slovakia.",
  "articles": ["01_en.txt", "03_uk.txt"], "independent_sources": 1}])

# r04: Українська правда own scoop ("кілька джерел", "співрозмовники, знайомі з ситуацією");
# Kyiv Independent "as first reported by" + "A government source confirmed to the Kyiv Independent"
# (edge + own origin); Deutsche Welle relay + "konnte ... nicht unabhängig überprüfen" (relay only);
# EFE (no date line) "según informó ... que cita a varias fuentes" (relay only).
story("r04_up_scoop_river_company_ceo", "exclusive_confirmation_and_unverified", {
"00_uk.txt": """Уряд звільнить голову «Укрводшляху» Ковалика – джерела
Українська правда
2027-04-20 08:10

Кабінет міністрів на засіданні в середу планує звільнити голову державної компанії «Укрводшлях» Андрія Ковалика. Про це «Українській правді» розповіли кілька джерел в уряді та в самій компанії.

За словами співрозмовників, знайомих з ситуацією, виконувати обов'язки голови компанії призначать його заступницю Ірину Демчук.

Причиною звільнення, за даними УП, став аудит, який виявив переплату близько 380 мільйонів гривень за контрактами на днопоглиблення дунайських фарватерів.

Ковалик очолює «Укрводшлях» з 2024 року. На дзвінки УП він не відповів.
""",
"01_en.txt": """Government to fire head of state river company Ukrvodshliakh
The Kyiv Independent
2027-04-20T13:25:00+03:00

Ukraine's Cabinet of Ministers plans to dismiss Andrii Kovalyk, the head of the state river transport company Ukrvodshliakh, at its meeting on Wednesday, as first reported by Ukrainska Pravda.

A government source confirmed to the Kyiv Independent that the dismissal is on Wednesday's agenda. The source, who spoke on condition of anonymity, said Kovalyk's deputy Iryna Demchuk is expected to take over as acting head.

Ukrainska Pravda said the decision followed an audit of the company's dredging contracts.

Ukrvodshliakh maintains shipping lanes on the Danube and the Dnipro and runs several river ports.
""",
"02_de.txt": """Ukraine: Chef von staatlicher Flussreederei soll gehen
Deutsche Welle
20.04.2027 17:00

Die ukrainische Regierung will offenbar den Chef des staatlichen Flussverkehrsunternehmens Ukrwodschljach, Andrij Kowalyk, entlassen. Das berichtet die ukrainische Internetzeitung Ukrajinska Prawda unter Berufung auf mehrere Quellen. Die Entscheidung soll am Mittwoch im Kabinett fallen.

Nachfolgerin soll demnach kommissarisch seine Stellvertreterin Iryna Demtschuk werden. Auslöser sei eine Prüfung, die bei Baggerarbeiten auf der Donau Überzahlungen von rund 380 Millionen Hrywnja festgestellt habe.

Die DW konnte diese Angaben nicht unabhängig überprüfen.
""",
"03_es.txt": """Ucrania destituirá al director de la empresa pública de transporte fluvial
EFE

El Gobierno ucraniano tiene previsto destituir este miércoles al director de la empresa estatal de transporte fluvial Ukrvodshliaj, Andrí Kovalik, según informó el diario digital ucraniano Ukráinska Pravda, que cita a varias fuentes del Gobierno.

La decisión se debería a una auditoría que detectó pagos excesivos de unos 380 millones de grivnas en contratos de dragado de canales del Danubio.

La compañía gestiona las vías navegables del Danubio y del Dniéper, clave para las exportaciones de cereal.
""",
}, [{"name": "Українська правда", "in_corpus": True}, {"name": "The Kyiv Independent", "in_corpus": True}],
[{"origin": "Українська правда", "article": "01_en.txt"}, {"origin": "Українська правда", "article": "02_de.txt"},
 {"origin": "Українська правда", "article": "03_es.txt"}],
[{"text": "The Cabinet plans to dismiss Ukrvodshliakh head Andrii Kovalyk at its Wednesday meeting.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_es.txt"], "independent_sources": 2},
 {"text": "Deputy head Iryna Demchuk is to become acting head of the company.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt"], "independent_sources": 2},
 {"text": "An audit found overpayments of about 380 million hryvnias on dredging contracts.",
  "articles": ["00_uk.txt", "02_de.txt", "03_es.txt"], "independent_sources": 1}])

# r05: El País own ("según ha podido saber EL PAÍS", "fuentes conocedoras de la operación") ->
# Reuters ("according to a report by El País" + "could not independently verify": relay only) ->
# Економічна правда (credits Reuters "з посиланням на" El País: edge from Reuters); German article
# without outlet line credits El País directly ("wie zuerst ... berichtete"). One root: El País.
story("r05_elpais_chain_wind_farm", "chain_unverified", {
"00_es.txt": """Ibervento compra el parque eólico ucraniano de Berezanka por 310 millones
El País
2027-05-03 06:00

La eléctrica española Ibervento ha cerrado la compra del parque eólico de Berezanka, en la región ucraniana de Mykolaiv, por unos 310 millones de euros, según ha podido saber EL PAÍS de fuentes conocedoras de la operación.

El vendedor es el grupo ucraniano Pivden Vitro, que construyó el parque entre 2019 y 2021. El contrato se firmará el 20 de mayo en Madrid, según las mismas fuentes.

Ibervento pretende duplicar la potencia del parque hasta 480 megavatios antes de 2030, con la instalación de nuevas turbinas en terrenos ya arrendados.

Será la primera gran inversión de una empresa energética española en Ucrania desde el inicio de la invasión rusa a gran escala.
""",
"01_en.txt": """Spain's Ibervento to buy Ukrainian wind farm for 310 mln euros - El Pais
Reuters
2027-05-03T09:40:00+00:00

Spanish utility Ibervento has agreed to buy the Berezanka wind farm in Ukraine's Mykolaiv region for about 310 million euros ($335 million), according to a report by Spanish newspaper El Pais on Monday.

The contract with Ukrainian seller Pivden Vitro will be signed in Madrid on May 20, the newspaper said, citing sources familiar with the deal.

Reuters could not independently verify the report.
""",
"02_uk.txt": """Іспанська Ibervento купує вітрову електростанцію на Миколаївщині за 310 млн євро
Економічна правда
03.05.2027 14:20

Іспанська енергетична компанія Ibervento купує Березанську вітрову електростанцію на Миколаївщині в групи «Південь Вітро» приблизно за 310 мільйонів євро. Про це повідомляє Reuters з посиланням на іспанську газету El País.

Договір мають підписати 20 травня в Мадриді.

Березанська ВЕС була побудована у 2019–2021 роках і є однією з найбільших вітрових станцій півдня України.
""",
"03_de.txt": """Spanischer Versorger Ibervento kauft Windpark in der Ukraine
4. Mai 2027

Der spanische Energieversorger Ibervento übernimmt für rund 310 Millionen Euro den Windpark Beresanka in der südukrainischen Region Mykolajiw, wie zuerst die spanische Zeitung El País berichtete.

Ibervento wolle die Leistung des Parks bis 2030 auf 480 Megawatt verdoppeln, heißt es in dem Bericht. Verkäufer ist die ukrainische Gruppe Piwden Witro.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": "01_en.txt"}, {"origin": "Reuters", "article": "02_uk.txt"},
 {"origin": "El País", "article": "03_de.txt"}],
[{"text": "Ibervento is buying the Berezanka wind farm in the Mykolaiv region for about 310 million euros.",
  "articles": ["00_es.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The contract will be signed in Madrid on 20 May.",
  "articles": ["00_es.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "Ibervento wants to double the wind farm's capacity to 480 megawatts by 2030.",
  "articles": ["00_es.txt", "03_de.txt"], "independent_sources": 1}])

# r06: The Economist (outside the corpus) "first reported"; Kyiv Post "has independently confirmed"
# (edge + own), Суспільне "Як вперше повідомив" (relay), Cinco Días "ha confirmado de forma
# independiente" (edge + own), FAZ (no date line) "laut einem Bericht" + "nicht unabhängig
# bestätigen" (relay).
story("r06_economist_locomotive_order", "outside_exclusive_confirmations", {
"00_en.txt": """Spain's Talleres Arganda wins €1.1bn order for 120 Ukrainian locomotives
Kyiv Post
2027-05-10 15:30

Ukraine's state railway will order 120 electric locomotives from the Spanish manufacturer Talleres Arganda in a deal worth about €1.1 billion, first reported by The Economist.

Kyiv Post has independently confirmed the order with two officials at the Ministry of Infrastructure, who said the contract would be financed with a loan backed by an EU guarantee.

The railway's electric fleet has lost dozens of locomotives to Russian drone and missile strikes since 2022, and many of the remaining engines are more than 40 years old.
""",
"01_uk.txt": """Укрзалізниця замовить 120 електровозів в іспанської Talleres Arganda – The Economist
Суспільне
10.05.2027 18:05

Укрзалізниця замовить 120 електровозів в іспанського виробника Talleres Arganda. Вартість контракту становить близько 1,1 мільярда євро. Як вперше повідомив британський тижневик The Economist, закупівлю фінансуватимуть за рахунок кредиту під гарантію Європейського Союзу.

Перші локомотиви, за даними видання, мають надійти в Україну у 2029 році.

В Укрзалізниці інформацію поки не коментують.
""",
"02_es.txt": """Talleres Arganda fabricará 120 locomotoras para Ucrania por 1.100 millones
Cinco Días
2027-05-11T08:00:00+02:00

El fabricante ferroviario madrileño Talleres Arganda suministrará 120 locomotoras eléctricas a los ferrocarriles estatales de Ucrania por unos 1.100 millones de euros, según publicó The Economist.

Cinco Días ha confirmado de forma independiente la operación con fuentes de Talleres Arganda, que señalan que las locomotoras se fabricarán en su planta de Arganda del Rey.

Es el mayor pedido de la historia de la empresa, que emplea a unas 1.400 personas.
""",
"03_de.txt": """Ukraine bestellt 120 Lokomotiven in Spanien
Frankfurter Allgemeine Zeitung

Die ukrainische Staatsbahn will beim spanischen Hersteller Talleres Arganda 120 Elektrolokomotiven für rund 1,1 Milliarden Euro kaufen, laut einem Bericht des britischen Magazins The Economist. Finanziert werden soll der Kauf demnach über einen Kredit mit einer Garantie der EU.

Gebaut werden sollen die Loks im Werk in Arganda del Rey bei Madrid, die ersten Auslieferungen sind für 2029 geplant.

Die F.A.Z. konnte den Bericht nicht unabhängig bestätigen.
""",
}, [{"name": "The Economist", "in_corpus": False}, {"name": "Kyiv Post", "in_corpus": True},
    {"name": "Cinco Días", "in_corpus": True}],
[{"origin": "The Economist", "article": "00_en.txt"}, {"origin": "The Economist", "article": "01_uk.txt"},
 {"origin": "The Economist", "article": "02_es.txt"}, {"origin": "The Economist", "article": "03_de.txt"}],
[{"text": "Ukraine's state railway will order 120 electric locomotives from Talleres Arganda for about €1.1 billion.",
  "articles": ["00_en.txt", "01_uk.txt", "02_es.txt", "03_de.txt"], "independent_sources": 3},
 {"text": "The purchase will be financed with a loan backed by an EU guarantee.",
  "articles": ["00_en.txt", "01_uk.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "The first locomotives are due to be delivered in 2029.",
  "articles": ["01_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The locomotives will be built at the plant in Arganda del Rey.",
  "articles": ["02_es.txt", "03_de.txt"], "independent_sources": 2}])

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
            assert set(c["articles"]) <= names, (id, c)
        stories.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 51 (real outlet names, invented events and people); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
