#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand14 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# n01: outside Polish regional wire agency relayed 4x: "Word of the hoard came on Thursday in a
# dispatch from NAI" + "was quoted as saying in the dispatch" + "the agency's dispatch added";
# "Новину в четвер оприлюднила польська регіональна агенція" + "Агенції … розповів" + "Як зазначає
# NAI"; "Сведения о находке в четверг выпустило польское региональное агентство" + "пересказывает
# агентство" + "по версии NAI"; "Das geht aus einer Meldung der polnischen Regionalagentur … hervor"
# + "zitiert die Agentur den Finder". The finder, the heritage officer and the farm owner are not origins.
story("n01_agency_coin_hoard", "agency", {
"00_en.txt": """Ukrainian farmhand unearths 1,300 medieval coins in eastern Poland
Eastmarch Review
2026-10-08T17:10:00+03:00

A Ukrainian seasonal worker digging a drainage ditch in eastern Poland has unearthed a clay pot holding about 1,340 silver coins from the fifteenth century, one of the largest finds of its kind in the region in decades.

Word of the hoard came on Thursday in a dispatch from NAI, the Nadbużańska Agencja Informacyjna, a small regional news agency based in Biała Rzeczna. The agency identified the finder as Bohdan Kovalyk, 41, from the town of Verkhnia Lypytsia in western Ukraine, who has worked on the same farm near the village of Wólka Sitarska for six summers.

"The spade hit something hard, and then there was green metal everywhere," Kovalyk was quoted as saying in the dispatch. He called the farm's owner, Marek Sadura, who in turn called the police.

Dr Helena Rudzka of the provincial heritage office, who examined the pot on Wednesday, said most of the coins appeared to be half-groats and that the hoard had probably been buried in the 1460s, perhaps by a merchant fleeing a fire.

Under Polish law the coins belong to the state, but the finder and the landowner can claim a reward, the agency's dispatch added. The hoard will be cleaned and catalogued at the provincial museum in Biała Rzeczna.
""",
"01_uk.txt": """Заробітчанин із Верхньої Липиці викопав у Польщі скарб із 1340 срібних монет
Прибузький вісник
08.10.2026 18:30

41-річний Богдан Ковалик із Верхньої Липиці, який шосте літо поспіль працює на фермі на сході Польщі, натрапив на глиняний горщик, повний срібних монет XV століття.

Новину в четвер оприлюднила польська регіональна агенція NAI (Nadbużańska Agencja Informacyjna). Агенції Ковалик розповів, що копав дренажну канаву біля села Вулька Ситарська, коли лопата вдарилася об щось тверде. «А потім усюди було зелене від окису срібло», — цитують його слова.

Власник ферми Марек Садура викликав поліцію. У середу знахідку оглянула доктор Гелена Рудзька з воєводської служби охорони пам'яток. Вона налічила близько 1340 монет, переважно півгрошів, і вважає, що скарб закопали в 1460-х роках — можливо, купець, який тікав від пожежі.

Як зазначає NAI, за польським законом скарб належить державі, однак знахідник і власник землі можуть отримати винагороду. Монети очистять і опишуть у воєводському музеї в Бялій Жечній.
""",
"02_ru.txt": """Украинский сезонный рабочий нашёл в Польше клад средневекового серебра
Заречный листок
2026-10-08 19:45

Глиняный горшок примерно с 1340 серебряными монетами XV века выкопал на востоке Польши сезонный рабочий из Украины Богдан Ковалик. Сведения о находке в четверг выпустило польское региональное агентство NAI (Nadbużańska Agencja Informacyjna).

41-летний Ковалик шестой год подряд приезжает на ферму у деревни Вулька Ситарская. По версии NAI, он рыл дренажную канаву, когда лопата наткнулась на горшок. Хозяин фермы Марек Садура сразу вызвал полицию.

Осмотревшая клад сотрудница воеводской службы охраны памятников Хелена Рудзкая, как пересказывает агентство, считает, что большую часть составляют полугроши, а зарыли их в 1460-х годах.

По польским законам клад принадлежит государству, но нашедший и владелец земли вправе рассчитывать на вознаграждение. Монеты передадут в воеводский музей в Бяла-Жечне.
""",
"03_de.txt": """Erntehelfer aus der Ukraine stößt auf Silberschatz
Auental-Anzeiger
9. Oktober 2026

Beim Ausheben eines Entwässerungsgrabens im Osten Polens hat ein ukrainischer Saisonarbeiter einen Tontopf mit rund 1340 Silbermünzen aus dem 15. Jahrhundert gefunden. Das geht aus einer Meldung der polnischen Regionalagentur NAI (Nadbużańska Agencja Informacyjna) vom Donnerstag hervor.

Der 41-jährige Bohdan Kowalyk arbeitet seit sechs Sommern auf einem Hof beim Dorf Wólka Sitarska. „Der Spaten stieß auf etwas Hartes, und dann war überall grünes Metall“, zitiert die Agentur den Finder.

Nach einer ersten Begutachtung durch die Denkmalpflegerin Helena Rudzka handelt es sich überwiegend um Halbgroschen, die um 1460 vergraben worden sein dürften. Der Schatz gehört nach polnischem Recht dem Staat; Finder und Grundbesitzer können auf einen Finderlohn hoffen.
"""},
[{"name": "Nadbużańska Agencja Informacyjna", "in_corpus": False}],
[{"origin": "Nadbużańska Agencja Informacyjna", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"]],
[{"text": "A Ukrainian seasonal worker found about 1,340 fifteenth-century silver coins on a farm near Wólka Sitarska in eastern Poland.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1}])

# n02: own report (reporter in the village at 7:30, villagers told the paper), relayed by en with
# "was first to report the breach" and by ru under a translated name ("как выяснила … «Полесская
# заря»"). The village council head, the lessee company and the rescuers are not origins.
story("n02_own_pond_dam", "own_report", {
"00_uk.txt": """В Ольшаниці прорвало греблю ставка: вода затопила 23 садиби
Поліська зоря
2026-10-12 11:20

Уночі проти понеділка в селі Ольшаниця прорвало земляну греблю рибного ставка. Вода ринула вниз по вулиці Луговій і затопила подвір'я та льохи щонайменше 23 садиб.

Наш кореспондент приїхав до Ольшаниці о пів на восьму ранку. Вода на Луговій тоді ще стояла по коліно, люди виносили з хат мокрі матраци, а в проломі завширшки метрів вісім досі шуміла вода.

«Я прокинулася о третій від того, що в хаті хлюпає. Відкрила двері — а там ставок», — розповіла «Поліській зорі» 67-річна Ганна Дідух.

Ставок орендує ТОВ «Ольшанський карась». Сільський голова Петро Яцюк сказав нашому виданню, що ще влітку люди скаржилися: орендар підняв рівень води майже на метр. У ТОВ «Ольшанський карась» на дзвінки редакції не відповіли.

Рятувальники відкачують воду з льохів. Ніхто не постраждав.
""",
"01_en.txt": """Fish-pond dam bursts in Ukrainian village, flooding 23 homes
Eastmarch Review
2026-10-12T15:05:00+03:00

An earthen dam holding back a fish pond gave way overnight into Monday in the village of Olshanytsia in northern Ukraine, sending water down one street and into the yards and cellars of at least 23 homes.

The regional newspaper Poliska Zoria, whose correspondent was in the village by 7.30am, was first to report the breach. Water was still knee-deep in the street at the time and pouring through a gap some eight metres wide, the paper said.

"I woke up at three because something was splashing inside the house. I opened the door and the pond was there," Hanna Didukh, 67, told the paper.

The pond is leased by a company called Olshanskyi Karas. The head of the village council, Petro Yatsiuk, said residents had complained in the summer that the tenant had raised the water level by almost a metre. Nobody was hurt.
""",
"02_ru.txt": """В украинском селе прорвало плотину пруда, затоплены 23 двора
Северный обзор-Инфо
12.10.2026 16:40

В ночь на понедельник в селе Ольшаница на севере Украины прорвало земляную плотину рыбного пруда. Вода затопила дворы и погреба как минимум 23 домов, как выяснила украинская региональная газета «Полесская заря», корреспондент которой был на месте уже утром.

Пролом, по данным газеты, достигает восьми метров. «Проснулась в три часа — в доме хлюпает. Открыла дверь, а там пруд», — рассказала газете 67-летняя Анна Дидух.

Пруд арендует ООО «Ольшанский карась». Сельский голова Петр Яцюк утверждает, что жители ещё летом жаловались на то, что арендатор поднял уровень воды почти на метр. Пострадавших нет.
"""},
[{"name": "Поліська зоря", "in_corpus": True}],
[{"origin": "Поліська зоря", "article": "01_en.txt"}, {"origin": "Поліська зоря", "article": "02_ru.txt"}],
[{"text": "An earthen fish-pond dam burst overnight in Olshanytsia, flooding the yards and cellars of at least 23 homes.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1}])

# n03: chain of four de -> en -> uk -> ru (each credits only the step before), plus fr crediting the
# de paper directly. Own: "Der Anzeiger saß am Dienstagabend im Sitzungssaal" + "sagte
# Bürgermeisterin … nach der Sitzung dem Anzeiger"; "reported the local paper Auental-Anzeiger,
# which sat in on the vote" + "the mayor told the Anzeiger"; "Історію розповідає англомовний портал
# Eastmarch Review" + "За даними порталу"; "передаёт украинский портал «Вектор-Новости»";
# "rapporte le quotidien local Auental-Anzeiger, présent dans la salle". Mayor, council, coach not origins.
story("n03_chain_pool_closure", "chain", {
"00_de.txt": """Kirchbrenn gibt sein Hallenbad auf
Auental-Anzeiger
14.10.2026 06:30

Das Hallenbad am Mühlenwall schließt zum Jahresende endgültig. Der Stadtrat von Kirchbrenn hat am Dienstagabend mit 14 zu 9 Stimmen beschlossen, das 1974 eröffnete Bad nicht mehr zu sanieren. Der Anzeiger saß am Dienstagabend im Sitzungssaal, als nach knapp drei Stunden Debatte abgestimmt wurde.

Eine Sanierung würde nach einem Gutachten rund 6,8 Millionen Euro kosten, allein die Energiekosten sind seit 2022 um das Dreifache gestiegen. „Wir haben das Geld schlicht nicht“, sagte Bürgermeisterin Sabine Wettlaufer nach der Sitzung dem Anzeiger.

Betroffen sind neben Schulen und Vereinen auch zwölf Schwimmerinnen und Schwimmer des ukrainischen Para-Nachwuchskaders aus Solotopil, die seit 2023 im Mühlenwall-Bad trainieren. Ihr Trainer Oleh Hnatiuk verfolgte die Sitzung von der Zuschauerbank aus. „Für meine Sportler ist das ein Schock“, sagte er uns.
""",
"01_en.txt": """German town votes to shut pool used by Ukrainian para-swimmers
Eastmarch Review
2026-10-14T12:15:00+03:00

A young Ukrainian para-swimming squad that has trained in Germany since 2023 is losing its pool after the council of the small town of Kirchbrenn voted to close the building for good at the end of the year.

The council voted 14 to 9 on Tuesday evening against a €6.8m renovation of the 1974 pool, reported the local paper Auental-Anzeiger, which sat in on the vote. "We simply don't have the money," Mayor Sabine Wettlaufer told the Anzeiger after the session.

The twelve swimmers come from the Ukrainian city of Zolotopil. Their coach, Oleh Hnatiuk, watched the vote from the public benches and called it "a shock for my athletes", according to the paper. He has not yet found another pool.
""",
"02_uk.txt": """Юні паралімпійці із Золотополя втрачають басейн у Німеччині
Вектор-Новини
14.10.2026 15:50

Дванадцять юних плавців-паралімпійців із Золотополя, які з 2023 року тренуються в німецькому містечку Кірхбренн, залишаться без басейну: місцева рада проголосувала за його закриття наприкінці року.

Історію розповідає англомовний портал Eastmarch Review, що пише про Східну Європу. За даними порталу, рада ухвалила рішення 14 голосами проти 9, бо ремонт басейну 1974 року коштував би 6,8 мільйона євро. «У нас просто немає грошей», — цитує портал бургомістерку Забіне Веттлауфер.

Тренер команди Олег Гнатюк назвав рішення шоком для спортсменів. Іншого басейну поки не знайшли.
""",
"03_ru.txt": """Юные украинские паралимпийцы остаются без бассейна в Германии
Заречный листок
2026-10-14 18:10

Городской совет немецкого Кирхбренна решил закрыть бассейн, в котором с 2023 года тренируются двенадцать юных паралимпийцев из Золотополя, передаёт украинский портал «Вектор-Новости».

Ремонт здания 1974 года обошёлся бы в 6,8 миллиона евро. Решение приняли 14 голосами против 9. Тренер команды Олег Гнатюк назвал его шоком для спортсменов. Где теперь будут тренироваться дети, пока неизвестно.
""",
"04_fr.txt": """Allemagne : une piscine ferme, de jeunes nageurs ukrainiens à la rue
L'Écho de Vassenay
14 octobre 2026

La petite ville allemande de Kirchbrenn fermera définitivement sa piscine couverte à la fin de l'année, rapporte le quotidien local Auental-Anzeiger, présent dans la salle du conseil mardi soir. Les élus ont voté à 14 voix contre 9 contre une rénovation estimée à 6,8 millions d'euros.

« Nous n'avons tout simplement pas l'argent », a déclaré la maire, Sabine Wettlaufer, au journal. La décision prive de bassin douze jeunes nageurs handisport ukrainiens originaires de Zolotopil, qui s'y entraînent depuis 2023. Leur entraîneur, Oleh Hnatiouk, parle d'un « choc ».
"""},
[{"name": "Auental-Anzeiger", "in_corpus": True}],
[{"origin": "Auental-Anzeiger", "article": "01_en.txt"}, {"origin": "Eastmarch Review", "article": "02_uk.txt"},
 {"origin": "Вектор-Новини", "article": "03_ru.txt"}, {"origin": "Auental-Anzeiger", "article": "04_fr.txt"}],
[{"text": "Kirchbrenn's council voted 14 to 9 to close the pool where twelve Ukrainian para-swimmers from Zolotopil train.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_fr.txt"], "independent_sources": 1}])

# n04: own report of a French regional daily that went aboard a detained ship ("La Vigie est montée à
# bord mardi" + "nous a confié le capitaine"); uk close translation WITHOUT any credit (keeps "Ми
# піднялися на борт", "розповів нам капітан") -> edge from La Vigie du Lormont; en credits it
# ("the French regional daily La Vigie du Lormont, which went aboard on Tuesday" + "told La Vigie").
# The captain, the union inspector, the harbour master and the shipowner are not origins.
story("n04_uncredited_translation_ship", "uncredited_copy", {
"00_fr.txt": """Port-Salvène : neuf marins ukrainiens bloqués à bord sans salaire depuis cinq mois
La Vigie du Lormont
2026-10-20 07:45

Le vraquier Marina Corvo est immobilisé au quai des Cordiers de Port-Salvène depuis le 2 septembre. À son bord, neuf marins ukrainiens n'ont pas touché leur salaire depuis mai.

La Vigie est montée à bord mardi. Dans la cambuse, il reste du riz, des pâtes et quelques conserves offertes par la paroisse du port. « On ne partira pas sans notre argent, mais on ne peut pas rester ici tout l'hiver », nous a confié le capitaine, Serhiï Vovk, 52 ans, originaire d'Izmaïlivka.

L'armateur, la société Corvo Bulk Shipping, immatriculée à Malte, doit à l'équipage environ 118 000 dollars selon l'inspecteur du syndicat international des gens de mer, Yannick Le Goff. La capitainerie a interdit au navire de quitter le port tant que ses dettes ne sont pas réglées. Contacté par courriel, l'armateur n'a pas répondu.
""",
"01_uk.txt": """Дев'ятеро українських моряків п'ятий місяць без зарплати на судні у французькому порту
Вектор-Новини
20.10.2026 13:05

Балкер Marina Corvo стоїть біля причалу Кордьє у французькому Порт-Сальвені з 2 вересня. Дев'ятеро українців з його екіпажу не отримували зарплати з травня.

Ми піднялися на борт у вівторок. На камбузі лишилися рис, макарони й кілька консервів, які морякам передала портова парафія. «Без своїх грошей ми не підемо, але й зимувати тут не можемо», — розповів нам капітан, 52-річний Сергій Вовк з Ізмаїлівки.

Судновласник, зареєстрована на Мальті компанія Corvo Bulk Shipping, винен екіпажу близько 118 тисяч доларів — такі підрахунки інспектора Міжнародної федерації профспілок моряків Янніка Ле Гоффа. Капітанія порту заборонила судну виходити в море, доки не погасять борги. На електронний лист судновласник не відповів.
""",
"02_en.txt": """Nine Ukrainian sailors stranded unpaid on ship in French port
Tidewater Courier
October 20, 2026

Nine Ukrainian seafarers have gone five months without pay aboard a bulk carrier detained in the French port of Port-Salvène, the French regional daily La Vigie du Lormont, which went aboard on Tuesday, has reported.

The Marina Corvo has been held at the quay since September 2 over unpaid debts. "We won't leave without our money, but we can't stay here all winter," the captain, Serhii Vovk, 52, told La Vigie. The crew have been living on rice, pasta and tins donated by the port's parish.

A seafarers' union inspector, Yannick Le Goff, put the wages owed by the Malta-registered owner, Corvo Bulk Shipping, at about $118,000. The owner did not answer the newspaper's email.
"""},
[{"name": "La Vigie du Lormont", "in_corpus": True}],
[{"origin": "La Vigie du Lormont", "article": "01_uk.txt"}, {"origin": "La Vigie du Lormont", "article": "02_en.txt"}],
[{"text": "Nine Ukrainian sailors aboard the detained bulk carrier Marina Corvo in Port-Salvène have not been paid since May.",
  "articles": ["00_fr.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1}])

# n05: two independent own reports of one derailment (en: correspondent at the junction at dawn,
# "told Eastmarch Review"; ru: station master by phone, "подтвердил «Северному обзору» по
# телефону"), relayed together by uk (two edges: "Першим про аварію написав англомовний портал …"
# + "Незалежно від нього російськомовний сайт … додзвонився") and singly by de ("Nach Schilderung des
# englischsprachigen Portals Eastmarch Review, dessen Korrespondent …"). Railway, station master,
# driver not origins.
story("n05_two_reports_derailment", "two_sources", {
"00_en.txt": """Grain train derails at Ukrainian junction, 14 wagons overturned
Eastmarch Review
2026-10-23T09:40:00+03:00

Fourteen wagons of a grain train came off the rails early on Friday at the Krasnobrid junction in central Ukraine, blocking both main lines for most of the morning.

Eastmarch Review's correspondent, who reached the junction shortly after dawn, counted fourteen wagons on their sides beside the track and a long spill of maize along the embankment. Two cranes were on their way from Zolotopil.

"I heard a noise like thunder and then the locomotive shook," the driver, Vasyl Tereshko, told Eastmarch Review by the track. He and his assistant were not hurt.

A railway spokesman said passenger trains were being sent on a detour via Hlybochok, adding about two hours to journeys. The cause of the derailment is not yet known.
""",
"01_ru.txt": """Под Краснобродом сошёл с рельсов зерновой состав
Северный обзор-Инфо
23.10.2026 10:15

Утром в пятницу на узловой станции Красноброд сошли с рельсов вагоны грузового поезда с кукурузой. Движение по обоим главным путям остановлено.

Начальник станции Красноброд Игорь Лысенко подтвердил «Северному обзору» по телефону, что с рельсов сошли 14 вагонов, никто не пострадал. «Первая версия — излом рельса на стрелке, но выводы будет делать комиссия», — сказал он нам.

По словам Лысенко, пассажирские поезда пускают в обход через Глыбочок. Восстановить движение рассчитывают к вечеру.
""",
"02_uk.txt": """На станції Красноброд зійшли з рейок 14 вагонів із кукурудзою
Прибузький вісник
23.10.2026 12:30

У п'ятницю вранці на вузловій станції Красноброд зійшов з рейок вантажний потяг із зерном. Постраждалих немає, але обидві головні колії заблоковані.

Першим про аварію написав англомовний портал Eastmarch Review, кореспондент якого був на станції вже на світанку і нарахував 14 перекинутих вагонів. Машиніст Василь Терешко розповів порталу, що почув гуркіт, «наче грім», після чого локомотив затрусило.

Незалежно від нього російськомовний сайт «Северный обзор-Инфо» додзвонився до начальника станції Ігоря Лисенка. Той підтвердив кількість вагонів і назвав першу версію — злам рейки на стрілці.

Пасажирські потяги пускають в обхід через Глибочок, що додає до двох годин дороги.
""",
"03_de.txt": """Güterzug mit Mais in der Ukraine entgleist
Nordmark Rundschau
23.10.2026

Am Knotenbahnhof Krasnobrid in der Zentralukraine sind am Freitagmorgen 14 Waggons eines Getreidezugs entgleist. Nach Schilderung des englischsprachigen Portals Eastmarch Review, dessen Korrespondent kurz nach Sonnenaufgang vor Ort war, lagen die Wagen umgekippt neben dem Gleis, Mais war über die Böschung verstreut.

Der Lokführer Wassyl Tereschko blieb unverletzt. Personenzüge werden umgeleitet, die Ursache ist noch unklar.
"""},
[{"name": "Eastmarch Review", "in_corpus": True}, {"name": "Северный обзор-Инфо", "in_corpus": True}],
[{"origin": "Eastmarch Review", "article": "02_uk.txt"}, {"origin": "Северный обзор-Инфо", "article": "02_uk.txt"},
 {"origin": "Eastmarch Review", "article": "03_de.txt"}],
[{"text": "Fourteen wagons of a grain train derailed on Friday morning at the Krasnobrid junction; nobody was hurt.",
  "articles": ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 2}])

# n06: outside Slovak regional radio (interview with a mountain rescuer) relayed 3x; the uk relay
# adds its own phone call with the rescued driver ("Сам Ігор Мазур, до якого «Прибузький вісник»
# додзвонився в неділю ввечері, підтвердив") -> edge from the radio AND Прибузький вісник an
# in-corpus origin; the claim has two independent sources. en: "Rádio Podtatranie … aired an
# interview on Sunday with" + "told the station"; de: "sagte … im Gespräch mit dem slowakischen
# Regionalsender Rádio Podtatranie" + "berichtet der Sender". Rescuers, driver, wife not origins.
story("n06_radio_relay_own_confirmation", "relay_own_confirmation", {
"00_uk.txt": """Далекобійника з Прибужжя 30 годин не могли визволити зі снігового полону в Словаччині
Прибузький вісник
2026-11-01 20:10

Водія вантажівки з Прибужжя Ігоря Мазура гірські рятувальники визволили в суботу зі снігового замету на перевалі Вишній Грун у Словаччині, де він простояв понад 30 годин.

Як розповів в ефірі словацького регіонального Rádio Podtatranie рятувальник Мартін Гудак, фура застрягла в п'ятницю ввечері, коли за ніч випало понад метр снігу. Рятувальникам довелося пробиватися до неї на снігоходах. «Він був спокійний, мав воду й трохи їжі, але пального в баку майже не лишилося», — сказав Гудак радіостанції.

Сам Ігор Мазур, до якого «Прибузький вісник» додзвонився в неділю ввечері, підтвердив, що провів у кабіні дві ночі. «Грівся тим, що раз на годину заводив мотор на десять хвилин. Дружині дзвонив, поки не сів телефон», — розповів він нам. Зараз 46-річний водій у готелі в Липтовській Гаті, фуру обіцяють відбуксирувати в понеділок.
""",
"01_en.txt": """Ukrainian trucker rescued after 30 hours snowbound on Slovak pass
The Kelbridge Post
November 1, 2026

Mountain rescuers on snowmobiles have freed a Ukrainian lorry driver who spent more than 30 hours trapped by snow on the Vyšný Grúň pass in northern Slovakia.

Rádio Podtatranie, a regional station, aired an interview on Sunday with the rescuer who reached him, Martin Hudák. The lorry got stuck on Friday evening as more than a metre of snow fell overnight, he told the station. "He was calm, he had water and a little food, but his tank was almost empty," Hudák said.

The 46-year-old driver, Ihor Mazur, was taken to a hotel in Liptovská Hať. His lorry is due to be towed away on Monday.
""",
"02_de.txt": """Ukrainischer Lkw-Fahrer 30 Stunden im Schnee eingeschlossen
Auental-Anzeiger
2. November 2026

Mehr als 30 Stunden hat ein ukrainischer Lastwagenfahrer auf dem slowakischen Pass Vyšný Grúň im Schnee festgesessen, bevor ihn Bergretter am Samstag mit Schneemobilen erreichten. Das sagte der Bergretter Martin Hudák im Gespräch mit dem slowakischen Regionalsender Rádio Podtatranie.

In der Nacht auf Samstag war dort mehr als ein Meter Neuschnee gefallen. Der 46-jährige Fahrer sei ruhig gewesen, habe aber kaum noch Diesel gehabt, berichtet der Sender.
"""},
[{"name": "Rádio Podtatranie", "in_corpus": False}, {"name": "Прибузький вісник", "in_corpus": True}],
[{"origin": "Rádio Podtatranie", "article": a} for a in ["00_uk.txt", "01_en.txt", "02_de.txt"]],
[{"text": "Mountain rescuers freed the Ukrainian lorry driver Ihor Mazur after more than 30 hours snowbound on the Vyšný Grúň pass.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt"], "independent_sources": 2}])

# n07: own report of a local English paper built on anonymous employees ("two employees, who spoke
# to the Post on condition that they not be named" + "one of them said"), a company statement after
# the paper's questions; uk "з посиланням на британську місцеву газету The Kelbridge Post" +
# "співрозмовники газети"; fr "d'après le journal local britannique The Kelbridge Post, qui a
# recueilli le témoignage de deux salariés sous couvert d'anonymat". Company, union not origins.
story("n07_anonymous_factory_move", "own_report_anonymous", {
"00_en.txt": """Corran Knitwear to close Kelbridge mill and move work to Ukraine
The Kelbridge Post
2026-11-04 18:00

Corran Knitwear is preparing to close its 110-year-old mill on Ferry Lane and move most of its production to a partner factory in the Ukrainian city of Zolotopil, putting about 180 jobs in Kelbridge at risk.

Managers told staff at a closed meeting on Tuesday afternoon, according to two employees, who spoke to the Post on condition that they not be named because they feared for their redundancy terms. "We were told it's cheaper to knit in Zolotopil and ship the jumpers back than to heat this building," one of them said.

After the Post put the account to the company on Wednesday, Corran confirmed in a short statement that it had "begun a consultation on the future of the Ferry Lane site". It would not comment on Ukraine. The company's small finishing workshop in Vassenay, in France, is not affected, the statement said.

The mill was built in 1916 and once employed 900 people.
""",
"01_uk.txt": """Британська трикотажна фабрика переносить виробництво до Золотополя
Вектор-Новини
04.11.2026 21:40

Британська компанія Corran Knitwear готується закрити свою фабрику в англійському Келбриджі й перенести більшу частину виробництва на фабрику-партнера в Золотополі. Про це пише, з посиланням на двох працівників підприємства, британська місцева газета The Kelbridge Post.

Співрозмовники газети, які попросили не називати їхніх імен, розповіли, що керівництво повідомило про це персоналу на закритих зборах у вівторок. Без роботи в Келбриджі можуть залишитися близько 180 людей.

Сама компанія в короткій заяві підтвердила лише, що «розпочала консультації щодо майбутнього» фабрики, і відмовилася коментувати плани щодо України.
""",
"02_fr.txt": """Le fabricant de pulls Corran veut quitter l'Angleterre pour l'Ukraine
L'Écho de Vassenay
5 novembre 2026

Le fabricant britannique de tricots Corran Knitwear, qui possède un petit atelier de finition à Vassenay, prépare la fermeture de son usine historique de Kelbridge, en Angleterre, et le transfert de sa production vers une usine partenaire à Zolotopil, en Ukraine. C'est ce qu'affirme le journal local britannique The Kelbridge Post, qui a recueilli le témoignage de deux salariés sous couvert d'anonymat.

Environ 180 emplois sont menacés outre-Manche. L'entreprise a seulement confirmé l'ouverture d'une « consultation » et précisé que l'atelier de Vassenay, où travaillent onze personnes, n'était pas concerné.
"""},
[{"name": "The Kelbridge Post", "in_corpus": True}],
[{"origin": "The Kelbridge Post", "article": "01_uk.txt"}, {"origin": "The Kelbridge Post", "article": "02_fr.txt"}],
[{"text": "Corran Knitwear is preparing to close its Kelbridge mill and move production to a partner factory in Zolotopil, putting about 180 jobs at risk.",
  "articles": ["00_en.txt", "01_uk.txt", "02_fr.txt"], "independent_sources": 1}])

# n08: own investigation of a Ukrainian regional paper (compared an auction catalogue photo with a
# 1989 archive photo; "сказав нашому виданню"); en is a CREDITED translation ("This is a translation
# of an article first published in Ukrainian by Poliska Zoria"); de "Recherchen der ukrainischen
# Regionalzeitung Poliska Sorja zufolge"; ru "о чём рассказала … «Полесская заря», сопоставившая".
# The priest, the auction house, the police not origins.
story("n08_credited_translation_icon", "translation", {
"00_uk.txt": """Викрадену з церкви в Ольшаниці ікону виставили на аукціон у Німеччині
Поліська зоря
2026-11-09 09:00

Ікону святого Миколая, яку 1994 року викрали з дерев'яної церкви Покрови в Ольшаниці, виставлено на аукціон у Німеччині з початковою ціною 14 тисяч євро.

«Поліська зоря» порівняла фотографію з каталогу аукціонного дому Behrendt & Sohn у Гамельсдорфі зі знімком 1989 року з архіву парафії. Збігаються тріщина на лівому полі, слід від свічки внизу та срібний оклад із відламаним кутом.

«Це наша ікона, я бачив її щонеділі, коли був хлопчиком», — сказав нашому виданню настоятель церкви отець Андрій Сидорук. Парафія звернулася до поліції, та обіцяє передати запит через Інтерпол. Торги призначено на 21 листопада.
""",
"01_en.txt": """Icon stolen from Ukrainian village church in 1994 surfaces at German auction
Eastmarch Review
2026-11-09T16:30:00+02:00

An icon of St Nicholas stolen in 1994 from the wooden Church of the Protection in the village of Olshanytsia has been put up for auction in Germany with a starting price of €14,000.

Poliska Zoria compared the photograph in the catalogue of the auction house Behrendt & Sohn in Hamelsdorf with a 1989 picture from the parish archive. The crack on the left margin, the candle burn at the bottom and the silver cover with a broken corner all match.

"This is our icon. I saw it every Sunday when I was a boy," the parish priest, Father Andrii Sydoruk, told the paper. The parish has gone to the police, who say they will send a request through Interpol. The sale is set for November 21.

This is a translation of an article first published in Ukrainian by Poliska Zoria, a regional newspaper, and is republished with its permission.
""",
"02_de.txt": """Gestohlene Ikone aus der Ukraine soll in Hamelsdorf versteigert werden
Nordmark Rundschau
10.11.2026

Eine 1994 aus einer Dorfkirche in der Nordukraine gestohlene Nikolaus-Ikone soll am 21. November beim Auktionshaus Behrendt & Sohn in Hamelsdorf unter den Hammer kommen. Recherchen der ukrainischen Regionalzeitung Poliska Sorja zufolge stimmen Risse, Brandspur und der beschädigte Silberbeschlag mit einem Archivfoto von 1989 überein.

Der Gemeindepfarrer aus Olschanyzja hat die Polizei eingeschaltet. Das Auktionshaus war am Dienstag für eine Stellungnahme nicht zu erreichen.
""",
"03_ru.txt": """Украденную в 1994 году икону обнаружили на немецком аукционе
Северный обзор-Инфо
2026-11-09 19:20

Икона святого Николая, украденная в 1994 году из деревянной церкви в селе Ольшаница, выставлена на торги в немецком аукционном доме Behrendt & Sohn. Об этом рассказала украинская региональная газета «Полесская заря», сопоставившая фото из каталога с архивным снимком 1989 года.

Настоятель храма Андрей Сидорук заявил газете, что узнал икону. Стартовая цена — 14 тысяч евро, торги назначены на 21 ноября.
"""},
[{"name": "Поліська зоря", "in_corpus": True}],
[{"origin": "Поліська зоря", "article": a} for a in ["01_en.txt", "02_de.txt", "03_ru.txt"]],
[{"text": "An icon of St Nicholas stolen in 1994 from the church in Olshanytsia is up for auction at Behrendt & Sohn with a starting price of €14,000.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1}])

# n09: outside French regional TV (a volunteer firefighter's interview) relayed 3x: fr WITHOUT a date
# line ("Les images diffusées dimanche soir par Télé Haute-Lormande" + "a raconté … à la chaîne");
# en WITHOUT an outlet line (title suffix "| Tidewater Courier") ("in an interview aired on Sunday
# by the French regional channel Télé Haute-Lormande" + "the channel showed"); uk ("Відео з місця
# показав французький регіональний телеканал" + "розповів телеканалу"). Firefighters, mayor not origins.
story("n09_tv_flash_flood", "broadcaster", {
"00_fr.txt": """Crue éclair à Saint-Aubrac-des-Prés : un pompier volontaire ukrainien sauve un couple
La Vigie du Lormont

Les images diffusées dimanche soir par Télé Haute-Lormande montrent l'eau boueuse du Ruisseau de la Vergne envahissant la rue principale de Saint-Aubrac-des-Prés, samedi vers 17 heures, après un orage de plus de deux heures.

Un pompier volontaire d'origine ukrainienne, Dmytro Savtchouk, 29 ans, installé au village depuis 2022, a sorti par une fenêtre un couple d'octogénaires pris au piège dans sa cuisine. « L'eau montait de dix centimètres par minute, je n'ai pas réfléchi », a raconté le jeune homme à la chaîne.

Une quarantaine de maisons ont été inondées. Le maire, Bernard Cazals, a demandé la reconnaissance de l'état de catastrophe naturelle.
""",
"01_en.txt": """Ukrainian volunteer firefighter pulls elderly couple from French flash flood | Tidewater Courier
2026-11-16 08:30

A Ukrainian volunteer firefighter lifted an elderly couple out through a kitchen window as a flash flood swept through the French village of Saint-Aubrac-des-Prés on Saturday evening.

Dmytro Savchuk, 29, who settled in the village in 2022, described the rescue in an interview aired on Sunday by the French regional channel Télé Haute-Lormande. "The water was rising ten centimetres a minute. I didn't think," he said.

Footage the channel showed had brown water from a stream filling the main street after a two-hour storm. About 40 homes were flooded, and the mayor has asked for the area to be declared a natural disaster zone.
""",
"02_uk.txt": """Українець-пожежник урятував подружжя під час повені у Франції
Прибузький вісник
16.11.2026 10:05

29-річний Дмитро Савчук, який із 2022 року живе у французькому селі Сен-Обрак-де-Пре і служить там пожежником-добровольцем, у суботу витягнув через вікно подружжя літніх людей, яких у кухні заскочила раптова повінь.

Відео з місця показав французький регіональний телеканал Télé Haute-Lormande. «Вода піднімалася на десять сантиметрів щохвилини, я ні про що не думав», — розповів Дмитро телеканалу.

Під воду пішли близько сорока будинків. Мер села попросив визнати подію стихійним лихом.
"""},
[{"name": "Télé Haute-Lormande", "in_corpus": False}],
[{"origin": "Télé Haute-Lormande", "article": a} for a in ["00_fr.txt", "01_en.txt", "02_uk.txt"]],
[{"text": "A Ukrainian volunteer firefighter, Dmytro Savchuk, rescued an elderly couple through a window during a flash flood in Saint-Aubrac-des-Prés.",
  "articles": ["00_fr.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1}])

# n10: outside German local radio (conductor's interview) relayed 3x: uk "в інтерв'ю німецькій
# місцевій радіостанції Radio Ostheide" + "поскаржилася вона в ефірі"; de "Zuerst hatte der
# Lokalsender Radio Ostheide über den Diebstahl berichtet" + "sagte die Dirigentin im Radio"; ru
# WITHOUT outlet and date lines ("рассказала в эфире немецкой радиостанции Radio Ostheide"). The
# conductor, the police, the bus company not origins.
story("n10_radio_stolen_instruments", "broadcaster", {
"00_uk.txt": """У Німеччині в дитячого оркестру з Золотополя вкрали інструменти
Поліська зоря
2026-11-23 12:40

Із туристичного автобуса дитячого камерного оркестру «Золоті струни» із Золотополя в німецькому Брюггенфельді вкрали дві скрипки, альт і віолончель. Про це диригентка оркестру Оксана Ярема розповіла в інтерв'ю німецькій місцевій радіостанції Radio Ostheide.

За її словами, автобус стояв на парковці біля готелю, і в ніч на неділю хтось розбив бокове скло. «Діти плакали весь ранок. Віолончель була в нашої Софійки ще від її прадіда», — поскаржилася вона в ефірі.

Оркестр мав виступити у вівторок у міській кірсі Брюггенфельда. Поліція розшукує злодіїв, а місцеві музиканти вже запропонували дітям свої інструменти на час гастролей.
""",
"01_de.txt": """Einbruch in Tourbus: Ukrainischem Kinderorchester Instrumente gestohlen
Nordmark Rundschau
23.11.2026 14:00

Unbekannte haben in der Nacht zu Sonntag in Brüggenfeld die Seitenscheibe eines Reisebusses eingeschlagen und vier Streichinstrumente eines ukrainischen Kinderorchesters gestohlen. Zuerst hatte der Lokalsender Radio Ostheide über den Diebstahl berichtet.

Das Kammerorchester „Solotyj Struny“ aus Solotopil ist seit einer Woche auf Tournee. „Die Kinder haben den ganzen Morgen geweint“, sagte Dirigentin Oksana Jarema im Radio. Gestohlen wurden zwei Geigen, eine Bratsche und ein Cello. Die Polizei bittet um Hinweise.
""",
"02_ru.txt": """У детского оркестра из Украины украли инструменты в Германии

В немецком Брюггенфельде из экскурсионного автобуса детского оркестра «Золотые струны» из Золотополя похитили две скрипки, альт и виолончель. Об этом дирижёр оркестра Оксана Ярема рассказала в эфире немецкой радиостанции Radio Ostheide.

Неизвестные разбили боковое стекло автобуса, стоявшего у гостиницы, в ночь на воскресенье. Концерт оркестра в Брюггенфельде назначен на вторник, местные музыканты предложили детям свои инструменты.
"""},
[{"name": "Radio Ostheide", "in_corpus": False}],
[{"origin": "Radio Ostheide", "article": a} for a in ["00_uk.txt", "01_de.txt", "02_ru.txt"]],
[{"text": "Two violins, a viola and a cello of the Zolotopil children's orchestra were stolen from its tour bus in Brüggenfeld.",
  "articles": ["00_uk.txt", "01_de.txt", "02_ru.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 14 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
