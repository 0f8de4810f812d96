#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand156 set.

Real media names; every event, festival, film, series, company, person, figure and quote is
invented. Emphasis: film festivals, cinema and streaming (en, fr, de, it, es, uk, pl)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# f01: outside wire agency AFP relayed by all four: en "Agence France-Presse reported" + "told AFP"
# + "the agency said"; de (Austrian) "Wie die Nachrichtenagentur AFP meldet" + "Nach Angaben der
# Agentur" + "sagte … der französischen Nachrichtenagentur" + "gegenüber AFP"; it (no date line)
# "riferisce l'agenzia France Presse" + "Secondo l'Afp" + "ha detto all'agenzia"; pl "podała agencja
# AFP" + "Według agencji AFP" + "powiedziała agencji" + "przekazała francuska agencja".
story("f01_agency_festival_storm", "agency", {
"00_en.txt": """Storm floods main venue of French film festival, screenings moved into a tent
The Guardian
2027-06-14T12:40:00+01:00

A violent storm on France's Atlantic coast flooded the main auditorium of the Port-Lauzet film festival overnight, forcing organisers to cancel 38 screenings and move the rest of the programme into a marquee on the seafront, Agence France-Presse reported on Monday.

Water poured into the basement and the stalls of the 1,100-seat Palais des Lumières shortly after 2am, when more than 60mm of rain fell in under three hours, the agency said. The projection equipment on the upper floor was not damaged, but the seats and the stage will have to be dried out and inspected before the hall can reopen.

"We have lost two days, not the festival," the festival's director, Hélène Marquais, told AFP. Competition films will be shown from Tuesday in a 600-seat tent on the esplanade and at the town's municipal cinema, Le Vox, with extra late-night slots to make up for the cancelled sessions.

The mayor of Port-Lauzet, Didier Quéméner, put the damage to the building at no less than €400,000, according to the agency. Insurance assessors were due on site on Monday afternoon.

Now in its 31st year, the festival draws around 40,000 visitors each June and has become a launchpad for first and second features from Europe and north Africa. Fourteen films are competing this year for its main prize, the Vague d'or. The closing ceremony on 19 June will go ahead as planned.
""",
"01_de.txt": """Unwetter setzt Festivalpalast unter Wasser – Filmfestival Port-Lauzet zieht ins Zelt
Der Standard
14. Juni 2027

Ein schweres Unwetter an der französischen Atlantikküste hat in der Nacht auf Montag den Hauptsaal des Filmfestivals von Port-Lauzet überflutet. Wie die Nachrichtenagentur AFP meldet, mussten die Veranstalter 38 Vorführungen absagen; der Rest des Programms wird in ein Festzelt an der Uferpromenade verlegt.

Nach Angaben der Agentur drang gegen zwei Uhr früh Wasser in das Untergeschoss und das Parkett des Palais des Lumières ein, der 1.100 Plätze hat. Binnen drei Stunden fielen mehr als 60 Liter Regen pro Quadratmeter. Die Projektionstechnik im Obergeschoss blieb demnach unbeschädigt.

„Wir haben zwei Tage verloren, nicht das Festival“, sagte Festivalleiterin Hélène Marquais der französischen Nachrichtenagentur. Ab Dienstag laufen die Wettbewerbsfilme in einem Zelt mit 600 Plätzen sowie im städtischen Kino Le Vox, zusätzliche Spätvorstellungen sollen die ausgefallenen Termine ersetzen.

Den Schaden am Gebäude bezifferte Bürgermeister Didier Quéméner gegenüber AFP auf mindestens 400.000 Euro. Die Versicherung sollte noch am Montagnachmittag einen Gutachter schicken.

Das Festival findet heuer zum 31. Mal statt und zieht jedes Jahr rund 40.000 Besucherinnen und Besucher an. Um den Hauptpreis, die Vague d'or, konkurrieren 14 Filme, darunter auch ein Debüt aus Österreich. An der Abschlussgala am 19. Juni halten die Organisatoren fest.
""",
"02_it.txt": """Nubifragio sul festival di Port-Lauzet: allagata la sala principale, film sotto un tendone
Corriere della Sera

Un violento nubifragio ha allagato nella notte tra domenica e lunedì la sala principale del festival del cinema di Port-Lauzet, sulla costa atlantica francese. Gli organizzatori sono stati costretti ad annullare 38 proiezioni e a trasferire il resto del programma in un tendone sul lungomare, riferisce l'agenzia France Presse.

Secondo l'Afp, l'acqua ha invaso verso le due di notte il seminterrato e la platea del Palais des Lumières, 1.100 posti, dopo che in meno di tre ore erano caduti oltre 60 millimetri di pioggia. Le apparecchiature di proiezione, al piano superiore, non hanno subito danni.

«Abbiamo perso due giorni, non il festival», ha detto all'agenzia la direttrice Hélène Marquais. Da martedì i film in concorso saranno proiettati in una tensostruttura da 600 posti e al cinema comunale Le Vox, con repliche serali aggiuntive per recuperare le proiezioni saltate.

Il sindaco Didier Quéméner stima i danni all'edificio in almeno 400 mila euro, aggiunge l'agenzia francese.

Giunto alla 31ª edizione, il festival richiama ogni anno circa 40 mila spettatori ed è considerato un trampolino per le opere prime e seconde europee e nordafricane. Quattordici i film in corsa per la Vague d'or. La cerimonia di chiusura del 19 giugno è confermata.
""",
"03_pl.txt": """Burza zalała główną salę festiwalu filmowego we Francji. Seanse przeniesiono do namiotu
Rzeczpospolita
14.06.2027 16:05

Gwałtowna burza zalała w nocy z niedzieli na poniedziałek główną salę festiwalu filmowego w Port-Lauzet na francuskim wybrzeżu Atlantyku – podała agencja AFP. Organizatorzy odwołali 38 seansów, a resztę programu przenieśli do namiotu na nadmorskiej promenadzie.

Według agencji AFP woda wdarła się około godz. 2 w nocy do piwnic i na parter Palais des Lumières, który mieści 1100 widzów. W ciągu niespełna trzech godzin spadło tam ponad 60 mm deszczu. Sprzęt projekcyjny na piętrze nie ucierpiał.

– Straciliśmy dwa dni, a nie festiwal – powiedziała agencji dyrektorka imprezy Hélène Marquais. Od wtorku filmy konkursowe będą wyświetlane w namiocie na 600 miejsc oraz w miejskim kinie Le Vox; zaplanowano też dodatkowe seanse nocne.

Burmistrz Port-Lauzet Didier Quéméner szacuje straty w budynku na co najmniej 400 tys. euro – przekazała francuska agencja.

Festiwal odbywa się po raz 31. i co roku przyciąga ok. 40 tys. widzów. O główną nagrodę, Vague d'or, walczy w tym roku 14 filmów. Gala zamknięcia 19 czerwca odbędzie się zgodnie z planem.
""",
}, [{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": a} for a in ["00_en.txt", "01_de.txt", "02_it.txt", "03_pl.txt"]],
[{"text": "A storm flooded the main hall of the Port-Lauzet film festival and 38 screenings were cancelled, the rest moved to a tent.",
  "articles": ["00_en.txt", "01_de.txt", "02_it.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The mayor put the damage to the festival building at at least 400,000 euros.",
  "articles": ["00_en.txt", "01_de.txt", "02_it.txt", "03_pl.txt"], "independent_sources": 1}])

# f02: in-corpus scoop by Variety (three people familiar, anonymous; internal memo reviewed by
# Variety) relayed 3x: fr "selon Variety, qui cite trois sources au fait du dossier" + "affirme le
# magazine américain" + "consultée par le titre" + "Toujours d'après Variety" + "précisent deux des
# sources du média"; es "según ha publicado … la revista especializada Variety, que cita a" + "De
# acuerdo con la publicación estadounidense" + "al que ha tenido acceso el medio" + "informa el
# medio"; uk "Про це повідомляє … Variety з посиланням на трьох обізнаних … співрозмовників" + "За
# даними Variety" + "з якою ознайомилося видання" + "Як пише Variety" + "зазначають джерела видання".
story("f02_scoop_streamer_exit", "scoop", {
"00_en.txt": """Lumora to Exit Seven European Markets, Scrap 11 Local Originals (EXCLUSIVE)
Variety
March 10, 2027 9:00am PT

Halden Media Group's streaming service Lumora will pull out of seven European markets by the end of September and cancel 11 local-language originals that were in development there, according to three people familiar with the plans.

The service will shut down in Poland, Italy, Spain, Portugal, the Czech Republic, Hungary and Romania, the people said. They asked not to be named because the decision has not been announced. Lumora has roughly 2.3 million subscribers across the seven countries, one of them said, well below the 5 million the company targeted when it launched in the region in 2024.

An internal memo reviewed by Variety and sent to European staff on Monday by Caroline Whitcombe, Lumora's president for EMEA, says the company will "concentrate our investment where we have the scale to win," naming the U.K., Germany, France and the Nordics as core territories. The memo does not mention job cuts, but two of the people said about 140 roles would be affected.

Among the cancelled projects are the Polish crime series "Zimny port," the Spanish family drama "Las horas bajas" and an Italian adaptation of a bestselling thriller whose production had been due to start in Turin in May.

A Lumora spokesperson declined to comment to Variety. Halden Media Group reports fourth-quarter earnings next week.

The retreat follows a string of cutbacks at mid-sized streamers in Europe, where local producers have warned of a shrinking market for scripted series after the boom of the early 2020s.
""",
"01_fr.txt": """Lumora se retirerait de sept pays européens et abandonnerait onze séries locales
Le Film français
10 mars 2027

La plateforme de streaming Lumora, propriété du groupe américain Halden Media Group, va quitter sept marchés européens d'ici à la fin septembre, selon Variety, qui cite trois sources au fait du dossier. Sont concernés la Pologne, l'Italie, l'Espagne, le Portugal, la République tchèque, la Hongrie et la Roumanie.

Onze séries originales en langue locale, qui étaient en développement dans ces pays, seraient abandonnées, affirme le magazine américain. Parmi elles figurent le polar polonais « Zimny port » et le drame familial espagnol « Las horas bajas ».

Dans une note interne consultée par le titre, Caroline Whitcombe, présidente de Lumora pour la zone EMEA, explique que le groupe veut « concentrer ses investissements là où il a la taille critique pour gagner » : le Royaume-Uni, l'Allemagne, la France et les pays nordiques. Le marché français n'est donc pas concerné par ce retrait.

Toujours d'après Variety, le service compte environ 2,3 millions d'abonnés dans les sept pays, loin de l'objectif de 5 millions fixé lors de son lancement dans la région en 2024. Quelque 140 postes seraient touchés, précisent deux des sources du média.

Lumora n'a pas souhaité faire de commentaire auprès de Variety. Le groupe Halden Media doit publier ses résultats du quatrième trimestre la semaine prochaine.
""",
"02_es.txt": """Lumora abandonará España y otros seis mercados europeos y cancelará sus series locales
El País
10 de marzo de 2027 - 19:45 CET

La plataforma de streaming Lumora, del grupo estadounidense Halden Media Group, dejará de operar en España y en otros seis países europeos antes de que termine septiembre, según ha publicado este miércoles la revista especializada Variety, que cita a tres personas conocedoras de los planes de la compañía.

Además de España, el cierre afectará a Portugal, Italia, Polonia, la República Checa, Hungría y Rumanía. De acuerdo con la publicación estadounidense, la plataforma cancelará 11 series originales en lengua local que tenía en desarrollo en esos mercados, entre ellas el drama familiar español Las horas bajas y el policiaco polaco Zimny port.

En un memorando interno al que ha tenido acceso el medio, la presidenta de Lumora para Europa, Oriente Próximo y África, Caroline Whitcombe, asegura que la empresa concentrará su inversión "allí donde tiene la escala para ganar": Reino Unido, Alemania, Francia y los países nórdicos.

Lumora cuenta con unos 2,3 millones de suscriptores en los siete países, según una de las fuentes citadas por Variety, lejos de los cinco millones que se marcó como objetivo al desembarcar en la región en 2024. Unos 140 puestos de trabajo se verían afectados, informa el medio.

La compañía declinó hacer comentarios a la revista. Halden Media Group presentará la próxima semana sus resultados del cuarto trimestre.
""",
"03_uk.txt": """Стрімінговий сервіс Lumora залишить сім європейських країн і скасує 11 локальних серіалів — Variety
Детектор медіа
11 березня 2027, 08:10

Стрімінговий сервіс Lumora, що належить американській Halden Media Group, до кінця вересня припинить роботу в семи європейських країнах. Про це повідомляє американське галузеве видання Variety з посиланням на трьох обізнаних із планами компанії співрозмовників.

Ідеться про Польщу, Італію, Іспанію, Португалію, Чехію, Угорщину та Румунію. За даними Variety, сервіс також скасує 11 оригінальних серіалів місцевими мовами, які перебували в розробці, зокрема польський кримінальний серіал «Zimny port».

У внутрішній службовій записці, з якою ознайомилося видання, президентка Lumora в регіоні EMEA Керолайн Вітком пише, що компанія зосередить інвестиції там, «де має масштаб, щоб перемагати», — у Великій Британії, Німеччині, Франції та скандинавських країнах.

Як пише Variety, у семи країнах сервіс має близько 2,3 млн передплатників, хоча під час запуску в регіоні 2024 року компанія розраховувала на 5 млн. Скорочення можуть торкнутися близько 140 працівників, зазначають джерела видання.

У Lumora від коментарів Variety відмовилися. В Україні сервіс офіційно не працює, однак частина його оригінальних серіалів доступна українським глядачам через партнерські платформи.
""",
}, [{"name": "Variety", "in_corpus": True}],
[{"origin": "Variety", "article": a} for a in ["01_fr.txt", "02_es.txt", "03_uk.txt"]],
[{"text": "Lumora will exit seven European markets (Poland, Italy, Spain, Portugal, Czech Republic, Hungary, Romania) by the end of September.",
  "articles": ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Lumora will cancel 11 local-language original series in development in those markets.",
  "articles": ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "About 140 jobs would be affected by the withdrawal.",
  "articles": ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1}])

# f03: chain pl -> de -> it, fr. Gazeta Wyborcza's own reporting (payroll lists, six crew members,
# mostly anonymous; producer to "Wyborcza"); SZ "berichtet die polnische Tageszeitung Gazeta
# Wyborcza unter Berufung auf" + "Laut dem Bericht der Zeitung" + "sagte dem Blatt" + own unanswered
# request ("Eine Anfrage der SZ ließ … unbeantwortet": no own reporting); it credits "il quotidiano
# tedesco Süddeutsche Zeitung, che riprende un'inchiesta del giornale polacco Gazeta Wyborcza" +
# "Secondo quanto riportato dal quotidiano di Monaco" -> edge from SZ; fr credits only "la
# Süddeutsche Zeitung" + "écrit le quotidien munichois" + "selon le journal" -> edge from SZ.
story("f03_chain_unpaid_film_crew", "chain", {
"00_pl.txt": """Ekipa „Ostatniego promu” od dwóch miesięcy bez pieniędzy. Zdjęcia na Wolinie wstrzymane
Gazeta Wyborcza
20.04.2027 06:00

Zdjęcia do polsko-niemieckiego filmu „Ostatni prom” w reżyserii Agnieszki Borowiec zostały wstrzymane. Jak ustaliła „Wyborcza”, około 60 członków ekipy nie dostało wynagrodzenia za marzec i kwiecień. Produkcja jest im winna łącznie ok. 1,4 mln zł.

Rozmawialiśmy z sześcioma osobami z planu. Większość prosi o anonimowość, bo obawia się, że nie znajdzie pracy przy kolejnych projektach. – Przez pierwsze tygodnie słyszeliśmy, że przelew „jest w drodze”. W zeszły poniedziałek operatorzy po prostu nie przyszli na plan – mówi nam jedna z charakteryzatorek. Z list płac, do których dotarła „Gazeta Wyborcza”, wynika, że część osób nie otrzymała nawet zaliczek za luty.

Film o przewoźniku, który w 1945 r. przeprawia uciekinierów przez Zalew Szczeciński, powstaje w koprodukcji szczecińskiej firmy Kadr Bałtyk i hamburskiej Nordkante Film. Budżet wynosi ok. 9 mln zł, część pokrył regionalny fundusz filmowy.

Producent Marek Zalewski z Kadru Bałtyk w rozmowie z „Wyborczą” tłumaczy, że bank zablokował transzę od niemieckiego koproducenta. – Wszyscy dostaną pieniądze do końca maja, a zdjęcia wznowimy w czerwcu – zapewnia. Nordkante Film nie odpowiedziało na nasze pytania.

Do końca zdjęć zostało 18 dni. W obsadzie są m.in. Tomasz Wierzbicki i niemiecka aktorka Lene Harkort.
""",
"01_de.txt": """Deutsch-polnischer Film „Die letzte Fähre“: Dreharbeiten gestoppt, Crew seit zwei Monaten ohne Lohn
Süddeutsche Zeitung
20. April 2027, 17:12 Uhr

Die Dreharbeiten zu dem deutsch-polnischen Kinofilm „Die letzte Fähre“ (Originaltitel: „Ostatni prom“) auf der Ostseeinsel Wolin stehen still. Rund 60 Mitglieder des Filmteams haben seit zwei Monaten kein Geld bekommen, berichtet die polnische Tageszeitung Gazeta Wyborcza unter Berufung auf Gehaltslisten und Gespräche mit Crewmitgliedern. Insgesamt schulde die Produktion ihnen etwa 1,4 Millionen Złoty, umgerechnet rund 330.000 Euro.

Laut dem Bericht der Zeitung blieben die Kameraleute vergangene Woche einfach dem Set fern, nachdem ihnen wochenlang versichert worden war, die Überweisung sei „unterwegs“. Die meisten Gesprächspartner der Wyborcza wollten anonym bleiben.

Hinter dem Projekt von Regisseurin Agnieszka Borowiec stehen die Stettiner Firma Kadr Bałtyk und die Hamburger Nordkante Film. Der polnische Produzent Marek Zalewski sagte dem Blatt, eine Bank habe eine Zahlung des deutschen Koproduzenten blockiert; alle Löhne würden bis Ende Mai nachgezahlt, im Juni solle weitergedreht werden. Eine Anfrage der SZ ließ Nordkante Film bis Redaktionsschluss unbeantwortet.

Der Film erzählt von einem Fährmann, der 1945 Flüchtlinge über das Stettiner Haff bringt. In einer der Hauptrollen ist die Hamburger Schauspielerin Lene Harkort zu sehen. Das Budget liegt nach Angaben der Gazeta Wyborcza bei etwa neun Millionen Złoty.
""",
"02_it.txt": """Le riprese di un film polacco-tedesco sono state sospese perché la troupe non viene pagata da due mesi
Il Post
21 aprile 2027

Le riprese del film polacco-tedesco "L'ultimo traghetto" ("Ostatni prom"), diretto da Agnieszka Borowiec, sono state sospese sull'isola di Wolin, nel nord-ovest della Polonia: circa 60 membri della troupe non ricevono lo stipendio da due mesi. Lo ha scritto il quotidiano tedesco Süddeutsche Zeitung, che riprende un'inchiesta del giornale polacco Gazeta Wyborcza.

Secondo quanto riportato dal quotidiano di Monaco, la produzione deve ai lavoratori circa 1,4 milioni di złoty, circa 330mila euro. La settimana scorsa gli operatori di ripresa non si sono presentati sul set, dopo che per settimane era stato detto loro che i pagamenti erano "in arrivo".

Il film è una coproduzione tra la società di Stettino Kadr Bałtyk e la tedesca Nordkante Film, con sede ad Amburgo. Il produttore polacco Marek Zalewski sostiene che una banca abbia bloccato un pagamento del coproduttore tedesco e ha promesso che gli stipendi arretrati saranno versati entro la fine di maggio. Nordkante Film non ha risposto alle domande della Süddeutsche Zeitung.

"L'ultimo traghetto" racconta la storia di un traghettatore che nel 1945 porta i profughi attraverso la laguna di Stettino. Il budget è di circa 9 milioni di złoty, poco più di 2 milioni di euro: una cifra considerevole per il cinema d'autore polacco.
""",
"03_fr.txt": """Pologne : le tournage d'un film germano-polonais à l'arrêt, l'équipe n'est plus payée
Libération
21/04/2027 à 12h05

Plus de clap sur l'île de Wolin. Le tournage de « Ostatni prom » (« le Dernier Bac »), coproduction germano-polonaise réalisée par Agnieszka Borowiec, est suspendu depuis la semaine dernière, rapporte la Süddeutsche Zeitung. En cause : quelque 60 techniciens n'ont pas été payés depuis deux mois.

La production leur devrait au total environ 1,4 million de zlotys (près de 330 000 euros), écrit le quotidien munichois. Les opérateurs ne se sont plus présentés sur le plateau après avoir entendu pendant des semaines que le virement était « en route ».

Le producteur polonais Marek Zalewski, de la société Kadr Bałtyk, basée à Szczecin, met en cause une banque qui aurait bloqué un versement du coproducteur allemand, Nordkante Film, selon le journal. Il assure que les salaires seront réglés d'ici à la fin mai et que le tournage reprendra en juin. La société hambourgeoise n'a pas répondu aux sollicitations de la SZ.

Le film suit un passeur qui, en 1945, fait traverser la lagune de Szczecin à des réfugiés. Son budget avoisine les 9 millions de zlotys, un montant élevé pour une production indépendante polonaise.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": "01_de.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "02_it.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "03_fr.txt"}],
[{"text": "Filming of the Polish-German film Ostatni prom was halted because about 60 crew members had not been paid for two months.",
  "articles": ["00_pl.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The production owes the crew about 1.4 million zlotys.",
  "articles": ["00_pl.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Producer Marek Zalewski blamed a bank that blocked a payment from the German co-producer and promised wages by the end of May.",
  "articles": ["00_pl.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1}])

# f04: Le Monde's own report (sale agreement seen by Le Monde, manager "confie au Monde", visit to
# the screening) ; 01_es.txt (no outlet line) is an uncredited, close Spanish translation published
# hours later (keeps "confía a este diario", "Consultado"): edge from Le Monde, no credit at all;
# de "Wie die französische Tageszeitung Le Monde berichtet" + "sagte … der Zeitung" + "laut dem
# Bericht"; en "Le Monde has reported" + "the French newspaper said, citing a preliminary sale
# agreement it had seen" + "told Le Monde" + "the paper added".
story("f04_translation_marseille_cinema", "translation", {
"00_fr.txt": """À Marseille, le Rialto des Accoules, plus vieux cinéma du Panier, va fermer ses portes
Le Monde
Publié le 8 septembre 2027 à 06h30

Il a survécu à la guerre, à la télévision, aux multiplexes et au Covid-19. Le Rialto des Accoules, la salle de cinéma ouverte en 1928 au pied du quartier du Panier, à Marseille, projettera son dernier film le 30 septembre. La famille Baudry, propriétaire des murs, a vendu l'immeuble au groupe hôtelier Calanques Patrimoine pour 6,8 millions d'euros, a appris Le Monde. Le compromis de vente, que Le Monde a pu consulter, a été signé le 12 juillet.

« On l'a su par une lettre recommandée, trois lignes, sans un coup de fil », confie au Monde Sylvie Ortolan, qui dirige la salle depuis dix-neuf ans. Le cinéma, classé Art et essai, a accueilli 41 000 spectateurs en 2026, avec une grande salle de 420 fauteuils et deux petites salles aménagées en 1987.

Une pétition lancée fin août par une association d'habitants a déjà recueilli 12 000 signatures. Mais la ville ne peut pas faire jouer son droit de préemption, le bâtiment n'étant pas protégé au titre des monuments historiques, explique Karim Benhaddou, adjoint au maire chargé de la culture. « Nous cherchons un autre lieu pour que l'équipe puisse continuer, mais je ne vais pas promettre ce que je ne peux pas tenir », dit-il.

Sollicité, le groupe Calanques Patrimoine indique vouloir conserver la façade Art déco et « rendre hommage à l'histoire du lieu » dans son futur hôtel de 60 chambres, dont l'ouverture est prévue en 2029.

Dans la grande salle, mardi soir, une centaine de spectateurs ont applaudi à la fin de la séance. Certains sont restés longtemps assis, le regard fixé sur l'écran éteint.
""",
"01_es.txt": """Marsella pierde el Rialto des Accoules, el cine más antiguo del barrio de Le Panier
08/09/2027 14:10

Sobrevivió a la guerra, a la televisión, a los multicines y a la covid. El Rialto des Accoules, la sala de cine abierta en 1928 a los pies del barrio de Le Panier, en Marsella, proyectará su última película el 30 de septiembre. La familia Baudry, propietaria del inmueble, ha vendido el edificio al grupo hotelero Calanques Patrimoine por 6,8 millones de euros. El contrato preliminar de compraventa se firmó el 12 de julio.

"Nos enteramos por una carta certificada, tres líneas, sin una sola llamada", confía a este diario Sylvie Ortolan, que dirige la sala desde hace diecinueve años. El cine, catalogado como de arte y ensayo, recibió 41.000 espectadores en 2026, con una gran sala de 420 butacas y dos salas pequeñas habilitadas en 1987.

Una petición lanzada a finales de agosto por una asociación de vecinos ya ha reunido 12.000 firmas. Pero el ayuntamiento no puede ejercer su derecho de tanteo, ya que el edificio no está protegido como monumento histórico, explica Karim Benhaddou, teniente de alcalde de Cultura. "Buscamos otro lugar para que el equipo pueda seguir, pero no voy a prometer lo que no puedo cumplir", afirma.

Consultado, el grupo Calanques Patrimoine asegura que quiere conservar la fachada art déco y "rendir homenaje a la historia del lugar" en su futuro hotel de 60 habitaciones, cuya apertura está prevista para 2029.

En la gran sala, el martes por la noche, un centenar de espectadores aplaudió al final de la sesión. Algunos se quedaron largo rato sentados, con la mirada fija en la pantalla apagada.
""",
"02_de.txt": """Marseille: Ältestes Kino im Panier-Viertel muss einem Hotel weichen
ZEIT ONLINE
8. September 2027, 16:44 Uhr

Das Rialto des Accoules, eines der ältesten Kinos Marseilles, schließt Ende September. Wie die französische Tageszeitung Le Monde berichtet, hat die Eigentümerfamilie Baudry das Gebäude am Rand des Altstadtviertels Le Panier für 6,8 Millionen Euro an die Hotelgruppe Calanques Patrimoine verkauft. Die letzte Vorstellung ist demnach für den 30. September geplant.

Das 1928 eröffnete Programmkino mit einem großen Saal mit 420 Plätzen und zwei kleineren Sälen zählte im vergangenen Jahr 41.000 Besucherinnen und Besucher. Von dem Verkauf habe sie per Einschreiben erfahren, „drei Zeilen, ohne einen einzigen Anruf“, sagte Kinoleiterin Sylvie Ortolan der Zeitung.

Die Stadt kann laut dem Bericht kein Vorkaufsrecht geltend machen, weil das Gebäude nicht unter Denkmalschutz steht. Man suche nach einem anderen Ort für das Kinoteam, wird der Kulturbeigeordnete Karim Benhaddou zitiert. Die Hotelgruppe will in dem Haus ein Hotel mit 60 Zimmern eröffnen und die Art-déco-Fassade erhalten.

Marseille hat in den vergangenen Jahrzehnten zahlreiche traditionsreiche Innenstadtkinos verloren. Viele der verbliebenen Programmkinos kämpfen mit steigenden Mieten und Immobilienpreisen.
""",
"03_en.txt": """Marseille's oldest neighbourhood cinema to close after sale to hotel group
The Guardian
Wed 8 Sep 2027 18.02 BST

A cinema that has screened films at the foot of Marseille's old Panier quarter since 1928 will close at the end of the month after its owners sold the building to a hotel group, Le Monde has reported.

The Rialto des Accoules will show its last film on 30 September. The Baudry family sold the premises to Calanques Patrimoine for €6.8m, the French newspaper said, citing a preliminary sale agreement it had seen.

"We found out by registered letter – three lines, not a single phone call," the cinema's manager, Sylvie Ortolan, who has run it for 19 years, told Le Monde. The art-house venue, with one 420-seat auditorium and two smaller screens, sold 41,000 tickets last year.

A petition started by a residents' association in late August has gathered 12,000 signatures, the paper added, but the city cannot use its right of pre-emption because the building is not a listed monument. The hotel group plans a 60-room hotel, due to open in 2029, and has said it will keep the art deco facade.

France still has one of the densest cinema networks in Europe, with more than 2,000 venues, but independent single-site cinemas in big city centres have come under pressure from rising property prices.
""",
}, [{"name": "Le Monde", "in_corpus": True}],
[{"origin": "Le Monde", "article": a} for a in ["01_es.txt", "02_de.txt", "03_en.txt"]],
[{"text": "The Rialto des Accoules cinema in Marseille will close on 30 September after the building was sold to the hotel group Calanques Patrimoine for 6.8 million euros.",
  "articles": ["00_fr.txt", "01_es.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A petition against the closure has gathered 12,000 signatures.",
  "articles": ["00_fr.txt", "01_es.txt", "03_en.txt"], "independent_sources": 1}])

# f05: institution-published origin outside the corpus: the Montoria film festival's statement on
# its website, taken directly by all four: es "Así lo ha anunciado el certamen … en un comunicado
# publicado en su página web" + "Según el texto" + "precisa el comunicado" (plus El País's own
# unanswered request to the producer: no own reporting); en "said in a statement posted on the
# festival's website" + "the statement reads" + "According to the festival"; it "È quanto si legge
# in una nota pubblicata … sul sito del festival" + "ricorda la nota" + "Secondo la nota"; uk "Про це
# йдеться в заяві, оприлюдненій на сайті фестивалю" + "зазначають організатори" (and the impersonal
# trap "Як з'ясувалося", which is not own reporting).
story("f05_statement_festival_prize_revoked", "statement", {
"00_es.txt": """El Festival de Montoria retira su premio principal a 'Los días de sal' por haberse estrenado antes en 'streaming'
El País
21 oct 2027 - 13:20 CEST

El Festival de Cine de Montoria ha retirado el Faro de Oro a la mejor película a Los días de sal, de Tomás Iriarte, después de comprobar que el filme llevaba desde el 2 de agosto disponible en la plataforma Veralia en México. Así lo ha anunciado el certamen este jueves en un comunicado publicado en su página web.

Según el texto, las bases del festival exigen que las películas a concurso no hayan tenido estreno comercial ni se hayan ofrecido en ninguna plataforma antes de su pase en Montoria, algo que la productora, Salitre Films, certificó por escrito al inscribir la cinta. "El palmarés de Montoria no puede descansar sobre una información incompleta", señala en la nota la directora del festival, Amparo Segarra.

El premio, dotado con 30.000 euros, pasa a La orilla quieta, de Nuria Ballester, que el jurado había situado en segundo lugar, precisa el comunicado. El festival asegura que Iriarte "no tenía conocimiento" del acuerdo de distribución firmado por la productora.

Este periódico se puso en contacto con Salitre Films, que no había respondido a la hora de publicar esta información.

Los días de sal, un drama sobre una familia de salineros del sur de Almería, se alzó con el galardón el pasado sábado, en la gala de clausura de la 22ª edición del festival. Es el segundo largometraje de Iriarte.
""",
"01_en.txt": """Spain's Montoria Film Festival Strips Top Prize From 'Los días de sal' Over Streaming Release
The Hollywood Reporter
October 21, 2027 7:45am PT

The Montoria Film Festival in Spain has withdrawn its top prize from Tomás Iriarte's drama Los días de sal after discovering the film had been available on the streaming platform Veralia in Mexico since Aug. 2.

"The Montoria awards cannot rest on incomplete information," festival director Amparo Segarra said in a statement posted on the festival's website on Thursday. The festival's rules require competition films not to have been released commercially or offered on any platform before their Montoria screening, something producer Salitre Films confirmed in writing when it submitted the film, the statement reads.

The Faro de Oro (Golden Lighthouse) for best film, which carries a cash award of €30,000 ($33,000), now goes to Nuria Ballester's La orilla quieta, which the jury had ranked second. According to the festival, Iriarte was not aware of the distribution deal signed by the production company.

Los días de sal, about a family of salt harvesters on Spain's southern coast, won the award at the closing ceremony of the festival's 22nd edition last Saturday. It is Iriarte's second feature.

Festival premiere rules have become harder to police as streamers buy up smaller titles for individual territories, often months before a film's festival run.
""",
"02_it.txt": """Spagna, il festival di Montoria revoca il premio a "Los días de sal": era già in streaming in Messico
la Repubblica
22 ottobre 2027

Il festival del cinema di Montoria, in Spagna, ha revocato il premio per il miglior film a "Los días de sal" di Tomás Iriarte: la pellicola era disponibile dal 2 agosto sulla piattaforma Veralia in Messico. È quanto si legge in una nota pubblicata giovedì sul sito del festival.

Il regolamento della rassegna, ricorda la nota, impone che i film in concorso non siano mai usciti in sala né siano stati proposti su alcuna piattaforma prima della proiezione a Montoria. La casa di produzione Salitre Films lo aveva dichiarato per iscritto al momento dell'iscrizione. "Il palmarès di Montoria non può basarsi su informazioni incomplete", scrive la direttrice Amparo Segarra.

Secondo la nota, il Faro de Oro, accompagnato da un premio di 30 mila euro, va ora a "La orilla quieta" di Nuria Ballester, seconda nella classifica della giuria. Il regista, precisa il festival, non era a conoscenza dell'accordo di distribuzione firmato dalla produzione.

"Los días de sal", dramma su una famiglia di salinari nel sud della Spagna, aveva vinto sabato scorso, alla chiusura della ventiduesima edizione. Nel cast figura anche l'attrice ligure Chiara Moltedo.
""",
"03_uk.txt": """Іспанський кінофестиваль у Монторії позбавив головної нагороди фільм, який уже вийшов на стрімінгу
Суспільне
22.10.2027 10:05

Іспанський кінофестиваль у Монторії відкликав головну нагороду у фільму «Дні солі» (Los días de sal) режисера Томаса Іріарте. Як з'ясувалося, стрічка ще з 2 серпня була доступна на стрімінговій платформі Veralia в Мексиці. Про це йдеться в заяві, оприлюдненій на сайті фестивалю.

За правилами фестивалю, конкурсні фільми не можуть виходити в прокат чи з'являтися на будь-якій платформі до показу в Монторії. Продюсерська компанія Salitre Films письмово підтвердила це, подаючи фільм на конкурс, зазначають організатори. «Список переможців Монторії не може спиратися на неповну інформацію», — наголосила в заяві директорка фестивалю Ампаро Сегарра.

Нагороду «Золотий маяк» (Faro de Oro) та 30 тисяч євро тепер отримає фільм Нурії Бальестер «Тихий берег» (La orilla quieta), який журі поставило на друге місце. Сам режисер, за словами організаторів, не знав про угоду про дистрибуцію, яку уклала продюсерська компанія.

«Дні солі» — драма про родину солеварів на півдні Іспанії. Фільм отримав нагороду минулої суботи на церемонії закриття 22-го фестивалю.
""",
}, [{"name": "Festival de Cine de Montoria", "in_corpus": False}],
[{"origin": "Festival de Cine de Montoria", "article": a} for a in ["00_es.txt", "01_en.txt", "02_it.txt", "03_uk.txt"]],
[{"text": "The Montoria film festival withdrew its top prize from Los días de sal because the film had been available on the Veralia platform in Mexico since 2 August.",
  "articles": ["00_es.txt", "01_en.txt", "02_it.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The 30,000-euro prize goes to Nuria Ballester's La orilla quieta, ranked second by the jury.",
  "articles": ["00_es.txt", "01_en.txt", "02_it.txt", "03_uk.txt"], "independent_sources": 1}])

# f06: Suspilne's own scoop (two anonymous people at the production company, "Як з'ясувало
# Суспільне"); de plain relay "nach einem Bericht des ukrainischen … Senders Suspilne" + "meldet
# Suspilne unter Berufung auf" + "heißt es in dem Bericht"; pl relay that adds its own confirmation
# "jako pierwszy poinformował … Suspilne" + "potwierdziła … w rozmowie z „Rzeczpospolitą”" +
# "powiedziała „Rzeczpospolitej”" + "Według Suspilnego" (two roots); fr plain relay "selon le média
# public ukrainien Suspilne" + "précise le média, qui s'appuie sur deux sources" + "rapporte Suspilne".
story("f06_confirmation_documentary_deal", "confirmation", {
"00_uk.txt": """Нідерландський стрімінг Vireo купив права на документальний фільм «Тиша після сирени» — джерела
Суспільне
3 травня 2027, 12:30

Нідерландський стрімінговий сервіс Vireo придбав світові права на документальний фільм Оксани Рибак «Тиша після сирени». Стрічка вийде на платформі в листопаді одразу у 22 країнах. Про це Суспільному розповіли двоє співрозмовників у продюсерській компанії «Ліхтар Фільм», які попросили не називати їхніх імен, бо угоду ще не оголошено.

За словами одного з них, Vireo заплатить за права близько 1,2 млн доларів — це одна з найбільших сум, які будь-коли отримував український документальний фільм. Права на показ в Україні залишаються за продюсерами: тут фільм покаже телеканал, назву якого поки не розкривають.

Як з'ясувало Суспільне, переговори тривали з лютого, а остаточний договір підписали наприкінці квітня в Амстердамі. Офіційно в «Ліхтар Фільм» угоду не коментують. У Vireo на запит Суспільного не відповіли.

«Тиша після сирени» розповідає про трьох диспетчерок служби екстреної медичної допомоги в Харкові, які чергують ночами під час обстрілів. Фільм знімали понад два роки. Торік він отримав шість нагород на міжнародних фестивалях документального кіно.
""",
"01_de.txt": """Streamingdienst Vireo sichert sich ukrainische Doku „Stille nach der Sirene“
Der Tagesspiegel
03.05.2027, 19:20 Uhr

Der niederländische Streamingdienst Vireo hat sich nach einem Bericht des ukrainischen öffentlich-rechtlichen Senders Suspilne die weltweiten Rechte an dem Dokumentarfilm „Stille nach der Sirene“ von Oksana Rybak gesichert. Der Film solle im November in 22 Ländern gleichzeitig auf der Plattform starten, meldet Suspilne unter Berufung auf zwei Personen aus der Produktionsfirma Lichtar Film.

Für die Rechte zahle Vireo rund 1,2 Millionen US-Dollar, heißt es in dem Bericht – eine der höchsten Summen, die je für einen ukrainischen Dokumentarfilm gezahlt wurden. Die Auswertungsrechte für die Ukraine bleiben demnach bei den Produzenten.

Offiziell bestätigt ist das Geschäft noch nicht: Weder Lichtar Film noch Vireo äußerten sich gegenüber dem Sender.

Der Film begleitet drei Disponentinnen der Rettungsleitstelle in Charkiw durch ihre Nachtschichten unter Beschuss. Er wurde über mehr als zwei Jahre gedreht und hat auf internationalen Dokumentarfilmfestivals bereits sechs Preise gewonnen.
""",
"02_pl.txt": """Ukraiński dokument „Cisza po syrenie” trafi do 22 krajów. Producentka potwierdza umowę z Vireo
Rzeczpospolita
04.05.2027 07:00

Holenderska platforma streamingowa Vireo kupiła światowe prawa do dokumentu „Cisza po syrenie” Oksany Rybak – jako pierwszy poinformował w poniedziałek ukraiński nadawca publiczny Suspilne.

Producentka filmu Iryna Hnatiuk z firmy Łichtar Film potwierdziła w poniedziałek wieczorem w rozmowie z „Rzeczpospolitą”, że umowa została podpisana pod koniec kwietnia w Amsterdamie. – To dla nas ogromna szansa, żeby historia tych kobiet wyszła poza Ukrainę. Film będzie dostępny na Vireo od 14 listopada w 22 krajach, w tym w Polsce – powiedziała „Rzeczpospolitej” Hnatiuk. Kwoty transakcji nie chciała ujawnić.

Według Suspilnego negocjacje trwały od lutego. Prawa do pokazów w Ukrainie pozostają przy producentach.

„Cisza po syrenie” opowiada o trzech dyspozytorkach charkowskiego pogotowia ratunkowego, które pełnią nocne dyżury podczas ostrzałów. Film powstawał ponad dwa lata i zdobył już sześć nagród na międzynarodowych festiwalach dokumentalnych. Hnatiuk zapowiada, że przed premierą w serwisie dokument zostanie jeszcze pokazany na kilku przeglądach w Polsce.
""",
"03_fr.txt": """La plateforme Vireo s'offre « le Silence après la sirène », documentaire ukrainien sur les urgences de Kharkiv
Le Figaro
Publié le 04/05/2027 à 09:15

La plateforme néerlandaise de streaming Vireo a acquis les droits mondiaux du documentaire ukrainien « le Silence après la sirène », réalisé par Oksana Rybak, selon le média public ukrainien Suspilne. Le film sera mis en ligne en novembre simultanément dans 22 pays, précise le média, qui s'appuie sur deux sources au sein de la société de production Likhtar Film.

Vireo aurait déboursé environ 1,2 million de dollars, un montant rarement atteint pour un documentaire ukrainien, rapporte Suspilne. Les droits pour l'Ukraine resteraient entre les mains des producteurs.

Ni la société de production ni la plateforme n'ont confirmé officiellement l'accord auprès de Suspilne.

Tourné pendant plus de deux ans, le documentaire suit trois régulatrices du centre d'appels d'urgence de Kharkiv pendant leurs gardes de nuit, sous les bombardements. Il a déjà remporté six prix dans des festivals internationaux.
""",
}, [{"name": "Суспільне", "in_corpus": True}, {"name": "Rzeczpospolita", "in_corpus": True}],
[{"origin": "Суспільне", "article": a} for a in ["01_de.txt", "02_pl.txt", "03_fr.txt"]],
[{"text": "The Dutch streaming service Vireo acquired worldwide rights to Oksana Rybak's documentary Silence After the Siren, to be released in 22 countries in November.",
  "articles": ["00_uk.txt", "01_de.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "Vireo is paying about 1.2 million dollars for the rights.",
  "articles": ["00_uk.txt", "01_de.txt", "03_fr.txt"], "independent_sources": 1}])

# f07: two independent own reports of the same evacuation (Corriere della Sera: "Il nostro inviato
# era in sala" + "ha spiegato al Corriere"; El Mundo: "EL MUNDO estaba en la sala" + "contó … a este
# periódico" + "explicó a EL MUNDO"); fr credits both ("rapportent le Corriere della Sera et le
# quotidien espagnol El Mundo, dont les envoyés spéciaux" + "citée par le quotidien milanais" +
# "a confié à El Mundo" + "précise le journal madrilène"): two edges; pl credits only Corriere
# ("podał włoski dziennik „Corriere della Sera”" + "Jak relacjonuje wysłannik „Corriere”" +
# "powiedziała dziennikowi" + "czytamy w mediolańskiej gazecie").
story("f07_independent_premiere_evacuation", "independent", {
"00_it.txt": """Fumo in cabina di proiezione, evacuata la Sala Grande del festival di Sorvello durante la prima
Corriere della Sera
2027-07-02T23:50:00+02:00

SORVELLO — Un filo di fumo dalla cabina di proiezione, poi l'allarme antincendio e la voce registrata che invita a uscire con calma. Venerdì sera, alle 22.20, la Sala Grande del Festival del Cinema di Sorvello è stata evacuata durante la prima mondiale di «Le ore d'acqua» di Sergio Valdrini. Il nostro inviato era in sala: i circa 1.200 spettatori sono usciti in meno di dieci minuti, senza panico e senza feriti.

Sul posto sono arrivate due squadre dei vigili del fuoco. «Un cortocircuito in un proiettore di riserva, niente di più. Abbiamo fatto quello che prevedono i protocolli», ha spiegato al Corriere la direttrice del festival, Paola Cenci, mentre il pubblico attendeva sul piazzale davanti al palazzo del cinema.

Dopo le verifiche dei vigili del fuoco, la proiezione è ripresa alle 23.05 dal punto in cui era stata interrotta. In sala sono tornati quasi tutti, compresi il regista e la protagonista spagnola Lucía Arrieta, accolti da un lungo applauso.

Il film, coprodotto da Italia e Spagna, è uno dei sedici titoli in concorso per la Conchiglia d'oro. Il festival, giunto alla diciottesima edizione, si chiude domenica 4 luglio.
""",
"01_es.txt": """Evacuado el estreno de 'Le ore d'acqua', con Lucía Arrieta, en el festival italiano de Sorvello
El Mundo
03/07/2027 00:35

Primero fue un olor a plástico quemado, después una alarma y las luces de emergencia. Unas 1.100 personas tuvieron que abandonar este viernes por la noche la Sala Grande del Festival de Cine de Sorvello, en Italia, en pleno estreno mundial de Le ore d'acqua, la coproducción italoespañola protagonizada por la madrileña Lucía Arrieta. EL MUNDO estaba en la sala.

La evacuación se produjo hacia las diez y veinte de la noche, cuando empezó a salir humo de la cabina de proyección. El público salió de forma ordenada por las cuatro puertas laterales y en pocos minutos se concentró en la explanada frente al palacio del festival. No hubo heridos.

"Pensé que era un efecto de la película, justo en ese momento hay una escena de incendio", contó Arrieta a este periódico, todavía con el vestido de gala, mientras esperaba junto al director, Sergio Valdrini. La directora del certamen, Paola Cenci, explicó a EL MUNDO que el humo procedía de "un proyector de reserva" y que los bomberos estaban revisando la instalación.

Le ore d'acqua, rodada en parte en Almería, compite por el principal premio del festival. Es el segundo papel protagonista de Arrieta en el cine italiano, tras su debut a las órdenes de Valdrini hace cuatro años.
""",
"02_fr.txt": """Italie : la grande salle du festival de Sorvello évacuée en pleine avant-première
Le Figaro
3 juillet 2027

La projection en avant-première mondiale du film « Le ore d'acqua », de l'Italien Sergio Valdrini, a été brutalement interrompue vendredi soir au festival de Sorvello, en Italie : de la fumée s'est échappée de la cabine de projection et la Sala Grande a été évacuée, rapportent le Corriere della Sera et le quotidien espagnol El Mundo, dont les envoyés spéciaux assistaient à la séance.

Entre 1100 et 1200 spectateurs ont quitté la salle dans le calme, selon les deux journaux. Aucun blessé n'est à déplorer. D'après la directrice du festival, Paola Cenci, citée par le quotidien milanais, un court-circuit dans un projecteur de secours serait à l'origine de l'incident.

« J'ai cru que c'était un effet du film », a confié à El Mundo l'actrice espagnole Lucía Arrieta, qui tient le premier rôle de cette coproduction italo-espagnole. Une scène d'incendie était justement à l'écran au moment de l'alerte, précise le journal madrilène.

Le festival de Sorvello présente cette année seize films en compétition pour sa Conchiglia d'oro. Le palmarès sera dévoilé dimanche.
""",
"03_pl.txt": """Dym w kabinie projekcyjnej. Ewakuacja widzów podczas światowej premiery na festiwalu we Włoszech
Onet
3 lipca 2027, 11:20

Podczas światowej premiery filmu „Le ore d'acqua” na festiwalu filmowym w Sorvello we Włoszech z sali ewakuowano w piątek wieczorem ok. 1200 widzów – podał włoski dziennik „Corriere della Sera”. Z kabiny projekcyjnej zaczął wydobywać się dym i włączył się alarm przeciwpożarowy.

Jak relacjonuje wysłannik „Corriere”, widzowie opuścili Sala Grande w niespełna dziesięć minut, bez paniki. Nikt nie został ranny. Na miejsce przyjechały dwa zastępy straży pożarnej.

Dyrektorka festiwalu Paola Cenci powiedziała dziennikowi, że przyczyną było zwarcie w zapasowym projektorze. Po sprawdzeniu instalacji przez strażaków pokaz wznowiono o godz. 23.05 w miejscu, w którym został przerwany – czytamy w mediolańskiej gazecie.

Film Sergia Valdriniego to koprodukcja włosko-hiszpańska; główną rolę gra w nim Hiszpanka Lucía Arrieta. Obraz walczy o główną nagrodę festiwalu, Złotą Muszlę. Laureatów poznamy w niedzielę.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}, {"name": "El Mundo", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": "02_fr.txt"},
 {"origin": "El Mundo", "article": "02_fr.txt"},
 {"origin": "Corriere della Sera", "article": "03_pl.txt"}],
[{"text": "The Sala Grande of the Sorvello film festival was evacuated during the world premiere of Le ore d'acqua after smoke came from the projection booth; nobody was injured.",
  "articles": ["00_it.txt", "01_es.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "The screening resumed at 23:05 after checks by the firefighters.",
  "articles": ["00_it.txt", "03_pl.txt"], "independent_sources": 1}])

# f08: a person's own social-media post (actress Giulia Ferrandi on Instagram) taken directly by
# it ("ha annunciato … con un lungo post su Instagram" + "scrive Ferrandi … nel post"), en ("announced
# her exit in an Instagram post" + "Ferrandi wrote") and uk (no outlet and no date line: "Про це вона
# написала в Instagram"); de takes it from Deadline ("Wie das US-Branchenportal Deadline berichtet,
# kündigte … in einem Instagram-Beitrag an" + "zitiert Deadline aus dem Beitrag" + "laut dem
# Branchenblatt"): chain, edge from Deadline. Deadline's and Cineva's unanswered requests add nothing.
story("f08_post_actress_quits_series", "post", {
"00_it.txt": """Giulia Ferrandi lascia «Porto Nero»: «Non mi riconosco più nella storia»
La Stampa
14/11/2027 21:40

Giulia Ferrandi non sarà più il commissario Elena Rocca. L'attrice genovese ha annunciato domenica con un lungo post su Instagram che non prenderà parte alla terza stagione di «Porto Nero», la serie poliziesca della piattaforma Cineva che l'ha resa popolare.

«Dopo due stagioni e quasi quattro anni della mia vita, ho deciso di salutare Elena. Non mi riconosco più nella direzione che ha preso la storia, e credo che un'attrice debba anche saper dire di no», scrive Ferrandi, 34 anni, nel post, accompagnato da una foto scattata sul set al porto di Genova. Nel messaggio l'attrice ringrazia «la troupe più bella del mondo» e i fan, ma non fa riferimento a questioni economiche.

Le riprese della terza stagione dovrebbero cominciare a febbraio, ancora una volta a Genova. Cineva per ora non ha commentato l'annuncio.

«Porto Nero», venduta in 19 paesi, è stata nel 2026 la serie italiana più vista della piattaforma. Il post di Ferrandi, che su Instagram ha 1,2 milioni di follower, in poche ore ha raccolto oltre 200 mila «mi piace» e migliaia di commenti di fan che le chiedono di ripensarci.
""",
"01_en.txt": """'Porto Nero' Star Giulia Ferrandi Exits Cineva Crime Series Ahead Of Season 3
Deadline
November 15, 2027 6:15am PT

Giulia Ferrandi, who plays Commissario Elena Rocca in Cineva's Italian crime drama Porto Nero, is leaving the series ahead of its third season.

The actress announced her exit in an Instagram post on Sunday. "After two seasons and almost four years of my life, I have decided to say goodbye to Elena. I no longer recognize myself in the direction the story has taken," Ferrandi wrote, adding that "an actress must also know how to say no."

Production on Season 3 is set to begin in Genoa in February. Cineva did not immediately respond to Deadline's request for comment, and it is not known whether the role will be recast or written out.

Porto Nero, created by Davide Lucchesi and produced by Milan-based Fabbrica Nove, debuted in 2024 and has been sold to 19 territories. Season 2 was the streamer's most-watched Italian original of 2026.

Ferrandi, 34, also starred in the feature La stanza di sopra, which screened at several European festivals last year.
""",
"02_de.txt": """Italienische Krimiserie „Porto Nero“: Hauptdarstellerin Giulia Ferrandi steigt aus
DER SPIEGEL
16.11.2027, 08.31 Uhr

Die italienische Schauspielerin Giulia Ferrandi verlässt die Streaming-Krimiserie „Porto Nero“. Wie das US-Branchenportal Deadline berichtet, kündigte die 34-Jährige ihren Ausstieg am Sonntag in einem Instagram-Beitrag an. In der dritten Staffel werde sie nicht mehr als Kommissarin Elena Rocca zu sehen sein.

Sie erkenne sich in der Richtung, die die Geschichte genommen habe, nicht mehr wieder, zitiert Deadline aus dem Beitrag. Eine Schauspielerin müsse auch Nein sagen können.

Die Dreharbeiten zur dritten Staffel sollen laut dem Branchenblatt im Februar in Genua beginnen. Ob die Rolle neu besetzt oder aus der Handlung geschrieben wird, ist offen; der Streamingdienst Cineva reagierte zunächst nicht auf eine Anfrage von Deadline.

„Porto Nero“ läuft seit 2024 und wurde in 19 Länder verkauft. Auch in Deutschland ist die Serie bei Cineva abrufbar, die zweite Staffel gehörte dort im vergangenen Winter zu den meistgesehenen nicht-englischsprachigen Titeln des Dienstes.
""",
"03_uk.txt": """Зірка італійського серіалу «Порто Неро» Джулія Ферранді залишає проєкт

Італійська акторка Джулія Ферранді, яка грає комісарку Елену Рокку в детективному серіалі «Порто Неро» (Porto Nero) стрімінгового сервісу Cineva, не зніматиметься в третьому сезоні. Про це вона написала в Instagram у неділю.

«Після двох сезонів і майже чотирьох років мого життя я вирішила попрощатися з Еленою. Я більше не впізнаю себе в тому напрямку, який обрала історія», — написала 34-річна Ферранді. Акторка також подякувала знімальній групі та шанувальникам серіалу.

Зйомки третього сезону мають розпочатися в лютому в Генуї. У Cineva заяву акторки поки не коментували.

Серіал «Порто Неро» вийшов 2024 року, його продали до 19 країн. Другий сезон став найпопулярнішим італійським оригінальним серіалом платформи у 2026 році.

Допис Ферранді, на яку в Instagram підписані 1,2 млн людей, за кілька годин зібрав понад 200 тисяч вподобань. У коментарях шанувальники просять акторку передумати, а деякі колеги по знімальному майданчику вже подякували їй за спільну роботу.
""",
}, [{"name": "Giulia Ferrandi", "in_corpus": False}],
[{"origin": "Giulia Ferrandi", "article": "00_it.txt"},
 {"origin": "Giulia Ferrandi", "article": "01_en.txt"},
 {"origin": "Deadline", "article": "02_de.txt"},
 {"origin": "Giulia Ferrandi", "article": "03_uk.txt"}],
[{"text": "Giulia Ferrandi is leaving the Cineva series Porto Nero and will not appear in its third season.",
  "articles": ["00_it.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Filming of the third season is due to start in Genoa in February.",
  "articles": ["00_it.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1}])


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
    labels = {"about": "Hand-written provenance test set 156 (film festivals, cinema, streaming; real media names, invented events); see README.md.",
              "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
