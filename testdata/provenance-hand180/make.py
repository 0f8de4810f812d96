#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand180 set.

Topic: fire services, building fires and fire-safety inspections. The outlets are real media
names (written as they write themselves); every event, person, company, body, place, figure and
quote is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# x01: Omroep Brabant's own scoop (internal documents, two anonymous inspectors, reporter at the
# care home, spokesman's reply to the broadcaster); NOS "Dat meldt Omroep Brabant op basis van" +
# "de omroep" + background mention of the Eindhovens Dagblad (no edge); WDR "Wie der niederländische
# Regionalsender Omroep Brabant berichtet" + "Der Sender beruft sich auf" + unanswered WDR request;
# RTBF "C'est ce que révèle la chaîne régionale néerlandaise" + "d'après le média brabançon" +
# "Sur les images diffusées par Omroep Brabant".
story("x01_care_home_inspections", "scoop", {
"00_nl.txt": """Verpleeghuis waar brand woedde was al zeven jaar niet gecontroleerd op brandveiligheid
Omroep Brabant
2027-01-12T06:58:00+01:00

Zorgcentrum Ter Wilgen in Heezerveld, waar zondagnacht twee bewoners omkwamen bij een brand, is sinds begin 2020 niet meer door de brandweer gecontroleerd. Dat blijkt uit interne stukken van Veiligheidsregio Zuidoost-Kempen die Omroep Brabant heeft ingezien. Volgens de eigen planning van de veiligheidsregio had het verpleeghuis in 2022 en opnieuw in 2024 bezocht moeten worden.

Ter Wilgen is geen uitzondering. Uit een intern overzicht van november blijkt dat bij 81 van de 214 gebouwen die de veiligheidsregio als 'hoog risico' aanmerkt, de periodieke brandveiligheidscontrole achterloopt. Het gaat om verpleeghuizen, hotels, scholen en een ziekenhuis.

Twee medewerkers van de afdeling risicobeheersing, die anoniem willen blijven omdat ze niet met de pers mogen praten, vertellen dat er al jaren te weinig inspecteurs zijn. "We hebben vijf fte voor de hele regio. Dan kies je wat je wel en niet doet, en verpleeghuizen zonder meldingen schuiven steeds weer door", zegt een van hen.

Bij het verpleeghuis aan de Kloosterdreef is maandag goed te zien hoe de vlammen hebben huisgehouden. De ramen van de vleugel aan de tuinkant zijn zwartgeblakerd, een deel van het dak is ingestort. Familieleden legden bloemen bij het hek. De twee overleden bewoners, een man van 88 en een vrouw van 91, woonden op de eerste verdieping.

Een woordvoerder van de veiligheidsregio bevestigt tegenover Omroep Brabant dat de controles "niet volgens planning" zijn verlopen. "Door personeelstekort en de coronajaren is een achterstand ontstaan die we nog niet hebben ingelopen. Of dat bij Ter Wilgen iets had uitgemaakt, kunnen we nu niet zeggen." Zorggroep Wilgenhof, de eigenaar van het verpleeghuis, laat weten dat de brandmeldinstallatie in oktober nog is onderhouden. De oorzaak van de brand wordt onderzocht.
""",
"01_nl.txt": """Omroep Brabant: verpleeghuis Heezerveld jarenlang niet gecontroleerd op brandveiligheid
NOS
12 januari 2027, 09:41

Het verpleeghuis in Heezerveld waar zondagnacht twee bewoners om het leven kwamen bij een brand, is sinds begin 2020 niet meer door de brandweer gecontroleerd. Dat meldt Omroep Brabant op basis van interne documenten van Veiligheidsregio Zuidoost-Kempen.

Volgens de regionale omroep had Zorgcentrum Ter Wilgen in 2022 en in 2024 een periodieke controle moeten krijgen. Ook bij 81 van de 214 gebouwen die de veiligheidsregio als risicovol beschouwt, lopen de inspecties achter, blijkt uit de stukken.

Twee medewerkers van de veiligheidsregio zeiden anoniem tegen de omroep dat er structureel te weinig inspecteurs zijn. Een woordvoerder erkende tegenover Omroep Brabant dat de controles "niet volgens planning" zijn verlopen, door personeelstekort en de coronajaren.

Bij de brand kwamen een 88-jarige man en een 91-jarige vrouw om. Ruim veertig bewoners werden in de nacht naar andere locaties van de zorggroep gebracht. De politie doet onderzoek naar de oorzaak.

Het is niet de eerste keer dat achterstanden bij brandveiligheidscontroles in Brabant ter sprake komen. In het voorjaar van 2026 schreef het Eindhovens Dagblad al over lange wachtlijsten bij de afdeling risicobeheersing van een andere veiligheidsregio.
""",
"02_de.txt": """Tödlicher Brand in niederländischem Pflegeheim: Kontrollen fielen jahrelang aus
WDR
Stand: 12.01.2027 14:20 Uhr

Nach dem Brand in einem Pflegeheim im niederländischen Heezerveld, unweit der deutschen Grenze, stehen die Brandschutzbehörden in der Kritik. Wie der niederländische Regionalsender Omroep Brabant berichtet, ist das Heim seit Anfang 2020 nicht mehr auf seinen Brandschutz kontrolliert worden.

Der Sender beruft sich auf interne Unterlagen der zuständigen Sicherheitsregion Zuidoost-Kempen. Demnach hätte das Pflegeheim Ter Wilgen 2022 und 2024 überprüft werden müssen. Insgesamt hinken die Kontrollen bei 81 von 214 als besonders riskant eingestuften Gebäuden hinterher – darunter Pflegeheime, Hotels und ein Krankenhaus.

Zwei Mitarbeiter der Behörde sagten Omroep Brabant unter der Bedingung, anonym zu bleiben, es gebe seit Jahren zu wenige Inspektoren. Ein Sprecher räumte gegenüber dem Sender ein, die Kontrollen seien „nicht nach Plan" verlaufen.

Bei dem Feuer in der Nacht zu Montag waren ein 88 Jahre alter Mann und eine 91-jährige Frau ums Leben gekommen. Mehr als 40 Bewohnerinnen und Bewohner wurden noch in der Nacht in andere Einrichtungen gebracht. Die Brandursache ist unklar.

Ob in grenznahen Einrichtungen der Region auch Menschen aus Deutschland leben, ist offen. Eine Anfrage des WDR bei der Sicherheitsregion blieb bis zum Nachmittag unbeantwortet.
""",
"03_fr.txt": """Pays-Bas : la maison de repos où deux résidents ont péri n'avait plus été inspectée depuis 2020
RTBF
Publié le mardi 12 janvier 2027 à 17h05

La maison de repos de Heezerveld, dans le Brabant-Septentrional, où un incendie a coûté la vie à deux résidents dans la nuit de dimanche à lundi, n'avait plus fait l'objet d'un contrôle de sécurité incendie depuis début 2020. C'est ce que révèle la chaîne régionale néerlandaise Omroep Brabant, qui a pu consulter des documents internes des services de secours.

Selon ces documents, l'établissement Ter Wilgen aurait dû être inspecté en 2022, puis en 2024. Le retard ne se limite pas à cette maison de repos : 81 des 214 bâtiments classés « à haut risque » par la région de sécurité Zuidoost-Kempen attendent toujours leur contrôle périodique, d'après le média brabançon.

« Nous avons cinq équivalents temps plein pour toute la région », a confié à la chaîne un membre du service de prévention, sous couvert d'anonymat. Un porte-parole de la région de sécurité a reconnu auprès d'Omroep Brabant que les contrôles n'avaient « pas suivi le calendrier prévu ».

Sur les images diffusées par Omroep Brabant, on distingue les fenêtres noircies de l'aile côté jardin et une partie du toit effondrée. Les victimes, un homme de 88 ans et une femme de 91 ans, vivaient au premier étage. Une quarantaine de résidents ont été relogés.

L'enquête sur l'origine du feu est en cours. En Belgique, le contrôle de la prévention incendie dans les maisons de repos relève des zones de secours, qui doivent en principe repasser tous les trois à cinq ans.
""",
}, [("Omroep Brabant", True)],
[("Omroep Brabant", "01_nl.txt"), ("Omroep Brabant", "02_de.txt"), ("Omroep Brabant", "03_fr.txt")],
[("The Heezerveld care home Ter Wilgen, where two residents died in a fire, had not had a fire-safety inspection since early 2020.",
  ["00_nl.txt", "01_nl.txt", "02_de.txt", "03_fr.txt"], 1),
 ("81 of the 214 high-risk buildings of the Zuidoost-Kempen safety region are overdue for their periodic fire-safety inspection.",
  ["00_nl.txt", "01_nl.txt", "02_de.txt", "03_fr.txt"], 1)])

