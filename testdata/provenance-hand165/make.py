#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand165 set.

Real media names are used as outlets; every event, place, person, company, figure and quote is
invented. Emphasis: drones, airspace incidents and aviation authorities."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: in-corpus scoop with anonymous sources and a partial denial given to the scooping paper.
# pl own "ustaliła „Rzeczpospolita”" + "opowiedziało nam dwóch pracowników ... anonimowość" +
# "potwierdziła „Rzeczpospolitej”"; uk "пише польська газета Rzeczpospolita з посиланням на" +
# "За даними «Жечпосполитої»" + "додає видання"; de "berichtet die polnische Tageszeitung
# „Rzeczpospolita“ unter Berufung auf" + "Der Zeitung zufolge"; en (no date line) "reported on
# Monday, citing ... who spoke on condition of anonymity" + "did not respond to a request for comment
# from the Guardian"; pt "avançada pelo diário polaco Rzeczpospolita, que cita" + "escreve o".
story("h01_scoop_drone_near_miss", "scoop", {
"00_pl.txt": """Dron minął samolot pasażerski o 20 metrów. Lotnisko w Górowie wstrzymało ruch
Rzeczpospolita
08.03.2027 06:00

W sobotę wieczorem, podczas podejścia do lądowania na lotnisku Górowo-Stare Pole, dron przeleciał około 20 metrów od samolotu pasażerskiego z 76 osobami na pokładzie – ustaliła „Rzeczpospolita”. O incydencie, który do tej pory nie został upubliczniony, opowiedziało nam dwóch pracowników Polskiej Agencji Żeglugi Powietrznej (PAŻP). Obaj zastrzegli anonimowość, bo nie są upoważnieni do rozmów z mediami.

Według naszych rozmówców do zdarzenia doszło około godz. 19.40. Embraer lecący z Gdańska znajdował się wtedy na wysokości ok. 600 metrów, kilka kilometrów przed progiem pasa. Pilot zgłosił kontrolerom „dużego drona z czerwonym światłem”, który przemknął pod lewym skrzydłem maszyny. Samolot wylądował bezpiecznie.

– Kontrolerzy natychmiast wstrzymali przyloty. Ruch stał 47 minut, cztery samoloty odesłano do Katowic – mówi jeden z pracowników agencji. Drugi dodaje, że w ciągu ostatnich dwóch miesięcy była to już trzecia obserwacja drona w rejonie lotniska, ale pierwsza tak bliska.

Rzeczniczka PAŻP Marta Zielonka potwierdziła „Rzeczpospolitej”, że agencja otrzymała zgłoszenie od załogi i przekazała je policji oraz Państwowej Komisji Badania Wypadków Lotniczych. Zaprzeczyła jednak, by ruch był wstrzymany dłużej niż 20 minut. – Każde takie zgłoszenie analizujemy z najwyższą starannością – zaznaczyła.

Urząd Lotnictwa Cywilnego nie odpowiedział na nasze pytania do chwili publikacji.

Przepisy zakazują lotów dronami w strefach kontrolowanych lotnisk bez zgody służb ruchu lotniczego. Za złamanie zakazu grozi grzywna, a w przypadku sprowadzenia niebezpieczeństwa katastrofy w ruchu powietrznym – kara więzienia.
""",
"01_uk.txt": """У Польщі дрон пролетів за 20 метрів від пасажирського літака – ЗМІ
Українська правда
8 березня 2027, 10:42

У суботу ввечері дрон пролетів приблизно за 20 метрів від пасажирського літака, який заходив на посадку в аеропорту Гурово-Старе Поле на півдні Польщі. На борту перебували 76 людей.

Про це пише польська газета Rzeczpospolita з посиланням на двох працівників Польського агентства аеронавігації (PAŻP), які погодилися говорити на умовах анонімності.

За даними «Жечпосполитої», інцидент стався близько 19:40, коли літак Embraer, що летів із Гданська, перебував на висоті приблизно 600 метрів. Пілот повідомив диспетчерам про «великий дрон із червоним вогнем», який промайнув під лівим крилом. Літак безпечно приземлився.

Диспетчери одразу зупинили прийом рейсів: рух стояв 47 хвилин, чотири літаки перенаправили до Катовіце, розповів один зі співрозмовників газети. За його словами, це вже третє спостереження дрона біля аеропорту за два місяці.

Речниця PAŻP Марта Зельонка підтвердила газеті, що агентство отримало повідомлення від екіпажу та передало його поліції. Водночас вона заперечила, що рух зупиняли більш ніж на 20 хвилин, додає видання.

Торік Польща посилила правила польотів дронів поблизу аеропортів, про що тоді писала «Європейська правда». Відтоді порушникам загрожують значно вищі штрафи.
""",
"02_de.txt": """Drohne verfehlt Passagierjet in Polen nur knapp
Frankfurter Allgemeine Zeitung
08.03.2027 – 12:17

Über Südpolen ist eine Drohne einem Passagierflugzeug im Landeanflug bis auf etwa 20 Meter nahegekommen. Das berichtet die polnische Tageszeitung „Rzeczpospolita“ unter Berufung auf zwei Mitarbeiter der Flugsicherungsbehörde PAŻP, die anonym bleiben wollten.

Der Zeitung zufolge ereignete sich der Vorfall am Samstagabend gegen 19.40 Uhr im Anflug auf den Regionalflughafen Górowo-Stare Pole. Eine aus Danzig kommende Embraer mit 76 Menschen an Bord befand sich in rund 600 Metern Höhe, als der Pilot eine große Drohne mit rotem Licht unter der linken Tragfläche meldete. Die Maschine landete sicher.

Die Fluglotsen stoppten daraufhin alle Anflüge. Nach Darstellung der Informanten ruhte der Verkehr 47 Minuten lang, vier Flugzeuge wurden nach Kattowitz umgeleitet. Eine Sprecherin der PAŻP bestätigte der „Rzeczpospolita“ zwar die Meldung der Crew, bestritt aber, dass der Betrieb länger als 20 Minuten unterbrochen gewesen sei.

Öffentlich gemacht worden war der Vorfall bis zu dem Zeitungsbericht nicht. Auch in Deutschland beschäftigen Drohnen die Luftfahrt: Die Deutsche Flugsicherung hatte im Januar in ihrer Jahresbilanz von einem neuen Höchststand bei Drohnenbehinderungen an Flughäfen gesprochen.
""",
"03_en.txt": """Drone came within 20 metres of passenger jet over Poland, report says
The Guardian

A drone flew within about 20 metres of a passenger plane as it approached an airport in southern Poland on Saturday evening, the Polish daily Rzeczpospolita reported on Monday, citing two air navigation agency employees who spoke on condition of anonymity.

The Embraer jet, arriving from Gdańsk with 76 people on board, was about 600 metres up and a few kilometres short of the runway at Górowo-Stare Pole when the pilot reported a large drone with a red light passing under the left wing, according to Rzeczpospolita. The aircraft landed safely.

Controllers halted all arrivals. Traffic was stopped for 47 minutes and four flights were sent to Katowice, one of the employees told the newspaper, adding that it was the third drone sighting near the airport in two months.

A spokesperson for the agency, PAŻP, confirmed to Rzeczpospolita that the crew's report had been passed on to police, but denied that traffic had been suspended for more than 20 minutes.

PAŻP did not respond to a request for comment from the Guardian. Poland's Civil Aviation Authority also did not immediately respond.

European regulators have been under pressure to tighten rules on drones near airports after a string of disruptions, and the EU Aviation Safety Agency said last year that it was reviewing its guidance to member states.
""",
"04_pt.txt": """Drone passou a 20 metros de avião de passageiros na Polónia
Observador
8 mar 2027, 14:05

Um drone passou a cerca de 20 metros de um avião de passageiros que se preparava para aterrar no aeroporto de Górowo-Stare Pole, no sul da Polónia, no sábado à noite. A notícia é avançada pelo diário polaco Rzeczpospolita, que cita dois funcionários da agência polaca de navegação aérea (PAŻP) que falaram sob anonimato.

Segundo o jornal, o aparelho, um Embraer vindo de Gdansk com 76 pessoas a bordo, estava a cerca de 600 metros de altitude quando o piloto comunicou aos controladores ter visto "um drone grande com uma luz vermelha" a passar por baixo da asa esquerda. O avião aterrou sem problemas.

Os controladores suspenderam de imediato as aterragens e quatro voos foram desviados para Katowice, escreve o Rzeczpospolita. As fontes do diário garantem que o tráfego esteve parado 47 minutos e que este foi o terceiro avistamento de um drone junto ao aeroporto em apenas dois meses.

Em Portugal, a Autoridade Nacional da Aviação Civil tem alertado repetidamente para os riscos de voar drones nas imediações dos aeroportos, onde a operação destes aparelhos está proibida sem autorização prévia.
""",
},
[{"name": "Rzeczpospolita", "in_corpus": True}],
[{"origin": "Rzeczpospolita", "article": a} for a in ["01_uk.txt", "02_de.txt", "03_en.txt", "04_pt.txt"]],
[{"text": "A drone passed about 20 metres from a passenger plane with 76 people on board approaching Górowo-Stare Pole airport on Saturday evening.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "Arrivals were halted for 47 minutes and four flights were diverted to Katowice.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "A PAŻP spokeswoman denied that traffic was stopped for more than 20 minutes.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1}])

# h02: institution-published origin (BFU interim report, outside the corpus) taken directly by de,
# fr, pl, ru; en takes it from the Süddeutsche Zeitung (chain). de "Das geht aus dem Zwischenbericht
# der Bundesstelle für Flugunfalluntersuchung (BFU) hervor" + "Anfrage der SZ ... unbeantwortet";
# fr "C'est ce qui ressort du rapport intermédiaire publié mardi par le BFU" + "Selon ce document";
# pl "Wynika to z raportu wstępnego" + "Jak czytamy w dokumencie"; en "Germany's Süddeutsche Zeitung
# has reported, citing an interim report" + "the Munich-based newspaper said"; ru "говорится в
# промежуточном отчете" + "Как отмечается в документе" + background "Ранее журнал Der Spiegel писал".
story("h02_bfu_report_drone_helicopter", "institution", {
"00_de.txt": """Drohne trifft Rettungshubschrauber: „Keine Möglichkeit zum Ausweichen“
Süddeutsche Zeitung
16. März 2027, 17:32 Uhr

Von Katrin Holler

Es war ein gewöhnlicher Einsatz, der beinahe in einer Katastrophe geendet hätte: Am Abend des 14. Februar ist ein Rettungshubschrauber im Anflug auf das Kreiskrankenhaus Ebersfelden in Baden-Württemberg mit einer Drohne zusammengestoßen. Das geht aus dem Zwischenbericht der Bundesstelle für Flugunfalluntersuchung (BFU) hervor, den die Behörde am Dienstag veröffentlicht hat.

Demnach befand sich die Maschine vom Typ Airbus H135 in etwa 180 Metern Höhe, als die rund vier Kilogramm schwere Drohne eines der Hauptrotorblätter traf. Der Pilot habe „keine Möglichkeit zum Ausweichen“ gehabt, heißt es in dem Bericht. Er setzte den beschädigten Hubschrauber sicher auf dem Landeplatz der Klinik auf; die drei Besatzungsmitglieder und der Patient blieben unverletzt.

Die Drohne flog laut BFU weit über der zulässigen Höhe von 120 Metern. Gesteuert wurde sie von einem 41-jährigen Privatmann, der weder den erforderlichen Kompetenznachweis besaß noch das Gerät registriert hatte. Er habe nach eigenen Angaben den Sonnenuntergang filmen wollen, schreiben die Ermittler.

Die BFU empfiehlt dem Luftfahrt-Bundesamt (LBA), für Drohnen ab 250 Gramm eine verpflichtende Geofencing-Funktion durchzusetzen, die Flüge in der Nähe von Hubschrauberlandeplätzen automatisch unterbindet. Das LBA ließ eine Anfrage der SZ bis Dienstagabend unbeantwortet.

Mit dem Abschlussbericht ist frühestens in einem Jahr zu rechnen.
""",
"01_fr.txt": """Allemagne : un drone percute un hélicoptère de secours en plein vol
Le Figaro
Publié le 16/03/2027 à 19:05

Un drone a heurté un hélicoptère de secours médical qui s'apprêtait à se poser à l'hôpital d'Ebersfelden, dans le Bade-Wurtemberg, le 14 février dernier. C'est ce qui ressort du rapport intermédiaire publié mardi par le BFU, le bureau fédéral allemand d'enquête sur les accidents aériens.

Selon ce document, l'appareil, un Airbus H135, volait à environ 180 mètres d'altitude lorsque le drone, d'un poids de quatre kilos environ, a frappé l'une des pales du rotor principal. Le pilote « n'avait aucune possibilité d'évitement », écrivent les enquêteurs. Il a néanmoins réussi à poser l'hélicoptère endommagé sur l'hélistation de l'hôpital. Les trois membres d'équipage et le patient sont sortis indemnes.

D'après le BFU, le drone évoluait bien au-delà de la hauteur maximale autorisée de 120 mètres. Son télépilote, un particulier de 41 ans, ne disposait pas de l'attestation de compétences requise et n'avait pas enregistré l'appareil.

Les enquêteurs recommandent à l'Office fédéral de l'aviation civile allemand (LBA) d'imposer une fonction de « geofencing » obligatoire sur les drones de plus de 250 grammes, afin d'empêcher automatiquement tout vol à proximité des hélistations.

En France, la Direction générale de l'aviation civile rappelle régulièrement que le survol des hôpitaux et des hélistations par des drones de loisir est interdit.
""",
"02_pl.txt": """Dron uderzył w śmigłowiec ratunkowy w Niemczech. Jest raport
RMF FM
Wtorek, 16 marca 2027 (18:40)

Dron zderzył się w Niemczech ze śmigłowcem ratownictwa medycznego, który podchodził do lądowania przy szpitalu w Ebersfelden w Badenii-Wirtembergii. Wynika to z raportu wstępnego opublikowanego we wtorek przez niemiecką Federalną Komisję Badania Wypadków Lotniczych (BFU).

Jak czytamy w dokumencie, do zdarzenia doszło wieczorem 14 lutego. Ważący około czterech kilogramów dron uderzył w jedną z łopat wirnika nośnego śmigłowca Airbus H135. Pilotowi udało się bezpiecznie wylądować na lądowisku szpitala. Nikt z trzyosobowej załogi ani transportowany pacjent nie odniósł obrażeń.

Niemieccy eksperci zalecają Federalnemu Urzędowi Lotnictwa (LBA) wprowadzenie obowiązkowego geofencingu dla dronów cięższych niż 250 gramów. Taki system automatycznie blokowałby loty w pobliżu lądowisk dla śmigłowców.

W Polsce Lotnicze Pogotowie Ratunkowe już wcześniej apelowało do operatorów dronów o zachowanie szczególnej ostrożności w pobliżu szpitali. Urząd Lotnictwa Cywilnego przypomina, że loty w takich miejscach wymagają zgody zarządzającego lądowiskiem.
""",
"03_en.txt": """Drone hit air ambulance helicopter over German hospital, investigators find
The Independent
Wednesday 17 March 2027 08:15 GMT

A drone struck the main rotor of an air ambulance helicopter as it came in to land at a hospital in south-western Germany last month, Germany's Süddeutsche Zeitung has reported, citing an interim report by federal air accident investigators.

The Airbus H135 was flying at around 180 metres when the four-kilogram drone hit one of its rotor blades near the hospital in Ebersfelden on 14 February, the Munich-based newspaper said. The pilot managed to land the damaged helicopter on the hospital's helipad, and the three crew members and the patient on board were unhurt.

According to the Süddeutsche Zeitung, the drone was flying far above the legal limit of 120 metres and was being operated by a 41-year-old man who had no licence and had not registered the device. He told investigators he had wanted to film the sunset, the paper reported.

The UK Civil Aviation Authority has repeatedly warned drone users that flying near hospitals and helicopter landing sites can put lives at risk, and police forces in England have prosecuted several hobbyists for doing so.
""",
"04_ru.txt": """В Германии дрон врезался в медицинский вертолет
Интерфакс
16 марта 2027 г., 20:11

Москва. 16 марта. INTERFAX.RU - Беспилотник столкнулся с вертолетом санитарной авиации, заходившим на посадку у больницы в немецком городе Эберсфельден (земля Баден-Вюртемберг). Об этом говорится в промежуточном отчете Федерального ведомства Германии по расследованию авиационных происшествий (BFU), опубликованном во вторник.

Как отмечается в документе, инцидент произошел вечером 14 февраля. Вертолет Airbus H135 находился на высоте около 180 метров, когда дрон массой около 4 кг ударил по одной из лопастей несущего винта. Пилоту удалось посадить поврежденную машину на площадку больницы, никто из трех членов экипажа и пациент не пострадал.

По данным BFU, беспилотник летел значительно выше разрешенных 120 метров, а управлявший им 41-летний мужчина не имел необходимого удостоверения и не зарегистрировал аппарат.

Ранее журнал Der Spiegel писал, что число случаев опасного сближения дронов с вертолетами в Германии за последние три года выросло почти вдвое.
""",
},
[{"name": "Bundesstelle für Flugunfalluntersuchung", "in_corpus": False}],
[{"origin": "Bundesstelle für Flugunfalluntersuchung", "article": "00_de.txt"},
 {"origin": "Bundesstelle für Flugunfalluntersuchung", "article": "01_fr.txt"},
 {"origin": "Bundesstelle für Flugunfalluntersuchung", "article": "02_pl.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "03_en.txt"},
 {"origin": "Bundesstelle für Flugunfalluntersuchung", "article": "04_ru.txt"}],
[{"text": "A drone struck a rotor blade of a rescue helicopter approaching the hospital in Ebersfelden on 14 February; the helicopter landed safely and nobody was hurt.",
  "articles": ["00_de.txt", "01_fr.txt", "02_pl.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The drone flew far above the 120-metre limit and its 41-year-old operator had no required licence.",
  "articles": ["00_de.txt", "01_fr.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The investigators recommend that the LBA make geofencing mandatory for drones over 250 grams.",
  "articles": ["00_de.txt", "01_fr.txt", "02_pl.txt"], "independent_sources": 1}])

# h03: Kommersant's own report on anonymous sources; uncredited close Ukrainian translation (keeps
# "рассказали “Ъ”" as "нашому виданню"); en "the business daily Kommersant reported Tuesday, citing";
# de "berichtet die Moskauer Wirtschaftszeitung „Kommersant“ unter Berufung auf" + "schreibt das
# Blatt" + background "hatte die Nachrichtenagentur Reuters ... berichtet".
story("h03_translation_airport_closure", "translation", {
"00_ru.txt": """Верхнеозерск останется без неба
Коммерсантъ
23.03.2027, 05:00

Росавиация намерена продлить ограничения на работу аэропорта Верхнеозерска еще как минимум на 60 дней из-за повторяющихся атак беспилотников. Об этом “Ъ” рассказали три источника в авиакомпаниях, выполнявших рейсы в город, и собеседник в самом ведомстве. Аэропорт закрыт для гражданских рейсов с 9 февраля. По оценкам собеседников “Ъ”, совокупные потери перевозчиков от закрытия могут составить около 1,2 млрд руб.

Решение, по словам источника в Росавиации, будет оформлено в ближайшие дни в виде очередного извещения для пилотов (NOTAM). «Пока атаки продолжаются, о возобновлении полетов речи не идет»,— пояснил он. Двое собеседников “Ъ” в авиакомпаниях уточнили, что уже получили неофициальные рекомендации не открывать продажу билетов на май.

До закрытия аэропорт Верхнеозерска обслуживал около 14 рейсов в сутки, основную часть — в Москву и Санкт-Петербург. Пассажирам сейчас предлагают добираться через аэропорт соседнего региона, до которого около 300 км по трассе.

В Росавиации на запрос “Ъ” не ответили. В пресс-службе аэропорта сообщили, что «ожидают официальных решений».

Алина Сорокина
""",
"01_uk.txt": """Верхньоозерськ залишиться без неба: Росавіація продовжить закриття аеропорту
ЛІГА.net
23.03.2027 09:48

Росавіація має намір продовжити обмеження на роботу аеропорту Верхньоозерська ще щонайменше на 60 днів через повторювані атаки безпілотників. Про це нашому виданню розповіли три джерела в авіакомпаніях, які виконували рейси до міста, і співрозмовник у самому відомстві. Аеропорт закритий для цивільних рейсів з 9 лютого. За оцінками співрозмовників, сукупні втрати перевізників від закриття можуть становити близько 1,2 млрд рублів.

Рішення, за словами джерела в Росавіації, буде оформлено найближчими днями у вигляді чергового повідомлення для пілотів (NOTAM). «Поки атаки тривають, про відновлення польотів не йдеться», – пояснив він. Двоє співрозмовників в авіакомпаніях уточнили, що вже отримали неофіційні рекомендації не відкривати продаж квитків на травень.

До закриття аеропорт Верхньоозерська обслуговував близько 14 рейсів на добу, переважно до Москви та Санкт-Петербурга. Пасажирам зараз пропонують діставатися через аеропорт сусіднього регіону, до якого близько 300 км трасою.

У Росавіації на запит не відповіли. У пресслужбі аеропорту повідомили, що «очікують офіційних рішень».
""",
"02_en.txt": """Russia to Keep Drone-Hit Verkhneozyorsk Airport Shut Into May – Kommersant
The Moscow Times
March 23, 2027

Russia's Federal Air Transport Agency, Rosaviatsia, plans to extend flight restrictions at the airport in the city of Verkhneozyorsk by at least another 60 days due to repeated drone attacks, the business daily Kommersant reported Tuesday, citing three sources at airlines that served the city and an official at the agency.

The airport has been closed to civilian flights since Feb. 9. Airlines' combined losses from the closure could reach about 1.2 billion rubles ($14 million), Kommersant's sources estimated.

"As long as the attacks continue, there is no talk of resuming flights," the agency official was quoted as saying. Two of the airline sources told the newspaper they had been unofficially advised not to open ticket sales for May.

Before the closure, Verkhneozyorsk airport handled around 14 flights a day, most of them to Moscow and St. Petersburg.

Rosaviatsia did not reply to Kommersant's request for comment. The Moscow Times could not independently verify the report.

Flight restrictions over drone threats have become routine across much of Russia, and passengers regularly spend hours stranded in terminals while airspace is closed.
""",
"03_de.txt": """Drohnenangriffe: Russischer Regionalflughafen bleibt bis Mai geschlossen
Handelsblatt
24.03.2027 - 07:15 Uhr

Die russische Luftfahrtbehörde Rosawiazija will den Flughafen der Stadt Werchneosjorsk wegen anhaltender Drohnenangriffe mindestens weitere 60 Tage für den zivilen Verkehr gesperrt lassen. Das berichtet die Moskauer Wirtschaftszeitung „Kommersant“ unter Berufung auf drei Quellen bei Fluggesellschaften sowie einen Mitarbeiter der Behörde.

Der Flughafen ist seit dem 9. Februar geschlossen. Die Verluste der Airlines könnten sich auf rund 1,2 Milliarden Rubel summieren, umgerechnet etwa 13 Millionen Euro, schreibt das Blatt. Vor der Schließung wurden dort täglich etwa 14 Flüge abgefertigt, die meisten nach Moskau und Sankt Petersburg.

Die Behörde will die Verlängerung demnach in den kommenden Tagen per Pilotenhinweis (Notam) bekanntgeben. Die Fluggesellschaften seien inoffiziell angewiesen worden, keine Tickets für Mai zu verkaufen, heißt es in dem Bericht. Rosawiazija reagierte nicht auf die Anfrage der Zeitung.

Schon im vergangenen Sommer hatte die Nachrichtenagentur Reuters über Millionenverluste russischer Regionalflughäfen durch Luftraumsperrungen berichtet. Westliche Fluggesellschaften meiden den russischen Luftraum ohnehin seit Jahren.
""",
},
[{"name": "Коммерсантъ", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": a} for a in ["01_uk.txt", "02_en.txt", "03_de.txt"]],
[{"text": "Rosaviatsia plans to keep Verkhneozyorsk airport closed for at least 60 more days because of repeated drone attacks.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Airlines' combined losses from the closure could reach about 1.2 billion roubles.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Airlines were unofficially advised not to open ticket sales for May.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1}])

# h04: Ouest-France own report (correspondent on site, prosecutor "Contacté par Ouest-France");
# Der Spiegel relays it ("Wie zuerst die Regionalzeitung „Ouest-France“ berichtete") and adds its
# own confirmation ("Auf SPIEGEL-Anfrage bestätigte ein Sprecher"): edge + origin; pt relays
# Ouest-France ("segundo o jornal regional francês Ouest-France" + "relata o"); pl relays Der Spiegel
# ("podał niemiecki tygodnik „Der Spiegel”, powołując się na" + "Według „Spiegla”"), naming
# Ouest-France only as Spiegel's source: one edge from Der Spiegel.
story("h04_confirmation_airbase_drones", "relay_confirmation", {
"00_fr.txt": """Des drones survolent la base aérienne de Saint-Guénolé-des-Landes, une enquête ouverte
Ouest-France
Publié le 20/03/2027 à 08h12

Cinq drones ont survolé la base aérienne de Saint-Guénolé-des-Landes (Finistère) dans la nuit de vendredi à samedi, pendant près d'une heure et demie. Notre correspondant, présent aux abords de la base vers 23 h, a pu observer plusieurs points lumineux évoluant en formation à basse altitude au-dessus des hangars, avant de disparaître en direction de la mer.

« Ils sont revenus trois fois. On entendait le bourdonnement depuis le parking », raconte Gwenaël Le Bihan, un riverain qui promenait son chien. Plusieurs habitants du bourg ont également filmé la scène avec leur téléphone.

Contacté par Ouest-France, le procureur de la République de Brest, Yann Kerdoncuff, a confirmé l'ouverture d'une enquête pour « survol volontaire d'une zone interdite ». Les investigations ont été confiées à la gendarmerie de l'air. Selon nos informations, aucun des appareils n'a pu être intercepté.

La base, qui accueille notamment des hélicoptères de recherche et de sauvetage, est couverte par une zone d'interdiction de survol permanente. D'après une source proche du dossier, la Direction générale de l'aviation civile envisage d'élargir temporairement cette zone.

Le ministère des Armées n'a pas souhaité commenter dans l'immédiat.
""",
"01_de.txt": """Frankreich: Unbekannte Drohnen über Militärflugplatz in der Bretagne
Der Spiegel
21.03.2027, 11.30 Uhr

Über einem Stützpunkt der französischen Luftstreitkräfte in der Bretagne sind in der Nacht zu Samstag fünf Drohnen gesichtet worden. Wie zuerst die Regionalzeitung „Ouest-France“ berichtete, kreisten die Fluggeräte fast anderthalb Stunden lang in Formation über der Basis Saint-Guénolé-des-Landes im Département Finistère. Ein Korrespondent des Blatts hatte die Lichter selbst beobachtet.

Auf SPIEGEL-Anfrage bestätigte ein Sprecher des französischen Verteidigungsministeriums die Überflüge. Man nehme den Vorfall „sehr ernst“, sagte er. Die Drohnen seien bislang nicht identifiziert. Seit Samstagabend sei auf der Basis ein mobiles Störsystem im Einsatz, das die Funkverbindung zwischen Drohne und Steuerung unterbrechen könne.

Woher die Drohnen kamen, ist unklar. Einen Zusammenhang mit ähnlichen Sichtungen über Militäranlagen in anderen europäischen Ländern könne man derzeit weder bestätigen noch ausschließen, so der Sprecher.

Auch die Bundeswehr hatte im vergangenen Jahr zahlreiche Drohnenüberflüge über Kasernen und Flugplätzen registriert, wie damals der „Tagesspiegel“ berichtete. Eine wirksame Abwehr gilt bis heute als schwierig.
""",
"02_pt.txt": """Drones sobrevoam base aérea francesa durante hora e meia
Expresso
21 março 2027 13:20

Cinco drones sobrevoaram durante quase hora e meia, na noite de sexta para sábado, a base aérea de Saint-Guénolé-des-Landes, na Bretanha, no noroeste de França, segundo o jornal regional francês Ouest-France, cujo correspondente assistiu ao sobrevoo.

De acordo com o diário, os aparelhos voaram em formação e a baixa altitude por cima dos hangares, antes de desaparecerem em direção ao mar. Vários moradores filmaram a cena com os telemóveis. "Voltaram três vezes. Ouvia-se o zumbido desde o parque de estacionamento", contou ao jornal um morador que passeava o cão.

O procurador da República de Brest abriu um inquérito por "sobrevoo voluntário de zona interdita", relata o Ouest-France. Nenhum dos drones foi intercetado e a investigação foi entregue à gendarmaria aérea.

A base acolhe helicópteros de busca e salvamento e está abrangida por uma zona de exclusão aérea permanente. O Ministério das Forças Armadas francês não quis, para já, comentar o caso.
""",
"03_pl.txt": """Tajemnicze drony nad francuską bazą wojskową. Ministerstwo potwierdza
Onet
22 marca 2027, 07:55

Francuskie ministerstwo obrony potwierdziło, że w nocy z piątku na sobotę nad bazą lotniczą Saint-Guénolé-des-Landes w Bretanii krążyło pięć niezidentyfikowanych dronów – podał niemiecki tygodnik „Der Spiegel”, powołując się na rzecznika resortu. Jako pierwszy o sprawie pisał – jak zaznacza „Spiegel” – regionalny dziennik „Ouest-France”.

Według „Spiegla” drony latały w formacji nad bazą przez blisko półtorej godziny. Rzecznik ministerstwa zapewnił, że resort traktuje incydent „bardzo poważnie”. Od sobotniego wieczoru w bazie działa mobilny system zakłócający, który może przerwać łączność między dronem a jego operatorem – dowiedział się niemiecki tygodnik.

Pochodzenie maszyn pozostaje nieznane. Francuskie władze nie wykluczają związku z podobnymi przypadkami nad obiektami wojskowymi w innych krajach Europy.

W ostatnich miesiącach o dronach nad jednostkami wojskowymi informowało również polskie Dowództwo Operacyjne Rodzajów Sił Zbrojnych, które apelowało o zgłaszanie wszelkich podejrzanych obserwacji.
""",
},
[{"name": "Ouest-France", "in_corpus": True}, {"name": "Der Spiegel", "in_corpus": True}],
[{"origin": "Ouest-France", "article": "01_de.txt"},
 {"origin": "Ouest-France", "article": "02_pt.txt"},
 {"origin": "Der Spiegel", "article": "03_pl.txt"}],
[{"text": "Five drones flew in formation over the Saint-Guénolé-des-Landes air base for about an hour and a half during the night from Friday to Saturday.",
  "articles": ["00_fr.txt", "01_de.txt", "02_pt.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "The Brest prosecutor opened an investigation for overflight of a prohibited zone.",
  "articles": ["00_fr.txt", "02_pt.txt"], "independent_sources": 1},
 {"text": "The French defence ministry confirmed the overflights and said a mobile jamming system has been deployed at the base.",
  "articles": ["01_de.txt", "03_pl.txt"], "independent_sources": 2}])

# h05: outside wire agency Reuters (Avinor spokesman told Reuters), relayed 4x; uk without outlet and
# date line. ru "сообщило агентство Reuters со ссылкой на" + "По данным агентства" + "сказал
# Хагеруп Reuters"; pt "avança a agência Reuters" + "Segundo a Reuters" + "disse à agência"; fr
# "rapporte l'agence Reuters" + "a précisé à l'agence" + background AFP tally; uk "передає Reuters"
# + "Як повідомив агентству".
story("h05_agency_norway_airport", "agency", {
"00_ru.txt": """В Норвегии аэропорт закрыли почти на три часа из-за беспилотников
РБК
26 мар 2027, 09:34

Аэропорт Квальнес на севере Норвегии в четверг вечером был закрыт почти на три часа после того, как над его территорией заметили несколько беспилотников. Об этом сообщило агентство Reuters со ссылкой на представителя государственного оператора аэропортов Avinor Эйстейна Хагерупа.

По данным агентства, полеты были приостановлены с 19:10 до 22:20 по местному времени. За это время 14 рейсов были перенаправлены в другие аэропорты или отменены, несколько сотен пассажиров провели ночь в гостиницах.

«Диспетчеры и сотрудники аэропорта видели от трех до четырех дронов над взлетно-посадочной полосой»,— сказал Хагеруп Reuters. «Безопасность пассажиров для нас важнее пунктуальности»,— добавил он. Полиция начала расследование; кому принадлежали аппараты, пока неизвестно.

Аэропорт Квальнес обслуживает в основном внутренние рейсы, а летом также принимает чартеры с туристами. В конце прошлого года норвежское правительство выделило дополнительные средства на системы обнаружения дронов в аэропортах, писала тогда газета Aftenposten.
""",
"01_pt.txt": """Drones obrigam a fechar aeroporto no norte da Noruega
Público
26 de Março de 2027, 10:02

O aeroporto de Kvalnes, no norte da Noruega, esteve fechado durante quase três horas na noite de quinta-feira depois de terem sido avistados vários drones sobre a pista, avança a agência Reuters.

Segundo a Reuters, os voos foram suspensos entre as 19h10 e as 22h20 (hora local) e 14 voos foram desviados para outros aeroportos ou cancelados. "Controladores e funcionários do aeroporto viram entre três e quatro drones sobre a pista", disse à agência Øystein Hagerup, porta-voz da Avinor, a empresa pública que gere os aeroportos noruegueses.

A polícia abriu uma investigação. Ainda não se sabe quem operava os aparelhos nem com que objetivo.

Em Portugal, a Autoridade Nacional da Aviação Civil lembra que é proibido voar drones nas zonas de aproximação dos aeroportos sem autorização, e a NAV Portugal tem vindo a reforçar a monitorização destas áreas.
""",
"02_fr.txt": """En Norvège, un aéroport fermé près de trois heures après le survol de drones
Le Monde
Publié le 26 mars 2027 à 11h47

L'aéroport de Kvalnes, dans le nord de la Norvège, a été fermé pendant près de trois heures jeudi soir après que plusieurs drones ont été repérés au-dessus de la piste, rapporte l'agence Reuters.

Le trafic a été interrompu de 19 h 10 à 22 h 20, heure locale, et 14 vols ont été déroutés ou annulés, a précisé à l'agence Øystein Hagerup, porte-parole d'Avinor, l'opérateur public des aéroports norvégiens. « Les contrôleurs et le personnel de l'aéroport ont vu trois à quatre drones au-dessus de la piste », a-t-il déclaré.

La police a ouvert une enquête. On ignore pour l'heure qui pilotait les appareils.

Ces dernières années, plusieurs aéroports européens ont dû suspendre leur trafic à cause de drones, selon un décompte de l'Agence France-Presse publié à l'automne. Les autorités de l'aviation civile peinent à trouver une parade efficace.
""",
"03_uk.txt": """У Норвегії через дрони на три години закрили аеропорт

Аеропорт Квальнес на півночі Норвегії в четвер увечері майже три години не приймав і не відправляв літаки через кілька безпілотників над злітно-посадковою смугою. Про це передає Reuters.

Як повідомив агентству речник державного оператора аеропортів Avinor Ейстейн Хагеруп, польоти було зупинено з 19:10 до 22:20 за місцевим часом. За його словами, диспетчери та працівники аеропорту бачили від трьох до чотирьох дронів.

«Безпека пасажирів для нас важливіша за пунктуальність», — додав Хагеруп. Частину пасажирів, які застрягли в аеропорту, довелося розмістити в готелях.

Поліція розпочала розслідування. Хто керував дронами і з якою метою, наразі невідомо. Після відновлення польотів аеропорт працював у звичному режимі, але низку рейсів довелося перенести на ранок п'ятниці.

Аеропорт Квальнес обслуговує переважно внутрішні рейси. Норвезька влада раніше заявляла про намір посилити захист аеропортів від безпілотників, зокрема на півночі країни, неподалік від кордону з Росією.
""",
},
[{"name": "Reuters", "in_corpus": False}],
[{"origin": "Reuters", "article": a} for a in ["00_ru.txt", "01_pt.txt", "02_fr.txt", "03_uk.txt"]],
[{"text": "Kvalnes airport in northern Norway was closed for almost three hours on Thursday evening after drones were seen over the runway.",
  "articles": ["00_ru.txt", "01_pt.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "14 flights were diverted or cancelled.",
  "articles": ["00_ru.txt", "01_pt.txt", "02_fr.txt"], "independent_sources": 1},
 {"text": "Controllers and airport staff saw three to four drones, and police opened an investigation.",
  "articles": ["00_ru.txt", "01_pt.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1}])

# h06: two independent own reports (TVN24 reporter at the crash site; Suspilne correspondent on the
# Ukrainian side + border guard spokesman); en credits both (two edges); ru relays Suspilne only.
# pl own "Reporter TVN24 ... dotarł na miejsce" + "powiedział naszemu reporterowi" + background
# "informowała m.in. Polska Agencja Prasowa"; uk own "розповів кореспондентці Суспільного" +
# "Кореспондентка Суспільного побувала"; en "Polish broadcaster TVN24, whose reporter reached the
# site ..., and Ukraine's public broadcaster Suspilne have reported"; ru "сообщает украинский
# общественный вещатель «Суспильне»" + "По данным «Суспильного»" + "рассказал телеканалу".
story("h06_two_reports_drone_crash", "two_origins", {
"00_pl.txt": """Dron spadł na pole w Wólce Bużańskiej. Reporter TVN24 na miejscu
TVN24
31.03.2027, 09:12

Na polu w Wólce Bużańskiej (woj. lubelskie), niespełna trzy kilometry od granicy z Ukrainą, w nocy z wtorku na środę spadł dron. Reporter TVN24 Piotr Wasilewski, który dotarł na miejsce wczesnym rankiem, widział szczątki maszyny rozrzucone na kilkudziesięciu metrach. Teren zabezpieczają Żandarmeria Wojskowa i policja.

Według mieszkańców huk było słychać około godz. 3.30. – Myślałem, że to burza, ale niebo było czyste. Potem zrobiło się jasno od reflektorów radiowozów – powiedział naszemu reporterowi pan Stanisław, którego dom stoi kilkaset metrów od pola.

Oficer Żandarmerii Wojskowej, który prosił o niepodawanie nazwiska, przekazał TVN24, że na miejscu nie znaleziono ładunku wybuchowego. Szczątki mają trafić do badań w Wojskowym Instytucie Technicznym Uzbrojenia. Dowództwo Operacyjne Rodzajów Sił Zbrojnych nie odpowiedziało dotąd na pytania naszej redakcji.

Przestrzeń powietrzna nad wschodnią Polską była w ostatnich miesiącach kilkukrotnie naruszana; o wcześniejszych incydentach informowała m.in. Polska Agencja Prasowa. Mieszkańcy przygranicznych gmin od dawna domagają się lepszego systemu ostrzegania.
""",
"01_uk.txt": """Прикордонники відстежили дрон, який перелетів з Волині до Польщі
Суспільне
31 березня 2027, 10:25

У ніч на 31 березня українські прикордонники відстежили безпілотник, який перетнув українсько-польський кордон на ділянці Волинської області та впав на території Польщі. Про це кореспондентці Суспільного розповів речник Волинського прикордонного загону Ігор Семенюк.

За його словами, дрон летів зі сходу на висоті близько 200 метрів. «Ми вели його від самого Володимирського району, о 03:12 передали інформацію польським колегам», — сказав Семенюк. Звідки саме запустили безпілотник, він не уточнив.

Кореспондентка Суспільного Оксана Литвинчук побувала в прикордонному селі на березі Бугу. Місцеві жителі розповіли, що вночі чули гул двигуна, схожий на звук мопеда, а згодом — віддалений вибух на польському боці.

«Спершу думали, що то знову тривога, але сирени не було», — розповіла пенсіонерка Галина, яка живе за кілька сотень метрів від кордону.

Польська сторона офіційно ще не коментувала інцидент.
""",
"02_en.txt": """Drone crashes in Polish field near Ukrainian border
BBC News
31 March 2027

A drone has crashed in a field in eastern Poland less than three kilometres from the border with Ukraine, Polish broadcaster TVN24, whose reporter reached the site early on Wednesday, and Ukraine's public broadcaster Suspilne have reported.

Wreckage was scattered across several dozen metres of farmland in the village of Wólka Bużańska, TVN24 said. Residents told the channel they heard a loud bang at around 03:30 local time, and military police have sealed off the area.

Ukrainian border guards tracked a drone as it crossed from Volyn region into Poland during the night, a border guard spokesman told Suspilne. He did not say where the drone had been launched from.

Poland's armed forces have not publicly commented on the incident.

Poland, a Nato member, has repeatedly raised alarm over stray drones entering its airspace from the east, and its military has scrambled jets on several occasions in recent months.
""",
"03_ru.txt": """Украинские пограничники сообщили о дроне, упавшем в Польше
Медуза
31 марта 2027, 22:05

В ночь на 31 марта беспилотник перелетел из Волынской области Украины в Польшу и упал на территории соседней страны, сообщает украинский общественный вещатель «Суспильне».

По данным «Суспильного», украинские пограничники отслеживали дрон, который летел с востока на высоте около 200 метров, и в 03:12 передали информацию польским коллегам. Представитель Волынского пограничного отряда Игорь Семенюк рассказал телеканалу, что не может уточнить, откуда был запущен аппарат.

Жители приграничного села на украинской стороне рассказали корреспондентке «Суспильного», что ночью слышали гул двигателя, а затем — далекий взрыв. «Сначала думали, что это снова тревога, но сирены не было»,— приводит издание слова одной из жительниц.

Польские военные пока не комментировали инцидент. Ни одна из сторон официально не назвала тип беспилотника. Варшава в последние месяцы неоднократно заявляла о нарушениях своего воздушного пространства и поднимала в воздух истребители.
""",
},
[{"name": "TVN24", "in_corpus": True}, {"name": "Суспільне", "in_corpus": True}],
[{"origin": "TVN24", "article": "02_en.txt"},
 {"origin": "Суспільне", "article": "02_en.txt"},
 {"origin": "Суспільне", "article": "03_ru.txt"}],
[{"text": "In the night to 31 March a drone from across the Ukrainian border came down on Polish territory.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "Ukrainian border guards tracked the drone flying at about 200 metres and passed the information to Polish counterparts at 03:12.",
  "articles": ["01_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "A military police officer said no explosive charge was found at the crash site.",
  "articles": ["00_pl.txt"], "independent_sources": 1}])

# h07: a person's own LinkedIn post (outside origin) relayed directly by pt, en, de (no outlet line);
# fr takes it from Folha de S.Paulo (chain). pt "anunciou ... em publicação no LinkedIn" +
# "escreveu a executiva" + "Procurada pela Folha, a Anac não respondeu" + background "o jornal
# O Estado de S. Paulo mostrou"; en "said in a LinkedIn post" + "she wrote" + "did not immediately
# respond to TechCrunch's request for comment"; de "Das schrieb ... am Montag auf LinkedIn" + "heißt
# es in ihrem Beitrag"; fr "rapporte le quotidien brésilien « Folha de S.Paulo »" + "précise la
# « Folha »".
story("h07_linkedin_drone_delivery", "social_post", {
"00_pt.txt": """Anac autoriza entregas com drones além da linha de visada, diz CEO de startup
Folha de S.Paulo
5.abr.2027 às 14h30

A Anac (Agência Nacional de Aviação Civil) concedeu à startup paulista Aerolivre a primeira autorização do país para entregas comerciais com drones operados além da linha de visada do piloto, anunciou nesta segunda-feira (5) a fundadora e CEO da empresa, Mariana Castilho Reis, em publicação no LinkedIn.

"Depois de 26 meses de testes e mais de 4.000 voos, recebemos hoje o sinal verde da Anac. É um marco para a logística no Brasil", escreveu a executiva.

De acordo com a publicação, os voos começam em maio na região de Campo Alegre do Sul, no interior paulista, com trajetos de até 12 km e pacotes de até 2,5 kg. Reis afirmou que a empresa pretende chegar a 300 entregas por dia até o fim do ano, principalmente de medicamentos para farmácias da região.

Procurada pela Folha, a Anac não respondeu até a publicação deste texto. A Aerolivre, que captou R$ 40 milhões no ano passado, preferiu não dar detalhes além do que foi publicado pela executiva.

No ano passado, o jornal O Estado de S. Paulo mostrou que os pedidos de autorização para operações experimentais com drones haviam triplicado na agência.
""",
"01_en.txt": """Brazilian drone startup Aerolivre says it won approval for beyond-line-of-sight deliveries
TechCrunch
4:52 PM PDT · April 5, 2027

Aerolivre, a São Paulo-based drone delivery startup, says it has become the first company in Brazil to get regulatory approval for commercial deliveries flown beyond the pilot's visual line of sight.

Co-founder and CEO Mariana Castilho Reis announced the approval from Brazil's civil aviation agency, ANAC, in a LinkedIn post on Monday. "After 26 months of testing and more than 4,000 flights, we got the green light from ANAC today," she wrote.

Flights will begin in May around the city of Campo Alegre do Sul, with routes of up to 12 kilometers and parcels weighing up to 2.5 kilograms, according to the post. The company aims to reach 300 deliveries a day by the end of the year, mostly medicines for pharmacies.

ANAC did not immediately respond to TechCrunch's request for comment.

Beyond-visual-line-of-sight, or BVLOS, operations are seen as key to making drone delivery economically viable, since they remove the need for an observer to keep every aircraft in sight. Regulators in the U.S. and Europe have so far approved such flights only case by case.
""",
"02_de.txt": """Brasilien: Behörde erlaubt Drohnenlieferungen außer Sichtweite
06.04.2027 08:05 Uhr

Die brasilianische Luftfahrtbehörde ANAC hat dem Start-up Aerolivre als erstem Unternehmen des Landes kommerzielle Lieferflüge mit Drohnen außerhalb der Sichtweite des Piloten erlaubt. Das schrieb die Gründerin und Chefin des Unternehmens, Mariana Castilho Reis, am Montag auf LinkedIn.

„Nach 26 Monaten Tests und mehr als 4000 Flügen haben wir heute grünes Licht von der ANAC bekommen“, heißt es in ihrem Beitrag. Los gehen soll es im Mai in der Region um Campo Alegre do Sul im Bundesstaat São Paulo. Bis Jahresende will Aerolivre täglich 300 Lieferungen abwickeln, vor allem Medikamente für Apotheken.

Flüge außerhalb der Sichtweite (Beyond Visual Line of Sight, BVLOS) gelten als Voraussetzung dafür, dass sich Drohnenlieferungen wirtschaftlich lohnen. In der EU fallen solche Einsätze in die Kategorie „specific“ der EASA-Regeln; in Deutschland ist für die Genehmigung das Luftfahrt-Bundesamt zuständig. Mehrere deutsche Projekte für Medikamentenlieferungen per Drohne sind bislang über die Testphase nicht hinausgekommen.
""",
"03_fr.txt": """Brésil : feu vert pour les livraisons par drone hors de vue du pilote
Les Echos
6 avr. 2027 à 9:40

Le régulateur brésilien de l'aviation civile, l'ANAC, a autorisé la start-up Aerolivre à effectuer des livraisons commerciales par drone au-delà de la vue du pilote, une première dans le pays, rapporte le quotidien brésilien « Folha de S.Paulo ». Selon le journal, c'est la fondatrice et PDG de l'entreprise, Mariana Castilho Reis, qui l'a annoncé lundi.

Les vols débuteront en mai dans la région de Campo Alegre do Sul, dans l'intérieur de l'Etat de São Paulo, sur des trajets allant jusqu'à 12 kilomètres et avec des colis de 2,5 kilos au maximum, précise la « Folha ». La jeune pousse, qui a levé l'équivalent de 7 millions d'euros l'an dernier, vise 300 livraisons par jour d'ici à la fin de l'année, essentiellement des médicaments.

L'ANAC n'a pas répondu aux sollicitations du quotidien, ajoute celui-ci.

En France, la Direction générale de l'aviation civile n'autorise de tels vols hors vue que dans le cadre de dérogations, et les projets de livraison par drone y restent pour l'essentiel expérimentaux.
""",
},
[{"name": "Mariana Castilho Reis", "in_corpus": False}],
[{"origin": "Mariana Castilho Reis", "article": "00_pt.txt"},
 {"origin": "Mariana Castilho Reis", "article": "01_en.txt"},
 {"origin": "Mariana Castilho Reis", "article": "02_de.txt"},
 {"origin": "Folha de S.Paulo", "article": "03_fr.txt"}],
[{"text": "Brazil's civil aviation agency ANAC authorised Aerolivre, as the first company in the country, to make commercial drone deliveries beyond the pilot's line of sight.",
  "articles": ["00_pt.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Flights start in May around Campo Alegre do Sul, with routes of up to 12 km and parcels of up to 2.5 kg.",
  "articles": ["00_pt.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 165 (real media names, invented events; drones, airspace incidents, aviation authorities); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
