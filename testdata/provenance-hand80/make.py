#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand80 set.
Real outlet names; every event, person, quote and document is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Axios scoop (outside the corpus, two US officials + a third source belong to Axios),
# relayed by uk «з посиланням на», ru "как сообщает" (+ title prefix "Axios:"), de "berichtet …
# unter Berufung auf", fr "selon" (fr has no outlet line).
story("r01_axios_muscat_shipping_talks", "outside_scoop", {
"00_uk.txt": """Спецпосланець США планує переговори щодо безпеки судноплавства в Чорному морі в Маскаті
Європейська правда
2027-04-06 09:40

Спеціальний посланець президента США Грегорі Геллем наступного тижня планує провести в столиці Оману Маскаті окремі зустрічі з українською та російською делегаціями щодо безпеки судноплавства в Чорному морі. Про це повідомляє американське видання Axios з посиланням на двох американських посадовців.

За даними співрозмовників Axios, йдеться про 60-денний мораторій на удари по портах Одеси та Новоросійська, дотримання якого мали б контролювати військово-морські сили Туреччини. Третє джерело, обізнане з планами, сказало виданню, що українську делегацію очолить заступник міністра закордонних справ Андрій Полякевич.

«Це не мирні переговори, а спроба домовитися про одну конкретну річ — щоб кораблі могли ходити», — цитує Axios одного з посадовців.

Білий дім відмовився коментувати публікацію.
""",
"01_ru.txt": """Axios: спецпосланник США проведет в Омане переговоры о безопасности судоходства в Черном море
Meduza
06.04.2027 11:15

Специальный посланник президента США Грегори Хэллам на следующей неделе собирается встретиться в Маскате с украинской и российской делегациями, чтобы обсудить безопасность судоходства в Черном море, как сообщает Axios. Издание ссылается на двух американских чиновников.

Речь идет о 60-дневном моратории на удары по портам Одессы и Новороссийска. Соблюдение договоренности, по данным Axios, должны контролировать военно-морские силы Турции.

Украинскую делегацию, как рассказал изданию еще один источник, знакомый с планами, возглавит заместитель министра иностранных дел Андрей Полякевич. Белый дом от комментариев отказался.
""",
"02_de.txt": """US-Sondergesandter plant Gespräche über Schwarzmeer-Schifffahrt in Oman
Der Standard
6. April 2027

Der US-Sondergesandte Gregory Hallam will sich kommende Woche in der omanischen Hauptstadt Maskat getrennt mit Delegationen aus der Ukraine und Russland treffen. Das berichtet das US-Nachrichtenportal Axios unter Berufung auf zwei Regierungsbeamte in Washington.

Ziel sei eine Vereinbarung, die Handelsschiffen im Schwarzen Meer wieder eine sichere Passage ermöglicht, heißt es in dem Bericht. Die ukrainische Delegation soll von Vizeaußenminister Andrij Poljakewytsch geleitet werden, berichtet Axios weiter.

Das Weiße Haus wollte den Bericht nicht kommentieren.
""",
"03_fr.txt": """Mer Noire : un émissaire américain prépare des pourparlers à Mascate, selon Axios
6 avril 2027

L'émissaire spécial du président américain, Gregory Hallam, prévoit de rencontrer séparément la semaine prochaine à Mascate, la capitale omanaise, des délégations ukrainienne et russe pour discuter de la sécurité de la navigation en mer Noire, selon le site d'information américain Axios, qui cite deux responsables américains.

Le projet prévoit un moratoire de 60 jours sur les frappes contre les ports d'Odessa et de Novorossiisk, dont le respect serait contrôlé par la marine turque, d'après les sources d'Axios.

La Maison Blanche n'a pas souhaité commenter.
""",
}, [("Axios", False)],
[("Axios", "00_uk.txt"), ("Axios", "01_ru.txt"), ("Axios", "02_de.txt"), ("Axios", "03_fr.txt")],
[("US special envoy Gregory Hallam plans separate talks with Ukrainian and Russian delegations in Muscat next week on Black Sea shipping.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The plan envisages a 60-day moratorium on strikes on the ports of Odesa and Novorossiysk, monitored by the Turkish navy.",
  ["00_uk.txt", "01_ru.txt", "03_fr.txt"], 1),
 ("Ukraine's delegation will be led by deputy foreign minister Andrii Poliakevych.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt"], 1)])

