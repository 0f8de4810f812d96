#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand184 set.

Topic: coasts, beaches, marine pollution and coast guards (fuel oil on a beach, plastic pellets
from lost containers, microplastics in beach sand, rip-current rescues, a kitesurf rescue, an
illegal discharge at sea, a bathing ban after a sewage overflow).
The outlets are real media names; everything else (events, people, companies, bodies, ships,
places, figures, quotes) is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# o01: La Voz de Galicia's own scoop (internal port-authority report seen by the paper, two
# anonymous crew members, own reporter on the beach), relayed with credits: pt "segundo o jornal
# galego La Voz de Galicia" + "O JN contactou … não obteve resposta" (no own reporting); en
# "according to La Voz de Galicia's reporting" + background mention of El País (no edge); fr credit
# only in the last paragraph + background mention of Le Télégramme (no edge).
story("o01_galicia_fuel_scoop", "scoop", {
"00_es.txt": """Un trasvase de combustible entre dos buques, origen del fuel que ensucia la playa de Lobeiras
La Voz de Galicia
06/07/2027 05:00 h

El fuel que desde el domingo mancha la playa de Lobeiras, en Ribeiral, salió del petrolero Marisa Ondina durante un trasvase de combustible con la gabarra Punta Seixo, a unas seis millas de la costa. Así lo recoge un informe interno de la Capitanía Marítima de Ribeiral al que ha tenido acceso La Voz de Galicia, y así lo confirman dos tripulantes de la gabarra que prefieren no dar su nombre.

Según ese documento, fechado el lunes, una manguera se soltó durante la operación en la madrugada del sábado y al mar fueron a parar «entre 5.000 y 7.000 litros» de fuelóleo antes de que se lograse cerrar la válvula. «Nos dijeron que no lo comunicásemos hasta tener claro cuánto había caído», relata uno de los marineros. El informe señala que el aviso a la Capitanía llegó casi nueve horas después del vertido.

Ayer por la mañana, la arena de Lobeiras amaneció de nuevo salpicada de galletas de fuel a lo largo de casi cuatro kilómetros, hasta la playa de Cruz Vella. Una veintena de voluntarios, con guantes y sacos, recogían los restos bajo la mirada de los socorristas, que mantienen izada la bandera roja desde el domingo. «Esto huele a gasolinera desde el paseo», decía Xosé Manuel Rañal, mariscador de Ribeiral, mientras llenaba su tercer saco.

Fuentes de la Capitanía consultadas por este diario evitaron valorar el informe, pero admitieron que el expediente sancionador contra la naviera griega Kalyvas Tankers, armadora del Marisa Ondina, «está en marcha». Combustibles del Noroeste, propietaria de la gabarra, no respondió a las preguntas de La Voz.

La alcaldesa de Ribeiral, Beatriz Souto, exigió ayer «que pague quien ensució» y anunció que el Concello se personará en el expediente. El baño seguirá prohibido en Lobeiras y Cruz Vella al menos hasta el jueves.
""",
"01_pt.txt": """Fuelóleo derramado na Galiza pode chegar às praias do Alto Minho
Jornal de Notícias
06 Julho 2027 às 14:32

O fuelóleo que desde domingo suja as praias de Ribeiral, na Galiza, foi derramado pelo petroleiro Marisa Ondina durante uma transferência de combustível com uma barcaça, a cerca de seis milhas da costa, segundo o jornal galego La Voz de Galicia.

O diário, que teve acesso a um relatório interno da Capitania Marítima de Ribeiral, escreve que uma mangueira se soltou durante a operação, na madrugada de sábado, e que entre cinco mil e sete mil litros de fuelóleo caíram ao mar. O alerta só terá sido dado cerca de nove horas depois, adianta o mesmo jornal, que ouviu dois tripulantes da barcaça sob anonimato.

Com vento de norte previsto para os próximos dias, pescadores e autarcas do Alto Minho já manifestaram preocupação com a possibilidade de as manchas descerem a costa e chegarem às praias portuguesas em plena época balnear.

O JN contactou a Capitania do Porto de Arcela para saber se existe um plano de contingência para a costa portuguesa, mas não obteve resposta até ao fecho desta edição.

Do lado galego, os banhos continuam proibidos nas praias de Lobeiras e Cruz Vella pelo menos até quinta-feira. A armadora grega Kalyvas Tankers é alvo de um processo de contraordenação.
""",
"02_en.txt": """Tanker blamed for fuel oil that blackened Galician beach, leaked report shows
The Olive Press
6 Jul, 2027 @ 19:15

A tanker taking on fuel at sea off the Galician coast was behind the slick of heavy fuel oil that has shut two beaches in Ribeiral since Sunday, according to La Voz de Galicia's reporting.

The regional daily says it has seen an internal report by the port authority in Ribeiral showing that a hose came loose while the Maltese-flagged Marisa Ondina was being refuelled by a barge in the early hours of Saturday. Between 5,000 and 7,000 litres of fuel oil went into the sea around six miles offshore, and the alarm was only raised nine hours later.

Two crew members of the barge, who spoke to the paper on condition of anonymity, said they had been told to keep quiet until it was clear how much had been spilled.

Volunteers have been scooping tar balls off Lobeiras beach, where lifeguards have kept the red flag flying since Sunday. Ribeiral mayor Beatriz Souto has demanded that 'whoever made the mess pays for it'.

The stretch of coast is popular with British holidaymakers, and Lobeiras featured in a list of Spain's best wild beaches published by El País last summer.

Greek owner Kalyvas Tankers could not be reached for comment.
""",
"03_fr.txt": """Galice : un pétrolier à l'origine de la pollution au fioul sur les plages de Ribeiral
Ouest-France
Publié le 07/07/2027 à 08h12

Des galettes de fioul sur près de quatre kilomètres de sable, le drapeau rouge hissé et des bénévoles armés de sacs-poubelle : depuis dimanche, la plage de Lobeiras, à Ribeiral, dans le nord-ouest de l'Espagne, vit au rythme de la pollution.

Le fioul lourd proviendrait du pétrolier Marisa Ondina, battant pavillon maltais. Dans la nuit de vendredi à samedi, un tuyau se serait détaché pendant que le navire se ravitaillait auprès d'une barge, à une dizaine de kilomètres des côtes. Entre 5 000 et 7 000 litres se seraient déversés en mer, et l'alerte n'aurait été donnée que neuf heures plus tard.

La maire de Ribeiral, Beatriz Souto, réclame que « le pollueur paie ». La baignade reste interdite au moins jusqu'à jeudi sur les plages de Lobeiras et de Cruz Vella.

De ce côté-ci du golfe de Gascogne, les associations de défense du littoral suivent l'affaire de près. L'été dernier, Le Télégramme avait consacré une série d'articles aux rejets d'hydrocarbures au large de la pointe de Kerzenn.

Ces informations ont été révélées mardi par le quotidien galicien La Voz de Galicia, qui s'appuie sur un rapport interne de la capitainerie de Ribeiral et sur le témoignage de deux membres d'équipage de la barge.
""",
}, [("La Voz de Galicia", True)],
[("La Voz de Galicia", "01_pt.txt"), ("La Voz de Galicia", "02_en.txt"), ("La Voz de Galicia", "03_fr.txt")],
[("Fuel oil spilled by the tanker Marisa Ondina during a transfer with a barge soiled the beaches of Lobeiras and Cruz Vella in Ribeiral.",
  ["00_es.txt", "01_pt.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Between 5,000 and 7,000 litres of fuel oil went into the sea and the alarm was raised about nine hours later.",
  ["00_es.txt", "01_pt.txt", "02_en.txt", "03_fr.txt"], 1)])

# o02: chain Leeuwarder Courant (own reporter on the beach) → NDR → The Guardian, El País.
# nl own "Een verslaggever van deze krant liep … mee" + "bevestigt tegenover de LC"; de "Das
# berichtet die niederländische Regionalzeitung „Leeuwarder Courant“" + "Nach Recherchen der
# „Leeuwarder Courant“" (genitive) + "Eine Anfrage des NDR … blieb unbeantwortet" (no own reporting);
# en "NDR reported on Sunday, citing the Dutch regional newspaper Leeuwarder Courant" + "NDR said":
# edge from NDR only; es (no outlet line) "según informa la cadena pública alemana NDR" + "añade
# la emisora": edge from NDR.
story("o02_wadden_pellets_chain", "chain", {
"00_nl.txt": """Miljoenen plastic korrels spoelen aan op Oosterzand: ‘Die krijg je nooit meer opgeruimd’
Leeuwarder Courant
10 juli 2027, 17:45

Het strand van Oosterzand ligt sinds vrijdag bezaaid met kleine witte plastic korrels. Ze komen vermoedelijk uit een container die het vrachtschip Baltic Lodestar in de nacht van donderdag op vrijdag ten noorden van de Waddeneilanden verloor. Een verslaggever van deze krant liep zaterdag met strandjutters langs de vloedlijn: over zeker zes kilometer ligt die vol korrels.

‘Ik loop hier al dertig jaar, maar zoiets heb ik nog nooit gezien’, zegt jutter Sjoerd Hiemstra, die met een keukenzeef korrels uit het zand schept. ‘Het zijn er miljoenen. Die krijg je nooit meer opgeruimd, ze zitten overal tussen het helmgras.’

De Baltic Lodestar van de Noorse rederij Halvorsen Container Lines verloor in de storm veertien containers. Een woordvoerder van de kustwacht bevestigt tegenover de LC dat in minstens één daarvan zakken met plastic granulaat zaten, de grondstof waarvan onder meer verpakkingen worden gemaakt. Vijf containers zijn inmiddels gelokaliseerd, naar de andere negen wordt nog gezocht.

Marieke Dijkstra van Stichting Wadkust vreest vooral voor de vogels. ‘Eidereenden en scholeksters zien die korrels aan voor voedsel. Dat gaat de komende weken slachtoffers kosten.’

De gemeente vraagt strandgasten de korrels niet zelf in te zamelen, maar vondsten te melden. Halvorsen Container Lines reageerde zaterdag niet op vragen van deze krant.
""",
"01_de.txt": """Plastikkörnchen am Wattenmeer: Sorge auch auf Kleinoog
NDR
Stand: 11.07.2027 13:20 Uhr

Nach dem Verlust mehrerer Container in der Nordsee sind auf der niederländischen Insel Oosterzand Millionen kleiner Plastikkörnchen angespült worden. Das berichtet die niederländische Regionalzeitung „Leeuwarder Courant“. Auf rund sechs Kilometern sei der Spülsaum voll mit dem weißen Granulat.

Nach Recherchen der „Leeuwarder Courant“ stammen die Pellets vermutlich aus einem Container des Frachters „Baltic Lodestar“ der norwegischen Reederei Halvorsen Container Lines. Das Schiff hatte in der Nacht zu Freitag in einem Sturm 14 Container verloren. „Es sind Millionen. Die kriegt man nie wieder weg“, zitiert das Blatt einen Strandsammler.

Auf der ostfriesischen Insel Kleinoog, nur wenige Seemeilen weiter östlich, wächst nun die Sorge, dass das Granulat mit der Strömung auch die deutschen Strände erreicht. Umweltschützer warnen, dass Seevögel wie Eiderenten und Austernfischer die Körnchen mit Nahrung verwechseln.

Eine Anfrage des NDR bei der Reederei blieb bis Sonntagnachmittag unbeantwortet. Neun der 14 Container werden noch gesucht.
""",
"02_en.txt": """Millions of plastic pellets wash up on Dutch island after ship loses containers
The Guardian
Mon 12 Jul 2027 09.30 BST

Millions of plastic pellets have washed up on the Dutch Wadden island of Oosterzand after a cargo ship lost 14 containers in a North Sea storm, the German public broadcaster NDR reported on Sunday, citing the Dutch regional newspaper Leeuwarder Courant.

The tiny white granules, the raw material from which most plastic products are made, cover about six kilometres of the island's tideline. They are believed to have come from a container that the Baltic Lodestar, operated by the Norwegian company Halvorsen Container Lines, lost overboard on Thursday night.

Conservationists fear that seabirds such as eider ducks and oystercatchers will mistake the pellets for food. On the neighbouring German island of Kleinoog, residents are worried that the current will carry the granules east.

Nine of the 14 containers were still missing on Sunday, NDR said.

Halvorsen Container Lines did not respond to a request for comment.
""",
"03_es.txt": """Millones de bolitas de plástico llegan a una isla neerlandesa tras la pérdida de contenedores de un carguero
12 jul 2027 - 13:05 CEST

Una isla neerlandesa del mar de Frisia amaneció el fin de semana cubierta de diminutas bolitas de plástico blanco, según informa la cadena pública alemana NDR. Los gránulos, conocidos como pélets, se extienden a lo largo de unos seis kilómetros de playa en Oosterzand.

Proceden, presumiblemente, de uno de los 14 contenedores que el buque Baltic Lodestar, de la naviera noruega Halvorsen Container Lines, perdió el jueves por la noche durante un temporal en el mar del Norte. Nueve de ellos siguen sin localizar.

Los pélets son la materia prima con la que se fabrica buena parte de los objetos de plástico. Los ecologistas temen que aves marinas como los eideres y los ostreros los confundan con alimento.

En la vecina isla alemana de Kleinoog se teme que la corriente arrastre los gránulos hacia el este, añade la emisora, que no obtuvo respuesta de la naviera.
""",
}, [("Leeuwarder Courant", True)],
[("Leeuwarder Courant", "01_de.txt"), ("NDR", "02_en.txt"), ("NDR", "03_es.txt")],
[("Millions of plastic pellets from a container lost by the Baltic Lodestar washed up along about six kilometres of beach on Oosterzand.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_es.txt"], 1)])

