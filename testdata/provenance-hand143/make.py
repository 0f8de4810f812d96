#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand143 set.

City halls and municipal affairs. Outlets and agencies carry real media names; every town,
mayor, official, company, figure, event and quote is invented. Labels were fixed by hand
before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: in-corpus scoop by Gazeta Wyborcza (two anonymous councillors + a draft statement seen by
# the paper; the town hall's refusal to comment was given to Wyborcza): pl own "ustaliła
# „Wyborcza”" + "powiedziało nam dwóch radnych"; en "as first reported by Gazeta Wyborcza" +
# "the daily wrote"; de "Wie die Tageszeitung „Gazeta Wyborcza“ unter Berufung auf … berichtet" +
# "nach Angaben des Blattes"; uk "пише польська «Газета Виборча» з посиланням на" + "Як зазначає
# видання". Edges from Gazeta Wyborcza to en, de, uk.
story("s01_scoop_mayor_resigns", "scoop", {
"00_pl.txt": """Burmistrz Nowego Bielska poda się do dymisji. W tle śledztwo w sprawie przetargu na oświetlenie
Gazeta Wyborcza
9 marca 2027, 06:00

Burmistrz Nowego Bielska Marek Wilczewski ogłosi w czwartek na sesji rady miejskiej rezygnację z urzędu – ustaliła „Wyborcza”. O planach burmistrza powiedziało nam dwóch radnych z koalicji rządzącej. Obaj prosili o anonimowość, bo – jak tłumaczą – „sprawa jest świeża i nikt nie chce wychodzić przed szereg”.

Dotarliśmy także do projektu oświadczenia, które Wilczewski ma odczytać na sesji. „Nie chcę, by moja obecność w ratuszu utrudniała wyjaśnienie wszystkich wątpliwości. Dla dobra miasta oddaję się do dyspozycji mieszkańców” – czytamy w dokumencie.

Decyzja ma związek ze śledztwem, które od stycznia prowadzi prokuratura okręgowa. Dotyczy ono przetargu na modernizację oświetlenia ulicznego o wartości 23 mln zł. Umowę w 2025 r. wygrała firma Lumetra z sąsiedniej gminy, której współwłaścicielem jest szwagier burmistrza. Dwie konkurencyjne oferty były tańsze nawet o 4 mln zł, ale komisja przetargowa odrzuciła je z przyczyn formalnych.

„Wszyscy w klubie wiedzieli, że to się tak skończy. Pytanie było tylko, kiedy” – mówi jeden z naszych rozmówców. Drugi dodaje, że burmistrz „od tygodni nie pojawiał się na spotkaniach klubu”.

Rzecznik urzędu miasta Paweł Drozd nie chciał komentować informacji „Wyborczej”. „Pan burmistrz wystąpi na sesji i wtedy wszystko będzie jasne” – powiedział nam. Sam Wilczewski nie odbierał telefonu.

Jeśli rada stwierdzi wygaśnięcie mandatu, do przedterminowych wyborów miastem będzie zarządzać osoba wyznaczona przez premiera. Wilczewski rządzi 38-tysięcznym Nowym Bielskiem od 2018 r., w 2024 r. wygrał wybory już w pierwszej turze z wynikiem 61 proc.
""",
"01_en.txt": """Mayor of Polish town to resign amid probe into street-lighting tender
Notes from Poland
2027-03-09T13:40:00+01:00

The mayor of Nowy Bielsk, a town of 38,000 people in eastern Poland, will announce his resignation at a city council session on Thursday, as first reported by Gazeta Wyborcza on Tuesday morning.

Marek Wilczewski, who has run the town since 2018, decided to step down as prosecutors investigate a 23 million zloty (€5.3 million) tender to modernise the town's street lighting, the daily wrote, citing two councillors from the ruling coalition who spoke to the newspaper on condition of anonymity.

The contract was won in 2025 by Lumetra, a company from a neighbouring municipality that is co-owned by the mayor's brother-in-law. Two rival bids were up to 4 million zloty cheaper but were rejected by the tender committee on formal grounds.

Wyborcza says it has also seen a draft of the statement that Wilczewski intends to read out at the session. In it, the mayor says he does not want his presence in the town hall "to hinder the clarification of all doubts" and that he is placing himself "at the disposal of the residents".

A spokesman for the town hall declined to comment on the report, telling the newspaper only that the mayor "will speak at the session and then everything will be clear". Wilczewski himself did not answer the paper's calls.

Under Polish law, once a council confirms that a mayor's mandate has expired, the prime minister appoints an acting mayor to run the town until an early election is held. Wilczewski was re-elected in 2024 in the first round with 61% of the vote.
""",
"02_de.txt": """Polnischer Bürgermeister will nach Vorwürfen um Ausschreibung zurücktreten
Frankfurter Allgemeine Zeitung
09.03.2027 17:25

Der Bürgermeister der ostpolnischen Kleinstadt Nowy Bielsk will am Donnerstag seinen Rücktritt erklären. Wie die Tageszeitung „Gazeta Wyborcza“ unter Berufung auf zwei Stadträte der regierenden Koalition berichtet, wird Marek Wilczewski den Schritt in der Sitzung des Stadtrats bekanntgeben. Die beiden Informanten wollten nicht namentlich genannt werden.

Hintergrund sind nach Angaben des Blattes Ermittlungen der Staatsanwaltschaft zu einer Ausschreibung für die Modernisierung der Straßenbeleuchtung im Wert von 23 Millionen Złoty, umgerechnet rund 5,3 Millionen Euro. Den Zuschlag hatte 2025 die Firma Lumetra erhalten, an der ein Schwager des Bürgermeisters beteiligt ist. Zwei günstigere Angebote waren von der Vergabekommission aus formalen Gründen abgelehnt worden.

Ein Sprecher des Rathauses wollte sich gegenüber der Zeitung nicht äußern und verwies auf die Sitzung am Donnerstag. Wilczewski, der die Stadt mit 38.000 Einwohnern seit 2018 regiert, war für das Blatt nicht zu erreichen.

Tritt der Bürgermeister zurück, setzt die Regierung in Warschau bis zu einer vorgezogenen Wahl eine kommissarische Stadtverwaltung ein. Korruptionsvorwürfe gegen Kommunalpolitiker beschäftigen die polnische Justiz regelmäßig; meist geht es um die Vergabe öffentlicher Aufträge an Firmen aus dem Umfeld der Amtsträger.
""",
"03_uk.txt": """Мер польського міста Новий Бєльськ піде у відставку через скандал із тендером
Українська правда
9 березня 2027, 19:02

Бургомістр польського міста Новий Бєльськ Марек Вільчевський у четвер оголосить про відставку на сесії міської ради. Про це пише польська «Газета Виборча» з посиланням на двох депутатів міськради від правлячої коаліції, які побажали залишитися анонімними.

Як зазначає видання, рішення пов'язане з розслідуванням прокуратури щодо тендеру на модернізацію вуличного освітлення вартістю 23 млн злотих (близько 5,3 млн євро). Контракт у 2025 році виграла фірма Lumetra, співвласником якої є шурин бургомістра. Дві інші пропозиції були дешевшими на 4 млн злотих, однак тендерна комісія відхилила їх з формальних причин.

За словами одного з співрозмовників «Виборчої», у фракції «всі знали, що так закінчиться, питання було лише в тому, коли».

Речник міської ради відмовився коментувати інформацію газети, зазначивши лише, що бургомістр «виступить на сесії, і тоді все стане зрозуміло». Сам Вільчевський на дзвінки журналістів не відповідав.

Вільчевський керує 38-тисячним містом на сході Польщі з 2018 року. Якщо міська рада підтвердить припинення його повноважень, до позачергових виборів містом керуватиме особа, яку призначить прем'єр-міністр Польщі.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_en.txt"), ("Gazeta Wyborcza", "02_de.txt"), ("Gazeta Wyborcza", "03_uk.txt")],
[("Nowy Bielsk mayor Marek Wilczewski will announce his resignation at Thursday's city council session.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("Prosecutors are investigating a 23 million zloty street-lighting tender won by a company co-owned by the mayor's brother-in-law.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("In a draft statement the mayor says he does not want his presence in the town hall to hinder clarifying the doubts.",
  ["00_pl.txt", "01_en.txt"], 1)])

# s02: institution-published origin: the Comune di Valdalba's giunta resolution and press note on
# its website. it "Lo si legge nella delibera … pubblicata … sull'albo pretorio online del Comune";
# de "wie aus einem Beschluss der Stadtregierung hervorgeht, den die Gemeinde … auf ihrer Website
# veröffentlicht hat"; es "según un comunicado publicado … en la web municipal"; en (no date line)
# "Corriere della Sera reported …, citing a resolution published by the town council" + "the
# Milan-based daily said" + "As Corriere notes": chain, edge from Corriere della Sera.
story("s02_institution_bus_fares", "institution", {
"00_it.txt": """Valdalba, il biglietto dell'autobus sale a 2,20 euro. Gratis per gli under 14
Corriere della Sera
15 aprile 2027

Dal primo giugno salire su un autobus urbano a Valdalba costerà cinquanta centesimi in più: il biglietto di corsa singola passa da 1,70 a 2,20 euro. Lo si legge nella delibera di giunta numero 47, pubblicata ieri pomeriggio sull'albo pretorio online del Comune insieme a un comunicato che illustra le nuove tariffe.

Secondo il documento, l'abbonamento mensile ordinario salirà da 35 a 42 euro, quello annuale da 310 a 365 euro. Il biglietto giornaliero, molto usato dai turisti, passerà da 5 a 6,50 euro. In compenso i ragazzi sotto i 14 anni residenti in città viaggeranno gratis su tutte le linee urbane, mentre gli over 70 con Isee inferiore a 15 mila euro avranno uno sconto del 50 per cento.

La giunta motiva l'aumento con il buco nei conti di Valdalba Mobilità, la società partecipata che gestisce il servizio, che ha chiuso il 2026 con una perdita di 3,1 milioni di euro, dovuta soprattutto al caro energia e al rinnovo del contratto degli autisti. «Senza questo intervento avremmo dovuto tagliare un terzo delle corse serali», scrive nel comunicato l'assessora alla Mobilità Chiara Bellotti. «Abbiamo scelto di chiedere uno sforzo a chi può permetterselo e di proteggere famiglie e anziani».

Valdalba, 62 mila abitanti, aveva ritoccato le tariffe l'ultima volta nel 2019. La delibera dovrà ora essere ratificata dal consiglio comunale, dove la maggioranza dispone di 21 seggi su 32.
""",
"01_de.txt": """Italienische Stadt Valdalba verteuert Busfahren um fast 30 Prozent
Der Standard
15. April 2027, 10:12 Uhr

Wer in der norditalienischen Stadt Valdalba Bus fährt, muss ab Juni tiefer in die Tasche greifen. Ein Einzelfahrschein kostet künftig 2,20 Euro statt bisher 1,70 Euro, wie aus einem Beschluss der Stadtregierung hervorgeht, den die Gemeinde am Mittwoch auf ihrer Website veröffentlicht hat. Das entspricht einem Plus von rund 29 Prozent.

Auch die Monatskarte wird teurer, sie kostet dann 42 statt 35 Euro, die Jahreskarte 365 statt 310 Euro. Für Urlauber besonders relevant: Das Tagesticket steigt laut dem Beschluss von 5 auf 6,50 Euro.

Begründet wird der Schritt mit einem Verlust von 3,1 Millionen Euro, den der städtische Verkehrsbetrieb Valdalba Mobilità im vergangenen Jahr eingefahren hat. Ohne die Erhöhung hätte man ein Drittel der Abendfahrten streichen müssen, schreibt die zuständige Stadträtin Chiara Bellotti in einer begleitenden Mitteilung der Stadt.

Valdalba mit seinen 62.000 Einwohnern ist auch bei Gästen aus Österreich und Deutschland beliebt, die Altstadt ist für Autos weitgehend gesperrt. Zuletzt waren die Tarife dort 2019 angehoben worden. Endgültig ist die Erhöhung noch nicht: Der Gemeinderat muss dem Beschluss der Stadtregierung noch zustimmen, die Regierungsmehrheit verfügt dort allerdings über 21 von 32 Sitzen.
""",
"02_es.txt": """La ciudad italiana de Valdalba sube el billete de autobús a 2,20 euros y lo hace gratis para los menores de 14 años
El País
15 abr 2027 - 12:30 CEST

El Ayuntamiento de Valdalba, en el norte de Italia, subirá a partir del 1 de junio el billete sencillo de autobús de 1,70 a 2,20 euros, según un comunicado publicado el miércoles en la web municipal. Al mismo tiempo, los menores de 14 años empadronados en la ciudad viajarán gratis en todas las líneas urbanas.

La medida, aprobada por la junta de gobierno local, responde a las pérdidas de 3,1 millones de euros que registró en 2026 la empresa municipal de transporte, Valdalba Mobilità, explica el consistorio en la nota. "Sin esta intervención habríamos tenido que recortar un tercio de los servicios nocturnos", afirma la concejala de Movilidad, Chiara Bellotti, citada en el texto.

El abono mensual pasará de 35 a 42 euros y el anual, de 310 a 365. Los mayores de 70 años con rentas bajas tendrán un descuento del 50%.

Varias ciudades europeas han optado en los últimos años por abaratar o incluso suprimir el precio del transporte público para los más jóvenes, mientras que otras se han visto obligadas a subir tarifas por el encarecimiento de la energía. Valdalba, de 62.000 habitantes, combina ambas cosas.

La subida aún debe ser ratificada por el pleno municipal, donde el gobierno local cuenta con 21 de los 32 concejales.
""",
"03_en.txt": """Bus tickets in Italy's Valdalba to rise to €2.20, but children will ride free
The Local Italy

Residents of Valdalba in northern Italy will pay 50 cents more for a single bus ride from June 1st, Corriere della Sera reported on Thursday, citing a resolution published by the town council.

The price of a single ticket will go up from €1.70 to €2.20, while a monthly pass will cost €42 instead of €35, the Milan-based daily said. Children under 14 who are registered as residents will be able to travel for free on all urban routes, and residents over 70 on low incomes will get a 50 percent discount.

The town council blamed the increase on a €3.1 million loss posted last year by Valdalba Mobilità, the publicly owned company that runs the buses, according to the newspaper. Without the rise, a third of evening services would have had to be cut, the councillor in charge of transport was quoted as saying.

As Corriere notes, Valdalba last raised its fares in 2019. The resolution still has to be approved by the full municipal council, where the ruling majority holds 21 of the 32 seats.

Public transport fares in Italy are set by local authorities and can vary considerably from one city to the next, so it is worth checking the local operator's website before you travel.
""",
}, [("Comune di Valdalba", False)],
[("Comune di Valdalba", "00_it.txt"), ("Comune di Valdalba", "01_de.txt"), ("Comune di Valdalba", "02_es.txt"),
 ("Corriere della Sera", "03_en.txt")],
[("Valdalba will raise the single bus ticket from 1.70 to 2.20 euros from 1 June.",
  ["00_it.txt", "01_de.txt", "02_es.txt", "03_en.txt"], 1),
 ("Children under 14 resident in Valdalba will travel free on urban bus lines.",
  ["00_it.txt", "02_es.txt", "03_en.txt"], 1)])

# s03: outside wire agency EFE, citing sources in the investigation (the anonymous sources belong
# to EFE). es "según ha informado la agencia EFE" + "fuentes de la investigación citadas por Efe";
# en "the Spanish news agency EFE reported" + "EFE said, citing sources close to the
# investigation" + "according to the agency"; it "Lo riferisce l'agenzia spagnola Efe" +
# "secondo fonti investigative citate dall'agenzia"; uk (no date line) "повідомляє іспанська
# агенція EFE з посиланням на джерела в слідстві" + "За даними агенції".
story("s03_agency_city_hall_raid", "agency", {
"00_es.txt": """Detenido el alcalde de Villanueva del Alcor en una operación contra el amaño del contrato de limpieza
El Mundo
03/06/2027 11:48

Agentes de la Guardia Civil han detenido este jueves al alcalde de Villanueva del Alcor, Rafael Montoya, y al concejal de Hacienda del municipio, Luis Carrasco, en el marco de una investigación por el presunto amaño del contrato de limpieza viaria y recogida de basuras, valorado en 4,8 millones de euros, según ha informado la agencia EFE.

Los agentes registraron desde primera hora de la mañana las dependencias del ayuntamiento y se llevaron varias cajas de documentación y los ordenadores del área de Contratación, según fuentes de la investigación citadas por Efe. También fue arrestado el administrador de la empresa adjudicataria, Limpiezas Alcor Sur, en cuyo domicilio se intervinieron unos 60.000 euros en efectivo, añaden las mismas fuentes.

Los investigadores sospechan que el pliego de condiciones se redactó "a la medida" de la empresa, que resultó ser la única que se presentó al concurso en 2024. El juzgado que instruye la causa ha decretado el secreto de las actuaciones, de modo que se desconocen por ahora los delitos concretos que se imputan a los detenidos.

Montoya gobierna con mayoría absoluta este municipio andaluz de 11.000 habitantes desde 2019. A mediodía no había hecho declaraciones, y el ayuntamiento permanecía cerrado al público, con varios vehículos de la Guardia Civil estacionados frente a la puerta principal.
""",
"01_en.txt": """Spanish mayor arrested in inquiry into rigged rubbish collection contract
The Guardian
Thu 3 Jun 2027 16.05 BST

Spanish police have arrested the mayor of a small Andalusian town and one of his councillors in an investigation into the alleged rigging of a €4.8m street cleaning and rubbish collection contract, the Spanish news agency EFE reported.

Officers from the Guardia Civil searched the town hall of Villanueva del Alcor on Thursday morning and detained Rafael Montoya, the town's mayor since 2019, along with Luis Carrasco, the councillor responsible for finances, EFE said, citing sources close to the investigation.

The director of Limpiezas Alcor Sur, the company that won the contract, was also arrested. About €60,000 in cash was found at his home, according to the agency.

Investigators suspect that the tender documents were drawn up to suit the company, which was the only bidder when the contract was put out in 2024, the sources told EFE. A judge has placed the case under secrecy, meaning the specific charges against the three men have not been made public.

Montoya's party holds an absolute majority on the council of the town, which has about 11,000 inhabitants. He had not commented by midday.

Spain has seen a long series of corruption cases involving local councils, many of them linked to planning decisions and public contracts awarded by town halls.
""",
"02_it.txt": """Spagna, arrestato un sindaco andaluso: «Appalto delle pulizie su misura»
la Repubblica
3 giugno 2027 alle 18:20

Il sindaco di Villanueva del Alcor, cittadina andalusa di 11 mila abitanti, è stato arrestato giovedì mattina dalla Guardia Civil insieme all'assessore al Bilancio. Lo riferisce l'agenzia spagnola Efe. Al centro dell'inchiesta c'è l'appalto da 4,8 milioni di euro per la pulizia delle strade e la raccolta dei rifiuti.

Secondo fonti investigative citate dall'agenzia, gli agenti hanno perquisito il municipio fin dalle prime ore del mattino, portando via documenti e computer dell'ufficio contratti. In manette è finito anche l'amministratore della società che si era aggiudicata l'appalto, la Limpiezas Alcor Sur: nella sua abitazione sono stati trovati circa 60 mila euro in contanti.

Gli inquirenti ritengono che il bando fosse stato scritto «su misura» per l'azienda, unica partecipante alla gara del 2024. Il giudice ha disposto il segreto istruttorio, scrive ancora l'Efe, e i reati contestati al sindaco Rafael Montoya e all'assessore Luis Carrasco non sono stati resi noti.

Montoya guida il comune dal 2019 con la maggioranza assoluta. Non ha finora rilasciato dichiarazioni.
""",
"03_uk.txt": """В Іспанії затримали мера містечка через підозру у змові на тендері з прибирання вулиць
Укрінформ

В іспанському містечку Вільянуева-дель-Алькор в Андалусії співробітники Цивільної гвардії затримали мера Рафаеля Монтою та міського радника з фінансів Луїса Карраско. Про це повідомляє іспанська агенція EFE з посиланням на джерела в слідстві.

За даними агенції, затримання пов'язане з розслідуванням можливої змови під час укладення контракту на прибирання вулиць і вивезення сміття вартістю 4,8 млн євро. Слідчі підозрюють, що умови тендеру 2024 року були прописані «під конкретну фірму» – компанію Limpiezas Alcor Sur, яка виявилася єдиним учасником торгів. Керівника цієї компанії також затримали.

У четвер зранку правоохоронці провели обшуки в будівлі мерії та вилучили документи й комп'ютери. Суд засекретив матеріали справи, тож конкретні обвинувачення поки не оприлюднені, зазначає EFE.

Монтоя очолює 11-тисячне містечко з 2019 року, його партія має абсолютну більшість у місцевій раді. Коментарів від мера поки не надходило.
""",
}, [("EFE", False)],
[("EFE", "00_es.txt"), ("EFE", "01_en.txt"), ("EFE", "02_it.txt"), ("EFE", "03_uk.txt")],
[("The mayor of Villanueva del Alcor was arrested in a probe into a 4.8 million euro street-cleaning and rubbish contract.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_uk.txt"], 1),
 ("About 60,000 euros in cash were found at the home of the head of the contractor.",
  ["00_es.txt", "01_en.txt", "02_it.txt"], 1)])

# s04: chain uk -> en -> ru, pl. Суспільне's own report (its correspondent at the council session;
# the transport company director and a councillor spoke to Suspilne). en "public broadcaster
# Suspilne reported" + "told Suspilne": edge from Суспільне. ru "сообщает англоязычное издание The
# Kyiv Independent со ссылкой на общественный вещатель «Суспільне»" + "По данным издания"; pl "Jak
# podaje anglojęzyczny portal The Kyiv Independent, powołując się na … Suspilne" + "Według portalu":
# both get one edge from The Kyiv Independent (credit to the in-corpus intermediate).
story("s04_chain_tram_fare", "chain", {
"00_uk.txt": """У Новоозерську проїзд у трамваях і тролейбусах подорожчає майже вдвічі – до 15 гривень
Суспільне
08.07.2027 14:20

Новоозерська міська рада на сесії в четвер ухвалила рішення про підвищення вартості проїзду в міському електротранспорті з 8 до 15 гривень. Нові тарифи запрацюють з 1 серпня. Кореспондентка Суспільного була присутня на засіданні.

За рішення проголосували 41 депутат із 64, ще 12 були проти, решта не голосували. Обговорення тривало понад дві години: частина депутатів пропонувала підвищувати тариф поступово, у два етапи, однак ця пропозиція не набрала потрібної кількості голосів.

Директор комунального підприємства «Новоозерськелектротранс» Віктор Ляшенко розповів Суспільному, що борг підприємства перед постачальником електроенергії сягнув 97 мільйонів гривень. «Ми вісім років не переглядали тариф. Економічно обґрунтована вартість поїздки зараз – 19 гривень, тож навіть 15 гривень не покривають усіх витрат», – сказав він.

Школярі та студенти платитимуть 7 гривень, для пенсіонерів і військових пільги зберігаються. Депутатка Ірина Савчук, яка голосувала проти, в коментарі Суспільному назвала рішення «ударом по тих, хто щодня їздить на роботу». За її словами, спершу треба було провести аудит підприємства.

У Новоозерську курсують 11 трамвайних і 7 тролейбусних маршрутів, щодня ними користуються близько 140 тисяч пасажирів.
""",
"01_en.txt": """Novoozersk nearly doubles tram and trolleybus fares amid utility debt
The Kyiv Independent
July 8, 2027 9:05 PM

The city council of Novoozersk voted on July 8 to raise the fare for trams and trolleybuses from 8 to 15 hryvnias ($0.36) starting Aug. 1, public broadcaster Suspilne reported.

According to Suspilne, whose correspondent attended the session, 41 of the council's 64 members backed the decision, while 12 voted against. A proposal to raise the fare in two stages was rejected.

Viktor Liashenko, head of the municipal company Novoozerskelektrotrans, told Suspilne that the company owes 97 million hryvnias to its electricity supplier. He said the fare had not been revised in eight years and that the economically justified price of a ride was now 19 hryvnias.

Schoolchildren and students will pay 7 hryvnias, while existing benefits for pensioners and military personnel remain in place.

Local councillor Iryna Savchuk, who voted against, called the move "a blow to those who commute to work every day," the broadcaster reported.

Municipal transport companies across Ukraine have struggled with rising energy costs and staff shortages since the start of Russia's full-scale invasion, and several cities have raised fares over the past two years.
""",
"02_ru.txt": """В украинском Новоозерске проезд в трамвае подорожал почти вдвое
Новая газета Европа
9 июля 2027, 10:40

Городской совет украинского Новоозерска проголосовал за повышение стоимости проезда в трамваях и троллейбусах с 8 до 15 гривен. Новые тарифы начнут действовать с 1 августа. Об этом сообщает англоязычное издание The Kyiv Independent со ссылкой на общественный вещатель «Суспільне».

По данным издания, решение поддержал 41 депутат из 64. Предложение повышать тариф постепенно, в два этапа, не прошло.

Директор коммунального предприятия «Новоозерскэлектротранс» Виктор Ляшенко объяснил повышение долгами: предприятие задолжало поставщику электроэнергии 97 млн гривен, а экономически обоснованная цена поездки, по его словам, составляет 19 гривен. Тариф не пересматривали восемь лет.

Для школьников и студентов проезд будет стоить 7 гривен. Депутат горсовета Ирина Савчук, голосовавшая против, назвала решение «ударом по тем, кто каждый день ездит на работу», пишет The Kyiv Independent.

Украинские коммунальные перевозчики с начала полномасштабного вторжения России столкнулись с ростом цен на электроэнергию и нехваткой водителей.
""",
"03_pl.txt": """Ukraina: w Nowoozersku bilet na tramwaj podrożeje prawie dwukrotnie
Onet
09.07.2027, 12:15

Rada miejska ukraińskiego Nowoozerska zdecydowała o podwyżce cen biletów w tramwajach i trolejbusach z 8 do 15 hrywien. Jak podaje anglojęzyczny portal The Kyiv Independent, powołując się na ukraińskiego nadawcę publicznego Suspilne, nowe stawki zaczną obowiązywać od 1 sierpnia.

Za uchwałą głosowało 41 z 64 radnych. Według portalu miejska spółka transportowa tłumaczy podwyżkę rosnącymi kosztami energii i zadłużeniem – taryfy nie zmieniano od ośmiu lat. Uczniowie i studenci zapłacą za przejazd 7 hrywien, zachowane zostaną też ulgi dla emerytów i wojskowych.

Przeciwko podwyżce protestowała część radnych, którzy proponowali rozłożenie jej na dwa etapy. Ich wniosek przepadł w głosowaniu.

15 hrywien to w przeliczeniu około 1,40 zł. Dla porównania w wielu polskich miastach jednorazowy bilet kosztuje od 4 do 5 zł, jednak przeciętne wynagrodzenie na Ukrainie jest kilkukrotnie niższe niż w Polsce. Ukraińskie samorządy od początku pełnoskalowej inwazji Rosji borykają się z rosnącymi kosztami utrzymania komunikacji miejskiej.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_en.txt"), ("The Kyiv Independent", "02_ru.txt"), ("The Kyiv Independent", "03_pl.txt")],
[("Novoozersk city council raised the tram and trolleybus fare from 8 to 15 hryvnias from 1 August.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"], 1),
 ("The municipal transport company owes 97 million hryvnias to its electricity supplier.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# s05: Süddeutsche Zeitung's own report from the council chamber ("Die SZ war bei der Sitzung
# dabei", "sagte Reindl … dieser Zeitung"). it: uncredited close Italian translation published the
# next morning, keeping "ha detto … a questo giornale": edge from Süddeutsche Zeitung, no origin
# of its own. pl "Jak podała niemiecka „Süddeutsche Zeitung”, której reporter był na sesji"
# + "relacjonuje monachijski dziennik" + "powiedział Reindl „SZ”"; es "según relata el diario
# muniqués Süddeutsche Zeitung" + "declaró Reindl al rotativo".
story("s05_translation_mayor_quits_budget", "translation", {
"00_de.txt": """Hollerbach: Bürgermeister Reindl tritt nach Haushaltsdebakel zurück
Süddeutsche Zeitung
21. September 2027, 22:47 Uhr

Mit einem solchen Abend hatte im Hollerbacher Stadtrat niemand gerechnet. Nach einer mehr als dreistündigen Haushaltsdebatte hat Erster Bürgermeister Klaus Reindl (parteilos) am Dienstag seinen Rücktritt erklärt. Die SZ war bei der Sitzung im Rathaus dabei.

Zuvor hatte Stadtkämmerer Jürgen Maidl den Stadträten eine Lücke von 14,2 Millionen Euro im Entwurf für den Haushalt 2028 präsentiert. Hauptgründe sind die Kosten für das neue Hallenbad, die von geplanten 18 auf inzwischen 29 Millionen Euro gestiegen sind, sowie der Einbruch der Gewerbesteuer, nachdem der größte Arbeitgeber der Stadt, der Kunststoffhersteller Innwerk, seine Produktion nach Tschechien verlagert hat.

„Ich habe das Hallenbad gewollt, ich habe es gegen alle Bedenken durchgesetzt. Dafür übernehme ich jetzt die politische Verantwortung“, sagte Reindl nach der Sitzung dieser Zeitung. Seinen Rücktritt werde er am Mittwoch schriftlich einreichen.

Im Saal war es nach Reindls Erklärung minutenlang still. Die Zweite Bürgermeisterin Monika Gruber, die die Amtsgeschäfte bis zu einer Neuwahl führen soll, sprach von einem „schwarzen Tag für Hollerbach“. Die Neuwahl muss innerhalb von drei Monaten stattfinden.

Reindl war 2014 erstmals gewählt und 2020 sowie 2026 im Amt bestätigt worden. Die Stadt am Inn mit 9.800 Einwohnern gilt seit Jahren als finanziell angeschlagen, bereits 2025 musste sie die Grundsteuer erhöhen.
""",
"01_it.txt": """Hollerbach, il sindaco Reindl si dimette dopo il disastro del bilancio
Alto Adige
22/09/2027 07:30

Una serata così, nel consiglio comunale di Hollerbach, non se l'aspettava nessuno. Dopo un dibattito sul bilancio durato più di tre ore, il sindaco della cittadina bavarese Klaus Reindl (indipendente) ha annunciato martedì le proprie dimissioni.

Poco prima il responsabile delle finanze comunali Jürgen Maidl aveva presentato ai consiglieri un buco di 14,2 milioni di euro nella bozza del bilancio 2028. Le cause principali sono i costi della nuova piscina coperta, saliti dai 18 milioni previsti agli attuali 29, e il crollo delle entrate dall'imposta sulle attività produttive, dopo che il principale datore di lavoro della città, il produttore di materie plastiche Innwerk, ha trasferito la produzione in Repubblica Ceca.

«La piscina l'ho voluta io, l'ho imposta contro tutti i dubbi. Per questo ora mi assumo la responsabilità politica», ha detto Reindl dopo la seduta a questo giornale. Le dimissioni saranno presentate per iscritto mercoledì.

Dopo la dichiarazione di Reindl in aula è calato per minuti il silenzio. La vicesindaca Monika Gruber, che guiderà il comune fino alle nuove elezioni, ha parlato di una «giornata nera per Hollerbach». Le elezioni dovranno tenersi entro tre mesi.

Reindl era stato eletto per la prima volta nel 2014 e riconfermato nel 2020 e nel 2026. La cittadina sull'Inn, 9.800 abitanti, è da anni in difficoltà finanziarie: già nel 2025 aveva dovuto aumentare l'imposta sugli immobili.
""",
"02_pl.txt": """Niemcy: burmistrz Hollerbach podał się do dymisji po odkryciu dziury w budżecie
Rzeczpospolita
22 września 2027

Burmistrz bawarskiego miasteczka Hollerbach Klaus Reindl podał się do dymisji w trakcie wtorkowej sesji rady miasta. Jak podała niemiecka „Süddeutsche Zeitung”, której reporter był obecny na sesji, decyzja zapadła po ponad trzygodzinnej debacie budżetowej.

Skarbnik miasta przedstawił radnym projekt budżetu na 2028 r., w którym brakuje 14,2 mln euro. Jak relacjonuje monachijski dziennik, największym problemem okazała się budowa krytej pływalni: jej koszt wzrósł z planowanych 18 do 29 mln euro. Do tego doszedł spadek wpływów z podatku od działalności gospodarczej po tym, jak największy pracodawca w mieście przeniósł produkcję do Czech.

„Chciałem tego basenu i przeforsowałem go wbrew wszystkim wątpliwościom. Dlatego teraz biorę na siebie polityczną odpowiedzialność” – powiedział Reindl „SZ” po zakończeniu obrad.

Do czasu nowych wyborów, które muszą się odbyć w ciągu trzech miesięcy, miastem pokieruje zastępczyni burmistrza Monika Gruber. Hollerbach liczy 9,8 tys. mieszkańców i od lat zmaga się z problemami finansowymi.
""",
"03_es.txt": """Dimite el alcalde de una localidad bávara tras descubrirse un agujero de 14 millones en el presupuesto
La Vanguardia
22 de septiembre de 2027, 16:05

El alcalde de Hollerbach, una pequeña ciudad de Baviera de 9.800 habitantes, presentó el martes su dimisión en plena sesión del consejo municipal, después de que el responsable de Hacienda revelara un agujero de 14,2 millones de euros en el proyecto de presupuesto para 2028, según relata el diario muniqués Süddeutsche Zeitung, que tenía un reportero en la sala.

El principal motivo del descuadre es la nueva piscina cubierta, cuyo coste se ha disparado de los 18 millones previstos a 29 millones. A ello se suma la caída de la recaudación del impuesto sobre actividades económicas tras la marcha a la República Checa de la mayor empresa de la localidad.

"Yo quise la piscina y la impuse frente a todas las dudas. Por eso asumo ahora la responsabilidad política", declaró Klaus Reindl, independiente, al rotativo tras la sesión. El dimisionario, que gobernaba el municipio desde 2014, entregará su renuncia por escrito el miércoles.

La teniente de alcalde Monika Gruber asumirá el cargo en funciones hasta las nuevas elecciones, que deberán celebrarse en un plazo de tres meses.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_it.txt"), ("Süddeutsche Zeitung", "02_pl.txt"), ("Süddeutsche Zeitung", "03_es.txt")],
[("Hollerbach mayor Klaus Reindl announced his resignation during the council's budget session.",
  ["00_de.txt", "01_it.txt", "02_pl.txt", "03_es.txt"], 1),
 ("The draft 2028 budget has a 14.2 million euro gap, driven by the indoor pool's costs rising from 18 to 29 million euros.",
  ["00_de.txt", "01_it.txt", "02_pl.txt", "03_es.txt"], 1)])

# s06: Коммерсантъ's own scoop (two anonymous law-enforcement sources belong to it: "Как стало
# известно «Коммерсанту»", "рассказали «Ъ»"); РБК relays it ("сообщил «Коммерсантъ» со ссылкой
# на") and adds its own confirmation ("Источник РБК … подтвердил", "сказал собеседник РБК"): edge
# from Коммерсантъ and РБК becomes an in-corpus origin. uk "пише російська газета «Коммерсант» з
# посиланням на" + "За даними «Коммерсанта»" + "Як зазначає видання": edge from Коммерсантъ only.
# de "Das berichtet die Moskauer Wirtschaftszeitung „Kommersant“ unter Berufung auf" + "Das
# Wirtschaftsportal RBK bestätigte die Festnahme unter Berufung auf eine eigene Quelle": two edges.
story("s06_confirmation_mayor_detained", "confirmation", {
"00_ru.txt": """Главу Светлореченска задержали по делу о взятке
Коммерсантъ
14.10.2027, 07:00

Как стало известно «Коммерсанту», в среду вечером сотрудники ФСБ задержали главу Светлореченска Игоря Баранцева. Его подозревают в получении взятки в особо крупном размере — 12 млн руб. Об этом «Ъ» рассказали два источника в правоохранительных органах.

По словам собеседников «Ъ», деньги мэр якобы получил от владельца компании «Дорстройпроект» Сергея Кулагина за победу в конкурсе на ремонт городских дорог. Контракт на 340 млн руб. фирма получила в марте, других участников у торгов не было. Последнюю часть суммы, по данным источников, чиновнику передали под контролем оперативников в его загородном доме. Сам Кулагин, как утверждают собеседники издания, сотрудничает со следствием.

Уголовное дело возбуждено по ч. 6 ст. 290 УК РФ (получение взятки в особо крупном размере), максимальное наказание по этой статье — до 15 лет лишения свободы.

В администрации Светлореченска на запрос «Ъ» не ответили, телефон пресс-секретаря мэра был выключен.

Игорь Баранцев возглавляет 180-тысячный город с 2021 года, до этого он восемь лет руководил городским управлением ЖКХ. В прошлом году контрольно-счетная палата региона указывала на нарушения при заключении дорожных контрактов в Светлореченске, однако тогда до уголовного дела не дошло.
""",
"01_ru.txt": """СМИ сообщили о задержании мэра Светлореченска
РБК
14 октября 2027, 10:15

В Светлореченске задержан глава города Игорь Баранцев, его подозревают в получении взятки в размере 12 млн руб. Об этом сообщил «Коммерсантъ» со ссылкой на источники в правоохранительных органах.

Источник РБК в силовых структурах подтвердил задержание мэра. По его словам, уже в четверг районный суд рассмотрит ходатайство следствия об аресте Баранцева. «Следствие будет настаивать на заключении под стражу, фигурант дела может повлиять на свидетелей», — сказал собеседник РБК.

По данным газеты, взятку мэру передал предприниматель, компания которого выполняет муниципальные заказы. Задержание, как уточняет издание, прошло в среду вечером.

РБК направил запросы в администрацию Светлореченска и в региональное управление ФСБ.

Баранцев руководит городом с 2021 года. В 2023 году он представил городскую программу «Прозрачные закупки» и не раз заявлял о «нулевой терпимости» к коррупции в мэрии. Обязанности главы на время расследования, согласно уставу города, будет исполнять первый заместитель мэра.
""",
"02_uk.txt": """У Росії затримали мера Світлорєченська за підозрою в отриманні хабаря
Дзеркало тижня
14 жовтня 2027 12:30

У російському місті Світлорєченськ співробітники ФСБ затримали мера Ігоря Баранцева. Його підозрюють в отриманні хабаря у розмірі 12 млн рублів. Про це пише російська газета «Коммерсант» з посиланням на два джерела в силових структурах.

За даними «Коммерсанта», гроші мер нібито отримав від власника компанії «Дорстройпроект» за перемогу в конкурсі на ремонт міських доріг. Контракт вартістю 340 млн рублів фірма отримала в березні, інших учасників торгів не було.

Як зазначає видання, останню частину суми чиновникові передали під контролем оперативників. Бізнесмен, який дав хабар, за інформацією газети, співпрацює зі слідством.

Баранцеву загрожує до 15 років позбавлення волі. Він очолює 180-тисячне місто з 2021 року.

Гучні затримання місцевих чиновників за корупційними статтями в Росії відбуваються регулярно. Незалежні експерти пов'язують їх не лише з боротьбою з корупцією, а й з переділом впливу між регіональними групами.
""",
"03_de.txt": """Russischer Bürgermeister wegen Bestechungsverdachts festgenommen
Der Spiegel
Thu, 14 Oct 2027 15:02:00 +0200

In Russland ist der Bürgermeister der Stadt Swetloretschensk festgenommen worden. Igor Baranzew soll Bestechungsgeld in Höhe von zwölf Millionen Rubel, umgerechnet rund 130.000 Euro, angenommen haben. Das berichtet die Moskauer Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Quellen in den Sicherheitsbehörden. Demnach erfolgte die Festnahme durch den Inlandsgeheimdienst FSB bereits am Mittwochabend.

Das Wirtschaftsportal RBK bestätigte die Festnahme unter Berufung auf eine eigene Quelle. Das Geld soll laut „Kommersant“ von einem Bauunternehmer stammen, der von der Stadtverwaltung Aufträge erhalten hatte.

Baranzew regiert die Stadt mit rund 180.000 Einwohnern seit 2021. Bei einer Verurteilung drohen ihm bis zu 15 Jahre Haft.

Festnahmen von Bürgermeistern und Gouverneuren wegen Korruptionsvorwürfen sind in Russland keine Seltenheit. Kritiker sehen darin allerdings oft auch ein Instrument in Machtkämpfen zwischen regionalen Eliten und der Zentralregierung in Moskau. Die Stadtverwaltung von Swetloretschensk äußerte sich zunächst nicht zu dem Fall.
""",
}, [("Коммерсантъ", True), ("РБК", True)],
[("Коммерсантъ", "01_ru.txt"), ("Коммерсантъ", "02_uk.txt"), ("Коммерсантъ", "03_de.txt"), ("РБК", "03_de.txt")],
[("Svetlorechensk mayor Igor Barantsev was detained on suspicion of taking a 12 million ruble bribe.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt"], 2),
 ("The bribe was allegedly paid for winning a 340 million ruble road-repair contract.",
  ["00_ru.txt", "02_uk.txt"], 1),
 ("A court will consider the investigators' request to arrest the mayor on Thursday.",
  ["01_ru.txt"], 1)])

# s07: outside origin = the mayor's own Telegram post, taken directly by all four. uk "Про це вона
# написала у своєму Telegram-каналі" + "йдеться в дописі"; ru (no outlet line) "Об этом она
# написала в своем Telegram-канале" + "говорится в ее сообщении"; en "Hnatiuk wrote on her
# Telegram channel" + "she said in the post"; it "ha annunciato con un post sul suo canale
# Telegram" + "scrive la sindaca".
story("s07_post_mayor_telegram", "post", {
"00_uk.txt": """Міська голова Старокам'янська Олена Гнатюк оголосила про відставку
Громадське
5 листопада 2027, 20:41

Міська голова Старокам'янська Олена Гнатюк заявила, що складає повноваження. Про це вона написала у своєму Telegram-каналі у п'ятницю ввечері.

«Я не можу відповідати за місто, коли більшість у раді третій місяць блокує бюджет і зриває підготовку до опалювального сезону. Наступного тижня я подам заяву на сесії», — йдеться в дописі.

За словами Гнатюк, із серпня 23 депутати з 42 чотири рази провалили голосування за зміни до міського бюджету. Через це місто не може розрахуватися з підрядниками за ремонт двох котелень, і в частині мікрорайонів опалення досі не дали.

«Я не буду торгуватися посадами заради голосів. Нехай мешканці побачать, хто насправді відповідає за холодні батареї», — написала міська голова.

Гнатюк очолює Старокам'янськ із 2020 року. Через воєнний стан місцеві вибори в Україні не проводяться, тож після дострокового припинення її повноважень обов'язки міського голови виконуватиме секретар міської ради.
""",
"01_ru.txt": """Мэр украинского Старокаменска Елена Гнатюк объявила об отставке
05.11.2027 21:14

Мэр украинского города Старокаменск Елена Гнатюк объявила, что уходит в отставку. Об этом она написала в своем Telegram-канале в пятницу вечером.

«Я не могу отвечать за город, когда большинство в совете третий месяц блокирует бюджет и срывает подготовку к отопительному сезону», — говорится в ее сообщении. Заявление об отставке Гнатюк намерена подать на сессии горсовета на следующей неделе.

По словам мэра, с августа 23 из 42 депутатов четыре раза проваливали голосование по изменениям в городской бюджет. Из-за этого город не может рассчитаться с подрядчиками за ремонт двух котельных, и в некоторых микрорайонах до сих пор нет отопления.

«Я не буду торговать должностями ради голосов», — добавила Гнатюк.

Она возглавляет город с 2020 года. Местные выборы в Украине во время военного положения не проводятся, поэтому после отставки мэра его обязанности переходят к секретарю городского совета.
""",
"02_en.txt": """Starokamiansk mayor says she will resign, blames council for blocking budget
Kyiv Post
2027-11-06 09:30

Olena Hnatiuk, the mayor of Starokamiansk, announced on Nov. 5 that she will step down, accusing a majority of city council members of blocking the city's budget for three months.

"I cannot be responsible for the city when the majority in the council has been blocking the budget for the third month and disrupting preparations for the heating season," Hnatiuk wrote on her Telegram channel on Friday evening. She said she would submit her resignation at a council session next week.

According to the mayor, 23 of the council's 42 members have voted down amendments to the city budget four times since August, leaving the city unable to pay contractors for repairs to two boiler houses. Some neighborhoods still have no heating, she said in the post.

"I will not trade posts for votes," Hnatiuk added.

Hnatiuk has led Starokamiansk since 2020. Because local elections cannot be held in Ukraine under martial law, the secretary of the city council will take over the mayor's duties once her powers are terminated.
""",
"03_it.txt": """Ucraina, la sindaca di Starokamiansk si dimette: «Il consiglio blocca il bilancio»
Il Fatto Quotidiano
6 novembre 2027

«Non posso essere responsabile della città mentre la maggioranza del consiglio blocca il bilancio e sabota la preparazione alla stagione del riscaldamento». Con un post sul suo canale Telegram, venerdì sera, la sindaca della città ucraina di Starokamiansk, Olena Hnatiuk, ha annunciato le sue dimissioni.

La lettera, scrive la sindaca, sarà presentata la prossima settimana durante la seduta del consiglio comunale. Hnatiuk accusa i consiglieri di aver fatto mancare i voti necessari per pagare le ditte che stanno riparando due centrali termiche: in alcuni quartieri i termosifoni sono ancora freddi, mentre le temperature notturne scendono già sotto lo zero.

«Non farò mercato delle poltrone in cambio di voti», aggiunge nel messaggio.

Hnatiuk guida la città dal 2020. Con la legge marziale in vigore in Ucraina non si possono tenere elezioni locali: dopo le dimissioni le funzioni di sindaco passeranno al segretario del consiglio comunale.
""",
}, [("Olena Hnatiuk", False)],
[("Olena Hnatiuk", "00_uk.txt"), ("Olena Hnatiuk", "01_ru.txt"), ("Olena Hnatiuk", "02_en.txt"), ("Olena Hnatiuk", "03_it.txt")],
[("Starokamiansk mayor Olena Hnatiuk announced she will resign and submit her resignation at next week's council session.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_it.txt"], 1),
 ("According to the mayor, 23 of 42 councillors have voted down budget amendments four times since August.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt"], 1)])

# s08: two independent own reports on the same budget gap: TVN24 (its reporter's interview with
# the city treasurer, Wednesday evening) and Rzeczpospolita (a draft budget resolution the paper
# obtained, Thursday morning; neither credits the other). en "Rzeczpospolita, which obtained a
# draft …, and the broadcaster TVN24 reported" + "told TVN24": two edges. de "berichtet der
# polnische Nachrichtensender TVN24" + "sagte … dem Sender": edge from TVN24. es (no outlet line,
# no date line) "según el diario polaco Rzeczpospolita" + "añade el periódico": edge from
# Rzeczpospolita.
story("s08_independent_budget_gap", "independent", {
"00_pl.txt": """Radomierz ma 180 mln zł dziury w budżecie. Skarbniczka: bilety muszą zdrożeć
TVN24
1 grudnia 2027, 21:35

W przyszłorocznym budżecie Radomierza brakuje 180 mln zł. Skarbniczka miasta Elżbieta Sowa przyznała w rozmowie z reporterem TVN24, że ratusz nie jest w stanie domknąć budżetu bez podwyżek i cięć.

„Nie będę owijać w bawełnę. Dochody z PIT są niższe, niż zakładaliśmy, a koszty energii i wynagrodzeń rosną szybciej niż kiedykolwiek. Te pieniądze trzeba skądś wziąć” – mówiła Sowa.

Jak usłyszał nasz reporter, jednym z pomysłów jest podwyżka cen biletów komunikacji miejskiej. Bilet jednorazowy 75-minutowy miałby od 1 marca kosztować 5,40 zł zamiast 4,60 zł. „To nie jest decyzja, którą podejmujemy z lekkim sercem, ale komunikacja to dziś ponad 300 mln zł wydatków rocznie” – tłumaczyła skarbniczka.

Radni opozycji, z którymi rozmawialiśmy, zapowiadają, że nie poprą podwyżek. „Miasto przez lata wydawało na prestiżowe inwestycje, a teraz rachunek mają zapłacić pasażerowie” – mówi radny Tomasz Kępa.

Projekt budżetu na 2028 r. prezydent miasta musi przedstawić radzie do połowy grudnia. Radomierz liczy ok. 240 tys. mieszkańców.
""",
"01_pl.txt": """Radomierz tnie nocne tramwaje. W budżecie miasta brakuje 180 mln zł
Rzeczpospolita
02.12.2027 06:00

Radomierz zawiesi od lutego wszystkie cztery nocne linie tramwajowe i wstrzyma budowę mostu Piastowskiego – wynika z projektu uchwały budżetowej na 2028 r., do którego dotarła „Rzeczpospolita”. Luka między dochodami a wydatkami sięga w nim 180 mln zł.

Według dokumentu linie N1–N4 przestaną kursować 1 lutego, co ma dać oszczędność ok. 9 mln zł rocznie. Budowa mostu, wycenianego na 260 mln zł, zostanie przesunięta „do czasu pozyskania środków zewnętrznych”. Miasto planuje też zaciągnąć 95 mln zł nowego kredytu.

Autorzy projektu jako główne przyczyny problemów wskazują spadek wpływów z udziału w podatku PIT oraz rosnące koszty obsługi zadłużenia. Dług Radomierza sięga już 1,1 mld zł, czyli ok. 68 proc. dochodów.

Biuro prasowe ratusza potwierdziło „Rz”, że projekt budżetu jest przygotowywany, zastrzegając, że „ostateczny kształt dokumentu nie jest jeszcze przesądzony”.

Rada miasta ma głosować nad budżetem pod koniec stycznia. Radomierz liczy ok. 240 tys. mieszkańców i jest jednym z większych miast w regionie.
""",
"02_en.txt": """Polish city of Radomierz faces 180 million zloty budget gap
Notes from Poland
2027-12-02T16:10:00Z

The city of Radomierz in Poland has a shortfall of 180 million zloty (€41.5 million) in its draft budget for next year, the daily Rzeczpospolita, which obtained a draft of the budget resolution, and the broadcaster TVN24 reported on Wednesday and Thursday.

The city's treasurer, Elżbieta Sowa, told TVN24 that the town hall could not balance next year's budget without "increases and cuts". She blamed lower-than-expected income tax revenues and rising energy and wage costs.

According to Rzeczpospolita, Radomierz's debt already stands at 1.1 billion zloty, or around 68% of its annual revenues, and the city plans to take out a further 95 million zloty loan.

Polish local governments have complained for several years that changes to the income tax system have reduced their revenues, while their spending obligations have grown.

The mayor must present the draft budget to the city council by mid-December. Radomierz has around 240,000 inhabitants.
""",
"03_de.txt": """Polnische Großstadt Radomierz will Fahrpreise deutlich erhöhen
Deutsche Welle
2. Dezember 2027

Der polnischen Stadt Radomierz fehlen im Haushalt für das kommende Jahr 180 Millionen Złoty, umgerechnet gut 41 Millionen Euro. Das berichtet der polnische Nachrichtensender TVN24. Um die Lücke zu schließen, sollen unter anderem die Fahrscheine im Nahverkehr teurer werden.

Ein Einzelticket, das 75 Minuten gilt, soll ab dem 1. März 5,40 Złoty statt bisher 4,60 Złoty kosten. „Das ist keine Entscheidung, die wir leichten Herzens treffen“, sagte die Stadtkämmerin Elżbieta Sowa dem Sender. Der öffentliche Nahverkehr koste die Stadt inzwischen mehr als 300 Millionen Złoty im Jahr.

Als Gründe für die Finanzlücke nannte Sowa gegenüber TVN24 geringere Einnahmen aus der Einkommensteuer sowie steigende Energie- und Personalkosten. Oppositionelle Stadträte kündigten an, gegen die Preiserhöhung zu stimmen.

Radomierz hat rund 240.000 Einwohner. Viele polnische Kommunen klagen seit Jahren über sinkende Steuereinnahmen infolge von Reformen der Einkommensteuer.
""",
"04_es.txt": """La ciudad polaca de Radomierz suprimirá sus tranvías nocturnos por un agujero de 180 millones de zlotys

La ciudad polaca de Radomierz, de unos 240.000 habitantes, suspenderá a partir de febrero sus cuatro líneas nocturnas de tranvía y congelará la construcción de un nuevo puente para hacer frente a un déficit de 180 millones de zlotys (unos 41 millones de euros) en su presupuesto de 2028, según el diario polaco Rzeczpospolita, que ha tenido acceso al borrador de las cuentas municipales.

La supresión de las líneas N1 a N4, que dejarán de circular el 1 de febrero, permitirá ahorrar unos nueve millones de zlotys al año, añade el periódico. La obra del puente Piastowski, presupuestada en 260 millones, queda aplazada "hasta obtener financiación externa".

El ayuntamiento también prevé pedir un nuevo crédito de 95 millones de zlotys. La deuda municipal alcanza ya los 1.100 millones, alrededor del 68% de los ingresos anuales, según el rotativo conservador.

El consistorio se limitó a confirmar al diario que el proyecto está en preparación y que su forma definitiva "aún no está decidida". El pleno municipal votará las cuentas a finales de enero.
""",
}, [("TVN24", True), ("Rzeczpospolita", True)],
[("Rzeczpospolita", "02_en.txt"), ("TVN24", "02_en.txt"), ("TVN24", "03_de.txt"), ("Rzeczpospolita", "04_es.txt")],
[("Radomierz's 2028 budget has a gap of 180 million zloty.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_de.txt", "04_es.txt"], 2),
 ("Radomierz will suspend its four night tram lines from 1 February.",
  ["01_pl.txt", "04_es.txt"], 1),
 ("The 75-minute single ticket is to rise from 4.60 to 5.40 zloty from 1 March.",
  ["00_pl.txt", "03_de.txt"], 1)])


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
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 143 (city halls and municipal affairs; "
                   "real media names, invented events); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
