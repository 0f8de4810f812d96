#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand2 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

story("h01_external_relayed", "external", {
"00_en.txt": """Port of Solonivka to buy four electric cranes after winter storms
Black Sea Monitor
2024-03-05T09:40:00+02:00

The port of Solonivka will buy four electric gantry cranes to replace equipment wrecked by the February storms, according to a report in The Northern Chronicle.
The British weekly said the cranes would cost about 31 million euros and arrive before the autumn grain season.
"We lost almost half of our loading capacity in one night," port director Halyna Merezhko told the newspaper.
Solonivka handles most of the grain shipped from the southern Stepove district.
""",
"01_uk.txt": """Порт Солонівка купить чотири електричні крани після зимових штормів
Полісся сьогодні
2024-03-05T13:05:00+02:00

Порт Солонівка придбає чотири електричні портальні крани замість техніки, знищеної лютневими штормами, пише британське видання The Northern Chronicle.
За даними газети, крани коштуватимуть близько 31 мільйона євро.
«Ми за одну ніч втратили майже половину потужностей навантаження», — сказала виданню директорка порту Галина Мережко.
""",
"02_de.txt": """Hafen Solonivka kauft nach Winterstürmen vier Elektrokräne
Ostsee-Bote
2024-03-06

Der ukrainische Hafen Solonivka will vier elektrische Portalkräne kaufen, wie die britische Wochenzeitung Northern Chronicle berichtet.
Die Kräne sollen rund 31 Millionen Euro kosten und vor der Getreidesaison im Herbst geliefert werden.
Die Stürme im Februar hatten fast die Hälfte der Verladekapazität zerstört, sagte Hafendirektorin Halyna Merezhko der Zeitung.
""",
"03_ru.txt": """Порт Солоновка закупит четыре электрических крана
Сибирский телеграф
2024-03-06T18:20:00+03:00

Порт Солоновка закупит четыре электрических портальных крана взамен техники, уничтоженной февральскими штормами. Об этом сообщает британский еженедельник The Northern Chronicle.
По данным издания, стоимость кранов составит около 31 миллиона евро.
Директор порта Галина Мережко заявила, что за одну ночь порт потерял почти половину мощностей погрузки.
""",
}, [("The Northern Chronicle", False)],
[("The Northern Chronicle", a) for a in ["00_en.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"]],
[("Port of Solonivka buys four electric cranes for about 31 million euros", ["00_en.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"], 1)])

