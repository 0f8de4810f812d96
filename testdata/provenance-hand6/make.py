#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand6 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# f01: outside weekly credited under four spellings (English with and without "The", Ukrainian and
# Russian Cyrillic transliterations), relayed 5x; two anonymous managers are not origins
story("f01_outside_biscuit_factory", "external", {
"00_en.txt": """Harlowmere Foods to shut Sallowfield biscuit factory, 540 jobs at risk
Northfold Daily
2025-10-12T18:30:00+01:00

Harlowmere Foods plans to close its biscuit factory in Sallowfield by the end of March next year, a report by the Fennick Observer on Sunday said.
All 540 jobs at the site are at risk, and production of the company's Goldcrumb range will move to its plant in Drenmoor, the newspaper said, citing two managers at the factory.
Harlowmere Foods declined to comment on what it called speculation.
""",
"01_uk.txt": """Британська Harlowmere Foods закриє фабрику печива в Селловфілді
Економічна варта
2025-10-13T09:10:00+03:00

Британський виробник печива Harlowmere Foods до кінця березня 2026 року закриє свою фабрику в місті Селловфілд, пише британське видання «Феннік Обзервер».
Без роботи можуть залишитися 540 працівників. Виробництво печива Goldcrumb перенесуть на завод компанії в Дренмурі.
У Harlowmere Foods ці дані не коментують.
""",
"02_ru.txt": """Harlowmere Foods закроет фабрику печенья в Селлоуфилде
Торговый ряд
2025-10-13

Британская компания Harlowmere Foods до конца марта следующего года закроет фабрику печенья в городе Селлоуфилд. Об этом в воскресенье написала британская газета «Фенник Обсервер».
Работу потеряют 540 человек. Выпуск печенья марки Goldcrumb перенесут на завод в Дренмуре, утверждает газета со ссылкой на двух менеджеров фабрики.
""",
"03_de.txt": """Keksfabrik in Sallowfield soll schließen
Wirtschaftskurier Grautenfeld
2025-10-13T11:00:00+02:00

Der britische Gebäckhersteller Harlowmere Foods will sein Werk in Sallowfield bis Ende März 2026 schließen, wie der britische Fennick Observer in seiner Sonntagsausgabe enthüllte.
Betroffen sind 540 Beschäftigte. Die Produktion der Marke Goldcrumb soll in das Werk in Drenmoor verlagert werden.
""",
"04_fr.txt": """Le fabricant de biscuits Harlowmere Foods va fermer son usine de Sallowfield
Le Messager de Saint-Orbaz
2025-10-13

Harlowmere Foods fermera son usine de biscuits de Sallowfield, en Angleterre, d'ici fin mars 2026, selon les révélations de l'hebdomadaire britannique Fennick Observer.
Les 540 salariés du site sont concernés. La production des biscuits Goldcrumb sera transférée vers l'usine du groupe à Drenmoor.
""",
}, [("The Fennick Observer", False)],
   [("The Fennick Observer", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"]],
   [("Harlowmere Foods to close its Sallowfield biscuit factory by the end of March 2026, 540 jobs lost, Goldcrumb production moved to Drenmoor",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# f02: chain of three in-corpus outlets uk (own, self-mention in the genitive) -> en -> ru; the ru
# article credits the en paper, which "ссылается на" the uk paper (edge from the en paper)
story("f02_chain_landslide_village", "chain", {
"00_uk.txt": """Зсув перекрив дорогу до Верхньої Ружни: село без сполучення
Ружнянський вісник
2025-04-06T14:20:00+03:00

Після тижня дощів у неділю вранці зсув ґрунту засипав дорогу між Нижньою та Верхньою Ружною на ділянці завдовжки близько 80 метрів. Журналісти «Ружнянського вісника» побували на місці й побачили, як трактор намагається розчистити завал.
Без сполучення залишилися 620 мешканців Верхньої Ружни. «Хліб нам тепер носять пішки через ліс», — розповіла продавчиня сільської крамниці Галина Стефурак.
Розчищення дороги може тривати до двох тижнів.
""",
"01_en.txt": """Landslide cuts off Ukrainian mountain village of 620 people
Dunhallow Courier
2025-04-07T08:00:00+01:00

A landslide has buried an 80-metre stretch of the only road to the Ukrainian mountain village of Verkhnia Ruzhna after a week of heavy rain, leaving its 620 residents cut off.
The regional paper Ruzhnianskyi Visnyk published the story on Sunday, with photographs of a tractor trying to clear the mud. Villagers are walking through the forest to fetch bread, the paper said.
Clearing the road could take up to two weeks.
""",
"02_ru.txt": """Оползень отрезал от мира украинское горное село
Северный рейд
2025-04-07T13:45:00+03:00

Оползень засыпал участок длиной около 80 метров единственной дороги, ведущей в украинское горное село Верхняя Ружна, без сообщения остались 620 жителей. Британская газета Dunhallow Courier, рассказавшая об оползне в понедельник, ссылается на украинскую региональную газету «Ружнянский вестник».
Расчистка дороги может занять до двух недель.
""",
}, [("Ружнянський вісник", True)],
   [("Ружнянський вісник", "01_en.txt"), ("Dunhallow Courier", "02_ru.txt")],
   [("A landslide buried 80 m of the road to Verkhnia Ruzhna, 620 residents cut off, clearing may take up to two weeks",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# f03: outside agency credited in a dateline with initials, by name, by initials, by a short German
# name and at the end of a sentence; the county council spokeswoman is not an origin
story("f03_agency_river_flood", "agency", {
"00_en.txt": """Hundreds evacuated as River Quell floods Wexley Marsh
Harbourgate Evening News
2025-03-09T16:40:00+00:00

WEXLEY MARSH, England, 9 March (TPA) - About 1,200 residents of Wexley Marsh were evacuated on Sunday after the River Quell burst its banks, flooding some 300 homes.
Evacuees are being housed at the town's leisure centre, a spokeswoman for the county council said. The river is expected to peak overnight.
""",
"01_uk.txt": """В англійському Векслі-Марш через повінь евакуювали 1200 людей
Вечірній Зорепіль
2025-03-09T21:05:00+02:00

У неділю з англійського містечка Векслі-Марш евакуювали близько 1200 мешканців: річка Квелл вийшла з берегів і підтопила приблизно 300 будинків. Про це розповіли в британському інформаційному агентстві «Теннард Прес».
Евакуйованих розмістили в місцевому спортивному центрі.
""",
"02_ru.txt": """Наводнение в Англии: из Уэксли-Марша эвакуированы 1200 человек
Северный рейд
2025-03-10

Как стало известно британскому информационному агентству TPA, в воскресенье из городка Уэксли-Марш эвакуировали около 1200 жителей после того, как река Квелл вышла из берегов.
Подтоплены около 300 домов. Пик паводка ожидается ночью.
""",
"03_de.txt": """Hochwasser in England: 1200 Menschen in Wexley Marsh evakuiert
Grautenfelder Abendpost
2025-03-09T20:15:00+01:00

Im englischen Wexley Marsh sind am Sonntag rund 1200 Menschen vor dem Hochwasser des Flusses Quell in Sicherheit gebracht worden, meldet die britische Nachrichtenagentur Tennard unter Berufung auf die Kreisverwaltung.
Etwa 300 Häuser stehen unter Wasser. Die Evakuierten wurden im Freizeitzentrum der Stadt untergebracht.
""",
"04_en.txt": """Wexley Marsh flood: 300 homes under water
Northfold Daily

Around 1,200 people had to leave their homes in Wexley Marsh on Sunday after the River Quell overflowed, flooding about 300 properties, reported the Tennard Press Agency.
The county council has opened the leisure centre as an emergency shelter.
""",
}, [("Tennard Press Agency", False)],
   [("Tennard Press Agency", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_en.txt"]],
   [("About 1,200 residents of Wexley Marsh evacuated on Sunday after the River Quell flooded about 300 homes",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_en.txt"], 1)])

# f04: outside Telegram channel; the uk relay adds its own confirmation from the water company's
# dispatchers (a company name in guillemets, «Зорепільводоканал», is not an outlet)
story("f04_relay_confirms_hot_water", "relay_plus_own", {
"00_uk.txt": """Заріччя залишиться без гарячої води на 18 днів
Вечірній Зорепіль
2025-05-27T12:30:00+03:00

З 2 червня комунальне підприємство «Зорепільводоканал» на 18 днів вимкне гарячу воду в районі Заріччя через заміну магістральної труби, повідомив у своєму Telegram-каналі «Зорепільський вартовий». Без гарячої води залишаться близько 42 тисяч квартир.
Редакція «Вечірнього Зорепіля» зателефонувала до диспетчерської водоканалу — там графік робіт підтвердили.
Повернути гарячу воду обіцяють до 20 червня.
""",
"01_en.txt": """Zorepil district to lose hot water for 18 days
The Steppe Tribune
2025-05-27T15:00:00+03:00

About 42,000 flats in Zorepil's Zarichchia district will have no hot water for 18 days from 2 June while the municipal water company replaces a trunk pipe, the local Telegram channel Zorepilskyi Vartovyi has reported.
Supply is due to return by 20 June.
""",
"02_ru.txt": """В Заречье Зорепиля на 18 дней отключат горячую воду
Степной экспресс
2025-05-27T16:20:00+03:00

Со 2 июня около 42 тысяч квартир в районе Заречье останутся без горячей воды на 18 дней: водоканал будет менять магистральную трубу. В публикации Telegram-канала «Зорепильский вартовый» говорится, что подачу воды возобновят к 20 июня.
""",
}, [("Зорепільський вартовий", False), ("Вечірній Зорепіль", True)],
   [("Зорепільський вартовий", a) for a in ["00_uk.txt", "01_en.txt", "02_ru.txt"]],
   [("Hot water off for 18 days from 2 June in Zorepil's Zarichchia district, about 42,000 flats, back by 20 June",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 2)])

# f05: ru own report (self-mention in the genitive; a docker quoted), an uncredited ru copy, an en
# relay ("The news was first reported by") and a uk relay with the name in Ukrainian spelling
story("f05_own_report_port_crane", "in_corpus", {
"00_ru.txt": """В порту Устьморска на сухогруз рухнул портовый кран
Устьморье сегодня
2025-08-19T10:15:00+03:00

Во вторник утром на причале №4 Устьморского морского порта 38-метровый портальный кран упал на палубу сухогруза «Капитан Ерёмин». Корреспондент «Устьморья сегодня» был на причале через полчаса после аварии и видел, как стрела крана лежит поперёк трюма.
Никто не пострадал, крановщик успел покинуть кабину. «Был скрежет, потом удар — весь причал вздрогнул», — рассказал нам докер Виктор Шалыгин.
Причал №4 закрыт как минимум на две недели.
""",
"01_ru.txt": """В Устьморске портальный кран упал на сухогруз
Торговый ряд
2025-08-19T13:00:00+03:00

Утром во вторник на причале №4 Устьморского морского порта 38-метровый портальный кран рухнул на палубу сухогруза «Капитан Ерёмин». Стрела крана легла поперёк трюма.
Пострадавших нет — крановщик успел выбраться из кабины. Причал закрыт минимум на две недели.
""",
"02_en.txt": """Crane topples onto cargo ship in Russian port of Ustmorsk
Harbourgate Evening News
2025-08-19T17:30:00+01:00

A 38-metre portal crane collapsed onto the deck of the cargo ship Kapitan Yeryomin at berth 4 in the Russian port of Ustmorsk on Tuesday morning. Nobody was hurt; the crane operator got out of his cab in time.
The news was first reported by the local paper Ustmorye Segodnya, whose reporter reached the quay half an hour after the accident. The berth will stay closed for at least two weeks.
""",
"03_uk.txt": """У російському Устьморську кран упав на суховантаж
Економічна варта
2025-08-20T09:00:00+03:00

У порту Устьморська 38-метровий портальний кран упав на палубу суховантажу «Капітан Єрьомін», пише місцеве видання «Устьмор'я сьогодні». Ніхто не постраждав.
Причал №4 закрито щонайменше на два тижні.
""",
}, [("Устьморье сегодня", True)],
   [("Устьморье сегодня", a) for a in ["01_ru.txt", "02_en.txt", "03_uk.txt"]],
   [("A 38-metre portal crane fell onto the cargo ship Kapitan Yeryomin at berth 4 in Ustmorsk port, nobody hurt, berth closed at least two weeks",
     ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1)])

# f06: en own report (the owner told the paper; outlet name with a lowercase word, credited without
# "The"), an uncredited uk translation, de and fr relays
story("f06_translation_last_cinema", "translation", {
"00_en.txt": """Regal Picturehouse to close after 92 years
The Voice of Pellisham
2025-11-21T07:00:00+00:00

Pellisham's Regal Picturehouse, the town's last cinema, will show its final film on 30 November after 92 years, its owner has told the Voice of Pellisham.
"Ticket sales have halved since 2019 and the roof needs £400,000 we do not have," said Maureen Tillotson, whose family has run the cinema since 1961. The Voice visited the auditorium on Thursday, where buckets stood under two leaks in the ceiling.
The building is to be sold.
""",
"01_uk.txt": """Останній кінотеатр англійського Пеллішема закривається після 92 років
Кінокадр
2025-11-21T14:00:00+02:00

Кінотеатр Regal Picturehouse, останній у місті Пеллішем, покаже свій останній фільм 30 листопада — через 92 роки після відкриття.
«Продажі квитків з 2019 року впали вдвічі, а на ремонт даху потрібно 400 тисяч фунтів, яких у нас немає», — каже Морін Тіллотсон, чия родина керує кінотеатром з 1961 року.
Будівлю продадуть.
""",
"02_de.txt": """Englisches Traditionskino schließt nach 92 Jahren
Grautenfelder Abendpost
2025-11-22T10:00:00+01:00

Das Regal Picturehouse, das letzte Kino der englischen Kleinstadt Pellisham, zeigt am 30. November zum letzten Mal einen Film, berichtete die Lokalzeitung The Voice of Pellisham am Freitag. Die Betreiberin Maureen Tillotson nannte halbierte Ticketverkäufe und ein marodes Dach als Gründe. Das Gebäude soll verkauft werden.
""",
"03_fr.txt": """Après 92 ans, le dernier cinéma de Pellisham ferme ses portes
Le Messager de Saint-Orbaz
2025-11-22T12:00:00+01:00

Le Regal Picturehouse, dernier cinéma de la petite ville anglaise de Pellisham, projettera son dernier film le 30 novembre, comme l'a annoncé vendredi le journal local The Voice of Pellisham.
Sa propriétaire, Maureen Tillotson, évoque des ventes de billets divisées par deux depuis 2019 et une toiture à refaire. Le bâtiment sera vendu.
""",
}, [("The Voice of Pellisham", True)],
   [("The Voice of Pellisham", a) for a in ["01_uk.txt", "02_de.txt", "03_fr.txt"]],
   [("Pellisham's last cinema, the Regal Picturehouse, shows its final film on 30 November after 92 years; the building will be sold",
     ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# f07: interview given to the uk outlet (the airport director is never an origin; the airport name
# «Зорепіль» in guillemets is not an outlet); relays "writes", ru genitive, fr "a indiqué"
story("f07_interview_airport_terminal", "in_corpus", {
"00_uk.txt": """Новий термінал аеропорту «Зорепіль» відкриють 1 вересня
Зорепільський кур'єр
2025-07-08T10:00:00+03:00

Новий пасажирський термінал міжнародного аеропорту «Зорепіль» прийме перших пасажирів 1 вересня. Про це в розмові з журналістом «Зорепільського кур'єра» сказав директор аеропорту Олександр Тимчишин.
«Термінал розрахований на 1,2 мільйона пасажирів на рік — утричі більше, ніж старий», — пояснив він. Будівництво обійшлося в 2,4 мільярда гривень.
""",
"01_en.txt": """Zorepil airport's new terminal to open on 1 September
The Steppe Tribune
2025-07-08T14:00:00+03:00

The new passenger terminal at Zorepil International Airport will open on 1 September, writes the local newspaper "Zorepilskyi Kurier", which interviewed airport director Oleksandr Tymchyshyn.
The terminal can handle 1.2 million passengers a year, three times as many as the old building, and cost 2.4 billion hryvnias to build, Tymchyshyn told the paper.
""",
"02_ru.txt": """Новый терминал аэропорта Зорепиль откроется 1 сентября
Степной экспресс
2025-07-08T16:00:00+03:00

Директор аэропорта Зорепиль Александр Тымчишин в разговоре с журналистом «Зорепильского курьера» заявил, что новый пассажирский терминал начнёт работу 1 сентября.
Его пропускная способность — 1,2 миллиона пассажиров в год, стоимость строительства — 2,4 миллиарда гривен.
""",
"03_fr.txt": """Ukraine : l'aéroport de Zorepil inaugurera un nouveau terminal le 1er septembre
Le Messager de Saint-Orbaz
2025-07-09

Le nouveau terminal de l'aéroport international de Zorepil accueillera ses premiers passagers le 1er septembre, a indiqué le journal local Zorepilskyï Kourier, qui a interrogé le directeur de l'aéroport, Oleksandr Tymchyshyn.
D'une capacité de 1,2 million de passagers par an, il a coûté 2,4 milliards de hryvnias.
""",
}, [("Зорепільський кур'єр", True)],
   [("Зорепільський кур'єр", a) for a in ["01_en.txt", "02_ru.txt", "03_fr.txt"]],
   [("Zorepil airport's new terminal opens on 1 September, 1.2 million passengers a year, cost 2.4 billion hryvnias",
     ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1)])

# f08: own report from "джерело в уряді" (anonymous, never an origin; the company name
# «Поштовий шлях» in guillemets and the genitive is not an outlet); relays "X cited a source in",
# ru "по информации источника X"
story("f08_anonymous_postal_sale", "in_corpus", {
"00_uk.txt": """Уряд готує продаж 49% «Поштового шляху»
Діловий тиждень
2025-09-15T08:00:00+03:00

Уряд планує до кінця 2026 року продати приватному інвесторові 49% державного поштового оператора «Поштовий шлях». Про це «Діловому тижню» розповіло джерело в уряді.
За словами співрозмовника, від продажу розраховують отримати близько 7 мільярдів гривень, а контрольний пакет залишиться в держави. У Міністерстві інфраструктури на запит «Ділового тижня» не відповіли.
""",
"01_en.txt": """Government plans to sell 49% stake in state postal operator
The Steppe Tribune
2025-09-15T13:00:00+03:00

The government intends to sell 49% of the state postal operator Poshtovyi Shliakh to a private investor by the end of 2026, hoping to raise about 7 billion hryvnias, the business weekly Dilovyi Tyzhden reported on Monday.
Dilovyi Tyzhden cited a source in the government as saying the state would keep a controlling stake.
""",
"02_ru.txt": """Правительство намерено продать 49% «Почтового пути»
Степной экспресс
2025-09-15T15:30:00+03:00

Правительство до конца 2026 года планирует продать частному инвестору 49% государственного почтового оператора «Поштовий шлях», по информации источника еженедельника «Діловий тиждень» в правительстве. Выручка от сделки может составить около 7 миллиардов гривен.
Контрольный пакет останется у государства.
""",
}, [("Діловий тиждень", True)],
   [("Діловий тиждень", a) for a in ["01_en.txt", "02_ru.txt"]],
   [("The government plans to sell 49% of the state postal operator Poshtovyi Shliakh by the end of 2026 for about 7 billion hryvnias",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# f09: two independent own reports (en: "a source in the trade ministry told" the paper; uk: "Про це
# нашому виданню розповіли в міській раді" - the council is not an origin), both later relayed
story("f09_two_own_reports_tram_order", "two_independent", {
"00_en.txt": """Kestrel Rail Works lands £96m Ukrainian tram order
The Brackenfield Journal
2025-06-12T06:30:00+01:00

Brackenfield tram maker Kestrel Rail Works has won a £96 million contract to build 40 low-floor trams for the Ukrainian city of Zorepil, a source in the trade ministry told the Brackenfield Journal.
The first trams are due to be delivered in 2027, the source said. Kestrel Rail Works declined to comment before the contract is signed.
""",
"01_uk.txt": """Зорепіль купить 40 британських трамваїв
Зорепільський кур'єр
2025-06-12T11:00:00+03:00

Місто замовить 40 низькопідлогових трамваїв у британської компанії Kestrel Rail Works. Про це нашому виданню розповіли в міській раді: вартість контракту — 96 мільйонів фунтів, перші вагони мають прибути у 2027 році.
«Старі трамваї ми списуватимемо поступово», — сказав «Зорепільському кур'єру» заступник міського голови Андрій Волошко.
""",
"02_ru.txt": """Британская Kestrel Rail Works построит 40 трамваев для Зорепиля
Северный рейд
2025-06-13T09:00:00+03:00

Британский производитель Kestrel Rail Works получил контракт на 96 миллионов фунтов на поставку 40 низкопольных трамваев в украинский город Зорепиль. Первой о контракте написала британская газета The Brackenfield Journal, позже те же данные опубликовал украинский «Зорепильский курьер».
Первые вагоны должны прибыть в 2027 году.
""",
"03_de.txt": """Britischer Hersteller baut 40 Straßenbahnen für Sorepil
Wirtschaftskurier Grautenfeld
2025-06-13T10:30:00+02:00

Der britische Straßenbahnbauer Kestrel Rail Works liefert 40 Niederflurbahnen an die ukrainische Stadt Sorepil, der Auftrag ist 96 Millionen Pfund wert. Darüber hatten zuerst die britische Zeitung Brackenfield Journal und, unabhängig davon, die ukrainische Lokalzeitung Sorepilskyj Kurjer berichtet.
Die ersten Bahnen sollen 2027 geliefert werden.
""",
}, [("The Brackenfield Journal", True), ("Зорепільський кур'єр", True)],
   [("The Brackenfield Journal", "02_ru.txt"), ("Зорепільський кур'єр", "02_ru.txt"),
    ("The Brackenfield Journal", "03_de.txt"), ("Зорепільський кур'єр", "03_de.txt")],
   [("Kestrel Rail Works wins a £96 million contract for 40 low-floor trams for Zorepil, first deliveries in 2027",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 2)])

# f10: one en outlet relaying two outside origins (a French regional daily "said in a report on its
# website" and a Ukrainian business site named by its domain); other relays take one origin each
story("f10_two_outside_origins_cheese_plant", "two_independent", {
"00_en.txt": """French cheesemaker to build €60m plant in Ukraine
Eastern Markets Bulletin
2025-02-20T12:00:00+00:00

Fromageries Brévaude, a family-owned French cheese group, plans to invest €60 million in a plant in the village of Biloiariv in Ukraine's Zorepil region, the French regional daily L'Estafette de Vérinac said in a report on its website. The plant would employ 300 people and start production in 2027, L'Estafette said.
The Ukrainian business site biznes-zorepil.example gave the same figures in a separate report.
""",
"01_fr.txt": """Les Fromageries Brévaude vont construire une usine en Ukraine
Le Messager de Saint-Orbaz
2025-02-19T18:00:00+01:00

Le groupe familial Fromageries Brévaude va investir 60 millions d'euros dans une fromagerie à Biloiariv, dans la région ukrainienne de Zorepil, d'après le quotidien L'Estafette de Vérinac. L'usine emploiera 300 personnes et doit démarrer sa production en 2027.
« C'est le plus gros investissement de notre histoire », a déclaré au quotidien le directeur général, Hugues Brévaude.
""",
"02_uk.txt": """Французька сироварня збудує завод на Зорепільщині
Економічна варта
2025-02-20T09:30:00+02:00

Французька група Fromageries Brévaude інвестує 60 мільйонів євро в будівництво сироварного заводу в селі Білоярів на Зорепільщині. Про це пише видання biznes-zorepil.example.
На підприємстві працюватимуть 300 людей, запуск заплановано на 2027 рік.
""",
"03_ru.txt": """Французские сыровары построят завод под Зорепилем
Торговый ряд
2025-02-20T14:10:00+03:00

Французская сырная группа Fromageries Brévaude вложит 60 миллионов евро в завод в селе Белояров Зорепильской области. Об этом сообщила французская региональная газета «Эстафет де Веринак».
Завод обеспечит работой 300 человек и начнёт выпуск продукции в 2027 году.
""",
}, [("L'Estafette de Vérinac", False), ("biznes-zorepil.example", False)],
   [("L'Estafette de Vérinac", "00_en.txt"), ("biznes-zorepil.example", "00_en.txt"),
    ("L'Estafette de Vérinac", "01_fr.txt"), ("biznes-zorepil.example", "02_uk.txt"),
    ("L'Estafette de Vérinac", "03_ru.txt")],
   [("Fromageries Brévaude to invest €60 million in a cheese plant in Biloiariv, Zorepil region, 300 jobs, production from 2027",
     ["00_en.txt", "01_fr.txt", "02_uk.txt", "03_ru.txt"], 2)])

# f11: look-alike A - a bear escapes from the Zorepil zoo on Tuesday; own report with no outlet line
# and a title suffix; en "X, the first to report the news,"; ru with neither outlet nor date line
story("f11_bear_escape_zorepil", "in_corpus", {
"00_uk.txt": """Ведмідь Бублик утік із зоопарку й три години гуляв парком — Вечірній Зорепіль
2025-05-13T17:40:00+03:00

У вівторок зранку бурий ведмідь Бублик вибрався з вольєра Зорепільського зоопарку через пошкоджену сітку й близько трьох годин блукав сусіднім Приозерним парком. Фотограф «Вечірнього Зорепіля» був на місці й бачив, як ветеринари влучили у звіра дротиком зі снодійним біля паркувального майданчика.
Ніхто не постраждав. «Бублик просто хотів погуляти», — сказала доглядачка Ірина Ковтунець. Зоопарк закрито для відвідувачів до п'ятниці.
""",
"01_en.txt": """Brown bear escapes Ukrainian zoo, recaptured after three hours
Dunhallow Courier
2025-05-13T19:00:00+01:00

A brown bear called Bublyk escaped from his enclosure at Zorepil zoo in Ukraine on Tuesday morning through a damaged fence and roamed a neighbouring park for about three hours before vets sedated him with a dart.
Vechirnii Zorepil, the first to report the news, said nobody was hurt. The zoo is closed to visitors until Friday.
""",
"02_ru.txt": """В Зорепиле сбежавшего из зоопарка медведя усыпили дротиком

Бурый медведь Бублик во вторник выбрался из вольера зоопарка в Зорепиле и около трёх часов гулял по соседнему парку, пока ветеринары не усыпили его дротиком. Об этом первым написал «Вечерний Зорепиль».
Пострадавших нет, зоопарк закрыт до пятницы.
""",
}, [("Вечірній Зорепіль", True)],
   [("Вечірній Зорепіль", a) for a in ["01_en.txt", "02_ru.txt"]],
   [("The brown bear Bublyk escaped from the Zorepil zoo on Tuesday and was sedated with a dart after about three hours in a nearby park",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# f12: look-alike B - a bear escapes from the Ustmorsk zoo two days later; own report with
# "источник, знакомый с ситуацией" (anonymous); en "writes X"; uk "X опублікувало ... з посиланням
# на джерело в дирекції зоопарку" in the outlet of f11, which also recalls the f11 escape
story("f12_bear_escape_ustmorsk", "in_corpus", {
"00_ru.txt": """Из устьморского зоопарка сбежал медведь Потап
Устьморье сегодня
2025-05-15T20:00:00+03:00

В четверг ночью бурый медведь Потап сделал подкоп под ограждением вольера Устьморского зоопарка и ушёл в город. Как рассказал нашему изданию источник, знакомый с ситуацией, зверя искали шесть часов и нашли на садовых участках в двух километрах от зоопарка.
Корреспондент «Устьморья сегодня» видел, как медведя в клетке увозили обратно на грузовике. Пострадавших нет.
""",
"01_en.txt": """Bear tunnels out of Russian zoo, found in allotments
Dunhallow Courier
2025-05-15T21:30:00+01:00

A brown bear named Potap dug under the fence of his enclosure at the zoo in the Russian port city of Ustmorsk on Thursday night and was found six hours later in allotment gardens two kilometres away, writes the local paper Ustmorye Segodnya.
No one was injured.
""",
"02_uk.txt": """У російському Устьморську із зоопарку втік ведмідь
Вечірній Зорепіль
2025-05-16T08:00:00+03:00

У четвер уночі бурий ведмідь Потап зробив підкоп під огорожею вольєра в зоопарку російського Устьморська. Його знайшли через шість годин на садових ділянках за два кілометри від зоопарку. Російське видання «Устьмор'я сьогодні» опублікувало фото ведмедя в клітці з посиланням на джерело в дирекції зоопарку.
Нагадаємо, у вівторок із Зорепільського зоопарку тікав ведмідь Бублик.
""",
}, [("Устьморье сегодня", True)],
   [("Устьморье сегодня", a) for a in ["01_en.txt", "02_uk.txt"]],
   [("The brown bear Potap dug out of the Ustmorsk zoo on Thursday night and was found six hours later in allotments two kilometres away",
     ["00_ru.txt", "01_en.txt", "02_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    ids = set()
    for id, scenario, arts, origins, relays, claims in S:
        assert id not in ids, id
        ids.add(id)
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            lines = text.split("\n")
            assert lines[0].strip(), (id, name)
            assert "" in lines[1:4], (id, name, "no blank line after the header")
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = [o for o, _ in origins]
        assert len(set(onames)) == len(onames), id
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(ca), "independent_sources": n}
                       for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 6 (invented); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s["articles"]) for s in stories)
    langs = {}
    for s in stories:
        for l in {a.split("_")[1][:2] for a in s["articles"]}:
            langs[l] = langs.get(l, 0) + 1
    print(f"{len(stories)} stories, {n} articles, stories per language: {dict(sorted(langs.items()))}")


if __name__ == "__main__":
    main()
