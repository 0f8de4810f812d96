#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand37 set.
Outlets are real; every event, quote and person is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: The Telegraph (not in corpus) relayed 5x. Censor.NET body lost the space after its full
# stops; UNIAN has no date line and credits only via the title suffix "– The Telegraph" plus
# "Як зазначає видання"; Espreso "пише The Telegraph з посиланням на поінформовані джерела";
# NV English "The Telegraph reported on Thursday …, as relayed by Censor.NET" (edges from both);
# RBC-Ukraine Russian "пишет британская газета «Телеграф»".
story("r01_telegraph_sea_first", "foreign_paper", {
"00_uk.txt": """Західні союзники готові відмовитися від вимоги повного припинення вогню перед переговорами
Цензор.НЕТ
12.03.2026 19:05

Західні союзники України готові відмовитися від вимоги про повне припинення вогню як передумову для переговорів і погодитися на план «спершу море».Про це пише британська газета The Telegraph з посиланням на дипломатів трьох країн НАТО.Як зазначає видання, йдеться про поетапну схему: спочатку перемир'я на Чорному морі, а вже потім – переговори щодо сухопутної лінії фронту.«Ніхто не хоче, щоб на нього поклали провину за зрив переговорів, тож послідовність кроків тепер є предметом торгу», – цитує газета одне поінформоване джерело.Наголошують автори статті, що план мають обговорити на зустрічі радників з національної безпеки в Женеві наступного тижня.У Міністерстві закордонних справ України публікацію поки не коментували.
""",
"01_uk.txt": """Союзники готові погодитися на перемир'я спершу на морі – The Telegraph
УНІАН

Західні партнери України готові відмовитися від вимоги повного припинення вогню перед початком переговорів і погодитися на поетапний план.

Як зазначає видання, дипломати трьох країн НАТО розповіли про схему, за якою спершу має запрацювати перемир'я на Чорному морі, а переговори щодо сухопутної лінії фронту почнуться пізніше.

Схему мають обговорити радники з національної безпеки на зустрічі в Женеві наступного тижня. Статтю британська газета опублікувала у четвер.

Офіційної реакції Києва на публікацію поки немає.
""",
"02_uk.txt": """Захід може відмовитися від вимоги повного перемир'я перед переговорами: що відомо
Еспресо
13.03.2026 09:10

Західні союзники України більше не наполягають на повному припиненні вогню як умові для початку переговорів і готові розглянути план, за яким першим кроком стане перемир'я на морі. Про це у четвер пише The Telegraph з посиланням на поінформовані джерела.

За даними газети, ідею підтримують дипломати щонайменше трьох країн НАТО.

«Ніхто не хоче, щоб на нього поклали провину за зрив переговорів, тож послідовність кроків тепер є предметом торгу», – сказало виданню одне з джерел.

Нагадаємо, раніше Київ наголошував, що будь-які переговори можливі лише після повного припинення вогню.
""",
"03_en.txt": """Allies ready to accept 'sea first' ceasefire plan, Telegraph says
The New Voice of Ukraine
13 March 2026

Ukraine's Western allies are ready to drop their demand for a full ceasefire before talks begin and to accept a phased plan starting with a truce at sea, The Telegraph reported on Thursday, citing diplomats from three NATO countries, as relayed by Censor.NET.

Under the scheme, a ceasefire in the Black Sea would come first, with negotiations on the land front line to follow.

"Nobody wants to be blamed for the talks collapsing, so the sequence is now negotiable," one well-placed source told the British newspaper.

The plan is due to be discussed at a meeting of national security advisers in Geneva next week, according to the report. Ukraine's Foreign Ministry has not commented.
""",
"04_ru.txt": """Союзники готовы отказаться от требования полного прекращения огня перед переговорами
РБК-Украина
2026-03-13 10:45

Западные союзники Украины готовы отказаться от требования полного прекращения огня как условия начала переговоров и согласиться на план, по которому первым шагом станет перемирие на море. Об этом пишет британская газета «Телеграф» со ссылкой на дипломатов трех стран НАТО.

Как отмечает издание, сначала должно заработать перемирие в Черном море, а переговоры о сухопутной линии фронта начнутся позже.

План обсудят на встрече советников по национальной безопасности в Женеве на следующей неделе, пишет газета.

В МИД Украины публикацию не комментировали.
""",
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": "00_uk.txt"},
 {"origin": "The Telegraph", "article": "01_uk.txt"},
 {"origin": "The Telegraph", "article": "02_uk.txt"},
 {"origin": "The Telegraph", "article": "03_en.txt"},
 {"origin": "Censor.NET", "article": "03_en.txt"},
 {"origin": "The Telegraph", "article": "04_ru.txt"}],
[("Western allies are ready to drop the demand for a full ceasefire before talks and accept a phased plan starting with a ceasefire at sea.",
  ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt", "04_ru.txt"], 1),
 ("The plan is to be discussed at a meeting of national security advisers in Geneva next week.",
  ["00_uk.txt", "01_uk.txt", "03_en.txt", "04_ru.txt"], 1),
 ("A well-placed source said nobody wants to be blamed for the talks collapsing, so the sequence is now negotiable.",
  ["00_uk.txt", "02_uk.txt", "03_en.txt"], 1)])

# r02: two papers (FT and Politico, neither in corpus) report the stalled Istanbul talks
# independently. European Pravda and Kyiv Independent credit both (two edges each); LIGA.net
# credits FT ("Видання зазначає"); RBC-Ukraine credits Politico ("з посиланням на поінформовані
# джерела"). Main claim has 2 independent sources; each paper's own detail has 1.
story("r02_ft_politico_istanbul_talks", "two_sources", {
"00_uk.txt": """Переговори щодо безпеки судноплавства в Чорному морі застопорилися – FT і Politico
Європейська правда
2026-03-23T11:30:00+02:00

Переговори в Стамбулі щодо меморандуму про безпеку комерційного судноплавства в Чорному морі застопорилися через розбіжності щодо інспекцій суден. Про це пишуть Financial Times та Politico з посиланням на посадовців і дипломатів.

Як пише FT, головною перешкодою залишається пункт про те, хто і де перевірятиме судна. «Російська сторона щоразу знову відкриває пункт про інспекції, щойно ми вважаємо його закритим», – сказав газеті високопоставлений європейський посадовець.

Politico з посиланням на трьох дипломатів повідомляє, що наступний раунд переговорів відклали до завершення Великодня.

Раунд у Стамбулі тривав минулого тижня і завершився без спільної заяви.
""",
"01_uk.txt": """FT: переговори про судноплавство в Чорному морі зайшли в глухий кут через інспекції
LIGA.net
23.03.2026 12:40

Переговори щодо меморандуму про безпеку судноплавства в Чорному морі, які минулого тижня проходили в Стамбулі, зупинилися через суперечку про інспекції суден. Про це пише Financial Times з посиланням на посадовців, причетних до переговорів.

Видання зазначає, що сторони не можуть домовитися, хто і в яких портах перевірятиме судна.

«Російська сторона щоразу знову відкриває пункт про інспекції, щойно ми вважаємо його закритим», – цитує FT високопоставленого європейського посадовця.
""",
"02_uk.txt": """Наступний раунд переговорів про Чорне море відклали до Великодня – Politico
РБК-Україна
23.03.2026 14:15

Переговори у Стамбулі про безпеку судноплавства в Чорному морі застопорилися через розбіжності щодо інспекцій суден, а наступний раунд відклали до завершення Великодня. Про це пише Politico з посиланням на поінформовані джерела.

За даними видання, про перенесення розповіли троє дипломатів, знайомих з перебігом переговорів.

Попередній раунд відбувся минулого тижня.
""",
"03_en.txt": """Black Sea shipping talks stall over vessel inspections, FT and Politico report
Kyiv Independent
23 March 2026

Talks in Istanbul on a memorandum on the safety of commercial shipping in the Black Sea have stalled over the inspection of vessels, the Financial Times and Politico reported on Monday, citing officials and diplomats.

"The Russian side keeps reopening the inspection clause every time we think it is closed," a senior European official told the FT.

Politico, citing three diplomats, reported that the next round has been postponed until after Easter. The last round ended last week without a joint statement.
""",
}, [{"name": "Financial Times", "in_corpus": False}, {"name": "Politico", "in_corpus": False}],
[{"origin": "Financial Times", "article": "00_uk.txt"},
 {"origin": "Politico", "article": "00_uk.txt"},
 {"origin": "Financial Times", "article": "01_uk.txt"},
 {"origin": "Politico", "article": "02_uk.txt"},
 {"origin": "Financial Times", "article": "03_en.txt"},
 {"origin": "Politico", "article": "03_en.txt"}],
[("Talks in Istanbul on a Black Sea shipping safety memorandum stalled over the inspection of vessels.",
  ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_en.txt"], 2),
 ("A senior European official said the Russian side keeps reopening the inspection clause.",
  ["00_uk.txt", "01_uk.txt", "03_en.txt"], 1),
 ("The next round of the talks has been postponed until after Easter.",
  ["00_uk.txt", "02_uk.txt", "03_en.txt"], 1)])

# r03: chain. The Times (not in corpus) → Ukrainska Pravda → Espreso ("пише «Українська правда»
# з посиланням на … The Times": edge from Ukrainska Pravda only) → RBC-Ukraine Russian ("сообщает
# «Эспрессо», ссылаясь на публикацию «Украинской правды»": edge from Espreso only). NV English
# relays The Times directly ("last weekend").
story("r03_times_chain_monitoring_mission", "chain", {
"00_uk.txt": """США готові погодитися на європейську місію спостерігачів на лінії фронту – The Times
Українська правда
28.03.2026 12:15

Сполучені Штати повідомили європейським союзникам, що більше не заперечують проти місії спостерігачів під проводом Європи вздовж лінії фронту після припинення вогню. Про це пише британська газета The Times з посиланням на джерела в британському уряді.

За даними газети, місія може налічувати до 5 000 осіб.

«Американці перестали казати "ні"», – сказав виданню високопоставлений британський урядовець.

Офіційно у Вашингтоні цю інформацію не підтверджували.
""",
"01_uk.txt": """Вашингтон не заперечуватиме проти європейської місії на лінії фронту, – ЗМІ
Еспресо
28.03.2026 14:40

США зняли заперечення щодо місії спостерігачів під проводом європейських країн, яка має стежити за дотриманням перемир'я на лінії фронту. Про це пише «Українська правда» з посиланням на британське видання The Times.

Наголошується, що чисельність місії може сягнути 5 000 осіб.
""",
"02_ru.txt": """США не возражают против европейской миссии наблюдателей на линии фронта
РБК-Украина
2026-03-28 16:20

Соединенные Штаты больше не возражают против миссии наблюдателей под руководством европейских стран вдоль линии фронта после прекращения огня. Об этом сообщает «Эспрессо», ссылаясь на публикацию «Украинской правды».

По имеющимся данным, численность миссии может составить до 5 000 человек.
""",
"03_en.txt": """US drops objection to European-led monitoring mission, The Times says
The New Voice of Ukraine
30 March 2026

The United States has told European allies it no longer objects to a European-led mission monitoring the front line after a ceasefire, The Times reported last weekend, citing Whitehall officials.

"The Americans have stopped saying no," a senior Whitehall official told the British newspaper.

Washington has not publicly commented on the report.
""",
}, [{"name": "The Times", "in_corpus": False}],
[{"origin": "The Times", "article": "00_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "01_uk.txt"},
 {"origin": "Espreso", "article": "02_ru.txt"},
 {"origin": "The Times", "article": "03_en.txt"}],
[("The United States is ready to drop its objection to a European-led monitoring mission along the front line after a ceasefire.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The monitoring mission could number up to 5,000 people.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt"], 1),
 ("A senior Whitehall official said the Americans have stopped saying no.",
  ["00_uk.txt", "03_en.txt"], 1)])

# r04: RBC-Ukraine's own interview with an (invented) deputy foreign minister: in-corpus origin.
# Kyiv Independent translates it ("told RBC-Ukraine in an interview published on Monday");
# UNIAN relays it ("в інтерв'ю РБК-Україна"). The official is not an origin.
story("r04_rbc_interview_civilians", "own_interview", {
"00_uk.txt": """Остап Левчишин: переговори про повернення цивільних зайшли в глухий кут
РБК-Україна
2026-04-06T09:00:00+03:00

Переговори про повернення українських цивільних, яких утримує Росія, фактично зупинилися: російська сторона вже два місяці не погоджує списки. Про це в інтерв'ю РБК-Україна розповів заступник міністра закордонних справ Остап Левчишин.

«Ми передали списки, в яких понад 1 200 прізвищ. Відповіді немає вже два місяці, і це не технічна затримка, а політичне рішення», – сказав Левчишин у розмові з кореспонденткою РБК-Україна.

За його словами, Україна запропонувала перенести переговори до Відня і залучити нового посередника.

«Ми готові зустрітися будь-де, але не готові чекати ще пів року», – додав заступник міністра.
""",
"01_en.txt": """Deputy FM: talks on return of civilians have stalled, Kyiv proposes Vienna
Kyiv Independent
7 April 2026

Talks on the return of Ukrainian civilians held by Russia have effectively stalled because Moscow has not approved the lists for two months, Deputy Foreign Minister Ostap Levchyshyn told RBC-Ukraine in an interview published on Monday.

"This is not a technical delay but a political decision," Levchyshyn said.

Ukraine has proposed moving the talks to Vienna and bringing in a new mediator, he told the Ukrainian outlet.
""",
"02_uk.txt": """Росія два місяці не погоджує списки цивільних для повернення – МЗС
УНІАН
06.04.2026 13:50

Переговори щодо повернення цивільних українців з Росії застопорилися, оскільки російська сторона вже два місяці не відповідає на передані списки. Про це заступник міністра закордонних справ Остап Левчишин сказав в інтерв'ю РБК-Україна.

За його словами, у списках, які передала Україна, понад 1 200 прізвищ.
""",
}, [{"name": "RBC-Ukraine", "in_corpus": True}],
[{"origin": "RBC-Ukraine", "article": "01_en.txt"},
 {"origin": "RBC-Ukraine", "article": "02_uk.txt"}],
[("Talks on the return of Ukrainian civilians held by Russia have stalled because Russia has not approved the lists for two months.",
  ["00_uk.txt", "01_en.txt", "02_uk.txt"], 1),
 ("Ukraine proposed moving the talks to Vienna and bringing in a new mediator.",
  ["00_uk.txt", "01_en.txt"], 1),
 ("The lists handed over by Ukraine contain more than 1,200 names.",
  ["00_uk.txt", "02_uk.txt"], 1)])

# r05: The Washington Post (not in corpus) relayed by NV, European Pravda and Censor.NET (ru).
# European Pravda adds its own anonymous source's confirmation (in-corpus origin); LIGA.net credits
# European Pravda, which it says cited its own source and the Post: one edge, from European Pravda.
story("r05_wapo_muscat_plus_ep_source", "relay_plus_own_source", {
"00_uk.txt": """Переговори про енергетичне перемир'я в Маскаті зупинилися – The Washington Post
НВ
14.04.2026 10:20

Переговори в Маскаті щодо мораторію на удари по енергетичній інфраструктурі зайшли в глухий кут, а російська делегація залишила Оман на день раніше, ніж планувалося. Про це пише The Washington Post з посиланням на поінформовані джерела.

«Обговорювати більше нічого, доки Москва не змінить інструкції своїм переговорникам», – цитує газета високопоставленого європейського посадовця.

Офіційних заяв сторін щодо перебігу переговорів поки не було.
""",
"01_uk.txt": """Переговори про енергетичний мораторій зайшли в глухий кут: джерело ЄП підтвердило
Європейська правда
14.04.2026 12:35

Переговори в Маскаті про мораторій на удари по енергетичній інфраструктурі зупинилися. Про це пише американська газета The Washington Post з посиланням на людей, знайомих з перебігом переговорів.

Джерело «Європейської правди» в одній з європейських столиць, обізнане з ходом переговорів, підтвердило, що вони фактично зайшли в глухий кут.

За словами співрозмовника ЄП, дату наступного раунду наразі не визначено.
""",
"02_uk.txt": """Дату наступного раунду переговорів про енергетичне перемир'я не визначено – ЗМІ
LIGA.net
14.04.2026 15:10

Переговори в Маскаті щодо мораторію на удари по енергетичній інфраструктурі зайшли в глухий кут, а дату наступного раунду не визначено. Про це повідомила «Європейська правда», посилаючись на джерело в одній з європейських столиць та на публікацію The Washington Post.
""",
"03_ru.txt": """Переговоры в Маскате об энергетическом перемирии зашли в тупик, – The Washington Post
Цензор.НЕТ
2026-04-14 17:45

Переговоры в Маскате о моратории на удары по энергетической инфраструктуре зашли в тупик, а российская делегация покинула Оман на день раньше запланированного. Об этом пишет американская газета The Washington Post со ссылкой на осведомленные источники.

Как отмечает издание, стороны не смогли договориться даже о перечне объектов, на которые распространялся бы мораторий.
""",
}, [{"name": "The Washington Post", "in_corpus": False}, {"name": "European Pravda", "in_corpus": True}],
[{"origin": "The Washington Post", "article": "00_uk.txt"},
 {"origin": "The Washington Post", "article": "01_uk.txt"},
 {"origin": "European Pravda", "article": "02_uk.txt"},
 {"origin": "The Washington Post", "article": "03_ru.txt"}],
[("Talks in Muscat on a moratorium on strikes against energy infrastructure have stalled.",
  ["00_uk.txt", "01_uk.txt", "02_uk.txt", "03_ru.txt"], 2),
 ("The Russian delegation left Oman a day earlier than planned.",
  ["00_uk.txt", "03_ru.txt"], 1),
 ("No date has been set for the next round of talks.",
  ["01_uk.txt", "02_uk.txt"], 1)])

# r06: The Guardian's own report is in the corpus (in-corpus origin; its anonymous sources belong
# to it). Censor.NET relays it (full stops without following space in part of the body);
# LIGA.net credits it via title suffix "– The Guardian" and "Видання зазначає".
story("r06_guardian_air_defence_borrowing", "in_corpus_paper", {
"00_en.txt": """Germany ready to drop opposition to joint EU borrowing for Ukraine's air defence
The Guardian
2026-04-24T06:00:00+01:00

Germany is ready to drop its long-standing opposition to joint EU borrowing to pay for air defence systems for Ukraine, the Guardian understands, in a shift that officials in three EU capitals described as decisive.

"Berlin has moved – the question now is the size, not the principle," one well-placed source said.

A senior European official said the sum being discussed was about €40bn, to be raised over two years. A decision could be taken at the EU summit in June, the official added.

The German finance ministry declined to comment on Thursday.
""",
"01_uk.txt": """Німеччина готова погодитися на спільні запозичення ЄС для ППО України
Цензор.НЕТ
24.04.2026 10:30

Німеччина готова відмовитися від своєї давньої позиції проти спільних запозичень ЄС для фінансування систем протиповітряної оборони для України.Про це пише британська газета The Guardian з посиланням на поінформовані джерела.«Берлін зрушив з місця – тепер питання в сумі, а не в принципі», – цитує видання одне з джерел.

За даними газети, йдеться про близько 40 млрд євро протягом двох років.
""",
"02_uk.txt": """Берлін не блокуватиме спільний борг ЄС на ППО для України – The Guardian
LIGA.net
24.04.2026 12:05

Німеччина більше не заперечує проти спільних запозичень Євросоюзу для закупівлі систем протиповітряної оборони для України.

Видання зазначає, що про зміну позиції Берліна розповіли посадовці в трьох столицях ЄС. Рішення можуть ухвалити на саміті ЄС у червні.

У міністерстві фінансів Німеччини від коментарів відмовилися.
""",
}, [{"name": "The Guardian", "in_corpus": True}],
[{"origin": "The Guardian", "article": "01_uk.txt"},
 {"origin": "The Guardian", "article": "02_uk.txt"}],
[("Germany is ready to drop its opposition to joint EU borrowing to fund air defence for Ukraine.",
  ["00_en.txt", "01_uk.txt", "02_uk.txt"], 1),
 ("The sum being discussed is about 40 billion euros over two years.",
  ["00_en.txt", "01_uk.txt"], 1),
 ("A decision could be taken at the EU summit in June.",
  ["00_en.txt", "02_uk.txt"], 1)])


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
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for _, a, _ in claims:
            assert set(a) <= names, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays,
                    "claims": [{"text": t, "articles": a, "independent_sources": n}
                               for t, a, n in claims]})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 37 (real outlets, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
