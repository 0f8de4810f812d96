#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand42 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: English uncredited rewrite (The Ashcombe Ledger, 5.5 h later) of the Harrowfield Courier's own
# report (same 43 cm crack, same witness Doreen Maltby and her whippet, same 3,140 users a day, both
# quotes word for word); the Westmarch Evening Star reports independently (own reporter, a café owner
# and a lollipop man, no 43 cm, no Maltby); Wendside Weekly relays the Evening Star with credit.
story("s01_copy_footbridge_crack", "copy", {
"00_en.txt": """Tollgate footbridge shut after walker spots 43cm crack in main span
Harrowfield Courier
2028-03-07T08:40:00+00:00

Harrowfield's Tollgate footbridge over the River Wend was closed to the public early on Tuesday after a 43-centimetre crack was found in a steel beam under its central span.

The crack was spotted on Monday evening by Doreen Maltby, 71, who was crossing the bridge with her whippet, Biscuit, and stopped when the dog refused to walk on. "I heard a noise like a biscuit tin being stepped on, and then I saw the gap in the paint," Mrs Maltby told the Courier at her home on Quarry Row. She rang the council's out-of-hours line at about 7.20 p.m.

A Courier reporter at the bridge at 7 a.m. on Tuesday saw council workers fixing steel fences across both ends while an inspector photographed the underside of the span from a rowing boat.

Priya Kandola, the council's bridges engineer, said: "We closed it as soon as we had eyes on it. It is not safe to walk on until we know how deep that crack goes." She said the bridge would stay shut for at least six weeks.

The footbridge, built in 1987, is used by around 3,140 people a day, according to a council count last spring. Pedestrians are being sent over the Mill Lane road bridge, which adds about 20 minutes to the walk between the station and the town centre.
""",
"01_en.txt": """Harrowfield bridge closed for six weeks over cracked beam
The Ashcombe Ledger
2028-03-07T14:15:00+00:00

Around 3,140 people a day will have to find another way across the River Wend after Harrowfield's Tollgate footbridge was shut on Tuesday morning for at least six weeks.

Council engineers closed the 1987 bridge after a crack 43 centimetres long was discovered in a steel beam beneath the middle span. "We closed it as soon as we had eyes on it. It is not safe to walk on until we know how deep that crack goes," said Priya Kandola, the council's bridges engineer.

The damage was first noticed on Monday evening by 71-year-old Doreen Maltby, whose whippet, Biscuit, refused to go any further across the bridge. "I heard a noise like a biscuit tin being stepped on, and then I saw the gap in the paint," she said. Mrs Maltby called the council's out-of-hours number at around 7.20 p.m.

Walkers are being diverted over the Mill Lane road bridge, a detour of roughly 20 minutes between the station and the town centre. Steel fences have gone up across both ends of the footbridge.
""",
"02_en.txt": """Traders count the cost as Tollgate bridge closes
Westmarch Evening Star
2028-03-07T17:30:00+00:00

The Evening Star spent Tuesday afternoon at the Tollgate footbridge in Harrowfield, which the council closed that morning after a crack was found in one of its steel beams.

By lunchtime two engineers in a cherry picker on the north bank were measuring the underside of the bridge, and a steady trickle of commuters walked up to the new fences, read the notices and turned back.

Tomasz Wierzbicki, who runs the Kettle & Crane café at the north end of the bridge, said his takings had halved. "Lunchtime was dead. Half my customers come over that bridge from the offices on Dock Street," he told the Evening Star. "Six weeks is a long time for a place this size."

Lollipop man Ray Osei, who sees pupils of St Aldric's Primary across the road at the south end, said parents had been asking him all day about the detour. The council says the bridge will stay shut for at least six weeks while the beam is assessed, and that the crack was reported by a member of the public.

A council spokesman said pedestrians should use the Mill Lane road bridge instead.
""",
"03_en.txt": """Café owner says Tollgate bridge closure halved his takings
Wendside Weekly
Wed, 08 Mar 2028 09:00:00 +0000

A café owner beside Harrowfield's closed Tollgate footbridge says his trade halved on its first day shut, the Westmarch Evening Star reported on Tuesday.

Tomasz Wierzbicki, who runs the Kettle & Crane at the north end of the bridge, told the Evening Star that "lunchtime was dead" because half his customers cross from the offices on Dock Street.

The council closed the footbridge on Tuesday morning after a crack was found in a steel beam. According to the Evening Star, engineers spent the afternoon examining the underside of the bridge from a cherry picker. The bridge is expected to stay closed for at least six weeks.
""",
}, [
 {"name": "Harrowfield Courier", "in_corpus": True},
 {"name": "Westmarch Evening Star", "in_corpus": True},
], [
 {"origin": "Harrowfield Courier", "article": "01_en.txt"},
 {"origin": "Westmarch Evening Star", "article": "03_en.txt"},
], [
 ("The Tollgate footbridge in Harrowfield was closed after a crack was found in a steel beam.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], 2),
 ("The crack is 43 centimetres long.", ["00_en.txt", "01_en.txt"], 1),
 ("The crack was spotted by Doreen Maltby, 71, whose whippet refused to walk on.", ["00_en.txt", "01_en.txt"], 1),
 ("The footbridge is used by around 3,140 people a day.", ["00_en.txt", "01_en.txt"], 1),
 ("The bridge will stay closed for at least six weeks.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], 2),
 ("Pedestrians are diverted over the Mill Lane road bridge.", ["00_en.txt", "01_en.txt", "02_en.txt"], 2),
 ("Café owner Tomasz Wierzbicki said his takings had halved.", ["02_en.txt", "03_en.txt"], 1),
])

# s02: copy of a copy. Lindworth Mercury's own report; PulseNorth rewrites it uncredited 3 h later
# (adds "nearly three kilometres", "frankly", the horses-and-rhinos background); The Daily Quillon
# rewrites PulseNorth's version uncredited (keeps all three PulseNorth-only features) -> edge from
# PulseNorth. Lindworth FM reports independently (own reporter at the zoo, garden-centre owner, zoo
# director; no postman, no 36 seedlings).
story("s02_copy_of_copy_tapir", "copy_chain", {
"00_en.txt": """Runaway tapir Bramble found munching lettuces in garden centre
Lindworth Mercury
2028-03-12T10:05:00+00:00

A Malayan tapir called Bramble squeezed out of Lindworth Zoo overnight and trotted 2.7 kilometres through the town before she was found on Sunday morning in the plant hall of Pennick's Garden Centre, where she had eaten 36 lettuce seedlings.

Postman Gideon Arkwright was the first to see her, walking down the middle of Fenwick Road at 6.10 a.m. "I thought it was a pig wearing a raincoat until it looked at me," he told the Mercury. He called the police, who alerted the zoo.

Keepers followed her trail of hoofprints along the wet verges and found her among the salad trays just before 8 a.m. She was coaxed into a horsebox with a bucket of sliced apples and was back in her enclosure by 9.30 a.m.

Head keeper Marisol Teague told the Mercury that Friday's storm had loosened a section of fence behind the tapir house. "Bramble is perfectly well and very pleased with herself," she said. "The fence is being replaced today."

Bramble, who is four, arrived at Lindworth from a Dutch zoo in 2026.
""",
"01_en.txt": """Escaped tapir eats 36 lettuces after nearly 3km walk through Lindworth
PulseNorth
2028-03-12T13:20:00+00:00

A tapir that escaped from Lindworth Zoo overnight was recaptured on Sunday in a garden centre after wandering nearly three kilometres through the town, helping herself to 36 lettuce seedlings on the way.

Bramble, a four-year-old Malayan tapir, got out through a section of fence behind the tapir house that had been loosened by Friday's storm. "Bramble is perfectly well and, frankly, very pleased with herself," head keeper Marisol Teague said. "The fence is being replaced today."

The animal was first seen at 6.10 a.m. by postman Gideon Arkwright on Fenwick Road. "I thought it was a pig wearing a raincoat until it looked at me," Mr Arkwright said.

Keepers tracked her hoofprints to the plant hall at Pennick's Garden Centre shortly before 8 a.m. and tempted her into a horsebox with sliced apples. She was back in her enclosure by 9.30 a.m.

Tapirs, which are distant relatives of horses and rhinos, are classed as endangered in the wild. Bramble came to Lindworth from a Dutch zoo in 2026.
""",
"02_en.txt": """'Pig in a raincoat': zoo tapir's night out ends in the salad aisle
The Daily Quillon
2028-03-12T19:45:00+00:00

A postman on his early round got the surprise of his life on Sunday when he met an escaped tapir strolling down Fenwick Road in Lindworth. "I thought it was a pig wearing a raincoat until it looked at me," said Gideon Arkwright, who spotted the animal at 6.10 a.m.

Bramble, a four-year-old Malayan tapir, had slipped out of Lindworth Zoo through a storm-damaged fence and wandered nearly three kilometres through the town. Keepers caught up with her shortly before 8 a.m. at Pennick's Garden Centre, where she had eaten 36 lettuce seedlings, and lured her into a horsebox with sliced apples.

"Bramble is perfectly well and, frankly, very pleased with herself," said head keeper Marisol Teague, adding that the fence was being replaced.

Tapirs, distant relatives of horses and rhinos, are endangered in the wild. Bramble has lived in Lindworth since arriving from a Dutch zoo in 2026.
""",
"03_en.txt": """Tapir back at Lindworth Zoo after early-morning escape
Lindworth FM News
2028-03-12T12:30:00+00:00

Lindworth Zoo reopened at noon on Sunday after one of its tapirs, Bramble, spent the early hours on the loose and ended up at Pennick's Garden Centre on the edge of town.

Halima Pennick, who owns the garden centre, told Lindworth FM she arrived to find two police cars in the car park. "We open at nine. She let herself in at about half six through the delivery gate, which the lorry driver had left open," she said. "She's done more damage to the pansies than the frost did."

At the zoo, a Lindworth FM reporter watched Bramble being walked from a horsebox back into her enclosure, where she lay down in the mud and went to sleep. Zoo director Colin Ashdown said the animal had been checked by a vet and was unharmed. "Our fencing let us down after Friday's storm, and we're sorry to the people she startled," he said.

Visitors queuing at the gate were told the tapir house would stay closed for the rest of the day.
""",
}, [
 {"name": "Lindworth Mercury", "in_corpus": True},
 {"name": "Lindworth FM News", "in_corpus": True},
], [
 {"origin": "Lindworth Mercury", "article": "01_en.txt"},
 {"origin": "PulseNorth", "article": "02_en.txt"},
], [
 ("A tapir named Bramble escaped from Lindworth Zoo and was found at Pennick's Garden Centre.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], 2),
 ("Postman Gideon Arkwright saw the tapir on Fenwick Road at 6.10 a.m.", ["00_en.txt", "01_en.txt", "02_en.txt"], 1),
 ("The tapir ate 36 lettuce seedlings.", ["00_en.txt", "01_en.txt", "02_en.txt"], 1),
 ("The tapir got out through a fence damaged by Friday's storm.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], 2),
 ("The tapir is well and unharmed.", ["00_en.txt", "01_en.txt", "02_en.txt", "03_en.txt"], 2),
 ("The garden centre owner said the tapir came in through a delivery gate left open by a lorry driver.", ["03_en.txt"], 1),
])

# s03: Russian uncredited rewrite («Новости Заречья», 5 h 20 min later) of «Северный Причал»'s own
# report (47 houses, 6300 residents, 530 mm pipe, pensioner Kudryavtseva's "11 degrees, felt boots,
# cat" quote and the director's quote word for word); «Городской Вестник» reports independently (own
# reporter at a warming point, different people; shares only the official 47 and "by Thursday");
# The Brackwater Herald relays «Северный Причал» in English with credit.
story("s03_copy_ru_boiler_house", "copy", {
"00_ru.txt": """Без тепла в мороз: 47 домов в микрорайоне Сосновый остались без отопления
Северный Причал
2028-01-18 07:50

После аварии в районной котельной №3 в Верхнеозёрске без отопления остались 47 многоквартирных домов микрорайона Сосновый, в них живут около 6300 человек. Ночью температура на улице опустилась до минус 18 градусов.

Как рассказали в городской теплосети, в понедельник около 22:00 в котельной лопнула магистральная труба диаметром 530 миллиметров. Котельную пришлось остановить.

Корреспондент «Северного Причала» побывал ночью в доме №14 по улице Лесной. Пенсионерка Валентина Кудрявцева, 68 лет, показала нам термометр в спальне: «В квартире одиннадцать градусов. Сплю в валенках и в пальто, а кот под одеялом со мной».

Директор теплосети Аркадий Лозинский заявил: «Бригады работают круглосуточно, к вечеру четверга тепло вернётся во все дома». По его словам, трубу придётся заменить на участке длиной 40 метров.

Жильцы жалуются, что о сроках ремонта их никто не предупредил. В управе района обещали раздать обогреватели семьям с маленькими детьми.
""",
"01_ru.txt": """Верхнеозёрск: тысячи жителей Соснового мёрзнут после аварии на котельной
Новости Заречья
2028-01-18 13:10

«В квартире одиннадцать градусов. Сплю в валенках и в пальто, а кот под одеялом со мной», — так описывает свою ночь 68-летняя Валентина Кудрявцева с улицы Лесной. Её дом — один из 47 многоэтажек микрорайона Сосновый в Верхнеозёрске, которые остались без отопления.

Авария произошла в понедельник около десяти вечера в районной котельной №3: там прорвало магистральную трубу диаметром 530 миллиметров, и котельную остановили. Без тепла оказались около 6300 жителей, а ночью на улице было минус 18.

«Бригады работают круглосуточно, к вечеру четверга тепло вернётся во все дома», — пообещал директор теплосети Аркадий Лозинский. Заменить предстоит 40 метров трубы.

Семьям с маленькими детьми в районной управе обещали выдать обогреватели. Сами жильцы недовольны тем, что о сроках ремонта им никто не сообщил.
""",
"02_ru.txt": """В школе №5 открыли пункт обогрева для жителей Соснового
Городской Вестник
2028-01-18 10:30

В Верхнеозёрске после аварии в котельной на Заводской улице открыли пункт обогрева в спортзале школы №5. Как сообщили в администрации, без отопления остаются 47 домов микрорайона Сосновый.

Наш корреспондент провёл в пункте обогрева утро вторника. Ночью здесь спали 140 человек, в основном пожилые люди и семьи с детьми. Волонтёры раздавали горячий чай и гречку с тушёнкой.

Руслан Ахметов пришёл сюда с двумя сыновьями-близнецами. «Дома дети спали в куртках и шапках. Здесь хотя бы тепло, и их не надо уговаривать снять варежки», — рассказал он «Городскому Вестнику».

Директор школы Нина Сорокина сказала, что занятия во вторник отменены, а спортзал будет открыт круглосуточно, пока в дома не вернётся тепло. В администрации обещают восстановить отопление к четвергу.
""",
"03_en.txt": """Thousands without heating in Russian town as frost hits minus 18
The Brackwater Herald
Tue, 18 Jan 2028 16:00:00 +0000

Some 6,300 residents of 47 apartment blocks in the Sosnovy district of the Russian town of Verkhneozyorsk have been left without heating in temperatures of minus 18C after a pipe burst at a boiler house, the Russian-language local paper Severny Prichal reported on Tuesday.

A main pipe 530 millimetres across split at boiler house No. 3 at around 10 p.m. on Monday, according to the paper. Pensioner Valentina Kudryavtseva, 68, told Severny Prichal that the temperature in her flat had fallen to 11 degrees and that she was sleeping in felt boots and a coat.

The head of the town's heating utility, Arkady Lozinsky, promised that heating would be back in all homes by Thursday evening.
""",
}, [
 {"name": "Северный Причал", "in_corpus": True},
 {"name": "Городской Вестник", "in_corpus": True},
], [
 {"origin": "Северный Причал", "article": "01_ru.txt"},
 {"origin": "Северный Причал", "article": "03_en.txt"},
], [
 ("A boiler-house accident left 47 apartment buildings in the Sosnovy district of Verkhneozyorsk without heating.", ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"], 2),
 ("About 6,300 residents are without heating.", ["00_ru.txt", "01_ru.txt", "03_en.txt"], 1),
 ("A main pipe 530 millimetres in diameter burst at boiler house No. 3.", ["00_ru.txt", "01_ru.txt", "03_en.txt"], 1),
 ("Pensioner Valentina Kudryavtseva, 68, said the temperature in her flat was 11 degrees.", ["00_ru.txt", "01_ru.txt", "03_en.txt"], 1),
 ("Heating is promised to be restored by Thursday.", ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"], 2),
 ("140 people spent the night at a warming point in School No. 5.", ["02_ru.txt"], 1),
])

# s04: uncredited close Ukrainian translation («Портовий Кур'єр», 7 h later) of The Pontic Ledger's own
# English report (2,860 t, 14 crew, 600 m, the cat quote); «Зеленобузькі Вісті» reports independently
# in Ukrainian (own correspondent, harbour master, fisherman); a German relay credits The Pontic Ledger.
story("s04_translation_uk_ship_aground", "translation", {
"00_en.txt": """Freighter Halcyon Reach runs aground off Zelenobuzk
The Pontic Ledger
2028-02-20T09:00:00+00:00

The cargo ship Halcyon Reach, carrying 2,860 tonnes of sunflower meal, ran aground on a sandbank in the river mouth just south of the Ukrainian port of Zelenobuzk before dawn on Sunday. None of her 14 crew were hurt, and there is no sign of fuel leaking.

The Pontic Ledger's correspondent watched from the harbour wall as a pilot boat circled the ship, which is listing slightly to port about 600 metres off the breakwater.

Reached by phone, the ship's second officer, Emil Varga, said the vessel had been waiting to enter port when her anchor dragged in a strong easterly wind. "We felt a long shudder, like the ship was sighing, and then she just stopped," he told the Ledger. "The crew are fine. The cat is fine. Only the captain is not fine."

The Halcyon Reach, built in 1998 and flying the flag of Malta, was to load grain at Zelenobuzk after discharging the meal. The port authority has opened an investigation.
""",
"01_uk.txt": """Суховантаж Halcyon Reach сів на мілину біля Зеленобузька
Портовий Кур'єр
2028-02-20T16:40:00+02:00

Суховантаж Halcyon Reach, що перевозив 2860 тонн соняшникового шроту, у неділю перед світанком сів на піщану мілину в гирлі річки трохи південніше порту Зеленобузьк. Ніхто з 14 членів екіпажу не постраждав, ознак витоку пального немає.

Судно з невеликим креном на лівий борт стоїть приблизно за 600 метрів від хвилелому, довкола нього курсує лоцманський катер.

Другий помічник капітана Еміль Варга розповів, що судно чекало на захід у порт, коли через сильний східний вітер якір почало тягнути по дну. «Ми відчули довге здригання, ніби судно зітхнуло, а потім воно просто зупинилося, — сказав він. — Екіпаж у порядку. Кіт у порядку. Не в порядку лише капітан».

Halcyon Reach, збудований 1998 року, ходить під прапором Мальти і мав після розвантаження шроту завантажитися зерном у Зеленобузьку. Портова адміністрація розпочала розслідування.
""",
"02_uk.txt": """На мілині біля Зеленобузька — іноземний суховантаж: що відомо
Зеленобузькі Вісті
2028-02-20 11:15

Як з'ясували «Зеленобузькі Вісті», іноземний суховантаж Halcyon Reach, який у неділю вранці сів на мілину біля входу до порту Зеленобузьк, знімуть з мілини не раніше середи.

Начальниця порту Олена Гнатюк розповіла нашому кореспондентові, що спершу частину вантажу перевантажать на баржу, щоб судно стало легшим. «Тягнути його буксирами зараз не можна: корпус може тріснути», — пояснила вона. За її словами, ніхто не постраждав, а забруднення води не виявили.

Рибалка Петро Соловей, який о шостій ранку виходив на човні, бачив, як судно повільно зносило до мілини. «Я йому світив ліхтарем і кричав, але хто ж мене почує», — розповів він.

Біля причалу вже чергують два буксири з Калинівської Гавані.
""",
"03_de.txt": """Frachter „Halcyon Reach" vor ukrainischem Hafen auf Grund gelaufen
Hafenbote Rendsmark
21.02.2028 08:00

Vor dem ukrainischen Hafen Zelenobusk ist der Frachter Halcyon Reach mit 2860 Tonnen Sonnenblumenschrot auf eine Sandbank gelaufen, wie die englischsprachige Zeitung The Pontic Ledger berichtet. Die 14 Besatzungsmitglieder blieben unverletzt.

Der Anker habe bei starkem Ostwind nicht gehalten, sagte der Zweite Offizier Emil Varga dem Ledger. „Wir spürten ein langes Zittern, als ob das Schiff seufzte, und dann stand es einfach still." Ausgetretener Treibstoff wurde laut dem Bericht nicht festgestellt. Die Hafenbehörde ermittelt.
""",
}, [
 {"name": "The Pontic Ledger", "in_corpus": True},
 {"name": "Зеленобузькі Вісті", "in_corpus": True},
], [
 {"origin": "The Pontic Ledger", "article": "01_uk.txt"},
 {"origin": "The Pontic Ledger", "article": "03_de.txt"},
], [
 ("The cargo ship Halcyon Reach ran aground near the port of Zelenobuzk.", ["00_en.txt", "01_uk.txt", "02_uk.txt", "03_de.txt"], 2),
 ("The ship was carrying 2,860 tonnes of sunflower meal.", ["00_en.txt", "01_uk.txt", "03_de.txt"], 1),
 ("Nobody was injured.", ["00_en.txt", "01_uk.txt", "02_uk.txt", "03_de.txt"], 2),
 ("No fuel leak or pollution was found.", ["00_en.txt", "01_uk.txt", "02_uk.txt", "03_de.txt"], 2),
 ("The ship's anchor dragged in a strong easterly wind.", ["00_en.txt", "01_uk.txt", "03_de.txt"], 1),
 ("Second officer Emil Varga said the crew felt a long shudder, as if the ship was sighing.", ["00_en.txt", "01_uk.txt", "03_de.txt"], 1),
 ("Part of the cargo will be moved to a barge before the ship is refloated, not before Wednesday.", ["02_uk.txt"], 1),
])

# s05: two outlets quote the same Corvale press release word for word but report independently
# (Echo: worker Leanne Fosse and union rep; Clarion, no date line: councillor Chaudhry and a sandwich-van
# owner). Corvale is not an origin. A German paper relays the Echo with credit.
story("s05_press_release_biscuit_factory", "press_release", {
"00_en.txt": """Corvale to shut Brannock Lane biscuit factory, 212 jobs to go
The Sedgeford Echo
2028-04-03T11:20:00+01:00

Biscuit maker Corvale will close its Brannock Lane factory in Sedgeford by the end of September, with the loss of 212 jobs, the company announced on Monday.

In a press release issued at 9 a.m., chief executive Annika Rhodes said: "After a thorough review of our manufacturing footprint, we have concluded that the Brannock Lane site no longer has a viable long-term future within the group. We will do everything we can to support affected colleagues." Production of the factory's ginger snaps will move to the group's plant in Dunmarrow.

The Echo was at the factory gates as staff came out of a meeting in the canteen at 9.30 a.m. Leanne Fosse, who has worked on the packing line for 19 years, was in tears. "They told us in twelve minutes. Nineteen years, twelve minutes," she said.

Gary Pell, the bakers' union representative at the site, said members would meet on Wednesday to discuss their response. "We found out from a press release like everyone else in this town," he told the Echo.
""",
"01_en.txt": """'A hammer blow for Sedgeford': anger as Corvale confirms factory closure
Kingsbarrow Clarion

Sedgeford councillor Dev Chaudhry has demanded an urgent meeting with Corvale after the biscuit firm confirmed it will shut its Brannock Lane factory, putting 212 people out of work.

In a statement, Corvale chief executive Annika Rhodes said: "After a thorough review of our manufacturing footprint, we have concluded that the Brannock Lane site no longer has a viable long-term future within the group. We will do everything we can to support affected colleagues."

Mr Chaudhry told the Clarion the closure was "a hammer blow for Sedgeford" and pointed out that the company had received a £400,000 council grant to modernise its ovens only three years ago. "I want to know what happened to that money," he said.

Outside the gates, Sue Haddad, whose sandwich van has parked on Brannock Lane every weekday since 2009, said she would probably have to give up the pitch. "That factory is my whole round," she told the Clarion. The factory is due to close by the end of September.
""",
"02_de.txt": """Hennemark-Tochter Corvale schließt englisches Keks-Werk
Ostwalder Tagblatt
4. April 2028

Die englische Hennemark-Tochter Corvale schließt ihr Keks-Werk an der Brannock Lane in Sedgeford bis Ende September, 212 Arbeitsplätze fallen weg. Das berichtet die englische Lokalzeitung The Sedgeford Echo.

In einer Pressemitteilung erklärte Corvale-Chefin Annika Rhodes: „Nach einer gründlichen Überprüfung unserer Produktionsstandorte sind wir zu dem Schluss gekommen, dass der Standort Brannock Lane innerhalb der Gruppe keine tragfähige langfristige Zukunft mehr hat."

Die Arbeiterin Leanne Fosse, seit 19 Jahren an der Verpackungslinie, sagte dem Echo, die Belegschaft sei in zwölf Minuten informiert worden: „Neunzehn Jahre, zwölf Minuten." Die Produktion soll laut dem Bericht in das Werk in Dunmarrow verlagert werden.
""",
}, [
 {"name": "The Sedgeford Echo", "in_corpus": True},
 {"name": "Kingsbarrow Clarion", "in_corpus": True},
], [
 {"origin": "The Sedgeford Echo", "article": "02_de.txt"},
], [
 ("Corvale will close its Brannock Lane biscuit factory in Sedgeford with the loss of 212 jobs.", ["00_en.txt", "01_en.txt", "02_de.txt"], 2),
 ("Chief executive Annika Rhodes said the Brannock Lane site no longer has a viable long-term future within the group.", ["00_en.txt", "01_en.txt", "02_de.txt"], 2),
 ("The factory will close by the end of September.", ["00_en.txt", "01_en.txt", "02_de.txt"], 2),
 ("Worker Leanne Fosse, 19 years at the factory, said staff were told in twelve minutes.", ["00_en.txt", "02_de.txt"], 1),
 ("Production will move to the group's plant in Dunmarrow.", ["00_en.txt", "02_de.txt"], 1),
 ("Councillor Dev Chaudhry said the company received a £400,000 council grant three years ago.", ["01_en.txt"], 1),
])

# s06: control without copies. An outside broadcaster (Radio Chaika, not in the corpus) is credited by
# an English and a Ukrainian outlet (same pilot quote: siblings, not copies of each other); The
# Greywater Chronicle reports independently from the festival.
story("s06_outside_radio_balloon", "outside_and_own", {
"00_en.txt": """Hot-air balloon with six passengers makes emergency landing at Ukrainian festival
The Lanternbury Times
2028-05-06T15:00:00+00:00

A hot-air balloon carrying six passengers made an emergency landing in a field outside the Ukrainian town of Yasenivka on Saturday morning during the town's balloon festival, local broadcaster Radio Chaika reported.

The pilot, Bohdan Kostiuk, told Radio Chaika that a sudden gust had pushed the balloon towards a line of power cables. "I had maybe ten seconds to decide, so I put her down in the first open ground I saw," he said.

Nobody was hurt, according to the station. The basket tipped over on landing and was dragged for around 30 metres before the ground crew caught the envelope.
""",
"01_uk.txt": """Під Ясенівкою аварійно приземлилася повітряна куля з шістьма пасажирами
Степовий Голос
06.05.2028 12:40

У суботу вранці під час фестивалю повітряних куль біля Ясенівки аварійно приземлилася куля з шістьма пасажирами на борту. Про це повідомило радіо «Чайка».

Пілот Богдан Костюк розповів радіо, що раптовий порив вітру поніс кулю в бік ліній електропередачі. «У мене було секунд десять, тож я посадив її на першому відкритому місці, яке побачив», — сказав він.

За даними «Чайки», ніхто не постраждав. Під час посадки кошик перекинувся, і його протягло полем близько 30 метрів.
""",
"02_en.txt": """'We were laughing by the time we stopped': balloon festival flight ends in a field
The Greywater Chronicle
2028-05-06T17:45:00+00:00

The Greywater Chronicle's travel writer was in the crowd at the Yasenivka balloon festival in Ukraine on Saturday when one of the 22 balloons in the morning launch dropped suddenly and disappeared behind a line of poplars.

Its six passengers, all visitors from the regional capital, walked back to the launch field an hour later, muddy but unhurt. One of them, Iryna Movchan, a 34-year-old schoolteacher, told the Chronicle: "It felt like a very fast lift going sideways. We were laughing by the time we stopped."

Festival organiser Andriy Lytvyn said the balloon had come down in a field of winter wheat after the wind picked up, and that the remaining morning flights had been cancelled. They will resume on Sunday if conditions allow.
""",
}, [
 {"name": "Radio Chaika", "in_corpus": False},
 {"name": "The Greywater Chronicle", "in_corpus": True},
], [
 {"origin": "Radio Chaika", "article": "00_en.txt"},
 {"origin": "Radio Chaika", "article": "01_uk.txt"},
], [
 ("A hot-air balloon with six passengers made an emergency landing near Yasenivka during the town's balloon festival.", ["00_en.txt", "01_uk.txt", "02_en.txt"], 2),
 ("Nobody was hurt.", ["00_en.txt", "01_uk.txt", "02_en.txt"], 2),
 ("Pilot Bohdan Kostiuk said a sudden gust pushed the balloon towards power lines.", ["00_en.txt", "01_uk.txt"], 1),
 ("The basket tipped over and was dragged about 30 metres.", ["00_en.txt", "01_uk.txt"], 1),
 ("The remaining morning flights were cancelled.", ["02_en.txt"], 1),
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 42 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for text, a, n in claims:
            assert all(x in arts for x in a), (id, text)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": origins,
            "relays": relays,
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")

if __name__ == "__main__":
    main()
