#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand103 set (health and medicine;
real media names, all events, people, institutions' statements, figures and quotes invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: WHO statement on its website (outside institution), taken directly by all four:
# en "the World Health Organization said in a statement" + "according to the UN health agency";
# fr (no date line) "selon un communiqué publié ... par l'Organisation mondiale de la santé (OMS)" +
# "précise l'organisation onusienne"; it "Lo rende noto l'Organizzazione mondiale della sanità in una
# nota" + "aggiunge l'Oms"; ru "говорится в заявлении Всемирной организации здравоохранения (ВОЗ)" +
# "По данным ВОЗ".
story("m01_who_marburg_tanzania", "institution_statement", {
"00_en.txt": """Marburg virus outbreak in Tanzania kills nine, WHO says
BBC News
2027-05-13T18:40:00+00:00

Nine people have died in an outbreak of Marburg virus disease in north-western Tanzania, the World Health Organization said in a statement on Thursday.

Fourteen cases have been confirmed by laboratory tests in Nkalanga district since the first known patient, a 34-year-old gold miner, fell ill at the end of April, according to the UN health agency. Six more suspected cases are being tested, and 212 people who had close contact with patients are being monitored daily for symptoms.

Two of the dead were nurses who cared for the miner at a health centre before the disease was identified, the statement said. A burial in the village of Ikungu, attended by several hundred mourners, is believed to have helped the virus spread.

"The next three weeks will be decisive," Dr Miriam Oduya, the WHO's regional director for Africa, was quoted as saying. "Every contact we trace and follow is a chain of transmission we break."

Marburg belongs to the same family as Ebola and causes severe fever, bleeding and organ failure. It spreads between people through direct contact with the blood or other bodily fluids of those infected. There is no approved vaccine or specific treatment, although experimental vaccines have been tried in earlier outbreaks.

The WHO said it had flown 2.5 tonnes of protective equipment to the district hospital in Nkalanga and sent a team of 11 epidemiologists and infection-control specialists. It rated the risk as "high" at national level, "moderate" for the region and "low" globally.

The organisation advised against restrictions on travel or trade with Tanzania, but urged neighbouring countries to step up screening at border crossings.
""",
"01_fr.txt": """Tanzanie : neuf morts dans une épidémie de fièvre de Marburg
Le Monde

Neuf personnes sont mortes de la maladie à virus de Marburg dans le district de Nkalanga, dans le nord-ouest de la Tanzanie, selon un communiqué publié jeudi 13 mai au soir par l'Organisation mondiale de la santé (OMS).

Quatorze cas ont été confirmés en laboratoire depuis la fin d'avril, lorsqu'un mineur d'or de 34 ans est tombé malade. Six autres cas suspects sont en cours d'analyse et 212 personnes ayant été en contact étroit avec des malades font l'objet d'un suivi quotidien. Parmi les victimes figurent deux infirmières qui avaient soigné le premier patient avant que la maladie ne soit identifiée, précise l'organisation onusienne. Des funérailles ayant réuni plusieurs centaines de personnes dans le village d'Ikungu auraient contribué à la propagation du virus.

« Les trois prochaines semaines seront décisives », avertit la directrice régionale de l'OMS pour l'Afrique, Miriam Oduya, citée dans le texte. « Chaque contact que nous retrouvons et suivons est une chaîne de transmission que nous brisons. »

Le virus de Marburg, de la même famille que celui d'Ebola, provoque de fortes fièvres, des hémorragies et des défaillances d'organes. Il se transmet par contact direct avec le sang ou les fluides corporels des personnes infectées. Il n'existe ni vaccin homologué ni traitement spécifique.

L'agence sanitaire de l'ONU indique avoir acheminé 2,5 tonnes d'équipements de protection vers l'hôpital de district de Nkalanga et dépêché onze épidémiologistes et spécialistes de la lutte contre les infections. Elle juge le risque « élevé » au niveau national, mais « faible » à l'échelle mondiale, et déconseille toute restriction des voyages ou des échanges commerciaux avec la Tanzanie.
""",
"02_it.txt": """Virus di Marburg, focolaio in Tanzania: nove morti. L'Oms: «Tre settimane decisive»
Corriere della Sera
13 maggio 2027 - 22:05

È di nove morti il bilancio del focolaio di febbre emorragica di Marburg scoppiato nel distretto di Nkalanga, nel nord-ovest della Tanzania. Lo rende noto l'Organizzazione mondiale della sanità in una nota diffusa giovedì sera.

I casi confermati dai laboratori sono quattordici, altri sei sono sospetti e in attesa dei test. Le persone entrate in contatto stretto con i malati, e quindi sottoposte a controlli quotidiani, sono 212, aggiunge l'Oms. Il primo paziente noto è un minatore di 34 anni che lavorava in una miniera d'oro e si è ammalato alla fine di aprile; tra le vittime ci sono anche due infermiere che lo avevano assistito quando ancora nessuno sospettava di che cosa si trattasse.

«Le prossime tre settimane saranno decisive», ha dichiarato nel comunicato la direttrice regionale dell'Oms per l'Africa, Miriam Oduya. «Ogni contatto che rintracciamo e seguiamo è una catena di trasmissione che spezziamo».

Il virus di Marburg, identificato per la prima volta nel 1967 nella città tedesca da cui prende il nome, appartiene alla stessa famiglia dell'Ebola. Si trasmette attraverso il contatto diretto con sangue e fluidi corporei delle persone infette e non esistono né un vaccino approvato né cure specifiche.

Secondo l'agenzia delle Nazioni Unite per la salute, nel distretto sono già arrivate 2,5 tonnellate di dispositivi di protezione e una squadra di undici esperti. Il rischio è considerato «alto» a livello nazionale e «basso» a livello globale: l'Oms sconsiglia quindi restrizioni ai viaggi e ai commerci con la Tanzania.
""",
"03_ru.txt": """ВОЗ сообщила о вспышке лихорадки Марбург в Танзании. Умерли девять человек
Медуза
14 мая 2027, 08:02

В округе Нкаланга на северо-западе Танзании от болезни, вызванной вирусом Марбург, умерли девять человек. Об этом говорится в заявлении Всемирной организации здравоохранения (ВОЗ), опубликованном в четверг вечером.

Лабораторно подтверждены 14 случаев заболевания, еще шесть считаются подозрительными. Под ежедневным наблюдением находятся 212 человек, которые близко контактировали с заболевшими. Первым известным пациентом стал 34-летний работник золотого рудника, который почувствовал недомогание в конце апреля. Среди погибших — две медсестры, ухаживавшие за ним до того, как была установлена причина болезни.

По данным ВОЗ, распространению вируса могли способствовать похороны в деревне Икунгу, на которые собрались несколько сотен человек. «Ближайшие три недели будут решающими», — приводятся в заявлении слова регионального директора организации по Африке Мириам Одуя.

Вирус Марбург относится к тому же семейству, что и Эбола. Он передается при прямом контакте с кровью и другими биологическими жидкостями заболевших. Одобренной вакцины и специфического лечения не существует.

В организации сообщили, что доставили в окружную больницу 2,5 тонны средств индивидуальной защиты и направили в Нкалангу 11 эпидемиологов. Риск для самой Танзании в ВОЗ оценивают как высокий, для остального мира — как низкий; вводить ограничения на поездки в страну организация не рекомендует.
""",
}, [("World Health Organization", False)],
[("World Health Organization", "00_en.txt"), ("World Health Organization", "01_fr.txt"),
 ("World Health Organization", "02_it.txt"), ("World Health Organization", "03_ru.txt")],
[("Nine people have died in a Marburg virus outbreak in Nkalanga district in north-western Tanzania.",
  ["00_en.txt", "01_fr.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Fourteen Marburg cases have been confirmed by laboratory tests and 212 contacts are being monitored daily.",
  ["00_en.txt", "01_fr.txt", "02_it.txt", "03_ru.txt"], 1)])

# m02: Ukrainian health ministry order published on its website (outside institution document).
# uk (Українська правда) and en (Associated Press) take it from the order directly: "Відповідний
# наказ №1482 ... оприлюднили на сайті МОЗ" + "Як ідеться в документі"; "according to an order
# published on the ministry's website" + "the document says". de credits Ukrajinska Prawda "unter
# Berufung auf eine Verordnung" -> edge from Українська правда; it credits the AP "che cita
# un'ordinanza del ministero" -> edge from Associated Press (two chains with in-corpus intermediates).
story("m02_moh_order_measles_schools", "institution_document_chain", {
"00_uk.txt": """МОЗ заборонив очне навчання для дітей без щеплення від кору в чотирьох областях
Українська правда
20.08.2027 13:10

Міністерство охорони здоров'я зобов'язало школи та дитячі садки Львівської, Закарпатської, Івано-Франківської та Волинської областей з 1 вересня не допускати до очного навчання дітей, які не отримали жодної дози вакцини проти кору. Відповідний наказ №1482 у п'ятницю оприлюднили на сайті МОЗ.

Як ідеться в документі, від початку 2027 року в цих чотирьох областях зареєстрували 1 870 випадків кору, з них 1 215 — у дітей до 14 років. Троє дітей померли. Охоплення другою дозою вакцини КПК (проти кору, краснухи та паротиту) в регіоні становить лише 71%, тоді як для зупинки поширення інфекції потрібно щонайменше 95%.

Дітей без щеплення переводитимуть на дистанційне навчання доти, доки вони не отримають першу дозу. Щоб батьки могли швидко вакцинувати дітей, до 30 вересня в кожній територіальній громаді працюватимуть мобільні бригади, а поліклініки мають подовжити роботу кабінетів щеплень до 20:00, зазначено в наказі.

Вимога не поширюється на дітей, які мають медичні протипоказання, підтверджені висновком лікарсько-консультативної комісії. Контроль за виконанням наказу міністерство поклало на обласні департаменти охорони здоров'я.

Документ набирає чинності з дня його офіційного опублікування. Досі школи мали право вимагати довідку про щеплення, але не були зобов'язані відстороняти нещеплених дітей від занять.
""",
"01_en.txt": """Ukraine bars unvaccinated children from classrooms in four regions amid measles outbreak
Associated Press
Fri, 20 Aug 2027 17:05:00 +0000

KYIV, Ukraine (AP) — Ukraine's Health Ministry has ordered schools and kindergartens in four western regions to keep children who have had no measles shots out of classrooms from Sept. 1, according to an order published on the ministry's website Friday.

The measure covers the Lviv, Zakarpattia, Ivano-Frankivsk and Volyn regions, where 1,870 measles cases have been recorded since January, the document says. Three children have died, and 1,215 of the cases involved children aged 14 or younger.

Only 71% of children in the four regions have received the second dose of the measles, mumps and rubella vaccine, well short of the 95% needed to stop the virus from spreading, the ministry said in the order.

Unvaccinated children will be switched to remote learning until they receive a first dose. Children with a medical exemption confirmed by a panel of doctors are not affected.

To make vaccination easier, the order requires mobile vaccination teams to work in every community until Sept. 30 and clinics to keep their vaccination rooms open until 8 p.m. Regional health departments are responsible for enforcing the rules.

Measles is one of the most contagious diseases known. It can cause pneumonia, brain swelling and death, particularly in young children. Routine vaccination in Ukraine has been disrupted by years of war, with many families displaced from their homes.
""",
"02_de.txt": """Masern-Ausbruch in der Westukraine: Ungeimpfte Kinder müssen zu Hause lernen
Der Spiegel
20. August 2027, 19.40 Uhr

In vier Regionen im Westen der Ukraine dürfen Kinder ohne Masernimpfung vom 1. September an nicht mehr am Präsenzunterricht teilnehmen. Das berichtet die ukrainische Onlinezeitung »Ukrajinska Prawda« unter Berufung auf eine Verordnung des Gesundheitsministeriums in Kiew. Betroffen sind Schulen und Kindergärten in den Gebieten Lwiw, Transkarpatien, Iwano-Frankiwsk und Wolhynien.

Hintergrund ist ein schwerer Masernausbruch: Seit Jahresbeginn wurden in den vier Regionen laut dem Bericht 1870 Fälle registriert, 1215 davon bei Kindern unter 14 Jahren. Drei Kinder starben. Nur 71 Prozent der Kinder haben demnach die zweite Dosis des Kombinationsimpfstoffs gegen Masern, Mumps und Röteln erhalten – nötig wären mindestens 95 Prozent, um die Ausbreitung zu stoppen.

Kinder, die bislang keine einzige Impfdosis bekommen haben, sollen nach Angaben der Zeitung in den Fernunterricht wechseln, bis sie die erste Spritze erhalten haben. Ausgenommen sind Kinder mit ärztlich bestätigten Gegenanzeigen. Bis Ende September sollen mobile Impfteams in jeder Gemeinde unterwegs sein, Impfstellen in Polikliniken sollen bis 20 Uhr geöffnet bleiben.

Wie die »Ukrajinska Prawda« weiter schreibt, durften Schulen bislang zwar einen Impfnachweis verlangen, waren aber nicht verpflichtet, ungeimpfte Kinder vom Unterricht auszuschließen.

In Deutschland gilt seit März 2020 eine Masern-Impfpflicht für Kinder in Kitas und Schulen.
""",
"03_it.txt": """Ucraina, epidemia di morbillo: a scuola solo i bambini vaccinati in quattro regioni
Corriere della Sera
2027-08-21 09:47

Dal primo settembre i bambini che non hanno ricevuto nemmeno una dose di vaccino contro il morbillo non potranno entrare in classe in quattro regioni dell'Ucraina occidentale. Lo ha riferito l'agenzia americana Associated Press, che cita un'ordinanza del ministero della Salute di Kiev pubblicata venerdì sul sito del dicastero.

Il provvedimento riguarda scuole e asili nelle regioni di Leopoli, Transcarpazia, Ivano-Frankivsk e Volinia, dove dall'inizio dell'anno sono stati registrati 1.870 casi di morbillo; tre bambini sono morti. Secondo quanto scrive l'Ap, solo il 71% dei bambini della zona ha ricevuto la seconda dose del vaccino trivalente contro morbillo, parotite e rosolia, a fronte del 95% necessario per fermare la circolazione del virus.

Gli alunni non vaccinati seguiranno le lezioni a distanza finché non avranno ricevuto la prima dose, mentre sono esentati i bambini con controindicazioni certificate da una commissione medica. Fino al 30 settembre, riporta ancora l'agenzia, squadre mobili di vaccinazione saranno attive in ogni comunità e gli ambulatori resteranno aperti fino alle 20.

Il morbillo è una delle malattie infettive più contagiose e nei bambini piccoli può provocare polmonite ed encefalite. In Italia l'obbligo vaccinale per l'iscrizione a nidi e scuole dell'infanzia, che comprende anche il morbillo, è in vigore dal 2017.
""",
}, [("Ministry of Health of Ukraine", False)],
[("Ministry of Health of Ukraine", "00_uk.txt"), ("Ministry of Health of Ukraine", "01_en.txt"),
 ("Українська правда", "02_de.txt"), ("Associated Press", "03_it.txt")],
[("Ukraine's health ministry ordered that children in four western regions who have no measles vaccine dose be kept out of in-person classes from 1 September.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
 ("1,870 measles cases have been recorded this year in the four regions and three children have died.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1)])

# m03: study in The Lancet (outside journal publication). en (BBC News) "according to a large
# international trial published in The Lancet" + "the authors report"; de (NO OUTLET LINE) is an
# uncredited close translation of the BBC article published the next morning (same paragraph order,
# same quote, same editorial paragraph, even keeps the UK background sentence); it names The Lancet
# but took the text from the BBC -> one edge from BBC News, none from The Lancet. ru "опубликованных
# в медицинском журнале The Lancet" + "как пишут авторы работы"; fr "publiés ... dans la revue
# médicale britannique The Lancet" + "d'après les auteurs".
story("m03_lancet_polypill_stroke", "translation", {
"00_en.txt": """Low-dose 'polypill' cuts strokes by a quarter in over-60s, trial finds
BBC News
2027-03-18T23:31:00+00:00

A single daily tablet combining low doses of three blood pressure drugs cut the risk of stroke by 27% in people over 60, according to a large international trial published in The Lancet.

Researchers followed 16,400 people in 11 countries for an average of four and a half years. Half took the so-called polypill, which contains quarter doses of three widely used medicines, and half took a dummy pill.

There were 312 strokes in the polypill group compared with 428 among those on placebo. Heart attacks also fell, by 18%, and side effects such as dizziness were rare, the authors report.

Most participants had blood pressure that was only slightly raised and would not normally have been offered treatment.

"These are cheap, off-patent drugs," said lead author Prof Adaeze Okonkwo of the Hallam Institute for Cardiovascular Research, in a statement released with the paper. "Putting them together in one small pill could prevent hundreds of thousands of strokes a year worldwide."

In an editorial accompanying the study, two cardiologists who were not involved in the research called the results "striking" but warned that the trial had included few people over 80, the age group in which strokes are most common.

Stroke is one of the leading causes of death in the UK, where about 100,000 people have a stroke every year.

The researchers say the next step is to test whether the pill works as well when it is handed out by pharmacists without a doctor's appointment.
""",
"01_de.txt": """Polypille senkt Schlaganfallrisiko bei über 60-Jährigen um ein Viertel
19.03.2027 07:15

Eine einzige Tablette pro Tag, die niedrige Dosen dreier Blutdrucksenker kombiniert, hat das Schlaganfallrisiko bei Menschen über 60 um 27 Prozent gesenkt. Das zeigt eine große internationale Studie, die in der Fachzeitschrift The Lancet veröffentlicht wurde.

Die Forschenden begleiteten 16.400 Menschen in elf Ländern durchschnittlich viereinhalb Jahre lang. Die Hälfte nahm die sogenannte Polypille ein, die jeweils ein Viertel der üblichen Dosis von drei weit verbreiteten Medikamenten enthält, die andere Hälfte ein Scheinmedikament.

In der Polypillen-Gruppe traten 312 Schlaganfälle auf, in der Placebogruppe 428. Auch Herzinfarkte gingen zurück, um 18 Prozent, und Nebenwirkungen wie Schwindel waren selten, berichten die Autoren.

Die meisten Teilnehmenden hatten nur leicht erhöhten Blutdruck und wären normalerweise nicht behandelt worden.

»Das sind günstige Medikamente ohne Patentschutz«, sagte Studienleiterin Adaeze Okonkwo vom Hallam Institute for Cardiovascular Research in einer mit der Studie veröffentlichten Erklärung. »Sie in einer kleinen Pille zusammenzufassen, könnte weltweit Hunderttausende Schlaganfälle pro Jahr verhindern.«

In einem begleitenden Editorial nannten zwei nicht an der Studie beteiligte Kardiologen die Ergebnisse »bemerkenswert«, gaben aber zu bedenken, dass kaum über 80-Jährige teilgenommen hätten – die Altersgruppe, in der Schlaganfälle am häufigsten sind.

Der Schlaganfall gehört zu den häufigsten Todesursachen in Großbritannien, wo jedes Jahr rund 100.000 Menschen einen erleiden.

Als nächsten Schritt wollen die Forschenden prüfen, ob die Pille genauso gut wirkt, wenn Apotheker sie ohne Arzttermin ausgeben.
""",
"02_ru.txt": """Таблетка из трех лекарств от давления снизила риск инсульта на 27%. Исследование опубликовано в The Lancet
Медуза
19 марта 2027, 12:34

Ежедневный прием одной таблетки, в которой объединены малые дозы трех препаратов от повышенного давления, снижает риск инсульта у людей старше 60 лет на 27%. Это следует из результатов международного клинического исследования, опубликованных в медицинском журнале The Lancet.

В испытании участвовали 16,4 тысячи человек из 11 стран, наблюдение длилось в среднем четыре с половиной года. Половина участников принимала «полипилюлю» — в ней по четверти обычной дозы трех давно известных лекарств, — остальные получали плацебо. В первой группе произошло 312 инсультов, во второй — 428. Число инфарктов снизилось на 18%, а побочные эффекты, как пишут авторы работы, встречались редко.

Большинство участников имели лишь немного повышенное давление, при котором лечение обычно не назначают. По мнению исследователей под руководством Адаэзе Оконкво из Института сердечно-сосудистых исследований Хэллама, дешевая комбинированная таблетка могла бы ежегодно предотвращать сотни тысяч инсультов по всему миру.

В редакционной статье того же номера журнала двое кардиологов, не участвовавших в исследовании, назвали результаты впечатляющими, но отметили, что среди участников почти не было людей старше 80 лет, у которых инсульты случаются чаще всего.

Инсульт остается одной из главных причин смерти и инвалидности в России: ежегодно его переносят сотни тысяч человек.
""",
"03_fr.txt": """Une « polypilule » contre l'hypertension réduit d'un quart le risque d'AVC
Le Monde
19 mars 2027 à 11h02

Un seul comprimé quotidien associant trois médicaments contre l'hypertension à faible dose permet de réduire de 27 % le risque d'accident vasculaire cérébral (AVC) chez les plus de 60 ans. C'est la conclusion d'un vaste essai international dont les résultats sont publiés jeudi 18 mars dans la revue médicale britannique The Lancet.

Les 16 400 participants, recrutés dans onze pays, ont été suivis en moyenne pendant quatre ans et demi. La moitié d'entre eux prenaient la « polypilule », qui contient chacun des trois principes actifs au quart de la dose habituelle ; les autres recevaient un placebo. Le premier groupe a compté 312 AVC, contre 428 dans le second. Le nombre d'infarctus a lui aussi diminué, de 18 %, et les effets indésirables sont restés rares, d'après les auteurs.

Fait notable, la plupart des volontaires avaient une tension artérielle à peine supérieure à la normale, pour laquelle aucun traitement n'est habituellement prescrit. « Ce sont des médicaments bon marché, tombés dans le domaine public », souligne la cardiologue Adaeze Okonkwo (Hallam Institute for Cardiovascular Research), qui a dirigé l'étude, dans un communiqué diffusé avec l'article.

Dans un éditorial publié par la revue, deux cardiologues extérieurs à l'étude saluent des résultats « frappants », tout en regrettant la faible proportion de participants de plus de 80 ans, la tranche d'âge la plus touchée par les AVC.

En France, environ 140 000 personnes sont victimes d'un AVC chaque année.
""",
}, [("The Lancet", False)],
[("The Lancet", "00_en.txt"), ("BBC News", "01_de.txt"),
 ("The Lancet", "02_ru.txt"), ("The Lancet", "03_fr.txt")],
[("A daily low-dose polypill combining three blood pressure drugs cut the risk of stroke by 27% in people over 60 in a trial of 16,400 people published in The Lancet.",
  ["00_en.txt", "01_de.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The trial recorded 312 strokes in the polypill group against 428 in the placebo group.",
  ["00_en.txt", "01_de.txt", "02_ru.txt", "03_fr.txt"], 1)])

# m04: hospital press release (outside institution) + a relay that adds its own confirmation.
# it (Corriere della Sera): "Lo ha comunicato la direzione dell'ospedale in una nota" + "si legge
# nella nota" AND "Interpellata dal Corriere, l'Ats ... ha confermato i sette casi" + "ha spiegato al
# nostro giornale" + its reporter at the hospital -> edge from the hospital and Corriere is itself an
# in-corpus origin. fr credits only Corriere "rapporte ... le quotidien milanais Corriere della Sera,
# qui cite un communiqué" + "Selon le journal" -> edge from Corriere. en (AP) "the hospital said in a
# statement Friday"; de (Der Spiegel) "teilte ... in einer Pressemitteilung mit" + "hieß es in der
# Mitteilung"; uk credits the AP "повідомляє агентство Associated Press із посиланням на заяву
# лікарні" + "пише AP" -> edge from Associated Press.
story("m04_hospital_legionella_italy", "relay_with_own_confirmation", {
"00_it.txt": """Legionella in Cardiologia a Monteverdi Brianza: sette pazienti contagiati, morto un uomo di 81 anni
Corriere della Sera
8 ottobre 2027 - 12:40

Sette pazienti ricoverati nel reparto di Cardiologia dell'ospedale Santa Teresa di Monteverdi Brianza sono risultati positivi alla legionella e uno di loro, un pensionato di 81 anni già in gravi condizioni per uno scompenso cardiaco, è morto mercoledì sera. Lo ha comunicato la direzione dell'ospedale in una nota diffusa venerdì mattina, annunciando la chiusura temporanea del reparto.

Secondo il comunicato, i 23 pazienti ancora ricoverati in Cardiologia sono stati trasferiti in Medicina interna e in altre strutture della zona, mentre i ricoveri programmati sono sospesi almeno fino al 22 ottobre. «Abbiamo attivato immediatamente tutte le procedure previste e stiamo collaborando con le autorità sanitarie», si legge nella nota firmata dal direttore generale Paolo Ferri Rinaldi. Gli altri sei pazienti contagiati sono in cura con antibiotici; due sono in terapia intensiva.

Interpellata dal Corriere, l'Agenzia di tutela della salute (Ats) della Brianza ha confermato i sette casi e ha precisato che i campioni d'acqua prelevati martedì da due docce del reparto sono risultati positivi al batterio, con concentrazioni oltre dieci volte superiori alla soglia di intervento. «È molto probabile che la fonte sia l'impianto idrico del padiglione, che ha più di quarant'anni», ha spiegato al nostro giornale un dirigente dell'Ats.

Davanti all'ingresso del padiglione B, venerdì mattina, i familiari dei ricoverati chiedevano informazioni. «Mia madre è stata spostata di notte, nessuno ci ha avvisato», racconta Giulia, 52 anni.

La legionella si trasmette inalando goccioline d'acqua contaminata, ad esempio sotto la doccia, e non passa da persona a persona. In Lombardia si registrano ogni anno diverse centinaia di casi.
""",
"01_fr.txt": """Italie : un patient meurt de la légionellose dans un hôpital de Lombardie, sept cas recensés
Le Monde
8 octobre 2027 à 19h14

Sept patients du service de cardiologie de l'hôpital Santa Teresa de Monteverdi Brianza, en Lombardie, ont contracté la légionellose, et l'un d'eux, un retraité de 81 ans, est mort, rapporte vendredi 8 octobre le quotidien milanais Corriere della Sera, qui cite un communiqué de la direction de l'établissement.

Le service a été fermé et les 23 patients qui y étaient encore hospitalisés ont été transférés vers d'autres services ou d'autres hôpitaux de la région. Deux des malades sont en soins intensifs.

Selon le journal, l'agence sanitaire locale (ATS) a confirmé les sept cas et indiqué que des échantillons d'eau prélevés dans deux douches du service étaient contaminés par la bactérie, à des concentrations plus de dix fois supérieures au seuil d'intervention. Un responsable de l'agence a confié au Corriere que le réseau d'eau du bâtiment, vieux de plus de quarante ans, était « très probablement » à l'origine de la contamination.

La légionellose, une infection pulmonaire parfois mortelle chez les personnes âgées ou fragiles, se contracte en inhalant des gouttelettes d'eau contaminée, notamment sous la douche. Elle ne se transmet pas d'une personne à l'autre. La France recense chaque année entre 1 500 et 2 000 cas.
""",
"02_en.txt": """Legionnaires' disease outbreak at Italian hospital kills 1, sickens 6 others
Associated Press
2027-10-08 15:22

ROME (AP) — An 81-year-old man has died and six other patients have been sickened by Legionnaires' disease in the cardiology ward of a hospital in northern Italy, the hospital said in a statement Friday.

The Santa Teresa hospital in Monteverdi Brianza, north of Milan, said it had closed the ward and moved its 23 remaining patients to other departments and nearby facilities. Planned admissions to cardiology have been suspended until at least Oct. 22, the statement said.

Two of the six infected patients are in intensive care and the others are being treated with antibiotics, according to the hospital. The man who died had been admitted with heart failure and was already in serious condition, it said.

"We immediately activated all the required procedures and are working with the health authorities," general director Paolo Ferri Rinaldi said in the statement. The hospital said the ward's water system was being disinfected.

Legionnaires' disease is a severe form of pneumonia caused by Legionella bacteria, which grow in water systems and spread when people breathe in contaminated droplets, for example from showers or air-conditioning units. It does not spread from person to person. Older people and those with weakened immune systems are most at risk.
""",
"03_de.txt": """Legionellen in italienischer Klinik: 81-Jähriger stirbt, Station geschlossen
Der Spiegel
8. Oktober 2027

In einem Krankenhaus in der norditalienischen Region Lombardei haben sich sieben Patienten mit Legionellen infiziert, ein 81-jähriger Mann ist gestorben. Das teilte das Ospedale Santa Teresa in Monteverdi Brianza am Freitag in einer Pressemitteilung mit. Die betroffene kardiologische Station wurde vorübergehend geschlossen.

Die 23 dort noch behandelten Patientinnen und Patienten wurden nach Angaben der Klinik auf andere Stationen und in umliegende Krankenhäuser verlegt. Zwei der Infizierten liegen auf der Intensivstation, die übrigen werden mit Antibiotika behandelt. Geplante Aufnahmen sind bis mindestens 22. Oktober ausgesetzt. Das Wassersystem der Station werde desinfiziert, hieß es in der Mitteilung.

»Wir haben sofort alle vorgesehenen Maßnahmen eingeleitet und arbeiten mit den Gesundheitsbehörden zusammen«, wird der Generaldirektor des Hauses, Paolo Ferri Rinaldi, darin zitiert.

Legionellen vermehren sich in warmem Leitungswasser und gelangen über feine Tröpfchen, etwa beim Duschen, in die Lunge. Von Mensch zu Mensch wird die Krankheit nicht übertragen. Besonders gefährdet sind ältere Menschen und Patienten mit geschwächtem Immunsystem. In Deutschland werden jedes Jahr mehr als 1000 Fälle der sogenannten Legionärskrankheit gemeldet.
""",
"04_uk.txt": """В італійській лікарні спалах легіонельозу: помер 81-річний пацієнт
Українська правда
8 жовтня 2027, 18:05

У кардіологічному відділенні лікарні Санта-Тереза в місті Монтеверді-Бріанца на півночі Італії семеро пацієнтів заразилися легіонельозом, один із них — 81-річний чоловік — помер. Про це повідомляє агентство Associated Press із посиланням на заяву лікарні.

Відділення закрили, а 23 пацієнтів, які там лікувалися, перевели до інших відділень і сусідніх медзакладів. Двоє інфікованих перебувають у реанімації, решта отримує антибіотики, пише AP. Плановий прийом хворих до кардіології призупинено щонайменше до 22 жовтня.

За даними агентства, водопровідну систему відділення дезінфікують.

Легіонельоз — важка форма пневмонії, яку спричиняють бактерії легіонели. Вони розмножуються в системах водопостачання і потрапляють у легені разом із дрібними краплями води, наприклад у душі чи від кондиціонерів. Від людини до людини хвороба не передається. Найбільше ризикують літні люди та пацієнти з ослабленим імунітетом.
""",
}, [("Ospedale Santa Teresa", False), ("Corriere della Sera", True)],
[("Ospedale Santa Teresa", "00_it.txt"), ("Corriere della Sera", "01_fr.txt"),
 ("Ospedale Santa Teresa", "02_en.txt"), ("Ospedale Santa Teresa", "03_de.txt"),
 ("Associated Press", "04_uk.txt")],
[("Seven patients in the cardiology ward of the Santa Teresa hospital in Monteverdi Brianza contracted Legionella and an 81-year-old man died.",
  ["00_it.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_uk.txt"], 2),
 ("The hospital said the ward's water system was being disinfected.",
  ["02_en.txt", "03_de.txt", "04_uk.txt"], 1)])

# m05: Meduza's own scoop (two anonymous doctors = Meduza's sources; internal reports seen by
# Meduza; unanswered requests) relayed: de "berichtet das unabhängige russische Exilmedium Meduza
# unter Berufung auf zwei Ärzte" + "sagte dem Portal mit Sitz in Riga"; uk "пише російське незалежне
# видання «Медуза», посилаючись на" + "Співрозмовники видання"; en credit at the end of the first
# sentence "have told Meduza, an independent Russian news site" + "seen by the outlet"; chain: fr
# credits Der Spiegel "selon l'hebdomadaire allemand Der Spiegel, qui s'appuie sur une enquête du site
# ... Meduza" + "rapporte le magazine de Hambourg" -> edge from Der Spiegel.
story("m05_meduza_diphtheria_hidden", "scoop_chain", {
"00_ru.txt": """В Кузбассе скрывают вспышку дифтерии: заболели не меньше 64 человек, двое детей умерли. Официально — три случая
Медуза
16 ноября 2027, 10:00

В городе Новокаменске Кемеровской области с середины сентября дифтерией заболели по меньшей мере 64 человека, двое детей — семи и девяти лет — умерли. Об этом «Медузе» рассказали два врача городской инфекционной больницы; оба попросили не называть их имен, опасаясь увольнения. Официальная статистика регионального управления Роспотребнадзора за тот же период показывает всего три случая дифтерии во всей области.

«Медуза» ознакомилась с внутренними сводками больницы. В сводке от 11 ноября указаны 64 лабораторно подтвержденных случая, 19 пациентов находились в реанимации, 11 из них — дети. Еще около 200 человек, контактировавших с больными, получают профилактическое лечение антибиотиками.

«Сыворотки не хватает с первого дня. Сорок доз привезли из Новосибирска, но это капля в море», — рассказал один из собеседников «Медузы». По его словам, главврач на планерке запретил сотрудникам обсуждать вспышку с кем-либо за пределами больницы, а в медицинских картах части пациентов диагноз записывают как «острый тонзиллит».

Второй врач связывает вспышку с тем, что охват прививками от дифтерии в городе за последние годы упал: по данным больницы, из 64 заболевших 51 не был привит или не получил ревакцинацию.

Министерство здравоохранения Кузбасса и управление Роспотребнадзора не ответили на запросы «Медузы». В больнице от комментариев отказались.

Дифтерия — опасная бактериальная инфекция, которая поражает горло и дыхательные пути; токсин возбудителя может повредить сердце и нервную систему. Против нее существует эффективная вакцина, которая входит в национальный календарь прививок.
""",
"01_de.txt": """Verschwiegener Diphtherie-Ausbruch in Sibirien? Zwei Kinder tot
Der Spiegel
16.11.2027, 15.48 Uhr

In der sibirischen Stadt Nowokamensk sind seit Mitte September mindestens 64 Menschen an Diphtherie erkrankt, zwei Kinder im Alter von sieben und neun Jahren starben. Das berichtet das unabhängige russische Exilmedium Meduza unter Berufung auf zwei Ärzte des städtischen Infektionskrankenhauses, die anonym bleiben wollten. In der offiziellen Statistik der Gesundheitsaufsicht Rospotrebnadsor tauchen für die gesamte Region Kemerowo im selben Zeitraum nur drei Fälle auf.

Meduza liegen nach eigenen Angaben interne Lageberichte der Klinik vor. Demnach lagen am 11. November 19 Erkrankte auf der Intensivstation, elf davon Kinder. Rund 200 Kontaktpersonen erhalten vorbeugend Antibiotika.

Einer der Ärzte sagte dem Portal mit Sitz in Riga, es fehle an Antiserum; aus Nowosibirsk seien lediglich 40 Dosen geliefert worden. Der Chefarzt habe den Beschäftigten verboten, außerhalb des Krankenhauses über den Ausbruch zu sprechen, bei einigen Patienten werde als Diagnose »akute Mandelentzündung« eingetragen. 51 der 64 Erkrankten seien nicht oder nicht vollständig geimpft gewesen, heißt es in dem Bericht.

Das regionale Gesundheitsministerium und Rospotrebnadsor ließen Anfragen von Meduza unbeantwortet.

Diphtherie ist eine bakterielle Infektion der Atemwege, deren Gift Herz und Nerven schädigen kann. In Deutschland empfiehlt die Ständige Impfkommission die Impfung für alle Kinder.
""",
"02_uk.txt": """У Росії приховують спалах дифтерії: двоє дітей померли — «Медуза»
Українська правда
16 листопада 2027, 13:20

У місті Новокам'янськ Кемеровської області РФ із середини вересня на дифтерію захворіли щонайменше 64 людини, двоє дітей померли. Про це пише російське незалежне видання «Медуза», посилаючись на двох лікарів місцевої інфекційної лікарні, які побажали залишитися анонімними.

Водночас, за офіційними даними Роспотребнагляду, за цей період у всій області зафіксували лише три випадки дифтерії.

Журналісти «Медузи» ознайомилися з внутрішніми зведеннями лікарні: станом на 11 листопада в реанімації перебували 19 пацієнтів, серед них 11 дітей. Ще близько 200 контактних осіб отримують антибіотики для профілактики.

Співрозмовники видання скаржаться на брак протидифтерійної сироватки — з Новосибірська привезли лише 40 доз. За їхніми словами, головний лікар заборонив персоналу говорити про спалах, а частині пацієнтів у картках записують діагноз «гострий тонзиліт».

Регіональний мінздрав і Роспотребнагляд на запити «Медузи» не відповіли.

Дифтерія — гостра бактеріальна інфекція, яка вражає горло та дихальні шляхи, а її токсин може уражати серце й нервову систему. Від неї існує ефективна вакцина.
""",
"03_fr.txt": """Russie : une épidémie de diphtérie passée sous silence en Sibérie, selon la presse
Le Monde
17/11/2027 06:30

Au moins 64 personnes ont contracté la diphtérie depuis la mi-septembre à Novokamensk, une ville de la région de Kemerovo, en Sibérie, et deux enfants en sont morts, selon l'hebdomadaire allemand Der Spiegel, qui s'appuie sur une enquête du site d'information indépendant russe Meduza. Les statistiques officielles ne font état que de trois cas dans toute la région sur la même période.

Deux médecins de l'hôpital des maladies infectieuses de la ville, qui ont requis l'anonymat, décrivent une situation tendue : dix-neuf malades, dont onze enfants, se trouvaient en réanimation le 11 novembre, et le sérum antidiphtérique manque, rapporte le magazine de Hambourg. Le médecin-chef aurait interdit au personnel d'évoquer l'épidémie, et certains patients seraient enregistrés avec un diagnostic d'« amygdalite aiguë ».

D'après Der Spiegel, 51 des 64 malades n'étaient pas ou pas complètement vaccinés. Ni le ministère régional de la santé ni le service fédéral de surveillance sanitaire Rospotrebnadzor n'ont répondu aux sollicitations.

La diphtérie, infection bactérienne des voies respiratoires dont la toxine peut atteindre le cœur et les nerfs, avait quasiment disparu d'Europe grâce à la vaccination. Elle reste mortelle dans 5 % à 10 % des cas.
""",
"04_en.txt": """Russia: Doctors say diphtheria outbreak hidden as two children die
BBC News
Tue, 16 Nov 2027 19:10:00 GMT

At least 64 people in the Siberian town of Novokamensk have caught diphtheria since mid-September and two children have died, while official figures show only three cases across the whole region, two doctors at the town's infectious diseases hospital have told Meduza, an independent Russian news site based in Riga.

According to internal hospital reports seen by the outlet, 19 patients - 11 of them children - were in intensive care on 11 November. About 200 people who had contact with the sick are being given antibiotics as a precaution.

The two doctors, who spoke on condition of anonymity for fear of losing their jobs, said the hospital had run short of diphtheria antitoxin and had received only 40 doses from Novosibirsk. One said the chief doctor had banned staff from discussing the outbreak and that some patients' records gave the diagnosis as "acute tonsillitis".

Meduza said 51 of the 64 patients had not been vaccinated or had missed booster doses. The regional health ministry and Russia's consumer health watchdog, Rospotrebnadzor, did not respond to the site's requests for comment.

Diphtheria is a bacterial infection that affects the nose and throat and can damage the heart and nerves. It is rare in countries with high vaccination rates; in the UK, babies are protected as part of the routine 6-in-1 vaccine.
""",
}, [("Медуза", True)],
[("Медуза", "01_de.txt"), ("Медуза", "02_uk.txt"),
 ("Der Spiegel", "03_fr.txt"), ("Медуза", "04_en.txt")],
[("At least 64 people fell ill with diphtheria in Novokamensk since mid-September and two children died, while official statistics show only three cases in the region.",
  ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_fr.txt", "04_en.txt"], 1),
 ("The chief doctor banned staff from discussing the outbreak and some patients were recorded as having acute tonsillitis.",
  ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_fr.txt", "04_en.txt"], 1)])

# m06: two independent own reports on a hepatitis A outbreak at a ski resort: Le Monde (reporter on
# site, "a confirmé au Monde l'agence régionale de santé", "Selon les informations du Monde",
# "Lors de notre passage") and BBC News (families "have told BBC News", "The BBC has seen an email",
# ARS "told the BBC"). it credits both in one sentence "Come riportano il quotidiano francese Le
# Monde e la Bbc" + "Secondo Le Monde" + "riferisce l'emittente pubblica britannica" -> two edges.
# de (NO OUTLET LINE, NO DATE LINE) relays the BBC "berichtet der britische Sender BBC" + "Der BBC
# liegt nach eigenen Angaben eine E-Mail ... vor" + "bestätigte der BBC" -> edge from BBC News.
story("m06_two_reports_hepatitis_ski_resort", "two_independent", {
"00_fr.txt": """À Val-Montrieux, une épidémie d'hépatite A frappe saisonniers et vacanciers
Le Monde
2027-02-24 19:35

Dans les files d'attente des télésièges de Val-Montrieux, en Savoie, on ne parle plus que de ça. Trente et un cas d'hépatite A ont été recensés depuis le début de février dans la station, a confirmé au Monde l'agence régionale de santé (ARS) Auvergne-Rhône-Alpes. Cinq malades ont été hospitalisés à Chambéry et à Albertville ; aucun ne serait dans un état grave.

Selon les informations du Monde, l'enquête de l'ARS se concentre sur un restaurant d'altitude où plusieurs des premiers malades, des saisonniers, avaient pris leurs repas fin janvier. Des desserts à base de fruits rouges surgelés font partie des pistes étudiées. « Nous avons prélevé des échantillons et fait retirer un lot de framboises de la vente », indique Claire Vasseur-Morel, responsable de la veille sanitaire à l'ARS.

Une campagne de vaccination gratuite a débuté mardi pour les quelque 900 saisonniers de la station. Lors de notre passage, mercredi matin, une cinquantaine d'entre eux patientaient devant le cabinet médical installé au pied des pistes. « Mon colocataire est à l'hôpital, alors je ne voulais pas prendre de risque », raconte Mathis, 23 ans, moniteur de snowboard.

Parmi les malades figurent aussi des vacanciers, dont plusieurs étrangers, selon l'ARS. La mairie, qui redoute l'impact de l'épidémie sur la fin de la saison, assure que « toutes les mesures ont été prises ».

L'hépatite A, qui se transmet par l'eau ou les aliments souillés, provoque fièvre, fatigue et jaunisse. Elle guérit le plus souvent sans séquelles, mais peut être sévère chez les personnes âgées.
""",
"01_en.txt": """British families fall ill with hepatitis A after French ski holiday
BBC News
2027-02-24T21:10:00+00:00

Several British families who stayed at the French ski resort of Val-Montrieux this month have told BBC News they fell ill with hepatitis A after returning home.

The BBC has seen an email sent on Monday by the tour operator Alpine Crest Holidays to customers who travelled to the resort in February, saying that "at least 12" of its guests had been diagnosed with the infection. The company advised others to contact their GP if they developed symptoms such as jaundice, fever or dark urine.

Sarah Whitcombe, from Leeds, said her husband and their two sons, aged nine and 12, had become ill a week after the holiday. "My youngest turned yellow. We had no idea what it was until the blood tests came back," she said. Another family, from Bristol, said their teenage daughter had spent three days in hospital.

The regional health agency for the French Alps, ARS Auvergne-Rhône-Alpes, told the BBC it was investigating "a cluster of hepatitis A cases" linked to the resort and had started vaccinating seasonal staff.

Alpine Crest Holidays said in a statement to the BBC that the health of its customers was its "top priority" and that it was "working closely with the French authorities".

The UK Health Security Agency said it was aware of the reports. Hepatitis A is usually spread through contaminated food or water, and most people recover fully, though it can be serious in older adults.
""",
"02_it.txt": """Epatite A nella località sciistica francese di Val-Montrieux: contagi tra stagionali e turisti
Corriere della Sera
25 febbraio 2027

Un focolaio di epatite A ha colpito Val-Montrieux, stazione sciistica della Savoia molto frequentata anche da turisti stranieri. Come riportano il quotidiano francese Le Monde e la Bbc, i contagi riguardano sia i lavoratori stagionali sia i vacanzieri.

Secondo Le Monde, l'agenzia sanitaria regionale francese ha confermato 31 casi da inizio febbraio; cinque persone sono state ricoverate. Le indagini si concentrano su un ristorante in quota dove avevano mangiato alcuni dei primi malati, e tra le ipotesi c'è un lotto di lamponi surgelati, già ritirato dal commercio. Per i circa 900 stagionali è partita una campagna di vaccinazione gratuita.

Anche diverse famiglie britanniche si sono ammalate dopo il rientro a casa, riferisce l'emittente pubblica britannica, che ha raccolto le testimonianze di alcuni genitori. Una ragazza di Bristol è rimasta in ospedale per tre giorni.

L'epatite A è un'infezione del fegato che si trasmette per via oro-fecale, attraverso acqua o cibi contaminati. Nella maggior parte dei casi guarisce spontaneamente, ma negli anziani può avere un decorso più grave. In Italia il vaccino è raccomandato a chi viaggia in zone a rischio e ad alcune categorie di lavoratori.
""",
"03_de.txt": """Hepatitis-A-Ausbruch in französischem Skiort: Britische Urlauber erkrankt

Mehrere britische Familien sind nach einem Skiurlaub im französischen Val-Montrieux an Hepatitis A erkrankt. Das berichtet der britische Sender BBC, dem Betroffene ihre Geschichte erzählt haben.

Der BBC liegt nach eigenen Angaben eine E-Mail des Reiseveranstalters Alpine Crest Holidays vor, in der dieser Kunden mitteilt, dass mindestens zwölf seiner Gäste mit dem Virus infiziert seien. Wer nach einer Reise in den Ort im Februar Symptome wie Gelbsucht, Fieber oder dunklen Urin bemerke, solle einen Arzt aufsuchen, heißt es darin.

Eine Mutter aus Leeds schilderte dem Sender, ihr Mann und ihre beiden Söhne seien etwa eine Woche nach der Rückkehr krank geworden. Die regionale französische Gesundheitsbehörde ARS bestätigte der BBC, dass sie eine Häufung von Hepatitis-A-Fällen im Zusammenhang mit dem Skiort untersuche und bereits Saisonkräfte impfe.

Hepatitis A wird meist über verunreinigte Lebensmittel oder verschmutztes Wasser übertragen. Die Erkrankung heilt in der Regel folgenlos aus, kann für ältere Menschen aber gefährlich werden. Gegen das Virus gibt es eine gut verträgliche Impfung, die unter anderem für Reisende in bestimmte Länder empfohlen wird.
""",
}, [("Le Monde", True), ("BBC News", True)],
[("Le Monde", "02_it.txt"), ("BBC News", "02_it.txt"), ("BBC News", "03_de.txt")],
[("An outbreak of hepatitis A has hit the French ski resort of Val-Montrieux.",
  ["00_fr.txt", "01_en.txt", "02_it.txt", "03_de.txt"], 2),
 ("Tour operator Alpine Crest Holidays told customers in an email that at least 12 of its guests had been diagnosed with hepatitis A.",
  ["01_en.txt", "03_de.txt"], 1)])

# m07: a local official's Telegram post (outside person) taken directly by uk "Про це в Telegram
# написав начальник ... Олег Мирошниченко" + "написав посадовець"; en "said in a post on the Telegram
# messaging app" + "he wrote"; ru "Об этом в своем телеграм-канале написал глава ..." + "Как уточнил
# чиновник"; chain: it credits the AP "Lo ha riferito l'agenzia di stampa americana Associated Press,
# citando un post su Telegram" + "scrive l'agenzia" + "Secondo l'Ap" -> edge from Associated Press.
story("m07_telegram_camp_poisoning", "social_post_chain", {
"00_uk.txt": """На Одещині 47 дітей з табору «Чайка» госпіталізували з кишковою інфекцією
Українська правда
14 липня 2027, 11:42

У селі Лиманівка Ізмаїльського району Одеської області 47 дітей, які відпочивали в дитячому таборі «Чайка», госпіталізували з ознаками гострої кишкової інфекції. Про це в Telegram написав начальник Ізмаїльської районної військової адміністрації Олег Мирошниченко.

За його словами, перші скарги на біль у животі, блювання та підвищену температуру з'явилися у вівторок після вечері. Уночі швидкі доправили дітей до Ізмаїльської центральної районної лікарні та дитячої інфекційної лікарні. Шестеро дітей перебувають у стані середньої тяжкості, загрози їхньому життю немає.

«Лікарі працюють цілу ніч. Батьки всіх дітей поінформовані. Роботу табору зупинено, решту 160 відпочивальників уже забирають додому», — написав посадовець.

У таборі відібрали проби їжі та води, фахівці Держпродспоживслужби перевіряють харчоблок. Поліція відкрила кримінальне провадження за статтею про порушення санітарних правил, додав Мирошниченко.

Табір «Чайка» розташований на березі озера Ялпуг і щоліта приймає дітей з усієї Одеської області.
""",
"01_en.txt": """47 children hospitalized after suspected food poisoning at Ukrainian summer camp
Associated Press
July 14, 2027 10:58 AM GMT

KYIV, Ukraine (AP) — Forty-seven children from a summer camp in Ukraine's southern Odesa region were taken to hospital overnight with symptoms of an acute intestinal infection, a local official said Wednesday.

Oleh Myroshnychenko, head of the Izmail district military administration, said in a post on the Telegram messaging app that children at the Chaika camp in the village of Lymanivka began complaining of stomach pain, vomiting and fever after dinner on Tuesday. Six of them are in moderately serious condition, but their lives are not in danger, he wrote.

The camp has been closed and its remaining 160 children are being sent home, according to Myroshnychenko. Food and water samples were taken, food safety inspectors are checking the camp's kitchen, and police have opened a criminal investigation into possible violations of sanitary rules, he said.

"Doctors have been working all night. All the parents have been informed," Myroshnychenko wrote.

The camp, on the shore of Lake Yalpuh, takes children from across the Odesa region. Many summer camps in Ukraine have continued to operate despite the war, particularly in areas farther from the front line.
""",
"02_it.txt": """Ucraina, intossicazione in un campo estivo vicino a Odessa: 47 bambini in ospedale
Corriere della Sera
14 luglio 2027, ore 16:20

Quarantasette bambini ospiti di un campo estivo nella regione di Odessa, nel sud dell'Ucraina, sono stati ricoverati nella notte tra martedì e mercoledì con i sintomi di un'infezione intestinale acuta. Lo ha riferito l'agenzia di stampa americana Associated Press, citando un post su Telegram del capo dell'amministrazione militare del distretto di Izmail, Oleh Myroshnychenko.

I primi malori — dolori addominali, vomito e febbre — si sono manifestati dopo la cena di martedì nel campo «Chaika» («Gabbiano»), nel villaggio di Lymanivka, sulle rive del lago Yalpuh. Sei bambini sono in condizioni definite di media gravità, ma non sarebbero in pericolo di vita, scrive l'agenzia.

Il campo è stato chiuso e gli altri 160 ragazzi stanno tornando a casa. Secondo l'Ap, sono stati prelevati campioni di cibo e acqua, gli ispettori per la sicurezza alimentare stanno controllando la cucina e la polizia ha aperto un'inchiesta per violazione delle norme sanitarie.

«I medici hanno lavorato tutta la notte. Tutti i genitori sono stati informati», ha scritto il funzionario.

Nonostante la guerra, molti campi estivi continuano a funzionare in Ucraina, soprattutto nelle regioni più lontane dal fronte.
""",
"03_ru.txt": """В Одесской области 47 детей из летнего лагеря попали в больницу с кишечной инфекцией
Медуза
14 июля 2027, 14:05

В Измаильском районе Одесской области 47 детей, отдыхавших в летнем лагере «Чайка» в селе Лиманивка, госпитализированы с признаками острой кишечной инфекции. Об этом в своем телеграм-канале написал глава Измаильской районной военной администрации Олег Мирошниченко.

Как уточнил чиновник, дети начали жаловаться на боли в животе, рвоту и температуру во вторник вечером, после ужина. Ночью их развезли по двум больницам Измаила. Состояние шестерых детей оценивается как средней тяжести, угрозы жизни нет.

Лагерь закрыт, остальных 160 детей забирают домой. В лагере взяли пробы еды и воды, пищеблок проверяет Госпродпотребслужба Украины, а полиция возбудила уголовное дело о нарушении санитарных правил, сообщил Мирошниченко.

«Врачи работали всю ночь. Родители всех детей проинформированы», — написал он.

Лагерь расположен на берегу озера Ялпуг и каждое лето принимает детей со всей Одесской области.
""",
}, [("Oleh Myroshnychenko", False)],
[("Oleh Myroshnychenko", "00_uk.txt"), ("Oleh Myroshnychenko", "01_en.txt"),
 ("Associated Press", "02_it.txt"), ("Oleh Myroshnychenko", "03_ru.txt")],
[("Forty-seven children from the Chaika summer camp in the Izmail district of Odesa region were hospitalised with an acute intestinal infection.",
  ["00_uk.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1),
 ("The camp was closed and its remaining 160 children are being sent home.",
  ["00_uk.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 103 (health and medicine; real media names, invented events); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
