#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand17 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside wire agency Aldmere Press relayed by all four: en "Aldmere Press reported" +
# "told Aldmere Press"; uk "повідомило агентство Aldmere Press" + "За інформацією агентства";
# de "wie die Nachrichtenagentur Aldmere Press meldet" + "sagte … der Agentur"; fr (no date line)
# "selon l'agence de presse Aldmere Press" + "a-t-il déclaré à l'agence".
story("r01_agency_ammonia_train", "agency", {
"00_en.txt": """Ammonia train derails near Kamianobrid, 600 residents moved out overnight
Northvale Dispatch
2027-02-02T09:20:00+00:00

A freight train hauling tank wagons of liquid ammonia came off the rails near the Ukrainian town of Kamianobrid late on Monday, and about 600 people living along the line were moved out of their homes overnight, Aldmere Press reported.

Eleven of the train's 38 wagons left the track on a curve about two kilometres east of the town's station shortly before 11 p.m. One of the tank wagons was leaking slowly from a damaged valve, regional civil protection official Serhiy Babenchuk told Aldmere Press.

"The leak is small and the wind is carrying it away from the houses, but with ammonia we are not taking any chances," Babenchuk said. Specialist crews from the regional capital were expected to seal the valve by midday on Tuesday.

Residents of three streets closest to the line spent the night in the gym of School No. 2 and in the town's cultural centre. Nobody was injured, and the two drivers of the train were unhurt.

The rail operator, Stepova Zaliznytsia, said traffic on the single-track line would be suspended for at least three days. The cause of the derailment is under investigation; the line was last repaired in 2019.
""",
"01_uk.txt": """Під Кам'янобродом зійшов з рейок потяг з аміаком: 600 людей евакуювали
Світлиця
02.02.2027 11:05

Вантажний потяг із цистернами рідкого аміаку зійшов з рейок неподалік Кам'яноброда в понеділок пізно ввечері. Близько 600 мешканців прилеглих вулиць уночі вивезли з домівок. Про це повідомило міжнародне агентство Aldmere Press.

За інформацією агентства, одинадцять із 38 вагонів зійшли з колії на повороті приблизно за два кілометри на схід від станції. Одна з цистерн повільно протікає через пошкоджений клапан, сказав посадовець обласної служби цивільного захисту Сергій Бабенчук.

«Витік невеликий, і вітер відносить його від будинків, але з аміаком ми не ризикуємо», — зазначив Бабенчук. Спеціалісти з обласного центру мають закрити клапан до полудня вівторка.

Мешканці трьох найближчих до колії вулиць ночували у спортзалі школи №2 та в будинку культури. Ніхто не постраждав.

Залізничний оператор «Степова залізниця» повідомив, що рух на одноколійній лінії буде припинено щонайменше на три дні. Причини аварії з'ясовують.
""",
"02_de.txt": """Ammoniak-Zug in der Ukraine entgleist – 600 Anwohner in Sicherheit gebracht
Nordwall-Anzeiger
2. Februar 2027

In der Ukraine ist nahe der Kleinstadt Kamjanobrid ein Güterzug mit Ammoniak-Kesselwagen entgleist, wie die internationale Nachrichtenagentur Aldmere Press meldet. Rund 600 Anwohner mussten in der Nacht zum Dienstag ihre Häuser verlassen.

Elf der 38 Waggons sprangen am späten Montagabend in einer Kurve etwa zwei Kilometer östlich des Bahnhofs aus den Schienen. Aus einem Kesselwagen trete durch ein beschädigtes Ventil langsam Ammoniak aus, sagte Serhij Babentschuk vom regionalen Zivilschutz der Agentur.

„Das Leck ist klein, und der Wind trägt das Gas von den Häusern weg, aber bei Ammoniak gehen wir kein Risiko ein", so Babentschuk. Die Anwohner übernachteten in einer Schulturnhalle und im Kulturhaus. Verletzt wurde niemand.

Die Bahngesellschaft Stepowa Salisnyzja sperrte die eingleisige Strecke für mindestens drei Tage. Die Unfallursache wird untersucht.
""",
"03_fr.txt": """Ukraine : un train d'ammoniac déraille près de Kamianobrid, 600 habitants évacués
Le Courrier de Valcreuse

Un train de marchandises transportant des wagons-citernes d'ammoniac liquide a déraillé lundi soir près de la petite ville ukrainienne de Kamianobrid, selon l'agence de presse Aldmere Press. Quelque 600 habitants ont été évacués pendant la nuit.

Onze des 38 wagons sont sortis des rails dans une courbe, à environ deux kilomètres à l'est de la gare. Une citerne fuit lentement par une vanne endommagée, a déclaré à l'agence Serhiï Babentchouk, responsable régional de la protection civile. « La fuite est faible et le vent l'éloigne des maisons, mais avec l'ammoniac nous ne prenons aucun risque », a-t-il ajouté.

Les habitants des trois rues les plus proches de la voie ont passé la nuit dans un gymnase scolaire et à la maison de la culture. Aucun blessé n'est à déplorer. La ligne, à voie unique, restera fermée au moins trois jours.
""",
}, [("Aldmere Press", False)],
[("Aldmere Press", a) for a in ("00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt")],
[("A freight train carrying liquid ammonia derailed near Kamianobrid and about 600 residents were evacuated.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# r02: in-corpus scoop by Криниця (own: "Як з'ясувала «Криниця»", "Журналісти «Криниці»
# проаналізували", "у коментарі «Криниці»"), relayed with credit: uk genitive "За інформацією
# «Криниці»" + "повідомило видання «Криниця»" + dative "сказав «Криниці»"; en "first reported by
# the Ukrainian investigative site Krynytsia" + "Krynytsia's reporting"; ru translated name
# "сообщило украинское издание «Криница» со ссылкой на тендерные документы" + "По данным
# издания"; de (no date line) German transliteration "Nach Informationen des ukrainischen Investigativportals Krynyzja".
story("r02_scoop_ambulances", "scoop_credited", {
"00_uk.txt": """Швидкі за подвійною ціною: департамент охорони здоров'я переплатив 28 мільйонів
Криниця
2027-02-04 08:30

Як з'ясувала «Криниця», департамент охорони здоров'я Верхньодолинської обласної адміністрації восени закупив 14 автомобілів швидкої допомоги за ціною 4,1 мільйона гривень кожен — приблизно вдвічі дорожче, ніж такі самі машини коштували в сусідніх областях.

Журналісти «Криниці» проаналізували тендерні документи в системі публічних закупівель і порівняли їх із шістьма іншими закупівлями того ж року. В усіх випадках ідеться про однакову модель на базі фургона з однаковою комплектацією. Найдешевше такий автомобіль придбала сусідня область — за 2,05 мільйона гривень.

Переможцем тендеру стала фірма «Медтранс-Плюс», зареєстрована за три місяці до торгів. Інші двоє учасників подали документи з помилками, і їх відхилили. Загальна переплата, за нашими розрахунками, становить близько 28 мільйонів гривень.

Директор департаменту Віктор Пасічник у коментарі «Криниці» заявив, що ціна «відповідала ринку на момент закупівлі», і пообіцяв оприлюднити кошторис. У «Медтранс-Плюс» на наші запитання не відповіли.
""",
"01_uk.txt": """Верхньодолинська область купила швидкі вдвічі дорожче за сусідів
Перехрестя
04.02.2027 12:40

За інформацією «Криниці», департамент охорони здоров'я Верхньодолинської облдержадміністрації закупив 14 автомобілів швидкої допомоги по 4,1 мільйона гривень за кожен. Це приблизно вдвічі більше, ніж платили за таку ж модель інші області.

Про це повідомило видання «Криниця», яке проаналізувало тендерні документи. Найдешевше, за 2,05 мільйона, таку машину купила сусідня область. Тендер виграла фірма «Медтранс-Плюс», зареєстрована за три місяці до торгів; двох інших учасників відхилили.

Директор департаменту Віктор Пасічник сказав «Криниці», що ціна відповідала ринку на момент закупівлі. Загальну переплату журналісти оцінюють приблизно у 28 мільйонів гривень.
""",
"02_en.txt": """Ukrainian region paid double for ambulances, documents show
The Kestrel Gazette
Thu, 04 Feb 2027 14:15:00 +0000

A regional health department in Ukraine paid about twice the going price for 14 new ambulances last autumn, as first reported by the Ukrainian investigative site Krynytsia.

Krynytsia's reporting, based on public tender documents, found that the Verkhnodolynsk regional administration paid 4.1 million hryvnias for each vehicle, while a neighbouring region bought the same model with the same equipment for 2.05 million.

The contract went to Medtrans-Plus, a firm registered three months before the tender; the two other bidders were disqualified over errors in their paperwork. The site estimated the overpayment at around 28 million hryvnias, roughly 650,000 dollars.

The head of the health department, Viktor Pasichnyk, told Krynytsia the price had matched the market at the time of purchase.
""",
"03_ru.txt": """Машины скорой помощи закупили по двойной цене
Тихая Пристань
2027-02-04 16:00

Департамент здравоохранения Верхнедолинской области Украины закупил 14 машин скорой помощи почти вдвое дороже рыночной цены, сообщило украинское издание «Криница» со ссылкой на тендерные документы.

По данным издания, каждая машина обошлась в 4,1 миллиона гривен, тогда как соседняя область купила такую же модель в той же комплектации за 2,05 миллиона. Тендер выиграла фирма «Медтранс-Плюс», зарегистрированная за три месяца до торгов.

Журналисты оценили переплату примерно в 28 миллионов гривен. Директор департамента Виктор Пасечник заявил, что цена соответствовала рынку на момент закупки.
""",
"04_de.txt": """Ukraine: Gebietsverwaltung zahlte für Krankenwagen das Doppelte
Talkessel-Kurier

Nach Informationen des ukrainischen Investigativportals Krynyzja hat die Gesundheitsabteilung der Gebietsverwaltung Werchnodolynsk 14 Rettungswagen zum doppelten Marktpreis gekauft. Pro Fahrzeug seien 4,1 Millionen Hrywnja bezahlt worden, ein Nachbargebiet habe dasselbe Modell für 2,05 Millionen erworben.

Den Zuschlag erhielt laut den Ausschreibungsunterlagen eine erst drei Monate zuvor gegründete Firma, Medtrans-Plus. Die Mehrkosten beziffert Krynyzja auf rund 28 Millionen Hrywnja. Abteilungsleiter Wiktor Passitschnyk verteidigte den Preis als marktüblich, berichtete Krynyzja.
""",
}, [("Криниця", True)],
[("Криниця", a) for a in ("01_uk.txt", "02_en.txt", "03_ru.txt", "04_de.txt")],
[("The Verkhnodolynsk regional health department bought 14 ambulances at about twice the price paid elsewhere.",
  ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt", "04_de.txt"], 1)])

# r03: relay chain A → B → C: A = Утренний Брод own report ("Как выяснил «Утренний Брод»",
# "Наш корреспондент побывал", "рассказала «Утреннему Броду»"); B = The Brindlemoor Post "according
# to a report in the Russian-language local paper Utrenny Brod" + "told Utrenny Brod"; C1 fr
# "rapporte le journal anglophone The Brindlemoor Post, citant le quotidien russophone Outrenni Brod"
# (edge from B only, as in hand16: a credit to an in-corpus outlet gives the edge from that outlet);
# C2 de (no outlet line) credits only B: "berichtete die englischsprachige Zeitung The Brindlemoor Post".
story("r03_chain_cinema", "chain", {
"00_ru.txt": """Кинотеатр «Полярис» закроют и отдадут под супермаркет
Утренний Брод
2027-02-05 10:10

Как выяснил «Утренний Брод», единственный в Верхоречье кинотеатр «Полярис» закроется 1 апреля, а здание площадью 1800 квадратных метров перестроят под супермаркет сети «Корзинка-Юг».

Наш корреспондент побывал в кинотеатре в четверг: на вечерний сеанс пришли одиннадцать зрителей. Директор «Поляриса» Галина Сомова рассказала «Утреннему Броду», что договор аренды с новым владельцем здания уже подписан, а сотрудникам — их четырнадцать — вручили уведомления об увольнении.

«Мы держались, сколько могли. Зимой отопление зала стоит больше, чем мы продаём билетов», — сказала Сомова.

Кинотеатр открылся в 1967 году. В 2011-м его зал на 420 мест переоборудовали под цифровой показ. Городские власти, по словам Сомовой, предлагали перенести сеансы в малый зал дома культуры, но точной даты пока нет.
""",
"01_en.txt": """Verkhorechye's only cinema to become a supermarket
The Brindlemoor Post
2027-02-05T15:30:00+01:00

The Polaris, the only cinema in the town of Verkhorechye, will show its last film on April 1 and its building will be turned into a supermarket, according to a report in the Russian-language local paper Utrenny Brod.

The cinema's director, Galina Somova, told Utrenny Brod that the lease with the building's new owner had been signed and that all fourteen staff had been given notice. "In winter, heating the hall costs more than we take in tickets," she said.

The paper's correspondent counted eleven people at a Thursday evening screening. The Polaris opened in 1967 and its 420-seat hall was converted to digital projection in 2011. The building will be taken over by the Korzinka-Yug grocery chain.
""",
"02_fr.txt": """Le seul cinéma de Verkhoretchie va devenir un supermarché
L'Écho de Morvelle
6 février 2027

Le cinéma Polaris, unique salle de la petite ville de Verkhoretchie, fermera ses portes le 1er avril pour laisser place à un supermarché, rapporte le journal anglophone The Brindlemoor Post, citant le quotidien russophone local Outrenni Brod.

Selon la directrice de l'établissement, Galina Somova, le bail avec le nouveau propriétaire du bâtiment est signé et les quatorze salariés ont reçu leur préavis. « L'hiver, chauffer la salle coûte plus cher que ce que rapportent les billets », a-t-elle expliqué.

Ouvert en 1967, le Polaris compte une salle de 420 places, passée au numérique en 2011.
""",
"03_de.txt": """Kino „Polaris" in Werchoretschje schließt – Supermarkt zieht ein
2027-02-06 09:00

Das einzige Kino der Kleinstadt Werchoretschje, das „Polaris", zeigt am 1. April seinen letzten Film. Das Gebäude wird zu einem Supermarkt umgebaut, berichtete die englischsprachige Zeitung The Brindlemoor Post.

Alle vierzehn Beschäftigten hätten bereits ihre Kündigung erhalten, sagte Direktorin Galina Somowa. Im Winter koste das Heizen des Saals mehr, als die Eintrittskarten einbrächten. Das Kino war 1967 eröffnet worden.
""",
}, [("Утренний Брод", True)],
[("Утренний Брод", "01_en.txt"), ("The Brindlemoor Post", "02_fr.txt"), ("The Brindlemoor Post", "03_de.txt")],
[("The Polaris cinema in Verkhorechye will close on April 1 and its building will become a supermarket.",
  ["00_ru.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 1)])

# r04: two independent own reports (de Talkessel-Kurier: "Unser Reporter ist mit dem Konvoi
# mitgefahren", "sagte … dem Talkessel-Kurier"; uk Перехрестя: "передає кореспондент «Перехрестя»",
# "розповів нашому кореспондентові"), both credited by a third (en, no outlet line, title suffix
# "| Northvale Dispatch": "Talkessel-Kurier … and the Ukrainian news site Perekhrestia reported" +
# "told Talkessel-Kurier" + "told Perekhrestia"); ru relays only the uk one under a Russified name
# "по данным украинского издания «Перехрестье»" + "рассказал изданию".
story("r04_two_sources_fire_engines", "two_sources", {
"00_de.txt": """Zwölf Löschfahrzeuge aus dem Landkreis Talbach in Hlynsk angekommen
Talkessel-Kurier
8. Februar 2027

Nach vier Tagen und rund 1900 Kilometern ist der Hilfskonvoi aus dem Landkreis Talbach am Sonntagnachmittag in der ukrainischen Stadt Hlynsk angekommen. Zwölf ausgemusterte, aber voll einsatzfähige Löschfahrzeuge der Talbacher Freiwilligen Feuerwehren wurden dort an die städtische Feuerwehr übergeben.

Unser Reporter ist mit dem Konvoi mitgefahren. An der Grenze mussten die 26 Fahrer fast elf Stunden warten, ein Tanklöschfahrzeug blieb mit einem Kupplungsschaden kurz liegen und wurde unterwegs repariert.

„Die Fahrzeuge sind bei uns 20 Jahre gelaufen, in Hlynsk werden sie jeden Tag gebraucht", sagte Landrat Jürgen Wendholt dem Talkessel-Kurier bei der Übergabe auf dem Marktplatz. Zum Konvoi gehörten auch zwei Lastwagen mit Schläuchen, Atemschutzgeräten und 300 Einsatzjacken.

Die Partnerschaft zwischen Talbach und Hlynsk besteht seit 2023. Im Frühjahr sollen acht Feuerwehrleute aus Hlynsk zu einer Schulung nach Talbach kommen.
""",
"01_uk.txt": """До Глинська прибули 12 пожежних машин із Німеччини
Перехрестя
08.02.2027 19:20

У неділю до Глинська прибула колона з дванадцяти пожежних автомобілів, які передав місту німецький район Тальбах, передає кореспондент «Перехрестя» з місця подій.

Машини зустрічали на Ринковій площі. Начальник міської пожежної частини Остап Вереск розповів нашому кореспондентові, що досі на все місто з 60 тисячами мешканців було лише п'ять придатних до виїзду машин, наймолодшій з яких 31 рік.

«Тепер ми зможемо тримати окремий розрахунок у промзоні та в селах громади», — сказав Вереск. Разом з автомобілями німецькі пожежники привезли рукави, дихальні апарати й 300 комплектів захисного одягу.

Після урочистої передачі частину машин одразу поставили на чергування.
""",
"02_en.txt": """German district sends 12 fire engines to Ukrainian partner town | Northvale Dispatch
2027-02-09 08:45

A convoy of twelve fire engines donated by the German district of Talbach arrived in the Ukrainian town of Hlynsk on Sunday after a four-day drive.

The German regional paper Talkessel-Kurier, whose reporter travelled with the convoy, and the Ukrainian news site Perekhrestia reported the arrival on Sunday. The vehicles, retired by Talbach's volunteer fire brigades but fully working, were handed over on the town's market square together with hoses, breathing equipment and 300 fire jackets.

"They ran for 20 years with us; in Hlynsk they will be needed every day," Talbach's district administrator Jürgen Wendholt told Talkessel-Kurier. Hlynsk's fire chief, Ostap Veresk, told Perekhrestia that the town of 60,000 had until now only five engines fit for service, the youngest 31 years old.
""",
"03_ru.txt": """В Глинск прибыли 12 пожарных машин из Германии
Утренний Брод
2027-02-09 10:30

Колонна из двенадцати пожарных автомобилей, переданных немецким районом Тальбах, прибыла в воскресенье в украинский Глинск, по данным украинского издания «Перехрестье».

Начальник городской пожарной части Остап Вереск рассказал изданию, что до сих пор в городе с населением 60 тысяч человек было лишь пять исправных машин, самой новой из которых 31 год. Вместе с машинами немецкие пожарные привезли рукава, дыхательные аппараты и 300 комплектов защитной одежды.
""",
}, [("Talkessel-Kurier", True), ("Перехрестя", True)],
[("Talkessel-Kurier", "02_en.txt"), ("Перехрестя", "02_en.txt"), ("Перехрестя", "03_ru.txt")],
[("A convoy of twelve fire engines donated by the German district of Talbach arrived in Hlynsk.",
  ["00_de.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 2)])

# r05: undeclared reuse: The Kestrel Gazette own report from a council meeting ("The Gazette was
# in the chamber", "told this newspaper"); ru 01 is a close, uncredited translation published the
# next morning (keeps "рассказала нашей газете"; scenario `translation`); fr credits it: "d'après
# l'hebdomadaire anglais The Kestrel Gazette" + "a déclaré … à la Gazette".
story("r05_translation_swimming_pool", "translation", {
"00_en.txt": """Council votes to shut Fenwick Baths after 90 years
The Kestrel Gazette
Wed, 10 Feb 2027 21:30:00 +0000

Kelderby town council voted by nine votes to four on Wednesday night to close the Fenwick Baths, the town's only public swimming pool, at the end of June.

The Gazette was in the chamber as councillors heard that repairing the pool's roof and filtration system would cost an estimated £2.3 million, money the council says it does not have. Keeping the baths open for another year without repairs would risk a sudden closure on safety grounds, officers told the meeting.

About sixty residents watched from the public gallery, some holding placards. A petition to save the baths, handed in before the vote, has gathered 3,100 signatures.

"Nobody in this room wanted to do this, but we cannot spend money we have not got," the council leader, Brenda Hollis, told this newspaper after the vote. She said the council would seek a partner to build a smaller pool on the same site within five years.

The Fenwick Baths opened in 1936. Local swimming clubs, which train about 400 children there every week, will have to use the leisure centre in Holdenby, twelve miles away.
""",
"01_ru.txt": """Совет Келдерби проголосовал за закрытие бассейна «Фенвик»
Тихая Пристань
2027-02-11 09:15

Городской совет Келдерби в среду вечером девятью голосами против четырёх проголосовал за закрытие бассейна «Фенвик» — единственного общественного бассейна в городе — в конце июня.

Депутатам сообщили, что ремонт крыши и системы фильтрации бассейна обойдётся примерно в 2,3 миллиона фунтов, которых, по словам совета, у него нет. Если оставить бассейн открытым ещё на год без ремонта, возникнет риск его внезапного закрытия по соображениям безопасности.

Около шестидесяти жителей наблюдали за заседанием с галереи для публики, некоторые держали плакаты. Петиция в защиту бассейна, переданная перед голосованием, собрала 3100 подписей.

«Никто в этом зале не хотел этого делать, но мы не можем тратить деньги, которых у нас нет», — рассказала нашей газете после голосования глава совета Бренда Холлис. По её словам, совет будет искать партнёра, чтобы в течение пяти лет построить на том же месте бассейн поменьше.

Бассейн «Фенвик» открылся в 1936 году. Местным плавательным клубам, которые тренируют там около 400 детей в неделю, придётся ездить в спортивный центр в Холденби, в двенадцати милях от города.
""",
"02_fr.txt": """Kelderby : la piscine Fenwick fermera fin juin
Le Courrier de Valcreuse
11 février 2027

Le conseil municipal de Kelderby a voté mercredi soir, par neuf voix contre quatre, la fermeture à la fin juin de la piscine Fenwick, seule piscine publique de la ville, d'après l'hebdomadaire anglais The Kestrel Gazette.

La rénovation du toit et du système de filtration coûterait environ 2,3 millions de livres. « Personne dans cette salle ne voulait en arriver là, mais nous ne pouvons pas dépenser de l'argent que nous n'avons pas », a déclaré la présidente du conseil, Brenda Hollis, à la Gazette. Une pétition pour sauver la piscine, ouverte en 1936, avait recueilli 3 100 signatures.
""",
}, [("The Kestrel Gazette", True)],
[("The Kestrel Gazette", "01_ru.txt"), ("The Kestrel Gazette", "02_fr.txt")],
[("Kelderby town council voted to close the Fenwick Baths swimming pool at the end of June.",
  ["00_en.txt", "01_ru.txt", "02_fr.txt"], 1)])

# r06: outside Telegram channel as origin, four spellings: uk "Як повідомили в Telegram-каналі
# «Тривожний берег»" + "На відео, яке оприлюднив канал"; ru "Об этом … сообщил Telegram-канал
# «Тревожный берег»" + "По данным канала"; en (neither outlet nor date line) "the Telegram channel
# Tryvozhnyi Bereh posted"; de "laut dem Telegram-Kanal „Tryvoschnyj Bereh"". The utility's
# spokesman is not an origin.
story("r06_telegram_underpass_flood", "telegram", {
"00_uk.txt": """У Златоверхові прорвало водогін: підземний перехід затопило
Світлиця
12.02.2027 07:50

У центрі Златоверхова вночі прорвало магістральний водогін, вода затопила підземний перехід під Соборною площею. Як повідомили в Telegram-каналі «Тривожний берег», рівень води в переході сягнув майже півтора метра.

На відео, яке оприлюднив канал, видно, як вода заливає сходи та кіоски в переході. Над місцем аварії з-під асфальту б'є струмінь заввишки з людський зріст.

Речник комунального підприємства «Златоверхівводоканал» Денис Гарматюк згодом підтвердив аварію та сказав, що трубу 1974 року прокладки перекрили о пів на шосту ранку. Без води залишилися близько 9 тисяч мешканців трьох мікрорайонів.

Перехід закрито, рух тролейбусів Соборною площею обмежено.
""",
"01_ru.txt": """В Златоверхове прорвало водопровод, затоплен подземный переход
Утренний Брод
2027-02-12 08:40

В центре Златоверхова ночью прорвало магистральный водопровод, вода затопила подземный переход под Соборной площадью. Об этом в пятницу утром сообщил Telegram-канал «Тревожный берег».

По данным канала, вода в переходе поднялась почти на полтора метра. На опубликованных кадрах видно, как она заливает лестницы и торговые киоски.

Представитель коммунального предприятия «Златоверховводоканал» Денис Гарматюк подтвердил аварию. По его словам, трубу перекрыли около половины шестого утра, без воды остались около 9 тысяч жителей трёх микрорайонов.
""",
"02_en.txt": """Burst water main floods underpass in central Zlatoverkhiv

A water main burst overnight in the centre of the Ukrainian city of Zlatoverkhiv, flooding the pedestrian underpass beneath Cathedral Square to a depth of almost 1.5 metres, the Telegram channel Tryvozhnyi Bereh posted early on Friday.

Video shared by the channel showed water pouring down the steps and into kiosks inside the underpass, and a jet shooting up through the asphalt above it.

A spokesman for the municipal water company, Denys Harmatiuk, later confirmed the break and said the 1974 pipe had been shut off at about 5:30 a.m. Around 9,000 residents in three districts were left without water.
""",
"03_de.txt": """Rohrbruch in Slatowerchiw: Unterführung steht unter Wasser
Nordwall-Anzeiger
12. Februar 2027

In der ukrainischen Stadt Slatowerchiw ist in der Nacht zum Freitag eine Hauptwasserleitung geplatzt. Die Fußgängerunterführung unter dem Domplatz stand laut dem Telegram-Kanal „Tryvoschnyj Bereh" fast eineinhalb Meter unter Wasser.

Ein Sprecher der städtischen Wasserwerke bestätigte den Rohrbruch. Rund 9000 Menschen in drei Stadtteilen waren am Morgen ohne Wasser.
""",
}, [("Тривожний берег", False)],
[("Тривожний берег", a) for a in ("00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt")],
[("A burst water main flooded the pedestrian underpass under Cathedral Square in Zlatoverkhiv.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# r07: anonymous-source scoop by Тихая Пристань ("рассказали «Тихой Пристани» два сотрудника мэрии
# на условиях анонимности", "Проект договора, с которым ознакомилась «Тихая Пристань»"); the
# anonymous employees belong to that origin. Relays: en "the Russian-language news site Tikhaya
# Pristan reported …, citing two city hall employees" + "Tikhaya Pristan's sources"; uk dative
# "Як стало відомо російськомовному виданню «Тиха Пристань»" + "Співрозмовники видання"; fr (RFC
# 2822 date) "d'après le site russophone Tikhaïa Pristan, qui cite deux employés … sous couvert d'anonymat".
story("r07_anonymous_bus_company", "anonymous", {
"00_ru.txt": """Мэрия Ключеграда готовит продажу автобусного парка частному инвестору
Тихая Пристань
2027-02-15 12:00

Мэрия Ключеграда готовит продажу муниципального предприятия «Ключеградпасстранс», которое обслуживает 34 автобусных маршрута, частной компании «Остранд Холдинг». Об этом «Тихой Пристани» рассказали два сотрудника мэрии на условиях анонимности, поскольку не уполномочены говорить с прессой.

По словам собеседников издания, сделку планируют вынести на сессию городского совета в марте. Цена, которую обсуждают стороны, — около 180 миллионов гривен, при том что балансовая стоимость одних только 212 автобусов предприятия выше.

Проект договора, с которым ознакомилась «Тихая Пристань», обязывает покупателя сохранять льготный проезд и нынешние маршруты лишь в течение двух лет. Через два года компания сможет сама менять маршрутную сеть и тарифы.

«Остранд Холдинг» зарегистрирован в прошлом году, его владельцы в открытых реестрах не указаны. В пресс-службе мэрии на запрос издания не ответили, в «Остранд Холдинге» от комментариев отказались.
""",
"01_en.txt": """Klyuchegrad city hall plans to sell bus company, sources say
The Brindlemoor Post
2027-02-15T17:05:00+00:00

City hall in Klyuchegrad is preparing to sell the municipal bus company, which runs 34 routes, to a little-known private firm, the Russian-language news site Tikhaya Pristan reported on Monday, citing two city hall employees who spoke on condition of anonymity.

According to Tikhaya Pristan's sources, the deal with Ostrand Holding could go before the city council in March at a price of about 180 million hryvnias, less than the book value of the company's 212 buses alone.

A draft contract seen by the site would oblige the buyer to keep concession fares and the existing routes for only two years. City hall did not respond to requests for comment.
""",
"02_uk.txt": """Ключеградська мерія хоче продати комунальний автобусний парк
Криниця
15.02.2027 18:30

Як стало відомо російськомовному виданню «Тиха Пристань», мерія Ключеграда готує продаж комунального підприємства «Ключеградпастранс» компанії «Остранд Холдинг».

Співрозмовники видання в мерії, які говорили на умовах анонімності, стверджують, що угоду винесуть на сесію міськради в березні. Ціна — близько 180 мільйонів гривень, хоча лише 212 автобусів підприємства на балансі коштують більше. За проєктом договору, покупець має зберігати пільговий проїзд і маршрути лише два роки.
""",
"03_fr.txt": """Klioutchegrad : la mairie prépare la vente de la régie des bus
L'Écho de Morvelle
Mon, 15 Feb 2027 20:10:00 +0100

La mairie de Klioutchegrad s'apprête à vendre sa régie municipale de bus, qui exploite 34 lignes, à une société privée peu connue, Ostrand Holding, d'après le site russophone Tikhaïa Pristan, qui cite deux employés de la mairie s'exprimant sous couvert d'anonymat.

Le prix évoqué, environ 180 millions de hryvnias, serait inférieur à la seule valeur comptable des 212 autobus de la régie. La mairie n'a pas répondu aux sollicitations du site.
""",
}, [("Тихая Пристань", True)],
[("Тихая Пристань", a) for a in ("01_en.txt", "02_uk.txt", "03_fr.txt")],
[("Klyuchegrad city hall is preparing to sell the municipal bus company to Ostrand Holding.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], 1)])

# r08: relay that adds its own confirmation: uk Світлиця own report ("Кореспондентка «Світлиці»
# побачила", "підтвердила нашій кореспондентці"); de Nordwall-Anzeiger relays it ("wie zuerst das
# ukrainische Nachrichtenportal Switlyzja berichtete") AND confirms itself ("Auf Nachfrage des
# Nordwall-Anzeigers bestätigte …", "sagte … unserer Zeitung") -> edge + own root; fr "a révélé le
# site ukrainien Svitlytsia" + "rapporte Svitlytsia". Officials (vet service) are never origins.
story("r08_relay_plus_own_bird_flu", "relay_plus_own", {
"00_uk.txt": """Пташиний грип на птахофабриці під Верболодом: знищать 80 тисяч курей
Світлиця
2027-02-17 09:00

На птахофабриці «Золоте перо» поблизу села Верболід виявили пташиний грип. Усіх 80 тисяч курей-несучок на підприємстві знищать, а навколо ферми встановлять карантинну зону радіусом три кілометри.

Кореспондентка «Світлиці» у вівторок побачила біля воріт фабрики поліцейський пост і дезінфекційний бар'єр, через який пропускали лише машини ветеринарної служби. Начальниця районного ветеринарного управління Ірина Ткач підтвердила нашій кореспондентці, що лабораторія виявила вірус H5N1 у пробах, відібраних після масового падежу птиці минулого тижня.

«Карантин триватиме щонайменше 21 день після знищення останньої птиці», — сказала Ткач. Мешканцям навколишніх сіл заборонили продавати яйця та птицю на ринках.

Власники фабрики, яка постачає яйця в торговельні мережі трьох областей, від коментарів відмовилися.
""",
"01_de.txt": """Vogelgrippe in ukrainischem Legebetrieb – 80.000 Hennen werden getötet
Nordwall-Anzeiger
17. Februar 2027

In einem Legehennenbetrieb nahe dem ukrainischen Dorf Werbolid ist die Vogelgrippe ausgebrochen, wie zuerst das ukrainische Nachrichtenportal Switlyzja berichtete. Alle 80.000 Hennen des Betriebs „Solote Pero" sollen getötet werden.

Auf Nachfrage des Nordwall-Anzeigers bestätigte das Veterinäramt des Bezirks am Mittwochnachmittag den Ausbruch. „Wir haben das Virus H5N1 in den Proben nachgewiesen, die Keulung hat begonnen", sagte Amtsleiterin Iryna Tkatsch unserer Zeitung. Um den Hof gilt eine Sperrzone von drei Kilometern.

Der Betrieb beliefert Supermarktketten in drei Regionen. Exporte in die EU seien nicht betroffen, sagte Tkatsch.
""",
"02_fr.txt": """Grippe aviaire en Ukraine : 80 000 poules abattues près de Verbolid
Le Courrier de Valcreuse
17 février 2027

Un foyer de grippe aviaire a été détecté dans un élevage de poules pondeuses près du village ukrainien de Verbolid, a révélé le site ukrainien Svitlytsia. Les 80 000 poules de l'exploitation « Zolote Pero » doivent être abattues.

Une zone de quarantaine de trois kilomètres a été instaurée autour de la ferme, rapporte Svitlytsia, dont la journaliste a constaté la présence d'un barrage de police devant l'entrée. La vente d'œufs et de volailles est interdite sur les marchés des villages voisins.
""",
}, [("Світлиця", True), ("Nordwall-Anzeiger", True)],
[("Світлиця", "01_de.txt"), ("Світлиця", "02_fr.txt")],
[("Bird flu was found at a poultry farm near Verbolid and its 80,000 hens are to be culled.",
  ["00_uk.txt", "01_de.txt", "02_fr.txt"], 2)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 17 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            # an edge starts at an origin or at an in-corpus outlet (outlet line) of the story
            outlets = {t.split("\n")[1] for t in arts.values()}
            assert a in arts and (o in [n for n, _ in origins] or o in outlets), (id, o, a)
        for _, ca, _ in claims:
            assert all(a in arts for a in ca), id
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": k} for t, ca, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
