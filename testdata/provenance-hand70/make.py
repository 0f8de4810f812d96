#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand70 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a Spanish ministry press release taken directly (no agency, no medium between) by four
# outlets: es "según ha informado el Ministerio … en un comunicado"; it "secondo una nota del
# ministero"; fr "annonce … dans un communiqué"; de (no date line) "teilte … mit".
story("r01_ministry_statement_olive_hail", "official_statement", {
"00_es.txt": """Agricultura aprueba 140 millones en ayudas urgentes para los olivareros afectados por el granizo
Diario de Jaén
2027-05-10 13:20

El Ministerio de Agricultura, Pesca y Alimentación ha aprobado un paquete de 140 millones de euros en ayudas urgentes para los agricultores de Jaén y Córdoba cuyos olivares quedaron arrasados por la granizada del pasado sábado, según ha informado el propio Ministerio en un comunicado difundido este lunes.

La nota cifra en unas 62.000 las hectáreas de olivar afectadas, la mayor parte en las comarcas de La Loma, Sierra Mágina y la Campiña cordobesa. El granizo, de hasta cuatro centímetros de diámetro, cayó en plena floración y destruyó buena parte de la flor, por lo que la próxima cosecha quedará muy mermada.

"No vamos a dejar solo a ningún olivarero. Las ayudas llegarán antes del verano y sin papeleo innecesario", afirma en el comunicado el ministro de Agricultura, Ramón Escudero Vila, que visitará Úbeda el próximo jueves.

Según el texto ministerial, los productores podrán solicitar hasta 1.800 euros por hectárea dañada a través de las oficinas comarcales agrarias a partir del 24 de mayo. El Ministerio añade que pedirá a la Comisión Europea que active la reserva agrícola comunitaria para completar la dotación.

Las organizaciones agrarias de la provincia llevaban desde el domingo reclamando la declaración de zona catastrófica. La Diputación de Jaén celebrará un pleno extraordinario el miércoles.
""",
"01_it.txt": """Spagna, grandinata sugli ulivi: Madrid stanzia 140 milioni per gli agricoltori andalusi
Il Sole 24 Ore
10/05/2027 15:42

Il governo spagnolo ha stanziato 140 milioni di euro di aiuti d'urgenza per gli olivicoltori delle province andaluse di Jaén e Cordova, colpite sabato da una violenta grandinata. Lo si apprende da una nota del ministero dell'Agricoltura spagnolo diffusa lunedì.

Secondo la nota, i danni riguardano circa 62.000 ettari di oliveto. La grandine, con chicchi fino a quattro centimetri, si è abbattuta sugli alberi in piena fioritura, compromettendo gran parte del raccolto del prossimo autunno.

"Nessun olivicoltore sarà lasciato solo. Gli aiuti arriveranno prima dell'estate", ha dichiarato nel comunicato il ministro Ramón Escudero Vila. I produttori potranno chiedere fino a 1.800 euro per ettaro danneggiato a partire dal 24 maggio.

Madrid, prosegue la nota, chiederà a Bruxelles di attivare la riserva agricola dell'Unione per integrare lo stanziamento. La provincia di Jaén da sola produce circa un terzo dell'olio d'oliva spagnolo: gli operatori italiani del settore seguono con attenzione l'andamento dei prezzi all'ingrosso, già in rialzo nelle ultime settimane.
""",
"02_fr.txt": """Espagne : après la grêle, Madrid débloque 140 millions d'euros pour les oléiculteurs andalous
La France Agricole
10 mai 2027

Le ministère espagnol de l'Agriculture a annoncé lundi, dans un communiqué, une enveloppe d'urgence de 140 millions d'euros pour les producteurs d'olives des provinces de Jaén et de Cordoue, frappées samedi par un violent orage de grêle.

Quelque 62 000 hectares d'oliveraies ont été touchés, précise le communiqué. Les grêlons, de la taille d'une noix, sont tombés en pleine floraison et ont détruit une large partie des fleurs, ce qui compromet la récolte de l'automne.

« Aucun oléiculteur ne sera laissé seul. Les aides arriveront avant l'été », affirme le ministre de l'Agriculture, Ramón Escudero Vila, cité dans le texte. Les exploitants pourront demander jusqu'à 1 800 euros par hectare endommagé à partir du 24 mai.

Le ministère indique enfin qu'il sollicitera la Commission européenne pour mobiliser la réserve agricole de l'UE.
""",
"03_de.txt": """Hagel zerstört Olivenblüte in Andalusien – Spanien verspricht 140 Millionen Euro Soforthilfe
agrarheute

Nach dem schweren Hagelunwetter in Andalusien stellt die spanische Regierung den betroffenen Olivenbauern 140 Millionen Euro Soforthilfe bereit. Das teilte das spanische Landwirtschaftsministerium am Montag in einer Pressemitteilung mit.

Betroffen sind nach Angaben des Ministeriums rund 62.000 Hektar Olivenhaine in den Provinzen Jaén und Córdoba. Der Hagel fiel am Samstag mitten in die Blüte; die Ernte im Herbst dürfte deshalb deutlich kleiner ausfallen.

„Wir lassen keinen Olivenbauern allein. Die Hilfen kommen noch vor dem Sommer", wird Landwirtschaftsminister Ramón Escudero Vila in der Mitteilung zitiert. Landwirte können ab dem 24. Mai bis zu 1.800 Euro je geschädigtem Hektar beantragen.

Für deutsche Verbraucher könnte Olivenöl im kommenden Winter erneut teurer werden: Spanien ist der mit Abstand größte Erzeuger der Welt.
""",
}, [{"name": "Ministerio de Agricultura, Pesca y Alimentación", "in_corpus": False}],
[{"origin": "Ministerio de Agricultura, Pesca y Alimentación", "article": a} for a in ["00_es.txt", "01_it.txt", "02_fr.txt", "03_de.txt"]],
[{"text": "The Spanish agriculture ministry approved 140 million euros of emergency aid for olive growers in Jaén and Córdoba hit by Saturday's hailstorm.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "About 62,000 hectares of olive groves were affected by the hail.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Growers can apply for up to 1,800 euros per damaged hectare from 24 May.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 1},
])

