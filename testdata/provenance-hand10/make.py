#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand10 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# j01: outside wire agency relayed 5x (full name, transliteration, initials; with and without a
# describing noun): "…, Tolland Press Wire reported on Wednesday, citing a notice";
# fronted object "Розпорядження … оприлюднила … агенція «Толленд Прес Вайр» (TPW)";
# "Информацию распространило британское агентство «Толлэнд Пресс Уайр»"; "verbreitete … eine
# Mitteilung"; "a-t-on appris mercredi auprès de l'agence de presse britannique TPW"; a regulator
# and a manufacturer are not origins
story("j01_agency_syrup_recall", "external", {
"00_en.txt": """Children's cough syrup batch recalled after contamination found
The Sallowby Lantern
2025-11-05T14:10:00+00:00

Parents in Sallowby are being urged to check their medicine cabinets after a batch of a children's cough syrup sold in local pharmacies was recalled over contamination, Tolland Press Wire reported on Wednesday, citing a notice from the Medicines Safety Authority.

The notice, issued to pharmacists late on Tuesday, concerns batch TJ-4471 of Tussalin Junior, a honey-flavoured syrup made by Pellmont Pharma at its plant in Ardley Cross. Routine testing found traces of diethylene glycol, an industrial solvent that can damage the kidneys, in samples from the batch. Around 38,000 bottles were produced, and some were exported to Ukraine, Germany and France.

No illnesses have been linked to the syrup so far. Pellmont Pharma said in a short statement that it was "cooperating fully" and had stopped shipments from the production line while the cause is investigated. The agency said the regulator had also alerted health authorities in the three countries that received the syrup.

Anyone with a bottle from the affected batch should stop using it and take it back to a pharmacy for a refund.
""",
"01_uk.txt": """У Британії відкликають дитячий сироп від кашлю, частину партії продали в Україну
Головна стрічка
05.11.2025 16:20

Британський виробник Pellmont Pharma відкликає партію дитячого сиропу від кашлю Tussalin Junior після того, як у пробах знайшли слідові кількості діетиленгліколю. Частину цієї партії експортували в Україну, Німеччину та Францію. Розпорядження британського регулятора в середу оприлюднила інформаційна агенція «Толленд Прес Вайр» (TPW).

Йдеться про партію TJ-4471 — близько 38 тисяч флаконів сиропу з медовим смаком. Діетиленгліколь — промисловий розчинник, який навіть у невеликих дозах може ушкодити нирки, особливо в дітей.

Випадків отруєння поки не зафіксовано. Виробник призупинив відвантаження з лінії, на якій випустили партію, і з'ясовує причину.

Скільки флаконів надійшло в українські аптеки, невідомо. Фармацевтів просять перевірити номер партії на упаковці, а батьків — не давати дітям сироп із позначкою TJ-4471 і повернути його в аптеку.
""",
"02_ru.txt": """Британский детский сироп от кашля отзывают из-за растворителя в составе
Пульс недели
2025-11-05 17:45

Британская компания Pellmont Pharma отзывает партию детского сиропа от кашля Tussalin Junior: в образцах нашли следы диэтиленгликоля. Информацию распространило британское агентство «Толлэнд Пресс Уайр», ссылаясь на уведомление Управления по безопасности лекарств Великобритании.

Речь идёт о партии TJ-4471 — около 38 тысяч флаконов. Часть их ушла на экспорт: в Украину, Германию и Францию. Диэтиленгликоль используется в промышленности как растворитель и при попадании в организм может поражать почки.

О случаях отравления пока не известно. Производитель остановил отгрузки с линии, на которой была выпущена партия, и проводит проверку. Как уточняет агентство, регулятор уже предупредил органы здравоохранения трёх стран, куда поставлялся сироп.
""",
"03_de.txt": """Britischer Hustensaft für Kinder zurückgerufen – auch Deutschland betroffen
Ostmarker Rundschau

Der britische Hersteller Pellmont Pharma ruft eine Charge seines Kinderhustensafts Tussalin Junior zurück. In Proben der Charge TJ-4471 seien Spuren von Diethylenglykol gefunden worden, einem Industrielösungsmittel, das die Nieren schädigen kann. Die britische Nachrichtenagentur Tolland Press Wire verbreitete am Mittwoch eine entsprechende Mitteilung der Arzneimittelaufsicht des Landes.

Rund 38.000 Flaschen wurden produziert; ein Teil ging nach Deutschland, Frankreich und in die Ukraine. Wie viele davon in deutschen Apotheken gelandet sind, ist noch unklar.

Erkrankungen sind bislang nicht bekannt. Das Unternehmen hat die Auslieferung von der betroffenen Produktionslinie gestoppt. Eltern sollten die Chargennummer auf der Packung prüfen und Flaschen mit der Nummer TJ-4471 in der Apotheke zurückgeben.
""",
"04_fr.txt": """Sirop contre la toux pour enfants : un lot rappelé au Royaume-Uni, la France concernée
Le Veilleur de l'Orbe
5 novembre 2025

Un lot de sirop contre la toux pour enfants, le Tussalin Junior du fabricant britannique Pellmont Pharma, est rappelé après la découverte de traces de diéthylène glycol, a-t-on appris mercredi auprès de l'agence de presse britannique TPW.

Ce solvant industriel, toxique pour les reins, a été détecté lors de contrôles de routine sur des échantillons du lot TJ-4471. Environ 38 000 flacons ont été fabriqués, dont une partie a été exportée vers la France, l'Allemagne et l'Ukraine.

Aucun cas d'intoxication n'a été signalé à ce stade. Le laboratoire a suspendu les livraisons depuis la ligne de production concernée. Les parents sont invités à vérifier le numéro de lot inscrit sur la boîte et, en cas de doute, à rapporter le flacon en pharmacie.
""",
}, [("Tolland Press Wire", False)],
[("Tolland Press Wire", "00_en.txt"), ("Tolland Press Wire", "01_uk.txt"), ("Tolland Press Wire", "02_ru.txt"),
 ("Tolland Press Wire", "03_de.txt"), ("Tolland Press Wire", "04_fr.txt")],
[("A batch (TJ-4471) of Pellmont Pharma's Tussalin Junior children's cough syrup is recalled after diethylene glycol traces were found; part was exported to Ukraine, Germany and France",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# j02: in-corpus chain uk -> en -> ru, C credits only B: own "Фотограф «Тополинської хроніки» … був
# біля гаража" + "З таксистом …, ми поговорили у вівторок вранці" (+ an anonymous police officer);
# participle "Details published on Tuesday by the local news site Topolynska Khronika show";
# ru without outlet line (title suffix) "— такими подробностями делится англоязычный портал
# Eastreach Digest" (edge from Eastreach Digest)
story("j02_chain_catalytic_thefts", "chain", {
"00_uk.txt": """У Тополині затримали трьох чоловіків, яких підозрюють у крадіжках каталізаторів
Тополинська хроніка
2025-11-04 10:30

Поліція Тополина затримала трьох чоловіків віком від 24 до 37 років, яких підозрюють у серії крадіжок автомобільних каталізаторів. У гаражі на вулиці Заводській, який вони орендували, правоохоронці знайшли 41 каталізатор, болгарки та домкрати.

Фотограф «Тополинської хроніки» Денис Ярош був біля гаража в понеділок увечері, коли слідчі виносили звідти знахідки й складали їх у мікроавтобус.

З таксистом Олександром Ковтуном, у чиєї машини каталізатор відпиляли просто під будинком на вулиці Лісовій, ми поговорили у вівторок вранці. Він дізнався про крадіжку, коли завів двигун і автомобіль «заревів, як трактор». Ремонт обійшовся йому у 18 тисяч гривень.

Один із поліцейських, який погодився говорити за умови анонімності, сказав, що з вересня в місті зареєстрували щонайменше 60 таких крадіжок і слідство перевіряє, чи причетні до них затримані. Офіційно в поліції підтвердили лише затримання трьох осіб і відкриття кримінального провадження за статтею про крадіжку. Каталізатори цікавлять злодіїв через дорогоцінні метали — платину, паладій і родій.
""",
"01_en.txt": """Three held in Ukrainian city over catalytic converter thefts
Eastreach Digest
Tue, 04 Nov 2025 15:05:00 +0000

Police in the Ukrainian city of Topolyn have detained three men suspected of stealing catalytic converters from parked cars, with 41 of the devices found in a rented garage.

Details published on Tuesday by the local news site Topolynska Khronika show that officers also seized angle grinders and car jacks from the garage on Zavodska Street. A photographer for the site watched investigators loading the haul into a van on Monday evening.

The suspects are aged between 24 and 37. A police officer quoted anonymously by the site put the number of converter thefts in the city since September at no fewer than 60; the police have officially confirmed only the three arrests and a criminal case for theft.

One of the victims, a taxi driver, described to the site how his car "roared like a tractor" when he started it one morning. Repairs cost him 18,000 hryvnias, about £330.

Catalytic converters are targeted for the platinum, palladium and rhodium they contain, and similar waves of thefts have been reported across Europe.
""",
"02_ru.txt": """Трое задержаны за кражи катализаторов в украинском Тополине — Пульс недели
04.11.2025 19:20

В украинском Тополине полиция задержала троих мужчин, которых подозревают в кражах автомобильных катализаторов. В арендованном ими гараже нашли 41 катализатор, болгарки и домкраты, — такими подробностями делится англоязычный портал Eastreach Digest.

Задержанным от 24 до 37 лет. По словам полицейского, пожелавшего остаться неназванным, с сентября в городе зарегистрировано не менее 60 подобных краж. Официально полиция подтверждает только задержание и возбуждение уголовного дела.

Один из пострадавших, таксист, рассказал, что ремонт обошёлся ему в 18 тысяч гривен. Катализаторы похищают ради содержащихся в них платины, палладия и родия.
""",
}, [("Тополинська хроніка", True)],
[("Тополинська хроніка", "01_en.txt"), ("Eastreach Digest", "02_ru.txt")],
[("Police in Topolyn detained three men suspected of stealing catalytic converters; 41 converters found in a rented garage",
  ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# j03: outside YouTube channel under four spellings (native, two translations, a French
# transliteration): participle "Приводом стало відео, оприлюднене … на YouTube-каналі «Трамвайні
# нотатки»"; "Ролик, снятый автором YouTube-канала «Трамвайные заметки»"; "The clip went up on
# Wednesday night on Tram Notes, a YouTube channel run by"; no date line "Tout est parti d'une
# vidéo mise en ligne … sur la chaîne YouTube « Tramvaïni Notatky »"; operator and maker not origins
story("j03_youtube_tram_doors", "external", {
"00_uk.txt": """Усі шість нових трамваїв Ondine зняли з маршрутів після відео з відчиненими дверима
Новини Сріблянська
06.11.2025 09:40

Комунальне підприємство «Сріблянськелектротранс» тимчасово зняло з маршрутів усі шість нових трамваїв Ondine французького виробництва. Приводом стало відео, оприлюднене в середу ввечері на YouTube-каналі «Трамвайні нотатки»: на ньому видно, як під час руху між зупинками «Ринок» і «Вокзал» відчиняються середні двері вагона, а пасажири відступають від проходу.

Автор каналу Артем Глушко, який понад п'ять років знімає міський транспорт, у коментарях під роликом написав, що двері залишалися відчиненими приблизно 20 секунд.

У підприємстві заявили, що ніхто з пасажирів не постраждав, а вагони перевірять разом із представниками виробника, французької компанії Alvéo Ferroviaire. На маршрут №3 тим часом повернули старі трамваї. Шість вагонів Ondine місто отримало влітку за кредитні кошти; кожен коштував близько 2,1 мільйона євро.
""",
"01_ru.txt": """В Сриблянске сняли с линии новые трамваи после ролика блогера
Новости Приречья
2025-11-06 12:15

Городское транспортное предприятие Сриблянска приостановило эксплуатацию всех шести новых трамваев Ondine. Ролик, снятый автором YouTube-канала «Трамвайные заметки», набрал за ночь более 90 тысяч просмотров: в нём средние двери вагона открываются на ходу между остановками «Рынок» и «Вокзал».

Блогер Артём Глушко утверждает, что двери оставались открытыми около двадцати секунд. Пострадавших, по данным перевозчика, нет. Вагоны французского производителя Alvéo Ferroviaire проверят совместно с его специалистами, а на маршрут №3 пока вернули старый подвижной состав.

Шесть вагонов Ondine город получил летом в рамках обновления парка на кредитные средства, каждый обошёлся примерно в 2,1 млн евро. Производитель публично ситуацию пока не комментировал.
""",
"02_en.txt": """Ukrainian city pulls new Alvéo trams after door opens in service
Light Rail Ledger
2025-11-06T13:30:00Z

Sribliansk, a city of about 180,000 in central Ukraine, has withdrawn its entire fleet of six new Alvéo Ferroviaire Ondine trams after a passenger door was filmed opening while a car was moving.

The clip went up on Wednesday night on Tram Notes, a YouTube channel run by local transport enthusiast Artem Hlushko, and was shared widely on Ukrainian social media. It shows the centre doors of a car sliding open between two stops on route 3 and staying open for around 20 seconds as passengers step back from the doorway.

Municipal operator Sribliansk Electrotrans said nobody was hurt and that engineers from the French manufacturer would inspect the cars together with its own staff. Older trams are covering route 3 in the meantime.

The six Ondines, each costing about €2.1m, entered service in the summer under a loan-funded fleet renewal. Alvéo Ferroviaire had not commented publicly by Thursday afternoon.
""",
"03_fr.txt": """Ukraine : les tramways Ondine fabriqués à Marvillac retirés du service à Sribliansk
L'Écho de Marvillac

Les six tramways Ondine livrés cet été par Alvéo Ferroviaire à la ville ukrainienne de Sribliansk ont été retirés de la circulation. Tout est parti d'une vidéo mise en ligne mercredi soir sur la chaîne YouTube « Tramvaïni Notatky », tenue par un passionné de transports local, où l'on voit les portes centrales d'une rame s'ouvrir en pleine marche.

Les portes seraient restées ouvertes une vingtaine de secondes entre deux arrêts de la ligne 3. Aucun passager n'a été blessé, assure l'exploitant municipal, qui a demandé au constructeur marvillacois d'envoyer des techniciens.

Les rames, assemblées dans l'usine de la zone des Tanneries, à Marvillac, avaient coûté environ 2,1 millions d'euros chacune. La direction d'Alvéo Ferroviaire n'a pas encore réagi publiquement.
""",
}, [("Трамвайні нотатки", False)],
[("Трамвайні нотатки", "00_uk.txt"), ("Трамвайні нотатки", "01_ru.txt"), ("Трамвайні нотатки", "02_en.txt"),
 ("Трамвайні нотатки", "03_fr.txt")],
[("Sribliansk withdrew all six new Ondine trams after a YouTube video showed a door opening while a tram was moving",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], 1)])

# j04: two independent own reports, both relayed together: "according to a letter to staff obtained
# by the Mercury" + "declined to comment"; "«Головна стрічка» дізналася про угоду від двох людей,
# обізнаних із перемовинами" (anonymous) + "на запитання редакції відповіла"; de "Am Montag hatten
# das die britische Lokalzeitung Quenford Mercury, der ein Schreiben … vorliegt, und – unabhängig
# davon – das ukrainische Nachrichtenportal Holowna Strichka … gemeldet" (two edges); ru "Сведения о
# сделке … почти одновременно появились в двух изданиях" with the Ukrainian portal under a
# translated name «Главная лента» (two edges)
story("j04_two_own_battery_park", "two_independent", {
"00_en.txt": """Ukrainian energy firm set to buy Quenford Fen battery park
Quenford Mercury
November 10, 2025

The Quenford Fen battery storage park is to be sold to the Ukrainian energy company Enerhomaiak for around £42 million, according to a letter to staff obtained by the Mercury.

The letter, signed by Fenmoor Storage's managing director Claire Whitlock and dated Friday, tells the site's 23 employees that a sale "has been agreed in principle" and that their jobs will transfer to the new owner on their existing terms. It says the deal should be completed by the end of January, subject to approval by the energy regulator.

The park, on the site of the former sugar-beet depot off Marsh Lane, opened in 2021 and can store enough electricity to supply about 60,000 homes for two hours. It is Fenmoor's only site.

Enerhomaiak, headquartered in the Ukrainian city of Lymanets, has built several solar farms at home and has been looking for storage assets abroad.

Fenmoor Storage declined to comment on the letter. Enerhomaiak did not respond to a request for comment on Monday.
""",
"01_uk.txt": """«Енергомаяк» купує британський парк накопичувачів енергії
Головна стрічка
10.11.2025 18:05

Лиманецька компанія «Енергомаяк» домовилася про купівлю парку промислових акумуляторів у британському містечку Квенфорд. Сума угоди становить близько 42 мільйонів фунтів стерлінгів. «Головна стрічка» дізналася про угоду від двох людей, обізнаних із ходом перемовин; обидва попросили не називати їхніх імен, оскільки угоду ще не оголошено.

Один зі співрозмовників уточнив, що «Енергомаяк» частково фінансуватиме купівлю коштом кредиту європейського банку, а закрити угоду планують до кінця січня, після погодження британського енергорегулятора. Парк належить британській компанії Fenmoor Storage і працює з 2021 року.

Для «Енергомаяка», який досі будував сонячні електростанції в Україні, це буде перший актив за кордоном. Досвід роботи з накопичувачами компанія згодом планує застосувати вдома: енергосистема країни потребує резервних потужностей.

Пресслужба «Енергомаяка» на запитання редакції відповіла, що «не коментує ринкові чутки».
""",
"02_de.txt": """Ukrainischer Energiekonzern will britischen Batteriespeicher kaufen
Ostmarker Rundschau
11. November 2025

Das ukrainische Energieunternehmen Enerhomajak steht offenbar kurz vor der Übernahme eines Batteriespeicherparks im englischen Quenford. Der Kaufpreis soll bei rund 42 Millionen Pfund liegen, umgerechnet etwa 48 Millionen Euro. Am Montag hatten das die britische Lokalzeitung Quenford Mercury, der ein Schreiben an die Belegschaft vorliegt, und – unabhängig davon – das ukrainische Nachrichtenportal Holowna Strichka gemeldet, das sich auf zwei mit den Verhandlungen vertraute Personen stützt.

Laut dem Schreiben sollen die 23 Beschäftigten des Speicherparks übernommen werden. Der Abschluss ist bis Ende Januar geplant, vorbehaltlich der Zustimmung der britischen Energieaufsicht.

Für Enerhomajak, das bislang Solarparks in der Ukraine baut, wäre es die erste Investition im Ausland. Beide Unternehmen äußerten sich bislang nicht öffentlich.
""",
"03_ru.txt": """Украинский «Энергомаяк» покупает британский парк аккумуляторов
Пульс недели
2025-11-11 08:50

Украинская энергетическая компания «Энергомаяк» договорилась о покупке парка промышленных накопителей энергии в британском Квенфорде примерно за 42 млн фунтов. Сведения о сделке в понедельник почти одновременно появились в двух изданиях: местная британская газета Quenford Mercury опиралась на письмо руководства сотрудникам парка, украинский портал «Главная лента» — на двух собеседников, знакомых с ходом переговоров.

В письме говорится, что 23 работника перейдут к новому владельцу на прежних условиях. Сделку планируют закрыть до конца января, если её одобрит британский энергорегулятор.

Для «Энергомаяка» это первое приобретение за рубежом: до сих пор компания строила солнечные электростанции в Украине. Сами компании сделку официально не комментируют.
""",
}, [("Quenford Mercury", True), ("Головна стрічка", True)],
[("Quenford Mercury", "02_de.txt"), ("Головна стрічка", "02_de.txt"),
 ("Quenford Mercury", "03_ru.txt"), ("Головна стрічка", "03_ru.txt")],
[("Ukrainian company Enerhomaiak is buying the Quenford Fen battery storage park for about £42 million",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_ru.txt"], 2)])

# j05: de own report ("Auf Nachfrage der Kesselbrunner Nachrichten bestätigte Inhaber …";
# "Vergleichsaufnahmen liegen unserer Redaktion vor"); uk close translation without any credit
# (edge from the de paper); en credit in the headline "German paper: …" + "the regional daily
# Kesselbrunner Nachrichten has reported" + "when the Kesselbrunn paper asked him"
story("j05_translation_gospel_auction", "translation", {
"00_de.txt": """Gestohlenes Evangeliar aus der Ukraine: Kesselbrunner Auktionshaus zieht Los zurück
Kesselbrunner Nachrichten
12. November 2025

Ein handgeschriebenes Evangeliar aus dem Jahr 1647, das 1994 aus dem Heimatmuseum der ukrainischen Stadt Topolyn gestohlen worden war, ist in einem Kesselbrunner Auktionskatalog aufgetaucht. Das Auktionshaus Brendel & Sohn in der Mühlgasse hat das Los zurückgezogen, die Polizei hat das Buch sichergestellt.

Auf Nachfrage der Kesselbrunner Nachrichten bestätigte Inhaber Matthias Brendel am Dienstag, dass ihn ein Mitarbeiter des ukrainischen Kulturministeriums vergangene Woche auf das Stück aufmerksam gemacht habe. Das Evangeliar sollte am 22. November mit einem Schätzpreis von 18.000 Euro versteigert werden. „Wir haben den Einlieferer sofort informiert und das Buch der Polizei übergeben“, sagte Brendel. Der Einlieferer, ein Sammler aus dem Raum Kesselbrunn, habe es nach eigenen Angaben in den Neunzigerjahren auf einem Flohmarkt gekauft.

Das Buch mit dem silberbeschlagenen Einband ist auf einem Foto im Inventarbuch des Museums von 1989 gut zu erkennen; Vergleichsaufnahmen liegen unserer Redaktion vor. Ob und wann es nach Topolyn zurückkehrt, muss nun die Staatsanwaltschaft klären.
""",
"01_uk.txt": """Викрадене з тополинського музею Євангеліє виставили на аукціон у Німеччині
Тополинська хроніка
12.11.2025 15:40

Рукописне Євангеліє 1647 року, яке 1994 року викрали з краєзнавчого музею Тополина, з'явилося в аукціонному каталозі в німецькому місті Кессельбрунн. Аукціонний дім Brendel & Sohn на вулиці Мюльгассе зняв лот із торгів, поліція вилучила книгу.

Власник аукціонного дому Маттіас Брендель у вівторок підтвердив, що минулого тижня на цей предмет звернув його увагу працівник Міністерства культури України. Євангеліє мали продати 22 листопада з естімейтом 18 тисяч євро. «Ми одразу повідомили того, хто передав книгу на торги, і віддали її поліції», — сказав Брендель. Власник, колекціонер з околиць Кессельбрунна, за його словами, купив книгу на блошиному ринку в дев'яностих.

Книгу в срібному окладі добре видно на фотографії в інвентарній книзі музею 1989 року. Чи повернеться вона до Тополина і коли, тепер має вирішити прокуратура.
""",
"02_en.txt": """German paper: Gospel book stolen from Ukrainian museum pulled from auction
Eastreach Digest
2025-11-12T19:25:00+00:00

A 17th-century handwritten Gospel book stolen from a museum in the Ukrainian city of Topolyn more than thirty years ago has been withdrawn from sale at a German auction house and seized by police, the regional daily Kesselbrunner Nachrichten has reported.

The book, dated 1647 and bound in silver-mounted covers, disappeared from Topolyn's museum of local history in 1994. It resurfaced in the catalogue of Brendel & Sohn, an auction house in Kesselbrunn, where it was due to go under the hammer on 22 November with an estimate of €18,000.

The house's owner, Matthias Brendel, confirmed the withdrawal when the Kesselbrunn paper asked him about it on Tuesday. He said an official from Ukraine's culture ministry had flagged the lot last week, and that the consignor, a local collector, said he had bought the book at a flea market in the 1990s.

The paper compared the book with a 1989 photograph in the museum's inventory. Prosecutors will now decide whether it goes back to Topolyn.
""",
}, [("Kesselbrunner Nachrichten", True)],
[("Kesselbrunner Nachrichten", "01_uk.txt"), ("Kesselbrunner Nachrichten", "02_en.txt")],
[("A Gospel book of 1647 stolen from the Topolyn museum in 1994 was withdrawn from a Kesselbrunn auction and seized by police",
  ["00_de.txt", "01_uk.txt", "02_en.txt"], 1)])

# j06: outside French news magazine (elections), native / transliterated / translated: passive
# "L'information a été publiée jeudi par l'hebdomadaire Le Nouveau Regard"; no date line "Як
# зазначає французький щотижневий журнал «Ле Нуво Регар»"; "по сведениям французского журнала
# «Новый взгляд»" (translated title); "a poll published by a French news magazine" + "for the weekly
# Le Nouveau Regard" + "as Le Nouveau Regard put it"; the candidate and the mayor are not origins
story("j06_magazine_candidate_poll", "external", {
"00_fr.txt": """Municipales à Saint-Orbe : la pédiatre Olena Marchuk en tête d'un sondage
Le Veilleur de l'Orbe
14 novembre 2025

La pédiatre Olena Marchuk, arrivée d'Ukraine en 2014, conduira une liste aux élections municipales de mars à Saint-Orbe, et celle-ci arriverait en tête au premier tour. L'information a été publiée jeudi par l'hebdomadaire Le Nouveau Regard, qui a commandé un sondage à l'institut Opinéo.

Selon cette enquête, réalisée auprès de 502 habitants inscrits sur les listes électorales, la liste « Saint-Orbe ensemble » recueillerait 31 % des intentions de vote, devant celle du maire sortant Gérard Lacombe (29 %) et celle de l'opposition de gauche menée par Sylvie Aubrac (22 %).

Originaire de Lymanets, dans le centre de l'Ukraine, Olena Marchuk, 46 ans, exerce depuis huit ans au centre hospitalier de Saint-Orbe. Elle a obtenu la nationalité française en 2020. Dans les colonnes du magazine, elle explique vouloir faire de la santé de proximité « la priorité du mandat ».

Le scrutin aura lieu les 15 et 22 mars. Le maire sera ensuite élu par le nouveau conseil municipal.
""",
"01_uk.txt": """Уродженка Лиманця може стати мером французького міста
Лиманецькі обрії

Лікарка-педіатриня Олена Марчук, яка виросла в Лиманці й 2014 року переїхала до Франції, очолить список на муніципальних виборах у місті Сент-Орб. Як зазначає французький щотижневий журнал «Ле Нуво Регар», за результатами замовленого ним опитування її список «Сент-Орб разом» набрав би 31% голосів і випередив би команду чинного мера Жерара Лакомба (29%).

Вибори до муніципальних рад у Франції відбудуться в березні. Опитування провів інститут Opinéo серед 502 виборців міста.

46-річна лікарка вже вісім років працює в міській лікарні Сент-Орба, французьке громадянство отримала 2020 року. Головним пріоритетом вона називає доступну медицину поблизу дому.

Якщо список Марчук переможе, саме вона, найімовірніше, стане мером: у Франції мера обирає новообрана муніципальна рада.
""",
"02_ru.txt": """Уроженка украинского Лиманца лидирует в опросе перед выборами во французском городе
Пульс недели
2025-11-14 11:00

Педиатр Елена Марчук, уроженка украинского Лиманца, возглавит список на муниципальных выборах во французском городке Сент-Орб и, по сведениям французского журнала «Новый взгляд», имеет хорошие шансы на победу. Опрос, проведённый по заказу издания институтом Opinéo, даёт её списку 31% голосов против 29% у команды действующего мэра Жерара Лакомба.

46-летняя Марчук переехала во Францию в 2014 году, восемь лет работает в городской больнице Сент-Орба и в 2020 году получила французское гражданство. Выборы пройдут в марте; мэра затем избирает новый муниципальный совет.

Главным приоритетом своей программы Марчук называет доступную медицину рядом с домом. Опрос среди 502 избирателей Сент-Орба стал первым в этой кампании.
""",
"03_en.txt": """Ukrainian-born doctor leads early poll in French town's mayoral race
Eastreach Digest
2025-11-14 13:20

A paediatrician who grew up in the Ukrainian city of Lymanets is on course to become mayor of a small town in south-western France, if a poll published by a French news magazine is borne out in March.

Olena Marchuk, 46, will head the list "Saint-Orbe Together" in next spring's municipal elections. The survey, carried out by the Opinéo institute for the weekly Le Nouveau Regard, puts her list on 31 per cent, two points ahead of incumbent mayor Gérard Lacombe's team.

Marchuk moved to France in 2014, has worked at Saint-Orbe's hospital for eight years and became a French citizen in 2020. She wants local health care to be "the priority of the term".

The poll of 502 registered voters is the first of the campaign, and its result amounts to "a quiet earthquake in Saint-Orbe politics", as Le Nouveau Regard put it.
""",
}, [("Le Nouveau Regard", False)],
[("Le Nouveau Regard", "00_fr.txt"), ("Le Nouveau Regard", "01_uk.txt"), ("Le Nouveau Regard", "02_ru.txt"),
 ("Le Nouveau Regard", "03_en.txt")],
[("Lymanets-born paediatrician Olena Marchuk will head a list in Saint-Orbe's municipal election; a poll for Le Nouveau Regard puts it first with 31%",
  ["00_fr.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# j07: outside radio station + an independent in-corpus own report: ru own "редакция «Камнегорской
# газеты» проехала вдоль реки" (an angler, an inspection and the mill quoted); uk credit in
# parentheses "(за даними радіостанції «Радіо Камногір'я»)" (+ a water utility statement);
# en "first raised on Sunday morning by local station Radio Kamnohirria …, and separately documented
# by the Russian-language weekly Kamnegorskaya Gazeta" (two edges); de "Journalisten der …
# Lokalzeitung Kamnegorskaja Gaseta haben das Ufer … abgefahren; nach Angaben des Blattes"
story("j07_two_sources_fish_kill", "two_independent", {
"00_ru.txt": """На Сороке ниже бумажного комбината всплыла мёртвая рыба
Камнегорская газета
16.11.2025 20:10

В реке Сороке ниже Камнегорского бумажного комбината массово гибнет рыба. В воскресенье днём редакция «Камнегорской газеты» проехала вдоль реки от комбината до моста у посёлка Кленово: почти на всём участке длиной около трёх километров у берега лежали сотни снулых лещей, плотвы и окуней, а вода у водосброса комбината была мутно-жёлтой и пахла серой.

Местный рыбак Виктор Сумин рассказал, что заметил мёртвую рыбу ещё в субботу вечером. «Такого здесь не было лет двадцать», — сказал он.

В областной экологической инспекции подтвердили, что специалисты взяли пробы воды в трёх точках; результаты ожидаются в среду. На комбинате, который с 2019 года принадлежит немецкой компании Hallwerk Papier, любые сбросы отрицают и говорят о «природных причинах» — низком уровне воды и нехватке кислорода.
""",
"01_uk.txt": """У Сороці нижче Камногірського паперового комбінату масово гине риба
Новини Сріблянська
17.11.2025 08:30

У річці Сорока нижче Камногірського паперового комбінату з суботи масово гине риба (за даними радіостанції «Радіо Камногір'я»). У неділю вранці до прямого ефіру станції додзвонилися кілька рибалок, які розповіли про сотні мертвих лящів і окунів біля берега.

Сорока тече далі до Сріблянська, і частина районів нашого міста отримує воду саме з неї. У заяві, поширеній у понеділок уранці, КП «Сріблянськводоканал» запевнило, що водозабір розташований за 40 кілометрів нижче за течією, якість води поки відповідає нормам, а лабораторія посилила контроль.

Екологічна інспекція відібрала проби води, результати обіцяють у середу. На комбінаті, що належить німецькій компанії Hallwerk Papier, заперечують будь-які скиди.
""",
"02_en.txt": """Dead fish line river below Ukrainian paper mill
Eastreach Digest
2025-11-17T10:45:00Z

Hundreds of dead fish have washed up along a stretch of the Soroka river in central Ukraine below a paper mill owned by the German company Hallwerk Papier, prompting environmental inspectors to take water samples.

The die-off was first raised on Sunday morning by local station Radio Kamnohirria, whose phone-in was flooded with calls from anglers, and separately documented by the Russian-language weekly Kamnegorskaya Gazeta, which drove the roughly three kilometres of riverbank between the mill and the village of Klenove that afternoon. The paper described bream, roach and perch lying along the banks and yellowish, sulphur-smelling water near the mill's outfall.

Inspectors took samples at three points and expect results on Wednesday. The Kamnohirsk mill denies discharging anything into the river and blames low water levels and a lack of oxygen.

The Soroka flows on to the city of Sribliansk, whose water utility said its intake, 40km downstream, was unaffected so far.
""",
"03_de.txt": """Fischsterben in der Ukraine: Vorwürfe gegen Papierfabrik von Hallwerk
Ostmarker Rundschau
Tue, 18 Nov 2025 07:30:00 +0100

Im Fluss Soroka in der Zentralukraine sind unterhalb einer Papierfabrik des Ostmarker Unternehmens Hallwerk Papier Hunderte tote Fische angespült worden. Journalisten der russischsprachigen Lokalzeitung Kamnegorskaja Gaseta haben das Ufer am Sonntag auf rund drei Kilometern abgefahren; nach Angaben des Blattes trieben dort tote Brassen, Plötzen und Barsche, das Wasser am Auslauf des Werks sei gelblich trüb gewesen und habe nach Schwefel gerochen.

Die regionale Umweltinspektion hat Wasserproben genommen, Ergebnisse werden für Mittwoch erwartet. Die Werksleitung in Kamnohirsk bestreitet jede Einleitung und verweist auf niedrigen Wasserstand und Sauerstoffmangel.

Hallwerk Papier hatte das Werk 2019 übernommen und beschäftigt dort rund 600 Menschen. Eine Stellungnahme der Firmenzentrale lag zunächst nicht vor.
""",
}, [("Радіо Камногір'я", False), ("Камнегорская газета", True)],
[("Радіо Камногір'я", "01_uk.txt"), ("Радіо Камногір'я", "02_en.txt"),
 ("Камнегорская газета", "02_en.txt"), ("Камнегорская газета", "03_de.txt")],
[("Hundreds of dead fish washed up in the Soroka river below the Kamnohirsk paper mill owned by Hallwerk Papier",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 2)])

# j08: look-alike A (ransomware at Lymanets city council, Monday 10 November): own "журналістка
# «Лиманецьких обріїв» застала там … чергу" + "Секретар міської ради …, з яким ми поговорили" (an
# official) + anonymous employee; en without date line "Based on reporting by the local news outlet
# Lymanetski Obrii, whose journalist found"; ru "Об атаке рассказали «Лиманецкие горизонты»"
# (translated name) + "в разговоре с изданием заявил"
story("j08_lookalike_ransomware_lymanets", "in_corpus", {
"00_uk.txt": """Хакери зашифрували сервери Лиманецької міськради, ЦНАП не видає документів
Лиманецькі обрії
2025-11-10 17:20

Від ранку понеділка в Лиманецькій міській раді не працюють комп'ютерні системи: невідомі зашифрували сервери виконкому і вимагають викуп. Центр надання адміністративних послуг на вулиці Соборній приймає відвідувачів лише для консультацій — журналістка «Лиманецьких обріїв» застала там близько полудня чергу з трьох десятків людей, яким не могли видати жодного документа.

Секретар міської ради Ігор Бондар, з яким ми поговорили по обіді, визнав, що атака сталася в ніч на понеділок, а на екранах працівників з'явилося повідомлення англійською з вимогою заплатити в криптовалюті. «Платити ми не збираємося», — сказав Бондар. За його словами, персональні дані мешканців, імовірно, не викрадено, але це ще перевіряють фахівці кіберполіції.

Працівник міськради, який попросив не називати його імені, бо не уповноважений спілкуватися з пресою, розповів, що резервні копії востаннє робили два тижні тому. Відновити роботу ЦНАПу в міськраді обіцяють до кінця тижня.
""",
"01_en.txt": """Ransomware attack cripples Ukrainian city council
Eastreach Digest

The city council of Lymanets, in central Ukraine, has been hit by a ransomware attack that encrypted its servers overnight into Monday and left its public service centre unable to issue documents.

Based on reporting by the local news outlet Lymanetski Obrii, whose journalist found around thirty people queueing at the centre on Monday, the attackers left a message in English on staff computers demanding payment in cryptocurrency. Council secretary Ihor Bondar said the city would not pay and that residents' personal data did not appear to have been stolen, although cyber police were still checking.

A council employee who was not authorised to speak publicly said the last backups had been made two weeks earlier. The council hopes to restore services by the end of the week.

Ukrainian municipalities have faced a string of cyberattacks over the past two years.
""",
"02_ru.txt": """В Лиманце хакеры атаковали горсовет и требуют выкуп
Новости Приречья
10.11.2025 21:00

Компьютерные системы Лиманецкого городского совета не работают с утра понедельника: злоумышленники зашифровали серверы исполкома и требуют выкуп в криптовалюте. Об атаке рассказали «Лиманецкие горизонты»: журналистка издания побывала в центре административных услуг, где людям не могли выдать ни одного документа.

Секретарь горсовета Игорь Бондарь в разговоре с изданием заявил, что платить город не будет. По его словам, утечки персональных данных, вероятно, не было, но это ещё проверяет киберполиция. Восстановить работу центра обещают до конца недели.

Пока же жителям, которым срочно нужны справки или выписки, советуют обращаться в центры услуг соседних громад. Городской сайт при этом продолжает работать: он размещён у внешнего провайдера.
""",
}, [("Лиманецькі обрії", True)],
[("Лиманецькі обрії", "01_en.txt"), ("Лиманецькі обрії", "02_ru.txt")],
[("A ransomware attack encrypted the servers of Lymanets city council overnight into Monday; the service centre cannot issue documents",
  ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# j09: look-alike B (parking app data leak at Sallowby council, Thursday 13 November): own "The
# Lantern has been given a copy of the breach notice" + anonymous IT staff + council leader;
# uk "Копію повідомлення про витік … отримала місцева газета The Sallowby Lantern" and a closing
# reference to j08; fr "Selon des informations du Sallowby Lantern, quotidien de la ville anglaise"
# + "que le journal s'est procurée"
story("j09_lookalike_parking_leak_sallowby", "in_corpus", {
"00_en.txt": """Parking app flaw exposed details of 12,400 Sallowby drivers
The Sallowby Lantern
2025-11-13 16:45

The personal details of around 12,400 drivers who use Sallowby Borough Council's PayPark app were exposed online for at least three weeks because of a flaw in the system, the council has admitted to the data protection regulator.

The Lantern has been given a copy of the breach notice, which the council sent to the Information Rights Office on Wednesday. It says a misconfigured server run by the app's French developer, Stationnia, allowed anyone with the right web address to download a file containing names, email addresses, vehicle registrations and the last four digits of payment cards. Full card numbers were not stored.

A member of the council's IT staff, who asked not to be identified because they were not authorised to speak, said the problem was spotted by a resident on 4 November and the file was taken down the following afternoon.

Council leader Pauline Okafor said on Thursday evening that every affected driver would be emailed by Friday. "We are sorry this happened," she said. The app remains in use, but drivers can pay at the machines instead.
""",
"01_uk.txt": """Британське місто визнало витік даних 12 тисяч водіїв через паркувальний застосунок
Головна стрічка
14.11.2025 09:10

Рада британського містечка Салловбі визнала, що через помилку в паркувальному застосунку PayPark щонайменше три тижні в інтернеті були доступні дані близько 12,4 тисячі водіїв: імена, електронні адреси, номери автомобілів та останні чотири цифри банківських карток. Копію повідомлення про витік, яке рада надіслала британському регулятору у сфері захисту даних, отримала місцева газета The Sallowby Lantern.

Згідно з документом, сервер французького розробника застосунку, компанії Stationnia, був неправильно налаштований, і файл із даними міг завантажити будь-хто, хто знав адресу. Повні номери карток не зберігалися.

Керівниця ради Полін Окафор пообіцяла до п'ятниці повідомити кожного водія, чиї дані потрапили у відкритий доступ.

Це вже другий кіберінцидент у місцевій владі за тиждень, про який стало відомо: у понеділок хакери-вимагачі зашифрували сервери Лиманецької міської ради.
""",
"02_fr.txt": """Fuite de données : l'application de Stationnia mise en cause en Angleterre
L'Écho de Marvillac
14 novembre 2025

L'entreprise marvillacoise Stationnia se retrouve au cœur d'une fuite de données outre-Manche. Selon des informations du Sallowby Lantern, quotidien de la ville anglaise de Sallowby, les noms, adresses électroniques, plaques d'immatriculation et quatre derniers chiffres de carte bancaire d'environ 12 400 automobilistes ont été accessibles en ligne pendant au moins trois semaines via l'application de stationnement PayPark, développée par la société.

En cause, un serveur mal configuré, d'après la déclaration de fuite adressée par la municipalité de Sallowby au régulateur britannique, que le journal s'est procurée. Les numéros de carte complets n'étaient pas conservés.

Installée dans la zone des Tanneries depuis 2016, Stationnia emploie une quarantaine de personnes et équipe une vingtaine de villes en France et au Royaume-Uni. Le problème aurait été signalé par un habitant le 4 novembre et corrigé le lendemain.
""",
}, [("The Sallowby Lantern", True)],
[("The Sallowby Lantern", "01_uk.txt"), ("The Sallowby Lantern", "02_fr.txt")],
[("A flaw in Sallowby council's PayPark parking app exposed personal details of about 12,400 drivers for at least three weeks",
  ["00_en.txt", "01_uk.txt", "02_fr.txt"], 1)])

# j10: outside Polish regional paper + relay with own confirmation + chain to an article with
# neither outlet nor date line: uk "Про знахідку … написала польська регіональна газета «Ехо
# Стромниці»" + "«Новини Сріблянська» додзвонилися до власника … Він підтвердив"; ru (title
# suffix only) "Подробности приводит сайт «Новости Сриблянска», журналистам которого владелец
# фирмы-перевозчика подтвердил" (edge from the uk site); en "the Polish regional daily Echo
# Stromnicy reported on Saturday" + "according to the paper"; de "Wie aus Informationen der
# polnischen Regionalzeitung Echo Stromnicy hervorgeht" + "demnach"
story("j10_foreign_paper_tortoises", "relay_plus_own", {
"00_uk.txt": """Сріблянця затримали на польському кордоні з двома сотнями черепах у мікроавтобусі
Новини Сріблянська
2025-11-17 11:00

Польські прикордонники виявили 214 живих черепах у мікроавтобусі, за кермом якого був 52-річний мешканець Сріблянська. Тварини були сховані в картонних коробках під сидіннями та в ніші для запасного колеса. Про знахідку на пункті пропуску Стромниця минулої п'ятниці написала польська регіональна газета «Ехо Стромниці».

Польське видання уточнює, що йдеться про середземноморських черепах, торгівлю якими обмежує конвенція CITES, а водій не мав на них жодних документів. Прикордонникам він пояснив, що віз «посилку» до Німеччини на прохання знайомого.

«Новини Сріблянська» додзвонилися до власника сріблянської компанії-перевізника «Віра-Тур» Степана Гуменюка. Він підтвердив, що в п'ятницю його мікроавтобус затримали на польському кордоні, а водій — його працівник. «Рейс був пасажирський, людей висадили ще до кордону. Про коробки ми нічого не знали», — сказав Гуменюк.

Черепах передали до центру порятунку тварин. Водієві за польським законодавством загрожує до п'яти років позбавлення волі.
""",
"01_ru.txt": """Украинца задержали на польской границе с 214 черепахами | Новости Приречья

Пограничники Польши обнаружили 214 живых черепах в микроавтобусе, которым управлял 52-летний житель Сриблянска. Животные были спрятаны в картонных коробках под сиденьями и в нише для запасного колеса. Подробности приводит сайт «Новости Сриблянска», журналистам которого владелец фирмы-перевозчика подтвердил, что водитель работает у него.

По словам перевозчика, о грузе компания не знала, а пассажиров высадили ещё до границы. Сам водитель объяснил пограничникам, что вёз «посылку» в Германию по просьбе знакомого. Речь идёт о средиземноморских черепахах, торговля которыми ограничена международной конвенцией CITES. Водителю грозит до пяти лет лишения свободы.
""",
"02_en.txt": """214 tortoises found hidden in minibus at Polish border
The Creature Desk
November 17, 2025

Polish border guards found 214 live tortoises packed into cardboard boxes under the seats and in the spare-wheel well of a Ukrainian minibus, the Polish regional daily Echo Stromnicy reported on Saturday.

The animals, Hermann's tortoises, a species whose trade is restricted under the CITES convention, were discovered during a check at the Stromnica crossing on Friday. The driver, a 52-year-old from the Ukrainian city of Sribliansk, had no paperwork for them and told officers he was delivering "a parcel" to Germany as a favour for an acquaintance, according to the paper.

The tortoises, most of them juveniles no bigger than a palm, have been taken to a rescue centre near Stromnica. Three were dead when the boxes were opened. The driver faces up to five years in prison under Polish wildlife law.

Smuggling of Mediterranean tortoises for the pet trade has risen in recent years, wildlife groups say.
""",
"03_de.txt": """214 Schildkröten im Kleinbus: Spur führt womöglich nach Deutschland
Kesselbrunner Nachrichten
18.11.2025

An der polnisch-ukrainischen Grenze haben polnische Grenzschützer in einem ukrainischen Kleinbus 214 lebende Griechische Landschildkröten entdeckt. Wie aus Informationen der polnischen Regionalzeitung Echo Stromnicy hervorgeht, waren die Tiere in Kartons unter den Sitzen und in der Reserveradmulde versteckt. Der 52-jährige Fahrer aus der ukrainischen Stadt Sribljansk habe keine Papiere für die Tiere vorweisen können.

Er gab demnach an, ein „Paket“ im Auftrag eines Bekannten nach Deutschland bringen zu sollen. Wohin genau, ist unklar. Griechische Landschildkröten stehen unter strengem Schutz; der Handel mit ihnen ist nur mit Herkunftsnachweis erlaubt.

Die Tiere sind inzwischen in einer Auffangstation nahe der Grenze untergebracht. In Polen drohen dem Mann bis zu fünf Jahre Haft.
""",
}, [("Echo Stromnicy", False), ("Новини Сріблянська", True)],
[("Echo Stromnicy", "00_uk.txt"), ("Новини Сріблянська", "01_ru.txt"), ("Echo Stromnicy", "02_en.txt"),
 ("Echo Stromnicy", "03_de.txt")],
[("Polish border guards found 214 live tortoises hidden in a minibus driven by a 52-year-old man from Sribliansk",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 2)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 10 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            assert sorted(ca) == sorted(arts), id
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(ca), "independent_sources": k} for t, ca, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
