#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand123 set.

Housing and real estate. Media names are real; every event, person, company, figure and quote is
invented. Labels were fixed by the writer before any evaluation; see README.md.
"""
import json, os, re, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: outside wire agency ANP relayed by four outlets: nl "Dat meldt persbureau ANP" + "zei … tegen
# het ANP" + "aldus het persbureau"; en "news agency ANP reported on Tuesday" + "told the agency" +
# "ANP said"; de "wie die niederländische Nachrichtenagentur ANP meldet" + "sagte … der Agentur";
# pl "poinformowała holenderska agencja prasowa ANP" + "Jak przekazała agencja" + "powiedział agencji".
story("h01_agency_rental_portfolio_sale", "agency", {
"00_nl.txt": """Belegger Kraaijveld verkoopt 3400 huurwoningen aan drie corporaties
de Volkskrant
dinsdag 13 april 2027, 10:05

De Haarlemse vastgoedbelegger Kraaijveld Vastgoed verkoopt ruim 3400 huurwoningen in Amsterdam, Utrecht en Haarlem aan drie woningcorporaties. Dat meldt persbureau ANP dinsdag. Met de transactie is ongeveer 1,02 miljard euro gemoeid.

De woningen, vooral eengezinswoningen en portiekflats uit de jaren vijftig en zestig, gaan over naar Woonkring Amstel, Utrechtse Huisvesting en Spaarnehof Wonen. De corporaties gaan ze na de overdracht als sociale huurwoning verhuren.

"Met de huidige regels voor middenhuur kunnen wij deze woningen niet meer rendabel verhuren en ze tegelijk fatsoenlijk onderhouden", zei directeur Ruben Kraaijveld tegen het ANP. Volgens hem praat het familiebedrijf al sinds vorig voorjaar met de corporaties over de verkoop.

Zittende huurders behouden hun contract en hun huur gaat niet omhoog, aldus het persbureau. De overdracht moet voor 1 oktober rond zijn. De gemeente Amsterdam draagt 40 miljoen euro bij aan de aankoop door Woonkring Amstel.

"Voor ons is dit een kans om in één keer honderden woningen toe te voegen in buurten waar we tot nu toe nauwelijks bezit hadden", zei een woordvoerder van Woonkring Amstel tegen het persbureau.

Particuliere beleggers stoten sinds de aanscherping van de huurregels in 2024 op grote schaal huurwoningen af. Een groot deel daarvan werd verkocht aan kopers die er zelf gaan wonen; verkoop van een complete portefeuille aan corporaties is nog altijd zeldzaam.
""",
"01_en.txt": """Property investor sells 3,400 rental homes to housing corporations
DutchNews.nl
2027-04-13T12:30:00+02:00

Family-owned property investor Kraaijveld Vastgoed is selling more than 3,400 rental homes in Amsterdam, Utrecht and Haarlem to three housing corporations in a deal worth around €1.02bn, news agency ANP reported on Tuesday.

The homes, mainly terraced houses and walk-up flats built in the 1950s and 1960s, will be taken over by Woonkring Amstel, Utrechtse Huisvesting and Spaarnehof Wonen and let as social housing once the transfer is complete.

"Under the current rules for mid-market rents we can no longer let these homes at a profit and maintain them properly at the same time," company director Ruben Kraaijveld told the agency.

Sitting tenants will keep their contracts and their rents will not go up, ANP said. The deal is due to be finalised before October 1, and Amsterdam city council is putting €40m towards the purchase.

Private landlords have been selling off rental homes in large numbers since the rules on mid-market rents were tightened in 2024, with many properties going to owner-occupiers. Sales of an entire portfolio to housing corporations, which are themselves under pressure to build tens of thousands of new homes a year, remain rare.

A spokesman for Woonkring Amstel described the deal as a chance to add hundreds of homes in neighbourhoods where the corporation owns very little.
""",
"02_de.txt": """Niederlande: Privatvermieter verkauft 3400 Wohnungen an Wohnungsbaugesellschaften
Handelsblatt
13.04.2027, 14:10 Uhr

In den Niederlanden trennt sich ein privater Vermieter von seinem gesamten Wohnungsbestand. Das Familienunternehmen Kraaijveld Vastgoed verkauft mehr als 3400 Mietwohnungen in Amsterdam, Utrecht und Haarlem an drei gemeinnützige Wohnungsbaugesellschaften, wie die niederländische Nachrichtenagentur ANP meldet. Der Kaufpreis liegt demnach bei rund 1,02 Milliarden Euro.

„Mit den heutigen Regeln für das mittlere Mietsegment können wir diese Wohnungen nicht mehr rentabel vermieten und gleichzeitig ordentlich instand halten", sagte Firmenchef Ruben Kraaijveld der Agentur.

Die sogenannten Woningcorporaties, die in den Niederlanden einen Großteil des sozialen Wohnungsbaus tragen, wollen die Wohnungen nach der Übernahme als Sozialwohnungen vermieten. Für die bisherigen Mieter ändere sich nichts, ihre Mieten würden nicht erhöht. Der Verkauf soll bis Anfang Oktober abgeschlossen sein; die Stadt Amsterdam beteiligt sich mit 40 Millionen Euro.

Seit die Niederlande 2024 die Mietregulierung auf das mittlere Preissegment ausgeweitet haben, verkaufen private Investoren in großem Stil Wohnungen, meist einzeln an Selbstnutzer. Dass ein ganzes Portfolio an gemeinnützige Gesellschaften geht, ist bislang die Ausnahme. Kritiker warnen, dass Haushalten mit mittlerem Einkommen damit immer weniger Mietwohnungen zur Verfügung stehen.
""",
"03_pl.txt": """Holenderski inwestor sprzedaje 3,4 tys. mieszkań na wynajem. Kupują je organizacje non-profit
Bankier.pl
13 kwietnia 2027 15:48

Holenderska firma Kraaijveld Vastgoed sprzedaje ponad 3,4 tys. mieszkań na wynajem w Amsterdamie, Utrechcie i Haarlemie trzem niekomercyjnym organizacjom mieszkaniowym – poinformowała holenderska agencja prasowa ANP. Wartość transakcji sięga ok. 1,02 mld euro, czyli ok. 4,4 mld zł.

Jak przekazała agencja, nowi właściciele – tzw. woningcorporaties, odpowiadające z grubsza polskim TBS-om – będą wynajmować lokale jako mieszkania socjalne. Obecni najemcy zachowają umowy, a ich czynsze nie wzrosną.

„Przy obecnych zasadach dotyczących czynszów w średnim segmencie nie jesteśmy w stanie wynajmować tych mieszkań z zyskiem i jednocześnie porządnie o nie dbać” – powiedział agencji szef rodzinnej firmy Ruben Kraaijveld.

Transakcja ma zostać sfinalizowana do października. Władze Amsterdamu dołożą do zakupu 40 mln euro.

