#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand64 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: zoo escape. Two outside origins: the city administration's press release (taken directly by
# 00_de, 02_en, 03_fr) and a local radio station's interview with a witness (relayed by 01_de, 04_ru).
# 03_fr has no outlet line.
story("r01_cityhall_radio_zoo_escape", "official_and_radio", {
"00_de.txt": """Roter Panda büxt aus Tierpark Kranichfeld aus – nach fünf Stunden wieder eingefangen
Kranichfelder Tagblatt
2027-04-06 16:20

Ein Roter Panda ist am Dienstagmorgen aus dem Tierpark Kranichfeld entwischt und hat mehrere Stunden lang die Innenstadt erkundet. Das teilte die Stadtverwaltung Kranichfeld am Nachmittag in einer Pressemitteilung mit.

Das zweijährige Weibchen „Mojo" sei gegen 7.30 Uhr über einen vom Sturm der Vorwoche beschädigten Zaunabschnitt geklettert, heißt es in der Mitteilung. Tierpflegerinnen und die Feuerwehr hätten das Tier kurz nach 12.30 Uhr in einer Linde am Marktplatz mit Bambus angelockt und unverletzt zurückgebracht.

„Mojo ist wohlauf und frisst schon wieder", wird Tierparkleiterin Annegret Wohlfahrt in der Pressemitteilung zitiert. Der Tierpark bleibt nach Angaben der Stadt bis einschließlich Donnerstag geschlossen, damit der Zaun repariert werden kann. Bereits gekaufte Tickets behalten ihre Gültigkeit.
""",
"01_de.txt": """„Plötzlich saß er auf dem Wartehäuschen": Augenzeugin über den entlaufenen Panda
Saale-Bote
06.04.2027 18:05

Als Heike Brandauer am Dienstagmorgen an der Haltestelle Lindenstraße auf ihren Bus wartete, bekam sie ungewöhnliche Gesellschaft. „Ich habe ein Rascheln gehört, und plötzlich saß da ein rotbraunes Tier mit buschigem Schwanz auf dem Dach des Wartehäuschens", sagte die 54-Jährige dem Sender Radio Saaleklang.

Es handelte sich um den Roten Panda, der früh am Morgen aus dem Tierpark Kranichfeld ausgebrochen war. Das Tier habe sie minutenlang angeschaut und sei dann über eine Mauer in Richtung Marktplatz verschwunden, erzählte Brandauer im Interview mit Radio Saaleklang. Sie habe mit dem Handy ein Foto gemacht und den Tierpark angerufen.

Ihren Bus habe sie dabei verpasst, sagte sie dem Sender lachend. „Aber das war es wert."
""",
"02_en.txt": """Red panda escapes German zoo, spends morning roaming town centre
Midland Evening Courier
2027-04-06T19:40:00+00:00

A red panda escaped from the zoo in the German town of Kranichfeld on Tuesday morning and spent about five hours exploring the town before keepers coaxed it down from a tree, the town's administration said in a statement.

The two-year-old female, named Mojo, climbed over a section of fencing damaged in a storm the previous week at about 7.30 a.m., according to the statement. Keepers and firefighters lured her out of a lime tree on the market square with bamboo shortly after 12.30 p.m.

"Mojo is well and already eating again," zoo director Annegret Wohlfahrt was quoted as saying in the statement. The zoo will stay closed until Thursday while the fence is repaired, the town said.
""",
"03_fr.txt": """Allemagne : un panda roux s'échappe du zoo de Kranichfeld
2027-04-07 08:15

Un panda roux s'est échappé mardi matin du zoo de Kranichfeld, petite ville de l'est de l'Allemagne, avant d'être récupéré sain et sauf cinq heures plus tard, a annoncé la mairie dans un communiqué.

La femelle de deux ans, prénommée Mojo, a franchi vers 7 h 30 une partie de la clôture endommagée par une tempête la semaine précédente, précise le communiqué de la municipalité. Soigneurs et pompiers l'ont attirée avec du bambou hors d'un tilleul de la place du marché peu après 12 h 30.

Le zoo restera fermé jusqu'à jeudi inclus, le temps de réparer la clôture, indique la ville.
""",
"04_ru.txt": """«Сидел на крыше остановки»: в Германии красная панда сбежала из зоопарка
Вечерний Полдень
7 апреля 2027

В немецком городе Кранихфельд во вторник утром из зоопарка сбежала красная панда. Одной из первых животное увидела местная жительница Хайке Брандауэр, которая рассказала об этом в эфире радио Saaleklang.

«Я услышала шорох, и вдруг на крыше остановки сидит рыжий зверёк с пушистым хвостом», — приводит радиостанция слова 54-летней женщины. По её словам, панда несколько минут смотрела на неё, а потом перебралась через стену в сторону рыночной площади.

Брандауэр сфотографировала животное на телефон и позвонила в зоопарк. На свой автобус она, как сказала в эфире радио, в итоге опоздала.
""",
}, [
 {"name": "Stadtverwaltung Kranichfeld", "in_corpus": False},
 {"name": "Radio Saaleklang", "in_corpus": False},
], [
 {"origin": "Stadtverwaltung Kranichfeld", "article": "00_de.txt"},
 {"origin": "Radio Saaleklang", "article": "01_de.txt"},
 {"origin": "Stadtverwaltung Kranichfeld", "article": "02_en.txt"},
 {"origin": "Stadtverwaltung Kranichfeld", "article": "03_fr.txt"},
 {"origin": "Radio Saaleklang", "article": "04_ru.txt"},
], [
 {"text": "A red panda escaped from the zoo in Kranichfeld on Tuesday morning.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_fr.txt", "04_ru.txt"], "independent_sources": 2},
 {"text": "The zoo stays closed until Thursday so the damaged fence can be repaired.",
  "articles": ["00_de.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "A woman waiting at the Lindenstraße bus stop saw the panda sitting on the roof of the bus shelter.",
  "articles": ["01_de.txt", "04_ru.txt"], "independent_sources": 1},
])

