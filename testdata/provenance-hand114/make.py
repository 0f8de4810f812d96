#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand114 set (all invented).

Culture, arts and celebrities. Real media names; every event, person, museum, festival, auction
house, band, company, figure and quote is invented. Labels fixed by the writer before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: institution-published origin (outside the corpus): the Pinacoteca Civica di Valdorno's press
# release, taken directly by all four. it "Lo ha annunciato ... con un comunicato stampa" + "si legge
# nella nota"; en "said in a press release" + "According to the gallery's statement"; de "Das teilte
# die städtische Pinakothek von Valdorno am Dienstag mit" + "heißt es in der Pressemitteilung des
# Museums"; ru (no outlet line) "говорится в пресс-релизе Городской пинакотеки Вальдорно" (gen.).
story("t01_museum_hidden_portrait", "institution", {
"00_it.txt": """Valdorno, sotto la natura morta di Serranti spunta un ritratto nascosto
la Repubblica
11 maggio 2027, 12:05

Sotto una natura morta con limoni e cacciagione dipinta nel 1641 da Ottavio Serranti si nasconde il ritratto di una giovane donna, forse la moglie del pittore. Lo ha annunciato martedì la Pinacoteca civica di Valdorno con un comunicato stampa, spiegando che la scoperta è arrivata al termine di quattordici mesi di indagini diagnostiche.

Le radiografie e le riflettografie a infrarossi, eseguite dal laboratorio fiorentino Artelux, hanno rivelato sotto lo strato visibile un volto femminile di tre quarti, con una cuffia di pizzo e un filo di perle. Secondo la nota del museo, il ritratto sarebbe stato abbandonato dal pittore a uno stadio avanzato e poi coperto con la natura morta, come accadeva spesso quando la tela costava cara.

«È come se Serranti ci avesse lasciato una lettera chiusa per quasi quattro secoli», afferma nel comunicato la direttrice della Pinacoteca, Chiara Melandri. «Non sappiamo ancora con certezza chi sia la donna, ma la somiglianza con il disegno conservato nel nostro gabinetto delle stampe è impressionante».

Il dipinto, un olio su tela di 96 per 74 centimetri, era entrato nelle collezioni civiche nel 1928 grazie a un lascito. Le analisi, costate circa 48 mila euro, sono state finanziate dalla Fondazione Corsani.

Dal 12 giugno la tela sarà esposta in una sala dedicata, accanto alle immagini radiografiche e a una ricostruzione digitale del ritratto, si legge ancora nella nota. Ottavio Serranti, nato a Lucca nel 1603 e morto a Valdorno nel 1659, è noto soprattutto per le sue nature morte, oggi disperse tra Firenze, Roma e Vienna.
""",
"01_en.txt": """Hidden portrait of a woman found beneath 17th-century Italian still life
The Guardian
2027-05-11T15:40:00+01:00

A portrait of a young woman, possibly the artist's wife, has been discovered beneath a 17th-century still life of lemons and game birds, a small municipal gallery in Tuscany has announced.

The Pinacoteca Civica di Valdorno said in a press release on Tuesday that X-rays and infrared reflectography carried out over 14 months had revealed a woman's face in three-quarter view, wearing a lace cap and a string of pearls, under the visible surface of Ottavio Serranti's 1641 canvas.

According to the gallery's statement, Serranti appears to have abandoned the portrait at an advanced stage and painted over it, a common practice at a time when canvas was expensive. "It is as if Serranti left us a sealed letter for almost four centuries," the gallery's director, Chiara Melandri, was quoted as saying. "We do not yet know for certain who the woman is, but the resemblance to a drawing in our print room is striking."

The 96cm by 74cm oil painting entered Valdorno's civic collection in 1928 as part of a bequest. The analysis, which cost about €48,000, was paid for by the Corsani Foundation, the statement said.

The work will go on display in a dedicated room from 12 June, alongside the X-ray images and a digital reconstruction of the hidden face.

Serranti, born in Lucca in 1603, is best known for still lifes now held in collections in Florence, Rome and Vienna. Compositions hidden beneath old master paintings have become a more frequent find as imaging equipment grows cheaper and more portable, allowing smaller museums to commission studies that were once reserved for the largest institutions.
""",
"02_de.txt": """Verborgenes Frauenporträt unter barockem Stillleben entdeckt
Süddeutsche Zeitung
11. Mai 2027, 17:12 Uhr

Unter einem Stillleben des Barockmalers Ottavio Serranti ist in der Toskana das Porträt einer jungen Frau zum Vorschein gekommen. Das teilte die städtische Pinakothek von Valdorno am Dienstag mit. Bei der Dargestellten könnte es sich um die Ehefrau des Malers handeln.

Röntgenaufnahmen und Infrarot-Reflektografie hätten unter der sichtbaren Malschicht des Gemäldes von 1641 ein Frauengesicht im Dreiviertelprofil sichtbar gemacht, mit Spitzenhaube und Perlenkette, heißt es in der Pressemitteilung des Museums. Die Untersuchungen dauerten 14 Monate und kosteten rund 48 000 Euro; bezahlt hat sie die Fondazione Corsani.

„Es ist, als hätte Serranti uns fast vier Jahrhunderte lang einen verschlossenen Brief hinterlassen", wird Museumsdirektorin Chiara Melandri in der Mitteilung zitiert. Wer die Frau sei, wisse man noch nicht sicher, die Ähnlichkeit mit einer Zeichnung aus der hauseigenen Graphiksammlung sei jedoch „verblüffend".

Der Maler habe das Bildnis offenbar in fortgeschrittenem Zustand aufgegeben und dann mit Zitronen und erlegten Vögeln übermalt – Leinwand war im 17. Jahrhundert teuer und wurde häufig wiederverwendet. Das 96 mal 74 Zentimeter große Ölbild gehört seit einem Vermächtnis im Jahr 1928 zur städtischen Sammlung.

Vom 12. Juni an soll das Gemälde in einem eigenen Saal gezeigt werden, gemeinsam mit den Röntgenbildern und einer digitalen Rekonstruktion des verborgenen Porträts, so das Museum.
""",
"03_ru.txt": """Под натюрмортом XVII века нашли скрытый женский портрет
12 мая 2027

Итальянские специалисты обнаружили под натюрмортом Оттавио Серранти 1641 года портрет молодой женщины — возможно, жены художника. Об этом говорится в пресс-релизе Городской пинакотеки Вальдорно, опубликованном на сайте музея во вторник.

Рентгенография и инфракрасная рефлектография, которые в течение 14 месяцев проводила флорентийская лаборатория Artelux, выявили под видимым красочным слоем лицо женщины в три четверти, в кружевном чепце и с ниткой жемчуга. По версии музея, Серранти бросил почти законченный портрет и записал его натюрмортом с лимонами и дичью: холст в то время стоил дорого.

«Серранти словно оставил нам запечатанное письмо почти на четыре столетия», — приводятся в релизе слова директора пинакотеки Кьяры Меландри. По ее словам, личность женщины пока не установлена, но сходство с рисунком из собрания музея «поразительное».

Картина размером 96 на 74 сантиметра попала в городское собрание Вальдорно в 1928 году по завещанию. Исследования обошлись примерно в 48 тысяч евро, их оплатил фонд Корсани.

С 12 июня полотно покажут в отдельном зале вместе с рентгеновскими снимками и цифровой реконструкцией скрытого портрета, сообщает пинакотека.
""",
}, [("Pinacoteca Civica di Valdorno", False)],
[("Pinacoteca Civica di Valdorno", "00_it.txt"), ("Pinacoteca Civica di Valdorno", "01_en.txt"),
 ("Pinacoteca Civica di Valdorno", "02_de.txt"), ("Pinacoteca Civica di Valdorno", "03_ru.txt")],
[("X-ray and infrared analysis revealed a hidden portrait of a young woman beneath Ottavio Serranti's 1641 still life.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("The painting will go on display in a dedicated room from 12 June.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1)])

