#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand158 set (railways and train
operators). Media names are real; every event, person, company, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency PAP (Polska Agencja Prasowa) relayed directly 4x: pl "poinformowała Polska
# Agencja Prasowa" + "powiedział PAP" + "Według agencji" + "Jak podaje PAP"; uk "Про це повідомляє
# Польська агенція преси (PAP)" + "За даними агентства" + "цитує його агенція"; en "state news agency PAP
# reported" + "told the agency" + "according to PAP"; it "Lo riferisce l'agenzia di stampa polacca Pap,
# secondo cui" + "all'agenzia polacca" + "Secondo la Pap".
story("s01_agency_pap_grain_train", "agency", {
"00_pl.txt": """Wykoleił się pociąg z ukraińską kukurydzą pod Hrubieszowem. Linia zamknięta do piątku
Rzeczpospolita
2027-03-08 07:45

W nocy z niedzieli na poniedziałek pod Hrubieszowem (woj. lubelskie) wykoleił się pociąg towarowy przewożący ukraińską kukurydzę – poinformowała Polska Agencja Prasowa. Z torów wypadło 14 z 42 wagonów, a na nasyp wysypało się ok. 600 ton ziarna.

Do wypadku doszło ok. godz. 23.40 na szerokotorowej linii prowadzącej od granicy z Ukrainą w głąb kraju, kilka kilometrów na zachód od stacji Hrubieszów Miasto. Skład należał do prywatnego przewoźnika Bugtrans Cargo i jechał z Izowa do terminalu przeładunkowego w Sławkowie.

– Nikt nie został ranny, maszyniści są cali. Wagony przewróciły się na bok na łuku toru, ale nie było zagrożenia dla okolicznych domów – powiedział PAP rzecznik hrubieszowskiej straży pożarnej st. kpt. Marek Zawilski.

Według agencji ruch na linii będzie wstrzymany co najmniej do piątku. Zniszczonych zostało ok. 300 metrów toru, a do podniesienia wagonów potrzebne są dwa dźwigi kolejowe, które mają dotrzeć z Lublina we wtorek.

Przyczyny wykolejenia bada Państwowa Komisja Badania Wypadków Kolejowych. Jak podaje PAP, na tym samym odcinku dwa lata temu wymieniono podkłady, a prędkość pociągów ograniczono do 40 km/h.

Bugtrans Cargo przewozi przez przejście w Hrubieszowie ok. 1,2 mln ton ukraińskiego zboża rocznie. Część ładunków trafia dalej koleją do portów w Trieście i Koprze. Przewoźnik nie przekazał jeszcze, ile potrwa usuwanie skutków wypadku i czy skieruje pociągi inną trasą.
""",
"01_uk.txt": """У Польщі біля кордону з Україною зійшов з рейок потяг з українською кукурудзою
Європейська правда
08.03.2027 10:20

У ніч проти понеділка поблизу польського Грубешова, за кілька кілометрів від кордону з Україною, зійшов з рейок вантажний потяг з українською кукурудзою. Про це повідомляє Польська агенція преси (PAP).

За даними агентства, з колії зійшли 14 із 42 вагонів, на насип висипалося близько 600 тонн зерна. Аварія сталася приблизно о 23:40 на ширококолійній лінії, яка веде від пункту пропуску Ізов – Грубешів углиб Польщі, до перевантажувального терміналу в Славкові.

Потяг належить приватному перевізнику Bugtrans Cargo. Ніхто не постраждав, машиністи живі й здорові, сказав у коментарі PAP речник пожежної служби Грубешова Марек Завільський.

«Вагони перекинулися на бік на кривій, але загрози для довколишніх будинків не було», – цитує його агенція.

Рух лінією буде зупинено щонайменше до п'ятниці: пошкоджено близько 300 метрів колії, а для підйому вагонів із Любліна мають прибути два залізничні крани. Причини аварії з'ясовує польська Державна комісія з розслідування залізничних аварій.

Через пункт пропуску Ізов – Грубешів Bugtrans Cargo перевозить близько 1,2 млн тонн українського зерна на рік. Значна частина вантажів іде далі залізницею до портів Трієста і Копера. Для українських експортерів це один із небагатьох маршрутів, де зерно не потрібно перевантажувати на кордоні з колії 1520 мм на європейську.
""",
"02_en.txt": """Freight train carrying Ukrainian maize derails near Polish border
Notes from Poland
Mon, 08 Mar 2027 11:02:00 +0100

Fourteen wagons of a freight train carrying Ukrainian maize came off the tracks near the eastern Polish town of Hrubieszów late on Sunday, spilling around 600 tonnes of grain onto the embankment, state news agency PAP reported.

The 42-wagon train, operated by the private carrier Bugtrans Cargo, was travelling on the broad-gauge line that runs from the Ukrainian border to a transshipment terminal in Sławków, in southern Poland. The accident happened at around 11.40 p.m. on a curve a few kilometres west of Hrubieszów Miasto station.

Nobody was hurt, a spokesman for the local fire service, Marek Zawilski, told the agency. "The wagons tipped over onto their sides, but there was no danger to nearby houses," he was quoted as saying.

Traffic on the line will be suspended until at least Friday, according to PAP, as about 300 metres of track were destroyed. Two railway cranes are due to arrive from Lublin on Tuesday to lift the wagons.

The broad-gauge line has become one of the main routes for Ukrainian grain exports by rail in recent years, because goods do not need to be transferred between wagons at the border. Bugtrans Cargo moves around 1.2 million tonnes of Ukrainian grain a year through the Hrubieszów crossing, some of it onward to the Adriatic ports of Trieste and Koper.

Poland's State Commission for Railway Accident Investigation is looking into the cause of the derailment.
""",
"03_it.txt": """Polonia, deraglia treno merci con mais ucraino: a rischio le consegne verso Trieste
ANSA
8 marzo 2027, 12:31

Un treno merci carico di mais ucraino è deragliato nella notte tra domenica e lunedì nei pressi di Hrubieszów, nella Polonia orientale, a pochi chilometri dal confine con l'Ucraina. Lo riferisce l'agenzia di stampa polacca Pap, secondo cui 14 dei 42 vagoni sono usciti dai binari e circa 600 tonnellate di cereali si sono riversate sulla massicciata.

Il convoglio, della compagnia privata Bugtrans Cargo, viaggiava sulla linea a scartamento largo che collega il confine ucraino al terminal di Sławków, nel sud del Paese. Non ci sono feriti, ha dichiarato all'agenzia polacca il portavoce dei vigili del fuoco locali, Marek Zawilski: i vagoni si sono ribaltati su un fianco in curva, ma le abitazioni vicine non hanno corso rischi.

Secondo la Pap la circolazione resterà sospesa almeno fino a venerdì: circa 300 metri di binario sono andati distrutti e per sollevare i vagoni serviranno due gru ferroviarie in arrivo da Lublino.

Bugtrans Cargo trasporta attraverso Hrubieszów circa 1,2 milioni di tonnellate di cereali ucraini l'anno. Una parte prosegue su rotaia verso i porti di Trieste e Capodistria, da dove il mais viene poi distribuito ai mangimifici del Nord Italia.

Non è ancora chiaro se il blocco della linea avrà ripercussioni sulle consegne previste in Italia nelle prossime settimane. Le cause del deragliamento sono all'esame della commissione polacca per le indagini sugli incidenti ferroviari.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": "00_pl.txt"},
 {"origin": "PAP", "article": "01_uk.txt"},
 {"origin": "PAP", "article": "02_en.txt"},
 {"origin": "PAP", "article": "03_it.txt"}],
[{"text": "A freight train carrying Ukrainian maize derailed near Hrubieszów; 14 of its 42 wagons left the track and about 600 tonnes of grain spilled.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Traffic on the line will be suspended until at least Friday.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1}])

# s02: in-corpus scoop (Handelsblatt: three people familiar with the talks) relayed 3x: nl "meldt het
# Duitse zakenblad Handelsblatt dinsdag op basis van drie ingewijden" + "Volgens de krant" + "aldus de
# zakenkrant"; fr "selon le quotidien économique Handelsblatt, qui cite trois sources proches du dossier"
# + "précise le journal de Düsseldorf" + "toujours d'après le Handelsblatt"; pl "donosi dziennik
# ekonomiczny „Handelsblatt”, powołując się na" + "Według „Handelsblattu”" (gen.) + "pisze gazeta z
# Düsseldorfu" + "Zapytana przez „Handelsblatt”".
story("s02_scoop_handelsblatt_takeover", "scoop", {
"00_de.txt": """Lumenbahn will niederländischen Konkurrenten Spoorexpres Oost kaufen
Handelsblatt
16.03.2027 - 06:00 Uhr

Der Kölner Regionalbahnbetreiber Lumenbahn steht vor seiner ersten Übernahme im Ausland. Das Unternehmen verhandelt nach Informationen des Handelsblatts exklusiv über den Kauf des niederländischen Konkurrenten Spoorexpres Oost. Der Kaufpreis soll bei rund 180 Millionen Euro liegen, wie drei mit den Gesprächen vertraute Personen dem Handelsblatt sagten. Unterschrieben werden könnte der Vertrag Ende April.

Spoorexpres Oost mit Sitz in Enschede betreibt im Auftrag der Provinzen Overijssel und Gelderland vier Regionallinien mit 41 Triebzügen und beschäftigt rund 690 Mitarbeiter. 2026 setzte das Unternehmen 212 Millionen Euro um. Eigentümer ist bislang der luxemburgische Infrastrukturfonds Alder Rail Partners, der seit dem vergangenen Herbst einen Käufer sucht.

Für Lumenbahn, die mit 1900 Beschäftigten Nahverkehrslinien in Nordrhein-Westfalen und Niedersachsen betreibt, wäre der Zukauf ein strategischer Schritt. „Die Grenze soll für uns kein Ende der Strecke mehr sein, sondern ein Markt“, sagte ein Manager aus dem Umfeld des Unternehmens, der nicht namentlich genannt werden wollte. Lumenbahn will sich mittelfristig auch um grenzüberschreitende Verbindungen zwischen Münster und Enschede bewerben.

Ein zweiter Bieter, ein französischer Verkehrskonzern, ist nach Angaben der Insider vor zwei Wochen ausgestiegen. Lumenbahn wollte sich auf Anfrage des Handelsblatts nicht äußern, Spoorexpres Oost ließ eine Anfrage unbeantwortet.

Die Transaktion muss noch von der niederländischen Wettbewerbsbehörde ACM genehmigt werden. Außerdem müssen die beiden Provinzen der Übertragung der Verkehrsverträge zustimmen.
""",
"01_nl.txt": """Duitse Lumenbahn in exclusief gesprek over overname Spoorexpres Oost
Het Financieele Dagblad
16 maart 2027, 09:12

Het Keulse spoorbedrijf Lumenbahn onderhandelt over de overname van de Enschedese regionale vervoerder Spoorexpres Oost. Dat meldt het Duitse zakenblad Handelsblatt dinsdag op basis van drie ingewijden. Met de deal zou ongeveer €180 mln gemoeid zijn.

Volgens de krant zijn de gesprekken exclusief en kan het contract eind april worden getekend. Een tweede gegadigde, een Frans vervoersconcern, zou zich twee weken geleden hebben teruggetrokken.

Spoorexpres Oost rijdt in opdracht van de provincies Overijssel en Gelderland op vier regionale lijnen, met 41 treinstellen en zo'n 690 medewerkers. Het bedrijf had vorig jaar een omzet van €212 mln. Eigenaar is het Luxemburgse infrastructuurfonds Alder Rail Partners, dat sinds afgelopen najaar een koper zoekt.

Voor Lumenbahn, dat in Noordrijn-Westfalen en Nedersaksen regionale treinen rijdt, zou het de eerste overname buiten Duitsland zijn. Het bedrijf wil op termijn ook meedingen naar grensoverschrijdende verbindingen tussen Münster en Enschede, schrijft Handelsblatt. Lumenbahn wilde tegenover de Duitse krant niet reageren.

De overname moet nog worden goedgekeurd door toezichthouder ACM. Ook moeten beide provincies instemmen met de overdracht van de concessies, aldus de zakenkrant.

De regionale spoormarkt in Oost-Nederland is de afgelopen jaren sterk in beweging. Bij de laatste aanbesteding in de regio dongen vijf partijen mee, onder wie drie buitenlandse.
""",
"02_fr.txt": """Ferroviaire : l'allemand Lumenbahn négocie le rachat du néerlandais Spoorexpres Oost
Les Echos
Publié le 16 mars 2027 à 11:40

L'opérateur ferroviaire régional allemand Lumenbahn est en négociations exclusives pour racheter son concurrent néerlandais Spoorexpres Oost, selon le quotidien économique Handelsblatt, qui cite trois sources proches du dossier. Le montant de l'opération avoisinerait 180 millions d'euros.

La signature pourrait intervenir fin avril, précise le journal de Düsseldorf. Un groupe de transport français, également candidat, se serait retiré de la course il y a deux semaines, toujours d'après le Handelsblatt, qui ne cite pas son nom.

Basé à Enschede, Spoorexpres Oost exploite quatre lignes régionales pour le compte des provinces d'Overijssel et de Gueldre, avec 41 rames et quelque 690 salariés. Son chiffre d'affaires a atteint 212 millions d'euros l'an dernier. Il appartient au fonds luxembourgeois Alder Rail Partners, qui cherchait un acquéreur depuis l'automne.

Pour Lumenbahn, basé à Cologne, il s'agirait d'une première acquisition hors d'Allemagne. Le groupe n'a pas souhaité commenter auprès du quotidien allemand.

L'opération devra être validée par l'autorité néerlandaise de la concurrence, l'ACM, ainsi que par les deux provinces, qui doivent approuver le transfert des contrats de service public. Elle illustre la consolidation en cours du marché européen des opérateurs régionaux, ouvert à la concurrence depuis des années aux Pays-Bas et en Allemagne, et plus récemment en France.
""",
"03_pl.txt": """„Handelsblatt”: niemiecka Lumenbahn kupi holenderskiego przewoźnika za 180 mln euro
Rynek Kolejowy
16.03.2027 13:05

Niemiecki przewoźnik regionalny Lumenbahn prowadzi wyłączne negocjacje w sprawie przejęcia holenderskiej spółki Spoorexpres Oost – donosi dziennik ekonomiczny „Handelsblatt”, powołując się na trzy osoby zaznajomione z rozmowami. Wartość transakcji ma wynieść ok. 180 mln euro.

Według „Handelsblattu” umowa mogłaby zostać podpisana pod koniec kwietnia. Z rywalizacji wycofał się podobno wcześniej francuski koncern transportowy – pisze gazeta z Düsseldorfu.

Spoorexpres Oost z siedzibą w Enschede obsługuje na zlecenie prowincji Overijssel i Geldria cztery linie regionalne. Przewoźnik dysponuje 41 pojazdami, z czego 14 spalinowych zespołów trakcyjnych dostarczyły w 2019 r. Wielkopolskie Zakłady Taboru Szynowego. Zatrudnia ok. 690 osób, a w 2026 r. miał 212 mln euro przychodów.

Dla Lumenbahn, która obsługuje połączenia w Nadrenii Północnej-Westfalii i Dolnej Saksonii, byłaby to pierwsza akwizycja za granicą. Spółka chce w przyszłości startować w przetargach na połączenia transgraniczne między Münsterem a Enschede, informuje niemiecka gazeta.

Transakcję musi jeszcze zatwierdzić holenderski urząd ochrony konkurencji ACM, a obie prowincje muszą zgodzić się na przeniesienie umów przewozowych. Zapytana przez „Handelsblatt” spółka Lumenbahn odmówiła komentarza.
""",
}, [{"name": "Handelsblatt", "in_corpus": True}],
[{"origin": "Handelsblatt", "article": "01_nl.txt"},
 {"origin": "Handelsblatt", "article": "02_fr.txt"},
 {"origin": "Handelsblatt", "article": "03_pl.txt"}],
[{"text": "Lumenbahn is negotiating to take over the Dutch operator Spoorexpres Oost for about 180 million euros.",
  "articles": ["00_de.txt", "01_nl.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The contract could be signed at the end of April.",
  "articles": ["00_de.txt", "01_nl.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1}])

# s03: chain Економічна правда (own: contract seen + two anonymous sources in the company) -> Rzeczpospolita
# ("podał … ukraiński portal Ekonomiczna Prawda", "powiedział Ekonomicznej Prawdzie" dat.) -> de (no outlet
# line; "Wie die polnische Tageszeitung „Rzeczpospolita“ unter Berufung auf das ukrainische
# Wirtschaftsportal Ekonomitschna Prawda berichtet" + "schreibt das Blatt" + "so die Zeitung") and it
# ("Lo scrive il quotidiano polacco Rzeczpospolita" + "Secondo il giornale di Varsavia" + "riporta la
# Rzeczpospolita"; names no earlier source). Both later articles get the edge from Rzeczpospolita.
story("s03_chain_medyka_terminal", "chain", {
"00_uk.txt": """«Дніпро Рейл Карго» купує 49% польського терміналу в Медиці за 38 млн євро – документ
Економічна правда
23 березня 2027, 08:30

Приватний залізничний оператор «Дніпро Рейл Карго» (ДРК) домовився про купівлю 49% польської компанії Medyka Przeładunki, яка керує перевантажувальним терміналом на кордоні з Україною. Сума угоди становить 38 млн євро. Про це свідчить договір, з яким ознайомилася «Економічна правда», а також підтвердили два джерела в компанії.

Договір підписали 19 березня у Варшаві. Решта 51% залишаться в польського власника – інвестиційної групи Podkarpacie Logistics Holding. Згідно з документом, ДРК протягом трьох років має вкласти ще 12 млн євро в нові колії та козлові крани.

Термінал у Медиці перевантажує вантажі з колії 1520 мм на європейську колію 1435 мм. Його потужність – 4 млн тонн на рік, але торік він був завантажений лише на 55%.

«Це наш перший актив у ЄС. Ми хочемо контролювати весь ланцюжок – від елеватора на Дніпропетровщині до порту в Гамбурзі», – сказав ЕП один зі співрозмовників, який попросив не називати його імені, бо угоду ще не оголошено.

Угоду має погодити польське антимонопольне відомство UOKiK. Офіційно в «Дніпро Рейл Карго» відмовилися коментувати інформацію «Економічної правди».

ДРК працює на ринку з 2019 року. Компанія має 2300 власних вагонів-зерновозів і торік перевезла 6,8 млн тонн вантажів, здебільшого зерна та металопрокату.
""",
"01_pl.txt": """Ukraiński przewoźnik wchodzi do terminalu w Medyce
Rzeczpospolita
23 marca 2027 | 12:15

Prywatny ukraiński operator kolejowy Dnipro Rail Cargo kupi 49 proc. udziałów w spółce Medyka Przeładunki, która zarządza terminalem przeładunkowym na granicy z Ukrainą. Transakcja jest warta 38 mln euro – podał we wtorek ukraiński portal Ekonomiczna Prawda.

Dziennikarze portalu dotarli do umowy, którą strony podpisały 19 marca w Warszawie; informacje potwierdziły im też dwa źródła w ukraińskiej spółce. Pozostałe 51 proc. zostanie w rękach dotychczasowego właściciela, grupy Podkarpacie Logistics Holding. Według ukraińskiego portalu Dnipro Rail Cargo zobowiązała się ponadto zainwestować w ciągu trzech lat 12 mln euro w nowe tory i suwnice.

– To nasze pierwsze aktywo w UE. Chcemy kontrolować cały łańcuch, od elewatora w obwodzie dniepropetrowskim po port w Hamburgu – powiedział Ekonomicznej Prawdzie jeden z rozmówców, zastrzegając anonimowość.

Terminal w Medyce przeładowuje towary z toru szerokiego 1520 mm na normalny 1435 mm. Jego zdolność to 4 mln ton rocznie, ale jak pisze portal, w ubiegłym roku był wykorzystany jedynie w 55 proc.

Transakcja wymaga jeszcze zgody UOKiK. Oficjalnie Dnipro Rail Cargo odmówiła komentarza ukraińskim dziennikarzom.

Przejście kolejowe Medyka – Mościska jest jednym z głównych punktów, przez które ukraińskie zboże i stal trafiają do Polski, a dalej do portów nad Bałtykiem i Morzem Północnym.
""",
"02_de.txt": """Ukrainische Güterbahn kauft sich in polnisches Grenzterminal ein
23. März 2027

Der ukrainische Güterbahnbetreiber Dnipro Rail Cargo steigt bei einem Umschlagterminal an der polnisch-ukrainischen Grenze ein. Wie die polnische Tageszeitung „Rzeczpospolita“ unter Berufung auf das ukrainische Wirtschaftsportal Ekonomitschna Prawda berichtet, übernimmt das private Unternehmen 49 Prozent der Betreibergesellschaft Medyka Przeładunki. Der Preis liege bei 38 Millionen Euro.

Der Vertrag sei am 19. März in Warschau unterzeichnet worden, schreibt das Blatt. Die übrigen Anteile bleiben demnach beim bisherigen Eigentümer, der Podkarpacie Logistics Holding. Zusätzlich wolle Dnipro Rail Cargo in den kommenden drei Jahren zwölf Millionen Euro in neue Gleise und Portalkräne investieren.

In Medyka werden Güter von der Breitspur (1520 Millimeter) auf die europäische Normalspur umgeladen. Die Anlage ist für vier Millionen Tonnen im Jahr ausgelegt, war im vergangenen Jahr aber nur zu gut der Hälfte ausgelastet, so die Zeitung.

Für den ukrainischen Betreiber wäre es die erste Beteiligung in der EU. Man wolle die gesamte Lieferkette vom Getreidesilo bis zum Hamburger Hafen kontrollieren, zitiert die „Rzeczpospolita“ einen Gesprächspartner aus dem Unternehmen, der anonym bleiben wollte. Die polnische Wettbewerbsbehörde UOKiK muss dem Geschäft noch zustimmen.

Für den Hamburger Hafen sind Getreide- und Stahlzüge aus der Ukraine in den vergangenen Jahren zu einem wachsenden Geschäft geworden.
""",
"03_it.txt": """Ferrovie, l'ucraina Dnipro Rail Cargo compra il 49% di un terminal al confine polacco
Il Sole 24 Ore
23 marzo 2027

L'operatore ferroviario privato ucraino Dnipro Rail Cargo ha acquistato il 49% di Medyka Przeładunki, la società che gestisce il terminal di trasbordo di Medyka, al confine tra Polonia e Ucraina, per 38 milioni di euro. Lo scrive il quotidiano polacco Rzeczpospolita.

Secondo il giornale di Varsavia, il contratto è stato firmato il 19 marzo e prevede ulteriori investimenti per 12 milioni di euro in tre anni in nuovi binari e gru a portale. Il restante 51% resterà alla holding polacca Podkarpacie Logistics.

Il terminal trasferisce le merci dallo scartamento largo ucraino (1.520 millimetri) a quello standard europeo; ha una capacità di 4 milioni di tonnellate l'anno, ma nel 2026 è stato utilizzato solo per il 55%, riporta la Rzeczpospolita.

L'operazione interessa anche la logistica italiana: una parte dei cereali e dell'acciaio ucraini che transitano per Medyka prosegue in treno verso gli interporti di Verona e Padova. L'accordo deve ancora ottenere il via libera dell'antitrust polacco, l'Uokik.
""",
}, [{"name": "Економічна правда", "in_corpus": True}],
[{"origin": "Економічна правда", "article": "01_pl.txt"},
 {"origin": "Rzeczpospolita", "article": "02_de.txt"},
 {"origin": "Rzeczpospolita", "article": "03_it.txt"}],
[{"text": "Dnipro Rail Cargo is buying 49% of Medyka Przeładunki, operator of the Medyka transshipment terminal, for 38 million euros.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The contract was signed on 19 March and commits the buyer to invest a further 12 million euros over three years.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1}])

# s04: institution-published origin outside the corpus: the decision/statement of Poland's rail regulator
# Urząd Transportu Kolejowego (UTK) on its website, taken directly 4x: pl "wynika z komunikatu
# opublikowanego w piątek na stronie internetowej urzędu" + "Jak czytamy w decyzji" + "podkreśla urząd"
# + "informuje UTK"; en "the regulator said in a decision published on its website" + "UTK said";
# uk "Про це йдеться у повідомленні регулятора, оприлюдненому … на його сайті" + "наголошує відомство"
# + "повідомляє регулятор"; nl "Dat blijkt uit een besluit dat de toezichthouder vrijdag op zijn website
# publiceerde" + "schrijft de toezichthouder" + "aldus UTK".
story("s04_regulator_utk_certificate", "institution", {
"00_pl.txt": """UTK zawiesza certyfikat przewoźnika Karpaty Cargo Rail. Maszyniści prowadzili pociągi po 19 godzin
Business Insider Polska
26.03.2027, 14:02

Prezes Urzędu Transportu Kolejowego zawiesił jednolity certyfikat bezpieczeństwa spółki Karpaty Cargo Rail – wynika z komunikatu opublikowanego w piątek na stronie internetowej urzędu. Oznacza to, że od 1 kwietnia przewoźnik nie będzie mógł prowadzić przewozów towarowych w Polsce.

Jak czytamy w decyzji, podczas kontroli przeprowadzonych między listopadem a lutym inspektorzy UTK stwierdzili 37 nieprawidłowości. W 11 lokomotywach wykryto usterki układu hamulcowego, a w kilku przypadkach maszyniści prowadzili pociągi nawet przez 19 godzin bez przerwy.

„Stwierdzone uchybienia stwarzały bezpośrednie zagrożenie dla bezpieczeństwa ruchu kolejowego” – podkreśla urząd w komunikacie.

Karpaty Cargo Rail, spółka z siedzibą w Rzeszowie, przewozi głównie kontenery i wyroby stalowe między granicą z Ukrainą a portami w Gdańsku i Rotterdamie. Według danych UTK w 2026 r. przewiozła 2,4 mln ton ładunków, co dawało jej niespełna 1 proc. udziału w rynku.

Decyzja nie jest ostateczna. Spółka ma 14 dni na złożenie wniosku o ponowne rozpatrzenie sprawy, informuje UTK. Zawieszenie zostanie zniesione, gdy przewoźnik przedstawi i wdroży plan naprawczy.

To już trzecia w tym roku decyzja regulatora ograniczająca działalność przewoźnika towarowego. Branża od miesięcy sygnalizuje braki kadrowe wśród maszynistów, co – jak zwracają uwagę eksperci – sprzyja wydłużaniu czasu pracy.
""",
"01_en.txt": """Polish regulator suspends Karpaty Cargo Rail safety certificate
Railway Gazette International
2027-03-26T16:30:00+00:00

POLAND: The Office of Rail Transport (UTK) has suspended the single safety certificate of Rzeszów-based freight operator Karpaty Cargo Rail with effect from April 1, the regulator said in a decision published on its website on March 26.

Inspections carried out between November and February found 37 irregularities, according to the decision. Defects in the braking systems were found on 11 locomotives, and in several cases drivers had been at the controls for up to 19 hours without a break.

'The irregularities found posed a direct threat to the safety of rail traffic,' UTK said.

Karpaty Cargo Rail mainly carries containers and steel products between the Ukrainian border and the ports of Gdańsk and Rotterdam. UTK figures show that it moved 2.4 million tonnes in 2026, giving it a market share of just under 1%.

The decision is not final. The operator has 14 days to ask for the case to be reconsidered, and the suspension will be lifted once it has submitted and implemented a corrective action plan, the regulator added.
""",
"02_uk.txt": """Польща призупинила сертифікат безпеки перевізника, що возить українські вантажі
Укрінформ
26.03.2027 18:47

Польське Управління залізничного транспорту (UTK) з 1 квітня призупинило єдиний сертифікат безпеки приватного вантажного перевізника Karpaty Cargo Rail. Про це йдеться у повідомленні регулятора, оприлюдненому в п'ятницю на його сайті.

Як зазначається в рішенні голови UTK, під час перевірок з листопада по лютий інспектори виявили 37 порушень. Зокрема, в 11 локомотивах були несправні гальмівні системи, а машиністи в окремих випадках водили потяги до 19 годин поспіль.

«Виявлені порушення створювали безпосередню загрозу безпеці залізничного руху», – наголошує відомство.

Karpaty Cargo Rail зі штаб-квартирою в Жешуві перевозить переважно контейнери та металопрокат від українського кордону до портів Гданська і Роттердама. За даними UTK, минулого року компанія перевезла 2,4 млн тонн вантажів.

Рішення не є остаточним: перевізник має 14 днів, щоб подати заяву про повторний розгляд справи, повідомляє регулятор. Призупинення скасують, коли компанія представить і впровадить план виправлення недоліків.

Українським експортерам, які користуються послугами Karpaty Cargo Rail, після 1 квітня доведеться шукати інших перевізників.
""",
"03_nl.txt": """Poolse toezichthouder legt goederenvervoerder Karpaty Cargo Rail stil
Nieuwsblad Transport
26 maart 2027

De Poolse spoorwegtoezichthouder UTK schorst per 1 april het veiligheidscertificaat van goederenvervoerder Karpaty Cargo Rail. Dat blijkt uit een besluit dat de toezichthouder vrijdag op zijn website publiceerde. Daarmee komen ook de drie wekelijkse containertreinen van het bedrijf tussen de Oekraïense grens en Rotterdam stil te liggen.

Bij inspecties tussen november en februari troffen inspecteurs 37 overtredingen aan, staat in het besluit. Bij elf locomotieven waren de remmen niet in orde en in een aantal gevallen zaten machinisten tot negentien uur achter elkaar in de cabine.

'De geconstateerde tekortkomingen vormden een direct gevaar voor de veiligheid van het treinverkeer', schrijft de toezichthouder.

Karpaty Cargo Rail, gevestigd in Rzeszów, vervoert vooral containers en staal. Het bedrijf vervoerde vorig jaar 2,4 miljoen ton.

Het besluit is nog niet definitief. De vervoerder kan binnen veertien dagen om heroverweging vragen, aldus UTK. De schorsing wordt opgeheven zodra het bedrijf een verbeterplan heeft ingediend en uitgevoerd.
""",
}, [{"name": "Urząd Transportu Kolejowego", "in_corpus": False}],
[{"origin": "Urząd Transportu Kolejowego", "article": "00_pl.txt"},
 {"origin": "Urząd Transportu Kolejowego", "article": "01_en.txt"},
 {"origin": "Urząd Transportu Kolejowego", "article": "02_uk.txt"},
 {"origin": "Urząd Transportu Kolejowego", "article": "03_nl.txt"}],
[{"text": "Poland's rail regulator UTK suspended Karpaty Cargo Rail's safety certificate from 1 April.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_nl.txt"], "independent_sources": 1},
 {"text": "Inspections found 37 irregularities, including faulty brakes on 11 locomotives and drivers working up to 19 hours.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_nl.txt"], "independent_sources": 1},
 {"text": "The operator has 14 days to request reconsideration of the decision.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_nl.txt"], "independent_sources": 1}])

# s05: in-corpus scoop (la Repubblica: business plan seen + anonymous internal source) + relay that adds
# its own confirmation (Süddeutsche Zeitung: "Das berichtet die römische Tageszeitung La Repubblica unter
# Berufung auf" + "Auf Anfrage der Süddeutschen Zeitung bestätigte eine Sprecherin" + "sagte sie der SZ"
# + "Laut La Repubblica"); fr plain relay ("selon le quotidien La Repubblica" + "Le journal romain affirme"
# + "Toujours d'après La Repubblica" + "a confié au quotidien"); en credits both ("Italian daily La
# Repubblica reported … citing" + "confirmed the plans to Germany's Süddeutsche Zeitung" + "told the
# Munich-based paper" + "told the Rome newspaper"): two edges.
story("s05_confirm_sirio_munich", "confirmation", {
"00_it.txt": """Milano-Monaco in 6 ore e 40: Sirio prepara l'assalto al Brennero
la Repubblica
06 aprile 2027, ore 07:00

Dal dicembre 2028 un treno ad alta velocità collegherà direttamente Milano Centrale e Monaco di Baviera in 6 ore e 40 minuti. A lanciarlo sarà Sirio Alta Velocità, l'operatore privato nato tre anni fa a Bologna, che ha messo nero su bianco il progetto nel suo piano industriale 2027-2031. Repubblica ha potuto visionare il documento, che sarà presentato al consiglio di amministrazione a fine mese.

Il piano prevede quattro coppie di treni al giorno, con partenze da Milano alle 6.10, 9.10, 13.10 e 17.10. Per il servizio Sirio ha già ordinato dieci nuovi elettrotreni politensione, in grado di circolare sotto le reti elettriche italiana, austriaca e tedesca, per una spesa complessiva di 310 milioni di euro. Il biglietto base dovrebbe costare 59 euro.

«Monaco è solo il primo passo: se funziona, dal 2030 andremo a Vienna», racconta una fonte interna all'azienda, che chiede di restare anonima perché il piano non è ancora pubblico. Secondo la stessa fonte, il servizio dovrebbe andare in pareggio al terzo anno di esercizio.

La sfida non è semplice. Fino all'apertura della galleria di base del Brennero, prevista non prima del 2032, i treni dovranno affrontare la vecchia linea di valico, con pendenze fino al 26 per mille. Oggi per andare da Milano a Monaco in treno servono almeno sette ore e mezza e un cambio a Verona.

Interpellata da Repubblica, Sirio ha preferito non commentare.
""",
"01_de.txt": """Mit dem Schnellzug von Mailand nach München
Süddeutsche Zeitung
6. April 2027, 12:48 Uhr

Der italienische Bahnbetreiber Sirio Alta Velocità will vom Dezember 2028 an direkte Hochgeschwindigkeitszüge zwischen Mailand und München fahren lassen. Das berichtet die römische Tageszeitung La Repubblica unter Berufung auf den Geschäftsplan des Unternehmens. Die Fahrt soll demnach sechs Stunden und 40 Minuten dauern, viermal täglich in jede Richtung.

Auf Anfrage der Süddeutschen Zeitung bestätigte eine Sprecherin von Sirio die Pläne am Dienstag. „Wir haben die Trassen für den Fahrplan 2029 bei den Infrastrukturbetreibern in Italien, Österreich und Deutschland bereits angemeldet“, sagte sie der SZ. Halten sollen die Züge in Verona, Bozen, Innsbruck und Rosenheim.

Heute müssen Reisende zwischen München und Mailand meist in Verona umsteigen und sind mindestens siebeneinhalb Stunden unterwegs. Laut La Repubblica sieht Sirio München nur als ersten Schritt; von 2030 an könnte Wien folgen.

Den Brenner-Basistunnel, der nicht vor 2032 fertig werden soll, kann das Unternehmen zunächst nicht nutzen. Die Züge müssen über die steile Bergstrecke fahren, was die Fahrzeit begrenzt.

Sirio wurde 2024 in Bologna gegründet und betreibt bislang Schnellzüge zwischen Turin, Mailand, Bologna und Rom. In Bayern wäre das Unternehmen der erste private Anbieter im Fernverkehr nach Italien.
""",
"02_fr.txt": """Milan-Munich en train à grande vitesse : l'italien Sirio veut franchir le Brenner
Le Figaro
6 avril 2027 à 15:20

L'opérateur ferroviaire privé italien Sirio Alta Velocità prévoit de relier directement Milan et Munich en 6 h 40 à partir de décembre 2028, selon le quotidien La Repubblica. Le journal romain affirme avoir consulté le plan stratégique 2027-2031 de la compagnie, qui doit être présenté à son conseil d'administration à la fin du mois.

Quatre allers-retours quotidiens sont prévus. Toujours d'après La Repubblica, Sirio a déjà commandé dix nouvelles rames multitension, capables de circuler sur les réseaux italien, autrichien et allemand, pour un montant de 310 millions d'euros. Le billet d'entrée de gamme serait vendu 59 euros.

« Munich n'est qu'un premier pas : si ça marche, nous irons à Vienne en 2030 », a confié au quotidien une source interne, sous couvert d'anonymat.

Le pari est ambitieux. En attendant l'ouverture du tunnel de base du Brenner, pas avant 2032, les trains devront emprunter l'ancienne ligne de montagne. Aujourd'hui, il faut au moins sept heures et demie et une correspondance à Vérone pour rallier Munich depuis Milan, rappelle La Repubblica.

Créé en 2024 à Bologne, Sirio concurrence déjà l'opérateur historique italien entre Turin, Milan et Rome.
""",
"03_en.txt": """Italian rail start-up plans direct high-speed trains from Milan to Munich
Euronews
2027-04-06 17:05

Italian private rail operator Sirio Alta Velocità wants to run direct high-speed trains between Milan and Munich from December 2028, cutting the journey to six hours and 40 minutes, Italian daily La Repubblica reported on Tuesday, citing the company's business plan.

The company confirmed the plans to Germany's Süddeutsche Zeitung later the same day. A spokeswoman told the Munich-based paper that Sirio had already applied for train paths in Italy, Austria and Germany for the 2029 timetable, and that the trains would call at Verona, Bolzano, Innsbruck and Rosenheim.

According to La Repubblica, four return services a day are planned, with fares starting at €59. An unnamed source at the company told the Rome newspaper that Munich was "only the first step" and that Vienna could follow in 2030.

Travelling between the two cities by train currently takes at least seven and a half hours, with a change in Verona. The Brenner Base Tunnel, which will shorten the crossing of the Alps, is not expected to open before 2032, meaning Sirio's trains will have to use the steep existing mountain line.

Founded in Bologna in 2024, Sirio already competes with Italy's state-owned operator on the Turin–Milan–Rome corridor.
""",
}, [{"name": "la Repubblica", "in_corpus": True},
    {"name": "Süddeutsche Zeitung", "in_corpus": True}],
[{"origin": "la Repubblica", "article": "01_de.txt"},
 {"origin": "la Repubblica", "article": "02_fr.txt"},
 {"origin": "la Repubblica", "article": "03_en.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "03_en.txt"}],
[{"text": "Sirio Alta Velocità plans direct high-speed trains between Milan and Munich from December 2028.",
  "articles": ["00_it.txt", "01_de.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "Sirio has ordered ten new multi-system trains for 310 million euros.",
  "articles": ["00_it.txt", "02_fr.txt"], "independent_sources": 1}])

# s06: in-corpus scoop (NRC: internal memo seen + two anonymous drivers); en is an uncredited, close
# English translation published the next day (same structure, same quotes, keeps "told this newspaper",
# no credit at all): edge from NRC. de "Wie die niederländische Tageszeitung NRC unter Berufung auf ein
# internes Papier … berichtet" + "Laut NRC" + "zitiert das Blatt" + "Nach Angaben von NRC"; it "Lo rivela
# il quotidiano olandese Nrc" + "Secondo quanto scrive il giornale di Amsterdam" + "hanno raccontato a
# Nrc" + an unanswered request of its own (no own reporting).
story("s06_translation_lijnwerk_doors", "translation", {
"00_nl.txt": """Nieuwe treinen Lijnwerk staan massaal stil: deuren bevriezen
NRC
2027-02-10T05:00:00+01:00

Veertien van de tweeëntwintig nieuwe treinen van regionale vervoerder Lijnwerk staan al weken stil, omdat hun deuren bij vorst niet goed sluiten. Dat blijkt uit een interne notitie van het bedrijf die NRC heeft ingezien. Volgens het stuk duurt het herstel tot zeker september.

Lijnwerk rijdt sinds december 2026 in opdracht van de provincies Overijssel en Drenthe op de lijnen Zwolle–Emmen en Almelo–Hardenberg. De treinen van het type Aquila werden gebouwd door de Italiaanse fabrikant Brenta Rail Systems en kostten samen 186 miljoen euro. Sinds half januari rijden op beide lijnen deels bussen.

Twee machinisten van Lijnwerk, die anoniem willen blijven omdat zij niet met de pers mogen praten, bevestigen het beeld. „Bij min vijf gaat het al mis. Dan klemt een deur en mag je niet vertrekken”, zegt een van hen tegen deze krant. „Soms staan we een half uur op het perron in Hardenberg met een volle trein.”

In de notitie, gedateerd 2 februari, schrijft de directie dat een aangepaste deurmotor pas in de zomer geleverd kan worden. Daarna moet elke trein ruim een week naar de werkplaats. Volgens hetzelfde document kan de provincie Overijssel Lijnwerk een boete opleggen van maximaal 2,5 miljoen euro als de dienstregeling niet wordt gereden.

Een woordvoerder van Lijnwerk bevestigt tegenover NRC dat „een deel van de vloot” niet beschikbaar is. „We werken samen met de fabrikant hard aan een oplossing.” Brenta Rail Systems reageerde niet op vragen.
""",
"01_en.txt": """New Lijnwerk trains stand idle en masse as doors freeze
DutchNews.nl
11 February 2027

Fourteen of the 22 new trains of regional carrier Lijnwerk have been standing idle for weeks, because their doors do not close properly in frost. This is shown by an internal memo of the company. According to the document, the repairs will take until at least September.

Since December 2026 Lijnwerk has run the Zwolle–Emmen and Almelo–Hardenberg lines on behalf of the provinces of Overijssel and Drenthe. The trains of the Aquila type were built by the Italian manufacturer Brenta Rail Systems and cost a total of €186 million. Since mid-January, buses have partly been running on both lines.

Two Lijnwerk drivers, who wish to remain anonymous because they are not allowed to speak to the press, confirm the picture. "At minus five it already goes wrong. Then a door jams and you are not allowed to leave," one of them told this newspaper. "Sometimes we stand for half an hour on the platform in Hardenberg with a full train."

In the memo, dated February 2, management writes that a modified door motor can only be delivered in the summer. After that, every train must go to the workshop for more than a week. According to the same document, the province of Overijssel can fine Lijnwerk up to €2.5 million if the timetable is not run.

A spokesman for Lijnwerk confirms that "part of the fleet" is not available. "Together with the manufacturer we are working hard on a solution." Brenta Rail Systems did not respond to questions.
""",
"02_de.txt": """Frost legt neue Regionalzüge in Overijssel lahm – auch Pendler aus dem Emsland betroffen
Neue Osnabrücker Zeitung
10.02.2027, 16:20

Im Nachbarland Niederlande steht ein Großteil der neuen Regionalzüge des Betreibers Lijnwerk still. Wie die niederländische Tageszeitung NRC unter Berufung auf ein internes Papier des Unternehmens berichtet, sind 14 der 22 Triebzüge seit Wochen außer Betrieb, weil ihre Türen bei Frost nicht richtig schließen. Die Reparatur werde bis mindestens September dauern.

Betroffen sind die Strecken Zwolle–Emmen und Almelo–Hardenberg, auf denen seit Mitte Januar teilweise Busse fahren. Die Linien werden auch von Pendlern aus der Grafschaft Bentheim und dem Emsland genutzt, die in Emmen oder Hardenberg arbeiten.

Die Züge vom Typ Aquila stammen vom italienischen Hersteller Brenta Rail Systems. Laut NRC soll ein geänderter Türmotor erst im Sommer geliefert werden; danach müsse jeder Zug mehr als eine Woche in die Werkstatt. „Bei minus fünf Grad geht es schon schief“, zitiert das Blatt einen von zwei Lokführern, die anonym bleiben wollten.

Ein Lijnwerk-Sprecher räumte gegenüber der Zeitung ein, dass „ein Teil der Flotte“ nicht verfügbar sei. Nach Angaben von NRC droht dem Betreiber eine Vertragsstrafe der Provinz Overijssel von bis zu 2,5 Millionen Euro.
""",
"03_it.txt": """Olanda, fermi per il gelo i treni costruiti a Padova
Corriere del Veneto
11 febbraio 2027

Quattordici dei ventidue treni regionali Aquila costruiti dalla padovana Brenta Rail Systems per l'operatore olandese Lijnwerk sono fermi da settimane perché, con il gelo, le porte non si chiudono correttamente. Lo rivela il quotidiano olandese Nrc, che ha potuto leggere una nota interna dell'azienda ferroviaria. Secondo il documento, la riparazione richiederà almeno fino a settembre.

I treni, consegnati lo scorso anno per un valore complessivo di 186 milioni di euro, dovevano essere il fiore all'occhiello dello stabilimento padovano. Sulle linee Zwolle-Emmen e Almelo-Hardenberg da metà gennaio viaggiano in parte autobus sostitutivi.

Secondo quanto scrive il giornale di Amsterdam, il nuovo motore per le porte potrà essere consegnato solo in estate; poi ogni treno dovrà restare in officina per più di una settimana. Due macchinisti, rimasti anonimi, hanno raccontato a Nrc di convogli bloccati in stazione già a cinque gradi sotto zero. Lijnwerk rischia una penale fino a 2,5 milioni di euro.

Brenta Rail Systems non ha risposto alle richieste di commento del Corriere del Veneto. L'azienda, che impiega circa 900 persone, ha in portafoglio ordini per altri 30 treni destinati a Germania e Austria.
""",
}, [{"name": "NRC", "in_corpus": True}],
[{"origin": "NRC", "article": "01_en.txt"},
 {"origin": "NRC", "article": "02_de.txt"},
 {"origin": "NRC", "article": "03_it.txt"}],
[{"text": "14 of Lijnwerk's 22 new Aquila trains have been out of service for weeks because their doors do not close properly in frost.",
  "articles": ["00_nl.txt", "01_en.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Repairs will take until at least September.",
  "articles": ["00_nl.txt", "01_en.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Lijnwerk faces a fine of up to 2.5 million euros.",
  "articles": ["00_nl.txt", "01_en.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1}])

# s07: a person's own Facebook post (CEO Oleksandr Hnatiuk) outside the corpus, relayed directly 4x; fr
# has neither outlet nor date line. uk "Про це у Facebook написав генеральний директор компанії" +
# "За його словами" + "зазначив Гнатюк у дописі"; pl "poinformował we wtorek na Facebooku prezes
# przewoźnika Ołeksandr Hnatiuk" + "Jak napisał" + "napisał Hnatiuk we wpisie" + "Prezes Zachidnego
# Ekspresu" (gen.); en "announced in a Facebook post" + "Hnatiuk wrote" + "according to the post"; fr
# "a annoncé sur Facebook son directeur général, Oleksandr Hnatiouk" + "écrit-il dans sa publication" +
# "précise le dirigeant".
story("s07_post_lviv_krakow_train", "social_post", {
"00_uk.txt": """Перший приватний пасажирський потяг Львів – Перемишль – Краків запустять 1 червня
Українська правда
20 квітня 2027, 10:42

Приватний перевізник «Західний експрес» з 1 червня запускає щоденний потяг Львів – Перемишль – Краків. Про це у Facebook написав генеральний директор компанії Олександр Гнатюк.

За його словами, дорога триватиме 5 годин 50 хвилин. Квитки коштуватимуть від 890 гривень, продаж стартує 5 травня на сайті компанії.

«Ми чекали цього дня чотири роки. Це буде перший в Україні пасажирський потяг, який не належить державі», – зазначив Гнатюк у дописі.

Склад матиме шість вагонів із колісними парами змінної ширини колії, які компанія орендувала в Польщі. Завдяки цьому пасажирам не доведеться пересідати на кордоні, а потяг не стоятиме годинами на заміні візків.

Гнатюк також нагадав, що ліцензію пасажирського перевізника компанія отримала в березні. Хто вестиме потяг польською ділянкою, він не уточнив.

Сполучення між Львовом і Перемишлем залишається одним із найзавантаженіших напрямків на західному кордоні: квитки на наявні потяги часто розкуповують за кілька тижнів.
""",
"01_pl.txt": """Prywatny ukraiński przewoźnik uruchomi pociąg Lwów – Przemyśl – Kraków
Rynek Kolejowy
20.04.2027 12:30

Ukraińska prywatna spółka Zachidnyj Ekspres od 1 czerwca uruchomi codzienne połączenie ze Lwowa przez Przemyśl do Krakowa – poinformował we wtorek na Facebooku prezes przewoźnika Ołeksandr Hnatiuk.

Jak napisał, podróż ma trwać 5 godz. 50 min, a bilety będą kosztować od 890 hrywien, czyli ok. 85 zł. Sprzedaż ruszy 5 maja. Skład będzie liczył sześć wagonów z zestawami kołowymi o zmiennym rozstawie, wydzierżawionych w Polsce, co pozwoli uniknąć przesiadki w Przemyślu.

– Czekaliśmy na ten dzień cztery lata. To będzie pierwszy na Ukrainie pociąg pasażerski, który nie należy do państwa – napisał Hnatiuk we wpisie.

Prezes Zachidnego Ekspresu nie podał, który polski przewoźnik poprowadzi pociąg na odcinku od Przemyśla do Krakowa, ani ile będzie kosztował bilet kupiony w Polsce.

Połączenia kolejowe między Polską a Ukrainą od kilku lat cieszą się dużym zainteresowaniem, a na wiele kursów bilety wyprzedają się z wyprzedzeniem. Otwarcie ukraińskiego rynku przewozów pasażerskich dla prywatnych operatorów to jeden z elementów dostosowywania tamtejszego prawa do unijnych przepisów.
""",
"02_en.txt": """Ukraine's first private passenger train to link Lviv and Kraków from June 1
The Kyiv Independent
April 20, 2027 3:15 PM

Private carrier Zakhidnyi Ekspres will launch a daily train between Lviv and Kraków via Przemyśl on June 1, chief executive Oleksandr Hnatiuk announced in a Facebook post on April 20.

"We have waited four years for this day. It will be the first passenger train in Ukraine that does not belong to the state," Hnatiuk wrote.

The journey will take five hours and 50 minutes, and tickets will cost from Hr 890, according to the post. Sales open on May 5 on the company's website. The train will use six variable-gauge cars leased in Poland, so passengers will not have to change trains at the border.

Hnatiuk did not say which Polish operator would run the train on the stretch between Przemyśl and Kraków.

Rail remains one of the main ways to travel between Ukraine and the European Union, and trains on the Lviv–Przemyśl route are often sold out weeks in advance. Opening the passenger rail market to private operators is among the reforms Ukraine has committed to on its path toward EU membership.
""",
"03_fr.txt": """Ukraine : un premier train de voyageurs privé reliera Lviv à Cracovie dès le 1er juin

La compagnie privée ukrainienne Zakhidnyi Ekspres lancera le 1er juin une liaison quotidienne entre Lviv et Cracovie, via Przemyśl, a annoncé sur Facebook son directeur général, Oleksandr Hnatiouk.

« Nous avons attendu ce jour pendant quatre ans. Ce sera le premier train de voyageurs en Ukraine qui n'appartient pas à l'État », écrit-il dans sa publication.

Le trajet durera 5 h 50. Les billets seront vendus à partir de 890 hryvnias (environ 19 euros) dès le 5 mai sur le site de la compagnie, précise le dirigeant. Le train sera composé de six voitures à écartement variable louées en Pologne, ce qui évitera aux voyageurs de changer de train à la frontière.

Le rail reste l'un des principaux moyens de voyager entre l'Ukraine et l'Union européenne, et les trains entre Lviv et Przemyśl affichent souvent complet des semaines à l'avance. L'ouverture du marché ferroviaire ukrainien aux opérateurs privés fait partie des réformes engagées par Kyiv dans le cadre de son rapprochement avec l'UE.
""",
}, [{"name": "Oleksandr Hnatiuk", "in_corpus": False}],
[{"origin": "Oleksandr Hnatiuk", "article": "00_uk.txt"},
 {"origin": "Oleksandr Hnatiuk", "article": "01_pl.txt"},
 {"origin": "Oleksandr Hnatiuk", "article": "02_en.txt"},
 {"origin": "Oleksandr Hnatiuk", "article": "03_fr.txt"}],
[{"text": "Zakhidnyi Ekspres will launch a daily Lviv–Przemyśl–Kraków train on 1 June.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Tickets will cost from 890 hryvnias, with sales opening on 5 May.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The train will use six variable-gauge cars leased in Poland.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1}])

# s08: two independent own reports (Der Spiegel at Aachen Hbf: "nach Beobachtungen des SPIEGEL",
# "sagte … dem SPIEGEL", "auf SPIEGEL-Anfrage"; Le Soir at Liège-Guillemins: "a constaté Le Soir sur place",
# "explique au Soir", "a déclaré au Soir"); nl credits both ("melden het Duitse weekblad Der Spiegel en de
# Belgische krant Le Soir" + "Volgens Der Spiegel" + "schrijft Le Soir" + "zei … tegen Der Spiegel" + "die
# Le Soir sprak"): two edges; en relays Le Soir only ("Belgian daily Le Soir reported" + "told Le Soir" +
# "told the newspaper" + "cited by Le Soir").
story("s08_two_reports_mrr_strike", "independent", {
"00_de.txt": """Lokführer von Maas-Rhein Rail streiken – Dreiländerzüge stehen still
Der Spiegel
04.05.2027, 09.58 Uhr

Leere Bahnsteige, ein einzelner Zug auf Gleis 9: Am Aachener Hauptbahnhof war am Dienstagmorgen kaum etwas vom üblichen Pendlerverkehr nach Maastricht und Lüttich zu sehen. Die Lokführer des grenzüberschreitenden Bahnbetreibers Maas-Rhein Rail sind in einen 48-stündigen Streik getreten. Von den zwölf Zügen, die zwischen 5 und 9 Uhr nach Fahrplan hätten abfahren sollen, fuhr nach Beobachtungen des SPIEGEL nur einer.

Die Gewerkschaft Euregio Rail Union fordert neun Prozent mehr Lohn und eine einheitliche Schichtplanung für die Beschäftigten aus Deutschland, den Niederlanden und Belgien. „Wir fahren jeden Tag durch drei Länder, aber wir werden nach drei verschiedenen Tarifen bezahlt“, sagte ein Lokführer aus Herzogenrath, der am Bahnsteig Flugblätter verteilte, dem SPIEGEL. „Das Unternehmen spielt uns gegeneinander aus.“

Maas-Rhein Rail betreibt seit 2025 mit 19 Triebzügen die Dreiländerlinie Aachen–Maastricht–Lüttich; werktags nutzen sie rund 11.000 Fahrgäste. Ein Unternehmenssprecher nannte die Forderungen auf SPIEGEL-Anfrage „wirtschaftlich nicht darstellbar“. Das eigene Angebot liege bei 3,5 Prozent.

Viele Pendler wichen auf das Auto aus. Auf den Zufahrtsstraßen in Richtung Heerlen und Vaals meldete die Polizei am Morgen lange Staus. Der Streik soll bis Donnerstagmorgen, 5 Uhr, dauern.
""",
"01_fr.txt": """Grève de 48 heures chez Maas-Rhein Rail : les Guillemins privés de trains vers Aix et Maastricht
Le Soir
Mardi 4 mai 2027, 10:35

Aucun train Maas-Rhein Rail n'est parti de la gare de Liège-Guillemins ce mardi matin. Les conducteurs de l'opérateur transfrontalier, qui relie Liège à Maastricht et Aix-la-Chapelle, ont entamé une grève de 48 heures, a constaté Le Soir sur place. Sur le quai 3, seuls quelques navetteurs mal informés attendaient encore devant un panneau d'affichage vide.

Le syndicat Euregio Rail Union réclame une hausse salariale de 9 % et l'harmonisation des plannings entre conducteurs belges, néerlandais et allemands. « Un collègue allemand gagne 400 euros de plus que moi pour le même trajet », explique au Soir Karim Benali, conducteur depuis onze ans.

Selon la direction, la grève coûte environ 400.000 euros par jour à l'entreprise. « Nous restons ouverts au dialogue, mais 9 %, c'est impossible », a déclaré au Soir son directeur des opérations, Luc Vandermeulen.

Quelque 1.800 navetteurs liégeois empruntent chaque jour la ligne, selon les chiffres de l'opérateur. Aucun bus de remplacement n'a été prévu. Le mouvement doit durer jusqu'à jeudi matin.
""",
"02_nl.txt": """Staking bij Maas-Rhein Rail: vrijwel geen treinen tussen Maastricht, Aken en Luik
NOS
4 mei 2027, 13:10

Tussen Maastricht, Aken en Luik rijden voorlopig nauwelijks treinen. De machinisten van de grensoverschrijdende vervoerder Maas-Rhein Rail zijn vanochtend een staking van 48 uur begonnen, melden het Duitse weekblad Der Spiegel en de Belgische krant Le Soir.

Volgens Der Spiegel vertrok in Aken tussen 5 en 9 uur maar één van de twaalf geplande treinen. Op station Liège-Guillemins reed helemaal niets, schrijft Le Soir.

De vakbond Euregio Rail Union eist 9 procent meer loon en gelijke roosters voor machinisten uit de drie landen. Het bedrijf biedt 3,5 procent, zei een woordvoerder tegen Der Spiegel. Volgens de directie, die Le Soir sprak, is een loonsverhoging van 9 procent "onmogelijk".

Op de lijn reizen op werkdagen zo'n 11.000 mensen, onder wie veel Limburgse forenzen die in Aken of Luik werken. De staking duurt tot donderdagochtend.
""",
"03_en.txt": """Maas-Rhein Rail drivers strike for 48 hours, halting Liège–Maastricht–Aachen trains
The Brussels Times
Tuesday, 04 May 2027

No trains left Liège-Guillemins for Maastricht or Aachen on Tuesday morning as drivers at cross-border operator Maas-Rhein Rail began a 48-hour strike, Belgian daily Le Soir reported.

The Euregio Rail Union is demanding a 9% pay rise and harmonised rosters for drivers from Belgium, the Netherlands and Germany. "A German colleague earns €400 more than me for the same route," one driver, Karim Benali, told Le Soir.

According to the company's management, the strike is costing around €400,000 a day. Operations director Luc Vandermeulen told the newspaper the company remained "open to dialogue" but called a 9% raise "impossible".

Around 1,800 commuters from Liège use the line every day, according to the operator's figures cited by Le Soir. No replacement buses have been laid on, and the strike is due to end on Thursday morning.
""",
}, [{"name": "Der Spiegel", "in_corpus": True},
    {"name": "Le Soir", "in_corpus": True}],
[{"origin": "Der Spiegel", "article": "02_nl.txt"},
 {"origin": "Le Soir", "article": "02_nl.txt"},
 {"origin": "Le Soir", "article": "03_en.txt"}],
[{"text": "Drivers of the cross-border operator Maas-Rhein Rail began a 48-hour strike.",
  "articles": ["00_de.txt", "01_fr.txt", "02_nl.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "The union Euregio Rail Union demands a 9% pay rise.",
  "articles": ["00_de.txt", "01_fr.txt", "02_nl.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "The strike costs the company around 400,000 euros a day.",
  "articles": ["01_fr.txt", "03_en.txt"], "independent_sources": 1}])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, c)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 158 (railways; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
