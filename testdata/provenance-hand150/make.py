#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand150 set (postal services and
parcel delivery; real media names, all events, people, companies, figures and quotes invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: outside wire agency dpa (not in corpus) relayed by four outlets: en "German news agency dpa
# reported" + "told dpa" + unanswered request of Euronews; pl "podała niemiecka agencja prasowa dpa" +
# "powiedziała agencji" + "Według dpa"; fr (no date line) "selon l'agence allemande DPA" + "a déclaré à
# DPA" + "a rapporté l'agence"; it "lo riferisce l'agenzia di stampa tedesca Dpa, secondo cui" +
# "ha dichiarato all'agenzia" + "Secondo la Dpa".
story("p01_agency_parcel_warning_strike", "agency", {
"00_en.txt": """Warning strike halts parcel deliveries at German carrier Nordpaket
Euronews
2027-03-09T07:45:00+00:00

Around 9,000 employees of the German parcel carrier Nordpaket walked off the job on Tuesday at 14 of its distribution centres, leaving an estimated 1.1 million parcels stuck in depots, German news agency dpa reported.

The warning strike, called by the logistics union GLZ (Gewerkschaft Logistik und Zustellung), began with the early shift at 5 a.m. and is due to last 24 hours. Hubs in Hamburg, Hanover, Leipzig and Dortmund were the worst affected, according to dpa.

"Our members sort and deliver more parcels every year, yet their real wages have fallen for three years in a row," GLZ negotiator Kerstin Wallbrecht told dpa. The union is demanding a pay rise of 9.5% over 12 months; Nordpaket has offered 4.2% spread over two years.

A company spokesman told the agency that customers should expect delays of one to two days and that medicines and perishable goods would be given priority once work resumed.

Nordpaket, which delivers about 2.3 million parcels a day in Germany, did not immediately respond to a request for comment from Euronews.

The third round of wage talks is scheduled for March 16 in Kassel. Warning strikes, usually limited to a day or two, are a common tactic used by German unions to put pressure on employers during pay negotiations.
""",
"01_pl.txt": """Strajk ostrzegawczy w Niemczech. Ponad milion paczek utknęło w sortowniach
Business Insider Polska
9 marca 2027, 10:20

Około 9 tys. pracowników niemieckiej firmy kurierskiej Nordpaket przerwało we wtorek pracę w 14 centrach dystrybucyjnych – podała niemiecka agencja prasowa dpa. W magazynach utknęło według niej ok. 1,1 mln przesyłek.

Strajk ostrzegawczy ogłosił związek zawodowy GLZ, zrzeszający pracowników logistyki. Protest rozpoczął się o godz. 5 rano na pierwszej zmianie i ma potrwać dobę. Najbardziej odczuwalny jest w Hamburgu, Hanowerze, Lipsku i Dortmundzie.

„Nasi członkowie co roku sortują i doręczają więcej paczek, a ich płace realne spadają już trzeci rok z rzędu” – powiedziała agencji Kerstin Wallbrecht, negocjatorka związku. GLZ domaga się podwyżek o 9,5 proc. w ciągu roku. Zarząd Nordpaketu proponuje 4,2 proc. rozłożone na dwa lata.

Według dpa firma ostrzega klientów przed opóźnieniami rzędu jednego–dwóch dni. Po wznowieniu pracy pierwszeństwo mają mieć leki i produkty łatwo psujące się.

Strajk mogą odczuć także polscy klienci, bo Nordpaket doręcza część przesyłek zamawianych w niemieckich sklepach internetowych z dostawą do Polski. Kolejna runda negocjacji płacowych zaplanowana jest na 16 marca w Kassel.
""",
"02_fr.txt": """Allemagne : une grève d'avertissement paralyse le transporteur de colis Nordpaket
Le Figaro

Quelque 9000 salariés du transporteur allemand de colis Nordpaket ont cessé le travail mardi dans 14 centres de distribution, selon l'agence allemande DPA. Environ 1,1 million de colis seraient bloqués dans les entrepôts.

Lancée par le syndicat de la logistique GLZ, cette « grève d'avertissement » de 24 heures a débuté à 5 heures du matin avec l'équipe de jour. Les plateformes de Hambourg, Hanovre, Leipzig et Dortmund sont les plus touchées, d'après l'agence.

« Nos adhérents trient et livrent chaque année davantage de colis, mais leurs salaires réels baissent pour la troisième année consécutive », a déclaré à DPA la négociatrice du syndicat, Kerstin Wallbrecht. Le GLZ réclame une hausse de 9,5 % sur douze mois, quand la direction propose 4,2 % étalés sur deux ans.

Un porte-parole de l'entreprise a prévenu que les clients devaient s'attendre à un à deux jours de retard, a rapporté l'agence. Les médicaments et les denrées périssables seront traités en priorité à la reprise du travail.

Le prochain cycle de négociations est prévu le 16 mars à Kassel. Outre-Rhin, ces grèves courtes, limitées à un ou deux jours, sont un outil classique des syndicats pour peser sur les discussions salariales.
""",
"03_it.txt": """Germania, sciopero di avvertimento da Nordpaket: bloccati 1,1 milioni di pacchi
Il Sole 24 Ore
9 marzo 2027

Circa 9.000 dipendenti del corriere tedesco Nordpaket hanno incrociato le braccia martedì in 14 centri di distribuzione: lo riferisce l'agenzia di stampa tedesca Dpa, secondo cui nei magazzini sono rimasti fermi circa 1,1 milioni di pacchi.

Lo sciopero di avvertimento, proclamato dal sindacato della logistica Glz, è iniziato alle 5 del mattino e durerà 24 ore. Le sedi più colpite sono Amburgo, Hannover, Lipsia e Dortmund.

«I nostri iscritti smistano e consegnano ogni anno più pacchi, ma i loro salari reali calano per il terzo anno consecutivo», ha dichiarato all'agenzia la negoziatrice del sindacato Kerstin Wallbrecht. Il Glz chiede un aumento del 9,5% in dodici mesi; l'azienda ne offre il 4,2% in due anni.

Secondo la Dpa, un portavoce di Nordpaket ha avvertito i clienti di ritardi di uno o due giorni; farmaci e prodotti deperibili avranno la precedenza alla ripresa del lavoro.

Nordpaket consegna in Germania circa 2,3 milioni di pacchi al giorno. Il prossimo round negoziale è fissato per il 16 marzo a Kassel: senza un accordo, avverte il sindacato, gli scioperi potrebbero estendersi alla settimana di Pasqua.
""",
}, [("dpa", False)],
[("dpa", "00_en.txt"), ("dpa", "01_pl.txt"), ("dpa", "02_fr.txt"), ("dpa", "03_it.txt")],
[("About 9,000 Nordpaket employees staged a warning strike at 14 distribution centres, leaving about 1.1 million parcels stuck.",
  ["00_en.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1),
 ("The GLZ union demands a 9.5% pay rise over 12 months while Nordpaket offers 4.2% over two years.",
  ["00_en.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1)])

# p02: in-corpus scoop by Rzeczpospolita (two anonymous people close to the management + an internal
# presentation "do której dotarliśmy"; the ministry's non-answer and PSP's no-comment given to "Rz").
# Relays: en "the daily Rzeczpospolita reported on Tuesday, citing" + "Rzeczpospolita's sources" + "told
# the paper"; uk "пише польська газета Rzeczpospolita з посиланням на" + "За даними «Жечпосполитої»"
# (genitive) + "Співрозмовники видання"; de "Das berichtet die Tageszeitung „Rzeczpospolita" unter
# Berufung auf" + "Dem Blatt zufolge" + "zitiert die „Rzeczpospolita" einen ihrer Informanten".
story("p02_scoop_parcel_operator_privatisation", "scoop", {
"00_pl.txt": """Rząd chce sprzedać prawie połowę Polskiej Sieci Paczkowej. Zniknie 380 placówek
Rzeczpospolita
2027-04-13 06:00

Ministerstwo Aktywów Państwowych przygotowuje sprzedaż 49 proc. akcji państwowej spółki Polska Sieć Paczkowa (PSP) inwestorowi branżowemu – dowiedziała się „Rzeczpospolita”. Jednocześnie spółka ma do końca 2028 r. zamknąć 380 z 2150 swoich placówek.

O planach poinformowały nas dwie osoby z otoczenia zarządu spółki, które prosiły o zachowanie anonimowości, bo rozmowy nie zostały jeszcze zakończone. Jak twierdzą nasi rozmówcy, wstępne zainteresowanie zgłosiły już dwa zagraniczne fundusze infrastrukturalne i jeden europejski operator logistyczny.

Dotarliśmy także do wewnętrznej prezentacji przygotowanej dla rady nadzorczej. Wynika z niej, że likwidacja placówek ma przynieść oszczędności rzędu 210 mln zł rocznie. Zamykane mają być głównie punkty w miejscowościach poniżej 20 tys. mieszkańców, w których w promieniu 3 km działa inna placówka PSP lub automat paczkowy.

„Bez kapitału z zewnątrz nie zbudujemy sieci automatów, która pozwoli nam konkurować z prywatnymi firmami” – mówi jeden z naszych rozmówców.

Ministerstwo do chwili publikacji nie odpowiedziało na pytania „Rz”. Biuro prasowe PSP przekazało nam jedynie, że „spółka nie komentuje spekulacji dotyczących struktury akcjonariatu”.

PSP zatrudnia ok. 41 tys. osób. W ubiegłym roku spółka miała 640 mln zł straty netto, mimo że liczba obsłużonych paczek wzrosła o 11 proc. Listów jest z roku na rok coraz mniej – od 2019 r. ich wolumen spadł o ponad jedną trzecią.
""",
"01_en.txt": """Poland plans to sell 49% of state parcel operator and close 380 branches, says newspaper
Notes from Poland
Tue, 13 Apr 2027 11:30:00 +0200

Poland's state assets ministry is preparing to sell a 49% stake in the state-owned parcel and postal operator Polska Sieć Paczkowa (PSP) to an industry investor, the daily Rzeczpospolita reported on Tuesday, citing two people close to the company's management.

At the same time, PSP plans to close 380 of its 2,150 branches by the end of 2028, according to the newspaper, which says it has obtained an internal presentation prepared for the company's supervisory board. The closures are expected to save around 210 million zloty (€49 million) a year.

Rzeczpospolita's sources, who asked not to be named because talks are still under way, said two foreign infrastructure funds and a European logistics operator had already expressed initial interest.

"Without outside capital we won't build a parcel-locker network that can compete with private firms," one of them told the paper.

The branches slated for closure are mainly in towns of fewer than 20,000 inhabitants where another PSP outlet or parcel locker operates within 3 kilometres.

The ministry had not answered Rzeczpospolita's questions by the time of publication, while PSP said it "does not comment on speculation regarding its shareholder structure".

PSP employs about 41,000 people and posted a net loss of 640 million zloty last year. The opposition has repeatedly accused the government of preparing to sell off strategic state firms, a charge ministers have denied.
""",
"02_uk.txt": """Польща готує продаж 49% державного оператора доставки посилок — ЗМІ
Економічна правда
13 квітня 2027, 14:05

Міністерство державних активів Польщі готує продаж 49% акцій державної компанії Polska Sieć Paczkowa (PSP), яка доставляє посилки та листи. Про це пише польська газета Rzeczpospolita з посиланням на два джерела в оточенні правління компанії.

За даними «Жечпосполитої», паралельно PSP до кінця 2028 року закриє 380 із 2150 своїх відділень. Закривати планують насамперед пункти в містечках із населенням до 20 тисяч, де в радіусі трьох кілометрів працює інше відділення або поштомат компанії.

Співрозмовники видання, які попросили не називати їхніх імен, стверджують, що попередній інтерес до покупки вже виявили два іноземні інфраструктурні фонди та один європейський логістичний оператор.

Як зазначає газета, закриття відділень має заощадити близько 210 млн злотих на рік. Таку цифру містить внутрішня презентація для наглядової ради, яку отримали журналісти видання.

У пресслужбі PSP відмовилися коментувати «спекуляції щодо структури акціонерів», міністерство на запитання газети не відповіло.

PSP — один із найбільших роботодавців Польщі: у компанії працює близько 41 тисячі людей. Минулого року вона отримала 640 млн злотих чистого збитку. Для українських інтернет-магазинів, які продають товари в Польщу, PSP залишається одним із основних партнерів із доставки «останньої милі».
""",
"03_de.txt": """Polen will staatlichen Paketdienst teilprivatisieren
Handelsblatt
13.04.2027 15:40

Die polnische Regierung bereitet offenbar den Verkauf von 49 Prozent der Anteile am staatlichen Paket- und Postdienstleister Polska Sieć Paczkowa (PSP) vor. Das berichtet die Tageszeitung „Rzeczpospolita“ unter Berufung auf zwei Personen aus dem Umfeld des Vorstands.

Demnach haben zwei ausländische Infrastrukturfonds und ein europäischer Logistikkonzern bereits Interesse signalisiert. Zugleich soll PSP bis Ende 2028 insgesamt 380 seiner 2150 Filialen schließen, vor allem in Kleinstädten mit weniger als 20.000 Einwohnern.

Dem Blatt zufolge sollen die Schließungen jährlich rund 210 Millionen Złoty, umgerechnet knapp 49 Millionen Euro, einsparen. Die Zeitung stützt sich dabei auf eine interne Präsentation für den Aufsichtsrat.

„Ohne Kapital von außen bauen wir kein Automatennetz auf, das mit privaten Anbietern mithalten kann“, zitiert die „Rzeczpospolita“ einen ihrer Informanten.

Das Ministerium für Staatsvermögen ließ die Fragen der Zeitung bis zur Veröffentlichung unbeantwortet. PSP wollte „Spekulationen über die Aktionärsstruktur“ nicht kommentieren.

Für deutsche Logistikkonzerne könnte ein Einstieg interessant sein: Der polnische Paketmarkt wächst seit Jahren kräftig, getrieben vom Onlinehandel. Mit rund 41.000 Beschäftigten zählt PSP zu den größten Arbeitgebern des Landes, schrieb zuletzt allerdings tiefrote Zahlen.
""",
}, [("Rzeczpospolita", True)],
[("Rzeczpospolita", "01_en.txt"), ("Rzeczpospolita", "02_uk.txt"), ("Rzeczpospolita", "03_de.txt")],
[("The Polish government is preparing to sell a 49% stake in the state-owned parcel operator Polska Sieć Paczkowa (PSP).",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1),
 ("PSP plans to close 380 of its 2,150 branches by the end of 2028.",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1)])

# p03: chain it -> en -> pt, uk. Corriere della Sera's own report (reporter in the hub, internal email
# consulted, anonymous warehouse worker, company "contattata dal Corriere"). The Guardian: "according to
# a report in Italy's Corriere della Sera" + "told the Corriere". pt: "noticia o jornal britânico The
# Guardian, que cita uma reportagem do diário italiano Corriere della Sera" + "Segundo o Guardian" ->
# edge from The Guardian. uk (no date line): "Як пише британська газета The Guardian" + "За інформацією
# британського видання" + "цитує газета" -> edge from The Guardian.
story("p03_chain_lost_parcels_hub", "chain", {
"00_it.txt": """Piacenza, il buco nero dei pacchi: 1,2 milioni di spedizioni ferme nell'hub di VeloPacco
Corriere della Sera
2027-11-22T06:30:00+01:00

Scatoloni accatastati fino al soffitto, bancali nei corridoi, furgoni che ripartono mezzi vuoti. Nell'hub di VeloPacco a Le Mose, alle porte di Piacenza, da fine ottobre sono fermi circa 1,2 milioni di pacchi. Il Corriere è entrato nel magazzino e ha potuto consultare una mail interna inviata il 17 novembre ai responsabili regionali dell'azienda.

Nella mail il direttore operativo ammette che «circa 1,2 milioni di spedizioni risultano non tracciabili o in giacenza oltre i termini» e che il nuovo sistema di smistamento automatico, entrato in funzione il 28 ottobre, «ha generato errori di lettura delle etichette su un collo su sei».

Un addetto al magazzino, che chiede di non essere nominato per timore di perdere il posto, racconta: «Facciamo turni di dodici ore, ma i pacchi arrivano più velocemente di quanto riusciamo a smistarli. Alcuni sono qui da tre settimane».

Sui social si moltiplicano le proteste dei clienti, a pochi giorni dal Black Friday. L'associazione lombarda Consumatori Attivi annuncia una class action.

Contattata dal Corriere, VeloPacco riconosce «rallentamenti temporanei» e promette di smaltire l'arretrato entro il 15 dicembre, assumendo 300 lavoratori interinali.

VeloPacco, nata nel 2014 come start-up bolognese, gestisce oggi circa il 12% dei pacchi dell'e-commerce in Italia e impiega 5.800 persone.
""",
"01_en.txt": """1.2m parcels stuck at Italian courier's hub after sorting system fails
The Guardian
2027-11-22 13:10

About 1.2 million parcels have been stuck for weeks at a hub run by the Italian courier VeloPacco near Piacenza after a new automated sorting system began misreading labels, according to a report in Italy's Corriere della Sera.

The newspaper, whose reporter was allowed into the warehouse, said it had seen an internal email sent on 17 November in which the company's chief operating officer admitted that "about 1.2m shipments are untraceable or held beyond the deadline". The system, switched on on 28 October, was misreading the labels of one parcel in six, the email said.

"We do 12-hour shifts but the parcels come in faster than we can sort them. Some have been here for three weeks," a warehouse worker who did not want to be named told the Corriere.

VeloPacco acknowledged "temporary slowdowns" to the paper and said it would clear the backlog by 15 December with the help of 300 agency workers.

Customers have flooded social media with complaints in the run-up to Black Friday, traditionally the busiest week of the year for couriers. A consumer group in Lombardy, Consumatori Attivi, said it was preparing a class action.

VeloPacco handles roughly 12% of Italy's e-commerce parcels and employs 5,800 people. Automated sorting systems have caused similar, if smaller, backlogs at several European carriers in recent years.
""",
"02_pt.txt": """Itália: 1,2 milhões de encomendas retidas em armazém de transportadora
Público
22 de novembro de 2027, 17:45

Cerca de 1,2 milhões de encomendas estão retidas há semanas num centro logístico da transportadora italiana VeloPacco, perto de Piacenza, noticia o jornal britânico The Guardian, que cita uma reportagem do diário italiano Corriere della Sera.

Segundo o Guardian, o problema começou a 28 de outubro, quando entrou em funcionamento um novo sistema automático de triagem que lê mal a etiqueta de uma em cada seis encomendas. Um email interno do diretor de operações da empresa, citado pelo jornal, admite que "cerca de 1,2 milhões de envios" não podem ser localizados ou estão retidos para além do prazo.

"Fazemos turnos de 12 horas, mas as encomendas chegam mais depressa do que as conseguimos separar", contou um trabalhador do armazém, sob anonimato.

A VeloPacco reconhece "abrandamentos temporários" e promete resolver a situação até 15 de dezembro, contratando 300 trabalhadores temporários.

O caso surge a poucos dias da Black Friday, o período de maior movimento do ano para as empresas de entregas. Uma associação de consumidores da Lombardia já anunciou que vai avançar com uma ação coletiva contra a transportadora.
""",
"03_uk.txt": """В Італії через збій сортувальної системи застрягли 1,2 млн посилок
Суспільне Новини

Близько 1,2 мільйона посилок уже кілька тижнів лежать у логістичному центрі італійської кур'єрської компанії VeloPacco поблизу П'яченци. Як пише британська газета The Guardian, причиною став новий автоматичний сортувальний комплекс, який помилково зчитує етикетку на кожній шостій посилці.

Систему запустили 28 жовтня. За інформацією британського видання, операційний директор компанії у внутрішньому листі визнав, що близько 1,2 млн відправлень «неможливо відстежити або вони затримані понад встановлений термін».

«Ми працюємо змінами по 12 годин, але посилки надходять швидше, ніж ми встигаємо їх сортувати», — цитує газета працівника складу, який побажав залишитися анонімним.

У VeloPacco визнали «тимчасові уповільнення» та пообіцяли розібрати завали до 15 грудня, залучивши 300 тимчасових працівників.

Компанія обробляє близько 12% посилок інтернет-торгівлі в Італії. Серед тих, хто чекає на свої відправлення, — й українці, які живуть в Італії та пересилають речі родичам.
""",
}, [("Corriere della Sera", True)],
[("Corriere della Sera", "01_en.txt"), ("The Guardian", "02_pt.txt"), ("The Guardian", "03_uk.txt")],
[("About 1.2 million parcels have been stuck for weeks at VeloPacco's hub near Piacenza.",
  ["00_it.txt", "01_en.txt", "02_pt.txt", "03_uk.txt"], 1),
 ("A new automated sorting system switched on on 28 October misreads the labels of one parcel in six.",
  ["00_it.txt", "01_en.txt", "02_pt.txt", "03_uk.txt"], 1)])

# p04: institution-published origin: a deliberation of the Portuguese regulator ANACOM published on
# its website (not in corpus). pt (Observador) "A decisão consta de uma deliberação publicada … no site
# do regulador" + "Segundo o documento" + unanswered request "O Observador contactou"; en (Reuters)
# "it said in a decision published on its website" + "the decision showed"; fr (Les Echos) "Selon une
# décision publiée mercredi sur son site, l'Anacom" + "précise le document"; it (ANSA) "Lo riferisce il
# quotidiano online portoghese Observador, che cita una delibera" + "scrive il giornale" + "Secondo
# quanto riporta Observador" -> edge from Observador (chain; root stays ANACOM).
story("p04_institution_postal_price_rise", "institution", {
"00_pt.txt": """Anacom autoriza Correio Lusitano a subir preços 8,9% e a distribuir cartas só três dias por semana em 96 freguesias
Observador
2027-05-05T19:20:00+01:00

A Autoridade Nacional de Comunicações (Anacom) autorizou o Correio Lusitano, prestador do serviço postal universal, a aumentar os preços da correspondência e das encomendas em 8,9%, em média, a partir de 1 de junho. A decisão consta de uma deliberação publicada esta quarta-feira no site do regulador.

Segundo o documento, o selo do correio normal até 20 gramas passa de 0,75 para 0,82 euros. O Correio Lusitano tinha pedido um aumento médio de 12,5%, que a Anacom considerou "desproporcionado face à evolução dos custos".

A deliberação autoriza ainda a empresa a reduzir a distribuição de correio para três dias por semana em 96 freguesias de baixa densidade populacional, sobretudo nos distritos de Bragança, Guarda e Beja. Em contrapartida, o regulador exige que o correio registado nessas freguesias seja entregue no prazo máximo de quatro dias úteis.

De acordo com a Anacom, o volume de cartas caiu 41% desde 2017, enquanto o de encomendas quase duplicou no mesmo período.

Autarcas do interior têm contestado nos últimos anos o encerramento de estações de correio e os atrasos na distribuição, sobretudo de cartas de finanças e de saúde.

O Observador contactou o Correio Lusitano, mas não obteve resposta até à hora de publicação deste artigo.
""",
"01_en.txt": """Portugal's regulator lets postal operator raise prices 8.9%, cut rural deliveries
Reuters
Wed, 05 May 2027 16:02:00 +0000

LISBON, May 5 - Portugal's communications regulator ANACOM has authorised universal postal service provider Correio Lusitano to raise prices for letters and parcels by an average of 8.9% from June 1, it said in a decision published on its website on Wednesday.

The price of a standard stamp for letters up to 20 grams will rise to 0.82 euros from 0.75 euros, the decision showed. Correio Lusitano had sought an average increase of 12.5%, which the regulator called "disproportionate to the evolution of costs".

ANACOM also allowed the company to deliver mail only three days a week in 96 sparsely populated parishes, mainly in the northeastern districts of Bragança and Guarda and in Beja in the south, but required registered mail there to arrive within four working days.

Letter volumes in Portugal have fallen 41% since 2017, while parcel volumes have almost doubled, the regulator said.

Correio Lusitano, whose shares are listed in Lisbon, did not immediately respond to a request for comment.

Postal operators across Europe have been cutting delivery days and raising stamp prices as letter volumes collapse, while trying to win a larger share of the growing e-commerce parcel market.
""",
"02_fr.txt": """Portugal : le régulateur autorise une hausse de 8,9 % des tarifs postaux
Les Echos
6 mai 2027

Le courrier va coûter plus cher au Portugal. Selon une décision publiée mercredi sur son site, l'Anacom, le régulateur portugais des communications, autorise l'opérateur du service postal universel, Correio Lusitano, à augmenter ses tarifs de 8,9 % en moyenne à compter du 1er juin.

Le timbre pour une lettre standard de moins de 20 grammes passera de 0,75 à 0,82 euro. L'opérateur réclamait une hausse moyenne de 12,5 %, jugée « disproportionnée au regard de l'évolution des coûts » par le régulateur.

Autre changement notable : dans 96 paroisses rurales peu peuplées, surtout dans les districts de Bragance, Guarda et Beja, le courrier ne sera plus distribué que trois jours par semaine. L'Anacom impose toutefois que les lettres recommandées y soient livrées en quatre jours ouvrés au maximum, précise le document.

La décision illustre un mouvement général en Europe. Face à l'effondrement du courrier – le volume de lettres a chuté de 41 % depuis 2017 au Portugal, d'après l'Anacom –, les opérateurs historiques espacent les tournées et misent sur les colis, dopés par le commerce en ligne.

Coté à Lisbonne, Correio Lusitano a vu son titre reculer de 30 % en cinq ans. Les investisseurs attendaient une hausse plus forte des tarifs.
""",
"03_it.txt": """Portogallo, via libera al rincaro dei francobolli: +8,9%
ANSA
06/05/2027 09:14

L'autorità portoghese delle comunicazioni Anacom ha autorizzato il Correio Lusitano, l'operatore del servizio postale universale, ad aumentare in media dell'8,9% le tariffe di lettere e pacchi dal 1° giugno. Lo riferisce il quotidiano online portoghese Observador, che cita una delibera pubblicata mercoledì dal regolatore.

Il francobollo per la posta ordinaria fino a 20 grammi salirà da 0,75 a 0,82 euro, scrive il giornale. L'operatore aveva chiesto un aumento medio del 12,5%, giudicato dall'Anacom «sproporzionato rispetto all'andamento dei costi».

Secondo quanto riporta Observador, in 96 parrocchie (freguesias) a bassa densità abitativa, soprattutto nei distretti di Bragança, Guarda e Beja, la posta sarà consegnata solo tre giorni alla settimana; le raccomandate dovranno comunque arrivare entro quattro giorni lavorativi.

Il sito aggiunge di aver contattato il Correio Lusitano senza ottenere risposta. In Portogallo il volume delle lettere è calato del 41% dal 2017, mentre quello dei pacchi è quasi raddoppiato.
""",
}, [("ANACOM", False)],
[("ANACOM", "00_pt.txt"), ("ANACOM", "01_en.txt"), ("ANACOM", "02_fr.txt"), ("Observador", "03_it.txt")],
[("ANACOM authorised Correio Lusitano to raise postal prices by an average of 8.9% from 1 June.",
  ["00_pt.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1),
 ("In 96 sparsely populated parishes mail will be delivered only three days a week.",
  ["00_pt.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], 1)])

# p05: Le Parisien's own report (reporter at the sale, buyers quoted, "Contactée par Le Parisien");
# it (Today.it) is an uncredited close Italian translation published the next morning (same structure,
# same quotes, keeps "a-t-il confié à notre journaliste" as "ha confidato al nostro giornalista"): edge
# from Le Parisien. de (Der Spiegel) "Wie die Zeitung „Le Parisien" berichtet" + "sagte … dem Blatt" +
# "erklärte gegenüber „Le Parisien""; pl (Gazeta Wyborcza) "Jak opisuje paryski dziennik „Le Parisien""
# + "mówił dziennikarzowi „Le Parisien"" + "w rozmowie z francuską gazetą".
story("p05_translation_lost_parcels_by_kilo", "translation", {
"00_fr.txt": """« On achète à l'aveugle » : à Aubervilliers, les colis perdus de Relais Éclair vendus au kilo
Le Parisien
2027-01-18 07:00

Dans un entrepôt d'Aubervilliers (Seine-Saint-Denis), des centaines de cartons scotchés s'empilent sur des palettes. Samedi matin, près de 300 personnes faisaient la queue dès 7 heures pour acheter, au poids, des colis égarés du réseau de points relais Relais Éclair. Le Parisien a pu assister à la vente.

Le tarif est affiché sur un panneau : 14 euros le kilo, sans possibilité d'ouvrir les paquets avant de payer. « On achète à l'aveugle, c'est comme un jeu à gratter », sourit Karim, 34 ans, venu de Bobigny avec un chariot. Dans son premier carton : un casque audio neuf et trois paires de chaussettes. « L'an dernier, j'ai eu une console, mais aussi des cartouches d'encre vides », a-t-il confié à notre journaliste.

Sur plusieurs cartons, les étiquettes portant le nom et l'adresse des destinataires n'ont pas été retirées. « C'est le colis de ma sœur, elle l'attend depuis novembre ! » s'est étranglée une acheteuse en reconnaissant le nom sur l'étiquette.

Contactée par Le Parisien, la société Relais Éclair explique que ces colis « n'ont pu être ni livrés ni retournés à l'expéditeur dans un délai de 90 jours » et qu'ils sont cédés à un soldeur, la société Stock Malin. Elle assure que « les clients concernés ont été intégralement remboursés ». Selon l'entreprise, environ 62 000 colis ont ainsi été vendus en 2026, sur 48 millions acheminés.

Une association de consommateurs juge la pratique « légale mais choquante » et demande que les étiquettes soient systématiquement détruites avant la revente.
""",
"01_it.txt": """«Compriamo alla cieca»: alle porte di Parigi i pacchi smarriti venduti al chilo
Today.it
19 gennaio 2027 08:40

In un magazzino di Aubervilliers, alle porte di Parigi, centinaia di scatoloni chiusi con il nastro adesivo sono impilati sui bancali. Sabato mattina quasi 300 persone erano in coda già dalle 7 per comprare, a peso, i pacchi smarriti della rete di punti di ritiro Relais Éclair.

Il prezzo è scritto su un cartello: 14 euro al chilo, senza poter aprire i pacchi prima di pagare. «Compriamo alla cieca, è come un gratta e vinci», sorride Karim, 34 anni, arrivato da Bobigny con un carrello. Nel primo cartone: delle cuffie nuove e tre paia di calzini. «L'anno scorso mi è capitata una console, ma anche cartucce d'inchiostro vuote», ha confidato al nostro giornalista.

Su diversi cartoni non sono state rimosse le etichette con nome e indirizzo dei destinatari. «È il pacco di mia sorella, lo aspetta da novembre!», ha esclamato con la voce rotta un'acquirente riconoscendo il nome sull'etichetta.

La società Relais Éclair spiega che questi pacchi «non hanno potuto essere né consegnati né restituiti al mittente entro 90 giorni» e che vengono ceduti a un'azienda di liquidazione, la Stock Malin. Assicura che «i clienti interessati sono stati interamente rimborsati». Secondo l'azienda, nel 2026 sono stati venduti così circa 62.000 pacchi, su 48 milioni trasportati.

Un'associazione di consumatori giudica la pratica «legale ma scioccante» e chiede che le etichette vengano sempre distrutte prima della rivendita.
""",
"02_de.txt": """Frankreich: Verlorene Pakete werden kiloweise verkauft
Der Spiegel
18. Januar 2027, 16:32 Uhr

In Frankreich werden Pakete, die weder zugestellt noch an den Absender zurückgeschickt werden konnten, kiloweise an Schnäppchenjäger verkauft. Wie die Zeitung „Le Parisien“ berichtet, standen am Samstag in einer Lagerhalle in Aubervilliers nördlich von Paris rund 300 Menschen Schlange, um für 14 Euro pro Kilo ungeöffnete Kartons des Paketshop-Netzes Relais Éclair zu kaufen.

„Wir kaufen blind, das ist wie ein Rubbellos“, sagte ein 34-jähriger Käufer dem Blatt. In seinem ersten Karton fand er einen neuen Kopfhörer und drei Paar Socken.

Brisant: Auf mehreren Kartons klebten nach Angaben der Zeitung noch die Etiketten mit Namen und Adresse der Empfänger. Eine Käuferin erkannte den Namen ihrer Schwester, die seit November auf das Paket wartete.

Relais Éclair erklärte gegenüber „Le Parisien“, die Pakete würden nach 90 Tagen an einen Restpostenhändler abgegeben, betroffene Kunden seien vollständig entschädigt worden. Im vergangenen Jahr seien so rund 62.000 von 48 Millionen Sendungen verkauft worden.

Auch in Deutschland landen unzustellbare Sendungen mitunter bei Versteigerungen – in der Regel aber erst nach deutlich längeren Fristen und ohne Adressaufkleber.
""",
"03_pl.txt": """Zagubione paczki na wagę. We Francji kupuje się je „w ciemno”
Gazeta Wyborcza
18.01.2027, 19:05

14 euro za kilogram – tyle kosztują we Francji zaginione paczki sieci punktów odbioru Relais Éclair. Jak opisuje paryski dziennik „Le Parisien”, w sobotę w magazynie w Aubervilliers pod Paryżem po kartony ustawiła się kolejka około 300 osób.

Kupujący nie mogą otworzyć paczek przed zapłaceniem. „Kupujemy w ciemno, to jak zdrapka” – mówił dziennikarzowi „Le Parisien” 34-letni Karim, który w pierwszym kartonie znalazł nowe słuchawki i trzy pary skarpet.

Reporter gazety zauważył, że na wielu kartonach wciąż widniały etykiety z nazwiskami i adresami adresatów. Jedna z kupujących rozpoznała nazwisko swojej siostry, która czekała na przesyłkę od listopada.

Firma Relais Éclair tłumaczy w rozmowie z francuską gazetą, że paczki trafiają do sprzedaży, jeśli w ciągu 90 dni nie uda się ich doręczyć ani zwrócić nadawcy, a klienci otrzymują pełny zwrot pieniędzy. W ubiegłym roku sprzedano w ten sposób ok. 62 tys. z 48 mln przesyłek.

W Polsce podobne „paczki-niespodzianki” z niedoręczonych przesyłek można kupić głównie w internecie, a sprzedawcy zwykle zapewniają, że usuwają z nich dane adresatów.
""",
}, [("Le Parisien", True)],
[("Le Parisien", "01_it.txt"), ("Le Parisien", "02_de.txt"), ("Le Parisien", "03_pl.txt")],
[("Lost Relais Éclair parcels are sold unopened at 14 euros per kilo in a warehouse in Aubervilliers.",
  ["00_fr.txt", "01_it.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Several of the parcels sold still carried the recipients' names and addresses.",
  ["00_fr.txt", "01_it.txt", "02_de.txt", "03_pl.txt"], 1)])

# p06: outside origin = a person's own post: CEO Olena Hrytsenko's Facebook post. uk "Про це написала
# на своїй сторінці у Facebook генеральна директорка компанії"; en "wrote on Facebook" + "according to
# the post"; pl (Money.pl) "Poinformowała o tym w poście na Facebooku prezes firmy Ołena Hrycenko" +
# own confirmation "Biuro prasowe … potwierdziło w rozmowie z Money.pl" + "przekazała nam" -> relay
# that adds its own confirmation: edge from Hrytsenko and Money.pl is an in-corpus origin. de (no outlet
# and no date line) "Das schrieb Firmenchefin Olena Hryzenko auf Facebook" + "heißt es in dem Beitrag".
story("p06_social_post_delivery_tariffs", "social_post", {
"00_uk.txt": """«Міст Експрес» з 1 квітня підвищує тарифи на доставку посилок на 12%
Українська правда
2027-02-22T10:15:00+02:00

Приватна служба доставки «Міст Експрес» з 1 квітня підвищить тарифи на доставку посилок вагою до 2 кг у середньому на 12% — із 70 до 78 гривень. Про це написала на своїй сторінці у Facebook генеральна директорка компанії Олена Гриценко.

За її словами, рішення пов'язане зі зростанням вартості пального, електроенергії та заробітних плат. «Ми пів року тримали ціни, але собівартість однієї доставки за цей час зросла на 19%. Далі працювати в мінус ми не можемо», — пояснила Гриценко.

Водночас компанія обіцяє до кінця року встановити 300 нових поштоматів, передусім у прифронтових і деокупованих громадах Харківської, Херсонської та Миколаївської областей. Тарифи на доставку документів не зміняться.

«Міст Експрес» — один із найбільших приватних поштових операторів України. Компанія має понад 2,4 тисячі відділень і щодня доставляє близько 600 тисяч відправлень.

Нагадаємо, у січні ціни на свої послуги переглянули й інші оператори ринку, пояснюючи це подорожчанням пального та нестачею працівників через мобілізацію.
""",
"01_en.txt": """Ukrainian delivery firm Mist Express to raise parcel prices by 12%
The Kyiv Independent
Feb. 22, 2027, 2:40 PM

Mist Express, one of Ukraine's largest private delivery companies, will raise prices for parcels weighing up to 2 kilograms by an average of 12% from April 1, the company's chief executive Olena Hrytsenko wrote on Facebook on Feb. 22.

The basic price will go up from 70 to 78 hryvnias.

"We held prices for six months, but the cost of a single delivery has risen by 19% in that time. We can't keep working at a loss," Hrytsenko wrote, blaming higher fuel, electricity and wage costs.

The company also plans to install 300 new parcel lockers by the end of the year, mainly in front-line and liberated communities in Kharkiv, Kherson and Mykolaiv oblasts, according to the post. Prices for document delivery will remain unchanged.

Mist Express operates more than 2,400 branches and handles about 600,000 shipments a day.

Ukraine's parcel market has grown rapidly since the start of Russia's full-scale invasion, as millions of people rely on delivery services to send goods to relatives at the front and abroad and to order supplies for volunteer groups. Several operators have raised prices this winter, citing power outages caused by Russian strikes on energy infrastructure.
""",
"02_pl.txt": """Ukraińska firma kurierska podnosi ceny. Podwyżki także dla paczek do Polski
Money.pl
22 lutego 2027, 17:50

Ukraiński operator Mist Express od 1 kwietnia podniesie ceny doręczenia paczek o wadze do 2 kg średnio o 12 proc. – z 70 do 78 hrywien. Poinformowała o tym w poście na Facebooku prezes firmy Ołena Hrycenko.

„Przez pół roku trzymaliśmy ceny, ale koszt jednej dostawy wzrósł w tym czasie o 19 proc.” – napisała Hrycenko, wskazując na drożejące paliwo, prąd i rosnące płace.

Biuro prasowe Mist Express potwierdziło w rozmowie z Money.pl podwyżkę i dodało, że obejmie ona także przesyłki międzynarodowe, w tym wysyłane z Ukrainy do Polski. „Cennik międzynarodowy wzrośnie od 1 kwietnia średnio o 9 proc.” – przekazała nam rzeczniczka spółki Iryna Bondar.

To istotna informacja dla setek tysięcy Ukraińców mieszkających w Polsce, którzy regularnie korzystają z usług ukraińskich firm kurierskich, by wysyłać i odbierać paczki od rodzin. Mist Express ma w Polsce 85 punktów odbioru, głównie w Warszawie, Krakowie, Wrocławiu i Poznaniu.

Firma obsługuje dziennie ok. 600 tys. przesyłek i ma ponad 2,4 tys. oddziałów w Ukrainie.
""",
"03_de.txt": """Ukrainischer Paketdienst Mist Express erhöht Preise um zwölf Prozent

Der ukrainische Paketdienst Mist Express erhöht zum 1. April seine Preise für Pakete bis zwei Kilogramm um durchschnittlich zwölf Prozent. Das schrieb Firmenchefin Olena Hryzenko auf Facebook. Der Grundpreis steigt demnach von 70 auf 78 Hrywnja.

„Wir haben die Preise ein halbes Jahr lang gehalten, aber die Kosten einer einzelnen Zustellung sind in dieser Zeit um 19 Prozent gestiegen“, heißt es in dem Beitrag. Als Gründe nennt Hryzenko höhere Ausgaben für Treibstoff, Strom und Löhne.

Zugleich kündigte das Unternehmen an, bis Jahresende 300 neue Paketautomaten aufzustellen, vor allem in frontnahen und befreiten Gemeinden in den Regionen Charkiw, Cherson und Mykolajiw. Die Preise für den Versand von Dokumenten bleiben unverändert.

Mist Express ist einer der größten privaten Zustelldienste der Ukraine und stellt täglich rund 600.000 Sendungen zu. Seit Beginn des russischen Angriffskriegs ist der Paketmarkt des Landes stark gewachsen, weil viele Menschen Waren an Angehörige an der Front und im Ausland schicken.
""",
}, [("Olena Hrytsenko", False), ("Money.pl", True)],
[("Olena Hrytsenko", "00_uk.txt"), ("Olena Hrytsenko", "01_en.txt"), ("Olena Hrytsenko", "02_pl.txt"),
 ("Olena Hrytsenko", "03_de.txt")],
[("Mist Express will raise prices for parcels up to 2 kg by an average of 12% (from 70 to 78 hryvnias) from 1 April.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 2),
 ("Mist Express plans to install 300 new parcel lockers by the end of the year.",
  ["00_uk.txt", "01_en.txt", "03_de.txt"], 1)])

# p07: two independent in-corpus reports published the same evening: The Guardian (three senior
# managers speaking anonymously; union and company comments given to the Guardian) and the Financial
# Times (an internal document seen by the FT). fr (Le Monde) credits both: "selon le Guardian et le
# Financial Times, qui ont révélé l'information" + "Le quotidien de gauche cite …; le quotidien
# économique s'appuie, lui, sur …" -> two edges. pt (no outlet line) relays only the FT: "noticia o
# Financial Times, que teve acesso a um documento interno" + "Segundo o diário económico londrino" +
# "escreve o FT".
story("p07_independent_saturday_post", "independent", {
"00_en.txt": """Albion Post plans to scrap Saturday letter deliveries, senior managers say
The Guardian
2027-06-13T21:30:00+01:00

Albion Post is preparing to end Saturday letter deliveries across most of Britain from the autumn, according to three senior managers at the company, in what would be the biggest change to the country's postal service in decades.

The managers, who asked not to be named because they were not authorised to speak publicly, told the Guardian that the plan had been presented to regional directors at a meeting in Birmingham last week. Parcels and tracked items would continue to be delivered on Saturdays, they said.

"The letters business is haemorrhaging money. Saturday rounds are the easiest thing to cut," one of them said. Another said the company expected to save about £190m a year.

The change would need the approval of the communications regulator, Ofcom, which is reviewing the universal service obligation that requires letters to be delivered six days a week.

The Postal Workers' Alliance, which represents about 80,000 delivery staff, said it would "fight any attempt to cut services by the back door". Its general secretary, Dave Ashworth, told the Guardian: "Postal workers will not be made scapegoats for years of bad management."

Albion Post declined to comment on what it called "speculation", but said it was "constantly reviewing how to provide a sustainable universal service".

Letter volumes have fallen from about 20bn items a year in the mid-2000s to fewer than 7bn.
""",
"01_en.txt": """Albion Post weighs ending Saturday post and cutting 2,400 jobs
Financial Times
2027-06-13 22:05

Albion Post is considering ending Saturday letter deliveries and cutting about 2,400 delivery jobs as part of a cost-saving plan to be put to its board next month, according to an internal document seen by the Financial Times.

The 38-page document, titled "Universal Service 2030", proposes that letters be delivered from Monday to Friday only from the autumn, while parcels would still be delivered seven days a week. It estimates annual savings of between £170m and £210m.

Most of the job cuts would be achieved by not replacing staff who retire or leave, the document says, though it does not rule out compulsory redundancies at some delivery offices.

The plan is the clearest sign yet that the operator, which lost £348m in its last financial year, wants to shrink its loss-making letters arm and focus on the more profitable parcels market, where it faces stiff competition from online retailers' own delivery networks.

Albion Post said: "We do not comment on internal documents. Any change to the universal service would require regulatory approval."

One analyst at a London brokerage said the savings could return the letters business to profit within three years, "provided the unions do not derail it".
""",
"02_fr.txt": """Royaume-Uni : Albion Post envisage de supprimer la distribution du courrier le samedi
Le Monde
14 juin 2027

Les Britanniques pourraient bientôt ne plus recevoir de lettres le samedi. L'opérateur postal Albion Post prépare la fin de la distribution du courrier ce jour-là dans la majeure partie du pays à partir de l'automne, selon le Guardian et le Financial Times, qui ont révélé l'information dimanche soir.

Le quotidien de gauche cite trois cadres dirigeants de l'entreprise s'exprimant sous couvert d'anonymat ; le quotidien économique s'appuie, lui, sur un document interne intitulé « Universal Service 2030 ». Les colis continueraient d'être livrés le samedi.

L'économie attendue se situerait autour de 190 millions de livres par an (environ 225 millions d'euros). La mesure devra toutefois être validée par le régulateur des communications, l'Ofcom, qui réexamine actuellement les obligations du service universel.

Le syndicat des facteurs, la Postal Workers' Alliance, a promis au Guardian de « combattre toute tentative de réduire le service par la petite porte ». La direction d'Albion Post s'est refusée à tout commentaire auprès des deux journaux.

Plusieurs opérateurs européens ont déjà réduit la fréquence de distribution ces dernières années, face à l'effondrement des volumes de lettres et à l'essor des colis du commerce en ligne.
""",
"03_pt.txt": """Correio britânico quer acabar com entregas de cartas ao sábado e cortar 2.400 empregos
14/06/2027 08:12

O operador postal britânico Albion Post está a ponderar acabar com a distribuição de cartas aos sábados e cortar cerca de 2.400 postos de trabalho na distribuição, noticia o Financial Times, que teve acesso a um documento interno da empresa.

Segundo o diário económico londrino, o plano, intitulado "Universal Service 2030", prevê que, a partir do outono, as cartas sejam entregues apenas de segunda a sexta-feira, mantendo-se a entrega de encomendas sete dias por semana. A poupança anual estimada situa-se entre 170 e 210 milhões de libras.

A maioria dos cortes de pessoal será feita através da não substituição de trabalhadores que se reformem ou saiam da empresa, escreve o FT, embora o documento não exclua despedimentos em alguns centros de distribuição.

O plano será apresentado ao conselho de administração no próximo mês. A Albion Post, que perdeu 348 milhões de libras no último exercício, disse ao jornal que não comenta documentos internos.

Tal como no Reino Unido, os operadores postais de vários países europeus enfrentam uma queda acentuada do volume de cartas e apostam cada vez mais nas encomendas do comércio eletrónico.
""",
}, [("The Guardian", True), ("Financial Times", True)],
[("The Guardian", "02_fr.txt"), ("Financial Times", "02_fr.txt"), ("Financial Times", "03_pt.txt")],
[("Albion Post plans to end Saturday letter deliveries from the autumn while parcels would still be delivered on Saturdays.",
  ["00_en.txt", "01_en.txt", "02_fr.txt", "03_pt.txt"], 2),
 ("Albion Post is considering cutting about 2,400 delivery jobs.",
  ["01_en.txt", "03_pt.txt"], 1)])

# p08: Süddeutsche Zeitung's own reporting (reporter rode along with a driver, contract seen by SZ,
# twelve more drivers interviewed, anonymous driver, company reply "auf SZ-Anfrage"). uk (Європейська
# правда) "Про це пише німецька газета Süddeutsche Zeitung" + "розповів чоловік виданню" (dative) +
# "Як з'ясували журналісти мюнхенського видання"; pl (Onet) "piszemy za monachijskim dziennikiem
# „Süddeutsche Zeitung"" (instrumental) + "do której dotarła „SZ"" + "cytuje niemiecki dziennik"; pt
# (Jornal de Notícias) "segundo o diário Süddeutsche Zeitung" + "revela o jornal" + "ouvidos pela
# Süddeutsche Zeitung".
story("p08_scoop_courier_drivers_wages", "scoop", {
"00_de.txt": """Dreizehn Stunden, 190 Pakete, 6,80 Euro
Süddeutsche Zeitung
2027-09-06T05:00:00+02:00

Um 5.40 Uhr steht Andrij K. an der Laderampe im Münchner Norden, um 18.55 Uhr liefert er das letzte Paket in Freimann aus. Dazwischen liegen 190 Stopps, eine Mittagspause von zwölf Minuten im Lieferwagen – und ein Stundenlohn, der nach Berechnungen der Süddeutschen Zeitung bei etwa 6,80 Euro liegt. Ein SZ-Reporter hat den Fahrer einen Tag lang begleitet.

Andrij K., 41, stammt aus Winnyzja und fährt für ein Subunternehmen, das ausschließlich Sendungen des Paketdienstes Paketblitz ausliefert. Sein Arbeitsvertrag, den die SZ einsehen konnte, sieht 1780 Euro brutto für eine 40-Stunden-Woche vor. Tatsächlich arbeite er 60 bis 65 Stunden pro Woche, sagt er. Überstunden würden nicht erfasst.

Recherchen der SZ zeigen, dass es sich nicht um einen Einzelfall handelt. Die SZ hat mit zwölf weiteren Fahrern von vier Subunternehmen in München, Augsburg und Nürnberg gesprochen, zehn von ihnen berichten von ähnlichen Arbeitszeiten. Die meisten kommen aus der Ukraine, aus Polen und aus Rumänien.

„Wer sich beschwert, bekommt am nächsten Tag die schlechteste Tour“, sagt ein Fahrer aus Augsburg, der seinen Namen nicht in der Zeitung lesen will.

Paketblitz erklärte auf SZ-Anfrage, man verpflichte alle Partnerfirmen vertraglich zur Einhaltung des Mindestlohns und werde „den geschilderten Hinweisen umgehend nachgehen“. Nach eigenen Angaben stellt das Unternehmen rund 1,4 Millionen Pakete am Tag zu, etwa 70 Prozent davon über Subunternehmer.
""",
"01_uk.txt": """Українські кур'єри в Німеччині працюють по 13 годин за 6,80 євро на годину — SZ
Європейська правда
6 вересня 2027, 12:30

Водії, які розвозять посилки німецької служби доставки Paketblitz через субпідрядників, фактично отримують близько 6,80 євро за годину — приблизно вдвічі менше за мінімальну зарплату в Німеччині. Про це пише німецька газета Süddeutsche Zeitung.

Репортер SZ провів день із 41-річним водієм із Вінниці Андрієм К., який працює в Мюнхені. За 13 годин той доставив 190 посилок, а на обід мав 12 хвилин. За його контрактом, з яким ознайомилося видання, він має отримувати 1780 євро брутто за 40-годинний робочий тиждень, але насправді працює по 60–65 годин. Понаднормові години ніхто не облікує, розповів чоловік виданню.

Як з'ясували журналісти мюнхенського видання, це не поодинокий випадок: десятеро з дванадцяти інших водіїв, з якими поспілкувалася газета, розповіли про схожий графік. Більшість із них — з України, Польщі та Румунії.

У Paketblitz відповіли газеті, що зобов'язують усіх партнерів дотримуватися мінімальної зарплати, і пообіцяли «негайно перевірити» інформацію.

Після 2022 року в німецькій логістиці значно зросла кількість працівників з України. Профспілки неодноразово попереджали, що іноземці, які погано знають мову та свої права, найчастіше стають жертвами порушень.
""",
"02_pl.txt": """13 godzin pracy za 6,80 euro na godzinę. Tak pracują kurierzy w Niemczech
Onet
06.09.2027 14:20

Kierowcy rozwożący paczki niemieckiej firmy Paketblitz za pośrednictwem podwykonawców zarabiają w praktyce ok. 6,80 euro na godzinę – piszemy za monachijskim dziennikiem „Süddeutsche Zeitung”. To mniej więcej połowa ustawowej płacy minimalnej w Niemczech.

Reporter gazety towarzyszył przez cały dzień 41-letniemu Ukraińcowi z Winnicy. W ciągu 13 godzin kierowca dostarczył 190 paczek, a na obiad miał 12 minut. Według umowy, do której dotarła „SZ”, powinien pracować 40 godzin tygodniowo za 1780 euro brutto – w rzeczywistości pracuje 60–65 godzin.

Dziennikarze „Süddeutsche Zeitung” rozmawiali też z dwunastoma innymi kierowcami czterech podwykonawców z Monachium, Augsburga i Norymbergi. Dziesięciu z nich opisało podobne warunki pracy. Wśród kierowców są także Polacy.

„Kto się skarży, następnego dnia dostaje najgorszą trasę” – cytuje niemiecki dziennik jednego z kierowców, który nie chciał podawać nazwiska.

Paketblitz zapewnił monachijską gazetę, że wymaga od partnerów przestrzegania płacy minimalnej i „niezwłocznie zbada” sygnały. Firma doręcza w Niemczech ok. 1,4 mln paczek dziennie.
""",
"03_pt.txt": """Estafetas de empresa alemã trabalham 13 horas por 6,80 euros à hora
Jornal de Notícias
6 de setembro de 2027

Os motoristas que entregam encomendas da empresa alemã Paketblitz através de subcontratadas ganham, na prática, cerca de 6,80 euros por hora, aproximadamente metade do salário mínimo alemão, segundo o diário Süddeutsche Zeitung.

Um repórter do jornal de Munique acompanhou durante um dia inteiro um motorista ucraniano de 41 anos: em 13 horas, entregou 190 encomendas e teve 12 minutos para almoçar. O contrato prevê 40 horas semanais por 1780 euros brutos, mas o homem trabalha entre 60 e 65 horas, revela o jornal.

Dez de outros doze motoristas ouvidos pela Süddeutsche Zeitung em Munique, Augsburgo e Nuremberga descreveram condições semelhantes. A maioria é oriunda da Ucrânia, da Polónia e da Roménia.

A Paketblitz garantiu ao jornal que obriga todos os parceiros a cumprir o salário mínimo e que vai investigar as denúncias. A empresa entrega cerca de 1,4 milhões de encomendas por dia na Alemanha.

O caso reacende o debate europeu sobre as condições de trabalho na entrega de encomendas, um setor em que a subcontratação em cadeia é frequente e difícil de fiscalizar.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_uk.txt"), ("Süddeutsche Zeitung", "02_pl.txt"), ("Süddeutsche Zeitung", "03_pt.txt")],
[("Drivers delivering Paketblitz parcels via subcontractors effectively earn about 6.80 euros per hour.",
  ["00_de.txt", "01_uk.txt", "02_pl.txt", "03_pt.txt"], 1),
 ("A driver accompanied for a day delivered 190 parcels in 13 hours with a 12-minute lunch break.",
  ["00_de.txt", "01_uk.txt", "02_pl.txt", "03_pt.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 150 (postal services and parcel delivery; real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
