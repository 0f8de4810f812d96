#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand86 set.
Real media names, invented events and people (energy and climate news)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside wire agency Reuters (OPEC+ scoop citing three sources) relayed by all five:
# en "Reuters reported ... citing three sources" + "told Reuters"; uk "повідомляє агентство Reuters
# з посиланням на"; ru "сообщает Reuters со ссылкой на"; de "berichtet die Nachrichtenagentur Reuters
# unter Berufung auf"; fr (no date line) "selon l'agence Reuters, qui cite".
story("r01_reuters_opec_scoop", "agency", {
"00_en.txt": """OPEC+ weighs another 411,000 bpd hike for August, Reuters reports
CNBC
2027-06-29 14:10

OPEC+ is considering raising oil output by another 411,000 barrels per day in August when eight of its members meet online on Sunday, Reuters reported on Tuesday, citing three sources within the group.

Saudi Arabia backs the increase, while Russia has asked for a smaller rise of around 200,000 barrels per day, the sources said. "Nobody wants to be the one who blinks first while prices are above $80," one of the sources told Reuters.

Kazakhstan and Iraq, which have repeatedly pumped above their quotas, would be asked to present new compensation schedules at the meeting, according to the report. OPEC's secretariat in Vienna did not respond to Reuters' request for comment.

Brent crude futures fell 1.8% to $81.40 a barrel in afternoon trading after the report.
""",
"01_uk.txt": """ОПЕК+ може знову збільшити видобуток на 411 тисяч барелів на добу — Reuters
Економічна правда
29.06.2027 17:25

Вісім країн ОПЕК+ на онлайн-зустрічі в неділю розглянуть збільшення видобутку нафти ще на 411 тисяч барелів на добу з серпня. Про це повідомляє агентство Reuters з посиланням на три джерела в організації.

За даними агентства, таке рішення підтримує Саудівська Аравія, тоді як Росія пропонує обмежитися приблизно 200 тисячами барелів на добу.

«Ніхто не хоче першим кліпнути, поки ціна тримається вище 80 доларів», — сказав агентству один зі співрозмовників.

Крім того, від Казахстану та Іраку, які неодноразово перевищували квоти, на зустрічі вимагатимуть нових графіків компенсації, пише Reuters.
""",
"02_ru.txt": """Reuters узнал о планах ОПЕК+ снова нарастить добычу в августе
РБК
2027-06-29T15:40:00+03:00

Восемь стран ОПЕК+ на онлайн-встрече в воскресенье могут договориться об увеличении добычи нефти еще на 411 тыс. баррелей в сутки с августа, сообщает Reuters со ссылкой на три источника в альянсе.

По данным агентства, решение поддерживает Саудовская Аравия, а российская сторона предлагает ограничиться прибавкой примерно в 200 тыс. баррелей в сутки. «Никто не хочет моргнуть первым, пока цены выше $80», — приводит агентство слова одного из собеседников.

Казахстан и Ирак, которые неоднократно превышали квоты, должны будут представить новые графики компенсации, отмечают источники Reuters.
""",
"03_de.txt": """Opec+ erwägt weitere kräftige Förderausweitung
Handelsblatt
29. Juni 2027

Die Ölallianz Opec+ denkt über eine weitere Erhöhung ihrer Fördermenge um 411.000 Barrel pro Tag im August nach. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf drei Insider aus dem Bündnis. Acht Mitgliedsländer wollen am Sonntag in einer Videokonferenz entscheiden.

Saudi-Arabien unterstütze den Schritt, Russland plädiere dagegen für eine kleinere Erhöhung um etwa 200.000 Barrel pro Tag, hieß es. Kasachstan und der Irak, die ihre Quoten wiederholt überschritten haben, sollen neue Zeitpläne für Ausgleichskürzungen vorlegen.

Der Ölpreis gab nach dem Bericht nach: Ein Barrel der Nordseesorte Brent kostete am Nachmittag gut 81 Dollar.
""",
"04_fr.txt": """L'Opep+ envisage d'ouvrir encore les vannes en août
Les Echos

L'Opep+ pourrait décider dimanche d'augmenter sa production de 411.000 barils par jour supplémentaires en août, selon l'agence Reuters, qui cite trois sources au sein de l'alliance. Huit pays membres doivent se réunir par visioconférence.

L'Arabie saoudite serait favorable à cette hausse, tandis que la Russie plaiderait pour une augmentation plus modeste, d'environ 200.000 barils par jour, précise l'agence.

Le Kazakhstan et l'Irak, qui ont à plusieurs reprises dépassé leurs quotas, devraient présenter de nouveaux calendriers de compensation.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[("Reuters", "00_en.txt"), ("Reuters", "01_uk.txt"), ("Reuters", "02_ru.txt"), ("Reuters", "03_de.txt"), ("Reuters", "04_fr.txt")],
[("OPEC+ is considering raising oil output by another 411,000 barrels per day in August.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1),
 ("Saudi Arabia backs the increase while Russia wants a smaller rise of about 200,000 barrels per day.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# r02: in-corpus Bloomberg scoop (people familiar, draft term sheet seen by Bloomberg) relayed 4x;
# the Süddeutsche Zeitung relays AND adds its own confirmation ("Auf Anfrage der Süddeutschen
# Zeitung bestätigte ein Sefe-Sprecher", "hieß es gegenüber der SZ") -> SZ is a second in-corpus
# origin and keeps its edge from Bloomberg. fr "a rapporté l'agence Bloomberg, citant"; ru
# "сообщило агентство Bloomberg со ссылкой на"; uk "повідомляє Bloomberg з посиланням на".
story("r02_bloomberg_lng_scoop_with_confirmation", "in_corpus_scoop_relay_with_own_confirmation", {
"00_en.txt": """Qatar Nears 20-Year LNG Deal With Germany's State-Owned SEFE
Bloomberg
2027-03-10 06:00

QatarEnergy is in advanced talks to supply Germany's state-owned SEFE GmbH with 2 million tons of liquefied natural gas a year for two decades, according to people familiar with the matter, in what would be the largest long-term LNG contract ever signed by a German buyer.

Deliveries would start in 2030 and go to the Brunsbüttel import terminal on the Elbe river, said the people, who asked not to be identified because the negotiations are private. The price would be linked to Brent crude at a slope of about 12.5%, according to a draft term sheet seen by Bloomberg.

A signing could come as soon as April, during a planned visit by Germany's economy minister to Doha, one of the people said. Talks could still falter over destination clauses that would restrict SEFE from reselling cargoes, another person said.

QatarEnergy and SEFE declined to comment.
""",
"01_de.txt": """Katar und Sefe verhandeln über 20-Jahres-Vertrag für Flüssiggas
Süddeutsche Zeitung
10.03.2027 09:45

Der staatliche deutsche Gasimporteur Sefe steht offenbar kurz vor einem langfristigen Liefervertrag mit Katar. Wie die Finanznachrichtenagentur Bloomberg unter Berufung auf mit den Verhandlungen vertraute Personen berichtet, soll QatarEnergy ab 2030 zwanzig Jahre lang jährlich zwei Millionen Tonnen Flüssigerdgas (LNG) liefern, und zwar an das Terminal in Brunsbüttel.

Auf Anfrage der Süddeutschen Zeitung bestätigte ein Sefe-Sprecher am Mittwoch „fortgeschrittene Gespräche“ mit QatarEnergy. „Ein Abschluss ist noch nicht erfolgt, und zu Vertragsdetails äußern wir uns nicht“, sagte er. Aus dem Bundeswirtschaftsministerium hieß es gegenüber der SZ, man begleite die Gespräche „wohlwollend“.

Sefe ist die frühere Gazprom Germania und wurde 2022 verstaatlicht. Ein Vertrag mit Katar wäre der bislang größte langfristige LNG-Abschluss eines deutschen Unternehmens.
""",
"02_fr.txt": """Le Qatar sur le point de signer un contrat gazier de vingt ans avec l'allemand SEFE
Le Figaro
10 mars 2027

QatarEnergy serait en négociations avancées pour livrer à l'allemand SEFE 2 millions de tonnes de gaz naturel liquéfié (GNL) par an pendant vingt ans, a rapporté mercredi l'agence Bloomberg, citant des personnes proches du dossier.

Les livraisons commenceraient en 2030 au terminal de Brunsbüttel, sur l'Elbe. Le prix serait indexé sur le Brent avec une pente d'environ 12,5 %, d'après un projet d'accord consulté par l'agence.

La signature pourrait intervenir dès avril, lors d'une visite du ministre allemand de l'Économie à Doha, selon Bloomberg.
""",
"03_ru.txt": """Катар и германская SEFE близки к 20-летнему контракту на СПГ
Ведомости
2027-03-10T12:20:00+03:00

QatarEnergy ведет продвинутые переговоры о поставках германской государственной компании SEFE 2 млн т сжиженного природного газа в год в течение 20 лет, сообщило агентство Bloomberg со ссылкой на осведомленные источники.

Поставки должны начаться в 2030 году на терминал в Брунсбюттеле. Цена будет привязана к нефти Brent с коэффициентом около 12,5%, пишет агентство со ссылкой на проект условий сделки.

SEFE — бывшая «Газпром Германия», национализированная в 2022 году.
""",
"04_uk.txt": """Катар постачатиме Німеччині СПГ 20 років: Bloomberg дізнався про переговори
Forbes Україна
10.03.2027 14:30

Катарська QatarEnergy веде просунуті переговори з німецькою державною компанією SEFE про постачання 2 млн тонн зрідженого природного газу на рік протягом 20 років. Про це повідомляє Bloomberg з посиланням на обізнані джерела.

Поставки мають початися у 2030 році на термінал у Брунсбюттелі. Ціну прив'яжуть до нафти Brent з коефіцієнтом близько 12,5%, пише агентство.

Угоду можуть підписати вже у квітні під час візиту німецького міністра економіки до Дохи.
""",
}, [{"name": "Bloomberg", "in_corpus": True}, {"name": "Süddeutsche Zeitung", "in_corpus": True}],
[("Bloomberg", "01_de.txt"), ("Bloomberg", "02_fr.txt"), ("Bloomberg", "03_ru.txt"), ("Bloomberg", "04_uk.txt")],
[("QatarEnergy and SEFE are in advanced talks on a 20-year deal for 2 million tonnes of LNG a year from 2030.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt", "04_uk.txt"], 2),
 ("The LNG price would be linked to Brent at a slope of about 12.5%.",
  ["00_en.txt", "02_fr.txt", "03_ru.txt", "04_uk.txt"], 1)])

# r03: a state energy company's press release (Naftogaz) taken directly by four outlets:
# uk "повідомляє пресслужба «Нафтогазу»" + "йдеться в повідомленні"; en "Naftogaz said in a
# statement"; ru "говорится в сообщении компании"; de "teilte ... Naftogaz ... mit".
story("r03_naftogaz_press_release", "official_press_release", {
"00_uk.txt": """«Нафтогаз» домовився з ORLEN про імпорт 1,2 млрд кубометрів газу на зиму
Укрінформ
18.08.2027 11:30

НАК «Нафтогаз України» підписала угоду з польською ORLEN про постачання 1,2 млрд кубометрів газу, отриманого зі скрапленого газу зі США, на період з листопада 2027 року по березень 2028 року. Про це повідомляє пресслужба «Нафтогазу».

Газ регазифікуватимуть на терміналі у Свіноуйсьце і транспортуватимуть в Україну через польсько-український інтерконектор, йдеться в повідомленні.

«Ця угода закриває приблизно половину нашої потреби в імпорті на опалювальний сезон», — заявив голова правління «Нафтогазу» Андрій Мельничук, слова якого наводить пресслужба.

Частину закупівлі профінансує Європейський банк реконструкції та розвитку, уточнили в компанії.
""",
"01_en.txt": """Naftogaz signs deal with Poland's Orlen for 1.2 bcm of gas this winter
The Kyiv Independent
2027-08-18 13:05

Ukraine's state energy company Naftogaz has signed an agreement with Polish energy group Orlen to import 1.2 billion cubic meters of gas sourced from U.S. liquefied natural gas between November 2027 and March 2028, Naftogaz said in a statement on Aug. 18.

The LNG will be regasified at the Swinoujscie terminal on Poland's Baltic coast and shipped to Ukraine through the Polish-Ukrainian interconnector, according to the statement.

"This agreement covers roughly half of our import needs for the heating season," Naftogaz CEO Andrii Melnychuk said in the statement. Part of the purchase will be financed by the European Bank for Reconstruction and Development, the company said.
""",
"02_ru.txt": """«Нафтогаз» закупит у ORLEN 1,2 млрд кубометров газа на зиму
ZN.UA
18.08.2027 14:40

НАК «Нафтогаз Украины» подписала соглашение с польской ORLEN об импорте 1,2 млрд кубометров газа, полученного из американского сжиженного газа, с ноября 2027 года по март 2028 года, говорится в сообщении компании.

Газ будут регазифицировать на терминале в Свиноуйсьце и поставлять в Украину через польско-украинский интерконнектор.

«Это соглашение закрывает примерно половину нашей потребности в импорте на отопительный сезон», — цитирует пресс-служба председателя правления «Нафтогаза» Андрея Мельничука. Часть закупки профинансирует ЕБРР.
""",
"03_de.txt": """Ukraine sichert sich Flüssiggas über Polen für den Winter
n-tv
18. August 2027

Die Ukraine hat sich für den kommenden Winter zusätzliches Gas aus Polen gesichert. Der staatliche ukrainische Energiekonzern Naftogaz habe mit dem polnischen Konzern Orlen einen Vertrag über 1,2 Milliarden Kubikmeter Gas aus US-Flüssiggas für November 2027 bis März 2028 unterzeichnet, teilte Naftogaz am Mittwoch mit.

Das LNG soll am Terminal in Swinemünde wieder in Gas umgewandelt und über den polnisch-ukrainischen Interkonnektor geliefert werden. Damit sei etwa die Hälfte des Importbedarfs für die Heizsaison gedeckt, erklärte Naftogaz-Chef Andrij Melnytschuk laut der Mitteilung.
""",
}, [{"name": "Naftogaz", "in_corpus": False}],
[("Naftogaz", "00_uk.txt"), ("Naftogaz", "01_en.txt"), ("Naftogaz", "02_ru.txt"), ("Naftogaz", "03_de.txt")],
[("Naftogaz signed a deal with ORLEN to import 1.2 bcm of gas from November 2027 to March 2028.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], 1),
 ("The gas will be regasified at Świnoujście and delivered through the Poland–Ukraine interconnector.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], 1)])

# r04: chain. Інтерфакс-Україна's own report (government source + draft resolution seen by the
# agency) -> РБК-Украина (ru) and Kyiv Post (en) credit the agency; Der Standard (de) credits
# "die englischsprachige Kyiv Post unter Berufung auf ... Interfax-Ukraine" and the French article
# (no outlet line) "rapporte le Kyiv Post, citant l'agence Interfax-Ukraine": both get the edge
# from Kyiv Post; the root stays Інтерфакс-Україна.
story("r04_interfax_ukraine_tariff_chain", "chain", {
"00_uk.txt": """Уряд готує підвищення ціни на електроенергію для населення до 4,96 грн з 1 липня — джерело
Інтерфакс-Україна
12.05.2027 10:15

Кабінет міністрів готує постанову про підвищення фіксованої ціни електроенергії для побутових споживачів з 4,32 грн до 4,96 грн за кВт·год з 1 липня 2027 року. Про це агентству «Інтерфакс-Україна» повідомило джерело в уряді.

«Рішення фактично погоджене, питання лише в тому, чи ухвалять його на засіданні наступного тижня, чи наприкінці травня», — сказав співрозмовник агентства.

Згідно з проєктом постанови, з яким ознайомився «Інтерфакс-Україна», для домогосподарств, які споживають до 250 кВт·год на місяць, в опалювальний сезон зберігатиметься ціна 4,32 грн.

Міністерство енергетики на запит агентства станом на ранок середи не відповіло.
""",
"01_ru.txt": """Тариф на свет для населения могут повысить до 4,96 грн с 1 июля — «Интерфакс-Украина»
РБК-Украина
2027-05-12T11:30:00+03:00

Кабмин готовит постановление о повышении фиксированной цены электроэнергии для бытовых потребителей с 4,32 до 4,96 грн за кВт·ч с 1 июля, сообщает агентство «Интерфакс-Украина» со ссылкой на источник в правительстве.

По данным агентства, для домохозяйств, потребляющих до 250 кВт·ч в месяц, в отопительный сезон сохранится цена 4,32 грн.

«Решение фактически согласовано», — приводит агентство слова собеседника.
""",
"02_en.txt": """Ukraine plans to raise household power price to UAH 4.96 from July – Interfax-Ukraine
Kyiv Post
2027-05-12 15:20

Ukraine's government is preparing a resolution that would raise the fixed electricity price for households from 4.32 to 4.96 hryvnias per kilowatt-hour from July 1, Interfax-Ukraine reported on Wednesday, citing a government source.

"The decision is effectively agreed, the only question is whether it is adopted next week or at the end of May," the source told the agency.

According to the draft resolution seen by Interfax-Ukraine, households using up to 250 kWh a month would keep paying 4.32 hryvnias during the heating season. The price of 4.32 hryvnias has been in force since June 2024.
""",
"03_de.txt": """Ukraine will Strompreis für Haushalte um fast 15 Prozent anheben
Der Standard
13. Mai 2027

Die ukrainische Regierung bereitet eine Erhöhung des Strompreises für Privathaushalte vor. Ab 1. Juli soll die Kilowattstunde 4,96 statt 4,32 Hrywnja kosten, ein Plus von knapp 15 Prozent. Das berichtet die englischsprachige Kyiv Post unter Berufung auf die ukrainische Nachrichtenagentur Interfax-Ukraine.

Der Preis von 4,32 Hrywnja gilt seit Juni 2024. Die Regierung begründet Erhöhungen regelmäßig mit den Kosten für die Reparatur der durch russische Angriffe beschädigten Energieinfrastruktur.
""",
"04_fr.txt": """Ukraine : l'électricité des ménages bientôt plus chère
13 mai 2027

Le gouvernement ukrainien s'apprête à relever le prix réglementé de l'électricité pour les ménages de 4,32 à 4,96 hryvnias le kilowattheure à partir du 1er juillet, rapporte le Kyiv Post, citant l'agence Interfax-Ukraine.

La décision serait « de fait arrêtée », selon une source gouvernementale. Le prix actuel est en vigueur depuis juin 2024.
""",
}, [{"name": "Інтерфакс-Україна", "in_corpus": True}],
[("Інтерфакс-Україна", "01_ru.txt"), ("Інтерфакс-Україна", "02_en.txt"), ("Kyiv Post", "03_de.txt"), ("Kyiv Post", "04_fr.txt")],
[("Ukraine's government is preparing to raise the household electricity price from 4.32 to 4.96 hryvnias per kWh from 1 July.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], 1),
 ("Households using up to 250 kWh a month would keep the 4.32 price in the heating season.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt"], 1)])

# r05: a regulator's statement (Bundesnetzagentur) taken directly by tagesschau.de ("teilte die
# Behörde ... mit"), DW ("said in a statement") and Коммерсантъ (no date line, "говорится в
# заявлении"); Європейська правда credits "німецький суспільний мовник tagesschau з посиланням на
# заяву" -> edge from the in-corpus tagesschau.de; root stays the Bundesnetzagentur.
story("r05_bundesnetzagentur_storage_statement", "official_statement_with_chain", {
"00_de.txt": """Bundesnetzagentur: Speicherziel für Gas wohl nicht erreichbar
tagesschau.de
04.10.2027 12:40

Die deutschen Gasspeicher sind nach Angaben der Bundesnetzagentur derzeit nur zu 68 Prozent gefüllt. Das gesetzliche Ziel von 80 Prozent zum 1. November werde „voraussichtlich verfehlt“, teilte die Behörde am Montag in Bonn mit.

„Die Versorgung ist gesichert, aber die Lage ist angespannter als in den vergangenen Jahren“, erklärte Behördenpräsidentin Henrike Solms in der Mitteilung. Sie rief Industrie und Privathaushalte auf, bewusst mit Gas umzugehen. Die Ausrufung der Alarmstufe des Notfallplans Gas sei derzeit nicht geplant.

Als Grund für den langsamen Füllstand nennt die Bundesnetzagentur die hohen Preise am Terminmarkt im Sommer, die das Einspeichern für Händler unattraktiv gemacht hätten.
""",
"01_en.txt": """German gas storage set to miss November target, regulator warns
DW
2027-10-04T13:15:00+00:00

Germany's gas storage facilities are only 68% full and will probably miss the legally required level of 80% by November 1, the Federal Network Agency (Bundesnetzagentur) said in a statement on Monday.

"Supply is secure, but the situation is tighter than in previous years," the agency's president, Henrike Solms, said. She urged industry and households to use gas carefully but said there were no plans to declare the alert level of Germany's gas emergency plan.

The regulator blamed high summer prices on the futures market, which made storing gas unattractive for traders.
""",
"02_uk.txt": """Німеччина, ймовірно, не встигне заповнити газові сховища до листопада
Європейська правда
04.10.2027 18:00

Газові сховища Німеччини заповнені лише на 68%, і встановлену законом позначку у 80% до 1 листопада, найімовірніше, не буде досягнуто. Про це повідомляє німецький суспільний мовник tagesschau з посиланням на заяву Федерального мережевого агентства (Bundesnetzagentur).

«Постачання гарантоване, але ситуація напруженіша, ніж у попередні роки», — заявила президентка відомства Генріке Зольмс.

Вона закликала промисловість і домогосподарства ощадливо використовувати газ.
""",
"03_ru.txt": """Германия рискует не заполнить газовые хранилища к зиме
Коммерсантъ

Газовые хранилища Германии заполнены лишь на 68%, и установленный законом уровень в 80% к 1 ноября, вероятно, не будет достигнут, говорится в заявлении Федерального сетевого агентства ФРГ (Bundesnetzagentur).

«Снабжение гарантировано, но ситуация напряженнее, чем в предыдущие годы», — заявила глава ведомства Хенрике Зольмс. Объявлять уровень тревоги в рамках чрезвычайного плана по газу пока не планируется, уточнили в агентстве.

Причиной медленной закачки регулятор называет высокие летние цены на фьючерсном рынке.
""",
}, [{"name": "Bundesnetzagentur", "in_corpus": False}],
[("Bundesnetzagentur", "00_de.txt"), ("Bundesnetzagentur", "01_en.txt"), ("tagesschau.de", "02_uk.txt"), ("Bundesnetzagentur", "03_ru.txt")],
[("German gas storage is only 68% full and the legal 80% target for 1 November will probably be missed.",
  ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1),
 ("No alert level of the gas emergency plan is planned for now.",
  ["00_de.txt", "01_en.txt", "03_ru.txt"], 1)])

# r06: a climate study by a research institute (PIK, in Nature Energy) covered directly by The
# Guardian ("according to a study ... Researchers at the Potsdam Institute", "said in a statement
# released by the institute") and Der Spiegel ("heißt es in einer Studie des Potsdam-Instituts",
# "in einer Mitteilung des Instituts"); НВ (uk) and the Russian article (no outlet line) credit The
# Guardian; 20 Minutes (fr) credits Der Spiegel. Root: the institute (not in corpus).
story("r06_pik_river_heat_study", "study_direct_and_via_newspaper", {
"00_en.txt": """Hotter rivers could triple forced shutdowns of Europe's power plants by 2050, study finds
The Guardian
2027-07-21 16:00

Thermal power plants along Europe's big rivers could be forced to cut output three times as often by 2050 because the water will be too warm to cool them, according to a study published on Wednesday.

Researchers at the Potsdam Institute for Climate Impact Research (PIK) found that the number of days on which nuclear, coal and gas plants on the Rhine, Rhône, Danube and Elbe must throttle back would rise from an average of nine a year in 2000–2020 to about 27 by mid-century if global heating reaches 2C. The findings were published in the journal Nature Energy.

France's nuclear fleet is the most exposed: on the hottest days up to 18 gigawatts of capacity could be curtailed, the study says.

"Rivers are the hidden weak point of Europe's power system," the study's lead author, Miriam Vogelsang, said in a statement released by the institute. The authors call for cooling towers to be retrofitted and for grid operators to plan for summer shortfalls rather than only winter ones.
""",
"01_de.txt": """Zu warme Flüsse: Kraftwerke müssen künftig dreimal so oft drosseln
Der Spiegel
21.07.2027 17:30

Wärmekraftwerke an Europas großen Flüssen werden ihre Leistung bis 2050 etwa dreimal so häufig drosseln müssen wie bisher, weil das Flusswasser zur Kühlung zu warm ist. Das heißt es in einer Studie des Potsdam-Instituts für Klimafolgenforschung (PIK), die am Mittwoch im Fachjournal „Nature Energy“ erschien.

Bei einer Erderwärmung von zwei Grad steige die Zahl der Drosselungstage an Rhein, Rhône, Donau und Elbe von durchschnittlich neun pro Jahr im Zeitraum 2000 bis 2020 auf rund 27. Am stärksten betroffen sei die französische Atomkraft: An den heißesten Tagen könnten bis zu 18 Gigawatt Leistung ausfallen.

„Flüsse sind die versteckte Schwachstelle des europäischen Stromsystems“, wird Leitautorin Miriam Vogelsang in einer Mitteilung des Instituts zitiert.
""",
"02_uk.txt": """Через спеку в річках електростанції Європи обмежуватимуть роботу втричі частіше — The Guardian
НВ
21.07.2027 20:10

Теплові та атомні електростанції на великих річках Європи до 2050 року будуть змушені знижувати потужність утричі частіше, ніж зараз, через занадто теплу для охолодження воду. Про це пише британська газета The Guardian із посиланням на дослідження Потсдамського інституту досліджень впливу клімату (PIK).

За даними видання, кількість таких днів на Рейні, Роні, Дунаї та Ельбі зросте в середньому з дев'яти на рік до приблизно 27, якщо глобальне потепління сягне 2 градусів.

«Річки — приховане слабке місце енергосистеми Європи», — цитує The Guardian провідну авторку дослідження Міріам Фогельзанг.
""",
"03_ru.txt": """The Guardian: из-за перегрева рек электростанции Европы будут втрое чаще снижать мощность
2027-07-22 08:05

Тепловые и атомные электростанции на крупных реках Европы к 2050 году будут втрое чаще вынуждены снижать выработку, потому что вода станет слишком теплой для охлаждения, пишет The Guardian со ссылкой на исследование Потсдамского института изучения климатических изменений (PIK).

По данным газеты, число таких дней на Рейне, Роне, Дунае и Эльбе вырастет в среднем с девяти в год до примерно 27 при потеплении на 2 градуса. Исследование опубликовано в журнале Nature Energy.
""",
"04_fr.txt": """Canicule : les centrales nucléaires françaises de plus en plus menacées par la chaleur des fleuves
20 Minutes
22 juillet 2027

Les centrales thermiques installées le long des grands fleuves européens devront réduire leur production trois fois plus souvent d'ici à 2050, faute d'une eau assez fraîche pour les refroidir, rapporte l'hebdomadaire allemand Der Spiegel, qui cite une étude de l'Institut de Potsdam pour la recherche sur l'impact climatique (PIK).

Le nombre de jours de baisse forcée passerait de neuf par an en moyenne à environ 27 sur le Rhin, le Rhône, le Danube et l'Elbe. Le parc nucléaire français serait le plus exposé : jusqu'à 18 gigawatts pourraient être indisponibles lors des journées les plus chaudes, selon le magazine.
""",
}, [{"name": "Potsdam Institute for Climate Impact Research", "in_corpus": False}],
[("Potsdam Institute for Climate Impact Research", "00_en.txt"), ("Potsdam Institute for Climate Impact Research", "01_de.txt"),
 ("The Guardian", "02_uk.txt"), ("The Guardian", "03_ru.txt"), ("Der Spiegel", "04_fr.txt")],
[("Forced output cuts at Europe's river-cooled power plants could triple by 2050, from about nine to about 27 days a year.",
  ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("France's nuclear fleet is the most exposed, with up to 18 GW at risk on the hottest days.",
  ["00_en.txt", "01_de.txt", "04_fr.txt"], 1)])

# r07: one outlet's own correspondent at a summit (Le Monde's envoyée spéciale at COP32: "selon une
# version du texte que Le Monde a pu consulter", "a confié à notre envoyée spéciale"); Euronews
# "Le Monde reported ... told Le Monde"; Українська правда "повідомляє французька газета Le Monde";
# Lenta.ru is an uncredited close Russian rewrite published hours later (same figures, same quotes,
# no credit): edge from Le Monde.
story("r07_cop32_correspondent_uncredited_rewrite", "correspondent_with_uncredited_rewrite", {
"00_fr.txt": """COP32 : le projet de déclaration finale abandonne la « transition hors des énergies fossiles »
Le Monde
17 novembre 2027

Par Clémence Aubertin (Addis-Abeba, envoyée spéciale)

Le projet de déclaration finale de la COP32, transmis mardi soir aux délégations par la présidence éthiopienne, ne mentionne plus la « transition hors des énergies fossiles » adoptée à Dubaï en 2023, selon une version du texte que Le Monde a pu consulter. Le texte propose en revanche un objectif de 300 milliards de dollars par an consacrés à l'adaptation d'ici à 2035.

« C'est un recul que l'Union européenne ne signera pas en l'état », a confié à notre envoyée spéciale un négociateur européen, sous couvert d'anonymat. Dans les couloirs du centre de conférences, plusieurs délégations des petits États insulaires dénonçaient mercredi matin un « texte écrit pour les pays producteurs ».

La présidence éthiopienne n'a pas répondu aux sollicitations du Monde. Les négociations doivent s'achever vendredi.
""",
"01_en.txt": """COP32 draft drops 'transition away from fossil fuels', Le Monde reports
Euronews
2027-11-17 12:30

The draft final declaration of the COP32 climate summit in Addis Ababa no longer mentions the "transition away from fossil fuels" agreed in Dubai in 2023, French daily Le Monde reported on Wednesday, citing a version of the text seen by its correspondent.

The draft instead proposes a goal of $300 billion a year for climate adaptation by 2035, according to the newspaper.

"This is a step back that the European Union will not sign as it stands," a European negotiator told Le Monde on condition of anonymity. Talks are scheduled to end on Friday.
""",
"02_uk.txt": """Проєкт підсумкової декларації COP32 не згадує відмову від викопного палива — Le Monde
Українська правда
17.11.2027 15:45

З проєкту підсумкової декларації кліматичного саміту COP32 в Аддис-Абебі зникла згадка про «перехід від викопного палива», погоджений у Дубаї у 2023 році. Про це повідомляє французька газета Le Monde, спецкореспондентка якої ознайомилася з текстом документа.

«Це крок назад, який Євросоюз у нинішньому вигляді не підпише», — сказав виданню європейський переговорник на умовах анонімності.

Переговори мають завершитися в п'ятницю.
""",
"03_ru.txt": """Из проекта итоговой декларации COP32 исчез отказ от ископаемого топлива
Lenta.ru
2027-11-17T19:10:00+03:00

Проект итоговой декларации климатического саммита COP32, который во вторник вечером эфиопское председательство разослало делегациям, больше не упоминает «переход от ископаемого топлива», согласованный в Дубае в 2023 году. Вместо этого в тексте предлагается цель в 300 миллиардов долларов в год на адаптацию к 2035 году.

«Это шаг назад, который Евросоюз в нынешнем виде не подпишет», — заявил один из европейских переговорщиков на условиях анонимности. Несколько делегаций малых островных государств назвали документ «текстом, написанным для стран-производителей».

Эфиопское председательство на запросы не ответило. Переговоры должны завершиться в пятницу.
""",
}, [{"name": "Le Monde", "in_corpus": True}],
[("Le Monde", "01_en.txt"), ("Le Monde", "02_uk.txt"), ("Le Monde", "03_ru.txt")],
[("The COP32 draft final declaration no longer mentions the transition away from fossil fuels.",
  ["00_fr.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 1),
 ("The draft proposes an adaptation goal of $300 billion a year by 2035.",
  ["00_fr.txt", "01_en.txt", "03_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 86 (real media names, invented energy and climate events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
