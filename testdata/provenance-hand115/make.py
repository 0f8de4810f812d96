#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand115 set.

Migration, borders and police. Real media names; every event, person, company, figure and quote
is invented. Labels were fixed by hand before any evaluation (see README.md)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: institution-published origin outside the corpus: the Polish Border Guard (Straż Graniczna)
# statement on its website, relayed directly by all four. pl "poinformowała w piątek Straż Graniczna"
# + "Jak czytamy w komunikacie" + "Według SG"; de (no outlet line) "Das teilte die polnische
# Grenzschutzbehörde Straż Graniczna … auf ihrer Internetseite mit" + "nach Angaben der Behörde";
# uk "Про це йдеться в повідомленні Прикордонної служби Польщі (Straż Graniczna)" + "За даними
# польської прикордонної служби"; en "the country's border guard service said on Friday" + "the
# Straż Graniczna said in a statement posted on its website".
story("m01_border_guard_refrigerated_lorry", "institution", {
"00_pl.txt": """31 migrantów w naczepie chłodni. Trzy osoby trafiły do szpitala
Onet
12 lutego 2027, 10:37

Trzydzieści jeden osób, w tym czworo dzieci, ukrywało się w naczepie chłodni przewożącej mrożone warzywa. Na cudzoziemców natrafili funkcjonariusze podczas kontroli na przejściu w Budzisku przy granicy z Litwą – poinformowała w piątek Straż Graniczna.

Jak czytamy w komunikacie opublikowanym na stronie internetowej formacji, do zdarzenia doszło w nocy z czwartku na piątek. Ciężarówka na litewskich numerach rejestracyjnych jechała w kierunku Niemiec. W naczepie panowała temperatura około czterech stopni Celsjusza.

„Funkcjonariusze usłyszeli stukanie dobiegające z wnętrza naczepy. Po otwarciu drzwi zastali ludzi skrajnie wychłodzonych, część z nich nie była w stanie wyjść o własnych siłach” – przekazała, cytowana w komunikacie, rzeczniczka Podlaskiego Oddziału SG mjr Katarzyna Zalewska.

Trzy osoby z objawami hipotermii przewieziono do szpitala w Suwałkach. Według SG ich życiu nie zagraża niebezpieczeństwo. Wśród ujawnionych cudzoziemców są obywatele Iraku, Syrii i Erytrei.

Kierowca, 46-letni obywatel Mołdawii, został zatrzymany. Usłyszał zarzut organizowania nielegalnego przekroczenia granicy, za co grozi do ośmiu lat więzienia – dodano w komunikacie. Mężczyzna nie przyznał się do winy.

Straż Graniczna przypomina, że od początku roku na odcinku granicy z Litwą zatrzymano już 214 osób próbujących nielegalnie przedostać się dalej na zachód Europy. Tymczasowe kontrole na tej granicy Polska przywróciła w 2025 r.
""",
"01_de.txt": """31 Migranten in Kühllaster an polnisch-litauischer Grenze entdeckt
12.02.2027, 14:05 Uhr

Polnische Grenzschützer haben in einem Kühllastwagen an der Grenze zu Litauen 31 Migranten entdeckt, darunter vier Kinder. Das teilte die polnische Grenzschutzbehörde Straż Graniczna am Freitag auf ihrer Internetseite mit. Drei Menschen kamen mit Unterkühlungen ins Krankenhaus.

Der Lastwagen mit litauischem Kennzeichen hatte tiefgefrorenes Gemüse geladen und war nach Angaben der Behörde auf dem Weg nach Deutschland. Bei der Kontrolle am Übergang Budzisko hätten die Beamten in der Nacht Klopfgeräusche aus dem Auflieger gehört. Im Inneren hätten etwa vier Grad geherrscht.

„Einige der Menschen konnten den Auflieger nicht mehr aus eigener Kraft verlassen“, wird eine Sprecherin des zuständigen Grenzschutzkommandos in der Mitteilung zitiert. Unter den Migranten seien Staatsangehörige des Irak, Syriens und Eritreas.

Der Fahrer, ein 46 Jahre alter Moldauer, wurde festgenommen. Ihm wird vorgeworfen, die illegale Einreise organisiert zu haben; darauf stehen in Polen bis zu acht Jahre Haft.

Polen kontrolliert seit 2025 vorübergehend wieder an den Grenzen zu Litauen und Deutschland. Seit Jahresbeginn griff der Grenzschutz nach eigenen Angaben an der litauischen Grenze 214 Menschen auf, die weiter nach Westen wollten.
""",
"02_uk.txt": """У Польщі в рефрижераторі знайшли 31 мігранта, серед них четверо дітей
Суспільне
12 лютого 2027, 13:20

Польські прикордонники виявили 31 мігранта в напівпричепі рефрижератора, що перевозив заморожені овочі. Про це йдеться в повідомленні Прикордонної служби Польщі (Straż Graniczna), оприлюдненому в п'ятницю на її сайті.

Вантажівку з литовськими номерами зупинили для перевірки вночі на пункті пропуску Будзиско на кордоні з Литвою. Як зазначили польські прикордонники, вони почули стукіт усередині напівпричепа. Температура в ньому була близько чотирьох градусів тепла.

«Частина людей була настільки переохолоджена, що не могла самостійно вийти з причепа», — цитує повідомлення речницю Підляського загону прикордонної служби Катажину Залевську.

Трьох людей з ознаками переохолодження доправили до лікарні в Сувалках. За даними польської прикордонної служби, серед мігрантів — громадяни Іраку, Сирії та Еритреї.

Водія — 46-річного громадянина Молдови — затримали. Йому висунули обвинувачення в організації незаконного перетину кордону, за що в Польщі загрожує до восьми років ув'язнення.

Від початку року на кордоні з Литвою, за даними служби, затримали 214 осіб. Тимчасовий контроль на цьому кордоні Польща запровадила 2025 року, пояснюючи це тим, що перевізники мігрантів почали оминати укріплений кордон із Білоруссю.
""",
"03_en.txt": """Poland finds 31 people hidden in refrigerated lorry at Lithuanian border
The Guardian
Fri 12 Feb 2027 15.42 GMT

Polish border guards found 31 people, including four children, hidden in the refrigerated trailer of a lorry carrying frozen vegetables at a checkpoint on the border with Lithuania, the country's border guard service said on Friday.

Three of them were taken to hospital in Suwałki with hypothermia, the Straż Graniczna said in a statement posted on its website. The temperature inside the trailer was about 4C.

Officers at the Budzisko crossing heard knocking coming from the trailer of the Lithuanian-registered lorry, which was heading for Germany, during the night. "Some of the people were so cold that they could not climb out on their own," a spokesperson for the border guard's Podlasie unit was quoted as saying in the statement.

The group included citizens of Iraq, Syria and Eritrea, according to the border guard. The 46-year-old driver, a Moldovan national, was arrested and charged with organising illegal border crossings, an offence that carries a sentence of up to eight years in Poland.

Poland reintroduced temporary checks on its borders with Germany and Lithuania in 2025, arguing that smugglers had shifted their routes after it fortified its frontier with Belarus. The border guard said 214 people had been detained on the Lithuanian section since the start of the year.
""",
}, [("Straż Graniczna", False)],
[("Straż Graniczna", "00_pl.txt"), ("Straż Graniczna", "01_de.txt"),
 ("Straż Graniczna", "02_uk.txt"), ("Straż Graniczna", "03_en.txt")],
[("Polish border guards found 31 migrants, including four children, hidden in a refrigerated lorry at the Budzisko crossing on the border with Lithuania.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1),
 ("The 46-year-old Moldovan driver was detained and charged with organising illegal border crossings.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1),
 ("Three people were taken to hospital with hypothermia.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1)])

# m02: an NGO's post on X (Leuchtfeuer Seenotrettung, outside the corpus) relayed directly by it,
# es and de (de without date line); chain: en credits only Corriere della Sera ("Corriere della Sera
# reported …, citing a post on X by the group" + "the Milan-based daily said" + "the newspaper
# reported") -> one edge from Corriere della Sera, root stays the NGO.
story("m02_ngo_x_post_rescue_ancona", "chain", {
"00_it.txt": """Lampedusa, la nave Ong Leuchtfeuer 2 salva 58 migranti: «Ci hanno assegnato Ancona, quattro giorni di navigazione»
Corriere della Sera
7 marzo 2027, ore 18:12

La nave umanitaria Leuchtfeuer 2 ha soccorso nella notte tra sabato e domenica 58 persone a bordo di un barcone in legno che imbarcava acqua, circa 40 miglia a sud-ovest di Lampedusa. Lo ha annunciato su X la Ong tedesca Leuchtfeuer Seenotrettung, che gestisce l'imbarcazione.

Tra i naufraghi, scrive l'organizzazione nel post, ci sono undici minori non accompagnati e una donna al settimo mese di gravidanza. Secondo quanto riferito dalla Ong, il barcone era partito due giorni prima da Sfax, in Tunisia, e aveva il motore in avaria.

Le autorità italiane hanno assegnato alla nave il porto di Ancona, a circa 1.100 chilometri di distanza. «Quattro giorni di navigazione con persone sfinite a bordo: questa non è gestione dei flussi, è accanimento», si legge nel messaggio pubblicato sul social.

L'organizzazione chiede che venga indicato un porto più vicino, in Sicilia. Dal ministero dell'Interno, in serata, nessun commento. La prassi dei porti lontani, applicata con sempre maggiore frequenza dal 2023, è da tempo contestata dalle organizzazioni umanitarie, che lamentano giorni di navigazione sottratti alle attività di ricerca e soccorso nel Mediterraneo centrale.

Dall'inizio dell'anno la Leuchtfeuer 2 ha completato, stando ai numeri diffusi dalla stessa Ong, sei missioni nella zona.
""",
"01_es.txt": """Una ONG alemana rescata a 58 migrantes cerca de Lampedusa e Italia le asigna un puerto a cuatro días de navegación
El País
07 mar 2027 - 20:30 CET

El barco humanitario Leuchtfeuer 2 rescató la madrugada del domingo a 58 personas de una embarcación de madera que hacía aguas a unas 40 millas al suroeste de la isla italiana de Lampedusa, según ha informado en la red social X la ONG alemana Leuchtfeuer Seenotrettung, que opera el buque.

Entre los rescatados hay 11 menores no acompañados y una mujer embarazada de siete meses, detalla la organización en su mensaje. La barca había zarpado dos días antes de Sfax (Túnez) y tenía el motor averiado.

Las autoridades italianas han asignado al barco el puerto de Ancona, en el Adriático, a unos 1.100 kilómetros. "Cuatro días de navegación con personas exhaustas a bordo. Esto no es gestión migratoria, es ensañamiento", escribió la ONG.

Desde 2023, Italia asigna con frecuencia puertos del centro y el norte del país a los barcos de rescate, una práctica que las organizaciones humanitarias denuncian porque los aleja durante días de la zona de búsqueda. Roma sostiene que así reparte mejor las llegadas entre regiones.

La entidad alemana pide que se permita a los rescatados desembarcar en Sicilia.
""",
"02_en.txt": """Rescue ship carrying 58 people ordered to sail four days to Ancona
The Guardian
Mon 8 Mar 2027 09.05 GMT

A German charity's rescue ship carrying 58 people picked up south of Lampedusa has been ordered by the Italian authorities to sail to Ancona, a journey of about four days, Corriere della Sera reported on Sunday, citing a post on X by the group.

The Leuchtfeuer 2, operated by Leuchtfeuer Seenotrettung, pulled the people from a leaking wooden boat about 40 nautical miles south-west of the island overnight into Sunday, the Milan-based daily said. Eleven unaccompanied minors and a woman seven months pregnant were among those rescued, according to the paper.

The boat had left Sfax in Tunisia two days earlier and its engine had failed. The charity described the assignment of a port on the Adriatic coast, roughly 1,100km away, as harassment, the newspaper reported.

Italy has since 2023 routinely assigned distant ports in the centre and north of the country to NGO vessels, a policy that rescue groups say keeps their ships away from the central Mediterranean for days at a time. Italian officials have defended it as a way of spreading arrivals more evenly between regions.

The charity has asked to be allowed to disembark the survivors in Sicily instead.
""",
"03_de.txt": """Seenotretter bergen 58 Menschen – Italien schickt Schiff nach Ancona
Der Spiegel

Die deutsche Hilfsorganisation Leuchtfeuer Seenotrettung hat nach eigenen Angaben im zentralen Mittelmeer 58 Menschen aus einem sinkenden Holzboot gerettet. Das teilte die Organisation am Sonntag auf der Plattform X mit. Die italienischen Behörden wiesen dem Rettungsschiff „Leuchtfeuer 2“ demnach den Hafen von Ancona an der Adria zu – rund vier Tage Fahrt entfernt.

Unter den Geretteten seien elf unbegleitete Minderjährige und eine im siebten Monat schwangere Frau, schrieb Leuchtfeuer. Das Boot sei zwei Tage zuvor im tunesischen Sfax gestartet, der Motor sei ausgefallen. Der Einsatz fand den Angaben zufolge etwa 40 Seemeilen südwestlich von Lampedusa statt.

„Vier Tage Fahrt mit erschöpften Menschen an Bord – das ist keine Migrationspolitik, das ist Schikane“, heißt es in dem Post. Die Organisation fordert, die Menschen in Sizilien an Land gehen zu lassen.

Italien weist Rettungsschiffen privater Organisationen seit 2023 häufig weit entfernte Häfen zu. Kritiker sehen darin den Versuch, die Einsätze der Schiffe zu erschweren; die Regierung in Rom spricht von einer gerechteren Verteilung der Ankommenden.
""",
}, [("Leuchtfeuer Seenotrettung", False)],
[("Leuchtfeuer Seenotrettung", "00_it.txt"), ("Leuchtfeuer Seenotrettung", "01_es.txt"),
 ("Corriere della Sera", "02_en.txt"), ("Leuchtfeuer Seenotrettung", "03_de.txt")],
[("The NGO rescue ship Leuchtfeuer 2 rescued 58 people from a leaking wooden boat south-west of Lampedusa.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1),
 ("Italian authorities assigned the ship the port of Ancona, about four days' sailing away.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1),
 ("Eleven unaccompanied minors and a woman seven months pregnant were among those rescued.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1)])

# m03: a police press release (Policía Nacional, outside the corpus) relayed directly by EFE, ANSA
# and Euronews; pl is an uncredited close Polish translation of the EFE wire published hours later
# (same paragraph order, same quote, keeps EFE's own background sentence about Cabo de Gata and the
# Níjar houses, keeps "poinformowała we wtorek w komunikacie"): one edge from EFE, none from the police.
story("m03_police_release_speedboat_network", "translation", {
"00_es.txt": """Desarticulada una red que trasladó a 420 migrantes en lanchas rápidas desde Argelia
EFE
16/03/2027 11:48

Almería, 16 mar (EFE).- La Policía Nacional ha desarticulado una organización criminal que trasladaba a migrantes en lanchas rápidas desde la costa argelina hasta Almería y Murcia y ha detenido a 17 personas, según ha informado este martes el cuerpo en un comunicado.

La red, que cobraba unos 5.000 euros por cada plaza, habría transportado al menos a 420 personas durante 2026, detalla la nota. Los agentes han intervenido cuatro embarcaciones semirrígidas, nueve vehículos y 212.000 euros en efectivo.

Las detenciones se practicaron en las provincias de Almería, Murcia y Alicante en el marco de la denominada operación Alcaraván, iniciada hace un año tras la llegada a una playa del Cabo de Gata de una embarcación con dos menores en estado grave.

"Los migrantes eran obligados a viajar de noche, sin chalecos salvavidas y con el combustible justo para la travesía", señala la Policía Nacional, que sitúa al frente de la organización a un ciudadano argelino de 39 años residente en Almería.

Según la investigación, la red disponía de dos casas en el municipio de Níjar donde alojaba a los migrantes tras su llegada antes de trasladarlos a otras ciudades españolas y a Francia.

Catorce de los detenidos han ingresado en prisión provisional por orden del juzgado de Almería que instruye la causa, añade el comunicado.

La llamada ruta argelina, que une el noroeste de Argelia con el litoral del sureste peninsular y las Baleares, se ha convertido en los últimos años en una de las más activas hacia España.
""",
"01_it.txt": """Spagna, smantellata rete che portava migranti dall'Algeria: 17 arresti
ANSA
16 marzo 2027 14:02

(ANSA) - MADRID, 16 MAR - La polizia spagnola ha smantellato un'organizzazione che trasportava migranti su gommoni veloci dalle coste dell'Algeria fino ad Almería e Murcia, arrestando 17 persone. Lo ha reso noto oggi la Policía Nacional in un comunicato.

Secondo gli investigatori, la rete chiedeva circa 5.000 euro a persona e nel 2026 avrebbe fatto sbarcare almeno 420 migranti. Sequestrati quattro gommoni semirigidi, nove veicoli e 212.000 euro in contanti.

A capo del gruppo, precisa la nota, ci sarebbe un algerino di 39 anni residente ad Almería. I migranti venivano fatti partire di notte, senza giubbotti di salvataggio e "con il carburante appena sufficiente per la traversata", scrive la polizia.

Gli arresti sono stati eseguiti nelle province di Almería, Murcia e Alicante nell'ambito dell'operazione denominata 'Alcaraván', avviata un anno fa. Quattordici degli arrestati si trovano in custodia cautelare su disposizione di un giudice di Almería.

Gli investigatori non escludono nuovi arresti in Algeria, dove secondo il comunicato operavano i complici incaricati di reclutare i passeggeri. (ANSA).
""",
"02_pl.txt": """Rozbito siatkę, która przewiozła 420 migrantów szybkimi łodziami z Algierii
Onet
16 marca 2027, 17:25

Hiszpańska Policja Narodowa rozbiła grupę przestępczą, która przewoziła migrantów szybkimi łodziami z wybrzeża Algierii do Almerii i Murcji, i zatrzymała 17 osób – poinformowała we wtorek w komunikacie.

Siatka, która pobierała ok. 5 tys. euro za każde miejsce, miała przewieźć w 2026 r. co najmniej 420 osób – czytamy w komunikacie. Funkcjonariusze zabezpieczyli cztery łodzie półsztywne, dziewięć pojazdów i 212 tys. euro w gotówce.

Zatrzymań dokonano w prowincjach Almería, Murcja i Alicante w ramach tzw. operacji Alcaraván, rozpoczętej rok temu po tym, jak na plażę na przylądku Cabo de Gata dotarła łódź z dwojgiem nieletnich w ciężkim stanie.

„Migranci byli zmuszani do podróży nocą, bez kamizelek ratunkowych i z paliwem wystarczającym jedynie na przeprawę” – podkreśla Policja Narodowa, według której na czele organizacji stał 39-letni obywatel Algierii mieszkający w Almerii.

Według ustaleń śledztwa siatka dysponowała dwoma domami w gminie Níjar, gdzie umieszczała migrantów po ich przybyciu, zanim przewiozła ich do innych hiszpańskich miast i do Francji.

Czternastu zatrzymanych trafiło do aresztu tymczasowego na mocy decyzji sądu w Almerii, który prowadzi sprawę – dodano w komunikacie.

Tzw. szlak algierski, łączący północno-zachodnią Algierię z wybrzeżem południowo-wschodniej części Półwyspu Iberyjskiego i Balearami, stał się w ostatnich latach jedną z najbardziej aktywnych tras do Hiszpanii.
""",
"03_en.txt": """Spanish police break up speedboat ring that brought 420 migrants from Algeria
Euronews
16/03/2027 - 15:10 GMT+1

Spain's National Police have dismantled a criminal network that ferried migrants across the Mediterranean from Algeria in fast inflatable boats and arrested 17 suspects, the force announced on Tuesday.

In a press release, police said the gang charged around €5,000 per seat and had landed at least 420 people on the coasts of Almería and Murcia during 2026. Officers seized four rigid-hulled inflatables, nine vehicles and €212,000 in cash in raids across the provinces of Almería, Murcia and Alicante.

The alleged ringleader is a 39-year-old Algerian national living in Almería, according to the statement. Passengers were made to travel at night, without life jackets and with barely enough fuel to reach the Spanish coast, police said.

The investigation, code-named Operation Alcaraván, began a year ago. Fourteen of those arrested have been remanded in custody by a court in Almería.

Departures from western Algeria towards Spain's south-east coast have become more frequent in recent years, even as the Atlantic route to the Canary Islands remains the country's busiest sea crossing. Smugglers on the short western Mediterranean route increasingly rely on powerful speedboats that can make the trip in a few hours.
""",
}, [("Policía Nacional", False)],
[("Policía Nacional", "00_es.txt"), ("Policía Nacional", "01_it.txt"),
 ("EFE", "02_pl.txt"), ("Policía Nacional", "03_en.txt")],
[("Spanish police dismantled a network that smuggled migrants by speedboat from Algeria and arrested 17 people.",
  ["00_es.txt", "01_it.txt", "02_pl.txt", "03_en.txt"], 1),
 ("The network charged about 5,000 euros per person and transported at least 420 people in 2026.",
  ["00_es.txt", "01_it.txt", "02_pl.txt", "03_en.txt"], 1),
 ("The network kept migrants in two houses in Níjar after their arrival.",
  ["00_es.txt", "02_pl.txt"], 1)])

# m04: an outside agency (Reuters) with anonymous sources and a document seen by the agency; relayed
# by all four. de "Das berichtet die Nachrichtenagentur Reuters unter Berufung auf" + "In dem Papier,
# das der Agentur vorliegt" + "zitiert Reuters"; it "secondo quanto riporta l'agenzia Reuters, che
# cita" + "stando alla ricostruzione dell'agenzia britannica" + "visionato da Reuters"; pl "podała
# agencja Reutera, powołując się na" + "Według Reutersa" + "powiedział Reutersowi"; uk "Про це
# повідомляє агентство Reuters з посиланням на" + "За інформацією агентства" + "сказав Reuters".
# Frontex declining to comment to Reuters is part of Reuters' report: not an origin.
story("m04_reuters_frontex_drones", "agency", {
"00_de.txt": """Frontex will offenbar Langstreckendrohnen über dem Mittelmeer einsetzen
Der Spiegel
23.03.2027, 12.14 Uhr

Die EU-Grenzschutzagentur Frontex plant offenbar, von 2028 an vier Langstreckendrohnen über dem zentralen Mittelmeer und der Ägäis einzusetzen. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf ein internes Frontex-Dokument sowie auf zwei mit den Plänen vertraute EU-Beamte.

Der Leasingvertrag soll demnach über vier Jahre laufen und bis zu 86 Millionen Euro kosten. Die Ausschreibung solle im Mai beginnen. Stationiert werden sollen die Drohnen laut Reuters auf Malta und Kreta.

In dem Papier, das der Agentur vorliegt, heißt es, die bisher eingesetzten Flugzeuge deckten nachts nur rund 60 Prozent des überwachten Gebiets ab. „Wir wollen rund um die Uhr Augen über dem Meer haben, nicht nur 14 Stunden am Tag“, zitiert Reuters einen der Beamten.

Frontex wollte sich gegenüber Reuters nicht zu dem Bericht äußern.

Seenotrettungsorganisationen kritisieren den Ausbau der Luftüberwachung seit Jahren. Drohnen könnten zwar Boote in Seenot entdecken, aber niemanden aus dem Wasser ziehen, argumentieren sie. Zudem würden die Daten oft an die libysche Küstenwache weitergegeben, die Menschen zurück nach Libyen bringe.
""",
"01_it.txt": """Frontex, droni a lungo raggio sul Mediterraneo dal 2028: contratto da 86 milioni
Corriere della Sera
23 marzo 2027

Quattro droni a lungo raggio per sorvegliare giorno e notte il Mediterraneo centrale e l'Egeo. È il piano di Frontex, l'agenzia europea della guardia di frontiera e costiera, secondo quanto riporta l'agenzia Reuters, che cita un documento interno e due funzionari Ue a conoscenza del dossier.

Il contratto di noleggio, stando alla ricostruzione dell'agenzia britannica, avrebbe una durata di quattro anni e un valore massimo di 86 milioni di euro; la gara dovrebbe partire a maggio. I velivoli verrebbero basati a Malta e a Creta.

Nel documento visionato da Reuters si legge che gli aerei attualmente impiegati coprono di notte solo il 60 per cento circa dell'area monitorata. «Vogliamo occhi sul mare ventiquattro ore su ventiquattro, non quattordici», ha detto uno dei funzionari.

Frontex ha declinato ogni commento.

Le Ong impegnate nei soccorsi in mare contestano da tempo il potenziamento della sorveglianza aerea: i droni, sostengono, avvistano le barche in difficoltà ma non possono salvare nessuno, e le informazioni finiscono spesso alle autorità libiche.
""",
"02_pl.txt": """Frontex chce wydzierżawić drony nad Morzem Śródziemnym. Kontrakt na 86 mln euro
Rzeczpospolita
23.03.2027 16:40

Europejska Agencja Straży Granicznej i Przybrzeżnej (Frontex) planuje od 2028 r. wydzierżawić cztery drony dalekiego zasięgu do patrolowania środkowej części Morza Śródziemnego i Morza Egejskiego – podała agencja Reutera, powołując się na wewnętrzny dokument Frontexu oraz dwóch unijnych urzędników znających te plany.

Według Reutersa umowa ma obowiązywać przez cztery lata, a jej wartość może sięgnąć 86 mln euro. Przetarg miałby ruszyć w maju. Drony stacjonowałyby na Malcie i Krecie.

Z dokumentu, do którego dotarła agencja, wynika, że samoloty, z których obecnie korzysta Frontex, nocą obejmują obserwacją tylko ok. 60 proc. monitorowanego obszaru. „Chcemy mieć oczy nad morzem przez całą dobę, a nie przez 14 godzin” – powiedział Reutersowi jeden z urzędników.

Frontex odmówił komentarza.

Agencja z siedzibą w Warszawie od kilku lat rozbudowuje nadzór z powietrza, co krytykują organizacje zajmujące się ratownictwem morskim. Ich zdaniem drony pozwalają wykryć łodzie, ale nie pomagają ratować ludzi.
""",
"03_uk.txt": """Frontex планує орендувати чотири дрони для патрулювання Середземного моря — Reuters
Укрінформ
23 березня 2027 18:05

Європейське агентство прикордонної та берегової охорони Frontex планує з 2028 року орендувати чотири безпілотники великої дальності для спостереження за центральною частиною Середземного моря та Егейським морем. Про це повідомляє агентство Reuters з посиланням на внутрішній документ Frontex і двох посадовців ЄС, обізнаних із планами.

За інформацією агентства, контракт розрахований на чотири роки, а його вартість може сягнути 86 млн євро. Тендер планують оголосити в травні. Дрони базуватимуться на Мальті та Криті.

У документі, з яким ознайомилося Reuters, зазначено, що літаки, які нині використовує Frontex, уночі охоплюють лише близько 60% території спостереження. «Ми хочемо бачити море цілодобово, а не 14 годин на добу», — сказав Reuters один із посадовців.

У Frontex від коментарів відмовилися.

Штаб-квартира агентства розташована у Варшаві. Організації, які рятують людей у морі, критикують посилення повітряного нагляду: на їхню думку, дрони допомагають виявити човни, але не рятують тих, хто опинився у воді.
""",
}, [("Reuters", False)],
[("Reuters", "00_de.txt"), ("Reuters", "01_it.txt"), ("Reuters", "02_pl.txt"), ("Reuters", "03_uk.txt")],
[("Frontex plans to lease four long-range drones to monitor the central Mediterranean and the Aegean from 2028.",
  ["00_de.txt", "01_it.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("The lease would run for four years and be worth up to 86 million euros.",
  ["00_de.txt", "01_it.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("An internal document says Frontex aircraft currently cover only about 60 percent of the monitored area at night.",
  ["00_de.txt", "01_it.txt", "02_pl.txt", "03_uk.txt"], 1)])

# m05: in-corpus scoop (Der Spiegel: internal paper "die dem SPIEGEL vorliegt" + two officers who
# stay anonymous, who belong to Der Spiegel's report), relayed by pl ("do którego dotarł tygodnik
# „Der Spiegel”" + "Według „Spiegla”" + "cytuje … hamburski magazyn"), it ("Lo scrive il settimanale
# Der Spiegel" + "Secondo lo Spiegel" + "riferisce il giornale di Amburgo"), uk ("Про це пише
# німецький журнал Der Spiegel" + "За даними «Шпіґеля»" + "зазначає видання") and en, which adds its
# own confirmation ("confirmed to the Guardian") and is an in-corpus origin itself.
story("m05_spiegel_scoop_border_checkpoints", "scoop", {
"00_de.txt": """Bundespolizei will Kontrollstellen an der polnischen Grenze reduzieren
Der Spiegel
02.04.2027, 06.00 Uhr

Die Bundespolizei will die Zahl ihrer festen Kontrollstellen an der Grenze zu Polen deutlich verringern. Nach einer internen Auswertung des Bundespolizeipräsidiums, die dem SPIEGEL vorliegt, sollen von Mitte April an nur noch 9 statt bisher 14 Übergänge dauerhaft besetzt sein. An den übrigen soll nur noch stichprobenartig kontrolliert werden.

Hintergrund ist offenbar die Überlastung der Beamtinnen und Beamten. Allein an der deutsch-polnischen Grenze sammelten sie der Auswertung zufolge im Jahr 2026 rund 1,9 Millionen Überstunden an. Zudem sei fast jedes dritte Streifenfahrzeug der Inspektionen in Brandenburg und Sachsen zeitweise nicht einsatzbereit gewesen, heißt es in dem 23-seitigen Papier.

Zwei Bundespolizisten, die an der Grenze eingesetzt sind, bestätigten dem SPIEGEL die Lage. Sie wollen aus Sorge vor dienstrechtlichen Konsequenzen anonym bleiben. „Wir stehen an der Autobahn, und die Schleuser wissen genau, dass wir dort stehen“, sagt einer von ihnen. Der andere spricht von „Kontrollen für die Kamera“.

Das Bundesinnenministerium wollte sich auf SPIEGEL-Anfrage nicht zu internen Papieren äußern. Ein Sprecher verwies darauf, dass die Binnengrenzkontrollen „lageangepasst“ durchgeführt würden.

Die stationären Kontrollen an der Grenze zu Polen gibt es seit Oktober 2023. Polen reagierte im Sommer 2025 mit eigenen Kontrollen auf die Zurückweisungen durch die deutsche Seite.
""",
"01_pl.txt": """Niemcy ograniczą kontrole na granicy z Polską? „Spiegel” ujawnia wewnętrzny dokument
Onet
2 kwietnia 2027, 11:03

Niemiecka policja federalna zamierza zmniejszyć liczbę stałych punktów kontrolnych na granicy z Polską z 14 do 9 – wynika z wewnętrznego dokumentu, do którego dotarł tygodnik „Der Spiegel”. Zmiana miałaby obowiązywać od połowy kwietnia.

Według „Spiegla” na pozostałych przejściach kontrole byłyby prowadzone jedynie wyrywkowo. Powodem ma być przeciążenie funkcjonariuszy: tylko na granicy z Polską zgromadzili oni w 2026 r. ok. 1,9 mln nadgodzin. Jak pisze niemiecki tygodnik, niemal co trzeci radiowóz w inspekcjach w Brandenburgii i Saksonii był okresowo niesprawny.

Dwaj funkcjonariusze Bundespolizei, z którymi rozmawiali dziennikarze „Spiegla”, potwierdzili te informacje pod warunkiem zachowania anonimowości. „Stoimy przy autostradzie, a przemytnicy doskonale wiedzą, że tam stoimy” – cytuje jednego z nich hamburski magazyn.

Niemieckie MSW nie skomentowało doniesień.

Niemcy prowadzą stacjonarne kontrole na granicy z Polską od października 2023 r. Polska w odpowiedzi na zawracanie migrantów przez niemieckie służby wprowadziła latem 2025 r. kontrole po swojej stronie granicy.
""",
"02_it.txt": """Germania, la polizia federale riduce i controlli al confine con la Polonia: «Agenti allo stremo»
Corriere della Sera
2 aprile 2027

La polizia federale tedesca si prepara a ridurre da 14 a 9 i posti di controllo fissi al confine con la Polonia a partire dalla metà di aprile. Lo scrive il settimanale Der Spiegel, che ha potuto visionare una valutazione interna del comando centrale della Bundespolizei.

Secondo lo Spiegel, alla base della decisione c'è il sovraccarico degli agenti, che solo sul confine polacco hanno accumulato nel 2026 circa 1,9 milioni di ore di straordinario. Quasi un'auto di pattuglia su tre in Brandeburgo e Sassonia, riferisce il giornale di Amburgo, è rimasta a lungo ferma per guasti.

Due agenti impiegati alla frontiera, che hanno chiesto l'anonimato, hanno confermato al settimanale il quadro descritto nel documento. «Stiamo in autostrada e i trafficanti sanno benissimo che siamo lì», ha detto uno dei due.

Il ministero dell'Interno di Berlino non ha voluto commentare. I controlli fissi al confine tedesco-polacco sono in vigore dall'ottobre 2023 e sono stati più volte prorogati; dall'estate 2025 anche Varsavia controlla la frontiera dal proprio lato.
""",
"03_en.txt": """German police to scale back checks on Polish border, report says
The Guardian
Fri 2 Apr 2027 14.30 BST

Germany's federal police are preparing to cut the number of permanently staffed checkpoints on the border with Poland from 14 to nine, according to an internal assessment reported by Der Spiegel on Friday.

The German news magazine said the remaining crossings would only be subject to spot checks from mid-April, as officers struggle with the workload of controls that were introduced in October 2023.

A spokesperson for the federal police headquarters in Potsdam confirmed to the Guardian that "the number of fixed control points will be adjusted to the current situation from April", but declined to say how many would remain. The spokesperson said the change did not mean an end to border controls.

Two officers quoted anonymously by Spiegel said smugglers had learned to avoid the motorway crossings where police were stationed. "We stand at the motorway, and the smugglers know exactly that we are standing there," one told the magazine.

Poland's interior ministry told the Guardian it had not been informed of the plans and would "seek clarification from our German partners". Warsaw introduced its own checks on the German border in the summer of 2025, after Berlin began turning back asylum seekers.
""",
"04_uk.txt": """Німецька поліція скоротить кількість пунктів контролю на кордоні з Польщею — Der Spiegel
Суспільне
02.04.2027 16:50

Федеральна поліція Німеччини планує з середини квітня скоротити кількість постійних пунктів контролю на кордоні з Польщею з 14 до дев'яти. Про це пише німецький журнал Der Spiegel, який ознайомився з внутрішнім аналізом керівництва федеральної поліції.

За даними «Шпіґеля», на решті переходів перевірки проводитимуть лише вибірково. Причиною називають перевантаження поліцейських: лише на польському кордоні вони 2026 року набрали близько 1,9 млн понаднормових годин. Майже кожен третій патрульний автомобіль у Бранденбурзі та Саксонії періодично був несправним, зазначає видання.

Двоє поліцейських, які несуть службу на кордоні, на умовах анонімності підтвердили журналістам ці дані. «Ми стоїмо на автобані, а перевізники мігрантів чудово знають, що ми там стоїмо», — цитує одного з них журнал.

У МВС Німеччини внутрішні документи не коментують.

Стаціонарний контроль на німецько-польському кордоні діє з жовтня 2023 року. Через перевірки пасажири міжнародних автобусів, зокрема з України, неодноразово скаржилися на тривалі затримки.
""",
}, [("Der Spiegel", True), ("The Guardian", True)],
[("Der Spiegel", "01_pl.txt"), ("Der Spiegel", "02_it.txt"), ("Der Spiegel", "03_en.txt"),
 ("Der Spiegel", "04_uk.txt")],
[("Germany's federal police plan to cut the number of fixed checkpoints on the Polish border from 14 to nine from mid-April.",
  ["00_de.txt", "01_pl.txt", "02_it.txt", "03_en.txt", "04_uk.txt"], 2),
 ("Federal police officers on the Polish border accumulated about 1.9 million overtime hours in 2026.",
  ["00_de.txt", "01_pl.txt", "02_it.txt", "04_uk.txt"], 1)])

# m06: two independent own reports: Суспільне (correspondent at Shehyni, border-guard spokesman
# talking to Suspilne, passengers talking to "наш кореспондент") and Onet (reporter in Medyka,
# Polish Border Guard spokeswoman "przekazała Onetowi", customs "w odpowiedzi na pytania Onetu").
# de (dpa) credits both ("berichteten übereinstimmend … Suspilne und … Onet"): two edges. es credits
# only Suspilne ("según la radiotelevisión pública ucraniana Suspilne" + "informó la cadena" +
# "según el medio"). The border guards/customs who speak to the outlets are not origins.
story("m06_two_reports_medyka_queue", "independent", {
"00_uk.txt": """На «Шегинях» у черзі стоять майже 50 автобусів: на польському боці збій системи
Суспільне
18 квітня 2027, 15:40

Понад 19 годин чекають на перетин кордону пасажири автобусів у пункті пропуску «Шегині» на Львівщині. Як побачив на місці кореспондент Суспільного, станом на 14:00 неділі в черзі перед пунктом пропуску стояли 48 автобусів і понад 600 легковиків.

Причина — збій комп'ютерної системи на польському боці кордону, пояснив Суспільному речник Західного регіонального управління ДПСУ Олег Ковалишин. «З українського боку оформлення триває в штатному режимі, але польські колеги з ранку майже не пропускають транспорт», — сказав він.

Пасажири, з якими поспілкувався наш кореспондент, скаржаться на брак інформації. «Ми виїхали зі Львова о пів на восьму вечора в суботу. Досі ніхто не сказав, скільки ще стояти», — розповіла Оксана, яка з двома дітьми їде до Кракова.

Біля пункту пропуску прикордонники разом із рятувальниками ДСНС розгорнули два обігрівальні намети, де можна випити чаю та зарядити телефон. Вагітну пасажирку одного з автобусів швидка доправила до лікарні в Мостиськах.

У ДПСУ радять водіям тимчасово обирати інші пункти пропуску на кордоні з Польщею — «Краківець» або «Рава-Руська».
""",
"01_pl.txt": """Awaria systemu na przejściu w Medyce. Autokary z Ukrainy czekały nawet 18 godzin
Onet
18.04.2027, 16:12

Kilkaset samochodów i kilkadziesiąt autokarów utknęło w niedzielę przed przejściem granicznym Medyka–Szeginie. Powodem była awaria systemu informatycznego Krajowej Administracji Skarbowej. Reporter Onetu był na miejscu.

Jak przekazała Onetowi rzeczniczka Bieszczadzkiego Oddziału Straży Granicznej ppor. Anna Michalak, system przestał działać ok. godz. 4 nad ranem. „Odprawa była prowadzona ręcznie, ale to kilkukrotnie wolniej. System przywrócono około godziny 14” – powiedziała.

Na parkingu po polskiej stronie rozmawialiśmy z kierowcami autokarów, którzy wjechali do Polski już po wznowieniu odpraw. „Staliśmy 18 godzin. Ludzie spali na siedzeniach, dzieci płakały” – relacjonował Wasyl, kierowca autokaru jadącego z Tarnopola do Wrocławia.

Krajowa Administracja Skarbowa w odpowiedzi na pytania Onetu przekazała, że przyczyną była awaria serwera w Przemyślu, a nie atak hakerski.

Medyka to jedno z najbardziej obleganych przejść na granicy z Ukrainą. Jak ostrzegała w rozmowie z nami rzeczniczka SG, kolejki po ukraińskiej stronie mogą utrzymywać się jeszcze do wieczora.
""",
"02_de.txt": """Stundenlange Wartezeiten an polnisch-ukrainischer Grenze nach Computerausfall
dpa
18. April 2027, 19:30 Uhr

An einem der wichtigsten Grenzübergänge zwischen Polen und der Ukraine haben Reisende am Sonntag wegen einer Computerpanne bis zu 19 Stunden warten müssen. Das berichteten übereinstimmend der ukrainische öffentlich-rechtliche Rundfunk Suspilne und das polnische Nachrichtenportal Onet.

Nach Angaben von Suspilne stauten sich auf der ukrainischen Seite des Übergangs Schehyni am Nachmittag 48 Busse und mehr als 600 Autos. Ein Sprecher des ukrainischen Grenzschutzes sagte dem Sender, die Abfertigung auf polnischer Seite sei seit dem Morgen nahezu zum Erliegen gekommen.

Onet zufolge war auf der polnischen Seite in Medyka ein Computersystem der Zollverwaltung ausgefallen. Die Beamten hätten die Reisenden von Hand abfertigen müssen, was um ein Vielfaches länger gedauert habe, zitierte das Portal eine Sprecherin des polnischen Grenzschutzes. Einen Hackerangriff schloss die Zollbehörde demnach aus.

Der Übergang Medyka–Schehyni gehört zu den meistgenutzten an der rund 535 Kilometer langen Grenze. Über ihn reisen täglich Tausende Ukrainerinnen und Ukrainer nach Polen und in andere EU-Staaten.
""",
"03_es.txt": """Colas de hasta 19 horas en la frontera entre Ucrania y Polonia por un fallo informático
El País
18 abr 2027 - 21:05 CEST

Cientos de viajeros han pasado la noche del sábado al domingo atrapados en el paso fronterizo de Shehyni, en el oeste de Ucrania, a la espera de poder entrar en Polonia, según la radiotelevisión pública ucraniana Suspilne. Un fallo informático en el lado polaco ha paralizado casi por completo los controles, informó la cadena.

Un corresponsal de Suspilne contabilizó a primera hora de la tarde 48 autobuses y más de 600 turismos en la cola. Algunos pasajeros llevaban más de 19 horas esperando. Un portavoz de la Guardia de Fronteras ucrania explicó a la emisora que los trámites del lado ucranio funcionaban con normalidad.

Junto al puesto fronterizo, guardias y equipos de emergencia instalaron dos tiendas con calefacción para los viajeros. Una embarazada tuvo que ser trasladada en ambulancia a un hospital de la localidad de Mostyska, según el medio.

Los guardias ucranios recomendaron a los conductores utilizar otros pasos, como los de Krakovets o Rava-Ruska. El de Shehyni-Medyka es uno de los más transitados de la frontera, por el que cruzan a diario miles de ucranios que viven o trabajan en la Unión Europea.
""",
}, [("Суспільне", True), ("Onet", True)],
[("Суспільне", "02_de.txt"), ("Onet", "02_de.txt"), ("Суспільне", "03_es.txt")],
[("Travellers were stuck for up to about 19 hours at the Shehyni-Medyka crossing after a computer failure on the Polish side.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_es.txt"], 2),
 ("Heated tents were set up for waiting passengers and a pregnant passenger was taken to hospital in Mostyska.",
  ["00_uk.txt", "03_es.txt"], 1),
 ("The Polish customs system failed at about 4 a.m. and was restored at about 2 p.m.",
  ["01_pl.txt"], 1)])

# m07: an institution's published figures (Italian interior ministry's daily statistical dashboard,
# outside the corpus) taken directly by all four: it "È quanto emerge dal cruscotto statistico
# giornaliero pubblicato dal Viminale" + "secondo i dati del ministero dell'Interno"; es "según los
# datos publicados … por el Ministerio del Interior italiano" + "detallan las cifras oficiales"; uk
# "Про це свідчать дані Міністерства внутрішніх справ Італії" + "за даними італійського МВС"; en
# (no outlet line, no date line) "figures from the interior ministry show" + "The Viminale, as the
# ministry is known".
story("m07_viminale_sea_arrivals", "institution", {
"00_it.txt": """Migranti: Viminale, sbarchi in calo del 23% nei primi quattro mesi
ANSA
02 maggio 2027 13:15

(ANSA) - ROMA, 02 MAG - Sono 14.862 i migranti sbarcati in Italia dall'inizio dell'anno al 30 aprile, contro i 19.305 dello stesso periodo del 2026: un calo del 23%. È quanto emerge dal cruscotto statistico giornaliero pubblicato dal Viminale.

Ad aprile gli arrivi via mare sono stati 4.210, in aumento rispetto ai 3.088 di marzo. Tra le nazionalità dichiarate al momento dello sbarco, in testa c'è il Bangladesh con 2.911 persone, seguito da Egitto (1.874) e Pakistan (1.402).

I minori stranieri non accompagnati sbarcati nel 2027 sono 1.936, secondo i dati del ministero dell'Interno, che aggiorna la statistica ogni giorno sul proprio sito. Nello stesso periodo del 2026 erano stati 2.480.

Il porto con il maggior numero di arrivi resta quello di Lampedusa, dove sono approdate oltre la metà delle persone sbarcate da gennaio. Nel 2026, nell'intero anno, gli sbarchi erano stati complessivamente 61.540. (ANSA).
""",
"01_es.txt": """Las llegadas de migrantes a Italia por mar caen un 23% en lo que va de año
El País
2 may 2027 - 17:45 CEST

Italia ha registrado 14.862 llegadas de migrantes por mar entre el 1 de enero y el 30 de abril, un 23% menos que en el mismo periodo de 2026, cuando fueron 19.305, según los datos publicados este domingo por el Ministerio del Interior italiano en su boletín estadístico diario.

Bangladesh encabeza la lista de nacionalidades declaradas a la llegada, con 2.911 personas, por delante de Egipto (1.874) y Pakistán (1.402). En abril llegaron 4.210 personas, más que en marzo (3.088), lo que apunta a un repunte con la llegada del buen tiempo. Entre los recién llegados figuran 1.936 menores no acompañados, detallan las cifras oficiales.

El Gobierno italiano ha hecho de la reducción de las llegadas una de sus prioridades y atribuye el descenso a los acuerdos de cooperación con Túnez y Libia. Las organizaciones humanitarias sostienen, en cambio, que las salidas se han desplazado hacia rutas más largas y peligrosas, como la que parte del este de Libia.

La isla de Lampedusa sigue siendo el principal punto de desembarco.
""",
"02_uk.txt": """В Італії кількість мігрантів, які прибули морем, скоротилася майже на чверть — МВС
Укрінформ
02.05.2027 19:20

З початку 2027 року до 30 квітня морем до Італії прибули 14 862 мігранти, що на 23% менше, ніж за аналогічний період минулого року (19 305 осіб). Про це свідчать дані Міністерства внутрішніх справ Італії, оприлюднені на його сайті.

Лише у квітні до італійських берегів дісталися 4 210 осіб — більше, ніж у березні (3 088). Найбільше прибулих, за даними італійського МВС, назвалися громадянами Бангладеш (2 911), Єгипту (1 874) та Пакистану (1 402).

Серед новоприбулих — 1 936 неповнолітніх без супроводу дорослих. Торік за ті самі чотири місяці таких дітей було 2 480.

Найбільше людей традиційно прибуває на острів Лампедуза. Щоденну статистику прибуттів італійське міністерство публікує у вигляді так званої статистичної панелі, де зазначено кількість людей, країни походження та порти висадки.

Уряд Італії пояснює зменшення кількості прибулих співпрацею з Тунісом і Лівією, зокрема у сфері охорони узбережжя.
""",
"03_en.txt": """Sea arrivals to Italy down 23% in first four months of 2027

Sea arrivals to Italy fell by almost a quarter in the first four months of the year, figures from the interior ministry show.

The Viminale, as the ministry is known after the Rome palace that houses it, recorded 14,862 arrivals between 1 January and 30 April, compared with 19,305 in the same period of 2026. April alone accounted for 4,210 arrivals, up from 3,088 in March, suggesting that crossings are picking up as the weather improves.

People declaring themselves as nationals of Bangladesh made up the largest group, at 2,911, followed by Egyptians on 1,874 and Pakistanis on 1,402, according to the ministry's daily statistical dashboard. The number of unaccompanied minors fell to 1,936 from 2,480 a year earlier.

Lampedusa, the small island between Sicily and Tunisia, remained the main landing point, taking more than half of all arrivals.

Italy's government credits the fall to cooperation deals with Tunisia and Libya. Aid groups argue that the figures hide a shift towards longer and more dangerous routes, and that fewer arrivals have not meant fewer deaths at sea.
""",
}, [("Ministero dell'Interno", False)],
[("Ministero dell'Interno", "00_it.txt"), ("Ministero dell'Interno", "01_es.txt"),
 ("Ministero dell'Interno", "02_uk.txt"), ("Ministero dell'Interno", "03_en.txt")],
[("14,862 migrants arrived in Italy by sea between 1 January and 30 April 2027, 23% fewer than in the same period of 2026.",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_en.txt"], 1),
 ("Bangladesh was the most common declared nationality, followed by Egypt and Pakistan.",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_en.txt"], 1),
 ("4,210 people arrived in April, more than the 3,088 in March.",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_en.txt"], 1)])

# m08: a border guard's statement on Telegram (ДПСУ, outside the corpus): uk (Укрінформ) "Про це
# йдеться в повідомленні Державної прикордонної служби України в Telegram" + "Як зазначають у ДПСУ";
# pl (PAP) "poinformowała … Państwowa Służba Graniczna Ukrainy (DPSU) na swoim kanale w Telegramie"
# + "Według DPSU"; chain: es (EFE) "según informó … la agencia estatal ucraniana Ukrinform, que cita
# un comunicado del Servicio Estatal de Guardia de Fronteras" -> one edge from Укрінформ; de (dpa)
# "Wie die Behörde … in ihrem Telegram-Kanal mitteilte" + its own confirmation from the Romanian
# border police ("bestätigte der Deutschen Presse-Agentur auf Anfrage"): edge + dpa as in-corpus origin.
story("m08_dpsu_carpathians_romania", "confirmation", {
"00_uk.txt": """На Закарпатті прикордонники затримали 11 чоловіків, які намагалися через гори потрапити до Румунії
Укрінформ
20.05.2027 10:25

У Рахівському районі Закарпатської області прикордонники Мукачівського загону затримали групу з 11 чоловіків, які намагалися незаконно перетнути кордон із Румунією через гірський масив. Про це йдеться в повідомленні Державної прикордонної служби України в Telegram.

Як зазначають у ДПСУ, групу помітили вночі за допомогою тепловізора приблизно за два кілометри від лінії кордону поблизу села Ділове. Чоловіків супроводжував провідник — 34-річний місцевий житель, який, за даними прикордонників, брав по 9 тисяч доларів з кожного.

«Ще троє учасників групи, скориставшись темрявою, втекли в бік кордону. Тривають пошукові заходи», — йдеться в повідомленні відомства.

Затриманих чоловіків притягнуть до адміністративної відповідальності, щодо провідника розпочато кримінальне провадження за статтею про незаконне переправлення осіб через державний кордон. Йому загрожує до дев'яти років позбавлення волі.

Від початку року, за даними ДПСУ, на ділянці кордону з Румунією затримали понад 1 400 осіб, які намагалися перетнути його поза пунктами пропуску.
""",
"01_pl.txt": """Ukraina. Pogranicznicy zatrzymali 11 mężczyzn próbujących przejść przez góry do Rumunii
PAP
20.05.2027, 12:48

Ukraińscy pogranicznicy zatrzymali w obwodzie zakarpackim 11 mężczyzn, którzy próbowali nielegalnie przedostać się przez góry do Rumunii – poinformowała w czwartek Państwowa Służba Graniczna Ukrainy (DPSU) na swoim kanale w Telegramie.

Według DPSU grupę wypatrzono w nocy za pomocą kamery termowizyjnej ok. 2 km od granicy, w pobliżu wsi Diłowe w rejonie rachowskim. Mężczyzn prowadził 34-letni miejscowy przewodnik, który – jak podała służba – pobierał od każdego z nich po 9 tys. dolarów.

Trzech innych członków grupy zbiegło pod osłoną nocy w kierunku granicy; trwają poszukiwania – przekazała ukraińska straż graniczna.

Zatrzymanym grozi kara administracyjna, a przewodnikowi – do dziewięciu lat więzienia.

Od początku roku na odcinku granicy z Rumunią zatrzymano ponad 1400 osób. Mężczyźni w wieku 18–60 lat od lutego 2022 r. co do zasady nie mogą opuszczać Ukrainy; część z nich, chcąc uniknąć mobilizacji, próbuje nielegalnie przekroczyć granicę, często w trudnym, górskim terenie. (PAP)
""",
"02_es.txt": """Detenidos once hombres que intentaban cruzar a pie de Ucrania a Rumanía por la montaña
EFE
20/05/2027 15:02

Kiev, 20 may (EFE).- Guardias fronterizos ucranianos detuvieron a once hombres que intentaban cruzar ilegalmente a Rumanía a través de las montañas de la región de Transcarpatia, según informó este jueves la agencia estatal ucraniana Ukrinform, que cita un comunicado del Servicio Estatal de Guardia de Fronteras.

El grupo fue detectado de noche con una cámara térmica a unos dos kilómetros de la frontera, cerca de la aldea de Dilove, de acuerdo con la agencia. Los guiaba un vecino de la zona de 34 años que cobraba 9.000 dólares a cada uno, añadió Ukrinform.

Otros tres integrantes del grupo huyeron hacia la frontera aprovechando la oscuridad y son buscados por las autoridades.

El guía se enfrenta a hasta nueve años de prisión por tráfico ilegal de personas a través de la frontera, mientras que los demás detenidos serán sancionados por vía administrativa.

Desde el inicio de la invasión rusa a gran escala, en febrero de 2022, los hombres ucranianos de entre 18 y 60 años tienen prohibido, salvo excepciones, salir del país. Según la agencia ucraniana, más de 1.400 personas han sido detenidas en lo que va de año en la frontera con Rumanía.
""",
"03_de.txt": """Ukrainischer Grenzschutz fasst elf Männer auf dem Weg nach Rumänien
dpa
20.05.2027 17:44

Der ukrainische Grenzschutz hat in den Karpaten elf Männer festgenommen, die über die grüne Grenze nach Rumänien gelangen wollten. Wie die Behörde am Donnerstag in ihrem Telegram-Kanal mitteilte, wurde die Gruppe nachts mit einer Wärmebildkamera etwa zwei Kilometer vor der Grenze nahe dem Dorf Dilowe entdeckt. Ein 34 Jahre alter Einheimischer soll die Männer für jeweils 9.000 US-Dollar geführt haben.

Drei weitere Männer flohen nach Angaben des Grenzschutzes in Richtung Grenze. Sie haben es offenbar auf die rumänische Seite geschafft: Ein Sprecher der rumänischen Grenzpolizei in Sighetu Marmației bestätigte der Deutschen Presse-Agentur auf Anfrage, dass am Donnerstagmorgen drei ukrainische Staatsbürger nahe der Ortschaft Poienile de sub Munte aufgegriffen worden seien. Die ukrainische Seite habe zuvor vor einer größeren Gruppe gewarnt. Die Männer hätten vorübergehenden Schutz in Rumänien beantragt, sagte er.

Männer zwischen 18 und 60 Jahren dürfen die Ukraine seit Beginn der russischen Invasion im Februar 2022 nur in Ausnahmefällen verlassen. Immer wieder versuchen Männer, sich über die Karpaten oder den Grenzfluss Theiß nach Rumänien oder Ungarn abzusetzen. Dabei kommen auch Menschen ums Leben.
""",
}, [("Державна прикордонна служба України", False), ("dpa", True)],
[("Державна прикордонна служба України", "00_uk.txt"),
 ("Державна прикордонна служба України", "01_pl.txt"),
 ("Укрінформ", "02_es.txt"),
 ("Державна прикордонна служба України", "03_de.txt")],
[("Ukrainian border guards detained 11 men trying to cross illegally into Romania through the mountains of Zakarpattia.",
  ["00_uk.txt", "01_pl.txt", "02_es.txt", "03_de.txt"], 2),
 ("More than 1,400 people have been detained on the border with Romania since the start of the year.",
  ["00_uk.txt", "01_pl.txt", "02_es.txt"], 1)])


def outlet(text):
    lines = text.split("\n")
    return lines[1].strip() if len(lines) > 1 else ""

def check(id, arts, origins, relays, claims):
    """Consistency of the hand-fixed labels with the README conventions (not a label generator)."""
    names = {n for n, _ in origins}
    inside = {n for n, ic in origins if ic}
    by_outlet = {outlet(t): f for f, t in arts.items()}
    for n in inside:
        assert n in by_outlet, (id, n)
    for src, art in relays:
        assert art in arts, (id, art)
        assert src in names or src in by_outlet, (id, src)
    def roots(art, seen=()):
        r = set()
        own = outlet(arts[art])
        if own in inside:
            r.add(own)
        for src, a in relays:
            if a != art:
                continue
            if src in names and src not in inside:
                r.add(src)
            else:
                assert by_outlet[src] not in seen, (id, art)
                r |= roots(by_outlet[src], seen + (art,))
        assert r, (id, art)
        return r
    for text, carts, n in claims:
        got = set().union(*(roots(a) for a in carts))
        assert len(got) == n, (id, text, got, n)


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        check(id, arts, origins, relays, claims)
        d = os.path.join(out, id)
        os.makedirs(d)
        for f, t in arts.items():
            with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                fh.write(t)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"about": "Hand-written provenance test set 115 (migration, borders, police; real media names, invented events); see README.md.",
                   "stories": stories}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
