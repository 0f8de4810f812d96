#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand176 set (all invented:
events, people, companies, bodies, places, figures and quotes; the outlet names are real media)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# c01: in-corpus scoop (Süddeutsche Zeitung: internal inspection report seen by the paper + two
# anonymous agency employees), relayed 3x: nl "Dat meldt de Süddeutsche Zeitung … dat de krant heeft
# ingezien" + "tegen de krant uit München"; pl "– podała w środę „Süddeutsche Zeitung”" + "Monachijski
# dziennik dotarł do"; en "the Süddeutsche Zeitung has reported" + "The Munich-based daily, which has
# seen". Background mentions (Bayerischer Rundfunk, Der Spiegel, own earlier articles) give no edge;
# the relays' unanswered requests add no own reporting.
story("c01_pfas_report_scoop", "scoop", {
"00_de.txt": """Chemiewerk Oberwaltering: Behörde hielt Giftbericht wochenlang zurück
Süddeutsche Zeitung
10. März 2027, 05:30 Uhr

Aus dem Werk der Brandtner Fluorchemie GmbH in Oberwaltering gelangen offenbar weit mehr per- und polyfluorierte Chemikalien (PFAS) in die Saubach als erlaubt. Das geht aus einem internen Inspektionsbericht der Landesstelle für Anlagenaufsicht (LAA) vom 14. Januar hervor, der der Süddeutschen Zeitung vorliegt. An drei von fünf Messstellen lag die Konzentration im Abwasser demnach bis zum 38-Fachen über dem genehmigten Wert.

Die Prüfer empfehlen in dem 46 Seiten langen Papier, die Produktionslinie 4 des Werks „unverzüglich" stillzulegen, bis die Ursache geklärt sei. Geschehen ist das bis heute nicht. Zwei Mitarbeiter der LAA, die aus Sorge um ihre Stellen anonym bleiben wollen, schildern der SZ, der Bericht sei auf Anweisung der Amtsleitung sieben Wochen lang „in der Schublade" geblieben. „Wir hatten die Zahlen im Januar, und dann haben wir nie wieder etwas davon gehört", sagt einer von ihnen.

Die Brandtner Fluorchemie, die in Oberwaltering rund 900 Menschen beschäftigt, weist die Vorwürfe zurück. Man halte „sämtliche Grenzwerte der wasserrechtlichen Erlaubnis" ein, erklärte ein Unternehmenssprecher auf Anfrage. Die Messungen der Behörde seien „methodisch nicht nachvollziehbar". Die LAA ließ einen Fragenkatalog bis Dienstagabend unbeantwortet, das zuständige Ministerium verwies auf eine „laufende Prüfung".

PFAS gelten als nahezu unzerstörbar und reichern sich in Böden, Gewässern und im menschlichen Körper an. Einige der Verbindungen stehen im Verdacht, Krebs auszulösen und das Immunsystem zu schwächen. Der Bayerische Rundfunk hatte bereits vor zwei Jahren über erhöhte PFAS-Werte in Hausbrunnen flussabwärts von Oberwaltering berichtet; damals hieß es aus dem Werk, die Belastung stamme aus früheren Jahrzehnten.

Landrat Hubert Reißacher, dem die SZ die Messwerte vorgelegt hat, verlangt nun, den Bericht „sofort und vollständig" zu veröffentlichen. Die Menschen an der Saubach hätten „ein Recht darauf zu erfahren, was in ihrem Bach fließt".
""",
"01_nl.txt": """Duitse toezichthouder liet rapport over PFAS-lozing wekenlang liggen
de Volkskrant
10 maart 2027, 14:12

Een Duitse chemiefabriek loost mogelijk tot 38 keer meer PFAS in een riviertje dan is toegestaan. Dat meldt de Süddeutsche Zeitung woensdag op basis van een intern inspectierapport van de Beierse toezichthouder LAA, dat de krant heeft ingezien.

Volgens het rapport van 14 januari maten inspecteurs bij de fabriek van Brandtner Fluorchemie in het stadje Oberwaltering op drie van de vijf meetpunten sterk verhoogde concentraties van de zogeheten 'eeuwige chemicaliën' in het afvalwater. Zij adviseerden om een van de productielijnen per direct stil te leggen. Dat is tot nu toe niet gebeurd.

Twee medewerkers van de dienst zeggen tegen de krant uit München dat het rapport op last van de leiding zeven weken 'in de la' heeft gelegen. Zij willen anoniem blijven omdat ze vrezen voor hun baan. Brandtner ontkent tegenover de Süddeutsche dat het bedrijf de normen overschrijdt en noemt de metingen van de toezichthouder 'methodisch niet navolgbaar'.

PFAS is een verzamelnaam voor duizenden stoffen die vrijwel niet afbreken en zich ophopen in bodem, water en het menselijk lichaam. Een deel ervan wordt in verband gebracht met kanker en een verzwakt afweersysteem. De Beierse omroep BR berichtte twee jaar geleden al over verhoogde waarden in drinkwaterputten stroomafwaarts van de fabriek.

Brandtner Fluorchemie heeft vragen van de Volkskrant over de lozingen woensdag niet beantwoord. De lokale bestuurder Hubert Reißacher eist volgens de Duitse krant dat het volledige rapport openbaar wordt gemaakt.
""",
"02_pl.txt": """Niemiecka fabryka truje rzekę? „SZ”: stężenia PFAS 38 razy powyżej normy
Rzeczpospolita
10.03.2027 16:05

Zakład chemiczny Brandtner Fluorchemie w bawarskim miasteczku Oberwaltering mógł odprowadzać do rzeki Saubach ścieki zawierające substancje PFAS w stężeniach nawet 38-krotnie wyższych od dopuszczalnych – podała w środę „Süddeutsche Zeitung”.

Monachijski dziennik dotarł do wewnętrznego raportu z kontroli przeprowadzonej przez regionalny urząd nadzoru nad instalacjami przemysłowymi (LAA). Dokument datowany na 14 stycznia opisuje pomiary w pięciu punktach poboru próbek; w trzech z nich normy zostały przekroczone. Inspektorzy zalecili natychmiastowe wstrzymanie pracy jednej z linii produkcyjnych.

Firma odpiera zarzuty. Rzecznik Brandtner Fluorchemie zapewnił w rozmowie z niemiecką gazetą, że zakład „przestrzega wszystkich limitów” wynikających z pozwolenia wodnoprawnego, a pomiary urzędu są według niego „nie do odtworzenia pod względem metodologicznym”.

PFAS, nazywane „wiecznymi chemikaliami”, praktycznie nie ulegają rozkładowi i kumulują się w organizmach ludzi i zwierząt. Część z nich uznaje się za rakotwórcze, inne zaburzają pracę układu odpornościowego. Substancje te stosuje się m.in. w powłokach nieprzywierających, pianach gaśniczych i odzieży przeciwdeszczowej.

Jak pisaliśmy w „Rzeczpospolitej” jesienią, z zanieczyszczeniem wód PFAS zmagają się także polskie samorządy, m.in. gmina Wolbórz Dolny, gdzie zamknięto dwa ujęcia wody. Brandtner Fluorchemie nie odpowiedział do środowego popołudnia na pytania przesłane przez naszą redakcję.
""",
"03_en.txt": """German regulator sat on report showing 'forever chemicals' discharge 38 times over limit
The Guardian
Wed 10 Mar 2027 17.48 GMT

A Bavarian chemical plant has been discharging PFAS "forever chemicals" into a local river at up to 38 times its permitted level, according to an internal inspection report that regional authorities kept under wraps for seven weeks, the Süddeutsche Zeitung has reported.

The Munich-based daily, which has seen the 46-page report, said inspectors from the state's industrial oversight agency, known as the LAA, found the excess concentrations at three of five sampling points at the Brandtner Fluorchemie works in Oberwaltering in January. They recommended that one of the production lines be shut down immediately. That has not happened.

Two LAA employees, speaking to the newspaper on condition of anonymity, said the agency's leadership had ordered the findings to be held back. "We had the numbers in January and then we never heard about them again," one was quoted as saying.

Brandtner, which employs about 900 people in the town, told the Süddeutsche it complied with "all limits" set in its water permit and questioned the agency's methods. The LAA did not respond to the paper's questions, it said.

PFAS, a family of thousands of synthetic compounds used in non-stick coatings, firefighting foams and waterproof clothing, barely break down in the environment. Some have been linked to cancers, liver damage and weakened immune responses.

Earlier this year Der Spiegel reported on a separate dispute over PFAS-laden sludge spread on farmland in northern Germany, and campaigners have long argued that regional authorities lack the staff to police thousands of industrial permits.
""",
}, [O("Süddeutsche Zeitung", True)],
[R("Süddeutsche Zeitung", "01_nl.txt"), R("Süddeutsche Zeitung", "02_pl.txt"), R("Süddeutsche Zeitung", "03_en.txt")],
[C("An internal LAA inspection report found PFAS in the wastewater of Brandtner Fluorchemie's Oberwaltering plant at up to 38 times the permitted level.", ["00_de.txt", "01_nl.txt", "02_pl.txt", "03_en.txt"], 1),
 C("According to agency employees, the report was held back for seven weeks on the leadership's orders and the recommended shutdown of a production line has not happened.", ["00_de.txt", "01_nl.txt", "03_en.txt"], 1),
 C("Brandtner Fluorchemie denies exceeding its limits and calls the agency's measurements methodologically unsound.", ["00_de.txt", "01_nl.txt", "02_pl.txt", "03_en.txt"], 1)])

