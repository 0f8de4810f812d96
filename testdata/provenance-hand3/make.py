#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand3 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

story("c01_outside_two_spellings", "external", {
"00_en.txt": """Consortium plans 600 MW wind farm off the coast near Marevo
Carpathian Ledger
2025-02-10T08:30:00+02:00

A consortium led by the energy company Pivden-Vitr plans to build a 600-megawatt offshore wind farm off the coast near Marevo, as first reported by The Harwick Sentinel.
The project would cost about 780 million euros and construction could start in 2026, the London daily said, citing two people involved in the talks.
Marevo's small harbour has been used almost only by fishing boats for the past decade.
""",
"01_uk.txt": """Біля Марева збудують морську вітрову електростанцію на 600 МВт
Слобідський часопис
2025-02-10T12:10:00+02:00

Консорціум на чолі з енергокомпанією «Південь-Вітер» планує збудувати морську вітрову електростанцію потужністю 600 мегаватів біля узбережжя поблизу Марева, повідомило британське видання «Гарвік Сентінел».
Вартість проєкту оцінюють приблизно у 780 мільйонів євро, будівництво може розпочатися у 2026 році.
За даними газети, переговори з інвесторами тривають з минулої осені.
""",
"02_ru.txt": """У побережья возле Марева построят морскую ветровую электростанцию
Северная сводка
Mon, 10 Feb 2025 15:45:00 +0300

По сведениям Harwick Sentinel, консорциум во главе с энергокомпанией «Пивдень-Витер» намерен построить у побережья возле Марева морскую ветровую электростанцию мощностью 600 мегаватт.
Стоимость проекта составит около 780 миллионов евро.
Строительство может начаться в 2026 году.
""",
"03_de.txt": """Offshore-Windpark vor der Küste bei Marevo geplant
Weserland-Anzeiger
2025-02-11

Ein Konsortium um den ukrainischen Energieversorger Pivden-Vitr will vor der Küste bei Marevo einen Offshore-Windpark mit 600 Megawatt errichten, wie der Londoner Harwick Sentinel unter Berufung auf zwei an den Gesprächen beteiligte Personen meldet.
Die Kosten werden auf rund 780 Millionen Euro geschätzt, Baubeginn könnte 2026 sein.
""",
}, [("The Harwick Sentinel", False)],
[("The Harwick Sentinel", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"]],
[("Pivden-Vitr consortium plans a 600 MW offshore wind farm near Marevo for about 780 million euros", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1)])

story("c02_chain_of_three", "chain", {
"00_uk.txt": """Зсув ґрунту відрізав від світу гірське село Верхнє Озірне
Карпатський літописець
2025-03-17T07:50:00+02:00

Після тижня дощів зсув ґрунту перекрив єдину дорогу до гірського села Верхнє Озірне, і 340 мешканців опинилися відрізаними від району.
Наш кореспондент дістався до завалу пішки: на дорогу зійшло близько 15 тисяч кубометрів землі й каміння.
Голова громади Мирослав Дзвінчук сказав, що техніка розчистить дорогу щонайменше за п'ять днів.
Продукти в село поки що доставляють рятувальним гелікоптером.
""",
"01_en.txt": """Landslide cuts off 340 residents of mountain village
Dnister Evening Star
2025-03-17T13:20:00+02:00

A landslide has blocked the only road to the mountain village of Verkhnie Ozirne, leaving 340 residents cut off, according to reporting by the regional paper Karpatskyi Litopysets.
Around 15,000 cubic metres of earth and rock came down after a week of rain, the paper's correspondent wrote after reaching the site on foot.
Community head Myroslav Dzvinchuk told the paper that clearing the road would take at least five days.
""",
"02_de.txt": """Erdrutsch schneidet ukrainisches Bergdorf ab
Auenhofer Rundschau
18.03.2025

Ein Erdrutsch hat die einzige Straße in das ukrainische Bergdorf Werchnje Osirne verschüttet, wie der Dnister Evening Star unter Berufung auf die Regionalzeitung Karpatskyi Litopysets meldet.
340 Einwohner sind demnach von der Außenwelt abgeschnitten.
Nach einer Woche Regen seien rund 15.000 Kubikmeter Erde und Geröll abgegangen; die Räumung werde mindestens fünf Tage dauern.
""",
}, [("Карпатський літописець", True)],
[("Карпатський літописець", "01_en.txt"), ("Dnister Evening Star", "02_de.txt")],
[("Landslide cuts off 340 residents of Verkhnie Ozirne, 15,000 cubic metres, five days to clear", ["00_uk.txt", "01_en.txt", "02_de.txt"], 1)])

story("c03_agency_dateline", "agency", {
"00_en.txt": """Fire destroys timber warehouse at Ozernoborsk river port
Harbourline News
2025-04-02T10:05:00+03:00

OZERNOBORSK, April 2 (Baltmer News Agency) — A fire destroyed a timber warehouse at the river port of Ozernoborsk overnight, burning about 2,300 tonnes of sawn wood.
Sixty firefighters fought the blaze for nine hours, the regional emergency service said. No one was injured.
The cause of the fire is under investigation.
""",
"01_de.txt": """Großbrand im Flusshafen von Osernoborsk
Weserland-Anzeiger
Wed, 02 Apr 2025 11:30:00 +0200

OSERNOBORSK (Baltmer News Agency) – Im Flusshafen von Osernoborsk ist in der Nacht ein Holzlager niedergebrannt. Rund 2300 Tonnen Schnittholz wurden zerstört.
Sechzig Feuerwehrleute löschten neun Stunden lang. Verletzt wurde niemand.
Die Brandursache wird noch ermittelt.
""",
"02_fr.txt": """Incendie géant dans le port fluvial d'Ozernoborsk
L'Estafette de Loire
2025-04-02T14:00:00+02:00

Un entrepôt de bois du port fluvial d'Ozernoborsk, en Ukraine, a été détruit par un incendie dans la nuit, selon l'agence Baltmer News Agency.
Environ 2 300 tonnes de bois scié sont parties en fumée.
Soixante pompiers ont lutté pendant neuf heures contre les flammes ; aucun blessé n'est à déplorer.
""",
"03_uk.txt": """Пожежа знищила склад деревини в річковому порту Озерноборська
Подільська заграва
2025-04-02T15:20:00+03:00

У річковому порту Озерноборська вночі згорів склад деревини, вогонь знищив близько 2300 тонн пиломатеріалів.
Шістдесят рятувальників гасили пожежу дев'ять годин, постраждалих немає.
Про це повідомило інформаційне агентство Baltmer News Agency.
""",
}, [("Baltmer News Agency", False)],
[("Baltmer News Agency", a) for a in ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"]],
[("Fire destroys timber warehouse at Ozernoborsk river port, 2,300 tonnes of wood burnt", ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], 1)])

story("c04_leaked_memo", "in_corpus", {
"00_en.txt": """Health department plans to shut three maternity wards, memo shows
Carpathian Ledger
2025-05-06T09:00:00+03:00

The regional health department plans to close the maternity wards of three district hospitals, in Lisopol, Pidlisne and Orlivka, by September, according to an internal memo seen by the Carpathian Ledger.
The memo, dated April 28, says the closures would save 46 million hryvnias a year.
Expectant mothers would be referred to the regional perinatal centre, up to 90 kilometres away.
A department spokeswoman, Daryna Hlushko, said no final decision had been taken.
""",
"01_ru.txt": """В трех райбольницах могут закрыть родильные отделения
Северная сводка
2025-05-06T14:30:00+03:00

Областной департамент здравоохранения намерен до сентября закрыть родильные отделения трех районных больниц — в Лисополе, Подлесном и Орловке, передает Carpathian Ledger со ссылкой на служебную записку, оказавшуюся в распоряжении издания.
Закрытие позволит экономить 46 миллионов гривен в год.
Рожениц будут направлять в областной перинатальный центр.
""",
"02_en.txt": """Three district hospitals may lose maternity wards
Harbourline News
2025-05-06T17:05:00+03:00

The Carpathian Ledger, citing a leaked memo, reported on Tuesday that the regional health department wants to close maternity wards in Lisopol, Pidlisne and Orlivka by September.
The closures would save 46 million hryvnias a year, the memo says.
""",
"03_uk.txt": """У трьох районних лікарнях хочуть закрити пологові відділення
Подільська заграва
2025-05-07T08:40:00+03:00

Обласний департамент охорони здоров'я планує до вересня закрити пологові відділення лікарень у Лісополі, Підлісному та Орлівці, повідомило видання Carpathian Ledger.
Це має заощадити 46 мільйонів гривень на рік.
""",
}, [("Carpathian Ledger", True)],
[("Carpathian Ledger", a) for a in ["01_ru.txt", "02_en.txt", "03_uk.txt"]],
[("Maternity wards in Lisopol, Pidlisne and Orlivka to close by September, saving 46 million hryvnias", ["00_en.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1)])

story("c05_reported_and_confirmed", "two_independent", {
"00_uk.txt": """Через Святинку знову можна проїхати: у Підгірній відкрили відбудований міст
Слобідський часопис
2025-06-14T11:00:00+03:00

У Підгірній сьогодні відкрили для руху відбудований міст через річку Святинку завдовжки 480 метрів.
Наш кореспондент бачив, як першими мостом проїхали два шкільні автобуси.
Відбудова тривала 19 місяців. За словами інженерки Тетяни Ружицької, міст розрахований на вантажівки до 40 тонн.
""",
"01_fr.txt": """En Ukraine, le pont de Pidhirna rouvert à la circulation
Le Veilleur jurassien
2025-06-14T16:30:00+02:00

Le pont de 480 mètres qui enjambe la rivière Sviatynka à Pidhirna a rouvert samedi, après 19 mois de reconstruction.
Notre envoyé spécial a assisté au passage des premiers véhicules, deux bus scolaires, sous les applaudissements d'une centaine d'habitants.
« Pour nous, c'est la fin de trois heures de détour », confie Olena Vovk, commerçante du village.
""",
"02_en.txt": """Rebuilt Sviatynka bridge reopens at Pidhirna
Dnister Evening Star
2025-06-15T08:00:00+03:00

The rebuilt 480-metre bridge over the Sviatynka river at Pidhirna reopened to traffic on Saturday — reported by the French daily Le Veilleur jurassien and confirmed by the Ukrainian outlet Slobidskyi Chasopys.
Reconstruction took 19 months, both papers said.
The first vehicles across were two school buses.
""",
"03_de.txt": """Brücke über die Swjatynka wieder offen
Auenhofer Rundschau
2025-06-15T10:15:00+02:00

Nach 19 Monaten Wiederaufbau ist die 480 Meter lange Brücke über die Swjatynka bei Pidhirna wieder für den Verkehr freigegeben.
Wie die französische Zeitung Le Veilleur jurassien schreibt, fuhren als Erstes zwei Schulbusse über die Brücke.
""",
}, [("Слобідський часопис", True), ("Le Veilleur jurassien", True)],
[("Le Veilleur jurassien", "02_en.txt"), ("Слобідський часопис", "02_en.txt"), ("Le Veilleur jurassien", "03_de.txt")],
[("Rebuilt 480-metre Sviatynka bridge at Pidhirna reopens after 19 months", ["00_uk.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], 2)])

story("c06_relay_plus_own", "relay_plus_own", {
"00_en.txt": """Norwegian group Fjellgard to buy majority of Tykhovody chemical works
Harbourline News
2025-07-08T10:40:00+03:00

The Norwegian fertiliser group Fjellgard has agreed to buy 51 percent of the Tykhovody Chemical Works for 64 million euros, in a story first published by the business daily Nordvik Handelsblad.
The deal still needs approval from Ukraine's competition regulator, the paper said.
The plant employs about 1,100 people.
""",
"01_ru.txt": """Норвежская группа Fjellgard покупает контрольный пакет Тиховодского химкомбината
Приморский листок
2025-07-08T13:00:00+03:00

Норвежская группа Fjellgard договорилась о покупке 51% акций Тиховодского химического комбината за 64 миллиона евро, передает деловая газета Nordvik Handelsblad.
Директор комбината Аркадий Белоус подтвердил «Приморскому листку», что договор был подписан в понедельник.
Сделку еще должен одобрить антимонопольный орган.
""",
"02_de.txt": """Fjellgard übernimmt Mehrheit an ukrainischem Chemiewerk
Weserland-Anzeiger
09.07.2025

Der norwegische Düngemittelkonzern Fjellgard übernimmt 51 Prozent des ukrainischen Chemiewerks Tychowody für 64 Millionen Euro. Das geht aus einem Bericht der Wirtschaftszeitung Nordvik Handelsblad hervor.
Im Werk arbeiten rund 1100 Menschen.
""",
}, [("Nordvik Handelsblad", False), ("Приморский листок", True)],
[("Nordvik Handelsblad", a) for a in ["00_en.txt", "01_ru.txt", "02_de.txt"]],
[("Fjellgard buys 51 percent of Tykhovody Chemical Works for 64 million euros", ["00_en.txt", "01_ru.txt", "02_de.txt"], 2)])

story("c07_uncredited_translation", "translation", {
"00_ru.txt": """Орловская Балка закупит 12 электробусов
Приморский листок
2025-08-19T09:30:00+03:00

Горсовет Орловской Балки утвердил закупку 12 электробусов у производителя «Велотран» на общую сумму 198 миллионов гривен.
Как стало известно нашему корреспонденту, первые машины выйдут на маршрут №4 в декабре.
Зарядную станцию построят в бывшем трамвайном депо на улице Садовой.
""",
"01_uk.txt": """Орлівська Балка закупить 12 електробусів
Подільська заграва
2025-08-19T12:45:00+03:00

Міська рада Орлівської Балки затвердила закупівлю 12 електробусів у виробника «Велотран» на загальну суму 198 мільйонів гривень.
Перші машини вийдуть на маршрут №4 у грудні.
Зарядну станцію збудують у колишньому трамвайному депо на вулиці Садовій.
""",
"02_en.txt": """Orlivska Balka to buy 12 electric buses
Dnister Evening Star
2025-08-19T16:00:00+03:00

The city council of Orlivska Balka has approved the purchase of 12 electric buses from the manufacturer Velotran for 198 million hryvnias. The Russian-language paper Primorsky Listok was the first to report the decision.
The first buses are expected on route 4 in December.
""",
}, [("Приморский листок", True)],
[("Приморский листок", "01_uk.txt"), ("Приморский листок", "02_en.txt")],
[("Orlivska Balka buys 12 electric buses from Velotran for 198 million hryvnias", ["00_ru.txt", "01_uk.txt", "02_en.txt"], 1)])

story("c08_two_outside_origins", "two_independent", {
"00_en.txt": """Sviatohirka-2 coal mine to close by end of year
Carpathian Ledger
2025-09-25T19:30:00+03:00

The state-owned Sviatohirka-2 coal mine will close by the end of the year, the Swedish newspaper Kvarnby Tidning reported on Thursday.
The Baltmer News Agency, in a separate report, gave the same date and said the mine's 870 workers would be offered jobs at the neighbouring Sviatohirka-5 pit.
The mine has operated at a loss since 2021.
""",
"01_de.txt": """Ukrainisches Kohlebergwerk Swjatohirka-2 soll schließen
Auenhofer Rundschau
2025-09-26T07:30:00+02:00

Das staatliche Kohlebergwerk Swjatohirka-2 soll bis Jahresende geschlossen werden, meldete die schwedische Tageszeitung Kvarnby Tidning am Donnerstag.
Betroffen sind 870 Bergleute.
""",
"02_uk.txt": """Шахту «Святогірка-2» закриють до кінця року
Слобідський часопис
2025-09-26T09:10:00+03:00

Державну шахту «Святогірка-2» закриють до кінця року, як повідомляє агентство Baltmer News Agency з посиланням на джерела в міністерстві енергетики.
Усім 870 працівникам запропонують роботу на сусідній шахті «Святогірка-5».
""",
}, [("Kvarnby Tidning", False), ("Baltmer News Agency", False)],
[("Kvarnby Tidning", "00_en.txt"), ("Baltmer News Agency", "00_en.txt"), ("Kvarnby Tidning", "01_de.txt"), ("Baltmer News Agency", "02_uk.txt")],
[("Sviatohirka-2 coal mine to close by the end of the year, 870 workers", ["00_en.txt", "01_de.txt", "02_uk.txt"], 2)])

story("c09_person_interviewed", "in_corpus", {
"00_de.txt": """Lisopols Bürgermeister: Bus und Straßenbahn für Rentner ab Oktober kostenlos
Auenhofer Rundschau
2025-09-03T07:00:00+02:00

In Auenhofs ukrainischer Partnerstadt Lisopol sollen Rentnerinnen und Rentner ab dem 1. Oktober kostenlos Bus und Straßenbahn fahren.
Das kündigte Bürgermeister Bohdan Jawir im Gespräch mit der Auenhofer Rundschau an.
„Die Stadt zahlt dafür 23 Millionen Hrywnja im Jahr, und das ist es uns wert“, sagte Jawir.
Jawir besucht Auenhof in der kommenden Woche zum 20. Jahrestag der Städtepartnerschaft.
""",
"01_en.txt": """Lisopol to make public transport free for pensioners
Harbourline News
2025-09-03T12:30:00+03:00

Pensioners in Lisopol will ride buses and trams for free from October 1, Mayor Bohdan Yavir said in an interview with the German paper Auenhofer Rundschau.
The scheme will cost the city 23 million hryvnias a year, Yavir told the paper.
""",
"02_fr.txt": """Transports gratuits pour les retraités de Lisopol
L'Estafette de Loire
2025-09-03T15:10:00+02:00

Les retraités de Lisopol, en Ukraine, voyageront gratuitement dans les bus et les tramways à partir du 1er octobre, a rapporté le quotidien allemand Auenhofer Rundschau.
Selon le maire Bohdan Yavir, la mesure coûtera 23 millions de hryvnias par an à la ville.
""",
"03_ru.txt": """В Лисополе пенсионеры будут ездить бесплатно
Северная сводка
2025-09-04T09:20:00+03:00

Мэр Лисополя Богдан Явир в интервью немецкой газете Auenhofer Rundschau заявил, что с 1 октября пенсионеры смогут бесплатно ездить в автобусах и трамваях.
По его словам, городу это обойдется в 23 миллиона гривен в год.
""",
}, [("Auenhofer Rundschau", True)],
[("Auenhofer Rundschau", a) for a in ["01_en.txt", "02_fr.txt", "03_ru.txt"]],
[("Lisopol makes buses and trams free for pensioners from October 1, cost 23 million hryvnias", ["00_de.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1)])

story("c10_outside_via_incorpus", "external_chain", {
"00_en.txt": """Skifair eyes return to Lisopol airport with six leased jets
Harbourline News
2025-10-21T18:10:00+03:00

The Ukrainian carrier Skifair is negotiating to lease six narrow-body aircraft to resume flights from Lisopol airport next spring, The Pellworth Examiner reported on Tuesday, citing people familiar with the talks.
The first routes would link Lisopol with two cities in Poland, the newspaper said.
A Skifair spokesman declined to comment, the paper added.
""",
"01_uk.txt": """Skifair планує повернутися до аеропорту Лісополя
Подільська заграва
2025-10-21T21:00:00+03:00

Авіакомпанія Skifair веде переговори про лізинг шести вузькофюзеляжних літаків, щоб навесні відновити польоти з аеропорту Лісополя, як повідомляє Harbourline News з посиланням на американське видання The Pellworth Examiner.
Перші рейси мають з'єднати Лісопіль із двома містами Польщі.
""",
"02_ru.txt": """Skifair может вернуться в аэропорт Лисополя
Приморский листок
2025-10-22T08:15:00+03:00

Авиакомпания Skifair ведет переговоры об аренде шести узкофюзеляжных самолетов, чтобы весной возобновить рейсы из аэропорта Лисополя, передает Harbourline News.
По словам собеседников, знакомых с ходом переговоров, первые рейсы свяжут Лисополь с двумя городами Польши.
""",
"03_fr.txt": """La compagnie Skifair prépare son retour à l'aéroport de Lisopol
Le Veilleur jurassien
2025-10-22T10:00:00+02:00

D'après les informations de The Pellworth Examiner, reprises par Harbourline News, la compagnie ukrainienne Skifair négocie la location de six avions moyen-courriers pour reprendre ses vols depuis l'aéroport de Lisopol au printemps.
Les premières lignes relieraient Lisopol à deux villes de Pologne.
""",
}, [("The Pellworth Examiner", False)],
[("The Pellworth Examiner", "00_en.txt"), ("Harbourline News", "01_uk.txt"), ("Harbourline News", "02_ru.txt"), ("Harbourline News", "03_fr.txt")],
[("Skifair negotiates lease of six aircraft to resume flights from Lisopol airport in spring", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1)])

story("c11_headline_suffix_missing_lines", "in_corpus", {
"00_en.txt": """Nadnistrianskyi University to scrap 14 degree programmes | Dnister Evening Star
Dnister Evening Star
2025-11-13T20:00:00+02:00

Nadnistrianskyi University will close 14 of its degree programmes from next September, affecting about 2,600 students, its academic senate decided on Thursday.
Our correspondent attended the senate meeting, where the motion passed by 41 votes to 9.
Rector Ilarion Bezuhlyi said the cuts were needed to cover a 120 million hryvnia budget gap.
""",
"01_uk.txt": """Наддністрянський університет закриє 14 освітніх програм
2025-11-14T10:00:00+02:00

Наддністрянський університет з наступного вересня закриє 14 освітніх програм, це зачепить близько 2600 студентів, пише англомовне видання Dnister Evening Star.
Рішення вчена рада ухвалила 41 голосом проти 9.
Ректор Іларіон Безуглий пояснив скорочення дефіцитом бюджету в 120 мільйонів гривень.
""",
"02_de.txt": """Ukrainische Universität streicht 14 Studiengänge
Weserland-Anzeiger

Die Nadnistrjanskyj-Universität streicht zum kommenden September 14 Studiengänge, betroffen sind rund 2600 Studierende. Laut dem Dnister Evening Star stimmte der Akademische Senat mit 41 zu 9 Stimmen dafür.
Grund ist ein Haushaltsloch von 120 Millionen Hrywnja.
""",
}, [("Dnister Evening Star", True)],
[("Dnister Evening Star", "01_uk.txt"), ("Dnister Evening Star", "02_de.txt")],
[("Nadnistrianskyi University scraps 14 degree programmes, 2,600 students affected", ["00_en.txt", "01_uk.txt", "02_de.txt"], 1)])

story("c12_all_own", "all_own", {
"00_en.txt": """Forest fire near Pidlisne-Druhe burns 800 hectares
Carpathian Ledger
2025-08-02T18:00:00+03:00

A forest fire has burnt about 800 hectares of pine forest near Pidlisne-Druhe, and three villages were evacuated on Saturday.
Our correspondent saw columns of smoke stretching for kilometres and water-bombing planes circling over the ridge.
A police officer at a roadblock, who asked not to be named, said the fire was probably started by a campfire.
""",
"01_uk.txt": """Під Підлісним-Другим горить ліс: евакуйовано три села
Карпатський літописець
2025-08-02T19:30:00+03:00

Лісова пожежа поблизу Підлісного-Другого охопила вже близько 800 гектарів соснового лісу.
Наш кореспондент побував у селі Гайове, звідки людей вивозили автобусами: з трьох сіл евакуювали понад тисячу мешканців.
Лісничий Степан Ковтун сказав, що вогонь рухається на північ через сильний вітер.
""",
"02_ru.txt": """Лесной пожар под Подлесным-Вторым: эвакуированы три села
Северная сводка
2025-08-03T08:00:00+03:00

Под Подлесным-Вторым горит сосновый лес, площадь пожара достигла примерно 800 гектаров.
Наш корреспондент провел ночь в пункте временного размещения в школе соседнего поселка, куда привезли жителей трех эвакуированных сел.
Пожилая жительница Гайового Нина Гарбуз рассказала, что успела забрать только документы.
""",
"03_fr.txt": """Ukraine : un feu de forêt ravage 800 hectares près de Pidlisne-Druhe
L'Estafette de Loire
2025-08-03T12:00:00+02:00

Quelque 800 hectares de pinède ont brûlé près de Pidlisne-Druhe, dans l'ouest de l'Ukraine, et trois villages ont été évacués.
Notre correspondante sur place a vu des bombardiers d'eau se relayer au-dessus de la crête depuis l'aube dimanche.
Les pompiers espèrent maîtriser le feu d'ici mardi si le vent faiblit.
""",
}, [("Carpathian Ledger", True), ("Карпатський літописець", True), ("Северная сводка", True), ("L'Estafette de Loire", True)],
[],
[("Forest fire burns about 800 hectares near Pidlisne-Druhe, three villages evacuated", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 4)])

out = os.path.join(ROOT, "stories")
shutil.rmtree(out, ignore_errors=True)
labels = []
for id, scen, arts, origins, relays, claims in S:
    os.makedirs(os.path.join(out, id))
    for fn, txt in arts.items():
        open(os.path.join(out, id, fn), "w").write(txt)
    labels.append({"id": id, "scenario": scen, "articles": sorted(arts),
                   "origins": [{"name": n, "in_corpus": c} for n, c in origins],
                   "relays": [{"origin": o, "article": a} for o, a in relays],
                   "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims]})
json.dump({"about": "Hand-written provenance test set 3 (invented); see README.md.", "stories": labels},
          open(os.path.join(ROOT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(S), sum(len(s[2]) for s in S))
