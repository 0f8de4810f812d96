#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand111 set (all invented).

Defence and military news carried by real media names; every event, person, company, unit,
figure and quote is invented. Labels were fixed by the writer before any evaluation."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

GS = "General Staff of the Armed Forces of Ukraine"
KOSH = "Vadym Kosharnyi"
EFIS = "Estonian Foreign Intelligence Service"
AP = "Associated Press"

# s01: an institution's statement on its own website (Ukraine's General Staff, outside the corpus)
# taken directly by Укрінформ, The Kyiv Independent, Rzeczpospolita and dpa; the Russian-language
# Украинская правда takes it from Укрінформ ("сообщает Укринформ со ссылкой на заявление
# Генштаба", "По данным Укринформа", "цитирует агентство", "отмечает госагентство"): chain
# General Staff -> Укрінформ -> ru, edge from Укрінформ.
story("s01_general_staff_training", "institution_chain", {
"00_uk.txt": """Генштаб продовжує базову загальновійськову підготовку новобранців до 60 днів
Укрінформ
2027-03-10T09:40:00+02:00

З 1 квітня 2027 року тривалість базової загальновійськової підготовки (БЗВП) для новобранців збільшиться з 45 до 60 днів. Про це йдеться у заяві Генерального штабу Збройних сил України, оприлюдненій у середу на його офіційному сайті.

Як зазначає Генштаб, десять із п'ятнадцяти додаткових днів відведуть на роботу з безпілотниками та протидію дронам противника, ще п'ять — на тактичну медицину. Завершуватиметься курс 72-годинним польовим іспитом, під час якого рекрути діятимуть в умовах, максимально наближених до бойових.

«Досвід бригад показує, що найбільших втрат новоприбулі бійці зазнають у перші тижні на позиціях. Додаткові дні підготовки — це інвестиція в їхнє життя», — ідеться в повідомленні.

Крім того, до навчальних центрів планують залучити ще 300 інструкторів із бойових бригад, які мають щонайменше пів року досвіду на фронті. Ротувати їх будуть кожні чотири місяці.

Згідно із заявою, зміни не стосуватимуться тих, хто розпочав навчання до 1 квітня: вони завершать курс за чинною програмою.

Нагадаємо, торік до програми БЗВП уже додали окремий модуль з мінної безпеки, а частина новобранців проходить навчання за кордоном у межах місій партнерів.
""",
"01_ru.txt": """Генштаб ВСУ увеличит срок базовой подготовки новобранцев до 60 дней
Украинская правда
10.03.2027 10:35

Генеральный штаб ВСУ увеличивает продолжительность базовой общевойсковой подготовки для новобранцев с 45 до 60 дней. Новые правила вступят в силу 1 апреля, сообщает Укринформ со ссылкой на заявление Генштаба.

По данным Укринформа, из пятнадцати дополнительных дней десять отведут на работу с беспилотниками и противодействие дронам врага, еще пять — на тактическую медицину. Завершаться курс будет 72-часовым полевым экзаменом.

«Опыт бригад показывает, что наибольшие потери новоприбывшие бойцы несут в первые недели на позициях. Дополнительные дни подготовки — это инвестиция в их жизнь», — цитирует агентство заявление военных.

В учебные центры также планируют направить еще 300 инструкторов из боевых бригад, имеющих не менее полугода опыта на фронте, отмечает госагентство. Меняться они будут каждые четыре месяца.

Тех, кто начал обучение до 1 апреля, изменения не коснутся — они закончат курс по действующей программе.

Напомним, в прошлом году в программу БЗВП уже добавили отдельный модуль по минной безопасности. Командиры фронтовых подразделений неоднократно жаловались, что пополнение прибывает на позиции без достаточных практических навыков.
""",
"02_en.txt": """Ukraine extends basic training for recruits to 60 days, adds drone module
The Kyiv Independent
March 10, 2027 11:20

Ukraine will lengthen basic military training for new recruits from 45 to 60 days starting April 1, the General Staff of the Armed Forces said in a statement published on its website on March 10.

Ten of the 15 extra days will be devoted to operating drones and defending against enemy ones, and five to tactical medicine, according to the statement. The course will end with a 72-hour field exam held in conditions "as close to combat as possible."

"Brigade experience shows that newly arrived soldiers suffer the heaviest losses in their first weeks at the positions. The additional days of training are an investment in their lives," the General Staff said.

The military also plans to send 300 more instructors from combat brigades to training centers. Each must have at least six months of front-line experience and will be rotated every four months, the statement said.

Recruits who begin training before April 1 will complete the course under the current program.

Commanders of front-line units have long complained that replacements arrive without enough practical skills, particularly in dealing with small attack drones. Last year the General Staff added a separate mine safety module to the basic course.
""",
"03_pl.txt": """Ukraina wydłuża szkolenie rekrutów. Więcej dronów i medycyny pola walki
Rzeczpospolita
10 marca 2027, 13:05

Od 1 kwietnia podstawowe szkolenie ogólnowojskowe dla nowych żołnierzy ukraińskiej armii potrwa 60 zamiast 45 dni – poinformował w środę Sztab Generalny Sił Zbrojnych Ukrainy w komunikacie zamieszczonym na swojej stronie internetowej.

Jak wynika z komunikatu, dziesięć z piętnastu dodatkowych dni rekruci spędzą na zajęciach z bezzałogowcami i obroną przed dronami przeciwnika, a pięć – na szkoleniu z taktycznej medycyny pola walki. Kurs zakończy 72-godzinny egzamin w terenie.

„Doświadczenie brygad pokazuje, że nowo przybyli żołnierze ponoszą największe straty w pierwszych tygodniach na pozycjach. Dodatkowe dni szkolenia to inwestycja w ich życie” – czytamy w oświadczeniu ukraińskiego Sztabu Generalnego.

Sztab zapowiada też, że do ośrodków szkoleniowych trafi 300 dodatkowych instruktorów z brygad bojowych, legitymujących się co najmniej półrocznym doświadczeniem frontowym. Mają być wymieniani co cztery miesiące.

Zmiany nie obejmą osób, które rozpoczną szkolenie przed 1 kwietnia – te ukończą kurs według dotychczasowego programu.

Ukraińscy dowódcy od dawna skarżą się, że uzupełnienia docierają na front bez wystarczających umiejętności praktycznych, zwłaszcza w obronie przed małymi dronami uderzeniowymi.
""",
"04_de.txt": """Ukraine verlängert Grundausbildung für Rekruten auf 60 Tage
dpa
10.03.2027, 14:30 Uhr

Die Ukraine verlängert die Grundausbildung für neue Rekruten von 45 auf 60 Tage. Die Neuregelung gelte ab dem 1. April, teilte der Generalstab der ukrainischen Streitkräfte am Mittwoch auf seiner Internetseite mit.

Von den 15 zusätzlichen Tagen sollen zehn auf den Umgang mit Drohnen und die Abwehr feindlicher Drohnen entfallen, fünf auf die taktische Verwundetenversorgung. Am Ende stehe eine 72-stündige Prüfung im Gelände, hieß es in der Mitteilung des Generalstabs.

„Die Erfahrung der Brigaden zeigt, dass neu eingetroffene Soldaten in den ersten Wochen an der Front die schwersten Verluste erleiden", schrieb der Generalstab. Die zusätzlichen Ausbildungstage seien „eine Investition in ihr Leben".

Zudem sollen 300 weitere Ausbilder aus Kampfbrigaden an die Ausbildungszentren wechseln. Voraussetzung sei mindestens ein halbes Jahr Fronterfahrung; ausgetauscht würden die Ausbilder alle vier Monate.

Wer die Ausbildung vor dem 1. April beginnt, schließt sie nach dem bisherigen Programm ab. Frontkommandeure hatten wiederholt beklagt, dass Nachersatz ohne ausreichende praktische Fertigkeiten an der Front ankomme, vor allem im Umgang mit kleinen Angriffsdrohnen.
""",
}, [(GS, False)],
[(GS, "00_uk.txt"), ("Укрінформ", "01_ru.txt"), (GS, "02_en.txt"), (GS, "03_pl.txt"), (GS, "04_de.txt")],
[("From 1 April 2027 basic military training for Ukrainian recruits is extended from 45 to 60 days.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt", "04_de.txt"], 1),
 ("Ten of the 15 additional days go to drones and counter-drone skills and five to tactical medicine, ending with a 72-hour field exam.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt", "04_de.txt"], 1),
 ("300 more instructors from combat brigades with at least six months of front-line experience will be sent to training centres.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt", "04_de.txt"], 1)])

