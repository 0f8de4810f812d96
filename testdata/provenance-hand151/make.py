#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand151 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: an institution's own published report (Główny Urząd Statystyczny / Statistics Poland)
# taken directly by all four: pl "Tak wynika z opublikowanego w czwartek raportu Głównego Urzędu
# Statystycznego" + "czytamy w publikacji"; de "Wie aus dem am Donnerstag veröffentlichten Bericht
# des polnischen Statistikamts GUS hervorgeht"; en "according to preliminary figures released on
# Thursday by Statistics Poland (GUS)"; uk "Такі попередні дані оприлюднило … Головне управління
# статистики Польщі (GUS)". Origin outside the corpus.
story("s01_gus_births_report", "institution", {
"00_pl.txt": """GUS: najmniej urodzeń od końca wojny. Współczynnik dzietności spadł do 1,06
Rzeczpospolita
25.03.2027 10:42

W 2026 r. w Polsce urodziło się około 231,4 tys. dzieci – o 16,8 tys. mniej niż rok wcześniej i najmniej od 1945 r. Tak wynika z opublikowanego w czwartek raportu Głównego Urzędu Statystycznego „Sytuacja demograficzna Polski – dane wstępne za 2026 r.”.

Według szacunków urzędu współczynnik dzietności obniżył się do 1,06 wobec 1,10 w 2025 r. Dla zapewnienia prostej zastępowalności pokoleń potrzeba wartości na poziomie około 2,1.

Zgonów było ok. 402 tys., więc przyrost naturalny wyniósł minus 170,6 tys. Była to już piętnasta z rzędu ujemna wartość. Liczba ludności Polski na koniec grudnia spadła – jak podaje GUS – do 36,38 mln.

„Spadek liczby urodzeń jest konsekwencją zarówno malejącej liczby kobiet w wieku najwyższej płodności, jak i przesuwania decyzji o pierwszym dziecku na coraz późniejszy wiek” – czytamy w publikacji. Średni wiek matki rodzącej pierwsze dziecko przekroczył według urzędu 29,4 roku.

Statystycy odnotowali też dalszy spadek liczby zawieranych małżeństw: w ubiegłym roku było ich ok. 119 tys., czyli najmniej w historii powojennych pomiarów.

Najniższą dzietność GUS wskazał w województwie świętokrzyskim (0,91), najwyższą – w pomorskim (1,19). Dane ostateczne urząd ma przedstawić w czerwcu, w „Roczniku Demograficznym”.

Demografowie od lat ostrzegają, że utrzymanie się obecnych trendów oznacza szybkie starzenie się społeczeństwa i rosnącą presję na system emerytalny.
""",
"01_de.txt": """Polen verzeichnet so wenige Geburten wie seit Kriegsende nicht mehr
Frankfurter Allgemeine Zeitung
25. März 2027

In Polen sind im vergangenen Jahr so wenige Kinder zur Welt gekommen wie seit 1945 nicht mehr. Wie aus dem am Donnerstag veröffentlichten Bericht des polnischen Statistikamts GUS hervorgeht, wurden 2026 rund 231.400 Geburten registriert, knapp 17.000 weniger als im Jahr davor.

Die zusammengefasste Geburtenziffer sank demnach auf 1,06 Kinder je Frau, nach 1,10 im Jahr 2025. Damit liegt Polen inzwischen deutlich unter dem Durchschnitt der Europäischen Union. Um die Bevölkerung ohne Zuwanderung stabil zu halten, wären etwa 2,1 Kinder je Frau nötig.

Da zugleich rund 402.000 Menschen starben, schrumpfte die Bevölkerung durch den Sterbeüberschuss um gut 170.000 Menschen. Zum Jahresende lebten den Warschauer Statistikern zufolge noch 36,38 Millionen Menschen in Polen.

Als Gründe nennt die Behörde in ihrer Veröffentlichung die sinkende Zahl von Frauen im Alter der höchsten Geburtenhäufigkeit sowie den immer späteren Zeitpunkt der ersten Geburt. Erstgebärende Mütter waren im Schnitt älter als 29,4 Jahre.

Auch das monatliche Kindergeld von 800 Złoty pro Kind hat den Abwärtstrend nach den nun vorgelegten Zahlen nicht gestoppt. Endgültige Daten will das Amt im Juni in seinem demografischen Jahrbuch vorlegen.
""",
"02_en.txt": """Poland's births fall to lowest level since 1945, Statistics Poland data show
Notes from Poland
2027-03-25T13:10:00+01:00

Poland recorded around 231,400 live births last year, the fewest since the end of the Second World War, according to preliminary figures released on Thursday by Statistics Poland (GUS).

The total fertility rate dropped to 1.06, down from 1.10 in 2025 and far below the 2.1 needed to keep a population stable without migration. Only two of the country's 16 regions, Pomerania and Masovia, recorded a rate above 1.15.

With about 402,000 deaths, the natural decrease reached 170,600, the fifteenth consecutive year in which deaths outnumbered births. The population stood at 36.38 million at the end of December, the statistics office said.

"The decline in births is a consequence both of the shrinking number of women at the age of highest fertility and of decisions about a first child being postponed to an ever later age," GUS wrote in the report. The average age of a mother giving birth for the first time rose above 29.4 years.

The number of marriages also fell, to about 119,000, the lowest figure in post-war records.

The data are likely to feed into the debate over pensions and immigration ahead of next year's budget. GUS will publish final figures in its Demographic Yearbook in June.
""",
"03_uk.txt": """У Польщі народжуваність упала до найнижчого рівня від 1945 року
Укрінформ
25 березня 2027

Торік у Польщі народилося близько 231,4 тисячі дітей — найменше від завершення Другої світової війни. Такі попередні дані оприлюднило в четвер Головне управління статистики Польщі (GUS).

Сумарний коефіцієнт народжуваності, за оцінкою польських статистиків, знизився до 1,06 дитини на жінку проти 1,10 роком раніше. Для простого відтворення населення потрібно близько 2,1.

Кількість померлих сягнула приблизно 402 тисяч, тож природне скорочення населення становило понад 170 тисяч осіб. Станом на кінець грудня в Польщі, за даними GUS, проживало 36,38 мільйона людей.

У звіті відомства причинами спаду названо зменшення кількості жінок у віці найвищої народжуваності та дедалі пізніше народження першої дитини. Середній вік матері при перших пологах перевищив 29,4 року.

Варто зазначити, що польська статистика рахує постійне населення і не враховує більшість українців, які перебувають у країні за тимчасовим захистом. Остаточні дані управління планує оприлюднити в червні.
""",
}, [("Główny Urząd Statystyczny", False)],
[("Główny Urząd Statystyczny", "00_pl.txt"), ("Główny Urząd Statystyczny", "01_de.txt"),
 ("Główny Urząd Statystyczny", "02_en.txt"), ("Główny Urząd Statystyczny", "03_uk.txt")],
[("About 231,400 children were born in Poland in 2026, the fewest since 1945.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Poland's total fertility rate fell to 1.06 in 2026 from 1.10 in 2025.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Poland's population stood at 36.38 million at the end of 2026.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("The number of marriages fell to about 119,000, the lowest in post-war records.",
  ["00_pl.txt", "02_en.txt"], 1)])

