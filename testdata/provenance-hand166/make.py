#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand166 set.

Real media names are used as outlets; every event, place, hospital, company, person, figure and
quote is invented. Emphasis: hospitals, ambulance services and health inspectors.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: in-corpus scoop (Gazeta Wyborcza: rotas and internal reports obtained by the paper, three
# anonymous dispatchers, the voivode's spokeswoman answering the paper). Relayed 4x: pl Onet
# ("Jak ustaliła „Wyborcza”", "powiedział „Wyborczej”", own unanswered request), uk ("Про це пише
# польська газета Gazeta Wyborcza", "За даними «Газети Виборчої»"), de ("berichtet … unter Berufung
# auf interne Dienstpläne"), en ("according to … obtained by Gazeta Wyborcza", background TVN24/Polsat).
story("h01_scoop_dispatch_centre", "scoop", {
"00_pl.txt": """Noce z połową dyspozytorów. Pacjent z zawałem czekał na karetkę 41 minut
Gazeta Wyborcza
12 lutego 2027 | 06:00

Marta Wilczyńska, Zawierzyn

W styczniu Dyspozytornia Medyczna w Zawierzynie przez czternaście nocy pracowała w okrojonym składzie: zamiast dziewięciu dyspozytorów przy konsolach siedziało czterech, najwyżej pięciu. Jak ustaliła „Wyborcza”, w tym czasie w 96 przypadkach osoby dzwoniące pod numer alarmowy czekały na połączenie dłużej niż trzy minuty.

Dotarliśmy do grafików dyżurów i wewnętrznych raportów dyspozytorni z ostatnich sześciu tygodni. Wynika z nich, że braki dotyczyły niemal wyłącznie zmian nocnych i weekendowych. Dyspozytornia obsługuje siedem powiatów, w których mieszka ponad 600 tys. osób.

– Siedzimy we czwórkę, na ekranie wisi kilkanaście połączeń w kolejce, a my wiemy, że w którymś z nich ktoś może właśnie umierać – mówi nam jeden z dyspozytorów. Prosi o anonimowość, bo nie ma zgody przełożonych na rozmowy z mediami. Dwie inne osoby z zespołu potwierdzają jego relację.

Z dokumentów wynika też, że w nocy z 17 na 18 stycznia 67-letni mężczyzna z Podlesia Małego z objawami zawału czekał na karetkę 41 minut. Zgłoszenie jego żony przyjęto dopiero po czterech minutach, a zespół zadysponowano po kolejnych dziewiętnastu, bo najbliższa karetka była zajęta. Mężczyzna zmarł w drodze do szpitala.

Rzeczniczka wojewody Anna Krzemińska w odpowiedzi na pytania „Wyborczej” przyznała, że „w okresie zimowym wystąpiły trudności z obsadą”, ale zapewniła, że „bezpieczeństwo pacjentów nie było zagrożone”. Dodała, że urząd ogłosił nabór na sześć etatów.

Problem nie jest nowy. Najwyższa Izba Kontroli już kilka lat temu zwracała uwagę, że w części województw brakuje dyspozytorów, a wynagrodzenia nie zachęcają do podjęcia tej pracy.
""",
"01_pl.txt": """Dyspozytornia w Zawierzynie pracowała w połowie składu. Pacjent zmarł po 41 minutach czekania
Onet
12.02.2027, 10:41

Przez czternaście styczniowych nocy w Dyspozytorni Medycznej w Zawierzynie pracowała mniej więcej połowa dyspozytorów – wynika z dokumentów, do których dotarła „Gazeta Wyborcza”. Według dziennika w 96 przypadkach osoby dzwoniące na numer alarmowy czekały na połączenie ponad trzy minuty.

Jak ustaliła „Wyborcza”, zamiast dziewięciu stanowisk obsadzone były cztery lub pięć. Gazeta opisuje też przypadek 67-letniego mężczyzny z Podlesia Małego, który w nocy z 17 na 18 stycznia miał objawy zawału. Karetka dotarła do niego po 41 minutach, mężczyzna zmarł w drodze do szpitala.

– Siedzimy we czwórkę, na ekranie wisi kilkanaście połączeń w kolejce – powiedział „Wyborczej” jeden z dyspozytorów, zastrzegając anonimowość.

Urząd wojewódzki, któremu podlega dyspozytornia, przyznał w odpowiedzi dla gazety, że zimą „wystąpiły trudności z obsadą”. Jak podkreśliła rzeczniczka wojewody Anna Krzemińska, bezpieczeństwo pacjentów nie było jednak zagrożone. Urząd szuka sześciu nowych pracowników – podaje dziennik.

Onet zwrócił się do urzędu wojewódzkiego z pytaniem, ilu dyspozytorów pracowało w lutym. Do chwili publikacji nie otrzymaliśmy odpowiedzi.

Braki kadrowe w dyspozytorniach to problem ogólnopolski. Na niedobór dyspozytorów w kilku województwach zwracała już uwagę Najwyższa Izba Kontroli.
""",
"02_uk.txt": """У Польщі диспетчерська швидкої вночі працювала наполовину: пацієнт з інфарктом чекав 41 хвилину
Європейська правда
12 лютого 2027, 15:37

У польському місті Завежин медична диспетчерська служба протягом 14 ночей у січні працювала приблизно в половинному складі. Про це пише польська газета Gazeta Wyborcza, яка отримала графіки чергувань і внутрішні звіти диспетчерської.

За даними «Газети Виборчої», замість дев'яти диспетчерів уночі працювали четверо або п'ятеро. У 96 випадках людям, які телефонували на номер екстреної допомоги, доводилося чекати на з'єднання понад три хвилини.

Газета описує випадок 67-річного чоловіка із села Подлесє-Мале, у якого в ніч на 18 січня з'явилися ознаки інфаркту. Швидка приїхала до нього через 41 хвилину, чоловік помер дорогою до лікарні.

«Ми сидимо вчотирьох, на екрані десяток дзвінків у черзі», – розповів виданню один із диспетчерів, який попросив не називати його імені.

Речниця воєводи Анна Кшемінська визнала в коментарі газеті, що взимку «виникли труднощі з укомплектуванням», але запевнила, що безпека пацієнтів не була під загрозою. Воєводське управління, якому підпорядковується диспетчерська, шукає шістьох нових працівників.

Нагадаємо, торік польські рятувальники в кількох воєводствах відмовлялися від понаднормової роботи, вимагаючи вищих зарплат.
""",
"03_de.txt": """Polen: Rettungsleitstelle nachts nur halb besetzt – Patient stirbt nach 41 Minuten
Deutschlandfunk
12.02.2027, 17:05 Uhr

In der polnischen Stadt Zawierzyn ist die medizinische Rettungsleitstelle im Januar in 14 Nächten nur etwa zur Hälfte besetzt gewesen. Das berichtet die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf interne Dienstpläne und Berichte der Leitstelle.

Statt neun Disponenten seien nachts nur vier oder fünf im Dienst gewesen, schreibt das Blatt. In 96 Fällen hätten Anrufer mehr als drei Minuten warten müssen, bis ihr Notruf angenommen wurde. Ein 67-jähriger Mann mit Symptomen eines Herzinfarkts habe in der Nacht zum 18. Januar 41 Minuten auf einen Rettungswagen gewartet; er starb auf dem Weg ins Krankenhaus.

„Wir sitzen zu viert da, und auf dem Bildschirm warten ein Dutzend Anrufe“, sagte ein Disponent der Zeitung. Er wollte anonym bleiben, weil er nicht mit Medien sprechen darf.

Eine Sprecherin des Woiwoden, dem die Leitstelle untersteht, räumte gegenüber der „Gazeta Wyborcza“ Personalprobleme im Winter ein. Die Sicherheit der Patienten sei aber zu keinem Zeitpunkt gefährdet gewesen. Sechs Stellen seien ausgeschrieben.

In Polen sind die medizinischen Leitstellen den Woiwodschaftsämtern unterstellt. Die Arbeit gilt als belastend und schlecht bezahlt; in mehreren Regionen fehlen seit Jahren Fachkräfte.
""",
"04_en.txt": """Polish emergency dispatch centre ran at half strength on winter nights, documents show
Notes from Poland
February 12, 2027

An emergency medical dispatch centre in the Polish city of Zawierzyn operated with roughly half of its dispatchers on 14 nights in January, according to staff rotas and internal reports obtained by Gazeta Wyborcza.

Instead of the nine dispatchers who are supposed to be on duty, only four or five were working, the newspaper reported on Friday. On 96 occasions, callers to the emergency number waited more than three minutes to be put through.

Wyborcza also described the case of a 67-year-old man from the village of Podlesie Małe who showed symptoms of a heart attack on the night of 17-18 January. An ambulance reached him 41 minutes after his wife called, and he died on the way to hospital.

"We sit there, four of us, with a dozen calls waiting on the screen," one dispatcher, who asked not to be named, told Wyborcza.

A spokeswoman for the regional governor, whose office runs the centre, admitted to the paper that there had been "staffing difficulties" over the winter but said that patient safety had not been at risk. The office is recruiting for six positions.

Poland's emergency medical services have faced repeated staff protests in recent years. In 2025 paramedics in several regions refused to work overtime in a pay dispute that was covered extensively by TVN24 and Polsat News.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": a} for a in ("01_pl.txt", "02_uk.txt", "03_de.txt", "04_en.txt")],
[("The Zawierzyn medical dispatch centre had only four or five of its nine dispatchers on duty on 14 nights in January.",
  ["00_pl.txt", "01_pl.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1),
 ("A 67-year-old man with heart-attack symptoms waited 41 minutes for an ambulance and died on the way to hospital.",
  ["00_pl.txt", "01_pl.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1),
 ("The voivode's office is recruiting for six dispatcher positions.",
  ["00_pl.txt", "01_pl.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1)])

# h02: chain. Фонтанка.ру own report (correspondent on site, anonymous paramedic, chief doctor and
# Roszdravnadzor answering Fontanka) -> The Moscow Times ("the St. Petersburg news website Fontanka
# reported", "told Fontanka", own unanswered request) -> NZZ de ("berichtet die englischsprachige
# Zeitung «The Moscow Times» unter Berufung auf … «Fontanka»") and it without date line ("Lo riferisce
# il Moscow Times, che cita un reportage del sito pietroburghese Fontanka", "secondo il quotidiano").
# uk РБК-Україна takes Fontanka directly ("повідомило петербурзьке видання «Фонтанка»",
# "розповів «Фонтанці»", "За даними «Фонтанки»").
story("h02_chain_ct_scanner", "chain", {
"00_ru.txt": """Пять недель без томографа: из Ольшанска пациентов с инсультом везут в Петербург
Фонтанка.ру
10 февраля 2027, 19:40

В Ольшанской межрайонной больнице с начала января не работает единственный компьютерный томограф. Пациентов с подозрением на инсульт скорая помощь везет в Петербург — почти 140 километров по зимней трассе. Корреспондент «Фонтанки» побывал в Ольшанске и поговорил с медиками.

Томограф, установленный в 2019 году, вышел из строя 3 января. По словам сотрудников больницы, сломалась рентгеновская трубка, а ее замена стоит около 18 млн рублей. Листок с надписью «КТ не работает» до сих пор висит на двери кабинета — его видел наш корреспондент.

«При инсульте важен каждый час. Мы везем человека два с половиной часа, если повезет с дорогой, — рассказал «Фонтанке» фельдшер местной подстанции скорой помощи, попросивший не называть его имени. — Только за январь у меня было шесть таких вызовов».

Главный врач больницы Виктор Лапшин подтвердил, что томограф не работает, и сообщил, что деталь заказана и должна прийти «в марте». На вопрос, почему ремонт затянулся, он ответил, что закупку пришлось проводить через аукцион.

В территориальном органе Росздравнадзора «Фонтанке» сообщили, что после обращений жителей начата внеплановая проверка больницы.

Ольшанская больница обслуживает около 70 тысяч человек из города и трех соседних районов. Других томографов ближе Петербурга, по словам медиков, нет.
""",
"01_en.txt": """Russian Hospital's Only CT Scanner Broken for Five Weeks, Stroke Patients Driven 140 Kilometers
The Moscow Times
Feb. 11, 2027

The only CT scanner at a district hospital in the Leningrad region town of Olshansk has been out of service since early January, forcing ambulances to take suspected stroke patients almost 140 kilometers to St. Petersburg, the St. Petersburg news website Fontanka reported Wednesday.

A Fontanka correspondent who visited the town said a sign reading "CT not working" still hung on the door of the scanner room. The scanner, installed in 2019, broke down on Jan. 3, and a replacement X-ray tube costs around 18 million rubles, according to hospital staff quoted by the outlet.

"With a stroke, every hour counts. We drive a person for two and a half hours if we're lucky with the road," a local paramedic who asked not to be named told Fontanka. He said he had six such calls in January alone.

Chief doctor Viktor Lapshin confirmed that the scanner was broken and said the part was expected "in March."

Russia's health watchdog Roszdravnadzor has opened an unscheduled inspection of the hospital following complaints from residents, Fontanka reported.

The Leningrad region's health committee did not respond to The Moscow Times' request for comment.

Regional hospitals across Russia have struggled to maintain imported medical equipment since 2022, when several Western manufacturers scaled back deliveries of spare parts.
""",
"02_de.txt": """Russland: Einziger Computertomograf eines Spitals seit Wochen defekt
Neue Zürcher Zeitung
11.02.2027, 14:12 Uhr

In der nordwestrussischen Kleinstadt Olschansk ist der einzige Computertomograf des Bezirksspitals seit mehr als fünf Wochen ausser Betrieb. Das berichtet die englischsprachige Zeitung «The Moscow Times» unter Berufung auf das St. Petersburger Nachrichtenportal «Fontanka».

Patienten mit Verdacht auf einen Schlaganfall müssen demnach von der Ambulanz fast 140 Kilometer weit nach St. Petersburg gebracht werden. Die Fahrt dauere bei guten Strassenverhältnissen zweieinhalb Stunden, zitiert die Zeitung einen Sanitäter, der anonym bleiben wollte. Allein im Januar habe er sechs solche Einsätze gehabt.

Das 2019 installierte Gerät war dem Bericht zufolge am 3. Januar ausgefallen; das Ersatzteil koste rund 18 Millionen Rubel. Der Chefarzt des Spitals, Viktor Lapschin, habe bestätigt, dass es «im März» geliefert werden solle. Die Gesundheitsaufsicht Roszdravnadzor habe eine ausserplanmässige Prüfung eingeleitet.

Seit mehrere westliche Hersteller 2022 ihre Lieferungen eingeschränkt haben, kämpfen viele russische Spitäler in der Provinz mit der Wartung importierter Medizintechnik.
""",
"03_it.txt": """Russia, ospedale senza Tac da cinque settimane: i malati di ictus portati a 140 chilometri
Il Fatto Quotidiano

Da più di cinque settimane l'unica Tac dell'ospedale distrettuale di Olshansk, cittadina nella regione di Leningrado, è fuori uso. I pazienti con sospetto ictus vengono trasportati in ambulanza fino a San Pietroburgo, a quasi 140 chilometri di distanza. Lo riferisce il Moscow Times, che cita un reportage del sito pietroburghese Fontanka.

Secondo il quotidiano in lingua inglese, l'apparecchio, installato nel 2019, si è guastato il 3 gennaio e il pezzo di ricambio costa circa 18 milioni di rubli. "Con l'ictus conta ogni ora. Portiamo una persona per due ore e mezza, se la strada è buona", ha raccontato un paramedico che ha chiesto l'anonimato.

Il direttore dell'ospedale, Viktor Lapshin, ha confermato il guasto e ha detto che il pezzo dovrebbe arrivare "a marzo". L'autorità di vigilanza sanitaria Roszdravnadzor, scrive ancora il Moscow Times, ha avviato un'ispezione straordinaria dopo le proteste dei residenti.

Dal 2022 molti ospedali russi di provincia faticano a riparare le apparecchiature importate, dopo che diversi produttori occidentali hanno ridotto le forniture di pezzi di ricambio.
""",
"04_uk.txt": """У Ленінградській області лікарня п'ять тижнів без томографа: хворих з інсультом везуть за 140 км
РБК-Україна
11.02.2027 09:20

У російському місті Ольшанськ Ленінградської області з початку січня не працює єдиний комп'ютерний томограф міжрайонної лікарні. Пацієнтів із підозрою на інсульт швидка возить до Санкт-Петербурга, майже за 140 кілометрів. Про це повідомило петербурзьке видання «Фонтанка».

Як пише «Фонтанка», томограф вийшов з ладу 3 січня, а заміна рентгенівської трубки коштує близько 18 млн рублів. Фельдшер місцевої підстанції швидкої, який попросив не називати його імені, розповів «Фонтанці», що лише за січень мав шість таких викликів.

Головний лікар Віктор Лапшин підтвердив, що деталь очікують «у березні». «При інсульті важлива кожна година. Ми веземо людину дві з половиною години, якщо пощастить з дорогою», — цитує видання медика.

За даними «Фонтанки», Росздравнагляд розпочав позапланову перевірку лікарні після скарг місцевих мешканців.

Лікарня обслуговує близько 70 тисяч людей з міста та трьох сусідніх районів. Від 2022 року, коли низка західних виробників обмежила постачання запчастин, російські регіональні лікарні дедалі частіше скаржаться на проблеми з ремонтом імпортного обладнання.
""",
}, [{"name": "Фонтанка.ру", "in_corpus": True}],
[{"origin": "Фонтанка.ру", "article": "01_en.txt"},
 {"origin": "The Moscow Times", "article": "02_de.txt"},
 {"origin": "The Moscow Times", "article": "03_it.txt"},
 {"origin": "Фонтанка.ру", "article": "04_uk.txt"}],
[("The only CT scanner at the Olshansk district hospital has been out of service since early January.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_it.txt", "04_uk.txt"], 1),
 ("Suspected stroke patients are taken by ambulance almost 140 km to St Petersburg.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_it.txt", "04_uk.txt"], 1),
 ("Roszdravnadzor opened an unscheduled inspection of the hospital.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_it.txt", "04_uk.txt"], 1)])

# h03: institution-published origin: the press release of the Carabinieri NAS (Comando carabinieri
# per la tutela della salute). ANSA, il Resto del Carlino and 20minutos take it directly ("Lo rende
# noto … in un comunicato", "si legge nella nota", "según ha informado … en un comunicado");
# stol.it credits ANSA ("berichtet die italienische Nachrichtenagentur ANSA", "wie ANSA unter
# Berufung auf eine Aussendung der Carabinieri meldet") -> edge from ANSA, root stays NAS.
story("h03_institution_hospital_kitchen", "institution", {
"00_it.txt": """Escrementi di topo e cibo scaduto nella cucina dell'ospedale, i Nas sospendono l'attività
ANSA
13 febbraio 2027, 12:48

(ANSA) - PARMA, 13 FEB - Escrementi di roditori, 850 chili di alimenti privi di tracciabilità, in parte scaduti, e una cella frigorifera che segnava 11 gradi invece di 4. È quanto hanno trovato i carabinieri del Nas di Parma nella cucina che prepara i pasti per l'ospedale di Montecorvaro e per due residenze per anziani. Lo rende noto il Comando carabinieri per la tutela della salute in un comunicato.

L'ispezione, condotta martedì insieme ai tecnici del Servizio igiene degli alimenti dell'Ausl, ha portato alla sospensione immediata dell'attività della cucina, che serve circa 600 pasti al giorno. Il legale rappresentante della ditta che gestisce in appalto il servizio di ristorazione è stato denunciato alla Procura di Parma per detenzione di alimenti in cattivo stato di conservazione, si legge nella nota.

Gli alimenti sono stati sequestrati e avviati alla distruzione. Secondo quanto precisato dai militari, fino alla riapertura i pasti per i pazienti saranno garantiti da un centro cottura esterno. La cucina potrà riaprire solo dopo la sanificazione dei locali e una nuova verifica. (ANSA).
""",
"01_it.txt": """Montecorvaro, blitz dei Nas nella cucina dell'ospedale: trovati escrementi di topo
il Resto del Carlino
13/02/2027 - 18:05

di Luca Bertolini

Tracce di roditori tra gli scaffali, oltre otto quintali di cibo senza etichette di provenienza e un frigorifero fuori temperatura. I carabinieri del Nas di Parma hanno sospeso l'attività della cucina che ogni giorno prepara circa 600 pasti per l'ospedale di Montecorvaro e per due case di riposo della zona.

Secondo il comunicato diffuso dal Comando carabinieri per la tutela della salute, l'ispezione è scattata martedì mattina, insieme ai tecnici dell'Ausl. I militari hanno sequestrato 850 chili di alimenti, parte dei quali già scaduti, e hanno rilevato in una cella frigorifera una temperatura di 11 gradi, contro i 4 previsti. Il legale rappresentante della società che ha in appalto la ristorazione è stato denunciato alla Procura di Parma, si legge nella nota.

I pasti per i ricoverati, precisano i carabinieri, arrivano ora da un centro cottura esterno. La riapertura sarà possibile solo dopo una sanificazione completa e un nuovo controllo.

Non è la prima volta che l'ospedale di Montecorvaro finisce sotto i riflettori: nel 2023 la trasmissione di Rai 3 "Report" si era occupata delle lunghe attese al pronto soccorso. L'Ausl di Parma, contattata, non ha voluto commentare.
""",
"02_es.txt": """Hallan excrementos de ratón y 850 kilos de comida sin trazabilidad en la cocina de un hospital italiano
20minutos
13.02.2027 - 19:30h

Los Carabinieri del NAS, la unidad de la policía militar italiana especializada en la protección de la salud, han suspendido la actividad de la cocina que prepara las comidas del hospital de Montecorvaro, en la provincia de Parma, tras encontrar excrementos de roedores y 850 kilos de alimentos sin trazabilidad, parte de ellos caducados. Así lo ha informado este sábado el propio cuerpo en un comunicado.

Según detalla la nota, la inspección se llevó a cabo el martes junto con técnicos del servicio de higiene alimentaria de la sanidad pública local. Los agentes comprobaron además que una de las cámaras frigoríficas estaba a 11 grados, cuando la temperatura máxima permitida es de 4.

La cocina, gestionada por una empresa privada, sirve unas 600 comidas diarias al hospital y a dos residencias de mayores. El representante legal de la empresa ha sido denunciado ante la Fiscalía de Parma por tener alimentos en mal estado de conservación, según el comunicado.

Los alimentos fueron incautados y serán destruidos. Mientras tanto, las comidas de los pacientes llegan desde una cocina externa. Los Carabinieri precisan que el local solo podrá reabrir tras una desinfección completa y una nueva inspección.
""",
"03_de.txt": """Mäusekot in Krankenhausküche: Carabinieri legen Betrieb still
stol.it
13. Februar 2027

In der Küche, die das Krankenhaus von Montecorvaro in der Provinz Parma und zwei Seniorenheime mit Essen beliefert, haben Carabinieri der Gesundheitsschutz-Einheit NAS Mäusekot und 850 Kilogramm Lebensmittel ohne Herkunftsnachweis gefunden. Das berichtet die italienische Nachrichtenagentur ANSA.

Wie ANSA unter Berufung auf eine Aussendung der Carabinieri meldet, waren Teile der Lebensmittel bereits abgelaufen; in einer Kühlzelle wurden 11 statt der vorgeschriebenen 4 Grad gemessen. Die Küche, die täglich rund 600 Mahlzeiten zubereitet, wurde sofort geschlossen. Die Patienten werden bis auf Weiteres von einer externen Großküche versorgt.

Die beschlagnahmten Lebensmittel sollen vernichtet werden. Die Küche darf laut ANSA erst nach einer gründlichen Reinigung und einer neuen Kontrolle wieder öffnen.

Die NAS-Carabinieri hatten im vergangenen Sommer auch in Südtirol zahlreiche Gastbetriebe und Mensen kontrolliert.
""",
}, [{"name": "Carabinieri NAS", "in_corpus": False}],
[{"origin": "Carabinieri NAS", "article": "00_it.txt"},
 {"origin": "Carabinieri NAS", "article": "01_it.txt"},
 {"origin": "Carabinieri NAS", "article": "02_es.txt"},
 {"origin": "ANSA", "article": "03_de.txt"}],
[("NAS inspectors found rodent droppings and 850 kg of untraceable food in the kitchen that supplies the Montecorvaro hospital.",
  ["00_it.txt", "01_it.txt", "02_es.txt", "03_de.txt"], 1),
 ("The kitchen's activity was suspended and patients' meals now come from an outside kitchen.",
  ["00_it.txt", "01_it.txt", "02_es.txt", "03_de.txt"], 1),
 ("The legal representative of the catering company was reported to the Parma prosecutor's office.",
  ["00_it.txt", "01_it.txt", "02_es.txt"], 1)])

# h04: Суспільне own report (correspondent at the substation, anonymous ambulance driver, director's
# comment, unanswered request to the supplier); 01_ru is an uncredited close Russian translation
# published next morning (keeps "Корреспондентка побывала", "на запрос … не ответили" without
# naming Suspilne); pl Rzeczpospolita ("podał ukraiński nadawca publiczny Suspilne", "powiedział
# Suspilnemu"); en The Kyiv Independent ("public broadcaster Suspilne reported", "told Suspilne",
# "could not independently verify").
story("h04_translation_idle_ambulances", "translation", {
"00_uk.txt": """Сім із дванадцяти нових автомобілів швидкої у Вербівську три тижні стоять без руху
Суспільне
10 лютого 2027, 17:52

Сім із дванадцяти нових автомобілів екстреної медичної допомоги, які Вербівський обласний центр екстреної медичної допомоги отримав у грудні, майже три тижні не виїжджають на виклики. Причина — несправні паливні насоси. Кореспондентка Суспільного побувала на центральній підстанції, де стоять машини.

Автомобілі закупили за 38 мільйонів гривень з обласного бюджету. Перші поломки почалися в середині січня: машини глухли на морозі просто під час виїзду. Поки нові автомобілі стоять у гаражі, бригади їздять на старих, пробіг яких перевищує 400 тисяч кілометрів.

«Ми їхали до жінки з інсультом, і машина заглухла посеред траси. Чекали на іншу бригаду 25 хвилин», — розповів Суспільному водій швидкої, який попросив не називати його прізвища.

Директор центру Олег Гнатюк підтвердив кореспондентці Суспільного, що сім машин виведено з експлуатації. За його словами, постачальник — компанія «Медавто-Сервіс» — має замінити насоси за гарантією до кінця лютого. «Ми направили претензію, і постачальник її визнав», — сказав Гнатюк.

У компанії «Медавто-Сервіс» на запит Суспільного не відповіли.

Минулого року Державна аудиторська служба вже перевіряла закупівлі обласного центру, але тоді порушень не виявила.
""",
"01_ru.txt": """В Вербовске семь из двенадцати новых машин скорой три недели стоят без движения
Корреспондент.net
11.02.2027 08:14

Семь из двенадцати новых автомобилей экстренной медицинской помощи, которые Вербовский областной центр экстренной медицинской помощи получил в декабре, почти три недели не выезжают на вызовы. Причина — неисправные топливные насосы. Корреспондентка побывала на центральной подстанции, где стоят машины.

Автомобили закупили за 38 миллионов гривен из областного бюджета. Первые поломки начались в середине января: машины глохли на морозе прямо во время выезда. Пока новые автомобили стоят в гараже, бригады ездят на старых, пробег которых превышает 400 тысяч километров.

«Мы ехали к женщине с инсультом, и машина заглохла посреди трассы. Ждали другую бригаду 25 минут», — рассказал водитель скорой, попросивший не называть его фамилию.

Директор центра Олег Гнатюк подтвердил корреспондентке, что семь машин выведены из эксплуатации. По его словам, поставщик — компания «Медавто-Сервис» — должен заменить насосы по гарантии до конца февраля. «Мы направили претензию, и поставщик ее признал», — сказал Гнатюк.

В компании «Медавто-Сервис» на запрос не ответили.

В прошлом году Государственная аудиторская служба уже проверяла закупки областного центра, но тогда нарушений не выявила.
""",
"02_pl.txt": """Ukraina: nowe karetki stoją w garażu. Siedem z dwunastu niesprawnych
Rzeczpospolita
Publikacja: 11.02.2027 13:05

Siedem z dwunastu nowych karetek, które w grudniu trafiły do obwodowego centrum ratownictwa medycznego w ukraińskim Werbiwsku, od prawie trzech tygodni nie wyjeżdża do wezwań – podał ukraiński nadawca publiczny Suspilne. Powodem są wadliwe pompy paliwowe.

Jak poinformowało Suspilne, auta kupiono za 38 mln hrywien z budżetu obwodu. Pierwsze awarie pojawiły się w połowie stycznia, gdy samochody gasły na mrozie w trakcie wyjazdów. Załogi jeżdżą teraz starymi karetkami z przebiegiem ponad 400 tys. km.

– Jechaliśmy do kobiety z udarem i samochód zgasł na środku trasy. Czekaliśmy na inny zespół 25 minut – powiedział Suspilnemu kierowca karetki, który prosił o anonimowość.

Dyrektor centrum Ołeh Hnatiuk potwierdził w rozmowie z reporterką nadawcy, że siedem aut wycofano z użytku. Dostawca, firma Medawto-Serwis, ma według niego wymienić pompy w ramach gwarancji do końca lutego.

Ukraina w ostatnich latach otrzymała kilkaset karetek od państw Unii Europejskiej, w tym od Polski. Część z nich trafiła do szpitali w obwodach przyfrontowych.
""",
"03_en.txt": """Seven of 12 new ambulances idle for weeks in Verbivsk over faulty fuel pumps
The Kyiv Independent
Feb. 10, 2027 9:40 PM

Seven of 12 new ambulances delivered in December to the regional emergency medical center in Verbivsk have not been able to answer calls for almost three weeks because of faulty fuel pumps, public broadcaster Suspilne reported on Feb. 10.

The vehicles were bought for Hr 38 million from the regional budget, according to Suspilne. The first breakdowns came in mid-January, when engines stalled in the frost during call-outs. Crews have since gone back to old ambulances with more than 400,000 kilometers on the clock.

"We were driving to a woman who had a stroke, and the car died in the middle of the highway. We waited 25 minutes for another crew," an ambulance driver who asked not to be named told Suspilne.

The center's director, Oleh Hnatiuk, confirmed that seven vehicles had been taken out of service. He said the supplier, Medavto-Servis, had accepted a complaint and was due to replace the pumps under warranty by the end of February.

Medavto-Servis did not respond to Suspilne's request for comment.

The Kyiv Independent could not independently verify the report.
""",
}, [{"name": "Суспільне", "in_corpus": True}],
[{"origin": "Суспільне", "article": a} for a in ("01_ru.txt", "02_pl.txt", "03_en.txt")],
[("Seven of the twelve new ambulances delivered in December to the Verbivsk emergency centre have been idle for almost three weeks because of faulty fuel pumps.",
  ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], 1),
 ("The ambulances were bought for 38 million hryvnias from the regional budget.",
  ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], 1),
 ("The supplier Medavto-Servis is to replace the pumps under warranty by the end of February.",
  ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], 1)])

# h05: El País scoop (internal emails seen by EL PAÍS, three anonymous doctors, the regional health
# department answering "este periódico"); elDiario.es relays ("según ha publicado este lunes El
# País") and adds its own confirmation ("Fuentes del propio hospital consultadas por elDiario.es
# confirman", an anonymous nurse) -> edge + second in-corpus origin; la Repubblica ("secondo quanto
# riporta il quotidiano spagnolo El País", "scrive il giornale madrileno"); Der Standard ("wie die
# spanische Zeitung „El País“ unter Berufung auf interne E-Mails berichtet").
story("h05_confirmation_ambulance_diversion", "confirmation", {
"00_es.txt": """Un hospital de León cerró sus urgencias a las ambulancias durante 14 horas por falta de médicos
El País
León - 08 feb 2027 - 05:40 CET

Laura Quintana

El Hospital Comarcal de Valdeoria (León) dejó de recibir ambulancias en su servicio de urgencias durante 14 horas el pasado sábado, entre las ocho de la mañana y las diez de la noche, porque no había ningún anestesista de guardia y solo un médico de urgencias para todo el turno. Así consta en varios correos electrónicos internos a los que ha tenido acceso EL PAÍS.

En uno de ellos, enviado a las 7.12 del sábado, la dirección médica ordena "desviar todas las ambulancias al Hospital de León hasta nueva orden". Durante esas horas, nueve ambulancias tuvieron que recorrer los 85 kilómetros que separan ambos centros. Entre los pacientes desviados había una mujer de 89 años con una fractura de cadera, según tres médicos del hospital que piden no ser identificados por miedo a represalias.

"Nos dijeron que era algo excepcional, pero todos sabíamos desde el jueves que no había cobertura", explica uno de ellos.

La Consejería de Sanidad ha asegurado a este periódico que se trató de "una medida puntual, coordinada con el 112", y que la atención urgente "estuvo garantizada en todo momento". Fuentes del departamento atribuyen el problema a dos bajas por enfermedad que no pudieron cubrirse a tiempo.

El hospital de Valdeoria atiende a unos 55.000 habitantes de una comarca envejecida y dispersa. Los sindicatos médicos llevan meses advirtiendo de que la falta de especialistas en los hospitales comarcales pone en riesgo la atención urgente.
""",
"01_es.txt": """El hospital de Valdeoria desvió ambulancias a León durante 14 horas: fuentes del centro lo confirman
elDiario.es
8 de febrero de 2027 - 12:31 h

El servicio de urgencias del Hospital Comarcal de Valdeoria, en la provincia de León, no admitió ambulancias durante 14 horas el pasado sábado por falta de anestesista y de médicos de guardia, según ha publicado este lunes El País, que ha tenido acceso a correos internos del centro.

Fuentes del propio hospital consultadas por elDiario.es confirman el desvío y precisan que afectó a nueve ambulancias, que fueron derivadas al Hospital de León, a 85 kilómetros. "Fue un sábado negro. Los técnicos de las ambulancias no entendían nada", relata una enfermera del servicio de urgencias que pide el anonimato.

Según el diario, la dirección médica ordenó a primera hora de la mañana "desviar todas las ambulancias". La Consejería de Sanidad ha defendido ante El País que fue "una medida puntual, coordinada con el 112".

elDiario.es ha preguntado a la Consejería cuántas veces se ha recurrido a esta medida en el último año, sin obtener respuesta por el momento.

Los hospitales comarcales de la comunidad arrastran desde hace años problemas para cubrir las guardias, sobre todo en anestesia, pediatría y medicina interna.
""",
"02_it.txt": """Spagna, ospedale chiude il pronto soccorso alle ambulanze per 14 ore: mancano i medici
la Repubblica
8 febbraio 2027

Per quattordici ore, sabato scorso, il pronto soccorso dell'ospedale di Valdeoria, nella provincia spagnola di León, ha smesso di accettare ambulanze. Non c'era nessun anestesista di turno e un solo medico d'urgenza doveva coprire l'intera giornata. È quanto riporta il quotidiano spagnolo El País, che ha potuto leggere le email interne della struttura.

In una di queste, inviata alle 7.12 di sabato, la direzione sanitaria ordina di "deviare tutte le ambulanze all'ospedale di León fino a nuovo ordine". Nove ambulanze, scrive il giornale madrileno, hanno dovuto percorrere gli 85 chilometri che separano i due ospedali. Tra i pazienti dirottati c'era anche una donna di 89 anni con una frattura del femore.

Secondo El País, che cita tre medici dell'ospedale rimasti anonimi per timore di ritorsioni, il personale sapeva già dal giovedì che i turni non erano coperti. L'assessorato regionale alla Sanità ha parlato di "una misura puntuale", coordinata con il 112.

La carenza di medici nei piccoli ospedali non riguarda solo la Spagna: anche in Italia i sindacati degli anestesisti denunciano da tempo turni scoperti nei presidi periferici.
""",
"03_de.txt": """Spanisches Spital schickte Rettungswagen 14 Stunden lang weiter
Der Standard
8. Februar 2027, 15:20

Ein Regionalkrankenhaus im Nordwesten Spaniens hat am vergangenen Samstag 14 Stunden lang keine Rettungswagen aufgenommen, weil kein Anästhesist Dienst hatte. Das berichtet die spanische Zeitung „El País“ unter Berufung auf interne E-Mails des Hospital Comarcal de Valdeoria in der Provinz León.

Die medizinische Leitung habe am Samstag um 7.12 Uhr angeordnet, „alle Rettungswagen bis auf Weiteres in das Krankenhaus von León umzuleiten“, schreibt das Blatt. Neun Rettungswagen mussten daraufhin 85 Kilometer weiter fahren. Unter den umgeleiteten Patienten war laut „El País“ eine 89-jährige Frau mit einem Oberschenkelhalsbruch.

Drei Ärzte des Spitals, die anonym bleiben wollten, sagten der Zeitung, die Lücke im Dienstplan sei seit Donnerstag bekannt gewesen. Die regionale Gesundheitsbehörde sprach gegenüber „El País“ von einer „punktuellen Maßnahme“, die mit der Notrufzentrale 112 abgestimmt gewesen sei.

Spaniens Gesundheitswesen ist Sache der Regionen. Vor allem in dünn besiedelten Gegenden finden die Kliniken seit Jahren kaum Fachärzte.
""",
}, [{"name": "El País", "in_corpus": True}, {"name": "elDiario.es", "in_corpus": True}],
[{"origin": "El País", "article": a} for a in ("01_es.txt", "02_it.txt", "03_de.txt")],
[("The Valdeoria district hospital's emergency department did not accept ambulances for 14 hours on Saturday because no anaesthetist was on duty.",
  ["00_es.txt", "01_es.txt", "02_it.txt", "03_de.txt"], 2),
 ("Nine ambulances were diverted to the Hospital de León, 85 km away.",
  ["00_es.txt", "01_es.txt", "02_it.txt", "03_de.txt"], 2),
 ("An 89-year-old woman with a hip fracture was among the diverted patients.",
  ["00_es.txt", "02_it.txt", "03_de.txt"], 1),
 ("The regional health department called the diversion a one-off measure coordinated with 112.",
  ["00_es.txt", "01_es.txt", "02_it.txt", "03_de.txt"], 2)])

# h06: a person's own social-media post (the head of obstetrics Matthias Oehme on Facebook) taken
# directly 3x: MDR SACHSEN ("hat … auf Facebook geschrieben", "heißt es in dem Beitrag", unanswered
# request; background „Sächsische Zeitung“), TVN24 without outlet line ("napisał … w mediach
# społecznościowych", "czytamy we wpisie"), DW ("wrote in a Facebook post", "did not respond to a
# request for comment from DW").
story("h06_post_maternity_ward", "social_post", {
"00_de.txt": """Kreißsaal in Lindenau soll Ende März schließen – Chefarzt macht Aus auf Facebook öffentlich
MDR SACHSEN
14. Februar 2027, 20:47 Uhr

Die Geburtsstation des Kreiskrankenhauses Lindenau im Landkreis Görlitz soll zum 31. März schließen. Das hat der Chefarzt der Frauenklinik, Matthias Oehme, am Sonntagabend auf Facebook geschrieben. Grund sei, dass vier der sieben Hebammen gekündigt hätten und trotz monatelanger Suche keine Nachfolgerinnen gefunden worden seien.

„Ich schäme mich, das schreiben zu müssen: Ab April können wir in Lindenau keine Kinder mehr sicher auf die Welt bringen“, heißt es in dem Beitrag. Schwangere sollten sich schon jetzt an die Kliniken in Görlitz oder Zittau wenden, schreibt Oehme.

Nach seinen Angaben kamen in Lindenau im vergangenen Jahr 430 Kinder zur Welt, etwa ein Viertel davon bei Müttern aus dem benachbarten Polen. Für viele Familien auf beiden Seiten der Neiße sei der Kreißsaal der nächstgelegene. Der Beitrag wurde bis zum späten Abend mehr als 2.000 Mal geteilt.

Die Geschäftsführung des Krankenhauses ließ eine Anfrage von MDR SACHSEN am Sonntagabend zunächst unbeantwortet.

Bereits im vergangenen Herbst hatte die „Sächsische Zeitung“ über Personalnot in mehreren Kreißsälen der Oberlausitz berichtet.
""",
"01_pl.txt": """Niemiecki szpital przy granicy zamknie porodówkę. Rodziło tam wiele Polek
15 lutego 2027, 07:30

Oddział położniczy szpitala powiatowego w Lindenau w Saksonii, tuż przy granicy z Polską, ma zostać zamknięty z końcem marca. Ordynator oddziału dr Matthias Oehme napisał o tym w niedzielę wieczorem w mediach społecznościowych.

Jak wyjaśnił lekarz, z siedmiu położnych zatrudnionych na oddziale cztery złożyły wypowiedzenia, a mimo wielomiesięcznych poszukiwań nie udało się znaleźć nikogo na ich miejsce. „Wstyd mi, że muszę to napisać: od kwietnia nie będziemy w Lindenau w stanie bezpiecznie przyjmować porodów” – czytamy we wpisie opublikowanym na Facebooku.

Według ordynatora w ubiegłym roku w Lindenau urodziło się 430 dzieci, z czego mniej więcej co czwarte – u matek z Polski. Wiele kobiet z przygranicznych gmin wybierało niemiecki szpital, bo miało do niego bliżej niż do najbliższej polskiej porodówki.

Oehme zaapelował do kobiet w ciąży, by już teraz zgłaszały się do szpitali w Görlitz lub Zittau. Wpis w ciągu kilku godzin udostępniono ponad 2 tys. razy, także w polskich grupach dla rodziców.
""",
"02_en.txt": """German border hospital to close maternity ward, doctor says on Facebook
DW
02/15/2027

A district hospital in the eastern German town of Lindenau, close to the Polish border, will stop delivering babies at the end of March, the head of its obstetrics department has announced.

"I am ashamed to have to write this: from April we will no longer be able to bring children into the world safely in Lindenau," Matthias Oehme wrote in a Facebook post on Sunday evening.

Oehme said four of the unit's seven midwives had handed in their notice and that no replacements had been found despite months of searching. He urged pregnant women to register with hospitals in Görlitz or Zittau.

According to the post, 430 babies were born in Lindenau last year, around a quarter of them to mothers from neighboring Poland. The post was shared more than 2,000 times within hours.

The hospital's management did not respond to a request for comment from DW.

The German Midwives' Association has long warned that maternity units in rural areas are closing because they cannot find enough staff.
""",
}, [{"name": "Matthias Oehme", "in_corpus": False}],
[{"origin": "Matthias Oehme", "article": a} for a in ("00_de.txt", "01_pl.txt", "02_en.txt")],
[("The maternity ward of the Lindenau district hospital will close at the end of March.",
  ["00_de.txt", "01_pl.txt", "02_en.txt"], 1),
 ("Four of the ward's seven midwives have resigned and no replacements were found.",
  ["00_de.txt", "01_pl.txt", "02_en.txt"], 1),
 ("About a quarter of the 430 babies born in Lindenau last year had mothers from Poland.",
  ["00_de.txt", "01_pl.txt", "02_en.txt"], 1)])

# h07: outside agency Interfax (citing the regional Roszdravnadzor office and the health department)
# relayed 5x: РБК ("сообщает «Интерфакс» со ссылкой на", "По данным агентства", "сообщили
# «Интерфаксу»", own unanswered request); Коммерсантъ ("передает «Интерфакс»", "пояснили
# агентству", "Как следует из сообщения «Интерфакса»"; background Счетная палата); НВ ("повідомляє
# російське агентство «Інтерфакс»", "з посиланням на «Інтерфакс»"; background "Раніше НВ писало");
# en without outlet and date line ("the Interfax news agency reported", "told Interfax");
# La Vanguardia ("según informó … la agencia rusa Interfax", "según la agencia").
story("h07_agency_defibrillators", "agency", {
"00_ru.txt": """Росздравнадзор нашел неисправные дефибрилляторы в половине машин скорой в Усть-Ольховске
РБК
15 фев 2027, 11:02

Проверка Росздравнадзора выявила, что в 23 из 41 автомобиля скорой медицинской помощи в Усть-Ольховске (Вологодская область) дефибрилляторы неисправны или вовсе отсутствуют. Об этом сообщает «Интерфакс» со ссылкой на территориальный орган ведомства.

По данным агентства, еще в 17 машинах проверяющие обнаружили лекарства с истекшим сроком годности, в том числе препараты для экстренной помощи при анафилактическом шоке. Проверка городской станции скорой помощи длилась две недели и была проведена после жалобы родственников пациента. Как уточняет агентство, в январе бригада, приехавшая к мужчине с остановкой сердца, не смогла воспользоваться дефибриллятором: аппарат не включился. Пациент скончался.

Главный врач станции Геннадий Рябов отстранен от должности, сообщили «Интерфаксу» в региональном департаменте здравоохранения. Станции предписано до 1 апреля заменить неисправное оборудование.

РБК направил запрос в департамент здравоохранения Вологодской области.

Станция скорой помощи Усть-Ольховска обслуживает около 90 тыс. жителей города и прилегающих поселков.
""",
"01_ru.txt": """Скорая без разряда
Коммерсантъ
15.02.2027, 13:40

Половина машин скорой помощи в Усть-Ольховске Вологодской области выезжала на вызовы с неисправными дефибрилляторами или без них. Как следует из сообщения «Интерфакса», такие нарушения Росздравнадзор выявил в 23 из 41 автомобиля городской станции скорой помощи.

Кроме того, в 17 машинах нашли просроченные лекарства, передает агентство. «Выявленные нарушения создают прямую угрозу жизни пациентов», — приводит «Интерфакс» слова представителя территориального органа Росздравнадзора. Проверка началась после жалобы родственников пациента, которому, по их словам, не смогли оказать помощь в машине скорой.

В региональном департаменте здравоохранения пояснили агентству, что главный врач станции Геннадий Рябов отстранен от должности. До 1 апреля станция должна заменить неисправное оборудование, передает «Интерфакс».

Проблема изношенного оборудования скорой помощи не ограничивается одним регионом: в 2025 году Счетная палата указывала, что во многих субъектах значительная часть машин скорой эксплуатируется дольше нормативного срока.
""",
"02_uk.txt": """У Росії в половині машин швидкої виявили несправні дефібрилятори
НВ
15 лютого 2027, 16:10

У російському місті Усть-Ольховськ Вологодської області перевірка Росздравнагляду виявила, що у 23 з 41 автомобіля швидкої допомоги дефібрилятори несправні або їх немає взагалі. Про це повідомляє російське агентство «Інтерфакс».

Крім того, у 17 машинах знайшли ліки з простроченим терміном придатності, пише агентство з посиланням на територіальний орган Росздравнагляду. Перевірку провели після скарги родичів пацієнта: за даними агентства, у січні бригада, яка приїхала до чоловіка із зупинкою серця, не змогла скористатися дефібрилятором, бо апарат не ввімкнувся. Чоловік помер.

Станція швидкої допомоги Усть-Ольховська обслуговує близько 90 тисяч мешканців міста та навколишніх селищ.

Головного лікаря станції швидкої допомоги Геннадія Рябова відсторонили від посади, повідомили «Інтерфаксу» в регіональному департаменті охорони здоров'я. Станція має замінити обладнання до 1 квітня.

Раніше НВ писало про нестачу ліків і медичного обладнання в російських регіональних лікарнях.
""",
"03_en.txt": """Half of ambulances in Russian town had faulty defibrillators, inspectors find

Health inspectors found faulty or missing defibrillators in 23 of the 41 ambulances serving the Russian town of Ust-Olkhovsk in the Vologda region, the Interfax news agency reported on Monday, citing the regional office of the health watchdog Roszdravnadzor.

The two-week inspection of the town's ambulance station was launched after relatives of a patient complained, Interfax said. According to the agency, a crew called to a man in cardiac arrest in January was unable to use its defibrillator because the device would not switch on. The man died.

The head of the ambulance station, Gennady Ryabov, has been removed from his post, the regional health department told Interfax. The station has been ordered to replace the faulty equipment by April 1.

The station serves about 90,000 people in the town and surrounding villages.

Russia's Audit Chamber has previously warned that many regions operate ambulances well beyond their intended service life.
""",
"04_es.txt": """Inspectores rusos hallan desfibriladores averiados en más de la mitad de las ambulancias de una ciudad
La Vanguardia
15/02/2027 18:22

Los inspectores sanitarios rusos han encontrado desfibriladores averiados o directamente ausentes en 23 de las 41 ambulancias de la ciudad de Ust-Oljovsk, en la región de Vólogda, según informó este lunes la agencia rusa Interfax.

Según la agencia, que cita a la delegación regional del organismo de control sanitario Roszdravnadzor, en otras 17 ambulancias los inspectores hallaron medicamentos caducados, entre ellos fármacos para tratar el shock anafiláctico. La inspección se inició tras la queja de los familiares de un paciente.

El director de la estación de ambulancias, Guennadi Riábov, ha sido apartado de su cargo, informó Interfax citando al departamento regional de sanidad. La estación tiene hasta el 1 de abril para sustituir el equipo defectuoso.

La estación de Ust-Oljovsk atiende a unos 90.000 habitantes de la ciudad y de las localidades cercanas.
""",
}, [{"name": "Interfax", "in_corpus": False}],
[{"origin": "Interfax", "article": a} for a in ("00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt", "04_es.txt")],
[("Inspectors found faulty or missing defibrillators in 23 of the 41 ambulances in Ust-Olkhovsk.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt", "04_es.txt"], 1),
 ("Expired medicines were found in 17 ambulances.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "04_es.txt"], 1),
 ("The head of the ambulance station, Gennady Ryabov, was removed from his post.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt", "04_es.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 166 (real media names as outlets, invented "
                       "events; hospitals, ambulance services, health inspectors); see README.md.",
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
        for text, carried, n in claims:
            assert all(a in arts for a in carried), (id, text)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": origins,
            "relays": relays,
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
