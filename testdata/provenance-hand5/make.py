#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand5 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# e01: outside origin credited under five spellings (English short name, Ukrainian and Russian
# Cyrillic transliterations, German genitive, French contraction "du"), relayed 5x
story("e01_outside_ferry_route", "external", {
"00_en.txt": """Skerrinline to scrap Aldermouth–Skerrin ferry after 61 years
Tallow Bay Gazette
2025-07-16T08:15:00+01:00

Skerrinline Ferries will stop running its passenger service between Aldermouth and the island of Skerrin on 31 October, ending a route it has sailed for 61 years, The Morrowby Chronicle reported exclusively on Tuesday.
About 320 crew and port staff will lose their jobs, according to three people briefed on the decision cited by the paper.
The company intends to sell its two ferries, the Skerrin Maid and the Aldermouth Star, the Chronicle said. Skerrinline did not respond to requests for comment.
""",
"01_uk.txt": """Поромна лінія між Олдермутом і островом Скеррін припинить роботу після 61 року
Вечірній Ставоград
Wed, 16 Jul 2025 10:40:00 +0300

Компанія Skerrinline Ferries 31 жовтня зупинить пасажирську поромну лінію між портом Олдермут і островом Скеррін, яка працювала 61 рік.
Роботу втратять близько 320 членів екіпажів і портових працівників, за інформацією британської газети «Морроубі Кронікл».
Обидва пороми — Skerrin Maid та Aldermouth Star — компанія планує продати.
""",
"02_ru.txt": """Паромную линию на остров Скеррин закроют 31 октября
Кедровский вестник
2025-07-16

Компания Skerrinline Ferries прекратит 31 октября пассажирские рейсы между Олдермутом и островом Скеррин, как пишет британская газета «Морроуби Кроникл» в своём материале.
Линия работала 61 год. Без работы останутся около 320 моряков и сотрудников порта.
Оба парома компании, по данным газеты, будут выставлены на продажу.
""",
"03_de.txt": """Fährlinie zur Insel Skerrin wird nach 61 Jahren eingestellt
Ostwalder Tagblatt
2025-07-16T13:05:00+02:00

Die Reederei Skerrinline Ferries stellt ihre Passagierfähre zwischen Aldermouth und der Insel Skerrin zum 31. Oktober ein, nach einem Bericht des britischen Morrowby Chronicle.
Rund 320 Seeleute und Hafenbeschäftigte verlieren demnach ihre Arbeit.
Die beiden Fähren Skerrin Maid und Aldermouth Star sollen verkauft werden. Die Verbindung bestand seit 61 Jahren.
""",
"04_fr.txt": """La liaison maritime vers l'île de Skerrin supprimée après 61 ans
La Vigie de Sarmontel
2025-07-16T17:30:00+02:00

La compagnie Skerrinline Ferries cessera le 31 octobre d'exploiter sa ligne de passagers entre Aldermouth et l'île de Skerrin, selon une information du quotidien britannique Morrowby Chronicle.
Environ 320 marins et employés portuaires perdront leur emploi. La compagnie compte vendre ses deux ferries, le Skerrin Maid et l'Aldermouth Star.
""",
}, [("The Morrowby Chronicle", False)],
[("The Morrowby Chronicle", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"]],
[("Skerrinline Ferries to end the Aldermouth–Skerrin passenger ferry on 31 October after 61 years, about 320 jobs lost, both ferries to be sold",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# e02: chain of three in-corpus outlets: de own report -> en relay -> ru relay (edge from the en paper)
story("e02_chain_sinkhole_school", "chain", {
"00_de.txt": """Erdfall auf dem Schulhof in Oberhain: Grundschule bleibt zwei Wochen zu
Der Bote vom Kalmberg
2025-08-04T09:10:00+02:00

Auf dem Hof der Grundschule in Oberhain hat sich in der Nacht zum Montag ein etwa zwölf Meter breiter Erdfall aufgetan. Unsere Reporterin stand am Morgen am Absperrband und sah, wie Teile des Klettergerüsts in dem Loch lagen.
„Um sechs Uhr war da plötzlich ein Krater“, sagte Hausmeister Ewald Strübing. Verletzt wurde niemand.
Die Schule bleibt mindestens zwei Wochen geschlossen; die 410 Schülerinnen und Schüler werden ab Mittwoch im Gemeindesaal unterrichtet. Unter dem Gelände verläuft ein alter Gipsstollen.
""",
"01_en.txt": """Sinkhole swallows playground at German primary school
The Ashcombe Herald
Mon, 04 Aug 2025 16:20:00 +0100

A sinkhole about 12 metres wide opened overnight in the yard of the primary school in Oberhain, Germany, swallowing part of a climbing frame. The news was broken by the local German paper Der Bote vom Kalmberg.
No one was hurt. The school will stay shut for at least two weeks, and its 410 pupils will be taught in the village hall from Wednesday, the paper said.
An old gypsum tunnel runs beneath the site.
""",
"02_ru.txt": """Под школьным двором в Германии образовалась 12-метровая воронка
Полярный гонец
2025-08-05

Во дворе начальной школы в немецком Оберхайне в ночь на понедельник образовалась провальная воронка шириной около 12 метров, пишет британская газета The Ashcombe Herald, ссылаясь на публикацию в местной немецкой газете Der Bote vom Kalmberg.
Пострадавших нет. Школа закрыта минимум на две недели, 410 учеников со среды будут заниматься в общинном зале.
""",
}, [("Der Bote vom Kalmberg", True)],
[("Der Bote vom Kalmberg", "01_en.txt"), ("The Ashcombe Herald", "02_ru.txt")],
[("A 12-metre sinkhole opened in the Oberhain primary school yard, school shut at least two weeks, 410 pupils moved to the village hall",
  ["00_de.txt", "01_en.txt", "02_ru.txt"], 1)])

# e03: German agency with an abbreviation, datelines in three languages, Cyrillic transliteration
story("e03_agency_paint_fire", "agency", {
"00_de.txt": """Großbrand im Lackwerk Ebersfurt – Anwohner sollen Fenster schließen
Wettenburger Nachrichten
2025-08-12T11:35:00+02:00

EBERSFURT (PAL) – Im Lackwerk der Firma Terrastol in Ebersfurt ist am Dienstagmorgen ein Großbrand ausgebrochen. Rund 60 Feuerwehrleute sind im Einsatz, teilte ein Sprecher der Feuerwehr mit.
Die rund 14.000 Einwohner der Stadt wurden aufgefordert, Fenster und Türen geschlossen zu halten. Verletzt wurde nach ersten Angaben niemand.
""",
"01_en.txt": """Fire at German paint factory, 14,000 residents told to keep windows shut
Northmere Post
Tue, 12 Aug 2025 12:50:00 +0100

EBERSFURT, Germany, Aug 12 (PAL) — A large fire broke out on Tuesday morning at the Terrastol paint factory in the German town of Ebersfurt, the Lindwurm press agency reported.
About 60 firefighters were tackling the blaze, and the town's roughly 14,000 residents were told to keep their doors and windows closed. No injuries were reported.
""",
"02_fr.txt": """Allemagne : violent incendie dans une usine de peinture à Ebersfurt
La Vigie de Sarmontel
2025-08-12T15:00:00+02:00

Ebersfurt (Allemagne), 12 août (PAL) – Un important incendie s'est déclaré mardi matin dans l'usine de peinture Terrastol à Ebersfurt.
Une soixantaine de pompiers sont mobilisés, a précisé l'agence de presse allemande Lindwurm. Les quelque 14 000 habitants de la ville ont été invités à garder portes et fenêtres fermées. Aucun blessé n'est signalé.
""",
"03_ru.txt": """В немецком Эберсфурте горит лакокрасочный завод
Полярный гонец
2025-08-12

Крупный пожар произошёл утром во вторник на лакокрасочном заводе компании Terrastol в немецком городе Эберсфурт, сообщило немецкое информационное агентство «Линдвурм» (PAL).
Огонь тушат около 60 пожарных. Жителей города — около 14 тысяч человек — попросили не открывать окна и двери. О пострадавших не сообщается.
""",
}, [("Presseagentur Lindwurm", False)],
[("Presseagentur Lindwurm", a) for a in ["00_de.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"]],
[("Fire at the Terrastol paint factory in Ebersfurt on Tuesday morning, about 60 firefighters, 14,000 residents told to keep windows shut, no injuries",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1)])

# e04: Ukrainian agency credited under five spellings (uk, ru, en, de and fr Latin transliterations)
story("e04_agency_tram_extension", "agency", {
"00_uk.txt": """У Сивобродах продовжать трамвайну лінію до Нового Посаду
Дзвін Полонини
2025-09-03T12:10:00+03:00

СИВОБРОДИ, 3 вересня (Вежа-Прес) — Міська рада Сивобродів у середу ухвалила продовження трамвайної лінії на 6,4 кілометра — від вокзалу до мікрорайону Новий Посад.
На новій ділянці буде 11 зупинок. Будівництво коштуватиме 2,1 мільярда гривень, рух планують відкрити у 2027 році, повідомили в міській раді.
""",
"01_ru.txt": """В Сивобродах продлят трамвайную линию на 6,4 км
Кедровский вестник
Wed, 03 Sep 2025 13:30:00 +0300

СИВОБРОДЫ, 3 сентября /Вежа-Пресс/. Городской совет Сивобродов в среду одобрил продление трамвайной линии на 6,4 километра до микрорайона Новый Посад.
Об этом сообщило украинское информагентство «Вежа-Пресс». На новом участке появится 11 остановок, стоимость работ — 2,1 миллиарда гривен. Движение планируется открыть в 2027 году.
""",
"02_en.txt": """Ukrainian city of Syvobrody approves 6.4 km tram extension
brindlewood-news.example
2025-09-03T11:45:00+01:00

The city council of Syvobrody on Wednesday approved a 6.4-kilometre extension of its tram line from the railway station to the Novyi Posad district (Vezha-Press).
The new section will have 11 stops and cost 2.1 billion hryvnias, with services due to start in 2027, the Ukrainian news agency said.
""",
"03_de.txt": """Sywobrody verlängert Straßenbahn um 6,4 Kilometer
Ostwalder Tagblatt
2025-09-03

Der Stadtrat der ukrainischen Stadt Sywobrody hat am Mittwoch die Verlängerung der Straßenbahnlinie um 6,4 Kilometer bis zum Viertel Nowyj Possad beschlossen. Darüber berichtete die ukrainische Nachrichtenagentur Wescha-Press.
Geplant sind elf neue Haltestellen. Der Bau soll 2,1 Milliarden Hrywnja kosten, der Betrieb 2027 beginnen.
""",
"04_fr.txt": """Ukraine : la ville de Syvobrody va prolonger son tramway
Le Courrier de Brasselonne
2025-09-03T18:00:00+02:00

Le conseil municipal de Syvobrody a approuvé mercredi le prolongement de la ligne de tramway sur 6,4 kilomètres, jusqu'au quartier de Novyï Possad, annonce l'agence ukrainienne Veja-Press.
Onze nouveaux arrêts sont prévus, pour un coût de 2,1 milliards de hryvnias. La mise en service est attendue en 2027.
""",
}, [("Вежа-Прес", False)],
[("Вежа-Прес", a) for a in ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_fr.txt"]],
[("Syvobrody city council approved a 6.4 km tram extension to Novyi Posad, 11 stops, 2.1 billion hryvnias, opening 2027",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], 1)])

# e05: two independent own reports (en, fr), both later relayed together (de, ru: two edges each)
story("e05_two_own_reports_ship_aground", "two_independent", {
"00_en.txt": """Cargo ship Orla Venn runs aground off Quierzac, 14 crew rescued
The Kerrow Islander
2025-09-20T14:30:00+01:00

The cargo ship Orla Venn ran aground on the Pellan sandbank at the entrance to Quierzac harbour early on Saturday. Our reporter on the harbour wall saw lifeboat crews lift the last of the 14 sailors off the listing ship shortly after 9am.
The vessel was carrying 230 tonnes of fuel oil, and a slick about two kilometres long was visible by midday.
"She hit the bank at high tide and just stuck," said Yann Kerbellec, a fisherman who watched from his boat.
""",
"01_fr.txt": """Le cargo Orla Venn échoué sur le banc de Pellan, les 14 marins secourus
Le Matin de Quierzac
2025-09-20T13:05:00+02:00

Le cargo Orla Venn s'est échoué samedi à l'aube sur le banc de Pellan, à l'entrée du port de Quierzac. Notre photographe, posté sur la digue, a vu les sauveteurs évacuer un à un les 14 membres d'équipage.
Le navire transportait 230 tonnes de fioul ; une nappe d'environ deux kilomètres s'étirait vers la plage en fin de matinée. « La coque tient pour l'instant », a indiqué la capitainerie.
""",
"02_de.txt": """Frachter vor Quierzac auf Grund gelaufen – 14 Seeleute gerettet
Ostwalder Tagblatt
2025-09-21

Der Frachter Orla Venn ist am Samstag auf der Sandbank Pellan vor der Hafeneinfahrt von Quierzac auf Grund gelaufen, wie die Inselzeitung Kerrow Islander und Le Matin de Quierzac übereinstimmend berichten. Alle 14 Besatzungsmitglieder wurden gerettet.
An Bord waren 230 Tonnen Heizöl. Ein rund zwei Kilometer langer Ölfilm treibt den Berichten zufolge auf den Strand zu.
""",
"03_ru.txt": """У французского порта Кьерзак сел на мель сухогруз
Полярный гонец
2025-09-21T09:00:00+03:00

Сухогруз Orla Venn в субботу сел на мель на песчаной банке Пеллан у входа в порт Кьерзак, все 14 членов экипажа спасены. Об этом сообщают британская газета The Kerrow Islander и французская «Ле Матен де Кьерзак».
На борту судна находилось 230 тонн мазута, в море образовалось нефтяное пятно длиной около двух километров.
""",
}, [("The Kerrow Islander", True), ("Le Matin de Quierzac", True)],
[("The Kerrow Islander", "02_de.txt"), ("Le Matin de Quierzac", "02_de.txt"),
 ("The Kerrow Islander", "03_ru.txt"), ("Le Matin de Quierzac", "03_ru.txt")],
[("Cargo ship Orla Venn aground on the Pellan sandbank off Quierzac on Saturday, 14 crew rescued, 230 tonnes of fuel oil on board, two-kilometre slick",
  ["00_en.txt", "01_fr.txt", "02_de.txt", "03_ru.txt"], 2)])

# e06: outside Russian news site (Latin transliterations en/de, uk spelling, ru prepositional case);
# the ru relay adds its own confirmation (dative of its own name)
story("e06_relay_confirms_smelter", "relay_plus_own", {
"00_ru.txt": """Белянский алюминиевый завод остановит третью серию электролизёров
Курьер Усть-Белянки
2025-10-08T08:00:00+03:00

Белянский алюминиевый завод с 1 ноября остановит третью серию электролизёров, а около 600 работников переведут в режим простоя с оплатой двух третей зарплаты. Как сообщалось во вторник в «Пятой версте», причиной стал рост цен на электроэнергию.
В пресс-службе завода «Курьеру Усть-Белянки» эту информацию подтвердили.
Третья серия работает с 1987 года.
""",
"01_en.txt": """Russian aluminium smelter to idle potline, 600 workers affected
Northmere Post
Wed, 08 Oct 2025 09:15:00 +0100

The Belyanka aluminium smelter will shut its third potline on 1 November and put about 600 workers on idle time at two-thirds of their pay, as first reported on Tuesday by the Russian news site Pyataya Versta.
The plant, in the town of Ust-Belyanka, blamed rising electricity prices, the site said.
""",
"02_uk.txt": """Російський алюмінієвий завод зупиняє третю серію електролізерів
Вечірній Ставоград
2025-10-08

Білянський алюмінієвий завод у місті Усть-Білянка з 1 листопада зупинить третю серію електролізерів. Близько 600 працівників переведуть на простій з оплатою двох третин заробітку.
Про це йдеться у матеріалі російського видання «П'ята верста». Причиною назвали подорожчання електроенергії.
""",
"03_de.txt": """Russische Aluminiumhütte legt Elektrolyselinie still
Der Bote vom Kalmberg
2025-10-08T12:40:00+02:00

Die Aluminiumhütte Beljanka im russischen Ust-Beljanka legt zum 1. November ihre dritte Elektrolyselinie still. Rund 600 Beschäftigte werden in Stillstand geschickt und erhalten zwei Drittel ihres Lohns.
Das russische Nachrichtenportal Pjataja Werst hatte zuerst darüber berichtet. Als Grund werden gestiegene Strompreise genannt.
""",
}, [("Пятая верста", False), ("Курьер Усть-Белянки", True)],
[("Пятая верста", a) for a in ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"]],
[("Belyanka aluminium smelter to shut its third potline on 1 November, about 600 workers on idle time at two-thirds pay, because of electricity prices",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 2)])

# e07: own report (fr), uncredited German translation, English relay "a X report"
story("e07_translation_pool_closure", "translation", {
"00_fr.txt": """Brasselonne : le conseil municipal vote la fermeture de la piscine du Vieux-Moulin
Le Courrier de Brasselonne
2025-07-08T22:40:00+02:00

Le conseil municipal de Brasselonne a voté mardi soir, par 19 voix contre 14, la fermeture définitive de la piscine du Vieux-Moulin à la fin de l'été. Notre journaliste, présente dans la salle, a entendu le maire Gérard Aumonier chiffrer la rénovation à 2,4 millions d'euros, « une somme hors de portée ».
Une pétition contre la fermeture avait réuni 1 800 signatures. Le bassin, ouvert en 1968, accueillait les élèves des cinq écoles de la ville.
""",
"01_de.txt": """Brasselonne schließt Schwimmbad Vieux-Moulin
Wettenburger Nachrichten
2025-07-09

Der Gemeinderat von Brasselonne hat am Dienstagabend mit 19 zu 14 Stimmen die endgültige Schließung des Schwimmbads Vieux-Moulin zum Ende des Sommers beschlossen. Bürgermeister Gérard Aumonier bezifferte die Sanierung auf 2,4 Millionen Euro, „eine unerreichbare Summe“.
Eine Petition gegen die Schließung hatte 1800 Unterschriften gesammelt. Das 1968 eröffnete Becken wurde von den Schülern der fünf Schulen der Stadt genutzt.
""",
"02_en.txt": """French town votes to close 1968 swimming pool
The Ashcombe Herald
2025-07-09T15:00:00+01:00

Councillors in the French town of Brasselonne voted 19 to 14 on Tuesday to close the Vieux-Moulin swimming pool for good at the end of the summer, a Courrier de Brasselonne report said.
Mayor Gérard Aumonier put the cost of renovation at 2.4 million euros. A petition against the closure had gathered 1,800 signatures.
""",
}, [("Le Courrier de Brasselonne", True)],
[("Le Courrier de Brasselonne", "01_de.txt"), ("Le Courrier de Brasselonne", "02_en.txt")],
[("Brasselonne council voted 19-14 to close the Vieux-Moulin pool at the end of summer, renovation 2.4 million euros, 1,800-signature petition",
  ["00_fr.txt", "01_de.txt", "02_en.txt"], 1)])

# e08: one outlet (en) relaying two different outside origins (a French daily and an agency);
# each is also relayed alone (fr; ru in Cyrillic transliteration; de by abbreviation)
story("e08_two_outside_origins_hail", "two_independent", {
"00_en.txt": """Hailstorm wipes out most of Montcharrier grape harvest
The Ashcombe Herald
2025-07-28T10:00:00+01:00

A hailstorm on Saturday evening destroyed about 70 per cent of the grapes on the 1,200 hectares of vineyards around the French village of Montcharrier, according to an exclusive by the regional daily L'Éveil de Montcharrier.
Saltmarsh Wire Service's reporting showed the same figure, quoting the local growers' cooperative. Hailstones the size of walnuts fell for about 20 minutes, the agency said.
""",
"01_fr.txt": """Grêle : 70 % de la récolte détruite autour de Montcharrier
La Vigie de Sarmontel
2025-07-27T19:30:00+02:00

Le quotidien L'Éveil de Montcharrier affirme que l'orage de grêle de samedi soir a détruit environ 70 % du raisin sur les 1 200 hectares de vignes de Montcharrier.
Des grêlons gros comme des noix sont tombés pendant une vingtaine de minutes. « En vingt minutes, on a perdu l'année », confie Mathilde Roussane, vigneronne.
""",
"02_ru.txt": """Град уничтожил большую часть урожая винограда во французском Моншарье
Кедровский вестник
2025-07-28

Град в субботу вечером уничтожил около 70% винограда на 1200 гектарах виноградников вокруг французской деревни Моншарье, сообщило англоязычное информационное агентство «Солтмарш Уайр Сервис».
По данным агентства, град размером с грецкий орех шёл около 20 минут.
""",
"03_de.txt": """Hagel vernichtet Großteil der Weinernte in Montcharrier
Der Bote vom Kalmberg
2025-07-28T07:30:00+02:00

Ein Hagelsturm hat am Samstagabend rund 70 Prozent der Trauben auf den 1200 Hektar Rebfläche um das französische Dorf Montcharrier vernichtet, so die Nachrichtenagentur SWS.
Walnussgroße Hagelkörner seien etwa 20 Minuten lang gefallen.
""",
}, [("L'Éveil de Montcharrier", False), ("Saltmarsh Wire Service", False)],
[("L'Éveil de Montcharrier", "00_en.txt"), ("Saltmarsh Wire Service", "00_en.txt"),
 ("L'Éveil de Montcharrier", "01_fr.txt"), ("Saltmarsh Wire Service", "02_ru.txt"),
 ("Saltmarsh Wire Service", "03_de.txt")],
[("Saturday evening hailstorm destroyed about 70% of the grapes on 1,200 hectares around Montcharrier, walnut-sized hail for about 20 minutes",
  ["00_en.txt", "01_fr.txt", "02_ru.txt", "03_de.txt"], 2)])

# e09: mayor interviewed by an in-corpus paper (never an origin); relays with German dative,
# English, French and a Cyrillic transliteration of the paper's name
story("e09_interview_four_day_week", "in_corpus", {
"00_de.txt": """Brunnwies führt Vier-Tage-Woche im Rathaus ein
Der Anzeiger im Tal
2025-09-11T06:00:00+02:00

Die Stadt Brunnwies führt ab Januar für ihre 140 Beschäftigten die Vier-Tage-Woche ein. Das sagte Bürgermeister Tobias Wendrich unserer Zeitung.
„Wir finden für offene Stellen seit zwei Jahren kaum noch Bewerber“, so Wendrich. Die Wochenarbeitszeit bleibt bei 39 Stunden; das Rathaus soll künftig montags bis donnerstags bis 19 Uhr geöffnet sein.
""",
"01_de.txt": """Vier-Tage-Woche für Rathaus-Mitarbeiter in Brunnwies
Wettenburger Nachrichten
2025-09-11T14:20:00+02:00

In Brunnwies sollen die 140 Beschäftigten der Stadtverwaltung ab Januar nur noch vier Tage pro Woche arbeiten. Das sagte Bürgermeister Tobias Wendrich dem Anzeiger im Tal.
Die Arbeitszeit von 39 Stunden pro Woche bleibt demnach unverändert, das Rathaus öffnet montags bis donnerstags bis 19 Uhr.
""",
"02_en.txt": """German town hall moves to four-day week
The Fenwick Lantern
Thu, 11 Sep 2025 16:00:00 +0100

The German town of Brunnwies will move its 140 council staff to a four-day week from January, Mayor Tobias Wendrich told the regional paper Der Anzeiger im Tal in an interview published on Thursday.
Staff will still work 39 hours a week, and the town hall will stay open until 7pm from Monday to Thursday. "For two years we have hardly had any applicants for vacant posts," Wendrich said.
""",
"03_fr.txt": """En Allemagne, la mairie de Brunnwies passe à la semaine de quatre jours
Le Courrier de Brasselonne
2025-09-12

Les 140 agents de la ville allemande de Brunnwies travailleront quatre jours par semaine à partir de janvier, a confié le maire Tobias Wendrich au quotidien régional Der Anzeiger im Tal.
La durée hebdomadaire reste fixée à 39 heures, et la mairie sera ouverte jusqu'à 19 heures du lundi au jeudi.
""",
"04_ru.txt": """Мэрия немецкого Брунвиза переходит на четырёхдневку
Полярный гонец
2025-09-12T10:00:00+03:00

Сотрудники администрации немецкого города Брунвиз — 140 человек — с января будут работать четыре дня в неделю. Об этом бургомистр Тобиас Вендрих рассказал в беседе с немецкой газетой «Анцайгер им Таль».
Рабочая неделя по-прежнему составит 39 часов, а ратуша будет открыта с понедельника по четверг до 19 часов.
""",
}, [("Der Anzeiger im Tal", True)],
[("Der Anzeiger im Tal", a) for a in ["01_de.txt", "02_en.txt", "03_fr.txt", "04_ru.txt"]],
[("Brunnwies moves its 140 town staff to a four-day week from January, 39 hours kept, town hall open to 7pm Monday to Thursday",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_fr.txt", "04_ru.txt"], 1)])

# e10: outlet named by its domain breaks the story ("can reveal", anonymous midwives);
# uncredited English copy; ru and fr relays crediting the domain
story("e10_exclusive_maternity_unit", "in_corpus", {
"00_en.txt": """Brindlewood maternity unit to stop overnight births from 3 November
brindlewood-news.example
2025-10-17T07:00:00+01:00

The maternity unit at Brindlewood Infirmary will stop admitting women in labour between 8pm and 8am from 3 November because of a shortage of midwives, brindlewood-news.example can reveal.
Night-time births will be moved to Carrowmore General Hospital, 38 miles away, according to two senior midwives who asked not to be named. The unit currently has 11 of its 26 midwife posts vacant.
The hospital trust did not answer our questions on Thursday evening.
""",
"01_en.txt": """Brindlewood maternity unit to halt overnight births
The Fenwick Lantern
2025-10-17T12:30:00+01:00

The maternity unit at Brindlewood Infirmary will stop admitting women in labour between 8pm and 8am from 3 November because of a shortage of midwives.
Night-time births will be moved to Carrowmore General Hospital, 38 miles away, according to hospital sources. The unit currently has 11 of its 26 midwife posts vacant.
""",
"02_ru.txt": """В британском Бриндлвуде роддом перестанет принимать роды ночью
Кедровский вестник
2025-10-17

Родильное отделение больницы в британском Бриндлвуде с 3 ноября перестанет принимать рожениц с 20:00 до 8:00 из-за нехватки акушерок, сообщает британский новостной сайт brindlewood-news.example, ссылаясь на двух старших акушерок.
Ночью рожениц будут направлять в больницу Карроумор в 38 милях. Из 26 ставок акушерок вакантны 11.
""",
"03_fr.txt": """Royaume-Uni : la maternité de Brindlewood fermera la nuit
La Vigie de Sarmontel
2025-10-17T18:10:00+02:00

La maternité de l'hôpital de Brindlewood n'accueillera plus d'accouchements entre 20 heures et 8 heures à partir du 3 novembre, faute de sages-femmes, comme l'a révélé le site d'information britannique brindlewood-news.example.
Les naissances de nuit seront transférées à l'hôpital de Carrowmore, à 38 miles, rapporte le site citant des sources hospitalières. Onze des 26 postes de sages-femmes sont vacants.
""",
}, [("brindlewood-news.example", True)],
[("brindlewood-news.example", a) for a in ["01_en.txt", "02_ru.txt", "03_fr.txt"]],
[("Brindlewood Infirmary maternity unit to stop overnight births (8pm-8am) from 3 November, births moved to Carrowmore General 38 miles away, 11 of 26 midwife posts vacant",
  ["00_en.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1)])

# e11: title suffix on an own report with no outlet line; de relay with no date line;
# fr relay with no outlet line and its own outlet as title suffix; ru relay with neither line
story("e11_title_suffix_pier", "in_corpus", {
"00_en.txt": """Northmere pier reopens after two-year, £4.7m repair — Northmere Post
2025-08-02T18:00:00+01:00

Northmere's Victorian pier reopened to the public on Saturday after a two-year, £4.7 million repair. Our reporter was among the first of several hundred people to walk its full 412 metres when the gates opened at 10am.
Storm damage in 2023 had left 180 of its iron piles corroded. The café at the pier head will open next spring, the council said.
""",
"01_de.txt": """Historische Seebrücke von Northmere wieder offen
Ostwalder Tagblatt

Die viktorianische Seebrücke im englischen Northmere ist nach zweijähriger Sanierung wieder für Besucher geöffnet, wie die Lokalzeitung Northmere Post am Samstag berichtete. Die Arbeiten kosteten 4,7 Millionen Pfund.
Ein Sturm hatte die 412 Meter lange Brücke 2023 beschädigt; 180 eiserne Pfähle waren verrostet.
""",
"02_fr.txt": """Angleterre : la jetée de Northmere rouverte après deux ans de travaux – La Vigie de Sarmontel
2025-08-03

La jetée victorienne de Northmere, en Angleterre, a rouvert samedi au public après deux ans de travaux, d'après le Northmere Post. Le chantier a coûté 4,7 millions de livres.
Une tempête avait endommagé en 2023 l'ouvrage long de 412 mètres, dont 180 piliers en fer étaient rongés par la rouille.
""",
"03_ru.txt": """В английском Нортмире после ремонта открылся викторианский пирс

Викторианский пирс в английском городе Нортмир в субботу вновь открылся для посетителей после двухлетнего ремонта стоимостью 4,7 млн фунтов, как сообщает британская газета «Нортмир Пост».
Длина пирса — 412 метров. Шторм 2023 года повредил 180 его железных опор.
""",
}, [("Northmere Post", True)],
[("Northmere Post", a) for a in ["01_de.txt", "02_fr.txt", "03_ru.txt"]],
[("Northmere's Victorian pier (412 m) reopened on Saturday after a two-year £4.7m repair of storm damage from 2023, 180 iron piles corroded",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], 1)])

# e12: look-alike A: bus drivers' strike in Quierzac (48 hours, 20-21 October); own report with
# the outlet in a French contraction ("au Matin de Quierzac")
story("e12_bus_strike_quierzac", "in_corpus", {
"00_fr.txt": """Quierzac : les conducteurs de bus en grève 48 heures les 20 et 21 octobre
Le Matin de Quierzac
2025-10-13T06:30:00+02:00

Les 310 conducteurs des Transports de l'Estran, qui exploitent les 24 lignes de bus de l'agglomération de Quierzac, cesseront le travail pendant 48 heures les 20 et 21 octobre. Deux délégués de l'intersyndicale l'ont confirmé au Matin de Quierzac dimanche soir.
Ils réclament une hausse de salaire de 6 %, la direction en propose 2. « Aucun bus ne sortira du dépôt », prévient l'un d'eux.
""",
"01_en.txt": """Quierzac bus drivers to strike for 48 hours
The Kerrow Islander
Mon, 13 Oct 2025 12:00:00 +0100

All 310 drivers at Transports de l'Estran, which runs Quierzac's 24 bus routes, will strike on 20 and 21 October, Le Matin de Quierzac, which first reported the plan, said on Monday.
The drivers want a 6 per cent pay rise; management has offered 2 per cent. Islanders who use the bus link from the ferry terminal should expect no services on either day.
""",
"02_de.txt": """Busfahrer in Quierzac streiken 48 Stunden
Der Bote vom Kalmberg
2025-10-13

Die 310 Busfahrer des Verkehrsbetriebs Transports de l'Estran in der französischen Hafenstadt Quierzac legen am 20. und 21. Oktober die Arbeit nieder, so die Regionalzeitung Le Matin de Quierzac. Betroffen sind alle 24 Buslinien.
Die Fahrer fordern sechs Prozent mehr Lohn, die Geschäftsführung bietet zwei Prozent.
""",
}, [("Le Matin de Quierzac", True)],
[("Le Matin de Quierzac", "01_en.txt"), ("Le Matin de Quierzac", "02_de.txt")],
[("310 Transports de l'Estran bus drivers in Quierzac to strike for 48 hours on 20-21 October over a 6% pay demand, all 24 routes",
  ["00_fr.txt", "01_en.txt", "02_de.txt"], 1)])

# e13: look-alike B: indefinite bus drivers' strike in Ternoslav over unpaid wages; own report with
# the outlet in the dative; relays with a russified genitive, a Latin transliteration, uk genitive
story("e13_bus_strike_ternoslav", "in_corpus", {
"00_uk.txt": """У Тернославі водії автобусів оголосили безстроковий страйк
Тернославські відомості
2025-10-15T09:20:00+03:00

Від ранку середи 420 водіїв комунального підприємства «Тернославтранс» не вийшли на 31 міський маршрут. Наша журналістка поспілкувалася з водіями в депо на вулиці Заводській: вони не отримували зарплату за серпень і вересень.
Як стало відомо «Тернославським відомостям», борг підприємства перед працівниками сягає 38 мільйонів гривень. «Працюватимемо, коли побачимо гроші на картках», — сказав водій Остап Гринчук.
""",
"01_ru.txt": """В Тернославе бессрочно бастуют водители автобусов
Кедровский вестник
2025-10-15T14:00:00+03:00

С утра среды 420 водителей коммунального предприятия «Тернославтранс» не вышли на 31 городской маршрут, как следует из материала «Тернославских ведомостей».
Водителям не выплатили зарплату за август и сентябрь; долг предприятия, по данным издания, составляет 38 миллионов гривен.
""",
"02_de.txt": """Unbefristeter Busfahrerstreik in ukrainischer Stadt Ternoslaw
Ostwalder Tagblatt
2025-10-16

In der ukrainischen Stadt Ternoslaw streiken seit Mittwoch 420 Busfahrer des städtischen Betriebs Ternoslawtrans unbefristet; alle 31 Linien stehen still. Das berichtet die Lokalzeitung Ternoslawski Widomosti unter Berufung auf eigene Recherchen.
Die Fahrer haben seit August keinen Lohn erhalten, die Rückstände belaufen sich auf 38 Millionen Hrywnja.
""",
"03_uk.txt": """Страйк водіїв у Тернославі: зупинилися всі 31 маршрут
Дзвін Полонини
Wed, 15 Oct 2025 17:45:00 +0300

У Тернославі 420 водіїв КП «Тернославтранс» із середи безстроково страйкують через невиплату зарплати за серпень і вересень, повідомляють «Тернославські відомості», посилаючись на власні джерела.
За даними «Тернославських відомостей», заборгованість перед працівниками становить 38 мільйонів гривень.
""",
}, [("Тернославські відомості", True)],
[("Тернославські відомості", a) for a in ["01_ru.txt", "02_de.txt", "03_uk.txt"]],
[("420 Ternoslavtrans bus drivers in Ternoslav on indefinite strike since Wednesday over unpaid August and September wages, 31 routes stopped, 38 million hryvnias owed",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": k} for t, ca, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 5 (invented); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
    n = sum(len(s["articles"]) for s in stories)
    print(f"{len(stories)} stories, {n} articles")

if __name__ == "__main__":
    main()
