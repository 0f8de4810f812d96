#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand65 set.

Genre: English, Ukrainian and Russian news sites relaying reports of real British/American
newspapers (The Times, The Washington Post, The New York Times, Financial Times, The Guardian,
The Wall Street Journal) on war, diplomacy and politics. The newspapers' names are real; the
events, the people, the quotes and all relaying outlets are invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus=False):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# r01: The Times (out of corpus) relayed 4x. en title suffix "– The Times"; ru body lost the
# spaces after its full stops; the senior diplomat's quote is re-worded between relays; 03_en has
# no date line.
story("r01_times_ceasefire_monitors", "newspaper_relay", {
"00_en.txt": """European capitals draw up plan for 4,000 unarmed ceasefire monitors – The Times
The Kyiv Ledger
2027-04-05 10:40

European governments are drawing up plans for a mission of about 4,000 unarmed monitors to watch the front line in Ukraine if a ceasefire is agreed, The Times reported on Monday, citing officials familiar with the talks.

According to the British newspaper, the monitors would be drawn mainly from the Nordic and Baltic states and Poland, and would work in teams of 20 to 30 spread along the roughly 1,100-kilometre line of contact. They would carry no weapons and would rely on drones, satellite imagery and fixed observation posts.

"Nobody wants to send soldiers, but everybody understands that a ceasefire without eyes on the ground will not last a month," a senior diplomat involved in the planning told The Times.

The paper said the plan had been discussed at a closed meeting of political directors in Copenhagen last week and that a first draft would be circulated to capitals before the end of April. Funding, the rules for reporting violations and the question of who would command the mission were still unresolved, the officials said.

Neither Kyiv nor Moscow has publicly commented on the report. Ukrainian officials have repeatedly said that any ceasefire must come with guarantees that go beyond observation.
""",
"01_uk.txt": """Європа готує місію з 4000 неозброєних спостерігачів на випадок перемир'я
Новини Правобережжя
05.04.2027 12:15

Європейські уряди розробляють план місії приблизно з 4000 неозброєних спостерігачів, які стежили б за лінією фронту в Україні в разі укладення перемир'я. Про це пише британська газета The Times з посиланням на посадовців, знайомих із перебігом переговорів.

За даними видання, спостерігачів мають надати насамперед країни Північної Європи, Балтії та Польща. Вони працюватимуть групами по 20–30 осіб уздовж майже 1100-кілометрової лінії зіткнення, без зброї, із використанням дронів, супутникових знімків і стаціонарних спостережних пунктів.

«Ніхто не хоче відправляти військових, але всі розуміють: без спостерігачів на місці перемир'я не протримається й місяця», — цитує газета високопоставленого дипломата, причетного до планування.

Як пише The Times, план обговорювали на закритій зустрічі політичних директорів у Копенгагені минулого тижня, а перший проєкт мають розіслати столицям до кінця квітня. Питання фінансування та командування місією досі не вирішені.

У Києві та Москві повідомлення газети поки не коментували.
""",
"02_ru.txt": """The Times: Европа готовит миссию из 4000 наблюдателей для Украины
Северный Вестник
5 апреля 2027

Европейские правительства готовят план миссии примерно из 4000 невооруженных наблюдателей, которые должны будут следить за линией фронта в Украине в случае заключения перемирия.Об этом сообщает британская газета The Times со ссылкой на чиновников, знакомых с ходом переговоров.По данным издания, наблюдатели будут работать группами по 20–30 человек вдоль линии соприкосновения длиной около 1100 километров и будут опираться на беспилотники, спутниковые снимки и стационарные посты.

«Солдат посылать никто не хочет, но все понимают, что перемирие, за которым никто не следит на месте, не продержится и месяца», — приводит газета слова высокопоставленного дипломата.План, как утверждает The Times, обсуждался на закрытой встрече политических директоров в Копенгагене на прошлой неделе.Вопросы финансирования и командования миссией пока не решены.

Официальные Киев и Москва публикацию не комментировали.
""",
"03_en.txt": """Europe weighs 4,000-strong monitoring mission for a Ukraine truce
Black Sea Observer

European governments are preparing a plan to deploy roughly 4,000 unarmed observers along the front line in Ukraine should the two sides agree a ceasefire, according to The Times.

The London-based newspaper said the observers would come chiefly from the Nordic countries, the Baltic states and Poland. Officials familiar with the talks told the paper that the plan was discussed by senior foreign-ministry officials in Copenhagen last week.

A senior diplomat quoted by The Times said no government was keen to send troops, but that a truce with no one on the ground to watch it "would collapse within weeks".

The questions of who would pay for the mission and who would command it remain open, the report said.
""",
}, [O("The Times")],
[R("The Times", "00_en.txt"), R("The Times", "01_uk.txt"), R("The Times", "02_ru.txt"), R("The Times", "03_en.txt")],
[C("European governments are drawing up plans for a mission of about 4,000 unarmed monitors along the front line in Ukraine in case of a ceasefire.",
   ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 C("The plan was discussed at a closed meeting of senior officials (political directors) in Copenhagen last week.",
   ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 C("The monitors would come mainly from the Nordic and Baltic states and Poland.",
   ["00_en.txt", "01_uk.txt", "03_en.txt"], 1)])

# r02: The Washington Post (out of corpus) -> Дзеркало Полісся (00_uk) -> Балтийский
# обозреватель (01_ru, credits only the Ukrainian site, as «Зеркало Полесья») -> 03_uk (credits
# only the Russian-language site, as «Балтійський оглядач»): a relay of a relay of a relay.
# 02_en relays The Washington Post directly.
story("r02_wapo_interceptors_chain", "chain", {
"00_uk.txt": """The Washington Post: США призупинили постачання ракет-перехоплювачів Україні
Дзеркало Полісся
2027-04-08T07:30:00+00:00

Адміністрація США тимчасово призупинила відправлення Україні ракет-перехоплювачів для систем протиповітряної оборони на час перевірки запасів Пентагону. Про це пише американська газета The Washington Post з посиланням на трьох американських посадовців.

За даними газети, рішення ухвалили наприкінці березня після внутрішньої доповіді, в якій ішлося про те, що запаси деяких типів ракет впали нижче мінімального рівня, потрібного для власних потреб армії США. Пауза може тривати до восьми тижнів, повідомили співрозмовники видання.

Помічник одного з конгресменів, який попросив не називати його імені, сказав газеті, що в Конгресі про рішення дізналися «постфактум» і що кілька законодавців уже вимагають пояснень від Міністерства оборони.

Як зазначає The Washington Post, вже оплачені партії, які перебувають у Польщі, рішення не стосується. Пентагон відмовився коментувати публікацію.

У Повітряних силах ЗСУ повідомлення газети також не коментували.
""",
"01_ru.txt": """СМИ: США приостановили поставки Украине ракет для ПВО
Балтийский обозреватель
08.04.2027 13:50

Администрация США на время проверки запасов Пентагона приостановила отправку Украине ракет-перехватчиков для систем противовоздушной обороны. Об этом сообщило украинское издание «Зеркало Полесья» («Дзеркало Полісся»).

По данным издания, решение было принято в конце марта после внутреннего доклада о том, что запасы некоторых типов ракет опустились ниже минимального уровня, необходимого самой американской армии. Пауза может продлиться до восьми недель.

Как пишет «Зеркало Полесья», уже оплаченных партий, которые находятся в Польше, решение не касается. В Конгрессе о нем узнали, по словам одного из помощников законодателей, «задним числом».

Пентагон от комментариев отказался.
""",
"02_en.txt": """US quietly pauses shipments of air-defence interceptors to Ukraine, Washington Post reports
Central European Dispatch
8 April 2027, 15:05

The United States has paused deliveries of air-defence interceptor missiles to Ukraine while the Pentagon reviews its own stockpiles, The Washington Post reported, citing three US officials.

The decision was taken in late March after an internal assessment found that stocks of several missile types had fallen below the minimum the US military needs for its own contingencies, the newspaper said. A congressional aide told the Post that lawmakers had learned of the pause only "after the fact".

Batches already paid for and waiting in Poland are not affected, according to the report. The Pentagon declined to comment.

The pause comes as Ukrainian cities face some of the heaviest missile and drone attacks of the year.
""",
"03_uk.txt": """ЗМІ: Вашингтон на два місяці зупинив поставки зенітних ракет
Вісник Дніпра
8 квітня 2027 17:20

Сполучені Штати призупинили постачання Україні ракет-перехоплювачів для ППО, поки Пентагон перевіряє власні запаси. Про це повідомляє російськомовне видання «Балтійський оглядач».

За інформацією видання, рішення ухвалили ще наприкінці березня, а пауза може тривати до восьми тижнів. Партій, які вже оплачені й перебувають у Польщі, воно не стосується.

У Пентагоні від коментарів відмовилися. Офіційної реакції Києва поки немає.
""",
}, [O("The Washington Post")],
[R("The Washington Post", "00_uk.txt"), R("Дзеркало Полісся", "01_ru.txt"),
 R("The Washington Post", "02_en.txt"), R("Балтийский обозреватель", "03_uk.txt")],
[C("The US has paused deliveries of air-defence interceptor missiles to Ukraine while the Pentagon reviews its stockpiles.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1),
 C("The pause could last up to eight weeks.",
   ["00_uk.txt", "01_ru.txt", "03_uk.txt"], 1),
 C("Batches already paid for and waiting in Poland are not affected.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1)])

# r03: two independent reports (The New York Times and Financial Times, both out of corpus) of the
# same prisoner-exchange deal, relayed later: 00_en credits both, 01_uk only the NYT, 02_ru only
# the FT, 03_uk (no outlet line, title suffix "– Financial Times") credits the FT and mentions the
# NYT report.
story("r03_nyt_ft_prisoner_swap", "two_reports", {
"00_en.txt": """Kyiv and Moscow near 1,200-for-1,200 prisoner swap, NYT and FT report
The Kyiv Ledger
2027-04-14 09:10

Ukraine and Russia have agreed in principle to exchange about 1,200 prisoners each before Orthodox Easter, The New York Times and the Financial Times reported separately on Tuesday.

The New York Times, citing two senior diplomats involved in the mediation, said the list included 90 civilians detained in occupied areas, among them several local council members and a group of volunteer medics.

The Financial Times, citing people briefed on the talks, reported that the deal had been brokered by Swiss mediators over three rounds of meetings in Geneva and that the first stage of the exchange could take place on the border with Belarus as early as next week.

Both newspapers said the final lists had not yet been signed off. "It is the largest exchange we have been close to in two years, but nothing is done until the buses move," one of the diplomats told The New York Times.

Ukraine's coordination headquarters for the treatment of prisoners of war said it would not comment on "media speculation".
""",
"01_uk.txt": """NYT: Україна і Росія домовилися про обмін 1200 на 1200 полонених
Вісник Дніпра
14.04.2027 11:30

Україна і Росія в принципі погодили обмін приблизно 1200 полоненими з кожного боку до Великодня. Про це пише американська газета The New York Times з посиланням на двох високопоставлених дипломатів, причетних до посередництва.

За даними газети, до списку увійшли 90 цивільних, утримуваних на окупованих територіях, зокрема кілька депутатів місцевих рад і група волонтерів-медиків.

«Це найбільший обмін, до якого ми були такі близькі за два роки, але нічого не вирішено, доки не рушили автобуси», — цитує NYT одного з дипломатів. Остаточні списки ще не підписані.

У Координаційному штабі з питань поводження з військовополоненими відмовилися коментувати «спекуляції в медіа».
""",
"02_ru.txt": """FT: Украина и Россия договорились об обмене 1200 пленными при посредничестве Швейцарии
Северный Вестник
14 апреля 2027, 12:45

Украина и Россия в принципе договорились обменяться примерно 1200 пленными с каждой стороны до православной Пасхи, сообщает британская газета Financial Times со ссылкой на источники, знакомые с ходом переговоров.

По данным издания, соглашение было достигнуто при посредничестве швейцарских дипломатов за три раунда встреч в Женеве. Первый этап обмена может пройти на границе с Беларусью уже на следующей неделе.

Окончательные списки, как пишет FT, еще не утверждены. В Москве сообщение газеты не комментировали.
""",
"03_uk.txt": """Обмін 1200 на 1200: сторони домовилися в принципі – Financial Times
2027-04-14T16:00:00+03:00

Україна та Росія в принципі домовилися обміняти приблизно по 1200 полонених до Великодня. Як пише британська Financial Times з посиланням на поінформовані джерела, домовленості вдалося досягти за посередництва Швейцарії після трьох раундів зустрічей у Женеві.

Перший етап обміну, за даними FT, може відбутися вже наступного тижня на кордоні з Білоруссю.

Раніше про домовленість окремо повідомила й The New York Times. За даними американської газети, у списку є 90 цивільних, яких утримують на окупованих територіях.

Офіційно в Києві інформацію не підтверджували.
""",
}, [O("The New York Times"), O("Financial Times")],
[R("The New York Times", "00_en.txt"), R("Financial Times", "00_en.txt"),
 R("The New York Times", "01_uk.txt"), R("Financial Times", "02_ru.txt"),
 R("Financial Times", "03_uk.txt"), R("The New York Times", "03_uk.txt")],
[C("Ukraine and Russia have agreed in principle to exchange about 1,200 prisoners each before (Orthodox) Easter.",
   ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], 2),
 C("The deal was brokered by Swiss mediators over three rounds of meetings in Geneva.",
   ["00_en.txt", "02_ru.txt", "03_uk.txt"], 1),
 C("The exchange list includes 90 civilians detained in occupied areas.",
   ["00_en.txt", "01_uk.txt", "03_uk.txt"], 1)])

# r04: The Guardian (out of corpus) saw a leaked EEAS memo and interviewed an (invented) Estonian
# foreign minister; his on-record quote is re-worded in every relay. 03_en has no outlet line,
# only the title suffix "| Black Sea Observer".
story("r04_guardian_memo_quote", "newspaper_relay", {
"00_en.txt": """Leaked EU memo warns US-backed peace framework would 'freeze the war', Guardian reports
Central European Dispatch
2027-04-19 08:25

An internal memo drafted by the EU's diplomatic service warns that a peace framework being promoted by Washington would in effect freeze the war in Ukraine on Russia's terms, The Guardian reported on Monday.

The eight-page document, which the British newspaper said it had seen, argues that the framework contains no mechanism to enforce a ceasefire and no timetable for the return of occupied territory, and that it would leave Ukraine "permanently exposed to renewed attack".

Estonia's foreign minister, Margus Kallaste, told The Guardian: "We will not sign a deal that rewards aggression. That would be an invitation to the next war."

A senior EU diplomat, speaking on condition of anonymity, told the paper that at least six member states shared the memo's conclusions, while others feared an open split with Washington. EU foreign ministers are due to discuss the framework in Luxembourg next week.
""",
"01_ru.txt": """Guardian: в ЕС предупредили, что мирный план США «заморозит войну»
Балтийский обозреватель
19.04.2027 10:40

Внутренняя записка дипломатической службы ЕС предупреждает, что продвигаемая Вашингтоном рамка мирного урегулирования фактически заморозит войну в Украине на условиях России. Об этом сообщает британская газета The Guardian, ознакомившаяся с документом.

По данным газеты, в восьмистраничной записке говорится, что в плане нет механизма, гарантирующего соблюдение перемирия, и нет сроков возвращения оккупированных территорий.

«Мы не подпишем соглашение, которое вознаграждает агрессора. Это было бы приглашением к следующей войне», — заявил The Guardian министр иностранных дел Эстонии Маргус Калласте.

Высокопоставленный европейский дипломат на условиях анонимности рассказал изданию, что выводы записки разделяют как минимум шесть стран ЕС.
""",
"02_uk.txt": """The Guardian: у ЄС попереджають, що мирний план США «заморозить війну»
Новини Правобережжя
19 квітня 2027 13:05

Дипломатична служба ЄС у внутрішній записці попереджає, що мирна рамка, яку просуває Вашингтон, фактично заморозить війну на умовах Росії. Про це пише британське видання The Guardian, яке ознайомилося з документом.

У записці, за даними видання, наголошується, що план не передбачає ні механізму забезпечення перемир'я, ні графіка повернення окупованих територій, тож Україна залишиться «постійно вразливою до нового нападу».

Глава МЗС Естонії Марґус Калласте в коментарі газеті заявив: «Жодного підпису під угодою, яка дає агресору нагороду. Це фактично запрошення до нової війни».

За словами високопоставленого дипломата ЄС, на якого посилається The Guardian, висновки записки поділяють щонайменше шість держав-членів. Міністри закордонних справ ЄС обговорять мирну рамку наступного тижня в Люксембурзі.
""",
"03_en.txt": """EU diplomats fear Washington's peace plan locks in Russian gains | Black Sea Observer
19 April 2027

A confidential paper prepared by the European External Action Service concludes that the US-backed framework for ending the war would freeze the conflict on Moscow's terms, according to the British newspaper The Guardian.

The memo, seen by the Guardian, criticises the absence of any enforcement mechanism and of a timetable for the return of occupied land.

Estonian Foreign Minister Margus Kallaste was quoted by the paper as saying that any agreement rewarding the aggressor "will not carry our signature" because it would "simply invite the next war".

At least six EU member states are said to share the memo's view, a senior EU diplomat told the newspaper.
""",
}, [O("The Guardian")],
[R("The Guardian", "00_en.txt"), R("The Guardian", "01_ru.txt"), R("The Guardian", "02_uk.txt"), R("The Guardian", "03_en.txt")],
[C("An internal EU diplomatic-service memo warns that the US-backed peace framework would freeze the war on Russia's terms.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 1),
 C("Estonian Foreign Minister Margus Kallaste said Estonia would not sign a deal that rewards aggression because it would invite the next war.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 1),
 C("At least six EU member states share the memo's conclusions, according to a senior EU diplomat.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 1)])

# r05: The Wall Street Journal (out of corpus) reports planned easing of potash sanctions on
# Belarus in exchange for prisoner releases; an invented State Department spokesperson's post on X
# (no medium between) denies that a deal has been reached. 00_en relays only the WSJ; 01_ru and
# 02_uk relay both; 03_en takes only the denial from the X post (it mentions "media reports" but
# names no outlet and does not assert the WSJ claims).
story("r05_wsj_potash_denial", "newspaper_and_statement", {
"00_en.txt": """US weighs easing Belarus potash sanctions in exchange for prisoner releases – WSJ
Central European Dispatch
2027-04-21 07:55

The United States is preparing to ease sanctions on Belarusian potash exports in return for the release of about 150 political prisoners, The Wall Street Journal reported, citing people familiar with the talks.

According to the newspaper, a US envoy has met Belarusian officials in Minsk twice since February. Under the arrangement under discussion, the Treasury would issue a licence allowing transactions with the state potash producer for an initial six months, the people said.

The Journal reported that European governments, particularly Lithuania and Poland, had not been consulted in advance and were alarmed by the prospect. Belarusian potash has been under US sanctions since 2021.
""",
"01_ru.txt": """WSJ: США могут ослабить санкции против белорусского калия в обмен на освобождение политзаключенных
Рижский курьер
21.04.2027 11:20

США готовятся ослабить санкции против экспорта белорусского калия в обмен на освобождение около 150 политических заключенных, пишет The Wall Street Journal со ссылкой на людей, знакомых с ходом переговоров. По данным газеты, американский посланник с февраля дважды встречался с белорусскими чиновниками в Минске.

Лицензия Минфина США, как пишет издание, могла бы на первые полгода разрешить сделки с государственным производителем калия.

Позднее официальный представитель Госдепартамента Дана Уитлок написала в соцсети X, что «никакой договоренности о санкциях нет» и что США «продолжат добиваться безусловного освобождения всех политзаключенных».

Литва и Польша, по данным WSJ, заранее не были проинформированы о переговорах.
""",
"02_uk.txt": """Санкції проти білоруського калію можуть послабити: у Держдепі заперечують домовленість
Вісник Дніпра
21 квітня 2027, 14:00

США готуються послабити санкції щодо експорту білоруських калійних добрив в обмін на звільнення близько 150 політв'язнів. Про це повідомила газета The Wall Street Journal з посиланням на обізнаних із перемовинами людей.

За даними WSJ, американський посланник із лютого двічі зустрічався з білоруськими посадовцями в Мінську, а Литву та Польщу про переговори заздалегідь не повідомили.

Речниця Держдепартаменту США Дана Вітлок згодом написала в соцмережі X, що «жодної домовленості щодо санкцій немає», а Вашингтон і надалі вимагатиме беззастережного звільнення всіх політичних в'язнів.
""",
"03_en.txt": """State Department: 'no agreement' with Minsk on sanctions
Black Sea Observer
21/04/2027 16:30

The US State Department has said there is no agreement with Belarus on easing sanctions, after media reports about talks between Washington and Minsk.

"There is no agreement on sanctions. The United States will continue to press for the unconditional release of all political prisoners in Belarus," spokesperson Dana Whitlock wrote on X on Monday afternoon.

Whitlock did not say whether US officials had met Belarusian counterparts this year.
""",
}, [O("The Wall Street Journal"), O("Dana Whitlock")],
[R("The Wall Street Journal", "00_en.txt"), R("The Wall Street Journal", "01_ru.txt"),
 R("Dana Whitlock", "01_ru.txt"), R("The Wall Street Journal", "02_uk.txt"),
 R("Dana Whitlock", "02_uk.txt"), R("Dana Whitlock", "03_en.txt")],
[C("The US is preparing to ease sanctions on Belarusian potash in exchange for the release of about 150 political prisoners.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt"], 1),
 C("A US envoy has met Belarusian officials in Minsk twice since February.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt"], 1),
 C("State Department spokesperson Dana Whitlock wrote on X that there is no agreement on sanctions.",
   ["01_ru.txt", "02_uk.txt", "03_en.txt"], 1)])

# r06: Financial Times (out of corpus) reports a German-funded drone programme; The Kyiv Ledger
# relays it and adds its own confirmation from a Ukrainian defence ministry official (in-corpus
# origin). 01_ru credits the FT for the main claim and The Kyiv Ledger for the confirmation and the
# June detail (two edges). 02_uk (no date line) relays the FT only.
story("r06_ft_drone_fund_own_confirmation", "relay_plus_own", {
"00_en.txt": """Germany to fund €3bn drone programme in Ukraine, defence official confirms
The Kyiv Ledger
2027-04-26 18:40

Germany has agreed to finance a €3bn programme to expand the production of long-range and interceptor drones in Ukraine, the Financial Times reported on Sunday, citing a senior diplomat and two officials in Berlin.

According to the FT, the money will be spread over three years and paid directly to Ukrainian manufacturers rather than to German defence companies, a model Berlin had long resisted.

A senior official at Ukraine's defence ministry confirmed to the Kyiv Ledger that Germany had offered the funding. "The first contracts under the programme will be signed in June, and we expect deliveries before the end of summer," the official, who was not authorised to speak publicly, told the Kyiv Ledger.

Germany's defence ministry declined to comment on the figures.
""",
"01_ru.txt": """FT: Германия профинансирует производство дронов в Украине на 3 млрд евро
Рижский курьер
26.04.2027 21:15

Германия согласилась профинансировать программу стоимостью 3 млрд евро по расширению производства дальнобойных дронов и дронов-перехватчиков в Украине, сообщает Financial Times со ссылкой на высокопоставленного дипломата и двух чиновников в Берлине. Деньги, по данным газеты, будут выплачиваться напрямую украинским производителям в течение трех лет.

Англоязычное украинское издание The Kyiv Ledger получило подтверждение в Минобороны Украины. Собеседник издания сообщил, что первые контракты по программе будут подписаны в июне.

В министерстве обороны Германии цифры не прокомментировали.
""",
"02_uk.txt": """FT: Німеччина виділить 3 млрд євро на виробництво українських дронів
Новини Правобережжя

Німеччина погодилася профінансувати програму вартістю 3 млрд євро для збільшення виробництва далекобійних дронів і дронів-перехоплювачів в Україні. Про це повідомляє британська газета Financial Times з посиланням на високопоставленого дипломата.

За даними FT, кошти розподілять на три роки та спрямовуватимуть безпосередньо українським виробникам, а не німецьким оборонним концернам.

У Міністерстві оборони Німеччини від коментарів щодо сум відмовилися.
""",
}, [O("Financial Times"), O("The Kyiv Ledger", True)],
[R("Financial Times", "00_en.txt"), R("Financial Times", "01_ru.txt"),
 R("The Kyiv Ledger", "01_ru.txt"), R("Financial Times", "02_uk.txt")],
[C("Germany has agreed to fund a €3bn programme to expand drone production in Ukraine.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt"], 2),
 C("The money will be paid directly to Ukrainian manufacturers over three years.",
   ["00_en.txt", "01_ru.txt", "02_uk.txt"], 1),
 C("The first contracts under the programme will be signed in June.",
   ["00_en.txt", "01_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = list(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, c)
        stories.append({"id": id, "scenario": scenario, "articles": sorted(names),
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 65 (real newspaper names, invented events, people and relaying outlets); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
