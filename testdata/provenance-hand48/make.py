#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand48 set.

Real media names (The Telegraph, Financial Times, Politico, Bild, Le Monde, The Wall Street Journal,
The Times as outside origins; Censor.NET, Українська правда, РБК-Україна, НВ/NV, The Kyiv Independent,
Європейська правда, Meduza, Новая газета Европа as in-corpus outlets), but every event, quote, report
and named person is invented. No real article text is used.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

def lost_spaces(text):
    """Body whose spaces after full stops were lost (CMS export bug): 'said.The diplomat'."""
    head, body = text.split("\n\n", 1)
    return head + "\n\n" + body.replace(". ", ".")

# s01: The Telegraph (outside) relayed 4x; Censor.NET title suffix "– The Telegraph"; the anonymous
# "senior European diplomat" quote in three wordings (en, uk twice, ru); "on Thursday" / "в четверг";
# "The newspaper writes", "пише видання", "з посиланням на", "со ссылкой на"; 03_uk body lost its
# spaces after full stops.
story("s01_telegraph_sanctions_delay", "foreign_newspaper", {
"00_en.txt": """EU may hold back new sanctions package until June summit, Telegraph reports
The Kyiv Independent
2027-05-13 18:40

European Union capitals are discussing whether to delay the adoption of the bloc's next sanctions package against Russia until the leaders' summit at the end of June, The Telegraph reported on Thursday.

According to the British newspaper, at least two Central European member states have asked for more time to assess what the package would mean for their refineries, and EU ambassadors who met in Brussels on Wednesday failed to agree on a date for a vote.

"Nobody wants to be the capital that blinks first, but nobody wants to sign before June either," a senior European diplomat told the newspaper.

The package, as described by The Telegraph, would add about 40 tankers of Russia's so-called shadow fleet to the EU's list of vessels barred from European ports and services, and tighten export controls on machine-tool parts.

The newspaper writes that the European Commission still hopes to push the package through before the summit. A Commission spokesperson told The Telegraph that talks among member states "are ongoing." The Kyiv Independent could not independently verify the report.
""",
"01_uk.txt": """ЄС може відкласти новий пакет санкцій проти РФ до червневого саміту – The Telegraph
Censor.NET
13.05.2027 19:25

Столиці країн Євросоюзу обговорюють можливість відкласти ухвалення наступного пакета санкцій проти Росії до саміту лідерів ЄС наприкінці червня. Про це пише британська газета The Telegraph.

За даними видання, щонайменше дві центральноєвропейські держави-члени попросили більше часу, щоб оцінити наслідки пакета для своїх нафтопереробних заводів. Посли країн ЄС, які зібралися в Брюсселі в середу, так і не погодили дату голосування.

«Жодна столиця не хоче відступити першою, але й ставити підпис до червня ніхто не готовий», – цитує газета високопоставленого європейського дипломата.

Як пише видання, пакет передбачає внесення близько 40 танкерів російського «тіньового флоту» до списку суден, яким заборонено заходити в європейські порти й користуватися європейськими послугами, а також посилення експортного контролю на деталі до верстатів.

Речник Європейської комісії, з посиланням на якого пише The Telegraph, заявив, що переговори між державами-членами «тривають».
""",
"02_ru.txt": """The Telegraph: ЕС может отложить новый пакет санкций до июньского саммита
Meduza
2027-05-14T06:50:00+00:00

Страны Евросоюза обсуждают, не отложить ли принятие следующего пакета санкций против России до саммита лидеров ЕС в конце июня. Об этом в четверг сообщила британская газета The Telegraph со ссылкой на европейских дипломатов.

По данным издания, как минимум две страны Центральной Европы попросили дополнительное время, чтобы оценить последствия пакета для своих НПЗ. На встрече послов в Брюсселе в среду согласовать дату голосования не удалось.

«Никто не хочет моргнуть первым, но и подписывать до июня тоже никто не хочет», — приводит газета слова высокопоставленного европейского дипломата.

Пакет, как пишет The Telegraph, должен пополнить список судов «теневого флота», которым закрыт доступ в европейские порты, примерно на 40 танкеров, а также ужесточить экспортный контроль на комплектующие для станков.
""",
"03_uk.txt": lost_spaces("""Євросоюз може відкласти новий санкційний пакет до саміту в червні – британські ЗМІ
Українська правда
14.05.2027 09:10

Країни ЄС обговорюють, чи не перенести ухвалення наступного пакета санкцій проти Росії на кінець червня, коли відбудеться саміт лідерів. Про це в четвер повідомила британська газета The Telegraph. Як пише видання, дві держави Центральної Європи хочуть більше часу, щоб порахувати можливі втрати своїх НПЗ. Посли ЄС у середу не змогли домовитися про дату голосування.

«Ніхто не хоче бути тією столицею, яка змигне першою, але й підписувати до червня ніхто не хоче», – сказав газеті високопоставлений європейський дипломат. За даними The Telegraph, пакет має додати до чорного списку ЄС приблизно 40 танкерів тіньового флоту РФ. Видання зазначає, що Єврокомісія досі сподівається ухвалити пакет до саміту.
"""),
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"]],
[{"text": "EU capitals are discussing postponing the next sanctions package against Russia until the leaders' summit at the end of June.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The package would add about 40 Russian shadow-fleet tankers to the EU list of vessels barred from European ports.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "A senior European diplomat said no capital wants to blink first but none wants to sign before June.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1}])

# s02: Financial Times (outside), "sources familiar with the talks"; chain: the English NV article says
# "the Financial Times reported ..., as relayed by RBC-Ukraine" -> edge from РБК-Україна (in corpus),
# root stays the FT. Same anonymous quote in uk, en, ru wordings; "Автори статті наголошують",
# "the authors stress"-type lines; 03_uk has no date line.
story("s02_ft_danube_insurance_chain", "foreign_newspaper_chain", {
"00_uk.txt": """ЄС і страховики обговорюють фонд на 2 млрд євро для суден у дунайських портах України – FT
РБК-Україна
17.05.2027 12:40

Європейський Союз і група страховиків з ринку Lloyd's ведуть переговори про створення пулу страхування воєнних ризиків на 2 млрд євро для суден, що заходять в українські порти на Дунаї. Про це пише Financial Times з посиланням на джерела, знайомі з перебігом переговорів.

За даними видання, Європейський інвестиційний банк може надати гарантію першого збитку на 300 млн євро. Пул покриватиме судна, що прямують до Ізмаїла та Рені.

«Ідеться про те, щоб повернути страхові премії до рівня, за якого рейс на Дунай знову має комерційний сенс», – цитує FT одне з джерел.

Автори статті наголошують, що остаточної домовленості ще немає: переговори можуть зірватися через суперечку щодо граничного розміру премій.
""",
"01_en.txt": """EU, insurers in talks on €2 billion war-risk pool for Ukraine's Danube ports
NV
2027-05-17T15:05:00+00:00

The European Union and a group of Lloyd's market insurers are negotiating a €2 billion war-risk insurance pool for ships calling at Ukraine's Danube ports, the Financial Times reported on Monday, as relayed by RBC-Ukraine.

The European Investment Bank could provide a €300 million first-loss guarantee, according to the report. The pool would cover vessels bound for Izmail and Reni.

"The point is to get premiums back to a level where a voyage up the Danube makes commercial sense again," one of the sources was quoted as saying.

No final deal has been reached, and the talks could still founder over a cap on premiums, the authors stress.
""",
"02_ru.txt": """FT: ЕС и страховщики обсуждают фонд для судов, заходящих в украинские порты на Дунае
Новая газета Европа
2027-05-17 18:30

Евросоюз и группа страховщиков с рынка Lloyd's обсуждают создание пула страхования военных рисков объемом 2 млрд евро для судов, заходящих в украинские порты на Дунае. Об этом сообщает Financial Times со ссылкой на источники, знакомые с ходом переговоров.

По информации газеты, Европейский инвестиционный банк может предоставить гарантию первого убытка на 300 млн евро. Речь идет о судах, идущих в Измаил и Рени.

«Задача — вернуть премии на уровень, при котором рейс на Дунай снова окупается», — цитирует FT один из источников. Авторы подчеркивают, что окончательного соглашения пока нет, а переговоры могут сорваться из-за спора о потолке страховых премий.
""",
"03_uk.txt": """Financial Times: ЄС готує страховий пул для суден, що йдуть у дунайські порти
Європейська правда

Європейська комісія та страхові компанії ринку Lloyd's обговорюють механізм страхування воєнних ризиків для суден, які заходять у порти Ізмаїл і Рені. Обсяг пулу може сягнути 2 млрд євро, пише Financial Times.

Співрозмовники газети, знайомі з ходом переговорів, стверджують, що Європейський інвестиційний банк готовий узяти на себе перші 300 млн євро збитків.

Видання підкреслює, що домовленість ще не остаточна.
""",
}, [{"name": "Financial Times", "in_corpus": False}],
[{"origin": "Financial Times", "article": "00_uk.txt"},
 {"origin": "РБК-Україна", "article": "01_en.txt"},
 {"origin": "Financial Times", "article": "02_ru.txt"},
 {"origin": "Financial Times", "article": "03_uk.txt"}],
[{"text": "The EU and Lloyd's insurers are negotiating a 2 billion euro war-risk insurance pool for ships calling at Ukraine's Danube ports.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The European Investment Bank could provide a 300 million euro first-loss guarantee.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1}])

# s03: Politico (outside), "one well-placed source", dinner "last weekend"; Європейська правда relays
# Politico AND adds confirmation from its own source in a delegation plus a new detail (two roots);
# en and ru relay Politico only; НВ relays Європейська правда ("посилаючись на Politico та власне
# джерело") -> one edge from Європейська правда.
story("s03_politico_nb8_shells_two_roots", "foreign_newspaper_plus_own_confirmation", {
"00_uk.txt": """Країни Північної Європи та Балтії домовилися про спільну закупівлю снарядів для України – Politico
Європейська правда
18.05.2027 11:20

Міністри закордонних справ країн «Північно-Балтійської вісімки» (NB8) на закритій вечері в Брюсселі минулих вихідних у принципі погодили спільну закупівлю артилерійських снарядів для України на суму близько 1,5 млрд євро. Про це пише Politico з посиланням на добре поінформоване джерело.

«Гроші є. Чого нам бракує, то це заводу, який зможе поставити снаряди до зими», – цитує видання співрозмовника.

За даними Politico, закупівлю фінансуватимуть з національних бюджетів пропорційно до ВВП кожної з країн.

Співрозмовник «Європейської правди» в одній із делегацій підтвердив, що принципової домовленості на вечері досягли. За його словами, першу партію планують замовити в чеського виробника вже в липні.
""",
"01_en.txt": """Nordic-Baltic states agree in principle on joint shell purchase for Ukraine, Politico says
The Kyiv Independent
2027-05-18 14:00

Foreign ministers of the Nordic-Baltic Eight agreed in principle over a private dinner in Brussels last weekend to jointly buy around 1.5 billion euros' worth of artillery shells for Ukraine, Politico reported on Tuesday, citing one well-placed source.

"The money is on the table. What we are missing is a factory able to deliver before winter," the source told Politico.

The purchase would be financed from national budgets in proportion to each country's GDP, according to the outlet. None of the eight foreign ministries has commented publicly.
""",
"02_ru.txt": """Politico: страны Северной Европы и Балтии договорились о совместной закупке снарядов для Украины
Meduza
18.05.2027 16:45

Министры иностранных дел «Северно-Балтийской восьмерки» на закрытом ужине в Брюсселе в прошлые выходные в принципе согласовали совместную закупку артиллерийских снарядов для Украины примерно на 1,5 млрд евро, пишет Politico со ссылкой на хорошо осведомленный источник.

«Деньги есть. Не хватает завода, который успеет поставить снаряды до зимы», — приводит издание слова собеседника. Закупку планируют финансировать из национальных бюджетов пропорционально ВВП.
""",
"03_uk.txt": """Першу партію снарядів для України від NB8 можуть замовити вже в липні – ЄП
НВ
2027-05-19T08:30:00+03:00

Країни «Північно-Балтійської вісімки» планують замовити першу партію артилерійських снарядів для України в чеського виробника вже в липні. Про це пише «Європейська правда» з посиланням на співрозмовника в одній із делегацій.

«Європейська правда», посилаючись на Politico та власне джерело, пише, що міністри закордонних справ NB8 минулих вихідних на вечері в Брюсселі в принципі погодили спільну закупівлю снарядів приблизно на 1,5 млрд євро.
""",
}, [{"name": "Politico", "in_corpus": False},
    {"name": "Європейська правда", "in_corpus": True}],
[{"origin": "Politico", "article": "00_uk.txt"},
 {"origin": "Politico", "article": "01_en.txt"},
 {"origin": "Politico", "article": "02_ru.txt"},
 {"origin": "Європейська правда", "article": "03_uk.txt"}],
[{"text": "NB8 foreign ministers agreed in principle at a Brussels dinner last weekend on a joint purchase of about 1.5 billion euros of artillery shells for Ukraine.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The purchase would be financed from national budgets in proportion to GDP.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The first batch is to be ordered from a Czech producer in July.",
  "articles": ["00_uk.txt", "03_uk.txt"], "independent_sources": 1}])

# s04: two independent foreign reports (Bild on Friday citing a German government source, Le Monde on
# Saturday citing a French diplomat), later relayed: Українська правда and РБК-Україна credit both,
# The Kyiv Independent only Le Monde ("the newspaper writes"), Новая газета Европа only Bild.
story("s04_bild_lemonde_donor_conference", "two_foreign_newspapers", {
"00_uk.txt": """Донорську конференцію щодо енергетики України перенесуть на вересень – Bild і Le Monde
Українська правда
2027-05-22 13:10

Міжнародну донорську конференцію з відновлення енергетики України, яку Німеччина та Франція планували провести 22 червня у Страсбурзі, перенесуть на вересень. Про це пишуть німецька газета Bild та французька Le Monde.

Bild у п'ятницю з посиланням на джерело в уряді Німеччини повідомила, що Берлін хоче дочекатися нової оцінки збитків енергосистеми за підсумками зими, яку готує Світовий банк.

Le Monde у суботу, посилаючись на французького дипломата, написала, що нову дату ще не визначено, але Париж пропонує провести конференцію в Марселі.

«Краще приїхати у вересні з цифрами, ніж у червні з обіцянками», – цитує Le Monde свого співрозмовника.
""",
"01_en.txt": """Ukraine energy donor conference pushed back to September, Le Monde reports
The Kyiv Independent
2027-05-22 17:45

A donor conference on rebuilding Ukraine's energy system that Germany and France had planned to host in Strasbourg on June 22 will be postponed until September, the French daily Le Monde reported on Saturday, citing a French diplomat.

No new date has been set, the newspaper writes, but Paris has suggested Marseille as the venue.

"It is better to arrive in September with numbers than in June with promises," the diplomat told Le Monde.
""",
"02_ru.txt": """Bild: конференцию доноров для энергетики Украины перенесут на осень
Новая газета Европа
21.05.2027 21:40

Донорскую конференцию по восстановлению энергосистемы Украины, которую Германия и Франция собирались провести 22 июня в Страсбурге, перенесут на сентябрь. Об этом пишет Bild со ссылкой на источник в правительстве ФРГ.

По данным газеты, Берлин хочет дождаться новой оценки ущерба энергосистеме по итогам зимы, которую готовит Всемирный банк. Официально перенос пока не объявлен.
""",
"03_uk.txt": """Конференцію донорів для енергетики України перенесли: що відомо
РБК-Україна
24.05.2027 10:05

Донорська конференція щодо енергетики України, запланована на 22 червня у Страсбурзі, відбудеться не раніше вересня. Про це минулого тижня з посиланням на власні джерела писали німецька Bild і французька Le Monde.

За даними Bild, Берлін чекає на нову оцінку збитків від Світового банку. Le Monde пише, що Франція пропонує перенести захід до Марселя.

Автори обох матеріалів наголошують, що офіційного рішення ще не оголошено.
""",
}, [{"name": "Bild", "in_corpus": False},
    {"name": "Le Monde", "in_corpus": False}],
[{"origin": "Bild", "article": "00_uk.txt"},
 {"origin": "Le Monde", "article": "00_uk.txt"},
 {"origin": "Le Monde", "article": "01_en.txt"},
 {"origin": "Bild", "article": "02_ru.txt"},
 {"origin": "Bild", "article": "03_uk.txt"},
 {"origin": "Le Monde", "article": "03_uk.txt"}],
[{"text": "The donor conference on Ukraine's energy planned for June 22 in Strasbourg will be postponed to September.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "Berlin wants to wait for the World Bank's new post-winter damage assessment.",
  "articles": ["00_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Paris has proposed Marseille as the venue.",
  "articles": ["00_uk.txt", "01_en.txt", "03_uk.txt"], "independent_sources": 1}])

# s05: The Wall Street Journal (outside), "people familiar with the matter"; 01_ru has no outlet line
# and a title suffix "— WSJ"; "on Wednesday"/"в среду"; all four relay the WSJ.
story("s05_wsj_black_sea_envoy", "foreign_newspaper", {
"00_uk.txt": """США розглядають призначення спецпосланця з безпеки судноплавства в Чорному морі
Censor.NET
26.05.2027 20:15

Білий дім розглядає можливість призначити спеціального посланця з безпеки судноплавства в Чорному морі. Про це пише The Wall Street Journal з посиланням на людей, обізнаних із ситуацією.

За даними видання, серед кандидатів – віцеадмірал у відставці Грегорі Галловелл, який раніше командував військово-морськими силами США в Європі.

Посланець, як пише газета, координував би з Туреччиною та Румунією розмінування морських шляхів і страхування суден.

«Хтось має займатися цим питанням на повний робочий день», – сказав виданню американський посадовець, який побажав залишитися неназваним.
""",
"01_ru.txt": """США рассматривают назначение спецпосланника по безопасности судоходства в Черном море — WSJ
2027-05-27T05:30:00+00:00

Белый дом рассматривает возможность назначить специального посланника по безопасности судоходства в Черном море. Об этом в среду сообщила The Wall Street Journal со ссылкой на людей, знакомых с ситуацией.

Среди кандидатов, по данным газеты, — вице-адмирал в отставке Грегори Хэлловелл, ранее командовавший ВМС США в Европе.

«Кто-то должен заниматься этим вопросом постоянно», — приводит издание слова американского чиновника.
""",
"02_en.txt": """US weighs special envoy for Black Sea shipping, WSJ says
NV
2027-05-27 09:00

The White House is considering appointing a special envoy for Black Sea shipping security, The Wall Street Journal reported on Wednesday, citing people familiar with the matter.

Retired Vice Admiral Gregory Hallowell, a former commander of U.S. naval forces in Europe, is among the candidates, the newspaper writes. The envoy would coordinate mine clearance of sea lanes and ship insurance with Turkey and Romania.

"Somebody has to own this file full time," a U.S. official who asked not to be named told the Journal.
""",
"03_ru.txt": """WSJ: Вашингтон может назначить спецпосланника по Черному морю
Новая газета Европа
27 мая 2027, 11:20

Администрация США обсуждает назначение специального посланника, который отвечал бы за безопасность судоходства в Черном море, пишет The Wall Street Journal со ссылкой на осведомленных собеседников.

Одним из кандидатов газета называет отставного вице-адмирала Грегори Хэлловелла. Посланник должен будет координировать с Турцией и Румынией разминирование морских путей и страхование судов.
""",
}, [{"name": "The Wall Street Journal", "in_corpus": False}],
[{"origin": "The Wall Street Journal", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_ru.txt"]],
[{"text": "The White House is considering appointing a special envoy for Black Sea shipping security, with retired Vice Admiral Gregory Hallowell among the candidates.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The envoy would coordinate mine clearance and ship insurance with Turkey and Romania.",
  "articles": ["00_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s06: The Times (outside, "a Whitehall source"); chain The Times -> The Kyiv Independent -> НВ
# ("з посиланням на The Kyiv Independent, який цитує The Times"); ru relays The Times directly
# (also «Таймс»); the Ukrainian MFA spokesman's own Facebook post (no medium between) is a second
# origin, taken directly by Європейська правда and Meduza, which also credit The Times.
story("s06_times_medic_mission_chain_statement", "foreign_newspaper_chain_plus_statement", {
"00_en.txt": """UK and France prepare joint mission to train Ukrainian field surgeons – The Times
The Kyiv Independent
2027-05-28 12:30

Britain and France are preparing a joint mission of about 60 military medics who would train Ukrainian field surgeons in hospitals in Lviv Oblast from the autumn, The Times reported on Friday, citing a Whitehall source.

The medics would rotate every three months and would not be deployed east of Lviv Oblast, the newspaper writes.

"This is about skills, not about boots on the ground," the source told The Times. The UK Ministry of Defence did not comment on the report.
""",
"01_uk.txt": """Британія та Франція готують місію для навчання українських військових хірургів
НВ
28.05.2027 15:10

Велика Британія та Франція готують спільну місію з близько 60 військових медиків, які з осені навчатимуть українських польових хірургів у лікарнях Львівської області. Про це пише The Kyiv Independent, який цитує британську газету The Times.

Медики мінятимуться кожні три місяці й не працюватимуть східніше Львівщини.

«Ідеться про навички, а не про присутність військ на землі», – наводить видання слова джерела в британському уряді.
""",
"02_ru.txt": """The Times: Британия и Франция отправят военных медиков обучать украинских хирургов
Новая газета Европа
2027-05-28T19:00:00+00:00

Великобритания и Франция готовят совместную миссию примерно из 60 военных медиков, которые с осени будут обучать украинских полевых хирургов в больницах Львовской области. Об этом в пятницу написала британская газета The Times со ссылкой на источник в правительстве.

По данным «Таймс», медики будут меняться каждые три месяца и не будут работать восточнее Львовской области. «Речь о навыках, а не о военных на земле», — приводит газета слова собеседника.
""",
"03_uk.txt": """У МЗС відреагували на публікацію The Times про британсько-французьку медичну місію
Європейська правда
29.05.2027 11:40

Україна вітає будь-яку допомогу для своїх військових медиків, але офіційної пропозиції щодо британсько-французької навчальної місії Київ поки не отримував. Про це в суботу написав у Facebook речник МЗС України Андрій Собчук.

«Ми вдячні партнерам за кожну ініціативу, яка рятує життя наших захисників. Коли надійде офіційна пропозиція, ми її уважно розглянемо», – зазначив Собчук.

Нагадаємо, у п'ятницю британська газета The Times з посиланням на джерело в уряді Великої Британії написала, що Лондон і Париж готують місію з близько 60 військових медиків, які з осені навчатимуть українських польових хірургів у лікарнях Львівщини.
""",
"04_ru.txt": """В МИД Украины прокомментировали сообщения о британско-французской миссии военных медиков
Meduza
29 мая 2027, 14:05

Киев пока не получал официального предложения о британско-французской учебной миссии военных медиков, написал в субботу в фейсбуке пресс-секретарь МИД Украины Андрей Собчук. По его словам, Украина благодарна партнерам за любую помощь медикам.

Накануне газета The Times со ссылкой на источник в британском правительстве сообщила, что Лондон и Париж готовят миссию примерно из 60 военных медиков для обучения украинских хирургов в больницах Львовской области.
""",
}, [{"name": "The Times", "in_corpus": False},
    {"name": "Андрій Собчук", "in_corpus": False}],
[{"origin": "The Times", "article": "00_en.txt"},
 {"origin": "The Kyiv Independent", "article": "01_uk.txt"},
 {"origin": "The Times", "article": "02_ru.txt"},
 {"origin": "The Times", "article": "03_uk.txt"},
 {"origin": "Андрій Собчук", "article": "03_uk.txt"},
 {"origin": "The Times", "article": "04_ru.txt"},
 {"origin": "Андрій Собчук", "article": "04_ru.txt"}],
[{"text": "Britain and France are preparing a joint mission of about 60 military medics to train Ukrainian field surgeons in Lviv Oblast hospitals from the autumn.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Ukrainian MFA spokesman Andrii Sobchuk said Kyiv welcomes the help but has not yet received an official proposal.",
  "articles": ["03_uk.txt", "04_ru.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 48 (real media names as origins and relays, invented events and people); see README.md.",
              "stories": []}
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
