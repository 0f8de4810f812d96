#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand155 set.

Roads, bridges and infrastructure works. Outlet, agency and institution names are real media
names / institutions; every event, person, company, figure and quote is invented. Labels were
fixed by hand before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency PAP relayed by pl, de, uk, it. pl "– poinformowała rano Polska Agencja
# Prasowa" + "Jak powiedziała PAP" (dative) + "w rozmowie z agencją" + "Według PAP"; de "Das meldete
# die polnische Nachrichtenagentur PAP" + "sagte … der Agentur" + "Laut PAP"; uk "Про це повідомляє
# Польська агенція преси (PAP)" + "розповіла агентству" + "За даними PAP" + "зазначає агенція";
# it "Lo riferisce l'agenzia di stampa polacca Pap" + "ha dichiarato all'agenzia" + "Sempre secondo la Pap".
story("t01_agency_vistula_bridge", "agency", {
"00_pl.txt": """Pęknięty dźwigar. Most na Wiśle w Zawadzie Nadwiślańskiej zamknięty dla ruchu
Rzeczpospolita
2027-03-06 10:40

Most drogowy na Wiśle w Zawadzie Nadwiślańskiej od soboty od godz. 14 będzie całkowicie zamknięty dla ruchu – poinformowała rano Polska Agencja Prasowa. Powodem jest pęknięcie stalowego dźwigara, wykryte podczas rutynowego przeglądu w czwartek.

Jak powiedziała PAP dyrektor Świętokrzyskiego Zarządu Dróg Wojewódzkich Anna Kowalczyk-Wrona, rysa ma około 40 centymetrów długości i znajduje się pod trzecim przęsłem od strony lewego brzegu. – Nie możemy ryzykować. Dopóki ekspertyza nie wykaże, że konstrukcja jest bezpieczna, na most nie wjedzie żaden samochód – podkreśliła w rozmowie z agencją.

Przeprawą przejeżdża codziennie około 14 tys. pojazdów, w tym wiele ciężarówek jadących do zakładów w rejonie Połańca. Według PAP wyznaczony objazd przez most w Sandomierzu liczy około 68 km. Zakaz obejmuje także pieszych i rowerzystów.

Most oddano do użytku w 1979 r., a ostatni generalny remont przeszedł w latach 2011–2012. Zarząd dróg zlecił już badania specjalistycznej firmie z Krakowa; ich wyniki mają być znane za około dwa tygodnie. Dopiero wtedy okaże się, czy wystarczy wzmocnienie dźwigara, czy konieczna będzie wymiana całego przęsła.

Lokalni przedsiębiorcy obawiają się strat. Wójt gminy Zawada Nadwiślańska Krzysztof Bębenek, cytowany przez agencję, zaapelował do władz województwa o jak najszybsze uruchomienie tymczasowej przeprawy promowej. – Dla wielu mieszkańców to nie jest objazd, tylko odcięcie od pracy i szkoły – mówił.
""",
"01_de.txt": """Polen sperrt Weichselbrücke nach Riss in Stahlträger
Deutsche Welle
06.03.2027, 13:25 Uhr

In Südostpolen ist eine wichtige Straßenbrücke über die Weichsel wegen eines Risses in einem Stahlträger gesperrt worden. Das meldete die polnische Nachrichtenagentur PAP am Samstag. Die Brücke bei Zawada Nadwiślańska ist seit Samstagnachmittag weder für Autos noch für Fußgänger und Radfahrer passierbar.

Der etwa 40 Zentimeter lange Riss war bei einer Routineinspektion am Donnerstag entdeckt worden, sagte Anna Kowalczyk-Wrona, die Leiterin der regionalen Straßenverwaltung in Kielce, der Agentur. „Solange ein Gutachten nicht bestätigt, dass die Konstruktion sicher ist, fährt dort kein einziges Fahrzeug“, wurde sie zitiert.

Laut PAP nutzen täglich rund 14.000 Fahrzeuge die Brücke, darunter viele Lastwagen, die Industriebetriebe in der Umgebung beliefern. Die ausgeschilderte Umleitung über Sandomierz ist demnach rund 68 Kilometer lang.

Die 1979 eröffnete Brücke war zuletzt 2011 und 2012 grundlegend saniert worden. Ob der Träger verstärkt werden kann oder ein ganzes Brückenfeld ersetzt werden muss, soll das Gutachten einer Krakauer Fachfirma in etwa zwei Wochen zeigen. Der Bürgermeister der Gemeinde forderte eine provisorische Fährverbindung.

Ein großer Teil der Brücken an polnischen Woiwodschaftsstraßen stammt noch aus den 1960er- und 1970er-Jahren. Zwar fließen seit dem EU-Beitritt Milliarden in das Straßennetz, doch vor allem kleinere Bauwerke abseits der Autobahnen gelten vielerorts als sanierungsbedürftig.
""",
"02_uk.txt": """У Польщі через тріщину в балці закрили міст через Віслу
Укрінформ
6 березня 2027, 12:50

У південно-східній Польщі з суботи повністю закрили автомобільний міст через Віслу поблизу містечка Завада-Надвіслянська. Про це повідомляє Польська агенція преси (PAP).

Причиною стала тріщина завдовжки близько 40 сантиметрів у сталевій балці, яку інженери виявили під час планового огляду в четвер. Як розповіла агентству директорка Свентокшиського управління воєводських доріг Анна Ковальчик-Врона, пошкодження розташоване під третім прольотом з боку лівого берега.

«Поки експертиза не підтвердить, що конструкція безпечна, на міст не заїде жоден автомобіль», — наголосила вона.

За даними PAP, щодня мостом проїжджає близько 14 тисяч транспортних засобів, серед них чимало вантажівок. Об'їзд через Сандомир становить приблизно 68 кілометрів. Пішоходи й велосипедисти також не зможуть користуватися переправою.

Міст відкрили в 1979 році, капітальний ремонт востаннє проводили у 2011–2012 роках. Результати експертизи, яку виконує спеціалізована фірма з Кракова, очікують приблизно за два тижні, зазначає агенція. Тоді стане зрозуміло, чи вистачить підсилити балку, чи доведеться замінювати весь проліт.

Місцевий війт закликав владу воєводства якнайшвидше запустити тимчасову поромну переправу.
""",
"03_it.txt": """Polonia, crepa in una trave d'acciaio: chiuso un ponte sulla Vistola
Corriere della Sera
6 marzo 2027

Un ponte stradale sulla Vistola, nel sud-est della Polonia, è stato chiuso al traffico da sabato pomeriggio dopo che durante un'ispezione ordinaria è stata scoperta una crepa in una trave d'acciaio. Lo riferisce l'agenzia di stampa polacca Pap.

La fessura, lunga una quarantina di centimetri, si trova sotto la terza campata del ponte di Zawada Nadwiślańska, ha dichiarato all'agenzia Anna Kowalczyk-Wrona, direttrice dell'ente che gestisce le strade del voivodato. «Finché una perizia non dimostrerà che la struttura è sicura, sul ponte non passerà nessun veicolo», ha detto.

Sempre secondo la Pap, il ponte è attraversato ogni giorno da circa 14 mila veicoli, molti dei quali camion diretti alle aziende della zona. Il divieto vale anche per pedoni e ciclisti.

Il ponte fu inaugurato nel 1979 e l'ultimo intervento di manutenzione straordinaria risale al 2011-2012. I risultati della perizia, affidata a una società di Cracovia, sono attesi entro due settimane: solo allora si saprà se basterà rinforzare la trave o se sarà necessario sostituire l'intera campata.

Il caso riaccende il dibattito sullo stato delle infrastrutture costruite in epoca socialista nell'Europa centrale e orientale, dove molte opere minori attendono da anni interventi di ammodernamento.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": "00_pl.txt"},
 {"origin": "PAP", "article": "01_de.txt"},
 {"origin": "PAP", "article": "02_uk.txt"},
 {"origin": "PAP", "article": "03_it.txt"}],
[{"text": "The road bridge over the Vistula at Zawada Nadwiślańska was closed to all traffic after a crack was found in a steel girder.",
  "articles": ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The signposted detour via Sandomierz is about 68 km long.",
  "articles": ["00_pl.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 1}])

# t02: in-corpus scoop by la Repubblica (internal documents, minutes seen by the paper, two
# anonymous ministry officials, the consortium's note to the paper: all part of Repubblica's
# report). Relays: en "the Rome daily La Repubblica reported on Tuesday, citing internal documents"
# + "who spoke to Repubblica on condition of anonymity" + "told the paper"; fr "révèle … le
# quotidien italien La Repubblica" + "consultés par le journal romain" + "affirme Repubblica";
# de "Wie die römische Tageszeitung „La Repubblica“ unter Berufung auf interne Unterlagen … berichtet"
# + "Dem Bericht zufolge" + own unanswered request "Eine Anfrage der F.A.Z. ließ … unbeantwortet"
# (no own reporting); pt "noticiou esta terça-feira o diário italiano La Repubblica" + "a que o
# jornal teve acesso" + "disseram ao Repubblica".
story("t02_scoop_apennine_tunnel", "scoop", {
"00_it.txt": """Galleria del Monte Corvara, il conto sale a 690 milioni. E l'apertura slitta al 2031
la Repubblica
2027-05-18T07:30:00+02:00

Doveva costare 410 milioni di euro ed essere aperta al traffico nel 2028. Secondo i documenti interni del Consorzio Appennino Gallerie visionati da Repubblica, la galleria di base del Monte Corvara, sulla nuova statale che collega due vallate a sud di Bologna, costerà invece almeno 690 milioni e non sarà percorribile prima del 2031.

Nei verbali delle riunioni tecniche di febbraio e marzo, che abbiamo potuto leggere, i progettisti parlano di «venute d'acqua largamente superiori alle previsioni» nel tratto centrale della galleria, lunga 7,4 chilometri. Per contenerle sono state necessarie iniezioni di cemento e un secondo sistema di drenaggio, non previsti nel progetto esecutivo.

Al ministero delle Infrastrutture il problema è noto da mesi. «Ci siamo accorti a dicembre che i numeri non tornavano, ma nessuno voleva mettere per iscritto un nuovo cronoprogramma prima delle elezioni regionali», raccontano a Repubblica due funzionari che chiedono di restare anonimi perché non autorizzati a parlare con la stampa.

Il consorzio, in una nota inviata al nostro giornale, respinge ogni accusa di cattiva gestione. «L'aumento dei costi è interamente dovuto a condizioni geologiche imprevedibili, documentate e comunicate tempestivamente al committente», scrive il portavoce Davide Marangoni.

L'opera, finanziata in parte con fondi europei, dovrebbe ridurre di 35 minuti il tempo di percorrenza tra i due versanti. I sindaci della zona, che da anni convivono con i camion dei cantieri, chiedono ora un incontro urgente con il ministro.
""",
"01_en.txt": """Cost of Italian mountain road tunnel soars by €280m, report says
The Guardian
Tue, 18 May 2027 13:20:00 +0000

The cost of a road tunnel being bored under the Apennines in northern Italy has jumped by almost 70% to at least €690m, and its opening has slipped by three years, the Rome daily La Repubblica reported on Tuesday, citing internal documents of the construction consortium.

The Monte Corvara base tunnel, a 7.4km bore meant to cut 35 minutes off journeys between two valleys south of Bologna, was budgeted at €410m and due to open in 2028. According to minutes of technical meetings seen by the newspaper, engineers ran into far more groundwater than expected in the central section and had to add cement injections and a second drainage system.

Two officials at Italy's infrastructure ministry, who spoke to Repubblica on condition of anonymity because they were not authorised to comment, said the problem had been known since December but that nobody wanted to commit a new timetable to paper before regional elections.

The consortium building the tunnel, Consorzio Appennino Gallerie, told the paper the increase was "entirely due to unforeseeable geological conditions" that had been documented and reported to the client. It rejected any suggestion of mismanagement.

Under the new schedule described in Repubblica's report, the tunnel would not carry traffic before 2031. Local mayors have asked for an urgent meeting with the infrastructure minister.

Italy has been racing to spend EU recovery money on transport projects, but cost overruns on large tunnelling contracts have been a recurring headache for successive governments.
""",
"02_fr.txt": """En Italie, la facture d'un tunnel sous les Apennins s'envole
Le Monde
18 mai 2027 à 16h05

Le chantier devait coûter 410 millions d'euros ; la facture atteindra au moins 690 millions. C'est ce que révèle, mardi 18 mai, le quotidien italien La Repubblica, documents internes à l'appui, à propos du tunnel de base du Monte Corvara, un ouvrage routier de 7,4 kilomètres creusé au sud de Bologne.

Selon les comptes rendus de réunions techniques consultés par le journal romain, les ingénieurs ont rencontré dans la partie centrale du tunnel des venues d'eau « largement supérieures aux prévisions ». Il a fallu injecter du béton et installer un second système de drainage, qui ne figuraient pas dans le projet initial. L'ouverture, attendue en 2028, n'interviendrait pas avant 2031, affirme Repubblica.

Deux fonctionnaires du ministère italien des infrastructures ont confié au quotidien, sous couvert d'anonymat, que le problème était connu depuis décembre, mais que personne ne voulait arrêter un nouveau calendrier avant les élections régionales.

Le consortium chargé des travaux, Consorzio Appennino Gallerie, rejette toute accusation de mauvaise gestion. Dans une note transmise à La Repubblica, son porte-parole, Davide Marangoni, attribue la hausse à des « conditions géologiques imprévisibles ».

Les maires de la vallée réclament une rencontre d'urgence avec le ministre. L'Italie, qui doit dépenser dans les délais les fonds européens du plan de relance, multiplie les grands chantiers d'infrastructures, dont plusieurs accusent déjà des retards.
""",
"03_de.txt": """Apenninentunnel wird um 280 Millionen Euro teurer
Frankfurter Allgemeine Zeitung
18.05.2027

Der Bau eines Straßentunnels unter dem Apennin südlich von Bologna wird offenbar deutlich teurer als geplant. Wie die römische Tageszeitung „La Repubblica“ unter Berufung auf interne Unterlagen des Baukonsortiums berichtet, steigen die Kosten für den 7,4 Kilometer langen Basistunnel am Monte Corvara von 410 auf mindestens 690 Millionen Euro.

Dem Bericht zufolge stießen die Ingenieure im mittleren Abschnitt auf weit mehr Grundwasser als erwartet. Zusätzliche Betoninjektionen und ein zweites Entwässerungssystem seien nötig geworden. Zwei Beamte des italienischen Infrastrukturministeriums sagten der Zeitung, die Probleme seien seit Dezember bekannt gewesen, man habe aber vor den Regionalwahlen keinen neuen Zeitplan vorlegen wollen.

Das Konsortium Appennino Gallerie wies gegenüber „Repubblica“ jeden Vorwurf des Missmanagements zurück und verwies auf „unvorhersehbare geologische Bedingungen“. Eine Anfrage der F.A.Z. ließ das Konsortium bis Dienstagabend unbeantwortet; auch das Ministerium in Rom äußerte sich zunächst nicht.

Italien steht unter Druck, die Mittel aus dem europäischen Wiederaufbaufonds fristgerecht auszugeben. Große Tunnelprojekte gelten dabei als besonders anfällig für Verzögerungen und Kostensteigerungen, weil sich die Geologie im Berg oft erst beim Vortrieb zeigt.
""",
"04_pt.txt": """Túnel sob os Apeninos vai custar mais 280 milhões e só abre em 2031
Observador
18 de maio de 2027, 19:40

O túnel rodoviário do Monte Corvara, em construção sob os Apeninos, no norte de Itália, vai custar pelo menos 690 milhões de euros, em vez dos 410 milhões previstos, noticiou esta terça-feira o diário italiano La Repubblica. A abertura, prevista para 2028, foi adiada para 2031.

De acordo com documentos internos do consórcio construtor a que o jornal teve acesso, os engenheiros encontraram no troço central do túnel, com 7,4 quilómetros, infiltrações de água muito superiores ao esperado, o que obrigou a injeções de betão e a um segundo sistema de drenagem.

Dois funcionários do Ministério das Infraestruturas italiano, que pediram o anonimato, disseram ao Repubblica que o problema era conhecido desde dezembro. Segundo o jornal, ninguém quis apresentar um novo calendário antes das eleições regionais.

O consórcio Appennino Gallerie rejeita as acusações de má gestão e atribui o aumento a "condições geológicas imprevisíveis", documentadas e comunicadas ao dono da obra.

O túnel deverá encurtar em 35 minutos a ligação entre dois vales a sul de Bolonha e é parcialmente financiado com fundos europeus. Os autarcas da região pedem uma reunião urgente com o ministro.
""",
}, [{"name": "la Repubblica", "in_corpus": True}],
[{"origin": "la Repubblica", "article": "01_en.txt"},
 {"origin": "la Repubblica", "article": "02_fr.txt"},
 {"origin": "la Repubblica", "article": "03_de.txt"},
 {"origin": "la Repubblica", "article": "04_pt.txt"}],
[{"text": "The cost of the Monte Corvara base tunnel has risen from 410 million to at least 690 million euros.",
  "articles": ["00_it.txt", "01_en.txt", "02_fr.txt", "03_de.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "The tunnel's opening has slipped from 2028 to 2031.",
  "articles": ["00_it.txt", "01_en.txt", "02_fr.txt", "04_pt.txt"], "independent_sources": 1}])

# t03: chain Українська правда (own Prozorro analysis, site visit, anonymous source in the regional
# administration, company's comment to UP) -> Gazeta Wyborcza (pl: "– ustaliła „Ukraińska Prawda”",
# "Jak piszą dziennikarze kijowskiego portalu", "Według wyliczeń „Ukraińskiej Prawdy”" gen.,
# "powiedziało portalowi" dat., "zapewnił UP") -> Politico Europe (en: "Poland's Gazeta Wyborcza
# reported Wednesday, citing an investigation by the Ukrainian news site Ukrainska Pravda" + "Wyborcza
# wrote" + own unanswered request to the Commission) and Die Welt (de, no date line: "Wie die polnische
# Zeitung „Gazeta Wyborcza“ unter Berufung auf Recherchen ukrainischer Journalisten berichtet" + "schreibt
# das Blatt"); Politico Europe -> Expresso (pt: "segundo o site Politico Europe, que cita uma reportagem
# do diário polaco Gazeta Wyborcza" + "escreve o Politico" + "acrescenta a publicação").
story("t03_chain_desna_bridge", "chain", {
"00_uk.txt": """Міст за півтора мільярда: відбудову переправи через Десну отримала фірма, створена за п'ять місяців до тендеру
Українська правда
14 квітня 2027, 08:05

Контракт на відбудову мосту через Десну біля села Старі Броди на Чернігівщині вартістю 1,46 млрд гривень отримало ТОВ «Мостбуд-Полісся», яке зареєстрували лише за п'ять місяців до оголошення тендеру. Про це свідчать документи в системі Prozorro, які проаналізувала «Українська правда».

Зі звітності компанії випливає, що до перемоги в тендері вона не мала жодного виконаного контракту на будівництво мостів, а її статутний капітал становив 10 тисяч гривень. Єдиного конкурента — київську фірму з 20-річним досвідом — відхилили через «неправильно оформлену» довідку про наявну техніку.

За підрахунками УП, вартість квадратного метра мосту в кошторисі в 2,3 раза перевищує показники подібних переправ, відбудованих у 2024–2026 роках у Київській та Житомирській областях.

Джерело в обласній військовій адміністрації, яке попросило не називати його імені, розповіло УП, що умови тендеру «писали під конкретного переможця».

Журналісти УП побували на будмайданчику минулого тижня: там працювали лише дві одиниці техніки й близько десятка робітників, хоча за графіком роботи мали б вестися у дві зміни.

Директор «Мостбуд-Полісся» Віталій Гриценко у коментарі УП заявив, що компанія «має всі необхідні ресурси через субпідрядників» і завершить міст до кінця 2028 року. У регіональній службі відновлення на запит УП відповіли, що ціну перевіряли експерти і вона «обґрунтована».

Старий міст через Десну зруйнували у 2022 році. Відтоді мешканці довколишніх сіл користуються понтонною переправою, яку навесні та восени закривають через високу воду.
""",
"01_pl.txt": """Ukraina. Most za półtora miliarda hrywien dla firmy bez doświadczenia
Gazeta Wyborcza
14.04.2027 15:30

Kontrakt na odbudowę mostu na Desnie w obwodzie czernihowskim, wart 1,46 mld hrywien (ok. 140 mln zł), trafił do spółki zarejestrowanej zaledwie pięć miesięcy przed ogłoszeniem przetargu – ustaliła „Ukraińska Prawda”.

Jak piszą dziennikarze kijowskiego portalu, który przeanalizował dokumenty w systemie zamówień publicznych Prozorro, firma Mostbud-Polissia nie miała wcześniej żadnego doświadczenia w budowie mostów, a jej kapitał zakładowy wynosił 10 tys. hrywien. Jedynego konkurenta, doświadczoną firmę z Kijowa, odrzucono z powodów formalnych.

Według wyliczeń „Ukraińskiej Prawdy” koszt metra kwadratowego mostu jest 2,3 razy wyższy niż przy podobnych przeprawach odbudowanych w ostatnich latach w obwodach kijowskim i żytomierskim. Anonimowe źródło w obwodowej administracji wojskowej powiedziało portalowi, że warunki przetargu „pisano pod konkretnego zwycięzcę”.

Dyrektor spółki Witalij Hryćenko zapewnił UP, że firma ma wszystkie potrzebne zasoby dzięki podwykonawcom i ukończy most do końca 2028 r.

Sprawa jest drażliwa, bo odbudowa ukraińskiej infrastruktury w dużej mierze finansowana jest ze środków zachodnich, także z programów, w których o kontrakty starają się polskie firmy budowlane. Stary most na Desnie koło wsi Stari Brody został zniszczony w 2022 r.
""",
"02_en.txt": """Ukraine handed bridge contract to five-month-old firm, Polish daily reports
Politico Europe
2027-04-15T06:00:00+02:00

A contract worth 1.46 billion hryvnias (€32 million) to rebuild a bridge over the Desna River in Ukraine's Chernihiv region went to a company set up just five months before the tender, Poland's Gazeta Wyborcza reported Wednesday, citing an investigation by the Ukrainian news site Ukrainska Pravda.

The winning firm, Mostbud-Polissia, had never built a bridge and had share capital of 10,000 hryvnias, Wyborcza wrote. Its only rival, an experienced Kyiv contractor, was disqualified on a technicality. The price per square meter is 2.3 times higher than for comparable bridges rebuilt in neighboring regions, according to the Polish paper's account.

The company's director told the Ukrainian journalists that it had the necessary resources through subcontractors and would finish the bridge by the end of 2028.

The report lands at a sensitive moment. Kyiv is asking Western donors for billions more for reconstruction, and the European Commission has repeatedly urged Ukraine to tighten oversight of public procurement as part of its EU accession talks. A Commission spokesperson did not respond to POLITICO's request for comment on Wednesday evening.

Reconstruction contracts have become one of the most closely watched areas of Ukraine's anti-corruption efforts, with donors pressing for full publication of tender documents.
""",
"03_de.txt": """Ukraine: Brückenauftrag an fünf Monate alte Firma vergeben
Die Welt

In der Ukraine sorgt die Vergabe eines Auftrags zum Wiederaufbau einer Brücke über die Desna für Aufsehen. Wie die polnische Zeitung „Gazeta Wyborcza“ unter Berufung auf Recherchen ukrainischer Journalisten berichtet, ging der Auftrag über 1,46 Milliarden Hrywnja an eine Firma, die erst fünf Monate vor der Ausschreibung gegründet worden war.

Das Unternehmen Mostbud-Polissja habe zuvor keine einzige Brücke gebaut, schreibt das Blatt. Der Preis pro Quadratmeter liege 2,3-mal höher als bei vergleichbaren Brücken in den Nachbarregionen. Der einzige Mitbewerber, ein erfahrenes Kiewer Bauunternehmen, sei aus formalen Gründen ausgeschlossen worden.

Die alte Brücke bei dem Dorf Stari Brody im Gebiet Tschernihiw war 2022 zerstört worden. Der Firmenchef versicherte, sein Unternehmen verfüge über Subunternehmer und werde die Brücke bis Ende 2028 fertigstellen.

Der Wiederaufbau der ukrainischen Infrastruktur wird zu großen Teilen von westlichen Geldgebern finanziert, darunter auch Deutschland. Antikorruptionsorganisationen fordern seit Langem strengere Kontrollen bei der Vergabe öffentlicher Aufträge, zumal Kiew im Zuge der EU-Beitrittsverhandlungen Fortschritte bei der Transparenz nachweisen muss.
""",
"04_pt.txt": """Ucrânia entregou reconstrução de ponte a empresa criada cinco meses antes do concurso
Expresso
15 de abril de 2027

Um contrato de 1,46 mil milhões de hryvnias (cerca de 32 milhões de euros) para reconstruir uma ponte sobre o rio Desna, na região ucraniana de Chernihiv, foi atribuído a uma empresa criada apenas cinco meses antes do concurso público, segundo o site Politico Europe, que cita uma reportagem do diário polaco Gazeta Wyborcza.

A empresa vencedora, a Mostbud-Polissia, nunca tinha construído uma ponte e tinha um capital social de 10 mil hryvnias, escreve o Politico. O único concorrente, uma construtora de Kiev com experiência, foi excluído por uma questão formal.

O preço por metro quadrado é 2,3 vezes superior ao de pontes semelhantes reconstruídas em regiões vizinhas, acrescenta a publicação. O diretor da empresa garantiu que dispõe dos recursos necessários através de subempreiteiros e que a obra estará concluída até ao final de 2028.

A notícia surge numa altura em que Kiev pede mais apoio aos doadores ocidentais para a reconstrução do país e em que Bruxelas insiste num controlo mais apertado da contratação pública, no âmbito das negociações de adesão da Ucrânia à União Europeia.
""",
}, [{"name": "Українська правда", "in_corpus": True}],
[{"origin": "Українська правда", "article": "01_pl.txt"},
 {"origin": "Gazeta Wyborcza", "article": "02_en.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_de.txt"},
 {"origin": "Politico Europe", "article": "04_pt.txt"}],
[{"text": "The contract to rebuild the Desna bridge went to a company registered only five months before the tender.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "The winning company had never built a bridge and had share capital of 10,000 hryvnias.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "The price per square metre is 2.3 times higher than for comparable rebuilt bridges.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt", "04_pt.txt"], "independent_sources": 1}])

# t04: Público own report (inspection report seen by the paper, reporter on site, operator's
# spokesman to Público). 03_fr.txt (no outlet line) is an uncredited close French translation
# published the next morning: same structure and figures, same quote, and it keeps "o PÚBLICO teve
# acesso"/"disse ao PÚBLICO"/"O PÚBLICO esteve no local" as "notre journal": edge from Público.
# en "Lisbon daily Público reported on Thursday" + "the paper said" + "told Público" + "According to
# the newspaper"; it "Lo scrive il quotidiano lisbonese Público" + "Secondo quanto riporta il giornale
# portoghese" + "ha assicurato a Público" + own unanswered request "Contattato dalla Stampa … non ha
# voluto commentare" (no own reporting).
story("t04_translation_a13_viaduct", "translation", {
"00_pt.txt": """Cabos corroídos obrigam a fechar faixas no viaduto do Vale da Amieira
Público
2027-06-10 07:00

Nove dos 24 cabos de pré-esforço do viaduto do Vale da Amieira, na autoestrada A13, apresentam corrosão avançada, segundo o relatório de inspeção a que o PÚBLICO teve acesso. A concessionária vai fechar uma faixa em cada sentido a partir da meia-noite de quinta para sexta-feira e proibir a passagem de veículos pesados com mais de 12 toneladas.

O PÚBLICO esteve no local na quarta-feira à tarde. Sob o tabuleiro, equipas montavam andaimes junto aos pilares centrais, e na via de acesso ao viaduto formava-se já uma fila de quatro quilómetros devido aos trabalhos preparatórios.

"Não há risco de colapso, mas não podemos manter a carga atual enquanto não substituirmos os cabos afetados", disse ao PÚBLICO Rui Gaspar, porta-voz da Atlântica Autoestradas, que gere o troço. Segundo o responsável, a reparação deverá durar 11 meses e custar cerca de 23 milhões de euros, suportados pela concessionária.

O relatório, datado de 28 de maio, aponta a infiltração de água nas bainhas dos cabos como causa provável. Os cabos foram fornecidos em 2004 pela empresa italiana Trafilerie Alta Brembana, que entretanto foi integrada num grupo maior.

O viaduto, com 860 metros, é atravessado diariamente por cerca de 31 mil veículos. Os camiões serão desviados pela EN114, o que preocupa os autarcas das localidades atravessadas, que temem mais ruído e mais acidentes nas travessias das aldeias.
""",
"01_en.txt": """Lanes to close on A13 viaduct after cable corrosion found
The Portugal News
10 June 2027

One lane in each direction on the Vale da Amieira viaduct on the A13 motorway will close from midnight on Thursday after an inspection found advanced corrosion in nine of the structure's 24 prestressing cables, Lisbon daily Público reported on Thursday.

Lorries weighing more than 12 tonnes will also be banned from the 860-metre viaduct, which carries around 31,000 vehicles a day, the paper said, citing an inspection report dated 28 May.

"There is no risk of collapse, but we cannot keep the current load until we replace the affected cables," Rui Gaspar, a spokesman for operator Atlântica Autoestradas, told Público. Repairs are expected to take 11 months and cost around 23 million euros, to be paid by the concession holder.

According to the newspaper, water seeping into the cable ducts is the likely cause of the corrosion. Heavy traffic will be diverted onto the EN114 national road, a prospect that worries mayors of the villages along the route.

Drivers are advised to allow extra time, particularly during the morning rush hour: queues of several kilometres had already formed on the approach to the viaduct during preparatory work this week.
""",
"02_it.txt": """Portogallo, cavi corrosi sul viadotto dell'A13. Li aveva forniti un'azienda italiana
La Stampa
11 giugno 2027

Nove dei 24 cavi di precompressione del viadotto del Vale da Amieira, sull'autostrada portoghese A13, sono gravemente corrosi. Lo scrive il quotidiano lisbonese Público, che ha potuto consultare il rapporto d'ispezione. Da venerdì una corsia per senso di marcia resterà chiusa e i mezzi pesanti oltre le 12 tonnellate non potranno più transitare.

Secondo quanto riporta il giornale portoghese, i cavi erano stati forniti nel 2004 dalla Trafilerie Alta Brembana, azienda bergamasca poi confluita in un gruppo più grande. Il rapporto indica come causa probabile le infiltrazioni d'acqua nelle guaine, non un difetto del materiale.

Il portavoce della concessionaria Atlântica Autoestradas, Rui Gaspar, ha assicurato a Público che non esiste alcun rischio di crollo. I lavori dovrebbero durare undici mesi e costare circa 23 milioni di euro, a carico del concessionario.

Contattato dalla Stampa, il gruppo che oggi controlla il marchio Trafilerie Alta Brembana non ha voluto commentare.

Il caso arriva in un momento in cui in tutta Europa cresce l'attenzione sullo stato dei cavi di precompressione dei ponti costruiti a cavallo del Duemila, molti dei quali si avvicinano alla prima grande manutenzione.
""",
"03_fr.txt": """Des câbles corrodés obligent à fermer des voies sur le viaduc du Vale da Amieira
11/06/2027 09:12

Neuf des 24 câbles de précontrainte du viaduc du Vale da Amieira, sur l'autoroute A13, présentent une corrosion avancée, selon le rapport d'inspection auquel notre journal a eu accès. Le concessionnaire va fermer une voie dans chaque sens à partir de minuit dans la nuit de jeudi à vendredi et interdire le passage des poids lourds de plus de 12 tonnes.

Notre journal s'est rendu sur place mercredi après-midi. Sous le tablier, des équipes montaient des échafaudages près des piliers centraux, et sur la voie d'accès au viaduc se formait déjà une file de quatre kilomètres en raison des travaux préparatoires.

« Il n'y a aucun risque d'effondrement, mais nous ne pouvons pas maintenir la charge actuelle tant que nous n'aurons pas remplacé les câbles touchés », a déclaré à notre journal Rui Gaspar, porte-parole d'Atlântica Autoestradas, qui gère le tronçon. Selon le responsable, la réparation devrait durer 11 mois et coûter environ 23 millions d'euros, à la charge du concessionnaire.

Le rapport, daté du 28 mai, désigne l'infiltration d'eau dans les gaines des câbles comme cause probable. Les câbles ont été fournis en 2004 par l'entreprise italienne Trafilerie Alta Brembana, intégrée depuis dans un groupe plus important.

Le viaduc, long de 860 mètres, est emprunté chaque jour par environ 31 000 véhicules. Les camions seront déviés par la EN114, ce qui inquiète les maires des localités traversées, qui craignent davantage de bruit et d'accidents dans la traversée des villages.
""",
}, [{"name": "Público", "in_corpus": True}],
[{"origin": "Público", "article": "01_en.txt"},
 {"origin": "Público", "article": "02_it.txt"},
 {"origin": "Público", "article": "03_fr.txt"}],
[{"text": "Advanced corrosion was found in 9 of the 24 prestressing cables of the Vale da Amieira viaduct on the A13.",
  "articles": ["00_pt.txt", "01_en.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Repairs are expected to take 11 months and cost about 23 million euros.",
  "articles": ["00_pt.txt", "01_en.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The cables were supplied in 2004 by the Italian company Trafilerie Alta Brembana.",
  "articles": ["00_pt.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 1}])

# t05: institution-published document: a special report of the European Court of Auditors (outside
# the corpus), taken directly by fr, it, pl: fr "dans un rapport spécial publié ce mardi" +
# "écrivent les auditeurs de Luxembourg" + "cité dans le communiqué de l'institution"; it "È quanto
# emerge dalla relazione speciale della Corte dei conti europea" + "Secondo i magistrati contabili di
# Lussemburgo" + "si legge nel documento"; pl "wynika z opublikowanego we wtorek raportu specjalnego
# Europejskiego Trybunału Obrachunkowego (ETO)" (gen.) + "piszą audytorzy Trybunału" + "Jak zaznaczono
# w raporcie". pt (Expresso) takes it via Les Echos ("avança o jornal económico francês Les Echos, que
# cita um relatório especial" + "Segundo o diário francês" + "O Les Echos refere"): one edge from Les
# Echos (chain); its own unanswered request to the Court adds no own reporting.
story("t05_institution_eca_crossborder", "institution", {
"00_fr.txt": """Ponts et routes transfrontaliers : la Cour des comptes européenne épingle des retards en série
Les Echos
21 sept. 2027 à 11:48

Sur les 62 projets de routes et de ponts transfrontaliers cofinancés par l'Union européenne qu'elle a examinés, 27 accusent un retard de plus de trois ans. C'est le constat sévère dressé par la Cour des comptes européenne dans un rapport spécial publié ce mardi.

Les dépassements de coûts atteignent en moyenne 38 %, écrivent les auditeurs de Luxembourg, qui pointent des études préalables bâclées, des procédures d'expropriation interminables et un manque de coordination entre Etats voisins. Onze ponts frontaliers, dont la construction devait être achevée avant 2025, ne sont toujours pas ouverts à la circulation.

« Trop de ponts transfrontaliers n'existent encore que sur le papier, des années après que l'argent a été engagé », a déclaré Henrik Dalsgaard, le membre de la Cour responsable du rapport, cité dans le communiqué de l'institution.

Parmi les exemples relevés figurent un pont routier sur le Danube et une liaison entre la Pologne et la Lituanie, dont l'achèvement a glissé de trois ans. Dans plusieurs cas, les deux pays concernés n'avaient même pas adopté le même calendrier de travaux.

La Cour recommande à la Commission de conditionner davantage les versements à l'avancement réel des chantiers et de mieux contrôler les calendriers présentés par les Etats. Dans sa réponse, annexée au rapport, la Commission accepte la plupart des recommandations, tout en rappelant que la mise en oeuvre des projets relève des Etats membres.
""",
"01_it.txt": """Corte dei conti Ue: oltre tre anni di ritardo per 27 opere transfrontaliere
Il Sole 24 Ore
21 settembre 2027

Ventisette dei 62 progetti stradali e di ponti transfrontalieri cofinanziati dall'Unione europea sono in ritardo di oltre tre anni. È quanto emerge dalla relazione speciale della Corte dei conti europea pubblicata martedì, che boccia la gestione dei cosiddetti «collegamenti mancanti» tra Stati membri.

Secondo i magistrati contabili di Lussemburgo, i costi sono lievitati in media del 38% rispetto alle stime iniziali. «Troppi ponti transfrontalieri esistono ancora soltanto sulla carta, anni dopo l'impegno dei fondi», ha dichiarato Henrik Dalsgaard, il membro della Corte responsabile dell'audit.

Tra le cause, si legge nel documento, figurano studi di fattibilità insufficienti, lunghe procedure di esproprio e il mancato coordinamento tra Paesi confinanti. Undici ponti di confine che avrebbero dovuto essere completati entro il 2025 non sono ancora aperti al traffico.

Tra i casi esaminati figura anche un collegamento stradale tra Italia e Slovenia, il cui completamento è slittato di quattro anni per un contenzioso sugli espropri.

La Corte raccomanda alla Commissione di legare i pagamenti all'effettivo avanzamento dei lavori e di verificare con più attenzione i cronoprogrammi presentati dagli Stati. Bruxelles, nella risposta allegata alla relazione, accetta gran parte delle raccomandazioni.
""",
"02_pl.txt": """Unijne mosty na granicach powstają latami. Krytyczny raport ETO
Dziennik Gazeta Prawna
21.09.2027, 14:20

Aż 27 z 62 skontrolowanych transgranicznych inwestycji drogowych i mostowych współfinansowanych przez Unię Europejską ma ponad trzy lata opóźnienia – wynika z opublikowanego we wtorek raportu specjalnego Europejskiego Trybunału Obrachunkowego (ETO).

Koszty tych projektów wzrosły średnio o 38 proc. w porównaniu z pierwotnymi szacunkami – piszą audytorzy Trybunału. Wśród przyczyn wymieniają źle przygotowane studia wykonalności, przeciągające się wywłaszczenia oraz brak koordynacji między sąsiednimi państwami. Jedenaście mostów granicznych, które miały być gotowe przed 2025 r., wciąż nie zostało oddanych do ruchu.

Jak zaznaczono w raporcie, wśród opóźnionych inwestycji znalazło się także połączenie drogowe między Polską a Litwą, którego ukończenie przesunięto o trzy lata.

– Zbyt wiele transgranicznych mostów wciąż istnieje tylko na papierze, choć pieniądze zarezerwowano na nie przed laty – stwierdził Henrik Dalsgaard, członek ETO odpowiedzialny za raport.

Trybunał zaleca Komisji Europejskiej, by uzależniała wypłaty od rzeczywistego postępu prac. Komisja w odpowiedzi dołączonej do raportu zgodziła się z większością zaleceń.
""",
"03_pt.txt": """Pontes transfronteiriças financiadas pela UE acumulam atrasos de anos
Expresso
21 de setembro de 2027, 18:40

Das 62 obras rodoviárias e pontes transfronteiriças cofinanciadas pela União Europeia analisadas pelo Tribunal de Contas Europeu, 27 estão atrasadas mais de três anos, avança o jornal económico francês Les Echos, que cita um relatório especial publicado esta terça-feira no Luxemburgo.

Segundo o diário francês, os auditores apontam estudos prévios mal feitos, processos de expropriação intermináveis e falta de coordenação entre Estados vizinhos. Onze pontes fronteiriças que deveriam estar concluídas antes de 2025 continuam fechadas ao trânsito.

O Les Echos refere ainda que o tribunal recomenda à Comissão Europeia que condicione os pagamentos ao avanço real das obras, recomendação que Bruxelas diz aceitar na maior parte.

Não é claro se alguma das obras analisadas envolve a fronteira luso-espanhola. O Expresso pediu esclarecimentos ao Tribunal de Contas Europeu, mas não obteve resposta até ao fecho desta edição.

Portugal e Espanha têm em curso vários projetos de ligação transfronteiriça, entre os quais novas pontes sobre o Guadiana e o Minho, em parte financiados com fundos europeus.
""",
}, [{"name": "European Court of Auditors", "in_corpus": False}],
[{"origin": "European Court of Auditors", "article": "00_fr.txt"},
 {"origin": "European Court of Auditors", "article": "01_it.txt"},
 {"origin": "European Court of Auditors", "article": "02_pl.txt"},
 {"origin": "Les Echos", "article": "03_pt.txt"}],
[{"text": "27 of the 62 audited EU-cofinanced cross-border road and bridge projects are more than three years behind schedule.",
  "articles": ["00_fr.txt", "01_it.txt", "02_pl.txt", "03_pt.txt"], "independent_sources": 1},
 {"text": "Costs of the audited projects overran by 38% on average.",
  "articles": ["00_fr.txt", "01_it.txt", "02_pl.txt"], "independent_sources": 1}])

# t06: two independent own reports published the same morning: Märkische Oderzeitung (reporter at
# the bridge, Brandenburg roads agency spokesman "der MOZ", "Auf Nachfrage unserer Zeitung") and
# Gazeta Lubuska ("– dowiedziała się „Gazeta Lubuska”", "Jak poinformowała nas", "powiedziała
# „Gazecie Lubuskiej”" dat., "Nasz reporter sprawdził"). Notes from Poland credits both ("German
# regional daily Märkische Oderzeitung and Polish regional newspaper Gazeta Lubuska both reported",
# "told MOZ", "told Gazeta Lubuska", "both papers wrote"): two edges. Європейська правда (no date
# line) credits Gazeta Lubuska only ("повідомляє польська регіональна газета Gazeta Lubuska", "Як
# пише видання", "сказала в коментарі «Газеті Любуській»" dat.).
story("t06_two_reports_oder_bridge", "independent", {
"00_de.txt": """Oderbrücke Neuhof: Lkw-Verbot ab sofort – Fahrer müssen umkehren
Märkische Oderzeitung
2027-08-02T06:30:00+02:00

Die Straßenbrücke über die Oder zwischen Neuhof und dem polnischen Nowy Dwór Odrzański ist seit Montag für Lastwagen über 7,5 Tonnen gesperrt. Ein MOZ-Reporter beobachtete am frühen Morgen, wie Polizisten an der Auffahrt auf deutscher Seite mehrere Sattelzüge zum Umkehren aufforderten. Bis sieben Uhr staute sich der Verkehr auf der Zufahrtsstraße auf knapp zwei Kilometern.

Grund für die Sperrung sind Messwerte von Sensoren, die im vergangenen Jahr an der 1996 eröffneten Brücke installiert worden waren. „Die Durchbiegung im Mittelfeld liegt um sechs Zentimeter über dem zulässigen Wert. Das ist kein akuter Einsturz-Alarm, aber wir müssen die Last sofort reduzieren“, sagte ein Sprecher des Landesbetriebs Straßenwesen Brandenburg der MOZ.

Auf Nachfrage unserer Zeitung erklärte der Sprecher, die Sperrung gelte „bis auf Weiteres“. Eine genauere Untersuchung der Lager und Spannglieder solle im September beginnen. Pkw, Busse und Transporter dürfen die Brücke weiter nutzen.

Für die Spediteure in der Region ist das ein harter Schlag. „Wir fahren jetzt jeden Tag Umwege, das kostet uns Zeit und Geld“, sagte Ronny Pätzold, der in Neuhof ein Transportunternehmen mit 30 Lastwagen betreibt. Auch mehrere Betriebe im Gewerbegebiet am Stadtrand erwarten Lieferungen aus Polen.

Die Brücke ist eine von nur wenigen Oderquerungen im Landkreis. Sie wird gemeinsam von deutschen und polnischen Behörden unterhalten.
""",
"01_pl.txt": """Most na Odrze w Nowym Dworze zamknięty dla ciężarówek. Objazd przez Świecko
Gazeta Lubuska
2 sierpnia 2027, 07:10

Od poniedziałku ciężarówki o masie powyżej 7,5 tony nie mogą wjeżdżać na most drogowy na Odrze między Nowym Dworem Odrzańskim a niemieckim Neuhof – dowiedziała się „Gazeta Lubuska”. Kierowcy muszą jechać przez przejście w Świecku, co oznacza nadłożenie około 45 kilometrów.

Jak poinformowała nas rzeczniczka Zarządu Dróg Wojewódzkich w Zielonej Górze Magdalena Sroka, decyzję podjęto wspólnie z niemieckim zarządcą po analizie danych z czujników zamontowanych na konstrukcji. – Pomiary wykazały większe ugięcie przęsła, niż dopuszczają normy. Nie ma zagrożenia dla samochodów osobowych, ale ruch ciężki musimy wstrzymać – powiedziała „Gazecie Lubuskiej”.

Nasz reporter sprawdził w poniedziałek rano sytuację po polskiej stronie. Przed mostem ustawiono znaki zakazu i tablice informujące o objeździe, a kilku kierowców tirów zawracało na parkingu przy stacji benzynowej.

Wspólne badania konstrukcji mają się rozpocząć we wrześniu. Według wstępnych szacunków remont może kosztować nawet 14 mln zł, a koszty podzielą się oba kraje.

Most otwarto w 1996 roku. Korzystają z niego m.in. mieszkańcy gminy dojeżdżający do pracy w zakładach po niemieckiej stronie.
""",
"02_en.txt": """Polish-German Oder bridge closed to heavy trucks after sensors detect sagging
Notes from Poland
2027-08-02 16:45

A road bridge across the Oder river linking Poland and Germany has been closed to trucks weighing more than 7.5 tonnes after sensors detected that its central span was sagging beyond permitted limits, German regional daily Märkische Oderzeitung and Polish regional newspaper Gazeta Lubuska both reported on Monday.

The bridge connects Nowy Dwór Odrzański on the Polish side with Neuhof in the German state of Brandenburg. Cars, buses and vans can still use it.

A spokesman for Brandenburg's state roads agency told MOZ that the sagging was six centimetres above the permitted value. "This is not an acute collapse alarm, but we must reduce the load immediately," he said. The paper's reporter saw police turning back articulated lorries on the German side early on Monday.

On the Polish side, a spokeswoman for the regional road authority in Zielona Góra told Gazeta Lubuska that the decision had been taken jointly with the German operator. A detailed inspection of the structure is due to begin in September, both papers wrote.

The bridge opened in 1996 and is one of only a few Oder crossings in the area. It is used daily by Poles who commute to jobs on the German side of the border, as well as by local hauliers.
""",
"03_uk.txt": """Польща і Німеччина закрили для вантажівок міст через Одру
Європейська правда

Автомобільний міст через річку Одра між польським Новим Двором-Одрянським і німецьким Нойгофом з понеділка закрито для вантажівок масою понад 7,5 тонни. Про це повідомляє польська регіональна газета Gazeta Lubuska.

Як пише видання, рішення спільно ухвалили польський і німецький оператори доріг після того, як датчики на конструкції зафіксували надмірний прогин прольоту. «Загрози для легкових автомобілів немає, але рух важкого транспорту ми мусимо зупинити», — сказала в коментарі «Газеті Любуській» речниця воєводського управління доріг Маґдалена Срока.

Водіям вантажівок доводиться їхати через пункт пропуску Свецко, що додає близько 45 кілометрів шляху.

За попередніми оцінками, ремонт може коштувати до 14 млн злотих, витрати поділять обидві країни. Детальне обстеження мосту має розпочатися у вересні.

Міст відкрили 1996 року. Це одна з небагатьох переправ через Одру в цьому районі польсько-німецького кордону, нею щодня користуються й люди, які їздять на роботу до Німеччини.
""",
}, [{"name": "Märkische Oderzeitung", "in_corpus": True},
    {"name": "Gazeta Lubuska", "in_corpus": True}],
[{"origin": "Märkische Oderzeitung", "article": "02_en.txt"},
 {"origin": "Gazeta Lubuska", "article": "02_en.txt"},
 {"origin": "Gazeta Lubuska", "article": "03_uk.txt"}],
[{"text": "The Oder road bridge between Neuhof and Nowy Dwór Odrzański was closed to trucks over 7.5 tonnes from Monday.",
  "articles": ["00_de.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Trucks have to detour via the Świecko crossing, about 45 km longer.",
  "articles": ["01_pl.txt", "03_uk.txt"], "independent_sources": 1}])

# t07: a person's own post outside the corpus: the mayor of Berezhnytsia, Oleh Tkachuk, on Facebook.
# uk "Про це у фейсбуці повідомив міський голова Бережниці Олег Ткачук" + "написав Ткачук у своєму
# дописі"; en "Oleh Tkachuk, the mayor of Berezhnytsia, wrote on Facebook on Sept. 30" + "Tkachuk said in
# the post". pl (Kurier Lubelski) relays the post ("– poinformował w czwartek wieczorem na Facebooku
# burmistrz Bereżnycy Ołeh Tkaczuk") AND adds its own confirmation from the Polish Border Guard
# ("potwierdził w rozmowie z „Kurierem Lubelskim”" instr., "powiedziała nam"): edge from Tkachuk +
# Kurier Lubelski is an in-corpus origin. fr (Le Figaro) takes the post directly ("L'annonce a été
# faite jeudi soir sur Facebook par le maire …, Oleh Tkatchouk") and the Polish confirmation from
# Kurier Lubelski ("ont confirmé la fermeture au quotidien régional Kurier Lubelski. Selon le journal
# de Lublin"): two edges.
story("t07_post_confirmation_border_bridge", "confirmation", {
"00_uk.txt": """На під'їзді до пункту пропуску «Бережниця» закривають міст для вантажівок
Суспільне Волинь
30 вересня 2027, 19:15

З суботи, 2 жовтня, вантажівкам заборонять проїзд мостом через річку Луга на під'їзді до пункту пропуску «Бережниця» на кордоні з Польщею. Про це у фейсбуці повідомив міський голова Бережниці Олег Ткачук.

За його словами, під час обстеження мосту фахівці виявили деформацію опорних частин і руйнування бетону на одній з опор. «Рішення непросте, бо від цього мосту залежить робота всього пункту пропуску. Але ризикувати життям людей ми не маємо права», — написав Ткачук у своєму дописі.

Легкові автомобілі та автобуси й надалі зможуть їздити мостом, але зі швидкістю не більше 20 км/год. Ремонт, як зазначив міський голова, триватиме орієнтовно 40 днів.

Ткачук також закликав перевізників заздалегідь планувати маршрути через інші пункти пропуску. Через «Бережницю» щодня в середньому проходить близько 600 вантажівок.

Міст збудували в 1978 році. Востаннє його капітально ремонтували понад двадцять років тому, а місцеві мешканці неодноразово скаржилися на тріщини в асфальті та просідання на в'їзді.
""",
"01_pl.txt": """Ukraina zamyka most przy przejściu w Zabużu. Tiry pojadą przez Dorohusk
Kurier Lubelski
01.10.2027 08:20

Od soboty ciężarówki nie przejadą przez most na rzece Łuha przy ukraińskim przejściu granicznym Bereżnycia, naprzeciwko naszego Zabuża – poinformował w czwartek wieczorem na Facebooku burmistrz Bereżnycy Ołeh Tkaczuk. Jak napisał, inspekcja wykazała deformację łożysk i ubytki betonu na jednej z podpór.

Zamknięcie mostu potwierdził w rozmowie z „Kurierem Lubelskim” Nadbużański Oddział Straży Granicznej. – Otrzymaliśmy oficjalną informację od strony ukraińskiej. Od soboty odprawa ciężarówek na przejściu Zabuże–Bereżnycia zostanie wstrzymana, a przewoźnicy powinni kierować się na Dorohusk – powiedziała nam rzeczniczka oddziału mjr Katarzyna Mazurek.

Samochody osobowe i autobusy będą mogły nadal korzystać z przejścia.

Przewoźnicy z regionu nie kryją niepokoju. – Do Dorohuska mamy ponad 90 kilometrów, a tam kolejki i tak są długie. Dla małych firm to kolejny cios – mówi nam właściciel firmy transportowej z Hrubieszowa, który prosi o nieujawnianie nazwiska.

Przez przejście Zabuże–Bereżnycia przejeżdża dziennie około 600 ciężarówek. Samorządowcy z powiatu hrubieszowskiego zapowiadają, że zwrócą się do wojewody o interwencję w sprawie kolejek.
""",
"02_en.txt": """Bridge near Berezhnytsia border crossing to close to trucks for repairs
The Kyiv Independent
Thu, 30 Sep 2027 18:40:00 +0000

Trucks will be barred from a bridge on the approach to the Berezhnytsia border crossing with Poland from Oct. 2 after inspectors found damage to its supports, Oleh Tkachuk, the mayor of Berezhnytsia, wrote on Facebook on Sept. 30.

The bridge over the Luha River, built in 1978, has deformed bearings and crumbling concrete on one of its piers, Tkachuk said in the post. Cars and buses will still be allowed to cross at a maximum speed of 20 kilometers per hour.

"This is not an easy decision, because the whole border crossing depends on this bridge. But we have no right to risk people's lives," the mayor wrote. Repairs are expected to take about 40 days.

Around 600 trucks pass through the Berezhnytsia checkpoint every day on average. Tkachuk urged carriers to plan routes through other crossings in advance.

Ukraine's western border crossings have been under strain for years, with truck queues at the Polish border regularly stretching for kilometers and waiting times of several days during peak periods.
""",
"03_fr.txt": """Ukraine : un pont fragilisé ferme un poste-frontière aux camions
Le Figaro
01/10/2027 à 17:30

À partir de samedi, les poids lourds ne pourront plus emprunter le pont qui mène au poste-frontière de Berejnytsia, entre l'Ukraine et la Pologne. L'annonce a été faite jeudi soir sur Facebook par le maire de cette petite ville de Volhynie, Oleh Tkatchouk, qui invoque la déformation des appareils d'appui et l'effritement du béton sur l'une des piles.

« Nous n'avons pas le droit de risquer la vie des gens », a écrit l'élu dans sa publication. Voitures et autocars pourront continuer à franchir l'ouvrage, à vitesse réduite.

Côté polonais, les gardes-frontières ont confirmé la fermeture au quotidien régional Kurier Lubelski. Selon le journal de Lublin, les transporteurs sont invités à se reporter sur le poste de Dorohusk, à plus de 90 kilomètres, où les files d'attente sont déjà longues.

Environ 600 camions franchissent chaque jour ce point de passage. Depuis le début de la guerre, l'Ukraine dépend largement de ses frontières terrestres avec l'Union européenne pour ses échanges commerciaux, et chaque fermeture, même partielle, se répercute sur des postes déjà saturés.
""",
}, [{"name": "Oleh Tkachuk", "in_corpus": False},
    {"name": "Kurier Lubelski", "in_corpus": True}],
[{"origin": "Oleh Tkachuk", "article": "00_uk.txt"},
 {"origin": "Oleh Tkachuk", "article": "01_pl.txt"},
 {"origin": "Oleh Tkachuk", "article": "02_en.txt"},
 {"origin": "Oleh Tkachuk", "article": "03_fr.txt"},
 {"origin": "Kurier Lubelski", "article": "03_fr.txt"}],
[{"text": "From Saturday 2 October trucks are barred from the bridge on the approach to the Berezhnytsia border crossing.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "Repairs of the bridge are expected to take about 40 days.",
  "articles": ["00_uk.txt", "02_en.txt"], "independent_sources": 1}])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 155 (roads, bridges, infrastructure; "
                            "real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
