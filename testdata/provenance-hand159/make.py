#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand159 set.

Research misconduct at universities and scientific journals. Outlet and agency names are real
media names; every event, person, university, institute, journal, publisher, website, figure and
quote is invented. No text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: in-corpus scoop by Der Spiegel (own reporting: internal e-mails, three anonymous former team
# members, own statistical check, the hospital's reply to the magazine) relayed 4x: en "the news
# magazine Der Spiegel reported on Saturday" + "told Der Spiegel"; fr "c'est ce que révèle
# l'hebdomadaire allemand Der Spiegel" + "d'après le magazine de Hambourg"; es "Según ha revelado
# este sábado el semanario alemán Der Spiegel" + "informa el semanario"; ru "Как пишет «Шпигель»" +
# "рассказали «Шпигелю»" (dative) + "по данным издания".
story("s01_spiegel_scoop_trial_data", "scoop", {
"00_de.txt": """Krebsstudie in Marbeck: Patientendaten offenbar gezielt aussortiert
Der Spiegel
13.03.2027, 18.00 Uhr

Eine viel beachtete Studie des Universitätsklinikums Marbeck zu einer neuen Immuntherapie gegen Bauchspeicheldrüsenkrebs beruht offenbar auf geschönten Daten. Nach Recherchen des SPIEGEL wurden die Verläufe von 23 Patientinnen und Patienten, die auf die Behandlung schlecht ansprachen, nachträglich aus der Auswertung entfernt. Interne E-Mails, die dem SPIEGEL vorliegen, legen nahe, dass der Studienleiter, der Onkologe Konrad Veltheim, dies selbst angeordnet hat.

Die Studie war im Herbst 2025 im Fachjournal „Journal of Translational Oncology Research“ erschienen. Darin heißt es, die 148 Teilnehmer hätten mit der Therapie im Median 14,2 Monate überlebt, gegenüber 9,1 Monaten in der Vergleichsgruppe. Rechnet man die aussortierten Fälle wieder ein, sinkt der Wert auf 10,4 Monate. Der SPIEGEL hat diese Berechnung von einem unabhängigen Biostatistiker prüfen lassen.

Drei ehemalige Mitglieder des Studienteams schildern dem SPIEGEL übereinstimmend, Veltheim habe im Frühjahr 2025 verlangt, „die Ausreißer rauszunehmen“. Sie wollen ihre Namen nicht in der Zeitung lesen, weil sie berufliche Nachteile fürchten. „Uns war klar, dass das nicht sauber ist“, sagt eine von ihnen. „Aber wer widerspricht schon dem Chef?“

Veltheim ließ einen ausführlichen Fragenkatalog unbeantwortet. Eine Sprecherin des Klinikums erklärte auf Anfrage, man nehme die Hinweise „sehr ernst“ und habe den Fall an die Ombudsperson für gute wissenschaftliche Praxis der Universität Marbeck übergeben. Die Therapie wird derzeit in einer größeren Folgestudie an fünf Standorten getestet; dafür hatte das Klinikum 3,8 Millionen Euro an Fördermitteln eingeworben.
""",
"01_en.txt": """German cancer study may have left out patients who fared badly, report says
The Guardian
Sun 14 Mar 2027 09.12 GMT

A high-profile study of an immunotherapy for pancreatic cancer at a German university hospital appears to have dropped 23 patients who responded poorly from its analysis, the news magazine Der Spiegel reported on Saturday.

Internal emails seen by the Hamburg-based magazine suggest that the lead investigator, the oncologist Konrad Veltheim of Marbeck University hospital, ordered the exclusion himself. Three former members of his team told Der Spiegel, on condition of anonymity, that Veltheim had asked them in spring 2025 to "take out the outliers".

The study, published in the Journal of Translational Oncology Research in autumn 2025, reported a median survival of 14.2 months for the 148 participants on the therapy, against 9.1 months in the comparison group. With the missing cases put back, the figure falls to 10.4 months, according to a calculation the magazine had checked by an independent biostatistician.

The therapy is now being tested in a larger follow-up trial at five sites, for which the hospital raised €3.8m in research funding.

A spokesperson for the hospital told Spiegel the allegations were being taken "very seriously" and had been passed to the university's ombudsperson for good scientific practice. Veltheim did not answer the magazine's questions, and he did not respond to a request for comment from the Guardian on Saturday evening.

Germany's main research funder requires universities to appoint ombudspersons who examine allegations of misconduct confidentially before a formal investigation is opened.
""",
"02_fr.txt": """En Allemagne, soupçons de manipulation dans un essai contre le cancer du pancréas
Le Monde
14 mars 2027 à 11h40

Vingt-trois patients écartés après coup d'une étude sur une immunothérapie contre le cancer du pancréas : c'est ce que révèle l'hebdomadaire allemand Der Spiegel dans son édition de samedi. Selon des courriels internes consultés par le magazine, l'exclusion aurait été décidée par le responsable de l'essai lui-même, l'oncologue Konrad Veltheim, du centre hospitalier universitaire de Marbeck.

Publiée à l'automne 2025 dans le Journal of Translational Oncology Research, l'étude faisait état d'une survie médiane de 14,2 mois chez les 148 participants traités, contre 9,1 mois dans le groupe témoin. En réintégrant les cas écartés, ce chiffre tomberait à 10,4 mois, d'après le magazine de Hambourg, qui a fait vérifier ses calculs par un biostatisticien indépendant.

Trois anciens membres de l'équipe, qui ont requis l'anonymat, affirment au Spiegel que M. Veltheim leur avait demandé au printemps 2025 de « retirer les valeurs aberrantes ». « Nous savions que ce n'était pas propre », a confié l'un d'eux à l'hebdomadaire.

L'hôpital a indiqué au journal prendre ces informations « très au sérieux » et avoir saisi l'instance de médiation de l'université chargée des bonnes pratiques scientifiques. Le chercheur n'a pas répondu aux questions du Spiegel. Un essai de plus grande ampleur, financé à hauteur de 3,8 millions d'euros, est en cours dans cinq centres.
""",
"03_es.txt": """Un estudio alemán sobre cáncer de páncreas, bajo sospecha por excluir a pacientes
El País
14 mar 2027 - 13:05 CET

Los datos de 23 pacientes que respondieron mal a una inmunoterapia contra el cáncer de páncreas fueron eliminados del análisis de un ensayo clínico una vez conocidos los resultados, según ha revelado este sábado el semanario alemán Der Spiegel.

De acuerdo con correos electrónicos internos a los que tuvo acceso la revista, la orden partió del propio director del ensayo, el oncólogo Konrad Veltheim, del Hospital Universitario de Marbeck. El estudio, publicado en otoño de 2025 en el Journal of Translational Oncology Research, atribuía a la terapia una supervivencia mediana de 14,2 meses entre los 148 participantes, frente a 9,1 meses en el grupo de control. Con todos los pacientes, la cifra bajaría a 10,4 meses, calcula Der Spiegel, que encargó la comprobación a un bioestadístico independiente.

Tres antiguos miembros del equipo, que pidieron no ser identificados, aseguran a la publicación que Veltheim les pidió en la primavera de 2025 "quitar los valores atípicos". "Sabíamos que aquello no era limpio", dice uno de ellos.

El hospital ha trasladado el caso a la figura encargada de velar por las buenas prácticas científicas en la universidad y asegura tomarse las acusaciones "muy en serio", informa el semanario. Veltheim no respondió a las preguntas de la revista. La misma terapia se está probando en un ensayo más amplio en cinco centros, dotado con 3,8 millones de euros.
""",
"04_ru.txt": """«Шпигель»: из немецкого исследования терапии рака поджелудочной железы убрали данные 23 пациентов
Медуза
16:20, 14 марта 2027

Немецкий журнал Der Spiegel опубликовал расследование о клиническом исследовании иммунотерапии рака поджелудочной железы в университетской клинике города Марбек. Как пишет «Шпигель», из анализа задним числом исключили 23 пациентов, у которых лечение почти не сработало.

Во внутренней переписке, которую изучили журналисты, есть указания на то, что решение принял сам руководитель исследования онколог Конрад Фельтхайм. Трое бывших сотрудников его группы на условиях анонимности рассказали «Шпигелю», что весной 2025 года он велел им «убрать выбросы».

Работа вышла осенью 2025 года в журнале Journal of Translational Oncology Research. Согласно опубликованным данным, медианная выживаемость 148 участников, получавших терапию, составила 14,2 месяца против 9,1 в контрольной группе. Если вернуть исключенных пациентов, показатель снижается до 10,4 месяца — такой расчет, по данным издания, проверил независимый биостатистик.

В клинике сообщили журналу, что относятся к сведениям «очень серьезно» и передали дело омбудсмену университета по вопросам добросовестной научной практики. Сам Фельтхайм на вопросы Der Spiegel не ответил. Сейчас терапию испытывают в более крупном исследовании в пяти центрах, на которое клиника получила 3,8 млн евро.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Der Spiegel", "02_fr.txt"), ("Der Spiegel", "03_es.txt"),
 ("Der Spiegel", "04_ru.txt")],
[("Data of 23 patients who responded poorly were removed after the fact from the analysis of Konrad Veltheim's pancreatic-cancer immunotherapy study at Marbeck university hospital.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_ru.txt"], 1),
 ("With the excluded patients counted, the study's median survival falls from 14.2 to 10.4 months.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_ru.txt"], 1),
 ("Three former team members say Veltheim told them in spring 2025 to remove the 'outliers'.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_ru.txt"], 1),
 ("The hospital passed the case to the university's ombudsperson for good scientific practice.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_ru.txt"], 1)])

# s02: an institution's own published document (the University of Valmorena's research-integrity
# committee report on its website) taken directly 4x: it (ANSA) "È quanto emerge dalla relazione
# finale …, pubblicata oggi sul sito dell'ateneo"; en "according to a report published on the
# university's website on Thursday" + "the committee wrote"; de "Das geht aus dem Abschlussbericht …
# hervor, den die Universität … auf ihrer Website veröffentlicht hat" + "heißt es in dem Bericht";
# uk (no date line) "Про це йдеться у фінальному звіті комісії, оприлюдненому на сайті університету".
story("s02_valmorena_committee_report", "institution", {
"00_it.txt": """Plagio: Università di Valmorena, l'ex prorettore copiò la tesi di una dottoranda
ANSA
01 aprile 2027 16:45

(ANSA) - VALMORENA, 01 APR - Quarantuno pagine su 312 della monografia che l'ex prorettore alla ricerca Ettore Malvezzi ha dedicato al diritto fondiario nella Lombardia del Duecento ricalcano quasi alla lettera la tesi di dottorato, mai pubblicata, di una sua ex allieva. È quanto emerge dalla relazione finale della Commissione per l'integrità nella ricerca dell'Università di Valmorena, pubblicata oggi sul sito dell'ateneo, che chiude l'istruttoria avviata nel maggio 2026 su segnalazione della stessa ricercatrice, Silvia Pagnoncelli.

Secondo la commissione, nei passaggi contestati "non si tratta di coincidenze terminologiche ma di interi paragrafi trasposti, note a piè di pagina comprese". La tesi di Pagnoncelli, discussa nel 2017, non è citata nel volume, uscito nel 2022, nemmeno in bibliografia. Nel corso dell'audizione Malvezzi ha sostenuto che le somiglianze derivano da "un lavoro svolto in comune", tesi che la commissione definisce "non supportata da alcun documento".

La relazione raccomanda al senato accademico di escludere il docente per tre anni dai collegi di dottorato, di trasmettere gli atti al collegio di disciplina e di chiedere all'editore il ritiro del volume. Malvezzi, che ha lasciato l'incarico di prorettore lo scorso settembre, resta professore ordinario di storia del diritto medievale. Il senato accademico dovrebbe esaminare il dossier nella seduta del 22 aprile. (ANSA).
""",
"01_en.txt": """Italian ex-vice-rector copied his student's thesis, university inquiry finds
Times Higher Education
April 2, 2027

A former vice-rector for research at Italy's University of Valmorena copied large parts of a monograph from the unpublished doctoral thesis of one of his own students, according to a report published on the university's website on Thursday.

The university's research integrity committee found that 41 of the 312 pages of Ettore Malvezzi's 2022 book on land law in 13th-century Lombardy reproduce the 2017 thesis of Silvia Pagnoncelli "almost word for word", including footnotes. The thesis is not cited anywhere in the book, not even in its bibliography, the committee wrote.

Professor Malvezzi, a historian of medieval law, told the committee during a hearing that the similarities reflected "work carried out jointly". The report dismisses that explanation as "not supported by any document".

The committee recommends that the academic senate bar him from doctoral boards for three years, refer the case to the university's disciplinary board and ask the publisher to withdraw the book. The senate is expected to discuss the report on 22 April.

The investigation was opened in May 2026 after Dr Pagnoncelli filed a complaint. Her name appears in the published report with her consent, the document notes.

Professor Malvezzi stepped down as vice-rector last September but remains a full professor. Findings that a supervisor took material from a student's work are rarely made public, although research integrity specialists have long argued that such cases go unreported because of the power imbalance between doctoral candidates and the academics who supervise them.
""",
"02_de.txt": """Plagiat bei der eigenen Doktorandin
Frankfurter Allgemeine Zeitung
02.04.2027

Der frühere Prorektor für Forschung der italienischen Universität Valmorena, der Rechtshistoriker Ettore Malvezzi, hat große Teile einer Monographie aus der unveröffentlichten Dissertation einer früheren Doktorandin übernommen. Das geht aus dem Abschlussbericht der Kommission für Forschungsintegrität hervor, den die Universität am Donnerstag auf ihrer Website veröffentlicht hat.

Demnach stimmen 41 der 312 Seiten des 2022 erschienenen Buches über das Bodenrecht in der Lombardei des 13. Jahrhunderts nahezu wörtlich mit der 2017 verteidigten Doktorarbeit von Silvia Pagnoncelli überein, einschließlich der Fußnoten. Die Arbeit werde in dem Band nicht einmal im Literaturverzeichnis genannt, heißt es in dem Bericht. Es handle sich „nicht um terminologische Zufälle, sondern um ganze übertragene Absätze“.

Malvezzi hatte in der Anhörung erklärt, die Übereinstimmungen gingen auf „gemeinsame Arbeit“ zurück. Die Kommission hält diese Darstellung für durch kein Dokument belegt. Sie empfiehlt dem Akademischen Senat, den Professor für drei Jahre von Promotionskommissionen auszuschließen, den Fall an das Disziplinargremium weiterzuleiten und den Verlag um die Rücknahme des Buches zu bitten.

Das Verfahren war im Mai 2026 auf Beschwerde Pagnoncellis eröffnet worden. Der Senat will sich am 22. April mit dem Bericht befassen. Malvezzi hatte das Amt des Prorektors im vergangenen September niedergelegt, lehrt aber weiterhin als ordentlicher Professor für mittelalterliche Rechtsgeschichte.
""",
"03_uk.txt": """В Італії колишнього проректора визнали винним у плагіаті дисертації власної аспірантки
Укрінформ

Комісія з доброчесності в дослідженнях Університету Вальморени (Італія) дійшла висновку, що колишній проректор з наукової роботи Етторе Мальвецці скопіював значну частину своєї монографії з неопублікованої дисертації колишньої аспірантки. Про це йдеться у фінальному звіті комісії, оприлюдненому на сайті університету.

Як зазначено в документі, 41 із 312 сторінок книжки про земельне право Ломбардії XIII століття, виданої 2022 року, майже дослівно збігаються з дисертацією Сільвії Паньончеллі, захищеною 2017 року, — разом із виносками. При цьому саму дисертацію в книжці не згадано навіть у списку літератури.

Під час слухання Мальвецці пояснив збіги «спільною роботою», однак комісія вважає це твердження «не підтвердженим жодним документом».

У звіті рекомендовано академічному сенату на три роки відсторонити професора від участі в докторських комісіях, передати справу дисциплінарній колегії та звернутися до видавця з проханням відкликати книжку. Розслідування розпочали у травні 2026 року за скаргою самої Паньончеллі. Сенат має розглянути звіт 22 квітня.

Мальвецці залишив посаду проректора у вересні минулого року, проте й далі обіймає посаду професора історії середньовічного права.
""",
}, [("Università di Valmorena", False)],
[("Università di Valmorena", "00_it.txt"), ("Università di Valmorena", "01_en.txt"),
 ("Università di Valmorena", "02_de.txt"), ("Università di Valmorena", "03_uk.txt")],
[("A University of Valmorena committee found that 41 of the 312 pages of Ettore Malvezzi's monograph were copied almost verbatim from a former doctoral student's unpublished thesis.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The committee recommends barring Malvezzi from doctoral boards for three years, referring the case to the disciplinary board and asking the publisher to withdraw the book.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)])

# s03: chain. Українська правда's own investigation (uk) -> The Kyiv Independent (en, "Ukrainska Pravda
# reported on May 20" + "told Ukrainska Pravda") -> de ("wie die englischsprachige Zeitung The Kyiv
# Independent unter Berufung auf eine Recherche der Internetzeitung Ukrajinska Prawda berichtet":
# edge from The Kyiv Independent) and es ("según recoge el diario ucraniano en lengua inglesa The Kyiv
# Independent": edge from The Kyiv Independent); ru (ZN.UA) takes it straight from УП ("Об этом
# сообщила «Украинская правда»", "По данным УП", "рассказала изданию").
story("s03_dissertations_chain", "chain", {
"00_uk.txt": """Фабрика дисертацій: в 11 із 14 робіт, захищених у Придніпровському інституті, знайшли плагіат
Українська правда
20 травня 2027, 08:00

Одинадцять із чотирнадцяти кандидатських і докторських дисертацій, захищених у 2025–2026 роках у спеціалізованій вченій раді Придніпровського інституту публічного управління, містять великі фрагменти чужих текстів без посилань. Як з'ясувала «Українська правда», у найгірших випадках частка запозичень сягає 62%.

Журналісти УП перевірили всі 14 робіт, викладені в репозиторії інституту, двома програмами для виявлення текстових збігів і вручну звірили знайдені фрагменти з першоджерелами. Серед джерел — статті з галузевих журналів, чужі дисертації і навіть студентська курсова, яку хтось виклав у мережу 2019 року.

Одна з дисертацій, де збіги становлять 47%, належить заступникові голови однієї з районних державних адміністрацій Дніпропетровщини Олегові Самійленку. Ще дві написали завідувачі кафедр самого інституту. Самійленко на дзвінки УП не відповів.

Голова спеціалізованої вченої ради професорка Валентина Гордієнко сказала «Українській правді», що про результати перевірки дізналася від журналістів. «Якщо факти підтвердяться, рада сама ініціює скасування рішень про присудження ступенів», — заявила вона.

УП надіслала запит до Національного агентства із забезпечення якості вищої освіти, яке може скасовувати рішення спеціалізованих рад. Відповіді на момент публікації не надійшло. Інститут, заснований 2004 року, готує фахівців для органів місцевого самоврядування; щороку в ньому навчається близько трьох тисяч студентів.
""",
"01_en.txt": """Investigation finds plagiarism in 11 of 14 dissertations defended at Ukrainian public administration institute
The Kyiv Independent
May 20, 2027 4:15 PM

Eleven out of 14 doctoral dissertations defended in 2025-2026 before an academic council at the Prydniprovskyi Institute of Public Administration contain large passages copied without attribution, Ukrainska Pravda reported on May 20.

The outlet's journalists ran all 14 dissertations, which are published in the institute's online repository, through two plagiarism-detection programs and then compared the matches with the original texts by hand. In the worst cases, up to 62% of the text was borrowed, the investigation found.

One of the dissertations, with a 47% overlap, belongs to Oleh Samiilenko, deputy head of a district state administration in Dnipropetrovsk Oblast, according to Ukrainska Pravda. Two more were written by heads of departments at the institute itself.

Valentyna Hordiienko, who chairs the academic council, told Ukrainska Pravda she had learned about the findings from journalists. "If the facts are confirmed, the council itself will initiate the cancellation of the degrees," she said.

Plagiarised dissertations have been a recurring problem in Ukraine, where academic degrees bring salary bonuses in the civil service and in local government. The National Agency for Higher Education Quality Assurance has the power to revoke decisions taken by academic councils.
""",
"02_de.txt": """Ukraine: Plagiate in elf von 14 Doktorarbeiten an Verwaltungsinstitut
Der Standard
21. Mai 2027, 07:30

In der Ukraine sorgt eine Recherche zu abgeschriebenen Doktorarbeiten für Aufsehen. Wie die englischsprachige Zeitung The Kyiv Independent unter Berufung auf eine Recherche der Internetzeitung Ukrajinska Prawda berichtet, enthalten elf von 14 Dissertationen, die 2025 und 2026 vor dem Promotionsrat des Prydniprowskyj-Instituts für öffentliche Verwaltung verteidigt wurden, umfangreiche Passagen ohne Quellenangabe.

In den schlimmsten Fällen seien bis zu 62 Prozent des Textes übernommen worden. Eine der Arbeiten mit 47 Prozent Übereinstimmung stammt dem Bericht zufolge von Oleh Samijlenko, dem stellvertretenden Leiter einer Bezirksverwaltung im Gebiet Dnipropetrowsk. Zwei weitere hätten Lehrstuhlinhaber des Instituts selbst verfasst.

Die Vorsitzende des Promotionsrats, Walentyna Hordijenko, habe erklärt, sie habe von den Ergebnissen erst durch Journalisten erfahren. Sollten sich die Vorwürfe bestätigen, werde der Rat selbst die Aberkennung der Titel einleiten, zitiert sie das Blatt aus Kiew.

Akademische Titel bringen im ukrainischen Staatsdienst Gehaltszuschläge, was seit Jahren einen Markt für fragwürdige Dissertationen nährt. Die nationale Agentur für Qualitätssicherung in der Hochschulbildung kann Entscheidungen von Promotionsräten aufheben.
""",
"03_es.txt": """Plagio masivo en un instituto ucraniano: 11 de 14 tesis doctorales copiaron textos ajenos
El Mundo
21/05/2027 10:02

Once de las catorce tesis doctorales defendidas entre 2025 y 2026 ante el consejo académico del Instituto de Administración Pública de Prydniprovsk, en Ucrania, contienen amplios fragmentos copiados sin citar la fuente, según recoge el diario ucraniano en lengua inglesa The Kyiv Independent.

En los casos más graves, hasta el 62% del texto procede de otros autores. Una de las tesis, con un 47% de coincidencias, es obra de Oleh Samiilenko, vicepresidente de una administración de distrito en la región de Dnipropetrovsk, añade el periódico. Otras dos pertenecen a jefes de departamento del propio instituto.

La presidenta del consejo académico, Valentyna Hordiienko, aseguró que se enteró de los resultados por los periodistas y que, si se confirman, el propio consejo impulsará la anulación de los títulos, según el medio.

En Ucrania, los títulos académicos suponen complementos salariales en la función pública, lo que ha alimentado durante años un mercado de tesis de dudosa calidad. La Agencia Nacional de Garantía de la Calidad de la Educación Superior tiene potestad para revocar las decisiones de los consejos académicos.
""",
"04_ru.txt": """УП: в 11 из 14 диссертаций, защищенных в Приднепровском институте публичного управления, нашли плагиат
ZN.UA
20.05.2027 12:30

Большие фрагменты чужих текстов без ссылок обнаружены в 11 из 14 диссертаций, защищенных в 2025–2026 годах в специализированном ученом совете Приднепровского института публичного управления. Об этом сообщила «Украинская правда», журналисты которой проверили все работы двумя программами для поиска заимствований.

По данным УП, в отдельных случаях доля заимствований достигает 62%. Одна из диссертаций с 47% совпадений принадлежит заместителю главы одной из районных госадминистраций Днепропетровщины Олегу Самийленко, еще две — заведующим кафедрами самого института.

Председатель специализированного совета профессор Валентина Гордиенко рассказала изданию, что узнала о результатах проверки от журналистов. «Если факты подтвердятся, совет сам инициирует отмену решений о присуждении степеней», — цитирует ее «Украинская правда».

Издание также направило запрос в Национальное агентство по обеспечению качества высшего образования, которое может отменять решения специализированных советов, однако ответа пока не получило. Институт, основанный в 2004 году, готовит кадры для органов местного самоуправления.
""",
}, [("Українська правда", True)],
[("Українська правда", "01_en.txt"), ("The Kyiv Independent", "02_de.txt"),
 ("The Kyiv Independent", "03_es.txt"), ("Українська правда", "04_ru.txt")],
[("11 of 14 dissertations defended in 2025-2026 before the academic council of the Prydniprovskyi Institute of Public Administration contain large uncredited passages, up to 62% of the text.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1),
 ("One of the dissertations, with a 47% overlap, belongs to district administration deputy head Oleh Samiilenko.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1),
 ("Council chair Valentyna Hordiienko said the council itself would move to cancel the degrees if the findings are confirmed.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1)])

# s04: in-corpus scoop by Retraction Watch (own reporting: a publisher's letter it obtained, the
# researcher's e-mail reply to it, the publisher's and the university's replies) relayed by fr ("selon le
# site américain Retraction Watch" + "que s'est procurée le site" + "rapporte Retraction Watch") and it
# ("Lo riporta il blog statunitense Retraction Watch" + "scrive ancora il sito"); es (no outlet line) is
# an uncredited, close Spanish translation published the next day (same order, same quotes, keeps "which
# we have obtained" as "que hemos obtenido" and "told us" as "nos dijo"): edge from Retraction Watch.
story("s04_fake_reviewers_translation", "translation", {
"00_en.txt": """Materials journal to retract 17 papers by Spanish group after finding fake reviewers
Retraction Watch
2027-06-08

A materials science journal is preparing to retract 17 papers by a group at Spain's University of Valdeserra after concluding that the peer review of the articles was compromised, Retraction Watch has learned.

In a letter sent to the authors on May 28, which we have obtained, the research integrity team at Harwell Academic Publishing says that the reviewer accounts used for all 17 papers in Advances in Green Composite Materials were created with email addresses that "could not be linked to any real researcher" and were accessed from the same internet address as the corresponding author's account.

The papers, published between 2023 and 2026, list Álvaro Peñarrubia, a professor of materials engineering at Valdeserra, as corresponding author. Together they have been cited around 640 times.

"I have never created or used any reviewer account, and I will ask the publisher to show me its evidence," Peñarrubia told us by email. He said his group had suggested reviewers at submission, "as the journal itself invites authors to do."

The letter gives the authors until June 15 to respond before the retraction notices are published. A spokesperson for Harwell declined to comment on individual cases but told us the publisher "takes all concerns about peer review manipulation seriously."

A press officer for the University of Valdeserra said the university was aware of the publisher's letter and had asked its ethics committee to review it.

Peñarrubia's group received €2.1 million in regional and national research funding between 2022 and 2026, according to public grant databases.
""",
"01_es.txt": """Una revista científica retirará 17 artículos de un grupo de la Universidad de Valdeserra por revisiones falsas
9 de junio de 2027

Una revista de ciencia de materiales se prepara para retirar 17 artículos de un grupo de la Universidad de Valdeserra tras concluir que la revisión por pares de los trabajos estaba comprometida.

En una carta enviada a los autores el 28 de mayo, que hemos obtenido, el equipo de integridad científica de Harwell Academic Publishing afirma que las cuentas de revisores utilizadas para los 17 artículos en Advances in Green Composite Materials se crearon con direcciones de correo electrónico que "no pudieron vincularse a ningún investigador real" y que se accedió a ellas desde la misma dirección de internet que la cuenta del autor de correspondencia.

Los artículos, publicados entre 2023 y 2026, tienen como autor de correspondencia a Álvaro Peñarrubia, catedrático de Ingeniería de Materiales en Valdeserra. En conjunto, han sido citados unas 640 veces.

"Nunca he creado ni utilizado ninguna cuenta de revisor, y pediré a la editorial que me muestre sus pruebas", nos dijo Peñarrubia por correo electrónico. Según explicó, su grupo sugirió revisores en el momento del envío, "como la propia revista invita a hacer a los autores".

La carta da a los autores de plazo hasta el 15 de junio para responder antes de que se publiquen las notas de retractación. Un portavoz de Harwell declinó comentar casos concretos, pero nos dijo que la editorial "se toma en serio cualquier sospecha de manipulación de la revisión por pares".

Un responsable de prensa de la Universidad de Valdeserra señaló que la universidad conoce la carta de la editorial y ha pedido a su comité de ética que la examine.

El grupo de Peñarrubia recibió 2,1 millones de euros en financiación regional y nacional entre 2022 y 2026, según las bases de datos públicas de ayudas.
""",
"02_fr.txt": """Espagne : une revue va rétracter 17 articles d'une équipe soupçonnée d'avoir inventé ses relecteurs
Le Figaro
09/06/2027 à 14:20

Dix-sept articles scientifiques d'un coup. Une revue spécialisée dans les matériaux s'apprête à rétracter l'ensemble des travaux publiés par une équipe de l'université espagnole de Valdeserra, selon le site américain Retraction Watch, qui recense depuis 2010 les rétractations dans la littérature scientifique.

D'après une lettre de l'éditeur Harwell Academic Publishing que s'est procurée le site, les comptes des relecteurs chargés d'évaluer ces articles, parus entre 2023 et 2026 dans Advances in Green Composite Materials, avaient été créés avec des adresses électroniques impossibles à rattacher à un chercheur réel. Ils étaient en outre consultés depuis la même adresse internet que celle de l'auteur correspondant, le professeur d'ingénierie des matériaux Álvaro Peñarrubia.

Joint par Retraction Watch, le chercheur dément. « Je n'ai jamais créé ni utilisé de compte de relecteur », a-t-il écrit au site, ajoutant que son équipe s'était contentée de suggérer des noms lors de la soumission, comme la revue y invite.

Les auteurs ont jusqu'au 15 juin pour répondre avant la publication des avis de rétractation. L'université a indiqué avoir saisi son comité d'éthique, rapporte Retraction Watch.

Le recours à de faux relecteurs, qui permet aux auteurs d'évaluer eux-mêmes leurs propres travaux, est à l'origine de plusieurs vagues de rétractations massives depuis le milieu des années 2010.
""",
"03_it.txt": """Falsi revisori, una rivista ritira 17 studi di un gruppo spagnolo
la Repubblica
10 giugno 2027

Diciassette articoli pubblicati tra il 2023 e il 2026 sulla rivista Advances in Green Composite Materials stanno per essere ritirati: la revisione paritaria a cui erano stati sottoposti sarebbe stata manipolata. Lo riporta il blog statunitense Retraction Watch, che ha ottenuto una lettera inviata il 28 maggio agli autori dalla casa editrice Harwell Academic Publishing.

Secondo il documento citato dal sito, gli account dei revisori erano stati creati con indirizzi email non riconducibili a nessun ricercatore reale e vi si accedeva dallo stesso indirizzo internet dell'autore di riferimento, Álvaro Peñarrubia, docente di ingegneria dei materiali all'Università di Valdeserra, in Spagna.

"Non ho mai creato né usato alcun account di revisore", ha scritto Peñarrubia a Retraction Watch, annunciando che chiederà all'editore di mostrargli le prove. Gli autori hanno tempo fino al 15 giugno per rispondere, dopodiché saranno pubblicate le note di ritrattazione.

Il gruppo, scrive ancora il sito, ha ricevuto 2,1 milioni di euro di finanziamenti pubblici regionali e nazionali tra il 2022 e il 2026. L'ateneo spagnolo ha chiesto al proprio comitato etico di esaminare il caso.

Quello dei revisori fittizi è uno dei meccanismi di frode più diffusi nell'editoria scientifica: gli autori suggeriscono alla rivista nomi di esperti, ma gli indirizzi email indicati portano in realtà a caselle da loro stessi controllate.
""",
}, [("Retraction Watch", True)],
[("Retraction Watch", "01_es.txt"), ("Retraction Watch", "02_fr.txt"), ("Retraction Watch", "03_it.txt")],
[("Advances in Green Composite Materials is preparing to retract 17 papers by Álvaro Peñarrubia's group at the University of Valdeserra because their peer review was compromised.",
  ["00_en.txt", "01_es.txt", "02_fr.txt", "03_it.txt"], 1),
 ("Peñarrubia denied ever creating or using a reviewer account.",
  ["00_en.txt", "01_es.txt", "02_fr.txt", "03_it.txt"], 1),
 ("Peñarrubia's group received €2.1 million in regional and national research funding between 2022 and 2026.",
  ["00_en.txt", "01_es.txt", "03_it.txt"], 1)])

# s05: outside wire agency EFE relayed 4x; the fr relay adds its own confirmation and a new fact (the
# director's statement to Le Figaro, the labour-court appeal), so Le Figaro is also an in-corpus
# origin. es: La Vanguardia runs the wire under the dateline "Alicante, 12 jul (EFE).-" + "han
# confirmado a EFE fuentes del centro"; it "Lo riferisce l'agenzia spagnola Efe, citando fonti
# dell'istituto" + "hanno precisato le fonti all'agenzia"; de "Das meldet die spanische
# Nachrichtenagentur Efe unter Berufung auf Kreise des Instituts" + "berichtet die Agentur"; fr "a
# annoncé lundi l'agence espagnole EFE" + "Contacté par Le Figaro, le directeur … a confirmé" + "nous
# a-t-il déclaré" + "selon l'agence".
story("s05_efe_dismissal_confirmation", "agency_confirmation", {
"00_es.txt": """Un instituto biomédico de Alicante despide a una investigadora por manipular imágenes en cuatro estudios
La Vanguardia
2027-07-12 11:48

Alicante, 12 jul (EFE).- El Instituto de Biomedicina del Levante (IBL) ha despedido a la investigadora Inés Carbonell, jefa de su grupo de señalización celular, después de que una investigación interna concluyera que manipuló imágenes de microscopía en cuatro artículos científicos publicados entre 2021 y 2025, han confirmado a EFE fuentes del centro.

La comisión de integridad del instituto detectó en esos trabajos imágenes duplicadas, giradas o recortadas que se presentaban como resultados de experimentos distintos. Según las mismas fuentes, el despido se comunicó a la investigadora el pasado viernes y el IBL pedirá a las revistas la retractación de los cuatro artículos.

El centro tendrá además que devolver 1,2 millones de euros de una ayuda europea concedida al grupo en 2023, ya que parte de los resultados cuestionados sirvió de base para la solicitud.

La investigación interna comenzó en octubre de 2026 a raíz de las dudas planteadas por dos miembros del propio grupo. Carbonell, de 44 años, se incorporó al IBL en 2016 procedente de un centro de investigación de Heidelberg (Alemania) y dirigía un equipo de nueve personas.

EFE no ha podido recabar la versión de la investigadora.
""",
"01_it.txt": """Spagna, ricercatrice licenziata: «Immagini manipolate in quattro studi»
Corriere della Sera
12 luglio 2027 | 15:30

L'Istituto di Biomedicina del Levante, centro di ricerca con sede ad Alicante, ha licenziato una delle sue ricercatrici di punta, Inés Carbonell, accusata di aver manipolato immagini di microscopia in quattro articoli scientifici. Lo riferisce l'agenzia spagnola Efe, citando fonti dell'istituto.

Secondo un'indagine interna, nei lavori pubblicati tra il 2021 e il 2025 comparivano immagini duplicate, ruotate o ritagliate e presentate come risultati di esperimenti diversi. L'istituto chiederà alle riviste di ritirare gli articoli e dovrà restituire 1,2 milioni di euro di un finanziamento europeo ottenuto dal gruppo nel 2023, hanno precisato le fonti all'agenzia.

L'indagine era partita nell'ottobre 2026 dalle segnalazioni di due membri dello stesso gruppo di ricerca. Carbonell, 44 anni, lavorava all'istituto dal 2016, dopo un periodo in un centro di ricerca di Heidelberg, e guidava una squadra di nove persone.

Il caso arriva in un momento in cui diversi enti di ricerca europei stanno rafforzando i controlli automatici sulle immagini scientifiche prima della pubblicazione.
""",
"02_fr.txt": """Espagne : une chercheuse licenciée pour des images truquées conteste son renvoi en justice
Le Figaro
13/07/2027 à 19:05

L'Institut de biomédecine du Levant (IBL), à Alicante, a licencié la biologiste Inés Carbonell, accusée d'avoir manipulé des images de microscopie dans quatre articles parus entre 2021 et 2025, a annoncé lundi l'agence espagnole EFE.

Contacté par Le Figaro, le directeur de l'institut, Ramón Esplugues, a confirmé le licenciement, notifié vendredi à la chercheuse. « La commission d'intégrité a trouvé des images dupliquées, retournées ou recadrées, présentées comme issues d'expériences différentes. Nous n'avions pas d'autre choix », nous a-t-il déclaré. Selon lui, Inés Carbonell a déposé mardi matin un recours devant le tribunal du travail d'Alicante pour contester son renvoi.

L'institut demandera aux revues le retrait des quatre articles, selon l'agence. L'enquête interne avait été ouverte en octobre 2026 après le signalement de deux membres de l'équipe de la chercheuse, âgée de 44 ans et arrivée à l'IBL en 2016 après un passage à Heidelberg.

Inés Carbonell n'a pas répondu à nos sollicitations. En Espagne, plusieurs affaires de manipulation d'images ont conduit ces dernières années les organismes de recherche à se doter de commissions d'intégrité chargées d'instruire ce type de signalements.
""",
"03_de.txt": """Spanisches Forschungsinstitut entlässt Biologin wegen manipulierter Bilder
Süddeutsche Zeitung
12. Juli 2027, 17:05 Uhr

Ein biomedizinisches Forschungsinstitut in Spanien hat eine leitende Wissenschaftlerin entlassen, weil sie in vier Fachartikeln Mikroskopiebilder manipuliert haben soll. Das meldet die spanische Nachrichtenagentur Efe unter Berufung auf Kreise des Instituts für Biomedizin der Levante (IBL) in Alicante.

Eine interne Untersuchung habe ergeben, dass in den zwischen 2021 und 2025 veröffentlichten Arbeiten der Zellbiologin Inés Carbonell doppelt verwendete, gedrehte oder zugeschnittene Bilder als Ergebnisse unterschiedlicher Experimente ausgegeben worden seien. Die Kündigung sei am Freitag ausgesprochen worden. Das Institut wolle die Fachzeitschriften um die Rücknahme der Artikel bitten und müsse 1,2 Millionen Euro aus einer EU-Förderung zurückzahlen, berichtet die Agentur.

Ins Rollen gebracht hatten den Fall im Oktober 2026 zwei Mitglieder von Carbonells eigener Arbeitsgruppe. Die 44-Jährige war 2016 von einem Heidelberger Forschungszentrum an das Institut gewechselt und leitete zuletzt ein neunköpfiges Team.

Eine Stellungnahme der Forscherin lag zunächst nicht vor.
""",
}, [("EFE", False), ("Le Figaro", True)],
[("EFE", "00_es.txt"), ("EFE", "01_it.txt"), ("EFE", "02_fr.txt"), ("EFE", "03_de.txt")],
[("The Instituto de Biomedicina del Levante dismissed Inés Carbonell after an internal investigation found manipulated microscopy images in four papers published 2021-2025.",
  ["00_es.txt", "01_it.txt", "02_fr.txt", "03_de.txt"], 2),
 ("The institute has to pay back €1.2 million of an EU grant awarded to the group in 2023.",
  ["00_es.txt", "01_it.txt", "03_de.txt"], 1)])

# s06: two independent in-corpus investigations published the same day: Медуза (a correspondent posing
# as a graduate student) and Le Monde (a price list and internal spreadsheets from a former employee
# who asked for anonymity: the anonymous source belongs to Le Monde). en credits both ("according to
# separate investigations by … Meduza and … Le Monde"): two edges. uk relays Медуза ("Про це пише
# російське незалежне видання «Медуза»", "Кореспондентові «Медузи»" dative, "За підрахунками
# видання"); de relays Le Monde ("Das berichtet die französische Zeitung „Le Monde“ unter Berufung
# auf …", "Nach Angaben von „Le Monde“", "zitiert das Blatt", "schreibt die Pariser Zeitung").
story("s06_authorship_market_two_reports", "two_independent", {
"00_ru.txt": """Место в авторах — от 1800 долларов. «Медуза» выяснила, как продают соавторство в научных статьях
Медуза
6 сентября 2027, 10:00

Сайт PaperSeat предлагает ученым за деньги стать соавторами уже принятых к публикации статей в журналах, которые индексируются в базе Scopus. Корреспондент «Медузы» под видом аспиранта из Казани связался с менеджером сервиса и получил предложение: место четвертого автора в статье о биоразлагаемых полимерах, которая должна выйти в журнале International Journal of Advanced Polymer Studies, за 2300 долларов.

Менеджер, представившийся Артемом, объяснил в переписке, что «статья уже прошла рецензирование, редакция вопросов не задает», а имя нового соавтора добавят «на этапе корректуры». Цены на сайте — от 1800 до 4500 долларов в зависимости от места в списке авторов и импакт-фактора журнала. Оплату принимают только в криптовалюте.

«Медуза» сверила каталог сервиса с вышедшими статьями: как минимум в 37 работах, опубликованных в 2026–2027 годах, список авторов между принятием и публикацией вырос на одного-двух человек. Новые соавторы, как правило, работают в других странах и даже в других областях науки, чем остальные авторы.

Редакция International Journal of Advanced Polymer Studies на запрос «Медузы» не ответила. Когда корреспондент сообщил менеджеру, что готовит материал, переписка в мессенджере была удалена, а его аккаунт заблокирован.
""",
"01_fr.txt": """« Un nom, un prix » : enquête sur PaperSeat, la plateforme qui vend des places de coauteur
Le Monde
06 septembre 2027 à 18h00

Le tarif est affiché sans détour : de 1 800 à 4 500 dollars pour figurer parmi les auteurs d'un article déjà accepté dans une revue scientifique indexée dans la base Scopus. Le Monde a pu consulter la grille de prix et des tableaux internes de la plateforme PaperSeat, transmis par une ancienne employée qui a requis l'anonymat par crainte de représailles.

Selon ces documents, la société, enregistrée à Chypre, a vendu en 2026 des places de coauteur dans environ 340 articles, publiés pour l'essentiel dans une vingtaine de revues. « Les auteurs principaux touchaient la moitié du prix. Les revues, elles, ne posaient jamais de questions », raconte l'ancienne salariée, qui a travaillé près d'un an au service client de l'entreprise.

Les clients viennent majoritairement d'Asie centrale, de Russie et du Moyen-Orient, mais les tableaux mentionnent aussi une dizaine d'universitaires exerçant en Europe, dont deux en France. Le Monde n'a pas été en mesure de vérifier si ces derniers avaient effectivement payé.

Sollicitée à plusieurs reprises, la société PaperSeat n'a pas répondu. Pour les chercheurs concernés, l'enjeu est de taille : dans de nombreux pays, le nombre de publications dans des revues indexées conditionne les promotions, les primes et parfois l'obtention d'un doctorat.
""",
"02_en.txt": """Website sells co-author slots on accepted science papers, investigations find
The Guardian
Tue 7 Sep 2027 07.00 BST

A website is offering researchers paid places as co-authors on scientific papers that have already been accepted by peer-reviewed journals, according to separate investigations by the independent Russian-language outlet Meduza and the French daily Le Monde published on Monday.

The platform, PaperSeat, sells slots on papers in journals indexed in the Scopus database, with prices ranging from $1,800 to $4,500 depending on the position in the author list and the journal's impact factor. Meduza's reporter approached the service posing as a graduate student, while Le Monde obtained the price list and internal spreadsheets from a former employee who spoke on condition of anonymity.

Le Monde said PaperSeat had not responded to repeated requests for comment. According to Meduza, the manager deleted the chat and blocked its reporter's account once he said he was working on a story.

So-called paper mills, which sell fabricated manuscripts or authorship to researchers under pressure to publish, have become one of the biggest integrity problems facing scientific publishing. Publishers have retracted thousands of papers linked to such operations in recent years, and several have introduced checks on changes to author lists made after a paper has been accepted.

Elsevier, which runs the Scopus database, did not immediately respond to a request for comment from the Guardian.
""",
"03_uk.txt": """Сайт продає місця співавторів у наукових статтях — розслідування «Медузи»
Громадське
06.09.2027 15:40

Онлайн-сервіс PaperSeat продає науковцям місця співавторів у статтях, які вже прийняли до друку журнали з бази Scopus. Про це пише російське незалежне видання «Медуза», кореспондент якого звернувся до сервісу під виглядом аспіранта.

Кореспондентові «Медузи» запропонували стати четвертим автором статті про біорозкладні полімери в журналі International Journal of Advanced Polymer Studies за 2300 доларів. Менеджер запевнив, що «редакція питань не ставить», а нове ім'я додадуть на етапі коректури. Ціни на сайті — від 1800 до 4500 доларів, оплату приймають у криптовалюті.

За підрахунками видання, щонайменше у 37 статтях, опублікованих у 2026–2027 роках, список авторів між прийняттям і публікацією збільшився на одну-дві особи. Редакція журналу на запит журналістів не відповіла.

Для українських науковців публікації в журналах, що індексуються в Scopus, є однією з умов для отримання вчених звань і участі в конкурсах на наукові гранти, тож подібні сервіси активно шукають клієнтів і в Україні.
""",
"04_de.txt": """Koautorschaft gegen Bezahlung: Plattform verkauft Plätze auf Fachartikeln
Der Tagesspiegel
7. September 2027

Eine Internetplattform verkauft offenbar Plätze in den Autorenlisten wissenschaftlicher Fachartikel. Das berichtet die französische Zeitung „Le Monde“ unter Berufung auf interne Unterlagen und eine ehemalige Mitarbeiterin des Anbieters PaperSeat, die anonym bleiben will.

Nach Angaben von „Le Monde“ kostet ein Platz als Koautor eines bereits angenommenen Artikels in einer Scopus-gelisteten Zeitschrift zwischen 1800 und 4500 Dollar. Im Jahr 2026 habe die auf Zypern registrierte Firma solche Plätze in rund 340 Artikeln verkauft, überwiegend in etwa 20 Zeitschriften. Die Hauptautoren hätten jeweils die Hälfte des Preises erhalten, zitiert das Blatt die frühere Angestellte.

Unter den Kunden seien auch rund zehn in Europa tätige Wissenschaftler, zwei davon in Frankreich, schreibt die Pariser Zeitung. Ob sie tatsächlich gezahlt haben, sei nicht überprüfbar gewesen. PaperSeat habe auf Anfragen nicht reagiert.

Nach den Leitlinien zur guten wissenschaftlichen Praxis, an die sich deutsche Hochschulen halten, darf nur als Autor genannt werden, wer einen genuinen, nachvollziehbaren Beitrag zu einer Veröffentlichung geleistet hat. Eine gekaufte Koautorschaft wäre damit ein klarer Verstoß.
""",
}, [("Медуза", True), ("Le Monde", True)],
[("Медуза", "02_en.txt"), ("Le Monde", "02_en.txt"), ("Медуза", "03_uk.txt"), ("Le Monde", "04_de.txt")],
[("The website PaperSeat sells co-author places on papers already accepted by Scopus-indexed journals for $1,800 to $4,500.",
  ["00_ru.txt", "01_fr.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], 2),
 ("Meduza's correspondent, posing as a graduate student, was offered fourth-author place on a biodegradable-polymers paper for $2,300.",
  ["00_ru.txt", "03_uk.txt"], 1),
 ("According to internal documents, PaperSeat sold co-author places in about 340 papers in 2026.",
  ["01_fr.txt", "04_de.txt"], 1)])

# s07: a person's own social-media post (image-integrity sleuth Lena Brodowska's Bluesky thread) taken
# directly 5x; en has neither outlet nor date line. it "Lo ha segnalato su Bluesky la microbiologa …" +
# "scrive la ricercatrice" (+ own unanswered request, no own reporting); es "según denunció el lunes en
# la red social Bluesky" + "explica Brodowska en su hilo"; de "schrieb … am Montagabend in einem Thread
# auf der Plattform Bluesky" + "In ihrem Beitrag"; en "In a thread posted on Bluesky on Monday" + "she
# wrote"; uk "Про це в понеділок увечері написала у Bluesky мікробіологиня" + "У своєму дописі Бродовська" + "зазначила дослідниця".
story("s07_bluesky_sleuth_blots", "social_post", {
"00_it.txt": """«Bande duplicate in nove studi»: la denuncia social contro l'oncologo Ferraresi
Il Fatto Quotidiano
19 ottobre 2027

Nove articoli scientifici firmati dall'oncologo Gianluca Ferraresi, direttore dell'Istituto di oncologia molecolare dell'Università di Montespino, conterrebbero immagini di Western blot duplicate o riutilizzate. Lo ha segnalato su Bluesky la microbiologa Lena Brodowska, nota nella comunità scientifica per le sue analisi sull'integrità delle immagini, in un lungo thread pubblicato lunedì sera.

Nei confronti affiancati pubblicati da Brodowska, le stesse bande compaiono in figure che dovrebbero rappresentare esperimenti diversi, a volte ruotate o con il contrasto modificato. Gli articoli, usciti tra il 2015 e il 2024 su sei riviste diverse, sono stati citati complessivamente oltre 1.100 volte.

"Non sto accusando nessuno di frode, ma questi duplicati richiedono una spiegazione da parte degli autori e delle riviste", scrive la ricercatrice, che ha caricato le stesse segnalazioni anche sulla piattaforma PubPeer, dove i commenti sulle pubblicazioni scientifiche restano visibili a tutti.

Ferraresi, che guida un gruppo di una trentina di persone, non ha risposto alle nostre richieste di commento. Nemmeno l'ateneo, contattato nella mattinata di martedì, ha voluto rilasciare dichiarazioni.

Brodowska, che lavora ad Amsterdam, ha contribuito negli ultimi anni a segnalare problemi in centinaia di pubblicazioni, molte delle quali sono state successivamente corrette o ritirate.
""",
"01_es.txt": """Una 'detective' de imágenes científicas señala duplicaciones en nueve estudios de un oncólogo italiano
elDiario.es
19/10/2027 - 12:10h

La microbióloga Lena Brodowska, conocida por rastrear manipulaciones en imágenes de artículos científicos, ha señalado posibles duplicaciones de imágenes de Western blot en nueve trabajos del oncólogo italiano Gianluca Ferraresi, director del Instituto de Oncología Molecular de la Universidad de Montespino, según denunció el lunes en la red social Bluesky.

Las mismas bandas aparecen, en ocasiones giradas o con el contraste alterado, en figuras que supuestamente corresponden a experimentos diferentes, explica Brodowska en su hilo, que acompaña de comparaciones en paralelo. Los artículos se publicaron entre 2015 y 2024 en seis revistas y acumulan más de 1.100 citas.

"No acuso a nadie de fraude, pero estos duplicados necesitan una explicación de los autores y de las revistas", escribió la investigadora, que trabaja en Ámsterdam.

Las imágenes de Western blot, que muestran la presencia de proteínas en una muestra, son uno de los elementos más vigilados por los especialistas en integridad científica, porque su reutilización es relativamente fácil de detectar con herramientas de comparación.
""",
"02_de.txt": """Forscherin findet doppelte Bilder in Studien eines italienischen Krebsforschers
ZEIT ONLINE
19. Oktober 2027, 16:42 Uhr

In neun Fachartikeln des italienischen Onkologen Gianluca Ferraresi tauchen offenbar mehrfach verwendete Western-Blot-Abbildungen auf. Das schrieb die in Amsterdam arbeitende Mikrobiologin Lena Brodowska am Montagabend in einem Thread auf der Plattform Bluesky.

In ihrem Beitrag stellt Brodowska Ausschnitte aus den Studien nebeneinander: Dieselben Banden erscheinen darin in Abbildungen, die unterschiedliche Experimente zeigen sollen, teils gedreht oder mit verändertem Kontrast. Die Artikel erschienen zwischen 2015 und 2024 in sechs Fachzeitschriften und wurden zusammen mehr als 1100-mal zitiert. Ferraresi leitet das Institut für molekulare Onkologie der Universität Montespino.

„Ich werfe niemandem Betrug vor, aber diese Duplikate verlangen eine Erklärung“, schrieb Brodowska. Die Forscherin ist in der Fachwelt für ihre Analysen zur Integrität wissenschaftlicher Abbildungen bekannt; auf ihre Hinweise hin wurden bereits zahlreiche Studien korrigiert oder zurückgezogen.

Western Blots dienen dem Nachweis von Proteinen und gehören zu den am häufigsten beanstandeten Abbildungen in der biomedizinischen Literatur.
""",
"03_en.txt": """Image sleuth flags duplicated blots in nine papers by Italian oncologist

In a thread posted on Bluesky on Monday, the Amsterdam-based microbiologist Lena Brodowska flagged what she described as duplicated Western blot images in nine papers by Gianluca Ferraresi, who directs the Institute of Molecular Oncology at the University of Montespino in Italy.

The side-by-side comparisons in the thread show the same bands appearing in figures that are meant to represent different experiments, in some cases rotated or with altered contrast. The papers appeared between 2015 and 2024 in six journals and have been cited more than 1,100 times in total.

"I am not accusing anyone of fraud, but these duplications need an explanation from the authors and the journals," she wrote. Brodowska said she had also posted the findings on PubPeer, the site where researchers discuss published papers.

Brodowska has flagged problems in hundreds of papers over the past few years, and many of them have since been corrected or retracted.

Western blots are used to detect specific proteins in a sample. Because the images are easy to reuse and, with the right tools, relatively easy to compare, they are among the figures most often questioned by research integrity specialists.
""",
"04_uk.txt": """Дослідниця знайшла дубльовані зображення в дев'яти статтях італійського онколога
Куншт
19.10.2027

Ознаки повторного використання зображень вестерн-блотів виявили в дев'яти статтях онколога Джанлуки Феррарезі, директора Інституту молекулярної онкології Університету Монтеспіно (Італія). Про це в понеділок увечері написала у Bluesky мікробіологиня Лена Бродовська, відома своїми перевірками зображень у наукових публікаціях.

У своєму дописі Бродовська розмістила порівняння фрагментів статей: ті самі смуги з'являються на рисунках, які мали б відображати різні експерименти, — іноді повернуті чи зі зміненим контрастом. Статті вийшли у 2015–2024 роках у шести журналах, їх сукупно процитували понад 1100 разів.

«Я нікого не звинувачую в шахрайстві, але ці дублікати потребують пояснення», — зазначила дослідниця, яка працює в Амстердамі.

Вестерн-блот — метод виявлення білків у зразку. Через те, що такі зображення легко використати повторно, саме вони найчастіше потрапляють у поле зору фахівців із наукової доброчесності.
""",
}, [("Lena Brodowska", False)],
[("Lena Brodowska", "00_it.txt"), ("Lena Brodowska", "01_es.txt"), ("Lena Brodowska", "02_de.txt"),
 ("Lena Brodowska", "03_en.txt"), ("Lena Brodowska", "04_uk.txt")],
[("Lena Brodowska flagged apparently duplicated Western blot images in nine papers by oncologist Gianluca Ferraresi of the University of Montespino.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_en.txt", "04_uk.txt"], 1),
 ("The nine papers were published between 2015 and 2024 in six journals and have been cited more than 1,100 times.",
  ["00_it.txt", "01_es.txt", "02_de.txt", "03_en.txt", "04_uk.txt"], 1)])


def check():
    ids = set()
    for id, scenario, arts, origins, relays, claims in S:
        assert id not in ids, id
        ids.add(id)
        langs = {f.split("_")[1].split(".")[0] for f in arts}
        assert len(langs) >= 3, (id, langs)
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for t, arts_c, k in claims:
            assert all(a in arts for a in arts_c), (id, t)
            assert k >= 1
        for f, txt in arts.items():
            lines = txt.split("\n")
            assert lines[0].strip() and "" in lines[:4], (id, f)
            body = txt.split("\n\n", 1)[1]
            n = len(body.split())
            if not 120 <= n <= 350:
                print("word count", id, f, n)


def main():
    check()
    out_dir = os.path.join(ROOT, "stories")
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    labels = {"about": "Hand-written provenance test set 159 (research misconduct; real media names, "
                       "invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out_dir, id)
        os.makedirs(d)
        for f in sorted(arts):
            with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                fh.write(arts[f])
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"{len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
