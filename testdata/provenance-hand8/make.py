#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand8 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: outside agency, relayed 5x under several spellings; credit in a clause, at paragraph end,
# after a dash ("so die ..."), "цитує", "пересказываем", "selon nos confrères de"
story("h01_outside_trawler_sinking", "external", {
"00_en.txt": """Seven rescued after trawler sinks off the Isle of Brannock
Southbrook Times
2025-11-05T16:40:00+00:00

Seven fishermen were pulled from the sea off the Isle of Brannock early on Wednesday after their trawler, the Saltmarsh Lady, went down in a storm, as first reported by Merrow News Agency.
A coastguard helicopter and the lifeboat from Port Ellery took part in the rescue, which lasted almost three hours.
The vessel's engineer is still missing. A coastguard officer who was not authorised to speak publicly told the agency that the trawler had radioed for help shortly after four in the morning.
The search is to resume at first light on Thursday.
""",
"01_uk.txt": """Біля острова Бреннок затонув траулер: семеро рибалок урятовані, одного шукають
Прибузькі обрії
2025-11-05T19:05:00+02:00

У середу вранці біля британського острова Бреннок під час шторму затонув риболовецький траулер «Солтмарш Леді».
Семеро членів екіпажу врятували гелікоптер берегової охорони та рятувальний човен із Порт-Еллері, цитує британське інформаційне агентство «Мерроу Ньюз» представника берегової охорони.
Механіка судна досі не знайшли. Пошуки відновлять у четвер на світанку.
""",
"02_ru.txt": """У британского острова Бреннок затонул траулер
Новости Заречья
2025-11-05

Рыболовецкий траулер «Солтмарш Леди» затонул в среду утром у острова Бреннок во время шторма. Семерых рыбаков спасли, механик судна пропал без вести.
Спасательная операция продолжалась почти три часа, в ней участвовали вертолёт береговой охраны и спасательная шлюпка из Порт-Эллери. Мы пересказываем сообщение британского агентства Merrow News.
Поиски пропавшего возобновятся в четверг утром.
""",
"03_de.txt": """Fischkutter vor britischer Insel gesunken – ein Seemann vermisst
Rheinauer Tagesbote
2025-11-05T18:15:00+01:00

Vor der britischen Insel Brannock ist am Mittwochmorgen im Sturm der Fischkutter „Saltmarsh Lady" gesunken. Sieben Fischer wurden von einem Hubschrauber der Küstenwache und einem Rettungsboot aus Port Ellery geborgen, der Maschinist wird noch vermisst – so die britische Nachrichtenagentur Merrow.
Die Suche soll am Donnerstag bei Tagesanbruch fortgesetzt werden.
""",
"04_fr.txt": """Naufrage d'un chalutier au large de l'île de Brannock
La Dépêche de Montclaret
2025-11-05

Selon nos confrères de l'agence britannique Merrow News, le chalutier Saltmarsh Lady a sombré mercredi à l'aube au large de l'île de Brannock, en pleine tempête.
Sept marins ont été hélitreuillés ou recueillis par le canot de sauvetage de Port Ellery. Le mécanicien du navire reste porté disparu et les recherches reprendront jeudi matin.
""",
}, [("Merrow News Agency", False)],
   [("Merrow News Agency", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"]],
   [("The trawler Saltmarsh Lady sank off the Isle of Brannock on Wednesday morning; seven crew rescued, the engineer missing",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# h02: in-corpus own report ("передає кореспондент «Полтвинського дзвону»", a priest quoted),
# relayed in en with the credit inside a relative clause, and translated into ru without credit
story("h02_own_church_fire", "in_corpus", {
"00_uk.txt": """У Глинищі згоріла дерев'яна церква XVIII століття
Полтвинський дзвін
2025-09-13T21:30:00+03:00

У суботу ввечері в селі Глинище згоріла дерев'яна церква Святого Миколая, збудована 1764 року. Вогонь знищив дах і дзвіницю, передає кореспондент «Полтвинського дзвону».
Рятувальники та місцеві жителі встигли винести з храму іконостас і старовинні ікони.
«Пожежа почалася з дзвіниці, ймовірно, через несправну проводку», — сказав настоятель храму отець Мирон Гуцало.
""",
"01_en.txt": """Fire destroys 18th-century wooden church in western Ukraine
The Carpathian Review
2025-09-14T10:00:00+01:00

A wooden church built in 1764 burned down in the village of Hlynyshche on Saturday evening.
The fire, which the regional newspaper Poltvynskyi Dzvin was the first to report, destroyed the roof and the bell tower of St Nicholas church.
Firefighters and villagers managed to carry out the iconostasis and the old icons. The parish priest, Father Myron Hutsalo, said faulty wiring in the bell tower was the likely cause.
""",
"02_ru.txt": """В Глинище сгорела деревянная церковь XVIII века
Западный экспресс
2025-09-14T08:45:00+03:00

В субботу вечером в селе Глинище сгорела деревянная церковь Святого Николая, построенная в 1764 году. Огонь уничтожил крышу и колокольню.
Спасатели и местные жители успели вынести из храма иконостас и старинные иконы.
«Пожар начался с колокольни, вероятно, из-за неисправной проводки», — сказал настоятель храма отец Мирон Гуцало.
""",
}, [("Полтвинський дзвін", True)],
   [("Полтвинський дзвін", "01_en.txt"), ("Полтвинський дзвін", "02_ru.txt")],
   [("The wooden church of St Nicholas (1764) in Hlynyshche burned on Saturday evening; roof and bell tower destroyed, icons saved",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# h03: chain A (en own) -> B (uk, credits A) -> C (de, credits only B, "laut einem Bericht des")
story("h03_chain_coin_hoard", "chain", {
"00_en.txt": """Farm worker unearths hoard of 312 medieval silver coins near Ashgrove
The Ashgrove Ledger
2025-07-22T17:00:00+01:00

A seasonal worker from Ukraine has found a hoard of 312 silver coins at Nettlecombe Farm outside Ashgrove.
Taras Velychko, 27, hit a clay pot with his spade while clearing a drainage ditch last week and called the farm manager.
A reporter for the Ashgrove Ledger was in the field on Tuesday when archaeologists from the county museum lifted the last of the coins, most of them pennies from the reign of Edward III.
The find has been reported to the coroner, who will decide whether it is treasure.
""",
"01_uk.txt": """Сезонний працівник зі Ставища знайшов в Англії скарб середньовічних монет
Ставище онлайн
2025-07-23T09:30:00+03:00

Двадцятисемирічний Тарас Величко зі Ставища, який працює на фермі в Англії, знайшов глиняний горщик із 312 срібними монетами XIV століття.
Скарб виявився в рові на фермі Неттлкомб поблизу міста Ешгров, коли чоловік розчищав дренажну канаву.
Як розповідає британська місцева газета «Ешгров Леджер», у вівторок археологи окружного музею дістали з землі останні монети. Подальшу долю скарбу вирішить коронер.
""",
"02_de.txt": """Ukrainischer Erntehelfer findet Silberschatz in England
Allgäuer Abendpost
2025-07-23T15:20:00+02:00

Ein 27-jähriger Erntehelfer aus der Ukraine hat laut einem Bericht des ukrainischen Nachrichtenportals Stavyshche Online auf einem Bauernhof bei Ashgrove in England einen Tontopf mit 312 mittelalterlichen Silbermünzen ausgegraben.
Taras Welytschko stieß beim Ausheben eines Grabens auf den Topf. Ob der Fund als Schatz gilt, muss nun ein Untersuchungsrichter entscheiden.
""",
}, [("The Ashgrove Ledger", True)],
   [("The Ashgrove Ledger", "01_uk.txt"), ("Ставище онлайн", "02_de.txt")],
   [("Ukrainian seasonal worker Taras Velychko found 312 medieval silver coins in a pot at a farm near Ashgrove",
     ["00_en.txt", "01_uk.txt", "02_de.txt"], 1)])

# h04: outside TV channel; the uk relay adds its own confirmation (reporter visited the bridge)
story("h04_confirmed_bridge_cracks", "confirmation", {
"00_uk.txt": """Міст через Тернівку закрили для вантажівок через тріщини в опорах
Тернівські вісті
2025-10-20T13:10:00+03:00

Про тріщини в опорах Старого мосту через річку Тернівку в неділю ввечері першим розповів регіональний телеканал «Тернівка ТВ», який показав відео з-під мосту.
У понеділок кореспондентка «Тернівських вістей» побувала на мосту: знаки, що забороняють проїзд вантажівок масою понад 3,5 тонни, уже встановлені, а на двох опорах видно тріщини завширшки в палець.
У міському управлінні доріг обіцяють обстежити міст до кінця тижня.
""",
"01_en.txt": """Ukrainian city bars lorries from bridge after cracks found
East Bank Bulletin
2025-10-20T12:00:00+01:00

Lorries heavier than 3.5 tonnes have been banned from the Old Bridge over the Ternivka river after cracks were found in two of its piers.
The regional television channel Ternivka TV broadcast footage of the cracks on Sunday evening.
The city's roads department says engineers will inspect the bridge by the end of the week.
""",
"02_ru.txt": """В Тернивке закрыли мост для грузовиков
Левобережье.Инфо
2025-10-20

Старый мост через реку Тернивку закрыт для грузовиков массой более 3,5 тонны: в двух опорах обнаружены трещины. Сюжет о трещинах в воскресенье вечером показал региональный телеканал «Тернивка ТВ».
Обследовать мост в городском управлении дорог обещают до конца недели.
""",
}, [("Тернівка ТВ", False), ("Тернівські вісті", True)],
   [("Тернівка ТВ", a) for a in ["00_uk.txt", "01_en.txt", "02_ru.txt"]],
   [("The Old Bridge over the Ternivka was closed to lorries over 3.5 tonnes after cracks were found in two piers",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 2)])

# h05: two independent own reports (en: anonymous sources told the paper; uk: port chairman
# confirmed to the weekly), later relayed together in ru and fr (two edges each)
story("h05_two_own_port_sale", "independent", {
"00_en.txt": """Halvard Lines in talks to buy Ukrainian river port
The Drayfield Post
2025-06-02T07:00:00+01:00

The Norwegian-British shipping group Halvard Lines is in advanced talks to buy a controlling stake in the river port of Kamianobrid on the Dnipro, two people familiar with the negotiations told the Drayfield Post.
The deal would value the port at about 40 million dollars, the people said, asking not to be named because the talks are confidential.
Halvard Lines declined to comment.
""",
"01_uk.txt": """Порт Кам'янобрід може перейти під контроль норвезько-британської компанії
Біржовий огляд
2025-06-02T11:20:00+03:00

Голова наглядової ради річкового порту Кам'янобрід Остап Варениця підтвердив «Біржовому огляду», що порт веде переговори з компанією Halvard Lines про продаж контрольного пакета акцій.
«Ми обговорюємо умови, рішення може бути ухвалене вже восени», — сказав він.
Суму угоди Варениця не назвав.
""",
"02_ru.txt": """Норвежско-британская Halvard Lines может купить порт Камянобрид
Новости Заречья
2025-06-03

Судоходная группа Halvard Lines ведёт переговоры о покупке контрольного пакета речного порта Камянобрид на Днепре.
О сделке первым написал британский Drayfield Post, а позже, независимо от него, — украинский еженедельник «Биржевой обзор», которому переговоры подтвердил глава наблюдательного совета порта Остап Вареница.
Британская газета оценивает порт примерно в 40 миллионов долларов.
""",
"03_fr.txt": """Le groupe Halvard Lines négocie le rachat d'un port fluvial ukrainien
La Dépêche de Montclaret
2025-06-03T09:00:00+02:00

L'armateur Halvard Lines négocie l'achat d'une participation majoritaire dans le port fluvial de Kamianobrid, sur le Dniepr.
L'information, révélée lundi par le quotidien britannique Drayfield Post, a été recoupée de son côté par l'hebdomadaire ukrainien Birzhovyi Ohliad, auquel le président du conseil de surveillance du port l'a confirmée.
""",
}, [("The Drayfield Post", True), ("Біржовий огляд", True)],
   [("The Drayfield Post", "02_ru.txt"), ("Біржовий огляд", "02_ru.txt"),
    ("The Drayfield Post", "03_fr.txt"), ("Біржовий огляд", "03_fr.txt")],
   [("Halvard Lines is negotiating to buy a controlling stake in the Kamianobrid river port",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 2)])

# h06: own report from an anonymous source in the mayor's office (ru), relayed in uk (credit at the
# end of the paragraph, "йдеться в публікації"), en (credit closing the paragraph) and de ("beruft sich")
story("h06_anonymous_tram_closure", "anonymous", {
"00_ru.txt": """Мэрия Кривобережья готовит закрытие трамвая
Кривобережский вестник
2025-03-11T18:00:00+03:00

Мэрия Кривобережья собирается с 2027 года закрыть все три трамвайные линии города и заменить их автобусами.
Собеседник «Кривобережского вестника» в мэрии, попросивший не называть его имени, рассказал, что проект решения уже разослан депутатам городского совета. По его словам, ремонт путей обошёлся бы городу в 1,2 миллиарда рублей.
Официально в мэрии планы не комментируют.
""",
"01_uk.txt": """У Кривобережжі можуть закрити трамвай
Новини Лівобережжя
2025-03-12T08:15:00+02:00

Міська влада Кривобережжя планує з 2027 року закрити всі три трамвайні лінії й пустити замість них автобуси. Проєкт рішення вже отримали депутати міської ради, — йдеться в публікації «Кривобережського вісника», який посилається на неназване джерело в мерії.
Ремонт колій, за даними джерела, коштував би місту 1,2 мільярда рублів.
""",
"02_en.txt": """Kryvoberezh plans to scrap its trams
East Bank Bulletin
2025-03-12T10:30:00+00:00

The city of Kryvoberezh intends to close all three of its tram lines from 2027 and replace them with buses. A draft decision has already been sent to city councillors. The information came from the Russian-language paper Kryvoberezhsky Vestnik, which quoted a city hall official who asked not to be named.
Repairing the tracks would cost the city about 1.2 billion roubles, the official said. The mayor's office has not commented.
""",
"03_de.txt": """Kriwobereschje will Straßenbahn abschaffen
Rheinauer Tagesbote
2025-03-12

Die Stadt Kriwobereschje will ab 2027 alle drei Straßenbahnlinien stilllegen und durch Busse ersetzen. Die Zeitung Kriwobereschski Westnik beruft sich auf einen Mitarbeiter der Stadtverwaltung, der anonym bleiben wollte.
Eine Sanierung der Gleise würde demnach 1,2 Milliarden Rubel kosten.
""",
}, [("Кривобережский вестник", True)],
   [("Кривобережский вестник", a) for a in ["01_uk.txt", "02_en.txt", "03_de.txt"]],
   [("Kryvoberezh plans to close its three tram lines from 2027 and replace them with buses",
     ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1)])

# h07: look-alike A (balloon on a road near Ostrivne, Saturday 16 August): own report with no
# outlet line, outlet only in the title suffix "– Острівненський край", self-reference "наш кореспондент"
story("h07_lookalike_balloon_road", "lookalike", {
"00_uk.txt": """Повітряна куля сіла просто на трасу під Острівним – Острівненський край
2025-08-16T11:40:00+03:00

У суботу вранці повітряна куля з чотирма пасажирами здійснила вимушену посадку на трасі Острівне – Гайове, за кілометр від міста.
Наш кореспондент прибув на місце за пів години й бачив, як поліцейські перекривали рух, а пілот разом із пасажирами згортав оболонку кулі.
Ніхто не постраждав. За словами пілота, кулю знесло поривом вітру, і сісти в поле він не встиг.
""",
"01_en.txt": """Hot-air balloon makes emergency landing on Ukrainian highway
East Bank Bulletin
2025-08-16T14:00:00+01:00

A hot-air balloon carrying four passengers came down on the Ostrivne–Haiove road on Saturday morning, about a kilometre outside Ostrivne. Nobody was hurt.
The local news site Ostrivnenskyi Krai, whose reporter reached the road within half an hour, posted photographs of police closing the road while the crew folded the envelope.
The pilot blamed a sudden gust of wind.
""",
"02_ru.txt": """Воздушный шар приземлился на трассу под Островным
Левобережье.Инфо
2025-08-16

В субботу утром воздушный шар с четырьмя пассажирами совершил вынужденную посадку на трассе Островное – Гаевое. Пострадавших нет.
Фото с места опубликовал сайт «Островненский край», по данным которого шар снесло порывом ветра.
""",
}, [("Острівненський край", True)],
   [("Острівненський край", "01_en.txt"), ("Острівненський край", "02_ru.txt")],
   [("A hot-air balloon with four passengers made an emergency landing on the Ostrivne-Haiove road on Saturday morning; nobody hurt",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# h08: look-alike B (balloon in a lake near Verbivka, Sunday 24 August, six passengers, pilot hurt);
# shares the relaying outlets with h07 and recalls h07 in its last sentence
story("h08_lookalike_balloon_lake", "lookalike", {
"00_uk.txt": """Під Вербівкою повітряна куля впала в озеро
Вербівський тиждень
2025-08-24T21:15:00+03:00

У неділю ввечері повітряна куля з шістьма пасажирами опустилася на воду Білого озера біля Вербівки.
Журналістка «Вербівського тижня» поговорила з пілотом Андрієм Козаком, який підвернув ногу, коли вибирався з кошика: за його словами, над озером раптово стих вітер і куля почала швидко знижуватися.
Пасажирів до берега доправили рибалки на човнах.
Це вже друга вимушена посадка повітряної кулі в області за тиждень: 16 серпня куля сіла на трасу під Острівним.
""",
"01_en.txt": """Balloon ditches in lake near Verbivka, pilot injured
East Bank Bulletin
2025-08-25T09:20:00+01:00

A hot-air balloon with six passengers on board came down in White Lake near Verbivka on Sunday evening. Anglers in boats brought everyone ashore.
The pilot, Andrii Kozak, twisted his ankle climbing out of the basket, he told the weekly Verbivskyi Tyzhden, adding that the wind had dropped suddenly over the water.
""",
"02_ru.txt": """Под Вербовкой воздушный шар упал в озеро
Левобережье.Инфо
2025-08-25

В воскресенье вечером воздушный шар с шестью пассажирами опустился на воду Белого озера у Вербовки. Пассажиров вытащили рыбаки, пилот подвернул ногу.
Как рассказал пилот Андрей Козак еженедельнику «Вербовская неделя», над озером внезапно стих ветер.
""",
}, [("Вербівський тиждень", True)],
   [("Вербівський тиждень", "01_en.txt"), ("Вербівський тиждень", "02_ru.txt")],
   [("A hot-air balloon with six passengers came down in White Lake near Verbivka on Sunday evening; the pilot was injured",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 8 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for o, a in relays:
            assert a in names, (id, a)
        for _, ca, _ in claims:
            assert set(ca) <= names, id
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(S), "stories,", sum(len(x[2]) for x in S), "articles")

if __name__ == "__main__":
    main()
