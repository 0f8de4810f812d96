#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand120 set.

Shipping, ports and the sea. Real media names; every event, person, company, ship, figure and
quote is invented. Labels were fixed by hand before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: the Port of Rotterdam Authority's own press release (outside origin). NOS (nl), Lloyd's
# List (en) and EFE (es) take it directly ("Dat meldt het Havenbedrijf Rotterdam", "said in a
# statement published on its website", "informó la Autoridad Portuaria de Róterdam en un
# comunicado"); Hamburger Abendblatt (de) takes it from NOS ("wie … NOS unter Berufung auf den
# Hafenbetrieb Rotterdam berichtet", "zitiert die NOS", "so der Sender weiter"): chain, edge from NOS.
story("t01_port_release_tanker_jetty", "institution_chain", {
"00_nl.txt": """Chemicaliëntanker ramt steiger in de Botlek, sojaolie in het water
NOS
9 maart 2027, 11:42

Een chemicaliëntanker is vannacht in de Rotterdamse haven tegen een steiger gevaren nadat de voortstuwing was uitgevallen. Daarbij is ongeveer 12 kubieke meter sojaolie in het water terechtgekomen. Dat meldt het Havenbedrijf Rotterdam.

Het 183 meter lange schip, de onder Maltese vlag varende Lotte Marijke, verloor rond 04.40 uur zijn voortstuwing toen het de Derde Petroleumhaven in de Botlek binnenvoer. Twee sleepboten waren al vastgemaakt, maar konden niet voorkomen dat de tanker steiger 7 van de Botlek Vloeistof Terminal raakte. Door een scheur in een leiding aan dek liep een deel van de lading weg.

Volgens het havenbedrijf zijn er olieschermen gelegd en is een bergingsbedrijf bezig de olie op te ruimen. De scheepvaart op de Oude Maas was ongeveer tien uur lang beperkt: schepen mochten het gebied tot halverwege de middag alleen onder begeleiding passeren. Gewonden zijn er niet gevallen; de 22 bemanningsleden blijven voorlopig aan boord.

"Sojaolie is niet giftig, maar het maakt vogels en kades vies en glad. We willen het zo snel mogelijk uit het water hebben", zegt havenmeester René Versteegh in het persbericht.

De schade aan de steiger is volgens het havenbedrijf "aanzienlijk". Hoe lang de aanlegplaats buiten gebruik blijft, is nog niet duidelijk. De Inspectie Leefomgeving en Transport onderzoekt waarom de voortstuwing uitviel.

De Botlek is een van de belangrijkste overslaggebieden voor chemicaliën en plantaardige oliën in Europa. Er meren jaarlijks duizenden tankers aan.
""",
"01_en.txt": """Chemical tanker strikes Botlek jetty after propulsion failure
Lloyd's List
2027-03-09T12:15:00+00:00

A Malta-flagged chemical tanker lost propulsion and struck a jetty in Rotterdam's Botlek area early on Tuesday, spilling about 12 cu m of soybean oil into the harbour, the Port of Rotterdam Authority said in a statement published on its website.

The 183 m Lotte Marijke was entering the Third Petroleum Harbour at about 0440 hrs local time when the failure occurred. Two tugs were already made fast but could not stop the vessel from making contact with jetty 7 of Botlek Vloeistof Terminal, according to the statement. A deck pipeline ruptured and part of the cargo escaped.

Booms were deployed and a salvage contractor began recovering the oil. Traffic on the Oude Maas was restricted for roughly ten hours, with vessels allowed through only under escort until mid-afternoon. None of the 22 crew were injured.

"Soybean oil is not toxic, but it coats birds and quaysides and we want it out of the water as fast as possible," harbour master René Versteegh said in the release.

The port authority described the damage to the jetty as "considerable" and said it could not yet say when the berth would return to service. The Dutch Human Environment and Transport Inspectorate has opened an investigation into the cause of the propulsion failure.

Lloyd's List has asked the vessel's Valletta-registered owner, Corallo Tankers, for comment.

The Botlek is one of Europe's main hubs for the storage and handling of chemicals and vegetable oils, and the Oude Maas is a key inland route linking the area with the Dordrecht region.
""",
"02_de.txt": """Tanker rammt Anleger im Rotterdamer Hafen – Sojaöl läuft ins Wasser
Hamburger Abendblatt
09.03.2027 15:20

Im Rotterdamer Hafen ist in der Nacht zu Dienstag ein Chemikalientanker gegen einen Anleger geprallt. Wie der niederländische öffentlich-rechtliche Sender NOS unter Berufung auf den Hafenbetrieb Rotterdam berichtet, fiel auf der 183 Meter langen „Lotte Marijke“ gegen 4.40 Uhr der Antrieb aus, als das Schiff in den Dritten Petroleumhafen im Botlek-Gebiet einlief.

Zwei Schlepper konnten den Aufprall demnach nicht mehr verhindern. Dabei riss an Deck eine Leitung, rund zwölf Kubikmeter Sojaöl liefen ins Hafenbecken. Ölsperren wurden ausgelegt, eine Bergungsfirma pumpt das Öl ab. Verletzt wurde niemand, die 22 Besatzungsmitglieder bleiben vorerst an Bord.

Sojaöl sei zwar nicht giftig, verschmutze aber Vögel und Kaimauern, zitiert die NOS den Hafenmeister René Versteegh. Der Schiffsverkehr auf der Oude Maas war bis zum Nachmittag nur eingeschränkt und mit Begleitung möglich, so der Sender weiter. Den Schaden am Anleger bezeichnete der Hafenbetrieb laut NOS als erheblich.

Die niederländische Verkehrsinspektion untersucht nun, warum der Antrieb versagte.

Für den Hamburger Hafen hat der Unfall keine direkten Folgen. Rotterdam ist Europas größter Hafen, das Botlek-Gebiet gilt als Drehscheibe für Chemikalien und Pflanzenöle, die von dort per Binnenschiff und Bahn weiter ins Hinterland gehen – auch nach Deutschland.
""",
"03_es.txt": """Un buque quimiquero choca contra un muelle del puerto de Róterdam y vierte aceite de soja
EFE
2027-03-09 13:05

La Haya, 9 mar (EFE).- Un buque quimiquero con bandera de Malta chocó la madrugada de este martes contra un pantalán del puerto de Róterdam tras sufrir una avería en el sistema de propulsión, lo que provocó el vertido de unos 12 metros cúbicos de aceite de soja, informó la Autoridad Portuaria de Róterdam en un comunicado.

El Lotte Marijke, de 183 metros de eslora, entraba hacia las 04.40 hora local en la Tercera Dársena Petrolera, en la zona industrial del Botlek, cuando se quedó sin propulsión. Los dos remolcadores que lo asistían no lograron evitar el impacto contra el pantalán número 7 de la terminal Botlek Vloeistof Terminal, según la nota.

El golpe rompió una tubería de cubierta y parte de la carga cayó al agua. La autoridad portuaria desplegó barreras de contención y una empresa de salvamento trabaja en la recogida del aceite. Ninguno de los 22 tripulantes resultó herido.

"El aceite de soja no es tóxico, pero ensucia a las aves y los muelles, y queremos sacarlo del agua lo antes posible", señaló el capitán del puerto, René Versteegh, citado en el comunicado.

La navegación por el Oude Maas estuvo restringida durante unas diez horas. La Inspección de Medio Ambiente y Transporte de los Países Bajos investiga las causas de la avería.

Róterdam es el mayor puerto de Europa y el Botlek, uno de los principales centros de almacenamiento de productos químicos y aceites vegetales del continente.
""",
}, [("Port of Rotterdam Authority", False)],
[("Port of Rotterdam Authority", "00_nl.txt"), ("Port of Rotterdam Authority", "01_en.txt"),
 ("NOS", "02_de.txt"), ("Port of Rotterdam Authority", "03_es.txt")],
[("The chemical tanker Lotte Marijke lost propulsion and struck a jetty in Rotterdam's Botlek area early on Tuesday.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("About 12 cubic metres of soybean oil leaked into the water; nobody was injured.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("Shipping on the Oude Maas was restricted for about ten hours (until the afternoon).",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1)])

# t02: in-corpus scoop by Il Secolo XIX (own: two anonymous officials of the harbour master's
# office, an inspection report it saw, the company's note to the paper). Lloyd's List (en)
# relays it ("Genoa daily Il Secolo XIX reported …, citing two officials … who asked not to be
# named", "the officials told the newspaper"); the German article (no outlet line) takes it from
# Lloyd's List ("Wie der Londoner Schifffahrtsdienst Lloyd's List unter Berufung auf die
# Genueser Tageszeitung Il Secolo XIX berichtet", "laut Lloyd's List"): chain, edge from Lloyd's
# List. La Vanguardia (es, no date line) relays Il Secolo XIX directly ("según publicó el diario
# genovés", "De acuerdo con el rotativo").
story("t02_secolo_scoop_ferry_detained", "scoop_chain", {
"00_it.txt": """Scialuppe fuori uso, la Capitaneria blocca il traghetto Ponente Aurora
Il Secolo XIX
Giovedì 11 marzo 2027

Il traghetto Ponente Aurora della compagnia Navi Ponente è bloccato da martedì sera a Ponte Colombo, nel porto di Genova. La Capitaneria di porto ne ha disposto il fermo per tre giorni dopo che un'ispezione ha rilevato che quattro delle otto gru delle scialuppe di salvataggio non funzionavano. Lo apprende Il Secolo XIX da due fonti interne alla Capitaneria, che chiedono di restare anonime.

Secondo le stesse fonti, la nave avrebbe effettuato almeno due traversate verso Olbia, il 5 e il 7 marzo, con le gru già guaste. «A bordo c'erano più di 900 passeggeri per viaggio, con metà delle dotazioni di salvataggio inutilizzabili», racconta uno dei due ufficiali.

Il verbale d'ispezione, che Il Secolo XIX ha potuto visionare, elenca in tutto 17 carenze, tra cui porte tagliafuoco che non si chiudevano e un registro delle esercitazioni compilato «in modo incompleto». Per gli ispettori le anomalie erano «tali da compromettere l'abbandono nave in condizioni di sicurezza».

I circa 640 passeggeri che avevano prenotato la partenza di martedì sera sono stati riprotetti su navi di altre compagnie. Navi Ponente, contattata dal nostro giornale, ha fatto sapere in una breve nota che «i lavori di ripristino sono già in corso» e che la nave «tornerà in servizio entro il fine settimana», senza commentare le traversate precedenti.

Il fermo potrà essere revocato solo dopo una nuova ispezione a bordo. La compagnia, nata nel 2019, opera tre traghetti tra la Liguria e la Sardegna e nell'ultima estate ha trasportato oltre 400 mila passeggeri.
""",
"01_en.txt": """Genoa harbour master detains Navi Ponente ferry over lifeboat davits
Lloyd's List
Thu, 11 Mar 2027 13:40:00 +0000

Italian authorities have detained the Genoa-Olbia ferry Ponente Aurora for three days after an inspection found half of its lifeboat davits out of action, Genoa daily Il Secolo XIX reported on Thursday, citing two officials at the city's harbour master's office who asked not to be named.

The ro-pax, operated by Navi Ponente, has been held at Ponte Colombo since Tuesday evening. Four of its eight davits were not working, the officials told the newspaper, and the vessel had made at least two crossings to Sardinia, on March 5 and March 7, with the defects already present, carrying more than 900 passengers each time.

The inspection report, which Il Secolo XIX said it had seen, lists 17 deficiencies in total, including fire doors that failed to close and an incomplete record of drills.

Navi Ponente told the paper that repair work was under way and that the ship would return to service by the weekend. The company did not respond to a request for comment from Lloyd's List. The Italian Coast Guard, which oversees the harbour master's offices, declined to comment on the case.

About 640 passengers booked on the cancelled Tuesday sailing were transferred to other operators.

Navi Ponente, founded in 2019, runs three ferries between Liguria and Sardinia. The detention can only be lifted after a fresh inspection on board.
""",
"02_de.txt": """Genua: Sardinien-Fähre wegen defekter Rettungsboot-Kräne festgesetzt
12. März 2027

Die italienischen Behörden haben in Genua eine Fähre der Reederei Navi Ponente festgesetzt. Wie der Londoner Schifffahrtsdienst Lloyd's List unter Berufung auf die Genueser Tageszeitung Il Secolo XIX berichtet, waren auf der „Ponente Aurora“ vier von acht Davits – die Kräne, mit denen die Rettungsboote zu Wasser gelassen werden – außer Betrieb.

Das Schiff, das zwischen Genua und Olbia verkehrt, liegt demnach seit Dienstagabend für drei Tage an der Kette. Bei der Inspektion seien insgesamt 17 Mängel festgestellt worden, darunter Brandschutztüren, die sich nicht schließen ließen.

Zwei Beamte der Hafenbehörde, die anonym bleiben wollten, hätten zudem angegeben, dass die Fähre schon Anfang März mindestens zweimal mit den defekten Kränen nach Sardinien gefahren sei – mit jeweils mehr als 900 Passagieren an Bord.

Die Reederei erklärte laut Lloyd's List, die Reparaturen liefen bereits; die Fähre solle bis zum Wochenende wieder in Dienst gehen. Rund 640 Passagiere mussten auf Schiffe anderer Gesellschaften umgebucht werden.

Die Fährverbindungen zwischen dem italienischen Festland und Sardinien sind auch bei deutschen Urlaubern beliebt. Vor Ostern beginnt auf den Strecken nach Olbia, Porto Torres und Cagliari traditionell die Hauptsaison.
""",
"03_es.txt": """Italia inmoviliza un ferri de la línea Génova-Olbia por fallos en los botes salvavidas
La Vanguardia

Las autoridades portuarias de Génova han inmovilizado durante tres días el ferri Ponente Aurora después de que una inspección detectara que cuatro de los ocho pescantes de sus botes salvavidas estaban averiados, según publicó este jueves el diario genovés Il Secolo XIX.

De acuerdo con el rotativo, que cita a dos funcionarios de la Capitanía Marítima que pidieron el anonimato, el buque habría realizado al menos dos travesías hacia Cerdeña con las averías, los días 5 y 7 de marzo, con más de 900 pasajeros a bordo en cada viaje.

El acta de la inspección, a la que tuvo acceso el periódico ligur, recoge 17 deficiencias, entre ellas puertas cortafuegos que no cerraban y un registro de simulacros incompleto.

La naviera Navi Ponente aseguró al diario italiano que las reparaciones ya están en marcha y que el barco volverá a navegar antes del fin de semana. Unos 640 pasajeros que tenían billete para la salida del martes fueron recolocados en buques de otras compañías.

La inmovilización solo podrá levantarse tras una nueva inspección. Navi Ponente, fundada en 2019, opera tres ferris entre Liguria y Cerdeña, una isla que recibe cada verano a miles de turistas españoles, muchos de ellos llegados en barco desde Barcelona.
""",
}, [("Il Secolo XIX", True)],
[("Il Secolo XIX", "01_en.txt"), ("Lloyd's List", "02_de.txt"), ("Il Secolo XIX", "03_es.txt")],
[("The Genoa-Olbia ferry Ponente Aurora was detained in Genoa for three days because four of its eight lifeboat davits were out of order.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("According to two anonymous officials of the harbour master's office, the ferry made at least two crossings to Sardinia with the faulty davits.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("The inspection report lists 17 deficiencies, including fire doors that did not close.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1)])

# t03: a shipping company's stock-exchange filing (Ad-hoc-Mitteilung; outside origin). dpa (de)
# and Reuters (en) take it directly ("wie … am Montagabend in einer Ad-hoc-Mitteilung bekanntgab",
# "it said in a stock exchange filing"); Het Financieele Dagblad (nl) takes it from dpa ("Dat
# schrijft het Duitse persbureau dpa op basis van een beursbericht", "Volgens dpa", "volgens het
# persbureau"; its own unanswered question adds nothing); Jornal de Negócios (pt, no date line)
# takes it from Reuters ("avança a agência Reuters, que cita um comunicado", "Segundo a agência
# noticiosa", "citada pela Reuters"). Two chains, one root.
story("t03_filing_feeder_layup", "company_filing", {
"00_de.txt": """Hamburger Feederreederei Elbwind rutscht in die roten Zahlen
dpa
15.03.2027 19:48

Hamburg (dpa) - Die Hamburger Containerreederei Elbwind legt wegen schwacher Frachtraten und hoher Kosten neun ihrer 31 Zubringerschiffe auf. Für das Geschäftsjahr 2026 erwartet das Unternehmen nun einen Nettoverlust von rund 84 Millionen Euro, wie die Elbwind Reederei AG am Montagabend in einer Ad-hoc-Mitteilung bekanntgab. Bislang hatte der Vorstand einen kleinen Gewinn in Aussicht gestellt.

Die Dividende für 2026 soll ausfallen. Die neun Schiffe, überwiegend ältere Einheiten mit einer Kapazität von je rund 1.000 Standardcontainern (TEU), sollen ab April vorübergehend stillgelegt werden. Hintergrund seien „deutlich gesunkene Charterraten bei gleichzeitig gestiegenen Treibstoff- und Emissionskosten“, heißt es in der Mitteilung.

Vorstandschefin Katrin Oldenbüttel wird darin mit den Worten zitiert: „Wir fahren nicht länger Schiffe, die jeden Tag Geld verbrennen.“ Die Maßnahmen sollen die Kosten ab 2028 um jährlich etwa 30 Millionen Euro senken. Ob und wie viele Seeleute und Landbeschäftigte betroffen sind, ließ das Unternehmen offen.

Elbwind verteilt mit seinen Feederschiffen Container von den großen Umschlagplätzen Hamburg, Bremerhaven und Rotterdam in kleinere Häfen an der Ostsee und in Norwegen. Die Aktie hatte seit Jahresbeginn bereits rund ein Fünftel ihres Wertes verloren. Den vollständigen Geschäftsbericht will die Reederei am 29. April vorlegen.
""",
"01_en.txt": """German feeder operator Elbwind to idle nine ships, swings to 2026 loss
Reuters
March 15, 2027 7:55 PM GMT

HAMBURG, March 15 (Reuters) - German container feeder operator Elbwind Reederei will lay up nine of its 31 ships and expects a net loss of around 84 million euros ($91 million) for 2026, it said in a stock exchange filing on Monday, scrapping its earlier forecast of a small profit.

The Hamburg-based company, which shuttles boxes between large hubs such as Hamburg, Bremerhaven and Rotterdam and smaller ports in the Baltic and Norway, blamed sharply lower charter rates combined with higher fuel and emissions costs.

The nine vessels, mostly older ships of around 1,000 twenty-foot equivalent units (TEU) each, will be idled from April, according to the filing. Elbwind will also skip its dividend for 2026.

"We will no longer sail ships that burn money every day," Chief Executive Katrin Oldenbüttel said in the statement.

The measures are expected to cut annual costs by about 30 million euros from 2028, the company said, without saying whether jobs would be affected.

Elbwind's shares, which have lost about a fifth of their value since the start of the year, were not traded after the announcement, which came after the close of trading in Frankfurt. The company will publish its full annual report on April 29.

(Reporting by Jana Feldhusen; Editing by Mark Tollhurst)
""",
"02_nl.txt": """Duitse feederrederij Elbwind legt negen schepen stil
Het Financieele Dagblad
16 maart 2027

De Hamburgse containerrederij Elbwind legt negen van haar 31 feederschepen stil en verwacht over 2026 een nettoverlies van ongeveer €84 mln. Dat schrijft het Duitse persbureau dpa op basis van een beursbericht dat de rederij maandagavond na sluiting van de handel publiceerde.

Eerder rekende het bedrijf nog op een kleine winst. Volgens dpa wijt Elbwind de omslag aan sterk gedaalde charterprijzen en hogere kosten voor brandstof en emissierechten. Het dividend over 2026 wordt geschrapt. De schepen, grotendeels oudere exemplaren van zo'n 1000 teu, worden vanaf april tijdelijk uit de vaart genomen.

'We varen niet langer met schepen die elke dag geld verbranden', zei topvrouw Katrin Oldenbüttel volgens het persbureau.

Voor Rotterdam is het nieuws niet onbelangrijk. Elbwind is een van de feedermaatschappijen die lading van de grote containerterminals op de Maasvlakte naar kleinere havens in Scandinavië en de Baltische staten brengen. Hoeveel afvaarten vanuit Rotterdam verdwijnen, is niet bekend. Elbwind reageerde dinsdag niet op vragen van het FD.

De feedermarkt staat al langer onder druk. Grote containerrederijen zetten steeds vaker eigen kleinere schepen in op de korte zeeroutes in Noord-Europa, waardoor onafhankelijke feederbedrijven lading en marges verliezen.
""",
"03_pt.txt": """Armador alemão Elbwind vai imobilizar nove navios e antecipa prejuízo de 84 milhões
Jornal de Negócios

A companhia alemã de transporte de contentores Elbwind Reederei vai imobilizar nove dos seus 31 navios feeder a partir de abril e prevê um prejuízo líquido de cerca de 84 milhões de euros em 2026, avança a agência Reuters, que cita um comunicado enviado pela empresa ao mercado.

O armador, com sede em Hamburgo, apontava até agora para um pequeno lucro. Segundo a agência noticiosa, a Elbwind atribui a mudança à forte descida das taxas de fretamento e ao aumento dos custos com combustível e licenças de emissão. O dividendo relativo a 2026 não será pago.

"Deixaremos de operar navios que queimam dinheiro todos os dias", afirmou a presidente executiva, Katrin Oldenbüttel, citada pela Reuters.

As medidas deverão reduzir os custos anuais em cerca de 30 milhões de euros a partir de 2028. Os navios a imobilizar são, na sua maioria, unidades mais antigas, com capacidade para cerca de mil contentores de 20 pés.

A Elbwind não tem escalas regulares em portos portugueses, mas o segmento feeder é relevante para Leixões e Lisboa, ligados por serviços regulares aos grandes portos de transbordo do Norte da Europa. As ações da empresa acumulam uma desvalorização de cerca de 20% desde o início do ano.
""",
}, [("Elbwind Reederei", False)],
[("Elbwind Reederei", "00_de.txt"), ("Elbwind Reederei", "01_en.txt"),
 ("dpa", "02_nl.txt"), ("Reuters", "03_pt.txt")],
[("Elbwind Reederei will lay up nine of its 31 feeder ships from April.",
  ["00_de.txt", "01_en.txt", "02_nl.txt", "03_pt.txt"], 1),
 ("Elbwind now expects a net loss of about 84 million euros for 2026 instead of a small profit and will skip its dividend.",
  ["00_de.txt", "01_en.txt", "02_nl.txt", "03_pt.txt"], 1)])

# t04: a sailor's TikTok video (outside origin, a person's own post). Суспільне (uk) and The
# Guardian (en) take the video directly ("опублікував у TikTok відео", "написав моряк у підписі";
# "The video, posted on TikTok on Sunday by …"). El País (es) takes the video directly AND adds
# its own confirmation from Salvamento Marítimo ("confirmó a este periódico", a spokesman):
# edge from the sailor + El País is an in-corpus origin itself. The Guardian also credits El País
# for the rescue service's figures ("told El País", "The Spanish newspaper reported"): two edges.
# Notícias ao Minuto (pt) is an uncredited close Portuguese translation of El País published the
# next morning (same structure, same quotes; keeps "confirmou a este jornal" and "deste jornal"):
# one edge from El País, none from the sailor.
story("t04_tiktok_containers_biscay", "social_post_translation", {
"00_uk.txt": """Український моряк зняв, як шторм у Біскайській затоці змиває контейнери з судна
Суспільне
21 березня 2027, 14:05

Український моряк Тарас Мельниченко опублікував у TikTok відео, на якому видно, як під час шторму в Біскайській затоці з палуби контейнеровоза в море падають десятки контейнерів.

На 40-секундному ролику, знятому вночі з надбудови судна Corvina Express, штабель контейнерів на кормі розгойдується, а потім кілька рядів один за одним валяться за борт. «Біскай, хвилі під дев'ять метрів. Понад сорок контейнерів у воді. Ми живі, всі цілі», — написав моряк у підписі до відео.

Мельниченко, родом з Ізмаїла, працює на судні матросом. Як видно з його попередніх дописів, контейнеровоз ішов з марокканського Танжера до Роттердама. У коментарях під відео моряк уточнив, що ніхто з 21 члена екіпажу не постраждав, а судно продовжило рейс своїм ходом. «Мамо, не хвилюйся, я вже сплю», — відповів він на одне із запитань.

Станом на неділю відео набрало понад 2,3 мільйона переглядів. Оператор судна, грецька компанія Atlanmar Shipping, публічно подію не коментувала.

Біскайська затока відома складними погодними умовами взимку та навесні. Контейнери, що впали за борт, становлять загрозу для судноплавства та довкілля: частина з них може тижнями дрейфувати біля поверхні води.
""",
"01_es.txt": """Un temporal arroja al mar 46 contenedores de un buque frente a la costa gallega
El País
21 mar 2027 - 19:32 CET

Un portacontenedores perdió en la noche del sábado al domingo decenas de contenedores en pleno temporal en el golfo de Vizcaya, a unas 60 millas al norte del cabo Ortegal (A Coruña). El momento quedó grabado en un vídeo que un marinero ucraniano de la tripulación, Taras Melnichenko, colgó el domingo en su cuenta de TikTok y que en pocas horas superó los dos millones de reproducciones.

En las imágenes, tomadas de noche desde la superestructura del Corvina Express, una pila de contenedores de la cubierta de popa se balancea y varias hileras caen al agua entre olas de casi nueve metros. "Más de cuarenta contenedores en el agua. Estamos vivos, todos bien", escribió el marinero junto al vídeo.

Salvamento Marítimo confirmó a este periódico que el buque, con bandera de Liberia, notificó la pérdida de 46 contenedores y que ninguno de sus 21 tripulantes resultó herido. Un avión del organismo sobrevoló la zona el domingo por la tarde y localizó 11 contenedores a la deriva. "Según el manifiesto, ninguno transporta mercancías peligrosas, pero son un peligro para la navegación", explicó un portavoz del centro de coordinación de Finisterre, que ha emitido un aviso a los navegantes.

El barco, operado por la naviera griega Atlanmar Shipping, cubría la ruta entre Tánger y Róterdam y continuó viaje por sus propios medios. La compañía no respondió a las preguntas de este diario.

Los temporales del Cantábrico obligan cada invierno a desviar o retrasar decenas de mercantes que cruzan el golfo de Vizcaya entre el Mediterráneo y los puertos del norte de Europa.
""",
"02_en.txt": """Ukrainian sailor's TikTok shows containers toppling into Bay of Biscay
The Guardian
Mon 22 Mar 2027 08.10 GMT

Dramatic footage filmed by a crew member of a container ship caught in a storm in the Bay of Biscay shows dozens of containers crashing into the sea, in an incident Spanish authorities say left 46 boxes adrift off the coast of Galicia.

The video, posted on TikTok on Sunday by Taras Melnychenko, a Ukrainian deckhand on the Liberia-flagged Corvina Express, shows a stack at the stern swaying violently before several rows topple overboard in waves of almost nine metres. "More than forty containers in the water. We are alive, all fine," he wrote in the caption. The clip had been viewed more than 3m times by Monday morning.

Spain's maritime rescue service, Salvamento Marítimo, told El País that the ship had reported the loss of 46 containers about 60 nautical miles north of Cape Ortegal and that none of its 21 crew had been hurt. A rescue aircraft spotted 11 containers floating on Sunday afternoon, none of them listed as carrying dangerous goods, the Spanish newspaper reported.

The ship's Greek operator, Atlanmar Shipping, has not commented publicly. The vessel was sailing from Tangier to Rotterdam and continued its voyage under its own power.

Lost containers can float just below the surface for weeks, posing a hazard to smaller vessels such as fishing boats and yachts, and spilling plastics and other cargo when they break open on the shore.
""",
"03_pt.txt": """Temporal atira ao mar 46 contentores de navio ao largo da Galiza
Notícias ao Minuto
22/03/2027 10:47

Um porta-contentores perdeu na noite de sábado para domingo dezenas de contentores em pleno temporal no golfo da Biscaia, a cerca de 60 milhas a norte do cabo Ortegal (Corunha). O momento ficou gravado num vídeo que um marinheiro ucraniano da tripulação, Taras Melnichenko, publicou no domingo na sua conta de TikTok e que em poucas horas ultrapassou os dois milhões de visualizações.

Nas imagens, captadas de noite a partir da superestrutura do Corvina Express, uma pilha de contentores do convés de popa balança e várias filas caem à água entre ondas de quase nove metros. "Mais de quarenta contentores na água. Estamos vivos, todos bem", escreveu o marinheiro junto ao vídeo.

O Salvamento Marítimo espanhol confirmou a este jornal que o navio, com bandeira da Libéria, comunicou a perda de 46 contentores e que nenhum dos seus 21 tripulantes ficou ferido. Um avião do organismo sobrevoou a zona no domingo à tarde e localizou 11 contentores à deriva. "Segundo o manifesto, nenhum transporta mercadorias perigosas, mas são um perigo para a navegação", explicou um porta-voz do centro de coordenação de Finisterra, que emitiu um aviso à navegação.

O navio, operado pela armadora grega Atlanmar Shipping, fazia a rota entre Tânger e Roterdão e seguiu viagem pelos seus próprios meios. A empresa não respondeu às perguntas deste jornal.

Os temporais do Cantábrico obrigam todos os invernos a desviar ou atrasar dezenas de navios mercantes que atravessam o golfo da Biscaia.
""",
}, [("Taras Melnychenko", False), ("El País", True)],
[("Taras Melnychenko", "00_uk.txt"), ("Taras Melnychenko", "01_es.txt"),
 ("Taras Melnychenko", "02_en.txt"), ("El País", "02_en.txt"), ("El País", "03_pt.txt")],
[("A Ukrainian sailor's TikTok video shows containers falling overboard from the container ship Corvina Express in a storm in the Bay of Biscay.",
  ["00_uk.txt", "01_es.txt", "02_en.txt", "03_pt.txt"], 2),
 ("The ship reported the loss of 46 containers about 60 nautical miles north of Cape Ortegal; none of its 21 crew was injured.",
  ["01_es.txt", "02_en.txt", "03_pt.txt"], 2)])

# t05: outside agency Укрінформ (Ukrinform), relayed by four: Українська правда (uk: "Про це
# повідомляє Укрінформ", "Як зазначає агентство", "сказав Укрінформу" (dat.), "За інформацією
# агентства"), Der Standard (de: "wie die staatliche Nachrichtenagentur Ukrinform am Mittwoch
# meldete", "nach Angaben der Agentur", "gegenüber Ukrinform"), an ANP-style Dutch item without
# outlet line ("Dat meldt het Oekraïense staatspersbureau Ukrinform", "aldus het persbureau",
# "tegenover Ukrinform") and ANSA (it: "Lo riferisce l'agenzia di stampa ucraina Ukrinform,
# secondo cui", "ha dichiarato all'agenzia", "Secondo Ukrinform"). The port official speaks to
# the agency: part of its report.
story("t05_agency_reni_grain_terminal", "agency", {
"00_uk.txt": """У порту Рені запрацював новий зерновий термінал на 2,4 млн тонн
Українська правда
24.03.2027 16:20

У дунайському порту Рені на Одещині відкрили новий зерновий термінал потужністю 2,4 мільйона тонн на рік. Про це повідомляє Укрінформ.

Як зазначає агентство, термінал збудувала компанія «Дунай Агро Логістик», інвестиції становили близько 38 мільйонів доларів. Він має шість силосів загальною місткістю 60 тисяч тонн і може завантажувати баржі зі швидкістю до 1200 тонн на годину.

«Це майже чверть того, що порт Рені перевалив за весь минулий рік. Для Дунаю це серйозне підсилення, особливо в сезон нового врожаю», — сказав Укрінформу начальник Ренійської філії Адміністрації морських портів України Олег Савчук.

За інформацією агентства, першу партію — три тисячі тонн кукурудзи — вже відвантажили на баржі, які прямують до румунського порту Констанца. На терміналі працюватимуть близько 140 людей, більшість — мешканці Рені та навколишніх сіл.

Дунайські порти Рені та Ізмаїл після 2022 року стали одним з ключових маршрутів для українського агроекспорту. Звідси зерно баржами доправляють до Констанци, де його перевантажують на морські судна.
""",
"01_de.txt": """Ukraine eröffnet neues Getreideterminal an der Donau
Der Standard
24. März 2027, 18:02

Im ukrainischen Donauhafen Reni ist ein neues Getreideterminal in Betrieb gegangen, wie die staatliche Nachrichtenagentur Ukrinform am Mittwoch meldete. Die Anlage kann demnach jährlich bis zu 2,4 Millionen Tonnen Getreide umschlagen.

Gebaut hat das Terminal das Unternehmen Dunaj Agro Logistik, das nach Angaben der Agentur rund 38 Millionen Dollar investierte. Sechs Silos fassen zusammen 60.000 Tonnen, Schubleichter können mit bis zu 1.200 Tonnen pro Stunde beladen werden.

„Das ist fast ein Viertel dessen, was der Hafen Reni im gesamten vergangenen Jahr umgeschlagen hat“, sagte Oleh Sawtschuk, Leiter der Reni-Filiale der ukrainischen Seehafenbehörde, gegenüber Ukrinform. Eine erste Ladung von 3.000 Tonnen Mais sei bereits auf Kähne Richtung Constanța verladen worden.

Seit Beginn des russischen Angriffskriegs 2022 hat die Donau als Exportroute für ukrainisches Getreide stark an Bedeutung gewonnen. Über Reni und Ismajil gelangt die Ware per Binnenschiff nach Rumänien und von dort auf Hochseeschiffen in alle Welt.

Auch für Österreich ist die Donau eine wichtige Wasserstraße; Häfen wie Linz und Wien profitieren bislang allerdings kaum vom Getreideverkehr am Unterlauf des Flusses.
""",
"02_nl.txt": """Nieuwe graanterminal in Oekraïense Donauhaven Reni
24-03-2027 20:15

In de Oekraïense havenstad Reni aan de Donau is woensdag een nieuwe graanterminal geopend die jaarlijks 2,4 miljoen ton graan kan overslaan. Dat meldt het Oekraïense staatspersbureau Ukrinform.

De terminal heeft zes silo's met een totale opslagcapaciteit van 60.000 ton en kan binnenvaartschepen beladen met 1200 ton per uur, aldus het persbureau. Het bedrijf Dunaj Agro Logistik investeerde ongeveer 38 miljoen dollar in de bouw.

Oleh Savtsjoek, hoofd van de vestiging in Reni van de Oekraïense havenautoriteit, noemde de terminal tegenover Ukrinform "een serieuze versterking voor de Donau". Volgens hem gaat het om bijna een kwart van wat de haven vorig jaar in totaal oversloeg. De eerste lading van 3000 ton maïs is inmiddels op duwbakken onderweg naar de Roemeense haven Constanța.

Sinds 2022 is de Donau een belangrijke exportroute voor Oekraïens graan. Via Roemenië komt een deel daarvan uiteindelijk ook in de havens van Rotterdam en Amsterdam terecht.
""",
"03_it.txt": """Ucraina: nuovo terminal per il grano nel porto danubiano di Reni
ANSA
2027-03-24 21:40

(ANSA) - ROMA, 24 MAR - Un nuovo terminal per i cereali con una capacità di 2,4 milioni di tonnellate l'anno è entrato in funzione nel porto ucraino di Reni, sul Danubio. Lo riferisce l'agenzia di stampa ucraina Ukrinform, secondo cui l'impianto è costato circa 38 milioni di dollari ed è stato costruito dalla società Dunai Agro Logistik.

Il terminal dispone di sei silos per complessive 60mila tonnellate e può caricare le chiatte al ritmo di 1.200 tonnellate all'ora. "È quasi un quarto di quanto il porto di Reni ha movimentato in tutto l'anno scorso", ha dichiarato all'agenzia Oleh Savchuk, responsabile della filiale di Reni dell'Autorità dei porti marittimi dell'Ucraina.

Secondo Ukrinform, il primo carico di 3mila tonnellate di mais è già partito su chiatte dirette al porto romeno di Costanza. Nel terminal lavoreranno circa 140 persone.

Dal 2022 i porti danubiani di Reni e Izmail sono diventati uno snodo cruciale per le esportazioni agricole ucraine, che da lì raggiungono il Mar Nero attraverso la Romania. (ANSA).
""",
}, [("Укрінформ", False)],
[("Укрінформ", "00_uk.txt"), ("Укрінформ", "01_de.txt"), ("Укрінформ", "02_nl.txt"), ("Укрінформ", "03_it.txt")],
[("A new grain terminal with an annual capacity of 2.4 million tonnes has opened at the Danube port of Reni.",
  ["00_uk.txt", "01_de.txt", "02_nl.txt", "03_it.txt"], 1),
 ("The terminal cost about 38 million dollars and was built by the company Dunai Agro Logistyk.",
  ["00_uk.txt", "01_de.txt", "02_nl.txt", "03_it.txt"], 1),
 ("A first load of 3,000 tonnes of maize has left on barges for the Romanian port of Constanța.",
  ["00_uk.txt", "01_de.txt", "02_nl.txt", "03_it.txt"], 1)])

# t06: two independent in-corpus investigations published the same day: Der Spiegel (de: "nach
# SPIEGEL-Recherchen", satellite images it had analysed, a certificate "das dem SPIEGEL vorliegt",
# the Estonian regulator's answer "auf SPIEGEL-Anfrage") and The Guardian (en: a former officer
# who "spoke on condition of anonymity", "documents seen by the Guardian", records "reviewed by the
# Guardian"). NRC (nl) credits both ("meldden … Der Spiegel en … The Guardian, onafhankelijk van
# elkaar"): two edges. la Repubblica (it) relays only the Guardian ("Lo rivela il quotidiano
# britannico", "secondo il giornale londinese", "ha raccontato al Guardian", "scrive il Guardian");
# Expresso (pt) relays only Der Spiegel ("Segundo a revista alemã Der Spiegel", "a que o semanário
# teve acesso", "noticia a publicação", "afirmou à Der Spiegel").
story("t06_two_reports_shadow_tanker", "independent", {
"00_de.txt": """Schattenflotte: Tanker mit Phantomversicherung kreuzt durch EU-Gewässer
Der Spiegel
26.03.2027, 06.00 Uhr

Die »Adaran Star« ist 23 Jahre alt, fährt unter der Flagge Kameruns und hat nach SPIEGEL-Recherchen seit vergangenem Oktober mindestens 14-mal vor der griechischen Küste russisches Öl von Schiff zu Schiff umgeladen. Versichert ist sie offenbar bei einer Firma, die es gar nicht gibt.

Satellitenbilder, die der SPIEGEL gemeinsam mit einem unabhängigen Analysten ausgewertet hat, zeigen den Tanker im Golf von Lakonien immer wieder Bordwand an Bordwand mit anderen Schiffen. Das Versicherungszertifikat, das die Besatzung bei Hafenbehörden vorlegt und das dem SPIEGEL vorliegt, nennt als Versicherer eine »Baltic Maritime Mutual« mit Sitz in Tallinn.

Im estnischen Handelsregister taucht eine solche Firma nicht auf. Die estnische Finanzaufsicht teilte auf SPIEGEL-Anfrage mit, sie habe nie eine Lizenz unter diesem Namen erteilt.

Eigentümerin der »Adaran Star« ist laut Schiffsregister eine Briefkastenfirma in Dubai, die Orvale Maritime FZE. Auf mehrere Anfragen reagierte sie nicht.

Für die Küstenstaaten ist das ein erhebliches Risiko: Käme es zu einem Unfall, gäbe es womöglich niemanden, der für die Schäden einer Ölpest aufkommt. »Ein Tanker ohne echte Versicherung ist eine schwimmende Zeitbombe«, sagt der Hamburger Seerechtler Henrik Albers. Die EU-Kommission kündigte auf Nachfrage an, den Fall zu prüfen.
""",
"01_en.txt": """Shadow fleet tanker sailing in EU waters with fake insurance, former officer says
The Guardian
Fri 26 Mar 2027 17.00 GMT

An ageing oil tanker that has repeatedly transferred cargo at sea off the coast of Greece has been sailing with insurance papers from a company that does not appear to exist, according to a former officer and documents seen by the Guardian.

The Adaran Star, a 23-year-old vessel registered in Cameroon, switched off its transponder "almost every time" it came alongside other tankers to move oil, said the officer, who served on board as second mate until January and spoke on condition of anonymity because he fears for his future employment. "Everybody on board knew the papers were not real. The captain told us not to talk about it in port," he said.

The ship's certificate of insurance, a copy of which the Guardian has seen, names "Baltic Maritime Mutual" of Tallinn as its insurer. No company of that name is listed in Estonia's business register.

Inspection records reviewed by the Guardian show the tanker was last checked in a European port in 2024, when inspectors recorded nine deficiencies, including defective fire pumps.

The officer said the crew of 24, mostly from Myanmar and India, had gone unpaid for up to three months at a time. The ship's registered owner, Orvale Maritime FZE of Dubai, did not respond to emails.

Maritime lawyers say an uninsured tanker leaves coastal states with little hope of recovering clean-up costs if it spills oil.
""",
"02_nl.txt": """Tanker van schaduwvloot vaart met nepverzekering door Europese wateren
NRC
27 maart 2027

Een verouderde olietanker die voor de Griekse kust herhaaldelijk Russische olie overslaat, vaart met een verzekeringsbewijs van een maatschappij die niet lijkt te bestaan. Dat meldden vrijdag het Duitse weekblad Der Spiegel en de Britse krant The Guardian, onafhankelijk van elkaar.

Volgens Der Spiegel, dat satellietbeelden liet analyseren, lag de Adaran Star de afgelopen maanden geregeld langszij andere tankers in de Golf van Lakonia. Het verzekeringscertificaat noemt een 'Baltic Maritime Mutual' uit Tallinn, maar die naam komt in het Estse handelsregister niet voor.

The Guardian sprak met een voormalig stuurman die tot januari aan boord diende. Hij vertelde de krant dat het schip 'bijna altijd' zijn transponder uitzette bij overslag op zee. 'Iedereen aan boord wist dat de papieren niet echt waren', citeert de Britse krant hem.

Het schip vaart onder de vlag van Kameroen en is eigendom van een brievenbusfirma in Dubai, die op vragen van beide media niet reageerde.

Schepen van deze zogeheten schaduwvloot, die Russische olie langs de westerse sancties vervoeren, passeren ook geregeld het Kanaal en de Nederlandse kust op weg van en naar de Russische Oostzeehavens. Milieuorganisaties waarschuwen al langer voor de gevolgen van een ongeluk.
""",
"03_it.txt": """Flotta ombra, la petroliera che naviga con un'assicurazione fantasma
la Repubblica
27 marzo 2027 08:15

Una petroliera di 23 anni, battente bandiera del Camerun, trasferisce da mesi petrolio da una nave all'altra al largo della Grecia con un certificato assicurativo rilasciato da una compagnia che non sembra esistere. Lo rivela il quotidiano britannico The Guardian, che ha visionato i documenti e raccolto la testimonianza di un ex ufficiale di bordo.

La Adaran Star, secondo il giornale londinese, spegneva il transponder "quasi ogni volta" che si affiancava ad altre navi per il trasbordo del greggio. "Tutti a bordo sapevano che i documenti non erano veri. Il comandante ci aveva detto di non parlarne nei porti", ha raccontato al Guardian l'ex secondo ufficiale, che ha lasciato la nave a gennaio e ha chiesto di restare anonimo.

Il certificato indica come assicuratore una "Baltic Maritime Mutual" con sede a Tallinn, società che non compare nel registro delle imprese estone. Secondo l'ex ufficiale, i 24 uomini dell'equipaggio, in gran parte birmani e indiani, sono rimasti fino a tre mesi senza stipendio, scrive il Guardian.

La proprietaria registrata della nave, la Orvale Maritime FZE di Dubai, non ha risposto alle domande del quotidiano.

La cosiddetta flotta ombra, composta da centinaia di petroliere vecchie e dalla proprietà opaca, trasporta greggio russo aggirando le sanzioni occidentali e attraversa regolarmente anche il Mediterraneo.
""",
"04_pt.txt": """Petroleiro da "frota-sombra" navega com seguro de uma seguradora fantasma
Expresso
27 de março de 2027, 09:30

Um petroleiro com 23 anos, registado nos Camarões, realizou desde outubro pelo menos 14 transferências de petróleo russo de navio para navio ao largo da costa grega e navega com um certificado de seguro emitido por uma empresa que, ao que tudo indica, não existe. Segundo a revista alemã Der Spiegel, que analisou imagens de satélite com a ajuda de um especialista, o Adaran Star foi fotografado várias vezes lado a lado com outros navios no golfo da Lacónia.

O certificado de seguro, a que o semanário teve acesso, indica como seguradora uma "Baltic Maritime Mutual", sediada em Tallinn. A empresa não consta do registo comercial estónio e a autoridade de supervisão financeira da Estónia garantiu nunca ter concedido qualquer licença com esse nome, noticia a publicação.

O navio pertence, de acordo com o registo, a uma empresa de fachada no Dubai, a Orvale Maritime FZE, que não respondeu aos pedidos de comentário da revista alemã.

"Um petroleiro sem seguro verdadeiro é uma bomba-relógio flutuante", afirmou à Der Spiegel o especialista em direito marítimo Henrik Albers. Em caso de acidente, poderá não haver quem pague os danos de uma maré negra.

Os petroleiros da chamada frota-sombra passam com frequência ao largo da costa portuguesa, a caminho ou de regresso dos portos russos do Báltico.
""",
}, [("Der Spiegel", True), ("The Guardian", True)],
[("Der Spiegel", "02_nl.txt"), ("The Guardian", "02_nl.txt"),
 ("The Guardian", "03_it.txt"), ("Der Spiegel", "04_pt.txt")],
[("The tanker Adaran Star sails with an insurance certificate naming a Tallinn insurer, Baltic Maritime Mutual, that does not appear to exist.",
  ["00_de.txt", "01_en.txt", "02_nl.txt", "03_it.txt", "04_pt.txt"], 2),
 ("Satellite images show the Adaran Star carried out at least 14 ship-to-ship transfers off Greece since October.",
  ["00_de.txt", "04_pt.txt"], 1),
 ("According to a former officer, the crew of the Adaran Star went unpaid for up to three months.",
  ["01_en.txt", "03_it.txt"], 1)])

# t07: the Italian coast guard's own statement (outside origin). ANSA (it) and EFE (es) take it
# directly ("Lo rende noto la Guardia costiera in un comunicato", "si legge nel comunicato";
# "informó el cuerpo en un comunicado", "según la nota"); Reuters (en) takes it from ANSA
# ("Italian news agency ANSA reported, citing a coast guard statement", "the agency said",
# "according to ANSA"): edge from ANSA; the Portuguese article (no outlet line, no date line)
# also credits ANSA ("informou a Guarda Costeira italiana, citada pela agência ANSA", "Segundo a
# agência italiana", "acrescenta a ANSA"): edge from ANSA. Суспільне (uk) takes the statement
# directly ("Про це повідомила Берегова охорона Італії на своєму сайті") and adds its own
# confirmation from the Ukrainian consul ("підтвердив Суспільному"): edge from the coast guard +
# Суспільне is an in-corpus origin itself.
story("t07_coastguard_statement_fire", "institution_confirmation", {
"00_it.txt": """Incendio su un mercantile a sud di Lampedusa, salvati i 14 marittimi
ANSA
30 marzo 2027, 11:20

(ANSA) - PALERMO, 30 MAR - Un incendio è divampato nella notte nella sala macchine di un mercantile battente bandiera del Belize, a circa 25 miglia a sud di Lampedusa. I 14 membri dell'equipaggio, di nazionalità ucraina e turca, sono stati tratti in salvo da una motovedetta e sbarcati a Porto Empedocle. Lo rende noto la Guardia costiera in un comunicato, precisando che nessuno dei marittimi è rimasto ferito.

L'allarme, secondo la nota, è scattato poco dopo le 3 con una richiesta di soccorso lanciata dal comandante della Kaspia Bright, una nave di 98 metri partita da Sfax, in Tunisia, e diretta a Ravenna con un carico di piastrelle. La centrale operativa della Guardia costiera a Roma ha inviato sul posto una motovedetta da Lampedusa e dirottato un mercantile in transito, che ha prestato assistenza nelle prime fasi.

"L'equipaggio ha tentato di spegnere le fiamme con i mezzi di bordo, ma il fumo ha reso impossibile restare in sala macchine", si legge nel comunicato. I marittimi sono stati trasbordati sulla motovedetta intorno alle 5.30.

La nave è ora alla deriva, senza nessuno a bordo. Un rimorchiatore partito da Augusta dovrebbe raggiungerla in serata per prenderla a rimorchio. "Al momento non si osservano tracce di inquinamento", conclude la Guardia costiera. (ANSA).
""",
"01_en.txt": """Crew of 14 rescued after fire on cargo ship south of Lampedusa
Reuters
2027-03-30T13:05:00Z

ROME, March 30 (Reuters) - Italy's coast guard rescued all 14 crew members of a Belize-flagged cargo ship after a fire broke out in its engine room about 25 miles south of the island of Lampedusa early on Tuesday, Italian news agency ANSA reported, citing a coast guard statement.

None of the sailors, who are from Ukraine and Turkey, was injured, the agency said. They were taken aboard a coast guard patrol boat and brought to Porto Empedocle in Sicily.

The Kaspia Bright, a 98-metre vessel carrying ceramic tiles from Sfax in Tunisia to Ravenna, sent a distress call shortly after 3 a.m., according to ANSA. The crew tried to fight the fire with the ship's own equipment but were forced out of the engine room by smoke.

The vessel was drifting with nobody on board, and a tug from the Sicilian port of Augusta was expected to reach it by the evening, ANSA said. No signs of pollution had been observed.

The Strait of Sicily between Tunisia and Italy is one of the busiest stretches of the Mediterranean, used by cargo ships heading to Italian and Adriatic ports.

(Reporting by Giulia Ferrante; Editing by Helen Marchant)
""",
"02_es.txt": """Rescatados los 14 tripulantes de un carguero incendiado al sur de Lampedusa
EFE
30/03/2027 12:48

Roma, 30 mar (EFE).- La Guardia Costera italiana rescató este martes a los 14 tripulantes de un buque mercante con bandera de Belice en el que se declaró un incendio en la sala de máquinas a unas 25 millas al sur de la isla de Lampedusa, informó el cuerpo en un comunicado.

Los marineros, de nacionalidad ucraniana y turca, fueron trasladados a bordo de una patrullera hasta Porto Empedocle, en el sur de Sicilia, y ninguno resultó herido, según la nota.

El capitán del Kaspia Bright, un barco de 98 metros de eslora que transportaba baldosas desde el puerto tunecino de Sfax hasta Rávena, lanzó la llamada de socorro poco después de las 03.00 hora local. La tripulación intentó sofocar las llamas con los medios de a bordo, pero el humo les obligó a abandonar la sala de máquinas, detalló la Guardia Costera.

El mercante quedó a la deriva y sin nadie a bordo. Un remolcador procedente de Augusta tenía previsto alcanzarlo por la tarde para remolcarlo. "Por el momento no se observan rastros de contaminación", indicaron los guardacostas.

Lampedusa, la isla italiana más cercana a la costa africana, se encuentra junto a una de las rutas marítimas más transitadas del Mediterráneo central.
""",
"03_uk.txt": """Біля Лампедузи загорівся суховантаж: серед врятованих моряків — дев'ятеро українців
Суспільне
30 березня 2027 15:30

Берегова охорона Італії врятувала 14 членів екіпажу суховантажу Kaspia Bright, на якому в ніч на вівторок спалахнула пожежа в машинному відділенні. Судно під прапором Белізу перебувало приблизно за 25 миль на південь від острова Лампедуза. Про це повідомила Берегова охорона Італії на своєму сайті.

Моряків зняли з судна на патрульний катер і доставили до порту Порто-Емпедокле на Сицилії. За даними берегової охорони, ніхто не постраждав. Екіпаж намагався загасити вогонь власними силами, але через дим був змушений залишити машинне відділення.

Серед врятованих — дев'ятеро громадян України, підтвердив Суспільному консул України в Неаполі Іван Дорош. «Я говорив з капітаном і двома членами екіпажу. Усі почуваються добре, медичної допомоги ніхто не потребував», — сказав він.

За словами консула, моряки родом з Одещини та Миколаївщини. Найближчими днями їх поселять у готелі, поки судновласник не організує повернення додому.

Kaspia Bright ішла з туніського Сфакса до італійської Равенни з вантажем керамічної плитки. Українці становлять одну з найбільших національних груп серед моряків торговельного флоту у світі.
""",
"04_pt.txt": """Tripulação de cargueiro em chamas resgatada a sul de Lampedusa

Os 14 tripulantes de um navio de carga com bandeira do Belize foram resgatados esta terça-feira depois de um incêndio na casa das máquinas, a cerca de 25 milhas a sul da ilha italiana de Lampedusa, informou a Guarda Costeira italiana, citada pela agência ANSA.

Segundo a agência italiana, os marinheiros, de nacionalidade ucraniana e turca, foram transferidos para uma lancha de patrulha e desembarcados em Porto Empedocle, na Sicília. Ninguém ficou ferido.

O alerta foi dado pouco depois das 03:00 pelo comandante do Kaspia Bright, um navio de 98 metros que seguia de Sfax, na Tunísia, para Ravena, carregado de azulejos. A tripulação ainda tentou combater as chamas com os meios de bordo, mas o fumo obrigou-a a abandonar a casa das máquinas.

O navio ficou à deriva, sem ninguém a bordo, e um rebocador que partiu de Augusta deveria alcançá-lo ao fim do dia. Até ao momento não foram detetados sinais de poluição, acrescenta a ANSA.

O canal da Sicília, entre a Tunísia e a ilha italiana, é uma das rotas marítimas mais movimentadas do Mediterrâneo e é usado por navios que seguem para os portos do Adriático.
""",
}, [("Guardia Costiera", False), ("Суспільне", True)],
[("Guardia Costiera", "00_it.txt"), ("ANSA", "01_en.txt"), ("Guardia Costiera", "02_es.txt"),
 ("Guardia Costiera", "03_uk.txt"), ("ANSA", "04_pt.txt")],
[("A fire broke out in the engine room of the Belize-flagged cargo ship Kaspia Bright about 25 miles south of Lampedusa.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_uk.txt", "04_pt.txt"], 2),
 ("All 14 crew members were rescued by a coast guard patrol boat and taken to Porto Empedocle; nobody was injured.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_uk.txt", "04_pt.txt"], 2),
 ("The abandoned ship is drifting, a tug from Augusta is on its way and no pollution has been observed.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "04_pt.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 120 (shipping, ports and the sea; real media names, "
                       "invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, cl, _ in claims:
            for a in cl:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": cl, "independent_sources": n} for t, cl, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(S)} stories, {sum(len(s[2]) for s in S)} articles")


if __name__ == "__main__":
    main()
