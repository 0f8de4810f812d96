#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand94 set.

Emphasis: wire-agency chains and regional papers. Real agency and newspaper names
(dpa, AFP, ANSA, EFE, PAP, APA, Belga, Ukrinform, Interfax-Ukraine, AP; Süddeutsche
Zeitung, Ouest-France, Corriere della Sera, Gazeta Wyborcza, La Vanguardia, ...), but
every event, person, quote and place-level detail is invented. Languages: de, fr, it,
pl, es, en."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a police press release (Polizeipräsidium Oberbayern Süd, out of corpus) taken
# directly by SZ ("wie das Polizeipräsidium ... in einer Pressemitteilung mitteilte"), by
# PAP (own dateline "Monachium (PAP) –" + "poinformowała w komunikacie prasowym policja")
# and by TVP World (no outlet line, title suffix; "Bavarian police said in a press
# release"). Gazeta Wyborcza rewrites the PAP wire, mentions the police but signs "PAP":
# edge from PAP only (chain police -> PAP -> Wyborcza).
story("r01_police_release_coach_crash", "press_release", {
"00_de.txt": """Reisebus mit polnischen Urlaubern kippt auf der A8 um – 14 Verletzte
Süddeutsche Zeitung
16.05.2027 15:40

Auf der Autobahn A8 bei Irschenberg im Landkreis Miesbach ist am Sonntagmorgen ein Reisebus mit polnischen Urlaubern umgekippt. 14 Menschen wurden verletzt, zwei von ihnen schwer, wie das Polizeipräsidium Oberbayern Süd am Nachmittag in einer Pressemitteilung mitteilte.

Der Bus mit 46 Fahrgästen war auf der Rückfahrt von einem Ausflug nach München und zum Schloss Neuschwanstein nach Krakau. Gegen 6.50 Uhr kam er laut Polizeibericht in Fahrtrichtung Salzburg kurz nach der Anschlussstelle Irschenberg nach rechts von der Fahrbahn ab, streifte die Leitplanke und blieb auf der Seite in der Böschung liegen.

Nach ersten Erkenntnissen der Ermittler ist ein geplatzter Vorderreifen die wahrscheinliche Ursache. Ein Alkoholtest beim 52 Jahre alten Fahrer sei negativ verlaufen, heißt es in der Mitteilung. Ein Gutachter wurde hinzugezogen.

Die beiden Schwerverletzten wurden mit Rettungshubschraubern in Kliniken nach Rosenheim und Murnau geflogen. Die übrigen Reisenden wurden in der Turnhalle der Grundschule Irschenberg betreut. Die A8 war in Richtung Salzburg rund fünf Stunden lang gesperrt, der Stau reichte zeitweise zwölf Kilometer zurück.
""",
"01_pl.txt": """Wypadek polskiego autokaru w Bawarii. 14 osób rannych
PAP
2027-05-16 16:05

Monachium (PAP) – Autokar z polskimi turystami przewrócił się w niedzielę rano na autostradzie A8 w pobliżu miejscowości Irschenberg w Bawarii. Rannych zostało 14 osób, w tym dwie ciężko – poinformowała w komunikacie prasowym policja z Rosenheim (Polizeipräsidium Oberbayern Süd).

Według komunikatu autokar, którym podróżowało 46 pasażerów, wracał do Krakowa z wycieczki do Monachium i zamku Neuschwanstein. Około godz. 6.50 zjechał na prawe pobocze, otarł się o barierę i przewrócił na bok na skarpie.

Bawarska policja jako prawdopodobną przyczynę wypadku wskazuje pęknięcie przedniej opony. Badanie 52-letniego kierowcy na obecność alkoholu dało wynik negatywny.

Dwie ciężko ranne osoby przetransportowano śmigłowcami do szpitali w Rosenheim i Murnau. Pozostali podróżni trafili do sali gimnastycznej szkoły w Irschenbergu. Autostrada w kierunku Salzburga była zamknięta przez około pięć godzin.
""",
"02_pl.txt": """Autokar z Krakowa przewrócił się na niemieckiej autostradzie. Dwie osoby ciężko ranne
Gazeta Wyborcza
16 maja 2027, 17:30

Czternaście osób zostało rannych w niedzielnym wypadku autokaru, który wiózł turystów z Krakowa. Pojazd przewrócił się na autostradzie A8 niedaleko Irschenbergu w Bawarii, między Monachium a Rosenheim.

Jak podała bawarska policja, 46 pasażerów wracało z wycieczki do Monachium i zamku Neuschwanstein. Autokar zjechał z jezdni około godz. 6.50, uderzył w barierę i przewrócił się na skarpę. Najprawdopodobniej pękła przednia opona. 52-letni kierowca był trzeźwy.

Dwoje ciężko rannych przewieziono śmigłowcami do szpitali w Rosenheim i Murnau, pozostałych pasażerów umieszczono w szkolnej sali gimnastycznej. Autostrada A8 w kierunku Salzburga była zablokowana przez około pięć godzin.

aw, PAP
""",
"03_en.txt": """Coach carrying Polish tourists overturns on Bavarian motorway, 14 hurt | TVP World
2027-05-16T18:10:00+02:00

Fourteen people were injured, two of them seriously, when a coach carrying Polish tourists overturned on the A8 motorway near Irschenberg in Bavaria on Sunday morning, Bavarian police said in a press release.

The coach, with 46 passengers on board, was returning to Kraków after a trip to Munich and Neuschwanstein Castle. According to the police statement, it veered off the road shortly before 7 a.m., scraped the crash barrier and came to rest on its side on the embankment.

The press release said a burst front tyre was the likely cause of the crash and that the 52-year-old driver had tested negative for alcohol. The two seriously injured passengers were flown by helicopter to hospitals in Rosenheim and Murnau.
""",
}, [{"name": "Polizeipräsidium Oberbayern Süd", "in_corpus": False}],
[{"origin": "Polizeipräsidium Oberbayern Süd", "article": "00_de.txt"},
 {"origin": "Polizeipräsidium Oberbayern Süd", "article": "01_pl.txt"},
 {"origin": "PAP", "article": "02_pl.txt"},
 {"origin": "Polizeipräsidium Oberbayern Süd", "article": "03_en.txt"}],
[{"text": "A coach carrying Polish tourists overturned on the A8 near Irschenberg in Bavaria and 14 people were injured, two seriously.",
  "articles": ["00_de.txt", "01_pl.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A burst front tyre is the likely cause and the 52-year-old driver tested negative for alcohol.",
  "articles": ["00_de.txt", "01_pl.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The A8 towards Salzburg was closed for about five hours.",
  "articles": ["00_de.txt", "01_pl.txt", "02_pl.txt"], "independent_sources": 1}])

# r02: a mayor's Facebook post (Yannick Le Bihan, out of corpus) taken directly by
# Ouest-France and The Connexion. AFP credits Ouest-France ("a rapporté Ouest-France",
# "selon le quotidien régional, qui cite un message publié sur Facebook"): edge from the
# in-corpus Ouest-France only. Le Télégramme ends "Avec AFP" and ANSA opens
# "(ANSA-AFP) - PARIGI": edges from the in-corpus AFP. Chain mayor -> OF -> AFP -> LT, ANSA.
story("r02_mayor_facebook_tie_vote", "official_post_chain", {
"00_fr.txt": """Lanvoëz. Égalité parfaite à l'élection partielle : le doyen l'emporte au bénéfice de l'âge
Ouest-France
13 juin 2027

C'est un scrutin comme la commune n'en avait jamais connu. Dimanche 13 juin, le second tour de l'élection municipale partielle organisée à Lanvoëz (Finistère) pour pourvoir le dernier siège vacant au conseil s'est achevé sur une égalité parfaite : 112 voix pour Marcel Guéguen, 112 voix pour Maëlle Tanguy. C'est le maire, Yannick Le Bihan, qui l'a annoncé dimanche soir dans une publication sur sa page Facebook.

« Comme le prévoit le code électoral, en cas d'égalité de suffrages, c'est le candidat le plus âgé qui est élu », écrit le maire. Marcel Guéguen, agriculteur retraité de 71 ans, siégera donc au conseil municipal, aux dépens de Maëlle Tanguy, professeure des écoles de 34 ans.

Dans son message, Yannick Le Bihan précise que Maëlle Tanguy lui a « fait part de son intention d'étudier un recours » devant le tribunal administratif de Rennes. Les deux autres sièges avaient été pourvus dès le premier tour, le 6 juin. La participation a atteint 58 %, indique encore la publication.

Le maire rappelle que cette partielle avait été rendue nécessaire par la démission de trois conseillers en février, sur fond de désaccord autour du regroupement de l'école communale avec celle de la commune voisine.
""",
"01_fr.txt": """Finistère : une élection municipale s'achève sur une égalité parfaite, le plus âgé élu
AFP
2027-06-14T11:20:00+02:00

Quimper, 14 juin 2027 (AFP) – Cent douze voix partout : l'élection municipale partielle de Lanvoëz, petite commune du Finistère, s'est soldée dimanche par une égalité parfaite pour le dernier siège à pourvoir, et c'est le candidat le plus âgé qui a été déclaré élu, a rapporté lundi Ouest-France.

Marcel Guéguen, 71 ans, agriculteur à la retraite, l'a emporté au bénéfice de l'âge sur Maëlle Tanguy, 34 ans, conformément au code électoral, selon le quotidien régional, qui cite un message publié sur Facebook par le maire de la commune, Yannick Le Bihan.

D'après Ouest-France, la candidate malheureuse envisage un recours devant le tribunal administratif de Rennes. Le scrutin avait été organisé après la démission de trois conseillers municipaux en février.
""",
"02_fr.txt": """À Lanvoëz, 112 voix partout et un élu au bénéfice de l'âge
Le Télégramme
2027-06-14 14:02

Le suspense a duré jusqu'au bout à Lanvoëz. Au second tour de l'élection municipale partielle, dimanche, Marcel Guéguen et Maëlle Tanguy ont obtenu exactement le même nombre de voix, 112 chacun, pour le dernier siège du conseil municipal.

En pareil cas, le code électoral est clair : le siège revient au candidat le plus âgé. Marcel Guéguen, agriculteur retraité de 71 ans, a donc été proclamé élu face à l'enseignante de 34 ans, a fait savoir le maire, Yannick Le Bihan, sur Facebook.

Maëlle Tanguy réfléchirait à saisir le tribunal administratif de Rennes. La partielle faisait suite à la démission de trois élus en février.

Avec AFP
""",
"03_en.txt": """Breton village election ends in 112-112 tie – and the oldest candidate wins
The Connexion
14 June 2027

A municipal by-election in the small Breton commune of Lanvoëz, in Finistère, ended in a dead heat on Sunday, with both candidates for the last vacant council seat receiving 112 votes.

The mayor, Yannick Le Bihan, announced the result in a post on his Facebook page on Sunday evening. "As the electoral code provides, when votes are equal, the oldest candidate is elected," he wrote.

That means Marcel Guéguen, a 71-year-old retired farmer, takes the seat rather than Maëlle Tanguy, a 34-year-old primary school teacher. Mr Le Bihan added in his post that Ms Tanguy had told him she was looking into an appeal at the administrative court in Rennes.

The rule giving the seat to the elder candidate in a tie applies to all French municipal elections, although exact ties are rare outside very small communes.
""",
"04_it.txt": """Francia, elezione comunale finisce in parità: vince il candidato più anziano
ANSA
14.06.2027 15:10

(ANSA-AFP) - PARIGI, 14 GIU - Centododici voti a testa: è finita in perfetta parità l'elezione comunale suppletiva di Lanvoëz, piccolo comune della Bretagna, nel nord-ovest della Francia.

Il seggio in consiglio comunale è andato al candidato più anziano, Marcel Guéguen, agricoltore in pensione di 71 anni, che ha superato Maëlle Tanguy, maestra di 34 anni. Lo prevede il codice elettorale francese in caso di parità di voti, ricorda l'agenzia France Presse. (ANSA-AFP).
""",
}, [{"name": "Yannick Le Bihan", "in_corpus": False}],
[{"origin": "Yannick Le Bihan", "article": "00_fr.txt"},
 {"origin": "Ouest-France", "article": "01_fr.txt"},
 {"origin": "AFP", "article": "02_fr.txt"},
 {"origin": "Yannick Le Bihan", "article": "03_en.txt"},
 {"origin": "AFP", "article": "04_it.txt"}],
[{"text": "The Lanvoëz municipal by-election ended in a 112-112 tie for the last seat and the older candidate, Marcel Guéguen (71), was declared elected.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_fr.txt", "03_en.txt", "04_it.txt"], "independent_sources": 1},
 {"text": "Maëlle Tanguy is considering an appeal to the administrative court in Rennes.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1}])

# r03: ANSA's own report (in corpus, own dateline "GENOVA (ANSA) -", "ha detto all'ANSA")
# relayed by La Stampa (opens with the dateline credit "GENOVA (ANSA) –") and by EFE
# ("informó la agencia italiana ANSA"); La Vanguardia ends "Fuente: EFE"; 04_es (no outlet,
# no date line) is a near-verbatim copy of the EFE wire with both credits removed: edge from
# EFE. Corriere della Sera's own envoy at the picket is a second, independent root.
story("r03_genoa_port_strike", "agency_chain", {
"00_it.txt": """Porto di Genova: sciopero di 24 ore, bloccato il terminal container di Pra'
ANSA
2027-03-09 12:40

GENOVA (ANSA) - È bloccato dalle 6 di questa mattina il terminal container di Pra', nel porto di Genova, per lo sciopero di 24 ore proclamato dai portuali contro il piano di automazione delle gru di banchina. Secondo l'Autorità di sistema portuale, 31 navi sono in attesa in rada e nessuna operazione di carico o scarico è in corso.

"Il piano prevede di eliminare i turni notturni dei gruisti entro due anni, sostituendoli con gru comandate a distanza. Non lo accetteremo", ha detto all'ANSA Davide Ferraris, portavoce del Coordinamento portuali genovesi, davanti al varco di accesso, dove dall'alba sono radunati circa trecento lavoratori.

Il presidio proseguirà fino alle 6 di domani. La società terminalista ha fatto sapere di aver chiesto un incontro in prefettura, fissato per giovedì. (ANSA).
""",
"01_it.txt": """Genova, sciopero dei portuali: 31 navi ferme in rada
La Stampa
9 marzo 2027

GENOVA (ANSA) – Porto di Genova paralizzato dallo sciopero di 24 ore dei portuali del terminal container di Pra', iniziato alle 6 di stamattina. Trentuno navi attendono in rada, secondo l'Autorità di sistema portuale, e le operazioni sono ferme.

Al centro della protesta il piano di automazione delle gru di banchina. "Vogliono eliminare i turni notturni dei gruisti entro due anni. Non lo accetteremo", ha detto Davide Ferraris, portavoce del Coordinamento portuali genovesi. Giovedì è previsto un incontro in prefettura.
""",
"02_es.txt": """Una huelga de estibadores paraliza la terminal de contenedores del puerto de Génova
EFE
2027-03-09T15:05:00+01:00

Roma, 9 mar (EFE).- Una huelga de 24 horas de los estibadores paralizó este martes la terminal de contenedores de Pra', en el puerto italiano de Génova, donde 31 buques esperaban fondeados frente a la costa, informó la agencia italiana ANSA.

Los trabajadores protestan contra un plan de automatización de las grúas de muelle que, según los sindicatos, eliminaría en dos años los turnos nocturnos de los gruistas, que pasarían a ser sustituidos por grúas manejadas a distancia.

"No lo aceptaremos", declaró a ANSA Davide Ferraris, portavoz del Coordinamento portuali genovesi, ante la entrada de la terminal, donde se concentraron unos trescientos trabajadores. La huelga terminará a las 6.00 del miércoles, y la empresa concesionaria ha pedido una reunión en la prefectura para el jueves.
""",
"03_es.txt": """Huelga en el puerto de Génova: 31 barcos esperan para descargar
La Vanguardia
09.03.2027 16:20

Los estibadores del puerto de Génova, uno de los principales del Mediterráneo, mantienen desde la madrugada de este martes una huelga de 24 horas que ha paralizado por completo la terminal de contenedores de Pra'. Frente a la costa esperan 31 buques.

La protesta se dirige contra la automatización de las grúas de muelle, que según los sindicatos acabaría en dos años con los turnos de noche de los gruistas. "No lo aceptaremos", afirmó Davide Ferraris, portavoz del Coordinamento portuali genovesi. Empresa y trabajadores están convocados el jueves en la prefectura.

Fuente: EFE
""",
"04_es.txt": """Paralizada por una huelga la terminal de contenedores del puerto de Génova

Una huelga de 24 horas de los estibadores paralizó este martes la terminal de contenedores de Pra', en el puerto italiano de Génova, donde 31 buques esperaban fondeados frente a la costa.

Los trabajadores protestan contra un plan de automatización de las grúas de muelle que, según los sindicatos, eliminaría en dos años los turnos nocturnos de los gruistas, que pasarían a ser sustituidos por grúas manejadas a distancia.

"No lo aceptaremos", declaró Davide Ferraris, portavoz del Coordinamento portuali genovesi, ante la entrada de la terminal, donde se concentraron unos trescientos trabajadores. La huelga terminará a las 6.00 del miércoles, y la empresa concesionaria ha pedido una reunión en la prefectura para el jueves.
""",
"05_it.txt": """Genova, dentro il presidio dei portuali: «Le gru automatiche ci tolgono la notte e il lavoro»
Corriere della Sera
2027-03-09T19:30:00+01:00

DAL NOSTRO INVIATO GENOVA — Alle sei del mattino i cancelli del varco di Pra' sono già chiusi e davanti alle sbarre bruciano due bidoni. Dal molo si contano a occhio una trentina di portacontainer ferme in rada, con le luci di posizione ancora accese. Nessuna gru si muove: lo sciopero di 24 ore dei portuali ha fermato il terminal.

Luca Pastorino, 29 anni, gruista da sei, ci mostra sul telefono la tabella dei turni. «Con le gru comandate da remoto la notte non servirà più nessuno in cabina. Nel nostro terminal sono a rischio centoventi posti», dice. Accanto a lui un collega più anziano annuisce: «Ci dicono che è progresso. Per noi è la cassa integrazione».

Nel pomeriggio il presidio si è ingrossato fino a qualche centinaio di persone. I lavoratori dicono che resteranno al varco fino alla fine dello sciopero, domattina alle sei.
""",
}, [{"name": "ANSA", "in_corpus": True},
    {"name": "Corriere della Sera", "in_corpus": True}],
[{"origin": "ANSA", "article": "01_it.txt"},
 {"origin": "ANSA", "article": "02_es.txt"},
 {"origin": "EFE", "article": "03_es.txt"},
 {"origin": "EFE", "article": "04_es.txt"}],
[{"text": "A 24-hour dockworkers' strike halted the Pra' container terminal in the port of Genoa, with about thirty ships waiting offshore.",
  "articles": ["00_it.txt", "01_it.txt", "02_es.txt", "03_es.txt", "04_es.txt", "05_it.txt"], "independent_sources": 2},
 {"text": "Union spokesman Davide Ferraris said the automation plan would abolish crane operators' night shifts within two years and would not be accepted.",
  "articles": ["00_it.txt", "01_it.txt", "02_es.txt", "03_es.txt", "04_es.txt"], "independent_sources": 1},
 {"text": "Crane operator Luca Pastorino said 120 jobs at the terminal are at risk from remote-controlled cranes.",
  "articles": ["05_it.txt"], "independent_sources": 1}])

# r04: dpa (out of corpus) as the root of a Berlin court story: SZ opens "BERLIN (dpa) –",
# APA opens "Berlin/Wien (APA/dpa) –" (an agency crediting an agency), ANSA writes
# "(ANSA) - BERLINO" (its own dateline) + "Lo riferisce l'agenzia tedesca Dpa", the
# Berliner Morgenpost ends "Quelle: dpa". Every article gets an edge from dpa.
story("r04_berlin_forged_schiele_trial", "agency", {
"00_de.txt": """Gefälschte Schiele-Zeichnungen: Wiener Kunsthändler muss in Haft
Süddeutsche Zeitung
24. Februar 2027

BERLIN (dpa) – Wegen des Verkaufs gefälschter Zeichnungen des österreichischen Expressionisten Egon Schiele hat das Landgericht Berlin einen Wiener Kunsthändler zu drei Jahren und neun Monaten Haft verurteilt. Die Wirtschaftsstrafkammer sah es am Mittwoch als erwiesen an, dass der 61-jährige Ferdinand A. zwischen 2021 und 2024 insgesamt 14 Blätter als Werke Schieles verkauft hatte, obwohl er von der Fälschung wusste.

Die Käufer zahlten nach den Feststellungen des Gerichts zusammen rund 2,3 Millionen Euro. Zu ihnen gehörten ein Sammler aus München und eine Galerie in Mailand. Aufgeflogen war der Betrug, als ein Restaurator bei einem der Blätter ein Papier entdeckte, das erst nach Schieles Tod 1918 hergestellt worden war.

Der Angeklagte hatte während des fünfmonatigen Prozesses geschwiegen. Die Verteidigung hatte einen Freispruch gefordert und kündigte nach dem Urteil Revision an. Der Fälscher der Zeichnungen ist bislang nicht ermittelt.
""",
"01_de.txt": """Gefälschte Schiele-Blätter: Haftstrafe für Wiener Kunsthändler in Berlin
APA
24.02.2027 14:52

Berlin/Wien (APA/dpa) – Ein Wiener Kunsthändler ist vom Landgericht Berlin wegen des Verkaufs gefälschter Egon-Schiele-Zeichnungen zu drei Jahren und neun Monaten Haft verurteilt worden. Das Gericht sah es am Mittwoch als erwiesen an, dass der 61-jährige Ferdinand A. von 2021 bis 2024 insgesamt 14 gefälschte Blätter verkauft hatte.

Die Käufer – darunter ein Münchner Sammler und eine Mailänder Galerie – zahlten insgesamt rund 2,3 Millionen Euro. Ein Restaurator hatte festgestellt, dass das Papier eines Blattes erst nach Schieles Tod im Jahr 1918 produziert worden war. Die Verteidigung kündigte Revision an. Das Urteil ist nicht rechtskräftig.
""",
"02_it.txt": """Falsi disegni di Schiele, condannato a Berlino mercante d'arte viennese
ANSA
2027-02-24 17:15

(ANSA) - BERLINO, 24 FEB - Il tribunale regionale di Berlino ha condannato a tre anni e nove mesi di carcere un mercante d'arte viennese di 61 anni, accusato di aver venduto 14 disegni falsi attribuiti a Egon Schiele. Lo riferisce l'agenzia tedesca Dpa.

Secondo la sentenza, tra il 2021 e il 2024 i fogli sono stati venduti per circa 2,3 milioni di euro complessivi. Tra gli acquirenti figurano un collezionista di Monaco di Baviera e una galleria di Milano. La difesa ha annunciato ricorso. (ANSA).
""",
"03_de.txt": """Landgericht: Haft für Kunsthändler wegen falscher Schiele-Zeichnungen
Berliner Morgenpost
2027-02-24T16:40:00+01:00

Das Landgericht Berlin hat am Mittwoch einen Kunsthändler aus Wien zu drei Jahren und neun Monaten Gefängnis verurteilt. Der 61-Jährige hatte nach Überzeugung der Kammer 14 gefälschte Zeichnungen des Malers Egon Schiele für zusammen rund 2,3 Millionen Euro verkauft, unter anderem an einen Sammler aus München und eine Galerie in Mailand.

Entdeckt wurde der Schwindel durch einen Restaurator, dem das Papier eines Blattes verdächtig vorkam. Die Verteidigung will Revision einlegen.

Quelle: dpa
""",
}, [{"name": "dpa", "in_corpus": False}],
[{"origin": "dpa", "article": "00_de.txt"},
 {"origin": "dpa", "article": "01_de.txt"},
 {"origin": "dpa", "article": "02_it.txt"},
 {"origin": "dpa", "article": "03_de.txt"}],
[{"text": "The Berlin regional court sentenced a 61-year-old Viennese art dealer to three years and nine months in prison for selling 14 forged Egon Schiele drawings.",
  "articles": ["00_de.txt", "01_de.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The forged drawings were sold for about 2.3 million euros, to buyers including a Munich collector and a Milan gallery.",
  "articles": ["00_de.txt", "01_de.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1}])

# r05: two independent agency reports in corpus: Ukrinform's correspondent on the scene
# (own) and Interfax-Ukraine's interview with the regional administration (own). AP credits
# both (two edges); Nowiny24 (no date line) credits Ukrinform ("podał Ukrinform"); EFE
# credits "la agencia Interfax-Ucrania".
story("r05_zakarpattia_bridge_collapse", "multi_origin", {
"00_en.txt": """Bridge over Uzh river collapses under timber truck in Zakarpattia
Ukrinform
2027-04-08 13:25

A section of a road bridge over the Uzh river near the village of Zvorynets in Zakarpattia region collapsed on Thursday morning as a truck loaded with timber was crossing it, a Ukrinform correspondent reports from the scene.

The truck fell about six metres onto the riverbed together with the central span. Local residents pulled the driver out of the cab before rescuers arrived; he was taken to hospital.

According to documents seen by Ukrinform, the bridge, built in 1968, was included in the regional road repair programme for 2026, but the work was never started. Residents told Ukrinform's correspondent that cracks in the supports had been visible for several years and that they had complained to the community council twice.

Police have cordoned off the site. Traffic on the road between Zvorynets and the district centre has been stopped.
""",
"01_en.txt": """Bridge collapses in western Ukraine, sending timber truck into river
AP
2027-04-08T16:00:00+00:00

KYIV, Ukraine (AP) — A road bridge in western Ukraine's Zakarpattia region collapsed Thursday under the weight of a truck carrying timber, dropping the vehicle into the Uzh river, Ukraine's state news agency Ukrinform reported.

The 47-year-old driver was in moderate condition at a hospital in Uzhhorod, a spokeswoman for the regional military administration told the Interfax-Ukraine news agency.

Ukrinform reported that the bridge near the village of Zvorynets, built in 1968, had been on a regional repair list for 2026 but that the work was never carried out. The collapse comes amid complaints across the country about aging infrastructure in rural areas.
""",
"02_en.txt": """Driver of truck that fell with bridge in Zakarpattia hospitalized – regional administration
Interfax-Ukraine
08.04.2027 12:50

The driver of a truck that fell into the Uzh river after a bridge collapsed near the village of Zvorynets in Zakarpattia region on Thursday has been hospitalized in Uzhhorod in moderate condition, Zakarpattia regional military administration spokeswoman Oksana Myhovych told Interfax-Ukraine.

"The driver is 47 years old, he has a leg fracture and a head injury, his life is not in danger," Myhovych said.

According to her, three villages upstream are now cut off from the district centre by road, and the detour is about 40 kilometres. A commission will examine the cause of the collapse, she added.
""",
"03_pl.txt": """Na Zakarpaciu zawalił się most. Ciężarówka z drewnem wpadła do rzeki
Nowiny24

Na Ukrainie, w obwodzie zakarpackim, zawalił się w czwartek rano fragment mostu drogowego na rzece Uż w pobliżu wsi Zworyniec. Do koryta rzeki spadła przejeżdżająca po nim ciężarówka wioząca drewno – podał Ukrinform.

Kierowcę z kabiny wyciągnęli mieszkańcy, trafił do szpitala. Jak poinformowała ukraińska agencja, most zbudowany w 1968 roku był ujęty w regionalnym programie remontów dróg na 2026 rok, ale prac nigdy nie rozpoczęto.

Obwód zakarpacki leży na zachodzie Ukrainy, w pobliżu granic z Polską, Słowacją i Węgrami.
""",
"04_es.txt": """Se derrumba un puente en el oeste de Ucrania al paso de un camión
EFE
8 de abril de 2027

Kiev, 8 abr (EFE).- Un puente sobre el río Uzh se derrumbó este jueves en la región ucraniana de Transcarpatia al paso de un camión que cayó al cauce, y su conductor, de 47 años, fue hospitalizado en Úzhgorod en estado de gravedad moderada, informó la agencia Interfax-Ucrania.

Según la portavoz de la administración regional, Oksana Mygovych, citada por la agencia, tres aldeas han quedado aisladas por carretera y el desvío es de unos 40 kilómetros.
""",
}, [{"name": "Ukrinform", "in_corpus": True},
    {"name": "Interfax-Ukraine", "in_corpus": True}],
[{"origin": "Ukrinform", "article": "01_en.txt"},
 {"origin": "Interfax-Ukraine", "article": "01_en.txt"},
 {"origin": "Ukrinform", "article": "03_pl.txt"},
 {"origin": "Interfax-Ukraine", "article": "04_es.txt"}],
[{"text": "A road bridge over the Uzh river near Zvorynets in Zakarpattia collapsed under a timber truck, which fell into the river.",
  "articles": ["00_en.txt", "01_en.txt", "02_en.txt", "03_pl.txt", "04_es.txt"], "independent_sources": 2},
 {"text": "The 1968 bridge was on the regional repair programme for 2026 but the work was never started.",
  "articles": ["00_en.txt", "01_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The 47-year-old driver was hospitalised in Uzhhorod in moderate condition.",
  "articles": ["01_en.txt", "02_en.txt", "04_es.txt"], "independent_sources": 1}])

# r06: Belga (out of corpus) relayed by Le Soir (ends "(Belga)"), Grenz-Echo (ends
# "(belga)"), PAP (own dateline "Bruksela (PAP) –" + "podała agencja Belga") and EFE ("según
# la agencia belga Belga"); Sudinfo's own reporter in the terminal is a second root.
story("r06_charleroi_airport_strike", "agency_plus_own", {
"00_fr.txt": """Grève à l'aéroport de Charleroi : 62 vols annulés
Le Soir
20 avril 2027

Une grève du personnel de sécurité paralyse ce mardi l'aéroport de Charleroi. Faute d'agents pour contrôler les bagages et les passagers, 62 départs ont été annulés et environ 9.000 voyageurs sont concernés.

« Il manque une quarantaine d'agents depuis l'hiver. Ceux qui restent enchaînent les heures supplémentaires et les files d'attente débordent jusque sur le parking », a expliqué Didier Hanquet, délégué syndical. Les grévistes réclament des embauches et une prime de pénibilité.

Une réunion de conciliation est prévue mercredi au SPF Emploi. La direction de l'aéroport conseille aux passagers de consulter le statut de leur vol avant de se déplacer. (Belga)
""",
"01_de.txt": """Streik am Flughafen Charleroi: 62 Flüge gestrichen
Grenz-Echo
20.04.2027 13:10

Ein Streik des Sicherheitspersonals hat am Dienstag den Flughafen Charleroi lahmgelegt. 62 Abflüge wurden annulliert, rund 9.000 Reisende sind betroffen.

Nach Angaben des Gewerkschafters Didier Hanquet fehlen seit dem Winter rund 40 Sicherheitskräfte. Die verbliebenen Mitarbeiter machten ständig Überstunden, die Warteschlangen reichten bis auf den Parkplatz. Am Mittwoch ist ein Schlichtungstreffen beim Föderalen Öffentlichen Dienst Beschäftigung angesetzt. (belga)
""",
"02_pl.txt": """Strajk na lotnisku Charleroi. Odwołano 62 loty
PAP
2027-04-20 14:30

Bruksela (PAP) – Strajk pracowników ochrony sparaliżował we wtorek lotnisko Charleroi pod Brukselą. Odwołano 62 odloty, problem dotyczy około 9 tys. pasażerów – podała agencja Belga. Wśród odwołanych połączeń są również loty do Polski.

Jak przekazał Beldze przedstawiciel związków zawodowych Didier Hanquet, od zimy brakuje około 40 pracowników ochrony, a kolejki do kontroli bezpieczeństwa sięgają parkingu. Na środę zaplanowano spotkanie mediacyjne.
""",
"03_es.txt": """Una huelga de los vigilantes de seguridad obliga a cancelar 62 vuelos en Charleroi
EFE
2027-04-20T15:45:00+02:00

Bruselas, 20 abr (EFE).- Una huelga del personal de seguridad del aeropuerto belga de Charleroi obligó este martes a cancelar 62 vuelos y afecta a unos 9.000 pasajeros, según la agencia belga Belga.

El sindicalista Didier Hanquet explicó a Belga que faltan unos cuarenta vigilantes desde el invierno y que las colas para los controles llegan hasta el aparcamiento. Empresa y sindicatos tienen previsto reunirse el miércoles con un mediador.
""",
"04_fr.txt": """Charleroi : une nuit sur le carrelage pour des centaines de passagers bloqués par la grève
Sudinfo
2027-04-21 07:30

Notre journaliste a passé la soirée et une partie de la nuit de mardi à mercredi dans le terminal de l'aéroport de Charleroi, à Gosselies. Sur le tableau des départs, des dizaines de vols affichaient la mention « annulé », conséquence de la grève des agents de sécurité.

Vers minuit, plusieurs centaines de passagers dormaient encore à même le sol, sur des cartons ou des couvertures de survie distribuées par la Croix-Rouge. « Notre vol pour Porto a été annulé à 16 heures, on ne nous propose rien avant jeudi », nous a raconté Amandine, venue de Namur avec ses deux enfants.

Le porte-parole de l'aéroport, Nicolas Delvaux, nous a confirmé que 62 départs avaient été supprimés mardi en raison de la grève du personnel de sécurité et que le trafic resterait perturbé mercredi matin.
""",
}, [{"name": "Belga", "in_corpus": False},
    {"name": "Sudinfo", "in_corpus": True}],
[{"origin": "Belga", "article": "00_fr.txt"},
 {"origin": "Belga", "article": "01_de.txt"},
 {"origin": "Belga", "article": "02_pl.txt"},
 {"origin": "Belga", "article": "03_es.txt"}],
[{"text": "A strike by security staff at Charleroi airport led to the cancellation of 62 departures.",
  "articles": ["00_fr.txt", "01_de.txt", "02_pl.txt", "03_es.txt", "04_fr.txt"], "independent_sources": 2},
 {"text": "Union delegate Didier Hanquet said about 40 security officers have been missing since winter and queues reach the car park.",
  "articles": ["00_fr.txt", "01_de.txt", "02_pl.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "Hundreds of stranded passengers spent the night on the terminal floor.",
  "articles": ["04_fr.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 94 (wire-agency chains and regional papers; real media names, invented events); see README.md.",
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
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
