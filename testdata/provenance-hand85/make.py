#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand85 set.

War and defence updates. Media and institution names are real; every event, number, place
below oblast level and person is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

UKMOD = "UK Ministry of Defence"
ISW = "Institute for the Study of War"
GS = "General Staff of the Armed Forces of Ukraine"
RUMOD = "Russian Ministry of Defence"
SOMOV = "Pavel Somov"
CCD = "Centre for Countering Disinformation"
VERSTKA = "Verstka"

# r01: the UK MoD's intelligence update on X, taken directly by five outlets in five languages:
# en "the UK Ministry of Defence said in its latest intelligence update posted on X"; uk
# "Британська розвідка" (title) + "розвідувальному оновленні Міністерства оборони Великої
# Британії, опублікованому в соцмережі X"; de "teilte das britische Verteidigungsministerium in
# seinem regelmäßigen Geheimdienst-Update auf der Plattform X mit"; fr "estime le ministère
# britannique de la Défense dans son point de renseignement publié sur X" + "selon Londres"; ru
# "министерство обороны Великобритании в своей очередной разведывательной сводке ... в соцсети X".
story("r01_ukmod_x_update", "official_post", {
"00_en.txt": """Russia likely lost 60 armoured vehicles in failed push near Lypova Balka, UK says
The Independent
2027-09-14 09:10

Russian forces have likely lost at least 60 armoured vehicles in three days of failed assaults near the village of Lypova Balka in eastern Ukraine, the UK Ministry of Defence said in its latest intelligence update posted on X.

The assaults, which began on 10 September, were likely led by a newly formed motor rifle division that had been rushed to the front after less than two months of training, the ministry said. "Poor coordination between armour and infantry has almost certainly contributed to the scale of the losses," the update read.

British defence intelligence assessed that Russia will highly likely struggle to replace the vehicles before the autumn rains set in, and that there is a realistic possibility the division's commander has already been removed.

The Ministry of Defence has published near-daily intelligence updates on the war since February 2022. Moscow did not comment on the assessment.
""",
"01_uk.txt": """Британська розвідка: росіяни втратили щонайменше 60 одиниць броні під Липовою Балкою
Українська правда
14.09.2027 11:30

За три дні невдалих штурмів поблизу села Липова Балка на сході України російські війська, ймовірно, втратили щонайменше 60 одиниць бронетехніки. Про це йдеться в розвідувальному оновленні Міністерства оборони Великої Британії, опублікованому в соцмережі X.

За даними британської розвідки, штурми, які почалися 10 вересня, найімовірніше очолювала новосформована мотострілецька дивізія, яку перекинули на фронт після менш ніж двох місяців підготовки.

«Слабка взаємодія між бронетехнікою та піхотою майже напевно спричинила такі масштаби втрат», — зазначили в британському оборонному відомстві.

У Міноборони Британії вважають, що Росії з високою ймовірністю буде складно відновити втрачену техніку до початку осінніх дощів. Існує реальна ймовірність, що командира дивізії вже усунули з посади, додали британські аналітики.
""",
"02_de.txt": """Britische Geheimdienste: Russland verliert bei Lypowa Balka mindestens 60 Panzerfahrzeuge
Der Spiegel
14. September 2027

Bei erfolglosen Angriffen nahe dem ostukrainischen Dorf Lypowa Balka hat die russische Armee binnen drei Tagen vermutlich mindestens 60 gepanzerte Fahrzeuge verloren. Das teilte das britische Verteidigungsministerium in seinem regelmäßigen Geheimdienst-Update auf der Plattform X mit.

Nach Einschätzung der Briten wurden die Angriffe seit dem 10. September wahrscheinlich von einer neu aufgestellten motorisierten Schützendivision geführt, deren Soldaten weniger als zwei Monate ausgebildet worden seien. Mangelnde Abstimmung zwischen Panzern und Infanterie habe „fast sicher" zu den hohen Verlusten beigetragen.

Russland werde die Fahrzeuge vor Beginn der Herbstregen kaum ersetzen können, hieß es weiter. Es sei zudem durchaus möglich, dass der Kommandeur der Division bereits abgelöst worden sei. Moskau äußerte sich zunächst nicht.
""",
"03_fr.txt": """Ukraine : l'armée russe aurait perdu au moins 60 blindés près de Lypova Balka, selon Londres
Le Figaro
14 septembre 2027

L'armée russe a probablement perdu au moins 60 véhicules blindés en trois jours d'assauts infructueux près du village de Lypova Balka, dans l'est de l'Ukraine, estime le ministère britannique de la Défense dans son point de renseignement publié sur X.

Selon le renseignement militaire britannique, ces attaques, lancées le 10 septembre, ont vraisemblablement été menées par une division de fusiliers motorisés récemment formée, envoyée au front après moins de deux mois d'entraînement. Une mauvaise coordination entre blindés et infanterie a « presque certainement » aggravé les pertes, selon Londres.

Il existe une « possibilité réaliste » que le commandant de la division ait déjà été limogé, ajoute le ministère, qui publie ces bulletins presque quotidiennement depuis février 2022.
""",
"04_ru.txt": """Британская разведка: под Липовой Балкой армия РФ потеряла не менее 60 единиц бронетехники
Новая газета Европа
2027-09-14T13:05:00+02:00

Российские войска, вероятно, потеряли не менее 60 единиц бронетехники за три дня неудачных штурмов у села Липовая Балка на востоке Украины. Такую оценку дало министерство обороны Великобритании в своей очередной разведывательной сводке, опубликованной в соцсети X.

По данным британского военного ведомства, наступление, начавшееся 10 сентября, вела недавно сформированная мотострелковая дивизия, личный состав которой проходил подготовку меньше двух месяцев. Слабое взаимодействие бронетехники и пехоты «почти наверняка» увеличило потери, считают в Лондоне.

Минобороны России оценку британской разведки не комментировало.
""",
}, [(UKMOD, False)],
[(UKMOD, "00_en.txt"), (UKMOD, "01_uk.txt"), (UKMOD, "02_de.txt"), (UKMOD, "03_fr.txt"), (UKMOD, "04_ru.txt")],
[("Russian forces likely lost at least 60 armoured vehicles in three days of failed assaults near Lypova Balka.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt", "04_ru.txt"], 1),
 ("The assaults were likely led by a newly formed motor rifle division with less than two months of training.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt", "04_ru.txt"], 1),
 ("There is a realistic possibility that the division's commander has already been removed.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# r02: ISW's daily assessment taken directly by en/uk/ru; de takes it from The Kyiv Independent
# (chain ISW -> The Kyiv Independent -> ntv.de): "Das berichtet die ukrainische Zeitung The Kyiv
# Independent unter Berufung auf die jüngste Lageeinschätzung des Instituts" — edge from the
# in-corpus outlet, root stays ISW. Names: ISW, Institute for the Study of War, Інститут вивчення
# війни, Институт изучения войны, US-Denkfabrik ISW, Institut für Kriegsstudien.
story("r02_isw_assessment_chain", "institution_report_chain", {
"00_en.txt": """ISW: Russia massing up to 25,000 troops near Borova Dolyna ahead of likely new offensive
The Kyiv Independent
2027-09-16T07:45:00+00:00

Russian forces have concentrated up to 25,000 troops near the town of Borova Dolyna in Donetsk Oblast and are likely preparing to renew offensive operations there within weeks, the Institute for the Study of War (ISW) said in its Sept. 15 assessment.

The U.S.-based think tank cited geolocated footage published on Sept. 14 showing that Russian units had advanced up to three kilometers along the Sukha river south of the town. ISW analysts said the build-up includes elements withdrawn from the Kupiansk direction.

"The Russian command likely intends to exploit the river valley before Ukrainian forces can complete new defensive lines," the report read.

Ukraine's military has not publicly commented on the reported concentration.
""",
"01_uk.txt": """Росія стягує до 25 тисяч військових під Борову Долину, - ISW
РБК-Україна
16.09.2027 10:20

Російське командування зосередило до 25 тисяч військовослужбовців біля міста Борова Долина на Донеччині і, ймовірно, готується відновити там наступ у найближчі тижні. Про це йдеться у звіті американського Інституту вивчення війни (ISW) за 15 вересня.

Аналітики інституту посилаються на геолоковані кадри, оприлюднені 14 вересня, на яких видно, що російські підрозділи просунулися до трьох кілометрів уздовж річки Суха на південь від міста. За оцінкою ISW, до угруповання перекинули частину сил з Куп'янського напрямку.

У Силах оборони України цю інформацію поки не коментували.
""",
"02_ru.txt": """ISW: Россия сосредоточила до 25 тысяч военных у Боровой Долины
Дождь
2027-09-16 12:40

Российская армия собрала до 25 тысяч военнослужащих у города Боровая Долина в Донецкой области и, вероятно, в ближайшие недели попытается возобновить там наступление. Такой вывод сделал американский Институт изучения войны (ISW) в своей сводке за 15 сентября.

Эксперты института ссылаются на геолоцированные видео, опубликованные 14 сентября: по ним российские подразделения продвинулись на расстояние до трех километров вдоль реки Суха к югу от города.

По оценке аналитиков ISW, российское командование рассчитывает воспользоваться долиной реки, пока украинские войска не достроили новые оборонительные рубежи.
""",
"03_de.txt": """Denkfabrik: Russland zieht bis zu 25.000 Soldaten bei Borowa Dolyna zusammen
ntv.de
16. September 2027

Russland hat nach Einschätzung der US-Denkfabrik ISW bis zu 25.000 Soldaten in der Nähe der Stadt Borowa Dolyna im Gebiet Donezk zusammengezogen. Das berichtet die ukrainische Zeitung The Kyiv Independent unter Berufung auf die jüngste Lageeinschätzung des Instituts für Kriegsstudien.

Demnach könnte die russische Armee dort innerhalb weniger Wochen eine neue Offensive beginnen. Auf geolokalisierten Aufnahmen vom 14. September sei zu sehen, dass russische Einheiten entlang des Flusses Sucha bis zu drei Kilometer vorgerückt seien, schreibt The Kyiv Independent.

Das ukrainische Militär äußerte sich zunächst nicht zu dem Bericht.
""",
}, [(ISW, False)],
[(ISW, "00_en.txt"), (ISW, "01_uk.txt"), (ISW, "02_ru.txt"), ("The Kyiv Independent", "03_de.txt")],
[("Russia has concentrated up to 25,000 troops near Borova Dolyna and is likely preparing a new offensive there.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1),
 ("Geolocated footage shows Russian units advanced up to three kilometres along the Sukha river south of the town.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1)])

# r03: the Ukrainian General Staff's daily loss figures: uk Укрінформ "Про це повідомив
# Генеральний штаб ЗСУ у Facebook"; en "Ukraine's General Staff said in its morning update"; ru
# "Генеральный штаб Вооруженных сил Украины сообщил" + "в утренней сводке Генштаба ВСУ"; fr (no
# date line) "selon l'agence de presse ukrainienne Ukrinform, qui cite l'état-major général" — edge
# from the in-corpus Укрінформ (chain General Staff -> Укрінформ -> Ouest-France).
story("r03_general_staff_daily_losses", "official_figures", {
"00_uk.txt": """Генштаб: за добу Сили оборони знешкодили 1270 окупантів і 11 танків
Укрінформ
2027-09-18 08:05

За минулу добу українські захисники знешкодили 1270 російських окупантів, 11 танків, 23 бойові броньовані машини та 38 артилерійських систем. Про це повідомив Генеральний штаб ЗСУ у Facebook.

Також, за даними Генштабу, за добу знищено 64 оперативно-тактичні безпілотники, дві системи ППО та 97 одиниць автомобільної техніки.

Загалом за минулу добу відбулося 163 бойові зіткнення. Найгарячіше було на Борово-Долинському напрямку, де ворог 47 разів намагався прорвати оборону, зазначили у Генштабі.
""",
"01_en.txt": """Russia lost 1,270 troops and 11 tanks in past day, Ukraine's General Staff says
Kyiv Post
2027-09-18T09:30:00+03:00

Russian forces lost 1,270 personnel over the past 24 hours, Ukraine's General Staff said in its morning update on Sept. 18.

Ukrainian troops also destroyed 11 tanks, 23 armored fighting vehicles, 38 artillery systems and 64 operational-tactical drones, according to the General Staff.

The General Staff reported 163 combat clashes over the day, with the heaviest fighting on the Borova Dolyna axis. The figures cannot be independently verified, and Russia does not publish its own casualty numbers.
""",
"02_ru.txt": """Генштаб ВСУ заявил о потерях российской армии за сутки: 1270 военных
Настоящее время
18.09.2027 10:15

Генеральный штаб Вооруженных сил Украины сообщил, что за последние сутки российская армия потеряла 1270 военнослужащих убитыми и ранеными. Данные опубликованы в утренней сводке Генштаба ВСУ.

По данным украинских военных, за сутки также уничтожены 23 боевые бронированные машины и 97 единиц автотехники.

Независимо проверить эти цифры невозможно. Министерство обороны России о собственных потерях не сообщает.
""",
"03_fr.txt": """Guerre en Ukraine : Kiev affirme avoir mis hors de combat 1 270 soldats russes en 24 heures
Ouest-France

L'armée russe a perdu 1 270 soldats en une journée, selon l'agence de presse ukrainienne Ukrinform, qui cite l'état-major général des forces armées ukrainiennes.

Toujours selon Ukrinform, 11 chars, 23 véhicules blindés et 38 systèmes d'artillerie russes ont été détruits au cours des dernières 24 heures.

Ces chiffres ne peuvent pas être vérifiés de manière indépendante. Moscou ne communique pas sur ses pertes.
""",
}, [(GS, False)],
[(GS, "00_uk.txt"), (GS, "01_en.txt"), (GS, "02_ru.txt"), ("Укрінформ", "03_fr.txt")],
[("Ukraine's General Staff said Russia lost 1,270 personnel in the past day.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("11 Russian tanks and 38 artillery systems were destroyed in the past day.",
  ["00_uk.txt", "01_en.txt", "03_fr.txt"], 1),
 ("There were 163 combat clashes, the heaviest on the Borova Dolyna axis.",
  ["00_uk.txt", "01_en.txt"], 1)])

# r04: the Russian MoD's Telegram claim taken directly by ТАСС and РИА Новости; en credits TASS
# only ("the state-run news agency TASS reported") -> edge from ТАСС; uk Суспільне takes the claim
# from the ministry's Telegram channel and adds its own comment from a Ukrainian spokesman
# ("в коментарі Суспільному спростував") -> edge from the ministry + Суспільне as in-corpus origin;
# fr "rapporte l'agence officielle russe RIA Novosti" + "a déclaré au média public ukrainien
# Suspilne" -> two edges from in-corpus outlets.
story("r04_rumod_claim_tass_ria_denial", "official_post_agencies_denial", {
"00_ru.txt": """Минобороны РФ сообщило об освобождении Глубокого Яра
ТАСС
2027-09-20 10:40

Подразделения группировки войск «Юг» освободили населенный пункт Глубокий Яр в Донецкой области. Об этом сообщили в Министерстве обороны России.

"Активными и решительными действиями подразделения группировки войск «Юг» освободили населенный пункт Глубокий Яр", — говорится в сообщении ведомства в Telegram-канале.

Также в Минобороны сообщили, что за ночь дежурные средства ПВО перехватили и уничтожили 57 украинских беспилотников самолетного типа над территорией шести регионов.
""",
"01_ru.txt": """Российские войска заняли Глубокий Яр, заявили в Минобороны
РИА Новости
20.09.2027 10:52

Российские военные установили контроль над Глубоким Яром в Донецкой области, сообщило Министерство обороны России в своем Telegram-канале.

По данным ведомства, за прошедшие сутки украинская сторона потеряла на этом направлении до 210 военнослужащих и три бронемашины.

Кроме того, ночью средства ПВО сбили 57 беспилотников над шестью областями, уточнили в военном ведомстве.
""",
"02_en.txt": """Russia claims capture of Hlybokyi Yar village in Donetsk region
The Moscow Times
2027-09-20T12:30:00+00:00

Russia's Defense Ministry said Monday that its forces had captured the village of Hlybokyi Yar in eastern Ukraine's Donetsk region, the state-run news agency TASS reported.

The ministry also claimed that air defenses had intercepted 57 Ukrainian drones overnight over six Russian regions, according to TASS.

The claims could not be independently verified. Hlybokyi Yar had a pre-war population of about 900 people.
""",
"03_uk.txt": """У «Хортиці» спростували заяву Міноборони РФ про захоплення Глибокого Яру
Суспільне
20.09.2027 14:05

Міністерство оборони Росії у своєму Telegram-каналі заявило про «звільнення» села Глибокий Яр на Донеччині.

Речник ОСУВ «Хортиця» Олег Дзюбенко в коментарі Суспільному спростував цю заяву. «Глибокий Яр під контролем Сил оборони. Противник двічі намагався зайти в село малими піхотними групами, обидві спроби відбиті», — сказав він.

За словами Дзюбенка, російські військові зняли відео з прапором на околиці села і одразу відійшли.
""",
"04_fr.txt": """Ukraine : Moscou revendique la prise de Hlybokyï Iar, Kiev dément
France 24
20 septembre 2027

Le ministère russe de la Défense a affirmé lundi avoir pris le contrôle du village de Hlybokyï Iar, dans la région ukrainienne de Donetsk, rapporte l'agence officielle russe RIA Novosti.

Kiev dément. « Hlybokyï Iar est sous le contrôle des forces de défense », a déclaré au média public ukrainien Suspilne Oleh Dzioubenko, porte-parole du groupement de forces Khortytsia. Selon lui, des soldats russes se sont filmés avec un drapeau à la lisière du village avant de se retirer.
""",
}, [(RUMOD, False), ("Суспільне", True)],
[(RUMOD, "00_ru.txt"), (RUMOD, "01_ru.txt"), ("ТАСС", "02_en.txt"), (RUMOD, "03_uk.txt"),
 ("РИА Новости", "04_fr.txt"), ("Суспільне", "04_fr.txt")],
[("Russia's Defence Ministry claimed its forces captured the village of Hlybokyi Yar in Donetsk region.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"], 2),
 ("Russian air defences shot down 57 Ukrainian drones overnight over six regions.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt"], 1),
 ("Khortytsia spokesman Oleh Dziubenko denied the claim, saying the village is under Ukrainian control and Russian soldiers filmed a flag at its edge and withdrew.",
  ["03_uk.txt", "04_fr.txt"], 2)])

# r05: Meduza's own investigation (in corpus, outlet line «Медуза»: "«Медуза» изучила",
# "рассказал «Медузе»"), relayed with credit in en ("the independent news outlet Meduza reported",
# "told Meduza"), de ("Das hat das unabhängige russische Exilmedium Meduza recherchiert",
# "sagte dem Portal"), fr (no outlet line, title suffix "– Libération": "révèle le média
# indépendant russe en exil Meduza") and WITHOUT credit in uk Фокус (close translation, no source
# named) -> edge from Медуза, scenario note "uncredited".
story("r05_meduza_investigation_uncredited", "investigation_credited_and_uncredited", {
"00_ru.txt": """Фортификации на бумаге. Как подрядчик Минобороны получил 4,8 миллиарда рублей за укрепления в Курской области, которые так и не построили
Медуза
2027-09-22 09:00

Воронежская компания «Северный контур» в 2026 году получила от Министерства обороны России 4,8 миллиарда рублей на строительство оборонительных рубежей в Курской области. «Медуза» изучила данные о госзакупках, спутниковые снимки и поговорила с тремя бывшими сотрудниками компании — по их словам, большая часть укреплений существует только в отчетах.

По контрактам «Северный контур» должен был выкопать 112 километров противотанковых рвов и построить 340 бетонных огневых точек. На спутниковых снимках, которые «Медуза» проанализировала вместе с картографом, видно не больше 19 километров рвов и около сорока огневых точек.

«Мы приезжали, копали метров двести, фотографировали и уезжали на следующий участок», — рассказал «Медузе» бывший прораб компании, попросивший не называть его имени.

Генеральный директор «Северного контура» Виктор Ланской на вопросы «Медузы» не ответил. В Минобороны запрос также оставили без ответа.
""",
"01_en.txt": """Defense contractor paid 4.8 billion rubles for Kursk fortifications that were never built, Meduza reports
The Moscow Times
2027-09-22T15:10:00+00:00

A Voronezh-based company received 4.8 billion rubles from Russia's Defense Ministry in 2026 to build defensive lines in the Kursk region, but most of the fortifications exist only on paper, the independent news outlet Meduza reported Wednesday.

According to Meduza's investigation, Severny Kontur was contracted to dig 112 kilometers of anti-tank ditches and build 340 concrete firing points. Satellite images analyzed by Meduza show no more than 19 kilometers of ditches and about 40 firing points.

"We'd come, dig a couple of hundred meters, take pictures and move on to the next section," a former site foreman told Meduza on condition of anonymity.

The company's CEO, Viktor Lanskoy, did not respond to Meduza's questions.
""",
"02_uk.txt": """Укріплення, яких немає: підрядник Міноборони РФ отримав 4,8 млрд рублів за рови в Курській області
Фокус
22.09.2027 17:40

Воронезька компанія «Северный контур» у 2026 році отримала від Міністерства оборони Росії 4,8 млрд рублів на будівництво оборонних рубежів у Курській області, однак більша частина укріплень існує лише у звітах.

За контрактами компанія мала викопати 112 кілометрів протитанкових ровів і збудувати 340 бетонних вогневих точок. На супутникових знімках видно не більше 19 кілометрів ровів і близько сорока вогневих точок.

«Ми приїжджали, копали метрів двісті, фотографували і їхали на наступну ділянку», — розповів колишній виконроб компанії, який попросив не називати його імені.

Генеральний директор «Северного контура» Віктор Ланской на запитання не відповів.
""",
"03_de.txt": """Russische Verteidigungslinien nur auf dem Papier
Süddeutsche Zeitung
22. September 2027

Ein Bauunternehmen aus Woronesch soll vom russischen Verteidigungsministerium 4,8 Milliarden Rubel für Befestigungsanlagen im Gebiet Kursk kassiert haben, die größtenteils nie gebaut wurden. Das hat das unabhängige russische Exilmedium Meduza recherchiert, das seinen Sitz in Riga hat.

Laut Meduza sollte die Firma Sewerny Kontur 112 Kilometer Panzergräben ausheben und 340 Betonstellungen errichten. Auf Satellitenbildern, die Meduza ausgewertet hat, seien höchstens 19 Kilometer Gräben und etwa 40 Stellungen zu erkennen.

Ein ehemaliger Bauleiter sagte dem Portal, man habe jeweils ein paar Hundert Meter gegraben, fotografiert und sei dann weitergezogen. Das Unternehmen ließ Anfragen unbeantwortet.
""",
"04_fr.txt": """Russie : des fortifications payées 4,8 milliards de roubles mais jamais construites, révèle Meduza – Libération
22 septembre 2027

Une entreprise de Voronej a perçu 4,8 milliards de roubles du ministère russe de la Défense pour construire des lignes de défense dans la région de Koursk, mais la plupart de ces ouvrages n'existent que sur le papier, révèle le média indépendant russe en exil Meduza.

D'après l'enquête de Meduza, la société Severny Kontour devait creuser 112 kilomètres de fossés antichars et bâtir 340 points de tir en béton. Les images satellites analysées par le média n'en montrent que 19 kilomètres et une quarantaine de points de tir.

Le directeur général de l'entreprise, Viktor Lanskoï, n'a pas répondu aux questions de Meduza.
""",
}, [("Медуза", True)],
[("Медуза", "01_en.txt"), ("Медуза", "02_uk.txt"), ("Медуза", "03_de.txt"), ("Медуза", "04_fr.txt")],
[("Severny Kontur received 4.8 billion rubles from the Defence Ministry for Kursk fortifications that were mostly never built.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt", "04_fr.txt"], 1),
 ("Satellite images show no more than 19 km of the contracted 112 km of anti-tank ditches.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt", "04_fr.txt"], 1),
 ("A former foreman said workers dug a couple of hundred metres, took photos and moved on.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1)])

# r06: a regional governor's Telegram post and the other side's denial: ru РИА Новости
# "сообщил губернатор региона Павел Сомов в своем Telegram-канале"; en "the region's governor
# Pavel Somov wrote on Telegram" + "Ukraine's Centre for Countering Disinformation rejected the
# account in a post on its own Telegram channel"; uk "заявив у Telegram" + "У Центрі протидії
# дезінформації при РНБО ... в дописі Центру в Telegram"; de (no outlet line, title suffix
# "| tagesschau.de") "meldete die staatliche Nachrichtenagentur RIA Nowosti unter Berufung auf
# Gouverneur Pawel Somow" -> edge from the in-corpus РИА Новости.
story("r06_governor_telegram_ccd_denial", "official_post_denial", {
"00_ru.txt": """Сомов: при атаке БПЛА на Малую Лозовку ранены два человека
РИА Новости
24.09.2027 07:20

Два мирных жителя получили ранения в результате атаки украинского беспилотника на село Малая Лозовка Курской области, сообщил губернатор региона Павел Сомов в своем Telegram-канале.

"Повреждена трансформаторная подстанция, без электричества остаются около 1800 жителей Малой Лозовки и двух соседних сел", — написал Сомов.

По его словам, пострадавшим — мужчине и женщине — оказана медицинская помощь, их жизни ничего не угрожает.
""",
"01_en.txt": """Kursk governor says Ukrainian drone injured two; Kyiv blames Russian air defence
BBC News
Fri, 24 Sep 2027 11:15:00 +0100

Two civilians were injured when a Ukrainian drone hit the village of Malaya Lozovka in Russia's Kursk region overnight, the region's governor Pavel Somov wrote on Telegram.

Mr Somov said a transformer substation had been damaged in the attack.

Ukraine's Centre for Countering Disinformation rejected the account in a post on its own Telegram channel, saying the damage had been caused by a Russian air-defence missile that fell on the village after missing its target.

The BBC has not been able to verify either claim.
""",
"02_uk.txt": """У ЦПД спростували заяву курського губернатора про «атаку дрона» на Малу Лозівку
Українська правда
2027-09-24 12:50

Губернатор Курської області РФ Павло Сомов заявив у Telegram, що внаслідок атаки українського безпілотника на село Мала Лозівка поранено двох цивільних.

У Центрі протидії дезінформації при РНБО назвали це неправдою. За даними ЦПД, у селі впала ракета російської протиповітряної оборони, яка не влучила в ціль.

«Російська влада традиційно списує наслідки роботи власної ППО на українські дрони», — йдеться в дописі Центру в Telegram.
""",
"03_de.txt": """Russland: Zwei Verletzte nach Drohnenangriff im Gebiet Kursk | tagesschau.de
24. September 2027

Bei einem ukrainischen Drohnenangriff auf das Dorf Malaja Losowka im russischen Gebiet Kursk sind nach russischen Angaben zwei Zivilisten verletzt worden. Das meldete die staatliche Nachrichtenagentur RIA Nowosti unter Berufung auf Gouverneur Pawel Somow.

Demnach wurde ein Umspannwerk beschädigt, rund 1800 Menschen seien ohne Strom. Unabhängig überprüfen ließen sich die Angaben nicht.
""",
}, [(SOMOV, False), (CCD, False)],
[(SOMOV, "00_ru.txt"), (SOMOV, "01_en.txt"), (CCD, "01_en.txt"), (SOMOV, "02_uk.txt"), (CCD, "02_uk.txt"),
 ("РИА Новости", "03_de.txt")],
[("Governor Pavel Somov said two civilians were injured in a Ukrainian drone attack on Malaya Lozovka.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 2),
 ("A substation was damaged and about 1,800 residents were left without power.",
  ["00_ru.txt", "03_de.txt"], 1),
 ("Ukraine's Centre for Countering Disinformation said a Russian air-defence missile that missed its target caused the damage.",
  ["01_en.txt", "02_uk.txt"], 2)])

# r07: Verstka's count (outside the corpus, four spellings: «Вёрстка», Verstka, Werstka,
# «Вьорстка») relayed by ru Медиазона, which adds its own check of regional decrees ("«Медиазона»
# самостоятельно проверила", "которое изучила «Медиазона»") -> edge from Verstka + Медиазона as
# in-corpus origin; en credits both ("Verstka reported", "Mediazona later found") -> two edges;
# de "Das berichtet das russische Exilportal Werstka" and uk (no date line) "Про це пише
# російське незалежне видання «Вьорстка»" -> one edge each.
story("r07_verstka_count_mediazona_check", "outside_investigation_plus_own_check", {
"00_ru.txt": """Выплаты семьям погибших сократили уже 15 регионов. «Медиазона» нашла еще четыре
Медиазона
2027-09-26 12:00

Как минимум 11 российских регионов в 2027 году сократили единовременную региональную выплату семьям военных, погибших на войне, сообщила «Вёрстка». Издание изучило региональные законы и постановления, принятые с января.

«Медиазона» самостоятельно проверила нормативные акты всех субъектов и нашла еще четыре региона, которые снизили выплату, но не попали в подсчет «Вёрстки»: Костромскую, Тамбовскую, Курганскую области и Республику Марий Эл. Таким образом, сокращения затронули не менее 15 регионов.

Сильнее всего выплата уменьшилась в Курганской области — с 1 миллиона до 250 тысяч рублей, следует из постановления областного правительства, которое изучила «Медиазона».
""",
"01_en.txt": """At least 15 Russian regions have cut payouts to families of soldiers killed in Ukraine
Novaya Gazeta Europe
2027-09-26T16:20:00+02:00

At least 11 Russian regions have reduced the one-off regional payment to families of servicemen killed in the war this year, the independent outlet Verstka reported on Sunday, citing regional laws and decrees adopted since January.

Mediazona later found four more regions — Kostroma, Tambov, Kurgan and Mari El — that had lowered the payment but were missing from Verstka's count, bringing the total to at least 15.

According to Mediazona, the biggest cut was in the Kurgan region, where the payment fell from 1 million rubles to 250,000.
""",
"02_de.txt": """Russische Regionen kürzen Zahlungen an Familien gefallener Soldaten
Frankfurter Allgemeine Zeitung
26.09.2027 18:45

Mindestens elf russische Regionen haben in diesem Jahr die einmalige regionale Zahlung an Hinterbliebene gefallener Soldaten gekürzt. Das berichtet das russische Exilportal Werstka, das regionale Gesetze und Verordnungen seit Januar ausgewertet hat.

In der Region Twer etwa sei die Zahlung laut Werstka von einer Million auf 400.000 Rubel gesenkt worden. Beobachter sehen darin ein Zeichen für die angespannte Lage der Regionalhaushalte.
""",
"03_uk.txt": """Щонайменше 11 регіонів РФ урізали виплати родинам загиблих військових — «Вьорстка»
Дзеркало тижня

Щонайменше 11 російських регіонів у 2027 році зменшили одноразову регіональну виплату сім'ям військових, загиблих на війні проти України. Про це пише російське незалежне видання «Вьорстка» з посиланням на ухвалені з січня регіональні закони та постанови.

Зокрема, у Тверській області виплату знизили з 1 мільйона до 400 тисяч рублів, зазначає видання.
""",
}, [(VERSTKA, False), ("Медиазона", True)],
[(VERSTKA, "00_ru.txt"), (VERSTKA, "01_en.txt"), ("Медиазона", "01_en.txt"), (VERSTKA, "02_de.txt"),
 (VERSTKA, "03_uk.txt")],
[("At least 11 Russian regions cut the one-off regional payment to families of killed soldiers in 2027.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 2),
 ("Mediazona found four more regions (Kostroma, Tambov, Kurgan, Mari El), bringing the total to at least 15.",
  ["00_ru.txt", "01_en.txt"], 2),
 ("In the Kurgan region the payment fell from 1 million to 250,000 rubles.",
  ["00_ru.txt", "01_en.txt"], 2),
 ("In the Tver region the payment was cut from 1 million to 400,000 rubles.",
  ["02_de.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 85 (war and defence updates; real media and "
              "institution names, invented events, numbers and people); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in names, (id, a)
        for _, ca, _ in claims:
            assert set(ca) <= names, (id, ca)
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
