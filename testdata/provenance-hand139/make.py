#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand139 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# w01: outside agency EFE (Spanish reservoir, night-time water cuts) relayed directly 4x:
# es "según ha informado la agencia EFE" + "ha explicado a EFE" + "Según la agencia";
# pt "A notícia foi avançada ... pela agência espanhola EFE" + "disse à agência" + "acrescenta a EFE";
# fr "rapporte ... l'agence de presse espagnole EFE" + "a expliqué à l'agence" + "précise EFE";
# de "wie die spanische Nachrichtenagentur EFE meldet" + "sagte ... der Agentur" + "Dem EFE-Bericht zufolge".
story("w01_agency_reservoir_night_cuts", "agency", {
"00_es.txt": """La sequía obliga a cortar el agua por las noches a 51.000 vecinos de la Sierra de Albarda
La Vanguardia
2027-07-09 13:42

La Mancomunidad de Aguas de la Sierra de Albarda cortará el suministro de agua potable todas las noches, entre las 23.00 y las 7.00 horas, a partir del próximo lunes en los catorce municipios que abastece, donde viven unas 51.000 personas, según ha informado este viernes la agencia EFE.

El embalse de Valdejara, del que depende casi toda la comarca, se encuentra al 9,8 % de su capacidad, el nivel más bajo desde que entró en servicio en 1971. Hace un año, por estas mismas fechas, almacenaba el 31 %.

"No es una decisión que tomemos a la ligera, pero si seguimos gastando al ritmo de julio, en octubre no tendremos de dónde sacar agua", ha explicado a EFE la gerente de la mancomunidad, Rosario Montilla. Si no llueve en otoño, ha advertido, los cortes podrían ampliarse también a las horas diurnas a partir de noviembre.

Según la agencia, las restricciones no afectarán al hospital comarcal de Torrejara ni a las dos residencias de mayores de la zona, que seguirán recibiendo agua las 24 horas a través de un ramal independiente. Tres pedanías de montaña —Los Almendrales, Cañada Honda y El Rebollar— se abastecen ya desde junio con camiones cisterna.

La mancomunidad ha prohibido además el llenado de piscinas privadas, el riego de jardines y el baldeo de calles con agua de la red. Las multas por incumplimiento oscilan entre 300 y 3.000 euros.

El año hidrológico que termina en septiembre acumula en la sierra un 38 % menos de lluvia de lo habitual, y es el tercero consecutivo por debajo de la media.
""",
"01_pt.txt": """Seca em Espanha: 51 mil pessoas ficam sem água durante a noite na Serra de Albarda
Jornal de Notícias
09/07/2027 16h05

A seca que atinge o sul de Espanha vai obrigar a cortar a água da rede pública todas as noites, entre as 23h00 e as 7h00, a cerca de 51 mil habitantes de 14 municípios da Serra de Albarda, a partir de segunda-feira. A notícia foi avançada esta sexta-feira pela agência espanhola EFE.

A albufeira de Valdejara, que abastece quase toda a região, está a 9,8% da capacidade, o nível mais baixo desde a inauguração, em 1971. Há um ano, na mesma altura, tinha 31%.

"Não é uma decisão que se tome de ânimo leve, mas se continuarmos a gastar ao ritmo de julho, em outubro não teremos de onde tirar água", disse à agência a diretora da entidade intermunicipal que gere o abastecimento, Rosario Montilla. Caso não chova no outono, os cortes poderão estender-se ao período diurno a partir de novembro, avisou.

O hospital de Torrejara e dois lares de idosos ficam de fora das restrições, acrescenta a EFE. Três aldeias de montanha já recebem água em camiões-cisterna desde junho.

Ficam também proibidos o enchimento de piscinas privadas e a rega de jardins com água da rede, sob pena de multas entre 300 e 3.000 euros.

Segundo a agência, o atual ano hidrológico acumula na serra menos 38% de chuva do que o habitual, o terceiro consecutivo abaixo da média.
""",
"02_fr.txt": """Espagne : face à la sécheresse, 51.000 habitants privés d'eau courante la nuit
Le Figaro
9 juillet 2027 à 17:20

Le robinet sera fermé chaque nuit. À partir de lundi, quelque 51.000 habitants de quatorze communes de la Sierra de Albarda, dans le sud de l'Espagne, n'auront plus d'eau courante entre 23 heures et 7 heures, rapporte vendredi l'agence de presse espagnole EFE.

En cause : le niveau du réservoir de Valdejara, qui alimente la quasi-totalité du secteur. Il n'est plus rempli qu'à 9,8 % de sa capacité, un plancher jamais atteint depuis sa mise en service en 1971. Il y a un an à la même époque, il l'était à 31 %.

« Ce n'est pas une décision prise à la légère, mais si la consommation reste celle de juillet, nous n'aurons plus d'eau à prélever en octobre », a expliqué à l'agence Rosario Montilla, directrice du syndicat intercommunal des eaux. Sans pluie à l'automne, les coupures pourraient aussi concerner la journée dès novembre, a-t-elle prévenu.

L'hôpital de Torrejara et deux maisons de retraite continueront d'être approvisionnés jour et nuit par une conduite séparée, précise EFE. Le remplissage des piscines privées et l'arrosage des jardins avec l'eau du réseau sont interdits, sous peine d'amendes de 300 à 3.000 euros.

Selon l'agence, il est tombé depuis octobre 38 % de pluie de moins que la normale sur la sierra, qui connaît sa troisième année hydrologique déficitaire d'affilée.
""",
"03_de.txt": """Dürre in Spanien: Nachts kein Wasser mehr für 51.000 Menschen
Süddeutsche Zeitung
10. Juli 2027

In Südspanien wird wegen der anhaltenden Dürre für rund 51.000 Menschen nachts das Leitungswasser abgestellt. Ab Montag fließt in 14 Gemeinden der Sierra de Albarda zwischen 23 und 7 Uhr kein Wasser mehr aus den Hähnen, wie die spanische Nachrichtenagentur EFE meldet.

Der Stausee Valdejara, aus dem fast die gesamte Region versorgt wird, ist nur noch zu 9,8 Prozent gefüllt – so wenig wie nie seit seiner Inbetriebnahme im Jahr 1971. Vor einem Jahr waren es um diese Zeit noch 31 Prozent.

„Wir treffen diese Entscheidung nicht leichtfertig, aber wenn wir weiter so viel verbrauchen wie im Juli, haben wir im Oktober nichts mehr, woraus wir Wasser entnehmen können", sagte Rosario Montilla, Geschäftsführerin des kommunalen Wasserverbands, der Agentur. Bleibe der Regen im Herbst aus, könnten die Sperren ab November auch tagsüber gelten.

Ausgenommen sind das Kreiskrankenhaus in Torrejara und zwei Altenheime. Drei Bergdörfer werden bereits seit Juni mit Tankwagen beliefert. Private Pools dürfen nicht mehr befüllt, Gärten nicht mehr mit Leitungswasser gegossen werden; bei Verstößen drohen Bußgelder zwischen 300 und 3000 Euro.

Dem EFE-Bericht zufolge fiel in der Sierra seit Oktober 38 Prozent weniger Regen als im langjährigen Mittel. Es ist bereits das dritte zu trockene Jahr in Folge.
""",
}, [("EFE", False)],
[("EFE", "00_es.txt"), ("EFE", "01_pt.txt"), ("EFE", "02_fr.txt"), ("EFE", "03_de.txt")],
[("From Monday tap water is cut every night between 23:00 and 07:00 for about 51,000 residents of 14 municipalities of the Sierra de Albarda.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_de.txt"], 1),
 ("The Valdejara reservoir is at 9.8% of capacity, its lowest level since it entered service in 1971.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_de.txt"], 1),
 ("Three mountain hamlets/villages have been supplied by tanker trucks since June.",
  ["00_es.txt", "01_pt.txt", "03_de.txt"], 1)])

