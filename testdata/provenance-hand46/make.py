#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand46 set.
Real outlets, invented events and people; see README.md."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: The Telegraph (outside the corpus) on ceasefire talks, relayed 4x. en body with full stops
# that lost their spaces ("reported the information.The United States"); uk title suffix
# "– The Telegraph" + "пише The Telegraph" + "у статті йдеться" + "у четвер"; uk "За інформацією
# видання"; ru "сообщает The Telegraph". Anonymous sources belong to The Telegraph.
story("s01_telegraph_energy_truce", "outside_newspaper", {
"00_en.txt": """Telegraph: US mediators floated 30-day energy truce at Geneva talks
Censor.NET
2026-03-06 11:20

American mediators proposed a 30-day moratorium on strikes against energy infrastructure during closed-door talks in Geneva last weekend, The Telegraph reported the information.The United States delegation, led by deputy envoy Richard Hallam, presented the idea as a first step that could be extended if both sides kept to it, according to sources familiar with the negotiations.Under the draft, compliance would be checked by a group of neutral states led by Switzerland, which would receive satellite data and reports from both sides.The newspaper writes that the Ukrainian delegation, headed by Serhii Vashchuk, did not reject the proposal but insisted that it be tied to a full exchange of prisoners.

"Nobody in Geneva is going to sign anything until the prisoner lists are agreed line by line," one well-placed source told the newspaper.

The Russian side has not commented publicly on the talks.The Telegraph notes that no date for a formal announcement has been set.
""",
"01_uk.txt": """США запропонували 30-денне енергетичне перемир'я на переговорах у Женеві – The Telegraph
Еспресо
06.03.2026 12:45

Американські посередники запропонували 30-денний мораторій на удари по енергетичній інфраструктурі під час закритих переговорів у Женеві минулих вихідних. Про це пише британська газета The Telegraph з посиланням на джерела, знайомі з перебігом переговорів.

У статті йдеться, що дотримання мораторію перевірятиме група нейтральних держав на чолі зі Швейцарією. Вона отримуватиме супутникові дані та звіти від обох сторін.

Журналісти зазначають, що українська делегація на чолі із Сергієм Ващуком не відкинула пропозицію, але наполягає, щоб її пов'язали з повним обміном полоненими. Наступний раунд переговорів, за даними видання, має відбутися в четвер.
""",
"02_uk.txt": """Telegraph: у Женеві обговорювали мораторій на удари по енергетиці
УНІАН
Fri, 06 Mar 2026 13:10:00 +0200

Сполучені Штати на переговорах у Женеві минулих вихідних запропонували сторонам 30-денний мораторій на удари по енергетичних об'єктах. Як пише газета The Telegraph, ідеться про перший крок, який можуть продовжити, якщо обидві сторони його дотримуватимуться.

За інформацією видання, Київ погоджується обговорювати мораторій лише разом із повним обміном полоненими.

«Ніхто в Женеві нічого не підпише, доки списки полонених не погодять рядок за рядком», — сказало газеті одне добре поінформоване джерело.

Другий раунд переговорів очікується в четвер, додає The Telegraph.
""",
"03_ru.txt": """США предложили месячный мораторий на удары по энергетике – The Telegraph
РБК-Украина
2026-03-06T14:05:00+02:00

Американские посредники на закрытых переговорах в Женеве в минувшие выходные предложили 30-дневный мораторий на удары по энергетической инфраструктуре. Об этом сообщает британская газета The Telegraph со ссылкой на источники, знакомые с ходом переговоров.

По данным газеты, соблюдение моратория должна проверять группа нейтральных государств во главе со Швейцарией.

Следующий раунд переговоров, как пишет издание, запланирован на четверг.
""",
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": a} for a in ("00_en.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt")],
[
 {"text": "US mediators proposed a 30-day moratorium on strikes against energy infrastructure at closed-door talks in Geneva last weekend.",
  "articles": ["00_en.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Compliance with the moratorium would be checked by a group of neutral states led by Switzerland.",
  "articles": ["00_en.txt", "01_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "A well-placed source said nobody in Geneva would sign anything until the prisoner lists were agreed line by line.",
  "articles": ["00_en.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The Ukrainian side insists the moratorium be tied to a full exchange of prisoners.",
  "articles": ["00_en.txt", "01_uk.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The next round of talks is expected on Thursday.",
  "articles": ["01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# s02: The Times (outside) on shadow-fleet sanctions. uk NV adds a named official's public
# statement (not an origin); en Ukrainska Pravda "The Times writes"; en article with NO outlet line
# and NO date line whose outlet is known only from "as relayed by Censor.NET" (it is Censor.NET's
# article, edge from The Times); uk UNIAN with title suffix "– The Times".
story("s02_times_shadow_fleet_sanctions", "outside_newspaper", {
"00_uk.txt": """ЄС і Британія готують спільні санкції проти 23 танкерів тіньового флоту – The Times
НВ
10.03.2026 09:30

Європейський Союз і Велика Британія готують скоординований пакет санкцій проти 23 танкерів російського тіньового флоту та трьох страхових компаній, зареєстрованих в ОАЕ. Про це пише британська газета The Times з посиланням на кілька джерел.

Автори статті наголошують, що список суден узгоджено на рівні послів, однак дві країни-члени попросили шестимісячний перехідний період для однієї зі страхових компаній.

Як зазначає газета, оголосити пакет планують наступного тижня.

Уповноважена України з питань санкційної політики Олена Грицай на брифінгу у вівторок заявила, що Київ передав партнерам доказову базу щодо кожного з цих суден. «Ми передали партнерам докази щодо кожного з цих танкерів — маршрути, перевантаження в морі, вимкнені транспондери», — сказала вона.
""",
"01_en.txt": """EU and UK preparing joint sanctions on 23 shadow fleet tankers, The Times says
Ukrainska Pravda
2026-03-10T10:15:00+02:00

The European Union and the United Kingdom are preparing a coordinated sanctions package targeting 23 tankers of Russia's shadow fleet and three UAE-registered insurers, The Times writes, citing sources familiar with the negotiations.

According to the newspaper, two member states have asked for a six-month transition period for one of the insurers.

"The list is ready; the only thing left is the date," one source familiar with the negotiations told The Times.
""",
"02_en.txt": """Times: EU, UK to hit 23 shadow fleet tankers and three insurers

The European Union and Britain are finalising joint sanctions against 23 tankers belonging to Russia's shadow fleet and three insurance companies registered in the UAE, The Times reported, as relayed by Censor.NET.

"The list is ready; the only thing left is the date," one of the newspaper's sources said. The package is expected to be announced next week.
""",
"03_uk.txt": """Санкції проти тіньового флоту: ЄС і Британія діятимуть спільно – The Times
УНІАН
2026-03-10 11:40

ЄС і Велика Британія готують спільні санкції проти 23 танкерів тіньового флоту Росії та трьох страховиків з ОАЕ. Про це повідомляє The Times.

За даними газети, дві держави ЄС просять для однієї зі страхових компаній перехідний період у шість місяців. Джерела видання, знайомі з перебігом переговорів, кажуть, що пакет можуть оголосити вже наступного тижня.
""",
}, [{"name": "The Times", "in_corpus": False}],
[{"origin": "The Times", "article": a} for a in ("00_uk.txt", "01_en.txt", "02_en.txt", "03_uk.txt")],
[
 {"text": "The EU and the UK are preparing coordinated sanctions against 23 shadow fleet tankers and three UAE-registered insurers.",
  "articles": ["00_uk.txt", "01_en.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Two EU member states asked for a six-month transition period for one of the insurers.",
  "articles": ["00_uk.txt", "01_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "A source familiar with the negotiations said the list is ready and only the date is left.",
  "articles": ["01_en.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "The sanctions package is expected to be announced next week.",
  "articles": ["00_uk.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Ukraine's sanctions envoy Olena Hrytsai said Kyiv gave partners evidence on each of the tankers.",
  "articles": ["00_uk.txt"], "independent_sources": 1},
])

# s03: The Guardian and the Financial Times (both outside) report the same delay independently.
# en UNIAN credits both (two edges); uk Ukrainska Pravda credits FT only; uk Espreso credits the
# Guardian only and ends with a dated bullet-point timeline; ru RBC-Ukraine credits both.
story("s03_guardian_ft_air_defence_delay", "two_independent_outside", {
"00_en.txt": """Delivery of four air defence batteries to Ukraine pushed back to autumn – Guardian, FT
UNIAN
2026-03-13 08:50

The delivery of four medium-range air defence batteries promised to Ukraine for the spring has been postponed until the autumn at the earliest, The Guardian and the Financial Times reported on Thursday, each citing its own sources.

According to the Financial Times, two of the batteries are now expected in October and the other two early next year. Kyiv was informed of the new schedule at a meeting of defence officials in Brussels last week, the newspaper writes.

The Guardian, citing multiple sources, says the delay is caused by a backlog in missile production. "We are talking months, not weeks," one official told the Guardian.
""",
"01_uk.txt": """Постачання чотирьох батарей ППО Україні відклали до осені – FT
Українська правда
13.03.2026 09:20

Постачання чотирьох батарей протиповітряної оборони середньої дальності, які Україні обіцяли навесні, перенесли щонайменше на осінь. Про це пише Financial Times з посиланням на обізнаних посадовців.

За даними видання, дві батареї тепер очікують у жовтні, ще дві — на початку наступного року. Київ поінформували про новий графік на зустрічі оборонних посадовців у Брюсселі минулого тижня, зазначає газета.
""",
"02_uk.txt": """The Guardian: батареї ППО для України прибудуть не раніше осені
Еспресо
2026-03-13 10:05

Чотири батареї ППО середньої дальності, обіцяні Україні на весну, прибудуть не раніше осені. Про це повідомляє The Guardian, посилаючись на кілька джерел.

Як пише видання, причина затримки — відставання у виробництві ракет. «Ідеться про місяці, а не тижні», — сказав газеті один із посадовців.

Хронологія:
- 18 листопада 2025 — партнери оголосили про передачу Україні чотирьох батарей ППО до весни 2026 року.
- 27 січня 2026 — перших українських операторів відправили на навчання.
- 12 березня 2026 — The Guardian повідомила про перенесення поставок на осінь.
""",
"03_ru.txt": """Поставки четырех батарей ПВО Украине отложены до осени – СМИ
РБК-Украина
Fri, 13 Mar 2026 11:30:00 +0200

Поставка четырех батарей ПВО средней дальности, обещанных Украине на весну, перенесена как минимум на осень. Об этом в четверг сообщили британские газеты The Guardian и Financial Times.

По данным Financial Times, две батареи теперь ожидаются в октябре, а еще две — в начале следующего года. The Guardian связывает задержку с отставанием в производстве ракет.
""",
}, [{"name": "The Guardian", "in_corpus": False}, {"name": "Financial Times", "in_corpus": False}],
[
 {"origin": "The Guardian", "article": "00_en.txt"},
 {"origin": "Financial Times", "article": "00_en.txt"},
 {"origin": "Financial Times", "article": "01_uk.txt"},
 {"origin": "The Guardian", "article": "02_uk.txt"},
 {"origin": "The Guardian", "article": "03_ru.txt"},
 {"origin": "Financial Times", "article": "03_ru.txt"},
],
[
 {"text": "The delivery of four medium-range air defence batteries promised to Ukraine for the spring has been postponed to the autumn at the earliest.",
  "articles": ["00_en.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "Two of the batteries are now expected in October and the other two early next year.",
  "articles": ["00_en.txt", "01_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Kyiv was informed of the new schedule at a meeting of defence officials in Brussels last week.",
  "articles": ["00_en.txt", "01_uk.txt"], "independent_sources": 1},
 {"text": "The delay is caused by a backlog in missile production.",
  "articles": ["00_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "An official said the delay is a matter of months, not weeks.",
  "articles": ["00_en.txt", "02_uk.txt"], "independent_sources": 1},
])

# s04: Ukrainska Pravda's own interview (in-corpus origin) relayed by The Independent (in corpus);
# NV relays The Independent (edge from The Independent even though it names Ukrainska Pravda);
# en Censor.NET credits Ukrainska Pravda directly.
story("s04_up_interview_independent_relay", "in_corpus_interview_chain", {
"00_uk.txt": """Андрій Ковалишин: «Обмін 300 на 300 узгоджено, він відбудеться до Великодня»
Українська правда
2026-03-18 08:00

Україна та Росія домовилися про обмін 300 полоненими з кожного боку, і він має відбутися до Великодня. Про це в інтерв'ю «Українській правді» розповів заступник голови української делегації на гуманітарних переговорах Андрій Ковалишин.

«Обмін 300 на 300 узгоджено. Списки звірені, лишилися технічні питання. Він відбудеться до Великодня», — сказав Ковалишин «Українській правді».

За його словами, посередником в обміні знову виступлять Об'єднані Арабські Емірати.

Ковалишин також наголосив, що Київ не погодиться на припинення вогню вздовж нинішньої лінії фронту без письмових гарантій безпеки. «Заморожування без гарантій — це просто пауза перед наступним наступом», — сказав він.
""",
"01_en.txt": """Ukraine and Russia agree 300-for-300 prisoner swap before Easter, Kyiv negotiator says
The Independent
2026-03-18T13:40:00+00:00

Ukraine and Russia have agreed to exchange 300 prisoners each before Easter, a senior Ukrainian negotiator has said.

Andrii Kovalyshyn, deputy head of Ukraine's delegation at the humanitarian talks, told the Ukrainian news outlet Ukrainska Pravda in an interview published on Wednesday that the lists had been checked and only technical issues remained.

He also said Kyiv would not accept a ceasefire along the current front line without written security guarantees. "A freeze without guarantees is just a pause before the next offensive," he told Ukrainska Pravda.
""",
"02_uk.txt": """Обмін 300 на 300 до Великодня: The Independent пише про домовленість України та Росії
НВ
18.03.2026 16:10

Україна та Росія домовилися обміняти по 300 полонених до Великодня. Про це пише британська газета The Independent.

Як зазначає видання, заступник голови української делегації на гуманітарних переговорах Андрій Ковалишин заявив, що Київ не погодиться на припинення вогню по нинішній лінії фронту без письмових гарантій безпеки.
""",
"03_en.txt": """Kovalyshyn: 300-for-300 swap agreed, UAE to mediate again
Censor.NET
2026-03-18 10:25

Ukraine and Russia have agreed on an exchange of 300 prisoners per side before Easter, Andrii Kovalyshyn, deputy head of the Ukrainian delegation at the humanitarian talks, said in an interview with Ukrainska Pravda.

The United Arab Emirates will once again act as mediator, Ukrainska Pravda quoted him as saying.
""",
}, [{"name": "Ukrainska Pravda", "in_corpus": True}],
[
 {"origin": "Ukrainska Pravda", "article": "01_en.txt"},
 {"origin": "The Independent", "article": "02_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "03_en.txt"},
],
[
 {"text": "Ukraine and Russia agreed to exchange 300 prisoners each before Easter.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Kovalyshyn said Kyiv would not accept a ceasefire along the current front line without written security guarantees.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "The United Arab Emirates will again mediate the exchange.",
  "articles": ["00_uk.txt", "03_en.txt"], "independent_sources": 1},
])

# s05: The Telegraph (outside) on a secret shell shipment. en NV names the paper ONLY in the title
# suffix "– The Telegraph" (body: "the British newspaper"); uk Censor.NET "пише The Telegraph" +
# "Як зазначають журналісти"; ru RBC-Ukraine title suffix + "пишет британская газета".
story("s05_telegraph_shell_shipment", "outside_newspaper", {
"00_en.txt": """Nordic country secretly shipped 120,000 shells to Ukraine via Poland – The Telegraph
NV
2026-03-23 09:45

A Nordic country quietly delivered 120,000 155mm artillery shells to Ukraine through Poland last weekend, the British newspaper reported, citing multiple sources.

The shipment was not announced publicly at the request of the supplier's government, the paper writes. "It was the largest single delivery of shells this year, and it was done without a single press release," one well-placed source told the newspaper.
""",
"01_uk.txt": """Північна країна таємно передала Україні 120 тисяч снарядів – The Telegraph
Цензор.НЕТ
23.03.2026 10:30

Одна з північних країн минулих вихідних таємно доставила в Україну через Польщу 120 тисяч артилерійських снарядів калібру 155 мм. Про це пише The Telegraph з посиланням на кілька джерел.

«Це була найбільша разова поставка снарядів цього року, і її здійснили без жодного прес-релізу», — сказало газеті одне з добре поінформованих джерел.

Як зазначають журналісти, поставку профінансували з доходів від заморожених російських активів.
""",
"02_ru.txt": """Северная страна тайно передала Украине 120 тысяч снарядов – The Telegraph
РБК-Украина
2026-03-23 11:15

Одна из северных стран в минувшие выходные тайно доставила в Украину через Польшу 120 тысяч 155-мм артиллерийских снарядов, пишет британская газета.

По данным издания, поставка была профинансирована за счет доходов от замороженных российских активов.
""",
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": a} for a in ("00_en.txt", "01_uk.txt", "02_ru.txt")],
[
 {"text": "A Nordic country secretly delivered 120,000 155mm artillery shells to Ukraine through Poland last weekend.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "A well-placed source said it was the largest single delivery of shells this year and was done without a press release.",
  "articles": ["00_en.txt", "01_uk.txt"], "independent_sources": 1},
 {"text": "The shipment was financed from proceeds of frozen Russian assets.",
  "articles": ["01_uk.txt", "02_ru.txt"], "independent_sources": 1},
])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 46 (real outlets, invented events and people); see README.md.",
           "stories": []}
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
        out["stories"].append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                               "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
