#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand11 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# k01: outside wire agency relayed 5x (full name, transliteration in two scripts, initials):
# "Details of the outbreak were carried by Ashvale Newswire" + "The wire service said it had seen";
# "Про карантин у понеділок розповіла британська агенція новин «Ешвейл Ньюзвайр» (AVN), яка
# ознайомилася з розпорядженням"; participle "Британское агентство «Эшвейл Ньюсвайр» (AVN),
# ознакомившееся с предписанием …, уточняет" + "По версии агентства"; "Die britische Agentur Ashvale
# Newswire zitierte am Montag aus einer Anordnung" (no date line); "L'agence de presse britannique
# Ashvale Newswire, qui a pu consulter l'arrêté, en a donné lundi le détail" + "Toujours selon AVN".
# A plant-health directorate, its spokesman and a growers' chairman are not origins.
story("k01_agency_potato_wart", "agency", {
"00_en.txt": """Potato disease found on Brantshire farms halts seed exports
The Kilnsey Gazette
2025-12-01T15:20:00+00:00

Exports of seed potatoes from Brantshire have been halted after potato wart, a soil-borne disease that can linger in fields for decades, was confirmed on two farms near Hollerby.

Details of the outbreak were carried by Ashvale Newswire on Monday afternoon. The wire service said it had seen a containment notice issued by the Plant Health Directorate, which draws a five-kilometre zone around the affected fields and suspends export certificates for seed potatoes grown anywhere in the county.

Around 2,300 tonnes of seed already in cold stores, much of it bound for buyers in Ukraine, Germany and France, cannot now leave the county until every lot has been tested. Brantshire growers sell roughly a fifth of their seed crop abroad.

Potato wart does not harm people and infected potatoes are safe to eat, but the disease deforms the tubers and makes them unsellable. The Directorate has not said how the fungus reached the two farms. A spokesman would say only that "tracing work is under way".

Rob Tetley, who chairs the county's seed growers' association, said members were "braced for a very hard winter".
""",
"01_uk.txt": """У Британії виявили рак картоплі: постачання насіннєвої картоплі в Україну зупинено
Ранкова Ліхтарня
01.12.2025 18:05

Британська служба захисту рослин запровадила карантин у графстві Брантшир після того, як на двох фермах поблизу Голлербі підтвердили рак картоплі — грибкову хворобу, збудник якої може зберігатися в ґрунті десятиліттями. Про карантин у понеділок розповіла британська агенція новин «Ешвейл Ньюзвайр» (AVN), яка ознайомилася з розпорядженням служби.

Навколо уражених полів створили п'ятикілометрову зону, а сертифікати на експорт насіннєвої картоплі з усього графства призупинили. За даними агенції, у сховищах лишаються близько 2300 тонн насіннєвого матеріалу, значна частина якого призначалася покупцям в Україні, Німеччині та Франції. Вивезти його можна буде лише після перевірки кожної партії.

Для людей хвороба не небезпечна, однак уражені бульби деформуються і стають непридатними для продажу. Українські господарства, які замовляли насіння з Брантширу на весняну посадку, можуть залишитися без нього або будуть змушені шукати інших постачальників.
""",
"02_ru.txt": """Британия остановила вывоз семенного картофеля из графства Брантшир
Северный перекрёсток
2025-12-01 19:40

На двух фермах у деревни Холлерби в английском графстве Брантшир обнаружен рак картофеля — почвенное грибковое заболевание, возбудитель которого сохраняется в земле десятилетиями. Британское агентство «Эшвейл Ньюсвайр» (AVN), ознакомившееся с предписанием службы защиты растений, уточняет, что вокруг заражённых полей введена пятикилометровая карантинная зона.

Вывоз семенного картофеля из графства за рубеж приостановлен. На складах остаются около 2300 тонн семян; покупатели ждали их в Украине, Германии и Франции. По версии агентства, каждую партию теперь придётся проверять отдельно.

Как возбудитель попал на фермы, служба не сообщает. Для человека болезнь опасности не представляет, а вот клубни она уродует, и продать такой урожай невозможно.
""",
"03_de.txt": """Kartoffelkrebs in England: Saatgut-Exporte gestoppt
Lindtaler Anzeiger

Auf zwei Höfen bei Hollerby in der englischen Grafschaft Brantshire ist Kartoffelkrebs nachgewiesen worden. Die britische Agentur Ashvale Newswire zitierte am Montag aus einer Anordnung der Pflanzenschutzbehörde, nach der um die befallenen Felder eine Sperrzone von fünf Kilometern eingerichtet wird. Zudem werden für Saatkartoffeln aus der gesamten Grafschaft vorerst keine Exportzertifikate mehr ausgestellt.

Betroffen sind auch Abnehmer in Deutschland. Rund 2.300 Tonnen Saatgut lagern laut AVN derzeit in Kühlhäusern; ein großer Teil war für Betriebe in Deutschland, Frankreich und der Ukraine bestimmt. Jede Partie muss nun einzeln untersucht werden.

Der Erreger, ein Bodenpilz, ist für Menschen ungefährlich, kann aber jahrzehntelang im Boden überdauern und macht die Knollen unverkäuflich. Auch im Lindtal setzen mehrere Betriebe auf Pflanzgut von der Insel.
""",
"04_fr.txt": """Galle verruqueuse : le Royaume-Uni bloque les plants de pomme de terre du Brantshire
Le Phare de Villemarne
1 décembre 2025

La galle verruqueuse, une maladie fongique de la pomme de terre, a été confirmée dans deux exploitations proches de Hollerby, dans le comté anglais de Brantshire. L'agence de presse britannique Ashvale Newswire, qui a pu consulter l'arrêté des services de protection des végétaux, en a donné lundi le détail : une zone de confinement de cinq kilomètres autour des parcelles touchées et la suspension des certificats d'exportation pour les plants de tout le comté.

Environ 2 300 tonnes de plants attendent dans les chambres froides, dont une partie destinée à des acheteurs français, allemands et ukrainiens. Toujours selon AVN, chaque lot devra être analysé avant de pouvoir quitter le comté.

Sans danger pour l'homme, la maladie déforme les tubercules et les rend invendables. Le champignon responsable peut survivre plusieurs décennies dans le sol.
""",
}, [("Ashvale Newswire", False)],
[("Ashvale Newswire", "00_en.txt"), ("Ashvale Newswire", "01_uk.txt"), ("Ashvale Newswire", "02_ru.txt"),
 ("Ashvale Newswire", "03_de.txt"), ("Ashvale Newswire", "04_fr.txt")],
[("Potato wart confirmed on two farms near Hollerby, Brantshire; a containment zone and a halt to seed-potato export certificates from the county", 1)])

