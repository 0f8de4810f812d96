#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand107 set.

Environment and climate stories. Outlet and agency names are real media names; every event,
person, company, NGO, ship, figure and quote is invented. No text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: an (invented) environmental NGO's report published on its website, relayed directly by four
# outlets: it "secondo il rapporto pubblicato … dalla Fondazione" + "si legge nel documento";
# es "según un informe que la fundación italiana … publicó" + "El documento señala" + "de acuerdo con
# el informe"; fr "D'après le rapport publié mardi par la fondation italienne" + "Selon le document"
# + "note l'ONG"; pt (no date line) "segundo o relatório divulgado … pela fundação italiana" +
# "De acordo com a organização ambientalista". The director's words come from the report's preface.
story("t01_ngo_seagrass_report", "institution", {
"00_it.txt": """Posidonia, in vent'anni sparito un terzo delle praterie. "Le ancore sono la prima causa"
la Repubblica
4 maggio 2027

Le praterie di Posidonia oceanica del Mediterraneo occidentale hanno perso il 34 per cento della loro superficie dal 2000 a oggi. È il dato principale del rapporto "Praterie in ritirata 2027", pubblicato stamattina sul proprio sito dalla Fondazione Prateria Blu, l'organizzazione ambientalista con sede a Livorno che da dodici anni monitora i fondali di Italia, Francia e Spagna.

Secondo il rapporto, frutto di 212 immersioni di rilevamento condotte tra il 2024 e il 2026, la perdita non è uniforme: le praterie più colpite sono quelle della Liguria di ponente e della Costa Azzurra, dove in alcuni siti la copertura si è dimezzata. In Sardegna e alle Baleari il calo è più contenuto, tra il 12 e il 18 per cento.

A pesare di più, si legge nel documento, sono le ancore delle imbarcazioni da diporto: il 41 per cento dei danni recenti censiti dai subacquei della fondazione è riconducibile all'ancoraggio sui fondali di posidonia, davanti all'aumento della temperatura dell'acqua (27 per cento) e agli scarichi costieri. "Ogni estate perdiamo in poche settimane quello che la pianta ha costruito in secoli", scrive nella prefazione la direttrice della fondazione, Lorenza Tacchini.

La Posidonia oceanica, pianta marina endemica del Mediterraneo, cresce di pochi centimetri l'anno, assorbe grandi quantità di anidride carbonica e protegge le spiagge dall'erosione. Le sue foglie morte, spiaggiate in autunno, formano le cosiddette "banquette" che molti comuni continuano a rimuovere prima della stagione balneare.

Il rapporto chiede di estendere a tutte le aree marine protette il divieto di ancoraggio sulle praterie e di installare almeno 1.500 nuovi gavitelli di ormeggio entro il 2030.
""",
"01_es.txt": """El Mediterráneo occidental ha perdido un tercio de sus praderas de posidonia desde 2000
El País
2027-05-04 18:40

Las praderas de posidonia del Mediterráneo occidental han perdido el 34% de su superficie en poco más de dos décadas, según un informe que la fundación italiana Prateria Blu publicó este martes en su página web. El estudio, titulado Praterie in ritirata 2027, se basa en 212 inmersiones de control realizadas entre 2024 y 2026 en aguas de Italia, Francia y España.

El documento señala a las anclas de las embarcaciones de recreo como la principal amenaza: el fondeo sobre la pradera explica el 41% de los daños recientes registrados por los buceadores de la organización. Le siguen el calentamiento del agua, responsable del 27%, y los vertidos costeros.

En aguas españolas, el retroceso oscila entre el 12% y el 18% en Baleares y llega al 29% en algunos puntos de la costa de Girona, de acuerdo con el informe. Las zonas más castigadas están, sin embargo, en la Riviera italiana y la Costa Azul, donde en varios puntos la cobertura se ha reducido a la mitad.

"Cada verano perdemos en unas semanas lo que la planta ha construido durante siglos", escribe en el prólogo la directora de Prateria Blu, Lorenza Tacchini.

La posidonia, una planta marina que solo existe en el Mediterráneo, crece apenas unos centímetros al año. Sus praderas almacenan carbono, sirven de refugio a cientos de especies y frenan la erosión de las playas. La organización pide prohibir el fondeo sobre posidonia en todas las áreas marinas protegidas e instalar al menos 1.500 boyas de amarre antes de 2030.
""",
"02_fr.txt": """En Méditerranée, un tiers des herbiers de posidonie ont disparu depuis 2000
Le Monde
5 mai 2027

Le constat est sévère pour la Côte d'Azur. D'après le rapport publié mardi 4 mai par la fondation italienne Prateria Blu, les herbiers de posidonie de la Méditerranée occidentale ont perdu 34 % de leur surface depuis 2000, et c'est entre Menton et Saint-Tropez que le recul est parmi les plus marqués : sur plusieurs sites, la couverture a été divisée par deux.

L'organisation, basée à Livourne, a compilé 212 plongées de suivi effectuées entre 2024 et 2026 sur les côtes italiennes, françaises et espagnoles. Selon le document, l'ancrage des bateaux de plaisance est responsable de 41 % des dégâts récents observés, loin devant le réchauffement de l'eau (27 %) et les rejets d'eaux usées.

« Chaque été, nous perdons en quelques semaines ce que la plante a mis des siècles à construire », écrit dans la préface la directrice de la fondation, Lorenza Tacchini.

En France, le mouillage sur les herbiers est encadré depuis plusieurs années par des arrêtés préfectoraux, mais leur application reste inégale, note l'ONG, qui réclame une interdiction générale dans toutes les aires marines protégées et l'installation d'au moins 1 500 bouées d'amarrage d'ici à 2030.

Plante à fleurs endémique de la Méditerranée, la posidonie ne pousse que de quelques centimètres par an. Ses herbiers stockent du carbone, abritent de nombreuses espèces de poissons et atténuent l'érosion des plages.
""",
"03_pt.txt": """Pradarias marinhas do Mediterrâneo perderam um terço da área desde 2000
Público

As pradarias de posidónia do Mediterrâneo ocidental perderam 34% da sua área desde o ano 2000, segundo o relatório divulgado na terça-feira pela fundação italiana Prateria Blu. O documento reúne os resultados de 212 mergulhos de monitorização realizados entre 2024 e 2026 ao largo de Itália, França e Espanha.

De acordo com a organização ambientalista, sediada em Livorno, as perdas mais graves registam-se na Ligúria e na Côte d'Azur, onde em vários locais a cobertura caiu para metade. Nas Baleares, o recuo fica entre 12% e 18%.

O relatório aponta a ancoragem de embarcações de recreio e o aquecimento da água como principais ameaças e pede a proibição de ancorar sobre as pradarias em todas as áreas marinhas protegidas. "Todos os verões perdemos em poucas semanas o que a planta levou séculos a construir", escreve no prefácio a directora da fundação, Lorenza Tacchini.

A posidónia não existe na costa portuguesa, mas as pradarias marinhas nacionais, sobretudo de Zostera e Cymodocea, na ria Formosa, no estuário do Sado e na Arrábida, enfrentam pressões semelhantes. Investigadores portugueses têm alertado para o impacto das âncoras e das dragagens nestes habitats, que funcionam como maternidade para espécies como o choco e o cavalo-marinho.
""",
}, [("Fondazione Prateria Blu", False)],
[("Fondazione Prateria Blu", "00_it.txt"), ("Fondazione Prateria Blu", "01_es.txt"),
 ("Fondazione Prateria Blu", "02_fr.txt"), ("Fondazione Prateria Blu", "03_pt.txt")],
[("Posidonia seagrass meadows in the western Mediterranean have lost 34% (about a third) of their area since 2000.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_pt.txt"], 1),
 ("Anchoring by recreational boats caused 41% of the recent damage to the meadows.",
  ["00_it.txt", "01_es.txt", "02_fr.txt"], 1)])