# s02: an army (navy) spokesman's own Telegram post, outside the corpus, taken directly by all four:
# УНІАН "Про це у своєму Telegram-каналі написав речник ВМС"; Reuters "said in a post on
# Telegram" + "Kosharnyi wrote"; AFP "a annoncé … sur sa chaîne Telegram le porte-parole" +
# "a-t-il écrit"; ru (neither outlet nor date line) "написал в своем Telegram-канале
# представитель ВМС" + "По словам Кошарного". Reuters' "could not independently verify" and
# AFP's unanswered question add no own reporting.
story("s02_navy_spokesman_telegram", "social_post", {
"00_uk.txt": """ВМС розмінували підходи до каналу Бистре: прибрано 37 вибухонебезпечних предметів
УНІАН
14 квітня 2027, 09:12

Водолази та група розмінування Військово-морських сил ЗСУ за 19 днів вилучили 37 вибухонебезпечних предметів, зокрема чотири морські міни, на підходах до глибоководного суднового ходу Дунай – Чорне море в районі каналу Бистре. Про це у своєму Telegram-каналі написав речник ВМС капітан третього рангу Вадим Кошарний.

За словами речника, роботи тривали з 26 березня. Водолазам допомагали два підводні дрони, передані партнерами, а найглибше розташований боєприпас підняли з глибини близько 14 метрів.

«Фарватер чистий. З четверга судна з осадкою до семи метрів можуть знову безпечно заходити в канал», — написав Кошарний.

У дописі також зазначається, що більшість знайдених предметів — це артилерійські снаряди та залишки керованих ракет, які, ймовірно, занесло течією. Усі вони знищені контрольованими підривами у відведеному районі.

Канал Бистре є ключовим маршрутом для суден, що прямують до дунайських портів Ізмаїл, Рені та Кілія. Торік через них пройшла значна частина українського агроекспорту.
""",
"01_en.txt": """Ukraine's navy clears mines near Danube channel, reopens fairway
Reuters
2027-04-14T10:05:00Z

KYIV, April 14 (Reuters) - Ukrainian navy divers have removed 37 pieces of unexploded ordnance, including four sea mines, from the approaches to the Bystre channel at the mouth of the Danube, navy spokesman Vadym Kosharnyi said in a post on Telegram on Wednesday.

The operation took 19 days and was supported by two underwater drones supplied by Ukraine's partners, Kosharnyi wrote. Most of the items were artillery shells and fragments of guided missiles that had probably been carried in by the current, according to the post.

"The fairway is clear. From Thursday, ships with a draught of up to seven metres can again safely enter the channel," the spokesman said.

All of the ordnance was destroyed in controlled detonations in a designated area, he added.

Reuters could not independently verify the figures.

The Bystre channel links the Black Sea with the Danube ports of Izmail, Reni and Kiliia, which have become an important route for Ukrainian grain and vegetable oil exports. Shipping through the channel had been restricted since late March after a tug reported a suspicious object near the fairway.
""",
"02_fr.txt": """Ukraine : la marine annonce avoir déminé l'accès au canal de Bystre, sur le Danube
AFP
14 avril 2027 à 11h40

Des plongeurs de la marine ukrainienne ont retiré 37 engins explosifs, dont quatre mines marines, des abords du canal de Bystre, à l'embouchure du Danube, a annoncé mercredi sur sa chaîne Telegram le porte-parole de la marine ukrainienne, Vadym Kocharny.

L'opération a duré 19 jours, avec l'appui de deux drones sous-marins fournis par des pays partenaires, a précisé le capitaine de corvette. L'engin le plus profond a été remonté d'environ 14 mètres.

« Le chenal est dégagé. À partir de jeudi, les navires ayant un tirant d'eau allant jusqu'à sept mètres pourront de nouveau entrer dans le canal en toute sécurité », a-t-il écrit.

Selon le porte-parole, il s'agissait pour l'essentiel d'obus d'artillerie et de débris de missiles guidés, probablement charriés par le courant. Tous ont été détruits lors d'explosions contrôlées.

Sollicitée par l'AFP, la marine n'a pas donné davantage de détails mercredi.

Le canal de Bystre relie la mer Noire aux ports danubiens d'Izmaïl, de Reni et de Kilia, devenus une voie essentielle pour les exportations ukrainiennes de céréales.
""",
"03_ru.txt": """ВМС Украины заявили о разминировании подходов к каналу Быстрое

Водолазы ВМС Украины за 19 дней извлекли 37 взрывоопасных предметов, в том числе четыре морские мины, на подходах к каналу Быстрое в устье Дуная. Об этом написал в своем Telegram-канале представитель ВМС Украины капитан третьего ранга Вадим Кошарный.

По словам Кошарного, работы начались 26 марта, в них участвовали два подводных дрона, переданные партнерами. Самый глубоко залегавший боеприпас подняли с глубины около 14 метров.

«Фарватер чист. С четверга суда с осадкой до семи метров снова могут безопасно заходить в канал», — говорится в сообщении.

Большая часть найденных предметов — артиллерийские снаряды и обломки управляемых ракет, которые, вероятно, принесло течением, уточнил представитель флота. Все они уничтожены контролируемыми подрывами.

Канал Быстрое — основной маршрут для судов, направляющихся в дунайские порты Измаил, Рени и Килия. В прошлом году через эти порты прошла значительная часть украинского аграрного экспорта.
""",
}, [(KOSH, False)],
[(KOSH, "00_uk.txt"), (KOSH, "01_en.txt"), (KOSH, "02_fr.txt"), (KOSH, "03_ru.txt")],
[("Ukrainian navy divers removed 37 pieces of unexploded ordnance, including four sea mines, from the approaches to the Bystre channel in a 19-day operation.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("From Thursday ships with a draught of up to seven metres can again enter the channel.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1)])