# w02: in-corpus scoop by Público (faecal bacteria in tap water, lab results + two anonymous
# employees, the utility's reply to Público) relayed 4x: en "the Lisbon daily Público reported ...,
# citing laboratory results it had obtained" + "spoke to Público on condition of anonymity";
# es "según ha revelado ... el diario Público de Lisboa" + "el rotativo portugués" + "subraya Público";
# nl (no date line) "Dat meldt de Portugese krant Público" + "aldus de krant"; it "È quanto rivelato
# dal quotidiano portoghese Público" + "sentiti dal giornale di Lisbona" + "scrive Público".
story("w02_scoop_tap_water_bacteria", "scoop", {
"00_pt.txt": """Água da torneira em Vale de Sarzedo teve bactérias fecais durante meses e ninguém avisou a população
Público
2027-07-19T07:00:00+01:00

Durante pelo menos três meses, a água que saiu das torneiras de duas freguesias de Vale de Sarzedo esteve contaminada com bactérias coliformes e, em várias ocasiões, com Escherichia coli, sem que os cerca de 6800 moradores afetados fossem informados. O PÚBLICO teve acesso aos resultados de 26 análises feitas entre março e junho pela empresa municipal Águas de Vale de Sarzedo: onze acusaram bactérias coliformes acima do valor paramétrico e quatro detetaram E. coli.

As amostras contaminadas foram recolhidas em Lameirinha e em Cortegaça-a-Velha, as duas freguesias servidas pela estação de tratamento da Lameirinha. A lei obriga a entidade gestora a avisar a população e a autoridade de saúde "de imediato" sempre que um destes parâmetros é ultrapassado. Não houve qualquer aviso público.

Dois funcionários da empresa, que falaram ao PÚBLICO sob condição de anonimato por receio de represálias, contaram que o sistema de desinfeção por cloro da estação esteve avariado durante sete semanas, entre abril e maio, à espera de uma peça de substituição que custava cerca de 18 mil euros. "Andámos a pôr cloro à mão, em bidões, quando havia tempo", descreveu um deles.

Confrontada pelo PÚBLICO, a administração da Águas de Vale de Sarzedo admitiu "situações pontuais" de incumprimento, que diz estarem "totalmente resolvidas", e garantiu que "a água distribuída é hoje segura para consumo". A empresa não explicou por que razão não informou os moradores.

No centro de saúde de Lameirinha, uma médica de família, que pediu para não ser identificada, disse ter registado "mais casos de gastroenterite do que é habitual" em maio. A seca agravou o problema: com o caudal do rio Sarzedo no mínimo, a captação passou a trabalhar com água de pior qualidade.
""",
"01_en.txt": """Portuguese town's tap water contained faecal bacteria for months, report says
The Guardian
Mon 19 Jul 2027 14.10 BST

Tap water in two parishes of the Portuguese municipality of Vale de Sarzedo was contaminated with coliform bacteria for at least three months without residents being told, the Lisbon daily Público reported on Monday, citing laboratory results it had obtained.

According to the newspaper, 11 of 26 tests carried out by the municipal utility Águas de Vale de Sarzedo between March and June exceeded the legal limit for coliform bacteria, and four found E coli. About 6,800 people live in the affected parishes, Lameirinha and Cortegaça-a-Velha.

Two employees of the utility, who spoke to Público on condition of anonymity, said the chlorine disinfection system at the local treatment plant had been out of action for seven weeks in April and May while the company waited for a replacement part costing about €18,000. One described staff adding chlorine "by hand, in drums, when there was time".

Portuguese law requires water operators to alert residents and health authorities immediately when such limits are breached. No public warning was issued, Público said.

The utility acknowledged "isolated situations" of non-compliance to the paper, said they had been "fully resolved" and insisted the water was now safe to drink. It did not explain why residents had not been informed.

Portugal, like neighbouring Spain, is in its third consecutive year of below-average rainfall, and low river flows have forced many small utilities to draw on poorer-quality water.
""",
"02_es.txt": """Un municipio portugués bebió agua con bacterias fecales durante meses sin saberlo
El País
19 jul 2027 - 17:35 CEST

Los vecinos de dos parroquias del municipio portugués de Vale de Sarzedo bebieron durante al menos tres meses agua del grifo contaminada con bacterias coliformes, y en cuatro ocasiones con E. coli, sin que nadie les avisara, según ha revelado este lunes el diario Público de Lisboa, sin relación con el periódico español del mismo nombre.

El rotativo portugués ha tenido acceso a 26 análisis realizados entre marzo y junio por la empresa municipal Águas de Vale de Sarzedo. Once superaban el límite legal de coliformes. Las muestras procedían de Lameirinha y Cortegaça-a-Velha, donde viven unas 6.800 personas.

Dos trabajadores de la compañía, que hablaron con el periódico bajo condición de anonimato, atribuyen la contaminación a una avería del sistema de cloración de la potabilizadora, que estuvo parado siete semanas mientras se esperaba una pieza de unos 18.000 euros. Durante ese tiempo, el cloro se añadía "a mano, en bidones", relata uno de ellos.

La ley portuguesa obliga a informar de inmediato a la población y a las autoridades sanitarias. No se hizo, subraya Público. La empresa reconoció ante el diario "situaciones puntuales" ya "totalmente resueltas" y asegura que el agua es hoy apta para el consumo.

La sequía ha reducido al mínimo el caudal del río Sarzedo, del que se abastece la planta, añade el periódico.
""",
"03_nl.txt": """Portugese dorpen dronken maandenlang vervuild kraanwater
de Volkskrant

In twee Portugese dorpen heeft het kraanwater minstens drie maanden lang fecale bacteriën bevat, zonder dat de ruim 6.800 inwoners werden gewaarschuwd. Dat meldt de Portugese krant Público op basis van laboratoriumuitslagen die de krant in handen kreeg.

Van de 26 metingen die het gemeentelijke waterbedrijf van Vale de Sarzedo tussen maart en juni deed, lagen er elf boven de wettelijke norm voor colibacteriën. In vier monsters werd de darmbacterie E. coli aangetroffen. Het gaat om de dorpen Lameirinha en Cortegaça-a-Velha in het binnenland.

Volgens twee medewerkers van het waterbedrijf, die anoniem met Público spraken, lag de chloorinstallatie van de zuivering zeven weken stil omdat een vervangend onderdeel van zo'n 18.000 euro ontbrak. Personeel zou in die periode 'met de hand, uit vaten' chloor hebben toegevoegd.

Waterbedrijven zijn in Portugal verplicht bewoners en de gezondheidsdienst direct in te lichten als de norm wordt overschreden. Dat is niet gebeurd, aldus de krant. Het bedrijf spreekt tegenover Público van 'incidentele gevallen' die inmiddels 'volledig zijn opgelost'.
""",
"04_it.txt": """Portogallo, acqua del rubinetto contaminata per mesi: i residenti non sapevano nulla
Corriere della Sera
20 luglio 2027

Per almeno tre mesi l'acqua che usciva dai rubinetti di due frazioni del comune portoghese di Vale de Sarzedo conteneva batteri coliformi e, in quattro casi, Escherichia coli. Nessuno degli oltre 6.800 abitanti è stato avvisato. È quanto rivelato dal quotidiano portoghese Público, che ha potuto consultare i risultati di 26 analisi effettuate tra marzo e giugno dalla società municipale dell'acqua.

Undici campioni, prelevati a Lameirinha e a Cortegaça-a-Velha, superavano i limiti di legge. Secondo due dipendenti dell'azienda sentiti dal giornale di Lisbona a condizione di restare anonimi, il sistema di clorazione dell'impianto di potabilizzazione è rimasto fermo per sette settimane in attesa di un pezzo di ricambio da circa 18 mila euro, e il cloro veniva aggiunto «a mano, dai bidoni».

La legge portoghese impone di informare subito la popolazione e le autorità sanitarie. L'azienda, scrive Público, ammette «situazioni puntuali», assicura che sono state «completamente risolte» e che oggi l'acqua è potabile.

A peggiorare le cose, osserva il quotidiano, è stata la siccità: con la portata del fiume Sarzedo ai minimi, l'impianto ha dovuto trattare acqua di qualità peggiore.
""",
}, [("Público", True)],
[("Público", "01_en.txt"), ("Público", "02_es.txt"), ("Público", "03_nl.txt"), ("Público", "04_it.txt")],
[("Tap water in Lameirinha and Cortegaça-a-Velha (Vale de Sarzedo) contained coliform bacteria, in four tests E. coli, for months without the residents being warned.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_nl.txt", "04_it.txt"], 1),
 ("The treatment plant's chlorination system was out of action for seven weeks while awaiting a spare part costing about 18,000 euros.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_nl.txt", "04_it.txt"], 1),
 ("The utility admitted isolated cases of non-compliance and said they had been fully resolved.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_nl.txt", "04_it.txt"], 1),
 ("A family doctor at the Lameirinha health centre recorded more gastroenteritis cases than usual in May.",
  ["00_pt.txt"], 1)])

