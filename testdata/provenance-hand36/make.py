#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand36 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# r01: the common-word outlet «Ранок» ("morning"). Ранок's own report (correspondent at the fire)
# is relayed by Погляд ("з посиланням на «Ранок»") and an English site ("Ranok"). A second,
# independent own report by 0599.ua (next-day follow-up, other claims) opens with the ordinary word
# "Ранок п'ятниці ..." and is relayed by Новини-24/7 ("Джерело: 0599.ua", "Увесь ранок ...").
# Neither 03 nor 04 has anything to do with the outlet Ранок.
story("r01_ranok_elevator_fire", "common_word_outlet", {
"00_uk.txt": """На елеваторі в Тихобережному згоріли близько 2000 тонн соняшнику
Ранок
2027-03-11T07:45:00+02:00

У ніч на четвер у Тихобережному загорівся зерновий елеватор агрокомпанії «Золотий Колос Трейд». Вогонь знищив близько 2000 тонн насіння соняшнику, передає кореспондент «Ранку» з місця події.

Пожежа спалахнула близько другої ночі в одному з металевих силосів. Коли наш кореспондент приїхав на місце о третій, над елеватором стояв стовп чорного диму, який було видно з траси. Гасили пожежу дев'ять розрахунків рятувальників, відкрите горіння ліквідували лише близько шостої.

Один працівник елеватора, 43-річний оператор, отримав опіки рук і обличчя, його госпіталізували до районної лікарні. «Він намагався сам збити полум'я вогнегасником, доки не приїхали пожежники», — розповів нашому кореспондентові змінний майстер Петро Сироватко.

Мешканців найближчої вулиці Садової попросили не відчиняти вікна. Причини пожежі встановлюють.
""",
"01_uk.txt": """У Тихобережному вночі горів елеватор: знищено дві тисячі тонн насіння
Погляд
11.03.2027 10:20

У Тихобережному в ніч на четвер горів елеватор агрокомпанії «Золотий Колос Трейд». Вогонь знищив близько двох тисяч тонн насіння соняшнику. Про це повідомили журналісти місцевого видання «Ранок», кореспондент якого працював на місці пожежі.

Загоряння виникло близько другої ночі в металевому силосі, з вогнем боролися дев'ять розрахунків рятувальників до самого світанку.

З посиланням на «Ранок» також відомо, що постраждав працівник елеватора: чоловік отримав опіки рук і обличчя і перебуває в районній лікарні. За словами змінного майстра, працівник намагався загасити полум'я вогнегасником.

Причини пожежі поки не встановлені.
""",
"02_en.txt": """Sunflower seed store burns down in central Ukrainian town
Dnipro Valley News
2027-03-11T13:30:00+00:00

About 2,000 tonnes of sunflower seed were destroyed overnight when a grain elevator caught fire in the town of Tykhoberezhne, according to the Ukrainian local news site Ranok, whose correspondent was at the scene.

The fire started at around 2 a.m. in a metal silo belonging to the agricultural company Zolotyi Kolos Treid, Ranok reported. Nine fire crews fought the blaze until about 6 a.m., and a column of black smoke could be seen from the highway.

Residents of a nearby street were asked to keep their windows closed. The cause of the fire has not yet been established.
""",
"03_uk.txt": """Пожежа на елеваторі в Тихобережному: слідчі назвали ймовірну причину
0599.ua
2027-03-12 12:30

Ранок п'ятниці на згарищі елеватора в Тихобережному почався з роботи слідчих. Журналіст 0599.ua побував на місці: територію огородили, біля обгорілого силосу працюють експерти.

Попередня версія — несправність зерносушарки, від якої загорілося насіння. «Ми вилучили блок керування сушаркою і направили його на експертизу. Інших версій поки що не розглядаємо», — розповів журналістові 0599.ua речник районного відділу поліції Олег Коваленко.

Поліція відкрила кримінальне провадження за статтею про порушення правил пожежної безпеки. Керівництво компанії «Золотий Колос Трейд» на наші запитання не відповіло.
""",
"04_uk.txt": """Слідчі вважають, що пожежу на елеваторі спричинила несправна сушарка
Новини-24/7
12.03.2027 15:10

Ймовірною причиною нічної пожежі на елеваторі в Тихобережному стала несправна зерносушарка. Увесь ранок на території елеватора працювали слідчі та експерти, блок керування сушаркою направили на експертизу.

За словами речника районного відділу поліції Олега Коваленка, інших версій слідство наразі не розглядає. Відкрито кримінальне провадження за статтею про порушення правил пожежної безпеки.

Джерело: 0599.ua
""",
}, [O("Ранок", True), O("0599.ua", True)],
[R("Ранок", "01_uk.txt"), R("Ранок", "02_en.txt"), R("0599.ua", "04_uk.txt")],
[C("About 2,000 tonnes of sunflower seed were destroyed in a night fire at a grain elevator in Tykhoberezhne.", ["00_uk.txt", "01_uk.txt", "02_en.txt"], 1),
 C("An elevator worker was taken to hospital with burns to his hands and face.", ["00_uk.txt", "01_uk.txt"], 1),
 C("Investigators named a faulty grain dryer as the probable cause of the elevator fire.", ["03_uk.txt", "04_uk.txt"], 1),
 C("Police opened a criminal case over fire-safety violations.", ["03_uk.txt", "04_uk.txt"], 1)])

