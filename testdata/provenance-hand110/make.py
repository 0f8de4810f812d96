#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand110 set (all invented).

Energy and utilities. Real media names for outlets and agencies; every event, company, person,
figure and quote is invented. See README.md for the conventions."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: an energy regulator's published decision (ARERA, outside the corpus) taken directly by
# Il Sole 24 Ore ("È quanto si legge nella delibera pubblicata ... sul sito dell'Autorità"), the
# FT ("In a decision published on its website") and Les Echos ("selon une délibération publiée");
# Handelsblatt takes it from Il Sole 24 Ore ("wie die Mailänder Wirtschaftszeitung „Il Sole 24 Ore"
# unter Berufung auf den Beschluss der Behörde berichtet", "laut „Sole"", "schreibt das Blatt"):
# chain ARERA -> Il Sole 24 Ore -> Handelsblatt, edge from Il Sole 24 Ore.
story("t01_regulator_decision_gas_meters", "institution_document_chain", {
"00_it.txt": """Gas, l'Arera multa Gasnova Distribuzione per 11,4 milioni: contatori non letti per anni
Il Sole 24 Ore
16 marzo 2027

L'Autorità di Regolazione per Energia Reti e Ambiente (Arera) ha inflitto una sanzione da 11,4 milioni di euro a Gasnova Distribuzione, la società che gestisce le reti del gas in 63 comuni tra Emilia-Romagna e Marche, per la mancata lettura dei contatori di centinaia di migliaia di utenze. È quanto si legge nella delibera pubblicata martedì sul sito dell'Autorità.

Secondo il provvedimento, tra il 2024 e il 2026 il distributore non ha effettuato i tentativi di lettura previsti dalla regolazione per il 41% dei punti di riconsegna, costringendo i venditori a fatturare sulla base di consumi stimati. In diversi casi, rileva l'Arera, le famiglie si sono viste recapitare conguagli superiori ai 900 euro.

Oltre alla multa, la delibera impone a Gasnova di versare un indennizzo automatico di 38 euro a ciascuno dei circa 212.000 clienti coinvolti, entro 120 giorni. La somma sarà accreditata direttamente in bolletta dai venditori.

«Le condotte accertate hanno prodotto un danno concreto e misurabile ai consumatori», scrive il Collegio dell'Autorità, sottolineando che la società «non ha adottato misure correttive neppure dopo le prime diffide del 2025». Nel corso dell'istruttoria, ricorda il documento, Gasnova aveva attribuito i ritardi alla carenza di tecnici sul territorio e al cambio del fornitore del software di gestione delle letture: argomenti che il regolatore ha giudicato irrilevanti, perché gli obblighi del distributore «non possono essere trasferiti ai suoi fornitori».

La lettura dei contatori, in Italia, spetta ai distributori e non alle società di vendita. Il passaggio ai contatori elettronici telegestiti, che si leggono a distanza, procede però a velocità diverse tra un territorio e l'altro.

Gasnova ha ora 60 giorni per impugnare la delibera davanti al Tar della Lombardia.
""",
"01_en.txt": """Italian regulator fines gas distributor €11.4mn over unread meters
Financial Times
2027-03-16T14:10:00+00:00

Italy's energy regulator has fined Gasnova Distribuzione €11.4mn after finding that the gas network operator failed for years to read the meters of hundreds of thousands of households, leaving them with estimated bills and, in some cases, hefty back-payments.

In a decision published on its website on Tuesday, Arera said Gasnova, which runs local gas grids in 63 municipalities in Emilia-Romagna and Marche, had not even attempted the required readings at 41 per cent of its delivery points between 2024 and 2026.

The regulator also ordered the company to pay automatic compensation of €38 to each of roughly 212,000 affected customers within 120 days, to be credited on their bills by retail suppliers.

"The conduct established has caused concrete and measurable harm to consumers," the regulator's board wrote, adding that the company had failed to take corrective action "even after the first warnings in 2025".

According to the document, Gasnova argued during the investigation that the delays were caused by a shortage of field technicians and a switch to a new meter-management software provider. The watchdog rejected that defence, saying the distributor's obligations "cannot be transferred to its suppliers".

In Italy, meter readings are the responsibility of network operators rather than of the companies that sell gas to households. The rollout of smart meters that can be read remotely has progressed unevenly, and many smaller networks still depend on technicians visiting homes.

Gasnova has 60 days to challenge the decision at the regional administrative court in Milan.
""",
"02_de.txt": """Italien: Gasnetzbetreiber soll 11,4 Millionen Euro Strafe zahlen
Handelsblatt
16.03.2027, 17:45 Uhr

Die italienische Energieaufsicht Arera hat gegen den Gasverteilnetzbetreiber Gasnova Distribuzione eine Geldbuße von 11,4 Millionen Euro verhängt. Das Unternehmen habe über Jahre die Zähler Hunderttausender Kunden nicht abgelesen, wie die Mailänder Wirtschaftszeitung „Il Sole 24 Ore" unter Berufung auf den Beschluss der Behörde berichtet.

Gasnova betreibt Gasnetze in 63 Gemeinden in der Emilia-Romagna und den Marken. Zwischen 2024 und 2026 habe der Netzbetreiber bei 41 Prozent der Entnahmestellen nicht einmal versucht, die vorgeschriebenen Ablesungen vorzunehmen, heißt es in dem Zeitungsbericht. Die Lieferanten hätten deshalb auf Basis geschätzter Verbräuche abgerechnet; manche Haushalte erhielten Nachforderungen von mehr als 900 Euro.

Zusätzlich zur Strafe muss Gasnova laut „Sole" rund 212.000 betroffenen Kunden binnen 120 Tagen eine pauschale Entschädigung von je 38 Euro zahlen. Das Geld soll direkt über die Gasrechnung gutgeschrieben werden.

Die Aufsicht wirft dem Unternehmen vor, selbst nach ersten Abmahnungen im Jahr 2025 nicht gegengesteuert zu haben. Gasnova hatte im Verfahren Personalmangel und den Wechsel eines Softwaredienstleisters als Gründe genannt, schreibt das Blatt. Die Behörde ließ das nicht gelten.

Anders als in Deutschland, wo zunehmend der Messstellenbetreiber zuständig ist, liegt die Ablesung in Italien grundsätzlich beim Verteilnetzbetreiber. Gegen den Beschluss kann Gasnova binnen 60 Tagen vor dem Verwaltungsgericht der Lombardei klagen.
""",
"03_fr.txt": """Italie : le régulateur de l'énergie inflige 11,4 millions d'euros d'amende à un distributeur de gaz
Les Echos
16 mars 2027 à 18:30

Le gendarme italien de l'énergie frappe fort. L'Arera a infligé une amende de 11,4 millions d'euros à Gasnova Distribuzione, qui gère les réseaux de gaz de 63 communes d'Émilie-Romagne et des Marches, pour ne pas avoir relevé les compteurs de centaines de milliers de foyers, selon une délibération publiée mardi sur le site du régulateur.

D'après ce document, le distributeur n'a même pas tenté les relevés obligatoires pour 41 % de ses points de livraison entre 2024 et 2026. Faute de données réelles, les fournisseurs ont dû facturer des consommations estimées, et certains clients ont reçu des régularisations dépassant 900 euros.

Le régulateur estime que ces manquements ont causé « un préjudice concret et mesurable aux consommateurs » et reproche à l'entreprise de n'avoir pris aucune mesure corrective malgré de premières mises en demeure en 2025. Gasnova avait invoqué un manque de techniciens et un changement de prestataire informatique, des arguments balayés par l'autorité.

En Italie, le relevé des compteurs de gaz incombe aux gestionnaires de réseau et non aux fournisseurs qui vendent l'énergie aux ménages. Le déploiement des compteurs communicants, relevés à distance, reste inégal selon les territoires.

L'entreprise dispose de 60 jours pour contester la décision devant le tribunal administratif régional de Lombardie.
""",
}, [("ARERA", False)],
[("ARERA", "00_it.txt"), ("ARERA", "01_en.txt"), ("Il Sole 24 Ore", "02_de.txt"), ("ARERA", "03_fr.txt")],
[("Italy's energy regulator ARERA fined gas distributor Gasnova Distribuzione 11.4 million euros for failing to read customers' meters.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Gasnova did not attempt the required meter readings at 41% of its delivery points between 2024 and 2026.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Gasnova must pay 38 euros of compensation to each of about 212,000 affected customers within 120 days.",
  ["00_it.txt", "01_en.txt", "02_de.txt"], 1)])

