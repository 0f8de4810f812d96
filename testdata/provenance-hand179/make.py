#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand179 set.

Topic: smartphones, gadget leaks and consumer tech launches. The outlets are real media names;
everything else (events, companies, products, people, bodies, places, figures, quotes, X handles)
is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# g01: a tipster's post on X (outside person) relayed by three outlets directly, once via The Verge.
# en "(h/t to tipster Oskar Venn)" + "Venn wrote alongside the images" + unanswered request;
# de "Der Leaker Oskar Venn hat … auf X … veröffentlicht" + "Quelle: Oskar Venn via X" + background
# Handelsblatt interview (no edge); es "Tal y como recogen en The Verge, … de la mano del filtrador
# Oskar Venn" + "Vía | The Verge" (edge from The Verge only); ru "инсайдер Оскар Венн (Oskar Venn)
# опубликовал в соцсети X".
story("g01_tipster_x_foldable", "social_post", {
"00_en.txt": """Tarvio's Flexa 2 foldable leaks in full, and it finally has a zoom camera
The Verge
Mar 8, 2027, 9:14 PM UTC

Tarvio's next foldable has leaked in what look a lot like official press renders, roughly seven weeks before the company is expected to announce it. Four images of the Flexa 2 showed up on X on Monday afternoon (h/t to tipster Oskar Venn), and if they're accurate, Tarvio has fixed the two things people complained about most with last year's model: the thickness and the missing telephoto lens.

The renders show a noticeably slimmer phone with a 6.3-inch cover screen and a 7.9-inch inner display. Venn claims the Flexa 2 is 10.8mm thick when folded, down from 12.9mm on the original Flexa. The camera bump, meanwhile, now holds three sensors: a 50-megapixel main camera, a 12-megapixel ultrawide, and a 10-megapixel telephoto with 3x optical zoom.

"Flexa 2. Thinner, lighter, and finally a proper zoom. See you in late April," Venn wrote alongside the images. He also lists two colors, Slate and Moss, both of which appear in the leak.

Venn has a decent track record with Tarvio. He posted the first Flexa's colors and its exact price weeks before that phone was announced last May, when it launched at $1,499. There's nothing in Monday's leak about pricing for the sequel, and the renders don't tell us anything about the hinge, the other weak spot of the original.

Tarvio didn't immediately respond to The Verge's request for comment.
""",
"01_de.txt": """Tarvio Flexa 2: Leak zeigt das nächste Foldable – dünner und mit Telezoom
t3n
09.03.2027, 07:45 Uhr

Knapp ein Jahr nach dem ersten Flexa steht bei Tarvio offenbar der Nachfolger in den Startlöchern. Der Leaker Oskar Venn hat am Montagnachmittag auf X vier Renderbilder veröffentlicht, die das Flexa 2 von allen Seiten zeigen sollen. Die Bilder wirken wie offizielles Pressematerial.

Zu sehen ist ein spürbar schlankeres Gerät: Zusammengeklappt soll das Flexa 2 nur noch 10,8 Millimeter dick sein, beim Vorgänger waren es 12,9 Millimeter. Das Außendisplay misst Venn zufolge 6,3 Zoll, das innere Faltdisplay 7,9 Zoll.

Die größte Neuerung steckt im Kameramodul. Neben einer 50-Megapixel-Hauptkamera und einem Ultraweitwinkel mit 12 Megapixeln ist erstmals ein Teleobjektiv mit dreifachem optischem Zoom und 10 Megapixeln an Bord. Genau das hatten beim ersten Flexa viele Tests vermisst.

Dass Tarvio an einem dünneren Nachfolger arbeitet, ist seit Januar bekannt. Damals hatte Firmenchef Aaro Lindqvist im Interview mit dem Handelsblatt angekündigt, das nächste Foldable werde „deutlich handlicher“. Als Farben nennt Venn jetzt Slate und Moss, also Grau und Grün; vorgestellt werden soll das Gerät Ende April.

Zum Preis schweigt der Leak. Das erste Flexa kam im vergangenen Mai für 1.499 Euro in den Handel. Venn lag bei Tarvio bisher meist richtig: Farben und Preis des Vorgängers hatte er Wochen vor dem Launch korrekt vorhergesagt.

Quelle: Oskar Venn via X
""",
"02_es.txt": """El Tarvio Flexa 2 se filtra al completo: más delgado y, por fin, con teleobjetivo
Xataka
9 Marzo 2027, 10:20

Tarvio no tiene previsto presentar su nuevo plegable hasta finales de abril, pero a estas alturas ya sabemos prácticamente todo sobre él. Tal y como recogen en The Verge, las primeras imágenes del Flexa 2 han aparecido en X de la mano del filtrador Oskar Venn, y tienen toda la pinta de ser renders oficiales de prensa.

Lo primero que salta a la vista es el grosor. Cerrado, el Flexa 2 se quedaría en 10,8 milímetros, frente a los 12,9 del modelo original, un salto considerable para un plegable de tipo libro. La pantalla exterior sería de 6,3 pulgadas y la interior, de 7,9.

La otra gran novedad está en la parte trasera. El módulo de cámaras pasa a tener tres sensores: un principal de 50 megapíxeles, un gran angular de 12 megapíxeles y, esta vez sí, un teleobjetivo de 10 megapíxeles con zoom óptico de 3 aumentos, la gran ausencia del primer Flexa.

"Flexa 2. Más delgado, más ligero y, por fin, un zoom de verdad. Nos vemos a finales de abril", ha escrito Venn junto a las imágenes, en las que se ven dos acabados: Slate y Moss, gris y verde. El filtrador ya acertó el año pasado con los colores y el precio del primer modelo, que llegó al mercado por 1.499 euros.

De momento, Tarvio no ha dicho nada. Desde The Verge aseguran que la compañía no ha respondido a su petición de comentarios.

Vía | The Verge
""",
"03_ru.txt": """Складной смартфон Tarvio Flexa 2 показали на рендерах за полтора месяца до анонса
iXBT.com
2027-03-09T12:31:00+03:00

Известный инсайдер Оскар Венн (Oskar Venn) опубликовал в соцсети X четыре изображения складного смартфона Tarvio Flexa 2. Судя по качеству, это официальные рекламные рендеры, которые производитель готовил к анонсу.

По словам Венна, в сложенном виде толщина новинки составит 10,8 мм — у первого Flexa было 12,9 мм. Внешний экран получил диагональ 6,3 дюйма, внутренний гибкий — 7,9 дюйма.

Главное изменение касается камер. Помимо основного модуля на 50 Мп и сверхширокоугольного на 12 Мп, Flexa 2 получит 10-мегапиксельный телеобъектив с трёхкратным оптическим зумом. Отсутствие телевика было одной из главных претензий к первому поколению.

«Flexa 2. Тоньше, легче и наконец-то нормальный зум. Увидимся в конце апреля», — подписал публикацию инсайдер. На рендерах смартфон показан в двух цветах — Slate и Moss.

Официально Tarvio новинку пока не анонсировала. Первый Flexa вышел в мае прошлого года по цене 1499 долларов; Венн тогда заранее и точно назвал и цену, и расцветки устройства.
""",
},
[("Oskar Venn", False)],
[("Oskar Venn", "00_en.txt"), ("Oskar Venn", "01_de.txt"), ("The Verge", "02_es.txt"),
 ("Oskar Venn", "03_ru.txt")],
[("Leaked renders show Tarvio's unreleased Flexa 2 foldable with a 7.9-inch inner display and a triple camera including a 3x telephoto.",
  ["00_en.txt", "01_de.txt", "02_es.txt", "03_ru.txt"], 1)])

