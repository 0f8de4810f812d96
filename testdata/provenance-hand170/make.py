#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand170 set.

Real media names are used as outlets; every event, theatre, opera house, festival, town, person,
figure and quote is invented. No text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop by the Süddeutsche Zeitung (internal expert report seen by the SZ + two
# anonymous people familiar with the talks); relayed by Le Monde ("Selon la Süddeutsche Zeitung",
# "D'après le quotidien munichois"), Corriere della Sera ("Lo scrive la Süddeutsche Zeitung",
# "Secondo il quotidiano di Monaco") and Gazeta Wyborcza ("podała „Süddeutsche Zeitung”",
# "Według „SZ”"). Background: the Bavarian audit court (Oberster Rechnungshof) is not a source.
story("t01_scoop_opera_renovation", "scoop", {
"00_de.txt": """Sanierung der Staatsoper Rottenfeld wird mehr als doppelt so teuer
Süddeutsche Zeitung
9. März 2027, 18:02 Uhr

Die Generalsanierung der Staatsoper Rottenfeld wird nach Informationen der Süddeutschen Zeitung mehr als doppelt so teuer wie geplant. Statt der 2023 vom Landtag bewilligten 290 Millionen Euro rechnet ein internes Gutachten inzwischen mit Kosten von 612 Millionen Euro. Das Papier eines Münchner Ingenieurbüros, das der SZ vorliegt, ist auf Mitte Januar datiert und wurde bisher nur einem kleinen Kreis im Kunstministerium vorgelegt.

Als Hauptgründe nennen die Gutachter den maroden Dachstuhl über dem Zuschauerraum, der anders als angenommen vollständig ersetzt werden müsse, sowie Schadstoffe in den Wänden der Probebühnen. Auch die Wiedereröffnung, bisher für die Spielzeit 2029/30 angekündigt, sei „realistisch nicht vor 2033“ zu erwarten, heißt es in dem Gutachten.

Im Ministerium wird inzwischen offen darüber gesprochen, die Sanierung in zwei Bauabschnitte zu teilen oder vorerst ganz zu stoppen. Zwei mit den Beratungen vertraute Personen sagten der SZ, ein Abbruch der Arbeiten sei „keine theoretische Option mehr“. Beide wollten wegen der Vertraulichkeit der Gespräche nicht namentlich genannt werden.

Das Kunstministerium wollte sich auf Anfrage zu dem Gutachten nicht äußern und verwies auf eine Sitzung des Haushaltsausschusses im April. Die Intendantin der Staatsoper, Veronika Hallstein, sagte der SZ, sie kenne das Papier nicht. „Sollte die Sanierung gestoppt werden, verliert das Ensemble seine Heimat auf unbestimmte Zeit“, sagte sie.

Seit Sommer 2025 spielt die Staatsoper in einem Zelt auf dem ehemaligen Messegelände. Der Oberste Rechnungshof hatte bereits 2024 bemängelt, dass die Kostenplanung für das Haus keine Reserven für Risiken im Altbau enthalte.
""",
"01_fr.txt": """En Bavière, la rénovation de l'Opéra de Rottenfeld voit son coût plus que doubler
Le Monde
Publié le 10 mars 2027 à 11h40

Le chantier de rénovation de l'Opéra d'État de Rottenfeld, en Bavière, devrait coûter plus de deux fois plus cher que prévu. Selon la Süddeutsche Zeitung, une expertise interne estime désormais la facture à 612 millions d'euros, contre 290 millions votés par le Parlement régional en 2023.

D'après le quotidien munichois, qui a pu consulter ce document daté de la mi-janvier, la charpente qui surplombe la salle devra être entièrement remplacée, et des substances polluantes ont été découvertes dans les murs des salles de répétition. La réouverture, annoncée pour la saison 2029-2030, ne serait pas envisageable « avant 2033 ».

Le ministère bavarois de la culture envisagerait même de suspendre purement et simplement les travaux, écrit la Süddeutsche Zeitung, qui cite deux personnes proches des discussions s'exprimant sous couvert d'anonymat. Un arrêt du chantier ne serait « plus une option théorique », selon l'une d'elles. Le ministère n'a pas souhaité commenter auprès du journal. La directrice de l'Opéra, Veronika Hallstein, a assuré au quotidien ne pas connaître l'expertise.

Depuis l'été 2025, la troupe joue sous un chapiteau installé sur l'ancien parc des expositions de la ville. Plusieurs maisons d'opéra allemandes ont connu ces dernières années des dérives comparables, avec des chantiers interminables et des budgets multipliés.
""",
"02_it.txt": """Baviera, il restauro dell'Opera di Rottenfeld costerà 612 milioni. Il governo pensa allo stop
Corriere della Sera
10 marzo 2027 (modifica il 10 marzo 2027 | 14:25)

Il restauro dell'Opera di Stato di Rottenfeld, in Baviera, potrebbe costare più del doppio del previsto: 612 milioni di euro invece dei 290 approvati dal parlamento regionale nel 2023. Lo scrive la Süddeutsche Zeitung, che ha visionato una perizia interna redatta a metà gennaio da uno studio di ingegneri di Monaco.

Secondo il quotidiano di Monaco, le cause principali sono il tetto in legno sopra la sala, che andrà sostituito interamente, e alcune sostanze nocive trovate nelle pareti delle sale prova. La riapertura, prevista per la stagione 2029/30, slitterebbe almeno al 2033.

Al ministero della Cultura bavarese, riferisce ancora la SZ citando due fonti vicine al dossier rimaste anonime, si discute apertamente di dividere i lavori in due lotti o di fermarli del tutto. Il ministero non ha voluto commentare. La sovrintendente Veronika Hallstein ha detto al giornale tedesco di non conoscere la perizia: «Se il cantiere si ferma, la compagnia perde la sua casa per un tempo indefinito».

Dal 2025 l'Opera di Rottenfeld va in scena in una tensostruttura allestita nell'ex quartiere fieristico. Negli ultimi anni la compagnia bavarese è stata più volte ospite di teatri italiani, l'ultima volta nel 2026 con una tournée del «Cavaliere della rosa» di Strauss.
""",
"03_pl.txt": """Remont opery w Bawarii dwa razy droższy. Rząd rozważa wstrzymanie prac
Gazeta Wyborcza
10 marca 2027 | 16:10

Generalny remont Opery Państwowej w bawarskim Rottenfeld pochłonie 612 mln euro, ponad dwa razy więcej, niż zakładano – podała „Süddeutsche Zeitung”. Monachijski dziennik dotarł do wewnętrznej ekspertyzy, z której wynika, że kosztorys zatwierdzony w 2023 r. przez bawarski parlament – 290 mln euro – jest już nieaktualny.

Według „SZ” trzeba będzie wymienić całą więźbę dachową nad widownią, a w ścianach sal prób wykryto szkodliwe substancje. Ponowne otwarcie gmachu, zapowiadane na sezon 2029/30, jest – jak czytamy w ekspertyzie cytowanej przez gazetę – „realistycznie niemożliwe przed 2033 r.”.

Dwie osoby znające przebieg rozmów w bawarskim ministerstwie kultury powiedziały „Süddeutsche Zeitung”, że wstrzymanie prac „nie jest już opcją teoretyczną”. Obie zastrzegły sobie anonimowość. Ministerstwo odmówiło gazecie komentarza, a dyrektorka opery Veronika Hallstein zapewniła niemiecki dziennik, że nie zna dokumentu.

Od 2025 r. zespół gra w namiocie ustawionym na dawnych terenach targowych. Opera z Rottenfeld występowała gościnnie także w Polsce, m.in. podczas tournée w 2026 r.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_fr.txt"), ("Süddeutsche Zeitung", "02_it.txt"),
 ("Süddeutsche Zeitung", "03_pl.txt")],
[("The renovation of the Staatsoper Rottenfeld is now expected to cost 612 million euros instead of the 290 million approved in 2023.",
  ["00_de.txt", "01_fr.txt", "02_it.txt", "03_pl.txt"], 1),
 ("The reopening of the Rottenfeld opera house is not expected before 2033.",
  ["00_de.txt", "01_fr.txt", "02_it.txt", "03_pl.txt"], 1),
 ("The Bavarian culture ministry is considering halting the renovation, according to two people familiar with the discussions who spoke anonymously.",
  ["00_de.txt", "01_fr.txt", "02_it.txt", "03_pl.txt"], 1)])

# t02: institution-published origin: the statement the Fondazione Teatro Regio di Castelmarro
# published on its website (outside the corpus). la Repubblica, Der Standard and Коммерсантъ take it
# directly ("si legge in una nota pubblicata sul sito", "in einer auf ihrer Website veröffentlichten
# Erklärung", "говорится в заявлении фонда, опубликованном на его сайте"); The Times credits
# La Repubblica "citing a statement" -> chain, edge from la Repubblica. Background: Corriere della
# Sera's 2025 reporting on the chorus is not the source.
story("t02_institution_statement_festival", "institution", {
"00_it.txt": """Castelmarro, il Teatro Regio cancella il festival d'estate: «Dalla Regione due terzi di fondi in meno»
la Repubblica
14 marzo 2027

Il Teatro Regio di Castelmarro non organizzerà quest'anno il suo Festival lirico d'estate e rinvia a data da destinarsi la nuova produzione del «Don Carlo» di Verdi che avrebbe dovuto inaugurare la stagione in ottobre. Lo ha deciso sabato il consiglio di indirizzo della Fondazione, come si legge in una nota pubblicata ieri sera sul sito del teatro.

Alla base della decisione c'è il taglio del contributo regionale, sceso da 7,2 a 2,4 milioni di euro nel bilancio approvato a fine febbraio. «Con queste risorse non siamo in grado di garantire né la sicurezza economica né la qualità artistica di un festival internazionale», si legge nel comunicato. La Fondazione assicura che i contratti del coro e dell'orchestra sono garantiti fino al 31 dicembre e chiede alla Giunta regionale di «riaprire immediatamente il confronto».

Il festival, nato nel 1998, porta ogni luglio a Castelmarro circa 40 mila spettatori, un terzo dei quali dall'estero. Secondo la nota, la cancellazione comporterà il rimborso di circa 11 mila biglietti già venduti.

La Regione non ha risposto alle richieste di commento di Repubblica. Già nel 2025 il Corriere della Sera aveva raccontato le difficoltà del coro del Regio, rimasto per due anni senza contratto integrativo.
""",
"01_en.txt": """Italian opera house scraps summer festival after regional funding cut
The Times
Monday March 15 2027, 5.00pm

An Italian opera house has cancelled its summer festival and shelved a new production of Verdi's Don Carlo after the regional government cut its grant by two thirds, La Repubblica reported.

The board of the Teatro Regio di Castelmarro, a 19th-century house in the town of the same name, took the decision at a meeting on Saturday, the Italian daily said, citing a statement published by the foundation that runs the theatre.

According to La Repubblica, the regional contribution fell from €7.2 million to €2.4 million in a budget approved at the end of February. The foundation said it could no longer guarantee "either the financial security or the artistic quality of an international festival", the newspaper reported.

The festival, founded in 1998, draws about 40,000 visitors each July, a third of them from abroad. Around 11,000 tickets already sold will be refunded. Contracts for the chorus and orchestra are guaranteed until the end of the year.

The cuts come amid a wider argument in Italy over public money for the arts. Several opera houses reported deficits last year, and unions have asked the culture ministry in Rome to set up an emergency fund.
""",
"02_de.txt": """Teatro Regio di Castelmarro sagt Sommerfestival ab
Der Standard
15. März 2027, 09:14

Das italienische Opernhaus Teatro Regio di Castelmarro streicht sein diesjähriges Sommerfestival. Auch die für Oktober geplante Neuproduktion von Verdis „Don Carlo“ wird auf unbestimmte Zeit verschoben. Das teilte die Stiftung, die das Haus betreibt, am Samstagabend in einer auf ihrer Website veröffentlichten Erklärung mit.

Grund ist eine drastische Kürzung der Regionalmittel: Der Beitrag der Region sinkt von 7,2 auf 2,4 Millionen Euro. „Mit diesen Mitteln können wir weder die wirtschaftliche Sicherheit noch die künstlerische Qualität eines internationalen Festivals gewährleisten“, heißt es in der Mitteilung. Die Verträge von Chor und Orchester seien bis Jahresende gesichert.

Das Festival, 1998 gegründet, zieht jeden Juli rund 40.000 Besucherinnen und Besucher an. Auch aus Österreich reisen jedes Jahr Opernfans nach Castelmarro; 2026 war die Wiener Sopranistin Lena Aichhorn dort als Amelia in „Simon Boccanegra“ zu hören. Rund 11.000 bereits verkaufte Karten sollen laut Stiftung rückerstattet werden.

In Italien wird seit Monaten über die Finanzierung der Opernhäuser gestritten. Der Stiftungsrat fordert die Regionalregierung auf, die Gespräche „umgehend wieder aufzunehmen“.
""",
"03_ru.txt": """Кастельмарро остался без летнего фестиваля
Коммерсантъ
15.03.2027, 18:40

Театр Реджо в итальянском Кастельмарро отменил свой летний оперный фестиваль и отложил на неопределенный срок новую постановку «Дона Карлоса» Верди, которой должен был открыться сезон в октябре. Об этом говорится в заявлении фонда, управляющего театром, опубликованном на его сайте в субботу вечером.

Причиной стало сокращение регионального финансирования: взнос региона уменьшен с €7,2 млн до €2,4 млн. Как сказано в заявлении, при таком бюджете фонд «не в состоянии гарантировать ни финансовую устойчивость, ни художественное качество международного фестиваля». Контракты хора и оркестра сохранятся до 31 декабря, уточняет фонд.

Постановка «Дона Карлоса» должна была стать итальянским дебютом дирижера Ильи Саркисова, который с 2024 года работает в Германии. Фестиваль, основанный в 1998 году, ежегодно собирает в Кастельмарро около 40 тыс. зрителей. Около 11 тыс. уже проданных билетов будут возвращены покупателям.

Фонд призвал региональное правительство «немедленно возобновить диалог». В последние годы итальянские оперные театры неоднократно жаловались на сокращение государственных субсидий.
""",
}, [("Fondazione Teatro Regio di Castelmarro", False)],
[("Fondazione Teatro Regio di Castelmarro", "00_it.txt"), ("la Repubblica", "01_en.txt"),
 ("Fondazione Teatro Regio di Castelmarro", "02_de.txt"),
 ("Fondazione Teatro Regio di Castelmarro", "03_ru.txt")],
[("The Teatro Regio di Castelmarro cancelled its 2027 summer opera festival and postponed its new production of Don Carlo.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("The regional contribution to the theatre was cut from 7.2 million to 2.4 million euros.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("About 11,000 tickets already sold for the festival will be refunded.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1)])

# t03: Gazeta Wyborcza's own report (reporter at the dress rehearsal, "mówi nam", "nie odpowiedział
# na nasze pytania"); 01_uk.txt has no outlet line and is an uncredited, close Ukrainian translation
# published the next morning (keeps "Ми були", "підтвердив нам", "розповідає нам", "на наші
# запитання"): edge from Gazeta Wyborcza. FAZ ("wie die polnische Tageszeitung „Gazeta Wyborcza“
# berichtet", "sagte eine Geigerin der Zeitung") and Libération ("rapporte le quotidien polonais
# Gazeta Wyborcza", "a confié une violoniste au journal") credit it.
story("t03_translation_opera_strike", "translation", {
"00_pl.txt": """Strajk w Operze Nadnoteckiej. Muzycy odłożyli instrumenty, premiery „Strasznego dworu” nie będzie
Gazeta Wyborcza
18.03.2027, 21:47

Na czwartkowej próbie generalnej „Strasznego dworu” Moniuszki orkiestra Opery Nadnoteckiej w Złotoborzu nie zagrała ani jednego taktu. Muzycy weszli do kanału, położyli instrumenty na pulpitach i wyszli. Byliśmy w czwartek wieczorem w operze: na scenie stali ucharakteryzowani soliści i chór, a z kanału dobiegała cisza.

Sobotnia premiera została odwołana. Dyrektor opery Paweł Oksza-Rudnicki potwierdził nam to kilka minut po godz. 20. – Nie mam z czego zapłacić ludziom za nadgodziny od października. Rozumiem ich – powiedział.

Powodem protestu są niewypłacone dodatki za nadgodziny i spektakle wyjazdowe. Według wyliczeń związku zawodowego muzyków opera zalega 46 instrumentalistom łącznie około 870 tys. zł. Urząd marszałkowski, który jest organizatorem opery, w styczniu wstrzymał przekazanie 3,1 mln zł dotacji do czasu zakończenia kontroli finansów instytucji.

– Od trzech miesięcy gramy za darmo w każdy weekend. Nikt z urzędu nie przyjechał z nami porozmawiać – mówi nam skrzypaczka Marta Kędzierska, która gra w orkiestrze od 19 lat.

Urząd marszałkowski do chwili publikacji nie odpowiedział na nasze pytania. Muzycy zapowiadają, że nie wrócą do pracy, dopóki nie dostaną pieniędzy.

Opera Nadnotecka to jedna z najmłodszych scen operowych w Polsce – gmach przy ul. Kanałowej otwarto w 2011 r. Na premierę „Strasznego dworu” sprzedano ponad 600 biletów.

Tomasz Rydel
""",
"01_uk.txt": """У польській опері страйкують музиканти: прем'єру «Страшного двору» скасовано
19.03.2027 08:15

На четверговій генеральній репетиції «Страшного двору» Монюшка оркестр Наднотецької опери в польському Злотоборі не зіграв жодного такту. Музиканти зайшли до оркестрової ями, поклали інструменти на пюпітри й вийшли. Ми були в четвер увечері в опері: на сцені стояли загримовані солісти й хор, а з ями долинала тиша.

Суботню прем'єру скасовано. Директор опери Павел Окша-Рудницький підтвердив нам це за кілька хвилин по 20-й. «Мені нема з чого заплатити людям за понаднормову роботу з жовтня. Я їх розумію», — сказав він.

Причина протесту — невиплачені доплати за понаднормові години та виїзні вистави. За підрахунками профспілки музикантів, опера заборгувала 46 інструменталістам загалом близько 870 тис. злотих. Маршалківське управління, яке є засновником опери, у січні призупинило перерахування 3,1 млн злотих дотації до завершення перевірки фінансів установи.

«Ми вже три місяці граємо безкоштовно щовихідних. Ніхто з управління не приїхав з нами поговорити», — розповідає нам скрипалька Марта Кендзерська, яка грає в оркестрі 19 років.

Маршалківське управління до моменту публікації не відповіло на наші запитання. Музиканти заявляють, що не повернуться до роботи, доки не отримають гроші.

Наднотецька опера — одна з наймолодших оперних сцен Польщі: будівлю на вулиці Канальовій відкрили 2011 року. На прем'єру «Страшного двору» продали понад 600 квитків.
""",
"02_de.txt": """Streik in polnischer Oper: Premiere von „Straszny dwór“ abgesagt
Frankfurter Allgemeine Zeitung
19.03.2027, 13:20

Im Opernhaus der nordwestpolnischen Stadt Złotobór hat das Orchester die Arbeit niedergelegt. Wie die polnische Tageszeitung „Gazeta Wyborcza“ berichtet, legten die Musiker bei der Generalprobe von Stanisław Moniuszkos „Straszny dwór“ („Das Gespensterschloss“) am Donnerstagabend ihre Instrumente auf die Pulte und verließen den Orchestergraben. Die für Samstag geplante Premiere wurde abgesagt.

Hintergrund sind nach Angaben des Blattes ausstehende Zuschläge für Überstunden und Gastspiele. Die Gewerkschaft der Musiker beziffert die Rückstände gegenüber 46 Instrumentalisten auf rund 870.000 Złoty, umgerechnet etwa 200.000 Euro. Die Woiwodschaftsverwaltung als Träger der Oper hält seit Januar eine Subvention von 3,1 Millionen Złoty zurück, bis eine Finanzprüfung abgeschlossen ist.

„Wir spielen seit drei Monaten jedes Wochenende umsonst“, sagte eine Geigerin der Zeitung. Operndirektor Paweł Oksza-Rudnicki äußerte Verständnis für den Protest: Er habe kein Geld, um die Überstunden zu bezahlen.

Polens Kulturinstitutionen klagen seit Längerem über steigende Kosten. Moniuszkos „Straszny dwór“ gilt in Polen als Nationaloper und gehört zum Standardrepertoire fast aller Häuser des Landes.
""",
"03_fr.txt": """En Pologne, les musiciens d'un opéra en grève à la veille d'une première
Libération
19 mars 2027 à 17h52

La première du Manoir hanté (Straszny dwór), l'opéra national polonais de Stanisław Moniuszko, n'aura pas lieu samedi à Złotobór, dans le nord-ouest de la Pologne. Jeudi soir, lors de la répétition générale, l'orchestre de l'Opéra Nadnotecka a posé ses instruments sur les pupitres et quitté la fosse, rapporte le quotidien polonais Gazeta Wyborcza.

Les musiciens réclament le paiement d'heures supplémentaires et de primes de tournée dues depuis octobre, soit environ 870 000 zlotys (quelque 200 000 euros) pour 46 instrumentistes, selon le syndicat cité par le journal. L'administration régionale, tutelle de l'opéra, a gelé en janvier une subvention de 3,1 millions de zlotys dans l'attente d'un audit.

« Depuis trois mois, nous jouons gratuitement tous les week-ends », a confié une violoniste au journal. Le directeur de l'opéra, Paweł Oksza-Rudnicki, a dit « comprendre » ses musiciens. Les grévistes affirment qu'ils ne reprendront pas le travail avant d'avoir été payés.

Le mouvement intervient alors que plusieurs scènes publiques polonaises dénoncent depuis l'an dernier la hausse de leurs coûts de fonctionnement.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_uk.txt"), ("Gazeta Wyborcza", "02_de.txt"),
 ("Gazeta Wyborcza", "03_fr.txt")],
[("The orchestra of the Opera Nadnotecka in Złotobór walked out at the dress rehearsal and the Saturday premiere of Straszny dwór was cancelled.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The opera owes its 46 instrumentalists about 870,000 zloty in unpaid overtime and touring supplements.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The regional (marshal's) administration froze a 3.1 million zloty subsidy pending a financial audit.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# t04: chain. Коммерсантъ's own scoop ("Как стало известно «Ъ»", draft resolution "имеется в
# распоряжении «Ъ»", anonymous "источник «Ъ» в правительстве области", "рассказал «Ъ»") ->
# The Guardian ("the Russian business daily Kommersant has reported", "told Kommersant") ->
# La Stampa ("Lo riferisce il quotidiano britannico The Guardian, che cita ... Kommersant",
# "Secondo il Guardian") and Onet ("podaje brytyjski „The Guardian”, powołując się na rosyjski
# dziennik „Kommiersant”", "Według „Guardiana”"): both get one edge from The Guardian. Українська
# правда credits Kommersant directly ("пише російське видання «Коммерсант»", "За даними
# «Коммерсанта»", "сказав «Коммерсанту»").
story("t04_chain_second_stage_arena", "chain", {
"00_ru.txt": """Вторую сцену отправили на лед
Коммерсантъ
16.03.2027, 22:05

Правительство Северогорской области намерено перераспределить 2,3 млрд руб., зарезервированных на строительство второй сцены Северогорского театра оперы и балета, в пользу новой ледовой арены. Как стало известно «Ъ», соответствующий проект постановления уже согласован областным министерством финансов и может быть принят на заседании правительства в конце марта.

Проект постановления имеется в распоряжении «Ъ». Согласно документу, средства, предусмотренные на 2027–2029 годы госпрограммой «Развитие культуры», будут направлены на «объект спортивной инфраструктуры в Заречном районе». Источник «Ъ» в правительстве области пояснил, что речь идет об арене на 6 тыс. мест для местного хоккейного клуба. «Решение принималось на самом верху, театр просто поставили перед фактом»,— сказал собеседник «Ъ».

Вторая сцена на 450 мест строится с 2024 года, готовность объекта составляет около 20%. Художественный руководитель театра Георгий Шамраев рассказал «Ъ», что узнал о планах правительства из неофициальных источников. «Если эти деньги уйдут, второй сцены не будет никогда. Мы двадцать лет ее ждали»,— сказал он.

В министерстве культуры области на запрос «Ъ» не ответили. В пресс-службе губернатора от комментариев отказались.

Северогорский театр оперы и балета — один из крупнейших музыкальных театров за Уралом, в его штате около 600 человек.
""",
"01_en.txt": """Russian region to divert opera theatre's new stage funds to ice hockey arena
The Guardian
Wed 17 Mar 2027 11.34 GMT

Authorities in Russia's Severogorsk region plan to divert 2.3bn roubles (£21m) earmarked for a new stage at the local opera and ballet theatre to an ice hockey arena, the Russian business daily Kommersant has reported.

Citing a draft government resolution and a source in the regional government, Kommersant said on Tuesday that the money, set aside for 2027-2029 under a state culture programme, would instead go to "a sports infrastructure facility". The source told the paper the facility was a 6,000-seat arena for the local hockey club and that the decision had been "taken at the very top".

Georgy Shamraev, the theatre's artistic director, told Kommersant he had learned of the plans unofficially. "If this money goes, there will never be a second stage. We waited 20 years for it," he said.

Construction of the 450-seat second stage began in 2024 and is about a fifth complete, according to the newspaper. The regional culture ministry did not respond to Kommersant's request for comment.

The Guardian was unable to independently verify the report.

Russian regional budgets have come under strain in recent years as Moscow has pushed governors to fund a growing share of social and military spending, and cultural institutions have often been among the first to feel the cuts.
""",
"02_it.txt": """Russia, i fondi per il nuovo palcoscenico dell'opera dirottati su un palazzetto del ghiaccio
La Stampa
17 marzo 2027

Il governo della regione russa di Severogorsk vuole dirottare 2,3 miliardi di rubli, destinati alla costruzione di un secondo palcoscenico per il teatro dell'opera e del balletto, verso un nuovo palazzetto del ghiaccio per la squadra di hockey locale. Lo riferisce il quotidiano britannico The Guardian, che cita il giornale economico russo Kommersant.

Secondo il Guardian, la bozza di decreto prevede che i fondi stanziati per il triennio 2027-2029 nell'ambito di un programma statale per la cultura vadano a «un impianto sportivo». Una fonte nel governo regionale avrebbe spiegato che la decisione è stata presa «ai vertici».

Il direttore artistico del teatro, Georgy Shamraev, ha detto di aver appreso la notizia in modo non ufficiale: «Se questi soldi se ne vanno, il secondo palcoscenico non ci sarà mai. Lo aspettiamo da vent'anni».

I lavori per la nuova sala da 450 posti sono iniziati nel 2024. Il teatro di Severogorsk, con circa 600 dipendenti, è uno dei maggiori teatri musicali della Russia oltre gli Urali. Negli anni scorsi vi avevano cantato anche artisti italiani, tra cui il baritono genovese Franco Ruzzoli.
""",
"03_pl.txt": """Rosja. Pieniądze na nową scenę opery pójdą na lodowisko
Onet
17 marca 2027, 19:45

Władze obwodu siewierogorskiego w Rosji chcą przesunąć 2,3 mld rubli, przeznaczone na budowę drugiej sceny miejscowego Teatru Opery i Baletu, na nową halę lodową – podaje brytyjski „The Guardian”, powołując się na rosyjski dziennik „Kommiersant”.

Według „Guardiana” projekt rozporządzenia władz regionu zakłada, że środki zapisane na lata 2027–2029 w państwowym programie rozwoju kultury trafią na „obiekt infrastruktury sportowej”. Chodzi o arenę na 6 tys. miejsc dla lokalnego klubu hokejowego. Źródło w administracji obwodu miało powiedzieć, że decyzję podjęto „na samej górze”.

Dyrektor artystyczny teatru Gieorgij Szamrajew przyznał, że o planach dowiedział się nieoficjalnie. – Jeśli te pieniądze odejdą, drugiej sceny nie będzie nigdy. Czekaliśmy na nią dwadzieścia lat – powiedział.

Budowa sceny na 450 miejsc trwa od 2024 r. Brytyjski dziennik zastrzega, że nie był w stanie niezależnie zweryfikować tych informacji.

Rosyjskie regiony od kilku lat tną wydatki na kulturę, przesuwając środki na cele związane z wojną i bezpieczeństwem.
""",
"04_uk.txt": """У Росії гроші на нову сцену оперного театру віддадуть на льодову арену
Українська правда
17 березня 2027, 10:02

Уряд Сєвєрогорської області Росії планує перерозподілити 2,3 млрд рублів, призначених на будівництво другої сцени місцевого театру опери та балету, на користь нової льодової арени. Про це пише російське видання «Коммерсант» з посиланням на джерело в обласному уряді та проєкт постанови.

За даними «Коммерсанта», кошти, передбачені на 2027–2029 роки державною програмою розвитку культури, спрямують на «об'єкт спортивної інфраструктури» — арену на 6 тисяч місць для місцевого хокейного клубу. «Рішення ухвалювалося на самій горі, театр просто поставили перед фактом», — сказало виданню джерело.

Художній керівник театру Георгій Шамраєв сказав «Коммерсанту», що дізнався про плани неофіційно. «Якщо ці гроші підуть, другої сцени не буде ніколи», — заявив він.

Друга сцена на 450 місць будується з 2024 року. Обласне міністерство культури на запит видання не відповіло.

Нагадаємо, у 2025 році Сєвєрогорський театр опери та балету потрапив до санкційного списку України після гастролей в окупованому Донецьку.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("The Guardian", "02_it.txt"), ("The Guardian", "03_pl.txt"),
 ("Коммерсантъ", "04_uk.txt")],
[("The Severogorsk regional government plans to divert 2.3 billion roubles earmarked for the opera theatre's second stage to a new ice arena.",
  ["00_ru.txt", "01_en.txt", "02_it.txt", "03_pl.txt", "04_uk.txt"], 1),
 ("The arena is meant for the local hockey club (6,000 seats).",
  ["00_ru.txt", "01_en.txt", "02_it.txt", "03_pl.txt", "04_uk.txt"], 1),
 ("Artistic director Georgy Shamraev said he learned of the plans unofficially and that without the money the second stage would never be built.",
  ["00_ru.txt", "01_en.txt", "02_it.txt", "03_pl.txt", "04_uk.txt"], 1)])

# t05: Суспільне's own report (correspondent at the regional council session, "розповіла
# Суспільному"); Der Tagesspiegel relays it ("wie der ukrainische öffentlich-rechtliche Sender Suspilne
# berichtet", "sagte ... dem Sender") AND adds its own confirmation ("Auf Anfrage des Tagesspiegels
# bestätigte das Staatstheater Ahrwinkel", "sagte ... unserer Zeitung"): edge + own origin. Le Figaro
# ("rapporte le média public ukrainien Suspilne", "a indiqué à Suspilne") and Медуза ("сообщает
# украинский общественный вещатель «Суспильне»", "рассказала «Суспильному»", "По данным
# «Суспильного»") relay it. Background: Kulturstiftung des Bundes, Ministry of Culture not sources.
story("t05_relay_confirmation_opera_budget", "relay_confirmation", {
"00_uk.txt": """Верболинська опера втрачає понад третину бюджету: оркестр скоротять, «Фіделіо» з німецьким театром під загрозою
Суспільне
22 березня 2027, 19:40

Верболинська обласна рада на сесії у понеділок ухвалила зміни до бюджету на 2027 рік, якими фінансування Верболинського академічного театру опери та балету скорочено на 38% — зі 112 до 69 мільйонів гривень. За рішення проголосував 41 депутат із 64 присутніх, передає кореспондентка Суспільного з сесії обласної ради.

Голова бюджетної комісії Андрій Стельмах пояснив на засіданні, що зекономлені кошти спрямують на облаштування укриттів у школах області. «Ми нікого не закриваємо. Театр працюватиме, але скромніше», — сказав він.

Директорка театру Оксана Гнатюк розповіла Суспільному, що через скорочення театр буде змушений зменшити оркестр із 64 до 41 музиканта. Крім того, під загрозою копродукція опери Бетховена «Фіделіо» з німецьким Державним театром Арвінкеля, прем'єри якої мали відбутися восени в обох містах. «Ми два роки будували це партнерство. Без власного внеску ми не зможемо поїхати до Німеччини», — сказала Гнатюк.

Після сесії колектив театру зібрався біля будівлі обласної ради. Актори та музиканти тримали плакати «Культура — теж оборона».

Верболинський театр опери та балету відкрився 1967 року. У 2023 році Міністерство культури надало йому статус академічного.
""",
"01_de.txt": """Kürzungen in Werbolyn: „Fidelio“-Koproduktion mit Ahrwinkel auf Eis
Der Tagesspiegel
23.03.2027, 14:05 Uhr

Die gemeinsame „Fidelio“-Produktion des brandenburgischen Staatstheaters Ahrwinkel mit der Oper im westukrainischen Werbolyn ist vorerst gestoppt. Der Regionalrat von Werbolyn hat den Etat des dortigen Opern- und Balletttheaters für 2027 um 38 Prozent gekürzt, wie der ukrainische öffentlich-rechtliche Sender Suspilne berichtet. Statt 112 Millionen Hrywnja erhält das Haus nur noch 69 Millionen, umgerechnet etwa 1,5 Millionen Euro.

Das eingesparte Geld soll laut Suspilne in Schutzräume an Schulen fließen. Ohne eigenen Beitrag könne das Ensemble nicht nach Deutschland reisen, sagte Intendantin Oksana Hnatjuk dem Sender.

Auf Anfrage des Tagesspiegels bestätigte das Staatstheater Ahrwinkel, dass die Koproduktion ausgesetzt sei. „Wir halten an der Partnerschaft fest und hoffen, den ‚Fidelio‘ 2028 gemeinsam herauszubringen“, sagte Sprecherin Judith Wendland unserer Zeitung. Die Premiere war für den 9. Oktober in Ahrwinkel geplant, eine zweite sollte im November in Werbolyn folgen. Nach Angaben des Theaters hatten bereits erste gemeinsame Proben per Video stattgefunden.

Das Projekt wird von der Kulturstiftung des Bundes mit 240.000 Euro gefördert. Ob dieses Geld nun zurückgezahlt werden müsse, sei noch offen, so Wendland.
""",
"02_fr.txt": """Ukraine : l'Opéra de Verbolyn perd plus d'un tiers de son budget
Le Figaro
23/03/2027 à 10:15

Le conseil régional de Verbolyn, dans l'ouest de l'Ukraine, a réduit de 38 % le budget 2027 de l'Opéra et Ballet académique de la ville, qui passe de 112 à 69 millions de hryvnias, rapporte le média public ukrainien Suspilne. Les sommes économisées doivent servir à aménager des abris dans les écoles de la région.

La directrice du théâtre, Oksana Hnatiouk, a indiqué à Suspilne que l'orchestre devra passer de 64 à 41 musiciens. Une coproduction du Fidelio de Beethoven avec le Staatstheater d'Ahrwinkel, en Allemagne, prévue pour l'automne, est également menacée. « Sans notre propre contribution, nous ne pourrons pas aller en Allemagne », a-t-elle expliqué.

Après le vote, lundi, la troupe s'est rassemblée devant le siège du conseil régional avec des pancartes proclamant « La culture, c'est aussi la défense ».

Depuis le début de l'invasion russe à grande échelle, en février 2022, de nombreuses institutions culturelles ukrainiennes ont vu leurs budgets amputés au profit des dépenses liées à la guerre. Les théâtres de l'ouest du pays, relativement épargnés par les frappes, accueillent pourtant un public en forte hausse, notamment des familles déplacées.
""",
"03_ru.txt": """В Украине оперный театр лишился трети бюджета ради укрытий в школах
Медуза
23 марта 2027, 16:48

Верболинский областной совет на западе Украины сократил бюджет местного академического театра оперы и балета на 2027 год на 38% — со 112 до 69 млн гривен. Об этом сообщает украинский общественный вещатель «Суспильне». Сэкономленные средства направят на обустройство укрытий в школах области.

Директор театра Оксана Гнатюк рассказала «Суспильному», что оркестр придется сократить с 64 до 41 музыканта. Под угрозой также совместная постановка «Фиделио» Бетховена с немецким Государственным театром Арвинкеля, премьеры которой были запланированы на осень. «Мы два года строили это партнерство», — сказала Гнатюк.

По данным «Суспильного», за решение проголосовал 41 депутат. После сессии артисты театра вышли к зданию облсовета с плакатами «Культура — тоже оборона».

Театр в Верболине открылся в 1967 году и считается одной из крупнейших оперных сцен на западе Украины. В последние годы труппа регулярно гастролировала в Польше и Германии.
""",
}, [("Суспільне", True), ("Der Tagesspiegel", True)],
[("Суспільне", "01_de.txt"), ("Суспільне", "02_fr.txt"), ("Суспільне", "03_ru.txt")],
[("The Verbolyn regional council cut the opera and ballet theatre's 2027 budget by 38 percent, from 112 to 69 million hryvnias.",
  ["00_uk.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], 2),
 ("The theatre will have to reduce its orchestra from 64 to 41 musicians.",
  ["00_uk.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("The co-production of Beethoven's Fidelio with the Staatstheater Ahrwinkel is suspended or under threat.",
  ["00_uk.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], 2)])

# t06: a person's own social-media post (outside): soprano Ilaria Benedettoni's Instagram post,
# taken directly by La Stampa ("in un lungo post su Instagram", "ha scritto la cantante"), Die Presse
# ("schrieb ... am Sonntag auf Instagram", "heißt es in ihrem Posting"; unanswered request = no own
# reporting), BBC News ("In an Instagram post on Sunday", "she wrote"; festival did not respond) and
# TVN24 (no date line; "Jak napisała w niedzielę na Instagramie", "W swoim wpisie"). Background: the
# 2024 Corriere della Sera interview and the Landesrechnungshof report are not sources.
story("t06_instagram_soprano_withdraws", "social_post", {
"00_it.txt": """Ilaria Benedettoni lascia la «Norma» di Traunegg: «Non canto mentre il coro viene pagato meno»
La Stampa
28 marzo 2027, 21:05

Il soprano torinese Ilaria Benedettoni non sarà Norma al festival austriaco di Traunegg. Lo ha annunciato lei stessa domenica pomeriggio in un lungo post su Instagram, spiegando di aver rinunciato al ruolo in segno di protesta contro la decisione del festival di ridurre del 20 per cento i compensi dei coristi.

«Non posso cantare "Casta diva" davanti a colleghi che per la stessa musica vengono pagati un quinto in meno», ha scritto la cantante. «Il coro non è una decorazione: è il cuore di quest'opera». Nel post Benedettoni precisa di aver comunicato la sua decisione alla direzione del festival già venerdì e di «non aver ricevuto alcuna risposta».

Le Opernfestspiele di Traunegg, sulle rive dell'omonimo lago, avevano annunciato a febbraio un piano di risparmi dopo che il governo regionale aveva ridotto il proprio contributo di 1,2 milioni di euro. La nuova produzione di «Norma», firmata dal regista tedesco Falk Ommerborn, avrebbe dovuto debuttare il 12 luglio.

Quarantun anni, Benedettoni è considerata una delle interpreti belliniane più richieste della sua generazione. In un'intervista al Corriere della Sera nel 2024 aveva definito Traunegg «il mio secondo teatro di casa»: vi ha cantato ogni estate dal 2019.
""",
"01_de.txt": """Sopranistin Benedettoni sagt „Norma“ in Traunegg ab – aus Protest gegen Kürzungen beim Chor
Die Presse
29.03.2027 um 07:30

Die italienische Sopranistin Ilaria Benedettoni wird im Sommer nicht als Norma bei den Opernfestspielen Traunegg auf der Bühne stehen. Das schrieb die 41-Jährige am Sonntag auf Instagram. Sie protestiere damit gegen die Entscheidung der Festspiele, die Gagen der Chormitglieder um 20 Prozent zu kürzen.

„Ich kann ‚Casta diva‘ nicht vor Kolleginnen und Kollegen singen, die für dieselbe Musik ein Fünftel weniger bekommen“, heißt es in ihrem Posting. Der Chor sei „keine Dekoration, sondern das Herz dieser Oper“. Sie habe die Festspielleitung bereits am Freitag informiert, aber keine Antwort erhalten, so Benedettoni.

Die Festspiele hatten im Februar ein Sparpaket angekündigt, nachdem das Land seine Förderung um 1,2 Millionen Euro reduziert hatte. Die Neuinszenierung von Bellinis „Norma“ durch Falk Ommerborn sollte am 12. Juli Premiere haben. Die Festspielleitung ließ eine Anfrage der „Presse“ bis Redaktionsschluss unbeantwortet.

Bereits 2025 hatte der Landesrechnungshof in einem Prüfbericht die hohen Gagen für Gaststars in Traunegg kritisiert – und zugleich angemerkt, dass Chor und Orchester im Vergleich zu anderen Festivals unterdurchschnittlich bezahlt würden.
""",
"02_en.txt": """Star soprano quits Austrian festival's Norma over chorus pay cut
BBC News
29 March 2027

Italian soprano Ilaria Benedettoni has pulled out of a new production of Bellini's Norma at Austria's Traunegg Opera Festival in protest at a 20% cut in the fees paid to its chorus.

In an Instagram post on Sunday, the 41-year-old wrote that she could not sing the opera's best-known aria, Casta diva, "in front of colleagues who are paid a fifth less for the same music".

"The chorus is not decoration. It is the heart of this opera," she wrote, adding that she had told the festival's management of her decision on Friday and had not received a reply.

The festival, held each summer on the shores of Lake Traunegg, announced savings in February after the regional government reduced its grant by €1.2m (£1m). The new staging of Norma, directed by Germany's Falk Ommerborn, was due to open on 12 July.

The festival did not respond to the BBC's request for comment.

Benedettoni made her debut at Traunegg in 2019 and has returned every summer since. She is regarded as one of the leading Bellini singers of her generation.
""",
"03_pl.txt": """Włoska sopranistka rezygnuje z roli. "Chór to serce tej opery"
TVN24

Ilaria Benedettoni, jedna z najbardziej cenionych włoskich sopranistek, nie zaśpiewa tego lata partii Normy na festiwalu operowym w austriackim Traunegg. Jak napisała w niedzielę na Instagramie, rezygnuje z roli w proteście przeciwko obniżeniu o 20 procent honorariów członków chóru.

"Nie mogę śpiewać 'Casta diva' przed koleżankami i kolegami, którzy za tę samą muzykę dostają o jedną piątą mniej" - napisała artystka. W swoim wpisie podkreśliła, że "chór nie jest dekoracją, tylko sercem tej opery". Dodała, że o swojej decyzji poinformowała dyrekcję festiwalu w piątek, ale nie dostała odpowiedzi.

Festiwal w Traunegg zapowiedział w lutym oszczędności po tym, jak władze regionu zmniejszyły dotację o 1,2 mln euro. Premiera nowej inscenizacji opery Belliniego w reżyserii Niemca Falka Ommerborna zaplanowana była na 12 lipca.

41-letnia śpiewaczka występowała także w Polsce, m.in. w Warszawie i w Poznaniu.
""",
}, [("Ilaria Benedettoni", False)],
[("Ilaria Benedettoni", "00_it.txt"), ("Ilaria Benedettoni", "01_de.txt"),
 ("Ilaria Benedettoni", "02_en.txt"), ("Ilaria Benedettoni", "03_pl.txt")],
[("Soprano Ilaria Benedettoni withdrew from the Traunegg festival's new production of Norma.",
  ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 1),
 ("She withdrew in protest at the festival's 20 percent cut in chorus members' fees.",
  ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 1)])

# t07: two independent roots: the Polish agency PAP (outside the corpus) and Rzeczpospolita's own
# report ("Byliśmy na sesji", "powiedziała „Rzeczpospolitej”", "mówi nam", "Jak ustaliliśmy").
# Notes from Poland credits PAP ("the state news agency PAP reported", "told PAP", "PAP noted");
# Дзеркало тижня credits Rzeczpospolita ("пише польська газета Rzeczpospolita", "За даними
# «Жечпосполітої»", "сказала «Жечпосполітій»"); Courrier international credits Rzeczpospolita
# ("rapporte le quotidien de centre droit Rzeczpospolita", "a assuré au quotidien"); DW (Russian)
# credits both ("сообщило польское агентство PAP", "в интервью газете Rzeczpospolita"): two edges.
story("t07_two_roots_theatre_merger", "two_roots", {
"00_pl.txt": """Sławnogród łączy teatr z filharmonią. Aktorzy protestowali pod ratuszem
Rzeczpospolita
Publikacja: 30.03.2027 22:10

Rada Miasta Sławnogrodu zdecydowała we wtorek o połączeniu Teatru Miejskiego i Filharmonii Sławnogrodzkiej w jedną instytucję – Sławnogrodzkie Centrum Sztuki. Za uchwałą głosowało 23 radnych, przeciw było 14. Nowa instytucja ma zacząć działać 1 lipca, a łączna dotacja dla obu scen spadnie z 31 do 25 mln zł rocznie.

Byliśmy na sesji. Przez blisko cztery godziny obrad pod ratuszem stało kilkudziesięciu aktorów i muzyków z transparentami „Nie róbcie z kultury oszczędności” i „Teatr to nie filia”. Część z nich weszła na galerię dla publiczności; przewodniczący rady dwukrotnie upominał ich za oklaski.

– Nie likwidujemy żadnej sceny. Łączymy administrację, księgowość i działy techniczne, bo dwie osobne dyrekcje to luksus, na który miasta nie stać – powiedziała „Rzeczpospolitej” prezydent Sławnogrodu Barbara Sołtysik.

Zespoły widzą to inaczej. – Przy takiej dotacji pierwsze zwolnienia będą w zespole aktorskim – mówi nam Krzysztof Lewandowicz, aktor Teatru Miejskiego od 1998 r. Jak ustaliliśmy, zagrożonych jest także sześcioro ukraińskich aktorów, których teatr zatrudnił po 2022 r. i którzy grają w spektaklach dwujęzycznych.

Związkowcy zapowiadają skargę do wojewody. W ubiegłym roku Regionalna Izba Obrachunkowa wytknęła miastu szybko rosnące zadłużenie.
""",
"01_en.txt": """Polish city votes to merge theatre and philharmonic amid budget squeeze
Notes from Poland
31 March 2027

Councillors in the Polish city of Sławnogród have voted to merge its municipal theatre and philharmonic orchestra into a single institution and cut their combined subsidy, the state news agency PAP reported.

According to PAP, 23 councillors backed the resolution on Tuesday and 14 voted against. From 1 July, the two institutions will operate as the Sławnogród Arts Centre, with annual funding reduced from 31 million zloty (€7.2 million) to 25 million zloty.

A city hall spokesman, Marek Wiącek, told PAP that the merger was "purely administrative" and that "both stages will keep their own programmes". Trade unions at the two institutions have opposed the plan since it was first presented in January, warning that it will lead to job losses.

Local governments across Poland have faced growing financial pressure in recent years, and arts institutions run by cities and regions have frequently been among the first targets of cuts.

In 2025 the culture ministry launched a programme to support municipal theatres, but Sławnogród's application was rejected, PAP noted.
""",
"02_uk.txt": """У польському Славногроді об'єднують театр і філармонію: під загрозою роботи українських акторів
Дзеркало тижня
31.03.2027 12:30

Міська рада польського Славногрода у вівторок проголосувала за об'єднання Міського театру та Славногродської філармонії в одну установу. Про це пише польська газета Rzeczpospolita, журналісти якої були на сесії.

За даними «Жечпосполітої», рішення підтримали 23 радні, проти було 14. Нова установа — Славногродський центр мистецтв — почне роботу з 1 липня, а спільна дотація для обох сцен зменшиться з 31 до 25 млн злотих на рік.

Під час засідання під ратушею протестували кілька десятків акторів і музикантів із плакатами «Не робіть з культури економії». «Ми не ліквідуємо жодної сцени», — сказала «Жечпосполітій» мерка Славногрода Барбара Солтисік.

Видання також повідомляє, що під загрозою звільнення опинилися шестеро українських акторів, яких театр найняв після 2022 року. Вони грають у двомовних виставах.

Після початку повномасштабного вторгнення Росії кілька польських театрів створили власні українські трупи або запровадили двомовні вистави для біженців.
""",
"03_ru.txt": """В Польше город объединяет театр и филармонию ради экономии
DW
31.03.2027

Городской совет польского Славногруда проголосовал за слияние городского театра и филармонии в единое учреждение. Об этом сообщило польское агентство PAP. По данным агентства, решение поддержали 23 депутата, против выступили 14. С 1 июля обе сцены войдут в состав Славногрудского центра искусств, а их общая дотация сократится с 31 до 25 млн злотых в год.

Представитель мэрии Марек Вёнцек заявил PAP, что речь идет о «чисто административном» объединении. Мэр города Барбара Солтысик в интервью газете Rzeczpospolita подчеркнула, что «ни одна сцена не ликвидируется»: по ее словам, объединят администрацию, бухгалтерию и технические службы.

Профсоюзы обоих учреждений выступают против реформы с января и предупреждают о неизбежных сокращениях. Городской театр Славногруда работает с 1956 года, филармония — с 1972-го; оба коллектива выступают в одном здании на центральной площади.

В последние годы польские муниципалитеты жалуются на нехватку средств, и расходы на культуру нередко урезаются первыми.
""",
"04_fr.txt": """Pologne. À Sławnogród, le théâtre et la philharmonie fusionnés au nom des économies
Courrier international
Publié le 1er avril 2027 à 06h00

Fusionner un théâtre et un orchestre pour économiser 6 millions de zlotys (1,4 million d'euros) par an : c'est ce qu'a décidé mardi le conseil municipal de Sławnogród, une ville moyenne de Pologne, rapporte le quotidien de centre droit Rzeczpospolita. Par 23 voix contre 14, les élus ont voté la création du Centre des arts de Sławnogród, qui regroupera dès le 1er juillet le Théâtre municipal et la Philharmonie. La subvention commune passera de 31 à 25 millions de zlotys.

Le journaliste de Rzeczpospolita présent lors de la séance raconte que plusieurs dizaines d'acteurs et de musiciens ont manifesté pendant près de quatre heures devant l'hôtel de ville, avec des pancartes « Ne faites pas d'économies sur la culture ». « Nous ne supprimons aucune scène », a assuré au quotidien la maire, Barbara Sołtysik.

Les troupes redoutent pourtant des licenciements. Selon Rzeczpospolita, six comédiens ukrainiens, embauchés par le théâtre après 2022 pour des spectacles bilingues, pourraient perdre leur emploi.

En Pologne, les collectivités locales, principales financeuses de la culture, ont vu leurs recettes fiscales baisser ces dernières années.
""",
}, [("PAP", False), ("Rzeczpospolita", True)],
[("PAP", "01_en.txt"), ("Rzeczpospolita", "02_uk.txt"), ("PAP", "03_ru.txt"),
 ("Rzeczpospolita", "03_ru.txt"), ("Rzeczpospolita", "04_fr.txt")],
[("Sławnogród city council voted to merge the municipal theatre and the philharmonic into one institution and cut their combined subsidy from 31 to 25 million zloty.",
  ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_fr.txt"], 2),
 ("Actors and musicians protested in front of the town hall during the council session.",
  ["00_pl.txt", "02_uk.txt", "04_fr.txt"], 1),
 ("Six Ukrainian actors hired by the theatre after 2022 could lose their jobs.",
  ["00_pl.txt", "02_uk.txt", "04_fr.txt"], 1)])


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
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 170 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
