#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand45 set (invented events)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims, outlet_of):
    S.append((id, scenario, arts, origins, relays, claims, outlet_of))

# s01: outside medium BBC relayed 5x. en "in a report published on the BBC's website" + a
# "(Photo: Reuters)" caption (NOT a credit); uk "За матеріалами BBC." at the end; ru "сообщила
# Русская служба Би-би-си"; fr "C'est une information de la BBC"; de (no date line) "berichtet die
# BBC auf ihrer Internetseite".
story("s01_agency_lost_opera", "agency", {
"00_en.txt": """Lost opera by 19th-century Ukrainian composer found in Chernivtsi archive
The Meridian Courier
2028-03-14T10:40:00+00:00

The complete orchestral score of an opera that music historians had given up for lost has turned up in a box of uncatalogued parish papers in the regional archive of Chernivtsi, in western Ukraine, according to a report published on the BBC's website on Monday.

The opera, "Dnistrovi Vesny" ("Dniester Springs"), was written in the 1880s by the composer Ivan Zaruba-Levytsky (1841-1893) and performed only twice in his lifetime. Until now only the libretto and a piano sketch of the overture were known to survive.

The 412-page manuscript was found by the archivist Halyna Moroz while she was sorting documents from a village church near Khotyn. "I saw the composer's signature on the first page and had to sit down," Moroz told the BBC.

The reading room of the Chernivtsi regional archive. (Photo: Reuters)

The Chernivtsi Philharmonic plans a concert performance of the opera in spring 2029, once the score has been digitised and the orchestral parts copied out.
""",
"01_uk.txt": """У Чернівецькому архіві знайшли втрачену оперу Івана Заруби-Левицького
Suspilne
14.03.2028 12:15

Повну партитуру опери «Дністрові весни» композитора Івана Заруби-Левицького (1841–1893), яку музикознавці вважали втраченою, виявили в Державному архіві Чернівецької області. Рукопис лежав у коробці з неописаними паперами парафіяльної церкви з-під Хотина.

Опера була написана у 1880-х роках і за життя автора прозвучала лише двічі. Досі були відомі тільки лібрето та фортепіанний ескіз увертюри.

Партитуру на 412 сторінок знайшла архівістка Галина Мороз. «Я побачила підпис композитора на першій сторінці — і мусила сісти», — розповіла вона.

Чернівецька філармонія планує концертне виконання опери навесні 2029 року, щойно партитуру оцифрують і розпишуть партії для оркестру.

За матеріалами BBC.
""",
"02_ru.txt": """В архиве Черновцов нашли партитуру утерянной оперы XIX века
Вечерний Причал
14.03.2028 13:50

Полная партитура оперы «Днестровские вёсны» украинского композитора Ивана Зарубы-Левицкого, которая считалась утерянной, обнаружена в областном архиве Черновцов. Об этом сообщила Русская служба Би-би-си.

Рукопись объёмом 412 страниц лежала в коробке с неразобранными бумагами сельской церкви из-под Хотина. Её нашла архивистка Галина Мороз. «Я увидела подпись композитора на первой странице и была вынуждена сесть», — цитирует её Би-би-си.

Опера была написана в 1880-х годах и при жизни автора исполнялась всего дважды.
""",
"03_fr.txt": """Ukraine : la partition d'un opéra perdu retrouvée dans une archive de Tchernivtsi
La Gazette du Lac
14 mars 2028

C'est une information de la BBC : la partition complète de « Dnistrovi Vesny », un opéra du compositeur ukrainien Ivan Zarouba-Levytsky (1841-1893) que l'on croyait perdu, a été retrouvée dans les archives régionales de Tchernivtsi, dans l'ouest de l'Ukraine.

Le manuscrit de 412 pages dormait dans un carton de papiers non inventoriés provenant d'une église de village. C'est l'archiviste Halyna Moroz qui l'a découvert. « J'ai vu la signature du compositeur sur la première page et j'ai dû m'asseoir », a-t-elle confié à la chaîne britannique.

La Philharmonie de Tchernivtsi prévoit une version de concert de l'opéra au printemps 2029.
""",
"04_de.txt": """Verschollene Oper in ukrainischem Archiv entdeckt
Rheintaler Bote

Im Gebietsarchiv der westukrainischen Stadt Czernowitz ist die vollständige Partitur einer seit über hundert Jahren verschollenen Oper aufgetaucht. Das berichtet die BBC auf ihrer Internetseite.

Es handelt sich um „Dnistrowi Wesny" („Frühling am Dnister") des Komponisten Iwan Saruba-Lewyzkyj (1841–1893). Die 412 Seiten lagen in einem Karton mit unverzeichneten Unterlagen einer Dorfkirche. Gefunden hat sie die Archivarin Halyna Moros, die der BBC sagte, sie habe sich beim Anblick der Unterschrift des Komponisten erst einmal setzen müssen.

Die Oper wurde zu Lebzeiten des Komponisten nur zweimal aufgeführt.
""",
}, [
    {"name": "BBC", "in_corpus": False},
], [
    {"origin": "BBC", "article": "00_en.txt"},
    {"origin": "BBC", "article": "01_uk.txt"},
    {"origin": "BBC", "article": "02_ru.txt"},
    {"origin": "BBC", "article": "03_fr.txt"},
    {"origin": "BBC", "article": "04_de.txt"},
], [
    {"text": "The full score of a lost opera by the 19th-century composer Ivan Zaruba-Levytsky was found in the Chernivtsi regional archive.",
     "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt", "04_de.txt"], "independent_sources": 1},
    {"text": "The Chernivtsi Philharmonic plans a concert performance of the opera in spring 2029.",
     "articles": ["00_en.txt", "01_uk.txt", "03_fr.txt"], "independent_sources": 1},
], {"00_en.txt": "The Meridian Courier", "01_uk.txt": "Suspilne", "02_ru.txt": "Вечерний Причал",
    "03_fr.txt": "La Gazette du Lac", "04_de.txt": "Rheintaler Bote"})

