#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand81 set.

Business and markets news (en, de, fr, es, it). Media names are real outlets; every company,
person, deal and figure is invented, and no real article text is used.
"""
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

# r01: quarterly results taken straight from the company's press release by four outlets.
# Origin = the company (its own release, no medium between), out of corpus.
story("r01_results_press_release", "press_release", {
"00_de.txt": """Kessler-Haug wächst im ersten Quartal um neun Prozent und hebt Margenziel an
Handelsblatt
2027-04-29 07:45

Der Augsburger Antriebsspezialist Kessler-Haug ist mit deutlichem Rückenwind in das Jahr gestartet. Der Umsatz stieg im ersten Quartal um neun Prozent auf 2,31 Milliarden Euro, wie der Konzern am Donnerstagmorgen mitteilte. Das bereinigte Ergebnis vor Zinsen und Steuern (Ebit) kletterte auf 214 Millionen Euro, nach 171 Millionen Euro im Vorjahreszeitraum.

Der Auftragseingang lag mit 2,6 Milliarden Euro erneut über dem Umsatz. Unter dem Strich verdiente Kessler-Haug 131 Millionen Euro. Getragen wurde das Wachstum laut Mitteilung vor allem vom Geschäft mit Getrieben für Windkraftanlagen und von Industriekunden in Nordamerika.

Für das Gesamtjahr erwartet der Vorstand nun eine bereinigte Ebit-Marge von 9,0 bis 9,5 Prozent; bisher hatte er 8,5 bis 9,0 Prozent in Aussicht gestellt. Die Umsatzprognose von 8,8 bis 9,2 Milliarden Euro bestätigte das Unternehmen.

„Wir ernten jetzt die Früchte unseres Effizienzprogramms", wird Vorstandschefin Regine Albers in der Mitteilung zitiert. Zudem kündigte der Konzern an, 80 Millionen Euro in den Ausbau seines Werks im italienischen Brescia zu investieren.
""",
"01_en.txt": """Kessler-Haug lifts margin outlook as first-quarter sales climb 9%
CNBC
2027-04-29T08:10:00+00:00

German drive-systems maker Kessler-Haug raised its profitability forecast for the year on Thursday after first-quarter revenue rose 9% to 2.31 billion euros ($2.5 billion), the company said in a statement.

Adjusted earnings before interest and taxes came in at 214 million euros, up from 171 million euros a year earlier, while net profit reached 131 million euros. Orders totaled 2.6 billion euros, the statement said, helped by demand for wind-turbine gearboxes and by industrial customers in North America.

Kessler-Haug now expects an adjusted EBIT margin of 9% to 9.5% for 2027, up from a previous range of 8.5% to 9%. It kept its revenue guidance of 8.8 billion to 9.2 billion euros unchanged.

"We are now reaping the rewards of our efficiency program," Chief Executive Regine Albers said in the release.
""",
"02_fr.txt": """L'allemand Kessler-Haug relève son objectif de marge après un bon premier trimestre
Les Echos
29 avril 2027

Le spécialiste allemand des systèmes d'entraînement Kessler-Haug a publié jeudi un chiffre d'affaires trimestriel en hausse de 9 %, à 2,31 milliards d'euros, a annoncé le groupe dans un communiqué. Son résultat opérationnel ajusté a atteint 214 millions d'euros, contre 171 millions un an plus tôt.

Les prises de commandes se sont élevées à 2,6 milliards d'euros, portées par les réducteurs pour éoliennes et par la clientèle industrielle nord-américaine, précise le communiqué. Le bénéfice net ressort à 131 millions d'euros.

Fort de ce début d'année, le groupe d'Augsbourg vise désormais une marge d'Ebit ajustée comprise entre 9 % et 9,5 %, contre 8,5 % à 9 % auparavant. L'objectif de chiffre d'affaires, entre 8,8 et 9,2 milliards d'euros, est maintenu.
""",
"03_it.txt": """Kessler-Haug, ricavi in crescita del 9% nel trimestre. Investimento da 80 milioni a Brescia
Il Sole 24 Ore
29.04.2027 10:30

Il gruppo tedesco Kessler-Haug, specializzato in sistemi di trasmissione, ha chiuso il primo trimestre con ricavi in aumento del 9% a 2,31 miliardi di euro, ha comunicato la società in una nota diffusa giovedì mattina. L'Ebit rettificato è salito a 214 milioni di euro da 171 milioni e l'utile netto si è attestato a 131 milioni.