# w03: chain la Repubblica (own: correspondent in town, technical director and mayor "a Repubblica")
# -> The Guardian ("the Italian daily la Repubblica reported" + "told la Repubblica") -> de, nl.
# de: "Wie der britische „Guardian" unter Berufung auf einen Bericht der italienischen Zeitung
# „la Repubblica" berichtet" -> edge from The Guardian only; nl: "schrijft de Britse krant The
# Guardian" + "aldus The Guardian" (la Repubblica not named) -> edge from The Guardian.
story("w03_chain_sicily_pumps", "chain", {
"00_it.txt": """Montalbo Siculo, sei giorni senza acqua: «Qui ci hanno dimenticati»
la Repubblica
14 luglio 2027, 08:15

Alle sei del mattino, in piazza Umberto I, la fila davanti all'autobotte è già lunga più di cento metri. Taniche, bottiglie di plastica, pentole: da venerdì scorso a Montalbo Siculo, 27 mila abitanti nell'entroterra agrigentino, dai rubinetti non esce una goccia d'acqua. Repubblica ha trascorso una giornata in paese, tra file, negozi chiusi e un ospedale che lavora con l'acqua in bottiglia.

All'origine del blackout idrico c'è un guasto alla stazione di pompaggio di contrada Serralunga, gestita dal consorzio AcquaSud Trinacria: due delle tre pompe che spingono l'acqua dal campo pozzi al serbatoio cittadino sono bruciate dopo uno sbalzo di tensione nella notte tra giovedì e venerdì. La terza, da sola, non basta.

«Le pompe non avevano una manutenzione straordinaria dal 2019», ha ammesso a Repubblica il direttore tecnico del consorzio, Calogero Fazzino. Una pompa di ricambio è stata ordinata in Germania e arriverà «non prima di dieci giorni». Nel frattempo il consorzio ha noleggiato dodici autobotti.

«Siamo stati abbandonati. Ho chiesto lo stato di emergenza alla Regione tre giorni fa e non ho ancora avuto risposta», ha detto a Repubblica il sindaco Salvatore Guarnera. All'ospedale San Giacomo i pasti arrivano da fuori e gli interventi non urgenti sono stati rinviati.

Giuseppina Arcuri, 71 anni, aspetta il suo turno con due taniche: «Con questo caldo, senza acqua, non si vive. I miei nipoti li ho mandati da mia figlia a Palermo».

La Sicilia centrale è al secondo anno di siccità grave: gli invasi della zona sono al 22 per cento della capacità.
""",
"01_en.txt": """Sicilian town of 27,000 enters sixth day without running water
The Guardian
2027-07-14T16:30:00+01:00

About 27,000 people in the Sicilian town of Montalbo Siculo have been without running water for six days after two pumps failed at the station that supplies the town, the Italian daily la Repubblica reported on Wednesday.

Residents have been queueing from dawn at tanker trucks with jerrycans, bottles and saucepans, the paper's correspondent wrote from the town, where some shops have closed and the local hospital, San Giacomo, has postponed non-urgent operations.

Two of the three pumps at the Serralunga pumping station, run by the water consortium AcquaSud Trinacria, burned out after a power surge last Thursday night, according to the report. The remaining pump cannot supply the town on its own.

The consortium's technical director, Calogero Fazzino, told la Repubblica the pumps had not undergone major maintenance since 2019. A replacement has been ordered from Germany and will arrive "not before ten days", he said. The consortium has hired 12 tankers in the meantime.

"We have been abandoned," the mayor, Salvatore Guarnera, told the newspaper, adding that he had asked the regional government to declare a state of emergency three days earlier and had received no reply.

Central Sicily is in its second year of severe drought, with reservoirs in the area at 22% of capacity.
""",
"02_de.txt": """Sizilien: Kleinstadt seit sechs Tagen ohne Leitungswasser
Der Spiegel
15.07.2027, 09.12 Uhr

In der sizilianischen Kleinstadt Montalbo Siculo sind rund 27.000 Menschen seit fast einer Woche ohne fließendes Wasser. Wie der britische „Guardian" unter Berufung auf einen Bericht der italienischen Zeitung „la Repubblica" berichtet, fielen in einer Pumpstation zwei von drei Pumpen nach einem Spannungsstoß aus.

Seitdem stehen die Bewohner schon am frühen Morgen mit Kanistern und Kochtöpfen vor Tankwagen Schlange. Das örtliche Krankenhaus verschiebt nicht dringende Operationen. Der Betreiber, das Wasserkonsortium AcquaSud Trinacria, räumte laut dem Bericht ein, dass die Pumpen seit 2019 nicht mehr grundlegend gewartet worden seien. Ein Ersatzteil sei in Deutschland bestellt und werde frühestens in zehn Tagen geliefert.

„Wir sind im Stich gelassen worden", zitiert der „Guardian" Bürgermeister Salvatore Guarnera. Er habe bei der Regionalregierung vor Tagen den Notstand beantragt, aber keine Antwort erhalten.

Zentralsizilien erlebt das zweite Jahr in Folge eine schwere Dürre; die Stauseen der Gegend sind nur zu 22 Prozent gefüllt.
""",
"03_nl.txt": """Siciliaans stadje al zes dagen zonder water uit de kraan
NRC
15 juli 2027

Ruim 27.000 inwoners van het Siciliaanse stadje Montalbo Siculo zitten al zes dagen zonder stromend water. In een pompstation van het waterconsortium AcquaSud Trinacria zijn twee van de drie pompen doorgebrand na een stroompiek, schrijft de Britse krant The Guardian.

Bewoners staan vanaf zonsopgang met jerrycans en pannen in de rij bij tankwagens, het plaatselijke ziekenhuis heeft niet-spoedeisende operaties uitgesteld. Een nieuwe pomp is in Duitsland besteld, maar komt volgens de technisch directeur van het consortium 'niet binnen tien dagen'. De pompen waren sinds 2019 niet meer grondig onderhouden, gaf hij toe.

Burgemeester Salvatore Guarnera voelt zich 'in de steek gelaten' door de regio, aldus The Guardian. Hij vroeg drie dagen geleden de noodtoestand aan, maar kreeg nog altijd geen antwoord.

Midden-Sicilië kampt voor het tweede jaar op rij met ernstige droogte.
""",
}, [("la Repubblica", True)],
[("la Repubblica", "01_en.txt"), ("The Guardian", "02_de.txt"), ("The Guardian", "03_nl.txt")],
[("About 27,000 residents of Montalbo Siculo have been without running water for about six days after two of three pumps at a pumping station burned out.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_nl.txt"], 1),
 ("The consortium's technical director admitted the pumps had not had major maintenance since 2019; a replacement pump was ordered from Germany.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_nl.txt"], 1),
 ("The mayor asked the regional government for a state of emergency and received no reply.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_nl.txt"], 1),
 ("The consortium hired twelve tanker trucks.",
  ["00_it.txt", "01_en.txt"], 1)])