# s02: chain of three. Ukrinform own (told Ukrinform's correspondent at the camp) -> ru
# Спортивный Полдень "как первым сообщил Укринформ" -> en The Net Cord "Sportivny Polden was first
# to report" + "h/t Sportivny Polden" (edge from Спортивный Полдень, not from Ukrinform).
story("s02_chain_biathlete_retires", "chain", {
"00_uk.txt": """Біатлоністка Марта Горобець завершує кар'єру і стане тренеркою юніорської збірної
Ukrinform
2028-03-20 09:10

Українська біатлоністка Марта Горобець завершить спортивну кар'єру після фіналу Кубка світу, а з травня очолить тренерський штаб юніорської жіночої збірної. Про це 27-річна спортсменка розповіла кореспондентові Укрінформу на тренувальному зборі у Ворохті.

«Я довго вагалася, але спина більше не дає тренуватися так, як потрібно. Хочу, щоб молоді дівчата мали те, чого не мала я, — тренера, який сам пройшов увесь шлях», — сказала Горобець.

Як дізнався Укрінформ, контракт із федерацією розраховано на чотири роки, до Олімпійських ігор 2032 року. Офіційне оголошення федерація планує зробити наступного тижня.

Горобець — срібна призерка чемпіонату світу 2025 року в естафеті.
""",
"01_ru.txt": """Марта Горобец уходит из биатлона и станет тренером юниорок
Спортивный Полдень
Mon, 20 Mar 2028 13:25:00 +0000

Украинская биатлонистка Марта Горобец завершит карьеру после финального этапа Кубка мира и с мая возглавит тренерский штаб юниорской женской сборной, как первым сообщил Укринформ.

«Спина больше не даёт тренироваться так, как нужно», — рассказала 27-летняя спортсменка агентству на сборе в Ворохте. По её словам, она хочет, чтобы у молодых спортсменок был тренер, «который сам прошёл весь путь».

Контракт с федерацией рассчитан на четыре года. Горобец — серебряный призёр чемпионата мира 2025 года в эстафете.
""",
"02_en.txt": """Ukraine's Marta Horobets to retire, will coach the junior team
The Net Cord
2028-03-21T07:00:00+00:00

Relay world championship silver medallist Marta Horobets will call time on her biathlon career after the World Cup final and take over Ukraine's junior women's team in May.

The Russian-language sports site Sportivny Polden was first to report the news outside Ukraine. The 27-year-old cited persistent back trouble and said she wanted young athletes to have "a coach who has been all the way herself".

Her contract runs for four years, through the 2032 Olympics.

h/t Sportivny Polden
""",
}, [
    {"name": "Ukrinform", "in_corpus": True},
], [
    {"origin": "Ukrinform", "article": "01_ru.txt"},
    {"origin": "Спортивный Полдень", "article": "02_en.txt"},
], [
    {"text": "Biathlete Marta Horobets will retire after the World Cup final.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
    {"text": "Horobets will head the coaching staff of Ukraine's junior women's team from May on a four-year contract.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
], {"00_uk.txt": "Ukrinform", "01_ru.txt": "Спортивный Полдень", "02_en.txt": "The Net Cord"})

# s03: two independent own reports on one meteorite. Der Spiegel (mineralogist told DER SPIEGEL)
# and Suspilne (farmer told Suspilne's correspondent). en credits both: "Der Spiegel first broke
# the news" + "(Writing by Mark Ellery in London, with reporting by Suspilne)"; fr Le Monde "comme
# l'a révélé l'hebdomadaire allemand Der Spiegel".
story("s03_independent_meteorite", "independent", {
"00_de.txt": """Seltener Meteorit in der Ukraine gefunden
Der Spiegel
21. März 2028

Auf einem Acker in der Nordukraine ist ein 4,2 Kilogramm schweres Meteoritenbruchstück gefunden worden, das zu einer äußerst seltenen Klasse gehört. Nach Analysen an der Universität Münster handelt es sich um einen Pallasiten – ein Gemisch aus Eisen-Nickel-Metall und grünen Olivinkristallen, das vermutlich aus der Grenzschicht zwischen Kern und Mantel eines zerbrochenen Asteroiden stammt.

„Weltweit sind nur rund 60 Pallasiten bekannt, ein so frischer Fund ist ein Glücksfall", sagte die Mineralogin Katrin Wellenhoff, die eine Probe untersucht hat, dem SPIEGEL. Der Stein wurde nahe dem Dorf Selenyj Haj im Gebiet Schytomyr entdeckt.

Das Bruchstück soll im Naturkundemuseum in Schytomyr ausgestellt werden.
""",
"01_uk.txt": """На Житомирщині фермер виорав рідкісний метеорит
Suspilne
21.03.2028 14:30

Фермер із села Зелений Гай на Житомирщині Василь Пилипчук знайшов у своєму полі уламок метеорита вагою 4,2 кілограма. Він натрапив на нього під час оранки, розповів чоловік кореспондентці Суспільного.

«Плуг зачепив щось важке, я думав — шматок старого трактора. А він блищить зеленим», — сказав Пилипчук.

Уламок виявився паласитом — рідкісним залізо-кам'яним метеоритом. Це підтвердила лабораторія в Німеччині, куди надіслали зразок, повідомили в Житомирському краєзнавчому музеї. Там метеорит планують виставити вже влітку.
""",
"02_en.txt": """Ukrainian farmer ploughs up rare pallasite meteorite
The Halden Review
Wed, 22 Mar 2028 08:00:00 +0000

A 4.2-kilogram fragment of a meteorite found in a field near the village of Zelenyi Hai in Ukraine's Zhytomyr region belongs to the rare pallasite class, a mixture of iron-nickel metal and green olivine crystals.

Der Spiegel first broke the news, quoting a German mineralogist who examined a sample. Farmer Vasyl Pylypchuk said he hit the stone with his plough and at first took it for "a piece of an old tractor".

Only about 60 pallasites are known worldwide.

(Writing by Mark Ellery in London, with reporting by Suspilne)
""",
"03_fr.txt": """Une météorite rarissime découverte dans un champ ukrainien
Le Monde
22 mars 2028

Un fragment de météorite de 4,2 kilogrammes découvert près du village de Zelenyi Haï, dans la région de Jytomyr, appartient à la classe très rare des pallasites, comme l'a révélé l'hebdomadaire allemand Der Spiegel.

Un échantillon a été analysé à l'université de Münster. Seules une soixantaine de pallasites sont connues dans le monde. La pierre doit être exposée au musée de Jytomyr.
""",
}, [
    {"name": "Der Spiegel", "in_corpus": True},
    {"name": "Suspilne", "in_corpus": True},
], [
    {"origin": "Der Spiegel", "article": "02_en.txt"},
    {"origin": "Suspilne", "article": "02_en.txt"},
    {"origin": "Der Spiegel", "article": "03_fr.txt"},
], [
    {"text": "A 4.2-kilogram meteorite fragment found near Zelenyi Hai in the Zhytomyr region is a rare pallasite.",
     "articles": ["00_de.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
    {"text": "Farmer Vasyl Pylypchuk found the meteorite with his plough.",
     "articles": ["01_uk.txt", "02_en.txt"], "independent_sources": 2},
    {"text": "A sample of the meteorite was analysed at the University of Münster.",
     "articles": ["00_de.txt", "03_fr.txt"], "independent_sources": 1},
], {"00_de.txt": "Der Spiegel", "01_uk.txt": "Suspilne", "02_en.txt": "The Halden Review", "03_fr.txt": "Le Monde"})

# s04: Reuters exclusive (anonymous people familiar with the matter = Reuters) relayed by pl
# "jak jako pierwszy podał Reuters", ru "По материалам Reuters." at the end, de "wie Reuters zuerst
# berichtete"; en The Morning Ledger has its own quote (told the Ledger) and "Additional reporting
# by Reuters" -> an edge from Reuters AND its own origin.
story("s04_scoop_bakery_takeover", "scoop", {
"00_en.txt": """EXCLUSIVE-Poland's Zloty Klos in talks to buy German bakery chain Backhaus Lindner - sources
Reuters
2028-04-03T07:45:00+00:00

WARSAW, April 3 (Reuters) - Polish bakery chain Zloty Klos is in advanced talks to buy German rival Backhaus Lindner in a deal that would value the Leipzig-based company at about 140 million euros, three people familiar with the matter said.

A deal could be announced before the end of May, said the people, who asked not to be named because the talks are confidential. Zloty Klos, which runs 620 shops in Poland and the Czech Republic, would gain Backhaus Lindner's 210 outlets in Saxony and Thuringia.

Zloty Klos declined to comment. Backhaus Lindner did not respond to a request for comment.

(Reporting by Anna Wierzbicka; Editing by Tom Harrow)
""",
"01_pl.txt": """Złoty Kłos chce kupić niemiecką sieć piekarni
Rzeczpospolita
03.04.2028 10:20

Sieć piekarni Złoty Kłos prowadzi zaawansowane rozmowy o przejęciu niemieckiego konkurenta Backhaus Lindner z Lipska, jak jako pierwszy podał Reuters. Transakcja wyceniałaby niemiecką spółkę na ok. 140 mln euro.

Według informatorów agencji porozumienie mogłoby zostać ogłoszone do końca maja. Złoty Kłos ma 620 sklepów w Polsce i Czechach, Backhaus Lindner – 210 punktów w Saksonii i Turyngii. Spółka nie skomentowała doniesień.
""",
"02_ru.txt": """Польская сеть пекарен «Злоты Клос» может купить немецкого конкурента
Деловой Берег
2028-04-03 13:00

Польская сеть пекарен Złoty Kłos ведёт переговоры о покупке немецкой сети Backhaus Lindner из Лейпцига. Сделка может оценить немецкую компанию примерно в 140 млн евро, объявить о ней могут до конца мая.

У Złoty Kłos 620 магазинов в Польше и Чехии, у Backhaus Lindner — 210 точек в Саксонии и Тюрингии. В компаниях ситуацию не прокомментировали.

По материалам Reuters.
""",
"03_de.txt": """Polnische Bäckereikette will Backhaus Lindner übernehmen
Lindenauer Wirtschaftsblatt
3. April 2028

Die Leipziger Bäckereikette Backhaus Lindner steht offenbar vor der Übernahme durch den polnischen Konkurrenten Złoty Kłos. Wie Reuters zuerst berichtete, verhandeln beide Seiten bereits weit fortgeschritten; der Kaufpreis könnte bei rund 140 Millionen Euro liegen.

Backhaus Lindner betreibt 210 Filialen in Sachsen und Thüringen. Eine Stellungnahme des Unternehmens war bis Redaktionsschluss nicht zu erhalten.
""",
"04_en.txt": """Backhaus Lindner staff fear closures as Polish buyer circles
The Morning Ledger
Mon, 03 Apr 2028 16:10:00 +0000

Staff at the German bakery chain Backhaus Lindner are worried about shop closures after it emerged that the Polish chain Zloty Klos is in talks to buy the company.

"Nobody has told us anything. We read about our own future in the news," Heike Brandner, head of Backhaus Lindner's works council, told the Ledger on Monday. She said many of the chain's smaller shops in Thuringian villages were losing money.

Zloty Klos operates 620 shops in Poland and the Czech Republic.

Additional reporting by Reuters
""",
}, [
    {"name": "Reuters", "in_corpus": True},
    {"name": "The Morning Ledger", "in_corpus": True},
], [
    {"origin": "Reuters", "article": "01_pl.txt"},
    {"origin": "Reuters", "article": "02_ru.txt"},
    {"origin": "Reuters", "article": "03_de.txt"},
    {"origin": "Reuters", "article": "04_en.txt"},
], [
    {"text": "The Polish bakery chain Zloty Klos is in talks to buy the German bakery chain Backhaus Lindner.",
     "articles": ["00_en.txt", "01_pl.txt", "02_ru.txt", "03_de.txt", "04_en.txt"], "independent_sources": 2},
    {"text": "The deal would value Backhaus Lindner at about 140 million euros.",
     "articles": ["00_en.txt", "01_pl.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
], {"00_en.txt": "Reuters", "01_pl.txt": "Rzeczpospolita", "02_ru.txt": "Деловой Берег",
    "03_de.txt": "Lindenauer Wirtschaftsblatt", "04_en.txt": "The Morning Ledger"})

# s05: two outside agencies. de "Quelle: dpa" at the end; pl "Źródło: PAP" at the end; en (no outlet
# line) "The story was broken by Poland's PAP news agency" + "figures via dpa".
story("s05_independent_hailstorm", "independent", {
"00_de.txt": """Hagelunwetter über Görlitz: Feuerwehr im Dauereinsatz
Oberlausitzer Tageblatt
2028-06-12 18:40

Ein schweres Hagelunwetter ist am Montagnachmittag über Görlitz hinweggezogen. Hagelkörner mit bis zu fünf Zentimetern Durchmesser zerschlugen Dachziegel, Autoscheiben und Gewächshäuser. Auch die polnische Nachbarstadt Zgorzelec auf der anderen Neißeseite war betroffen.

Die Görlitzer Feuerwehr rückte nach Angaben eines Sprechers zu rund 180 Einsätzen aus. Verletzt wurde nach ersten Erkenntnissen niemand. Der Straßenbahnverkehr war für zwei Stunden unterbrochen.

Quelle: dpa
""",
"01_pl.txt": """Grad wielkości jaj nad Zgorzelcem. Uszkodzonych 300 dachów
Kurier Nadnyski
12.06.2028 19:05

Gwałtowna burza z gradem przeszła w poniedziałek po południu nad Zgorzelcem i niemieckim Görlitz. Bryły lodu miały do 5 cm średnicy.

Jak przekazał burmistrz Zgorzelca, uszkodzonych zostało około 300 dachów, a strażacy usuwali połamane drzewa z kilkunastu ulic. Nikt nie został ranny.

Źródło: PAP
""",
"02_en.txt": """Hailstones the size of eggs batter twin towns on German-Polish border
2028-06-13T06:30:00+00:00

Hailstones up to five centimetres across smashed roof tiles and car windscreens in the border towns of Zgorzelec and Görlitz on Monday afternoon.

The story was broken by Poland's PAP news agency, which quoted the mayor of Zgorzelec as saying about 300 roofs had been damaged. On the German bank of the Neisse, tram services in Görlitz were halted for two hours (via dpa).

No injuries were reported on either side of the river.
""",
}, [
    {"name": "dpa", "in_corpus": False},
    {"name": "PAP", "in_corpus": False},
], [
    {"origin": "dpa", "article": "00_de.txt"},
    {"origin": "PAP", "article": "01_pl.txt"},
    {"origin": "PAP", "article": "02_en.txt"},
    {"origin": "dpa", "article": "02_en.txt"},
], [
    {"text": "Hailstones up to five centimetres across fell on Görlitz and Zgorzelec.",
     "articles": ["00_de.txt", "01_pl.txt", "02_en.txt"], "independent_sources": 2},
    {"text": "The Görlitz fire brigade was called out about 180 times.",
     "articles": ["00_de.txt"], "independent_sources": 1},
    {"text": "About 300 roofs were damaged in Zgorzelec.",
     "articles": ["01_pl.txt", "02_en.txt"], "independent_sources": 2},
], {"00_de.txt": "Oberlausitzer Tageblatt", "01_pl.txt": "Kurier Nadnyski", "02_en.txt": None})

# s06: Le Monde own (a pu constater Le Monde, a confié au Monde); en "citing an exclusive report by
# Le Monde" + confirmation to AFP + "Source: AFP" at the end (edges Le Monde AND AFP); uk "як першим
# повідомив французький щоденник Le Monde"; ru credits the uk outlet «Культурна Хвиля», which
# names Le Monde (edge from Культурна Хвиля: second chain of three).
story("s06_scoop_cave_paintings", "chain", {
"00_fr.txt": """Dordogne : des spéléologues découvrent une grotte ornée inconnue
Le Monde
2028-05-09 07:00

Une quarantaine de figures animales peintes à l'ocre rouge – chevaux, bisons, un mégacéros – ont été découvertes par trois spéléologues amateurs dans la grotte de Combe-Rieu, en Dordogne, a pu constater Le Monde, qui a accompagné mardi la première visite des scientifiques.

« C'est la découverte la plus importante dans la région depuis des décennies », a confié au Monde l'archéologue Hélène Vasseur. Selon elle, les peintures ont plus de 20 000 ans, d'après le style et les concrétions qui les recouvrent en partie.

L'entrée de la cavité a été fermée par une grille et placée sous surveillance. Aucune visite du public n'est envisagée.
""",
"01_en.txt": """Cavers find dozens of Ice Age paintings in French cave
The Antiquarian Post
2028-05-09T15:20:00+00:00

Three amateur cavers have discovered about 40 prehistoric paintings of horses, bison and a giant deer in the Combe-Rieu cave in France's Dordogne region, according to French media citing an exclusive report by Le Monde.

The regional directorate of cultural affairs confirmed the discovery to AFP on Tuesday and said the cave entrance had been sealed with a steel grille. A spokeswoman said dating work would begin in the autumn.

Source: AFP
""",
"02_uk.txt": """У французькій печері знайшли 40 доісторичних малюнків
Культурна Хвиля
09.05.2028 17:45

Троє спелеологів-аматорів знайшли в печері Комб-Рьє в департаменті Дордонь близько сорока зображень тварин, намальованих червоною охрою. Як першим повідомив французький щоденник Le Monde, серед них — коні, бізони та велетенський олень.

За словами археологині Елен Вассер, малюнкам понад 20 тисяч років. Вхід до печери закрили ґратами, відвідувати її не можна.
""",
"03_ru.txt": """Во Франции нашли пещеру с рисунками ледникового периода
Вечерний Причал
2028-05-10 09:30

Во французском департаменте Дордонь спелеологи-любители обнаружили в пещере Комб-Рьё около сорока изображений животных, выполненных красной охрой, пишет украинское издание «Культурна Хвиля» со ссылкой на газету Le Monde.

Возраст рисунков, по оценке археологов, превышает 20 тысяч лет. Вход в пещеру закрыт решёткой.
""",
}, [
    {"name": "Le Monde", "in_corpus": True},
    {"name": "AFP", "in_corpus": False},
], [
    {"origin": "Le Monde", "article": "01_en.txt"},
    {"origin": "AFP", "article": "01_en.txt"},
    {"origin": "Le Monde", "article": "02_uk.txt"},
    {"origin": "Культурна Хвиля", "article": "03_ru.txt"},
], [
    {"text": "Cavers found about 40 prehistoric animal paintings in the Combe-Rieu cave in the Dordogne.",
     "articles": ["00_fr.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "The paintings are more than 20,000 years old.",
     "articles": ["00_fr.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
], {"00_fr.txt": "Le Monde", "01_en.txt": "The Antiquarian Post", "02_uk.txt": "Культурна Хвиля",
    "03_ru.txt": "Вечерний Причал"})


def roots(art, origins, relays, outlet_of, seen=()):
    """All roots of an article: its own outlet if that is an origin, plus roots of credited sources."""
    names = {o["name"]: o["in_corpus"] for o in origins}
    r = set()
    if outlet_of.get(art) in names:
        r.add(outlet_of[art])
    for e in relays:
        if e["article"] != art:
            continue
        src = e["origin"]
        src_arts = [a for a, o in outlet_of.items() if o == src]
        if src in names and not names[src]:
            r.add(src)
        elif src_arts:
            for a in src_arts:
                assert a not in seen
                r |= roots(a, origins, relays, outlet_of, seen + (art,))
        else:
            raise SystemExit(f"unknown source {src}")
    assert r, art
    return r


def main():
    out = os.path.join(ROOT, "stories")
    shutil.rmtree(out, ignore_errors=True)
    labels = {"about": "Hand-written provenance test set 45 (invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims, outlet_of in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for o in origins:  # in-corpus origins must be the outlet of an article
            assert o["in_corpus"] == (o["name"] in outlet_of.values()), o
        for c in claims:  # consistency check of the hand-written counts
            rs = set().union(*(roots(a, origins, relays, outlet_of) for a in c["articles"]))
            assert len(rs) == c["independent_sources"], (id, c["text"], rs)
            assert all(a in arts for a in c["articles"])
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"wrote {len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