# k02: in-corpus chain uk -> en -> ru, C credits only B. Own: "Ми приїхали до Озерянки в четвер о
# сьомій ранку" + a physicist "якій ми надіслали фотографії"; en "Homin Berestianky, a news site in
# the nearby town of Berestianka, sent a reporter to the village" + "told the site"; ru with no outlet
# line (title suffix "— Новая Слобода Online") "На находку обратил внимание англоязычный
# научно-популярный сайт Skyward Science News" + "на которую ссылается портал". The physicist and the
# greenhouse owner are not origins.
story("k02_chain_meteorite", "chain", {
"00_uk.txt": """Метеорит пробив дах теплиці в Озерянці
Гомін Берестянки
2025-12-04 10:30

Камінь завбільшки з кулак, який уночі з середи на четвер пробив полікарбонатний дах теплиці в селі Озерянка, найімовірніше, є метеоритом. Так вважає доцентка кафедри фізики Берестянського університету Лідія Гуменюк, якій ми надіслали фотографії знахідки.

Господиня теплиці Галина Вовк прокинулася близько третьої ночі від гуркоту. «Думала, що гілка впала, але ж вітру не було», — розповідає вона. Вранці жінка побачила в даху дірку, а між грядками з розсадою — темний оплавлений камінь.

Ми приїхали до Озерянки в четвер о сьомій ранку. Камінь важить 1,2 кілограма, зверху вкритий чорною кіркою, а на сколі видно сірі зерна з металевими блискітками. Пані Галина показала, як до нього притягується звичайний магніт з холодильника.

Лідія Гуменюк пояснює, що кірка плавлення і вміст заліза типові для кам'яних метеоритів-хондритів, але остаточну відповідь дасть лабораторний аналіз. Господиня погодилася передати камінь університету на дослідження.
""",
"01_en.txt": """Suspected meteorite crashes through greenhouse roof in Ukrainian village
Skyward Science News
December 4, 2025

A fist-sized stone that smashed through the roof of a greenhouse in western Ukraine overnight into Thursday is very probably a meteorite, a local physicist says.

Homin Berestianky, a news site in the nearby town of Berestianka, sent a reporter to the village of Ozerianka early on Thursday and published photographs of the 1.2-kilogram stone, which the owner, Halyna Vovk, found among her seedlings after being woken by a crash at around 3 a.m. The stone has a black, glassy crust and sticks to a fridge magnet.

Lidiia Humeniuk, an associate professor of physics at Berestianka University who examined the photos, told the site that the crust and the iron content are typical of chondrites, the most common kind of stony meteorite. Only laboratory tests can settle the question, she said.

Meteorites that hit buildings are rare: only a few dozen such falls are documented worldwide. Mrs Vovk has agreed to hand the stone over to the university for analysis.
""",
"02_ru.txt": """Метеорит упал в теплицу на западе Украины — Новая Слобода Online
04.12.2025 16:45

Камень весом 1,2 килограмма, пробивший в ночь на четверг крышу теплицы в украинском селе Озерянка, скорее всего, упал с неба. На находку обратил внимание англоязычный научно-популярный сайт Skyward Science News.

Хозяйку теплицы Галину Вовк около трёх часов ночи разбудил грохот. Утром она нашла в поликарбонатной крыше дыру, а между грядками — тёмный камень с оплавленной коркой, к которому липнет магнит. По словам физика из местного университета, на которую ссылается портал, такие признаки характерны для хондритов — самых распространённых каменных метеоритов.

Точный ответ даст лабораторный анализ: женщина согласилась отдать камень учёным. Падения метеоритов на постройки случаются крайне редко — во всём мире их известно лишь несколько десятков.
""",
}, [("Гомін Берестянки", True)],
[("Гомін Берестянки", "01_en.txt"), ("Skyward Science News", "02_ru.txt")],
[("A suspected 1.2 kg meteorite broke through a greenhouse roof in the village of Ozerianka overnight into Thursday", 1)])