# r02: Financial Times scoop (outside; three EU diplomats belong to the FT). uk credits the FT ONLY
# in the title suffix " – FT" (body: "пише британське видання"); en "the Financial Times reported";
# de "berichtet die britische Financial Times"; ru (no date line) title prefix "FT:" + "сообщает".
story("r02_ft_eu_special_envoy", "title_credit", {
"00_uk.txt": """ЄС розглядає призначення спецпосланця для мирних переговорів щодо України – FT
Українська правда
2027-04-14T08:05:00+03:00

Європейський Союз обговорює призначення спеціального посланця, який представлятиме блок на можливих переговорах про припинення вогню в Україні. Про це пише британське видання з посиланням на трьох дипломатів ЄС, обізнаних з обговореннями.

Серед кандидатів, за словами співрозмовників газети, — колишній прем'єр-міністр Фінляндії Еро Ліндквіст та ексміністерка закордонних справ Бельгії Елен Вандамм. Рішення можуть ухвалити на засіданні міністрів закордонних справ ЄС 26 квітня в Люксембурзі.

Один із дипломатів сказав газеті, що «Європа не може дозволити, щоб про її безпеку домовлялися без неї».
""",
"01_en.txt": """EU weighs appointing special envoy for Ukraine peace talks
The Kyiv Independent
2027-04-14 10:30

The European Union is discussing the appointment of a special envoy to represent the bloc in any ceasefire negotiations on Ukraine, the Financial Times reported on April 14, citing three EU diplomats familiar with the discussions.

Former Finnish Prime Minister Eero Lindqvist and former Belgian Foreign Minister Hélène Vandamme are among the candidates, according to the FT. EU foreign ministers could take a decision at their meeting in Luxembourg on April 26.

Hungary has signaled that it would object to any envoy with a mandate to negotiate on security guarantees, one of the diplomats told the newspaper.
""",
"02_de.txt": """EU erwägt Sondergesandten für Ukraine-Verhandlungen
tagesschau.de
14.04.2027 13:20

Die Europäische Union erwägt, einen eigenen Sondergesandten für mögliche Waffenstillstandsverhandlungen zur Ukraine zu ernennen. Das berichtet die britische Financial Times unter Berufung auf drei EU-Diplomaten, die mit den Beratungen vertraut sind.

Ungarn habe signalisiert, ein Mandat für Gespräche über Sicherheitsgarantien nicht mittragen zu wollen, heißt es in dem Bericht. Eine Entscheidung könnte beim Treffen der EU-Außenminister am 26. April in Luxemburg fallen.
""",
"03_ru.txt": """FT: Евросоюз может назначить спецпосланника на переговорах по Украине
Новая газета Европа

Евросоюз обсуждает назначение специального посланника, который будет представлять блок на возможных переговорах о прекращении огня в Украине, сообщает Financial Times со ссылкой на трех европейских дипломатов, знакомых с ходом обсуждений.

Среди кандидатов газета называет бывшего премьер-министра Финляндии Ээро Линдквиста и бывшего главу МИД Бельгии Элен Вандамм. По словам собеседников издания, решение может быть принято 26 апреля на встрече министров иностранных дел ЕС в Люксембурге.
""",
}, [("Financial Times", False)],
[("Financial Times", "00_uk.txt"), ("Financial Times", "01_en.txt"),
 ("Financial Times", "02_de.txt"), ("Financial Times", "03_ru.txt")],
[("The EU is considering appointing a special envoy for possible Ukraine ceasefire talks.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("Former Finnish prime minister Eero Lindqvist and former Belgian foreign minister Hélène Vandamme are among the candidates.",
  ["00_uk.txt", "01_en.txt", "03_ru.txt"], 1),
 ("A decision could be taken at the EU foreign ministers' meeting in Luxembourg on 26 April.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("Hungary has signalled it would object to a mandate covering security guarantees.",
  ["01_en.txt", "02_de.txt"], 1)])

