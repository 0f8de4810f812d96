#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand144 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency ANSA relayed by all four: it "Lo riferisce l'ANSA" + "ha detto all'ANSA" +
# "Secondo quanto appreso dall'agenzia"; en "the Italian news agency Ansa reported" + "told Ansa";
# de "Wie die italienische Nachrichtenagentur Ansa berichtet" + "sagte … der Agentur"; pl "podała
# włoska agencja ANSA" + "Jak przekazała agencja" + "powiedziała agencji ANSA".
story("t01_agency_spoleto_madonna", "agency", {
"00_it.txt": """Spoleto, ladri dal tetto del museo: rubata la «Madonna di san Rocco» di Serafini
Corriere della Sera
14 marzo 2027

Sono entrati dal lucernario del tetto, hanno tagliato la tela dalla cornice e sono spariti nel buio. Dal Museo civico di Palazzo Landolfi, a Spoleto, nella notte tra sabato e domenica è stata rubata la «Madonna col Bambino e san Rocco» di Bartolomeo Serafini, pittore umbro del primo Seicento. Lo riferisce l'ANSA.

Secondo quanto appreso dall'agenzia, l'impianto d'allarme del museo era spento da giovedì per lavori di manutenzione programmati, e il furto è stato scoperto soltanto domenica mattina dal custode, all'apertura delle sale. La tela, un olio di 120 per 90 centimetri, è assicurata per 1,8 milioni di euro.

«È una ferita per tutta la città. Gli spoletini quel quadro lo conoscono da quando erano bambini», ha detto all'ANSA la direttrice del museo, Chiara Benvenuti. Le indagini sono affidate ai carabinieri del Nucleo Tutela Patrimonio Culturale, che hanno già acquisito le immagini delle telecamere della piazza.

Sul pavimento della sala, sempre secondo l'agenzia, i ladri hanno lasciato la cornice dorata vuota e un taglierino.

L'opera, una delle poche di Serafini rimaste in città, era stata restaurata nel 2019 e nel 2024 era stata prestata a una mostra sul Seicento umbro a Roma. Il pittore lavorò soprattutto per chiese e confraternite dell'Umbria e delle Marche; le sue tele compaiono raramente sul mercato.
""",
"01_en.txt": """Thieves cut 17th-century Madonna from its frame in Italian museum raid
The Guardian
2027-03-14T16:40:00+00:00

Thieves climbed in through a skylight of a civic museum in the Umbrian town of Spoleto and made off with a 17th-century painting of the Madonna and Child, the Italian news agency Ansa reported on Sunday.

The canvas, Madonna and Child with Saint Roch by the Umbrian painter Bartolomeo Serafini, was cut from its frame at Palazzo Landolfi during the night from Saturday to Sunday. The theft was only noticed when a custodian opened the rooms on Sunday morning, the agency said.

According to Ansa, the museum's alarm system had been switched off since Thursday for scheduled maintenance. The painting, which measures 120cm by 90cm, is insured for €1.8m.

"This is a wound for the whole town. People in Spoleto have known that picture since they were children," the museum's director, Chiara Benvenuti, told Ansa.

The investigation has been handed to the Carabinieri's cultural heritage protection unit, which specialises in tracing stolen works of art. The empty gilded frame and a box cutter were left behind on the floor, Ansa reported.

Serafini, whose works rarely come to market, painted mainly for churches and confraternities in Umbria and the Marche. The stolen canvas was restored in 2019 and lent to an exhibition on 17th-century Umbrian painting in Rome in 2024.
""",
"02_de.txt": """Kunstraub in Umbrien: Diebe schneiden Madonnenbild aus dem Rahmen
Süddeutsche Zeitung
14. März 2027

Aus einem städtischen Museum im umbrischen Spoleto ist ein Gemälde aus dem 17. Jahrhundert gestohlen worden. Wie die italienische Nachrichtenagentur Ansa berichtet, stiegen die Täter in der Nacht zum Sonntag durch ein Oberlicht im Dach des Palazzo Landolfi ein und schnitten die Leinwand aus dem Rahmen.

Bei dem Werk handelt es sich um die „Madonna mit Kind und dem heiligen Rochus" des umbrischen Malers Bartolomeo Serafini. Das 120 mal 90 Zentimeter große Ölbild ist nach Angaben von Ansa mit 1,8 Millionen Euro versichert.

Brisant: Die Alarmanlage des Museums war seit Donnerstag wegen Wartungsarbeiten abgeschaltet. Entdeckt wurde der Diebstahl erst am Sonntagmorgen, als ein Aufseher die Säle aufschloss.

„Das ist eine Wunde für die ganze Stadt", sagte Museumsdirektorin Chiara Benvenuti der Agentur. Die Ermittlungen hat die auf Kunstdelikte spezialisierte Carabinieri-Einheit zum Schutz des Kulturerbes übernommen. Zurück blieben der leere vergoldete Rahmen und ein Teppichmesser.

Gestohlene Gemälde dieser Größenordnung sind auf dem legalen Kunstmarkt praktisch unverkäuflich. Ermittler gehen in solchen Fällen häufig davon aus, dass die Werke als Pfand in kriminellen Netzwerken kursieren und oft erst nach Jahren wieder auftauchen.
""",
"03_pl.txt": """Włochy: z muzeum w Spoleto skradziono XVII-wieczny obraz. Alarm był wyłączony
Rzeczpospolita
14.03.2027 14:20

Złodzieje weszli przez świetlik w dachu Muzeum Miejskiego w Palazzo Landolfi w Spoleto i wycięli z ramy obraz „Madonna z Dzieciątkiem i św. Rochem" Bartolomea Serafiniego – podała włoska agencja ANSA.

Do kradzieży doszło w nocy z soboty na niedzielę. Jak przekazała agencja, system alarmowy muzeum był od czwartku wyłączony z powodu prac konserwacyjnych, a brak obrazu zauważył dopiero w niedzielę rano pracownik otwierający sale.

„To rana dla całego miasta. Mieszkańcy Spoleto znają ten obraz od dziecka" – powiedziała agencji ANSA dyrektorka muzeum Chiara Benvenuti.

Według ANSA płótno o wymiarach 120 na 90 cm jest ubezpieczone na 1,8 mln euro. Śledztwo prowadzą karabinierzy z wyspecjalizowanej jednostki do spraw ochrony dziedzictwa kulturowego. Na podłodze sprawcy zostawili pustą pozłacaną ramę i nożyk do tapet.

Bartolomeo Serafini tworzył w pierwszej połowie XVII wieku, głównie dla kościołów i bractw w Umbrii i Marche. Skradziony obraz przeszedł konserwację w 2019 r., a w 2024 r. był wypożyczony na wystawę w Rzymie.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_en.txt"), ("ANSA", "02_de.txt"), ("ANSA", "03_pl.txt")],
[("Thieves stole Bartolomeo Serafini's Madonna and Child with Saint Roch from the civic museum in Palazzo Landolfi in Spoleto during the night.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The museum's alarm system had been switched off for maintenance since Thursday.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The painting is insured for 1.8 million euros.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The painting had been restored in 2019 and lent to an exhibition in Rome in 2024.",
  ["00_it.txt", "01_en.txt", "03_pl.txt"], 1)])

# t02: NRC's own forgery investigation (lab analysis commissioned by NRC, three anonymous former
# employees, the director's reply to NRC) relayed 4x: en "as first reported by the Dutch daily NRC" +
# "NRC's investigation" + "told NRC"; fr "révèle le quotidien néerlandais NRC" + "D'après NRC" +
# "affirment au quotidien"; de "Das berichtet das „NRC" unter Berufung auf" + "Laut „NRC""; uk (no
# date line) "Про це пише нідерландська газета NRC" + "Як з'ясували журналісти NRC" (credit, not own).
story("t02_scoop_nrc_maasland_forgeries", "scoop", {
"00_nl.txt": """Negen 'Maaslands' in Dordrechts museum zijn vrijwel zeker vervalst
NRC
2027-04-06T05:00:00+02:00

Van de 41 werken van de schilder Hendrik Maasland (1881-1944) in Museum Van Aerssen in Dordrecht zijn er negen vrijwel zeker vervalsingen. Dat blijkt uit onderzoek van NRC, waarvoor verfmonsters werden geanalyseerd en honderden pagina's aankoopdocumenten werden ingezien.

Op verzoek van NRC onderzocht een onafhankelijk laboratorium minuscule verfschilfers van vier doeken die volgens het museum tussen 1911 en 1914 zijn geschilderd. In alle vier werd titaanwit aangetroffen, een pigment dat pas na 1920 in de handel kwam. "Dat sluit een datering vóór de Eerste Wereldoorlog in feite uit", zegt een restaurator die de uitslagen voor deze krant beoordeelde.

Alle negen werken kocht het museum tussen 1998 en 2006 bij dezelfde Antwerpse kunsthandel, Galerie Verlinden, die in 2011 failliet ging. Drie oud-medewerkers van het museum zeggen tegen NRC dat al in 2015 intern twijfels over de stukken zijn geuit. Zij willen anoniem blijven omdat zij nog in de museumwereld werken. "Er werd ons gezegd: dit blijft binnenskamers", aldus een van hen.

Directeur Anouk Verbrugge laat in een reactie aan NRC weten dat het museum "de bevindingen zeer serieus neemt". Zij kondigt een extern onderzoek aan. De negen schilderijen worden vanaf woensdag niet meer getoond.

Maasland geldt als een van de vroegste Nederlandse abstracte schilders. Zijn werk bracht op veilingen de afgelopen jaren bedragen tot 600.000 euro op.
""",
"01_en.txt": """Dutch Museum's Prized Maasland Paintings Are Likely Fakes, Newspaper Finds
ARTnews
Tue, 06 Apr 2027 13:10:00 +0000

Nine of the 41 works by the Dutch modernist Hendrik Maasland in the collection of Museum Van Aerssen in Dordrecht are almost certainly forgeries, as first reported by the Dutch daily NRC on Tuesday.

NRC's investigation rests on a laboratory analysis of paint flakes from four canvases that the museum dates to between 1911 and 1914. All four contained titanium white, a pigment that was not commercially available until after 1920, the newspaper reported.

All nine works were bought between 1998 and 2006 from the same Antwerp dealer, Galerie Verlinden, which went bankrupt in 2011. Three former museum employees told NRC that doubts about the pieces had been raised internally as early as 2015, but that staff were told to keep them quiet. The paper granted them anonymity because they still work in the museum sector.

Museum director Anouk Verbrugge told NRC the institution takes the findings "very seriously" and will commission an external investigation. The nine paintings will be taken off view from Wednesday, according to the paper.

Maasland (1881–1944) is regarded as one of the earliest Dutch abstract painters; his works have fetched up to €600,000 at auction in recent years.
""",
"02_fr.txt": """Pays-Bas : neuf tableaux de Hendrik Maasland d'un musée de Dordrecht seraient des faux
Le Journal des Arts
6 avril 2027

C'est un coup dur pour le Museum Van Aerssen de Dordrecht. Neuf des 41 œuvres de Hendrik Maasland (1881-1944) que conserve l'institution sont très probablement des faux, révèle le quotidien néerlandais NRC dans une enquête publiée mardi.

Le journal a fait analyser par un laboratoire indépendant des écailles de peinture prélevées sur quatre toiles datées par le musée de 1911 à 1914. Toutes contiennent du blanc de titane, un pigment commercialisé seulement après 1920. D'après NRC, les neuf tableaux ont été acquis entre 1998 et 2006 auprès d'un même marchand anversois, la Galerie Verlinden, en faillite depuis 2011.

Trois anciens employés du musée, qui ont requis l'anonymat, affirment au quotidien que des doutes avaient été exprimés en interne dès 2015. « On nous a dit que cela devait rester entre nous », confie l'un d'eux.

La directrice, Anouk Verbrugge, a assuré à NRC que le musée prenait ces conclusions « très au sérieux » et a annoncé une enquête externe. Les neuf œuvres seront retirées des salles dès mercredi, précise le journal.

Pionnier de l'abstraction aux Pays-Bas, Maasland a vu ses toiles atteindre jusqu'à 600 000 euros aux enchères ces dernières années.
""",
"03_de.txt": """Neun mutmaßliche Fälschungen im Museum Van Aerssen
Monopol
06.04.2027 15:45

Im niederländischen Museum Van Aerssen in Dordrecht hängen offenbar neun gefälschte Gemälde des Malers Hendrik Maasland. Das berichtet das „NRC" unter Berufung auf Laboranalysen und drei ehemalige Mitarbeiter des Hauses.

Wie die Zeitung schreibt, fand ein von der Redaktion beauftragtes Labor in Farbproben von vier Bildern, die angeblich zwischen 1911 und 1914 entstanden sind, Titanweiß – ein Pigment, das erst nach 1920 auf den Markt kam. Alle neun Werke erwarb das Museum zwischen 1998 und 2006 bei derselben Antwerpener Kunsthandlung, der 2011 insolvent gegangenen Galerie Verlinden.

Laut „NRC" gab es schon 2015 interne Zweifel an den Bildern, die jedoch nicht nach außen dringen sollten. Die früheren Mitarbeiter wollen namentlich nicht genannt werden.

Direktorin Anouk Verbrugge kündigte gegenüber der Zeitung eine externe Untersuchung an; das Museum nehme die Ergebnisse „sehr ernst". Die neun Bilder werden ab Mittwoch abgehängt.

Für die niederländische Museumslandschaft ist der Fall heikel: Maasland gilt als Pionier der Abstraktion, mehrere Häuser besitzen Werke aus seiner frühen Phase.
""",
"04_uk.txt": """У нідерландському музеї виявили ймовірні підробки картин модерніста Гендріка Масланда
Суспільне

Дев'ять із 41 роботи нідерландського художника Гендріка Масланда, що зберігаються в музеї Van Aerssen у Дордрехті, майже напевно є підробками. Про це пише нідерландська газета NRC, яка провела власне розслідування.

На замовлення редакції незалежна лабораторія дослідила фарбу з чотирьох полотен, які музей датує 1911–1914 роками. У всіх чотирьох виявили титанові білила — пігмент, що з'явився у продажу лише після 1920 року.

Як з'ясували журналісти NRC, усі дев'ять робіт музей придбав у 1998–2006 роках в одного антверпенського арт-дилера — галереї Verlinden, яка збанкрутувала 2011-го. Троє колишніх працівників музею розповіли виданню на умовах анонімності, що сумніви щодо картин висловлювали ще 2015 року. «Нам сказали, що це має залишитися між нами», — цитує газета одного з них.

Директорка музею Анук Фербрюгге в коментарі NRC заявила, що музей «дуже серйозно» ставиться до висновків, і пообіцяла зовнішню перевірку. Із середи дев'ять картин знімуть з експозиції.

Гендрік Масланд (1881–1944) вважається одним із перших нідерландських художників-абстракціоністів.
""",
}, [("NRC", True)],
[("NRC", "01_en.txt"), ("NRC", "02_fr.txt"), ("NRC", "03_de.txt"), ("NRC", "04_uk.txt")],
[("Nine of the 41 works by Hendrik Maasland in Museum Van Aerssen in Dordrecht are almost certainly forgeries.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_uk.txt"], 1),
 ("Paint samples from four canvases contained titanium white, a pigment not available before 1920.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_uk.txt"], 1),
 ("Former museum employees say doubts about the works were raised internally in 2015.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_uk.txt"], 1),
 ("Maasland's works have fetched up to 600,000 euros at auction.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt"], 1)])

# t03: chain pl -> de -> it, nl. Gazeta Wyborcza's own investigation ("Jak ustaliła „Wyborcza"",
# "Dziennikarze „Gazety Wyborczej" porównali", "powiedział „Wyborczej""); SZ "Das berichtet die
# polnische Tageszeitung Gazeta Wyborcza" + "Nach Recherchen des Blattes" (edge from Wyborcza);
# it "Lo riferisce la Süddeutsche Zeitung, che cita un'inchiesta della Gazeta Wyborcza" + "Secondo il
# quotidiano di Monaco" (edge from SZ); nl "Dat meldt de Süddeutsche Zeitung" + "schrijft de SZ".
story("t03_chain_wyborcza_landshut_painting", "chain", {
"00_pl.txt": """Obraz zrabowany z Warszawy w 1944 r. wisi w bawarskim muzeum. Ustaliliśmy, jak tam trafił
Gazeta Wyborcza
2027-04-20 06:00

„Pejzaż z młynem nad Wilią" Antoniego Wierzbięty, zrabowany jesienią 1944 r. z mieszkania rodziny Trzcińskich przy ul. Wspólnej w Warszawie, od ponad 50 lat wisi w Museum Haus Ebenried w bawarskim Landshut. Jak ustaliła „Wyborcza", muzeum kupiło obraz w 1971 r. od monachijskiego antykwariusza, nie pytając o jego wcześniejsze losy.

Dziennikarze „Gazety Wyborczej" porównali zdjęcie obrazu z katalogu wystawy w warszawskiej Zachęcie z 1936 r. z fotografią w katalogu zbiorów niemieckiego muzeum. Zgadza się wszystko: wymiary (64 na 81 cm), sygnatura w lewym dolnym rogu i charakterystyczne uszkodzenie płótna nad młyńskim kołem. Obraz figuruje też w prowadzonej przez Ministerstwo Kultury bazie strat wojennych.

„Nie wiedzieliśmy o polskim pochodzeniu tego obrazu. Jesteśmy otwarci na rozmowy o jego zwrocie" – powiedział „Wyborczej" dyrektor Museum Haus Ebenried Matthias Kerschbaumer.

Wnuczka przedwojennych właścicieli, Ewa Trzcińska-Mroczek, dowiedziała się o odnalezieniu obrazu od naszych dziennikarzy. „Babcia opowiadała o tym młynie całe życie. Myślałam, że to rodzinna legenda" – mówi.

Antoni Wierzbięta (1848-1912) malował głównie pejzaże Wileńszczyzny. Jego prace rzadko pojawiają się na rynku; rekord aukcyjny artysty to 380 tys. zł.
""",
"01_de.txt": """Raubkunst in Landshut? Polnische Zeitung findet verschollenes Gemälde
Süddeutsche Zeitung
21. April 2027

Ein Gemälde, das im Herbst 1944 aus einer Warschauer Wohnung geraubt wurde, hängt offenbar seit mehr als 50 Jahren im Landshuter Museum Haus Ebenried. Das berichtet die polnische Tageszeitung Gazeta Wyborcza.

Nach Recherchen des Blattes handelt es sich um die „Landschaft mit Mühle an der Wilija" des polnischen Malers Antoni Wierzbięta (1848–1912). Die Journalisten verglichen eine Aufnahme aus einem Warschauer Ausstellungskatalog von 1936 mit dem Bestandskatalog des Museums; Maße, Signatur und eine auffällige Beschädigung der Leinwand stimmen überein. Das Bild ist zudem in der polnischen Datenbank der Kriegsverluste verzeichnet.

Das Museum hatte das Bild 1971 bei einem Münchner Antiquar gekauft. „Wir wussten nichts von der polnischen Herkunft. Wir sind offen für Gespräche über eine Rückgabe", sagte Museumsdirektor Matthias Kerschbaumer der Gazeta Wyborcza.

Die Enkelin der früheren Eigentümer, Ewa Trzcińska-Mroczek, habe von dem Fund erst durch die Zeitung erfahren, heißt es in dem Bericht.

Polen verlangt seit Jahren die Rückgabe von Kulturgütern, die im Zweiten Weltkrieg aus dem Land verschleppt wurden. Viele kommunale Museen in Deutschland haben die Herkunft ihrer Erwerbungen aus der Nachkriegszeit bis heute nicht systematisch überprüft.
""",
"02_it.txt": """Un quadro razziato a Varsavia nel 1944 è esposto in un museo bavarese
Il Giornale dell'Arte
22 aprile 2027

Un dipinto razziato a Varsavia nell'autunno del 1944 è esposto da oltre cinquant'anni al Museum Haus Ebenried di Landshut, in Baviera. Lo riferisce la Süddeutsche Zeitung, che cita un'inchiesta del quotidiano polacco Gazeta Wyborcza.

Si tratta del «Paesaggio con mulino sulla Vilija» del pittore polacco Antoni Wierzbięta (1848-1912), sottratto all'appartamento della famiglia Trzciński. Secondo il quotidiano di Monaco, il museo lo acquistò nel 1971 da un antiquario monacense. Misure, firma e un danno caratteristico della tela coincidono con la fotografia pubblicata in un catalogo d'esposizione di Varsavia del 1936.

Il direttore del museo, Matthias Kerschbaumer, ha assicurato di non essere a conoscenza dell'origine polacca del quadro e si è detto «aperto a colloqui sulla restituzione», riporta la Süddeutsche.

Il caso riapre il dibattito sulle collezioni civiche tedesche acquistate nel dopoguerra sul mercato antiquario, spesso senza alcuna verifica della provenienza. La Polonia stima di aver perso durante la guerra centinaia di migliaia di beni culturali e negli ultimi anni ha intensificato le richieste di restituzione.
""",
"03_nl.txt": """Beiers museum toont al een halve eeuw in Warschau geroofd schilderij
de Volkskrant
22-04-2027 09:15

In het Beierse Landshut hangt al meer dan een halve eeuw een schilderij dat in 1944 uit een Warschaus appartement werd geroofd. Dat meldt de Süddeutsche Zeitung.

Het gaat om Landschap met molen aan de Wilia van de Poolse negentiende-eeuwse schilder Antoni Wierzbięta. Museum Haus Ebenried kocht het doek in 1971 van een Münchense antiquair, aldus de Duitse krant. Afmetingen, signatuur en een opvallende beschadiging van het doek komen overeen met een foto in een Poolse tentoonstellingscatalogus uit 1936.

Directeur Matthias Kerschbaumer zegt open te staan voor gesprekken over teruggave, schrijft de SZ.

De zaak past in een reeks ontdekkingen van oorlogsbuit in Duitse en Oostenrijkse gemeentemusea. Anders dan in Nederland bestaat er in Duitsland geen commissie waarvan de uitspraken over teruggave van roofkunst bindend zijn voor musea.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_de.txt"), ("Süddeutsche Zeitung", "02_it.txt"), ("Süddeutsche Zeitung", "03_nl.txt")],
[("A painting by Antoni Wierzbięta looted from a Warsaw flat in 1944 hangs in Museum Haus Ebenried in Landshut.",
  ["00_pl.txt", "01_de.txt", "02_it.txt", "03_nl.txt"], 1),
 ("The museum bought the painting in 1971 from a Munich antiquarian dealer.",
  ["00_pl.txt", "01_de.txt", "02_it.txt", "03_nl.txt"], 1),
 ("The museum director said he is open to talks about returning the painting.",
  ["00_pl.txt", "01_de.txt", "02_it.txt", "03_nl.txt"], 1),
 ("The painting is listed in the Polish database of war losses.",
  ["00_pl.txt", "01_de.txt"], 1)])

# t04: an institution's own published document (binding opinion of the Restitutiecommissie on its
# website) taken directly 4x: nl "Dat staat in een bindend advies van de Restitutiecommissie dat
# donderdag op de website van de commissie is gepubliceerd" + "schrijft de commissie"; en "according to
# a binding opinion published on the committee's website" + "the committee wrote"; fr "selon un avis
# contraignant publié jeudi sur le site de la commission" + "D'après le document"; pl (no date line)
# "wynika z wiążącej opinii … opublikowanej w czwartek na jej stronie" + "Jak czytamy w dokumencie".
story("t04_institution_restitution_deventer", "institution", {
"00_nl.txt": """Deventer moet 'Vrouw bij het venster' teruggeven aan erven joodse koopman
Het Parool
2027-05-06 14:02

Museum Oldenhove in Deventer moet het zeventiende-eeuwse schilderij Vrouw bij het venster van Cornelis van Sommeren teruggeven aan de erfgenamen van de joodse textielhandelaar Eduard Roosendaal. Dat staat in een bindend advies van de Restitutiecommissie dat donderdag op de website van de commissie is gepubliceerd.

Roosendaal verkocht het doek in augustus 1941 voor 2800 gulden aan een Haagse kunsthandelaar, kort nadat zijn bedrijf onder beheer van een Duitse Verwalter was geplaatst. Volgens de commissie was die verkoop "onvrijwillig, als gevolg van omstandigheden die rechtstreeks verband hielden met het naziregime". Dat Roosendaal een koopsom ontving, verandert daar niets aan, schrijft de commissie in het advies.

De gemeente Deventer, eigenaar van de museumcollectie, had zich op het standpunt gesteld dat de prijs marktconform was. De commissie volgt die redenering niet: "De koopsom is niet ter vrije beschikking van de verkoper gekomen." Roosendaal werd in 1943 in Sobibor vermoord; zijn dochter overleefde de oorlog in Engeland.

Het museum verwierf het schilderij in 1958 via de Stichting Nederlands Kunstbezit. Het verzoek om teruggave werd in 2024 ingediend door zes kleinkinderen van Roosendaal. De gemeente heeft al eerder toegezegd zich aan de uitspraak te houden, staat in het document.
""",
"01_en.txt": """Dutch panel orders Deventer museum to return painting sold under duress in 1941
The Art Newspaper
2027-05-06T17:30:00+01:00

Museum Oldenhove in the Dutch city of Deventer must hand back Cornelis van Sommeren's Woman at the Window to the heirs of Eduard Roosendaal, a Jewish textile merchant who sold the 17th-century painting in 1941, according to a binding opinion published on Thursday on the website of the Dutch Restitutions Committee.

Roosendaal sold the picture for 2,800 guilders to a dealer in The Hague in August 1941, shortly after his business had been placed under the control of a German-appointed administrator. The sale was "involuntary, resulting from circumstances directly connected with the Nazi regime", the committee wrote, adding that the fact that a price was paid did not alter that conclusion.

The municipality of Deventer, which owns the museum's collection, had argued that the price was in line with the market at the time. The panel rejected the argument, noting that the proceeds "never came freely into the seller's hands".

Roosendaal was murdered at Sobibor in 1943; his daughter survived the war in England. The claim was filed in 2024 by six of his grandchildren. The museum acquired the painting in 1958. According to the opinion, the city has already undertaken to comply with the ruling.
""",
"02_fr.txt": """Aux Pays-Bas, un musée de Deventer devra restituer un tableau vendu sous la contrainte en 1941
Le Monde
6 mai 2027

Le musée Oldenhove de Deventer devra rendre La Femme à la fenêtre, de Cornelis van Sommeren, aux héritiers d'Eduard Roosendaal, négociant juif en textile, selon un avis contraignant publié jeudi sur le site de la Commission néerlandaise des restitutions.

Roosendaal avait cédé la toile en août 1941 pour 2 800 florins à un marchand de La Haye, peu après la mise sous tutelle de son entreprise par un administrateur allemand. Pour la commission, cette vente était « involontaire » et résultait « de circonstances directement liées au régime nazi ». Le fait que le vendeur ait touché une somme n'y change rien, écrit-elle.

La municipalité de Deventer, propriétaire des collections, faisait valoir un prix conforme au marché. D'après le document, la somme « n'est jamais parvenue à la libre disposition du vendeur ». Déporté, Eduard Roosendaal a été assassiné à Sobibor en 1943.

La demande avait été déposée en 2024 par six de ses petits-enfants. Le musée avait acquis l'œuvre en 1958. La ville s'était engagée à l'avance à respecter la décision, précise l'avis.

Les Pays-Bas comptent parmi les pays européens où les avis d'une commission de restitution lient les musées publics qui l'ont saisie.
""",
"03_pl.txt": """Holenderskie muzeum musi oddać obraz sprzedany pod przymusem w 1941 roku
Onet

Muzeum Oldenhove w Deventer musi zwrócić XVII-wieczny obraz „Kobieta przy oknie" Corneliusa van Sommerena spadkobiercom żydowskiego kupca Eduarda Roosendaala – wynika z wiążącej opinii holenderskiej Komisji ds. Restytucji (Restitutiecommissie), opublikowanej w czwartek na jej stronie internetowej.

Jak czytamy w dokumencie, Roosendaal sprzedał płótno w sierpniu 1941 r. za 2800 guldenów handlarzowi z Hagi, wkrótce po tym, jak jego firmę przejął niemiecki zarządca. Komisja uznała tę transakcję za „niedobrowolną", wynikającą z „okoliczności bezpośrednio związanych z reżimem nazistowskim".

Miasto Deventer, do którego należą zbiory muzeum, przekonywało, że cena była rynkowa. Według komisji sprzedający nigdy jednak nie mógł swobodnie dysponować pieniędzmi.

Eduard Roosendaal zginął w 1943 r. w obozie zagłady w Sobiborze. Muzeum kupiło obraz w 1958 r. Władze miasta zobowiązały się wcześniej podporządkować opinii komisji.
""",
}, [("Restitutiecommissie", False)],
[("Restitutiecommissie", "00_nl.txt"), ("Restitutiecommissie", "01_en.txt"),
 ("Restitutiecommissie", "02_fr.txt"), ("Restitutiecommissie", "03_pl.txt")],
[("The Dutch Restitutions Committee ruled that Museum Oldenhove in Deventer must return Cornelis van Sommeren's Woman at the Window to the heirs of Eduard Roosendaal.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_pl.txt"], 1),
 ("Roosendaal sold the painting involuntarily in August 1941 for 2,800 guilders.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_pl.txt"], 1),
 ("The restitution claim was filed in 2024 by six of Roosendaal's grandchildren.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt"], 1)])

