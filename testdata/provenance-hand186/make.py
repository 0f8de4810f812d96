#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand186 set.

Topic: royal families, monarchy and palace news. The outlets are real media names (written as
those outlets write their own names); everything else -- the monarchies of Montverre, Lorvenstein
and Vestmark, every person, event, place, body, figure and quote -- is invented, and no text is
copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# y01: the Palais princier's own published statement (outside origin) relayed directly by four
# outlets: fr "a annoncé le Palais princier dans un communiqué"; it "Lo ha reso noto ... il Palazzo
# principesco con una nota ufficiale" (+ background mention of Paris Match photos: no edge); es
# "según ha anunciado ... la Casa Principesca en un comunicado oficial" + "reza la nota"; nl "Dat
# heeft het prinselijk paleis ... in een verklaring bekendgemaakt".
story("y01_palace_statement_engagement", "statement", {
"00_fr.txt": """Montverre : le prince héréditaire Baptiste s'est fiancé avec l'architecte Margaux Delaunay
Nice-Matin
Publié le 09/03/2027 à 10h32

C'est officiel. Le prince héréditaire Baptiste de Montverre, 31 ans, et l'architecte Margaux Delaunay, 29 ans, se sont fiancés, a annoncé le Palais princier dans un communiqué diffusé ce mardi matin.

« Le Prince Souverain et la Princesse Clémence ont l'immense joie d'annoncer les fiançailles de leur fils », indique le texte, qui précise que la demande a eu lieu « dans l'intimité familiale » fin février, au domaine de Sainte-Albe, la résidence d'été de la famille princière.

Le mariage sera célébré au printemps 2028 en la cathédrale Saint-Rémi. La date exacte sera communiquée « dans les prochaines semaines », toujours selon le communiqué.

Discrète, la future princesse travaille depuis cinq ans dans un cabinet de la Principauté spécialisé dans la restauration du patrimoine. Le couple, ensemble depuis quatre ans, s'était affiché pour la première fois en public lors du bal de la Rose des Vents, en juin dernier.

Les premières photos officielles des fiancés seront dévoilées mercredi, a fait savoir le Palais. Fils unique d'Aurèle II, Baptiste est le premier dans l'ordre de succession au trône.
""",
"01_it.txt": """Montverre, fidanzamento ufficiale per il principe Baptiste: nozze nella primavera 2028
Corriere della Sera
9 marzo 2027 (modifica il 9 marzo 2027 | 12:05)

Il principe ereditario Baptiste di Montverre ha chiesto la mano di Margaux Delaunay, architetta di 29 anni. Lo ha reso noto martedì mattina il Palazzo principesco con una nota ufficiale, che mette fine a mesi di indiscrezioni.

«Il Principe Sovrano e la Principessa Clémence hanno l'immensa gioia di annunciare il fidanzamento del loro figlio», si legge nel comunicato. La proposta, precisa la nota, è arrivata a fine febbraio, in forma strettamente privata, nella tenuta di Sainte-Albe, residenza estiva della famiglia.

Le nozze saranno celebrate nella primavera del 2028 nella cattedrale di Saint-Rémi; la data, fa sapere il Palazzo, sarà annunciata nelle prossime settimane.

La coppia era stata fotografata insieme per la prima volta la scorsa estate dal settimanale francese Paris Match, durante una regata al largo della costa del Principato. Da allora le voci su un fidanzamento imminente si erano rincorse sui giornali di gossip di mezza Europa.

Baptiste, 31 anni, è l'unico figlio maschio del principe Aurèle II ed è primo nella linea di successione. Ha studiato scienze politiche e da due anni presiede la fondazione di famiglia dedicata alla tutela del mare.
""",
"02_es.txt": """Baptiste de Montverre y Margaux Delaunay anuncian su compromiso: todos los detalles
¡HOLA!
9 de marzo de 2027 - 13:40 CET

¡Hay boda a la vista en Montverre! El príncipe heredero Baptiste y su novia, la arquitecta Margaux Delaunay, se han comprometido, según ha anunciado este martes la Casa Principesca en un comunicado oficial.

«El Príncipe Soberano y la Princesa Clémence tienen la inmensa alegría de anunciar el compromiso de su hijo», reza la nota difundida por el Palacio, que detalla que la pedida tuvo lugar a finales de febrero, en la más estricta intimidad, en la finca de Sainte-Albe.

La pareja pasará por el altar en la primavera de 2028 en la catedral de Saint-Rémi. La fecha concreta se conocerá en las próximas semanas, de acuerdo con el comunicado.

Margaux, de 29 años, trabaja en un estudio de arquitectura del Principado especializado en la restauración de edificios históricos. Discreta y alejada de los focos, la futura princesa hizo su primera aparición pública junto a Baptiste el pasado mes de junio, en el tradicional Baile de la Rosa de los Vientos.

Las primeras fotografías oficiales de los novios verán la luz este miércoles, ha avanzado el Palacio.
""",
"03_nl.txt": """Kroonprins Baptiste van Montverre verloofd met architect
NOS
9 maart 2027 15:20

De Montverrese kroonprins Baptiste (31) gaat trouwen met architect Margaux Delaunay (29). Dat heeft het prinselijk paleis vanochtend in een verklaring bekendgemaakt.

Volgens de verklaring vroeg Baptiste zijn vriendin eind februari ten huwelijk op Sainte-Albe, het landgoed waar de vorstelijke familie de zomers doorbrengt. Vorst Aurèle II en prinses Clémence zijn 'bijzonder verheugd', staat erin.

Het huwelijk wordt in het voorjaar van 2028 voltrokken in de kathedraal van Saint-Rémi. Een precieze datum volgt later.

Delaunay werkt bij een architectenbureau in het vorstendom dat historische gebouwen restaureert. Het stel is al vier jaar samen, maar verscheen pas vorige zomer voor het eerst samen in het openbaar.

Baptiste is de enige zoon en troonopvolger van Aurèle II, die sinds 2009 over het kleine vorstendom aan zee regeert.
""",
}, [("Palais princier de Montverre", False)],
[("Palais princier de Montverre", a) for a in ["00_fr.txt", "01_it.txt", "02_es.txt", "03_nl.txt"]],
[("Hereditary Prince Baptiste of Montverre is engaged to the architect Margaux Delaunay.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_nl.txt"], 1),
 ("The wedding will take place in spring 2028 in the cathedral of Saint-Rémi.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_nl.txt"], 1)])