# x02: outside wire agency PAP, relayed 4x: pl "– podała Polska Agencja Prasowa" + "powiedział PAP"
# + "Według informacji PAP"; de agency dateline "Zielonka Odrzańska (PAP) –" + "Wie die polnische
# Nachrichtenagentur PAP meldete" + "Nach PAP-Informationen" + unanswered rbb24 request; uk "Про це
# повідомляє польське агентство PAP" + "цитує PAP" + "за даними агентства"; en passive "it was
# reported by the Polish Press Agency (PAP)" + "told PAP" + "According to the agency" + background
# mention of TVN24 (no edge).
story("x02_oder_warehouse_pap", "agency", {
"00_pl.txt": """Pożar hali magazynowej nad Odrą. Dym widać po niemieckiej stronie, gasi 40 zastępów
Rzeczpospolita
Publikacja: 08.02.2027 21:14

Ponad 40 zastępów straży pożarnej gasi pożar hali magazynowej w Zielonce Odrzańskiej (woj. lubuskie). Ogień pojawił się w poniedziałek po godz. 15. Chmura gęstego, czarnego dymu była widoczna z kilkunastu kilometrów, także po niemieckiej stronie Odry – podała Polska Agencja Prasowa.

Płonie hala o powierzchni ok. 12 tys. mkw., w której składowano m.in. meble ogrodowe i opakowania z tworzyw sztucznych. – Dach hali częściowo się zawalił, dlatego prowadzimy działania wyłącznie z zewnątrz – powiedział PAP rzecznik lubuskich strażaków mł. bryg. Tomasz Wierzbicki.

Z budynku ewakuowano ok. 60 pracowników. Nikt nie został ranny. Jak przekazał rzecznik, strażacy mają problem z zaopatrzeniem w wodę – część dowożą beczkowozy, część pompowana jest bezpośrednio z Odry.

Według informacji PAP hala, należąca do spółki LogiPark Odra, była kontrolowana przez straż pożarną jesienią ubiegłego roku. Inspektorzy nakazali wtedy m.in. poprawę ciśnienia w sieci hydrantowej; termin na usunięcie usterek mijał w marcu.

Mieszkańcom okolicznych wsi zalecono, by nie otwierali okien. Przyczyny pożaru na razie nie są znane.
""",
"01_de.txt": """Großbrand in polnischer Lagerhalle – Rauchwolke zieht über die Oder
rbb24
Di 09.02.27 | 07:30 Uhr

Zielonka Odrzańska (PAP) – Ein Großbrand in einer Lagerhalle auf der polnischen Seite der Oder hat am Montag auch Menschen in Brandenburg beunruhigt. Die schwarze Rauchwolke war bis weit auf die deutsche Seite zu sehen.

Wie die polnische Nachrichtenagentur PAP meldete, kämpften mehr als 40 Löschzüge gegen die Flammen. In der rund 12.000 Quadratmeter großen Halle lagerten demnach Gartenmöbel und Kunststoffverpackungen. Das Dach sei teilweise eingestürzt, gelöscht werde nur noch von außen, sagte ein Sprecher der Feuerwehr der Agentur.

Rund 60 Beschäftigte hatten die Halle rechtzeitig verlassen, verletzt wurde nach polnischen Angaben niemand. Das Löschwasser wird zum Teil direkt aus der Oder gepumpt.

Nach PAP-Informationen war die Halle im Herbst von der polnischen Feuerwehr kontrolliert worden. Dabei sei unter anderem ein zu geringer Druck im Hydrantennetz beanstandet worden, die Frist zur Behebung lief bis März.

Ob auf deutscher Seite Schadstoffmessungen vorgenommen wurden, ist bislang unklar. Eine Anfrage von rbb24 beim zuständigen Landkreis blieb bis Dienstagmorgen unbeantwortet.
""",
"02_uk.txt": """У Польщі біля кордону з Німеччиною згорів складський комплекс
Укрінформ
09.02.2027 10:12

У Польщі, в селі Зелонка-Одшанська Любуського воєводства, понад 40 пожежних підрозділів гасили пожежу на складі площею близько 12 тисяч квадратних метрів. Про це повідомляє польське агентство PAP.

Як зазначає агентство, пожежа спалахнула в понеділок після 15:00. Стовп чорного диму було видно за кільканадцять кілометрів, зокрема й на німецькому березі Одри.

«Дах складу частково обвалився, тому ми гасимо лише ззовні», – цитує PAP речника любуських пожежників Томаша Вєжбицького.

З будівлі евакуювали близько 60 працівників, серед яких, за даними агентства, були й громадяни України. Постраждалих немає.

Склад належить компанії LogiPark Odra. За інформацією PAP, восени минулого року пожежна інспекція виявила там недоліки, зокрема недостатній тиск у мережі гідрантів; усунути їх мали до березня.
""",
"03_en.txt": """Huge warehouse fire near German border broke out in building ordered to fix hydrants
Notes from Poland
February 9, 2027

A fire that destroyed a large warehouse in western Poland on Monday broke out in a building where inspectors had ordered repairs to the hydrant system only months earlier, it was reported by the Polish Press Agency (PAP).

More than 40 fire crews were sent to the 12,000-square-metre hall in Zielonka Odrzańska, a village in Lubusz province a few kilometres from the German border. The building, which stored garden furniture and plastic packaging, belongs to the logistics firm LogiPark Odra.

"The roof has partly collapsed, so we are only fighting the fire from outside," a regional fire service spokesman, Tomasz Wierzbicki, told PAP. Around 60 employees left the building before the fire spread and nobody was hurt.

According to the agency, fire service inspectors visited the site last autumn and found, among other things, insufficient water pressure in the hydrant network. The company had until March to correct the faults. On Monday firefighters had to pump part of their water directly from the Oder.

Warehouse fires have become a recurring concern in Poland. Last year the broadcaster TVN24 reported that the number of fires at storage facilities had risen by a third since 2022, citing national fire service data.
""",
}, [("PAP", False)],
[("PAP", "00_pl.txt"), ("PAP", "01_de.txt"), ("PAP", "02_uk.txt"), ("PAP", "03_en.txt")],
[("A fire destroyed a 12,000 m2 warehouse in Zielonka Odrzańska near the German border, where inspectors had ordered hydrant repairs the previous autumn.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1)])

# x03: outside institution post: the volunteer fire brigade's long Facebook post, quoted at length
# by all four: de local radio "Das hat die Freiwillige Feuerwehr Kirchweiding am Morgen auf Facebook
# mitgeteilt" + "Weiter heißt es in dem Post"; pl radio "Szczegóły akcji opisała na Facebooku
# ochotnicza straż pożarna" + "napisali strażacy" + "czytamy we wpisie" + unanswered RMF FM
# question; uk "Про це повідомила добровільна пожежна команда … на своїй сторінці у Facebook" +
# "йдеться в дописі"; de "schreibt die Freiwillige Feuerwehr Kirchweiding in einer … Mitteilung auf
# Facebook" + background mention of the Bayerischer Rundfunk (no edge) + unreachable district office.
story("x03_erntehelfer_facebook", "institution_post", {
"00_de.txt": """Feuer in Unterkunft für Erntehelfer: 23 Menschen in Kirchweiding gerettet
Antenne Bayern
21.03.2027, 09:15 Uhr

In Kirchweiding im Landkreis Altmoos hat es in der Nacht auf Sonntag in einer Unterkunft für Saisonarbeiter gebrannt. 23 Menschen mussten aus dem Haus gerettet werden, einige von ihnen über die Drehleiter. Das hat die Freiwillige Feuerwehr Kirchweiding am Morgen auf Facebook mitgeteilt.

Die Drehleiter im Einsatz am brennenden Haus. Foto: Freiwillige Feuerwehr Kirchweiding

In dem ausführlichen Beitrag schildern die Einsatzkräfte die Nacht: „Beim Eintreffen der ersten Kräfte um 2.52 Uhr stand das Treppenhaus bereits im Vollbrand. Mehrere Personen machten sich an den Fenstern im Obergeschoss bemerkbar. Wir haben sofort die Drehleiter in Stellung gebracht und parallel einen Trupp unter Atemschutz über die Rückseite vorgeschickt."

Weiter heißt es in dem Post: „Im Obergeschoss konnten wir keine Rauchmelder feststellen. Dass in dieser Nacht niemand ums Leben gekommen ist, verdanken wir einem Bewohner, der noch wach war und die anderen geweckt hat." Zwei Männer kamen mit Rauchvergiftungen ins Krankenhaus.

Die meisten Bewohner sind laut Feuerwehr Erntehelfer aus Polen und der Ukraine, die auf einem Gemüsebetrieb am Ortsrand arbeiten. Insgesamt waren rund 90 Einsatzkräfte aus fünf Wehren vor Ort. Die Brandursache ist noch unklar, die Kriminalpolizei ermittelt.

Ihren Beitrag schließt die Feuerwehr mit einem Appell: „Rauchmelder retten Leben – das gilt für jede Wohnung und jede Unterkunft. Bitte prüft eure Melder!"
""",
"01_pl.txt": """Pożar hotelu robotniczego w Bawarii. Wśród uratowanych Polacy
RMF FM
Niedziela, 21 marca 2027 (12:40)

Pożar wybuchł w nocy z soboty na niedzielę w budynku, w którym mieszkali pracownicy sezonowi z Polski i Ukrainy, w bawarskiej miejscowości Kirchweiding. Strażacy uratowali 23 osoby, część z nich ewakuowano po drabinie. Dwóch mężczyzn trafiło do szpitala.

Szczegóły akcji opisała na Facebooku ochotnicza straż pożarna z Kirchweiding. - Kiedy dojechały pierwsze zastępy, klatka schodowa stała już w ogniu. Kilka osób wzywało pomocy z okien na piętrze. Od razu rozstawiliśmy drabinę i równocześnie wysłaliśmy rotę w aparatach oddechowych od tyłu budynku - napisali strażacy.

Niemieccy strażacy zwracają uwagę, że na piętrze nie było czujek dymu. - To, że nikt tej nocy nie zginął, zawdzięczamy jednemu z mieszkańców, który jeszcze nie spał i obudził pozostałych - czytamy we wpisie.

Pracownicy sezonowi byli zatrudnieni w gospodarstwie warzywnym na obrzeżach miejscowości. Nie wiadomo, ilu z nich to obywatele Polski. Przyczyny pożaru bada niemiecka policja kryminalna.

Zapytaliśmy polski konsulat w Monachium, czy udziela pomocy poszkodowanym. Do momentu publikacji nie otrzymaliśmy odpowiedzi.
""",
"02_uk.txt": """У Баварії горів гуртожиток сезонних працівників: серед врятованих є українці
Суспільне
21 березня 2027, 14:05

У баварському містечку Кірхвайдінг у ніч на 21 березня загорівся будинок, де жили сезонні працівники з Польщі та України. Пожежники врятували 23 людей. Про це повідомила добровільна пожежна команда Кірхвайдінга на своїй сторінці у Facebook.

«Коли прибули перші підрозділи, сходова клітка вже була повністю охоплена вогнем. Кілька людей кликали на допомогу з вікон верхнього поверху», – йдеться в дописі.

Частину мешканців евакуювали автодрабиною. Двох чоловіків з отруєнням димом госпіталізували. За словами пожежників, на верхньому поверсі не було жодного димового сповіщувача.

«Те, що цієї ночі ніхто не загинув, ми завдячуємо одному з мешканців, який ще не спав і розбудив інших», – написали рятувальники. Вони також закликали всіх перевірити сповіщувачі у своїх оселях.

Мешканці будинку працювали в овочевому господарстві на околиці містечка. Причину пожежі встановлює кримінальна поліція.
""",
"03_de.txt": """Brand in Erntehelfer-Unterkunft: Feuerwehr fand keine Rauchmelder
Süddeutsche Zeitung
22. März 2027, 5:58 Uhr

Nach dem Brand in einer Unterkunft für Saisonarbeitskräfte in Kirchweiding (Landkreis Altmoos) rückt der Brandschutz in solchen Quartieren in den Fokus. Im Obergeschoss des Hauses seien keine Rauchmelder gefunden worden, schreibt die Freiwillige Feuerwehr Kirchweiding in einer ungewöhnlich ausführlichen Mitteilung auf Facebook.

„Dass in dieser Nacht niemand ums Leben gekommen ist, verdanken wir einem Bewohner, der noch wach war und die anderen geweckt hat", heißt es darin. Als die ersten Einsatzkräfte um 2.52 Uhr eintrafen, habe das Treppenhaus bereits in Vollbrand gestanden; mehrere der 23 Bewohner hätten sich an den Fenstern bemerkbar gemacht und seien über die Drehleiter gerettet worden.

Zwei Männer kamen mit Rauchvergiftungen in eine Klinik. Die meisten Bewohner stammen nach Angaben der Feuerwehr aus Polen und der Ukraine und arbeiten auf einem Gemüsebetrieb am Ortsrand. Die Kripo ermittelt zur Ursache.

Unterkünfte für Erntehelfer sind seit Jahren ein Thema. Der Bayerische Rundfunk hatte im vergangenen Sommer über überbelegte Quartiere in mehreren Landkreisen berichtet. Ob das Haus in Kirchweiding zuletzt von einer Behörde kontrolliert wurde, ist offen; das Landratsamt Altmoos war am Sonntag für eine Stellungnahme nicht zu erreichen.

Die Feuerwehr beendet ihren Beitrag mit einem Appell an Vermieter und Bewohner: „Rauchmelder retten Leben."
""",
}, [("Freiwillige Feuerwehr Kirchweiding", False)],
[("Freiwillige Feuerwehr Kirchweiding", "00_de.txt"), ("Freiwillige Feuerwehr Kirchweiding", "01_pl.txt"),
 ("Freiwillige Feuerwehr Kirchweiding", "02_uk.txt"), ("Freiwillige Feuerwehr Kirchweiding", "03_de.txt")],
[("23 people were rescued from a burning seasonal workers' hostel in Kirchweiding, where the fire brigade found no smoke detectors on the upper floor.",
  ["00_de.txt", "01_pl.txt", "02_uk.txt", "03_de.txt"], 1)])

# x04: chain Суспільне → The Kyiv Independent → Gazeta Wyborcza. uk own: "Про це з місця події
# передає кореспондентка Суспільного" + "Наша кореспондентка бачила" + "Як з'ясувало Суспільне" +
# "підтвердив Суспільному"; en "public broadcaster Suspilne reported" + "the broadcaster's
# correspondent reported from the scene" + "as quoted by Suspilne"; pl "(za: The Kyiv Independent)"
# + "Jak pisze anglojęzyczny portal The Kyiv Independent, powołując się na … Suspilne" + "Portal
# zaznacza" (edge only from The Kyiv Independent); ru (no date line) "Как сообщают наши коллеги из
# «Суспільного»" + "По данным «Суспільного»" + "рассказала «Суспільному»".
story("x04_mall_exits_chain", "chain", {
"00_uk.txt": """У Зорянську горів торговельний центр «Оріон»: евакуювали близько 300 людей
Суспільне
02 березня 2027 11:20

У Зорянську на Полтавщині зранку 2 березня спалахнула пожежа в торговельно-розважальному центрі «Оріон». З будівлі евакуювали близько 300 відвідувачів і працівників, шестеро людей госпіталізували з отруєнням продуктами горіння. Про це з місця події передає кореспондентка Суспільного.

Вогонь охопив складські приміщення на першому поверсі й перекинувся на фудкорт. Наша кореспондентка бачила, що два з чотирьох евакуаційних виходів з боку вулиці Садової були заставлені коробками з товаром і піддонами. Люди виходили через центральний вхід і підземний паркінг.

«Диму було дуже багато, двері біля кінотеатру не відчинялися, ми бігли назад до ескалатора», – розповіла Суспільному відвідувачка центру Ірина Мостова.

Як з'ясувало Суспільне, востаннє планову перевірку пожежної безпеки в «Оріоні» проводили у 2021 році. Відтоді планові перевірки бізнесу призупинені через мораторій, запроваджений після початку повномасштабного вторгнення.

Речник обласного управління ДСНС Олег Данильченко підтвердив Суспільному, що до гасіння залучили 54 рятувальники і 14 одиниць техніки. Станом на 11:00 пожежу локалізували на площі 1200 квадратних метрів. Адміністрація ТРЦ на запитання Суспільного поки не відповіла.
""",
"01_en.txt": """Blocked emergency exits reported as fire tears through shopping mall in Poltava Oblast
The Kyiv Independent
March 2, 2027 4:45 PM

Two of the four emergency exits of a shopping mall in the city of Zoriansk in Poltava Oblast were blocked with boxes and pallets when a fire broke out there on the morning of March 2, public broadcaster Suspilne reported.

Around 300 visitors and staff were evacuated from the Orion shopping and entertainment center, and six people were hospitalized with smoke inhalation, the broadcaster's correspondent reported from the scene. People left through the main entrance and the underground parking lot.

"There was so much smoke, the doors by the cinema wouldn't open, we ran back to the escalator," one visitor, Iryna Mostova, told Suspilne.

The mall last underwent a scheduled fire-safety inspection in 2021, according to Suspilne. Planned inspections of businesses have been suspended under a moratorium introduced after the start of Russia's full-scale invasion.

Fifty-four rescuers and 14 vehicles were deployed, a spokesperson for the regional emergency service, Oleh Danylchenko, said, as quoted by Suspilne. The fire was contained to 1,200 square meters by 11 a.m. The mall's management has not commented publicly.
""",
"02_pl.txt": """Pożar centrum handlowego na Ukrainie. Wyjścia ewakuacyjne zastawione towarem
Gazeta Wyborcza
3 marca 2027 | 08:10

W centrum handlowym Orion w Zorianśku w obwodzie połtawskim wybuchł we wtorek rano pożar. Ewakuowano ok. 300 osób, sześć trafiło do szpitala. Dwa z czterech wyjść ewakuacyjnych były zastawione kartonami i paletami (za: The Kyiv Independent).

Jak pisze anglojęzyczny portal The Kyiv Independent, powołując się na ukraińskiego nadawcę publicznego Suspilne, ludzie uciekali przez główne wejście i podziemny parking. - Było bardzo dużo dymu, drzwi przy kinie się nie otwierały - relacjonowała jedna z klientek.

Ostatnią planową kontrolę przeciwpożarową przeprowadzono w centrum w 2021 r. Od początku pełnoskalowej rosyjskiej inwazji w Ukrainie obowiązuje moratorium na planowe kontrole przedsiębiorstw.

W akcji gaśniczej uczestniczyło 54 ratowników i 14 wozów. Pożar udało się opanować przed południem na powierzchni 1,2 tys. mkw.

Portal zaznacza, że zarząd centrum handlowego nie skomentował publicznie zdarzenia.
""",
"03_ru.txt": """В Зорянске горел торговый центр: аварийные выходы были заставлены коробками
Настоящее время

Во вторник утром в торгово-развлекательном центре «Орион» в Зорянске Полтавской области Украины произошел пожар. Как сообщают наши коллеги из «Суспільного», около 300 человек эвакуировали, шестерых госпитализировали с отравлением продуктами горения.

Корреспондентка украинского общественного вещателя, работавшая на месте, увидела, что два из четырех эвакуационных выходов были заставлены коробками с товаром и поддонами. Людям пришлось выходить через центральный вход и подземный паркинг.

«Дыма было очень много, двери возле кинотеатра не открывались», – рассказала «Суспільному» посетительница центра.

По данным «Суспільного», последняя плановая проверка пожарной безопасности в «Орионе» проходила в 2021 году. После начала полномасштабного вторжения России плановые проверки бизнеса в Украине приостановлены.

В тушении участвовали 54 спасателя. Пожар локализовали на площади 1200 квадратных метров.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_en.txt"), ("The Kyiv Independent", "02_pl.txt"), ("Суспільне", "03_ru.txt")],
[("Two of the four emergency exits of the Orion mall in Zoriansk were blocked with goods when it caught fire; about 300 people were evacuated.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], 1),
 ("The Orion mall's last scheduled fire-safety inspection took place in 2021.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], 1)])

# x05: La Voix du Nord's own report ("Selon nos informations", "Sur place … nous avons pu
# constater", "Contacté, le maire … confirme"); 01_nl has no outlet line and is an uncredited close
# Dutch translation (keeps "Volgens onze informatie", "Ter plaatse konden we"): edge from La Voix du
# Nord, scenario translation; local radio "Comme l'ont révélé nos confrères de La Voix du Nord" +
# "a confirmé au quotidien régional" + unanswered requests; VRT "Dat schrijft de regionale krant La
# Voix du Nord" + "Volgens de krant"; Onet credits only the station ("poinformowała lokalna
# rozgłośnia France Bleu Nord" + "Jak podaje stacja" + "Według rozgłośni"): edge from France Bleu Nord.
story("x05_bar_fire_translation", "translation", {
"00_fr.txt": """Bruvelles-sur-Escaut : quinze blessés dans l'incendie d'une résidence, le bar du rez-de-chaussée visé par un avis défavorable
La Voix du Nord
Publié: 13 avril 2027 à 07h30

Un violent incendie s'est déclaré dans la nuit de lundi à mardi, vers 1 h 45, dans la résidence Les Tilleuls, rue Jean-Jaurès à Bruvelles-sur-Escaut. Quinze personnes ont été blessées, dont une femme de 67 ans grièvement. Trente-cinq habitants ont été évacués par les sapeurs-pompiers.

Le feu serait parti de la cave du bar-tabac Le Balto, situé au rez-de-chaussée de l'immeuble de quatre étages. Selon nos informations, cet établissement avait fait l'objet d'un avis défavorable de la commission communale de sécurité en septembre 2025, notamment pour un défaut d'isolement entre la cave et la cage d'escalier de l'immeuble.

Sur place, mardi matin, nous avons pu constater l'ampleur des dégâts : la façade est noircie jusqu'au deuxième étage, les vitres du bar ont explosé. Des habitants, enveloppés dans des couvertures de survie, attendaient devant la salle des fêtes, où la mairie a ouvert un centre d'accueil.

« J'ai entendu crier, l'escalier était plein de fumée, on est sortis par le balcon avec l'échelle des pompiers », raconte Mireille, 72 ans, locataire au premier étage.

Contacté, le maire, Jean-Marc Delattre, confirme l'avis défavorable : « Le gérant avait été mis en demeure de réaliser les travaux. Une visite de contrôle était prévue en mai. » Le gérant du bar n'a pas pu être joint. Une enquête a été ouverte pour déterminer l'origine du sinistre.
""",
"01_nl.txt": """Vijftien gewonden bij brand in appartementsgebouw in Noord-Frankrijk, café op gelijkvloers kreeg eerder negatief advies
13-04-27, 11:02

In de nacht van maandag op dinsdag, rond 1.45 uur, is een zware brand uitgebroken in residentie Les Tilleuls in de rue Jean-Jaurès in Bruvelles-sur-Escaut, in het Noord-Franse grensgebied. Vijftien mensen raakten gewond, onder wie een vrouw van 67 zwaar. De brandweer evacueerde 35 bewoners.

Het vuur zou ontstaan zijn in de kelder van café-tabakszaak Le Balto, op het gelijkvloers van het gebouw van vier verdiepingen. Volgens onze informatie kreeg die zaak in september 2025 een negatief advies van de gemeentelijke veiligheidscommissie, onder meer omdat de kelder onvoldoende afgescheiden was van de traphal van het gebouw.

Ter plaatse konden we dinsdagochtend de omvang van de schade vaststellen: de gevel is tot op de tweede verdieping zwartgeblakerd, de ruiten van het café zijn gesprongen. Bewoners, gewikkeld in isothermische dekens, wachtten voor de feestzaal waar het gemeentebestuur een opvangcentrum heeft geopend.

"Ik hoorde roepen, de trap stond vol rook, we zijn via het balkon met de ladder van de brandweer naar buiten gegaan", vertelt Mireille (72), huurster op de eerste verdieping.

Burgemeester Jean-Marc Delattre bevestigt het negatieve advies: "De uitbater was in gebreke gesteld om de werken uit te voeren. Een controlebezoek was gepland in mei." De uitbater van het café was niet bereikbaar. Er loopt een onderzoek naar de oorzaak van de brand.
""",
"02_fr.txt": """Incendie de Bruvelles-sur-Escaut : les habitants des Tilleuls toujours hors de chez eux, le bar mis en cause
France Bleu Nord
Mercredi 14 avril 2027 à 6:45

Au lendemain de l'incendie qui a fait quinze blessés dans la résidence Les Tilleuls, à Bruvelles-sur-Escaut, une trentaine d'habitants n'ont toujours pas pu regagner leur logement. La femme de 67 ans grièvement blessée est toujours hospitalisée.

Le feu est parti dans la nuit de lundi à mardi de la cave du bar-tabac situé au rez-de-chaussée. Comme l'ont révélé nos confrères de La Voix du Nord, cet établissement avait reçu en septembre 2025 un avis défavorable de la commission communale de sécurité, en raison d'un défaut d'isolement entre la cave et la cage d'escalier.

Le maire, Jean-Marc Delattre, a confirmé au quotidien régional qu'une visite de contrôle était programmée en mai. « Le gérant avait été mis en demeure », a-t-il déclaré à La Voix du Nord.

France Bleu Nord a cherché à joindre le maire mardi après-midi, sans succès. Le gérant du bar n'a pas non plus répondu à nos sollicitations.

Le parquet a ouvert une enquête pour déterminer l'origine de l'incendie. Les habitants sont hébergés à la salle des fêtes ou chez des proches.
""",
"03_nl.txt": """Brand in Franse grensgemeente: café waar vuur begon kreeg al in 2025 negatief advies
VRT NWS
wo 14 apr 2027 08:20

Bij een brand in een appartementsgebouw in het Noord-Franse Bruvelles-sur-Escaut, op een twintigtal kilometer van de Belgische grens, zijn in de nacht van maandag op dinsdag vijftien mensen gewond geraakt. Dat schrijft de regionale krant La Voix du Nord.

Volgens de krant ontstond het vuur in de kelder van een café-tabakszaak op het gelijkvloers. Die zaak had in september 2025 een negatief advies gekregen van de gemeentelijke veiligheidscommissie, omdat de kelder niet goed afgescheiden was van de traphal.

Een vrouw van 67 raakte zwaargewond. 35 bewoners moesten worden geëvacueerd, een deel van hen via de ladder van de brandweer. De burgemeester bevestigde tegenover La Voix du Nord dat de uitbater in gebreke was gesteld en dat in mei een controle gepland stond.

Ook in ons land moeten horecazaken in gebouwen met woningen erboven aan strenge brandveiligheidsnormen voldoen. De controle gebeurt er door de hulpverleningszones, in opdracht van de burgemeester.
""",
"04_pl.txt": """Francja. Pożar w bloku, 15 osób rannych. Bar na parterze nie przeszedł kontroli
Onet
14 kwietnia 2027, 10:31

Piętnaście osób zostało rannych w pożarze budynku mieszkalnego w Bruvelles-sur-Escaut na północy Francji. Ogień pojawił się w nocy z poniedziałku na wtorek w piwnicy baru na parterze - poinformowała lokalna rozgłośnia France Bleu Nord.

Jak podaje stacja, lokal otrzymał we wrześniu 2025 r. negatywną opinię gminnej komisji bezpieczeństwa. Chodziło m.in. o brak odpowiedniego oddzielenia piwnicy od klatki schodowej budynku.

Ciężko ranna została 67-letnia kobieta. Około 30 mieszkańców wciąż nie może wrócić do swoich mieszkań i przebywa w sali udostępnionej przez władze miasta lub u bliskich.

Według rozgłośni właściciel lokalu był wcześniej wezwany do przeprowadzenia prac, a na maj zaplanowano w barze kontrolę. Prokuratura wszczęła śledztwo w sprawie przyczyn pożaru.

Departament Nord to jedno z tradycyjnych skupisk Polonii we Francji.
""",
}, [("La Voix du Nord", True)],
[("La Voix du Nord", "01_nl.txt"), ("La Voix du Nord", "02_fr.txt"), ("La Voix du Nord", "03_nl.txt"),
 ("France Bleu Nord", "04_pl.txt")],
[("The bar where the Bruvelles-sur-Escaut apartment fire started had received an unfavourable opinion from the municipal safety commission in September 2025.",
  ["00_fr.txt", "01_nl.txt", "02_fr.txt", "03_nl.txt", "04_pl.txt"], 1)])

# x06: two independent roots: Фонтанка's own report (correspondent on site, students spoken to,
# inspection order seen, MChS source) and a student's own VKontakte post (outside). Медуза credits
# both ("сообщает петербургское издание «Фонтанка»" + "написала во «ВКонтакте» студентка");
# The Moscow Times credits Fontanka only ("Fontanka.ru reported", "According to the outlet",
# "Fontanka said it had seen"); Українська правда credits only the post ("Про це у соцмережі
# «ВКонтакте» написала студентка"); Courrier international credits both ("rapporte Fontanka, le
# site d'information pétersbourgeois" + "a publié sur le réseau social VKontakte").
story("x06_dorm_two_roots", "two_roots", {
"00_ru.txt": """В Верхнесвирске горело общежитие колледжа: 200 студентов выбежали на улицу, сигнализация молчала
Фонтанка
05.05.2027 08:14

Ранним утром 5 мая в Верхнесвирске Ленинградской области загорелось общежитие политехнического колледжа на улице Заводской. Около 200 студентов эвакуировались, трое госпитализированы с отравлением угарным газом. Корреспондент «Фонтанки» работает на месте.

Огонь вспыхнул около 4:30 на третьем этаже пятиэтажного здания и быстро распространился по коридору. К 7 утра пожар на площади 300 квадратных метров ликвидировали. По словам студентов, с которыми поговорил наш корреспондент, пожарная сигнализация не сработала: жильцов будили комендант и соседи, стуча в двери.

«Я проснулся от того, что в комнате пахло гарью, в коридоре уже ничего не было видно», — рассказал «Фонтанке» второкурсник Кирилл. Студенты стоят у здания в домашней одежде, многие без обуви; администрация колледжа открыла для них спортзал учебного корпуса.

Как выяснила «Фонтанка», осенью 2026 года общежитие проверяли инспекторы госпожнадзора. По итогам проверки колледжу выдали предписание отремонтировать автоматическую пожарную сигнализацию до 1 декабря 2026 года. Копия предписания есть в распоряжении редакции. Было ли оно выполнено, в колледже не уточнили.

Источник «Фонтанки» в региональном управлении МЧС подтвердил, что сигнализация «в момент пожара не была в рабочем состоянии». Официально в ведомстве сообщили лишь, что причины возгорания устанавливаются.
""",
"01_ru.txt": """В общежитии колледжа в Ленобласти случился пожар. Студенты говорят, что сигнализация не сработала
Медуза
11:40, 5 мая 2027

В Верхнесвирске Ленинградской области утром 5 мая загорелось общежитие местного политехнического колледжа. Около 200 студентов эвакуировали, трое попали в больницу с отравлением угарным газом, сообщает петербургское издание «Фонтанка».

Одной из первых о пожаре написала во «ВКонтакте» студентка колледжа Дарья Метелкина. Она опубликовала видео, на котором видны задымленный коридор и выбегающие на улицу люди. «Сигнализация не сработала вообще. Нас разбудил комендант, он бегал по коридору и стучал во все двери. Если бы не он, не знаю, что было бы», — написала Метелкина.

О том, что сигнализация молчала, рассказали и студенты, с которыми поговорил корреспондент «Фонтанки». Источник издания в региональном МЧС подтвердил, что в момент пожара система не работала.

Пожар начался около 4:30 на третьем этаже пятиэтажного здания, к семи утра его ликвидировали. Официально в МЧС говорят, что причины возгорания устанавливаются.
""",
"02_en.txt": """Fire Tears Through College Dorm in Leningrad Region; Alarm Had Been Flagged as Faulty
The Moscow Times
Wed, 05 May 2027 13:10:00 +0300

About 200 students were forced out of a college dormitory in the town of Verkhnesvirsk in the Leningrad region early Wednesday when a fire broke out on its third floor, the St. Petersburg news website Fontanka.ru reported.

Students outside the burned dormitory in Verkhnesvirsk on Wednesday morning. (Fontanka.ru)

Three students were hospitalized with carbon monoxide poisoning. Students who spoke to Fontanka's correspondent at the scene said the building's fire alarm never went off and that they had been woken by the dormitory's caretaker and neighbors banging on doors.

According to the outlet, state fire inspectors checked the five-story building last fall and ordered the Verkhnesvirsk Polytechnic College to repair its automatic fire alarm system by Dec. 1, 2026. Fontanka said it had seen a copy of the order. The college did not say whether the repairs had been carried out.

A source in the regional branch of the Emergency Situations Ministry told Fontanka that the alarm "was not in working order" at the time of the fire. The ministry officially said only that the cause was being investigated.

Inspections of businesses and public institutions in Russia have been sharply limited since 2022 under a government moratorium, although exceptions apply to sites considered high-risk.
""",
"03_uk.txt": """У Ленінградській області РФ горів гуртожиток коледжу: студентка каже, що сигналізація мовчала
Українська правда
Середа, 5 травня 2027, 15:20

У місті Верхньосвірськ Ленінградської області РФ уранці 5 травня сталася пожежа в гуртожитку політехнічного коледжу. Про це у соцмережі «ВКонтакте» написала студентка коледжу Дар'я Метелкіна, яка опублікувала відео із задимленого коридору.

«Сигналізація не спрацювала взагалі. Нас розбудив комендант, він бігав коридором і стукав у всі двері. Якби не він, не знаю, що було б», – написала дівчина.

За її словами, на вулицю вибігли близько двохсот студентів, багато хто – без взуття і в піжамах.

На відео видно, як люди спускаються сходами, прикриваючи обличчя одягом. Метелкіна додала, що кількох її сусідів забрала швидка.

Російська влада поки не повідомляла про причини пожежі.
""",
"04_fr.txt": """Russie : dans un foyer étudiant en feu, « l'alarme n'a pas sonné »
Courrier international
Publié le 6 mai 2027 à 10h12

Environ deux cents étudiants ont dû quitter en pleine nuit leur foyer en flammes, mercredi 5 mai, à Verkhnesvirsk, une petite ville de la région de Léningrad. Trois d'entre eux ont été hospitalisés, rapporte Fontanka, le site d'information pétersbourgeois.

Le récit le plus saisissant est venu d'une étudiante, Daria Metelkina, qui a publié sur le réseau social VKontakte une vidéo tournée dans un couloir enfumé. « L'alarme n'a pas sonné du tout. C'est le gardien qui nous a réveillés, il courait dans le couloir et frappait à toutes les portes », a-t-elle écrit.

Les étudiants interrogés sur place par le correspondant de Fontanka confirment que le système d'alarme est resté muet. Une source au sein de la direction régionale du ministère des Situations d'urgence a assuré au site que l'installation « n'était pas en état de marche » au moment de l'incendie.

Le feu s'est déclaré vers 4 h 30 au troisième étage de ce bâtiment de cinq niveaux et a été éteint vers 7 heures. Les autorités n'ont pas encore communiqué sur ses causes.
""",
}, [("Фонтанка", True), ("Дарья Метелкина", False)],
[("Фонтанка", "01_ru.txt"), ("Дарья Метелкина", "01_ru.txt"), ("Фонтанка", "02_en.txt"),
 ("Дарья Метелкина", "03_uk.txt"), ("Фонтанка", "04_fr.txt"), ("Дарья Метелкина", "04_fr.txt")],
[("The fire alarm did not go off when the Verkhnesvirsk college dormitory caught fire.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"], 2),
 ("Fire inspectors had ordered the college in autumn 2026 to repair the dormitory's fire alarm by 1 December 2026.",
  ["00_ru.txt", "02_en.txt"], 1)])

# x07: Lancashire Telegraph's own report (inspection report seen by the paper, reporter at the
# block, council statement to the Telegraph); BBC Radio Lancashire relays it ("were first reported
# by our colleagues at the Lancashire Telegraph", "The paper reported") and adds its own
# confirmation ("BBC Radio Lancashire has learned", "confirmed to BBC Radio Lancashire"): edge +
# own origin; WP credits the station only ("Jak podała stacja BBC Radio Lancashire", "Rozgłośnia,
# powołując się na ustalenia lokalnego dziennika"): edge from BBC Radio Lancashire; ТСН credits the
# paper ("Про це пише британська регіональна газета", "За даними видання", "цитує її газета").
story("x07_tower_block_confirmation", "confirmation", {
"00_en.txt": """Missing fire door closers and faulty riser found at Holdenbridge tower block, report reveals
Lancashire Telegraph
2027-06-01 06:00

Fire-safety inspectors found 23 flat front doors without working self-closers and a faulty dry riser at a 15-storey tower block in Holdenbridge, a report seen by the Lancashire Telegraph reveals.

The inspection of Wyreside Court, carried out in April after a bin-store fire on the ground floor, also identified gaps around pipework between floors that would allow smoke to spread, according to the 18-page document. Inspectors rated the overall risk at the block, home to around 230 people, as "substantial".

When the Telegraph visited the block on Monday, several flat doors on the upper floors had been propped open and a fire door on the ninth-floor landing was missing its closer arm altogether.

Olena Hrytsenko, who moved into a flat on the 11th floor after fleeing the war in Ukraine, said: "Nobody told us anything about this report. I have two children. If there is a fire at night, how do we get down?"

A spokesman for Holdenbridge Borough Council, which owns the block, told the Telegraph: "We take the findings extremely seriously. Contractors have been instructed to replace the defective door closers, and repairs to the dry riser are scheduled for this month." The county's fire and rescue service said it did not comment on individual premises.
""",
"01_en.txt": """Fire service serves enforcement notice over Holdenbridge tower block
BBC Radio Lancashire
1 June 2027

The fire service has served an enforcement notice over safety failings at a tower block in Holdenbridge, BBC Radio Lancashire has learned.

Problems at the 15-storey Wyreside Court, including 23 flat front doors without working self-closers and a faulty dry riser, were first reported by our colleagues at the Lancashire Telegraph, which saw the report of an inspection carried out in April. The paper reported that residents had not been told about the findings.

The county's fire and rescue service confirmed to BBC Radio Lancashire on Tuesday that the notice was served on Holdenbridge Borough Council, which owns the block, on 21 May. It gives the council until 18 June to carry out the work.

"Where we find serious deficiencies, we will use our enforcement powers," a fire service spokesperson told BBC Radio Lancashire. "Residents should continue to follow the stay-put advice unless their own flat is affected by fire or smoke."

In a statement to the paper, the council said contractors had been instructed to replace the defective door closers and that the dry riser would be repaired this month.
""",
"02_pl.txt": """Wieżowiec w Anglii z wadliwymi drzwiami przeciwpożarowymi. Straż wydała nakaz
Wirtualna Polska
02.06.2027 09:47

Straż pożarna w hrabstwie Lancashire wydała nakaz usunięcia usterek w 15-piętrowym wieżowcu Wyreside Court w Holdenbridge. Jak podała stacja BBC Radio Lancashire, władze miasta mają czas na przeprowadzenie prac do 18 czerwca.

Rozgłośnia, powołując się na ustalenia lokalnego dziennika "Lancashire Telegraph", informuje, że podczas kwietniowej kontroli w 23 mieszkaniach wykryto drzwi wejściowe bez sprawnych samozamykaczy. Wadliwy okazał się także suchy pion, z którego strażacy korzystają podczas akcji na wyższych piętrach.

- Tam, gdzie stwierdzamy poważne braki, korzystamy z naszych uprawnień - powiedział brytyjskiej stacji rzecznik straży pożarnej. Właścicielem budynku jest rada miasta, która zapewnia, że naprawy są już zlecone.

W wieżowcu mieszka ok. 230 osób. Holdenbridge, podobnie jak wiele miast w północnej Anglii, ma liczną społeczność Polaków.
""",
"03_uk.txt": """«Як ми спустимося вночі?»: у британській багатоповерхівці, де живуть українці, виявили порушення пожежної безпеки
ТСН
2 червня 2027, 18:03

У 15-поверховому будинку Wyreside Court у британському місті Голденбрідж (графство Ланкашир) інспектори пожежної безпеки виявили 23 квартири з вхідними дверима без справних доводчиків і несправний сухотруб. Про це пише британська регіональна газета Lancashire Telegraph, яка ознайомилася зі звітом про перевірку.

За даними видання, перевірку провели у квітні після пожежі у сміттєвому приміщенні на першому поверсі. Інспектори також знайшли щілини навколо труб між поверхами, через які може поширюватися дим, і оцінили загальний ризик як «суттєвий».

Серед мешканців будинку – українка Олена Гриценко, яка переїхала до Британії, рятуючись від війни. «Нам ніхто нічого не казав про цей звіт. У мене двоє дітей. Якщо вночі буде пожежа, як ми спустимося?» – цитує її газета.

Міська рада Голденбриджа, якій належить будинок, заявила виданню, що підрядникам доручили замінити несправні доводчики, а ремонт сухотрубу запланований на червень.
""",
}, [("Lancashire Telegraph", True), ("BBC Radio Lancashire", True)],
[("Lancashire Telegraph", "01_en.txt"), ("BBC Radio Lancashire", "02_pl.txt"), ("Lancashire Telegraph", "03_uk.txt")],
[("An inspection of Wyreside Court in Holdenbridge found 23 flat front doors without working self-closers and a faulty dry riser.",
  ["00_en.txt", "01_en.txt", "02_pl.txt", "03_uk.txt"], 2),
 ("The fire service served an enforcement notice on the council over Wyreside Court, with a deadline of 18 June.",
  ["01_en.txt", "02_pl.txt"], 2)])


def main():
    sdir = os.path.join(ROOT, "stories")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    out = {"about": "Hand-written provenance test set 180 (fire services, building fires and fire-safety inspections; real outlet names, everything else invented); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sdir, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
            heads = {l for t in arts.values() for l in t.split("\n")[1:3]}
            assert o in onames or o in heads, (id, o)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": c, "independent_sources": k} for t, c, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