# k03: outside German football podcast; native name / transliteration / translation:
# "Das kündigte der 29-jährige Ukrainer in der neuen Folge des Fußball-Podcasts «Abseitsfalle» an" +
# "sagte Horobez den beiden Gastgebern der Sendung"; "розповів в ефірі німецького футбольного подкасту
# «Абзайтсфалле»" + "цитуємо Горобця за записом подкасту"; translated "в свежем выпуске немецкого
# футбольного подкаста «Офсайдная ловушка»" + "признался Горобец ведущим подкаста"; "made the
# announcement on Abseitsfalle, a German football podcast". The player and the club are not origins.
story("k03_podcast_goalkeeper", "external", {
"00_de.txt": """Horobez kündigt Abschied vom FC Lindtal an
Brückstädter Nachrichten
2025-12-02 09:15

Torhüter Maksym Horobez wird den Zweitligisten FC Lindtal 08 im Sommer verlassen. Das kündigte der 29-jährige Ukrainer in der neuen Folge des Fußball-Podcasts «Abseitsfalle» an, die am Montagabend erschienen ist. „Ich habe dem Verein gesagt, dass ich meinen Vertrag nicht verlängere. Ich will noch einmal etwas Neues sehen", sagte Horobez den beiden Gastgebern der Sendung.

Gespräche mit anderen Klubs gebe es, einen Namen wollte er aber nicht nennen. Horobez war 2021 aus der Ukraine nach Lindtal gewechselt und hat seitdem 112 Pflichtspiele bestritten. In der laufenden Saison blieb er schon siebenmal ohne Gegentor, kaum ein Torhüter der Liga hat eine bessere Bilanz.

Sein Vertrag läuft am 30. Juni aus. Der FC Lindtal hat sich zu den Aussagen seines Torhüters bislang nicht geäußert.
""",
"01_uk.txt": """Максим Горобець улітку залишить німецький «Ліндталь»
Штрафний майданчик
02.12.2025 11:40

Український воротар Максим Горобець не продовжуватиме контракт із клубом другої німецької ліги «Ліндталь 08». Про своє рішення 29-річний голкіпер розповів в ефірі німецького футбольного подкасту «Абзайтсфалле», випуск якого вийшов у понеділок увечері.

«Я сказав клубу, що не продовжуватиму угоду. Хочу ще раз спробувати щось нове», — цитуємо Горобця за записом подкасту. Про інтерес інших клубів воротар сказав лише, що «розмови є», але назв не називав.

Контракт Горобця з «Ліндталем» діє до 30 червня. Вихованець берестянського «Колоса» переїхав до Німеччини 2021 року і провів за клуб 112 офіційних матчів. У нинішньому сезоні він уже сім разів відстояв «на нуль».
""",
"02_ru.txt": """Вратарь Горобец объявил об уходе из «Линдталя»
Северный перекрёсток
2025-12-02 13:05

Украинский голкипер Максим Горобец летом покинет немецкий клуб «Линдталь 08», выступающий во втором по силе дивизионе. Об этом 29-летний футболист сообщил в свежем выпуске немецкого футбольного подкаста «Офсайдная ловушка», вышедшем в понедельник вечером.

«Я сказал клубу, что не буду продлевать контракт. Хочу ещё раз попробовать что-то новое», — признался Горобец ведущим подкаста. По его словам, переговоры с другими командами идут, но их названия он раскрывать не стал.

Горобец перебрался в Германию в 2021 году и провёл за «Линдталь» 112 официальных матчей. Его контракт истекает 30 июня. В клубе заявление вратаря пока не комментируют.
""",
"03_en.txt": """Ukrainian keeper Horobets to leave FC Lindtal at end of season
Eastline Review
Tue, 02 Dec 2025 14:30:00 +0000

Maksym Horobets, the Ukrainian goalkeeper who has spent four and a half seasons at German second-tier side FC Lindtal 08, will leave the club when his contract expires in June.

The 29-year-old made the announcement on Abseitsfalle, a German football podcast, in an episode released on Monday evening. "I told the club I won't be extending. I want to try something new once more," he told the show's two hosts, adding that he was talking to other clubs but declining to name them.

Horobets joined Lindtal in 2021 and has made 112 competitive appearances. He has kept seven clean sheets this season, one of the best records in the division. The club has not commented.
""",
}, [("Abseitsfalle", False)],
[("Abseitsfalle", "00_de.txt"), ("Abseitsfalle", "01_uk.txt"), ("Abseitsfalle", "02_ru.txt"),
 ("Abseitsfalle", "03_en.txt")],
[("Goalkeeper Maksym Horobets will not renew his contract and will leave FC Lindtal 08 in the summer", 1)])