# r02: a Telegram channel (Trukha Pivden) reposts the mayor's Telegram post. The mayor's post is the
# origin (no medium credited for it). ru credits the mayor directly; en and uk credit the channel,
# which is in the corpus, so their edges come from Trukha Pivden.
story("r02_mayor_post_trams", "official_post_via_channel", {
"00_uk.txt": """⚡️Білозір'я залишиться без трамваїв з понеділка
Trukha Pivden
2027-03-19T18:02:00+02:00

Міський голова Білозір'я Віталій Гнатюк щойно написав у своєму Telegram:

«З понеділка, 22 березня, трамваї в місті зупиняються. Енергопостачальна компанія відключає тягові підстанції через борг комунального підприємства "Білозірелектротранс" — 14 мільйонів гривень. Замість трамваїв на маршрути №1 і №3 вийдуть безкоштовні автобуси. Ми шукаємо гроші, щоб закрити борг якнайшвидше».

😡 Пишіть у коментарях, як будете добиратися на роботу.

Підписатися | Trukha Pivden
""",
"01_ru.txt": """В Белозорье с понедельника остановятся трамваи
Точка.Ua
19.03.2027 19:15

В Белозорье с понедельника, 22 марта, прекратится движение трамваев. Об этом написал в своем Telegram-канале мэр города Виталий Гнатюк.

По словам городского головы, энергоснабжающая компания отключает тяговые подстанции из-за долга коммунального предприятия «Белозирэлектротранс» в размере 14 миллионов гривен. Вместо трамваев на маршруты №1 и №3 выйдут бесплатные автобусы.

«Мы ищем деньги, чтобы закрыть долг как можно быстрее», — добавил Гнатюк.
""",
"02_en.txt": """No trams in Bilozirya from Monday: what we know
misto.live
2027-03-19T20:40:00+00:00

Trams in Bilozirya will stop running from Monday, 22 March, the Telegram channel Trukha Pivden reported on Friday evening, sharing a post by mayor Vitalii Hnatiuk.

The electricity supplier is switching off the traction substations over a 14 million hryvnia debt run up by the municipal transport company Bilozirelektrotrans, according to the post.

If you usually take the tram to work, plan for a longer commute next week and keep an eye on the city's social media pages for updates.
""",
"03_uk.txt": """Трамваї в Білозір'ї зупиняться з 22 березня через борги за електроенергію
Новини 24
2027-03-19 21:05

З понеділка, 22 березня, у Білозір'ї зупиняться трамваї. Як повідомили у Telegram-каналі Trukha Pivden, енергопостачальна компанія відключає тягові підстанції через борг «Білозірелектротрансу» — 14 мільйонів гривень.

На маршрути №1 і №3 замість трамваїв вийдуть безкоштовні автобуси, йдеться у повідомленні каналу, який оприлюднив допис міського голови.
""",
}, [O("Віталій Гнатюк", False)],
[R("Віталій Гнатюк", "00_uk.txt"), R("Віталій Гнатюк", "01_ru.txt"),
 R("Trukha Pivden", "02_en.txt"), R("Trukha Pivden", "03_uk.txt")],
[C("Trams in Bilozirya will stop from Monday 22 March because the municipal transport company owes 14 million hryvnias for electricity.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 1),
 C("Free buses will replace the trams on routes 1 and 3.", ["00_uk.txt", "01_ru.txt", "03_uk.txt"], 1)])

# r03: Думка.Info's own procurement investigation (no outlet line; title suffix "— Думка.Info").
# Relayed by ru "сообщает dumka.info" (domain), uk "повідомляє видання Думка.Info" (name) and en
# "according to the local news site dumka.info" (domain).
story("r03_domain_and_name_benches", "domain_and_name", {
"00_uk.txt": """Степанопільська мерія купила лавки втричі дорожче за ринкову ціну — Думка.Info
2027-03-23 09:00

Як з'ясувала Думка.Info, міська рада Степанополя купила для центрального парку 40 лавок по 38 тисяч гривень за штуку. Загалом на лавки витратили 1,52 мільйона гривень.

Журналісти Думка.Info проаналізували договір, опублікований у системі публічних закупівель, і знайшли таку саму модель лавки в каталозі виробника — за 12 400 гривень. Постачальником стала ФОП Ірина Ліщук, зареєстрована за два місяці до тендеру.

Заступник міського голови Андрій Дячук сказав журналістам Думка.Info, що ціна включала доставку та встановлення лавок. «Лавки стоять на бетонних основах, це окремі роботи», — пояснив він. Кошторис цих робіт мерія надати відмовилася.
""",
"01_ru.txt": """Мэрия Степанополя закупила скамейки втрое дороже рыночной цены
Точка.Ua
23.03.2027 12:40

Городской совет Степанополя купил для центрального парка 40 скамеек по 38 тысяч гривен за штуку, сообщает dumka.info. Журналисты сайта нашли такую же модель в каталоге производителя за 12 400 гривен.

Поставщиком стала ФЛП Ирина Лищук, зарегистрированная за два месяца до тендера. Всего на скамейки потратили 1,52 миллиона гривен.
""",
"02_uk.txt": """Лавки по 38 тисяч: у Степанополі переплатили за облаштування парку
ВорсклаПлюс
2027-03-23T14:15:00+02:00

Міська рада Степанополя заплатила за кожну з 40 паркових лавок по 38 тисяч гривень — утричі більше, ніж коштує така модель у виробника. Про це повідомляє видання Думка.Info.

У мерії пояснюють високу ціну тим, що до неї входили доставка і встановлення. Такий коментар виданню дав заступник міського голови Андрій Дячук.
""",
"03_en.txt": """Town council paid triple price for park benches, local site finds
Dnipro Valley News
2027-03-23T16:00:00+00:00

The city council of Stepanopil paid 38,000 hryvnias each for 40 park benches, roughly three times the manufacturer's catalogue price, according to the local news site dumka.info.

The contract, worth 1.52 million hryvnias in total, went to a sole trader registered two months before the tender, the site reported.
""",
}, [O("Думка.Info", True)],
[R("Думка.Info", "01_ru.txt"), R("Думка.Info", "02_uk.txt"), R("Думка.Info", "03_en.txt")],
[C("Stepanopil city council bought 40 park benches at 38,000 hryvnias each, about three times the manufacturer's price.", ["00_uk.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 1),
 C("The bench supplier was a sole trader registered two months before the tender.", ["00_uk.txt", "01_ru.txt", "03_en.txt"], 1),
 C("The deputy mayor said the price included delivery and installation.", ["00_uk.txt", "02_uk.txt"], 1)])

# r04: chain of three: 059.ua (own, uk) -> Black Sea Dispatch (en, "according to the local news site
# 059.ua") -> Час (ru, "сообщает ... Black Sea Dispatch со ссылкой на ... 059.ua": edge from Black Sea
# Dispatch only). Вечерний Кременеград credits 059.ua directly ("пишет 059.ua").
story("r04_chain_chimney", "chain", {
"00_uk.txt": """У Кременеграді впав димар старого кабельного заводу: під уламками три автівки
059.ua
2027-03-27T10:10:00+02:00

У суботу вранці в Кременеграді обвалився 45-метровий димар закинутого кабельного заводу. Цегляна труба впала на ряд гаражів кооперативу «Мотор», під уламками опинилися три легкові автомобілі. Ніхто не постраждав.

Журналісти 059.ua побували на місці через пів години після обвалу: дах чотирьох гаражів проломлено, вулицю Заводську перекрили.

«Ми ще у 2025 році писали в міськраду, що по трубі пішли тріщини. Нам відповіли, що це приватна власність», — розповів 059.ua голова гаражного кооперативу Микола Степура.
""",
"01_en.txt": """Factory chimney collapses onto garages in Ukrainian town
Black Sea Dispatch
2027-03-27T11:45:00+00:00

A 45-metre brick chimney at a disused cable factory in the Ukrainian town of Kremenehrad collapsed onto a row of garages on Saturday morning, crushing three cars, according to the local news site 059.ua. Nobody was hurt.

The head of the garage co-operative told 059.ua that residents had complained to the city council about cracks in the chimney in 2025 and were told it was private property.
""",
"02_ru.txt": """В Кременеграде рухнула заводская труба
Час
27.03.2027 16:20

В Кременеграде обрушилась 45-метровая труба заброшенного кабельного завода, под обломками оказались три автомобиля, сообщает англоязычное издание Black Sea Dispatch со ссылкой на местный сайт 059.ua.

Кирпичная труба упала на гаражи в субботу утром, пострадавших нет. В течение часа улицу оцепили.
""",
"03_ru.txt": """Обрушение трубы в Кременеграде: жители жаловались на трещины еще два года назад
Вечерний Кременеград
2027-03-27 18:30

Рухнувшая в субботу 45-метровая труба бывшего кабельного завода раздавила три машины в гаражном кооперативе «Мотор», пишет 059.ua. Никто не пострадал.

По словам председателя кооператива Николая Степуры, о трещинах в трубе в горсовет писали еще в 2025 году.
""",
}, [O("059.ua", True)],
[R("059.ua", "01_en.txt"), R("Black Sea Dispatch", "02_ru.txt"), R("059.ua", "03_ru.txt")],
[C("A 45-metre chimney of a disused cable factory in Kremenehrad collapsed onto garages, crushing three cars; nobody was hurt.", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_ru.txt"], 1),
 C("Garage owners had complained to the city council about cracks in the chimney in 2025.", ["00_uk.txt", "01_en.txt", "03_ru.txt"], 1)])

# r05: outside Telegram channel Insider Stepy relayed by five articles (ru "сообщает телеграм-канал",
# en "according to the Telegram channel", en "posted", uk "як повідомили у Telegram-каналі", ru
# YouTube transcript "как пишет"). 03_uk (regional TV ТРК «Південь-TV») has no date line.
story("r05_outside_channel_layoffs", "outside_channel", {
"00_ru.txt": """«Степовой Азот» уволит треть работников — инсайд
Новини 24
2027-04-05T09:30:00+03:00

Химический завод «Степовой Азот» в Тернобугске с мая сократит около 1200 из 3400 работников, сообщает телеграм-канал Insider Stepy.

Канал опубликовал фото внутреннего приказа, подписанного директором завода. Согласно документу, сокращения коснутся прежде всего цеха аммиачной селитры, который планируют остановить.
""",
"01_en.txt": """Ukrainian fertiliser plant to cut a third of its workforce, channel says
Ukraine Regions Today
2027-04-05T08:50:00+00:00

The Stepovyi Azot chemical plant in Ternobuhsk plans to lay off about 1,200 of its 3,400 workers from May, according to the Telegram channel Insider Stepy.

The channel said the cuts would mainly affect the ammonium nitrate workshop, which is due to be shut down.
""",
"02_en.txt": """Ternobuhsk's biggest employer to cut 1,200 jobs
misto.live
2027-04-05T12:00:00+00:00

Stepovyi Azot, the chemical plant that employs almost every tenth resident of Ternobuhsk, will lay off around 1,200 of its 3,400 staff from May, the Telegram channel Insider Stepy posted on Monday morning.

For a town of 40,000 people that is a big deal: the plant also runs the town's only swimming pool and a kindergarten.
""",
"03_uk.txt": """«Степовий Азот» готує масові скорочення
ТРК «Південь-TV»

На хімічному заводі «Степовий Азот» у Тернобузьку з травня скоротять близько 1200 працівників із 3400. Як повідомили у Telegram-каналі Insider Stepy, про це йдеться у внутрішньому наказі, підписаному директором підприємства.

Найбільше скорочення зачепить цех аміачної селітри, який планують зупинити.
""",
"04_ru.txt": """УВОЛЬНЯЮТ 1200 ЧЕЛОВЕК?! Что происходит на «Степовом Азоте»
Степ LIVE
05.04.2027 19:00

Друзья, всем привет, это Степ LIVE. Сегодня главная новость для Тернобугска: как пишет Insider Stepy, «Степовой Азот» с мая сокращает около 1200 человек из 3400. Это треть завода, друзья.

Ставьте лайк и пишите в комментариях, кого из ваших знакомых это касается.
""",
}, [O("Insider Stepy", False)],
[R("Insider Stepy", "00_ru.txt"), R("Insider Stepy", "01_en.txt"), R("Insider Stepy", "02_en.txt"),
 R("Insider Stepy", "03_uk.txt"), R("Insider Stepy", "04_ru.txt")],
[C("The Stepovyi Azot chemical plant in Ternobuhsk will lay off about 1,200 of its 3,400 workers from May.", ["00_ru.txt", "01_en.txt", "02_en.txt", "03_uk.txt", "04_ru.txt"], 1),
 C("The cuts will mainly affect the ammonium nitrate workshop, which is to be shut down.", ["00_ru.txt", "01_en.txt", "03_uk.txt"], 1),
 C("The layoffs are set out in an internal order signed by the plant's director.", ["00_ru.txt", "03_uk.txt"], 1)])

# r06: two independent own reports of the bridge closure: regional TV Факти 7 (correspondent at
# the bridge) and Zaxidnyi Portal (its journalist at the bridge, quote from the transport
# department). ru credits Факти 7; en credits both (two edges).
story("r06_two_origins_bridge", "two_origins", {
"00_uk.txt": """У Стирську закрили міст на Замковій: в опорі знайшли тріщину
Факти 7
2027-04-14T08:20:00+03:00

У Стирську повністю закрили для руху міст через річку на вулиці Замковій. Під час планового огляду інженери виявили тріщину завдовжки 40 сантиметрів в одній з опор, передає кореспондентка «Фактів 7» з місця подій.

На обох в'їздах на міст уже стоять бетонні блоки, пішоходів теж не пропускають. «Поки не буде висновку експертизи, міст відкривати не будемо», — сказала нашій кореспондентці начальниця відділу благоустрою міськради Оксана Федорців.
""",
"01_uk.txt": """Міст на Замковій закрили: автобуси їздитимуть в об'їзд
Zaxidnyi Portal
2027-04-14T09:05:00+03:00

Міст через річку на вулиці Замковій у Стирську з середи закритий для всіх видів транспорту. Журналіст Zaxidnyi Portal побував біля мосту: обидва в'їзди перекриті бетонними блоками.

Автобуси маршрутів №4 і №9 їздитимуть через об'їзну дорогу, дорога до центру займатиме приблизно на 20 хвилин довше. Про це Zaxidnyi Portal розповів начальник транспортного відділу міськради Роман Кушнір.
""",
"02_ru.txt": """В Стырске закрыли мост из-за трещины в опоре
Точка.Ua
14.04.2027 11:30

В Стырске закрыли для движения мост на улице Замковой: инженеры нашли в одной из опор трещину длиной 40 сантиметров. Об этом сообщает телеканал «Факти 7».

Мост не откроют до получения заключения экспертизы, заявили в горсовете.
""",
"03_en.txt": """Cracked bridge closed in western Ukrainian town
Ukraine Regions Today
2027-04-14T10:15:00+00:00

A road bridge on Zamkova Street in the town of Styrsk has been closed to all traffic after engineers found a 40-centimetre crack in one of its supports, the regional broadcaster Fakty 7 and the news site Zaxidnyi Portal reported on Wednesday.

Buses on routes 4 and 9 will be diverted along the bypass, adding about 20 minutes to the journey to the town centre, the head of the council's transport department told Zaxidnyi Portal.
""",
}, [O("Факти 7", True), O("Zaxidnyi Portal", True)],
[R("Факти 7", "02_ru.txt"), R("Факти 7", "03_en.txt"), R("Zaxidnyi Portal", "03_en.txt")],
[C("The bridge on Zamkova Street in Styrsk was closed to traffic.", ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 2),
 C("Engineers found a 40-centimetre crack in one of the bridge's supports.", ["00_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 C("Buses on routes 4 and 9 will be diverted along the bypass, adding about 20 minutes.", ["01_uk.txt", "03_en.txt"], 1)])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 36 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
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
        out["stories"].append({"id": id, "scenario": scenario, "articles": names,
                               "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
