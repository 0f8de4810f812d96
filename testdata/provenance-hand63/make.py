#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand63 set (events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: The Telegraph (not in corpus) on what US officials said privately; relayed 4x; the anonymous
# official's quote appears in English and in two different translations; NV has no date line.
story("s01_telegraph_interceptors", "foreign_paper", {
"00_en.txt": """US quietly warns allies no new Patriot interceptors for Ukraine before autumn – The Telegraph
The Kyiv Independent
2027-03-11 19:40

US officials have privately told European allies that Washington will not be able to release a new batch of Patriot interceptors for Ukraine before September, The Telegraph reported on Thursday, citing two officials familiar with the talks.

According to the British newspaper, the message was delivered at a closed meeting of defence attachés in Brussels last week. One US official quoted by The Telegraph said: "We are simply out of interceptors we can spare this spring. Europe has to carry the next few months."

The newspaper's sources said the delay was linked to replenishing US stocks after deliveries to the Middle East, and that Washington had asked Germany and the Netherlands to consider releasing missiles from their own reserves.

The Pentagon declined to comment on the report, the paper said. Ukraine's air force has repeatedly warned that interceptor stocks are running low ahead of expected Russian spring strikes on energy infrastructure.
""",
"01_uk.txt": """США таємно попередили союзників: нових ракет для Patriot до осені не буде – The Telegraph
Censor.NET
11.03.2027 20:15

Американські посадовці в приватних розмовах попередили європейських союзників, що Вашингтон не зможе передати Україні нову партію ракет-перехоплювачів Patriot раніше вересня. Про це в четвер написала британська газета The Telegraph з посиланням на двох обізнаних із перемовинами чиновників.

За даними видання, це повідомлення передали на закритій зустрічі військових аташе в Брюсселі минулого тижня. «Ми просто не маємо перехоплювачів, які могли б віддати цієї весни. Наступні кілька місяців має тягнути Європа», — цитує газета одного з американських посадовців.

Співрозмовники The Telegraph пояснили затримку необхідністю поповнити запаси США після поставок на Близький Схід. Вашингтон нібито попросив Німеччину та Нідерланди розглянути можливість передати ракети з власних резервів.

У Пентагоні відмовилися коментувати публікацію.
""",
"02_ru.txt": """В США в частном порядке предупредили, что ракет для Patriot до осени не будет – Telegraph
РБК-Украина
2027-03-12T07:05:00+02:00

Американские чиновники в частных беседах сообщили европейским союзникам, что Вашингтон не сможет выделить Украине новую партию ракет-перехватчиков Patriot раньше сентября. Об этом в четверг сообщила британская газета The Telegraph, ссылаясь на двух источников, знакомых с ходом переговоров.

По данным издания, сигнал прозвучал на закрытой встрече военных атташе в Брюсселе на прошлой неделе. «Лишних перехватчиков этой весной у нас попросту нет. Ближайшие месяцы придется вытягивать Европе», — приводит газета слова одного из американских чиновников.

Как пишет The Telegraph, задержка связана с восполнением американских запасов после поставок на Ближний Восток, а Германию и Нидерланды попросили рассмотреть передачу ракет из собственных резервов.

В Пентагоне публикацию не прокомментировали.
""",
"03_uk.txt": """Telegraph: США не дадуть Україні нових ракет до Patriot до вересня
NV

Вашингтон не зможе передати Україні нові перехоплювачі для систем Patriot до вересня — про це американські чиновники неофіційно повідомили європейським партнерам. Як пише The Telegraph, розмова відбулася минулого тижня на закритій зустрічі аташе з питань оборони в Брюсселі.

«Цієї весни в нас просто немає зайвих перехоплювачів. Кілька найближчих місяців тягар нестиме Європа», — навела газета слова анонімного посадовця США.

За інформацією британського видання, США попросили Берлін і Гаагу подумати про передачу ракет зі своїх запасів.
""",
}, [{"name": "The Telegraph", "in_corpus": False}],
[{"origin": "The Telegraph", "article": a} for a in ("00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt")],
[{"text": "US officials privately told European allies that no new Patriot interceptors would be released for Ukraine before September.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Washington asked Germany and the Netherlands to consider releasing missiles from their own reserves.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1}])

# s02: The Guardian (not in corpus) on EU diplomats' private doubts; Українська правда relays it,
# Obozrevatel credits Українська правда only ("з посиланням на «Українську правду»") -> chain edge.
story("s02_guardian_reparations_loan", "foreign_paper_chain", {
"00_uk.txt": """Кредит на відшкодування для України не схвалять до червня: дипломати ЄС визнають це в кулуарах – The Guardian
Українська правда
2027-03-09 09:30

Європейські дипломати в приватних розмовах визнають, що рішення про так званий репараційний кредит для України не буде ухвалене раніше червня. Про це у вівторок повідомила британська газета The Guardian.

За даними видання, на засіданні постійних представників країн ЄС у понеділок щонайменше три держави попросили додаткових юридичних гарантій щодо використання заморожених російських активів. «Ніхто не хоче бути тим, хто скаже "ні", тому всі просять ще трохи часу», — цитує газета одного з дипломатів, який говорив на умовах анонімності.

Співрозмовники The Guardian зазначають, що Єврокомісія готує запасний варіант — короткострокову позику на 12 млрд євро, щоб покрити потреби України в першому півріччі.

У Єврокомісії публікацію не коментували.
""",
"01_en.txt": """EU diplomats privately concede reparations loan for Ukraine delayed until June – Guardian
Kyiv Post
Tue, 09 Mar 2027 13:10:00 +0200

European diplomats privately concede that a decision on the so-called reparations loan for Ukraine will not come before June, The Guardian reported on Tuesday.

At Monday's meeting of EU ambassadors, at least three member states asked for additional legal guarantees on the use of frozen Russian assets, the British daily wrote. "Nobody wants to be the one who says no, so everybody asks for a little more time," one diplomat, speaking on condition of anonymity, told the paper.

According to The Guardian's sources, the European Commission is preparing a fallback: a short-term loan of €12 billion to cover Ukraine's needs in the first half of the year.
""",
"02_uk.txt": """Репараційний кредит для України відкладають до червня
Obozrevatel
09.03.2027 14:45

Рішення щодо репараційного кредиту для України, який мають забезпечити заморожені російські активи, не ухвалять раніше червня. Про це пише «Українська правда» з посиланням на європейських дипломатів.

Як зазначає видання, щонайменше три країни ЄС у понеділок вимагали додаткових юридичних гарантій. «Ніхто не хоче першим сказати "ні", тож усі просять ще трохи часу», — наводить УП слова одного з дипломатів.

За інформацією «Української правди», Єврокомісія розглядає як запасний план короткострокову позику на 12 млрд євро.
""",
"03_ru.txt": """Guardian: в ЕС неофициально признают, что кредит для Украины отложат до июня
Цензор.НЕТ
2027-03-09T16:20:00+02:00

Европейские дипломаты в кулуарах признают, что решение о репарационном кредите для Украины не будет принято раньше июня. Об этом во вторник написала британская газета The Guardian.

По данным газеты, в понедельник на встрече послов ЕС как минимум три страны потребовали дополнительных юридических гарантий относительно замороженных российских активов. «Никто не хочет стать тем, кто скажет "нет", поэтому все просят еще немного времени», — цитирует издание одного из дипломатов.

Источники The Guardian утверждают, что Еврокомиссия готовит запасной вариант — краткосрочный заем на 12 млрд евро.
""",
}, [{"name": "The Guardian", "in_corpus": False}],
[{"origin": "The Guardian", "article": "00_uk.txt"},
 {"origin": "The Guardian", "article": "01_en.txt"},
 {"origin": "Українська правда", "article": "02_uk.txt"},
 {"origin": "The Guardian", "article": "03_ru.txt"}],
[{"text": "EU diplomats privately concede that the reparations loan for Ukraine will not be approved before June.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The European Commission is preparing a fallback short-term loan of 12 billion euros.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1}])

# s03: The Wall Street Journal (not in corpus) on a paused drone fund; Фокус adds a reaction from a
# Ukrainian deputy minister it contacted itself (two roots: WSJ and Фокус).
story("s03_wsj_drone_fund", "foreign_paper_plus_own", {
"00_uk.txt": """Пентагон призупиняє фонд спільного виробництва дронів з Україною – WSJ
УНІАН
2027-03-05 18:50

Адміністрація США призупиняє фінансування програми спільного виробництва дронів з Україною, на яку торік виділили 800 млн доларів. Про це в п'ятницю повідомила газета The Wall Street Journal з посиланням на американських посадовців.

За даними видання, рішення ухвалили минулого тижня під час перегляду оборонних витрат, а Київ про нього поінформували неофіційно. «Програма не скасована, вона поставлена на паузу, поки ми не зрозуміємо, скільки коштів залишиться», — сказав газеті один із чиновників, який попросив не називати його імені.

За інформацією WSJ, частину контрактів з українськими виробниками вже заморожено.
""",
"01_en.txt": """Pentagon pauses joint drone production fund with Ukraine – WSJ
Ukrainska Pravda
5 March 2027, 20:05

The US administration is pausing funding for a joint drone production programme with Ukraine that was allocated $800 million last year, The Wall Street Journal reported on Friday, citing US officials.

The decision was taken last week during a review of defence spending, and Kyiv was informed informally, the newspaper said. "The programme isn't cancelled, it's on hold until we understand how much money is left," one official, who asked not to be named, told the Journal.

Some contracts with Ukrainian manufacturers have already been frozen, according to the WSJ.
""",
"02_uk.txt": """США ставлять на паузу фонд виробництва дронів: у Міноборони підтвердили Фокусу
Фокус
06.03.2027 10:30

Вашингтон призупиняє програму спільного з Україною виробництва безпілотників на 800 млн доларів. Як у п'ятницю написала The Wall Street Journal, американські посадовці в приватних розмовах пояснили це переглядом оборонного бюджету. «Програму не скасовано — її заморожено, доки ми не побачимо, скільки грошей лишається», — навела газета слова анонімного чиновника.

Заступник міністра оборони України Тарас Мельничук у коментарі Фокусу підтвердив, що Київ отримав відповідне повідомлення від американської сторони минулого тижня. «Нас поінформували в робочому порядку. Ми вже ведемо переговори з європейськими партнерами, щоб закрити цю прогалину з їхніх фондів», — сказав він.

За словами Мельничука, жоден із заморожених контрактів не стосується дронів-перехоплювачів.
""",
}, [{"name": "The Wall Street Journal", "in_corpus": False}, {"name": "Фокус", "in_corpus": True}],
[{"origin": "The Wall Street Journal", "article": a} for a in ("00_uk.txt", "01_en.txt", "02_uk.txt")],
[{"text": "The US is pausing the $800 million joint drone production programme with Ukraine and Kyiv was informed last week.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 2},
 {"text": "Ukraine's deputy defence minister Taras Melnychuk says Kyiv is negotiating with European partners to cover the gap.",
  "articles": ["02_uk.txt"], "independent_sources": 1}])

# s04: Politico Europe (not in corpus) on Commission officials' private warning about a Hungarian veto;
# Obozrevatel's text has no spaces after full stops; Kyiv Post credits "as relayed by RBC-Ukraine".
story("s04_politico_hungary_veto", "foreign_paper_chain", {
"00_en.txt": """Brussels fears Hungary will block 22nd sanctions package over oil pipeline – Politico
The Kyiv Independent
2027-03-16T08:45:00+00:00

European Commission officials privately fear that Hungary will veto the EU's 22nd sanctions package against Russia unless Brussels grants Budapest a new exemption for pipeline oil, Politico Europe reported on Tuesday.

Three EU officials and diplomats told the outlet that Hungary's ambassador signalled the threat at a meeting on Monday. "They are not even hiding it any more – no exemption, no package," one diplomat was quoted as saying.

According to Politico, the Commission is considering splitting the package so that measures against Russia's shadow fleet can be adopted separately by a qualified majority.
""",
"01_uk.txt": """Угорщина погрожує заблокувати 22-й пакет санкцій проти РФ – Politico
Obozrevatel
16.03.2027 11:20

Угорщина може накласти вето на 22-й пакет санкцій ЄС проти Росії,якщо Брюссель не надасть їй нового винятку для нафти,що постачається трубопроводом.Про це у вівторок повідомило видання Politico Europe з посиланням на трьох посадовців і дипломатів ЄС.

За даними видання,посол Угорщини дав це зрозуміти на зустрічі в понеділок.«Вони вже навіть не приховують:немає винятку – немає пакета»,– цитує Politico одного з дипломатів.

Як пише видання,Єврокомісія розглядає можливість розділити пакет,щоб заходи проти тіньового флоту РФ ухвалити окремо кваліфікованою більшістю.
""",
"02_ru.txt": """Венгрия пригрозила ветировать новый пакет санкций против России – Politico
РБК-Украина
2027-03-16 12:05

Венгрия может заблокировать 22-й пакет санкций Евросоюза против России, если Брюссель не предоставит Будапешту новое исключение для трубопроводной нефти. Об этом во вторник сообщило издание Politico Europe со ссылкой на чиновников и дипломатов ЕС.

По данным издания, венгерский посол намекнул на это на встрече в понедельник. «Они даже не скрывают: нет исключения — нет пакета», — цитирует Politico одного из дипломатов.

В Еврокомиссии, как пишет издание, рассматривают вариант разделить пакет, чтобы меры против теневого флота РФ приняли отдельно квалифицированным большинством.
""",
"03_en.txt": """Hungary threatens to veto new EU sanctions package, diplomats say
Kyiv Post
Tuesday, 16 March 2027, 15:30

Hungary is threatening to block the EU's 22nd package of sanctions against Russia unless it receives a new exemption for oil delivered by pipeline, EU diplomats said, as relayed by RBC-Ukraine.

"They are not even hiding it: no exemption, no package," one diplomat said, according to RBC-Ukraine's report. The European Commission is weighing splitting the package so that shadow-fleet measures can pass by qualified majority, the Ukrainian outlet wrote.
""",
}, [{"name": "Politico Europe", "in_corpus": False}],
[{"origin": "Politico Europe", "article": "00_en.txt"},
 {"origin": "Politico Europe", "article": "01_uk.txt"},
 {"origin": "Politico Europe", "article": "02_ru.txt"},
 {"origin": "РБК-Украина", "article": "03_en.txt"}],
[{"text": "Hungary threatens to veto the EU's 22nd sanctions package unless it gets a new pipeline-oil exemption.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The European Commission is considering splitting the package so shadow-fleet measures pass by qualified majority.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1}])

# s05: The Times (not in corpus) on British officials' private planning for a monitoring mission;
# relayed in uk, en, ru.
story("s05_times_monitoring_mission", "foreign_paper", {
"00_uk.txt": """Британія готує місію спостерігачів чисельністю до 4 тисяч військових – The Times
УНІАН
2027-03-20 08:10

Британські посадовці в закритих обговореннях розглядають місію з моніторингу можливого припинення вогню в Україні чисельністю до 4 тисяч військових. Про це в суботу написала газета The Times.

За даними видання, план обговорювали минулого тижня в Лондоні представники восьми країн. «Ми говоримо не про миротворців, а про очі й вуха вздовж лінії», — цитує газета високопосадовця британського уряду, який побажав залишитися анонімним.

Як пише The Times, штаб місії може розміститися в Дніпрі, а перші спостерігачі прибудуть не раніше ніж через два місяці після підписання угоди.
""",
"01_en.txt": """UK drawing up plans for 4,000-strong ceasefire monitoring mission in Ukraine – The Times
Kyiv Post
20.03.2027 10:25

British officials are privately drawing up plans for a mission of up to 4,000 military personnel to monitor a possible ceasefire in Ukraine, The Times reported on Saturday.

Representatives of eight countries discussed the plan in London last week, the newspaper said. "We are talking not about peacekeepers but about eyes and ears along the line," a senior British government official told the paper on condition of anonymity.

The mission's headquarters could be based in Dnipro, and the first monitors would arrive no earlier than two months after an agreement is signed, according to The Times.
""",
"02_ru.txt": """The Times: Лондон готовит миссию наблюдателей до 4 тысяч военных
Обозреватель
2027-03-20T11:40:00+02:00

Британские чиновники в неофициальном порядке прорабатывают миссию по наблюдению за возможным прекращением огня в Украине численностью до 4 тысяч военных, сообщила в субботу газета The Times.

По информации издания, план на прошлой неделе обсуждали в Лондоне представители восьми государств. «Речь не о миротворцах, а о глазах и ушах вдоль линии фронта», — приводит газета слова высокопоставленного британского чиновника.

Штаб миссии, по данным The Times, может находиться в Днепре.
""",
}, [{"name": "The Times", "in_corpus": False}],
[{"origin": "The Times", "article": a} for a in ("00_uk.txt", "01_en.txt", "02_ru.txt")],
[{"text": "British officials are privately planning a ceasefire monitoring mission of up to 4,000 military personnel in Ukraine.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The mission's headquarters could be based in Dnipro.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt"], "independent_sources": 1}])

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
        stories.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                        "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 63 (events invented, real media names); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
