#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand16 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# q01: outside wire agency Norland Wire relayed 4x: en wire copy with dateline
# "VELYKOZORIA, Ukraine, Dec 1 (Norland Wire) -" and a "(Reporting by …)" byline; uk
# "Про це повідомляє міжнародне агентство Norland Wire" + "Джерело: Norland Wire"; ru
# "как передает международное агентство Norland Wire"; de "meldet die Nachrichtenagentur Norland Wire".
story("q01_agency_elevator_fire", "agency", {
"00_en.txt": """Fire guts grain elevator in eastern Ukrainian town, 40,000 tonnes lost
The Meadowbank Herald
2026-12-01T16:45:00+00:00

VELYKOZORIA, Ukraine, Dec 1 (Norland Wire) - A fire destroyed a grain elevator in the town of Velykozoria early on Tuesday, burning through about 40,000 tonnes of wheat and sunflower seed that had been waiting for export, the regional emergency service said.

The blaze broke out shortly after 3 a.m. in a drying tower and spread along the conveyor gallery to four of the six silos, service spokesman Andriy Kolisnyk said. No one was hurt; the two night-shift workers left the site before the roof of the gallery collapsed.

"By the time the first crews arrived the gallery was burning along its whole length," Kolisnyk said. Firefighters brought the fire under control by 11 a.m.

The elevator belongs to Zorianyi Kolos, a trading company that buys grain from about 300 farms in the district. Its director, Maksym Hrytsai, put the loss at around 9 million dollars and said the company would build temporary storage before the spring harvest.

Police have opened an investigation. Investigators are looking at an overheated dryer as the most likely cause, Kolisnyk said.

Photo: smoke over the Velykozoria elevator on Tuesday morning.

(Reporting by Olena Marchuk; Editing by Tom Fairley)
""",
"01_uk.txt": """У Великозорі згорів елеватор: знищено 40 тисяч тонн зерна
Вежа
01.12.2026 18:10

У Великозорі вночі на вівторок згорів зерновий елеватор компанії «Зоряний колос». Вогонь знищив близько 40 тисяч тонн пшениці та соняшнику, які чекали на відвантаження за кордон. Про це повідомляє міжнародне агентство Norland Wire.

За словами речника обласної служби з надзвичайних ситуацій Андрія Колісника, пожежа почалася близько третьої ночі в сушильній башті, а потім вогонь перекинувся по галереї транспортерів на чотири з шести силосів. Двоє працівників нічної зміни встигли вийти до того, як обвалився дах галереї. Постраждалих немає.

Рятувальники локалізували пожежу до 11-ї години ранку.

Директор «Зоряного колосу» Максим Грицай оцінив збитки приблизно в 9 мільйонів доларів. Компанія закуповує зерно майже в 300 господарств району і обіцяє до весни збудувати тимчасові сховища.

Поліція розпочала розслідування. Найімовірніша причина, за словами Колісника, — перегрів сушарки.

Джерело: Norland Wire
""",
"02_ru.txt": """В Великозоре сгорел элеватор с 40 тысячами тонн зерна
Заречный листок
2026-12-01 19:30

Зерновой элеватор в украинском городе Великозоря выгорел в ночь на вторник, огонь уничтожил около 40 тысяч тонн пшеницы и подсолнечника, как передает международное агентство Norland Wire.

Пожар начался около трёх часов ночи в сушильной башне и по галерее транспортёров дошёл до четырёх из шести силосов, рассказал представитель областной службы по чрезвычайным ситуациям Андрей Колисник. Двое рабочих ночной смены успели покинуть территорию, пострадавших нет.

Элеватор принадлежит компании «Зоряный колос». Её директор Максим Грицай оценил ущерб примерно в 9 миллионов долларов. Полиция начала расследование, основная версия — перегрев сушилки.
""",
"03_de.txt": """Großbrand in der Ukraine: Getreidesilo in Welykosorja zerstört
Grenzland-Echo
1. Dezember 2026

In der ostukrainischen Kleinstadt Welykosorja ist in der Nacht zum Dienstag ein Getreidesilo abgebrannt. Rund 40.000 Tonnen Weizen und Sonnenblumenkerne, die für den Export bestimmt waren, sind verloren, meldet die Nachrichtenagentur Norland Wire.

Das Feuer brach demnach gegen drei Uhr in einem Trocknungsturm aus und griff über die Förderbandgalerie auf vier der sechs Silos über. Verletzt wurde niemand. Ein Sprecher des regionalen Katastrophenschutzes, Andrij Kolisnyk, nannte einen überhitzten Trockner als wahrscheinlichste Ursache.

Der Betreiber, das Handelsunternehmen Sorjanyj Kolos, beziffert den Schaden auf etwa neun Millionen Dollar.
""",
}, [{"name": "Norland Wire", "in_corpus": False}],
[{"origin": "Norland Wire", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"]],
[{"text": "A fire destroyed a grain elevator in Velykozoria, burning about 40,000 tonnes of grain.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1}])

# q02: outside Telegram channel «Сирена Заріччя»: uk "— повідомляє Telegram-канал «Сирена Заріччя»"
# + "пише канал"; ru "— сообщает Telegram-канал «Сирена Заречья»" + "по информации канала"; en
# without outlet line (title suffix "| The Meadowbank Herald"), "according to a post on the Telegram
# channel Syrena Zarichchia". The ecology inspectorate and the village head are not origins.
story("q02_telegram_river_dump", "external", {
"00_uk.txt": """У річку Мшанку вивантажили кілька тонн відходів із м'ясокомбінату
Заграва
2026-11-24T09:15:00+02:00

Біля села Бродівець у річку Мшанку вночі вивантажили щонайменше три самоскиди відходів, схожих на відходи м'ясопереробки. Вода нижче за течією стала бурою, на березі — мертва риба, повідомляє Telegram-канал «Сирена Заріччя».

Канал опублікував відео, зняте, за його даними, місцевим рибалкою близько п'ятої ранку: на ньому видно, як вантажівки без номерів по черзі під'їжджають до урвища над річкою і розвантажуються. «Запах такий, що в крайніх хатах не можна відчинити вікна», — пише канал.

Староста Бродівця Ганна Мирошник підтвердила, що про скидання вже повідомили екологічну інспекцію. В інспекції сказали, що в понеділок відібрали проби води і встановлюють, чиї це вантажівки.

Найближчий великий м'ясокомбінат розташований за 12 кілометрів від села.
""",
"01_ru.txt": """В реку под Бродовцом ночью сбросили отходы мясокомбината
Заречный листок
24.11.2026 11:40

Несколько самосвалов ночью вывалили в реку Мшанку у села Бродовец отходы, похожие на отходы мясопереработки, — сообщает Telegram-канал «Сирена Заречья».

По информации канала, вода ниже по течению стала бурой, на берегу лежит мёртвая рыба. В канале выложено видео, на котором грузовики без номеров один за другим разгружаются у обрыва над рекой.

Староста села Анна Мирошник говорит, что экологическая инспекция уже уведомлена. Инспекторы в понедельник взяли пробы воды.
""",
"02_en.txt": """Trucks dump slaughterhouse waste into Ukrainian river, video shows | The Meadowbank Herald
2026-11-24 14:05 +0000

Several tonnes of what appears to be slaughterhouse waste were dumped overnight into the Mshanka river near the village of Brodivets, according to a post on the Telegram channel Syrena Zarichchia, which covers the district.

A video shared by the channel shows unmarked trucks backing up to a steep bank and tipping their loads into the water. Dead fish were washing up downstream by Monday morning, the channel said.

Hanna Myroshnyk, the village head, said the regional ecology inspectorate had been informed and had taken water samples. A large meat-processing plant lies about 12 km from the village.
""",
}, [{"name": "Сирена Заріччя", "in_corpus": False}],
[{"origin": "Сирена Заріччя", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_en.txt"]],
[{"text": "Trucks dumped slaughterhouse waste into the Mshanka river near Brodivets overnight.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1}])

# q03: own report (uk Вежа: reporter at the factory gate, "розповів «Вежі»"), relayed by an en portal
# that adds its own interview ("first reported by the Ukrainian news site Vezha" + "told Eastline
# Report in an interview on Thursday") and by a ru site ("по информации украинского сайта «Вежа»").
story("q03_relay_plus_own_bakery", "relay_plus_own", {
"00_uk.txt": """Хлібозавод у Лісогірську зупиняє виробництво, 180 людей без роботи
Вежа
2026-11-18T08:30:00+02:00

Лісогірський хлібозавод, найбільший у районі, з 1 грудня зупиняє виробництво. Про це працівникам оголосили в середу на загальних зборах, а наш кореспондент того ж ранку поспілкувався з людьми біля прохідної.

«Нам сказали, що за листопад заплатять, а далі — як буде», — розповів «Вежі» пекар Іван Ткачук, який працює на заводі 22 роки. На підприємстві 180 працівників.

Власник заводу — компанія «Колосок-Трейд». Її комерційний директор Віра Семенюк на прохання «Вежі» пояснила, що підприємство не витримує цін на газ і борошно, і пообіцяла, що працівникам запропонують місця на заводі компанії в сусідньому Тернославі.

Лісогірський хлібозавод постачав хліб до шкіл і лікарні міста з 1961 року.
""",
"01_en.txt": """Ukrainian town's only bakery plant to shut, 180 jobs at risk
Eastline Report
2026-11-19T10:00:00+00:00

The bread factory in the Ukrainian town of Lisohirsk will stop production on Dec. 1, leaving 180 people without work, as first reported by the Ukrainian news site Vezha.

Workers were told at a meeting on Wednesday, according to Vezha, whose reporter spoke to staff at the factory gate. "They told us November would be paid, and after that we'll see," baker Ivan Tkachuk told the site.

The town's mayor, Petro Danylyuk, confirmed the closure in an interview with Eastline Report on Thursday, saying the owner had notified the council in writing on Wednesday evening. "It is a letter of four lines. We will try to keep at least the school deliveries going," he said. The council was looking for another supplier for its schools and the hospital, he added.

The owner, Kolosok-Treyd, blames gas and flour prices.

Photo: The Lisohirsk bread factory, which has supplied the town's schools since 1961.
""",
"02_ru.txt": """В Лисогорске закрывается хлебозавод
Окно-Инфо
19.11.2026 09:20

Хлебозавод в украинском Лисогорске с 1 декабря останавливает производство, без работы останутся 180 человек, по информации украинского сайта «Вежа».

Работникам объявили об этом в среду на общем собрании. Владелец, компания «Колосок-Трейд», объясняет закрытие ценами на газ и муку и обещает предложить людям места на своём заводе в Тернославе. Завод снабжал хлебом школы и больницу города с 1961 года.
""",
}, [{"name": "Вежа", "in_corpus": True}, {"name": "Eastline Report", "in_corpus": True}],
[{"origin": "Вежа", "article": "01_en.txt"}, {"origin": "Вежа", "article": "02_ru.txt"}],
[{"text": "The Lisohirsk bread factory will stop production on December 1, leaving 180 people without work.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 2}])

# q04: chain of three uk → en → fr, plus ru crediting the uk origin. Own: "розповів нашому
# кореспондентові" + "Журналісти «Заграви» бачили частину монет"; en "according to a report by the
# Ukrainian regional news site Zahrava" + "told Zahrava"; fr credits only the en paper "selon le
# journal anglophone The Carpathian Courier" + "rapporte le Courier"; ru "пишет «Заграва»".
story("q04_chain_coin_hoard", "chain", {
"00_uk.txt": """Тракторист під Голубином виорав глечик із середньовічними монетами
Заграва
2026-11-10T17:20:00+02:00

Під час оранки поля біля Голубина тракторист місцевого агропідприємства Олег Савчук зачепив плугом глиняний глечик, у якому виявилося понад 600 срібних монет. Журналісти «Заграви» бачили частину монет у вівторок у сільраді, куди їх принесли на збереження.

«Спочатку подумав, що то камінь. Зліз, а там із землі сиплеться срібло», — розповів нашому кореспондентові Савчук. Він одразу зателефонував старості.

Археолог обласного краєзнавчого музею Тетяна Горбань, яка приїхала на поле в понеділок увечері, попередньо датує скарб XIV століттям. За її словами, більшість монет — празькі гроші, що свідчить про торговий шлях, який проходив повз нинішній Голубин.

Скарб передадуть музею. За законом Савчук має право на винагороду.
""",
"01_en.txt": """Ukrainian tractor driver ploughs up 600 medieval silver coins
The Carpathian Courier
2026-11-11T09:00:00+00:00

A tractor driver in western Ukraine has turned up a clay jug holding more than 600 medieval silver coins while ploughing a field outside the village of Holubyn, according to a report by the Ukrainian regional news site Zahrava.

Oleh Savchuk, who works for a local farm, said he first took the jug for a stone. "I climbed down and silver was pouring out of the soil," he told Zahrava.

Tetiana Horban, an archaeologist at the regional museum, provisionally dated the hoard to the 14th century. Most of the coins are Prague groschen, she said, a sign that a trade route once passed the site. The coins will go to the museum, and Savchuk is entitled to a reward.
""",
"02_fr.txt": """Ukraine : un agriculteur déterre un trésor de 600 pièces d'argent médiévales
La Vigie du Sornay
11 novembre 2026

En labourant un champ près du village de Holoubyne, dans l'ouest de l'Ukraine, un conducteur de tracteur a mis au jour une cruche en terre cuite contenant plus de 600 pièces d'argent, selon le journal anglophone The Carpathian Courier.

Il s'agirait pour la plupart de gros de Prague du XIVe siècle, rapporte le Courier, qui cite une archéologue du musée régional. Le trésor sera confié au musée ; l'agriculteur, Oleh Savtchouk, peut prétendre à une récompense.
""",
"03_ru.txt": """Под Голубином тракторист выпахал клад из 600 серебряных монет
Вечерний Перевал
11.11.2026 12:45

Тракторист Олег Савчук, распахивая поле возле Голубина, задел плугом глиняный кувшин, в котором оказалось больше 600 серебряных монет, пишет «Заграва».

По словам археолога областного краеведческого музея Татьяны Горбань, клад предварительно относится к XIV веку, большинство монет — пражские гроши. Находку передадут в музей.
""",
}, [{"name": "Заграва", "in_corpus": True}],
[{"origin": "Заграва", "article": "01_en.txt"}, {"origin": "The Carpathian Courier", "article": "02_fr.txt"},
 {"origin": "Заграва", "article": "03_ru.txt"}],
[{"text": "A tractor driver ploughed up a jug with more than 600 medieval silver coins near Holubyn.",
  "articles": ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 1}])

# q05: two independent own reports, later both credited by a third. Own uk Обрій (reporter in the
# flats: "побувала наша журналістка" + "розповіла «Обрію»"); own ru Заречный листок (phone call:
# "сказал «Заречному листку» по телефону директор"); en credits both ("Obrii, a local news site,
# and the Russian-language paper Zarechny Listok both reported on Monday" + "told Zarechny Listok");
# de credits only Обрій ("berichtet das ukrainische Nachrichtenportal Obrij").
story("q05_two_independent_heating", "two_independent", {
"00_uk.txt": """Мікрорайон Озерний у Тернославі третю добу без опалення
Обрій
2026-12-07T10:40:00+02:00

Близько 14 тисяч мешканців мікрорайону Озерний у Тернославі з п'ятниці живуть без опалення. У котельні на вулиці Садовій вийшли з ладу обидва циркуляційні насоси.

У неділю в одній із квартир на Садовій, 14 побувала наша журналістка: термометр у дитячій кімнаті показував плюс 12. «Діти сплять у куртках, а ми з чоловіком по черзі сидимо біля обігрівача», — розповіла «Обрію» Людмила Коваль.

У школі № 9 уроки в понеділок скасували. Мешканці кажуть, що до аварійної служби додзвонитися неможливо.
""",
"01_ru.txt": """В Тернославе 14 тысяч человек остались без тепла из-за поломки насосов
Заречный листок
2026-12-07 12:15

В микрорайоне Озёрный в Тернославе с пятницы не работает отопление: в котельной на Садовой улице сломались оба циркуляционных насоса.

«Новый насос везут из Харьковщины, поставим его к вечеру среды», — сказал «Заречному листку» по телефону директор коммунального предприятия «Тернославтеплосеть» Виктор Мазур. По его словам, без тепла остаются около 14 тысяч человек, а резервного насоса в котельной не было с 2023 года.

Мазур пообещал, что жителям пересчитают плату за отопление за дни аварии.
""",
"02_en.txt": """14,000 without heating in Ukrainian city as boiler house pumps fail
Eastline Report
2026-12-08T08:30:00+00:00

About 14,000 residents of the Ozernyi district of the Ukrainian city of Ternoslav have been without heating since Friday after both circulation pumps failed at the local boiler house.

Obrii, a local news site, and the Russian-language paper Zarechny Listok both reported on Monday on the breakdown. Obrii's reporter found a temperature of 12C in a child's bedroom in one of the flats.

A replacement pump will be installed by Wednesday evening, Viktor Mazur, director of the municipal heating company, told Zarechny Listok. He said the boiler house had had no spare pump since 2023.
""",
"03_de.txt": """Ukraine: 14.000 Menschen in Ternoslaw ohne Heizung
Grenzland-Echo
2026-12-08T11:00:00+01:00

In der ukrainischen Stadt Ternoslaw sitzen rund 14.000 Menschen seit Freitag ohne Heizung. Im Heizwerk des Viertels Osernyj sind beide Umwälzpumpen ausgefallen, berichtet das ukrainische Nachrichtenportal Obrij.

Eine Reporterin des Portals maß in einem Kinderzimmer zwölf Grad. An der Schule Nr. 9 fiel am Montag der Unterricht aus.
""",
}, [{"name": "Обрій", "in_corpus": True}, {"name": "Заречный листок", "in_corpus": True}],
[{"origin": "Обрій", "article": "02_en.txt"}, {"origin": "Заречный листок", "article": "02_en.txt"},
 {"origin": "Обрій", "article": "03_de.txt"}],
[{"text": "About 14,000 residents of Ozernyi in Ternoslav have had no heating since Friday after both pumps failed.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 2}])

# q06: own ru report (Окно-Инфо: "корреспондент «Окна» побывал в зоопарке" + "рассказал нам");
# an uncredited close copy in the same language, lightly reworded, without date line (Вечерний
# Перевал, keeps "рассказал нам"); uk "Про це з посиланням на доглядача зоопарку пише російськомовний сайт «Окно-Инфо»"; en
# "the Russian-language news site Okno-Info reported" + "told Okno-Info".
story("q06_copy_zoo_lynx", "translation", {
"00_ru.txt": """Из голубинского зоопарка сбежала рысь
Окно-Инфо
2026-11-28T15:50:00+02:00

Из зоопарка в Голубине в пятницу утром сбежала трёхлетняя самка рыси по кличке Ася. Корреспондент «Окна» побывал в зоопарке через час после того, как обнаружили пропажу: в сетке вольера зияет дыра размером с ладонь взрослого человека, рядом сломанная ветка старого ясеня.

«Скорее всего, ветка упала ночью от ветра и прорвала сетку, а Ася этим воспользовалась», — рассказал нам смотритель Григорий Бондарь. По его словам, рысь не проявляет агрессии к людям, но подходить к ней нельзя.

Следы зверя нашли в лесопарке за зоопарком. Полиция просит жителей соседних улиц не выпускать на улицу кошек и собак и звонить по номеру 102, если они увидят рысь.
""",
"01_ru.txt": """В Голубине из зоопарка убежала рысь Ася
Вечерний Перевал

В пятницу утром из зоопарка Голубина убежала трёхлетняя рысь Ася. В сетке её вольера образовалась дыра размером с ладонь взрослого человека, рядом лежит сломанная ветка старого ясеня.

«Вероятнее всего, ночью ветер сломал ветку, она прорвала сетку, и Ася этим воспользовалась», — рассказал нам смотритель Григорий Бондарь. Он уверяет, что рысь не агрессивна к людям, но подходить к ней не стоит.

Следы животного обнаружили в лесопарке за зоопарком. Полиция просит жителей ближайших улиц не выпускать кошек и собак и звонить на 102, если они заметят рысь.
""",
"02_uk.txt": """У Голубині з зоопарку втекла рись
Вежа
28.11.2026 17:30

У п'ятницю вранці з голубинського зоопарку втекла трирічна рись Ася. Про це з посиланням на доглядача зоопарку пише російськомовний сайт «Окно-Инфо». Схоже, вночі на вольєр упала гілка ясена й прорвала сітку.

Доглядач Григорій Бондар запевняє, що рись не агресивна до людей. Сліди тварини знайшли в лісопарку за зоопарком, поліція просить не випускати котів і собак.
""",
"03_en.txt": """Lynx escapes from zoo in Ukrainian city
The Meadowbank Herald
Sat, 28 Nov 2026 18:20:00 +0000

A three-year-old female lynx named Asya escaped from the zoo in the Ukrainian city of Holubyn on Friday morning after a falling branch tore a hole in her enclosure, the Russian-language news site Okno-Info reported.

"Most likely the branch came down in the wind overnight and Asya took her chance," keeper Hryhoriy Bondar told Okno-Info. Tracks were found in a wooded park behind the zoo, and police urged residents to keep pets indoors.
""",
}, [{"name": "Окно-Инфо", "in_corpus": True}],
[{"origin": "Окно-Инфо", "article": "01_ru.txt"}, {"origin": "Окно-Инфо", "article": "02_uk.txt"},
 {"origin": "Окно-Инфо", "article": "03_en.txt"}],
[{"text": "A three-year-old lynx named Asya escaped from the Holubyn zoo on Friday morning.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1}])

# q07: anonymous-source scoop by an en paper ("according to three people familiar with the plan,
# who spoke on condition of anonymity because it has not been made public"); uk "пише англомовна
# газета The Carpathian Courier з посиланням на трьох поінформованих співрозмовників"; ru "По
# информации англоязычной газеты The Carpathian Courier"; de without date line "berichtet ... unter
# Berufung auf drei mit dem Vorhaben vertraute Personen". The rail operator is not an origin.
story("q07_scoop_night_trains", "in_corpus", {
"00_en.txt": """Rail operator plans to scrap night trains to western border, sources say
The Carpathian Courier
2026-12-03T07:00:00+00:00

State rail operator Stalevi Shliakhy plans to cancel all three of its night trains to the western border from February, according to three people familiar with the plan, who spoke on condition of anonymity because it has not been made public.

The trains, which link Ternoslav, Velykozoria and Lisohirsk with the border station at Mlynivets, carried about 410,000 passengers last year. The operator's board is expected to approve the cuts at a meeting on Dec. 15, one of the people said.

The company lost money on each of the routes in 2026 and wants to move its sleeper cars to the busier line to the capital, two of the people said. A draft seen by the Courier proposes replacing the trains with a daytime service that would take up to five hours longer.

Stalevi Shliakhy declined to comment on Wednesday.
""",
"01_uk.txt": """«Сталеві шляхи» хочуть скасувати нічні потяги до західного кордону — ЗМІ
Заграва
03.12.2026 10:25

Державний перевізник «Сталеві шляхи» планує з лютого скасувати всі три нічні потяги до західного кордону. Про це пише англомовна газета The Carpathian Courier з посиланням на трьох поінформованих співрозмовників.

Йдеться про потяги з Тернослава, Великозорі та Лісогірська до прикордонної станції Млинівець. Торік ними скористалися близько 410 тисяч пасажирів. Правління компанії має затвердити рішення 15 грудня.

Замість нічних потягів пропонують денний рейс, який їхатиме на п'ять годин довше. У «Сталевих шляхах» коментувати інформацію відмовилися.
""",
"02_ru.txt": """Ночные поезда к западной границе могут отменить с февраля
Окно-Инфо
2026-12-03 11:10

По информации англоязычной газеты The Carpathian Courier, государственный перевозчик «Стальные пути» собирается с февраля отменить все три ночных поезда к западной границе — из Тернослава, Великозори и Лисогорска в Млыновец.

Источники издания утверждают, что правление рассмотрит вопрос 15 декабря, а освободившиеся спальные вагоны перебросят на направление к столице. В прошлом году ночными поездами воспользовались около 410 тысяч пассажиров.
""",
"03_de.txt": """Ukraine: Nachtzüge an die Westgrenze sollen wegfallen
Grenzland-Echo

Die ukrainische Staatsbahn Stalewi Schljachy will offenbar ab Februar ihre drei Nachtzüge an die Westgrenze streichen. Das berichtet die englischsprachige Zeitung The Carpathian Courier unter Berufung auf drei mit dem Vorhaben vertraute Personen.

Betroffen wären die Verbindungen aus Ternoslaw, Welykosorja und Lissohirsk zum Grenzbahnhof Mlyniwez, die im vergangenen Jahr rund 410.000 Fahrgäste nutzten. Für viele Pendler, die in Polen oder Deutschland arbeiten, sind die Züge die günstigste Verbindung.
""",
}, [{"name": "The Carpathian Courier", "in_corpus": True}],
[{"origin": "The Carpathian Courier", "article": a} for a in ["01_uk.txt", "02_ru.txt", "03_de.txt"]],
[{"text": "Stalevi Shliakhy plans to cancel its three night trains to the western border from February.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1}])

# q08: outside regional TV station «Світанок ТВ» (Svitanok TV), a mayor's interview relayed 3x: uk
# "Про це міський голова … сказав в інтерв'ю телеканалу «Світанок ТВ»" + "Джерело: «Світанок ТВ»";
# en "said in an interview with the regional broadcaster Svitanok TV" + "he told the station"; fr
# with neither outlet nor date line (title suffix "– La Vigie du Sornay"), "a déclaré … dans un
# entretien accordé à la chaîne régionale ukrainienne Svitanok TV". The mayor and the hospital
# director are not origins.
story("q08_tv_interview_maternity", "external", {
"00_uk.txt": """У Сокольці з нового року закриють пологове відділення
Обрій
2026-12-02T20:05:00+02:00

Пологове відділення міської лікарні Сокольця з 1 січня припинить роботу, а породіль возитимуть до перинатального центру в Тернославі, за 46 кілометрів. Про це міський голова Сокольця Роман Лозинський сказав у вівторок увечері в інтерв'ю телеканалу «Світанок ТВ».

«Торік у нас народилося 212 дітей. Щоб відділення працювало, потрібні шість лікарів, а в нас залишилося двоє, обом за шістдесят», — пояснив Лозинський.

За словами міського голови, місто купить для лікарні ще одну машину швидкої допомоги, щоб дорога до Тернослава займала не більше години. Приміщення відділення віддадуть під реабілітацію.

Джерело: «Світанок ТВ»
""",
"01_en.txt": """Ukrainian town to close maternity ward, mayor says
Eastline Report
2026-12-03T09:15:00+00:00

The town of Sokolets in central Ukraine will close the maternity ward of its hospital on Jan. 1, and expectant mothers will be taken to a perinatal centre in Ternoslav, 46 km away, mayor Roman Lozynskyi said in an interview with the regional broadcaster Svitanok TV on Tuesday.

The ward needs six doctors to operate and has two left, both in their sixties, he told the station. 212 babies were born there last year.

The town will buy another ambulance to keep the drive to Ternoslav under an hour, Lozynskyi said.
""",
"02_fr.txt": """Ukraine : la maternité de Sokolets fermera au 1er janvier – La Vigie du Sornay

La maternité de l'hôpital de Sokolets, petite ville du centre de l'Ukraine, fermera ses portes le 1er janvier, faute de médecins, a déclaré le maire Roman Lozynskyï dans un entretien accordé mardi soir à la chaîne régionale ukrainienne Svitanok TV.

Il ne reste que deux médecins sur les six nécessaires. Les futures mères seront transférées vers le centre périnatal de Ternoslav, à 46 kilomètres. L'an dernier, 212 enfants sont nés à Sokolets.
""",
}, [{"name": "Світанок ТВ", "in_corpus": False}],
[{"origin": "Світанок ТВ", "article": a} for a in ["00_uk.txt", "01_en.txt", "02_fr.txt"]],
[{"text": "The Sokolets hospital's maternity ward will close on January 1 for lack of doctors.",
  "articles": ["00_uk.txt", "01_en.txt", "02_fr.txt"], "independent_sources": 1}])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 16 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