story("h02_chain", "chain", {
"00_uk.txt": """У Вербівці відкрили першу в області школу з укриттям на 600 учнів
Харківський оглядач
2024-09-02T08:15:00+03:00

У селищі Вербівка сьогодні відкрили школу, під якою облаштували укриття на 600 учнів.
Кореспондент «Харківського оглядача» побував на відкритті та спустився до підземних класів.
Будівництво тривало 14 місяців і коштувало 92 мільйони гривень.
«Тепер діти можуть навчатися навіть під час тривоги», — сказала директорка школи Оксана Дзюба.
""",
"01_en.txt": """School with shelter for 600 pupils opens in Verbivka
Zhytomyr Daily
2024-09-02T14:30:00+03:00

A school with an underground shelter for 600 pupils opened in the village of Verbivka on Monday, the Kharkiv-based outlet Kharkivskyi Ohliadach reported.
Construction took 14 months and cost 92 million hryvnias, the outlet said.
Headteacher Oksana Dziuba told the outlet that lessons could now continue during air-raid alerts.
""",
"02_ru.txt": """В Вербовке открылась школа с укрытием на 600 учеников
Невский наблюдатель
2024-09-03T10:00:00+03:00

В поселке Вербовка открылась школа с подземным укрытием на 600 учеников, сообщает Zhytomyr Daily.
По данным издания, строительство заняло 14 месяцев и обошлось в 92 миллиона гривен.
Директор школы Оксана Дзюба сказала, что занятия теперь не будут прерываться во время тревог.
""",
}, [("Харківський оглядач", True)],
[("Харківський оглядач", "01_en.txt"), ("Zhytomyr Daily", "02_ru.txt")],
[("School in Verbivka opens with a shelter for 600 pupils, cost 92 million hryvnias", ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

story("h03_uncredited_copy", "reuse", {
"00_en.txt": """City council in Hordivka plans to sell its bus depot to a private operator
Lviv Evening Herald
2024-05-14T19:00:00+03:00

The city council of Hordivka is preparing to sell its municipal bus depot to a private transport company, two people familiar with the plans told the Lviv Evening Herald.
The sale could bring the city about 140 million hryvnias, according to one of them.
A council vote is expected before the end of June, the people said, speaking on condition of anonymity because the talks are not public.
Drivers' union leader Petro Kushnir said he had not been consulted.
""",
"01_en.txt": """Hordivka plans to sell municipal bus depot
Sunrise Bulletin
2024-05-15T07:45:00+03:00

The city council of Hordivka is preparing to sell its municipal bus depot to a private transport company.
The sale could bring the city about 140 million hryvnias.
A council vote is expected before the end of June, speaking on condition of anonymity because the talks are not public.
Drivers' union leader Petro Kushnir said he had not been consulted.
""",
"02_en.txt": """Bus depot sale on the table in Hordivka
hordivka-today.com
2024-05-15

Drivers' union leader Petro Kushnir says he was never consulted.
The city council of Hordivka is preparing to sell its municipal bus depot to a private transport company, and the sale could bring the city about 140 million hryvnias.
A council vote is expected before the end of June.
""",
}, [("Lviv Evening Herald", True)],
[("Lviv Evening Herald", "01_en.txt"), ("Lviv Evening Herald", "02_en.txt")],
[("Hordivka council plans to sell its bus depot for about 140 million hryvnias", ["00_en.txt", "01_en.txt", "02_en.txt"], 1)])

story("h04_relay_confirm", "relay_plus_own", {
"00_de.txt": """Ukraine will Mautsystem für Lastwagen einführen
Elbtal-Nachrichten
2024-11-20T11:00:00+01:00

Die Ukraine will ab Juli eine streckenabhängige Maut für Lastwagen über 12 Tonnen einführen. Das berichtet die Rhein-Main-Tribüne unter Berufung auf einen Gesetzentwurf.
Die Einnahmen von jährlich rund 9 Milliarden Hrywnja sollen in die Reparatur von Fernstraßen fließen.
Spediteure kritisieren den Zeitplan als zu knapp.
""",
"01_uk.txt": """Україна запровадить плату за проїзд для вантажівок з липня
Буковинська газета
2024-11-20T17:40:00+02:00

Україна з липня запровадить плату за проїзд автошляхами для вантажівок масою понад 12 тонн, повідомляє німецька газета Rhein-Main-Tribüne.
За її даними, надходження сягатимуть близько 9 мільярдів гривень на рік.
Речник Міністерства інфраструктури Андрій Калюжний підтвердив «Буковинській газеті», що законопроєкт уже погоджено урядом.
За словами Калюжного, кошти підуть на ремонт магістральних доріг.
""",
"02_ru.txt": """Украина введет плату за проезд для грузовиков
Сибирский телеграф
2024-11-21T09:10:00+03:00

Украина с июля введет плату за проезд для грузовиков массой более 12 тонн, пишет немецкая газета Rhein-Main-Tribüne.
Доходы оцениваются примерно в 9 миллиардов гривен в год.
""",
}, [("Rhein-Main-Tribüne", False), ("Буковинська газета", True)],
[("Rhein-Main-Tribüne", "00_de.txt"), ("Rhein-Main-Tribüne", "01_uk.txt"), ("Rhein-Main-Tribüne", "02_ru.txt")],
[("Ukraine to introduce truck toll from July for vehicles over 12 tonnes", ["00_de.txt", "01_uk.txt", "02_ru.txt"], 2)])

story("h05_two_independent", "two_independent", {
"00_ru.txt": """На заводе в Кременецке остановили цех после утечки аммиака
Невский наблюдатель
2024-07-11T16:00:00+03:00

На химическом заводе в Кременецке после утечки аммиака остановлен цех по производству удобрений.
Наш корреспондент на месте видел, как пожарные расчеты оцепили территорию завода.
По словам рабочих, с которыми поговорил корреспондент, пострадавших нет.
Жителей ближайших улиц попросили закрыть окна.
""",
"01_de.txt": """Ammoniakleck in Chemiewerk von Kremenezk
Havelland Kurier
2024-07-11T17:30:00+02:00

Nach einem Ammoniakleck ist im Chemiewerk von Kremenezk die Düngemittelproduktion gestoppt worden.
Werksleiter Sergej Wolnow sagte unserer Zeitung am Telefon, die Anlage bleibe mindestens eine Woche geschlossen.
Verletzt wurde nach seinen Angaben niemand.
""",
"02_en.txt": """Ammonia leak halts fertiliser unit in Kremenetsk
Black Sea Monitor
2024-07-12T08:00:00+03:00

A fertiliser unit at the chemical plant in Kremenetsk has been shut down after an ammonia leak, Nevsky Nablyudatel and the German paper Havelland Kurier both reported.
No one was hurt, according to both outlets.
Plant director Sergei Volnov told Havelland Kurier the unit would stay closed for at least a week.
""",
}, [("Невский наблюдатель", True), ("Havelland Kurier", True)],
[("Невский наблюдатель", "02_en.txt"), ("Havelland Kurier", "02_en.txt")],
[("Ammonia leak shuts fertiliser unit at Kremenetsk chemical plant", ["00_ru.txt", "01_de.txt", "02_en.txt"], 2)])

story("h06_wire_agency", "agency", {
"00_en.txt": """Rail link between Ostrohirsk and the border reopens after repairs
Zhytomyr Daily
2024-04-22T12:10:00+03:00

OSTROHIRSK (Northstar Press Agency) — The rail link between Ostrohirsk and the western border reopened on Monday after three months of repairs to a damaged bridge.
Eight passenger trains a day will run on the line, the rail operator said.
Repairs cost 410 million hryvnias.
""",
"01_de.txt": """Bahnstrecke von Ostrohirsk zur Grenze wieder offen
Ostsee-Bote
2024-04-22T15:00:00+02:00

Die Bahnstrecke zwischen Ostrohirsk und der Westgrenze ist nach dreimonatiger Reparatur einer Brücke wieder in Betrieb, meldet die Nachrichtenagentur Northstar Press Agency.
Täglich sollen acht Personenzüge verkehren.
Die Reparatur kostete 410 Millionen Hrywnja.
""",
"02_uk.txt": """Залізницю між Острогірськом і кордоном відновили після ремонту
Полісся сьогодні
2024-04-22T16:45:00+03:00

Залізничне сполучення між Острогірськом і західним кордоном відновили після тримісячного ремонту мосту, передає агентство Northstar Press Agency.
Щодня курсуватимуть вісім пасажирських поїздів.
Ремонт коштував 410 мільйонів гривень.
""",
}, [("Northstar Press Agency", False)],
[("Northstar Press Agency", a) for a in ["00_en.txt", "01_de.txt", "02_uk.txt"]],
[("Ostrohirsk rail link reopens after bridge repairs costing 410 million hryvnias", ["00_en.txt", "01_de.txt", "02_uk.txt"], 1)])

story("h07_person_quoted", "in_corpus", {
"00_en.txt": """Water utility in Lisnyky warns of summer rationing
Zhytomyr Daily
2024-06-03T10:20:00+03:00

Households in Lisnyky may receive tap water only six hours a day this summer, the head of the city water utility told Zhytomyr Daily in an interview.
"The reservoir is at 38 percent, the lowest level we have recorded," said Ihor Brovchenko, director of Lisnyky Vodokanal.
Brovchenko said a new pipeline from the Sukha river would not be ready before October.
""",
"01_uk.txt": """У Лісниках улітку можуть обмежити подачу води
Харківський оглядач
2024-06-03T15:00:00+03:00

Мешканці Лісників улітку можуть отримувати воду лише шість годин на добу, повідомляє Zhytomyr Daily.
«Водосховище заповнене на 38 відсотків — це найнижчий рівень за всю історію спостережень», — заявив виданню директор «Лісники Водоканалу» Ігор Бровченко.
Новий водогін від річки Суха, за його словами, не буде готовий до жовтня.
""",
"02_ru.txt": """В Лесниках летом могут ввести график подачи воды
Невский наблюдатель
2024-06-04T09:00:00+03:00

Директор водоканала Лесников Игорь Бровченко в интервью Zhytomyr Daily заявил, что летом жители могут получать воду лишь шесть часов в сутки.
«Водохранилище заполнено на 38 процентов», — сказал Бровченко.
""",
}, [("Zhytomyr Daily", True)],
[("Zhytomyr Daily", "01_uk.txt"), ("Zhytomyr Daily", "02_ru.txt")],
[("Lisnyky may ration tap water to six hours a day, reservoir at 38 percent", ["00_en.txt", "01_uk.txt", "02_ru.txt"], 1)])

story("h08_anonymous_external_chain", "external_chain", {
"00_en.txt": """Government weighs merging two state energy companies
Lviv Evening Herald
2024-10-08T18:00:00+03:00

The government is considering merging the state grid operator Enerhomerezha with the state hydro company Dniprohydro, The Courland Review reported, citing three officials who spoke on condition of anonymity.
The merger could be announced by December, one of the officials told the magazine.
A spokesperson for the energy ministry declined to comment.
""",
"01_ru.txt": """Правительство обсуждает слияние двух госкомпаний энергетики
Невский наблюдатель
2024-10-08T20:30:00+03:00

Правительство рассматривает слияние государственного оператора сетей «Энергосеть» с гидрокомпанией «Днепрогидро», пишет The Courland Review со ссылкой на источники в правительстве.
По словам одного из собеседников издания, решение может быть объявлено до декабря.
""",
"02_de.txt": """Regierung erwägt Fusion zweier staatlicher Energiekonzerne
Elbtal-Nachrichten
2024-10-09T08:00:00+02:00

Die ukrainische Regierung erwägt, den Netzbetreiber Enerhomerezha mit dem Wasserkraftkonzern Dniprohydro zu verschmelzen. Das berichtet das russischsprachige Portal Nevsky Nablyudatel unter Berufung auf The Courland Review.
Die Fusion könnte demnach bis Dezember angekündigt werden.
""",
}, [("The Courland Review", False)],
[("The Courland Review", "00_en.txt"), ("The Courland Review", "01_ru.txt"), ("Невский наблюдатель", "02_de.txt")],
[("Government considers merging Enerhomerezha and Dniprohydro, announcement by December", ["00_en.txt", "01_ru.txt", "02_de.txt"], 1)])

story("h09_no_relays", "all_own", {
"00_uk.txt": """Повінь у Кам'янці-Бережній: вода підтопила понад сто дворів
Буковинська газета
2024-02-18T12:00:00+02:00

Через раптову відлигу річка Бережанка вийшла з берегів і підтопила понад сто дворів у Кам'янці-Бережній.
Наш кореспондент бачив, як рятувальники на човнах вивозили людей з нижньої частини села.
Місцева мешканка Ганна Савчук розповіла, що вода піднялася за дві години.
""",
"01_en.txt": """Thaw floods more than 100 homes in Kamianka-Berezhna
Black Sea Monitor
2024-02-18T15:20:00+02:00

More than a hundred homes in Kamianka-Berezhna were flooded after the Berezhanka river burst its banks during a sudden thaw.
Our reporter in the village saw volunteers stacking sandbags along the main road.
"We have never seen the water this high in February," farmer Vasyl Ostapchuk said.
""",
"02_de.txt": """Hochwasser in Kamjanka-Bereschna
Havelland Kurier
2024-02-19T07:00:00+01:00

Nach plötzlichem Tauwetter hat der Fluss Bereschanka in Kamjanka-Bereschna mehr als hundert Höfe überflutet.
Unsere Reporterin war vor Ort: Im unteren Dorfteil standen die Keller bis zur Decke unter Wasser.
Der Dorfvorsteher Mykola Hnatiuk sagte ihr, die Schule werde als Notunterkunft genutzt.
""",
}, [("Буковинська газета", True), ("Black Sea Monitor", True), ("Havelland Kurier", True)],
[],
[("Berezhanka river floods more than 100 homes in Kamianka-Berezhna", ["00_uk.txt", "01_en.txt", "02_de.txt"], 3)])

story("h10_title_attribution", "external_chain", {
"00_en.txt": """Nordic fund to finance solar parks on former airfields
Sunrise Bulletin
Tue, 12 Mar 2024 10:00:00 +0200

A Nordic investment fund is preparing to finance solar parks on three former military airfields in central Ukraine, the Norwegian daily Nordlys Tidende reported.
The parks would have a combined capacity of 250 megawatts, the newspaper wrote.
The first construction works could begin in the summer.
""",
"01_en.txt": """Nordic fund to back 250 MW of solar on old airfields – Nordlys Tidende

A Nordic investment fund plans to finance solar parks on three former military airfields in central Ukraine.
Nordlys Tidende reported this, as relayed by Sunrise Bulletin.
The combined capacity would be 250 megawatts, the newspaper writes.
""",
"02_uk.txt": """Північний фонд профінансує сонячні електростанції на колишніх аеродромах
bukovyna-gazeta.ua
2024-03-12

Північний інвестиційний фонд готується фінансувати сонячні парки на трьох колишніх військових аеродромах у центральній Україні, повідомляє норвезька газета Nordlys Tidende.
Сумарна потужність парків становитиме 250 мегаватів.
""",
}, [("Nordlys Tidende", False)],
[("Nordlys Tidende", "00_en.txt"), ("Sunrise Bulletin", "01_en.txt"), ("Nordlys Tidende", "02_uk.txt")],
[("Nordic fund to finance 250 MW of solar parks on three former airfields", ["00_en.txt", "01_en.txt", "02_uk.txt"], 1)])

out = os.path.join(ROOT, "stories")
shutil.rmtree(out, ignore_errors=True)
labels = []
for id, scen, arts, origins, relays, claims in S:
    os.makedirs(os.path.join(out, id))
    for fn, txt in arts.items():
        open(os.path.join(out, id, fn), "w").write(txt)
    labels.append({"id": id, "scenario": scen, "articles": sorted(arts),
                   "origins": [{"name": n, "in_corpus": c} for n, c in origins],
                   "relays": [{"origin": o, "article": a} for o, a in relays],
                   "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims]})
json.dump({"about": "Hand-written provenance test set 2 (invented); see README.md.", "stories": labels},
          open(os.path.join(ROOT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(S), sum(len(s[2]) for s in S))