# r02: El País scoop (government and parliamentary sources) and a relay chain across languages:
# El País (es, own) -> Le Monde (fr, "selon le quotidien espagnol El País") -> Corriere della Sera
# (it, credits only Le Monde: "secondo quanto riporta il quotidiano francese Le Monde");
# de "wie die spanische Tageszeitung El País berichtet" (direct).
story("r02_elpais_scoop_eurogroup_chain", "chain", {
"00_es.txt": """El Gobierno propondrá a Inés Carrasco para presidir el Eurogrupo
El País
2027-05-12T05:00:00+02:00

El Gobierno ha decidido presentar a la exministra de Hacienda Inés Carrasco Peral como candidata a la presidencia del Eurogrupo, el foro que reúne a los ministros de Finanzas de la zona euro. Así lo han confirmado a EL PAÍS tres fuentes del Ejecutivo, que precisan que el Consejo de Ministros dará luz verde a la candidatura el próximo martes.

La decisión se tomó la semana pasada en una reunión restringida en La Moncloa, según esas mismas fuentes. Carrasco, que dejó el ministerio hace dos años para incorporarse al Banco de Pagos Internacionales en Basilea, competirá previsiblemente con los candidatos de Portugal e Irlanda. La votación está prevista para la reunión del Eurogrupo del 8 de junio en Luxemburgo.

Fuentes parlamentarias consultadas por este periódico aseguran que el Gobierno ya ha sondeado a los grupos de la oposición para evitar que la candidatura se convierta en un arma arrojadiza en el Congreso. "Se les ha explicado que es una candidatura de país, no de partido", resume un diputado que participó en esos contactos.

Ningún español ha presidido el Eurogrupo desde su creación. En el Ministerio de Economía reconocen en privado que los apoyos de Francia e Italia serán decisivos; las fuentes consultadas por EL PAÍS creen que París ya ha dado su visto bueno informal.

Carrasco, de 54 años, no ha querido hacer declaraciones.
""",
"01_fr.txt": """Zone euro : Madrid va proposer l'ancienne ministre Inés Carrasco à la présidence de l'Eurogroupe
Le Monde
12 mai 2027

Le gouvernement espagnol s'apprête à présenter l'ancienne ministre des finances Inés Carrasco Peral comme candidate à la présidence de l'Eurogroupe, selon le quotidien espagnol El País, qui cite trois sources gouvernementales. Le conseil des ministres doit entériner la candidature mardi prochain.

D'après le journal madrilène, la décision a été prise la semaine dernière lors d'une réunion restreinte au palais de la Moncloa. Mme Carrasco, qui a quitté le gouvernement il y a deux ans pour rejoindre la Banque des règlements internationaux à Bâle, devrait affronter des candidats portugais et irlandais. Le vote est prévu lors de la réunion de l'Eurogroupe du 8 juin à Luxembourg.

El País affirme également, sur la foi de sources parlementaires, que l'exécutif a déjà sondé les groupes d'opposition afin d'éviter une polémique au Congrès des députés.

Aucun Espagnol n'a jamais présidé l'Eurogroupe. Le soutien de Paris et de Rome sera déterminant ; selon les sources du quotidien, la France aurait déjà donné un accord informel.
""",
"02_it.txt": """Eurogruppo, la Spagna candida l'ex ministra Inés Carrasco
Corriere della Sera
12 maggio 2027

Madrid punta alla presidenza dell'Eurogruppo. Il governo spagnolo si prepara a candidare l'ex ministra delle Finanze Inés Carrasco Peral, secondo quanto riporta il quotidiano francese Le Monde. Il via libera formale del Consiglio dei ministri è atteso per martedì prossimo.

La decisione, scrive Le Monde, sarebbe stata presa la settimana scorsa in una riunione ristretta alla Moncloa. Carrasco, che ha lasciato il governo due anni fa per la Banca dei regolamenti internazionali di Basilea, dovrebbe sfidare i candidati di Portogallo e Irlanda. Il voto è previsto alla riunione dell'Eurogruppo dell'8 giugno a Lussemburgo.

Nessuno spagnolo ha mai guidato l'Eurogruppo. Sempre secondo il quotidiano parigino, Parigi avrebbe già dato un assenso informale: decisivo sarà anche l'orientamento di Roma, che finora non si è espressa.
""",
"03_de.txt": """Spanien will Ex-Ministerin Carrasco an die Spitze der Euro-Gruppe bringen
Der Standard
12. Mai 2027

Die spanische Regierung will die frühere Finanzministerin Inés Carrasco Peral als Kandidatin für den Vorsitz der Euro-Gruppe ins Rennen schicken. Das berichtet die spanische Tageszeitung El País unter Berufung auf drei Regierungsquellen. Der Ministerrat soll die Kandidatur am kommenden Dienstag absegnen.

Carrasco war vor zwei Jahren zur Bank für Internationalen Zahlungsausgleich nach Basel gewechselt. Wie El País weiter berichtet, dürfte sie gegen Bewerber aus Portugal und Irland antreten; gewählt wird beim Treffen der Euro-Finanzminister am 8. Juni in Luxemburg.

Österreichs Finanzministerium wollte sich zu der Personalie zunächst nicht äußern.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": "01_fr.txt"},
 {"origin": "Le Monde", "article": "02_it.txt"},
 {"origin": "El País", "article": "03_de.txt"}],
[{"text": "The Spanish government will nominate former finance minister Inés Carrasco Peral for the presidency of the Eurogroup.",
  "articles": ["00_es.txt", "01_fr.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The Council of Ministers is to approve the candidacy next Tuesday; the Eurogroup vote is planned for 8 June in Luxembourg.",
  "articles": ["00_es.txt", "01_fr.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The government has sounded out opposition groups in parliament about the candidacy.",
  "articles": ["00_es.txt", "01_fr.txt"], "independent_sources": 1},
])

# r03: Der Spiegel scoop (government circles + internal memo) relayed in fr, it, es (es without
# outlet line); the Süddeutsche Zeitung relays it ("wie zuerst der SPIEGEL berichtet hatte") and adds
# its own confirmation from the environment ministry ("Nach Informationen der Süddeutschen Zeitung"),
# so the abstention claim has two roots.
story("r03_spiegel_scoop_vape_ban", "scoop_relay_with_confirmation", {
"00_de.txt": """Koalitionsstreit: Deutschland will sich bei EU-Verbot von Einweg-E-Zigaretten enthalten
Der Spiegel
18.05.2027 06:00

Die Bundesregierung wird sich bei der Abstimmung über das geplante EU-weite Verbot von Einweg-E-Zigaretten voraussichtlich enthalten. Das erfuhr der SPIEGEL aus Regierungskreisen. Grund ist ein ungelöster Streit zwischen dem Wirtschafts- und dem Umweltministerium; die Abstimmung im Rat der EU ist für den 3. Juni angesetzt.

In einem internen Vermerk des Bundeswirtschaftsministeriums vom 14. Mai, der dem SPIEGEL vorliegt, warnen die Beamten vor dem Verlust von rund 4000 Arbeitsplätzen bei Importeuren und im Einzelhandel. Ein Verbot ohne Übergangsfrist sei „unverhältnismäßig", heißt es in dem Papier, das die zuständige Staatssekretärin Friederike Lanzinger abgezeichnet hat.

Das Umweltministerium hält dagegen: Jährlich landeten in Deutschland mehr als 200 Millionen Wegwerf-Vapes im Müll, viele davon mit Lithium-Akkus, die Brände in Sortieranlagen auslösen. Nach SPIEGEL-Informationen konnten sich beide Häuser auch bei einem Krisentreffen im Kanzleramt vergangene Woche nicht einigen.

Kommt es zur Enthaltung, wäre das bereits das dritte Mal in diesem Jahr, dass Berlin sich in Brüssel wegen eines internen Streits nicht festlegt. In anderen Hauptstädten sorgt das Verhalten zunehmend für Unmut, heißt es aus Diplomatenkreisen.

Ein Sprecher des Wirtschaftsministeriums wollte sich auf Anfrage nicht zu „internen Abstimmungsprozessen" äußern.
""",
"01_fr.txt": """Cigarettes électroniques jetables : Berlin devrait s'abstenir sur l'interdiction européenne
Libération
2027-05-18 11:10

L'Allemagne devrait s'abstenir lors du vote sur l'interdiction à l'échelle de l'UE des cigarettes électroniques jetables, selon l'hebdomadaire allemand Der Spiegel, qui cite des sources gouvernementales. Le vote au Conseil de l'UE est prévu le 3 juin.

En cause, un désaccord persistant entre le ministère de l'économie et celui de l'environnement. Le magazine cite une note interne du ministère de l'économie, datée du 14 mai, qui met en garde contre la perte d'environ 4 000 emplois chez les importateurs et dans le commerce de détail et juge une interdiction sans période de transition « disproportionnée ».

Le ministère de l'environnement rappelle, lui, que plus de 200 millions de vapoteuses jetables finissent chaque année à la poubelle en Allemagne. Selon Der Spiegel, une réunion de crise à la chancellerie n'a pas permis de trancher.

Ce serait la troisième abstention allemande cette année à Bruxelles pour cause de dispute au sein de la coalition.
""",
"02_it.txt": """Sigarette elettroniche usa e getta, la Germania verso l'astensione sul divieto Ue
la Repubblica
18 maggio 2027

La Germania si asterrà con ogni probabilità nel voto sul divieto europeo delle sigarette elettroniche usa e getta. Lo riporta lo Spiegel, citando fonti governative a Berlino. Il voto al Consiglio dell'Ue è fissato per il 3 giugno.

Secondo quanto riporta il settimanale di Amburgo, il ministero dell'Economia e quello dell'Ambiente non hanno trovato un accordo nemmeno durante un vertice alla Cancelleria la scorsa settimana. Lo Spiegel cita un appunto interno del ministero dell'Economia del 14 maggio che paventa la perdita di circa 4.000 posti di lavoro tra importatori e commercianti.

L'Italia, che sostiene il divieto, contava sul voto tedesco per raggiungere la maggioranza qualificata. Sarebbe la terza astensione di Berlino a Bruxelles quest'anno per dissidi interni alla coalizione.
""",
"03_es.txt": """Alemania se abstendrá en la votación para prohibir los vapeadores desechables en la UE
2027-05-18T13:45:00+02:00

El Gobierno alemán se abstendrá previsiblemente en la votación del Consejo de la UE sobre la prohibición de los cigarrillos electrónicos desechables, según informa el semanario alemán Der Spiegel, que cita fuentes del Ejecutivo de Berlín. La votación está prevista para el 3 de junio.

El motivo, según la revista, es una disputa entre los ministerios de Economía y de Medio Ambiente. Der Spiegel ha tenido acceso a una nota interna de Economía, fechada el 14 de mayo, que advierte de la pérdida de unos 4.000 empleos entre importadores y comercios y califica de "desproporcionada" una prohibición sin periodo transitorio.

España apoya la prohibición. Una abstención alemana complicaría alcanzar la mayoría cualificada necesaria.
""",
"04_de.txt": """Einweg-Vapes: Umweltministerium will Enthaltung nicht hinnehmen
Süddeutsche Zeitung
19. Mai 2027

Im Streit um das EU-Verbot von Einweg-E-Zigaretten steuert die Bundesregierung auf eine Enthaltung zu, wie zuerst der SPIEGEL berichtet hatte. Nach Informationen der Süddeutschen Zeitung aus dem Bundesumweltministerium ist die Enthaltung inzwischen auch dort als wahrscheinlichster Ausgang akzeptiert – allerdings nicht kampflos.

Der Staatssekretär im Umweltministerium, Jonas Verhülsdonk, will demnach noch in dieser Woche einen Brief an das Kanzleramt schicken, in dem das Haus eine Entscheidung des Kanzlers verlangt. Ein Entwurf des Schreibens liegt der SZ vor. Darin heißt es, eine Enthaltung schade „der Glaubwürdigkeit Deutschlands in der europäischen Umweltpolitik".

Ein Ministeriumssprecher bestätigte der SZ auf Nachfrage, dass es „weiteren Gesprächsbedarf" gebe. Die Abstimmung im EU-Rat ist für den 3. Juni geplant.
""",
}, [{"name": "Der Spiegel", "in_corpus": True}, {"name": "Süddeutsche Zeitung", "in_corpus": True}],
[{"origin": "Der Spiegel", "article": a} for a in ["01_fr.txt", "02_it.txt", "03_es.txt", "04_de.txt"]],
[{"text": "Germany is expected to abstain in the EU Council vote on 3 June on banning disposable e-cigarettes because of a dispute between the economy and environment ministries.",
  "articles": ["00_de.txt", "01_fr.txt", "02_it.txt", "03_es.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "An internal economy ministry memo dated 14 May warns of the loss of about 4,000 jobs.",
  "articles": ["00_de.txt", "01_fr.txt", "02_it.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The environment ministry plans a letter to the Chancellery demanding a decision by the chancellor.",
  "articles": ["04_de.txt"], "independent_sources": 1},
])

# r04: AFP's own reporting (parliamentary sources + an interview) carried under an AFP dateline
# (fr, de) and credited in the body (es "según informó la agencia France Presse", it "riferisce
# l'agenzia France Presse", it without outlet line).
story("r04_afp_parliament_short_lets", "agency", {
"00_fr.txt": """Locations touristiques : le gouvernement veut limiter les résidences principales à 60 nuits par an
Ouest-France
20 mai 2027

Paris (AFP) – Le gouvernement va déposer un amendement pour abaisser de 120 à 60 nuits par an la durée maximale de location touristique d'une résidence principale dans les villes de plus de 200 000 habitants, a-t-on appris mercredi de sources parlementaires.

L'amendement, qui sera examiné le 26 mai par la commission des affaires économiques de l'Assemblée nationale, doit être intégré au projet de loi sur le logement abordable, ont précisé à l'AFP deux sources parlementaires, l'une de la majorité et l'autre de l'opposition.

« Dans certains quartiers, un logement sur cinq est devenu un meublé touristique. Nous devons rendre ces appartements aux habitants », a déclaré à l'AFP la ministre du Logement, Sandrine Mollat, confirmant l'intention du gouvernement sans en détailler le calendrier.

Les plateformes de location ont dénoncé un texte « improvisé ». Les maires de Paris, Lyon et Marseille réclamaient de longue date un abaissement du plafond.

(AFP)
""",
"01_de.txt": """Frankreich will Ferienvermietung von Erstwohnungen auf 60 Nächte begrenzen
Die Zeit
20.05.2027 14:02

Paris (AFP) – Frankreichs Regierung will die Vermietung von Erstwohnungen an Touristen in Großstädten stärker einschränken. Statt wie bisher 120 sollen Eigentümer ihre Hauptwohnung in Städten mit mehr als 200.000 Einwohnern künftig nur noch 60 Nächte im Jahr an Urlauber vermieten dürfen, wie am Mittwoch aus Parlamentskreisen verlautete.

Der entsprechende Änderungsantrag soll am 26. Mai im Wirtschaftsausschuss der Nationalversammlung beraten werden. „In manchen Vierteln ist jede fünfte Wohnung eine Ferienwohnung geworden", sagte Wohnungsbauministerin Sandrine Mollat der Nachrichtenagentur AFP.

Vermietungsplattformen kritisierten das Vorhaben als überhastet.

AFP
""",
"02_es.txt": """Francia limitará a 60 noches al año el alquiler turístico de viviendas habituales
La Vanguardia
2027-05-20 16:30

El Gobierno francés quiere reducir de 120 a 60 noches al año el tiempo máximo que una vivienda habitual puede alquilarse a turistas en las ciudades de más de 200.000 habitantes, según informó este miércoles la agencia France Presse, que cita fuentes parlamentarias.

"En algunos barrios, una de cada cinco viviendas se ha convertido en alojamiento turístico", declaró a la agencia francesa la ministra de Vivienda, Sandrine Mollat.

La medida llega mientras Barcelona prepara su propio endurecimiento de las licencias de pisos turísticos, y el Ayuntamiento ha seguido de cerca el debate francés.
""",
"03_it.txt": """Francia, stretta sugli affitti brevi: tetto a 60 notti l'anno per le prime case
20 maggio 2027

Parigi vuole dimezzare il numero di notti in cui una residenza principale può essere affittata ai turisti nelle città con oltre 200.000 abitanti: da 120 a 60 l'anno. Lo riferisce l'agenzia France Presse, citando fonti parlamentari.

L'emendamento del governo sarà esaminato il 26 maggio dalla commissione Affari economici dell'Assemblea nazionale. "In alcuni quartieri un alloggio su cinque è diventato un affitto turistico", ha detto all'Afp la ministra dell'Alloggio Sandrine Mollat.

(Afp)
""",
}, [{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": a} for a in ["00_fr.txt", "01_de.txt", "02_es.txt", "03_it.txt"]],
[{"text": "The French government wants to cut the maximum tourist rental of a primary residence in cities over 200,000 inhabitants from 120 to 60 nights a year.",
  "articles": ["00_fr.txt", "01_de.txt", "02_es.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The amendment will be examined by the National Assembly's economic affairs committee on 26 May.",
  "articles": ["00_fr.txt", "01_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Housing minister Sandrine Mollat said that in some neighbourhoods one home in five has become a tourist rental.",
  "articles": ["00_fr.txt", "01_de.txt", "02_es.txt", "03_it.txt"], "independent_sources": 1},
])

# r05: two agencies reporting independently from the same Council meeting: EFE (es, dateline
# "(EFE).-" and closing "EFE") and ANSA (it, dateline "- (ANSA)" closing); de credits both
# ("berichteten die spanische Nachrichtenagentur EFE und die italienische Agentur ANSA"), fr (no
# date line) only ANSA ("rapporte l'agence italienne ANSA").
story("r05_efe_ansa_migration_fund", "two_agencies", {
"00_es.txt": """España e Italia bloquean el reparto del fondo europeo de solidaridad migratoria
La Voz de Galicia
2027-05-27 19:05

Luxemburgo, 27 may (EFE).- España e Italia han bloqueado este jueves en el Consejo de ministros de Interior de la UE la aprobación de la clave de reparto del fondo europeo de solidaridad migratoria, por lo que la votación se aplaza hasta julio, según fuentes diplomáticas consultadas por EFE.

Ambos países consideran que la fórmula propuesta por la presidencia de turno infravalora el número de llegadas por mar y beneficia a los Estados del centro de Europa. Sin su apoyo no era posible reunir la mayoría cualificada.

"España no va a firmar una clave que trata igual a quien rescata en el mar que a quien no tiene costa", declaró el ministro del Interior, Álvaro Quintanilla, a los periodistas a su salida de la reunión.

Según las fuentes consultadas por EFE, la presidencia presentará una nueva propuesta antes del Consejo del 8 de julio. EFE
""",
"01_it.txt": """Migranti, Italia e Spagna bloccano la chiave di riparto del fondo Ue
Il Secolo XIX
27/05/2027 18:47

(ANSA) - LUSSEMBURGO, 27 MAG - Italia e Spagna hanno bloccato oggi al Consiglio Affari interni dell'Ue l'approvazione della chiave di ripartizione del fondo di solidarietà per i migranti. Il voto slitta a luglio, apprende l'ANSA da fonti diplomatiche.

"Non accetteremo mai un meccanismo che premia chi chiude i porti e punisce chi salva vite", ha detto all'ANSA il ministro dell'Interno Giorgio Ferraresi al termine della riunione, rivendicando il "fronte mediterraneo" con Madrid.

Secondo le stesse fonti, anche Grecia e Malta avevano espresso riserve sulla proposta della presidenza di turno, che dovrà ora essere riscritta. (ANSA).
""",
"02_de.txt": """Spanien und Italien blockieren Verteilschlüssel für EU-Migrationsfonds
Frankfurter Rundschau
27. Mai 2027

Spanien und Italien haben beim Treffen der EU-Innenminister in Luxemburg die Verabschiedung des Verteilschlüssels für den europäischen Solidaritätsfonds für Migration blockiert. Die Abstimmung wurde auf Juli vertagt, wie die spanische Nachrichtenagentur EFE und die italienische Agentur ANSA übereinstimmend unter Berufung auf Diplomaten berichteten.

„Spanien wird keinen Schlüssel unterschreiben, der die, die auf See retten, genauso behandelt wie die, die keine Küste haben", sagte der spanische Innenminister Álvaro Quintanilla laut EFE. Sein italienischer Kollege Giorgio Ferraresi sagte der ANSA, man werde „nie einen Mechanismus akzeptieren, der die belohnt, die Häfen schließen".

Die Bundesregierung hatte den Vorschlag der Ratspräsidentschaft unterstützt.
""",
"03_fr.txt": """Migrations : l'Italie et l'Espagne bloquent la clé de répartition du fonds européen
Le Figaro

L'Italie et l'Espagne ont bloqué jeudi, lors du Conseil des ministres de l'Intérieur de l'UE à Luxembourg, l'adoption de la clé de répartition du fonds de solidarité migratoire, rapporte l'agence italienne ANSA citant des sources diplomatiques. Le vote est reporté à juillet.

« Nous n'accepterons jamais un mécanisme qui récompense ceux qui ferment leurs ports et punit ceux qui sauvent des vies », a déclaré à l'agence le ministre italien de l'Intérieur, Giorgio Ferraresi. Selon l'ANSA, la Grèce et Malte avaient également émis des réserves.

La France, qui soutenait le compromis de la présidence, n'a pas commenté.
""",
}, [{"name": "EFE", "in_corpus": False}, {"name": "ANSA", "in_corpus": False}],
[{"origin": "EFE", "article": "00_es.txt"}, {"origin": "ANSA", "article": "01_it.txt"},
 {"origin": "EFE", "article": "02_de.txt"}, {"origin": "ANSA", "article": "02_de.txt"},
 {"origin": "ANSA", "article": "03_fr.txt"}],
[{"text": "Spain and Italy blocked adoption of the distribution key of the EU migration solidarity fund at the interior ministers' Council in Luxembourg; the vote was postponed to July.",
  "articles": ["00_es.txt", "01_it.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "Spanish interior minister Álvaro Quintanilla said Spain would not sign a key that treats those who rescue at sea like those without a coast.",
  "articles": ["00_es.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Italian interior minister Giorgio Ferraresi said Italy would never accept a mechanism rewarding those who close their ports.",
  "articles": ["01_it.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Greece and Malta had also expressed reservations about the presidency's proposal.",
  "articles": ["01_it.txt", "03_fr.txt"], "independent_sources": 1},
])

# r06: Corriere della Sera scoop from anonymous Palazzo Chigi sources and majority MPs; en and de
# credit it ("Corriere della Sera reported … citing", "wie der «Corriere della Sera» berichtet") and
# also take the government's denial directly from its statement (origin Palazzo Chigi); fr is an
# uncredited close translation published the next day that keeps the anonymous sources as if its
# own ("selon deux sources du Palazzo Chigi ayant requis l'anonymat").
story("r06_corriere_scoop_reshuffle_denial", "scoop_denial_copy", {
"00_it.txt": """Governo, pronto il rimpasto: entro giugno via tre ministri
Corriere della Sera
2027-05-29T07:00:00+02:00

La presidenza del Consiglio ha deciso di sostituire tre ministri entro la fine di giugno. È quanto apprende il Corriere della Sera da due fonti di Palazzo Chigi che hanno chiesto l'anonimato. A lasciare sarebbero la ministra del Turismo Paola Serrani, il ministro dei Trasporti Fabio Colletti e il ministro per gli Affari regionali Davide Santangelo.

Il rimpasto, spiegano le fonti, dovrebbe essere formalizzato dopo i ballottaggi delle amministrative del 20 giugno, per non interferire con la campagna elettorale. "La decisione è presa, manca solo la data", dice uno dei due interlocutori.

Fonti parlamentari della maggioranza confermano al Corriere che i capigruppo sono stati informati nei giorni scorsi. Al posto di Colletti, sempre secondo queste fonti, è in pole position l'attuale viceministro dell'Economia Marco Tedeschi.

Interpellati, gli uffici dei tre ministri non hanno commentato.
""",
"01_en.txt": """Italy's government plans to replace three ministers by end of June, Corriere reports
Politico Europe
2027-05-29 16:10

Italy's government intends to replace three cabinet ministers by the end of June, Corriere della Sera reported on Saturday, citing two government sources who asked not to be named.

According to the Milan daily, Tourism Minister Paola Serrani, Transport Minister Fabio Colletti and Regional Affairs Minister Davide Santangelo would leave the cabinet after the second round of local elections on June 20. Corriere's sources said deputy economy minister Marco Tedeschi was the front-runner to take over transport.

Palazzo Chigi, the prime minister's office, denied the report in a statement on Saturday afternoon. "No reshuffle is on the table. The government is united and fully focused on its programme," the statement said.

A reshuffle would be the first since the coalition took office.
""",
"02_de.txt": """Italien: Bericht über Kabinettsumbildung – Regierung dementiert
Neue Zürcher Zeitung
29.05.2027 17:30

In Italien sollen bis Ende Juni drei Minister ausgetauscht werden. Das berichtet der «Corriere della Sera» unter Berufung auf zwei anonyme Quellen im Regierungssitz Palazzo Chigi. Betroffen wären demnach Tourismusministerin Paola Serrani, Verkehrsminister Fabio Colletti und der Minister für regionale Angelegenheiten, Davide Santangelo.

Die Regierungszentrale wies den Bericht am Samstagnachmittag in einer Mitteilung zurück: Eine Kabinettsumbildung stehe „nicht auf der Tagesordnung", die Regierung sei geschlossen.

Laut dem Mailänder Blatt soll die Umbildung erst nach den Stichwahlen der Kommunalwahlen am 20. Juni vollzogen werden.
""",
"03_fr.txt": """Italie : le gouvernement prépare un remaniement, trois ministres sur le départ
L'Écho transalpin
30 mai 2027

La présidence du Conseil italienne a décidé de remplacer trois ministres d'ici à la fin juin, selon deux sources du Palazzo Chigi ayant requis l'anonymat. Devraient quitter le gouvernement la ministre du Tourisme Paola Serrani, le ministre des Transports Fabio Colletti et le ministre des Affaires régionales Davide Santangelo.

Le remaniement, expliquent ces sources, devrait être officialisé après le second tour des élections municipales du 20 juin, afin de ne pas interférer avec la campagne. « La décision est prise, il ne manque que la date », confie l'un des deux interlocuteurs.

Des sources parlementaires de la majorité confirment que les présidents de groupe ont été informés ces derniers jours. Pour remplacer M. Colletti, le vice-ministre de l'Économie Marco Tedeschi tiendrait la corde.

Contactés, les cabinets des trois ministres n'ont pas réagi.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}, {"name": "Palazzo Chigi", "in_corpus": False}],
[{"origin": "Corriere della Sera", "article": "01_en.txt"}, {"origin": "Palazzo Chigi", "article": "01_en.txt"},
 {"origin": "Corriere della Sera", "article": "02_de.txt"}, {"origin": "Palazzo Chigi", "article": "02_de.txt"},
 {"origin": "Corriere della Sera", "article": "03_fr.txt"}],
[{"text": "The Italian government plans to replace three ministers (Serrani, Colletti, Santangelo) by the end of June.",
  "articles": ["00_it.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Deputy economy minister Marco Tedeschi is the front-runner to take over the transport ministry.",
  "articles": ["00_it.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Palazzo Chigi denied the report, saying no reshuffle is on the table.",
  "articles": ["01_en.txt", "02_de.txt"], "independent_sources": 1},
])

# ---------------------------------------------------------------------------------------------
def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 70 (invented events and people; real outlet and agency names); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o["name"] for o in origins}
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
