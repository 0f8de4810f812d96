#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand101 set.

Business, markets and companies. Real media names for outlets and agencies; every event,
company, person, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# b01: in-corpus scoop (Handelsblatt: earnings leak from supervisory-board circles) relayed 4x.
# de own "Nach Informationen des Handelsblatts" + "sagte eine der Personen dem Handelsblatt";
# en Reuters "German business daily Handelsblatt reported on Thursday" + "the paper said, citing"
# + unanswered "Reuters request for comment" (no own reporting); fr "rapporte ce jeudi le quotidien
# économique Handelsblatt, qui cite" + "selon le journal de Düsseldorf" + "Toujours d'après le
# Handelsblatt"; es "según adelantó … Handelsblatt" + "De acuerdo con el rotativo"; ru Интерфакс
# "пишет деловая газета Handelsblatt со ссылкой на" + "По данным газеты" + "Как отмечает издание".
story("b01_scoop_earnings_leak", "scoop", {
"00_de.txt": """Feldhaus Industrietechnik rutscht im dritten Quartal tief in die roten Zahlen
Handelsblatt
14.10.2027 06:00

Der Bochumer Förderanlagenbauer Feldhaus Industrietechnik steuert auf einen der schwersten Rückschläge seiner Firmengeschichte zu. Nach Informationen des Handelsblatts wird der SDax-Konzern für das dritte Quartal einen bereinigten operativen Verlust (Ebit) von rund 118 Millionen Euro ausweisen. Analysten hatten im Schnitt mit einem Gewinn von 35 Millionen Euro gerechnet.

Hauptgrund ist nach Angaben von zwei mit den Zahlen vertrauten Personen eine Abschreibung von gut 160 Millionen Euro auf einen Großauftrag für eine Kupfermine in Chile. Das Projekt, für das Feldhaus kilometerlange Förderbänder liefert, liegt mehr als ein Jahr hinter dem Zeitplan. Nachverhandlungen mit dem Minenbetreiber über höhere Preise seien im Sommer gescheitert, sagte eine der Personen dem Handelsblatt.

Der Aufsichtsrat hat sich demnach am Dienstagabend in einer Sondersitzung mit den Zahlen befasst. Dabei sei auch beschlossen worden, das im Frühjahr gestartete Aktienrückkaufprogramm über 200 Millionen Euro vorerst auszusetzen, heißt es in Aufsichtsratskreisen. „Man will jetzt jeden Euro in der Kasse halten", sagte ein Insider.

Ein Feldhaus-Sprecher wollte die Informationen nicht kommentieren und verwies auf die Veröffentlichung der Quartalszahlen am 7. November.

Für Vorstandschefin Margarete Dornbusch kommt die Belastung zur Unzeit. Dornbusch, seit Anfang 2026 im Amt, hatte den Anlegern erst im Juli eine „stabile zweite Jahreshälfte" in Aussicht gestellt. Der Konzern beschäftigt weltweit rund 9.400 Mitarbeiter und setzte im vergangenen Jahr 2,3 Milliarden Euro um. Die Aktie hat seit Jahresbeginn bereits 22 Prozent an Wert verloren.
""",
"01_en.txt": """Feldhaus Industrietechnik faces third-quarter loss on Chile writedown - Handelsblatt
Reuters
October 14, 2027 8:12 AM GMT

FRANKFURT, Oct 14 (Reuters) - German conveyor maker Feldhaus Industrietechnik is set to report an adjusted operating loss of around 118 million euros ($129 million) for the third quarter, hit by a writedown on a Chilean mining contract, German business daily Handelsblatt reported on Thursday.

The loss, which compares with an average analyst forecast of a 35 million euro profit, stems from a charge of more than 160 million euros on a delayed conveyor project for a copper mine in Chile, the paper said, citing two people familiar with the figures.

Feldhaus did not immediately respond to a Reuters request for comment. The company is due to publish its quarterly results on Nov. 7.

Shares in the SDAX-listed company fell as much as 6.8% in early Frankfurt trading, making them the worst performer on the index.

Chief Executive Margarete Dornbusch, who took over at the start of 2026, told investors in July she expected a "stable second half". Feldhaus, based in the western German city of Bochum, employs around 9,400 people and generated revenue of 2.3 billion euros last year.

(Reporting by Jana Kessler; Editing by Tom Halloway)
""",
"02_fr.txt": """Le fabricant allemand de convoyeurs Feldhaus plonge dans le rouge
Les Echos
14 oct. 2027 à 11:30

Mauvaise surprise pour les actionnaires de Feldhaus Industrietechnik. Le spécialiste allemand des convoyeurs miniers s'apprête à annoncer une perte opérationnelle ajustée d'environ 118 millions d'euros au troisième trimestre, rapporte ce jeudi le quotidien économique Handelsblatt, qui cite deux personnes ayant eu connaissance des chiffres. Les analystes tablaient en moyenne sur un bénéfice de 35 millions.

En cause, une dépréciation de plus de 160 millions d'euros liée à un contrat géant au Chili, où le groupe de Bochum doit livrer des kilomètres de bandes transporteuses pour une mine de cuivre. Le chantier accuse plus d'un an de retard et les discussions avec l'exploitant pour relever les prix ont échoué cet été, selon le journal de Düsseldorf.

Toujours d'après le Handelsblatt, le conseil de surveillance, réuni en urgence mardi soir, a également décidé de suspendre le programme de rachat d'actions de 200 millions d'euros lancé au printemps. Interrogé par le quotidien, un porte-parole de Feldhaus n'a pas souhaité commenter ces informations.

Le titre a cédé près de 7 % à la Bourse de Francfort dans la matinée. Il avait déjà perdu 22 % depuis le début de l'année. Le groupe, qui emploie environ 9.400 personnes et a réalisé 2,3 milliards d'euros de chiffre d'affaires l'an dernier, publiera ses comptes trimestriels le 7 novembre.
""",
"03_es.txt": """La alemana Feldhaus anticipa números rojos por un contrato minero en Chile
Expansión
14/10/2027 12:45

El fabricante alemán de cintas transportadoras Feldhaus Industrietechnik, con fuerte presencia en la minería del cobre en Chile y Perú, cerrará el tercer trimestre con unas pérdidas operativas ajustadas de unos 118 millones de euros, según adelantó este jueves el diario económico alemán Handelsblatt. El mercado esperaba, de media, un beneficio de 35 millones.

De acuerdo con el rotativo, que cita a dos personas conocedoras de las cuentas, el agujero se debe a un deterioro de más de 160 millones vinculado a un gran proyecto en una mina chilena que acumula más de un año de retraso. Las negociaciones con el operador de la mina para revisar el precio del contrato fracasaron en verano.

La noticia hundió la cotización de Feldhaus, que llegó a caer cerca de un 7% en la Bolsa de Fráncfort y encadena un descenso del 22% en lo que va de año.

La compañía, con sede en Bochum y unos 9.400 empleados, presentará sus resultados trimestrales el 7 de noviembre. Su consejera delegada, Margarete Dornbusch, había prometido en julio un segundo semestre "estable". En España, el grupo cuenta con una pequeña filial comercial en Bilbao que da servicio a clientes del sector portuario.
""",
"04_ru.txt": """Немецкая Feldhaus ожидает операционный убыток в III квартале из-за проекта в Чили
Интерфакс
14 октября 2027 г. 13:20

Москва. 14 октября. ИНТЕРФАКС - Немецкий производитель конвейерного оборудования Feldhaus Industrietechnik по итогам третьего квартала отразит скорректированный операционный убыток в размере около 118 млн евро, пишет деловая газета Handelsblatt со ссылкой на двух человек, знакомых с отчетностью. Аналитики в среднем прогнозировали прибыль в 35 млн евро.

По данным газеты, причиной убытка стало списание более 160 млн евро по крупному контракту на поставку конвейеров для медного рудника в Чили. Проект отстает от графика более чем на год, а переговоры с оператором рудника о пересмотре цены летом зашли в тупик.

Как отмечает издание, наблюдательный совет компании на экстренном заседании во вторник также решил приостановить программу обратного выкупа акций на 200 млн евро, запущенную весной.

Представитель Feldhaus отказался от комментариев в беседе с газетой. Квартальную отчетность компания опубликует 7 ноября.

Feldhaus со штаб-квартирой в Бохуме входит в индекс SDAX, в компании работают около 9,4 тыс. человек. Выручка концерна в прошлом году составила 2,3 млрд евро. С начала года акции компании подешевели на 22%.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("Handelsblatt", "02_fr.txt"), ("Handelsblatt", "03_es.txt"),
 ("Handelsblatt", "04_ru.txt")],
[("Feldhaus Industrietechnik will report an adjusted operating loss of about 118 million euros for the third quarter.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_ru.txt"], 1),
 ("Feldhaus is suspending its 200 million euro share buyback programme.",
  ["00_de.txt", "02_fr.txt", "04_ru.txt"], 1)])

# b02: institution-published origin: the Spanish securities regulator CNMV's sanction resolution
# published on its website. es Expansión "según consta en la resolución sancionadora que el supervisor
# ha publicado"; de Börsen-Zeitung "heißt es in der Verfügung, die die Behörde … auf ihrer
# Internetseite eingestellt hat" + "Laut der Verfügung"; en Reuters takes it from Expansión (chain
# CNMV -> Expansión -> Reuters): "Spanish business daily Expansión reported on Monday" + "The
# newspaper, citing a sanctions resolution published by the regulator" + "According to Expansión";
# fr La Tribune (no date line) directly "selon une décision mise en ligne lundi sur le site du
# régulateur" + "D'après le document".
story("b02_regulator_fine_cnmv", "institution", {
"00_es.txt": """La CNMV multa con 3,6 millones a Hidrovía Ibérica por retrasar la comunicación de la pérdida de un contrato en Marruecos
Expansión
Madrid, 20 de septiembre de 2027

La Comisión Nacional del Mercado de Valores (CNMV) ha impuesto a Hidrovía Ibérica una multa de 3,6 millones de euros por comunicar con casi cinco semanas de retraso la cancelación de su mayor contrato en el extranjero, según consta en la resolución sancionadora que el supervisor ha publicado este lunes en su registro oficial.

El expediente, abierto en marzo de 2026, considera probado que la compañía de infraestructuras hidráulicas conocía desde el 2 de octubre de 2025 que su cliente marroquí había rescindido el contrato de una desaladora valorado en 410 millones de euros, pero no lo hizo público como información privilegiada hasta el 6 de noviembre. En ese intervalo, la acción de Hidrovía llegó a subir un 9%.

La CNMV califica la infracción de muy grave. Además, sanciona con 400.000 euros al entonces director financiero, Ignacio Lavín Rueda, que abandonó la empresa a comienzos de 2026, por su responsabilidad en el retraso.

Según el texto de la resolución, la compañía alegó durante el procedimiento que la rescisión "no era definitiva" mientras siguieran abiertas las negociaciones con el cliente, un argumento que el supervisor rechaza de plano.

La sanción es firme en vía administrativa, aunque puede recurrirse ante la Audiencia Nacional. Hidrovía, que cotiza en el Mercado Continuo y factura unos 780 millones de euros al año, cerró el viernes con una capitalización bursátil de 1.150 millones.
""",
"01_de.txt": """Spaniens Börsenaufsicht verhängt Millionenbuße gegen Hidrovía Ibérica
Börsen-Zeitung
21. September 2027

Die spanische Wertpapieraufsicht CNMV hat gegen den Wasserinfrastrukturkonzern Hidrovía Ibérica eine Geldbuße von 3,6 Mill. Euro verhängt. Das Unternehmen habe die Kündigung eines Großauftrags für eine Meerwasserentsalzungsanlage in Marokko fast fünf Wochen zu spät als Insiderinformation veröffentlicht, heißt es in der Verfügung, die die Behörde am Montag auf ihrer Internetseite eingestellt hat.

Der Auftrag hatte ein Volumen von 410 Mill. Euro und war der größte im Auslandsgeschäft des Madrider Konzerns. Laut der Verfügung wusste Hidrovía seit dem 2. Oktober 2025 von der Kündigung, informierte den Markt aber erst am 6. November. In der Zwischenzeit war der Aktienkurs um bis zu 9 % gestiegen. Die Aufsicht stuft den Verstoß als „sehr schwer" ein.

Auch der damalige Finanzvorstand Ignacio Lavín Rueda muss zahlen: Gegen ihn setzte die CNMV ein Bußgeld von 400.000 Euro fest. Lavín hatte das Unternehmen Anfang 2026 verlassen.

Hidrovía kann gegen die Entscheidung vor dem Nationalen Gerichtshof (Audiencia Nacional) klagen. Der Konzern erzielt einen Jahresumsatz von rund 780 Mill. Euro und ist an der Madrider Börse rund 1,15 Mrd. Euro wert.
""",
"02_en.txt": """Spain's CNMV fines Hidrovia Iberica 3.6 mln euros over late disclosure - Expansion
Reuters
20 Sep 2027 14:37 UTC

MADRID, Sept 20 (Reuters) - Spain's stock market regulator CNMV has fined water infrastructure company Hidrovía Ibérica 3.6 million euros ($3.9 million) for disclosing the cancellation of a major contract in Morocco almost five weeks late, Spanish business daily Expansión reported on Monday.

The newspaper, citing a sanctions resolution published by the regulator, said the CNMV had also fined the company's former chief financial officer, Ignacio Lavín Rueda, 400,000 euros.

According to Expansión, the cancelled contract for a desalination plant was worth 410 million euros and was Hidrovía's largest outside Spain. The company learned of the termination on Oct. 2, 2025, but only informed the market on Nov. 6, the paper said.

Reuters could not immediately reach Hidrovía for comment.

Hidrovía, whose shares trade on the Madrid stock exchange, has a market value of around 1.15 billion euros. It can appeal against the fine before Spain's National Court.

(Reporting by Marta Ibarz; Editing by Leslie Crane)
""",
"03_fr.txt": """Espagne : le gendarme de la Bourse inflige 3,6 millions d'euros d'amende à Hidrovía Ibérica
La Tribune

Le gendarme boursier espagnol a eu la main lourde. La Commission nationale du marché des valeurs (CNMV) a infligé une amende de 3,6 millions d'euros au groupe d'infrastructures hydrauliques Hidrovía Ibérica, coupable d'avoir tardé à informer le marché de la perte de son plus gros contrat à l'international, selon une décision mise en ligne lundi sur le site du régulateur.

Le contrat, d'une valeur de 410 millions d'euros, portait sur la construction d'une usine de dessalement au Maroc. D'après le document, la société madrilène savait depuis le 2 octobre 2025 que son client avait résilié l'accord, mais n'a publié l'information privilégiée que le 6 novembre, soit près de cinq semaines plus tard. Entre-temps, son action avait gagné jusqu'à 9 %.

La CNMV qualifie le manquement de « très grave ». Hidrovía, qui réalise quelque 780 millions d'euros de chiffre d'affaires, peut encore contester la sanction devant l'Audiencia Nacional, la juridiction espagnole compétente. Le groupe, présent en France via une petite filiale d'ingénierie à Montpellier, n'a jamais été sanctionné jusqu'ici par le régulateur.
""",
}, [("CNMV", False)],
[("CNMV", "00_es.txt"), ("CNMV", "01_de.txt"), ("Expansión", "02_en.txt"), ("CNMV", "03_fr.txt")],
[("Spain's securities regulator CNMV fined Hidrovía Ibérica 3.6 million euros for disclosing the cancellation of a Moroccan contract late.",
  ["00_es.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The CNMV also fined former CFO Ignacio Lavín Rueda 400,000 euros.",
  ["00_es.txt", "01_de.txt", "02_en.txt"], 1)])

# b03: company press release (outside origin) taken directly 3x; the uk relay (Економічна правда)
# adds its own confirmation from the company's CFO ("підтвердила «Економічній правді»",
# "розповіла ЕП") and becomes an in-corpus origin too; en credits both the press release and
# Ekonomichna Pravda ("told the Ukrainian business outlet Ekonomichna Pravda") -> two edges.
# ru "говорится в пресс-релизе холдинга" + "приводятся в сообщении слова"; de "teilte das Unternehmen
# am Donnerstag in einer Pressemitteilung mit" + "nach Firmenangaben" + "wird … in der Mitteilung
# zitiert" (name variant Sernowyj Schljach).
story("b03_press_release_relay_confirms", "press_release", {
"00_uk.txt": """«Зерновий шлях» купив зерновий термінал в Ізмаїлі за $47 млн
Економічна правда
16 вересня 2027, 10:40

Агрохолдинг «Зерновий шлях» завершив купівлю 100% зернового термінала «Дунайський елеватор» в Ізмаїлі Одеської області. Сума угоди становить $47 млн. Про це йдеться в пресрелізі компанії, оприлюдненому в четвер на її сайті.

Продавцем виступила кіпрська Ister Port Holdings. Як зазначено в релізі, власний термінал на Дунаї дозволить холдингу експортувати до половини врожаю без посередників.

Фінансова директорка «Зернового шляху» Олена Гаврилюк підтвердила «Економічній правді», що розрахунки з продавцем завершили в середу. «Ми заплатили всю суму одразу, без відстрочок. Частину коштів надав ЄБРР, решта — власні кошти холдингу», — розповіла вона ЕП. За її словами, кредит ЄБРР становить $30 млн і розрахований на сім років.

Гаврилюк також сказала, що компанія не планує скорочувати персонал термінала, де працюють близько 170 людей.

«Зерновий шлях» обробляє близько 160 тис. га землі в Полтавській, Черкаській та Кіровоградській областях. Торік холдинг експортував 1,4 млн т зерна, переважно кукурудзи та пшениці. Останні два роки компанія відвантажувала продукцію через орендовані потужності в портах Великої Одеси та на Дунаї.
""",
"01_ru.txt": """Агрохолдинг «Зерновой путь» купил зерновой терминал в Измаиле за $47 млн
Интерфакс-Украина
16.09.2027 11:52

Киев. 16 сентября. ИНТЕРФАКС-УКРАИНА - Агрохолдинг «Зерновой путь» приобрел 100% зернового терминала «Дунайский элеватор» в Измаиле (Одесская обл.) у кипрской компании Ister Port Holdings, говорится в пресс-релизе холдинга, опубликованном в четверг.

Сумма сделки составила $47 млн. Мощность перевалки терминала, согласно релизу, - 1,8 млн тонн зерна в год, единовременного хранения - 95 тыс. тонн. Терминал располагает собственным причалом, способным принимать суда дедвейтом до 7 тыс. тонн.

"Собственная перевалка на Дунае дает нам независимость от морских портов и позволяет экспортировать до половины урожая по предсказуемой цене", - приводятся в сообщении слова генерального директора холдинга Андрея Марченко.

В течение двух лет «Зерновой путь» планирует инвестировать в модернизацию терминала еще $12 млн, в частности в новые сушилки и автоматизированную систему приемки зерна, говорится в пресс-релизе.

«Зерновой путь» обрабатывает около 160 тыс. га в Полтавской, Черкасской и Кировоградской областях. В 2026 году холдинг экспортировал 1,4 млн тонн зерна.
""",
"02_en.txt": """Ukrainian agroholding Zernovyi Shliakh buys Danube grain terminal for $47 million
The Kyiv Independent
Thu, 16 Sep 2027 15:05:00 +0300

Ukrainian agricultural holding Zernovyi Shliakh has bought the Danube Elevator grain terminal in the port city of Izmail in Odesa Oblast for $47 million, the company announced in a press release on Sept. 16.

The seller was Cyprus-registered Ister Port Holdings, according to the press release. The deal gives the company, which farms around 160,000 hectares in central Ukraine, its own export route along the Danube, reducing its dependence on rented capacity at Black Sea ports.

The purchase was partly financed with a $30 million seven-year loan from the European Bank for Reconstruction and Development, the holding's chief financial officer, Olena Havryliuk, told the Ukrainian business outlet Ekonomichna Pravda. The rest came from the company's own funds, she said.

Zernovyi Shliakh exported 1.4 million tons of grain last year, mostly corn and wheat.

Danube ports such as Izmail and Reni have become a key alternative route for Ukrainian agricultural exports in recent years, with barges carrying grain to the Romanian port of Constanta or directly to the Black Sea via the Sulina channel.
""",
"03_de.txt": """Ukrainischer Agrarkonzern kauft Getreideterminal an der Donau
agrarheute
16.09.2027

Der ukrainische Agrarkonzern Sernowyj Schljach (deutsch etwa: „Getreideweg") hat für 47 Mio. US-Dollar (rund 43 Mio. Euro) ein Getreideterminal im Donauhafen Ismajil übernommen. Das teilte das Unternehmen am Donnerstag in einer Pressemitteilung mit. Verkäufer ist die zypriotische Ister Port Holdings.

Die Anlage kann nach Firmenangaben jährlich bis zu 1,8 Mio. t Getreide umschlagen und 95.000 t lagern. Über einen eigenen Liegeplatz werden Flussschiffe und kleinere Seeschiffe beladen, die das Getreide über den Sulina-Kanal ins Schwarze Meer bringen.

„Mit dem eigenen Umschlag an der Donau machen wir uns von den Seehäfen unabhängig", wird Konzernchef Andrij Martschenko in der Mitteilung zitiert. In den kommenden zwei Jahren sollen weitere 12 Mio. US-Dollar in die Modernisierung fließen, etwa in neue Trocknungsanlagen.

Sernowyj Schljach bewirtschaftet rund 160.000 ha Ackerland in der Zentralukraine und exportierte 2026 rund 1,4 Mio. t Getreide, vor allem Mais und Weizen. Ein wachsender Teil des ukrainischen Maises gelangt über die Donau-Route auch auf den EU-Binnenmarkt, was bei Landwirten in den Nachbarländern immer wieder für Unmut sorgt.
""",
}, [("Zernovyi Shliakh", False), ("Економічна правда", True)],
[("Zernovyi Shliakh", "00_uk.txt"), ("Zernovyi Shliakh", "01_ru.txt"), ("Zernovyi Shliakh", "02_en.txt"),
 ("Економічна правда", "02_en.txt"), ("Zernovyi Shliakh", "03_de.txt")],
[("Zernovyi Shliakh has bought the Danube Elevator grain terminal in Izmail for 47 million dollars.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 2),
 ("The Izmail terminal can handle 1.8 million tonnes of grain a year.",
  ["01_ru.txt", "03_de.txt"], 1)])

# b04: a CEO's LinkedIn post (outside origin). uk Forbes Україна "Про це він написав … у своєму дописі
# в LinkedIn" + "— написав Гнатишин"; en TechCrunch "he wrote in a LinkedIn post on Monday" +
# "according to the post"; es Cinco Días is an uncredited, close Spanish translation of TechCrunch
# published the next morning (same structure, same quote order, same background paragraph, keeps the
# unattributed "no respondió a la solicitud de comentarios"): edge from TechCrunch, none from the
# post; de (no outlet line, no date line) "wie er am Montag auf der Karriereplattform LinkedIn
# schrieb" + "schrieb Hnatyschyn in seinem Beitrag".
story("b04_linkedin_ceo_translation", "social_post", {
"00_uk.txt": """Співзасновник фінтеху Solvanta Тарас Гнатишин іде з посади CEO. Компанія скорочує 140 людей
Forbes Україна
4 жовтня 2027, 09:15

Співзасновник і генеральний директор платіжного стартапу Solvanta Тарас Гнатишин залишає посаду CEO після дев'яти років керівництва компанією. Про це він написав у понеділок у своєму дописі в LinkedIn.

Новою CEO стане співзасновниця та операційна директорка Solvanta Ірина Собко. Сам Гнатишин залишиться в компанії як голова ради директорів.

Одночасно Solvanta скорочує 140 із 610 працівників і закриває офіс у Валенсії (Іспанія), де працювали близько 60 людей. «Це найважчий допис, який я будь-коли писав. Ми виросли швидше, ніж наш ринок, і тепер мусимо це виправити», — написав Гнатишин. За його словами, всі звільнені отримають компенсацію в розмірі трьох місячних окладів, а компанія допоможе їм із пошуком нової роботи.

Solvanta заснована 2018 року в Києві та розробляє інфраструктуру миттєвих платежів для банків Центральної та Східної Європи. Компанія працює з 23 банками у восьми країнах. У 2025 році стартап залучив $38 млн у раунді серії B, який очолив фонд Northgate Ventures. Офіс у Валенсії відкрили 2026 року для обслуговування клієнтів на півдні Європи.

Гнатишин входив до рейтингу «30 до 30» Forbes Україна у 2021 році.
""",
"01_en.txt": """Solvanta CEO Taras Hnatyshyn steps down as payments startup cuts 140 jobs
TechCrunch
Mon, 04 Oct 2027 13:02:00 +0000

Taras Hnatyshyn, the co-founder of Kyiv-born payments infrastructure startup Solvanta, is stepping down as chief executive after nine years, he wrote in a LinkedIn post on Monday. Co-founder and chief operating officer Iryna Sobko will take over as CEO, while Hnatyshyn moves to the role of board chair.

The leadership change comes alongside a round of layoffs. Solvanta is cutting 140 of its 610 employees and shutting its office in Valencia, Spain, which housed around 60 staff, according to the post.

"This is the hardest post I've ever written," Hnatyshyn wrote. "We grew faster than our market, and now we have to fix that." Departing employees will receive three months' salary as severance, he added.

Founded in 2018, Solvanta sells real-time payments software to banks in Central and Eastern Europe and says it works with 23 banks in eight countries. It raised a $38 million Series B in 2025 led by Northgate Ventures, and opened the Valencia office a year later to serve clients in Southern Europe.

Solvanta did not respond to TechCrunch's request for comment.
""",
"02_es.txt": """El consejero delegado de Solvanta, Taras Hnatyshyn, dimite y la 'fintech' despide a 140 empleados
Cinco Días
5 oct 2027 - 07:30 CEST

Taras Hnatyshyn, cofundador de la startup de infraestructura de pagos Solvanta, nacida en Kiev, deja el cargo de consejero delegado tras nueve años, según escribió el lunes en una publicación en LinkedIn. La cofundadora y directora de operaciones, Iryna Sobko, asumirá como consejera delegada, mientras que Hnatyshyn pasará a presidir el consejo.

El cambio en la cúpula llega acompañado de una ronda de despidos. Solvanta recorta 140 de sus 610 empleados y cierra su oficina de Valencia, que albergaba a unos 60 trabajadores, según la publicación.

"Esta es la publicación más difícil que he escrito nunca", escribió Hnatyshyn. "Crecimos más rápido que nuestro mercado y ahora tenemos que corregirlo". Los empleados que salgan recibirán tres meses de salario como indemnización, añadió.

Fundada en 2018, Solvanta vende software de pagos en tiempo real a bancos de Europa central y del este y asegura trabajar con 23 bancos en ocho países. Captó 38 millones de dólares en una ronda serie B en 2025 liderada por Northgate Ventures y abrió la oficina de Valencia un año después para atender a clientes del sur de Europa.

Solvanta no respondió a la solicitud de comentarios.
""",
"03_de.txt": """Fintech Solvanta: Gründer Hnatyschyn gibt Chefposten ab – 140 Stellen fallen weg

Beim ukrainischen Zahlungsdienstleister Solvanta kommt es zu einem Führungswechsel. Mitgründer Taras Hnatyschyn gibt nach neun Jahren den Posten des Vorstandschefs ab, wie er am Montag auf der Karriereplattform LinkedIn schrieb. Seine Nachfolgerin wird Mitgründerin Iryna Sobko, die bislang das operative Geschäft verantwortet. Hnatyschyn selbst wechselt an die Spitze des Verwaltungsrats.

Gleichzeitig baut das 2018 in Kiew gegründete Start-up 140 seiner 610 Arbeitsplätze ab. Das Büro im spanischen Valencia mit rund 60 Beschäftigten wird geschlossen. „Wir sind schneller gewachsen als unser Markt, und das müssen wir jetzt korrigieren", schrieb Hnatyschyn in seinem Beitrag. Betroffene Mitarbeiter sollen drei Monatsgehälter als Abfindung erhalten.

Solvanta entwickelt Software für Echtzeitzahlungen und arbeitet nach eigenen Angaben mit 23 Banken in acht Ländern zusammen, darunter Institute in Polen und Rumänien. 2025 hatte das Unternehmen in einer Finanzierungsrunde 38 Millionen Dollar eingesammelt. Einen deutschen Standort hat Solvanta bislang nicht; Gespräche mit Banken in der DACH-Region galten zuletzt aber als Priorität für die kommenden Jahre.
""",
}, [("Taras Hnatyshyn", False)],
[("Taras Hnatyshyn", "00_uk.txt"), ("Taras Hnatyshyn", "01_en.txt"), ("TechCrunch", "02_es.txt"),
 ("Taras Hnatyshyn", "03_de.txt")],
[("Taras Hnatyshyn is stepping down as CEO of Solvanta and co-founder Iryna Sobko takes over.",
  ["00_uk.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 1),
 ("Solvanta is cutting 140 of its 610 jobs and closing its Valencia office.",
  ["00_uk.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 1)])

# b05: chain Интерфакс-Украина (own interview with the CEO) -> Економічна правда -> en, fr.
# ru own "сообщил в интервью агентству «Интерфакс-Украина»" + "как уточнил Олейник агентству";
# uk "розповів в інтерв'ю агентству «Інтерфакс-Україна»" + "цитує агентство" + "у розмові з
# агентством"; en Kyiv Post "the business news site Ekonomichna Pravda reported on Monday, citing an
# interview the company's CEO gave to the Interfax-Ukraine news agency" + "Ekonomichna Pravda wrote";
# fr Les Echos "dans un entretien à l'agence Interfax-Ukraine, cité lundi par le site économique
# ukrainien Ekonomitchna Pravda" + "précise le média ukrainien". en and fr: edge from Економічна правда.
story("b05_chain_interfax_ukraine", "chain", {
"00_ru.txt": """«Стрибог Энерджи» планирует построить 300 МВт систем накопления энергии за €210 млн – гендиректор
Интерфакс-Украина
08.11.2027 10:05

Киев. 8 ноября. ИНТЕРФАКС-УКРАИНА - Частная энергетическая компания «Стрибог Энерджи» планирует построить в Киевской и Житомирской областях системы накопления энергии (СНЭ) общей мощностью 300 МВт и емкостью 600 МВт·ч, сообщил в интервью агентству «Интерфакс-Украина» генеральный директор компании Вадим Олейник.

"Общий объем инвестиций мы оцениваем примерно в €210 млн. Это три площадки, все рядом с нашими солнечными станциями, чтобы использовать существующие подключения к сети", - сказал он.

По словам Олейника, первая очередь мощностью 100 МВт должна быть введена в эксплуатацию до конца третьего квартала 2028 года. Компания уже законтрактовала литий-железо-фосфатные батареи у одного из азиатских производителей, название которого гендиректор не раскрыл.

Финансирование проекта, как уточнил Олейник агентству, на 30% будет обеспечено собственными средствами, остальное - за счет кредитов. Переговоры ведутся с двумя международными финансовыми организациями.

"Рынок балансирующих услуг в Украине сейчас один из самых привлекательных в Европе. Каждый мегаватт гибкой мощности востребован", - отметил глава компании.

«Стрибог Энерджи» владеет солнечными электростанциями общей мощностью 410 МВт и ветровой электростанцией на 75 МВт. Компания основана в 2016 году.
""",
"01_uk.txt": """«Стрибог Енерджі» збудує 300 МВт накопичувачів енергії за €210 млн
Економічна правда
8 листопада 2027, 13:20

Приватна енергетична компанія «Стрибог Енерджі» планує збудувати в Київській та Житомирській областях установки зберігання енергії (УЗЕ) загальною потужністю 300 МВт. Про це генеральний директор компанії Вадим Олійник розповів в інтерв'ю агентству «Інтерфакс-Україна».

Загальні інвестиції в проєкт він оцінив приблизно в €210 млн. Накопичувачі розмістять на трьох майданчиках поруч із сонячними електростанціями компанії, щоб використати вже наявні приєднання до мережі.

Перша черга потужністю 100 МВт має запрацювати до кінця третього кварталу 2028 року, цитує агентство Олійника. 30% вартості компанія профінансує власним коштом, решту — кредитами.

«Ринок балансуючих послуг в Україні зараз один із найпривабливіших у Європі», — наголосив він у розмові з агентством.

Упродовж останніх двох років українські енергокомпанії оголосили про будівництво накопичувачів загальною потужністю понад 1 ГВт, однак реалізовано поки менше третини цих проєктів. «Стрибог Енерджі» володіє сонячними станціями на 410 МВт і вітровою станцією на 75 МВт.
""",
"02_en.txt": """Stryboh Energy plans EUR 210 million battery storage build-out
Kyiv Post
2027-11-08T16:45:00+02:00

Ukrainian private power producer Stryboh Energy plans to install 300 megawatts of battery storage across three sites in Kyiv and Zhytomyr oblasts at a cost of around 210 million euros, the business news site Ekonomichna Pravda reported on Monday, citing an interview the company's CEO gave to the Interfax-Ukraine news agency.

The batteries will be built next to Stryboh's existing solar parks so that the company can reuse their grid connections, according to the report.

Chief Executive Vadym Oliinyk said the company would cover 30% of the cost from its own funds and borrow the rest, Ekonomichna Pravda wrote.

Stryboh operates 410 megawatts of solar capacity and a 75-megawatt wind farm.

Battery storage has become one of the fastest-growing segments of Ukraine's power market as the grid operator seeks flexible capacity to balance growing solar output and to cover evening peaks. Ukrainian energy companies have announced more than a gigawatt of storage projects in the past two years, although fewer than a third have been completed, according to industry estimates.
""",
"03_fr.txt": """Ukraine : Stryboh Energy mise 210 millions d'euros sur le stockage par batteries
Les Echos
Publié le 9 nov. 2027 à 07:00

Le producteur d'électricité privé ukrainien Stryboh Energy veut construire 300 mégawatts de stockage par batteries dans les régions de Kiev et de Jytomyr, pour un investissement d'environ 210 millions d'euros. C'est ce qu'a indiqué son directeur général, Vadym Oliïnyk, dans un entretien à l'agence Interfax-Ukraine, cité lundi par le site économique ukrainien Ekonomitchna Pravda.

Les batteries seront installées sur trois sites, à proximité des centrales solaires du groupe, afin de profiter de leurs raccordements existants au réseau. Une première tranche de 100 MW doit entrer en service d'ici à la fin du troisième trimestre 2028, précise le média ukrainien. L'entreprise financera 30 % du projet sur ses fonds propres et empruntera le reste.

Le stockage attire de plus en plus d'investisseurs en Ukraine, où le réseau doit absorber une production solaire croissante et faire face aux pointes de consommation du soir. Plusieurs fabricants européens d'onduleurs et d'équipements de réseau lorgnent ce marché, même si les projets annoncés tardent souvent à se concrétiser. Stryboh Energy exploite déjà 410 MW de capacités solaires et un parc éolien de 75 MW.
""",
}, [("Интерфакс-Украина", True)],
[("Интерфакс-Украина", "01_uk.txt"), ("Економічна правда", "02_en.txt"), ("Економічна правда", "03_fr.txt")],
[("Stryboh Energy plans to build 300 MW of battery storage in Kyiv and Zhytomyr regions for about 210 million euros.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The first 100 MW stage is due to start operating by the end of the third quarter of 2028.",
  ["00_ru.txt", "01_uk.txt", "03_fr.txt"], 1)])

# b06: two independent reports of the same deal talks: Expansión's own scoop (anonymous "fuentes
# financieras" belong to Expansión) and Bloomberg (outside, people familiar). fr Les Echos "rapporte
# ce lundi l'agence Bloomberg, qui cite" + "selon l'agence américaine" + unanswered "Contacté par
# « Les Echos »" (no own reporting); de Handelsblatt credits both ("Zuerst hatte … „Expansión" …
# berichtet", "Am Nachmittag meldete auch die Nachrichtenagentur Bloomberg", "Beiden Berichten
# zufolge") -> two edges; ru РБК "сообщает Bloomberg со ссылкой на" + "По данным агентства" +
# unanswered "РБК направил запрос".
story("b06_two_independent_scoops", "independent", {
"00_es.txt": """El grupo de lujo francés Maison Vérane negocia la compra de Calzados Albarrán por 650 millones
Expansión
Lunes, 22 noviembre 2027 - 06:30

El grupo francés de marroquinería de lujo Maison Vérane negocia en exclusiva la compra de Calzados Albarrán, el fabricante ilicitano de zapatos de gama alta, en una operación que valoraría la compañía en unos 650 millones de euros incluida la deuda, según han explicado a EXPANSIÓN fuentes financieras conocedoras de las conversaciones.

Las partes firmaron a principios de noviembre un periodo de exclusividad de seis semanas. La familia Albarrán, que controla el 78% del capital, vendería la totalidad de su participación, y el fondo Cierzo Capital, con el 22% restante, también saldría del accionariado, añaden las mismas fuentes.

Para Maison Vérane, que factura unos 2.100 millones de euros, la compra supondría su primera gran adquisición fuera de Francia y le daría acceso a la fábrica de Elche, donde Albarrán produce cerca de 400.000 pares al año para su propia marca y para firmas de terceros.

Calzados Albarrán cerró 2026 con unas ventas de 212 millones y un ebitda de 48 millones. Ni Maison Vérane ni Albarrán han querido hacer comentarios a este diario.

Fundada en 1964 por Ramón Albarrán, la compañía está presidida hoy por su nieta, Lucía Albarrán, y emplea a unas 1.300 personas, la mayoría en la provincia de Alicante.
""",
"01_fr.txt": """Maison Vérane en négociations pour racheter le chausseur espagnol Albarrán
Les Echos
22 nov. 2027 à 17:10

Maison Vérane pourrait bientôt s'offrir un chausseur. Le groupe de maroquinerie de luxe français est en négociations avancées pour racheter l'espagnol Calzados Albarrán, pour une valeur d'entreprise d'environ 650 millions d'euros, rapporte ce lundi l'agence Bloomberg, qui cite des personnes au fait des discussions.

Un accord pourrait être annoncé d'ici à la fin de l'année, selon l'agence américaine, qui précise toutefois que les discussions pourraient encore échouer. Contacté par « Les Echos », Maison Vérane n'a pas souhaité faire de commentaire.

L'opération marquerait un changement de braquet pour le groupe dirigé par Hélène Castaing, qui s'est jusqu'ici contenté de petites acquisitions d'ateliers en France et en Italie. Avec 2,1 milliards d'euros de chiffre d'affaires, Maison Vérane cherche depuis plusieurs années à se renforcer dans la chaussure, un segment où la croissance reste plus soutenue que dans la maroquinerie.

Basé à Elche, près d'Alicante, Albarrán fabrique environ 400.000 paires par an, pour sa propre marque mais aussi pour le compte d'autres maisons de luxe. L'entreprise familiale a réalisé 212 millions d'euros de ventes l'an dernier.
""",
"02_de.txt": """Französischer Luxuskonzern Maison Vérane will spanischen Schuhhersteller kaufen
Handelsblatt
23.11.2027 - 05:45

Der französische Lederwarenkonzern Maison Vérane verhandelt über die Übernahme des spanischen Schuhherstellers Calzados Albarrán. Zuerst hatte am Montagmorgen die spanische Wirtschaftszeitung „Expansión" unter Berufung auf Finanzkreise über die Gespräche berichtet. Am Nachmittag meldete auch die Nachrichtenagentur Bloomberg, die Verhandlungen seien weit fortgeschritten.

Beiden Berichten zufolge würde Albarrán mit rund 650 Millionen Euro einschließlich Schulden bewertet. Für Maison Vérane wäre es die erste große Übernahme außerhalb Frankreichs.

Der Familienbetrieb aus Elche an der spanischen Mittelmeerküste gilt als einer der wichtigsten Auftragsfertiger der Branche. Er produziert jährlich rund 400.000 Paar Schuhe, neben der eigenen Marke auch für mehrere europäische Modehäuser. Zuletzt setzte Albarrán 212 Millionen Euro um.

Die Luxusbranche setzt zunehmend auf vertikale Integration: Nach Lieferengpässen und steigenden Preisen in den vergangenen Jahren wollen viele Konzerne die Fertigung wieder stärker selbst kontrollieren. Analysten erwarten daher weitere Übernahmen von Zulieferern in Italien, Spanien und Portugal.
""",
"03_ru.txt": """Bloomberg узнал о переговорах Maison Vérane о покупке испанской Calzados Albarrán
РБК
22 ноября 2027, 19:40

Французская группа Maison Vérane, производитель кожаных изделий класса люкс, ведет продвинутые переговоры о покупке испанского производителя обуви Calzados Albarrán, сообщает Bloomberg со ссылкой на осведомленные источники. Сделка может оценить испанскую компанию примерно в €650 млн с учетом долга.

По данным агентства, о соглашении могут объявить до конца года, однако переговоры еще могут сорваться.

РБК направил запрос в Maison Vérane.

Maison Vérane с выручкой около €2,1 млрд в год до сих пор ограничивалась небольшими покупками мастерских во Франции и Италии. Calzados Albarrán была основана в 1964 году в испанском Эльче и выпускает около 400 тыс. пар обуви в год, в том числе по заказам других модных домов. Выручка компании в 2026 году составила €212 млн.

Крупные люксовые группы в последние годы активно скупают поставщиков, чтобы контролировать производство и качество. Аналитики ожидают, что эта тенденция сохранится и в 2028 году.
""",
}, [("Expansión", True), ("Bloomberg", False)],
[("Bloomberg", "01_fr.txt"), ("Expansión", "02_de.txt"), ("Bloomberg", "02_de.txt"), ("Bloomberg", "03_ru.txt")],
[("Maison Vérane is in talks to buy Calzados Albarrán in a deal valuing it at about 650 million euros including debt.",
  ["00_es.txt", "01_fr.txt", "02_de.txt", "03_ru.txt"], 2),
 ("A deal could be announced before the end of the year.",
  ["01_fr.txt", "03_ru.txt"], 1)])

# b07: outside agency (Reuters exclusive: three people familiar + an internal presentation seen by
# Reuters) relayed 5x. de (no outlet line) "Das erfuhr die Nachrichtenagentur Reuters … von drei mit
# den Plänen vertrauten Personen" + "Einer internen Präsentation zufolge, die Reuters einsehen
# konnte" + "lehnte gegenüber der Agentur … ab"; uk LIGA.net "повідомляє агентство Reuters з
# посиланням на" + "За даними агентства" + "пише Reuters, посилаючись на"; es Expansión (no date
# line) "según ha informado la agencia Reuters, que cita a" + "añade la agencia" + "a la que tuvo
# acceso Reuters"; fr L'Usine Nouvelle "a appris l'agence Reuters auprès de" + "Selon l'agence
# britannique" + "précise Reuters"; ru Коммерсантъ "сообщило агентство Reuters со ссылкой на" +
# "Как пишет агентство" + "с которой ознакомилось Reuters".
story("b07_agency_reuters_plant_closure", "agency", {
"00_de.txt": """Sennwald Chemie will Ammoniakanlage in Marl schließen – 900 Stellen betroffen
07.12.2027, 15:10 Uhr

Der Chemiekonzern Sennwald will seine Ammoniakproduktion im nordrhein-westfälischen Marl einstellen und dabei rund 900 Arbeitsplätze abbauen. Das erfuhr die Nachrichtenagentur Reuters am Dienstag von drei mit den Plänen vertrauten Personen. Grund seien die im internationalen Vergleich hohen Gas- und Strompreise in Deutschland, hieß es.

Einer internen Präsentation zufolge, die Reuters einsehen konnte, soll die Anlage bis Ende 2029 schrittweise heruntergefahren werden. Ein Teil der Produktion von Spezialaminen, die bislang auf Ammoniak aus Marl angewiesen ist, soll an den Standort im spanischen Tarragona verlagert werden. Der Aufsichtsrat solle am 15. Dezember über die Pläne entscheiden, sagte einer der Insider.

Ein Sennwald-Sprecher lehnte gegenüber der Agentur eine Stellungnahme ab.

Sennwald beschäftigt in Marl rund 2.600 Menschen, weltweit sind es etwa 11.000. Der Konzern setzte im vergangenen Jahr 4,8 Milliarden Euro um. Die deutsche Chemieindustrie klagt seit Jahren über Energiekosten, die deutlich über denen in den USA oder im Nahen Osten liegen. Mehrere Hersteller haben bereits Anlagen stillgelegt oder Investitionen ins Ausland verlagert.
""",
"01_uk.txt": """Німецький хімконцерн Sennwald закриє аміачний завод і скоротить 900 працівників – Reuters
LIGA.net
7 грудня 2027 о 17:45

Німецький хімічний концерн Sennwald Chemie планує закрити свій завод із виробництва аміаку в місті Марль (земля Північний Рейн – Вестфалія) та скоротити близько 900 робочих місць. Про це повідомляє агентство Reuters з посиланням на трьох обізнаних із планами співрозмовників.

За даними агентства, причиною є високі ціни на газ та електроенергію в Німеччині. Закривати завод планують поступово до кінця 2029 року, пише Reuters, посилаючись на внутрішню презентацію компанії. Остаточне рішення має ухвалити наглядова рада 15 грудня.

Аміак є ключовою сировиною для виробництва азотних добрив. Скорочення його випуску в Європі може позначитися і на цінах добрив для українських аграріїв, які значну частину карбаміду та аміачної селітри імпортують з країн ЄС.

Sennwald Chemie працевлаштовує близько 11 тис. людей у світі, з них 2,6 тис. — у Марлі. Торік виручка концерну становила €4,8 млрд.
""",
"02_es.txt": """La química alemana Sennwald trasladará parte de su producción a Tarragona tras cerrar su planta de amoniaco
Expansión

El grupo químico alemán Sennwald Chemie prevé cerrar su planta de amoniaco de Marl, en el oeste de Alemania, y suprimir alrededor de 900 empleos, según ha informado la agencia Reuters, que cita a tres personas familiarizadas con los planes. Parte de la producción de aminas especiales que depende de esa planta se trasladará a la fábrica que la compañía tiene en Tarragona, añade la agencia.

El cierre sería gradual y culminaría a finales de 2029, de acuerdo con una presentación interna a la que tuvo acceso Reuters. El consejo de supervisión de Sennwald debe pronunciarse sobre el plan el 15 de diciembre.

La planta tarraconense, que el grupo adquirió en 2019, emplea a unas 480 personas y forma parte del polo químico del Camp de Tarragona, el mayor del sur de Europa. El traslado podría suponer nuevas contrataciones, aunque la empresa no ha concretado cifras.

Los elevados precios del gas y la electricidad en Alemania han llevado en los últimos años a varios fabricantes químicos germanos a reducir capacidad en su país y a reforzar sus plantas en otros mercados europeos, entre ellos España, donde la energía renovable abarata el suministro eléctrico.
""",
"03_fr.txt": """Chimie : l'allemand Sennwald prêt à fermer son usine d'ammoniac de Marl
L'Usine Nouvelle
07/12/2027 à 18h20

Nouveau coup dur pour la chimie allemande. Sennwald Chemie s'apprête à arrêter la production d'ammoniac sur son site de Marl, en Rhénanie-du-Nord-Westphalie, et à supprimer quelque 900 emplois, a appris l'agence Reuters auprès de trois sources au fait du dossier.

Selon l'agence britannique, le groupe justifie cette décision par le prix du gaz et de l'électricité outre-Rhin, nettement plus élevé qu'aux États-Unis ou au Moyen-Orient. Une partie de la production d'amines de spécialité serait transférée vers l'usine de Tarragone, en Espagne, précise Reuters, qui a pu consulter une présentation interne. La fermeture serait progressive et achevée fin 2029. Le conseil de surveillance doit se prononcer le 15 décembre.

Sennwald, qui emploie environ 11.000 personnes dans le monde, a réalisé 4,8 milliards d'euros de chiffre d'affaires l'an dernier. En France, plusieurs producteurs d'engrais azotés ont eux aussi réduit leurs capacités ces dernières années, confrontés à la même équation énergétique.
""",
"04_ru.txt": """Немецкая Sennwald Chemie закроет аммиачное производство в Марле
Коммерсантъ
7 декабря 2027, 20:05

Немецкий химический концерн Sennwald Chemie намерен закрыть аммиачное производство в Марле (земля Северный Рейн — Вестфалия) и сократить около 900 рабочих мест, сообщило агентство Reuters со ссылкой на трех знакомых с планами собеседников.

Как пишет агентство, решение связано с высокими ценами на газ и электроэнергию в Германии. Закрытие пройдет поэтапно до конца 2029 года — это следует из внутренней презентации компании, с которой ознакомилось Reuters. Окончательное решение наблюдательный совет концерна должен принять 15 декабря.

В Sennwald от комментариев агентству отказались.

Немецкая химическая промышленность с 2022 года, когда резко подорожал природный газ, сократила выпуск аммиака почти на треть. Ряд производителей перенес мощности в США и на Ближний Восток, где энергия значительно дешевле. Выручка Sennwald Chemie в прошлом году составила €4,8 млрд, численность персонала — около 11 тыс. человек.
""",
}, [("Reuters", False)],
[("Reuters", "00_de.txt"), ("Reuters", "01_uk.txt"), ("Reuters", "02_es.txt"), ("Reuters", "03_fr.txt"),
 ("Reuters", "04_ru.txt")],
[("Sennwald Chemie plans to close its ammonia plant in Marl and cut about 900 jobs.",
  ["00_de.txt", "01_uk.txt", "02_es.txt", "03_fr.txt", "04_ru.txt"], 1),
 ("Part of the production will be moved to Sennwald's site in Tarragona, Spain.",
  ["00_de.txt", "02_es.txt", "03_fr.txt"], 1)])


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
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 101 (business, markets, companies; "
                   "invented events, real media names); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