# t02: a ministry's statement published on the government website (outside origin) relayed by four;
# pt Público relays it AND adds its own confirmation ("Contactada pelo PÚBLICO … confirmou" + "disse
# ao PÚBLICO"): edge from the ministry + Público as an in-corpus origin. en The Guardian takes the
# statement and, for the confirmation, Público ("told the Lisbon daily Público"): two edges. es
# "informó … el Ministerio … en un comunicado" + "Según el texto oficial"; de "teilte das … Ministerium
# … in einer … Erklärung mit" + "Der Mitteilung zufolge" + "Laut Ministerium".
story("t02_ministry_algarve_water", "institution_confirmation", {
"00_pt.txt": """Governo corta 15% da água para rega no Algarve a partir de 1 de Junho
Público
18.05.2027 13:20

As dotações de água para a rega agrícola a partir das albufeiras do Algarve vão ser reduzidas em 15% a partir de 1 de Junho, anunciou esta terça-feira o Ministério do Ambiente e Energia, num comunicado publicado no portal do Governo. A medida abrange os perímetros de rega abastecidos pelas barragens de Odeleite, Beliche, Arade e Bravura.

De acordo com o comunicado, as reservas das albufeiras algarvias estão a 23% da capacidade total, o valor mais baixo para esta época do ano desde que há registos. "Não há margem para adiar decisões: a água que temos tem de chegar ao Verão e ao Outono", afirma a ministra Teresa Valadares, citada na nota. O ministério fixa ainda uma meta de redução de 10% no consumo urbano e pede aos municípios que suspendam a rega de jardins públicos durante o dia.

Contactada pelo PÚBLICO, a Associação de Regantes do Barlavento Algarvio confirmou ter recebido na manhã desta terça-feira a notificação formal do corte. "É o terceiro ano seguido de restrições. Há produtores de abacate e de citrinos que já não sabem se vale a pena plantar", disse ao PÚBLICO o presidente da associação, Joaquim Estêvão Baptista. Segundo o mesmo responsável, o corte representa para os associados cerca de 4,2 milhões de metros cúbicos a menos até ao fim de Setembro.

Depois de vários anos de seca, o Algarve tornou-se o caso mais grave de escassez de água no país. O Governo aposta na dessalinização e na reutilização de águas residuais tratadas para reduzir a dependência das albufeiras, mas os primeiros projectos só deverão entrar em funcionamento dentro de alguns anos.
""",
"01_es.txt": """Portugal recorta un 15% el agua de riego en el Algarve por la sequía
El País
Tue, 18 May 2027 16:05:00 +0200

Portugal reducirá un 15% el agua destinada al regadío en el Algarve a partir del 1 de junio, informó este martes el Ministerio de Ambiente y Energía luso en un comunicado difundido en la web del Gobierno. Los campos de golf de la región, uno de los motores de su economía turística, sufrirán un recorte aún mayor, del 25%.

Según el texto oficial, los embalses algarvíos se encuentran al 23% de su capacidad, el nivel más bajo registrado para esta época del año. La ministra, Teresa Valadares, defiende en la nota que "no hay margen para aplazar decisiones" y que el agua disponible "tiene que llegar al verano y al otoño".

El Gobierno portugués pide además a los ayuntamientos que reduzcan un 10% el consumo urbano y que dejen de regar parques y jardines en las horas centrales del día. Las restricciones afectan a las zonas regables que dependen de las presas de Odeleite, Beliche, Arade y Bravura.

La decisión se sigue con atención al otro lado del Guadiana. Los regantes de la provincia de Huelva llevan meses advirtiendo de que la escasez de lluvias en el suroeste peninsular amenaza la campaña de frutos rojos, y las organizaciones agrarias andaluzas temen que las restricciones portuguesas sean un anticipo de lo que les espera este verano.
""",
"02_en.txt": """Portugal cuts farm water in Algarve as reservoirs sink to record low
The Guardian
2027-05-19T06:00:00+01:00

Portugal is to cut the water supplied to farms in the Algarve by 15% from 1 June, after reservoirs in the southern holiday region fell to their lowest level for the time of year since records began.

The environment ministry said in a statement published on the government's website on Tuesday that reservoirs in the Algarve were at 23% of capacity. The cut applies to irrigation districts fed by the Odeleite, Beliche, Arade and Bravura dams, and comes on top of a 10% reduction target for urban water use.

"There is no room to put off decisions: the water we have has to last through the summer and the autumn," the environment and energy minister, Teresa Valadares, said in the statement.

Farmers say the measure will hit avocado and citrus growers hardest. One irrigators' association in the west of the region, the Associação de Regantes do Barlavento Algarvio, told the Lisbon daily Público it had received formal notice of the cut on Tuesday morning. Its president, Joaquim Estêvão Baptista, told the paper that members would receive about 4.2m cubic metres less water by the end of September.

The Algarve has spent several years in severe drought. Avocado plantations have expanded rapidly over the past decade, drawing criticism from environmental groups who say the crop is ill-suited to one of Europe's driest corners. Tourism, which brings millions of visitors to the coast each summer, also puts heavy pressure on supplies in the peak months.
""",
"03_de.txt": """Dürre in Portugal: Algarve muss Wasser für Landwirtschaft und Golfplätze kürzen
Süddeutsche Zeitung
19. Mai 2027

Wegen der anhaltenden Trockenheit bekommen Landwirte an der Algarve vom 1. Juni an 15 Prozent weniger Wasser für die Bewässerung. Golfplätze müssen sogar mit einem Viertel weniger auskommen. Das teilte das Umwelt- und Energieministerium in Lissabon am Dienstag in einer auf der Website der Regierung veröffentlichten Erklärung mit.

Der Mitteilung zufolge sind die Stauseen im Süden Portugals nur noch zu 23 Prozent gefüllt – so wenig wie nie zuvor um diese Jahreszeit. „Es gibt keinen Spielraum, Entscheidungen aufzuschieben", wird Ministerin Teresa Valadares in dem Text zitiert. Das vorhandene Wasser müsse bis in den Herbst reichen.

Laut Ministerium sollen zudem die Kommunen ihren Verbrauch um zehn Prozent senken und öffentliche Grünflächen tagsüber nicht mehr bewässern. Betroffen sind die Bewässerungsgebiete an den Talsperren Odeleite, Beliche, Arade und Bravura.

Für die Algarve, die jedes Jahr Millionen Urlauber anzieht, darunter viele aus Deutschland, ist die Lage heikel. Gerade die Golfplätze der Region gelten als Aushängeschild des Tourismus, stehen aber wegen ihres hohen Wasserverbrauchs seit Jahren in der Kritik. Umweltverbände fordern, die Plätze vollständig auf aufbereitetes Abwasser umzustellen.
""",
}, [("Ministério do Ambiente e Energia", False), ("Público", True)],
[("Ministério do Ambiente e Energia", "00_pt.txt"), ("Ministério do Ambiente e Energia", "01_es.txt"),
 ("Ministério do Ambiente e Energia", "02_en.txt"), ("Público", "02_en.txt"),
 ("Ministério do Ambiente e Energia", "03_de.txt")],
[("Portugal cuts water for farm irrigation in the Algarve by 15% from 1 June.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 2),
 ("Golf courses in the Algarve face a 25% water cut.",
  ["01_es.txt", "03_de.txt"], 1)])

# t03: a study in a journal (outside origin). en The Guardian and it la Repubblica take it directly
# ("according to a study published … in the journal"; "Lo rivela uno studio pubblicato … sulla rivista"
# + "Secondo lo studio" + "si legge nell'articolo scientifico"); chain: de "Das berichtet der britische
# Guardian unter Berufung auf eine Studie" + "Laut dem Guardian" + "schreibt die Zeitung" + "zitiert der
# Guardian"; fr "rapporte le quotidien britannique The Guardian, qui cite une étude" + "Selon le journal
# londonien" + "citée par le Guardian": both get their edge from The Guardian.
story("t03_study_marine_heatwaves_chain", "chain", {
"00_en.txt": """Mediterranean marine heatwaves now last three times as long, study finds
The Guardian
2027-06-07T16:00:00+01:00

Marine heatwaves in the Mediterranean now last three times as long as they did in the 1980s and 1990s, according to a study published on Monday in the journal Nature Climate Change, with losses to fisheries and fish farms running at about €1.4bn a year.

The researchers, led by the Institute of Marine Sciences (ICM-CSIC) in Barcelona, analysed satellite sea-surface temperatures and records from about 1,900 buoys between 1982 and 2026. They found that the average marine heatwave – a period in which water temperatures stay far above normal for at least five days – lasted 11 days in 1982-1999 but 34 days in 2010-2026.

The eastern basin, around Cyprus and the Levant coast, was the worst affected, while the Adriatic showed the sharpest increase in the number of events.

"The Mediterranean is behaving like a sea that has moved several hundred kilometres south," said the lead author, Marta Olivares Grau, in a statement released with the paper. "Species that cannot move, such as corals, sponges and seagrass, are paying the price."

The €1.4bn figure combines lost catches of species such as sardines and hake, mass mortality at mussel and sea bream farms, and the cost of moving aquaculture cages into deeper water. The authors say the estimate is conservative because it leaves out effects on tourism and recreational diving.

The study adds to evidence that the Mediterranean is warming faster than the global ocean average. The authors call for early-warning systems for fish farms and for heatwave refuges to be taken into account when marine protected areas are designed.
""",
"01_de.txt": """Hitzewellen im Mittelmeer dauern dreimal so lang wie früher
Süddeutsche Zeitung
08.06.2027 07:15

Marine Hitzewellen im Mittelmeer halten inzwischen im Schnitt dreimal so lange an wie noch in den Achtziger- und Neunzigerjahren. Das berichtet der britische Guardian unter Berufung auf eine Studie, die am Montag im Fachjournal Nature Climate Change erschienen ist.

Laut dem Guardian werteten die Forscher um Marta Olivares Grau vom Meeresforschungsinstitut ICM-CSIC in Barcelona Satellitendaten und Messungen von rund 1900 Bojen aus den Jahren 1982 bis 2026 aus. Dauerte eine Hitzewelle im Meer zwischen 1982 und 1999 durchschnittlich elf Tage, so waren es zwischen 2010 und 2026 schon 34 Tage.

Die wirtschaftlichen Folgen seien erheblich, schreibt die Zeitung: Fischerei und Aquakultur verlören demnach jedes Jahr rund 1,4 Milliarden Euro, etwa durch Massensterben in Muschel- und Doradenfarmen. Besonders betroffen sei das östliche Mittelmeer.

„Das Mittelmeer verhält sich wie ein Meer, das ein paar hundert Kilometer nach Süden gewandert ist", zitiert der Guardian die Erstautorin. Arten, die nicht ausweichen könnten, etwa Korallen, Schwämme und Seegras, zahlten den Preis.

Auch Urlauber bekommen die Erwärmung zu spüren: Im vergangenen Sommer wurden an mehreren Stränden in Italien und Kroatien Wassertemperaturen von mehr als 30 Grad gemessen. Fachleute warnen seit Jahren, dass sich das Mittelmeer schneller erwärmt als die Ozeane im globalen Mittel.
""",
"02_it.txt": """Mediterraneo, le ondate di calore marine durano il triplo. "Pesca, perdite per 1,4 miliardi l'anno"
la Repubblica
7 giugno 2027

Le ondate di calore marine nel Mediterraneo durano oggi tre volte più a lungo rispetto agli anni Ottanta e Novanta. Lo rivela uno studio pubblicato oggi sulla rivista Nature Climate Change da un gruppo di ricerca guidato dall'Istituto di scienze del mare (ICM-CSIC) di Barcellona.

Secondo lo studio, che ha analizzato le temperature superficiali rilevate dai satelliti e i dati di circa 1.900 boe tra il 1982 e il 2026, un'ondata di calore marina durava in media 11 giorni nel periodo 1982-1999 e 34 giorni tra il 2010 e il 2026. L'Adriatico è il bacino in cui il numero di episodi è cresciuto più in fretta, mentre le anomalie più persistenti si registrano nel Mediterraneo orientale.

Il conto per l'economia del mare è pesante: circa 1,4 miliardi di euro l'anno tra mancate catture di sardine e naselli, morie negli allevamenti di cozze e orate e costi per spostare le gabbie in acque più profonde, si legge nell'articolo scientifico.

"Il Mediterraneo si comporta come un mare che si è spostato di qualche centinaio di chilometri verso sud", ha spiegato la prima autrice, Marta Olivares Grau, in una nota diffusa dall'istituto. "A pagare sono le specie che non possono spostarsi, come coralli, spugne e praterie di posidonia."

Per i mitilicoltori italiani il problema non è nuovo: negli ultimi anni le estati più calde hanno già causato perdite in diversi impianti dell'Adriatico e del Tirreno. Gli autori chiedono sistemi di allerta precoce per gli allevamenti e di tenere conto dei "rifugi termici" nella progettazione delle aree marine protette.
""",
"03_fr.txt": """Les vagues de chaleur marines durent trois fois plus longtemps en Méditerranée
Le Monde
Tue, 08 Jun 2027 10:30:00 +0200

Les épisodes de canicule marine en Méditerranée durent désormais en moyenne trois fois plus longtemps qu'il y a quarante ans, rapporte le quotidien britannique The Guardian, qui cite une étude parue lundi 7 juin dans la revue Nature Climate Change.

Selon le journal londonien, les chercheurs, emmenés par l'Institut des sciences de la mer de Barcelone (ICM-CSIC), ont passé au crible des relevés satellitaires et les données de quelque 1 900 bouées entre 1982 et 2026. Une vague de chaleur marine durait en moyenne 11 jours entre 1982 et 1999, contre 34 jours sur la période 2010-2026.

« La Méditerranée se comporte comme une mer qui se serait déplacée de plusieurs centaines de kilomètres vers le sud », a déclaré l'autrice principale, Marta Olivares Grau, citée par le Guardian.

Les conséquences se font déjà sentir sur le littoral français. Dans l'étang de Thau, les conchyliculteurs ont subi ces dernières années plusieurs épisodes de mortalité de moules et d'huîtres liés à des eaux trop chaudes et pauvres en oxygène, phénomène que les professionnels appellent la « malaïgue ». Dans les aires marines protégées de Corse et de Port-Cros, des gorgones rouges ont été retrouvées mortes après des étés particulièrement chauds.

Le quotidien britannique précise que les auteurs plaident pour des systèmes d'alerte précoce destinés aux élevages marins.
""",
}, [("Nature Climate Change", False)],
[("Nature Climate Change", "00_en.txt"), ("The Guardian", "01_de.txt"),
 ("Nature Climate Change", "02_it.txt"), ("The Guardian", "03_fr.txt")],
[("Marine heatwaves in the Mediterranean now last about three times as long as in 1982-1999 (34 days against 11).",
  ["00_en.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], 1),
 ("Mediterranean marine heatwaves cost fisheries and aquaculture about 1.4 billion euros a year.",
  ["00_en.txt", "01_de.txt", "02_it.txt"], 1)])

# t04: a scientist's Bluesky post (outside origin) taken directly by it, de, es ("Lo ha scritto su
# Bluesky la glaciologa" + "si legge nel post"; "schrieb … am Montag auf der Plattform Bluesky" +
# "heißt es in ihrem Beitrag"; "según publicó el lunes en la red social Bluesky" + "escribió la
# científica"). 01_fr has no outlet line and is an uncredited close French translation of 00_it
# published hours later (same paragraphs, same quotes, same background, same closing paragraph); it
# keeps "a écrit sur Bluesky" and "Selon Chiara Vallauri": one edge from la Repubblica, none from her.
story("t04_bluesky_glacier_translation", "translation", {
"00_it.txt": """Il ghiacciaio del Lys arretra di 74 metri in un anno. La glaciologa: "Non l'avevamo mai misurato"
la Repubblica
23/08/2027 12:48

La fronte del ghiacciaio del Lys, sul versante valdostano del Monte Rosa, è arretrata di 74 metri in un solo anno. Lo ha scritto su Bluesky la glaciologa del Cnr Chiara Vallauri, che domenica ha guidato la campagna di misura annuale sopra Gressoney-La-Trinité.

"74 metri da settembre 2026. Non l'avevamo mai misurato. Il Lys si sta spezzando in due", si legge nel post, accompagnato da tre fotografie della lingua glaciale. Nelle immagini si vede una dorsale di roccia emersa al centro del ghiacciaio, che separa ormai la parte bassa della colata da quella alta.

Secondo Vallauri, la lingua inferiore, una volta staccata, "non riceverà più ghiaccio da monte e si ridurrà a una massa di ghiaccio morto nel giro di pochi anni". Nel post la ricercatrice precisa che i dati sono ancora provvisori e saranno trasmessi al Comitato glaciologico italiano.

Il Lys è uno dei ghiacciai alpini osservati più a lungo: le prime misure sistematiche della fronte risalgono al 1927. Nell'ultimo decennio il ritiro medio era stato di circa 22 metri l'anno, un valore già considerato elevato dagli esperti.

Il post ha raccolto in poche ore migliaia di condivisioni. Molti utenti hanno pubblicato foto d'epoca del ghiacciaio scattate dallo stesso punto, quando la lingua arrivava ancora a ridosso dei pascoli.
""",
"01_fr.txt": """Le glacier du Lys recule de 74 mètres en un an : « Nous ne l'avions jamais mesuré »
23/08/2027 - 19h05

Le front du glacier du Lys, sur le versant valdôtain du mont Rose, a reculé de 74 mètres en une seule année. C'est ce qu'a écrit sur Bluesky la glaciologue du CNR italien Chiara Vallauri, qui a dirigé dimanche la campagne de mesure annuelle au-dessus de Gressoney-La-Trinité.

« 74 mètres depuis septembre 2026. Nous ne l'avions jamais mesuré. Le Lys est en train de se briser en deux », peut-on lire dans le message, accompagné de trois photos de la langue glaciaire. Sur les images, on voit une crête rocheuse apparue au centre du glacier, qui sépare désormais la partie basse de la coulée de la partie haute.

Selon Chiara Vallauri, la langue inférieure, une fois détachée, « ne recevra plus de glace d'en haut et se réduira à une masse de glace morte en quelques années ». Dans son message, la chercheuse précise que les données sont encore provisoires et seront transmises au Comité glaciologique italien.

Le Lys est l'un des glaciers alpins observés depuis le plus longtemps : les premières mesures systématiques du front remontent à 1927. Au cours de la dernière décennie, le recul moyen était d'environ 22 mètres par an, une valeur déjà jugée élevée par les spécialistes.

Le message a été partagé des milliers de fois en quelques heures. De nombreux internautes ont publié des photos anciennes du glacier prises du même endroit, lorsque la langue arrivait encore près des alpages.
""",
"02_de.txt": """Gletscherschwund am Monte Rosa: Lys-Gletscher verliert 74 Meter in einem Jahr
Süddeutsche Zeitung
24. August 2027

Die Zunge des Lys-Gletschers im italienischen Aostatal ist binnen eines Jahres um 74 Meter zurückgewichen – so stark wie nie seit Beginn der Messungen. Das schrieb die italienische Glaziologin Chiara Vallauri vom nationalen Forschungsrat CNR am Montag auf der Plattform Bluesky.

„74 Meter seit September 2026. Das haben wir noch nie gemessen", heißt es in ihrem Beitrag, zu dem sie Fotos der Gletscherzunge stellte. Ihr Team hatte am Sonntag die jährliche Vermessung oberhalb von Gressoney-La-Trinité vorgenommen. Die Werte seien noch vorläufig, schrieb Vallauri.

Der Lys-Gletscher am Südhang des Monte-Rosa-Massivs wird seit 1927 regelmäßig vermessen. Zuletzt zog er sich im Schnitt um gut 20 Meter pro Jahr zurück.

Der Befund passt zu Beobachtungen in anderen Teilen der Alpen. Auch in der Schweiz und in Österreich rechnen Glaziologen nach dem heißen Sommer für viele Gletscher mit außergewöhnlich hohen Verlusten; die offiziellen Bilanzen werden im Herbst erwartet. Den verbliebenen bayerischen Gletschern an Zugspitze, Watzmann und Hochkalter geben Fachleute ohnehin nur noch wenige Jahre.
""",
"03_es.txt": """Un glaciar de los Alpes italianos retrocede 74 metros en un año, un récord
El País
2027-08-24 10:00

El frente del glaciar del Lys, en el macizo del Monte Rosa, ha retrocedido 74 metros en el último año, la mayor pérdida registrada desde que comenzaron las mediciones, según publicó el lunes en la red social Bluesky la glacióloga italiana Chiara Vallauri, investigadora del Consejo Nacional de Investigación (CNR) de Italia.

"Nunca lo habíamos medido. El Lys se está partiendo en dos", escribió la científica junto a varias fotografías tomadas durante la campaña de medición del domingo. En ellas se aprecia un espolón de roca que ha aflorado en mitad del glaciar y que separa la lengua inferior del resto del hielo. Vallauri advirtió de que los datos son provisionales.

El Lys, en el valle de Aosta, se mide de forma sistemática desde 1927 y en la última década había retrocedido una media de unos 22 metros anuales.

En España, los glaciares pirenaicos atraviesan una situación aún más delicada. De los más de 50 que existían a principios del siglo XX quedan menos de una veintena, y los expertos calculan que la mayoría desaparecerá antes de 2050. El del Aneto, el mayor de la cordillera, ha perdido en las últimas décadas buena parte de su superficie y de su espesor.
""",
}, [("Chiara Vallauri", False)],
[("Chiara Vallauri", "00_it.txt"), ("la Repubblica", "01_fr.txt"),
 ("Chiara Vallauri", "02_de.txt"), ("Chiara Vallauri", "03_es.txt")],
[("The front of the Lys glacier on Monte Rosa retreated 74 metres in one year, a record.",
  ["00_it.txt", "01_fr.txt", "02_de.txt", "03_es.txt"], 1),
 ("A rock ridge has emerged in the middle of the Lys glacier, splitting it in two.",
  ["00_it.txt", "01_fr.txt", "03_es.txt"], 1)])

# t05: in-corpus scoop of the Süddeutsche Zeitung (internal paper + two anonymous ministry people, who
# belong to the SZ's report; the ministry's non-answer "auf SZ-Anfrage" too). en Reuters: "Sueddeutsche
# Zeitung reported …, citing an internal ministry paper and two people familiar" + "the Munich-based
# daily said" + "According to the paper"; Reuters' unanswered request adds no own reporting. Chain:
# fr "rapporte mercredi l'agence Reuters, citant le quotidien munichois Süddeutsche Zeitung" + "Selon
# l'agence britannique" + "précise Reuters": edge from Reuters. it "Lo ha rivelato ieri la Süddeutsche
# Zeitung" + "Secondo la SZ" + "al quotidiano di Monaco" + "scrive il giornale bavarese": edge from SZ.
story("t05_sz_peatland_scoop", "scoop_chain", {
"00_de.txt": """Umweltministerium will beim Moorschutz 1,2 Milliarden Euro streichen
Süddeutsche Zeitung
2027-09-15T05:30:00+02:00

Das Bundesumweltministerium plant drastische Einschnitte beim Schutz der Moore. Die Mittel für die Wiedervernässung trockengelegter Moorböden sollen in den Jahren 2028 bis 2031 um 1,2 Milliarden Euro gekürzt werden. Das geht aus einer internen Leitungsvorlage hervor, die der Süddeutschen Zeitung vorliegt. Statt der bisher vorgesehenen 3,1 Milliarden Euro stünden dann nur noch 1,9 Milliarden Euro zur Verfügung.

Zwei mit den Plänen vertraute Personen im Ministerium bestätigten der SZ, dass die Kürzung bereits mit dem Finanzministerium abgestimmt sei. „Das ist das Ende der Wiedervernässung im großen Stil", sagte einer von ihnen. Neue Großprojekte, etwa in Mecklenburg-Vorpommern und Niedersachsen, würden nach dem Papier nicht mehr begonnen; bereits bewilligte Vorhaben sollen weiterlaufen.

Begründet wird der Schritt in der Vorlage mit den Vorgaben der Haushaltsplanung. Die Moorschutz-Mittel stammen aus dem Aktionsprogramm Natürlicher Klimaschutz, das aus dem Klima- und Transformationsfonds gespeist wird. Ein Sprecher des Ministeriums wollte sich auf SZ-Anfrage nicht zu „internen Abstimmungen" äußern.

Trockengelegte Moore setzen in Deutschland jedes Jahr große Mengen Treibhausgase frei, weil sich der Torf an der Luft zersetzt. Die Bundesregierung hatte zugesagt, die Emissionen aus Moorböden bis 2030 deutlich zu senken. Naturschützer reagierten empört. „Wer beim Moorschutz spart, zahlt später doppelt", sagte Hanna Kerstiens von der Moorallianz Nord der SZ.
""",
"01_en.txt": """Germany plans 1.2 billion euro cut to peatland protection - Sueddeutsche
Reuters
Wed, 15 Sep 2027 09:12:00 +0000

BERLIN, Sept 15 (Reuters) - Germany's environment ministry plans to cut funding for the rewetting of drained peatlands by 1.2 billion euros ($1.3 billion) between 2028 and 2031, Sueddeutsche Zeitung reported on Wednesday, citing an internal ministry paper and two people familiar with the plans.

The budget for peatland rewetting would fall to 1.9 billion euros from the 3.1 billion euros previously earmarked, the Munich-based daily said. The two people told the newspaper the cut had already been agreed with the finance ministry.

"This is the end of rewetting on a large scale," one of them was quoted as saying.

According to the paper, no new large projects would be launched, while projects that have already been approved would continue.

The environment ministry did not immediately respond to a Reuters request for comment.

Drained peatlands account for a significant share of Germany's greenhouse gas emissions from land use, as peat releases carbon dioxide when exposed to air. The funds come from the government's Natural Climate Protection Action Programme, which is financed through the Climate and Transformation Fund, a special budget that has been under pressure since a 2023 constitutional court ruling.

(Reporting by Jana Körting; Editing by Peter Hollis)
""",
"02_fr.txt": """Allemagne : Berlin prévoit de sabrer 1,2 milliard d'euros dans la protection des tourbières
Le Monde
15 septembre 2027 à 15h40

Le ministère fédéral allemand de l'environnement envisage de réduire de 1,2 milliard d'euros, entre 2028 et 2031, les crédits consacrés à la remise en eau des tourbières drainées, rapporte mercredi l'agence Reuters, citant le quotidien munichois Süddeutsche Zeitung.

Selon l'agence britannique, l'enveloppe passerait de 3,1 milliards à 1,9 milliard d'euros. Deux personnes au fait du dossier au sein du ministère ont assuré au journal que la coupe avait déjà été validée par le ministère des finances. « C'est la fin de la remise en eau à grande échelle », aurait déclaré l'une d'elles.

Aucun nouveau grand projet ne serait lancé, tandis que ceux déjà approuvés seraient maintenus, précise Reuters. Le ministère n'a pas répondu dans l'immédiat aux sollicitations de l'agence.

Les tourbières drainées sont une source importante de gaz à effet de serre en Allemagne : exposée à l'air, la tourbe se décompose et libère du dioxyde de carbone. Berlin s'était engagé à réduire nettement ces émissions d'ici à 2030.

En France, où les tourbières couvrent une surface bien plus modeste, plusieurs programmes de restauration ont été lancés ces dernières années, notamment dans le Jura et le Massif central, avec des financements européens.
""",
"03_it.txt": """Germania, tagli per 1,2 miliardi alle torbiere. La Süddeutsche: "Fine dei grandi progetti"
la Repubblica
16 settembre 2027

Il ministero dell'Ambiente tedesco si prepara a tagliare di 1,2 miliardi di euro, tra il 2028 e il 2031, i fondi destinati a riallagare le torbiere prosciugate. Lo ha rivelato ieri la Süddeutsche Zeitung, che cita un documento interno del dicastero e due fonti a conoscenza del piano.

Secondo la SZ, la dotazione scenderebbe da 3,1 a 1,9 miliardi e il taglio sarebbe già stato concordato con il ministero delle Finanze. "È la fine della riumidificazione su larga scala", avrebbe detto una delle due fonti al quotidiano di Monaco. I progetti già approvati andrebbero avanti, ma non ne partirebbero di nuovi.

Il ministero, scrive il giornale bavarese, non ha voluto commentare quelle che un portavoce ha definito "consultazioni interne".

In Germania le torbiere drenate per l'agricoltura sono responsabili di una quota rilevante delle emissioni di gas serra: a contatto con l'aria la torba si decompone e libera anidride carbonica. Riportare l'acqua nei terreni è considerato uno degli strumenti più efficaci e meno costosi per ridurle.

Anche in Italia le torbiere sono un habitat raro e minacciato, concentrato soprattutto nell'arco alpino, dove diversi progetti finanziati dall'Unione europea cercano di ripristinarne l'equilibrio idrico.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_en.txt"), ("Reuters", "02_fr.txt"), ("Süddeutsche Zeitung", "03_it.txt")],
[("Germany's environment ministry plans to cut peatland rewetting funds by 1.2 billion euros in 2028-2031.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1),
 ("According to people in the ministry, the cut has already been agreed with the finance ministry.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1)])

# t06: two independent reports of the same fish kill: El País's own reporting (a team on the shore,
# residents "relataron a EL PAÍS", an anonymous regional technician "ha explicado a este diario", who
# belongs to El País's report) and an AFP reporter's (outside). fr "a constaté un journaliste de
# l'Agence France-Presse" + "Selon l'AFP" + "a déclaré à l'agence" + "a ajouté l'agence"; pt "segundo a
# agência France-Presse" + "disse à AFP" + "De acordo com a agência"; de credits both ("berichten
# übereinstimmend die spanische Zeitung El País und die Nachrichtenagentur AFP" + "El País zufolge" +
# "Laut AFP"): two edges; it "Lo ha riferito El País" + "Secondo il quotidiano madrileno" + "al
# giornale spagnolo".
story("t06_mar_menor_two_reports", "independent", {
"00_es.txt": """Miles de peces muertos vuelven a cubrir las orillas del Mar Menor
El País
28/07/2027 21:15

Doradas, anguilas, lubinas y miles de pequeños peces de fondo aparecieron muertos este miércoles en las playas del sur del Mar Menor, en Murcia. Un equipo de EL PAÍS recorrió por la mañana los cuatro kilómetros de costa entre Los Urrutias y Los Nietos y encontró restos de peces en prácticamente cada tramo de orilla, junto a una franja de agua turbia de color marrón verdoso.

La causa, según las primeras mediciones, vuelve a ser la falta de oxígeno. Un técnico de la Consejería de Medio Ambiente de la Región de Murcia, que pidió no ser identificado porque no está autorizado a hablar con la prensa, ha explicado a este diario que las sondas registraron el martes concentraciones inferiores a un miligramo de oxígeno por litro en cerca del 40% del fondo de la laguna. "Por debajo de dos miligramos los peces ya no pueden vivir. Esto es una trampa", resumió.

Vecinos de Los Nietos relataron a EL PAÍS que desde la madrugada vieron peces boqueando en la superficie, como si intentaran salir del agua. "Es lo mismo que en 2019 y en 2021. Nos prometieron que no iba a volver a pasar", lamentó Encarna Soto, que lleva 30 años veraneando en la zona.

El Mar Menor, la mayor laguna salada de Europa, sufre desde hace años un proceso de eutrofización por la llegada de nitratos procedentes de la agricultura intensiva del Campo de Cartagena. En 2022 se convirtió en el primer ecosistema europeo con personalidad jurídica propia.
""",
"01_fr.txt": """Espagne : des milliers de poissons morts sur les rives de la lagune de la Mar Menor
Le Monde
29 juillet 2027

Des milliers de poissons morts se sont échoués mercredi 28 juillet sur les rives de la Mar Menor, une vaste lagune d'eau salée du sud-est de l'Espagne, a constaté un journaliste de l'Agence France-Presse. Daurades, anguilles et bars gisaient sur le sable et flottaient entre les bateaux amarrés, notamment à Los Urrutias.

Selon l'AFP, des équipes municipales équipées d'épuisettes et de camions-bennes ont retiré neuf tonnes de poissons morts des plages dans la seule journée de mercredi. « Nous travaillons depuis 6 heures du matin et nous n'arrivons pas à suivre », a déclaré à l'agence l'élue chargée de l'environnement à la mairie de Carthagène, Rosa Miñarro.

Des associations écologistes ont appelé à manifester samedi à Murcie pour réclamer des mesures contre la pollution agricole, a ajouté l'agence.

La Mar Menor, la plus grande lagune salée d'Europe, est régulièrement frappée par des épisodes de manque d'oxygène, liés à l'afflux de nitrates issus de l'agriculture intensive. En 2022, l'Espagne lui a reconnu une personnalité juridique, une première en Europe pour un écosystème.
""",
"02_pt.txt": """Milhares de peixes mortos dão à costa na lagoa do Mar Menor, em Espanha
Público
2027-07-29 08:50

Milhares de peixes mortos apareceram na quarta-feira nas margens do Mar Menor, uma lagoa costeira de água salgada no Sudeste de Espanha, segundo a agência France-Presse. Um jornalista da agência viu douradas, enguias e robalos mortos a flutuar junto às embarcações e espalhados pelo areal de Los Urrutias.

As equipas da câmara de Cartagena retiraram nove toneladas de peixe morto das praias só na quarta-feira. "Estamos a trabalhar desde as seis da manhã e não conseguimos acompanhar", disse à AFP a vereadora responsável pelo ambiente, Rosa Miñarro.

De acordo com a agência, associações ambientalistas convocaram uma manifestação para sábado em Múrcia.

O Mar Menor sofre há anos com a eutrofização causada pelos nitratos da agricultura intensiva do Campo de Cartagena. Episódios semelhantes de mortandade em massa, por falta de oxigénio, já tinham ocorrido em 2019 e 2021. Em Portugal, várias lagoas costeiras têm registado problemas de qualidade da água, embora sem episódios desta dimensão.
""",
"03_de.txt": """Fischsterben in Spaniens Salzlagune Mar Menor
Süddeutsche Zeitung
29. Juli 2027

An den Ufern des Mar Menor im Südosten Spaniens sind erneut Tausende tote Fische angespült worden. Das berichten übereinstimmend die spanische Zeitung El País und die Nachrichtenagentur AFP, deren Reporter am Mittwoch an den Stränden im Süden der Lagune unterwegs waren.

El País zufolge lagen zwischen den Orten Los Urrutias und Los Nietos auf mehreren Kilometern Küste tote Doraden, Aale und andere Fische im Wasser und am Strand. Laut AFP kamen die Aufräumtrupps der Stadt Cartagena kaum hinterher. Anwohner berichteten, die Fische hätten schon in der Nacht an der Oberfläche nach Luft geschnappt.

Als Ursache gilt Sauerstoffmangel. Seit Jahren gelangen große Mengen Nitrat aus der intensiven Landwirtschaft im Hinterland in die Lagune; im Sommer lässt die Hitze Algen wuchern, deren Abbau dem Wasser den Sauerstoff entzieht. Schon 2019 und 2021 war es zu massenhaftem Fischsterben gekommen.

Das Mar Menor ist die größte Salzwasserlagune Europas. 2022 erhielt es als erstes Ökosystem Europas eigene Rechte; Bürger können seither in seinem Namen vor Gericht ziehen. Umweltschützer werfen der Regionalregierung in Murcia vor, die Landwirtschaft zu schonen.
""",
"04_it.txt": """Spagna, strage di pesci nel Mar Menor: "Ossigeno quasi a zero"
la Repubblica
29 luglio 2027, 11:02

Migliaia di pesci morti sulle spiagge del Mar Menor, la grande laguna salata della regione di Murcia, nel sud-est della Spagna. Lo ha riferito El País, che mercoledì ha percorso con i suoi inviati i quattro chilometri di costa tra Los Urrutias e Los Nietos, trovando carcasse di orate, anguille e spigole quasi ovunque.

Secondo il quotidiano madrileno, martedì le sonde hanno misurato meno di un milligrammo di ossigeno per litro su circa il 40 per cento del fondale della laguna. Il dato è stato fornito al giornale spagnolo da un tecnico dell'assessorato all'Ambiente della regione di Murcia, che ha chiesto l'anonimato. "Sotto i due milligrammi i pesci non sopravvivono. È una trappola", ha detto.

La laguna soffre da anni per l'eutrofizzazione provocata dai nitrati dell'agricoltura intensiva del Campo de Cartagena, che alimentano la crescita delle alghe. Morie simili si erano già verificate nel 2019 e nel 2021.

Nel 2022 il Mar Menor è diventato il primo ecosistema europeo dotato di personalità giuridica, grazie a una legge di iniziativa popolare. Un caso che ha fatto discutere anche in Italia, dove alcune associazioni chiedono uno status analogo per la laguna di Venezia.
""",
}, [("El País", True), ("AFP", False)],
[("AFP", "01_fr.txt"), ("AFP", "02_pt.txt"), ("El País", "03_de.txt"), ("AFP", "03_de.txt"),
 ("El País", "04_it.txt")],
[("Thousands of dead fish washed up on the shores of the Mar Menor lagoon on Wednesday.",
  ["00_es.txt", "01_fr.txt", "02_pt.txt", "03_de.txt", "04_it.txt"], 2),
 ("Oxygen fell below 1 mg per litre on about 40% of the lagoon floor, according to an anonymous regional technician.",
  ["00_es.txt", "04_it.txt"], 1),
 ("Cartagena's municipal crews removed nine tonnes of dead fish on Wednesday alone.",
  ["01_fr.txt", "02_pt.txt"], 1)])

# t07: outside agency Lusa relayed 4x; 03_de has neither outlet nor date line. pt "avançou esta
# quinta-feira a agência Lusa" + "disse à Lusa" + "Segundo a agência" + "De acordo com a Lusa"; es
# "informó este jueves la agencia portuguesa Lusa" + "Según la agencia lusa" + "declaró a Lusa"; en
# "Portuguese news agency Lusa reported" + "the agency said" + "told Lusa"; de "Das berichtete die
# portugiesische Nachrichtenagentur Lusa" + "Lusa zufolge" + "sagte … der Agentur".
story("t07_lusa_pellets", "agency", {
"00_pt.txt": """Milhões de pellets de plástico dão à costa entre Viana do Castelo e Caminha
Público
04.11.2027 17:30

Milhões de pequenas esferas de plástico industrial, conhecidas como pellets, estão a dar à costa nas praias entre Viana do Castelo e Caminha, avançou esta quinta-feira a agência Lusa. Os grânulos terão caído de um contentor perdido no domingo pelo navio porta-contentores Kestrel Bay, ao largo da costa minhota, durante o temporal.

"Recebemos os primeiros avisos na terça-feira, de pescadores de Vila Praia de Âncora. Hoje há praias em que a areia está literalmente branca", disse à Lusa o capitão do porto de Viana do Castelo, comandante Rui Arriaga. Segundo a agência, o navio, de bandeira maltesa e operado pela empresa Baltia Feeder Lines, perdeu três contentores na madrugada de 31 de Outubro, um dos quais carregado com cerca de 25 toneladas de pellets de polietileno.

A capitania activou o plano de intervenção para a poluição do mar e pediu à população que não recolha os grânulos sem luvas. De acordo com a Lusa, voluntários e funcionários municipais de Caminha começaram ao início da tarde a limpar a praia de Moledo.

Os pellets, matéria-prima da indústria do plástico, não são tóxicos ao toque, mas absorvem poluentes e são facilmente confundidos com alimento por peixes e aves marinhas. No início de 2024, um derrame semelhante na Galiza obrigou a limpezas durante várias semanas.
""",
"01_es.txt": """Una marea de pellets de plástico llega a las playas del norte de Portugal
La Voz de Galicia
05/11/2027

Millones de bolitas de plástico industrial han aparecido en los últimos días en los arenales portugueses entre Viana do Castelo y Caminha, a pocos kilómetros de la desembocadura del Miño, informó este jueves la agencia portuguesa Lusa. Según la agencia lusa, proceden de un contenedor que cayó al mar el domingo desde el buque Kestrel Bay durante el temporal.

El capitán del puerto de Viana do Castelo, Rui Arriaga, declaró a Lusa que los primeros avisos llegaron el martes de pescadores de Vila Praia de Âncora. "Hoy hay playas en las que la arena está literalmente blanca", afirmó. El barco, con bandera de Malta, perdió tres contenedores, uno de ellos con unas 25 toneladas de granza de polietileno.

En A Guarda y O Rosal la noticia ha despertado inquietud. Las corrientes de otoño empujan a menudo hacia el norte lo que llega a la costa del Minho, y el recuerdo de la crisis de los pellets de 2024, que mantuvo a cientos de voluntarios limpiando playas gallegas durante semanas, sigue muy presente.

Aquella marea blanca obligó a activar planes de emergencia en varias comunidades del Cantábrico y abrió un debate sobre la responsabilidad de las navieras, que todavía no ha terminado en los tribunales.
""",
"02_en.txt": """Millions of plastic pellets wash up on Portuguese beaches after container spill
The Guardian
2027-11-05T11:20:00Z

Millions of plastic pellets have washed up on beaches in northern Portugal after a container fell from a cargo ship during a storm, Portuguese news agency Lusa reported.

The tiny beads of raw plastic began reaching the coast between Viana do Castelo and Caminha, near the Spanish border, on Tuesday, the agency said. They are believed to come from one of three containers lost overboard from the Maltese-flagged Kestrel Bay in the early hours of 31 October; that container was carrying about 25 tonnes of polyethylene pellets.

"Today there are beaches where the sand is literally white," the harbour master of Viana do Castelo, Cdr Rui Arriaga, told Lusa. Authorities have activated a marine pollution response plan and urged people not to pick up the pellets with bare hands.

Pellets, also known as nurdles, are the raw material for most plastic products. Although not toxic to touch, they absorb pollutants and are often mistaken for food by fish and seabirds. Environmental campaigners have long called for them to be classified as hazardous goods when shipped by sea.

The spill comes less than four years after a similar incident off Galicia in north-west Spain, where volunteers spent weeks clearing beaches. The EU has since adopted rules requiring companies that handle pellets to prevent losses, but campaigners say shipping remains a weak spot.
""",
"03_de.txt": """Plastikgranulat verschmutzt Strände im Norden Portugals

An Stränden im Norden Portugals sind Millionen winziger Plastikkügelchen angespült worden. Das berichtete die portugiesische Nachrichtenagentur Lusa am Donnerstag. Betroffen ist die Küste zwischen Viana do Castelo und Caminha nahe der spanischen Grenze.

Lusa zufolge stammt das Granulat aus einem Container, den das unter maltesischer Flagge fahrende Frachtschiff „Kestrel Bay" in der Nacht zum 31. Oktober bei einem Sturm verloren hatte. Insgesamt gingen drei Container über Bord, einer davon mit rund 25 Tonnen Polyethylen-Pellets.

„Heute gibt es Strände, an denen der Sand buchstäblich weiß ist", sagte der Hafenkapitän von Viana do Castelo, Rui Arriaga, der Agentur. Die Behörden aktivierten einen Notfallplan gegen Meeresverschmutzung und riefen die Bevölkerung auf, das Granulat nicht mit bloßen Händen aufzusammeln.

Kunststoffpellets sind der Rohstoff für fast alle Plastikprodukte. Sie gelten zwar nicht als giftig, binden aber Schadstoffe und werden von Fischen und Seevögeln leicht mit Nahrung verwechselt. Umweltschützer fordern seit Langem, sie beim Seetransport als Gefahrgut einzustufen.
""",
}, [("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_es.txt"), ("Lusa", "02_en.txt"), ("Lusa", "03_de.txt")],
[("Millions of plastic pellets washed up on beaches between Viana do Castelo and Caminha.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1),
 ("The ship Kestrel Bay lost three containers in a storm, one of them carrying about 25 tonnes of polyethylene pellets.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1)])

# t08: outside agency dpa relayed 4x, including by two agencies whose own dispatches are in the corpus
# (ANSA, EFE) and are not origins. de "wie die Deutsche Presse-Agentur meldet" + "der dpa" + "Laut dpa";
# fr "selon l'agence allemande DPA" + "a indiqué à l'agence" + "précise la DPA"; it "Lo riferisce
# l'agenzia tedesca Dpa" + "ha detto alla Dpa" + "riferisce l'agenzia"; es "informó la agencia alemana
# dpa" + "Según dpa" + "explicó a dpa" + "agregó la agencia".
story("t08_dpa_rhine_low", "agency", {
"00_de.txt": """Rhein-Pegel bei Kaub fällt auf Rekordtief von 22 Zentimetern
Der Spiegel
11.10.2027, 14.32 Uhr

Der Wasserstand des Rheins am wichtigen Pegel Kaub ist auf einen historischen Tiefstwert gesunken. Am Montagmittag zeigte die Messlatte nur noch 22 Zentimeter an, wie die Deutsche Presse-Agentur meldet. Der bisherige Tiefstwert lag bei 25 Zentimetern.

„Einen solchen Wert haben wir seit Beginn der Aufzeichnungen nicht gesehen", sagte ein Sprecher des Wasserstraßen- und Schifffahrtsamts der dpa. Eine Sperrung der Wasserstraße sei derzeit nicht geplant, die Schiffer müssten aber selbst entscheiden, ob sich eine Fahrt noch lohne.

Laut dpa können viele Frachtschiffe zwischen Mainz und Koblenz nur noch etwa ein Viertel ihrer üblichen Ladung transportieren, um nicht auf Grund zu laufen. Reedereien verlangen deshalb hohe Kleinwasserzuschläge. Besonders betroffen sind Transporte von Heizöl, Kohle und Baustoffen zu den Häfen am Oberrhein und in der Schweiz.

Der Pegel Kaub gilt als Nadelöhr der Rheinschifffahrt. Der dort angezeigte Wert entspricht allerdings nicht der tatsächlichen Wassertiefe in der Fahrrinne, die deutlich größer ist. Ursache des Niedrigwassers ist der ungewöhnlich trockene Spätsommer und Herbst in den Alpen und in Süddeutschland. Nennenswerter Regen ist nach den aktuellen Vorhersagen nicht in Sicht.
""",
"01_fr.txt": """Allemagne : le Rhin atteint un niveau historiquement bas, le fret fluvial entravé
Le Monde
12 octobre 2027

Le niveau du Rhin est tombé lundi 11 octobre à un plus bas historique à Kaub, point de mesure stratégique pour la navigation entre Mayence et Coblence, selon l'agence allemande DPA. L'échelle de référence n'indiquait plus que 22 centimètres, contre 25 centimètres lors du précédent record.

« Nous n'avons jamais vu une telle valeur depuis le début des relevés », a indiqué à l'agence un porte-parole de l'administration fédérale des voies navigables. Le fleuve n'est pas fermé à la navigation, mais de nombreuses péniches ne peuvent plus charger qu'environ un quart de leur capacité habituelle pour éviter de s'échouer, précise la DPA.

Le Rhin est l'artère principale du transport fluvial européen. Produits pétroliers, charbon, céréales et matériaux de construction y transitent vers l'Allemagne, la Suisse et l'est de la France, notamment jusqu'aux ports de Strasbourg et de Mulhouse. Lors des précédents épisodes de basses eaux, certains industriels avaient dû réduire leur production faute d'approvisionnement.

La faiblesse des précipitations dans les Alpes et le sud de l'Allemagne depuis la fin de l'été explique cette situation. Aucune pluie significative n'est attendue avant une dizaine de jours.
""",
"02_it.txt": """Germania: Reno ai minimi storici a Kaub, navigazione a rischio
ANSA
2027-10-11 18:05

(ANSA) - BERLINO, 11 OTT - Il livello del Reno è sceso oggi al minimo storico di 22 centimetri all'idrometro di Kaub, punto chiave per la navigazione fluviale tra Magonza e Coblenza. Lo riferisce l'agenzia tedesca Dpa, ricordando che il precedente record negativo era di 25 centimetri.

"Non abbiamo mai visto un valore simile da quando esistono le rilevazioni", ha detto alla Dpa un portavoce dell'amministrazione federale delle vie navigabili. Il fiume resta per ora aperto al traffico, ma molte chiatte possono trasportare soltanto un quarto circa del carico abituale per non incagliarsi, riferisce l'agenzia.

Il Reno è la principale via d'acqua interna d'Europa e collega i porti del Mare del Nord con i distretti industriali tedeschi e con la Svizzera. Il basso livello delle acque fa aumentare sensibilmente i costi di trasporto di carburanti, carbone e materiali da costruzione, e già in passato ha costretto alcune aziende chimiche a rallentare la produzione.

All'origine della secca ci sono le scarse precipitazioni sulle Alpi e nella Germania meridionale dalla fine dell'estate. Le previsioni non indicano piogge significative nei prossimi giorni. (ANSA).
""",
"03_es.txt": """El Rin cae a un mínimo histórico en Alemania y complica el transporte fluvial
EFE
11 de octubre de 2027

Berlín, 11 oct (EFE).- El nivel del río Rin descendió este lunes hasta un mínimo histórico de 22 centímetros en la estación de medición de Kaub, en el oeste de Alemania, un punto clave para la navegación comercial, informó la agencia alemana dpa.

Según dpa, la marca anterior, de 25 centímetros, se había registrado hace casi una década. "No habíamos visto un valor así desde que hay registros", explicó a dpa un portavoz de la autoridad federal de vías navegables, que descartó por ahora cerrar el río al tráfico.

Muchas gabarras solo pueden cargar alrededor de una cuarta parte de su capacidad habitual para no encallar, lo que encarece el transporte de combustibles, carbón y materiales de construcción hacia el sur de Alemania y Suiza, agregó la agencia.

El Rin es la vía fluvial más importante de Europa y conecta el puerto neerlandés de Róterdam con la cuenca del Ruhr, el corazón industrial alemán, y con Basilea. Los episodios de aguas bajas se han vuelto más frecuentes en los últimos años y en algunos casos han obligado a empresas químicas y siderúrgicas a recortar su producción.

La falta de lluvias en los Alpes y en el sur de Alemania desde finales del verano está detrás de la situación, y las previsiones no anuncian precipitaciones significativas en los próximos días. EFE
""",
}, [("dpa", False)],
[("dpa", "00_de.txt"), ("dpa", "01_fr.txt"), ("dpa", "02_it.txt"), ("dpa", "03_es.txt")],
[("The Rhine at the Kaub gauge fell to a record low of 22 centimetres.",
  ["00_de.txt", "01_fr.txt", "02_it.txt", "03_es.txt"], 1),
 ("Many barges can carry only about a quarter of their usual load.",
  ["00_de.txt", "01_fr.txt", "02_it.txt", "03_es.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for o, a in relays:
            assert a in arts, (id, a)
        for _t, al, _k in claims:
            for a in al:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 107 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