Od czasu zaostrzenia przepisów w 2024 r. prywatni inwestorzy w Holandii masowo pozbywają się mieszkań na wynajem, najczęściej sprzedając je pojedynczo osobom, które same chcą w nich mieszkać. W Polsce trend jest na razie odwrotny: fundusze inwestujące w najem instytucjonalny wciąż powiększają swoje portfele, a branża przygląda się holenderskim doświadczeniom z niepokojem.
""",
}, [("ANP", False)],
[("ANP", "00_nl.txt"), ("ANP", "01_en.txt"), ("ANP", "02_de.txt"), ("ANP", "03_pl.txt")],
[("Kraaijveld Vastgoed is selling more than 3,400 rental homes in Amsterdam, Utrecht and Haarlem to three housing corporations.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The deal is worth about 1.02 billion euros.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Sitting tenants keep their contracts and their rents will not rise; the homes will be let as social housing.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1)])

# h02: in-corpus scoop by El País (internal documents + two anonymous municipal officials, who belong
# to El País's report), relayed by four outlets: own "a los que ha tenido acceso EL PAÍS" + "explica a
# este periódico … que pide no ser identificado" + "Preguntado por EL PAÍS"; en "the Spanish daily
# El País reported on Tuesday, citing …" + "the newspaper said" + "told El País"; fr "selon le
# quotidien espagnol El País, qui s'appuie sur" + "D'après le journal madrilène" + "précise El País";
# de "Wie die spanische Tageszeitung „El País" unter Berufung auf … berichtet" + "schreibt das Blatt";
# pl (no date line) "podał hiszpański dziennik „El País”" + "Według „El País”" + "Rozmówcy madryckiej
# gazety".
story("h02_scoop_valencia_offices_to_flats", "scoop", {
"00_es.txt": """Valencia ultima convertir 14 edificios de oficinas municipales en 900 pisos de alquiler asequible
El País
18 may 2027 - 05:30 CEST

El Ayuntamiento de Valencia prepara la transformación de 14 edificios de oficinas municipales, la mayoría vacíos o infrautilizados desde que varios servicios se trasladaron a la nueva sede administrativa, en unas 900 viviendas de alquiler asequible. Así consta en documentos internos del consistorio a los que ha tenido acceso EL PAÍS y que detallan un plan que todavía no se ha presentado públicamente.

Según esos documentos, los inmuebles, repartidos entre Russafa, Benimaclet, El Cabanyal y Campanar, se cederían a operadores privados mediante concesiones de 75 años. A cambio, las empresas asumirían las obras de rehabilitación, estimadas en 118 millones de euros, y se comprometerían a no cobrar más de 650 euros mensuales por un piso de dos dormitorios.

"La idea es entregar las primeras llaves antes de que acabe el mandato", explica a este periódico un técnico del área de Urbanismo que pide no ser identificado. Otra fuente municipal, que también solicita el anonimato, asegura que al menos tres grandes gestoras de vivienda en alquiler ya han mostrado interés.

Las licitaciones se publicarían en otoño. El borrador prevé además que el 30% de los pisos se reserve a menores de 35 años y que los contratos tengan una duración máxima de siete años.

Preguntado por EL PAÍS, un portavoz del Ayuntamiento se limitó a señalar que el equipo de gobierno "estudia distintas fórmulas para ampliar el parque público de alquiler" y declinó hacer más comentarios.

Valencia es una de las ciudades españolas donde más se han encarecido los alquileres en la última década, y el acceso a la vivienda se ha convertido en la principal preocupación de los vecinos en los barómetros municipales.
""",
"01_en.txt": """Valencia plans to turn empty council offices into 900 affordable flats
The Guardian
Tue 18 May 2027 11.02 BST

The Spanish city of Valencia is preparing to convert 14 municipal office buildings into about 900 affordable rental flats, the Spanish daily El País reported on Tuesday, citing internal documents and two municipal officials who asked not to be named.

Under the plan, which has not yet been announced, the buildings would be handed to private operators on 75-year concessions. The companies would pay for the refurbishment, estimated at €118m, and in return commit to charging no more than €650 a month for a two-bedroom flat, the newspaper said.

Many of the buildings, in neighbourhoods including Russafa, El Cabanyal and Benimaclet, have stood largely empty since council departments moved to a new administrative headquarters.

One of the officials told El País that the council wanted to hand over the first keys before the end of its term. Tenders would be published in the autumn, and 30% of the flats would be reserved for people under 35.

A council spokesperson would say only that the city was "studying different formulas to expand the public rental stock".

Rents in Spain's big cities have risen sharply over the past decade, and housing has become one of voters' main concerns, with large protests in Valencia, Barcelona and Madrid. Several Spanish councils have looked at converting offices into homes, though few such projects have got off the ground.
""",
"02_fr.txt": """En Espagne, Valence veut transformer ses bureaux municipaux en logements abordables
Le Monde
Publié le 18 mai 2027 à 14h20

La municipalité de Valence, troisième ville d'Espagne, s'apprête à transformer quatorze immeubles de bureaux municipaux en quelque 900 logements locatifs à loyer modéré, selon le quotidien espagnol El País, qui s'appuie sur des documents internes et sur deux fonctionnaires municipaux s'exprimant sous couvert d'anonymat.

D'après le journal madrilène, les bâtiments seraient confiés à des opérateurs privés dans le cadre de concessions d'une durée de soixante-quinze ans. Ceux-ci prendraient en charge les travaux de réhabilitation, évalués à 118 millions d'euros, et s'engageraient à plafonner à 650 euros par mois le loyer d'un appartement de deux chambres.

Les appels d'offres seraient lancés à l'automne. Trois grands gestionnaires de logements locatifs auraient déjà manifesté leur intérêt, précise El País. Interrogée par le quotidien, la mairie s'est contentée d'indiquer qu'elle « étudie différentes formules » pour développer le parc locatif public.

La flambée des loyers est devenue l'un des principaux sujets de préoccupation des Espagnols, et plusieurs grandes villes, dont Valence, ont connu ces dernières années d'importantes manifestations pour le droit au logement. En France aussi, la transformation de bureaux vacants en logements est régulièrement présentée comme une piste, mais les opérations restent rares et coûteuses.
""",
"03_de.txt": """Valencia will Amtsstuben zu Mietwohnungen umbauen
Süddeutsche Zeitung
18. Mai 2027, 16:45 Uhr

Wie die spanische Tageszeitung „El País" unter Berufung auf interne Unterlagen der Stadtverwaltung und zwei Rathausmitarbeiter berichtet, will Valencia 14 städtische Bürogebäude in rund 900 bezahlbare Mietwohnungen umwandeln. Offiziell vorgestellt ist der Plan noch nicht.

Private Betreiber sollen die Gebäude für 75 Jahre in Konzession übernehmen und die Sanierung, veranschlagt sind 118 Millionen Euro, selbst bezahlen. Im Gegenzug dürften sie für eine Wohnung mit zwei Schlafzimmern höchstens 650 Euro Monatsmiete verlangen, schreibt das Blatt. Knapp ein Drittel der Wohnungen solle an Menschen unter 35 Jahren gehen. Die Ausschreibungen seien für den Herbst geplant.

Ein Sprecher der Stadt wollte sich gegenüber der Zeitung nicht zu Einzelheiten äußern.

In Spanien ist Wohnen zu einem der drängendsten politischen Themen geworden; in Valencia, Barcelona und Madrid gingen in den vergangenen Jahren Zehntausende gegen hohe Mieten auf die Straße. Auch in deutschen Städten wird seit Langem darüber diskutiert, leerstehende Büros in Wohnungen umzuwandeln, bislang aber meist nur in Einzelfällen umgesetzt.
""",
"04_pl.txt": """Walencja zamieni miejskie biura w mieszkania na tani wynajem
Rzeczpospolita

Władze Walencji chcą przerobić 14 budynków biurowych należących do miasta na ok. 900 mieszkań na wynajem po przystępnych cenach – podał hiszpański dziennik „El País”. Gazeta powołuje się na wewnętrzne dokumenty ratusza oraz dwóch urzędników, którzy zastrzegli anonimowość.

Według „El País” budynki trafiłyby do prywatnych operatorów na zasadzie 75-letniej koncesji. Firmy sfinansowałyby remonty, szacowane na 118 mln euro, a w zamian zobowiązałyby się pobierać nie więcej niż 650 euro miesięcznie za mieszkanie z dwiema sypialniami. Rozmówcy madryckiej gazety twierdzą, że zainteresowanie wyraziły już trzy duże firmy zarządzające mieszkaniami na wynajem.