# k04: court, two independent own reports; en credits both (two edges); fr credits one. Own:
# "Вирок оголошували майже годину, і весь цей час у залі була журналістка «Новин Тихолісся»" +
# "сказав нашій журналістці"; "Копию приговора редакции передала мать одного из пострадавших детей" +
# "Из текста следует" + anonymous "Собеседник в областной прокуратуре, не уполномоченный общаться с
# прессой"; en "covered on Tuesday by two local outlets working separately: the news site Novyny
# Tykholissia, whose reporter was in the courtroom, and the Russian-language paper Vecherny Kalinobor,
# which obtained a copy"; fr "Une journaliste du site d'information local Novyny Tykholissia, présente
# à l'audience, a raconté" + "selon le site ukrainien". The court, the lawyer, a mother, the
# prosecutor's office and the company «Смачна перерва» are not origins.
story("k04_court_school_meals", "two_independent", {
"00_uk.txt": """Директора фірми, що годувала школярів зіпсованим м'ясом, засудили до чотирьох років
Новини Тихолісся
02.12.2025 17:30

Тихоліський районний суд у вівторок визнав директора ТОВ «Смачна перерва» Віктора Саврука винним у постачанні небезпечної продукції до шкільних їдалень і призначив йому чотири роки позбавлення волі. Ще на три роки йому заборонили займатися підприємництвом у сфері харчування.

Вирок оголошували майже годину, і весь цей час у залі була журналістка «Новин Тихолісся». Саврук вислухав рішення мовчки, не знімаючи куртки. Його адвокат Олег Ничипорук після засідання сказав нашій журналістці, що захист подаватиме апеляцію.

У березні 2024 року після обіду в трьох школах громади з отруєнням госпіталізували 37 дітей. Експертиза виявила в м'ясних котлетах, які постачала фірма Саврука, кишкову паличку. Слідство встановило, що м'ясо закуповували без ветеринарних документів.

На оголошенні вироку були кілька батьків постраждалих дітей. «Чотири роки — це мало, але хоч щось», — сказала мама третьокласника Наталія Гриценко.
""",
"01_ru.txt": """Поставщик школьных обедов получил четыре года заключения
Вечерний Калинобор
2025-12-02 19:10

Директор фирмы «Смачна перерва» Виктор Саврук приговорён Тихолесским районным судом к четырём годам лишения свободы за поставку опасной продукции в школьные столовые. Копию приговора редакции передала мать одного из пострадавших детей; документ занимает 46 страниц.

Из текста следует, что фирма закупала мясо у частных лиц без ветеринарных справок, а готовые котлеты хранила в неисправной холодильной камере. В марте 2024 года после обеда в трёх школах отравились 37 детей, одиннадцать из них — из Калинобора: их каждый день возили на учёбу в Тихолесье.

Собеседник в областной прокуратуре, не уполномоченный общаться с прессой, сказал, что обвинение просило пять лет и, скорее всего, тоже обжалует приговор. Кроме того, Савруку на три года запрещено заниматься бизнесом в сфере питания.
""",
"02_en.txt": """Ukrainian school-meals supplier jailed after 37 children poisoned
Eastline Review
2025-12-03 09:00

A court in the Ukrainian town of Tykholis has sentenced the director of a school catering firm to four years in prison after 37 children fell ill from contaminated lunches.

The verdict against Viktor Savruk, head of Smachna Pererva, was covered on Tuesday by two local outlets working separately: the news site Novyny Tykholissia, whose reporter was in the courtroom, and the Russian-language paper Vecherny Kalinobor, which obtained a copy of the 46-page judgment from a victim's mother.

According to the judgment, the firm bought meat from private sellers without veterinary papers and stored cutlets in a faulty cold room. Pupils at three schools were taken to hospital with E. coli infections in March 2024.

Savruk was also banned from running a food business for three years. His lawyer told Novyny Tykholissia the defence would appeal.
""",
"03_fr.txt": """Intoxication dans les cantines de Tykholis : le fournisseur condamné à quatre ans de prison
L'Éclaireur de Montfaucille
3 décembre 2025

Le tribunal de district de Tykholis, ville ukrainienne jumelée avec Montfaucille, a condamné mardi Viktor Savruk, directeur de la société de restauration scolaire Smachna Pererva, à quatre ans de prison ferme. Une journaliste du site d'information local Novyny Tykholissia, présente à l'audience, a raconté que le prévenu avait écouté la décision sans un mot.

En mars 2024, 37 enfants de trois écoles avaient été hospitalisés après avoir mangé des boulettes de viande contaminées par la bactérie E. coli. L'enquête avait établi que l'entreprise achetait sa viande sans certificat vétérinaire.

L'avocat du condamné a annoncé son intention de faire appel, selon le site ukrainien. Viktor Savruk a en outre interdiction d'exercer dans la restauration pendant trois ans.
""",
}, [("Новини Тихолісся", True), ("Вечерний Калинобор", True)],
[("Новини Тихолісся", "02_en.txt"), ("Вечерний Калинобор", "02_en.txt"),
 ("Новини Тихолісся", "03_fr.txt")],
[("Viktor Savruk, director of the school caterer Smachna Pererva, was sentenced to four years in prison over the poisoning of 37 children", 2)])

# k05: outside Instagram account + relay with own confirmation (a visit); ru credits only the uk
# paper's reporter; en credits the account under a transliterated name with a translation.
# uk "Фотографії звалища в неділю ввечері опублікувала в інстаграмі сторінка «Лісова варта», яку веде
# колишній лісничий" + "Автор «Лісової варти»" + own "Наш кореспондент у понеділок вранці доїхав до
# лісу"; ru "Корреспондент «Верболиского курьера» съездил на место и насчитал" (photos "в соцсетях",
# account not named); en "The photographs were posted on Sunday evening by Lisova Varta ("Forest
# Watch"), an Instagram account run by retired forester" + "Kravets wrote on the account". The
# supermarket chain Komora and the food safety inspectorate are not origins.
story("k05_instagram_food_dump", "relay_plus_own", {
"00_uk.txt": """У лісі під Верболісами викинули тонни простроченого дитячого харчування
Верболіський кур'єр
01.12.2025 12:15

Кілька тонн простроченого дитячого пюре, йогуртів і сирків хтось вивантажив у лісі за селом Верболіси. Фотографії звалища в неділю ввечері опублікувала в інстаграмі сторінка «Лісова варта», яку веде колишній лісничий Степан Кравець. На знімках — сотні пакетів і коробок з етикетками мережі супермаркетів «Комора».

Наш кореспондент у понеділок вранці доїхав до лісу за Верболісами: звалище тягнеться метрів на сорок уздовж лісової дороги, частина упаковок розірвана, поруч видно сліди вантажівки. На більшості баночок термін придатності минув у жовтні.

Автор «Лісової варти» пише, що за тридцять років роботи в цих лісах такого не бачив. У мережі «Комора» заявили, що прострочену продукцію передають на утилізацію підрядникові за договором, і пообіцяли з'ясувати, як вона опинилася в лісі. Обласна інспекція з безпечності харчових продуктів повідомила, що її працівники виїдуть на місце.
""",
"01_ru.txt": """Под Верболисами нашли свалку просроченного детского питания
Гранитный берег
2025-12-01 17:50

В лесу возле села Верболисы выброшены несколько тонн просроченного детского пюре, йогуртов и творожков с этикетками сети супермаркетов «Комора». Корреспондент «Верболиского курьера» съездил на место и насчитал вдоль лесной дороги около сорока метров завалов из пакетов и коробок; рядом видны следы грузовика.

Фотографии свалки ещё в воскресенье разошлись по соцсетям. У большинства баночек срок годности истёк в октябре.

В сети «Комора» утверждают, что отдают просроченные товары на утилизацию подрядчику по договору, и обещают разобраться, как продукция оказалась в лесу. Областная инспекция по безопасности пищевых продуктов собирается проверить место.
""",
"02_en.txt": """Tonnes of expired baby food dumped in Ukrainian forest
Eastline Review
Mon, 01 Dec 2025 16:20:00 +0000

Several tonnes of out-of-date baby food, yoghurts and cheese snacks have been dumped in a forest outside the village of Verbolisy in Ukraine.

The photographs were posted on Sunday evening by Lisova Varta ("Forest Watch"), an Instagram account run by retired forester Stepan Kravets that documents illegal dumping in the region. They show hundreds of packs and boxes bearing the labels of the Komora supermarket chain, many of them torn open along a forest track.

Komora said in a statement that it hands expired stock to a contractor for disposal and was trying to establish how the goods ended up in the woods. The regional food safety inspectorate said staff would visit the site.

Kravets wrote on the account that it was the biggest dump of food he had seen in thirty years of working in those forests.
""",
}, [("Лісова варта", False), ("Верболіський кур'єр", True)],
[("Лісова варта", "00_uk.txt"), ("Верболіський кур'єр", "01_ru.txt"), ("Лісова варта", "02_en.txt")],
[("Several tonnes of expired baby food with Komora supermarket labels were dumped in a forest near Verbolisy", 2)])

