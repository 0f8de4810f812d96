#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand83 set.

Real media names; every event, person, village and quotation is invented. Emphasis: weather,
floods and local emergencies (national weather services, a regional head's Telegram post, a local
police Facebook post, a regional TV station relayed via an agency, an uncredited rewrite, two
independent eyewitness reports). Labels were fixed before anything was run.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Met Office amber warning taken directly from the forecaster by BBC News, The Independent and
# Corriere della Sera; Der Spiegel credits only the BBC ("berichtete die BBC unter Berufung auf den
# Wetterdienst Met Office") -> chain edge from BBC News. One origin: Met Office (not in corpus).
story("r01_metoffice_amber_rain", "official", {
"00_en.txt": """Met Office issues amber warning for heavy rain in Cumbria and Lancashire
BBC News
2027-11-14 07:45

The Met Office has issued an amber warning for heavy rain covering most of Cumbria and the north of Lancashire, running from 18:00 on Sunday until midday on Monday.

In a statement on Sunday morning, the forecaster said 60 to 90mm of rain was expected widely across the warning area, with as much as 150mm possible over the high ground of the Lake District as a slow-moving band of rain stalls over the region.

"Fast flowing or deep floodwater is likely, causing a danger to life, and some communities may be cut off by flooded roads," the warning says. It adds that power cuts and disruption to rail services on the West Coast Main Line between Lancaster and Carlisle are likely.

Met Office deputy chief meteorologist Alastair Penhale said the ground was already saturated after the wettest October in the region for a decade. "Rivers will respond very quickly to this rain, so people should keep a close eye on flood warnings through Sunday night," he said.

A wider yellow warning for rain covers the rest of north-west England and parts of southern Scotland until Monday evening.
""",
"01_en.txt": """Up to 150mm of rain to hit Lake District as amber warning issued
The Independent
Sun, 14 Nov 2027 09:10:00 +0000

Parts of northern England are bracing for up to 150mm of rain after the Met Office upgraded its weather warning for Cumbria and north Lancashire to amber.

The warning is in force from 6pm on Sunday until 12pm on Monday. The Met Office said most places in the area would see between 60mm and 90mm, while the fells of the Lake District could receive up to 150mm.

The forecaster warned of "a danger to life" from fast-flowing or deep floodwater and said some rural communities could be cut off. Train services between Lancaster and Carlisle are also likely to be disrupted, it added.

"The ground is already saturated after the wettest October in a decade, so rivers will rise very quickly," said Alastair Penhale, the Met Office's deputy chief meteorologist.

Much of the rest of the North West and southern Scotland remains under a lower-level yellow warning.
""",
"02_de.txt": """Großbritannien: Bis zu 150 Liter Regen – Warnstufe Orange im Lake District
Der Spiegel
14. November 2027

Für den Nordwesten Englands gilt eine Unwetterwarnung der zweithöchsten Stufe. Wie die BBC unter Berufung auf den britischen Wetterdienst Met Office berichtete, gilt die Warnstufe Amber für weite Teile der Grafschaft Cumbria und den Norden von Lancashire, und zwar von Sonntag 18 Uhr bis Montagmittag.

Erwartet werden verbreitet 60 bis 90 Liter Regen pro Quadratmeter, in den Hochlagen des Lake District bis zu 150 Liter. Der Wetterdienst warnt vor schnell fließendem, tiefem Hochwasser und Lebensgefahr; einzelne Ortschaften könnten von der Außenwelt abgeschnitten werden.

Die Böden seien nach dem nassesten Oktober seit zehn Jahren bereits gesättigt, zitierte die BBC den Meteorologen Alastair Penhale. Auch auf der Bahnstrecke zwischen Lancaster und Carlisle müsse mit Ausfällen gerechnet werden.
""",
"03_it.txt": """Inghilterra, allerta arancione per pioggia: fino a 150 millimetri sul Lake District
Corriere della Sera
14/11/2027 11:30

Allerta arancione per piogge intense nel nord-ovest dell'Inghilterra. Lo ha comunicato il Met Office, il servizio meteorologico nazionale britannico, che ha alzato il livello di allerta per la contea di Cumbria e per il nord del Lancashire dalle 18 di domenica fino a mezzogiorno di lunedì.

Secondo il Met Office cadranno in media tra i 60 e i 90 millimetri di pioggia, con punte fino a 150 millimetri sui rilievi del Lake District. Il servizio meteorologico avverte del rischio di esondazioni improvvise e di «pericolo di vita», e non esclude che alcune località restino isolate.

«I terreni sono già saturi dopo l'ottobre più piovoso da dieci anni», ha spiegato il vicecapo dei meteorologi del Met Office, Alastair Penhale. Previsti disagi anche sulla linea ferroviaria tra Lancaster e Carlisle.
""",
}, [("Met Office", False)],
[("Met Office", "00_en.txt"), ("Met Office", "01_en.txt"), ("BBC News", "02_de.txt"), ("Met Office", "03_it.txt")],
[("The Met Office issued an amber warning for heavy rain for Cumbria and north Lancashire from Sunday 18:00 until Monday midday.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
 ("60 to 90 mm of rain were expected widely, up to 150 mm over the high ground of the Lake District.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
 ("Rail services between Lancaster and Carlisle were likely to be disrupted.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1)])

# r02: dpa's own report from a flash flood in Lower Bavaria (a DWD meteorologist speaks to dpa),
# relayed by SZ ("wie die Deutsche Presse-Agentur meldet"), ZEIT ONLINE (dateline "Unterhollach
# (dpa) -"), DW in Russian ("сообщает агентство dpa") and Ukrainska Pravda ("повідомляє німецьке
# агентство dpa"). One origin: dpa (not in corpus). The DWD is quoted inside dpa's report.
# ZEIT ONLINE has no outlet line (title suffix "| ZEIT ONLINE").
story("r02_dpa_flash_flood_bavaria", "agency", {
"00_de.txt": """Sturzflut in Niederbayern: Hollbach überflutet Unterhollach
Süddeutsche Zeitung
2027-07-08 16:20

Nach einem heftigen Gewitter ist der Hollbach in der niederbayerischen Gemeinde Unterhollach (Landkreis Rottal-Inn) über die Ufer getreten. Innerhalb von knapp einer Stunde liefen rund 60 Keller voll, wie die Deutsche Presse-Agentur meldet. Ein Autofahrer, dessen Wagen in einer Unterführung im Wasser stecken blieb, wurde von der Feuerwehr über das Dach geborgen; er blieb unverletzt.

Der Deutsche Wetterdienst hatte für den Landkreis am Mittag eine Unwetterwarnung der Stufe 3 herausgegeben. „Wir haben stellenweise bis zu 60 Liter pro Quadratmeter in einer Stunde gemessen, das schafft kein Bach", sagte DWD-Meteorologe Jens Hartwig der dpa.

Mehr als 200 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk pumpten am Nachmittag Keller leer. Die Ortsdurchfahrt blieb wegen Schlamm und Geröll gesperrt. Für den Abend rechnet der Wetterdienst mit weiteren, teils kräftigen Gewittern in Niederbayern.
""",
"01_de.txt": """Unwetter: Keller in Unterhollach vollgelaufen – Autofahrer gerettet | ZEIT ONLINE
08.07.2027 17:05

Unterhollach (dpa) - Ein Gewitter mit Starkregen hat in der Gemeinde Unterhollach im Landkreis Rottal-Inn rund 60 Keller unter Wasser gesetzt. Der Hollbach trat am Donnerstagmittag innerhalb kurzer Zeit über die Ufer. In einer Unterführung blieb ein Auto im Wasser stecken, die Feuerwehr holte den Fahrer unverletzt heraus.

Der Deutsche Wetterdienst (DWD) hatte zuvor vor Unwetter der Warnstufe 3 gewarnt. Örtlich seien bis zu 60 Liter Regen pro Quadratmeter binnen einer Stunde gefallen, sagte DWD-Meteorologe Jens Hartwig der Deutschen Presse-Agentur.

Feuerwehr und THW waren mit mehr als 200 Kräften im Einsatz. Die Ortsdurchfahrt ist wegen Schlamms gesperrt. Am Abend drohen in Niederbayern weitere Gewitter.
""",
"02_ru.txt": """Ливень в Баварии: в деревне Унтерхоллах затопило десятки подвалов
DW
2027-07-08T18:00:00+02:00

В баварской общине Унтерхоллах (район Ротталь-Инн) после сильной грозы вышел из берегов ручей Холльбах, сообщает агентство dpa. Менее чем за час были затоплены около 60 подвалов. Водителя автомобиля, застрявшего в затопленном подземном переезде, пожарные вытащили через крышу, он не пострадал.

Немецкая метеослужба DWD еще днем объявила для района штормовое предупреждение третьего уровня. «Местами за час выпало до 60 литров на квадратный метр, такого не выдержит ни один ручей», — рассказал агентству метеоролог DWD Йенс Хартвиг.

В ликвидации последствий участвуют более 200 пожарных и сотрудников Службы технической помощи. Вечером в Нижней Баварии ожидаются новые грозы.
""",
"03_uk.txt": """У Баварії злива затопила 60 підвалів у містечку Унтерголлах
Українська правда
8 липня 2027, 19:40

У баварській громаді Унтерголлах після сильної грози вийшов з берегів струмок Голльбах і затопив близько 60 підвалів, повідомляє німецьке агентство dpa.

Водія, автомобіль якого застряг у затопленому підземному переїзді, рятувальники витягли через дах. Він не постраждав.

Німецька метеослужба DWD ще опівдні оголосила для району попередження про негоду третього рівня. За словами метеоролога Єнса Гартвіга, місцями за годину випало до 60 літрів опадів на квадратний метр, сказав він агентству.

Ліквідацією наслідків займаються понад 200 пожежників і працівників служби технічної допомоги THW. Увечері в Нижній Баварії прогнозують нові грози.
""",
}, [("dpa", False)],
[("dpa", "00_de.txt"), ("dpa", "01_de.txt"), ("dpa", "02_ru.txt"), ("dpa", "03_uk.txt")],
[("After a thunderstorm the Hollbach flooded about 60 cellars in Unterhollach (Rottal-Inn).",
  ["00_de.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("A driver stuck in a flooded underpass was pulled out unhurt by firefighters.",
  ["00_de.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("The DWD had issued a level-3 severe weather warning; up to 60 litres per square metre fell in an hour.",
  ["00_de.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], 1)])

# r03: two official origins, no medium between: the head of the Chernivtsi regional military
# administration (Telegram post) and Ukrhydrometcentre (warning). Suspilne, Ukrinform and The Kyiv
# Independent take the Telegram post directly; RBC-Ukraine (ru) credits Ukrinform ("передает
# Укринформ") -> chain edge from Укрінформ; UNIAN takes only the hydromet warning directly.
# (No article carries both officials, so every claim has one root.)
story("r03_telegram_head_cheremosh_flood", "official", {
"00_uk.txt": """На Буковині Черемош затопив два села: евакуювали понад 300 людей
Суспільне Новини
2027-06-21 08:30

Після двох діб злив на Вижниччині вийшов з берегів Черемош. Підтоплено близько 140 житлових будинків у селах Бережниця та Слобода-Черемоська, звідти евакуювали 310 людей. Про це повідомив у своєму Telegram-каналі начальник Чернівецької обласної військової адміністрації Остап Маланюк.

«Вода прибувала всю ніч. Людей вивозимо човнами й технікою ДСНС, усі евакуйовані розміщені в школі у Вижниці», — написав Маланюк. За його словами, вода зруйнувала пішохідний міст через Черемош, а в Бережниці пошкоджено дамбу.
""",
"01_uk.txt": """Через паводок на Вижниччині евакуювали 310 людей – Маланюк
Укрінформ
21.06.2027 09:15

У Вижницькому районі Чернівецької області через підйом води в Черемоші підтоплено близько 140 будинків, 310 мешканців сіл Бережниця та Слобода-Черемоська евакуйовано. Про це начальник Чернівецької ОВА Остап Маланюк написав у Telegram.

«Вода прибувала всю ніч. Людей вивозимо човнами й технікою ДСНС», — зазначив він. Евакуйованих розмістили у вижницькій школі.

Маланюк також повідомив, що стихія зруйнувала пішохідний міст через Черемош і пошкодила дамбу в Бережниці.
""",
"02_ru.txt": """Паводок на Буковине: из двух сел эвакуировали более 300 человек
РБК-Украина
21 июня 2027, 10:02

В Вижницком районе Черновицкой области река Черемош вышла из берегов, подтоплены около 140 домов, эвакуированы 310 жителей сел Бережница и Слобода-Черемошская. Об этом передает Укринформ со ссылкой на главу Черновицкой ОВА Остапа Маланюка.

По данным агентства, людей вывозили лодками и техникой ГСЧС, всех эвакуированных разместили в школе в Вижнице. Вода также разрушила пешеходный мост через Черемош и повредила дамбу в Бережнице.
""",
"03_en.txt": """Over 300 evacuated as Cheremosh river floods villages in Chernivtsi Oblast
The Kyiv Independent
2027-06-21T11:40:00+03:00

Around 140 homes have been flooded and 310 people evacuated from two villages in Chernivtsi Oblast after the Cheremosh river burst its banks following two days of heavy rain, regional governor Ostap Malaniuk wrote on Telegram on June 21.

"The water kept rising all night. We are moving people out by boat and with emergency service vehicles," Malaniuk said, adding that a footbridge over the Cheremosh had been destroyed and a dyke damaged in the village of Berezhnytsia. The evacuees are being housed in a school in Vyzhnytsia, he said.
""",
"04_uk.txt": """Укргідрометцентр попереджає про подальший підйом води на Черемоші та Пруті
УНІАН
21.06.2027 12:05

Протягом наступної доби рівень води в річках Черемош і Прут може піднятися ще на 0,8–1,5 метра. Про це попередили в Українському гідрометеорологічному центрі.

Синоптики оголосили ІІ рівень небезпечності (помаранчевий) для Чернівецької та Івано-Франківської областей. За прогнозом Укргідрометцентру, на окремих ділянках вода може вийти на заплави, підтопити присадибні ділянки та дороги. Пік паводка очікують у ніч на 22 червня.

У Гідрометцентрі радять мешканцям прибережних сіл не наближатися до річок і стежити за повідомленнями місцевої влади.
""",
}, [("Остап Маланюк", False), ("Укргідрометцентр", False)],
[("Остап Маланюк", "00_uk.txt"), ("Остап Маланюк", "01_uk.txt"), ("Укрінформ", "02_ru.txt"),
 ("Остап Маланюк", "03_en.txt"), ("Укргідрометцентр", "04_uk.txt")],
[("About 140 houses were flooded in Berezhnytsia and Sloboda-Cheremoska and 310 people were evacuated.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The water destroyed a footbridge over the Cheremosh and damaged a dyke in Berezhnytsia.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The hydrometeorological centre warned of a further rise of 0.8-1.5 m and declared an orange (level II) danger warning.",
  ["04_uk.txt"], 1)])

# r04: regional TV station TRC's own report (its crew films the landslide, the mayor speaks to TRC)
# -> ANSA credits TRC -> Reuters and Der Standard credit ANSA (and name TRC as ANSA's source): the
# edges of 02 and 03 come from the in-corpus ANSA. Der Standard has no date line.
story("r04_trc_landslide_ansa_chain", "chain", {
"00_it.txt": """Frana a Rocca Malvezza, strada provinciale spezzata: 34 famiglie isolate
TRC
2027-03-10 13:15

Una frana di grandi dimensioni si è staccata nella notte dal versante sopra Rocca Malvezza, frazione di Valdisasso, sull'Appennino modenese, e ha trascinato a valle un tratto di circa ottanta metri della strada provinciale 27. Le 34 famiglie che vivono nella frazione sono rimaste isolate.

Le immagini girate questa mattina dalla nostra troupe mostrano l'asfalto spaccato in due e alberi sradicati fino al letto del torrente. Il movimento franoso, secondo i tecnici della Provincia presenti sul posto, non si è ancora fermato.

«Abbiamo organizzato una navetta a piedi lungo un sentiero per chi deve scendere a valle, e i generi di prima necessità arrivano con i fuoristrada del volontariato», ha spiegato ai nostri microfoni il sindaco di Valdisasso, Marco Bertacchini. «Per riaprire la provinciale serviranno settimane, non giorni».

Nessuna abitazione è stata coinvolta. Le scuole della frazione resteranno chiuse almeno fino a lunedì.
""",
"01_it.txt": """Maltempo: frana nel Modenese, isolate 34 famiglie a Rocca Malvezza
ANSA
10 marzo 2027 15:02

(ANSA) - MODENA, 10 MAR - Una frana ha portato via nella notte un tratto di circa 80 metri della strada provinciale 27 a Rocca Malvezza, frazione di Valdisasso sull'Appennino modenese, isolando 34 famiglie. Lo riferisce l'emittente modenese Trc, che ha documentato con le proprie immagini l'asfalto spaccato e gli alberi sradicati.

"Per riaprire la provinciale serviranno settimane, non giorni", ha detto a Trc il sindaco Marco Bertacchini, spiegando che per i residenti è stato organizzato un passaggio a piedi lungo un sentiero e che i rifornimenti arrivano con i fuoristrada dei volontari. Nessuna casa è stata colpita. (ANSA).
""",
"02_en.txt": """Landslide cuts off 34 families in Italy's Apennine mountains
Reuters
March 10, 2027 4:45 PM GMT

A landslide swept away an 80-metre stretch of road overnight near the hamlet of Rocca Malvezza in Italy's northern Apennine mountains, leaving 34 families cut off, Italian news agency ANSA reported on Wednesday, citing local broadcaster TRC.

Residents are using a footpath to reach the valley and volunteers are bringing in supplies by off-road vehicle, the mayor of the municipality of Valdisasso, Marco Bertacchini, was quoted as saying. He said reopening the road would take "weeks, not days". No homes were hit.

Weeks of rain have saturated slopes across the Emilia-Romagna region this winter.
""",
"03_de.txt": """Italien: Erdrutsch schneidet Bergdorf im Apennin ab
Der Standard

Ein Erdrutsch hat in der Nacht auf Mittwoch im Apennin bei Modena ein rund 80 Meter langes Stück einer Landstraße mitgerissen. 34 Familien im Weiler Rocca Malvezza sind seither von der Außenwelt abgeschnitten, berichtete die italienische Nachrichtenagentur Ansa unter Berufung auf den Lokalsender TRC.

Die Bewohner gelangen nur noch über einen Fußweg ins Tal, Lebensmittel bringen Freiwillige mit Geländewagen. Bürgermeister Marco Bertacchini rechnet damit, dass die Reparatur der Straße Wochen dauern wird. Häuser wurden nicht beschädigt.
""",
}, [("TRC", True)],
[("TRC", "01_it.txt"), ("ANSA", "02_en.txt"), ("ANSA", "03_de.txt")],
[("A landslide carried away about 80 m of provincial road 27 at Rocca Malvezza and isolated 34 families.",
  ["00_it.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 ("Mayor Marco Bertacchini said reopening the road would take weeks; supplies arrive by volunteers' off-road vehicles.",
  ["00_it.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 ("No homes were hit by the landslide.",
  ["00_it.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1)])

# r05: local police Facebook post (Polizeipräsidium Oberbayern Süd) taken directly by BR24, The Local
# and Русская Германия; tz publishes an uncredited close rewrite of BR24 (same order, same wording,
# no source named) later that morning -> edge from BR24.
story("r05_police_facebook_mudslide", "official", {
"00_de.txt": """Mure verschüttet Staatsstraße bei Hinterwengen – Frau aus Auto befreit
BR24
2027-08-17 09:50

Nach stundenlangem Starkregen ist in der Nacht eine Mure auf die Staatsstraße zwischen Hinterwengen und Schattbach im Berchtesgadener Land abgegangen. Zwei Autos wurden von Schlamm und Geröll erfasst, wie das Polizeipräsidium Oberbayern Süd am Morgen auf Facebook mitteilte.

Eine 57-jährige Autofahrerin saß in ihrem Wagen fest und musste von der Feuerwehr befreit werden; sie kam mit leichten Verletzungen ins Krankenhaus. Der Fahrer des zweiten Autos, ein 34-Jähriger, konnte sich selbst aus seinem Fahrzeug retten.

„Die Strecke bleibt mindestens bis Freitag komplett gesperrt. Bitte umfahrt die Absperrungen nicht – der Hang ist weiter in Bewegung", schrieb die Polizei in ihrem Beitrag. Eine Umleitung über Bad Reichenhall ist ausgeschildert.
""",
"01_de.txt": """Schlammlawine im Berchtesgadener Land: Autofahrerin eingeklemmt
tz
17.08.2027, 11:32

Dramatische Nacht im Berchtesgadener Land: Nach stundenlangem Starkregen ist eine Mure auf die Staatsstraße zwischen Hinterwengen und Schattbach abgegangen. Zwei Autos wurden von Schlamm und Geröll erfasst.

Eine 57 Jahre alte Autofahrerin saß in ihrem Wagen fest, die Feuerwehr musste sie befreien. Sie wurde leicht verletzt ins Krankenhaus gebracht. Der 34 Jahre alte Fahrer des zweiten Autos konnte sich selbst retten.

Die Strecke bleibt mindestens bis Freitag komplett gesperrt. Wer glaubt, die Absperrungen umfahren zu können, sollte es lassen: Der Hang ist weiter in Bewegung. Eine Umleitung über Bad Reichenhall ist ausgeschildert.
""",
"02_en.txt": """Mudslide buries Bavarian road, driver freed by firefighters
The Local
Tuesday 17 August 2027 14:05

A mudslide swept onto a state road in the Berchtesgaden area of southern Bavaria overnight, catching two cars, police in Upper Bavaria said in a Facebook post on Tuesday morning.

A 57-year-old woman trapped in her car had to be freed by firefighters and was taken to hospital with minor injuries, according to the post by the Polizeipräsidium Oberbayern Süd. The 34-year-old driver of the second car got out on his own.

The road between Hinterwengen and Schattbach will stay closed until at least Friday, police said, urging drivers not to go around the barriers because the slope was still moving.
""",
"03_ru.txt": """В Баварии сель накрыл дорогу: пожарные освободили водителя
Русская Германия
17.08.2027

В районе Берхтесгаденер-Ланд после продолжительного ливня сошел сель на дорогу между Хинтервенгеном и Шаттбахом. Под потоком грязи и камней оказались два автомобиля, сообщила полиция Верхней Баварии (Polizeipräsidium Oberbayern Süd) на своей странице в Facebook.

57-летнюю женщину, оказавшуюся запертой в машине, освободили пожарные, она с легкими травмами доставлена в больницу. 34-летний водитель второго автомобиля выбрался сам.

По словам полиции, дорога будет полностью перекрыта как минимум до пятницы. Объезжать ограждения полиция настоятельно не рекомендует: склон продолжает двигаться.
""",
}, [("Polizeipräsidium Oberbayern Süd", False)],
[("Polizeipräsidium Oberbayern Süd", "00_de.txt"), ("BR24", "01_de.txt"),
 ("Polizeipräsidium Oberbayern Süd", "02_en.txt"), ("Polizeipräsidium Oberbayern Süd", "03_ru.txt")],
[("A mudslide buried the state road between Hinterwengen and Schattbach and caught two cars.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("A 57-year-old woman was freed from her car by firefighters with minor injuries; the 34-year-old second driver got out himself.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("The road stays closed until at least Friday; drivers must not go around the barriers as the slope is still moving.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1)])

# r06: two independent eyewitness reports of a flash flood in Tuapse: Медуза (resident Irina) and
# Новая газета Европа (pensioner Viktor), both own reporting. The Moscow Times credits both (two
# edges); Il Post (no date line) credits only The Moscow Times; Ukrainska Pravda credits only
# Медуза.
story("r06_eyewitness_tuapse_flood", "independent", {
"00_ru.txt": """«Машины плыли по улице»: жительница Туапсе рассказала о ночном наводнении
Медуза
2027-09-03 12:10

В ночь на 3 сентября на Туапсе обрушился ливень, за несколько часов улицы в нижней части города превратились в реки. Жительница улицы Садовой Ирина (имя изменено по ее просьбе) рассказала «Медузе», что вода поднялась примерно за двадцать минут.

«Около трех часов ночи я проснулась от того, что во дворе кричат соседи. Вода уже стояла выше колена, а через полчаса — почти по грудь, метра полтора. Машины плыли по улице, как лодки», — говорит она. По словам Ирины, несколько соседей с детьми переждали ночь на крышах гаражей.

Вода залила первые этажи домов на Садовой и соседних улицах. К утру, по словам собеседницы «Медузы», она начала уходить, оставив слой грязи на дворах и в подъездах.
""",
"01_ru.txt": """«Никто не предупредил»: пенсионер из Туапсе — о потопе у порта
Новая газета Европа
03.09.2027 13:40

Житель Туапсе, 71-летний пенсионер Виктор Ч., живущий в пятиэтажке недалеко от порта, рассказал «Новой газете Европа», что ночью после ливня вода полностью затопила первый этаж его дома.

«В квартирах на первом этаже вода стояла больше метра, соседка снизу ночевала у меня. Ни эсэмэски, ни сирены — нас никто не предупредил», — говорит он. По его словам, спасатели появились во дворе только через три часа после того, как вода начала подниматься.

Виктор говорит, что улицы вокруг порта до утра оставались непроходимыми, а в соседних дворах затопило подвалы и машины.
""",
"02_en.txt": """Residents describe night of flash flooding in Russia's Tuapse
The Moscow Times
2027-09-03T15:20:00+03:00

A torrential overnight downpour flooded streets and the ground floors of homes in the Black Sea port city of Tuapse on Friday, residents told independent Russian media.

One resident of Sadovaya Street told Meduza that water rose to around 1.5 meters within half an hour and that cars were floating down the street. A pensioner living near the port told Novaya Gazeta Europe that the ground floor of his apartment block was under more than a meter of water.

Russian authorities had not published any figures on damage or casualties by Friday afternoon.
""",
"03_it.txt": """Russia, alluvione lampo a Tuapse: strade trasformate in fiumi
Il Post

Nella notte tra giovedì e venerdì un violento temporale ha allagato le strade e i piani terra delle case di Tuapse, città portuale russa sul mar Nero. Lo scrive il Moscow Times, che riporta le testimonianze di due residenti.

Secondo il giornale in alcune vie l'acqua ha raggiunto il metro e mezzo e le auto sono state trascinate dalla corrente. Le autorità russe non hanno ancora diffuso un bilancio dei danni.
""",
"04_uk.txt": """У російському Туапсе злива затопила вулиці: «машини пливли, як човни»
Українська правда
3 вересня 2027

У російському місті Туапсе на узбережжі Чорного моря вночі пройшла сильна злива, вода затопила вулиці та перші поверхи будинків. Про це пише російське видання «Медуза» з посиланням на місцеву мешканку.

За її словами, вода на вулиці Садовій піднялася приблизно до півтора метра за пів години, автомобілі несло течією. Частина сусідів із дітьми перечікувала ніч на дахах гаражів.
""",
}, [("Медуза", True), ("Новая газета Европа", True)],
[("Медуза", "02_en.txt"), ("Новая газета Европа", "02_en.txt"), ("The Moscow Times", "03_it.txt"),
 ("Медуза", "04_uk.txt")],
[("An overnight downpour flooded streets and ground floors of homes in Tuapse.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_it.txt", "04_uk.txt"], 2),
 ("Some neighbours with children spent the night on garage roofs.",
  ["00_ru.txt", "04_uk.txt"], 1),
 ("Residents near the port received no warning and rescuers arrived only three hours after the water began to rise.",
  ["01_ru.txt"], 1)])

# r07: Protezione Civile red alert for Calabria, taken directly from the department's bulletin by
# Rainews, Il Fatto Quotidiano, Європейська правда (no outlet line, title suffix) and RTVI.
story("r07_protezione_civile_allerta_rossa", "official", {
"00_it.txt": """Maltempo, allerta rossa in Calabria per giovedì. Arancione in Basilicata e Sicilia orientale
Rainews
2027-10-20 17:30

Allerta rossa per rischio idrogeologico e idraulico su gran parte della Calabria per la giornata di giovedì 21 ottobre. Lo comunica il Dipartimento della Protezione Civile in una nota, dopo aver diffuso il bollettino di criticità in accordo con le regioni interessate.

Allerta arancione su Basilicata e sui settori orientali della Sicilia, gialla su Puglia meridionale e Campania. Secondo le previsioni riportate nella nota, un sistema di bassa pressione in risalita dal Nord Africa porterà precipitazioni a carattere di rovescio e temporale, con cumulate che sulla Calabria ionica potranno superare i 200 millimetri in 24 ore.

La Protezione Civile raccomanda di limitare gli spostamenti nelle zone in allerta rossa, di non sostare in sottopassi e vicino ai corsi d'acqua e di seguire le indicazioni dei sindaci.
""",
"01_it.txt": """Calabria, bollettino rosso: oltre 200 millimetri di pioggia attesi sullo Ionio
Il Fatto Quotidiano
20.10.2027 18:05

Scatta l'allerta rossa in Calabria. Si legge nel bollettino diffuso nel pomeriggio dal Dipartimento della Protezione Civile che per giovedì sono previsti piogge e temporali molto intensi, con accumuli oltre i 200 millimetri sul versante ionico.

Arancione invece per la Basilicata e per la Sicilia orientale, mentre sulla Puglia meridionale e sulla Campania sarà allerta gialla. La Protezione Civile invita i cittadini delle aree in rosso a evitare spostamenti non necessari e a tenersi lontani da sottopassi, fiumi e torrenti.
""",
"02_uk.txt": """В Італії оголосили червоний рівень небезпеки через зливи в Калабрії | Європейська правда
20.10.2027 19:20

Департамент цивільного захисту Італії (Protezione Civile) оголосив на четвер, 21 жовтня, червоний рівень небезпеки через ризик паводків і зсувів у більшій частині регіону Калабрія.

Як повідомили в Protezione Civile, помаранчевий рівень діятиме в Базилікаті та на сході Сицилії. На узбережжі Іонічного моря в Калабрії за добу може випасти понад 200 мм опадів.

Мешканців зон із червоним рівнем закликають обмежити поїздки та триматися подалі від річок і підземних переходів.
""",
"03_ru.txt": """В Италии объявили «красный» уровень опасности в Калабрии
RTVI
20 октября 2027

Гражданская защита Италии (Protezione Civile) объявила на четверг «красный» уровень опасности из-за угрозы наводнений и оползней в большей части Калабрии. Об этом говорится в бюллетене ведомства.

«Оранжевый» уровень введен в Базиликате и на востоке Сицилии. По прогнозу ведомства, на ионическом побережье Калабрии за сутки может выпасть более 200 миллиметров осадков. Жителей призывают без необходимости не выезжать из дома и не приближаться к рекам.
""",
}, [("Protezione Civile", False)],
[("Protezione Civile", "00_it.txt"), ("Protezione Civile", "01_it.txt"),
 ("Protezione Civile", "02_uk.txt"), ("Protezione Civile", "03_ru.txt")],
[("The Protezione Civile declared a red alert for hydrogeological risk in Calabria for Thursday 21 October.",
  ["00_it.txt", "01_it.txt", "02_uk.txt", "03_ru.txt"], 1),
 ("An orange alert applies in Basilicata and eastern Sicily.",
  ["00_it.txt", "01_it.txt", "02_uk.txt", "03_ru.txt"], 1),
 ("More than 200 mm of rain in 24 hours are expected on the Ionian side of Calabria.",
  ["00_it.txt", "01_it.txt", "02_uk.txt", "03_ru.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for _, a in relays:
            assert a in names, (id, a)
        for _, arr, _ in claims:
            for a in arr:
                assert a in names, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": arr, "independent_sources": k} for t, arr, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 83 (real media names, invented events and people; "
                            "weather, floods, local emergencies); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