# y02: BILD's own tabloid exclusive (court insiders, own reporters at the lodge, own unanswered
# enquiry) relayed cautiously: en "according to an unconfirmed report in the German tabloid Bild" +
# "the newspaper claims" + "The tabloid claims" + own unanswered request; pl "twierdzi niemiecki
# dziennik „Bild"" + "Informacje tabloidu nie zostały dotąd potwierdzone" (+ background Bunte
# interview: no edge); nl "Volgens het Duitse boulevardblad Bild" + "citeert Bild"; es "El diario
# sensacionalista alemán 'Bild' lo publicaba" + palace denial given to Vanitatis ("fuentes de la
# Casa Gran Ducal consultadas por Vanitatis niegan"): the denial does not make Vanitatis an origin.
story("y02_tabloid_exclusive_separation", "tabloid", {
"00_de.txt": """Ehe-Beben im Großherzogtum! Erbgroßherzogin Viktoria und Prinz Florian leben getrennt
BILD
17.04.2027 - 06:59 Uhr

Was seit Wochen hinter den Mauern von Schloss Lorvenstein getuschelt wird, ist jetzt traurige Gewissheit: Erbgroßherzogin Viktoria (38) und ihr Ehemann Prinz Florian (41) haben sich getrennt. Das erfuhr BILD aus dem engsten Umfeld des Hofes.

Nach BILD-Informationen ist Florian bereits Anfang März aus der gemeinsamen Residenz ausgezogen. Er lebt seitdem im Jagdschloss Eichwald, rund 40 Kilometer von der Hauptstadt entfernt. BILD-Reporter sahen ihn am Donnerstag, wie er mit einem Geländewagen durch das Tor fuhr – ohne Ehering.

„Die beiden reden nur noch das Nötigste miteinander, und meistens geht es um die Kinder“, sagt ein Vertrauter der Familie zu BILD. Eine Scheidung sei aber „derzeit kein Thema“, schon wegen der Thronfolge.

Das Paar hatte 2015 in der Kathedrale von Lorvenstein geheiratet, es hat zwei Töchter (10 und 7). Zuletzt zeigten sich Viktoria und Florian an Silvester gemeinsam. Beim traditionellen Neujahrsempfang im Januar fehlte der Prinz – offiziell wegen einer Grippe.

Der Hof ließ eine schriftliche Anfrage von BILD bis Redaktionsschluss unbeantwortet.
""",
"01_en.txt": """Lorvenstein heir Viktoria and husband Florian 'living apart', German tabloid claims
The Independent
Saturday 17 April 2027 11:30 BST

The heir to the throne of Lorvenstein and her husband have quietly separated and are living in different homes, according to an unconfirmed report in the German tabloid Bild.

Hereditary Grand Duchess Viktoria, 38, and Prince Florian, 41, who married in 2015, have been apart since early March, the newspaper claims, citing people close to the grand-ducal court. Florian is said to have moved into a hunting lodge outside the capital.

"They only talk when they have to, and mostly about the children," an unnamed family friend was quoted as saying. The tabloid claims that a divorce is not currently being considered, not least because of the succession.

The Independent has not been able to verify the claims. The court in Lorvenstein did not immediately respond to a request for comment.

Viktoria is the only child of Grand Duke Leopold Anselm, 69, and is expected to succeed him. The couple have two daughters. Florian, a former investment banker, missed the court's New Year reception in January, an absence put down to illness at the time.
""",
"02_pl.txt": """Kryzys w rodzinie wielkoksiążęcej? Niemiecki tabloid: następczyni tronu rozstała się z mężem
Onet
17 kwietnia 2027, 14:10

Następczyni tronu Lorvensteinu, wielka księżna dziedziczna Wiktoria, i jej mąż, książę Florian, mieszkają osobno — twierdzi niemiecki dziennik „Bild”. Informacje tabloidu nie zostały dotąd potwierdzone.

Według gazety, która powołuje się na osoby z otoczenia dworu, Florian wyprowadził się ze wspólnej rezydencji już na początku marca i zamieszkał w pałacyku myśliwskim Eichwald, około 40 km od stolicy.

„Rozmawiają ze sobą tylko wtedy, kiedy muszą, i to głównie o dzieciach” — miał powiedzieć „Bildowi” przyjaciel rodziny. Rozwód ma jednak na razie nie wchodzić w grę, m.in. ze względu na sukcesję.

Para pobrała się w 2015 r. i ma dwie córki. Jeszcze w 2024 r. Wiktoria i Florian udzielili wspólnego wywiadu magazynowi „Bunte”, w którym opowiadali, jak dzielą się obowiązkami przy wychowaniu dzieci.

Dwór w Lorvensteinie nie skomentował dotąd doniesień niemieckiej prasy.
""",
"03_nl.txt": """Duitse roddelkrant: kroonprinses Viktoria van Lorvenstein en prins Florian uit elkaar
De Telegraaf
za 17 apr. 2027 16:45

Volgens het Duitse boulevardblad Bild is het huwelijk van de Lorvensteinse erfgroothertogin Viktoria (38) en prins Florian (41) op de klippen gelopen. Een bevestiging van het hof is er niet.

Florian zou begin maart zijn vertrokken uit de residentie van het paar en sindsdien in jachtslot Eichwald wonen, schrijft de krant op basis van bronnen rond het groothertogelijk hof. Verslaggevers van het blad zouden hem donderdag zonder trouwring hebben gezien.

Van een scheiding is voorlopig geen sprake, aldus de krant. 'Ze praten alleen nog als het moet, en dan vooral over de kinderen', citeert Bild een vriend van de familie.

Viktoria is de enige dochter van groothertog Leopold Anselm en volgt hem later op. Het stel trouwde in 2015 en heeft twee dochters.

Al in januari gingen er geruchten rond, toen Florian ontbrak op de nieuwjaarsreceptie van het hof. Het paleis noemde toen griep als reden.
""",
"04_es.txt": """La Casa Gran Ducal de Lorvenstein desmiente la separación de Viktoria y Florian
Vanitatis
18/04/2027 - 05:00

El diario sensacionalista alemán 'Bild' lo publicaba este sábado a toda página: la heredera del Gran Ducado de Lorvenstein, Viktoria, y su marido, el príncipe Florian, estarían separados desde principios de marzo y vivirían en residencias distintas.

Según el rotativo, que cita a personas del entorno de la corte, Florian se habría instalado en el pabellón de caza de Eichwald, a unos 40 kilómetros de la capital. El tabloide asegura incluso que sus reporteros le vieron llegar allí el jueves sin la alianza.

Sin embargo, fuentes de la Casa Gran Ducal consultadas por Vanitatis niegan tajantemente la información. «Se trata de especulaciones sin ningún fundamento. Sus Altezas siguen viviendo juntos con sus hijas», asegura un portavoz de la corte, que atribuye la ausencia del príncipe en algunos actos a «compromisos profesionales».

Viktoria, de 38 años, es la única hija del gran duque Leopold Anselm y está llamada a sucederle en el trono. Se casó con Florian, exbanquero de inversión, en 2015 en la catedral de Lorvenstein.

No es la primera vez que la pareja se ve en el centro de los rumores: en enero, la ausencia del príncipe en la tradicional recepción de Año Nuevo ya disparó las especulaciones, que la Casa atribuyó entonces a una gripe.
""",
}, [("BILD", True)],
[("BILD", a) for a in ["01_en.txt", "02_pl.txt", "03_nl.txt", "04_es.txt"]],
[("Hereditary Grand Duchess Viktoria of Lorvenstein and Prince Florian have separated; Florian moved out to the Eichwald hunting lodge in early March.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_nl.txt", "04_es.txt"], 1),
 ("Reporters saw Prince Florian arriving at the lodge without his wedding ring.",
  ["00_de.txt", "03_nl.txt", "04_es.txt"], 1)])

