#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand39 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims, outlets):
    # outlets: in-corpus outlet name -> its article in this story (only used for the root check)
    S.append((id, scenario, arts, origins, relays, claims, outlets))

# r01: outside wire agency Corvane Wire relayed by all five articles. en is a wire-style
# "UPDATE 2-" item; uk is headline-only (title + one sentence); fr names two outlets
# (The Lumenbrook Herald, Radio Verbohrad) only to say they could NOT confirm: no edge from them.
story("r01_agency_ferry_aground", "agency", {
"00_en.txt": """UPDATE 2-River ferry with 140 aboard runs aground on the Sulva, passengers taken ashore
The Marlow Courier
2027-04-11T16:05:00+00:00

(Adds all passengers ashore, quote from river authority in paragraphs 3-4)

A river passenger ferry carrying about 140 people ran aground on a sandbank on the Sulva river near the town of Verbohrad on Sunday afternoon, Corvane Wire reported.

The ferry Lastivka-2 was on its regular weekend run from Verbohrad to the island village of Ostrivky when it struck the sandbank at around 1 p.m., about 400 metres from the pier. Water levels on the Sulva are unusually low after a dry spring.

All passengers were brought ashore by rescue boats within three hours and nobody was injured, a spokeswoman for the regional river authority, Nadiya Horbach, told Corvane Wire.

"The hull is intact, the ferry is simply stuck," Horbach said. A tug is expected to try to pull the vessel free on Monday morning.

Ferry services to Ostrivky are suspended until further notice.
""",
"01_uk.txt": """Пором зі 140 пасажирами сів на мілину на Сульві біля Вербограда
Дзвін
11.04.2027 15:20

Річковий пором «Ластівка-2», на борту якого було близько 140 людей, у неділю сів на мілину на річці Сульва неподалік Вербограда, повідомляє агентство Corvane Wire.
""",
"02_ru.txt": """Паром со 140 пассажирами сел на мель на реке Сульва
Северный Вестник
2027-04-11 17:40

Речной паром «Ластивка-2», на борту которого находились около 140 человек, в воскресенье днём сел на мель на реке Сульва у города Вербоград, сообщает агентство Corvane Wire.

По данным агентства, судно шло по обычному маршруту к селу Островки и наткнулось на песчаную отмель примерно в 400 метрах от причала. Уровень воды в Сульве после сухой весны необычно низкий.

Все пассажиры были доставлены на берег спасательными лодками в течение трёх часов, никто не пострадал, сообщила агентству представитель областного управления речного транспорта Надежда Горбач. В понедельник утром буксир попытается снять паром с мели.
""",
"03_de.txt": """Fähre mit 140 Menschen an Bord auf Grund gelaufen
Alpenrand-Bote
11. April 2027

Auf dem Fluss Sulwa ist nahe der Stadt Werbohrad eine Passagierfähre mit rund 140 Menschen an Bord auf eine Sandbank gelaufen, wie die Nachrichtenagentur Corvane Wire meldet.

Alle Passagiere wurden laut der Agentur binnen drei Stunden mit Rettungsbooten an Land gebracht; verletzt wurde niemand. „Der Rumpf ist unbeschädigt, die Fähre steckt einfach fest", sagte Nadija Horbatsch von der regionalen Flussbehörde der Agentur.

Der Fährverkehr zur Inselsiedlung Ostriwky ist bis auf Weiteres eingestellt.
""",
"04_fr.txt": """Un ferry fluvial avec 140 passagers s'échoue sur la Soulva
Le Phare de Brévanne
12 avril 2027

Un ferry fluvial transportant environ 140 personnes s'est échoué dimanche sur un banc de sable de la Soulva, près de la ville de Verbohrad, selon l'agence Corvane Wire.

Tous les passagers ont été ramenés à terre par des bateaux de secours en moins de trois heures et personne n'a été blessé, a indiqué à l'agence une porte-parole de l'autorité fluviale régionale, Nadia Horbatch.

Ni The Lumenbrook Herald ni la radio régionale Radio Verbohrad n'ont pu confirmer ces informations dans l'immédiat.
""",
}, [{"name": "Corvane Wire", "in_corpus": False}],
[{"origin": "Corvane Wire", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"]],
[("A river ferry carrying about 140 people ran aground on the Sulva river near Verbohrad.", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1),
 ("All passengers were brought ashore by rescue boats within three hours and nobody was injured.", ["00_en.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1),
 ("Ferry services to Ostrivky are suspended until further notice.", ["00_en.txt", "03_de.txt"], 1)],
{"The Marlow Courier": "00_en.txt", "Дзвін": "01_uk.txt", "Северный Вестник": "02_ru.txt", "Alpenrand-Bote": "03_de.txt", "Le Phare de Brévanne": "04_fr.txt"})

# r02: chain of three: Северный Вестник (own: order seen by its correspondent, union leader quote
# given to the paper) -> The Marlow Courier (en, TWO date lines in the header and two body datelines)
# -> Rheinauer Tagblatt (de, credits only the Marlow Courier although it names Sewerny Westnik as the
# Courier's source: one edge from The Marlow Courier). uk relays Северный Вестник directly.
story("r02_chain_copper_smelter", "chain", {
"00_ru.txt": """Медеплавильный завод в Орешине остановит две печи и сократит 900 рабочих
Северный Вестник
2027-04-20 07:30

Как выяснил «Северный Вестник», медеплавильный завод «Каменский» в Орешине с 1 мая остановит две из трёх плавильных печей и сократит около 900 из 2300 работников. Копию приказа генерального директора, подписанного в пятницу, видел наш корреспондент.

В приказе причиной названы «падение цен на катодную медь и рост стоимости электроэнергии». Третья печь продолжит работу в сокращённом режиме.

«С нами никто не советовался. Люди узнают о сокращении из газеты», — рассказал «Северному Вестнику» председатель заводского профсоюза Геннадий Лапин.

Пресс-служба завода на момент публикации не ответила на запрос редакции.
""",
"01_en.txt": """Oreshin copper smelter to shut two furnaces and cut 900 jobs, local paper says
The Marlow Courier
2027-04-20 15:10
Updated: 2027-04-21 08:45

ORESHIN, April 20 — The Kamensky copper smelter in Oreshin will shut down two of its three furnaces from May 1 and lay off about 900 of its 2,300 workers, the Russian-language regional paper Severny Vestnik reported on Tuesday, citing a copy of an order signed by the plant's general director.

The order blames "falling prices for copper cathode and rising electricity costs", according to the paper. The third furnace will keep running at reduced capacity.

"Nobody consulted us. People are finding out about the layoffs from the newspaper," the head of the plant's trade union, Gennady Lapin, told Severny Vestnik.

ORESHIN, April 21 — The smelter's press office has not responded to requests for comment.
""",
"02_de.txt": """Kupferhütte in Oreschin streicht 900 Stellen
Rheinauer Tagblatt
21.04.2027 10:00

Die Kupferhütte Kamenski in Oreschin will ab dem 1. Mai zwei ihrer drei Schmelzöfen stilllegen und rund 900 der 2300 Beschäftigten entlassen. Das berichtete die britische Zeitung The Marlow Courier, die sich ihrerseits auf die russischsprachige Regionalzeitung Sewerny Westnik und einen Erlass des Generaldirektors beruft.

Als Grund nennt der Erlass demnach gefallene Kupferpreise und gestiegene Strompreise. „Niemand hat uns gefragt", zitiert der Marlow Courier den Gewerkschaftschef Gennadi Lapin.
""",
"03_uk.txt": """Мідеплавильний завод в Орєшині скоротить 900 працівників
Обрій
20.04.2027 12:45

Мідеплавильний завод «Каменський» в Орєшині з 1 травня зупинить дві з трьох печей і звільнить близько 900 із 2300 працівників. Про це повідомило російськомовне регіональне видання «Северный Вестник», журналіст якого бачив копію наказу генерального директора.

За даними видання, причиною названо падіння цін на мідь і подорожчання електроенергії. Голова заводської профспілки Геннадій Лапін сказав виданню, що з працівниками ніхто не радився.
""",
}, [{"name": "Северный Вестник", "in_corpus": True}],
[{"origin": "Северный Вестник", "article": "01_en.txt"},
 {"origin": "The Marlow Courier", "article": "02_de.txt"},
 {"origin": "Северный Вестник", "article": "03_uk.txt"}],
[("The Kamensky copper smelter in Oreshin will shut two of its three furnaces from May 1 and lay off about 900 of its 2,300 workers.", ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The director's order blames falling copper prices and rising electricity costs.", ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The trade union leader Gennady Lapin says the workers were not consulted.", ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)],
{"Северный Вестник": "00_ru.txt", "The Marlow Courier": "01_en.txt", "Rheinauer Tagblatt": "02_de.txt", "Обрій": "03_uk.txt"})

# r03: two independent origins for one claim: Alpenrand-Bote (own: works council chief told "unserer
# Zeitung") and Дзвін (own: mayor told its correspondent). fr relays Alpenrand-Bote. en is a
# "What the papers say" roundup relaying three papers: edges from Alpenrand-Bote, Дзвін and
# Le Phare de Brévanne.
story("r03_independent_battery_plant", "independent", {
"00_de.txt": """Volterra legt Batteriewerk in der Ukraine auf Eis
Alpenrand-Bote
2027-05-03T18:30:00+02:00

Der Batteriehersteller Volterra AG aus Kemptal hat seine Pläne für ein Werk mit 400 Arbeitsplätzen in der ukrainischen Stadt Schowtokamjanka gestoppt. Das erfuhr der Alpenrand-Bote aus dem Betriebsrat des Unternehmens.

Der Vorstand habe die Entscheidung am Montag auf einer Betriebsversammlung in Kemptal bekannt gegeben, sagte Betriebsratschef Urs Wälchli unserer Zeitung. Als Grund seien die gestiegenen Finanzierungskosten genannt worden.

Auch der Bauauftrag für das Werk, den der französische Baukonzern Bâtiself im vergangenen Jahr erhalten hatte, werde storniert, so Wälchli.

Volterra wollte sich auf Anfrage nicht äußern.
""",
"01_uk.txt": """Німецька Volterra відмовилася будувати завод акумуляторів у Жовтокам'янці
Дзвін
03.05.2027 20:10

Німецький виробник акумуляторів Volterra AG відмовився від планів збудувати завод на 400 робочих місць у Жовтокам'янці. Про це кореспондентові «Дзвону» розповів міський голова Жовтокам'янки Тарас Оліфіренко.

«Сьогодні зранку ми отримали від компанії листа: проєкт зупинено. Для громади це дуже болюче», — сказав Оліфіренко. За його словами, місто вже виділило під завод 30 гектарів землі й проклало до ділянки дорогу.
""",
"02_fr.txt": """Usine de batteries en Ukraine : le contrat de Bâtiself annulé
Le Phare de Brévanne
4 mai 2027

Le fabricant allemand de batteries Volterra AG renonce à construire une usine de 400 emplois dans la ville ukrainienne de Jovtokamianka, rapporte le quotidien régional allemand Alpenrand-Bote, citant le comité d'entreprise du groupe.

Selon le journal, le contrat de construction attribué l'an dernier au groupe français Bâtiself est lui aussi annulé. La hausse des coûts de financement serait en cause.
""",
"03_en.txt": """What the papers say: Tuesday, May 4
The Lumenbrook Herald
2027-05-04 07:00

Germany's Alpenrand-Bote reports that the battery maker Volterra AG has scrapped its plan for a 400-job plant in the Ukrainian city of Zhovtokamianka, citing the company's works council, which says higher financing costs were given as the reason.

Ukraine's Dzvin says the city's mayor, Taras Olifirenko, received a letter from the company on Monday morning telling him the project had been halted; the city had already set aside 30 hectares of land for the plant.

France's Le Phare de Brévanne leads with the cancellation of the French builder Bâtiself's construction contract for the plant.
""",
}, [{"name": "Alpenrand-Bote", "in_corpus": True}, {"name": "Дзвін", "in_corpus": True}],
[{"origin": "Alpenrand-Bote", "article": "02_fr.txt"},
 {"origin": "Alpenrand-Bote", "article": "03_en.txt"},
 {"origin": "Дзвін", "article": "03_en.txt"},
 {"origin": "Le Phare de Brévanne", "article": "03_en.txt"}],
[("Battery maker Volterra AG has scrapped its plan for a 400-job plant in Zhovtokamianka.", ["00_de.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], 2),
 ("The French builder Bâtiself's construction contract for the plant is cancelled.", ["00_de.txt", "02_fr.txt", "03_en.txt"], 2),
 ("Higher financing costs were given as the reason.", ["00_de.txt", "02_fr.txt", "03_en.txt"], 2),
 ("The city received a letter from the company saying the project was halted, after setting aside 30 hectares of land.", ["01_uk.txt", "03_en.txt"], 2)],
{"Alpenrand-Bote": "00_de.txt", "Дзвін": "01_uk.txt", "Le Phare de Brévanne": "02_fr.txt", "The Lumenbrook Herald": "03_en.txt"})

# r04: own scoop by Ґрунт; en is a rebuttal ("... is false, the ministry said") that still relays
# Ґрунт (edge); ru credits Ґрунт for the claim and The Harwick Ledger for the denial (two edges);
# fr credits Ґрунт and ends with a correction naming The Harwick Ledger as the WRONG attribution:
# no edge from The Harwick Ledger to fr.
story("r04_rebuttal_maternity_wards", "rebuttal", {
"00_uk.txt": """МОЗ готує закриття пологових відділень у 12 районних лікарнях Придолинщини
Ґрунт
10.05.2027 09:00

Міністерство охорони здоров'я готує наказ про закриття пологових відділень у 12 районних лікарнях Придолинської області. Як з'ясував «Ґрунт», проєкт наказу, який є в розпорядженні редакції, передбачає, що з 1 вересня породіль направлятимуть до трьох перинатальних центрів.

У документі зазначено, що у відділеннях, які планують закрити, торік було менше ніж 300 пологів у кожному. Для частини жінок дорога до найближчого пологового збільшиться до 90 кілометрів.

«Ми дізналися про це від журналістів», — сказала «Ґрунту» завідувачка пологового відділення Рівнопільської районної лікарні Ірина Стецюк.
""",
"01_en.txt": """Report of maternity ward closures is false, ministry says
The Harwick Ledger
2027-05-11 13:20

A report by the Ukrainian investigative site Grunt that the health ministry plans to close maternity wards in 12 district hospitals in the Prydolynna region is false, the ministry said on Tuesday.

Grunt reported on Monday, citing what it said was a draft order, that from September 1 women in labour would instead be sent to three perinatal centres, with some facing a 90-kilometre drive.

"No such order has been drafted or signed. The ministry has no plans to close maternity wards in the Prydolynna region," the ministry said in a statement, calling the report "false and irresponsible".
""",
"02_ru.txt": """Минздрав опроверг сообщение о закрытии роддомов в 12 районных больницах
Вечерний Затон
2027-05-11 18:05

Министерство здравоохранения опровергло сообщение украинского издания «Ґрунт» о том, что оно готовит закрытие родильных отделений в 12 районных больницах Придолинской области. В министерстве назвали публикацию «ложной и безответственной», пишет британская газета The Harwick Ledger.

По данным «Ґрунта», проект приказа предусматривает, что с 1 сентября рожениц будут направлять в три перинатальных центра.
""",
"03_fr.txt": """Maternités menacées dans la région de Prydolynna : le ministère dément
La Gazette de Sornay
12 mai 2027

Le ministère de la Santé prépare la fermeture des maternités de 12 hôpitaux de district de la région de Prydolynna, a révélé lundi le site d'investigation ukrainien Grunt, qui dit avoir consulté un projet d'arrêté. À partir du 1er septembre, les parturientes seraient orientées vers trois centres périnataux.

Le ministère a démenti mardi, qualifiant l'information de « fausse et irresponsable ».

Correctif : une version précédente de cet article attribuait par erreur cette information au Harwick Ledger. Elle a été publiée en premier par le site ukrainien Grunt.
""",
}, [{"name": "Ґрунт", "in_corpus": True}],
[{"origin": "Ґрунт", "article": "01_en.txt"},
 {"origin": "Ґрунт", "article": "02_ru.txt"},
 {"origin": "The Harwick Ledger", "article": "02_ru.txt"},
 {"origin": "Ґрунт", "article": "03_fr.txt"}],
[("The health ministry plans to close maternity wards in 12 district hospitals in the Prydolynna region.", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("Under the draft order, from September 1 women in labour would be sent to three perinatal centres.", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The ministry denied the report, calling it false and irresponsible.", ["01_en.txt", "02_ru.txt", "03_fr.txt"], 1)],
{"Ґрунт": "00_uk.txt", "The Harwick Ledger": "01_en.txt", "Вечерний Затон": "02_ru.txt", "La Gazette de Sornay": "03_fr.txt"})

# r05: short Ukrainian item by Вежа (own: the zoo director told its correspondent); de is an
# UNCREDITED close German translation of it (keeps "unserem Korrespondenten"): edge from Вежа,
# the translation trap; en is mostly one quoted statement, credited to Vezha; ru has no outlet line.
story("r05_translation_lynx", "translation", {
"00_uk.txt": """Із зоопарку Ясеньгорода втекла рись
Вежа
03.06.2027 08:40

Уночі з міського зоопарку Ясеньгорода втекла самиця рисі на ім'я Руда. Про це кореспондентові «Вежі» розповів директор зоопарку Остап Ничипорук.

«Уночі під час грози на огорожу вольєра впало дерево, і Руда вибралася через пролом. Вона не агресивна, але це дика тварина. Просимо мешканців Липового і Зарічного районів не підходити до неї, а одразу телефонувати на 102. Наші працівники разом із поліцією шукають її від світанку», — сказав Ничипорук.
""",
"01_de.txt": """Luchsin aus dem Zoo von Jasenhorod entkommen
Rheinauer Tagblatt
3. Juni 2027

In der Nacht ist aus dem Stadtzoo von Jasenhorod eine Luchsin namens Ruda entkommen. Das sagte Zoodirektor Ostap Nytschyporuk unserem Korrespondenten.

„In der Nacht ist während eines Gewitters ein Baum auf den Zaun des Geheges gefallen, und Ruda ist durch die Lücke entwischt. Sie ist nicht aggressiv, aber sie ist ein Wildtier. Wir bitten die Bewohner der Stadtteile Lypowe und Saritschne, sich ihr nicht zu nähern und sofort die 102 anzurufen. Unsere Mitarbeiter suchen sie gemeinsam mit der Polizei seit dem Morgengrauen", sagte Nytschyporuk.
""",
"02_en.txt": """Lynx escapes from Yasenhorod zoo: the director's statement
The Harwick Ledger
2027-06-03 12:15

The director of Yasenhorod city zoo, Ostap Nychyporuk, gave the following statement to the Ukrainian news site Vezha on Thursday morning:

"During a thunderstorm last night a tree fell onto the fence of the enclosure, and Ruda, our female lynx, got out through the gap. She is not aggressive, but she is a wild animal. We ask residents of the Lypove and Zarichne districts not to approach her and to call 102 immediately. Our staff and the police have been searching for her since dawn."
""",
"03_ru.txt": """В Ясеньгороде из зоопарка сбежала рысь
2027-06-03 14:00

Из городского зоопарка Ясеньгорода ночью сбежала самка рыси по кличке Руда, сообщает украинское издание «Вежа». По словам директора зоопарка Остапа Ничипорука, во время грозы на ограду вольера упало дерево, и животное выбралось через пролом. Жителей районов Липовое и Заречное просят не приближаться к рыси и звонить по номеру 102.
""",
}, [{"name": "Вежа", "in_corpus": True}],
[{"origin": "Вежа", "article": "01_de.txt"},
 {"origin": "Вежа", "article": "02_en.txt"},
 {"origin": "Вежа", "article": "03_ru.txt"}],
[("A female lynx named Ruda escaped from the Yasenhorod city zoo during the night.", ["00_uk.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("A tree fell onto the enclosure fence during a thunderstorm and the lynx got out through the gap.", ["00_uk.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Residents of the Lypove and Zarichne districts are asked not to approach the lynx and to call 102.", ["00_uk.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Zoo staff and the police have been searching for the lynx since dawn.", ["00_uk.txt", "01_de.txt", "02_en.txt"], 1)],
{"Вежа": "00_uk.txt", "Rheinauer Tagblatt": "01_de.txt", "The Harwick Ledger": "02_en.txt"})

# r06: own report by Вечерний Затон (its correspondent on the spot, coach's quote to "нашему
# корреспонденту"); en is a reverse-chronological live blog ("15:40 — ...", "14:25 — BREAKING: ...")
# crediting Vecherny Zaton; its own "unable to reach" entry and the city administration's statement
# add no origin; fr is headline-only; uk has no date line.
story("r06_liveblog_ice_arena_roof", "liveblog", {
"00_ru.txt": """В Затонске под тяжестью снега обрушилась часть крыши ледовой арены
Вечерний Затон
2027-01-17 14:20

Около 13:50 в воскресенье под тяжестью снега обрушилась часть крыши ледовой арены «Северное сияние» в Затонске. Корреспондент «Вечернего Затона», оказавшийся рядом, видел, как из здания выводили детей.

В момент обрушения на льду тренировались 38 детей из хоккейной школы. «Мы услышали треск и сразу вывели всех. Никто не пострадал», — рассказал нашему корреспонденту тренер Павел Сизов.

Обрушилась секция крыши над северной трибуной. На месте работают спасатели.
""",
"01_en.txt": """LIVE: Ice arena roof collapses in Zatonsk
The Lumenbrook Herald
2027-01-17 15:45

15:40 — Emergency services say a section of roof of about 300 square metres fell in above the north stand.

15:10 — The city administration has confirmed the collapse in a short statement. The arena will stay closed until engineers have inspected the building, it said.

14:51 — The Lumenbrook Herald has so far been unable to reach the arena's management.

14:32 — According to Vecherny Zaton, 38 children from a hockey school were training on the ice when the roof gave way at about 13:50. "We heard a crack and got everyone out straight away. Nobody was hurt," coach Pavel Sizov told the paper.

14:25 — BREAKING: Part of the roof of the Severnoye Siyaniye ice arena in Zatonsk has collapsed under the weight of snow, the local paper Vecherny Zaton reports.
""",
"02_fr.txt": """Le toit d'une patinoire s'effondre sous la neige à Zatonsk, 38 enfants évacués
La Gazette de Sornay
17 janvier 2027

Une partie du toit de la patinoire Severnoïe Siianie s'est effondrée dimanche sous le poids de la neige pendant l'entraînement de 38 jeunes hockeyeurs, tous évacués sains et saufs, rapporte le journal local Vetcherni Zaton.
""",
"03_uk.txt": """У Затонську під вагою снігу обвалився дах льодової арени
Обрій

У неділю під вагою снігу обвалилася частина даху льодової арени «Северное сияние» у Затонську. Як повідомляє місцева газета «Вечерний Затон», у цей час на льоду тренувалися 38 дітей із хокейної школи; усіх вивели, ніхто не постраждав.

Міська адміністрація підтвердила обвал і повідомила, що арену закрито до перевірки інженерами.
""",
}, [{"name": "Вечерний Затон", "in_corpus": True}],
[{"origin": "Вечерний Затон", "article": a} for a in ["01_en.txt", "02_fr.txt", "03_uk.txt"]],
[("Part of the roof of the Severnoye Siyaniye ice arena in Zatonsk collapsed under the weight of snow.", ["00_ru.txt", "01_en.txt", "02_fr.txt", "03_uk.txt"], 1),
 ("38 children from a hockey school were training on the ice; all were evacuated and nobody was hurt.", ["00_ru.txt", "01_en.txt", "02_fr.txt", "03_uk.txt"], 1),
 ("The city administration said the arena will stay closed until engineers have inspected it.", ["01_en.txt", "03_uk.txt"], 1)],
{"Вечерний Затон": "00_ru.txt", "The Lumenbrook Herald": "01_en.txt", "La Gazette de Sornay": "02_fr.txt", "Обрій": "03_uk.txt"})


def roots(art, origins, relays, outlets, seen=()):
    inc = {o["name"] for o in origins if o["in_corpus"]}
    out = {o["name"] for o in origins if not o["in_corpus"]}
    r = {n for n in inc if outlets.get(n) == art}
    for e in relays:
        if e["article"] != art:
            continue
        if e["origin"] in out:
            r.add(e["origin"])
        else:
            src = outlets[e["origin"]]
            assert src not in seen, (art, src)
            r |= roots(src, origins, relays, outlets, seen + (art,))
    return r

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims, outlets in S:
        os.makedirs(os.path.join(sd, id))
        for name, text in arts.items():
            with open(os.path.join(sd, id, name), "w", encoding="utf-8") as f:
                f.write(text)
        for e in relays:
            assert e["article"] in arts, (id, e)
        cl = []
        for text, carriers, n in claims:
            assert all(a in arts for a in carriers), (id, text)
            got = set().union(*(roots(a, origins, relays, outlets) for a in carriers))
            assert len(got) == n, (id, text, got, n)
            cl.append({"text": text, "articles": carriers, "independent_sources": n})
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": cl})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 39 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")

if __name__ == "__main__":
    main()
