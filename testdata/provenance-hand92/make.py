#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand92 set.

Real media names (Ukrinform, Reuters, RBC-Ukraine, n-tv.de, Onet, Hromadske, The Kyiv Independent,
Rzeczpospolita, tagesschau.de, Meduza, Der Spiegel, Ukrainska Pravda, Kommersant, TASS, RIA Novosti,
Suspilne, ISW); every event, person, village, number and quote is invented. One aggregator
(«Придунайські новини», r06) is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

GS = "General Staff of the Armed Forces of Ukraine"
GOV = "Vitalii Bondarets"
HUR = "Defence Intelligence of Ukraine (HUR)"
MOD = "Russian Ministry of Defence"
ISW = "Institute for the Study of War (ISW)"

# r01: General Staff morning report taken directly by uk, en, ru, pl; de credits Ukrinform
# (in corpus, "unter Berufung auf den Generalstab") -> chain edge from Укрінформ.
story("r01_general_staff_morning_report", "official_statement", {
"00_uk.txt": """Генштаб: за добу — 152 бойові зіткнення, найбільше на Костянтинівському напрямку
Укрінформ
2027-04-05 09:12

За минулу добу на фронті відбулося 152 бойові зіткнення. Про це йдеться в ранковому зведенні Генерального штабу Збройних сил України станом на 08:00 5 квітня.

Найактивніше противник діяв на Костянтинівському напрямку: там окупанти 41 раз намагалися просунутися в районах населених пунктів Сухий Яр і Березове Друге. Усі атаки відбито, зазначили в Генштабі.

Крім того, за даними Генштабу, Сили оборони уразили склад пально-мастильних матеріалів поблизу села Красний Ключ Курської області РФ. Масштаби пошкоджень уточнюються.

Загалом за добу ворог завдав 58 авіаударів і застосував 1940 дронів-камікадзе, повідомили в Генштабі.
""",
"01_en.txt": """Ukraine reports 152 clashes in a day, says it hit fuel depot in Russia's Kursk region
Reuters
2027-04-05T07:40:00+00:00

Ukrainian and Russian forces fought 152 battles over the past day, with the heaviest fighting around the eastern town of Kostiantynivka, Ukraine's General Staff said in its morning report on Monday.

Russian troops launched 41 assaults near the villages of Sukhyi Yar and Berezove Druhe, all of which were repelled, the General Staff said.

The military also said Ukrainian forces had struck a fuel and lubricants depot near the village of Krasny Klyuch in Russia's Kursk region. It gave no details of the damage.

Reuters could not independently verify the battlefield reports.
""",
"02_ru.txt": """Генштаб ВСУ: за сутки 152 боевых столкновения, под Константиновкой — 41 атака
РБК-Украина
05.04.2027 10:30

За прошедшие сутки на линии фронта произошло 152 боевых столкновения. Об этом сообщает Генеральный штаб ВСУ в утренней сводке.

Больше всего штурмов — 41 — противник предпринял на Константиновском направлении, в районах Сухого Яра и Березового Второго. По данным Генштаба, все атаки отбиты.

Также, как сообщили в Генштабе, Силы обороны поразили склад горюче-смазочных материалов вблизи села Красный Ключ Курской области России.
""",
"03_de.txt": """Ukraine meldet 152 Gefechte binnen eines Tages
n-tv.de
5. April 2027

An der Front in der Ukraine hat es binnen 24 Stunden 152 Gefechte gegeben. Das meldet die staatliche ukrainische Nachrichtenagentur Ukrinform unter Berufung auf den morgendlichen Lagebericht des Generalstabs in Kiew.

Am heftigsten sei bei Kostjantyniwka gekämpft worden: Russische Truppen hätten nahe den Dörfern Suchyj Jar und Beresowe Druhe 41 Mal angegriffen. Alle Angriffe seien abgewehrt worden.

Zudem hätten ukrainische Einheiten ein Treibstofflager bei dem Dorf Krasny Kljutsch im russischen Gebiet Kursk getroffen, berichtete Ukrinform. Unabhängig überprüfen lassen sich die Angaben nicht.
""",
"04_pl.txt": """Ukraiński Sztab Generalny: 152 starcia w ciągu doby
Onet
2027-04-05 11:05

W ciągu ostatniej doby na froncie doszło do 152 starć — podał w porannym komunikacie Sztab Generalny Sił Zbrojnych Ukrainy.

Najtrudniejsza sytuacja panuje w rejonie Konstantynówki. Według ukraińskiego dowództwa Rosjanie 41 razy atakowali w pobliżu wsi Suchyj Jar i Berezowe Druhe; wszystkie ataki zostały odparte.

Sztab podaje też, że w ciągu doby Rosjanie przeprowadzili 58 nalotów.
""",
}, [
  {"name": GS, "in_corpus": False},
], [
  {"origin": GS, "article": "00_uk.txt"},
  {"origin": GS, "article": "01_en.txt"},
  {"origin": GS, "article": "02_ru.txt"},
  {"origin": "Укрінформ", "article": "03_de.txt"},
  {"origin": GS, "article": "04_pl.txt"},
], [
  {"text": "Over the past day there were 152 combat engagements; Russian troops attacked 41 times near Sukhyi Yar and Berezove Druhe on the Kostiantynivka direction and all attacks were repelled.",
   "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt", "04_pl.txt"], "independent_sources": 1},
  {"text": "Ukrainian forces struck a fuel and lubricants depot near the village of Krasny Klyuch in Russia's Kursk region.",
   "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
])

