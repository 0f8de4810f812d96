#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand35 set.

Events, people, companies and places are invented; the outlets are real Ukrainian (and two
Russian) media chosen for look-alike names. OUTLET below maps every article to the canonical
outlet it belongs to; it is not written to labels.json and is only used to check the
hand-written independent_sources values against the relay edges (see check()).
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
OUTLET = {}
def story(id, scenario, arts, outlets, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
    OUTLET[id] = outlets

# r01: outside agency Interfax-Ukraine relayed directly by four (uk EP, uk rbc.ua, uk LIGA.Business,
# en NV) and at second hand by LIGA.net (ru, credits LIGA.Business only). Russian RBC (ru) credits
# the Russian agency «Интерфакс» -- a different outside origin. Trap: Інтерфакс-Україна vs Интерфакс,
# РБК-Україна vs РБК, LIGA.net vs ЛІГА.Бізнес.
story("r01_agency_regulator_fine", "agency", {
"00_uk.txt": """НКРЕКП оштрафувала «Верховинаобленерго» на 48,6 млн грн
Економічна правда
09.03.2027 14:20

Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг (НКРЕКП), у вівторок оштрафувала оператора системи розподілу «Верховинаобленерго» на 48,6 млн грн за зрив строків приєднання споживачів до мереж. Про це повідомляє «Інтерфакс-Україна».

За даними агентства, у 2026 році компанія із запізненням приєднала до мереж 1240 домогосподарств і підприємств малого бізнесу. Крім штрафу, регулятор зобов'язав її протягом 30 днів виплатити споживачам 3,1 млн грн компенсацій.

«Компанія системно зривала строки й ігнорувала наші приписи», — сказав агентству член НКРЕКП Олег Ступак.

У «Верховинаобленерго» заявили, що оскаржать рішення в суді.
""",
"01_uk.txt": """«Верховинаобленерго» отримало штраф майже на 49 млн гривень
rbc.ua
2027-03-09 14:45

Енергорегулятор оштрафував компанію «Верховинаобленерго» на 48,6 млн гривень через затримки з підключенням нових споживачів. Як передає «Інтерфакс-Україна», рішення ухвалили на засіданні НКРЕКП сьогодні.

Торік компанія порушила строки приєднання для 1240 домогосподарств і малих підприємств. Окрім того, оператор має впродовж 30 днів сплатити клієнтам 3,1 млн гривень компенсації.

Член комісії Олег Ступак, слова якого наводить агентство, заявив, що компанія «системно зривала строки».

Речниця «Верховинаобленерго» Марта Ілюк повідомила, що компанія не погоджується з рішенням і звернеться до суду.
""",
"02_uk.txt": """Регулятор покарав «Верховинаобленерго» штрафом 48,6 млн грн за зрив підключень
ЛІГА.Бізнес
09.03.2027 15:02

НКРЕКП наклала на оператора системи розподілу «Верховинаобленерго» штраф у розмірі 48,6 млн грн. Про це повідомило агентство «Інтерфакс-Україна» з посиланням на члена комісії Олега Ступака.

Порушення стосуються 2026 року: за цей час компанія із запізненням приєднала до електромереж 1240 об'єктів — переважно приватні будинки та невеликі підприємства.

Регулятор також зобов'язав «Верховинаобленерго» впродовж 30 днів виплатити постраждалим споживачам 3,1 млн грн компенсацій.

Компанія має намір оскаржити штраф.
""",
"03_en.txt": """Ukraine's energy regulator fines Verkhovynaoblenergo UAH 48.6 million
NV
2027-03-09T13:30:00+00:00

Ukraine's energy and utilities regulator NEURC on Tuesday fined the regional power distributor Verkhovynaoblenergo UAH 48.6 million for failing to connect customers to the grid on time, Interfax-Ukraine reported.

The company connected 1,240 households and small businesses late in 2026, according to the agency. It must also pay UAH 3.1 million in compensation to customers within 30 days.

"The company systematically missed deadlines and ignored our orders," regulator board member Oleh Stupak told Interfax-Ukraine.

Verkhovynaoblenergo said it would challenge the decision in court.
""",
"04_ru.txt": """Энергорегулятор оштрафовал «Верховинаоблэнерго» на 48,6 млн гривен
LIGA.net
09.03.2027 16:10

НКРЭКУ во вторник оштрафовала оператора системы распределения «Верховинаоблэнерго» на 48,6 млн гривен за срыв сроков присоединения потребителей к сетям, сообщает «ЛИГА.Бизнес».

Кроме того, компания обязана в течение 30 дней выплатить потребителям 3,1 млн гривен компенсаций. В 2026 году она с опозданием подключила 1240 домохозяйств и малых предприятий.

В компании заявили, что обжалуют решение в суде.
""",
"05_ru.txt": """Украинский энергорегулятор наложил крупный штраф на «Верховинаоблэнерго»
РБК
09.03.2027 17:25

Национальная комиссия, осуществляющая госрегулирование в сферах энергетики и коммунальных услуг Украины, оштрафовала региональную энергораспределительную компанию «Верховинаоблэнерго» на 48,6 млн гривен (около $1,2 млн), сообщает «Интерфакс».

По данным агентства, решение было принято на заседании комиссии во вторник. Компания, по версии регулятора, нарушала сроки подключения новых потребителей.
""",
}, {"00_uk.txt": "Ekonomichna Pravda", "01_uk.txt": "RBC-Ukraine", "02_uk.txt": "LIGA.Business",
    "03_en.txt": "NV", "04_ru.txt": "LIGA.net", "05_ru.txt": "RBC"},
[{"name": "Interfax-Ukraine", "in_corpus": False}, {"name": "Interfax", "in_corpus": False}],
[{"origin": "Interfax-Ukraine", "article": "00_uk.txt"},
 {"origin": "Interfax-Ukraine", "article": "01_uk.txt"},
 {"origin": "Interfax-Ukraine", "article": "02_uk.txt"},
 {"origin": "Interfax-Ukraine", "article": "03_en.txt"},
 {"origin": "LIGA.Business", "article": "04_ru.txt"},
 {"origin": "Interfax", "article": "05_ru.txt"}],
[{"text": "The energy regulator fined Verkhovynaoblenergo 48.6 million hryvnias.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt", "05_ru.txt"],
  "independent_sources": 2},
 {"text": "Verkhovynaoblenergo must pay customers 3.1 million hryvnias in compensation within 30 days.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"],
  "independent_sources": 1},
 {"text": "In 2026 the company connected 1,240 households and small businesses to the grid late.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"],
  "independent_sources": 1}])

