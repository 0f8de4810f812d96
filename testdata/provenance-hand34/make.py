#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand34 set.

Events, people, companies and products are invented; the outlets are real German, Austrian,
Swiss and French media and agencies. See README.md for what was read before writing this set.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: dpa (not in the corpus) relayed by four articles in four languages. Officials (water police,
# shipping office) are quoted to dpa: they are not origins.
story("r01_agency_dpa_paddle_steamer", "agency", {
"00_de.txt": """Raddampfer „Loreley-Stern“ läuft bei St. Goar auf Grund – 214 Passagiere in Sicherheit
Die Welt
13.06.2027 09:40

Der historische Raddampfer „Loreley-Stern“ ist am Samstagabend auf dem Rhein bei St. Goar auf Grund gelaufen. Alle 214 Passagiere wurden von Booten der Feuerwehr und der Wasserschutzpolizei an Land gebracht, meldet die Nachrichtenagentur dpa.

Drei Fahrgäste wurden nach Angaben der Agentur leicht verletzt, als das Schiff gegen 20.15 Uhr ruckartig zum Stehen kam. Sie wurden ambulant in einem Krankenhaus in Oberwesel behandelt. „Das Schiff liegt stabil, es tritt kein Treibstoff aus“, sagte ein Sprecher der Wasserschutzpolizei der dpa.

Der Rhein ist zwischen Oberwesel und St. Goar für die Schifffahrt gesperrt. Nach Auskunft des Wasserstraßen- und Schifffahrtsamts soll der 1926 gebaute Dampfer am Montag mit zwei Schleppern freigezogen werden. Warum das Schiff außerhalb der Fahrrinne fuhr, ist unklar. Der Kapitän wurde befragt.
""",
"01_uk.txt": """На Рейні сів на мілину історичний пароплав: 214 пасажирів евакуювали
Deutsche Welle
2027-06-13T11:20:00+02:00

Історичний колісний пароплав «Лорелай-Штерн» (Loreley-Stern) у суботу ввечері сів на мілину на Рейні поблизу міста Санкт-Гоар. Усіх 214 пасажирів пожежні та річкова поліція переправили на берег човнами. Про це повідомляє німецьке інформаційне агентство dpa.

За даними агентства, троє пасажирів отримали легкі травми, коли судно різко зупинилося близько 20:15. Їм надали допомогу в лікарні в Обервезелі. «Судно стоїть стабільно, витоку пального немає», — сказав агентству dpa речник річкової поліції.

Пароплав збудували 1926 року. Його планують зняти з мілини в понеділок за допомогою двох буксирів. Чому судно відхилилося від фарватеру, поки невідомо.
""",
"02_ru.txt": """Исторический пароход сел на мель на Рейне, пассажиров эвакуировали
RFI
Sun, 13 Jun 2027 10:05:00 +0000

В субботу вечером на Рейне у города Санкт-Гоар сел на мель исторический колесный пароход «Лорелай-Штерн». Все 214 пассажиров были доставлены на берег на лодках пожарных и речной полиции, сообщает немецкое агентство dpa.

Судоходство по Рейну между Обервезелем и Санкт-Гоаром закрыто, передает dpa со ссылкой на ведомство водных путей и судоходства. Пароход, построенный в 1926 году, в понедельник попытаются стянуть с мели двумя буксирами.

Причины происшествия выясняются, капитана судна допросили.
""",
"03_en.txt": """Historic paddle steamer runs aground on the Rhine, 214 passengers taken ashore
www.france24.com
2027-06-13 12:30

A historic paddle steamer ran aground on the Rhine near the German town of Sankt Goar on Saturday evening, and all 214 passengers were taken ashore by fire brigade and river police boats, German news agency dpa reported.

Three passengers suffered minor injuries when the Loreley-Stern, built in 1926, came to an abrupt halt at around 8:15 p.m., dpa said. "The ship is stable and no fuel is leaking," a river police spokesman told dpa.

The Rhine has been closed to shipping between Oberwesel and Sankt Goar, one of the busiest stretches of the river. Two tugs are due to try to pull the steamer free on Monday. It is not yet known why the vessel left the navigation channel.
""",
}, [("dpa", False)],
[("dpa", "00_de.txt"), ("dpa", "01_uk.txt"), ("dpa", "02_ru.txt"), ("dpa", "03_en.txt")],
[("The paddle steamer Loreley-Stern ran aground on the Rhine near Sankt Goar and all 214 passengers were brought ashore.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("Three passengers were slightly injured.", ["00_de.txt", "01_uk.txt", "03_en.txt"], 1),
 ("The Rhine was closed to shipping between Oberwesel and Sankt Goar.", ["00_de.txt", "02_ru.txt", "03_en.txt"], 1),
 ("Two tugs are to try to pull the steamer free on Monday.", ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# r02: Der Spiegel's own investigation (invoices it has seen, a quote given to Der Spiegel),
# relayed in uk, ru, en (no date line) and fr. The company and the ministry are not origins.
story("r02_scoop_spiegel_noise_barriers", "scoop", {
"00_de.txt": """Lärmschutz, den es nicht gibt: Baufirma kassierte 31 Millionen Euro für Wände an der A66
www.spiegel.de
2027-04-22T06:00:00+02:00

Die hessische Baufirma Hessmann Bau GmbH hat dem Land Hessen rund 31 Millionen Euro für Lärmschutzwände an der A66 in Rechnung gestellt, die zum größten Teil nie gebaut wurden. Das zeigen Recherchen des SPIEGEL.

Dem SPIEGEL liegen Rechnungen, Bautagebücher und interne E-Mails aus den Jahren 2024 bis 2026 vor. Demnach wurden von den vereinbarten neun Kilometern Lärmschutz zwischen Hofheim und Wiesbaden bislang nur 2,4 Kilometer errichtet. Bezahlt wurde trotzdem fast die gesamte Summe. In mehreren E-Mails drängen Mitarbeiter der Straßenbauverwaltung darauf, „die Abschläge vor Jahresende rauszuhauen“.

Geschäftsführer Reinhard Hessmann sagte dem SPIEGEL, es handle sich um „ganz normale Abschlagszahlungen für bestellte Elemente“, die in einem Lager in Limburg bereitstünden. Ein Sprecher des hessischen Verkehrsministeriums erklärte, man prüfe die Zahlungen „mit Hochdruck“.

Anwohner in Hofheim warten seit 2023 auf die Wände. „Uns wurde gesagt, das Geld sei da, nur die Firma komme nicht hinterher“, sagt eine Anwohnerin.
""",
"01_uk.txt": """Німецька будівельна фірма отримала 31 млн євро за шумозахисні стіни, яких немає
RFI
22.04.2027 14:10

Будівельна компанія Hessmann Bau з німецької землі Гессен виставила землі рахунки приблизно на 31 мільйон євро за шумозахисні стіни вздовж автобану A66, більшість із яких так і не збудували. Про це пише німецький журнал Der Spiegel («Шпігель»).

За даними журналу, який ознайомився з рахунками та внутрішнім листуванням, із дев'яти кілометрів стін між Гофгаймом і Вісбаденом звели лише 2,4 кілометра, але оплачено майже всю суму.

Директор компанії Райнгард Гессманн заявив «Шпігелю», що йдеться про звичайні авансові платежі за вже замовлені елементи. Міністерство транспорту Гессену перевіряє виплати.
""",
"02_ru.txt": """Немецкая фирма получила 31 млн евро за несуществующие шумозащитные стены
Deutsche Welle
2027-04-22 16:30

Строительная фирма Hessmann Bau выставила федеральной земле Гессен счета примерно на 31 миллион евро за шумозащитные стены вдоль автобана A66, которые в основном так и не были построены, сообщает немецкий журнал Der Spiegel.

Как пишет журнал, в его распоряжении оказались счета, строительные журналы и внутренняя переписка. Министерство транспорта Гессена сообщило, что проверяет платежи.

Жители Хофхайма ждут защиты от шума с 2023 года.
""",
"03_en.txt": """German builder billed 31 million euros for noise walls that were never built

A construction firm in the German state of Hesse billed the state around 31 million euros for noise barriers along the A66 motorway, most of which were never built, German magazine Der Spiegel reported on Thursday.

According to invoices and internal emails seen by the magazine, only 2.4 of the nine kilometres of barriers between Hofheim and Wiesbaden have been put up, although almost the full amount has been paid.

Managing director Reinhard Hessmann told Der Spiegel the payments were routine instalments for elements that had already been ordered and were stored in a warehouse. Hesse's transport ministry said it was reviewing the payments.
""",
"04_fr.txt": """Allemagne : 31 millions d'euros payés pour des murs antibruit fantômes
Libération
22 avril 2027

Une entreprise de BTP de la Hesse a facturé au Land quelque 31 millions d'euros pour des murs antibruit le long de l'autoroute A66 qui n'ont, pour l'essentiel, jamais été construits, révèle l'hebdomadaire allemand Der Spiegel.

Selon le magazine, qui a pu consulter factures et courriels internes, seuls 2,4 des neuf kilomètres prévus entre Hofheim et Wiesbaden ont été érigés. La quasi-totalité de la somme a pourtant été versée.

Le ministère régional des Transports assure examiner les paiements. Le patron de l'entreprise, Reinhard Hessmann, parle auprès du Spiegel de simples acomptes pour des éléments déjà commandés.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_uk.txt"), ("Der Spiegel", "02_ru.txt"), ("Der Spiegel", "03_en.txt"), ("Der Spiegel", "04_fr.txt")],
[("Hessmann Bau billed the state of Hesse about 31 million euros for noise barriers along the A66 that were mostly never built.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_fr.txt"], 1),
 ("Only 2.4 of the nine kilometres of barriers between Hofheim and Wiesbaden have been built, yet almost the whole sum was paid.",
  ["00_de.txt", "01_uk.txt", "03_en.txt", "04_fr.txt"], 1),
 ("Managing director Reinhard Hessmann says the payments were normal instalments for elements already ordered.",
  ["00_de.txt", "01_uk.txt", "03_en.txt", "04_fr.txt"], 1),
 ("Hesse's transport ministry is reviewing the payments.",
  ["00_de.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_fr.txt"], 1)])

# r03: chain Le Monde (own: documents consulted, CEO speaking to Le Monde) -> FAZ -> NZZ
# ("laut einem Bericht der FAZ, die sich auf Le Monde beruft": edge from FAZ); the uk article
# credits Le Monde directly. The Saxon ministry statement is not an origin.
story("r03_chain_lemonde_faz_nzz", "chain", {
"00_fr.txt": """Aérolys choisit Leipzig plutôt que Toulouse pour son usine d'avions électriques
www.lemonde.fr
9 mars 2027

La start-up toulousaine Aérolys, qui développe un avion électrique de 19 places, va construire sa première usine de production en série à Leipzig, en Allemagne, et non à Toulouse comme elle l'avait annoncé, a appris Le Monde.

Selon des documents internes consultés par Le Monde, l'investissement atteint environ 420 millions d'euros et doit créer 900 emplois d'ici à 2030. Le Land de Saxe a proposé une aide d'environ 110 millions d'euros, soit près du double de ce qu'offraient l'État et la région Occitanie.

« Nous avons attendu dix-huit mois une réponse claire en France. En Saxe, nous l'avons eue en six semaines », a déclaré au Monde la présidente d'Aérolys, Mathilde Féraud. La décision doit être présentée au conseil d'administration le 16 mars.

Le bureau d'études et une centaine d'ingénieurs resteront à Toulouse.
""",
"01_de.txt": """Französischer Elektroflugzeug-Hersteller Aérolys will in Leipzig bauen
www.faz.net
09.03.2027 15:30

Das Toulouser Start-up Aérolys will seine erste Serienfabrik für ein elektrisches 19-Sitzer-Flugzeug in Leipzig statt in Toulouse errichten. Das berichtet die französische Zeitung „Le Monde“.

Nach Angaben der Zeitung, die sich auf interne Unterlagen beruft, geht es um Investitionen von rund 420 Millionen Euro und 900 Arbeitsplätze bis 2030. Sachsen habe Fördermittel von etwa 110 Millionen Euro in Aussicht gestellt, fast doppelt so viel wie Paris und die Region Okzitanien.

Das sächsische Wirtschaftsministerium teilte am Nachmittag mit, man führe mit mehreren Investoren aus der Luftfahrt „vertrauliche Gespräche“ und äußere sich zu einzelnen Unternehmen nicht. Für Leipzig wäre es die größte Industrieansiedlung seit Jahren.
""",
"02_de.txt": """Sachsen lockt französisches Luftfahrt-Start-up an
Neue Zürcher Zeitung
10. März 2027

Das französische Unternehmen Aérolys will sein erstes Werk für elektrisch angetriebene Regionalflugzeuge nicht in Toulouse, sondern in Leipzig bauen. Das berichtet die „Frankfurter Allgemeine Zeitung“, die sich auf die französische Zeitung „Le Monde“ beruft.

Laut einem Bericht der FAZ sollen rund 420 Millionen Euro investiert und 900 Stellen geschaffen werden. Den Ausschlag gaben offenbar Fördergelder von etwa 110 Millionen Euro, die der Freistaat Sachsen angeboten habe.

In Frankreich dürfte die Entscheidung eine Debatte über die Industriepolitik auslösen. Schon 2025 hatte ein Batteriehersteller der Region Okzitanien den Rücken gekehrt.
""",
"03_uk.txt": """Французький виробник електролітаків збудує завод у Німеччині, а не у Франції
Deutsche Welle
2027-03-09T18:45:00+01:00

Французький стартап Aérolys, який розробляє 19-місний електричний літак, збудує свій перший серійний завод у Лейпцигу, а не в Тулузі. Про це пише французька газета Le Monde з посиланням на внутрішні документи компанії.

За даними видання, інвестиції становитимуть близько 420 мільйонів євро, а до 2030 року на заводі мають з'явитися 900 робочих місць.

«Ми півтора року чекали на чітку відповідь у Франції. У Саксонії ми отримали її за шість тижнів», — цитує Le Monde голову компанії Матільду Феро.
""",
}, [("Le Monde", True)],
[("Le Monde", "01_de.txt"), ("Frankfurter Allgemeine Zeitung", "02_de.txt"), ("Le Monde", "03_uk.txt")],
[("Aérolys will build its first series production plant in Leipzig instead of Toulouse.",
  ["00_fr.txt", "01_de.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The plant means an investment of about 420 million euros and 900 jobs by 2030.",
  ["00_fr.txt", "01_de.txt", "02_de.txt", "03_uk.txt"], 1),
 ("Saxony offered about 110 million euros in subsidies.", ["00_fr.txt", "01_de.txt", "02_de.txt"], 1),
 ("Aérolys chief Mathilde Féraud said the company waited eighteen months for a clear answer in France and got one in six weeks in Saxony.",
  ["00_fr.txt", "03_uk.txt"], 1)])

# r04: two independent origins for the same claim: Bild (a quote given to Bild = its own
# reporting) and Le Figaro (an anonymous police source belongs to Le Figaro). BFMTV relays
# Le Figaro ("révèle Le Figaro"), the ru article relays Bild ("сообщает немецкое издание Bild").
story("r04_two_origins_stolen_painting", "independent", {
"00_de.txt": """Gestohlenes Asal-Gemälde in Straßburg aufgetaucht!
Bild
2027-05-18T07:30:00+02:00

Vier Monate nach dem spektakulären Einbruch im Baden-Badener Museum Lichtental ist das gestohlene Gemälde „Gewitter über dem Mummelsee“ wieder da! Das Bild des Schwarzwaldmalers Friedrich Wendelin Asal (1821–1889) wurde in einer Wohnung in Straßburg gefunden.

„Ich habe vor Freude geweint“, sagte Museumsdirektorin Dr. Karola Weinsheimer der „Bild“-Zeitung. „Das Gemälde ist unversehrt, nicht einmal der Rahmen hat einen Kratzer.“ Es soll in der kommenden Woche unter Polizeischutz nach Baden-Baden zurückgebracht werden.

Der Wert des Gemäldes wird auf rund 2,3 Millionen Euro geschätzt. Die Diebe waren im Januar über ein Baugerüst in das Museum eingestiegen.
""",
"01_fr.txt": """Un tableau volé dans un musée allemand retrouvé dans un appartement de Strasbourg
www.lefigaro.fr
18 mai 2027

Le tableau « Orage sur le Mummelsee » du peintre allemand Friedrich Wendelin Asal, volé en janvier au musée Lichtental de Baden-Baden, a été retrouvé dans un appartement du quartier du Neudorf, à Strasbourg, a appris Le Figaro de source policière.

Deux hommes, âgés de 34 et 41 ans, ont été interpellés lundi matin lors de l'opération menée par l'Office central de lutte contre le trafic des biens culturels avec des enquêteurs allemands. Selon notre source, ils cherchaient depuis plusieurs semaines un acheteur en Belgique.

L'œuvre, estimée à 2,3 millions d'euros, avait été dérobée de nuit par des cambrioleurs passés par un échafaudage.
""",
"02_fr.txt": """Strasbourg : le tableau volé à Baden-Baden retrouvé, deux interpellations
BFMTV
2027-05-18 11:50

Un tableau du XIXe siècle volé en janvier dans un musée de Baden-Baden, en Allemagne, a été retrouvé dans un appartement de Strasbourg, révèle Le Figaro.

Selon le quotidien, deux hommes de 34 et 41 ans ont été interpellés lundi dans le quartier du Neudorf. Ils auraient tenté de revendre l'œuvre, « Orage sur le Mummelsee » de Friedrich Wendelin Asal, en Belgique.

La toile est estimée à 2,3 millions d'euros.
""",
"03_ru.txt": """Украденную в Германии картину нашли в Страсбурге
RFI
Tue, 18 May 2027 12:20:00 +0000

Картина немецкого художника XIX века Фридриха Венделина Азаля «Гроза над Муммельзее», похищенная в январе из музея Лихтенталь в Баден-Бадене, найдена в одной из квартир Страсбурга, сообщает немецкое издание Bild.

«Картина не повреждена, даже на раме нет ни царапины», — рассказала изданию директор музея Карола Вайнсхаймер. По ее словам, на следующей неделе полотно под охраной полиции вернут в Баден-Баден.
""",
}, [("Bild", True), ("Le Figaro", True)],
[("Le Figaro", "02_fr.txt"), ("Bild", "03_ru.txt")],
[("The Asal painting stolen from the Lichtental museum in Baden-Baden was found in an apartment in Strasbourg.",
  ["00_de.txt", "01_fr.txt", "02_fr.txt", "03_ru.txt"], 2),
 ("The museum director says the painting is undamaged and will be brought back to Baden-Baden next week.",
  ["00_de.txt", "03_ru.txt"], 1),
 ("Two men aged 34 and 41 were arrested in Strasbourg's Neudorf district.", ["01_fr.txt", "02_fr.txt"], 1),
 ("The painting is valued at about 2.3 million euros.", ["00_de.txt", "01_fr.txt", "02_fr.txt"], 2)])

# r05: Handelsblatt's own report (company sources, a quote given to Handelsblatt); Les Echos
# publishes an uncredited close French translation the next morning (it even keeps "told this
# newspaper" as "à notre journal"): edge Handelsblatt -> Les Echos. RFI credits Les Echos
# ("d'après Les Echos"): edge from Les Echos, root Handelsblatt. The uk article credits Handelsblatt.
story("r05_translation_handelsblatt_lesechos", "translation", {
"00_de.txt": """Lindholm Chemie will französischen Farbenhersteller Castagnède kaufen
www.handelsblatt.com
2027-10-07T17:45:00+02:00

Der Krefelder Spezialchemiekonzern Lindholm Chemie steht vor der größten Übernahme seiner Geschichte. Wie das Handelsblatt aus Unternehmenskreisen erfuhr, will Lindholm den Lyoner Farbenhersteller Peintures Castagnède für rund 2,1 Milliarden Euro übernehmen. Die Transaktion soll am Montag bekannt gegeben werden.

Die Eigentümerfamilie Castagnède habe dem Verkauf bereits zugestimmt, heißt es. Die 1800 Arbeitsplätze in Frankreich sollen nach den Plänen erhalten bleiben, das Werk in Villeurbanne soll sogar ausgebaut werden.

„Frankreich ist für uns der wichtigste Wachstumsmarkt in Europa“, sagte Vorstandschefin Fenja Rautenberg dem Handelsblatt, ohne die Übernahme direkt zu bestätigen. Lindholm erzielte im vergangenen Jahr einen Umsatz von 6,4 Milliarden Euro.
""",
"01_fr.txt": """L'allemand Lindholm Chemie veut racheter les Peintures Castagnède
Les Echos
8 octobre 2027

Le groupe allemand de chimie de spécialités Lindholm Chemie, basé à Krefeld, s'apprête à réaliser la plus grosse acquisition de son histoire. Selon des sources proches de l'entreprise, Lindholm veut racheter le fabricant lyonnais de peintures Peintures Castagnède pour environ 2,1 milliards d'euros. L'opération doit être annoncée lundi.

La famille Castagnède aurait déjà donné son accord à la vente. Les 1.800 emplois en France seraient maintenus et l'usine de Villeurbanne serait même agrandie.

« La France est pour nous le premier marché de croissance en Europe », a déclaré à notre journal la présidente du directoire, Fenja Rautenberg, sans confirmer directement l'acquisition. Lindholm a réalisé l'an dernier un chiffre d'affaires de 6,4 milliards d'euros.
""",
"02_fr.txt": """Le chimiste allemand Lindholm sur le point de racheter Castagnède
RFI
2027-10-08 10:20

Le fabricant lyonnais Peintures Castagnède pourrait passer sous pavillon allemand. Le groupe de chimie Lindholm Chemie s'apprête à le racheter pour environ 2,1 milliards d'euros, d'après Les Echos.

Selon le quotidien économique, l'annonce doit intervenir lundi, et les 1.800 salariés français de Castagnède conserveraient leur emploi. Les syndicats de l'usine de Villeurbanne demandent des garanties écrites.
""",
"03_uk.txt": """Німецький хімічний концерн купує французького виробника фарб за 2,1 млрд євро
Deutsche Welle
08.10.2027 09:15

Німецький хімічний концерн Lindholm Chemie з Крефельда планує купити французького виробника фарб Peintures Castagnède з Ліона приблизно за 2,1 мільярда євро. Про це пише німецька ділова газета Handelsblatt з посиланням на джерела в компанії.

«Франція для нас — найважливіший ринок зростання в Європі», — сказала виданню голова правління Фенья Раутенберг. Угоду мають оголосити в понеділок.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_fr.txt"), ("Les Echos", "02_fr.txt"), ("Handelsblatt", "03_uk.txt")],
[("Lindholm Chemie plans to buy the Lyon paint maker Peintures Castagnède for about 2.1 billion euros, to be announced on Monday.",
  ["00_de.txt", "01_fr.txt", "02_fr.txt", "03_uk.txt"], 1),
 ("Castagnède's 1,800 jobs in France are to be kept.", ["00_de.txt", "01_fr.txt", "02_fr.txt"], 1),
 ("Chief executive Fenja Rautenberg said France is Lindholm's most important growth market in Europe.",
  ["00_de.txt", "01_fr.txt", "03_uk.txt"], 1)])

# r06: SZ's own report from anonymous "Sicherheitskreise" (they belong to SZ). tagesschau.de
# (no outlet line, title suffix) credits "wie die SZ unter Berufung auf Sicherheitskreise
# berichtet": edge from SZ only. Libération credits SZ and adds a prosecutor's confirmation
# given to AFP (AFP, not in the corpus, is a second root of the investigation claim).
story("r06_scoop_sz_plus_afp", "confirmation", {
"00_de.txt": """Bundesanwaltschaft ermittelt gegen Drohnenzulieferer Alpenflug
www.sueddeutsche.de
2027-11-16T05:30:00+01:00

Die Bundesanwaltschaft ermittelt gegen den oberbayerischen Drohnenzulieferer Alpenflug Systems aus Gilching. Nach Informationen der Süddeutschen Zeitung besteht der Verdacht, dass das Unternehmen über eine Handelsfirma in Kasachstan rund 4000 Elektromotoren für Drohnen nach Russland geliefert hat – trotz des Embargos.

Ermittler durchsuchten nach SZ-Informationen bereits am Dienstag vergangener Woche die Firmenräume in Gilching und die Wohnungen von zwei Managern. Dabei seien Lieferpapiere sichergestellt worden, hieß es aus Sicherheitskreisen. Die Motoren sollen in russischen Angriffsdrohnen verbaut worden sein.

Alpenflug ließ eine schriftliche Anfrage der SZ bis Redaktionsschluss unbeantwortet. Das Unternehmen beschäftigt rund 140 Mitarbeiter.
""",
"01_de.txt": """Verdacht auf Embargoverstoß: Ermittlungen gegen Drohnen-Zulieferer | tagesschau.de
16.11.2027 09:12

Die Bundesanwaltschaft ermittelt gegen das bayerische Unternehmen Alpenflug Systems. Es soll rund 4000 Drohnenmotoren über Kasachstan nach Russland geliefert haben, wie die „Süddeutsche Zeitung“ (SZ) unter Berufung auf Sicherheitskreise berichtet.

Demnach wurden die Geschäftsräume der Firma in Gilching sowie die Wohnungen zweier Manager bereits in der vergangenen Woche durchsucht. Für Verstöße gegen das Außenwirtschaftsgesetz drohen mehrjährige Haftstrafen.
""",
"02_fr.txt": """Allemagne : enquête sur un sous-traitant soupçonné d'avoir contourné l'embargo russe
Libération
16 novembre 2027

Le parquet fédéral allemand enquête sur Alpenflug Systems, un fabricant bavarois de composants pour drones soupçonné d'avoir violé l'embargo contre la Russie, rapporte la Süddeutsche Zeitung.

Le parquet fédéral a confirmé l'existence d'une procédure visant l'entreprise, sans donner de détails, a indiqué mardi un porte-parole à l'AFP. La société, qui emploie environ 140 personnes à Gilching, près de Munich, n'a pas réagi.
""",
"03_ru.txt": """В Германии расследуют поставки моторов для дронов в Россию через Казахстан
Deutsche Welle
2027-11-16 13:40

Федеральная прокуратура Германии расследует дело против баварской компании Alpenflug Systems, которая подозревается в поставке в Россию через Казахстан около 4000 электромоторов для беспилотников. Об этом сообщает немецкая газета Süddeutsche Zeitung со ссылкой на источники в силовых структурах.

По данным газеты, на прошлой неделе в офисе компании в Гильхинге и в квартирах двух менеджеров прошли обыски. Моторы, как предполагается, использовались в российских ударных дронах.
""",
}, [("Süddeutsche Zeitung", True), ("AFP", False)],
[("Süddeutsche Zeitung", "01_de.txt"), ("Süddeutsche Zeitung", "02_fr.txt"), ("AFP", "02_fr.txt"),
 ("Süddeutsche Zeitung", "03_ru.txt")],
[("German federal prosecutors are investigating the drone-parts supplier Alpenflug Systems.",
  ["00_de.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], 2),
 ("Alpenflug is suspected of supplying about 4,000 drone motors to Russia via a company in Kazakhstan.",
  ["00_de.txt", "01_de.txt", "03_ru.txt"], 1),
 ("The company's premises in Gilching and the homes of two managers were searched last week.",
  ["00_de.txt", "01_de.txt", "03_ru.txt"], 1)])


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
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 34 (invented events, real outlets); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s["articles"]) for s in stories)
    print(f"wrote {len(stories)} stories, {n} articles")

if __name__ == "__main__":
    main()