# g02: Golem.de own scoop (internal retailer presentation seen by Golem.de + two people familiar;
# spokesperson's no-comment to Golem.de) relayed 4x: en "according to German tech publication
# Golem.de, which says it has seen" + "Golem's two sources" + own unanswered request; fr "affirme le
# site allemand Golem.de, qui a pu consulter" + "selon nos confrères d'outre-Rhin" + background Le
# Monde portrait (no edge); it credit only in the last paragraph "pubblicate ieri dai colleghi
# tedeschi di Golem.de"; uk "Про це пише німецьке технологічне видання Golem.de" + "співрозмовників Golem.de".
story("g02_golem_tablet_chip", "scoop", {
"00_de.txt": """Exklusiv: Kalvora baut eigenen Chip für das Aura Tab S
Golem.de
13. April 2027, 9:02 Uhr

Der Tablet-Hersteller Kalvora will im September ein neues Oberklasse-Tablet mit selbst entwickeltem Prozessor auf den Markt bringen. Das geht aus einer internen Präsentation für Handelspartner hervor, die Golem.de vorliegt. Zwei mit den Plänen vertraute Personen bestätigten Golem.de die Angaben unabhängig voneinander.

Das Gerät soll Aura Tab S heißen und ein 11 Zoll großes OLED-Display mit 120 Hz bekommen. Herzstück ist ein Chip namens K1, den Kalvora nach Angaben der beiden Insider gemeinsam mit dem Halbleiterentwickler Senmark entworfen hat. Bisher setzt das Unternehmen in allen Tablets auf Prozessoren von Zulieferern.

Laut der Präsentation, die auf März datiert ist, soll das Aura Tab S in der WLAN-Version 549 Euro kosten. Kalvora verspricht darin eine Akkulaufzeit von bis zu 14 Stunden beim Videostreaming, rund vier Stunden mehr als beim aktuellen Aura Tab. Händlerschulungen sind für Ende August vorgesehen.

Einer der Insider sagte Golem.de, der eigene Chip sei intern „das wichtigste Projekt seit der Firmengründung“. Das günstigere Aura Tab Lite werde dafür im kommenden Jahr nicht neu aufgelegt.

Eine Kalvora-Sprecherin wollte sich auf Anfrage nicht äußern. „Zu Produkten, die wir nicht angekündigt haben, sagen wir grundsätzlich nichts“, teilte sie Golem.de mit.
""",
"01_en.txt": """Kalvora is reportedly building its own chip for its next tablet
TechCrunch
10:40 AM PDT · April 13, 2027

Kalvora, the European tablet maker best known for its mid-priced Aura Tab line, plans to launch a premium tablet powered by its own processor this fall, according to German tech publication Golem.de, which says it has seen an internal presentation for retail partners.

The device, called the Aura Tab S, would pair an 11-inch 120Hz OLED display with a chip named K1, which Kalvora reportedly co-designed with chip design firm Senmark. Golem's two sources, who confirmed the details independently of each other, say the tablet is scheduled for September.

The presentation puts the Wi-Fi model at €549 and promises up to 14 hours of video playback. Pricing for the U.S., where Kalvora only sells through its own website, isn't mentioned.

Designing custom silicon is an expensive bet for a company of Kalvora's size. According to the report, the cheaper Aura Tab Lite will not get a refresh next year as the company puts its resources into the K1.

Kalvora did not respond to TechCrunch's request for comment. A spokesperson declined to comment to Golem.de, saying the company does not discuss unannounced products.
""",
"02_fr.txt": """Kalvora préparerait une Aura Tab S dotée de sa propre puce
Les Numériques
Publié le 13/04/27 à 19h05

Kalvora veut jouer dans la cour des grands. Le fabricant de tablettes s'apprêterait à lancer en septembre une Aura Tab S animée par un processeur maison, affirme le site allemand Golem.de, qui a pu consulter une présentation interne destinée aux revendeurs.

Baptisée K1, cette puce aurait été conçue avec le spécialiste des semi-conducteurs Senmark. Elle équiperait une tablette de 11 pouces dotée d'un écran Oled à 120 Hz. Toujours selon nos confrères d'outre-Rhin, deux sources proches du projet ont confirmé ces informations.

Côté prix, la présentation évoque 549 € pour la version Wi-Fi, et une autonomie annoncée jusqu'à 14 heures en lecture vidéo, soit environ quatre heures de plus que l'Aura Tab actuelle, que nous avions testée l'an dernier.

Fondée il y a dix ans par l'ingénieur Henrik Asmussen, à qui Le Monde avait consacré un long portrait en 2025, la marque n'a encore jamais conçu ses propres composants. Sollicitée par Golem.de, elle n'a pas souhaité commenter.
""",
"03_it.txt": """Kalvora Aura Tab S: chip proprietario K1 e debutto a settembre
HDblog.it
14 Apr 2027 09:12

Kalvora si prepara a fare il grande salto. Il prossimo tablet di fascia alta del produttore, l'Aura Tab S, non userà più un processore di terze parti ma un SoC progettato in casa, chiamato K1, sviluppato insieme all'azienda di semiconduttori Senmark. Il debutto è previsto per settembre.

Sul fronte tecnico si parla di un display OLED da 11 pollici con refresh rate a 120 Hz e di un'autonomia fino a 14 ore in riproduzione video, circa quattro in più rispetto all'attuale Aura Tab. Il prezzo della versione Wi-Fi dovrebbe essere di 549 euro.

La scelta avrebbe anche una conseguenza sul resto della gamma: l'Aura Tab Lite, il modello più economico, il prossimo anno non avrà un successore, così da concentrare le risorse sul nuovo chip.

Kalvora non ha commentato. Le informazioni sono state pubblicate ieri dai colleghi tedeschi di Golem.de, che affermano di aver visionato una presentazione interna destinata ai rivenditori e di aver ricevuto conferma da due fonti vicine al progetto.
""",
"04_uk.txt": """Kalvora готує планшет із власним процесором — ЗМІ
dev.ua
14.04.2027, 11:30

Виробник планшетів Kalvora у вересні планує випустити флагманський Aura Tab S із процесором власної розробки. Про це пише німецьке технологічне видання Golem.de, яке ознайомилося з внутрішньою презентацією компанії для торговельних партнерів.

Чип під назвою K1 компанія нібито створила разом із розробником напівпровідників Senmark. Планшет отримає 11-дюймовий OLED-екран із частотою оновлення 120 Гц. Двоє співрозмовників Golem.de, знайомих із планами Kalvora, незалежно один від одного підтвердили ці дані.

Згідно з презентацією, версія з Wi-Fi коштуватиме 549 євро, а автономність сягатиме 14 годин відтворення відео. Дешевший Aura Tab Lite наступного року не оновлюватимуть.

У Kalvora відмовилися коментувати інформацію, заявивши німецькому виданню, що не обговорюють неанонсовані продукти.
""",
},
[("Golem.de", True)],
[("Golem.de", "01_en.txt"), ("Golem.de", "02_fr.txt"), ("Golem.de", "03_it.txt"),
 ("Golem.de", "04_uk.txt")],
[("Kalvora plans to launch the Aura Tab S tablet with its own K1 chip in September.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt", "04_uk.txt"], 1),
 ("The Wi-Fi version of the Aura Tab S is to cost 549 euros.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_it.txt", "04_uk.txt"], 1)])

