#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand146 set.

Outlets and agencies carry real media names; every event, person, company, figure and quote is
invented. Emphasis: wine, beer and spirits (harvest failure, counterfeit wine, brewery closure and
sale, alcohol regulation, a distillery pause, a cellar theft)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency ANSA, relayed 4x. it "Lo riferisce l'ANSA" + "ha detto all'ANSA" +
# "spiega l'agenzia"; de "wie die italienische Nachrichtenagentur ANSA berichtet" + "meldete ANSA unter
# Berufung auf den Verband" (the consortium is not an origin) + "sagte ... der Agentur"; pl "podała
# włoska agencja prasowa ANSA" + "Jak poinformowała agencja" + "powiedziała agencji ANSA"; es (no date
# line) "según la agencia italiana ANSA" + "declaró a la agencia" + "añadió la agencia".
story("t01_agency_hail_nebbiolo", "agency", {
"00_it.txt": """Grandinata sulle colline del Serralta, distrutto il 60% del Nebbiolo a due settimane dalla vendemmia
La Stampa
2027-08-25T10:40:00+02:00

Una violenta grandinata si è abbattuta martedì pomeriggio sulle colline del Serralta, in provincia di Cuneo, distruggendo circa il 60 per cento delle uve di Nebbiolo a poco più di due settimane dall'inizio della vendemmia. Lo riferisce l'ANSA.

In meno di venti minuti, tra le 16.10 e le 16.30, chicchi grandi come noci hanno colpito circa 1.400 ettari di vigneti nei comuni di Serralta, Borgovecchio e Rocca Tanaro, spiega l'agenzia. In molti appezzamenti i grappoli sono stati strappati dai tralci e le foglie ridotte a brandelli.

«Abbiamo vigneti dove non resta niente da raccogliere. Chi quest'anno ha perso tutto rischia di non farcela», ha detto all'ANSA Franca Boasso, presidente del Consorzio di tutela Colline del Serralta, che riunisce 212 aziende. Secondo una prima stima del consorzio, il danno ammonta a circa 38 milioni di euro, tra uva perduta e interventi straordinari di potatura sulle piante ferite.

Il consorzio chiederà che per la zona venga dichiarato lo stato di calamità naturale, che consentirebbe alle aziende di accedere a contributi pubblici e alla sospensione dei versamenti fiscali, ha aggiunto Boasso. I tecnici del consorzio inizieranno già mercoledì i sopralluoghi nei vigneti colpiti.

Il Nebbiolo del Serralta, vinificato soprattutto come rosso da lungo invecchiamento, è la principale fonte di reddito della zona. Già nel 2025 una gelata primaverile aveva ridotto la produzione di un quinto. Secondo gli agronomi del consorzio, solo il 15 per cento dei vigneti colpiti era protetto da reti antigrandine.
""",
"01_de.txt": """Hagel vernichtet Großteil der Nebbiolo-Ernte im Piemont
Der Standard
25. August 2027, 14:05

Ein schweres Hagelunwetter hat im Nordwesten Italiens kurz vor der Weinlese rund 60 Prozent der Nebbiolo-Trauben im Hügelland von Serralta zerstört, wie die italienische Nachrichtenagentur ANSA berichtet. Betroffen sind demnach etwa 1.400 Hektar Rebfläche in drei Gemeinden der Provinz Cuneo.

Das Unwetter dauerte am Dienstagnachmittag nur rund zwanzig Minuten. Hagelkörner in der Größe von Walnüssen rissen Trauben von den Reben und zerfetzten das Laub. Der Winzerverband Consorzio Colline del Serralta, dem 212 Betriebe angehören, schätzt den Schaden auf rund 38 Millionen Euro, meldete ANSA unter Berufung auf den Verband.

„Wir haben Weingärten, in denen es nichts mehr zu ernten gibt", sagte Verbandspräsidentin Franca Boasso der Agentur. Wer in diesem Jahr alles verloren habe, werde die Saison womöglich nicht überstehen.

Der Verband will nun beantragen, dass für das Gebiet der Zustand einer Naturkatastrophe festgestellt wird. Damit hätten die Betriebe Anspruch auf staatliche Hilfen und könnten Steuerzahlungen aufschieben.

Die Lese hätte in gut zwei Wochen beginnen sollen. Nur etwa 15 Prozent der betroffenen Lagen waren laut der Agentur durch Hagelnetze geschützt. Schon 2025 hatte ein Spätfrost die Erntemenge in der Gegend um ein Fünftel verringert.
""",
"02_pl.txt": """Grad zniszczył winnice w Piemoncie. Straty sięgają 38 mln euro
Rzeczpospolita
25.08.2027 16:20

Gwałtowna burza gradowa zniszczyła we wtorek około 60 proc. winogron odmiany nebbiolo na wzgórzach Serralta w północno-zachodnich Włoszech – podała włoska agencja prasowa ANSA. Do winobrania zostały niewiele ponad dwa tygodnie.

Jak poinformowała agencja, grad wielkości orzechów włoskich padał przez około 20 minut i uszkodził mniej więcej 1400 hektarów winnic w trzech gminach prowincji Cuneo. W wielu miejscach kiście zostały zerwane z krzewów, a liście poszarpane.

„Mamy winnice, w których nie ma już czego zbierać" – powiedziała agencji ANSA Franca Boasso, przewodnicząca konsorcjum producentów Colline del Serralta, zrzeszającego 212 gospodarstw. Według wstępnych szacunków konsorcjum straty wynoszą około 38 mln euro.

Producenci chcą, by władze uznały obszar za dotknięty klęską żywiołową, co otworzyłoby drogę do pomocy państwa i odroczenia podatków. Według ANSA zaledwie 15 proc. zniszczonych winnic było chronionych siatkami przeciwgradowymi.

Nebbiolo z tych wzgórz trafia głównie do długo dojrzewających win czerwonych, a uprawa winorośli jest tam podstawowym źródłem dochodu. To kolejny trudny rok dla miejscowych winiarzy – w 2025 r. wiosenne przymrozki zmniejszyły plony o jedną piątą.
""",
"03_es.txt": """El granizo arrasa el 60% de la uva nebbiolo en las colinas piamontesas de Serralta
El País

Una granizada de apenas veinte minutos ha destruido en torno al 60% de la uva nebbiolo de las colinas de Serralta, en la provincia italiana de Cuneo, cuando faltaban poco más de dos semanas para la vendimia, según la agencia italiana ANSA.

La tormenta, que descargó piedras del tamaño de una nuez el martes por la tarde, afectó a unas 1.400 hectáreas de viñedo repartidas entre tres municipios. "Hay viñas en las que ya no queda nada que recoger", declaró a la agencia Franca Boasso, presidenta del consorcio de productores Colline del Serralta, que agrupa a 212 bodegas y viticultores.

El consorcio pedirá que se declare el estado de calamidad natural en la zona, lo que permitiría a los afectados acceder a ayudas públicas y aplazar el pago de impuestos, añadió la agencia. Solo un 15% de las parcelas dañadas contaba con redes antigranizo.

El nebbiolo de Serralta se destina sobre todo a tintos de larga crianza y es el principal sustento económico de estos pueblos. El episodio se suma a una serie de golpes para el viñedo de la zona: en 2025, una helada primaveral ya había recortado la cosecha en una quinta parte.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_de.txt"), ("ANSA", "02_pl.txt"), ("ANSA", "03_es.txt")],
[("A hailstorm destroyed about 60% of the Nebbiolo grapes in the Serralta hills (province of Cuneo) two weeks before the harvest.",
  ["00_it.txt", "01_de.txt", "02_pl.txt", "03_es.txt"], 1),
 ("The growers' consortium estimates the damage at about 38 million euros.",
  ["00_it.txt", "01_de.txt", "02_pl.txt"], 1),
 ("The consortium will ask for a state of natural calamity to be declared for the area.",
  ["00_it.txt", "01_de.txt", "02_pl.txt", "03_es.txt"], 1)])

# t02: in-corpus scoop of Gazeta Wyborcza (documents + two anonymous employees, who belong to the
# origin), relayed 4x. pl own "ustaliła „Wyborcza"" + "Dotarliśmy do faktur" + "rozmawiali z nami pod
# warunkiem zachowania anonimowości" + "napisała „Wyborczej"" (dative); fr "révèle ... Gazeta
# Wyborcza" + "Selon les informations du journal" + "Citant deux employés ... sous couvert d'anonymat";
# en "the Polish daily Gazeta Wyborcza reported" + "told Wyborcza" + "quoted by Wyborcza"; uk
# "з'ясувала польська «Газета Виборча»" + "За даними «Виборчої»" (gen.) + "Співрозмовники видання";
# de "Wie die polnische Zeitung „Gazeta Wyborcza" unter Berufung auf zwei Mitarbeiter ... berichtet" +
# an unanswered SZ request (no own reporting).
story("t02_scoop_fake_burgundy_warsaw", "scoop", {
"00_pl.txt": """Podrabiane burgundy na warszawskich aukcjach. Klienci zapłacili 1,9 mln zł za tanie wino
Gazeta Wyborcza
2027-03-11T06:00:00+01:00

Co najmniej 140 butelek rzekomo rocznikowego burgunda grand cru, które w ciągu dwóch lat sprzedał warszawski Dom Aukcyjny Piwnica Królewska, to podróbki – ustaliła „Wyborcza". Kupujący zapłacili za nie łącznie około 1,9 mln zł.

Dotarliśmy do faktur i katalogów aukcyjnych z lat 2025–2026. Wynika z nich, że dom aukcyjny wystawił 140 butelek z etykietami Domaine Aubertin-Vallée z rocznika 2005, po 9–22 tys. zł za sztukę. Dwoje pracowników firmy, którzy rozmawiali z nami pod warunkiem zachowania anonimowości, opowiada, że butelki napełniano na zapleczu tanim winem z Langwedocji, a etykiety drukowała niewielka drukarnia w Łodzi.

„Korki wbijano ręcznie, a potem lakowano szyjki, żeby nikt nie zauważył" – mówi jedna z tych osób. Druga twierdzi, że właściciel domu aukcyjnego wiedział o wszystkim od początku.

Winnica z Burgundii odpowiedziała na nasze pytania mailowo: numerów seryjnych widocznych na butelkach w katalogach nie ma w jej rejestrach. „Te butelki nie pochodzą od nas" – napisała „Wyborczej" Claire Aubertin, współwłaścicielka winnicy.

Właściciel Piwnicy Królewskiej Marek Sobiecki zaprzecza, jakoby wiedział o fałszerstwach. „Kupowaliśmy wino od kolekcjonerów w dobrej wierze" – powiedział nam.

Prokuratura Okręgowa w Warszawie potwierdziła „Wyborczej", że po zawiadomieniu jednego z klientów wszczęła śledztwo w sprawie oszustwa znacznej wartości.
""",
"01_fr.txt": """Pologne : une maison de ventes soupçonnée d'avoir écoulé 140 faux bourgognes
Le Figaro
11 mars 2027 à 13:15

Au moins 140 bouteilles présentées comme des grands crus de Bourgogne et adjugées aux enchères à Varsovie seraient des contrefaçons, révèle jeudi le quotidien polonais Gazeta Wyborcza. Les acheteurs auraient déboursé au total quelque 1,9 million de zlotys, soit environ 440 000 euros.

Selon les informations du journal, la maison de ventes Piwnica Królewska a mis aux enchères en 2025 et 2026 des bouteilles étiquetées Domaine Aubertin-Vallée, millésime 2005. Citant deux employés de la maison s'exprimant sous couvert d'anonymat, la Gazeta Wyborcza affirme que les bouteilles étaient remplies dans une arrière-boutique avec un vin bon marché du Languedoc, tandis que les étiquettes sortaient d'une petite imprimerie de Łódź.

Le domaine bourguignon a confirmé au quotidien que les numéros de série figurant sur les bouteilles n'existent pas dans ses registres. « Ces bouteilles ne viennent pas de chez nous », a écrit au journal sa copropriétaire, Claire Aubertin.

Le patron de la maison de ventes, Marek Sobiecki, dément toute implication et assure avoir acheté les vins « de bonne foi » auprès de collectionneurs, rapporte la Gazeta Wyborcza.

La contrefaçon de grands vins reste un fléau pour la Bourgogne, dont les bouteilles les plus recherchées se négocient à plusieurs milliers d'euros sur le marché secondaire. Les faussaires visent de plus en plus des places de vente moins surveillées que Londres, New York ou Hongkong.
""",
"02_en.txt": """Warsaw auction house sold fake grand cru burgundy, Polish paper finds
The Guardian
Thu 11 Mar 2027 15.42 GMT

A Warsaw auction house sold at least 140 counterfeit bottles of supposedly vintage grand cru burgundy to collectors over two years, the Polish daily Gazeta Wyborcza reported on Thursday.

Buyers paid a total of about 1.9m złoty (£375,000) for bottles labelled as 2005 wines from the Burgundy estate Domaine Aubertin-Vallée, according to invoices and auction catalogues obtained by the paper.

Two employees of the auction house, Piwnica Królewska, told Wyborcza on condition of anonymity that the bottles had been filled in a back room with cheap wine from the Languedoc, and that the corks were pushed in by hand and hidden under wax seals.

The estate told the newspaper that the serial numbers on the bottles did not exist in its records. "These bottles do not come from us," Claire Aubertin, a co-owner, wrote in an email quoted by Wyborcza.

The auction house's owner, Marek Sobiecki, denied any knowledge of the forgeries and said he had bought the wine in good faith from private collectors.

Prosecutors in Warsaw confirmed to the paper that they had opened a fraud investigation after a complaint from one of the buyers.

Prices for the most sought-after burgundies have multiplied over the past two decades, and experts say fakes increasingly turn up at smaller auction houses outside the traditional markets of London, New York and Hong Kong.
""",
"03_uk.txt": """У Варшаві аукціонний дім продавав підроблене бургундське вино – розслідування
Українська правда
11 березня 2027, 17:30

Варшавський аукціонний дім Piwnica Królewska за два роки продав щонайменше 140 пляшок підробленого бургундського вина класу гран крю. Це з'ясувала польська «Газета Виборча».

За даними «Виборчої», покупці заплатили за ці пляшки загалом близько 1,9 млн злотих. На етикетках значилися маєток Domaine Aubertin-Vallée і врожай 2005 року.

Двоє працівників аукціонного дому, які говорили з журналістами газети на умовах анонімності, розповіли, що пляшки наповнювали дешевим вином із Лангедоку в підсобці, а етикетки друкували в невеликій друкарні в Лодзі. Співрозмовники видання також стверджують, що власник аукціонного дому знав про це від самого початку.

Сам власник, Марек Собецький, свою причетність заперечує. «Ми купували вино в колекціонерів добросовісно», – цитує його газета.

Виноробний маєток у Бургундії повідомив польським журналістам, що серійних номерів, які видно на пляшках, немає в його реєстрах.

Окружна прокуратура у Варшаві підтвердила виданню, що розпочала слідство у справі про шахрайство у великих розмірах після заяви одного з покупців.
""",
"04_de.txt": """Gefälschter Burgunder: Warschauer Auktionshaus unter Betrugsverdacht
Süddeutsche Zeitung
Fri, 12 Mar 2027 08:10:00 +0100

Ein Warschauer Auktionshaus soll mindestens 140 gefälschte Flaschen Grand-Cru-Burgunder versteigert haben. Wie die polnische Zeitung „Gazeta Wyborcza" unter Berufung auf zwei Mitarbeiter des Hauses berichtet, wurden die Flaschen in einem Hinterzimmer mit billigem Wein aus dem Languedoc befüllt und mit Etiketten aus einer Druckerei in Łódź beklebt. Die beiden wollten anonym bleiben.

Die Käufer zahlten dem Bericht zufolge insgesamt rund 1,9 Millionen Złoty, umgerechnet etwa 440.000 Euro. Die Etiketten wiesen die Weine als Jahrgang 2005 des Burgunder Guts Domaine Aubertin-Vallée aus. Das Weingut teilte der Zeitung mit, die auf den Flaschen aufgedruckten Seriennummern existierten in seinen Unterlagen nicht.

Der Inhaber des Auktionshauses Piwnica Królewska, Marek Sobiecki, bestreitet, von den Fälschungen gewusst zu haben. Eine Anfrage der SZ ließ das Auktionshaus bis Donnerstagabend unbeantwortet.

Fälschungen teurer Burgunder beschäftigen Händler und Ermittler seit Jahren. Weil die Preise für gesuchte Lagen stark gestiegen sind, lohnt sich der Betrug zunehmend auch jenseits der großen Auktionsplätze London, New York und Hongkong, sagen Fachleute.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_fr.txt"), ("Gazeta Wyborcza", "02_en.txt"), ("Gazeta Wyborcza", "03_uk.txt"),
 ("Gazeta Wyborcza", "04_de.txt")],
[("A Warsaw auction house (Piwnica Królewska) sold at least 140 counterfeit bottles labelled as grand cru burgundy.",
  ["00_pl.txt", "01_fr.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], 1),
 ("The Burgundy estate says the serial numbers on the bottles do not exist in its records.",
  ["00_pl.txt", "01_fr.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], 1),
 ("Warsaw prosecutors opened a fraud investigation after a buyer's complaint.",
  ["00_pl.txt", "02_en.txt", "03_uk.txt"], 1)])

# t03: chain de -> en -> pl, uk. de own (reporter at the staff meeting: "Unsere Zeitung war bei der
# Versammlung ... dabei", "sagte ... der Mittelbayerischen", "auf Nachfrage unserer Zeitung"); en
# "the regional newspaper Mittelbayerische Zeitung reported" + "told the Mittelbayerische" + "the
# newspaper added"; pl "informuje Deutsche Welle, powołując się na regionalny dziennik „Mittelbayerische
# Zeitung"" + "jak podaje DW" + "cytuje go niemiecki nadawca" -> edge from Deutsche Welle; uk
# "повідомляє німецький мовник Deutsche Welle" + "За даними DW" + "Як зазначає Deutsche Welle" -> edge
# from Deutsche Welle.
story("t03_chain_brewery_closure_bavaria", "chain", {
"00_de.txt": """Nach 312 Jahren: Brauerei Hallmayr in Kirchenthal macht zu
Mittelbayerische Zeitung
2027-01-19 18:45

Die Brauerei Hallmayr in Kirchenthal (Landkreis Schwandorf) stellt Ende März nach 312 Jahren den Betrieb ein. Das hat Geschäftsführer Florian Hallmayr am Dienstagnachmittag den 74 Beschäftigten auf einer Betriebsversammlung mitgeteilt. Unsere Zeitung war bei der Versammlung im Sudhaus dabei.

„Wir haben alles versucht. Aber mit diesen Energiepreisen und einem Absatz, der jedes Jahr kleiner wird, kann ein Haus unserer Größe nicht mehr bestehen", sagte Hallmayr, der das Unternehmen in elfter Generation führt, anschließend der Mittelbayerischen. Der Ausstoß sei seit 2019 von 62.000 auf knapp 41.000 Hektoliter gesunken.

Mehrere Mitarbeiter verließen den Saal mit Tränen in den Augen. „Mein Vater hat hier schon gearbeitet", sagte ein Braumeister, der seit 27 Jahren im Betrieb ist. Für die Belegschaft soll es einen Sozialplan geben; die Gespräche mit dem Betriebsrat beginnen kommende Woche.

Die Markenrechte am bekannten „Kirchenthaler Dunkel" will die Familie verkaufen, einen Käufer gibt es noch nicht. Das denkmalgeschützte Sudhaus am Marktplatz bleibt im Familienbesitz, sagte Hallmayr. Was aus dem Gebäude wird, sei offen.

Bürgermeisterin Gerlinde Spötzl nannte die Schließung auf Nachfrage unserer Zeitung „einen schwarzen Tag für Kirchenthal". Die Brauerei ist der zweitgrößte Arbeitgeber der Gemeinde.
""",
"01_en.txt": """German brewery to close after 312 years as beer sales slump
Deutsche Welle
2027-01-20T09:30:00+00:00

A family-owned brewery in the Bavarian town of Kirchenthal will shut down at the end of March after 312 years in business, the regional newspaper Mittelbayerische Zeitung reported on Tuesday evening.

All 74 employees of Brauerei Hallmayr were told of the decision at a staff meeting, which the paper attended. Managing director Florian Hallmayr, the eleventh generation of his family to run the business, blamed high energy prices and shrinking sales.

"We tried everything. But with these energy prices and sales that get smaller every year, a company of our size can no longer survive," Hallmayr told the Mittelbayerische. According to the paper, the brewery's output fell from 62,000 hectoliters in 2019 to just under 41,000.

The family plans to sell the rights to its best-known beer, Kirchenthaler Dunkel, but has not yet found a buyer, the newspaper added. Workers are to be offered a redundancy plan.

German breweries have been hit by a long decline in domestic beer consumption, as younger Germans drink less alcohol and more people opt for non-alcoholic alternatives. Small and mid-sized breweries, which often lack the money to modernize their plants, have been hit hardest by the rise in energy and packaging costs of recent years.
""",
"02_pl.txt": """Niemiecki browar zamyka się po ponad trzech stuleciach. Pracę stracą 74 osoby
Onet
20 stycznia 2027, 14:12

Browar Hallmayr z bawarskiego miasteczka Kirchenthal zakończy działalność z końcem marca, po 312 latach istnienia – informuje Deutsche Welle, powołując się na regionalny dziennik „Mittelbayerische Zeitung". Pracę stracą wszyscy 74 pracownicy.

O decyzji załoga dowiedziała się we wtorek na zebraniu, w którym – jak podaje DW – uczestniczył dziennikarz bawarskiej gazety. Szef firmy Florian Hallmayr, który kieruje browarem jako przedstawiciel jedenastego pokolenia rodziny, wskazał na wysokie ceny energii i spadającą sprzedaż.

„Próbowaliśmy wszystkiego, ale przy takich cenach energii i sprzedaży, która co roku jest mniejsza, firma naszej wielkości nie ma szans przetrwać" – cytuje go niemiecki nadawca. Według DW produkcja browaru spadła z 62 tys. hektolitrów w 2019 r. do niespełna 41 tys.

Rodzina zamierza sprzedać prawa do najbardziej znanej marki, ciemnego piwa Kirchenthaler Dunkel, ale na razie nie znalazła kupca.

Niemieckie browary od lat odczuwają spadek spożycia piwa. Młodsi Niemcy piją mniej alkoholu, rośnie za to popularność piw bezalkoholowych. Najbardziej cierpią małe i średnie zakłady, którym trudno udźwignąć rosnące koszty energii i opakowań.
""",
"03_uk.txt": """У Баварії закривається пивоварня, яка працювала понад 300 років
РБК-Україна
20.01.2027, 16:50

Сімейна пивоварня Hallmayr у баварському містечку Кірхенталь наприкінці березня припинить роботу після 312 років існування. Про це повідомляє німецький мовник Deutsche Welle.

За даними DW, роботу втратять усі 74 працівники підприємства. Про закриття їм оголосили на зборах колективу у вівторок.

Керівник пивоварні Флоріан Гальмаєр, який очолює сімейну справу в одинадцятому поколінні, пояснив рішення високими цінами на енергоносії та падінням продажів. «Ми спробували все. Але з такими цінами на енергію і збутом, який щороку меншає, підприємство нашого розміру вже не може вижити», – цитує його видання.

Родина планує продати права на найвідомішу марку – темне пиво Kirchenthaler Dunkel, проте покупця поки немає.

Як зазначає Deutsche Welle, споживання пива в Німеччині скорочується вже багато років: молодь п'є менше алкоголю, а дедалі більше людей обирають безалкогольне пиво. Найважче доводиться малим і середнім пивоварням, яким бракує коштів на модернізацію.
""",
}, [("Mittelbayerische Zeitung", True)],
[("Mittelbayerische Zeitung", "01_en.txt"), ("Deutsche Welle", "02_pl.txt"), ("Deutsche Welle", "03_uk.txt")],
[("Brauerei Hallmayr in Kirchenthal will close at the end of March after 312 years.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("The brewery's 74 employees were told of the closure at a staff meeting.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("The brewery's output fell from 62,000 hectolitres in 2019 to just under 41,000.",
  ["00_de.txt", "01_en.txt", "02_pl.txt"], 1)])

# t04: institution-published origin outside the corpus: the Polish Ministry of Health's draft law
# published on the Government Legislation Centre (RCL) site. pl "wynika z projektu ..., który
# Ministerstwo Zdrowia opublikowało" + "czytamy w uzasadnieniu projektu"; de "Das geht aus einem
# Gesetzentwurf hervor, den das polnische Gesundheitsministerium ... veröffentlicht hat" + "heißt es in
# der Begründung"; uk "Про це йдеться в законопроєкті, який МОЗ оприлюднило" + "Як зазначає
# міністерство в пояснювальній записці"; es credits only the pl article: "según informa el diario
# polaco Rzeczpospolita, que ha tenido acceso al borrador" + "detalla el rotativo" + "Según el diario"
# -> edge from Rzeczpospolita (chain; root stays the ministry); fr (no outlet line) "selon un projet de
# loi publié mercredi sur le site" + "précise le document".
story("t04_document_poland_night_alcohol_ban", "document", {
"00_pl.txt": """Koniec nocnej sprzedaży alkoholu w całej Polsce. Jest projekt Ministerstwa Zdrowia
Rzeczpospolita
2027-05-12 10:05

Sklepy w całym kraju nie będą mogły sprzedawać alkoholu między godziną 22 a 6, a stacje benzynowe stracą prawo do handlu napojami alkoholowymi w ogóle – wynika z projektu nowelizacji ustawy o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi, który Ministerstwo Zdrowia opublikowało w środę na stronie Rządowego Centrum Legislacji.

Dziś o nocnych zakazach decydują samorządy i wiele dużych miast już z tej możliwości skorzystało. Według projektu zakaz obowiązywałby jednolicie w całej Polsce. Nie obejmie lokali gastronomicznych, w których alkohol podaje się do spożycia na miejscu.

Resort zdrowia chce też zakazać sprzedaży alkoholu w opakowaniach mniejszych niż 200 ml, czyli popularnych „małpek". Za złamanie przepisów sklepom groziłaby kara do 50 tys. zł, a przy powtarzających się naruszeniach – utrata zezwolenia.

„Fizyczna dostępność alkoholu, zwłaszcza w godzinach nocnych, jest jednym z najsilniejszych czynników wpływających na poziom szkód" – czytamy w uzasadnieniu projektu. Ministerstwo powołuje się w nim na dane, według których w gminach z nocnym zakazem liczba nocnych interwencji policji wobec osób nietrzeźwych spadła średnio o 18 proc.

Nowe przepisy miałyby wejść w życie 1 lipca 2028 r. Konsultacje publiczne projektu potrwają 30 dni.
""",
"01_de.txt": """Polen will nächtlichen Alkoholverkauf landesweit verbieten
Frankfurter Allgemeine Zeitung
12.05.2027, 15:30

In Polen soll Alkohol in Geschäften bald landesweit zwischen 22 und 6 Uhr nicht mehr verkauft werden dürfen. Das geht aus einem Gesetzentwurf hervor, den das polnische Gesundheitsministerium am Mittwoch auf der Internetseite des Regierungszentrums für Gesetzgebung veröffentlicht hat. Tankstellen sollen demnach überhaupt keinen Alkohol mehr verkaufen dürfen.

Bislang können die Gemeinden selbst entscheiden, ob sie den nächtlichen Verkauf untersagen; viele größere Städte haben das in den vergangenen Jahren getan. Nach den Plänen des Ministeriums würde die Regel künftig einheitlich gelten. Ausgenommen wären Restaurants und Bars.

„Die physische Verfügbarkeit von Alkohol, insbesondere in den Nachtstunden, gehört zu den stärksten Faktoren, die das Ausmaß der Schäden bestimmen", heißt es in der Begründung. Läden, die gegen das Verbot verstoßen, drohen Geldstrafen von bis zu 50.000 Złoty, umgerechnet rund 11.600 Euro.

Außerdem will das Ministerium den Verkauf kleiner Fläschchen unter 200 Millilitern verbieten, die in Polen „Äffchen" (małpki) genannt werden. Das Gesetz soll am 1. Juli 2028 in Kraft treten; die öffentliche Konsultation dauert 30 Tage.
""",
"02_uk.txt": """Польща хоче заборонити нічний продаж алкоголю по всій країні
Європейська правда
12 травня 2027, 17:45

Міністерство охорони здоров'я Польщі пропонує заборонити продаж алкоголю в магазинах по всій країні з 22:00 до 6:00, а на автозаправних станціях – повністю. Про це йдеться в законопроєкті, який МОЗ оприлюднило в середу на сайті Урядового законодавчого центру.

Зараз рішення про нічну заборону в Польщі ухвалюють органи місцевого самоврядування, і чимало міст уже запровадили такі обмеження. Законопроєкт передбачає єдине правило для всієї держави. Заборона не стосуватиметься ресторанів і барів.

Як зазначає міністерство в пояснювальній записці, доступність алкоголю, особливо вночі, – один із найвагоміших чинників, що впливають на рівень шкоди від його вживання. У документі також наведено дані, згідно з якими в громадах із нічною забороною кількість нічних викликів поліції до нетверезих осіб зменшилася в середньому на 18%.

Крім того, МОЗ Польщі пропонує заборонити продаж алкоголю в тарі об'ємом менше ніж 200 мл – так званих «мавпочок». Закон має набути чинності 1 липня 2028 року, громадське обговорення триватиме 30 днів.
""",
"03_es.txt": """Polonia prohibirá vender alcohol de noche en tiendas y gasolineras
El Mundo
12/05/2027 19:20

El Gobierno polaco quiere prohibir en todo el país la venta de alcohol en tiendas entre las 22.00 y las 6.00 horas y vetarla por completo en las gasolineras, según informa el diario polaco Rzeczpospolita, que ha tenido acceso al borrador publicado por el Ministerio de Sanidad.

Hasta ahora, en Polonia son los ayuntamientos los que deciden si restringen la venta nocturna. El proyecto de ley, que estará en consulta pública durante 30 días, unificaría la norma en todo el territorio, aunque no afectaría a bares ni restaurantes, detalla el rotativo.

El texto también prohíbe los envases de menos de 200 mililitros, las populares "małpki" (monitos), muy vendidas en tiendas de barrio. Según el diario, los comercios que incumplan la ley se expondrán a multas de hasta 50.000 zlotis, unos 11.600 euros.

El ministerio argumenta, según recoge Rzeczpospolita, que la disponibilidad del alcohol por la noche es uno de los factores que más influyen en los daños asociados a su consumo. Las nuevas normas entrarían en vigor el 1 de julio de 2028.

Polonia figura entre los países de la Unión Europea con mayor consumo de alcohol por habitante, y el debate sobre la venta nocturna lleva años dividiendo a comerciantes y autoridades locales.
""",
"04_fr.txt": """La Pologne veut interdire la vente nocturne d'alcool dans tout le pays
13 mai 2027

Le ministère polonais de la Santé veut interdire la vente d'alcool dans les magasins entre 22 heures et 6 heures sur l'ensemble du territoire, selon un projet de loi publié mercredi sur le site du Centre gouvernemental de la législation.

Actuellement, ce sont les communes qui décident d'éventuelles restrictions nocturnes, et de nombreuses grandes villes en ont déjà adopté. Le texte prévoit une règle unique pour tout le pays ; les bars et restaurants ne seraient pas concernés.

Les commerces contrevenants s'exposeraient à des amendes pouvant atteindre 50 000 zlotys (environ 11 600 euros) et, en cas de récidive, au retrait de leur licence, précise le document. Le ministère propose en outre d'interdire les petites bouteilles de moins de 20 centilitres, surnommées « małpki » (« petits singes »).

Dans l'exposé des motifs, le ministère estime que la disponibilité de l'alcool la nuit compte parmi les facteurs qui pèsent le plus sur les dommages liés à sa consommation. La loi doit entrer en vigueur le 1er juillet 2028, après une consultation publique de 30 jours.
""",
}, [("Polish Ministry of Health", False)],
[("Polish Ministry of Health", "00_pl.txt"), ("Polish Ministry of Health", "01_de.txt"),
 ("Polish Ministry of Health", "02_uk.txt"), ("Rzeczpospolita", "03_es.txt"),
 ("Polish Ministry of Health", "04_fr.txt")],
[("Poland's health ministry proposes a nationwide ban on alcohol sales in shops between 22:00 and 6:00.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_es.txt", "04_fr.txt"], 1),
 ("Petrol stations would be banned from selling alcohol altogether.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], 1),
 ("Shops breaking the ban would face fines of up to 50,000 zloty.",
  ["00_pl.txt", "01_de.txt", "03_es.txt", "04_fr.txt"], 1)])

# t05: own report of The Irish Times ("The Irish Times has learned", "confirmed the pause to The
# Irish Times"); pl is an uncredited, close Polish translation published the next morning (same
# paragraphs, same quote, same background, no credit) -> edge from The Irish Times, none from the
# company; fr "selon The Irish Times" + "a déclaré au quotidien irlandais" + "précise le journal"; it (no
# outlet and no date line) "secondo quanto riportato dall'Irish Times" + "ha spiegato al quotidiano di
# Dublino".
story("t05_translation_irish_distillery_pause", "translation", {
"00_en.txt": """Offaly distillery to halt production for a year, with 46 staff laid off
The Irish Times
Tue Oct 5 2027 - 19:30

Ballinree Distillery in Co Offaly is to halt whiskey production for 12 months from November, with 46 of its 58 employees to be temporarily laid off, The Irish Times has learned.

Staff were told of the decision at a meeting on Tuesday morning. Several workers leaving the site in the afternoon said they had been offered a return to work once distilling resumes, but no guarantee of when that would be.

Managing director Aoife Kinsella confirmed the pause to The Irish Times. "We have more maturing whiskey in our warehouses than we can sell in the next four or five years. Distilling more of it now would be irresponsible," she said.

Ms Kinsella said US import tariffs had cut the distillery's American sales by almost a third. The United States takes around 40 per cent of Ballinree's output.

The 12 staff who remain will run the visitor centre, the bottling line and the warehouses, she said. The distillery, which opened in 2016 on the site of a former creamery, is the largest employer in the village.

Irish whiskey was one of the fastest-growing spirits categories for more than a decade, and dozens of new distilleries opened across the country. Industry figures say many are now struggling with high stocks, weaker demand and higher borrowing costs.
""",
"01_pl.txt": """Irlandzka destylarnia wstrzymuje produkcję na rok. 46 osób na przymusowym urlopie
Interia
6 października 2027, 08:15

Destylarnia Ballinree w hrabstwie Offaly wstrzyma produkcję whiskey na 12 miesięcy od listopada. Czasowo zwolnionych zostanie 46 z 58 pracowników.

O decyzji załoga dowiedziała się we wtorek rano na zebraniu. Kilku pracowników, którzy po południu opuszczali zakład, mówiło, że zaproponowano im powrót do pracy po wznowieniu destylacji, ale bez gwarancji, kiedy to nastąpi.

Dyrektor zarządzająca Aoife Kinsella potwierdziła wstrzymanie produkcji. „W magazynach mamy więcej dojrzewającej whiskey, niż zdołamy sprzedać w ciągu najbliższych czterech, pięciu lat. Destylowanie kolejnej teraz byłoby nieodpowiedzialne" – powiedziała.

Według Kinselli amerykańskie cła importowe zmniejszyły sprzedaż destylarni w USA o prawie jedną trzecią. Stany Zjednoczone odbierają około 40 proc. produkcji Ballinree.

Pozostałych 12 pracowników zajmie się centrum dla zwiedzających, linią rozlewniczą i magazynami. Destylarnia, otwarta w 2016 r. na terenie dawnej mleczarni, jest największym pracodawcą w miejscowości.

Irlandzka whiskey przez ponad dekadę należała do najszybciej rosnących kategorii alkoholi, a w całym kraju powstały dziesiątki nowych destylarni. Według przedstawicieli branży wiele z nich zmaga się teraz z wysokimi zapasami, słabszym popytem i droższym kredytem.
""",
"02_fr.txt": """En Irlande, une distillerie de whiskey met sa production à l'arrêt pour un an
Le Monde
6 octobre 2027 à 11h20

La distillerie Ballinree, dans le comté d'Offaly, au centre de l'Irlande, va suspendre sa production de whiskey pendant douze mois à partir de novembre, selon The Irish Times. Quarante-six de ses 58 salariés seront mis au chômage temporaire.

« Nous avons dans nos chais plus de whiskey en vieillissement que nous ne pourrons en vendre dans les quatre ou cinq prochaines années », a déclaré au quotidien irlandais sa directrice générale, Aoife Kinsella. Continuer à distiller serait, selon elle, « irresponsable ».

Les États-Unis absorbent environ 40 % de la production de Ballinree, et les droits de douane américains y ont fait chuter les ventes de la distillerie de près d'un tiers, précise le journal.

Le whiskey irlandais a connu plus d'une décennie de croissance rapide, qui a vu des dizaines de nouvelles distilleries ouvrir leurs portes à travers le pays. Mais la filière doit aujourd'hui composer avec des stocks abondants, une demande en berne et un crédit plus cher.
""",
"03_it.txt": """Irlanda, distilleria di whiskey ferma la produzione per un anno: 46 lavoratori a casa

La distilleria Ballinree, nella contea irlandese di Offaly, sospenderà la produzione di whiskey per dodici mesi a partire da novembre e metterà temporaneamente a casa 46 dei suoi 58 dipendenti, secondo quanto riportato dall'Irish Times.

«Nei nostri magazzini abbiamo più whiskey in invecchiamento di quanto riusciremo a venderne nei prossimi quattro o cinque anni. Distillarne altro adesso sarebbe irresponsabile», ha spiegato al quotidiano di Dublino la direttrice generale Aoife Kinsella.

Secondo la manager, i dazi statunitensi hanno ridotto di quasi un terzo le vendite della distilleria negli Stati Uniti, che assorbono circa il 40 per cento della produzione. La distilleria, aperta nel 2016 in un ex caseificio, è il principale datore di lavoro del villaggio.

Dopo oltre un decennio di boom, durante il quale in Irlanda sono nate decine di nuove distillerie, il settore del whiskey irlandese fa i conti con magazzini pieni, una domanda più debole e il costo più alto del denaro.
""",
}, [("The Irish Times", True)],
[("The Irish Times", "01_pl.txt"), ("The Irish Times", "02_fr.txt"), ("The Irish Times", "03_it.txt")],
[("Ballinree Distillery in County Offaly will halt whiskey production for 12 months from November.",
  ["00_en.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1),
 ("46 of the distillery's 58 employees will be temporarily laid off.",
  ["00_en.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1),
 ("The 12 remaining staff will run the visitor centre, bottling line and warehouses.",
  ["00_en.txt", "01_pl.txt"], 1)])

# t06: in-corpus scoop of Handelsblatt (three people familiar with the talks: anonymous, part of the
# origin); pl relay that adds its own confirmation from the buyer's spokesman ("Informacje
# „Handelsblattu" potwierdził w rozmowie z „Pulsem Biznesu"" + "powiedział nam") -> edge from
# Handelsblatt and Puls Biznesu is an in-corpus origin too; en credits both ("first reported ... by
# Handelsblatt" + "confirmed the talks to the Polish business newspaper Puls Biznesu") -> two edges;
# fr (written before the confirmation) "selon le quotidien économique allemand Handelsblatt, qui cite
# trois sources proches des discussions" + "D'après le journal" + "auprès du Handelsblatt".
story("t06_confirmation_brewery_takeover", "confirmation", {
"00_de.txt": """Polnische Brauereigruppe will Steinacher übernehmen
Handelsblatt
14.09.2027 - 06:00 Uhr

Der polnische Getränkekonzern Grupa Piwna Nadbuże verhandelt über die Übernahme der fränkischen Steinacher Brauhaus-Gruppe. Das erfuhr das Handelsblatt von drei mit den Gesprächen vertrauten Personen. Die Verhandlungen seien weit fortgeschritten, eine Unterzeichnung könnte bereits im Oktober erfolgen.

Nadbuże biete für die Gruppe samt ihren vier Braustätten in Ober- und Mittelfranken rund 210 Millionen Euro einschließlich Schulden, sagten zwei der Personen. Die Eigentümerfamilie hatte im Frühjahr eine Investmentbank beauftragt, einen Käufer zu suchen. Ein Finanzinvestor, der ebenfalls Interesse gezeigt hatte, sei inzwischen ausgestiegen.

Steinacher wollte sich auf Anfrage des Handelsblatts nicht äußern. Nadbuże ließ eine Anfrage bis Montagabend unbeantwortet.

Für die Polen wäre es die erste Übernahme außerhalb des Heimatmarkts. Der Konzern aus Lublin ist in den vergangenen Jahren vor allem mit Radlern und alkoholfreien Sorten gewachsen und braucht nach Einschätzung von Branchenkennern zusätzliche Kapazitäten. Steinacher braut jährlich rund 900.000 Hektoliter und beschäftigt etwa 620 Menschen.

Der deutsche Biermarkt schrumpft seit Jahren. Viele mittelständische Brauereien suchen deshalb Partner oder Käufer, während ausländische Konzerne die vergleichsweise günstigen Bewertungen für Zukäufe nutzen.
""",
"01_pl.txt": """Nadbuże potwierdza rozmowy o przejęciu niemieckiego browaru
Puls Biznesu
14 września 2027, 12:30

Grupa Piwna Nadbuże prowadzi rozmowy o przejęciu frankońskiej grupy browarniczej Steinacher Brauhaus – podał we wtorek niemiecki dziennik ekonomiczny „Handelsblatt", powołując się na trzy osoby zaznajomione z negocjacjami.

Informacje „Handelsblattu" potwierdził w rozmowie z „Pulsem Biznesu" rzecznik lubelskiej grupy Tomasz Wierzbicki. „Potwierdzam, że prowadzimy rozmowy z właścicielami Steinachera. Na tym etapie nie mogę mówić o warunkach ani o terminach" – powiedział nam.

Rzecznik nie chciał też komentować warunków finansowych transakcji ani tego, czy Nadbuże ma w negocjacjach konkurentów.

Dla Nadbuża byłaby to pierwsza akwizycja za granicą. Grupa zwiększała w ostatnich latach sprzedaż głównie dzięki radlerom i piwom bezalkoholowym, a jej browary w Lublinie i Chełmie pracują niemal na pełnych obrotach. Steinacher warzy rocznie ok. 900 tys. hl piwa w czterech browarach i zatrudnia ok. 620 osób.

Niemiecki rynek piwa od lat się kurczy, a wiele średnich browarów szuka inwestorów. Dla polskich producentów to okazja do zakupu mocy produkcyjnych i znanych regionalnych marek po relatywnie niskich cenach.
""",
"02_en.txt": """Poland's Nadbuże confirms talks to buy German brewer Steinacher
Just Drinks
September 15, 2027

Polish brewer Grupa Piwna Nadbuże has confirmed it is in talks to acquire Steinacher Brauhaus-Gruppe, the Franconian brewing group, in what would be its first deal outside Poland.

German business daily Handelsblatt first reported the negotiations on Tuesday, citing three people familiar with the matter. Later the same day, Nadbuże spokesperson Tomasz Wierzbicki confirmed the talks to the Polish business newspaper Puls Biznesu, though he declined to discuss terms or timing.

Steinacher, which brews around 900,000 hectolitres a year at four sites in northern Bavaria and employs some 620 people, has been looking for a buyer since the spring, according to Handelsblatt.

Lublin-based Nadbuże has grown quickly on the back of radlers and alcohol-free beers, and its Polish breweries are running close to capacity.

German beer consumption has been falling for years, pushing many mid-sized family brewers to seek partners or sell up, while foreign groups have taken advantage of lower valuations to expand in the country.
""",
"03_fr.txt": """Bière : le polonais Nadbuże en négociations pour racheter l'allemand Steinacher
Les Echos
14 sept. 2027 à 09:45

Le brasseur polonais Grupa Piwna Nadbuże négocie le rachat du groupe brassicole franconien Steinacher Brauhaus, selon le quotidien économique allemand Handelsblatt, qui cite trois sources proches des discussions. Les négociations seraient avancées et une signature pourrait intervenir dès le mois d'octobre.

D'après le journal, Nadbuże propose environ 210 millions d'euros, dette comprise, pour le groupe et ses quatre brasseries situées en Franconie. Un fonds d'investissement également intéressé se serait retiré. Steinacher n'a pas souhaité commenter auprès du Handelsblatt.

Ce serait la première acquisition hors de Pologne pour le groupe de Lublin, qui a fortement progressé ces dernières années grâce aux panachés et aux bières sans alcool.

Le marché allemand de la bière recule depuis des années, et de nombreuses brasseries familiales de taille moyenne cherchent un adossement. Les groupes étrangers profitent de valorisations devenues plus modestes pour s'implanter outre-Rhin.
""",
}, [("Handelsblatt", True), ("Puls Biznesu", True)],
[("Handelsblatt", "01_pl.txt"), ("Handelsblatt", "02_en.txt"), ("Puls Biznesu", "02_en.txt"),
 ("Handelsblatt", "03_fr.txt")],
[("Grupa Piwna Nadbuże is in talks to acquire the Franconian brewing group Steinacher Brauhaus.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], 2),
 ("Nadbuże is offering about 210 million euros including debt.",
  ["00_de.txt", "03_fr.txt"], 1),
 ("A signing could come as early as October.",
  ["00_de.txt", "03_fr.txt"], 1)])

# t07: a person's own social-media post (winemaker Ruggero Fasoli on Instagram), outside the corpus,
# taken directly by all four. it "A denunciare il furto è stato lo stesso titolare ... con un post
# pubblicato ... sul suo profilo Instagram" + "scrive il produttore" + "Nel post"; en "owner Ruggero
# Fasoli wrote in an Instagram post" + "according to the post"; de (no outlet line) "Das schrieb Winzer
# Ruggero Fasoli ... auf Instagram" + "In seinem Beitrag"; es "según ha denunciado su propietario ... en
# su cuenta de Instagram" + "Según su publicación".
story("t07_social_post_amarone_theft", "social_post", {
"00_it.txt": """Valpolicella, ladri in cantina: rubate 1.800 bottiglie di Amarone
L'Arena
2027-11-21 13:10

Sono entrati nella notte tra sabato e domenica, hanno forzato il portone della barricaia e sono ripartiti con circa 1.800 bottiglie di Amarone. A denunciare il furto è stato lo stesso titolare della Cantina Corte Sasselle, Ruggero Fasoli, con un post pubblicato domenica mattina sul suo profilo Instagram.

«Trent'anni di lavoro caricati su un furgone in poche ore», scrive il produttore, che accompagna il messaggio con le foto degli scaffali vuoti. Tra le bottiglie rubate, spiega, ci sono le annate dal 2010 al 2016, comprese alcune riserve che l'azienda non aveva più in vendita. Il valore, secondo Fasoli, supera i 250mila euro.

Nel post il vignaiolo pubblica anche l'elenco dei numeri di lotto e rivolge un appello a enoteche, ristoratori e collezionisti: «Se qualcuno vi offre queste bottiglie, non compratele e chiamate i carabinieri».

Fasoli racconta di aver già sporto denuncia ai carabinieri. In poche ore il post è stato condiviso da centinaia di produttori e appassionati, molti dei quali hanno offerto il proprio aiuto per rintracciare il carico.

La Cantina Corte Sasselle, a conduzione familiare, produce circa 60mila bottiglie l'anno, per metà Amarone. Negli ultimi anni diverse aziende della zona hanno investito in sistemi di allarme e videosorveglianza dopo una serie di furti di vino pregiato.
""",
"01_en.txt": """Thieves steal 1,800 bottles of Amarone from Valpolicella cellar
Decanter
Mon, 22 Nov 2027 09:00:00 +0000

Thieves broke into a family winery in Valpolicella over the weekend and made off with around 1,800 bottles of Amarone, owner Ruggero Fasoli wrote in an Instagram post on Sunday.

The stolen wines include vintages from 2010 to 2016 at Cantina Corte Sasselle, among them several riserva wines no longer on sale, according to the post, which showed photographs of empty racks in the estate's barrel cellar. Fasoli put the value of the stolen stock at more than €250,000.

'Thirty years of work loaded onto a van in a few hours,' he wrote.

Fasoli also published the lot numbers of the missing bottles and urged wine shops, restaurants and collectors not to buy them if offered, but to call the Carabinieri instead. He said he had already reported the theft.

Corte Sasselle, a family-run estate, makes around 60,000 bottles a year, half of them Amarone.

Amarone della Valpolicella, made from grapes dried for several months before fermentation, is among Italy's most expensive red wines, and older vintages are increasingly sought after by collectors. Producers and merchants across Europe have reported a rise in thefts of high-value wine in recent years.
""",
"02_de.txt": """Einbruch im Weinkeller: 1.800 Flaschen Amarone gestohlen
22. November 2027

Aus einem Weingut im Valpolicella nördlich von Verona sind rund 1.800 Flaschen Amarone gestohlen worden. Das schrieb Winzer Ruggero Fasoli, Inhaber der Cantina Corte Sasselle, am Sonntag auf Instagram. Die Täter hätten in der Nacht zum Sonntag das Tor zum Fasskeller aufgebrochen.

Unter den gestohlenen Flaschen seien die Jahrgänge 2010 bis 2016, darunter Riserva-Weine, die das Gut gar nicht mehr verkaufe. „Dreißig Jahre Arbeit, in wenigen Stunden in einen Transporter geladen", schrieb Fasoli zu Fotos leerer Regale.

In seinem Beitrag veröffentlichte der Winzer die Losnummern der Flaschen und bat Händler, Gastronomen und Sammler, ihm verdächtige Angebote zu melden und die Weine keinesfalls zu kaufen. Anzeige bei den Carabinieri hat er nach eigenen Angaben bereits erstattet.

Amarone wird aus Trauben gekeltert, die nach der Lese monatelang getrocknet werden, und gehört zu den teuersten Rotweinen Italiens. Ältere Jahrgänge sind bei Sammlern besonders gefragt.
""",
"03_es.txt": """Roban 1.800 botellas de amarone de una bodega familiar del Véneto
La Vanguardia
22/11/2027 12:35

Unos ladrones se llevaron en la madrugada del domingo alrededor de 1.800 botellas de amarone de la bodega Corte Sasselle, en la zona vinícola italiana de Valpolicella, según ha denunciado su propietario, Ruggero Fasoli, en su cuenta de Instagram.

"Treinta años de trabajo cargados en una furgoneta en pocas horas", escribió el bodeguero junto a fotos de las estanterías vacías de la sala de barricas. Según su publicación, entre las botellas robadas hay añadas de 2010 a 2016, incluidas reservas que ya no estaban a la venta, y el valor del botín supera los 250.000 euros.

Fasoli explicó que ya ha presentado una denuncia ante los carabinieri.

El amarone, elaborado con uvas que se dejan secar durante meses antes de la fermentación, es uno de los tintos más caros de Italia y sus añadas antiguas son muy codiciadas por los coleccionistas, lo que lo convierte en un objetivo habitual de los robos en bodegas.
""",
}, [("Ruggero Fasoli", False)],
[("Ruggero Fasoli", "00_it.txt"), ("Ruggero Fasoli", "01_en.txt"), ("Ruggero Fasoli", "02_de.txt"),
 ("Ruggero Fasoli", "03_es.txt")],
[("Thieves stole about 1,800 bottles of Amarone from the Cantina Corte Sasselle cellar in Valpolicella.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("The stolen wine is worth more than 250,000 euros.",
  ["00_it.txt", "01_en.txt", "03_es.txt"], 1),
 ("Fasoli published the lot numbers and asked traders and collectors not to buy the bottles.",
  ["00_it.txt", "01_en.txt", "02_de.txt"], 1)])

# t08: two independent own reports of the Odesa council vote: Суспільне Одеса (correspondent in the
# chamber: "передає кореспондентка Суспільного Одеса, яка була присутня на засіданні", "сказала нашій
# кореспондентці") and The Kyiv Independent ("told the Kyiv Independent", "said in a phone interview");
# pl credits both ("podały Suspilne Odesa ... oraz portal The Kyiv Independent" + "Jak relacjonuje
# Suspilne" + "powiedziała portalowi The Kyiv Independent") -> two edges; it credits only the Kyiv
# Independent ("Lo ha scritto il sito ... The Kyiv Independent" + "ha spiegato al Kyiv Independent").
story("t08_independent_odesa_evening_ban", "independent", {
"00_uk.txt": """Одеська міськрада заборонила продаж алкоголю в магазинах з 21:00 до 08:00
Суспільне Одеса
2027-10-07T15:20:00+03:00

Одеська міська рада на сесії в четвер ухвалила рішення про заборону роздрібного продажу алкогольних напоїв у магазинах і кіосках з 21:00 до 08:00. Обмеження почне діяти з 1 листопада. Про це передає кореспондентка Суспільного Одеса, яка була присутня на засіданні.

За рішення проголосував 41 депутат із 64. Досі в місті діяла заборона з 23:00 до 08:00. Крім того, відтепер алкоголь узагалі не можна буде продавати в магазинах, розташованих ближче ніж за 100 метрів від шкіл і дитячих садків.

«Ми бачимо, що більшість нічних викликів поліції пов'язані з алкоголем, який люди купують після дев'ятої вечора», – сказала нашій кореспондентці авторка рішення, голова комісії з питань охорони здоров'я Інна Ковальчук.

За порушення заборони магазинам загрожує штраф до 34 тисяч гривень, а в разі повторного порушення – позбавлення ліцензії, уточнила депутатка.

Під будівлею міськради під час сесії зібралися кілька десятків власників кіосків і невеликих магазинів. Вони тримали плакати «Не вбивайте малий бізнес» і вимагали перенести голосування.

Обмеження на продаж алкоголю в нічний час діють у багатьох областях України з початку повномасштабного вторгнення Росії.
""",
"01_en.txt": """Odesa bans evening alcohol sales in shops from 9 p.m.
The Kyiv Independent
October 7, 2027 6:05 PM

Odesa City Council on Oct. 7 voted to ban shops and kiosks from selling alcohol between 9 p.m. and 8 a.m., starting Nov. 1, tightening a restriction that until now applied from 11 p.m.

Council member Inna Kovalchuk, who drafted the decision, told the Kyiv Independent that police data showed most late-night calls in the city involved alcohol bought in the evening. "We are not banning alcohol. We are banning the bottle bought at ten at night that ends in a fight," she said.

Shops that break the rule face fines of up to Hr 34,000 (around $820), Kovalchuk added.

Oleksandr Hnatiuk, head of the Odesa association of small retailers, said in a phone interview that the association would challenge the decision in court. "Kiosks make about a third of their turnover after 9 p.m. Many of them will simply close," he told the Kyiv Independent.

Restrictions on night-time alcohol sales have been in place in many Ukrainian regions under martial law since Russia launched its full-scale invasion in February 2022, with local authorities setting the hours.
""",
"02_pl.txt": """Odessa zakazuje wieczornej sprzedaży alkoholu. Sklepy tylko do 21
TVN24
8 października 2027, 07:40

Od 1 listopada sklepy i kioski w Odessie nie będą mogły sprzedawać alkoholu między godz. 21 a 8 rano – podały regionalny oddział ukraińskiego nadawcy publicznego Suspilne Odesa oraz portal The Kyiv Independent. Taką decyzję podjęła w czwartek rada miasta.

Dotychczas zakaz obowiązywał od godz. 23. Jak relacjonuje Suspilne, którego reporterka była na sesji, pod budynkiem rady protestowało kilkadziesiąt osób prowadzących kioski i małe sklepy.

Autorka uchwały, radna Inna Kowalczuk, powiedziała portalowi The Kyiv Independent, że większość nocnych interwencji policji dotyczy alkoholu kupionego wieczorem. Za złamanie zakazu sklepom grozi grzywna do 34 tys. hrywien, czyli ok. 3,2 tys. zł.

Ograniczenia nocnej sprzedaży alkoholu obowiązują w wielu regionach Ukrainy od początku pełnoskalowej rosyjskiej inwazji w lutym 2022 r. Godziny zakazu ustalają władze lokalne.
""",
"03_it.txt": """A Odessa non si potrà più comprare alcol nei negozi dopo le 21
Il Post
8 ottobre 2027

Giovedì il consiglio comunale di Odessa, in Ucraina, ha approvato il divieto di vendere alcolici nei negozi e nei chioschi dalle 21 alle 8 del mattino, a partire dal primo novembre. Lo ha scritto il sito d'informazione ucraino in lingua inglese The Kyiv Independent. Finora il divieto scattava alle 23.

La consigliera Inna Kovalchuk, che ha proposto la misura, ha spiegato al Kyiv Independent che la maggior parte degli interventi notturni della polizia riguarda persone che hanno comprato alcol in serata.

L'associazione dei piccoli commercianti di Odessa ha invece annunciato che farà ricorso in tribunale: secondo il suo presidente, Oleksandr Hnatiuk, i chioschi realizzano dopo le 21 circa un terzo dei propri incassi, e molti rischiano di chiudere.

In Ucraina la vendita di alcolici di notte è limitata in molte regioni dall'inizio dell'invasione russa su larga scala, nel febbraio del 2022, in base alla legge marziale: gli orari vengono stabiliti dalle autorità locali.
""",
}, [("Суспільне Одеса", True), ("The Kyiv Independent", True)],
[("Суспільне Одеса", "02_pl.txt"), ("The Kyiv Independent", "02_pl.txt"), ("The Kyiv Independent", "03_it.txt")],
[("Odesa City Council banned retail alcohol sales in shops and kiosks from 21:00 to 08:00, starting November 1.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], 2),
 ("Shops breaking the ban face fines of up to 34,000 hryvnias.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt"], 2),
 ("The Odesa association of small retailers will challenge the decision in court.",
  ["01_en.txt", "03_it.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for c in claims:
            for a in c[1]:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 146 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