# r02: bridge closure. A local paper's own reporting (correspondent on the bridge, engineer told the
# paper) relayed with credit by a regional portal (uk), a national outlet (ru) and an English site,
# and copied without credit by a national news feed (03_uk, near-verbatim, published later).
story("r02_local_scoop_bridge_closure", "local_scoop_with_uncredited_copy", {
"00_uk.txt": """Міст через Стрипу в Підгірцях закривають: у опорі знайшли тріщину
Вісник Підгір'я
2027-04-08 07:45

Автомобільний міст через річку Стрипу в Підгірцях з понеділка закриють для всіх транспортних засобів. Як з'ясував «Вісник Підгір'я», під час планового огляду інженери виявили тріщину завдовжки майже півтора метра в середній опорі мосту.

Наш кореспондент побував на мосту у середу ввечері: біля опори вже стоять металеві риштування, а на проїжджій частині з'явилися знаки обмеження ваги до 3,5 тонни.

«Тріщина свіжа, ймовірно, її спричинила весняна крига. Ризикувати ми не можемо», — сказав «Вісникові Підгір'я» інженер обласної служби автодоріг Тарас Яковенко. За його словами, ремонт триватиме щонайменше шість тижнів.

Об'їзд для автомобілів проляже через село Залісся, це додасть близько 14 кілометрів. Пішоходів по мосту пропускатимуть тротуаром з правого боку. Шкільний автобус з Залісся, за словами Яковенка, ходитиме за зміненим розкладом.
""",
"01_uk.txt": """У Підгірцях на півтора місяця закриють міст через Стрипу
Обрій Захід
08.04.2027 10:30

У Підгірцях з понеділка закриють для транспорту міст через річку Стрипу — в його середній опорі виявили тріщину. Про це повідомляє місцева газета «Вісник Підгір'я».

За інформацією видання, тріщина завдовжки майже півтора метра могла з'явитися через весняну кригу. Інженер обласної служби автодоріг Тарас Яковенко сказав «Вісникові Підгір'я», що ремонт триватиме щонайменше шість тижнів.

Об'їзд пролягатиме через Залісся, він довший приблизно на 14 кілометрів. Пішоходам залишать тротуар.
""",
"02_ru.txt": """В Подгорцах из-за трещины в опоре закрывают мост
Новости Края
8 апреля 2027, 12:10

В украинском городке Подгорцы с понедельника закроют для транспорта мост через реку Стрыпу. Как сообщила местная газета «Вестник Подгорья», при плановом осмотре инженеры обнаружили в средней опоре трещину длиной почти полтора метра.

Инженер областной службы автодорог Тарас Яковенко рассказал изданию, что ремонт займёт не меньше шести недель. Объезд через село Залесье удлинит путь примерно на 14 километров, пешеходов по мосту пропускать будут.
""",
"03_uk.txt": """Міст через Стрипу в Підгірцях закривають через тріщину в опорі
Стрічка Дня
2027-04-08 15:05

Автомобільний міст через річку Стрипу в Підгірцях з понеділка закриють для всіх транспортних засобів. Під час планового огляду інженери виявили тріщину завдовжки майже півтора метра в середній опорі мосту.

Біля опори вже стоять металеві риштування, а на проїжджій частині з'явилися знаки обмеження ваги до 3,5 тонни.

«Тріщина свіжа, ймовірно, її спричинила весняна крига. Ризикувати ми не можемо», — сказав інженер обласної служби автодоріг Тарас Яковенко. За його словами, ремонт триватиме щонайменше шість тижнів.

Об'їзд для автомобілів проляже через село Залісся, це додасть близько 14 кілометрів. Пішоходів по мосту пропускатимуть тротуаром з правого боку.
""",
"04_en.txt": """Ukrainian town to close river bridge for six weeks after crack found in pier
Eastern Europe Local Digest
2027-04-08T16:30:00+00:00

The road bridge over the Strypa river in the western Ukrainian town of Pidhirtsi will be closed to traffic from Monday after engineers found a crack almost 1.5 metres long in its central pier, the local newspaper Visnyk Pidhiria reported.

Taras Yakovenko, an engineer with the regional roads service, told Visnyk Pidhiria the crack was probably caused by spring ice and that repairs would take at least six weeks. Drivers will be diverted through the village of Zalissia, adding about 14 kilometres; pedestrians will still be able to cross.
""",
}, [
 {"name": "Вісник Підгір'я", "in_corpus": True},
], [
 {"origin": "Вісник Підгір'я", "article": "01_uk.txt"},
 {"origin": "Вісник Підгір'я", "article": "02_ru.txt"},
 {"origin": "Вісник Підгір'я", "article": "03_uk.txt"},
 {"origin": "Вісник Підгір'я", "article": "04_en.txt"},
], [
 {"text": "The road bridge over the Strypa in Pidhirtsi will be closed to traffic from Monday after a crack was found in its central pier.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Repairs will take at least six weeks, according to engineer Taras Yakovenko.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The detour through Zalissia adds about 14 kilometres.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
])

# r03: school strike. An AFP brief reprinted verbatim with its dateline "(AFP)" by a local paper
# (00_fr), and credited by fr, de and en outlets. 03_en has no date line.
story("r03_agency_school_strike", "agency", {
"00_fr.txt": """Grève dans les écoles de Valmont : 14 établissements fermés jeudi
L'Écho du Bocage
2027-04-08 11:40

VALMONT-SUR-LOIRE (AFP) - Quatorze des dix-neuf écoles primaires de Valmont-sur-Loire resteront fermées jeudi en raison d'une grève des agents municipaux chargés de la cantine et du périscolaire, a-t-on appris mercredi auprès des syndicats.

Les grévistes protestent contre la suppression de onze postes d'animateurs prévue à la rentrée de septembre. « Sans ces postes, on ne peut plus garantir la sécurité des enfants à la pause de midi », a déclaré à l'AFP Sylvie Marchetti, déléguée CGT des agents territoriaux.

La mairie a indiqué qu'un accueil minimum serait organisé dans les cinq écoles restées ouvertes. Environ 2 300 élèves sont concernés par le mouvement, le premier de cette ampleur depuis 2019.
""",
"01_fr.txt": """Valmont-sur-Loire : la grève du périscolaire ferme quatorze écoles
Ouest Matin
8 avril 2027

Quatorze écoles primaires sur dix-neuf seront fermées jeudi à Valmont-sur-Loire, selon l'AFP. Les agents municipaux de la cantine et du périscolaire sont en grève contre la suppression de onze postes d'animateurs à la rentrée.

« Sans ces postes, on ne peut plus garantir la sécurité des enfants à la pause de midi », a expliqué à l'agence Sylvie Marchetti, de la CGT. D'après l'AFP, quelque 2 300 élèves sont concernés. Un accueil minimum sera assuré dans les cinq écoles encore ouvertes.
""",
"02_de.txt": """Frankreich: Streik des Schulpersonals legt 14 Grundschulen lahm
Rheinpfalz-Kurier
08.04.2027 17:25

In der französischen Stadt Valmont-sur-Loire bleiben am Donnerstag 14 von 19 Grundschulen geschlossen, wie die Nachrichtenagentur AFP berichtete. Die städtischen Angestellten für Kantine und Nachmittagsbetreuung streiken gegen den geplanten Abbau von elf Betreuerstellen.

„Ohne diese Stellen können wir die Sicherheit der Kinder in der Mittagspause nicht mehr garantieren", sagte Gewerkschafterin Sylvie Marchetti der AFP. Betroffen seien rund 2300 Schülerinnen und Schüler.
""",
"03_en.txt": """French town's primary schools shut as canteen staff strike
Continental Briefing

Fourteen of the 19 primary schools in the French town of Valmont-sur-Loire will be closed on Thursday because of a strike by municipal canteen and after-school staff, AFP reported.

The staff are protesting against plans to cut 11 supervisor posts from September. "Without these posts we can no longer guarantee the children's safety at lunchtime," union representative Sylvie Marchetti told the agency. About 2,300 pupils are affected, according to AFP.
""",
}, [
 {"name": "AFP", "in_corpus": False},
], [
 {"origin": "AFP", "article": "00_fr.txt"},
 {"origin": "AFP", "article": "01_fr.txt"},
 {"origin": "AFP", "article": "02_de.txt"},
 {"origin": "AFP", "article": "03_en.txt"},
], [
 {"text": "Fourteen of the 19 primary schools in Valmont-sur-Loire will be closed on Thursday because of a strike by canteen and after-school staff.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The strikers oppose the cutting of eleven supervisor posts from September.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
])

# r04: festival cancelled. The mayor's own Facebook post, taken directly by the city portal (00_uk),
# a Russian-language portal (01_ru) and an English site (02_en); a regional uk outlet credits the
# in-corpus city portal instead (chain mayor -> Соснівець.City -> 03_uk). 02_en has no outlet line.
story("r04_mayor_post_festival_cancelled", "official_post_with_chain", {
"00_uk.txt": """Фестиваль «Вареникова толока» в Соснівці цього року не відбудеться
Соснівець.City
2027-04-09 09:10

Традиційний фестиваль «Вареникова толока», який мав відбутися 1–2 травня на набережній, цього року скасовано. Про це в четвер увечері написав на своїй сторінці у Facebook міський голова Соснівця Олег Гнатюк.

«Після паводку набережна досі в небезпечному стані: підмито берег, пошкоджено дві сходові клітки до води. Я не можу взяти на себе відповідальність за безпеку кількох тисяч гостей», — пояснив Гнатюк у дописі.

Гроші, передбачені в бюджеті на фестиваль, — 480 тисяч гривень — міський голова пропонує спрямувати на ремонт набережної. Депутати мають розглянути це питання на сесії 15 квітня. Фестиваль, за словами Гнатюка, повернеться наступного року.
""",
"01_ru.txt": """В Сосновце отменили фестиваль вареников из-за последствий паводка
Южный Курьер
09.04.2027 11:45

Городской голова Сосновца Олег Гнатюк объявил об отмене фестиваля «Вареникова толока», который должен был пройти 1–2 мая. «Я не могу взять на себя ответственность за безопасность нескольких тысяч гостей», — написал он в Facebook.

По словам мэра, после паводка набережная остаётся в опасном состоянии: размыт берег и повреждены два спуска к воде. Предусмотренные на фестиваль 480 тысяч гривен Гнатюк предложил направить на ремонт набережной.
""",
"02_en.txt": """Ukrainian town calls off dumpling festival after flood damage
2027-04-09T13:00:00+00:00

The mayor of the Ukrainian town of Sosnivets has cancelled its annual dumpling festival, saying the riverside promenade where it is held is still unsafe after last month's floods.

"I cannot take responsibility for the safety of several thousand guests," Mayor Oleh Hnatiuk wrote on Facebook on Thursday evening. He said part of the bank had been washed away and two flights of steps down to the water were damaged.

The festival, known as Varenykova Toloka, was due to take place on May 1-2. Hnatiuk proposed spending the 480,000 hryvnias set aside for it on repairing the promenade instead.
""",
"03_uk.txt": """У Соснівці скасували «Вареникову толоку»
Поділля Регіон
9 квітня 2027

Фестиваль «Вареникова толока» в Соснівці, запланований на 1–2 травня, скасовано через наслідки паводку на набережній. Про це повідомляє міський портал «Соснівець.City» з посиланням на допис міського голови Олега Гнатюка.

Як пише «Соснівець.City», 480 тисяч гривень, закладені на фестиваль, пропонують витратити на ремонт набережної. Питання розглянуть депутати 15 квітня.
""",
}, [
 {"name": "Олег Гнатюк", "in_corpus": False},
], [
 {"origin": "Олег Гнатюк", "article": "00_uk.txt"},
 {"origin": "Олег Гнатюк", "article": "01_ru.txt"},
 {"origin": "Олег Гнатюк", "article": "02_en.txt"},
 {"origin": "Соснівець.City", "article": "03_uk.txt"},
], [
 {"text": "The Varenykova Toloka festival in Sosnivets, due on May 1-2, has been cancelled because the promenade is unsafe after the flood.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The 480,000 hryvnias budgeted for the festival are to go to repairing the promenade.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
])

# r05: hospital opening. An Ukrinform brief reprinted with its signature (00_uk) and credited (01_ru,
# 02_en, 03_de); a local paper's own correspondent at the opening (04_uk) is a second, in-corpus root.
story("r05_agency_and_own_hospital_opening", "agency_plus_own_report", {
"00_uk.txt": """У Чорноставі відкрили нову дитячу лікарню
Волинський Оглядач
2027-04-10 12:30

У Чорноставі Волинської області в п'ятницю відкрили нову міську дитячу лікарню на 120 ліжок. Будівництво тривало три роки й коштувало 410 мільйонів гривень, пише Укрінформ.

У лікарні є операційний блок на чотири зали, відділення інтенсивної терапії для новонароджених і власна лабораторія. Перших пацієнтів приймуть з понеділка, 13 квітня.

«Досі важких дітей ми возили до Луцька, тепер допомогу зможемо надавати на місці», — сказала кореспондентові Укрінформу головна лікарка Ірина Савчук.

Укрінформ
""",
"01_ru.txt": """В Чорноставе открылась детская больница на 120 коек
Западный Экспресс
10.04.2027 14:20

В городе Чорностав на Волыни открылась новая детская больница на 120 коек, сообщает Укринформ. Строительство обошлось в 410 миллионов гривен и длилось три года.

По данным агентства, в больнице есть операционный блок на четыре зала и отделение интенсивной терапии для новорождённых. Пациентов начнут принимать с 13 апреля, рассказала агентству главный врач Ирина Савчук.
""",
"02_en.txt": """New children's hospital opens in western Ukraine
Kyiv Regional Review
2027-04-10T15:00:00+00:00

A new 120-bed children's hospital opened on Friday in the town of Chornostav in Ukraine's Volyn region, the state news agency Ukrinform reported. Construction took three years and cost 410 million hryvnias.

The hospital has a four-theatre surgical unit and a neonatal intensive care ward, and will take its first patients on April 13, chief physician Iryna Savchuk told Ukrinform.
""",
"03_de.txt": """Neue Kinderklinik in der Westukraine eröffnet
Ostsee-Nachrichten
10. April 2027

In der westukrainischen Stadt Tschornostaw ist am Freitag ein neues Kinderkrankenhaus mit 120 Betten eröffnet worden, meldet die staatliche ukrainische Nachrichtenagentur Ukrinform. Der Bau dauerte drei Jahre und kostete 410 Millionen Hrywnja.

Die ersten Patienten sollen ab dem 13. April aufgenommen werden, sagte Chefärztin Iryna Sawtschuk der Agentur.
""",
"04_uk.txt": """Лікарня відчинила двері: як пройшло відкриття і що побачив наш кореспондент
Чорноставська Правда
10.04.2027 19:40

Нова дитяча лікарня на вулиці Тополиній у п'ятницю прийняла перших гостей — поки що не пацієнтів, а журналістів, медиків і батьків. Кореспондентка «Чорноставської Правди» пройшла всіма трьома поверхами нового корпусу.

У палатах по дві-три ліжка, у кожній — окремий санвузол і місце для одного з батьків. У відділенні для новонароджених уже стоять шість інкубаторів. Операційні ще пахнуть фарбою, але обладнання, за словами медиків, уже налаштоване.

«Ми чекали на це багато років. Мій син двічі лежав у Луцьку, і я щоразу їздила туди за 90 кілометрів», — розповіла нашій кореспондентці мешканка Чорностава Оксана Демчук, яка прийшла на відкриття з дитиною.

Головна лікарка Ірина Савчук сказала «Чорноставській Правді», що в лікарні поки бракує двох анестезіологів, але перших пацієнтів приймуть, як і планували, з понеділка.
""",
}, [
 {"name": "Укрінформ", "in_corpus": False},
 {"name": "Чорноставська Правда", "in_corpus": True},
], [
 {"origin": "Укрінформ", "article": "00_uk.txt"},
 {"origin": "Укрінформ", "article": "01_ru.txt"},
 {"origin": "Укрінформ", "article": "02_en.txt"},
 {"origin": "Укрінформ", "article": "03_de.txt"},
], [
 {"text": "A new children's hospital opened in Chornostav on Friday.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_uk.txt"], "independent_sources": 2},
 {"text": "The hospital will take its first patients from Monday, April 13.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_uk.txt"], "independent_sources": 2},
 {"text": "The hospital has 120 beds and cost 410 million hryvnias.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The hospital still lacks two anaesthetists.",
  "articles": ["04_uk.txt"], "independent_sources": 1},
])

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
            assert r["origin"] in names or any(r["origin"] in t.split("\n")[1] for t in arts.values()), (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts), "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 64 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
