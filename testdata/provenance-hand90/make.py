#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand90 set.

Real media names (Ukrainian, Russian, English-language, Polish, German outlets), invented events,
invented people and invented figures."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: institution origin (National Bank of Ukraine press release), relayed directly by four
# outlets: uk "йдеться в повідомленні НБУ"; en "the National Bank of Ukraine said"; ru "сообщил
# Нацбанк"; pl "poinformował Narodowy Bank Ukrainy".
story("r01_nbu_rate_cut", "institution", {
"00_uk.txt": """НБУ знизив облікову ставку до 13% і погіршив прогноз інфляції
Інтерфакс-Україна
2027-04-22 14:10

Національний банк України знизив облікову ставку на один відсотковий пункт — з 14% до 13% річних. Рішення набуде чинності 29 квітня, йдеться в повідомленні НБУ, оприлюдненому в четвер після засідання правління.

Водночас регулятор підвищив прогноз інфляції на кінець 2027 року з 7,1% до 7,9%. Серед причин у повідомленні названо подорожчання продуктів після холодної весни та вищі, ніж очікувалося, ціни на пальне.

«Ми бачимо простір для обережного пом'якшення, але темп подальших кроків залежатиме від того, як поводитимуться інфляційні очікування», — заявила заступниця голови НБУ Марта Липецька на брифінгу, трансляцію якого вів Нацбанк.

Наступне засідання правління з монетарної політики заплановане на 10 червня.
""",
"01_en.txt": """Ukraine's central bank cuts key rate to 13%, raises inflation forecast
The Kyiv Independent
2027-04-22T12:35:00+00:00

The National Bank of Ukraine cut its key policy rate by one percentage point to 13% on Thursday, the first reduction this year, the bank said in a statement after its board meeting. The new rate takes effect on April 29.

At the same time the regulator raised its end-2027 inflation forecast to 7.9% from 7.1%, citing food prices pushed up by a cold spring and fuel costs that came in above expectations.

"We see room for careful easing, but the pace of any further steps will depend on inflation expectations," deputy governor Marta Lypetska told a press briefing streamed by the central bank.

The board will next review the rate on June 10.
""",
"02_ru.txt": """Нацбанк снизил учетную ставку до 13%
РБК-Украина
22.04.2027 14:20

Национальный банк Украины снизил учетную ставку с 14% до 13% годовых, сообщил Нацбанк в четверг по итогам заседания правления. Решение вступает в силу 29 апреля.

Прогноз инфляции на конец 2027 года регулятор ухудшил до 7,9% с 7,1%. В НБУ объяснили это ростом цен на продукты после холодной весны и подорожанием топлива.

По словам заместителя главы НБУ Марты Липецкой, дальнейшие шаги будут зависеть от инфляционных ожиданий. Следующее заседание по монетарной политике запланировано на 10 июня.
""",
"03_pl.txt": """Ukraina: bank centralny obniża stopę procentową do 13 proc.
Bankier.pl
22 kwietnia 2027

Narodowy Bank Ukrainy (NBU) obniżył w czwartek główną stopę procentową z 14 do 13 proc., poinformował bank w komunikacie po posiedzeniu zarządu. Nowa stopa zacznie obowiązywać 29 kwietnia.

To pierwsza obniżka w tym roku. Decyzja była zgodna z oczekiwaniami większości analityków rynku w Kijowie.

Kolejne posiedzenie w sprawie polityki pieniężnej NBU zaplanował na 10 czerwca.
""",
}, [{"name": "National Bank of Ukraine", "in_corpus": False}],
[{"origin": "National Bank of Ukraine", "article": a} for a in ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"]],
[{"text": "The National Bank of Ukraine cut its key rate from 14% to 13%, effective April 29.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The NBU raised its end-2027 inflation forecast from 7.1% to 7.9%.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1}])

# r02: two outside origins in one story: Derzhstat's wage release and an economist's Facebook
# post quoted by media (uk "написав у Facebook"; ru "написал на своей странице в Facebook";
# en "wrote on Facebook", en without date line and without the Derzhstat figure).
story("r02_derzhstat_wages_economist_facebook", "institution+person", {
"00_uk.txt": """Економіст: реальні зарплати в березні впали на 3,1% попри номінальне зростання
Українська правда
2027-04-19 09:45

Середня номінальна заробітна плата в Україні в березні 2027 року становила 21 380 гривень, що на 6,4% більше, ніж рік тому. Про це повідомляє Держстат.

Проте з урахуванням інфляції картина інша, написав у Facebook економіст Орест Завадович. За його підрахунками, реальна зарплата в березні була на 3,1% нижчою, ніж у березні 2026 року, і це вже третій місяць падіння поспіль.

«Люди отримують більше гривень, але купують на них менше. Найсильніше падіння — у сфері освіти та охорони здоров'я, де зарплати майже не індексували», — зазначив Завадович у своєму дописі.

Економіст також попередив, що без перегляду мінімальної зарплати до кінця року падіння реальних доходів може поглибитися.
""",
"01_ru.txt": """Реальные зарплаты украинцев упали третий месяц подряд — экономист
Страна.ua
19.04.2027 11:30

Средняя зарплата в Украине в марте составила 21 380 гривен, это на 6,4% больше, чем годом ранее, сообщает Госстат.

Однако в реальном выражении доходы снизились на 3,1%, написал на своей странице в Facebook экономист Орест Завадович. По его словам, падение продолжается уже третий месяц, а сильнее всего оно заметно в образовании и здравоохранении.

«Люди получают больше гривен, но покупают на них меньше», — подчеркнул экономист.
""",
"02_en.txt": """Real wages in Ukraine fell 3.1% in March, economist estimates
NV

Real wages in Ukraine fell 3.1% year on year in March, the third monthly decline in a row, economist Orest Zavadovych wrote on Facebook on Sunday.

"People are getting more hryvnias but buying less with them," Zavadovych wrote, adding that the drop was sharpest in education and healthcare, where pay has barely been indexed.

He warned that without a review of the minimum wage before the end of the year the fall in real incomes could deepen.
""",
}, [{"name": "Derzhstat", "in_corpus": False}, {"name": "Orest Zavadovych", "in_corpus": False}],
[{"origin": "Derzhstat", "article": "00_uk.txt"}, {"origin": "Derzhstat", "article": "01_ru.txt"},
 {"origin": "Orest Zavadovych", "article": "00_uk.txt"}, {"origin": "Orest Zavadovych", "article": "01_ru.txt"},
 {"origin": "Orest Zavadovych", "article": "02_en.txt"}],
[{"text": "Derzhstat: the average nominal wage in March 2027 was 21,380 hryvnias, 6.4% more than a year earlier.",
  "articles": ["00_uk.txt", "01_ru.txt"], "independent_sources": 1},
 {"text": "Economist Orest Zavadovych estimated that real wages fell 3.1% year on year in March, the third monthly decline in a row.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1}])

# r03: Ekonomichna Pravda scoop from its own government sources; Forbes Ukraine relays it
# ("пише «Економічна правда»") AND adds its own confirmation from the Finance Ministry (two roots);
# ru "пишет «Экономическая правда» со ссылкой на источники в правительстве"; en "Ekonomichna
# Pravda reported".
story("r03_ep_fuel_excise_scoop_plus_confirmation", "scoop+confirmation", {
"00_uk.txt": """Уряд готує підвищення акцизу на пальне з 1 липня — джерела
Економічна правда
2027-05-11 08:05

Кабінет міністрів готує постанову та законопроєкт про підвищення акцизу на бензин і дизельне пальне з 1 липня 2027 року. Про це «Економічній правді» розповіли два джерела в уряді.

За словами співрозмовників ЕП, ставку акцизу на бензин пропонують підняти з 242 до 278 євро за тисячу літрів, на дизель — з 198 до 236 євро. Додаткові надходження до бюджету до кінця року оцінюють приблизно у 18 млрд гривень.

«Гроші потрібні на дорожній фонд, інакше ремонт мостів цього літа просто зупиниться», — пояснив один із співрозмовників видання, який попросив не називати його імені.

Документ ще не погоджений з Міністерством економіки, і його параметри можуть змінитися, застерігають джерела. У Міністерстві фінансів на запит ЕП станом на ранок вівторка не відповіли.
""",
"01_uk.txt": """Мінфін підтвердив Forbes, що готує підвищення акцизу на пальне
Forbes Ukraine
11.05.2027 12:40

Уряд планує з 1 липня підняти акцизи на бензин і дизельне пальне, пише «Економічна правда» з посиланням на джерела в Кабміні. За даними видання, ставка на бензин зросте з 242 до 278 євро за тисячу літрів, на дизель — з 198 до 236 євро.

Співрозмовник Forbes Ukraine в Міністерстві фінансів підтвердив, що законопроєкт про підвищення акцизу готується і може бути внесений до Верховної Ради вже наступного тижня. «Параметри ще обговорюються, але саме рішення політично ухвалене», — сказав він Forbes.

Оператори АЗС, з якими поговорив Forbes Ukraine, очікують, що літр бензину після підвищення подорожчає на 2–2,5 гривні.
""",
"02_ru.txt": """В Украине с июля могут поднять акцизы на топливо — СМИ
РБК-Украина
2027-05-11 10:15

Кабинет министров готовит повышение акцизов на бензин и дизельное топливо с 1 июля, пишет «Экономическая правда» со ссылкой на два источника в правительстве.

По данным издания, ставка на бензин вырастет с 242 до 278 евро за тысячу литров, на дизель — с 198 до 236 евро. Дополнительные поступления в бюджет до конца года оцениваются примерно в 18 млрд гривен.

Как отмечает «ЭП», документ еще не согласован с Минэкономики, и его параметры могут измениться.
""",
"03_en.txt": """Ukraine plans to raise fuel excise from July, Ekonomichna Pravda reports
Kyiv Post
May 11, 2027 13:20

Ukraine's government is preparing to raise excise duties on petrol and diesel from July 1, the business news site Ekonomichna Pravda reported on Tuesday, citing two government sources.

The duty on petrol would rise to 278 euros per thousand litres from 242, and on diesel to 236 euros from 198, according to the report. The increase would bring the budget about 18 billion hryvnias in extra revenue by the end of the year, Ekonomichna Pravda's sources said.

The Finance Ministry had not commented on the report.
""",
}, [{"name": "Економічна правда", "in_corpus": True}, {"name": "Forbes Ukraine", "in_corpus": True}],
[{"origin": "Економічна правда", "article": "01_uk.txt"}, {"origin": "Економічна правда", "article": "02_ru.txt"},
 {"origin": "Економічна правда", "article": "03_en.txt"}],
[{"text": "Ukraine's government is preparing to raise excise duties on petrol and diesel from July 1, 2027.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "The fuel excise increase would bring about 18 billion hryvnias of extra budget revenue by the end of the year.",
  "articles": ["00_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# r04: chain Коммерсантъ (own government sources) → The Moscow Times → pl, de. pl "jak podaje
# The Moscow Times, powołując się na dziennik «Kommiersant»" and de "berichtete die
# englischsprachige Zeitung The Moscow Times unter Berufung auf den «Kommersant»": both get one
# edge from The Moscow Times (credit to the in-corpus outlet); root stays Коммерсантъ.
story("r04_kommersant_fertilizer_levy_chain", "chain", {
"00_ru.txt": """Минфин предложил взять с производителей удобрений сверхприбыль
Коммерсантъ
2027-03-15 07:00

Министерство финансов предложило ввести разовый налог на сверхприбыль для производителей минеральных удобрений. Об этом “Ъ” рассказали два источника в правительстве, знакомые с содержанием проекта.

По словам собеседников “Ъ”, налог составит 10% от превышения прибыли 2026 года над средней прибылью за 2022–2023 годы. Минфин рассчитывает получить около 150 млрд руб. до конца 2027 года.

«Отрасль заработала на девальвации и высоких мировых ценах, делиться придется», — сказал один из собеседников “Ъ”. Другой источник отметил, что против инициативы уже выступил Минпромторг, опасающийся сокращения инвестпрограмм.

В Российской ассоциации производителей удобрений на запрос “Ъ” не ответили.
""",
"01_en.txt": """Russia's Finance Ministry eyes windfall tax on fertilizer makers - Kommersant
The Moscow Times
2027-03-15T10:25:00+03:00

Russia's Finance Ministry has proposed a one-off windfall tax on producers of mineral fertilizers, the business daily Kommersant reported Monday, citing two government sources.

The tax would be set at 10% of the amount by which 2026 profits exceeded average profits for 2022-2023, and could bring the budget about 150 billion rubles ($1.6 billion) by the end of 2027, according to Kommersant.

The Industry and Trade Ministry has objected to the plan, fearing fertilizer producers would cut investment, one of the newspaper's sources said.
""",
"02_pl.txt": """Rosja chce opodatkować nadzwyczajne zyski producentów nawozów
Rzeczpospolita
15.03.2027 13:50

Rosyjskie Ministerstwo Finansów zaproponowało jednorazowy podatek od nadzwyczajnych zysków producentów nawozów mineralnych – jak podaje anglojęzyczny portal The Moscow Times, powołując się na dziennik „Kommiersant”.

Podatek miałby wynieść 10 proc. nadwyżki zysku z 2026 roku ponad średnią z lat 2022–2023. Według The Moscow Times budżet mógłby dzięki temu zyskać ok. 150 mld rubli do końca 2027 roku.

Rosja jest jednym z największych eksporterów nawozów na świecie, w tym do krajów Unii Europejskiej.
""",
"03_de.txt": """Moskau plant Übergewinnsteuer für Düngemittelhersteller
Frankfurter Rundschau
15. März 2027

Das russische Finanzministerium will Hersteller von Mineraldünger mit einer einmaligen Übergewinnsteuer belegen. Das berichtete die englischsprachige Zeitung The Moscow Times unter Berufung auf den „Kommersant".

Demnach soll die Abgabe zehn Prozent des Gewinns betragen, der 2026 über dem Durchschnitt der Jahre 2022 und 2023 lag. Das Industrieministerium sei gegen den Plan, hieß es.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_en.txt"}, {"origin": "The Moscow Times", "article": "02_pl.txt"},
 {"origin": "The Moscow Times", "article": "03_de.txt"}],
[{"text": "Russia's Finance Ministry proposed a one-off 10% windfall tax on mineral fertilizer producers.",
  "articles": ["00_ru.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The windfall tax on fertilizer producers could bring the budget about 150 billion rubles by the end of 2027.",
  "articles": ["00_ru.txt", "01_en.txt", "02_pl.txt"], "independent_sources": 1}])

# r05: Ведомости's own survey of 30 employers; uncredited close rewrite with no outlet line
# (01_ru, no outlet line, published five hours later); РБК "передают «Ведомости»"; en "a survey by the business daily
# Vedomosti found".
story("r05_vedomosti_survey_wages_rewrite", "survey+rewrite", {
"00_ru.txt": """Крупнейшие работодатели отказываются от индексации зарплат
Ведомости
2027-02-08 06:30

Девятнадцать из 30 крупнейших российских работодателей не планируют индексировать зарплаты сотрудникам в 2027 году. Это показал опрос, проведенный «Ведомостями» среди компаний из списка крупнейших по численности персонала.

Еще семь компаний ответили, что проиндексируют зарплаты не более чем на 5%, то есть ниже ожидаемой инфляции. Четыре компании отказались отвечать. Чаще всего от индексации отказываются в металлургии, угледобыче и розничной торговле.

«Мы сохраняем фонд оплаты труда на уровне прошлого года и перераспределяем его через премии», — рассказал «Ведомостям» директор по персоналу одной из металлургических компаний.

Опрошенные «Ведомостями» экономисты ожидают, что рост реальных зарплат в 2027 году остановится.
""",
"01_ru.txt": """Большинство крупных компаний не будут повышать зарплаты в 2027 году
2027-02-08 11:50

Девятнадцать из 30 крупнейших российских работодателей не планируют индексировать зарплаты сотрудникам в 2027 году. Еще семь компаний проиндексируют зарплаты не более чем на 5%, то есть ниже ожидаемой инфляции, а четыре отказались отвечать.

Чаще всего от индексации отказываются в металлургии, угледобыче и розничной торговле. «Мы сохраняем фонд оплаты труда на уровне прошлого года и перераспределяем его через премии», — рассказал директор по персоналу одной из металлургических компаний.

Эксперты ожидают, что рост реальных зарплат в 2027 году остановится.
""",
"02_ru.txt": """Две трети крупнейших работодателей не будут индексировать зарплаты — опрос
РБК
08.02.2027 10:05

Девятнадцать из 30 крупнейших работодателей России не собираются индексировать зарплаты в этом году, передают «Ведомости» со ссылкой на собственный опрос компаний.

Еще семь компаний планируют индексацию не выше 5%. Как пишет издание, от повышения зарплат чаще всего отказываются металлурги, угольщики и ритейлеры.
""",
"03_en.txt": """Most of Russia's biggest employers to freeze wages in 2027, survey shows
bne IntelliNews
2027-02-08T15:40:00+00:00

Nineteen of Russia's 30 largest employers do not plan to index salaries this year, a survey by the business daily Vedomosti found. Seven more said they would raise pay by no more than 5%, below expected inflation.

Metals, coal mining and retail companies were the most likely to freeze wages, Vedomosti reported. The findings point to a slowdown in real wage growth after two strong years.
""",
}, [{"name": "Ведомости", "in_corpus": True}],
[{"origin": "Ведомости", "article": "01_ru.txt"}, {"origin": "Ведомости", "article": "02_ru.txt"},
 {"origin": "Ведомости", "article": "03_en.txt"}],
[{"text": "19 of Russia's 30 largest employers do not plan to index wages in 2027.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Seven more of the 30 companies plan to index wages by no more than 5%.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# r06: ministry's own Telegram channel (Мінсоцполітики) taken directly by uk and de; ru relays
# УНІАН ("сообщает УНИАН со ссылкой на Telegram-канал Минсоцполитики") → edge from УНІАН, root
# stays the ministry.
story("r06_minsotspolityky_telegram_pensions", "institution+chain", {
"00_uk.txt": """З 1 березня пенсії проіндексують на 11,2% — Мінсоцполітики
УНІАН
2027-02-24 16:20

З 1 березня 2027 року пенсії в Україні буде проіндексовано на 11,2%. Про це повідомили в Telegram-каналі Міністерства соціальної політики.

Як зазначається в дописі, перерахунок торкнеться близько 10,1 млн пенсіонерів, а максимальна сума підвищення становитиме 1 700 гривень. Мінімальна пенсія для людей, які втратили працездатність, зросте до 2 520 гривень.

Перерахунок Пенсійний фонд проведе автоматично, звертатися для цього нікуди не потрібно, наголошують у міністерстві.
""",
"01_ru.txt": """Пенсии в Украине с марта проиндексируют на 11,2%
Обозреватель
24.02.2027 18:05

С 1 марта пенсии в Украине проиндексируют на 11,2%, сообщает УНИАН со ссылкой на Telegram-канал Минсоцполитики.

Повышение коснется около 10,1 млн пенсионеров, максимальная прибавка составит 1 700 гривен. Перерасчет будет проведен автоматически.
""",
"02_de.txt": """Ukraine erhöht Renten ab März um 11,2 Prozent
Ukrinform
24. Februar 2027

Die Renten in der Ukraine werden zum 1. März 2027 um 11,2 Prozent angehoben. Das teilte das ukrainische Sozialministerium auf seinem Telegram-Kanal mit.

Von der Indexierung profitieren rund 10,1 Millionen Rentnerinnen und Rentner, die Erhöhung beträgt höchstens 1.700 Hrywnja. Die Mindestrente für Erwerbsunfähige steigt auf 2.520 Hrywnja. Die Neuberechnung erfolgt laut Ministerium automatisch.
""",
}, [{"name": "Міністерство соціальної політики України", "in_corpus": False}],
[{"origin": "Міністерство соціальної політики України", "article": "00_uk.txt"},
 {"origin": "УНІАН", "article": "01_ru.txt"},
 {"origin": "Міністерство соціальної політики України", "article": "02_de.txt"}],
[{"text": "Pensions in Ukraine will be indexed by 11.2% from March 1, 2027, affecting about 10.1 million pensioners.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "The minimum pension for people unable to work will rise to 2,520 hryvnias.",
  "articles": ["00_uk.txt", "02_de.txt"], "independent_sources": 1}])

# r07: Bank of Russia press release (rate hold) plus a Rosstat inflation figure in two of three
# articles: two outside institution origins in one story.
story("r07_bank_of_russia_hold_rosstat", "institution x2", {
"00_ru.txt": """ЦБ сохранил ключевую ставку на уровне 16%
Интерфакс
2027-03-19 13:32

Совет директоров Банка России в пятницу сохранил ключевую ставку на уровне 16% годовых, говорится в пресс-релизе регулятора. ЦБ указал, что инфляционное давление снижается медленнее, чем ожидалось, и допустил возобновление снижения ставки не раньше июля.

По данным Росстата, опубликованным в среду, годовая инфляция в феврале замедлилась до 6,8% с 7,3% в январе.

Следующее заседание совета директоров Банка России по ключевой ставке запланировано на 30 апреля.
""",
"01_en.txt": """Bank of Russia holds key rate at 16%, signals no cut before July
The Bell
March 19, 2027 14:05 MSK

The Bank of Russia kept its key rate unchanged at 16% on Friday, saying in a statement that inflationary pressure was easing more slowly than it had expected. The regulator indicated that it would not resume cutting rates before July.

The next rate meeting is scheduled for April 30.
""",
"02_de.txt": """Russische Notenbank lässt Leitzins bei 16 Prozent
Handelsblatt

Die russische Zentralbank hat ihren Leitzins am Freitag bei 16 Prozent belassen. Der Inflationsdruck lasse langsamer nach als erwartet, teilte die Bank von Russland mit. Eine Senkung komme frühestens im Juli infrage.

Die Inflation war im Februar nach Angaben der Statistikbehörde Rosstat auf 6,8 Prozent gesunken, nach 7,3 Prozent im Januar.
""",
}, [{"name": "Bank of Russia", "in_corpus": False}, {"name": "Rosstat", "in_corpus": False}],
[{"origin": "Bank of Russia", "article": "00_ru.txt"}, {"origin": "Bank of Russia", "article": "01_en.txt"},
 {"origin": "Bank of Russia", "article": "02_de.txt"},
 {"origin": "Rosstat", "article": "00_ru.txt"}, {"origin": "Rosstat", "article": "02_de.txt"}],
[{"text": "The Bank of Russia kept its key rate at 16% and signalled no cut before July.",
  "articles": ["00_ru.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Rosstat: annual inflation in Russia slowed to 6.8% in February from 7.3% in January.",
  "articles": ["00_ru.txt", "02_de.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 90 (real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
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