Nella stessa nota il gruppo di Augusta annuncia un investimento di 80 milioni di euro per ampliare lo stabilimento di Brescia, dove lavorano circa 1.100 persone e dove verrà spostata parte della produzione di riduttori per l'eolico.

Kessler-Haug ha inoltre alzato la previsione di margine Ebit rettificato per l'intero 2027 a una forchetta tra il 9 e il 9,5%, dal precedente 8,5-9%, confermando l'obiettivo di ricavi tra 8,8 e 9,2 miliardi.
""",
}, [O("Kessler-Haug", False)],
[R("Kessler-Haug", "00_de.txt"), R("Kessler-Haug", "01_en.txt"), R("Kessler-Haug", "02_fr.txt"), R("Kessler-Haug", "03_it.txt")],
[C("Kessler-Haug's first-quarter revenue rose 9% to 2.31 billion euros and adjusted EBIT reached 214 million euros.",
   ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1),
 C("Kessler-Haug raised its full-year adjusted EBIT margin outlook to 9-9.5% from 8.5-9%.",
   ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1),
 C("Kessler-Haug will invest 80 million euros in expanding its plant in Brescia.",
   ["00_de.txt", "03_it.txt"], 1)])

# r02: ad-hoc filing (Art. 17 MAR) with a profit warning and a CFO exit. Three outlets take the
# filing directly; Cinco Días credits only Reuters, which is in the corpus (chain: the edge comes
# from Reuters, the root stays the company). 03_fr has no outlet line.
story("r02_adhoc_profit_warning", "adhoc_filing", {
"00_de.txt": """Brennwald Solar kappt Prognose – Finanzchef Ostermeyer geht
Börsen-Zeitung
2027-05-04 19:20

Der Solarparkentwickler Brennwald Solar senkt seine Ergebnisprognose für das laufende Jahr drastisch. Das bereinigte Ebitda werde 2027 nur noch zwischen 140 und 160 Millionen Euro liegen, teilte das im SDAX notierte Unternehmen am Dienstagabend in einer Ad-hoc-Mitteilung mit. Bislang hatte Brennwald 210 bis 240 Millionen Euro angepeilt.

Als Grund nennt das Unternehmen Verzögerungen beim Netzanschluss mehrerer Solarparks in der spanischen Region Extremadura. Die Anlagen mit zusammen rund 600 Megawatt würden voraussichtlich erst im kommenden Jahr Strom ins Netz einspeisen, heißt es in der Mitteilung.

Zugleich gab Brennwald bekannt, dass Finanzvorstand Jens Ostermeyer das Unternehmen „im gegenseitigen Einvernehmen" zum 30. Juni verlässt. Die Suche nach einem Nachfolger habe begonnen; bis dahin übernimmt Vorstandschef Malte Rohwedder kommissarisch das Finanzressort.
""",
"01_en.txt": """Brennwald Solar slashes 2027 profit forecast on Spanish grid delays, CFO to leave
Reuters
2027-05-04T18:05:00+00:00

FRANKFURT, May 4 (Reuters) - German solar park developer Brennwald Solar cut its 2027 core profit forecast by about a third on Tuesday, blaming delays in connecting several Spanish solar parks to the grid, and said its finance chief would step down.

Brennwald now expects adjusted EBITDA of 140 million to 160 million euros this year, down from a previous forecast of 210 million to 240 million, it said in a stock exchange filing issued after the market close.

Parks with a combined capacity of about 600 megawatts in Spain's Extremadura region are now unlikely to feed power into the grid before next year, the filing said.

Chief Financial Officer Jens Ostermeyer will leave the company by mutual agreement at the end of June, Brennwald added. Chief Executive Malte Rohwedder will take over his duties on an interim basis.
""",
"02_es.txt": """La alemana Brennwald Solar recorta previsiones por los retrasos en sus plantas de Extremadura
Cinco Días
5 de mayo de 2027 08:40

La promotora alemana de parques solares Brennwald Solar ha rebajado en cerca de un tercio su previsión de beneficio bruto de explotación (ebitda) para 2027 por los retrasos en la conexión a la red de varias plantas en Extremadura, según informó la agencia Reuters.