# r03: two official origins with no medium between: the Estonian foreign ministry's statement and
# President Tõnis Vahtra's post on X (which itself announces the expulsion, Paldiski and 72 hours).
# uk, en and fr take both; ru takes only the ministry statement (and adds the chargé summons).
story("r03_estonia_expels_diplomat", "official_statement", {
"00_uk.txt": """Естонія вислала російського дипломата, який намагався вербувати працівників порту Палдіскі
Укрінформ
2027-04-20 16:45

Міністерство закордонних справ Естонії оголосило радника посольства Росії в Таллінні Вадима Сорокотягіна персоною нон грата. Про це йдеться в заяві МЗС Естонії, оприлюдненій у вівторок.

«Дипломат займався діяльністю, несумісною з його статусом, зокрема намагався завербувати працівників порту Палдіскі», — зазначено в заяві. Сорокотягін має залишити Естонію протягом 72 годин.

Президент Естонії Тиніс Вахтра в мережі X написав: «Сьогодні Естонія вислала російського дипломата, який намагався вербувати працівників порту Палдіскі. У нього 72 години. Наші порти не продаються».
""",
"01_en.txt": """Estonia expels Russian diplomat over Paldiski port recruitment attempt
ERR News
Tue, 20 Apr 2027 15:10:00 +0300

Estonia has declared Russian embassy counsellor Vadim Sorokotyagin persona non grata, the Ministry of Foreign Affairs said in a statement on Tuesday. The diplomat had tried to recruit workers at the Port of Paldiski and must leave the country within 72 hours, the ministry said.

President Tõnis Vahtra wrote on X: "Today Estonia expelled a Russian diplomat who tried to recruit workers at the Port of Paldiski. He has 72 hours. Our ports are not for sale."
""",
"02_ru.txt": """МИД Эстонии объявил советника посольства России персоной нон грата
Delfi
20.04.2027 17:30

Министерство иностранных дел Эстонии объявило советника посольства России в Таллинне Вадима Сорокотягина персоной нон грата, говорится в заявлении ведомства. Дипломату дано 72 часа, чтобы покинуть страну.

Как следует из заявления, Сорокотягин пытался завербовать работников порта Палдиски. Для вручения ноты в министерство был вызван временный поверенный в делах России.
""",
"03_fr.txt": """L'Estonie expulse un diplomate russe accusé d'avoir voulu recruter des dockers
RFI
20 avril 2027

L'Estonie a déclaré persona non grata un conseiller de l'ambassade de Russie à Tallinn, Vadim Sorokotiaguine, a annoncé le ministère estonien des Affaires étrangères dans un communiqué. Le diplomate, accusé d'avoir tenté de recruter des employés du port de Paldiski, dispose de 72 heures pour quitter le pays.

« Aujourd'hui, l'Estonie a expulsé un diplomate russe qui a tenté de recruter des employés du port de Paldiski. Il a 72 heures. Nos ports ne sont pas à vendre », a écrit le président estonien Tõnis Vahtra sur le réseau social X.
""",
}, [("Estonian Foreign Ministry", False), ("Tõnis Vahtra", False)],
[("Estonian Foreign Ministry", "00_uk.txt"), ("Tõnis Vahtra", "00_uk.txt"),
 ("Estonian Foreign Ministry", "01_en.txt"), ("Tõnis Vahtra", "01_en.txt"),
 ("Estonian Foreign Ministry", "02_ru.txt"),
 ("Estonian Foreign Ministry", "03_fr.txt"), ("Tõnis Vahtra", "03_fr.txt")],
[("Estonia declared Russian embassy counsellor Vadim Sorokotyagin persona non grata and gave him 72 hours to leave.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("The diplomat had tried to recruit workers at the Port of Paldiski.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("Russia's chargé d'affaires was summoned to the Estonian foreign ministry to receive a note.",
  ["02_ru.txt"], 1)])

# r04: chain of three: Le Monde's own scoop (two diplomats + a diplomatic note, both belong to Le
# Monde) → Європейська правда («з посиланням на») → Новая газета Европа ("как сообщает «Европейская
# правда» со ссылкой на … Le Monde": edge from Європейська правда). FAZ credits Le Monde directly.
story("r04_lemonde_lyon_guarantors_chain", "chain", {
"00_fr.txt": """Cessez-le-feu en Ukraine : Paris veut réunir à Lyon les futurs « États garants »
Le Monde
2027-04-27T19:00:00+02:00

La France s'apprête à inviter quatorze pays à Lyon, le 3 juin, pour une conférence des « États garants » d'une future mission de surveillance d'un cessez-le-feu en Ukraine, selon deux diplomates au fait des discussions interrogés par Le Monde.

D'après une note diplomatique que Le Monde a pu consulter, la mission serait placée sous le commandement du général français Bertrand Aumont et compterait jusqu'à 4 000 observateurs civils et militaires.

L'Allemagne et la Pologne ont toutefois exprimé des réserves sur le format, confie l'un des deux diplomates : « Berlin craint qu'on annonce une mission avant même qu'il y ait un cessez-le-feu à surveiller. » Le Quai d'Orsay n'a pas souhaité commenter.
""",
"01_uk.txt": """Франція планує конференцію «держав-гарантів» перемир'я в Україні
Європейська правда
28.04.2027 09:10

Франція 3 червня планує провести в Ліоні конференцію «держав-гарантів» майбутньої місії зі спостереження за режимом припинення вогню в Україні, на яку запросять 14 країн. Про це пише французька газета Le Monde з посиланням на двох дипломатів, обізнаних з перемовинами.

За даними видання, яке ознайомилося з дипломатичною нотою, місію очолить французький генерал Бертран Омон, а до її складу увійдуть до 4 тисяч цивільних і військових спостерігачів.

МЗС Франції публікацію не коментує.
""",
"02_ru.txt": """Франция созывает в Лионе конференцию стран-гарантов перемирия в Украине
Новая газета Европа
28 апреля 2027, 12:40

Франция собирается 3 июня провести в Лионе конференцию «государств-гарантов» будущей миссии по наблюдению за прекращением огня в Украине и пригласить на нее 14 стран, как сообщает «Европейская правда» со ссылкой на французскую газету Le Monde.

По данным украинского издания, командовать миссией будет французский генерал Бертран Омон.
""",
"03_de.txt": """Paris lädt zur Konferenz der Garantiestaaten nach Lyon
Frankfurter Allgemeine Zeitung
28. April 2027

Frankreich will am 3. Juni in Lyon eine Konferenz der „Garantiestaaten" für eine künftige Mission zur Überwachung eines Waffenstillstands in der Ukraine ausrichten. Das berichtet die Pariser Zeitung Le Monde unter Berufung auf zwei mit den Gesprächen vertraute Diplomaten.

Deutschland und Polen hätten jedoch Vorbehalte gegen das Format geäußert, heißt es in dem Bericht. Berlin befürchte, dass eine Mission angekündigt werde, bevor es überhaupt einen Waffenstillstand gebe. Das Auswärtige Amt äußerte sich zunächst nicht.
""",
}, [("Le Monde", True)],
[("Le Monde", "01_uk.txt"), ("Європейська правда", "02_ru.txt"), ("Le Monde", "03_de.txt")],
[("France plans to host a conference of 'guarantor states' for a Ukraine ceasefire monitoring mission in Lyon on 3 June.",
  ["00_fr.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1),
 ("The mission would be commanded by French general Bertrand Aumont.",
  ["00_fr.txt", "01_uk.txt", "02_ru.txt"], 1),
 ("Germany and Poland have expressed reservations about the format.",
  ["00_fr.txt", "03_de.txt"], 1)])

# r05: Der Spiegel's own scoop ("erfuhr der SPIEGEL aus Regierungskreisen", an internal Foreign
# Office paper "das dem SPIEGEL vorliegt") relayed by uk «з посиланням на джерела в уряді», en
# "Spiegel reports" in the title + "Der Spiegel reported" (no date line), ru "как сообщает".
story("r05_spiegel_reconstruction_envoy", "in_corpus_scoop", {
"00_de.txt": """Bundesregierung will Ex-Minister Kreuzberger zum Wiederaufbaubeauftragten für die Ukraine machen
Der Spiegel
2027-05-04 06:00

Die Bundesregierung will den früheren sächsischen Wirtschaftsminister Matthias Kreuzberger zum Sonderbeauftragten für den Wiederaufbau der Ukraine ernennen. Das erfuhr der SPIEGEL aus Regierungskreisen. Das Kabinett soll die Personalie bereits am Mittwoch beschließen.

Laut einem internen Papier des Auswärtigen Amts, das dem SPIEGEL vorliegt, soll Kreuzberger zudem eine Wiederaufbaukonferenz vorbereiten, die im Oktober in Leipzig stattfinden soll. Erwartet werden Vertreter aus rund 50 Staaten.

Kreuzberger selbst wollte sich auf SPIEGEL-Anfrage nicht äußern. Ein Regierungssprecher sagte, man kommentiere Personalspekulationen grundsätzlich nicht.
""",
"01_uk.txt": """Уряд Німеччини призначить спецуповноваженого з відбудови України
РБК-Україна
04.05.2027 10:25

Уряд Німеччини планує призначити колишнього міністра економіки Саксонії Маттіаса Кройцбергера спеціальним уповноваженим з питань відбудови України. Про це пише німецький журнал Der Spiegel з посиланням на джерела в уряді.

За даними видання, кабінет міністрів може затвердити призначення вже в середу. Кройцбергер також готуватиме конференцію з відбудови, яка має відбутися в жовтні в Лейпцигу, йдеться в документі МЗС Німеччини, з яким ознайомився Spiegel.
""",
"02_en.txt": """Germany to name Ukraine reconstruction envoy, Spiegel reports
Politico Europe

Berlin plans to appoint former Saxony Economy Minister Matthias Kreuzberger as its special envoy for Ukraine's reconstruction, Der Spiegel reported Tuesday, citing government sources.

The German cabinet could approve the appointment as early as Wednesday, according to the magazine. A government spokesperson declined to comment on what he called personnel speculation.
""",
"03_ru.txt": """Германия назначит спецуполномоченного по восстановлению Украины
Meduza
4 мая 2027

Правительство Германии собирается назначить бывшего министра экономики Саксонии Маттиаса Кройцбергера специальным уполномоченным по восстановлению Украины, как сообщает Der Spiegel со ссылкой на источники в правительстве.

По данным журнала, Кройцбергер также займется подготовкой конференции по восстановлению, которая пройдет в октябре в Лейпциге. Ожидаются представители около 50 государств.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_uk.txt"), ("Der Spiegel", "02_en.txt"), ("Der Spiegel", "03_ru.txt")],
[("Germany plans to appoint former Saxony economy minister Matthias Kreuzberger as special envoy for Ukraine's reconstruction.",
  ["00_de.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Kreuzberger is to prepare a reconstruction conference in Leipzig in October.",
  ["00_de.txt", "01_uk.txt", "03_ru.txt"], 1),
 ("The cabinet could approve the appointment as early as Wednesday.",
  ["00_de.txt", "01_uk.txt", "02_en.txt"], 1)])

# r06: two independent outside reports (Reuters: three sources familiar with the talks; The Wall
# Street Journal: US and Arab officials). uk combines both ("незалежно одне від одного повідомили
# агентство Reuters … та газета The Wall Street Journal") → two edges; de and ru (no outlet line,
# title prefix "Reuters:") relay Reuters; fr ("selon le Wall Street Journal") and en relay the WSJ.
story("r06_reuters_wsj_prisoner_exchange", "two_independent_reports", {
"00_uk.txt": """Україна і Росія домовилися про обмін полоненими 1200 на 1200 за посередництва Катару – ЗМІ
ЛІГА.net
2027-05-11 08:50

Україна та Росія за посередництва Катару погодили обмін полоненими у форматі 1200 на 1200. Про це незалежно одне від одного повідомили агентство Reuters з посиланням на три джерела, обізнані з перемовинами, та газета The Wall Street Journal з посиланням на американських та арабських посадовців.

За даними Reuters, домовленості досягли на зустрічі в Досі минулого тижня. WSJ пише, що Катар узяв на себе посередництво після того, як переговори в іншому форматі зайшли в глухий кут.

Офіційно ні Київ, ні Москва інформацію поки не підтвердили.
""",
"01_de.txt": """Ukraine und Russland vereinbaren großen Gefangenenaustausch
Süddeutsche Zeitung
11. Mai 2027

Die Ukraine und Russland haben sich unter Vermittlung Katars auf den Austausch von jeweils 1200 Kriegsgefangenen verständigt. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf drei mit den Gesprächen vertraute Quellen.

Der Austausch soll demnach in drei Etappen ablaufen, die erste am 16. Mai. Die Einigung sei vergangene Woche bei einem Treffen in Doha erzielt worden. Offiziell bestätigt wurde sie bislang von keiner Seite.
""",
"02_fr.txt": """Kiev et Moscou d'accord pour échanger 1 200 prisonniers chacun, selon le « Wall Street Journal »
Le Monde
11 mai 2027

L'Ukraine et la Russie se sont entendues, grâce à une médiation du Qatar, sur un échange de 1 200 prisonniers de guerre de chaque côté, selon le Wall Street Journal, qui cite des responsables américains et arabes.

D'après le quotidien américain, l'accord prévoit également le retour en Ukraine de 40 enfants déportés en Russie, dont Doha facilitera le transfert. Ni Kiev ni Moscou n'ont confirmé ces informations.
""",
"03_ru.txt": """Reuters: Украина и Россия договорились об обмене пленными 1200 на 1200
11.05.2027 14:05

Украина и Россия при посредничестве Катара договорились обменять по 1200 военнопленных, как сообщает Reuters со ссылкой на три источника, знакомых с ходом переговоров.

По данным агентства, обмен пройдет в три этапа, первый из них — 16 мая.
""",
"04_en.txt": """Ukraine, Russia agree on 1,200-for-1,200 prisoner swap brokered by Qatar, WSJ reports
The Kyiv Independent
2027-05-11T17:20:00+00:00

Ukraine and Russia have agreed to exchange 1,200 prisoners of war each in a deal brokered by Qatar, The Wall Street Journal reported on May 11, citing U.S. and Arab officials.

The agreement also provides for the return of 40 Ukrainian children deported to Russia, the WSJ reported. Neither Kyiv nor Moscow has officially confirmed the deal.
""",
}, [("Reuters", False), ("The Wall Street Journal", False)],
[("Reuters", "00_uk.txt"), ("The Wall Street Journal", "00_uk.txt"),
 ("Reuters", "01_de.txt"), ("The Wall Street Journal", "02_fr.txt"),
 ("Reuters", "03_ru.txt"), ("The Wall Street Journal", "04_en.txt")],
[("Ukraine and Russia agreed, with Qatari mediation, to exchange 1,200 prisoners of war each.",
  ["00_uk.txt", "01_de.txt", "02_fr.txt", "03_ru.txt", "04_en.txt"], 2),
 ("The exchange will take place in three stages, the first on 16 May.",
  ["01_de.txt", "03_ru.txt"], 1),
 ("The deal also provides for the return of 40 Ukrainian children deported to Russia.",
  ["02_fr.txt", "04_en.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 80 (real outlet names, invented events and people; "
                    "international diplomacy); see README.md.", "stories": []}
    for sid, scen, arts, origins, relays, claims in S:
        d = os.path.join(sd, sid)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (sid, a)
        for t, al, k in claims:
            assert all(a in arts for a in al), (sid, t)
        out["stories"].append({
            "id": sid, "scenario": scen, "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
        assert names
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