# w04: institution-published origin: the decision of Waterschap Oude Maasvallei on its website
# (irrigation ban), taken directly 4x: nl "Dat heeft het waterschap vanmiddag bekendgemaakt in een
# besluit op zijn website" + "zegt dijkgraaf ... in een toelichting bij het besluit"; de "teilte der
# niederländische Wasserverband ... auf seiner Internetseite mit" + "heißt es in der veröffentlichten
# Verfügung"; en "the water board said in a decision published on its website"; fr (no date line)
# "C'est ce que prévoit un arrêté publié mardi sur le site internet de l'office des eaux" + "D'après ce document".
story("w04_institution_irrigation_ban", "institution", {
"00_nl.txt": """Waterschap legt boeren totaal beregeningsverbod op: 'Anders vallen beken droog'
NOS
20-07-2027 15:48

Boeren en tuinders in het gebied van Waterschap Oude Maasvallei mogen vanaf donderdag geen oppervlaktewater meer gebruiken om hun land te beregenen. Ook het oppompen van grondwater uit ondiepe putten, tot vijftien meter diep, wordt verboden. Dat heeft het waterschap vanmiddag bekendgemaakt in een besluit op zijn website.

Het verbod geldt voor ruim 2.400 kilometer aan sloten, beken en weteringen en gaat donderdag om 00.00 uur in. Het blijft 'tot nader order' van kracht. Uitzonderingen zijn er voor drinkwater voor vee en voor boomkwekerijen die met druppelirrigatie werken. Wie zich niet aan het verbod houdt, riskeert een boete tot 4.500 euro.

Volgens het waterschap is de afvoer van de Maas gezakt tot 41 kubieke meter per seconde, het laagste niveau in juli sinds het begin van de metingen in 1976. In een derde van de gemeten beken staat minder dan tien centimeter water.

'We vragen veel van de boeren, midden in het groeiseizoen', zegt dijkgraaf Hendrika van Zelst in een toelichting bij het besluit. 'Maar zonder deze maatregel vallen beken droog en sterft de vis. Dan is de schade voor iedereen groter.'

Het waterschap schrijft dat het de situatie dagelijks bekijkt en het verbod pas opheft als het een week lang flink heeft geregend. Akkerbouwers met aardappelen en maïs worden het hardst getroffen: zij zitten volgens het besluit midden in de periode waarin hun gewassen het meeste water nodig hebben.
""",
"01_de.txt": """Niederlande: Totales Beregnungsverbot an der Maas – auch Grenzlandwirte betroffen
Rheinische Post
21. Juli 2027

Wegen der anhaltenden Trockenheit dürfen Landwirte im niederländischen Grenzgebiet ab Donnerstag ihre Felder nicht mehr mit Wasser aus Gräben und Bächen beregnen. Das teilte der niederländische Wasserverband Oude Maasvallei am Dienstag auf seiner Internetseite mit. Auch das Abpumpen von Grundwasser aus flachen Brunnen bis 15 Meter Tiefe ist dann verboten.

Das Verbot gilt für mehr als 2400 Kilometer Gewässer und „bis auf Weiteres", heißt es in der veröffentlichten Verfügung. Ausnahmen gibt es für Tränkwasser für Vieh und für Baumschulen mit Tropfbewässerung. Bei Verstößen drohen Bußgelder von bis zu 4500 Euro. Betroffen sind auch deutsche Landwirte, die Flächen auf niederländischer Seite bewirtschaften.

Der Wasserverband begründet den Schritt mit dem niedrigen Pegel der Maas: Ihr Abfluss sei auf 41 Kubikmeter pro Sekunde gesunken, den niedrigsten Juli-Wert seit Beginn der Messungen 1976. „Ohne diese Maßnahme fallen Bäche trocken und die Fische sterben", wird die Vorsitzende des Verbands, Deichgräfin Hendrika van Zelst, in der Mitteilung zitiert.

Aufgehoben werden soll das Verbot erst, wenn es eine Woche lang ausgiebig geregnet hat.
""",
"02_en.txt": """Dutch water board bans farm irrigation as Meuse flow hits record July low
Reuters
Tue, 20 Jul 2027 17:02:00 +0000

AMSTERDAM, July 20 (Reuters) - A Dutch regional water authority on Tuesday banned farmers from irrigating their fields with surface water from Thursday, citing the lowest July flow on the river Meuse since records began in 1976.

The Oude Maasvallei water board said in a decision published on its website that the ban covers more than 2,400 km (1,490 miles) of ditches, streams and canals and also applies to pumping groundwater from shallow wells up to 15 metres deep.

The Meuse's discharge has fallen to 41 cubic metres per second, according to the document, and a third of the streams the board monitors hold less than 10 centimetres of water.

"We are asking a lot of farmers in the middle of the growing season," the board's chair, Hendrika van Zelst, said in a statement accompanying the decision. "But without this measure streams will run dry and fish will die."

Livestock watering and tree nurseries using drip irrigation are exempt. Violations can be punished with fines of up to 4,500 euros.

The board said the ban would stay in place until there had been a week of substantial rain. Potato and maize growers are expected to be hit hardest, the decision said.
""",
"03_fr.txt": """Pays-Bas : interdiction totale d'irriguer près de la frontière belge
Le Soir

Les agriculteurs néerlandais du bassin de la Meuse, à quelques kilomètres de la frontière belge, ne pourront plus arroser leurs champs avec l'eau des fossés et des ruisseaux à partir de jeudi. C'est ce que prévoit un arrêté publié mardi sur le site internet de l'office des eaux (waterschap) Oude Maasvallei.

D'après ce document, l'interdiction porte sur plus de 2.400 kilomètres de cours d'eau et s'étend au pompage dans les puits peu profonds, jusqu'à quinze mètres. Seuls l'abreuvement du bétail et les pépinières équipées du goutte-à-goutte y échappent. Les contrevenants s'exposent à une amende pouvant atteindre 4.500 euros.

L'office justifie la mesure par le débit de la Meuse, tombé à 41 m³ par seconde, du jamais vu en juillet depuis le début des mesures en 1976. « Sans cette mesure, les ruisseaux vont s'assécher et les poissons mourir », prévient sa présidente, Hendrika van Zelst, citée dans le communiqué qui accompagne l'arrêté.

Côté belge, aucune mesure comparable n'a été annoncée à ce stade.
""",
}, [("Waterschap Oude Maasvallei", False)],
[("Waterschap Oude Maasvallei", "00_nl.txt"), ("Waterschap Oude Maasvallei", "01_de.txt"),
 ("Waterschap Oude Maasvallei", "02_en.txt"), ("Waterschap Oude Maasvallei", "03_fr.txt")],
[("From Thursday farmers in the Oude Maasvallei water board area may not irrigate with surface water or with groundwater from shallow wells.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The Meuse discharge has fallen to 41 cubic metres per second, the lowest July level since measurements began in 1976.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Violations of the ban can be fined up to 4,500 euros.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Potato and maize growers are hit hardest.",
  ["00_nl.txt", "02_en.txt"], 1)])