# s02: in-corpus scoop by Handelsblatt (two anonymous people + internal paper; the anonymous people
# belong to Handelsblatt), relayed 4x: de own "Nach Informationen des Handelsblatts" + "Das erfuhr das
# Handelsblatt von zwei Personen"; en "the Handelsblatt business daily reported on Tuesday, citing"
# + "declined to comment when contacted by Reuters" (unanswered request, no own reporting); pl
# "poinformował we wtorek dziennik „Handelsblatt”, powołując się na" + "Według „Handelsblattu”" +
# "pisze niemiecka gazeta ekonomiczna"; fr (no date line) "C'est ce que révèle mardi le quotidien
# économique allemand Handelsblatt, selon lequel" + "citées par le journal de Düsseldorf"; it
# "Secondo quanto riporta il quotidiano economico Handelsblatt, che cita due fonti".
story("s02_handelsblatt_destatis_inflation_error", "scoop", {
"00_de.txt": """Statistisches Bundesamt muss Inflationszahlen korrigieren
Handelsblatt
2027-03-09 06:00

Das Statistische Bundesamt (Destatis) hat die Inflation in Deutschland über fünf Monate hinweg zu hoch ausgewiesen. Nach Informationen des Handelsblatts führte ein Fehler in der Software, mit der die Preise für Pauschalreisen und Mieten gewichtet werden, dazu, dass die Teuerungsrate zwischen Oktober 2026 und Februar 2027 jeweils um 0,2 bis 0,3 Prozentpunkte überzeichnet wurde. Das erfuhr das Handelsblatt von zwei Personen, die mit dem Vorgang vertraut sind und namentlich nicht genannt werden wollen.

Statt der gemeldeten 2,6 Prozent hätte die Inflationsrate im Februar demnach bei 2,3 oder 2,4 Prozent gelegen. Der Fehler sei bei einer Routineprüfung Ende Februar aufgefallen, sagte einer der Insider. Die Wiesbadener Behörde wolle die korrigierten Reihen zusammen mit den März-Daten Ende kommender Woche veröffentlichen.

Ein internes Papier, das dem Handelsblatt vorliegt, spricht von einer „fehlerhaften Übernahme der Gewichtungsschemata nach dem Umstieg auf das neue Verarbeitungssystem“. Betroffen sei auch der harmonisierte Verbraucherpreisindex (HVPI), auf den die Europäische Zentralbank (EZB) ihre Geldpolitik stützt.

Destatis wollte sich auf Anfrage nicht äußern und verwies auf die regulären Veröffentlichungstermine.

Für die EZB kommt die Korrektur zu einem heiklen Zeitpunkt: Der EZB-Rat berät im April über den weiteren Zinskurs. Deutschland hat ein Gewicht von gut einem Viertel im Euroraum-Index. Ökonomen gehen davon aus, dass die Euro-Inflation rückwirkend um etwa 0,05 Prozentpunkte niedriger ausfallen dürfte.

Es ist nicht das erste Mal, dass eine IT-Umstellung in Wiesbaden für Ärger sorgt. Kritiker in der Wissenschaft fordern seit Langem, dass neue Systeme länger parallel zu den alten laufen, bevor amtliche Zahlen darauf beruhen.
""",
"01_en.txt": """German statistics office overstated inflation for five months - Handelsblatt
Reuters
Tue, 09 Mar 2027 09:45:00 +0000

Germany's Federal Statistical Office overstated consumer price inflation by 0.2 to 0.3 percentage points between October 2026 and February 2027 because of a software error, the Handelsblatt business daily reported on Tuesday, citing two people familiar with the matter.

According to the newspaper, the error affected the weighting of package holidays and rents after the office, known as Destatis, switched to a new data processing system. Annual inflation in February would have been 2.3% or 2.4% instead of the 2.6% reported, Handelsblatt said.

Destatis plans to publish corrected series together with its March data at the end of next week, the paper reported, adding that an internal document it had seen referred to a "faulty transfer of weighting schemes".

A Destatis spokeswoman declined to comment when contacted by Reuters, referring to the office's regular release calendar.

The error also affects Germany's harmonised index of consumer prices (HICP), which feeds into the euro zone figure the European Central Bank targets. Germany accounts for more than a quarter of the euro zone index, and the ECB's Governing Council is due to discuss interest rates again in April.
""",
"02_pl.txt": """Niemiecki urząd statystyczny zawyżał inflację. Winny błąd w oprogramowaniu
Bankier.pl
9 marca 2027, 11:20

Federalny Urząd Statystyczny Niemiec (Destatis) przez pięć miesięcy podawał zbyt wysoką inflację – poinformował we wtorek dziennik „Handelsblatt”, powołując się na dwie osoby zaznajomione ze sprawą.

Według „Handelsblattu” błąd w oprogramowaniu, które służy do ważenia cen wycieczek zorganizowanych i czynszów, sprawił, że między październikiem 2026 a lutym 2027 r. wskaźnik CPI był zawyżony o 0,2–0,3 pkt proc. Lutowa inflacja w Niemczech wyniosłaby zatem 2,3 lub 2,4 proc. zamiast ogłoszonych 2,6 proc.

Skorygowane dane urząd w Wiesbaden ma opublikować pod koniec przyszłego tygodnia razem z odczytem za marzec – pisze niemiecka gazeta ekonomiczna. Dotarła ona również do wewnętrznego dokumentu, w którym mowa o „błędnym przeniesieniu schematów wag” po zmianie systemu informatycznego.

Korekta obejmie także zharmonizowany wskaźnik cen konsumpcyjnych HICP, na którym opiera się polityka Europejskiego Banku Centralnego. Niemcy odpowiadają za ponad jedną czwartą wskaźnika dla strefy euro.

Dla Polski niemiecka inflacja ma znaczenie pośrednie: Niemcy są największym partnerem handlowym naszego kraju, a decyzje EBC wpływają na kurs złotego i na nastroje w Radzie Polityki Pieniężnej.
""",
"03_fr.txt": """Allemagne : l'institut statistique a surestimé l'inflation pendant cinq mois
Les Echos

L'inflation allemande a été surévaluée de 0,2 à 0,3 point entre octobre 2026 et février 2027. C'est ce que révèle mardi le quotidien économique allemand Handelsblatt, selon lequel une erreur logicielle a faussé la pondération des voyages à forfait et des loyers au sein de l'Office fédéral de la statistique (Destatis).

D'après deux personnes au fait du dossier citées par le journal de Düsseldorf, la hausse des prix n'aurait pas atteint 2,6 % sur un an en février, comme annoncé, mais 2,3 % ou 2,4 %. L'anomalie aurait été détectée lors d'un contrôle de routine fin février.

Destatis prévoit de publier les séries corrigées à la fin de la semaine prochaine, en même temps que les chiffres de mars, affirme le Handelsblatt. L'institut de Wiesbaden n'a pas souhaité commenter.

La correction concerne aussi l'indice des prix à la consommation harmonisé (IPCH), l'indicateur suivi par la Banque centrale européenne. Elle intervient à quelques semaines de la réunion d'avril du conseil des gouverneurs, où la question d'une nouvelle baisse des taux doit être débattue.
""",
"04_it.txt": """Germania, l'Ufficio di statistica ha sovrastimato l'inflazione per cinque mesi
Il Sole 24 Ore
10 marzo 2027

L'inflazione tedesca è stata sovrastimata per cinque mesi consecutivi. Secondo quanto riporta il quotidiano economico Handelsblatt, che cita due fonti a conoscenza del dossier, un errore nel software usato dall'Ufficio federale di statistica (Destatis) per ponderare i prezzi dei pacchetti vacanza e degli affitti ha gonfiato il dato tra ottobre 2026 e febbraio 2027 di 0,2-0,3 punti percentuali.

A febbraio, quindi, i prezzi al consumo in Germania sarebbero saliti del 2,3 o 2,4% su base annua e non del 2,6% comunicato ufficialmente. Il giornale di Düsseldorf scrive di aver visionato un documento interno che parla di un «trasferimento errato degli schemi di ponderazione» dopo il passaggio a un nuovo sistema informatico.

Le serie corrette, sempre secondo Handelsblatt, saranno diffuse alla fine della prossima settimana insieme al dato di marzo. Destatis non ha voluto commentare.

La revisione toccherà anche l'indice armonizzato (Ipca), il parametro su cui la Banca centrale europea calibra la politica monetaria: la Germania pesa per oltre un quarto nel paniere dell'area euro. Per i mercati la correzione potrebbe rafforzare le attese di un ulteriore taglio dei tassi alla riunione di aprile della Bce.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("Handelsblatt", "02_pl.txt"), ("Handelsblatt", "03_fr.txt"),
 ("Handelsblatt", "04_it.txt")],
[("Destatis overstated German inflation by 0.2-0.3 percentage points from October 2026 to February 2027 because of a software error.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_it.txt"], 1),
 ("German inflation in February would have been 2.3% or 2.4% instead of the reported 2.6%.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_it.txt"], 1),
 ("Destatis will publish the corrected series with the March data at the end of next week.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_it.txt"], 1)])

# s03: chain Il Sole 24 Ore (own: draft Istat report seen by the paper; Istat's reply to the paper is
# part of it) -> El País ("según publica este martes el diario económico Il Sole 24 Ore, que ha
# tenido acceso al documento", "señala el periódico milanés", "De acuerdo con la información del
# rotativo") -> uk ("пише іспанська газета El País з посиланням на італійське економічне видання
# Il Sole 24 Ore", "Як зазначає іспанське видання") and de (no date line; "Das berichtet die
# spanische Zeitung El País unter Berufung auf einen Bericht der Wirtschaftszeitung Il Sole 24 Ore",
# "laut El País"). Credits to the in-corpus intermediate give edges from El País.
story("s03_istat_census_ghost_residents_chain", "chain", {
"00_it.txt": """Censimento, 1,1 milioni di residenti «fantasma» nelle anagrafi dei Comuni
Il Sole 24 Ore
2027-05-18T07:00:00+02:00

Oltre un milione di persone risultano iscritte nelle anagrafi dei Comuni italiani ma, di fatto, non vivono più lì. È quanto emerge da una bozza del rapporto dell'Istat sul censimento permanente della popolazione, che Il Sole 24 Ore ha potuto consultare in anteprima. Secondo il documento, la differenza tra la popolazione anagrafica e quella censita al 31 dicembre 2026 ammonta a circa 1,1 milioni di unità, pari all'1,9% del totale.

Lo scarto più ampio riguarda i grandi centri urbani: a Roma i residenti «in eccesso» sarebbero circa 96mila, a Milano 41mila. Per circa 140mila cittadini stranieri, si legge nella bozza, non è stato possibile rintracciare alcun segnale amministrativo di presenza negli ultimi due anni: contratti di lavoro, iscrizioni scolastiche, prestazioni sanitarie. Tra questi figurano circa 38mila cittadini ucraini arrivati dopo il 2022 con la protezione temporanea, molti dei quali si sono probabilmente spostati in altri Paesi o sono rientrati in patria.

La questione non è solo statistica. Su parametri legati alla popolazione si calcolano i trasferimenti del fondo di solidarietà comunale, il numero dei consiglieri comunali e perfino l'indennità dei sindaci. Una revisione al ribasso potrebbe quindi costare ad alcuni enti locali diversi milioni di euro.

Contattato dal Sole 24 Ore, l'Istituto nazionale di statistica ha precisato che si tratta di «risultati provvisori, soggetti a ulteriori verifiche» e che i dati definitivi saranno diffusi a dicembre.

Il censimento permanente ha sostituito la rilevazione decennale «porta a porta» con indagini campionarie annuali integrate dai registri amministrativi.
""",
"01_es.txt": """Italia descubre más de un millón de vecinos 'fantasma' en sus padrones
El País
18 de mayo de 2027, 13:25 CEST

Más de un millón de personas figuran empadronadas en municipios italianos en los que ya no viven. Así lo recoge un borrador del informe del Istat, el instituto nacional de estadística italiano, sobre su censo permanente, según publica este martes el diario económico Il Sole 24 Ore, que ha tenido acceso al documento.

La diferencia entre la población inscrita en los padrones municipales y la realmente censada a 31 de diciembre de 2026 ronda 1,1 millones de personas, el 1,9% del total, señala el periódico milanés. Los mayores desajustes se concentran en Roma, con unos 96.000 residentes de más, y en Milán, con 41.000.

De acuerdo con la información del rotativo, en torno a 140.000 extranjeros empadronados no han dejado rastro administrativo alguno en los dos últimos años —ni contratos de trabajo, ni matrículas escolares, ni asistencia sanitaria—, entre ellos unos 38.000 ucranianos llegados tras la invasión rusa con protección temporal.

El Istat ha indicado al diario que se trata de resultados provisionales y que las cifras definitivas se publicarán en diciembre.

El debate resuena en España, donde varios ayuntamientos han sido criticados por mantener en sus padrones a vecinos que hace tiempo que se marcharon. La población empadronada condiciona, como en Italia, la participación de los municipios en los tributos del Estado y el número de concejales que eligen.
""",
"02_uk.txt": """В Італії понад мільйон «мертвих душ» у реєстрах населення, серед них — 38 тисяч українців
Європейська правда
19.05.2027 09:15

В італійських муніципальних реєстрах населення значаться понад мільйон людей, які насправді там уже не мешкають. Про це пише іспанська газета El País з посиланням на італійське економічне видання Il Sole 24 Ore, яке ознайомилося з проєктом звіту Національного інституту статистики Італії (Istat) про постійний перепис населення.

Як зазначає іспанське видання, розбіжність між кількістю зареєстрованих і фактично переписаних мешканців станом на 31 грудня 2026 року становить близько 1,1 мільйона осіб, або 1,9% від загальної кількості. Найбільше «зайвих» мешканців — у Римі (близько 96 тисяч) та Мілані (41 тисяча).

Серед приблизно 140 тисяч іноземців, які за останні два роки не залишили жодного сліду в адміністративних базах, за даними газети, є близько 38 тисяч громадян України, що прибули до Італії після 2022 року й отримали тимчасовий захист. Імовірно, частина з них переїхала до інших країн ЄС або повернулася додому.

В Istat, за інформацією El País, наголосили, що результати попередні, а остаточні дані оприлюднять у грудні.

Від чисельності зареєстрованого населення в Італії залежать трансферти місцевим громадам, тож перегляд цифр може коштувати деяким муніципалітетам мільйони євро.
""",
"03_de.txt": """Italien zählt mehr als eine Million „Geisterbewohner“
Der Standard

In Italiens Melderegistern stehen mehr als eine Million Menschen, die dort gar nicht mehr wohnen. Das berichtet die spanische Zeitung El País unter Berufung auf einen Bericht der Wirtschaftszeitung Il Sole 24 Ore, der ein Entwurf des nationalen Statistikinstituts Istat vorliegt.

Demnach klaffen die Zahl der gemeldeten und die der bei der laufenden Volkszählung tatsächlich erfassten Einwohner zum Stichtag 31. Dezember 2026 um rund 1,1 Millionen auseinander – das sind 1,9 Prozent der Bevölkerung. Besonders groß ist die Lücke in Rom mit etwa 96.000 und in Mailand mit rund 41.000 Personen.

Bei etwa 140.000 gemeldeten Ausländern fanden die Statistiker laut El País in den vergangenen zwei Jahren keinerlei Spuren in Verwaltungsdaten, weder Arbeitsverträge noch Schulanmeldungen oder Arztbesuche. Rund 38.000 von ihnen sind ukrainische Kriegsflüchtlinge mit vorübergehendem Schutzstatus.

Das Istat betonte, es handle sich um vorläufige Ergebnisse; endgültige Zahlen sollen im Dezember folgen.

Auch in Österreich ist das Thema nicht neu: Gemeinden, deren Einwohnerzahl nach einer Zählung sinkt, bekommen weniger Geld aus dem Finanzausgleich – und wehren sich entsprechend heftig gegen jede Korrektur nach unten.
""",
}, [("Il Sole 24 Ore", True)],
[("Il Sole 24 Ore", "01_es.txt"), ("El País", "02_uk.txt"), ("El País", "03_de.txt")],
[("About 1.1 million people registered in Italian municipal registries no longer live there, according to a draft Istat census report.",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_de.txt"], 1),
 ("The largest gaps are in Rome (about 96,000) and Milan (about 41,000).",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_de.txt"], 1),
 ("About 38,000 Ukrainians with temporary protection are among some 140,000 registered foreigners without any administrative trace.",
  ["00_it.txt", "01_es.txt", "02_uk.txt", "03_de.txt"], 1)])

# s04: Економічна правда own scoop (letter to the cabinet in the outlet's possession + comment of the
# Derzhstat head to the outlet); 01_pl.txt is an uncredited close Polish translation published the
# next morning with no outlet line, which keeps "którego kopią dysponuje redakcja" and "powiedziała
# … w rozmowie z naszą redakcją" (edge from Економічна правда, scenario translation); en relay
# "Ekonomichna Pravda reported on April 6, citing a letter" + "told Ekonomichna Pravda"; it relay
# "Lo scrive il sito economico ucraino Ekonomichna Pravda" + "Secondo la testata" + "riferisce il sito".
story("s04_derzhstat_census_postponed_translation", "translation", {
"00_uk.txt": """Держстат просить перенести перепис населення на 2030 рік — лист до Кабміну
Економічна правда
2027-04-06 08:00

Державна служба статистики пропонує перенести всеукраїнський перепис населення, запланований на 2028 рік, щонайменше на 2030-й. Про це йдеться в листі голови Держстату Ірини Самойленко до Кабінету міністрів, копія якого є в розпорядженні «Економічної правди».

У документі, датованому 26 березня, відомство пояснює, що для проведення перепису потрібно щонайменше 4,8 млрд грн, тоді як у проєкті бюджетної декларації на 2028 рік закладено лише 0,6 млрд грн. Крім того, у листі зазначено, що на територіях, які постраждали від бойових дій, неможливо гарантувати безпеку переписувачів.

«Ми не можемо провести перепис "наполовину". Якщо рахувати, то всіх і за єдиною методикою, інакше дані не матимуть жодної цінності», — сказала Самойленко в коментарі «Економічній правді».

За її словами, до того часу Держстат планує щороку публікувати оцінку чисельності населення на основі даних мобільних операторів, реєстрів Пенсійного фонду та податкової служби. Перша така оцінка має з'явитися восени 2027 року.

Останній перепис в Україні відбувся 2001 року. Наступний кілька разів переносили — спочатку з 2011-го, потім з 2020-го. Мінекономіки, якому підпорядкований Держстат, на запит ЕП станом на момент публікації не відповіло.

Відсутність актуальних даних про населення ускладнює планування відновлення, розрахунок субвенцій громадам і переговори з міжнародними донорами, наголошують економісти.
""",
"01_pl.txt": """Ukraiński urząd statystyczny chce przełożyć spis powszechny na 2030 rok
7.04.2027 06:30

Państwowa Służba Statystyczna Ukrainy (Derżstat) proponuje przesunąć ogólnoukraiński spis powszechny, zaplanowany na 2028 r., co najmniej na 2030 r. Wynika to z listu szefowej urzędu Iryny Samojłenko do Gabinetu Ministrów, którego kopią dysponuje redakcja.

W dokumencie z 26 marca urząd wyjaśnia, że na przeprowadzenie spisu potrzeba co najmniej 4,8 mld hrywien, podczas gdy w projekcie deklaracji budżetowej na 2028 r. zapisano zaledwie 0,6 mld hrywien. W liście zaznaczono ponadto, że na terenach dotkniętych działaniami wojennymi nie da się zagwarantować bezpieczeństwa rachmistrzów.

„Nie możemy przeprowadzić spisu «w połowie». Jeśli liczyć, to wszystkich i według jednolitej metodologii, w przeciwnym razie dane nie będą miały żadnej wartości” – powiedziała Samojłenko w rozmowie z naszą redakcją.

Jak dodała, do tego czasu Derżstat zamierza co roku publikować szacunek liczby ludności na podstawie danych operatorów komórkowych, rejestrów funduszu emerytalnego i służby podatkowej. Pierwszy taki szacunek ma się ukazać jesienią 2027 r.

Ostatni spis na Ukrainie przeprowadzono w 2001 r. Kolejny kilkakrotnie przekładano – najpierw z 2011 r., potem z 2020 r. Ministerstwo Gospodarki, któremu podlega Derżstat, do chwili publikacji nie odpowiedziało na nasze pytania.

Brak aktualnych danych o ludności utrudnia planowanie odbudowy, wyliczanie subwencji dla gmin i rozmowy z międzynarodowymi donorami – podkreślają ekonomiści.
""",
"02_en.txt": """Ukraine's statistics service seeks to push census back to 2030, Ekonomichna Pravda reports
The Kyiv Independent
April 6, 2027 5:40 PM

Ukraine's State Statistics Service has asked the government to postpone the country's first census in over a quarter of a century from 2028 to 2030 at the earliest, Ekonomichna Pravda reported on April 6, citing a letter from the agency's head to the Cabinet of Ministers.

In the letter, dated March 26 and seen by the economic news outlet, the service says the census would cost at least Hr 4.8 billion (about $112 million), while the draft budget declaration for 2028 sets aside only Hr 600 million. It also warns that the safety of census takers cannot be guaranteed in areas affected by the fighting.

"We cannot carry out half a census. If we count, we count everyone using a single methodology, otherwise the data will be worthless," the head of the service, Iryna Samoilenko, told Ekonomichna Pravda.

Until then, the agency plans to publish annual population estimates based on mobile operator data and pension fund and tax registers, with the first one due in autumn 2027, according to the outlet.

Ukraine last held a census in 2001. The next one was postponed several times, first from 2011 and then from 2020. The full-scale Russian invasion, which displaced millions of people inside and outside the country, has made reliable population figures even harder to come by.

The Economy Ministry, which oversees the statistics service, had not responded to Ekonomichna Pravda's request for comment at the time of publication.
""",
"03_it.txt": """Ucraina, l'ufficio statistico chiede di rinviare il censimento al 2030
ANSA
06/04/2027 19:02

Il servizio statistico nazionale ucraino (Derzhstat) ha chiesto al governo di rinviare almeno al 2030 il censimento della popolazione previsto per il 2028. Lo scrive il sito economico ucraino Ekonomichna Pravda, che ha visionato una lettera inviata dalla responsabile dell'ente, Iryna Samoilenko, al Consiglio dei ministri.

Secondo la testata, per il censimento servirebbero almeno 4,8 miliardi di grivnie, mentre il progetto di bilancio per il 2028 ne prevede appena 0,6 miliardi. Nella lettera si sottolinea inoltre che nelle zone colpite dai combattimenti non è possibile garantire la sicurezza dei rilevatori.

"Non possiamo fare un censimento a metà: se si conta, si contano tutti con un'unica metodologia", ha dichiarato Samoilenko a Ekonomichna Pravda.

In attesa del censimento, riferisce il sito, l'ente pubblicherà ogni anno stime della popolazione basate sui dati degli operatori di telefonia mobile e dei registri fiscali e previdenziali; la prima è attesa in autunno.

L'ultimo censimento in Ucraina risale al 2001. Da allora la guerra e l'emigrazione di milioni di persone hanno reso sempre più incerte le stime sulla popolazione del Paese.
""",
}, [("Економічна правда", True)],
[("Економічна правда", "01_pl.txt"), ("Економічна правда", "02_en.txt"),
 ("Економічна правда", "03_it.txt")],
[("Ukraine's State Statistics Service proposes postponing the census planned for 2028 to 2030 at the earliest.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1),
 ("The census needs at least 4.8 billion hryvnias but the 2028 draft budget declaration provides only 0.6 billion.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1),
 ("Until the census, the service plans annual population estimates from mobile-operator and register data, the first in autumn 2027.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1)])

# s05: Financial Times own scoop (three people familiar + internal memo; the ONS reply to the FT is
# part of it). de relay adds its own confirmation: "Wie die Financial Times unter Berufung auf … berichtet"
# + "Auf Anfrage der Süddeutschen Zeitung bestätigte eine Sprecherin der ONS" -> edge from FT and
# Süddeutsche Zeitung is an in-corpus origin too. fr "selon le Financial Times" + "D'après le quotidien
# économique londonien" + "consultée par le journal" + "s'est borné à indiquer au FT"; es "según
# adelantó este martes el Financial Times" + "señala el rotativo británico" + "el diario de la City".
story("s05_ons_monthly_gdp_pause_confirmed", "own_confirmation", {
"00_en.txt": """ONS to suspend monthly GDP figures for three months amid IT overhaul
Financial Times
2027-05-04T05:00:00+01:00

The Office for National Statistics will stop publishing its monthly estimates of UK economic output for three months this summer as it moves its business survey data on to a new computer system, according to three people familiar with the plans.

The statistics agency intends to skip the monthly gross domestic product releases due in June, July and August, publishing only the quarterly figures, the people said. An internal memo seen by the Financial Times says the pause is needed to "protect the quality of the headline series" while the Monthly Business Survey is migrated to a cloud-based platform.

The memo, circulated to senior staff last week, says about 40 statisticians will be temporarily moved from national accounts to help with testing. It puts the cost of the migration at £27mn, £6mn more than budgeted.

The ONS said it would "set out any changes to our release schedule in the usual way, with as much notice as possible for users".

The decision is likely to irritate officials at the Bank of England, whose Monetary Policy Committee meets in June and August and relies heavily on the monthly data. One economist at a large City bank said a three-month gap would leave rate-setters "flying partly blind at exactly the wrong moment".

The agency has faced sustained criticism over falling response rates to its Labour Force Survey, which forced it to suspend some of its labour market statistics in recent years.
""",
"01_de.txt": """Britische Statistiker setzen Monats-BIP aus
Süddeutsche Zeitung
4. Mai 2027, 14:32 Uhr

Das britische Statistikamt ONS will in diesem Sommer drei Monate lang keine monatlichen Schätzungen zur Wirtschaftsleistung veröffentlichen. Wie die Financial Times unter Berufung auf mit den Plänen vertraute Personen berichtet, sollen die für Juni, Juli und August geplanten Veröffentlichungen zum Bruttoinlandsprodukt ausfallen; nur die Quartalszahlen würden weiter erscheinen. Grund sei die Umstellung der monatlichen Unternehmensumfrage auf ein neues IT-System.

Auf Anfrage der Süddeutschen Zeitung bestätigte eine Sprecherin der ONS am Dienstag die Pause. „Wir haben uns entschieden, die monatlichen BIP-Schätzungen für Juni bis August auszusetzen, damit die Qualität der Daten während der Umstellung gewährleistet bleibt“, sagte sie. Der reguläre Rhythmus solle im September wieder aufgenommen werden, ein aktualisierter Veröffentlichungskalender werde noch in dieser Woche folgen.

Für die Bank of England kommt die Datenlücke ungelegen: Ihr geldpolitischer Ausschuss tagt im Juni und im August. Großbritannien ist zudem eines der wenigen großen Industrieländer, die überhaupt ein monatliches BIP veröffentlichen; in Deutschland legt das Statistische Bundesamt die Wirtschaftsleistung nur vierteljährlich vor.

Das ONS steht seit Längerem in der Kritik, unter anderem wegen stark gesunkener Rücklaufquoten bei seiner Arbeitsmarktumfrage.
""",
"02_fr.txt": """Royaume-Uni : l'institut statistique va suspendre la publication du PIB mensuel
Le Monde
4 mai 2027 à 11h50

L'Office for National Statistics (ONS), l'institut statistique britannique, va cesser pendant trois mois de publier ses estimations mensuelles du produit intérieur brut, selon le Financial Times. D'après le quotidien économique londonien, qui cite trois personnes au fait du projet, les publications prévues en juin, juillet et août seront supprimées ; seuls les chiffres trimestriels seront maintenus.

Une note interne consultée par le journal justifie cette pause par la migration de l'enquête mensuelle auprès des entreprises vers une plateforme informatique dans le nuage. Une quarantaine de statisticiens des comptes nationaux seraient temporairement réaffectés aux tests, et le coût du chantier atteindrait 27 millions de livres (environ 31 millions d'euros), soit 6 millions de plus que prévu.

Cette décision tombe mal pour la Banque d'Angleterre, dont le comité de politique monétaire se réunit en juin et en août. L'ONS, déjà critiqué pour la chute du taux de réponse à son enquête sur l'emploi, s'est borné à indiquer au FT qu'il annoncerait « de la manière habituelle » tout changement de calendrier.
""",
"03_es.txt": """La oficina estadística británica dejará de publicar el PIB mensual durante tres meses
Expansión
04/05/2027 - 16:05

La Oficina Nacional de Estadística del Reino Unido (ONS) suspenderá este verano la publicación de sus estimaciones mensuales del PIB, según adelantó este martes el Financial Times. El organismo no difundirá los datos correspondientes a junio, julio y agosto y se limitará a publicar las cifras trimestrales, señala el rotativo británico, que cita a tres personas conocedoras de los planes.

El motivo es el traslado de la encuesta mensual a empresas a una nueva plataforma en la nube. Según un memorando interno al que ha tenido acceso el diario de la City, unos 40 estadísticos de las cuentas nacionales serán reasignados temporalmente y el coste de la migración asciende a 27 millones de libras, seis millones más de lo presupuestado.

La pausa deja al Banco de Inglaterra sin uno de sus principales indicadores justo antes de las reuniones de junio y agosto de su comité de política monetaria. A diferencia del Reino Unido, España no publica un PIB mensual: el dato de referencia es la estimación trimestral, que se conoce aproximadamente un mes después del cierre de cada trimestre.
""",
}, [("Financial Times", True), ("Süddeutsche Zeitung", True)],
[("Financial Times", "01_de.txt"), ("Financial Times", "02_fr.txt"), ("Financial Times", "03_es.txt")],
[("The ONS will suspend its monthly GDP estimates for June, July and August and publish only quarterly figures.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_es.txt"], 2),
 ("An internal memo puts the migration cost at £27mn, £6mn over budget, and moves about 40 statisticians to testing.",
  ["00_en.txt", "02_fr.txt", "03_es.txt"], 1)])

# s06: two independent own reports of the same resignation: El País ("según han confirmado a EL PAÍS
# fuentes del ministerio y del propio instituto") and Reuters ("two government sources told
# Reuters"; both anonymous, belonging to their outlets). it relays both ("Lo hanno riferito, in
# modo indipendente, il quotidiano El País e l'agenzia Reuters", "scrive El País", "Secondo
# Reuters"): two edges. fr relays Reuters only ("rapporte lundi l'agence Reuters, qui cite",
# "selon l'agence", "Contacté par Reuters").
story("s06_ine_president_resigns_independent", "independent", {
"00_es.txt": """La presidenta del INE dimitirá tras chocar con Economía por el índice de alquileres
El País
2027-06-14 07:00

La presidenta del Instituto Nacional de Estadística (INE), Begoña Larrea, presentará esta semana su dimisión tras meses de desencuentros con el Ministerio de Economía a cuenta de la metodología del nuevo índice de precios del alquiler, según han confirmado a EL PAÍS fuentes del ministerio y del propio instituto.

El choque se remonta a febrero, cuando el departamento pidió al INE que excluyera del índice los contratos de alquiler de temporada, que en las grandes ciudades se han disparado en los últimos dos años. Larrea, estadística de carrera que llegó a la presidencia del organismo hace dos años, se negó al considerar que dejarlos fuera daría una imagen distorsionada del mercado.

«Un índice que deja fuera un tercio de los contratos nuevos no mide el alquiler, mide lo que nos gustaría que fuera el alquiler», habría dicho Larrea en una reunión interna, según una de las personas presentes.

La publicación del índice, prevista inicialmente para abril, se ha aplazado ya dos veces. Fuentes del ministerio niegan haber presionado al instituto y atribuyen el retraso a «discrepancias técnicas normales». Oficialmente, Economía declinó hacer comentarios.

La salida llega en un momento delicado: el Gobierno pretendía utilizar el nuevo indicador para evaluar el efecto de sus medidas de vivienda, y la oposición ya ha anunciado que pedirá la comparecencia de Larrea en el Congreso para que explique los motivos de su marcha.
""",
"01_en.txt": """Spain's statistics chief set to quit after rent index row - sources
Reuters
Mon, 14 Jun 2027 06:40:00 +0000

The head of Spain's National Statistics Institute (INE), Begoña Larrea, has told the Economy Ministry she will step down following disagreements over a new rental price index, two government sources told Reuters on Monday.

Larrea informed senior ministry officials of her decision on Friday, one of the sources said. Both spoke on condition of anonymity because the matter has not yet been made public.

The government is considering appointing Javier Orduña, currently INE's director of economic statistics, to replace her, the sources said. Orduña did not respond to a request for comment.

Officials at the ministry and the institute have clashed for months over the planned rental index, whose publication has been delayed twice, according to the sources, who did not give details of the dispute.

An INE spokesperson said the institute did not comment on personnel matters. The Economy Ministry declined to comment.

The INE, formally attached to the Economy Ministry but operating with professional independence under European statistics rules, produces Spain's consumer price index, the labour force survey and quarterly GDP figures.
""",
"02_it.txt": """Spagna, la presidente dell'Istituto di statistica lascia dopo lo scontro sugli affitti
Corriere della Sera
14 giugno 2027 | 12:30

La presidente dell'Istituto nazionale di statistica spagnolo (Ine), Begoña Larrea, è pronta a lasciare l'incarico. Lo hanno riferito lunedì, in modo indipendente, il quotidiano El País e l'agenzia Reuters, citando fonti del governo di Madrid e dello stesso istituto.

All'origine della rottura, scrive El País, c'è il nuovo indice dei prezzi degli affitti, su cui da mesi l'istituto e il ministero dell'Economia non riescono a trovare un'intesa. La pubblicazione dell'indice, attesa per aprile, è slittata già due volte. Secondo Reuters, Larrea avrebbe comunicato la propria decisione ai vertici del ministero venerdì scorso.

Né il ministero né l'istituto hanno voluto commentare ufficialmente.

Il caso ricorda le polemiche che in passato hanno coinvolto altri istituti statistici europei, chiamati a difendere la propria indipendenza dal potere politico: un principio sancito dal Codice delle statistiche europee, che impone agli uffici nazionali di decidere in autonomia metodi e calendari di pubblicazione.
""",
"03_fr.txt": """Espagne : la patronne de l'institut statistique sur le départ
Le Figaro
14/06/2027 à 15:02

La présidente de l'Institut national de la statistique espagnol (INE), Begoña Larrea, va quitter ses fonctions, rapporte lundi l'agence Reuters, qui cite deux sources gouvernementales s'exprimant sous couvert d'anonymat. Elle aurait informé vendredi de hauts responsables du ministère de l'Économie de sa décision.

Le gouvernement envisagerait de nommer à sa place Javier Orduña, l'actuel directeur des statistiques économiques de l'institut, selon l'agence. Les relations entre le ministère et l'INE se sont tendues ces derniers mois autour d'un nouvel indice des loyers, dont la publication a été repoussée à deux reprises.

Contacté par Reuters, l'INE a fait savoir qu'il ne commentait pas les questions de personnel.

En Espagne, l'INE est un organisme autonome rattaché au ministère de l'Économie. Il publie notamment l'indice des prix à la consommation, l'enquête sur la population active et les comptes trimestriels.
""",
}, [("El País", True), ("Reuters", True)],
[("El País", "02_it.txt"), ("Reuters", "02_it.txt"), ("Reuters", "03_fr.txt")],
[("INE president Begoña Larrea is stepping down.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_fr.txt"], 2),
 ("Her departure follows a months-long dispute with the Economy Ministry over a new rental price index whose publication was delayed twice.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_fr.txt"], 2),
 ("The government is considering INE's director of economic statistics Javier Orduña as her successor.",
  ["01_en.txt", "03_fr.txt"], 1),
 ("The ministry had asked INE to exclude seasonal rental contracts from the index.",
  ["00_es.txt"], 1)])

# s07: a person's own social-media post (demographer Natalia Hrytsenko, Facebook) taken directly by
# all four: uk "Таку оцінку у своєму дописі у Facebook оприлюднила демографиня" + "написала
# Гриценко" + "Як зазначила демографиня"; pl "Swoje wyliczenia opublikowała w środę na Facebooku" +
# "Jak napisała badaczka" + "podkreśliła Hrycenko we wpisie"; fr "Dans une publication sur Facebook,
# la démographe … avance le chiffre" + "a-t-elle écrit"; en (neither outlet nor date line) "said in
# a Facebook post on Wednesday" + "according to the post". Origin outside the corpus.
story("s07_demographer_facebook_population", "social_post", {
"00_uk.txt": """Населення підконтрольної території України — 29,1 млн: оцінка демографині
НВ
2027-01-20 19:40

Чисельність населення на підконтрольній Україні території на початок 2027 року становить приблизно 29,1 мільйона осіб. Таку оцінку у своєму дописі у Facebook оприлюднила демографиня Інституту демографії та проблем якості життя НАН України Наталія Гриценко.

За її розрахунками, торік в Україні народилося близько 168 тисяч дітей, а померло — приблизно 480 тисяч людей. Таким чином, природне скорочення населення перевищило 310 тисяч.

«Щороку ми втрачаємо місто розміром із Полтаву. І це без урахування міграції, яка залишається головною невідомою в усіх наших розрахунках», — написала Гриценко.

Як зазначила демографиня, оцінка ґрунтується на даних реєстрів актів цивільного стану, Пенсійного фонду та мобільних операторів, а похибка може сягати 1,5 мільйона осіб в обидва боки. За межами України, за її підрахунками, перебувають близько 5,8 мільйона громадян, які виїхали після лютого 2022 року і досі не повернулися.

Державна служба статистики не публікує офіційних даних про чисельність населення з початку повномасштабного вторгнення. Останній перепис в Україні відбувся у 2001 році.
""",
"01_pl.txt": """Ukraina co roku traci miasto wielkości Połtawy. Demografka szacuje ludność na 29,1 mln
Gazeta Wyborcza
21 stycznia 2027

Na terytorium kontrolowanym przez władze w Kijowie mieszka obecnie ok. 29,1 mln osób – oszacowała ukraińska demografka Natalia Hrycenko z Instytutu Demografii i Problemów Jakości Życia Narodowej Akademii Nauk Ukrainy. Swoje wyliczenia opublikowała w środę na Facebooku.

Jak napisała badaczka, w 2026 r. na Ukrainie urodziło się ok. 168 tys. dzieci, a zmarło ok. 480 tys. osób. Ubytek naturalny przekroczył więc 310 tys.

„Co roku tracimy miasto wielkości Połtawy. I to bez uwzględnienia migracji, która pozostaje główną niewiadomą we wszystkich naszych obliczeniach” – podkreśliła Hrycenko we wpisie.

Według demografki za granicą wciąż przebywa ok. 5,8 mln obywateli Ukrainy, którzy wyjechali po lutym 2022 r. Znaczna część z nich mieszka w Polsce i w Niemczech. Margines błędu swojego szacunku badaczka określiła na 1,5 mln osób w górę lub w dół.

Ukraiński urząd statystyczny nie publikuje oficjalnych danych o liczbie ludności od początku pełnoskalowej wojny, a ostatni spis powszechny przeprowadzono tam w 2001 r.
""",
"02_fr.txt": """Ukraine : une démographe estime la population à 29,1 millions d'habitants
Libération
21 janvier 2027 à 18h05

Combien reste-t-il d'habitants en Ukraine ? Faute de recensement depuis 2001 et de statistiques officielles depuis l'invasion russe à grande échelle, la question reste sans réponse précise. Dans une publication sur Facebook, la démographe Natalia Hrytsenko, de l'Institut de démographie et des problèmes de qualité de vie de l'Académie nationale des sciences d'Ukraine, avance le chiffre de 29,1 millions de personnes vivant sur le territoire contrôlé par Kyiv au début de 2027.

Selon ses calculs, environ 168 000 enfants sont nés en 2026 dans le pays, contre quelque 480 000 décès. « Chaque année, nous perdons une ville de la taille de Poltava », a-t-elle écrit, ajoutant que les migrations restaient « la grande inconnue » de tous les calculs.

La chercheuse estime à 5,8 millions le nombre d'Ukrainiens partis à l'étranger depuis février 2022 et toujours absents. Elle précise que sa marge d'erreur peut atteindre 1,5 million de personnes dans un sens comme dans l'autre.

Le chiffre, s'il se confirme, signifierait que l'Ukraine a perdu environ un quart de sa population en une décennie, sous l'effet conjugué de la guerre, de l'exil et d'une natalité parmi les plus faibles du monde.
""",
"03_en.txt": """Ukraine's population in government-held areas put at 29.1 million

Ukraine's population in government-controlled territory stood at around 29.1 million at the start of 2027, demographer Natalia Hrytsenko said in a Facebook post on Wednesday.

Hrytsenko, who works at the Institute for Demography and Quality of Life Problems of the National Academy of Sciences, estimated that about 168,000 children were born in Ukraine in 2026, while roughly 480,000 people died.

"Every year we lose a city the size of Poltava. And that is before migration, which remains the main unknown in all our calculations," she wrote.

Her estimate, based on civil registry, pension fund and mobile operator data, carries a margin of error of up to 1.5 million people either way, according to the post. She put the number of Ukrainians who left after February 2022 and remain abroad at about 5.8 million.

Ukraine's State Statistics Service has not published official population figures since Russia launched its full-scale invasion. The country last held a census in 2001.
""",
}, [("Natalia Hrytsenko", False)],
[("Natalia Hrytsenko", "00_uk.txt"), ("Natalia Hrytsenko", "01_pl.txt"),
 ("Natalia Hrytsenko", "02_fr.txt"), ("Natalia Hrytsenko", "03_en.txt")],
[("About 29.1 million people lived in Ukraine's government-controlled territory at the start of 2027.",
  ["00_uk.txt", "01_pl.txt", "02_fr.txt", "03_en.txt"], 1),
 ("About 168,000 children were born and about 480,000 people died in Ukraine in 2026.",
  ["00_uk.txt", "01_pl.txt", "02_fr.txt", "03_en.txt"], 1),
 ("About 5.8 million Ukrainians who left after February 2022 remain abroad.",
  ["00_uk.txt", "01_pl.txt", "02_fr.txt", "03_en.txt"], 1)])


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
        names = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _n in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 151 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