# o03: a scientist's own published study (Lucia Ferraresi, Mediterranean Coastal Science) is the
# only root, outside the corpus; all five articles take it directly. it "Lo rivela uno studio
# firmato dalla geologa marina" + "scrivono Ferraresi e i suoi colleghi" (the mayor's comment to
# Il Tirreno is no origin); es "según un estudio de la geóloga italiana" + a translated quote
# credited once ("escriben los autores"); fr "D'après l'étude" + "Sollicitée … n'avait pas répondu"
# (no own reporting); pt "Num estudo … publicado" + "Segundo os autores"; de "Das legt eine Studie
# … nahe" + "heißt es in der Studie" + background mention of NDR (no edge).
story("o03_microplastics_study", "study", {
"00_it.txt": """Microplastiche, la spiaggia più inquinata è in Toscana: lo studio su 52 litorali
Il Tirreno
14 luglio 2027

È la Cala dei Gabbiani, a Torre Saracena, la spiaggia con più microplastiche tra le 52 analizzate in Italia, Spagna, Francia e Portogallo. Lo rivela uno studio firmato dalla geologa marina Lucia Ferraresi, dell'Università di Valdimare, pubblicato oggi sulla rivista scientifica Mediterranean Coastal Science.

Nella sabbia della caletta i ricercatori hanno contato in media 4.870 particelle di plastica per chilo di sabbia asciutta, quasi quattro volte la media dell'intero campione, che si ferma a 1.240. I prelievi sono stati fatti nell'estate del 2026, sempre nella stessa fascia oraria e a dieci metri dalla battigia.

Secondo lo studio, il 68 per cento dei frammenti proviene da imballaggi, soprattutto bottiglie e vaschette per alimenti. «Le piccole cale chiuse dagli scogli funzionano come trappole: la plastica entra con le mareggiate e non esce più», scrivono Ferraresi e i suoi colleghi.

Va meglio sulle coste atlantiche: le spiagge portoghesi del campione restano tutte sotto le 600 particelle per chilo, grazie alle correnti e al maggiore ricambio dell'acqua, si legge nella ricerca.

«Non è una sorpresa, ma fa male leggerlo», commenta il sindaco di Torre Saracena, Paolo Landucci, che annuncia per settembre una pulizia straordinaria della cala con le associazioni di volontariato.
""",
"01_es.txt": """Una cala de Mallorca, entre las playas con más microplásticos del Mediterráneo
Diario de Mallorca
14·07·27 | 18:40

Cala Pedrissa figura entre las cinco playas con más microplásticos de las 52 analizadas en cuatro países del Mediterráneo y el Atlántico, según un estudio de la geóloga italiana Lucia Ferraresi publicado este miércoles en la revista Mediterranean Coastal Science.

El trabajo, firmado por investigadores de la Universidad de Valdimare, halló en la arena de la cala una media de 3.150 partículas por kilo de arena seca, frente a las 1.240 del conjunto de la muestra. La playa más afectada es la Cala dei Gabbiani, en la Toscana, con 4.870.

«Las calas pequeñas, cerradas por rocas, funcionan como trampas: el plástico entra con los temporales y ya no sale», escriben los autores. Ese es, precisamente, el caso de Cala Pedrissa, una ensenada estrecha en la costa de Llevant muy frecuentada en verano.

El 68% de los fragmentos procede de envases, sobre todo botellas y bandejas de comida. Las muestras se tomaron en verano de 2026, siempre a diez metros de la orilla.

Es la primera vez que un trabajo de este tipo compara playas de Baleares con las del resto del Mediterráneo occidental y con las de la costa atlántica portuguesa, que salen mucho mejor paradas.
""",
"02_fr.txt": """Microplastiques : une plage azuréenne parmi les plus touchées, selon une étude italienne
Nice-Matin
15 juillet 2027 à 06h30

La plage des Salins-Blancs, à Port-Sabline, compte parmi les dix plages les plus chargées en microplastiques sur les 52 passées au crible par une équipe de chercheurs italiens. D'après l'étude, publiée mercredi dans la revue Mediterranean Coastal Science, on y trouve en moyenne 2 410 particules par kilo de sable sec.

C'est près de deux fois la moyenne relevée sur l'ensemble des sites étudiés, en Italie, en Espagne, en France et au Portugal (1 240 particules). Le triste record revient à la Cala dei Gabbiani, une petite crique toscane, avec 4 870 particules par kilo.

Dirigée par la géologue marine Lucia Ferraresi, de l'université de Valdimare, l'équipe a prélevé le sable à l'été 2026, à dix mètres du bord de l'eau. Plus des deux tiers des fragments (68 %) proviennent d'emballages, bouteilles et barquettes alimentaires en tête.

Sollicitée mercredi par Nice-Matin, la mairie de Port-Sabline n'avait pas répondu à nos questions en fin de journée.
""",
"03_pt.txt": """Praias portuguesas são as menos contaminadas por microplásticos num estudo a 52 areais
Público
15 de Julho de 2027, 12:47

As praias portuguesas saem bem na fotografia. Num estudo que analisou a areia de 52 praias de Itália, Espanha, França e Portugal, publicado na quarta-feira na revista científica Mediterranean Coastal Science, nenhum dos areais portugueses ultrapassa as 600 partículas de microplástico por quilo de areia seca.

A média do estudo, coordenado pela geóloga italiana Lucia Ferraresi, da Universidade de Valdimare, é de 1240 partículas por quilo. No topo da lista está uma pequena enseada da Toscana, a Cala dei Gabbiani, com 4870.

Segundo os autores, as correntes atlânticas e a maior renovação da água explicam a diferença. A praia do Carvalhal Novo, na costa alentejana, registou o valor mais baixo de toda a amostra: 180 partículas por quilo.

As amostras foram recolhidas no Verão de 2026, sempre a dez metros da linha de água. Cerca de 68% dos fragmentos encontrados provêm de embalagens, sobretudo garrafas e recipientes de comida.
""",
"04_de.txt": """Mikroplastik: An diesen Stränden steckt das meiste Plastik im Sand
DER SPIEGEL
16.07.2027, 10.02 Uhr

Wer im Urlaub am Mittelmeer im Sand liegt, liegt oft auch in Plastik. Das legt eine Studie der italienischen Meeresgeologin Lucia Ferraresi nahe, die in der Fachzeitschrift »Mediterranean Coastal Science« erschienen ist.

Ferraresi und ihr Team von der Universität Valdimare haben im Sommer 2026 an 52 Stränden in Italien, Spanien, Frankreich und Portugal Sandproben genommen. Im Schnitt fanden sie 1240 Plastikpartikel pro Kilogramm trockenen Sand. Spitzenreiter ist die toskanische Badebucht Cala dei Gabbiani mit 4870 Partikeln, auch eine Bucht auf Mallorca liegt weit vorn.

»Kleine, von Felsen eingeschlossene Buchten wirken wie Fallen: Der Plastikmüll kommt mit den Stürmen herein und geht nicht mehr hinaus«, heißt es in der Studie. Gut zwei Drittel der Fragmente stammen demnach von Verpackungen. Am saubersten waren die Atlantikstrände in Portugal.

Über Plastikmüll an deutschen Ostseestränden hatte im vergangenen Jahr bereits der NDR berichtet. Vergleichbare Messungen für Nord- und Ostsee enthält die neue Studie allerdings nicht.
""",
}, [("Lucia Ferraresi", False)],
[("Lucia Ferraresi", "00_it.txt"), ("Lucia Ferraresi", "01_es.txt"), ("Lucia Ferraresi", "02_fr.txt"),
 ("Lucia Ferraresi", "03_pt.txt"), ("Lucia Ferraresi", "04_de.txt")],
[("A study by Lucia Ferraresi of 52 beaches found an average of 1,240 microplastic particles per kilo of dry sand, with Cala dei Gabbiani highest at 4,870.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_pt.txt", "04_de.txt"], 1)])

