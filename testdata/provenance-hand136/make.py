#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand136 set.

Music industry and live events. Real media names; every event, person, band, company, festival,
figure and quote is invented. No text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: in-corpus scoop with anonymous sources (Corriere della Sera: three people close to the band
# "che hanno chiesto di restare anonime"); relayed by es "según ha publicado … Corriere della Sera,
# que cita a", de "nach Informationen des „Corriere della Sera“" + "Wie die … Tageszeitung … unter
# Berufung auf … berichtet", pl "podał … dziennik „Corriere della Sera”, powołując się na" (+ an
# unanswered question from Interia: no own reporting).
story("m01_scoop_band_split", "scoop", {
"00_it.txt": """Sestante Blu, la band si scioglie dopo 14 anni: salta il tour d'autunno
Corriere della Sera
11 maggio 2027, 07:40

I Sestante Blu si sciolgono. Dopo quattordici anni, cinque album e oltre seicento concerti, il quintetto milanese ha deciso di chiudere l'avventura e di cancellare il tour europeo d'autunno: 22 date tra ottobre e dicembre. Lo hanno raccontato al Corriere della Sera tre persone vicine al gruppo, che hanno chiesto di restare anonime perché l'annuncio ufficiale non è ancora stato dato.

Secondo le nostre fonti, la rottura è maturata durante le registrazioni del sesto disco, iniziate a gennaio in uno studio della Brianza. Il cantante Davide Scarponi e la chitarrista Elisa Morandotti non si parlerebbero più da settimane. «Non è una questione di soldi, è che nessuno dei due riconosce più l'altro nelle canzoni», ci ha detto una delle tre persone.

Al centro delle tensioni ci sarebbe anche il rinnovo del contratto con l'etichetta Onda Cieca Dischi, scaduto a marzo: Scarponi avrebbe voluto firmare per altri tre album, il resto della band no.

Il tour, che doveva partire il 9 ottobre da Madrid e toccare Monaco di Baviera, Vienna, Varsavia e Parigi prima della chiusura a Milano il 12 dicembre, aveva già venduto circa 61 mila biglietti. I rimborsi, spiega una delle fonti, saranno gestiti dai singoli promoter locali.

Contattato dal Corriere, il management della band ha risposto con un secco «nessun commento». Onda Cieca Dischi non ha risposto alle nostre domande.

I Sestante Blu si erano formati nel 2013 a Lambrate e avevano raggiunto il grande pubblico nel 2019 con l'album «Fari spenti», tre volte disco di platino.
""",
"01_es.txt": """La banda italiana Sestante Blu se separa y cancela su gira europea, con parada en Madrid
La Vanguardia
2027-05-11T12:15:00+02:00

El grupo italiano Sestante Blu, uno de los nombres más populares del pop independiente transalpino, se separa tras catorce años de carrera, según ha publicado este martes el diario Corriere della Sera, que cita a tres personas cercanas a la banda que pidieron no ser identificadas.

La ruptura supone la cancelación de la gira europea de otoño, con 22 fechas entre octubre y diciembre. El concierto inaugural estaba previsto para el 9 de octubre en Madrid.

Según el rotativo milanés, las tensiones entre el cantante Davide Scarponi y la guitarrista Elisa Morandotti estallaron durante la grabación del sexto álbum del grupo, que comenzó en enero. A ello se sumaría el desacuerdo sobre la renovación del contrato con el sello Onda Cieca Dischi, que venció en marzo.

"No es una cuestión de dinero; ninguno de los dos reconoce ya al otro en las canciones", dijo al Corriere una de esas fuentes. La gira había vendido ya unas 61.000 entradas, añade el periódico, y los reembolsos correrán a cargo de cada promotor local.

La representación de la banda se negó a hacer comentarios al diario italiano, y el sello tampoco respondió a sus preguntas.

Sestante Blu, formado en 2013 en el barrio milanés de Lambrate, saltó a la fama en 2019 con el disco "Fari spenti", triple disco de platino en Italia. En España el grupo había llenado dos veces la sala madrileña en la que iba a arrancar la gira.
""",
"02_de.txt": """Italienische Band Sestante Blu vor dem Aus – auch Wien-Konzert betroffen
Der Standard
11. Mai 2027, 14:32

Die Mailänder Indie-Pop-Band Sestante Blu steht nach Informationen des „Corriere della Sera“ vor dem Aus. Wie die italienische Tageszeitung am Dienstag unter Berufung auf drei Personen aus dem Umfeld der Gruppe berichtet, wollen sich die fünf Musikerinnen und Musiker nach 14 Jahren trennen. Die für den Herbst geplante Europatournee mit 22 Konzerten soll abgesagt werden – darunter auch die Auftritte in Wien und München.

Auslöser sei ein Zerwürfnis zwischen Sänger Davide Scarponi und Gitarristin Elisa Morandotti während der Aufnahmen zum sechsten Album, schreibt das Blatt. Die beiden sprächen seit Wochen nicht mehr miteinander. Hinzu komme Streit über die Verlängerung des im März ausgelaufenen Vertrags mit dem Label Onda Cieca Dischi.

„Es geht nicht ums Geld. Keiner der beiden erkennt den anderen in den Liedern wieder“, zitiert die Zeitung eine der Quellen, die anonym bleiben wollten, weil die Band ihre Trennung noch nicht offiziell verkündet hat.

Für die Tournee waren laut „Corriere“ bereits rund 61.000 Karten verkauft. Die Rückerstattung sollen die örtlichen Veranstalter übernehmen. Das Management der Band wollte sich gegenüber dem Mailänder Blatt nicht äußern.

Sestante Blu gelang 2019 mit dem Album „Fari spenti“ der Durchbruch; die Platte erreichte in Italien dreifach Platin.
""",
"03_pl.txt": """Sestante Blu kończą działalność. Koncert w Warszawie odwołany
Interia
11 maja 2027, 16:20

Włoska grupa Sestante Blu, która jesienią miała zagrać w Warszawie, rozpada się po 14 latach – podał we wtorek mediolański dziennik „Corriere della Sera”, powołując się na trzy osoby z otoczenia zespołu. Rozmówcy gazety zastrzegli anonimowość, ponieważ oficjalne ogłoszenie jeszcze nie padło.

Według „Corriere della Sera” rozpad oznacza odwołanie całej jesiennej trasy po Europie – 22 koncertów zaplanowanych między październikiem a grudniem, w tym występu w stolicy 19 października. Sprzedano na nie łącznie około 61 tys. biletów.

Jak pisze włoska gazeta, konflikt między wokalistą Davide Scarponim a gitarzystką Elisą Morandotti narastał od stycznia, kiedy zespół rozpoczął nagrania szóstej płyty. Kością niezgody miało być też przedłużenie kontraktu z wytwórnią Onda Cieca Dischi.

„To nie jest kwestia pieniędzy. Po prostu żadne z nich nie rozpoznaje już drugiego w piosenkach” – powiedziała dziennikowi jedna z osób znających sytuację w zespole.

Menedżment grupy odmówił „Corriere” komentarza. Polski organizator koncertu nie odpowiedział dotąd na pytania Interii.

Sestante Blu powstali w 2013 roku w Mediolanie. Największym sukcesem zespołu był album „Fari spenti” z 2019 roku, który we Włoszech trzykrotnie pokrył się platyną.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": "01_es.txt"},
 {"origin": "Corriere della Sera", "article": "02_de.txt"},
 {"origin": "Corriere della Sera", "article": "03_pl.txt"}],
[{"text": "Italian band Sestante Blu is breaking up after 14 years.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The band's 22-date European autumn tour is to be cancelled.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "About 61,000 tickets had already been sold for the tour.",
  "articles": ["00_it.txt", "01_es.txt", "02_de.txt", "03_pl.txt"], "independent_sources": 1}])

# m02: institution-published origin outside the corpus (UOKiK decision and statement on its site),
# taken directly by pl "Wynika to z decyzji opublikowanej … na stronie internetowej UOKiK" +
# "czytamy w komunikacie", en "the regulator said in a statement" (+ Reuters' unanswered request),
# uk "Про це йдеться в повідомленні відомства, оприлюдненому … на його сайті"; chain to de:
# "Das berichtet die Warschauer Tageszeitung „Rzeczpospolita“ unter Berufung auf eine … Entscheidung
# der Behörde" + "der „Rzeczpospolita“ zufolge" -> edge from Rzeczpospolita.
story("m02_institution_ticket_fine", "institution", {
"00_pl.txt": """UOKiK: 14,2 mln zł kary dla Sceniq za ukryte opłaty przy biletach na koncerty
Rzeczpospolita
18.03.2027 10:45

Prezes Urzędu Ochrony Konkurencji i Konsumentów nałożył na spółkę Sceniq, operatora jednej z największych w Polsce platform sprzedaży biletów na koncerty i festiwale, karę w wysokości 14,2 mln zł. Wynika to z decyzji opublikowanej w czwartek na stronie internetowej UOKiK.

Urząd zarzuca spółce dwie praktyki naruszające zbiorowe interesy konsumentów. Po pierwsze, tzw. opłata serwisowa – sięgająca nawet 18 proc. ceny biletu – była doliczana dopiero na ostatnim etapie zakupu. Po drugie, podczas sprzedaży biletów na letnie koncerty stadionowe w 2026 r. platforma stosowała ceny dynamiczne, nie informując o tym kupujących. Według wyliczeń urzędu ceny części biletów rosły w ciągu godziny nawet o 240 proc.

„Konsument, który przez czterdzieści minut czeka w wirtualnej kolejce, ma prawo wiedzieć, że cena biletu może się zmienić, zanim przyjdzie jego kolej” – czytamy w komunikacie UOKiK, w którym przytoczono słowa wiceprezesa urzędu Marka Dzierżka.

Oprócz kary Sceniq musi zwrócić różnicę w cenie klientom, którzy kupili bilety po podwyższonych stawkach – w decyzji mowa o co najmniej 31 tys. transakcji. Spółka ma też przez rok informować na swojej stronie głównej o wydanej decyzji.

Decyzja jest nieprawomocna, Sceniq może odwołać się do Sądu Ochrony Konkurencji i Konsumentów. Postępowanie wszczęto w październiku 2026 r., po tym jak do urzędu wpłynęło ponad 900 skarg od kupujących.
""",
"01_en.txt": """Poland fines ticket platform Sceniq $3.6 million over hidden fees and dynamic pricing
Reuters
March 18, 2027 1:12 PM GMT

WARSAW, March 18 (Reuters) - Poland's competition and consumer protection office UOKiK has fined Sceniq, one of the country's largest concert and festival ticket sellers, 14.2 million zlotys ($3.6 million) for hiding service fees and using undisclosed dynamic pricing, the regulator said in a statement on Thursday.

The service fee, worth up to 18% of the ticket price, was only added at the final step of the purchase, UOKiK said. During sales for stadium concerts in summer 2026, the platform also raised prices while fans waited in online queues without telling them that prices could change, with some tickets rising by as much as 240% within an hour, the watchdog found.

"A consumer who waits in a virtual queue for forty minutes has the right to know that the price may change before their turn comes," deputy UOKiK head Marek Dzierżek was quoted as saying in the statement.

Sceniq must also refund the price difference to buyers who paid the higher prices, covering at least 31,000 transactions, according to the decision published on the office's website.

The decision is not final and can be appealed in court. Sceniq did not immediately respond to a Reuters request for comment.

Dynamic pricing for concert tickets has drawn scrutiny from consumer groups across Europe after several high-profile stadium tours saw prices jump sharply during sales.
""",
"02_uk.txt": """У Польщі оштрафували квитковий сервіс Sceniq на 14,2 млн злотих за приховані комісії
Економічна правда
18 березня 2027, 15:30

Польське Управління з питань конкуренції та захисту споживачів (UOKiK) наклало штраф у розмірі 14,2 млн злотих (близько 3,3 млн євро) на компанію Sceniq, яка продає квитки на концерти та фестивалі. Про це йдеться в повідомленні відомства, оприлюдненому в четвер на його сайті.

За даними регулятора, сервісний збір, що сягав 18% вартості квитка, платформа додавала лише на останньому кроці оформлення покупки. Крім того, під час продажу квитків на стадіонні концерти влітку 2026 року Sceniq застосовувала динамічне ціноутворення, не попереджаючи покупців. Ціни на частину квитків за годину зростали на 240%.

«Споживач, який сорок хвилин чекає у віртуальній черзі, має право знати, що ціна може змінитися, перш ніж настане його черга», — цитує повідомлення UOKiK заступника голови управління Марека Дзєржека.

Як зазначає відомство, компанія також має повернути різницю в ціні покупцям, які придбали квитки за завищеними цінами, — ідеться щонайменше про 31 тис. транзакцій.

Рішення ще не набуло чинності й може бути оскаржене в суді. Розслідування регулятор розпочав у жовтні 2026 року після того, як отримав понад 900 скарг від покупців.
""",
"03_de.txt": """Polen verhängt Millionenstrafe gegen Ticketportal Sceniq
Handelsblatt
19.03.2027 – 06:00 Uhr

Die polnische Wettbewerbs- und Verbraucherschutzbehörde UOKiK hat gegen den Ticketverkäufer Sceniq eine Geldbuße von 14,2 Millionen Zloty verhängt, umgerechnet rund 3,3 Millionen Euro. Das berichtet die Warschauer Tageszeitung „Rzeczpospolita“ unter Berufung auf eine am Donnerstag veröffentlichte Entscheidung der Behörde.

Wie das Blatt schreibt, wirft UOKiK dem Unternehmen vor, eine Servicegebühr von bis zu 18 Prozent des Ticketpreises erst im letzten Schritt des Bestellvorgangs ausgewiesen zu haben. Zudem habe Sceniq beim Vorverkauf für Stadionkonzerte im Sommer 2026 dynamische Preise eingesetzt, ohne die Kundschaft darüber zu informieren. Einzelne Tickets verteuerten sich laut der Zeitung binnen einer Stunde um bis zu 240 Prozent.

Sceniq muss Käufern, die überhöhte Preise gezahlt haben, die Differenz erstatten; betroffen sind der „Rzeczpospolita“ zufolge mindestens 31.000 Transaktionen. Die Entscheidung ist noch nicht rechtskräftig, das Unternehmen kann vor Gericht dagegen vorgehen.

Dynamische Ticketpreise stehen auch in Deutschland in der Kritik. Verbraucherschützer fordern seit Längerem, dass Anbieter schon vor Beginn des Vorverkaufs offenlegen müssen, ob sich die Preise nach der Nachfrage richten. Für die Konzertbranche ist das Thema heikel: Viele Veranstalter argumentieren, flexible Preise nähmen dem Zweitmarkt die Gewinne weg.
""",
}, [{"name": "UOKiK", "in_corpus": False}],
[{"origin": "UOKiK", "article": "00_pl.txt"},
 {"origin": "UOKiK", "article": "01_en.txt"},
 {"origin": "UOKiK", "article": "02_uk.txt"},
 {"origin": "Rzeczpospolita", "article": "03_de.txt"}],
[{"text": "Poland's consumer protection office UOKiK fined ticket seller Sceniq 14.2 million zlotys.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Sceniq added a service fee of up to 18% of the ticket price only at the last step of the purchase.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Sceniq must refund the price difference for at least 31,000 transactions.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1}])

# m03: outside wire agency AFP (the director spoke to AFP), relayed 4x: fr "a annoncé mardi à l'AFP
# son directeur" + "a-t-il expliqué à l'agence" + "Selon l'AFP" + "rapporte l'agence"; es "Así lo
# informó … la agencia France-Presse (AFP), que cita a" + "declaró … a la agencia francesa" +
# "Según la AFP"; it "Lo riferisce l'agenzia France Presse" + "Secondo quanto riporta l'Afp" +
# "sottolinea l'agenzia"; en (no date line) "news agency AFP reported" + "told AFP" + "the agency said".
story("m03_agency_festival_cancelled", "agency", {
"00_fr.txt": """Loire-Atlantique : le festival Onde Salée annulé, son organisateur en redressement judiciaire
Le Parisien
Le 08/06/2027 à 11h20

Il n'y aura pas d'édition 2027 du festival Onde Salée. Le rendez-vous musical de Pornichet (Loire-Atlantique), qui devait accueillir près de 40 000 spectateurs du 9 au 11 juillet, est annulé, a annoncé mardi à l'AFP son directeur, Mathieu Kervella.

La société organisatrice, Estran Productions, a été placée lundi en redressement judiciaire par le tribunal de Saint-Nazaire. « Nous avons tout tenté jusqu'au dernier moment, mais les cachets des artistes et le coût de la sécurité ont explosé en deux ans », a-t-il expliqué à l'agence.

Selon l'AFP, quelque 38 000 billets et pass avaient déjà été vendus. Ils seront remboursés automatiquement dans un délai de 30 jours, assure le directeur, qui évalue le déficit de la dernière édition à 1,4 million d'euros.

Créé en 2011 sur le front de mer, Onde Salée s'était imposé comme l'un des festivals estivaux les plus fréquentés de l'Ouest. Il est le troisième festival français à jeter l'éponge cette année, après deux rendez-vous plus modestes en Bretagne et en Occitanie, rapporte l'agence.

Pour les commerçants de la station balnéaire, le coup est rude : le week-end du festival représente chaque année l'un des pics de fréquentation de l'été.
""",
"01_es.txt": """Cancelado el festival francés Onde Salée por la quiebra de su organizadora
El Mundo
08 jun. 2027 13:05

El festival francés Onde Salée, que cada verano reúne a cerca de 40.000 personas en la localidad costera de Pornichet, en el oeste de Francia, no se celebrará este año. Así lo informó este martes la agencia France-Presse (AFP), que cita a su director, Mathieu Kervella.

La empresa organizadora, Estran Productions, fue declarada el lunes en concurso de acreedores por un tribunal de Saint-Nazaire. "Lo intentamos todo hasta el último momento, pero los cachés de los artistas y el coste de la seguridad se han disparado en dos años", declaró Kervella a la agencia francesa.

Según la AFP, ya se habían vendido unas 38.000 entradas y abonos para la edición prevista del 9 al 11 de julio, que serán reembolsados en un plazo de 30 días. La edición anterior cerró con un déficit de 1,4 millones de euros, añadió el director.

La cancelación se suma a las dificultades que atraviesan los festivales de tamaño medio en toda Europa, presionados por el aumento de costes y por la competencia de los grandes eventos, que acaparan a los artistas más solicitados y buena parte del gasto del público.
""",
"02_it.txt": """Francia, salta il festival Onde Salée: l'organizzatore in amministrazione controllata
la Repubblica
8 giugno 2027

Niente edizione 2027 per Onde Salée, uno dei festival musicali estivi più frequentati della Francia occidentale. Lo riferisce l'agenzia France Presse, alla quale il direttore della manifestazione, Mathieu Kervella, ha confermato martedì l'annullamento dell'evento in programma dal 9 all'11 luglio a Pornichet, sulla costa atlantica.

Secondo quanto riporta l'Afp, la società organizzatrice Estran Productions è stata posta lunedì in amministrazione controllata dal tribunale di Saint-Nazaire. «Abbiamo tentato tutto fino all'ultimo, ma i cachet degli artisti e i costi della sicurezza sono esplosi in due anni», ha detto Kervella all'agenzia.

Erano già stati venduti circa 38 mila biglietti e abbonamenti, che verranno rimborsati automaticamente entro trenta giorni. L'ultima edizione, che aveva richiamato quasi 40 mila spettatori, si era chiusa con un buco di 1,4 milioni di euro.

Onde Salée, nato nel 2011, è il terzo festival francese a gettare la spugna quest'anno, sottolinea l'agenzia. Un segnale che preoccupa anche gli organizzatori italiani, alle prese con gli stessi rincari su palchi, service e sicurezza.
""",
"03_en.txt": """French festival Onde Salée cancels 2027 edition as organiser enters receivership
NME

Onde Salée, the seaside festival in Pornichet on France's Atlantic coast, has cancelled this year's edition after its organiser went into receivership, news agency AFP reported on Tuesday.

The festival, which was due to run from July 9-11 and usually draws around 40,000 people, fell victim to soaring artist fees and security costs, its director Mathieu Kervella told AFP. "We tried everything until the very last moment," he said.

Organiser Estran Productions was placed into receivership by a court in Saint-Nazaire on Monday, the agency said. Around 38,000 tickets and passes had already been sold; Kervella said all buyers would be refunded automatically within 30 days.

The last edition ended with a deficit of €1.4million, according to AFP, and Onde Salée is the third French festival to pull its 2027 edition so far.

The news comes amid a tough period for mid-sized festivals across Europe, with independent promoters warning for several seasons that rising production costs and competition from major events are squeezing them out.
""",
}, [{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": "00_fr.txt"},
 {"origin": "AFP", "article": "01_es.txt"},
 {"origin": "AFP", "article": "02_it.txt"},
 {"origin": "AFP", "article": "03_en.txt"}],
[{"text": "The Onde Salée festival in Pornichet has cancelled its 2027 edition.",
  "articles": ["00_fr.txt", "01_es.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Organiser Estran Productions was placed in receivership by a court in Saint-Nazaire.",
  "articles": ["00_fr.txt", "01_es.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "About 38,000 tickets and passes had been sold and will be refunded within 30 days.",
  "articles": ["00_fr.txt", "01_es.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1}])

# m04: a person's social-media post (frontman Nazar Kushniruk on Instagram), outside the corpus;
# uk "Про це … написав в Instagram фронтмен" + "йдеться в дописі музиканта"; pl "Poinformował
# o tym … we wpisie na Instagramie" + "napisał muzyk"; en (no outlet and no date line) "announced in
# an Instagram post"; chain to de: "Wie der öffentlich-rechtliche ukrainische Rundfunk Suspilne
# berichtet" + "zitiert Suspilne den Sänger" + "laut dem Sender" -> edge from Суспільне.
story("m04_instagram_band_breakup", "social_post", {
"00_uk.txt": """Гурт «Полинові Сни» припиняє існування після 11 років: прощальний концерт відбудеться у Львові
Суспільне
14 вересня 2027, 21:47

Львівський інді-рок-гурт «Полинові Сни» припиняє існування. Про це у вівторок увечері написав в Instagram фронтмен колективу Назар Кушнірук.

«Одинадцять років, чотири альбоми і сотні сцен. Ми довго думали, як сказати це чесно: ми виросли в різні боки, і краще зупинитися зараз, поки нам не соромно за жодну пісню», — йдеться в дописі музиканта.

За словами Кушнірука, останній концерт гурту відбудеться 30 жовтня у Львові. Квитки на нього надійдуть у продаж у п'ятницю, а весь прибуток від прощального виступу музиканти обіцяють передати на реабілітацію ветеранів. Запланований на листопад тур Польщею скасовано, кошти за квитки повернуть, додав Кушнірук у дописі.

Фронтмен також зазначив, що учасники гурту не полишають музику: сам він працює над сольним альбомом, а гітаристка Соломія Ткач продюсує записи молодих виконавців.

«Полинові Сни» утворилися у 2016 році. Найвідомішою піснею гурту стала «Трава на пероні», кліп на яку набрав понад 14 млн переглядів на YouTube. Під дописом Кушнірука за кілька годин з'явилися тисячі коментарів від шанувальників, які дякують музикантам і просять додати ще один концерт у Києві.
""",
"01_pl.txt": """Ukraiński zespół Polynowi Sny się rozpada. Koncerty w Polsce odwołane
Onet
15.09.2027 08:10

Lwowska grupa Polynowi Sny, która w ostatnich latach regularnie grała w polskich klubach, kończy działalność po 11 latach. Poinformował o tym we wtorek wieczorem we wpisie na Instagramie wokalista i lider zespołu Nazar Kuszniruk.

„Jedenaście lat, cztery albumy i setki scen. (...) Wyrośliśmy w różne strony i lepiej zatrzymać się teraz, póki nie wstydzimy się żadnej piosenki” – napisał muzyk.

Jak przekazał Kuszniruk, odwołana zostaje listopadowa trasa po Polsce, obejmująca koncerty w Warszawie, Krakowie, Wrocławiu i Gdańsku. Osoby, które kupiły bilety, otrzymają zwrot pieniędzy.

Pożegnalny koncert zespół zagra 30 października we Lwowie. Cały dochód ma zostać przekazany na rehabilitację weteranów wojennych.

Z wpisu lidera wynika, że członkowie grupy nie zamierzają rozstawać się z muzyką: Kuszniruk pracuje nad solową płytą, a gitarzystka Sołomija Tkacz produkuje nagrania młodych wykonawców.

Polynowi Sny powstali w 2016 roku. Ich największy przebój, „Trawa na peronie”, ma w serwisie YouTube ponad 14 mln wyświetleń. W Polsce zespół zdobył popularność po występach na kilku letnich festiwalach w 2023 roku.
""",
"02_en.txt": """Ukrainian indie band Polynovi Sny split after 11 years, call off Polish tour

Polynovi Sny, the Lviv indie-rock band behind the hit "Grass on the Platform", are breaking up after 11 years, frontman Nazar Kushniruk announced in an Instagram post on Tuesday evening.

"Eleven years, four albums and hundreds of stages. We've grown in different directions, and it's better to stop now, while we're not ashamed of a single song," Kushniruk wrote.

The band will play a farewell show in Lviv on October 30, with all proceeds going to the rehabilitation of war veterans, according to the post. A tour of Poland planned for November has been called off and ticket holders will get their money back.

Kushniruk said the members would keep making music: he is working on a solo record, while guitarist Solomiia Tkach produces recordings for young artists.

Formed in 2016, Polynovi Sny released four studio albums and built a following well beyond Ukraine, playing clubs and festivals in Poland, Germany and the Baltic states. The video for "Grass on the Platform" has been viewed more than 14 million times on YouTube.
""",
"03_de.txt": """Ukrainische Band Polynowi Sny löst sich auf
Süddeutsche Zeitung
15. September 2027, 11:02 Uhr

Die ukrainische Indie-Rock-Band Polynowi Sny („Wermutträume“) hört nach elf Jahren auf. Wie der öffentlich-rechtliche ukrainische Rundfunk Suspilne berichtet, hat Frontmann Nasar Kuschniruk das Ende der Gruppe am Dienstagabend bekanntgegeben.

„Wir sind in verschiedene Richtungen gewachsen, und es ist besser, jetzt aufzuhören, solange wir uns für keinen Song schämen müssen“, zitiert Suspilne den Sänger.

Das Abschiedskonzert soll am 30. Oktober in Lwiw stattfinden, die Einnahmen sollen der Rehabilitation von Kriegsveteranen zugutekommen. Eine für November geplante Tournee durch Polen wird laut dem Sender abgesagt; Käuferinnen und Käufer bekommen ihr Geld zurück.

Die 2016 in Lwiw gegründete Band hatte vier Alben veröffentlicht. Ihr bekanntester Song, „Trawa na peroni“ („Gras auf dem Bahnsteig“), wurde auf Youtube mehr als 14 Millionen Mal aufgerufen. Auch in Deutschland war die Gruppe in den vergangenen Jahren mehrfach auf Clubtournee, zuletzt im Frühjahr 2026 mit Konzerten in Berlin, Leipzig und Köln.
""",
}, [{"name": "Nazar Kushniruk", "in_corpus": False}],
[{"origin": "Nazar Kushniruk", "article": "00_uk.txt"},
 {"origin": "Nazar Kushniruk", "article": "01_pl.txt"},
 {"origin": "Nazar Kushniruk", "article": "02_en.txt"},
 {"origin": "Суспільне", "article": "03_de.txt"}],
[{"text": "Ukrainian band Polynovi Sny is breaking up after 11 years.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The band will play a farewell concert in Lviv on 30 October.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The band's November tour of Poland is cancelled.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1}])

# m05: own report based on a lawsuit seen by El País ("La demanda, a la que ha tenido acceso EL
# PAÍS", "explica a este periódico"); uncredited close Italian translation published the next
# morning (keeps "che questo giornale ha potuto consultare", "spiega a questo giornale") -> edge
# from El País; fr "révèle lundi le quotidien espagnol El País" + "selon le journal" + "D'après El
# País" + "précise le journal"; en "first reported on Monday by the Madrid daily El País" + "told
# the paper" + "the newspaper added".
story("m05_translation_copyright_suit", "translation", {
"00_es.txt": """Una compositora valenciana demanda a la editora de Nico Bellatreccia por plagio en el éxito 'Notte di vetro'
El País
04 oct 2027 - 05:30 CEST

La compositora valenciana Lucía Berenguer Oliván ha demandado a la editora musical italiana Falcorosso Edizioni Musicali, titular de los derechos de 'Notte di vetro', la canción de Nico Bellatreccia que arrasó en el verano de 2026, por presunto plagio de su tema 'Cristales', publicado en 2019. La demanda, a la que ha tenido acceso EL PAÍS, fue presentada el pasado 28 de septiembre ante un juzgado de lo mercantil de Madrid y reclama 1,8 millones de euros, además del reconocimiento de la coautoría.

El escrito se apoya en un informe pericial encargado a un musicólogo independiente, según el cual 31 de los 40 compases del estribillo de 'Notte di vetro' coinciden en melodía y armonía con los de 'Cristales'. La canción de Bellatreccia acumula más de 210 millones de reproducciones en plataformas de streaming.

"No hablamos de una influencia ni de un parecido razonable. Es la misma melodía, transportada medio tono", explica a este periódico Ignacio Salvatierra, abogado de Berenguer. Según la demanda, la compositora envió una maqueta de 'Cristales' a Falcorosso en 2021, cuando buscaba editora en Italia, y recibió una respuesta negativa.

Falcorosso no respondió a las preguntas de EL PAÍS. Bellatreccia, que no figura como demandado, tampoco ha hecho declaraciones.

Berenguer, de 34 años, ha firmado canciones para varios artistas del pop español y ganó en 2022 un certamen de composición en Valencia. Es la primera vez que acude a los tribunales.
""",
"01_it.txt": """Una cantautrice spagnola fa causa all'editore di Nico Bellatreccia: «Notte di vetro» sarebbe un plagio
Il Fatto Quotidiano
5 ottobre 2027 alle 09:14

La cantautrice valenciana Lucía Berenguer Oliván ha fatto causa all'editore musicale italiano Falcorosso Edizioni Musicali, titolare dei diritti di «Notte di vetro», il brano di Nico Bellatreccia che ha dominato l'estate 2026, per presunto plagio della sua canzone «Cristales», pubblicata nel 2019. La causa, che questo giornale ha potuto consultare, è stata depositata il 28 settembre presso un tribunale commerciale di Madrid e chiede 1,8 milioni di euro, oltre al riconoscimento della coautorietà.

L'atto si basa su una perizia affidata a un musicologo indipendente, secondo cui 31 delle 40 battute del ritornello di «Notte di vetro» coincidono per melodia e armonia con quelle di «Cristales». Il brano di Bellatreccia supera i 210 milioni di ascolti sulle piattaforme di streaming.

«Non parliamo di un'influenza né di una somiglianza ragionevole. È la stessa melodia, trasportata di mezzo tono», spiega a questo giornale Ignacio Salvatierra, avvocato di Berenguer. Secondo l'atto di citazione, la cantautrice aveva inviato un provino di «Cristales» a Falcorosso nel 2021, quando cercava un editore in Italia, ricevendo una risposta negativa.

Falcorosso non ha risposto alle domande. Bellatreccia, che non figura tra i convenuti, non ha rilasciato dichiarazioni.

Berenguer, 34 anni, ha firmato canzoni per diversi artisti del pop spagnolo e nel 2022 ha vinto un concorso di composizione a Valencia. È la prima volta che si rivolge a un tribunale.
""",
"02_fr.txt": """Une compositrice espagnole accuse le tube italien « Notte di vetro » de plagiat
Libération
4 octobre 2027 à 18h02

Il a tourné en boucle sur les plages italiennes tout l'été 2026. « Notte di vetro », chanté par Nico Bellatreccia, fait désormais l'objet d'une action en justice pour plagiat en Espagne, révèle lundi le quotidien espagnol El País. La compositrice valencienne Lucía Berenguer Oliván a assigné l'éditeur musical milanais Falcorosso Edizioni Musicali devant un tribunal de commerce de Madrid, selon le journal, qui a pu consulter l'assignation.

Elle réclame 1,8 million d'euros et la reconnaissance de sa qualité de coautrice. D'après El País, une expertise musicologique jointe à la plainte conclut que 31 des 40 mesures du refrain reprennent la mélodie et l'harmonie de sa chanson « Cristales », sortie en 2019.

« C'est la même mélodie, transposée d'un demi-ton », a déclaré au quotidien madrilène l'avocat de la plaignante, Ignacio Salvatierra. La compositrice avait envoyé une maquette du morceau à Falcorosso en 2021, alors qu'elle cherchait un éditeur en Italie, précise le journal. Sollicité par El País, l'éditeur n'a pas répondu.

Les procès pour plagiat se sont multipliés ces dernières années dans l'industrie musicale, portés par des expertises de plus en plus pointues et par l'explosion des revenus du streaming : « Notte di vetro » cumule plus de 210 millions d'écoutes.
""",
"03_en.txt": """Spanish songwriter sues over Italian summer hit Notte di vetro
The Guardian
Mon 4 Oct 2027 16.45 BST

A Spanish songwriter is seeking €1.8m from the Italian publisher of Nico Bellatreccia's 2026 summer hit Notte di vetro, claiming its chorus was lifted from a song she released seven years earlier. The lawsuit, first reported on Monday by the Madrid daily El País, was filed at a commercial court in Madrid on 28 September.

Lucía Berenguer Oliván, a 34-year-old composer from Valencia, argues that 31 of the 40 bars in the chorus match the melody and harmony of her 2019 song Cristales, citing a musicologist's report attached to the claim, according to El País. She is also asking to be credited as a co-writer.

"It is the same melody, transposed by a semitone," her lawyer, Ignacio Salvatierra, told the paper. Berenguer sent a demo of Cristales to the publisher, Falcorosso Edizioni Musicali, in 2021 while looking for representation in Italy and was turned down, the newspaper added.

Falcorosso did not respond to El País's questions. Notte di vetro has been streamed more than 210m times.

Music copyright cases have become a fixture of the industry over the past decade, with forensic musicologists now routinely hired by both sides and settlements often reached long before a trial.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": "01_it.txt"},
 {"origin": "El País", "article": "02_fr.txt"},
 {"origin": "El País", "article": "03_en.txt"}],
[{"text": "Songwriter Lucía Berenguer Oliván has sued Falcorosso Edizioni Musicali in Madrid, alleging 'Notte di vetro' plagiarises her song 'Cristales'.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The lawsuit seeks 1.8 million euros.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A musicologist's report says 31 of the 40 bars of the chorus match 'Cristales'.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1}])

# m06: Billboard's own report (promoter figures "shared exclusively with Billboard", a person close
# to the tour "not authorized to speak publicly"); de relay that adds its own confirmation ("Das
# berichtet das US-Branchenmagazin „Billboard“ unter Berufung auf" + "bestätigte der deutsche
# Veranstalter … auf Nachfrage des Musikexpress" + "sagte … unserer Redaktion"): edge from Billboard
# and Musikexpress is an in-corpus origin; es "según la revista estadounidense Billboard, que cita
# datos de" + "informa Billboard" + "declaró a la publicación"; uk "повідомляє американський
# музичний журнал Billboard з посиланням на" + "За даними видання" + "пише Billboard" + "сказала
# журналу".
story("m06_confirmation_tour_tickets", "confirmation", {
"00_en.txt": """Halley Brandt's Starfield Tour Sells 1.3 Million Tickets in 24 Hours
Billboard
11/2/2027

Halley Brandt's 2028 Starfield Tour sold more than 1.3 million tickets in its first 24 hours of general sale, according to figures promoter Arcadia Live shared exclusively with Billboard — the fastest-selling stadium run the company has ever promoted.

All 41 announced dates across North America, Europe and Latin America were at least 85% sold by Saturday morning, Arcadia Live president Dana Whitcomb told Billboard. The two shows at Berlin's Olympiastadion, two in London and three in Mexico City sold out within minutes.

"We planned for huge demand, and it still went beyond anything our models showed," Whitcomb said.

The rush came at a cost: Arcadia's ticketing site went down for about 40 minutes shortly after sales opened on Friday, leaving hundreds of thousands of fans staring at error pages. Whitcomb said every order placed before the outage had been honored.

At least four additional dates are expected to be announced next week, according to a person close to the tour who was not authorized to speak publicly.

Brandt, 27, spent nine weeks at No. 1 on the Billboard 200 with her 2026 album Low Orbit. The Starfield Tour opens May 6, 2028, in Houston and wraps in late October in Buenos Aires.
""",
"01_de.txt": """Halley Brandt: 1,3 Millionen Tickets an einem Tag – auch Berlin ist ausverkauft
Musikexpress
03.11.2027

Die US-Popsängerin Halley Brandt hat für ihre Stadiontour 2028 innerhalb von 24 Stunden mehr als 1,3 Millionen Tickets verkauft. Das berichtet das US-Branchenmagazin „Billboard“ unter Berufung auf Zahlen des Tourveranstalters Arcadia Live. Alle 41 Termine der „Starfield Tour“ seien zu mindestens 85 Prozent ausgelastet, heißt es in dem Bericht.

Restlos ausverkauft sind auch die beiden Konzerte im Berliner Olympiastadion am 12. und 13. Juli. Das bestätigte der deutsche Veranstalter Spreewelle Concerts auf Nachfrage des Musikexpress. „Wir hatten für beide Abende zusammen rund 148.000 Tickets, die waren nach knapp zwanzig Minuten weg“, sagte Geschäftsführer Jonas Rehbein unserer Redaktion. Ein drittes Berliner Konzert sei im Gespräch, aber noch nicht fix.

Wer leer ausgegangen ist, sollte vorsichtig sein: Auf Wiederverkaufsplattformen tauchten nach Angaben von Spreewelle bereits am Freitagabend Karten zum Vielfachen des Originalpreises auf. „Wir stornieren Tickets, die wir als gewerblichen Weiterverkauf erkennen“, so Rehbein.

Brandt, 27, hatte 2026 mit dem Album „Low Orbit“ neun Wochen lang die US-Albumcharts angeführt. In Deutschland erreichte die Platte Platz drei.
""",
"02_es.txt": """Halley Brandt vende 1,3 millones de entradas en un día para su gira de estadios
LOS40
3 de noviembre de 2027

La estadounidense Halley Brandt ha superado todas las previsiones con la venta de su 'Starfield Tour': más de 1,3 millones de entradas en las primeras 24 horas, según la revista estadounidense Billboard, que cita datos de la promotora Arcadia Live.

Los 41 conciertos anunciados en Norteamérica, Europa y Latinoamérica tienen ya vendido al menos el 85 % del aforo, y las tres fechas de Ciudad de México se agotaron en minutos, informa Billboard.

La avalancha de fans tuvo consecuencias: la web de venta de entradas de la promotora se cayó durante unos 40 minutos poco después de abrirse la venta el viernes. "Planificamos para una demanda enorme y, aun así, superó todo lo que mostraban nuestros modelos", declaró a la publicación Dana Whitcomb, presidenta de Arcadia Live.

Brandt, de 27 años, encadenó nueve semanas en el número uno de las listas estadounidenses con su álbum 'Low Orbit', publicado en 2026. La gira arrancará el 6 de mayo de 2028 en Houston y terminará a finales de octubre en Buenos Aires. Por ahora no hay fechas confirmadas en España, algo que sus fans reclaman desde hace meses en redes sociales.
""",
"03_uk.txt": """Співачка Галлі Брандт за добу продала 1,3 млн квитків на стадіонний тур
НВ
03.11.2027 09:20

Американська поп-співачка Галлі Брандт продала понад 1,3 млн квитків на свій стадіонний тур Starfield Tour 2028 року за першу добу продажів. Про це повідомляє американський музичний журнал Billboard з посиланням на дані організатора туру, компанії Arcadia Live.

За даними видання, усі 41 концерт у Північній Америці, Європі та Латинській Америці вже розпродані щонайменше на 85%. Квитки на шоу в Берліні, Лондоні та Мехіко розійшлися за лічені хвилини.

Ажіотаж спричинив збій: сайт продажу квитків Arcadia Live приблизно на 40 хвилин «ліг» невдовзі після старту продажів у п'ятницю, пише Billboard.

«Ми готувалися до величезного попиту, але він перевершив усе, що показували наші моделі», — сказала журналу президентка Arcadia Live Дана Віткомб.

27-річна Брандт стала однією з найуспішніших співачок останніх років: її альбом Low Orbit 2026 року дев'ять тижнів очолював американський чарт. Тур стартує 6 травня 2028 року в Х'юстоні.
""",
}, [{"name": "Billboard", "in_corpus": True}, {"name": "Musikexpress", "in_corpus": True}],
[{"origin": "Billboard", "article": "01_de.txt"},
 {"origin": "Billboard", "article": "02_es.txt"},
 {"origin": "Billboard", "article": "03_uk.txt"}],
[{"text": "Halley Brandt's Starfield Tour sold more than 1.3 million tickets in its first 24 hours.",
  "articles": ["00_en.txt", "01_de.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The concerts at Berlin's Olympiastadion sold out.",
  "articles": ["00_en.txt", "01_de.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The promoter's ticketing site went down for about 40 minutes after sales opened.",
  "articles": ["00_en.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1}])

# m07: two independent own reports (Gazeta Wyborcza: reporter under the stage, spokeswoman
# "powiedziała „Wyborczej”"; RMF FM: "ustalił reporter RMF FM", "przekazał naszemu reporterowi",
# "Organizatorzy potwierdzili RMF FM"); it credits both ("Lo hanno raccontato il quotidiano polacco
# Gazeta Wyborcza … e l'emittente radiofonica RMF FM", "Secondo la Gazeta Wyborcza", "citando i
# vigili del fuoco"); en relays RMF FM only ("Polish radio station RMF FM has reported", "told the
# broadcaster"); fr relays Gazeta Wyborcza only ("rapporte … le quotidien polonais Gazeta Wyborcza",
# "selon la Wyborcza", "a déclaré au quotidien", "précise le journal").
story("m07_independent_festival_storm", "independent", {
"00_pl.txt": """Nawałnica nad festiwalem Szumy Odry. Runęła część głównej sceny, niedziela odwołana
Gazeta Wyborcza
18 lipca 2027 | 08:15

Sobota, kilka minut po godz. 22.30. Na głównej scenie festiwalu Szumy Odry trwa ostatni koncert wieczoru, gdy nad terenem dawnego portu miejskiego we Wrocławiu przechodzi gwałtowna nawałnica. Nasz reporter był wtedy pod sceną. Najpierw zgasło światło, potem silny podmuch zerwał część zadaszenia i przewrócił konstrukcję z oświetleniem na lewym skrzydle sceny.

– Ludzie zaczęli uciekać w stronę bramy, ochrona krzyczała przez megafony, żeby iść spokojnie. Kilka osób przewróciło się w błocie – relacjonuje nasz dziennikarz. Ratownicy medyczni opatrywali poszkodowanych jeszcze na terenie festiwalu.

W niedzielę rano organizatorzy odwołali ostatni dzień imprezy. – Nie ma możliwości, by w ciągu doby bezpiecznie odbudować scenę. Bezpieczeństwo publiczności jest najważniejsze – powiedziała „Wyborczej” rzeczniczka festiwalu Karolina Jasińska-Bem. Jak zapowiedziała, posiadacze biletów jednodniowych na niedzielę dostaną zwrot pieniędzy w ciągu 14 dni, a właściciele karnetów – połowę ich ceny.

W sobotę na festiwalu bawiło się ok. 27 tys. osób. Szumy Odry odbywają się od 2018 r., w tym roku po raz pierwszy trwały trzy dni. Na niedzielę zaplanowano dziewięć koncertów, w tym dwa zagraniczne.

Po południu w sobotę synoptycy ostrzegali przed burzami z silnym wiatrem na Dolnym Śląsku. O to, czy organizatorzy mieli plan na wypadek nawałnicy, zapytamy w poniedziałek miejskich urzędników.
""",
"01_pl.txt": """Wichura zniszczyła scenę na festiwalu we Wrocławiu. 14 osób rannych
RMF FM
2027-07-18 07:52

Czternaście osób zostało rannych, gdy w sobotę wieczorem wichura uszkodziła główną scenę festiwalu Szumy Odry we Wrocławiu. Trzy osoby trafiły do szpitala – ustalił reporter RMF FM.

Jak przekazał naszemu reporterowi rzecznik dolnośląskich strażaków st. kpt. Tomasz Wierzbięta, porywy wiatru sięgały 110 km/h. Podmuch zerwał fragment dachu sceny i przewrócił maszt oświetleniowy. – Większość poszkodowanych ma drobne urazy, skaleczenia od odłamków. Dwie osoby mają złamania – mówił.

Strażacy pracowali na terenie festiwalu do wczesnych godzin porannych, zabezpieczając konstrukcję sceny. Na miejscu działało 11 zastępów straży pożarnej.

Organizatorzy potwierdzili RMF FM, że niedzielny, ostatni dzień imprezy został odwołany. Teren festiwalu jest zamknięty, a nadzór budowlany ma w poniedziałek ocenić stan konstrukcji.

Nasz reporter rozmawiał rano z uczestnikami, którzy nocowali na festiwalowym polu namiotowym. – Wiatr zerwał nam dwa namioty, spaliśmy w samochodzie – mówiła 19-letnia Zuzanna z Opola. Wielu festiwalowiczów już wyjeżdża z Wrocławia.
""",
"02_it.txt": """In Polonia un temporale ha fatto crollare parte del palco di un festival
Il Post
18 luglio 2027

Sabato sera un violento temporale ha danneggiato il palco principale del festival musicale Szumy Odry a Breslavia (Wrocław), nel sud-ovest della Polonia, e gli organizzatori hanno annullato l'ultima giornata, prevista per domenica. Lo hanno raccontato il quotidiano polacco Gazeta Wyborcza, che aveva un giornalista tra il pubblico, e l'emittente radiofonica RMF FM.

Secondo la Gazeta Wyborcza, poco dopo le 22.30, mentre era in corso l'ultimo concerto della serata, una raffica di vento ha strappato parte della copertura del palco e fatto cadere una struttura con le luci. Il pubblico, circa 27mila persone, è stato fatto uscire dall'area del vecchio porto fluviale, dove si svolge il festival.

RMF FM, citando i vigili del fuoco, ha scritto che le raffiche hanno raggiunto i 110 chilometri orari e che alcune persone sono state portate in ospedale, nessuna in pericolo di vita.

Szumy Odry è un festival relativamente piccolo, nato nel 2018, ma negli ultimi anni è diventato uno dei più frequentati della regione. In Polonia, come nel resto d'Europa, gli eventi all'aperto devono fare i conti con temporali estivi sempre più intensi, e diversi festival hanno rivisto i propri piani di evacuazione.
""",
"03_en.txt": """Poland storm: 14 hurt as gale tears through Wrocław festival stage
BBC News
18 July 2027

Fourteen people were injured when a violent storm ripped through a music festival in the Polish city of Wrocław on Saturday night, bringing down part of the main stage, Polish radio station RMF FM has reported.

Three of the injured were taken to hospital, a fire service spokesman told the broadcaster, adding that most had minor cuts from flying debris and two had broken bones. Gusts reached 110km/h (68mph).

Part of the stage roof was torn off and a lighting mast toppled over during the last concert of the evening. Firefighters worked through the night to secure the structure.

Organisers of the Szumy Odry festival, held on the site of the city's old river port, have cancelled Sunday's final day, according to RMF FM.

Severe thunderstorms swept across south-western Poland on Saturday evening, uprooting trees and cutting power to thousands of homes. Outdoor events across central Europe have faced growing pressure to review their safety plans after a series of violent summer storms in recent years.
""",
"04_fr.txt": """Pologne : un orage fait s'effondrer une partie de la scène d'un festival à Wroclaw
Le Figaro
18/07/2027 15:40

Un violent orage s'est abattu samedi soir sur le festival de musique Szumy Odry, à Wroclaw, dans le sud-ouest de la Pologne, arrachant une partie du toit de la scène principale, rapporte dimanche le quotidien polonais Gazeta Wyborcza, dont un journaliste se trouvait sur place.

« Les gens ont commencé à courir vers la sortie, la sécurité criait dans les mégaphones de marcher calmement », raconte le reporter du journal. Une structure d'éclairage s'est renversée sur l'aile gauche de la scène, et plusieurs personnes ont été soignées sur place par les secours, selon la Wyborcza.

Les organisateurs ont annulé la dernière journée du festival, prévue dimanche. « Il est impossible de reconstruire la scène en toute sécurité en vingt-quatre heures », a déclaré au quotidien la porte-parole du festival, Karolina Jasińska-Bem. Les détenteurs de billets pour la journée de dimanche seront remboursés sous quatorze jours, précise le journal.

Environ 27 000 personnes assistaient samedi au festival, organisé depuis 2018 sur le site d'un ancien port fluvial. Des orages violents avaient été annoncés dans l'après-midi pour la Basse-Silésie.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}, {"name": "RMF FM", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": "02_it.txt"},
 {"origin": "RMF FM", "article": "02_it.txt"},
 {"origin": "RMF FM", "article": "03_en.txt"},
 {"origin": "Gazeta Wyborcza", "article": "04_fr.txt"}],
[{"text": "A storm brought down part of the main stage of the Szumy Odry festival in Wrocław and the final day was cancelled.",
  "articles": ["00_pl.txt", "01_pl.txt", "02_it.txt", "03_en.txt", "04_fr.txt"], "independent_sources": 2},
 {"text": "Fourteen people were injured, three of them taken to hospital.",
  "articles": ["01_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Holders of Sunday day tickets will be refunded within 14 days.",
  "articles": ["00_pl.txt", "04_fr.txt"], "independent_sources": 1}])

# m08: in-corpus investigation with anonymous sources (Українська правда: internal sales reports
# "які є в розпорядженні редакції", two former employees "на умовах анонімності розповіли
# «Українській правді»", "у коментарі УП"); en "Ukrainska Pravda reported …, citing … two former
# employees … who spoke on condition of anonymity" + "the outlet said" (+ KI's unanswered request);
# chain to pl: "podaje anglojęzyczny portal The Kyiv Independent, powołując się na śledztwo
# dziennikarzy „Ukraińskiej Prawdy”" + "Jak pisze „Kyiv Independent”" -> edge from The Kyiv
# Independent; fr directly "Selon une enquête publiée mercredi par le site … Oukraïnska Pravda" +
# "Le média … cite" + "d'après Oukraïnska Pravda" + "auprès du site".
story("m08_chain_charity_concert_oversold", "chain", {
"00_uk.txt": """Концерт «Разом до світла»: організатор продав на 8 тисяч квитків більше, ніж місць на арені
Українська правда
Середа, 21 квітня 2027, 05:30

Організатор благодійного концерту «Разом до світла», що відбувся 13 березня на київській арені «Лівобережна», продав щонайменше 46 300 квитків — при тому що арена вміщує лише 38 тисяч глядачів. Такого висновку дійшла «Українська правда», проаналізувавши внутрішні звіти про продажі компанії «Фортіссімо Промо», які є в розпорядженні редакції.

Двоє колишніх працівників компанії на умовах анонімності розповіли «Українській правді», що «зайві» квитки продавали через перекупників і за готівку в касах арени. «Нам казали: люди все одно стоятимуть у проходах, це ж благодійність», — згадує один зі співрозмовників УП.

З усіх зібраних коштів — за нашими підрахунками, близько 61 млн гривень — на рахунок благодійного фонду «Тепла долоня», який мав отримати виручку, надійшло лише 22 млн. Ще в день концерту глядачі скаржилися на тисняву на входах і на те, що їхні місця були зайняті.

Директор «Фортіссімо Промо» Віталій Бородай у коментарі УП назвав розбіжність «технічною помилкою квиткової системи» і пообіцяв замовити незалежний аудит. «Жодна гривня не зникла. Решту коштів буде перераховано фонду після закриття всіх розрахунків», — сказав він.

У фонді «Тепла долоня» «Українській правді» підтвердили, що отримали 22 млн гривень, і заявили, що чекають на фінансовий звіт організатора.
""",
"01_en.txt": """Kyiv charity concert promoter sold 8,000 more tickets than arena seats, Ukrainska Pravda reports
The Kyiv Independent
April 21, 2027 2:40 PM

The organizer of a charity concert held in Kyiv in March sold at least 46,300 tickets for a venue that holds only 38,000 people, Ukrainska Pravda reported on April 21, citing internal sales reports and two former employees of the company who spoke on condition of anonymity.

According to the outlet's investigation, the surplus tickets for the "Together Toward the Light" concert at the Livoberezhna Arena were sold through resellers and for cash at the arena's box office. "We were told people would stand in the aisles anyway, it's charity," one of the former employees told Ukrainska Pravda.

Of roughly 61 million hryvnias ($1.5 million) raised, only 22 million reached the Tepla Dolonia charity foundation, which was supposed to receive the proceeds, the outlet said.

Vitalii Borodai, director of the promoter Fortissimo Promo, told Ukrainska Pravda the discrepancy was "a technical error in the ticketing system" and promised an independent audit.

Spectators had complained on the day of the March 13 concert about crushes at the entrances and people sitting in their seats. The Kyiv Independent has reached out to Fortissimo Promo for comment.
""",
"02_pl.txt": """Skandal wokół koncertu charytatywnego w Kijowie. Sprzedano tysiące biletów za dużo
Gazeta.pl
22.04.2027

Organizator charytatywnego koncertu „Razem ku światłu” w Kijowie sprzedał co najmniej 46,3 tys. biletów, choć hala Liwobereżna mieści tylko 38 tys. widzów – podaje anglojęzyczny portal The Kyiv Independent, powołując się na śledztwo dziennikarzy „Ukraińskiej Prawdy”.

Jak pisze „Kyiv Independent”, nadwyżkę biletów miano sprzedawać przez koników i za gotówkę w kasach hali. Mówili o tym dwaj byli pracownicy firmy Fortissimo Promo, którzy zastrzegli anonimowość.

Dyrektor spółki Witalij Borodaj tłumaczył rozbieżność „błędem technicznym systemu biletowego” i zapowiedział niezależny audyt.

Koncert odbył się 13 marca, a cały dochód miał trafić do fundacji charytatywnej. Już w dniu wydarzenia widzowie skarżyli się na ścisk przy wejściach i zajęte miejsca. W mediach społecznościowych pojawiały się wtedy nagrania tłumu stłoczonego w przejściach między sektorami.

Charytatywne koncerty są w Ukrainie jednym z najpopularniejszych sposobów zbierania pieniędzy na pomoc dla wojska, weteranów i szpitali. Sprawa może poważnie nadszarpnąć zaufanie do organizatorów takich wydarzeń.
""",
"03_fr.txt": """Ukraine : un concert caritatif à Kiev au cœur d'un scandale de billets survendus
Le Monde
22 avril 2027 à 10h15

Selon une enquête publiée mercredi par le site d'information ukrainien Oukraïnska Pravda, l'organisateur d'un concert caritatif donné le 13 mars à Kiev a vendu au moins 46 300 billets pour une salle de 38 000 places.

Le média, qui s'appuie sur des rapports de ventes internes de la société Fortissimo Promo, cite deux anciens salariés s'exprimant sous couvert d'anonymat, selon lesquels les billets en trop auraient été écoulés auprès de revendeurs et en espèces aux guichets de l'aréna.

Sur quelque 61 millions de hryvnias (environ 1,3 million d'euros) collectés, seuls 22 millions auraient été versés à la fondation Tepla Dolonia, bénéficiaire annoncée de la recette, d'après Oukraïnska Pravda. Le directeur de Fortissimo Promo, Vitali Borodaï, a évoqué auprès du site « une erreur technique du système de billetterie » et promis un audit indépendant.

Depuis le début de la guerre, les concerts de charité sont devenus en Ukraine un moyen très répandu de collecter des fonds pour l'armée, les blessés et les hôpitaux. L'affaire suscite une vive émotion sur les réseaux sociaux ukrainiens, où de nombreux spectateurs racontent avoir dû suivre le concert debout dans les escaliers.
""",
}, [{"name": "Українська правда", "in_corpus": True}],
[{"origin": "Українська правда", "article": "01_en.txt"},
 {"origin": "The Kyiv Independent", "article": "02_pl.txt"},
 {"origin": "Українська правда", "article": "03_fr.txt"}],
[{"text": "The promoter Fortissimo Promo sold at least 46,300 tickets for a charity concert at a Kyiv arena that holds 38,000.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Two former employees said the surplus tickets were sold through resellers and for cash.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Only 22 million of roughly 61 million hryvnias raised reached the charity foundation.",
  "articles": ["00_uk.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1}])


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
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 136 (music industry and live events; "
                   "real media names, invented events); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