# y03: a royal's own Instagram post (outside origin) relayed directly: en "in a heartfelt message
# shared with her followers on Instagram"; pl quote first, then "— napisała na Instagramie"; it (no
# date line) "Non un comunicato del Palazzo, ma un post su Instagram" + "ha scritto lunedì sera";
# de "Das machte die Königstochter ... selbst auf ihrem Instagram-Account öffentlich" + GALA's own
# unanswered request (no own reporting).
story("y03_instagram_post_burnout", "social_post", {
"00_en.txt": """Princess Ingrid-Marie of Vestmark steps back from royal duties after burnout in emotional Instagram post
HELLO!
10 May 2027 21:15 BST

Princess Ingrid-Marie of Vestmark has revealed that she is taking a three-month break from official engagements after being treated for burnout, in a heartfelt message shared with her followers on Instagram on Monday evening.

Alongside a black-and-white photograph of herself walking her dog along a beach, the 32-year-old royal wrote: "For a long time I thought being tired was simply part of the job. This winter my body told me otherwise."

The King's daughter, who has more than 600,000 followers, explained that she had been receiving treatment since February and that her doctors had advised her to rest. "I am sharing this because so many people carry the same weight in silence," she added. "I will be back, stronger and a little wiser."

Her post quickly attracted thousands of messages of support, among them a red heart from her sister-in-law, Crown Princess Aslaug.

Ingrid-Marie, who married the marine biologist Jonas Elvestad in 2023, is patron of more than 20 organisations, many of them focused on young people's mental health. She said that her engagements until August would be carried out by other members of the family.
""",
"01_pl.txt": """Księżniczka przyznała się do wypalenia. Poruszający wpis na Instagramie
Fakt
11.05.2027 08:10

„Długo myślałam, że zmęczenie po prostu należy do tej pracy. Tej zimy moje ciało dało mi do zrozumienia, że tak nie jest” — napisała na Instagramie księżniczka Ingrid-Marie z Vestmarku. 32-letnia córka króla Eirika VII wyznała, że zmaga się z wypaleniem zawodowym.

W poniedziałkowym wpisie księżniczka poinformowała, że od lutego jest pod opieką lekarzy, a ci zalecili jej odpoczynek. Dlatego przez najbliższe trzy miesiące nie będzie pojawiać się na oficjalnych uroczystościach.

Do postu dołączyła czarno-białe zdjęcie, na którym spaceruje z psem po plaży. „Piszę o tym, bo tak wielu ludzi dźwiga ten sam ciężar w milczeniu” — dodała.

Pod wpisem w ciągu kilku godzin pojawiły się tysiące komentarzy ze słowami wsparcia. Serduszko zostawiła także jej bratowa, księżna koronna Aslaug.

Ingrid-Marie od 2023 r. jest żoną biologa morskiego Jonasa Elvestada. Jest patronką ponad 20 organizacji, z których wiele zajmuje się zdrowiem psychicznym młodzieży.
""",
"02_it.txt": """Ingrid-Marie di Vestmark e il burnout: «Il mio corpo mi ha detto basta»
Vanity Fair Italia

Non un comunicato del Palazzo, ma un post su Instagram, scritto in prima persona. È così che la principessa Ingrid-Marie di Vestmark, 32 anni, ha scelto di raccontare di essere in cura per un burnout e di doversi fermare per tre mesi.

«Per molto tempo ho pensato che la stanchezza facesse semplicemente parte del lavoro. Quest'inverno il mio corpo mi ha detto il contrario», ha scritto lunedì sera la figlia di re Eirik VII, accompagnando le parole con una foto in bianco e nero che la ritrae sulla spiaggia con il suo cane.

La principessa, che su Instagram ha oltre 600mila follower, spiega di essere seguita dai medici da febbraio. «Lo condivido perché tante persone portano lo stesso peso in silenzio. Tornerò, più forte e un po' più saggia».

Fino ad agosto i suoi impegni ufficiali saranno coperti da altri membri della famiglia reale. Una scelta di trasparenza che sui social è stata accolta da migliaia di messaggi d'affetto, compreso un cuore rosso della cognata, la principessa ereditaria Aslaug.
""",
"03_de.txt": """Prinzessin Ingrid-Marie: Burnout! Sie zieht sich für drei Monate zurück
GALA
11. Mai 2027 um 14:20 Uhr

Offene Worte von Prinzessin Ingrid-Marie von Vestmark: Die 32-Jährige leidet an einem Burnout und legt ihre royalen Verpflichtungen bis August auf Eis. Das machte die Königstochter am Montagabend selbst auf ihrem Instagram-Account öffentlich.

„Lange habe ich gedacht, Müdigkeit gehöre einfach zum Job. In diesem Winter hat mir mein Körper etwas anderes gesagt“, schreibt Ingrid-Marie zu einem Schwarz-Weiß-Foto, das sie mit ihrem Hund am Strand zeigt. Seit Februar sei sie in Behandlung, ihre Ärzte hätten ihr Ruhe verordnet.

Mit ihrem Post wolle sie anderen Mut machen: „So viele Menschen tragen dieselbe Last im Stillen.“ Und sie verspricht: „Ich komme zurück, stärker und ein bisschen weiser.“

Der Königshof in Vestmark hat sich bislang nicht zu dem Beitrag geäußert. Eine Anfrage von GALA blieb zunächst unbeantwortet.

Ingrid-Marie ist seit 2023 mit dem Meeresbiologen Jonas Elvestad verheiratet. Seit Jahren engagiert sie sich für die psychische Gesundheit junger Menschen – nun spricht sie zum ersten Mal über ihre eigene.
""",
}, [("Princess Ingrid-Marie", False)],
[("Princess Ingrid-Marie", a) for a in ["00_en.txt", "01_pl.txt", "02_it.txt", "03_de.txt"]],
[("Princess Ingrid-Marie of Vestmark is being treated for burnout and is stepping back from official duties for three months.",
  ["00_en.txt", "01_pl.txt", "02_it.txt", "03_de.txt"], 1)])

