#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand49 set.

Emphasis: real wire agencies (Reuters, AP, AFP, dpa, Interfax-Ukraine, Ukrinform, UNIAN, ANSA, EFE)
as origins outside the corpus and the ways papers credit them (datelines, "contributed to this
report", "Mit Material von dpa", "avec AFP", "(c) AFP", "(AFP)" at the end). The events, people,
papers and quotes are invented; no real article text is used.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Reuters wire with "KYIV (Reuters) -" dateline reprinted in an English paper, credited in uk,
# de, fr. One origin outside the corpus.
story("r01_reuters_kyiv_dateline", "agency", {
"00_en.txt": """Ukraine and Romania to open Danube truck ferry between Vylkove and Sulina
The Northgate Standard
2027-05-12 10:40

KYIV (Reuters) - Ukraine and Romania will open a truck ferry across the Danube delta between the Ukrainian town of Vylkove and the Romanian port of Sulina on June 1, Ukraine's deputy infrastructure minister said on Wednesday.

The crossing will be able to carry up to 60 lorries a day in both directions and is meant to ease queues at the overloaded land border crossings further west, Deputy Minister Taras Lysenko told a news conference in Kyiv.

"Drivers are waiting two or three days at some checkpoints. Every additional crossing takes pressure off the whole border," Lysenko said, adding that the two ferries would be leased from a private Romanian operator for an initial period of two years.

Customs and border posts are being built on both banks, and passenger cars will be admitted from the autumn once a second pier is finished, he said.

(Reporting by Olena Marchuk; Editing by Peter Hollis)
""",
"01_uk.txt": """З 1 червня між Вилковим і Суліною запрацює вантажна поромна переправа
Дніпровська хвиля
12.05.2027 13:15

Україна та Румунія з 1 червня відкриють поромну переправу для вантажівок через дельту Дунаю між Вилковим і румунським портом Суліна. Про це повідомляє агентство Reuters з посиланням на заступника міністра інфраструктури Тараса Лисенка.

За словами посадовця, які наводить агентство, нова переправа має розвантажити сухопутні пункти пропуску, де водії чекають по два-три дні.

Пороми орендуватимуть у приватного румунського перевізника щонайменше на два роки. На обох берегах зараз будують митні та прикордонні пункти.

Легкові автомобілі переправа почне приймати восени, коли добудують другий причал, передає Reuters.
""",
"02_de.txt": """Neue Donaufähre soll Grenzstaus zwischen Ukraine und Rumänien lindern
Hanseatische Rundschau
12. Mai 2027

Die Ukraine und Rumänien wollen ab dem 1. Juni eine Lkw-Fähre über das Donaudelta zwischen Wylkowe und dem rumänischen Hafen Sulina betreiben. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf den ukrainischen Vize-Infrastrukturminister Taras Lyssenko.

Bis zu 60 Lastwagen am Tag sollen übersetzen können. Die Fähre soll die überlasteten Grenzübergänge an Land entlasten, an denen Fahrer teils mehrere Tage warten.

„Jeder zusätzliche Übergang nimmt Druck von der gesamten Grenze", sagte Lyssenko laut Reuters in Kiew. Die Schiffe werden von einem privaten rumänischen Betreiber gemietet.
""",
"03_fr.txt": """Un bac pour camions reliera Vylkove à Sulina sur le Danube dès le 1er juin
L'Observateur Rhodanien
12 mai 2027

L'Ukraine et la Roumanie ouvriront le 1er juin une liaison par bac pour les poids lourds entre la ville ukrainienne de Vylkove et le port roumain de Soulina, dans le delta du Danube, rapporte l'agence Reuters.

Selon le vice-ministre ukrainien des Infrastructures, Taras Lyssenko, cité par l'agence, cette traversée doit soulager les postes-frontières terrestres, où les chauffeurs attendent parfois plusieurs jours.

Les deux bacs seront loués à un opérateur privé roumain. Les voitures particulières ne pourront embarquer qu'à l'automne, une fois un second quai achevé.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[{"origin": "Reuters", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"]],
[{"text": "A truck ferry between Vylkove (Ukraine) and Sulina (Romania) across the Danube delta will open on June 1.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The ferry will carry up to 60 lorries a day.",
  "articles": ["00_en.txt", "02_de.txt"], "independent_sources": 1}])

# r02: dpa copy with "BERLIN (dpa) -" dateline (00_de has no outlet line), a rewrite ending
# "Mit Material von dpa", uk and en credits.
story("r02_dpa_berlin_dateline", "agency", {
"00_de.txt": """Bund liefert 30 mobile Heizkraftwerke in die Region Charkiw
2027-08-03 07:45

BERLIN (dpa) - Die Bundesregierung will der ostukrainischen Region Charkiw vor dem Winter 30 mobile Blockheizkraftwerke zur Verfügung stellen. Das Paket habe einen Wert von rund 45 Millionen Euro, erfuhr die Deutsche Presse-Agentur am Dienstag aus Kreisen des Bundeswirtschaftsministeriums.

Die containergroßen Anlagen sollen Krankenhäuser, Schulen und Wohnblocks mit Wärme und Strom versorgen, wenn das zentrale Netz ausfällt. Die ersten zehn Anlagen sollen im Oktober geliefert werden, der Rest bis Mitte Dezember.

Gebaut werden die Kraftwerke von einem mittelständischen Hersteller aus Niedersachsen. Das Ministerium wollte sich offiziell zunächst nicht äußern.
""",
"01_de.txt": """Wärme für Charkiw: Berlin schickt Heizkraftwerke
Rheintaler Tagblatt
03.08.2027 11:20

Deutschland will der Region Charkiw im Osten der Ukraine 30 mobile Blockheizkraftwerke schenken. Das Paket ist nach Angaben aus Regierungskreisen etwa 45 Millionen Euro wert.

Die Anlagen sind so groß wie ein Schiffscontainer und sollen vor allem Kliniken und Schulen versorgen, wenn nach Angriffen das Netz zusammenbricht. Zehn Kraftwerke sollen schon im Oktober ankommen.

Mit Material von dpa
""",
"02_uk.txt": """Німеччина передасть Харківщині 30 мобільних теплоелектростанцій
Слобожанський кур'єр
2027-08-03T12:05:00+03:00

Уряд Німеччини до зими передасть Харківській області 30 мобільних когенераційних установок загальною вартістю близько 45 млн євро. Про це повідомляє німецьке інформаційне агентство dpa з посиланням на джерела в міністерстві економіки ФРН.

За даними агентства, установки розміром з морський контейнер забезпечуватимуть теплом і світлом лікарні, школи та житлові будинки під час відключень.

Перші десять станцій мають прибути в жовтні, решту — до середини грудня, пише dpa.
""",
"03_en.txt": """Germany to send 30 mobile heating plants to Kharkiv region, dpa says
The Wexmoor Herald
Tue, 03 Aug 2027 14:30:00 +0000

Germany plans to give Ukraine's Kharkiv region 30 mobile combined heat and power plants worth about 45 million euros before winter, the German news agency dpa reported on Tuesday, citing sources in the economy ministry in Berlin.

The container-sized units are meant to keep hospitals, schools and apartment blocks warm when the central grid goes down. The ministry did not comment officially, according to dpa.
""",
}, [{"name": "dpa", "in_corpus": False}],
[{"origin": "dpa", "article": a} for a in ["00_de.txt", "01_de.txt", "02_uk.txt", "03_en.txt"]],
[{"text": "Germany will give the Kharkiv region 30 mobile heating (combined heat and power) plants worth about 45 million euros.",
  "articles": ["00_de.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The first ten plants are to be delivered in October.",
  "articles": ["00_de.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 1}])

# r03: AFP credited as "avec AFP", a byline with "(c) AFP" and "Lyon (AFP) -" (01_fr without date
# line), uk "Франс Прес", de brief ending "(AFP)", en "Agence France-Presse reported".
story("r03_afp_credit_forms", "agency", {
"00_fr.txt": """Une icône volée en Ukraine retrouvée dans une salle des ventes lyonnaise
La Dépêche de Valmont
2027-03-18 16:10

La rédaction avec AFP

Une icône du XVIIe siècle dérobée en 2024 dans une église de la région de Ternopil, dans l'ouest de l'Ukraine, a été saisie dans une maison de ventes aux enchères de Lyon, à quelques jours de sa mise en vente.

L'œuvre, une Vierge à l'Enfant peinte sur bois, était estimée à 80 000 euros. Ce sont des spécialistes de l'Office central de lutte contre le trafic des biens culturels qui l'ont identifiée grâce à une base de données d'objets volés, selon une source proche de l'enquête.

Le vendeur, un collectionneur installé en Suisse, affirme l'avoir achetée de bonne foi. L'icône devrait être restituée à l'Ukraine à l'issue de la procédure.
""",
"01_fr.txt": """Lyon : saisie d'une icône ukrainienne volée avant une vente aux enchères
Le Courrier de l'Estuaire

Par Mathilde RIVOIRE - (c) AFP

Lyon (AFP) - Une icône orthodoxe volée il y a trois ans dans une église de la région ukrainienne de Ternopil a été saisie dans une salle des ventes lyonnaise, a-t-on appris jeudi de source proche de l'enquête.

Estimée à 80 000 euros, cette Vierge à l'Enfant du XVIIe siècle devait être proposée aux enchères samedi. Elle figurait dans une base internationale d'œuvres d'art volées.

« Le lot a été retiré immédiatement », a indiqué la maison de ventes, qui dit coopérer avec les enquêteurs.
""",
"02_uk.txt": """У Франції знайшли ікону XVII століття, викрадену з храму на Тернопільщині
Вечірній Поділ
18.03.2027 19:40

У французькому Ліоні в аукціонному домі вилучили ікону XVII століття, яку у 2024 році викрали з церкви на Тернопільщині. Про це повідомляє французьке агентство Франс Прес.

За даними AFP, ікону Богородиці з немовлям мали виставити на торги за кілька днів. Її розпізнали фахівці французької поліції, що займаються незаконним обігом культурних цінностей.

Після завершення розслідування святиню планують повернути в Україну.
""",
"03_de.txt": """Gestohlene Ikone in Lyon sichergestellt
Hanseatische Rundschau
18. März 2027

Lyon. In einem Auktionshaus in Lyon haben Ermittler eine Ikone aus dem 17. Jahrhundert beschlagnahmt, die 2024 aus einer Kirche in der westukrainischen Region Ternopil gestohlen worden war. Das Werk sollte wenige Tage später versteigert werden und soll nun an die Ukraine zurückgegeben werden. (AFP)
""",
"04_en.txt": """Icon stolen from Ukrainian church seized at Lyon auction house
The Meridian Chronicle
2027-03-18T21:00:00+00:00

French investigators have seized a 17th-century icon stolen from a church in western Ukraine's Ternopil region at an auction house in Lyon days before it was due to go under the hammer, Agence France-Presse reported on Thursday, citing a source close to the investigation.

The painting of the Virgin and Child, estimated at 80,000 euros, was spotted in a database of stolen art, AFP said. It is expected to be returned to Ukraine.
""",
}, [{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": a} for a in ["00_fr.txt", "01_fr.txt", "02_uk.txt", "03_de.txt", "04_en.txt"]],
[{"text": "A 17th-century icon stolen from a church in Ukraine's Ternopil region was seized at an auction house in Lyon.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The icon was estimated at 80,000 euros.",
  "articles": ["00_fr.txt", "01_fr.txt", "04_en.txt"], "independent_sources": 1}])

# r04: flood in Uzhhorod. 00_en: own correspondent + "Reuters contributed to this report" (two roots);
# 01_de relays The Meridian Chronicle (chain); 02_fr relays Reuters; 03_uk relays Ukrinform;
# 04_en: own reporter + "Additional reporting by AP" (two roots). In both two-root articles each
# part (own and agency) reports the flooding in Uzhhorod itself.
story("r04_agency_plus_own_correspondent", "agency_plus_own", {
"00_en.txt": """Uzh bursts its banks as rain floods streets of Uzhhorod
The Meridian Chronicle
2027-10-24 09:15

By Daniel Okafor in Uzhhorod

Brown water stood knee-deep along the Kyivska embankment in Uzhhorod on Sunday morning after the Uzh river burst its banks overnight, following three days of heavy rain in Ukraine's westernmost region.

When the Chronicle's correspondent reached the old town shortly after dawn, rescuers in rubber boats were taking elderly residents out of ground-floor flats on Korzo street. "The water came in under the door within an hour. I only had time to lift the television," Hanna Petrash, 71, told the Chronicle as she was helped into a boat.

Ukraine's State Emergency Service said about 1,200 homes in Uzhhorod and surrounding villages had been flooded and more than 900 people moved to temporary shelters, Reuters reported. Forecasters expect the rain to ease by Tuesday.

Reuters contributed to this report.
""",
"01_de.txt": """Hochwasser in der Westukraine: Fluss Usch überflutet Uschhorod
Oberland-Zeitung
24.10.2027 14:00

Nach tagelangem Regen ist in der Westukraine der Fluss Usch über die Ufer getreten und hat Straßen in der Stadt Uschhorod überflutet. Das berichtete die britische Zeitung The Meridian Chronicle, deren Korrespondent am Sonntagmorgen in der Stadt war.

Laut dem Bericht stand das Wasser an der Uferpromenade knietief. Retter holten ältere Bewohner mit Schlauchbooten aus Erdgeschosswohnungen in der Altstadt.

„Das Wasser kam innerhalb einer Stunde unter der Tür durch", sagte eine 71-jährige Anwohnerin dem Meridian Chronicle.
""",
"02_fr.txt": """Inondations en Ukraine : 1 200 logements sous les eaux à Oujhorod
L'Observateur Rhodanien
24 octobre 2027

La rivière Ouj est sortie de son lit à Oujhorod, dans l'extrême ouest de l'Ukraine, après trois jours de pluies diluviennes, inondant quelque 1 200 habitations de la ville et des villages voisins, rapporte l'agence Reuters, citant le Service d'urgence de l'État.

Plus de 900 personnes ont été relogées dans des abris temporaires. Selon Reuters, le trafic ferroviaire via la gare frontalière de Tchop a été suspendu dimanche, une partie des voies étant submergée.
""",
"03_uk.txt": """На Закарпатті через зливи Уж вийшов з берегів: підтоплено вулиці Ужгорода
Вечірній Поділ
24.10.2027 10:30

Річка Уж після триденних злив вийшла з берегів, у центрі Ужгорода підтоплено вулиці та житлові будинки. Про це повідомляє Укрінформ з посиланням на голову Закарпатської обласної військової адміністрації Василя Гайду.

За його словами, через розмиті дороги близько 40 гірських сіл області залишаються відрізаними від світу. Рятувальники евакуйовують людей човнами.

Як зазначає Укрінформ, синоптики прогнозують послаблення дощів лише до вівторка.
""",
"04_en.txt": """Floodwater swamps Uzhhorod old town after Uzh overflows
The Wexmoor Herald
2027-10-24 16:45

Our reporter Anna Lisowski in Uzhhorod saw cars submerged to their windows on Sunday in the streets around the city's castle hill, after the Uzh river overflowed during the night.

Shop owners on the embankment spent the morning carrying stock to upper floors. "Nobody here remembers the river this high in October," café owner Mykola Rusyn told the Herald.

The Associated Press reported that emergency officials put the number of flooded homes in Uzhhorod and nearby villages at about 1,200.

Additional reporting by AP.
""",
}, [{"name": "The Meridian Chronicle", "in_corpus": True},
    {"name": "Reuters", "in_corpus": False},
    {"name": "Ukrinform", "in_corpus": False},
    {"name": "The Wexmoor Herald", "in_corpus": True},
    {"name": "Associated Press", "in_corpus": False}],
[{"origin": "Reuters", "article": "00_en.txt"},
 {"origin": "The Meridian Chronicle", "article": "01_de.txt"},
 {"origin": "Reuters", "article": "02_fr.txt"},
 {"origin": "Ukrinform", "article": "03_uk.txt"},
 {"origin": "Associated Press", "article": "04_en.txt"}],
[{"text": "The Uzh river burst its banks and flooded streets and homes in Uzhhorod.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 5},
 {"text": "Rail traffic through the border station of Chop was suspended.",
  "articles": ["02_fr.txt"], "independent_sources": 1},
 {"text": "About 40 mountain villages in the region were cut off.",
  "articles": ["03_uk.txt"], "independent_sources": 1}])

# r05: chain of agencies: Interfax-Ukraine interview; Reuters and UNIAN relay it ("said Reuters, citing
# Interfax-Ukraine", "УНІАН з посиланням на «Інтерфакс-Україна»"). Neither intermediary is in the
# corpus, so every edge is labelled from the root, Interfax-Ukraine. 03_fr has no outlet and no date.
story("r05_agency_citing_agency_chain", "agency_chain", {
"00_uk.txt": """Укрзалізниця запустить прямий нічний потяг Київ — Відень
Дніпровська хвиля
2027-11-02 08:50

З 12 грудня між Києвом і Віднем курсуватиме прямий нічний потяг зі спальними вагонами. Про це повідомило агентство «Інтерфакс-Україна» з посиланням на директора пасажирської компанії Укрзалізниці Ігоря Мельничука.

«Ми домовилися з австрійськими партнерами про щоденний рейс. Вагони з перестановкою візків на кордоні вже пройшли випробування», — сказав Мельничук в інтерв'ю агентству.

Дорога триватиме близько 19 годин, квитки коштуватимуть від 2400 гривень, уточнив він.
""",
"01_en.txt": """Ukraine to launch direct Kyiv-Vienna night train in December
The Northgate Standard
2027-11-02 12:10

Ukraine's state railway will start a daily direct night train between Kyiv and Vienna on Dec. 12, Reuters said, citing Interfax-Ukraine.

Ihor Melnychuk, head of the railway's passenger arm, told the Ukrainian news agency that sleeper cars able to change bogies at the border had passed trials, according to Reuters.
""",
"02_de.txt": """Direkter Nachtzug von Kiew nach Wien ab Dezember
Rheintaler Tagblatt
02.11.2027 15:25

Zwischen Kiew und Wien soll ab dem 12. Dezember täglich ein direkter Nachtzug verkehren. Das meldete die ukrainische Nachrichtenagentur Interfax-Ukraine unter Berufung auf Ihor Melnytschuk, den Chef der Personenverkehrssparte der ukrainischen Staatsbahn.

Die Fahrt soll rund 19 Stunden dauern, Tickets sollen ab umgerechnet etwa 50 Euro (2400 Hrywnja) kosten. Die Schlafwagen wechseln an der Grenze die Drehgestelle.
""",
"03_fr.txt": """Un train de nuit direct entre Kiev et Vienne à partir du 12 décembre

Les chemins de fer ukrainiens lanceront le 12 décembre une liaison quotidienne de nuit entre Kiev et Vienne, a rapporté Reuters, citant l'agence Interfax-Ukraine.

Le directeur du transport de voyageurs, Ihor Melnytchouk, a précisé à l'agence ukrainienne que les voitures-lits avaient réussi les essais de changement de bogies à la frontière.
""",
"04_uk.txt": """Нічним потягом з Києва до Відня: рейс запускають з 12 грудня
Вечірній Поділ
02.11.2027 17:00

Укрзалізниця з 12 грудня запускає щоденний прямий нічний потяг Київ — Відень. Про це повідомляє УНІАН з посиланням на «Інтерфакс-Україна».

Як розповів агентству «Інтерфакс-Україна» директор пасажирської компанії Ігор Мельничук, поїздка триватиме близько 19 годин, а мінімальна ціна квитка становитиме 2400 гривень.
""",
}, [{"name": "Interfax-Ukraine", "in_corpus": False}],
[{"origin": "Interfax-Ukraine", "article": a} for a in ["00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_uk.txt"]],
[{"text": "A direct daily night train between Kyiv and Vienna will start on December 12.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "The journey will take about 19 hours and tickets will cost from 2,400 hryvnias.",
  "articles": ["00_uk.txt", "02_de.txt", "04_uk.txt"], "independent_sources": 1}])

# r06: a deputy minister's interview with Reuters ("told Reuters") versus the ministry's own statement
# on its website. 02_de uses both (two edges). The Slovakia detail is only in the Reuters relays
# 00/03; the Brussels detail only in the website relay 01.
story("r06_told_reuters_vs_ministry_site", "interview_vs_official", {
"00_en.txt": """Ukraine to lift EU power import capacity to 2.3 GW from December, deputy minister says
The Wexmoor Herald
2027-09-15 11:30

Ukraine will be able to import up to 2.3 gigawatts of electricity from the European Union from Dec. 1, up from 1.7 GW now, Deputy Energy Minister Oksana Kravets told Reuters in an interview on Wednesday.

"This is our insurance policy for the winter," Kravets told the news agency. She said Kyiv was also negotiating with Slovakia over a new high-voltage interconnector that could add capacity from 2029.

Ukraine's grid has relied heavily on imports during cold snaps in recent winters.
""",
"01_uk.txt": """Україна з 1 грудня зможе імпортувати з ЄС до 2,3 ГВт електроенергії
Слобожанський кур'єр
15.09.2027 10:05

З 1 грудня максимальний обсяг імпорту електроенергії з країн ЄС до України зросте до 2,3 ГВт. Про це йдеться у повідомленні на офіційному сайті Міністерства енергетики України.

«Рішення погоджено на засіданні операторів систем передачі, яке відбулося у вівторок у Брюсселі», — зазначено в повідомленні відомства.

Зараз граничний обсяг імпорту становить 1,7 ГВт.
""",
"02_de.txt": """Ukraine darf ab Dezember mehr Strom aus der EU importieren
Hanseatische Rundschau
15. September 2027

Die Ukraine kann ab dem 1. Dezember bis zu 2,3 Gigawatt Strom aus der EU einführen statt bisher 1,7 Gigawatt. Das teilte das ukrainische Energieministerium auf seiner Internetseite mit.

„Das ist unsere Versicherung für den Winter", sagte Vize-Energieministerin Oksana Krawez der Nachrichtenagentur Reuters.
""",
"03_fr.txt": """L'Ukraine pourra importer 2,3 GW d'électricité de l'UE dès décembre
La Dépêche de Valmont
15/09/2027 18:20

L'Ukraine pourra importer jusqu'à 2,3 gigawatts d'électricité depuis l'Union européenne à partir du 1er décembre, contre 1,7 GW actuellement, a déclaré mercredi à Reuters la vice-ministre ukrainienne de l'Énergie, Oksana Kravets.

Kiev négocie par ailleurs avec la Slovaquie la construction d'une nouvelle ligne à haute tension, a-t-elle ajouté dans cet entretien accordé à l'agence.
""",
}, [{"name": "Reuters", "in_corpus": False},
    {"name": "Ministry of Energy of Ukraine", "in_corpus": False}],
[{"origin": "Reuters", "article": "00_en.txt"},
 {"origin": "Ministry of Energy of Ukraine", "article": "01_uk.txt"},
 {"origin": "Ministry of Energy of Ukraine", "article": "02_de.txt"},
 {"origin": "Reuters", "article": "02_de.txt"},
 {"origin": "Reuters", "article": "03_fr.txt"}],
[{"text": "From December 1 Ukraine will be able to import up to 2.3 GW of electricity from the EU, up from 1.7 GW.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "Ukraine is negotiating with Slovakia over a new high-voltage interconnector.",
  "articles": ["00_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The decision was agreed at a meeting of transmission system operators in Brussels on Tuesday.",
  "articles": ["01_uk.txt"], "independent_sources": 1}])

# r07: two agencies report one case independently: ANSA (Italian side, Genoa) and EFE (Spanish side,
# Valencia); papers relay one or the other. 00_en has no date line.
story("r07_two_agencies_independent", "two_agencies", {
"00_en.txt": """Painting stolen from Ivano-Frankivsk museum recovered, man held in Spain
The Northgate Standard

A landscape stolen last year from the art museum in the Ukrainian city of Ivano-Frankivsk has been recovered, and Spanish police have arrested a 44-year-old man in Valencia suspected of shipping it abroad, Spanish news agency EFE reported on Friday.

The oil painting "Evening in Kosiv" by the early 20th-century painter Mykhailo Dzhyra was recovered in Italy in a joint operation, EFE said, citing the Guardia Civil. The suspect, a Ukrainian national, had offered the work to a private collector in Madrid, according to the agency.
""",
"01_de.txt": """Gestohlenes ukrainisches Gemälde im Hafen von Genua entdeckt
Oberland-Zeitung
2027-06-11 13:40

Italienische Kunstfahnder haben ein im vergangenen Jahr aus dem Kunstmuseum von Iwano-Frankiwsk gestohlenes Gemälde wiedergefunden. Das Bild „Abend in Kossiw" von Mychajlo Dschyra lag in einem Schiffscontainer im Hafen von Genua, zwischen Möbeln versteckt, meldete die italienische Nachrichtenagentur ANSA.

Die Carabinieri-Einheit für den Schutz des Kulturerbes habe den Container nach einem Hinweis geöffnet, hieß es. Das Gemälde soll in die Ukraine zurückkehren.
""",
"02_fr.txt": """Un tableau volé dans un musée ukrainien retrouvé dans le port de Gênes
L'Observateur Rhodanien
11 juin 2027

Un paysage volé l'an dernier au musée d'art d'Ivano-Frankivsk, dans l'ouest de l'Ukraine, a été retrouvé dans un conteneur du port de Gênes, selon l'agence italienne ANSA.

Le tableau, « Soir à Kossiv » de Mykhaïlo Djyra, était dissimulé parmi des meubles. Les carabiniers chargés de la protection du patrimoine ont agi sur renseignement, précise l'ANSA.
""",
"03_uk.txt": """В Іспанії затримали підозрюваного у вивезенні картини, викраденої з музею в Івано-Франківську
Дніпровська хвиля
11.06.2027 20:15

Викрадену торік з Івано-Франківського художнього музею картину Михайла Джири «Вечір у Косові» знайшли, а у Валенсії затримали 44-річного чоловіка, якого підозрюють у її вивезенні. Про це повідомляє іспанське агентство EFE з посиланням на Гвардію Сівіль.

За даними агентства, затриманий — громадянин України — пропонував полотно приватному колекціонерові в Мадриді.
""",
}, [{"name": "EFE", "in_corpus": False},
    {"name": "ANSA", "in_corpus": False}],
[{"origin": "EFE", "article": "00_en.txt"},
 {"origin": "ANSA", "article": "01_de.txt"},
 {"origin": "ANSA", "article": "02_fr.txt"},
 {"origin": "EFE", "article": "03_uk.txt"}],
[{"text": "The painting 'Evening in Kosiv' by Mykhailo Dzhyra, stolen from the Ivano-Frankivsk art museum, was recovered.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The painting was found in a shipping container in the port of Genoa.",
  "articles": ["01_de.txt", "02_fr.txt"], "independent_sources": 1},
 {"text": "A 44-year-old man suspected of shipping the painting abroad was arrested in Valencia.",
  "articles": ["00_en.txt", "03_uk.txt"], "independent_sources": 1}])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 49 (wire agencies; invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        onames = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in names and r["origin"] in onames, (id, r)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