# k06: outside German trade journal, relayed 4x; one article credits the journal and an in-corpus
# portal (two edges). "Угоду описав у свіжому номері німецький галузевий журнал «Золарбау Фахблатт»"
# + "За даними журналу" + "у коментарі журналові"; "О сделке рассказал в декабрьском номере немецкий
# отраслевой журнал Solarbau Fachblatt, выходящий в Гердорфе"; en "The deal was first revealed in the
# December issue of Solarbau Fachblatt, a German trade magazine" + "Ukrainian news portal Rankova
# Likhtarnia reported on Friday that"; cleft "C'est la revue spécialisée allemande Solarbau Fachblatt
# qui a dévoilé le projet". The developer Helioflur, its spokesman and the military unit are not origins.
story("k06_trade_journal_solar_range", "external", {
"00_uk.txt": """На місці колишнього танкового полігону під Явірним збудують сонячну електростанцію
Ранкова Ліхтарня
05.12.2025 10:20

Колишній танковий полігон біля Явірного площею 420 гектарів передадуть в оренду на 25 років німецькій компанії Helioflur, яка збудує там сонячну електростанцію потужністю 180 мегаватів. Угоду описав у свіжому номері німецький галузевий журнал «Золарбау Фахблатт», присвячений сонячній енергетиці.

За даними журналу, перед будівництвом сапери мають перевірити всю територію: стрільби на полігоні тривали до 2019 року. Розмінування і підготовку ділянки інвестор профінансує сам, а орендну плату отримуватиме військова частина, на балансі якої залишається земля. Будівництво може початися у 2027 році.

Речник Helioflur Мартін Ойген у коментарі журналові назвав проєкт одним із найбільших для компанії за межами Німеччини. Жителі Явірного роками скаржилися на гуркіт стрільб; тепер селищна рада розраховує на податки і кілька десятків робочих місць.
""",
"01_ru.txt": """Бывший танковый полигон под Яворным отдадут под солнечную электростанцию
Северный перекрёсток
2025-12-05 12:00

Бывший танковый полигон возле Яворного площадью 420 гектаров сдадут на 25 лет в аренду немецкой компании Helioflur, которая построит там солнечную электростанцию мощностью 180 мегаватт. О сделке рассказал в декабрьском номере немецкий отраслевой журнал Solarbau Fachblatt, выходящий в Гердорфе.

Перед стройкой сапёры должны обследовать всю территорию: стрельбы на полигоне шли до 2019 года. Разминирование и подготовку участка инвестор оплатит сам, арендную плату будет получать воинская часть, за которой остаётся земля.

Строительство может начаться в 2027 году. Представитель Helioflur назвал проект одним из крупнейших для компании за пределами Германии.
""",
"02_en.txt": """German developer to build 180 MW solar park on former Ukrainian tank range
Kilowatt East
2025-12-05T15:45:00+01:00

German developer Helioflur plans to build a 180-megawatt solar park on a disused tank training range near the Ukrainian town of Yavirne, under a 25-year lease of the 420-hectare site.

The deal was first revealed in the December issue of Solarbau Fachblatt, a German trade magazine for the solar industry, which quoted company spokesman Martin Eugen calling it one of Helioflur's largest projects outside Germany. Ukrainian news portal Rankova Likhtarnia reported on Friday that the rent will go to the military unit that still holds the land and that construction could begin in 2027.

Live firing on the range ended in 2019, and the whole site will have to be cleared of unexploded ordnance first, at the developer's expense.

Conversions of former military land to energy use remain rare in Ukraine, where many ranges are still closed to civilians.
""",
"03_fr.txt": """Un ancien terrain de manœuvres de chars ukrainien va accueillir une centrale solaire
L'Éclaireur de Montfaucille
5 décembre 2025

C'est la revue spécialisée allemande Solarbau Fachblatt qui a dévoilé le projet dans son numéro de décembre : le développeur Helioflur va louer pour 25 ans un ancien terrain de manœuvres de chars de 420 hectares près de Yavirne, en Ukraine, pour y construire une centrale photovoltaïque de 180 mégawatts.

Le site, où les tirs ont cessé en 2019, devra d'abord être entièrement déminé, aux frais de l'investisseur. Le loyer sera versé à l'unité militaire qui reste propriétaire du terrain. Les travaux pourraient commencer en 2027.

Yavirne se trouve à une quarantaine de kilomètres de Tykholis, la ville jumelle de Montfaucille.
""",
}, [("Solarbau Fachblatt", False)],
[("Solarbau Fachblatt", "00_uk.txt"), ("Solarbau Fachblatt", "01_ru.txt"), ("Solarbau Fachblatt", "02_en.txt"),
 ("Ранкова Ліхтарня", "02_en.txt"), ("Solarbau Fachblatt", "03_fr.txt")],
[("The former tank range near Yavirne will be leased for 25 years to Helioflur for a 180 MW solar park", 1)])