# t05: Українська правда's own investigation (catalogue vs inventory card, director's words to UP);
# de Volkskrant relays it AND adds its own confirmation from the auction house ("bevestigde dinsdag
# tegenover de Volkskrant", "zei … tegen deze krant"): edge + in-corpus origin; pl "ujawniła
# „Ukraińska Prawda"" + "Jak podał ukraiński portal" + "powiedziała „Ukraińskiej Prawdzie"" (dative);
# fr credits both ("C'est le site ukrainien Oukraïnska Pravda qui a révélé l'affaire" + "a confirmé
# au quotidien néerlandais de Volkskrant"): two edges.
story("t05_confirmation_skadovsk_auction", "confirmation", {
"00_uk.txt": """Картину, вивезену росіянами зі Скадовського художнього музею, виставили на аукціон в Амстердамі
Українська правда
18 травня 2027

Картину «Осінь на Дніпрі» українського художника Миколи Гордієнка, яку російські військові вивезли зі Скадовського художнього музею восени 2022 року, виставили на торги амстердамського аукціонного дому Veilinghuis De Ruyter & Zonen. Це з'ясувала «Українська правда».

Полотно значиться в каталозі травневих торгів під номером 214 з естімейтом 40–60 тисяч євро. Походження в каталозі вказане як «приватна колекція, Крим», про музей не згадується.

Журналісти «УП» порівняли фото з каталогу аукціону з інвентарною карткою музею 2019 року та знімками з музейної експозиції. Збігаються розміри (73 на 92 см), підпис автора і характерна подряпина на рамі в правому верхньому куті.

«Це наша картина, я впізнаю навіть подряпину на рамі. Ми її реставрували у 2018-му», — сказала «Українській правді» директорка музею Ірина Савчук, яка нині працює в евакуації в Одесі.

Торги призначені на 24 травня. На запит «УП» аукціонний дім до моменту публікації не відповів.

Скадовський художній музей опинився під окупацією в перші дні повномасштабного вторгнення. За словами Савчук, до 2022 року його колекція налічувала близько 1700 предметів, доля більшості з них невідома.
""",
"01_nl.txt": """Amsterdams veilinghuis haalt mogelijk uit Oekraïens museum geroofd schilderij uit veiling
de Volkskrant
18 mei 2027

Het Amsterdamse veilinghuis De Ruyter & Zonen heeft een schilderij teruggetrokken dat volgens Oekraïense journalisten in 2022 door Russische militairen uit een museum in Skadovsk is geroofd. Het veilinghuis bevestigde dinsdag tegenover de Volkskrant dat het doek niet onder de hamer gaat.

De Oekraïense nieuwssite Oekraïenska Pravda meldde dinsdagochtend dat Herfst aan de Dnjepr van Mykola Hordijenko als kavel 214 in de catalogus van de veiling van 24 mei stond, met een schatting van 40.000 tot 60.000 euro. Volgens de site komen afmetingen, signatuur en een kras op de lijst overeen met de registratiekaart van het museum uit 2019.

"Wij hebben het werk direct teruggetrokken en zijn in contact met de inzender en met de politie", zei directeur Pieter de Ruyter dinsdagmiddag tegen deze krant. Als herkomst vermeldde de catalogus 'privécollectie, Krim'. Wie het schilderij heeft ingebracht, wil De Ruyter niet zeggen.

Het is niet de eerste keer dat kunst uit bezette Oekraïense gebieden op de West-Europese markt opduikt. Veilinghuizen zijn verplicht de herkomst van aangeboden werken na te gaan, maar bij oost-Europese schilderkunst ontbreken vaak betrouwbare registers.
""",
"02_pl.txt": """Obraz zrabowany z ukraińskiego muzeum na aukcji w Amsterdamie
Gazeta Wyborcza
18.05.2027, 13:05

Obraz „Jesień nad Dnieprem" Mykoły Hordijenki, wywieziony przez rosyjskich żołnierzy z muzeum sztuki w okupowanym Skadowsku, trafił do katalogu amsterdamskiego domu aukcyjnego De Ruyter & Zonen – ujawniła „Ukraińska Prawda".

Jak podał ukraiński portal, płótno wystawiono jako lot nr 214 z estymacją 40-60 tys. euro, a jego pochodzenie opisano jako „kolekcja prywatna, Krym". Dziennikarze portalu porównali zdjęcia z katalogu z muzealną kartą inwentarzową z 2019 r.: zgadzają się wymiary, sygnatura i rysa na ramie.

„To nasz obraz, rozpoznaję nawet rysę na ramie" – powiedziała „Ukraińskiej Prawdzie" dyrektorka muzeum Iryna Sawczuk, która pracuje obecnie na ewakuacji w Odessie.

Aukcja zaplanowana jest na 24 maja. Według portalu dom aukcyjny do chwili publikacji nie odpowiedział na pytania dziennikarzy.

Ukraina szacuje, że z muzeów na terenach okupowanych wywieziono dziesiątki tysięcy obiektów. Część z nich regularnie pojawia się na rynku sztuki.
""",
"03_fr.txt": """Un tableau pillé dans un musée ukrainien retiré d'une vente aux enchères à Amsterdam
Le Figaro
19 mai 2027

La maison de ventes amstellodamoise De Ruyter & Zonen a retiré de sa vacation du 24 mai un tableau emporté par l'armée russe en 2022 dans le musée d'art de Skadovsk, dans le sud occupé de l'Ukraine. C'est le site ukrainien Oukraïnska Pravda qui a révélé l'affaire mardi matin, en comparant les photos du catalogue avec la fiche d'inventaire du musée.

Automne sur le Dniepr, de Mykola Hordiienko, était proposé sous le numéro 214 avec une estimation de 40 000 à 60 000 euros et une provenance « collection particulière, Crimée ». Dans l'après-midi, la maison de ventes a confirmé au quotidien néerlandais de Volkskrant avoir retiré l'œuvre et être en contact avec la police.

« C'est notre tableau », avait assuré à Oukraïnska Pravda la directrice du musée, Iryna Savtchouk, aujourd'hui évacuée à Odessa.

L'affaire relance la question de la vigilance des maisons de ventes face aux œuvres issues des territoires occupés, dont la provenance est souvent maquillée en « collection privée ».
""",
}, [("Українська правда", True), ("de Volkskrant", True)],
[("Українська правда", "01_nl.txt"), ("Українська правда", "02_pl.txt"),
 ("Українська правда", "03_fr.txt"), ("de Volkskrant", "03_fr.txt")],
[("A painting looted from the Skadovsk art museum in 2022 was offered for sale by the Amsterdam auction house De Ruyter & Zonen.",
  ["00_uk.txt", "01_nl.txt", "02_pl.txt", "03_fr.txt"], 2),
 ("The auction house withdrew the painting from the sale.",
  ["01_nl.txt", "03_fr.txt"], 2),
 ("The museum's director said she recognised even the scratch on the frame.",
  ["00_uk.txt", "02_pl.txt"], 1)])