# t02: an invented gas distributor's own Telegram post (outside the corpus), taken directly by all
# four: uk "Про це повідомили в Telegram-каналі АТ «Горинь Газ»" + "йдеться в повідомленні";
# ru "сообщила ... «Горынь Газ» в своем Telegram-канале" + "говорится в сообщении"; de "teilte der
# regionale Gasversorger Horyn Gas am Samstag in seinem Telegram-Kanal mit"; en (no outlet line,
# no date line) "the company wrote on its Telegram channel" + "According to the post".
story("t02_gas_company_telegram_pipeline", "company_post", {
"00_uk.txt": """На Рівненщині через пошкодження газопроводу без газу залишилися понад 14 тисяч родин
Укрінформ
20.11.2027 13:40

У місті Горинськ на Рівненщині та шести навколишніх селах у суботу припинилося газопостачання після того, як екскаватор підрядної організації пошкодив газопровід середнього тиску. Без газу залишилися 14 300 домогосподарств. Про це повідомили в Telegram-каналі АТ «Горинь Газ».

«Під час прокладання оптоволоконного кабелю сторонньою організацією було пошкоджено газопровід діаметром 219 мм. Аварійні бригади вже на місці, подачу газу на ділянку перекрито з міркувань безпеки», — йдеться в повідомленні газорозподільної компанії.

Ремонт пошкодженої ділянки планують завершити до вечора неділі, після чого фахівці почнуть поетапно підключати будинки. У «Горинь Газі» закликали мешканців тримати крани на газових приладах закритими та обов'язково впускати до осель працівників, які проводитимуть пуск газу.

Газовики також наголосили, що підрядник не погоджував земляні роботи в охоронній зоні газопроводу, і пообіцяли звернутися до поліції.

Як ідеться в дописі компанії, у Горинську відкрили три пункти обігріву — у ліцеї, будинку культури та приміщенні пожежної частини. Вночі температура повітря на півночі області опускається до мінус п'яти градусів.

АТ «Горинь Газ» обслуговує близько 190 тисяч абонентів у північних районах Рівненської області.
""",
"01_ru.txt": """В Ровенской области более 14 тыс. абонентов остались без газа из-за повреждения газопровода
Интерфакс-Украина
2027-11-20 14:05

Около 14,3 тыс. домохозяйств в городе Горинск Ровенской области и шести соседних селах остались без газоснабжения после повреждения газопровода среднего давления, сообщила в субботу газораспределительная компания «Горынь Газ» в своем Telegram-канале.

По данным компании, газопровод диаметром 219 мм повредил экскаватор сторонней организации, прокладывавшей оптоволоконный кабель. Подача газа на поврежденный участок прекращена, на месте работают аварийные бригады.

«Просим жителей держать краны газовых приборов закрытыми до прихода наших специалистов», — говорится в сообщении.

Восстановить газоснабжение в компании рассчитывают к вечеру воскресенья, после чего дома будут подключать поэтапно. Газовики отмечают, что земляные работы в охранной зоне газопровода с ними не согласовывались, и намерены обратиться в полицию.

В Горинске, как уточняется в сообщении компании, открыты три пункта обогрева.

«Горынь Газ» обслуживает около 190 тыс. абонентов на севере Ровенской области. Ночью температура воздуха в регионе опускается до минус пяти градусов.
""",
"02_de.txt": """Ukraine: Bagger beschädigt Gasleitung – 14.300 Haushalte ohne Gas
dpa
20. November 2027

Im Nordwesten der Ukraine sind nach der Beschädigung einer Gasleitung rund 14.300 Haushalte ohne Gasversorgung. Ein Bagger habe bei Bauarbeiten in der Kleinstadt Horynsk im Gebiet Riwne eine Mitteldruckleitung aufgerissen, teilte der regionale Gasversorger Horyn Gas am Samstag in seinem Telegram-Kanal mit. Betroffen seien neben Horynsk auch sechs umliegende Dörfer.

Die Leitung mit einem Durchmesser von 219 Millimetern sei von einer Fremdfirma beschädigt worden, die ein Glasfaserkabel verlegte, schrieb das Unternehmen. Die Gaszufuhr sei aus Sicherheitsgründen gesperrt worden, Reparaturtrupps seien im Einsatz. Bis Sonntagabend solle die Versorgung wiederhergestellt werden.

Die Baufirma habe die Erdarbeiten im Schutzstreifen der Leitung nicht abgestimmt, hieß es weiter. Man werde sich an die Polizei wenden. Die Bewohner wurden aufgefordert, die Hähne ihrer Gasgeräte geschlossen zu halten, bis Techniker die Anlagen wieder in Betrieb nehmen.

In der Region fallen die Temperaturen nachts derzeit auf bis zu minus fünf Grad. Viele Haushalte in ukrainischen Kleinstädten heizen mit Gas; in Horynsk wurden nach Angaben des Versorgers drei Wärmestuben eingerichtet.
""",
"03_en.txt": """Excavator ruptures gas pipe in western Ukraine, cutting supply to 14,300 homes

About 14,300 households in the western Ukrainian town of Horynsk and six nearby villages were left without gas on Saturday after an excavator ruptured a medium-pressure pipeline, regional gas distributor Horyn Gas said.

"During the laying of a fibre-optic cable by a third-party contractor, a 219-millimetre gas pipeline was damaged," the company wrote on its Telegram channel, adding that emergency crews had shut off the flow to the damaged section as a precaution.

The distributor said it expected to finish repairs by Sunday evening and would then reconnect homes step by step. Residents were asked to keep the taps on their gas appliances closed and to let technicians into their homes to relight boilers and stoves.

According to the post, the contractor had not obtained approval for digging inside the pipeline's protection zone, and the company intends to file a complaint with police. Three warming centres have been opened in the town, it said.

Horyn Gas serves around 190,000 customers in the northern part of the Rivne region, where night-time temperatures have dropped to minus 5 degrees Celsius this week.
""",
}, [("Горинь Газ", False)],
[("Горинь Газ", "00_uk.txt"), ("Горинь Газ", "01_ru.txt"), ("Горинь Газ", "02_de.txt"), ("Горинь Газ", "03_en.txt")],
[("About 14,300 households in Horynsk and six nearby villages lost their gas supply after an excavator damaged a medium-pressure pipeline.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("Horyn Gas expects to finish repairs and restore supply by Sunday evening.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("The contractor had not agreed the earthworks in the pipeline's protection zone and the company will go to the police.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1)])

# t03: an energy ministry's statement published on its website (outside the corpus): uk "Про це
# йдеться у заяві Міністерства енергетики, оприлюдненій на його сайті" + "зазначили в
# міністерстві" + "Згідно із заявою"; fr "a annoncé mardi le ministère ukrainien de l'Energie" +
# "indique le ministère dans un communiqué publié sur son site internet" + "Selon ce texte";
# ru "говорится в сообщении Министерства энергетики Украины, опубликованном ... на его сайте"
# (prepositional) + "Как уточняется в сообщении"; it takes it from AFP ("Lo riporta l'agenzia France
# Presse, citando un comunicato del ministero", "precisa l'agenzia francese", "Secondo quanto
# riferisce l'Afp"): chain ministry -> AFP -> ANSA, edge from AFP.
story("t03_ministry_statement_power_unit", "institution_statement_chain", {
"00_uk.txt": """На Бузькій ТЕС після ремонту запустили енергоблок №2, у трьох областях скасовують графіки відключень
Укрінформ
7 вересня 2027, 10:15

Енергоблок №2 Бузької теплової електростанції повернули до роботи після аварійно-відновлювального ремонту, що додало до енергосистеми 300 МВт потужності. Про це йдеться у заяві Міністерства енергетики, оприлюдненій на його сайті у вівторок.

«Завдяки поверненню блока з середи скасовуються графіки планових відключень для побутових споживачів у Вінницькій, Хмельницькій та Житомирській областях», — зазначили в міністерстві.

Згідно із заявою, ремонт тривав 47 днів і коштував 640 млн грн. Роботи профінансувала компанія — власник станції «Подільська генерація». Енергоблок зупинили в липні після пошкодження котла.

Заступниця міністра енергетики Ірина Довгаль, слова якої наводить відомство, назвала запуск блока «важливим кроком до стабільної зими». За її словами, до 1 листопада планують відремонтувати ще 11 енергоблоків на теплових електростанціях і ТЕЦ.

У Міненерго також нагадали, що промислові споживачі у трьох областях і надалі мають дотримуватися графіків обмеження потужності в години пікового навантаження — з 18:00 до 22:00.

Графіки планових відключень для населення запроваджують, коли генерації в енергосистемі не вистачає для покриття споживання, насамперед у вечірні години.
""",
"01_fr.txt": """Ukraine : une centrale thermique reconnectée, fin des coupures programmées dans trois régions
AFP
Tue, 07 Sep 2027 13:52:00 +0200

L'Ukraine a remis en service une tranche de 300 mégawatts de la centrale thermique de Bouzka, ce qui permet de lever dès mercredi les coupures d'électricité programmées pour les ménages de trois régions du centre-ouest du pays, a annoncé mardi le ministère ukrainien de l'Energie.

« Grâce au retour de cette tranche, les horaires de coupures programmées pour les consommateurs domestiques sont annulés à partir de mercredi dans les régions de Vinnytsia, Khmelnytsky et Jytomyr », indique le ministère dans un communiqué publié sur son site internet.

Selon ce texte, la réparation de la tranche n°2, arrêtée en juillet à la suite d'une avarie de chaudière, a duré 47 jours et coûté 640 millions de hryvnias (environ 13 millions d'euros), à la charge de l'exploitant de la centrale.

La vice-ministre de l'Energie Iryna Dovgal, citée dans le communiqué, évoque « une étape importante vers un hiver stable ». Onze autres tranches de centrales thermiques et de centrales de cogénération doivent être réparées d'ici au 1er novembre, ajoute le ministère.

Les industriels des trois régions restent toutefois soumis à des limitations de puissance aux heures de pointe, entre 18h00 et 22h00.

L'Ukraine recourt à des coupures programmées lorsque la production ne suffit pas à couvrir la demande, en particulier le soir.
""",
"02_it.txt": """Ucraina: riattivata centrale termica, stop ai blackout programmati in tre regioni
ANSA
2027-09-07 19:22

L'Ucraina ha rimesso in funzione un'unità da 300 megawatt della centrale termica di Buzka e da mercoledì le interruzioni programmate di corrente per le famiglie saranno sospese nelle regioni di Vinnytsia, Khmelnytsky e Zhytomyr. Lo riporta l'agenzia France Presse, citando un comunicato del ministero dell'Energia di Kiev.

La riparazione dell'unità numero 2, ferma da luglio per un guasto alla caldaia, è durata 47 giorni ed è costata 640 milioni di grivnie, circa 13 milioni di euro, precisa l'agenzia francese.

Secondo quanto riferisce l'Afp, entro il primo novembre dovranno essere riparate altre 11 unità di centrali termoelettriche e di cogenerazione. La viceministra Iryna Dovhal ha parlato di "un passo importante verso un inverno stabile".

Per le imprese delle tre regioni restano in vigore le limitazioni di potenza nelle ore di punta serali, dalle 18 alle 22.

Kiev ricorre ai blackout programmati quando la produzione di elettricità non basta a coprire i consumi, soprattutto nelle ore serali.
""",
"03_ru.txt": """Минэнерго: энергоблок №2 Бугской ТЭС возобновил работу, графики отключений в трех областях отменены
Интерфакс-Украина
07.09.2027 11:30

Энергоблок №2 Бугской ТЭС мощностью 300 МВт возобновил работу после аварийно-восстановительного ремонта, говорится в сообщении Министерства энергетики Украины, опубликованном во вторник на его сайте.

«Благодаря возвращению блока со среды отменяются графики плановых отключений для бытовых потребителей в Винницкой, Хмельницкой и Житомирской областях», — отмечается в сообщении.

Как уточняется в сообщении, ремонт продолжался 47 дней, его стоимость составила 640 млн грн. Работы профинансировала компания-владелец станции «Подольская генерация». Блок был остановлен в июле из-за повреждения котла.

По словам замминистра энергетики Ирины Довгаль, которые приводит пресс-служба ведомства, до 1 ноября планируется отремонтировать еще 11 энергоблоков ТЭС и ТЭЦ.

Для промышленных потребителей трех областей графики ограничения мощности в часы вечернего пика, с 18:00 до 22:00, сохраняются, добавили в Минэнерго.

Графики плановых отключений для населения вводятся, когда генерации в энергосистеме не хватает для покрытия потребления, прежде всего в вечерние часы.
""",
}, [("Ministry of Energy of Ukraine", False)],
[("Ministry of Energy of Ukraine", "00_uk.txt"), ("Ministry of Energy of Ukraine", "01_fr.txt"),
 ("AFP", "02_it.txt"), ("Ministry of Energy of Ukraine", "03_ru.txt")],
[("Unit 2 of the Buzka thermal power plant (300 MW) returned to operation after emergency repairs.",
  ["00_uk.txt", "01_fr.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Scheduled household power outages are cancelled from Wednesday in the Vinnytsia, Khmelnytskyi and Zhytomyr regions.",
  ["00_uk.txt", "01_fr.txt", "02_it.txt", "03_ru.txt"], 1),
 ("Eleven more thermal and CHP units are to be repaired by 1 November.",
  ["00_uk.txt", "01_fr.txt", "02_it.txt", "03_ru.txt"], 1)])

# t04: in-corpus scoop by Коммерсантъ with two anonymous sources and a letter seen by it (own
# "Об этом “Ъ” рассказали два источника" + "В распоряжении “Ъ” есть копия письма" + "В пресс-службе
# ... “Ъ” заявили"); relayed: en Reuters "the Kommersant business daily reported on Thursday" +
# "Citing two sources ..., Kommersant said" + "told Kommersant"; uk "пише російське ділове
# видання «Коммерсант» із посиланням на" + "За даними «Коммерсанта»" (gen.) + "цитує лист газета"
# + "Як зазначає видання"; de (no date line) "nach einem Bericht der Moskauer Wirtschaftszeitung
# „Kommersant"" + "berichtet das Blatt unter Berufung auf" + "gegenüber „Kommersant"".
story("t04_kommersant_heat_tariff_scoop", "scoop", {
"00_ru.txt": """«Тайгаэнерго» просит тарифного рывка
Коммерсантъ
2027-10-14T07:00:00+03:00

Теплогенерирующая компания «Тайгаэнерго», которая обеспечивает теплом около 600 тыс. жителей Иркутской области, добивается повышения тарифа на тепло с 1 июля 2028 года на 19,5% — примерно вдвое выше индексации, заложенной в прогнозе правительства. В противном случае компания предупреждает о возможном закрытии трех угольных котельных на севере области, от которых тепло получают около 41 тыс. человек. Об этом “Ъ” рассказали два источника — в отрасли и в областном правительстве.

В распоряжении “Ъ” есть копия письма гендиректора «Тайгаэнерго» Виктора Полозова губернатору. «Действующий тариф не покрывает даже затрат на топливо и ремонт сетей, износ которых превышает 70%»,— говорится в документе. По словам отраслевого собеседника “Ъ”, недополученную выручку за 2027 год компания оценивает в 2,8 млрд руб.

Источник “Ъ” в областном правительстве признает, что власти «не готовы к такому росту платежей» и рассматривают вариант субсидии из регионального бюджета, однако ее объем пока не определен. «Закрытие котельных посреди отопительного сезона никто не допустит, это понимают все стороны»,— добавил он.

В пресс-службе «Тайгаэнерго» “Ъ” заявили, что не комментируют переписку с органами власти, но подтвердили, что компания «ведет диалог о долгосрочных тарифных решениях».

По оценке аналитиков, проблема недофинансирования теплового хозяйства характерна для многих регионов Сибири: значительная часть сетей и котельных была построена еще в 1960–1980-е годы.
""",
"01_en.txt": """Russian heat supplier seeks 19.5% tariff hike, threatens boiler closures - Kommersant
Reuters
October 14, 2027 7:32 AM UTC

MOSCOW, Oct 14 (Reuters) - Russian heat generating company Taigaenergo is seeking a 19.5% increase in heating tariffs from July 2028, about twice the indexation pencilled in by the government, and has warned it may otherwise close three coal-fired boiler plants, the Kommersant business daily reported on Thursday.

Citing two sources, one in the industry and one in the regional government, Kommersant said Taigaenergo, which supplies heat to about 600,000 people in the Irkutsk region, had set out its demands in a letter to the regional governor signed by chief executive Viktor Polozov.

"The current tariff does not even cover the costs of fuel and of repairing networks that are more than 70% worn out," the letter said, according to the newspaper, which said it had seen a copy.

The three boiler plants heat about 41,000 people in the north of the region, the paper said. One of its sources put the company's lost revenue for 2027 at 2.8 billion roubles.

Regional authorities are considering a subsidy from the regional budget instead, Kommersant added.

Taigaenergo told Kommersant it did not comment on correspondence with the authorities but confirmed it was "in dialogue on long-term tariff decisions." The company did not immediately respond to a Reuters request for comment.
""",
"02_uk.txt": """Російська теплокомпанія вимагає підвищити тариф на 19,5% і погрожує закрити котельні — «Коммерсант»
Економічна правда
14 жовтня 2027, 12:48

Російська теплогенерувальна компанія «Тайгаэнерго», яка постачає тепло близько 600 тис. мешканців Іркутської області, домагається підвищення тарифу на тепло з 1 липня 2028 року на 19,5%. Про це пише російське ділове видання «Коммерсант» із посиланням на два джерела — в галузі та в обласному уряді.

За даними «Коммерсанта», в іншому разі компанія попереджає про можливе закриття трьох вугільних котелень на півночі області, від яких отримують тепло близько 41 тис. людей. Свої вимоги гендиректор компанії Віктор Полозов виклав у листі губернатору, копію якого має редакція «Коммерсанта».

«Чинний тариф не покриває навіть витрат на паливо та ремонт мереж, знос яких перевищує 70%», — цитує лист газета. Один зі співрозмовників «Коммерсанта» оцінив недоотриману виручку компанії за 2027 рік у 2,8 млрд рублів.

Як зазначає видання, обласна влада не готова до такого зростання платежів і розглядає варіант субсидії з регіонального бюджету. Коментувати «Коммерсанту» листування з владою в компанії не стали.

Комунальна інфраструктура в багатьох російських регіонах сильно зношена: аварії на тепломережах під час опалювального сезону останніми роками стали там звичним явищем.
""",
"03_de.txt": """Russischer Wärmeversorger verlangt fast 20 Prozent mehr
Handelsblatt

Der sibirische Wärmeversorger Taigaenergo fordert nach einem Bericht der Moskauer Wirtschaftszeitung „Kommersant" eine Erhöhung der Fernwärmetarife um 19,5 Prozent ab Juli 2028. Das ist etwa doppelt so viel wie die staatlich vorgesehene Indexierung. Sollten die Behörden nicht zustimmen, drohe das Unternehmen mit der Schließung von drei Kohle-Heizwerken, die rund 41.000 Menschen im Norden der Region Irkutsk versorgen, berichtet das Blatt unter Berufung auf zwei Quellen aus der Branche und der Regionalregierung.

Die Forderungen habe Taigaenergo-Chef Viktor Polosow in einem Brief an den Gouverneur formuliert, der „Kommersant" nach eigenen Angaben vorliegt. „Der geltende Tarif deckt nicht einmal die Kosten für Brennstoff und die Reparatur der zu mehr als 70 Prozent verschlissenen Netze", zitiert die Zeitung aus dem Schreiben.

Die Regionalregierung prüfe stattdessen eine Subvention aus dem Haushalt, heißt es weiter. Ein Sprecher von Taigaenergo wollte sich gegenüber „Kommersant" nicht zur Korrespondenz mit Behörden äußern, bestätigte aber Gespräche über „langfristige Tariflösungen".

Die Fernwärmenetze vieler russischer Städte stammen noch aus sowjetischer Zeit. Ausfälle im Winter sorgen regelmäßig für Unmut in der Bevölkerung.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("Коммерсантъ", "02_uk.txt"), ("Коммерсантъ", "03_de.txt")],
[("Taigaenergo is seeking a 19.5% increase in heat tariffs from 1 July 2028.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1),
 ("Taigaenergo warns it may close three coal-fired boiler plants that heat about 41,000 people.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], 1),
 ("Taigaenergo puts its lost revenue for 2027 at 2.8 billion roubles.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt"], 1)])

# t05: outside scoop (Bloomberg, people familiar) relayed 4x; Il Sole 24 Ore relays it
# ("secondo quanto riferisce l'agenzia Bloomberg, che cita persone informate sui fatti") AND adds
# its own confirmation ("Fonti vicine al dossier hanno confermato al Sole 24 Ore", "spiegano le
# fonti consultate dal Sole"): edge from Bloomberg + Il Sole 24 Ore is an in-corpus origin.
# en Reuters "Bloomberg News reported on Monday, citing" + "the people told Bloomberg" (its own
# unanswered request adds nothing); fr "rapporte l'agence Bloomberg, qui cite" + "selon l'agence"
# + "précise Bloomberg"; de dpa-AFX "berichtete die Finanznachrichtenagentur Bloomberg am Montag
# unter Berufung auf" + "hieß es in dem Bericht".
story("t05_bloomberg_gas_grid_stake_confirmed", "relay_adds_confirmation", {
"00_en.txt": """Italy's Lumenia in talks to sell 49% of gas grid unit to Tamarack - Bloomberg
Reuters
2027-02-08T16:45:00Z

Feb 8 (Reuters) - Italian utility Lumenia Energia is in advanced talks to sell a 49% stake in its gas distribution business to Canadian investor Tamarack Infrastructure, Bloomberg News reported on Monday, citing people familiar with the matter.

The deal would value Lumenia Reti Gas, which operates about 14,000 kilometres of pipelines in northern Italy, at around 2.3 billion euros including debt, according to the report.

The talks could still fall apart and no final decision has been made, the people told Bloomberg.

Lumenia, which is controlled by a group of municipalities in Lombardy and Veneto, did not immediately respond to a Reuters request for comment. Tamarack declined to comment when contacted by Reuters.

Lumenia's shares closed up 3.1% in Milan after the report.

Chief Executive Paola Bertinetti said in November that the group was open to "partnerships" to help fund a 1.1 billion euro investment plan for its networks, including the replacement of ageing cast-iron pipes and the installation of smart meters.

Regulated gas distribution networks, which earn a return set by the energy regulator, have long attracted infrastructure funds and pension investors looking for stable, inflation-linked income.
""",
"01_it.txt": """Lumenia, trattativa avanzata con Tamarack per il 49% delle reti gas
Il Sole 24 Ore
9 febbraio 2027

Lumenia Energia accelera sulla cessione di una quota di minoranza delle reti del gas. La multiutility lombardo-veneta sarebbe in trattativa avanzata con il fondo canadese Tamarack Infrastructure per la vendita del 49% di Lumenia Reti Gas, secondo quanto riferisce l'agenzia Bloomberg, che cita persone informate sui fatti.

Fonti vicine al dossier hanno confermato al Sole 24 Ore che il negoziato è entrato nella fase finale e che Tamarack ha completato la due diligence sulla rete, circa 14mila chilometri di tubazioni tra Lombardia, Veneto e Friuli. Secondo le stesse fonti, il consiglio di amministrazione di Lumenia potrebbe esaminare l'offerta vincolante entro la fine di marzo.

Il dossier ha anche un risvolto politico: i Comuni soci, che controllano il 54% della multiutility, hanno chiesto garanzie sul mantenimento della sede operativa a Verona e sui livelli occupazionali. Un punto, spiegano le fonti consultate dal Sole, che dovrebbe finire nei patti parasociali con il nuovo socio.

L'operazione servirebbe a finanziare il piano da 1,1 miliardi di investimenti sulle reti annunciato a novembre dall'amministratrice delegata Paola Bertinetti, che prevede la sostituzione delle vecchie condotte in ghisa e l'installazione dei contatori elettronici.

Ieri a Piazza Affari il titolo Lumenia ha chiuso in rialzo del 3,1%. La società non ha commentato.
""",
"02_fr.txt": """L'italien Lumenia prêt à céder 49 % de son réseau de gaz à un fonds canadien
Les Echos
8 févr. 2027 à 19:05

Le fournisseur d'énergie italien Lumenia Energia négocie la cession de 49 % de sa filiale de distribution de gaz, Lumenia Reti Gas, au fonds d'infrastructures canadien Tamarack, rapporte l'agence Bloomberg, qui cite des personnes proches du dossier.

L'opération valoriserait la filiale, qui exploite environ 14.000 kilomètres de canalisations dans le nord de l'Italie, à quelque 2,3 milliards d'euros, dette comprise, selon l'agence. Les discussions sont avancées mais pourraient encore échouer, précise Bloomberg.

Contrôlé par un groupe de communes de Lombardie et de Vénétie, Lumenia avait indiqué en novembre chercher des « partenariats » pour financer un plan d'investissement de 1,1 milliard d'euros dans ses réseaux. Le titre a gagné 3,1 % lundi à la Bourse de Milan.

Les réseaux de distribution de gaz, dont la rémunération est fixée par le régulateur, attirent de longue date les fonds d'infrastructures et les fonds de pension en quête de rendements stables et indexés sur l'inflation. En Italie, le secteur, encore très fragmenté, fait l'objet d'un lent mouvement de consolidation depuis une dizaine d'années.
""",
"03_de.txt": """Kanadischer Investor will bei Gasnetz von Lumenia einsteigen
dpa-AFX
08.02.2027 – 18:20

MAILAND (dpa-AFX) - Der italienische Versorger Lumenia Energia verhandelt einem Medienbericht zufolge über den Verkauf eines Minderheitsanteils an seinem Gasverteilnetz. Der kanadische Infrastrukturinvestor Tamarack Infrastructure solle 49 Prozent an der Tochter Lumenia Reti Gas übernehmen, berichtete die Finanznachrichtenagentur Bloomberg am Montag unter Berufung auf mit der Sache vertraute Personen. Die Gespräche seien weit fortgeschritten.

Die Transaktion würde die Netztochter einschließlich Schulden mit rund 2,3 Milliarden Euro bewerten, hieß es in dem Bericht. Lumenia Reti Gas betreibt rund 14 000 Kilometer Leitungen in Norditalien. Eine endgültige Entscheidung sei noch nicht gefallen.

Die Lumenia-Aktie legte in Mailand um gut drei Prozent zu. Das Unternehmen, an dem mehrere Kommunen aus der Lombardei und Venetien die Mehrheit halten, äußerte sich zunächst nicht.

Vorstandschefin Paola Bertinetti hatte im November angekündigt, für ein 1,1 Milliarden Euro schweres Investitionsprogramm in die Netze nach „Partnerschaften" zu suchen. Regulierte Gasnetze gelten bei Infrastrukturfonds und Pensionskassen wegen ihrer stabilen Erträge als begehrte Anlage.
""",
}, [("Bloomberg", False), ("Il Sole 24 Ore", True)],
[("Bloomberg", "00_en.txt"), ("Bloomberg", "01_it.txt"), ("Bloomberg", "02_fr.txt"), ("Bloomberg", "03_de.txt")],
[("Lumenia Energia is in advanced talks to sell a 49% stake in its gas network unit Lumenia Reti Gas to Tamarack Infrastructure.",
  ["00_en.txt", "01_it.txt", "02_fr.txt", "03_de.txt"], 2),
 ("The deal would value Lumenia Reti Gas at about 2.3 billion euros including debt.",
  ["00_en.txt", "02_fr.txt", "03_de.txt"], 1)])

# t06: two independent in-corpus reports of an LNG terminal fire: ANSA (own: "dove si trova
# l'inviato dell'ANSA", "ha detto all'ANSA", "A quanto apprende l'ANSA da fonti aziendali") and AFP
# (own: "a constaté une journaliste de l'AFP", "a déclaré à l'AFP"). en FT credits both ("Italian
# news agency Ansa and Agence France-Presse reported", "Ansa said", "An AFP reporter at the scene"):
# two edges. de dpa relays Ansa ("wie die italienische Nachrichtenagentur Ansa berichtete", "der
# Agentur", "meldete Ansa unter Berufung auf Unternehmenskreise"); ru Интерфакс relays AFP
# ("сообщает агентство Франс Пресс", "корреспондент агентства", "заявил AFP", "По данным Франс
# Пресс"); uk Укрінформ relays ANSA ("передає італійське агентство ANSA", "За даними агентства",
# "сказав агентству").
story("t06_lng_terminal_fire_two_agencies", "two_independent", {
"00_it.txt": """Incendio al rigassificatore di Costamarina, evacuati 38 lavoratori
ANSA
2027-06-09 23:58

PORTOFERRATO (CHIETI) - Un vasto incendio è divampato in serata nel terminale di rigassificazione di Costamarina, a Portoferrato, sulla costa chietina. Le fiamme si sono sviluppate intorno alle 21 nell'edificio che ospita i compressori del gas di boil-off, a circa 200 metri dai serbatoi di gas naturale liquefatto. I 38 lavoratori presenti nell'impianto sono stati evacuati e non risultano feriti.

Sul posto, dove si trova l'inviato dell'ANSA, operano una decina di squadre dei vigili del fuoco arrivate da Chieti, Pescara e Vasto, supportate da due rimorchiatori antincendio. "I serbatoi non sono stati interessati e al momento non c'è pericolo per la popolazione, ma l'intervento sarà lungo", ha detto all'ANSA il comandante provinciale dei vigili del fuoco, Massimo Trentin.

A quanto apprende l'ANSA da fonti aziendali, il gestore Maregas Terminali ha sospeso le operazioni di rigassificazione e due navi metaniere attese nei prossimi giorni sono state dirottate verso altri terminali. La statale 16 Adriatica è stata chiusa al traffico in un tratto di tre chilometri.

Il terminale di Costamarina, entrato in esercizio nel 2019, ha una capacità di rigassificazione di circa 5 miliardi di metri cubi l'anno. Le cause dell'incendio sono in corso di accertamento; la procura di Chieti ha già disposto il sequestro dell'area interessata dalle fiamme.
""",
"01_fr.txt": """Italie : incendie dans un terminal de gaz naturel liquéfié sur l'Adriatique
AFP
10/06/2027 00:41

Un important incendie s'est déclaré mercredi soir dans le terminal de regazéification de Costamarina, sur la côte adriatique italienne, entraînant l'évacuation de ses 38 employés, a constaté une journaliste de l'AFP.

De hautes flammes s'élevaient du bâtiment des compresseurs du site, et une colonne de fumée noire était visible à une quinzaine de kilomètres, jusqu'aux faubourgs de Pescara. Aucun blessé n'était signalé en fin de soirée. Selon les pompiers présents sur place, les réservoirs de gaz naturel liquéfié n'ont pas été touchés.

« Par précaution, les écoles de Portoferrato resteront fermées jeudi et nous demandons aux habitants de garder leurs fenêtres fermées », a déclaré à l'AFP le maire de cette commune de 9.000 habitants, Luca Di Stefano.

Des dizaines d'habitants s'étaient rassemblés sur le front de mer pour observer le sinistre, tenus à distance par les carabiniers.

Le terminal de Costamarina peut regazéifier environ 5 milliards de mètres cubes par an. L'Italie, qui a fortement réduit ses importations de gaz russe par gazoduc depuis 2022, s'appuie de plus en plus sur le GNL acheminé par méthaniers.
""",
"02_en.txt": """Fire at Italian LNG terminal forces evacuation of 38 workers
Financial Times
Thu, 10 Jun 2027 07:15:00 +0000

A fire broke out late on Wednesday at the Costamarina liquefied natural gas terminal on Italy's Adriatic coast, forcing the evacuation of its 38 workers, Italian news agency Ansa and Agence France-Presse reported.

The blaze started in a building housing gas compressors about 200 metres from the storage tanks, Ansa said. The provincial fire chief told the agency the tanks had not been affected and there was no danger to the population. An AFP reporter at the scene described a column of black smoke visible some 15km away.

No injuries were reported. Maregas Terminali, the operator, could not be reached for comment early on Thursday.

The terminal, which can regasify about 5bn cubic metres of gas a year, is among the facilities Italy has leaned on since it cut back pipeline imports from Russia. Any prolonged outage would come as the country is refilling its storage sites ahead of winter.
""",
"03_de.txt": """Brand in italienischem LNG-Terminal – 38 Arbeiter in Sicherheit gebracht
dpa
10. Juni 2027, 06:30 Uhr

Rom (dpa) - In einem Flüssiggas-Terminal an der italienischen Adriaküste ist am Mittwochabend ein Großbrand ausgebrochen. Alle 38 Beschäftigten der Anlage in Portoferrato in der Provinz Chieti seien in Sicherheit gebracht worden, verletzt worden sei niemand, wie die italienische Nachrichtenagentur Ansa berichtete.

Das Feuer brach demnach gegen 21.00 Uhr in einem Gebäude mit Verdichtern aus, rund 200 Meter von den Tanks entfernt. Die Tanks seien nicht betroffen, sagte der Feuerwehrkommandant der Provinz, Massimo Trentin, der Agentur. Zehn Löschtrupps waren im Einsatz.

Der Betreiber Maregas Terminali habe den Betrieb eingestellt, zwei erwartete LNG-Tanker seien zu anderen Terminals umgeleitet worden, meldete Ansa unter Berufung auf Unternehmenskreise. Die Küstenstraße SS16 wurde auf drei Kilometern gesperrt.

Italien ist seit dem Rückgang russischer Pipeline-Lieferungen verstärkt auf Flüssiggas angewiesen, das per Schiff angeliefert und in Terminals wie Costamarina wieder in Gas umgewandelt wird.
""",
"04_ru.txt": """На СПГ-терминале в Италии произошел крупный пожар
Интерфакс
10 июня 2027 г., 03:12

Москва. 10 июня. ИНТЕРФАКС - Крупный пожар вспыхнул в среду вечером на терминале по регазификации сжиженного природного газа Costamarina на адриатическом побережье Италии, 38 сотрудников эвакуированы, сообщает агентство Франс Пресс.

Как передает корреспондент агентства с места событий, столб черного дыма был виден на расстоянии около 15 км. Информации о пострадавших не поступало.

Мэр города Портоферрато Лука Ди Стефано заявил AFP, что в четверг местные школы будут закрыты в качестве меры предосторожности, а жителей попросили не открывать окна.

По данным Франс Пресс, резервуары с СПГ огнем не затронуты. Десятки местных жителей собрались на набережной, чтобы наблюдать за пожаром, их к месту происшествия не подпускали карабинеры.

Мощность терминала составляет около 5 млрд кубометров газа в год. После 2022 года Италия резко сократила трубопроводный импорт российского газа и нарастила закупки СПГ.
""",
"05_uk.txt": """В Італії спалахнула пожежа на терміналі зрідженого газу, евакуйовано 38 працівників
Укрінформ
10.06.2027 09:20

На терміналі регазифікації зрідженого природного газу Костамаріна на адріатичному узбережжі Італії в середу ввечері спалахнула масштабна пожежа. Усіх 38 працівників евакуювали, постраждалих немає, передає італійське агентство ANSA.

За даними агентства, вогонь охопив будівлю з компресорами приблизно за 200 метрів від резервуарів зі зрідженим газом. Оператор терміналу Maregas Terminali призупинив роботу, а два газовози, які мали прибути найближчими днями, перенаправили до інших терміналів.

«Резервуари не постраждали, небезпеки для населення наразі немає», — сказав агентству командир провінційної пожежної служби Массімо Трентін.

Рух прибережною трасою SS16 перекрито на ділянці завдовжки три кілометри. Причини пожежі встановлюють.

Термінал Костамаріна працює з 2019 року, його потужність — близько 5 млрд кубометрів газу на рік. Після 2022 року Італія суттєво скоротила трубопровідний імпорт російського газу і збільшила закупівлі ЗПГ.
""",
}, [("ANSA", True), ("AFP", True)],
[("ANSA", "02_en.txt"), ("AFP", "02_en.txt"), ("ANSA", "03_de.txt"), ("AFP", "04_ru.txt"), ("ANSA", "05_uk.txt")],
[("A fire broke out at the Costamarina LNG terminal and its 38 workers were evacuated.",
  ["00_it.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_ru.txt", "05_uk.txt"], 2),
 ("Two LNG tankers expected at the terminal were diverted to other terminals.",
  ["00_it.txt", "03_de.txt", "05_uk.txt"], 1),
 ("Schools in Portoferrato were closed on Thursday as a precaution.",
  ["01_fr.txt", "04_ru.txt"], 1)])

# t07: a minister's own X post (outside the corpus) taken directly by Економічна правда ("Про це
# міністр енергетики Богдан Ярмолюк написав у соцмережі X"), Reuters ("Yarmoliuk wrote on X",
# "said in the post") and ANSA ("Lo ha scritto su X il ministro", "ha aggiunto il ministro nel
# post"). 01_ru has no outlet line and is an uncredited close Russian translation of Економічна
# правда's article (same order, same quote, same "Назв ... не навів" sentence and background
# paragraph, published 2.5 hours later): edge from Економічна правда. 04_fr (Les Echos) takes it
# from Reuters ("rapporte l'agence Reuters, qui cite un message publié sur X par le ministre",
# "précise l'agence"): edge from Reuters.
story("t07_minister_x_post_gas_storage", "person_post_translation_chain", {
"00_uk.txt": """Європейські трейдери закачають в українські сховища 2,5 млрд кубометрів газу — Ярмолюк
Економічна правда
2027-04-21 16:02

Консорціум із шести європейських газових трейдерів до 1 жовтня закачає в українські підземні сховища 2,5 млрд кубометрів газу. Про це міністр енергетики Богдан Ярмолюк написав у соцмережі X.

«Сьогодні підписали меморандум з консорціумом шести трейдерів з Польщі, Словаччини, Австрії та Німеччини. Це найбільший обсяг зберігання для нерезидентів за останні п'ять років», — зазначив міністр.

За словами Ярмолюка, газ зберігатиметься в режимі «митного складу», який дозволяє іноземним компаніям тримати газ в Україні до 1095 днів без сплати мита. Перші обсяги почнуть надходити вже у травні через польський і словацький напрямки.

Назв компаній — учасниць консорціуму міністр не навів.

Ярмолюк також додав, що кошти, отримані за зберігання, спрямують на ремонт компресорних станцій.

Україна має найбільші в Європі потужності підземного зберігання газу — понад 30 млрд кубометрів. Останніми роками європейські трейдери користувалися ними значно менше, ніж до 2022 року.
""",
"01_ru.txt": """Европейские трейдеры закачают в украинские хранилища 2,5 млрд кубометров газа — Ярмолюк
21.04.2027 18:37

Консорциум из шести европейских газовых трейдеров до 1 октября закачает в украинские подземные хранилища 2,5 млрд кубометров газа. Об этом министр энергетики Богдан Ярмолюк написал в соцсети X.

«Сегодня подписали меморандум с консорциумом шести трейдеров из Польши, Словакии, Австрии и Германии. Это самый большой объем хранения для нерезидентов за последние пять лет», — отметил министр.

По словам Ярмолюка, газ будет храниться в режиме «таможенного склада», который позволяет иностранным компаниям держать газ в Украине до 1095 дней без уплаты пошлины. Первые объемы начнут поступать уже в мае через польское и словацкое направления.

Названий компаний — участниц консорциума министр не привел.

Ярмолюк также добавил, что средства, полученные за хранение, направят на ремонт компрессорных станций.

Украина имеет крупнейшие в Европе мощности подземного хранения газа — более 30 млрд кубометров. В последние годы европейские трейдеры пользовались ими значительно меньше, чем до 2022 года.
""",
"02_en.txt": """European traders to store 2.5 bcm of gas in Ukraine, minister says
Reuters
April 21, 2027 2:15 PM UTC

KYIV, April 21 (Reuters) - A consortium of six European gas traders will inject 2.5 billion cubic metres of gas into Ukraine's underground storage facilities by Oct. 1, Energy Minister Bohdan Yarmoliuk said on Wednesday.

"Today we signed a memorandum with a consortium of six traders from Poland, Slovakia, Austria and Germany," Yarmoliuk wrote on X, calling it the largest volume stored by non-residents in five years. He did not name the companies.

The gas will be held under a "customs warehouse" regime, which allows foreign companies to keep gas in Ukraine for up to 1,095 days without paying customs duties, the minister said in the post. The first volumes are expected to arrive in May via the Polish and Slovak borders.

Ukraine has Europe's largest underground gas storage capacity, at more than 30 bcm, much of it in the west of the country close to the European Union border. Foreign traders used the sites heavily before 2022 but have since been more cautious.
""",
"03_it.txt": """Gas: Kiev, trader europei stoccheranno 2,5 miliardi di metri cubi in Ucraina
ANSA
21/04/2027 17:40

(ANSA) - KIEV, 21 APR - Un consorzio di sei trader europei del gas stoccherà 2,5 miliardi di metri cubi nei depositi sotterranei dell'Ucraina entro il primo ottobre. Lo ha scritto su X il ministro dell'Energia ucraino, Bohdan Yarmoliuk, annunciando la firma di un memorandum d'intesa.

"Si tratta del volume più alto stoccato da non residenti negli ultimi cinque anni", ha aggiunto il ministro nel post, senza indicare i nomi delle società, che provengono da Polonia, Slovacchia, Austria e Germania. I primi volumi arriveranno già a maggio.

Secondo Yarmoliuk, i proventi dello stoccaggio serviranno a riparare le stazioni di compressione della rete ucraina.

L'Ucraina dispone della maggiore capacità di stoccaggio sotterraneo di gas in Europa, oltre 30 miliardi di metri cubi, in gran parte nelle regioni occidentali vicine al confine con l'Ue.
""",
"04_fr.txt": """Ukraine : des négociants européens vont stocker 2,5 milliards de m3 de gaz
Les Echos
22 avr. 2027

Six négociants européens de gaz vont injecter 2,5 milliards de mètres cubes dans les stockages souterrains ukrainiens d'ici au 1er octobre, rapporte l'agence Reuters, qui cite un message publié sur X par le ministre ukrainien de l'Energie, Bohdan Iarmoliouk.

Le consortium réunit des sociétés polonaises, slovaques, autrichiennes et allemandes, dont les noms n'ont pas été communiqués. Le gaz sera stocké sous le régime de l'« entrepôt douanier », qui permet aux sociétés étrangères de le conserver jusqu'à 1.095 jours sans acquitter de droits de douane, précise l'agence.

Avec plus de 30 milliards de mètres cubes de capacités, l'Ukraine dispose des plus grands stockages souterrains de gaz d'Europe, situés pour l'essentiel dans l'ouest du pays. Les négociants étrangers, qui y recouraient largement avant 2022, s'en tenaient depuis à distance.

Pour les Européens, qui doivent remplir leurs propres réservoirs avant l'hiver, ces capacités offrent une marge de manœuvre supplémentaire à des tarifs jugés compétitifs.
""",
}, [("Bohdan Yarmoliuk", False)],
[("Bohdan Yarmoliuk", "00_uk.txt"), ("Економічна правда", "01_ru.txt"), ("Bohdan Yarmoliuk", "02_en.txt"),
 ("Bohdan Yarmoliuk", "03_it.txt"), ("Reuters", "04_fr.txt")],
[("A consortium of six European traders will inject 2.5 bcm of gas into Ukrainian underground storage by 1 October.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_it.txt", "04_fr.txt"], 1),
 ("The gas will be stored under the customs warehouse regime for up to 1,095 days without customs duties.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "04_fr.txt"], 1)])


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
        names = set(arts)
        for _, a in relays:
            assert a in names, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in names, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 110 (invented; energy and utilities); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