# r02: regional governor's Telegram post relayed directly by four outlets (de has no outlet
# line; title suffix "| tagesschau.de").
story("r02_governor_telegram_drone_attack", "official_post", {
"00_uk.txt": """Дронова атака на Острогорівку: пошкоджені школа і 14 будинків, поранена жінка
Громадське
2027-04-06 08:20

У ніч на 6 квітня російські ударні дрони атакували Острогорівську громаду на Сумщині. Пошкоджено спортзал місцевої школи та 14 приватних будинків, поранено 67-річну жінку. Про це написав у своєму телеграм-каналі начальник Сумської обласної військової адміністрації Віталій Бондарець.

«Жінку госпіталізовано, її стан середньої тяжкості. На місцях працюють рятувальники та комунальники», — написав Бондарець.

За його словами, через пошкодження лінії електропередачі без світла залишилися 3200 абонентів. Енергетики вже розпочали ремонт.
""",
"01_en.txt": """Russian drones hit school, homes in Sumy Oblast community, injuring woman
The Kyiv Independent
2027-04-06T06:45:00+00:00

Russian attack drones damaged a school gym and 14 houses in the Ostrohorivka community in Sumy Oblast overnight on April 6, injuring a 67-year-old woman, Sumy Oblast Governor Vitalii Bondarets said on Telegram.

The woman was hospitalized in moderate condition, Bondarets wrote, adding that rescuers and utility workers were at the scene.

Sumy Oblast, which borders Russia, comes under Russian fire almost every day.
""",
"02_pl.txt": """Rosyjskie drony zaatakowały gminę w obwodzie sumskim. Ranna 67-letnia kobieta
Rzeczpospolita
06.04.2027 10:15

W nocy z poniedziałku na wtorek rosyjskie drony uderzyły w gminę Ostrohoriwka w obwodzie sumskim na północnym wschodzie Ukrainy. Uszkodzona została sala gimnastyczna szkoły i 14 domów, ranna jest 67-letnia kobieta — poinformował na Telegramie szef obwodowej administracji wojskowej Witalij Bondarec.

Według gubernatora bez prądu pozostało 3200 odbiorców. Energetycy rozpoczęli naprawę linii.
""",
"03_de.txt": """Drohnenangriff im Gebiet Sumy: Schule und Wohnhäuser beschädigt | tagesschau.de
6. April 2027

Bei einem nächtlichen russischen Drohnenangriff auf die Gemeinde Ostrohoriwka im ukrainischen Gebiet Sumy sind eine Schulturnhalle und 14 Wohnhäuser beschädigt worden. Eine 67 Jahre alte Frau wurde verletzt, wie der Leiter der regionalen Militärverwaltung, Witalij Bondarez, auf Telegram mitteilte.

Nach seinen Angaben sind rund 3.200 Haushalte ohne Strom.
""",
}, [
  {"name": GOV, "in_corpus": False},
], [
  {"origin": GOV, "article": "00_uk.txt"},
  {"origin": GOV, "article": "01_en.txt"},
  {"origin": GOV, "article": "02_pl.txt"},
  {"origin": GOV, "article": "03_de.txt"},
], [
  {"text": "An overnight Russian drone attack on the Ostrohorivka community in Sumy region damaged a school gym and 14 houses and injured a 67-year-old woman.",
   "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], "independent_sources": 1},
  {"text": "About 3,200 households were left without power after the attack.",
   "articles": ["00_uk.txt", "02_pl.txt", "03_de.txt"], "independent_sources": 1},
])

# r03: military intelligence (HUR) statement relayed directly by five outlets (pl without date line).
story("r03_hur_statement_fuel_train", "official_statement", {
"00_uk.txt": """ГУР: у Воронезькій області зійшов з рейок потяг із пальним для армії РФ
РБК-Україна
08.04.2027 13:40

У Воронезькій області Росії поблизу станції Рябинівка зійшов з рейок вантажний потяг із 14 цистернами пального. Про це повідомили в Головному управлінні розвідки Міністерства оборони України.

За даними ГУР, колію пошкодили незадовго до проходження потяга. Рух на ділянці, якою пальне постачають російським військам на південь, зупинено щонайменше на дві доби.

«Кожна цистерна, яка не доїхала до фронту, — це мінус для окупаційної армії», — йдеться в повідомленні розвідки. Російська сторона подію не коментувала.
""",
"01_ru.txt": """ГУР Украины заявило о крушении поезда с топливом в Воронежской области
Медуза
2027-04-08 15:02

В Воронежской области недалеко от станции Рябиновка сошел с рельсов грузовой поезд с 14 цистернами топлива. Об этом заявили в Главном управлении разведки Минобороны Украины (ГУР).

По версии украинской разведки, путь был поврежден незадолго до прохода состава. Российские власти и РЖД случившееся не комментировали. «Медузе» не удалось независимо проверить это сообщение.
""",
"02_en.txt": """Freight train carrying fuel derails in Russia's Voronezh Oblast, HUR says
The Kyiv Independent
2027-04-08T12:10:00+00:00

A freight train carrying 14 tank cars of fuel derailed near Ryabinovka station in Russia's Voronezh Oblast, Ukraine's military intelligence agency (HUR) said on April 8.

The track had been damaged shortly before the train passed, according to HUR. The line, which is used to supply fuel to Russian troops in the south, will be closed for at least two days, the agency said.

The Kyiv Independent could not independently verify the claim. Russian officials have not commented.
""",
"03_de.txt": """Ukrainischer Geheimdienst: Treibstoffzug in Russland entgleist
Der Spiegel
2027-04-08 16:30

In der russischen Region Woronesch ist nach Angaben des ukrainischen Militärgeheimdienstes HUR ein Güterzug mit 14 Kesselwagen voller Treibstoff entgleist. Der Unfall habe sich nahe dem Bahnhof Rjabinowka ereignet, teilte der HUR mit.

Die Strecke diene der Versorgung russischer Truppen im Süden und sei für mindestens zwei Tage gesperrt, hieß es. Eine Stellungnahme der russischen Seite lag zunächst nicht vor.
""",
"04_pl.txt": """Ukraiński wywiad: w obwodzie woroneskim wykoleił się pociąg z paliwem
Onet

Pociąg towarowy z 14 cysternami paliwa wykoleił się w pobliżu stacji Riabinowka w obwodzie woroneskim w Rosji — poinformował ukraiński wywiad wojskowy (HUR).

Według HUR tory zostały uszkodzone tuż przed przejazdem składu. Strona rosyjska nie skomentowała tych doniesień.
""",
}, [
  {"name": HUR, "in_corpus": False},
], [
  {"origin": HUR, "article": "00_uk.txt"},
  {"origin": HUR, "article": "01_ru.txt"},
  {"origin": HUR, "article": "02_en.txt"},
  {"origin": HUR, "article": "03_de.txt"},
  {"origin": HUR, "article": "04_pl.txt"},
], [
  {"text": "A freight train with 14 fuel tank cars derailed near Ryabinovka station in Russia's Voronezh region after the track was damaged shortly before it passed.",
   "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_pl.txt"], "independent_sources": 1},
  {"text": "The line supplies fuel to Russian troops in the south and is closed for at least two days.",
   "articles": ["00_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
])

# r04: Ukrainska Pravda's own scoop from sources in the SBU, relayed by four outlets that credit it.
story("r04_security_sources_scoop", "scoop_relayed", {
"00_uk.txt": """Дрони СБУ уразили нафтоперекачувальну станцію на Тамбовщині — джерела
Українська правда
2027-04-10 07:55

У ніч на 10 квітня безпілотники Служби безпеки України уразили нафтоперекачувальну станцію поблизу села Покрово-Липовка в Тамбовській області Росії. Про це «Українській правді» розповіли джерела в СБУ.

За словами співрозмовників УП у спецслужбі, внаслідок влучань спалахнули два резервуари об'ємом по 10 тисяч кубометрів, а станція зупинила перекачування нафтопродуктів.

«Станція живила трубопровід, яким паливо йде на НПЗ і далі на фронт. Такі об'єкти ми й надалі вибиватимемо системно», — сказало джерело УП.

Офіційно в СБУ операцію не коментують.
""",
"01_uk.txt": """СБУ атакувала нафтостанцію в Тамбовській області — УП
РБК-Україна
10.04.2027 09:20

Безпілотники СБУ вночі атакували нафтоперекачувальну станцію біля села Покрово-Липовка в Тамбовській області РФ. Про це повідомляє «Українська правда» з посиланням на джерела в Службі безпеки.

За даними видання, на станції загорілися два резервуари по 10 тисяч кубометрів, перекачування пального зупинено.
""",
"02_ru.txt": """«Украинская правда» сообщила об атаке дронов СБУ на нефтестанцию в Тамбовской области
Коммерсантъ
2027-04-10 11:40

Беспилотники Службы безопасности Украины (СБУ) ночью атаковали нефтеперекачивающую станцию у села Покрово-Липовка Тамбовской области, сообщила «Украинская правда» со ссылкой на источники в СБУ.

Официальных комментариев властей Тамбовской области на момент публикации не поступало.
""",
"03_en.txt": """SBU drones hit oil pumping station in Russia's Tambov Oblast, Ukrainska Pravda reports
The Kyiv Independent
2027-04-10T10:05:00+00:00

Drones operated by the Security Service of Ukraine (SBU) struck an oil pumping station near the village of Pokrovo-Lipovka in Russia's Tambov Oblast overnight on April 10, Ukrainska Pravda reported, citing unnamed sources in the SBU.

Two storage tanks of 10,000 cubic meters each caught fire and the station stopped pumping, the sources told the outlet.

The SBU has not officially commented.
""",
"04_pl.txt": """Drony SBU zaatakowały stację przepompowywania ropy w Rosji
Onet
10.04.2027 12:30

Drony Służby Bezpieczeństwa Ukrainy (SBU) zaatakowały w nocy stację przepompowywania produktów naftowych w pobliżu wsi Pokrowo-Lipowka w obwodzie tambowskim — podał portal Ukraińska Prawda, powołując się na źródła w SBU.

Władze rosyjskie nie skomentowały doniesień.
""",
}, [
  {"name": "Українська правда", "in_corpus": True},
], [
  {"origin": "Українська правда", "article": "01_uk.txt"},
  {"origin": "Українська правда", "article": "02_ru.txt"},
  {"origin": "Українська правда", "article": "03_en.txt"},
  {"origin": "Українська правда", "article": "04_pl.txt"},
], [
  {"text": "SBU drones struck an oil pumping station near the village of Pokrovo-Lipovka in Russia's Tambov region overnight on April 10.",
   "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_pl.txt"], "independent_sources": 1},
  {"text": "Two storage tanks of 10,000 cubic metres each caught fire and the station stopped pumping.",
   "articles": ["00_uk.txt", "01_uk.txt", "03_en.txt"], "independent_sources": 1},
])

# r05: Russian MoD claim relayed directly by TASS and RIA Novosti; Reuters credits TASS (chain);
# The Kyiv Independent (no outlet line) credits RIA Novosti and adds ISW; Rzeczpospolita credits
# TASS and ISW.
story("r05_russian_mod_claim_state_agency", "ministry_via_state_agency", {
"00_ru.txt": """Минобороны РФ сообщило об освобождении Зоряновки в ДНР
ТАСС
11.04.2027 12:05

Подразделения группировки войск «Центр» освободили населенный пункт Зоряновка в Донецкой народной республике. Об этом сообщили в Министерстве обороны РФ.

«Активными и решительными действиями подразделения группировки войск "Центр" освободили населенный пункт Зоряновка», — говорится в сообщении ведомства.

По данным министерства, за сутки на этом направлении ВСУ потеряли до 240 военнослужащих.
""",
"01_ru.txt": """Российские войска взяли Зоряновку в ДНР
РИА Новости
2027-04-11 12:20

Военнослужащие группировки «Центр» взяли под контроль населенный пункт Зоряновка в ДНР, сообщило Минобороны России.

Кроме того, по данным ведомства, ВСУ за сутки потеряли на этом направлении до 240 военнослужащих, танк и три боевые бронированные машины.
""",
"02_en.txt": """Russia says it captured village of Zorianivka in eastern Ukraine
Reuters
2027-04-11T10:48:00+00:00

Russia's defence ministry said on Sunday its forces had captured the village of Zorianivka in Ukraine's Donetsk region, the TASS state news agency reported.

Ukraine's military did not immediately comment. Reuters could not independently verify the battlefield report.
""",
"03_en.txt": """Russia claims capture of Zorianivka; ISW sees no confirmation | The Kyiv Independent
2027-04-11 18:30

Russia's Defense Ministry claimed on April 11 that its troops had captured the village of Zorianivka in Donetsk Oblast, Russian state news agency RIA Novosti reported.

The Institute for the Study of War (ISW), a U.S.-based think tank, said in its latest assessment that available geolocated footage showed Russian troops only on the eastern outskirts of the village and that it had seen no evidence confirming the capture.

Ukrainian officials have not commented on the claim.
""",
"04_pl.txt": """Rosja ogłasza zdobycie Zorianiwki. ISW: brak potwierdzenia
Rzeczpospolita
11.04.2027 19:45

Rosyjskie ministerstwo obrony ogłosiło zajęcie wsi Zorianiwka w obwodzie donieckim — podała rosyjska państwowa agencja TASS.

Amerykański think tank Instytut Studiów nad Wojną (ISW) ocenia jednak, że dostępne nagrania z geolokalizacją pokazują rosyjskich żołnierzy jedynie na wschodnich obrzeżach miejscowości. Według analityków ISW nie ma dowodów na jej zdobycie.
""",
}, [
  {"name": MOD, "in_corpus": False},
  {"name": ISW, "in_corpus": False},
], [
  {"origin": MOD, "article": "00_ru.txt"},
  {"origin": MOD, "article": "01_ru.txt"},
  {"origin": "ТАСС", "article": "02_en.txt"},
  {"origin": "РИА Новости", "article": "03_en.txt"},
  {"origin": ISW, "article": "03_en.txt"},
  {"origin": "ТАСС", "article": "04_pl.txt"},
  {"origin": ISW, "article": "04_pl.txt"},
], [
  {"text": "Russia's Ministry of Defence claimed its forces captured the village of Zorianivka in Donetsk region.",
   "articles": ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_en.txt", "04_pl.txt"], "independent_sources": 1},
  {"text": "According to the Russian ministry, Ukrainian forces lost up to 240 servicemen on that direction in a day.",
   "articles": ["00_ru.txt", "01_ru.txt"], "independent_sources": 1},
  {"text": "ISW said geolocated footage shows Russian troops only on the eastern outskirts of Zorianivka and there is no evidence of its capture.",
   "articles": ["03_en.txt", "04_pl.txt"], "independent_sources": 1},
])

# r06: two independent on-the-scene confirmations (Суспільне, Reuters); de and pl credit both;
# 03_uk (no date line) is an uncredited rewrite of Суспільне's report by an invented aggregator.
story("r06_two_confirmations_grain_terminal", "independent_confirmation", {
"00_uk.txt": """Ракетний удар по зерновому терміналу в Білокам'янці: знищено три силоси
Суспільне
2027-04-13 10:15

Унаслідок нічного ракетного удару по зерновому терміналу в придунайському місті Білокам'янка на Одещині знищено три силоси. Кореспондентка Суспільного побувала на місці: над терміналом досі підіймається дим, частина галереї елеватора обвалилася.

Директор термінала Петро Гаврилюк розповів Суспільному, що згоріло близько 18 тисяч тонн зерна, яке готували до відвантаження на судна. «Ми втратили майже весь запас кукурудзи», — сказав він.

Постраждалих серед працівників немає: нічна зміна встигла сховатися в укритті.
""",
"01_en.txt": """Missile strike destroys silos at Ukrainian Danube grain terminal
Reuters
2027-04-13T11:30:00+00:00

A Russian missile strike overnight destroyed three silos at a grain terminal in the Ukrainian Danube port town of Bilokamianka, a Reuters reporter at the scene saw on Tuesday, with smoke still rising from the wreckage.

About 18,000 tonnes of grain, mostly corn, burned, terminal director Petro Havryliuk told Reuters. He said shipments through the terminal would be halted for at least two weeks while debris is cleared.
""",
"02_de.txt": """Raketenangriff zerstört Getreidesilos an der Donau
Der Spiegel
13. April 2027

Bei einem nächtlichen Raketenangriff auf ein Getreideterminal in der ukrainischen Donau-Hafenstadt Bilokamjanka sind drei Silos zerstört worden. Das berichten übereinstimmend die Nachrichtenagentur Reuters und der öffentlich-rechtliche ukrainische Sender Suspilne, deren Reporter vor Ort waren.

Rund 18.000 Tonnen Getreide seien verbrannt, sagte Terminaldirektor Petro Hawryljuk. Laut Reuters werden die Verladungen über das Terminal für mindestens zwei Wochen ausgesetzt.
""",
"03_uk.txt": """У Білокам'янці ракета знищила три силоси зернового термінала
Придунайські новини

Через нічний ракетний удар по зерновому терміналу в Білокам'янці знищено три силоси. Над територією термінала досі здіймається дим, частина галереї елеватора обвалилася.

Як зазначив директор термінала Петро Гаврилюк, згоріло близько 18 тисяч тонн зерна, підготовленого до відвантаження на судна. «Ми втратили майже весь запас кукурудзи», — каже він.

Працівники не постраждали — нічна зміна сховалася в укритті.
""",
"04_pl.txt": """Rosyjska rakieta zniszczyła silosy w porcie nad Dunajem
Onet
2027-04-13 14:00

Trzy silosy zbożowe zostały zniszczone w nocnym ataku rakietowym na terminal w ukraińskim porcie Biłokamianka nad Dunajem. Informację niezależnie potwierdzili reporterzy agencji Reuters i ukraińskiego nadawcy publicznego Suspilne, którzy byli na miejscu.

Według dyrektora terminalu spłonęło około 18 tys. ton zboża.
""",
}, [
  {"name": "Суспільне", "in_corpus": True},
  {"name": "Reuters", "in_corpus": True},
], [
  {"origin": "Reuters", "article": "02_de.txt"},
  {"origin": "Суспільне", "article": "02_de.txt"},
  {"origin": "Суспільне", "article": "03_uk.txt"},
  {"origin": "Reuters", "article": "04_pl.txt"},
  {"origin": "Суспільне", "article": "04_pl.txt"},
], [
  {"text": "An overnight missile strike destroyed three silos at the grain terminal in Bilokamianka and about 18,000 tonnes of grain burned.",
   "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_uk.txt", "04_pl.txt"], "independent_sources": 2},
  {"text": "Shipments through the terminal will be halted for at least two weeks.",
   "articles": ["01_en.txt", "02_de.txt"], "independent_sources": 1},
  {"text": "No terminal workers were hurt because the night shift sheltered in time.",
   "articles": ["00_uk.txt", "03_uk.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 92 (real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        names = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
