#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand147 set.

Charities and NGOs. Outlet and agency names are real media names; every event, charity,
company, person, figure and quote is invented. No text is taken from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# n01: in-corpus scoop of Gazeta Wyborcza (internal documents + two anonymous former employees,
# whose anonymity belongs to Wyborcza's report), relayed 4x: uk "пише польська газета Gazeta
# Wyborcza" + "Журналісти «Виборчої»" + "у коментарі газеті"; de "Wie die polnische Tageszeitung
# „Gazeta Wyborcza" unter Berufung auf … berichtet" + "dem Bericht zufolge" + "sagte er dem Blatt";
# en "the Polish daily Gazeta Wyborcza reported on Thursday" + "Wyborcza's sources"; ru "сообщает
# польская «Газета Выборча» со ссылкой на" + "Источники «Выборчей»".
story("n01_scoop_refugee_children_foundation", "scoop", {
"00_pl.txt": """Fundacja „Serce dla Wschodu" przelała miliony firmie szwagra prezesa. Pieniądze miały trafić do dzieci z Ukrainy
Gazeta Wyborcza
11.03.2027 06:00

Fundacja „Serce dla Wschodu", która od 2022 r. zebrała od darczyńców ponad 46 mln zł na pomoc dzieciom uchodźców z Ukrainy, w ciągu trzech lat zapłaciła 11,3 mln zł za „usługi doradcze" spółce Vistel Consulting z Radomia. Jej jedynym udziałowcem jest Tomasz Brzeziak, szwagier prezesa fundacji Marka Zawilskiego – ustaliła „Wyborcza".

Dotarliśmy do wewnętrznych zestawień finansowych fundacji za lata 2024–2026. Wynika z nich, że na świetlice, zajęcia z psychologami i wyprawki szkolne dla dzieci fundacja wydała w tym czasie 9,8 mln zł – mniej niż na doradców.

Dwie osoby, które jeszcze niedawno pracowały w fundacji i rozmawiały z nami pod warunkiem zachowania anonimowości, opisują, że faktury od Vistel przychodziły co miesiąc, „zawsze na okrągłe kwoty". – Nikt w biurze nie widział żadnego raportu ani analizy od tej firmy. Pytaliśmy, za co płacimy, i słyszeliśmy, że to sprawy zarządu – mówi jedna z nich.

Druga dodaje, że w 2025 r. fundacja zamknęła dwie z pięciu świetlic dla ukraińskich dzieci, w Lublinie i Zamościu, „bo brakowało pieniędzy".

Prezes Zawilski w rozmowie z „Wyborczą" zapewnia, że umowa z Vistel była zgodna z prawem. – Ta firma prowadzi dla nas kampanie zbiórkowe i kontakty z dużymi darczyńcami. Bez niej nie zebralibyśmy nawet połowy tej kwoty – powiedział. Na pytanie o pokrewieństwo z właścicielem spółki odpowiedział, że „nie ma to żadnego znaczenia".

Fundacja ma status organizacji pożytku publicznego, więc może otrzymywać 1,5 proc. podatku. W ubiegłym roku przekazało go jej ponad 38 tys. podatników.
""",
"01_uk.txt": """Польський фонд допомоги українським дітям заплатив 11 млн злотих фірмі родича свого президента – ЗМІ
Українська правда
11 березня 2027, 14:20

Польський благодійний фонд Serce dla Wschodu («Серце для Сходу»), який із 2022 року зібрав понад 46 млн злотих на допомогу дітям українських біженців, за три роки перерахував 11,3 млн злотих за «консультаційні послуги» компанії, що належить швагру його президента. Про це пише польська газета Gazeta Wyborcza.

За даними видання, єдиним власником фірми Vistel Consulting з міста Радом є Томаш Бжезяк – швагер президента фонду Марека Завільського. Журналісти «Виборчої» ознайомилися з внутрішніми фінансовими звітами фонду за 2024–2026 роки: на дитячі клуби, заняття з психологами та шкільні набори за цей час витратили 9,8 млн злотих – менше, ніж на консультантів.

Двоє колишніх працівників фонду, на яких посилається газета, розповіли, що рахунки від Vistel надходили щомісяця і «завжди на круглі суми». Жоден із них не бачив звітів чи аналітики від цієї фірми. У 2025 році фонд закрив два з п'яти клубів для українських дітей – у Любліні та Замості.

Завільський у коментарі газеті наполягає, що договір законний: за його словами, компанія організовує збори коштів і працює з великими донорами. На питання про родинні зв'язки з власником фірми він відповів, що це «не має жодного значення».

Фонд має статус організації суспільної користі й може отримувати 1,5% податку польських платників. Торік це зробили понад 38 тисяч людей.
""",
"02_de.txt": """Polen: Hilfsstiftung für ukrainische Kinder zahlte Millionen an Firma des Schwagers
Der Spiegel
11. März 2027, 16.45 Uhr

Eine polnische Stiftung, die Spenden für geflüchtete Kinder aus der Ukraine sammelt, soll einen großen Teil des Geldes an ein Beratungsunternehmen aus dem Familienkreis ihres Chefs überwiesen haben. Wie die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf zwei ehemalige Mitarbeiter und interne Finanzübersichten berichtet, zahlte die Stiftung „Serce dla Wschodu“ (Herz für den Osten) zwischen 2024 und 2026 rund 11,3 Millionen Złoty, umgerechnet etwa 2,6 Millionen Euro, an die Firma Vistel Consulting aus Radom.

Alleiniger Gesellschafter ist dem Bericht zufolge Tomasz Brzeziak, der Schwager von Stiftungspräsident Marek Zawilski. Für Kinderclubs, Psychologen und Schulranzen gab die Stiftung im selben Zeitraum nur 9,8 Millionen Złoty aus.

Die beiden früheren Mitarbeiter, die anonym bleiben wollten, schildern, die Rechnungen von Vistel seien jeden Monat gekommen, „immer über runde Beträge“. Berichte oder Analysen der Firma habe im Büro niemand gesehen. 2025 schloss die Stiftung zwei ihrer fünf Kinderclubs, in Lublin und Zamość.

Zawilski wies die Vorwürfe gegenüber der Zeitung zurück. Die Firma organisiere Spendenkampagnen und betreue Großspender, ohne sie wäre „nicht einmal die Hälfte“ des Geldes zusammengekommen, sagte er dem Blatt. Die Verwandtschaft mit dem Eigentümer spiele „keine Rolle“.

Seit Beginn des russischen Angriffskriegs haben in Polen Hunderte Organisationen Geld für ukrainische Geflüchtete gesammelt. Die Stiftung ist als gemeinnützig anerkannt und darf 1,5 Prozent der Einkommensteuer von Steuerzahlern erhalten, die sie dafür auswählen.
""",
"03_en.txt": """Polish charity for Ukrainian refugee children paid millions to firm owned by president's brother-in-law
The Guardian
Thu 11 Mar 2027 18.30 GMT

A Polish charity that raised more than 46m złoty (£9m) for the children of Ukrainian refugees paid nearly a quarter of that sum to a consultancy owned by its president's brother-in-law, the Polish daily Gazeta Wyborcza reported on Thursday.

The foundation, Serce dla Wschodu ("Heart for the East"), transferred 11.3m złoty between 2024 and 2026 to Vistel Consulting, a company based in Radom whose sole shareholder is Tomasz Brzeziak, according to internal financial summaries obtained by the newspaper. Over the same period the charity spent 9.8m złoty on after-school clubs, psychologists and school kits for children.

Wyborcza's sources, two former employees of the foundation who spoke on condition of anonymity, said invoices from Vistel arrived monthly, "always for round amounts", and that nobody in the office ever saw a report produced by the firm. In 2025 the charity closed two of its five children's clubs, in Lublin and Zamość, citing a lack of money.

The foundation's president, Marek Zawilski, told Wyborcza the contract was legal and that the consultancy ran fundraising campaigns and handled large donors. "Without them we would not have collected even half of this amount," he was quoted as saying. He said his family relationship with the company's owner was "of no significance".

Poland took in more than a million Ukrainians after Russia's full-scale invasion in 2022, and hundreds of charities sprang up to help them. Serce dla Wschodu has public-benefit status, which allows taxpayers to assign it 1.5% of their income tax.
""",
"04_ru.txt": """В Польше фонд помощи украинским детям заплатил 11 млн злотых фирме шурина своего президента
Новая газета Европа
12 марта 2027

Польский благотворительный фонд Serce dla Wschodu («Сердце для Востока»), собравший с 2022 года более 46 млн злотых на помощь детям украинских беженцев, за три года заплатил 11,3 млн злотых консалтинговой компании, принадлежащей родственнику президента фонда. Об этом сообщает польская «Газета Выборча» со ссылкой на двух бывших сотрудников фонда и внутренние финансовые документы.

Как пишет издание, единственный владелец фирмы Vistel Consulting из Радома — Томаш Бжезяк, шурин президента фонда Марека Завильского. На детские клубы, занятия с психологами и школьные наборы фонд за тот же период потратил 9,8 млн злотых.

Источники «Выборчей», пожелавшие остаться анонимными, рассказали, что счета от Vistel приходили ежемесячно и «всегда на круглые суммы», а отчетов о работе фирмы в офисе никто не видел. В 2025 году фонд закрыл два из пяти клубов для украинских детей — в Люблине и Замостье.

Завильский в разговоре с газетой назвал договор законным: по его словам, компания проводит кампании по сбору средств и работает с крупными жертвователями. Родство с владельцем фирмы, заявил он, «не имеет никакого значения».

После начала полномасштабного вторжения России в Украину в Польше появились сотни инициатив помощи беженцам. Фонд имеет статус организации общественной пользы и может получать 1,5% подоходного налога граждан.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": "01_uk.txt"},
 {"origin": "Gazeta Wyborcza", "article": "02_de.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_en.txt"},
 {"origin": "Gazeta Wyborcza", "article": "04_ru.txt"}],
[{"text": "The Polish foundation Serce dla Wschodu paid 11.3 million złoty to Vistel Consulting, a firm whose sole owner is the brother-in-law of the foundation's president Marek Zawilski.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "In 2025 the foundation closed two of its five clubs for Ukrainian children, in Lublin and Zamość.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1}])

# n02: outside wire agency PAP (Polish Press Agency); the customs spokeswoman and the convoy
# leader speak to PAP (part of PAP's report). nl "Dat meldt het Poolse persbureau PAP" + "zei …
# tegen het persbureau" + "bevestigde tegenover PAP" (+ an unanswered request of NOS: no own
# reporting); uk "повідомляє Польська агенція преси (PAP)" + "За інформацією агенції" + "підтвердила
# агенції"; fr "a rapporté mardi l'agence de presse polonaise PAP" + "Selon l'agence" + "a expliqué à
# la PAP"; ru "сообщает Польское агентство печати (PAP)" + "По данным агентства" + "цитирует его PAP";
# de (no date line) "Das meldet die polnische Nachrichtenagentur PAP" + "laut PAP" + "der Agentur".
story("n02_agency_aid_convoy_border", "agency", {
"00_nl.txt": """Hulpkonvooi van Nederlandse stichting staat al zes dagen vast aan Pools-Oekraïense grens
NOS
2027-04-13T15:10:00+02:00

Een hulpkonvooi van de Nederlandse stichting Konvooi voor Kinderen staat al zes dagen stil bij de grensovergang Dorohusk tussen Polen en Oekraïne. Dat meldt het Poolse persbureau PAP. De achttien vrachtwagens, met onder meer medicijnen, aggregaten en babyvoeding, mogen van de Poolse douane niet verder omdat de exportdocumenten voor de medicijnen onvolledig zouden zijn.

Volgens PAP gaat het om ruim 210 ton hulpgoederen voor kinderziekenhuizen in Loetsk en Rivne. In drie koelwagens liggen insuline en vaccins. De koelinstallaties draaien op diesel; de chauffeurs moeten elke dag brandstof bijkopen in het dorp.

"We hebben alles ingevuld wat ons in Nederland is gevraagd. Niemand heeft ons verteld dat er nog een formulier nodig was", zei konvooileider Pieter Hoogeveen tegen het persbureau. "Als de koeling uitvalt, kunnen we de insuline weggooien."

Een woordvoerster van de douane in Lublin, Anna Kordecka, bevestigde tegenover PAP dat de lading wordt tegengehouden. "Medicijnen zijn geen gewone goederen. Zodra de papieren compleet zijn, kan het konvooi binnen enkele uren door", zei ze.

De stichting uit Zwolle stuurt sinds 2022 ongeveer elke twee maanden een konvooi naar Oekraïne. Het is voor het eerst dat een transport zo lang wordt opgehouden. Konvooi voor Kinderen was dinsdag niet bereikbaar voor een reactie.
""",
"01_uk.txt": """Нідерландський гуманітарний конвой із ліками для дітей шосту добу стоїть на кордоні з Польщею
Суспільне
13.04.2027 16:40

Колона з 18 вантажівок нідерландського благодійного фонду Konvooi voor Kinderen («Конвой для дітей») шосту добу не може виїхати з польського пункту пропуску Дорогуськ у бік України. Про це повідомляє Польська агенція преси (PAP).

За інформацією агенції, конвой везе понад 210 тонн гуманітарного вантажу для дитячих лікарень Луцька та Рівного: ліки, генератори, дитяче харчування. У трьох рефрижераторах – інсулін і вакцини. Польська митниця затримала колону через неповні експортні документи на медикаменти.

Речниця митної служби в Любліні Анна Кордецька підтвердила агенції, що вантаж затримано. «Ліки – це не звичайний товар. Щойно документи будуть повні, конвой зможе проїхати за кілька годин», – сказала вона.

Керівник колони Пітер Гогевен розповів PAP, що холодильні установки працюють на дизелі і водії щодня докуповують пальне. «Якщо охолодження вимкнеться, інсулін доведеться викинути», – наголосив він.

Фонд із нідерландського міста Зволле з 2022 року приблизно раз на два місяці відправляє конвої в Україну. Як зазначає PAP, так довго транспорт фонду затримують уперше.
""",
"02_fr.txt": """Bloqué à la frontière polonaise, un convoi humanitaire néerlandais attend depuis six jours
Libération
13 avril 2027 à 18h02

Dix-huit camions d'une fondation néerlandaise, chargés de médicaments, de groupes électrogènes et d'aliments pour bébés, sont immobilisés depuis six jours au poste-frontière de Dorohusk, entre la Pologne et l'Ukraine, a rapporté mardi l'agence de presse polonaise PAP.

Selon l'agence, les douanes polonaises retiennent le convoi de la fondation Konvooi voor Kinderen (« Convoi pour les enfants ») parce que les déclarations d'exportation des médicaments seraient incomplètes. La cargaison, plus de 210 tonnes, est destinée à des hôpitaux pour enfants de Loutsk et de Rivne. Trois camions frigorifiques transportent de l'insuline et des vaccins.

« Les médicaments ne sont pas une marchandise ordinaire », a expliqué à la PAP Anna Kordecka, porte-parole des douanes de Lublin, assurant que le convoi pourrait passer « en quelques heures » une fois le dossier complet.

Le chef du convoi, Pieter Hoogeveen, s'inquiète pour la chaîne du froid : les groupes frigorifiques tournent au gazole et les chauffeurs doivent racheter du carburant chaque jour. « Si le refroidissement tombe en panne, on pourra jeter l'insuline », a-t-il confié à l'agence.

Basée à Zwolle, la fondation envoie un convoi vers l'Ukraine environ tous les deux mois depuis 2022.
""",
"03_ru.txt": """Нидерландский гуманитарный конвой с инсулином для детей шестые сутки стоит на польско-украинской границе
Медуза
13 апреля 2027, 19:25

Колонна из 18 грузовиков нидерландского благотворительного фонда Konvooi voor Kinderen шестые сутки стоит на польском пункте пропуска Дорогуск на границе с Украиной. Об этом сообщает Польское агентство печати (PAP).

По данным агентства, польская таможня не пропускает грузовики, потому что документы на экспорт лекарств оформлены не полностью. Фонд везет больше 210 тонн груза — лекарства, генераторы и детское питание — для детских больниц в Луцке и Ровно. В трех рефрижераторах находятся инсулин и вакцины.

Пресс-секретарь таможни в Люблине Анна Кордецкая подтвердила PAP, что колонна задержана. «Лекарства — это не обычный товар», — сказала она, пообещав, что после оформления документов конвой сможет пройти границу за несколько часов.

Руководитель колонны Питер Хогевен рассказал агентству, что холодильные установки работают на дизельном топливе и водителям приходится каждый день его докупать. «Если охлаждение отключится, инсулин придется выбросить», — цитирует его PAP.

Фонд из Зволле с 2022 года отправляет конвои в Украину примерно раз в два месяца.
""",
"04_de.txt": """Hilfskonvoi für ukrainische Kinderkliniken hängt an polnischer Grenze fest
Süddeutsche Zeitung

Seit sechs Tagen kommt ein Hilfskonvoi einer niederländischen Stiftung am polnisch-ukrainischen Grenzübergang Dorohusk nicht weiter. Das meldet die polnische Nachrichtenagentur PAP. Der polnische Zoll halte die 18 Lastwagen der Stiftung Konvooi voor Kinderen fest, weil Ausfuhrpapiere für Medikamente unvollständig seien.

Geladen sind laut PAP mehr als 210 Tonnen Hilfsgüter für Kinderkrankenhäuser in Luzk und Riwne, darunter Generatoren, Babynahrung und, in drei Kühllastern, Insulin und Impfstoffe. Die Kühlaggregate laufen mit Diesel, den die Fahrer täglich nachkaufen müssen.

„Medikamente sind keine gewöhnliche Ware“, sagte Zollsprecherin Anna Kordecka aus Lublin der Agentur. Sobald die Unterlagen vollständig seien, könne der Konvoi innerhalb weniger Stunden passieren. Konvoileiter Pieter Hoogeveen hält dagegen, man habe alle Formulare ausgefüllt, die in den Niederlanden verlangt worden seien. „Fällt die Kühlung aus, können wir das Insulin wegwerfen“, zitiert ihn die Agentur.

Die Stiftung aus Zwolle schickt seit 2022 etwa alle zwei Monate einen Konvoi in die Ukraine.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": "00_nl.txt"},
 {"origin": "PAP", "article": "01_uk.txt"},
 {"origin": "PAP", "article": "02_fr.txt"},
 {"origin": "PAP", "article": "03_ru.txt"},
 {"origin": "PAP", "article": "04_de.txt"}],
[{"text": "Polish customs have held an 18-truck aid convoy of the Dutch foundation Konvooi voor Kinderen at the Dorohusk border crossing for six days over incomplete export papers for medicines.",
  "articles": ["00_nl.txt", "01_uk.txt", "02_fr.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Three refrigerated trucks of the convoy carry insulin and vaccines for children's hospitals in Lutsk and Rivne.",
  "articles": ["00_nl.txt", "01_uk.txt", "02_fr.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 1}])

# n03: chain Новая газета Европа (own: land registry extracts, filings, an anonymous architect,
# three donors) -> The Guardian -> NRC, Rzeczpospolita. ru own "Это выяснила «Новая газета Европа»,
# изучив" + "рассказал «Новой газете Европа»" + "Мы поговорили"; en "according to an investigation by
# Novaya Gazeta Europe" + "the outlet reported"; nl "Dat meldt de Britse krant The Guardian" + "schrijft
# de krant" (Guardian only); pl (no date line) "podał brytyjski dziennik „The Guardian", powołując się
# na ustalenia … „Nowaja Gazieta Jewropa"" + "Według „Guardiana"": both edges from The Guardian.
story("n03_chain_hospice_fund", "chain", {
"00_ru.txt": """Хоспис, которого нет. Куда делись 312 миллионов рублей, собранных фондом «Дом у реки»
Новая газета Европа
2027-05-18 09:00

Благотворительный фонд «Дом у реки» с 2019 года собрал более 312 млн рублей на строительство детского хосписа под Ярославлем. Хосписа нет до сих пор, а участок, купленный под него, в 2025 году продан компании, которой руководит сын директора фонда. Это выяснила «Новая газета Европа», изучив выписки из Росреестра и отчеты, которые фонд подает в Минюст.

Участок площадью 1,4 гектара на берегу Волги фонд купил в 2020 году за 18 млн рублей. В июле 2025 года его приобрело ООО «Волжская усадьба» за 96 млн. Генеральный директор общества — Глеб Самохвалов, сын директора фонда Ирины Самохваловой. Через полгода на участке начали строить коттеджный поселок.

По отчетам фонда, на «проектирование и подготовку строительства» за семь лет ушло 41 млн рублей. Архитектор, работавший над первым проектом хосписа, рассказал «Новой газете Европа», что его бюро получило за работу 2,3 млн и с 2021 года не слышало от фонда ни слова. Он попросил не называть его имени.

Мы поговорили с тремя жертвователями, которые ежемесячно переводили фонду деньги. «Каждый год нам присылали открытку с картинкой будущего хосписа и словами „мы почти у цели“», — говорит одна из них, учительница из Рыбинска.

Ирина Самохвалова не ответила на вопросы, отправленные на почту фонда и в мессенджеры. На сайте фонда по-прежнему открыт сбор: «До открытия хосписа осталось собрать 38 млн рублей».
""",
"01_en.txt": """Russian charity raised £3m for children's hospice that was never built, investigation finds
The Guardian
Wed 19 May 2027 07.00 BST

A Russian charity collected more than 312m roubles (about £3m) over seven years to build a children's hospice near Yaroslavl, but the hospice was never built and the land bought for it was sold to a company run by the charity director's son, according to an investigation by Novaya Gazeta Europe, the exiled Russian outlet.

The foundation, Dom u Reki ("House by the River"), bought a 1.4-hectare plot on the banks of the Volga in 2020 for 18m roubles. In July 2025 the plot was sold for 96m roubles to Volzhskaya Usadba, whose general director is Gleb Samokhvalov, the son of the charity's director, Irina Samokhvalova, the outlet reported, citing land registry extracts. Holiday cottages are now being built on the site.

The charity's filings to Russia's justice ministry show it spent 41m roubles on "design and preparation for construction". An architect who worked on the first hospice design told Novaya Gazeta Europe his firm was paid 2.3m roubles and had heard nothing from the charity since 2021.

Donors who made monthly payments said they received a card every year with a picture of the planned building and the words "we are almost there".

Samokhvalova did not respond to Novaya Gazeta Europe's questions. The charity's website is still collecting money, saying 38m roubles are needed "until the hospice opens".

Private charities fill large gaps in palliative care for children in Russia, and allegations against them are rarely investigated by the authorities.
""",
"02_nl.txt": """Russisch goed doel haalde miljoenen op voor kinderhospice dat er nooit kwam
NRC
19 mei 2027

Een Russisch goed doel heeft in zeven jaar ruim 312 miljoen roebel (ruim 3,5 miljoen euro) opgehaald voor een kinderhospice bij Jaroslavl, maar dat hospice is nooit gebouwd. Dat meldt de Britse krant The Guardian woensdag. De grond die voor het hospice was gekocht, werd volgens de krant in 2025 verkocht aan een bedrijf dat wordt geleid door de zoon van de directeur van de stichting.

De stichting Dom oe Reki ('Huis aan de rivier') kocht in 2020 voor 18 miljoen roebel een perceel van 1,4 hectare aan de Wolga. Vijf jaar later ging de grond voor 96 miljoen roebel naar het bedrijf Volzjskaja Oesadba van Gleb Samochvalov, zoon van directeur Irina Samochvalova. Op het terrein verrijst inmiddels een vakantiepark, schrijft de krant.

Aan 'ontwerp en voorbereiding van de bouw' gaf de stichting volgens haar jaarverslagen 41 miljoen roebel uit. Een architect die aan het eerste ontwerp werkte, kreeg daarvan naar eigen zeggen 2,3 miljoen.

Samochvalova reageerde volgens The Guardian niet op vragen. Op de website van de stichting loopt de inzameling gewoon door: er is nog 38 miljoen roebel nodig 'tot de opening van het hospice'.
""",
"03_pl.txt": """Rosyjska fundacja zbierała na hospicjum dla dzieci. Działkę kupiła firma syna dyrektorki
Rzeczpospolita

Rosyjska fundacja charytatywna „Dom u Rieki" zebrała od 2019 r. ponad 312 mln rubli na budowę hospicjum dla dzieci pod Jarosławiem, ale budynek nigdy nie powstał – podał brytyjski dziennik „The Guardian", powołując się na ustalenia niezależnego rosyjskiego portalu „Nowaja Gazieta Jewropa".

Według „Guardiana" działka o powierzchni 1,4 ha nad Wołgą, kupiona przez fundację w 2020 r. za 18 mln rubli, w lipcu 2025 r. została sprzedana za 96 mln rubli spółce Wołżskaja Usadba. Jej dyrektorem generalnym jest Gleb Samochwałow, syn szefowej fundacji Iriny Samochwałowej. Obecnie na działce powstaje osiedle domków letniskowych.

Z przytaczanych przez brytyjską gazetę sprawozdań fundacji wynika, że na „projektowanie i przygotowanie budowy" wydano 41 mln rubli. Architekt, który przygotował pierwszy projekt hospicjum, twierdzi, że jego biuro dostało 2,3 mln rubli i od 2021 r. nie miało kontaktu z fundacją.

Darczyńcy co roku otrzymywali kartkę z wizualizacją hospicjum i napisem „jesteśmy prawie u celu". Samochwałowa nie odpowiedziała na pytania dziennikarzy. Zbiórka na stronie fundacji wciąż trwa.
""",
}, [{"name": "Новая газета Европа", "in_corpus": True}],
[{"origin": "Новая газета Европа", "article": "01_en.txt"},
 {"origin": "The Guardian", "article": "02_nl.txt"},
 {"origin": "The Guardian", "article": "03_pl.txt"}],
[{"text": "The Russian charity Dom u Reki raised more than 312 million roubles for a children's hospice near Yaroslavl that was never built.",
  "articles": ["00_ru.txt", "01_en.txt", "02_nl.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The plot bought for the hospice was sold in 2025 for 96 million roubles to a company run by the son of the charity's director Irina Samokhvalova.",
  "articles": ["00_ru.txt", "01_en.txt", "02_nl.txt", "03_pl.txt"], "independent_sources": 1}])

# n04: an NGO's own published report (Stichting Eerlijke Oogst, outside the corpus) taken directly
# by nl, uk, pl; taz relays the report AND adds its own reporting (two Ukrainian women on a farm in
# Diepholz, pay slips seen by taz) -> taz is an in-corpus origin too; RFI credits both the report and
# taz (two edges). nl "Dat blijkt uit een rapport dat … dinsdag op haar website publiceerde"; de "Das
# geht aus einem am Dienstag veröffentlichten Bericht … hervor" + own "konnte die taz selbst
# nachvollziehen" + "sagte eine der Frauen der taz"; uk "Про це йдеться у звіті … оприлюдненому" +
# "За даними організації"; pl "wynika z raportu holenderskiej fundacji" + "Jak czytamy w raporcie";
# fr "selon un rapport publié mardi par l'ONG" + "D'après ce document" + "Le quotidien allemand Die
# Tageszeitung (taz) dit avoir pu vérifier" + "au quotidien berlinois".
story("n04_institution_seasonal_workers_report", "institution", {
"00_nl.txt": """Rapport: Oekraïense en Poolse seizoenskrachten op Nederlandse en Duitse boerderijen vaak niet volledig betaald
de Volkskrant
8 juni 2027, 10:12

Bijna de helft van de Oekraïense en Poolse seizoensarbeiders op boerderijen in Nederland en Duitsland heeft een deel van het loon nooit ontvangen. Dat blijkt uit een rapport dat de Amsterdamse stichting Eerlijke Oogst dinsdag op haar website publiceerde.

Onderzoekers van de stichting spraken vorig seizoen met 146 plukkers en sorteerders op 31 bedrijven, van aspergetelers in Limburg tot aardbeienkwekers in Nedersaksen. 61 van hen zeiden dat hun werkgever of uitzendbureau loon had ingehouden, gemiddeld 740 euro per persoon. Bij 23 arbeiders werd het paspoort 'ter bewaring' door de werkgever of het uitzendbureau ingenomen. Zeventien mensen sliepen in containers zonder verwarming.

'Dit zijn geen incidenten, dit is een verdienmodel', schrijft directeur Marloes Veenstra in het voorwoord van het rapport, dat de titel Geoogst en vergeten draagt. Volgens de stichting durven veel arbeiders niet te klagen, omdat ze volgend jaar terug willen komen.

Eerlijke Oogst roept de Nederlandse Arbeidsinspectie en de Duitse douane op vaker onaangekondigd te controleren. Het rapport noemt geen namen van bedrijven; die zijn volgens de onderzoekers gedeeld met de inspecties.

Sinds 2022 werken naar schatting tienduizenden Oekraïners in de Nederlandse en Duitse land- en tuinbouw.
""",
"01_de.txt": """Erntehelfer um ihren Lohn geprellt – auch in Niedersachsen
taz
08.06.2027, 17:30

Viele ukrainische und polnische Saisonkräfte auf Höfen in Deutschland und den Niederlanden bekommen nicht den vollen Lohn. Das geht aus einem am Dienstag veröffentlichten Bericht der niederländischen Stiftung Eerlijke Oogst („Faire Ernte“) hervor. Von 146 befragten Erntehelferinnen und Erntehelfern auf 31 Betrieben gaben 61 an, dass ihnen Lohn vorenthalten wurde – im Schnitt 740 Euro pro Person.

Dass solche Fälle auch in Niedersachsen vorkommen, konnte die taz selbst nachvollziehen. Auf einem Erdbeerhof im Landkreis Diepholz trafen wir zwei Ukrainerinnen aus Schytomyr, die im vergangenen Sommer dort gearbeitet haben. Beide zeigten ihre Lohnabrechnungen: Für Juli wurden ihnen jeweils 1.150 Euro bescheinigt, überwiesen wurden 480 Euro. „Man hat uns gesagt, der Rest sei für Unterkunft und Transport“, sagte eine der Frauen der taz. Ihren Namen will sie nicht in der Zeitung lesen, weil sie im Juni wieder auf dem Hof arbeiten möchte.

Der Betreiber des Hofs wollte sich auf Nachfrage der taz nicht äußern.

„Das sind keine Einzelfälle, das ist ein Geschäftsmodell“, schreibt Stiftungsdirektorin Marloes Veenstra in dem Bericht mit dem Titel „Geoogst en vergeten“ (Geerntet und vergessen). Die Stiftung fordert mehr unangekündigte Kontrollen durch den deutschen Zoll und die niederländische Arbeitsinspektion.
""",
"02_uk.txt": """Майже половині українських і польських сезонних робітників у Нідерландах і Німеччині недоплатили – звіт
Українська правда
8 червня 2027, 13:05

Із 146 сезонних працівників з України та Польщі, які торік працювали на фермах у Нідерландах і Німеччині, 61 заявив, що роботодавець або кадрове агентство утримали частину їхньої зарплати – у середньому 740 євро на людину. Про це йдеться у звіті нідерландської правозахисної організації Eerlijke Oogst («Чесний урожай»), оприлюдненому у вівторок на її сайті.

Дослідники організації опитали збирачів і сортувальників на 31 господарстві – від спаржевих ферм у нідерландському Лімбурзі до полуничних у німецькій Нижній Саксонії. За даними організації, у 23 працівників роботодавці чи агентства забрали паспорти «на зберігання», а 17 людей жили в контейнерах без опалення.

«Це не поодинокі випадки, це бізнес-модель», – пише у передмові до звіту директорка організації Марлус Венстра. У документі зазначено, що багато робітників бояться скаржитися, бо хочуть повернутися наступного сезону.

Eerlijke Oogst закликає трудову інспекцію Нідерландів і митну службу Німеччини частіше проводити раптові перевірки. Назви господарств у звіті не наводяться: організація передала їх інспекціям.
""",
"03_pl.txt": """Raport: pracownicy sezonowi z Polski i Ukrainy oszukiwani na holenderskich i niemieckich farmach
Onet
2027-06-08 15:47

Prawie co drugi pracownik sezonowy z Polski i Ukrainy zatrudniony przy zbiorach w Holandii i Niemczech nie dostał części wynagrodzenia – wynika z raportu holenderskiej fundacji Eerlijke Oogst („Uczciwe Żniwa"), opublikowanego we wtorek.

Autorzy raportu rozmawiali w minionym sezonie ze 146 zbieraczami i sortowaczami pracującymi w 31 gospodarstwach. 61 z nich twierdzi, że pracodawca lub agencja pośrednictwa pracy zatrzymali część ich pensji – średnio 740 euro na osobę. Jak czytamy w raporcie, 23 osobom odebrano paszporty „na przechowanie", a 17 mieszkało w nieogrzewanych kontenerach.

– To nie są pojedyncze przypadki, to model biznesowy – pisze we wstępie dyrektorka fundacji Marloes Veenstra. Według organizacji wiele osób boi się składać skargi, bo chce wrócić do pracy w kolejnym roku.

Fundacja z Amsterdamu wzywa holenderską inspekcję pracy i niemiecką służbę celną do częstszych niezapowiedzianych kontroli. Nazw gospodarstw w dokumencie nie podano – przekazano je inspekcjom.

Co roku do pracy przy zbiorach w Holandii i Niemczech wyjeżdżają dziesiątki tysięcy Polaków.
""",
"04_fr.txt": """Pays-Bas, Allemagne : des saisonniers ukrainiens et polonais privés d'une partie de leur salaire
RFI
Wed, 09 Jun 2027 08:15:00 +0200

Sur 146 travailleurs saisonniers ukrainiens et polonais interrogés dans des exploitations agricoles aux Pays-Bas et en Allemagne, 61 affirment qu'une partie de leur salaire ne leur a jamais été versée, selon un rapport publié mardi par l'ONG néerlandaise Eerlijke Oogst (« Récolte équitable »). Le montant retenu atteint en moyenne 740 euros par personne.

D'après ce document, intitulé « Récoltés et oubliés », les saisonniers interrogés travaillaient dans 31 exploitations. « Ce ne sont pas des cas isolés, c'est un modèle économique », écrit la directrice de l'organisation, Marloes Veenstra.

Le quotidien allemand Die Tageszeitung (taz) dit avoir pu vérifier lui-même des cas semblables en Basse-Saxe. Deux Ukrainiennes de Jytomyr, rencontrées par le journal dans une exploitation de fraises de l'arrondissement de Diepholz, ont montré des fiches de paie de 1 150 euros pour le mois de juillet, alors que seuls 480 euros leur ont été virés. « On nous a dit que le reste servait à payer le logement et le transport », a raconté l'une d'elles au quotidien berlinois.

L'ONG, basée à Amsterdam, réclame des contrôles inopinés plus fréquents de la part de l'inspection du travail néerlandaise et des douanes allemandes.
""",
}, [{"name": "Eerlijke Oogst", "in_corpus": False},
    {"name": "taz", "in_corpus": True}],
[{"origin": "Eerlijke Oogst", "article": "00_nl.txt"},
 {"origin": "Eerlijke Oogst", "article": "01_de.txt"},
 {"origin": "Eerlijke Oogst", "article": "02_uk.txt"},
 {"origin": "Eerlijke Oogst", "article": "03_pl.txt"},
 {"origin": "Eerlijke Oogst", "article": "04_fr.txt"},
 {"origin": "taz", "article": "04_fr.txt"}],
[{"text": "Ukrainian and Polish seasonal workers on farms in the Netherlands and Germany had part of their wages withheld (61 of 146 workers surveyed, on average 740 euros each).",
  "articles": ["00_nl.txt", "01_de.txt", "02_uk.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 2},
 {"text": "Employers or agencies took the passports of 23 of the seasonal workers 'for safekeeping', and 17 lived in unheated containers.",
  "articles": ["00_nl.txt", "02_uk.txt", "03_pl.txt"], "independent_sources": 1}])

# n05: a person's own social-media post (Taras Hnatiuk's Facebook post, outside the corpus) taken
# directly by all four. uk "Про це у Facebook написав засновник фонду" + "За словами Гнатюка";
# en (no outlet line; title suffix "| The Kyiv Independent") "said in a Facebook post on Sunday" +
# "According to the volunteer"; pl "Poinformował o tym na Facebooku założyciel fundacji" + "stwierdził
# w swoim wpisie"; ru "Об этом написал в фейсбуке основатель фонда" + "говорится в посте волонтера".
story("n05_social_post_generator_theft", "social_post", {
"00_uk.txt": """У Львові зі складу благодійного фонду викрали 126 генераторів для прифронтових громад
Суспільне
17 січня 2027, 12:40

У ніч на неділю, 17 січня, невідомі проникли на склад благодійного фонду «Тепло громадам» у Львові та винесли 126 генераторів і 40 портативних зарядних станцій. Про це у Facebook написав засновник фонду Тарас Гнатюк.

За словами Гнатюка, техніку вартістю близько 9,4 млн грн мали наступного тижня відправити в села Харківської та Сумської областей, де після обстрілів тижнями немає світла. Крадії зрізали замок на воротах і, ймовірно, приїхали вантажівкою. «Сто двадцять шість генераторів у кишенях не винесеш. Це було сплановано», – написав волонтер.

Він додав, що камера спостереження на складі зафіксувала рух о 3:20 ночі, і попросив усіх, хто бачив вантажівку біля складу на вулиці Промисловій, звернутися до поліції. Заяву фонд уже подав.

Фонд працює з 2022 року; за словами Гнатюка, за цей час громадам передали понад 3 тисячі генераторів. У дописі він пообіцяв, що поставки в села не зупинять: «Зберемо ще раз. Люди там не можуть чекати».
""",
"01_en.txt": """Thieves steal 126 generators meant for front-line villages from Lviv charity warehouse | The Kyiv Independent
January 17, 2027 3:05 PM

Unknown thieves broke into a warehouse of the Ukrainian charity Teplo Hromadam ("Warmth for Communities") in Lviv overnight on Jan. 17 and stole 126 generators and 40 portable power stations, the charity's founder Taras Hnatiuk said in a Facebook post on Sunday.

The equipment, worth around 9.4 million hryvnias ($220,000), was due to be sent next week to villages in Kharkiv and Sumy oblasts that have been without power for weeks after Russian strikes, Hnatiuk wrote.

According to the volunteer, the thieves cut the lock on the gate and most likely came with a truck. "You can't carry 126 generators out in your pockets. This was planned," he wrote. A security camera recorded movement at 3:20 a.m., he said.

Hnatiuk urged anyone who saw a truck near the warehouse on Promyslova Street to contact the police, adding that the charity had already filed a report.

Since 2022 the charity has delivered more than 3,000 generators to communities, according to Hnatiuk. "We will raise the money again. People there can't wait," he wrote.

Lviv police had not publicly commented on the theft as of Sunday afternoon.
""",
"02_pl.txt": """Lwów: złodzieje ukradli fundacji 126 generatorów dla wsi przy froncie
Rzeczpospolita
17.01.2027 17:50

W nocy z soboty na niedzielę nieznani sprawcy włamali się do magazynu ukraińskiej fundacji charytatywnej „Tepło hromadam" we Lwowie i wywieźli 126 generatorów oraz 40 przenośnych stacji zasilania. Poinformował o tym na Facebooku założyciel fundacji Taras Hnatiuk.

Sprzęt wart ok. 9,4 mln hrywien (ok. 900 tys. zł) miał w przyszłym tygodniu trafić do wsi w obwodach charkowskim i sumskim, które po rosyjskich ostrzałach od tygodni pozostają bez prądu.

Jak napisał wolontariusz, złodzieje przecięli kłódkę na bramie i najpewniej przyjechali ciężarówką. „Stu dwudziestu sześciu generatorów nie wyniesie się w kieszeniach. To było zaplanowane" – stwierdził w swoim wpisie Hnatiuk. Kamera monitoringu zarejestrowała ruch o 3.20 w nocy.

Założyciel fundacji zaapelował do świadków, którzy widzieli ciężarówkę przy ul. Promysłowej, o kontakt z policją. Zawiadomienie zostało już złożone.

Fundacja działa od 2022 r. Według Hnatiuka przekazała w tym czasie społecznościom ponad 3 tys. generatorów.
""",
"03_ru.txt": """Во Львове со склада благотворительного фонда украли 126 генераторов, предназначенных для прифронтовых сел
Медуза
17 января 2027, 18:30

В ночь на 17 января неизвестные вскрыли склад украинского благотворительного фонда «Тепло громадам» во Львове и вывезли 126 генераторов и 40 портативных зарядных станций. Об этом написал в фейсбуке основатель фонда Тарас Гнатюк.

По словам Гнатюка, оборудование стоимостью около 9,4 млн гривен на следующей неделе должны были отправить в села Харьковской и Сумской областей, которые после российских обстрелов неделями остаются без электричества.

Воры срезали замок на воротах и, судя по всему, приехали на грузовике. «Сто двадцать шесть генераторов в карманах не вынесешь. Это было спланировано», — говорится в посте волонтера. Камера видеонаблюдения зафиксировала движение в 3:20 ночи.

Гнатюк попросил очевидцев, видевших грузовик возле склада на улице Промышленной, обратиться в полицию; заявление фонд уже подал. «Соберем еще раз. Людям там некогда ждать», — пообещал он.
""",
}, [{"name": "Taras Hnatiuk", "in_corpus": False}],
[{"origin": "Taras Hnatiuk", "article": "00_uk.txt"},
 {"origin": "Taras Hnatiuk", "article": "01_en.txt"},
 {"origin": "Taras Hnatiuk", "article": "02_pl.txt"},
 {"origin": "Taras Hnatiuk", "article": "03_ru.txt"}],
[{"text": "Thieves stole 126 generators and 40 portable power stations overnight from the Lviv warehouse of the charity Teplo Hromadam.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The stolen equipment, worth about 9.4 million hryvnias, was to be sent to villages in the Kharkiv and Sumy regions.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], "independent_sources": 1}])

# n06: Le Monde's own report (reporter at the queue, figures given by the director "au Monde");
# 01_nl.txt (no outlet line) is an uncredited, close Dutch translation published the next morning
# (keeps the scene, the order, the quotes, and turns "au Monde" into "aan deze krant"): edge from Le
# Monde. de "Das berichtet die Pariser Zeitung „Le Monde" unter Berufung auf" + "Wie „Le Monde" weiter
# berichtet" + "sagte Méraud der Zeitung"; en "Le Monde has reported" + "told the French newspaper" +
# "The paper described".
story("n06_translation_food_bank", "translation", {
"00_fr.txt": """À Lille, la banque alimentaire Le Panier partagé au bord de la rupture
Le Monde
23 novembre 2027 à 06h00

Lundi 22 novembre, à 8 heures, la file d'attente devant l'entrepôt de l'association Le Panier partagé, rue de Fives, à Lille, s'étirait déjà sur près de deux cents mètres. Des retraités, des étudiants, des mères avec des poussettes. « Il y a deux ans, on ne voyait pas ça avant 10 heures », souffle Gérard, bénévole depuis 2015.

Les dons reçus par l'association ont chuté de 38 % en 2026 par rapport à l'année précédente, alors que le nombre de personnes inscrites est passé de 4 100 à 6 900, selon les chiffres que sa directrice, Sandrine Méraud, a communiqués au Monde. Les supermarchés de la métropole, qui fournissaient l'essentiel des invendus, donnent moins : « Ils gèrent mieux leurs stocks. Tant mieux pour le gaspillage, tant pis pour nous », résume-t-elle.

Faute de marchandises, l'association a réduit ses distributions de trois à deux jours par semaine depuis octobre. Les colis sont plus légers : plus de viande depuis l'été, le lait est rationné à un litre par foyer. « Nous refusons de fermer la porte à quelqu'un, alors nous partageons la pénurie », explique Mme Méraud.

L'association, qui fonctionne avec 140 bénévoles et trois salariés, lance un appel aux dons avant l'hiver. Elle espère réunir 250 000 euros d'ici à la fin décembre pour acheter des denrées.
""",
"01_nl.txt": """Voedselbank in Lille op breekpunt: giften gedaald, rij steeds langer
24-11-2027 09:40

Maandag 22 november, om 8 uur, strekte de rij voor het depot van de vereniging Le Panier partagé in de Rue de Fives in Lille zich al uit over bijna tweehonderd meter. Gepensioneerden, studenten, moeders met kinderwagens. "Twee jaar geleden zag je dat niet voor 10 uur", zucht Gérard, vrijwilliger sinds 2015.

De giften aan de vereniging zijn in 2026 met 38 procent gedaald ten opzichte van het jaar ervoor, terwijl het aantal ingeschreven mensen steeg van 4.100 naar 6.900, volgens cijfers die directeur Sandrine Méraud aan deze krant verstrekte. De supermarkten in de regio, die het grootste deel van de onverkochte producten leverden, geven minder: "Ze beheren hun voorraden beter. Goed tegen verspilling, jammer voor ons", vat ze samen.

Bij gebrek aan goederen heeft de vereniging het aantal uitdeeldagen sinds oktober teruggebracht van drie naar twee per week. De pakketten zijn lichter: sinds de zomer zit er geen vlees meer in, melk is beperkt tot één liter per huishouden. "We weigeren iemand de deur te wijzen, dus delen we het tekort", legt Méraud uit.

De vereniging, die draait op 140 vrijwilligers en drie betaalde krachten, doet voor de winter een oproep om te doneren. Ze hoopt tot eind december 250.000 euro op te halen om voedsel in te kopen.
""",
"02_de.txt": """Frankreich: Lebensmittelhilfe in Lille gehen die Spenden aus
Frankfurter Allgemeine Zeitung
23.11.2027

In Nordfrankreich geraten Lebensmittelhilfen zunehmend unter Druck. Beim Verein Le Panier partagé in Lille sind die Spenden im Jahr 2026 um 38 Prozent eingebrochen, während die Zahl der registrierten Bedürftigen von 4100 auf 6900 gestiegen ist. Das berichtet die Pariser Zeitung „Le Monde“ unter Berufung auf die Leiterin der Organisation, Sandrine Méraud.

Wie „Le Monde“ weiter berichtet, reichte die Schlange vor dem Lager in der Rue de Fives am Montagmorgen schon um acht Uhr fast 200 Meter weit. Die Supermärkte im Großraum Lille, bislang die wichtigsten Lieferanten unverkaufter Ware, gäben weniger ab, weil sie ihre Bestände besser planten, sagte Méraud der Zeitung. „Gut gegen Verschwendung, schlecht für uns.“

Seit Oktober verteilt der Verein nur noch an zwei statt an drei Tagen pro Woche Lebensmittel. Fleisch gibt es seit dem Sommer nicht mehr, Milch ist auf einen Liter pro Haushalt begrenzt. Mit einem Spendenaufruf will die Organisation bis Ende Dezember 250.000 Euro sammeln.

In Frankreich sind nach Schätzungen von Hilfsorganisationen mehrere Millionen Menschen auf Lebensmittelhilfe angewiesen.
""",
"03_en.txt": """Queues stretch 200 metres as French food bank's donations fall by more than a third
The Independent
2027-11-23T14:20:00+00:00

A food bank in the northern French city of Lille has seen donations fall by 38 per cent in a year while the number of people relying on it has risen by two thirds, Le Monde has reported.

Le Panier Partagé, which runs on 140 volunteers and three paid staff, now has 6,900 registered recipients, up from 4,100, its director Sandrine Méraud told the French newspaper. Supermarkets, which used to supply most of its unsold food, are giving less as they manage their stock more tightly. "Good for waste, bad for us," she said.

The paper described a queue of almost 200 metres outside the charity's warehouse at 8am on Monday. Since October the food bank has cut distributions from three days a week to two, stopped handing out meat and rationed milk to one litre per household.

"We refuse to turn anyone away, so we share the shortage," Ms Méraud was quoted as saying.

The charity has launched an appeal to raise €250,000 by the end of December to buy food.
""",
}, [{"name": "Le Monde", "in_corpus": True}],
[{"origin": "Le Monde", "article": "01_nl.txt"},
 {"origin": "Le Monde", "article": "02_de.txt"},
 {"origin": "Le Monde", "article": "03_en.txt"}],
[{"text": "Donations to the Lille food bank Le Panier partagé fell by 38% in 2026 while its registered recipients rose from 4,100 to 6,900.",
  "articles": ["00_fr.txt", "01_nl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Since October the food bank has cut distributions from three days a week to two.",
  "articles": ["00_fr.txt", "01_nl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1}])

# n07: two independent own reports: TVN24 (reporter at the kitchen, the Polish chairwoman) and
# Sächsische Zeitung (the German deputy chairman; the SZ's own enquiry to Görlitz police). BBC
# credits both (two edges); the uk article (no outlet line, no date line) relays only TVN24; DW's
# Russian service relays only the SZ. pl own "mówi reporterowi TVN24"; de own "sagte … der SZ" +
# "bestätigte auf Anfrage unserer Zeitung"; en "the Polish broadcaster TVN24 and the German regional
# newspaper Sächsische Zeitung reported" + "told TVN24" + "told Sächsische Zeitung"; uk "Про це
# повідомляє польський телеканал TVN24" + "розповіла телеканалу" + "За даними TVN24"; ru "сообщила
# региональная газета Sächsische Zeitung" + "рассказал газете" + "подтвердила Sächsische Zeitung".
story("n07_independent_anonymous_donation", "independent", {
"00_pl.txt": """Ktoś zostawił 180 tysięcy euro w skrzynce na datki. „Dla tych, którzy gotują dla innych"
TVN24
20.12.2027, 07:45

Wolontariusze polsko-niemieckiej jadłodajni „Kuchnia na Moście" w Görlitz, tuż za granicą ze Zgorzelcem, znaleźli w sobotę w skrzynce na datki kopertę ze 180 tysiącami euro w banknotach o nominałach 200 i 500 euro. Do pieniędzy dołączono odręczny liścik po polsku i po niemiecku: „Dla tych, którzy gotują dla innych".

– Najpierw myśleliśmy, że to żart albo pieniądze z gry planszowej. Liczyliśmy je trzy razy, we czworo – mówi reporterowi TVN24 Agnieszka Pawlak ze Zgorzelca, przewodnicząca stowarzyszenia, które prowadzi jadłodajnię. Kopertę znalazła 19-letnia wolontariuszka, która w sobotę rano opróżniała skrzynkę.

Jadłodajnia przy Moście Staromiejskim działa od 2019 r. i wydaje codziennie około 320 ciepłych posiłków mieszkańcom obu miast, głównie seniorom i osobom w kryzysie bezdomności. Roczny budżet stowarzyszenia to niespełna 90 tys. euro.

Pawlak mówi, że za pieniądze od anonimowego darczyńcy stowarzyszenie chce kupić nowy samochód dostawczy i otworzyć kuchnię także w niedziele. – Kimkolwiek jest ta osoba, niech wie, że nie zmarnujemy ani jednego euro – dodaje.

Kto zostawił kopertę, nie wiadomo. Kamera przy wejściu nie działa od listopada.
""",
"01_de.txt": """180.000 Euro im Spendenkasten: Rätsel um anonymen Gönner der Grenz-Suppenküche
Sächsische Zeitung
Montag, 20. Dezember 2027

Ein Unbekannter hat der deutsch-polnischen Suppenküche „Küche auf der Brücke“ in Görlitz 180.000 Euro in bar gespendet. Ehrenamtliche fanden das Geld am Sonnabend in einem Briefumschlag im Spendenkasten, zusammen mit einem handgeschriebenen Zettel auf Deutsch und Polnisch: „Für die, die für andere kochen.“

„So etwas haben wir in acht Jahren nicht erlebt“, sagte Jens Kittler, stellvertretender Vorsitzender des Trägervereins, der SZ. Der Verein habe das Geld noch am Sonnabend der Polizei übergeben, um auszuschließen, dass es aus einer Straftat stammt.

Die Polizeidirektion Görlitz bestätigte auf Anfrage unserer Zeitung, dass die Scheine überprüft wurden. Es gebe keine Hinweise auf Falschgeld oder einen Zusammenhang mit einer Straftat, sagte ein Sprecher. Das Geld werde dem Verein in den nächsten Tagen zurückgegeben.

Die Küche an der Altstadtbrücke gibt Essen an Bedürftige aus beiden Städten aus. Die Spende sei „mehr als ein Jahresbudget“, sagte Kittler. Über die Verwendung wolle der Vorstand im Januar entscheiden.

Wer der Spender ist, weiß niemand. Kittler hat eine Vermutung, will sie aber nicht äußern: „Wer so einen Zettel schreibt, möchte nicht gefunden werden.“
""",
"02_en.txt": """Anonymous donor leaves €180,000 in soup kitchen's collection box
BBC News
20 December 2027

An anonymous donor has left €180,000 (£155,000) in cash in the collection box of a soup kitchen on the German-Polish border, along with a handwritten note reading: "For those who cook for others."

Volunteers at the kitchen, known in Polish as Kuchnia na Moście (Kitchen on the Bridge), which serves people in the twin towns of Görlitz in Germany and Zgorzelec in Poland, found the envelope on Saturday morning, the Polish broadcaster TVN24 and the German regional newspaper Sächsische Zeitung reported on Monday.

The note was written in both Polish and German, and the money was in €200 and €500 notes, the reports said.

"First we thought it was a joke or money from a board game. We counted it three times, four of us," Agnieszka Pawlak, who chairs the association running the kitchen, told TVN24.

Jens Kittler, the association's deputy chairman, told Sächsische Zeitung it had "never experienced anything like this in eight years". He said the sum was larger than the charity's annual budget.

Who left the envelope remains a mystery.
""",
"03_uk.txt": """Невідомий залишив 180 тисяч євро у скриньці для пожертв благодійної їдальні на польсько-німецькому кордоні

Волонтери польсько-німецької благодійної їдальні «Кухня на мосту» в Герліці знайшли у скриньці для пожертв конверт зі 180 тисячами євро готівкою та запискою польською і німецькою мовами: «Для тих, хто готує для інших». Про це повідомляє польський телеканал TVN24.

Як розповіла телеканалу голова асоціації, що керує їдальнею, Аґнешка Павляк, волонтери спершу подумали, що це жарт. «Ми перераховували гроші тричі, вчотирьох», – сказала вона.

За даними TVN24, їдальня працює з 2019 року для мешканців прикордонних міст Герліц і Згожелець і щодня видає близько 320 гарячих обідів, переважно літнім людям і безхатькам. Річний бюджет організації – менш як 90 тисяч євро.

Павляк розповіла, що за ці гроші асоціація хоче купити новий фургон і відкрити кухню також у неділю. Хто залишив конверт, невідомо: камера біля входу не працює з листопада.
""",
"04_ru.txt": """Анонимный даритель оставил 180 тысяч евро в ящике для пожертвований бесплатной столовой в Гёрлице
DW
20.12.2027

Неизвестный оставил в ящике для пожертвований германо-польской благотворительной столовой в саксонском Гёрлице конверт со 180 тысячами евро наличными и запиской на немецком и польском языках: «Тем, кто готовит для других». Об этом в понедельник, 20 декабря, сообщила региональная газета Sächsische Zeitung.

Как рассказал газете заместитель председателя общества, которое управляет столовой, Йенс Киттлер, волонтеры нашли конверт в субботу и в тот же день передали деньги полиции, чтобы исключить их преступное происхождение. «Ничего подобного за восемь лет у нас не было», — приводит его слова издание.

Полиция Гёрлица подтвердила Sächsische Zeitung, что купюры проверены: признаков подделки или связи с преступлениями не обнаружено. Деньги вернут организации в ближайшие дни.

По словам Киттлера, сумма превышает годовой бюджет столовой, которая кормит нуждающихся из Гёрлица и соседнего польского Згожельца. Как распорядиться деньгами, правление решит в январе.
""",
}, [{"name": "TVN24", "in_corpus": True},
    {"name": "Sächsische Zeitung", "in_corpus": True}],
[{"origin": "TVN24", "article": "02_en.txt"},
 {"origin": "Sächsische Zeitung", "article": "02_en.txt"},
 {"origin": "TVN24", "article": "03_uk.txt"},
 {"origin": "Sächsische Zeitung", "article": "04_ru.txt"}],
[{"text": "An anonymous donor left an envelope with 180,000 euros in cash and a note 'For those who cook for others' in the donation box of the German-Polish charity kitchen in Görlitz.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 2},
 {"text": "Görlitz police checked the banknotes and found no sign of forgery or of a link to a crime; the money will be returned to the association.",
  "articles": ["01_de.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The association wants to use the money to buy a new delivery van and open the kitchen on Sundays too.",
  "articles": ["00_pl.txt", "03_uk.txt"], "independent_sources": 1}])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
            assert r["origin"] in {o["name"] for o in origins} or r["origin"] in _outlets(arts), (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 147 (charities and NGOs; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def _outlets(arts):
    """Outlet lines of the articles (line 2 when line 2 is not a date line) for the edge check."""
    res = set()
    for text in arts.values():
        lines = text.split("\n")
        if len(lines) > 1 and lines[1].strip():
            res.add(lines[1].strip())
    return res


if __name__ == "__main__":
    main()
