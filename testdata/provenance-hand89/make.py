#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand89 set.

Culture, film, music and arts. The media names are real (Variety, The Hollywood Reporter,
Deadline, la Repubblica, Corriere della Sera, Le Monde, ...); every event, person, film, book,
painting, museum and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a Variety exclusive (outside the corpus) relayed by four European outlets; the Italian one
# adds that The Hollywood Reporter confirmed it (second outside origin for that article only).
# it "Lo ha rivelato in esclusiva Variety" + "confermata da The Hollywood Reporter";
# fr "selon le magazine américain Variety, qui a révélé l'information"; de "Wie das US-Branchenblatt
# Variety berichtet"; uk "Про це повідомило американське видання Variety" + "За даними Variety".
story("r01_variety_exclusive_casting", "outside_exclusive", {
"00_it.txt": """Matteo Ravasi girerà il suo primo film in inglese: Claire Delmotte protagonista di «The Salt Orchard»
la Repubblica
2027-03-09 18:40

Matteo Ravasi passa all'inglese. Il regista milanese dirigerà l'adattamento cinematografico di «The Salt Orchard», il romanzo della scrittrice britannica Helen Marchbank, e la protagonista sarà l'attrice francese Claire Delmotte. Lo ha rivelato in esclusiva Variety; la notizia è stata confermata in serata anche da The Hollywood Reporter.

Secondo Variety, Ravasi, 46 anni, ha firmato con la società londinese Northlight Pictures, che ha acquistato i diritti del libro nel 2025, poche settimane dopo l'uscita. La sceneggiatura sarà scritta dallo stesso Ravasi insieme alla drammaturga irlandese Siobhán Keary.

Il romanzo, tradotto in ventidue lingue e in Italia pubblicato con il titolo «Il frutteto di sale», racconta tre generazioni di una famiglia di coltivatori di agrumi che cerca di salvare la propria terra dall'avanzata delle saline. Delmotte interpreterà Nell, la nipote che torna dall'Inghilterra dopo la morte del nonno.

Le riprese dovrebbero cominciare nell'autunno del 2027 tra Trapani e Marsala. Per Ravasi, reduce dal successo di «Le stanze di sopra», premiato alla Mostra di Venezia nel 2025, è la prima produzione internazionale.
""",
"01_fr.txt": """Claire Delmotte sera l'héroïne du premier film en anglais de Matteo Ravasi
Le Figaro
10 mars 2027

L'actrice française Claire Delmotte tiendra le rôle principal de « The Salt Orchard », le premier long-métrage en langue anglaise du cinéaste italien Matteo Ravasi, selon le magazine américain Variety, qui a révélé l'information mardi.

Le film adaptera le roman à succès de la Britannique Helen Marchbank, paru en France sous le titre « Le Verger de sel ». Il est produit par la société londonienne Northlight Pictures et disposera d'un budget d'environ 40 millions de dollars, précise Variety.

Claire Delmotte, 38 ans, y incarnera Nell, une jeune femme qui rentre d'Angleterre en Sicile à la mort de son grand-père et découvre que les marais salants menacent les orangeraies de la famille. Le tournage doit commencer à l'automne 2027 dans la région de Trapani.

Révélé à Venise en 2025 avec « Le stanze di sopra », Matteo Ravasi, 46 ans, coécrit le scénario avec la dramaturge irlandaise Siobhán Keary.
""",
"02_de.txt": """Matteo Ravasi verfilmt „The Salt Orchard" – mit Claire Delmotte in der Hauptrolle
Der Standard
09.03.2027 21:10

Der italienische Regisseur Matteo Ravasi dreht seinen ersten englischsprachigen Film. Wie das US-Branchenblatt Variety berichtet, verfilmt der 46-Jährige den Bestseller „The Salt Orchard" der britischen Autorin Helen Marchbank; die Hauptrolle übernimmt die Französin Claire Delmotte.

Produziert wird der Film von der Londoner Firma Northlight Pictures, das Budget liege bei rund 40 Millionen Dollar, heißt es in dem Bericht. Gedreht werden soll ab Herbst 2027 an der Westküste Siziliens.

Der Roman, auf Deutsch unter dem Titel „Der Salzgarten" erschienen, erzählt von einer Zitrusbauernfamilie, deren Land von den Salinen verschluckt wird. Ravasi hatte 2025 mit „Le stanze di sopra" in Venedig auf sich aufmerksam gemacht.
""",
"03_uk.txt": """Маттео Равасі зніме англомовний фільм за романом «The Salt Orchard»
Суспільне Культура
2027-03-10T08:15:00+02:00

Італійський режисер Маттео Равасі зніме свій перший англомовний фільм — екранізацію роману британської письменниці Гелен Марчбанк «The Salt Orchard» («Соляний сад»). Головну роль зіграє французька акторка Клер Дельмотт. Про це повідомило американське видання Variety.

За даними Variety, продюсуватиме стрічку лондонська компанія Northlight Pictures, а її бюджет становитиме близько 40 мільйонів доларів. Зйомки планують розпочати восени 2027 року на Сицилії.

Роман Марчбанк вийшов 2024 року і розповідає про родину, яка вирощує цитрусові на заході Сицилії й намагається врятувати свою землю від солеварень. Сценарій Равасі пише разом з ірландською драматургинею Шівон Кірі.

46-річний Равасі відомий фільмом «Le stanze di sopra», який 2025 року отримав нагороду на Венеційському кінофестивалі.
""",
}, [
    {"name": "Variety", "in_corpus": False},
    {"name": "The Hollywood Reporter", "in_corpus": False},
], [
    {"origin": "Variety", "article": "00_it.txt"},
    {"origin": "The Hollywood Reporter", "article": "00_it.txt"},
    {"origin": "Variety", "article": "01_fr.txt"},
    {"origin": "Variety", "article": "02_de.txt"},
    {"origin": "Variety", "article": "03_uk.txt"},
], [
    {"text": "Matteo Ravasi will direct an English-language adaptation of Helen Marchbank's novel The Salt Orchard, with Claire Delmotte in the lead role.",
     "articles": ["00_it.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 2},
    {"text": "The Salt Orchard, produced by Northlight Pictures, has a budget of about 40 million dollars.",
     "articles": ["01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
])

# r02: Deadline's own exclusive built on "sources close to the production" (the anonymous sources
# belong to Deadline); it "Secondo il sito americano Deadline, che cita fonti vicine alla
# produzione"; de "Wie das US-Branchenportal Deadline unter Berufung auf Produktionskreise
# berichtet"; 02_en is an uncredited same-language rewrite of Deadline (no outlet line), which keeps
# "sources close to the production" without saying whose sources they are.
story("r02_deadline_sources_close_to_production", "own_anonymous_rewrite", {
"00_en.txt": """'The Lanterns Of Otranto' Shoot Halted After Jack Renner Stunt Injury, Facing $7M Overrun — Exclusive
Deadline
2027-04-14 16:05

EXCLUSIVE: Production on The Lanterns of Otranto, the period thriller starring Jack Renner, has been shut down in southern Italy after the actor injured his shoulder during a stunt rehearsal, Deadline has learned. Sources close to the production say filming will be paused for at least six weeks.

Renner, 41, was hurt last Thursday while rehearsing a fall from a horse on location outside Otranto, in Puglia. He was treated at a hospital in Lecce and has since flown back to Los Angeles, where he is expected to undergo surgery, according to the sources.

The stoppage will not come cheap. Two people close to the production told Deadline the delay will add around $7 million to a budget of roughly $55 million, mostly in crew holding fees and in rebooking the Aragonese castle in Otranto, which the town only makes available outside the summer tourist season.

About two thirds of the shoot had been completed. Director Annika Holt is using the break to assemble a first cut in London, one of the sources said.

Silverpine Studios, which is financing the film, declined to comment. A representative for Renner did not respond to a request for comment.
""",
"01_it.txt": """Otranto, si ferma il set di «The Lanterns of Otranto»: Jack Renner ferito durante una scena d'azione
Corriere della Sera
15.04.2027 09:30

Stop alle riprese di «The Lanterns of Otranto» in Salento. Secondo il sito americano Deadline, che cita fonti vicine alla produzione, l'attore Jack Renner si è infortunato a una spalla durante le prove di una caduta da cavallo e la lavorazione resterà sospesa per almeno sei settimane.

L'incidente è avvenuto giovedì scorso alle porte di Otranto. Renner, 41 anni, è stato medicato all'ospedale di Lecce e poi è rientrato a Los Angeles, dove dovrebbe essere operato.

Lo stop, scrive Deadline, costerà circa 7 milioni di dollari in più rispetto a un budget di circa 55 milioni: la troupe va pagata anche durante la pausa e il castello aragonese, set principale del film, è disponibile soltanto fuori dalla stagione estiva.

Il thriller in costume, diretto dalla regista svedese Annika Holt e finanziato da Silverpine Studios, era girato per due terzi. La casa di produzione non ha voluto commentare.
""",
"02_en.txt": """Jack Renner injury shuts down Italian shoot of 'The Lanterns of Otranto'
2027-04-15 07:50

Filming of the period thriller The Lanterns of Otranto has been suspended in Italy after its star Jack Renner hurt his shoulder in a stunt accident, with sources close to the production saying the break will last at least six weeks.

The 41-year-old actor was injured last Thursday while rehearsing a fall from a horse near Otranto, on the heel of Italy. After treatment in nearby Lecce he returned to Los Angeles and is expected to need an operation.

The pause is set to add roughly $7 million to the film's budget of about $55 million, people close to the production said, as the crew has to be kept on hold and the castle in Otranto that serves as the main location cannot be used during the summer.

Around two thirds of the film had been shot. Silverpine Studios, which is financing the project, has not commented.
""",
"03_de.txt": """Dreharbeiten mit Jack Renner in Apulien unterbrochen
Süddeutsche Zeitung
15. April 2027

Die Dreharbeiten zu dem Historienthriller „The Lanterns of Otranto" in Süditalien sind gestoppt worden. Wie das US-Branchenportal Deadline unter Berufung auf Produktionskreise berichtet, verletzte sich Hauptdarsteller Jack Renner bei der Probe eines Sturzes vom Pferd an der Schulter. Die Pause soll mindestens sechs Wochen dauern.

Renner, 41, wurde demnach in einem Krankenhaus in Lecce behandelt und ist inzwischen nach Los Angeles zurückgekehrt, wo er operiert werden soll. Etwa zwei Drittel des Films seien bereits abgedreht.

Die Produktionsfirma Silverpine Studios wollte sich zu dem Bericht nicht äußern. Regie führt die Schwedin Annika Holt.
""",
}, [
    {"name": "Deadline", "in_corpus": True},
], [
    {"origin": "Deadline", "article": "01_it.txt"},
    {"origin": "Deadline", "article": "02_en.txt"},
    {"origin": "Deadline", "article": "03_de.txt"},
], [
    {"text": "Filming of The Lanterns of Otranto was halted for at least six weeks after Jack Renner injured his shoulder in a stunt near Otranto.",
     "articles": ["00_en.txt", "01_it.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
    {"text": "The stoppage will add about 7 million dollars to a budget of about 55 million.",
     "articles": ["00_en.txt", "01_it.txt", "02_en.txt"], "independent_sources": 1},
])

# r03: the Berlinale's own announcement (institution, no medium between) taken directly by four
# outlets: de "Das teilte das Festival am Dienstag mit" + "sagte … laut Mitteilung"; uk "Про це
# повідомили на офіційному сайті Берлінале"; en "the festival announced on Tuesday" + "said in a
# statement"; fr "a annoncé mardi la Berlinale dans un communiqué".
story("r03_berlinale_opening_film", "official_statement", {
"00_de.txt": """Ukrainischer Film „Unter dem Eis" eröffnet die 77. Berlinale
Der Tagesspiegel
12.01.2027 11:30

Die 77. Internationalen Filmfestspiele Berlin werden mit dem ukrainischen Spielfilm „Unter dem Eis" von Oksana Derkach eröffnet. Das teilte das Festival am Dienstag mit. Der Film feiert am 11. Februar im Berlinale Palast seine Weltpremiere und läuft im Wettbewerb um den Goldenen Bären.

„Unter dem Eis" spielt im Winter 2022/23 in einer Charkiwer Eishalle, in der ein Hausmeister und eine Gruppe Jugendlicher während der Stromausfälle versuchen, das Eis für ein letztes Turnier zu halten. Die Hauptrolle spielt Taras Melnyk.

„Oksana Derkach erzählt von Ausdauer, ohne je laut zu werden – ein Eröffnungsfilm, der Berlin gut zu Gesicht steht", sagte Berlinale-Intendantin Katrin Vollmer laut Mitteilung. Es ist der zweite Langfilm der 39-jährigen Regisseurin, deren Debüt „Salzwind" 2023 in der Sektion Generation lief.

Das vollständige Wettbewerbsprogramm will die Berlinale Ende Januar bekannt geben.
""",
"01_uk.txt": """Фільм Оксани Деркач «Під кригою» відкриє Берлінале
LB.ua
2027-01-12 13:45

Стрічка української режисерки Оксани Деркач «Під кригою» стане фільмом відкриття 77-го Берлінського міжнародного кінофестивалю. Про це повідомили на офіційному сайті Берлінале.

Світова прем'єра відбудеться 11 лютого в Берлінале-Паласті, фільм змагатиметься в основному конкурсі за «Золотого ведмедя».

Дія стрічки відбувається взимку 2022–2023 років у харківському льодовому палаці: під час відключень світла сторож і кілька підлітків намагаються зберегти лід до останнього турніру. Головну роль виконав Тарас Мельник.

«Оксана Деркач розповідає про витривалість, ніколи не підвищуючи голосу», — цитує сайт фестивалю його директорку Катрін Фольмер. «Під кригою» — другий повнометражний фільм 39-річної режисерки.
""",
"02_en.txt": """Berlinale 2027 to open with Ukrainian drama 'Under The Ice'
Screen Daily
2027-01-12T12:10:00+00:00

The 77th Berlin International Film Festival will open with Oksana Derkach's Ukrainian drama Under The Ice, the festival announced on Tuesday. The film will have its world premiere at the Berlinale Palast on February 11 and will screen in competition.

Set in a Kharkiv ice rink during the winter blackouts of 2022-23, the film follows a caretaker and a group of teenagers trying to keep the ice frozen for one last tournament. Taras Melnyk leads the cast.

"Oksana Derkach tells a story of endurance without ever raising her voice," festival director Katrin Vollmer said in a statement. "It is an opening film that suits Berlin."

Under The Ice is the second feature from Derkach, 39, whose debut Salt Wind screened in Generation in 2023. The full competition line-up will be unveiled at the end of January.
""",
"03_fr.txt": """La Berlinale s'ouvrira avec « Sous la glace », de l'Ukrainienne Oksana Derkach
Libération
12 janvier 2027

Le film ukrainien « Sous la glace », d'Oksana Derkach, fera l'ouverture de la 77e Berlinale le 11 février, a annoncé mardi la Berlinale dans un communiqué. Ce deuxième long-métrage de la réalisatrice de 39 ans concourra pour l'Ours d'or.

Le film se déroule pendant l'hiver 2022-2023 dans une patinoire de Kharkiv, où un gardien et quelques adolescents tentent, malgré les coupures d'électricité, de garder la glace jusqu'à un dernier tournoi. Taras Melnyk tient le rôle principal.

Dans le communiqué, la directrice du festival, Katrin Vollmer, salue « un récit d'endurance qui n'élève jamais la voix ». La sélection complète de la compétition sera dévoilée fin janvier.
""",
}, [
    {"name": "Berlinale", "in_corpus": False},
], [
    {"origin": "Berlinale", "article": "00_de.txt"},
    {"origin": "Berlinale", "article": "01_uk.txt"},
    {"origin": "Berlinale", "article": "02_en.txt"},
    {"origin": "Berlinale", "article": "03_fr.txt"},
], [
    {"text": "Oksana Derkach's Under the Ice will open the 77th Berlinale with its world premiere on 11 February, in competition.",
     "articles": ["00_de.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
    {"text": "The film is set in a Kharkiv ice rink during the 2022-23 winter blackouts.",
     "articles": ["00_de.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
])

# r04: the singer's own Instagram post, taken directly by it, en (no outlet line, title suffix
# "| NME") and de; fr (no date line) credits Rolling Stone Italia, which is in the corpus: chain
# Ludovica Sarti -> Rolling Stone Italia -> Le Parisien.
story("r04_instagram_tour_cancelled", "social_post_chain", {
"00_it.txt": """Ludovica Sarti cancella il tour europeo: «Devo operarmi alle corde vocali»
Rolling Stone Italia
2027-03-28 22:15

Ludovica Sarti annulla l'Ossigeno Tour. Lo ha annunciato lei stessa domenica sera con un post su Instagram: la cantante, 31 anni, dovrà sottoporsi a un intervento per rimuovere un polipo alle corde vocali e salterà tutte le 14 date europee previste tra aprile e maggio.

«Ho cantato per mesi con il dolore, facendo finta di niente. Adesso i medici sono stati chiari: se continuo rischio di perdere la voce», ha scritto Sarti sotto una foto in bianco e nero scattata in sala prove. «Non è un addio, è una pausa. Tornerò più forte.»

Salta quindi anche il concerto all'Olympia di Parigi del 3 maggio, il primo della cantante nella storica sala, oltre alle date di Berlino, Vienna, Zurigo e all'Alcatraz di Milano. I biglietti, ha spiegato nel post, saranno rimborsati dai circuiti di vendita entro 30 giorni.

L'Ossigeno Tour doveva accompagnare l'omonimo terzo album, uscito a gennaio e rimasto per sei settimane in testa alla classifica FIMI.
""",
"01_en.txt": """Ludovica Sarti cancels European tour for vocal cord surgery | NME
2027-03-29 09:00

Italian pop star Ludovica Sarti has cancelled all 14 dates of her European 'Ossigeno Tour' so that she can have surgery on her vocal cords.

The singer, 31, broke the news on Instagram on Sunday night (March 28). "I have been singing through pain for months and pretending nothing was wrong," she wrote. "Now the doctors have been clear: if I carry on, I risk losing my voice. This is not goodbye, it's a pause."

The tour was due to run through April and May and included her first ever show at the Olympia in Paris on May 3, as well as dates in Berlin, Vienna and Zurich. Sarti said in the post that tickets would be refunded at the point of purchase within 30 days.

Her third album 'Ossigeno' topped the Italian charts for six weeks after its release in January.
""",
"02_de.txt": """Ludovica Sarti sagt Europatournee ab – auch Berlin-Konzert fällt aus
Musikexpress
29.03.2027 10:20

Die italienische Popsängerin Ludovica Sarti hat ihre komplette Europatournee abgesagt. Sie müsse sich an den Stimmbändern operieren lassen, schrieb die 31-Jährige am Sonntagabend auf Instagram.

„Ich habe monatelang unter Schmerzen gesungen", heißt es in dem Post. Die Ärzte hätten ihr klargemacht, dass sie sonst ihre Stimme verlieren könne. „Das ist kein Abschied, sondern eine Pause."

Betroffen sind 14 Konzerte im April und Mai, darunter der Auftritt in der Berliner Columbiahalle am 8. Mai. Tickets werden laut Sarti innerhalb von 30 Tagen dort erstattet, wo sie gekauft wurden.
""",
"03_fr.txt": """Ludovica Sarti annule sa tournée européenne et son Olympia du 3 mai
Le Parisien

Mauvaise nouvelle pour les fans parisiens de Ludovica Sarti. La chanteuse italienne a annulé l'ensemble de sa tournée européenne, dont le concert prévu le 3 mai à l'Olympia, afin de se faire opérer d'un polype aux cordes vocales, rapporte le magazine Rolling Stone Italia.

« Ce n'est pas un adieu, c'est une pause », a écrit la chanteuse de 31 ans dans un message publié dimanche soir, selon Rolling Stone Italia, qui précise que les 14 dates de l'« Ossigeno Tour » sont concernées.

Les billets seront remboursés auprès des points de vente dans un délai de 30 jours. Ce devait être le premier Olympia de l'interprète, dont le troisième album, « Ossigeno », a dominé pendant six semaines le classement italien.
""",
}, [
    {"name": "Ludovica Sarti", "in_corpus": False},
], [
    {"origin": "Ludovica Sarti", "article": "00_it.txt"},
    {"origin": "Ludovica Sarti", "article": "01_en.txt"},
    {"origin": "Ludovica Sarti", "article": "02_de.txt"},
    {"origin": "Rolling Stone Italia", "article": "03_fr.txt"},
], [
    {"text": "Ludovica Sarti cancelled all 14 dates of her European tour to have surgery on her vocal cords.",
     "articles": ["00_it.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
    {"text": "Her 3 May concert at the Olympia in Paris is cancelled.",
     "articles": ["00_it.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1},
])

# r05: a museum's press release about a stolen painting recovered; it, en, fr take it directly
# ("annuncia la Pinacoteca in una nota", "the museum said in a statement", "a annoncé le musée
# dans un communiqué"); de takes it too ("teilte das Museum mit") and adds its own enquiry at the
# Vienna auction house ("bestätigte dem STANDARD"): second root, in the corpus.
story("r05_museum_stolen_painting_recovered", "press_release_plus_own", {
"00_it.txt": """Torna a Roccalba la «Madonna del melograno», rubata nel 1994
La Stampa
2027-03-02 17:20

Dopo oltre trent'anni la «Madonna del melograno» di Bartolomeo Ceccardi è tornata a casa. Lo annuncia la Pinacoteca Comunale di Roccalba in una nota: la tavola, dipinta intorno al 1585 e rubata dal museo nella notte del 19 novembre 1994, è stata riconsegnata lunedì dai Carabinieri del Comando Tutela Patrimonio Culturale.

Secondo il comunicato, l'opera era ricomparsa lo scorso autunno nel catalogo di una casa d'aste di Vienna, dove era stata messa in vendita con una stima di 180.000 euro. I militari l'hanno riconosciuta confrontando le fotografie con la banca dati dei beni culturali illecitamente sottratti.

«È come se alla città fosse stata restituita una parte della sua memoria», afferma nella nota la direttrice della Pinacoteca, Elena Bassani. Il dipinto ha bisogno soltanto di una leggera pulitura.

La «Madonna del melograno» sarà esposta al pubblico dal 20 marzo nella sala che la ospitava prima del furto, dove per trent'anni è rimasta appesa soltanto una fotografia in bianco e nero.
""",
"01_de.txt": """Gestohlenes Renaissance-Gemälde tauchte bei Wiener Auktion auf
Der Standard
3. März 2027

Ein 1994 aus einem italienischen Museum gestohlenes Gemälde ist nach mehr als 30 Jahren zurückgegeben worden – gefunden wurde es in Wien. Die „Madonna mit dem Granatapfel" des Renaissancemalers Bartolomeo Ceccardi sei am Montag von der Kunstschutzeinheit der Carabinieri an die Pinacoteca Comunale di Roccalba übergeben worden, teilte das Museum mit.

Das Bild war im vergangenen Herbst im Katalog eines Wiener Auktionshauses aufgetaucht. Das Auktionshaus Kaltenegger bestätigte dem STANDARD, dass es sich um das Los 212 seiner Altmeister-Auktion vom November handelte. Man habe das Werk sofort zurückgezogen, als die italienischen Behörden sich meldeten, sagte eine Sprecherin. Der Einbringer, ein Sammler aus Niederösterreich, habe es in den 1990er-Jahren gutgläubig erworben und auf Ansprüche verzichtet.

Laut der Mitteilung des Museums soll das Bild nach einer leichten Reinigung wieder an seinem alten Platz hängen.
""",
"02_en.txt": """Renaissance Madonna stolen in 1994 returns to Italian museum after turning up in Vienna sale
The Art Newspaper
2027-03-03T09:00:00+00:00

A late 16th-century panel painting stolen from a small museum in Italy more than 30 years ago has been returned after it appeared in a Vienna auction catalogue, the Pinacoteca Comunale di Roccalba said in a statement on Tuesday.

Bartolomeo Ceccardi's Madonna of the Pomegranate, painted around 1585, was taken from the museum on the night of 19 November 1994. Officers of the Carabinieri's cultural heritage protection unit identified it last autumn, when it was offered with an estimate of €180,000, and handed it back on Monday, the museum said.

"It is as if part of its memory had been given back to the town," the museum's director, Elena Bassani, said in the statement. The painting is in good condition and needs only light cleaning.

It will go back on public display on 20 March in the room where it hung before the theft.
""",
"03_fr.txt": """Volée en 1994, une Madone de Ceccardi retrouve son musée italien
Le Journal des Arts
3 mars 2027

La « Madone à la grenade » du peintre Bartolomeo Ceccardi, volée en 1994, a regagné la Pinacoteca Comunale di Roccalba, a annoncé le musée dans un communiqué. Le panneau, peint vers 1585, avait été repéré à l'automne dans le catalogue d'une maison de ventes viennoise, estimé 180 000 euros, par l'unité des carabiniers chargée de la protection du patrimoine, qui l'a restitué lundi.

Le musée précise que l'œuvre, en bon état, sera de nouveau présentée au public à partir du 20 mars, dans la salle où elle était accrochée avant le vol. Sa directrice, Elena Bassani, y voit « une part de mémoire rendue à la ville ».
""",
}, [
    {"name": "Pinacoteca Comunale di Roccalba", "in_corpus": False},
    {"name": "Der Standard", "in_corpus": True},
], [
    {"origin": "Pinacoteca Comunale di Roccalba", "article": "00_it.txt"},
    {"origin": "Pinacoteca Comunale di Roccalba", "article": "01_de.txt"},
    {"origin": "Pinacoteca Comunale di Roccalba", "article": "02_en.txt"},
    {"origin": "Pinacoteca Comunale di Roccalba", "article": "03_fr.txt"},
], [
    {"text": "Bartolomeo Ceccardi's Madonna of the Pomegranate, stolen in 1994, was found in a Vienna auction catalogue and returned to the Roccalba museum.",
     "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
    {"text": "The painting will be back on public display from 20 March.",
     "articles": ["00_it.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
])

# r06: Corriere della Sera's own interview with a director, quoted by others: en "told Corriere
# della Sera"; de "sagte Mancassola dem „Corriere della Sera""; uk (no date line) "в інтерв'ю
# італійській газеті Corriere della Sera"; fr credits The Guardian, which is in the corpus ("rapporte
# le quotidien britannique The Guardian, citant un entretien accordé au Corriere della Sera"): chain
# Corriere della Sera -> The Guardian -> Libération.
story("r06_corriere_interview_director", "own_interview_chain", {
"00_it.txt": """Giulio Mancassola: «Il mio prossimo film lo giro in Albania. In Italia non si può più»
Corriere della Sera
2027-05-06 07:00

Giulio Mancassola, 58 anni, candidato all'Oscar nel 2023 con «Il porto d'inverno», ci riceve nel suo studio di Trastevere tra scatole di copioni e una moviola che non usa più. Ha appena finito di scrivere «La ragazza di Durazzo», e la notizia è che non lo girerà in Italia.

Perché l'Albania?
«Perché con il taglio del tax credit il film in Italia non si chiude. Ho fatto i conti con il mio produttore per tre mesi: a Tirana e a Durazzo risparmiamo quasi un terzo. È una storia ambientata anche lì, certo, ma fino a due anni fa avrei ricostruito tutto a Bari».

Non è una resa?
«È una constatazione. Le maestranze italiane sono le migliori del mondo e le porterò con me, quelle che vorranno venire».

Si dice che abbia ricevuto offerte da Hollywood.
«Mi hanno proposto un film di supereroi, una cosa enorme. Ho letto la sceneggiatura e ho detto di no: non avrei saputo cosa farci. Io so raccontare un porto, una famiglia, una ragazza che parte».

Quando si gira?
«A febbraio, se tutto va bene. Il cast lo annunceremo in estate».
""",
"01_en.txt": """Oscar-nominated Italian director to shoot next film in Albania, blaming tax credit cuts
The Guardian
2027-05-06 15:30

The Italian director Giulio Mancassola, whose drama The Winter Harbour was nominated for an Oscar in 2023, will shoot his next film in Albania because cuts to Italy's film tax credit have made it impossible to finance at home, he told Corriere della Sera.

"With the tax credit cut, the film simply doesn't add up in Italy," Mancassola, 58, told the Milan daily in an interview published on Thursday. Shooting in Tirana and Durrës would save "almost a third" of the budget of the film, La ragazza di Durazzo (The Girl from Durrës), he said.

In the same interview Mancassola said he had turned down an offer to direct a Hollywood superhero film. "I read the script and said no. I wouldn't have known what to do with it," he told the paper.

Italian producers' associations have warned for months that the reduction of the tax credit, approved last year, would push productions abroad. Filming is due to start in February.
""",
"02_de.txt": """Regisseur Mancassola weicht für neuen Film nach Albanien aus
Der Spiegel
06.05.2027 18:05

Der italienische Regisseur Giulio Mancassola will seinen nächsten Film in Albanien drehen – aus Protest gegen die Kürzung der Filmförderung in seiner Heimat. „Mit dem gekürzten Tax Credit lässt sich der Film in Italien nicht finanzieren", sagte Mancassola dem „Corriere della Sera".

In Tirana und Durrës spare die Produktion fast ein Drittel der Kosten, so der 58-Jährige, der 2023 mit „Il porto d'inverno" für einen Oscar nominiert war. Das neue Projekt heißt „La ragazza di Durazzo", die Dreharbeiten sollen im Februar beginnen.

Italienische Produzentenverbände warnen seit Monaten vor einer Abwanderung von Filmproduktionen ins Ausland.
""",
"03_fr.txt": """Giulio Mancassola tournera son prochain film en Albanie
Libération
7 mai 2027

Le cinéaste italien Giulio Mancassola, nommé à l'Oscar en 2023 pour « Il porto d'inverno », tournera son prochain long-métrage en Albanie, faute de pouvoir le financer en Italie depuis la réduction du crédit d'impôt pour le cinéma, rapporte le quotidien britannique The Guardian, citant un entretien accordé au Corriere della Sera.

Selon The Guardian, le réalisateur de 58 ans estime économiser « près d'un tiers » du budget en tournant à Tirana et à Durrës. Il aurait par ailleurs refusé de réaliser un film de super-héros hollywoodien : « Je n'aurais pas su quoi en faire. »

Le tournage de « La ragazza di Durazzo » doit commencer en février.
""",
"04_uk.txt": """Італійський режисер Джуліо Манкассола зніматиме новий фільм в Албанії
Українська правда. Життя

Номінант на «Оскар» італійський режисер Джуліо Манкассола зніматиме свій наступний фільм «Дівчина з Дурреса» в Албанії, а не в Італії. Причина — скорочення податкових пільг для кіновиробництва на батьківщині, сказав він в інтерв'ю італійській газеті Corriere della Sera.

«Зі скороченим податковим кредитом фільм в Італії просто не складається», — пояснив 58-річний режисер. За його словами, зйомки в Тирані та Дурресі дозволять заощадити майже третину бюджету.

Зйомки мають розпочатися в лютому. 2023 року фільм Манкассоли «Зимова гавань» був номінований на «Оскар».
""",
}, [
    {"name": "Corriere della Sera", "in_corpus": True},
], [
    {"origin": "Corriere della Sera", "article": "01_en.txt"},
    {"origin": "Corriere della Sera", "article": "02_de.txt"},
    {"origin": "The Guardian", "article": "03_fr.txt"},
    {"origin": "Corriere della Sera", "article": "04_uk.txt"},
], [
    {"text": "Giulio Mancassola will shoot his next film in Albania because cuts to Italy's film tax credit make it impossible to finance at home.",
     "articles": ["00_it.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_uk.txt"], "independent_sources": 1},
    {"text": "Mancassola turned down an offer to direct a Hollywood superhero film.",
     "articles": ["00_it.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1},
])

# r07: Le Monde's own review and interview ("nous a confié Daryna Sokil"); 01_uk is an uncredited,
# close Ukrainian translation published the next morning (keeps "розповіла нам"); de credits Le
# Monde ("sagte Sokil der französischen Zeitung „Le Monde""); en is the Financial Times' own,
# independent review of the same premiere (second in-corpus root for the premiere claim).
story("r07_le_monde_opera_review_translation", "translation", {
"00_fr.txt": """« Le Jardin d'hiver » : au Châtelet, l'opéra de Daryna Sokil bouleverse Paris
Le Monde
2027-06-11 12:00

Il y a des soirs où une salle entière oublie de partir. Jeudi 10 juin, au Théâtre du Châtelet, la création mondiale du « Jardin d'hiver », premier opéra de la compositrice ukrainienne Daryna Sokil, s'est achevée sur une ovation debout de près d'un quart d'heure.

L'œuvre, en trois actes et en ukrainien surtitré, suit une botaniste de Kharkiv qui refuse d'abandonner les serres du jardin botanique pendant le premier hiver de la guerre. L'écriture de Sokil, faite de longues tenues de cordes que déchirent des cuivres presque militaires, ménage des silences d'une rare audace. Dans le rôle principal, la soprano Olena Hryb est saisissante.

« J'ai écrit le dernier acte dans le métro de Kharkiv, pendant les alertes, sur un carnet posé sur mes genoux », nous a confié Daryna Sokil, 34 ans, quelques heures avant la première. « Je ne savais pas si quelqu'un l'entendrait un jour. »

Le Châtelet, coproducteur avec l'Opéra national de Lviv, donnera cinq représentations jusqu'au 22 juin. La production partira ensuite à Lviv à l'automne.
""",
"01_uk.txt": """«Зимовий сад» Дарини Сокіл підкорив Париж
Суспільне Культура
12.06.2027 09:40

Бувають вечори, коли ціла зала забуває піти додому. У четвер, 10 червня, у паризькому Театрі Шатле світова прем'єра «Зимового саду», першої опери української композиторки Дарини Сокіл, завершилася овацією стоячи, що тривала майже чверть години.

Твір у трьох діях, виконаний українською з субтитрами, розповідає про харківську ботанікиню, яка відмовляється покинути оранжереї ботанічного саду під час першої воєнної зими. Письмо Сокіл — довгі витримані звуки струнних, які розривають майже військові мідні, — залишає місце для рідкісно сміливих пауз. У головній ролі вражає сопрано Олена Гриб.

«Останню дію я написала в харківському метро, під час тривог, у блокноті на колінах», — розповіла нам 34-річна Дарина Сокіл за кілька годин до прем'єри. «Я не знала, чи хтось колись це почує».

Шатле, співпродюсер вистави разом із Львівською національною оперою, покаже п'ять вистав до 22 червня. Восени постановка поїде до Львова.
""",
"02_de.txt": """Ukrainische Oper „Der Wintergarten" in Paris umjubelt
Frankfurter Allgemeine Zeitung
12. Juni 2027

Mit minutenlangen stehenden Ovationen ist am Donnerstag im Pariser Théâtre du Châtelet die Oper „Der Wintergarten" der ukrainischen Komponistin Daryna Sokil uraufgeführt worden. Das Werk erzählt von einer Botanikerin, die im ersten Kriegswinter die Gewächshäuser des Botanischen Gartens in Charkiw nicht verlassen will.

„Den letzten Akt habe ich in der Charkiwer Metro geschrieben, während der Luftalarme, auf einem Notizblock auf den Knien", sagte Sokil der französischen Zeitung „Le Monde". Die 34-Jährige wisse bis heute nicht, ob das Stück ohne den Krieg überhaupt entstanden wäre.

Die Produktion ist eine Koproduktion mit der Nationaloper Lwiw und soll im Herbst dort gezeigt werden.
""",
"03_en.txt": """Le Jardin d'hiver, Théâtre du Châtelet review — a slow-burning Ukrainian opera that earns its ovation
Financial Times
2027-06-11T22:30:00+00:00

Daryna Sokil's first opera takes its time. For most of its first act almost nothing happens: a botanist in Kharkiv waters plants while the city outside loses power, and the orchestra holds long, grey chords as if afraid to move. But when the brass finally breaks in, the effect is devastating, and by the end of Thursday's world premiere at the Théâtre du Châtelet the audience was on its feet for well over ten minutes.

Soprano Olena Hryb, rarely off stage, carries the evening with a voice that thins to a thread without ever losing its core. The staging, all fogged glass and dead leaves, is less certain; the third act's video projections add little to a score that already says everything.

Still, this is a remarkable debut, and one that deserves a life beyond Paris and Lviv, where the co-production travels in the autumn.

★★★★☆

To June 22, chatelet.com
""",
}, [
    {"name": "Le Monde", "in_corpus": True},
    {"name": "Financial Times", "in_corpus": True},
], [
    {"origin": "Le Monde", "article": "01_uk.txt"},
    {"origin": "Le Monde", "article": "02_de.txt"},
], [
    {"text": "The world premiere of Daryna Sokil's opera Le Jardin d'hiver at the Théâtre du Châtelet ended with a long standing ovation.",
     "articles": ["00_fr.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], "independent_sources": 2},
    {"text": "Sokil wrote the last act in the Kharkiv metro during air-raid alerts.",
     "articles": ["00_fr.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 89 (culture, film, music and arts; real media names, invented events); see README.md.",
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