# w05: Le Monde own reportage (village supplied by tanker truck; "Le Monde a passé une matinée",
# "a confié au Monde"); 01_es has NO outlet line and is an uncredited close Spanish translation
# published the next day (same structure, quotes and figures; "ha confiado a este diario") -> edge
# from Le Monde; de "wie die Pariser Tageszeitung Le Monde berichtet" + "sagte ... der Zeitung" +
# "nach Angaben von Le Monde" + "schreibt das Blatt"; pt "segundo o diário francês Le Monde, que
# esteve no local" + "disse ao Le Monde" + "relata o jornal".
story("w05_translation_village_tanker", "translation", {
"00_fr.txt": """À Saint-Aubin-des-Garrigues, le village où l'eau arrive en camion-citerne
Le Monde
22 juillet 2027 à 06h00

Il est 7 h 30 et la file s'étire déjà devant la salle des fêtes de Saint-Aubin-des-Garrigues (Hérault). Jerricans, bouteilles, arrosoirs : depuis le 2 juillet, plus une goutte ne sort des robinets de ce village de 1 240 habitants. La source de la Bouïsse, qui l'alimentait seule depuis 1957, s'est tarie. Deux fois par jour, un camion-citerne de 30 000 litres monte depuis la vallée pour remplir la cuve installée sur la place.

Le Monde a passé une matinée dans ce village devenu, selon les mots de sa maire, « un village sous perfusion ». « On compte chaque litre. Les gens se lavent au gant, les anciens ne comprennent pas », a confié au Monde Danielle Roumagnac, maire sans étiquette depuis 2020. La commune paie environ 9 000 euros par semaine pour les rotations du camion, soit en deux mois l'équivalent de son budget annuel de voirie.

La préfecture a fait livrer des packs d'eau minérale, à raison de six litres par personne et par jour, distribués par des bénévoles. Le camping municipal a fermé, les trois chambres d'hôtes ont annulé leurs réservations d'août.

La seule solution durable est un raccordement au réseau de la commune voisine, par une canalisation de sept kilomètres. Le projet est chiffré à 2,3 millions d'euros et ne pourra pas aboutir avant 2029, reconnaît la maire. « D'ici là, on prie pour la pluie », dit Jean-Marc Sabatier, 64 ans, venu remplir quatre bidons.

Le département n'a reçu que 140 millimètres de pluie depuis septembre, moins de la moitié de la normale.
""",
"01_es.txt": """Saint-Aubin-des-Garrigues, el pueblo francés donde el agua llega en camión cisterna
23/07/2027

Son las 7.30 y la cola ya se alarga frente a la sala de fiestas de Saint-Aubin-des-Garrigues, en el departamento francés de Hérault. Garrafas, botellas, regaderas: desde el 2 de julio no sale ni una gota de los grifos de este pueblo de 1.240 habitantes. El manantial de la Bouïsse, su única fuente de suministro desde 1957, se ha secado. Dos veces al día, un camión cisterna de 30.000 litros sube desde el valle para llenar el depósito instalado en la plaza.

El pueblo se ha convertido, en palabras de su alcaldesa, en "un pueblo con respiración asistida". "Contamos cada litro. La gente se lava con manopla, los mayores no lo entienden", ha confiado a este diario Danielle Roumagnac, alcaldesa independiente desde 2020. El ayuntamiento paga unos 9.000 euros a la semana por los viajes del camión, lo que equivale en dos meses a su presupuesto anual de calles.

La prefectura ha enviado packs de agua mineral, a razón de seis litros por persona y día, que reparten voluntarios. El camping municipal ha cerrado y las tres casas rurales han anulado sus reservas de agosto.

La única solución duradera es conectarse a la red del municipio vecino mediante una tubería de siete kilómetros. El proyecto está presupuestado en 2,3 millones de euros y no podrá concluirse antes de 2029, reconoce la alcaldesa. "Hasta entonces, rezamos para que llueva", dice Jean-Marc Sabatier, de 64 años, que ha venido a llenar cuatro bidones.

El departamento solo ha recibido 140 litros por metro cuadrado desde septiembre, menos de la mitad de lo normal.
""",
"02_de.txt": """Frankreich: Ein Dorf hängt am Tankwagen
Die Zeit
23. Juli 2027, 11:40 Uhr

Im südfranzösischen Saint-Aubin-des-Garrigues kommt seit dem 2. Juli kein Wasser mehr aus der Leitung. Die Quelle, die das Dorf mit seinen 1240 Einwohnern seit 1957 allein versorgte, ist versiegt, wie die Pariser Tageszeitung Le Monde berichtet. Zweimal täglich bringt nun ein Tankwagen 30.000 Liter aus dem Tal, die Bewohner füllen an einem Tank auf dem Dorfplatz ihre Kanister.

„Wir zählen jeden Liter", sagte Bürgermeisterin Danielle Roumagnac der Zeitung. Ihr Dorf hänge „am Tropf". Die Gemeinde zahlt nach Angaben von Le Monde rund 9000 Euro pro Woche für die Fahrten des Tankwagens. Die Präfektur lässt zusätzlich Mineralwasser verteilen, sechs Liter pro Person und Tag.

Eine dauerhafte Lösung wäre eine sieben Kilometer lange Leitung zum Netz der Nachbargemeinde, die 2,3 Millionen Euro kosten würde. Der Campingplatz hat geschlossen, Gästezimmer wurden für August storniert, schreibt das Blatt.

Der Süden Frankreichs erlebt den dritten Dürresommer in Folge.
""",
"03_pt.txt": """A aldeia francesa que vive de um camião-cisterna
Expresso
23 de julho de 2027, 14:02

Desde 2 de julho que não sai água das torneiras de Saint-Aubin-des-Garrigues, uma aldeia de 1240 habitantes no sul de França. A nascente que a abastecia desde 1957 secou e a água chega agora duas vezes por dia num camião-cisterna de 30 mil litros, segundo o diário francês Le Monde, que esteve no local.

"Contamos cada litro. As pessoas lavam-se com uma luva, os mais velhos não percebem", disse ao Le Monde a autarca, Danielle Roumagnac. A câmara gasta cerca de nove mil euros por semana com o transporte da água, relata o jornal.

A solução passa por uma conduta de sete quilómetros até à rede da localidade vizinha, orçada em 2,3 milhões de euros, mas a obra não estará concluída antes de 2029. Até lá, a prefeitura distribui seis litros de água engarrafada por pessoa e por dia, e o parque de campismo municipal já fechou.
""",
}, [("Le Monde", True)],
[("Le Monde", "01_es.txt"), ("Le Monde", "02_de.txt"), ("Le Monde", "03_pt.txt")],
[("Saint-Aubin-des-Garrigues (1,240 inhabitants) has had no tap water since 2 July after its spring dried up; a tanker truck brings water twice a day.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pt.txt"], 1),
 ("The commune pays about 9,000 euros a week for the tanker truck.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pt.txt"], 1),
 ("A seven-kilometre pipeline to the neighbouring network, costing 2.3 million euros, cannot be completed before 2029.",
  ["00_fr.txt", "01_es.txt", "03_pt.txt"], 1)])

