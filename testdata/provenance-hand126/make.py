#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand126 set.

Outlets, agencies and regulators carry real names; every event, company, drug, person, figure
and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: institution-published origin outside the corpus (a recall decision posted on the website of
# Poland's Główny Inspektorat Farmaceutyczny), taken directly by pl, de, uk; en (Fierce Pharma)
# credits only Rynek Zdrowia "citing a decision posted by" the inspectorate -> chain edge from
# Rynek Zdrowia.
story("t01_institution_gif_recall", "institution_chain", {
"00_pl.txt": """GIF wycofuje z obrotu 14 serii leku na nadciśnienie. Chodzi o zanieczyszczenie nitrozoaminą
Rynek Zdrowia
2027-03-10 14:20

Główny Inspektorat Farmaceutyczny wycofał z obrotu na terenie całego kraju 14 serii leku Lorvatan (losartan) w tabletkach po 50 mg. Podmiotem odpowiedzialnym jest lubelska spółka Medivena Pharma. Decyzję opublikowano w środę na stronie internetowej GIF.

Jak czytamy w uzasadnieniu decyzji, badania przeprowadzone przez Narodowy Instytut Leków wykazały w próbkach zawartość N-nitrozodimetyloaminy (NDMA) przekraczającą dopuszczalny limit. W jednej z serii stężenie zanieczyszczenia było niemal trzykrotnie wyższe od normy.

Decyzji nadano rygor natychmiastowej wykonalności, a wycofanie obejmuje także apteki. Według szacunków inspektoratu w aptekach i hurtowniach może się jeszcze znajdować ok. 180 tys. opakowań leku.

„Pacjenci przyjmujący Lorvatan nie powinni samodzielnie przerywać leczenia. Należy skontaktować się z lekarzem, który dobierze inny preparat” – podkreśla GIF w komunikacie dołączonym do decyzji.

Inspektorat zaznacza w nim również, że ryzyko związane z krótkotrwałym przyjmowaniem leku jest niskie. NDMA uznaje się za substancję prawdopodobnie rakotwórczą, a zagrożenie dotyczy przede wszystkim wieloletniej ekspozycji.

Losartan należy do sartanów – grupy leków stosowanych w leczeniu nadciśnienia tętniczego i niewydolności serca. Z podobnym problemem branża mierzyła się w 2018 r., gdy w całej Europie wycofywano z aptek walsartan pochodzący z zakładów, w których wykryto nitrozoaminy. Od tamtej pory wymogi dotyczące badania sartanów kilkakrotnie zaostrzano. Lorvatan jest lekiem refundowanym.
""",
"01_de.txt": """Polen ruft 14 Chargen Losartan wegen NDMA zurück
Pharmazeutische Zeitung
11. März 2027

Die polnische Arzneimittelaufsicht hat 14 Chargen des Blutdrucksenkers Lorvatan 50 mg aus dem Verkehr gezogen. Das geht aus einer Entscheidung hervor, die der Główny Inspektorat Farmaceutyczny (GIF) am Mittwoch auf seiner Internetseite veröffentlicht hat. Zulassungsinhaber ist das Lubliner Unternehmen Medivena Pharma.

Laut der Begründung der Behörde hatte das staatliche Arzneimittelinstitut Narodowy Instytut Leków in Proben Gehalte an N-Nitrosodimethylamin (NDMA) oberhalb des zulässigen Grenzwerts gefunden. In einer Charge lag der Wert fast beim Dreifachen der Obergrenze.

Der Rückruf reicht bis auf Apothekenebene und ist sofort vollziehbar. Nach Schätzung der Aufsicht könnten sich noch rund 180.000 Packungen in Apotheken und im Großhandel befinden.

Patienten sollten die Therapie keinesfalls eigenmächtig abbrechen, sondern mit ihrem Arzt über ein anderes Präparat sprechen, heißt es in einer Mitteilung, die der GIF zusammen mit der Entscheidung veröffentlichte. Das Risiko durch eine kurzzeitige Einnahme stuft die Behörde darin als gering ein.

NDMA gilt als wahrscheinlich krebserregend. Nitrosamin-Verunreinigungen beschäftigen die Branche seit 2018, als in Europa zahlreiche Valsartan-Präparate zurückgerufen werden mussten. Seitdem wurden die Prüfanforderungen für Sartane mehrfach verschärft. Ob Lorvatan-Chargen auch über Parallelimporte in andere EU-Länder gelangt sind, geht aus der Entscheidung nicht hervor.
""",
"02_uk.txt": """У Польщі відкликають 14 серій препарату від тиску через небезпечну домішку
Укрінформ
10.03.2027 18:45

Головний фармацевтичний інспекторат Польщі (GIF) вилучив з обігу по всій країні 14 серій препарату Lorvatan (лозартан) у дозуванні 50 мг виробництва люблінської компанії Medivena Pharma. Про це йдеться в рішенні інспекторату, оприлюдненому в середу на його офіційному сайті.

Як зазначено в документі, Національний інститут лікарських засобів Польщі виявив у зразках N-нітрозодиметиламін (NDMA) понад допустиму норму. В одній із серій вміст домішки майже втричі перевищував граничний рівень.

Рішення підлягає негайному виконанню й поширюється також на аптеки. За оцінкою польського регулятора, в аптеках і на складах дистриб'юторів може залишатися ще близько 180 тисяч упаковок.

«Пацієнти, які приймають Lorvatan, не повинні самостійно припиняти лікування», – наголошує інспекторат у повідомленні, доданому до рішення. Людям радять звернутися до лікаря, який підбере інший препарат. Ризик від короткочасного прийому ліків у GIF оцінюють як низький.

NDMA вважається ймовірним канцерогеном. Схожа ситуація виникла у 2018 році, коли в Європі масово відкликали препарати валсартану.

Відкликання може стосуватися й українців, які живуть у Польщі та отримують ліки за польськими рецептами. Під тимчасовим захистом у Польщі перебуває майже мільйон громадян України.
""",
"03_en.txt": """Poland pulls 14 lots of Medivena's losartan over NDMA impurity
Fierce Pharma
Thu, 11 Mar 2027 08:10:00 +0000

Poland's drug inspectorate has ordered a nationwide recall of 14 lots of Medivena Pharma's blood pressure pill Lorvatan, the Polish health news site Rynek Zdrowia reported on Wednesday, citing a decision posted by the country's Chief Pharmaceutical Inspectorate.

Testing by Poland's National Medicines Institute found N-nitrosodimethylamine (NDMA) above the accepted limit in samples of the 50 mg tablets, with one lot showing nearly three times the permitted level, according to Rynek Zdrowia.

The recall reaches down to pharmacy level and takes effect immediately. Around 180,000 packs could still be sitting on pharmacy shelves and in wholesalers' warehouses, the site said.

Patients should not stop their treatment on their own but ask their doctor to switch them to another product, the outlet noted, quoting a notice attached to the decision.

Medivena, a privately held generics maker based in Lublin in eastern Poland, sells most of its portfolio of cardiovascular and diabetes drugs in its home market.

Nitrosamines have dogged the sartan class since 2018, when contamination traced to active-ingredient suppliers triggered sweeping valsartan recalls in Europe and the U.S. Regulators have since required manufacturers to assess their processes for the risk of nitrosamine formation and have set progressively tighter limits for the impurities.
""",
}, [("Główny Inspektorat Farmaceutyczny", False)],
[("Główny Inspektorat Farmaceutyczny", "00_pl.txt"), ("Główny Inspektorat Farmaceutyczny", "01_de.txt"),
 ("Główny Inspektorat Farmaceutyczny", "02_uk.txt"), ("Rynek Zdrowia", "03_en.txt")],
[("Poland's Chief Pharmaceutical Inspectorate (GIF) withdrew 14 batches of Medivena Pharma's Lorvatan 50 mg (losartan) because of NDMA above the permitted limit.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1),
 ("About 180,000 packs of the recalled drug may still be in pharmacies and wholesalers.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1)])

# t02: in-corpus scoop (Handelsblatt, three people familiar + internal letter seen by the paper),
# relayed by fr and pl ("Handelsblattu" genitive); it (Quotidiano Sanità) credits Les Echos "che
# riprende a sua volta un'indiscrezione del tedesco Handelsblatt" -> chain edge from Les Echos.
story("t02_scoop_chain_amoxicillin", "scoop_chain", {
"00_de.txt": """Rotheim Pharma will Produktion von Antibiotikasaft für Kinder einstellen
Handelsblatt
2027-03-04T05:00:00+01:00

Der Generikahersteller Rotheim Pharma will die Produktion von Amoxicillin-Saft für Kinder in seinem Werk im oberbayerischen Tannried bis Ende des Jahres einstellen. Das erfuhr das Handelsblatt aus Unternehmenskreisen. Drei mit den Plänen vertraute Personen bestätigten das Vorhaben unabhängig voneinander.

Das Werk stellt nach Angaben der Insider jährlich rund 2,4 Millionen Flaschen der Trockensaft-Zubereitung her – etwa ein Fünftel dessen, was in Deutschland pro Jahr abgegeben wird. Aus einem internen Schreiben an den Betriebsrat vom 2. März, das dem Handelsblatt vorliegt, geht hervor, dass die Linie „wirtschaftlich nicht mehr tragfähig“ sei. Die Festbeträge der Krankenkassen deckten nicht einmal die Kosten für Wirkstoff und Verpackung, heißt es darin.

Betroffen wären rund 140 Beschäftigte. Ein Teil von ihnen soll nach Informationen des Handelsblatts in die Tablettenfertigung am Stammsitz in Ulm wechseln. „Die Geschäftsführung hat das Thema sehr leise behandelt, weil sie weiß, wie heikel es ist“, sagte einer der Insider.

Rotheim Pharma wollte sich auf Anfrage nicht zu den Plänen äußern. Ein Sprecher verwies lediglich auf „laufende Gespräche mit den Arbeitnehmervertretern“.

Der Schritt dürfte die ohnehin angespannte Versorgungslage weiter verschärfen. Im Winter 2022/23 waren Antibiotikasäfte für Kinder in vielen Apotheken kaum zu bekommen; der Gesetzgeber reagierte mit einem Gesetz gegen Lieferengpässe, das die Preisregeln für Kinderarzneimittel lockerte. Branchenverbände halten die Änderungen jedoch bis heute für unzureichend.
""",
"01_fr.txt": """Allemagne : le génériqueur Rotheim Pharma prêt à arrêter un antibiotique pédiatrique clé
Les Echos
4 mars 2027

Nouveau coup dur pour l'approvisionnement européen en antibiotiques pour enfants. Le fabricant allemand de génériques Rotheim Pharma s'apprête à cesser d'ici à la fin de l'année la production de suspension buvable d'amoxicilline dans son usine bavaroise de Tannried, selon le quotidien économique allemand Handelsblatt, qui cite trois personnes au fait du projet.

Le site produit environ 2,4 millions de flacons par an, soit près d'un cinquième de la consommation allemande, précise le journal de Düsseldorf. Dans une lettre interne adressée au comité d'entreprise, que le Handelsblatt a pu consulter, la direction juge la ligne « plus viable économiquement » : les prix de remboursement fixés par les caisses d'assurance maladie ne couvriraient même plus le coût du principe actif et de l'emballage.

Quelque 140 salariés seraient concernés, ajoute le quotidien. Interrogé par le Handelsblatt, un porte-parole de Rotheim s'est borné à évoquer des « discussions en cours avec les représentants du personnel ».

L'Allemagne, comme la France, avait connu à l'hiver 2022-2023 de sérieuses difficultés d'approvisionnement en amoxicilline pédiatrique. Depuis, les industriels ne cessent de réclamer une revalorisation des prix des médicaments anciens, qu'ils jugent trop peu rémunérateurs pour justifier une production en Europe. Berlin a bien assoupli certaines règles de prix pour les médicaments destinés aux enfants, mais le cas de Tannried montre que cela n'a pas suffi à convaincre tous les fabricants.
""",
"02_pl.txt": """Niemiecki producent wygasi produkcję amoksycyliny dla dzieci
Puls Medycyny
04.03.2027 13:30

Rotheim Pharma, niemiecki producent leków generycznych, zamierza do końca roku wygasić produkcję amoksycyliny w postaci zawiesiny dla dzieci w zakładzie w bawarskim Tannried – podał w czwartek niemiecki dziennik ekonomiczny „Handelsblatt”, powołując się na trzy osoby zaznajomione z planami firmy.

Według „Handelsblattu” zakład wytwarza rocznie ok. 2,4 mln butelek leku, co odpowiada mniej więcej jednej piątej niemieckiego zapotrzebowania. Gazeta dotarła do wewnętrznego pisma skierowanego do rady zakładowej, w którym zarząd określa linię produkcyjną jako „nieopłacalną”. Powodem mają być kwoty refundacji ustalane przez niemieckie kasy chorych, które – jak wynika z dokumentu – nie pokrywają nawet kosztów substancji czynnej i opakowań.

Jak dodaje dziennik z Düsseldorfu, decyzja dotyczy ok. 140 pracowników. Firma nie skomentowała doniesień, zasłaniając się trwającymi rozmowami z przedstawicielami załogi.

Europejski rynek antybiotyków dla dzieci jest silnie powiązany: gdy leku brakuje w jednym kraju, hurtownie sięgają po towar z państw sąsiednich. Zimą 2022/23 amoksycyliny w zawiesinie brakowało także w wielu polskich aptekach, a rodzice małych pacjentów szukali jej po kilku miastach. Producenci od lat przekonują, że ceny starych, tanich antybiotyków nie pozwalają na opłacalną produkcję w Europie.
""",
"03_it.txt": """Antibiotici pediatrici, in Germania Rotheim Pharma verso lo stop dell'amoxicillina in sospensione
Quotidiano Sanità
5 marzo 2027

Il produttore tedesco di farmaci equivalenti Rotheim Pharma si prepara a fermare entro la fine dell'anno la produzione di amoxicillina in sospensione orale per bambini nello stabilimento bavarese di Tannried. Lo riporta il quotidiano economico francese Les Echos, che riprende a sua volta un'indiscrezione del tedesco Handelsblatt.

Secondo Les Echos, l'impianto produce circa 2,4 milioni di flaconi l'anno, quasi un quinto del consumo tedesco. In una lettera interna al consiglio di fabbrica la direzione definirebbe la linea «non più sostenibile economicamente», perché i prezzi di rimborso fissati dalle casse malattia non coprirebbero nemmeno il costo del principio attivo e del confezionamento. Sarebbero coinvolti circa 140 dipendenti, scrive il giornale parigino.

L'azienda non ha commentato nel merito, limitandosi a parlare di «discussioni in corso con i rappresentanti dei lavoratori».

La notizia preoccupa anche oltre i confini tedeschi. Nell'inverno 2022-2023 l'amoxicillina per uso pediatrico era risultata difficile da reperire in diversi Paesi europei, Italia compresa, dove varie confezioni erano finite nell'elenco dei medicinali carenti. Le associazioni dei produttori di equivalenti chiedono da tempo un adeguamento dei prezzi dei farmaci a basso costo, sostenendo che senza interventi la produzione continuerà a spostarsi fuori dall'Europa.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_fr.txt"), ("Handelsblatt", "02_pl.txt"), ("Les Echos", "03_it.txt")],
[("Rotheim Pharma plans to stop producing children's amoxicillin suspension at its Tannried plant by the end of the year.",
  ["00_de.txt", "01_fr.txt", "02_pl.txt", "03_it.txt"], 1),
 ("The Tannried plant makes about 2.4 million bottles a year, roughly a fifth of German consumption.",
  ["00_de.txt", "01_fr.txt", "02_pl.txt", "03_it.txt"], 1)])

# t03: outside wire agency EFE (interview with the company's medical director) relayed by es, en
# (with an unanswered own request: no own reporting) and de (no outlet line); it (la Repubblica)
# relays EFE and adds its own confirmation from an Italian trial centre ("Contattato da
# Repubblica") -> edge from EFE plus la Repubblica as in-corpus origin.
story("t03_agency_confirmation_trial_halt", "agency_plus_confirmation", {
"00_es.txt": """Biorema suspende un ensayo con un fármaco contra la ELA tras la muerte de dos pacientes
El País
2027-04-13 12:15

La biotecnológica barcelonesa Biorema Therapeutics ha suspendido de forma temporal el ensayo clínico de fase 2 de su fármaco experimental BRM-214 contra la esclerosis lateral amiotrófica (ELA) tras la muerte de dos participantes por insuficiencia hepática, según ha informado este martes la agencia EFE.

El estudio, denominado ALBA-2, había reclutado a 112 pacientes en nueve hospitales de España, Italia y Portugal. La decisión se tomó por recomendación del comité independiente de monitorización de datos de seguridad, que se reunió de urgencia el pasado viernes, ha explicado a EFE la directora médica de la compañía, Nuria Cabanes.

"La seguridad de los pacientes es lo primero. Hasta que no entendamos qué ha ocurrido, nadie más recibirá el fármaco", ha declarado Cabanes a la agencia. Según la directiva, la empresa ha notificado los dos fallecimientos a la Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) y a los comités de ética de los centros participantes.

Los dos pacientes fallecidos tenían más de 60 años y llevaban más de cuatro meses en tratamiento, de acuerdo con la información facilitada por la compañía a la agencia. Biorema analiza ahora, junto con los investigadores, si existe una relación causal entre el fármaco y el daño hepático.

Fundada en 2016 como una escisión de un grupo de investigación universitario, Biorema cotiza en BME Growth desde 2023. BRM-214, una molécula oral diseñada para reducir los agregados de proteínas en las neuronas motoras, es su candidato más avanzado. La ELA, una enfermedad neurodegenerativa sin cura, afecta en España a unas 4.000 personas.
""",
"01_en.txt": """Biorema pauses Phase 2 ALS study after two patients die of liver failure
Endpoints News
April 13, 2027

Barcelona biotech Biorema Therapeutics has paused its Phase 2 study of the experimental ALS drug BRM-214 after two participants died of liver failure, Spanish news agency EFE reported Tuesday.

The trial, ALBA-2, had enrolled 112 patients at nine hospitals in Spain, Italy and Portugal. An independent data safety monitoring board recommended the pause at an emergency meeting on Friday, medical director Nuria Cabanes told EFE.

"Patient safety comes first. Until we understand what happened, no one else will receive the drug," Cabanes told the agency. Biorema has reported both deaths to the Spanish medicines agency AEMPS and to the ethics committees of the participating centers, the agency said.

Both patients were over 60 and had been on treatment for more than four months, per EFE. Biorema did not immediately respond to a request for comment from Endpoints.

BRM-214 is an oral small molecule designed to reduce toxic protein aggregates in motor neurons. It is the most advanced program at Biorema, which spun out of a university lab in 2016 and listed on Spain's BME Growth market in 2023. Topline data from ALBA-2 had been expected in the first half of 2028.

The setback adds to a long list of failures in ALS, a disease in which only a handful of drugs have won approval and none halts progression. Liver signals have sunk several neurology programs in recent years, and investors will be watching whether the safety board allows dosing to resume.
""",
"02_it.txt": """Sla, stop a una sperimentazione dopo due morti. Coinvolti anche tre centri italiani
la Repubblica
13/04/2027 19:40

La biotech spagnola Biorema Therapeutics ha sospeso lo studio di fase 2 sul farmaco sperimentale BRM-214 contro la sclerosi laterale amiotrofica dopo la morte di due pazienti per insufficienza epatica. Lo riferisce l'agenzia di stampa spagnola Efe, secondo cui la sperimentazione, chiamata ALBA-2, aveva arruolato 112 malati in nove ospedali tra Spagna, Italia e Portogallo.

A raccomandare lo stop, ha spiegato all'agenzia la direttrice medica dell'azienda Nuria Cabanes, è stato il comitato indipendente di monitoraggio dei dati di sicurezza, riunito d'urgenza venerdì.

Contattato da Repubblica, il direttore scientifico dell'Istituto Clinico Valdora di Bergamo, uno dei tre centri italiani coinvolti, ha confermato la sospensione. «Abbiamo ricevuto la comunicazione dello sponsor venerdì sera e da sabato nessuno dei nostri quattordici pazienti ha più assunto il farmaco», ha detto Marco Ferlini. «Le famiglie sono state avvisate una per una. Capiamo la delusione: per molti era una speranza concreta».

Ferlini ha precisato che nessuno dei due decessi è avvenuto in Italia e che i pazienti bergamaschi continueranno a essere seguiti con controlli periodici della funzione epatica.

In Italia la Sla colpisce circa seimila persone. Per questa malattia neurodegenerativa non esistono terapie in grado di fermarne il decorso, e ogni nuova sperimentazione viene seguita con grande attenzione dalle associazioni dei pazienti.
""",
"03_de.txt": """ALS-Studie nach zwei Todesfällen gestoppt
14.04.2027

Das spanische Biotechunternehmen Biorema Therapeutics hat eine Phase-II-Studie mit seinem ALS-Wirkstoffkandidaten BRM-214 unterbrochen. Zwei Teilnehmende seien an Leberversagen gestorben, berichtete die spanische Nachrichtenagentur EFE am Dienstag unter Berufung auf die medizinische Direktorin des Unternehmens, Nuria Cabanes.

An der Studie ALBA-2 nehmen 112 Patientinnen und Patienten in neun Kliniken in Spanien, Italien und Portugal teil. Die Unterbrechung habe ein unabhängiges Datenüberwachungskomitee empfohlen, das am Freitag zu einer Sondersitzung zusammengekommen sei, sagte Cabanes der Agentur. „Die Sicherheit der Patienten steht an erster Stelle.“ Beide Todesfälle seien der spanischen Arzneimittelbehörde AEMPS gemeldet worden.

Nach Angaben der Agentur waren beide Verstorbenen älter als 60 Jahre und wurden seit mehr als vier Monaten mit dem Prüfpräparat behandelt. Ob ein ursächlicher Zusammenhang besteht, wird derzeit untersucht.

Deutsche Studienzentren sind an ALBA-2 nicht beteiligt. Die Amyotrophe Lateralsklerose ist eine unheilbare Erkrankung der motorischen Nervenzellen; in Deutschland leben schätzungsweise 6000 bis 8000 Betroffene. Die wenigen zugelassenen Medikamente können den Verlauf allenfalls verlangsamen.
""",
}, [("EFE", False), ("la Repubblica", True)],
[("EFE", "00_es.txt"), ("EFE", "01_en.txt"), ("EFE", "02_it.txt"), ("EFE", "03_de.txt")],
[("Biorema Therapeutics paused the Phase 2 trial of its ALS drug BRM-214 after two patients died of liver failure.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_de.txt"], 2),
 ("The ALBA-2 trial had enrolled 112 patients at nine hospitals in Spain, Italy and Portugal.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_de.txt"], 2)])

# t04: a person's Facebook post (outside) taken directly by uk (Українська правда) and pl; en (no
# outlet line) is an uncredited close translation of the uk article, published hours later, that
# keeps "wrote on Facebook" -> edge from Українська правда; de (FAZ) credits "die ukrainische
# Onlinezeitung „Ukrajinska Prawda“ unter Berufung auf einen Facebook-Beitrag" -> edge from
# Українська правда.
story("t04_facebook_post_translation_insulin", "social_post_translation", {
"00_uk.txt": """На Закарпатті в аптеках закінчився інсулін Glarivex – волонтерка
Українська правда
2027-04-06 10:40

В аптеках Закарпатської області закінчився інсулін тривалої дії Glarivex, який за програмою «Доступні ліки» отримують близько 3200 пацієнтів із цукровим діабетом. Про це у Facebook написала голова благодійного фонду «Цукровий щит» Олена Марчук.

За словами Марчук, за останні п'ять днів фонд обдзвонив 46 аптек в Ужгороді, Мукачеві, Хусті та Берегові, і в жодній препарату не було. До свого допису вона додала фото порожніх полиць і скриншот повідомлення від дистриб'ютора, згідно з яким наступна поставка очікується не раніше 20 квітня.

«Люди з діабетом 1 типу не можуть "почекати два тижні". Хтось ділить залишки з сусідами, хтось їде в Угорщину. Так не має бути», – написала вона.

Марчук закликала МОЗ і Національну службу здоров'я України (НСЗУ) оприлюднити залишки препарату на складах і дозволити пацієнтам тимчасово отримувати за електронними рецептами аналоги інших виробників.

Glarivex – це інсулін гларгін, який виробляє компанія Nordavia Biologics. Препарат входить до програми реімбурсації з 2024 року. Пацієнти отримують його безоплатно за електронним рецептом в аптеках, які уклали договір з НСЗУ.
""",
"01_pl.txt": """Na Zakarpaciu zabrakło insuliny. „Ludzie jeżdżą po lek na Węgry”
Gazeta Wyborcza
6 kwietnia 2027

W aptekach obwodu zakarpackiego na zachodzie Ukrainy skończyła się insulina o przedłużonym działaniu Glarivex, którą w ramach państwowego programu refundacji otrzymuje ok. 3,2 tys. chorych na cukrzycę – napisała we wtorek na Facebooku Ołena Marczuk, szefowa fundacji charytatywnej „Cukrowa Tarcza” z Użhorodu.

Jak relacjonuje we wpisie Marczuk, wolontariusze fundacji obdzwonili w ciągu pięciu dni 46 aptek w Użhorodzie, Mukaczewie, Chuście i Berehowie – w żadnej nie było leku. Kolejna dostawa ma według dystrybutora dotrzeć najwcześniej 20 kwietnia. Do posta działaczka dołączyła zdjęcia pustych półek.

„Ludzie z cukrzycą typu 1 nie mogą »poczekać dwa tygodnie«. Jedni dzielą się resztkami z sąsiadami, inni jeżdżą po insulinę na Węgry” – podkreśliła.

Marczuk zaapelowała do ukraińskiego ministerstwa zdrowia i Narodowej Służby Zdrowia Ukrainy o ujawnienie stanów magazynowych oraz o zgodę na czasowe wydawanie na e-receptę zamienników innych producentów.

Obwód zakarpacki graniczy z Węgrami, Słowacją, Rumunią i Polską. Od początku rosyjskiej inwazji region przyjął dziesiątki tysięcy osób przesiedlonych ze wschodu kraju, co zwiększyło zapotrzebowanie na leki przewlekłe. Glarivex to insulina glargina produkowana przez firmę Nordavia Biologics.
""",
"02_en.txt": """Glarivex insulin runs out in Zakarpattia pharmacies – volunteer
2027-04-06 16:05

Pharmacies in Ukraine's Zakarpattia region have run out of the long-acting insulin Glarivex, which about 3,200 patients with diabetes receive under the "Affordable Medicines" programme. This was written on Facebook by the head of the Sugar Shield charity foundation, Olena Marchuk.

According to Marchuk, over the past five days the foundation called 46 pharmacies in Uzhhorod, Mukachevo, Khust and Berehove, and none of them had the drug. She attached to her post photos of empty shelves and a screenshot of a message from the distributor, according to which the next delivery is expected no earlier than April 20.

"People with type 1 diabetes cannot 'wait two weeks'. Some share leftovers with neighbours, some go to Hungary. It should not be like this," she wrote.

Marchuk called on the Ministry of Health and the National Health Service of Ukraine (NHSU) to make public the remaining stocks of the drug in warehouses and to allow patients to temporarily receive analogues of other manufacturers with electronic prescriptions.

Glarivex is insulin glargine, which is produced by the company Nordavia Biologics. The drug has been part of the reimbursement programme since 2024. Patients receive it free of charge with an electronic prescription in pharmacies that have signed a contract with the NHSU.
""",
"03_de.txt": """Insulinmangel in der Westukraine: Apotheken in Transkarpatien leer
Frankfurter Allgemeine Zeitung
7. April 2027

In der westukrainischen Region Transkarpatien ist nach Angaben einer Hilfsorganisation das Langzeitinsulin Glarivex ausgegangen. Wie die ukrainische Onlinezeitung „Ukrajinska Prawda“ unter Berufung auf einen Facebook-Beitrag der Leiterin der Stiftung „Zuckerschild“, Olena Martschuk, berichtet, sind rund 3200 Diabetiker in dem Gebiet auf das staatlich erstattete Präparat angewiesen.

Freiwillige der Stiftung hätten binnen fünf Tagen 46 Apotheken in Uschhorod, Mukatschewo, Chust und Berehowe angerufen, keine habe das Mittel vorrätig gehabt, heißt es in dem Bericht. Die nächste Lieferung werde dem Händler zufolge frühestens am 20. April erwartet. Manche Patienten führen inzwischen nach Ungarn, um sich dort Insulin zu besorgen, schreibt das Blatt.

Martschuk forderte das Gesundheitsministerium in Kiew und die nationale Gesundheitskasse auf, die Lagerbestände offenzulegen und vorübergehend Ersatzpräparate anderer Hersteller auf elektronisches Rezept zuzulassen.

Transkarpatien grenzt an Ungarn, die Slowakei, Polen und Rumänien. Seit Beginn des russischen Angriffskriegs hat die Region Zehntausende Binnenvertriebene aufgenommen, was den Bedarf an Medikamenten für chronisch Kranke deutlich erhöht hat. Lieferengpässe bei Insulinen hatte es in der Ukraine in den ersten Kriegsmonaten 2022 bereits mehrfach gegeben.
""",
}, [("Olena Marchuk", False)],
[("Olena Marchuk", "00_uk.txt"), ("Olena Marchuk", "01_pl.txt"),
 ("Українська правда", "02_en.txt"), ("Українська правда", "03_de.txt")],
[("Pharmacies in Zakarpattia ran out of the long-acting insulin Glarivex, which about 3,200 patients receive.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], 1),
 ("The next delivery of Glarivex is expected no earlier than April 20.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], 1)])

# t05: two independent in-corpus reports on the same counterfeit batch (Le Monde: two sources close
# to the investigation + ANSM document seen by the paper; Corriere della Sera: investigative sources
# + seizure record seen by the paper); en (The Guardian) credits both; es (El Mundo) only Corriere.
story("t05_two_independent_counterfeit_pens", "two_independent", {
"00_fr.txt": """De faux stylos de Glyvora découverts dans des pharmacies d'Île-de-France
Le Monde
2027-05-18T06:00:00+02:00

De faux stylos injecteurs de Glyvora, le traitement contre l'obésité et le diabète de type 2 du laboratoire danois Halvik Pharma, ont été découverts dans au moins trois pharmacies d'Île-de-France, selon les informations du Monde. Tous portent le même numéro de lot, GV30117, qui ne correspond à aucune production du fabricant.

D'après deux sources proches de l'enquête, les stylos ont été repérés début mai par un pharmacien de Seine-Saint-Denis, intrigué par une notice truffée de fautes et un capuchon d'une teinte légèrement différente. Les analyses réalisées depuis ont montré qu'ils ne contenaient pas de principe actif, mais une simple solution saline, selon un document interne de l'Agence nationale de sécurité du médicament (ANSM) consulté par Le Monde.

Les boîtes auraient été fournies par un grossiste établi en Belgique, aujourd'hui injoignable. Le parquet de Paris a été saisi, indique l'une des sources. Sollicitée, l'ANSM n'a pas souhaité faire de commentaire « à ce stade de la procédure ». Halvik Pharma a indiqué au Monde avoir « connaissance de signalements » et collaborer avec les autorités.

« Un patient diabétique qui s'injecte pendant des semaines un stylo sans principe actif peut se retrouver en hyperglycémie sévère », souligne un endocrinologue d'un hôpital parisien, qui a requis l'anonymat.

Comme d'autres médicaments de la même famille, très demandés depuis leur succès dans la perte de poids, Glyvora connaît des tensions d'approvisionnement récurrentes, un terrain propice aux contrefaçons.
""",
"01_it.txt": """Farmaci dimagranti falsi, sequestrate 1.400 penne di Glyvora nel Padovano
Corriere della Sera
18 maggio 2027

I carabinieri del Nas hanno sequestrato circa 1.400 penne contraffatte di Glyvora, il farmaco contro obesità e diabete prodotto dalla danese Halvik Pharma, in un capannone alle porte di Padova. Secondo quanto apprende il Corriere della Sera da fonti investigative, tutte le confezioni riportano il numero di lotto GV30117, che l'azienda non ha mai prodotto.

Il sequestro risale alla settimana scorsa, ma finora non era stato reso noto. Nel verbale, che il Corriere ha potuto visionare, i militari annotano che le penne erano già imballate e pronte per essere spedite a farmacie e a siti di vendita online in Italia e all'estero. Due uomini, il titolare della ditta di logistica che gestiva il magazzino, 44 anni, e un suo socio di 51, sono indagati per commercio di medicinali contraffatti e ricettazione.

«Le analisi preliminari indicano che nelle penne c'è acqua e sale, niente di più», spiega una fonte vicina all'inchiesta. «Per chi le usa al posto del farmaco vero il rischio è serio».

Halvik Italia, contattata dal Corriere, ha confermato di aver ricevuto «segnalazioni da più Paesi europei» e ha ricordato che il prodotto originale si acquista solo in farmacia e con prescrizione medica.

La domanda di farmaci per la perdita di peso è esplosa negli ultimi anni, e con essa il mercato nero: le forze dell'ordine europee segnalano da tempo la vendita di penne false sui social network e su siti che promettono consegne senza ricetta.
""",
"02_en.txt": """Fake Glyvora weight-loss pens found in France and Italy
The Guardian
Tue, 18 May 2027 15:30:00 +0100

Counterfeit pens of the weight-loss and diabetes drug Glyvora have turned up in pharmacies in the Paris region, and Italian police have seized fakes bearing the same batch number, according to reports in Le Monde and Italy's Corriere della Sera.

Le Monde reported on Tuesday that fake injector pens had been found in at least three pharmacies in Île-de-France, all carrying the batch number GV30117, which the Danish manufacturer, Halvik Pharma, never produced. Tests showed the pens contained a saline solution rather than the active ingredient, the French newspaper said, citing an internal document from France's medicines regulator.

In Italy, carabinieri from the NAS health protection unit found pens with the identical batch number in a warehouse, the Corriere della Sera reported, citing investigators. Two men are under investigation, the Milan daily said.

Halvik told both papers it was aware of the reports and was cooperating with the authorities.

Demand for the new generation of weight-loss injections has outstripped supply across Europe, and regulators have repeatedly warned patients against buying the drugs from unregulated online sellers. In the UK, the medicines regulator has said fake pens seized in recent years have contained everything from insulin to plain water, posing serious risks to people who inject them.
""",
"03_es.txt": """Italia incauta 1.400 plumas falsas del fármaco para adelgazar Glyvora
El Mundo
18/05/2027

Los carabineros italianos han incautado unas 1.400 plumas falsificadas de Glyvora, el medicamento contra la obesidad y la diabetes del laboratorio danés Halvik Pharma, en un almacén a las afueras de Padua, según publica este martes el diario italiano Corriere della Sera.

Todas las cajas llevan el número de lote GV30117, que la compañía nunca ha fabricado, informa el rotativo milanés, que cita fuentes de la investigación. Las plumas, siempre según el periódico, estaban listas para enviarse a farmacias y tiendas online de Italia y de otros países europeos. Dos hombres, el responsable de la empresa de logística que gestionaba el almacén y un socio suyo, están investigados.

Los análisis preliminares apuntan a que las plumas solo contienen agua con sal. "Para quien las use en lugar del fármaco auténtico, el riesgo es serio", señala una fuente de la investigación citada por el Corriere.

En España la venta por internet de medicamentos que requieren receta está prohibida, por lo que cualquier oferta online de Glyvora es ilegal. La fuerte demanda de los nuevos tratamientos para perder peso ha disparado en toda Europa la circulación de versiones falsificadas, que se anuncian sobre todo en redes sociales y aplicaciones de mensajería.
""",
}, [("Le Monde", True), ("Corriere della Sera", True)],
[("Le Monde", "02_en.txt"), ("Corriere della Sera", "02_en.txt"), ("Corriere della Sera", "03_es.txt")],
[("Counterfeit Glyvora pens bearing batch number GV30117, which Halvik Pharma never produced, are in circulation.",
  ["00_fr.txt", "01_it.txt", "02_en.txt", "03_es.txt"], 2),
 ("About 1,400 counterfeit Glyvora pens were seized in a warehouse near Padua.",
  ["01_it.txt", "03_es.txt"], 1)])

# t06: in-corpus scoop (Dziennik Gazeta Prawna, two anonymous ministry sources + draft notice seen by
# the paper) relayed directly by uk, de and it in different forms.
story("t06_scoop_reimbursement", "scoop", {
"00_pl.txt": """Przełomowy lek na mukowiscydozę będzie refundowany od lipca
Dziennik Gazeta Prawna
2027-05-24 06:00

Jak ustalił „Dziennik Gazeta Prawna”, Ministerstwo Zdrowia zdecydowało o objęciu refundacją leku Mukovel stosowanego w leczeniu mukowiscydozy. Preparat firmy Asterra Bio ma się znaleźć na liście leków refundowanych, która wejdzie w życie 1 lipca.

O decyzji poinformowało nas dwóch rozmówców z resortu zdrowia, którzy chcą pozostać anonimowi. Potwierdza ją projekt obwieszczenia refundacyjnego, do którego dotarł DGP. Wynika z niego, że lek będzie bezpłatny dla pacjentów od 6. roku życia z określonymi mutacjami genu CFTR. Z terapii może skorzystać ok. 1,1 tys. chorych.

Roczny koszt refundacji ma wynieść ok. 410 mln zł. Według naszych informatorów resort wynegocjował z producentem instrument dzielenia ryzyka: jeśli wydatki przekroczą ustalony pułap, nadwyżkę zwróci firma. – To były najtrudniejsze negocjacje cenowe od lat, ale pacjenci czekają na ten lek zbyt długo – mówi jeden z rozmówców „Dziennika Gazety Prawnej”.

Biuro komunikacji Ministerstwa Zdrowia nie odpowiedziało do czasu publikacji na pytania DGP. Asterra Bio odmówiła komentarza, powołując się na poufność negocjacji.

Organizacje pacjentów od trzech lat apelowały o refundację nowoczesnych leków modulujących białko CFTR, które u części chorych poprawiają czynność płuc i wydłużają życie. Rodziny, których nie stać było na leczenie, zbierały pieniądze w internecie albo wyjeżdżały po terapię za granicę. W Polsce na mukowiscydozę choruje ok. 2 tys. osób.
""",
"01_uk.txt": """Польща з липня компенсуватиме дорогий препарат від муковісцидозу – ЗМІ
hromadske
24 травня 2027

Міністерство охорони здоров'я Польщі з 1 липня включить до списку реімбурсованих ліків препарат Mukovel для лікування муковісцидозу. Про це повідомляє польська газета Dziennik Gazeta Prawna (DGP) з посиланням на два джерела в міністерстві.

Газета також ознайомилася з проєктом відповідного оголошення міністерства. Згідно з ним, препарат компанії Asterra Bio безоплатно отримуватимуть пацієнти віком від шести років з певними мутаціями гена CFTR – це близько 1100 людей.

Щорічні витрати на компенсацію становитимуть близько 410 млн злотих, пише видання. За даними DGP, міністерство домовилося з виробником про механізм розподілу ризиків: якщо видатки перевищать погоджену межу, різницю поверне компанія.

У польському МОЗ на запитання газети не відповіли, а Asterra Bio відмовилася від коментарів.

Доступ до реімбурсованих ліків у Польщі мають і громадяни України, які перебувають там під тимчасовим захистом і мають номер PESEL. Муковісцидоз – спадкове захворювання, яке уражає насамперед легені та травну систему. Сучасні препарати, що впливають на білок CFTR, здатні суттєво покращити стан частини хворих, однак їхня вартість сягає сотень тисяч доларів на рік.
""",
"02_de.txt": """Polen will teures Mukoviszidose-Mittel erstatten
Ärzte Zeitung
24.05.2027 15:10

Polen will ab Juli die Kosten für das Mukoviszidose-Medikament Mukovel übernehmen. Wie die polnische Tageszeitung „Dziennik Gazeta Prawna“ (DGP) unter Berufung auf zwei Quellen im Warschauer Gesundheitsministerium berichtet, soll das Präparat des Herstellers Asterra Bio auf die Erstattungsliste kommen, die am 1. Juli in Kraft tritt.

Dem Blatt liegt nach eigenen Angaben auch der Entwurf der entsprechenden Bekanntmachung vor. Demnach sollen Patienten ab sechs Jahren mit bestimmten Mutationen des CFTR-Gens das Mittel kostenlos erhalten; infrage kommen rund 1100 Menschen.

Die jährlichen Kosten beziffert die Zeitung auf etwa 410 Millionen Złoty, umgerechnet rund 95 Millionen Euro. Hersteller und Ministerium hätten eine Risikoteilung vereinbart, so das Blatt: Übersteigen die Ausgaben eine vereinbarte Obergrenze, zahlt das Unternehmen die Differenz zurück. Das Ministerium ließ Fragen von DGP bis Redaktionsschluss unbeantwortet.

In Deutschland sind CFTR-Modulatoren seit Jahren erstattungsfähig; sie gelten als Durchbruch in der Behandlung der erblichen Stoffwechselerkrankung. In mehreren osteuropäischen Ländern mussten Familien die Therapie bislang dagegen weitgehend selbst finanzieren oder Spenden sammeln.
""",
"03_it.txt": """Polonia, via libera al rimborso del farmaco per la fibrosi cistica Mukovel
Il Sole 24 Ore
24 maggio 2027

Il ministero della Salute polacco inserirà dal primo luglio il farmaco Mukovel, indicato per la fibrosi cistica, nell'elenco dei medicinali rimborsati dal servizio sanitario pubblico. È quanto scrive il quotidiano economico polacco Dziennik Gazeta Prawna, che cita due fonti interne al dicastero e una bozza del provvedimento.

La spesa annua per il rimborso, riferisce il giornale, sarà di circa 410 milioni di zloty, poco meno di 100 milioni di euro, per circa 1.100 pazienti dai sei anni in su con specifiche mutazioni del gene CFTR. Secondo la testata di Varsavia, il produttore, la società Asterra Bio, ha accettato un accordo di condivisione del rischio che lo obbliga a restituire le somme eccedenti un tetto di spesa concordato.

Né il ministero né l'azienda hanno commentato.

La fibrosi cistica è una delle malattie genetiche gravi più diffuse tra le persone di origine europea. I modulatori della proteina CFTR hanno cambiato le prospettive di molti pazienti, ma il loro costo elevato ha reso lunghe e complesse le trattative sul prezzo in diversi Paesi dell'Unione.
""",
}, [("Dziennik Gazeta Prawna", True)],
[("Dziennik Gazeta Prawna", "01_uk.txt"), ("Dziennik Gazeta Prawna", "02_de.txt"),
 ("Dziennik Gazeta Prawna", "03_it.txt")],
[("Poland's health ministry will add the cystic fibrosis drug Mukovel to the reimbursement list from 1 July.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_it.txt"], 1),
 ("Reimbursing Mukovel will cost about 410 million zloty a year.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_it.txt"], 1)])

# t07: chain es -> en -> pl, uk. El País own scoop (audit report seen + two anonymous employees +
# company sources to the paper); the FT relays El País; pl and uk credit the FT "powołując się na
# hiszpański „El País”" / "посилаючись на іспанське видання El País" -> edges from Financial Times;
# fr relays El País directly.
story("t07_chain_plasma_plant", "chain", {
"00_es.txt": """Hemoval paraliza la producción de inmunoglobulinas en Zaragoza tras detectar fallos de esterilidad
El País
2027-06-08 05:30

La farmacéutica Hemoval, uno de los principales fabricantes españoles de medicamentos derivados del plasma, ha detenido la producción de inmunoglobulinas en su planta de Zaragoza después de que una auditoría interna detectara fallos en las pruebas de esterilidad, según ha podido saber EL PAÍS. Once lotes han quedado en cuarentena.

El informe de auditoría, al que ha tenido acceso este periódico, describe "desviaciones repetidas" en el control ambiental de la sala blanca donde se llenan los viales y concluye que no puede garantizarse la esterilidad de parte de la producción de marzo y abril. Dos empleados de la planta, que piden no ser identificados por temor a represalias, aseguran que la línea está parada desde el 31 de mayo.

"Se sabía desde hace meses que el sistema de filtración de aire daba problemas, pero se priorizó cumplir con los pedidos", afirma uno de ellos.

Fuentes de Hemoval confirmaron a este diario la parada, que describen como "preventiva", y aseguran que ninguno de los lotes afectados ha llegado a los hospitales. La compañía ha comunicado la incidencia a la Agencia Española de Medicamentos y Productos Sanitarios (AEMPS), añaden estas fuentes.

Las inmunoglobulinas se utilizan para tratar inmunodeficiencias y algunas enfermedades autoinmunes, y su suministro en Europa es frágil desde hace años por la escasez de plasma. La planta de Zaragoza, con unos 600 empleados, abastece a hospitales de España, Francia y Alemania.
""",
"01_en.txt": """Spanish plasma group Hemoval halts immunoglobulin output after sterility lapses
Financial Times
2027-06-08T11:45:00+01:00

Hemoval, one of Spain's largest makers of plasma-derived medicines, has halted immunoglobulin production at its plant in Zaragoza after an internal audit found failures in sterility testing, Spanish newspaper El País reported on Tuesday.

Eleven batches have been quarantined, according to the newspaper, which said it had seen the audit report. The document describes "repeated deviations" in environmental monitoring of the clean room where vials are filled, El País said, also citing two plant employees who asked not to be named.

Hemoval described the stoppage to El País as "preventive" and said none of the affected batches had reached hospitals. The company has informed Spain's medicines regulator, the paper added.

The halt comes at a sensitive moment for Europe's immunoglobulin supply. Hospitals across the continent have had to ration the therapies repeatedly in recent years, as collection of plasma, much of which is imported from the US, has failed to keep pace with demand from patients with immune deficiencies and neurological disorders.

Hemoval's Zaragoza site, which employs about 600 people, supplies hospitals in Spain, France and Germany. The privately held group has been expanding its network of plasma collection centres in Spain and Portugal in an effort to reduce its reliance on American plasma.
""",
"02_pl.txt": """Hiszpański producent wstrzymał produkcję immunoglobulin. Problem ze sterylnością
Onet
08.06.2027 16:20

Hiszpańska firma Hemoval, jeden z największych w tym kraju producentów leków osoczopochodnych, wstrzymała produkcję immunoglobulin w zakładzie w Saragossie po tym, jak audyt wewnętrzny wykazał nieprawidłowości w testach sterylności – podaje brytyjski dziennik „Financial Times”, powołując się na hiszpański „El País”.

Według „Financial Timesa” w kwarantannie znalazło się 11 serii leku. Raport z audytu opisuje „powtarzające się odchylenia” w kontroli środowiska czystego pomieszczenia, w którym napełniane są fiolki.

Jak pisze FT, firma określa przestój jako „zapobiegawczy” i zapewnia, że żadna z wadliwych serii nie trafiła do szpitali. O sprawie poinformowano hiszpańskiego regulatora rynku leków.

Zakład w Saragossie zatrudnia ok. 600 osób i zaopatruje szpitale w Hiszpanii, Francji i Niemczech. Immunoglobuliny podaje się m.in. pacjentom z pierwotnymi niedoborami odporności oraz z niektórymi chorobami autoimmunologicznymi i neurologicznymi. Europa od lat zmaga się z ich niedoborami, ponieważ zbiórka osocza nie nadąża za rosnącym zapotrzebowaniem, a duża część surowca pochodzi ze Stanów Zjednoczonych.
""",
"03_fr.txt": """Immunoglobulines : l'espagnol Hemoval suspend sa production à Saragosse
Le Figaro
8 juin 2027

Le fabricant espagnol de médicaments dérivés du plasma Hemoval a interrompu la production d'immunoglobulines dans son usine de Saragosse, après qu'un audit interne a mis au jour des défaillances dans les tests de stérilité, a révélé mardi le quotidien espagnol El País. Onze lots ont été placés en quarantaine.

Le journal madrilène, qui a eu accès au rapport d'audit, fait état d'« écarts répétés » dans la surveillance environnementale de la salle blanche où sont remplis les flacons. Deux salariés cités sous couvert d'anonymat affirment que la ligne est à l'arrêt depuis le 31 mai. « On savait depuis des mois que le système de filtration de l'air posait problème », confie l'un d'eux au quotidien.

Auprès d'El País, Hemoval a qualifié l'arrêt de « préventif » et assuré qu'aucun des lots concernés n'avait été livré aux hôpitaux.

L'affaire est suivie de près en France : l'usine de Saragosse approvisionne notamment des hôpitaux français, alors que les immunoglobulines font déjà l'objet de tensions d'approvisionnement récurrentes depuis plusieurs années. Les médecins ont dû à plusieurs reprises hiérarchiser les indications pour réserver ces traitements aux patients les plus fragiles.
""",
"04_uk.txt": """Іспанський виробник зупинив випуск імуноглобулінів через проблеми зі стерильністю
Економічна правда
08.06.2027 20:30

Іспанська фармацевтична компанія Hemoval зупинила виробництво імуноглобулінів на заводі в Сарагосі після того, як внутрішній аудит виявив порушення під час перевірок стерильності. Про це пише британська газета Financial Times, посилаючись на іспанське видання El País.

За інформацією Financial Times, на карантин поставили 11 партій препарату. У звіті аудиторів ідеться про «повторювані відхилення» під час контролю чистого приміщення, де наповнюють флакони.

Як зазначає FT, у компанії називають зупинку «превентивною» і запевняють, що жодна з уражених партій не потрапила до лікарень. Про інцидент повідомили іспанського регулятора.

Завод у Сарагосі, на якому працюють близько 600 людей, постачає препарати до лікарень Іспанії, Франції та Німеччини. Hemoval – приватна компанія, одна з найбільших в Іспанії у сегменті препаратів із плазми крові.

Імуноглобуліни застосовують для лікування імунодефіцитів та низки аутоімунних захворювань. Європа вже кілька років відчуває їх дефіцит, адже збір плазми не встигає за попитом, а значну частину сировини імпортують зі США.
""",
}, [("El País", True)],
[("El País", "01_en.txt"), ("Financial Times", "02_pl.txt"), ("El País", "03_fr.txt"),
 ("Financial Times", "04_uk.txt")],
[("Hemoval halted immunoglobulin production at its Zaragoza plant after an internal audit found sterility-testing failures.",
  ["00_es.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_uk.txt"], 1),
 ("Eleven batches of Hemoval immunoglobulin were quarantined.",
  ["00_es.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_uk.txt"], 1)])

# t08: institution-published origin outside the corpus (EMA press release after the CHMP meeting),
# taken directly by fr, it (ANSA), es and uk (no date line); pl (Rzeczpospolita) credits "włoska
# agencja ANSA" "powołując się na komunikat EMA" -> chain edge from ANSA.
story("t08_institution_ema_chain", "institution_chain", {
"00_fr.txt": """Myopathie de Duchenne : feu vert européen conditionnel pour la thérapie génique Duvaris
Le Quotidien du Médecin
28 mai 2027

Le comité des médicaments à usage humain (CHMP) de l'Agence européenne des médicaments (EMA) a recommandé l'octroi d'une autorisation de mise sur le marché conditionnelle à Duvaris, une thérapie génique du laboratoire néerlandais Corvanta Bio destinée aux garçons de 4 à 7 ans atteints de myopathie de Duchenne, a annoncé vendredi l'EMA dans un communiqué.

Administré en une seule perfusion, Duvaris apporte aux cellules musculaires une version raccourcie du gène de la dystrophine. Dans l'essai pivot, mené chez 86 enfants, les patients traités se relevaient du sol en moyenne 1,9 seconde plus vite que ceux du groupe placebo au bout de 18 mois, précise l'agence.

L'autorisation ne peut être que conditionnelle, car les données à long terme restent limitées, souligne le communiqué : le laboratoire devra fournir les résultats de suivi à cinq ans. Le CHMP signale également des cas d'atteinte hépatique sévère dans les semaines suivant la perfusion, qui imposeront une surveillance étroite de la fonction du foie.

La Commission européenne doit désormais se prononcer, ce qu'elle fait généralement dans un délai de 67 jours. Le prix de la thérapie n'est pas encore connu.

La myopathie de Duchenne, maladie génétique liée au chromosome X, touche environ un garçon sur 3 500 à 5 000 naissances. Elle entraîne une dégénérescence progressive des muscles, y compris du cœur et des muscles respiratoires.
""",
"01_it.txt": """Distrofia di Duchenne, dall'Ema primo via libera alla terapia genica Duvaris
ANSA
28 maggio 2027 14:02

Il comitato per i medicinali per uso umano (Chmp) dell'Agenzia europea per i medicinali ha raccomandato l'autorizzazione all'immissione in commercio condizionata per Duvaris, terapia genica dell'olandese Corvanta Bio per i bambini tra i 4 e i 7 anni con distrofia muscolare di Duchenne. Lo ha reso noto la stessa Ema in una nota pubblicata al termine della riunione mensile del comitato.

Il trattamento si somministra con un'unica infusione e porta nelle cellule muscolari una versione ridotta del gene della distrofina. Nello studio registrativo, condotto su 86 bambini, i piccoli trattati impiegavano in media 1,9 secondi in meno a rialzarsi da terra rispetto al gruppo placebo dopo 18 mesi, si legge nel comunicato.

L'Ema sottolinea che l'autorizzazione è condizionata perché i dati a lungo termine sono ancora limitati, e che sono stati osservati casi di grave danno al fegato nelle settimane successive all'infusione. L'azienda dovrà presentare i risultati del follow-up a cinque anni.

La decisione finale spetta ora alla Commissione europea, attesa entro 67 giorni. In Italia i pazienti con distrofia di Duchenne sono alcune migliaia; la malattia colpisce quasi esclusivamente i maschi e porta a una progressiva perdita della forza muscolare.
""",
"02_es.txt": """La EMA recomienda la aprobación condicional de Duvaris, terapia génica para la distrofia de Duchenne
Redacción Médica
28/05/2027

El Comité de Medicamentos de Uso Humano (CHMP) de la Agencia Europea del Medicamento ha recomendado conceder una autorización de comercialización condicional a Duvaris, la terapia génica de la compañía neerlandesa Corvanta Bio para niños de 4 a 7 años con distrofia muscular de Duchenne, según ha informado este viernes la EMA en un comunicado.

El tratamiento se administra en una única infusión y lleva a las células musculares una versión acortada del gen de la distrofina. En el ensayo pivotal, con 86 niños, los pacientes tratados tardaban de media 1,9 segundos menos en levantarse del suelo que los del grupo placebo a los 18 meses, detalla el organismo europeo.

La autorización es condicional porque los datos a largo plazo aún son limitados, explica el regulador, que obliga a la compañía a presentar resultados de seguimiento a cinco años. El CHMP advierte además de casos de daño hepático grave en las semanas posteriores a la infusión.

La Comisión Europea debe ahora adoptar la decisión definitiva, normalmente en un plazo de 67 días. Una vez autorizada en la UE, la financiación de la terapia en España dependerá de la negociación de precio con el Ministerio de Sanidad.

La distrofia muscular de Duchenne es una enfermedad genética rara que afecta casi exclusivamente a varones y provoca una pérdida progresiva de la masa muscular.
""",
"03_uk.txt": """В ЄС рекомендували до умовного схвалення генну терапію від міодистрофії Дюшенна
Дзеркало тижня

Комітет з лікарських засобів для людини (CHMP) Європейського агентства з лікарських засобів (EMA) рекомендував умовно схвалити генну терапію Duvaris нідерландської компанії Corvanta Bio для хлопчиків віком від 4 до 7 років із м'язовою дистрофією Дюшенна. Про це йдеться в повідомленні EMA, оприлюдненому в п'ятницю на сайті агентства.

Терапію вводять одноразово шляхом інфузії: вона доставляє в м'язові клітини вкорочену версію гена дистрофіну. У ключовому дослідженні за участю 86 дітей ті, хто отримав препарат, через 18 місяців у середньому на 1,9 секунди швидше підводилися з підлоги, ніж діти з групи плацебо, зазначають в агентстві.

Схвалення є умовним, оскільки довгострокових даних поки замало, пояснюють в EMA. Компанія має надати результати п'ятирічного спостереження. Регулятор також повідомляє про випадки тяжкого ураження печінки в перші тижні після інфузії.

Остаточне рішення має ухвалити Європейська комісія – зазвичай це відбувається протягом 67 днів.

В Україні лікарські засоби, схвалені в ЄС, можуть проходити державну реєстрацію за спрощеною процедурою. Міодистрофія Дюшенна – рідкісне генетичне захворювання, яке вражає переважно хлопчиків і призводить до поступової втрати м'язової сили.
""",
"04_pl.txt": """Terapia genowa na dystrofię Duchenne'a z rekomendacją EMA
Rzeczpospolita
28.05.2027 17:20

Komitet ds. Produktów Leczniczych Stosowanych u Ludzi (CHMP) przy Europejskiej Agencji Leków zarekomendował warunkowe dopuszczenie do obrotu terapii genowej Duvaris holenderskiej firmy Corvanta Bio, przeznaczonej dla chłopców w wieku od 4 do 7 lat z dystrofią mięśniową Duchenne'a – poinformowała w piątek włoska agencja ANSA.

Jak podaje ANSA, powołując się na komunikat EMA, terapię podaje się jednorazowo we wlewie, a do komórek mięśniowych trafia skrócona wersja genu dystrofiny. W badaniu rejestracyjnym z udziałem 86 dzieci leczeni pacjenci po 18 miesiącach wstawali z podłogi średnio o 1,9 s szybciej niż ci z grupy placebo.

Według włoskiej agencji dopuszczenie ma charakter warunkowy, bo danych długoterminowych wciąż jest niewiele; odnotowano też przypadki ciężkiego uszkodzenia wątroby po podaniu leku. Ostateczną decyzję podejmie Komisja Europejska, zwykle w ciągu 67 dni.

Dystrofia mięśniowa Duchenne'a to rzadka choroba genetyczna, która dotyka niemal wyłącznie chłopców – średnio jednego na 3,5–5 tys. urodzonych. Prowadzi do stopniowego zaniku mięśni, w tym mięśnia sercowego. Rodzice chorych dzieci od lat apelują o szybszy dostęp do nowych terapii.
""",
}, [("European Medicines Agency", False)],
[("European Medicines Agency", "00_fr.txt"), ("European Medicines Agency", "01_it.txt"),
 ("European Medicines Agency", "02_es.txt"), ("European Medicines Agency", "03_uk.txt"),
 ("ANSA", "04_pl.txt")],
[("The EMA's CHMP recommended conditional marketing authorisation for Corvanta Bio's Duchenne gene therapy Duvaris.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_uk.txt", "04_pl.txt"], 1),
 ("In the pivotal trial of 86 children, treated patients rose from the floor on average 1.9 seconds faster than placebo after 18 months.",
  ["00_fr.txt", "01_it.txt", "02_es.txt", "03_uk.txt", "04_pl.txt"], 1)])


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
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 126 (medicines; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