# o04: a head lifeguard's own Facebook post (Rui Falcato) is the root, outside the corpus. pt
# "Foi o próprio coordenador … quem deu conta …, numa publicação na sua página de Facebook" +
# "O Sul Informação tentou obter um comentário … não foi possível" (no own reporting); pt CM quote
# first, then "Na rede social Facebook, o nadador-salvador contou" + background mention of RTP (no
# edge); en translated quotes credited only once ("wrote in a Facebook post", then "he added"); nl
# "schreef … op Facebook" + "volgens Falcato" + "aldus Falcato"; de BILD (no date line) takes it
# from the regional portal: "Das berichtet das portugiesische Regionalportal „Sul Informação“" +
# "laut dem Portal": edge from Sul Informação.
story("o04_algarve_lifeguard_post", "social", {
"00_pt.txt": """Nadadores-salvadores resgatam 23 banhistas numa só tarde na praia do Vale Seixo
Sul Informação
19 de Julho de 2027 | 09:14

Vinte e três banhistas foram resgatados do mar na tarde deste domingo, na praia do Vale Seixo, no concelho de Pedra Alva. Foi o próprio coordenador dos nadadores-salvadores da praia, Rui Falcato, quem deu conta da tarde atribulada, numa publicação na sua página de Facebook.

«Em 19 anos de praia nunca vi nada assim. Os agueiros abriram-se em três sítios ao mesmo tempo e tivemos gente a ser arrastada de um lado e do outro», escreveu o nadador-salvador, ao final do dia.

Segundo a publicação, os salvamentos aconteceram entre as 14h00 e as 18h30, com a maré a vazar e ondulação de sudoeste. Entre os resgatados estão sete crianças. Três pessoas foram assistidas no posto de praia e uma foi transportada ao hospital, por precaução.

Rui Falcato aproveitou para deixar um alerta: dos seis postos de vigilância previstos para o Vale Seixo, só quatro estão a funcionar, por falta de nadadores-salvadores. «Estamos a fazer milagres com metade da gente», lamentou.

O Sul Informação tentou obter um comentário da Câmara Municipal de Pedra Alva, mas até à hora de publicação deste artigo não foi possível.
""",
"01_pt.txt": """Tarde de pânico no Algarve: 23 banhistas salvos dos agueiros
Correio da Manhã
19 de julho de 2027 às 13:05

«Estamos a fazer milagres com metade da gente.» O desabafo é de Rui Falcato, coordenador dos nadadores-salvadores da praia do Vale Seixo, em Pedra Alva, depois de uma tarde em que 23 banhistas tiveram de ser retirados do mar.

Na rede social Facebook, o nadador-salvador contou que os agueiros se abriram em três pontos ao mesmo tempo, no domingo à tarde, com a maré a vazar. Sete dos resgatados são crianças. Uma pessoa seguiu para o hospital, por precaução.

Dos seis postos de vigilância previstos para aquela praia, apenas quatro estão ocupados, denunciou o coordenador, que trabalha há 19 anos no areal.

A falta de nadadores-salvadores nas praias algarvias já tinha sido tema de uma reportagem da RTP no início do verão.
""",
"02_en.txt": """23 swimmers rescued in one afternoon at Algarve beach
The Portugal News
19 Jul 2027, 16:20

Lifeguards at Vale Seixo beach in the Algarve pulled 23 people out of the sea on Sunday afternoon after rip currents opened up along the shore.

"In 19 years on this beach I have never seen anything like it. The rip currents opened in three places at the same time and we had people being dragged out on both sides," the beach's head lifeguard, Rui Falcato, wrote in a Facebook post on Sunday evening.

Seven of those rescued were children. Three people were treated at the lifeguard post and one was taken to hospital as a precaution. The rescues took place between 2pm and 6.30pm, on a falling tide with a south-westerly swell.

Only four of the six lifeguard posts planned for the beach are staffed because of a shortage of qualified lifeguards. "We are performing miracles with half the people we need," he added.

Swimmers caught in a rip current are advised not to swim against it but parallel to the shore, and to swim only where lifeguards are on duty.
""",
"03_nl.txt": """Chaos op Algarve-strand: strandwachten redden 23 zwemmers in één middag
De Telegraaf
20 jul. 2027

Op een strand in de Portugese Algarve zijn zondagmiddag 23 zwemmers uit zee gehaald. Volgens de hoofdstrandwacht van Praia do Vale Seixo, Rui Falcato, ontstonden er op drie plekken tegelijk muistromen.

‘In negentien jaar heb ik zoiets nog nooit meegemaakt’, schreef Falcato zondagavond op Facebook. Onder de geredde zwemmers waren zeven kinderen. Eén persoon werd uit voorzorg naar het ziekenhuis gebracht.

De strandwacht kampt met een flink personeelstekort: van de zes posten op het strand zijn er maar vier bemand. ‘We doen wonderen met de helft van de mensen’, aldus Falcato.

Wie in een muistroom terechtkomt, moet niet tegen de stroom in zwemmen, maar evenwijdig aan de kust. Zwem bij voorkeur alleen waar strandwachten toezicht houden.
""",
"04_de.txt": """Drama an der Algarve: Rettungsschwimmer ziehen 23 Badegäste aus dem Meer
BILD

Horror-Nachmittag an der Algarve! Am Strand von Vale Seixo im Süden Portugals mussten Rettungsschwimmer am Sonntag 23 Badegäste aus dem Wasser holen, darunter sieben Kinder. Das berichtet das portugiesische Regionalportal „Sul Informação“.

Schuld waren gefährliche Brandungsrückströmungen, die sich an drei Stellen gleichzeitig bildeten. „In 19 Jahren am Strand habe ich so etwas noch nie erlebt“, schrieb Chef-Rettungsschwimmer Rui Falcato laut dem Portal auf Facebook.

Ein Badegast kam vorsorglich ins Krankenhaus. Das Problem: Von sechs Rettungsposten am Strand sind nur vier besetzt – es fehlt an Personal.

Der Strand ist auch bei deutschen Urlaubern beliebt. Wer in eine Rückströmung gerät, sollte nicht dagegen anschwimmen, sondern parallel zum Ufer.
""",
}, [("Rui Falcato", False)],
[("Rui Falcato", "00_pt.txt"), ("Rui Falcato", "01_pt.txt"), ("Rui Falcato", "02_en.txt"),
 ("Rui Falcato", "03_nl.txt"), ("Sul Informação", "04_de.txt")],
[("Lifeguards rescued 23 bathers, seven of them children, from rip currents in one afternoon at Vale Seixo beach.",
  ["00_pt.txt", "01_pt.txt", "02_en.txt", "03_nl.txt", "04_de.txt"], 1),
 ("Only four of the six lifeguard posts at Vale Seixo are staffed because of a shortage of lifeguards.",
  ["00_pt.txt", "01_pt.txt", "02_en.txt", "03_nl.txt", "04_de.txt"], 1)])