# c02: an inspectorate's own published report (Rijksinspectie Chemische Veiligheid, RCV) taken
# directly by nl, de, it, en ("Dat staat in een rapport … dat vanochtend is gepubliceerd"; "in einem am
# Donnerstag veröffentlichten Untersuchungsbericht"; "È quanto emerge dal rapporto pubblicato giovedì";
# "the … inspectorate said in a report published on its website"), and once via the in-corpus NOS
# (fr: "a rapporté … la NOS, qui cite un rapport de l'inspection" + "Selon la NOS"): chain.
# Background: AD's earlier reporting on smell complaints gives no edge; unanswered requests add nothing.
story("c02_styrene_terminal_report", "statement", {
"00_nl.txt": """Inspectie: 14 ton styreen weggelekt bij tankterminal Maaszijl, lekdetectie stond uit
NOS
do 15 apr 2027, 10:12

Bij een tankopslag in de haven van Maaszijl is vorig najaar negen dagen lang styreen weggelekt zonder dat iemand het merkte. In totaal ontsnapte naar schatting 14 ton van de giftige stof, waarvan een deel in de bodem en in het havenwater terechtkwam. Dat staat in een rapport van de Rijksinspectie Chemische Veiligheid (RCV) dat vanochtend is gepubliceerd.

Volgens de inspectie was het lekdetectiesysteem van tank 17 bij Vlietmond Terminals na onderhoudswerk in oktober niet opnieuw ingeschakeld. Het lek werd pas ontdekt nadat bewoners van de wijk Zijlhoven bij de gemeente hadden geklaagd over een zoetige, prikkelende lucht. "Een lekdetectie die uitstaat, is geen lekdetectie", schrijft inspecteur-generaal Marloes Verhagen in het voorwoord.

De inspectie legt het bedrijf een last onder dwangsom op van maximaal 250.000 euro en heeft justitie ingelicht. Vlietmond Terminals moet binnen zes weken aantonen dat alle 42 tanks op het terrein goed worden bewaakt. Ook moet het bedrijf de vervuilde grond bij tank 17 laten afgraven.

Styreen is een grondstof voor onder meer piepschuim en andere kunststoffen. Bij hoge concentraties kan de stof hoofdpijn, duizeligheid en irritatie van ogen en luchtwegen veroorzaken; op de lange termijn wordt ze in verband gebracht met kanker.

Het AD schreef in november al over de stankklachten in Zijlhoven; de gemeente sprak toen nog van "tijdelijke geurhinder". Vlietmond Terminals, een dochterbedrijf van het Hamburgse Hanseatische Tanklager, was vanochtend niet bereikbaar voor een reactie.
""",
"01_de.txt": """Styrol-Leck im Hafen von Maaszijl: Warnsystem war abgeschaltet
Frankfurter Allgemeine Zeitung
15.04.2027, 14:35

Auf dem Gelände eines Tanklagers im niederländischen Hafen Maaszijl sind im vergangenen Herbst rund 14 Tonnen Styrol ausgetreten – über neun Tage hinweg und unbemerkt. Zu diesem Ergebnis kommt die niederländische Aufsichtsbehörde für Chemikaliensicherheit, die Rijksinspectie Chemische Veiligheid (RCV), in einem am Donnerstag veröffentlichten Untersuchungsbericht.

Dem Bericht zufolge war die Leckerkennung an Tank 17 nach Wartungsarbeiten im Oktober nicht wieder eingeschaltet worden. Bemerkt wurde das Leck erst, als sich Anwohner über einen süßlich-stechenden Geruch beschwerten. „Eine Leckerkennung, die ausgeschaltet ist, ist keine Leckerkennung", schreibt Generalinspekteurin Marloes Verhagen im Vorwort des 60 Seiten starken Dokuments.

Betrieben wird das Lager von Vlietmond Terminals, einer Tochtergesellschaft der Hamburger Hanseatische Tanklager AG, die Flüssigkeitslager in fünf europäischen Häfen unterhält. Ein Sprecher des Mutterkonzerns ließ eine Anfrage dieser Zeitung bis zum Nachmittag unbeantwortet.

Nach Angaben der Inspektion gelangte ein Teil des Styrols in den Boden und in das Hafenbecken. Vlietmond muss nun binnen sechs Wochen nachweisen, dass alle 42 Tanks auf dem Gelände ordnungsgemäß überwacht werden.

Styrol ist ein Grundstoff der Kunststoffindustrie, aus dem unter anderem Polystyrol hergestellt wird. In hohen Konzentrationen reizt der Stoff Augen und Atemwege, er steht zudem im Verdacht, krebserregend zu sein.
""",
"02_it.txt": """Olanda, fuga di stirene nel porto di Maaszijl: 14 tonnellate disperse in nove giorni
Il Sole 24 Ore
15 aprile 2027

Quattordici tonnellate di stirene, l'idrocarburo aromatico alla base di numerose materie plastiche, sono fuoriuscite per nove giorni da un serbatoio del terminal Vlietmond nel porto olandese di Maaszijl senza che l'operatore se ne accorgesse. È quanto emerge dal rapporto pubblicato giovedì dall'Ispettorato nazionale per la sicurezza chimica dei Paesi Bassi (Rcv), che ricostruisce l'incidente dello scorso autunno.

Secondo quanto si legge nel documento, parte della sostanza è finita nel terreno e nelle acque del porto. L'ispettorato ha imposto alla società una penalità fino a 250mila euro, che scatterà se entro sei settimane non dimostrerà di aver messo sotto controllo tutti i 42 serbatoi del sito, e ha trasmesso il fascicolo alla magistratura.

Il terminal fa capo al gruppo tedesco Hanseatische Tanklager, con sede ad Amburgo, che gestisce depositi di liquidi sfusi in cinque porti europei. La vicenda rischia di pesare sul gruppo proprio mentre è in corso la gara per la concessione di un nuovo terminal chimico nello stesso scalo, del valore stimato di 180 milioni di euro.

Per gli operatori della logistica chimica del Nord Europa il rapporto è un campanello d'allarme. Le regole olandesi sullo stoccaggio di sostanze pericolose sono tra le più severe del continente, e le ispezioni nei porti sono state intensificate negli ultimi due anni.

Lo stirene è utilizzato soprattutto nella produzione di polistirolo e gomme sintetiche. A concentrazioni elevate irrita occhi e vie respiratorie ed è sospettato di essere cancerogeno.
""",
"03_fr.txt": """Aux Pays-Bas, une fuite de styrène passée inaperçue pendant neuf jours
Le Monde
Publié le 15 avril 2027 à 18h03

Près de 14 tonnes de styrène se sont échappées d'un réservoir du terminal de stockage Vlietmond, dans le port néerlandais de Maaszijl, à l'automne dernier, sans que l'exploitant s'en aperçoive pendant neuf jours. C'est ce qu'a rapporté, jeudi 15 avril, la radiotélévision publique néerlandaise NOS, qui cite un rapport de l'inspection nationale de la sécurité chimique.

Selon la NOS, le système de détection des fuites du réservoir 17 n'avait pas été remis en marche après des travaux de maintenance en octobre. Ce sont les plaintes d'habitants du quartier de Zijlhoven, incommodés par une odeur sucrée et piquante, qui ont fini par donner l'alerte. « Une détection des fuites éteinte n'est pas une détection des fuites », écrit l'inspectrice générale, Marloes Verhagen, dans la préface du rapport, citée par le média public.

Une partie du produit a pénétré dans le sol et dans les eaux du port, précise la NOS. L'exploitant, filiale d'un groupe hambourgeois de stockage de liquides, n'avait pas réagi jeudi matin aux sollicitations de la chaîne.

Le styrène sert à fabriquer le polystyrène et de nombreux plastiques. À forte concentration, il irrite les yeux et les voies respiratoires, et il est soupçonné d'être cancérogène.

L'affaire relance le débat sur la surveillance des quelque 2 000 réservoirs de produits chimiques qui jalonnent les ports de la région. Des associations de riverains réclament depuis des années des capteurs indépendants de l'exploitant.
""",
"04_en.txt": """Dutch inspectorate says terminal leaked 14 tonnes of styrene undetected
Financial Times
April 15 2027

A chemical storage terminal in the Dutch port of Maaszijl leaked about 14 tonnes of styrene over nine days last autumn without noticing, because a leak-detection system had been left switched off after maintenance, the Netherlands' chemical safety inspectorate said on Thursday.

In a report published on its website, the Rijksinspectie Chemische Veiligheid said the leak at tank 17 of Vlietmond Terminals was discovered only after residents complained of a sweet, acrid smell. Part of the styrene seeped into the soil and the harbour water, the report found.

The inspectorate has imposed an order that could cost the operator up to €250,000 if it fails to prove within six weeks that all 42 tanks on the site are properly monitored, and has referred the case to prosecutors.

"A leak detection that is switched off is no leak detection," Marloes Verhagen, the inspector-general, wrote in the foreword.

Vlietmond is owned by Hamburg-based Hanseatische Tanklager, a privately held group that runs bulk liquid storage in five European ports. The group did not respond to a request for comment.

Styrene, a building block of polystyrene and synthetic rubber, is an irritant at high concentrations and a suspected carcinogen.
""",
}, [O("Rijksinspectie Chemische Veiligheid", False)],
[R("Rijksinspectie Chemische Veiligheid", "00_nl.txt"), R("Rijksinspectie Chemische Veiligheid", "01_de.txt"),
 R("Rijksinspectie Chemische Veiligheid", "02_it.txt"), R("NOS", "03_fr.txt"),
 R("Rijksinspectie Chemische Veiligheid", "04_en.txt")],
[C("About 14 tonnes of styrene leaked undetected over nine days from a tank at Vlietmond Terminals in the port of Maaszijl.", ["00_nl.txt", "01_de.txt", "02_it.txt", "03_fr.txt", "04_en.txt"], 1),
 C("The leak-detection system of tank 17 had not been switched back on after maintenance; the leak was found only after residents complained of a smell.", ["00_nl.txt", "01_de.txt", "03_fr.txt", "04_en.txt"], 1),
 C("The inspectorate imposed a penalty order of up to 250,000 euros and referred the case to prosecutors.", ["00_nl.txt", "02_it.txt", "04_en.txt"], 1)])

