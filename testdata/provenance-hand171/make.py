#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand171 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def R(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# u01: Gazeta Wyborcza's own scoop (internal audit report seen by the paper + two anonymous
# admissions-committee members), relayed 3x: en "the Polish daily Gazeta Wyborcza has revealed" +
# "The newspaper, which obtained …" + "according to what Wyborcza was told by"; de "über den die
# Warschauer Tageszeitung »Gazeta Wyborcza« zuerst berichtet hat" + "sagten dem Blatt"; uk "Про це
# дізналася польська газета Gazeta Wyborcza, яка отримала" + "Як пише «Газета Виборча»" +
# "цитує газета" + "«Газеті Виборчій»" (dat.).
story("u01_wyborcza_exam_leak", "scoop", {
"00_pl.txt": """Pytania z egzaminu na medycynę krążyły w sieci. Za dostęp płacono po 600 euro
Gazeta Wyborcza
14 lipca 2027 | 06:00

Pytania z egzaminu wstępnego na anglojęzyczny kierunek lekarski Akademii Medycznej w Zawierzynie trafiły do sieci na dwa dni przed testem – wynika z wewnętrznego raportu uczelni, do którego dotarła „Wyborcza”. Za dostęp do zamkniętej grupy w komunikatorze kandydaci płacili po 600 euro.

Liczący 41 stron dokument sporządził w ubiegłym tygodniu zespół kontroli wewnętrznej akademii. Wynika z niego, że plik ze wszystkimi 120 pytaniami testowymi został skopiowany z komputera w dziekanacie 28 czerwca, a pierwsze zrzuty ekranu pojawiły się w grupie jeszcze tego samego wieczoru. Audytorzy ustalili, że do grupy należało co najmniej 86 osób, w tym kandydaci z Wielkiej Brytanii, Niemiec i Ukrainy.

Dwóch członków komisji rekrutacyjnej, którzy rozmawiali z nami pod warunkiem zachowania anonimowości, twierdzi, że władze uczelni wiedziały o przecieku już w dniu egzaminu. – Kilkanaście prac miało komplet punktów, łącznie z dwoma pytaniami, w których błąd był w samym kluczu odpowiedzi. Tego nie da się wytłumaczyć przypadkiem – mówi jeden z nich.

Na egzamin, który odbył się 30 czerwca, zgłosiło się 412 kandydatów, a miejsc jest 150. Roczne czesne na tym kierunku wynosi 14 tys. euro. Według raportu co najmniej 31 osób z listy przyjętych było członkami grupy.

Rzeczniczka akademii Marta Kolbusz potwierdziła „Wyborczej”, że uczelnia „prowadzi postępowanie wyjaśniające”, ale odmówiła komentarza w sprawie treści raportu. Listy przyjętych, które miały zostać opublikowane w poniedziałek, zostały wstrzymane. O problemach z rekrutacją na anglojęzyczne kierunki lekarskie pisała w ubiegłym roku także „Rzeczpospolita”, wtedy jednak chodziło o opóźnienia w wydawaniu wiz.
""",
"01_en.txt": """Medical school entrance exam questions sold online for €600, Polish paper reveals
The Guardian
Wed 14 Jul 2027 13.42 BST

Questions for the entrance exam of an English-language medicine degree in Poland, which draws hundreds of British applicants every year, were sold in a private messaging group two days before the test, the Polish daily Gazeta Wyborcza has revealed.

The newspaper, which obtained a 41-page internal audit report drawn up by the Medical Academy in Zawierzyn, said a file containing all 120 multiple-choice questions had been copied from a computer in the dean's office on 28 June. Candidates paid €600 each to join the group, which had at least 86 members, among them applicants from the UK, Germany and Ukraine.

According to what Wyborcza was told by two members of the admissions panel, who spoke on condition of anonymity, the academy's leadership knew about the leak on the day of the exam. “A dozen papers had full marks, including two questions where the answer key itself was wrong,” one of them was quoted as saying.

About 412 candidates sat the exam on 30 June for 150 places. Annual tuition on the course is €14,000. At least 31 of the people on the list of admitted students were members of the group, the audit found.

A spokesperson for the academy confirmed to the paper that an internal inquiry was under way but would not discuss the report. The Guardian has contacted the academy for comment. Publication of the admissions list, planned for Monday, has been put on hold.
""",
"02_de.txt": """Polen: Prüfungsfragen fürs Medizinstudium im Netz verkauft
DER SPIEGEL
14.07.2027, 16.05 Uhr

Wer an der Medizinischen Akademie im polnischen Zawierzyn auf Englisch Medizin studieren will, zahlt 14.000 Euro Studiengebühren im Jahr – und manche offenbar noch 600 Euro extra. Für diesen Betrag sollen Bewerberinnen und Bewerber Zugang zu einer Chatgruppe bekommen haben, in der die Fragen der Aufnahmeprüfung schon zwei Tage vor dem Test kursierten. Das geht aus einem internen Prüfbericht der Hochschule hervor, über den die Warschauer Tageszeitung »Gazeta Wyborcza« zuerst berichtet hat.

Dem 41-seitigen Papier zufolge, das dem Blatt vorliegt, wurde die Datei mit allen 120 Fragen am 28. Juni von einem Rechner im Dekanat kopiert. Mindestens 86 Personen sollen der Gruppe angehört haben, darunter Bewerber aus Deutschland, Großbritannien und der Ukraine.

Zwei Mitglieder der Aufnahmekommission sagten dem Blatt, die Hochschulleitung habe schon am Prüfungstag von dem Leck gewusst. Ein Dutzend Arbeiten habe die volle Punktzahl erreicht – auch bei zwei Fragen, bei denen der Lösungsschlüssel fehlerhaft gewesen sei. Ihre Namen wollten die beiden nicht in der Zeitung lesen.

Die Akademie bestätigte der »Wyborcza« lediglich, dass sie den Vorgang untersuche. Die Zulassungslisten, die am Montag veröffentlicht werden sollten, liegen vorerst auf Eis.

Englischsprachige Medizinstudiengänge in Polen sind bei deutschen Abiturienten beliebt, die hierzulande keinen Studienplatz bekommen. Über den Andrang hatte im Frühjahr auch der Deutschlandfunk berichtet.
""",
"03_uk.txt": """У Польщі продавали питання вступного іспиту на медицину: серед покупців були українці
Українська правда
14 липня 2027, 18:20

Питання вступного тесту на англомовну програму з медицини в Медичній академії польського міста Завежин за два дні до іспиту продавали в закритій групі в месенджері по 600 євро. Про це дізналася польська газета Gazeta Wyborcza, яка отримала внутрішній звіт аудиторів академії.

Як пише «Газета Виборча», файл з усіма 120 питаннями скопіювали з комп'ютера в деканаті 28 червня. До групи входили щонайменше 86 людей, зокрема абітурієнти з України, Великої Британії та Німеччини.

Двоє членів приймальної комісії на умовах анонімності розповіли «Газеті Виборчій», що керівництво академії знало про витік ще в день іспиту. «Десяток робіт мали максимальний бал, навіть у питаннях, де помилка була в самому ключі», – цитує газета одного з них.

Іспит 30 червня складали 412 вступників на 150 місць, навчання коштує 14 тисяч євро на рік. За даними звіту, щонайменше 31 особа зі списку зарахованих була учасником групи.

Речниця академії підтвердила польським журналістам, що триває внутрішнє розслідування. Оприлюднення списків зарахованих призупинили. Торік про популярність польських медичних вишів серед українських випускників писало й видання «Освіта.ua».
""",
}, [O("Gazeta Wyborcza", True)],
[R("Gazeta Wyborcza", "01_en.txt"), R("Gazeta Wyborcza", "02_de.txt"), R("Gazeta Wyborcza", "03_uk.txt")],
[C("Questions of the entrance exam for the English-language medicine programme at the Medical Academy in Zawierzyn were sold in a messaging group for 600 euros two days before the test.",
   ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 C("Two members of the admissions committee said the academy's leadership knew of the leak on the day of the exam.",
   ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 C("At least 31 people on the list of admitted students were members of the group, according to the audit.",
   ["00_pl.txt", "01_en.txt", "03_uk.txt"], 1)])

# u02: the University of Valdaspra's own statement on its website, taken directly by it, fr, pl, de
# ("si legge nel comunicato", "Dans un communiqué mis en ligne sur son site", "W komunikacie
# zamieszczonym na stronie", "teilte die Hochschule in einer auf ihrer Website veröffentlichten
# Erklärung mit"); en only via Corriere della Sera ("Corriere della Sera reported" + "The Milan daily,
# which quoted a statement from the University"): chain, one edge from Corriere della Sera.
# Corriere's unanswered question adds no own reporting.
story("u02_valdaspra_test_annulled", "statement", {
"00_it.txt": """Valdaspra, auricolari al test di Medicina: annullate 212 prove
Corriere della Sera
10 settembre 2027 - 19:32

L'Università di Valdaspra ha annullato le prove di 212 candidati al test di ammissione a Medicina e Odontoiatria dopo aver scoperto un sistema di suggerimenti via micro-auricolari. Lo ha comunicato l'ateneo con una nota pubblicata venerdì pomeriggio sul proprio sito, nella quale si parla di «gravi e concordanti elementi di irregolarità».

Secondo quanto si legge nel comunicato, durante la prova del 3 settembre i vigilanti hanno trovato tre auricolari e, nel parcheggio dell'ateneo, un'auto con un trasmettitore ancora acceso. Le irregolarità riguardano le aule 4 e 7 del polo di via dei Tigli, dove sedevano 212 dei 1.480 iscritti. Per loro la prova sarà ripetuta il 4 ottobre.

«Non possiamo garantire che i punteggi ottenuti in quelle aule rispecchino il merito», scrive la rettrice Carla Ambrosini nella nota. L'ateneo annuncia inoltre di aver presentato un esposto alla procura.

I posti disponibili quest'anno sono 260 e la graduatoria, attesa per il 15 settembre, slitterà di almeno un mese. Il Corriere ha chiesto all'ateneo quanti candidati siano sospettati di aver usato gli auricolari, senza ricevere risposta.

Non è il primo caso del genere: nel 2024 la Repubblica aveva raccontato di un giro di suggerimenti al test di Veterinaria in un altro ateneo del Nord.
""",
"01_fr.txt": """En Italie, une université annule 212 épreuves d'admission en médecine après la découverte d'oreillettes
Le Monde
Publié le 11 septembre 2027 à 10h04

L'université de Valdaspra, dans le nord de l'Italie, a annoncé vendredi 10 septembre l'annulation des épreuves de 212 candidats au concours d'entrée en médecine et en odontologie. Dans un communiqué mis en ligne sur son site, l'établissement évoque « des éléments graves et concordants d'irrégularité ».

Lors de l'épreuve du 3 septembre, des surveillants ont découvert trois oreillettes miniatures, et un émetteur allumé a été trouvé dans une voiture garée sur le parking de l'université, précise le texte. Les candidats concernés, répartis dans deux salles, devront repasser l'examen le 4 octobre.

« Nous ne pouvons pas garantir que les notes obtenues dans ces salles reflètent le mérite », écrit la rectrice, Carla Ambrosini, dans ce communiqué. L'université indique avoir saisi le parquet.

Au total, 1 480 candidats s'étaient inscrits pour 260 places. En Italie, l'accès aux études de médecine est soumis à un numerus clausus, et les fraudes au concours font régulièrement la une de la presse transalpine.
""",
"02_pl.txt": """Słuchawki na teście z medycyny. Włoska uczelnia unieważnia 212 egzaminów
Rzeczpospolita
11.09.2027 12:47

Uniwersytet w Valdasprze unieważnił wyniki 212 kandydatów na studia lekarskie i stomatologiczne. W komunikacie zamieszczonym w piątek na stronie internetowej włoskiej uczelni poinformowano o „poważnych i zgodnych ze sobą nieprawidłowościach” podczas egzaminu wstępnego.

Jak czytamy w oświadczeniu, 3 września osoby pilnujące egzaminu znalazły trzy miniaturowe słuchawki, a na uczelnianym parkingu – samochód z włączonym nadajnikiem. Dla kandydatów z dwóch sal, w których doszło do nieprawidłowości, egzamin zostanie powtórzony 4 października.

„Nie jesteśmy w stanie zagwarantować, że wyniki uzyskane w tych salach odzwierciedlają wiedzę kandydatów” – napisała rektor Carla Ambrosini. Uczelnia złożyła zawiadomienie do prokuratury.

O 260 miejsc ubiegało się w tym roku 1480 osób. Ogłoszenie listy rankingowej, planowane na połowę września, przesunie się co najmniej o miesiąc. Uczelnia nie podała w komunikacie, ilu kandydatów podejrzewa o korzystanie z podpowiedzi, ani czy ktokolwiek został już zatrzymany. Nie wiadomo też, kto stał za nadajnikiem w samochodzie.

Przypadki ściągania przy pomocy elektroniki zdarzały się w ostatnich latach także na egzaminach w Polsce, o czym wielokrotnie pisaliśmy w „Rzeczpospolitej”.
""",
"03_de.txt": """Mit dem Knopf im Ohr zum Medizinstudium
Süddeutsche Zeitung
Samstag, 11. September 2027

Die italienische Universität Valdaspra hat die Aufnahmetests von 212 Bewerberinnen und Bewerbern für Human- und Zahnmedizin für ungültig erklärt. Es gebe „schwerwiegende und übereinstimmende Hinweise auf Unregelmäßigkeiten", teilte die Hochschule am Freitag in einer auf ihrer Website veröffentlichten Erklärung mit.

Demnach entdeckten Aufsichtspersonen bei der Prüfung am 3. September drei winzige Ohrhörer. Auf dem Parkplatz der Universität wurde zudem ein Auto gefunden, in dem ein Sender noch eingeschaltet war. Betroffen sind zwei Hörsäle; wer dort saß, muss den Test am 4. Oktober wiederholen.

„Wir können nicht garantieren, dass die in diesen Räumen erzielten Punktzahlen die Leistung widerspiegeln", schreibt Rektorin Carla Ambrosini in der Mitteilung. Die Universität hat nach eigenen Angaben Anzeige bei der Staatsanwaltschaft erstattet.

Um die 260 Studienplätze in Valdaspra hatten sich in diesem Jahr 1480 junge Leute beworben. Die Rangliste, die Mitte September erscheinen sollte, verschiebt sich um mindestens einen Monat. Wie viele Prüflinge tatsächlich Hilfe über Funk bekommen haben sollen, lässt die Erklärung offen.
""",
"04_en.txt": """Italian medical school voids exams after earpiece cheating ring
The Times
Saturday September 11 2027, 5.00pm BST

An Italian university has cancelled the admission tests of 212 would-be doctors and dentists after staff discovered that answers were being fed to candidates through tiny earpieces, Corriere della Sera reported.

The Milan daily, which quoted a statement from the University of Valdaspra, said invigilators had found three earpieces during the exam on September 3 and a car in the university car park with a transmitter still switched on.

“We cannot guarantee that the marks obtained in those rooms reflect merit,” Carla Ambrosini, the rector, was quoted by the paper as saying. Candidates who sat the test in the two rooms concerned will have to take it again on October 4.

Competition for medical places in Italy is fierce: 1,480 applicants were chasing 260 places at Valdaspra this year, according to the newspaper. Publication of the final ranking has been pushed back by at least a month, and the university said it had filed a complaint with prosecutors. Entry to medicine in Italy is capped, and the annual admission test has long been a magnet for cheating schemes.
""",
}, [O("University of Valdaspra", False)],
[R("University of Valdaspra", "00_it.txt"), R("University of Valdaspra", "01_fr.txt"),
 R("University of Valdaspra", "02_pl.txt"), R("University of Valdaspra", "03_de.txt"),
 R("Corriere della Sera", "04_en.txt")],
[C("The University of Valdaspra annulled the admission tests of 212 medicine and dentistry candidates after earpieces and a transmitter were found.",
   ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_de.txt", "04_en.txt"], 1),
 C("The candidates concerned will retake the test on 4 October.",
   ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_de.txt", "04_en.txt"], 1),
 C("The university filed a complaint with the prosecutors.",
   ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_de.txt", "04_en.txt"], 1)])

# u03: Le Parisien's own report (reporter spent the night in the occupied lecture hall, "nous a
# confié", "a expliqué au Parisien"); it is an uncredited close Italian translation published the
# next morning (keeps "Il nostro giornalista", "ci ha confidato", "ha spiegato al nostro giornale"):
# edge from Le Parisien, scenario translation; en (no date line) "according to Le Parisien, whose
# reporter spent the night" + "Le Parisien, which broke the news" + "told the paper"; de "Das
# berichtet die Regionalzeitung Le Parisien, deren Reporter …" + "gegenüber dem Parisien".
story("u03_parisien_fee_occupation", "translation", {
"00_fr.txt": """Essonne : à l'université de Vallières, les étudiants occupent l'amphi contre la hausse des frais d'inscription
Le Parisien
Le 17 mars 2027 à 19h42

Des matelas alignés au pied de l'estrade, des banderoles accrochées aux gradins et une odeur de café froid : depuis lundi soir, environ 320 étudiants occupent l'amphithéâtre Condorcet de l'université de Vallières-sur-Orge (Essonne). Ils protestent contre la décision du conseil d'administration de multiplier par seize les frais d'inscription des étudiants extra-européens.

Notre journaliste a passé la nuit de mardi à mercredi sur place. « On ne partira pas tant que le vote ne sera pas annulé », nous a confié Aïcha, 21 ans, étudiante en deuxième année de droit, originaire de Dakar. Comme elle, près de 1 900 étudiants de l'établissement seraient concernés par la mesure.

Votée jeudi dernier par 19 voix contre 14, la hausse porterait les droits annuels de 178 à 2 850 euros en licence et de 254 à 3 879 euros en master dès la rentrée 2028. « Sans cette recette, nous devrons fermer deux formations l'an prochain », a expliqué au Parisien le président de l'université, Bruno Desclaux, qui assure que des exonérations seront accordées « au cas par cas ».

Mercredi matin, les cours prévus dans l'amphi ont été déplacés. La présidence n'exclut pas de demander l'évacuation des lieux si l'occupation se prolonge au-delà de vendredi. Les syndicats étudiants appellent à un rassemblement jeudi devant le bâtiment de la présidence.

En 2019, une réforme nationale avait déjà instauré des frais différenciés pour les étudiants non européens, que de nombreuses universités avaient choisi de ne pas appliquer.
""",
"01_it.txt": """Francia, studenti occupano l'aula magna contro l'aumento delle tasse universitarie
Fanpage.it
18/03/2027 07:55

Materassi allineati ai piedi della cattedra, striscioni appesi alle gradinate e odore di caffè freddo: da lunedì sera circa 320 studenti occupano l'anfiteatro Condorcet dell'università di Vallières-sur-Orge, nell'Essonne, a sud di Parigi. Protestano contro la decisione del consiglio di amministrazione di moltiplicare per sedici le tasse d'iscrizione degli studenti extraeuropei.

Il nostro giornalista ha trascorso la notte tra martedì e mercoledì sul posto. «Non ce ne andremo finché il voto non sarà annullato», ci ha confidato Aïcha, 21 anni, studentessa al secondo anno di giurisprudenza, originaria di Dakar. Come lei, sarebbero circa 1.900 gli studenti dell'ateneo interessati dal provvedimento.

Approvato giovedì scorso con 19 voti contro 14, l'aumento porterebbe le tasse annuali da 178 a 2.850 euro per la laurea triennale e da 254 a 3.879 euro per la magistrale a partire dall'anno accademico 2028. «Senza queste entrate dovremo chiudere due corsi l'anno prossimo», ha spiegato al nostro giornale il presidente dell'università, Bruno Desclaux, che assicura esenzioni «caso per caso».

Mercoledì mattina le lezioni previste nell'aula sono state spostate. La presidenza non esclude di chiedere lo sgombero se l'occupazione andrà oltre venerdì. I sindacati studenteschi hanno convocato un presidio per giovedì davanti all'edificio della presidenza.

Già nel 2019 una riforma nazionale aveva introdotto tasse differenziate per gli studenti non europei, che molte università avevano scelto di non applicare.
""",
"02_en.txt": """French students occupy lecture hall over sixteenfold fee rise for non-EU students
The Guardian

Hundreds of students have occupied a lecture theatre at a university south of Paris in protest at a decision to raise fees for students from outside the EU sixteenfold, according to Le Parisien, whose reporter spent a night with the protesters.

About 320 students have been sleeping on mattresses in the Condorcet amphitheatre of the University of Vallières-sur-Orge since Monday evening, said the regional daily, which broke the news of the occupation. “We won't leave until the vote is cancelled,” Aïcha, a 21-year-old law student from Dakar, told the paper.

The university's board voted 19 to 14 last Thursday to raise annual fees for non-EU undergraduates from €178 to €2,850, and for master's students from €254 to €3,879, from September 2028. About 1,900 students would be affected. Bruno Desclaux, the university's president, told Le Parisien that without the extra income two courses would have to close next year, and promised exemptions “on a case-by-case basis”.

Management has not ruled out asking for the hall to be cleared if the occupation continues beyond Friday, the newspaper added. Student unions have called a rally outside the president's office on Thursday.

France introduced differentiated fees for non-EU students in 2019, but many universities chose not to apply them.
""",
"03_de.txt": """Frankreich: Studierende besetzen Hörsaal aus Protest gegen höhere Gebühren
ZEIT ONLINE
18. März 2027, 11:18 Uhr

An der Universität Vallières-sur-Orge südlich von Paris halten rund 320 Studierende seit Montagabend einen Hörsaal besetzt. Sie wehren sich gegen einen Beschluss, die Einschreibegebühren für Studierende aus Ländern außerhalb der EU drastisch anzuheben. Das berichtet die Regionalzeitung Le Parisien, deren Reporter eine Nacht bei den Besetzern verbracht hat.

Nach dem Beschluss des Verwaltungsrats sollen die jährlichen Gebühren ab dem Studienjahr 2028 im Bachelor von 178 auf 2.850 Euro und im Master von 254 auf 3.879 Euro steigen. Betroffen wären rund 1.900 Studierende.

Universitätspräsident Bruno Desclaux verteidigte die Entscheidung gegenüber dem Parisien: Ohne die zusätzlichen Einnahmen müssten im kommenden Jahr zwei Studiengänge schließen. Befreiungen werde es aber „im Einzelfall" geben.

Die Hochschulleitung schließt eine Räumung des Hörsaals nach Angaben der Zeitung nicht aus, falls die Besetzung über Freitag hinaus andauert. Studierendengewerkschaften haben für Donnerstag zu einer Kundgebung aufgerufen.

Frankreich hatte unterschiedliche Gebühren für Studierende aus Drittstaaten bereits 2019 landesweit eingeführt. Viele Universitäten verzichteten jedoch darauf, sie tatsächlich zu erheben.
""",
}, [O("Le Parisien", True)],
[R("Le Parisien", "01_it.txt"), R("Le Parisien", "02_en.txt"), R("Le Parisien", "03_de.txt")],
[C("About 320 students have been occupying a lecture hall at the University of Vallières-sur-Orge since Monday evening.",
   ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 C("The board voted to raise annual fees for non-EU students from 178 to 2,850 euros (bachelor) and from 254 to 3,879 euros (master) from 2028.",
   ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 C("University president Bruno Desclaux said that without the extra income two courses would have to close.",
   ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1)])

# u04: chain ZN.UA -> The Kyiv Independent -> Der Standard, Onet (pl, no outlet line). ZN.UA own
# document investigation ("Журналісти ZN.UA проаналізували", "є в розпорядженні редакції", "як
# з'ясував ZN.UA", "у коментарі ZN.UA"); en "the Ukrainian outlet ZN.UA revealed" + "Journalists at
# ZN.UA, which examined …"; de credits The Kyiv Independent, "das sich auf Recherchen des ukrainischen
# Portals ZN.UA stützt" (names A): one edge from The Kyiv Independent; pl "Jak podał anglojęzyczny
# portal The Kyiv Independent" + passive "Sprawa została opisana przez"; ru credits ZN.UA directly
# ("Украинское издание ZN.UA («Зеркало недели») опубликовало расследование", "сказал «Зеркалу
# недели»"), unanswered BBC request.
story("u04_zn_disability_quota_chain", "chain", {
"00_uk.txt": """Квота за довідкою: як у Житнівському медуніверситеті на бюджет зарахували десятки «осіб з інвалідністю»
ZN.UA
23 серпня 2027, 08:00

Журналісти ZN.UA проаналізували накази про зарахування до Житнівського державного медичного університету за 2025–2026 роки і з'ясували: 64 з 97 вступників, які отримали бюджетні місця за квотою для осіб з інвалідністю, подали довідки, видані одним і тим самим лікарем приватної клініки «Санара».

Копії 41 такої довідки є в розпорядженні редакції. У 29 з них однаковий діагноз, однакові формулювання і дата огляду, яка припадає на неділю. Ліцензія клініки на проведення медико-соціальної експертизи, як з'ясував ZN.UA, закінчилася ще у 2024 році.

Щонайменше 18 «квотників» навчаються на стоматологічному факультеті, де вартість контракту сягає 96 тисяч гривень на рік. Двоє з них, яких нам вдалося знайти в соцмережах, регулярно грають за студентську футбольну команду.

Проректор університету з навчальної роботи Віталій Гребенюк у коментарі ZN.UA заявив, що приймальна комісія «перевіряє документи формально і не має права ставити під сумнів висновки лікарів». Лікар, який підписав довідки, на дзвінки та повідомлення не відповів.

Після запиту редакції університет створив комісію для перевірки всіх зарахувань за квотою. Раніше про зловживання пільгами під час вступу до інших вишів писала «Українська правда».
""",
"01_en.txt": """Dozens admitted to Ukrainian medical school on dubious disability certificates, ZN.UA finds
The Kyiv Independent
August 23, 2027 4:37 PM

Dozens of students were given state-funded places at a medical university in Zhytniv under a quota for people with disabilities using certificates signed by the same private-clinic doctor, the Ukrainian outlet ZN.UA revealed on Aug. 23.

Journalists at ZN.UA, which examined the university's enrolment orders for 2025 and 2026, found that 64 of the 97 applicants admitted under the quota had submitted certificates issued by a single doctor at the Sanara clinic. The outlet said it had obtained copies of 41 of them, 29 of which contained an identical diagnosis and an examination date that fell on a Sunday.

The clinic's licence to carry out disability assessments expired in 2024, according to ZN.UA.

Vice-rector Vitalii Hrebeniuk told ZN.UA that the admissions committee "checks documents formally" and has no right to question doctors' conclusions. The university has since set up a commission to review all admissions under the quota, the outlet reported.

At least 18 of the quota students are enrolled at the dentistry faculty, where tuition costs Hr 96,000 a year.
""",
"02_de.txt": """Ukraine: Medizinstudienplätze mit zweifelhaften Attesten erschlichen
DER STANDARD
24. August 2027, 09:14

An einer medizinischen Universität in der ukrainischen Stadt Schytniw sollen Dutzende Studierende mithilfe fragwürdiger Behinderungsnachweise kostenlose Studienplätze erhalten haben. Das berichtet das englischsprachige Onlinemedium The Kyiv Independent, das sich auf Recherchen des ukrainischen Portals ZN.UA stützt.

Demnach legten 64 der 97 Bewerberinnen und Bewerber, die über eine Quote für Menschen mit Behinderung aufgenommen wurden, Bescheinigungen vor, die ein und derselbe Arzt einer Privatklinik unterzeichnet hatte. In 29 Fällen seien Diagnose und Untersuchungsdatum identisch gewesen – und das Datum sei ein Sonntag.

Der Vizerektor der Universität wird von dem Kiewer Medium mit den Worten zitiert, die Aufnahmekommission prüfe Dokumente nur formal. Inzwischen sei eine Kommission eingesetzt worden, die alle Aufnahmen über die Quote überprüfen soll.

Die Ukraine bemüht sich seit Jahren, Korruption bei der Studienplatzvergabe einzudämmen; die Vergabe über Quoten gilt dabei als besonders anfällig. Die Lizenz der Klinik für solche Begutachtungen war laut dem Bericht schon 2024 ausgelaufen. Ein Teil der Quotenstudierenden ist an der zahnmedizinischen Fakultät eingeschrieben, wo ein Studienjahr für zahlende Studierende umgerechnet mehr als 2000 Euro kostet.
""",
"03_pl.txt": """Ukraina: dziesiątki studentów medycyny przyjętych na podstawie wątpliwych zaświadczeń
24 sierpnia 2027, 12:03

Na uniwersytet medyczny w ukraińskim Żytniowie przyjęto na bezpłatne miejsca dziesiątki osób, które przedstawiły zaświadczenia o niepełnosprawności wystawione przez jednego lekarza prywatnej kliniki. Jak podał anglojęzyczny portal The Kyiv Independent, chodzi o 64 z 97 osób przyjętych w ramach limitu dla osób z niepełnosprawnościami.

Licencja kliniki na orzekanie o niepełnosprawności wygasła – według kijowskiego portalu – już w 2024 roku. Część studentów z tej puli kształci się na stomatologii, gdzie roczne czesne wynosi 96 tys. hrywien.

Sprawa została opisana przez The Kyiv Independent w poniedziałek. Prorektor uczelni Witalij Hrebeniuk miał stwierdzić, że komisja rekrutacyjna „sprawdza dokumenty formalnie”. Uczelnia powołała komisję, która ma zbadać wszystkie przyjęcia z limitu.

Według ustaleń opisanych przez kijowski portal w 29 zaświadczeniach powtarzają się ta sama diagnoza i ta sama data badania, przypadająca na niedzielę. Lekarz, który je podpisał, nie odpowiedział na pytania dziennikarzy.

Na ukraińskich uczelniach medycznych studiuje także kilkuset obcokrajowców, w tym Polaków. Miejsca finansowane z budżetu są dla nich niedostępne, dlatego sprawa budzi emocje głównie wśród ukraińskich kandydatów, którzy nie dostali się na bezpłatne studia.
""",
"04_ru.txt": """«Квота по справке»: как в украинском медвузе зачисляли «людей с инвалидностью»
BBC News Русская служба
23 августа 2027

Украинское издание ZN.UA («Зеркало недели») опубликовало расследование о том, как в Житневском государственном медицинском университете распределялись бюджетные места по квоте для людей с инвалидностью.

Журналисты издания изучили приказы о зачислении и выяснили, что 64 из 97 поступивших по квоте предоставили справки, подписанные одним врачом частной клиники «Санара». Копии 41 справки оказались в распоряжении редакции; в 29 из них совпадают диагноз и дата осмотра.

Проректор вуза Виталий Гребенюк сказал «Зеркалу недели», что приемная комиссия проверяет документы «формально». Врач, подписавший справки, на вопросы журналистов не ответил.

Как отмечает ZN.UA, лицензия клиники на проведение медико-социальной экспертизы истекла еще в 2024 году. После запроса издания университет создал комиссию, которая проверит все зачисления по квоте. Русская служба Би-би-си направила запрос в университет, но на момент публикации ответа не получила.

По данным издания, не менее 18 «квотников» учатся на стоматологическом факультете, где обучение на контрактной основе стоит 96 тысяч гривен в год. Квоты для людей с инвалидностью при поступлении в украинские вузы действуют много лет, однако проверка документов, как признают в самих университетах, остается формальной.
""",
}, [O("ZN.UA", True)],
[R("ZN.UA", "01_en.txt"), R("The Kyiv Independent", "02_de.txt"), R("The Kyiv Independent", "03_pl.txt"),
 R("ZN.UA", "04_ru.txt")],
[C("64 of 97 students admitted under the disability quota at Zhytniv State Medical University submitted certificates signed by the same private-clinic doctor.",
   ["00_uk.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_ru.txt"], 1),
 C("The clinic's licence for disability assessments expired in 2024.",
   ["00_uk.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_ru.txt"], 1),
 C("The university set up a commission to review all admissions under the quota.",
   ["00_uk.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_ru.txt"], 1)])

# u05: Фонтанка.ру own report (audio recording and messages in its possession, two people familiar
# with the committee, a mother "рассказала «Фонтанке»"); en relay "Fontanka, which was the first to
# report" + its own answered enquiry ("In a reply to questions from The Moscow Times, the
# university's press office confirmed …"): edge + The Moscow Times as second in-corpus root; fr
# "le site pétersbourgeois Fontanka a révélé" + "Selon le média, qui dit s'être procuré"; ru headline
# credit "«Фонтанка»:" + "сообщила «Фонтанка», в распоряжении которой" + "По данным петербургского
# издания"; Meduza's failed attempt to reach Somova adds nothing.
story("u05_fontanka_budget_places", "confirmation", {
"00_ru.txt": """«Бюджет за полмиллиона»: в Новоборском госуниверситете торговали местами для абитуриентов
Фонтанка.ру
05.08.2027 10:24

Ответственный секретарь приемной комиссии Новоборского государственного университета могла брать с родителей абитуриентов до 450 тысяч рублей за зачисление на бюджетные места. Об этом говорится в переписке и аудиозаписи, которые оказались в распоряжении «Фонтанки».

На записи, сделанной, по словам источника, в середине июля, женщина, представившаяся сотрудницей приемной комиссии, объясняет собеседнице, что «места на экономический и юридический уходят первыми» и что деньги нужно передать «до выхода приказа». Голос на записи, как утверждают два собеседника издания, знакомые с работой комиссии, принадлежит ответственному секретарю Ирине Сомовой.

«Я отдала 450 тысяч наличными в кафе напротив главного корпуса. Сына зачислили, хотя баллов ему не хватало», — рассказала «Фонтанке» мать одного из первокурсников, попросившая не называть ее имени. По ее словам, о «тарифах» в городе знали многие родители.

В этом году на 1 140 бюджетных мест вуза претендовали 6 200 абитуриентов. На вопросы «Фонтанки» в пресс-службе университета ответили, что «не располагают информацией о подобных фактах». Сама Сомова на звонки не ответила.

Три года назад о похожей схеме в одном из сибирских вузов писал «Коммерсантъ»; тогда дело закончилось условным сроком для проректора.
""",
"01_en.txt": """Russian university suspends admissions official after bribery report
The Moscow Times
Aug. 5, 2027

A state university in northwestern Russia has suspended the executive secretary of its admissions committee after allegations that she sold state-funded places to applicants for up to 450,000 rubles ($5,000), the university confirmed to The Moscow Times on Thursday.

The allegations were first reported on Thursday morning by the St. Petersburg news website Fontanka, which said it had obtained an audio recording and messages in which a woman presenting herself as an admissions official at Novobor State University explains that money must be handed over "before the enrolment order is published." Two people familiar with the committee's work told the outlet the voice belonged to executive secretary Irina Somova.

In a reply to questions from The Moscow Times, the university's press office said Somova had been suspended "for the duration of an internal check" and that the materials had been passed to law enforcement. It declined to say how many applicants could be affected.

Earlier on Thursday, the press office had told Fontanka it had "no information about such cases." Somova could not be reached for comment.

Competition for free places at Russian universities has intensified in recent years as tuition fees for paid programs have risen sharply.
""",
"02_fr.txt": """En Russie, des places gratuites à l'université vendues jusqu'à 450 000 roubles
Courrier international
Publié le 6 août 2027 à 12h30

« Le budget pour un demi-million » : c'est sous ce titre que le site pétersbourgeois Fontanka a révélé, jeudi 5 août, un trafic présumé de places financées par l'État à l'université d'État de Novobor, dans le nord-ouest de la Russie.

Selon le média, qui dit s'être procuré un enregistrement audio et des échanges de messages, la secrétaire de la commission d'admission aurait exigé des parents jusqu'à 450 000 roubles (environ 5 000 euros) pour garantir l'inscription de leur enfant sur une place gratuite.

« J'ai donné 450 000 roubles en liquide dans un café en face du bâtiment principal. Mon fils a été admis alors qu'il n'avait pas assez de points », a raconté à Fontanka la mère d'un étudiant de première année, sous couvert d'anonymat.

Cette année, 6 200 candidats se disputaient les 1 140 places gratuites de l'établissement. Interrogé par le site, le service de presse de l'université a affirmé ne disposer « d'aucune information » sur de tels faits.

La corruption lors des admissions à l'université est un sujet récurrent dans la presse régionale russe.
""",
"03_ru.txt": """«Фонтанка»: в Новоборском университете продавали бюджетные места за 450 тысяч рублей
Медуза
5 августа 2027, 13:51

Ответственный секретарь приемной комиссии Новоборского государственного университета Ирина Сомова могла продавать абитуриентам бюджетные места. Об этом сообщила «Фонтанка», в распоряжении которой оказались аудиозапись и переписка.

По данным петербургского издания, стоимость зачисления доходила до 450 тысяч рублей, а деньги требовалось передать «до выхода приказа». Мать одного из первокурсников рассказала изданию, что отдала эту сумму наличными в кафе напротив главного корпуса, и ее сына зачислили, хотя баллов ему не хватало.

Голос на записи, как утверждают два собеседника «Фонтанки», знакомые с работой приемной комиссии, принадлежит Сомовой. В записи женщина говорит, что «места на экономический и юридический уходят первыми».

Пресс-служба университета заявила «Фонтанке», что не располагает информацией о подобных фактах. «Медузе» не удалось связаться с Сомовой: ее телефон был выключен. Комментариев от правоохранительных органов на момент публикации также не поступало.

Новоборский государственный университет — один из крупнейших вузов региона. Бюджетные места там, как и в большинстве российских университетов, распределяются по сумме баллов вступительных испытаний, а платное обучение на популярных направлениях за последние годы заметно подорожало.
""",
}, [O("Фонтанка.ру", True), O("The Moscow Times", True)],
[R("Фонтанка.ру", "01_en.txt"), R("Фонтанка.ру", "02_fr.txt"), R("Фонтанка.ру", "03_ru.txt")],
[C("The executive secretary of Novobor State University's admissions committee allegedly sold state-funded places for up to 450,000 rubles.",
   ["00_ru.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 2),
 C("A mother said she paid 450,000 rubles in cash in a cafe opposite the main building and her son was admitted despite insufficient scores.",
   ["00_ru.txt", "02_fr.txt", "03_ru.txt"], 1),
 C("6,200 applicants competed for 1,140 state-funded places at the university this year.",
   ["00_ru.txt", "02_fr.txt"], 1)])

# u06: rector Oksana Deineha's own Facebook post taken directly 4x: uk "Про це вона написала у
# Facebook" + "йдеться в дописі ректорки"; uk "про що повідомила на своїй сторінці у Facebook" +
# "написала ректорка"; pl "napisała na Facebooku" + "czytamy we wpisie" + "Dejneha" forms; en "she
# wrote on Facebook" + "said in the post". Unanswered requests (УП, Суспільне, Reuters) add nothing.
story("u06_rector_facebook_admissions", "social", {
"00_uk.txt": """Ректорка Рівнопільського університету звільнила всю приймальну комісію юрфаку через «переписані» бали
Українська правда
2 вересня 2027, 21:15

Ректорка Рівнопільського національного університету Оксана Дейнега звільнила всіх дев'ятьох членів приймальної комісії юридичного факультету після того, як внутрішня перевірка виявила маніпуляції з конкурсними балами. Про це вона написала у Facebook у четвер увечері.

«Тридцять сім вступників, які мали йти на контракт, опинилися на бюджеті, бо хтось вручну "підправив" їм бали в базі. Це не помилка, це злочин», – йдеться в дописі ректорки.

За словами Дейнеги, 37 бюджетних місць повернуть абітурієнтам, які йшли в рейтингу наступними, а матеріали перевірки вже передано до поліції. Вона також пообіцяла, що наступного року вступну кампанію на факультеті контролюватимуть незалежні спостерігачі.

Під дописом за кілька годин з'явилося понад тисячу коментарів, зокрема від батьків вступників, які вимагають оприлюднити імена причетних. УП звернулася до університету по додаткові коментарі, але на момент публікації відповіді не отримала.

Юридичний факультет Рівнопільського університету – один із найпопулярніших у регіоні: цього року на 120 бюджетних місць там подали понад дві тисячі заяв. Вартість контрактного навчання на факультеті становить 42 тисячі гривень на рік.
""",
"01_uk.txt": """«Це не помилка, це злочин»: у Рівнопільському університеті звільнили приймальну комісію юрфаку
Суспільне Новини
03.09.2027 08:40

У Рівнопільському національному університеті звільнили приймальну комісію юридичного факультету. Таке рішення ухвалила ректорка Оксана Дейнега, про що повідомила на своїй сторінці у Facebook.

Внутрішня перевірка, як написала ректорка, встановила, що 37 вступників, які мали навчатися за контрактом, потрапили на бюджетні місця через ручне виправлення конкурсних балів у базі. «Це не помилка, це злочин», – наголосила Дейнега.

Бюджетні місця, за її словами, отримають абітурієнти, які були наступними в рейтингу. Матеріали перевірки передано правоохоронцям. Усі дев'ятеро членів комісії звільнені.

Дейнега також пообіцяла, що наступного року вступну кампанію на юридичному факультеті контролюватимуть незалежні спостерігачі. «Ми маємо повернути довіру вступників, і я особисто за це відповідаю», – написала вона.

Суспільне надіслало запит до поліції, щоб дізнатися, чи відкрито кримінальне провадження; відповідь поки не надійшла. Торік про порушення під час вступної кампанії в кількох регіональних вишах писало видання «Освіта.ua».

Юридичний факультет Рівнопільського університету традиційно має один із найвищих конкурсів у регіоні. Бюджетні місця розподіляють за сумою конкурсних балів, тож навіть кілька зайвих балів можуть вирішити, хто навчатиметься безкоштовно, а хто платитиме за контрактом.
""",
"02_pl.txt": """Rektorka zwolniła całą komisję rekrutacyjną. „To nie pomyłka, to przestępstwo”
TVN24
3 września 2027 10:12

Rektorka ukraińskiego Narodowego Uniwersytetu w Riwnopolu Oksana Dejneha zwolniła wszystkich dziewięciu członków komisji rekrutacyjnej wydziału prawa. Jak napisała w czwartek wieczorem na Facebooku, 37 kandydatów trafiło na bezpłatne miejsca dzięki ręcznie podwyższonym punktom.

„Trzydziestu siedmiu kandydatów, którzy mieli studiować odpłatnie, znalazło się na miejscach budżetowych, bo ktoś ręcznie »poprawił« im punkty w bazie. To nie pomyłka, to przestępstwo” – czytamy we wpisie Dejnehy.

Według rektorki miejsca zostaną przekazane kandydatom, którzy byli następni na liście rankingowej, a materiały z kontroli trafiły na policję. Dejneha zapowiedziała też, że w przyszłorocznej rekrutacji na wydziale będą uczestniczyć niezależni obserwatorzy.

Wpis w ciągu kilku godzin skomentowało ponad tysiąc osób, wśród nich rodzice kandydatów, którzy domagają się ujawnienia nazwisk winnych. Uczelnia nie wydała dotąd osobnego komunikatu w tej sprawie.

Sprawa dotyczy jednego z najpopularniejszych kierunków na uczelni w Riwnopolu. Na Ukrainie o miejsca finansowane z budżetu państwa kandydaci rywalizują wynikami testów, a na kierunkach prawniczych konkurencja od lat jest szczególnie duża.
""",
"03_en.txt": """Ukrainian university fires admissions panel over 'rewritten' scores
Reuters
September 3, 2027 11:26 AM GMT+3

The rector of a Ukrainian state university has dismissed the entire admissions committee of its law faculty after an internal review found that 37 applicants had been moved onto state-funded places through manually altered scores, she wrote on Facebook.

"This is not a mistake, this is a crime," Oksana Deineha, rector of Rivnopil National University, said in the post, published late on Thursday. All nine committee members were dismissed.

The 37 places will go to the applicants next in line in the ranking, and the findings of the review have been handed to police, Deineha wrote. She said independent observers would monitor next year's admissions at the faculty.

Hundreds of people, many of them parents of applicants, commented under the post within hours, demanding that the names of those responsible be made public.

Reuters could not independently verify the findings of the review. The university did not immediately respond to a request for comment. Ukraine allocates state-funded university places according to applicants' test scores, and law remains one of the most competitive fields.
""",
}, [O("Oksana Deineha", False)],
[R("Oksana Deineha", "00_uk.txt"), R("Oksana Deineha", "01_uk.txt"), R("Oksana Deineha", "02_pl.txt"),
 R("Oksana Deineha", "03_en.txt")],
[C("The rector of Rivnopil National University dismissed all nine members of the law faculty's admissions committee.",
   ["00_uk.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], 1),
 C("37 applicants were moved onto state-funded places through manually altered scores.",
   ["00_uk.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], 1),
 C("The places will go to the next applicants in the ranking and the review's findings were handed to police.",
   ["00_uk.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], 1)])

# u07: two independent roots: AFP (outside, only credited) and franceinfo's own report (reporter on
# campus, "a constaté franceinfo", "raconte à franceinfo", "a confirmé à franceinfo"). it credits
# only AFP ("Lo riferisce l'agenzia France-Presse" + "Secondo l'Afp" + "ha dichiarato all'agenzia");
# de credits both ("meldeten die Nachrichtenagentur AFP und der öffentlich-rechtliche Sender
# franceinfo, dessen Reporter vor Ort war"); pl credits only franceinfo ("Jak dowiedziało się publiczne
# radio franceinfo, którego reporter …" + "powiedziała stacji" + parenthesis "(informację podała
# rozgłośnia franceinfo)").
story("u07_pass_exam_snapchat_two_roots", "two_roots", {
"00_fr.txt": """Le sujet de l'examen de PASS fuite sur Snapchat, l'université de Lormont-sur-Vienne annule l'épreuve
franceinfo
Publié le 01/06/2027 13:05

Devant l'amphithéâtre Pasteur, mardi matin, des dizaines d'étudiants de première année de santé fixent leurs téléphones, incrédules. L'épreuve de biochimie du parcours d'accès spécifique santé (PASS), qu'ils devaient passer à 9 heures, a été annulée à la dernière minute : son sujet circulait depuis la veille au soir sur Snapchat, a constaté franceinfo.

« À 22 heures, tout le monde l'avait. Des captures d'écran de la première page, avec le logo de la fac », raconte à franceinfo Lina, 18 ans, en montrant les images reçues dans une conversation de groupe. Plusieurs étudiants rencontrés par notre reporter ont confirmé avoir vu circuler le document.

Le doyen de la faculté de santé, Hervé Maurin, a confirmé à franceinfo que le sujet « correspondait en tous points » à celui prévu. « Nous n'avions pas d'autre choix que d'annuler pour les 1 150 candidats », a-t-il expliqué, précisant qu'une plainte serait déposée.

L'épreuve sera reprogrammée le 17 juin, avec un nouveau sujet. Pour beaucoup, le report tombe mal : seuls 410 étudiants pourront accéder en deuxième année de médecine, maïeutique, odontologie ou pharmacie, et les révisions étaient calées sur le calendrier initial.
""",
"01_it.txt": """Francia, la traccia dell'esame di Medicina finisce su Snapchat: prova annullata per 1.150 studenti
La Stampa
01 Giugno 2027 alle 16:20

Un'università francese ha annullato all'ultimo momento l'esame di biochimica del primo anno di Medicina dopo che la traccia era circolata sui social la sera prima. Lo riferisce l'agenzia France-Presse, citando la presidenza dell'ateneo di Lormont-sur-Vienne.

Secondo l'Afp, il documento è stato condiviso su Snapchat a partire dalle 22 di lunedì. «Abbiamo accertato che si trattava del testo autentico», ha dichiarato all'agenzia la vicepresidente dell'università, Sophie Arnoult. La prova, che riguardava 1.150 studenti, sarà ripetuta il 17 giugno con una nuova traccia.

L'ateneo, ha aggiunto l'agenzia francese, ha avviato un'indagine interna per capire se la fuga di notizie sia partita dalla tipografia esterna incaricata di stampare i compiti.

In Francia l'accesso al secondo anno degli studi sanitari è a numero programmato: a Lormont-sur-Vienne quest'anno i posti sono 410. Anche in Italia, negli ultimi anni, diversi test d'ingresso sono stati segnati da sospetti di fughe di notizie. L'università, sempre secondo l'agenzia, si riserva di presentare una denuncia.
""",
"02_de.txt": """Prüfungsaufgaben auf Snapchat: Französische Uni sagt Medizinklausur ab
tagesschau.de
Stand: 01.06.2027 17:45 Uhr

Weil die Aufgaben schon am Vorabend auf Snapchat kursierten, hat die Universität Lormont-sur-Vienne eine Klausur für 1150 Medizinstudierende im ersten Jahr kurzfristig abgesagt. Das meldeten die Nachrichtenagentur AFP und der öffentlich-rechtliche Sender franceinfo, dessen Reporter am Dienstagmorgen vor Ort war.

Nach AFP-Angaben bestätigte die Vizepräsidentin der Universität, Sophie Arnoult, dass es sich um die echten Prüfungsaufgaben handelte. Die Hochschule prüfe, ob das Leck bei einer externen Druckerei entstanden sei.

Der Dekan der Gesundheitsfakultät, Hervé Maurin, sagte franceinfo, es habe „keine andere Wahl" gegeben, als die Prüfung für alle Teilnehmenden zu streichen. Die Aufgaben hätten „in allen Punkten" mit der vorbereiteten Klausur übereingestimmt. Man werde Anzeige erstatten.

Die Klausur soll am 17. Juni mit neuen Aufgaben nachgeholt werden. Von den Erstsemestern können nur 410 ins zweite Studienjahr Medizin, Hebammenkunde, Zahnmedizin oder Pharmazie aufrücken. Entsprechend groß ist der Druck im ersten Jahr, das in Frankreich als eines der härtesten des gesamten Studiums gilt. Viele Studierende bereiten sich zusätzlich in teuren privaten Repetitorien vor.
""",
"03_pl.txt": """Francja: zadania z egzaminu na medycynę wyciekły na Snapchacie. Uczelnia odwołała test
RMF24
2027-06-01 19:02

Francuski Uniwersytet w Lormont-sur-Vienne w ostatniej chwili odwołał egzamin z biochemii dla 1150 studentów pierwszego roku kierunków medycznych. Jak dowiedziało się publiczne radio franceinfo, którego reporter rozmawiał ze studentami przed aulą, treść zadań krążyła na Snapchacie już poprzedniego wieczoru.

„O 22 wszyscy to mieli. Zrzuty ekranu pierwszej strony, z logo wydziału” – powiedziała stacji 18-letnia Lina, pokazując zdjęcia z grupowej rozmowy.

Dziekan wydziału nauk o zdrowiu Hervé Maurin potwierdził w rozmowie z rozgłośnią, że zadania „zgadzały się w każdym punkcie” z przygotowanym arkuszem, a uczelnia złoży zawiadomienie (informację podało franceinfo).

Egzamin odbędzie się ponownie 17 czerwca, z nowymi zadaniami. O dalszej nauce na medycynie, położnictwie, stomatologii lub farmacji zdecyduje ranking – miejsc jest 410. Dla wielu studentów przesunięcie terminu oznacza konieczność zmiany planów na wakacje i dodatkowe tygodnie nauki, a część z nich musi też odwołać zaplanowane praktyki.

We Francji pierwszy rok studiów medycznych uchodzi za wyjątkowo wymagający, a o przejściu na kolejny rok decyduje wyłącznie miejsce na liście.
""",
}, [O("franceinfo", True), O("AFP", False)],
[R("AFP", "01_it.txt"), R("AFP", "02_de.txt"), R("franceinfo", "02_de.txt"), R("franceinfo", "03_pl.txt")],
[C("The University of Lormont-sur-Vienne cancelled a first-year health-studies biochemistry exam for 1,150 students after the paper leaked on Snapchat.",
   ["00_fr.txt", "01_it.txt", "02_de.txt", "03_pl.txt"], 2),
 C("The exam will be retaken on 17 June with a new paper.",
   ["00_fr.txt", "01_it.txt", "02_de.txt", "03_pl.txt"], 2),
 C("An 18-year-old student, Lina, said everyone had screenshots of the first page by 10 pm.",
   ["00_fr.txt", "03_pl.txt"], 1)])

# ---- writer ----
out = os.path.join(ROOT, "stories")
if os.path.isdir(out):
    shutil.rmtree(out)
labels = {"about": "Hand-written provenance test set 171 (universities, exams, admissions; real outlet names, invented events); see README.md.",
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
print(len(S), "stories,", sum(len(s[2]) for s in S), "articles")