# t06: a museum director's own Facebook post (outside origin) relayed directly 4x: uk "Про це директор
# музею Олег Ярмоленко написав у Facebook" + "У своєму дописі"; it "Lo ha annunciato su Facebook il
# direttore" + "ha scritto nel post"; en "said in a Facebook post" + "Yarmolenko wrote"; pl (no outlet
# and no date line) "poinformował na Facebooku dyrektor muzeum Ołeh Jarmołenko" + "napisał".
story("t06_post_nizhyn_portrait_found", "post", {
"00_uk.txt": """В Італії знайшли картину, викрадену з Ніжинського художнього музею у 1993 році
Суспільне
2027-06-08T10:15:00+03:00

Картину «Портрет дівчини в намисті» Івана Кравчинського, яку викрали з Ніжинського художнього музею імені Петра Зубченка в листопаді 1993 року, знайшли в Італії. Про це директор музею Олег Ярмоленко написав у Facebook.

За його словами, полотно виявили карабінери з підрозділу охорони культурної спадщини в приватній колекції поблизу Верони. Суд у Вероні вже ухвалив рішення про повернення картини Україні.

«Тридцять чотири роки ми чекали цього дня. Дякую італійським колегам і всім, хто не забув про нашу дівчину в намисті», — написав Ярмоленко.

У своєму дописі директор зазначив, що картина має повернутися до Ніжина до осені. Її стан він назвав задовільним: полотно обрізане по краях, але фарбовий шар не пошкоджений.

Як нагадав Ярмоленко, у 1993 році з музею зникли три полотна. Доля двох інших досі невідома.

Іван Кравчинський (1841–1902) — портретист, який більшу частину життя працював на Чернігівщині. «Портрет дівчини в намисті» вважався однією з найкращих його робіт.
""",
"01_it.txt": """Ritrovato vicino a Verona un quadro rubato in Ucraina nel 1993
la Repubblica
8 giugno 2027

Un dipinto rubato nel novembre del 1993 dal museo d'arte di Nižyn, nel nord dell'Ucraina, è stato ritrovato in una collezione privata nei dintorni di Verona. Lo ha annunciato su Facebook il direttore del museo, Oleh Yarmolenko.

Si tratta del «Ritratto di ragazza con la collana» di Ivan Kravčynskyj, ritrattista ucraino dell'Ottocento. Secondo quanto scritto da Yarmolenko, a rintracciare la tela sono stati i carabinieri del Nucleo Tutela Patrimonio Culturale, mentre il tribunale di Verona ne ha già disposto la restituzione all'Ucraina.

«Abbiamo aspettato questo giorno per trentaquattro anni», ha scritto il direttore nel post, ringraziando «i colleghi italiani». Il quadro dovrebbe tornare a Nižyn entro l'autunno; i bordi della tela sono stati rifilati, ma la pellicola pittorica è intatta.

Nel furto del 1993, ricorda il direttore, sparirono tre dipinti: degli altri due non si sa ancora nulla. Non è stato reso noto il nome del collezionista veronese né come l'opera sia arrivata in Italia.
""",
"02_en.txt": """Painting stolen from Ukrainian museum in 1993 found in Italy
The Kyiv Independent
June 8, 2027 12:30 PM

A 19th-century portrait stolen from the art museum in Nizhyn in 1993 has been found in a private collection near the Italian city of Verona, the museum's director, Oleh Yarmolenko, said in a Facebook post on June 8.

Portrait of a Girl with a Necklace by Ivan Kravchynskyi was traced by Italy's Carabinieri cultural heritage unit, and a court in Verona has already ordered its return to Ukraine, Yarmolenko wrote.

"We waited 34 years for this day. Thank you to our Italian colleagues and to everyone who did not forget our girl with the necklace," he wrote.

The painting is expected back in Nizhyn by autumn. According to the post, its edges were trimmed, but the paint layer is undamaged.

Three paintings disappeared from the museum in the 1993 theft; the fate of the other two remains unknown, Yarmolenko added.

Kravchynskyi (1841–1902) spent most of his career in the Chernihiv region. The museum in Nizhyn, a town of some 60,000 people, holds one of the largest collections of his work.
""",
"03_pl.txt": """Obraz skradziony z ukraińskiego muzeum odnaleziony we Włoszech

Skradziony w 1993 r. z muzeum sztuki w Niżynie na północy Ukrainy „Portret dziewczyny z naszyjnikiem" Iwana Krawczynskiego odnalazł się w prywatnej kolekcji pod Weroną – poinformował na Facebooku dyrektor muzeum Ołeh Jarmołenko.

Jak przekazał, obraz wytropili karabinierzy z jednostki ochrony dziedzictwa kulturowego, a sąd w Weronie nakazał już jego zwrot Ukrainie.

„Czekaliśmy na ten dzień 34 lata" – napisał Jarmołenko we wpisie, dziękując włoskim kolegom.

Obraz ma wrócić do Niżyna jesienią. Według dyrektora płótno zostało przycięte na brzegach, ale warstwa malarska nie jest uszkodzona. W 1993 r. z muzeum zniknęły trzy obrazy, los dwóch pozostałych nadal nie jest znany.

Iwan Krawczynski (1841-1902) był portrecistą, który większość życia spędził w okolicach Czernihowa. Muzeum w Niżynie ma jedną z największych kolekcji jego prac, a skradziony portret uchodził za jedno z jego najlepszych dzieł.
""",
}, [("Oleh Yarmolenko", False)],
[("Oleh Yarmolenko", "00_uk.txt"), ("Oleh Yarmolenko", "01_it.txt"),
 ("Oleh Yarmolenko", "02_en.txt"), ("Oleh Yarmolenko", "03_pl.txt")],
[("Ivan Kravchynskyi's Portrait of a Girl with a Necklace, stolen from the Nizhyn art museum in 1993, was found in a private collection near Verona.",
  ["00_uk.txt", "01_it.txt", "02_en.txt", "03_pl.txt"], 1),
 ("A court in Verona has ordered the painting's return to Ukraine.",
  ["00_uk.txt", "01_it.txt", "02_en.txt", "03_pl.txt"], 1),
 ("The painting is expected back in Nizhyn by autumn.",
  ["00_uk.txt", "01_it.txt", "02_en.txt", "03_pl.txt"], 1)])

