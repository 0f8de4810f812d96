#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand173 set.

Topic: space agencies, satellites and rocket launches. Outlet names are real media; every event,
person, company, body, place, figure and quote is invented. Labels were fixed before any
evaluation and are not to be changed afterwards.
"""
import json, os, re, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# ---------------------------------------------------------------------------------------------
# s01: in-corpus scoop by Der Spiegel (confidential audit report "der dem SPIEGEL vorliegt" + two
# people familiar "sagten dem SPIEGEL"), relayed 3x: en "Der Spiegel reported … citing a confidential
# audit" + "the German news magazine said" + "told the Hamburg-based magazine" (background
# Handelsblatt 2025 = no edge); it "Lo rivela il settimanale Der Spiegel, che ha preso visione" +
# "Scrive il magazine di Amburgo" (background Financial Times = no edge); ru title "Der Spiegel
# узнал", "пишет … журнал «Шпигель» (Der Spiegel)" + "По данным «Шпигеля»" + "Собеседники журнала"
# + unanswered "РБК направил запрос".
story("s01_spiegel_boreas_audit", "scoop", {
"00_de.txt": """Prüfbericht: Erststart der Boreas-1 verzögert sich um mindestens anderthalb Jahre
Der Spiegel
05.03.2027, 16.12 Uhr

Der erste Flug der Kleinträgerrakete Boreas-1 des Ottersheimer Start-ups Helior Launch wird sich deutlich verspäten. Das geht aus einem vertraulichen Prüfbericht der Deutschen Trägerförderstelle (DTF) hervor, der dem SPIEGEL vorliegt. Demnach ist ein Start vor Ende 2028 „nicht realistisch"; bislang hatte das Unternehmen den Sommer 2027 genannt.

Die Prüfer der Förderstelle, die das Projekt mit öffentlichen Mitteln unterstützt, listen auf 64 Seiten Probleme auf: Die Oberstufe habe bei Tests im vergangenen Herbst dreimal zu früh abgeschaltet, die Zulieferung der Treibstofftanks aus Italien hänge um Monate hinterher. Die Entwicklungskosten seien von geplanten 310 auf voraussichtlich 470 Millionen Euro gestiegen.

Im Aufsichtsrat wächst offenbar der Unmut. Zwei mit den Vorgängen vertraute Personen sagten dem SPIEGEL, das Gremium habe Ende Februar in einer Sondersitzung über die Ablösung von Firmenchef Tobias Wernecke beraten. Eine Entscheidung sei noch nicht gefallen. „Man hat ihm bis Ostern Zeit gegeben, einen glaubwürdigen Plan vorzulegen", sagte einer der Insider.

Helior Launch wollte sich auf Anfrage nicht zu dem Bericht äußern. Ein Sprecher erklärte lediglich, man arbeite „mit Hochdruck" an der Qualifikation der Oberstufe. Die DTF verwies auf die Vertraulichkeit laufender Prüfverfahren.

Die Boreas-1 soll bis zu 900 Kilogramm in eine niedrige Erdumlaufbahn bringen und von einer schwimmenden Startplattform vor der Hallig Norderwarf abheben. Das Unternehmen hatte zuletzt 2025 rund 120 Millionen Euro bei Investoren eingesammelt.
""",
"01_en.txt": """German rocket startup's maiden launch slips to late 2028, Der Spiegel reports
The Guardian
Fri 5 Mar 2027 18.40 GMT

The first flight of Boreas-1, a small launcher being developed by the German startup Helior Launch, will not take place before the end of 2028, Der Spiegel reported on Friday, citing a confidential audit it had seen.

The audit by the Deutsche Trägerförderstelle (DTF), the federal body that has channelled public money into the project, found that the rocket's upper stage shut down prematurely three times during tests last autumn, the German news magazine said. Until now, Helior had been aiming for a first launch in summer 2027.

According to the report, development costs have climbed from a planned €310m to an expected €470m. Delays in the delivery of propellant tanks from an Italian supplier are also cited.

Two people familiar with the matter told the Hamburg-based magazine that Helior's supervisory board had discussed replacing the chief executive, Tobias Wernecke, at a special meeting in late February. No decision has been taken, they said.

Helior declined to comment on the report. The company raised about €120m from investors in 2025, as Handelsblatt reported at the time, and has promised to lift payloads of up to 900kg into low Earth orbit from a floating platform in the North Sea.
""",
"02_it.txt": """Il razzo tedesco Boreas-1 slitta di un anno e mezzo: lo scrive lo Spiegel
Corriere della Sera
5 marzo 2027 (modifica il 6 marzo 2027 | 08:15)

Il primo lancio del Boreas-1, il piccolo razzo della start-up tedesca Helior Launch, non avverrà prima della fine del 2028. Lo rivela il settimanale Der Spiegel, che ha preso visione di un rapporto riservato della Deutsche Trägerförderstelle, l'ente federale che finanzia il progetto.

Secondo il documento, lo stadio superiore del vettore si è spento in anticipo per tre volte durante le prove dell'autunno scorso, mentre la consegna dei serbatoi, prodotti da un fornitore italiano di cui il rapporto non fa il nome, accumula mesi di ritardo. Fino a oggi l'azienda aveva indicato l'estate 2027 come data del debutto.

Ma il problema non è solo tecnico. Scrive il magazine di Amburgo, citando due persone a conoscenza dei fatti, che il consiglio di sorveglianza di Helior ha discusso a fine febbraio, in una seduta straordinaria, la sostituzione dell'amministratore delegato Tobias Wernecke. «Gli è stato dato tempo fino a Pasqua», avrebbe detto una delle fonti.

La società non ha voluto commentare. Il Boreas-1 dovrebbe portare in orbita bassa carichi fino a 900 chili, partendo da una piattaforma galleggiante nel Mare del Nord.

Per i piccoli lanciatori europei è un'altra battuta d'arresto: già lo scorso anno il Financial Times aveva raccontato le difficoltà di finanziamento di diversi concorrenti di Helior.
""",
"03_ru.txt": """Der Spiegel узнал о переносе первого запуска немецкой ракеты Boreas-1 на конец 2028 года
РБК
05 мар 2027, 20:47

Первый запуск легкой ракеты-носителя Boreas-1 немецкой компании Helior Launch состоится не раньше конца 2028 года, пишет немецкий журнал «Шпигель» (Der Spiegel) со ссылкой на конфиденциальный отчет федерального ведомства DTF, которое финансирует проект. Ранее компания называла сроком первого полета лето 2027 года.

