#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand108 set.

Transport and aviation. Real media names for outlets and agencies; every event, airline,
railway company, lessor, manufacturer, person, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: an airline's own statement on its website (outside origin), taken directly by all four:
# pl "Poinformowała o tym w poniedziałek w komunikacie opublikowanym na swojej stronie" +
# "czytamy w oświadczeniu" + "zapewnia linia"; de "Das teilte die … Airline … in einer auf ihrer
# Website veröffentlichten Erklärung mit" + "hieß es in der Mitteilung" + "so das Unternehmen";
# en "the carrier said in a statement posted on its website" (credit at sentence end) + "the
# airline says"; it "Lo ha comunicato … la stessa compagnia in una nota pubblicata sul proprio
# sito" + "si legge nella nota" + "precisa il vettore".
story("t01_airline_statement_grounding", "statement", {
"00_pl.txt": """Wistral Airlines uziemia trzy samoloty ATR. Odwołanych 146 lotów
Gazeta Wyborcza
08.03.2027, 14:12

Gdańska regionalna linia lotnicza Wistral Airlines wycofała z eksploatacji trzy z jedenastu turbośmigłowych samolotów ATR 72-600 i do 21 marca odwoła łącznie 146 rejsów. Poinformowała o tym w poniedziałek w komunikacie opublikowanym na swojej stronie internetowej.

Powodem są wyniki rutynowych przeglądów boroskopowych silników. Jak wynika z komunikatu, w trzech maszynach technicy stwierdzili ponadnormatywne zużycie łopatek turbiny wysokiego ciśnienia. „Żaden z samolotów nie miał awarii w locie, ale nie będziemy czekać na zalecenia producenta. Bezpieczeństwo pasażerów jest dla nas bezwzględnym priorytetem" – czytamy w oświadczeniu podpisanym przez prezes spółki Martę Kozubal.

Odwołania dotyczą przede wszystkim połączeń krajowych z Gdańska do Rzeszowa i Wrocławia oraz dwóch tras zagranicznych: z Katowic do Bolonii i z Gdańska do Werony. Według przewoźnika zmiany obejmą ok. 9,4 tys. pasażerów. Każdy z nich może bezpłatnie zmienić termin podróży albo otrzymać pełny zwrot ceny biletu – zapewnia linia.

Wistral zapowiada też, że od 15 marca na części tras będą latać dwa samoloty wynajęte wraz z załogami od zagranicznego partnera, którego nazwy nie podano. Silniki uziemionych maszyn trafią do zakładu serwisowego producenta.

Wistral Airlines powstał w 2019 r. i w ubiegłym roku przewiózł 1,1 mln pasażerów. To już drugi w ciągu roku kłopot techniczny gdańskiego przewoźnika – latem 2026 r. linia na kilka dni wstrzymała loty do Rzeszowa z powodu braku części zamiennych.
""",
"01_de.txt": """Triebwerksprobleme: Polnische Regionalairline Wistral legt drei Flugzeuge still
Handelsblatt
8. März 2027

Die polnische Regionalfluggesellschaft Wistral Airlines nimmt drei ihrer elf Turboprop-Maschinen vom Typ ATR 72-600 vorübergehend aus dem Verkehr und streicht bis zum 21. März 146 Flüge. Das teilte die in Danzig ansässige Airline am Montag in einer auf ihrer Website veröffentlichten Erklärung mit.

Bei routinemäßigen Endoskop-Inspektionen der Triebwerke sei an drei Flugzeugen ein übermäßiger Verschleiß der Hochdruckturbinenschaufeln festgestellt worden, hieß es in der Mitteilung. Zu einem Zwischenfall im Flug sei es nicht gekommen. „Wir warten nicht auf Empfehlungen des Herstellers. Die Sicherheit unserer Passagiere hat für uns absoluten Vorrang", wird Vorstandschefin Marta Kozubal in der Erklärung zitiert.

Betroffen sind vor allem Inlandsverbindungen ab Danzig nach Rzeszów und Breslau sowie die Strecken Kattowitz–Bologna und Danzig–Verona. Insgesamt müssen sich rund 9400 Reisende neu orientieren. Sie können kostenlos umbuchen oder sich den vollen Ticketpreis erstatten lassen, so das Unternehmen.

Ab dem 15. März will Wistral auf einem Teil der Strecken zwei samt Besatzung angemietete Maschinen eines ausländischen Partners einsetzen (Wet-Lease). Die Triebwerke der stillgelegten Flugzeuge sollen beim Hersteller überholt werden.

Für die 2019 gegründete Airline, die im vergangenen Jahr 1,1 Millionen Passagiere beförderte, kommt die Panne zur Unzeit: Wistral hatte im Januar angekündigt, im Sommer neue Ziele in Italien und Kroatien anzufliegen, und verhandelt seit Monaten mit Investoren über eine Kapitalerhöhung.
""",
"02_en.txt": """Wistral Airlines grounds three ATR 72-600s over turbine blade wear, scraps 146 flights
FlightGlobal
2027-03-08T16:45:00+00:00

Polish regional operator Wistral Airlines has withdrawn three of its 11 ATR 72-600s from service after borescope inspections revealed excessive wear on high-pressure turbine blades, the carrier said in a statement posted on its website on Monday.

None of the three turboprops experienced an in-flight problem, according to the statement, which says the Gdansk-based airline decided to act "without waiting for recommendations from the manufacturer". Chief executive Marta Kozubal is quoted as saying that passenger safety is the company's "absolute priority".

The groundings will force the cancellation of 146 flights through 21 March, affecting around 9,400 passengers, the airline says. Domestic services from Gdansk to Rzeszow and Wroclaw bear the brunt, along with the international routes Katowice-Bologna and Gdansk-Verona.

From 15 March Wistral will bring in two wet-leased aircraft, complete with crews, from an unnamed foreign partner, the carrier adds. The engines of the grounded turboprops will be shipped to the manufacturer's overhaul facility.

Wistral, founded in 2019, carried 1.1 million passengers last year and operates an all-ATR fleet. It is the second technical setback for the carrier within a year: in summer 2026 it briefly suspended its Rzeszow service because of a shortage of spare parts.
""",
"03_it.txt": """Polonia, Wistral Airlines ferma tre aerei: cancellati anche i voli per Bologna e Verona
Corriere della Sera
8 marzo 2027

La compagnia regionale polacca Wistral Airlines ha messo a terra tre dei suoi undici turboelica ATR 72-600 e cancellerà 146 voli fino al 21 marzo, compresi i collegamenti Katowice-Bologna e Danzica-Verona. Lo ha comunicato lunedì la stessa compagnia in una nota pubblicata sul proprio sito.

Durante le ispezioni boroscopiche di routine ai motori, si legge nella nota, i tecnici hanno riscontrato su tre velivoli un'usura eccessiva delle palette della turbina di alta pressione. Nessun aereo ha avuto problemi in volo. «Non aspetteremo le raccomandazioni del costruttore. La sicurezza dei passeggeri è per noi una priorità assoluta», afferma l'amministratrice delegata Marta Kozubal, citata nel comunicato.

Le cancellazioni riguardano circa 9.400 passeggeri, compresi quelli dei voli da e per Bologna e Verona. Chi ha un biglietto può cambiare gratuitamente la data del viaggio oppure chiedere il rimborso integrale, precisa il vettore. Dal 15 marzo Wistral impiegherà su alcune rotte due aerei noleggiati con equipaggio da un partner straniero, di cui non è stato reso noto il nome.

Fondata nel 2019, la compagnia con sede a Danzica ha trasportato l'anno scorso 1,1 milioni di passeggeri. Il collegamento con Bologna era stato inaugurato lo scorso ottobre, quello con Verona è attivo dall'estate 2025.
""",
}, [
    {"name": "Wistral Airlines", "in_corpus": False},
], [
    {"origin": "Wistral Airlines", "article": "00_pl.txt"},
    {"origin": "Wistral Airlines", "article": "01_de.txt"},
    {"origin": "Wistral Airlines", "article": "02_en.txt"},
    {"origin": "Wistral Airlines", "article": "03_it.txt"},
], [
    {"text": "Wistral Airlines grounded three of its eleven ATR 72-600 aircraft after inspections found excessive wear of high-pressure turbine blades.",
     "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "Wistral Airlines is cancelling 146 flights until 21 March, affecting about 9,400 passengers.",
     "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "From 15 March Wistral will use two aircraft wet-leased with crews from an unnamed foreign partner.",
     "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
])

# t02: a civil aviation authority's notice on its website (outside origin ENAC) and a chain
# ENAC -> ANSA -> dpa -> PAP: it ANSA "Lo rende noto l'Enac in una nota pubblicata oggi sul
# proprio sito" + "precisa l'Ente" + "si legge nel documento"; de dpa "Das meldete die italienische
# Nachrichtenagentur Ansa am Dienstag unter Berufung auf eine Mitteilung der Behörde" +
# "berichtete Ansa" + "nach Angaben der Agentur"; pl PAP "podała we wtorek niemiecka agencja dpa,
# powołując się na włoską agencję ANSA" + "Jak przekazała dpa" + "Według niemieckiej agencji" (one
# edge from dpa); en without outlet line takes the notice directly: "In a notice published on its
# website on Tuesday, the authority said" + "ENAC wrote".
story("t02_caa_notice_chain", "chain", {
"00_it.txt": """Enac sospende il certificato di operatore aereo di Lagunair, stop ai voli charter
ANSA
16 marzo 2027, 12:41

ROMA - L'Ente nazionale per l'aviazione civile ha sospeso con effetto immediato il certificato di operatore aereo (COA) della compagnia charter veneziana Lagunair. Lo rende noto l'Enac in una nota pubblicata oggi sul proprio sito, spiegando che la misura resterà in vigore "per almeno trenta giorni".

Nel corso di un audit straordinario condotto a febbraio, precisa l'Ente, gli ispettori hanno rilevato 23 non conformità nella gestione della manutenzione, tra cui registri tecnici incompleti. Due dei cinque Airbus A320 della flotta, secondo la nota, hanno effettuato voli commerciali con ispezioni periodiche scadute. "Le carenze riscontrate non consentono allo stato attuale di garantire il mantenimento dei requisiti di aeronavigabilità", si legge nel documento.

La sospensione interessa circa 11.000 passeggeri con prenotazioni fino alla fine di aprile, soprattutto su voli charter verso la Sardegna e la Sicilia da Polonia, Germania e Repubblica Ceca. L'Enac ha invitato i tour operator a riproteggere i viaggiatori su altri vettori e ricorda che i passeggeri hanno diritto all'assistenza prevista dal regolamento europeo 261/2004.

Lagunair, fondata nel 2016 e con base all'aeroporto di Venezia, potrà chiedere la revoca della sospensione solo dopo aver presentato un piano di azioni correttive approvato dall'Ente.
""",
"01_de.txt": """Italien: Behörde stoppt Charterairline Lagunair – auch deutsche Urlauber betroffen
dpa
16.03.2027 15:20

Rom (dpa) - Italiens Luftfahrtbehörde Enac hat der Charterfluggesellschaft Lagunair mit sofortiger Wirkung die Betriebsgenehmigung entzogen, zumindest vorübergehend. Das meldete die italienische Nachrichtenagentur Ansa am Dienstag unter Berufung auf eine Mitteilung der Behörde.

Bei einer außerordentlichen Prüfung im Februar seien 23 Mängel in der Instandhaltung festgestellt worden, darunter unvollständige technische Bordbücher, berichtete Ansa. Zwei der fünf Airbus A320 der in Venedig ansässigen Airline sollen demnach kommerzielle Flüge durchgeführt haben, obwohl fällige Wartungsinspektionen überschritten waren. Die Aussetzung des Luftverkehrsbetreiberzeugnisses gilt nach Angaben der Agentur für mindestens 30 Tage.

Betroffen sind rund 11.000 Passagiere mit Buchungen bis Ende April, vor allem auf Charterflügen nach Sardinien und Sizilien aus Polen, Deutschland und Tschechien. Reiseveranstalter sollen ihre Kunden auf andere Fluggesellschaften umbuchen. Fluggäste haben Anspruch auf Betreuungsleistungen nach der EU-Fluggastrechteverordnung.

Lagunair kann die Aufhebung der Maßnahme erst beantragen, wenn die Behörde einen Plan mit Korrekturmaßnahmen genehmigt hat. Die 2016 gegründete Gesellschaft fliegt vor allem im Auftrag von Reiseveranstaltern.
""",
"02_pl.txt": """Włochy: urząd lotnictwa cywilnego uziemił linię Lagunair. Problem dotyczy też turystów z Polski
PAP
2027-03-16 17:05

Włoski urząd lotnictwa cywilnego ENAC zawiesił certyfikat przewoźnika lotniczego czarterowej linii Lagunair z Wenecji – podała we wtorek niemiecka agencja dpa, powołując się na włoską agencję ANSA. Decyzja obowiązuje ze skutkiem natychmiastowym i co najmniej przez 30 dni.

Jak przekazała dpa, podczas nadzwyczajnego audytu w lutym inspektorzy wykryli 23 nieprawidłowości w obsłudze technicznej, m.in. niekompletną dokumentację pokładową. Dwa z pięciu samolotów Airbus A320 miały wykonywać loty komercyjne mimo przeterminowanych przeglądów.

Zawieszenie dotyczy ok. 11 tys. pasażerów, którzy mają rezerwacje do końca kwietnia – głównie na loty czarterowe na Sardynię i Sycylię z Polski, Niemiec i Czech. Organizatorzy turystyki mają zapewnić klientom przeloty innymi przewoźnikami. Według niemieckiej agencji pasażerom przysługuje pomoc na podstawie unijnego rozporządzenia 261/2004.

Linia może wnioskować o uchylenie decyzji dopiero po zatwierdzeniu przez urząd planu działań naprawczych.

Zgodnie z polskimi przepisami o imprezach turystycznych za zapewnienie zastępczego przelotu klientom wycieczek odpowiada organizator, a nie przewoźnik.
""",
"03_en.txt": """Italy's aviation regulator suspends Lagunair's operating certificate
Tue, 16 Mar 2027 18:30:00 +0000

Italy's civil aviation authority ENAC has suspended the air operator certificate of Venice-based charter airline Lagunair with immediate effect, citing serious shortcomings in the way the carrier maintained its aircraft.

In a notice published on its website on Tuesday, the authority said a special audit in February found 23 non-conformities in maintenance management, including incomplete technical logs. Two of Lagunair's five Airbus A320s operated commercial flights although periodic inspections were overdue, according to the notice.

"The deficiencies identified do not, at present, allow continued compliance with airworthiness requirements to be guaranteed," ENAC wrote. The suspension will last at least 30 days.

About 11,000 passengers holding bookings until the end of April are affected, most of them on charter flights to Sardinia and Sicily from Poland, Germany and the Czech Republic. The regulator asked tour operators to move travellers to other airlines and reminded them of passengers' rights to care and assistance under EU rules.

Lagunair, founded in 2016, can apply to have the suspension lifted only once ENAC has approved a corrective action plan, the authority said.
""",
}, [
    {"name": "ENAC", "in_corpus": False},
], [
    {"origin": "ENAC", "article": "00_it.txt"},
    {"origin": "ANSA", "article": "01_de.txt"},
    {"origin": "dpa", "article": "02_pl.txt"},
    {"origin": "ENAC", "article": "03_en.txt"},
], [
    {"text": "ENAC suspended the air operator certificate of the Venice-based charter airline Lagunair with immediate effect for at least 30 days.",
     "articles": ["00_it.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "An audit in February found 23 maintenance irregularities, and two of Lagunair's five A320s flew commercially with overdue inspections.",
     "articles": ["00_it.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "About 11,000 passengers with bookings until the end of April are affected, mostly on charters to Sardinia and Sicily from Poland, Germany and the Czech Republic.",
     "articles": ["00_it.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
])

# t03: a railway company's Telegram post (outside origin); uk Ukrinform takes it directly ("Про це
# повідомляє «Поліська залізниця» у своєму Telegram-каналі" + "йдеться в дописі перевізника" +
# "написали в компанії"); ru WITHOUT outlet line is an uncredited, close translation of Ukrinform's
# article published later (same order, quotes, tea-and-water detail, Olevsk background; keeps
# "Об этом сообщает «Полесская железная дорога» в своем Telegram-канале"): one edge from
# Укрінформ, none from the railway; pl PAP "poinformowała na Telegramie spółka kolejowa Poliśka
# Zaliznycia (Kolej Poleska)" + "zapewniła spółka we wpisie na swoim kanale" + "przekazał
# przewoźnik"; en "Polissia Railway said in a post on its Telegram channel" (sentence end) +
# "according to the railway" + "Polissia Railway wrote".
story("t03_railway_telegram_translation", "translation", {
"00_uk.txt": """На Житомирщині зійшли з рейок сім вагонів із зерном: затримуються дев'ять пасажирських поїздів
Укрінформ
18.03.2027 09:40

У ніч на четвер поблизу станції Ясенівка на Житомирщині зійшли з рейок сім вагонів вантажного поїзда, завантажених зерном. Через аварію рух на ділянці Коростень – Ковель заблоковано, дев'ять пасажирських поїздів затримуються на строк до шести годин. Про це повідомляє «Поліська залізниця» у своєму Telegram-каналі.

«Постраждалих немає. На місці працюють відновлювальні поїзди з Коростеня та Сарн. Орієнтовно рух буде відновлено до 18:00», – йдеться в дописі перевізника.

Серед поїздів, що курсують із запізненням, – міжнародний №67 Київ – Хелм, а також нічні поїзди на Ковель і Луцьк. Пасажирам у вагонах роздають гарячий чай та воду, а для тих, хто прямує до Сарн, компанія організувала автобуси від Коростеня.

«Просимо вибачення в пасажирів за незручності. Точний час прибуття поїздів оновлюватимемо в цьому каналі», – написали в компанії.

Причини сходу вагонів встановлює комісія. Це вже другий схід рухомого складу на цій ділянці за пів року: у вересні 2026 року поблизу Олевська з колії зійшли дві порожні цистерни.
""",
"01_ru.txt": """В Житомирской области сошли с рельсов семь вагонов с зерном: задерживаются девять пассажирских поездов
18 марта 2027, 11:25

В ночь на четверг вблизи станции Ясеновка в Житомирской области сошли с рельсов семь вагонов грузового поезда, загруженных зерном. Из-за аварии движение на участке Коростень – Ковель заблокировано, девять пассажирских поездов задерживаются на срок до шести часов. Об этом сообщает «Полесская железная дорога» в своем Telegram-канале.

«Пострадавших нет. На месте работают восстановительные поезда из Коростеня и Сарн. Ориентировочно движение будет восстановлено до 18:00», – говорится в сообщении перевозчика.

Среди поездов, которые курсируют с опозданием, – международный №67 Киев – Хелм, а также ночные поезда на Ковель и Луцк. Пассажирам в вагонах раздают горячий чай и воду, а для тех, кто следует в Сарны, компания организовала автобусы от Коростеня.

«Просим прощения у пассажиров за неудобства. Точное время прибытия поездов будем обновлять в этом канале», – написали в компании.

Причины схода вагонов устанавливает комиссия. Это уже второй сход подвижного состава на этом участке за полгода: в сентябре 2026 года вблизи Олевска с пути сошли две порожние цистерны.
""",
"02_pl.txt": """Ukraina: wykolejenie pociągu towarowego. Opóźniony m.in. pociąg Kijów–Chełm
PAP
18 marca 2027, 12:10

Siedem wagonów ze zbożem wykoleiło się w nocy ze środy na czwartek w pobliżu stacji Jasieniwka w obwodzie żytomierskim na północy Ukrainy – poinformowała na Telegramie spółka kolejowa Poliśka Zaliznycia (Kolej Poleska). Ruch na odcinku Korosteń–Kowel jest wstrzymany.

Według przewoźnika opóźnienia sięgające sześciu godzin ma dziewięć pociągów pasażerskich. Wśród nich jest międzynarodowy pociąg nr 67 z Kijowa do Chełma, a także nocne pociągi do Kowla i Łucka.

W wyniku wypadku nikt nie ucierpiał – zapewniła spółka we wpisie na swoim kanale. Na miejscu pracują pociągi ratownictwa technicznego z Korostenia i Sarn. Kolej Poleska szacuje, że ruch zostanie przywrócony do godz. 18 czasu lokalnego.

Pasażerom opóźnionych składów rozdawana jest gorąca herbata i woda, a podróżni jadący do Sarn mogą przesiąść się w Korosteniu do autobusów – przekazał przewoźnik. Przyczyny wykolejenia wyjaśnia specjalna komisja.

Pociąg Kijów–Chełm to jedno z kilku bezpośrednich połączeń kolejowych między Ukrainą a Polską. W Chełmie podróżni mogą przesiąść się do pociągów w kierunku Lublina i Warszawy.
""",
"03_en.txt": """Freight derailment in Zhytomyr Oblast delays nine passenger trains, including Kyiv-Chelm service
The Kyiv Independent
March 18, 2027 1:05 PM

Seven grain wagons of a freight train came off the tracks near Yasenivka station in Zhytomyr Oblast overnight on March 18, blocking the Korosten-Kovel line, Polissia Railway said in a post on its Telegram channel on Thursday morning.

Nine passenger trains were running up to six hours late as a result, the company said, among them the international train No. 67 from Kyiv to Chelm in Poland and overnight services to Kovel and Lutsk.

No one was injured, according to the railway. Recovery trains from Korosten and Sarny were working at the site, and traffic was expected to resume by 6 p.m. local time.

"We apologize to passengers for the inconvenience," Polissia Railway wrote, adding that it would post updated arrival times in the channel. Passengers stuck on delayed trains were being given hot tea and water, and buses were laid on from Korosten for those travelling to Sarny.

A commission is investigating the cause of the derailment. It is the second such incident on the section in six months, after two empty tank cars derailed near Olevsk in September 2026.
""",
}, [
    {"name": "Поліська залізниця", "in_corpus": False},
], [
    {"origin": "Поліська залізниця", "article": "00_uk.txt"},
    {"origin": "Укрінформ", "article": "01_ru.txt"},
    {"origin": "Поліська залізниця", "article": "02_pl.txt"},
    {"origin": "Поліська залізниця", "article": "03_en.txt"},
], [
    {"text": "Seven grain wagons of a freight train derailed near Yasenivka station in Zhytomyr region, blocking the Korosten-Kovel line; nobody was injured.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "Nine passenger trains, including the international train No. 67 Kyiv-Chelm, were delayed by up to six hours.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
    {"text": "Traffic on the line was expected to resume by 18:00.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
])

# t04: an accident investigation board's preliminary report (outside origin BFU). de aero.de
# WITHOUT date line "geht aus dem … veröffentlichten Zwischenbericht der Bundesstelle für
# Flugunfalluntersuchung (BFU) hervor" + "schreibt die BFU"; en The Aviation Herald (trade site)
# "Germany's BFU released their preliminary report stating"; pl Rynek Lotniczy "podaje branżowy
# serwis The Aviation Herald, powołując się na wstępny raport niemieckiej komisji … BFU" + "Jak
# pisze The Aviation Herald" + "Serwis dodaje" -> one edge from The Aviation Herald (chain); it
# Corriere della Sera directly from the report ("È quanto emerge dal rapporto preliminare
# pubblicato giovedì dalla BFU" + "scrive la BFU"); the airline's silence towards the Corriere
# ("non ha risposto alle domande del Corriere") adds no own reporting.
story("t04_investigation_report_trade_chain", "chain", {
"00_de.txt": """Nürnberg-Overrun: BFU-Zwischenbericht belastet Aerovela-Cockpitcrew
aero.de

Die Embraer 195 der italienischen Aerovela, die am 21. Januar in Nürnberg über das Bahnende hinausgeschossen war, hat erst rund 1150 Meter hinter der Landeschwelle aufgesetzt. Das geht aus dem am Donnerstag veröffentlichten Zwischenbericht der Bundesstelle für Flugunfalluntersuchung (BFU) hervor.

Laut den Ermittlern landete die aus Rom-Fiumicino kommende Maschine mit dem Kennzeichen I-AVLE bei leichtem Schneefall auf der Piste 28 mit einer Rückenwindkomponente von elf Knoten. Die Bahn war mit rund drei Millimetern nassem Schnee bedeckt; die Bremswirkung war 20 Minuten zuvor als „mittel bis schlecht" gemeldet worden.

Brisant ist eine Passage zur Auswertung des Cockpit Voice Recorders: In etwa 100 Fuß Höhe habe der Erste Offizier „Go around" gerufen, der Kommandant habe den Anflug jedoch fortgesetzt, schreibt die BFU. Das Flugzeug verließ das Bahnende mit etwa 40 Knoten und kam rund 45 Meter dahinter im Grasstreifen zum Stehen, das Bugfahrwerk wurde beschädigt.

Die 104 Passagiere und fünf Besatzungsmitglieder verließen die Maschine über die Notrutschen, drei Fluggäste wurden dabei leicht verletzt. Der Flughafen war nach dem Unfall für gut sechs Stunden geschlossen.

Sicherheitsempfehlungen hat die Bundesstelle bislang nicht ausgesprochen. Der Abschlussbericht wird nach Angaben der BFU nicht vor 2028 erwartet.
""",
"01_en.txt": """Accident: Aerovela E195 at Nuremberg on Jan 21st 2027, overran runway on landing
The Aviation Herald
Thu, 04 Mar 2027 17:12:00 +0000

An Aerovela Embraer ERJ-195, registration I-AVLE performing flight VL-1842 from Rome Fiumicino (Italy) to Nuremberg (Germany) with 104 passengers and 5 crew, landed on Nuremberg's runway 28 in light snow at about 19:40L but overran the end of the runway and came to a stop in the grass about 45 meters past the runway end. The nose gear was damaged. The aircraft was evacuated via slides, three passengers received minor injuries.

On Mar 4th 2027 Germany's BFU released their preliminary report stating the aircraft touched down about 1150 meters past the runway threshold with a tailwind component of 11 knots. The runway was covered by about 3mm of wet snow, braking action had been reported medium to poor about 20 minutes prior to the landing.

The BFU reported that according to the cockpit voice recorder the first officer called "go around" at about 100 feet AGL, the captain however continued the approach. The aircraft left the runway end at about 40 knots over ground.

The captain (52, ATPL, 11,800 hours total, 2,900 hours on type) was pilot flying, the first officer (31, CPL, 2,100 hours total) was pilot monitoring.

The BFU did not issue safety recommendations so far, the investigation is continuing. The final report is not expected before 2028.
""",
"02_pl.txt": """Wypadek Embraera Aerovela w Norymberdze. Pierwszy oficer wzywał do odejścia na drugi krąg
Rynek Lotniczy
5 marca 2027

Embraer 195 włoskiej linii Aerovela, który w styczniu wypadł poza drogę startową w Norymberdze, przyziemił dopiero ok. 1150 m za progiem pasa – podaje branżowy serwis The Aviation Herald, powołując się na wstępny raport niemieckiej komisji badania wypadków lotniczych BFU.

Samolot lecący z Rzymu wylądował 21 stycznia wieczorem na pasie 28 przy lekkich opadach śniegu, z wiatrem w ogon o składowej 11 węzłów. Pas pokrywała ok. 3-milimetrowa warstwa mokrego śniegu, a skuteczność hamowania oceniano jako średnią do słabej.

Jak pisze The Aviation Herald, zapis rejestratora rozmów w kabinie wskazuje, że na wysokości ok. 100 stóp pierwszy oficer wezwał do odejścia na drugi krąg, jednak kapitan kontynuował podejście. Maszyna zjechała z końca pasa z prędkością ok. 40 węzłów i zatrzymała się na trawie ok. 45 m dalej.

Na pokładzie było 104 pasażerów i pięciu członków załogi. Ewakuowano ich po rękawach ratunkowych, trzy osoby odniosły lekkie obrażenia. Serwis dodaje, że kapitan miał za sobą 11,8 tys. godzin nalotu, a pierwszy oficer – 2,1 tys.

Komisja nie wydała na razie zaleceń bezpieczeństwa. Raport końcowy ma się ukazać nie wcześniej niż w 2028 r.
""",
"03_it.txt": """Aereo fuori pista a Norimberga, il copilota chiese di riattaccare: il rapporto tedesco sull'Embraer di Aerovela
Corriere della Sera
05/03/2027

Il copilota aveva chiesto di interrompere l'atterraggio, ma il comandante ha proseguito. È quanto emerge dal rapporto preliminare pubblicato giovedì dalla BFU, l'autorità federale tedesca per le indagini sugli incidenti aerei, sull'uscita di pista dell'Embraer 195 della compagnia italiana Aerovela avvenuta il 21 gennaio all'aeroporto di Norimberga.

Secondo gli investigatori tedeschi, l'aereo partito da Fiumicino con 104 passeggeri e cinque membri d'equipaggio ha toccato la pista circa 1.150 metri dopo la soglia, con una componente di vento in coda di undici nodi e la pista coperta da tre millimetri di neve bagnata. Dalle registrazioni della cabina di pilotaggio risulta che a circa 100 piedi di quota il primo ufficiale ha chiamato il «go around», la riattaccata, ma il comandante ha continuato l'avvicinamento.

Il velivolo ha superato la fine della pista a circa 40 nodi e si è fermato sull'erba 45 metri più avanti, con il carrello anteriore danneggiato. Tre passeggeri sono rimasti lievemente feriti durante l'evacuazione con gli scivoli, scrive la BFU.

Aerovela, vettore con base a Roma e una flotta di nove Embraer, non ha risposto alle domande del Corriere. L'autorità tedesca non ha ancora formulato raccomandazioni di sicurezza; la relazione finale è attesa non prima del 2028.
""",
}, [
    {"name": "BFU", "in_corpus": False},
], [
    {"origin": "BFU", "article": "00_de.txt"},
    {"origin": "BFU", "article": "01_en.txt"},
    {"origin": "The Aviation Herald", "article": "02_pl.txt"},
    {"origin": "BFU", "article": "03_it.txt"},
], [
    {"text": "The Aerovela Embraer 195 touched down about 1,150 metres beyond the threshold at Nuremberg with an 11-knot tailwind on a snow-covered runway.",
     "articles": ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "According to the cockpit voice recorder the first officer called a go-around at about 100 feet but the captain continued the approach.",
     "articles": ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The aircraft left the runway end at about 40 knots and stopped about 45 metres beyond it; three passengers were slightly injured in the evacuation.",
     "articles": ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt"], "independent_sources": 1},
])

# t05: in-corpus scoop (Handelsblatt: company and supervisory-board sources, an internal
# presentation "die dem Handelsblatt vorliegt"; "Hanseflug wollte sich auf Anfrage nicht äußern"
# is part of it). pl Wyborcza "dowiedział się niemiecki dziennik ekonomiczny „Handelsblatt""
# + "Według „Handelsblattu"" + "cytuje dokument dziennik z Düsseldorfu" + "Rozmówcy gazety" +
# "Przewoźnik odmówił „Handelsblattowi" komentarza"; en Reuters relays AND adds its own
# confirmation ("a company spokeswoman told Reuters …, confirming an earlier report by the
# Handelsblatt newspaper"): edge from Handelsblatt + in-corpus origin Reuters; uk ЕП "Про це пише
# німецьке ділове видання Handelsblatt із посиланням на джерела" + "За даними видання" +
# "Журналісти Handelsblatt ознайомилися" + "зазначає Handelsblatt"; ru РБК credits both: "сообщила
# деловая газета Handelsblatt со ссылкой на источники" + "подтвердила агентству Reuters" +
# "приводит агентство ее слова" -> two edges. Reuters and РБК do not carry the job figure nor the
# board date, so those claims rest on Handelsblatt alone.
story("t05_scoop_relay_with_confirmation", "confirmation", {
"00_de.txt": """Hanseflug will Basis in Dresden schließen und nach Krakau ausweichen
Handelsblatt
23.03.2027 06:00

Die Hamburger Fluggesellschaft Hanseflug plant einen harten Schnitt im Osten. Nach Informationen des Handelsblatts will das Management die Basis am Flughafen Dresden zum Ende des Sommerflugplans Ende Oktober schließen. Vier der dort stationierten Airbus A320 sollen stattdessen nach Krakau verlegt werden, wo Hanseflug eine neue Basis eröffnen will. Das erfuhr das Handelsblatt aus Unternehmens- und Aufsichtsratskreisen.

Betroffen wären nach einer internen Präsentation für den Aufsichtsrat, die dem Handelsblatt vorliegt, rund 380 Stellen in Dresden, darunter 210 im Cockpit und in der Kabine. In Krakau sollen im Gegenzug etwa 150 Arbeitsplätze entstehen, überwiegend mit Personal zu polnischen Arbeitsbedingungen. „Die Kosten in Dresden sind für unser Geschäftsmodell nicht mehr darstellbar", heißt es in dem Papier.

Der Aufsichtsrat soll am 31. März über die Pläne entscheiden. Zwei mit den Vorgängen vertraute Personen sagten, eine Zustimmung gelte als sicher. Hanseflug wollte sich auf Anfrage nicht äußern.

Hintergrund sind hohe Standortkosten und eine schwache Nachfrage: Die Auslastung der Dresdner Flüge lag im vergangenen Jahr laut der Präsentation bei 71 Prozent, deutlich unter dem Konzerndurchschnitt von 84 Prozent. In Krakau verspricht sich die Airline Zugang zu wachsenden Märkten in Polen und Südosteuropa.

Für den Flughafen Dresden wäre der Abzug ein schwerer Schlag, Hanseflug ist dort nach Passagierzahlen die zweitgrößte Fluggesellschaft. Die Belegschaft ist nach Informationen dieser Zeitung noch nicht informiert.
""",
"01_pl.txt": """Niemiecka linia Hanseflug otworzy bazę w Krakowie. „Handelsblatt": Drezno straci 380 miejsc pracy
Gazeta Wyborcza
23 marca 2027

Hamburska linia lotnicza Hanseflug chce otworzyć bazę na lotnisku w Krakowie i przenieść tam cztery samoloty Airbus A320 z Drezna – dowiedział się niemiecki dziennik ekonomiczny „Handelsblatt". Baza w stolicy Saksonii miałaby zostać zamknięta pod koniec października, wraz z końcem letniego rozkładu lotów.

Według „Handelsblattu" w Krakowie powstałoby ok. 150 miejsc pracy, głównie dla pilotów i personelu pokładowego zatrudnianego na polskich warunkach. W Dreźnie pracę może natomiast stracić ok. 380 osób. Niemiecka gazeta powołuje się na źródła w zarządzie i radzie nadzorczej spółki oraz na wewnętrzną prezentację, do której dotarła.

„Koszty w Dreźnie są nie do pogodzenia z naszym modelem biznesowym" – cytuje dokument dziennik z Düsseldorfu. Rada nadzorcza ma podjąć decyzję 31 marca. Rozmówcy dziennika uważają, że zgoda jest przesądzona. Przewoźnik odmówił „Handelsblattowi" komentarza.

Z prezentacji wynika, że w ubiegłym roku samoloty latające z Drezna były zapełnione średnio w 71 proc., podczas gdy w całej grupie – w 84 proc. Kraków ma dać Hanseflugowi dostęp do rosnących rynków w Polsce i Europie Południowo-Wschodniej.

Dla krakowskiego lotniska byłaby to kolejna baza zagranicznego przewoźnika w ostatnich latach. Port w Balicach od dawna zabiega o linie, które stacjonowałyby tu samoloty na stałe.
""",
"02_en.txt": """Hanseflug confirms plan to shift Dresden base to Krakow after newspaper report
Reuters
2027-03-23T14:40:00+00:00

FRANKFURT, March 23 (Reuters) - German airline Hanseflug plans to close its base at Dresden airport at the end of October and move aircraft to a new base in Krakow, Poland, a company spokeswoman told Reuters on Tuesday, confirming an earlier report by the Handelsblatt newspaper.

Handelsblatt had reported on Tuesday morning, citing people familiar with the matter and an internal presentation for the supervisory board, that the Hamburg-based carrier wanted to station four Airbus A320 jets in Krakow instead of Dresden.

"We are adjusting our base structure to where demand is growing. Dresden will continue to be served with flights from Hamburg," spokeswoman Katrin Oelze said. She declined to comment on how many jobs would be affected.

Hanseflug, which operates around 60 aircraft on routes across Europe, has been hit by rising airport fees and staff costs in Germany. Several German regional airports have lost flights in the past two years as carriers moved capacity to cheaper locations elsewhere in Europe.

Dresden airport did not immediately respond to a request for comment.
""",
"03_uk.txt": """Німецька Hanseflug закриє базу в Дрездені та відкриє нову в Кракові – Handelsblatt
Економічна правда
23 березня 2027, 13:20

Німецька авіакомпанія Hanseflug планує наприкінці жовтня закрити свою базу в аеропорту Дрездена і перевести чотири літаки Airbus A320 до Кракова, де відкриє нову базу. Про це пише німецьке ділове видання Handelsblatt із посиланням на джерела в керівництві та наглядовій раді компанії.

За даними видання, без роботи в Дрездені можуть залишитися близько 380 працівників, зокрема 210 пілотів і бортпровідників. У Кракові натомість з'явиться приблизно 150 робочих місць. Журналісти Handelsblatt ознайомилися з внутрішньою презентацією для наглядової ради, в якій ідеться, що витрати в Дрездені «більше не вписуються в бізнес-модель» перевізника.

Наглядова рада має ухвалити рішення 31 березня. Співрозмовники видання вважають схвалення плану формальністю. Hanseflug відмовилася коментувати цю інформацію, зазначає Handelsblatt.

Завантаженість рейсів із Дрездена минулого року становила 71% проти 84% у середньому по компанії, пише газета. У Кракові перевізник розраховує на зростання попиту в Польщі та Південно-Східній Європі.

Польські аеропорти останніми роками активно залучають бази європейських перевізників, пропонуючи нижчі збори та дешевшу робочу силу, ніж у Німеччині.
""",
"04_ru.txt": """Немецкая Hanseflug переведет самолеты из Дрездена в Краков
РБК
23.03.2027 18:05

Немецкая авиакомпания Hanseflug намерена в конце октября закрыть базу в аэропорту Дрездена и перевести четыре Airbus A320 в польский Краков, где будет открыта новая база. Об этом во вторник сообщила деловая газета Handelsblatt со ссылкой на источники в руководстве и наблюдательном совете перевозчика. Издание также ознакомилось с внутренней презентацией компании.

Позже представитель Hanseflug Катрин Ольце подтвердила агентству Reuters, что компания собирается закрыть дрезденскую базу и открыть базу в Кракове. «Мы адаптируем структуру баз к тем направлениям, где растет спрос», — приводит агентство ее слова. Дрезден, по словам представителя, продолжат обслуживать рейсами из Гамбурга.

Hanseflug базируется в Гамбурге и выполняет рейсы по Европе примерно на 60 самолетах. В последние годы европейские перевозчики сокращают присутствие в региональных аэропортах Германии из-за роста аэропортовых сборов и расходов на персонал.
""",
}, [
    {"name": "Handelsblatt", "in_corpus": True},
    {"name": "Reuters", "in_corpus": True},
], [
    {"origin": "Handelsblatt", "article": "01_pl.txt"},
    {"origin": "Handelsblatt", "article": "02_en.txt"},
    {"origin": "Handelsblatt", "article": "03_uk.txt"},
    {"origin": "Handelsblatt", "article": "04_ru.txt"},
    {"origin": "Reuters", "article": "04_ru.txt"},
], [
    {"text": "Hanseflug plans to close its Dresden base at the end of October and move four A320s to a new base in Krakow.",
     "articles": ["00_de.txt", "01_pl.txt", "02_en.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 2},
    {"text": "About 380 jobs in Dresden would be affected, while about 150 jobs would be created in Krakow.",
     "articles": ["00_de.txt", "01_pl.txt", "03_uk.txt"], "independent_sources": 1},
    {"text": "Hanseflug's supervisory board is to decide on the plan on 31 March.",
     "articles": ["00_de.txt", "01_pl.txt", "03_uk.txt"], "independent_sources": 1},
])

# t06: two independent in-corpus reports published the same day: Интерфакс (own: "Об этом
# «Интерфаксу» сообщили два источника в авиационной отрасли" + "сказал один из собеседников
# агентства") and РБК (own: "Это следует из письма …, с которым ознакомился РБК" + "Источник РБК в
# Росавиации подтвердил" + "подтвердил РБК"); uk Ukrinform credits both ("Про це пишуть
# російські агентство «Інтерфакс» та видання РБК" + "розповіли «Інтерфаксу»" + "РБК, своєю
# чергою, … пише"); de dpa credits only RBK ("berichtete das russische Wirtschaftsportal RBK" +
# "zitierte RBK aus dem Schreiben" + "dem Portal zufolge"); en Reuters credits both ("Interfax news
# agency reported …, citing two industry sources" + "RBC reported separately"); Reuters' unanswered
# requests add no own reporting. The wet-lease request appears only in RBC's report and dpa.
story("t06_two_independent_reports", "independent", {
"00_ru.txt": """«Онега Эйр» с середины апреля выведет из эксплуатации все восемь SSJ 100 — источники
Интерфакс
06.04.2027 10:32

Москва. 6 апреля. ИНТЕРФАКС - Петрозаводская авиакомпания «Онега Эйр» с 15 апреля выведет из эксплуатации все восемь своих самолетов Sukhoi Superjet 100 из-за нехватки двигателей, прошедших техобслуживание. Об этом «Интерфаксу» сообщили два источника в авиационной отрасли.

«Из восьми машин сейчас летают три, остальные стоят в ожидании двигателей. После 15 апреля в строю не останется ни одной», — сказал один из собеседников агентства. По его словам, очередь на ремонт двигателей SaM146 растянулась до конца года.

Второй источник уточнил, что авиакомпания сократит программу полетов на апрель и май примерно на 40%, в первую очередь пострадают рейсы в Мурманск и Архангельск. Часть рейсов будет выполняться на двух Boeing 737, которые уже есть в парке перевозчика.

В «Онега Эйр» на запрос агентства не ответили. В Росавиации от комментариев отказались.

«Онега Эйр» выполняет региональные рейсы на Северо-Западе России и в Москву. В 2026 году авиакомпания перевезла около 1,3 млн пассажиров.
""",
"01_ru.txt": """«Онега Эйр» попросила Росавиацию разрешить аренду трех Boeing из-за простоя Superjet
РБК
6 апреля 2027, 12:50

Авиакомпания «Онега Эйр» обратилась в Росавиацию с просьбой разрешить ей взять в мокрый лизинг (вместе с экипажами) три самолета Boeing 737 у компании «Ладога-Лизинг». Это следует из письма генерального директора перевозчика Игоря Сапрыкина руководителю ведомства, с которым ознакомился РБК.

Причина — простой парка Superjet 100: с середины апреля авиакомпания будет вынуждена поставить на прикол все восемь SSJ, говорится в письме. «Для восстановления парка нам до конца мая требуется не менее 14 двигателей SaM146, при этом поставщик гарантирует только четыре», — пишет Сапрыкин.

Источник РБК в Росавиации подтвердил получение письма и сказал, что обращение рассматривается. «Решение может быть принято на следующей неделе», — добавил он. Представитель «Онега Эйр» подтвердил РБК, что компания направила обращение, но подробности раскрывать не стал.

«Онега Эйр» базируется в Петрозаводске и выполняет рейсы на Северо-Западе и в Москву. В 2026 году компания перевезла около 1,3 млн пассажиров.
""",
"02_uk.txt": """Російська «Онега Ейр» ставить на прикол усі літаки Superjet через брак двигунів
Укрінформ
06.04.2027 15:10

Російська авіакомпанія «Онега Ейр» із середини квітня виведе з експлуатації всі вісім літаків Sukhoi Superjet 100 через брак двигунів, які пройшли техобслуговування. Про це пишуть російські агентство «Інтерфакс» та видання РБК.

Як розповіли «Інтерфаксу» два джерела в галузі, зараз у повітря піднімаються лише три машини з восьми, а черга на ремонт двигунів SaM146 розтяглася до кінця року.

РБК, своєю чергою, з посиланням на лист гендиректора перевізника до Росавіації пише, що компанії до кінця травня потрібно щонайменше 14 двигунів, а постачальник гарантує лише чотири.

«Онега Ейр» базується в Петрозаводську і виконує рейси північним заходом Росії та до Москви. Торік компанія перевезла близько 1,3 млн пасажирів.

Після запровадження західних санкцій російські авіаперевізники мають дедалі більші труднощі із запчастинами та ремонтом двигунів. Літаки Superjet особливо вразливі, оскільки їхні двигуни SaM146 залежать від іноземних компонентів.
""",
"03_de.txt": """Russische Regionalairline Onega Air will Boeing-Jets samt Crews mieten
dpa
6. April 2027

Moskau (dpa) - Die russische Fluggesellschaft Onega Air muss wegen fehlender Triebwerke ihre gesamte Superjet-Flotte am Boden lassen und will deshalb drei Boeing 737 samt Besatzungen mieten. Das berichtete das russische Wirtschaftsportal RBK am Dienstag unter Berufung auf einen Brief von Airline-Chef Igor Saprykin an die Luftfahrtbehörde Rosawiazija.

Demnach werden ab Mitte April alle acht Maschinen vom Typ Suchoi Superjet 100 stillgelegt. Bis Ende Mai benötige die Gesellschaft mindestens 14 überholte Triebwerke, der Lieferant garantiere aber nur vier, zitierte RBK aus dem Schreiben. Die Boeing-Jets sollen von der Firma Ladoga-Leasing kommen.

Eine Quelle in der Behörde bestätigte dem Portal zufolge den Eingang des Briefes. Eine Entscheidung könne in der kommenden Woche fallen.

Onega Air mit Sitz in Petrosawodsk beförderte im vergangenen Jahr rund 1,3 Millionen Passagiere. Russische Fluggesellschaften kämpfen seit Beginn der westlichen Sanktionen mit Problemen bei Ersatzteilen und Wartung.
""",
"04_en.txt": """Russia's Onega Air to ground entire Superjet fleet over engine shortage - reports
Reuters
2027-04-06 15:55

April 6 (Reuters) - Russian regional carrier Onega Air will ground all eight of its Sukhoi Superjet 100 jets from mid-April because it cannot get enough serviced engines, Interfax news agency reported on Tuesday, citing two industry sources.

Only three of the eight aircraft are currently flying, one of the sources told Interfax, adding that the queue for repairs of the planes' SaM146 engines stretched to the end of the year.

Business outlet RBC reported separately that it had seen a letter from Onega Air's chief executive to Russia's aviation regulator Rosaviatsia saying the airline needed at least 14 engines by the end of May, while its supplier could guarantee only four.

Onega Air and Rosaviatsia did not immediately respond to Reuters requests for comment.

Russian airlines have struggled to keep their fleets flying since Western sanctions cut off access to many spare parts and maintenance services. The Superjet's engines rely heavily on foreign components.
""",
}, [
    {"name": "Интерфакс", "in_corpus": True},
    {"name": "РБК", "in_corpus": True},
], [
    {"origin": "Интерфакс", "article": "02_uk.txt"},
    {"origin": "РБК", "article": "02_uk.txt"},
    {"origin": "РБК", "article": "03_de.txt"},
    {"origin": "Интерфакс", "article": "04_en.txt"},
    {"origin": "РБК", "article": "04_en.txt"},
], [
    {"text": "Onega Air will take all eight of its Superjet 100 aircraft out of service from mid-April because of a shortage of serviced engines.",
     "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], "independent_sources": 2},
    {"text": "Onega Air asked Rosaviatsia for permission to wet-lease three Boeing 737s from Ladoga-Leasing.",
     "articles": ["01_ru.txt", "03_de.txt"], "independent_sources": 1},
])

# t07: origin only outside the corpus: a Reuters exclusive citing three people familiar with the
# talks (Reuters has no article in this story). it Corriere "Lo riferisce l'agenzia Reuters, che
# cita tre fonti a conoscenza del dossier" + "secondo l'agenzia" + "aggiunge Reuters" + "riporta
# Reuters"; pl Wyborcza "podała w czwartek agencja Reutera, powołując się na trzy osoby znające
# sprawę" + "Według agencji" + "Jak pisze Reuters" + "odmówiła Reuterowi komentarza"; uk ЕП
# WITHOUT date line "Про це повідомляє агентство Reuters з посиланням на три обізнані джерела" +
# "уточнює агентство" + "За даними Reuters"; ru РБК "сообщило агентство Reuters со ссылкой на три
# источника" + "По данным агентства" + "уточняет Reuters" + "Собеседники агентства".
story("t07_outside_agency_exclusive", "agency", {
"00_it.txt": """Ferrotecna verso la cessione ai polacchi di Vistrail: trattativa per il 60%
Corriere della Sera
25 marzo 2027

Il gruppo polacco del materiale rotabile Vistrail è in trattative avanzate per rilevare il 60% di Ferrotecna, l'azienda di Reggio Emilia che costruisce carrozze passeggeri e vagoni letto. Lo riferisce l'agenzia Reuters, che cita tre fonti a conoscenza del dossier.

L'operazione, secondo l'agenzia, valuterebbe Ferrotecna circa 240 milioni di euro, debito compreso. A vendere sarebbero la famiglia Bellandi, fondatrice dell'azienda, e il fondo Arno Capitale, entrato nel capitale nel 2021. L'annuncio potrebbe arrivare entro la fine di aprile, aggiunge Reuters, anche se i dettagli non sono ancora definiti e la trattativa potrebbe ancora saltare.

Vistrail, con sede a Bydgoszcz, punta sul know-how italiano nei treni notturni, un segmento in crescita in tutta Europa, spiegano le fonti citate dall'agenzia. Il gruppo polacco partecipa tra l'altro a una gara in Ucraina per 40 nuove carrozze letto.

Ferrotecna non ha voluto commentare, mentre Vistrail non ha risposto alle richieste di commento, riporta Reuters. Anche Arno Capitale ha declinato ogni commento.

Ferrotecna impiega circa 900 persone tra lo stabilimento emiliano e un piccolo sito di manutenzione in Piemonte. La notizia arriva a pochi mesi dalla scadenza del fondo, che da tempo cercava un'uscita dall'investimento.
""",
"01_pl.txt": """Polski Vistrail chce przejąć włoskiego producenta wagonów sypialnych
Gazeta Wyborcza
25.03.2027, 16:30

Bydgoski producent taboru kolejowego Vistrail prowadzi zaawansowane rozmowy o przejęciu 60 proc. udziałów we włoskiej firmie Ferrotecna – podała w czwartek agencja Reutera, powołując się na trzy osoby znające sprawę.

Według agencji transakcja wyceniałaby Ferrotecnę, producenta wagonów pasażerskich i sypialnych z Reggio Emilia, na ok. 240 mln euro wraz z długiem. Udziały sprzedaliby założyciele firmy, rodzina Bellandich, oraz fundusz Arno Capitale. Jak pisze Reuters, porozumienie mogłoby zostać ogłoszone do końca kwietnia, choć rozmowy mogą jeszcze zostać zerwane.

Informatorzy agencji wskazują, że Vistrailowi zależy na doświadczeniu Włochów w budowie pociągów nocnych. Polska firma walczy m.in. o kontrakt na 40 nowych wagonów sypialnych dla Ukrainy.

Ferrotecna odmówiła Reuterowi komentarza, a Vistrail nie odpowiedział na pytania agencji.

Vistrail to jeden z największych prywatnych producentów taboru w Polsce. Od ubiegłego roku prowadzi też zakład naprawczy pod Lwowem. Przejęcie Włochów byłoby jego pierwszą dużą akwizycją za granicą.
""",
"02_uk.txt": """Польська Vistrail веде переговори про купівлю італійського виробника спальних вагонів – Reuters
Економічна правда

Польський виробник рухомого складу Vistrail перебуває на завершальній стадії переговорів про купівлю 60% італійської компанії Ferrotecna, яка виготовляє пасажирські та спальні вагони. Про це повідомляє агентство Reuters з посиланням на три обізнані джерела.

Угода оцінює Ferrotecna приблизно в 240 млн євро з урахуванням боргу, уточнює агентство. Продавцями виступають родина засновників Белланді та фонд Arno Capitale. Оголосити про угоду можуть до кінця квітня, хоча переговори ще можуть зірватися.

Для України ця угода може мати практичне значення. За даними Reuters, Vistrail бере участь у тендері на постачання 40 нових спальних вагонів для України, а досвід італійців у виробництві нічних поїздів має посилити її позиції.

Ferrotecna відмовилася від коментарів агентству, Vistrail на запит не відповіла.

Vistrail з минулого року має ремонтний завод під Львовом. Купівля Ferrotecna стала б першим великим придбанням польської компанії за кордоном.
""",
"03_ru.txt": """Reuters узнал о переговорах польской Vistrail о покупке итальянского производителя вагонов
РБК
25.03.2027 19:45

Польская Vistrail, выпускающая железнодорожный подвижной состав, ведет продвинутые переговоры о покупке 60% итальянской компании Ferrotecna — производителя пассажирских и спальных вагонов. Об этом сообщило агентство Reuters со ссылкой на три источника, знакомых с ходом переговоров.

По данным агентства, сделка оценивает Ferrotecna примерно в €240 млн с учетом долга. Продавцами выступят семья основателей компании Белланди и фонд Arno Capitale. Объявить о сделке могут до конца апреля, уточняет Reuters, однако переговоры еще могут сорваться.

Собеседники агентства объясняют интерес Vistrail опытом итальянцев в производстве поездов для ночных маршрутов — этот сегмент в Европе растет. В Ferrotecna от комментариев отказались, в Vistrail на запрос Reuters не ответили.

Ferrotecna базируется в Реджо-нель-Эмилии, на предприятии работают около 900 человек. Vistrail со штаб-квартирой в Быдгоще — один из крупнейших частных производителей подвижного состава в Польше; в прошлом году компания открыла ремонтный завод под Львовом.
""",
}, [
    {"name": "Reuters", "in_corpus": False},
], [
    {"origin": "Reuters", "article": "00_it.txt"},
    {"origin": "Reuters", "article": "01_pl.txt"},
    {"origin": "Reuters", "article": "02_uk.txt"},
    {"origin": "Reuters", "article": "03_ru.txt"},
], [
    {"text": "Vistrail is in advanced talks to buy 60% of the Italian rail-car maker Ferrotecna.",
     "articles": ["00_it.txt", "01_pl.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "The deal would value Ferrotecna at about 240 million euros including debt.",
     "articles": ["00_it.txt", "01_pl.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "The sellers would be the founding Bellandi family and the fund Arno Capitale; a deal could be announced by the end of April.",
     "articles": ["00_it.txt", "01_pl.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
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
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 108 (transport and aviation; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