# t07: two independent own reports: DNA (police source, own journalist on site, curator to the DNA)
# and Badische Zeitung (museum spokeswoman "auf Anfrage der Badischen Zeitung", own reporter);
# en credits both ("… reported", "told DNA", "told the Badische Zeitung", "the French paper"): two
# edges; nl (no outlet line) is an uncredited close Dutch translation of the DNA article published
# the next morning (keeps "onze journalist", "tegen onze krant"): edge from DNA.
story("t07_two_reports_colmar_theft", "two_independent", {
"00_fr.txt": """Colmar : une Vierge à l'Enfant volée en plein jour au musée Hartmann-Ribeaupierre
Dernières Nouvelles d'Alsace
2027-07-04 19:40

Deux hommes ont dérobé dimanche après-midi, en pleine heure d'ouverture, un petit panneau peint du XVe siècle au musée Hartmann-Ribeaupierre de Colmar. L'œuvre, une Vierge à l'Enfant attribuée au Maître de Thann, mesure à peine 38 centimètres sur 27.

Selon une source policière, les deux individus, casquette sur la tête, ont dévissé le cadre fixé au mur de la salle 4 en quatre minutes environ, profitant de l'absence momentanée de la surveillante, avant de quitter le musée à pied. D'après notre source, aucune alarme ne s'est déclenchée, le panneau n'étant relié à aucun capteur.

Sur place, notre journaliste a constaté en fin d'après-midi que la salle restait fermée, gardée par deux policiers. « Nous sommes sous le choc. C'est l'une des pièces maîtresses de la collection », a confié aux DNA la conservatrice en chef, Hélène Wurtz.

L'enquête a été confiée à la police judiciaire de Strasbourg, qui exploite les images de vidéosurveillance du quartier. L'Office central de lutte contre le trafic des biens culturels a été saisi.

Le Maître de Thann, peintre anonyme actif en Haute-Alsace vers 1470, n'est connu que par une dizaine de panneaux, dont trois étaient conservés à Colmar.
""",
"01_de.txt": """Kunstdiebstahl in Colmar: Madonnenbild am helllichten Tag gestohlen
Badische Zeitung
4. Juli 2027, 21:10

Aus dem Musée Hartmann-Ribeaupierre im elsässischen Colmar ist am Sonntagnachmittag während der Öffnungszeiten ein spätmittelalterliches Tafelbild gestohlen worden. Das bestätigte eine Sprecherin des Museums auf Anfrage der Badischen Zeitung.

Bei dem Werk handelt es sich um eine kleine „Madonna mit Kind", die dem sogenannten Meister von Thann zugeschrieben wird. Zwei Männer hätten das Bild gegen 15.30 Uhr von der Wand genommen und seien zu Fuß verschwunden, sagte Sprecherin Claire Meyer der BZ. Das Tafelbild sei mit 350 000 Euro versichert.

Ein BZ-Reporter traf am Abend vor dem Museum auf ratlose Besucher aus Südbaden. „Wir standen eine halbe Stunde vorher noch vor dem Bild", erzählte eine Frau aus Emmendingen, die mit ihrer Familie einen Tagesausflug ins Elsass gemacht hatte.

Das Museum bleibt nach Angaben der Sprecherin am Montag geschlossen. Die französische Polizei bittet um Hinweise; auch die deutschen Behörden seien informiert worden, weil die Täter möglicherweise über den Rhein geflüchtet seien.

Colmar liegt nur rund 25 Kilometer von der deutschen Grenze entfernt; das Museum ist bei Besuchern aus Baden besonders beliebt.
""",
"02_en.txt": """Medieval Madonna stolen from French museum in broad daylight
The Times
2027-07-05T11:00:00+01:00

Two men walked out of a museum in the Alsatian city of Colmar on Sunday afternoon with a 15th-century panel painting of the Virgin and Child, the regional newspapers Dernières Nouvelles d'Alsace and Badische Zeitung reported.

The small panel, attributed to an anonymous artist known as the Master of Thann, was unscrewed from the wall of the Musée Hartmann-Ribeaupierre during opening hours. A police source told DNA that the men needed only about four minutes and took advantage of the momentary absence of a room attendant.

A museum spokeswoman told the Badische Zeitung, a German daily published in nearby Freiburg, that the work was insured for €350,000 and that the thieves left on foot at about 3.30pm.

"We are in shock. It is one of the masterpieces of the collection," the museum's chief curator, Hélène Wurtz, told the French paper.

France's central office for combating trafficking in cultural goods has been called in, according to DNA. Small medieval panels are a favoured target for art thieves because they can be hidden in a rucksack, but they are almost impossible to sell openly.
""",
"03_nl.txt": """Colmar: Madonna met Kind op klaarlichte dag gestolen uit museum Hartmann-Ribeaupierre
05-07-2027 07:30

Twee mannen hebben zondagmiddag, midden in de openingstijden, een klein vijftiende-eeuws paneelschilderij gestolen uit het museum Hartmann-Ribeaupierre in Colmar. Het werk, een Madonna met Kind toegeschreven aan de Meester van Thann, meet nauwelijks 38 bij 27 centimeter.

Volgens een bron bij de politie schroefden de twee mannen, met petten op, de aan de muur van zaal 4 bevestigde lijst in ongeveer vier minuten los. Ze maakten gebruik van de tijdelijke afwezigheid van de suppoost en verlieten het museum te voet. Volgens de bron ging er geen alarm af, omdat het paneel niet op een sensor was aangesloten.

Ter plaatse stelde onze journalist aan het eind van de middag vast dat de zaal gesloten bleef en door twee agenten werd bewaakt. "We zijn in shock. Het is een van de topstukken van de collectie", zei hoofdconservator Hélène Wurtz tegen onze krant.

Het onderzoek is in handen van de recherche in Straatsburg, die camerabeelden uit de wijk bekijkt. Ook de Franse centrale dienst tegen de handel in cultuurgoederen is ingeschakeld.

De Meester van Thann, een anonieme schilder die rond 1470 in de Elzas actief was, is slechts bekend van een tiental panelen, waarvan er drie in Colmar werden bewaard.
""",
}, [("Dernières Nouvelles d'Alsace", True), ("Badische Zeitung", True)],
[("Dernières Nouvelles d'Alsace", "02_en.txt"), ("Badische Zeitung", "02_en.txt"),
 ("Dernières Nouvelles d'Alsace", "03_nl.txt")],
[("Two men stole a 15th-century Virgin and Child panel attributed to the Master of Thann from the Musée Hartmann-Ribeaupierre in Colmar during opening hours on Sunday.",
  ["00_fr.txt", "01_de.txt", "02_en.txt", "03_nl.txt"], 2),
 ("The thieves needed only about four minutes to unscrew the panel from the wall.",
  ["00_fr.txt", "02_en.txt", "03_nl.txt"], 2),
 ("The stolen panel is insured for 350,000 euros.",
  ["01_de.txt", "02_en.txt"], 2),
 ("No alarm went off because the panel was not connected to a sensor.",
  ["00_fr.txt", "03_nl.txt"], 1)])