# t02: a singer's own Instagram post (outside origin) taken directly by all four; the French relay
# adds its own confirmation from the French promoter ("Contacté par Le Parisien", "a-t-il précisé
# au Parisien"), so Le Parisien is also an in-corpus origin. it "ha annunciato ... con un lungo post
# su Instagram"; es "según ha comunicado la propia artista en su cuenta de Instagram"; de "Das
# verkündete die Sängerin ... selbst auf Instagram" + "schreibt Bellandi".
story("t02_singer_instagram_tour", "social_post", {
"00_it.txt": """Aurora Bellandi annulla il tour europeo: «Un nodulo alle corde vocali, devo fermarmi»
Corriere della Sera
2027-03-17 08:15

«Mi si spezza il cuore a scriverlo, ma devo fermarmi». Con un lungo post pubblicato su Instagram nella notte tra martedì e mercoledì, Aurora Bellandi ha annunciato l'annullamento delle 14 date europee del suo «Vetro Tour», previste tra aprile e giugno.

La cantante barese, 31 anni, ha spiegato ai suoi 2,4 milioni di follower che durante le prove le è stato riscontrato un nodulo alle corde vocali. «I medici sono stati chiari: intervento la prossima settimana a Milano e poi sei settimane di silenzio assoluto. Niente canto, niente interviste, nemmeno una telefonata», ha scritto l'artista, accompagnando il testo con una foto in bianco e nero di un palco vuoto.

Il tour avrebbe dovuto toccare, tra le altre, Parigi, Lione, Madrid, Barcellona, Berlino, Colonia, Zurigo e Londra. Nel post Bellandi chiede scusa ai fan che avevano già acquistato i biglietti e assicura che le nuove date saranno comunicate «il prima possibile». Restano confermati, precisa la cantante, i concerti italiani di ottobre nei palazzetti.

Sotto il post sono comparsi in poche ore oltre 90 mila commenti, tra cui quelli di molti colleghi. L'album «Vetro», uscito a gennaio, è rimasto sette settimane al primo posto della classifica italiana ed è il più venduto della sua carriera, iniziata nel 2019 con la vittoria in un talent televisivo.
""",
"01_es.txt": """Aurora Bellandi cancela su gira europea por un nódulo en las cuerdas vocales
El País
17 de marzo de 2027 - 10:20 CET

La cantante italiana Aurora Bellandi ha cancelado los 14 conciertos europeos de su gira Vetro, entre ellos los previstos en Madrid y Barcelona el 12 y el 14 de mayo, según ha comunicado la propia artista en su cuenta de Instagram.

En un largo mensaje publicado de madrugada, la intérprete de 31 años explicó que durante los ensayos le detectaron un nódulo en las cuerdas vocales. "Los médicos han sido claros: operación la semana que viene en Milán y después seis semanas de silencio absoluto. Ni cantar, ni entrevistas, ni siquiera una llamada de teléfono", escribió la cantante en italiano junto a una fotografía en blanco y negro de un escenario vacío.

Bellandi, natural de Bari, pidió disculpas a quienes ya habían comprado sus entradas y prometió anunciar nuevas fechas "lo antes posible". Sus conciertos en Italia, previstos para octubre, se mantienen, precisó.

La artista se dio a conocer en España en 2025 gracias a Luna de agosto, el dueto con el cantante sevillano Pablo Ceferino que sonó durante todo el verano en las radiofórmulas. Su último disco, Vetro, publicado en enero, lleva siete semanas como número uno de ventas en Italia. La gira, que debía arrancar el 18 de abril en Zúrich, era la primera de su carrera con fechas en recintos de gran aforo fuera de su país.
""",
"02_de.txt": """Knoten an den Stimmbändern! Pop-Star Aurora Bellandi sagt Europa-Tour ab
Bild
17.03.2027 - 11:47 Uhr

Schock für ihre Fans! Die italienische Sängerin Aurora Bellandi (31) hat alle 14 Europa-Konzerte ihrer „Vetro"-Tour abgesagt – auch die Shows in Berlin (20. Mai) und Köln (22. Mai) fallen aus.

Das verkündete die Sängerin in der Nacht zu Mittwoch selbst auf Instagram. Der Grund: ein Knoten an den Stimmbändern, den Ärzte bei den Proben entdeckt haben.

„Die Ärzte waren deutlich: nächste Woche OP in Mailand und danach sechs Wochen absolute Stille. Kein Singen, keine Interviews, nicht einmal ein Telefonat", schreibt Bellandi. Zu ihrem Post stellte sie ein Schwarz-Weiß-Foto einer leeren Bühne.

Die Sängerin entschuldigte sich bei allen Fans, die schon Tickets gekauft haben. Neue Termine will sie „so schnell wie möglich" bekannt geben. Die Konzerte in Italien im Oktober sollen stattfinden.

In Deutschland landete Bellandi 2025 mit dem Sommerhit „Mare d'inverno" auf Platz 3 der Single-Charts. Ihr aktuelles Album „Vetro" steht in Italien seit sieben Wochen an der Spitze. Unter dem Instagram-Post wünschten ihr in wenigen Stunden Zehntausende Fans gute Besserung.
""",
"03_fr.txt": """Aurora Bellandi annule sa tournée européenne : le concert du Zénith reporté à novembre
Le Parisien
Le 17 mars 2027 à 14h02

Les fans parisiens d'Aurora Bellandi devront patienter. La chanteuse italienne a annoncé dans la nuit de mardi à mercredi, sur son compte Instagram, l'annulation des 14 dates européennes de sa tournée « Vetro », en raison d'un nodule aux cordes vocales découvert pendant les répétitions.

« Les médecins ont été clairs : je dois m'arrêter », écrit l'artiste de 31 ans dans un long message accompagné de la photo d'une scène vide. Elle y présente ses excuses aux spectateurs qui avaient déjà acheté leur billet.

Contacté par Le Parisien, le producteur de la tournée en France, Gilles Moreau-Vidal, de la société Azur Live, a confirmé que le concert prévu le 3 juin au Zénith de Paris n'était pas perdu mais reporté au 18 novembre. « Les 6 200 billets vendus restent valables, et ceux qui ne peuvent pas venir à la nouvelle date seront remboursés à partir du 25 mars », a-t-il précisé au Parisien. La date lyonnaise du 5 juin devrait, elle, être reprogrammée début décembre, selon le producteur.

Révélée en France par son duo avec le rappeur marseillais Kenzo Varga en 2025, Aurora Bellandi devait donner à Paris le plus grand concert de sa carrière hors d'Italie. Son album « Vetro », sorti en janvier, est numéro un des ventes dans son pays depuis sept semaines.
""",
}, [("Aurora Bellandi", False), ("Le Parisien", True)],
[("Aurora Bellandi", "00_it.txt"), ("Aurora Bellandi", "01_es.txt"),
 ("Aurora Bellandi", "02_de.txt"), ("Aurora Bellandi", "03_fr.txt")],
[("Aurora Bellandi cancelled the 14 European dates of her Vetro tour because of a nodule on her vocal cords.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_fr.txt"], 2),
 ("She will have surgery in Milan next week followed by six weeks of complete vocal rest.",
  ["00_it.txt", "01_es.txt", "02_de.txt"], 1)])