# s03: an intelligence agency's published annual assessment (Estonian Foreign Intelligence Service,
# outside the corpus). Reuters and PAP take it directly ("said in its annual public report",
# "wynika z opublikowanego we wtorek dorocznego raportu"); Der Spiegel and ТАСС take it from
# Reuters (chain; "wie die Nachrichtenagentur Reuters unter Berufung auf den Jahresbericht …
# berichtet", "сообщило агентство Рейтер со ссылкой на доклад", "По данным агентства"): edges
# from Reuters. Le Monde takes the report directly ("selon le rapport annuel … publié mardi") and
# adds its own confirmation from the service's deputy director ("Interrogé par Le Monde …
# a confirmé", "a-t-il déclaré au Monde"): edge from the service and Le Monde is an in-corpus
# origin too, so claims carried by Le Monde have two roots (article level).
story("s03_intelligence_assessment", "institution_relay_confirms", {
"00_en.txt": """Estonian intelligence says Russia forming new division near its border
Reuters
2027-02-16T08:45:00Z

TALLINN, Feb 16 (Reuters) - Russia has begun forming a new motor rifle division in the Pskov region bordering Estonia and aims to bring it to a strength of about 12,000 troops by the end of 2028, Estonia's Foreign Intelligence Service said in its annual public report released on Tuesday.

The division is currently manned at about 60% of its planned strength and relies heavily on recently mobilised reservists and contract soldiers with little training, the report said.

"Russia's armed forces are rebuilding on our border faster than many in the West expected, even while they remain heavily committed in Ukraine," the service's director, Kaupo Rätsep, wrote in the foreword.

The service said it saw no direct military threat to Estonia in 2027, but warned that the build-up would allow Moscow to pose such a threat within a few years if the war in Ukraine ended or was frozen.

The report, titled "International Security and Estonia 2027", also says Russia has restored two airfields in the region and is expanding ammunition storage sites near Ostrov.

Russia's defence ministry did not immediately respond to a request for comment. Moscow has said that the reorganisation of its western military districts is a response to NATO's expansion.
""",
"01_de.txt": """Estland: Russland stellt neue Division an der Grenze auf
Der Spiegel
16.02.2027, 12.10 Uhr

Russland baut nach Einschätzung des estnischen Auslandsgeheimdienstes an der Grenze zu Estland eine neue Division auf. Wie die Nachrichtenagentur Reuters unter Berufung auf den am Dienstag veröffentlichten Jahresbericht des Dienstes berichtet, soll die motorisierte Schützendivision im Gebiet Pskow bis Ende 2028 auf rund 12.000 Soldaten anwachsen.

Derzeit sei die Division erst zu etwa 60 Prozent besetzt, meldet Reuters weiter. Sie stütze sich vor allem auf kürzlich mobilisierte Reservisten und schlecht ausgebildete Vertragssoldaten.

„Die russischen Streitkräfte bauen sich an unserer Grenze schneller wieder auf, als viele im Westen erwartet haben", zitiert die Agentur Geheimdienstchef Kaupo Rätsep aus dem Vorwort des Berichts.

Dem Bericht zufolge hat Russland zudem zwei Flugplätze in der Region wieder instand gesetzt. Moskau begründet die Umstrukturierung seiner westlichen Militärbezirke mit der Nato-Erweiterung.

Für die Nato ist die Entwicklung heikel: In Litauen baut die Bundeswehr derzeit eine Panzerbrigade auf, die baltischen Staaten fordern seit Langem mehr Luftverteidigung und Munition von ihren Verbündeten. In Tallinn wird der Bericht des Geheimdienstes traditionell im Februar vorgestellt.
""",
"02_fr.txt": """La Russie reconstitue une division à la frontière estonienne, selon le renseignement de Tallinn
Le Monde
16 février 2027

La Russie a commencé à former une nouvelle division de fusiliers motorisés dans la région de Pskov, frontalière de l'Estonie, selon le rapport annuel du service de renseignement extérieur estonien (Välisluureamet), publié mardi 16 février. Moscou viserait un effectif d'environ 12 000 hommes d'ici à la fin de 2028.

Le document, intitulé « La sécurité internationale et l'Estonie 2027 », décrit aussi la remise en état de deux aérodromes militaires dans la région.

Interrogé par Le Monde, le directeur adjoint du service, Margus Lõhmus, a confirmé ces conclusions. « Nous observons cette reconstitution caserne par caserne. L'objectif de 12 000 hommes est réaliste pour Moscou, même si la qualité de ces troupes reste très inégale », a-t-il déclaré au Monde, précisant que les premiers bataillons avaient pris leurs quartiers dès l'automne.

Pour les pays baltes, cette évolution confirme les avertissements répétés depuis 2022. Tallinn consacre désormais plus de 3 % de son PIB à la défense et a commandé des lance-roquettes multiples supplémentaires.

La France, qui déploie des soldats en Estonie dans le cadre de la présence avancée de l'OTAN, suit la situation « avec la plus grande attention », souligne-t-on à Paris, où l'on rappelle que le contingent français y est présent depuis 2017.
""",
"03_pl.txt": """Estoński wywiad: Rosja formuje nową dywizję przy granicy z Estonią
PAP
16.02.2027 10:20

Rosja rozpoczęła formowanie nowej dywizji zmechanizowanej w obwodzie pskowskim, przy granicy z Estonią – wynika z opublikowanego we wtorek dorocznego raportu estońskiej Służby Wywiadu Zagranicznego (Välisluureamet). Do końca 2028 roku dywizja ma liczyć ok. 12 tys. żołnierzy.

Jak czytamy w raporcie, obecnie jednostka jest obsadzona w ok. 60 proc., a jej trzon stanowią niedawno zmobilizowani rezerwiści i słabo wyszkoleni żołnierze kontraktowi.

Estoński wywiad ocenia, że w 2027 roku Estonii nie grozi bezpośrednie zagrożenie militarne. Zastrzega jednak, że rozbudowa sił przy granicy pozwoli Moskwie stworzyć takie zagrożenie w ciągu kilku lat, jeżeli wojna na Ukrainie zostanie zakończona lub zamrożona.

„Rosyjskie siły zbrojne odbudowują się przy naszej granicy szybciej, niż wielu na Zachodzie się spodziewało” – napisał we wstępie do raportu szef służby Kaupo Rätsep.

Według dokumentu Rosja przywróciła też do użytku dwa lotniska w regionie i rozbudowuje składy amunicji w okolicach Ostrowa.

Raport „Bezpieczeństwo międzynarodowe i Estonia” jest publikowany co roku od 2016 r. Estonia, podobnie jak Polska, przeznacza na obronność ponad 3 proc. PKB.
""",
"04_ru.txt": """Эстонская разведка заявила о формировании новой российской дивизии у границы
ТАСС
16 февраля 2027, 14:50

Служба внешней разведки Эстонии утверждает, что Россия формирует новую мотострелковую дивизию в Псковской области. Об этом сообщило агентство Рейтер со ссылкой на ежегодный доклад эстонской спецслужбы, опубликованный во вторник.

По данным агентства, к концу 2028 года численность дивизии должна достичь около 12 тыс. военнослужащих, а сейчас она укомплектована примерно на 60%.

Как передает Рейтер, эстонская разведка не видит в 2027 году прямой военной угрозы Эстонии, однако считает, что ситуация может измениться в течение нескольких лет.

«Российские вооруженные силы восстанавливаются у нашей границы быстрее, чем ожидали многие на Западе», — приводит агентство слова директора службы Каупо Рятсепа из предисловия к докладу.

Эстонская разведка ежегодно публикует подобные доклады, в которых традиционно говорится о «российской угрозе». В Москве неоднократно заявляли, что реорганизация Западного военного округа является ответом на расширение НАТО и не направлена против какой-либо страны.
""",
}, [(EFIS, False), ("Le Monde", True)],
[(EFIS, "00_en.txt"), ("Reuters", "01_de.txt"), (EFIS, "02_fr.txt"), (EFIS, "03_pl.txt"), ("Reuters", "04_ru.txt")],
[("Russia has begun forming a new motor rifle division in the Pskov region that is to reach about 12,000 troops by the end of 2028, according to Estonia's foreign intelligence service.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_pl.txt", "04_ru.txt"], 2),
 ("The new division is currently manned at about 60 percent of its planned strength.",
  ["00_en.txt", "01_de.txt", "03_pl.txt", "04_ru.txt"], 1),
 ("The Estonian service sees no direct military threat to Estonia in 2027.",
  ["00_en.txt", "03_pl.txt", "04_ru.txt"], 1)])