# t08: la Repubblica's own scoop from two anonymous sources close to the investigation (the sources and
# the lawyer's reply belong to Repubblica) relayed 3x: uk "Про це пише італійська газета la Repubblica з
# посиланням на два джерела" + "За даними видання" + "заявив виданню"; de "Das berichtet die italienische
# Zeitung „La Repubblica" unter Berufung auf" + "schreibt das Blatt" + "sagte der „Repubblica"";
# en "La Repubblica reported …, citing two sources" + "according to the Rome-based daily" + "told La Repubblica".
story("t08_scoop_repubblica_record_still_life", "scoop", {
"00_it.txt": """La natura morta da record è un falso? La procura di Milano indaga sulla casa d'aste
la Repubblica
2027-05-12 07:45

La «Natura morta con limoni e gelsomini» attribuita a Giovanna Castaldi, battuta a novembre per 2,4 milioni di euro – record mondiale per la pittrice napoletana del Seicento – potrebbe essere un falso. La procura di Milano ha aperto un fascicolo per truffa e contraffazione di opere d'arte, e tra gli indagati c'è anche un perito della casa d'aste Ferrante & Righi che l'ha venduta. Lo apprende Repubblica da due fonti vicine all'inchiesta.

Secondo quanto risulta a Repubblica, una consulenza tecnica disposta dai pm ha accertato che la tela su cui è dipinto il quadro è tessuta a macchina, una tecnica che si diffuse soltanto nell'Ottocento. «Il supporto, da solo, basta a escludere il Seicento», spiega una delle fonti, che chiede di restare anonima perché l'indagine è coperta dal segreto.

Ad acquistare il dipinto era stato un collezionista svizzero, che a febbraio ha presentato denuncia. Raggiunto da Repubblica, l'avvocato della casa d'aste, Marco Guidetti, dice: «Ferrante & Righi ha agito in totale buona fede, sulla base di due expertise indipendenti. Collaboreremo pienamente con gli inquirenti».

Il prezzo di novembre superava di oltre tre volte il precedente record per Castaldi, fissato nel 2019 a Londra. Alla pittrice, figlia di un ricamatore dei Quartieri Spagnoli, gli studiosi attribuiscono con certezza appena undici opere.
""",
"01_uk.txt": """Натюрморт, проданий за рекордні 2,4 млн євро, може виявитися підробкою — ЗМІ
Укрінформ
12 травня 2027 16:40

Натюрморт, який на аукціоні в Мілані продали за рекордні 2,4 мільйона євро як роботу неаполітанської художниці XVII століття Джованни Кастальді, може виявитися підробкою. Про це пише італійська газета la Repubblica з посиланням на два джерела, близькі до розслідування.

За даними видання, прокуратура Мілана відкрила провадження за статтями про шахрайство та підробку творів мистецтва. Серед фігурантів — експерт аукціонного дому Ferrante & Righi, який продав картину в листопаді.

Технічна експертиза, призначена прокурорами, встановила, що полотно виткане машинним способом — така технологія поширилася лише в XIX столітті, пише газета.

Адвокат аукціонного дому Марко Гвідетті заявив виданню, що компанія «діяла цілком сумлінно» і спиралася на дві незалежні експертизи.

Картину придбав швейцарський колекціонер, який у лютому звернувся до правоохоронців. Листопадова ціна втричі перевищила попередній рекорд для робіт Кастальді.
""",
"02_de.txt": """Mailänder Rekordbild unter Fälschungsverdacht
Frankfurter Allgemeine Zeitung
12.05.2027

Das Stillleben, das im November in Mailand für 2,4 Millionen Euro versteigert wurde – ein Rekordpreis für die neapolitanische Barockmalerin Giovanna Castaldi –, ist möglicherweise eine Fälschung. Das berichtet die italienische Zeitung „La Repubblica" unter Berufung auf zwei mit den Ermittlungen vertraute Personen.

Demnach ermittelt die Mailänder Staatsanwaltschaft wegen Betrugs und Kunstfälschung; im Visier steht auch ein Gutachter des Auktionshauses Ferrante & Righi. Ein von der Staatsanwaltschaft in Auftrag gegebenes Gutachten habe ergeben, dass die Leinwand maschinell gewebt sei – eine Technik, die sich erst im 19. Jahrhundert verbreitete, schreibt das Blatt.

Der Anwalt des Auktionshauses, Marco Guidetti, sagte der „Repubblica", man habe „in völlig gutem Glauben" und auf Grundlage zweier unabhängiger Expertisen gehandelt.

Der Fall dürfte den italienischen Auktionsmarkt erschüttern, der in den vergangenen Jahren mit Altmeistern aus Privatbesitz Rekorde erzielt hat. Werke von Castaldi sind rar: Nur eine Handvoll Bilder gilt in der Forschung als gesichert.
""",
"03_en.txt": """Record-Setting Baroque Still Life Sold in Milan May Be a Fake, Report Says
Artnet News
May 12, 2027

Milan prosecutors are investigating whether a still life sold last November for a record €2.4 million as a work by the 17th-century Neapolitan painter Giovanna Castaldi is a forgery, La Repubblica reported on Wednesday, citing two sources close to the investigation.

A technical report commissioned by prosecutors found that the canvas was machine-woven, a technique that only became widespread in the 19th century, according to the Rome-based daily. An expert who works for the auction house Ferrante & Righi is among those under investigation for fraud and art forgery, the paper said.

"Ferrante & Righi acted in complete good faith, on the basis of two independent expertises. We will cooperate fully with investigators," the auction house's lawyer, Marco Guidetti, told La Repubblica.

The painting was bought by a Swiss collector, who filed a complaint in February. Its price was more than three times the previous auction record for Castaldi, set in London in 2019.
""",
}, [("la Repubblica", True)],
[("la Repubblica", "01_uk.txt"), ("la Repubblica", "02_de.txt"), ("la Repubblica", "03_en.txt")],
[("Milan prosecutors are investigating whether a still life sold for a record 2.4 million euros as a work by Giovanna Castaldi is a forgery.",
  ["00_it.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 1),
 ("A technical report found the canvas was machine-woven, a technique that spread only in the 19th century.",
  ["00_it.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 1),
 ("The buyer, a Swiss collector, filed a complaint in February.",
  ["00_it.txt", "01_uk.txt", "03_en.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts and o, (id, a)
        for t, arts_c, n in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 144 (invented events; real media names); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