По данным «Шпигеля», в ходе испытаний прошлой осенью верхняя ступень ракеты трижды отключалась раньше времени. Стоимость разработки, как говорится в документе, выросла с запланированных €310 млн до ожидаемых €470 млн. Кроме того, задерживаются поставки топливных баков от итальянского подрядчика.

Собеседники журнала, знакомые с ситуацией, утверждают, что в конце февраля наблюдательный совет Helior Launch на внеочередном заседании обсуждал возможную отставку генерального директора Тобиаса Вернеке. Решение пока не принято.

РБК направил запрос в Helior Launch, на момент публикации ответ не получен. Журналу в компании отказались комментировать публикацию.

Boreas-1 рассчитана на выведение до 900 кг полезной нагрузки на низкую околоземную орбиту. Стартовать ракета должна с плавучей платформы в Северном море.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Der Spiegel", "02_it.txt"), ("Der Spiegel", "03_ru.txt")],
[("The first launch of Helior Launch's Boreas-1 rocket will not take place before the end of 2028.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Boreas-1 development costs rose from a planned 310 million to an expected 470 million euros.",
  ["00_de.txt", "01_en.txt", "03_ru.txt"], 1),
 ("Helior's supervisory board discussed replacing chief executive Tobias Wernecke at a special meeting in late February.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1)])

# ---------------------------------------------------------------------------------------------
# s02: a company's own published statement (Orbisur Satélites, "comunicado publicado en su página
# web") taken directly by es, it (ANSA wire "(ANSA) - MADRID, 09 MAR -", "Lo ha reso noto la stessa
# società in una nota"), en ("said in a statement on Tuesday"; background El Mundo = no edge), and
# once via the in-corpus El País (fr title "selon « El País »", "rapporte … le quotidien madrilène
# El País, qui cite un communiqué", "détaille le journal espagnol", "citée par El País").
story("s02_orbisur_satellite_statement", "statement", {
"00_es.txt": """Orbisur da por perdido su satélite Alcotán-2 tras el fallo de un panel solar
El País
Madrid - 09 mar 2027 - 12:35 CET

La operadora española Orbisur Satélites ha dado por perdido su satélite de comunicaciones Alcotán-2, lanzado en noviembre, después de que uno de sus dos paneles solares no llegara a desplegarse. Así lo ha informado este martes la compañía en un comunicado publicado en su página web, en el que explica que los intentos de recuperar el aparato "se han agotado".

Según el texto, los ingenieros de la empresa intentaron durante catorce semanas liberar el mecanismo de despliegue mediante maniobras de giro y calentamiento. Con un solo panel operativo, el satélite no genera energía suficiente para alimentar sus antenas, por lo que no podrá prestar servicio.

"Es un golpe duro para todo el equipo, pero la compañía está preparada para este tipo de contingencias", afirma en la nota su consejera delegada, Marta Ibarguren. Orbisur precisa que el Alcotán-2 estaba asegurado por 95 millones de euros y que ya ha iniciado los trámites con las aseguradoras.

La empresa, con sede en Villaseca del Jarama, anuncia además que ha encargado un sustituto, el Alcotán-3, cuyo lanzamiento prevé para 2029. Mientras tanto, los clientes del Alcotán-2 serán atendidos con capacidad alquilada a otros operadores.

El Alcotán-2 iba a dar cobertura de internet por satélite a zonas rurales de la Península y de Canarias. Su antecesor, el Alcotán-1, opera desde 2019 y seguirá en servicio al menos hasta 2031.
""",
"01_it.txt": """Spazio: Orbisur, perso il satellite spagnolo Alcotán-2
ANSA
09 marzo 2027 13:58

(ANSA) - MADRID, 09 MAR - L'operatore spagnolo Orbisur Satélites ha dichiarato perso il satellite per telecomunicazioni Alcotán-2, lanciato lo scorso novembre, dopo che uno dei due pannelli solari non si è aperto. Lo ha reso noto la stessa società in una nota diffusa oggi sul proprio sito.

Per quattordici settimane, si legge nel comunicato, i tecnici hanno tentato di sbloccare il meccanismo di apertura con manovre di rotazione e di riscaldamento, senza successo. Con un solo pannello funzionante il satellite non produce energia sufficiente per alimentare le antenne e non potrà quindi entrare in servizio.

"È un colpo duro per tutta la squadra, ma l'azienda è preparata a eventualità di questo tipo", ha dichiarato l'amministratrice delegata Marta Ibarguren, citata nella nota.

Orbisur annuncia di aver già ordinato un sostituto, l'Alcotán-3, il cui lancio è previsto nel 2029. Nel frattempo i clienti saranno serviti con capacità presa in affitto da altri operatori.

Il satellite avrebbe dovuto portare internet via satellite nelle aree rurali della Spagna continentale e delle Canarie. (ANSA).
""",
"02_en.txt": """Spanish operator writes off new broadband satellite after solar panel fails to open
The Independent
Tuesday 09 March 2027 14:20 GMT

A Spanish satellite operator has written off a broadband satellite it launched only four months ago after one of its two solar arrays failed to unfold.

Orbisur Satélites said in a statement on Tuesday that efforts to save Alcotán-2 had been "exhausted". Engineers spent 14 weeks trying to free the jammed deployment mechanism by spinning and heating the spacecraft, the company said, but with only one working panel the satellite cannot power its antennas.

"This is a hard blow for the whole team, but the company is prepared for contingencies of this kind," chief executive Marta Ibarguren said in the statement, which was published on the company's website.

The satellite was insured for €95m (£81m), and Orbisur said it had begun the claims process with its insurers. A replacement, Alcotán-3, has been ordered and is due to launch in 2029. In the meantime, customers will be served using capacity leased from other operators.

Alcotán-2 was meant to bring satellite internet to rural parts of mainland Spain and the Canary Islands. The company had already faced questions about its finances: the Spanish daily El Mundo reported last year that it had sought fresh funding from its shareholders.
""",
"03_fr.txt": """L'opérateur espagnol Orbisur perd son satellite Alcotán-2, selon « El País »
Le Monde
Publié le 09 mars 2027 à 17h12

Quatre mois après son lancement, le satellite de télécommunications Alcotán-2 est perdu. L'opérateur espagnol Orbisur Satélites a renoncé à sauver l'engin, dont l'un des deux panneaux solaires ne s'est jamais déployé, rapporte mardi le quotidien madrilène El País, qui cite un communiqué de l'entreprise.

Pendant quatorze semaines, les ingénieurs ont tenté de débloquer le mécanisme de déploiement en faisant tourner et chauffer le satellite, sans résultat, détaille le journal espagnol. Privé de la moitié de son alimentation électrique, l'appareil ne peut pas faire fonctionner ses antennes.

« C'est un coup dur pour toute l'équipe, mais l'entreprise est préparée à ce genre d'aléas », a déclaré la directrice générale, Marta Ibarguren, citée par El País. Le satellite était assuré à hauteur de 95 millions d'euros.

Toujours selon le quotidien, Orbisur a d'ores et déjà commandé un remplaçant, Alcotán-3, dont le lancement est prévu en 2029. En attendant, les clients seront servis grâce à des capacités louées à d'autres opérateurs.

Alcotán-2 devait fournir un accès à Internet aux zones rurales de l'Espagne continentale et des Canaries.
""",
}, [("Orbisur Satélites", False)],
[("Orbisur Satélites", "00_es.txt"), ("Orbisur Satélites", "01_it.txt"),
 ("Orbisur Satélites", "02_en.txt"), ("El País", "03_fr.txt")],
[("Orbisur Satélites declared its Alcotán-2 satellite lost after one of its two solar panels failed to deploy.",
  ["00_es.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Alcotán-2 was insured for 95 million euros.",
  ["00_es.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Orbisur has ordered a replacement, Alcotán-3, due to launch in 2029.",
  ["00_es.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 1)])

# ---------------------------------------------------------------------------------------------
# s03: own report by la Repubblica ("Il nostro inviato era al punto di osservazione", "ha detto a
# Repubblica"); es 20minutos = UNCREDITED close translation published the next morning (keeps
# "Nuestro enviado estaba", "ha contado a este periódico"); credited relays en ("La Repubblica has
# reported", "The Rome daily, whose reporter …", "told La Repubblica") and de without date line
# ("Das berichtet die italienische Tageszeitung La Repubblica", "sagte … dem Blatt"; background Ansa
# in January = no edge).
story("s03_repubblica_grifone_engine", "translation", {
"00_it.txt": """Sardegna, esplode il motore del razzo Grifone durante il test. «Nessun ferito»
la Repubblica
11 marzo 2027

CAPO RUVOLO – Il boato si è sentito fino al paese, a sei chilometri di distanza. Ieri pomeriggio, alle 15.42, il motore principale del razzo Grifone, sviluppato dalla start-up torinese Vettore Tirreno, è esploso sul banco di prova del poligono di Capo Ruvolo, quaranta secondi dopo l'accensione. Il test doveva durare 120 secondi. Il nostro inviato era al punto di osservazione riservato alla stampa, a due chilometri dal banco: prima una fiammata arancione, poi una nube nera che si è alzata per diversi minuti.

Nessuno è rimasto ferito. I dodici tecnici presenti si trovavano nel bunker di controllo, come previsto dalle procedure. «Abbiamo perso un motore, non abbiamo perso il progetto», ha detto a Repubblica l'amministratore delegato Lorenzo Marchisio, raggiunto subito dopo l'incidente davanti ai cancelli del poligono.

I danni al banco di prova sono stimati dall'azienda in circa sei milioni di euro. Secondo Marchisio, serviranno almeno cinque mesi per ricostruirlo. Il volo inaugurale del Grifone, previsto per la fine del 2027, slitta così al 2028.

Le cause sono ancora da chiarire. «Guarderemo i dati millisecondo per millisecondo», ha aggiunto Marchisio, che non esclude un problema alla turbopompa. In serata sono arrivati sul posto i vigili del fuoco e i carabinieri, che hanno delimitato l'area.

Vettore Tirreno ha raccolto finora 85 milioni di euro e conta 140 dipendenti. Il Grifone, alto 34 metri, è pensato per essere riutilizzato fino a dieci volte.
""",
"01_es.txt": """Explota el motor del cohete italiano Grifone durante una prueba en Cerdeña: "Ningún herido"
20minutos
12.03.2027 - 09:10h

El estruendo se oyó hasta en el pueblo, a seis kilómetros de distancia. El miércoles por la tarde, a las 15.42, el motor principal del cohete Grifone, desarrollado por la empresa emergente turinesa Vettore Tirreno, explotó en el banco de pruebas del polígono de Capo Ruvolo, en Cerdeña, cuarenta segundos después del encendido. La prueba debía durar 120 segundos. Nuestro enviado estaba en el punto de observación reservado a la prensa, a dos kilómetros del banco: primero una llamarada naranja, después una nube negra que se elevó durante varios minutos.

Nadie resultó herido. Los doce técnicos presentes se encontraban en el búnker de control, como prevén los procedimientos. "Hemos perdido un motor, no hemos perdido el proyecto", ha contado a este periódico el consejero delegado, Lorenzo Marchisio, abordado justo después del accidente frente a las puertas del polígono.

Los daños en el banco de pruebas son estimados por la empresa en unos seis millones de euros. Según Marchisio, harán falta al menos cinco meses para reconstruirlo. El vuelo inaugural del Grifone, previsto para finales de 2027, se retrasa así a 2028.

Las causas aún están por aclarar. "Vamos a mirar los datos milisegundo a milisegundo", ha añadido Marchisio, que no descarta un problema en la turbobomba. Por la noche llegaron al lugar los bomberos y los carabinieri, que acordonaron la zona.

Vettore Tirreno ha recaudado hasta ahora 85 millones de euros y cuenta con 140 empleados. El Grifone, de 34 metros de altura, está pensado para reutilizarse hasta diez veces.
""",
"02_en.txt": """Italian reusable rocket engine explodes on Sardinian test stand
The Times
March 11 2027, 5.00pm

The main engine of an Italian reusable rocket exploded 40 seconds into a ground test in Sardinia, delaying the vehicle's first flight by at least a year, La Repubblica has reported.

The Rome daily, whose reporter was watching from the press viewing area two kilometres away, said the engine of the Grifone rocket blew apart at 3.42pm on Wednesday during a firing that had been planned to last 120 seconds. Nobody was hurt; the 12 technicians on site were inside the control bunker.

"We have lost an engine, we have not lost the project," Lorenzo Marchisio, chief executive of the Turin-based start-up Vettore Tirreno, told La Repubblica outside the gates of the Capo Ruvolo test range.

The company estimates the damage to the test stand at about €6 million, according to the newspaper, and rebuilding it will take at least five months. The maiden flight, previously pencilled in for the end of 2027, has slipped to 2028.

Vettore Tirreno is one of a handful of European companies trying to build reusable launchers and has raised €85 million so far. Marchisio said a turbopump fault could not be ruled out.
""",
"03_de.txt": """Italienisches Raketentriebwerk bei Test auf Sardinien explodiert
Süddeutsche Zeitung

Rückschlag für die europäische Raumfahrt-Start-up-Szene: Auf einem Testgelände auf Sardinien ist das Haupttriebwerk der wiederverwendbaren Rakete Grifone explodiert. Das berichtet die italienische Tageszeitung La Repubblica, deren Reporter den Test aus der Nähe verfolgte.

Demnach flog das Triebwerk am Mittwochnachmittag nach rund 40 Sekunden auseinander; geplant war ein Brennlauf von 120 Sekunden. Verletzt wurde niemand, die zwölf anwesenden Techniker hielten sich im Kontrollbunker auf.

„Wir haben ein Triebwerk verloren, nicht das Projekt", sagte Lorenzo Marchisio, Chef des Turiner Herstellers Vettore Tirreno, dem Blatt. Die Ursache sei noch unklar, möglicherweise habe die Turbopumpe versagt.

Der Erstflug der 34 Meter hohen Rakete, bislang für Ende 2027 geplant, verschiebt sich laut La Repubblica auf 2028. Der Teststand muss neu aufgebaut werden, was mindestens fünf Monate dauern soll.

Vettore Tirreno gehört zu den jungen Firmen, die mit wiederverwendbaren Trägern den etablierten Anbietern Konkurrenz machen wollen. Im Januar hatte die Nachrichtenagentur Ansa gemeldet, das Unternehmen habe eine Startgenehmigung für Ende 2027 beantragt.
""",
}, [("la Repubblica", True)],
[("la Repubblica", "01_es.txt"), ("la Repubblica", "02_en.txt"), ("la Repubblica", "03_de.txt")],
[("The main engine of Vettore Tirreno's Grifone rocket exploded about 40 seconds into a planned 120-second test firing at Capo Ruvolo; nobody was hurt.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1),
 ("The Grifone maiden flight slips from the end of 2027 to 2028.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1),
 ("The company estimates the damage to the test stand at about 6 million euros.",
  ["00_it.txt", "01_es.txt", "02_en.txt"], 1)])

# ---------------------------------------------------------------------------------------------
# s04: chain NV -> Der Standard -> it, ru. NV own ("Кореспондент NV побував", "розповіла NV";
# background Економічна правда 2025 = no edge); de credits NV ("Wie das ukrainische
# Nachrichtenportal NV berichtet", "Ein Reporter des Portals", "gegenüber NV"); it credits Der
# Standard and names NV ("Lo riferisce il quotidiano austriaco Der Standard, che a sua volta cita
# il portale … NV", "scrive il giornale viennese", "riportato dallo Standard"; background RSI =
# no edge); ru credits only Der Standard (title suffix "— Der Standard", "сообщает австрийская
# газета Der Standard", "По данным венского издания", "приводит Der Standard слова").
story("s04_nv_lastivka_chain", "chain", {
"00_uk.txt": """Полтавський мікросупутник «Ластівка-1» полетить у космос у червні
NV
22 березня 2027, 10:15

Мікросупутник дистанційного зондування Землі «Ластівка-1», зібраний полтавською компанією «Обрій-Сат», полетить на орбіту в червні. Його виведуть у межах спільної місії норвезької компанії Fjordlaunch з космодрому на острові Скарвеє. Кореспондент NV побував у чистій кімнаті підприємства, де апарат проходить останні випробування.

Супутник розміром із мікрохвильову піч важить 48 кілограмів. Він зможе знімати земну поверхню з роздільною здатністю 1,5 метра. «Ми перевірили кожен вузол тричі. Зараз чекаємо лише на транспортування до Норвегії», — розповіла NV директорка «Обрій-Сату» Олена Гуцало.

За її словами, створення супутника коштувало 2,3 млн доларів. Майже всю суму надав благодійний фонд «Небесна варта», решту — приватні інвестори. Державних коштів у проєкті немає.

Знімки з «Ластівки-1» планують передавати аграріям і службам, які займаються розмінуванням. У компанії сподіваються, що другий апарат буде готовий до 2029 року.

Про підготовку проєкту у 2025 році писала «Економічна правда»: тоді компанія лише шукала партнера для запуску і вела переговори з кількома європейськими операторами.
""",
"01_de.txt": """Ukrainischer Mikrosatellit soll im Juni ins All starten
Der Standard
22. März 2027, 15:48

Ein in der Ukraine gebauter Erdbeobachtungssatellit soll im Juni ins All starten. Wie das ukrainische Nachrichtenportal NV berichtet, wird der 48 Kilogramm schwere Mikrosatellit „Lastiwka-1" im Rahmen einer Sammelmission des norwegischen Unternehmens Fjordlaunch von der Insel Skarvøya aus in die Umlaufbahn gebracht.

Gebaut wurde der Satellit von der Firma Obrij-Sat aus Poltawa. Ein Reporter des Portals durfte den Reinraum besichtigen, in dem der Satellit derzeit die letzten Tests durchläuft. „Wir haben jedes Bauteil dreimal geprüft", sagte Direktorin Olena Huzalo gegenüber NV.

Die Entwicklung hat laut dem Bericht 2,3 Millionen Dollar gekostet. Den Großteil finanzierte die Stiftung „Nebesna Warta", der Rest kam von privaten Investoren; staatliches Geld floss keines.

Die Aufnahmen sollen Landwirten und Entminungsdiensten zur Verfügung gestellt werden, die große Flächen im Osten und Süden des Landes überprüfen müssen. Ein zweiter Satellit soll bis 2029 folgen, heißt es in dem Artikel.

Für die ukrainische Raumfahrtbranche, die früher vor allem Trägerraketen und Triebwerke lieferte, wäre es einer der ersten Satelliten aus privater Hand. In Österreich arbeiten derzeit zwei Universitäten an ähnlichen Kleinsatelliten.
""",
"02_it.txt": """Un microsatellite ucraino in orbita a giugno
Corriere del Ticino
23.03.2027 06:30

Partirà a giugno dalla Norvegia il microsatellite ucraino Lastivka-1 («Rondine»), 48 chili di peso, costruito a Poltava dall'azienda Obriy-Sat. Lo riferisce il quotidiano austriaco Der Standard, che a sua volta cita il portale d'informazione ucraino NV.

Il satellite, scrive il giornale viennese, verrà portato in orbita nell'ambito di una missione condivisa della società norvegese Fjordlaunch, con partenza dall'isola di Skarvøya. Il costo complessivo è stato di 2,3 milioni di dollari, coperti in gran parte dalla fondazione benefica Nebesna Varta e per il resto da investitori privati.

«Abbiamo controllato ogni componente tre volte», ha dichiarato la direttrice Olena Hutsalo, secondo quanto riportato dallo Standard.

Le immagini, con una risoluzione di un metro e mezzo, serviranno soprattutto agli agricoltori e alle squadre di sminamento. Un secondo esemplare è atteso entro il 2029.

Anche in Svizzera cresce l'interesse per i piccoli satelliti: l'anno scorso la RSI aveva dedicato un servizio alle start-up spaziali della regione.
""",
"03_ru.txt": """Украинская компания запустит свой первый спутник в июне — Der Standard
Медуза
23 марта 2027, 11:02

Полтавская компания «Обрий-Сат» в июне выведет на орбиту свой первый микроспутник дистанционного зондирования Земли «Ластивка-1». Об этом сообщает австрийская газета Der Standard.

По данным венского издания, аппарат массой 48 килограммов полетит в рамках совместной миссии норвежской компании Fjordlaunch с космодрома на острове Скарвёйа. Съемку он будет вести с разрешением 1,5 метра; снимки собираются передавать аграриям и саперам.

Создание спутника, как пишет газета, обошлось примерно в 2,3 миллиона долларов. Деньги в основном выделил благотворительный фонд «Небесна варта», остальное вложили частные инвесторы.

«Мы проверили каждый узел трижды», — приводит Der Standard слова директора компании Елены Гуцало. Второй спутник, по ее словам, может быть готов к 2029 году. Государственных денег в проекте нет, подчеркивает газета.

Ранее украинские СМИ писали, что компания несколько лет искала партнера для запуска и вела переговоры с несколькими европейскими операторами. Украинская космическая отрасль до войны специализировалась в основном на ракетах-носителях и двигателях, а собственных частных спутников в стране почти не было.
""",
}, [("NV", True)],
[("NV", "01_de.txt"), ("Der Standard", "02_it.txt"), ("Der Standard", "03_ru.txt")],
[("The Lastivka-1 microsatellite built by Obriy-Sat will be launched in June on a Fjordlaunch rideshare mission from Skarvøya.",
  ["00_uk.txt", "01_de.txt", "02_it.txt", "03_ru.txt"], 1),
 ("The satellite cost 2.3 million dollars, most of it paid by the charitable fund Nebesna Varta.",
  ["00_uk.txt", "01_de.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Lastivka-1 will image the ground with a resolution of 1.5 metres.",
  ["00_uk.txt", "02_it.txt", "03_ru.txt"], 1)])

# ---------------------------------------------------------------------------------------------
# s05: own scoop by Les Echos ("Selon nos informations", "document interne consulté par « Les
# Echos »", anonymous cadre); de Handelsblatt relays it ("wie die Wirtschaftszeitung „Les Echos" am
# Mittwoch zuerst berichtete") AND adds its own confirmation ("Auf Anfrage des Handelsblatts
# bestätigte ein Célestys-Sprecher", "gegenüber unserer Redaktion") = two roots; it relays with an
# unanswered request ("Il Sole 24 Ore ha chiesto un commento …, che non ha risposto" = no own
# reporting); es credits both ("según adelantó … Les Echos" + "La compañía ha confirmado los planes
# al periódico alemán Handelsblatt", "al rotativo de Düsseldorf") = two edges.
story("s05_lesechos_celestys_jobs", "confirmation", {
"00_fr.txt": """Satellites : Célestys prépare la suppression de 420 postes dans son usine historique
Les Echos
Publié le 17 mars 2027 à 07:01

Le fabricant de satellites Célestys s'apprête à tailler dans ses effectifs. Selon nos informations, la direction prévoit de supprimer 420 postes sur les 1.900 que compte son site historique de Saint-Jory-d'Olt, dans le Sud-Ouest. Le plan doit être présenté aux élus du comité social et économique (CSE) le 24 mars, d'après un document interne consulté par « Les Echos ».

En cause, l'effondrement des commandes de gros satellites géostationnaires de télécommunications, qui représentaient encore les deux tiers du chiffre d'affaires du groupe il y a cinq ans. Célestys n'en a signé que deux en 2026, contre neuf en 2025, selon le même document.

« La direction parle d'adaptation, mais c'est un plan social qui ne dit pas son nom », confie un cadre de l'entreprise, sous couvert d'anonymat. Deux autres sources internes confirment que les services d'intégration et d'essais seront les plus touchés.

Sollicitée, la direction de Célestys n'a pas souhaité commenter « des rumeurs ». Le groupe, détenu majoritairement par le fonds Arcatane Capital, mise désormais sur les constellations de petits satellites en orbite basse, un marché où la concurrence est vive.

Les syndicats ont déjà prévu un rassemblement devant l'usine le jour de la réunion du CSE.
""",
"01_de.txt": """Satellitenbauer Célestys will 420 Stellen in Frankreich streichen
Handelsblatt
18.03.2027 - 10:24 Uhr

Der französische Satellitenhersteller Célestys plant einen deutlichen Stellenabbau. 420 der rund 1900 Arbeitsplätze in seinem Stammwerk Saint-Jory-d'Olt im Südwesten Frankreichs sollen wegfallen, wie die Pariser Wirtschaftszeitung „Les Echos" am Mittwoch zuerst berichtete.

Auf Anfrage des Handelsblatts bestätigte ein Célestys-Sprecher am Donnerstag die Pläne. „Wir müssen unsere Kapazitäten an die veränderte Nachfrage anpassen", sagte er. Der deutsche Standort im bayerischen Tannried mit 260 Beschäftigten sei von dem Abbau nicht betroffen, versicherte der Sprecher gegenüber unserer Redaktion.

Hintergrund ist der Einbruch bei den Aufträgen für große geostationäre Kommunikationssatelliten. Laut „Les Echos" hat das Unternehmen 2026 nur noch zwei solcher Satelliten verkauft, nach neun im Jahr davor. Célestys will sich künftig stärker auf Konstellationen kleiner Satelliten im niedrigen Orbit konzentrieren.

Célestys gehört mehrheitlich dem Finanzinvestor Arcatane Capital. In Deutschland beliefert das Unternehmen vor allem Betreiber von Erdbeobachtungssystemen; das Werk in Tannried war erst 2024 um eine zweite Reinraumhalle erweitert worden.

Die Branche steht insgesamt unter Druck. Erst im Januar hatte die Nachrichtenagentur Reuters über Sparprogramme bei mehreren europäischen Zulieferern berichtet.
""",
"02_it.txt": """Satelliti, Célestys verso 420 esuberi in Francia
Il Sole 24 Ore
17 marzo 2027

Il costruttore francese di satelliti Célestys si prepara a tagliare 420 posti di lavoro nello stabilimento di Saint-Jory-d'Olt, nel sud-ovest della Francia, su un totale di circa 1.900 dipendenti. È quanto riporta il quotidiano economico Les Echos, secondo cui il piano sarà presentato ai rappresentanti dei lavoratori il 24 marzo.

Alla base della decisione, scrive il giornale parigino citando un documento interno, c'è il crollo degli ordini di grandi satelliti geostazionari per telecomunicazioni: appena due nel 2026, contro i nove dell'anno precedente. Secondo fonti interne sentite dalla testata francese, i reparti più colpiti saranno quelli di integrazione e collaudo.

Il Sole 24 Ore ha chiesto un commento a Célestys, che non ha risposto. Con Les Echos la direzione si era limitata a parlare di «voci».

La crisi del segmento geostazionario pesa anche sulla filiera italiana: diverse aziende del nostro Paese lavorano come subfornitori per il gruppo transalpino. Célestys, controllata dal fondo Arcatane Capital, punta ora sulle costellazioni in orbita bassa.
""",
"03_es.txt": """Célestys recortará 420 empleos en Francia por el desplome de pedidos
Expansión
18/03/2027 13:40

El fabricante francés de satélites Célestys eliminará 420 puestos de trabajo en su planta de Saint-Jory-d'Olt, en el suroeste de Francia, según adelantó el miércoles el diario económico Les Echos. La compañía ha confirmado los planes al periódico alemán Handelsblatt.

"Tenemos que adaptar nuestra capacidad a la nueva demanda", declaró un portavoz de la empresa al rotativo de Düsseldorf, que añade que la filial alemana de Tannried, con 260 trabajadores, no se verá afectada.

La planta francesa emplea a unas 1.900 personas. El ajuste responde a la caída de los encargos de grandes satélites geoestacionarios de telecomunicaciones, el negocio tradicional del grupo, que ahora quiere centrarse en constelaciones de pequeños satélites en órbita baja.

Célestys está controlada por el fondo Arcatane Capital. En España la compañía no tiene plantas propias, aunque trabaja con varios proveedores del sector, que siguen con preocupación la evolución de su principal cliente europeo.
""",
}, [("Les Echos", True), ("Handelsblatt", True)],
[("Les Echos", "01_de.txt"), ("Les Echos", "02_it.txt"), ("Les Echos", "03_es.txt"),
 ("Handelsblatt", "03_es.txt")],
[("Célestys plans to cut 420 of about 1,900 jobs at its Saint-Jory-d'Olt plant.",
  ["00_fr.txt", "01_de.txt", "02_it.txt", "03_es.txt"], 2),
 ("The plan is to be presented to the works council on 24 March.",
  ["00_fr.txt", "02_it.txt"], 1),
 ("Célestys signed only two geostationary satellite orders in 2026, after nine in 2025.",
  ["00_fr.txt", "01_de.txt", "02_it.txt"], 2)])

# ---------------------------------------------------------------------------------------------
# s06: a person's own Telegram post (Arkady Sviridov, head of NPO Polyarny Luch) taken directly by
# ru Interfax wire ("Москва. 14 апреля. INTERFAX.RU - … сообщил … в своем Telegram-канале"; background
# "Ранее ТАСС сообщал" = no edge), uk ("написав у своєму Telegram-каналі"), en ("wrote on his Telegram
# channel"; background RIA Novosti = no edge), fr ("a annoncé … sur sa chaîne Telegram") and es
# WITHOUT outlet line ("según ha escrito … en su canal de Telegram").
story("s06_sviridov_telegram_spolokh", "social_post", {
"00_ru.txt": """Первый пуск ракеты «Сполох-2» завершился аварией — глава «Полярного луча»
Интерфакс
14 апреля 2027 10:32

Москва. 14 апреля. INTERFAX.RU - Первый пуск легкой ракеты-носителя «Сполох-2» частной компании НПО «Полярный луч» завершился аварией: вторая ступень не запустилась, сообщил генеральный директор компании Аркадий Свиридов в своем Telegram-канале.

"Вторая ступень не включилась, ракета упала в безлюдном районе тундры в 40 километрах от старта. Пострадавших нет. Это больно, но это не конец", - написал он.

По словам Свиридова, пуск состоялся в среду в 06:15 по местному времени с полигона «Тундровый» под Кежемском. Первая ступень отработала штатно. Ракета несла два студенческих кубсата, созданных в Приполярном техническом университете.

Глава компании добавил, что второй экземпляр ракеты будет готов к осени, а причины аварии установит специальная комиссия.

Ранее ТАСС сообщал, что первый пуск «Сполоха-2» планировался на декабрь 2026 года, однако был перенесен из-за погодных условий. Ракета рассчитана на выведение до 300 кг полезной нагрузки на низкую околоземную орбиту.

НПО «Полярный луч» основано в 2019 году и стало одной из немногих частных компаний в отрасли, получивших лицензию на космическую деятельность. Проект финансируется за счет средств частных инвесторов, их имена компания не раскрывает.
""",
"01_uk.txt": """У Росії приватна ракета «Сполох-2» впала під час першого запуску
РБК-Україна
Середа 14 квітня 2027 12:05

Перший запуск російської легкої ракети-носія «Сполох-2» закінчився аварією. Про це в середу написав у своєму Telegram-каналі генеральний директор компанії-розробника НПО «Полярний промінь» Аркадій Свиридов.

За його словами, другий ступінь ракети не увімкнувся, і вона впала в безлюдній місцевості в тундрі за 40 кілометрів від місця старту. Постраждалих немає.

«Це боляче, але це не кінець», — написав Свиридов. Він уточнив, що ракета несла два студентські кубсати, створені в Приполярному технічному університеті.

Запуск відбувся в середу о 06:15 за місцевим часом з полігону «Тундровий» поблизу Кежемська. Перший ступінь, як зазначив очільник компанії, відпрацював штатно. Причини аварії з'ясовуватиме спеціальна комісія. «Сполох-2» розрахований на виведення на низьку орбіту до 300 кілограмів корисного навантаження.

Як писали російські ЗМІ, «Полярний промінь» заснували у 2019 році. Компанія позиціонує себе як конкурента державних підприємств у сегменті легких ракет, проте досі не здійснила жодного успішного запуску. Через міжнародні санкції російським приватним розробникам дедалі важче купувати електроніку та композитні матеріали для своїх ракет.
""",
"02_en.txt": """Russian private rocket fails on debut launch, CEO says
The Moscow Times
April 14, 2027

A light rocket built by the Russian private space company Polyarny Luch crashed in the tundra after its second stage failed to ignite on its maiden flight, the firm's chief executive said Wednesday.

"The second stage did not switch on, the rocket came down in an uninhabited area of tundra 40 kilometers from the pad. Nobody was hurt. It hurts, but this is not the end," Arkady Sviridov wrote on his Telegram channel.

The Spolokh-2 lifted off at 6:15 a.m. local time from the Tundrovy test range near the town of Kezhemsk, Sviridov said. The first stage performed normally.

In the same post, Sviridov said a second rocket would be ready by the autumn and that a commission would investigate the cause of the failure.

Polyarny Luch, founded in 2019, is one of a handful of private launch firms in Russia, where the space industry is dominated by state-owned enterprises. The state news agency RIA Novosti reported last year that the company had received a launch license after two years of delays.
""",
"03_fr.txt": """Russie : la fusée privée Spolokh-2 s'écrase lors de son premier vol
Libération
publié le 14 avril 2027 à 15h48

Échec pour le premier vol de Spolokh-2. La petite fusée de l'entreprise privée russe Polyarny Loutch (« Rayon polaire ») s'est écrasée mercredi dans la toundra après que son deuxième étage ne s'est pas allumé, a annoncé son directeur général, Arkadi Sviridov, sur sa chaîne Telegram.

« C'est douloureux, mais ce n'est pas la fin », a écrit le patron de l'entreprise, précisant que l'engin était retombé dans une zone inhabitée, à 40 kilomètres du pas de tir, sans faire de victimes.

La fusée emportait deux petits satellites de type CubeSat conçus par des étudiants de l'Université technique subpolaire. Le lancement a eu lieu depuis le polygone de Toundrovy, près de la ville de Kejemsk.

Fondée en 2019, Polyarny Loutch fait partie des rares sociétés privées à tenter de percer dans un secteur spatial russe dominé par l'État. Une commission a été chargée d'établir les causes de l'accident.
""",
"04_es.txt": """Falla el primer lanzamiento del cohete privado ruso Spolój-2
14 de abril de 2027, 17:20

El primer lanzamiento del cohete ligero ruso Spolój-2, desarrollado por la empresa privada Polyarni Luch, ha terminado en fracaso. La segunda etapa no llegó a encenderse y el vehículo cayó en una zona deshabitada de la tundra, según ha escrito este miércoles en su canal de Telegram el director general de la compañía, Arkadi Svirídov.

"Duele, pero esto no es el final", señaló el directivo en su mensaje, en el que precisó que no hubo heridos y que el cohete se estrelló a 40 kilómetros de la plataforma de lanzamiento, situada en el polígono de Tundrovi, cerca de Kezhemsk.

Svirídov aseguró que un segundo ejemplar del cohete estará listo en otoño y que una comisión investigará las causas del accidente. La primera etapa funcionó con normalidad, según su relato.

El Spolój-2 está diseñado para poner en órbita baja cargas de hasta 300 kilos. La compañía, fundada en 2019, es una de las pocas firmas privadas que intentan abrirse paso en el sector espacial ruso, dominado por empresas estatales.
""",
}, [("Arkady Sviridov", False)],
[("Arkady Sviridov", "00_ru.txt"), ("Arkady Sviridov", "01_uk.txt"), ("Arkady Sviridov", "02_en.txt"),
 ("Arkady Sviridov", "03_fr.txt"), ("Arkady Sviridov", "04_es.txt")],
[("The first launch of Polyarny Luch's Spolokh-2 rocket failed when the second stage did not ignite; the rocket fell in the tundra 40 km from the pad.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt", "04_es.txt"], 1),
 ("The rocket carried two student cubesats.",
  ["00_ru.txt", "01_uk.txt", "03_fr.txt"], 1),
 ("A second Spolokh-2 rocket will be ready by autumn.",
  ["00_ru.txt", "02_en.txt", "04_es.txt"], 1)])

# ---------------------------------------------------------------------------------------------
# s07: two independent roots. BBC News own report ("BBC Scotland's science correspondent watched",
# "told the BBC"; background Press and Journal 2025 = no edge); AFP outside the corpus, taken by Le
# Figaro as a wire dispatch ("CARRACHAN (Royaume-Uni) (AFP) -", "a déclaré à l'AFP") and by uk
# Suspilne (title suffix "— AFP", "повідомляє агентство Франс Прес (AFP)", "За інформацією
# агентства"; background "Раніше Бі-Бі-Сі повідомляла" = no edge); es credits both ("según
# informaron la agencia France-Presse y la cadena pública británica BBC"); ru RIA Novosti wire
# dateline ("ЛОНДОН, 4 мая — РИА Новости.") relays the BBC ("передает Би-би-си", "британская
# телерадиокорпорация", "сказала телеканалу").
story("s07_skua_bbc_afp", "two_roots", {
"00_en.txt": """Skua-1: Scottish rocket reaches orbit on first attempt
BBC News
4 May 2027

A rocket launched from the north coast of Scotland has reached orbit on its first attempt, placing a small weather satellite into space.

The Skua-1, built by the Highland company Caledon Orbital, lifted off from Carrachan spaceport at 05:48 BST on Tuesday. BBC Scotland's science correspondent watched the launch from a hillside about three miles away, where about 2,000 people had gathered through the night despite low cloud and drizzle.

About ten minutes after lift-off, the company confirmed that the 90kg satellite, Haar-1, had separated from the upper stage. "Every single milestone went exactly as planned - I'm still shaking," Caledon's chief executive Fiona Laird told the BBC shortly afterwards.

Haar-1 will collect atmospheric data for the Northern Isles Weather Trust, a charity that runs weather stations on remote islands.

The launch came after years of delays. Caledon's licence application was held up in 2025 by an environmental appeal, as the Press and Journal reported at the time.

Local residents had mixed feelings. "It's good for jobs, but we'll see how we feel after the tenth one," said crofter Ewan MacRitchie, who watched from his garden.
""",
"01_fr.txt": """Écosse : la fusée Skua-1 atteint l'orbite dès son premier vol
Le Figaro
Le 04/05/2027 à 11:26

CARRACHAN (Royaume-Uni) (AFP) - Une fusée lancée depuis le nord de l'Écosse a atteint l'orbite mardi dès sa première tentative et y a placé un petit satellite météorologique, ont indiqué ses responsables à l'AFP.

La Skua-1, de l'entreprise écossaise Caledon Orbital, a décollé à 05H48 heure locale (04H48 GMT) du port spatial de Carrachan. Le satellite Haar-1, d'une masse de 90 kilos, s'est séparé de l'étage supérieur une dizaine de minutes plus tard.

« Nous avons prouvé qu'on peut atteindre l'orbite depuis l'Écosse », a déclaré à l'AFP la directrice générale de Caledon Orbital, Fiona Laird. L'entreprise prévoit six lancements en 2028, a-t-elle ajouté.

Le satellite collectera des données atmosphériques pour le Northern Isles Weather Trust, une association qui gère des stations météo sur des îles isolées.

Caledon Orbital, qui emploie 230 personnes, espère attirer des clients européens à la recherche d'alternatives aux grands lanceurs. Le lancement avait été repoussé à plusieurs reprises depuis 2025.
""",
"02_es.txt": """Un cohete escocés alcanza la órbita en su primer intento
ABC
Actualizado 04/05/2027 14:05h

Un cohete lanzado desde la costa norte de Escocia alcanzó este martes la órbita en su primer intento y colocó en el espacio un pequeño satélite meteorológico, según informaron la agencia France-Presse y la cadena pública británica BBC.

El Skua-1, fabricado por la empresa escocesa Caledon Orbital, despegó a las 5.48 hora local (6.48 en la España peninsular) desde el puerto espacial de Carrachan. Unos diez minutos después, el satélite Haar-1, de 90 kilos, se separó de la etapa superior.

"Todos los hitos salieron exactamente como estaba previsto. Todavía estoy temblando", dijo a la BBC la consejera delegada de la compañía, Fiona Laird. A la AFP le aseguró que la empresa ha demostrado "que se puede llegar a la órbita desde Escocia".

El satélite recogerá datos atmosféricos para una organización benéfica que gestiona estaciones meteorológicas en islas remotas.

El lanzamiento llega tras años de retrasos. Europa busca desde hace tiempo alternativas propias para poner en órbita satélites pequeños, y en los últimos años han surgido varias empresas en Alemania, Italia y España.
""",
"03_ru.txt": """Шотландская ракета Skua-1 вышла на орбиту с первой попытки
РИА Новости
04.05.2027 (обновлено: 16:12)

ЛОНДОН, 4 мая — РИА Новости. Легкая ракета Skua-1 шотландской компании Caledon Orbital во вторник с первой попытки вывела на орбиту метеорологический спутник, передает Би-би-си.

Как сообщает британская телерадиокорпорация, пуск состоялся в 05.48 по местному времени (07.48 мск) с космодрома Каррахан на северном побережье Шотландии. Примерно через десять минут спутник Haar-1 массой 90 килограммов отделился от верхней ступени.

По словам корреспондента Би-би-си, наблюдавшего за стартом с холма в нескольких километрах от площадки, посмотреть на пуск собрались около двух тысяч человек, несмотря на низкую облачность и морось.

"Каждый этап прошел точно по плану, я до сих пор дрожу", — сказала телеканалу глава компании Фиона Лэрд.

Спутник будет собирать атмосферные данные для благотворительной организации, которая обслуживает метеостанции на отдаленных островах. Британия давно стремится создать собственные возможности для запусков с национальной территории: до сих пор британские спутники выводились на орбиту с зарубежных космодромов.

Компания Caledon Orbital была основана в 2018 году. Строительство космодрома Каррахан, как отмечает Би-би-си, сопровождалось протестами части местных жителей и экологов.
""",
"04_uk.txt": """Шотландська ракета з першої спроби вивела на орбіту супутник — AFP
Суспільне Новини
04 травня 2027, 17:40

Ракета Skua-1 шотландської компанії Caledon Orbital у вівторок з першої спроби досягла орбіти та вивела в космос невеликий метеорологічний супутник. Про це повідомляє агентство Франс Прес (AFP).

За інформацією агентства, ракета стартувала о 05:48 за місцевим часом (07:48 за київським) з космодрому Каррахан на півночі Шотландії. Супутник Haar-1 масою 90 кілограмів відокремився від верхнього ступеня приблизно за десять хвилин. Це був перший орбітальний запуск компанії, яка сама розробила і ракету, і стартовий майданчик.

«Ми довели, що на орбіту можна вийти із Шотландії», — сказала в коментарі AFP генеральна директорка компанії Фіона Лерд. За її словами, у 2028 році Caledon Orbital планує шість запусків.

Супутник збиратиме атмосферні дані для благодійної організації, яка обслуговує метеостанції на віддалених островах. У компанії, де працюють 230 людей, розраховують залучити європейських клієнтів, які шукають альтернативу великим ракетам-носіям, повідомляє агентство.

Раніше Бі-Бі-Сі повідомляла, що запуск кілька разів відкладали через екологічні суперечки навколо будівництва космодрому.
""",
}, [("BBC News", True), ("AFP", False)],
[("AFP", "01_fr.txt"), ("AFP", "02_es.txt"), ("BBC News", "02_es.txt"), ("BBC News", "03_ru.txt"),
 ("AFP", "04_uk.txt")],
[("Caledon Orbital's Skua-1 rocket reached orbit on its first attempt and deployed the 90 kg Haar-1 weather satellite.",
  ["00_en.txt", "01_fr.txt", "02_es.txt", "03_ru.txt", "04_uk.txt"], 2),
 ("About 2,000 people watched the launch from a hillside despite low cloud and drizzle.",
  ["00_en.txt", "03_ru.txt"], 1),
 ("Caledon Orbital plans six launches in 2028.",
  ["01_fr.txt", "04_uk.txt"], 1)])


# ---------------------------------------------------------------------------------------------
BAD = []
def check(sid, name, text):
    lines = text.split("\n")
    blank = lines.index("")
    head = lines[:blank]
    assert 2 <= len(head) <= 3, (sid, name, head)
    body = "\n".join(lines[blank + 1:]).strip()
    paras = [p for p in body.split("\n\n") if p.strip()]
    words = len(re.findall(r"\w+", body))
    if not (4 <= len(paras) <= 6 and 150 <= words <= 350):
        BAD.append((sid, name, len(paras), words))
    return len(head), len(paras), words


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 173 (space agencies, satellites, rocket launches; "
                       "real outlet names, invented events); see README.md.", "stories": []}
    total, langs = 0, {}
    for sid, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, sid)
        os.makedirs(d)
        names = sorted(arts)
        assert len({n.split("_")[1] for n in names}) >= 3, sid
        for name in names:
            h, p, w = check(sid, name, arts[name])
            print(f"{sid}/{name}: header lines {h}, {p} paragraphs, {w} words")
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(arts[name])
            lang = name.split("_")[1].split(".")[0]
            langs[lang] = langs.get(lang, 0) + 1
            total += 1
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (sid, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (sid, a)
        labels["stories"].append({
            "id": sid,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(total, "articles", dict(sorted(langs.items())))
    assert not BAD, BAD


if __name__ == "__main__":
    main()