# w06: outside outlet Folha de S.Paulo (internal utility document on rotating cuts) + Reuters,
# which relays Folha and adds its own confirmation from the utility's spokesperson (edge Folha ->
# Reuters, Reuters also an in-corpus origin). pt "A notícia foi avançada ... pela Folha de S.Paulo"
# + "escreve a Folha"; it credits Reuters only for the Folha scoop ("Lo riferisce l'agenzia Reuters,
# che riprende un'anticipazione del quotidiano brasiliano Folha de S.Paulo" + "ha confermato alla
# Reuters") -> edge from Reuters; es "según adelantó este martes el diario Folha de S.Paulo" -> edge Folha.
story("w06_confirmation_rotating_cuts", "confirmation", {
"00_en.txt": """Brazil's Sanevi plans rotating water cuts for 3 million as reservoirs dwindle
Reuters
2027-07-27T18:45:00Z

SAO PAULO, July 27 (Reuters) - Brazilian water utility Sanevi plans to introduce rotating supply cuts in the Itaquaré metropolitan area from Aug. 2, leaving neighbourhoods without tap water for 36 hours at a time, newspaper Folha de S.Paulo reported on Tuesday, citing an internal company document.

The rotation, known in Brazil as "rodízio", would alternate 36 hours with water and 36 hours without across 19 districts home to about 3.1 million people, according to the report. The Guaraciaba reservoir system, which supplies most of the region, stood at 8.7% of capacity on Monday.

A Sanevi spokesperson confirmed to Reuters that rotating cuts would begin in August but said the final schedule was still being discussed with municipal authorities. "There is no alternative with the reservoirs at this level," the spokesperson said, adding that hospitals and schools would be supplied by tanker trucks on days without water.

Reuters could not independently verify the document cited by Folha.

Shares in Sanevi, which is controlled by the state government, fell 4.2% in Sao Paulo trading after the report.

The region is facing its worst drought in at least four decades, with rainfall in the Guaraciaba catchment at less than half the historical average since January.
""",
"01_pt.txt": """Brasil: três milhões de pessoas vão ficar 36 horas seguidas sem água
Diário de Notícias
27/07/2027 22:10

A companhia de saneamento Sanevi prepara-se para impor, a partir de 2 de agosto, um rodízio no abastecimento de água na região metropolitana de Itaquaré, no Brasil: os bairros abrangidos ficarão 36 horas com água e 36 horas sem. A notícia foi avançada esta terça-feira pela Folha de S.Paulo, que teve acesso a um documento interno da empresa.

Segundo o jornal paulista, o racionamento vai abranger 19 distritos onde vivem cerca de 3,1 milhões de pessoas. O sistema de reservatórios Guaraciaba, que abastece a maior parte da região, estava na segunda-feira a 8,7% da capacidade.

O documento, datado de 12 de julho, admite um cenário ainda mais grave: se não chover até setembro, o sistema poderá ter de recorrer ao chamado volume morto, a água abaixo das comportas de captação, já em outubro, escreve a Folha.

Os técnicos da companhia propõem ainda multas para consumos acima da média e a proibição de lavar ruas e frotas de autocarros com água potável, acrescenta o diário.

A região atravessa a pior seca em pelo menos quatro décadas.
""",
"02_it.txt": """Brasile, acqua razionata per 3 milioni di persone: 36 ore sì e 36 no
la Repubblica
28 luglio 2027

Trentasei ore con l'acqua, trentasei senza. È il regime a cui saranno sottoposti dal 2 agosto circa 3,1 milioni di abitanti dell'area metropolitana di Itaquaré, in Brasile, dove la società idrica Sanevi si prepara a introdurre un razionamento a rotazione. Lo riferisce l'agenzia Reuters, che riprende un'anticipazione del quotidiano brasiliano Folha de S.Paulo basata su un documento interno dell'azienda.

Un portavoce di Sanevi ha confermato alla Reuters che i turni scatteranno ad agosto, precisando però che il calendario definitivo è ancora in discussione con i comuni. «Con i bacini a questo livello non c'è alternativa», ha detto. Ospedali e scuole saranno riforniti con autobotti nei giorni senza acqua.

Il sistema di bacini Guaraciaba, che serve la maggior parte della regione, è sceso all'8,7 per cento della capacità, secondo l'agenzia britannica. In Borsa il titolo Sanevi ha perso il 4,2 per cento.

È la peggiore siccità da almeno quarant'anni: da gennaio nel bacino è caduta meno della metà della pioggia abituale.
""",
"03_es.txt": """La región de Itaquaré, en Brasil, tendrá cortes de agua de 36 horas por la sequía
El País
28 jul 2027 - 09:20 BRT

La compañía de saneamiento Sanevi cortará el agua por turnos a partir del 2 de agosto en la región metropolitana de Itaquaré, en el sureste de Brasil, según adelantó este martes el diario Folha de S.Paulo. Los barrios afectados alternarán 36 horas con suministro y 36 sin él.

De acuerdo con el documento interno de la empresa al que tuvo acceso la Folha, el racionamiento afectará a 19 distritos en los que viven unos 3,1 millones de personas. El sistema de embalses Guaraciaba, que abastece a la mayor parte de la región, estaba el lunes al 8,7% de su capacidad.

El documento, fechado el 12 de julio, contempla un escenario aún peor: si no llueve antes de septiembre, la compañía tendría que empezar a bombear el llamado volumen muerto, el agua que queda por debajo de las compuertas de captación, ya en octubre, según el periódico paulista.

En Brasil sigue muy presente el recuerdo de la crisis hídrica que vivió São Paulo hace más de una década, cuando millones de personas sufrieron cortes durante meses.
""",
}, [("Folha de S.Paulo", False), ("Reuters", True)],
[("Folha de S.Paulo", "00_en.txt"), ("Folha de S.Paulo", "01_pt.txt"), ("Reuters", "02_it.txt"),
 ("Folha de S.Paulo", "03_es.txt")],
[("Sanevi will introduce rotating water cuts (36 hours with water, 36 without) from 2 August in the Itaquaré metropolitan area, affecting about 3.1 million people.",
  ["00_en.txt", "01_pt.txt", "02_it.txt", "03_es.txt"], 2),
 ("The Guaraciaba reservoir system stood at 8.7% of capacity.",
  ["00_en.txt", "01_pt.txt", "02_it.txt", "03_es.txt"], 2),
 ("An internal document dated 12 July warns the system may have to draw on its dead volume as early as October.",
  ["01_pt.txt", "03_es.txt"], 1)])