# k07: outside British TV consumer programme, relayed 4x: "an investigation by the consumer programme
# Small Print has found" + "The programme, broadcast on Thursday night on Wexmoor TV"; headline
# "Британські журналісти: …" + "Таке випробування провели автори британської телепрограми про права
# споживачів «Смол Прінт»" + "на кадрах, показаних у програмі"; "Das zeigen Aufnahmen der britischen
# Verbrauchersendung «Small Print», die am Donnerstagabend ausgestrahlt wurde"; "Les images diffusées
# jeudi soir par l'émission de consommation britannique « Small Print » sont éloquentes" (no date
# line). The retailer Budgetto, the maker Vendra Home and a fire engineer are not origins.
story("k07_tv_programme_kettle", "external", {
"00_en.txt": """Budget kettle melted and caught fire in consumer tests
The Ferrimouth Post
Fri, 05 Dec 2025 08:10:00 +0000

A cordless kettle sold for £14.99 by discount chain Budgetto overheated and melted in three out of ten tests when left to boil dry, and one unit caught fire, an investigation by the consumer programme Small Print has found.

The programme, broadcast on Thursday night on Wexmoor TV, bought ten Vendra KT-20 kettles from Budgetto stores and switched them on empty. The boil-dry cut-out, meant to switch the kettle off within seconds, failed on three of them; one burst into flames after about four minutes, footage showed.

Budgetto, which also trades in Germany, France and Ukraine, told Small Print it had withdrawn the model from sale "as a precaution" and was working with the manufacturer, Vendra Home. Customers can return the kettle to any store for a full refund.

A fire safety engineer who watched the tests for the programme called the results alarming.
""",
"01_uk.txt": """Британські журналісти: чайник із мережі Budgetto може загорітися
Гарячий ранок
05.12.2025 13:30

Електрочайник Vendra KT-20, який продає мережа дискаунтерів Budgetto, зокрема й в Україні, у трьох випадках із десяти розплавився, коли його ввімкнули без води, а один загорівся. Таке випробування провели автори британської телепрограми про права споживачів «Смол Прінт»; сюжет вийшов у четвер увечері.

Журналісти купили десять чайників і вмикали їх порожніми. Захист від увімкнення без води мав би вимкнути прилад за кілька секунд, але на трьох чайниках не спрацював. Один із них приблизно через чотири хвилини спалахнув — це видно на кадрах, показаних у програмі.

Budgetto вже прибрала модель із продажу у Британії. Чи зроблять те саме в українських магазинах мережі, поки невідомо. Власникам таких чайників радять не залишати їх увімкненими без нагляду.
""",
"02_de.txt": """Wasserkocher von Budgetto fängt im Test Feuer
Brückstädter Nachrichten
5. Dezember 2025

Ein kabelloser Wasserkocher, den die Discountkette Budgetto auch in Deutschland verkauft, kann bei leerem Betrieb schmelzen und sogar in Brand geraten. Das zeigen Aufnahmen der britischen Verbrauchersendung «Small Print», die am Donnerstagabend ausgestrahlt wurde: Bei drei von zehn Geräten des Modells Vendra KT-20 griff der Trockengehschutz nicht, die Kocher schmolzen, einer fing nach etwa vier Minuten Feuer.

Budgetto hat das Modell in Großbritannien vorsorglich aus dem Verkauf genommen. Ob das auch für die deutschen Filialen gilt, blieb zunächst offen. Wer ein solches Gerät besitzt, sollte es nicht unbeaufsichtigt und niemals ohne Wasser einschalten.
""",
"03_fr.txt": """Une bouilloire vendue par Budgetto prend feu lors d'un test
Le Phare de Villemarne

Les images diffusées jeudi soir par l'émission de consommation britannique « Small Print » sont éloquentes : sur dix bouilloires Vendra KT-20 achetées dans les magasins Budgetto et mises en marche à vide, trois ont fondu et une s'est enflammée au bout de quatre minutes environ. Le dispositif censé couper l'appareil en l'absence d'eau n'a pas fonctionné.

L'enseigne de discount, présente aussi en France, a retiré le modèle de la vente au Royaume-Uni « par précaution ». Elle n'a pas précisé si ses magasins français étaient concernés. Les clients peuvent rapporter la bouilloire pour être remboursés.
""",
}, [("Small Print", False)],
[("Small Print", "00_en.txt"), ("Small Print", "01_uk.txt"), ("Small Print", "02_de.txt"),
 ("Small Print", "03_fr.txt")],
[("Vendra KT-20 kettles sold by Budgetto melted in three of ten boil-dry tests and one caught fire", 1)])

