#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand60 set.

Emphasis: European stories told in several languages at once (en, de, fr, es, it, pl, uk, ru):
agency items reprinted abroad with each country's credit forms, a national paper's scoop relayed
abroad plus an uncredited translation, a government press release taken directly, and a relay of a
relay across languages. Outlet and agency names are real; all events, people and most places/
companies are invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus=False):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, *arts):
    return [{"origin": origin, "article": a} for a in arts]
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# s01: PAP item (outside agency) reprinted by two Polish papers ("(PAP)" tag at the end; "podaje PAP"),
# a German paper ("meldet die polnische Nachrichtenagentur PAP"), a Ukrainian site ("передає польське
# агентство PAP") and an English article without outlet line ("Polish state news agency PAP reported").
story("s01_pap_mine_flooding", "agency", {
"00_pl.txt": """Woda w kopalni Modrzew. 14 górników odciętych przez dziewięć godzin, wszyscy wyjechali na powierzchnię
Dziennik Zachodni
2027-03-09 07:40

Czternastu górników odciętych przez wodę na poziomie 650 metrów w kopalni Modrzew w Rybniku wyjechało we wtorek rano na powierzchnię. Akcja ratownicza trwała dziewięć godzin.

Do wdarcia się wody doszło w nocy z poniedziałku na wtorek około godz. 23. Jak poinformował rzecznik Śląskiej Grupy Górniczej Tomasz Kurzawa, woda napłynęła ze starych, zalanych wyrobisk sąsiedniego pola. Górnicy schronili się w wyżej położonym chodniku i tam czekali na ratowników.

Dwóch górników z objawami wychłodzenia trafiło do szpitala w Rybniku. Ich życiu nic nie zagraża. Wydobycie na zagrożonej ścianie wstrzymano, a przyczyny zdarzenia zbada Wyższy Urząd Górniczy. (PAP)
""",
"01_pl.txt": """Rybnik: uratowano 14 górników z zalanego chodnika w kopalni Modrzew
Rzeczpospolita
09.03.2027 09:15

Wszyscy czternastu górników, których w nocy odcięła woda na poziomie 650 metrów w kopalni Modrzew w Rybniku, są już bezpieczni na powierzchni – podaje PAP. Ratownicy dotarli do nich po dziewięciu godzinach.

Według rzecznika Śląskiej Grupy Górniczej Tomasza Kurzawy, cytowanego przez agencję, woda pochodziła ze starych, zalanych wyrobisk. Górnicy przeczekali akcję w wyżej położonym chodniku.

Wyższy Urząd Górniczy wyjaśni okoliczności zdarzenia. Wydobycie na ścianie, przy której doszło do wypływu, zostało wstrzymane.
""",
"02_de.txt": """Wassereinbruch in polnischem Bergwerk: 14 Kumpel nach neun Stunden gerettet
Der Tagesspiegel
9. März 2027

In einem Steinkohlebergwerk im südpolnischen Rybnik sind 14 Bergleute nach einem Wassereinbruch neun Stunden lang eingeschlossen gewesen. Am Dienstagmorgen wurden alle gerettet, meldet die polnische Nachrichtenagentur PAP.

Das Wasser sei in der Nacht in 650 Metern Tiefe in der Grube Modrzew aus alten, gefluteten Abbauräumen eingedrungen, sagte ein Sprecher des Betreibers, Tomasz Kurzawa, laut PAP. Die Bergleute hätten sich in einen höher gelegenen Stollen gerettet.

Zwei Männer kamen mit Unterkühlung ins Krankenhaus, Lebensgefahr besteht nicht. Die polnische Bergbaubehörde ermittelt.
""",
"03_uk.txt": """У польській шахті «Моджев» врятували 14 гірників, яких відрізала вода
Дзеркало тижня
2027-03-09T10:20:00+02:00

У польському Рибнику рятувальники після дев'ятигодинної операції підняли на поверхню 14 гірників, яких у шахті «Моджев» відрізала вода на глибині 650 метрів. Про це передає польське агентство PAP.

Вода прорвалася в ніч з понеділка на вівторок. Гірники сховалися у вищому штреку й чекали там на допомогу.

Двох шахтарів з ознаками переохолодження доправили до лікарні, їхньому життю нічого не загрожує. Причини аварії з'ясовує гірничий нагляд Польщі.
""",
"04_en.txt": """Fourteen miners rescued after nine hours cut off by floodwater in Polish colliery
2027-03-09T11:05:00+01:00

Fourteen miners trapped by an inrush of water 650 metres underground at the Modrzew coal mine in Rybnik, southern Poland, were brought to the surface on Tuesday morning after a nine-hour rescue, Polish state news agency PAP reported.

The water broke in shortly before midnight from old, flooded workings in a neighbouring section, mine operator spokesman Tomasz Kurzawa said, according to PAP. The men sheltered in a higher gallery until rescuers reached them.

Mining at the affected face has been halted and the State Mining Authority is investigating.
""",
}, [O("PAP")],
R("PAP", "00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"),
[C("Fourteen miners cut off by water 650 metres underground at the Modrzew mine in Rybnik were rescued after nine hours.",
   ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_en.txt"], 1),
 C("The water came from old, flooded workings.", ["00_pl.txt", "01_pl.txt", "02_de.txt", "04_en.txt"], 1),
 C("Two miners were taken to hospital with hypothermia.", ["00_pl.txt", "02_de.txt", "03_uk.txt"], 1)])

# s02: EFE item (outside agency): Spanish reprint with EFE dateline "Xàtiva (Valencia), 14 abr (EFE).-",
# Spanish "informa EFE", French "selon l'agence espagnole EFE", Italian (no date line) "riferisce
# l'agenzia spagnola Efe", English "Spanish news agency EFE reported".
story("s02_efe_sorolla_theft", "agency", {
"00_es.txt": """Roban un boceto de Sorolla del museo Casa de la Seda de Xàtiva
Las Provincias
2027-04-14 13:05

Xàtiva (Valencia), 14 abr (EFE).- Unos ladrones entraron durante la madrugada de este miércoles en el museo municipal Casa de la Seda de Xàtiva y se llevaron un boceto al óleo de Joaquín Sorolla, "Estudio para Pescadoras", valorado en unos 180.000 euros.

Según ha explicado la concejala de Cultura, Marta Ferrer, los autores accedieron por una claraboya del tejado y la alarma no sonó porque el sistema tenía una avería desde el fin de semana. "Estaba pendiente de reparación, y alguien lo sabía", ha dicho Ferrer.

La Guardia Civil ha abierto una investigación y revisa las cámaras de seguridad de las calles cercanas. El museo permanecerá cerrado hasta el lunes.
""",
"01_es.txt": """Un boceto de Sorolla, robado en Xàtiva aprovechando una avería de la alarma
20minutos
14.04.2027 14:20

Un boceto de Joaquín Sorolla ha desaparecido del museo Casa de la Seda de Xàtiva tras un robo cometido la pasada madrugada, informa EFE. La obra, un estudio al óleo para el cuadro "Pescadoras", está valorada en 180.000 euros.

Los ladrones entraron por una claraboya. La alarma no funcionaba por una avería, según la concejala de Cultura del municipio, Marta Ferrer, citada por la agencia. La Guardia Civil investiga el robo.
""",
"02_fr.txt": """Espagne : une esquisse de Sorolla volée dans un musée de Xàtiva
Le Figaro
14 avril 2027

Une esquisse à l'huile du peintre Joaquín Sorolla a été dérobée dans la nuit de mardi à mercredi au musée municipal Casa de la Seda de Xàtiva, près de Valence, selon l'agence espagnole EFE. L'œuvre, une étude pour le tableau « Pescadoras », est estimée à 180 000 euros.

Les voleurs sont passés par une verrière du toit. La Guardia Civil a ouvert une enquête.
""",
"03_it.txt": """Spagna, rubato un bozzetto di Sorolla dal museo di Xàtiva
La Stampa

Un bozzetto a olio di Joaquín Sorolla è stato rubato la scorsa notte dal museo civico Casa de la Seda di Xàtiva, in provincia di Valencia. Lo riferisce l'agenzia spagnola Efe.

I ladri sono entrati da un lucernario e l'allarme non è scattato perché guasto da giorni, ha spiegato l'assessora alla cultura Marta Ferrer secondo l'Efe. Indaga la Guardia Civil.
""",
"04_en.txt": """Sorolla oil sketch stolen from Spanish museum while alarm was broken
The Art Newspaper
2027-04-14T16:45:00+00:00

Thieves broke into the municipal Casa de la Seda museum in Xàtiva, near Valencia, overnight and took an oil sketch by Joaquín Sorolla valued at around €180,000, Spanish news agency EFE reported on Wednesday.

The work is a study for Sorolla's painting "Pescadoras". The thieves came in through a roof skylight, and the alarm did not go off because the system had been faulty since the weekend, the town's culture councillor Marta Ferrer told EFE.

The Guardia Civil is investigating.
""",
}, [O("EFE")],
R("EFE", "00_es.txt", "01_es.txt", "02_fr.txt", "03_it.txt", "04_en.txt"),
[C("An oil sketch by Joaquín Sorolla was stolen overnight from the Casa de la Seda museum in Xàtiva.",
   ["00_es.txt", "01_es.txt", "02_fr.txt", "03_it.txt", "04_en.txt"], 1),
 C("The sketch is valued at about 180,000 euros.", ["00_es.txt", "01_es.txt", "02_fr.txt", "04_en.txt"], 1),
 C("The alarm did not go off because it was faulty.", ["00_es.txt", "01_es.txt", "03_it.txt", "04_en.txt"], 1)])

# s03: ANSA item (outside agency): Italian "secondo l'ANSA", German "meldet die italienische
# Nachrichtenagentur Ansa", French without outlet line "selon l'agence italienne ANSA", Polish "podaje
# włoska agencja ANSA", Russian "сообщает итальянское агентство ANSA".
story("s03_ansa_como_boat", "agency", {
"00_it.txt": """Lago di Como, battello si incaglia davanti a Bellagio: evacuati 62 passeggeri
Il Giorno
22.04.2027 18:30

Il battello di linea Stelvio si è incagliato nel primo pomeriggio sugli scogli davanti a Bellagio, avvolto dalla nebbia. I 62 passeggeri a bordo sono stati trasferiti a terra con le imbarcazioni dei vigili del fuoco e della Guardia di Finanza, secondo l'ANSA. Nessuno è rimasto ferito.

La procura di Como ha aperto un fascicolo e il comandante del battello risulta indagato per naufragio colposo, sempre secondo l'agenzia. Il servizio tra Bellagio e Varenna è sospeso fino a nuovo avviso.
""",
"01_de.txt": """Comer See: Ausflugsschiff läuft vor Bellagio auf Grund
Süddeutsche Zeitung
2027-04-22 19:10

Auf dem Comer See ist ein Linienschiff bei dichtem Nebel vor Bellagio auf Felsen gelaufen. Die 62 Passagiere der „Stelvio" seien von Booten der Feuerwehr und der Finanzpolizei an Land gebracht worden, verletzt wurde niemand, meldet die italienische Nachrichtenagentur Ansa.

Die Staatsanwaltschaft Como ermittelt gegen den Kapitän. Die Verbindung Bellagio–Varenna ist vorerst eingestellt.
""",
"02_fr.txt": """Italie : un bateau s'échoue sur le lac de Côme, 62 passagers évacués
22 avril 2027

Un bateau de ligne, le Stelvio, s'est échoué jeudi après-midi sur des rochers devant Bellagio, sur le lac de Côme, dans un épais brouillard, selon l'agence italienne ANSA. Les 62 passagers ont été ramenés à terre par les pompiers et la Guardia di Finanza. Il n'y a pas de blessés.

La liaison entre Bellagio et Varenna est suspendue.
""",
"03_pl.txt": """Włochy: statek wycieczkowy osiadł na skałach na jeziorze Como
Interia
2027-04-22T20:05:00+02:00

Statek pasażerski Stelvio osiadł w czwartek po południu na skałach w pobliżu Bellagio na jeziorze Como – podaje włoska agencja ANSA. Wszystkich 62 pasażerów ewakuowano, nikt nie odniósł obrażeń.

Prokuratura w Como wszczęła postępowanie wobec kapitana jednostki. Według agencji w chwili wypadku nad jeziorem zalegała gęsta mgła.
""",
"04_ru.txt": """На озере Комо теплоход сел на камни: эвакуированы 62 пассажира
Новая газета Европа
23.04.2027 08:00

Рейсовый теплоход «Стельвио» в четверг днем в густом тумане сел на камни у Белладжо на озере Комо, сообщает итальянское агентство ANSA. Всех 62 пассажиров пожарные и финансовая гвардия доставили на берег, пострадавших нет.

Прокуратура Комо начала расследование в отношении капитана, передает агентство.
""",
}, [O("ANSA")],
R("ANSA", "00_it.txt", "01_de.txt", "02_fr.txt", "03_pl.txt", "04_ru.txt"),
[C("The passenger boat Stelvio ran aground near Bellagio on Lake Como in fog; its 62 passengers were evacuated unhurt.",
   ["00_it.txt", "01_de.txt", "02_fr.txt", "03_pl.txt", "04_ru.txt"], 1),
 C("The Como prosecutor opened an investigation into the captain.", ["00_it.txt", "01_de.txt", "03_pl.txt", "04_ru.txt"], 1)])

# s04: two outside agencies reporting the same accident independently from both banks of the Rhine:
# AFP (Strasbourg side: deputy mayor, footbridge closed) and dpa (Kehl side: police, breath test).
# French "selon l'AFP", German "meldet dpa", English "AFP and dpa reported" (two edges), Polish
# "podaje niemiecka agencja dpa", Italian "riferisce l'agenzia France-Presse".
story("s04_afp_dpa_rhine_boat", "two_agencies", {
"00_fr.txt": """Strasbourg : un bateau-promenade percute la passerelle des Deux-Rives, trois blessés légers
Dernières Nouvelles d'Alsace
2027-05-03 09:10

Un bateau-promenade transportant 41 passagers a heurté dimanche soir une pile de la passerelle des Deux-Rives, qui relie Strasbourg à Kehl, faisant trois blessés légers, selon l'AFP.

La passerelle piétonne restera fermée jusqu'à ce que des ingénieurs aient vérifié la structure, « au minimum une semaine », a déclaré à l'AFP l'adjointe au maire de Strasbourg chargée des mobilités, Claire Hoenig. Les piétons et cyclistes sont invités à emprunter le pont de l'Europe.

Le bateau, le Regio Rhein, appartient à une compagnie de Kehl.
""",
"01_de.txt": """Ausflugsschiff rammt Fußgängerbrücke zwischen Kehl und Straßburg
Badische Zeitung
03.05.2027 10:00

Ein Ausflugsschiff mit 41 Fahrgästen an Bord hat am Sonntagabend einen Pfeiler der Passerelle des Deux Rives zwischen Kehl und Straßburg gerammt. Drei Menschen wurden leicht verletzt, meldet dpa.

Ein Alkoholtest beim 54 Jahre alten Kapitän der „Regio Rhein" sei negativ ausgefallen, sagte ein Sprecher des Polizeipräsidiums Offenburg, Jens Maurer, der Deutschen Presse-Agentur. Den Schaden am Schiff schätzt die Polizei auf rund 200.000 Euro. Die Wasserschutzpolizei ermittelt zur Unfallursache.
""",
"02_en.txt": """Tour boat hits Rhine footbridge between France and Germany, three hurt
Euronews
2027-05-03T12:30:00+02:00

A Rhine tour boat carrying 41 passengers struck a pillar of the Passerelle des Deux Rives footbridge linking Strasbourg and Kehl on Sunday evening, leaving three people lightly injured, AFP and dpa reported.

Strasbourg's deputy mayor for mobility, Claire Hoenig, told AFP the footbridge would stay shut until engineers had inspected it, "at least a week". On the German side, police spokesman Jens Maurer told dpa that the 54-year-old captain of the Regio Rhein had tested negative for alcohol.
""",
"03_pl.txt": """Statek wycieczkowy uderzył w most na Renie między Kehl a Strasburgiem
Wirtualna Polska
3 maja 2027

Statek wycieczkowy z 41 pasażerami na pokładzie uderzył w niedzielę wieczorem w filar kładki pieszej łączącej niemieckie Kehl z francuskim Strasburgiem. Trzy osoby zostały lekko ranne – podaje niemiecka agencja dpa.

Jak przekazał agencji rzecznik policji w Offenburgu, test na obecność alkoholu u 54-letniego kapitana dał wynik negatywny.
""",
"04_it.txt": """Strasburgo, battello turistico urta la passerella sul Reno: tre feriti lievi
la Repubblica
3 maggio 2027

Un battello turistico con 41 passeggeri ha urtato domenica sera un pilone della passerella pedonale dei Deux-Rives tra Strasburgo e Kehl. Tre persone sono rimaste lievemente ferite, riferisce l'agenzia France-Presse.

La passerella resterà chiusa almeno una settimana per le verifiche strutturali, ha detto all'agenzia la vicesindaca di Strasburgo Claire Hoenig.
""",
}, [O("AFP"), O("dpa")],
R("AFP", "00_fr.txt", "02_en.txt", "04_it.txt") + R("dpa", "01_de.txt", "02_en.txt", "03_pl.txt"),
[C("A tour boat with 41 passengers hit a pillar of the footbridge between Strasbourg and Kehl; three people were lightly injured.",
   ["00_fr.txt", "01_de.txt", "02_en.txt", "03_pl.txt", "04_it.txt"], 2),
 C("The footbridge will stay closed for at least a week for structural checks.", ["00_fr.txt", "02_en.txt", "04_it.txt"], 1),
 C("The 54-year-old captain tested negative for alcohol.", ["01_de.txt", "02_en.txt", "03_pl.txt"], 1)])

# s05: a national paper's own scoop (Corriere della Sera saw an internal report) relayed abroad with
# credit (de "berichtet die italienische Tageszeitung Corriere della Sera", es "según publica el diario
# italiano", en "Italian daily Corriere della Sera reported") and an uncredited close Polish
# translation published the next morning that keeps "nasza redakcja" / "naszej gazecie".
story("s05_corriere_scoop_trains", "scoop_relayed_and_translated", {
"00_it.txt": """Crepe nei carrelli, Trenord ritira 38 treni Vistula Rail
Corriere della Sera
2027-05-18 06:00

Trenord ritirerà dal servizio tutti i 38 treni regionali V-Regio costruiti dall'azienda polacca Vistula Rail di Bydgoszcz, dopo che durante le ispezioni di routine sono state trovate crepe nelle saldature dei carrelli. Lo ha appreso il Corriere della Sera, che ha potuto leggere la relazione interna della direzione tecnica della società.

Secondo il documento, datato 11 maggio, le crepe sono state individuate su 11 dei 38 convogli, tutti in servizio sulle linee Milano–Lecco e Milano–Bergamo. Il ritiro avverrà gradualmente entro la fine di giugno; al loro posto torneranno in servizio treni più vecchi.

«Non c'è un pericolo immediato, ma non vogliamo correre rischi», ha detto al Corriere un dirigente di Trenord che ha chiesto di non essere nominato. Vistula Rail non ha risposto alle domande del nostro giornale.
""",
"01_de.txt": """Risse in Drehgestellen: Mailänder Bahn zieht 38 Züge aus Polen aus dem Verkehr
Die Welt
18. Mai 2027

Die lombardische Regionalbahn Trenord will alle 38 Züge des Typs V-Regio des polnischen Herstellers Vistula Rail aus dem Verkehr ziehen. Das berichtet die italienische Tageszeitung Corriere della Sera unter Berufung auf einen internen Bericht der Bahn. Bei Routinekontrollen seien an elf Zügen Risse in den Schweißnähten der Drehgestelle entdeckt worden.

Die Züge sollen bis Ende Juni schrittweise durch ältere Fahrzeuge ersetzt werden. Vistula Rail äußerte sich laut Corriere nicht.
""",
"02_es.txt": """Trenord retirará 38 trenes polacos por grietas en los bogies
El País
2027-05-18T13:40:00+02:00

La compañía ferroviaria lombarda Trenord retirará del servicio los 38 trenes regionales V-Regio fabricados por la polaca Vistula Rail tras detectar grietas en las soldaduras de los bogies, según publica el diario italiano Corriere della Sera, que ha tenido acceso a un informe interno.

Los trenes circulan en las líneas Milán–Lecco y Milán–Bérgamo y serán sustituidos por material más antiguo antes de finales de junio, según el rotativo milanés.
""",
"03_pl.txt": """Pęknięcia w wózkach. Trenord wycofa 38 pociągów Vistula Rail
Portal Szyna24
19.05.2027 07:30

Włoski przewoźnik Trenord wycofa z ruchu wszystkie 38 pociągów regionalnych V-Regio zbudowanych przez bydgoską firmę Vistula Rail, po tym jak podczas rutynowych przeglądów wykryto pęknięcia spawów w wózkach. Wynika to z wewnętrznego raportu dyrekcji technicznej spółki, z którym mogła zapoznać się nasza redakcja.

Według dokumentu, datowanego na 11 maja, pęknięcia znaleziono w 11 z 38 składów, wszystkich kursujących na liniach Mediolan–Lecco i Mediolan–Bergamo. Wycofywanie będzie następować stopniowo do końca czerwca; w ich miejsce wrócą starsze pociągi.

„Nie ma bezpośredniego zagrożenia, ale nie chcemy ryzykować" – powiedział naszej gazecie menedżer Trenord, który poprosił o anonimowość. Vistula Rail nie odpowiedziała na pytania naszej redakcji.
""",
"04_en.txt": """Trenord to withdraw Vistula Rail V-Regio fleet over bogie cracks
Railway Gazette International
2027-05-18 15:00

Lombardy operator Trenord is to withdraw all 38 V-Regio regional trains supplied by Poland's Vistula Rail after cracks were found in bogie welds on 11 of them, Italian daily Corriere della Sera reported on May 18, citing an internal report by the operator's technical department.

According to the newspaper, the units will be taken out of service gradually by the end of June and replaced by older rolling stock.
""",
}, [O("Corriere della Sera", True)],
R("Corriere della Sera", "01_de.txt", "02_es.txt", "03_pl.txt", "04_en.txt"),
[C("Trenord will withdraw all 38 V-Regio trains built by Vistula Rail after cracks were found in the bogie welds.",
   ["00_it.txt", "01_de.txt", "02_es.txt", "03_pl.txt", "04_en.txt"], 1),
 C("Cracks were found on 11 of the 38 trains.", ["00_it.txt", "01_de.txt", "03_pl.txt", "04_en.txt"], 1)])

# s06: a government press release taken directly by five outlets (origin = the ministry as named in
# the first article, in_corpus false). de "teilte das Bundesministerium … in einer Pressemitteilung
# mit"; uk "йдеться в прес-релізі Федерального міністерства …"; pl without outlet line "poinformowało
# w komunikacie prasowym niemieckie Federalne Ministerstwo …"; en "said in a press release"; fr
# "indique … dans un communiqué".
story("s06_press_release_night_train", "press_release", {
"00_de.txt": """Direkter Nachtzug von Berlin nach Kyjiw ab Dezember
Berliner Morgenpost
01.06.2027 13:45

Ab dem Fahrplanwechsel im Dezember soll ein direkter Nachtzug Berlin über Warschau nach Kyjiw fahren. Das teilte das Bundesministerium für Digitales und Verkehr am Dienstag in einer Pressemitteilung mit. Eine entsprechende Vereinbarung mit Polen und der Ukraine sei in Warschau unterzeichnet worden.

Der Zug soll zunächst dreimal pro Woche verkehren; an der polnisch-ukrainischen Grenze in Jagodin werden die Wagen auf die Breitspur umgespurt. Der Bund unterstützt die Verbindung in den ersten drei Jahren mit 12 Millionen Euro.

„Diese Verbindung bringt Europa näher an die Ukraine", wird Verkehrsministerin Katrin Wellbrock in der Mitteilung zitiert.
""",
"01_uk.txt": """З грудня курсуватиме прямий нічний потяг Берлін — Варшава — Київ
Європейська правда
2027-06-01 15:10

З грудня 2027 року між Берліном і Києвом через Варшаву курсуватиме прямий нічний потяг. Про це йдеться в прес-релізі Федерального міністерства цифрових справ і транспорту Німеччини, оприлюдненому у вівторок.

Угоду між Німеччиною, Польщею та Україною підписали у Варшаві. Спершу потяг їздитиме тричі на тиждень, а на кордоні в Ягодині вагони переставлятимуть на широку колію. Німецький уряд виділить на підтримку сполучення 12 мільйонів євро протягом трьох років.
""",
"02_pl.txt": """Nocny pociąg z Berlina do Kijowa przez Warszawę od grudnia
1 czerwca 2027

Od grudniowej zmiany rozkładu jazdy ma kursować bezpośredni nocny pociąg z Berlina przez Warszawę do Kijowa – poinformowało we wtorek w komunikacie prasowym niemieckie Federalne Ministerstwo Cyfryzacji i Transportu.

Porozumienie w tej sprawie podpisali w Warszawie przedstawiciele Niemiec, Polski i Ukrainy. Pociąg będzie początkowo kursował trzy razy w tygodniu, a w Jagodzinie wagony będą przestawiane na tor szeroki.
""",
"03_en.txt": """Direct Berlin–Kyiv night train to start in December
Politico Europe
2027-06-01T16:00:00+02:00

A direct night train will run from Berlin to Kyiv via Warsaw from the December timetable change, the German Federal Ministry for Digital and Transport said in a press release on Tuesday, after Germany, Poland and Ukraine signed an agreement in Warsaw.

The train will initially run three times a week, with carriages switched to broad gauge at the Yahodyn border crossing. Berlin will support the service with €12 million over its first three years, the ministry said, quoting Transport Minister Katrin Wellbrock: "This connection brings Europe closer to Ukraine."
""",
"04_fr.txt": """Un train de nuit direct Berlin-Kiev dès décembre
Le Monde
1er juin 2027

Un train de nuit direct reliant Berlin à Kiev via Varsovie circulera à partir du changement d'horaires de décembre, indique le ministère fédéral allemand du Numérique et des Transports dans un communiqué publié mardi.

Le train circulera d'abord trois fois par semaine. L'Allemagne financera la liaison à hauteur de 12 millions d'euros sur trois ans, précise le communiqué.
""",
}, [O("Bundesministerium für Digitales und Verkehr")],
R("Bundesministerium für Digitales und Verkehr", "00_de.txt", "01_uk.txt", "02_pl.txt", "03_en.txt", "04_fr.txt"),
[C("A direct night train Berlin–Warsaw–Kyiv will run from December 2027.",
   ["00_de.txt", "01_uk.txt", "02_pl.txt", "03_en.txt", "04_fr.txt"], 1),
 C("Germany will support the service with 12 million euros over three years.", ["00_de.txt", "01_uk.txt", "03_en.txt", "04_fr.txt"], 1)])

# s07: relay of a relay across languages: own Ukrainian investigation (Українська правда) → Polish
# relay crediting it ("jak ustaliła «Ukraińska Prawda»") → German relay crediting only the Polish
# paper ("berichtet die polnische Tageszeitung Gazeta Wyborcza unter Berufung auf ukrainische Medien")
# → English relay (no date line) crediting only the German paper; a Russian relay credits the origin
# directly ("сообщает «Украинская правда»").
story("s07_chain_customs_bribes", "chain", {
"00_uk.txt": """Митники на «Ягодині» брали хабарі за пропуск зерновозів без черги
Українська правда
2027-06-08 09:00

Одинадцять працівників митного поста «Ягодин» на кордоні з Польщею щонайменше з березня брали хабарі від водіїв зерновозів за проїзд без черги. Як з'ясувала «Українська правда», такса становила від 300 до 500 доларів за вантажівку.

У розпорядженні УП є аудіозаписи розмов двох митників із посередником. Троє водіїв розповіли УП, що платили готівкою на парковці перед терміналом. «Або платиш, або стоїш чотири доби», — сказав один із них.

Після запиту УП Державна митна служба повідомила, що розпочала службове розслідування.
""",
"01_pl.txt": """Łapówki na przejściu Dorohusk–Jagodzin. Ukraińscy celnicy przepuszczali ciężarówki ze zbożem poza kolejką
Gazeta Wyborcza
08.06.2027 14:30

Jedenastu ukraińskich celników z przejścia granicznego w Jagodzinie, naprzeciw polskiego Dorohuska, brało łapówki od kierowców ciężarówek ze zbożem za przepuszczanie ich poza kolejką – jak ustaliła „Ukraińska Prawda". Według portalu stawka wynosiła od 300 do 500 dolarów za ciężarówkę.

Ukraiński portal podaje, że dysponuje nagraniami rozmów celników z pośrednikiem. Państwowa Służba Celna Ukrainy wszczęła postępowanie wyjaśniające. Dla polskich przewoźników, którzy czekają w tej samej kolejce, to potwierdzenie od dawna zgłaszanych skarg.
""",
"02_de.txt": """Bestechung an der polnisch-ukrainischen Grenze: Getreidelaster gegen Bargeld vorgelassen
Frankfurter Allgemeine Zeitung
9. Juni 2027

Ukrainische Zöllner am Grenzübergang Jahodyn sollen Fahrer von Getreidelastern gegen Schmiergeld an der Warteschlange vorbeigewinkt haben. Das berichtet die polnische Tageszeitung Gazeta Wyborcza unter Berufung auf ukrainische Medien. Demnach geht es um elf Beamte und Beträge von 300 bis 500 Dollar pro Lastwagen.

Der ukrainische Zolldienst habe eine interne Untersuchung eingeleitet, so die Zeitung. Der Übergang gegenüber dem polnischen Dorohusk ist einer der wichtigsten für ukrainische Agrarexporte in die EU.
""",
"03_en.txt": """Ukrainian customs officers accused of waving grain trucks past queues for cash
Euractiv

Eleven Ukrainian customs officers at the Yahodyn crossing on the border with Poland allegedly took bribes to let grain lorries skip the queue, Germany's Frankfurter Allgemeine Zeitung reported, citing Polish press reports.

Ukraine's customs service has opened an internal inquiry, according to the German daily. The allegations come as Brussels reviews the rules for Ukrainian agricultural imports.
""",
"04_ru.txt": """На украинско-польской границе таможенники брали взятки за проезд зерновозов без очереди
Медуза
8 июня 2027

Одиннадцать сотрудников таможенного поста «Ягодин» на границе Украины и Польши брали взятки у водителей зерновозов за проезд без очереди, сообщает «Украинская правда». По данным издания, водители платили от 300 до 500 долларов за грузовик.

Журналисты получили аудиозаписи разговоров таможенников с посредником. Государственная таможенная служба Украины начала служебное расследование.
""",
}, [O("Українська правда", True)],
R("Українська правда", "01_pl.txt", "04_ru.txt") + R("Gazeta Wyborcza", "02_de.txt")
+ R("Frankfurter Allgemeine Zeitung", "03_en.txt"),
[C("Eleven customs officers at the Yahodyn crossing took bribes to let grain trucks skip the queue.",
   ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_en.txt", "04_ru.txt"], 1),
 C("The bribes were 300 to 500 dollars per truck.", ["00_uk.txt", "01_pl.txt", "02_de.txt", "04_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 60 (European multilingual stories; events invented); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = list(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(names),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
