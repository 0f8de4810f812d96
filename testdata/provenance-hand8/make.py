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