Przetargi mają zostać ogłoszone jesienią, a 30 proc. lokali trafi do osób poniżej 35. roku życia – zaznacza dziennik. Ratusz nie chciał komentować doniesień.

Ceny najmu w największych hiszpańskich miastach rosną od lat szybciej niż płace, a mieszkalnictwo stało się jednym z głównych tematów debaty politycznej w tym kraju. Pomysł przekształcania pustych biurowców w mieszkania wraca regularnie także w Polsce, jednak dotąd zrealizowano niewiele takich projektów.
""",
}, [("El País", True)],
[("El País", "01_en.txt"), ("El País", "02_fr.txt"), ("El País", "03_de.txt"), ("El País", "04_pl.txt")],
[("Valencia city council plans to convert 14 municipal office buildings into about 900 affordable rental flats.",
  ["00_es.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_pl.txt"], 1),
 ("The buildings would be handed to private operators on 75-year concessions, with rents capped at 650 euros a month for a two-bedroom flat.",
  ["00_es.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_pl.txt"], 1),
 ("30% of the flats would be reserved for people under 35.",
  ["00_es.txt", "01_en.txt", "03_de.txt", "04_pl.txt"], 1)])

# h03: chain pl -> en -> nl, uk. Gazeta Wyborcza's own reporting (reporter on site, documents, buyer,
# CEO talking to it): "Jak ustaliła „Wyborcza”" + "Nasz reporter był" + "do których dotarła" + "mówi
# nam" + "w rozmowie z „Wyborczą”". Notes from Poland: "reports Gazeta Wyborcza" + "A Wyborcza
# reporter" + "told Wyborcza". Het Financieele Dagblad: "meldt de Engelstalige nieuwssite Notes from
# Poland, die zich baseert op onderzoek van de Poolse krant Gazeta Wyborcza" -> edge from Notes from
# Poland. Економічна правда: "Про це пише англомовне видання Notes from Poland" + "За даними видання"
# -> edge from Notes from Poland.
story("h03_chain_warsaw_developer_halt", "chain", {
"00_pl.txt": """Domrex Invest wstrzymał trzy budowy w Warszawie. 1140 rodzin czeka na mieszkania
Gazeta Wyborcza
22 lutego 2027 | 06:00

Warszawski deweloper Domrex Invest wstrzymał prace na trzech osiedlach – na Białołęce, w Ursusie i w Wawrze. Łącznie miało tam powstać 1140 mieszkań, z których większość jest już sprzedana. Jak ustaliła „Wyborcza”, powodem jest wypowiedzenie firmie kredytu przez bank finansujący inwestycje.

Nasz reporter był w poniedziałek na budowie osiedla Zielone Tarasy na Białołęce. Na placu nie było robotników, żurawie stały nieruchomo, a brama była zamknięta na kłódkę. Według pracowników ochrony prace przerwano dwa tygodnie temu.

Z dokumentów, do których dotarła „Wyborcza”, wynika, że Bank Nadwiślański wypowiedział w styczniu umowę kredytu na 214 mln zł. Jako powód podał opóźnienia w harmonogramie budów i słabnącą sprzedaż.

– Wpłaciliśmy 380 tys. zł, to wszystkie nasze oszczędności i część kredytu hipotecznego. Nikt z firmy nie odbiera telefonów – mówi nam Katarzyna Lis, która kupiła mieszkanie w Ursusie.

Prezes Domrexu Tomasz Bielak w krótkiej rozmowie z „Wyborczą” zapewnił, że spółka negocjuje z nowym inwestorem, a prace ruszą „najpóźniej w maju”. Nie chciał ujawnić, o jakiego inwestora chodzi.

Wpłaty nabywców trafiają na mieszkaniowe rachunki powiernicze, a od 2022 r. chroni je dodatkowo Deweloperski Fundusz Gwarancyjny. Prawnicy, z którymi rozmawialiśmy, ostrzegają jednak, że w razie upadłości dewelopera odzyskanie pieniędzy może potrwać latami.
""",
"01_en.txt": """Warsaw developer halts work on three estates, leaving 1,140 buyers in limbo
Notes from Poland
February 22, 2027

A Warsaw property developer, Domrex Invest, has stopped construction at three housing estates in the capital after its bank terminated a loan, reports Gazeta Wyborcza. Most of the 1,140 flats planned at the sites in Białołęka, Ursus and Wawer have already been sold.

A Wyborcza reporter who visited the Zielone Tarasy estate in Białołęka on Monday found the site padlocked, with no workers present. According to documents seen by the newspaper, Bank Nadwiślański terminated a 214 million zloty (€50 million) loan agreement in January, citing delays and weakening sales.

"We paid in 380,000 zloty, all our savings and part of a mortgage. Nobody at the company picks up the phone," Katarzyna Lis, who bought a flat in Ursus, told Wyborcza.

Domrex's CEO, Tomasz Bielak, told the newspaper that the firm is negotiating with a new investor and that work would resume "by May at the latest".

Buyers' payments in Poland are held in escrow accounts and, since 2022, are also covered by a developer guarantee fund. Lawyers warn, however, that recovering money from a bankrupt developer can take years.

Poland's housing market has been buoyed in recent years by strong demand and state-subsidised mortgages, but smaller developers have struggled with high construction costs and tighter lending.
""",
"02_nl.txt": """Poolse projectontwikkelaar legt bouw van 1140 woningen stil
Het Financieele Dagblad
22 februari 2027, 17:35

In Warschau heeft projectontwikkelaar Domrex Invest de bouw van drie woonwijken met in totaal 1140 appartementen stilgelegd, nadat de bank van het bedrijf een lening opzegde. Dat meldt de Engelstalige nieuwssite Notes from Poland, die zich baseert op onderzoek van de Poolse krant Gazeta Wyborcza.

Volgens Notes from Poland zegde Bank Nadwiślański in januari een krediet van 214 miljoen zloty (circa 50 miljoen euro) op vanwege vertragingen en tegenvallende verkopen. Het grootste deel van de appartementen in de wijken Białołęka, Ursus en Wawer is al verkocht. Topman Tomasz Bielak zegt in gesprek te zijn met een nieuwe investeerder.

Kopers in Polen zijn beter beschermd dan enkele jaren geleden: hun aanbetalingen staan op geblokkeerde rekeningen en er is een garantiefonds. Toch kan het terugkrijgen van geld bij een faillissement lang duren.

De Poolse woningmarkt groeide de afgelopen jaren hard, mede door door de staat gesubsidieerde hypotheken. Ook Nederlandse institutionele beleggers zijn actief geworden op de Poolse huurmarkt. Kleinere ontwikkelaars hebben echter moeite met de gestegen bouwkosten en strengere kredietvoorwaarden van banken.
""",
"03_uk.txt": """Варшавський забудовник зупинив будівництво трьох ЖК на 1140 квартир
Економічна правда
22 лютого 2027, 19:05

Варшавський девелопер Domrex Invest зупинив будівництво трьох житлових комплексів у польській столиці після того, як банк розірвав із ним кредитну угоду. Про це пише англомовне видання Notes from Poland.

За даними видання, йдеться про комплекси в районах Бялоленка, Урсус і Вавер, де мало з'явитися 1140 квартир. Більшість із них уже продано. Банк Nadwiślański у січні розірвав кредитну угоду на 214 млн злотих (близько 50 млн євро), пославшись на затримки графіка та слабкі продажі.

Генеральний директор Domrex Томаш Бєляк стверджує, що компанія веде переговори з новим інвестором, а роботи відновляться «не пізніше травня», зазначає Notes from Poland.

У Польщі внески покупців житла на первинному ринку зберігаються на спеціальних ескроу-рахунках, а з 2022 року їх додатково страхує гарантійний фонд девелоперів. Утім, юристи попереджають, що повернення коштів у разі банкрутства забудовника може тривати роками.