# g03: chain 01net (own hands-on, reporter at the lab; product director speaks to 01net) ->
# Engadget ("That's according to French tech site 01net, which got to wear" + "told 01net") ->
# es credits only Engadget ("según detalla Engadget.com" + "recogidas por el medio estadounidense")
# and uk credits Engadget naming 01net ("Про це пише Engadget із посиланням на французьке видання
# 01net"): both get one edge from Engadget.
story("g03_chain_smart_glasses", "chain", {
"00_fr.txt": """On a essayé les Parvex Lens One, les lunettes connectées que personne n'a encore vues
01net
18 mai 2027 à 08:00

Elles ne seront officiellement présentées qu'à l'automne, mais 01net a pu les porter. Dans son laboratoire de Villeron, la jeune pousse Parvex nous a laissé essayer pendant une heure un prototype quasi final de ses premières lunettes connectées, les Lens One. Une exclusivité.

Première surprise : à 38 grammes, la monture ne se distingue presque pas d'une paire de lunettes de vue classique. Un minuscule écran micro-Oled est logé dans le verre droit. Il affiche les notifications, un itinéraire flèche par flèche et, c'est la fonction qui nous a le plus bluffés, des sous-titres en temps réel quand votre interlocuteur parle une autre langue. Lors de notre essai, la traduction d'une conversation en espagnol s'affichait avec environ une seconde de décalage.

La branche gauche intègre un capteur photo de 12 mégapixels et un petit voyant qui s'allume pendant l'enregistrement. L'autonomie atteindrait six heures en usage mixte, selon Parvex, ce que nous n'avons évidemment pas pu vérifier.

« Nous voulions des lunettes que l'on oublie sur le nez », nous a expliqué Claire Dumesnil, directrice produit de Parvex. Les Lens One seront lancées en novembre au prix de 699 euros, avec une première production de 20 000 exemplaires, a-t-elle précisé.

Reste l'inconnue du logiciel : sur notre prototype, plusieurs applications plantaient encore, et Parvex n'a pas voulu dire avec quels smartphones les lunettes seront compatibles au lancement.
""",
"01_en.txt": """Parvex's Lens One smart glasses will cost €699 and launch in November
Engadget
Tue, May 18, 2027, 11:30 AM EDT

Parvex, a French startup that has so far kept its hardware under wraps, plans to release its first smart glasses in November for €699. That's according to French tech site 01net, which got to wear a near-final prototype of the Lens One for an hour at the company's lab.

The glasses weigh 38 grams, about the same as regular prescription frames, and use a tiny micro-OLED display in the right lens for notifications, turn-by-turn directions and live subtitles that translate conversations. 01net reports the translated captions appeared roughly a second behind the speaker. There's also a 12-megapixel camera in the left arm, with a light that comes on while recording.

"We wanted glasses you forget you're wearing," Parvex product director Claire Dumesnil told 01net. The company is planning an initial run of 20,000 units and promises six hours of battery life with mixed use.

The prototype wasn't bug-free, according to the report: several apps crashed during the demo, and Parvex wouldn't say which phones the Lens One will work with at launch. We don't know yet whether the glasses will be sold outside Europe.
""",
"02_es.txt": """Parvex Lens One: así son las gafas inteligentes que llegarán en noviembre por 699 euros
Hipertextual
18 mayo, 2027 21:10

Las gafas inteligentes siguen buscando su momento, y una startup francesa quiere intentarlo con un diseño que apenas se distingue de unas gafas normales. Parvex lanzará en noviembre sus Lens One, que costarán 699 euros, según detalla Engadget.com.

Las gafas pesan 38 gramos e integran una diminuta pantalla micro-OLED en la lente derecha. En ella aparecen notificaciones, indicaciones de navegación y subtítulos traducidos en tiempo real, con un retraso de alrededor de un segundo. La patilla izquierda esconde una cámara de 12 megapíxeles con un piloto luminoso que se enciende al grabar.

"Queríamos unas gafas que te olvides de que llevas puestas", explica Claire Dumesnil, directora de producto de la compañía, en declaraciones recogidas por el medio estadounidense. Parvex fabricará una primera tirada de 20.000 unidades y promete seis horas de autonomía en uso mixto.

No todo está listo: el prototipo todavía sufría cierres inesperados en varias aplicaciones, y la empresa no ha confirmado con qué móviles serán compatibles. Tampoco hay fecha para su llegada fuera de Europa.
""",
"03_uk.txt": """Французький стартап Parvex випустить смарт-окуляри Lens One за 699 євро
ITC.ua
19 травня 2027, 10:15

Французький стартап Parvex у листопаді почне продавати свої перші розумні окуляри Lens One за 699 євро. Про це пише Engadget із посиланням на французьке видання 01net, журналіст якого протягом години тестував майже фінальний прототип пристрою.

Окуляри важать 38 г і мають крихітний дисплей micro-OLED у правій лінзі. На ньому відображаються сповіщення, навігаційні підказки та субтитри з перекладом розмови в реальному часі — із затримкою приблизно в секунду. У лівій дужці розташована 12-мегапіксельна камера з індикатором запису.

Першу партію компанія планує випустити тиражем 20 тис. штук. Автономність, за даними виробника, становить шість годин у змішаному режимі.

Утім, прототип ще працював нестабільно: кілька застосунків аварійно завершувалися, а в Parvex не уточнили, з якими смартфонами будуть сумісні окуляри, повідомляє Engadget.
""",
},
[("01net", True)],
[("01net", "01_en.txt"), ("Engadget", "02_es.txt"), ("Engadget", "03_uk.txt")],
[("Parvex will launch its Lens One smart glasses in November for 699 euros.",
  ["00_fr.txt", "01_en.txt", "02_es.txt", "03_uk.txt"], 1)])