# w07: two independent own reports on one burst main: Rheinische Post (German side: "Unsere
# Redaktion war ... vor Ort", "sagte ... unserer Zeitung", "bestätigte auf Anfrage der Rheinischen
# Post") and De Gelderlander (Dutch side: "De Gelderlander zag zondag", "zei hij tegen deze krant");
# en credits both ("the German regional daily Rheinische Post and the Dutch newspaper De Gelderlander
# reported") -> two edges; fr relays only De Gelderlander ("rapporte le quotidien régional
# néerlandais De Gelderlander" + "précise le Gelderlander" + "selon le quotidien").
story("w07_independent_burst_main_border", "independent", {
"00_de.txt": """Rohrbruch in den Niederlanden: Elmbrüggen seit Sonntag ohne Wasser
Rheinische Post
26.07.2027, 06:30 Uhr

Wer in Elmbrüggen am Sonntagmorgen den Wasserhahn aufdrehte, hörte nur ein Gurgeln. Seitdem sind rund 2100 Menschen in dem Grenzdorf und im Ortsteil Hülsdonk-Ost ohne Leitungswasser. Die Ursache liegt wenige Kilometer entfernt auf niederländischer Seite: Dort ist eine Hauptleitung des Versorgers Waterbedrijf Achterhoek-Rijn gebrochen, der die beiden Orte aufgrund eines grenzüberschreitenden Vertrags von 1998 mitversorgt.

Unsere Redaktion war am Sonntagnachmittag vor Ort. Auf dem Dorfplatz verteilte die Freiwillige Feuerwehr Wasser aus einem Tankwagen, das Technische Hilfswerk hatte zwei Trinkwasser-Container aufgestellt. „Die Leute sind erstaunlich gelassen, aber bei 33 Grad ist das kein Zustand", sagte Ortsvorsteher Bernd Kösters unserer Zeitung.

Eine Sprecherin des niederländischen Versorgers bestätigte auf Anfrage der Rheinischen Post den Bruch einer Leitung mit 60 Zentimetern Durchmesser. Die Reparatur werde voraussichtlich bis Mittwoch dauern. Auch mehrere Dörfer auf niederländischer Seite seien betroffen.

Besonders schwer trifft es die Landwirte: Milchviehhalter Johannes Terhorst muss für seine 140 Kühe Wasser in Fässern heranholen. „Eine Kuh säuft an so einem Tag 150 Liter", sagte er. Kita und Grundschule bleiben am Montag geschlossen.

Die Hitze und der seit Wochen hohe Verbrauch hätten die Leitung zusätzlich belastet, vermutet der Versorger.
""",
"01_nl.txt": """Haaksveld zonder water na breuk in hoofdleiding: 'Die buis ligt er al sinds 1973'
De Gelderlander
26-07-2027 07:15

Een gebroken hoofdleiding van Waterbedrijf Achterhoek-Rijn heeft Haaksveld en omliggende buurtschappen sinds zondagochtend zonder kraanwater gezet. Ongeveer 3.700 inwoners aan Nederlandse kant zitten droog; ook enkele Duitse dorpen over de grens, die via dezelfde leiding water krijgen, zijn getroffen.

De Gelderlander zag zondag hoe graafmachines in een weiland aan de Bovenstraat de leiding blootlegden. Uit een krater van enkele meters breed stroomde nog altijd water over de akker. Volgens een woordvoerder van het waterbedrijf gaat het om een betonnen leiding van 60 centimeter doorsnee. 'Die buis ligt er al sinds 1973. Door de hitte en het hoge verbruik stond er de laatste weken extra druk op', zei hij tegen deze krant.

Het waterbedrijf verwacht de leiding woensdagavond gerepareerd te hebben. Tot die tijd kunnen inwoners flessen water ophalen bij de sporthal en de supermarkt aan het Kerkplein.

'Mijn moeder is 89 en woont alleen, ik breng haar nu drie keer per dag water', vertelde Anja Wissink bij de sporthal. De gemeente heeft een telefoonnummer opengesteld voor ouderen die niet zelf water kunnen halen.

Het is de tweede grote storing in het gebied in drie jaar.
""",
"02_en.txt": """Burst water main leaves Dutch and German villages dry in heatwave
DW
26.07.2027

Around 5,800 people on both sides of the Dutch-German border have been without tap water since Sunday after a main pipe burst in the eastern Netherlands, the German regional daily Rheinische Post and the Dutch newspaper De Gelderlander reported on Monday.

The pipe, operated by the utility Waterbedrijf Achterhoek-Rijn, supplies the Dutch village of Haaksveld and surrounding hamlets as well as the German village of Elmbrüggen and a neighbouring district under a cross-border agreement. About 3,700 of those affected live on the Dutch side and 2,100 in Germany, according to the two papers.

The utility told both newspapers that repairs were expected to last until Wednesday. In the meantime, residents are collecting bottled water and filling canisters at distribution points.

Temperatures in the region reached 33 degrees Celsius (91 degrees Fahrenheit) on Sunday, and the utility has blamed weeks of heat and high consumption for adding pressure on the pipe.
""",
"03_fr.txt": """Pays-Bas : une canalisation cède, des villages privés d'eau de part et d'autre de la frontière
Le Soir
lundi 26 juillet 2027, 12:05

Quelque 3.700 habitants de Haaksveld, dans l'est des Pays-Bas, n'ont plus d'eau au robinet depuis dimanche matin, rapporte le quotidien régional néerlandais De Gelderlander. Une conduite principale du distributeur Waterbedrijf Achterhoek-Rijn s'est rompue sous un champ, à la sortie du village.

La canalisation en béton, de 60 centimètres de diamètre, date de 1973, a indiqué un porte-parole de la compagnie au journal. La chaleur et la forte consommation des dernières semaines l'auraient mise sous pression. Plusieurs villages allemands, alimentés par la même conduite en vertu d'un accord transfrontalier, sont également touchés, précise le Gelderlander.

Les réparations devraient durer jusqu'à mercredi soir. En attendant, les habitants viennent chercher des bouteilles d'eau à la salle de sport et au supermarché de la place de l'Église.

C'est la deuxième panne majeure dans la région en trois ans, selon le quotidien.
""",
}, [("Rheinische Post", True), ("De Gelderlander", True)],
[("Rheinische Post", "02_en.txt"), ("De Gelderlander", "02_en.txt"), ("De Gelderlander", "03_fr.txt")],
[("A burst main of Waterbedrijf Achterhoek-Rijn has left villages on both sides of the Dutch-German border without tap water since Sunday.",
  ["00_de.txt", "01_nl.txt", "02_en.txt", "03_fr.txt"], 2),
 ("Repairs are expected to last until Wednesday.",
  ["00_de.txt", "01_nl.txt", "02_en.txt", "03_fr.txt"], 2),
 ("The broken concrete pipe, 60 cm in diameter, was laid in 1973.",
  ["01_nl.txt", "03_fr.txt"], 1),
 ("The volunteer fire brigade distributed water from a tanker on the village square of Elmbrüggen; the nursery and primary school stay closed on Monday.",
  ["00_de.txt"], 1)])

