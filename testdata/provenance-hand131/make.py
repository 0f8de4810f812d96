#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand131 set (aviation safety).

Real media names are used for outlets and agencies; every event, person, airline, company, figure
and quote is invented. No text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency dpa relayed 4x (drone sightings at Hamburg airport).
# en "the German news agency dpa reported" + "told dpa" + "the agency said"; fr "rapporte l'agence
# allemande DPA" + "a indiqué à l'agence" + "souligne l'agence de presse"; es (no date line)
# "según informó la agencia alemana de noticias dpa" + "explicó a la agencia" + "recordó la agencia";
# uk "Про це повідомляє німецьке інформаційне агентство dpa" + "За даними агентства" + "розповів агентству".
story("t01_agency_drone_hamburg", "agency", {
"00_en.txt": """Drone sightings shut Hamburg airport for more than an hour and a half, dozens of flights diverted
The Guardian
Sat 15 May 2027 08.12 BST

Take-offs and landings at Hamburg airport were halted for more than an hour and a half on Friday evening after several drones were spotted near the runways, the German news agency dpa reported.

Air traffic was suspended from 8.55pm until 10.35pm local time. Twenty-seven incoming flights were diverted to Bremen, Hanover and Berlin, and 19 departures were cancelled, affecting roughly 4,300 passengers, according to figures cited by the agency.

"Two aircraft crews and one of our patrol teams saw at least two drones independently of each other, one of them directly above the northern runway," a federal police spokesperson, Jörn Hadeler, told dpa. A police helicopter equipped with a thermal camera searched the surrounding area, but the operators were not found.

An airport spokesperson, Katrin Möllering, said passengers stranded in the terminal had been given blankets and water, and that several airlines had organised coaches overnight to bring travellers back from the diversion airports.

It was the third drone-related suspension at Hamburg since January, the agency said. In February a single sighting had stopped traffic for 40 minutes.

Flying a drone close to a German airport without permission is banned, and endangering air traffic can carry a prison sentence. Police have appealed for witnesses who noticed people holding remote controls near the airport fence on Friday evening.
""",
"01_fr.txt": """Hambourg : l'aéroport paralysé près de deux heures par des drones
Le Figaro
15/05/2027 à 10:31

Le trafic aérien a été totalement interrompu pendant plus d'une heure et demie vendredi soir à l'aéroport de Hambourg, dans le nord de l'Allemagne, après le survol des pistes par plusieurs drones, rapporte l'agence allemande DPA.

Aucun avion n'a pu décoller ni atterrir entre 20h55 et 22h35. Vingt-sept vols à l'arrivée ont été déroutés vers Brême, Hanovre et Berlin, et 19 départs ont été annulés. Quelque 4300 passagers ont été touchés, selon la DPA.

« Deux équipages et une de nos patrouilles ont vu, indépendamment les uns des autres, au moins deux drones, dont l'un directement au-dessus de la piste nord », a indiqué à l'agence Jörn Hadeler, porte-parole de la police fédérale. Un hélicoptère équipé d'une caméra thermique a survolé les environs, sans parvenir à localiser les télépilotes.

Les voyageurs bloqués dans l'aérogare ont reçu des couvertures et de l'eau, a précisé une porte-parole de l'aéroport, Katrin Möllering. Plusieurs compagnies ont affrété des cars pour ramener dans la nuit les passagers des vols déroutés.

Il s'agit de la troisième interruption liée à des drones à Hambourg depuis janvier, souligne l'agence de presse. En Allemagne comme ailleurs en Europe, les autorités peinent à trouver la parade à ces intrusions qui se multiplient aux abords des aéroports.
""",
"02_es.txt": """Varios drones obligan a cerrar el aeropuerto de Hamburgo durante más de hora y media
El País

El aeropuerto alemán de Hamburgo suspendió todos los despegues y aterrizajes durante más de hora y media el viernes por la noche tras el avistamiento de varios drones cerca de las pistas, según informó la agencia alemana de noticias dpa.

El tráfico quedó interrumpido entre las 20.55 y las 22.35. Veintisiete vuelos que se dirigían a la ciudad hanseática fueron desviados a Bremen, Hannover y Berlín, y otras 19 salidas fueron canceladas. En total, unos 4.300 pasajeros se vieron afectados, de acuerdo con las cifras recogidas por dpa.

"Dos tripulaciones y una de nuestras patrullas vieron, cada una por su lado, al menos dos drones, uno de ellos justo encima de la pista norte", explicó a la agencia Jörn Hadeler, portavoz de la Policía Federal. Un helicóptero policial con cámara térmica rastreó la zona sin dar con los responsables.

Es la tercera vez en lo que va de año que el aeródromo hamburgués tiene que cerrar por culpa de drones. En febrero, un único avistamiento paralizó las operaciones durante 40 minutos, recordó la agencia.

Los incidentes con drones en aeropuertos europeos se han multiplicado en los últimos años y han reabierto el debate sobre los sistemas de detección e inhibición, cuya instalación sigue siendo costosa y jurídicamente compleja.
""",
"03_uk.txt": """Аеропорт Гамбурга понад півтори години не приймав літаки через дрони
Українська правда
15 травня 2027, 11:47

В аеропорту німецького Гамбурга в п'ятницю ввечері на понад півтори години зупинили всі зльоти й посадки після того, як поблизу злітно-посадкових смуг помітили кілька дронів. Про це повідомляє німецьке інформаційне агентство dpa.

За даними агентства, рух було припинено з 20:55 до 22:35 за місцевим часом. Двадцять сім рейсів, що прямували до Гамбурга, перенаправили до Бремена, Ганновера та Берліна, ще 19 вильотів скасували. Загалом постраждали близько 4300 пасажирів.

«Два екіпажі та один наш патруль незалежно одне від одного бачили щонайменше два дрони, один із них — просто над північною смугою», — розповів агентству речник федеральної поліції Йорн Хаделер. Поліцейський гелікоптер із тепловізором обстежив околиці, однак операторів безпілотників не знайшли.

Як зазначає dpa, це вже третє призупинення роботи аеропорту через дрони від початку року. У лютому через одного-єдиного поміченого дрона рух зупиняли на 40 хвилин.

Поліція закликала свідків, які в п'ятницю ввечері бачили людей із пультами керування біля огорожі аеропорту, звернутися до правоохоронців.
""",
}, [("dpa", False)],
[("dpa", "00_en.txt"), ("dpa", "01_fr.txt"), ("dpa", "02_es.txt"), ("dpa", "03_uk.txt")],
[("Flights at Hamburg airport were halted for more than an hour and a half on Friday evening after drones were seen near the runways.",
  ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], 1),
 ("Twenty-seven incoming flights were diverted to Bremen, Hanover and Berlin and 19 departures were cancelled.",
  ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], 1),
 ("It was the third drone-related suspension at Hamburg airport since the start of the year.",
  ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], 1)])

