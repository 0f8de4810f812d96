#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand129 set.

Wildlife and animals. Outlet and agency names are real media names; every event, person, place
name marked as invented in README.md, figure and quote is invented. No text is copied from any
real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency ANSA relayed by all four: it "Lo riferisce l'ANSA" + "Secondo quanto
# riporta l'agenzia" + "ha raccontato all'ANSA"; de "wie die italienische Nachrichtenagentur ANSA
# berichtet" + "sagte … der Agentur" + "gegenüber ANSA"; pl "– podaje włoska agencja ANSA" + "Jak
# przekazała agencja" + "powiedział agencji ANSA"; fr (no date line) "selon l'agence de presse
# italienne Ansa" + "précise l'Ansa" + "a raconté … à l'agence".
story("s01_agency_bear_trentino", "agency", {
"00_it.txt": """Val di Sole, cercatore di funghi aggredito da un'orsa con due cuccioli
Il Dolomiti
8 giugno 2027, 14:10

Un cercatore di funghi di 58 anni è stato aggredito questa mattina da un'orsa con due cuccioli nei boschi sopra Sorzàn, in Val di Sole. Lo riferisce l'ANSA. L'uomo, Renzo Valduga, residente in paese, è stato soccorso dall'elicottero del 118 e trasportato all'ospedale Santa Chiara di Trento con ferite a un braccio e a una gamba. Non sarebbe in pericolo di vita.

Secondo quanto riporta l'agenzia, l'aggressione è avvenuta poco dopo le 7 lungo un sentiero forestale a circa 1.300 metri di quota. Valduga sarebbe riuscito a chiamare i soccorsi da solo. "Mi ha detto che l'orsa è sbucata da un cespuglio a pochi metri, lui si è buttato a terra e si è coperto la testa con le mani", ha raccontato all'ANSA il figlio Michele. "Ha avuto una fortuna enorme."

Nel pomeriggio la Provincia autonoma di Trento ha disposto la cattura dell'animale, che sarà dotato di radiocollare. L'assessora provinciale alla fauna Lorenza Dallapè ha spiegato all'agenzia che l'orsa, identificata con la sigla F61, era già stata segnalata due volte in primavera vicino alle case. "Non si tratta di un abbattimento: vogliamo sapere dove si muove e capire se il suo comportamento è a rischio", ha detto.

In Trentino vivono circa cento orsi, discendenti degli esemplari reintrodotti dalla Slovenia tra il 1999 e il 2002. Gli incontri ravvicinati sono aumentati negli ultimi anni e le associazioni animaliste hanno già annunciato che vigileranno sull'operazione. Il sentiero dell'aggressione resterà chiuso fino a nuovo avviso.
""",
"01_de.txt": """Bärin greift Pilzsammler im Trentino an
Der Standard
8. Juni 2027, 16:45

Im norditalienischen Trentino ist ein Pilzsammler von einer Bärin mit zwei Jungen angegriffen und verletzt worden, wie die italienische Nachrichtenagentur ANSA berichtet. Der 58-Jährige war am Dienstagmorgen in den Wäldern oberhalb des Dorfes Sorzàn im Val di Sole unterwegs.

Die Bärin sei kurz nach sieben Uhr wenige Meter vor ihm aus einem Gebüsch aufgetaucht, sagte der Sohn des Verletzten der Agentur. Sein Vater habe sich auf den Boden geworfen und den Kopf mit den Händen geschützt. Der Mann erlitt Bisswunden an Arm und Bein und wurde mit dem Rettungshubschrauber in das Krankenhaus Santa Chiara nach Trient gebracht. Lebensgefahr besteht laut ANSA nicht.

Die Autonome Provinz Trient ordnete am Nachmittag an, das Tier einzufangen und mit einem Senderhalsband auszustatten. Die Bärin mit der Kennung F61 sei im Frühjahr bereits zweimal in der Nähe von Häusern gesichtet worden, erklärte die für Wildtiere zuständige Landesrätin Lorenza Dallapè gegenüber ANSA. Ein Abschuss sei nicht geplant.

Im Trentino leben rund hundert Braunbären. Sie stammen von Tieren ab, die zwischen 1999 und 2002 aus Slowenien angesiedelt wurden. Seit einigen Jahren wird in der Region heftig über den Umgang mit sogenannten Problembären gestritten; Tierschutzverbände kündigten an, die Aktion genau zu beobachten.
""",
"02_pl.txt": """Niedźwiedzica zaatakowała grzybiarza we Włoszech. Mężczyzna trafił do szpitala
Onet
08.06.2027 17:20

58-letni grzybiarz został we wtorek rano zaatakowany przez niedźwiedzicę z dwojgiem młodych w lasach nad miejscowością Sorzàn w dolinie Val di Sole w Trydencie na północy Włoch – podaje włoska agencja ANSA.

Jak przekazała agencja, do ataku doszło krótko po godz. 7 na leśnej ścieżce na wysokości ok. 1300 m n.p.m. Mężczyzna sam wezwał pomoc. Śmigłowcem przetransportowano go do szpitala Santa Chiara w Trydencie z ranami ręki i nogi. Jego życiu nie zagraża niebezpieczeństwo.

– Niedźwiedzica wyszła z krzaków kilka metrów przed nim. Ojciec rzucił się na ziemię i zasłonił głowę rękami – powiedział agencji ANSA syn poszkodowanego, Michele Valduga.

Władze autonomicznej prowincji Trydent nakazały odłowienie zwierzęcia i założenie mu obroży telemetrycznej. Według ANSA niedźwiedzica oznaczona symbolem F61 już dwukrotnie tej wiosny pojawiała się w pobliżu zabudowań. Odpowiedzialna za sprawy fauny członkini władz prowincji Lorenza Dallapè zapewniła, że nie ma mowy o odstrzale.

W Trydencie żyje ok. 100 niedźwiedzi brunatnych. To potomkowie zwierząt sprowadzonych ze Słowenii w latach 1999–2002 w ramach programu reintrodukcji. Spory o to, jak postępować z osobnikami zbliżającymi się do ludzi, od lat dzielą mieszkańców regionu.
""",
"03_fr.txt": """Italie : un cueilleur de champignons blessé par une ourse dans le Trentin
Le Figaro

Un cueilleur de champignons de 58 ans a été attaqué mardi matin par une ourse accompagnée de deux oursons dans les forêts du Val di Sole, dans la province autonome de Trente, selon l'agence de presse italienne Ansa.

L'homme, qui marchait sur un sentier forestier à environ 1300 mètres d'altitude au-dessus du village de Sorzàn, a été mordu au bras et à la jambe. Héliporté vers l'hôpital Santa Chiara de Trente, il n'est pas en danger de mort, précise l'Ansa. « L'ourse est sortie d'un buisson à quelques mètres de lui. Il s'est jeté à terre et s'est protégé la tête », a raconté son fils Michele à l'agence.

Dans l'après-midi, la province a ordonné la capture de l'animal, identifié sous le code F61, afin de l'équiper d'un collier émetteur. L'ourse avait déjà été signalée deux fois près des habitations ce printemps, a indiqué à l'Ansa l'élue provinciale chargée de la faune, Lorenza Dallapè, qui exclut tout abattage.

Environ cent ours bruns vivent dans le Trentin, descendants d'animaux réintroduits depuis la Slovénie entre 1999 et 2002. La cohabitation avec l'espèce y fait l'objet de vifs débats depuis plusieurs années, et les associations de protection animale ont promis de surveiller de près l'opération.
""",
}, [{"name": "ANSA", "in_corpus": False}],
[{"origin": "ANSA", "article": "00_it.txt"},
 {"origin": "ANSA", "article": "01_de.txt"},
 {"origin": "ANSA", "article": "02_pl.txt"},
 {"origin": "ANSA", "article": "03_fr.txt"}],
[{"text": "A 58-year-old mushroom picker was attacked and injured by a female bear with two cubs in the woods above Sorzàn in Val di Sole, Trentino.",
  "articles": ["00_it.txt", "01_de.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The Province of Trento ordered the bear, F61, to be captured and fitted with a radio collar, not culled.",
  "articles": ["00_it.txt", "01_de.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 1}])

# s02: in-corpus document scoop by Gazeta Wyborcza: own "– ustaliła „Wyborcza”" (credit at sentence
# end) + "Z trzech decyzji, do których dotarliśmy" + "potwierdziła w rozmowie z „Wyborczą”"
# (instrumental); uk "Про це пише польська «Газета Виборча»" + "За даними «Виборчої»" (gen.) +
# "підтвердила «Газеті Виборчій»" (dat.); en "as first reported by Gazeta Wyborcza" + "the newspaper
# added" + "told Wyborcza"; ru "сообщает польская «Газета Выборча»" + "По данным «Газеты Выборчей»"
# (gen.) + "подтвердила «Выборчей»" (dat.). The RDOŚ spokeswoman's confirmation is part of the scoop.
story("s02_scoop_wolf_cull_bieszczady", "scoop", {
"00_pl.txt": """Rekordowy odstrzał wilków w Bieszczadach. RDOŚ zgodziła się na zabicie 14 zwierząt
Gazeta Wyborcza
2027-04-19 06:00

Regionalna Dyrekcja Ochrony Środowiska w Rzeszowie wydała zgodę na odstrzał 14 wilków w powiatach leskim i bieszczadzkim – ustaliła „Wyborcza”. To najwięcej od 1998 r., kiedy wilk został objęty w Polsce ścisłą ochroną.

Z trzech decyzji, do których dotarliśmy, wynika, że zgody wydano 2 i 9 kwietnia na wniosek gmin i kół łowieckich. Odstrzał mają prowadzić myśliwi pod nadzorem Straży Leśnej do końca czerwca. W uzasadnieniu urzędnicy powołują się na „utrwalone zachowania synantropijne” watah, które podchodzą pod zabudowania w Cisnej, Wetlinie i Ustrzykach Górnych.

Rzeczniczka RDOŚ Katarzyna Mazurek-Pilch potwierdziła w rozmowie z „Wyborczą”, że decyzje są prawomocne. – W 2026 r. odnotowaliśmy w regionie 213 ataków na zwierzęta gospodarskie, głównie owce i cielęta. Nie możemy dłużej czekać – powiedziała. Decyzje nie zostały dotąd opublikowane w wykazie na stronie dyrekcji; rzeczniczka tłumaczy to „opóźnieniem technicznym”.

Przyrodnicy są zaskoczeni skalą. – Czternaście osobników to kilka całych watah. Zabicie dorosłych basiorów może rozbić grupy rodzinne i paradoksalnie zwiększyć liczbę szkód – mówi nam dr Tomasz Wierzbicki, zoolog zajmujący się wilkami karpackimi. Stowarzyszenie przyrodnicze z Sanoka zapowiada skargę do wojewódzkiego sądu administracyjnego.

Według oficjalnych szacunków w Polsce żyje ok. 3,5 tys. wilków, z czego kilkaset w Karpatach.
""",
"01_uk.txt": """У польських Бещадах дозволили відстріляти 14 вовків
ZAXID.NET
19 квітня 2027, 11:30

Регіональна дирекція охорони довкілля в Ряшеві дозволила відстріл 14 вовків у Бещадах на південному сході Польщі, неподалік кордону з Україною. Про це пише польська «Газета Виборча».

За даними «Виборчої», три відповідні рішення дирекція ухвалила 2 і 9 квітня на запит місцевих громад і мисливських товариств. Відстрілювати хижаків мисливці мають до кінця червня під наглядом лісової охорони. Журналісти видання ознайомилися з документами: чиновники пояснюють рішення тим, що зграї дедалі частіше підходять до будинків у селах Цісна, Ветлина та Устрики-Гурні.

Речниця дирекції Катажина Мазурек-Пільх підтвердила «Газеті Виборчій», що рішення набули чинності. «У 2026 році ми зафіксували в регіоні 213 нападів на свійських тварин, переважно на овець і телят», — сказала вона.

Це найбільший дозволений відстріл вовків у Польщі відтоді, як 1998 року вид узяли під сувору охорону. Зоологи, яких цитує видання, попереджають, що вбивство дорослих особин може зруйнувати родинні групи і лише збільшити кількість нападів на худобу. Природоохоронці з Санока готують скаргу до адміністративного суду.

Для українських Карпат тема теж актуальна: вовки з Бещад регулярно переходять кордон, зокрема на Турківщині та Старосамбірщині.
""",
"02_en.txt": """Polish authorities approve record cull of 14 wolves in Bieszczady mountains
Notes from Poland
Mon, 19 Apr 2027 13:05:00 +0200

Environmental authorities in south-eastern Poland have authorised hunters to shoot 14 wolves in the Bieszczady mountains, the largest cull approved since the species was placed under strict protection in 1998, as first reported by Gazeta Wyborcza.

The Regional Directorate for Environmental Protection (RDOŚ) in Rzeszów issued three decisions on 2 and 9 April covering the Lesko and Bieszczady counties, according to documents obtained by the daily. The cull is to be carried out by hunters supervised by forest guards until the end of June.

The decisions cite wolf packs that have become habituated to people and approach homes in villages such as Cisna and Wetlina, the newspaper added. They had not been published in the directorate's public register by Monday morning.

"In 2026 we recorded 213 attacks on farm animals in the region, mostly sheep and calves. We cannot wait any longer," RDOŚ spokeswoman Katarzyna Mazurek-Pilch told Wyborcza.

Wildlife biologists quoted by the paper warned that killing breeding adults could break up packs and lead to more, not fewer, attacks on livestock. A nature conservation association based in Sanok said it would challenge the decisions in court.

Poland is home to roughly 3,500 wolves, according to official estimates. The animals, which had been nearly wiped out by the 1970s, have since spread across much of the country, and pressure from farmers and some politicians to allow more culling has grown in recent years.
""",
"03_ru.txt": """В Польше разрешили рекордный отстрел волков
Русская служба Би-би-си
19 апреля 2027

Региональная дирекция охраны окружающей среды в Жешуве разрешила отстрелять 14 волков в Бещадах на юго-востоке Польши, сообщает польская «Газета Выборча». Это крупнейший разрешенный отстрел с 1998 года, когда волк в Польше получил статус строго охраняемого вида.

По данным «Газеты Выборчей», соответствующие решения были приняты 2 и 9 апреля по запросу местных гмин и охотничьих обществ. Охотиться на хищников можно будет до конца июня под контролем лесной охраны.

Представитель дирекции Катажина Мазурек-Пильх подтвердила «Выборчей», что решения вступили в силу. По ее словам, в 2026 году в регионе было зафиксировано 213 нападений волков на домашний скот. «Мы не можем больше ждать», — приводит газета ее слова.

Издание отмечает, что на сайте дирекции решения до сих пор не опубликованы. Зоологи, с которыми поговорили журналисты, считают, что отстрел взрослых особей может разрушить стаи и лишь увеличить ущерб для фермеров. Экологическая организация из Санока намерена оспорить решения в суде.

В Польше, по официальным оценкам, обитает около 3,5 тысячи волков. В последние годы фермеры и часть политиков добиваются смягчения режима охраны этого вида; на уровне Евросоюза статус охраны волка был понижен в 2025 году.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": "01_uk.txt"},
 {"origin": "Gazeta Wyborcza", "article": "02_en.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_ru.txt"}],
[{"text": "The Regional Directorate for Environmental Protection in Rzeszów authorised the culling of 14 wolves in the Bieszczady, the largest since wolves were protected in 1998.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The directorate's spokeswoman said 213 attacks on farm animals were recorded in the region in 2026.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s03: chain uk -> en -> it, de (de without outlet line). Own "Кореспондент Суспільного … побував"
# + "Дорогою … ми бачили" + "розповів Суспільному" (dat.); en "public broadcaster Suspilne reported"
# + "told Suspilne" + "According to Suspilne" + "the broadcaster said"; it "Lo ha scritto il Kyiv
# Independent …, che cita un servizio dell'emittente pubblica ucraina Suspilne" + "Secondo il Kyiv
# Independent" + "Il giornale ricorda"; de "Das berichtete die englischsprachige ukrainische Zeitung
# „The Kyiv Independent“" + "Dem Blatt zufolge" + "schreibt der „Kyiv Independent“". it and de get
# their edge from The Kyiv Independent (the in-corpus intermediate), not from Суспільне.
story("s03_chain_przewalski_horses", "chain", {
"00_uk.txt": """У Чорнобильській зоні цієї весни народилося щонайменше 11 лошат коней Пржевальського
Суспільне
2027-05-24T09:15:00+03:00

Цієї весни в Чорнобильській зоні відчуження народилося щонайменше 11 лошат коней Пржевальського. Кореспондент Суспільного разом із науковцями Чорнобильського радіаційно-екологічного біосферного заповідника побував у місцях, де найчастіше тримаються табуни.

Дорогою до покинутого села Буряківка ми бачили два табуни: в одному — четверо лошат, у другому — троє. Ще чотирьох новонароджених зафіксували фотопастки в районі Старих Шепеличів, розповів Суспільному зоолог заповідника Денис Глушко.

«Це найкращий результат за останні роки. Тварини тут майже не мають конкурентів, крім вовків, а людей у зоні дуже мало», — каже науковець. За його оцінкою, загалом у зоні зараз живе близько 220 коней Пржевальського.

Коней Пржевальського — єдиний підвид диких коней, що зберігся у світі, — завезли в зону відчуження із заповідника «Асканія-Нова» у 1998 році. Тоді це було близько 30 тварин. Після початку повномасштабного вторгнення у 2022 році моніторинг на кілька місяців припинився, частину фотопасток знищили або викрали.

Зараз науковці заповідника відновлюють мережу камер і планують восени провести облік із дрона. «Ми хочемо нарешті отримати точну цифру, а не оцінку», — пояснив Глушко.
""",
"01_en.txt": """At least 11 Przewalski's horse foals born in Chornobyl zone this spring, Suspilne reports
The Kyiv Independent
May 24, 2027

At least 11 foals of the endangered Przewalski's horse have been born in the Chornobyl Exclusion Zone this spring, public broadcaster Suspilne reported on May 24.

A Suspilne correspondent who travelled through the zone with scientists from the Chornobyl Radiation and Ecological Biosphere Reserve saw two herds with seven foals between them near the abandoned village of Buriakivka. Camera traps recorded four more newborns near Stari Shepelychi, reserve zoologist Denys Hlushko told Suspilne.

"This is the best result in recent years," Hlushko said. "The animals have almost no competitors here apart from wolves, and there are very few people in the zone."

According to Suspilne, the scientist estimates the total population in the zone at about 220 horses.

Przewalski's horses, the only surviving subspecies of wild horse, were brought to the zone from the Askania-Nova reserve in southern Ukraine in 1998. Askania-Nova has been under Russian occupation since 2022.

Monitoring in the zone was interrupted for several months after Russian troops occupied the area in February 2022, and some camera traps were destroyed or stolen, the broadcaster said. Researchers are now restoring the camera network and plan a drone count in the autumn.
""",
"02_it.txt": """Nella zona di Chernobyl sono nati almeno 11 puledri di cavallo di Przewalski
Il Post
25 maggio 2027

Nella zona di esclusione di Chernobyl, in Ucraina, sono nati questa primavera almeno 11 puledri di cavallo di Przewalski, l'unica sottospecie di cavallo selvatico sopravvissuta fino a oggi. Lo ha scritto il Kyiv Independent, quotidiano ucraino in lingua inglese, che cita un servizio dell'emittente pubblica ucraina Suspilne.

Secondo il Kyiv Independent, un giornalista di Suspilne ha accompagnato i ricercatori della riserva della biosfera di Chernobyl e ha visto sette puledri in due branchi vicino al villaggio abbandonato di Buriakivka; altri quattro sono stati ripresi dalle fototrappole. Lo zoologo Denys Hlushko ha parlato del «miglior risultato degli ultimi anni» e ha stimato che nella zona vivano circa 220 esemplari.

I cavalli di Przewalski furono portati nella zona nel 1998 dalla riserva di Askania-Nova, nel sud dell'Ucraina, oggi occupata dalla Russia. Da allora la popolazione è cresciuta quasi senza interventi umani: la zona di esclusione, evacuata dopo l'incidente nucleare del 1986, è diventata negli anni una sorta di grande riserva naturale involontaria, dove vivono anche lupi, linci, alci e bisonti europei.

Il giornale ricorda che dopo l'occupazione russa della zona, nel febbraio del 2022, il monitoraggio è stato interrotto per mesi e alcune fototrappole sono state distrutte. I ricercatori vorrebbero fare un censimento con i droni in autunno.
""",
"03_de.txt": """Tschernobyl-Sperrzone: Mindestens elf Fohlen bei Przewalski-Pferden
25.05.2027

In der Sperrzone um das ehemalige Atomkraftwerk Tschernobyl sind in diesem Frühjahr mindestens elf Przewalski-Fohlen zur Welt gekommen. Das berichtete die englischsprachige ukrainische Zeitung „The Kyiv Independent“ am Montag.

Dem Blatt zufolge beobachteten Forscher des Biosphärenreservats in der Zone sieben Fohlen in zwei Herden nahe dem verlassenen Dorf Burjakiwka, vier weitere erfassten Wildkameras. „Das ist das beste Ergebnis seit Jahren“, zitiert die Zeitung den Zoologen Denys Hluschko. Er schätzt den Bestand in der Zone auf etwa 220 Tiere.

Die Przewalski-Pferde gelten als letzte echte Wildpferde der Welt. 1998 wurden rund 30 Tiere aus dem Schutzgebiet Askanija-Nowa in die Sperrzone gebracht, in der seit der Reaktorkatastrophe von 1986 kaum noch Menschen leben. Inzwischen hat sich dort eine der größten frei lebenden Populationen gebildet.

Nach der russischen Besetzung des Gebiets im Februar 2022 war die Beobachtung der Tiere monatelang unterbrochen. Einige Kameras wurden zerstört oder gestohlen. Im Herbst wollen die Forscher die Pferde mit Drohnen zählen, schreibt der „Kyiv Independent“.
""",
}, [{"name": "Суспільне", "in_corpus": True}],
[{"origin": "Суспільне", "article": "01_en.txt"},
 {"origin": "The Kyiv Independent", "article": "02_it.txt"},
 {"origin": "The Kyiv Independent", "article": "03_de.txt"}],
[{"text": "At least 11 Przewalski's horse foals were born in the Chornobyl Exclusion Zone this spring.",
  "articles": ["00_uk.txt", "01_en.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "A reserve zoologist estimates the Przewalski's horse population in the zone at about 220 animals.",
  "articles": ["00_uk.txt", "01_en.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1}])

# s04: own report by Le Dauphiné Libéré ("Notre journaliste s'est rendu", "a confié … au Dauphiné
# Libéré", "transmis à notre rédaction"); 01_it is an uncredited close Italian translation
# published the next day (same structure and quotes, keeps "ha confidato … al nostro giornale"):
# edge from Le Dauphiné Libéré; en "regional daily Le Dauphiné Libéré reported" + "told Le
# Dauphiné" + "the paper said"; pl "– podał regionalny dziennik „Le Dauphiné Libéré”" + "Jak
# pisze francuska gazeta" + "powiedział hodowca dziennikowi" + "na które powołuje się".
story("s04_translation_vercors_wolves", "translation", {
"00_fr.txt": """Vercors : sept attaques de loup en une semaine, un éleveur perd 38 brebis
Le Dauphiné Libéré
14 juillet 2027 à 06h30

Sept attaques en sept nuits. Sylvain Morel, éleveur ovin à Saint-Julien-des-Combes, sur le versant drômois du Vercors, a perdu 38 brebis depuis le 6 juillet. Notre journaliste s'est rendu mardi sur son alpage, où les carcasses étaient encore en cours d'examen par les agents de l'Office français de la biodiversité (OFB).

« Je n'ai jamais vu ça. Ils reviennent chaque nuit, malgré les chiens et les clôtures électriques », a confié l'éleveur au Dauphiné Libéré. Son troupeau de 620 bêtes est gardé par trois patous et un berger salarié. « Le berger dort à côté des brebis. Le loup passe quand même. »

Face à la répétition des attaques, la préfecture de la Drôme a autorisé lundi un tir de défense renforcée sur l'alpage, qui peut mobiliser jusqu'à dix tireurs, dont des lieutenants de louveterie. Selon les chiffres de la préfecture transmis à notre rédaction, 312 animaux d'élevage ont été tués par le loup dans le département depuis le 1er janvier, contre 251 à la même période l'an dernier.

Les associations de protection du loup dénoncent une « fuite en avant ». « Les tirs ne règlent rien si les meutes sont déstabilisées », estime Claire Besson, de l'antenne drômoise d'une association de défense des grands prédateurs.

La France compte environ 1 000 loups selon les dernières estimations de l'OFB. Le plafond national de prélèvement est fixé à 19 % de la population par an.
""",
"01_it.txt": """Vercors, sette attacchi del lupo in una settimana: allevatore perde 38 pecore
La Stampa
15 luglio 2027

Sette attacchi in sette notti. Sylvain Morel, allevatore di ovini a Saint-Julien-des-Combes, sul versante della Drôme del Vercors, ha perso 38 pecore dal 6 luglio. Martedì sul suo alpeggio le carcasse erano ancora in fase di esame da parte degli agenti dell'Ufficio francese per la biodiversità (OFB).

«Non ho mai visto niente del genere. Tornano ogni notte, nonostante i cani e le recinzioni elettriche», ha confidato l'allevatore al nostro giornale. Il suo gregge di 620 capi è sorvegliato da tre cani da pastore dei Pirenei e da un pastore dipendente. «Il pastore dorme accanto alle pecore. Il lupo passa lo stesso».

Di fronte al ripetersi degli attacchi, la prefettura della Drôme ha autorizzato lunedì un «tiro di difesa rafforzato» sull'alpeggio, che può mobilitare fino a dieci tiratori, tra cui i luogotenenti di caccia al lupo. Secondo i dati della prefettura, dal 1° gennaio nel dipartimento il lupo ha ucciso 312 animali d'allevamento, contro i 251 dello stesso periodo dell'anno scorso.

Le associazioni per la tutela del lupo denunciano una «fuga in avanti». «Gli abbattimenti non risolvono nulla se i branchi vengono destabilizzati», sostiene Claire Besson, della sezione della Drôme di un'associazione per la difesa dei grandi predatori.

La Francia conta circa 1.000 lupi secondo le ultime stime dell'OFB. Il tetto nazionale di abbattimenti è fissato al 19% della popolazione all'anno.
""",
"02_en.txt": """Wolves kill 38 sheep in a week on Vercors farm as attacks surge in the Drôme
The Local France
2027-07-14 12:40

A sheep farmer in the Vercors mountains has lost 38 ewes in seven wolf attacks over seven nights, regional daily Le Dauphiné Libéré reported on Wednesday, as the number of livestock killed by wolves in the Drôme département continues to climb.

Sylvain Morel, who farms at Saint-Julien-des-Combes on the Drôme side of the massif, told Le Dauphiné that the attacks had continued every night since July 6th despite three guard dogs, electric fences and a shepherd who sleeps next to the flock. "I have never seen anything like it," he said.

The local prefecture on Monday authorised a so-called "reinforced defensive shooting" on the pasture, allowing up to ten marksmen, including the volunteer wolf officers known as lieutenants de louveterie, to fire on wolves approaching the flock, the paper said.

According to prefecture figures obtained by Le Dauphiné Libéré, wolves have killed 312 farm animals in the Drôme since January 1st, up from 251 over the same period last year.

France has around 1,000 wolves. The government allows up to 19 percent of the population to be culled each year, a ceiling that farmers' unions want raised and that conservation groups say is already too high.
""",
"03_pl.txt": """Francja: wilki zagryzły 38 owiec w tydzień. Prefektura zgadza się na odstrzał
Rzeczpospolita
14 lipca 2027

Hodowca owiec z masywu Vercors na południowym wschodzie Francji stracił w ciągu tygodnia 38 zwierząt w siedmiu atakach wilków – podał regionalny dziennik „Le Dauphiné Libéré”.

Jak pisze francuska gazeta, Sylvain Morel z miejscowości Saint-Julien-des-Combes w departamencie Drôme ma stado liczące 620 owiec, którego pilnują trzy psy pasterskie i zatrudniony pasterz. – Nigdy czegoś takiego nie widziałem. Wracają co noc, mimo psów i elektrycznych ogrodzeń – powiedział hodowca dziennikowi.

Prefektura departamentu zezwoliła w poniedziałek na tzw. wzmocniony odstrzał obronny – na pastwisku może działać do dziesięciu strzelców. Według danych prefektury, na które powołuje się „Le Dauphiné Libéré”, od początku roku wilki zabiły w departamencie 312 zwierząt gospodarskich, o 61 więcej niż w tym samym okresie ubiegłego roku.

We Francji żyje ok. 1 tys. wilków. Państwo pozwala co roku odstrzelić do 19 proc. populacji. Hodowcy domagają się podniesienia tego limitu, a organizacje ekologiczne przekonują, że zabijanie zwierząt rozbija watahy i nie zmniejsza liczby szkód.

Podobny spór toczy się w Polsce, gdzie wilk jest pod ochroną od 1998 r.
""",
}, [{"name": "Le Dauphiné Libéré", "in_corpus": True}],
[{"origin": "Le Dauphiné Libéré", "article": "01_it.txt"},
 {"origin": "Le Dauphiné Libéré", "article": "02_en.txt"},
 {"origin": "Le Dauphiné Libéré", "article": "03_pl.txt"}],
[{"text": "A sheep farmer in the Vercors lost 38 ewes in seven wolf attacks within a week.",
  "articles": ["00_fr.txt", "01_it.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Wolves have killed 312 farm animals in the Drôme since 1 January, according to prefecture figures.",
  "articles": ["00_fr.txt", "01_it.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1}])

# s05: institution-published origin outside the corpus: the Friedrich-Loeffler-Institut's
# statement on its website, taken directly by all four (en without outlet and date line). de
# "Das teilte das Friedrich-Loeffler-Institut (FLI) am Dienstag auf seiner Internetseite mit" +
# "Laut FLI" + "heißt es in der Mitteilung des Bundesforschungsinstituts"; pl "– poinformował …
# w komunikacie opublikowanym na swojej stronie internetowej niemiecki Instytut Friedricha
# Loefflera (FLI)" + "czytamy w komunikacie" + "Jak podaje FLI"; en "the Friedrich Loeffler
# Institute (FLI) … said in a statement posted on its website"; ru "Об этом … сообщил на своем сайте
# Институт Фридриха Лёффлера (FLI)" + "говорится в сообщении института" + "отмечают в ведомстве".
story("s05_institution_asf_wild_boar", "institution", {
"00_de.txt": """Afrikanische Schweinepest bei drei Wildschweinen im Landkreis Görlitz nachgewiesen
MDR SACHSEN
2027-10-05 15:20

Im Landkreis Görlitz ist bei drei tot aufgefundenen Wildschweinen die Afrikanische Schweinepest (ASP) nachgewiesen worden. Das teilte das Friedrich-Loeffler-Institut (FLI) am Dienstag auf seiner Internetseite mit. Die Kadaver waren Ende September in einem Waldstück bei Kleinwendisch entdeckt worden, etwa vier Kilometer von der Neiße und damit von der polnischen Grenze entfernt.

Laut FLI bestätigte das Nationale Referenzlabor auf der Insel Riems die Proben am Montagabend. Die genetische Analyse deute darauf hin, dass das Virus mit Stämmen verwandt sei, die derzeit im benachbarten Polen zirkulieren. „Ein erneuter Eintrag über zuwandernde Wildschweine aus dem Osten ist die wahrscheinlichste Erklärung“, heißt es in der Mitteilung des Bundesforschungsinstituts.

Es handelt sich nach Angaben des Instituts um die ersten Fälle in diesem Teil des Landkreises seit dem Frühjahr 2025. Die zuständigen sächsischen Behörden würden nun eine Sperrzone einrichten und die Fallwildsuche mit Drohnen und Spürhunden verstärken, schreibt das FLI.

Für Menschen ist die Tierseuche ungefährlich. Für Haus- und Wildschweine verläuft sie fast immer tödlich, einen Impfstoff gibt es nicht. Schweinehalter in der Region sind zu strengen Hygienemaßnahmen verpflichtet. Seit dem ersten Nachweis in Deutschland im September 2020 in Brandenburg wurden in mehreren Bundesländern Tausende infizierte Wildschweine gefunden.
""",
"01_pl.txt": """ASF u dzików tuż za granicą. Niemcy potwierdzają nowe ognisko w powiecie Görlitz
Gazeta Lubuska
5 października 2027, 18:02

Afrykański pomór świń (ASF) wykryto u trzech martwych dzików w niemieckim powiecie Görlitz, zaledwie cztery kilometry od Nysy Łużyckiej i granicy z Polską – poinformował we wtorek w komunikacie opublikowanym na swojej stronie internetowej niemiecki Instytut Friedricha Loefflera (FLI).

Padłe zwierzęta znaleziono pod koniec września w lesie w pobliżu miejscowości Kleinwendisch. Według instytutu, który pełni w Niemczech funkcję krajowego laboratorium referencyjnego, wyniki próbek potwierdzono w poniedziałek wieczorem. Z analizy genetycznej wynika, że wirus jest spokrewniony ze szczepami krążącymi obecnie w Polsce. „Najbardziej prawdopodobnym wyjaśnieniem jest ponowne zawleczenie wirusa przez dziki migrujące ze wschodu” – czytamy w komunikacie.

To pierwsze przypadki w tej części powiatu od wiosny 2025 r. Jak podaje FLI, władze Saksonii wyznaczą strefę ograniczeń i zintensyfikują poszukiwania padłych dzików z użyciem dronów i psów tropiących.

ASF nie jest groźny dla ludzi, ale dla świń domowych i dzików jest niemal zawsze śmiertelny. W województwie lubuskim wirus jest obecny w populacji dzików od 2019 r. Hodowcy po obu stronach granicy od lat apelują o wspólne działania, m.in. budowę ogrodzeń i zwiększenie odstrzału sanitarnego.
""",
"02_en.txt": """African swine fever found in wild boar near German-Polish border

African swine fever has been confirmed in three wild boar found dead in the district of Görlitz in eastern Germany, about four kilometres from the Polish border, the Friedrich Loeffler Institute (FLI), Germany's federal research institute for animal health, said in a statement posted on its website on Tuesday.

The carcasses were discovered in late September in woodland near the village of Kleinwendisch, close to the Neisse river. The national reference laboratory on the island of Riems confirmed the samples on Monday evening, the institute said.

Genetic analysis suggests the virus is related to strains currently circulating in neighbouring Poland. "Renewed introduction by wild boar moving in from the east is the most likely explanation," the statement said.

They are the first cases in that part of the district since spring 2025, according to the FLI. Authorities in the state of Saxony will set up a restricted zone and step up searches for carcasses using drones and sniffer dogs.

The disease does not affect humans but is almost always fatal for domestic pigs and wild boar, and there is no vaccine. Germany recorded its first case in September 2020 in the state of Brandenburg, and the outbreaks since then have led several Asian countries to restrict imports of German pork, a blow to one of Europe's largest pig-farming sectors.
""",
"03_ru.txt": """В Германии у границы с Польшей выявили африканскую чуму свиней
DW
05.10.2027

Африканская чума свиней (АЧС) обнаружена у трех павших диких кабанов в районе Гёрлиц на востоке Германии, примерно в четырех километрах от границы с Польшей. Об этом во вторник сообщил на своем сайте Институт Фридриха Лёффлера (FLI) — федеральный научно-исследовательский институт здоровья животных.

Туши кабанов нашли в конце сентября в лесу возле деревни Кляйнвендиш недалеко от реки Нейсе. Национальная референс-лаборатория на острове Римс подтвердила диагноз в понедельник вечером, говорится в сообщении института.

По данным FLI, генетический анализ указывает на родство вируса со штаммами, которые сейчас циркулируют в соседней Польше. «Наиболее вероятное объяснение — повторный занос вируса кабанами, мигрирующими с востока», — отмечают в ведомстве.

Это первые случаи в этой части района с весны 2025 года. Власти Саксонии, как следует из сообщения, создадут зону ограничений и усилят поиск павших животных с помощью дронов и служебных собак.

Для человека АЧС не опасна, однако для домашних свиней и кабанов почти всегда смертельна; вакцины от нее не существует. Впервые болезнь была выявлена в Германии в сентябре 2020 года в Бранденбурге. С тех пор ряд стран ограничил импорт немецкой свинины.
""",
}, [{"name": "Friedrich-Loeffler-Institut", "in_corpus": False}],
[{"origin": "Friedrich-Loeffler-Institut", "article": "00_de.txt"},
 {"origin": "Friedrich-Loeffler-Institut", "article": "01_pl.txt"},
 {"origin": "Friedrich-Loeffler-Institut", "article": "02_en.txt"},
 {"origin": "Friedrich-Loeffler-Institut", "article": "03_ru.txt"}],
[{"text": "African swine fever was confirmed in three wild boar found dead in the Görlitz district, about four kilometres from the Polish border.",
  "articles": ["00_de.txt", "01_pl.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Genetic analysis links the virus to strains circulating in neighbouring Poland.",
  "articles": ["00_de.txt", "01_pl.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s06: anonymous-source scoop by Коммерсантъ ("Об этом “Ъ” рассказали два источника в
# министерстве", "Проект документа, с которым ознакомился “Ъ”", "по словам собеседников “Ъ”"; the
# anonymous sources belong to Kommersant); uk "пише російське видання «Коммерсант» із посиланням на
# два джерела" + "За даними «Коммерсанта»" (gen.) + "Співрозмовники видання"; en The Moscow Times
# relays ("Kommersant reported Thursday, citing two sources") AND adds its own confirmation ("A
# ministry official confirmed to The Moscow Times", anonymous): edge + own in-corpus origin; de
# "berichtet die russische Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Quellen" + "Wie
# die Zeitung weiter schreibt" + "die Informanten des „Kommersant“"; fr "rapporte le quotidien
# économique russe Kommersant, qui cite deux sources" + "Selon le journal" + "explique … au
# quotidien". The Moscow Times does not carry the second claim (public discussion in April).
story("s06_anonymous_relay_plus_own_bear_hunting", "relay_plus_own", {
"00_ru.txt": """Медведей пустят под весенний выстрел
Коммерсантъ
11.03.2027, 07:00

Минприроды подготовило проект приказа, который разрешит весеннюю охоту на бурого медведя в 14 регионах Сибири и Дальнего Востока. Об этом “Ъ” рассказали два источника в министерстве. Проект документа, с которым ознакомился “Ъ”, предусматривает, что весной можно будет добывать не более 3% от численности медведей в регионе, а сама охота будет разрешена с 2028 года.

Сейчас весенняя охота на медведя у берлог и на овсяных полях допускается лишь в нескольких регионах. По словам собеседников “Ъ”, министерство ссылается на рост числа конфликтов: в 2026 году в России зафиксировано 27 нападений медведей на людей, шесть из них закончились гибелью людей. «Медведь выходит к поселкам, на помойки, к дачам. Регионы просят дать им инструмент»,— пояснил один из источников “Ъ”.

Проект приказа, по данным “Ъ”, планируется вынести на общественное обсуждение в апреле. В пресс-службе Минприроды на запрос “Ъ” не ответили.

Против инициативы уже высказываются биологи. «Весной медведица выходит из берлоги с медвежатами. Отличить самку с потомством от самца в лесу сложно, ошибки неизбежны»,— сказал “Ъ” охотовед Илья Воронцов. По его словам, регионы и без того не справляются с учетом численности зверя.

Численность бурого медведя в России, по официальным данным, превышает 150 тыс. особей.
""",
"01_uk.txt": """У Росії хочуть дозволити весняне полювання на ведмедів у 14 регіонах — ЗМІ
УНІАН
11 березня 2027, 12:45

Міністерство природних ресурсів Росії підготувало проєкт наказу, який дозволить весняне полювання на бурого ведмедя в 14 регіонах Сибіру та Далекого Сходу. Про це пише російське видання «Коммерсант» із посиланням на два джерела в міністерстві.

За даними «Коммерсанта», документ передбачає, що навесні можна буде добувати не більше 3% популяції ведмедів у регіоні. Полювання мають дозволити з 2028 року. Проєкт планують винести на громадське обговорення у квітні.

Співрозмовники видання пояснюють ініціативу зростанням кількості конфліктів між людьми та ведмедями: у 2026 році в Росії зафіксували 27 нападів ведмедів на людей, шість із них — смертельні.

Біологи, яких цитує газета, попереджають, що навесні мисливцям важко відрізнити ведмедицю з ведмежатами від самця, тож помилки неминучі. У міністерстві запит видання залишили без відповіді.

Полювання на ведмедів у Росії — прибутковий бізнес: трофеї з Камчатки та Приморʼя користуються попитом серед іноземних мисливців, а вартість однієї ліцензії з супроводом сягає кількох тисяч доларів.
""",
"02_en.txt": """Russia Drafts Rules to Bring Back Spring Bear Hunting in 14 Regions
The Moscow Times
March 11, 2027

Russia's Natural Resources Ministry has drafted an order that would allow spring hunting of brown bears in 14 regions of Siberia and the Far East, the business daily Kommersant reported Thursday, citing two sources in the ministry.

A ministry official confirmed to The Moscow Times that the draft had been sent to regional hunting departments for comment last week. "The regions asked for it, and the ministry is responding," said the official, who spoke on condition of anonymity because they were not authorized to speak to the media.

Under the draft seen by Kommersant, hunters would be allowed to take no more than 3% of a region's bear population in spring, starting in 2028. Kommersant's sources linked the move to a rise in encounters between people and bears: 27 attacks on humans were recorded in Russia in 2026, six of them fatal.

Spring bear hunting, when the animals emerge hungry from their dens, is currently permitted only in a handful of regions. Conservationists have long opposed it, saying hunters often cannot tell a male from a female with cubs.

The ministry's press service did not respond to a request for comment from The Moscow Times by the time of publication.

Russia is home to more than 150,000 brown bears, according to official estimates, the largest population in the world.
""",
"03_de.txt": """Russland will Frühjahrsjagd auf Braunbären wieder erlauben
WELT
11. März 2027

Das russische Umweltministerium will die Frühjahrsjagd auf Braunbären in 14 Regionen Sibiriens und des Fernen Ostens zulassen. Das berichtet die russische Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Quellen im Ministerium. Ein entsprechender Verordnungsentwurf liege dem Blatt vor.

Wie die Zeitung weiter schreibt, sollen Jäger ab 2028 im Frühjahr höchstens drei Prozent des regionalen Bärenbestands erlegen dürfen. Im April soll der Entwurf öffentlich diskutiert werden. Als Begründung verweisen die Informanten des „Kommersant“ auf die steigende Zahl gefährlicher Begegnungen: 2026 seien in Russland 27 Menschen von Bären angegriffen worden, sechs davon tödlich.

Biologen warnen laut dem Bericht, dass Jäger im Frühjahr eine Bärin mit Jungen kaum von einem männlichen Tier unterscheiden könnten. Das Ministerium reagierte nicht auf eine Anfrage der Zeitung.

In Russland leben nach offiziellen Schätzungen mehr als 150.000 Braunbären – so viele wie in keinem anderen Land. Die Bärenjagd ist dort auch ein Geschäft: Ausländische Trophäenjäger zahlen für einen Abschuss auf Kamtschatka mehrere Tausend Euro.
""",
"04_fr.txt": """Russie : Moscou veut rouvrir la chasse printanière à l'ours brun
Courrier international
12 mars 2027

Le ministère russe des Ressources naturelles a préparé un projet d'arrêté qui autoriserait la chasse à l'ours brun au printemps dans quatorze régions de Sibérie et de l'Extrême-Orient, rapporte le quotidien économique russe Kommersant, qui cite deux sources au sein du ministère.

Selon le journal, qui a pu consulter le document, les chasseurs pourraient prélever au printemps jusqu'à 3 % de la population d'ours de chaque région à partir de 2028. Le texte doit être soumis à une consultation publique en avril.

Les sources de Kommersant justifient cette mesure par la multiplication des conflits entre l'homme et l'animal : 27 attaques d'ours contre des personnes ont été recensées en Russie en 2026, dont six mortelles. « L'ours descend vers les villages, les décharges, les datchas. Les régions demandent un outil », explique l'une d'elles au quotidien.

Des biologistes interrogés par Kommersant s'inquiètent : au printemps, les femelles sortent de la tanière avec leurs oursons, et un chasseur distingue mal une mère suitée d'un mâle. Le ministère n'a pas répondu aux sollicitations du journal.

La Russie abrite, selon les estimations officielles, plus de 150 000 ours bruns, la plus importante population au monde.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True},
    {"name": "The Moscow Times", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_uk.txt"},
 {"origin": "Коммерсантъ", "article": "02_en.txt"},
 {"origin": "Коммерсантъ", "article": "03_de.txt"},
 {"origin": "Коммерсантъ", "article": "04_fr.txt"}],
[{"text": "Russia's Natural Resources Ministry has drafted an order allowing spring hunting of brown bears in 14 regions of Siberia and the Far East.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], "independent_sources": 2},
 {"text": "The draft order is to be put up for public discussion in April.",
  "articles": ["00_ru.txt", "01_uk.txt", "03_de.txt", "04_fr.txt"], "independent_sources": 1}])

# s07: a person's own social-media post (outside origin): Olha Tkachuk's Facebook post, taken
# directly by all four (ru without date line). uk "Про це написала у Facebook засновниця
# волонтерської ініціативи «Східний ковчег» Ольга Ткачук" + "Як зазначила волонтерка у своєму
# дописі" + "За її словами"; pl "– poinformowała na Facebooku Olha Tkaczuk" + "napisała
# wolontariuszka" + "Jak przekazała Tkaczuk"; ru "Об этом написала в фейсбуке основательница …
# Ольга Ткачук" + "Как отметила волонтерка в своей публикации" + "пишет Ткачук"; fr "C'est ce qu'a
# annoncé sur Facebook Olha Tkatchouk" + "raconte-t-elle dans sa publication" + "a-t-elle écrit".
story("s07_social_post_menagerie_evacuation", "social_post", {
"00_uk.txt": """З приватного звіринця на Харківщині евакуювали двох левів, ведмедя і чотирьох вовків
ТСН
3 серпня 2027, 19:40

Волонтери евакуювали з приватного звіринця в селі Веселе Поле на Харківщині, яке регулярно потрапляє під обстріли, двох левів, гімалайського ведмедя та чотирьох вовків. Про це написала у Facebook засновниця волонтерської ініціативи «Східний ковчег» Ольга Ткачук.

Як зазначила волонтерка у своєму дописі, операція тривала понад добу. Тварин довелося присипляти, а клітки вантажити вручну, бо автомобілі не могли під'їхати через вирви на дорозі. «Левиця Ніка так налякана вибухами, що два тижні майже не їла. Ведмідь Бублик схуд удвічі. Але всі живі й уже в дорозі», — написала Ткачук.

За її словами, власник звіринця виїхав із села ще навесні, а тварин годували сусіди, які лишилися. Після ветеринарного огляду в притулку під Львовом звірі поїдуть до реабілітаційного центру для диких тварин у Польщі, який погодився їх прийняти.

Волонтерка також подякувала військовим, які допомогли з транспортом, і закликала підтримати збір на корми та пальне. Від початку повномасштабного вторгнення «Східний ковчег», за її словами, вивіз із прифронтових районів понад 300 тварин — від собак і котів до страусів.
""",
"01_pl.txt": """Lwy, niedźwiedź i wilki uratowane spod frontu. Trafią do ośrodka w Polsce
Wirtualna Polska
04.08.2027 09:15

Dwa lwy, niedźwiedź himalajski i cztery wilki zostały ewakuowane z prywatnej menażerii we wsi Wesełe Połe w obwodzie charkowskim – poinformowała na Facebooku Olha Tkaczuk, założycielka ukraińskiej inicjatywy wolontariackiej „Wschodnia Arka”.

Zwierzęta po badaniach weterynaryjnych w schronisku pod Lwowem mają trafić do ośrodka rehabilitacji dzikich zwierząt w Polsce. „Lwica Nika tak się boi wybuchów, że przez dwa tygodnie prawie nic nie jadła. Niedźwiedź Bublik schudł o połowę. Ale wszyscy żyją i są już w drodze” – napisała wolontariuszka.

Jak przekazała Tkaczuk, akcja trwała ponad dobę. Zwierzęta trzeba było uśpić, a klatki ładować ręcznie, bo samochody nie mogły dojechać przez leje po pociskach. Właściciel menażerii wyjechał ze wsi wiosną, a zwierzęta karmili sąsiedzi, którzy zostali na miejscu.

Od początku pełnoskalowej inwazji Rosji na Ukrainę polskie ogrody zoologiczne i azyle przyjęły wiele zwierząt ewakuowanych zza wschodniej granicy, w tym lwy, tygrysy i niedźwiedzie. Część z nich trafiła później do ośrodków w innych krajach Europy Zachodniej.
""",
"02_ru.txt": """Волонтеры вывезли из-под обстрелов в Харьковской области львов, медведя и волков
Настоящее Время

Волонтеры эвакуировали из частного зверинца в селе Веселое Поле Харьковской области двух львов, гималайского медведя и четырех волков. Об этом написала в фейсбуке основательница волонтерской инициативы «Восточный ковчег» Ольга Ткачук.

Как отметила волонтерка в своей публикации, операция заняла больше суток: животных пришлось усыплять, а клетки грузить вручную, поскольку машины не могли подъехать из-за воронок на дороге. Село регулярно попадает под обстрелы российской армии.

«Львица Ника так напугана взрывами, что две недели почти не ела. Медведь Бублик похудел вдвое. Но все живы и уже в пути», — пишет Ткачук. По ее словам, хозяин зверинца уехал из села еще весной, и животных кормили оставшиеся соседи.

После ветеринарного осмотра в приюте под Львовом звери отправятся в реабилитационный центр для диких животных в Польше. С начала полномасштабного вторжения «Восточный ковчег» вывез из прифронтовых районов более 300 животных, уточнила Ткачук.
""",
"03_fr.txt": """Ukraine : deux lions, un ours et quatre loups évacués d'une ménagerie près du front
franceinfo
4 août 2027

Deux lions, un ours du Tibet et quatre loups ont été évacués d'une ménagerie privée du village de Vessele Pole, dans la région de Kharkiv, régulièrement bombardé par l'armée russe. C'est ce qu'a annoncé sur Facebook Olha Tkatchouk, fondatrice du collectif bénévole ukrainien « Arche de l'Est ».

L'opération a duré plus de vingt-quatre heures, raconte-t-elle dans sa publication. Les animaux ont dû être endormis et les cages chargées à la main, les véhicules ne pouvant pas approcher en raison des cratères sur la route. « La lionne Nika a tellement peur des explosions qu'elle n'a presque rien mangé pendant deux semaines. L'ours Boublik a perdu la moitié de son poids. Mais ils sont tous vivants et en route », a-t-elle écrit.

Après un examen vétérinaire dans un refuge près de Lviv, les animaux rejoindront un centre de réhabilitation pour animaux sauvages en Pologne. Selon la bénévole, le propriétaire de la ménagerie a quitté le village au printemps et les bêtes étaient nourries par des voisins restés sur place.

Depuis le début de l'invasion à grande échelle en 2022, de nombreux zoos et refuges européens ont accueilli des animaux sauvages évacués d'Ukraine, notamment des lions et des tigres.
""",
}, [{"name": "Olha Tkachuk", "in_corpus": False}],
[{"origin": "Olha Tkachuk", "article": "00_uk.txt"},
 {"origin": "Olha Tkachuk", "article": "01_pl.txt"},
 {"origin": "Olha Tkachuk", "article": "02_ru.txt"},
 {"origin": "Olha Tkachuk", "article": "03_fr.txt"}],
[{"text": "Volunteers evacuated two lions, a Himalayan bear and four wolves from a private menagerie in a shelled village in Kharkiv region.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "After a veterinary check near Lviv the animals will go to a wildlife rehabilitation centre in Poland.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 1}])

# s08: two independent own reports: Radio Lublin ("Nasz reporter rozmawiał", "powiedział Radiu
# Lublin" (dat.), "potwierdzili nam") and ZAXID.NET ("Як з'ясував ZAXID.NET", "розповів ZAXID.NET",
# "нашому виданню підтвердили"). de credits both ("wie der polnische Regionalsender Radio Lublin
# und das ukrainische Nachrichtenportal Zaxid.net übereinstimmend berichten", "Nach Angaben von
# Radio Lublin", "wie Zaxid.net unter Berufung auf einen Sprecher … meldet"): two edges. it credits
# Radio Lublin only ("A darne notizia è l'emittente polacca Radio Lublin, secondo cui", "riferisce
# la radio", "ha detto all'emittente"). The GPS-collar claim is only in Radio Lublin's report.
story("s08_two_sources_bison_border", "two_sources", {
"00_pl.txt": """Żubr z Roztocza przeszedł na Ukrainę. „Granica dla niego nie istnieje”
Radio Lublin
14.09.2027, 10:05

Młody żubr, który od początku wakacji wędrował po okolicach Horyńca-Zdroju, przekroczył w nocy z poniedziałku na wtorek granicę z Ukrainą. Zwierzę przeszło przez pas graniczny w lasach na południe od przejścia w Hrebennem.

Nasz reporter rozmawiał z mieszkańcami, którzy widzieli byka jeszcze w poniedziałek wieczorem na łące przy drodze do Werchraty. – Stał spokojnie, skubał trawę, w ogóle nie bał się samochodów – powiedział Radiu Lublin pan Stanisław, rolnik z sąsiedniej wsi.

Leśnicy z Nadleśnictwa Lubaczów, którzy w maju założyli zwierzęciu obrożę GPS, potwierdzili nam, że sygnał z nadajnika pochodzi już z terytorium Ukrainy. – To trzyletni samiec, prawdopodobnie wypchnięty ze stada przez starsze byki. Szuka nowego terytorium. Granica dla niego nie istnieje – mówi Radiu Lublin inżynier nadzoru Piotr Gajewski.

Według leśników żubr pokonał od maja ponad 120 kilometrów. Po ukraińskiej stronie granicy również żyją pojedyncze żubry, a polskie i ukraińskie służby wymieniają się informacjami o ich przemieszczaniu się.

Żubr jest w Polsce gatunkiem objętym ścisłą ochroną. Na wolności żyje u nas ponad 2,5 tys. tych zwierząt – najwięcej na świecie.
""",
"01_uk.txt": """З Польщі на Львівщину зайшов зубр: його помітили прикордонники
ZAXID.NET
14 вересня 2027, 12:30

Молодий зубр перейшов із Польщі в Україну неподалік пункту пропуску «Рава-Руська». Як з'ясував ZAXID.NET, тварину в ніч на вівторок зафіксувала тепловізійна камера прикордонників біля лінії кордону, а вранці зубра бачили на узліссі біля траси Львів — Рава-Руська.

Речник Західного регіонального управління Держприкордонслужби Роман Дідух розповів ZAXID.NET, що прикордонники спершу сприйняли тепловий силует за лося. «Коли розглянули запис, зрозуміли, що це зубр. Тварина спокійно перетнула смугу і пішла в бік лісу», — сказав він.

У Яворівському національному природному парку нашому виданню підтвердили, що знають про появу тварини і стежитимуть за нею. «Ймовірно, це молодий самець, який шукає нову територію. Просимо водіїв бути уважними на трасі, а мешканців — не підходити близько і не фотографуватися з ним», — сказала заступниця директора парку з наукової роботи Оксана Дем'янчук.

Зубр занесений до Червоної книги України. За оцінками науковців, в Україні на волі живе кілька сотень цих тварин, здебільшого на Волині, Рівненщині та Буковині.
""",
"02_de.txt": """Wisent wandert von Polen in die Ukraine
tagesschau.de
14.09.2027 16:10

Ein junger Wisentbulle hat die Grenze zwischen Polen und der Ukraine überquert. Das Tier sei in der Nacht zum Dienstag aus den Wäldern bei Horyniec-Zdrój in die Westukraine gewandert, wie der polnische Regionalsender Radio Lublin und das ukrainische Nachrichtenportal Zaxid.net übereinstimmend berichten.

Nach Angaben von Radio Lublin hatte sich der etwa dreijährige Bulle seit Beginn der Sommerferien in der Grenzregion aufgehalten. Ein Förster sagte dem Sender, das Tier sei vermutlich von älteren Bullen aus seiner Herde verdrängt worden und suche ein neues Revier. „Die Grenze existiert für ihn nicht.“

Auf ukrainischer Seite erfasste eine Wärmebildkamera des Grenzschutzes den Wisent, wie Zaxid.net unter Berufung auf einen Sprecher der Grenzschutzbehörde meldet. Die Grenzer hätten das Tier zunächst für einen Elch gehalten. Der Nationalpark Jaworiw bat Autofahrer auf der Fernstraße Lwiw–Rawa-Ruska um Vorsicht.

Der Wisent, das größte Landsäugetier Europas, war Anfang des 20. Jahrhunderts in freier Wildbahn ausgerottet. Dank Zuchtprogrammen leben heute wieder mehrere Tausend Tiere frei, die meisten davon in Polen. Die Art gilt weiterhin als gefährdet.
""",
"03_it.txt": """Il bisonte che ha attraversato la frontiera: dalla Polonia all'Ucraina in una notte
Corriere della Sera
14 settembre 2027

Un giovane bisonte europeo ha attraversato nella notte tra lunedì e martedì il confine tra la Polonia e l'Ucraina, nei boschi a sud del valico di Hrebenne. A darne notizia è l'emittente polacca Radio Lublin, secondo cui l'animale vagava dall'inizio dell'estate nella zona di Horyniec-Zdrój.

Si tratta di un maschio di circa tre anni, al quale a maggio i forestali polacchi avevano applicato un collare Gps. Il segnale del trasmettitore, riferisce la radio, arriva ormai dal territorio ucraino. «Probabilmente è stato allontanato dal branco dai maschi più anziani e cerca un nuovo territorio. Per lui il confine non esiste», ha detto all'emittente il forestale Piotr Gajewski. Da maggio il bisonte avrebbe percorso oltre 120 chilometri.

Alcuni abitanti della zona, sentiti dalla radio, raccontano di averlo visto pascolare tranquillo lungo la strada, senza alcuna paura delle auto.

Il bisonte europeo, il più grande mammifero terrestre del continente, si era estinto in natura all'inizio del Novecento. Grazie ai programmi di riproduzione in cattività e alle reintroduzioni, oggi ne vivono allo stato libero diverse migliaia, soprattutto in Polonia, dove la specie è rigorosamente protetta.
""",
}, [{"name": "Radio Lublin", "in_corpus": True},
    {"name": "ZAXID.NET", "in_corpus": True}],
[{"origin": "Radio Lublin", "article": "02_de.txt"},
 {"origin": "ZAXID.NET", "article": "02_de.txt"},
 {"origin": "Radio Lublin", "article": "03_it.txt"}],
[{"text": "A young European bison bull crossed the border from Poland into Ukraine during the night from Monday to Tuesday.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_it.txt"], "independent_sources": 2},
 {"text": "Polish foresters had fitted the bull with a GPS collar in May and its signal now comes from Ukraine.",
  "articles": ["00_pl.txt", "03_it.txt"], "independent_sources": 1}])


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
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names,
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 129 (wildlife and animals; real media "
                   "names, invented events); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
