#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand68 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: head of the Sumy regional military administration posts on Telegram; four outlets take the
# post directly: uk "повідомив у Telegram начальник Сумської ОВА Олег Гайдамака" + "написав Гайдамака";
# uk "у своєму Telegram-каналі написав очільник" + "За словами Олега Гайдамаки" (gen.);
# ru "в своём Telegram-канале сообщил глава Сумской ОВА" + "По словам Гайдамаки";
# en "Oleh Haidamaka, head of the Sumy Oblast Military Administration, said on Telegram".
story("s01_ova_head_telegram_drones", "official_post", {
"00_uk.txt": """Дрони атакували село на Сумщині: двоє загиблих, серед поранених 12-річний хлопчик
Українська правда
2027-05-12 08:05

У ніч на 12 травня російські ударні дрони атакували село Кругла Балка Сумського району. Загинули двоє людей, ще троє дістали поранення, серед них 12-річний хлопчик. Про це вранці повідомив у Telegram начальник Сумської обласної військової адміністрації Олег Гайдамака.

За його словами, атака тривала близько години — приблизно з 01:40 до 02:45. Загиблі — 67-річний чоловік і 64-річна жінка, подружжя, яке мешкало на околиці села. Хлопчика з осколковими пораненнями доправили до обласної лікарні, його стан лікарі оцінюють як середньої тяжкості.

«Пошкоджено сім приватних будинків, згорів зерновий склад місцевого фермерського господарства. Рятувальники працювали на місці до ранку», — написав Гайдамака.

Він також закликав мешканців прикордонних громад не ігнорувати сигнали повітряної тривоги. Кругла Балка розташована приблизно за 20 кілометрів від кордону з Росією.
""",
"01_uk.txt": """Нічна атака на Круглу Балку: загинуло подружжя, поранено дитину
Посейм Інфо
12.05.2027 08:30

Унаслідок нічної атаки російських безпілотників на село Кругла Балка загинули двоє місцевих жителів — чоловік і дружина, 67 і 64 років. Ще троє людей поранені, серед них 12-річний хлопчик. Про це у своєму Telegram-каналі написав очільник Сумської ОВА Олег Гайдамака.

За словами Олега Гайдамаки, дрони заходили на село кількома хвилями між 01:40 та 02:45. Хлопчика з осколковими пораненнями госпіталізували до Сумської обласної лікарні.

Унаслідок удару пошкоджено сім приватних будинків, повністю згорів зерновий склад фермерського господарства. Пожежу рятувальники ліквідували лише на світанку.

Нагадаємо, минулого тижня дрони вже атакували громади Сумського району, тоді обійшлося без постраждалих.
""",
"02_ru.txt": """Удар дронов по селу Круглая Балка в Сумской области: двое погибших, ранен ребёнок
Слобожанский вестник
2027-05-12T06:40:00+00:00

В ночь на 12 мая российские ударные беспилотники атаковали село Круглая Балка в Сумском районе. Погибли два человека, ещё трое ранены, в том числе 12-летний мальчик. Об этом в своём Telegram-канале сообщил глава Сумской областной военной администрации Олег Гайдамака.

По словам Гайдамаки, погибшие — супружеская пара 67 и 64 лет. Мальчик с осколочными ранениями доставлен в областную больницу.

Повреждены семь частных домов, сгорел зерновой склад фермерского хозяйства. Атака продолжалась примерно с 01:40 до 02:45.

Глава ОВА призвал жителей приграничных общин не игнорировать сигналы воздушной тревоги.
""",
"03_en.txt": """Russian drone attack on Sumy Oblast village kills 2, injures child
The Kyiv Independent
12 May 2027

Russian attack drones struck the village of Kruhla Balka in Sumy Oblast overnight on May 12, killing two people and injuring three others, including a 12-year-old boy, Oleh Haidamaka, head of the Sumy Oblast Military Administration, said on Telegram.

The victims were a married couple aged 67 and 64, Haidamaka said. The boy suffered shrapnel wounds and was taken to the regional hospital.

Seven private houses were damaged and a grain warehouse belonging to a local farm burned down, according to the governor. The attack lasted from around 1:40 a.m. to 2:45 a.m. local time.

Kruhla Balka lies about 20 kilometers from the Russian border. Border communities in Sumy Oblast come under Russian drone, artillery and glide-bomb attacks almost daily.
""",
}, [("Олег Гайдамака", False)],
[("Олег Гайдамака", "00_uk.txt"), ("Олег Гайдамака", "01_uk.txt"),
 ("Олег Гайдамака", "02_ru.txt"), ("Олег Гайдамака", "03_en.txt")],
[("An overnight Russian drone attack on the village of Kruhla Balka in Sumy region killed two people (a married couple) and wounded three, including a 12-year-old boy.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("Seven private houses were damaged and a farm's grain warehouse burned down in Kruhla Balka.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# s02: the General Staff's morning statement taken directly by four outlets (03_uk has no date line):
# uk "йдеться в ранковому зведенні Генерального штабу Збройних сил України" + "за інформацією Генштабу";
# ru "говорится в утренней сводке Генерального штаба ВСУ" + "По данным Генштаба" + "сообщили в Генштабе";
# en "Ukraine's General Staff said in its morning update" + "according to the General Staff of the
# Armed Forces of Ukraine"; uk regional "Такі дані наводить Генштаб ЗСУ" + "за даними Генерального штабу".
story("s02_general_staff_morning_update", "official_statement", {
"00_uk.txt": """Генштаб: за добу відбулося 156 боїв, найгарячіше — на Костянтинівському напрямку
Укрінформ
2027-06-03 09:12

За минулу добу на фронті відбулося 156 бойових зіткнень. Найбільше ворог атакував на Костянтинівському напрямку — 41 раз. Про це йдеться в ранковому зведенні Генерального штабу Збройних сил України станом на 08:00 3 червня.

На Костянтинівському напрямку російські війська намагалися просунутися в районах Степового Поля, Нової Дачі та Калинівки. Українські захисники відбили 37 атак, ще чотири бої тривали на момент оприлюднення зведення.

Крім того, за інформацією Генштабу, Сили оборони уразили склад пально-мастильних матеріалів окупантів поблизу тимчасово окупованого села Озерне. Результати ураження уточнюються.

Загалом протягом доби противник завдав двох ракетних і 73 авіаційних ударів, скинув 112 керованих авіабомб.
""",
"01_ru.txt": """Генштаб ВСУ: за сутки 156 боевых столкновений, больше всего — у Константиновки
Приднепровский курьер
03.06.2027 10:20

За прошедшие сутки на фронте произошло 156 боевых столкновений, больше всего — 41 — на Константиновском направлении. Об этом говорится в утренней сводке Генерального штаба ВСУ.

По данным Генштаба, российские войска пытались продвинуться в районах Степового Поля, Новой Дачи и Калиновки. 37 атак отбиты, ещё четыре боя продолжались на момент публикации сводки.

Также Силы обороны поразили склад горюче-смазочных материалов вблизи временно оккупированного села Озёрное, сообщили в Генштабе. Результаты поражения уточняются.

Противник за сутки нанёс два ракетных и 73 авиаудара, сбросил 112 управляемых авиабомб.
""",
"02_en.txt": """General Staff: 156 clashes on front line in past day, 41 on Kostiantynivka axis
The New Voice of Ukraine
2027-06-03T08:45:00+00:00

Ukrainian and Russian forces clashed 156 times along the front line over the past day, with the heaviest fighting on the Kostiantynivka axis, where Russian troops attacked 41 times, Ukraine's General Staff said in its morning update on June 3.

Russian units tried to advance near Stepove Pole, Nova Dacha and Kalynivka, according to the General Staff of the Armed Forces of Ukraine. Ukrainian defenders repelled 37 assaults, while four battles were still ongoing when the update was published.

Ukraine's Defense Forces also struck a Russian fuel and lubricants depot near the occupied village of Ozerne, the General Staff said, adding that the results of the strike were being clarified.

Over the day, Russia launched two missile strikes and 73 air strikes and dropped 112 guided aerial bombs, the report said.
""",
"03_uk.txt": """На Костянтинівському напрямку — 41 атака за добу: ранкові дані Генштабу
Донецький кряж

Костянтинівський напрямок залишається найгарячішою ділянкою фронту: за минулу добу окупанти 41 раз намагалися прорвати оборону українських військ. Такі дані наводить Генштаб ЗСУ у ранковому зведенні.

Загалом, за даними Генерального штабу, на фронті відбулося 156 бойових зіткнень. Біля Степового Поля, Нової Дачі та Калинівки наші захисники відбили 37 атак, ще чотири бої на ранок тривали.

У Генштабі також повідомили про ураження складу пально-мастильних матеріалів окупантів поблизу окупованого Озерного.
""",
}, [("Генеральний штаб Збройних сил України", False)],
[("Генеральний штаб Збройних сил України", "00_uk.txt"), ("Генеральний штаб Збройних сил України", "01_ru.txt"),
 ("Генеральний штаб Збройних сил України", "02_en.txt"), ("Генеральний штаб Збройних сил України", "03_uk.txt")],
[("There were 156 combat clashes on the front line over the past day, 41 of them on the Kostiantynivka axis (near Stepove Pole, Nova Dacha and Kalynivka).",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Ukrainian Defence Forces struck a Russian fuel and lubricants depot near the occupied village of Ozerne.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1)])

# s03: a Russian pro-war Telegram channel claims a village; three outlets credit the channel
# directly, the English one credits only the in-corpus Hromadske (edge from Громадське):
# uk "пише російський Telegram-канал «Окопна правда»" + "За твердженням «Окопної правди»" (gen.);
# uk regional "подає з посиланням на російський Telegram-канал «Окопна правда»";
# ru "сообщил провоенный Telegram-канал «Окопная правда» со ссылкой на источники" + "По данным канала";
# en "Ukrainian broadcaster Hromadske reported …, citing the pro-Kremlin Telegram channel Okopnaya Pravda".
story("s03_russian_channel_claim_village", "telegram_channel", {
"00_uk.txt": """Росіяни заявляють про захоплення Зеленого Гаю на Запоріжжі. Що відомо
Громадське
2027-07-08 14:20

Російські військові заявляють, що нібито зайшли до села Зелений Гай Пологівського району Запорізької області та встановили там свій прапор. Про це пише російський Telegram-канал «Окопна правда», який веде пропагандистський «воєнкор».

Канал оприлюднив відео, на якому кілька військових із російським триколором позують біля зруйнованої будівлі, схожої на сільську школу. За твердженням «Окопної правди», село нібито «повністю під контролем» російських підрозділів з ранку 8 липня.

Незалежно перевірити ці заяви, як і місце та час зйомки відео, неможливо. Офіційних коментарів української сторони щодо ситуації в Зеленому Гаю на момент публікації не було.

Російські пропагандисти вже неодноразово заявляли про «захоплення» населених пунктів, які згодом залишалися під контролем українських військ.
""",
"01_uk.txt": """Пропагандисти заявили про «захоплення» Зеленого Гаю: підтверджень немає
Південний рубіж
08.07.2027 15:00

Окупанти стверджують, що з ранку 8 липня село Зелений Гай на Пологівщині нібито «повністю під їхнім контролем». Цю інформацію «Південний рубіж» подає з посиланням на російський Telegram-канал «Окопна правда» і наголошує: жодних підтверджень наразі немає.

На опублікованому каналом відео кілька військових із триколором стоять біля зруйнованої будівлі — ймовірно, школи. Де і коли зняли ролик, встановити неможливо.

Українська сторона ситуацію поки не коментувала.
""",
"02_ru.txt": """Z-канал заявил о взятии Зелёного Гая в Запорожской области
Азовский вестник
8 июля 2027

Российские войска якобы заняли село Зелёный Гай Пологовского района Запорожской области, сообщил провоенный Telegram-канал «Окопная правда» со ссылкой на источники в подразделениях.

По данным канала, село «полностью под контролем» российских подразделений с утра 8 июля. В подтверждение канал опубликовал видео, на котором несколько военных с российским флагом стоят у разрушенного здания, похожего на школу.

Министерство обороны России о взятии села не сообщало, украинская сторона ситуацию не комментировала. Независимо проверить информацию невозможно.
""",
"03_en.txt": """Russian milbloggers claim capture of Zelenyi Hai in Zaporizhzhia Oblast; no confirmation
Euromaidan Press
2027-07-08T16:10:00+00:00

Russian forces claim to have entered the village of Zelenyi Hai in Zaporizhzhia Oblast's Polohy district and raised a flag there, Ukrainian broadcaster Hromadske reported on July 8, citing the pro-Kremlin Telegram channel Okopnaya Pravda.

According to Hromadske, the channel published a video showing several soldiers with a Russian tricolor posing next to a destroyed building that resembles a village school. The channel claims the village has been "fully under control" of Russian units since the morning of July 8.

The claim could not be independently verified, and the Ukrainian side had not commented at the time of Hromadske's publication.

Russian propagandists have repeatedly claimed to capture settlements that later turned out to remain under Ukrainian control.
""",
}, [("Окопная правда", False)],
[("Окопная правда", "00_uk.txt"), ("Окопная правда", "01_uk.txt"),
 ("Окопная правда", "02_ru.txt"), ("Громадське", "03_en.txt")],
[("A pro-Kremlin Russian Telegram channel claimed that Russian troops had taken the village of Zelenyi Hai in Zaporizhzhia region's Polohy district; the claim is unverified.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The channel published a video of soldiers with a Russian flag next to a destroyed building resembling a school.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# s04: chain. Regional uk own report (correspondent in the hospital, "розповіла нашій кореспондентці");
# en "the regional news site Prybuzkyi Kurier reported" + "told Prybuzkyi Kurier"; ru credits only the
# English site ("пишет англоязычное издание Kyiv Post" + "По информации Kyiv Post") -> edge from Kyiv Post;
# uk national "повідомило місцеве видання «Прибузький кур'єр»" + "За інформацією «Прибузького кур'єра»".
story("s04_regional_scoop_english_chain", "chain", {
"00_uk.txt": """Пологове відділення в підвалі: у Прилиманську з березня під землею народилися 14 дітей
Прибузький кур'єр
2027-08-05 10:00

Через постійні обстріли пологове відділення Прилиманської центральної лікарні з березня працює в підвальному укритті. Відтоді під землею народилися 14 дітей. Кореспондентка «Прибузького кур'єра» побувала в лікарні й побачила, як облаштоване відділення.

У колишньому складському приміщенні площею близько 200 квадратних метрів зробили дві пологові зали, палату для породіль і пост медсестер. Стіни пофарбовані у світлі кольори, під стелею тягнуться вентиляційні труби.

«Ми переїхали сюди після того, як у березні уламки ракети вибили всі вікна на третьому поверсі. Відтоді жодних пологів нагорі — тільки тут», — розповіла нашій кореспондентці головна лікарка Надія Ковалишин.

За її словами, найбільша проблема — пальне для генератора: під час відключень світла лікарня спалює до 300 літрів дизеля на добу, а обласних коштів вистачає лише на половину. Решту допомагають купувати волонтери.

Прилиманськ розташований приблизно за 30 кілометрів від лінії фронту, місто обстрілюють майже щодня.
""",
"01_en.txt": """Under shelling, Mykolaiv Oblast hospital moves maternity ward to basement; 14 babies born underground
Kyiv Post
2027-08-05T15:30:00+00:00

The maternity ward of the central hospital in Prylymansk, a town in Mykolaiv Oblast about 30 kilometers from the front line, has been operating in a basement shelter since March, with 14 babies born underground so far, the regional news site Prybuzkyi Kurier reported on Aug. 5.

The ward moved after missile debris blew out all the windows on the hospital's third floor in March, chief physician Nadiia Kovalyshyn told Prybuzkyi Kurier. The former storage room of around 200 square meters now holds two delivery rooms, a ward for new mothers and a nurses' station.

Fuel for the hospital's generator is the biggest problem, according to Kovalyshyn: during blackouts the hospital burns up to 300 liters of diesel a day, and regional funding covers only half of it. Volunteers help buy the rest.
""",
"02_ru.txt": """В Николаевской области роддом переехал в подвал: там родились 14 детей
Черноморский обозреватель
06.08.2027 09:15

Родильное отделение центральной больницы Прилиманска в Николаевской области с марта работает в подвальном укрытии, за это время там появились на свет 14 детей. Об этом пишет англоязычное издание Kyiv Post.

По информации Kyiv Post, отделение перенесли под землю после того, как в марте обломки ракеты выбили все окна на третьем этаже больницы. В бывшем складском помещении площадью около 200 квадратных метров оборудовали два родильных зала, палату для рожениц и пост медсестёр.

Главврач Надежда Ковалишин пожаловалась на нехватку топлива для генератора: во время отключений света больница сжигает до 300 литров дизеля в сутки.
""",
"03_uk.txt": """На Миколаївщині лікарня перенесла пологове відділення в підвал — там уже народилися 14 немовлят
Українська правда
5 серпня 2027

Пологове відділення центральної лікарні Прилиманська на Миколаївщині з березня працює в підвальному укритті. За цей час там народилися 14 дітей. Про це повідомило місцеве видання «Прибузький кур'єр».

За інформацією «Прибузького кур'єра», відділення перенесли під землю після того, як у березні уламки ракети вибили вікна на третьому поверсі лікарні.

Головна лікарка Надія Ковалишин розповіла виданню, що найбільша проблема — пальне для генератора: під час відключень лікарня витрачає до 300 літрів дизеля на добу.
""",
}, [("Прибузький кур'єр", True)],
[("Прибузький кур'єр", "01_en.txt"), ("Kyiv Post", "02_ru.txt"), ("Прибузький кур'єр", "03_uk.txt")],
[("The maternity ward of Prylymansk's central hospital (Mykolaiv region) has worked in a basement shelter since March, and 14 babies have been born there.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("During power outages the hospital burns up to 300 litres of diesel a day for its generator.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], 1)])

# s05: the Energy Ministry's morning statement taken directly by four outlets; the regional uk one also
# sends its own correspondent, who confirms the outage on the spot (relay edge + own in-corpus origin):
# uk "йдеться в ранковому повідомленні Міністерства енергетики України" + "зазначили в Міненерго";
# uk regional "повідомили в Міністерстві енергетики" + "Кореспондент «Харківської брами» … побував" +
# "підтвердив нашому кореспондентові"; ru "сообщили в Министерстве энергетики Украины" + "По данным
# Минэнерго"; en "Ukraine's Energy Ministry said in a morning statement" + "according to the Ministry of Energy".
story("s05_energy_ministry_plus_own_confirmation", "official_plus_own_confirmation", {
"00_uk.txt": """Ракетний удар по підстанції на Харківщині: без світла 38 тисяч споживачів, вводять графіки
Економічна правда
2027-08-14 09:30

Уночі російська ракета пошкодила високовольтну підстанцію на Харківщині. Без електропостачання залишилися близько 38 тисяч побутових споживачів у Чугуївському районі. Про це йдеться в ранковому повідомленні Міністерства енергетики України.

«Енергетики вже працюють на місці. Орієнтовний час відновлення електропостачання — до 48 годин, якщо дозволить безпекова ситуація», — зазначили в Міненерго.

У міністерстві також повідомили, що з 14:00 у Харківській області застосовуватимуть графіки погодинних відключень для побутових споживачів.

Це вже третій удар по енергетичній інфраструктурі області з початку серпня.
""",
"01_uk.txt": """Слобідськ без світла після удару по підстанції: що бачив наш кореспондент
Харківська брама
14.08.2027 12:10

Після нічного ракетного удару по підстанції близько 38 тисяч побутових споживачів у Чугуївському районі залишилися без електрики, повідомили в Міністерстві енергетики. Енергетики обіцяють відновити живлення протягом 48 годин.

Кореспондент «Харківської брами» вранці побував у Слобідську — найбільшому місті, яке живиться від пошкодженої підстанції. Світлофори в центрі не працюють, у багатоповерхівках немає води, біля «Пункту незламності» в міськраді з восьмої ранку стоїть черга, щоб зарядити телефони й павербанки.

Черговий диспетчер «Харківобленерго» підтвердив нашому кореспондентові, що без світла залишаються весь Слобідськ і понад 40 навколишніх сіл.

«Ми вже були без світла в березні, тоді відновили за добу. Зараз кажуть — дві», — розповіла пенсіонерка Галина, яка прийшла до пункту з двома павербанками.
""",
"02_ru.txt": """После ракетного удара по подстанции в Харьковской области без света 38 тысяч потребителей
Слобода-Инфо
2027-08-14T08:05:00+00:00

В ночь на 14 августа российская ракета повредила высоковольтную подстанцию в Харьковской области, без электроснабжения остались около 38 тысяч бытовых потребителей в Чугуевском районе. Об этом сообщили в Министерстве энергетики Украины.

По данным Минэнерго, энергетики уже работают на месте; ориентировочное время восстановления — до 48 часов, если позволит ситуация с безопасностью.

С 14:00 в Харьковской области будут применяться графики почасовых отключений для бытовых потребителей, добавили в министерстве.
""",
"03_en.txt": """Russian missile hits Kharkiv Oblast substation, 38,000 households lose power
The Kyiv Independent
14 August 2027

A Russian missile damaged a high-voltage substation in Kharkiv Oblast overnight on Aug. 14, cutting power to about 38,000 household consumers in Chuhuiv district, Ukraine's Energy Ministry said in a morning statement.

Repair crews are already on site, and power is expected to be restored within 48 hours if the security situation allows, the ministry said.

Hourly outage schedules for household consumers will be applied across Kharkiv Oblast from 2 p.m., according to the Ministry of Energy.
""",
}, [("Міністерство енергетики України", False), ("Харківська брама", True)],
[("Міністерство енергетики України", "00_uk.txt"), ("Міністерство енергетики України", "01_uk.txt"),
 ("Міністерство енергетики України", "02_ru.txt"), ("Міністерство енергетики України", "03_en.txt")],
[("An overnight Russian missile strike damaged a high-voltage substation in Kharkiv region, leaving about 38,000 household consumers in Chuhuiv district without power.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 2),
 ("Hourly outage schedules for household consumers will apply across Kharkiv region from 14:00.",
  ["00_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# s06: regional own report (correspondent on site, "сказала нашому кореспондентові"); an uncredited close
# rewrite by another regional site (keeps the quote, drops the credit) -> edge from Над Дніпром;
# en WITHOUT outlet line: "the local news site Nad Dniprom reported" + "according to Nad Dniprom, whose
# correspondent visited the site" + "told Nad Dniprom"; ru "сообщает местное издание «Над Днепром»" +
# "рассказала изданию".
story("s06_own_report_uncredited_rewrite", "copy", {
"00_uk.txt": """Артилерія знищила волонтерський склад у Нікополі: згоріли три тонни допомоги
Над Дніпром
2027-09-02 11:40

Вранці 2 вересня російська артилерія обстріляла Нікополь. Один зі снарядів влучив у склад волонтерського центру «Берегиня». Кореспондент «Над Дніпром» побував на місці за кілька годин після обстрілу.

Від складу лишилися обгорілі стіни. Усередині були близько трьох тонн гуманітарної допомоги — продуктові набори, ліки, ковдри, які волонтери готували до відправки в прифронтові села. Згорів і мікроавтобус центру.

«Снаряд прилетів о п'ятій ранку, коли тут нікого не було. Це єдине, що тішить: люди живі», — сказала нашому кореспондентові керівниця центру Світлана Гребенюк.

За її словами, волонтери вже шукають нове приміщення й розраховують відновити видачу допомоги за тиждень.
""",
"01_uk.txt": """У Нікополі снаряд знищив склад волонтерів — згоріли три тонни гуманітарки
Криворізький тиждень
02.09.2027 15:05

У Нікополі вранці 2 вересня російський снаряд влучив у склад волонтерського центру «Берегиня». Від будівлі залишилися тільки обгорілі стіни.

На складі зберігалося близько трьох тонн гуманітарної допомоги: продуктові набори, ліки та ковдри для мешканців прифронтових сіл. Вогонь знищив також мікроавтобус волонтерів.

«Снаряд прилетів о п'ятій ранку, коли тут нікого не було. Це єдине, що тішить: люди живі», — розповіла керівниця центру Світлана Гребенюк.

Волонтери планують знайти нове приміщення та відновити роботу протягом тижня.
""",
"02_en.txt": """Russian shell destroys volunteer warehouse in Nikopol, three tonnes of aid burned
2 September 2027

A Russian artillery shell struck the warehouse of the Berehynia volunteer center in Nikopol, Dnipropetrovsk Oblast, early on Sept. 2, destroying about three tonnes of humanitarian aid, the local news site Nad Dniprom reported.

Food kits, medicine and blankets that volunteers had been preparing for front-line villages burned, along with the center's minibus, according to Nad Dniprom, whose correspondent visited the site hours after the attack.

"The shell hit at five in the morning, when nobody was here. That's the only comfort - people are alive," the center's head Svitlana Hrebeniuk told Nad Dniprom.

Nikopol, which lies across the Dnipro River from Russian-occupied Enerhodar, is shelled almost daily.
""",
"03_ru.txt": """В Никополе снаряд уничтожил склад волонтёров: сгорели три тонны помощи
Днепровская неделя
2027-09-02T14:00:00+00:00

Утром 2 сентября российский снаряд попал в склад волонтёрского центра «Берегиня» в Никополе. Сгорели около трёх тонн гуманитарной помощи и микроавтобус волонтёров. Об этом сообщает местное издание «Над Днепром».

Как рассказала изданию руководитель центра Светлана Гребенюк, обстрел произошёл в пять утра, когда на складе никого не было, поэтому никто не пострадал.

Волонтёры рассчитывают возобновить выдачу помощи в новом помещении в течение недели.
""",
}, [("Над Дніпром", True)],
[("Над Дніпром", "01_uk.txt"), ("Над Дніпром", "02_en.txt"), ("Над Дніпром", "03_ru.txt")],
[("A Russian shell destroyed the warehouse of the Berehynia volunteer centre in Nikopol, burning about three tonnes of humanitarian aid and the centre's minibus.",
  ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("The shell hit at 5 a.m. when nobody was in the warehouse, so no one was hurt.",
  ["00_uk.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, cl, _ in claims:
            for a in cl:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": cl, "independent_sources": n} for t, cl, n in claims],
        })
    labels = {"about": "Hand-written provenance test set 68 (invented events; Ukrainian war news); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