# k08: look-alike A (school bus into a ditch on ice near Hlynyshche, Monday 8 December, 19 pupils,
# three in hospital). Own: "Коли наш фотокор приїхав на місце близько дев'ятої" + "сказав нам
# мешканець"; en "Pictures from the scene published by the local news site Homin Berestianky showed" +
# "told the site"; ru with neither outlet nor date line (title suffix "| Новая Слобода Online")
# "Фотографии перевернувшегося жёлтого автобуса опубликовал берестянский сайт «Гомин Берестянки»" +
# "рассказал изданию". Police, rescuers, a villager and the driver are not origins.
story("k08_lookalike_bus_ditch", "in_corpus", {
"00_uk.txt": """Під Глинищем шкільний автобус з'їхав у кювет, троє дітей у лікарні
Гомін Берестянки
08.12.2025 10:40

У понеділок близько 7:50 на ожеледиці між селами Глинище та Озерянка шкільний автобус з'їхав у кювет і перекинувся на бік. В автобусі їхали 19 учнів Глинищенського ліцею. Трьох дітей із забоями та саднами доставили до Берестянської лікарні, їхньому життю ніщо не загрожує.

Коли наш фотокор приїхав на місце близько дев'ятої, жовтий автобус ще лежав у кюветі, а рятувальники готували техніку, щоб його підняти. Решту дітей батьки вже забрали додому. Водія, 61-річного Петра Гнатюка, перевірили на алкоголь — результат негативний.

«Дорогу зранку ніхто не посипав, там скло, а не асфальт», — сказав нам мешканець Глинища Іван Бойко, який допомагав витягати дітей через аварійний люк.

Поліція відкрила кримінальне провадження за статтею про порушення правил безпеки дорожнього руху. У вівторок заняття в ліцеї проведуть дистанційно.
""",
"01_en.txt": """Three children hurt as school bus overturns on icy road in Ukraine
Eastline Review
2025-12-08 14:05

A school bus carrying 19 pupils slid off an icy road and overturned into a ditch in western Ukraine on Monday morning, leaving three children in hospital with minor injuries.

Pictures from the scene published by the local news site Homin Berestianky showed the yellow bus on its side between the villages of Hlynyshche and Ozerianka, where it crashed at about 7.50 a.m. The driver, 61, tested negative for alcohol, the site reported.

A villager who helped pull children out through the emergency hatch told the site that the road had not been gritted. Police have opened a criminal case over breaches of road safety rules, and lessons at the pupils' school will be held online on Tuesday.
""",
"02_ru.txt": """Школьный автобус перевернулся на обледенелой дороге под Берестянкой | Новая Слобода Online

В понедельник утром на гололёде между сёлами Глинище и Озерянка школьный автобус с 19 учениками съехал в кювет и перевернулся. Трое детей с ушибами и ссадинами попали в больницу в Берестянке, их жизни ничего не угрожает.

Фотографии перевернувшегося жёлтого автобуса опубликовал берестянский сайт «Гомин Берестянки». Местный житель, помогавший вытаскивать детей через аварийный люк, рассказал изданию, что дорогу утром никто не посыпал.

Водитель автобуса, 61-летний Пётр Гнатюк, был трезв. Полиция возбудила уголовное производство о нарушении правил безопасности дорожного движения. Остальных детей родители забрали домой, а во вторник ученики Глинищенского лицея будут заниматься дистанционно.
""",
}, [("Гомін Берестянки", True)],
[("Гомін Берестянки", "01_en.txt"), ("Гомін Берестянки", "02_ru.txt")],
[("A school bus with 19 pupils overturned into a ditch on ice near Hlynyshche on Monday; three children in hospital", 1)])

# k09: look-alike B (school bus and tractor collide in fog near Oberau, Rabenfels, Wednesday 10
# December, 23 pupils, four lightly hurt). Own: "Als unsere Redaktion gegen halb neun an der Kreuzung
# eintraf" + "Ortsvorsteherin Helga Brandner, die wir an der Unfallstelle trafen"; uk "Про аварію
# розповідає місцева газета «Рабенфельзер Тагеблатт», журналісти якої побували на перехресті" + "як
# уточнює газета" (ends recalling k08); en "The town's daily, the Rabenfelser Tageblatt, said" +
# "according to the Tageblatt, whose reporters found". Police, a local council head and a twinning
# association are not origins.
story("k09_lookalike_bus_tractor", "in_corpus", {
"00_de.txt": """Schulbus stößt mit Traktor zusammen – vier Kinder leicht verletzt
Rabenfelser Tageblatt
10.12.2025 11:20

Auf der Kreuzung der Kreisstraße 14 mit dem Mühlweg bei Oberau ist am Mittwochmorgen gegen 7.20 Uhr ein Schulbus mit einem Traktor zusammengestoßen. Im Bus saßen 23 Schülerinnen und Schüler der Gesamtschule Rabenfels. Vier Kinder wurden leicht verletzt und vom Rettungsdienst ins Kreiskrankenhaus gebracht, der 57-jährige Traktorfahrer erlitt eine Platzwunde am Kopf.

Als unsere Redaktion gegen halb neun an der Kreuzung eintraf, war die Front des Busses eingedrückt, auf der Fahrbahn lagen Glassplitter und Zuckerrüben vom Anhänger. Die übrigen Kinder wurden mit einem Ersatzbus zur Schule gebracht.

Nach Angaben der Polizei hat der Traktorfahrer den vorfahrtsberechtigten Bus im dichten Nebel offenbar übersehen. Die Kreuzung gilt seit Jahren als Unfallschwerpunkt; der Ortsbeirat Oberau fordert dort eine Ampel. „Wir haben schon dreimal an den Kreis geschrieben", klagte Ortsvorsteherin Helga Brandner, die wir an der Unfallstelle trafen.
""",
"01_uk.txt": """У Німеччині шкільний автобус зіткнувся з трактором, серед пасажирів були українські діти
Гарячий ранок
10.12.2025 15:00

У німецькому Рабенфельзі в середу вранці шкільний автобус, у якому їхали 23 учні, зіткнувся з трактором на перехресті біля села Оберау. Четверо дітей дістали легкі травми, 57-річного тракториста госпіталізували з розсіченою головою.

Про аварію розповідає місцева газета «Рабенфельзер Тагеблатт», журналісти якої побували на перехресті: передня частина автобуса зім'ята, дорога всипана склом і цукровими буряками з причепа. За даними видання, тракторист у густому тумані не помітив автобус, який мав перевагу в русі. Серед пасажирів, як уточнює газета, були й двоє українських школярів; вони не постраждали.

Це вже друга аварія шкільного автобуса за тиждень, про яку ми пишемо: у понеділок на Берестянщині на ожеледиці перекинувся автобус із 19 дітьми.
""",
"02_en.txt": """Four pupils hurt as school bus and tractor collide near Kilnsey's twin town
The Kilnsey Gazette
December 10, 2025

Four children suffered minor injuries when a school bus collided with a tractor in thick fog at a crossroads near Oberau, outside Kilnsey's German twin town of Rabenfels, on Wednesday morning.

The town's daily, the Rabenfelser Tageblatt, said 23 pupils were on board. The 57-year-old tractor driver was taken to hospital with a head wound. Police believe he failed to see the bus, which had right of way.

Residents of Oberau have campaigned for traffic lights at the junction for years, according to the Tageblatt, whose reporters found the road strewn with glass and sugar beet from the tractor's trailer.

The Kilnsey-Rabenfels Twinning Association said it had sent its best wishes to the families.
""",
}, [("Rabenfelser Tageblatt", True)],
[("Rabenfelser Tageblatt", "01_uk.txt"), ("Rabenfelser Tageblatt", "02_en.txt")],
[("A school bus with 23 pupils collided with a tractor in fog near Oberau on Wednesday; four children lightly hurt", 1)])