# o05: Het Laatste Nieuws' own report (reporter on the seawall, head lifeguard to "onze
# journalist"); 7sur7 is an uncredited close French translation published 90 minutes later (same
# structure and quotes, keeps "à notre journaliste"): edge from Het Laatste Nieuws, scenario
# translation. en "Het Laatste Nieuws (HLN) reported" + "HLN's reporter" (possessive) + "told the
# Flemish daily"; de "wie hln.be berichtet" (domain) + "sagte … der flämischen Zeitung" + "Nach
# Angaben von Het Laatste Nieuws" + background mention of VRT (no edge).
story("o05_kitesurf_translation", "translation", {
"00_nl.txt": """Twee kitesurfers ruim twee kilometer de zee op gedreven in Wissenhoeke: redders halen hen op het nippertje uit het water
Het Laatste Nieuws
23-07-27, 18:42

Twee kitesurfers zijn vrijdagnamiddag in Wissenhoeke ternauwernood gered nadat ze ruim twee kilometer van het strand waren afgedreven. HLN was ter plaatse en zag hoe de redders met een jetski en een rubberboot de zee op trokken.

Het ging om een man van 34 en een vrouw van 29. Toen de wind rond 16 uur plots wegviel, konden ze hun kites niet meer in de lucht houden. ‘Ze lagen al een half uur in het water toen we hen bereikten. De vrouw was onderkoeld en uitgeput’, vertelt hoofdredder Jens Verhaeghe aan onze journalist.

Vanop de zeedijk volgden honderden toeristen de reddingsactie. Na twintig minuten werden beide surfers aan wal gebracht, waar een ziekenwagen klaarstond. De vrouw werd voor controle naar het ziekenhuis overgebracht, de man mocht na verzorging naar huis.

‘Kitesurfen bij aflandige wind, dat is vragen om problemen’, zegt Verhaeghe nog. ‘We hebben hen vanochtend nog gewaarschuwd.’ Bij aflandige wind hijsen de redders een oranje windzak, kitesurfen is dan verboden in de zone voor de dijk.

Het is al de vierde keer deze zomer dat de reddingsdienst van Wissenhoeke kitesurfers uit zee moet halen.
""",
"01_fr.txt": """Deux kitesurfeurs dérivent à plus de deux kilomètres au large de Wissenhoeke : les sauveteurs les récupèrent de justesse
7sur7
23-07-27, 20:15

Deux kitesurfeurs ont été secourus de justesse vendredi après-midi à Wissenhoeke, après avoir dérivé à plus de deux kilomètres de la plage. Notre journaliste était sur place et a vu les sauveteurs prendre la mer avec un jet-ski et un bateau pneumatique.

Il s'agit d'un homme de 34 ans et d'une femme de 29 ans. Lorsque le vent est brusquement tombé vers 16 heures, ils n'ont plus pu maintenir leurs ailes en l'air. «Ils étaient dans l'eau depuis une demi-heure quand nous les avons atteints. La femme était en hypothermie et épuisée», a confié le chef sauveteur Jens Verhaeghe à notre journaliste.

Depuis la digue, des centaines de touristes ont suivi l'opération. Au bout de vingt minutes, les deux surfeurs ont été ramenés à terre, où une ambulance les attendait. La femme a été emmenée à l'hôpital pour un contrôle, l'homme a pu rentrer chez lui après avoir reçu des soins.

«Faire du kitesurf par vent de terre, c'est chercher les ennuis», ajoute Jens Verhaeghe. «Nous les avions encore prévenus ce matin.» Par vent de terre, les sauveteurs hissent une manche à air orange: le kitesurf est alors interdit dans la zone devant la digue.

C'est déjà la quatrième fois cet été que le service de sauvetage de Wissenhoeke doit sortir des kitesurfeurs de l'eau.
""",
"02_en.txt": """Two kitesurfers rescued after drifting 2 km out to sea off Belgian coast
The Brussels Times
Saturday, 24 July 2027

Two kitesurfers had a narrow escape on Friday afternoon after drifting more than two kilometres out to sea off Wissenhoeke, on the Belgian coast, Het Laatste Nieuws (HLN) reported.

A 34-year-old man and a 29-year-old woman lost control of their kites when the wind suddenly dropped at around 16:00. HLN's reporter on the seafront watched lifeguards set out on a jet ski and an inflatable boat to bring them back.

"They had been in the water for half an hour when we reached them. The woman was hypothermic and exhausted," head lifeguard Jens Verhaeghe told the Flemish daily. The woman was taken to hospital for a check-up.

Kitesurfing is banned in front of the seawall when lifeguards hoist an orange windsock to signal an offshore wind. It was the fourth time this summer that Wissenhoeke's lifeguards had to rescue kitesurfers.
""",
"03_de.txt": """Belgische Küste: Zwei Kitesurfer zwei Kilometer aufs Meer abgetrieben
GrenzEcho
Sa., 24.07.2027 – 11:03

An der belgischen Küste sind am Freitagnachmittag zwei Kitesurfer mehr als zwei Kilometer aufs offene Meer abgetrieben. Rettungsschwimmer holten die beiden vor Wissenhoeke mit einem Jetski und einem Schlauchboot aus dem Wasser, wie hln.be berichtet.

Der Wind sei gegen 16 Uhr plötzlich eingeschlafen, die 34 und 29 Jahre alten Surfer hätten ihre Schirme nicht mehr in der Luft halten können. Die Frau sei unterkühlt und erschöpft gewesen, sagte der Chef der Rettungsschwimmer, Jens Verhaeghe, der flämischen Zeitung. Sie kam zur Kontrolle ins Krankenhaus.

Bei ablandigem Wind ist das Kitesurfen vor dem Deich verboten. Nach Angaben von Het Laatste Nieuws mussten die Retter in Wissenhoeke in diesem Sommer bereits zum vierten Mal Kitesurfer bergen.

Die VRT hatte zu Beginn der Saison über fehlende Rettungsschwimmer an der Küste berichtet.
""",
}, [("Het Laatste Nieuws", True)],
[("Het Laatste Nieuws", "01_fr.txt"), ("Het Laatste Nieuws", "02_en.txt"), ("Het Laatste Nieuws", "03_de.txt")],
[("Two kitesurfers who drifted more than two kilometres off Wissenhoeke were rescued by lifeguards with a jet ski and an inflatable boat.",
  ["00_nl.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], 1)])

# o06: Corse-Matin's own scoop (satellite report seen by the paper, "une source proche de
# l'enquête", own reporter in the cove) → Il Secolo XIX relays it ("Lo scrive il quotidiano
# Corse-Matin") and adds its own confirmation ("Contattata dal Secolo XIX, la società armatrice
# conferma" + AIS data "consultati dal Secolo XIX"): edge from Corse-Matin and Il Secolo XIX is
# itself an origin. es credits both ("según ha publicado el diario Corse-Matin" + "ha confirmado al
# diario genovés Il Secolo XIX"): two edges. it la Repubblica "Secondo quanto riportato dal Secolo
# XIX" (… "che cita a sua volta la stampa còrsa") + an unanswered request: edge from Il Secolo XIX
# only.
story("o06_corsica_discharge_confirmation", "confirmation", {
"00_fr.txt": """Dégazage au large du cap Muretta : un cargo génois dans le viseur des enquêteurs
Corse-Matin
27 juillet 2027 à 07h00

Une nappe d'hydrocarbures d'une vingtaine de kilomètres, repérée jeudi au large du cap Muretta, et un suspect : le Stella di Levante, un cargo roulier appartenant à un armateur génois. Selon nos informations, c'est ce navire que les enquêteurs soupçonnent d'avoir procédé à un dégazage sauvage dans la nuit de mercredi à jeudi.

Un rapport de surveillance par satellite, que Corse-Matin a pu consulter, situe la nappe dans le sillage exact du cargo, qui faisait route vers la Ligurie. « La trace part du bateau, il n'y avait aucun autre navire dans la zone à cette heure-là », assure une source proche de l'enquête.

Samedi, des plaques irisées et des boulettes noires sont arrivées dans l'anse de Capuletta. Sur place, lundi, notre journaliste a vu des agents communaux ratisser le sable pendant que les familles étaient priées de sortir de l'eau. « On a les jambes pleines de goudron », s'agaçait une vacancière.

Une enquête a été ouverte pour pollution marine. Interrogée, la gendarmerie maritime se borne à indiquer que « des investigations sont en cours ».

L'armateur, Armatori Riuniti Liguri, n'a pas donné suite à nos sollicitations.
""",
"01_it.txt": """Chiazza di idrocarburi in Corsica, nel mirino un cargo genovese. L'armatore: «Eravamo lì, ma non abbiamo scaricato nulla»
Il Secolo XIX
28 Luglio 2027

Una chiazza di idrocarburi lunga una ventina di chilometri al largo di capo Muretta, in Corsica, e un sospetto che porta dritto in Liguria. Lo scrive il quotidiano Corse-Matin, secondo cui gli investigatori francesi ritengono che la Stella di Levante, cargo ro-ro della genovese Armatori Riuniti Liguri, abbia scaricato in mare residui oleosi nella notte tra mercoledì e giovedì scorsi.

Il giornale còrso cita un rapporto di sorveglianza satellitare che colloca la scia oleosa proprio lungo la rotta della nave.

Contattata dal Secolo XIX, la società armatrice conferma che la Stella di Levante si trovava in quel tratto di mare nella notte indicata, ma respinge ogni accusa. «La nave era lì, lo dicono i nostri tracciati, ma a bordo non è stato scaricato nulla. Abbiamo i registri degli oli in ordine e li metteremo a disposizione delle autorità», dice il direttore operativo Marco Parodi.

Anche i dati di tracciamento AIS consultati dal Secolo XIX confermano il passaggio del cargo a circa dodici miglia da capo Muretta intorno alle 2.30 di giovedì.

In Francia è stata aperta un'inchiesta per inquinamento marino. Nel fine settimana le chiazze hanno raggiunto l'ansa di Capuletta, dove ai bagnanti è stato chiesto di uscire dall'acqua.
""",
"02_es.txt": """Investigan a un carguero italiano por una mancha de hidrocarburos frente a Córcega
El Mundo
Actualizado Miércoles, 28 julio 2027 - 19:48

Las autoridades francesas investigan si un carguero de una naviera italiana provocó la mancha de hidrocarburos de unos 20 kilómetros detectada la semana pasada frente a la costa de Córcega, según ha publicado el diario Corse-Matin.

El periódico corso, que asegura haber consultado un informe de vigilancia por satélite, sitúa la mancha en la estela del Stella di Levante, un buque de carga rodada de la compañía genovesa Armatori Riuniti Liguri. Restos de fuel llegaron el fin de semana a la cala de Capuletta, donde se pidió a los bañistas que salieran del agua.

La naviera ha confirmado al diario genovés Il Secolo XIX que el barco navegaba por la zona esa noche, pero niega haber vertido nada al mar. «La nave estaba allí, lo dicen nuestros registros, pero a bordo no se descargó nada», declaró al rotativo su director de operaciones, Marco Parodi.

Las descargas deliberadas de residuos oleosos en alta mar, conocidas como desgasificaciones, están prohibidas y pueden acarrear multas millonarias para las navieras.
""",
"03_it.txt": """Corsica, scia di petrolio lunga 20 chilometri: indagini su un cargo di un armatore genovese
la Repubblica
29 luglio 2027 alle 12:05

Una scia di idrocarburi di una ventina di chilometri davanti alla costa occidentale della Corsica e una nave genovese finita sotto la lente degli investigatori francesi. Secondo quanto riportato dal Secolo XIX, la Stella di Levante, cargo della Armatori Riuniti Liguri, si trovava nella zona nella notte in cui la chiazza è comparsa.

L'armatore conferma la presenza della nave ma nega qualsiasi scarico: «Abbiamo i registri degli oli in ordine e li metteremo a disposizione delle autorità», ha spiegato al quotidiano genovese il direttore operativo Marco Parodi.

Secondo la ricostruzione del giornale ligure, che cita a sua volta la stampa còrsa, un rapporto satellitare colloca la scia lungo la rotta del cargo. Nel fine settimana le chiazze sono arrivate fino all'ansa di Capuletta.

Repubblica ha chiesto un commento alla gendarmeria marittima francese, senza ricevere risposta.
""",
}, [("Corse-Matin", True), ("Il Secolo XIX", True)],
[("Corse-Matin", "01_it.txt"), ("Corse-Matin", "02_es.txt"), ("Il Secolo XIX", "02_es.txt"), ("Il Secolo XIX", "03_it.txt")],
[("The cargo ship Stella di Levante of Armatori Riuniti Liguri is suspected of causing a slick of about 20 kilometres off cap Muretta.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_it.txt"], 2)])

# o07: two independent roots outside the corpus: the Capitaneria di porto di Portoverde's own
# published ordinance/statement and the wire agency ANSA (own sources: lab results, a lifeguard
# "told ANSA"). it Carlino takes the statement only ("con un'ordinanza pubblicata sul proprio
# sito" + "si legge nella nota" + "spiega nel comunicato"); de SZ "Wie die italienische
# Nachrichtenagentur Ansa meldet" + "sagte ein Bademeister der Ansa" + background mention of the
# Corriere della Sera (no edge); nl NU.nl credits both ("Dat meldt het Italiaanse persbureau ANSA"
# + "aldus de kustwacht van Portoverde in een verklaring op haar website" + "Volgens ANSA"): two
# edges; es "informó el domingo la agencia italiana ANSA" + "según la agencia".
story("o07_adriatic_bathing_ban_two_roots", "two_roots", {
"00_it.txt": """Liquami in mare dopo il nubifragio, scatta il divieto di balneazione a Portoverde
il Resto del Carlino
1 agosto 2027 08:10

Niente bagni, da ieri sera, su tre chilometri e mezzo di spiaggia a Portoverde. Lo ha stabilito la Capitaneria di porto con un'ordinanza pubblicata sul proprio sito dopo il nubifragio di venerdì, che ha fatto entrare in funzione gli sfioratori della rete fognaria e riversato in mare acque non depurate.

Il divieto riguarda il tratto che va dal Lido Nord alla foce del Rio Salso e resterà in vigore «fino all'esito favorevole di nuove analisi», si legge nella nota diffusa dalla Capitaneria.

«Si tratta di una misura precauzionale a tutela della salute dei bagnanti», spiega nel comunicato il comandante, il capitano di fregata Alessandra Morri, che invita i titolari degli stabilimenti a esporre la bandiera rossa e i cartelli di divieto.

Per i bagnini e i gestori dei bagni, in pieno esodo di agosto, è una doccia fredda. I nuovi prelievi, secondo la Capitaneria, sono previsti per lunedì mattina.
""",
"01_de.txt": """Badeverbot an der Adria nach Unwetter
Süddeutsche Zeitung
1. August 2027, 15:27 Uhr

Nach heftigen Unwettern ist an einem Strandabschnitt der italienischen Adriaküste das Baden verboten worden. Wie die italienische Nachrichtenagentur Ansa meldet, gilt das Verbot in dem Badeort Portoverde auf dreieinhalb Kilometern Strand.

Bei Messungen seien im Meerwasser Kolibakterien in sechsfacher Höhe des Grenzwerts festgestellt worden, berichtet die Agentur. Ursache sei ungeklärtes Abwasser, das nach einem Starkregen am Freitag aus der überlasteten Kanalisation ins Meer geflossen war.

„Wir mussten die Leute mit der Trillerpfeife aus dem Wasser holen, viele haben das Verbot zuerst gar nicht verstanden“, sagte ein Bademeister der Ansa. Betroffen sind demnach rund 30 Strandbäder.

Die Adria ist eines der beliebtesten Urlaubsziele der Deutschen. Erst im Juni hatte der Corriere della Sera über eine Algenblüte an mehreren Stränden weiter südlich berichtet.
""",
"02_nl.txt": """Zwemverbod aan Italiaanse Adriatische kust na noodweer
NU.nl
02-08-2027 07:44

Op een strook van 3,5 kilometer strand in de Italiaanse badplaats Portoverde geldt sinds zaterdagavond een zwemverbod. Dat meldt het Italiaanse persbureau ANSA. Na zware regenval kwam er ongezuiverd rioolwater in zee terecht.

‘Het gaat om een voorzorgsmaatregel om de gezondheid van zwemmers te beschermen’, aldus de kustwacht van Portoverde in een verklaring op haar website. Het verbod geldt tussen Lido Nord en de monding van de Rio Salso, tot nieuwe metingen aantonen dat het water weer schoon is.

Volgens ANSA moesten strandwachten zondag badgasten met fluitjes uit het water halen. Ongeveer dertig strandpaviljoens zijn getroffen.

Portoverde is ook populair bij Nederlandse toeristen. Reizigers met vragen over hun boeking kunnen contact opnemen met hun reisorganisatie.
""",
"03_es.txt": """Prohibido el baño en una playa del Adriático por vertidos fecales tras una tormenta
La Vanguardia
02/08/2027 10:15

Las autoridades italianas han prohibido el baño en tres kilómetros y medio de playa de la localidad adriática de Portoverde después de que una tormenta desbordara la red de alcantarillado, informó el domingo la agencia italiana ANSA.

Los análisis detectaron en el agua concentraciones de bacterias E. coli seis veces superiores al límite legal, según la agencia. Unos treinta establecimientos de playa se ven afectados en pleno arranque de agosto.

«Tuvimos que sacar a la gente del agua a golpe de silbato; muchos al principio no entendían la prohibición», relató un socorrista a ANSA.

La prohibición se mantendrá hasta que nuevos análisis den resultados favorables.
""",
}, [("ANSA", False), ("Capitaneria di porto di Portoverde", False)],
[("Capitaneria di porto di Portoverde", "00_it.txt"), ("ANSA", "01_de.txt"), ("ANSA", "02_nl.txt"),
 ("Capitaneria di porto di Portoverde", "02_nl.txt"), ("ANSA", "03_es.txt")],
[("Bathing was banned on three and a half kilometres of beach at Portoverde after a storm sent untreated sewage into the sea.",
  ["00_it.txt", "01_de.txt", "02_nl.txt", "03_es.txt"], 2),
 ("Tests found E. coli bacteria in the sea water at six times the legal limit.",
  ["01_de.txt", "03_es.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 184 on coasts, beaches, marine pollution and coast guards "
                    "(real outlet names, everything else invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, k in claims:
            for a in al:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(S), "stories,", sum(len(s[2]) for s in S), "articles")


if __name__ == "__main__":
    main()