# y04: an interview on a TV talk show (outside origin: El Hormiguero on Antena 3): es "sorprendió
# anoche a la audiencia de El Hormiguero" + "según contó ... en el programa de Antena 3"; nl "Dat
# vertelde hij dinsdagavond in de populaire Spaanse talkshow El Hormiguero" + court declines to
# react to the AD (no origin); de "In der Talkshow „El Hormiguero“ des Senders Antena 3 sagte" (+
# background ¡Hola! interview: no edge); pl credits only El Mundo, naming the show as El Mundo's
# source: "Jak podaje hiszpański dziennik „El Mundo”, 45-latek ogłosił to ... w programie „El
# Hormiguero”" -> edge from El Mundo only.
story("y04_talk_show_interview", "broadcast", {
"00_es.txt": """Casimir de Vestmark anuncia en 'El Hormiguero' que renunciará a sus derechos dinásticos para casarse con la chef Lucía Arrabal
El Mundo
Miércoles, 9 junio 2027 - 00:40

El príncipe Casimir de Vestmark, hermano menor del rey Eirik VII y uno de los royals más populares en España desde sus años como piloto de rally, sorprendió anoche a la audiencia de El Hormiguero: renunciará a su puesto en la línea de sucesión para poder casarse con su pareja, la chef Lucía Arrabal.

«Llevo doce años esperando a que la ley de mi país cambie. No va a cambiar, así que el que cambia soy yo», dijo el príncipe, de 45 años, entre las risas y los aplausos del público y ante un presentador visiblemente sorprendido.

La Constitución de Vestmark exige el consentimiento del Consejo de la Corona para el matrimonio de los miembros de la familia real con derechos sucesorios, algo que, según contó Casimir en el programa de Antena 3, le fue denegado en 2019 por tratarse de una mujer divorciada.

El príncipe explicó que comunicará su decisión por escrito al rey «en los próximos días» y que la boda se celebrará «en otoño, en un sitio pequeño y con muy buena comida». Arrabal regenta desde hace años un restaurante en la localidad costera de Arenales del Cabo.

Casimir, que vive a caballo entre Vestmark y España desde hace una década, no ocupa ningún cargo oficial desde 2021. La Casa Real de Vestmark no se ha pronunciado por ahora sobre sus palabras.
""",
"01_nl.txt": """Prins Casimir geeft troonrechten op voor de liefde: 'Dan verander ik wel'
AD
09-06-27, 10:15

Prins Casimir van Vestmark (45), de jongere broer van koning Eirik VII, ziet af van zijn plaats in de troonopvolging om te kunnen trouwen met zijn Spaanse vriendin. Dat vertelde hij dinsdagavond in de populaire Spaanse talkshow El Hormiguero.

'Twaalf jaar wacht ik al tot de wet in mijn land verandert. Dat gaat niet gebeuren, dus dan verander ik wel', zei de prins tegen de presentator. Het publiek in de studio van Antena 3 reageerde met luid applaus.

Casimir heeft al twaalf jaar een relatie met de Spaanse kok Lucía Arrabal. Volgens de grondwet van Vestmark moet de Kroonraad instemmen met het huwelijk van een lid van het koningshuis dat rechten op de troon heeft. Die toestemming werd in 2019 geweigerd omdat Arrabal gescheiden is, vertelde hij in de uitzending.

Het hof in Vestmark laat tegenover deze krant weten 'niet te reageren op uitspraken in een televisieprogramma'. De prins zegt de koning de komende dagen schriftelijk over zijn besluit te informeren.

De voormalige rallycoureur woont al jaren grotendeels in Spanje en heeft sinds 2021 geen officiële functies meer.
""",
"02_de.txt": """Prinz Casimir verzichtet auf die Thronfolge – für eine Köchin
stern
09.06.2027, 12:30

Liebe statt Krone: Prinz Casimir von Vestmark will auf seinen Platz in der Thronfolge verzichten, um seine langjährige Partnerin heiraten zu können. Seine Entscheidung verkündete der 45-Jährige nicht etwa in einer Erklärung des Hofes, sondern vor einem Millionenpublikum im spanischen Fernsehen.

In der Talkshow „El Hormiguero“ des Senders Antena 3 sagte der jüngere Bruder von König Eirik VII. am Dienstagabend: „Seit zwölf Jahren warte ich darauf, dass sich das Gesetz in meinem Land ändert. Es wird sich nicht ändern – also ändere ich mich.“

Casimir ist seit zwölf Jahren mit der spanischen Köchin Lucía Arrabal liiert. Nach der Verfassung von Vestmark muss der Kronrat der Ehe eines erbberechtigten Mitglieds des Königshauses zustimmen. Das Gremium habe 2019 abgelehnt, weil Arrabal geschieden ist, erzählte der Prinz in der Sendung.

Den König werde er in den nächsten Tagen schriftlich informieren, kündigte Casimir an. Geheiratet werden soll im Herbst, „an einem kleinen Ort, mit sehr gutem Essen“.

Der frühere Rallyefahrer lebt seit rund zehn Jahren überwiegend in Spanien und nimmt seit 2021 keine offiziellen Termine mehr wahr. Dort ist er ein gern gesehener Gast – schon 2025 hatte er der Zeitschrift „¡Hola!“ ein langes Interview über seine Leidenschaft fürs Kochen gegeben.
""",
"03_pl.txt": """Książę zrzeka się praw do tronu dla ukochanej. Zaskakujące wyznanie w hiszpańskiej telewizji
Wirtualna Polska
9 czerwca 2027, 15:05

Książę Casimir z Vestmarku, młodszy brat króla Eirika VII, zamierza zrzec się miejsca w linii sukcesji, by poślubić swoją wieloletnią partnerkę. Jak podaje hiszpański dziennik „El Mundo”, 45-latek ogłosił to we wtorek wieczorem w programie „El Hormiguero” telewizji Antena 3.

„Od dwunastu lat czekam, aż prawo w moim kraju się zmieni. Nie zmieni się, więc to ja się zmienię” — miał powiedzieć książę, cytowany przez hiszpańską gazetę.

Partnerką Casimira jest hiszpańska szefowa kuchni Lucía Arrabal. Zgodnie z konstytucją Vestmarku na małżeństwo członka rodziny królewskiej uprawnionego do tronu musi zgodzić się Rada Korony. Według „El Mundo” rada odmówiła w 2019 r., ponieważ Arrabal jest rozwódką.

Ślub ma się odbyć jesienią. Książę zapowiedział, że w najbliższych dniach poinformuje o swojej decyzji króla na piśmie.

Dwór królewski w Vestmarku na razie milczy.
""",
}, [("El Hormiguero", False)],
[("El Hormiguero", "00_es.txt"), ("El Hormiguero", "01_nl.txt"), ("El Hormiguero", "02_de.txt"),
 ("El Mundo", "03_pl.txt")],
[("Prince Casimir of Vestmark said he will give up his place in the line of succession to marry the chef Lucía Arrabal.",
  ["00_es.txt", "01_nl.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Vestmark's Crown Council refused consent to the marriage in 2019 because Arrabal is divorced.",
  ["00_es.txt", "01_nl.txt", "02_de.txt", "03_pl.txt"], 1)])

# y05: chain Paris Match -> Daily Mail -> nl, pl. Paris Match's own exclusive (own reporter at the
# ceremony, parish register seen, anonymous guest); en "according to Paris Match" + "the French
# celebrity magazine reports" + "told Match" + own unanswered request (MailOnline); nl "meldt de
# Britse Daily Mail op basis van het Franse weekblad Paris Match" (credit to an in-corpus outlet
# naming its source -> edge from Daily Mail only); pl "Jak podaje serwis dailymail.co.uk" +
# "cytowana przez brytyjski tabloid" -> edge from Daily Mail.
story("y05_magazine_exclusive_chain", "chain", {
"00_fr.txt": """EXCLUSIF – Alix de Montverre s'est mariée en secret à la montagne
Paris Match
Publié le 15/07/2027 à 18h00

C'était samedi, dans une petite chapelle de montagne, sans garde du corps ni photographe officiel. La princesse Alix de Montverre, 26 ans, fille du prince Aurèle II, a épousé Théo Marchal, moniteur de ski de 30 ans, devant une vingtaine d'invités. Paris Match était sur place.

La cérémonie a été célébrée dans la chapelle du hameau de Prabérard par le curé du village. Selon le registre paroissial que Match a pu consulter, les deux témoins de la mariée étaient des amies d'enfance. Ni son père ni son frère, le prince héréditaire Baptiste, n'étaient présents.

« Elle voulait un mariage à elle, pas un mariage d'État », confie à Paris Match une invitée, qui a requis l'anonymat. « Elle a prévenu ses parents la veille au soir. »

Le couple s'est rencontré il y a trois ans sur les pistes de Prabérard, où Alix passe ses hivers depuis l'enfance. Après la messe, les mariés ont partagé une fondue avec leurs invités au refuge que tiennent les parents du marié.

Contacté par Paris Match, le Palais princier n'a pas souhaité faire de commentaire. Retrouvez les photos exclusives de la cérémonie dans notre numéro en kiosque jeudi.
""",
"01_en.txt": """Princess Alix of Montverre secretly marries ski instructor in tiny mountain chapel - with neither her father nor her brother at her side
Daily Mail
Published: 21:04 BST, 15 July 2027 | Updated: 22:30 BST, 15 July 2027

Princess Alix of Montverre has secretly married a ski instructor in a tiny mountain chapel, with neither her father, Prince Aurèle II, nor her brother, the heir to the throne, in attendance, according to Paris Match.

The 26-year-old royal wed Théo Marchal, 30, on Saturday in front of around 20 guests in the hamlet of Prabérard, the French celebrity magazine reports. Its reporter was at the ceremony, and the parish register seen by the magazine names two of the bride's childhood friends as witnesses.

'She wanted a wedding of her own, not a state wedding,' one guest told Match. 'She told her parents the night before.'

The couple reportedly met three years ago on the slopes of the resort, where Alix has spent her winters since childhood. After the service the newlyweds and their guests shared a fondue at a mountain refuge run by the groom's parents.

The Prince's Palace declined to comment when approached by the magazine. MailOnline has contacted the palace for comment.

The wedding comes only four months after the palace announced the engagement of Alix's brother, Hereditary Prince Baptiste, to the architect Margaux Delaunay.
""",
"02_nl.txt": """Prinses Alix van Montverre in het geheim getrouwd met skileraar
RTL Boulevard
16 juli 2027 09:12

Prinses Alix van Montverre (26) is stiekem getrouwd. De dochter van vorst Aurèle II gaf afgelopen zaterdag in een bergkapelletje haar jawoord aan skileraar Théo Marchal (30), meldt de Britse Daily Mail op basis van het Franse weekblad Paris Match.

Volgens de Britse krant waren er zo'n twintig gasten bij de ceremonie in het gehucht Prabérard. Alix' vader en haar broer, kroonprins Baptiste, ontbraken.

'Ze wilde haar eigen bruiloft, geen staatshuwelijk', zou een gast hebben gezegd. Pas de avond voor de ceremonie zou de prinses haar ouders hebben ingelicht.

Het stel leerde elkaar drie jaar geleden kennen op de skipiste. Na afloop at het gezelschap kaasfondue in een berghut van de ouders van de bruidegom.

Het paleis heeft nog niet gereageerd.
""",
"03_pl.txt": """Księżniczka potajemnie wzięła ślub z instruktorem narciarstwa! Ojca i brata nie było
Pudelek
16.07.2027 11:40

Takiego obrotu spraw nikt się nie spodziewał! 26-letnia księżniczka Alix z Montverre wzięła potajemny ślub w niewielkiej górskiej kaplicy. Jak podaje serwis dailymail.co.uk, jej wybrankiem jest 30-letni instruktor narciarstwa Théo Marchal.

Na uroczystości w przysiółku Prabérard pojawiło się około 20 gości. Zabrakło za to ojca panny młodej, księcia Aurèle'a II, oraz jej brata, następcy tronu Baptiste'a.

„Chciała mieć własny ślub, a nie państwową ceremonię” — zdradziła jedna z zaproszonych osób, cytowana przez brytyjski tabloid. Rodzice mieli dowiedzieć się o wszystkim dzień wcześniej.

Para poznała się trzy lata temu na stoku. Po ceremonii nowożeńcy i goście zjedli fondue w schronisku prowadzonym przez rodziców pana młodego. Romantycznie?

Pałac książęcy milczy.
""",
}, [("Paris Match", True)],
[("Paris Match", "01_en.txt"), ("Daily Mail", "02_nl.txt"), ("Daily Mail", "03_pl.txt")],
[("Princess Alix of Montverre secretly married the ski instructor Théo Marchal in a chapel in Prabérard; her father and brother did not attend.",
  ["00_fr.txt", "01_en.txt", "02_nl.txt", "03_pl.txt"], 1)])

# y06: Chi's own photo exclusive (own photographers on Ventrella, a friend of the couple); 01_es
# (no outlet line) is an uncredited close Spanish translation of it, published the same evening
# (keeps "Los hemos sorprendido" and "Nuestros fotógrafos"): edge from Chi, scenario translation;
# de credits Chi only in its last paragraph ("Die Fotos ... hat das italienische People-Magazin
# „Chi“ ... veröffentlicht"); en credits both Chi ("published on Wednesday by the Italian celebrity
# weekly Chi") and the court's own statement on its website (a second, outside root).
story("y06_magazine_exclusive_translation", "translation", {
"00_it.txt": """Esclusivo – Il principe Maximilian di Lorvenstein e Ginevra Sartori: baci in barca a Ventrella
Chi
11 agosto 2027

Lui è un principe, nipote del granduca di Lorvenstein e quarto nella linea di successione. Lei è una delle attrici più amate della nuova fiction italiana. Chi li ha sorpresi insieme, in vacanza sull'isola di Ventrella, tra tuffi, cene a lume di candela e baci sul ponte di uno yacht.

Maximilian, 27 anni, e Ginevra Sartori, 29, sono arrivati sull'isola venerdì scorso. I nostri fotografi li hanno seguiti per quattro giorni: lui al timone del gommone, lei a prendere il sole a prua, poi le passeggiate mano nella mano nel porticciolo, senza curarsi degli sguardi dei turisti.

«Stanno insieme da gennaio, si sono conosciuti a una cena di beneficenza», racconta a Chi un amico della coppia. «Lui è molto protettivo, lei lo fa ridere. A Ventrella si sentono liberi».

Per il giovane principe, laureato in ingegneria navale e appassionato di vela, è la prima relazione a uscire allo scoperto. Ginevra, invece, ha chiuso lo scorso anno una lunga storia con un regista.

Dalla corte di Lorvenstein, per ora, nessun commento. Il servizio completo con tutte le foto è sul numero di Chi in edicola da oggi.
""",
"01_es.txt": """El príncipe Maximilian de Lorvenstein y Ginevra Sartori: besos en barco en Ventrella
11/08/2027 20:10

Él es un príncipe, sobrino del gran duque de Lorvenstein y cuarto en la línea de sucesión. Ella es una de las actrices más queridas de la nueva ficción italiana. Los hemos sorprendido juntos, de vacaciones en la isla de Ventrella, entre chapuzones, cenas a la luz de las velas y besos en la cubierta de un yate.

Maximilian, de 27 años, y Ginevra Sartori, de 29, llegaron a la isla el viernes pasado. Nuestros fotógrafos los siguieron durante cuatro días: él al timón de la lancha neumática, ella tomando el sol en la proa, y después los paseos de la mano por el pequeño puerto, sin importarles las miradas de los turistas.

«Están juntos desde enero, se conocieron en una cena benéfica», cuenta un amigo de la pareja. «Él es muy protector, ella le hace reír. En Ventrella se sienten libres».

Para el joven príncipe, ingeniero naval y apasionado de la vela, es la primera relación que sale a la luz. Ginevra, en cambio, puso fin el año pasado a una larga historia con un director de cine.

Desde la corte de Lorvenstein, por ahora, ningún comentario.
""",
"02_de.txt": """Prinz Maximilian von Lorvenstein: Urlaubsliebe mit italienischer Schauspielerin
BUNTE
12. August 2027, 09:30 Uhr

Sonne, Meer und ganz viel Nähe: Prinz Maximilian von Lorvenstein (27) hat offenbar sein Herz verloren – an die italienische Schauspielerin Ginevra Sartori (29). Die beiden verbrachten mehrere Tage auf der Insel Ventrella, schlenderten Hand in Hand durch den kleinen Hafen und küssten sich an Deck einer Yacht.

Der Neffe von Großherzog Leopold Anselm steht an vierter Stelle der Thronfolge. Der studierte Schiffbauingenieur gilt als leidenschaftlicher Segler – und steuerte das Beiboot bei den Ausflügen selbst.

Die beiden sollen seit Januar ein Paar sein und sich bei einem Benefizdinner kennengelernt haben. „Er ist sehr fürsorglich, sie bringt ihn zum Lachen“, wird ein Freund des Paares zitiert.

Für Maximilian ist es die erste Beziehung, die öffentlich wird. Sartori kennt man in Italien aus mehreren erfolgreichen Fernsehserien.

Die Fotos des Paares hat das italienische People-Magazin „Chi“ in seiner aktuellen Ausgabe veröffentlicht. Der großherzogliche Hof wollte sich zu den Bildern bislang nicht äußern.
""",
"03_en.txt": """Lorvenstein court confirms Prince Maximilian's romance with Italian actress after yacht pictures
The Telegraph
12 August 2027 • 4:50pm

The grand-ducal court of Lorvenstein has confirmed that Prince Maximilian, nephew of Grand Duke Leopold Anselm, is in a relationship with the Italian actress Ginevra Sartori, a day after the couple were pictured kissing on a yacht.

"Prince Maximilian and Ms Sartori have been in a relationship since the beginning of the year," the court said in a short statement published on its website on Thursday afternoon. "They kindly ask that their privacy be respected, particularly while on holiday."

The photographs, published on Wednesday by the Italian celebrity weekly Chi, showed the 27-year-old prince and Sartori, 29, on the island of Ventrella, where they had spent four days. Chi quoted a friend of the couple as saying that they had met at a charity dinner in January.

Maximilian, a naval engineer by training and a keen sailor, is fourth in line to the throne. It is the first time that one of his relationships has become public.

Sartori, who is known in Italy for her roles in several television dramas, has not commented.
""",
}, [("Chi", True), ("Grand-ducal court of Lorvenstein", False)],
[("Chi", "01_es.txt"), ("Chi", "02_de.txt"), ("Chi", "03_en.txt"),
 ("Grand-ducal court of Lorvenstein", "03_en.txt")],
[("Prince Maximilian of Lorvenstein and the actress Ginevra Sartori are a couple and were photographed together on holiday on the island of Ventrella.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_en.txt"], 2),
 ("Photographers followed the couple on Ventrella for four days.",
  ["00_it.txt", "01_es.txt"], 1)])