# w08: a person's own social-media post (mayor Marta Lisandri's Facebook post with the ordinance) as
# outside origin; it ANSA "Lo ha annunciato in un post su Facebook la sindaca" + "scrive la prima
# cittadina" + "si legge nel post"; en (NO outlet, NO date line) "announced the ban in a Facebook
# post" + "she wrote"; es "Así lo ha anunciado en su perfil de Facebook la alcaldesa" + "explicó la
# regidora en su mensaje"; fr via ANSA (chain): "rapporte l'agence de presse italienne ANSA, qui cite
# un message publié sur Facebook par la maire" + "précise l'agence" + "d'après l'ANSA" -> edge from ANSA.
story("w08_post_arsenic_tap_water", "social_post", {
"00_it.txt": """Arsenico nell'acqua, a San Vito al Clarano vietato bere dal rubinetto
ANSA
29 luglio 2027 21:37

(ANSA) - SAN VITO AL CLARANO, 29 LUG - Acqua non potabile da stasera a San Vito al Clarano, comune di circa 9.400 abitanti. Lo ha annunciato in un post su Facebook la sindaca, Marta Lisandri, pubblicando l'ordinanza che vieta di usare l'acqua del rubinetto per bere e per cucinare.

Le analisi dell'Asl su due pozzi comunali hanno rilevato arsenico a 17 microgrammi per litro, quasi il doppio del limite di legge di 10, scrive la prima cittadina. I due pozzi erano stati riattivati a giugno perché la sorgente del Clarano, che normalmente copre il fabbisogno del paese, ha quasi dimezzato la portata a causa della siccità.

"So che è un colpo per tutti, ma la salute viene prima di ogni altra cosa", si legge nel post. Da domattina quattro autobotti con acqua potabile saranno posizionate in piazza del Municipio, piazza Garibaldi, largo San Rocco e nel parcheggio della scuola media. Ai centri estivi sarà distribuita acqua in bottiglia.

L'acqua del rubinetto può continuare a essere usata per lavarsi e per le pulizie, precisa la sindaca, che annuncia l'installazione di un impianto di filtraggio "entro settembre". (ANSA).
""",
"01_en.txt": """Italian town bans drinking tap water after arsenic found in drought-hit wells

Residents of San Vito al Clarano, a town of about 9,400 people in central Italy, have been told not to drink or cook with tap water after tests found arsenic at almost twice the legal limit.

Mayor Marta Lisandri announced the ban in a Facebook post on Thursday evening, sharing an ordinance that took effect immediately. Tests by the local health authority on two municipal wells found 17 micrograms of arsenic per litre, against a limit of 10, she wrote.

The wells had been brought back into service in June because drought had almost halved the flow of the Clarano spring, which normally meets the town's needs.

"I know this is a blow for everyone, but health comes before anything else," Lisandri wrote. Four tanker trucks with drinking water were to be stationed in the town from Friday morning, including on the town hall square, and summer camps will receive bottled water.

Tap water can still be used for washing and cleaning, according to the post. The mayor said a filtration system would be installed "by September".

Long-term exposure to arsenic in drinking water is linked to skin lesions and several cancers; using the water for washing is considered safe.
""",
"02_es.txt": """Un pueblo italiano prohíbe beber agua del grifo por arsénico tras reabrir pozos por la sequía
El Mundo
30/07/2027 10:15

Los 9.400 vecinos de San Vito al Clarano, en Italia, no pueden beber ni cocinar con el agua del grifo desde el jueves por la noche. Así lo ha anunciado en su perfil de Facebook la alcaldesa del municipio, Marta Lisandri, que ha colgado la ordenanza municipal en la red social.

Los análisis de la autoridad sanitaria local en dos pozos municipales detectaron 17 microgramos de arsénico por litro, casi el doble del límite legal de 10, explicó la regidora en su mensaje. Los pozos se reactivaron en junio porque la sequía ha reducido casi a la mitad el caudal del manantial del Clarano, que normalmente abastece al pueblo.

"Sé que es un golpe para todos, pero la salud está por encima de todo", escribió Lisandri. Desde el viernes, cuatro camiones cisterna con agua potable se sitúan en distintos puntos del municipio, entre ellos la plaza del Ayuntamiento.

El agua del grifo puede seguir usándose para la higiene y la limpieza, puntualiza la alcaldesa, que promete un sistema de filtrado para septiembre.
""",
"03_fr.txt": """Italie : de l'arsenic dans l'eau du robinet d'une commune assoiffée
Libération
30 juillet 2027 à 12h51

Interdiction de boire l'eau du robinet. Les quelque 9.400 habitants de San Vito al Clarano, en Italie, doivent se passer de l'eau du réseau pour boire et cuisiner depuis jeudi soir, rapporte l'agence de presse italienne ANSA, qui cite un message publié sur Facebook par la maire de la commune, Marta Lisandri.

Des analyses de l'autorité sanitaire locale ont relevé 17 microgrammes d'arsenic par litre dans deux puits communaux, près du double de la limite légale, précise l'agence. Ces puits avaient été remis en service en juin, la sécheresse ayant presque divisé par deux le débit de la source qui alimente d'ordinaire la commune.

« La santé passe avant tout », a écrit l'élue. Des camions-citernes d'eau potable sont installés depuis vendredi sur quatre places du village et de l'eau en bouteille est distribuée aux centres de loisirs, d'après l'ANSA.

L'eau du robinet reste utilisable pour se laver et faire le ménage.
""",
}, [("Marta Lisandri", False)],
[("Marta Lisandri", "00_it.txt"), ("Marta Lisandri", "01_en.txt"), ("Marta Lisandri", "02_es.txt"),
 ("ANSA", "03_fr.txt")],
[("San Vito al Clarano banned drinking and cooking with tap water after arsenic at 17 micrograms per litre (limit 10) was found in two municipal wells.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], 1),
 ("The wells had been reactivated in June because drought nearly halved the flow of the spring that normally supplies the town.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], 1),
 ("Tanker trucks with drinking water are stationed at four points in the town.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], 1),
 ("A filtration system is to be installed by September.",
  ["00_it.txt", "01_en.txt", "02_es.txt"], 1)])


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
        for t, al, n in claims:
            for a in al:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 139 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
