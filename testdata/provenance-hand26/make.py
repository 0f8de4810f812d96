#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand26 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, inc): return {"name": name, "in_corpus": inc}
def E(origin, article): return {"origin": origin, "article": article}
def C(text, articles, n): return {"text": text, "articles": articles, "independent_sources": n}

# s01: real wire agency Reuters relayed in 4 languages with terse credits: en only a dateline
# "(Reuters) -"; uk "передає Reuters" at the end of the lead; de "(Reuters)" in the dateline plus
# "hieß es"; fr (no date line) "selon une dépêche de Reuters".
story("s01_agency_reservoir_flood", "agency", {
"00_en.txt": """Reservoir gates opened above Hlybokyi Yar, 1,200 told to leave low-lying streets
The Harwick Ledger
2027-04-11T07:45:00+00:00

HLYBOKYI YAR, Ukraine, April 11 (Reuters) - Engineers opened all four spillway gates of the Sosnivka reservoir overnight after days of heavy rain, and about 1,200 residents of low-lying streets in the town of Hlybokyi Yar downstream were told to leave their homes.

The water level behind the earth dam rose by 1.4 metres in three days and was 30 centimetres below the crest on Saturday evening, regional water agency official Dmytro Kovalyk said.

"If we do not let the water out now, we risk the dam itself," Kovalyk said. "The streets by the river will flood, but the flooding will be controlled."

Buses took residents to a sports hall and two schools on higher ground. The river was expected to peak on Monday afternoon. No injuries were reported.
""",
"01_uk.txt": """Над Глибоким Яром відкрили затвори водосховища: 1200 людей просять виїхати
Рівнина
11.04.2027 10:20

Інженери вночі відкрили всі чотири затвори водоскиду Соснівського водосховища після кількох днів злив, а близько 1200 мешканців низинних вулиць Глибокого Яру попросили залишити домівки, передає Reuters.

Рівень води за земляною дамбою за три дні піднявся на 1,4 метра і в суботу ввечері був лише на 30 сантиметрів нижче гребеня, сказав представник обласного управління водних ресурсів Дмитро Ковалик.

«Якщо ми не скинемо воду зараз, ризикуємо самою дамбою. Вулиці біля річки підтопить, але це буде кероване підтоплення», — пояснив він.

Людей автобусами вивозять до спортзалу та двох шкіл на підвищенні. Пік паводку очікують у понеділок по обіді. Про постраждалих не повідомляли.
""",
"02_de.txt": """Ukraine: Stausee-Schleusen geöffnet – 1200 Menschen müssen Häuser verlassen
Elbtaler Rundschau
So, 11. April 2027, 13:05 Uhr

Hlybokyj Jar (Reuters) – Nach tagelangem Starkregen haben Ingenieure in der Ukraine alle vier Überlaufschleusen des Sosniwka-Stausees geöffnet. Etwa 1200 Bewohner tiefer gelegener Straßen der Kleinstadt Hlybokyj Jar seien aufgefordert worden, ihre Häuser zu verlassen, hieß es.

Der Wasserstand hinter dem Erddamm sei binnen drei Tagen um 1,4 Meter gestiegen, sagte Dmytro Kowalyk von der regionalen Wasserbehörde. „Wenn wir das Wasser jetzt nicht ablassen, riskieren wir den Damm selbst."

Die Anwohner wurden mit Bussen in eine Sporthalle und zwei Schulen gebracht. Der Scheitel der Flutwelle wird am Montagnachmittag erwartet.
""",
"03_fr.txt": """Ukraine : les vannes d'un barrage ouvertes, 1 200 habitants priés de partir
La Dépêche de Sauvenay

Les ingénieurs ont ouvert dans la nuit les quatre vannes de l'évacuateur de crue du réservoir de Sosnivka, en Ukraine, après plusieurs jours de pluies diluviennes, selon une dépêche de Reuters. Quelque 1 200 habitants des rues basses de Hlybokyï Iar, en aval, ont été priés de quitter leur domicile.

Le niveau de l'eau derrière la digue en terre a monté de 1,40 mètre en trois jours, a précisé Dmytro Kovalyk, responsable régional de l'agence de l'eau. « Si nous ne relâchons pas l'eau maintenant, c'est la digue elle-même qui est menacée », a-t-il expliqué.

Les habitants ont été conduits en bus vers un gymnase et deux écoles situés en hauteur. La crue devrait culminer lundi après-midi.
""",
}, [O("Reuters", False)],
[E("Reuters", "00_en.txt"), E("Reuters", "01_uk.txt"), E("Reuters", "02_de.txt"), E("Reuters", "03_fr.txt")],
[C("All four spillway gates of the Sosnivka reservoir were opened and about 1,200 residents of Hlybokyi Yar were told to leave.", ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 C("The water level behind the dam rose by 1.4 metres in three days.", ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# s02: own scoop of the Russian-language site «Вечерний Причал» (documents + a quote given to it);
# uk credits "пише «Вечірній Причал»"; en credits "the outlet that broke the story"; de carries
# the story a day later with only "Medienberichten zufolge" and "wie aus Unterlagen hervorgeht"
# (no outlet named): edge from Вечерний Причал anyway.
story("s02_scoop_tram_tender", "scoop", {
"00_ru.txt": """Красноталь купил трамваи у фирмы-однодневки почти вдвое дороже рынка
Вечерний Причал
2027-05-17 09:10

Мэрия Краснотали заплатила за шесть новых трамваев 41 миллион гривен — почти вдвое больше, чем стоят такие же вагоны у производителя. Это выяснил «Вечерний Причал», изучив тендерную документацию и выписки из торгового реестра.

Поставщиком стала фирма «Рельстрансгруп», зарегистрированная за три недели до объявления тендера. Её единственный учредитель — 24-летний житель соседнего района, у фирмы нет ни одного сотрудника. Завод-производитель в ответ на запрос редакции сообщил, что продаёт такие вагоны по цене около 3,6 миллиона гривен за штуку.

Заместитель мэра Геннадий Лобов, подписавший договор, сказал «Вечернему Причалу», что цена «включает обслуживание на десять лет» и что «все процедуры соблюдены». Договор на обслуживание в документах тендера не упоминается.
""",
"01_uk.txt": """Красноталь купив трамваї в одноденки майже вдвічі дорожче за ринок, — ЗМІ
Рівнина
17.05.2027 14:40

Мерія Красноталя заплатила за шість нових трамваїв 41 мільйон гривень — майже вдвічі більше, ніж вони коштують у виробника, пише російськомовне видання «Вечірній Причал» з посиланням на тендерну документацію.

Постачальником стала фірма «Рейлтрансгруп», зареєстрована за три тижні до оголошення тендеру. Її єдиний засновник — 24-річний мешканець сусіднього району, працівників у фірми немає. Завод-виробник повідомив журналістам, що продає такі вагони приблизно по 3,6 мільйона гривень.

Заступник мера Геннадій Лобов, який підписав договір, заявив виданню, що ціна «включає обслуговування на десять років».
""",
"02_en.txt": """Krasnotal paid nearly double for trams bought through a three-week-old firm
The Harwick Ledger
Mon, 17 May 2027 18:30:00 +0000

The Ukrainian city of Krasnotal paid 41 million hryvnias for six new trams, almost twice what the manufacturer charges for the same cars, according to tender documents obtained by Vecherny Prichal, the Russian-language local outlet that broke the story on Monday.

The supplier, Railtransgroup, was registered three weeks before the tender was announced and has no employees, the outlet found. Deputy mayor Gennady Lobov, who signed the contract, told Vecherny Prichal the price "includes ten years of maintenance".

The manufacturer said it sells the model for about 3.6 million hryvnias per car.
""",
"03_de.txt": """Straßenbahn-Kauf in Krasnotal: Stadt zahlte offenbar fast das Doppelte
Elbtaler Rundschau
18.05.2027

Die ukrainische Stadt Krasnotal hat Medienberichten zufolge für sechs neue Straßenbahnen 41 Millionen Hrywnja bezahlt – fast doppelt so viel, wie der Hersteller für dieselben Wagen verlangt. Lieferant war demnach eine Firma namens Railtransgroup, die erst drei Wochen vor der Ausschreibung gegründet worden war und keine Mitarbeiter hat, wie aus Unterlagen hervorgeht.

Vizebürgermeister Gennadij Lobow, der den Vertrag unterschrieben hatte, verteidigte den Preis: Er schließe eine zehnjährige Wartung ein. Ein Wartungsvertrag taucht in den Ausschreibungsunterlagen allerdings nicht auf.
""",
}, [O("Вечерний Причал", True)],
[E("Вечерний Причал", "01_uk.txt"), E("Вечерний Причал", "02_en.txt"), E("Вечерний Причал", "03_de.txt")],
[C("Krasnotal paid 41 million hryvnias for six trams, almost twice the manufacturer's price.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 C("The supplier was registered three weeks before the tender was announced.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1)])

# s03: chain of three: de own report ("Recherchen des Brackenfelder Boten", "sagte unserer
# Zeitung") -> fr "révèle le Brackenfelder Bote" -> en (no outlet line) credits the French paper
# "which cited the German local paper": edge from La Dépêche de Sauvenay, not from the Bote.
story("s03_chain_organ_pipes", "chain", {
"00_de.txt": """Orgeldiebstahl in Kaltenbruch: 60 Zinnpfeifen aus der Stadtkirche verschwunden
Brackenfelder Bote
3. Juni 2027

Aus der historischen Orgel der Stadtkirche St. Veit in Kaltenbruch sind 60 Zinnpfeifen gestohlen worden. Das ergaben Recherchen des Brackenfelder Boten. Der Diebstahl fiel erst auf, als der Organist bei einer Probe am Sonntag ganze Register stumm fand.

Die Pfeifen stammen aus dem Jahr 1731 und wiegen zusammen rund 180 Kilogramm. „Für Metallhändler ist das Zinn vielleicht 5000 Euro wert, für uns ist der Verlust unersetzlich", sagte Pfarrerin Marlene Osterkamp unserer Zeitung. Die Kirche war wegen Bauarbeiten seit April tagsüber offen, die Sakristeitür offenbar nicht abgeschlossen.

Die Polizei bestätigte auf Anfrage, dass ermittelt werde.
""",
"01_fr.txt": """Allemagne : 60 tuyaux d'un orgue baroque volés dans une église
La Dépêche de Sauvenay
04/06/2027 08:15

Soixante tuyaux en étain d'un orgue datant de 1731 ont été dérobés dans l'église Saint-Guy de Kaltenbruch, en Allemagne, révèle le Brackenfelder Bote. Le vol n'a été découvert que dimanche, lorsque l'organiste a trouvé des jeux entiers muets lors d'une répétition.

Les tuyaux pèsent au total environ 180 kilos. « Pour un ferrailleur, l'étain vaut peut-être 5 000 euros ; pour nous, la perte est irremplaçable », a confié la pasteure Marlene Osterkamp au quotidien local. Selon le journal, l'église était ouverte en journée depuis avril en raison de travaux.
""",
"02_en.txt": """Thieves strip 60 pipes from 18th-century church organ in Germany
2027-06-04 16:00

Sixty tin pipes have been stolen from a 1731 organ in the church of St Veit in the German town of Kaltenbruch, La Dépêche de Sauvenay reported on Friday, citing the German local paper Brackenfelder Bote.

The theft came to light on Sunday when the organist found whole stops silent during a rehearsal. The pipes weigh about 180 kilograms in total. Pastor Marlene Osterkamp called the loss "irreplaceable", the French paper said.

Police are investigating.
""",
}, [O("Brackenfelder Bote", True)],
[E("Brackenfelder Bote", "01_fr.txt"), E("La Dépêche de Sauvenay", "02_en.txt")],
[C("Sixty tin pipes were stolen from the 1731 organ of the church in Kaltenbruch.", ["00_de.txt", "01_fr.txt", "02_en.txt"], 1)])

# s04: two independent own reports of a grain-terminal fire: uk «Степовий вісник» ("передає
# власкор", "розповів нашому власкору") and de Ostseewacht ("berichtet unser Korrespondent aus
# Solonez", "sagte der Ostseewacht"); en credits only the uk site ("a correspondent for ... at the
# scene"). The shared claim has 2 roots.
story("s04_independent_grain_fire", "independent", {
"00_uk.txt": """У порту Солонця горить зерновий термінал: згоріло щонайменше 8 тисяч тонн пшениці
Степовий вісник
2027-06-21T22:40:00+03:00

У порту Солонця з вечора неділі горить зерновий термінал компанії «Агропричал». Вогонь охопив два силоси, щонайменше 8 тисяч тонн пшениці знищено, передає власкор «Степового вісника» з місця подій.

Чорний дим видно з околиць міста, пожежники працюють з трьох боків. «Загорілося в транспортерній галереї між силосами, далі вогонь пішов угору», — розповів нашому власкору начальник зміни термінала Віктор Гнатюк. За його словами, людей встигли евакуювати, постраждалих немає.

Рятувальники кажуть, що гасіння може тривати до ранку.
""",
"01_de.txt": """Großbrand im Hafen von Solonez: Getreidesilos in Flammen
Ostseewacht
22.06.2027 06:30

Im ukrainischen Hafen Solonez ist in der Nacht ein Getreideterminal in Brand geraten. Zwei Silos standen in Flammen, mindestens 8000 Tonnen Weizen seien verbrannt, berichtet unser Korrespondent aus Solonez, der die Löscharbeiten vom Hafenzaun aus verfolgte.

„Wir lassen die Silos kontrolliert ausbrennen, ein Einsturz ist nicht ausgeschlossen", sagte Einsatzleiter Roman Dudar der Ostseewacht. Verletzte gab es nach seinen Angaben nicht. Das Terminal gehört dem Unternehmen Agroprytschal.
""",
"02_en.txt": """Fire destroys at least 8,000 tonnes of wheat at Ukrainian port
The Harwick Ledger
22 June 2027

A fire at a grain terminal in the Ukrainian port of Solonets has destroyed at least 8,000 tonnes of wheat, a correspondent for the regional news site Stepovyi Visnyk said from the scene on Sunday night.

The blaze started in a conveyor gallery between two silos, shift supervisor Viktor Hnatiuk told Stepovyi Visnyk. Workers were evacuated and no one was hurt.
""",
}, [O("Степовий вісник", True), O("Ostseewacht", True)],
[E("Степовий вісник", "02_en.txt")],
[C("A fire at a grain terminal in Solonets destroyed at least 8,000 tonnes of wheat and nobody was hurt.", ["00_uk.txt", "01_de.txt", "02_en.txt"], 2),
 C("The fire started in a conveyor gallery between the silos.", ["00_uk.txt", "02_en.txt"], 1)])

# s05: mayor's Telegram post relayed by four outlets, none crediting a medium: ru "написал в
# своём Telegram", uk "йдеться в дописі", de (no date line) "teilte ... in seinem Kanal mit",
# fr "a annoncé sur sa chaîne Telegram". Origin: the person, outside the corpus.
story("s05_official_post_heating", "official_post", {
"00_ru.txt": """В Тернославе на пять дней отключат отопление, школы уходят на дистанционку
Северный Рейд
2027-11-08 08:05

Городская ТЭЦ Тернослава будет остановлена на пять дней для ремонта главного котла, школы на это время переходят на дистанционное обучение. Об этом написал в своём Telegram глава города Тарас Овсиенко.

«Трещину в барабане котла обнаружили при плановом осмотре в субботу. Работать с ней нельзя», — говорится в сообщении. Отключение начнётся в среду в 06:00. Детские сады и больницы переведут на резервные котельные.
""",
"01_uk.txt": """У Тернославі на п'ять днів вимкнуть опалення
Рівнина
08.11.2027 09:30

Міську ТЕЦ Тернослава зупинять на п'ять днів для ремонту головного котла, школи на цей час переходять на дистанційне навчання. Про це йдеться в дописі міського голови Тараса Овсієнка в Telegram.

«Тріщину в барабані котла виявили під час планового огляду в суботу. Працювати з нею не можна», — написав посадовець. Вимкнення почнеться в середу о 06:00, садочки та лікарні переведуть на резервні котельні.
""",
"02_de.txt": """Ukrainische Stadt Ternoslaw stellt Heizung für fünf Tage ab
Ostseewacht

Das Heizkraftwerk der ukrainischen Stadt Ternoslaw wird für fünf Tage abgeschaltet, weil am Hauptkessel ein Riss entdeckt wurde. Das teilte Bürgermeister Taras Owsijenko am Montag in seinem Kanal im Messengerdienst Telegram mit. Die Schulen stellen in dieser Zeit auf Fernunterricht um, Kitas und Krankenhäuser werden über Reservekessel versorgt. Die Abschaltung beginnt am Mittwoch um 6 Uhr.
""",
"03_fr.txt": """Ukraine : Ternoslav coupe le chauffage pendant cinq jours
La Dépêche de Sauvenay
8 novembre 2027

La centrale thermique de Ternoslav sera arrêtée cinq jours pour réparer sa chaudière principale, a annoncé lundi le maire, Taras Ovsiienko, sur sa chaîne Telegram. Les écoles passeront à l'enseignement à distance. « Une fissure a été découverte dans le ballon de la chaudière lors d'une inspection samedi », a-t-il écrit. La coupure commencera mercredi à 6 heures.
""",
}, [O("Taras Ovsiienko", False)],
[E("Taras Ovsiienko", "00_ru.txt"), E("Taras Ovsiienko", "01_uk.txt"), E("Taras Ovsiienko", "02_de.txt"), E("Taras Ovsiienko", "03_fr.txt")],
[C("Ternoslav's heating plant will be shut for five days and schools will switch to remote learning.", ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# s06: own report by Le Veilleur de Saint-Aurèle from a court hearing ("a constaté notre
# journaliste", "a déclaré au Veilleur"); ru is a close uncredited translation the next day that
# keeps "рассказал нашему изданию" and "как заметил наш журналист" (scenario translation); uk credits
# "пише французька газета".
story("s06_translation_hospital_trial", "translation", {
"00_fr.txt": """Brévanne : l'ancien directeur de l'hôpital jugé pour des dossiers falsifiés
Le Veilleur de Saint-Aurèle
14 septembre 2027

L'ancien directeur de l'hôpital de Brévanne, Hubert Castagnac, a comparu mardi devant le tribunal correctionnel pour avoir fait modifier les dossiers de 37 patients afin de masquer des délais d'attente aux urgences. Le parquet a requis dix-huit mois de prison avec sursis.

Dans une salle comble, l'ancien directeur est resté silencieux pendant la lecture des réquisitions, a constaté notre journaliste. Une infirmière, Solène Parrot, a raconté à la barre avoir reçu l'ordre de « corriger les heures d'arrivée ». « On savait tous que c'était faux », a-t-elle déclaré au Veilleur à la sortie de l'audience.

Le jugement sera rendu le 12 octobre.
""",
"01_ru.txt": """Во Франции бывшего директора больницы судят за подделку медкарт
Северный Рейд
15.09.2027 07:50

Бывший директор больницы французского Бреванна Юбер Кастаньяк предстал во вторник перед исправительным судом за то, что распорядился изменить карты 37 пациентов, чтобы скрыть время ожидания в приёмном отделении. Прокуратура запросила полтора года условно.

В переполненном зале бывший директор молчал во время оглашения требований обвинения, как заметил наш журналист. Медсестра Солен Парро рассказала, что получила указание «исправить время поступления». «Мы все знали, что это ложь», — рассказала она нашему изданию после заседания.

Приговор огласят 12 октября.
""",
"02_uk.txt": """У Франції судять колишнього директора лікарні за підробку медкарток
Степовий вісник
15 вересня 2027, 12:15

Колишній директор лікарні у французькому місті Бреванн Юбер Кастаньяк постав перед судом за те, що наказав змінити картки 37 пацієнтів, аби приховати час очікування у приймальному відділенні, пише місцева французька газета Le Veilleur de Saint-Aurèle. Прокурор попросив півтора року умовно.

Медсестра Солен Парро, за словами газети, розповіла в суді, що отримала наказ «виправити час прибуття». Вирок оголосять 12 жовтня.
""",
}, [O("Le Veilleur de Saint-Aurèle", True)],
[E("Le Veilleur de Saint-Aurèle", "01_ru.txt"), E("Le Veilleur de Saint-Aurèle", "02_uk.txt")],
[C("The former director of the Brévanne hospital was tried for having the records of 37 patients altered; prosecutors asked for 18 months suspended.", ["00_fr.txt", "01_ru.txt", "02_uk.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 26 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for e in relays:
            assert e["article"] in names, (id, e)
        for c in claims:
            assert set(c["articles"]) <= names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