# t02: in-corpus scoop by Corriere della Sera (three anonymous employees, internal memo seen by the
# paper, the airline's reply to the paper), relayed 4x. it own "È quanto risulta al Corriere da tre
# fonti interne" + "che il Corriere ha potuto visionare" + "Interpellata dal Corriere"; es "según
# publica … el diario italiano Corriere della Sera, que cita a tres fuentes" + "añade el rotativo
# milanés" + "relata al periódico"; de "Wie der „Corriere della Sera“ unter Berufung auf drei
# Mitarbeiter … berichtet" + "schreibt die Mailänder Zeitung" + "Dem Blatt zufolge"; ru "сообщает
# миланская газета Corriere della Sera со ссылкой на трех сотрудников" + "По информации издания" +
# "пишет газета"; en "the Italian newspaper Corriere della Sera has reported" + "spoke to the
# Milan-based daily on condition of anonymity" + "the paper said" + "told Corriere".
story("t02_scoop_atr_grounding", "scoop", {
"00_it.txt": """Aerotirrena, sei ATR a terra per crepe nel carrello. Cancellati 140 voli per Sardegna e Sicilia
Corriere della Sera
8 giugno 2027, ore 06:30

La compagnia regionale Aerotirrena ha fermato in silenzio sei dei suoi undici turboelica ATR 72-600 dopo che i tecnici hanno trovato crepe negli attacchi del carrello principale di almeno due velivoli. È quanto risulta al Corriere da tre fonti interne all'azienda — due comandanti e un tecnico della manutenzione — che hanno chiesto di restare anonime.

Le prime fessure sono emerse il 28 maggio durante un controllo programmato nell'hangar di Olbia. In una circolare interna del 3 giugno, che il Corriere ha potuto visionare, il direttore tecnico Paolo Scarpellini dispone «l'ispezione straordinaria e immediata» dell'intera flotta e il fermo degli aerei «fino all'esito delle verifiche non distruttive».

Ai passeggeri la compagnia ha parlato soltanto di «ragioni operative». Tra il 7 e il 20 giugno sono stati cancellati circa 140 voli tra Olbia, Cagliari, Palermo, Catania e gli scali di Roma e Milano. «Ci hanno detto di non dare spiegazioni al banco», racconta uno dei comandanti. «Ma tra noi ne parliamo da giorni».

Interpellata dal Corriere, Aerotirrena conferma «controlli straordinari su parte della flotta» e sottolinea che «la sicurezza dei passeggeri non è mai stata in discussione», senza però entrare nel merito delle crepe. L'Enac, l'ente nazionale per l'aviazione civile, non ha risposto alle nostre domande.

Aerotirrena, fondata nel 2014, trasporta circa 900 mila passeggeri l'anno e gestisce in regime di continuità territoriale diverse rotte da e per la Sardegna.
""",
"01_es.txt": """Una aerolínea italiana deja en tierra seis aviones tras detectar grietas en el tren de aterrizaje
El Mundo
08/06/2027 12:14

La aerolínea regional italiana Aerotirrena ha inmovilizado seis de sus once turbohélices ATR 72-600 después de que sus técnicos encontraran grietas en los anclajes del tren de aterrizaje principal, según publica este martes el diario italiano Corriere della Sera, que cita a tres fuentes de la compañía que han pedido el anonimato.

Las primeras fisuras se detectaron el 28 de mayo durante una revisión programada en Olbia (Cerdeña). Una circular interna fechada el 3 de junio ordena la "inspección extraordinaria e inmediata" de toda la flota, añade el rotativo milanés.

Entre el 7 y el 20 de junio la compañía ha cancelado unos 140 vuelos entre Cerdeña, Sicilia y los aeropuertos de Roma y Milán, aunque a los pasajeros solo se les ha hablado de "razones operativas". "Nos dijeron que no diéramos explicaciones en el mostrador", relata al periódico uno de los comandantes.

Aerotirrena ha confirmado al Corriere "controles extraordinarios en parte de la flota" y asegura que la seguridad de los pasajeros "nunca ha estado en entredicho", pero no ha querido referirse a las grietas.

El ATR 72 es uno de los aviones regionales más extendidos en Europa y se utiliza sobre todo en rutas cortas y con pistas de dimensiones reducidas.
""",
"02_de.txt": """Risse am Fahrwerk: Italienische Regionalairline legt halbe Flotte still
Frankfurter Allgemeine Zeitung
08.06.2027, 15:02

Die italienische Regionalfluggesellschaft Aerotirrena hat sechs ihrer elf Turboprop-Maschinen vom Typ ATR 72-600 aus dem Verkehr gezogen. Wie der „Corriere della Sera“ unter Berufung auf drei Mitarbeiter der Fluggesellschaft berichtet, hatten Techniker Risse an den Aufhängungen des Hauptfahrwerks von mindestens zwei Flugzeugen entdeckt.

Die ersten Risse seien am 28. Mai bei einer planmäßigen Wartung in Olbia aufgefallen, schreibt die Mailänder Zeitung. In einem internen Rundschreiben vom 3. Juni ordne Technikchef Paolo Scarpellini eine „außerordentliche und sofortige Inspektion“ der gesamten Flotte an. Die Maschinen blieben am Boden, bis zerstörungsfreie Prüfungen abgeschlossen seien.

Dem Blatt zufolge hat Aerotirrena zwischen dem 7. und dem 20. Juni rund 140 Flüge zwischen Sardinien, Sizilien und dem Festland gestrichen. Den Passagieren gegenüber sei lediglich von „betrieblichen Gründen“ die Rede gewesen. Die Airline bestätigte gegenüber dem „Corriere“ nur „außerordentliche Kontrollen an einem Teil der Flotte“; die Sicherheit der Fluggäste habe nie in Frage gestanden.

Aerotirrena befördert rund 900.000 Passagiere im Jahr. Deutsche Urlauber nutzen die Verbindungen vor allem als Anschlussflüge von Rom und Mailand nach Sardinien.
""",
"03_ru.txt": """Итальянская авиакомпания Aerotirrena отстранила от полетов половину флота из-за трещин в шасси
РБК
08.06.2027, 16:40

Итальянский региональный перевозчик Aerotirrena отстранил от полетов шесть из одиннадцати турбовинтовых самолетов ATR 72-600 после того, как техники обнаружили трещины в узлах крепления основных стоек шасси. Об этом сообщает миланская газета Corriere della Sera со ссылкой на трех сотрудников компании, пожелавших остаться неназванными.

По информации издания, первые трещины нашли 28 мая во время планового техобслуживания в Ольбии на Сардинии. Во внутреннем циркуляре от 3 июня технический директор Паоло Скарпеллини распорядился провести «внеочередную и немедленную проверку» всего парка.

С 7 по 20 июня авиакомпания отменила около 140 рейсов между Сардинией, Сицилией и аэропортами Рима и Милана, пишет газета. Пассажирам отмены объясняли «операционными причинами».

В Aerotirrena в комментарии Corriere della Sera подтвердили «внеплановые проверки части флота», но обсуждать трещины не стали. Компания перевозит около 900 тыс. пассажиров в год.

Турбовинтовые ATR 72 широко используются на коротких региональных линиях в Европе.
""",
"04_en.txt": """Italian airline grounds half its fleet over landing gear cracks
BBC News
8 June 2027

An Italian regional airline has quietly grounded six of its 11 ATR 72-600 turboprops after engineers found cracks in landing gear fittings, the Italian newspaper Corriere della Sera has reported.

Aerotirrena, which flies between Sardinia, Sicily and the mainland, discovered the first cracks during routine maintenance in Olbia on 28 May, according to three company employees who spoke to the Milan-based daily on condition of anonymity.

An internal memo dated 3 June and signed by technical director Paolo Scarpellini ordered an "extraordinary and immediate inspection" of the whole fleet, the paper said.

About 140 flights scheduled between 7 and 20 June have been cancelled. Passengers were told only that the cancellations were for "operational reasons". "We were told not to give explanations at the desk," one captain told Corriere.

The airline confirmed to the newspaper that it was carrying out "extraordinary checks on part of the fleet" and said passenger safety had "never been in question", but it did not address the cracks.

Italy's civil aviation authority, Enac, did not respond to the paper's questions.

Aerotirrena carries around 900,000 passengers a year and operates several routes to Sardinia that are subsidised by the regional government.
""",
}, [("Corriere della Sera", True)],
[("Corriere della Sera", "01_es.txt"), ("Corriere della Sera", "02_de.txt"),
 ("Corriere della Sera", "03_ru.txt"), ("Corriere della Sera", "04_en.txt")],
[("Aerotirrena grounded six of its eleven ATR 72-600 turboprops after cracks were found in main landing gear fittings.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_ru.txt", "04_en.txt"], 1),
 ("About 140 flights between 7 and 20 June were cancelled, with passengers told only of operational reasons.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_ru.txt", "04_en.txt"], 1),
 ("An internal memo dated 3 June ordered an extraordinary and immediate inspection of the whole fleet.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_ru.txt", "04_en.txt"], 1)])