# y07: two independent roots (AFP, outside; La Stampa's own correspondent and anonymous hospital
# staff) plus a relay that adds its own confirmation (Süddeutsche Zeitung: AFP edge + "bestätigte
# ein Sprecher des Fürstenpalastes der Süddeutschen Zeitung" -> also an origin). fr "a appris l'AFP
# ... de source proche du Palais"; 20 Minutes credits both "Selon l'AFP" and "Le quotidien italien
# La Stampa, dont l'envoyé spécial" (two edges); Sky News credits only the SZ ("a palace spokesman
# told Süddeutsche Zeitung") -> edge from Süddeutsche Zeitung. The palace spokesman is no origin.
story("y07_two_roots_hospital", "two_roots", {
"00_fr.txt": """Le prince Aurèle II de Montverre hospitalisé après une chute en montagne
Le Figaro
Publié le 15 septembre 2027 à 09h12

Le prince souverain Aurèle II de Montverre, 67 ans, a été hospitalisé mardi soir après une chute lors d'une randonnée dans l'arrière-pays de la Principauté, a appris mercredi l'AFP de source proche du Palais.

Le souverain aurait glissé sur un sentier escarpé du massif du Mont-Aigrain et souffrirait d'une fracture du poignet ainsi que de contusions, selon cette source. Il a été transporté au Centre hospitalier princier, où il a passé la nuit « en observation ».

« Ses jours ne sont absolument pas en danger, mais les médecins préfèrent le garder quelques jours », a précisé cette source à l'agence.

Le Palais princier n'a pas communiqué officiellement dans l'immédiat. L'agenda du prince prévoyait jeudi l'inauguration d'un nouveau terminal portuaire, qui pourrait être confiée au prince héréditaire Baptiste.

Aurèle II règne sur la Principauté depuis 2009. En 2024, il avait déjà dû renoncer à plusieurs engagements en raison d'une opération du genou.
""",
"01_it.txt": """Montverre, ricoverato il principe Aurèle: l'elicottero, il cordone di sicurezza e il silenzio del Palazzo
La Stampa
Pubblicato il 15/09/2027 alle ore 10:40

DAL NOSTRO INVIATO A MONTVERRE. Un elicottero bianco e rosso atterra poco prima delle 20 sulla piazzola del Centre hospitalier princier, mentre due auto della gendarmeria bloccano l'accesso al viale. È così che, martedì sera, il Principato ha capito che era successo qualcosa al suo sovrano.

Il principe Aurèle II, 67 anni, è ricoverato dopo una caduta durante un'escursione in montagna. Lo confermano a La Stampa due persone del personale sanitario, che chiedono di restare anonime: il principe ha una frattura al polso e diverse contusioni, ma è sempre rimasto cosciente.

«È arrivato scherzando con i soccorritori, chiedeva del suo cane», racconta uno dei due. Stamattina davanti all'ingresso c'erano ancora le transenne e una decina di fotografi; il reparto al terzo piano è chiuso ai visitatori.

Il Palazzo principesco non ha ancora diffuso alcuna comunicazione ufficiale. Al telefono, un funzionario dell'ufficio stampa si è limitato a dire che «il principe riposa».

Aurèle II, sul trono dal 2009, è un appassionato escursionista: ogni settembre percorre a piedi i sentieri del massiccio del Mont-Aigrain, spesso accompagnato soltanto da una guardia del corpo.
""",
"02_de.txt": """Fürst Aurèle II. von Montverre nach Sturz im Krankenhaus
Süddeutsche Zeitung
15. September 2027, 13:05 Uhr

Der Fürst von Montverre, Aurèle II., liegt nach einem Sturz bei einer Bergwanderung im Krankenhaus. Das meldete zunächst die französische Nachrichtenagentur AFP unter Berufung auf eine Quelle aus dem Umfeld des Palastes.

Am Mittwochmittag bestätigte ein Sprecher des Fürstenpalastes der Süddeutschen Zeitung den Krankenhausaufenthalt. „Der Fürst hat sich das linke Handgelenk gebrochen, sein Zustand ist stabil“, sagte er auf Anfrage der SZ. Der 67-Jährige werde voraussichtlich bis zum Wochenende im Centre hospitalier princier bleiben.

Nach AFP-Angaben war der Fürst am Dienstagabend auf einem steilen Pfad im Massiv des Mont-Aigrain ausgerutscht. Er habe außerdem Prellungen erlitten, sei aber nie in Lebensgefahr gewesen.

Seine Termine in den kommenden Tagen übernimmt nach Angaben des Sprechers Erbprinz Baptiste, darunter am Donnerstag die Eröffnung eines neuen Hafenterminals.

Aurèle II. regiert den kleinen Küstenstaat seit 2009. Im Frühjahr hatte der Palast die Verlobung seines Sohnes Baptiste mit der Architektin Margaux Delaunay bekannt gegeben, im Sommer sorgte die heimliche Hochzeit seiner Tochter Alix für Schlagzeilen.
""",
"03_fr.txt": """Montverre : ce que l'on sait de l'hospitalisation du prince Aurèle II
20 Minutes
Publié le 15/09/27 à 16h40

Le prince Aurèle II de Montverre a passé la journée de mercredi à l'hôpital, au lendemain d'une chute en montagne. Voici ce que l'on sait.

Que s'est-il passé ? Selon l'AFP, qui cite une source proche du Palais, le souverain de 67 ans a glissé mardi en fin d'après-midi sur un sentier du massif du Mont-Aigrain. Le quotidien italien La Stampa, dont l'envoyé spécial se trouvait devant l'hôpital, rapporte qu'il a été héliporté au Centre hospitalier princier peu avant 20 heures.

Quelle est la gravité de ses blessures ? Le prince souffre d'une fracture du poignet et de contusions, d'après les deux médias. « Il est arrivé en plaisantant avec les secouristes », a raconté à La Stampa un membre du personnel soignant.

Qui le remplace ? L'inauguration du nouveau terminal portuaire, prévue jeudi, devrait être assurée par le prince héréditaire Baptiste, selon l'agence de presse.

Le Palais princier ne s'est toujours pas exprimé publiquement.
""",
"04_en.txt": """Prince Aurèle II of Montverre breaks wrist in mountain fall, palace confirms
Sky News
Wednesday 15 September 2027 18:05, UK

The ruler of Montverre, Prince Aurèle II, has broken his wrist in a fall while hiking and is being treated in hospital, his palace has confirmed to a German newspaper.

"The prince has broken his left wrist, his condition is stable," a palace spokesman told Süddeutsche Zeitung on Wednesday. The German daily reported that the 67-year-old is expected to remain in hospital until the weekend.

The prince slipped on a steep path in the mountains above the principality on Tuesday evening and also suffered bruising, according to the paper.

His son and heir, Hereditary Prince Baptiste, will stand in for him at public engagements this week, including the opening of a new port terminal on Thursday.

Aurèle II has reigned since 2009. No statement has been published on the palace's website.
""",
}, [("AFP", False), ("La Stampa", True), ("Süddeutsche Zeitung", True)],
[("AFP", "00_fr.txt"), ("AFP", "02_de.txt"), ("AFP", "03_fr.txt"), ("La Stampa", "03_fr.txt"),
 ("Süddeutsche Zeitung", "04_en.txt")],
[("Prince Aurèle II of Montverre was taken to hospital with a broken wrist after a fall while hiking.",
  ["00_fr.txt", "01_it.txt", "02_de.txt", "03_fr.txt", "04_en.txt"], 3),
 ("A palace spokesman said the prince's condition is stable and he is expected to stay in hospital until the weekend.",
  ["02_de.txt", "04_en.txt"], 2)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.exists(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 186 (royal families, monarchy and palace news; "
                    "real outlet names, everything else invented); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
