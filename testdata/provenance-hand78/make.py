#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand78 set (real outlet names,
invented cases and people). Emphasis: courts, crime and investigations (en, de, uk, fr)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a prosecutor's office press release (no medium between) relayed directly by four outlets:
# uk "Про це повідомили в Офісі генпрокурора"; en "the Prosecutor General's Office said in a
# statement"; de "teilte die ukrainische Generalstaatsanwaltschaft mit"; fr "a annoncé le parquet
# général ukrainien dans un communiqué".
story("r01_prosecutor_release_bridges", "press_release", {
"00_uk.txt": """Директору Чернігівської обласної служби автодоріг повідомили про підозру в розкраданні 38 млн гривень на ремонті мостів
Українська правда
2027-04-06 10:40

Директору служби автомобільних доріг у Чернігівській області Вадиму Костюченку та власнику підрядної компанії ТОВ «Сівермостбуд» Руслану Пилипцю повідомили про підозру в заволодінні 38,4 млн гривень під час ремонту трьох мостів. Про це повідомили в Офісі генпрокурора.

За даними слідства, у 2025 році служба замовила капітальний ремонт мостів через річки Снов, Убідь і Замглай. У актах виконаних робіт підрядник завищив обсяги асфальтобетону та металоконструкцій, а посадовець, як вважають у прокуратурі, ці акти підписав без перевірки.

Як зазначають в Офісі генпрокурора, у межах розслідування провели обшуки за 14 адресами в Чернігові та Києві. Під час обшуків вилучили близько 210 тисяч доларів готівкою та документи підрядника.

Дії підозрюваних кваліфікували за ч. 5 ст. 191 Кримінального кодексу, санкція якої передбачає до 12 років позбавлення волі. Прокурори проситимуть для обох запобіжний захід у вигляді тримання під вартою з альтернативою застави у 15 млн гривень.

Процесуальне керівництво здійснює Чернігівська обласна прокуратура, розслідування веде слідче управління Нацполіції.
""",
"01_en.txt": """Chernihiv road service chief charged over alleged embezzlement of Hr 38 million on bridge repairs
The Kyiv Independent
2027-04-06T13:15:00+00:00

Ukrainian prosecutors have charged the head of the Chernihiv Oblast road service and the owner of a construction contractor with embezzling Hr 38.4 million ($930,000) earmarked for the repair of three bridges, the Prosecutor General's Office said in a statement on April 6.

Road service director Vadym Kostiuchenko and Ruslan Pylypets, who owns the contractor Sivermostbud, are suspected of inflating the amounts of asphalt and steel listed in completion certificates for the 2025 repairs, according to the statement.

Investigators searched 14 addresses in Chernihiv and Kyiv and seized around $210,000 in cash, the Prosecutor General's Office said.

The two men face up to 12 years in prison if convicted. Prosecutors said they would ask a court to place both in pre-trial detention with an option of bail set at Hr 15 million.

Neither Kostiuchenko nor Pylypets has publicly commented on the charges. Road infrastructure in the northern region, which borders Belarus and Russia, was heavily damaged during the 2022 occupation and has been a major recipient of reconstruction funds.
""",
"02_de.txt": """Ukraine: Straßenbau-Chef soll Millionen bei Brückenreparaturen veruntreut haben
Der Standard
6. April 2027

In der ukrainischen Region Tschernihiw ermitteln die Behörden gegen den Leiter des regionalen Straßendienstes wegen mutmaßlicher Veruntreuung von Geldern für den Wiederaufbau. Das teilte die ukrainische Generalstaatsanwaltschaft am Dienstag mit.

Dem Direktor Wadym Kostjutschenko und dem Eigentümer der Baufirma Siwermostbud, Ruslan Pylypez, wird vorgeworfen, bei der Reparatur von drei Brücken 38,4 Millionen Hrywnja – umgerechnet rund 860.000 Euro – abgezweigt zu haben. Laut der Mitteilung der Behörde wurden in den Abnahmeprotokollen deutlich größere Mengen Asphalt und Stahl abgerechnet als tatsächlich verbaut.

Den beiden Männern drohen bis zu zwölf Jahre Haft. Die Staatsanwaltschaft will Untersuchungshaft beantragen, wahlweise gegen eine Kaution von 15 Millionen Hrywnja.

Die Ukraine steht unter Druck ihrer westlichen Geldgeber, Korruption beim Wiederaufbau konsequent zu verfolgen.
""",
"03_fr.txt": """Ukraine : le chef des routes de la région de Tchernihiv soupçonné de détournement sur des ponts
RFI
6 avril 2027

Le directeur du service routier de la région de Tchernihiv, dans le nord de l'Ukraine, est soupçonné d'avoir détourné 38,4 millions de hryvnias destinés à la réparation de trois ponts, a annoncé mardi le parquet général ukrainien dans un communiqué.

Vadym Kostioutchenko et Rouslan Pylypets, propriétaire de l'entreprise de travaux Sivermostbud, auraient gonflé les quantités d'asphalte et de structures métalliques facturées en 2025. D'après le parquet, des perquisitions ont été menées à 14 adresses à Tchernihiv et à Kyiv, et environ 210 000 dollars en liquide ont été saisis.

Les deux hommes encourent jusqu'à douze ans de prison. Le parquet a indiqué qu'il demanderait leur placement en détention provisoire, avec une caution alternative de 15 millions de hryvnias.
""",
}, [{"name": "Office of the Prosecutor General of Ukraine", "in_corpus": False}],
[{"origin": "Office of the Prosecutor General of Ukraine", "article": a} for a in ("00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt")],
[{"text": "Prosecutors charged Chernihiv road service director Vadym Kostiuchenko and contractor owner Ruslan Pylypets with embezzling 38.4 million hryvnias on the repair of three bridges.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Searches were carried out at 14 addresses and about $210,000 in cash was seized.",
  "articles": ["00_uk.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Prosecutors will ask for pre-trial detention with bail of 15 million hryvnias.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1}])

# r02: a police statement relayed directly (de, en, fr without date line) and through the local
# paper: uk "пише … Kölner Stadt-Anzeiger з посиланням на поліцію" -> edge from the in-corpus
# Kölner Stadt-Anzeiger (chain Polizei Köln -> Kölner Stadt-Anzeiger -> 02_uk).
story("r02_police_fake_ukraine_collectors", "police_statement_chain", {
"00_de.txt": """Falsche Ukraine-Spendensammler in der Innenstadt festgenommen
Kölner Stadt-Anzeiger
12.04.2027 11:30

Die Kölner Polizei hat am Samstag zwei Männer und eine Frau festgenommen, die in der Innenstadt mit gefälschten Sammeldosen Geld für angebliche Ukraine-Hilfe eingesammelt haben sollen. Das teilte die Polizei am Montag mit.

Die 31 und 27 Jahre alten Männer und die 45-jährige Frau waren nach Angaben der Ermittler auf der Schildergasse und am Heumarkt mit Dosen und Ausweisen eines Vereins „Kölner Ukraine-Hilfe e.V." unterwegs. Einen solchen Verein gibt es nicht. Zivilfahnder hatten das Trio nach mehreren Hinweisen von Passanten beobachtet.

Bei der Durchsuchung einer Wohnung in Köln-Kalk stellten die Beamten rund 41.000 Euro Bargeld sowie etwa 600 gedruckte Sammlerausweise sicher, heißt es in der Mitteilung der Polizei. Die Ermittler gehen davon aus, dass seit Januar mehr als 900 Menschen gespendet haben.

Die Polizei bittet Spenderinnen und Spender, sich beim Kriminalkommissariat 23 zu melden. Die drei Festgenommenen sollen am Montag einem Haftrichter vorgeführt werden; gegen sie wird wegen gewerbsmäßigen Betrugs ermittelt.
""",
"01_en.txt": """Cologne police arrest trio over fake Ukraine charity collections
DW
2027-04-12 14:05

Police in the German city of Cologne have arrested three people suspected of collecting money in the city centre for a Ukrainian aid charity that does not exist, Cologne police said in a statement on Monday.

The two men, aged 31 and 27, and a 45-year-old woman were detained on Saturday. They had approached shoppers with collection tins and badges bearing the name "Kölner Ukraine-Hilfe", according to the police.

Officers searching a flat in the district of Kalk found about €41,000 ($44,000) in cash and roughly 600 printed collector badges, the statement said. Investigators believe more than 900 people have given money since January.

Police urged anyone who donated to the group to come forward. The suspects are being investigated for commercial fraud.
""",
"02_uk.txt": """У Кельні затримали трьох псевдоволонтерів, які збирали гроші «для України»
Укрінформ
12.04.2027 17:20

У німецькому Кельні поліція затримала двох чоловіків і жінку, яких підозрюють у збиранні пожертв для неіснуючої благодійної організації допомоги Україні. Про це пише місцева газета Kölner Stadt-Anzeiger з посиланням на поліцію.

За даними видання, чоловіки 31 і 27 років та 45-річна жінка ходили центральними вулицями міста з банками для пожертв і посвідченнями організації «Kölner Ukraine-Hilfe e.V.», якої насправді не існує.

Під час обшуку квартири в районі Кальк поліцейські знайшли близько 41 тисячі євро готівкою та приблизно 600 підроблених посвідчень збирачів. Слідчі вважають, що з січня пожертви зробили понад 900 людей.

Поліція закликає тих, хто давав гроші, звернутися до слідчих. Затриманих підозрюють у шахрайстві.
""",
"03_fr.txt": """Allemagne : trois faux collecteurs de dons « pour l'Ukraine » arrêtés à Cologne
Le Figaro

Deux hommes et une femme ont été interpellés samedi à Cologne, dans l'ouest de l'Allemagne, soupçonnés d'avoir collecté de l'argent pour une association d'aide à l'Ukraine qui n'existe pas, selon un communiqué de la police de Cologne publié lundi.

Munis de tirelires et de badges au nom d'une « Kölner Ukraine-Hilfe », les suspects, âgés de 27, 31 et 45 ans, sollicitaient les passants dans les rues commerçantes du centre-ville. Plus de 900 personnes auraient donné de l'argent depuis janvier, estiment les enquêteurs.

La police appelle les donateurs à se manifester. Les trois suspects font l'objet d'une enquête pour escroquerie en bande.
""",
}, [{"name": "Polizei Köln", "in_corpus": False}],
[{"origin": "Polizei Köln", "article": "00_de.txt"},
 {"origin": "Polizei Köln", "article": "01_en.txt"},
 {"origin": "Kölner Stadt-Anzeiger", "article": "02_uk.txt"},
 {"origin": "Polizei Köln", "article": "03_fr.txt"}],
[{"text": "Cologne police arrested two men and a woman suspected of collecting donations for a non-existent Ukraine aid charity.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "A search of a flat in Cologne-Kalk found about 41,000 euros in cash and about 600 printed collector badges.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt"], "independent_sources": 1},
 {"text": "Investigators believe more than 900 people donated since January.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# r03: a court ruling reported by Le Monde's court reporter (own reporting: "Le Monde a assisté au
# délibéré", "a déclaré au Monde"), relayed with credit: en "Le Monde, whose court reporter was in
# the courtroom, reported" + "told Le Monde"; de "wie die französische Zeitung „Le Monde" berichtet";
# uk (no outlet line, title suffix "| LB.ua") "пише французька газета Le Monde".
story("r03_court_ruling_fake_avantgarde", "court_reporter", {
"00_fr.txt": """Faux tableaux de l'avant-garde ukrainienne : le galeriste Marc-Antoine Delval condamné à quatre ans de prison
Le Monde
15 avril 2027

Il a écouté le jugement debout, les mains croisées derrière le dos, sans un regard pour la salle. Jeudi 15 avril, la 32e chambre du tribunal correctionnel de Paris a condamné le galeriste Marc-Antoine Delval, 58 ans, à quatre ans d'emprisonnement, dont deux avec sursis, et à 500 000 euros d'amende pour avoir vendu onze faux tableaux présentés comme des œuvres de l'avant-garde ukrainienne des années 1910 et 1920. Le Monde a assisté au délibéré.

Entre 2019 et 2024, les toiles avaient été vendues depuis sa galerie de la rue de Seine pour un total de 3,2 millions d'euros à des collectionneurs belges, suisses et américains. Les expertises ordonnées par les juges d'instruction ont établi que les pigments utilisés n'existaient pas avant les années 1960.

Le tribunal a également prononcé à son encontre une interdiction définitive d'exercer le commerce d'œuvres d'art. Son coprévenu, le restaurateur Lucien Fabre, qui « vieillissait » les toiles dans son atelier de Montreuil, a été condamné à dix-huit mois avec sursis.

« Mon client conteste avoir su que ces œuvres étaient fausses. Nous ferons appel dès demain », a déclaré au Monde son avocate, Me Hélène Ravier, à la sortie de la salle d'audience. Les parties civiles, qui réclamaient le remboursement intégral des sommes versées, ont obtenu gain de cause.
""",
"01_en.txt": """Paris art dealer jailed for selling fake Ukrainian avant-garde paintings
The Guardian
2027-04-15 19:10

A Paris court has sentenced the art dealer Marc-Antoine Delval to four years in prison, two of them suspended, for selling 11 forged paintings passed off as works of the Ukrainian avant-garde, Le Monde, whose court reporter was in the courtroom, reported on Thursday.

The canvases were sold from Delval's gallery on the Left Bank between 2019 and 2024 for a total of €3.2m to collectors in Belgium, Switzerland and the US, according to the French newspaper. Experts appointed by investigating judges found that the pigments used did not exist before the 1960s.

The court also fined the 58-year-old €500,000 and banned him for life from dealing in art. A restorer who artificially aged the paintings in his workshop received an 18-month suspended sentence.

"My client denies knowing these works were fakes. We will appeal tomorrow," his lawyer, Hélène Ravier, told Le Monde outside the courtroom.

Forgeries of early 20th-century Ukrainian and Russian avant-garde art have plagued the market for decades, as few works of the period have a documented ownership history.
""",
"02_de.txt": """Paris: Galerist wegen gefälschter ukrainischer Avantgarde-Bilder verurteilt
Frankfurter Allgemeine Zeitung
16. April 2027

Ein Pariser Strafgericht hat den Kunsthändler Marc-Antoine Delval zu vier Jahren Haft verurteilt, davon zwei auf Bewährung. Das berichtet die französische Zeitung „Le Monde", deren Gerichtsreporterin bei der Urteilsverkündung am Donnerstag im Saal war.

Delval hatte nach Angaben des Blattes zwischen 2019 und 2024 elf gefälschte Gemälde, die er als Werke der ukrainischen Avantgarde der Zehner- und Zwanzigerjahre ausgab, für insgesamt 3,2 Millionen Euro an Sammler in Belgien, der Schweiz und den Vereinigten Staaten verkauft. Gutachter hatten in den Bildern Pigmente nachgewiesen, die es erst seit den Sechzigerjahren gibt.

Zusätzlich muss der 58-Jährige 500.000 Euro Geldstrafe zahlen und darf nie wieder mit Kunst handeln. Ein mitangeklagter Restaurator erhielt eine Bewährungsstrafe von 18 Monaten.
""",
"03_uk.txt": """У Парижі галериста засудили до чотирьох років за продаж підробок українського авангардного живопису | LB.ua
16.04.2027 09:45

Паризький суд засудив галериста Марка-Антуана Дельваля до чотирьох років позбавлення волі, два з яких — умовно, за продаж одинадцяти фальшивих картин, які він видавав за роботи українських авангардистів 1910–1920-х років. Про це пише французька газета Le Monde, кореспондентка якої була присутня на оголошенні вироку.

За даними видання, картини продавали з галереї Дельваля на вулиці Сени в 2019–2024 роках колекціонерам із Бельгії, Швейцарії та США на загальну суму 3,2 млн євро. Експертиза встановила, що пігменти, використані в полотнах, з'явилися лише в 1960-х.

Крім того, суд призначив 58-річному галеристу штраф у 500 тисяч євро та довічно заборонив торгувати творами мистецтва.

Адвокатка засудженого Елен Рав'є заявила Le Monde, що її підзахисний не знав про підробку і що захист оскаржить вирок.
""",
}, [{"name": "Le Monde", "in_corpus": True}],
[{"origin": "Le Monde", "article": a} for a in ("01_en.txt", "02_de.txt", "03_uk.txt")],
[{"text": "A Paris criminal court sentenced art dealer Marc-Antoine Delval to four years in prison, two suspended, for selling eleven fake Ukrainian avant-garde paintings.",
  "articles": ["00_fr.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The paintings were sold for a total of 3.2 million euros to collectors in Belgium, Switzerland and the US.",
  "articles": ["00_fr.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Delval's lawyer Hélène Ravier said he did not know the works were fake and that he would appeal.",
  "articles": ["00_fr.txt", "01_en.txt", "03_uk.txt"], "independent_sources": 1}])

# r04: a court filing "seen by Reuters" = Reuters' own reporting (in corpus); the denial of the
# defendant's lawyer ("told Reuters") belongs to it. Relays: uk "повідомляє агентство Reuters з
# посиланням на позовну заяву"; de "wie die Nachrichtenagentur Reuters unter Berufung auf
# Gerichtsunterlagen berichtet"; fr "selon des documents judiciaires consultés par Reuters".
story("r04_court_filing_steelmaker", "filing_seen_by", {
"00_en.txt": """Ukrainian steelmaker sues former owner for $212 million in London
Reuters
2027-04-20T08:50:00+00:00

LONDON, April 20 (Reuters) - Ukrainian steelmaker Pivdenna Stal has sued its former owner Ihor Vorontsov at the High Court in London, seeking $212 million over allegations that he diverted export revenue through offshore trading firms, according to a court filing seen by Reuters.

The claim, filed on April 16, alleges that between 2019 and 2023 the company sold steel billets and wire rod at below-market prices to Meridian Steel Trading, a Cyprus-registered firm it says was secretly controlled by Vorontsov, which then resold the products to buyers in Turkey and Egypt at full price.

Four companies registered in Cyprus and the British Virgin Islands are named as co-defendants. Pivdenna Stal, which is now controlled by a group of Ukrainian banks after a 2024 debt restructuring, is also asking the court for a worldwide freezing order against Vorontsov's assets, the filing shows.

Vorontsov's London lawyer, James Whitcombe, told Reuters the claims were "entirely without merit" and would be "vigorously contested". "Every contract with Meridian was approved by the company's board and its auditors," he said.

Pivdenna Stal did not respond to a request for comment. No hearing date has been set.
""",
"01_uk.txt": """«Південна сталь» подала до Лондонського суду позов на 212 млн доларів проти колишнього власника
Економічна правда
20.04.2027 12:30

Металургійна компанія «Південна сталь» подала позов до Високого суду Лондона проти свого колишнього власника Ігоря Воронцова, вимагаючи 212 млн доларів. Про це повідомляє агентство Reuters з посиланням на позовну заяву, з якою ознайомилися журналісти агентства.

Як пише Reuters, у позові йдеться про те, що в 2019–2023 роках компанія продавала заготовку й катанку за заниженими цінами кіпрській фірмі Meridian Steel Trading, яку нібито таємно контролював Воронцов. Та перепродувала продукцію покупцям у Туреччині та Єгипті за ринковими цінами.

Співвідповідачами у справі є чотири компанії з Кіпру та Британських Віргінських островів. Компанія також просить суд про всесвітній арешт активів Воронцова.

Лондонський адвокат Воронцова Джеймс Віткомб заявив агентству, що претензії «абсолютно безпідставні» і будуть оскаржені.
""",
"02_de.txt": """Ukrainischer Stahlkonzern verklagt Ex-Eigentümer in London auf 212 Millionen Dollar
Handelsblatt
20. April 2027

Der ukrainische Stahlhersteller Pivdenna Stal hat seinen früheren Eigentümer Ihor Woronzow vor dem High Court in London auf 212 Millionen Dollar verklagt. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf Gerichtsunterlagen.

Woronzow soll zwischen 2019 und 2023 Exporterlöse über eine zyprische Handelsgesellschaft abgezweigt haben, die Stahl unter Marktpreis kaufte und mit Aufschlag in die Türkei und nach Ägypten weiterverkaufte. Das Unternehmen beantragt zudem, Woronzows Vermögen weltweit einzufrieren.

Woronzows Anwalt wies die Vorwürfe gegenüber Reuters als „völlig unbegründet" zurück.
""",
"03_fr.txt": """Ukraine : l'aciériste Pivdenna Stal réclame 212 millions de dollars à son ancien propriétaire
Les Echos
21 avril 2027

L'aciériste ukrainien Pivdenna Stal a assigné son ancien propriétaire, Ihor Vorontsov, devant la Haute Cour de Londres et lui réclame 212 millions de dollars, selon des documents judiciaires consultés par Reuters.

L'entreprise accuse l'homme d'affaires d'avoir, entre 2019 et 2023, fait vendre sa production à prix cassé à une société de négoce chypriote, Meridian Steel Trading, qu'il aurait contrôlée en secret, avant sa revente au prix du marché en Turquie et en Égypte.

Pivdenna Stal, passée sous le contrôle de banques ukrainiennes après une restructuration de sa dette en 2024, demande également le gel mondial des avoirs de M. Vorontsov.
""",
}, [{"name": "Reuters", "in_corpus": True}],
[{"origin": "Reuters", "article": a} for a in ("01_uk.txt", "02_de.txt", "03_fr.txt")],
[{"text": "Pivdenna Stal sued its former owner Ihor Vorontsov at the High Court in London for $212 million.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The claim alleges export revenue was diverted through the Cyprus firm Meridian Steel Trading, which bought steel below market price and resold it in Turkey and Egypt.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Vorontsov's lawyer called the claims entirely without merit.",
  "articles": ["00_en.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 1}])

# r05: Der Spiegel's investigation (own: "Recherchen des SPIEGEL", "die dem SPIEGEL vorliegen",
# "Auf SPIEGEL-Anfrage bestätigte") relayed with credit in en and uk, and without credit in fr: a
# close French translation published the next day that turns the magazine's own wording into "notre
# rédaction" -> edge from Der Spiegel; Le HuffPost is not an origin.
story("r05_spiegel_sanctions_machine_tools", "investigation_with_uncredited_translation", {
"00_de.txt": """Wie eine Hamburger Spedition Werkzeugmaschinen nach Russland schleuste
Der Spiegel
23.04.2027 18:00

Die Container waren nach Bischkek und Jerewan adressiert, doch ihr Ziel lag in Russland. Nach Recherchen des SPIEGEL hat die Hamburger Spedition Elbkontor Logistik zwischen Frühjahr 2025 und Ende 2026 deutsche CNC-Werkzeugmaschinen im Wert von rund 14 Millionen Euro über Scheinkunden in Kirgisistan und Armenien nach Russland gebracht.

Interne E-Mails, die dem SPIEGEL vorliegen, zeigen, dass Mitarbeiter der Firma wussten, wohin die Maschinen tatsächlich gingen. In einer Nachricht vom Oktober 2025 ist von „unserem Kunden in Ischewsk" die Rede – in der Stadt sitzen mehrere Rüstungsbetriebe. Die angeblichen Abnehmer in Bischkek und Jerewan waren Briefkastenfirmen, die erst wenige Wochen vor den ersten Lieferungen gegründet worden waren.

Auf SPIEGEL-Anfrage bestätigte die Staatsanwaltschaft Hamburg, dass sie gegen zwei Geschäftsführer des Unternehmens wegen des Verdachts auf Verstöße gegen das Außenwirtschaftsgesetz ermittelt. Im März seien Geschäftsräume durchsucht worden.

Elbkontor-Geschäftsführer Jens Harmsen ließ eine schriftliche Anfrage unbeantwortet. Die Hersteller der Maschinen, zwei mittelständische Firmen aus Baden-Württemberg, erklärten, sie hätten von der Weiterleitung nichts gewusst.
""",
"01_en.txt": """Hamburg freight firm smuggled German machine tools to Russia, Der Spiegel reports
DW
2027-04-23 21:30

A Hamburg logistics company shipped German-made CNC machine tools worth around €14 million to Russia via shell customers in Kyrgyzstan and Armenia, the German news magazine Der Spiegel reported on Friday.

According to Der Spiegel, internal emails show that employees of the firm, Elbkontor Logistik, knew the real destination of the machines. One message from October 2025 refers to "our customer in Izhevsk," a Russian city home to several arms manufacturers.

Hamburg prosecutors confirmed to Der Spiegel that they were investigating two of the company's managing directors on suspicion of breaching Germany's foreign trade law.

Elbkontor did not respond to the magazine's request for comment. The export of such machine tools to Russia has been banned under EU sanctions since 2022.
""",
"02_uk.txt": """Гамбурзька компанія переправляла до Росії німецькі верстати через Киргизстан і Вірменію — Der Spiegel
Європейська правда
24.04.2027 10:15

Логістична компанія Elbkontor Logistik з Гамбурга у 2025–2026 роках переправила до Росії німецькі верстати з ЧПК на суму близько 14 млн євро через фіктивних клієнтів у Киргизстані та Вірменії. Про це пише Der Spiegel.

Як з'ясував німецький журнал, із внутрішнього листування компанії видно, що її працівники знали справжнє призначення вантажів. В одному з листів ідеться про «нашого клієнта в Іжевську», де розташовані кілька підприємств ВПК.

Прокуратура Гамбурга підтвердила виданню, що розслідує справу проти двох керівників компанії через можливе порушення закону про зовнішньоекономічну діяльність.
""",
"03_fr.txt": """Comment une entreprise de Hambourg a acheminé des machines-outils allemandes vers la Russie
Le HuffPost
24 avril 2027

Les conteneurs étaient adressés à Bichkek et à Erevan, mais leur destination se trouvait en Russie. Entre le printemps 2025 et fin 2026, le transitaire hambourgeois Elbkontor Logistik a fait parvenir en Russie des machines-outils allemandes à commande numérique d'une valeur d'environ 14 millions d'euros, en passant par de faux clients au Kirghizistan et en Arménie.

Des courriels internes consultés par notre rédaction montrent que des employés de l'entreprise savaient où allaient réellement les machines. Un message d'octobre 2025 évoque « notre client à Ijevsk », ville qui abrite plusieurs usines d'armement. Les acheteurs supposés de Bichkek et d'Erevan étaient des sociétés écrans créées quelques semaines avant les premières livraisons.

Interrogé par notre rédaction, le parquet de Hambourg a confirmé enquêter sur deux gérants de l'entreprise pour violation présumée de la loi allemande sur le commerce extérieur. Des locaux ont été perquisitionnés en mars.

Le gérant d'Elbkontor, Jens Harmsen, n'a pas répondu à une demande écrite. Les deux fabricants des machines, des PME du Bade-Wurtemberg, affirment avoir tout ignoré de ce détournement.
""",
}, [{"name": "Der Spiegel", "in_corpus": True}],
[{"origin": "Der Spiegel", "article": a} for a in ("01_en.txt", "02_uk.txt", "03_fr.txt")],
[{"text": "Hamburg logistics firm Elbkontor Logistik shipped German CNC machine tools worth about 14 million euros to Russia via shell customers in Kyrgyzstan and Armenia.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Internal emails refer to 'our customer in Izhevsk', a city with arms factories.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Hamburg prosecutors are investigating two managing directors of the company for breaching foreign trade law.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# r06: Bihus.Info's own investigation (in corpus: "Журналісти Bihus.Info з'ясували", "на дзвінки
# Bihus.Info не відповів"), relayed with credit in en ("investigative outlet Bihus.Info reported")
# and de without date line ("berichtet das ukrainische Investigativportal Bihus.Info"), and as an
# uncredited Ukrainian rewrite published four hours later (Главком) -> edge from Bihus.Info.
story("r06_bihus_customs_deputy_property", "investigation_with_uncredited_rewrite", {
"00_uk.txt": """Родина заступника начальника Волинської митниці за рік придбала три квартири на Печерську і Porsche
Bihus.Info
26.04.2027 09:00

Журналісти Bihus.Info з'ясували, що теща та шурин заступника начальника Волинської митниці Андрія Гнатюка у 2025–2026 роках придбали три квартири в новобудові на Печерську в Києві та позашляховик Porsche Cayenne. Загальна вартість покупок, за нашими підрахунками, — близько 41 млн гривень.

Ми проаналізували дані реєстру речових прав і реєстру транспортних засобів. Теща посадовця, 68-річна пенсіонерка Галина Остапчук, за даними податкової, останні п'ять років не мала жодних доходів, крім пенсії. Шурин Віталій Остапчук зареєстрований як ФОП з річним оборотом менш ніж 300 тисяч гривень.

Саме Гнатюк, як видно з записів камер, які отримала редакція, у березні приїжджав на цьому Porsche на роботу — на пункт пропуску «Ягодин». У своїй декларації за 2026 рік посадовець вказав лише службову квартиру в Луцьку та автомобіль Škoda Octavia 2014 року.

Гнатюк на дзвінки Bihus.Info не відповів. У Державній митній службі нам сказали, що ініціюють службову перевірку.
""",
"01_en.txt": """Relatives of Volyn customs deputy chief bought Kyiv flats and a Porsche worth Hr 41 million, investigation finds
The Kyiv Independent
2027-04-26T15:40:00+00:00

The mother-in-law and brother-in-law of Andrii Hnatiuk, deputy head of Volyn Oblast customs, bought three apartments in Kyiv's upscale Pechersk district and a Porsche Cayenne in 2025-2026, investigative outlet Bihus.Info reported on April 26.

The purchases were worth around Hr 41 million ($990,000) in total, according to Bihus.Info, while the 68-year-old mother-in-law has had no income other than her pension for five years.

Camera footage obtained by the journalists shows Hnatiuk driving the Porsche to work at the Yahodyn border crossing with Poland in March, the outlet said. His 2026 asset declaration lists only a service apartment in Lutsk and a 2014 Skoda Octavia.

Hnatiuk did not respond to Bihus.Info's calls. The State Customs Service told the outlet it would launch an internal review.
""",
"02_uk.txt": """Теща митника-пенсіонерка купила три квартири на Печерську та Porsche Cayenne
Главком
26.04.2027 13:10

Родичі заступника начальника Волинської митниці Андрія Гнатюка протягом 2025–2026 років стали власниками трьох квартир у столичній новобудові на Печерську та позашляховика Porsche Cayenne. Вартість майна оцінюють приблизно в 41 млн гривень.

Нерухомість і авто оформлені на тещу посадовця — 68-річну пенсіонерку Галину Остапчук, яка останні п'ять років не мала інших доходів, крім пенсії, — та на його шурина, дрібного підприємця.

Водночас у березні на цьому Porsche на роботу до пункту пропуску «Ягодин» приїжджав сам Гнатюк. У декларації за 2026 рік він задекларував лише службову квартиру в Луцьку та Škoda Octavia 2014 року випуску.

Сам Гнатюк на дзвінки не відповідає. У Держмитслужбі обіцяють провести службову перевірку.
""",
"03_de.txt": """Ukraine: Schwiegermutter eines Zollbeamten kauft Luxuswohnungen und Porsche
Frankfurter Rundschau

Die Schwiegermutter und der Schwager eines hochrangigen ukrainischen Zollbeamten haben in Kiew drei Wohnungen und einen Porsche Cayenne im Gesamtwert von umgerechnet rund 900.000 Euro gekauft. Das berichtet das ukrainische Investigativportal Bihus.Info.

Der Beamte, Andrij Hnatjuk, ist stellvertretender Leiter der Zollbehörde im Gebiet Wolyn an der Grenze zu Polen. Seine 68-jährige Schwiegermutter hat laut Bihus.Info seit fünf Jahren kein anderes Einkommen als ihre Rente. Hnatjuk selbst sei im März mit dem Porsche zur Arbeit am Grenzübergang Jahodyn gefahren.

Der ukrainische Zolldienst kündigte eine interne Überprüfung an. Die EU hat die Ukraine wiederholt aufgefordert, die Korruption beim Zoll zu bekämpfen.
""",
}, [{"name": "Bihus.Info", "in_corpus": True}],
[{"origin": "Bihus.Info", "article": a} for a in ("01_en.txt", "02_uk.txt", "03_de.txt")],
[{"text": "The mother-in-law and brother-in-law of Volyn customs deputy chief Andrii Hnatiuk bought three apartments in Pechersk and a Porsche Cayenne worth about 41 million hryvnias.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Hnatiuk drove the Porsche to work at the Yahodyn border crossing in March.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The State Customs Service said it would launch an internal review.",
  "articles": ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1}])

# r07: a lawyer's denial posted on Facebook (person, no medium between) relayed directly by uk,
# en and de (de with no outlet line, title suffix "– ORF.at"), plus hromadske's own interview
# with the same lawyer ("У розмові з hromadske") -> two roots for the denial.
story("r07_lawyer_denial_vienna", "lawyer_statement", {
"00_uk.txt": """Адвокат ексзаступника мера Одеси Мартинюка заперечив, що той переховується за кордоном
Суспільне Новини
29.04.2027 11:20

Колишній заступник міського голови Одеси Юрій Мартинюк не переховується від слідства, а проходить лікування в кардіологічній клініці у Відні. Про це написав у Facebook його адвокат Остап Гриньків.

«Мій підзахисний не втікав і не збирається втікати. 2 квітня він переніс операцію на серці, і лікарі поки що забороняють йому перельоти», — написав адвокат. До допису він додав копію медичної довідки віденської клініки з печаткою, з якої прибрано особисті дані.

Гриньків також назвав «абсурдними» звинувачення щодо його клієнта і заявив, що Мартинюк з'явиться до слідчих одразу після одужання.

Мартинюку в лютому повідомили про підозру в незаконному відчуженні 12 гектарів міської землі на узбережжі. У березні він виїхав з України, після чого в соцмережах з'явилися припущення, що посадовець утік.
""",
"01_en.txt": """Lawyer says ex-Odesa deputy mayor is in Vienna hospital, not on the run
Kyiv Post
2027-04-29 15:00

Former Odesa deputy mayor Yurii Martyniuk, who is suspected of illegally transferring coastal municipal land, is recovering from heart surgery in Vienna and is not hiding from investigators, his lawyer Ostap Hrynkiv wrote on Facebook on April 29.

"My client has not fled and has no intention of fleeing. He underwent heart surgery on April 2, and doctors are not yet allowing him to fly," Hrynkiv wrote. He attached a copy of a medical certificate from the Viennese clinic with personal details blacked out.

The lawyer called the accusations against Martyniuk "absurd" and said his client would report to investigators as soon as he recovered.

Martyniuk was notified of suspicion in February over the transfer of 12 hectares of seaside land. He left Ukraine in March.
""",
"02_de.txt": """Ukrainischer Ex-Vizebürgermeister in Wiener Klinik – Anwalt weist Fluchtvorwürfe zurück – ORF.at
29.04.2027

Der frühere Vizebürgermeister der ukrainischen Hafenstadt Odessa, Jurij Martynjuk, ist nach Angaben seines Anwalts nicht auf der Flucht, sondern wird in einer Wiener Klinik am Herzen behandelt. Das schrieb Anwalt Ostap Hrynkiw am Donnerstag auf Facebook.

Sein Mandant sei am 2. April operiert worden und dürfe derzeit nicht fliegen, so Hrynkiw. Er veröffentlichte die Kopie eines ärztlichen Attests der Klinik, auf dem persönliche Daten geschwärzt waren. Die Vorwürfe gegen Martynjuk nannte der Anwalt „absurd".

Die ukrainischen Behörden werfen Martynjuk vor, zwölf Hektar städtisches Land an der Küste unrechtmäßig übertragen zu haben. Er hatte die Ukraine im März verlassen.
""",
"03_uk.txt": """Адвокат Мартинюка: ексзаступник мера повернеться в Україну до кінця травня
hromadske
2027-04-30 08:15

Колишній заступник міського голови Одеси Юрій Мартинюк, якого підозрюють у незаконному відчуженні земель на узбережжі, перебуває у Відні на лікуванні після операції на серці й не ховається від слідства. Про це hromadske сказав його адвокат Остап Гриньків.

«Він не втікач. Щойно кардіолог дозволить переліт, а це, за прогнозами, до кінця травня, Юрій Михайлович повернеться в Україну і прийде до слідчого», — сказав адвокат у розмові з hromadske.

За словами Гриньківа, захист уже подав до суду клопотання про перенесення допиту та передав слідству медичні документи. На запитання hromadske, чи готовий Мартинюк внести заставу, адвокат відповів, що «це питання не стоїть, бо запобіжний захід ще не обирали».
""",
}, [{"name": "Ostap Hrynkiv", "in_corpus": False},
    {"name": "hromadske", "in_corpus": True}],
[{"origin": "Ostap Hrynkiv", "article": a} for a in ("00_uk.txt", "01_en.txt", "02_de.txt")],
[{"text": "Lawyer Ostap Hrynkiv says former Odesa deputy mayor Yurii Martyniuk is not hiding but is being treated after heart surgery in Vienna.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 2},
 {"text": "The lawyer published a copy of a medical certificate from the Vienna clinic and called the accusations absurd.",
  "articles": ["00_uk.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Martyniuk is expected to return to Ukraine by the end of May.",
  "articles": ["03_uk.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 78 (real outlet names, invented cases and people; courts, crime and investigations); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