# g04: Il Sole 24 Ore own scoop (business plan seen by the paper + sources close to the deal;
# company declines to comment to the paper). 01_es has NO outlet line and is an uncredited close
# Spanish translation published the next morning (keeps "según ha podido saber este periódico",
# "al que ha tenido acceso este diario", "Contactada por este periódico"): edge from Il Sole 24 Ore,
# scenario translation. en "Italian financial newspaper Il Sole 24 Ore reported on Monday" + "The
# paper says it has seen"; ru "Об этом сообщила деловая газета Il Sole 24 Ore, ознакомившаяся с".
story("g04_translation_modular_phone", "translation", {
"00_it.txt": """Veltrano, a ottobre il primo smartphone modulare made in Italy: costerà meno di 400 euro
Il Sole 24 Ore
7 giugno 2027

La startup Veltrano è pronta a debuttare sul mercato degli smartphone. Secondo quanto risulta al Sole 24 Ore, a ottobre arriverà nei negozi Modo, un telefono modulare in cui batteria, fotocamera e porta Usb-C si sostituiscono con un semplice cacciavite. Il prezzo di listino sarà di 399 euro.

Il progetto è descritto nel dettaglio nel piano industriale che Il Sole 24 Ore ha potuto visionare. Il documento prevede l'assemblaggio nell'ex stabilimento di televisori di San Lucio in Valle, rilevato dalla società lo scorso anno, con 120 nuove assunzioni entro la fine del 2028 e un investimento complessivo di 38 milioni di euro.

Buona parte delle risorse arriva dal fondo Arcadia Tech, che secondo fonti vicine al dossier ha sottoscritto a marzo un aumento di capitale da 25 milioni. Le stesse fonti indicano un obiettivo di 60mila pezzi venduti nel primo anno, soprattutto in Italia, Germania e Francia.

Il piano punta tutto sulla riparabilità: i moduli di ricambio saranno venduti online a partire da 29 euro e Veltrano garantirà aggiornamenti software per sette anni. «Vogliamo che chi compra Modo non debba cambiare telefono per molto tempo», si legge nel documento.

Contattata dal Sole 24 Ore, Veltrano ha preferito non commentare. L'amministratrice delegata Marta Ruggeri aveva anticipato in primavera, durante un convegno di settore, l'intenzione di «riportare in Italia la produzione di elettronica di consumo».
""",
"01_es.txt": """Veltrano lanzará en octubre el primer 'smartphone' modular fabricado en Italia por menos de 400 euros
08/06/2027 07:10

La startup italiana Veltrano está lista para debutar en el mercado de los teléfonos móviles. Según ha podido saber este periódico, en octubre llegará a las tiendas Modo, un teléfono modular en el que la batería, la cámara y el puerto USB-C se sustituyen con un simple destornillador. El precio de venta será de 399 euros.

El proyecto se describe con detalle en el plan industrial al que ha tenido acceso este diario. El documento prevé el ensamblaje en la antigua fábrica de televisores de San Lucio in Valle, adquirida por la empresa el año pasado, con 120 nuevas contrataciones hasta finales de 2028 y una inversión total de 38 millones de euros.

Buena parte de los recursos procede del fondo Arcadia Tech, que según fuentes cercanas a la operación suscribió en marzo una ampliación de capital de 25 millones. Las mismas fuentes apuntan a un objetivo de 60.000 unidades vendidas el primer año, sobre todo en Italia, Alemania y Francia.

El plan lo apuesta todo a la reparabilidad: los módulos de recambio se venderán por internet desde 29 euros y Veltrano garantizará actualizaciones de software durante siete años. "Queremos que quien compre Modo no tenga que cambiar de teléfono en mucho tiempo", se lee en el documento.

Contactada por este periódico, Veltrano ha preferido no hacer comentarios. Su consejera delegada, Marta Ruggeri, ya había adelantado en primavera, durante un congreso del sector, su intención de "devolver a Italia la fabricación de electrónica de consumo".
""",
"02_en.txt": """Italian startup Veltrano's modular Modo phone will reportedly cost €399
TechRadar
published 8 June 2027

An Italian startup wants to take on the big phone makers with a handset you can take apart yourself. Veltrano will launch Modo, a modular smartphone with a user-replaceable battery, camera and USB-C port, in October for €399, Italian financial newspaper Il Sole 24 Ore reported on Monday.

The paper says it has seen Veltrano's business plan, which calls for the phone to be assembled at a former TV factory in San Lucio in Valle that the company bought last year. The plan includes 120 new jobs by the end of 2028 and a total investment of €38 million.

Replacement modules will be sold online from €29, and Veltrano promises seven years of software updates, according to Il Sole 24 Ore. That would put it among the longest support commitments in the Android world.

Veltrano is aiming to sell 60,000 units in its first year, mostly in Italy, Germany and France, the newspaper's sources said. There's no word yet on a UK release, and Veltrano declined to comment to Il Sole.
""",
"03_ru.txt": """Итальянский стартап Veltrano выпустит модульный смартфон за €399
РБК
8 июня 2027, 16:40

Итальянская компания Veltrano в октябре начнет продажи модульного смартфона Modo, в котором пользователь сможет сам заменить аккумулятор, камеру и разъем USB-C. Об этом сообщила деловая газета Il Sole 24 Ore, ознакомившаяся с бизнес-планом стартапа.

Цена устройства составит €399. Собирать смартфоны будут на бывшем заводе по производству телевизоров в городке Сан-Лючо-ин-Валле, который Veltrano выкупила в прошлом году. Согласно документу, компания создаст 120 рабочих мест до конца 2028 года, а общий объем инвестиций составит €38 млн.

Основную часть средств предоставил фонд Arcadia Tech: по данным источников итальянского издания, в марте он участвовал в допэмиссии на €25 млн. В первый год Veltrano рассчитывает продать 60 тыс. смартфонов, в первую очередь в Италии, Германии и Франции.

Запасные модули будут продаваться онлайн по цене от €29, а обновления ПО компания обещает выпускать в течение семи лет. Комментировать информацию газете в Veltrano не стали.
""",
},
[("Il Sole 24 Ore", True)],
[("Il Sole 24 Ore", "01_es.txt"), ("Il Sole 24 Ore", "02_en.txt"), ("Il Sole 24 Ore", "03_ru.txt")],
[("Veltrano will launch its modular Modo smartphone in October for 399 euros.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1)])

# g05: two independent outside roots: a leaker's post on X (Pieter Haalbos) and the company's own
# blog post (Holtra) the next day. de relays the X post only ("Der niederländische Leaker … hat am
# Dienstag auf X … veröffentlicht") + own unanswered request; en credits both ("in a blog post on
# Wednesday" + "first spotted by leaker Pieter Haalbos, who posted … on X"); fr credits the blog
# only ("annonce la marque dans un billet publié sur son blog officiel" + background Numerama, no
# edge); uk credits both ("Першим … написав інсайдер Пітер Хаалбос, який опублікував у X" +
# "виробник підтвердив витік у своєму блозі").
story("g05_leak_and_blog_earbuds", "two_roots", {
"00_de.txt": """Holtra Air 3: Leak verrät Pulsmesser in den neuen In-Ears
COMPUTER BILD
13.07.2027, 18:22 Uhr

Holtra hat seine nächsten True-Wireless-Kopfhörer noch gar nicht angekündigt, doch die wichtigsten Details sind schon raus. Der niederländische Leaker Pieter Haalbos hat am Dienstag auf X mehrere Marketingbilder der Holtra Air 3 veröffentlicht.

Die größte Neuerung: Die Air 3 sollen einen Sensor für die Herzfrequenz mitbringen, der beim Training den Puls direkt im Ohr misst. Auf einem der Bilder ist dazu der Slogan „Train with your heart“ zu lesen, auf einem anderen eine App-Ansicht mit Pulskurve.

Auch die Akkulaufzeit soll zulegen. Laut den geleakten Bildern halten die Ohrstöpsel bis zu elf Stunden durch, mit Ladecase sollen es insgesamt 40 Stunden sein. Die aktive Geräuschunterdrückung wird als „doppelt so stark“ wie beim Vorgänger beworben.

Einen Preis und ein Datum verraten die Bilder nicht. Die Air 2 kosteten zum Start 159 Euro. Holtra hat auf eine Anfrage von COMPUTER BILD bislang nicht reagiert.
""",
"01_en.txt": """Holtra confirms its Air 3 earbuds with heart-rate tracking, a day after they leaked
Engadget
Wed, July 14, 2027, 10:05 AM EDT

Holtra has made its next earbuds official, about a day after most of the details had already leaked. The company announced the Air 3 in a blog post on Wednesday, confirming that they have a built-in heart-rate sensor and promising up to 11 hours of battery life from the buds alone.

The earbuds were first spotted by leaker Pieter Haalbos, who posted a batch of marketing images on X on Tuesday, including one with the tagline "Train with your heart." Holtra's post now confirms pretty much everything in those images, including 40 hours of total battery with the case and noise cancellation the company says is twice as strong as on the Air 2.

"We wanted earbuds that know when you're pushing too hard, and tell you," Holtra head of product Lars Ekdahl wrote. Heart-rate data syncs to Holtra's own app, and the company says it can also be shared with third-party fitness apps.

The Air 3 go on sale July 28 for $179 in the US and €179 in Europe, $20 more than the Air 2 cost at launch. They come in black, white and a new sage green.
""",
"02_fr.txt": """Holtra officialise ses écouteurs Air 3, capables de mesurer votre rythme cardiaque
Frandroid
14 juillet 2027 à 16h40

Holtra a dévoilé ce mercredi ses nouveaux écouteurs sans fil, les Air 3. Leur principale nouveauté : un capteur de fréquence cardiaque intégré, qui mesure le pouls directement dans l'oreille pendant l'effort, annonce la marque dans un billet publié sur son blog officiel.

« Nous voulions des écouteurs qui sachent quand vous forcez trop, et qui vous le disent », écrit Lars Ekdahl, responsable produit de Holtra. Les données remonteront dans l'application maison et pourront être partagées avec d'autres applications de sport.

Côté autonomie, Holtra promet jusqu'à 11 heures d'écoute avec les écouteurs seuls et 40 heures avec le boîtier de charge. La réduction de bruit active serait deux fois plus efficace que sur les Air 2, que nos confrères de Numerama avaient jugés un peu justes sur ce point lors de leur sortie.

Les Air 3 seront disponibles le 28 juillet au prix de 179 euros, en noir, blanc et vert sauge.
""",
"03_uk.txt": """Holtra представила навушники Air 3 із пульсометром — через день після витоку
AIN.UA
15.07.2027

Компанія Holtra офіційно представила бездротові навушники Air 3 з вбудованим датчиком серцевого ритму. Першим про новинку ще у вівторок написав інсайдер Пітер Хаалбос, який опублікував у X рекламні зображення навушників, а в середу виробник підтвердив витік у своєму блозі.

Датчик вимірює пульс просто у вусі під час тренувань. «Ми хотіли навушники, які знають, коли ви перенапружуєтеся, і кажуть вам про це», — пише в блозі керівник продуктового напряму Holtra Ларс Екдаль. Дані синхронізуватимуться з фірмовим застосунком і сторонніми фітнес-сервісами.

Автономність навушників становить до 11 годин, разом із кейсом — до 40 годин. Активне шумозаглушення, за словами компанії, вдвічі ефективніше, ніж у попередньої моделі Air 2.

Продажі стартують 28 липня, ціна — 179 євро. Про офіційні поставки в Україну Holtra поки не повідомляла.
""",
},
[("Pieter Haalbos", False), ("Holtra", False)],
[("Pieter Haalbos", "00_de.txt"), ("Pieter Haalbos", "01_en.txt"), ("Holtra", "01_en.txt"),
 ("Holtra", "02_fr.txt"), ("Pieter Haalbos", "03_uk.txt"), ("Holtra", "03_uk.txt")],
[("Holtra's Air 3 earbuds have a built-in heart-rate sensor and up to 11 hours of battery life.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_uk.txt"], 2),
 ("The Holtra Air 3 go on sale on July 28 for 179 euros.",
  ["01_en.txt", "02_fr.txt", "03_uk.txt"], 2)])

# g06: a foreign outlet only credited (Nikkei Asia, citing three supply-chain people) + a relay
# that adds its own confirmation in an appended update (Android Authority: "That's according to a
# report from Nikkei Asia" + "Update …: A Sorenza spokesperson has since confirmed the delay to
# Android Authority"): edge from Nikkei Asia and Android Authority is itself an origin. it "Lo
# riporta il quotidiano economico giapponese Nikkei Asia, citando" + "Secondo le fonti di Nikkei";
# ru credits both ("Как сообщает японское издание Nikkei Asia со ссылкой на" + "в комментарии
# порталу AndroidAuthority.com"); es "según ha adelantado el diario económico japonés Nikkei Asia" +
# "El medio nipón" + Europa Press's own unanswered request.
story("g06_foreign_report_flagship_delay", "agency_confirmation", {
"00_en.txt": """Sorenza X9 reportedly delayed to December due to camera shortage
Android Authority
Sep 14, 2027

Bad news if you were waiting for Sorenza's next flagship: the X9 won't make its planned late-October launch. That's according to a report from Nikkei Asia, which cites three people in Sorenza's supply chain who say the phone has been pushed back to December.

The culprit is reportedly the X9's periscope telephoto camera. According to Nikkei Asia, Sorenza hasn't been able to secure enough of the modules to build phones in the volumes it needs for a global launch, and assembly lines that were supposed to ramp up this month are running well below capacity.

The delay would mean the X9 misses a big chunk of the holiday shopping season, which is a big deal for a brand that sells most of its phones in Europe. The X8 launched in October last year and became one of Sorenza's best-selling phones to date.

It's not clear yet whether the delay affects all markets equally, or whether Sorenza will change the phone's price.

Update, September 14, 2027 (4:50 PM ET): A Sorenza spokesperson has since confirmed the delay to Android Authority, saying the X9 will now ship "in the first half of December" and that the company "would rather launch late than launch short."
""",
"01_it.txt": """Sorenza rinvia il nuovo X9 a dicembre: mancano le fotocamere
Corriere della Sera
15 settembre 2027 (modifica il 15 settembre 2027 | 09:30)

Il nuovo smartphone di punta di Sorenza non arriverà a fine ottobre come previsto, ma slitterà a dicembre. Lo riporta il quotidiano economico giapponese Nikkei Asia, citando tre fonti della catena di fornitura del produttore.

All'origine del ritardo ci sarebbe il teleobiettivo periscopico dell'X9. I moduli forniti da Qorin Optics, uno dei principali fornitori di componenti ottici del gruppo, non avrebbero superato i test di qualità durante l'estate, costringendo Sorenza a cercare in fretta un secondo fornitore.

Secondo le fonti di Nikkei, le linee di assemblaggio che dovevano entrare a pieno regime a settembre lavorano ben al di sotto della capacità prevista. Il rinvio rischia di far perdere all'X9 una parte importante delle vendite di fine anno.

Per Sorenza, che vende la maggior parte dei suoi telefoni in Europa, si tratta di un colpo non trascurabile: il predecessore X8, lanciato nell'ottobre dello scorso anno, è stato tra i modelli più venduti nella storia del marchio.
""",
"02_ru.txt": """Sorenza отложила выпуск флагмана X9 до декабря
Коммерсантъ
15.09.2027, 11:20

Производитель смартфонов Sorenza перенес начало продаж флагманской модели X9 с конца октября на декабрь. Как сообщает японское издание Nikkei Asia со ссылкой на три источника в цепочке поставок компании, причиной стала нехватка модулей перископной камеры.

Перенос подтвердил представитель Sorenza в комментарии порталу AndroidAuthority.com. По его словам, смартфон поступит в продажу «в первой половине декабря», а компания «предпочитает выйти позже, чем выйти с дефицитом».

По данным Nikkei Asia, сборочные линии, которые должны были выйти на полную мощность в сентябре, загружены значительно ниже плана. Из-за задержки X9 может упустить значительную часть предновогоднего сезона продаж.

Для Sorenza, основная часть продаж которой приходится на Европу, это чувствительный удар: предыдущая модель X8, вышедшая в октябре прошлого года, стала одной из самых продаваемых в истории бренда.
""",
"03_es.txt": """Sorenza retrasa a diciembre el lanzamiento de su móvil X9 por problemas con la cámara
Europa Press
Publicado: miércoles, 15 septiembre 2027 13:05

El fabricante de teléfonos móviles Sorenza ha retrasado hasta diciembre el lanzamiento de su nuevo buque insignia, el X9, que tenía previsto presentar a finales de octubre, según ha adelantado el diario económico japonés Nikkei Asia.

El medio nipón, que cita a tres fuentes de la cadena de suministro de la compañía, señala que el retraso se debe a la falta de módulos para la cámara periscópica del dispositivo. En concreto, los componentes de su proveedor Qorin Optics no habrían superado las pruebas de calidad realizadas durante el verano.

Las líneas de montaje que debían alcanzar su plena capacidad este mes trabajan muy por debajo de lo previsto, de acuerdo con la información publicada por Nikkei Asia.

Europa Press se ha puesto en contacto con Sorenza para conocer si el retraso afectará también a la llegada del X9 a España, sin obtener respuesta por el momento.
""",
},
[("Nikkei Asia", False), ("Android Authority", True)],
[("Nikkei Asia", "00_en.txt"), ("Nikkei Asia", "01_it.txt"), ("Nikkei Asia", "02_ru.txt"),
 ("Android Authority", "02_ru.txt"), ("Nikkei Asia", "03_es.txt")],
[("Sorenza has delayed its X9 flagship from late October to December because of a shortage of periscope camera modules.",
  ["00_en.txt", "01_it.txt", "02_ru.txt", "03_es.txt"], 2),
 ("Camera modules from supplier Qorin Optics failed quality tests over the summer.",
  ["01_it.txt", "03_es.txt"], 1)])

# g07: an institution's own published statement (the local police's press release, plus a photo
# on its X account) relayed directly 4x: es "según ha informado este martes el cuerpo en un
# comunicado" + background El Confidencial (no edge); it "Lo si legge in una nota diffusa martedì
# dalla polizia locale"; de "Das teilte die Polizei am Dienstag mit" + "Nach Angaben der Beamten";
# uk "Про це йдеться в повідомленні місцевої поліції". fr (NO date line) credits only 20minutos
# ("rapporte le quotidien espagnol 20minutos" + "D'après le journal"): edge from 20minutos.
story("g07_police_statement_prototypes", "statement", {
"00_es.txt": """Detenidos dos hombres en Valdecarrizo por robar 340 prototipos de un reloj inteligente que aún no está a la venta
20minutos
19.10.2027 - 13:40h

La Policía Local de Valdecarrizo ha detenido a dos hombres, de 27 y 34 años, como presuntos autores del robo de 340 prototipos del Ombrix Pulse 2, un reloj inteligente que todavía no ha salido al mercado, según ha informado este martes el cuerpo en un comunicado.

Los relojes desaparecieron a finales de septiembre de una nave logística del polígono industrial de la localidad, donde estaban almacenados a la espera de ser enviados a probadores de la marca. Los agentes recuperaron 290 unidades en un trastero alquilado por uno de los arrestados.

Según el comunicado, los detenidos llevaban semanas ofreciendo los relojes en una aplicación de compraventa de segunda mano por 150 euros, muy por debajo de su precio previsto. La investigación comenzó cuando la propia empresa detectó varios anuncios con fotos del dispositivo.

La Policía Local ha difundido además en su cuenta de X una imagen de las cajas recuperadas. Los dos hombres han pasado a disposición judicial.

No es la primera filtración que sufre Ombrix: hace dos años, El Confidencial publicó fotografías del primer Pulse semanas antes de su presentación oficial. El Pulse 2 tiene previsto su lanzamiento en noviembre.
""",
"01_it.txt": """Spagna, rubati 340 prototipi di uno smartwatch non ancora in commercio: due arresti
la Repubblica
19 ottobre 2027 alle 17:52

Due uomini di 27 e 34 anni sono stati arrestati a Valdecarrizo, in Spagna, con l'accusa di aver rubato 340 prototipi dell'Ombrix Pulse 2, uno smartwatch che non è ancora stato messo in vendita. Lo si legge in una nota diffusa martedì dalla polizia locale della cittadina.

I dispositivi erano spariti a fine settembre da un magazzino della zona industriale, dove attendevano di essere spediti ai tester dell'azienda. Gli agenti ne hanno recuperati 290 in un box preso in affitto da uno dei due arrestati.

Secondo la polizia, i due mettevano in vendita gli orologi su un'app di compravendita dell'usato a 150 euro l'uno. A far partire le indagini è stata la stessa Ombrix, che aveva notato alcuni annunci con le foto del dispositivo.

Il lancio del Pulse 2 è previsto per novembre.
""",
"02_de.txt": """Spanien: Polizei stellt gestohlene Prototypen einer Smartwatch sicher
DER SPIEGEL
20.10.2027, 08.15 Uhr

Die Uhr ist noch gar nicht auf dem Markt, trotzdem wurde sie schon im Internet angeboten: Im spanischen Valdecarrizo hat die Lokalpolizei zwei Männer festgenommen, die 340 Prototypen der Smartwatch Ombrix Pulse 2 gestohlen haben sollen. Das teilte die Polizei am Dienstag mit.

Nach Angaben der Beamten verschwanden die Geräte Ende September aus einer Lagerhalle im Gewerbegebiet des Ortes. Dort sollten sie auf den Versand an Testpersonen des Herstellers warten. 290 Uhren fanden die Ermittler in einem Lagerabteil, das einer der Verdächtigen gemietet hatte.

Die beiden Männer im Alter von 27 und 34 Jahren sollen die Uhren für 150 Euro pro Stück über eine Kleinanzeigen-App verkauft haben. Aufgefallen waren die Anzeigen dem Hersteller selbst. Auf X veröffentlichte die Polizei ein Foto der sichergestellten Kartons.

Ombrix will die Pulse 2 im November offiziell vorstellen. Wie viele der gestohlenen Uhren bereits bei Käufern gelandet sind, ist unklar.
""",
"03_fr.txt": """Espagne : 340 prototypes d'une montre connectée volés, deux hommes arrêtés
Le Parisien

Ils revendaient des montres connectées que personne n'était encore censé posséder. Deux hommes ont été interpellés à Valdecarrizo, en Espagne, soupçonnés d'avoir dérobé 340 prototypes de l'Ombrix Pulse 2, une montre qui n'est pas encore commercialisée, rapporte le quotidien espagnol 20minutos.

Les appareils avaient disparu fin septembre d'un entrepôt logistique de la zone industrielle, où ils attendaient d'être envoyés aux testeurs de la marque. Les policiers en ont retrouvé 290 dans un box loué par l'un des suspects, âgés de 27 et 34 ans.

D'après le journal, les deux hommes proposaient les montres sur une application de revente entre particuliers pour 150 euros pièce. C'est Ombrix qui a donné l'alerte après avoir repéré des annonces montrant l'appareil.

La Pulse 2 doit être lancée en novembre.
""",
"04_uk.txt": """В Іспанії затримали чоловіків, які вкрали 340 прототипів смартгодинника
Українська правда
Середа, 20 жовтня 2027, 14:05

В іспанському містечку Вальдекаррісо поліція затримала двох чоловіків, яких підозрюють у крадіжці 340 прототипів смартгодинника Ombrix Pulse 2, що ще не надійшов у продаж. Про це йдеться в повідомленні місцевої поліції, оприлюдненому у вівторок.

Годинники зникли наприкінці вересня зі складу в промзоні містечка, де чекали на відправлення тестувальникам компанії. 290 пристроїв правоохоронці знайшли у сховищі, яке орендував один із затриманих.

Як зазначає поліція, підозрювані віком 27 і 34 роки продавали годинники через застосунок для перепродажу вживаних речей по 150 євро за штуку. Розслідування почалося після того, як сама Ombrix помітила оголошення з фото пристрою.

Офіційна презентація Pulse 2 запланована на листопад.
""",
},
[("Policía Local de Valdecarrizo", False)],
[("Policía Local de Valdecarrizo", "00_es.txt"), ("Policía Local de Valdecarrizo", "01_it.txt"),
 ("Policía Local de Valdecarrizo", "02_de.txt"), ("20minutos", "03_fr.txt"),
 ("Policía Local de Valdecarrizo", "04_uk.txt")],
[("Police in Valdecarrizo arrested two men suspected of stealing 340 prototypes of the unreleased Ombrix Pulse 2 smartwatch.",
  ["00_es.txt", "01_it.txt", "02_de.txt", "03_fr.txt", "04_uk.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    labels = {"about": "Hand-written provenance test set 179 (smartphones, gadget leaks and consumer "
                       "tech launches; real outlet names, everything else invented); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for _, a in relays:
            assert a in arts, (id, a)
        for _, arr, _ in claims:
            for a in arr:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": arr, "independent_sources": k}
                       for t, arr, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
