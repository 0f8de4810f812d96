#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand84 set.

Consumer technology news and leaks (en, de, fr, es, uk). The media are real outlets; every
product, company plan, leak, statement and person is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def o(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def r(origin, article):
    return {"origin": origin, "article": article}
def c(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# r01: a Bloomberg reporter's weekly newsletter scoop (outside the corpus) relayed by five tech
# sites: The Verge, 9to5Mac, heise online, Frandroid, Xataka. Each credits Bloomberg / its reporter.
story("r01_bloomberg_newsletter_eink_ipad", "newsletter_scoop", {
"00_en.txt": """Apple is reportedly building an e-ink iPad for reading and handwritten notes
The Verge
2027-04-04T16:20:00+00:00

Apple is working on a lightweight iPad with a color e-ink screen meant for reading and handwritten notes, according to Bloomberg's Tobias Rendell. In Sunday's edition of his Signal Check newsletter, Rendell reports that the device, codenamed J790, could arrive in spring 2028 and cost less than $400.

The tablet would pair a 10.9-inch color e-paper panel with Apple Pencil support and a battery designed to last "weeks rather than hours," Rendell writes, citing people familiar with Apple's plans. Prototypes are said to run on a modified version of an older A-series chip to keep power draw low.

According to the newsletter, the project sits inside the iPad hardware group rather than the team behind the Kindle-style reading features Apple added to Books last year. Rendell cautions that J790 is still at an early stage and that Apple has shelved similar projects before.

Apple declined to comment to Bloomberg.
""",
"01_en.txt": """Report: Apple's 'J790' e-ink iPad targeted for spring 2028 at under $400
9to5Mac
2027-04-04 18:05

Apple is developing a new kind of iPad built around a color e-ink display, Bloomberg's Tobias Rendell reports in the latest issue of his weekly Signal Check newsletter. The device, internally known as J790, is aimed at reading and note-taking and could be released in spring 2028 for under $400.

Per the report, the tablet will feature a 10.9-inch color e-paper screen, support for Apple Pencil, and battery life measured in weeks. Rendell says Apple is testing prototypes with a low-power version of an older A-series chip.

The newsletter notes that the project is early and could still be cancelled. An e-ink iPad would put Apple in direct competition with Amazon's Kindle Scribe and reMarkable for the first time.
""",
"02_de.txt": """Bericht: Apple entwickelt iPad mit Farb-E-Ink-Display
heise online
05.04.2027 09:30

Apple arbeitet offenbar an einem iPad mit farbigem E-Ink-Bildschirm, das sich vor allem zum Lesen und für handschriftliche Notizen eignen soll. Das berichtet der Bloomberg-Journalist Tobias Rendell in seinem wöchentlichen Newsletter „Signal Check". Rendell beruft sich auf Personen, die mit Apples Plänen vertraut sind.

Das Gerät mit dem Codenamen J790 soll ein 10,9 Zoll großes Farb-E-Paper-Display erhalten und den Apple Pencil unterstützen. Der Akku soll laut Bloomberg „Wochen statt Stunden" durchhalten. Als Marktstart peilt Apple demnach das Frühjahr 2028 an, der Preis soll unter 400 US-Dollar liegen.

Das Projekt befinde sich allerdings noch in einem frühen Stadium, schreibt Rendell. Apple wollte sich gegenüber Bloomberg nicht äußern.
""",
"03_fr.txt": """Apple préparerait un iPad à écran e-ink pour 2028
Frandroid
5 avril 2027

Apple plancherait sur un iPad doté d'un écran à encre électronique couleur, pensé pour la lecture et la prise de notes. C'est ce que rapporte Tobias Rendell, journaliste de Bloomberg, dans sa newsletter hebdomadaire Signal Check.

Selon Bloomberg, l'appareil, connu en interne sous le nom de code J790, embarquerait une dalle e-paper couleur de 10,9 pouces compatible avec l'Apple Pencil, et son autonomie se compterait « en semaines plutôt qu'en heures ». Un lancement serait envisagé au printemps 2028.

Le journaliste précise que le projet n'en est qu'à ses débuts et pourrait encore être abandonné. Apple n'a pas souhaité commenter.
""",
"04_es.txt": """Apple trabaja en un iPad con pantalla de tinta electrónica, según Bloomberg
Xataka
2027-04-05 11:10

Apple está desarrollando un iPad con pantalla de tinta electrónica en color orientado a la lectura y a tomar notas a mano. Así lo ha adelantado Tobias Rendell, periodista de Bloomberg, en su boletín semanal Signal Check, citando a personas familiarizadas con los planes de la compañía.

El dispositivo, con nombre en clave J790, tendría una pantalla e-paper en color de 10,9 pulgadas, compatibilidad con el Apple Pencil y una batería que duraría semanas. Según Bloomberg, Apple apunta a lanzarlo en la primavera de 2028 por menos de 400 dólares.

Rendell advierte de que el proyecto está en una fase temprana y que Apple ya ha descartado ideas parecidas en el pasado.
""",
}, [o("Bloomberg", False)],
[r("Bloomberg", f) for f in ["00_en.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_es.txt"]],
[c("Apple is developing an iPad with a color e-ink display, codenamed J790, for reading and notes.",
   ["00_en.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_es.txt"], 1),
 c("The e-ink iPad could launch in spring 2028 for under $400.",
   ["00_en.txt", "01_en.txt", "02_de.txt", "04_es.txt"], 1)])

# r02: a Chinese leaker's Weibo post (outside the corpus, a person) relayed by Frandroid, ITC.ua,
# Xataka and Android Authority (en: no outlet line — title suffix — and no date line).
story("r02_weibo_leak_xiaomi_mix_pocket", "leaker_post", {
"00_fr.txt": """Xiaomi Mix Pocket 2 : un smartphone compact avec une batterie de 7 500 mAh ?
Frandroid
2027-05-03 08:45

Xiaomi préparerait un smartphone compact à l'autonomie hors norme. Le Mix Pocket 2 embarquerait un écran de 6,1 pouces et une batterie silicium-carbone de 7 500 mAh, a révélé le leaker chinois Jishu Laoshou dans une publication sur Weibo.

D'après ce leaker, le téléphone prendrait en charge une recharge filaire de 100 W et serait lancé en Chine en juin 2027. Jishu Laoshou évoque aussi un capteur principal d'un pouce, une première sur un modèle de cette taille.

Xiaomi n'a fait aucun commentaire. Rien ne dit pour l'instant que le Mix Pocket 2 sera commercialisé en France.
""",
"01_uk.txt": """Xiaomi Mix Pocket 2 отримає батарею на 7500 мА·год у 6,1-дюймовому корпусі — інсайдер
ITC.ua
03.05.2027 12:20

Xiaomi готує компактний смартфон Mix Pocket 2 з 6,1-дюймовим екраном і кремній-вуглецевим акумулятором ємністю 7500 мА·год. Про це написав у Weibo відомий китайський інсайдер Jishu Laoshou (技术老手).

За словами інсайдера, смартфон підтримуватиме дротову зарядку потужністю 100 Вт, а його презентація в Китаї запланована на червень 2027 року. Також у дописі йдеться про основний сенсор камери розміром 1 дюйм.

Офіційно Xiaomi цю інформацію не коментувала.
""",
"02_es.txt": """El Xiaomi Mix Pocket 2 tendría 7.500 mAh de batería en apenas 6,1 pulgadas
Xataka
3 de mayo de 2027

Xiaomi quiere demostrar que un móvil pequeño no tiene por qué quedarse sin batería. Según ha publicado en Weibo el filtrador Jishu Laoshou, el Mix Pocket 2 montará una pantalla de 6,1 pulgadas y una batería de silicio-carbono de 7.500 mAh.

El filtrador añade que el terminal tendrá carga rápida de 100 W y un sensor principal de una pulgada. No ha dado fechas ni precios.

Xiaomi no ha confirmado la existencia del dispositivo.
""",
"03_en.txt": """Xiaomi Mix Pocket 2 leak points to a 7,500mAh battery in a 6.1-inch phone | Android Authority

Xiaomi's next compact flagship could have one of the biggest batteries ever put in a small phone. Prolific Weibo tipster Jishu Laoshou claimed in a post today that the Xiaomi Mix Pocket 2 will pack a 7,500mAh silicon-carbon battery into a body with a 6.1-inch display.

The tipster also says the phone will support 100W wired charging and will launch in China in June 2027. There was no mention of a global release.

Jishu Laoshou has a mixed track record, so take this one with a grain of salt. Xiaomi has not commented.
""",
}, [o("Jishu Laoshou", False)],
[r("Jishu Laoshou", f) for f in ["00_fr.txt", "01_uk.txt", "02_es.txt", "03_en.txt"]],
[c("The Xiaomi Mix Pocket 2 will have a 6.1-inch screen and a 7,500 mAh silicon-carbon battery.",
   ["00_fr.txt", "01_uk.txt", "02_es.txt", "03_en.txt"], 1),
 c("The Mix Pocket 2 will launch in China in June 2027.",
   ["00_fr.txt", "01_uk.txt", "03_en.txt"], 1)])

# r03: a company's official blog announcement (Samsung's newsroom blog; no medium between),
# taken directly by heise online, Xataka, ITC.ua (no date line) and The Verge.
story("r03_samsung_blog_repair_studios", "official_statement", {
"00_de.txt": """Samsung eröffnet Reparatur-Studios in 40 europäischen Städten
heise online
6. Juli 2027

Samsung will Reparaturen an Galaxy-Smartphones deutlich beschleunigen und verbilligen. Ab September 2027 sollen in 40 europäischen Städten sogenannte „Galaxy Repair Studios" öffnen, kündigte das Unternehmen in einem Beitrag auf seinem offiziellen Newsroom-Blog an.

In den Studios sollen Display- und Akkutausch in weniger als zwei Stunden erledigt werden. Zugleich senkt Samsung nach eigenen Angaben die Preise für Original-Ersatzteile um durchschnittlich 30 Prozent. „Ein Gerät, das sich leicht reparieren lässt, bleibt länger in Benutzung", schreibt Ingrid Falkner, Leiterin des europäischen Kundendienstes, in dem Blogbeitrag.

Welche deutschen Städte dabei sind, geht aus dem Beitrag nicht hervor.
""",
"01_es.txt": """Samsung abrirá talleres de reparación exprés en 40 ciudades europeas
Xataka
2027-07-06T13:00:00+02:00

Samsung ha anunciado en su blog oficial la apertura de los Galaxy Repair Studios, talleres propios en los que promete cambiar la pantalla o la batería de un móvil Galaxy en menos de dos horas. Los primeros abrirán en septiembre de 2027 en 40 ciudades europeas.

La compañía asegura además que rebajará un 30 % de media el precio de los recambios originales. "Un dispositivo que se repara fácilmente sigue en uso durante más tiempo", escribe en la entrada Ingrid Falkner, responsable del servicio técnico de Samsung en Europa.

Samsung no ha detallado todavía qué ciudades españolas tendrán taller.
""",
"02_uk.txt": """Samsung відкриє сервісні студії Galaxy Repair Studio у 40 містах Європи
ITC.ua

Samsung запускає в Європі власні сервісні студії Galaxy Repair Studio, де заміну екрана чи акумулятора смартфона Galaxy обіцяють виконувати менш ніж за дві години. Перші студії запрацюють у вересні 2027 року в 40 європейських містах. Про це компанія оголосила в офіційному блозі Samsung Newsroom.

«Пристрій, який легко відремонтувати, довше залишається в користуванні», — пише в блозі керівниця європейського сервісного підрозділу Samsung Інгрід Фалькнер.

Чи з'являться такі студії в Україні, у компанії не уточнили.
""",
"03_en.txt": """Samsung is opening walk-in Galaxy repair studios in 40 European cities
The Verge
2027-07-06 15:30

Samsung is opening its own walk-in repair shops across Europe. In a blog post on Tuesday, the company announced that Galaxy Repair Studios will open in 40 European cities starting in September 2027, promising screen and battery swaps in under two hours.

Samsung also says it is cutting the price of genuine replacement parts by an average of 30 percent. "A device that is easy to repair stays in use longer," Ingrid Falkner, who runs Samsung's European customer service, wrote in the post.

The company did not say whether the program will come to the US.
""",
}, [o("Samsung", False)],
[r("Samsung", f) for f in ["00_de.txt", "01_es.txt", "02_uk.txt", "03_en.txt"]],
[c("Samsung will open Galaxy Repair Studios in 40 European cities from September 2027, with screen and battery repairs in under two hours.",
   ["00_de.txt", "01_es.txt", "02_uk.txt", "03_en.txt"], 1),
 c("Samsung is cutting prices of original spare parts by an average of 30 percent.",
   ["00_de.txt", "01_es.txt", "03_en.txt"], 1)])

# r04: Xataka's own scoop (two distributor sources) and a company's denial: Sony's statement on
# its European newsroom (outside the corpus) taken directly by The Verge, Frandroid and heise
# online, which also credit Xataka.
story("r04_xataka_scoop_sony_denial", "denial", {
"00_es.txt": """Sony dejará de vender sus móviles Xperia en España y Portugal en 2028
Xataka
2027-05-11 08:00

Sony dejará de vender sus teléfonos Xperia en España y Portugal a partir de enero de 2028. Así lo ha podido saber Xataka a través de dos fuentes de distribuidores que trabajan con la marca en la península, que piden no ser identificadas.

Según estas fuentes, Sony ha comunicado a sus socios que no renovará los acuerdos de distribución de smartphones que vencen a final de 2027 y que concentrará su negocio móvil en Japón. Una de ellas asegura que el último pedido de Xperia 1 VIII ya se ha cerrado.

Xataka ha contactado con Sony España, que no ha respondido a nuestras preguntas antes de la publicación de este artículo.
""",
"01_en.txt": """Sony denies report that it's pulling Xperia phones from Spain and Portugal
The Verge
2027-05-12T10:15:00+00:00

Sony says its Xperia phones aren't going anywhere in southern Europe. On Tuesday, Spanish tech site Xataka reported that Sony would stop selling Xperia smartphones in Spain and Portugal from January 2028, citing two sources at distributors who work with the brand.

Sony has since denied the report. "Xperia remains an important part of our European line-up, including in Spain and Portugal, and we have no plans to change that," the company said in a statement posted on its European newsroom on Wednesday.

Xataka's sources had said Sony told partners it would not renew distribution agreements expiring at the end of 2027. Sony's statement did not address the distribution contracts directly.
""",
"02_fr.txt": """Sony dément vouloir retirer ses Xperia d'Espagne et du Portugal
Frandroid
12 mai 2027

Fausse alerte pour les fans de Xperia ? Selon le site espagnol Xataka, Sony cesserait de vendre ses smartphones en Espagne et au Portugal à partir de janvier 2028, d'après deux sources chez des distributeurs.

Dans un communiqué publié mercredi sur son site de presse européen, Sony a démenti : « Xperia reste une part importante de notre gamme européenne, y compris en Espagne et au Portugal, et nous n'avons pas l'intention de changer cela. »

Le constructeur n'a toutefois pas commenté les contrats de distribution évoqués par Xataka.
""",
"03_de.txt": """Sony dementiert Xperia-Rückzug aus Spanien und Portugal
heise online
12.05.2027 14:40

Sony hat einen Bericht zurückgewiesen, wonach der Konzern seine Xperia-Smartphones in Spanien und Portugal ab 2028 nicht mehr verkaufen will. Das spanische Techportal Xataka hatte am Dienstag unter Berufung auf zwei Quellen bei Distributoren berichtet, Sony werde die Ende 2027 auslaufenden Vertriebsverträge nicht verlängern.

„Xperia bleibt ein wichtiger Teil unseres europäischen Portfolios, auch in Spanien und Portugal", erklärte Sony in einer am Mittwoch auf seiner europäischen Presseseite veröffentlichten Stellungnahme. Pläne für eine Änderung gebe es nicht.

Zu den von Xataka genannten Verträgen äußerte sich Sony nicht.
""",
}, [o("Xataka", True), o("Sony", False)],
[r("Xataka", "01_en.txt"), r("Xataka", "02_fr.txt"), r("Xataka", "03_de.txt"),
 r("Sony", "01_en.txt"), r("Sony", "02_fr.txt"), r("Sony", "03_de.txt")],
[c("Sony plans to stop selling Xperia phones in Spain and Portugal from January 2028.",
   ["00_es.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 2),
 c("Sony denied the report, saying Xperia remains part of its European line-up including Spain and Portugal.",
   ["01_en.txt", "02_fr.txt", "03_de.txt"], 2)])

# r05: chain Bloomberg (outside) → The Verge → ITC.ua, which credits only The Verge; heise online
# credits Bloomberg directly; Xataka writes "según Bloomberg, vía The Verge" (edge from The Verge).
story("r05_chain_bloomberg_verge_meta_glasses", "chain", {
"00_en.txt": """Meta's first display glasses will reportedly cost $599 and launch in October
The Verge
2027-06-03 15:40

Meta is planning to release its first mainstream smart glasses with a built-in display in October, priced at $599, Bloomberg reports. The glasses, which Meta will sell as Meta Lumen, will show messages, navigation, and live translations in a small display in the right lens, according to Bloomberg's Lena Whitford, who cites people familiar with the plans.

Meta is aiming to produce about one million pairs in the first year, Bloomberg says, far more than it built of any previous display prototype. The glasses will be controlled with a wristband that reads muscle signals.

Meta declined to comment to Bloomberg.
""",
"01_uk.txt": """Meta випустить окуляри з дисплеєм Meta Lumen за $599 уже в жовтні
ITC.ua
2027-06-03T19:05:00+03:00

Meta готує до випуску свої перші масові смарт-окуляри з вбудованим дисплеєм. Модель отримає назву Meta Lumen, надійде у продаж у жовтні та коштуватиме $599. Про це повідомляє The Verge.

За даними видання, невеликий дисплей у правій лінзі показуватиме повідомлення, навігацію та переклад у реальному часі. Керувати окулярами можна буде за допомогою браслета, який зчитує сигнали м'язів.

У Meta ці дані не коментують.
""",
"02_de.txt": """Bericht: Meta bringt Display-Brille Lumen im Oktober für 599 Dollar
heise online
04.06.2027 08:10

Meta will im Oktober seine erste Datenbrille mit eingebautem Display für den Massenmarkt auf den Markt bringen. Das Modell mit dem Namen Meta Lumen soll 599 US-Dollar kosten, berichtet die Nachrichtenagentur Bloomberg unter Berufung auf mit den Plänen vertraute Personen.

Ein kleines Display im rechten Brillenglas soll Nachrichten, Navigationshinweise und Live-Übersetzungen anzeigen. Laut Bloomberg plant Meta, im ersten Jahr rund eine Million Exemplare fertigen zu lassen. Gesteuert wird die Brille über ein Armband, das Muskelsignale auswertet.

Meta wollte den Bericht nicht kommentieren.
""",
"03_es.txt": """Meta lanzará en octubre sus gafas con pantalla Meta Lumen por 599 dólares
Xataka
4 de junio de 2027

Las primeras gafas inteligentes de Meta con pantalla integrada para el gran público llegarán en octubre y costarán 599 dólares, según Bloomberg, vía The Verge. Se llamarán Meta Lumen y mostrarán mensajes, indicaciones de navegación y traducciones en directo en una pequeña pantalla en la lente derecha.

Meta prevé fabricar alrededor de un millón de unidades durante el primer año. Las gafas se controlarán con una pulsera que detecta las señales de los músculos de la muñeca.

Todavía no hay información sobre su disponibilidad en España.
""",
}, [o("Bloomberg", False)],
[r("Bloomberg", "00_en.txt"), r("The Verge", "01_uk.txt"), r("Bloomberg", "02_de.txt"),
 r("The Verge", "03_es.txt")],
[c("Meta will launch Meta Lumen display glasses in October for $599.",
   ["00_en.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 c("Meta aims to produce about one million pairs in the first year.",
   ["00_en.txt", "02_de.txt", "03_es.txt"], 1)])

# r06: heise online's own hands-on test (in-corpus origin), an uncredited Ukrainian translation of
# it on ITC.ua (keeps "we tested", "our lab"), Frandroid's own independent test (second root), and
# The Verge crediting heise online's lab measurement.
story("r06_handson_fairphone7_translation", "own_test_translation", {
"00_de.txt": """Fairphone 7 im Test: Akku-Marathon mit zwei Schrauben
heise online
2027-08-20 10:00

Wir haben das Fairphone 7 zwei Wochen lang im Alltag und in unserem Testlabor ausprobiert. Das Smartphone kostet 649 Euro und bleibt seinem Prinzip treu: Der Akku lässt sich nach dem Lösen von zwei Kreuzschlitzschrauben ohne Spezialwerkzeug wechseln.

Im Laufzeittest unseres Labors hielt der 5200-mAh-Akku beim Video-Streaming 19 Stunden durch, ein Spitzenwert in dieser Preisklasse. Das 6,4 Zoll große OLED-Display erreichte in unserer Messung eine Helligkeit von 1150 cd/m².

Schwächen zeigt die Hauptkamera bei wenig Licht: Nachtaufnahmen wirken verrauscht und matschig. Fairphone verspricht Updates bis 2034.
""",
"01_uk.txt": """Тест Fairphone 7: марафон автономності з двома гвинтами
ITC.ua
21.08.2027 09:25

Ми тестували Fairphone 7 два тижні у повсякденному житті та в нашій тестовій лабораторії. Смартфон коштує 649 євро і залишається вірним своєму принципу: акумулятор можна замінити без спеціальних інструментів, відкрутивши два хрестові гвинти.

У тесті автономності нашої лабораторії акумулятор ємністю 5200 мА·год протримався 19 годин під час відтворення відео — рекордний показник у цьому ціновому сегменті. 6,4-дюймовий OLED-дисплей у нашому вимірюванні показав яскравість 1150 кд/м².

Слабке місце — основна камера за поганого освітлення: нічні знімки виходять шумними й розмитими. Fairphone обіцяє оновлення до 2034 року.
""",
"02_fr.txt": """Test du Fairphone 7 : le smartphone réparable qui tient enfin la distance
Frandroid
22 août 2027

Nous avons utilisé le Fairphone 7 comme téléphone principal pendant dix jours. Vendu 649 euros, il conserve une batterie amovible que l'on remplace en retirant deux vis, et c'est toujours un argument de poids.

En usage réel, avec GPS, musique en streaming et réseaux sociaux, il a tenu en moyenne un jour et demi entre deux charges lors de notre test. L'écran OLED est agréable, mais la charge à 30 W paraît lente face à la concurrence.

Notre note : 7/10. Un bon choix pour qui veut garder son téléphone longtemps, à condition de ne pas trop compter sur les photos de nuit.
""",
"03_en.txt": """Fairphone 7 battery life impresses in early lab tests
The Verge
2027-08-21 17:45

The Fairphone 7 might finally fix the battery complaints that followed earlier models. In lab testing by German tech site heise online, the €649 phone lasted 19 hours of video streaming on a single charge, a top result for a phone at that price.

Heise online also found that the battery can still be swapped by undoing two Phillips screws, and that its night photos were noisy.

Fairphone's newest phone goes on sale in Europe next week; the company has not announced US availability.
""",
}, [o("heise online", True), o("Frandroid", True)],
[r("heise online", "01_uk.txt"), r("heise online", "03_en.txt")],
[c("The Fairphone 7 costs 649 euros and its battery can be replaced by removing two screws.",
   ["00_de.txt", "01_uk.txt", "02_fr.txt", "03_en.txt"], 2),
 c("In a lab test the Fairphone 7 lasted 19 hours of video streaming.",
   ["00_de.txt", "01_uk.txt", "03_en.txt"], 1),
 c("In Frandroid's test the Fairphone 7 lasted about a day and a half; Frandroid rated it 7/10.",
   ["02_fr.txt"], 1)])

# r07: a leaker's post on X (outside the corpus, a person) relayed by Xataka, Golem.de (de: no
# outlet line, title suffix) and ITC.ua (uk: no date line; name also in Cyrillic).
story("r07_x_leak_pixel_11a", "leaker_post", {
"00_es.txt": """Así será el Google Pixel 11a: cinco colores y adiós a la joroba de la cámara
Xataka
2027-02-17 19:30

El Google Pixel 11a ya no tiene secretos. El filtrador Quinn Harlow ha publicado en X una serie de imágenes promocionales que muestran el móvil en cinco colores y con una barra de cámaras completamente plana, sin el saliente de las generaciones anteriores.

Según Harlow, el Pixel 11a costará 449 dólares en Estados Unidos y se presentará a finales de marzo. Google no ha hecho comentarios.
""",
"01_de.txt": """Pixel 11a: Leak zeigt fünf Farben und flache Kameraleiste – Golem.de
18. Februar 2027

Der Leaker Quinn Harlow hat auf X offizielle Marketingbilder des Google Pixel 11a veröffentlicht. Darauf ist das Smartphone in fünf Farben zu sehen, darunter ein helles Mintgrün. Die Kameraleiste auf der Rückseite schließt erstmals bündig mit dem Gehäuse ab.

Weitere technische Daten nennt Harlow nicht. Google hat sich zu den Bildern bislang nicht geäußert.
""",
"02_uk.txt": """Інсайдер показав Google Pixel 11a у п'яти кольорах
ITC.ua

Інсайдер Квінн Гарлоу (Quinn Harlow) опублікував у соцмережі X рекламні зображення Google Pixel 11a. На них смартфон представлено в п'яти кольорах, а блок камер на задній панелі став повністю пласким.

За словами Гарлоу, в США Pixel 11a коштуватиме $449. У Google витік не коментують.
""",
}, [o("Quinn Harlow", False)],
[r("Quinn Harlow", f) for f in ["00_es.txt", "01_de.txt", "02_uk.txt"]],
[c("Leaked images show the Google Pixel 11a in five colors with a flat camera bar.",
   ["00_es.txt", "01_de.txt", "02_uk.txt"], 1),
 c("The Pixel 11a will cost $449 in the US.", ["00_es.txt", "02_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 84: consumer technology news and leaks "
              "(real media names; products, plans and people invented); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for e in relays:
            assert e["article"] in names, (id, e)
        for cl in claims:
            for a in cl["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