# t03: chain ru -> en -> de, uk. Kommersant's own report (two industry sources, internal memo,
# Rosaviatsia's reply to Kommersant); The Moscow Times credits Kommersant; Der Standard credits
# "„The Moscow Times“ unter Berufung auf … „Kommersant“" (edge from The Moscow Times); Suspilne
# (no date line) credits only The Moscow Times ("Як пише … видання The Moscow Times", "За даними
# видання", "як зазначає The Moscow Times").
story("t03_chain_moscow_radar", "chain", {
"00_ru.txt": """Радары погасли на 14 минут
Коммерсантъ
22.06.2027, 07:02

В ночь на 21 июня в Московском центре управления воздушным движением на 14 минут отказала система отображения радиолокационной информации. Как стало известно “Ъ”, за время сбоя два пассажирских самолета опасно сблизились над Тверской областью. Об инциденте “Ъ” рассказали два источника в отрасли, его также описывает служебная записка, с которой ознакомился “Ъ”.

По данным “Ъ”, сбой начался в 01:47 мск: на экранах диспетчеров одного из секторов «застыли» отметки воздушных судов. Диспетчеры перешли на процедурное управление — по докладам экипажей по радио. В этот момент Airbus A320 авиакомпании «Северная звезда», следовавший из Санкт-Петербурга в Сочи, и Boeing 737 «АэроВолги» (рейс Самара — Калининград) оказались на расстоянии около 2,9 км по горизонтали и 150 м по вертикали. У обоих экипажей сработала система предупреждения столкновений TCAS, пилоты выполнили маневр расхождения.

«Четырнадцать минут вслепую на одном из самых загруженных участков — это очень много, даже ночью»,— говорит один из собеседников “Ъ”, знакомый с ходом расследования. Причиной, согласно служебной записке, стал отказ сервера обработки данных после планового обновления программного обеспечения; резервный комплекс включился с задержкой.

В Росавиации “Ъ” подтвердили факт «кратковременного технического сбоя», подчеркнув, что «безопасность полетов была обеспечена». Пострадавших нет. Обстоятельства сближения изучает комиссия.
""",
"01_en.txt": """Moscow Air Traffic Control Radar Outage Led to Near-Miss Between Airliners – Kommersant
The Moscow Times
June 22, 2027

A radar display failure at Moscow's air traffic control centre left controllers without a picture of the sky for 14 minutes overnight on Monday, during which two passenger jets came dangerously close, the business daily Kommersant reported Tuesday, citing two industry sources and an internal memo.

According to Kommersant, aircraft labels on controllers' screens in one sector "froze" at 1:47 a.m. Moscow time. Controllers switched to procedural control, relying on position reports radioed in by pilots.

During the outage, a Severnaya Zvezda Airbus A320 flying from St. Petersburg to Sochi and an AeroVolga Boeing 737 en route from Samara to Kaliningrad came within about 2.9 kilometers horizontally and 150 meters vertically of each other over the Tver region, the newspaper said. Both crews received collision-avoidance alerts from their TCAS systems and carried out evasive maneuvers.

"Fourteen minutes blind on one of the busiest stretches is a lot, even at night," one source familiar with the investigation told Kommersant.

The memo blamed the failure on a data-processing server that crashed after a scheduled software update, with the backup system kicking in late, the paper wrote.

Russia's Federal Air Transport Agency, Rosaviatsia, confirmed to Kommersant a "brief technical failure" and said flight safety had been ensured. No one was hurt.

Russian aviation has struggled with spare-parts shortages and maintenance problems since Western sanctions were imposed in 2022.
""",
"02_de.txt": """Radarausfall in Moskau: Zwei Passagierjets kamen sich gefährlich nahe
Der Standard
22. Juni 2027, 14:20

Ein Ausfall der Radaranzeigen in der Moskauer Flugsicherungszentrale hat in der Nacht auf Montag zu einer gefährlichen Annäherung zweier Passagierflugzeuge geführt. Das berichtet die englischsprachige Onlinezeitung „The Moscow Times“ unter Berufung auf die russische Wirtschaftszeitung „Kommersant“.

Demnach froren in einem Sektor um 1.47 Uhr Moskauer Zeit die Flugzeugsymbole auf den Bildschirmen der Lotsen ein. 14 Minuten lang mussten die Fluglotsen den Verkehr ohne Radarbild führen und sich auf Positionsmeldungen der Piloten per Funk verlassen.

In dieser Zeit näherten sich ein Airbus A320 der Fluggesellschaft Sewernaja Swesda auf dem Weg von St. Petersburg nach Sotschi und eine Boeing 737 der AeroWolga über dem Gebiet Twer bis auf rund 2,9 Kilometer horizontal und 150 Meter vertikal an. Beide Besatzungen wurden vom Kollisionswarnsystem TCAS alarmiert und wichen aus, wie die Moscow Times weiter schreibt.

Als Ursache nennt ein interner Vermerk laut dem Bericht den Absturz eines Datenservers nach einem geplanten Software-Update; das Ersatzsystem sei verspätet angesprungen. Die russische Luftfahrtbehörde Rosawiazija sprach von einer „kurzzeitigen technischen Störung“. Verletzt wurde niemand.
""",
"03_uk.txt": """У Москві на 14 хвилин «осліпли» радари диспетчерів — два літаки ледь не зіткнулися
Суспільне

У московському центрі управління повітряним рухом у ніч на 21 червня на 14 хвилин відмовила система відображення радарних даних. За цей час два пасажирські літаки небезпечно зблизилися над Тверською областю. Як пише незалежне англомовне видання The Moscow Times, екіпажі обох бортів отримали сигнал системи попередження зіткнень і виконали маневр розходження.

За даними видання, йдеться про Airbus A320 авіакомпанії «Северная звезда», що летів із Санкт-Петербурга до Сочі, та Boeing 737 «АэроВолги», який виконував рейс Самара — Калінінград. Літаки опинилися на відстані приблизно 2,9 км по горизонталі та 150 м по вертикалі.

Диспетчери були змушені керувати рухом наосліп, покладаючись лише на доповіді пілотів по радіо. Причиною, як зазначає The Moscow Times, стала відмова сервера обробки даних після планового оновлення програмного забезпечення, а резервна система запрацювала із запізненням.

У Росавіації, за даними видання, визнали «короткочасний технічний збій». Постраждалих немає.

Після запровадження санкцій у 2022 році російська цивільна авіація потерпає від нестачі запчастин і сертифікованого обслуговування.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("The Moscow Times", "02_de.txt"), ("The Moscow Times", "03_uk.txt")],
[("Radar displays at Moscow's air traffic control centre failed for 14 minutes on the night of 21 June.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("A Severnaya Zvezda A320 and an AeroVolga Boeing 737 came within about 2.9 km horizontally and 150 m vertically, and both crews got TCAS alerts.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The outage was caused by a data-processing server failure after a scheduled software update, and the backup system started late.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)])

# t04: El Confidencial's own report (pilots' incident report it obtained, anonymous controller,
# sources in CIAIAC); 01_it.txt is an uncredited, close Italian translation published hours later
# with no outlet line (keeps "al quale ha avuto accesso questo giornale", "racconta a questo
# giornale"): edge from El Confidencial, no credit in the text. en "according to Spanish news website
# El Confidencial" + "the outlet reported, citing an incident report … that it had obtained" + "told
# El Confidencial" + "the website said"; fr "comme l'a révélé le site d'information espagnol El
# Confidencial" + "consulté par le média espagnol" + "cité par El Confidencial" + "précise le site".
story("t04_translation_palma_nearmiss", "translation", {
"00_es.txt": """"Nos faltaron segundos": un avión con 178 pasajeros rozó a un jet privado al aproximarse a Palma
El Confidencial
05/07/2027 06:00

Un Airbus A320 de la aerolínea chárter Aerolíneas Tramuntana con 178 pasajeros a bordo y un reactor privado Cessna Citation llegaron a situarse a apenas 0,8 millas náuticas (unos 1.500 metros) en horizontal y 200 pies (60 metros) en vertical durante la aproximación al aeropuerto de Palma de Mallorca el pasado sábado. Así consta en el informe de incidente que presentaron los pilotos del Airbus, al que ha tenido acceso El Confidencial.

Según ese documento, el suceso se produjo a las 17.42 hora local, cuando el A320, procedente de Düsseldorf, descendía hacia la pista 24L. El Citation, que había despegado de Ibiza, recibió una instrucción de ascenso que su tripulación entendió de forma errónea y subió por encima del nivel autorizado. El sistema anticolisión TCAS ordenó al Airbus descender de inmediato.

"Nos faltaron segundos. Cuando vimos las dos etiquetas superpuestas en la pantalla, ya no podíamos hacer nada más que esperar la maniobra", relata a este diario un controlador aéreo de Palma que pidió no ser identificado por no estar autorizado a hablar con la prensa.

La Comisión de Investigación de Accidentes e Incidentes de Aviación Civil (CIAIAC) ha abierto una investigación, según fuentes de la comisión consultadas por El Confidencial. Aerolíneas Tramuntana se limitó a señalar que "la tripulación actuó conforme a los procedimientos" y que el vuelo aterrizó con normalidad.

Es el segundo incidente grave en el espacio aéreo balear este verano, en plena temporada alta, cuando el aeropuerto de Palma supera los 1.000 movimientos diarios.
""",
"01_it.txt": """«Ci sono mancati secondi»: aereo con 178 passeggeri sfiora un jet privato in avvicinamento a Palma
5 luglio 2027, 14:40

Un Airbus A320 della compagnia charter Aerolíneas Tramuntana con 178 passeggeri a bordo e un jet privato Cessna Citation si sono trovati ad appena 0,8 miglia nautiche (circa 1.500 metri) in orizzontale e 200 piedi (60 metri) in verticale durante l'avvicinamento all'aeroporto di Palma di Maiorca sabato scorso. È quanto emerge dal rapporto sull'incidente presentato dai piloti dell'Airbus, al quale ha avuto accesso questo giornale.

Secondo il documento, l'evento si è verificato alle 17.42 ora locale, mentre l'A320, proveniente da Düsseldorf, scendeva verso la pista 24L. Il Citation, decollato da Ibiza, aveva ricevuto un'istruzione di salita che l'equipaggio ha interpretato in modo errato, salendo oltre il livello autorizzato. Il sistema anticollisione TCAS ha ordinato all'Airbus di scendere immediatamente.

«Ci sono mancati secondi. Quando abbiamo visto le due etichette sovrapposte sullo schermo, non potevamo fare altro che aspettare la manovra», racconta a questo giornale un controllore di volo di Palma che ha chiesto di non essere identificato perché non autorizzato a parlare con la stampa.

La Commissione spagnola per le indagini sugli incidenti dell'aviazione civile (CIAIAC) ha aperto un'inchiesta, secondo fonti della commissione. Aerolíneas Tramuntana si è limitata a dichiarare che «l'equipaggio ha agito secondo le procedure» e che il volo è atterrato regolarmente.

È il secondo incidente grave nello spazio aereo delle Baleari quest'estate, in piena alta stagione, quando l'aeroporto di Palma supera i mille movimenti al giorno.
""",
"02_en.txt": """Holiday jet with 178 on board in near-miss with private plane over Mallorca
The Independent
Monday 05 July 2027 13:15 BST

A charter jet carrying 178 passengers came within 0.8 nautical miles of a private business jet as it approached Palma de Mallorca airport on Saturday, according to Spanish news website El Confidencial.

The Aerolíneas Tramuntana Airbus A320, which was flying in from Düsseldorf, and a Cessna Citation that had taken off from Ibiza were separated by just 200ft vertically, the outlet reported, citing an incident report filed by the Airbus pilots that it had obtained.

The business jet's crew misunderstood a climb instruction and rose above their cleared altitude, according to the report. The Airbus's traffic collision avoidance system (TCAS) ordered the pilots to descend immediately.

"We were seconds away. When we saw the two labels overlapping on the screen, there was nothing left to do but wait for the manoeuvre," a Palma air traffic controller, who asked not to be named, told El Confidencial.

Spain's civil aviation accident investigation commission, CIAIAC, has opened an investigation, the website said. The airline said the crew had "acted in accordance with procedures" and that the flight landed normally.

Palma is one of Europe's busiest holiday airports, handling more than 1,000 flights a day at the height of summer, many of them carrying British and German holidaymakers.
""",
"03_fr.txt": """Majorque : un avion de ligne frôle un jet privé à l'approche de Palma
Le Point
5 juillet 2027 à 17h05

Frayeur dans le ciel des Baléares. Samedi en fin d'après-midi, un Airbus A320 de la compagnie charter Aerolíneas Tramuntana, avec 178 passagers à bord, s'est retrouvé à moins de 0,8 mille nautique – environ 1 500 mètres – d'un jet privé lors de son approche vers l'aéroport de Palma de Majorque, comme l'a révélé le site d'information espagnol El Confidencial.

L'écart vertical entre les deux appareils n'était que de 200 pieds, soit une soixantaine de mètres, d'après le rapport d'incident rédigé par les pilotes de l'Airbus et consulté par le média espagnol. L'équipage du jet, un Cessna Citation parti d'Ibiza, aurait mal compris une instruction de montée et dépassé l'altitude autorisée. Le système anticollision TCAS a alors ordonné à l'Airbus, en provenance de Düsseldorf, de descendre immédiatement.

« Il nous a manqué quelques secondes », confie sous couvert d'anonymat un contrôleur aérien de Palma cité par El Confidencial. Une enquête a été ouverte par la CIAIAC, l'organisme espagnol chargé des enquêtes sur les accidents aériens, précise le site.

La compagnie assure que l'équipage « a agi conformément aux procédures ». L'avion s'est posé sans encombre.
""",
}, [("El Confidencial", True)],
[("El Confidencial", "01_it.txt"), ("El Confidencial", "02_en.txt"), ("El Confidencial", "03_fr.txt")],
[("An Aerolíneas Tramuntana A320 with 178 passengers and a private Cessna Citation came within about 0.8 nautical miles and 200 feet of each other on approach to Palma.",
  ["00_es.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The Citation's crew misunderstood a climb instruction and climbed above its cleared level, and TCAS ordered the Airbus to descend.",
  ["00_es.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Spain's CIAIAC opened an investigation into the incident.",
  ["00_es.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 1)])

# t05: institution-published origin: the BEA's interim report published on its site; fr, it, ru, uk
# take it from the report ("selon le rapport d'étape publié … par le BEA" + "écrivent les auteurs du
# rapport" + "note le BEA"; "È quanto emerge dal rapporto preliminare pubblicato … dal Bea" + "si
# legge nel documento"; "говорится в промежуточном отчете Бюро … (BEA), опубликованном на сайте
# ведомства" + "отмечают в бюро"; "Про це йдеться у проміжному звіті французького Бюро …" + "Як
# зазначають слідчі BEA"); es takes it from Le Monde ("según publica el diario francés Le Monde a
# partir del informe provisional" + "De acuerdo con el rotativo parisino" + "detalla Le Monde"):
# edge from Le Monde (chain; Le Monde did no own reporting, so it is no origin).
story("t05_institution_bea_lyon", "institution", {
"00_fr.txt": """À l'approche de Lyon, un A321 d'Alizé Express est descendu à 125 mètres du sol à cause d'un mauvais calage altimétrique
Le Monde
15 juillet 2027 à 18h42

Un Airbus A321neo de la compagnie Alizé Express est descendu à 410 pieds (environ 125 mètres) au-dessus du sol, à plus de 4 milles nautiques de la piste et dans le brouillard, lors de son approche vers l'aéroport de Lyon-Saint-Exupéry, le 12 mars. C'est ce qui ressort du rapport d'étape publié jeudi 15 juillet par le Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile (BEA).

L'avion, qui assurait un vol en provenance de Porto avec 164 passagers et six membres d'équipage, a remis les gaz après le déclenchement de l'alarme de proximité du sol « TERRAIN, PULL UP ». Il s'est posé sans encombre une vingtaine de minutes plus tard.

Selon les enquêteurs, l'altimètre avait été calé sur la pression standard de 1013 hectopascals au lieu de la valeur locale, 993 hPa, communiquée par le contrôle. Cet écart de 20 hPa a conduit l'équipage à se croire environ 540 pieds plus haut qu'il ne l'était réellement. « L'équipage n'a pas détecté l'erreur lors de la vérification croisée prévue en descente », écrivent les auteurs du rapport.

Le BEA relève aussi que le message d'information automatique de l'aéroport (ATIS) avait été mis à jour quelques minutes plus tôt, et recommande à la compagnie de revoir ses procédures de briefing avant l'approche. Le rapport final est attendu au premier semestre 2028, note le BEA.
""",
"01_it.txt": """Lione, aereo a 125 metri da terra nella nebbia: l'altimetro era regolato male
la Repubblica
16 luglio 2027

Nella nebbia, a più di quattro miglia nautiche dalla pista, un Airbus A321neo della compagnia francese Alizé Express è sceso fino a 410 piedi, circa 125 metri, dal suolo durante l'avvicinamento all'aeroporto di Lione-Saint-Exupéry. È quanto emerge dal rapporto preliminare pubblicato giovedì dal Bea, l'ente francese che indaga sugli incidenti dell'aviazione civile.

L'episodio risale al 12 marzo. A bordo del volo da Porto c'erano 164 passeggeri e sei membri dell'equipaggio. L'allarme di prossimità del suolo «TERRAIN, PULL UP» ha spinto i piloti a riattaccare; l'atterraggio è avvenuto senza problemi una ventina di minuti dopo.

Secondo gli investigatori francesi, l'altimetro era stato regolato sulla pressione standard di 1013 ettopascal anziché sul valore locale di 993. Una differenza che ha fatto credere all'equipaggio di trovarsi circa 540 piedi più in alto del reale. «L'equipaggio non ha rilevato l'errore durante il controllo incrociato previsto in discesa», si legge nel documento.

Il Bea raccomanda alla compagnia di rivedere le procedure di briefing prima dell'avvicinamento. La relazione finale è attesa nel 2028.
""",
"02_ru.txt": """Французский A321 в тумане снизился до 125 метров над землей из-за неверно выставленного высотомера
Известия
16 июля 2027, 09:14

Пассажирский Airbus A321neo французской авиакомпании Alizé Express при заходе на посадку в аэропорт Лиона в тумане снизился до высоты около 125 м (410 футов) над землей более чем в четырех морских милях от полосы. Об этом говорится в промежуточном отчете Бюро расследований и анализа безопасности гражданской авиации Франции (BEA), опубликованном в четверг на сайте ведомства.

Инцидент произошел 12 марта. Самолет выполнял рейс из Порту, на борту находились 164 пассажира и шесть членов экипажа. После срабатывания системы предупреждения о приближении к земле экипаж ушел на второй круг и через 20 минут благополучно приземлился.

Как установили в BEA, высотомер был выставлен на стандартное давление 1013 гПа вместо местного значения 993 гПа, которое сообщил диспетчер. Из-за этого пилоты считали, что самолет находится примерно на 540 футов выше, чем на самом деле. Ошибку экипаж не заметил и при перекрестной проверке на снижении, отмечают в бюро.

BEA рекомендовало перевозчику пересмотреть порядок предпосадочного брифинга. Окончательный отчет ожидается в 2028 году.
""",
"03_uk.txt": """Через неправильно виставлений висотомір літак у тумані опустився до 125 метрів над землею — звіт BEA
LIGA.net
2027-07-16 10:30

Airbus A321neo французької авіакомпанії Alizé Express під час заходу на посадку в аеропорт Ліона знизився в тумані до висоти близько 125 метрів над землею, перебуваючи більш ніж за чотири морські милі від злітно-посадкової смуги. Про це йдеться у проміжному звіті французького Бюро розслідувань та аналізу з безпеки цивільної авіації (BEA), оприлюдненому в четвер.

Інцидент стався 12 березня під час рейсу з Порту. На борту перебували 164 пасажири та шестеро членів екіпажу. Після сигналу системи попередження про наближення до землі пілоти пішли на друге коло й за 20 хвилин благополучно приземлилися.

Висотомір було налаштовано на стандартний тиск 1013 гПа замість місцевих 993 гПа, тож пілоти вважали, що літак перебуває приблизно на 540 футів (165 метрів) вище, ніж насправді. Як зазначають слідчі BEA, екіпаж не помітив помилки під час перехресної перевірки на етапі зниження.

Бюро рекомендує авіакомпанії переглянути процедури передпосадкового брифінгу. Остаточний звіт очікується у 2028 році.
""",
"04_es.txt": """Un avión con 164 pasajeros bajó a 125 metros del suelo en plena niebla por un error con el altímetro
ABC
16/07/2027 12:05

Un Airbus A321neo de la aerolínea francesa Alizé Express descendió hasta 410 pies (unos 125 metros) sobre el terreno a más de cuatro millas náuticas de la pista durante su aproximación al aeropuerto de Lyon, en plena niebla, según publica el diario francés Le Monde a partir del informe provisional de los investigadores.

El incidente ocurrió el 12 de marzo en un vuelo procedente de Oporto con 164 pasajeros y seis tripulantes. La alarma de proximidad al terreno obligó a los pilotos a interrumpir la aproximación; el avión aterrizó sin problemas una veintena de minutos después.

De acuerdo con el rotativo parisino, el altímetro estaba calado en la presión estándar de 1.013 hectopascales en lugar de los 993 comunicados por el control, una diferencia que hizo creer a la tripulación que volaba unos 540 pies más alto de lo que realmente estaba.

Los investigadores recomiendan a la compañía revisar sus procedimientos de preparación de la aproximación, detalla Le Monde. El informe definitivo no se espera antes de 2028.
""",
}, [("BEA", False)],
[("BEA", "00_fr.txt"), ("BEA", "01_it.txt"), ("BEA", "02_ru.txt"), ("BEA", "03_uk.txt"), ("Le Monde", "04_es.txt")],
[("An Alizé Express A321neo descended to about 410 feet (125 m) above the ground in fog on approach to Lyon on 12 March and went around after a terrain warning.",
  ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_uk.txt", "04_es.txt"], 1),
 ("The altimeter was set to the standard 1013 hPa instead of the local 993 hPa, so the crew believed they were about 540 feet higher than they were.",
  ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_uk.txt", "04_es.txt"], 1),
 ("The investigators recommended that the airline review its approach briefing procedures.",
  ["00_fr.txt", "01_it.txt", "02_ru.txt", "03_uk.txt", "04_es.txt"], 1)])

# t06: a passenger's Instagram post (outside origin, a person) relayed directly by it and uk; Bild
# relays the post and adds its own confirmation from the airline ("Auf BILD-Anfrage bestätigte ein
# Skyvera-Sprecher" + "sagte der Sprecher zu BILD"): edge from the post + Bild is an in-corpus
# origin; the en article credits only Bild ("German newspaper Bild has reported" + "told the paper"
# + "Bild said"): one edge from Bild. it "ha raccontato su Instagram" + "Nel video pubblicato sul suo
# profilo" + "aggiunge nel post"; uk "Про це в Instagram написала" + "На відео, яке вона опублікувала"
# + "За словами дівчини".
story("t06_post_confirmation_engine_fire", "confirmation", {
"00_it.txt": """Fiamme dal motore dopo il decollo da Orio, l'aereo per Berlino torna indietro. Il video di una passeggera
L'Eco di Bergamo
24 luglio 2027, 08:15

«Ho visto le fiamme uscire dal motore sinistro e ho pensato che fosse finita». Così Martina Colasanti, 29 anni, ha raccontato su Instagram i minuti di paura vissuti venerdì sera a bordo di un Boeing 737-800 della compagnia low cost Skyvera, decollato dall'aeroporto di Orio al Serio e diretto a Berlino.

Nel video pubblicato sul suo profilo, una quarantina di secondi girati dal finestrino, si vedono lingue di fuoco e scintille uscire dal motore subito dopo il decollo. In sottofondo si sentono alcuni passeggeri gridare e un assistente di volo che invita tutti a restare seduti.

Secondo quanto scrive la giovane, originaria di Seriate, il comandante ha annunciato il rientro a Orio dopo pochi minuti e l'aereo è atterrato senza problemi circa 25 minuti dopo il decollo, con i mezzi dei vigili del fuoco schierati lungo la pista. «Un applauso infinito al pilota», aggiunge nel post, che in poche ore ha superato le 600 mila visualizzazioni.

A bordo, stando al racconto della passeggera, c'erano circa 180 persone. Nessuno è rimasto ferito. Ai viaggiatori, scrive ancora Colasanti, è stato promesso un volo sostitutivo per sabato mattina.
""",
"01_uk.txt": """В Італії з двигуна літака після злету вирвалося полум'я: пасажирка зняла відео
ТСН
24 липня 2027, 13:20

Пасажирка рейсу лоукостера Skyvera з італійського Бергамо до Берліна зняла на відео, як із двигуна Boeing 737-800 після злету вириваються язики полум'я. Про це в Instagram написала 29-річна італійка Мартіна Коласанті.

На відео, яке вона опублікувала в п'ятницю ввечері, видно іскри та вогонь із лівого двигуна, чути крики пасажирів. Бортпровідник просить усіх залишатися на місцях.

За словами дівчини, за кілька хвилин командир повідомив про повернення до аеропорту Оріо-аль-Серіо. Літак благополучно сів приблизно через 25 хвилин після злету, вздовж смуги чергували пожежні машини. «Нескінченні оплески пілотові», — написала Коласанті.

Ніхто не постраждав. На борту, за її словами, було близько 180 людей. Відео в Instagram уже зібрало понад 600 тисяч переглядів.

Аеропорт Оріо-аль-Серіо поблизу Бергамо — один із найзавантаженіших в Італії і важливий вузол для лоукост-перевізників, які літають звідти до десятків європейських міст.
""",
"02_de.txt": """Flammen-Drama über Bergamo! Berlin-Flieger muss umkehren
Bild
24.07.2027 - 16:48 Uhr

Horror-Minuten für rund 180 Passagiere! Kurz nach dem Start in Bergamo schlugen am Freitagabend Flammen aus dem linken Triebwerk einer Boeing 737-800 der Billig-Airline Skyvera. Ziel des Fliegers: Berlin (BER).

Passagierin Martina Colasanti (29) filmte die Szene aus dem Fenster und stellte das Video auf Instagram. Darin sind Funken und Feuerzungen zu sehen, Passagiere schreien. „Ich dachte, das war's“, schrieb die Italienerin dazu.

Auf BILD-Anfrage bestätigte ein Skyvera-Sprecher den Zwischenfall: „Kurz nach dem Start kam es im linken Triebwerk zu einem Verdichterpumpen, vermutlich nach einem Vogelschlag. Die Crew hat das Triebwerk gemäß den Verfahren abgeschaltet und ist sicher nach Bergamo zurückgekehrt.“ Das Flugzeug werde nun von Technikern untersucht, sagte der Sprecher zu BILD. Verletzt wurde niemand.

Rund 25 Minuten nach dem Start setzte die Maschine wieder in Bergamo auf, Feuerwehrfahrzeuge standen an der Piste bereit. Die Passagiere sollten laut Skyvera am Samstagvormittag mit einer Ersatzmaschine nach Berlin gebracht werden.
""",
"03_en.txt": """Flames seen shooting from engine of Berlin-bound jet after take-off in Italy
Sky News
Saturday 24 July 2027 19:30, UK

A budget airline jet heading from Bergamo in northern Italy to Berlin had to turn back shortly after take-off on Friday evening when flames shot out of one of its engines, German newspaper Bild has reported.

Footage filmed from a window seat by passenger Martina Colasanti and shared on Instagram shows sparks and tongues of fire coming from the left engine of the Skyvera Boeing 737-800, Bild said. Passengers can be heard screaming.

A Skyvera spokesperson told the paper that the engine had suffered a compressor stall, probably after a bird strike. "The crew shut down the engine in accordance with procedures and returned safely to Bergamo," the spokesperson was quoted as saying.

The aircraft, with around 180 people on board, landed about 25 minutes after take-off, with fire engines waiting beside the runway. No one was injured.

Compressor stalls can produce loud bangs and visible flames from the exhaust but are rarely dangerous in themselves, and pilots train to deal with them. Bird strikes are among the most common causes.
""",
}, [("Martina Colasanti", False), ("Bild", True)],
[("Martina Colasanti", "00_it.txt"), ("Martina Colasanti", "01_uk.txt"), ("Martina Colasanti", "02_de.txt"),
 ("Bild", "03_en.txt")],
[("Flames came from the left engine of a Skyvera Boeing 737-800 shortly after take-off from Bergamo for Berlin, and the plane returned and landed safely about 25 minutes later.",
  ["00_it.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 2),
 ("Passenger Martina Colasanti filmed the flames from her window and posted the video on Instagram.",
  ["00_it.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 2),
 ("Skyvera said the engine suffered a compressor stall, probably after a bird strike, and the crew shut it down.",
  ["02_de.txt", "03_en.txt"], 2)])

# t07: two independent in-corpus reports: Il Sole 24 Ore (two anonymous Aquilon managers, the CEO
# to the paper) and Handelsblatt (a supplier's letter it has seen, two people familiar, the
# supplier's spokesman to the paper). ru credits both ("Об этом сообщили итальянская деловая газета
# Il Sole 24 Ore и немецкая Handelsblatt" + "По данным Il Sole 24 Ore" + "Как пишет Handelsblatt"):
# two edges. fr (neither outlet nor date line) credits Handelsblatt only ("d'après le quotidien
# économique allemand Handelsblatt" + "précise le journal de Düsseldorf" + "citées par Handelsblatt"
# + "au quotidien").
story("t07_independent_a220_software", "independent", {
"00_it.txt": """Aquilon ferma sette A220: sotto accusa un aggiornamento software della pressurizzazione
Il Sole 24 Ore
19 agosto 2027, 07:10

La compagnia aerea Aquilon ha lasciato a terra sette dei suoi dodici Airbus A220 dopo che un aggiornamento software dei regolatori della pressione di cabina ha provocato due allarmi di depressurizzazione in volo nel giro di una settimana. Lo hanno riferito al Sole 24 Ore due manager della compagnia, che hanno chiesto l'anonimato perché non autorizzati a parlare con la stampa.

Il primo episodio risale al 9 agosto su un volo Roma-Bari, il secondo al 15 agosto tra Milano Linate e Lamezia Terme: in entrambi i casi sono scese le maschere dell'ossigeno e l'aereo ha effettuato una discesa rapida, atterrando poi regolarmente. Il software, fornito dalla tedesca Veltrona Avionics, era stato installato a fine luglio su sette aerei.

«Abbiamo deciso di fermare tutti gli aerei con la nuova versione finché il fornitore non ci darà garanzie», ha confermato al Sole 24 Ore l'amministratore delegato Federico Valsecchi. Da domenica Aquilon ha cancellato 86 voli e ha noleggiato due aerei con equipaggio da altri vettori per limitare i disagi.

Secondo uno dei manager, il ritorno alla versione precedente del software potrebbe richiedere fino a dieci giorni, perché ogni intervento deve essere certificato. Aquilon, con base a Roma Fiumicino, ha trasportato 3,1 milioni di passeggeri nel 2026.
""",
"01_de.txt": """Software-Panne: Bremer Zulieferer Veltrona ruft Airlines zum Rückschritt auf
Handelsblatt
19.08.2027, 11:30

Der Bremer Luftfahrtzulieferer Veltrona Avionics fordert Fluggesellschaften auf, ein Software-Update für seine Kabinendruckregler rückgängig zu machen. Das geht aus einem Schreiben an die Kunden hervor, das dem Handelsblatt vorliegt. Betroffen sind demnach 23 Betreiber von Jets des Typs Airbus A220.

Auslöser sind zwei Zwischenfälle beim italienischen Kunden Aquilon, bei denen in der Kabine unvermittelt der Druck abfiel und die Sauerstoffmasken herunterfielen. Die Airline hat nach Informationen des Handelsblatts sieben ihrer zwölf A220 am Boden gelassen. „Wir nehmen die Berichte sehr ernst und haben vorsorglich gehandelt“, sagte ein Veltrona-Sprecher dem Handelsblatt.

Nach Angaben von zwei mit dem Vorgang vertrauten Personen hatte ein Fehler in der Regelungslogik dazu geführt, dass sich die Auslassventile in bestimmten Steigflugphasen zu weit öffneten. Veltrona arbeite an einer korrigierten Version, die frühestens im Oktober zertifiziert werden könne.

Für das Unternehmen mit rund 1.400 Beschäftigten kommt die Panne zur Unzeit: Veltrona verhandelt derzeit über einen Großauftrag für eine neue Generation von Regionaljets.
""",
"02_ru.txt": """Итальянская Aquilon сняла с рейсов семь Airbus A220 из-за сбоя в ПО системы наддува
Ведомости
19 августа 2027, 15:45

Итальянская авиакомпания Aquilon отстранила от полетов семь из двенадцати самолетов Airbus A220 после двух случаев разгерметизации, вызванных обновлением программного обеспечения регуляторов давления в салоне. Об этом сообщили итальянская деловая газета Il Sole 24 Ore и немецкая Handelsblatt.

По данным Il Sole 24 Ore, инциденты произошли 9 и 15 августа на внутренних рейсах в Италии: в обоих случаях в салоне выпали кислородные маски, и экипажи выполнили экстренное снижение. Гендиректор Aquilon Федерико Вальсекки подтвердил газете, что все самолеты с новой версией ПО останутся на земле, пока поставщик не даст гарантий.

Разработчик ПО — бременская компания Veltrona Avionics. Как пишет Handelsblatt, она разослала клиентам письмо с рекомендацией откатить обновление, а исправленная версия может быть сертифицирована не раньше октября.

A220 — узкофюзеляжные самолеты вместимостью до 150 пассажиров — широко используются европейскими перевозчиками на внутренних и региональных маршрутах.
""",
"03_fr.txt": """Un logiciel défaillant cloue au sol des Airbus A220 de la compagnie italienne Aquilon

L'équipementier aéronautique allemand Veltrona Avionics a demandé à ses clients de désinstaller une mise à jour du logiciel de ses régulateurs de pression cabine, d'après le quotidien économique allemand Handelsblatt, qui a pu consulter le courrier adressé aux compagnies. Vingt-trois exploitants d'Airbus A220 seraient concernés.

Cette décision fait suite à deux incidents survenus chez la compagnie italienne Aquilon, au cours desquels la pression a chuté brutalement en cabine et les masques à oxygène sont tombés. Aquilon a immobilisé sept de ses douze A220, précise le journal de Düsseldorf.

Selon deux sources proches du dossier citées par Handelsblatt, une erreur dans la logique de régulation faisait s'ouvrir trop largement les vannes de sortie d'air lors de certaines phases de montée. Une version corrigée ne pourrait pas être certifiée avant octobre.

« Nous prenons ces signalements très au sérieux et avons agi par précaution », a déclaré un porte-parole de Veltrona au quotidien.
""",
}, [("Il Sole 24 Ore", True), ("Handelsblatt", True)],
[("Il Sole 24 Ore", "02_ru.txt"), ("Handelsblatt", "02_ru.txt"), ("Handelsblatt", "03_fr.txt")],
[("Aquilon grounded seven of its twelve Airbus A220s after two cabin-pressure incidents linked to a software update of the pressure controllers.",
  ["00_it.txt", "01_de.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("Veltrona Avionics asked 23 A220 operators in a letter to its customers to roll back the software update.",
  ["01_de.txt", "03_fr.txt"], 1),
 ("Aquilon has cancelled 86 flights since Sunday and chartered two aircraft with crews from other carriers.",
  ["00_it.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
            # an edge comes from an origin or from an in-corpus outlet that merely relayed it
            assert o in names or any(t.split("\n")[1] == o for t in arts.values()), (id, o)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        labels.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 131 (aviation safety; invented events, real media names); see README.md.",
                   "stories": labels}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
