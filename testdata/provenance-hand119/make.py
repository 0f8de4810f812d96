#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand119 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# v01: an institution's own published statement (Holy See Press Office communiqué), outside the
# corpus, taken directly by all four: it "Lo ha reso noto ieri la Sala Stampa della Santa Sede con
# un comunicato" + "si legge nella nota"; es "según ha informado este martes la Oficina de Prensa de
# la Santa Sede" + "añade la nota"; en "the Holy See Press Office announced Tuesday" + "according
# to the statement"; pl "poinformowało we wtorek Biuro Prasowe Stolicy Apostolskiej w komunikacie".
story("v01_vatican_statement_minors_house", "institution", {
"00_it.txt": """Vaticano, a Monteverde una casa per 120 minori soli
Avvenire
12 maggio 2027

La Santa Sede aprirà a Roma un centro di accoglienza per 120 minori stranieri non accompagnati. Lo ha reso noto ieri la Sala Stampa della Santa Sede con un comunicato diffuso in tarda mattinata.

La struttura, che si chiamerà «Casa del Buon Samaritano», sorgerà nell'ex convento delle suore agostiniane nel quartiere di Monteverde, lasciato libero dalla comunità nel 2024. Secondo la nota, i lavori di adeguamento sono già iniziati e la casa accoglierà i primi ospiti il 1° ottobre. Il costo complessivo è stimato in 4,8 milioni di euro, coperti da un lascito testamentario e da donazioni private.

A gestire il centro sarà il Dicastero per il Servizio dello Sviluppo Umano Integrale insieme alla Caritas diocesana di Roma. Nel comunicato si precisa che i ragazzi, tra i 14 e i 17 anni, saranno seguiti da 34 educatori e mediatori culturali e potranno frequentare corsi di italiano e di formazione professionale.

«Nessun ragazzo che arriva a Roma da solo dovrebbe dormire in una stazione», afferma mons. Aurelio Vitale, segretario del Dicastero, le cui parole sono riportate nel testo. «Questa casa è un piccolo segno, ma vogliamo che sia un segno concreto».

Il comunicato ricorda che nel 2026 i minori non accompagnati transitati per la capitale sono stati oltre 2.300, secondo stime della stessa Caritas. La Santa Sede, si legge ancora nella nota, «invita le parrocchie della diocesi a offrire volontari per l'accompagnamento scolastico e sportivo».

Negli ultimi anni diverse congregazioni religiose hanno messo a disposizione conventi rimasti vuoti per l'accoglienza di migranti e rifugiati, soprattutto nel Lazio e in Sicilia.
""",
"01_es.txt": """El Vaticano abrirá en Roma una casa para 120 menores migrantes que llegan solos
El País
2027-05-11 17:45

El Vaticano abrirá en otoño en Roma un centro de acogida con 120 plazas para menores extranjeros no acompañados, según ha informado este martes la Oficina de Prensa de la Santa Sede en un comunicado.

La llamada Casa del Buen Samaritano ocupará un antiguo convento de monjas agustinas en el barrio de Monteverde, vacío desde 2024. El comunicado vaticano precisa que las obras ya han comenzado y que los primeros chicos, de entre 14 y 17 años, llegarán el 1 de octubre. El proyecto costará 4,8 millones de euros, financiados con una herencia y con donaciones privadas.

El centro lo gestionará el Dicasterio para el Servicio del Desarrollo Humano Integral junto con Cáritas de Roma. Según la nota, 34 educadores y mediadores culturales atenderán a los menores, que podrán seguir cursos de italiano y de formación profesional.

"Ningún chico que llega solo a Roma debería dormir en una estación", afirma en el texto monseñor Aurelio Vitale, secretario del dicasterio. "Esta casa es un signo pequeño, pero queremos que sea concreto".

Más de 2.300 menores no acompañados pasaron por la capital italiana en 2026, según estimaciones de Cáritas recogidas en el comunicado. La Santa Sede, añade la nota, invita a las parroquias de la diócesis a aportar voluntarios para el apoyo escolar y las actividades deportivas.

La acogida de migrantes ha sido una de las prioridades de la Iglesia católica en la última década, y varias órdenes religiosas italianas han cedido conventos vacíos para alojar a refugiados.
""",
"02_en.txt": """Vatican to open Rome shelter for 120 unaccompanied migrant minors
Catholic News Agency
May 11, 2027

The Vatican will open a residence for 120 unaccompanied foreign minors in a former convent in Rome's Monteverde neighborhood this autumn, the Holy See Press Office announced Tuesday.

The "House of the Good Samaritan" will be run by the Dicastery for Promoting Integral Human Development together with Caritas of the Diocese of Rome, according to the statement. Teenagers aged 14 to 17 will be looked after by 34 educators and cultural mediators and offered Italian lessons and vocational training.

"No young person who arrives in Rome alone should have to sleep in a railway station," Msgr. Aurelio Vitale, secretary of the dicastery, said in the communiqué. "This house is a small sign, but we want it to be a concrete one."

The building belonged to a community of Augustinian sisters, who left it in 2024. Renovation work has already begun, the press office said.

More than 2,300 unaccompanied minors passed through the Italian capital in 2026, the statement added, citing estimates by Caritas. The Holy See invited parishes in the diocese to offer volunteers to help the young residents with schoolwork and sports.

Italy has seen a steady rise in the number of unaccompanied minors arriving by sea in recent years, and church organizations run a large share of the reception facilities for them.
""",
"03_pl.txt": """Watykan otworzy w Rzymie dom dla 120 małoletnich migrantów
Gość Niedzielny
11.05.2027 16:20

Stolica Apostolska otworzy w Rzymie ośrodek dla 120 małoletnich cudzoziemców bez opieki – poinformowało we wtorek Biuro Prasowe Stolicy Apostolskiej w komunikacie.

Dom Dobrego Samarytanina powstanie w dawnym klasztorze sióstr augustianek w dzielnicy Monteverde. Jak czytamy w komunikacie, prace remontowe już trwają, a pierwsi podopieczni w wieku od 14 do 17 lat zamieszkają tam 1 października. Koszt przedsięwzięcia oszacowano na 4,8 mln euro; pokryje go zapis testamentowy oraz prywatne darowizny.

Ośrodkiem pokieruje Dykasteria ds. Integralnego Rozwoju Człowieka wspólnie z Caritas diecezji rzymskiej. Według watykańskiego komunikatu młodymi ludźmi zajmie się 34 wychowawców i mediatorów kulturowych, a podopieczni będą mogli uczyć się włoskiego i zdobywać zawód.

„Żaden młody człowiek, który przybywa do Rzymu sam, nie powinien spać na dworcu" – podkreślił cytowany w komunikacie sekretarz dykasterii ks. prał. Aurelio Vitale. „Ten dom jest małym znakiem, ale chcemy, by był znakiem konkretnym".

Biuro Prasowe, powołując się na szacunki Caritas, podało, że w 2026 r. przez Rzym przewinęło się ponad 2,3 tys. małoletnich bez opieki. Watykan zachęca parafie diecezji rzymskiej do zgłaszania wolontariuszy, którzy pomogą młodzieży w nauce i zajęciach sportowych.

Włochy należą do krajów europejskich, do których co roku dociera najwięcej nieletnich migrantów podróżujących bez rodziców.
""",
},
[{"name": "Holy See Press Office", "in_corpus": False}],
[{"origin": "Holy See Press Office", "article": a} for a in ["00_it.txt", "01_es.txt", "02_en.txt", "03_pl.txt"]],
[
 {"text": "The Vatican will open a reception centre for 120 unaccompanied foreign minors in a former convent in Rome's Monteverde district.",
  "articles": ["00_it.txt", "01_es.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The centre will take its first residents on 1 October and costs 4.8 million euros.",
  "articles": ["00_it.txt", "01_es.txt", "03_pl.txt"], "independent_sources": 1},
])

# v02: a bishops' conference letter (own published document, outside) -> KAI (in corpus, takes it
# from the document: "czytamy w liście pasterskim …, opublikowanym … na stronie episkopat.pl") ->
# uk "повідомляє польська Католицька інформаційна агенція (KAI) з посиланням на пастирський лист"
# + "цитує KAI" + "Як зазначає агенція"; de "wie die polnische Katholische Nachrichtenagentur KAI
# … unter Berufung auf einen Hirtenbrief … berichtete" + "Laut KAI" + "so die Agentur weiter".
# Both relays of KAI get the edge from KAI (chain). en takes the letter directly from the website.
story("v02_bishops_letter_chain_kai", "chain", {
"00_pl.txt": """Biskupi: w każdej parafii zespół odwiedzin osób samotnych
KAI
2027-11-09 12:10

Biskupi apelują, aby do pierwszej niedzieli Adwentu w każdej parafii w Polsce powstał zespół świeckich, którzy będą regularnie odwiedzać samotnych ludzi starszych. „Samotność starszego człowieka nie jest jego prywatną sprawą, lecz raną całej wspólnoty" – czytamy w liście pasterskim Konferencji Episkopatu Polski, opublikowanym we wtorek na stronie episkopat.pl.

List, zatytułowany „Byłem sam, a przyszliście do mnie", zostanie odczytany we wszystkich kościołach w niedzielę 14 listopada. Tydzień później, 21 listopada, przed świątyniami odbędzie się zbiórka do puszek na rzecz Caritas Polska, która ma przygotować dla zespołów materiały szkoleniowe.

Autorzy listu powołują się na dane, według których w Polsce samotnie mieszka ponad 1,7 mln osób po 70. roku życia. „Wielu z nich nie rozmawia z nikim przez cały tydzień, a jedynym głosem, który słyszą, jest głos z telewizora" – piszą biskupi.

Pasterze proponują, by zespoły liczyły co najmniej pięć osób, a ich członkowie odwiedzali każdego podopiecznego przynajmniej raz w tygodniu. Jak podkreślają, nie chodzi o zastąpienie pomocy społecznej, ale o „zwykłą obecność": rozmowę, wspólną modlitwę, pomoc w zakupach czy w dotarciu do lekarza. Proboszczowie mają zgłosić powstanie zespołu do kurii do końca stycznia.

List przyjęto podczas październikowego zebrania plenarnego KEP. To pierwszy od kilku lat dokument episkopatu w całości poświęcony sytuacji osób starszych.
""",
"01_uk.txt": """Польські єпископи закликали кожну парафію створити групи відвідування самотніх літніх людей
Укрінформ
09.11.2027 18:30

Конференція єпископату Польщі закликала створити в кожній парафії країни групи мирян, які регулярно відвідуватимуть самотніх літніх людей. Про це повідомляє польська Католицька інформаційна агенція (KAI) з посиланням на пастирський лист єпископів.

За даними агенції, лист під назвою «Я був самотній, і ви прийшли до мене» оприлюднили у вівторок. Його зачитають у всіх храмах Польщі в неділю, 14 листопада, а 21 листопада біля церков збиратимуть пожертви для Caritas Polska, яка має підготувати навчальні матеріали для волонтерів.

«Самотність літньої людини — це не її приватна справа, а рана всієї спільноти», — цитує KAI текст послання.

Як зазначає агенція, єпископи посилаються на дані, згідно з якими в Польщі самотньо живуть понад 1,7 млн людей віком понад 70 років. Групи мають складатися щонайменше з п'яти осіб і відвідувати кожного підопічного принаймні раз на тиждень — для розмови, спільної молитви, допомоги з покупками чи походом до лікаря.

Створити такі групи парафії мають до першої неділі Адвенту, а настоятелі повинні повідомити про них курію до кінця січня, додає агенція.

Польща, як і більшість країн Європейського Союзу, стрімко старіє: частка людей віком понад 65 років там уже перевищила п'яту частину населення.
""",
"02_de.txt": """Polens Bischöfe rufen Pfarreien zu Besuchsdiensten für einsame Senioren auf
katholisch.de
10.11.2027

Die katholischen Bischöfe in Polen wollen mit Besuchsgruppen in allen Pfarreien gegen die Einsamkeit alter Menschen vorgehen. Bis zum ersten Adventssonntag solle in jeder Gemeinde ein Team aus mindestens fünf Laien entstehen, das alleinlebende Senioren mindestens einmal pro Woche besucht, wie die polnische Katholische Nachrichtenagentur KAI am Dienstag unter Berufung auf einen Hirtenbrief der Bischofskonferenz berichtete.

„Die Einsamkeit eines alten Menschen ist nicht seine Privatsache, sondern eine Wunde der ganzen Gemeinschaft", zitiert die Agentur aus dem Schreiben. Laut KAI leben in Polen mehr als 1,7 Millionen Menschen über 70 Jahre allein; viele sprächen die ganze Woche mit niemandem.

Die Besuche sollen nach dem Willen der Bischöfe keine Sozialarbeit ersetzen, sondern „einfache Gegenwart" schenken: Gespräche, gemeinsames Gebet, Hilfe beim Einkaufen oder beim Arztbesuch. Die Pfarrer müssen die Gründung der Gruppen bis Ende Januar ihrer Diözesankurie melden, so die Agentur weiter.

Der Brief mit dem Titel „Ich war allein, und ihr seid zu mir gekommen" soll am kommenden Sonntag in allen Kirchen des Landes verlesen werden. Er wurde den Angaben zufolge bei der Vollversammlung der Bischofskonferenz im Oktober verabschiedet.

Auch in Deutschland gibt es in vielen Pfarreien Besuchsdienste für ältere Menschen, die häufig von ehrenamtlichen Caritas-Gruppen getragen werden.
""",
"03_en.txt": """Polish bishops ask every parish to form visiting teams for lonely elderly
The Tablet
Wed, 10 Nov 2027 09:00:00 +0000

Every Catholic parish in Poland should have a team of lay volunteers visiting elderly people who live alone by the first Sunday of Advent, the Polish Bishops' Conference said in a pastoral letter published on its website on Tuesday.

"The loneliness of an old person is not his private affair but a wound of the whole community," the bishops write in the letter, entitled "I was alone and you came to me" – an echo of Christ's words in Matthew 25.

The letter, which will be read from pulpits on Sunday 14 November, cites figures showing that more than 1.7 million Poles over 70 live on their own. Many, it says, "speak to no one for a whole week, and the only voice they hear is the one from the television".

Teams of at least five people are to visit each person at least once a week, offering conversation, prayer and practical help with shopping or trips to the doctor. Parish priests must report the teams to their diocesan curia by the end of January. A collection for Caritas Polska, which is to prepare training material for the volunteers, will be taken outside churches on 21 November.

The document was adopted at the conference's plenary assembly in October. Poland has one of the fastest-ageing populations in the European Union, and Mass attendance among the over-70s remains far higher than among younger Poles.
""",
},
[{"name": "Konferencja Episkopatu Polski", "in_corpus": False}],
[{"origin": "Konferencja Episkopatu Polski", "article": "00_pl.txt"},
 {"origin": "KAI", "article": "01_uk.txt"},
 {"origin": "KAI", "article": "02_de.txt"},
 {"origin": "Konferencja Episkopatu Polski", "article": "03_en.txt"}],
[
 {"text": "The Polish bishops ask every parish to set up a team of lay people regularly visiting lonely elderly people by the first Sunday of Advent.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A collection for Caritas Polska will be held outside churches on 21 November.",
  "articles": ["00_pl.txt", "01_uk.txt", "03_en.txt"], "independent_sources": 1},
])

# v03: a church's Telegram channel (Volyn eparchy of the OCU), outside, relayed 4x in case forms:
# uk "Про це повідомили в Telegram-каналі Волинської єпархії ПЦУ" + "цитує єпархія"; ru
# "сообщается в телеграм-канале Волынской епархии Православной церкви Украины" + "приводит епархия";
# pl (no outlet, no date) "poinformowała w swoim kanale na Telegramie eparchia wołyńska
# Prawosławnego Kościoła Ukrainy" + "Jak napisano we wpisie eparchii"; en "the Volyn Eparchy of the
# Orthodox Church of Ukraine said on Telegram" + "the eparchy wrote" + "according to the post".
story("v03_eparchy_telegram_church_fire", "telegram", {
"00_uk.txt": """На Волині від удару блискавки згоріла дерев'яна церква XVIII століття
Українська правда
19 липня 2027, 10:25

У селі Верхній Стохід Ковельського району на Волині в ніч на понеділок від удару блискавки загорілася дерев'яна церква святої Параскеви, збудована 1741 року. Про це повідомили в Telegram-каналі Волинської єпархії ПЦУ.

Як ідеться в повідомленні, блискавка влучила у дзвіницю близько 01:40. Вогонь швидко перекинувся на дах храму. Рятувальники гасили пожежу майже дві години; повністю згоріли дах і дзвіниця, стіни частково вціліли.

Парафіяни, яких розбудив сусід, встигли винести з храму 11 ікон з іконостасу та Євангеліє 1790 року почаївського друку. Ніхто не постраждав.

«Храм стояв майже три століття, пережив дві війни і радянську владу. Ми його відбудуємо», — цитує єпархія настоятеля, протоієрея Василя Гнатюка.

На фото, оприлюднених у каналі, видно обвуглений зруб і рятувальників, які розбирають залишки покрівлі. Єпархія оголосила збір коштів на відновлення та опублікувала реквізити рахунку парафії.

Церква святої Параскеви у Верхньому Стоході — одна з найстаріших дерев'яних святинь Ковельщини. На початку 2000-х її реставрували коштом громади.
""",
"01_ru.txt": """На Волыни молния уничтожила деревянную церковь XVIII века
Новая газета Европа
19 июля 2027, 13:05

В ночь на понедельник в селе Верхний Стоход Ковельского района Волынской области Украины от удара молнии сгорела деревянная церковь Святой Параскевы, построенная в 1741 году. Об этом сообщается в телеграм-канале Волынской епархии Православной церкви Украины.

По данным епархии, молния попала в колокольню около 01:40, огонь быстро перешел на крышу. Спасатели тушили пожар почти два часа. Крыша и колокольня сгорели полностью, стены уцелели частично.

Прихожане успели вынести из горящего храма 11 икон из иконостаса и Евангелие 1790 года почаевской печати, говорится в сообщении. Пострадавших нет.

«Храм стоял почти три века, пережил две войны и советскую власть. Мы его восстановим», — приводит епархия слова настоятеля, протоиерея Василия Гнатюка.

В епархии объявили сбор средств на восстановление церкви.

Деревянные церкви — одна из самых уязвимых частей культурного наследия Украины: многие из них не оборудованы ни молниеотводами, ни пожарной сигнализацией.
""",
"02_pl.txt": """Na Wołyniu piorun spalił drewnianą cerkiew z XVIII wieku

Zabytkowa drewniana cerkiew św. Paraskewy we wsi Wierchnij Stochid w obwodzie wołyńskim na Ukrainie spłonęła w nocy z niedzieli na poniedziałek po uderzeniu pioruna – poinformowała w swoim kanale na Telegramie eparchia wołyńska Prawosławnego Kościoła Ukrainy.

Świątynię zbudowano w 1741 r. Jak napisano we wpisie eparchii, piorun trafił w dzwonnicę ok. godz. 1.40, a ogień szybko objął dach. Akcja gaśnicza trwała prawie dwie godziny. Spłonęły dach i dzwonnica, ściany ocalały tylko częściowo. Nikt nie został ranny.

Parafianie zdołali wynieść z płonącej cerkwi 11 ikon z ikonostasu oraz Ewangeliarz z 1790 r. wydrukowany w Poczajowie.

„Świątynia stała prawie trzy stulecia, przetrwała dwie wojny i władzę sowiecką. Odbudujemy ją" – przytacza eparchia słowa proboszcza, protojereja Wasyla Hnatiuka.

Eparchia ogłosiła zbiórkę pieniędzy na odbudowę świątyni.

Wołyń, graniczący z Polską, słynie z licznych drewnianych cerkwi; część z nich powstała jeszcze w czasach I Rzeczypospolitej. Wiele z nich nie ma instalacji odgromowej.
""",
"03_en.txt": """Lightning destroys 18th-century wooden church in Volyn Oblast
The Kyiv Independent
July 19, 2027 3:40 PM

A wooden church built in 1741 burned down in the village of Verkhnii Stokhid in Volyn Oblast after it was struck by lightning overnight on July 19, the Volyn Eparchy of the Orthodox Church of Ukraine said on Telegram.

The lightning hit the bell tower at around 1:40 a.m., and the fire quickly spread to the roof of the Church of St. Paraskeva, the eparchy wrote. Firefighters needed almost two hours to put out the blaze. The roof and bell tower were destroyed, while the log walls partly survived.

Parishioners, woken by a neighbor, managed to carry 11 icons from the iconostasis and a Gospel book printed in Pochaiv in 1790 out of the burning building, according to the post. No one was hurt.

"The church stood for almost three centuries and survived two wars and Soviet rule. We will rebuild it," the parish rector, Archpriest Vasyl Hnatiuk, was quoted as saying by the eparchy.

Photos shared by the eparchy show the charred log frame and rescuers pulling apart what remained of the roof. The eparchy has opened a fundraiser for the reconstruction.

Ukraine's wooden churches are among the most vulnerable parts of its heritage, with many lacking lightning rods or fire alarms.
""",
},
[{"name": "Волинська єпархія ПЦУ", "in_corpus": False}],
[{"origin": "Волинська єпархія ПЦУ", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"]],
[
 {"text": "Lightning set fire to the wooden Church of St. Paraskeva, built in 1741, in the village of Verkhnii Stokhid in Volyn region; its roof and bell tower burned down.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Parishioners carried 11 icons and a 1790 Gospel book out of the burning church.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
])

# v04: a priest's interview given to one outlet (El País, in-corpus scoop, with anonymous
# archdiocese sources that belong to El País): own "ha contado … a este periódico" + "confirman a
# EL PAÍS"; it "in un'intervista pubblicata ieri dal quotidiano spagnolo El País" + "Secondo El País"
# + "riferisce il quotidiano" + "ha detto … al giornale madrileno"; fr "a confié … au quotidien
# espagnol El País" + "D'après le quotidien madrilène" + "rapporte El País"; pl (Deon.pl) an
# uncredited close translation of El País published the next morning (keeps "w rozmowie z naszym
# dziennikiem", "potwierdzają nam", "Ostatniej nocy było ich 61"): edge from El País; en credits
# only Avvenire ("Avvenire … reported Monday", "the Italian paper said", "the newspaper added")
# although it names El País as Avvenire's source: edge from Avvenire (chain).
story("v04_priest_interview_scoop_copy", "scoop_translation_chain", {
"00_es.txt": """El cura de Entrevías que abre su iglesia por la noche: "No voy a cerrar la puerta a un hombre que tiembla"
El País
2027-01-24T07:00:00+01:00

Cada noche, a las diez en punto, Julián Otero Brea, de 63 años, abre las puertas de la parroquia de Nuestra Señora del Camino, en el barrio madrileño de Entrevías, y no las cierra hasta las siete de la mañana. Entre los bancos, unos 40 voluntarios colocan colchonetas y mantas. En lo que va de enero han dormido allí 212 personas distintas, según el registro que lleva la propia parroquia y que ha podido consultar EL PAÍS.

"No voy a cerrar la puerta a las once de la noche a un hombre que tiembla", ha contado el sacerdote a este periódico en la sacristía, entre cajas de ropa donada. Empezó el 15 de diciembre, cuando, dice, los albergues de la campaña municipal de frío se llenaron.

La iniciativa no ha gustado en el Arzobispado de Madrid. El 18 de enero, la vicaría territorial le envió una carta en la que le pedía suspender las aperturas nocturnas porque el templo no cuenta con licencia ni con seguro para uso residencial. Dos fuentes del arzobispado, que pidieron no ser identificadas, confirman a EL PAÍS la existencia de la carta y aseguran que se trata de "una recomendación por razones de seguridad, no de una sanción".

Otero no piensa obedecer, al menos por ahora. "Si el arzobispado o el ayuntamiento me ofrecen un sitio mejor para ellos, cierro mañana mismo. Mientras tanto, la iglesia es el sitio más caliente del barrio", explica.

Entre quienes duermen en Nuestra Señora del Camino hay temporeros sin trabajo en invierno, jóvenes extutelados y algunos jubilados que no pueden pagar la calefacción. Anoche eran 61.
""",
"01_it.txt": """Madrid, il parroco che apre la chiesa di notte ai senzatetto
Avvenire
25 gennaio 2027

Da metà dicembre la chiesa di Nostra Signora del Cammino, nel quartiere popolare di Entrevías, alla periferia sud di Madrid, resta aperta tutta la notte per chi non ha un tetto. A raccontarlo è il parroco, don Julián Otero Brea, 63 anni, in un'intervista pubblicata ieri dal quotidiano spagnolo El País.

Secondo El País, nel solo mese di gennaio hanno dormito tra i banchi della parrocchia 212 persone diverse, accolte da una quarantina di volontari che ogni sera, alle 22, stendono materassini e coperte. «Non chiuderò la porta alle undici di sera a un uomo che trema», ha detto il sacerdote al giornale madrileno.

L'iniziativa, riferisce il quotidiano, ha però suscitato le perplessità dell'arcidiocesi di Madrid: il 18 gennaio il vicariato territoriale avrebbe chiesto per lettera al parroco di sospendere le aperture notturne, perché l'edificio non dispone di licenza né di assicurazione per uso abitativo. Fonti dell'arcivescovado citate da El País parlano di «una raccomandazione per motivi di sicurezza, non di una sanzione».

Don Otero, stando all'intervista, non intende fermarsi: «Se mi offrono un posto migliore per loro, chiudo domani stesso. Nel frattempo la chiesa è il luogo più caldo del quartiere».

Tra gli ospiti, scrive il giornale, ci sono braccianti stagionali rimasti senza lavoro, giovani usciti dalle comunità per minori e pensionati che non riescono a pagare il riscaldamento. In Spagna, come in Italia, l'inverno mette ogni anno sotto pressione i dormitori pubblici delle grandi città.
""",
"02_fr.txt": """À Madrid, un curé ouvre son église la nuit aux sans-abri, malgré l'archevêché
La Croix
25/01/2027 à 11:32

Dans le quartier d'Entrevías, au sud de Madrid, l'église Nuestra Señora del Camino ne ferme plus la nuit. Depuis le 15 décembre, son curé, Julián Otero Brea, y accueille de 22 heures à 7 heures du matin les personnes sans abri, a confié le prêtre de 63 ans au quotidien espagnol El País, dans un entretien publié dimanche.

Selon El País, 212 personnes différentes ont dormi dans l'église depuis le début de janvier, sur des matelas installés entre les bancs par une quarantaine de bénévoles. « Je ne fermerai pas la porte à onze heures du soir à un homme qui tremble », a-t-il déclaré au journal.

L'initiative ne fait pas l'unanimité. D'après le quotidien madrilène, le vicariat territorial de l'archidiocèse de Madrid a demandé au curé, dans une lettre datée du 18 janvier, de suspendre ces ouvertures nocturnes, l'édifice ne disposant ni d'autorisation ni d'assurance pour un usage d'hébergement. Deux sources au sein de l'archevêché, citées sous couvert d'anonymat par le journal, évoquent « une recommandation pour des raisons de sécurité, pas une sanction ».

Le prêtre n'entend pas céder pour l'instant, rapporte El País : « Si l'on me propose un meilleur endroit pour eux, je ferme dès demain. En attendant, l'église est l'endroit le plus chaud du quartier. »

En Espagne, plusieurs paroisses ont déjà ouvert leurs portes lors de vagues de froid, mais rarement de manière aussi durable.
""",
"03_pl.txt": """Ksiądz z Entrevías otwiera kościół na noc: „Nie zamknę drzwi przed człowiekiem, który drży"
Deon.pl
25.01.2027, 09:15

Każdego wieczoru, punktualnie o 22.00, 63-letni Julián Otero Brea otwiera drzwi parafii Matki Bożej od Drogi (Nuestra Señora del Camino) w madryckiej dzielnicy Entrevías i zamyka je dopiero o siódmej rano. Między ławkami około 40 wolontariuszy rozkłada materace i koce. Od początku stycznia spało tam 212 różnych osób – wynika z rejestru, który prowadzi parafia i do którego mieliśmy wgląd.

„Nie zamknę drzwi o jedenastej w nocy przed człowiekiem, który drży" – powiedział kapłan w rozmowie z naszym dziennikiem, w zakrystii, między kartonami z podarowanymi ubraniami. Zaczął 15 grudnia, kiedy – jak mówi – zapełniły się schroniska miejskiej akcji zimowej.

Inicjatywa nie spodobała się archidiecezji madryckiej. 18 stycznia wikariat terytorialny wysłał mu list z prośbą o zawieszenie nocnych otwarć, ponieważ świątynia nie ma pozwolenia ani ubezpieczenia na cele mieszkalne. Dwa źródła w kurii, które prosiły o anonimowość, potwierdzają nam istnienie listu i zapewniają, że chodzi o „zalecenie ze względów bezpieczeństwa, a nie sankcję".

Otero nie zamierza się podporządkować, przynajmniej na razie. „Jeśli archidiecezja albo ratusz zaproponują im lepsze miejsce, zamknę od jutra. Do tego czasu kościół jest najcieplejszym miejscem w dzielnicy" – wyjaśnia.

Wśród tych, którzy śpią w Nuestra Señora del Camino, są sezonowi robotnicy bez pracy zimą, młodzi ludzie, którzy opuścili placówki opiekuńcze, oraz emeryci, których nie stać na ogrzewanie. Ostatniej nocy było ich 61.
""",
"04_en.txt": """Madrid priest keeps church open overnight for homeless despite archdiocese request
National Catholic Reporter
January 26, 2027

A parish priest in a working-class district of Madrid has been opening his church every night since mid-December to let homeless people sleep between the pews, and says he will not stop despite a request from the archdiocese, Avvenire, the daily newspaper of the Italian bishops' conference, reported Monday.

Fr. Julián Otero Brea, 63, pastor of Nuestra Señora del Camino in the Entrevías neighborhood, told the Spanish daily El País that 212 different people had slept in the church so far in January, the Italian paper said. About 40 volunteers lay out mats and blankets at 10 p.m., and the doors stay open until 7 a.m.

"I will not close the door at 11 at night on a man who is shivering," Otero was quoted as saying.

According to Avvenire, the archdiocese's territorial vicariate wrote to Otero on Jan. 18 asking him to suspend the overnight openings because the building has neither a permit nor insurance for residential use. Archdiocesan sources described the letter as a safety recommendation rather than a sanction, the newspaper added.

Otero said he would close "tomorrow" if he were offered a better place for his guests. Until then, "the church is the warmest place in the neighborhood."

Spain's bishops have repeatedly urged parishes to help during cold snaps, but permanent overnight shelters in church buildings remain rare.
""",
},
[{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": "01_it.txt"},
 {"origin": "El País", "article": "02_fr.txt"},
 {"origin": "El País", "article": "03_pl.txt"},
 {"origin": "Avvenire", "article": "04_en.txt"}],
[
 {"text": "A Madrid parish priest, Julián Otero Brea, opens his church in Entrevías at night as a shelter, and 212 different people slept there in January.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_pl.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The Archdiocese of Madrid asked the priest in a letter of 18 January to suspend the night openings because the church has no permit or insurance for residential use.",
  "articles": ["00_es.txt", "01_it.txt", "02_fr.txt", "03_pl.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "61 people slept in the church the previous night.",
  "articles": ["00_es.txt", "03_pl.txt"], "independent_sources": 1},
])

# v05: outside agency EFE relayed 4x; Avvenire relays EFE ("secondo quanto riferito ieri
# dall'agenzia spagnola Efe", "stando alla Efe") and adds its own confirmation ("Raggiunta al
# telefono da Avvenire, la superiora generale … ha confermato", "ci ha detto", "ha precisato ad
# Avvenire"): keeps its EFE edge and is itself an in-corpus origin. es "informó este jueves la
# agencia EFE" + "declaró a Efe" + "añadió la agencia"; pl "podała w czwartek hiszpańska agencja
# EFE" + "Jak przekazała agencji"; fr "rapporte l'agence espagnole EFE" + "a expliqué à l'agence".
story("v05_efe_convents_own_confirmation", "agency_confirmation", {
"00_es.txt": """Las Misioneras de San Rosendo cerrarán sus tres conventos en Galicia por falta de vocaciones
ABC
15/04/2027 13:50h

La congregación de las Hermanas Misioneras de San Rosendo, fundada en Ourense en 1889, cerrará antes de que acabe septiembre sus conventos de Lugo, Betanzos y Monforte de Lemos, informó este jueves la agencia EFE.

Las 41 religiosas que aún viven en esas tres casas, con una media de edad de 82 años, se trasladarán a la casa madre de Ourense, según Efe. La última novicia entró en la congregación en 1998.

"No cerramos por falta de fe, sino por falta de fuerzas", declaró a Efe la superiora general, sor Mercedes Lois Vázquez, quien explicó que la decisión se tomó en el capítulo general celebrado en marzo "después de mucha oración y muchas lágrimas".

Los tres edificios, que suman más de 9.000 metros cuadrados, se cederán durante 30 años a las Cáritas diocesanas de Lugo y de Santiago de Compostela para destinarlos a vivienda social en régimen de alquiler, añadió la agencia.

La congregación, dedicada durante décadas a la enseñanza y a la atención de enfermos en el rural gallego, llegó a tener 340 hermanas en los años sesenta. Galicia es una de las comunidades españolas donde más conventos han cerrado en la última década, en paralelo al envejecimiento de la población de las aldeas.
""",
"01_it.txt": """Spagna, le Missionarie di San Rosendo lasciano tre conventi: diventeranno case per famiglie
Avvenire
16 aprile 2027

Tre conventi della Galizia diventeranno alloggi sociali. La congregazione delle Suore Missionarie di San Rosendo, nata a Ourense nel 1889, chiuderà entro settembre le sue case di Lugo, Betanzos e Monforte de Lemos, secondo quanto riferito ieri dall'agenzia spagnola Efe.

Raggiunta al telefono da Avvenire, la superiora generale, suor Mercedes Lois Vázquez, ha confermato la decisione, presa dal capitolo generale a marzo. «È stata una scelta dolorosa, ma serena», ci ha detto. «Quelle case sono state costruite con l'elemosina della gente dei villaggi: è giusto che tornino alla gente».

Gli edifici, stando alla Efe, saranno concessi per trent'anni alle Caritas diocesane di Lugo e di Santiago de Compostela, che li trasformeranno in appartamenti in affitto a prezzi calmierati. Suor Mercedes ha precisato ad Avvenire che le religiose continueranno a visitare gli anziani dei paesi dove hanno vissuto «finché le gambe ce lo permetteranno».

La crisi delle vocazioni colpisce duramente la vita consacrata femminile in Spagna, dove negli ultimi dieci anni hanno chiuso centinaia di comunità. Non di rado, come in questo caso, gli edifici vengono affidati a progetti sociali invece di essere venduti sul mercato.
""",
"02_pl.txt": """Hiszpania: zgromadzenie zakonne zamyka trzy klasztory w Galicji
KAI
2027-04-15 17:05

Zgromadzenie Sióstr Misjonarek św. Rozendy (Hermanas Misioneras de San Rosendo) zamknie do końca września swoje klasztory w Lugo, Betanzos i Monforte de Lemos w hiszpańskiej Galicji – podała w czwartek hiszpańska agencja EFE.

Jak przekazała agencji przełożona generalna s. Mercedes Lois Vázquez, 41 sióstr mieszkających w tych domach – ich średnia wieku wynosi 82 lata – przeniesie się do domu macierzystego w Ourense. „Nie zamykamy z braku wiary, ale z braku sił" – powiedziała.

Według EFE ostatnia nowicjuszka wstąpiła do zgromadzenia w 1998 r. W latach 60. XX wieku wspólnota liczyła 340 sióstr. Decyzję podjęła w marcu kapituła generalna.

Zgromadzenie, założone w Ourense w 1889 r., przez dziesięciolecia prowadziło szkoły i opiekowało się chorymi na galicyjskiej wsi.

Hiszpania, podobnie jak wiele krajów Europy Zachodniej, zmaga się z głębokim kryzysem powołań zakonnych, zwłaszcza w zgromadzeniach żeńskich.
""",
"03_fr.txt": """En Galice, une congrégation ferme ses trois couvents et les confie à Caritas
La Croix
16 avril 2027

Faute de vocations, les Sœurs missionnaires de Saint-Rosendo vont fermer d'ici à la fin septembre leurs couvents de Lugo, Betanzos et Monforte de Lemos, en Galice (nord-ouest de l'Espagne), rapporte l'agence espagnole EFE.

Les 41 religieuses qui y vivent encore, âgées en moyenne de 82 ans, rejoindront la maison mère d'Ourense, où la congrégation a été fondée en 1889. « Nous ne fermons pas par manque de foi, mais par manque de forces », a expliqué à l'agence la supérieure générale, sœur Mercedes Lois Vázquez.

Selon EFE, les trois bâtiments, qui totalisent plus de 9 000 m², seront cédés pour trente ans aux Caritas diocésaines de Lugo et de Saint-Jacques-de-Compostelle afin d'y aménager des logements sociaux. La dernière novice est entrée en 1998 ; la congrégation comptait 340 sœurs dans les années 1960, précise l'agence.

En France aussi, de nombreuses communautés religieuses vieillissantes cherchent à transmettre leurs bâtiments à des projets d'habitat solidaire plutôt qu'à des promoteurs.
""",
},
[{"name": "EFE", "in_corpus": False}, {"name": "Avvenire", "in_corpus": True}],
[{"origin": "EFE", "article": a} for a in ["00_es.txt", "01_it.txt", "02_pl.txt", "03_fr.txt"]],
[
 {"text": "The Missionary Sisters of San Rosendo will close their three convents in Lugo, Betanzos and Monforte de Lemos by the end of September.",
  "articles": ["00_es.txt", "01_it.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The 41 remaining sisters, average age 82, will move to the mother house in Ourense.",
  "articles": ["00_es.txt", "02_pl.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The convent buildings will be ceded for 30 years to diocesan Caritas organisations for social rental housing.",
  "articles": ["00_es.txt", "01_it.txt", "03_fr.txt"], "independent_sources": 2},
])

# v06: anonymous-source scoop (Новая газета Европа: two priests who asked not to be named + a draft
# decree seen by the outlet; the anonymous priests belong to the origin) relayed 3x: uk "пише
# російське опозиційне видання «Новая газета Европа» з посиланням на двох священників" +
# "Співрозмовники видання" + "цитує «Новая газета Европа»"; en "the exiled news outlet Novaya Gazeta
# Europe reported Thursday, citing two priests … who spoke on condition of anonymity" + "Novaya Gazeta
# Europe's sources"; de (no date line) "Wie die russische Exilzeitung „Nowaja Gaseta Europa" unter
# Berufung auf zwei Geistliche … berichtet" + "Dem Bericht zufolge" + "nach Angaben des Blattes".
story("v06_anonymous_priests_parish_cuts", "anonymous_scoop", {
"00_ru.txt": """Заволжская епархия закроет треть сельских приходов. Священники — против
Новая газета Европа
10.06.2027, 08:00

Заволжская епархия Русской православной церкви готовится упразднить 37 из 112 своих сельских приходов. Как стало известно «Новой газете Европа», соответствующий указ правящего архиерея может быть подписан уже в июле, а реформа должна завершиться к 1 января 2028 года.

Об этом изданию рассказали два священника епархии; оба попросили не называть их имен, опасаясь наказания. Их слова подтверждает проект указа, копия которого есть в распоряжении редакции. Согласно документу, храмы упраздненных приходов станут «приписными»: богослужения в них будут совершаться не чаще раза в месяц, а один священник будет окормлять до пяти приходов.

Причина — нехватка клириков. По словам собеседников «Новой газеты Европа», только за последние три года за штат выведены или ушли сами 19 священников, а выпускников семинарии, готовых ехать в деревню, почти нет.

«Люди просто перестанут ходить в храм, если литургия будет раз в месяц. В деревнях остались одни старики, им до соседнего села двадцать километров», — говорит один из них. Второй собеседник считает, что после закрытия приходов епархия попытается продать часть церковных домов.

В пресс-службе епархии на запрос «Новой газеты Европа» не ответили.

Нехватка священников в сельских районах — давняя проблема, о которой в церкви говорят уже много лет, однако открыто сокращать число приходов епархии решаются редко.
""",
"01_uk.txt": """Єпархія РПЦ закриє третину сільських парафій через брак священників — ЗМІ
Українська правда
10 червня 2027, 12:40

Заволзька єпархія Російської православної церкви планує ліквідувати 37 зі 112 сільських парафій. Про це пише російське опозиційне видання «Новая газета Европа» з посиланням на двох священників єпархії та проєкт указу місцевого архієрея.

Співрозмовники видання попросили не називати їхніх імен. За їхніми словами, указ можуть підписати вже в липні, а реформу мають завершити до 1 січня 2028 року.

Згідно з документом, з яким ознайомилася «Новая газета Европа», храми ліквідованих парафій стануть «приписними»: служби там проводитимуть не частіше ніж раз на місяць, а один священник обслуговуватиме до п'яти парафій.

Причиною називають брак духовенства: за три роки з єпархії пішли або були виведені за штат 19 священників, пише видання.

«Люди просто перестануть ходити до храму, якщо літургія буде раз на місяць», — цитує «Новая газета Европа» одного з джерел.

У пресслужбі єпархії на запит видання не відповіли.

Російська православна церква останніми роками дедалі частіше стикається з нестачею священників у малих населених пунктах.
""",
"02_en.txt": """Russian Orthodox Diocese Plans to Shut a Third of Its Rural Parishes, Report Says
The Moscow Times
June 10, 2027

A Russian Orthodox diocese is preparing to abolish 37 of its 112 rural parishes amid a shortage of priests, the exiled news outlet Novaya Gazeta Europe reported Thursday, citing two priests of the diocese who spoke on condition of anonymity and a draft decree seen by the outlet.

Under the draft, churches in the abolished parishes of the Zavolzhskaya Eparchy would become "assigned" churches holding services no more than once a month, while a single priest would serve up to five parishes. The decree could be signed as early as July, with the overhaul completed by Jan. 1, 2028, according to the report.

Nineteen priests have left the eparchy or been suspended over the past three years, Novaya Gazeta Europe's sources said.

"People will simply stop going to church if the liturgy is held once a month. Only old people are left in the villages," one of the priests told the outlet.

The eparchy's press service did not respond to Novaya Gazeta Europe's request for comment. The Moscow Times was unable to independently verify the report.

The Russian Orthodox Church has for years struggled to staff parishes in depopulating rural areas, where many churches no longer have a resident priest.
""",
"03_de.txt": """Russisch-orthodoxe Diözese will ein Drittel ihrer Dorfpfarreien auflösen
katholisch.de

Eine Diözese der Russisch-Orthodoxen Kirche will wegen Priestermangels mehr als ein Drittel ihrer ländlichen Pfarreien auflösen. Wie die russische Exilzeitung „Nowaja Gaseta Europa" unter Berufung auf zwei Geistliche und einen Dekretentwurf berichtet, sollen in der Eparchie Sawolschsk 37 von 112 Dorfpfarreien bis zum 1. Januar 2028 aufgehoben werden.

Dem Bericht zufolge würden die Kirchen der aufgelösten Gemeinden künftig nur noch einmal im Monat für Gottesdienste genutzt. Die beiden Priester, die anonym bleiben wollten, befürchten, dass die Gläubigen in den oft überalterten Dörfern dann ganz wegbleiben.

In den vergangenen drei Jahren hätten 19 Geistliche die Eparchie verlassen oder seien suspendiert worden, schreibt die Zeitung. Eine Anfrage an die Pressestelle der Eparchie blieb nach Angaben des Blattes unbeantwortet.

Die „Nowaja Gaseta Europa" wird von Journalisten der 2022 in Russland eingestellten Zeitung „Nowaja Gaseta" im Exil herausgegeben. Auch in der katholischen Kirche in Deutschland werden wegen Priestermangels seit Jahren Pfarreien zu immer größeren Einheiten zusammengelegt.
""",
},
[{"name": "Новая газета Европа", "in_corpus": True}],
[{"origin": "Новая газета Европа", "article": a} for a in ["01_uk.txt", "02_en.txt", "03_de.txt"]],
[
 {"text": "A Russian Orthodox eparchy (Zavolzhskaya) plans to abolish 37 of its 112 rural parishes by 1 January 2028.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Under the draft decree one priest would serve up to five parishes.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1},
])

# v07: two independent own reports from the same pilgrimage: Gość Niedzielny (own "Nasz reporter
# był", "powiedział „Gościowi Niedzielnemu"" dative) and Укрінформ (own "передає власний
# кореспондент Укрінформу", "розповіла кореспондентові Укрінформу"); fr credits both ("rapportent
# l'hebdomadaire … Gość Niedzielny et l'agence … Ukrinform") -> two edges; es credits only Ukrinform
# ("según la agencia estatal ucraniana Ukrinform", "relata la agencia", "según el mismo medio").
story("v07_two_reports_jasna_gora", "two_independent", {
"00_pl.txt": """Rekordowa pielgrzymka Ukraińców na Jasnej Górze
Gość Niedzielny
14.08.2027 19:40

Około 17 tys. Ukraińców mieszkających w Polsce przybyło w sobotę na Jasną Górę. To największa pielgrzymka Ukraińców w historii sanktuarium – powiedział „Gościowi Niedzielnemu" rzecznik Jasnej Góry o. Marek Sobieraj.

Pielgrzymi przyjechali z ok. 60 parafii greckokatolickich i rzymskokatolickich z całego kraju. Już od rana wały jasnogórskie wypełniały się ludźmi w haftowanych koszulach; wielu niosło niebiesko-żółte flagi.

Nasz reporter był na Boskiej Liturgii w obrządku bizantyjskim, którą przed południem na szczycie celebrował bp Iwan Stasiuk z Kijowa. „Przyszliśmy podziękować Polakom i prosić Matkę Bożą o pokój, który będzie sprawiedliwy" – mówił w homilii.

Po liturgii pielgrzymi przekazali sanktuarium ikonę Matki Bożej Pokrowy, napisaną przez siostry bazylianki ze Lwowa. Przez najbliższy miesiąc ma wisieć w Kaplicy Matki Bożej, potem trafi do Sali Rycerskiej.

„W ciągu dnia ustawiła się kilkusetmetrowa kolejka do spowiedzi. Kapłani z Ukrainy spowiadali do późnego popołudnia" – relacjonuje o. Sobieraj.

W Polsce mieszka dziś ponad milion obywateli Ukrainy. Parafie greckokatolickie w wielu miastach odprawiają dziś po kilka liturgii w niedzielę, by pomieścić wszystkich wiernych.
""",
"01_uk.txt": """На Ясну Гору прийшли 17 тисяч українців — це найбільша проща в історії санктуарію
Укрінформ
14.08.2027 16:15

Понад 17 тисяч українців, які живуть у Польщі, взяли участь у суботу в прощі до санктуарію Ясна Гора в Ченстохові. Про це передає власний кореспондент Укрінформу.

Паломники приїхали з близько 60 греко-католицьких і римо-католицьких парафій з усієї Польщі. Божественну літургію візантійського обряду на ясногірських валах відслужив єпископ Іван Стасюк з Києва.

Окремою колоною йшли близько 300 родин загиблих українських військових. Процесію очолили військові капелани, які несли портрети полеглих. «Ми принесли сюди наших синів і чоловіків — у молитві», — розповіла кореспондентові Укрінформу Оксана Мельник із Вроцлава, чий чоловік загинув на фронті два роки тому.

«Це найбільша проща українців в історії Ясної Гори», — сказав речник санктуарію отець-паулін Марек Собєрай.

Черги до сповіді, за спостереженнями кореспондента, тягнулися на кількасот метрів; священники з України сповідали до вечора.

За даними польської влади, нині в Польщі проживає понад мільйон громадян України.
""",
"02_fr.txt": """Pologne : 17 000 Ukrainiens en pèlerinage à Czestochowa, un record
La Croix
16 août 2027

Quelque 17 000 Ukrainiens installés en Pologne se sont rendus samedi 14 août au sanctuaire marial de Jasna Gora, à Czestochowa, rapportent l'hebdomadaire catholique polonais Gość Niedzielny et l'agence de presse ukrainienne Ukrinform, qui avaient tous deux un journaliste sur place.

Il s'agit du plus grand pèlerinage ukrainien de l'histoire du sanctuaire, a déclaré aux deux médias le porte-parole de Jasna Gora, le père paulin Marek Sobieraj. Les pèlerins venaient d'une soixantaine de paroisses gréco-catholiques et latines de tout le pays.

La divine liturgie de rite byzantin a été célébrée en fin de matinée par Mgr Ivan Stassiouk, venu de Kiev. « Nous sommes venus remercier les Polonais et demander à la Mère de Dieu une paix qui soit juste », a-t-il déclaré dans son homélie, citée par Gość Niedzielny.

Selon l'hebdomadaire, les pèlerins ont offert au sanctuaire une icône de la Vierge de la Protection (Pokrova), peinte par des sœurs basiliennes de Lviv.

Plus d'un million d'Ukrainiens vivent aujourd'hui en Pologne, où les paroisses gréco-catholiques ont vu leur fréquentation fortement augmenter depuis 2022.
""",
"03_es.txt": """Miles de ucranianos peregrinan a Czestochowa para rezar por la paz
El País
15 ago 2027 - 10:20 CEST

Más de 17.000 ucranianos residentes en Polonia peregrinaron este sábado al santuario de Jasna Góra, en Czestochowa, el principal centro mariano del país, según la agencia estatal ucraniana Ukrinform, cuyo corresponsal estuvo en el santuario.

Los peregrinos llegaron desde unas 60 parroquias grecocatólicas y latinas. Unas 300 familias de militares ucranianos caídos caminaron en una columna propia, encabezada por capellanes castrenses que portaban retratos de los muertos, relata la agencia.

"Hemos traído aquí a nuestros hijos y maridos, en la oración", dijo a Ukrinform Oksana Melnyk, una viuda llegada desde Breslavia. El portavoz del santuario, el padre paulino Marek Sobieraj, calificó la peregrinación como la mayor de ucranianos en la historia de Jasna Góra, según el mismo medio.

La liturgia de rito bizantino fue presidida por el obispo Iván Stasiuk, llegado desde Kiev.

Polonia acoge a más de un millón de ciudadanos ucranianos, y las parroquias grecocatólicas del país se han convertido en uno de los principales puntos de encuentro de la comunidad.
""",
},
[{"name": "Gość Niedzielny", "in_corpus": True}, {"name": "Укрінформ", "in_corpus": True}],
[{"origin": "Gość Niedzielny", "article": "02_fr.txt"},
 {"origin": "Укрінформ", "article": "02_fr.txt"},
 {"origin": "Укрінформ", "article": "03_es.txt"}],
[
 {"text": "About 17,000 Ukrainians living in Poland came on pilgrimage to Jasna Góra, the largest Ukrainian pilgrimage in the shrine's history.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_fr.txt", "03_es.txt"], "independent_sources": 2},
 {"text": "About 300 families of fallen Ukrainian soldiers walked in a separate column led by military chaplains.",
  "articles": ["01_uk.txt", "03_es.txt"], "independent_sources": 1},
])

# v08: outside agency AFP relayed 4x: fr "selon l'AFP" + "a indiqué la gendarmerie à l'Agence
# France-Presse" + "précise l'agence"; it "Lo riferisce l'agenzia France Presse" + "ha detto
# all'Afp" + "sottolinea l'agenzia francese"; ru (no date line) "сообщает агентство Франс Пресс" +
# "рассказал агентству" + "Как отмечает Франс Пресс"; en "Agence France-Presse reported" + "told AFP"
# + "according to the French news agency". The gendarmerie and the rector only spoke to AFP.
story("v08_afp_reliquary_theft", "agency", {
"00_fr.txt": """Finistère : un reliquaire du XVe siècle volé dans une chapelle
La Croix
04/03/2027 à 15:10

Un bras-reliquaire en argent doré du XVe siècle contenant des reliques de saint Tugdual a été dérobé dans la nuit de mercredi à jeudi dans la chapelle Saint-Tugdual de Kerlaouen (Finistère), selon l'AFP.

Les voleurs ont brisé un vitrail du côté sud pour pénétrer dans l'édifice, a indiqué la gendarmerie à l'Agence France-Presse. Le vol a été découvert jeudi vers 7 h 30 par la sacristine. La brigade de recherches de Châteaulin a ouvert une enquête.

Classé monument historique depuis 1908, l'objet est estimé à environ 250 000 euros, précise l'agence.

« C'est le cœur de la paroisse qu'on nous a arraché. Depuis six cents ans, on le porte en procession au pardon de juin », a déclaré à l'AFP le recteur, le père Yann Le Gall, qui lance un appel à témoins.

D'après l'AFP, il s'agit du troisième vol d'un objet liturgique classé en Bretagne en dix-huit mois.

Les églises et chapelles rurales, souvent ouvertes en journée et peu surveillées, sont régulièrement la cible de voleurs d'objets d'art, qui revendent parfois leur butin à l'étranger.
""",
"01_it.txt": """Francia: rubato in Bretagna un reliquiario del '400
ANSA
2027-03-04 17:22

PARIGI - Un reliquiario a forma di braccio in argento dorato del XV secolo, che custodisce reliquie di san Tugdual, è stato rubato nella notte tra mercoledì e giovedì dalla cappella di Saint-Tugdual a Kerlaouen, in Bretagna. Lo riferisce l'agenzia France Presse.

Secondo la gendarmeria, citata dall'Afp, i ladri sono entrati rompendo una vetrata. L'oggetto, tutelato come monumento storico dal 1908, ha un valore stimato di circa 250.000 euro.

«Ci hanno strappato il cuore della parrocchia», ha detto all'Afp il rettore, padre Yann Le Gall. Il reliquiario viene portato in processione ogni anno a giugno durante il tradizionale «pardon» bretone, una festa religiosa che richiama fedeli da tutta la regione.

Gli investigatori della gendarmeria di Châteaulin hanno aperto un'inchiesta e il sacerdote ha lanciato un appello a chiunque abbia notato movimenti sospetti nei pressi della cappella.

Si tratta, sottolinea l'agenzia francese, del terzo furto di un oggetto liturgico tutelato in Bretagna in un anno e mezzo.
""",
"02_ru.txt": """Во Франции из часовни украли реликварий XV века
РИА Новости

Неизвестные похитили из часовни в Бретани на северо-западе Франции позолоченный серебряный реликварий XV века с мощами святого Тугдуала, сообщает агентство Франс Пресс.

По данным агентства, кража произошла в ночь со среды на четверг в часовне Сен-Тюгдюаль в деревне Керлауэн в департаменте Финистер. Злоумышленники проникли внутрь, разбив витраж. Пропажу около половины восьмого утра обнаружила ризничая, которая сразу вызвала жандармов.

«У нашего прихода вырвали сердце», — рассказал агентству настоятель, отец Ян Ле Галль. Реликварий в форме руки ежегодно в июне выносят во время крестного хода, традиционного для бретонских приходов. Священник обратился к жителям окрестных деревень с просьбой сообщить о любых подозрительных машинах, замеченных ночью возле часовни.

Как отмечает Франс Пресс, это уже третья за полтора года кража охраняемого государством церковного предмета в Бретани. Расследование ведет жандармерия.

Во Франции регулярно фиксируются кражи из сельских церквей, которые днем часто остаются открытыми без присмотра.
""",
"03_en.txt": """Medieval reliquary of St Tugdual stolen from Breton chapel
Catholic Herald
5 March 2027

Thieves smashed a stained-glass window to break into a chapel in Brittany and made off with a 15th-century silver-gilt reliquary containing relics of St Tugdual, one of the region's founding saints, Agence France-Presse reported.

The arm-shaped reliquary was taken overnight from Wednesday to Thursday from the Chapel of Saint-Tugdual in Kerlaouen, in the Finistère département, AFP said, citing the gendarmerie. The theft was discovered by the sacristan at about 7.30am.

The object has been a listed historic monument since 1908 and is valued at around €250,000, the agency said.

"They have torn out the heart of the parish," the rector, Fr Yann Le Gall, told AFP. "For six hundred years it has been carried in procession at our pardon in June." He has appealed for witnesses.

It is the third theft of a protected liturgical object in Brittany in 18 months, according to the French news agency. Investigators from the gendarmerie in Châteaulin are handling the case.

Rural churches in France are frequently targeted by art thieves, as many are left open and unattended during the day.
""",
},
[{"name": "AFP", "in_corpus": False}],
[{"origin": "AFP", "article": a} for a in ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_en.txt"]],
[
 {"text": "A 15th-century silver-gilt reliquary of St Tugdual was stolen overnight from the chapel of Saint-Tugdual in Kerlaouen, Finistère.",
  "articles": ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The reliquary, a listed historic monument since 1908, is valued at about 250,000 euros.",
  "articles": ["00_fr.txt", "01_it.txt", "03_en.txt"], "independent_sources": 1},
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 119 (invented events, real media names); see README.md.",
           "stories": []}
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
        out["stories"].append({"id": id, "scenario": scenario, "articles": names,
                               "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