# t03: an auction house's own announcement (outside origin); chain Le Figaro -> The Guardian ->
# Коммерсантъ; the Ukrainian article takes the announcement directly. fr "a annoncé la maison de
# ventes Delorme-Vasseur dans un communiqué" + "précise le communiqué"; en "the French daily Le Figaro
# reported" + "according to Le Figaro, which cited the auction house" + "the newspaper added" (edge
# from Le Figaro); ru "как пишет британская газета The Guardian со ссылкой на французскую Le Figaro"
# + "По данным британского издания" (edge from The Guardian); uk "Про це йдеться в повідомленні
# аукціонного дому ..., оприлюдненому на його сайті".
story("t03_auction_record_chain", "chain", {
"00_fr.txt": """Record mondial pour Hélène Kovalenko : « Les Tournesols de Poltava » adjugés 4,2 millions d'euros
Le Figaro
Publié le 9 juin 2027 à 22h31

C'est un record pour l'artiste. « Les Tournesols de Poltava », toile peinte en 1934 par Hélène Kovalenko, a été adjugée 4,2 millions d'euros frais compris mercredi soir à Paris, a annoncé la maison de ventes Delorme-Vasseur dans un communiqué publié à l'issue de la vacation.

L'œuvre était estimée entre 800 000 et 1,2 million d'euros. Cinq enchérisseurs se sont disputé le tableau pendant onze minutes avant qu'un collectionneur privé asiatique, qui enchérissait par téléphone, ne l'emporte, précise le communiqué. Le précédent record pour l'artiste, 1,1 million d'euros, datait de 2019.

« Cette enchère historique consacre enfin Hélène Kovalenko parmi les grandes coloristes de l'École de Paris », s'est félicitée Bérénice Lachaume, directrice du département art moderne de la maison, citée dans le texte.

La toile provenait de la succession d'un industriel lyonnais qui l'avait achetée directement à l'artiste en 1937 ; elle n'avait plus été montrée au public depuis une exposition à Genève en 1950.

Née à Kharkiv en 1902, arrivée à Paris en 1921, Hélène Kovalenko a fréquenté les ateliers de Montparnasse avant de s'installer à Nice, où elle est morte en 1979. Longtemps cantonnée aux marges de l'histoire de l'art, elle fait l'objet depuis quelques années d'un net regain d'intérêt des musées comme des collectionneurs.
""",
"01_en.txt": """Ukrainian-born painter's sunflowers fetch record €4.2m in Paris
The Guardian
Thu, 10 Jun 2027 09:15:00 +0100

A 1934 painting of sunflowers by the Kharkiv-born artist Hélène Kovalenko has sold for €4.2m at auction in Paris, almost four times her previous record, the French daily Le Figaro reported.

Les Tournesols de Poltava had been estimated at €800,000 to €1.2m. Five bidders competed for 11 minutes on Wednesday evening before the work went to a private Asian collector bidding by phone, according to Le Figaro, which cited the auction house Delorme-Vasseur.

"This historic bid finally places Hélène Kovalenko among the great colourists of the School of Paris," Bérénice Lachaume, head of modern art at the auction house, was quoted as saying. Kovalenko's previous auction record, €1.1m, was set in 2019.

The canvas had belonged to the family of a Lyon industrialist who bought it from the artist in 1937 and had not been shown publicly since 1950, the newspaper added.

Kovalenko left Kharkiv for Paris in 1921 and worked in the studios of Montparnasse before moving to Nice, where she died in 1979. Like a number of women painters of the School of Paris, she has been rediscovered over the past decade, with retrospectives and new acquisitions driving up prices for works that rarely come to market.
""",
"02_ru.txt": """«Подсолнухи Полтавы» ушли с молотка за €4,2 млн
Коммерсантъ
10.06.2027, 14:20

Картина уроженки Харькова Элен Коваленко «Подсолнухи Полтавы» (1934) продана на аукционе в Париже за €4,2 млн, как пишет британская газета The Guardian со ссылкой на французскую Le Figaro. Это почти вчетверо больше прежнего рекорда художницы.

Эстимейт работы составлял €800 тыс. — €1,2 млн. По данным британского издания, пятеро участников торговались 11 минут, после чего лот достался частному коллекционеру из Азии, делавшему ставки по телефону. Аукционный дом Delorme-Vasseur назвал торги «историческими», отмечает The Guardian.

Предыдущий рекорд Коваленко — €1,1 млн — был установлен в 2019 году. Полотно с 1937 года принадлежало семье лионского промышленника и с 1950 года не выставлялось.

Элен (Елена) Коваленко родилась в Харькове в 1902 году, в 1921 году эмигрировала во Францию, работала на Монпарнасе, а последние десятилетия жизни провела в Ницце, где умерла в 1979 году. В последние годы интерес к художницам Парижской школы заметно вырос, и их работы все чаще становятся главными лотами модернистских торгов.
""",
"03_uk.txt": """Картину харків'янки Олени Коваленко продали в Парижі за рекордні 4,2 млн євро
Українська правда
10 червня 2027, 16:05

Картину «Соняшники Полтави» художниці Олени Коваленко (Hélène Kovalenko), яка народилася в Харкові, продали на аукціоні в Парижі за 4,2 млн євро з урахуванням комісії. Про це йдеться в повідомленні аукціонного дому Delorme-Vasseur, оприлюдненому на його сайті.

Полотно 1934 року оцінювали в 800 тис. – 1,2 млн євро. Згідно з повідомленням, за нього п'ятеро учасників змагалися 11 хвилин, а переміг приватний колекціонер з Азії, який робив ставки телефоном. Попередній рекорд для авторки — 1,1 млн євро — було встановлено у 2019 році.

«Ці історичні торги нарешті ставлять Олену Коваленко в один ряд із великими колористками Паризької школи», — заявила керівниця відділу модерного мистецтва аукціонного дому Береніс Лашом, слова якої наводяться в повідомленні.

Коваленко народилася 1902 року, у 1921-му виїхала до Франції, працювала в майстернях Монпарнаса, а згодом оселилася в Ниці, де й померла 1979 року. Кілька її ранніх робіт зберігаються в українських музеях.
""",
}, [("Delorme-Vasseur", False)],
[("Delorme-Vasseur", "00_fr.txt"), ("Le Figaro", "01_en.txt"),
 ("The Guardian", "02_ru.txt"), ("Delorme-Vasseur", "03_uk.txt")],
[("Hélène Kovalenko's painting Les Tournesols de Poltava sold for 4.2 million euros in Paris, a record for the artist.",
  ["00_fr.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("The buyer was a private Asian collector bidding by phone after 11 minutes of bidding by five bidders.",
  ["00_fr.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], 1)])

# t04: in-corpus scoop by Variety ("Variety has learned", "according to multiple sources familiar with
# the negotiations", "One insider"; the anonymous sources and the no-comment belong to Variety),
# relayed 4x. es "según ha adelantado la revista estadounidense Variety, que cita a varias fuentes" +
# "Según la publicación" + "añade el medio"; it "Lo rivela il magazine americano Variety" + "scrive la
# testata"; de "berichtet das US-Branchenmagazin »Variety« unter Berufung auf" + "Dem Bericht
# zufolge"; pl (no date line) "podał amerykański magazyn branżowy „Variety”, powołując się na" +
# "Jak pisze" + "Według informatorów magazynu".
story("t04_variety_director_scoop", "scoop", {
"00_en.txt": """Lucía Arbeloa to Direct 'The Salt Orchard' Adaptation for Northlight Pictures (EXCLUSIVE)
Variety
September 21, 2027 9:00am PT

Spanish filmmaker Lucía Arbeloa is set to make her English-language debut with "The Salt Orchard," Northlight Pictures' adaptation of Nora Haldane's bestselling novel, Variety has learned.

The deal closed late last week after a competitive pitch process that included at least three other directors, according to multiple sources familiar with the negotiations. Celeste Waring is in final talks to star as Agnes Rule, the widow who inherits a failing apple orchard on the Cornish coast and discovers that her late husband had sold it twice.

The production is budgeted at around $38 million, sources said, and is expected to shoot in Galicia, standing in for Cornwall, from February 2028. One insider described Arbeloa's pitch as "the most personal take in the room," adding that she intends to shoot almost entirely on location with a largely Spanish crew.

Representatives for Arbeloa and Northlight declined to comment.

Arbeloa, 43, broke out internationally with "Las horas bajas," a drama about three sisters running a failing hotel in the Pyrenees, which won the top prize at San Sebastián in 2025 and sold to more than 30 territories. "The Salt Orchard," published in 2024, has sold more than 1.5 million copies worldwide and spent 19 weeks on the New York Times bestseller list. Haldane is writing the screenplay herself, her first for the screen.

Northlight, which financed two of last year's most successful mid-budget dramas, has been expanding its slate of literary adaptations and is understood to be eyeing a release in late 2029.
""",
"01_es.txt": """Lucía Arbeloa rodará en Galicia su primera película en inglés
El País
22 sept 2027 - 07:30 CEST

La directora navarra Lucía Arbeloa dará el salto al cine en inglés con la adaptación de The Salt Orchard, la novela de la británica Nora Haldane, según ha adelantado la revista estadounidense Variety, que cita a varias fuentes conocedoras de la negociación. La película la producirá el estudio Northlight Pictures.

Según la publicación, el presupuesto ronda los 38 millones de dólares y el rodaje arrancará en febrero de 2028 en Galicia, que hará las veces de la costa de Cornualles donde transcurre la historia. La actriz Celeste Waring está en la recta final de las negociaciones para interpretar a la protagonista, una viuda que hereda un manzanar arruinado, añade el medio especializado.

El acuerdo se cerró la semana pasada tras un proceso en el que compitieron al menos otros tres cineastas. Una de las fuentes citadas por la revista describe la propuesta de Arbeloa como "la más personal de todas". Ni la directora ni el estudio quisieron hacer comentarios a Variety.

Arbeloa (Pamplona, 1984) ganó en 2025 el premio principal del festival de San Sebastián con Las horas bajas, sobre tres hermanas que intentan salvar un hotel en el Pirineo, y desde entonces ha recibido varias ofertas de Hollywood. La novela de Haldane, publicada en 2024, ha vendido más de millón y medio de ejemplares.
""",
"02_it.txt": """Lucía Arbeloa dirigerà «The Salt Orchard», primo film in inglese per la regista spagnola
la Repubblica
22 settembre 2027

Sarà la spagnola Lucía Arbeloa a portare sul grande schermo «The Salt Orchard», il romanzo di Nora Haldane che ha venduto oltre un milione e mezzo di copie. Lo rivela il magazine americano Variety, secondo cui l'accordo con lo studio Northlight Pictures è stato chiuso la settimana scorsa dopo una selezione a cui avevano partecipato almeno altri tre registi.

Il budget si aggira intorno ai 38 milioni di dollari, scrive la testata, e le riprese cominceranno nel febbraio 2028 in Galizia, che sullo schermo diventerà la costa della Cornovaglia. Per il ruolo della protagonista, una vedova che eredita un frutteto in rovina, sarebbe in trattative avanzate Celeste Waring.

Secondo una fonte citata da Variety, quella di Arbeloa era «la proposta più personale» tra quelle presentate. La regista e lo studio non hanno voluto commentare.

Per Arbeloa, 43 anni, sarà il debutto in lingua inglese dopo il successo di «Las horas bajas», premiato a San Sebastián nel 2025 e distribuito anche in Italia. La sceneggiatura porta la firma della stessa Haldane, alla sua prima esperienza per il cinema.
""",
"03_de.txt": """Spanische Regisseurin Arbeloa verfilmt Bestseller »The Salt Orchard«
Der Spiegel
22.09.2027, 11.03 Uhr

Die spanische Regisseurin Lucía Arbeloa soll den Bestseller »The Salt Orchard« der britischen Autorin Nora Haldane verfilmen. Das berichtet das US-Branchenmagazin »Variety« unter Berufung auf mehrere mit den Verhandlungen vertraute Personen. Produziert wird der Film demnach vom Studio Northlight Pictures.

Dem Bericht zufolge liegt das Budget bei rund 38 Millionen Dollar. Gedreht werden soll ab Februar 2028 in Galicien, das im Film die Küste Cornwalls darstellt. Für die Hauptrolle einer Witwe, die eine verschuldete Apfelplantage erbt, ist Celeste Waring im Gespräch.

Arbeloa habe sich in einem Auswahlverfahren gegen mindestens drei andere Regisseure durchgesetzt, schreibt das Blatt. Weder die Regisseurin noch das Studio wollten sich gegenüber »Variety« äußern.

Die 43-Jährige aus Pamplona war 2025 mit ihrem Drama »Las horas bajas« beim Festival von San Sebastián ausgezeichnet worden. Es wäre ihr erster Film in englischer Sprache. Haldanes Roman erschien 2024 und wurde in mehr als 20 Sprachen übersetzt, darunter auch ins Deutsche.
""",
"04_pl.txt": """Lucía Arbeloa nakręci „The Salt Orchard”. Hiszpańska reżyserka debiutuje po angielsku
Gazeta Wyborcza

Hiszpańska reżyserka Lucía Arbeloa wyreżyseruje ekranizację bestsellerowej powieści „The Salt Orchard” Brytyjki Nory Haldane – podał amerykański magazyn branżowy „Variety”, powołując się na osoby zaznajomione z negocjacjami. Film wyprodukuje studio Northlight Pictures.

Jak pisze „Variety”, budżet produkcji wyniesie około 38 mln dolarów, a zdjęcia ruszą w lutym 2028 roku w Galicji, która zagra wybrzeże Kornwalii. Według informatorów magazynu w ostatniej fazie rozmów o głównej roli jest Celeste Waring – zagrałaby wdowę, która dziedziczy podupadły sad jabłoniowy.

Arbeloa miała pokonać w wyścigu o projekt co najmniej trzech innych reżyserów. Ani ona, ani studio nie skomentowali doniesień amerykańskiego pisma.

43-letnia reżyserka z Pampeluny zdobyła w 2025 roku główną nagrodę festiwalu w San Sebastián za dramat „Las horas bajas”, który trafił także do polskich kin. Powieść Haldane ukazała się w 2024 roku; polski przekład ma się ukazać wiosną.
""",
}, [("Variety", True)],
[("Variety", "01_es.txt"), ("Variety", "02_it.txt"), ("Variety", "03_de.txt"), ("Variety", "04_pl.txt")],
[("Lucía Arbeloa will direct Northlight Pictures' adaptation of Nora Haldane's novel The Salt Orchard.",
  ["00_en.txt", "01_es.txt", "02_it.txt", "03_de.txt", "04_pl.txt"], 1),
 ("The film has a budget of about $38 million and will shoot in Galicia from February 2028.",
  ["00_en.txt", "01_es.txt", "02_it.txt", "03_de.txt", "04_pl.txt"], 1)])

# t05: two independent reports of the same theft: El País's own reporting (anonymous investigation
# sources, the guitarist talking to the paper) and the agency EFE (outside the corpus; the manager
# talking to EFE). it (no date line) credits EFE only ("Lo riferisce l'agenzia di stampa spagnola Efe"
# + "ha detto all'Efe"); de credits both ("wie die spanische Zeitung „El País" und die
# Nachrichtenagentur EFE übereinstimmend berichten" + "sagte Albarrán der Zeitung" + "wie die Agentur
# meldet"): two edges; fr credits El País ("selon le quotidien espagnol El País, qui cite des sources
# proches de l'enquête" + "précise le journal" + "a confié le musicien au quotidien madrilène").
story("t05_stolen_guitar_two_sources", "two_sources", {
"00_es.txt": """Roban en Sevilla la guitarra de 1912 del guitarrista Joaquín Albarrán
El País
Sevilla - 03 feb 2027 - 13:45 CET

La guitarra con la que Joaquín Albarrán ha tocado en todos sus conciertos durante las dos últimas décadas, construida en 1912 por el luthier cordobés Manuel Ortega, fue robada en la noche del martes del maletero de su coche en Sevilla, ha podido saber EL PAÍS. El instrumento está asegurado en 650.000 euros, según fuentes de la investigación que piden no ser identificadas.

El robo se produjo entre las 23.30 y las 0.15, mientras el guitarrista cenaba con su equipo en un restaurante cercano al Teatro de la Maestranza, donde acababa de actuar. Los ladrones forzaron la cerradura del maletero sin romper ningún cristal, explican las mismas fuentes, que no descartan que se trate de una banda especializada en robos en vehículos de turistas. La Policía Nacional está revisando las grabaciones de las cámaras de un aparcamiento cercano.

"Es como si me hubieran arrancado una mano. Esa guitarra ha estado conmigo en cada escenario desde que tenía 24 años", ha contado Albarrán a este periódico por teléfono, todavía en Sevilla. El músico, de 49 años, tocará el sábado en Granada con un instrumento prestado.

Albarrán compró la guitarra en 2001 a los herederos de un cantaor jerezano. Según los especialistas, de Manuel Ortega se conservan menos de cuarenta instrumentos, y solo un puñado sigue en manos de concertistas en activo.
""",
"01_it.txt": """Siviglia, rubata la chitarra del 1912 del chitarrista flamenco Joaquín Albarrán
Corriere della Sera

Una chitarra costruita nel 1912 dal liutaio Manuel Ortega è stata rubata martedì sera a Siviglia dall'auto del chitarrista flamenco Joaquín Albarrán. Lo riferisce l'agenzia di stampa spagnola Efe, secondo cui i ladri hanno forzato il bagagliaio mentre il musicista era a cena dopo un concerto al Teatro de la Maestranza.

«Chiediamo a chiunque abbia visto qualcosa di contattare la polizia. Per Joaquín non è uno strumento, è una parte di lui», ha detto all'Efe il suo manager, Ignacio Peralta. Secondo l'agenzia, l'entourage del musicista ha messo in palio una ricompensa di 10.000 euro per chi fornirà informazioni utili al ritrovamento.

Lo strumento, che Albarrán suona da oltre vent'anni, ha un valore che gli esperti consultati dall'agenzia stimano in diverse centinaia di migliaia di euro.

Albarrán, 49 anni, è considerato uno dei chitarristi più raffinati della sua generazione e si è esibito più volte anche in Italia, l'ultima la scorsa estate al festival di Spoleto.
""",
"02_de.txt": """Wertvolle Gitarre von Flamenco-Star in Sevilla gestohlen
Frankfurter Allgemeine Zeitung
3. Februar 2027

In Sevilla ist die mehr als hundert Jahre alte Konzertgitarre des Flamenco-Gitarristen Joaquín Albarrán gestohlen worden. Wie die spanische Zeitung „El País" und die Nachrichtenagentur EFE übereinstimmend berichten, brachen Unbekannte am späten Dienstagabend den Kofferraum seines Autos auf, während der Musiker nach einem Konzert mit seinem Team essen war.

Das Instrument wurde 1912 von dem Gitarrenbauer Manuel Ortega in Córdoba gefertigt und ist nach Angaben aus Ermittlerkreisen, auf die sich „El País" beruft, mit 650 000 Euro versichert. „Es ist, als hätte man mir eine Hand abgerissen", sagte Albarrán der Zeitung.

Sein Manager Ignacio Peralta rief Zeugen auf, sich bei der Polizei zu melden. Das Umfeld des Musikers hat eine Belohnung von 10 000 Euro ausgesetzt, wie die Agentur meldet.

Der 49-Jährige gilt als einer der wichtigsten Flamenco-Gitarristen seiner Generation; in Deutschland trat er zuletzt im Herbst in Hamburg und Frankfurt auf. Sein nächstes Konzert am Samstag in Granada will er mit einer geliehenen Gitarre spielen.
""",
"03_fr.txt": """À Séville, la guitare centenaire du guitariste de flamenco Joaquín Albarrán volée dans sa voiture
Le Monde
3 février 2027 à 19h12

La guitare fabriquée en 1912 par le luthier cordouan Manuel Ortega, avec laquelle Joaquín Albarrán joue depuis plus de vingt ans, a été volée mardi soir dans le coffre de sa voiture à Séville, selon le quotidien espagnol El País, qui cite des sources proches de l'enquête. L'instrument est assuré pour 650 000 euros.

Les voleurs ont forcé la serrure du coffre sans briser de vitre pendant que le musicien dînait avec son équipe près du Teatro de la Maestranza, où il venait de se produire. La police nationale examine les images des caméras d'un parking voisin, précise le journal.

« C'est comme si on m'avait arraché une main », a confié le musicien de 49 ans au quotidien madrilène. Il doit jouer samedi à Grenade avec une guitare prêtée.

Figure majeure de la guitare flamenca, Joaquín Albarrán s'est produit à plusieurs reprises en France, notamment au festival de Mont-de-Marsan. Il ne subsisterait qu'une quarantaine d'instruments signés Manuel Ortega.
""",
}, [("El País", True), ("EFE", False)],
[("EFE", "01_it.txt"), ("El País", "02_de.txt"), ("EFE", "02_de.txt"), ("El País", "03_fr.txt")],
[("Joaquín Albarrán's 1912 guitar by Manuel Ortega was stolen from the boot of his car in Seville on Tuesday night.",
  ["00_es.txt", "01_it.txt", "02_de.txt", "03_fr.txt"], 2),
 ("Police are examining footage from the cameras of a nearby car park.",
  ["00_es.txt", "03_fr.txt"], 1)])

# t06: a festival's own published statement (outside origin) taken directly by de, it, pl; the
# Russian article is an uncredited close translation of Der Spiegel's piece published hours later
# (same order, same quotes, same Spiegel background paragraph about the 2024 "Tannhäuser" and the
# tenor's withdrawal; it keeps "в заявлении на своем сайте"): one edge from Der Spiegel, none from
# the festival. de "Das teilten die Festspiele am Donnerstag in einer Erklärung auf ihrer Website mit"
# + "wird Intendantin ... in der Erklärung zitiert"; it "ha comunicato il festival in una nota
# pubblicata sul proprio sito" + "si legge nella nota"; pl "poinformowała dyrekcja festiwalu w
# oświadczeniu" + "czytamy w oświadczeniu" + "Jak podkreślają organizatorzy".
story("t06_festival_conductor_translation", "translation", {
"00_de.txt": """Dirigent Wierzbicki steigt bei »Lohengrin« in Hohenlarch aus
Der Spiegel
15.04.2027, 16.48 Uhr

Gut drei Monate vor der Premiere hat der polnische Dirigent Tomasz Wierzbicki die Neuproduktion von Richard Wagners »Lohengrin« bei den Opernfestspielen Hohenlarch verlassen. Das teilten die Festspiele am Donnerstag in einer Erklärung auf ihrer Website mit. Als Grund werden »unüberbrückbare künstlerische Differenzen« mit dem Regisseur Falk Oberhauser genannt.

»Wir bedauern die Entscheidung von Tomasz Wierzbicki, respektieren sie aber und danken ihm für die gemeinsame Vorbereitung«, wird Intendantin Sabine Korff in der Erklärung zitiert. Die musikalische Leitung übernimmt die norwegische Dirigentin Ingrid Halvorsen, die in Hohenlarch bereits 2025 Verdis »Macbeth« dirigiert hatte. Die Premiere am 24. Juli bleibt bestehen, die szenischen Proben beginnen am 10. Mai.

Oberhauser gilt als einer der umstrittensten Opernregisseure des Landes. Seine »Tannhäuser«-Inszenierung in Hohenlarch, die 2024 in einer Autowerkstatt spielte, war bei der Premiere minutenlang ausgebuht worden. Wierzbicki ist bereits der zweite prominente Abgang aus der Produktion: Im Februar hatte der ursprünglich vorgesehene Lohengrin-Tenor seine Mitwirkung aus gesundheitlichen Gründen abgesagt.

Der 58-jährige Wierzbicki gastiert seit Jahren an großen deutschen Opernhäusern und hätte in Hohenlarch erstmals Wagner dirigiert. Er selbst äußerte sich zunächst nicht.
""",
"01_ru.txt": """Дирижер Вежбицкий покинул постановку «Лоэнгрина» в Хоэнлархе
Медуза
15 апреля 2027, 21:10

Чуть больше чем за три месяца до премьеры польский дирижер Томаш Вежбицкий покинул новую постановку оперы Рихарда Вагнера «Лоэнгрин» на оперном фестивале в Хоэнлархе. Об этом фестиваль сообщил в четверг в заявлении на своем сайте. В качестве причины названы «непреодолимые художественные разногласия» с режиссером Фальком Оберхаузером.

«Мы сожалеем о решении Томаша Вежбицкого, но уважаем его и благодарим за совместную подготовку», — цитирует заявление интенданта фестиваля Сабину Корфф. Музыкальным руководителем станет норвежский дирижер Ингрид Хальворсен, которая уже дирижировала в Хоэнлархе «Макбетом» Верди в 2025 году. Премьера 24 июля остается в силе, сценические репетиции начнутся 10 мая.

Оберхаузер считается одним из самых скандальных оперных режиссеров Германии. Его постановку «Тангейзера» в Хоэнлархе, действие которой в 2024 году разворачивалось в автомастерской, на премьере несколько минут освистывали. Вежбицкий — уже второй громкий уход из постановки: в феврале первоначально заявленный исполнитель партии Лоэнгрина отказался от участия по состоянию здоровья.

58-летний Вежбицкий много лет выступает в крупных оперных театрах Германии; в Хоэнлархе он впервые должен был дирижировать Вагнером. Сам он пока никак не прокомментировал свой уход.
""",
"02_it.txt": """Hohenlarch, il direttore Wierzbicki lascia il «Lohengrin»: «Divergenze artistiche»
La Stampa
16/04/2027

Colpo di scena al festival d'opera di Hohenlarch, in Germania: il direttore d'orchestra polacco Tomasz Wierzbicki non dirigerà il nuovo allestimento del «Lohengrin» di Wagner atteso per il 24 luglio. Lo ha comunicato il festival in una nota pubblicata giovedì sul proprio sito, parlando di «divergenze artistiche inconciliabili» con il regista Falk Oberhauser.

Al suo posto salirà sul podio la norvegese Ingrid Halvorsen, già applaudita a Hohenlarch nel 2025. «Ci rammarichiamo della decisione di Tomasz Wierzbicki, ma la rispettiamo», afferma la sovrintendente Sabine Korff, citata nella nota. La data della prima resta invariata e le prove di regia cominceranno il 10 maggio, si legge ancora nel comunicato.

Wierzbicki, 58 anni, è un ospite abituale dei teatri tedeschi ed è noto al pubblico italiano per le sue letture di Szymanowski e Mahler. Il festival di Hohenlarch, fondato nel 1996, si svolge ogni estate nel cortile di un castello e negli ultimi anni ha puntato su regie spesso provocatorie.
""",
"03_pl.txt": """Tomasz Wierzbicki rezygnuje z „Lohengrina” w Hohenlarch
Rzeczpospolita
16 kwietnia 2027 09:40

Tomasz Wierzbicki nie poprowadzi nowej inscenizacji „Lohengrina” Richarda Wagnera na festiwalu operowym w Hohenlarch. Jak poinformowała w czwartek dyrekcja festiwalu w oświadczeniu opublikowanym na stronie internetowej, powodem są „nieprzezwyciężalne różnice artystyczne” między polskim dyrygentem a reżyserem Falkiem Oberhauserem.

„Żałujemy decyzji Tomasza Wierzbickiego, ale ją szanujemy” – czytamy w oświadczeniu, pod którym podpisała się dyrektorka festiwalu Sabine Korff. Kierownictwo muzyczne przejmie Norweżka Ingrid Halvorsen. Jak podkreślają organizatorzy festiwalu, termin premiery, 24 lipca, pozostaje bez zmian.

Dla 58-letniego dyrygenta miał to być pierwszy Wagner w Hohenlarch i jeden z najważniejszych występów w Niemczech w tym sezonie. Wierzbicki od lat regularnie dyryguje w niemieckich teatrach operowych, a w Polsce kojarzony jest przede wszystkim z nagraniami muzyki Karola Szymanowskiego. Sam dyrygent nie skomentował dotąd swojej decyzji.
""",
}, [("Opernfestspiele Hohenlarch", False)],
[("Opernfestspiele Hohenlarch", "00_de.txt"), ("Der Spiegel", "01_ru.txt"),
 ("Opernfestspiele Hohenlarch", "02_it.txt"), ("Opernfestspiele Hohenlarch", "03_pl.txt")],
[("Tomasz Wierzbicki withdrew from the Hohenlarch festival's new Lohengrin, citing irreconcilable artistic differences with director Falk Oberhauser.",
  ["00_de.txt", "01_ru.txt", "02_it.txt", "03_pl.txt"], 1),
 ("Ingrid Halvorsen takes over as conductor and the 24 July premiere stays in place.",
  ["00_de.txt", "01_ru.txt", "02_it.txt", "03_pl.txt"], 1)])

# t07: outside agency ТАСС (the theatre director talking to the agency is part of its report),
# relayed 4x. ru "Об этом ТАСС сообщил директор театра" + "приводит ТАСС слова" + "уточнили агентству"
# + "По информации агентства"; en "the theatre's director told state news agency TASS" + "TASS
# reported"; uk "повідомило російське державне агентство ТАСС" + "розповів агентству" + "За даними
# ТАСС"; fr (no outlet line, no date line) "rapporte l'agence de presse russe Tass" + "a déclaré à
# l'agence" + "selon Tass".
story("t07_ballet_premiere_agency", "agency", {
"00_ru.txt": """Премьеру «Анны Карениной» в екатеринбургском «Северном ветре» перенесли на осень
РБК
2027-01-26 13:02

Екатеринбургский театр балета «Северный ветер» перенес премьеру балета «Анна Каренина» с 20 марта на 2 октября из-за травмы исполнительницы главной партии Вероники Ладыгиной. Об этом ТАСС сообщил директор театра Аркадий Шалимов.

По его словам, 27-летняя балерина порвала ахиллово сухожилие на репетиции в понедельник и в тот же вечер была прооперирована. «Выпускать премьеру с другой исполнительницей мы не захотели: спектакль с первого дня создавался под Веронику», — приводит ТАСС слова Шалимова. Восстановление займет не менее пяти месяцев, уточнили агентству в театре.

По информации агентства, на мартовские показы было продано около 1100 билетов; зрители смогут вернуть их в кассах или обменять на осенние спектакли.

Ладыгина — ведущая солистка «Северного ветра» с 2023 года. Постановка «Анны Карениной» на музыку Чайковского должна была стать самой масштабной премьерой театра за последние десять лет: в ней заняты более 60 артистов, а декорации изготавливались в течение полугода.
""",
"01_en.txt": """Yekaterinburg ballet postpones 'Anna Karenina' premiere after star tears Achilles tendon
The Moscow Times
Jan. 26, 2027

The Severny Veter ballet theater in Yekaterinburg has pushed back the premiere of its new "Anna Karenina" by more than six months after its lead dancer was injured in rehearsal, the theater's director told state news agency TASS on Tuesday.

Veronika Ladygina, 27, tore her Achilles tendon during a rehearsal on Monday and underwent surgery the same evening, director Arkady Shalimov said. The premiere, originally scheduled for March 20, will now take place on Oct. 2.

"We did not want to open with another dancer: the production was created around Veronika from the very first day," Shalimov was quoted as saying. Her recovery will take at least five months, TASS reported, citing the theater.

About 1,100 tickets had been sold for the March performances, according to the agency. Ticket holders can request refunds or exchange them for the autumn dates.

Ladygina has been a principal dancer at Severny Veter since 2023. The ballet, set to music by Tchaikovsky and featuring more than 60 dancers, was billed as the company's most ambitious production in a decade.
""",
"02_uk.txt": """В Єкатеринбурзі перенесли прем'єру балету «Анна Кареніна» через травму солістки
Радіо Свобода
26 січня 2027, 17:40

Єкатеринбурзький театр балету «Північний вітер» переніс прем'єру балету «Анна Кареніна» з 20 березня на 2 жовтня через травму виконавиці головної партії Вероніки Ладигіної. Про це повідомило російське державне агентство ТАСС.

Як розповів агентству директор театру Аркадій Шалімов, 27-річна балерина розірвала ахіллове сухожилля під час репетиції в понеділок і того ж вечора перенесла операцію. За його словами, театр не захотів випускати виставу з іншою солісткою, оскільки постановку «з першого дня створювали під Вероніку».

За даними ТАСС, відновлення триватиме щонайменше п'ять місяців. На березневі покази встигли продати близько 1100 квитків. Глядачі зможуть повернути їх у касах театру або обміняти на осінні вистави, додає агентство.

Ладигіна є провідною солісткою «Північного вітру» з 2023 року. Балет на музику Чайковського, в якому задіяно понад 60 артистів, театр анонсував як найбільшу свою прем'єру за останнє десятиліття.
""",
"03_fr.txt": """Russie : la première d'« Anna Karénine » reportée après la blessure de sa danseuse étoile

Le théâtre de ballet Severny Veter d'Iekaterinbourg a repoussé du 20 mars au 2 octobre la première de son nouveau ballet « Anna Karénine », sa soliste principale s'étant gravement blessée en répétition, rapporte mardi l'agence de presse russe Tass.

Veronika Ladyguina, 27 ans, s'est rompu le tendon d'Achille lundi pendant une répétition et a été opérée le soir même. « Nous n'avons pas voulu créer le spectacle avec une autre danseuse : il a été conçu pour Veronika dès le premier jour », a déclaré à l'agence le directeur du théâtre, Arkadi Chalimov.

Sa convalescence devrait durer au moins cinq mois, selon Tass. Quelque 1 100 billets avaient déjà été vendus pour les représentations de mars ; ils pourront être remboursés ou échangés.

Sur une musique de Tchaïkovski, la production, qui mobilise plus de 60 danseurs, devait être la plus importante de la compagnie depuis dix ans.
""",
}, [("ТАСС", False)],
[("ТАСС", "00_ru.txt"), ("ТАСС", "01_en.txt"), ("ТАСС", "02_uk.txt"), ("ТАСС", "03_fr.txt")],
[("The Severny Veter ballet theatre postponed the premiere of Anna Karenina from 20 March to 2 October.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], 1),
 ("Lead dancer Veronika Ladygina tore her Achilles tendon at a rehearsal and had surgery the same evening.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], 1)])

# t08: in-corpus tabloid scoop by Bild ("Wie BILD aus dem Umfeld der Band erfuhr", "Ein Insider zu
# BILD", "Nach BILD-Informationen"; unanswered BILD request), relayed 3x. pl "jak ustalił niemiecki
# dziennik „Bild”" + "Według „Bilda”" (gen.) + "informator „Bilda”"; it "rivela il tabloid tedesco
# Bild, citando fonti vicine al gruppo" + "scrive il quotidiano" + "Secondo la Bild"; en "the German
# tabloid Bild reported on Friday, citing people close to the band" + "the paper said" + "Bild's
# sources"; the Guardian's own unanswered request adds no own reporting.
story("t08_band_reunion_tabloid_scoop", "scoop", {
"00_de.txt": """BILD enthüllt: Die Glasbläser kommen zurück – Stadion-Tour 2028!
Bild
08.10.2027 - 06:00 Uhr

Sie sind wieder da! Zwölf Jahre nach ihrer Trennung stehen Die Glasbläser vor dem großen Comeback. Wie BILD aus dem Umfeld der Band erfuhr, gehen Sänger Jonas Kramm (46), Gitarrist Till Weyrauch (47), Bassistin Mira Albers (44) und Schlagzeuger Paul Steinke (48) im Sommer 2028 gemeinsam auf Stadion-Tour.

Geplant sind nach BILD-Informationen neun Konzerte in Deutschland, Österreich und der Schweiz. Los gehen soll es am 3. Juni 2028 im Hamburger Volksparkstadion – in der Stadt, in der die Band 1999 gegründet wurde.

„Die vier haben sich im Frühjahr zum ersten Mal seit Jahren wieder zusammen in einen Proberaum gestellt. Nach zwei Stunden war klar: Das machen wir", sagt ein Insider zu BILD. Auch ein neues Album sei bereits in Arbeit.

Offiziell verkündet werden soll das Comeback am kommenden Donnerstag, der Vorverkauf soll eine Woche später starten. Das Management der Band ließ eine BILD-Anfrage am Donnerstag unbeantwortet.

Die Glasbläser verkauften mit Hits wie „Scherbenherz" mehr als vier Millionen Alben. 2015 trennte sich die Band nach einem Streit zwischen Kramm und Weyrauch, der öffentlich ausgetragen wurde. Seitdem hatten alle vier Mitglieder eine Wiedervereinigung stets ausgeschlossen.
""",
"01_pl.txt": """Die Glasbläser wracają! Niemiecka legenda pop-rocka ruszy w trasę po stadionach
Fakt
8 października 2027, 10:15

Fani niemieckiego pop-rocka mają powody do radości. Zespół Die Glasbläser, który rozpadł się w 2015 roku, wraca po dwunastu latach i latem 2028 roku wyruszy w trasę po stadionach – jak ustalił niemiecki dziennik „Bild”.

Według „Bilda” w trasie wezmą udział wszyscy czterej członkowie oryginalnego składu: wokalista Jonas Kramm, gitarzysta Till Weyrauch, basistka Mira Albers i perkusista Paul Steinke. Zaplanowano dziewięć koncertów w Niemczech, Austrii i Szwajcarii, a pierwszy ma się odbyć 3 czerwca 2028 roku na Volksparkstadion w Hamburgu.

Informator „Bilda” z otoczenia zespołu twierdzi, że o powrocie przesądziła wiosenna próba, pierwsza od lat. Menedżment grupy nie odpowiedział na pytania niemieckiej gazety. Oficjalne ogłoszenie ma nastąpić w przyszły czwartek.

Czy zespół zagra również w Polsce? Tego niemiecka gazeta nie podaje. Die Glasbläser wystąpili w Polsce tylko raz, w 2011 roku na festiwalu w Gdyni, a ich przebój „Scherbenherz” był w tamtych latach często grany przez polskie rozgłośnie.
""",
"02_it.txt": """Germania, i Glasbläser tornano insieme dopo dodici anni: tour negli stadi nel 2028
Corriere della Sera
8 ottobre 2027 ore 13:27

Dopo dodici anni di silenzio e una rottura burrascosa, i Glasbläser, tra le band pop-rock più popolari della Germania, si preparano a tornare sul palco. Lo rivela il tabloid tedesco Bild, citando fonti vicine al gruppo: nell'estate del 2028 la formazione originale sarà protagonista di un tour negli stadi.

Le date previste sono nove, tra Germania, Austria e Svizzera, scrive il quotidiano, con debutto il 3 giugno 2028 al Volksparkstadion di Amburgo, la città dove il gruppo è nato nel 1999. Secondo la Bild, la band starebbe lavorando anche a un nuovo album e l'annuncio ufficiale arriverà giovedì prossimo. Il management non ha risposto alle domande del giornale.

Il cantante Jonas Kramm e il chitarrista Till Weyrauch si erano separati nel 2015 dopo una lite finita sui giornali. Con brani come «Scherbenherz» il gruppo ha venduto oltre quattro milioni di dischi, ma è rimasto quasi sconosciuto al pubblico italiano.
""",
"03_en.txt": """German band Die Glasbläser to reunite for stadium tour, report says
The Guardian
Fri 8 Oct 2027 15.32 BST

Die Glasbläser, one of Germany's best-selling rock bands of the 2000s, are to reunite for a stadium tour in 2028, 12 years after their acrimonious split, the German tabloid Bild reported on Friday, citing people close to the band.

All four original members will take part in nine concerts in Germany, Austria and Switzerland, opening at Hamburg's Volksparkstadion on 3 June 2028, the paper said. According to Bild's sources, the band reconvened for a rehearsal in the spring and are working on a new album. An official announcement is expected next Thursday.

The band's management did not respond to Bild's request for comment and did not immediately respond to a request from the Guardian.

Formed in Hamburg in 1999, Die Glasbläser sold more than 4m albums, largely on the strength of the 2006 single Scherbenherz. They split in 2015 after a public falling-out between the singer Jonas Kramm and the guitarist Till Weyrauch, and all four members had repeatedly ruled out a reunion.
""",
}, [("Bild", True)],
[("Bild", "01_pl.txt"), ("Bild", "02_it.txt"), ("Bild", "03_en.txt")],
[("Die Glasbläser will reunite for a stadium tour in 2028, twelve years after splitting up.",
  ["00_de.txt", "01_pl.txt", "02_it.txt", "03_en.txt"], 1),
 ("The nine-concert tour opens on 3 June 2028 at Hamburg's Volksparkstadion.",
  ["00_de.txt", "01_pl.txt", "02_it.txt", "03_en.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, k in claims:
            assert all(a in arts for a in al), (id, t)
        for o, inc in origins:
            assert isinstance(inc, bool)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": inc} for o, inc in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 114 (invented; culture, arts and celebrities); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