# r02: in-corpus investigation by «Схеми» (Skhemy, Radio Svoboda's investigative project) relayed
# across languages; chain Skhemy -> Radio Svoboda -> Новини Донбасу (03 has no date line and
# credits "Радіо Свобода з посиланням на журналістів «Схем»": edge from Radio Svoboda).
# Trap: Радіо Свобода vs «Схеми» vs «Новини Донбасу»; Current Time also names Radio Svoboda.
story("r02_scoop_customs_villa", "scoop", {
"00_uk.txt": """Вілла в Будві за 1,2 млн євро: власницею записана теща заступника керівника Одеської митниці
Схеми
15.03.2027 10:00

Як з'ясували журналісти «Схем», родина заступника керівника Одеської митниці Віталія Гребенюка користується віллою площею 240 квадратних метрів у чорногорській Будві. Будинок у 2025 році придбали за 1,2 млн євро, а власницею записана теща посадовця — 71-річна пенсіонерка з Ізмаїла Галина Сорока.

Журналісти «Схем» знайшли запис у чорногорському кадастрі та зіставили його з реєстрами доходів: за п'ять років офіційний дохід пані Сороки становив близько 600 тисяч гривень. У декларації Гребенюка вілли немає.

У коментарі «Схемам» Гребенюк заявив, що нічого не знав про покупку: «Це її власні справи, я до них стосунку не маю». Знімальна група «Схем» зафіксувала, що влітку 2026 року на віллі відпочивала його дружина з дітьми.

У Державній митній службі сказали, що проведуть службову перевірку.
""",
"01_uk.txt": """Теща одеського митника володіє віллою в Чорногорії – «Схеми»
Радіо Свобода
15.03.2027 12:30

Теща заступника керівника Одеської митниці Віталія Гребенюка, пенсіонерка Галина Сорока, є власницею вілли в Будві (Чорногорія), купленої 2025 року за 1,2 млн євро. Про це повідомили «Схеми».

Посадовець не вказав вілли в декларації. Гребенюк сказав журналістам, що не знав про покупку.

За даними розслідування, офіційний дохід 71-річної пенсіонерки за п'ять років становив близько 600 тисяч гривень. Митна служба оголосила службову перевірку.
""",
"02_ru.txt": """Теща одесского таможенника оказалась владелицей виллы в Черногории за 1,2 млн евро
Настоящее время
2027-03-15 15:10

Как выяснили журналисты «Схем» – расследовательского проекта Радио Свобода, теща заместителя руководителя Одесской таможни Виталия Гребенюка, 71-летняя пенсионерка Галина Сорока, владеет виллой в Будве стоимостью 1,2 млн евро. Вилла куплена в 2025 году и не указана в декларации чиновника.

Сам Гребенюк заявил журналистам «Схем», что ничего не знал о покупке. Государственная таможенная служба Украины начала служебную проверку.
""",
"03_uk.txt": """Заступник керівника Одеської митниці не задекларував віллу тещі в Чорногорії
Новини Донбасу

Родина заступника керівника Одеської митниці Віталія Гребенюка користується віллою в чорногорській Будві вартістю 1,2 млн євро, яку записано на його тещу-пенсіонерку. Про це в понеділок повідомило Радіо Свобода з посиланням на журналістів «Схем».

Як пише Радіо Свобода, віллу купили 2025 року, у декларації посадовця її немає. Власниця, Галина Сорока, живе в Ізмаїлі на пенсію.

Гребенюк до 2024 року працював на Донецькій митниці в Маріуполі.
""",
}, {"00_uk.txt": "Skhemy", "01_uk.txt": "Radio Svoboda", "02_ru.txt": "Current Time",
    "03_uk.txt": "Novyny Donbasu"},
[{"name": "Skhemy", "in_corpus": True}],
[{"origin": "Skhemy", "article": "01_uk.txt"},
 {"origin": "Skhemy", "article": "02_ru.txt"},
 {"origin": "Radio Svoboda", "article": "03_uk.txt"}],
[{"text": "The mother-in-law of Odesa customs deputy head Vitalii Hrebeniuk owns a villa in Budva bought for 1.2 million euros, which is not in his declaration.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Hrebeniuk said he did not know about the purchase.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The customs service started an internal review.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1}])

# r03: two independent own reports of the same dismissal: Українська правда (anonymous government
# sources, title "— джерела") and ZN.UA ("За інформацією ZN.UA", outlet line zn.ua). Європейська правда
# (outlet line eurointegration.com.ua, title "– ЗМІ") relays only УП; NV in Russian (nv.ua) credits
# both ("«Украинская правда» и «Зеркало недели»") and gets two edges.
story("r03_independent_deputy_minister", "independent", {
"00_uk.txt": """Заблоцьку звільнять з посади віцеміністерки з питань євроінтеграції — джерела
pravda.com.ua
22.03.2027 10:15

Кабінет міністрів цього тижня звільнить заступницю міністра закордонних справ з питань європейської інтеграції Ірину Заблоцьку. Про це «Українській правді» розповіли три джерела в уряді.

За словами співрозмовників УП, рішення пов'язане з конфліктом навколо переговорної групи щодо аграрного розділу угоди з ЄС. Її наступником, імовірно, стане Тарас Мельничук, який зараз очолює департамент ЄС у МЗС.

У пресслужбі міністерства відмовилися коментувати інформацію. Сама Заблоцька на дзвінки УП не відповіла.
""",
"01_uk.txt": """Уряд у середу розгляне звільнення Ірини Заблоцької
zn.ua
22.03.2027 11:40

За інформацією ZN.UA, Кабінет міністрів на засіданні в середу розгляне питання про звільнення заступниці міністра закордонних справ з питань європейської інтеграції Ірини Заблоцької.

Джерело ZN.UA в Офісі прем'єр-міністра пояснило, що подання про звільнення вже підготовлене. Причини у документі не вказані.

Заблоцька обіймає посаду з осені 2025 року.
""",
"02_uk.txt": """Заблоцька залишить посаду віцеміністерки з питань євроінтеграції – ЗМІ
eurointegration.com.ua
22.03.2027 12:05

Заступницю міністра закордонних справ з питань європейської інтеграції Ірину Заблоцьку можуть звільнити вже цього тижня. Про це пише «Українська правда» з посиланням на джерела в уряді.

За даними видання, новим віцеміністром може стати директор департаменту ЄС МЗС Тарас Мельничук.

Заблоцька відповідала, зокрема, за підготовку переговорів щодо аграрного розділу.
""",
"03_ru.txt": """СМИ: Кабмин уволит замминистра иностранных дел Ирину Заблоцкую
nv.ua
22.03.2027 14:30

Правительство Украины собирается уволить заместителя министра иностранных дел по вопросам европейской интеграции Ирину Заблоцкую. Об этом сообщили «Украинская правда» и «Зеркало недели» (ZN.UA), ссылаясь на собственные источники.

В МИД ситуацию пока не комментируют.
""",
}, {"00_uk.txt": "Ukrainska Pravda", "01_uk.txt": "ZN.UA", "02_uk.txt": "Yevropeiska Pravda",
    "03_ru.txt": "NV"},
[{"name": "Ukrainska Pravda", "in_corpus": True}, {"name": "ZN.UA", "in_corpus": True}],
[{"origin": "Ukrainska Pravda", "article": "02_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "03_ru.txt"},
 {"origin": "ZN.UA", "article": "03_ru.txt"}],
[{"text": "The government is about to dismiss deputy foreign minister for European integration Iryna Zablotska.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "Taras Melnychuk, head of the ministry's EU department, is likely to succeed Zablotska.",
  "articles": ["00_uk.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The cabinet will consider Zablotska's dismissal at its Wednesday meeting.",
  "articles": ["01_uk.txt"], "independent_sources": 1}])

# r04: own report of Економічна правда (outlet line epravda.com.ua; director "сказав «Економічній
# правді»" = own). УП relays with title suffix "— Економічна правда" and "пише «ЕП»"; Європейська
# правда (no outlet line, title suffix "| Європейська правда") credits УП "з посиланням на
# розслідування «Економічної правди»" -> edge from Ukrainska Pravda (chain of three); RBC-Ukraine in
# English credits Ekonomichna Pravda.
story("r04_chain_port_cranes", "chain", {
"00_uk.txt": """«Придунайські порти» купили крани на 40% дорожче, ніж приватні термінали
epravda.com.ua
29.03.2027 08:40

Державне підприємство «Придунайські порти» закупило 14 портальних кранів у турецької компанії Karadeniz Vinç за 310 млн грн. Це приблизно на 40% дорожче, ніж торік платили за аналогічні крани приватні термінали в Ізмаїлі та Рені. «Економічна правда» проаналізувала тендерну документацію та договори приватних покупців.

Закупівлю профінансували з позики за програмою ЄС «Дунайський коридор». Тендер мав лише одного учасника.

Директор підприємства Андрій Лозинський сказав «Економічній правді», що ціна включає п'ятирічне сервісне обслуговування кранів і навчання кранівників. «Порівнювати з голими кранами некоректно», — заявив він.
""",
"01_uk.txt": """«Придунайські порти» купили крани на 40% дорожче за ринок — Економічна правда
pravda.com.ua
29.03.2027 13:05

Державне підприємство «Придунайські порти» придбало 14 портальних кранів за 310 млн грн, що на 40% більше, ніж платили за такі самі крани приватні термінали. Про це пише «ЕП».

Гроші на закупівлю виділили з позики ЄС за програмою «Дунайський коридор». Постачальник — турецька Karadeniz Vinç.

Директор ДП Андрій Лозинський пояснив виданню, що ціна включає п'ятирічне обслуговування.
""",
"02_uk.txt": """Порти на Дунаї переплатили за крани з грошей ЄС на 40% | Європейська правда
29.03.2027 17:40

Державне підприємство «Придунайські порти» витратило 310 млн грн з позики ЄС за програмою «Дунайський коридор» на 14 кранів, які виявилися на 40% дорожчими за ринкові. Як повідомила «Українська правда» з посиланням на розслідування «Економічної правди», приватні термінали торік купували аналогічну техніку значно дешевше.

Програма «Дунайський коридор» має на меті розширити пропускну спроможність українських портів на Дунаї. Представництво ЄС в Україні поки не коментувало ситуацію.
""",
"03_en.txt": """State Danube ports operator paid 40% over market for cranes, Ekonomichna Pravda says
RBC-Ukraine
Tue, 30 Mar 2027 07:50:00 +0300

The state enterprise Danube Ports (Prydunaiski Porty) bought 14 portal cranes from Turkey's Karadeniz Vinç for UAH 310 million, about 40% more than private terminals paid for similar cranes, Ekonomichna Pravda reported on Monday.

The purchase was financed from an EU loan under the Danube Corridor programme.

Director Andrii Lozynskyi told Ekonomichna Pravda the price included five years of maintenance.
""",
}, {"00_uk.txt": "Ekonomichna Pravda", "01_uk.txt": "Ukrainska Pravda", "02_uk.txt": "Yevropeiska Pravda",
    "03_en.txt": "RBC-Ukraine"},
[{"name": "Ekonomichna Pravda", "in_corpus": True}],
[{"origin": "Ekonomichna Pravda", "article": "01_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "02_uk.txt"},
 {"origin": "Ekonomichna Pravda", "article": "03_en.txt"}],
[{"text": "State enterprise Prydunaiski Porty bought 14 cranes for 310 million hryvnias, about 40% above what private terminals paid.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The director said the price included five years of maintenance.",
  "articles": ["00_uk.txt", "01_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The purchase was financed from an EU loan under the Danube Corridor programme.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1}])

# r05: own report of Суспільне Одеса (correspondent at the crossing, captain "розповів Суспільному").
# DECISION: Суспільне Одеса is the Odesa regional newsroom of Суспільне (same brand, same domain
# suspilne.media) -> the same outlet "Suspilne". 01 (suspilne.media) republishes its regional
# newsroom's report: own reporting of Suspilne, no relay edge. Громадське радіо (hromadske.radio) and
# Интерфакс-Украина credit the regional newsroom -> edges from Suspilne.
story("r05_regional_branch_ferry", "regional_branch", {
"00_uk.txt": """На Дунаї біля Верболозів зупинили поромну переправу: пором врізався в понтон
Суспільне Одеса
05.04.2027 09:30

Поромну переправу біля села Верболози на Дунаї зупинили після того, як у неділю ввечері пором «Дельта-2» під час швартування врізався в понтон причалу. Про це з місця події передає кореспондентка Суспільне Одеса.

Станом на ранок понеділка в черзі на переправу стоять близько 40 вантажівок. Пасажирів ніхто не евакуйовував — на борту були лише члени екіпажу.

«Течія була сильна, нас знесло на понтон. Пробоїни немає, але понтон зсунувся», — розповів Суспільному капітан порома Олег Дудник.

У капітанії порту сказали, що переправу планують відновити в середу, після огляду понтона.
""",
"01_uk.txt": """Пором «Дельта-2» пошкодив понтон: переправу біля Верболозів закрили
suspilne.media
05.04.2027 11:15

На Дунаї біля села Верболози після аварії зупинили поромну переправу: у неділю ввечері пором «Дельта-2» врізався в понтон причалу під час швартування. Про це повідомляє Суспільне Одеса.

Через зупинку переправи в черзі опинилися близько 40 вантажівок. Капітан порома Олег Дудник пояснив, що судно знесло течією.
""",
"02_uk.txt": """Через аварію порома на Дунаї утворилася черга з 40 вантажівок
hromadske.radio
05.04.2027 12:40

Поромна переправа біля Верболозів в Одеській області не працює після того, як пором «Дельта-2» пошкодив понтон причалу. Про це повідомляє «Суспільне Одеса».

За даними журналістів, у черзі стоять близько 40 вантажівок. Постраждалих немає.
""",
"03_ru.txt": """Паромная переправа на Дунае остановлена после столкновения парома с понтоном
Интерфакс-Украина
05.04.2027 14:05

Паромная переправа у села Верболозы на Дунае остановлена после того, как накануне вечером паром «Дельта-2» при швартовке повредил понтон причала, сообщает одесское региональное отделение «Суспільного».

По информации капитании порта, переправу планируется возобновить в среду после осмотра понтона.
""",
}, {"00_uk.txt": "Suspilne", "01_uk.txt": "Suspilne", "02_uk.txt": "Hromadske Radio",
    "03_ru.txt": "Interfax-Ukraine"},
[{"name": "Suspilne", "in_corpus": True}],
[{"origin": "Suspilne", "article": "02_uk.txt"},
 {"origin": "Suspilne", "article": "03_ru.txt"}],
[{"text": "The ferry crossing near Verbolozy on the Danube was halted after the ferry Delta-2 hit the pier pontoon.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "About 40 trucks are queuing for the crossing.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The crossing is planned to reopen on Wednesday after the pontoon is inspected.",
  "articles": ["00_uk.txt", "03_ru.txt"], "independent_sources": 1}])

# r06: outside origin: Russian Channel One's news programme «Время» (Vremya). Relayed by «Настоящее
# время» (Current Time, ru) and by Новое время (NV, ru) directly; Gazeta.ua (uk) credits «Настоящее
# время»; Hromadske (en, hromadske.ua) credits "Gazeta po-ukrainsky" (= Gazeta.ua). Trap: «Время» vs
# «Настоящее время» vs «Новое время»; Gazeta.ua = «Газета по-українськи».
story("r06_tv_programme_sailor", "agency", {
"00_ru.txt": """Российское ТВ показало интервью с задержанным украинским моряком из Измаила
Настоящее время
2027-04-12 09:10

В воскресенье в эфире программы «Время» российского Первого канала показали интервью с 34-летним украинским моряком Богданом Кравцом из Измаила. Он входит в экипаж сухогруза «Марлен», задержанного в порту Таганрога три недели назад.

В интервью Кравец сказал, что с ним «хорошо обращаются», а судно зашло в российские воды «из-за ошибки навигации». Как заявили в программе, моряка могут передать Украине в ходе ближайшего обмена.

Правозащитники напоминают, что интервью задержанных, записанные в неволе, нельзя считать добровольными.
""",
"01_uk.txt": """Російське ТБ показало інтерв'ю із затриманим моряком з Ізмаїла
Gazeta.ua
12.04.2027 11:30

Російський Перший канал у програмі «Время» показав інтерв'ю з 34-річним моряком з Ізмаїла Богданом Кравцем, якого затримали разом з екіпажем суховантажу «Марлен» у Таганрозі. Про це повідомляє російськомовний телеканал «Настоящее время».

Кравець у відео каже, що з ним «добре поводяться». У програмі також заявили, що моряка можуть передати Україні під час найближчого обміну.
""",
"02_en.txt": """Russian state TV airs interview with detained Ukrainian sailor
hromadske.ua
2027-04-12T10:45:00+00:00

Russia's Channel One has aired an interview with Bohdan Kravets, a 34-year-old sailor from Izmail who is part of the crew of the cargo ship Marlen detained in Taganrog, Gazeta po-ukrainsky reported, citing Current Time.

In the interview, Kravets said he was "treated well" and that the ship had entered Russian waters because of a navigation error. Interviews recorded in captivity cannot be considered voluntary, human rights groups say.
""",
"03_ru.txt": """Первый канал показал интервью украинского моряка с сухогруза «Марлен»
Новое время
12.04.2027 13:00

Задержанный в Таганроге украинский моряк Богдан Кравец заявил, что с ним «хорошо обращаются». Интервью с ним накануне показала программа «Время» российского Первого канала.

Как сообщила программа «Время», Кравца могут передать Украине в рамках ближайшего обмена. Сухогруз «Марлен» задержали три недели назад.
""",
}, {"00_ru.txt": "Current Time", "01_uk.txt": "Gazeta.ua", "02_en.txt": "Hromadske",
    "03_ru.txt": "NV"},
[{"name": "Vremya", "in_corpus": False}],
[{"origin": "Vremya", "article": "00_ru.txt"},
 {"origin": "Current Time", "article": "01_uk.txt"},
 {"origin": "Gazeta.ua", "article": "02_en.txt"},
 {"origin": "Vremya", "article": "03_ru.txt"}],
[{"text": "Russian Channel One aired an interview in which detained Ukrainian sailor Bohdan Kravets said he was treated well.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The programme said the sailor could be handed over to Ukraine in the next exchange.",
  "articles": ["00_ru.txt", "01_uk.txt", "03_ru.txt"], "independent_sources": 1}])


def check():
    """Recompute independent_sources from the edges: an article without an edge is its outlet's
    own reporting (root = its outlet); an edge from an in-corpus outlet leads to that outlet's
    articles in the story; an edge from an outside source is a root."""
    for id, _, arts, origins, relays, claims in S:
        outlets = OUTLET[id]
        assert set(outlets) == set(arts), id
        edges = {}
        for r in relays:
            assert r["article"] in arts, (id, r)
            edges.setdefault(r["article"], []).append(r["origin"])
        def roots(a, seen=()):
            if a in seen:
                raise ValueError((id, a))
            if a not in edges:
                return {outlets[a]}
            out = set()
            for o in edges[a]:
                src = [b for b in arts if outlets[b] == o]
                if src:
                    for b in src:
                        out |= roots(b, seen + (a,))
                else:
                    out.add(o)
            return out
        all_roots = set().union(*(roots(a) for a in arts))
        assert all_roots == {o["name"] for o in origins}, (id, all_roots)
        for o in origins:
            assert o["in_corpus"] == (o["name"] in outlets.values()), (id, o)
        for c in claims:
            assert set(c["articles"]) <= set(arts), (id, c)
            n = len(set().union(*(roots(a) for a in c["articles"])))
            assert n == c["independent_sources"], (id, c["text"], n)


def main():
    check()
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 35 (invented events and people, real "
                       "Ukrainian outlets with look-alike names); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
