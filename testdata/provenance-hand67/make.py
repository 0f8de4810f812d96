#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand67 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a study first reported by Rzeczpospolita (own: manuscript seen, author interviewed);
# en relays Rzeczpospolita; uk credits Notes from Poland (chain, root stays Rzeczpospolita);
# ru (no date line) credits Rzeczpospolita directly.
story("s01_study_myopia_outdoors", "scoop_chain", {
"00_pl.txt": """Dzieci, które spędzają więcej czasu na dworze, rzadziej zostają krótkowidzami. Wyniki badania z Zamościa
Rzeczpospolita
2027-04-05 06:30

Dzieci, które codziennie spędzają na świeżym powietrzu co najmniej półtorej godziny, o 31 proc. rzadziej stają się krótkowidzami niż ich rówieśnicy przebywający na dworze krócej niż pół godziny – wynika z trzyletniego badania naukowców z Zamojskiej Akademii Medycznej. Jak ustaliła „Rzeczpospolita", wyniki zostaną opublikowane w maju w „European Journal of Paediatric Ophthalmology".

Badaniem objęto 4200 uczniów w wieku od 7 do 12 lat z 38 szkół podstawowych województwa lubelskiego. Rodzice przez trzy lata prowadzili dzienniczki aktywności, a dzieci co pół roku przechodziły badanie wzroku. Z rękopisu pracy, do którego dotarła „Rzeczpospolita", wynika, że nowe przypadki krótkowzroczności wykryto u 9,8 proc. dzieci z grupy „na dworze" i u 14,2 proc. dzieci z grupy „w domu".

– Nie chodzi o sport, tylko o światło dzienne. Nawet spokojny spacer po szkole działa – powiedziała „Rzeczpospolitej" kierująca zespołem dr hab. Agnieszka Wilczyńska. – Ekrany są problemem głównie dlatego, że zabierają czas, który dziecko mogłoby spędzić na zewnątrz.

Autorzy zalecają, by szkoły organizowały co najmniej jedną przerwę dziennie na boisku, także zimą. Badacze chcą teraz sprawdzić, czy efekt utrzymuje się u nastolatków.
""",
"01_en.txt": """Outdoor time cuts children's myopia risk by almost a third, Polish study finds
Notes from Poland
2027-04-05T13:10:00+00:00

Children who spend at least 90 minutes a day outdoors are 31% less likely to become short-sighted than those who spend under half an hour outside, according to a three-year study by researchers in eastern Poland, as first reported by the daily Rzeczpospolita.

The team from the Zamość Medical Academy followed about 4,200 pupils aged seven to 12 from 38 primary schools in the Lublin region. Parents kept activity diaries and children had their eyes tested every six months. New cases of myopia were found in 9.8% of the "outdoor" group and 14.2% of the "indoor" group.

"It is not about sport, it is about daylight. Even a quiet walk after school works," the study's lead author, Agnieszka Wilczyńska, told Rzeczpospolita. The paper is due to appear in May in the European Journal of Paediatric Ophthalmology.

The authors recommend that schools hold at least one break a day outside, including in winter.
""",
"02_uk.txt": """Півтори години надворі щодня: польські вчені з'ясували, як знизити ризик короткозорості в дітей
РБК-Україна
05.04.2027 17:45

Діти, які щодня проводять на свіжому повітрі щонайменше 90 хвилин, на 31% рідше стають короткозорими, ніж ті, хто буває надворі менш як пів години. Про це пише англомовне видання Notes from Poland, посилаючись на польську газету «Жечпосполита».

Науковці Замойської медичної академії протягом трьох років спостерігали за 4200 школярами віком від 7 до 12 років з 38 шкіл Люблінського воєводства. Нові випадки короткозорості виявили у 9,8% дітей, які багато часу проводили надворі, і в 14,2% тих, хто переважно сидів удома.

«Ідеться не про спорт, а про денне світло. Навіть спокійна прогулянка після школи діє», — цитує видання керівницю дослідження Агнєшку Вільчинську. Статтю мають опублікувати в травні в журналі European Journal of Paediatric Ophthalmology.

Автори радять школам проводити щонайменше одну перерву на день надворі, зокрема взимку.
""",
"03_ru.txt": """Польские ученые: прогулки защищают детей от близорукости
Медпортал Юг

Дети, которые ежедневно проводят на улице не меньше полутора часов, на 31% реже становятся близорукими, чем их сверстники, гуляющие меньше получаса. Об этом сообщила польская газета Rzeczpospolita со ссылкой на трехлетнее исследование ученых Замойской медицинской академии.

В исследовании участвовали около 4200 школьников от 7 до 12 лет из Люблинского воеводства. Новые случаи близорукости выявили у 9,8% детей из группы, много бывавшей на улице, и у 14,2% — из группы, проводившей время дома.

«Дело не в спорте, а в дневном свете», — рассказала газете руководитель исследования Агнешка Вильчинская. По ее словам, экраны вредят прежде всего тем, что отнимают время, которое ребенок мог бы провести на улице.
""",
}, [{"name": "Rzeczpospolita", "in_corpus": True}],
[{"origin": "Rzeczpospolita", "article": "01_en.txt"},
 {"origin": "Notes from Poland", "article": "02_uk.txt"},
 {"origin": "Rzeczpospolita", "article": "03_ru.txt"}],
[{"text": "A three-year study of about 4,200 schoolchildren in the Lublin region found that children spending at least 90 minutes a day outdoors became short-sighted 31% less often.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The study is to be published in May in the European Journal of Paediatric Ophthalmology.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1}])

# s02: club announcement on its website + the coach's interview to TV channel Футбол 1, both
# outside the corpus; uk, ru, pl take both (two edges each); en (no outlet line) takes only the
# club statement.
story("s02_coach_exit_sokil_obrii", "club_site_and_tv_interview", {
"00_uk.txt": """Олег Гнатюк залишив «Сокіл-Обрій»: тренер пояснив, чому пішов
Спортивна Київщина
2027-04-06 15:20

Головний тренер вишгородського «Сокола-Обрію» Олег Гнатюк залишив посаду за згодою сторін. Про це повідомляє офіційний сайт клубу. Рішення ухвалили після п'ятої поспіль поразки команди в Першій лізі.

«Клуб дякує Олегу Васильовичу за три роки роботи та вихід команди до Першої ліги», — йдеться в повідомленні. Виконувачем обов'язків головного тренера до кінця сезону призначено його асистента Тараса Мельничука.

Сам Гнатюк в інтерв'ю телеканалу «Футбол 1» заявив, що взимку клуб продав трьох гравців основного складу, не порадившись із ним. «Я дізнався про продаж Коваля з інтернету. Після цього працювати так, як я звик, було неможливо. Але я ні про що не шкодую», — сказав тренер.

«Сокіл-Обрій» посідає 14-те місце в турнірній таблиці. Наступний матч команда проведе в суботу вдома проти «Нафтовика».
""",
"01_ru.txt": """Гнатюк покинул «Сокол-Обрий» и обвинил руководство в продаже игроков
Футбольное обозрение
06.04.2027 18:45

Главный тренер клуба Первой лиги «Сокол-Обрий» из Вышгорода Олег Гнатюк покинул свой пост по обоюдному согласию сторон, сообщается на официальном сайте клуба. Исполняющим обязанности главного тренера до конца сезона назначен ассистент Тарас Мельничук.

Команда проиграла пять матчей подряд и опустилась на 14-е место.

В интервью телеканалу «Футбол 1» Гнатюк рассказал, что зимой клуб продал трех игроков основы без согласования с ним. «О продаже Коваля я узнал из интернета. После этого работать так, как я привык, было невозможно», — сказал специалист. При этом он добавил, что ни о чем не жалеет.
""",
"02_pl.txt": """Były pomocnik Korony Kielce Ołeh Hnatiuk nie jest już trenerem Sokiła-Obrij
Sport.pl
2027-04-07 09:05

Ołeh Hnatiuk, w przeszłości pomocnik Korony Kielce, przestał być trenerem ukraińskiego pierwszoligowca Sokił-Obrij Wyszogród. Umowa została rozwiązana za porozumieniem stron – poinformował klub na swojej stronie internetowej. Obowiązki pierwszego trenera do końca sezonu przejmie jego dotychczasowy asystent Taras Melnyczuk.

Drużyna przegrała pięć ostatnich meczów i zajmuje 14. miejsce w tabeli.

W rozmowie z ukraińską telewizją Futbol 1 Hnatiuk przyznał, że zimą klub sprzedał trzech podstawowych zawodników bez konsultacji z nim. – O sprzedaży Kowala dowiedziałem się z internetu – powiedział szkoleniowiec.
""",
"03_en.txt": """Sokil-Obrii part company with coach Hnatiuk after five straight defeats
April 6, 2027

Ukrainian First League side Sokil-Obrii have parted company with head coach Oleh Hnatiuk by mutual consent, the club said in a statement on its website on Tuesday.

The Vyshhorod club, 14th in the table, had lost its last five matches. Assistant coach Taras Melnychuk will take charge as caretaker until the end of the season.

"The club thanks Oleh Hnatiuk for three years of work and for taking the team up to the First League," the statement said. Hnatiuk, a former Korona Kielce midfielder, joined Sokil-Obrii in 2024.
""",
}, [{"name": "ФК «Сокіл-Обрій»", "in_corpus": False},
    {"name": "Футбол 1", "in_corpus": False}],
[{"origin": "ФК «Сокіл-Обрій»", "article": "00_uk.txt"},
 {"origin": "Футбол 1", "article": "00_uk.txt"},
 {"origin": "ФК «Сокіл-Обрій»", "article": "01_ru.txt"},
 {"origin": "Футбол 1", "article": "01_ru.txt"},
 {"origin": "ФК «Сокіл-Обрій»", "article": "02_pl.txt"},
 {"origin": "Футбол 1", "article": "02_pl.txt"},
 {"origin": "ФК «Сокіл-Обрій»", "article": "03_en.txt"}],
[{"text": "Oleh Hnatiuk left Sokil-Obrii by mutual consent after five straight defeats; assistant Taras Melnychuk is caretaker until the end of the season.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Hnatiuk said the club sold three first-team players in winter without consulting him.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt"], "independent_sources": 1}])

# s03: federation statement (Polski Związek Biathlonu, outside) + the lawyer's words to
# Przegląd Sportowy (own reporting, in corpus). uk and en take both; ru (no date line) only the
# statement.
story("s03_biathlon_doping_federation", "federation_statement_plus_own", {
"00_pl.txt": """Kamila Sobczyk zawieszona. W jej próbce wykryto diuretyk
Przegląd Sportowy
2027-04-08T11:40:00+02:00

Biathlonistka Kamila Sobczyk została tymczasowo zawieszona po wykryciu w jej organizmie hydrochlorotiazydu, substancji z grupy diuretyków – poinformował w komunikacie na swojej stronie Polski Związek Biathlonu. Próbkę pobrano 14 marca podczas kontroli poza zawodami w Dusznikach-Zdroju.

„Związek został powiadomiony przez Polską Agencję Antydopingową o niekorzystnym wyniku analizy. Zawodniczka do czasu wyjaśnienia sprawy nie może startować ani trenować z kadrą" – napisano w komunikacie.

Pełnomocnik 24-latki, mec. Piotr Zawada, powiedział „Przeglądowi Sportowemu", że jego klientka zażąda otwarcia próbki B. – Jesteśmy przekonani, że substancja pochodzi z zanieczyszczonego suplementu. Kamila przekazała już do badania wszystkie preparaty, które przyjmowała – powiedział.

Sobczyk była w tym sezonie najlepszą Polką w klasyfikacji generalnej Pucharu Świata. Grozi jej nawet czteroletnia dyskwalifikacja.
""",
"01_uk.txt": """Польську біатлоністку Собчик тимчасово відсторонили через допінг
Зимовий спорт UA
08.04.2027 16:00

Польська біатлоністка Каміла Собчик тимчасово відсторонена від змагань після того, як у її пробі виявили гідрохлоротіазид — заборонений діуретик. Про це йдеться в заяві Польського союзу біатлону, оприлюдненій на його сайті. Пробу взяли 14 березня під час позазмагального контролю в Душниках-Здруї.

Адвокат спортсменки Пьотр Завада сказав польському виданню Przegląd Sportowy, що його клієнтка вимагатиме розкриття проби B. За його словами, речовина могла потрапити в організм із забрудненої харчової добавки.

24-річна Собчик цього сезону була найкращою з польок у загальному заліку Кубка світу. Їй загрожує дискваліфікація до чотирьох років.
""",
"02_ru.txt": """Польская биатлонистка Собчик отстранена из-за допинга
Спорт-Балтия

Польская биатлонистка Камила Собчик временно отстранена от соревнований из-за положительной допинг-пробы, говорится в заявлении Польского союза биатлона. В пробе, взятой 14 марта во время внесоревновательного контроля в Душники-Здруе, обнаружен диуретик гидрохлоротиазид.

«Союз получил уведомление от Польского антидопингового агентства о неблагоприятном результате анализа», — отмечается в заявлении. До выяснения обстоятельств спортсменка не может выступать и тренироваться со сборной.

24-летней Собчик грозит дисквалификация сроком до четырех лет.
""",
"03_en.txt": """Poland's Sobczyk provisionally suspended after diuretic positive
Biathlon World Report
2027-04-09 08:15

Polish biathlete Kamila Sobczyk has been provisionally suspended after testing positive for the diuretic hydrochlorothiazide, the Polish Biathlon Association said in a statement on its website.

The sample was collected on March 14 during an out-of-competition test in Duszniki-Zdrój, the association said, adding that it had been notified by the Polish Anti-Doping Agency.

Her lawyer, Piotr Zawada, told the Polish sports daily Przegląd Sportowy that the 24-year-old would ask for her B sample to be opened and that the team believed the substance came from a contaminated supplement.

Sobczyk was Poland's best-placed woman in this season's World Cup overall standings. She faces a ban of up to four years.
""",
}, [{"name": "Polski Związek Biathlonu", "in_corpus": False},
    {"name": "Przegląd Sportowy", "in_corpus": True}],
[{"origin": "Polski Związek Biathlonu", "article": "00_pl.txt"},
 {"origin": "Polski Związek Biathlonu", "article": "01_uk.txt"},
 {"origin": "Przegląd Sportowy", "article": "01_uk.txt"},
 {"origin": "Polski Związek Biathlonu", "article": "02_ru.txt"},
 {"origin": "Polski Związek Biathlonu", "article": "03_en.txt"},
 {"origin": "Przegląd Sportowy", "article": "03_en.txt"}],
[{"text": "Kamila Sobczyk was provisionally suspended after hydrochlorothiazide, a diuretic, was found in a sample taken on 14 March in Duszniki-Zdrój.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Sobczyk's lawyer Piotr Zawada said she will ask for the B sample to be opened and blames a contaminated supplement.",
  "articles": ["00_pl.txt", "01_uk.txt", "03_en.txt"], "independent_sources": 1}])

# s04: regional TV channel Сіверія ТБ (outside) exclusive relayed by national sites in uk, ru, en;
# the regional paper Чернігівські обрії credits the channel AND gets its own confirmation from
# the chief doctor + its own finding (vacancy) -> two roots for the closure claim.
story("s04_maternity_ward_siveria_tv", "regional_tv_exclusive_plus_own", {
"00_uk.txt": """У Городищі-Сіверському закривають пологове відділення — немає анестезіологів
Українська правда
2027-04-10 19:30

З 1 травня пологове відділення лікарні в Городищі-Сіверському на Чернігівщині припинить роботу, бо в ньому не залишиться жодного анестезіолога. Як повідомляє телеканал «Сіверія ТБ», обидва лікарі, які досі працювали у відділенні, звільняються: один виходить на пенсію, інший переїжджає до Києва.

Вагітних жінок із громади возитимуть до Чернігова, за 70 кілометрів. Торік у лікарні народилося 180 дітей.

«Без анестезіолога ми не маємо права приймати пологи. Це не наше рішення, це вимога безпеки», — сказала телеканалу головна лікарка Оксана Приходько. За її словами, лікарня шукає фахівців, але поки безуспішно.
""",
"01_ru.txt": """В Черниговской области закрывается роддом: уходят последние анестезиологи
РБК-Украина
10.04.2027 21:05

Родильное отделение больницы в Городище-Северском Черниговской области с 1 мая прекратит работу из-за отсутствия анестезиологов, сообщает телеканал «Сиверия ТВ». Оба врача, работавшие в отделении, увольняются.

Беременных женщин будут доставлять в Чернигов — за 70 километров. В прошлом году в больнице родились 180 детей.

«Без анестезиолога мы не имеем права принимать роды», — заявила телеканалу главный врач Оксана Приходько.
""",
"02_en.txt": """Ukrainian town to lose maternity ward as last anaesthetists quit
The Kyiv Independent
2027-04-11T07:50:00+03:00

The maternity ward of the hospital in Horodyshche-Siverske, a town in Ukraine's Chernihiv Oblast, will close on May 1 because its last two anaesthetists are leaving, regional broadcaster Siveria TV reported on April 10.

One of the doctors is retiring and the other is moving to Kyiv, the channel said. Expectant mothers from the area will have to travel about 70 kilometres to Chernihiv. Some 180 babies were born at the hospital last year.

"Without an anaesthetist we are not allowed to deliver babies," chief doctor Oksana Prykhodko told Siveria TV.
""",
"03_uk.txt": """Пологове в Городищі-Сіверському закриють: головна лікарка підтвердила
Чернігівські обрії
11.04.2027 10:20

Про закриття пологового відділення лікарні в Городищі-Сіверському першим повідомив телеканал «Сіверія ТБ». Головна лікарка Оксана Приходько підтвердила «Чернігівським обріям», що відділення припинить роботу 1 травня: обидва анестезіологи звільняються, а замінити їх нікому.

«Ми звернулися до обласного управління охорони здоров'я з проханням відрядити лікаря хоча б на кілька днів на тиждень, відповіді поки немає», — розповіла вона нашому виданню. Породіль возитимуть до Чернігова, за 70 кілометрів.

Як з'ясували «Чернігівські обрії», оголошення про вакансію анестезіолога висить на сайті лікарні з січня, і за цей час на нього не відгукнувся жоден кандидат. Зарплату на посаді пропонують у розмірі 22 тисяч гривень.
""",
}, [{"name": "Сіверія ТБ", "in_corpus": False},
    {"name": "Чернігівські обрії", "in_corpus": True}],
[{"origin": "Сіверія ТБ", "article": "00_uk.txt"},
 {"origin": "Сіверія ТБ", "article": "01_ru.txt"},
 {"origin": "Сіверія ТБ", "article": "02_en.txt"},
 {"origin": "Сіверія ТБ", "article": "03_uk.txt"}],
[{"text": "The maternity ward of the hospital in Horodyshche-Siverske closes on 1 May because its last two anaesthetists are leaving; women will be taken to Chernihiv, 70 km away.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The hospital's anaesthetist vacancy has been advertised since January without a single applicant.",
  "articles": ["03_uk.txt"], "independent_sources": 1}])

# s05: anonymous-source report by WP SportoweFakty (own, in corpus), relayed by uk (no outlet
# line), en and ru; the coach later denies it in an Instagram post (a person's own post, outside,
# edges to en and ru).
story("s05_coach_heart_surgery_denied", "anonymous_sources_denied", {
"00_pl.txt": """Selekcjoner Marek Stasiak przejdzie operację serca? Może nie poprowadzić kadry w eliminacjach
WP SportoweFakty
2027-04-12 08:00

Jak dowiedziały się WP SportoweFakty, selekcjoner reprezentacji Polski piłkarek ręcznych Marek Stasiak w maju ma przejść zabieg ablacji serca i najpewniej nie poprowadzi drużyny w czerwcowych meczach eliminacji mistrzostw Europy z Ukrainą i Portugalią.

Informacje te przekazały nam dwie osoby z otoczenia kadry, które chcą pozostać anonimowe. Według nich zespół w czerwcu poprowadziłby asystent Stasiaka, Grzegorz Lipa. – Trener od kilku miesięcy źle się czuje, ale nie chce o tym rozmawiać publicznie – mówi jeden z naszych rozmówców.

Marek Stasiak nie odpowiedział na nasze pytania. Związek Piłki Ręcznej w Polsce odmówił komentarza, tłumacząc, że nie udziela informacji o stanie zdrowia pracowników.
""",
"01_uk.txt": """Тренер збірної Польщі з гандболу може пропустити матч з Україною через операцію на серці
12.04.2027 12:40

Головний тренер жіночої збірної Польщі з гандболу Марек Стасяк у травні може перенести операцію на серці й пропустити червневі матчі відбору на чемпіонат Європи, зокрема проти збірної України. Про це пише польське видання WP SportoweFakty з посиланням на два анонімні джерела в оточенні команди.

За даними видання, в червні команду очолить асистент Стасяка Гжегож Ліпа. Сам тренер на запитання журналістів не відповів, а польська федерація гандболу відмовилася від коментарів.
""",
"02_en.txt": """Poland women's coach Stasiak denies heart surgery report
Court & Goal
2027-04-13T17:25:00+00:00

Poland women's handball coach Marek Stasiak has denied that he needs heart surgery, a day after a Polish sports portal reported that he would miss June's European Championship qualifiers.

WP SportoweFakty had reported on Monday, citing two unnamed people close to the squad, that Stasiak would undergo a cardiac ablation in May and that his assistant Grzegorz Lipa would lead the team against Ukraine and Portugal.

"I feel great. I am not planning any operation and I will be on the bench in June," Stasiak wrote in an Instagram post on Tuesday. "Please stop writing about my heart and write about my players."

The Polish Handball Federation had declined to comment on the original report.
""",
"03_ru.txt": """Тренер сборной Польши по гандболу опроверг слухи об операции на сердце
Спортивное Приднепровье
13 апреля 2027

Главный тренер женской сборной Польши по гандболу Марек Стасяк опроверг информацию о том, что ему предстоит операция на сердце. «Я чувствую себя прекрасно. Никакой операции не планирую и в июне буду на скамейке», — написал он в своем Instagram.

Ранее польский портал WP SportoweFakty со ссылкой на два анонимных источника сообщил, что в мае Стасяк перенесет абляцию и пропустит июньские отборочные матчи чемпионата Европы с Украиной и Португалией.
""",
}, [{"name": "WP SportoweFakty", "in_corpus": True},
    {"name": "Marek Stasiak", "in_corpus": False}],
[{"origin": "WP SportoweFakty", "article": "01_uk.txt"},
 {"origin": "WP SportoweFakty", "article": "02_en.txt"},
 {"origin": "Marek Stasiak", "article": "02_en.txt"},
 {"origin": "WP SportoweFakty", "article": "03_ru.txt"},
 {"origin": "Marek Stasiak", "article": "03_ru.txt"}],
[{"text": "According to two anonymous sources, coach Marek Stasiak is to undergo heart surgery (ablation) in May and miss June's European Championship qualifiers.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Stasiak denied the report on Instagram, saying he feels great, plans no operation and will lead the team in June.",
  "articles": ["02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s06: regional TV (Telewizja Nadwiślańska, outside) exclusive: pl "jak podaje", en relays it;
# uk credits Onet (chain); ru (no outlet line) is an uncredited close translation of TVP World's
# article (edge from TVP World).
story("s06_mammoth_tusk_gravel_pit", "regional_tv_chain_copy", {
"00_pl.txt": """Ciok mamuta w żwirowni pod Sandomierzem. Ma ponad dwa metry
Onet
2027-04-14 20:15

Operator koparki w żwirowni w Woli Zarzeckiej pod Sandomierzem wydobył ciok mamuta o długości 2,1 metra – jak podaje Telewizja Nadwiślańska. Prace w żwirowni zostały wstrzymane do odwołania.

– Najpierw myślałem, że to korzeń, dopiero jak zobaczyłem kolor, wyłączyłem maszynę – powiedział Telewizji Nadwiślańskiej pan Zbigniew, który dokonał znaleziska.

Na miejsce przyjechał paleontolog dr Tomasz Grabowiec z Instytutu Paleobiologii PAN. Jego zdaniem ciok może mieć około 40 tysięcy lat. – To jeden z najlepiej zachowanych okazów znalezionych w tej części Polski – ocenił. Naukowcy chcą sprawdzić, czy w żwirowni są także inne kości.
""",
"01_en.txt": """Mammoth tusk over two metres long found in Polish gravel pit
TVP World
15. April 2027

A digger operator at a gravel pit in Wola Zarzecka near Sandomierz in southern Poland has unearthed a mammoth tusk 2.1 metres long, regional broadcaster Telewizja Nadwiślańska reported.

"At first I thought it was a root. Only when I saw the colour did I switch the machine off," the worker, named only as Zbigniew, told the station. Work at the pit has been halted.

Palaeontologist Tomasz Grabowiec of the Polish Academy of Sciences' Institute of Palaeobiology said the tusk could be around 40,000 years old and was one of the best-preserved specimens found in that part of Poland. Researchers will search the pit for other bones.
""",
"02_uk.txt": """У Польщі в кар'єрі знайшли бивень мамонта завдовжки 2,1 метра
ТСН
2027-04-15 09:30

Під час роботи в гравійному кар'єрі в селі Воля Зарецька неподалік Сандомира в Польщі машиніст екскаватора викопав бивень мамонта завдовжки 2,1 метра. Про це пише польський портал Onet.

За словами палеонтолога Томаша Грабовця з Інституту палеобіології Польської академії наук, бивень може бути близько 40 тисяч років. Роботи в кар'єрі зупинили, науковці шукатимуть інші кістки.
""",
"03_ru.txt": """В Польше в гравийном карьере нашли бивень мамонта длиной более двух метров
15 avril 2027

Машинист экскаватора в гравийном карьере в Воле-Зарецкой под Сандомиром на юге Польши выкопал бивень мамонта длиной 2,1 метра.

«Сначала я подумал, что это корень. Только когда увидел цвет, выключил машину», — рассказал телеканалу рабочий, назвавшийся Збигневом. Работы в карьере приостановлены.

Палеонтолог Томаш Грабовец из Института палеобиологии Польской академии наук заявил, что бивню может быть около 40 тысяч лет и что это один из лучше всего сохранившихся экземпляров, найденных в этой части Польши. Исследователи будут искать в карьере другие кости.
""",
}, [{"name": "Telewizja Nadwiślańska", "in_corpus": False}],
[{"origin": "Telewizja Nadwiślańska", "article": "00_pl.txt"},
 {"origin": "Telewizja Nadwiślańska", "article": "01_en.txt"},
 {"origin": "Onet", "article": "02_uk.txt"},
 {"origin": "TVP World", "article": "03_ru.txt"}],
[{"text": "A digger operator found a 2.1-metre mammoth tusk in a gravel pit in Wola Zarzecka near Sandomierz; work at the pit was halted.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Palaeontologist Tomasz Grabowiec estimates the tusk to be about 40,000 years old.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 67 (invented events; health, science and sports news in uk, ru, pl, en); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