La compañía espera ahora un ebitda ajustado de entre 140 y 160 millones de euros, frente a la horquilla anterior de 210 a 240 millones. Las instalaciones afectadas suman unos 600 megavatios y, según recoge Reuters, no empezarán a verter electricidad a la red hasta el próximo año.
""",
"03_fr.txt": """Brennwald Solar lance un avertissement sur résultats
05.05.2027 07:55

Le développeur allemand de parcs solaires Brennwald Solar a fortement abaissé mardi soir son objectif d'Ebitda ajusté pour 2027, désormais attendu entre 140 et 160 millions d'euros contre 210 à 240 millions jusqu'ici, a indiqué la société dans un communiqué ad hoc publié après la clôture de la Bourse de Francfort.

En cause, des retards de raccordement au réseau de plusieurs centrales en Estrémadure, en Espagne, d'une capacité totale d'environ 600 mégawatts.

Le groupe a également annoncé le départ, d'un commun accord, de son directeur financier Jens Ostermeyer au 30 juin. Le président du directoire, Malte Rohwedder, assurera l'intérim.
""",
}, [O("Brennwald Solar", False)],
[R("Brennwald Solar", "00_de.txt"), R("Brennwald Solar", "01_en.txt"), R("Reuters", "02_es.txt"), R("Brennwald Solar", "03_fr.txt")],
[C("Brennwald Solar cut its 2027 adjusted EBITDA forecast to 140-160 million euros from 210-240 million euros.",
   ["00_de.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], 1),
 C("The cut was blamed on delayed grid connections for about 600 megawatts of solar parks in Extremadura, Spain.",
   ["00_de.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], 1),
 C("Brennwald's CFO Jens Ostermeyer is leaving the company at the end of June.",
   ["00_de.txt", "01_en.txt", "03_fr.txt"], 1)])

# r03: Reuters scoop (in corpus, "people familiar with the matter") relayed with credit by BFM
# Business and Expansión and rewritten without credit by an Italian markets site (03_it,
# published six hours later, keeps the "three sources" as if its own): all three get an edge from Reuters.
story("r03_reuters_scoop_sale", "scoop_relay", {
"00_en.txt": """Exclusive: France's Delacorre explores sale of Spanish haircare unit Cabello Real - sources
Reuters
2027-05-11T11:30:00+00:00

PARIS/MADRID, May 11 (Reuters) - French cosmetics group Delacorre is exploring a sale of its Spanish haircare business Cabello Real, which could be valued at around 900 million euros, three people familiar with the matter told Reuters.

Delacorre has started sounding out private equity firms and a handful of rival consumer goods groups, and could launch a formal sale process after the summer, the people said, speaking on condition of anonymity because the discussions are confidential.

Cabello Real, based in Valencia, makes shampoos and hair dyes sold mainly in Spain, Portugal and Latin America, and generated core earnings of about 75 million euros last year, according to one of the people.

No final decision has been made and Delacorre could still decide to keep the unit, the sources cautioned. Delacorre declined to comment. Cabello Real did not respond to a request for comment.
""",
"01_fr.txt": """Delacorre envisagerait de céder sa filiale espagnole Cabello Real
BFM Business
11/05/2027 15:02

Le groupe de cosmétiques Delacorre étudie la vente de Cabello Real, sa filiale espagnole de soins capillaires, selon l'agence Reuters, qui cite trois sources proches du dossier. L'activité pourrait être valorisée autour de 900 millions d'euros.

D'après ces sources, Delacorre a commencé à sonder des fonds d'investissement et quelques groupes concurrents, et un processus formel pourrait être lancé après l'été. Aucune décision définitive n'a été prise, précise l'agence.

Interrogé par Reuters, Delacorre n'a pas souhaité faire de commentaire.
""",
"02_es.txt": """Delacorre estudia vender Cabello Real por unos 900 millones
Expansión
11 de mayo de 2027

El grupo francés de cosmética Delacorre estudia la venta de Cabello Real, su filial valenciana de productos para el cabello, según ha publicado Reuters citando a tres personas conocedoras de la operación. La compañía podría valorarse en torno a 900 millones de euros.

Según la agencia, Delacorre ya ha tanteado a fondos de capital riesgo y a algunos grupos rivales de gran consumo, y podría lanzar un proceso formal de venta después del verano.

Cabello Real, que vende champús y tintes en España, Portugal y Latinoamérica, obtuvo el año pasado un ebitda de unos 75 millones de euros, añade Reuters.
""",
"03_it.txt": """Delacorre valuta la cessione di Cabello Real, valore intorno ai 900 milioni
Borsa&Mercati Quotidiano
2027-05-11 17:20

