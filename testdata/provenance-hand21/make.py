#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand21 set (events, people, places
and companies invented; some real outlet names are used as article outlets or credited sources)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# r01: The Telegraph (outside) -> Цензор.НЕТ ("пише The Telegraph", title "– The Telegraph",
# "наголошують автори статті") -> ТСН ("Як передає Цензор.НЕТ", "зазначає видання", title "— ЗМІ",
# missing space "Еллкомб.Перші") and -> Южный вестник ("сообщает украинское издание «Цензор.НЕТ» со
# ссылкой на ... The Telegraph": edge from Цензор.НЕТ). Kyiv Ledger credits The Telegraph directly.
story("r01_chain_telegraph_censor", "chain", {
"00_uk.txt": """Британська Halden & Rook відкриє в Україні завод з ремонту бронетехніки – The Telegraph
Цензор.НЕТ
17.03.2026 10:42

Британська оборонна компанія Halden & Rook до кінця року відкриє в Україні завод з ремонту бронетехніки. Про це пише The Telegraph.

За даними британської газети, підприємство розміститься на території колишнього вагоноремонтного депо в Калинополі. Там планують відновлювати до 30 бронемашин на місяць, а працюватимуть на заводі близько 400 людей, переважно місцевих.

«Ми хочемо ремонтувати техніку там, де вона потрібна, а не возити її через пів Європи», — сказав виданню виконавчий директор Halden & Rook Мартін Еллкомб.

Це буде перший ремонтний майданчик британської компанії такого масштабу в Україні, наголошують автори статті. Перші фахівці з Великої Британії мають прибути до Калинополя вже наступного місяця, а обладнання завезуть влітку.
""",
"01_uk.txt": """У Калинополі британці ремонтуватимуть бронетехніку — ЗМІ
ТСН
17.03.2026 15:10

Британська компанія Halden & Rook планує відкрити в Калинополі завод, де ремонтуватимуть бронемашини. Як передає Цензор.НЕТ, підприємство розміститься в колишньому вагоноремонтному депо і запрацює до кінця року.

Завод зможе відновлювати до 30 машин щомісяця, на ньому працюватимуть близько 400 людей. «Ми хочемо ремонтувати техніку там, де вона потрібна», — заявив виконавчий директор компанії Мартін Еллкомб.Перші британські інженери мають приїхати до міста вже наступного місяця, зазначає видання.

Калинопіль — районний центр із населенням близько 60 тисяч людей. Вагоноремонтне депо в місті не працює з 2014 року.
""",
"02_ru.txt": """Британская компания откроет в Украине завод по ремонту бронетехники
Южный вестник
2026-03-18 09:15

Британская оборонная компания Halden & Rook до конца года откроет в украинском Калинополе завод по ремонту бронемашин, сообщает украинское издание «Цензор.НЕТ» со ссылкой на британскую газету The Telegraph.

По данным издания, предприятие разместится на территории бывшего вагоноремонтного депо. Там смогут восстанавливать до 30 машин в месяц, а работать на заводе будут около 400 человек.

Первые специалисты из Великобритании приедут в город уже в апреле.
""",
"03_en.txt": """British firm Halden & Rook to open armoured vehicle repair plant in Ukraine
Kyiv Ledger
Tue, 17 Mar 2026 19:30:00 +0000

British defence company Halden & Rook plans to open a plant in the Ukrainian city of Kalynopil that will repair up to 30 armoured vehicles a month, The Telegraph reported on Tuesday.

The plant, in a disused railway repair depot, is due to open by the end of the year and will employ about 400 people, most of them hired locally, according to the newspaper.

"We want to repair equipment where it is needed, not ship it across half of Europe," chief executive Martin Ellcombe told the Telegraph. The first British engineers are expected in Kalynopil next month.
""",
}, [O("The Telegraph", False)],
[R("The Telegraph", "00_uk.txt"), R("Цензор.НЕТ", "01_uk.txt"), R("Цензор.НЕТ", "02_ru.txt"),
 R("The Telegraph", "03_en.txt")],
[C("Halden & Rook will open an armoured vehicle repair plant in Kalynopil by the end of the year.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 C("The plant will repair up to 30 vehicles a month and employ about 400 people.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# r02: Bloomberg (outside) -> РБК ("пишет Bloomberg со ссылкой на", "пишет издание со ссылкой на")
# -> Уральский репортер names only the middle outlet ("сообщает РБК", title "— СМИ"): edge from РБК.
# РБК-Україна credits Bloomberg itself in the self-naming form "передає РБК-Україна з посиланням на
# Bloomberg" (trap: РБК vs РБК-Україна). Der Spiegel credits Bloomberg ("berichtet ... unter Berufung").
story("r02_relay_of_relay_rbc", "chain", {
"00_ru.txt": """Bloomberg узнал о планах Камской металлургической компании сократить выпуск стали
РБК
2026-04-08T07:45:00+00:00

Камская металлургическая компания (КМК), один из крупнейших производителей проката в Поволжье, до конца года сократит выплавку стали на 15%. Об этом пишет Bloomberg со ссылкой на три источника, знакомых с планами компании.

По словам собеседников агентства, решение связано с падением экспорта и ростом долговой нагрузки. Остановить планируют две из пяти доменных печей комбината в Заречнокамске, пишет издание со ссылкой на одного из источников. Сокращения персонала пока не планируются.

В прошлом году КМК выплавила около 6,2 млн тонн стали. Контролирующий акционер компании — бизнесмен Игорь Лапшин.
""",
"01_ru.txt": """КМК сократит выпуск стали на 15% — СМИ
Уральский репортер
08.04.2026 13:20

Камская металлургическая компания собирается до конца года сократить производство стали на 15%, сообщает РБК. Остановить планируют две из пяти доменных печей в Заречнокамске.

Причиной называют падение экспорта и растущие долги компании. Комбинат в Заречнокамске — крупнейший работодатель города, на нем заняты около 11 тысяч человек.
""",
"02_uk.txt": """Російський металургійний гігант КМК скорочує виробництво через падіння експорту – Bloomberg
РБК-Україна
2026-04-08 16:05

Російська Камська металургійна компанія (КМК) до кінця року скоротить виплавку сталі на 15%. Про це передає РБК-Україна з посиланням на Bloomberg.

Як зазначає агентство, компанія зупинить дві з п'яти доменних печей на комбінаті в Зарєчнокамську. Джерела Bloomberg пояснюють рішення падінням експорту та зростанням боргів.

Минулого тижня про скорочення виробництва оголосили ще два російські металургійні заводи.
""",
"03_de.txt": """Russischer Stahlkonzern KMK drosselt Produktion
Der Spiegel
8. April 2026

Der russische Stahlhersteller Kamskaja Metallurgitscheskaja Kompanija (KMK) will seine Stahlproduktion bis zum Jahresende um 15 Prozent senken. Das berichtet die Finanznachrichtenagentur Bloomberg unter Berufung auf drei mit den Plänen vertraute Personen.

Demnach sollen zwei von fünf Hochöfen im Werk in Saretschnokamsk stillgelegt werden. Grund seien der Einbruch der Exporte und die wachsende Schuldenlast des Konzerns.
""",
}, [O("Bloomberg", False)],
[R("Bloomberg", "00_ru.txt"), R("РБК", "01_ru.txt"), R("Bloomberg", "02_uk.txt"), R("Bloomberg", "03_de.txt")],
[C("KMK will cut its steel output by 15% by the end of the year.",
   ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt"], 1),
 C("Two of the five blast furnaces at the Zarechnokamsk plant will be shut down.",
   ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt"], 1)])

# r03: anonymous-source exclusive of Українська правда ("розповіли три співрозмовники", "За
# інформацією джерел УП", title "— джерела"); relays: NV ("повідомляє видання Українська правда з
# посиланням на джерела", "зазначає видання"), Новая газета Европа ("Как стало известно «Украинской
# правде»", dative), Kyiv Ledger ("Ukrainska Pravda reported ..., citing three sources").
story("r03_exclusive_up_sources", "exclusive", {
"00_uk.txt": """Уряд готує звільнення голови портового агентства Горбанюка — джерела
Українська правда
2026-05-12T06:30:00+00:00

Кабінет міністрів найближчим часом може звільнити голову Державного агентства з відновлення портової інфраструктури Андрія Горбанюка. Про це УП розповіли три співрозмовники в уряді та Офісі президента.

За інформацією джерел УП, відповідне розпорядження вже підготовлене і може бути розглянуте на засіданні уряду в середу. Причиною називають зрив термінів відновлення причалів у порту Солоний Лиман: з 12 причалів, які мали запрацювати до травня, відновили лише чотири.

«Питання Горбанюка фактично вирішене, чекають лише на кандидатуру наступника», — сказав один зі співрозмовників видання.

Серед можливих наступників джерела називають заступницю Горбанюка Ганну Вересюк. Сам Горбанюк на дзвінки та повідомлення УП у понеділок не відповів.
""",
"01_uk.txt": """Горбанюка можуть звільнити з посади голови портового агентства — УП
NV
12.05.2026 10:15

Уряд може найближчим часом звільнити голову Державного агентства з відновлення портової інфраструктури Андрія Горбанюка, повідомляє видання Українська правда з посиланням на джерела в уряді та ОП.

Розпорядження вже підготовлене, його можуть розглянути в середу, зазначає видання. За даними співрозмовників УП, причиною став зрив термінів відновлення причалів у порту Солоний Лиман: з 12 запланованих відновили лише чотири.

Горбанюк очолює агентство з осені 2024 року.
""",
"02_ru.txt": """В Украине готовят отставку главы агентства по восстановлению портов
Новая газета Европа
2026-05-12 14:40

Как стало известно «Украинской правде», Кабмин Украины готовит увольнение главы Государственного агентства по восстановлению портовой инфраструктуры Андрея Горбанюка. Издание ссылается на трех собеседников в правительстве и Офисе президента.

По словам источников, распоряжение может быть рассмотрено уже в среду. Преемницей Горбанюка может стать его заместитель Анна Вересюк.
""",
"03_en.txt": """Ukraine's port reconstruction chief set to be dismissed, Ukrainska Pravda says
Kyiv Ledger
Tue, 12 May 2026 16:00:00 +0000

Ukraine's cabinet is preparing to dismiss Andriy Horbaniuk, head of the state agency for the reconstruction of port infrastructure, Ukrainska Pravda reported on Tuesday, citing three sources in the government and the President's Office.

The decision follows delays at the port of Solonyi Lyman, where only four of the 12 berths that were due to reopen by May have been restored, according to the outlet.

"The Horbaniuk question has effectively been decided," one of the sources told Ukrainska Pravda.
""",
}, [O("Українська правда", True)],
[R("Українська правда", "01_uk.txt"), R("Українська правда", "02_ru.txt"), R("Українська правда", "03_en.txt")],
[C("The cabinet is preparing to dismiss Andriy Horbaniuk, head of the port reconstruction agency.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 C("Only four of the 12 berths at the port of Solonyi Lyman that were due by May have been restored.",
   ["00_uk.txt", "01_uk.txt", "03_en.txt"], 1)])

# r04: two independent on-scene reports of one event (Суспільне: "передає кореспондентка
# Суспільного з місця подій", "розповів Суспільному"; Le Monde: "a constaté l'envoyé spécial du
# Monde", "a confié au Monde"), relayed the next day by Медуза (credits both) and by an English
# article with no outlet line and no date line (credits both). Relative dates ("у ніч на четвер").
story("r04_two_independent_grain_terminal", "independent", {
"00_uk.txt": """На Миколаївщині після атаки дронів горить зерновий термінал
Суспільне
2026-06-11 09:40

У ніч на четвер російські ударні дрони атакували зерновий термінал у Жовтому Затоні на Миколаївщині. Пожежу досі не загасили, передає кореспондентка Суспільного з місця подій.

За словами директора терміналу Віталія Ганжі, вогонь знищив щонайменше 18 тисяч тонн пшениці, підготовленої до відвантаження. «Горить третій склад, два інші вдалося відстояти», — розповів він Суспільному.

Постраждалих немає: нічна зміна встигла сховатися в укритті. На місці працюють понад 40 рятувальників, вогонь локалізували близько восьмої ранку.
""",
"01_fr.txt": """En Ukraine, un terminal céréalier en feu après une attaque de drones
Le Monde
11 juin 2026

Les flammes dévoraient encore, jeudi matin, l'un des trois entrepôts du terminal céréalier de Jovtyï Zaton, petit port du sud de l'Ukraine, a constaté l'envoyé spécial du Monde. Des drones russes ont frappé le site dans la nuit.

Au moins 18 000 tonnes de blé destinées à l'Égypte sont parties en fumée, a confié au Monde le directeur du terminal, Vitali Hanja. « Nous venions de finir le chargement des silos », soupire-t-il.

Le terminal avait déjà été visé en mars, sans dégâts importants. Aucun employé n'a été blessé cette fois non plus.
""",
"02_ru.txt": """На юге Украины после атаки дронов сгорели 18 тысяч тонн пшеницы
Медуза
2026-06-12T08:20:00+02:00

В ночь на четверг российские беспилотники атаковали зерновой терминал в поселке Желтый Затон Николаевской области. Сгорели не менее 18 тысяч тонн пшеницы, сообщают украинский общественный вещатель «Суспільне» и французская газета Le Monde, корреспонденты которых побывали на месте.

По данным Le Monde, зерно предназначалось для отправки в Египет. Пострадавших нет.
""",
"03_en.txt": """18,000 tonnes of wheat burn after drone strike on Ukrainian grain terminal

At least 18,000 tonnes of wheat burned after Russian drones hit a grain terminal in the southern Ukrainian port of Zhovtyi Zaton overnight into Thursday, Ukraine's public broadcaster Suspilne and the French daily Le Monde reported from the scene.

Terminal director Vitaliy Hanzha told both outlets that one of three warehouses was destroyed. Nobody was hurt.

Le Monde reported that the terminal had already been targeted in March and that the grain was bound for Egypt.
""",
}, [O("Суспільне", True), O("Le Monde", True)],
[R("Суспільне", "02_ru.txt"), R("Le Monde", "02_ru.txt"), R("Суспільне", "03_en.txt"), R("Le Monde", "03_en.txt")],
[C("A drone attack set fire to the grain terminal in Zhovtyi Zaton and at least 18,000 tonnes of wheat burned.",
   ["00_uk.txt", "01_fr.txt", "02_ru.txt", "03_en.txt"], 2),
 C("The terminal had already been targeted in March.", ["01_fr.txt", "03_en.txt"], 1)])

# r05: Financial Times (outside) relayed by УНІАН ("Про це йдеться в матеріалі Financial Times") which
# adds its own comment ("У коментарі кореспондентові УНІАН ... підтвердила"): edge from FT and УНІАН
# is an in-corpus origin. Коммерсантъ ("Об этом говорится в публикации"), Black Sea Business Review and
# NV ("пише британська газета Financial Times", "наголошують автори статті") relay FT only.
story("r05_relay_plus_own_comment_ft", "relay_own", {
"00_uk.txt": """Нідерландський фонд купує третину агрохолдингу «Степовий лан» – FT
УНІАН
2026-07-07 12:30

Нідерландський інвестиційний фонд Vlierhof Capital домовляється про купівлю 30% агрохолдингу «Степовий лан» приблизно за 210 мільйонів доларів. Про це йдеться в матеріалі Financial Times.

За даними газети, угоду можуть підписати до кінця серпня. Залучені кошти агрохолдинг планує спрямувати на будівництво двох елеваторів на Полтавщині.

У коментарі кореспондентові УНІАН речниця «Степового лану» Олена Вакуленко підтвердила, що переговори з фондом тривають. «Суму ми не коментуємо, але переговори справді на фінальній стадії», — сказала вона.

«Степовий лан» обробляє близько 180 тисяч гектарів землі в чотирьох областях.
""",
"01_ru.txt": """Голландский фонд покупает треть украинского агрохолдинга «Степовой лан»
Коммерсантъ
2026-07-07T15:00:00+03:00

Нидерландский инвестфонд Vlierhof Capital ведет переговоры о покупке 30% украинского агрохолдинга «Степовой лан» примерно за $210 млн. Об этом говорится в публикации Financial Times.

По данным газеты, сделка может стать крупнейшей иностранной инвестицией в аграрный сектор Украины с начала войны. Подписать соглашение стороны рассчитывают до конца августа.
""",
"02_en.txt": """Dutch fund in talks to buy 30% of Ukrainian agribusiness Stepovyi Lan
Black Sea Business Review
Tue, 07 Jul 2026 17:45:00 +0000

Dutch investment fund Vlierhof Capital is in talks to buy a 30% stake in Ukrainian agricultural group Stepovyi Lan for about $210mn, the Financial Times reported on Tuesday.

The deal, which could be signed by the end of August, would be the largest foreign investment in Ukraine's farm sector since the start of the full-scale war, according to the FT. The money is earmarked for two new grain elevators.
""",
"03_uk.txt": """Фонд із Нідерландів може купити 30% «Степового лану»: сума угоди
NV
07.07.2026 18:20

Інвестиційний фонд Vlierhof Capital з Нідерландів веде переговори про придбання 30% агрохолдингу «Степовий лан» за близько 210 мільйонів доларів, пише британська газета Financial Times.

Угоду можуть підписати вже до кінця серпня, наголошують автори статті.
""",
}, [O("Financial Times", False), O("УНІАН", True)],
[R("Financial Times", "00_uk.txt"), R("Financial Times", "01_ru.txt"), R("Financial Times", "02_en.txt"),
 R("Financial Times", "03_uk.txt")],
[C("Vlierhof Capital is negotiating to buy 30% of Stepovyi Lan for about $210 million.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 2),
 C("The deal would be the largest foreign investment in Ukraine's farm sector since the war began.",
   ["01_ru.txt", "02_en.txt"], 1)])

# r06: Telegram channel origin (outside) in four spellings: «Сирена Прикордоння» (uk: "Як повідомили
# в Telegram-каналі", "На відео, яке оприлюднив канал"), «Сирена Приграничья» (ru: "сообщил
# Telegram-канал", "По данным канала"), Syrena Prykordonnia (en), „Syrena Prykordonnja" (de).
story("r06_telegram_channel_oil_depot", "telegram", {
"00_uk.txt": """У прикордонному Верхньоольховську горить нафтобаза: відео
ТСН
2026-08-19 07:55

У ніч на середу в російському прикордонному місті Верхньоольховськ спалахнула пожежа на нафтобазі. Як повідомили в Telegram-каналі «Сирена Прикордоння», перед цим місцеві мешканці чули щонайменше шість вибухів.

На відео, яке оприлюднив канал, видно високий стовп чорного диму над резервуарами. Місцева влада інформацію про пожежу поки не коментувала.
""",
"01_ru.txt": """В Верхнеольховске после взрывов загорелась нефтебаза
Медуза
2026-08-19T09:10:00+02:00

В ночь на среду в приграничном Верхнеольховске загорелась нефтебаза. Об этом сообщил Telegram-канал «Сирена Приграничья», опубликовавший видео пожара.

По данным канала, перед возгоранием жители слышали не менее шести взрывов. Официальных комментариев пока нет.
""",
"02_en.txt": """Oil depot ablaze in Russian border town after blasts
Kyiv Ledger
Wed, 19 Aug 2026 11:30:00 +0000

An oil depot in the Russian border town of Verkhneolkhovsk caught fire overnight into Wednesday after residents heard at least six explosions, the Telegram channel Syrena Prykordonnia posted.

Video shared by the channel shows a column of black smoke rising above the storage tanks. Local authorities have not commented.
""",
"03_de.txt": """Brand in Tanklager in russischer Grenzstadt
Der Spiegel
19. August 2026

In der russischen Grenzstadt Werchneolchowsk ist in der Nacht zum Mittwoch ein Tanklager in Brand geraten. Zuvor seien mindestens sechs Explosionen zu hören gewesen, wie der ukrainische Telegram-Kanal „Syrena Prykordonnja" meldete.

Eine offizielle Bestätigung gab es zunächst nicht.
""",
}, [O("Сирена Прикордоння", False)],
[R("Сирена Прикордоння", "00_uk.txt"), R("Сирена Прикордоння", "01_ru.txt"),
 R("Сирена Прикордоння", "02_en.txt"), R("Сирена Прикордоння", "03_de.txt")],
[C("An oil depot in Verkhneolkhovsk caught fire overnight after at least six explosions.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# r07: an official's Telegram post as sole origin (outside, named by the person): Ірина Дзюба, head of
# the Yasnohirsk city military administration. No medium is credited. 00_uk.txt has no paragraph
# breaks and a missing space after a full stop ("зазначила вона.Водночас").
story("r07_official_telegram_water", "official_post", {
"00_uk.txt": """У Ясногірську відновили водопостачання в усіх районах
Ясногірські вісті
2026-09-03 08:15

У Ясногірську після п'яти днів перебоїв відновили водопостачання в усіх районах міста. Про це у своєму Telegram-каналі повідомила начальниця Ясногірської міської військової адміністрації Ірина Дзюба. За її словами, ремонтники завершили заміну двох насосів на головній насосній станції, пошкодженій під час обстрілу минулого тижня. «Вода вже є у всіх будинках, але в перші години можливий низький тиск на верхніх поверхах», — зазначила вона.Водночас Дзюба закликала мешканців ще добу кип'ятити воду перед вживанням. Пункти видачі питної води працюватимуть до вечора четверга.
""",
"01_uk.txt": """Ясногірськ знову з водою: Дзюба повідомила про завершення ремонту насосної станції
УНІАН
03.09.2026 09:30

У Ясногірську в усіх районах знову є вода. Як написала в Telegram очільниця міської військової адміністрації Ірина Дзюба, на головній насосній станції замінили два пошкоджені насоси.

Місто залишалося без централізованого водопостачання п'ять днів після обстрілу минулого тижня. Мешканців просять ще добу кип'ятити воду.
""",
"02_ru.txt": """В Ясногорске восстановили водоснабжение после пяти дней перебоев
Днепровская панорама
2026-09-03 11:00

В Ясногорске восстановлено водоснабжение во всех районах, сообщила в своем Telegram-канале глава городской военной администрации Ирина Дзюба.

Город оставался без воды пять дней после того, как на прошлой неделе была повреждена главная насосная станция. Жителям рекомендуют еще сутки кипятить воду.
""",
"03_en.txt": """Water back in all districts of Yasnohirsk after five-day outage
Kyiv Ledger
Thu, 03 Sep 2026 12:40:00 +0000

Running water has been restored in all districts of the Ukrainian city of Yasnohirsk after a five-day outage, Iryna Dziuba, head of the city's military administration, said on Telegram on Thursday.

Repair crews replaced two pumps at the main pumping station, which was damaged by shelling last week. Residents have been advised to keep boiling water for another day.
""",
}, [O("Ірина Дзюба", False)],
[R("Ірина Дзюба", "00_uk.txt"), R("Ірина Дзюба", "01_uk.txt"), R("Ірина Дзюба", "02_ru.txt"),
 R("Ірина Дзюба", "03_en.txt")],
[C("Water supply has been restored in all districts of Yasnohirsk after a five-day outage.",
   ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# r08: NV own report from a village (correspondent on the spot, "розповів нашому кореспондентові");
# next morning an uncredited close Russian translation (keeps "нашему корреспонденту", "передает наш
# корреспондент"): edge from NV, scenario translation. РБК-Україна ("пише NV") and a French weekly
# ("rapporte le média ukrainien NV") relay with credit.
story("r08_translation_cheese_dairy", "translation", {
"00_uk.txt": """Сироварня у Вільховій Балці знову працює через рік після обстрілу
NV
2026-10-14 10:00

Сироварня в селі Вільхова Балка на Харківщині, яку торік зруйнував російський обстріл, знову виробляє сир. Як передає кореспондент NV, у середу з цеху вийшла перша партія — 300 кілограмів бринзи.

«Ми відбудували все за власні гроші та кредит від громади. Двох сироварів довелося вчити заново, бо старі майстри виїхали», — розповів нашому кореспондентові власник сироварні Тарас Мельничук.

На підприємстві зараз працює 14 людей. Молоко купують у трьох фермерських господарствах сусідніх сіл.
""",
"01_ru.txt": """Сыроварня в Ольховой Балке снова работает через год после обстрела
Городской дозор
15.10.2026 08:45

Сыроварня в селе Ольховая Балка Харьковской области, которую в прошлом году разрушил обстрел, снова производит сыр. Как передает наш корреспондент, в среду из цеха вышла первая партия — 300 килограммов брынзы.

«Мы отстроили все на собственные деньги и кредит от громады. Двух сыроваров пришлось учить заново, потому что старые мастера уехали», — рассказал нашему корреспонденту владелец сыроварни Тарас Мельничук.

На предприятии сейчас работают 14 человек. Молоко покупают у трех фермерских хозяйств соседних сел.
""",
"02_uk.txt": """На Харківщині відновила роботу зруйнована обстрілом сироварня
РБК-Україна
2026-10-14 14:25

У селі Вільхова Балка на Харківщині знову запрацювала сироварня, зруйнована обстрілом торік. Про це пише NV.

Перша партія — 300 кілограмів бринзи — вийшла з цеху в середу. Власник підприємства Тарас Мельничук розповів виданню, що відбудова велася за власні кошти та кредит від громади.
""",
"03_fr.txt": """Ukraine : une fromagerie détruite par les bombardements rouvre ses portes
La Gazette de l'Est
16 octobre 2026

Dans le village de Vilkhova Balka, dans la région de Kharkiv, une fromagerie détruite l'an dernier par un bombardement russe a repris sa production, rapporte le média ukrainien NV, dont un journaliste s'est rendu sur place.

Les 300 premiers kilos de brynza sont sortis de l'atelier mercredi, selon NV. Quatorze personnes y travaillent.
""",
}, [O("NV", True)],
[R("NV", "01_ru.txt"), R("NV", "02_uk.txt"), R("NV", "03_fr.txt")],
[C("The cheese dairy in Vilkhova Balka, destroyed by shelling last year, has resumed production.",
   ["00_uk.txt", "01_ru.txt", "02_uk.txt", "03_fr.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 21 (invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