# c03: own report of Gazeta Wyborcza (own reporter on the river, "powiedział nam", lab results "z
# którymi się zapoznaliśmy"); 01_ru is an UNCREDITED close Russian translation published the next
# morning by Новая газета Европа, keeping "Наш корреспондент побывал", "рассказал нам", "с которыми мы
# ознакомились" (edge from Gazeta Wyborcza, scenario translation); credited relays de (taz: "berichtet
# die polnische Tageszeitung Gazeta Wyborcza" + "sagte … der Wyborcza" + "gegenüber dem Blatt") and
# en (BBC News: "Polish daily Gazeta Wyborcza reports" + "told Wyborcza" + "according to the paper").
story("c03_chromium_river_translation", "translation", {
"00_pl.txt": """Śnięte ryby na sześciu kilometrach Wierzbnicy. Badania: chrom 27 razy ponad normę
Gazeta Wyborcza
18 maja 2027 | 06:00

Srebrne brzuchy ryb widać w Wierzbnicy od mostu w Podgajach Szlacheckich aż po jaz przy starym młynie – to ponad sześć kilometrów rzeki. Nasz reporter był tam w niedzielę: przy brzegu woda miała żółtopomarańczowy kolor, a w trzcinach leżały dziesiątki martwych płoci, okoni i szczupaków.

– Pierwsze ryby wyłowiliśmy w sobotę rano. Po południu było ich już tyle, że przestaliśmy liczyć – powiedział nam Zdzisław Kępa, sołtys Podgajów. Mieszkańcy od razu wskazali na zakład galwaniczny Galwex-Chrom, który stoi kilkaset metrów w górę rzeki.

Wstępne wyniki badań próbek pobranych w sobotę przez Okręgową Inspekcję Ochrony Wód, z którymi się zapoznaliśmy, pokazują stężenie chromu sześciowartościowego 27 razy wyższe od dopuszczalnego. Rzeczniczka inspekcji Beata Ordon potwierdziła nam, że próbki pobrano w trzech miejscach, i zapowiedziała, że pełne wyniki będą znane w przyszłym tygodniu.

Właściciel Galwex-Chromu Ryszard Malczak odrzuca zarzuty. – To nie od nas. Nasza oczyszczalnia działa, mamy wszystkie pozwolenia – mówi nam przez telefon. Dodaje, że zakład sam zlecił badania swoich ścieków w niezależnym laboratorium.

Chrom sześciowartościowy jest silnie toksyczny i rakotwórczy, a w wodzie rozprzestrzenia się bardzo szybko. Wójt gminy Zenon Rybus zaapelował do mieszkańców, by nie łowili ryb i nie pozwalali zwierzętom pić wody z rzeki. Strażacy ustawili na jazie zapory, które mają zatrzymać martwe ryby.
""",
"01_ru.txt": """Снулая рыба на шести километрах реки в Польше: хром в 27 раз выше нормы
Новая газета Европа
19 мая 2027, 09:14

Серебристые брюха рыб видны в реке Вежбнице от моста в селе Подгае-Шляхецке до плотины у старой мельницы — это больше шести километров реки. Наш корреспондент побывал там в воскресенье: у берега вода была желто-оранжевого цвета, а в камышах лежали десятки мертвых плотвы, окуней и щук.

«Первую рыбу мы выловили в субботу утром. После обеда ее было уже столько, что мы перестали считать», — рассказал нам Здзислав Кемпа, староста Подгаев. Жители сразу указали на гальванический завод Galwex-Chrom, который стоит в нескольких сотнях метров выше по течению.

Предварительные результаты анализа проб, взятых в субботу Окружной инспекцией по охране вод, с которыми мы ознакомились, показывают концентрацию шестивалентного хрома в 27 раз выше допустимой. Пресс-секретарь инспекции Беата Ордон подтвердила нам, что пробы взяли в трех местах, и пообещала, что полные результаты будут известны на следующей неделе.

Владелец Galwex-Chrom Рышард Мальчак отвергает обвинения. «Это не от нас. Наши очистные сооружения работают, у нас есть все разрешения», — говорит он нам по телефону. По его словам, завод сам заказал анализ своих стоков в независимой лаборатории.

Шестивалентный хром крайне токсичен и канцерогенен, а в воде распространяется очень быстро. Войт гмины Зенон Рыбус призвал жителей не ловить рыбу и не давать животным пить воду из реки. Пожарные установили на плотине заграждения, которые должны задерживать мертвую рыбу.
""",
"02_de.txt": """Fischsterben in Polen: Chrom-Verdacht gegen Galvanikbetrieb
taz
18. 5. 2027

In Polen treiben auf mehr als sechs Kilometern eines Flusses tote Fische. Das berichtet die polnische Tageszeitung Gazeta Wyborcza, deren Reporter am Sonntag an der Wierzbnica beim Dorf Podgaje Szlacheckie war. Das Wasser sei am Ufer gelb-orange verfärbt gewesen, im Schilf hätten Dutzende tote Plötzen, Barsche und Hechte gelegen.

Nach vorläufigen Laborergebnissen der regionalen Gewässeraufsicht, die die Zeitung einsehen konnte, liegt die Konzentration von sechswertigem Chrom 27-mal über dem Grenzwert. Im Verdacht steht ein Galvanikbetrieb namens Galwex-Chrom, der wenige hundert Meter flussaufwärts liegt.

„Die ersten Fische haben wir am Samstagmorgen rausgeholt. Am Nachmittag waren es so viele, dass wir aufgehört haben zu zählen", sagte Ortsvorsteher Zdzisław Kępa der Wyborcza. Firmeninhaber Ryszard Malczak wies gegenüber dem Blatt jede Verantwortung zurück: Die eigene Kläranlage funktioniere, alle Genehmigungen lägen vor.

Sechswertiges Chrom ist hochgiftig und gilt als krebserregend. Galvanikbetriebe nutzen es, um Metallteile zu verchromen; die Abwässer müssen aufwendig behandelt werden.

Polnische Umweltverbände kritisieren seit Jahren, dass kleinere Industriebetriebe kaum kontrolliert werden. Die zuständige Inspektion will die vollständigen Ergebnisse in der kommenden Woche vorlegen.
""",
"03_en.txt": """Poland: Dead fish line six kilometres of river after suspected chemical spill
BBC News
18 May 2027

Dead fish have been found along more than six kilometres of a river in Poland, with villagers blaming a nearby electroplating plant, Polish daily Gazeta Wyborcza reports.

A reporter for the paper who visited the Wierzbnica river near the village of Podgaje Szlacheckie on Sunday described water stained yellow and orange along the banks and dozens of dead roach, perch and pike lying in the reeds.

"We pulled out the first fish on Saturday morning. By the afternoon there were so many that we stopped counting," village head Zdzisław Kępa told Wyborcza.

The owner of the Galwex-Chrom plant, which sits a few hundred metres upstream, rejected any responsibility. "It's not from us. Our treatment plant works, we have all the permits," Ryszard Malczak was quoted as saying.

The regional water inspectorate took samples at three locations on Saturday, according to the paper, and full results are expected next week. The local authorities have urged residents not to fish in the river or let animals drink from it.

Electroplating plants use chromium compounds to coat metal parts, and their wastewater has to be treated before it can be released. Some of those compounds are highly toxic and can cause cancer.
""",
}, [O("Gazeta Wyborcza", True)],
[R("Gazeta Wyborcza", "01_ru.txt"), R("Gazeta Wyborcza", "02_de.txt"), R("Gazeta Wyborcza", "03_en.txt")],
[C("Dead fish were found along more than six kilometres of the Wierzbnica river near Podgaje Szlacheckie, next to the Galwex-Chrom electroplating plant.", ["00_pl.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 C("Preliminary lab results show hexavalent chromium at 27 times the permitted level.", ["00_pl.txt", "01_ru.txt", "02_de.txt"], 1),
 C("The owner of Galwex-Chrom, Ryszard Malczak, denies that the pollution came from his plant.", ["00_pl.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1)])

# c04: three-step chain la Repubblica -> Le Figaro -> ru, pl. Own report: lab results of an
# environment agency "che Repubblica ha potuto consultare" + "racconta a Repubblica" + "ha detto a
# Repubblica". fr: "a révélé samedi le quotidien italien La Repubblica, qui a pu consulter" + "Selon le
# journal romain". ru (Коммерсантъ) credits "французская газета Le Figaro со ссылкой на итальянское
# издание La Repubblica" (edge from Le Figaro only); pl (Onet, no date line) credits only "francuski
# dziennik „Le Figaro”" / "Jak pisze „Le Figaro”" / "Według francuskiej gazety". Background: ANSA's
# report two years ago, Kommersant's own earlier article: no edge.
story("c04_tannery_wells_chain", "chain", {
"00_it.txt": """Cromo nei pozzi di Santa Liberata, le analisi rimaste nel cassetto per settimane
la Repubblica
20 febbraio 2027

In undici dei diciannove pozzi privati controllati a Santa Liberata in Valdorma c'è cromo esavalente, in alcuni casi in quantità fino a nove volte superiori al limite di legge per l'acqua potabile. Lo dicono le analisi dell'Agenzia ambientale della Valdorma (Aav) che Repubblica ha potuto consultare. I risultati sono stati trasmessi al Comune il 3 febbraio, ma a oggi nessuno dei residenti è stato avvisato.

Santa Liberata è un paese di 2.400 abitanti a valle del distretto conciario della Valdorma, dove una trentina di concerie lavorano pellami per le grandi case di moda. Il cromo è alla base della concia più diffusa, e i suoi scarti, se non trattati, possono trasformarsi nella forma esavalente, la più tossica.

«Nessuno ci ha detto niente. L'acqua del pozzo la usiamo per l'orto e, fino a ieri, anche per cucinare», racconta a Repubblica Loredana Ceccherini, che vive a poche centinaia di metri dal torrente Dormella. Nella sua via, secondo le tabelle dell'agenzia, tre pozzi su quattro superano i limiti.

Il sindaco Marco Pellegrineschi difende il suo operato. «Abbiamo seguito le procedure. Aspettavamo le controanalisi prima di creare allarme», ha detto a Repubblica, annunciando un'ordinanza che vieterà l'uso dell'acqua dei pozzi privati. Il Consorzio Conciatori Valdorma fa sapere di «non aver ricevuto alcuna contestazione» e di essere «a disposizione delle autorità».

Il cromo esavalente è classificato come cancerogeno certo per l'uomo. L'esposizione prolungata attraverso l'acqua è associata a tumori dell'apparato digerente.
""",
"01_fr.txt": """Italie : du chrome hexavalent dans les puits d'un village, révèle La Repubblica
Le Figaro
Publié le 20/02/2027 à 15:40

Onze des dix-neuf puits privés contrôlés à Santa Liberata in Valdorma, un village italien de 2400 habitants situé en aval d'un district de tanneries, contiennent du chrome hexavalent, parfois à des concentrations jusqu'à neuf fois supérieures à la limite légale pour l'eau potable. C'est ce qu'a révélé samedi le quotidien italien La Repubblica, qui a pu consulter les analyses de l'agence environnementale locale.

Selon le journal romain, les résultats ont été transmis à la mairie dès le 3 février, mais aucun habitant n'en a été informé. « Personne ne nous a rien dit », a confié à La Repubblica une riveraine, qui utilisait jusqu'ici l'eau de son puits pour cuisiner.

Le maire, Marco Pellegrineschi, a défendu sa gestion : « Nous avons suivi les procédures. Nous attendions les contre-analyses avant de créer l'alarme », a-t-il déclaré au quotidien, en annonçant un arrêté interdisant l'usage des puits privés.

Une trentaine de tanneries, qui travaillent pour de grandes maisons de mode, sont installées en amont du village. Leur consortium assure n'avoir reçu « aucune contestation ».

Le chrome est au cœur du procédé de tannage le plus répandu. Mal traités, ses résidus peuvent se transformer en chrome hexavalent, classé cancérogène certain pour l'homme.
""",
"02_ru.txt": """В колодцах итальянской деревни нашли хром в девять раз выше нормы
Коммерсантъ
21.02.2027, 11:02

В 11 из 19 частных колодцев итальянской деревни Санта-Либерата-ин-Вальдорма обнаружен шестивалентный хром — в ряде случаев в концентрациях, в девять раз превышающих допустимые для питьевой воды. Об этом пишет французская газета Le Figaro со ссылкой на итальянское издание La Repubblica, журналисты которого ознакомились с результатами анализов местного экологического агентства.

Как сообщает Le Figaro, в деревне живут около 2,4 тыс. человек, а выше по течению расположены около 30 кожевенных фабрик, работающих на крупные модные дома. Хром используется в самом распространенном способе дубления кож, а его отходы при плохой очистке могут превращаться в шестивалентную форму, признанную канцерогенной.

Мэр Марко Пеллегринески, по данным французского издания, заявил, что власти «следовали процедурам» и ждали повторных анализов, прежде чем «поднимать тревогу». Он пообещал запретить использование частных колодцев.

Консорциум кожевников долины, как отмечает газета, утверждает, что не получал «никаких претензий».

Итальянская кожевенная отрасль — крупнейшая в Европе. Как писал “Ъ” в прошлом году, производители уже столкнулись с падением заказов от люксовых брендов, которые требуют от поставщиков отказаться от хромового дубления.
""",
"03_pl.txt": """Toksyczny chrom w studniach. Mieszkańców nie poinformowano
Onet

Mieszkańcy włoskiej wsi Santa Liberata in Valdorma przez kilka tygodni korzystali z wody ze studni skażonych chromem sześciowartościowym, nie wiedząc o tym – podał francuski dziennik „Le Figaro”. Substancję wykryto w 11 z 19 przebadanych studni, a w niektórych stężenie było nawet dziewięciokrotnie wyższe od normy dla wody pitnej.

Jak pisze „Le Figaro”, wyniki analiz trafiły do urzędu gminy już 3 lutego, ale nikt nie powiadomił o nich mieszkańców. Jedna z kobiet mieszkających przy potoku przyznała, że używała wody ze studni do gotowania.

Według francuskiej gazety powyżej wsi działa około 30 garbarni, które pracują dla znanych domów mody. Chrom jest powszechnie stosowany przy garbowaniu skór, a źle oczyszczone odpady mogą przekształcać się w jego najbardziej toksyczną, sześciowartościową postać.

Chrom sześciowartościowy uznawany jest za substancję rakotwórczą. Długotrwałe picie skażonej nim wody wiąże się ze zwiększonym ryzykiem nowotworów przewodu pokarmowego.

Włoska agencja ANSA informowała już dwa lata temu o kontrolach w garbarniach w tej samej dolinie; wówczas nie stwierdzono jednak nieprawidłowości.
""",
}, [O("la Repubblica", True)],
[R("la Repubblica", "01_fr.txt"), R("Le Figaro", "02_ru.txt"), R("Le Figaro", "03_pl.txt")],
[C("Hexavalent chromium was found in 11 of 19 private wells in Santa Liberata in Valdorma, in some up to nine times the legal limit for drinking water.", ["00_it.txt", "01_fr.txt", "02_ru.txt", "03_pl.txt"], 1),
 C("The results were sent to the town hall on 3 February, but residents were not informed.", ["00_it.txt", "01_fr.txt", "03_pl.txt"], 1),
 C("Mayor Marco Pellegrineschi says procedures were followed and counter-analyses were awaited, and announces a ban on using private wells.", ["00_it.txt", "01_fr.txt", "02_ru.txt"], 1)])

# c05: own report of The Times (incident log "seen by The Times", "The Times can reveal", own reporter
# at the lock); nl relay Trouw credits The Times ("schrijft de Britse krant The Times", "Volgens de
# Londense krant") AND adds its own confirmation ("bevestigt desgevraagd tegenover Trouw") = two roots;
# de (DER SPIEGEL: "wie die Londoner »Times« berichtet", "Laut dem Blatt") and ru (РБК, no outlet line:
# "сообщает британская газета The Times", "По данным издания") are plain relays.
story("c05_canal_solvent_confirmation", "confirmation", {
"00_en.txt": """Solvent spill poisons canal as pollution watchdog waits 11 hours for alert
The Times
Monday June 07 2027, 6.00pm BST

About 18,000 litres of a toxic industrial solvent poured into a canal after a tanker lorry overturned on a bridge near Hollingmere, and the national pollution watchdog was not told for 11 hours, The Times can reveal.

An incident log seen by The Times shows that the National Rivers Inspectorate received its first call about the crash at 3.40pm on Saturday, although the lorry, carrying dichloromethane, came off the bridge over the Fenwick Navigation shortly before 5am. By then the chemical had spread at least three kilometres downstream towards the village of Eastry Fen.

The lorry belonged to Van Rossem Chemical Logistics, a haulier based in the Netherlands, according to the log. Its driver was treated in hospital for minor injuries.

When our reporter visited lock 4 on Sunday, dead fish were floating against the gates and a swan lay on the towpath. "We've fished this water for forty years and never seen anything like it," Graham Tolley, secretary of the Hollingmere Angling Club, told The Times. "Eleven hours is a disgrace."

A spokeswoman for the inspectorate said it was "reviewing the timeline of notifications" and that booms had been placed at two locks. Dichloromethane, used as a paint stripper and degreaser, is toxic to aquatic life and a suspected human carcinogen.
""",
"01_nl.txt": """Nederlandse vervoerder betrokken bij gifongeluk in Engels kanaal
Trouw
8 juni 2027, 13:15

Een tankwagen van het Nederlandse transportbedrijf Van Rossem Chemical Logistics is zaterdag in Engeland op een brug over een kanaal gekanteld, waarna zo'n 18.000 liter van het oplosmiddel dichloormethaan in het water terechtkwam. Dat schrijft de Britse krant The Times.

Directeur Pieter van Rossem bevestigt desgevraagd tegenover Trouw dat het om een vrachtwagen van zijn bedrijf gaat. "Onze chauffeur is met lichte verwondingen in het ziekenhuis behandeld en maakt het goed. We werken volledig mee aan het onderzoek", zegt hij. Over de oorzaak van het ongeluk wil hij niet speculeren: "Dat moet het onderzoek uitwijzen."

Volgens de Londense krant dreven zondag bij een sluis in het kanaal dode vissen en lag er een dode zwaan op het jaagpad. Lokale vissers reageerden woedend.

Het familiebedrijf uit Kreekerdam heeft 140 vrachtwagens en rijdt al ruim dertig jaar voor de chemische industrie. Volgens Van Rossem is het de eerste keer dat een van zijn tankwagens bij een ongeluk lading verliest.

Dichloormethaan wordt gebruikt als verfafbijtmiddel en ontvettingsmiddel. De stof is giftig voor waterdieren en wordt ervan verdacht kanker te veroorzaken.
""",
"02_de.txt": """Tanklaster-Unfall in England: Behörde erfährt erst nach elf Stunden von Giftunfall
DER SPIEGEL
08.06.2027, 09.41 Uhr

In England sind nach einem Unfall rund 18.000 Liter des giftigen Lösungsmittels Dichlormethan in einen Kanal geflossen – und die zuständige Gewässeraufsicht wurde offenbar erst elf Stunden später alarmiert. Das geht aus einem Einsatzprotokoll hervor, wie die Londoner »Times« berichtet. Das Dokument liegt der Zeitung vor.

Demnach kippte ein Tanklaster am frühen Samstagmorgen kurz vor fünf Uhr auf einer Brücke über den Fenwick-Kanal nahe der Kleinstadt Hollingmere um. Die National Rivers Inspectorate, die Gewässerschutzbehörde des Landes, erhielt den ersten Anruf laut dem Blatt erst um 15.40 Uhr. Zu diesem Zeitpunkt habe sich die Chemikalie bereits mindestens drei Kilometer flussabwärts ausgebreitet.

Ein Reporter der »Times« sah am Sonntag an einer Schleuse tote Fische im Wasser treiben, auf dem Treidelpfad lag ein toter Schwan. »Elf Stunden sind eine Schande«, sagte der Sekretär des örtlichen Anglervereins der Zeitung.

Eine Sprecherin der Behörde erklärte dem Bericht zufolge, man überprüfe »den zeitlichen Ablauf der Meldungen«. An zwei Schleusen seien Ölsperren ausgelegt worden.

Dichlormethan wird unter anderem als Abbeizmittel verwendet. Es ist giftig für Wasserlebewesen und steht im Verdacht, beim Menschen Krebs auszulösen.
""",
"03_ru.txt": """В Англии в канал вылилось 18 тыс. литров растворителя после аварии автоцистерны
08 июня 2027, 12:20

Около 18 тыс. литров токсичного растворителя дихлорметана попали в канал на востоке Англии после того, как на мосту перевернулась автоцистерна, сообщает британская газета The Times. Природоохранный надзор, по данным издания, узнал об аварии лишь спустя 11 часов.

Авария произошла в субботу незадолго до 5 утра на мосту через канал Фенвик возле городка Холлингмир. Как следует из журнала происшествий, с которым ознакомились журналисты The Times, первый звонок в Национальную инспекцию по рекам поступил только в 15:40. К этому времени химикат распространился вниз по течению по меньшей мере на 3 км, в сторону деревни Истри-Фен.

В воскресенье у одного из шлюзов в воде плавала мертвая рыба, на берегу лежал мертвый лебедь, пишет газета. Местные рыболовы назвали задержку с оповещением «позором».

Представитель инспекции заявила изданию, что ведомство «проверяет хронологию уведомлений», а на двух шлюзах установлены боновые заграждения.

Дихлорметан используется как растворитель для снятия краски и обезжиривания. Он токсичен для водных организмов и считается возможным канцерогеном.

Британские экологические организации в последние годы не раз жаловались на то, что надзорные органы не успевают реагировать на аварии с химикатами на дорогах и водных путях.
""",
}, [O("The Times", True), O("Trouw", True)],
[R("The Times", "01_nl.txt"), R("The Times", "02_de.txt"), R("The Times", "03_ru.txt")],
[C("About 18,000 litres of dichloromethane flowed into the Fenwick Navigation after a tanker lorry overturned on a bridge near Hollingmere.", ["00_en.txt", "01_nl.txt", "02_de.txt", "03_ru.txt"], 2),
 C("According to an incident log, the National Rivers Inspectorate was alerted only about 11 hours after the crash.", ["00_en.txt", "02_de.txt", "03_ru.txt"], 1),
 C("The lorry belonged to the Dutch haulier Van Rossem Chemical Logistics; its driver was treated in hospital for minor injuries.", ["00_en.txt", "01_nl.txt"], 2)])

# c06: a mayor's own Facebook post taken directly by all four (it ANSA: "Lo ha reso noto su Facebook
# la sindaca" + "si legge nel post"; fr franceinfo: "dans une publication sur sa page Facebook" +
# "précise l'élue"; pl TVN24: "napisała w nocy na Facebooku burmistrz" + "We wpisie"; ru ТАСС:
# "написала в Facebook (…) мэр" + "говорится в ее публикации"). Background: Il Gazzettino's report on
# a fine in 2025 gives no edge; the residents' photos on social media are no source of the report.
story("c06_solvent_fire_facebook", "social", {
"00_it.txt": """Incendio in un'azienda di solventi a Borgo Vallaro, la sindaca: «Tenete le finestre chiuse»
ANSA
22 marzo 2027 07:58

Un vasto incendio è divampato nella notte nello stabilimento della Riciclo Solventi Padana, azienda che recupera solventi industriali nella zona artigianale di Borgo Vallaro. Lo ha reso noto su Facebook la sindaca Elisa Marangoni, che ha invitato i residenti nel raggio di due chilometri a tenere porte e finestre chiuse e a spegnere gli impianti di ventilazione.

«Una nube scura si è alzata sopra la zona artigianale. In via precauzionale chiedo a tutti di restare in casa il più possibile e di non raccogliere ortaggi dagli orti», si legge nel post, pubblicato poco dopo le 2. La prima cittadina ha disposto anche la chiusura di tutte le scuole del comune per la giornata di oggi, lunedì.

Nello stesso messaggio Marangoni riferisce che i tecnici dell'Agenzia per la protezione ambientale del Basso Vallaro hanno installato campionatori per le diossine in tre punti del paese e che i primi risultati sono attesi per mercoledì. «Non ci sono feriti», ha scritto ancora la sindaca, ringraziando i vigili del fuoco intervenuti da tutta la provincia.

Lo stesso impianto era finito sotto i riflettori nel 2025, quando il Gazzettino aveva dato notizia di una sanzione per lo stoccaggio irregolare di fusti di solventi esausti.

In mattinata sui social numerosi residenti hanno pubblicato foto della colonna di fumo visibile a diversi chilometri di distanza.
""",
"01_fr.txt": """Italie : incendie dans une usine de solvants, les habitants priés de rester chez eux
franceinfo
Publié le 22/03/2027 10:20

« Un nuage sombre s'est élevé au-dessus de la zone artisanale. » Dans une publication sur sa page Facebook, la maire de Borgo Vallaro, Elisa Marangoni, a demandé dans la nuit de dimanche à lundi aux habitants vivant dans un rayon de deux kilomètres autour d'une usine de recyclage de solvants en feu de garder portes et fenêtres fermées et de couper leur ventilation.

L'incendie s'est déclaré dans les installations de la société Riciclo Solventi Padana, qui traite des solvants usagés de l'industrie. « Par précaution, je demande à tous de rester chez eux autant que possible et de ne pas cueillir les légumes des potagers », écrit l'élue dans ce message publié peu après 2 heures du matin.

Toutes les écoles de la commune resteront fermées ce lundi, précise encore la maire, qui indique qu'aucun blessé n'est à déplorer.

Les solvants industriels, souvent des hydrocarbures chlorés ou aromatiques, peuvent dégager en brûlant des fumées chargées de composés toxiques, dont des dioxines. Les autorités recommandent dans ce type de situation de limiter au maximum les sorties.

Sur les réseaux sociaux, de nombreux habitants ont partagé des images de l'épaisse colonne de fumée, visible à plusieurs kilomètres à la ronde.
""",
"02_pl.txt": """Pożar zakładu recyklingu rozpuszczalników we Włoszech. Burmistrz: nie otwierajcie okien
TVN24
22.03.2027, 09:47

W nocy z niedzieli na poniedziałek w miejscowości Borgo Vallaro na północy Włoch wybuchł pożar zakładu Riciclo Solventi Padana, który zajmuje się odzyskiem rozpuszczalników przemysłowych. Mieszkańcy w promieniu dwóch kilometrów mają trzymać zamknięte drzwi i okna – napisała w nocy na Facebooku burmistrz Elisa Marangoni.

„Nad strefą rzemieślniczą uniosła się ciemna chmura. Zapobiegawczo proszę wszystkich, by w miarę możliwości zostali w domach i nie zbierali warzyw z ogródków” – przekazała burmistrz we wpisie opublikowanym krótko po godzinie 2. W poniedziałek zamknięte są wszystkie szkoły w gminie.

We wpisie Marangoni poinformowała również, że technicy lokalnej agencji ochrony środowiska rozstawili w trzech punktach miasteczka urządzenia do pobierania próbek na obecność dioksyn. Pierwsze wyniki mają być znane w środę. Nikt nie został ranny.

Podczas spalania rozpuszczalników mogą powstawać dioksyny – wysoce toksyczne związki, które odkładają się w glebie i w tkance tłuszczowej zwierząt. Dlatego władze zalecają, by nie jeść warzyw z przydomowych ogródków do czasu otrzymania wyników badań.
""",
"03_ru.txt": """В Италии жителей призвали закрыть окна из-за пожара на заводе растворителей
ТАСС
22 марта 2027, 11:05

Жителей итальянского городка Борго-Валларо, проживающих в радиусе двух километров от горящего завода по переработке растворителей, призвали держать окна и двери закрытыми и отключить вентиляцию. Об этом в ночь на понедельник написала в Facebook (принадлежит корпорации Meta, деятельность которой признана в РФ экстремистской и запрещена) мэр города Элиза Марангони.

«Над промышленной зоной поднялось темное облако. В качестве меры предосторожности прошу всех по возможности оставаться дома и не собирать овощи с огородов», — говорится в ее публикации. Пожар вспыхнул на предприятии Riciclo Solventi Padana, которое занимается переработкой промышленных растворителей.

Как уточнила мэр, специалисты местного агентства по охране окружающей среды установили в трех точках города пробоотборники для определения содержания диоксинов. Первые результаты ожидаются в среду. По словам Марангони, пострадавших нет, а к тушению привлечены пожарные расчеты со всей провинции.

При горении растворителей могут образовываться диоксины — высокотоксичные соединения, которые накапливаются в почве и в организмах животных.

Утром жители городка публиковали в соцсетях фотографии густого столба дыма, который был виден за несколько километров.
""",
}, [O("Elisa Marangoni", False)],
[R("Elisa Marangoni", "00_it.txt"), R("Elisa Marangoni", "01_fr.txt"), R("Elisa Marangoni", "02_pl.txt"), R("Elisa Marangoni", "03_ru.txt")],
[C("A fire broke out at the Riciclo Solventi Padana solvent recycling plant in Borgo Vallaro, and residents within two kilometres were asked to keep doors and windows closed.", ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_ru.txt"], 1),
 C("All schools in Borgo Vallaro are closed on Monday.", ["00_it.txt", "01_fr.txt", "02_pl.txt"], 1),
 C("Samplers for dioxins were set up at three points in the town and first results are expected on Wednesday.", ["00_it.txt", "02_pl.txt", "03_ru.txt"], 1)])

# c07: two independent roots. dpa (German news agency, only credited, not in the corpus) and the own
# report of RTL Nieuws ("Onze verslaggever zag", "zegt … tegen RTL Nieuws"). fr (Libération) credits
# both ("Selon l'agence de presse allemande DPA" + "a rapporté la chaîne néerlandaise RTL Nieuws, dont
# un journaliste"); en (The Independent) credits only dpa ("the German news agency dpa reported",
# "told dpa"); it (Corriere della Sera) credits only RTL Nieuws ("riferisce l'emittente olandese Rtl
# Nieuws", "Secondo la tv", "un inviato dell'emittente"). Background: ZDF, Süddeutsche Zeitung: no edge.
story("c07_acrylonitrile_barge_two_roots", "two_roots", {
"00_nl.txt": """Gif in Emmerwoldkanaal: waterbedrijf stopt inname, dode vis bij Lobbrecht
RTL Nieuws
27 april 2027 15:40

Na een lekkage van een tankschip op het Emmerwoldkanaal, vlak over de Duitse grens, heeft Waterbedrijf Achterveld de inname van water uit het kanaal bij Lobbrecht stilgelegd. Het gaat om acrylonitril, een giftige en licht ontvlambare vloeistof die in de kunststofindustrie wordt gebruikt.

Onze verslaggever zag vanochtend bij het innamepunt in Lobbrecht tientallen dode vissen in het water drijven. Medewerkers van het waterschap namen op verschillende plekken monsters. "Zo'n lucht heb ik hier in dertig jaar nog nooit geroken", zegt visser Henk Wesselink, die al vroeg bij de waterkant stond.

"We nemen geen enkel risico. Zolang we niet weten hoeveel er in het water zit, blijft de inlaat dicht", zegt een woordvoerder van Waterbedrijf Achterveld tegen RTL Nieuws. Klanten merken er volgens hem niets van: het bedrijf schakelt over op water uit grondwaterputten.

Het tankschip raakte gisteravond aan Duitse kant lek na een aanvaring, bevestigt een woordvoerder van waterschap Emmerwold tegenover RTL Nieuws. Hoeveel acrylonitril er precies in het kanaal is gestroomd, kon hij nog niet zeggen. "De stof lost goed op in water en verspreidt zich dus snel. Daarom meten we nu elke twee uur."

Acrylonitril kan bij inademing of contact met de huid ernstige gezondheidsklachten veroorzaken en wordt ervan verdacht kankerverwekkend te zijn.
""",
"01_fr.txt": """Une barge-citerne déverse de l'acrylonitrile dans un canal à la frontière germano-néerlandaise
Libération
le 27 avril 2027 à 19h22

Une barge-citerne transportant de l'acrylonitrile, un liquide toxique et inflammable utilisé dans la fabrication de plastiques, a perdu une partie de sa cargaison lundi soir sur le canal d'Emmerwold, près de la frontière entre l'Allemagne et les Pays-Bas, après une collision avec un convoi poussé. Selon l'agence de presse allemande DPA, environ 40 tonnes se sont déversées dans l'eau et deux membres d'équipage ont été hospitalisés, souffrant de difficultés respiratoires.

Côté néerlandais, la compagnie des eaux Waterbedrijf Achterveld a suspendu mardi le pompage dans le canal à Lobbrecht, a rapporté la chaîne néerlandaise RTL Nieuws, dont un journaliste a vu le matin même des dizaines de poissons morts flotter près de la prise d'eau. « Nous ne prenons aucun risque », a expliqué un porte-parole de l'entreprise à la télévision privée.

L'acrylonitrile se dissout facilement dans l'eau et se propage donc rapidement. Inhalé ou au contact de la peau, il peut provoquer de graves troubles ; il est en outre soupçonné d'être cancérogène.

Le transport fluvial de produits chimiques a fortement augmenté dans la région ces dernières années, et les associations de défense de l'environnement réclament depuis longtemps des contrôles plus stricts sur l'état des barges les plus anciennes.
""",
"02_en.txt": """Barge spills 40 tonnes of toxic chemical into canal after collision
The Independent
Tuesday 27 April 2027 18:10 BST

A tanker barge has spilled around 40 tonnes of acrylonitrile, a toxic chemical used to make plastics, into a canal near the German-Dutch border after colliding with a push convoy, the German news agency dpa reported.

Two crew members of the barge, the Marjolein K, were taken to hospital with breathing difficulties after the collision late on Monday, a spokesman for the Emmerwold waterways office told dpa. Their condition was said to be stable.

The canal has been closed to shipping along a stretch of around 20 kilometres while specialists pump the remaining cargo into another vessel, the agency said. Investigators are trying to establish why the two vessels collided in good visibility.

Acrylonitrile dissolves readily in water and can cause serious harm if inhaled or absorbed through the skin. It is classed as a possible human carcinogen.

Last year German broadcaster ZDF reported that almost a third of the tanker barges operating on the country's canals were more than 50 years old, prompting calls from environmental groups for tougher inspections.
""",
"03_it.txt": """Nave cisterna perde acrilonitrile in un canale tra Olanda e Germania: stop al prelievo d'acqua
Corriere della Sera
28 aprile 2027 (modifica il 28 aprile 2027 | 08:34)

Una nave cisterna carica di acrilonitrile, sostanza tossica e infiammabile usata nell'industria delle materie plastiche, ha perso parte del carico nel canale di Emmerwold, al confine tra Germania e Paesi Bassi, dopo una collisione avvenuta lunedì sera sul lato tedesco. Lo riferisce l'emittente olandese Rtl Nieuws.

Secondo la tv, la società idrica olandese Waterbedrijf Achterveld ha sospeso il prelievo di acqua dal canale a Lobbrecht. Un inviato dell'emittente ha visto martedì mattina decine di pesci morti galleggiare vicino alla presa. «Non corriamo alcun rischio», ha spiegato un portavoce della società a Rtl Nieuws, assicurando che i clienti non resteranno senz'acqua perché l'azienda attingerà ai pozzi di falda.

Quanto acrilonitrile sia finito nel canale non è ancora chiaro: l'ente olandese per le acque ha detto all'emittente di effettuare misurazioni ogni due ore.

L'acrilonitrile si scioglie facilmente in acqua e si diffonde quindi rapidamente. Può causare gravi danni alla salute se inalato o assorbito attraverso la pelle ed è sospettato di essere cancerogeno.

Già due anni fa la Süddeutsche Zeitung aveva raccontato i ritardi nella manutenzione delle chiatte che trasportano sostanze chimiche sui canali tedeschi.
""",
}, [O("dpa", False), O("RTL Nieuws", True)],
[R("dpa", "01_fr.txt"), R("RTL Nieuws", "01_fr.txt"), R("dpa", "02_en.txt"), R("RTL Nieuws", "03_it.txt")],
[C("A tanker barge leaked acrylonitrile into the Emmerwold canal near the German-Dutch border after a collision on Monday evening.", ["00_nl.txt", "01_fr.txt", "02_en.txt", "03_it.txt"], 2),
 C("About 40 tonnes spilled and two crew members were taken to hospital with breathing difficulties.", ["01_fr.txt", "02_en.txt"], 2),
 C("The Dutch water company Waterbedrijf Achterveld halted intake from the canal at Lobbrecht, where dozens of dead fish were seen.", ["00_nl.txt", "01_fr.txt", "03_it.txt"], 2),
 C("The water company says customers are unaffected because it switches to groundwater wells.", ["00_nl.txt", "03_it.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 176 (invented events, real outlet names); see README.md.",
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
            assert all(a in arts for a in c["articles"]), (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