# k10: interview held by an in-corpus paper + uncredited close translation (no date line) + relay +
# chain to a German relay that credits only the English portal. Own: "сказала в пятницу в разговоре
# с «Вечерним Калинобором», который длился почти час в её кабинете" + "сказала Олийнык нашей газете";
# uk close translation without any credit (edge from the ru paper); en "made the comments in a long
# conversation with Vecherny Kalinobor, the city's Russian-language evening paper" + "she told the
# paper"; de "in einem Interview mit einer örtlichen Zeitung … Darauf weist das englischsprachige
# Osteuropa-Portal Eastline Review hin" (edge from Eastline Review). The mayor, the army and the
# city council are not origins.
story("k10_interview_barracks", "translation", {
"00_ru.txt": """Мэр Калинобора: военные до весны передадут городу казармы на Садовой
Вечерний Калинобор
2025-12-05 18:00

Армия до конца марта передаст городу бывшие казармы полка связи на улице Садовой, которые пустуют с 2012 года. Об этом городской голова Светлана Олийнык сказала в пятницу в разговоре с «Вечерним Калинобором», который длился почти час в её кабинете.

«Все подписи собраны, осталась техническая передача документов. В марте ключи будут у нас», — сказала Олийнык нашей газете. По её словам, в двух корпусах разместится профессиональный колледж, а ещё в трёх после ремонта появятся 120 социальных квартир для ветеранов и переселенцев.

Ремонт мэрия оценивает в 90 миллионов гривен; часть денег город рассчитывает получить по программе восстановления. Передать казармы городской совет просил ещё в 2019 году.

Первыми на территорию войдут специалисты по обследованию зданий: крыши двух корпусов частично обрушились.
""",
"01_uk.txt": """Міська голова Калинобора: військові до весни передадуть місту казарми на Садовій
Новини Тихолісся

Армія до кінця березня передасть місту колишні казарми полку зв'язку на вулиці Садовій, які пустують із 2012 року. Про це в п'ятницю заявила міська голова Калинобора Світлана Олійник.

«Усі підписи зібрано, залишилася технічна передача документів. У березні ключі будуть у нас», — сказала Олійник. За її словами, у двох корпусах розмістять професійний коледж, а ще в трьох після ремонту з'являться 120 соціальних квартир для ветеранів і переселенців.

Ремонт мерія оцінює в 90 мільйонів гривень; частину коштів місто розраховує отримати за програмою відновлення. Передати казарми міська рада просила ще у 2019 році.

Першими на територію зайдуть фахівці з обстеження будівель: дахи двох корпусів частково обвалилися.
""",
"02_en.txt": """Army to hand former barracks to Ukrainian city by March, mayor says
Eastline Review
2025-12-06 10:30

The Ukrainian army will hand over a disused communications regiment barracks on Sadova Street in Kalynobir to the city by the end of March, the mayor has said.

Svitlana Oliinyk made the comments in a long conversation with Vecherny Kalinobor, the city's Russian-language evening paper, published on Friday. "All the signatures are in place; what's left is the technical handover of documents. In March the keys will be ours," she told the paper.

Two of the five buildings, empty since 2012, will house a vocational college, and the other three will be converted into 120 social flats for veterans and displaced people. The city puts the cost of repairs at 90 million hryvnias and hopes to cover part of it from a reconstruction programme.

City councillors first asked for the transfer in 2019.
""",
"03_de.txt": """Partnerstadt Kalynobir bekommt alte Kaserne
Lindtaler Anzeiger
6. Dezember 2025

Die ukrainische Armee will Lindtals Partnerstadt Kalynobir bis Ende März eine seit 2012 leerstehende Kaserne an der Sadowa-Straße überlassen. Bürgermeisterin Switlana Olijnyk sprach in einem Interview mit einer örtlichen Zeitung von einer reinen Formsache: Alle Unterschriften lägen vor, im März werde die Stadt die Schlüssel bekommen. Darauf weist das englischsprachige Osteuropa-Portal Eastline Review hin.

Geplant sind den Angaben zufolge eine Berufsfachschule und 120 Sozialwohnungen für Kriegsveteranen und Binnenvertriebene. Die Sanierung der fünf Gebäude soll umgerechnet rund zwei Millionen Euro kosten.

Der Lindtaler Partnerschaftsverein hatte schon im Sommer angeboten, bei der Einrichtung einer Schule in Kalynobir zu helfen.
""",
}, [("Вечерний Калинобор", True)],
[("Вечерний Калинобор", "01_uk.txt"), ("Вечерний Калинобор", "02_en.txt"), ("Eastline Review", "03_de.txt")],
[("The army will hand the former communications regiment barracks on Sadova Street to Kalynobir by the end of March", 1)])


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
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": names, "independent_sources": k} for t, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 11 (invented); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