# s04: in-corpus scoop with anonymous sources: Der Spiegel ("Nach SPIEGEL-Informationen", an
# internal paper "das dem SPIEGEL vorliegt", "heißt es in Ministeriumskreisen"; the ministry's
# no-comment to Spiegel is part of Spiegel's report). Relayed directly by Reuters ("German news
# magazine Der Spiegel reported on Friday, citing …"; its own "declined to comment when contacted
# by Reuters" adds nothing), Rzeczpospolita ("Jak podaje niemiecki tygodnik", "Według
# „Spiegla”", "dodaje hamburski tygodnik") and Le Monde ("révèle … l'hebdomadaire allemand",
# "selon le magazine de Hambourg"). Українська правда takes it from Reuters ("повідомляє
# агентство Reuters із посиланням на німецький журнал Der Spiegel"): chain, edge from Reuters.
story("s04_spiegel_counter_drone_order", "scoop_chain", {
"00_de.txt": """Bundeswehr will 600 mobile Drohnenabwehrsysteme kaufen
Der Spiegel
21.05.2027, 06.00 Uhr

Die Bundeswehr will ihre Truppen im Feld deutlich besser gegen kleine Drohnen schützen. Nach SPIEGEL-Informationen plant das Verteidigungsministerium, rund 600 mobile Drohnenabwehrsysteme vom Typ »Nachtfalke« bei dem Ulmer Hersteller Halvard Sensorik zu bestellen. Der Auftrag soll ein Volumen von etwa 1,4 Milliarden Euro haben.

Das geht aus einer internen Vorlage für den Haushaltsausschuss des Bundestags hervor, die dem SPIEGEL vorliegt. Demnach soll der Ausschuss den Kauf noch vor der parlamentarischen Sommerpause billigen. Die ersten 120 Systeme sollen 2028 an die Truppe gehen, der Rest bis 2031.

Die »Nachtfalke«-Systeme werden auf geschützte Fahrzeuge montiert und kombinieren Radar, Kameras und Störsender. Sie sollen Verbände auf dem Marsch und in Bereitstellungsräumen gegen Aufklärungs- und Kamikazedrohnen abschirmen.

In Ministeriumskreisen heißt es, die Erfahrungen aus dem Krieg in der Ukraine hätten die Planer »aufgeschreckt«. »Wir haben jahrelang über Drohnenabwehr geredet und viel zu wenig gekauft«, sagt ein mit den Planungen vertrauter Beamter, der nicht namentlich genannt werden will.

Ein Sprecher des Ministeriums wollte sich auf Anfrage des SPIEGEL nicht zu internen Unterlagen äußern. Halvard Sensorik, ein Mittelständler mit rund 900 Beschäftigten, ließ eine Anfrage bis Redaktionsschluss unbeantwortet.
""",
"01_en.txt": """Germany plans 1.4 bln euro order for counter-drone systems - Spiegel
Reuters
2027-05-21T09:30:00Z

BERLIN, May 21 (Reuters) - Germany's armed forces plan to order around 600 mobile counter-drone systems from domestic manufacturer Halvard Sensorik in a deal worth about 1.4 billion euros ($1.6 billion), German news magazine Der Spiegel reported on Friday, citing an internal ministry document and defence ministry sources.

The parliamentary budget committee is expected to approve the purchase before the summer recess, according to Spiegel, which said the first 120 systems would be delivered in 2028.

The vehicle-mounted "Nachtfalke" system combines radar, cameras and jammers to protect troops on the move from reconnaissance and kamikaze drones.

"We have talked about counter-drone defence for years and bought far too little," Spiegel quoted an official familiar with the plans as saying.

The defence ministry declined to comment when contacted by Reuters. Halvard Sensorik, a privately held company based in Ulm, did not immediately respond to a request for comment.

Germany has sharply increased defence spending since Russia's full-scale invasion of Ukraine in 2022, and military planners have repeatedly warned that the Bundeswehr lags behind in protecting ground forces against cheap drones.
""",
"02_uk.txt": """Німеччина замовить 600 мобільних систем протидії дронам — Reuters
Українська правда
21 травня 2027, 13:47

Бундесвер планує замовити близько 600 мобільних систем протидії безпілотникам у німецького виробника Halvard Sensorik. Вартість контракту становить близько 1,4 млрд євро.

Про це повідомляє агентство Reuters із посиланням на німецький журнал Der Spiegel.

За даними агентства, бюджетний комітет Бундестагу має схвалити закупівлю ще до літніх канікул парламенту, а перші 120 систем надійдуть до війська 2028 року.

Системи Nachtfalke монтуються на захищені автомобілі й поєднують радар, камери та засоби радіоелектронної боротьби. Вони мають захищати підрозділи на марші від розвідувальних дронів і дронів-камікадзе.

«Ми роками говорили про протидію дронам і купили надто мало», — цитує Reuters слова поінформованого посадовця.

У Міноборони Німеччини відмовилися коментувати інформацію, зазначає агентство.

Німеччина є одним із найбільших постачальників військової допомоги Україні. Досвід українських військових у протидії дронам дедалі частіше враховують під час закупівель у країнах НАТО.
""",
"03_pl.txt": """Bundeswehra kupi 600 systemów antydronowych. Kontrakt za 1,4 mld euro
Rzeczpospolita
21.05.2027

Niemieckie Ministerstwo Obrony planuje zamówić ok. 600 mobilnych systemów antydronowych „Nachtfalke” w firmie Halvard Sensorik z Ulm – podaje niemiecki tygodnik „Der Spiegel”. Wartość kontraktu ma wynieść ok. 1,4 mld euro.

Według „Spiegla”, który dotarł do wewnętrznego dokumentu przygotowanego dla komisji budżetowej Bundestagu, posłowie mają zatwierdzić zakup jeszcze przed wakacjami parlamentarnymi. Pierwsze 120 zestawów trafi do wojska w 2028 r., pozostałe do 2031 r.

Systemy montowane na opancerzonych pojazdach łączą radar, kamery i zagłuszarki. Mają chronić pododdziały w marszu przed dronami rozpoznawczymi i amunicją krążącą.

„Przez lata rozmawialiśmy o obronie przed dronami i kupiliśmy o wiele za mało” – przyznaje cytowany przez tygodnik urzędnik znający plany resortu. Doświadczenia z wojny na Ukrainie „zaalarmowały” planistów, dodaje hamburski tygodnik.

Rzecznik niemieckiego resortu obrony nie chciał, jak zaznacza „Der Spiegel”, komentować wewnętrznych dokumentów.

Polska również inwestuje w obronę przeciwdronową – w ubiegłym roku MON zapowiedziało budowę wielowarstwowego systemu ochrony przed bezzałogowcami na wschodniej granicy.
""",
"04_fr.txt": """L'Allemagne veut s'équiper de 600 systèmes antidrones pour 1,4 milliard d'euros
Le Monde
21 mai 2027 à 15h02

La Bundeswehr s'apprête à commander quelque 600 systèmes mobiles de lutte antidrones au fabricant allemand Halvard Sensorik, révèle vendredi 21 mai l'hebdomadaire allemand Der Spiegel. Le contrat atteindrait environ 1,4 milliard d'euros.

Selon le magazine de Hambourg, qui s'appuie sur un document interne du ministère de la défense, la commission budgétaire du Bundestag doit approuver l'achat avant la pause estivale. Les 120 premiers systèmes seraient livrés en 2028.

Montés sur des véhicules protégés, les « Nachtfalke » associent radar, caméras et brouilleurs, afin de protéger les unités en mouvement contre les drones de reconnaissance et les munitions rôdeuses.

« Nous avons parlé de défense antidrones pendant des années et nous en avons acheté beaucoup trop peu », confie au Spiegel un fonctionnaire au fait du dossier, sous couvert d'anonymat.

Le ministère n'a pas souhaité commenter des documents internes, précise l'hebdomadaire.

Depuis 2022, Berlin a fortement augmenté ses dépenses militaires. Les retours d'expérience de la guerre en Ukraine, où les petits drones sont devenus l'une des principales causes de pertes, pèsent de plus en plus sur les choix d'équipement des armées européennes.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Reuters", "02_uk.txt"), ("Der Spiegel", "03_pl.txt"), ("Der Spiegel", "04_fr.txt")],
[("The Bundeswehr plans to order about 600 mobile Nachtfalke counter-drone systems from Halvard Sensorik for around 1.4 billion euros.",
  ["00_de.txt", "01_en.txt", "02_uk.txt", "03_pl.txt", "04_fr.txt"], 1),
 ("The Bundestag budget committee is to approve the purchase before the summer recess and the first 120 systems are to be delivered in 2028.",
  ["00_de.txt", "01_en.txt", "02_uk.txt", "03_pl.txt", "04_fr.txt"], 1)])

# s05: two independent in-corpus reports of the same munitions-plant fire: Rzeczpospolita (own
# reporter on site, "Jak ustaliła „Rzeczpospolita”", fire-service spokesman "powiedział
# „Rzeczpospolitej”", an anonymous plant worker who belongs to Rzeczpospolita's report) and PAP
# (own correspondent, "poinformował PAP", "przekazała PAP prokurator", "dowiedziała się PAP").
# dpa credits both ("berichteten die Zeitung „Rzeczpospolita" und die polnische Nachrichtenagentur
# PAP"): two edges. Укрінформ credits Rzeczpospolita only ("пише польська газета", "За даними
# газети"); Интерфакс credits PAP only ("сообщает польское агентство ПАП", "уточняет агентство").
story("s05_munitions_plant_fire", "two_independent", {
"00_pl.txt": """Pożar i wybuchy w zakładach amunicyjnych na Podkarpaciu. Ewakuowano mieszkańców
Rzeczpospolita
9 czerwca 2027, 07:15

W nocy z wtorku na środę w hali magazynowej Zakładów Produkcji Specjalnej Sanbor w Kamionce Starej (woj. podkarpackie) wybuchł pożar, po którym doszło do serii eksplozji. Mieszkańców domów w promieniu dwóch kilometrów od zakładu ewakuowano – ustaliła „Rzeczpospolita”.

Nasz reporter, który dotarł na miejsce przed godz. 2, słyszał kolejne detonacje jeszcze przez ponad godzinę. Nad halą unosiła się łuna widoczna z odległości kilkunastu kilometrów.

– Z zagrożonego terenu wyprowadziliśmy około 1100 osób. Ludzie zostali przewiezieni do szkoły w sąsiedniej gminie – powiedział „Rzeczpospolitej” st. kpt. Marek Wójcikowski, rzecznik podkarpackiej Państwowej Straży Pożarnej. Strażacy walczyli z ogniem przez około dziewięć godzin; akcję utrudniały wybuchy składowanej amunicji.

Dwóch pracowników nocnej zmiany trafiło do szpitala z lekkimi obrażeniami.

Jak ustaliła „Rzeczpospolita”, w hali przechowywano m.in. gotowe pociski moździerzowe przeznaczone na eksport. Pracownik zakładu, który prosi o anonimowość, mówi nam, że od kilku tygodni w hali trwały prace przy instalacji elektrycznej. – Wszyscy wiedzieli, że przewody są tymczasowe – twierdzi nasz rozmówca.

Zarząd spółki Sanbor nie odpowiedział do rana na nasze pytania. Zakład zatrudnia ok. 600 osób i w ostatnich dwóch latach podwoił produkcję.
""",
"01_pl.txt": """Pożar w zakładzie Sanbor w Kamionce Starej. Ewakuacja ok. 1100 osób
PAP
09.06.2027 08:02

Pożar hali magazynowej w Zakładach Produkcji Specjalnej Sanbor w Kamionce Starej na Podkarpaciu wybuchł w nocy z wtorku na środę. Po nim nastąpiła seria eksplozji. Ewakuowano mieszkańców w promieniu dwóch kilometrów od zakładu – poinformował PAP rzecznik podkarpackiej straży pożarnej st. kpt. Marek Wójcikowski.

Jak przekazał PAP, z zagrożonego terenu wyprowadzono ok. 1100 osób. Lekko rannych zostało dwóch pracowników zakładu.

Korespondent PAP, który był na miejscu nad ranem, widział kilkadziesiąt wozów strażackich oraz pojazdy wojskowych saperów. Policja zamknęła drogę wojewódzką prowadzącą do Kamionki Starej.

Prokuratura Rejonowa w Mielcu wszczęła śledztwo w sprawie sprowadzenia zdarzenia zagrażającego życiu lub zdrowiu wielu osób – przekazała PAP prokurator Agnieszka Rduch. – Na tym etapie nie wykluczamy żadnej wersji – dodała.

Jak dowiedziała się PAP w urzędzie gminy, ewakuowani mieszkańcy mogą wrócić do domów najwcześniej w środę po południu, po sprawdzeniu terenu przez saperów.

Zakłady Sanbor produkują amunicję artyleryjską i moździerzową, m.in. na potrzeby Sił Zbrojnych RP.
""",
"02_de.txt": """Brand und Explosionen in polnischer Munitionsfabrik – Anwohner evakuiert
dpa
9. Juni 2027

In einer Munitionsfabrik im Südosten Polens hat es in der Nacht zum Mittwoch gebrannt, danach kam es zu einer Serie von Explosionen. Betroffen war eine Lagerhalle der Firma Sanbor in Kamionka Stara, wie die Zeitung „Rzeczpospolita" und die polnische Nachrichtenagentur PAP übereinstimmend berichteten.

Rund 1.100 Anwohner im Umkreis von zwei Kilometern mussten ihre Häuser verlassen. Zwei Arbeiter der Nachtschicht wurden leicht verletzt.

Ein Reporter der „Rzeczpospolita" hörte nach Angaben des Blattes noch mehr als eine Stunde lang Detonationen. Laut PAP waren Dutzende Löschfahrzeuge sowie Pioniere der Armee im Einsatz.

Die Fabrik stellt Artillerie- und Mörsermunition her, unter anderem für die polnischen Streitkräfte. Polen hat seine Munitionsproduktion seit 2022 massiv ausgebaut und gibt inzwischen mehr als vier Prozent seiner Wirtschaftsleistung für Verteidigung aus.

Die Ursache des Feuers war zunächst unklar. In Europa hatte es in den vergangenen Jahren mehrere Brände in Rüstungsbetrieben gegeben; in einigen Fällen ermittelten die Behörden wegen möglicher Sabotage.
""",
"03_uk.txt": """У Польщі горів завод боєприпасів: евакуювали понад тисячу людей
Укрінформ
2027-06-09 11:30

У ніч на середу на заводі спеціальної продукції Sanbor у селі Камьонка-Стара на півдні Польщі спалахнула пожежа, після якої пролунала серія вибухів. Мешканців у радіусі двох кілометрів евакуювали. Про це пише польська газета Rzeczpospolita.

За даними газети, з небезпечної зони вивели близько 1100 осіб. Рятувальники гасили вогонь приблизно дев'ять годин, а роботу ускладнювали вибухи боєприпасів, що зберігалися на складі.

Репортер видання, який прибув на місце вночі, ще понад годину чув детонації. Двох працівників нічної зміни з легкими травмами доправили до лікарні.

Як зазначає Rzeczpospolita, на складі зберігалися, зокрема, готові мінометні міни, призначені на експорт. Один із працівників, який побажав залишитися анонімним, розповів виданню, що в приміщенні кілька тижнів тривали роботи з електропроводкою.

Керівництво підприємства на запитання газети не відповіло.

Польща за останні роки значно наростила виробництво боєприпасів, зокрема для потреб України.
""",
"04_ru.txt": """В Польше произошел пожар со взрывами на заводе боеприпасов
Интерфакс
9 июня 2027 г., 12:40

Пожар с последующей серией взрывов произошел в ночь на среду на складе завода специальной продукции Sanbor в населенном пункте Камёнка-Стара на юго-востоке Польши. Об этом сообщает польское агентство ПАП со ссылкой на пожарную службу.

Жителей домов в радиусе двух километров от предприятия эвакуировали, всего около 1100 человек, уточняет агентство. Двое рабочих получили легкие травмы.

По информации ПАП, районная прокуратура в Мельце возбудила уголовное дело по факту создания угрозы жизни и здоровью многих людей. «На данном этапе мы не исключаем ни одной версии», — приводит агентство слова представителя прокуратуры.

К месту происшествия были стянуты десятки пожарных машин и военные саперы, перекрыта региональная дорога.

Завод Sanbor выпускает артиллерийские и минометные боеприпасы, в том числе для польской армии. Эвакуированным жителям, как ожидается, разрешат вернуться домой не раньше второй половины дня среды, после проверки территории саперами.
""",
}, [("Rzeczpospolita", True), ("PAP", True)],
[("Rzeczpospolita", "02_de.txt"), ("PAP", "02_de.txt"), ("Rzeczpospolita", "03_uk.txt"), ("PAP", "04_ru.txt")],
[("A fire followed by a series of explosions broke out overnight in a storage hall of the Sanbor special production plant in Kamionka Stara and about 1,100 residents within two kilometres were evacuated.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt", "04_ru.txt"], 2),
 ("Firefighters fought the blaze for about nine hours.",
  ["00_pl.txt", "03_uk.txt"], 1),
 ("The district prosecutor's office in Mielec opened an investigation.",
  ["01_pl.txt", "04_ru.txt"], 1)])

# s06: in-corpus own report (The Kyiv Independent: "a Kyiv Independent reporter visited",
# "told the Kyiv Independent"); УНІАН credits it ("пише англомовне видання The Kyiv
# Independent", "розповів виданню", "як зазначає видання"); 02_pl.txt (no outlet line) is an
# uncredited close Polish translation published the next day (same order, figures and quotes;
# "told the Kyiv Independent" became "powiedział nam", "our reporter"): edge from The Kyiv
# Independent; Le Monde credits it ("selon le site d'information anglophone The Kyiv
# Independent, dont un journaliste a visité", "a raconté au Kyiv Independent").
story("s06_casevac_pickups_translation", "translation", {
"00_en.txt": """Inside the brigade workshop turning pickups into armored ambulances
The Kyiv Independent
2027-05-06 07:30

DONETSK OBLAST - In a former tractor repair shop a few dozen kilometers from the front line, soldiers of a Ukrainian mechanized brigade weld steel plates onto the doors of a dusty double-cab pickup. In five days, it will leave as an armored casualty evacuation vehicle.

Since October 2026, the workshop has converted 140 civilian pickup trucks in this way, its chief, a sergeant with the call sign "Shpak," told the Kyiv Independent during a visit to the site this week. The Kyiv Independent agreed not to disclose the location of the workshop for security reasons.

Each conversion costs about 180,000 hryvnias ($4,300), including armor plates, a stretcher frame, an anti-drone jammer and extra lighting. The money comes from volunteers and local businesses, not from the state budget.

"A pickup costs us less than a month of training a single medic. If it brings out three wounded men, it has already paid for itself," Shpak said.

A Kyiv Independent reporter watched as mechanics cut openings for a rear ramp and fitted a cage of anti-drone netting over the cargo bed. Of the 140 vehicles, 23 have been destroyed or damaged beyond repair by drones, Shpak said.

The brigade's medics say evacuation times from the so-called "gray zone" have fallen from several hours to under one since the vehicles arrived.
""",
"01_uk.txt": """Бригада переобладнала 140 пікапів на броньовані евакуаційні авто — The Kyiv Independent
УНІАН
6 травня 2027, 12:15

Майстерня однієї з механізованих бригад ЗСУ з жовтня 2026 року переобладнала 140 цивільних пікапів на броньовані автомобілі для евакуації поранених. Про це пише англомовне видання The Kyiv Independent, журналіст якого відвідав майстерню на Донеччині.

Керівник майстерні, сержант із позивним «Шпак», розповів виданню, що переобладнання одного авто триває п'ять днів і коштує близько 180 тисяч гривень. Гроші збирають волонтери та місцевий бізнес, а не держава.

«Пікап коштує нам менше, ніж місяць підготовки одного медика. Якщо він вивезе трьох поранених, він уже себе окупив», — цитує видання військового.

Як зазначає The Kyiv Independent, на машини встановлюють броньовані пластини, рами для нош, РЕБ та протидронові сітки над кузовом. За словами «Шпака», 23 із 140 авто знищені або пошкоджені дронами так, що відновити їх неможливо.

Медики бригади кажуть, що час евакуації із так званої «сірої зони» скоротився з кількох годин до менш ніж однієї.
""",
"02_pl.txt": """Warsztat brygady zamienia pikapy w opancerzone karetki
7 maja 2027

OBWÓD DONIECKI – W dawnym warsztacie naprawy traktorów, kilkadziesiąt kilometrów od linii frontu, żołnierze ukraińskiej brygady zmechanizowanej przyspawują stalowe płyty do drzwi zakurzonego pikapa z podwójną kabiną. Za pięć dni wyjedzie stąd jako opancerzony pojazd do ewakuacji rannych.

Od października 2026 roku warsztat przerobił w ten sposób 140 cywilnych pikapów – powiedział nam jego szef, sierżant o pseudonimie „Szpak”, podczas wizyty na miejscu w tym tygodniu. Ze względów bezpieczeństwa nie ujawniamy lokalizacji warsztatu.

Każda przeróbka kosztuje ok. 180 tys. hrywien (ok. 4300 dolarów), wliczając płyty pancerne, ramę na nosze, zagłuszarkę antydronową i dodatkowe oświetlenie. Pieniądze pochodzą od wolontariuszy i lokalnych firm, a nie z budżetu państwa.

– Pikap kosztuje nas mniej niż miesiąc szkolenia jednego medyka. Jeśli wywiezie trzech rannych, już się zwrócił – mówi „Szpak”.

Nasz reporter obserwował, jak mechanicy wycinają otwór na tylną rampę i montują nad skrzynią ładunkową klatkę z siatki antydronowej. Ze 140 pojazdów 23 zostały zniszczone lub uszkodzone przez drony tak, że nie da się ich naprawić – powiedział sierżant.

Medycy brygady twierdzą, że od kiedy pojawiły się te pojazdy, czas ewakuacji z tzw. szarej strefy skrócił się z kilku godzin do niecałej godziny.
""",
"03_fr.txt": """En Ukraine, des pick-up civils transformés en ambulances blindées
Le Monde
7 mai 2027

Un atelier d'une brigade mécanisée ukrainienne a transformé, depuis octobre 2026, 140 pick-up civils en véhicules blindés d'évacuation des blessés, selon le site d'information anglophone The Kyiv Independent, dont un journaliste a visité l'atelier, installé dans l'oblast de Donetsk à quelques dizaines de kilomètres du front.

Chaque transformation, qui prend cinq jours, coûte environ 180 000 hryvnias (près de 3 800 euros) et est financée par des bénévoles et des entreprises locales, a raconté au Kyiv Independent le chef de l'atelier, un sergent surnommé « Chpak ».

« Un pick-up nous coûte moins qu'un mois de formation d'un seul infirmier. S'il ramène trois blessés, il est déjà rentabilisé », a-t-il expliqué au site ukrainien.

Plaques de blindage, cadre pour civière, brouilleur antidrones et filet de protection au-dessus de la benne : les véhicules sont improvisés mais efficaces, selon les médecins de la brigade, pour qui le temps d'évacuation depuis la « zone grise » est passé de plusieurs heures à moins d'une heure. Vingt-trois d'entre eux ont toutefois été détruits ou gravement endommagés par des drones, précise le média.

Depuis le début de la guerre, les drones de petite taille ont rendu les évacuations sanitaires particulièrement dangereuses, obligeant les unités à multiplier ce type de solutions artisanales.
""",
}, [("The Kyiv Independent", True)],
[("The Kyiv Independent", "01_uk.txt"), ("The Kyiv Independent", "02_pl.txt"), ("The Kyiv Independent", "03_fr.txt")],
[("A Ukrainian mechanized brigade's workshop has converted 140 civilian pickup trucks into armoured casualty evacuation vehicles since October 2026.",
  ["00_en.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt"], 1),
 ("Each conversion costs about 180,000 hryvnias and is paid for by volunteers and local businesses.",
  ["00_en.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt"], 1),
 ("23 of the 140 vehicles have been destroyed or damaged beyond repair by drones.",
  ["00_en.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt"], 1)])

# s07: outside wire scoop with anonymous sources (Associated Press, two US defence officials who
# spoke on condition of anonymity; they belong to AP's report). Relayed directly by all four:
# Rzeczpospolita ("podała agencja Associated Press, powołując się na", "Jak pisze AP"; its own
# unanswered questions to MON add nothing), Der Spiegel ("wie die US-Nachrichtenagentur AP unter
# Berufung auf … berichtet", "Der Agentur zufolge"), УНІАН without date line ("повідомляє
# агентство Associated Press з посиланням на", "За інформацією AP") and AFP ("a rapporté
# l'agence américaine Associated Press, citant", "selon AP"; the Pentagon's no-comment to AFP
# adds nothing).
story("s07_ap_helicopter_depot", "agency", {
"00_pl.txt": """AP: Amerykanie chcą otworzyć w Powidzu centrum serwisowe śmigłowców
Rzeczpospolita
22.06.2027, 18:40

Armia USA planuje otworzyć w 2028 r. w bazie w Powidzu (woj. wielkopolskie) centrum obsługi technicznej śmigłowców – podała we wtorek agencja Associated Press, powołując się na dwóch przedstawicieli Pentagonu, którzy chcieli zachować anonimowość, bo plany nie zostały jeszcze ogłoszone.

Jak pisze AP, w zakładzie miałoby pracować ok. 400 osób, w tym ok. 250 polskich pracowników cywilnych. Koszt inwestycji rozmówcy agencji szacują na ok. 180 mln dolarów.

W Powidzu serwisowane byłyby m.in. śmigłowce Black Hawk i Apache jednostek rotacyjnych stacjonujących na wschodniej flance NATO. Dziś – według AP – wiele z nich musi być na przeglądy wysyłanych do Niemiec, co wydłuża przerwy w gotowości bojowej o kilka tygodni.

Decyzja ma zostać formalnie ogłoszona jesienią, po zatwierdzeniu przez Kongres środków w budżecie na 2028 rok – dodaje agencja.

Ministerstwo Obrony Narodowej do czasu publikacji nie odpowiedziało na pytania „Rzeczpospolitej”.

W Powidzu od 2019 r. działa amerykański magazyn sprzętu wojskowego finansowany przez NATO. To jedna z kluczowych baz logistycznych wojsk USA w regionie.
""",
"01_de.txt": """USA planen Hubschrauber-Wartungszentrum in Polen
Der Spiegel
22.06.2027, 19.55 Uhr

Die US-Armee will offenbar einen Teil der Wartung ihrer Hubschrauber in Europa von Deutschland nach Polen verlagern. Im polnischen Powidz solle 2028 ein Instandhaltungszentrum für Helikopter eröffnen, wie die US-Nachrichtenagentur AP unter Berufung auf zwei Beamte des Pentagons berichtet, die anonym bleiben wollten.

Der Agentur zufolge sollen dort rund 400 Menschen arbeiten, die Investition wird auf etwa 180 Millionen Dollar geschätzt. Gewartet werden sollen unter anderem Black-Hawk- und Apache-Hubschrauber der auf der Nato-Ostflanke rotierenden Einheiten.

Bislang müssen viele dieser Maschinen für größere Inspektionen nach Deutschland geflogen oder transportiert werden. Das koste jedes Mal mehrere Wochen Einsatzbereitschaft, zitiert AP einen der Beamten.

Offiziell verkündet werden soll die Entscheidung demnach im Herbst, wenn der Kongress die Mittel für das Haushaltsjahr 2028 bewilligt hat.

Für die deutschen Standorte der US-Armee wäre die Verlagerung ein weiteres Signal: Washington verschiebt seit Jahren Kräfte und Infrastruktur in Richtung der östlichen Nato-Staaten. Polen gilt dabei als wichtigster Partner in der Region.
""",
"02_uk.txt": """США планують відкрити у Польщі центр обслуговування гелікоптерів — AP
УНІАН

Армія США планує 2028 року відкрити на базі в Повідзі в Польщі центр технічного обслуговування гелікоптерів. Про це повідомляє агентство Associated Press з посиланням на двох американських посадовців, які побажали залишитися анонімними.

За інформацією AP, у центрі працюватимуть близько 400 людей, а вартість проєкту оцінюють приблизно у 180 мільйонів доларів. Там обслуговуватимуть, зокрема, гелікоптери Black Hawk та Apache підрозділів, які ротаційно перебувають на східному фланзі НАТО.

Співрозмовники агентства пояснили, що нині багато машин доводиться відправляти на огляди до Німеччини, через що вони на кілька тижнів випадають із бойового чергування.

Офіційно рішення мають оголосити восени, після того як Конгрес затвердить відповідні видатки в бюджеті на 2028 рік, зазначає агентство.

Польща є одним із ключових логістичних хабів для постачання західної військової допомоги Україні. У Повідзі вже діє американський склад військового обладнання.
""",
"03_fr.txt": """L'armée américaine prévoit un centre de maintenance d'hélicoptères en Pologne
AFP
22 juin 2027 à 21h10

L'armée américaine prévoit d'ouvrir en 2028 un centre de maintenance d'hélicoptères sur la base de Powidz, dans l'ouest de la Pologne, a rapporté mardi l'agence américaine Associated Press, citant deux responsables du Pentagone s'exprimant sous couvert d'anonymat.

Le site emploierait environ 400 personnes et coûterait quelque 180 millions de dollars, selon AP. Il assurerait notamment l'entretien des Black Hawk et des Apache des unités américaines déployées par rotation sur le flanc est de l'OTAN, aujourd'hui souvent envoyés en Allemagne pour leurs révisions.

La décision devrait être annoncée officiellement à l'automne, une fois les crédits approuvés par le Congrès dans le budget 2028, toujours selon l'agence.

Contacté par l'AFP, le Pentagone n'a pas souhaité faire de commentaire.

Varsovie, qui consacre plus de 4 % de son PIB à la défense, plaide depuis des années pour une présence militaire américaine permanente et renforcée sur son sol.
""",
}, [(AP, False)],
[(AP, "00_pl.txt"), (AP, "01_de.txt"), (AP, "02_uk.txt"), (AP, "03_fr.txt")],
[("The US Army plans to open a helicopter maintenance centre at Powidz in Poland in 2028, according to two anonymous Pentagon officials cited by AP.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], 1),
 ("The centre would employ about 400 people and cost about 180 million dollars.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], 1)])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for sid, scen, arts, origins, relays, claims in S:
        d = os.path.join(sd, sid)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in names, (sid, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in names, (sid, a)
        out.append({
            "id": sid,
            "scenario": scen,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ac, "independent_sources": n} for t, ac, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 111 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