Il gruppo francese della cosmetica Delacorre sta valutando la vendita della controllata spagnola Cabello Real, attiva nei prodotti per capelli, che potrebbe essere valutata circa 900 milioni di euro. Lo riferiscono tre fonti a conoscenza del dossier.

Delacorre avrebbe già avviato contatti con fondi di private equity e con alcuni gruppi concorrenti del largo consumo, e un processo di vendita formale potrebbe partire dopo l'estate. Cabello Real, con sede a Valencia, ha realizzato lo scorso anno un margine operativo lordo di circa 75 milioni.

Non è stata ancora presa una decisione definitiva, precisano le fonti.
""",
}, [O("Reuters", True)],
[R("Reuters", "01_fr.txt"), R("Reuters", "02_es.txt"), R("Reuters", "03_it.txt")],
[C("Delacorre is exploring a sale of its Spanish haircare unit Cabello Real.",
   ["00_en.txt", "01_fr.txt", "02_es.txt", "03_it.txt"], 1),
 C("Cabello Real could be valued at around 900 million euros.",
   ["00_en.txt", "01_fr.txt", "02_es.txt", "03_it.txt"], 1),
 C("Cabello Real generated core earnings (EBITDA) of about 75 million euros last year.",
   ["00_en.txt", "02_es.txt", "03_it.txt"], 1),
 C("Delacorre declined to comment.", ["00_en.txt", "01_fr.txt"], 1)])

# r04: Bloomberg scoop (not in corpus) on merger talks, and the bank's denial in a statement
# (the bank's own statement = second out-of-corpus origin). 00-02 relay both; 03_de (no date line)
# relays only the denial and does not name Bloomberg.
story("r04_bloomberg_scoop_denial", "denial", {
"00_it.txt": """Banca Lariana smentisce contatti con lo spagnolo Banco Moncayo
Il Sole 24 Ore
2027-05-18 21:15

Banca Lariana avrebbe avuto nelle ultime settimane contatti preliminari con lo spagnolo Banco Moncayo per valutare una possibile aggregazione. Lo ha riportato Bloomberg, che cita persone a conoscenza del dossier. Secondo l'agenzia, i colloqui sarebbero in una fase iniziale e potrebbero non portare a un accordo.

In una nota diffusa in serata, Banca Lariana ha smentito la notizia. «Non sono in corso né sono mai state avviate trattative con Banco Moncayo o con altri istituti per operazioni di aggregazione», si legge nel comunicato dell'istituto comasco.

L'eventuale operazione, sempre secondo Bloomberg, avrebbe dato vita al decimo gruppo bancario dell'area euro per totale attivo.
""",
"01_en.txt": """Banca Lariana denies report of merger talks with Spain's Banco Moncayo
CNBC
2027-05-18T20:40:00+00:00

Italian lender Banca Lariana has held preliminary talks with Spain's Banco Moncayo about a possible combination, Bloomberg News reported on Tuesday, citing people familiar with the matter. The discussions were at an early stage and might not lead to a deal, the report said.

Banca Lariana denied the report in a statement later on Tuesday. "No negotiations are under way, nor have any ever been started, with Banco Moncayo or any other institution regarding a combination," the Como-based bank said.

A combined group would rank among the ten largest banks in the euro zone by assets, according to Bloomberg.
""",
"02_es.txt": """Banca Lariana niega haber negociado una fusión con Banco Moncayo
Expansión
19/05/2027 08:05

La entidad italiana Banca Lariana ha mantenido contactos preliminares con Banco Moncayo para estudiar una posible integración, según publicó ayer la agencia Bloomberg citando a personas conocedoras de las conversaciones, que se encontrarían en una fase muy inicial.

Banca Lariana lo desmintió horas después en un comunicado: "No hay ni ha habido negociaciones con Banco Moncayo ni con ninguna otra entidad sobre una operación de integración", señaló el banco de Como.

De materializarse, la operación habría dado lugar a uno de los diez mayores bancos de la eurozona por activos, según Bloomberg.
""",
"03_de.txt": """Banca Lariana weist Fusionsspekulationen zurück
Handelsblatt

