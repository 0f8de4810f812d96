#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand53 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: Reuters (outside) relayed as short items: en aggregator with only a title suffix "– Reuters";
# uk "ТЕРМІНОВО" with a trailing "(Reuters)"; de "Eilmeldung" "sagte … der Nachrichtenagentur
# Reuters"; ru headline + one sentence with trailing "— Reuters". Beside them a long own report by
# Суспільне (correspondent at the river station) and a uk brief whose only credit is "Джерело: Суспільне".
story("s01_reuters_briefs_danube_ferry", "agency_briefs_plus_own_report", {
"00_en.txt": """Passenger ferry runs aground on Danube in southern Ukraine, 140 taken off – Reuters
Yahoo News
2027-05-03 09:12

A passenger ferry carrying 140 people ran aground on the Danube near the Ukrainian river port of Ostrivne on Monday morning, and all passengers were taken off by rescue boats. Nobody was injured, port authority spokeswoman Olena Hrytsai said, blaming unusually low water on the river.
""",
"01_uk.txt": """ТЕРМІНОВО. На Дунаї біля Острівного сів на мілину пором зі 140 пасажирами
УНІАН
03.05.2027 09:30

Пасажирський пором зі 140 людьми на борту в понеділок уранці сів на мілину на Дунаї поблизу Острівного на Одещині. Усіх пасажирів зняли рятувальні катери (Reuters).
""",
"02_de.txt": """Eilmeldung: Fähre mit 140 Passagieren auf der Donau auf Grund gelaufen
ZEIT ONLINE
3. Mai 2027

Im Süden der Ukraine ist am Montagmorgen eine Passagierfähre mit 140 Menschen an Bord auf der Donau nahe dem Flusshafen Ostriwne auf Grund gelaufen. Alle Passagiere seien mit Rettungsbooten an Land gebracht worden, verletzt worden sei niemand, sagte eine Sprecherin der Hafenbehörde, Olena Hryzaj, der Nachrichtenagentur Reuters. Als Grund nannte sie den ungewöhnlich niedrigen Wasserstand.
""",
"03_uk.txt": """«Такої води не було двадцять років»: в Острівному пасажирів порома «Приморець» зняли з мілини
Суспільне
2027-05-03T13:45:00+03:00

Пасажирський пором «Приморець», який курсує між Острівним і Вилковим, у понеділок о 7:40 сів на піщану мілину приблизно за три кілометри нижче за течією від Острівного. На борту були 140 пасажирів. Кореспондентка Суспільного Ірина Вакуленко побувала на річковому вокзалі Острівного, куди рятувальні катери доправили всіх людей.

«Такої низької води на Дунаї я не бачив двадцять років. Фарватер, яким ми ходили ще минулого тижня, просто зник», — розповів Суспільному капітан порома Віктор Дуднік.

Пасажири чекали на катери понад дві години. «Спочатку думали, що постоїмо п'ять хвилин і поїдемо далі. Потім капітан оголосив, що по нас прийдуть човни», — сказала нашій кореспондентці жителька Вилкового Тетяна Гончарук, яка їхала до доньки з двома онуками.

Перевізник «Дунайська переправа» призупинив рейси між Острівним і Вилковим, доки не підніметься рівень води. Буксир має спробувати стягнути «Приморець» з мілини ввечері.
""",
"04_uk.txt": """Капітан порома, що сів на мілину на Дунаї: такої низької води не було 20 років
Українська правда
03.05.2027 15:20

Капітан порома «Приморець» Віктор Дуднік, який уранці сів на мілину біля Острівного зі 140 пасажирами (усіх людей зняли рятувальні катери), заявив, що не пам'ятає такого низького рівня Дунаю за двадцять років. Рейси між Острівним і Вилковим призупинено.

Джерело: Суспільне
""",
"05_ru.txt": """На Дунае у Островного сел на мель паром со 140 пассажирами
Корреспондент.net
2027-05-03 10:05

Паром со 140 пассажирами в понедельник утром сел на мель на Дунае возле порта Островное в Одесской области, всех людей сняли спасательные катера — Reuters
""",
}, [
 {"name": "Reuters", "in_corpus": False},
 {"name": "Суспільне", "in_corpus": True},
], [
 {"origin": "Reuters", "article": "00_en.txt"},
 {"origin": "Reuters", "article": "01_uk.txt"},
 {"origin": "Reuters", "article": "02_de.txt"},
 {"origin": "Reuters", "article": "05_ru.txt"},
 {"origin": "Суспільне", "article": "04_uk.txt"},
], [
 {"text": "A passenger ferry carrying 140 people ran aground on the Danube near Ostrivne and all passengers were taken off.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt", "03_uk.txt", "04_uk.txt", "05_ru.txt"], "independent_sources": 2},
 {"text": "Port authority spokeswoman Olena Hrytsai said nobody was injured and blamed unusually low water.",
  "articles": ["00_en.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Captain Viktor Dudnik said the Danube had not been this low for twenty years.",
  "articles": ["03_uk.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Ferry services between Ostrivne and Vylkove were suspended.",
  "articles": ["03_uk.txt", "04_uk.txt"], "independent_sources": 1},
])

# s02: in-corpus scoop by РБК-Україна (two government sources). Relays: uk item (no date line) whose
# only credit is the title suffix "— РБК-Україна"; ru "СРОЧНО" with trailing "(РБК-Украина)"; en
# Kyiv Post credits "RBC-Ukraine reported" AND gets its own confirmation from the ministry press office
# (second in-corpus origin); de brief credits only the Kyiv Post (chain → edge from Kyiv Post).
story("s02_rbc_scoop_deputy_minister", "in_corpus_scoop_title_suffix_chain", {
"00_uk.txt": """Заступник міністра енергетики Олег Тарнавський подав у відставку, — джерела
РБК-Україна
2027-05-05 11:02

Заступник міністра енергетики Олег Тарнавський написав заяву про звільнення. Про це РБК-Україна розповіли два джерела в Кабінеті міністрів.

За словами співрозмовників видання, відставка пов'язана з внутрішнім аудитом закупівель трансформаторів для обленерго, який міністерство завершило минулого тижня. Аудитори нібито знайшли контракти, ціни в яких на третину перевищували ринкові.

Уряд має розглянути заяву на найближчому засіданні. Сам Тарнавський на дзвінки РБК-Україна не відповів.
""",
"01_uk.txt": """Заступник міністра енергетики Тарнавський подав у відставку — РБК-Україна
Фокус

Причиною відставки називають внутрішній аудит закупівель трансформаторів для обленерго. Кабмін розгляне заяву найближчим часом.
""",
"02_ru.txt": """СРОЧНО. Замминистра энергетики Тарнавский подал в отставку
Страна.ua
05.05.2027 11:40

Заместитель министра энергетики Олег Тарнавский написал заявление об увольнении на фоне аудита закупок трансформаторов для облэнерго (РБК-Украина).
""",
"03_en.txt": """Ukraine's deputy energy minister Tarnavskyi resigns
Kyiv Post
2027-05-05T16:10:00+03:00

Ukraine's Deputy Energy Minister Oleh Tarnavskyi has submitted his resignation, RBC-Ukraine reported on Wednesday, citing two sources in the Cabinet of Ministers.

The Energy Ministry's press office confirmed to the Kyiv Post that Tarnavskyi had filed a letter of resignation, but declined to say why. "The letter has been forwarded to the Cabinet, which will take the decision," a spokesperson said.

Tarnavskyi, 44, was appointed in 2025 and oversaw grid repairs and equipment procurement. The government is expected to consider his resignation at its next meeting.
""",
"04_de.txt": """Ukrainischer Vize-Energieminister reicht Rücktritt ein
n-tv
5. Mai 2027

Der ukrainische Vize-Energieminister Oleh Tarnawskyj hat seinen Rücktritt eingereicht. Das Energieministerium in Kiew bestätigte der Zeitung Kyiv Post das Rücktrittsschreiben, nannte aber keine Gründe.
""",
}, [
 {"name": "РБК-Україна", "in_corpus": True},
 {"name": "Kyiv Post", "in_corpus": True},
], [
 {"origin": "РБК-Україна", "article": "01_uk.txt"},
 {"origin": "РБК-Україна", "article": "02_ru.txt"},
 {"origin": "РБК-Україна", "article": "03_en.txt"},
 {"origin": "Kyiv Post", "article": "04_de.txt"},
], [
 {"text": "Deputy Energy Minister Oleh Tarnavskyi submitted his resignation.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "The resignation is linked to an internal audit of transformer purchases for regional power companies.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
])

# s03: ТАСС (outside) plus two in-corpus agencies with their own sources (РИА Новости, Интерфакс).
# ru aggregator "СРОЧНО" brief with trailing "— ТАСС"; en BBC credits TASS and RIA Novosti (two edges);
# de "Eilmeldung" "meldet die russische Staatsagentur Tass"; ru Газета.Ru copies the first sentence of
# the Лента.ру brief word for word and credits nobody (edge from Лента.ру; root ТАСС).
story("s03_tass_roof_collapse", "agency_briefs_two_own_agencies_uncredited_copy", {
"00_ru.txt": """СРОЧНО: В Новосибирске обрушилась часть крыши торгового центра «Полярис»
Лента.ру
2027-05-07 08:15

В Новосибирске обрушилась часть крыши торгового центра «Полярис» на улице Станционной, пострадали три человека. Обрушение произошло около семи утра по местному времени, до открытия магазинов — ТАСС
""",
"01_ru.txt": """Пострадавших при обрушении кровли ТЦ в Новосибирске госпитализировали
РИА Новости
07.05.2027 08:31

Три человека, пострадавшие при обрушении части кровли торгового центра «Полярис» в Новосибирске, госпитализированы, сообщили РИА Новости в пресс-службе регионального ГУ МЧС. По словам собеседника агентства, все трое — сотрудники клининговой компании, работавшие в торговом зале.
""",
"02_en.txt": """Roof collapses at Novosibirsk shopping centre, three hurt
BBC
2027-05-07T10:05:00+00:00

Part of the roof of the Polyaris shopping centre in the Siberian city of Novosibirsk caved in early on Friday, injuring three people, Russian state news agency TASS reported.

All three injured have been taken to hospital, RIA Novosti quoted the regional emergencies ministry as saying.

The centre, which opened in 2009, had been closed to the public at night while its roof was being repaired, TASS said.
""",
"03_de.txt": """Eilmeldung: Dach von Einkaufszentrum in Nowosibirsk eingestürzt
n-tv
7. Mai 2027

In der sibirischen Großstadt Nowosibirsk ist ein Teil des Dachs eines Einkaufszentrums eingestürzt. Drei Menschen wurden verletzt, meldet die russische Staatsagentur Tass.
""",
"04_ru.txt": """Источник назвал возможную причину обрушения кровли ТЦ «Полярис»
Интерфакс
2027-05-07 09:50

Причиной обрушения части кровли торгового центра «Полярис» в Новосибирске, при котором пострадали три человека, могло стать нарушение технологии при ремонте крыши, сообщил «Интерфаксу» источник в экстренных службах региона.

«На кровлю складировали рулоны утеплителя, нагрузка оказалась выше расчетной», — сказал собеседник агентства. Прокуратура начала проверку.
""",
"05_ru.txt": """В Новосибирске рухнула крыша торгового центра
Газета.Ru
07.05.2027 10:30

В Новосибирске обрушилась часть крыши торгового центра «Полярис» на улице Станционной, пострадали три человека. Кровля рухнула рано утром, когда магазины еще не открылись.
""",
}, [
 {"name": "ТАСС", "in_corpus": False},
 {"name": "РИА Новости", "in_corpus": True},
 {"name": "Интерфакс", "in_corpus": True},
], [
 {"origin": "ТАСС", "article": "00_ru.txt"},
 {"origin": "ТАСС", "article": "02_en.txt"},
 {"origin": "РИА Новости", "article": "02_en.txt"},
 {"origin": "ТАСС", "article": "03_de.txt"},
 {"origin": "Лента.ру", "article": "05_ru.txt"},
], [
 {"text": "Part of the roof of the Polyaris shopping centre in Novosibirsk collapsed and three people were injured.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_ru.txt", "05_ru.txt"], "independent_sources": 3},
 {"text": "The collapse happened early in the morning before the shops opened.",
  "articles": ["00_ru.txt", "05_ru.txt"], "independent_sources": 1},
 {"text": "The three injured were employees of a cleaning company.",
  "articles": ["01_ru.txt"], "independent_sources": 1},
 {"text": "A breach of technology during roof repairs (insulation stored on the roof) may have caused the collapse.",
  "articles": ["04_ru.txt"], "independent_sources": 1},
])

# s04: Bild's own report (its reporter was on the train). Relays: MSN brief whose only credit is the
# title suffix "| Bild"; Der Spiegel ("Zuerst hatte »Bild« berichtet" + own confirmation from a rail
# spokeswoman → second in-corpus origin); en The Local (no date line) "German tabloid Bild reported";
# ru DW credits only Der Spiegel (chain); uk ТСН headline + one sentence "пише Bild".
story("s04_bild_ice_tunnel", "tabloid_scoop_title_suffix_chain", {
"00_de.txt": """ICE-Drama im Mühlberg-Tunnel: 400 Fahrgäste fünf Stunden gefangen
Bild
2027-05-09 22:40

Fünf Stunden Hitze, kein Licht, keine Durchsagen: Der ICE 1587 von Hamburg nach München ist am Sonntagnachmittag im Mühlberg-Tunnel zwischen Fulda und Würzburg stehen geblieben. Rund 400 Fahrgäste saßen fest. BILD-Reporter Jonas Kellermann saß selbst im Zug.

Um 15.20 Uhr ruckelte der Zug und stand. Die Klimaanlage fiel aus, nach einer Stunde waren es in den Wagen mehr als 30 Grad. Eine ältere Frau brach in Wagen 7 zusammen und wurde von einem mitreisenden Arzt und später von Sanitätern versorgt.

„Wir haben stundenlang nichts gehört. Die Zugbegleiterin wusste selbst nichts", sagte Fahrgast Melanie Berger (38) zu BILD. Erst gegen 20.30 Uhr führte die Feuerwehr die Reisenden durch einen Notausgang ins Freie, wo Busse warteten.
""",
"01_de.txt": """400 Fahrgäste fünf Stunden im ICE-Tunnel gefangen | Bild
MSN
09.05.2027 23:05

Ein ICE ist am Sonntagnachmittag im Mühlberg-Tunnel zwischen Fulda und Würzburg liegen geblieben. Die rund 400 Fahrgäste saßen fünf Stunden ohne Klimaanlage fest, bis die Feuerwehr sie durch einen Notausgang ins Freie brachte.
""",
"02_de.txt": """Fünf Stunden im Tunnel: Oberleitungsschaden legte ICE lahm
Der Spiegel
10. Mai 2027

Ein gerissener Fahrdraht hat am Sonntag einen ICE mit rund 400 Fahrgästen im Mühlberg-Tunnel zwischen Fulda und Würzburg für fünf Stunden festgesetzt. Zuerst hatte »Bild« über den Vorfall berichtet.

Eine Bahnsprecherin bestätigte dem SPIEGEL, dass ein Schaden an der Oberleitung die Ursache war. Eine Evakuierung über den Nachbarzug sei geprüft, wegen der Enge im Tunnel aber verworfen worden. Die Strecke sei seit Montagmorgen wieder befahrbar.

Der Fahrgastverband Pro Bahn fordert nun, dass Züge bei Pannen in Tunneln schneller geräumt werden.
""",
"03_en.txt": """Hundreds trapped for five hours on ICE train in German tunnel
The Local

Around 400 passengers were stuck for five hours without air conditioning when their ICE high-speed train broke down in the Mühlberg tunnel between Fulda and Würzburg on Sunday, German tabloid Bild reported.

An elderly woman collapsed in the heat and was treated by paramedics, according to Bild, whose reporter was on board. Firefighters led the passengers out through an emergency exit at about 8:30 pm.
""",
"04_ru.txt": """Пассажиры ICE провели пять часов в тоннеле в Германии
DW
2027-05-10T12:00:00+02:00

Около 400 пассажиров скоростного поезда ICE провели пять часов в тоннеле Мюльберг между Фульдой и Вюрцбургом. Как сообщает журнал Der Spiegel со ссылкой на Deutsche Bahn, причиной остановки стал обрыв контактного провода. Движение на участке восстановлено.
""",
"05_uk.txt": """У Німеччині 400 пасажирів ICE п'ять годин просиділи в тунелі
ТСН
10.05.2027 08:15

Поїзд ICE зупинився в тунелі Мюльберг між Фульдою та Вюрцбургом, і близько 400 пасажирів провели в ньому п'ять годин без кондиціонування, пише Bild.
""",
}, [
 {"name": "Bild", "in_corpus": True},
 {"name": "Der Spiegel", "in_corpus": True},
], [
 {"origin": "Bild", "article": "01_de.txt"},
 {"origin": "Bild", "article": "02_de.txt"},
 {"origin": "Bild", "article": "03_en.txt"},
 {"origin": "Der Spiegel", "article": "04_ru.txt"},
 {"origin": "Bild", "article": "05_uk.txt"},
], [
 {"text": "About 400 passengers were stuck for five hours in an ICE train in the Mühlberg tunnel between Fulda and Würzburg.",
  "articles": ["00_de.txt", "01_de.txt", "02_de.txt", "03_en.txt", "04_ru.txt", "05_uk.txt"], "independent_sources": 2},
 {"text": "The passengers were without air conditioning.",
  "articles": ["00_de.txt", "01_de.txt", "03_en.txt", "05_uk.txt"], "independent_sources": 1},
 {"text": "An elderly woman collapsed in the heat and was treated by paramedics.",
  "articles": ["00_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Firefighters led the passengers out through an emergency exit.",
  "articles": ["00_de.txt", "01_de.txt", "03_en.txt"], "independent_sources": 1},
])

# s05: Укрінформ's own short brief (its correspondent talked to the expedition head). Главком copies
# its first sentence word for word and credits nobody (edge from Укрінформ); ТСН headline + one
# sentence "повідомляє Укрінформ"; en "state news agency Ukrinform reported" + "told Ukrinform";
# de without outlet line "berichtet die ukrainische Nachrichtenagentur Ukrinform".
story("s05_ukrinform_coin_hoard", "own_brief_uncredited_copy", {
"00_uk.txt": """На Житомирщині археологи знайшли глечик із 1200 срібними монетами XVII століття
Укрінформ
2027-05-12 12:10

Під час розкопок біля села Соснівці на Житомирщині археологи знайшли глиняний глечик із понад 1200 срібними монетами XVII століття. Про це кореспондентові Укрінформу розповів керівник експедиції Андрій Мельничук. «Більшість монет — польські півтораки, але є й кілька шведських талерів», — зазначив він. Скарб передадуть до обласного краєзнавчого музею.
""",
"01_uk.txt": """Скарб на Житомирщині: у глечику знайшли понад тисячу срібних монет
Главком
12.05.2027 13:05

Під час розкопок біля села Соснівці на Житомирщині археологи знайшли глиняний глечик із понад 1200 срібними монетами XVII століття. Знахідка поповнить колекцію обласного краєзнавчого музею.
""",
"02_uk.txt": """Археологи на Житомирщині знайшли скарб срібних монет
ТСН
12 травня 2027, 14:00

Біля Соснівців на Житомирщині розкопали глечик, у якому було понад 1200 срібних монет XVII століття, повідомляє Укрінформ.
""",
"03_en.txt": """Archaeologists unearth jug of 1,200 silver coins in Ukraine's Zhytomyr region
The Kyiv Independent
2027-05-12T15:30:00+03:00

Archaeologists digging near the village of Sosnivtsi in Zhytomyr Oblast have found a clay jug holding more than 1,200 silver coins from the 17th century, state news agency Ukrinform reported on May 12.

"Most of the coins are Polish półtoraks, but there are also several Swedish thalers," expedition leader Andriy Melnychuk told Ukrinform.
""",
"04_de.txt": """Münzschatz aus dem 17. Jahrhundert in der Ukraine entdeckt
12.05.2027

Archäologen haben in der Nordukraine nahe dem Dorf Sosniwzi einen Tonkrug mit mehr als 1200 Silbermünzen aus dem 17. Jahrhundert gefunden, berichtet die ukrainische Nachrichtenagentur Ukrinform.
""",
}, [
 {"name": "Укрінформ", "in_corpus": True},
], [
 {"origin": "Укрінформ", "article": "01_uk.txt"},
 {"origin": "Укрінформ", "article": "02_uk.txt"},
 {"origin": "Укрінформ", "article": "03_en.txt"},
 {"origin": "Укрінформ", "article": "04_de.txt"},
], [
 {"text": "Archaeologists near Sosnivtsi in Zhytomyr region found a clay jug with more than 1,200 silver 17th-century coins.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Expedition leader Andriy Melnychuk said most coins are Polish półtoraks with several Swedish thalers.",
  "articles": ["00_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The hoard will go to the regional museum of local lore.",
  "articles": ["00_uk.txt", "01_uk.txt"], "independent_sources": 1},
])

# s06: AP (outside) and the BBC's own correspondent. en Sky News "BREAKING:" "… AP reports. More to
# follow."; ru РИА Новости "сообщает агентство Ассошиэйтед Пресс"; de tagesschau.de "berichtet die
# BBC"; uk УНІАН one sentence whose only credit is the line "Джерело: BBC".
story("s06_ap_bbc_oregon_wildfire", "breaking_agency_plus_correspondent", {
"00_en.txt": """BREAKING: Wildfire forces 3,000 from homes in Oregon
Sky News
2027-05-15 03:12

About 3,000 people have been ordered to leave their homes in and around the town of Cedar Hollow, Oregon, as the fast-moving Whitlock Fire spreads through dry forest, AP reports. More to follow.
""",
"01_en.txt": """Oregon wildfire: 'We had ten minutes to get out'
BBC
2027-05-15T14:30:00+00:00

Ash was still falling on the car park of Cedar Hollow High School on Saturday afternoon as families who had fled the Whitlock Fire queued for camp beds and water. About 3,000 people from the town and the surrounding valley were ordered to evacuate overnight.

"The deputy knocked at two in the morning and said we had ten minutes," retired mill worker Gary Lindqvist told the BBC at the evacuation centre. "I took the dog and my wife's medicines. That's it."

The fire has grown to about 8,000 acres since it was spotted on Friday evening and is 5% contained. At least 12 homes have been destroyed, Marlow County Sheriff Dana Whitcombe told the BBC, adding that no deaths had been reported.

Firefighters expect winds to ease on Sunday, but forecasters warn the region has had its driest spring in three decades.
""",
"02_de.txt": """Waldbrand in Oregon: 3000 Menschen auf der Flucht
tagesschau.de
15.05.2027 17:45

Im US-Bundesstaat Oregon hat ein Waldbrand rund 3000 Menschen aus ihren Häusern vertrieben. Betroffen sind der Ort Cedar Hollow und das umliegende Tal. Mindestens zwölf Häuser seien zerstört worden, sagte der örtliche Sheriff der BBC.
""",
"03_ru.txt": """В Орегоне из-за лесного пожара эвакуировали три тысячи человек
РИА Новости
2027-05-15 07:20

Около трех тысяч жителей города Сидар-Холлоу в американском штате Орегон и его окрестностей получили предписание покинуть дома из-за быстро распространяющегося лесного пожара, сообщает агентство Ассошиэйтед Пресс.
""",
"04_uk.txt": """В Орегоні через лісову пожежу евакуювали 3 тисячі людей
УНІАН
15 травня 2027, 18:05

Лісова пожежа в американському штаті Орегон змусила близько 3 тисяч людей залишити свої домівки, щонайменше 12 будинків згоріли.

Джерело: BBC
""",
}, [
 {"name": "AP", "in_corpus": False},
 {"name": "BBC", "in_corpus": True},
], [
 {"origin": "AP", "article": "00_en.txt"},
 {"origin": "AP", "article": "03_ru.txt"},
 {"origin": "BBC", "article": "02_de.txt"},
 {"origin": "BBC", "article": "04_uk.txt"},
], [
 {"text": "About 3,000 people were ordered to evacuate around Cedar Hollow, Oregon, because of a wildfire.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_uk.txt"], "independent_sources": 2},
 {"text": "At least 12 homes were destroyed, the county sheriff said.",
  "articles": ["01_en.txt", "02_de.txt", "04_uk.txt"], "independent_sources": 1},
])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 53 (short aggregator and live-feed items; real outlet names, invented events and people); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