Польський ринок житла останніми роками зростав завдяки пільговій іпотеці та високому попиту, зокрема й з боку українців, які переїхали до Польщі. Водночас дрібні забудовники скаржаться на подорожчання будівництва і жорсткіші умови кредитування.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_en.txt"), ("Notes from Poland", "02_nl.txt"), ("Notes from Poland", "03_uk.txt")],
[("Warsaw developer Domrex Invest has halted construction at three housing estates with 1,140 flats.",
  ["00_pl.txt", "01_en.txt", "02_nl.txt", "03_uk.txt"], 1),
 ("The halt followed Bank Nadwiślański's termination of a 214 million zloty loan in January.",
  ["00_pl.txt", "01_en.txt", "02_nl.txt", "03_uk.txt"], 1),
 ("Domrex's CEO says the company is negotiating with a new investor and work will resume by May.",
  ["00_pl.txt", "01_en.txt", "02_nl.txt", "03_uk.txt"], 1)])

# h04: institution-published origin: the Berlin housing department's new rent index (Mietspiegel),
# taken directly from the publication by all four: de "Das geht aus der Veröffentlichung hervor, die die
# Senatsverwaltung … bereitgestellt hat" + "heißt es in der Mitteilung der Senatsverwaltung"; en
# "according to the city's new official rent index, published by the Senate Department …" + "the
# department said in a statement"; pl "wynika z opublikowanego w poniedziałek zestawienia … berlińskiego
# senatu" + "podał departament w komunikacie"; es (no outlet line, title suffix "| Expansión") "según el
# nuevo índice … publicado este lunes por la Consejería …" + "señala el documento".
story("h04_institution_berlin_rent_index", "institution", {
"00_de.txt": """Neuer Mietspiegel: Berliner Mieten steigen um fast acht Prozent
Der Tagesspiegel
07.06.2027, 12:30

Die ortsübliche Vergleichsmiete in Berlin ist deutlich gestiegen. Laut dem neuen Mietspiegel 2027 liegt die durchschnittliche Nettokaltmiete nun bei 8,74 Euro pro Quadratmeter, 7,9 Prozent mehr als im Mietspiegel 2025. Das geht aus der Veröffentlichung hervor, die die Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen am Montag auf ihrer Internetseite bereitgestellt hat.

Am stärksten zogen demnach die Mieten in Wohnungen an, die zwischen 2003 und 2020 bezugsfertig wurden: Hier beträgt das Plus 11,2 Prozent. In Altbauten, die vor 1918 errichtet wurden, stiegen die Werte um 6,4 Prozent. Für den Mietspiegel wurden nach Angaben der Behörde rund 13.500 Mietverhältnisse ausgewertet.

„Der Mietspiegel bildet die Entwicklung des Marktes der vergangenen Jahre ab und schafft Rechtssicherheit für Mieterinnen und Mieter ebenso wie für Vermieterinnen und Vermieter", heißt es in der Mitteilung der Senatsverwaltung. Die neuen Werte gelten ab dem 1. Juli.

Der Mietspiegel ist maßgeblich, wenn Vermieter die Miete in bestehenden Verträgen erhöhen wollen, und dient als Grundlage für die Mietpreisbremse bei Neuvermietungen. In Berlin dürfen Bestandsmieten innerhalb von drei Jahren höchstens um 15 Prozent steigen, und auch das nur bis zur ortsüblichen Vergleichsmiete.

Mieterinnen und Mieter, die in den kommenden Monaten ein Mieterhöhungsverlangen erhalten, sollten die geforderte Miete mit den Werten der neuen Tabelle vergleichen. Die Senatsverwaltung stellt dafür einen Online-Rechner bereit.
""",
"01_en.txt": """Berlin rents up almost 8 percent, new rent index shows
The Local
7 June 2027 15:10 CEST

Rents in Berlin have risen by almost 8 percent in two years, according to the city's new official rent index, published by the Senate Department for Urban Development, Building and Housing on Monday.

The 2027 Mietspiegel puts the average net rent, excluding heating and service charges, at €8.74 per square metre, up 7.9 percent on the 2025 index. The sharpest increase, 11.2 percent, was recorded for flats completed between 2003 and 2020, while rents in pre-1918 buildings rose by 6.4 percent. Around 13,500 tenancies were analysed.

The index "reflects market developments over the past years and creates legal certainty for tenants and landlords alike", the department said in a statement. The new figures take effect on July 1st.

What does this mean for renters? The Mietspiegel is the benchmark landlords must use when they raise the rent on an existing contract, and it underpins Germany's rent brake for new lets. In Berlin, rents on existing contracts may not rise by more than 15 percent in three years, and never above the local comparative rent.

If you receive a letter asking you to agree to a rent increase, check the figures against the new table. The department offers an online calculator, in German, on its website.
""",
"02_pl.txt": """Czynsze w Berlinie w górę o prawie 8 proc. Nowe dane władz miasta
Money.pl
07.06.2027 16:02

Średni czynsz netto w Berlinie wynosi 8,74 euro za metr kwadratowy, o 7,9 proc. więcej niż dwa lata temu – wynika z opublikowanego w poniedziałek zestawienia czynszów (Mietspiegel) berlińskiego senatu. Dokument przygotował senacki departament rozwoju miasta, budownictwa i mieszkalnictwa.

Najmocniej, o 11,2 proc., zdrożał najem mieszkań w budynkach oddanych w latach 2003–2020 – podał departament w komunikacie. W kamienicach sprzed 1918 r. stawki wzrosły o 6,4 proc. Zestawienie powstało na podstawie ok. 13,5 tys. umów najmu.

Dla mieszkania o powierzchni 60 mkw. średni czynsz oznacza ok. 524 euro miesięcznie, bez ogrzewania i opłat eksploatacyjnych. Nowe stawki obowiązują od 1 lipca.

Berliński Mietspiegel to punkt odniesienia przy podwyżkach czynszu w trwających umowach. Właściciel może podnieść czynsz najwyżej o 15 proc. w ciągu trzech lat i nie powyżej stawki z zestawienia. Dokument ma też znaczenie przy nowych umowach, bo na jego podstawie działa tzw. hamulec czynszowy.

W Berlinie mieszka i pracuje kilkadziesiąt tysięcy Polaków, dla których wydatki na mieszkanie są coraz większą częścią budżetu.
""",
"03_es.txt": """Los alquileres en Berlín suben casi un 8% en dos años | Expansión
07/06/2027 18:20

El alquiler medio en Berlín ha subido un 7,9% en los últimos dos años, hasta 8,74 euros por metro cuadrado, según el nuevo índice de alquileres (Mietspiegel) publicado este lunes por la Consejería de Desarrollo Urbano, Construcción y Vivienda del Senado de Berlín.

Los mayores incrementos, del 11,2%, se registran en las viviendas terminadas entre 2003 y 2020, señala el documento, mientras que en los edificios anteriores a 1918 la subida se queda en el 6,4%. El índice se elabora a partir de unos 13.500 contratos de alquiler y entrará en vigor el 1 de julio.

En Alemania, donde más de la mitad de los hogares vive de alquiler, el Mietspiegel es la referencia que deben respetar los propietarios cuando suben la renta de un contrato en vigor. En Berlín, esa subida no puede superar el 15% en tres años. El índice sirve también de base para el freno al alquiler en los nuevos contratos.

El modelo alemán ha inspirado parte del debate en España, donde la Ley de Vivienda de 2023 introdujo un índice estatal de referencia de precios para limitar las rentas en las zonas declaradas tensionadas. Los propietarios y los fondos inversores critican estos topes, mientras que las asociaciones de inquilinos reclaman extenderlos.
""",
}, [("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", False)],
[("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", "00_de.txt"),
 ("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", "01_en.txt"),
 ("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", "02_pl.txt"),
 ("Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", "03_es.txt")],
[("Berlin's new rent index puts the average net rent at 8.74 euros per square metre, up 7.9% on the 2025 index.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1),
 ("Rents for flats completed between 2003 and 2020 rose fastest, by 11.2%.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1)])

# h05: NRC's own investigation (analysis of 212 statements, a tenant talking to it, the company's
# reply to NRC); 01_en.txt (no outlet line) is an uncredited, close English translation published the
# next morning that keeps "an investigation by this newspaper", "told this newspaper" and "In a response
# to this newspaper": edge from NRC, not an origin. de credits "die niederländische Tageszeitung „NRC
# Handelsblad"" + "Der Zeitung zufolge" + "zitiert das Blatt" + "gegenüber der Zeitung"; fr "révèle le
# quotidien néerlandais NRC" + "Selon le journal, qui a épluché" + "a confié au quotidien" + "a indiqué
# à NRC".
story("h05_translation_rotterdam_service_costs", "translation", {
"00_nl.txt": """Verhuurder rekent honderden Rotterdamse huurders servicekosten voor diensten die er niet zijn
NRC
2027-03-09T06:00:00+01:00

Vastgoedbedrijf Maasoever Vastgoed heeft zeker zeshonderd huurders in Rotterdam-Zuid jarenlang servicekosten in rekening gebracht voor diensten die niet werden geleverd. Dat blijkt uit onderzoek van NRC.

NRC analyseerde 212 jaarafrekeningen van servicekosten over 2023 tot en met 2025, die huurders in Feijenoord, Charlois en IJsselmonde aan de krant beschikbaar stelden. Gemiddeld betaalden zij 85 euro per maand voor onder meer 'huismeesterdiensten', 'schoonmaak trappenhuis' en 'onderhoud groen'. In de meeste complexen is geen huismeester, en de trappenhuizen worden volgens bewoners al jaren niet schoongemaakt.

"Ik heb in vier jaar nooit iemand met een bezem gezien", vertelt Fatima El Idrissi (52) uit de Afrikaanderwijk aan deze krant. Zij betaalt naast 690 euro kale huur 92 euro servicekosten per maand.

De Huurcommissie deed sinds 2024 in 37 zaken tegen Maasoever uitspraak; in 34 daarvan kregen de huurders gelijk. Het bedrijf betaalde in die gevallen het te veel betaalde bedrag terug, maar paste de afrekeningen voor andere huurders niet aan.

Maasoever Vastgoed laat in een reactie aan NRC weten dat het "de afrekeningen opnieuw tegen het licht houdt" en dat huurders die menen te veel te hebben betaald zich kunnen melden. Het bedrijf bezit ruim 1.400 woningen in Rotterdam.

Servicekosten mogen volgens de wet alleen worden gerekend voor leveringen en diensten die daadwerkelijk worden verricht. Huurders kunnen een geschil tot zes maanden na ontvangst van de jaarafrekening aan de Huurcommissie voorleggen.
""",
"01_en.txt": """Landlord charged hundreds of Rotterdam tenants for services that do not exist
10 March 2027 08:15

Property company Maasoever Vastgoed has for years charged at least six hundred tenants in Rotterdam-Zuid service costs for services that were never provided. This is evident from an investigation by this newspaper.

We analysed 212 annual service-cost statements for 2023 to 2025, which tenants in Feijenoord, Charlois and IJsselmonde made available to the newspaper. On average they paid 85 euros a month for items including 'caretaker services', 'stairwell cleaning' and 'maintenance of greenery'. Most of the complexes have no caretaker, and according to residents the stairwells have not been cleaned for years.

"In four years I have never seen anyone with a broom," Fatima El Idrissi (52) from the Afrikaanderwijk told this newspaper. On top of a basic rent of 690 euros she pays 92 euros a month in service costs.

Since 2024 the Rent Tribunal has ruled in 37 cases against Maasoever; in 34 of them the tenants were proved right. In those cases the company paid back the amounts overcharged, but it did not adjust the statements of other tenants.

In a response to this newspaper, Maasoever Vastgoed said it is "taking a fresh look at the statements" and that tenants who believe they have paid too much can come forward. The company owns more than 1,400 homes in Rotterdam.

By law, service costs may only be charged for supplies and services that are actually provided. Tenants can bring a dispute before the Rent Tribunal up to six months after receiving the annual statement.
""",
"02_de.txt": """Rotterdam: Vermieter kassiert Nebenkosten für Leistungen, die es nicht gibt
Der Spiegel
09.03.2027, 13.47 Uhr

Ein Rotterdamer Vermieter hat mindestens 600 Mieterinnen und Mietern über Jahre Servicekosten für Hausmeisterdienste, Treppenhausreinigung und Grünpflege berechnet, die gar nicht erbracht wurden. Das berichtet die niederländische Tageszeitung „NRC Handelsblad".

Der Zeitung zufolge geht es um das Unternehmen Maasoever Vastgoed, das im Süden der Hafenstadt mehr als 1400 Wohnungen besitzt. Reporter der NRC werteten 212 Jahresabrechnungen aus, die ihnen Mieter zur Verfügung gestellt hatten. Im Schnitt zahlten die Haushalte 85 Euro im Monat, obwohl es in den meisten Wohnanlagen gar keinen Hausmeister gibt.

„In vier Jahren habe ich nie jemanden mit einem Besen gesehen", zitiert das Blatt eine 52-jährige Mieterin aus dem Viertel Afrikaanderwijk.

Die niederländische Mietkommission, die Huurcommissie, gab den Mietern seit 2024 in 34 von 37 Verfahren gegen Maasoever recht. Das Unternehmen zahlte in diesen Fällen zu viel gezahlte Beträge zurück, änderte aber die Abrechnungen der übrigen Mieter nicht. Gegenüber der Zeitung erklärte Maasoever, man werde die Abrechnungen erneut prüfen.

Auch in Deutschland sind Nebenkostenabrechnungen ein Dauerstreitthema: Nach Angaben von Mietervereinen ist ein erheblicher Teil der Abrechnungen fehlerhaft.
""",
"03_fr.txt": """Pays-Bas : un bailleur de Rotterdam facturait des charges pour des services inexistants
Le Soir
mardi 9 mars 2027, 18:12

Un bailleur privé de Rotterdam a facturé pendant des années à au moins six cents locataires des charges pour des services qui n'ont jamais été rendus, révèle le quotidien néerlandais NRC.

Selon le journal, qui a épluché 212 décomptes annuels de charges transmis par des locataires, la société Maasoever Vastgoed réclamait en moyenne 85 euros par mois pour un concierge, le nettoyage des cages d'escalier ou l'entretien des espaces verts. Dans la plupart des immeubles, situés dans les quartiers populaires du sud de la ville, il n'y a pourtant aucun concierge.

« En quatre ans, je n'ai jamais vu personne avec un balai », a confié au quotidien une locataire du quartier d'Afrikaanderwijk, qui paie 92 euros de charges par mois en plus de son loyer.

La commission néerlandaise des loyers a donné raison aux locataires dans 34 des 37 dossiers ouverts contre la société depuis 2024. Le bailleur, qui possède plus de 1 400 logements à Rotterdam, a indiqué à NRC qu'il allait réexaminer les décomptes.

En Belgique aussi, les charges locatives doivent correspondre à des dépenses réelles, et le locataire peut exiger les justificatifs. Les associations de locataires estiment que ce droit reste trop peu utilisé.
""",
}, [("NRC", True)],
[("NRC", "01_en.txt"), ("NRC", "02_de.txt"), ("NRC", "03_fr.txt")],
[("Maasoever Vastgoed charged at least 600 tenants in Rotterdam-Zuid service costs for services that were not provided.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The Rent Tribunal ruled for the tenants in 34 of 37 cases against Maasoever since 2024.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Tenants paid on average 85 euros a month according to an analysis of 212 service-cost statements.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1)])

# h06: two independent in-corpus reports of the same halt. Українська правда: own "Кореспондентка
# «Української правди» побувала на будмайданчику" + "розповіла «УП»" + "на запит УП". hromadske: own
# "hromadske має у розпорядженні припис" + "підтвердив hromadske" + "не відповіла на запитання
# редакції". pl credits both ("podały … portal „Ukraińska Prawda” i … Hromadske" + "Według „Ukraińskiej
# Prawdy”, której reporterka" + "Hromadske informuje"): two edges. en credits only Hromadske ("Hromadske
# reported on June 12, citing an order" + "seen by the outlet" + "told Hromadske" + "as the outlet
# notes"): one edge.
story("h06_independent_kyiv_cracks", "independent", {
"00_uk.txt": """На Осокорках зупинили будівництво ЖК «Липова гавань»: у несучих стінах тріщини
Українська правда
12 червня 2027, 09:40

Будівництво житлового комплексу «Липова гавань» на Осокорках у Дарницькому районі Києва зупинене після того, як у несучих стінах 24-поверхової секції виявили тріщини.

Кореспондентка «Української правди» побувала на будмайданчику в п'ятницю. Баштовий кран не працює, робітників немає, а на стіні третьої секції на рівні кількох поверхів видно тріщини, частково затерті свіжим розчином. Охоронець підтвердив, що роботи не ведуться з понеділка.

Забудовник, компанія «Дніпрова оселя», продав у комплексі близько 420 квартир. «Я вклала в цю квартиру гроші за проданий будинок батьків у Чернігові. Тепер нам кажуть, що секцію, можливо, доведеться розбирати», — розповіла «УП» інвесторка Оксана Гуменюк.

У «Дніпровій оселі» на запит УП підтвердили, що роботи призупинено, і пояснили це «плановою технічною експертизою». Коли будівництво відновиться, у компанії не уточнили.

Інвестори вже створили ініціативну групу і в суботу планують провести акцію під будівлею Київської міської державної адміністрації. Вони вимагають незалежної експертизи конструкцій і оприлюднення графіка завершення робіт.

«Липову гавань» мали ввести в експлуатацію наприкінці 2027 року. Перші дві секції комплексу вже зведені до даху, у третій звели 19 поверхів із 24.
""",
"01_uk.txt": """Київська інспекція зупинила роботи на ЖК «Липова гавань» через тріщини — документ
hromadske
2027-06-12 11:20

Департамент з питань державного архітектурно-будівельного контролю Києва зупинив будівельні роботи на житловому комплексі «Липова гавань» на Осокорках. hromadske має у розпорядженні припис департаменту від 9 червня, у якому йдеться про «тріщини в несучих конструкціях секції № 3».

Згідно з документом, забудовник — компанія «Дніпрова оселя» — має протягом 30 днів надати висновок незалежної технічної експертизи. До того роботи на всьому об'єкті заборонені.

Заступник директора департаменту Олег Саврук підтвердив hromadske, що припис видали після скарги мешканців сусіднього будинку, які помітили тріщини зі своїх балконів.

«Тріщини ми зафіксували на рівні з 11-го по 15-й поверх. Говорити про аварійний стан поки що зарано, але продовжувати будівництво без експертизи неможливо», — сказав Саврук.

За даними hromadske, у комплексі продано близько 420 квартир, а будівництво фінансується коштом інвесторів. Компанія «Дніпрова оселя» не відповіла на запитання редакції.

Покупці житла на первинному ринку в Києві досі здебільшого купують квартири на ранньому етапі будівництва, тож проблеми з конструкціями чи фінансуванням забудовника безпосередньо б'ють по їхніх заощадженнях.
""",
"02_pl.txt": """Kijów: wstrzymano budowę osiedla. W ścianach nośnych pojawiły się pęknięcia
Onet
12.06.2027 15:30

W Kijowie wstrzymano budowę osiedla mieszkaniowego „Łypowa Hawań” na Osokorkach po tym, jak w ścianach nośnych 24-piętrowego budynku wykryto pęknięcia – podały w piątek ukraińskie media, portal „Ukraińska Prawda” i niezależna telewizja internetowa Hromadske.

Według „Ukraińskiej Prawdy”, której reporterka była na placu budowy, dźwig stoi, robotników nie ma, a rysy na ścianie trzeciej klatki widać gołym okiem. Hromadske informuje, że pęknięcia sięgają od 11. do 15. piętra.

Deweloper, firma Dniprowa Osełia, sprzedał w inwestycji ok. 420 mieszkań. Przedstawiciele spółki tłumaczą przestój „planową ekspertyzą techniczną”.

Mimo trwającej wojny w Kijowie wciąż powstają nowe osiedla, a popyt na mieszkania w stolicy podtrzymują m.in. osoby przesiedlone z okupowanych i ostrzeliwanych regionów. Kupujący często wpłacają pieniądze na wczesnym etapie budowy, więc każdy przestój budzi ich niepokój.

W Polsce wpłaty nabywców chronią rachunki powiernicze i fundusz gwarancyjny. Na Ukrainie podobne zabezpieczenia dopiero się upowszechniają.
""",
"03_en.txt": """Kyiv authorities halt construction of housing complex after cracks found in walls
The Kyiv Independent
June 12, 2027 4:05 PM

Kyiv's construction control department has ordered a halt to work at the Lypova Havan residential complex in the city's Osokorky neighborhood after cracks were found in load-bearing walls, Hromadske reported on June 12, citing an order issued by the department.

According to the document, seen by the outlet, developer Dniprova Oselia must submit the conclusions of an independent technical assessment within 30 days. All construction at the site is suspended until then.

"We recorded cracks between the 11th and 15th floors. It is too early to speak of an emergency condition, but construction cannot continue without an assessment," Oleh Savruk, the department's deputy director, told Hromadske.

The order was issued after residents of a neighboring building noticed the cracks from their balconies, as the outlet notes. About 420 apartments in the complex have already been sold. The developer did not respond to Hromadske's questions.

Despite the full-scale war, Kyiv's housing market has kept growing, driven partly by demand from people displaced from front-line regions. Most buyers still purchase apartments off-plan, leaving them exposed when developers run into trouble.
""",
}, [("Українська правда", True), ("hromadske", True)],
[("Українська правда", "02_pl.txt"), ("hromadske", "02_pl.txt"), ("hromadske", "03_en.txt")],
[("Construction of the Lypova Havan residential complex in Kyiv's Osokorky was halted after cracks were found in load-bearing walls.",
  ["00_uk.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], 2),
 ("Kyiv's construction control department issued an order suspending all works until an independent technical assessment is submitted within 30 days.",
  ["01_uk.txt", "03_en.txt"], 1),
 ("Investors plan a protest outside the Kyiv City State Administration on Saturday.",
  ["00_uk.txt"], 1)])

# h07: anonymous-source scoop by Business Insider Polska (two city hall employees + draft resolution
# seen by it: "Jak dowiedział się Business Insider Polska" + "O planach opowiedziało nam dwóch
# pracowników … którzy chcą zachować anonimowość" + "Dotarliśmy też do projektu uchwały"), relayed by
# FAZ ("berichtet das polnische Wirtschaftsportal Business Insider Polska unter Berufung auf zwei
# Mitarbeiter" + "Den Informanten des Portals zufolge"), ЛІГА.net without date line ("пише польське
# видання Business Insider Polska з посиланням на" + "За словами джерел видання" + "повідомляє BI
# Polska"), and Notes from Poland which adds its own confirmation ("as first reported by Business
# Insider Polska" + "confirmed to Notes from Poland"): edge + own in-corpus origin.
story("h07_confirmation_krakow_hotel_purchase", "confirmation", {
"00_pl.txt": """Kraków chce kupić dawny hotel i zrobić z niego mieszkania komunalne. Znamy szczegóły
Business Insider Polska
2027-05-04 07:15

Władze Krakowa przygotowują zakup dawnego hotelu „Sokół” w Podgórzu. Ratusz chce przebudować budynek na ok. 120 mieszkań komunalnych na wynajem. Jak dowiedział się Business Insider Polska, miasto jest gotowe zapłacić za nieruchomość ok. 96 mln zł.

O planach opowiedziało nam dwóch pracowników urzędu miasta, którzy chcą zachować anonimowość, bo sprawa nie została jeszcze ogłoszona. Dotarliśmy też do projektu uchwały, która ma trafić pod obrady rady miasta na sesji 26 maja.

– To największy zakup mieszkaniowy miasta od lat. Hotel stoi pusty od 2025 r., właściciel chce się go pozbyć, a my potrzebujemy lokali od zaraz – mówi jeden z naszych rozmówców. Drugi dodaje, że przebudowa kosztowałaby dodatkowe 40 mln zł i potrwałaby około dwóch lat.

Z projektu uchwały wynika, że 180 pokoi hotelowych zostałoby połączonych w mieszkania o powierzchni od 28 do 55 mkw. Pierwszeństwo mieliby mieszkańcy z listy oczekujących na lokal komunalny oraz pracownicy miejskich szpitali i szkół.

Biuro prasowe urzędu miasta do momentu publikacji nie odpowiedziało na nasze pytania.

Kraków należy do miast, w których czynsze rosną najszybciej w Polsce. Eksperci wskazują m.in. na dużą liczbę mieszkań wynajmowanych krótkoterminowo turystom oraz na napływ studentów i pracowników z innych regionów i z zagranicy.
""",
"01_de.txt": """Krakau will leerstehendes Hotel zu Sozialwohnungen umbauen
Frankfurter Allgemeine Zeitung
04.05.2027

Die Stadt Krakau will ein leerstehendes Hotel kaufen und zu rund 120 städtischen Mietwohnungen umbauen. Das berichtet das polnische Wirtschaftsportal Business Insider Polska unter Berufung auf zwei Mitarbeiter der Stadtverwaltung, die anonym bleiben wollten. Für das frühere Hotel „Sokół" im Stadtteil Podgórze sei die Stadt bereit, etwa 96 Millionen Złoty, umgerechnet rund 22 Millionen Euro, zu zahlen.

Den Informanten des Portals zufolge soll der Stadtrat am 26. Mai über den Kauf abstimmen; ein entsprechender Beschlussentwurf liege der Redaktion vor. Der Umbau solle weitere 40 Millionen Złoty kosten und etwa zwei Jahre dauern. Vorrang bei der Vergabe hätten Menschen auf der städtischen Warteliste.

Die Stadtverwaltung ließ eine Anfrage des Portals bis zur Veröffentlichung unbeantwortet.

Krakau gehört zu den polnischen Städten mit den am stärksten gestiegenen Mieten. Kritiker machen dafür auch die große Zahl von Ferienwohnungen für Touristen in der Altstadt und in Kazimierz verantwortlich. Kommunale Wohnungen sind in Polen knapp; viele Städte haben ihren Bestand nach 1990 an die Mieter verkauft und erst in den vergangenen Jahren wieder begonnen, neue Sozialwohnungen zu schaffen.
""",
"02_uk.txt": """Краків хоче викупити колишній готель і переобладнати його на муніципальне житло
ЛІГА.net

Влада Кракова планує купити колишній готель «Сокул» у районі Подґуже і переобладнати його приблизно на 120 муніципальних квартир для оренди. Про це пише польське видання Business Insider Polska з посиланням на двох співробітників міської ради.

За словами джерел видання, місто готове заплатити за будівлю близько 96 млн злотих (понад 22 млн євро). Ще 40 млн злотих коштуватиме перебудова, яка триватиме близько двох років.

Голосування міської ради щодо купівлі заплановане на 26 травня, повідомляє BI Polska, посилаючись на проєкт ухвали, який є в розпорядженні журналістів.

Пріоритет під час розподілу квартир матимуть мешканці, які стоять у черзі на муніципальне житло, а також працівники міських лікарень і шкіл.

Після 2022 року в Кракові оселилися десятки тисяч українців, що додатково підштовхнуло ціни на оренду житла. Муніципальних квартир у польських містах мало: багато з них у 1990-х роках продали мешканцям, і лише останніми роками міста знову почали нарощувати соціальний житловий фонд.
""",
"03_en.txt": """Kraków plans to buy empty hotel and convert it into 120 council flats
Notes from Poland
May 4, 2027

The city of Kraków plans to buy a disused hotel and turn it into around 120 municipal rental flats, as first reported by Business Insider Polska, which cited two city hall employees speaking anonymously.

A spokeswoman for Kraków city hall, Agnieszka Wróbel, confirmed to Notes from Poland on Tuesday afternoon that the city is negotiating the purchase of the former Hotel Sokół in the Podgórze district.

"We want to use every building that can quickly become a home for families on our waiting list," Wróbel said. She added that a draft resolution on the purchase would be put to city councillors at their session on 26 May.

Kraków has some of the fastest-rising rents in Poland, which experts attribute partly to the large number of flats let to tourists on a short-term basis and to the arrival of students and workers from elsewhere in the country and abroad, including tens of thousands of Ukrainian refugees.

Like many Polish cities, Kraków sold much of its municipal housing stock to tenants after the fall of communism. The national government has in recent years encouraged local authorities to expand affordable rental housing again, including through the Social Housing Initiatives (SIM) programme.
""",
}, [("Business Insider Polska", True), ("Notes from Poland", True)],
[("Business Insider Polska", "01_de.txt"), ("Business Insider Polska", "02_uk.txt"), ("Business Insider Polska", "03_en.txt")],
[("Kraków city hall plans to buy the former Hotel Sokół in Podgórze and convert it into about 120 municipal rental flats.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 2),
 ("The city is prepared to pay about 96 million zloty for the building.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt"], 1),
 ("The city council is to vote on the purchase at its session on 26 May.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 2)])

# h08: a person's own social-media post (outside): Terrabaix CEO Marta Vilaró on LinkedIn, relayed
# directly by all: es "Así lo ha anunciado … en una publicación en la red profesional LinkedIn" +
# "escribe Vilaró" + "Según su mensaje"; de "Das schrieb Vorstandschefin Marta Vilaró am Mittwoch auf
# LinkedIn" + "so Vilaró in ihrem Beitrag"; fr "a annoncé … dans un message publié sur LinkedIn" +
# "selon la dirigeante" + "écrit-elle"; nl (neither outlet nor date line) "Dat schreef topvrouw Marta
# Vilaró woensdag op LinkedIn" + "aldus Vilaró in haar bericht".
story("h08_social_post_barcelona_build_to_rent", "social_post", {
"00_es.txt": """La promotora Terrabaix cancela tres proyectos de alquiler en Barcelona y culpa a la reserva del 30%
La Vanguardia
26/05/2027 12:41

La promotora catalana Terrabaix ha cancelado tres proyectos de viviendas de alquiler en Barcelona que sumaban 620 pisos, en los distritos de Sant Martí, Sants-Montjuïc y Nou Barris. Así lo ha anunciado este miércoles su consejera delegada, Marta Vilaró, en una publicación en la red profesional LinkedIn.

"Con la reserva obligatoria del 30% para vivienda protegida, las cuentas no salen. Hemos dedicado tres años y 11 millones de euros a estos proyectos y hoy los damos por perdidos", escribe Vilaró. La directiva añade que la empresa destinará esos recursos a promociones en municipios del área metropolitana como Sabadell y Terrassa.

Según su mensaje, Terrabaix ya ha comunicado la decisión a los propietarios de los solares, con los que tenía firmados acuerdos de compra condicionados a la obtención de licencias.

La norma que cita Vilaró, aprobada por el Ayuntamiento de Barcelona en 2018, obliga a destinar el 30% de las viviendas a protección oficial en las nuevas promociones y grandes rehabilitaciones de más de 600 metros cuadrados. Los promotores llevan años reclamando su revisión, mientras que las entidades vecinales y los sindicatos de inquilinos la defienden como una de las pocas herramientas para generar vivienda asequible en la ciudad.

La publicación de Vilaró acumulaba a mediodía más de 2.000 reacciones y cientos de comentarios, tanto de apoyo como de crítica. La Vanguardia ha intentado sin éxito obtener una valoración del Ayuntamiento.
""",
"01_de.txt": """Barcelona: Projektentwickler stoppt 620 Mietwohnungen
Handelsblatt
26.05.2027 – 15:20 Uhr

Der katalanische Projektentwickler Terrabaix gibt drei Mietwohnungsprojekte in Barcelona mit zusammen 620 Wohnungen auf. Das schrieb Vorstandschefin Marta Vilaró am Mittwoch auf LinkedIn. Als Grund nannte sie die Vorgabe der Stadt, bei größeren Neubau- und Sanierungsprojekten 30 Prozent der Wohnungen als geförderten Wohnraum zu reservieren.

„Mit der verpflichtenden 30-Prozent-Quote rechnet sich das nicht", so Vilaró in ihrem Beitrag. Das Unternehmen habe drei Jahre und elf Millionen Euro in die Vorhaben gesteckt und schreibe diese nun ab. Das Geld solle stattdessen in Projekte im Umland fließen, etwa in Sabadell und Terrassa.

Die Quote gilt in Barcelona seit 2018 für Vorhaben mit mehr als 600 Quadratmetern Wohnfläche. Die Bauwirtschaft fordert seit Langem, sie zu lockern; Mieterinitiativen halten sie dagegen für eines der wenigen wirksamen Instrumente gegen die Wohnungsnot.

Spanien gilt für internationale Investoren seit Jahren als attraktiver Markt für Mietwohnungen. Zuletzt haben jedoch strengere Mietregeln, etwa die Mietpreisdeckel in angespannten Wohnungsmärkten, mehrere Fonds zur Zurückhaltung bewogen.
""",
"02_fr.txt": """Immobilier : à Barcelone, le promoteur Terrabaix renonce à 620 logements locatifs
Les Echos
26 mai 2027 à 17:05

Le promoteur catalan Terrabaix jette l'éponge à Barcelone. L'entreprise abandonne trois projets de logements destinés à la location, soit 620 appartements au total, a annoncé mercredi sa directrice générale, Marta Vilaró, dans un message publié sur LinkedIn.

En cause, selon la dirigeante : l'obligation, imposée par la mairie depuis 2018, de réserver 30 % des logements des grands programmes neufs ou rénovés à du logement social. « Avec la réserve obligatoire de 30 %, les comptes ne tombent pas juste », écrit-elle. Terrabaix aurait consacré trois ans et 11 millions d'euros à ces projets, qu'il redéploiera vers des communes de la périphérie comme Sabadell ou Terrassa.

Cette règle, qui s'applique aux opérations de plus de 600 mètres carrés, est régulièrement contestée par les professionnels de l'immobilier, qui lui reprochent d'avoir fait chuter les mises en chantier dans la capitale catalane. Ses défenseurs, dont les associations de locataires, y voient au contraire l'un des rares leviers pour produire du logement abordable.

Le débat fait écho à celui qui agite plusieurs métropoles françaises, où les quotas de logements sociaux imposés aux promoteurs sont aussi accusés de freiner la construction.
""",
"03_nl.txt": """Spaanse ontwikkelaar schrapt 620 huurwoningen in Barcelona

De Catalaanse projectontwikkelaar Terrabaix stopt met drie huurwoningprojecten in Barcelona, goed voor samen 620 woningen. Dat schreef topvrouw Marta Vilaró woensdag op LinkedIn. Zij wijt het besluit aan de regel dat bij grote nieuwbouw- en renovatieprojecten 30 procent van de woningen gereserveerd moet worden voor gesubsidieerde huur.

"Met de verplichte reservering van 30 procent is het niet rond te rekenen", aldus Vilaró in haar bericht. Het bedrijf heeft volgens haar drie jaar en 11 miljoen euro in de projecten gestoken. Dat geld gaat nu naar projecten in voorsteden als Sabadell en Terrassa.

Barcelona voerde de regel in 2018 in voor projecten groter dan 600 vierkante meter. Ontwikkelaars klagen al jaren dat er daardoor minder wordt gebouwd in de stad, huurdersorganisaties zien de regel juist als een van de weinige manieren om betaalbare woningen af te dwingen.

Ook in Nederland klagen ontwikkelaars over vergelijkbare verplichtingen, zoals de verdeling van 40 procent sociale huur, 40 procent middenhuur en 20 procent vrije sector die Amsterdam bij nieuwbouw hanteert. Gemeenten houden vooralsnog vast aan zulke quota.
""",
}, [("Marta Vilaró", False)],
[("Marta Vilaró", "00_es.txt"), ("Marta Vilaró", "01_de.txt"), ("Marta Vilaró", "02_fr.txt"), ("Marta Vilaró", "03_nl.txt")],
[("Terrabaix is cancelling three rental housing projects in Barcelona totalling 620 flats.",
  ["00_es.txt", "01_de.txt", "02_fr.txt", "03_nl.txt"], 1),
 ("Vilaró blamed Barcelona's rule reserving 30% of flats in large developments for protected housing.",
  ["00_es.txt", "01_de.txt", "02_fr.txt", "03_nl.txt"], 1),
 ("Terrabaix spent three years and 11 million euros on the projects and will redirect the money to towns such as Sabadell and Terrassa.",
  ["00_es.txt", "01_de.txt", "02_fr.txt", "03_nl.txt"], 1)])


def check():
    """Consistency of the writer's own labels: edges, roots and independent_sources."""
    for id, scenario, arts, origins, relays, claims in S:
        names = {n for n, _ in origins}
        outside = {n for n, c in origins if not c}
        inside = {n for n, c in origins if c}
        outlet = {}
        for name, body in arts.items():
            lines = body.split("\n")
            assert lines[0].strip(), (id, name)
            if lines[1].strip() and not re.search(r"\d", lines[1]):
                outlet[name] = lines[1].strip()
        by_outlet = {v: k for k, v in outlet.items()}
        for n in inside:
            assert n in by_outlet, (id, n)
        for o, a in relays:
            assert a in arts, (id, a)
            assert o in names or o in by_outlet, (id, o)
        def roots(a, seen=()):
            r = set()
            if outlet.get(a) in inside:
                r.add(outlet[a])
            for o, b in relays:
                if b != a:
                    continue
                if o in outside:
                    r.add(o)
                else:
                    assert by_outlet[o] not in seen, (id, o)
                    r |= roots(by_outlet[o], seen + (a,))
            assert r, (id, a)
            return r
        for text, alist, k in claims:
            rs = set()
            for a in alist:
                assert a in arts, (id, a)
                rs |= roots(a)
            assert len(rs) == k, (id, text, rs, k)


def main():
    check()
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, body in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(body)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 123 (housing and real estate; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
