#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand47 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside news agency Corvant relayed by all five. Credit placement: ru in the SECOND sentence
# ("… остановят в мае. Об этом сообщило агентство «Корвант» …") plus a BACKGROUND trap ("Ранее
# украинское издание «Слободской курьер» писало о проблемах завода …" = older, different report of an
# in-corpus outlet: no edge); uk credit between dashes in the middle of a long sentence; en "Corvant
# had reported earlier" in the second sentence; de "wie … Corvant am Montag berichtet hatte"; fr
# (no date line) "selon nos confrères de l'agence Corvant".
story("r01_agency_pipe_plant", "agency", {
"00_ru.txt": """Лысогорский трубный завод остановят в мае, 1400 рабочих уйдут в простой
Вечерний Затон
2027-04-05 10:40

Лысогорский трубный завод остановят в мае. Об этом сообщило информационное агентство «Корвант» со ссылкой на письмо дирекции предприятия губернатору области.

Согласно письму, производство прекратится 12 мая как минимум на два месяца. Около 1400 рабочих отправят в простой с сохранением двух третей зарплаты. Цеха будут законсервированы, в работе останутся только котельная и служба охраны.

Директор завода Аркадий Селиверстов в письме объясняет решение тем, что главный заказчик, газотранспортная компания «Пивдтрансгаз», отказался от заказа на трубы большого диаметра на 2027 год.

Ранее украинское издание «Слободской курьер» писало о проблемах завода с оплатой газа: осенью 2026 года долг предприятия перед поставщиком превышал 80 миллионов.
""",
"01_uk.txt": """Лисогірський трубний завод зупинять 12 травня
Слобідський кур'єр
05.04.2027 12:15

Виробництво на Лисогірському трубному заводі — як пише міжнародне інформаційне агентство Corvant, посилаючись на лист дирекції до голови обласної адміністрації, — зупинять 12 травня щонайменше на два місяці.

Причиною директор заводу Аркадій Селіверстов називає те, що головний замовник, газотранспортна компанія «Півдтрансгаз», відмовився від замовлення на труби великого діаметра на 2027 рік. «Без цього замовлення нам просто нема чого варити», — йдеться в листі.

На час простою в цехах залишать лише котельню та охорону. Профспілка заводу збирається на позачергові збори в четвер.
""",
"02_en.txt": """Lysohirsk pipe works to halt production in May
The Harrowgate Ledger
2027-04-05T14:30:00+00:00

The Lysohirsk pipe works in eastern Ukraine will halt production on 12 May and send about 1,400 workers on paid leave. Corvant News Agency had reported earlier on Monday, citing a letter from the plant's management to the regional governor.

According to the letter, the stoppage will last at least two months. Workers will keep two thirds of their wages, and only the boiler house and security staff will remain on duty.

The plant's director, Arkadiy Seliverstov, wrote that the main customer, the gas pipeline company Pivdtranshaz, had cancelled its order for large-diameter pipes for 2027. The works, founded in 1958, is the largest employer in the town of about 30,000.
""",
"03_de.txt": """Ukrainisches Röhrenwerk Lyssohirsk steht ab Mai still
Ostmark-Rundschau
6. April 2027

Im ostukrainischen Lyssohirsk soll das Röhrenwerk ab dem 12. Mai für mindestens zwei Monate stillstehen, wie die Nachrichtenagentur Corvant am Montag berichtet hatte. Rund 1400 Beschäftigte werden in bezahlten Stillstand geschickt.

Die Agentur beruft sich auf ein Schreiben der Werksleitung an den Gouverneur der Region. Demnach erhalten die Arbeiter während der Pause zwei Drittel ihres Lohns.

Das Werk ist der größte Arbeitgeber der Stadt. Für die Gewerkschaft ist die Nachricht ein Schock; sie will am Donnerstag zu einer außerordentlichen Versammlung zusammenkommen.
""",
"04_fr.txt": """Ukraine : l'usine de tubes de Lyssohirsk va s'arrêter en mai
L'Éveil de Saint-Brac

L'usine de tubes de Lyssohirsk, dans l'est de l'Ukraine, cessera de produire le 12 mai pour au moins deux mois, selon nos confrères de l'agence Corvant, qui ont eu accès à une lettre de la direction au gouverneur de la région.

Le principal client de l'usine, la société gazière Pivdtranshaz, a annulé sa commande de tubes de grand diamètre pour 2027, explique le directeur Arkadi Seliverstov dans ce courrier.

Seules la chaufferie et la sécurité resteront en service pendant l'arrêt.
""",
}, [{"name": "Corvant", "in_corpus": False}],
[{"origin": "Corvant", "article": a} for a in ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_fr.txt"]],
[("The Lysohirsk pipe plant will halt production in May (on 12 May).", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], 1),
 ("About 1,400 workers will be sent on paid leave (keeping two thirds of their wages).", ["00_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("The plant's main customer, a gas pipeline company, cancelled its 2027 order for large-diameter pipes.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "04_fr.txt"], 1),
 ("The stoppage will last at least two months.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], 1)])

# r02: chain uk (own) -> ru -> en -> de. uk own: "Кореспондент «Слобідського кур'єра» побував на
# переправі" + captain "розповів нашому кореспондентові". ru: the credit comes ONLY in the last
# paragraph ("Ранее об этом сообщило украинское издание «Слободской курьер»."). en: the credit is only
# in a SUBHEADING line under the date line. de: credit in the SECOND sentence to the English paper,
# which it says quotes the Russian one: edge from The Harrowgate Ledger only.
story("r02_chain_ferry_aground", "chain", {
"00_uk.txt": """Пором «Чайка-2» сів на мілину: переправу біля Кругляків закрито до червня
Слобідський кур'єр
2027-04-12 08:10

Єдиний автомобільний пором через річку Вербівку біля села Кругляки, «Чайка-2», у суботу ввечері сів на піщану мілину за сотню метрів від лівого берега. Кореспондент «Слобідського кур'єра» побував на переправі в неділю: пором стоїть з помітним креном, на борту залишилися дві вантажівки із зерном.

«Вода за тиждень упала майже на метр, фарватер ніхто не поглиблював з позаминулого року», — розповів нашому кореспондентові капітан порома Петро Гаврилюк. Поромові 41 рік, він перевозить до 20 машин за рейс.

За словами Гаврилюка, зняти пором з мілини зможуть лише після того, як з області пришлють буксир, тож переправа буде закрита щонайменше до червня. Водіям доводиться об'їжджати через міст у Старому Борі — це приблизно 90 кілометрів.
""",
"01_ru.txt": """Паром через Вербовку сел на мель, переправа закрыта до июня
Вечерний Затон
12.04.2027 15:20

Единственный автомобильный паром через реку Вербовку у села Кругляки сел на мель в субботу вечером. На борту остались два грузовика с зерном.

Капитан парома Петр Гаврилюк объясняет аварию тем, что уровень воды за неделю упал почти на метр, а фарватер не углубляли с позапрошлого года. Парому «Чайка-2» 41 год.

Снять судно с мели можно будет только с помощью буксира, поэтому переправа будет закрыта как минимум до июня. Водителям приходится ехать в объезд через мост в Старом Бору — около 90 километров.

Ранее об этом сообщило украинское издание «Слободской курьер».
""",
"02_en.txt": """Only car ferry across the Verbivka runs aground, crossing shut until June
The Harrowgate Ledger
Tue, 13 Apr 2027 09:45:00 +0000

Russian-language daily Vecherny Zaton: the crossing at Kruhliaky will stay closed until June

The only car ferry across the Verbivka river in eastern Ukraine has run aground on a sandbank near the village of Kruhliaky, leaving drivers with a detour of about 90 kilometres via the bridge at Staryi Bir.

The 41-year-old ferry, the Chaika-2, got stuck on Saturday evening with two grain lorries on board. It can only be refloated with a tug, and the crossing is expected to remain shut until at least June.
""",
"03_de.txt": """Einzige Autofähre über die Werbiwka sitzt auf Sandbank fest
Ostmark-Rundschau
13. April 2027

Die einzige Autofähre über den ostukrainischen Fluss Werbiwka sitzt seit Samstag auf einer Sandbank fest. Das berichtet die englischsprachige Zeitung The Harrowgate Ledger unter Berufung auf die russischsprachige Tageszeitung Wetscherni Saton.

Die Fähre „Tschaika-2" kann demnach nur mit einem Schlepper freigeschleppt werden; die Überfahrt bei Kruhljaky bleibt mindestens bis Juni gesperrt. Autofahrer müssen einen Umweg von rund 90 Kilometern fahren.
""",
}, [{"name": "Слобідський кур'єр", "in_corpus": True}],
[{"origin": "Слобідський кур'єр", "article": "01_ru.txt"},
 {"origin": "Вечерний Затон", "article": "02_en.txt"},
 {"origin": "The Harrowgate Ledger", "article": "03_de.txt"}],
[("The only car ferry across the Verbivka river near Kruhliaky ran aground on a sandbank on Saturday.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("The crossing will stay closed until at least June because the ferry can only be refloated with a tug.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("Drivers must make a detour of about 90 km via the bridge at Staryi Bir.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("The captain blamed a water level drop of almost a metre and a channel not dredged since the year before last.", ["00_uk.txt", "01_ru.txt"], 1)])

# r03: two independent own reports (de reporter at the barrier + engineer "sagte der
# Ostmark-Rundschau"; fr correspondent on site + mayor "a déclaré à L'Éveil"), ru credits BOTH in ONE
# sentence ("по данным немецкой газеты … и французского издания …": two edges), uk credits only the
# French paper in the THIRD sentence.
story("r03_two_origins_border_bridge", "independent", {
"00_de.txt": """Sorne-Brücke nach Saint-Brac gesperrt: Risse im Pfeiler
Ostmark-Rundschau
2027-04-19T06:30:00+02:00

Die Grenzbrücke über die Sorne zwischen Kaltenbach und dem französischen Saint-Brac ist seit Sonntagmorgen für den gesamten Verkehr gesperrt. Unsere Reporterin stand am Vormittag an der Absperrung: Rot-weiße Gitter blockieren beide Brückenköpfe, auf der Fahrbahn vermessen Ingenieure den zweiten Pfeiler.

„Wir haben im zweiten Pfeiler Risse von bis zu vier Metern Länge gefunden", sagte Prüfingenieur Matthias Gerlach vom Straßenbauamt Kaltenbach der Ostmark-Rundschau. Die Brücke bleibe mindestens sechs Wochen zu.

Die 1962 gebaute Brücke ist die einzige Straßenverbindung zwischen den beiden Städten innerhalb von 25 Kilometern.
""",
"01_fr.txt": """Le pont de la Sorne fermé : Saint-Brac coupée de Kaltenbach
L'Éveil de Saint-Brac
19 avril 2027

Le pont frontalier sur la Sorne, qui relie Saint-Brac à la ville allemande de Kaltenbach, est fermé à toute circulation depuis dimanche matin, a constaté notre correspondant sur place. Des fissures ont été découvertes dans une pile de l'ouvrage.

« Environ 2 300 frontaliers passent ce pont chaque jour. Nous mettons en place dès mardi une navette de bus pour les piétons jusqu'au pont ferroviaire », a déclaré à L'Éveil la maire de Saint-Brac, Solène Marchetti.

La municipalité demande aux automobilistes d'emprunter le pont de Vaudrecourt, à 25 kilomètres en aval.
""",
"02_ru.txt": """Мост между Кальтенбахом и Сен-Браком закрыт из-за трещин
Вечерний Затон
2027-04-19 18:05

Пограничный мост через реку Зорне между немецким Кальтенбахом и французским Сен-Браком закрыт для всех видов транспорта с воскресенья, по данным немецкой газеты «Остмарк-Рундшау» и французского издания «Эвей де Сен-Брак».

Во второй опоре моста нашли трещины длиной до четырех метров, мост будет закрыт не менее шести недель. Для пешеходов со вторника пустят автобус-челнок до железнодорожного моста.

Каждый день через мост ездят около 2300 человек, работающих по другую сторону границы.
""",
"03_uk.txt": """Прикордонний міст через Зорне закрили через тріщини
Слобідський кур'єр
20.04.2027 09:00

Міст через річку Зорне між Кальтенбахом і Сен-Браком закрили в неділю. Рух автомобілів і пішоходів мостом заборонено. Про це пише французька газета «L'Éveil de Saint-Brac».

Мерія Сен-Брака з вівторка запускає для пішоходів човниковий автобус до залізничного мосту. Щодня мостом користуються близько 2300 людей, які працюють по інший бік кордону.
""",
}, [{"name": "Ostmark-Rundschau", "in_corpus": True}, {"name": "L'Éveil de Saint-Brac", "in_corpus": True}],
[{"origin": "Ostmark-Rundschau", "article": "02_ru.txt"},
 {"origin": "L'Éveil de Saint-Brac", "article": "02_ru.txt"},
 {"origin": "L'Éveil de Saint-Brac", "article": "03_uk.txt"}],
[("The border bridge over the Sorne between Kaltenbach and Saint-Brac has been closed to all traffic since Sunday.", ["00_de.txt", "01_fr.txt", "02_ru.txt", "03_uk.txt"], 2),
 ("Cracks up to four metres long were found in the bridge's second pillar, and it will stay closed for at least six weeks.", ["00_de.txt", "02_ru.txt"], 2),
 ("A shuttle bus for pedestrians to the railway bridge will run from Tuesday.", ["01_fr.txt", "02_ru.txt", "03_uk.txt"], 2),
 ("About 2,300 cross-border commuters use the bridge every day.", ["01_fr.txt", "02_ru.txt", "03_uk.txt"], 2)])

# r04: in-corpus scoop (The Harrowgate Ledger: "draft documents seen by the Ledger" + councillor "told
# the Ledger"), relayed by ru (credit between dashes in the middle of a long sentence: "— как пишет
# британская газета The Harrowgate Ledger, ссылаясь на …, —") and de (credit in the SECOND sentence +
# self-reference to its own 2025 report, which is background: no edge, no origin).
story("r04_scoop_tram_depot", "scoop", {
"00_en.txt": """Council plans to sell Millbrook Road tram depot to logistics firm
The Harrowgate Ledger
2027-04-26T07:00:00+00:00

Harrowgate City Council is preparing to sell its tram depot on Millbrook Road to the logistics company Fenwright Haulage for £4.2 million, according to draft cabinet documents seen by the Ledger.

Under the plan, the city's 22 trams would be serviced at a new, smaller workshop next to the Eastgate terminus, which has yet to be built. The depot site would be turned into a parcel distribution centre.

"Nobody has explained to us where the trams will sleep during the two years the new workshop is being built," opposition councillor Harriet Lowe told the Ledger. The cabinet is due to discuss the sale on 11 May.
""",
"01_ru.txt": """Власти Харроугейта хотят продать трамвайное депо логистической компании
Вечерний Затон
26.04.2027 13:30

Городской совет английского Харроугейта — как пишет британская газета The Harrowgate Ledger, ссылаясь на проект документов городского кабинета, — намерен продать трамвайное депо на Миллбрук-роуд логистической компании Fenwright Haulage за 4,2 миллиона фунтов.

На месте депо должен появиться центр сортировки посылок. Трамваи планируется обслуживать в новой мастерской у конечной станции Истгейт, которую еще не начали строить.

Кабинет должен рассмотреть сделку 11 мая.
""",
"02_de.txt": """Harrowgate will Straßenbahndepot verkaufen – auch die Kaltenbacher Bahnen stehen dort
Ostmark-Rundschau
27. April 2027

Die englische Stadt Harrowgate will ihr Straßenbahndepot an der Millbrook Road für 4,2 Millionen Pfund an die Logistikfirma Fenwright Haulage verkaufen. Das berichtet die Lokalzeitung The Harrowgate Ledger unter Berufung auf Entwürfe für die Stadtregierung.

In dem Depot stehen auch die fünf ausgemusterten Kaltenbacher Straßenbahnen, die Harrowgate 2025 gekauft hatte; die Ostmark-Rundschau hatte damals über den Verkauf berichtet. Was mit ihnen geschieht, ist offen.

Die Stadtregierung soll am 11. Mai über den Verkauf beraten.
""",
}, [{"name": "The Harrowgate Ledger", "in_corpus": True}],
[{"origin": "The Harrowgate Ledger", "article": a} for a in ["01_ru.txt", "02_de.txt"]],
[("Harrowgate City Council plans to sell its Millbrook Road tram depot to the logistics company Fenwright Haulage.", ["00_en.txt", "01_ru.txt", "02_de.txt"], 1),
 ("The sale price is £4.2 million.", ["00_en.txt", "01_ru.txt", "02_de.txt"], 1),
 ("The trams would be serviced at a new, smaller workshop near the Eastgate terminus that has not been built yet.", ["00_en.txt", "01_ru.txt"], 1),
 ("The city cabinet is due to discuss the sale on 11 May.", ["00_en.txt", "01_ru.txt", "02_de.txt"], 1)])

# r05: uk own report (correspondent + headteacher "розповіла нашому кореспондентові"); en credits it in
# the SECOND sentence and has a BACKGROUND trap with the English "had reported" form ("Vecherny Zaton
# had reported in January that the school's roof was leaking" = older different report: no edge);
# ru (the background outlet, in corpus) credits BOTH the uk paper and an outside TV channel in ONE
# sentence; fr does the same in French. Two roots for ru and fr: Степовий вісник and Обрій-ТВ.
story("r05_two_credits_school_roof", "independent", {
"00_uk.txt": """У Зеленодольській школі обвалилася частина даху, учнів переводять на дистанційку
Степовий вісник
2027-04-29 09:30

Частина даху спортзалу Зеленодольської школи №1 обвалилася в ніч на середу після сильної зливи. Кореспондент «Степового вісника» побував на місці: над залом зяє діра завбільшки з волейбольний майданчик, підлога залита водою.

«Добре, що це сталося вночі. Удень у залі були б діти», — розповіла нашому кореспондентові директорка школи Оксана Литвиненко. За її словами, до кінця навчального року 640 учнів навчатимуться дистанційно.

Ремонт даху, за попередньою оцінкою селищної ради, коштуватиме близько 6 мільйонів гривень.
""",
"01_en.txt": """School gym roof collapses in Zelenodolsk after downpour
The Harrowgate Ledger
2027-04-29T16:00:00+00:00

Part of the roof over the gym of School No. 1 in the Ukrainian town of Zelenodolsk collapsed overnight into Wednesday after heavy rain. The local newspaper Stepovyi Visnyk reported on Thursday, quoting the headteacher.

Nobody was in the building at the time. The school's 640 pupils will study remotely until the end of the school year, headteacher Oksana Lytvynenko said.

Vecherny Zaton had reported in January that the school's roof was leaking and that parents had collected money for buckets and tarpaulins.
""",
"02_ru.txt": """В Зеленодольске обрушилась крыша школьного спортзала
Вечерний Затон
29.04.2027 17:45

Часть крыши спортзала зеленодольской школы №1 обрушилась в ночь на среду после ливня, по данным украинской газеты «Степной вестник» и телеканала «Обрий-ТВ».

Пострадавших нет. До конца учебного года 640 учеников будут учиться дистанционно. Ремонт кровли, по предварительной оценке поселкового совета, обойдется примерно в 6 миллионов гривен.
""",
"03_fr.txt": """Ukraine : le toit du gymnase d'une école s'effondre à Zelenodolsk
L'Éveil de Saint-Brac
30 avril 2027

Une partie du toit du gymnase de l'école n° 1 de Zelenodolsk s'est effondrée dans la nuit de mardi à mercredi après un violent orage, selon le journal ukrainien Stepovyi Visnyk et la chaîne de télévision Obrii TV.

Personne ne se trouvait dans le bâtiment. Les 640 élèves suivront les cours à distance jusqu'à la fin de l'année scolaire.
""",
}, [{"name": "Степовий вісник", "in_corpus": True}, {"name": "Обрій-ТВ", "in_corpus": False}],
[{"origin": "Степовий вісник", "article": "01_en.txt"},
 {"origin": "Степовий вісник", "article": "02_ru.txt"},
 {"origin": "Обрій-ТВ", "article": "02_ru.txt"},
 {"origin": "Степовий вісник", "article": "03_fr.txt"},
 {"origin": "Обрій-ТВ", "article": "03_fr.txt"}],
[("Part of the gym roof of School No. 1 in Zelenodolsk collapsed overnight into Wednesday after heavy rain.", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("The school's 640 pupils will study remotely until the end of the school year.", ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("Repairing the roof will cost about 6 million hryvnias, according to a preliminary estimate of the council.", ["00_uk.txt", "02_ru.txt"], 2),
 ("The headteacher said it was fortunate the collapse happened at night when no children were in the gym.", ["00_uk.txt"], 1)])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        os.makedirs(os.path.join(sd, id))
        for fn, text in arts.items():
            with open(os.path.join(sd, id, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = {o["name"] for o in origins} | {r["origin"] for r in relays}
        for r in relays:
            assert r["article"] in arts, (id, r)
        for t, a, n in claims:
            assert all(x in arts for x in a), (id, t)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays,
                    "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims]})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 47 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