Die italienische Banca Lariana hat Berichte über Fusionsgespräche mit einem spanischen Institut zurückgewiesen. Es gebe weder laufende noch abgeschlossene Verhandlungen mit Banco Moncayo oder anderen Banken über einen Zusammenschluss, erklärte das Geldhaus aus Como am Dienstagabend.

Man konzentriere sich weiter auf den eigenständigen Strategieplan bis 2029, der unter anderem Ausschüttungen von insgesamt 2,4 Milliarden Euro an die Aktionäre vorsieht, hieß es in der Erklärung.
""",
}, [O("Bloomberg", False), O("Banca Lariana", False)],
[R("Bloomberg", "00_it.txt"), R("Bloomberg", "01_en.txt"), R("Bloomberg", "02_es.txt"),
 R("Banca Lariana", "00_it.txt"), R("Banca Lariana", "01_en.txt"), R("Banca Lariana", "02_es.txt"), R("Banca Lariana", "03_de.txt")],
[C("Bloomberg reported that Banca Lariana held preliminary merger talks with Banco Moncayo, and Banca Lariana denied the report.",
   ["00_it.txt", "01_en.txt", "02_es.txt"], 2),
 C("Banca Lariana said it remains focused on its standalone strategic plan to 2029, including 2.4 billion euros of shareholder distributions.",
   ["03_de.txt"], 1)])

# r05: a CEO's LinkedIn post announcing job cuts; three outlets take the post directly,
# Milano Finanza credits Expansión (in corpus): edge from Expansión, root the CEO.
# 02_de has no date line.
story("r05_ceo_linkedin_layoffs", "social_post", {
"00_es.txt": """Voltaria despedirá a 180 empleados y cerrará sus oficinas de Berlín y Milán
Expansión
2027-05-25 12:20

La start up madrileña de baterías para motos eléctricas Voltaria Movilidad prescindirá de 180 de sus 520 trabajadores, según ha anunciado este martes su fundadora y consejera delegada, Lucía Berrocal, en una publicación en LinkedIn.

"Es el día más difícil desde que fundamos Voltaria", escribe Berrocal, que explica que la ronda de financiación de 60 millones de euros que la empresa negociaba desde enero "no ha salido adelante" en los términos previstos. La compañía cerrará sus oficinas de Berlín y Milán y concentrará su actividad en España.

En su mensaje, Berrocal asegura que los afectados recibirán una indemnización superior a la legal y apoyo para encontrar un nuevo empleo.
""",
"01_en.txt": """Spanish battery startup Voltaria to cut a third of staff, CEO says on LinkedIn
Sifted
2027-05-25T14:05:00+00:00

Madrid-based Voltaria Movilidad, which makes swappable batteries for electric scooters, will lay off 180 of its 520 employees, co-founder and CEO Lucía Berrocal wrote in a LinkedIn post on Tuesday.

"This is the hardest day since we founded Voltaria," Berrocal wrote, adding that a 60 million euro funding round the company had been negotiating since January had fallen through on the terms it had hoped for.

The startup will close its offices in Berlin and Milan and refocus on its home market, according to the post. Berrocal said departing staff would receive severance above the legal minimum.
""",
"02_de.txt": """Akku-Startup Voltaria schließt Berliner Büro und streicht 180 Stellen
Gründerszene

Das spanische Batterie-Startup Voltaria Movilidad baut 180 seiner 520 Stellen ab und schließt seine Büros in Berlin und Mailand. Das schrieb Gründerin und CEO Lucía Berrocal am Dienstag auf LinkedIn.

Vom Berliner Standort, der erst 2025 eröffnet wurde, sind nach Angaben aus dem Post alle rund 40 Beschäftigten betroffen. Voltaria wolle sich künftig ganz auf den spanischen Markt konzentrieren, schreibt Berrocal.
""",
"03_it.txt": """Voltaria chiude l'ufficio di Milano: 180 esuberi per la startup spagnola
Milano Finanza
26 maggio 2027

La startup spagnola Voltaria Movilidad, che produce batterie sostituibili per scooter elettrici, taglierà 180 dei suoi 520 dipendenti e chiuderà gli uffici di Milano e Berlino. Lo ha riportato il quotidiano economico spagnolo Expansión, citando un messaggio pubblicato su LinkedIn dalla fondatrice e amministratrice delegata Lucía Berrocal.

