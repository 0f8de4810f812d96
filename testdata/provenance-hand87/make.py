#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand87 set.
Real media names, invented events, people, airlines and flights (see README.md)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a Deutsche Bahn press release taken directly by four outlets (no medium between):
# de "teilte die Deutsche Bahn ... mit" + "heißt es in der Mitteilung"; en "Deutsche Bahn said in
# a statement"; pl "poinformowała w komunikacie Deutsche Bahn"; it (no date line) "ha fatto sapere
# Deutsche Bahn in un comunicato".
story("r01_db_press_release_ice_tunnel", "official_statement", {
"00_de.txt": """ICE steckt über vier Stunden im Landrückentunnel fest – 512 Fahrgäste umgestiegen
hessenschau.de
2027-03-17 08:45

Ein ICE von Hamburg-Altona nach München ist am Dienstagabend im Landrückentunnel zwischen Fulda und Würzburg liegen geblieben. Die 512 Reisenden saßen rund viereinhalb Stunden im Tunnel fest, bevor sie in einen Ersatzzug umsteigen konnten. Das teilte die Deutsche Bahn am Mittwochmorgen mit.

Ursache war nach Angaben des Konzerns ein beschädigter Stromabnehmer, der gegen 19.20 Uhr die Oberleitung auf mehreren hundert Metern heruntergerissen habe. Der Zug sei daraufhin ohne Strom etwa drei Kilometer hinter dem Tunnelportal stehen geblieben. „Die Notbeleuchtung und die Lüftung im Zug haben die ganze Zeit funktioniert", heißt es in der Mitteilung.

Ein Ersatz-ICE fuhr auf dem Nachbargleis an den liegen gebliebenen Zug heran, die Fahrgäste wechselten über Notbrücken. Zwei Reisende wurden wegen Kreislaufproblemen vom Rettungsdienst betreut, ins Krankenhaus musste niemand.

Die Schnellfahrstrecke bleibt laut Bahn bis Mittwochmittag gesperrt. Fernzüge werden über Frankfurt umgeleitet und brauchen 45 bis 60 Minuten länger. Die Bahn entschuldigte sich bei den Betroffenen und kündigte an, die Fahrgastrechte-Entschädigung automatisch anzuweisen.
""",
"01_en.txt": """ICE passengers stuck for hours in German rail tunnel after power line damage
The Local Germany
2027-03-17T10:30:00+01:00

More than 500 passengers on an ICE high-speed train spent around four and a half hours stuck in a tunnel in central Germany on Tuesday evening, Deutsche Bahn said in a statement on Wednesday.

The train, running from Hamburg-Altona to Munich, came to a halt inside the Landrücken tunnel between Fulda and Würzburg at around 7.20 pm after a damaged pantograph tore down a section of the overhead line, the rail operator said.

The 512 passengers were eventually moved into a second ICE that pulled up on the neighbouring track, crossing over on emergency gangways. Two people were looked after by paramedics for circulatory problems, but nobody had to go to hospital, according to the statement.

Deutsche Bahn said the high-speed line would stay closed until midday on Wednesday. Long-distance trains are being diverted via Frankfurt, adding between 45 minutes and an hour to journeys. Passengers on the affected train will receive compensation automatically, the company said.
""",
"02_pl.txt": """Pociąg ICE utknął w tunelu w Niemczech. Ponad 500 pasażerów czekało ponad cztery godziny
Onet
17.03.2027 12:10

Ponad 500 pasażerów pociągu ICE jadącego z Hamburga do Monachium spędziło we wtorek wieczorem około czterech i pół godziny w tunelu Landrücken między Fuldą a Würzburgiem - poinformowała w środę w komunikacie Deutsche Bahn.

Według niemieckiego przewoźnika przyczyną był uszkodzony pantograf, który około godz. 19.20 zerwał sieć trakcyjną na odcinku kilkuset metrów. Pociąg zatrzymał się bez zasilania około trzech kilometrów od wjazdu do tunelu.

512 podróżnych przesiadło się do pociągu zastępczego, który podjechał sąsiednim torem. Dwiema osobami z problemami krążeniowymi zajęli się ratownicy, nikt nie trafił do szpitala.

Jak przekazała Deutsche Bahn, linia dużych prędkości pozostanie zamknięta do środy w południe, a pociągi dalekobieżne kursują objazdem przez Frankfurt, co wydłuża podróż o 45-60 minut.
""",
"03_it.txt": """Germania, treno ad alta velocità bloccato in galleria: oltre 500 passeggeri fermi per ore
Il Post

Un treno ICE partito da Amburgo e diretto a Monaco di Baviera è rimasto bloccato martedì sera per circa quattro ore e mezza nella galleria Landrücken, tra Fulda e Würzburg, con 512 passeggeri a bordo. Lo ha fatto sapere Deutsche Bahn in un comunicato diffuso mercoledì mattina.

Secondo l'azienda ferroviaria tedesca, un pantografo danneggiato ha strappato la linea aerea di contatto per alcune centinaia di metri, lasciando il treno senza corrente. I passeggeri sono stati trasferiti su un secondo ICE arrivato sul binario accanto, passando su passerelle di emergenza; due persone sono state assistite dai soccorritori per problemi di circolazione.

Deutsche Bahn ha aggiunto che la linea resterà chiusa fino a mercoledì a mezzogiorno e che i treni a lunga percorrenza vengono deviati via Francoforte.
""",
}, [{"name": "Deutsche Bahn", "in_corpus": False}],
[{"origin": "Deutsche Bahn", "article": a} for a in ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"]],
[
 {"text": "An ICE from Hamburg to Munich was stuck for about four and a half hours in the Landrücken tunnel after a damaged pantograph tore down the overhead line.",
  "articles": ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The 512 passengers were moved to a replacement train on the neighbouring track; two were treated for circulatory problems.",
  "articles": ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The high-speed line stays closed until Wednesday noon and long-distance trains are diverted via Frankfurt, taking 45 to 60 minutes longer.",
  "articles": ["00_de.txt", "01_en.txt", "02_pl.txt"], "independent_sources": 1},
])

# r02: a specialist-site scoop (The Aviation Herald, not in the corpus) relayed by four general
# outlets: de "wie das Fachportal The Aviation Herald zuerst berichtete"; es "según ha publicado el
# portal especializado The Aviation Herald" + "explicó la aerolínea a ese portal"; en (no outlet
# line, title suffix) "The Aviation Herald, which first reported the incident" + "told The
# Aviation Herald"; pl "podał branżowy serwis The Aviation Herald".
story("r02_avherald_scoop_bordeaux_diversion", "specialist_site", {
"00_de.txt": """Rauch in der Kabine: Düsseldorf-Flug muss in Bordeaux notlanden
Rheinische Post
09.05.2027 16:20

Ein Airbus A321neo der spanischen Fluggesellschaft Transvía Atlántica auf dem Weg von Madrid nach Düsseldorf ist am Samstag wegen Rauchs in der Kabine nach Bordeaux umgeleitet worden. Nach der Landung verließen die 187 Passagiere und sieben Besatzungsmitglieder die Maschine über die Notrutschen, wie das Fachportal The Aviation Herald zuerst berichtete.

Demnach bemerkte die Crew den Rauch in rund 11.000 Metern Höhe über Westfrankreich und setzte einen Notruf ab. Etwa 35 Minuten später setzte der Flug TV2214 in Bordeaux-Mérignac auf. Sechs Passagiere zogen sich bei der Evakuierung leichte Verletzungen zu.

Die Airline führte den Rauch gegenüber dem Portal auf eine defekte Klimaanlage zurück. Die Reisenden wurden am Sonntagmorgen mit einer Ersatzmaschine nach Düsseldorf gebracht, die betroffene Maschine bleibt vorerst in Bordeaux.
""",
"01_es.txt": """Un avión de Transvía Atlántica con destino a Düsseldorf, evacuado en Burdeos por humo en cabina
El País
2027-05-09 18:05

Un Airbus A321neo de la aerolínea Transvía Atlántica que cubría el trayecto entre Madrid y Düsseldorf tuvo que desviarse el sábado a Burdeos (Francia) tras detectarse humo en la cabina de pasajeros, según ha publicado el portal especializado The Aviation Herald. Los 187 pasajeros y los siete tripulantes abandonaron el aparato por los toboganes de emergencia.

La tripulación del vuelo TV2214 declaró la emergencia a unos 36.000 pies sobre el oeste de Francia y aterrizó en el aeropuerto de Burdeos-Mérignac unos 35 minutos después. Seis pasajeros sufrieron heridas leves durante la evacuación.

El humo procedía de uno de los equipos de aire acondicionado, explicó la aerolínea a ese portal. Los pasajeros continuaron viaje el domingo por la mañana en otro avión.
""",
"02_en.txt": """Smoke in cabin forces Madrid-Düsseldorf flight to divert to Bordeaux, passengers use slides | The Independent
2027-05-09T19:40:00+00:00

A Transvía Atlántica flight from Madrid to Düsseldorf was diverted to Bordeaux on Saturday after smoke filled the passenger cabin, and all on board left the aircraft via the emergency slides.

The Aviation Herald, which first reported the incident, said the crew of the Airbus A321neo declared an emergency at around 36,000ft over western France and landed at Bordeaux-Mérignac some 35 minutes later. There were 187 passengers and seven crew on board flight TV2214. Six passengers sustained minor injuries during the evacuation.

The Spanish carrier told The Aviation Herald that the smoke had been traced to one of the aircraft's air-conditioning units. A replacement aircraft took passengers on to Düsseldorf on Sunday morning.
""",
"03_pl.txt": """Dym na pokładzie samolotu do Düsseldorfu. Ewakuacja na zjeżdżalniach w Bordeaux
Gazeta.pl
9 maja 2027

Samolot hiszpańskich linii Transvía Atlántica lecący z Madrytu do Düsseldorfu musiał w sobotę awaryjnie lądować w Bordeaux z powodu dymu w kabinie - podał branżowy serwis The Aviation Herald. Pasażerowie opuścili maszynę po zjeżdżalniach ewakuacyjnych.

Według serwisu załoga Airbusa A321neo zgłosiła sytuację awaryjną nad zachodnią Francją, a samolot wylądował w Bordeaux po około 35 minutach. Na pokładzie było 187 pasażerów i siedmioro członków załogi. Sześć osób doznało lekkich obrażeń podczas ewakuacji.
""",
}, [{"name": "The Aviation Herald", "in_corpus": False}],
[{"origin": "The Aviation Herald", "article": a} for a in ["00_de.txt", "01_es.txt", "02_en.txt", "03_pl.txt"]],
[
 {"text": "A Transvía Atlántica A321neo from Madrid to Düsseldorf diverted to Bordeaux because of smoke in the cabin and was evacuated via the slides.",
  "articles": ["00_de.txt", "01_es.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Six passengers suffered minor injuries during the evacuation.",
  "articles": ["00_de.txt", "01_es.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The airline traced the smoke to an air-conditioning unit.",
  "articles": ["00_de.txt", "01_es.txt", "02_en.txt"], "independent_sources": 1},
])

# r03: agency chain. PAP (not in corpus) -> Rzeczpospolita (pl, "jak podała PAP", "powiedziała
# PAP") -> n-tv.de (de credits only "die polnische Tageszeitung Rzeczpospolita"); it credits PAP
# directly ("riferisce l'agenzia di stampa polacca PAP"); en credits PAP directly ("state news
# agency PAP reported", "told PAP").
story("r03_pap_chain_level_crossing", "agency_chain", {
"00_pl.txt": """Pociąg Intercity zderzył się z ciągnikiem pod Działdowem. Trasa Warszawa-Gdańsk zablokowana
Rzeczpospolita
2027-06-22 11:20

Pociąg PKP Intercity relacji Gdynia Główna - Kraków Główny zderzył się we wtorek rano z ciągnikiem rolniczym na przejeździe kolejowym w Turzy Wielkiej pod Działdowem - poinformowała Polska Agencja Prasowa. Kierowca ciągnika został ciężko ranny.

Jak podała PAP, do wypadku doszło ok. godz. 7.40 na niestrzeżonym przejeździe. 58-letni kierowca ciągnika został przetransportowany śmigłowcem Lotniczego Pogotowia Ratunkowego do szpitala w Olsztynie. "Wszystko wskazuje na to, że wjechał na przejazd mimo nadjeżdżającego pociągu" - powiedziała PAP rzeczniczka policji w Działdowie asp. Anna Kruk.

Czterech pasażerów pociągu doznało lekkich obrażeń. Ok. 290 podróżnych przewieziono autobusami do Działdowa, skąd kontynuowali podróż innym składem.

Linia E65 była zablokowana w obu kierunkach przez około pięć godzin, pociągi kierowano objazdem przez Toruń.
""",
"01_de.txt": """Polen: Intercity prallt an Bahnübergang gegen Traktor
n-tv.de
22.06.2027 14:02

Im Norden Polens ist ein Intercity-Zug der polnischen Staatsbahn an einem Bahnübergang mit einem Traktor zusammengestoßen. Der Fahrer des Traktors wurde schwer verletzt, wie die polnische Tageszeitung „Rzeczpospolita" berichtet.

Der Zug war auf dem Weg von Gdynia nach Krakau, als er am Dienstagmorgen gegen 7.40 Uhr in Turza Wielka bei Działdowo an einem unbeschrankten Übergang den Traktor erfasste. Der 58 Jahre alte Fahrer wurde mit einem Rettungshubschrauber nach Olsztyn geflogen.

Vier Fahrgäste erlitten nach Angaben der Zeitung leichte Verletzungen. Rund 290 Reisende wurden mit Bussen nach Działdowo gebracht. Die wichtige Strecke zwischen Warschau und Danzig war stundenlang gesperrt.
""",
"02_it.txt": """Polonia, treno Intercity travolge un trattore a un passaggio a livello: grave il conducente
Il Messaggero
22 giugno 2027

Un treno Intercity partito da Gdynia e diretto a Cracovia ha travolto martedì mattina un trattore su un passaggio a livello incustodito a Turza Wielka, vicino a Działdowo, nel nord della Polonia. Lo riferisce l'agenzia di stampa polacca PAP.

Il conducente del trattore, 58 anni, è stato trasportato in elicottero all'ospedale di Olsztyn in gravi condizioni. Secondo la polizia locale, citata dall'agenzia, l'uomo avrebbe attraversato i binari nonostante l'arrivo del treno.

La linea ferroviaria tra Varsavia e Danzica è rimasta bloccata per circa cinque ore e i treni sono stati deviati via Toruń, aggiunge la PAP.
""",
"03_en.txt": """Intercity train hits tractor at level crossing in northern Poland
Notes from Poland
2027-06-22T15:30:00+02:00

A PKP Intercity train travelling from Gdynia to Kraków collided with a tractor at an unguarded level crossing near Działdowo on Tuesday morning, state news agency PAP reported. The driver of the tractor was seriously injured.

The 58-year-old was flown by air ambulance to hospital in Olsztyn. Police spokeswoman Anna Kruk told PAP that everything suggested he had driven onto the crossing despite the approaching train.

Four passengers suffered minor injuries and around 290 were taken by bus to Działdowo to continue their journey. The E65 line, the main rail link between Warsaw and Gdańsk, was closed in both directions for about five hours, with trains diverted via Toruń, PAP added.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": "00_pl.txt"},
 {"origin": "Rzeczpospolita", "article": "01_de.txt"},
 {"origin": "PAP", "article": "02_it.txt"},
 {"origin": "PAP", "article": "03_en.txt"}],
[
 {"text": "A PKP Intercity train from Gdynia to Kraków hit a tractor at a level crossing near Działdowo; the 58-year-old tractor driver was seriously injured and flown to hospital in Olsztyn.",
  "articles": ["00_pl.txt", "01_de.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Four passengers were slightly injured and about 290 were taken by bus to Działdowo.",
  "articles": ["00_pl.txt", "01_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The Warsaw-Gdańsk line (E65) was blocked for about five hours and trains were diverted via Toruń.",
  "articles": ["00_pl.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1},
])

# r04: two independent own reports of one event: Corriere della Sera (reporter on board, "Il
# nostro inviato era a bordo", "ha detto al Corriere") and la Repubblica (reporters on the
# platform in Florence, "ai cronisti di Repubblica", "ha raccontato a Repubblica"); de credits
# both ("wie der Corriere della Sera ... und La Repubblica übereinstimmend berichten"); en credits
# only Corriere; es credits only La Repubblica.
story("r04_two_reports_frecciarossa_tunnel", "two_independent", {
"00_it.txt": """Frecciarossa fermo tre ore in galleria senza aria condizionata: «Sembrava un forno»
Corriere della Sera
2027-07-14 20:15

Tre ore e dieci minuti fermi nella galleria di Firenzuola, sulla linea ad alta velocità tra Bologna e Firenze, senza aria condizionata e con le luci di emergenza. È quanto hanno vissuto oggi i passeggeri del Frecciarossa 9527 Milano-Napoli. Il nostro inviato era a bordo del treno.

Il convoglio si è fermato alle 15.10 per un guasto al sistema di trazione. Dopo pochi minuti l'impianto di climatizzazione si è spento e nelle carrozze la temperatura è salita fino a 38 gradi. Gli annunci a bordo sono stati pochi: «Ci scusiamo per il disagio, siamo in attesa di istruzioni», è stato ripetuto più volte.

Dopo circa un'ora e mezza il capotreno e due colleghi sono passati nelle carrozze distribuendo bottigliette d'acqua. «Ne avevamo solo duecento, abbiamo dato la precedenza ad anziani e bambini», ha detto al Corriere uno dei ferrovieri.

Solo alle 18.20 una locomotiva diesel ha agganciato il Frecciarossa e lo ha trainato fuori dalla galleria, fino alla stazione di Firenze Santa Maria Novella.
""",
"01_it.txt": """Frecciarossa bloccato nella galleria di Firenzuola, l'arrivo a Firenze: «Tre ore al buio e al caldo»
la Repubblica
14/07/2027 21:40

Sono scesi dal treno stravolti, molti con le camicie fradice di sudore. Alle 19.42 il Frecciarossa 9527 Milano-Napoli è arrivato al binario 16 della stazione di Santa Maria Novella con 192 minuti di ritardo, dopo essere rimasto fermo per oltre tre ore nella galleria di Firenzuola, senza aria condizionata.

«Tre ore al buio e al caldo, senza sapere niente», ha raccontato a Repubblica Giulia Ferretti, 34 anni, in viaggio da Milano a Roma per lavoro. Ai cronisti di Repubblica che attendevano sul binario, diversi passeggeri hanno descritto carrozze soffocanti e pochissime informazioni dal personale.

Un passeggero di 81 anni ha avuto un malore poco prima dell'arrivo ed è stato soccorso dal personale del 118 direttamente sulla banchina. Le sue condizioni non sono gravi.

Il treno, rimasto senza trazione per un guasto, è stato trainato fino a Firenze da un locomotore diesel. Molti viaggiatori diretti a Roma e Napoli hanno proseguito con i treni successivi.
""",
"02_de.txt": """Hitze-Drama im Apennin: Frecciarossa steckt drei Stunden im Tunnel fest
Süddeutsche Zeitung
15. Juli 2027

In Italien haben Hunderte Fahrgäste eines Hochgeschwindigkeitszugs mehr als drei Stunden in einem Tunnel ohne Klimaanlage ausharren müssen. Der Frecciarossa von Mailand nach Neapel blieb am Mittwochnachmittag im Firenzuola-Tunnel zwischen Bologna und Florenz wegen eines Antriebsschadens liegen, wie der Corriere della Sera, dessen Reporter im Zug saß, und La Repubblica übereinstimmend berichten.

Laut Corriere stieg die Temperatur in den Wagen auf 38 Grad. Erst nach etwa anderthalb Stunden verteilte das Zugpersonal Wasserflaschen. Eine Diesellok schleppte den Zug schließlich nach Florenz.

Dort kam er nach Angaben der Repubblica mit 192 Minuten Verspätung an. Ein 81 Jahre alter Fahrgast brach kurz vor der Ankunft zusammen und wurde am Bahnsteig von Rettungskräften versorgt.
""",
"03_en.txt": """Frecciarossa passengers trapped for three hours in sweltering tunnel
Wanted in Rome
2027-07-15T09:10:00+02:00

Passengers on a Frecciarossa high-speed train from Milan to Naples spent more than three hours stuck in a tunnel between Bologna and Florence on Wednesday with no air conditioning, according to Corriere della Sera, whose reporter was on board.

The train broke down inside the Firenzuola tunnel at 3.10 pm, the newspaper reported, and temperatures inside the carriages climbed to 38 degrees. After about an hour and a half, the train manager and colleagues went through the coaches handing out bottles of water, giving priority to elderly passengers and children.

A diesel locomotive eventually towed the train out of the tunnel to Florence's Santa Maria Novella station shortly after 6.20 pm, Corriere said.
""",
"04_es.txt": """Tres horas atrapados sin aire acondicionado en un túnel: la pesadilla de un tren de alta velocidad en Italia
El Mundo
15/07/2027 11:25

Cientos de pasajeros de un Frecciarossa que cubría la ruta Milán-Nápoles permanecieron el miércoles más de tres horas atrapados en el túnel de Firenzuola, entre Bolonia y Florencia, sin aire acondicionado, según el diario italiano La Repubblica.

El tren sufrió una avería en el sistema de tracción y tuvo que ser remolcado por una locomotora diésel hasta Florencia, donde llegó con 192 minutos de retraso. Un pasajero de 81 años sufrió un desmayo poco antes de la llegada y fue atendido por los servicios de emergencia en el andén, informa el periódico.

"Tres horas a oscuras y con calor, sin saber nada", contó al rotativo una pasajera de 34 años.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True},
    {"name": "la Repubblica", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": "02_de.txt"},
 {"origin": "la Repubblica", "article": "02_de.txt"},
 {"origin": "Corriere della Sera", "article": "03_en.txt"},
 {"origin": "la Repubblica", "article": "04_es.txt"}],
[
 {"text": "The Milan-Naples Frecciarossa was stuck for more than three hours in the Firenzuola tunnel between Bologna and Florence without air conditioning and was towed to Florence by a diesel locomotive.",
  "articles": ["00_it.txt", "01_it.txt", "02_de.txt", "03_en.txt", "04_es.txt"], "independent_sources": 2},
 {"text": "The temperature in the carriages rose to 38 degrees and staff handed out water bottles after about an hour and a half.",
  "articles": ["00_it.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The train reached Florence 192 minutes late and an 81-year-old passenger who collapsed was treated by paramedics on the platform.",
  "articles": ["01_it.txt", "02_de.txt", "04_es.txt"], "independent_sources": 1},
])

# r05: a national investigation authority's report (CIAIAC, not a medium) taken directly by
# Diario de Mallorca, Mallorca Zeitung and the Majorca Daily Bulletin (no date line); Última Hora
# is an uncredited close rewrite of Diario de Mallorca published later the same day (edge from
# Diario de Mallorca); Dziennik Zachodni credits the Mallorca Zeitung ("jak podała ... „Mallorca
# Zeitung"") -> chain, root CIAIAC.
story("r05_ciaiac_report_palma_rejected_takeoff", "authority_report", {
"00_es.txt": """La CIAIAC concluye que un vehículo de pista obligó a abortar un despegue en Son Sant Joan
Diario de Mallorca
2027-09-08 13:05

Un vehículo de mantenimiento del aeropuerto de Palma invadió la pista 24L mientras un Boeing 737-800 de la aerolínea chárter polaca Baltica Charter iniciaba la carrera de despegue, lo que obligó a la tripulación a abortar la maniobra a unos 118 nudos. Así lo recoge el informe provisional que la Comisión de Investigación de Accidentes e Incidentes de Aviación Civil (CIAIAC) hizo público este miércoles.

El incidente, clasificado como grave, ocurrió el 14 de agosto de 2026 en el vuelo con destino a Katowice, con 184 pasajeros y seis tripulantes a bordo. Según el documento, el avión se detuvo a unos 310 metros del vehículo. No hubo heridos.

El informe atribuye el suceso a una confusión en las comunicaciones: el conductor del vehículo interpretó como propia una autorización que el controlador había dirigido a otro vehículo por una frecuencia distinta.

La CIAIAC recomienda a Aena instalar barras de parada iluminadas en los accesos a la pista y exigir la colación de todas las autorizaciones de cruce.
""",
"01_es.txt": """Un vehículo en la pista obligó a abortar un despegue en el aeropuerto de Palma, según la CIAIAC
Última Hora
08/09/2027 17:50

Un vehículo de mantenimiento del aeropuerto de Palma se adentró en la pista 24L cuando un Boeing 737-800 de la chárter polaca Baltica Charter comenzaba la carrera de despegue, y la tripulación tuvo que abortar la maniobra a unos 118 nudos. Es lo que recoge el informe provisional que la CIAIAC hizo público este miércoles.

El incidente, calificado como grave, tuvo lugar el 14 de agosto de 2026 en el vuelo con destino a Katowice, que llevaba a bordo 184 pasajeros y seis tripulantes. El avión se detuvo a unos 310 metros del vehículo, según el documento. No se registraron heridos.

El informe achaca lo ocurrido a una confusión en las comunicaciones: el conductor interpretó como propia una autorización que el controlador había dado a otro vehículo en una frecuencia distinta.

La comisión recomienda a Aena instalar barras de parada iluminadas en los accesos a la pista y exigir la colación de todas las autorizaciones de cruce.
""",
"02_de.txt": """Startabbruch in Palma: Fahrzeug rollte auf die Piste
Mallorca Zeitung
8. September 2027

Weil ein Wartungsfahrzeug des Flughafens auf die Startbahn 24L gefahren war, musste die Crew einer Boeing 737-800 der polnischen Chartergesellschaft Baltica Charter im August 2026 in Palma einen Start bei rund 118 Knoten abbrechen. Das geht aus dem am Mittwoch veröffentlichten Zwischenbericht der spanischen Flugunfall-Untersuchungskommission CIAIAC hervor.

Die Maschine mit 184 Passagieren und sechs Besatzungsmitgliedern an Bord sollte nach Katowice fliegen. Sie kam laut dem Bericht etwa 310 Meter vor dem Fahrzeug zum Stehen. Verletzt wurde niemand; die Kommission stuft den Vorfall als schwer ein.

Der Fahrer habe eine Freigabe, die der Lotse auf einer anderen Frequenz einem anderen Fahrzeug erteilt hatte, auf sich bezogen, heißt es in dem Bericht.
""",
"03_pl.txt": """Samolot z Katowic musiał przerwać start na Majorce. Na pas wjechał pojazd
Dziennik Zachodni
08.09.2027 19:30

Załoga Boeinga 737-800 polskiej linii czarterowej Baltica Charter musiała w sierpniu ubiegłego roku przerwać start na lotnisku w Palma de Mallorca, bo na pas wjechał pojazd techniczny lotniska - podała wydawana na Majorce niemieckojęzyczna gazeta "Mallorca Zeitung".

Samolot, który miał lecieć do Katowic ze 184 pasażerami na pokładzie, zatrzymał się ok. 310 metrów przed pojazdem. Nikomu nic się nie stało. Jak pisze gazeta, hiszpańska komisja badania wypadków lotniczych uznała zdarzenie za poważny incydent.
""",
"04_en.txt": """Vehicle on runway forced aborted take-off at Palma, investigators find
Majorca Daily Bulletin

A Palma airport maintenance vehicle drove onto runway 24L as a Baltica Charter Boeing 737-800 bound for Katowice was accelerating for take-off last August, forcing the pilots to abort at around 118 knots, according to an interim report by Spain's civil aviation accident investigation commission, the CIAIAC, published on Wednesday.

The report says the driver mistook a clearance given by the controller to another vehicle on a different frequency for his own. None of the 184 passengers and six crew were hurt.

The CIAIAC has recommended that Aena install illuminated stop bars at runway access points and require read-back of every crossing clearance.
""",
}, [{"name": "CIAIAC", "in_corpus": False}],
[{"origin": "CIAIAC", "article": "00_es.txt"},
 {"origin": "Diario de Mallorca", "article": "01_es.txt"},
 {"origin": "CIAIAC", "article": "02_de.txt"},
 {"origin": "Mallorca Zeitung", "article": "03_pl.txt"},
 {"origin": "CIAIAC", "article": "04_en.txt"}],
[
 {"text": "A Baltica Charter Boeing 737-800 bound for Katowice had to abort its take-off at Palma at about 118 knots because an airport maintenance vehicle entered runway 24L.",
  "articles": ["00_es.txt", "01_es.txt", "02_de.txt", "03_pl.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The aircraft stopped about 310 metres from the vehicle and nobody was injured.",
  "articles": ["00_es.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The investigators recommend that Aena install illuminated stop bars and require read-back of all crossing clearances.",
  "articles": ["00_es.txt", "01_es.txt", "04_en.txt"], "independent_sources": 1},
])

# r06: an airline's message to passengers (Ali Tirreniche, taken directly by il Resto del
# Carlino: "si legge nel messaggio inviato ai passeggeri"), a passenger's Facebook post (Marta
# Zielonka, quoted directly by Gazeta Krakowska: "napisała na Facebooku"), Simple Flying crediting
# both in-corpus outlets (two chain edges), and aeroTELEGRAPH's own enquiry ("Auf Anfrage von
# aeroTELEGRAPH") -> three roots for the cancellation claim.
story("r06_airline_message_and_passenger_posts", "airline_statement_social", {
"00_it.txt": """Bologna-Cracovia cancellato dopo ore di attesa, la compagnia: «Ci scusiamo, voucher da 250 euro»
il Resto del Carlino
04.10.2027 09:50

Il volo Ali Tirreniche da Bologna a Cracovia previsto per domenica pomeriggio è stato cancellato a tarda notte, dopo che i passeggeri erano già saliti a bordo e poi fatti scendere. I viaggiatori sono stati sistemati in albergo e riprotetti su un volo in partenza lunedì alle 13.

«Ci scusiamo sinceramente per il disagio causato da un guasto tecnico al nostro aeromobile», si legge nel messaggio inviato dalla compagnia ai passeggeri via SMS ed e-mail e pubblicato anche sulla sua pagina Facebook. «La sicurezza dei nostri clienti viene prima della puntualità».

Nel messaggio Ali Tirreniche offre a ogni passeggero un voucher da 250 euro da utilizzare entro un anno e ricorda che restano validi i diritti di compensazione previsti dal regolamento europeo 261/2004.
""",
"01_pl.txt": """"Dziewięć godzin bez wody i bez informacji". Pasażerowie lotu z Bolonii do Krakowa utknęli na noc we Włoszech
Gazeta Krakowska
2027-10-04 11:35

Pasażerowie lotu linii Ali Tirreniche z Bolonii do Krakowa spędzili w niedzielę dziewięć godzin na lotnisku, zanim rejs został odwołany. Do hoteli dotarli dopiero ok. godz. 2 w nocy.

"Dziewięć godzin przy bramce, bez wody, bez jedzenia i bez żadnej informacji. Najpierw wsadzili nas do samolotu, po godzinie kazali wysiąść i zniknęli" - napisała w poście na Facebooku pasażerka Marta Zielonka z Krakowa. Jak dodała, wśród czekających były rodziny z małymi dziećmi.

"Dopiero po północy ktoś z obsługi powiedział, że lotu nie będzie. Autokar do hotelu przyjechał o pierwszej trzydzieści" - relacjonowała Zielonka. Jej wpis udostępniono ponad 3 tysiące razy.
""",
"02_en.txt": """Ali Tirreniche passengers stranded overnight in Bologna after nine-hour wait
Simple Flying
October 4, 2027

Passengers on an Ali Tirreniche flight from Bologna to Kraków were left stranded overnight in Italy on Sunday after a nine-hour wait ended with the flight's cancellation shortly after midnight.

Polish regional daily Gazeta Krakowska quoted a Facebook post by passenger Marta Zielonka, who wrote that travellers spent nine hours at the gate "without water, without food and without any information" after first boarding the aircraft and then being told to get off.

According to Bologna newspaper il Resto del Carlino, the Italian carrier blamed a technical fault in a message to passengers, apologised, and offered each of them a €250 voucher on top of their rights under EU regulation 261. Passengers were rebooked on a Monday afternoon flight.
""",
"03_de.txt": """Hydraulikschaden: Ali Tirreniche lässt Krakau-Passagiere in Bologna übernachten
aeroTELEGRAPH
04.10.2027 15:12

Die italienische Fluggesellschaft Ali Tirreniche hat am Sonntag ihren Flug von Bologna nach Krakau kurz nach Mitternacht gestrichen. Die Passagiere mussten in Hotels übernachten.

Auf Anfrage von aeroTELEGRAPH erklärte eine Sprecherin der Airline, bei dem Airbus A320 sei vor dem Start ein Defekt im Hydrauliksystem festgestellt worden. Ein Ersatzteil habe aus Rom eingeflogen werden müssen, eine Ersatzmaschine sei am Sonntagabend nicht verfügbar gewesen.

Die Reisenden sollten am Montag mit derselben Maschine nach Krakau fliegen, sobald die Reparatur abgeschlossen sei, so die Sprecherin.
""",
}, [{"name": "Ali Tirreniche", "in_corpus": False},
    {"name": "Marta Zielonka", "in_corpus": False},
    {"name": "aeroTELEGRAPH", "in_corpus": True}],
[{"origin": "Ali Tirreniche", "article": "00_it.txt"},
 {"origin": "Marta Zielonka", "article": "01_pl.txt"},
 {"origin": "Gazeta Krakowska", "article": "02_en.txt"},
 {"origin": "il Resto del Carlino", "article": "02_en.txt"}],
[
 {"text": "The Ali Tirreniche flight from Bologna to Kraków was cancelled late on Sunday night and passengers spent the night in hotels.",
  "articles": ["00_it.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], "independent_sources": 3},
 {"text": "The airline apologised to passengers for a technical fault and offered each a 250-euro voucher.",
  "articles": ["00_it.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "Passenger Marta Zielonka wrote that travellers waited nine hours at the gate without water, food or information.",
  "articles": ["01_pl.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "A hydraulic fault was found on the A320 and a spare part had to be flown in from Rome.",
  "articles": ["03_de.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 87 (real media names, invented transport "
                       "and aviation incidents); see README.md.", "stories": []}
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
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