Secondo Expansión, alla base della decisione c'è il mancato perfezionamento di un round di finanziamento da 60 milioni di euro. A Milano lavoravano una ventina di persone.
""",
}, [O("Lucía Berrocal", False)],
[R("Lucía Berrocal", "00_es.txt"), R("Lucía Berrocal", "01_en.txt"), R("Lucía Berrocal", "02_de.txt"), R("Expansión", "03_it.txt")],
[C("Voltaria Movilidad will cut 180 of its 520 jobs.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
 C("Voltaria will close its offices in Berlin and Milan.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
 C("A 60 million euro funding round Voltaria had been negotiating fell through.",
   ["00_es.txt", "01_en.txt", "03_it.txt"], 1)])

# r06: Les Echos scoop (own information and an internal document); an uncredited, close Italian
# translation on an aggregator the next day (no outlet line; keeps "selon nos informations" as
# "secondo le nostre informazioni"), and two credited relays (FT, Lebensmittel Zeitung).
story("r06_uncredited_translation", "translation", {
"00_fr.txt": """Vallorin prépare la cession de son pastier italien Bardelli
Les Echos
1er juin 2027 06:30

Selon nos informations, le groupe agroalimentaire lyonnais Vallorin a décidé de se séparer de Pastificio Bardelli, le fabricant de pâtes de la région de Parme qu'il avait racheté en 2019. Un document interne consulté par « Les Echos » indique que la banque d'affaires chargée du dossier doit adresser les premiers mémorandums aux acquéreurs potentiels d'ici à la fin juin.

Bardelli, qui emploie 900 personnes dans deux usines, a réalisé l'an dernier un chiffre d'affaires de 310 millions d'euros, mais sa rentabilité a été plombée par la flambée du prix du blé dur. Vallorin espère en tirer au moins 250 millions d'euros, a appris « Les Echos ».

Plusieurs fonds italiens et un groupe agroalimentaire turc auraient déjà manifesté leur intérêt. Contacté, Vallorin n'a pas souhaité commenter.
""",
"01_it.txt": """Vallorin prepara la vendita del Pastificio Bardelli
2 giugno 2027 09:10

Secondo le nostre informazioni, il gruppo agroalimentare lionese Vallorin ha deciso di separarsi dal Pastificio Bardelli, il produttore di pasta del Parmense acquistato nel 2019. Un documento interno consultato dal nostro giornale indica che la banca d'affari incaricata del dossier dovrà inviare i primi memorandum ai potenziali acquirenti entro fine giugno.

Bardelli, che impiega 900 persone in due stabilimenti, ha realizzato lo scorso anno un fatturato di 310 milioni di euro, ma la sua redditività è stata penalizzata dall'impennata del prezzo del grano duro. Vallorin spera di ricavarne almeno 250 milioni di euro.

Diversi fondi italiani e un gruppo alimentare turco avrebbero già manifestato interesse. Contattata, Vallorin non ha voluto commentare.
""",
"02_en.txt": """France's Vallorin puts Italian pasta maker Bardelli up for sale, Les Echos reports
Financial Times
2027-06-01T10:45:00+00:00

French food group Vallorin is preparing to sell Pastificio Bardelli, the Parma-area pasta maker it bought in 2019, the French business daily Les Echos reported on Tuesday, citing an internal document.

Bardelli, which employs 900 people at two plants, had revenue of 310 million euros last year but has seen margins squeezed by soaring durum wheat prices, according to the newspaper.

Vallorin declined to comment to Les Echos.
""",
"03_de.txt": """Vallorin will italienischen Nudelhersteller Bardelli verkaufen
Lebensmittel Zeitung
01.06.2027 16:40

Der französische Lebensmittelkonzern Vallorin will sich offenbar von seiner italienischen Nudeltochter Pastificio Bardelli trennen. Wie die französische Wirtschaftszeitung Les Echos berichtet, sollen potenzielle Käufer bis Ende Juni erste Unterlagen erhalten.

Bardelli beschäftigt laut dem Bericht 900 Mitarbeiter in zwei Werken in der Region Parma. Hohe Hartweizenpreise hätten die Rendite zuletzt stark belastet.
""",
}, [O("Les Echos", True)],
[R("Les Echos", "01_it.txt"), R("Les Echos", "02_en.txt"), R("Les Echos", "03_de.txt")],
[C("Vallorin is preparing to sell its Italian pasta maker Pastificio Bardelli.",
   ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 C("Bardelli employs 900 people at two plants.",
   ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 C("Bardelli had revenue of 310 million euros last year.",
   ["00_fr.txt", "01_it.txt", "02_en.txt"], 1),
 C("Vallorin hopes to raise at least 250 million euros from the sale.",
   ["00_fr.txt", "01_it.txt"], 1)])

# r07: two independent own reports of one deal (Il Sole 24 Ore, Handelsblatt); the FT credits
# both (two edges); Les Echos credits only Handelsblatt.
story("r07_two_independent_deal_reports", "independent_reports", {
"00_it.txt": """Enerlario tratta per l'eolico tedesco Nordwind, offerta da 1,1 miliardi
Il Sole 24 Ore
2027-06-08 06:00

Enerlario punta sulla Germania. La utility milanese è in trattativa avanzata per rilevare Nordwind Projektbau, sviluppatore di parchi eolici con sede a Husum, per un valore complessivo di circa 1,1 miliardi di euro debito incluso. È quanto apprende Il Sole 24 Ore da fonti vicine al dossier.

Secondo le stesse fonti, Enerlario ha ottenuto un periodo di esclusiva, scaduto a fine maggio e già prorogato fino al 30 giugno per completare la due diligence. Nordwind gestisce 1,4 gigawatt di impianti in esercizio e una pipeline di altri 3 gigawatt.

L'operazione, se andrà in porto, sarà la più grande acquisizione all'estero nella storia della società. Enerlario non ha commentato.
""",
"01_de.txt": """Italiener greifen nach Windkraftfirma Nordwind
Handelsblatt
8. Juni 2027

Der italienische Versorger Enerlario steht nach Informationen des Handelsblatts kurz vor der Übernahme des nordfriesischen Windparkentwicklers Nordwind Projektbau. Der Kaufpreis inklusive Schulden liege bei gut einer Milliarde Euro, heißt es in Finanzkreisen.

Die Eigentümerfamilie Thormählen, die Nordwind vor 25 Jahren gegründet hat, will demnach ihre gesamten Anteile abgeben. Ein Abschluss sei noch im Sommer möglich, sagten zwei mit den Verhandlungen vertraute Personen dem Handelsblatt.

Nordwind betreibt Windparks mit einer Leistung von rund 1,4 Gigawatt. Weder Enerlario noch Nordwind wollten sich äußern.
""",
"02_en.txt": """Italy's Enerlario in advanced talks to buy German wind developer Nordwind - reports
Financial Times
2027-06-08T11:20:00+00:00

Italian utility Enerlario is in advanced talks to acquire German wind farm developer Nordwind Projektbau in a deal valuing the company at about 1.1 billion euros including debt, Italy's Il Sole 24 Ore and Germany's Handelsblatt reported separately on Tuesday.

Nordwind, based in Husum on Germany's North Sea coast, operates about 1.4 gigawatts of wind capacity. Both newspapers cited people familiar with the negotiations.

A deal would be Enerlario's largest foreign acquisition to date.
""",
"03_fr.txt": """L'italien Enerlario sur le point de racheter l'allemand Nordwind
Les Echos
08/06/2027 17:30

Le fournisseur d'énergie italien Enerlario serait proche d'un accord pour racheter Nordwind Projektbau, développeur allemand de parcs éoliens, pour un peu plus d'un milliard d'euros dette comprise, selon le quotidien économique allemand Handelsblatt.

La famille fondatrice Thormählen céderait l'intégralité de ses parts, précise le journal, qui évoque une signature possible dès cet été.
""",
}, [O("Il Sole 24 Ore", True), O("Handelsblatt", True)],
[R("Il Sole 24 Ore", "02_en.txt"), R("Handelsblatt", "02_en.txt"), R("Handelsblatt", "03_fr.txt")],
[C("Enerlario is in advanced talks to buy German wind developer Nordwind Projektbau for about 1.1 billion euros (just over 1 billion) including debt.",
   ["00_it.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 2),
 C("Nordwind operates about 1.4 gigawatts of wind capacity.",
   ["00_it.txt", "01_de.txt", "02_en.txt"], 2),
 C("Enerlario's exclusivity period was extended to 30 June.", ["00_it.txt"], 1),
 C("The founding Thormählen family is selling its entire stake in Nordwind.",
   ["01_de.txt", "03_fr.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in arts, (id, r)
            assert r["origin"] in names or any(
                a.split("\n")[1].strip() == r["origin"] for a in arts.values()), (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 81 (business and markets news; real media names, invented companies, people and events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
