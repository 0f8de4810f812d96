#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand185 set.

Topic: nursing homes, elderly care and care inspectors. The outlets are real media names (written as
those outlets write their own names); every event, person, company, care home, body, place, figure and
quote is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# n01: Manchester Evening News' own investigation (rotas seen by the paper, named relatives,
# anonymous carers, own reporter on site), relayed with credits: en "according to an investigation
# by the Manchester Evening News" + "told the MEN" (background mention of a File on 4 programme, no
# edge); nl "Dat onthulde de Britse regionale krant Manchester Evening News" (unanswered NRC
# request); pl "Jak ujawnił „MEN”" + "cytuje jedną z nich brytyjska gazeta".
story("n01_larkfield_men_investigation", "scoop", {
"00_en.txt": """'Mum was left in the same soiled sheets for two days': inside the Brindleford care home where one carer runs the night shift
Manchester Evening News
06:00, 9 Mar 2027

Residents at a Brindleford care home have been left in soiled bedding for hours and in some cases days, while a single carer is routinely rostered to look after 31 people overnight, a Manchester Evening News investigation has found.

Staff rotas seen by the M.E.N. show that on 19 of the 31 nights in January only one carer was on duty at Larkfield House on Calder Row between 10pm and 7am. The home, run by Larkfield Care Ltd and owned since 2024 by the Dutch investment firm Vennestraat Capital, is registered for 34 residents, most of them living with dementia.

Janet Pryce, whose 87-year-old mother Doreen has lived at the home since 2025, told the M.E.N. she found her mother lying in the same soiled sheets on two visits two days apart in February. "I complained, I was told it wouldn't happen again, and two days later it was exactly the same," she said. "Mum can't press a buzzer. She just waits."

Three current and former carers, two of them Polish nationals, asked not to be named because they fear losing their jobs. They described night shifts spent "running from room to room". One, who has worked at Larkfield for four years, said: "You cannot turn 31 people, do the medication and answer the buzzers on your own. Something has to give, and it's always the people who can't complain."

When our reporter visited on Saturday afternoon, two of the three lounges were empty and a handwritten sign on the office door read "Agency staff - ask at desk". Another relative, Graham Oyelaran, said his father had lost almost two stone since the autumn and that nobody had been able to tell him why.

Larkfield Care Ltd did not respond to detailed questions sent last Wednesday. Vennestraat Capital said it did not comment on the running of individual homes.
""",
"01_en.txt": """Dutch-owned care home left dementia patients in soiled beds with one carer at night, relatives say
The Guardian
Tue 9 Mar 2027 14.32 GMT

A care home owned by a Dutch investment firm routinely left a single carer in charge of 31 residents overnight, and people living with dementia were left in soiled bedding for days, according to an investigation by the Manchester Evening News.

Staff rotas obtained by the paper show that on 19 nights in January only one carer was on duty at Larkfield House in Brindleford between 10pm and 7am. The home is run by Larkfield Care Ltd, which has belonged since 2024 to the Dutch private investment firm Vennestraat Capital.

"Mum can't press a buzzer. She just waits," Janet Pryce, whose 87-year-old mother lives at the home, told the MEN. Three current and former carers, speaking on condition of anonymity, told the paper that covering the night shift alone was impossible.

Private ownership of care homes has come under growing scrutiny. Last autumn, an edition of BBC Radio 4's File on 4 looked at how much debt several of the larger chains are carrying.

Larkfield Care did not respond to the MEN's questions. The Guardian has contacted Larkfield Care and Vennestraat Capital for comment.
""",
"02_nl.txt": """Brits verpleeghuis van Nederlandse investeerder liet bewoners met dementie in vuile bedden liggen
NRC
10 maart 2027

In een Brits verpleeghuis dat in handen is van de Nederlandse investeerder Vennestraat Capital lagen bewoners met dementie soms dagenlang in bevuild beddengoed, terwijl 's nachts één verzorgende voor 31 mensen moest zorgen. Dat onthulde de Britse regionale krant Manchester Evening News dinsdag na eigen onderzoek.

Uit dienstroosters die de krant in handen kreeg, blijkt dat in januari op negentien nachten slechts één verzorgende was ingeroosterd in Larkfield House in het Engelse stadje Brindleford. Vennestraat Capital kocht exploitant Larkfield Care in 2024.

De krant sprak met familieleden van bewoners. ‘Mijn moeder kan niet op een bel drukken. Ze wacht gewoon,’ zegt Janet Pryce, wier 87-jarige moeder in het huis woont. Drie huidige en voormalige medewerkers vertelden anoniem dat de nachtdienst in je eentje niet te doen is.

Tegenover de Britse krant wilde Vennestraat Capital niet ingaan op ‘de gang van zaken in afzonderlijke tehuizen’. Vragen van NRC liet het bedrijf dinsdag onbeantwoord.

De investeerder stond eerder al in de belangstelling: Follow the Money schreef vorig jaar over de schulden waarmee het fonds zijn aankopen financierde.
""",
"03_pl.txt": """Polki o brytyjskim domu opieki: „Nie da się w pojedynkę obrócić 31 osób”
Gazeta Wyborcza
10.03.2027, 14:20

Jedna opiekunka na 31 pensjonariuszy przez całą noc, chorzy na demencję zostawiani w zabrudzonej pościeli nawet na dwie doby. Tak według brytyjskiego dziennika „Manchester Evening News” wygląda codzienność w domu opieki Larkfield House w miasteczku Brindleford.

Jak ujawnił „MEN”, w styczniu przez 19 nocy na dyżurze była tylko jedna osoba. Gazeta dotarła do grafików dyżurów. Dom prowadzi spółka Larkfield Care Ltd, od 2024 r. należąca do holenderskiego funduszu Vennestraat Capital.

Wśród rozmówców brytyjskich dziennikarzy są dwie Polki, które pracowały lub wciąż pracują w placówce. Zastrzegły anonimowość, bo boją się, że stracą pracę. „Nie da się w pojedynkę obrócić 31 osób, rozdać leków i odbierać dzwonków. Coś musi ustąpić i zawsze są to ci, którzy nie mogą się poskarżyć” – cytuje jedną z nich brytyjska gazeta.

Janet Pryce, której 87-letnia matka mieszka w Larkfield House, opowiadała reporterom, że dwa razy zastała ją w tej samej zabrudzonej pościeli. „Mama nie umie nacisnąć dzwonka. Ona po prostu czeka” – mówiła.

Spółka Larkfield Care nie odpowiedziała na pytania „Manchester Evening News”.
""",
}, [
 {"name": "Manchester Evening News", "in_corpus": True},
], [
 {"origin": "Manchester Evening News", "article": "01_en.txt"},
 {"origin": "Manchester Evening News", "article": "02_nl.txt"},
 {"origin": "Manchester Evening News", "article": "03_pl.txt"},
], [
 {"text": "At Larkfield House care home in Brindleford only one carer was on duty overnight for 31 residents on 19 nights in January.",
  "articles": ["00_en.txt", "01_en.txt", "02_nl.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Relatives say residents with dementia at Larkfield House were left in soiled bedding for up to two days.",
  "articles": ["00_en.txt", "01_en.txt", "02_nl.txt", "03_pl.txt"], "independent_sources": 1},
])

# n02: an inspection report published by the Heimaufsicht des Landkreises Ostervelde (outside
# origin). de SZ "Das geht aus dem Prüfbericht der Heimaufsicht … hervor, den die Behörde … auf
# ihrer Internetseite veröffentlicht hat" (unanswered SZ request; background "Report Mainz", no
# edge); pl Onet "Jak podaje „Süddeutsche Zeitung”, powołując się na opublikowany … raport" ->
# edge from SZ (chain); uk "Про це йдеться у звіті перевірки, який … оприлюднила на своєму сайті";
# de tagesschau.de "Die Heimaufsicht … hat … ihren Prüfbericht veröffentlicht" + "heißt es im Bericht".
story("n02_ostervelde_inspection_report", "institution", {
"00_de.txt": """Wundgelegen und falsch dosiert: Heimaufsicht verhängt Aufnahmestopp für Pflegeheim in Hollerbeck
Süddeutsche Zeitung
16. März 2027, 18:05 Uhr

In der Seniorenresidenz Am Mühlenteich in Hollerbeck hatten bei einer unangemeldeten Kontrolle 14 von 61 Bewohnerinnen und Bewohnern Druckgeschwüre, die nicht oder nur unzureichend behandelt worden waren. Das geht aus dem Prüfbericht der Heimaufsicht des Landkreises Ostervelde hervor, den die Behörde am Dienstag auf ihrer Internetseite veröffentlicht hat.

Die Prüferinnen stellten demnach bei neun Bewohnern Fehler bei der Medikation fest, in zwei Fällen seien Blutverdünner doppelt verabreicht worden. In der Nacht zum 2. März waren für alle 61 Bewohner nur zwei Beschäftigte im Dienst, davon eine einzige Pflegefachkraft. Die Heimaufsicht hat einen Aufnahmestopp verhängt und dem Betreiber eine Frist bis Ende April gesetzt.

„Die festgestellten Mängel gefährden die Gesundheit der Bewohnerinnen und Bewohner unmittelbar“, heißt es in dem 23-seitigen Bericht. Unter den Bewohnern sind laut Bericht elf ältere Geflüchtete aus der Ukraine; für sie habe es keine Dolmetscher gegeben, Schmerzen seien deshalb teils nicht erkannt worden. Ein Teil der Pflegekräfte arbeitet über eine Vermittlungsagentur aus Polen im Haus, eingearbeitet worden seien sie kaum.

Betreiber des Heims ist die Pflegewerk Sonnenau GmbH, die sieben Einrichtungen führt. Eine Anfrage der SZ ließ das Unternehmen bis Dienstagabend unbeantwortet.

Das ARD-Magazin „Report Mainz“ hatte bereits im vergangenen Herbst über Personalengpässe bei Heimbetreibern berichtet, die Pflegekräfte über Agenturen im Ausland anwerben.
""",
"01_pl.txt": """Niemcy. Odleżyny i pomyłki w lekach w domu seniora. Pracują tam opiekunki z Polski
Onet
17 marca 2027, 09:12

Odleżyny u 14 z 61 pensjonariuszy, pomyłki w podawaniu leków i jedna wykwalifikowana pielęgniarka na cały dom w nocy – takie nieprawidłowości wykryła kontrola w domu seniora Am Mühlenteich w niemieckim Hollerbeck. Placówka dostała zakaz przyjmowania nowych mieszkańców.

Jak podaje „Süddeutsche Zeitung”, powołując się na opublikowany we wtorek raport tamtejszego nadzoru nad domami opieki, kontrolerki stwierdziły błędy w lekach u dziewięciu osób. W dwóch przypadkach pensjonariusze dostali podwójną dawkę leków przeciwzakrzepowych.

Według monachijskiego dziennika część personelu to opiekunki z Polski, zatrudniane przez agencję pośrednictwa. Z raportu wynika, że prawie nikt ich nie wdrożył do pracy.

„Stwierdzone uchybienia bezpośrednio zagrażają zdrowiu mieszkańców” – cytuje raport „SZ”.

Operator domu, spółka Pflegewerk Sonnenau, ma czas do końca kwietnia na usunięcie nieprawidłowości. Na pytania niemieckiej gazety firma nie odpowiedziała.
""",
"02_uk.txt": """У німецькому будинку для літніх людей, де живуть українці, виявили пролежні та помилки з ліками
Суспільне
17 березня 2027, 10:30

Наглядовий орган округу Остерфельде на півночі Німеччини заборонив приймати нових мешканців до будинку для літніх людей Am Mühlenteich у містечку Голлербек. Серед 61 мешканця закладу — 11 літніх українців, які виїхали від війни. Про це йдеться у звіті перевірки, який інспекція з нагляду за будинками для літніх людей (Heimaufsicht) оприлюднила на своєму сайті у вівторок, 16 березня.

Під час неоголошеної перевірки інспекторки виявили, що в 14 мешканців були пролежні, які не лікували або лікували недостатньо. Ще в дев'яти людей знайшли помилки з ліками: двом, зокрема, двічі дали препарати для розрідження крові.

У звіті окремо згадано українських мешканців. Для них у закладі не було перекладачів, тож персонал часом не розумів, що людям боляче. «Виявлені недоліки безпосередньо загрожують здоров'ю мешканців», — наголошують у документі.

Уночі на 2 березня, за даними перевірки, на весь будинок чергували двоє працівників, і лише одна з них мала фахову освіту медсестри. Компанія-власниця Pflegewerk Sonnenau GmbH має усунути порушення до кінця квітня.

Суспільне надіслало запит компанії. На момент публікації відповіді не надійшло.
""",
"03_de.txt": """Aufnahmestopp nach Kontrolle: Heimaufsicht findet gravierende Pflegemängel in Hollerbeck
tagesschau.de
Stand: 17.03.2027 11:42 Uhr

Nach einer unangemeldeten Prüfung darf die Seniorenresidenz Am Mühlenteich in Hollerbeck vorerst keine neuen Bewohner aufnehmen. Die Heimaufsicht des Landkreises Ostervelde hat ihren Prüfbericht veröffentlicht - er liest sich wie eine lange Mängelliste.

Bei 14 der 61 Bewohnerinnen und Bewohner fanden die Prüferinnen Druckgeschwüre, bei neun weiteren Fehler in der Medikation. In der Nacht zum 2. März war laut Bericht nur eine einzige Pflegefachkraft im Haus, unterstützt von einer Hilfskraft.

„Die Dokumentation der Lagerung war in keinem der geprüften Fälle lückenlos“, heißt es im Bericht. Für die elf Bewohner aus der Ukraine habe es keine Verständigungshilfe gegeben.

Der Betreiber, die Pflegewerk Sonnenau GmbH, muss die Mängel bis zum 30. April beheben. Gelingt das nicht, droht nach dem Bericht die Untersagung des Heimbetriebs.

Das Unternehmen hat sich öffentlich bislang nicht geäußert.
""",
}, [
 {"name": "Heimaufsicht des Landkreises Ostervelde", "in_corpus": False},
], [
 {"origin": "Heimaufsicht des Landkreises Ostervelde", "article": "00_de.txt"},
 {"origin": "Süddeutsche Zeitung", "article": "01_pl.txt"},
 {"origin": "Heimaufsicht des Landkreises Ostervelde", "article": "02_uk.txt"},
 {"origin": "Heimaufsicht des Landkreises Ostervelde", "article": "03_de.txt"},
], [
 {"text": "An inspection of the Seniorenresidenz Am Mühlenteich in Hollerbeck found untreated pressure sores in 14 of its 61 residents and the home was barred from admitting new residents.",
  "articles": ["00_de.txt", "01_pl.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
])

# n03: chain Il Gazzettino (own: letter and chat seen, named and anonymous care workers, reporter at
# the gate, relative) -> Українська правда ("Про це повідомляє італійська газета Il Gazzettino" +
# "Як пише видання" + "цитує газета") -> en "the Italian daily Il Gazzettino reported, as cited by
# Ukrainska Pravda" and ru "сообщает «Украинская правда» со ссылкой на итальянскую газету": both
# edges from Українська правда.
story("n03_gazzettino_chain", "chain", {
"00_it.txt": """Sarmazza, anziani legati al letto e senz'acqua di notte: due operatrici denunciano e vengono licenziate
Il Gazzettino
Venerdì 2 Aprile 2027

Legati al letto con le spondine e le fasce addominali per tutta la notte, senza che nessun medico lo avesse prescritto. E lasciati senz'acqua dalle otto di sera alle sette del mattino, «perché così bagnano meno il pannolone». È quanto raccontano due operatrici socio-sanitarie ucraine della residenza per anziani Villa dei Gelsi di Sarmazza, licenziate a metà marzo pochi giorni dopo aver messo per iscritto le loro segnalazioni alla coordinatrice.

Il Gazzettino ha potuto visionare la lettera firmata dalle due donne, datata 8 marzo, e i messaggi della chat di reparto in cui la coordinatrice chiede di «non fare storie» e di «continuare come sempre». Le lettere di licenziamento, consegnate il 15 marzo, parlano di «venir meno del rapporto fiduciario».

«Di notte eravamo in due per 46 ospiti. Ci dicevano: legateli, altrimenti cadono e la colpa è vostra», racconta Olena Kovalchuk, 51 anni, da undici in Italia. La collega, che chiede di restare anonima perché sta cercando un nuovo lavoro in zona, conferma: «Chi chiedeva un bicchiere d'acqua di notte non lo riceveva».

Ieri mattina, davanti al cancello della struttura gestita dalla cooperativa Primula Assistenza, abbiamo incontrato Giorgio Basso, la cui madre di 93 anni è ospite da due anni. «A volte la trovavo con i polsi arrossati. Mi dicevano che si era agitata durante la notte», dice.

La presidente della cooperativa, Lorena Zanin, non ha risposto alle nostre telefonate né alla mail inviata mercoledì. I sindacati annunciano un esposto in Procura.
""",
"01_uk.txt": """В Італії звільнили двох українських доглядальниць, які поскаржилися на прив'язування літніх людей до ліжок
Українська правда
Субота, 3 квітня 2027, 11:20

У будинку для літніх людей Villa dei Gelsi в італійському містечку Сармацца звільнили двох українок, які працювали там операторками з догляду. Перед тим вони письмово поскаржилися, що підопічних на ніч прив'язують до ліжок і не дають їм води.

Про це повідомляє італійська газета Il Gazzettino.

Як пише видання, жінки 8 березня передали координаторці лист зі скаргами, а 15 березня отримали листи про звільнення через "втрату довіри". Журналісти ознайомилися з цим листом і з повідомленнями робочого чату, в якому координаторка просить "не влаштовувати історій" і "працювати як завжди".

"Вночі нас було двоє на 46 мешканців. Нам казали: прив'язуйте їх, бо інакше вони впадуть, і винні будете ви", – цитує газета 51-річну Олену Ковальчук, яка живе в Італії вже 11 років. Її колега попросила не називати її імені.

Керівниця кооперативу Primula Assistenza, який управляє закладом, на запити газети не відповіла. Італійські профспілки збираються звернутися до прокуратури.
""",
"02_en.txt": """Ukrainian care workers fired after reporting mistreatment at Italian nursing home
The Kyiv Independent
April 3, 2027 3:45 PM

Two Ukrainian care workers were dismissed from a nursing home in Italy days after complaining in writing that elderly residents were being tied to their beds at night and denied water, the Italian daily Il Gazzettino reported, as cited by Ukrainska Pravda.

The women worked as social care operators at the Villa dei Gelsi residence in the town of Sarmazza. They handed a letter to their coordinator on March 8 and received dismissal notices a week later citing a "breakdown of trust," according to the report.

"At night there were two of us for 46 residents," one of them, 51-year-old Olena Kovalchuk, was quoted as saying. "They told us: tie them down, otherwise they fall and it's your fault." Her colleague asked not to be named.

Tens of thousands of Ukrainian women work in elderly care in Italy, many of them as live-in carers known as "badanti."

The cooperative that runs the home, Primula Assistenza, did not respond to the newspaper's requests for comment, Ukrainska Pravda wrote.
""",
"03_ru.txt": """В Италии уволили украинок, пожаловавшихся на обращение со стариками в доме престарелых
РБК-Украина
03.04.2027, 17:02

Двух украинок, работавших сиделками в доме престарелых Villa dei Gelsi в итальянском городке Сармацца, уволили после того, как они пожаловались руководству на обращение с пожилыми постояльцами. Об этом сообщает «Украинская правда» со ссылкой на итальянскую газету Il Gazzettino.

По данным издания, в письменной жалобе женщины рассказали, что на ночь стариков привязывают к кроватям, а с восьми вечера до семи утра не дают им воды. Через неделю после жалобы обе получили уведомления об увольнении.

«Ночью нас было двое на 46 постояльцев», – приводит издание слова 51-летней Елены Ковальчук. Вторая сиделка попросила не называть ее имя.

Кооператив Primula Assistenza, который управляет учреждением, на запросы журналистов не ответил. Итальянские профсоюзы намерены обратиться в прокуратуру.
""",
}, [
 {"name": "Il Gazzettino", "in_corpus": True},
], [
 {"origin": "Il Gazzettino", "article": "01_uk.txt"},
 {"origin": "Українська правда", "article": "02_en.txt"},
 {"origin": "Українська правда", "article": "03_ru.txt"},
], [
 {"text": "Two Ukrainian care workers were dismissed from the Villa dei Gelsi nursing home in Sarmazza after complaining in writing that residents were tied to their beds and denied water at night.",
  "articles": ["00_it.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
])

# n04: TVN24's "Superwizjer" undercover report (own reporter, hidden camera, documents, anonymous
# Ukrainian night carer, named son) -> uk article without outlet line: uncredited close translation
# (keeps "каже вона нашій журналістці"), edge from TVN24, scenario translation; de "Das berichtete das
# Investigativmagazin „Superwizjer“ des polnischen Nachrichtensenders TVN24" + "Laut TVN24"; en "An
# undercover investigation by TVN24's Superwizjer programme has revealed" + "the broadcaster found".
story("n04_superwizjer_illegal_home", "translation", {
"00_pl.txt": """Zamykani na noc na klucz, emerytury na koncie właścicielki. Reporterka „Superwizjera” pracowała w nielegalnym domu opieki
TVN24
2027-04-20 20:35

Siedemnaścioro starszych, w większości leżących osób, jedna opiekunka bez kwalifikacji na całą noc i drzwi do pokojów zamykane od zewnątrz na klucz. Reporterka „Superwizjera” przez dwa tygodnie pracowała jako opiekunka w domu seniora „Pod Jarzębiną” w Zawodziu Górnym. Placówka nie figuruje w żadnym rejestrze prowadzonym przez wojewodę.

Na nagraniach z ukrytej kamery widać, jak właścicielka domu, Halina K., każe zamykać pokoje o godzinie 21. – Jak ktoś w nocy wyjdzie i się przewróci, to jest problem. Jak jest zamknięte, to problemu nie ma – mówi do naszej reporterki.

Z dokumentów, do których dotarli dziennikarze „Superwizjera”, wynika, że emerytury co najmniej dziewięciorga mieszkańców wpływają na rachunek właścicielki. Rodziny dopłacają za pobyt od 4,5 do 6 tys. zł miesięcznie.

Nocne dyżury pełniły głównie kobiety z Ukrainy, zatrudniane bez umów. – Nikt nam nie powiedział, co robić, jak ktoś dostanie ataku. Miałyśmy tylko numer do szefowej – mówi jedna z nich, która prosiła o zachowanie anonimowości.

Tomasz Wierzbicki zabrał matkę z placówki, gdy zobaczył nagrania. – Płaciłem za opiekę, a mama była zamykana jak w celi – mówi. Halina K. nie odpowiedziała na pytania reporterów. Cały reportaż „Superwizjera” w TVN24 we wtorek o godz. 21.30.
""",
"01_uk.txt": """Замикали на ніч на ключ, пенсії йшли на рахунок власниці: у Польщі журналістка попрацювала в нелегальному будинку для літніх людей
21 квітня 2027, 09:40

Сімнадцятеро літніх, переважно лежачих людей, одна доглядальниця без кваліфікації на всю ніч і двері до кімнат, які замикають ззовні на ключ. Журналістка два тижні працювала доглядальницею в будинку для літніх людей «Під горобиною» (Pod Jarzębiną) у селі Заводзє-Ґурне. Заклад не внесений до жодного реєстру, який веде воєвода.

На записах прихованої камери видно, як власниця будинку Галина К. наказує замикати кімнати о 21:00. «Якщо хтось уночі вийде і впаде, це проблема. Якщо зачинено, то проблеми немає», — каже вона нашій журналістці.

З документів, які отримали журналісти, випливає, що пенсії щонайменше дев'ятьох мешканців надходять на рахунок власниці. Родини доплачують за перебування від 4,5 до 6 тисяч злотих на місяць.

Нічні чергування здебільшого несли жінки з України, яких брали на роботу без договорів. «Ніхто нам не сказав, що робити, якщо в когось станеться напад. У нас був тільки номер начальниці», — розповідає одна з них, яка попросила не називати її імені.

Томаш Вєжбицький забрав матір із закладу, коли побачив записи. «Я платив за догляд, а маму замикали, як у камері», — каже він. Галина К. не відповіла на запитання журналістів.
""",
"02_de.txt": """Polen: Undercover-Reporterin deckt illegales Seniorenheim auf
Der Tagesspiegel
21.04.2027, 15:10 Uhr

Nachts wurden die Zimmertüren von außen abgeschlossen, die Renten der Bewohner flossen auf das Konto der Besitzerin: In Polen sorgt ein nicht registriertes privates Seniorenheim für Empörung. Eine Reporterin hatte sich dort zwei Wochen lang als Betreuerin anstellen lassen und mit versteckter Kamera gedreht. Das berichtete das Investigativmagazin „Superwizjer“ des polnischen Nachrichtensenders TVN24 am Dienstagabend.

In dem Heim „Pod Jarzębiną“ im Dorf Zawodzie Górne lebten demnach 17 meist bettlägerige Menschen. Nachts war eine einzige Betreuerin ohne Ausbildung für alle zuständig.

„Wenn nachts einer rausgeht und hinfällt, ist das ein Problem. Wenn abgeschlossen ist, gibt es kein Problem“, sagt die Besitzerin, in dem Beitrag nur Halina K. genannt, in einer der heimlich gefilmten Szenen.

Laut TVN24 gehen die Renten von mindestens neun Bewohnern auf ihr Konto, zusätzlich zahlen die Familien umgerechnet zwischen 1000 und 1400 Euro im Monat. Die Nachtschichten übernahmen überwiegend Frauen aus der Ukraine, die ohne Arbeitsvertrag beschäftigt waren.

Die Besitzerin ließ die Fragen der Reporter unbeantwortet.
""",
"03_en.txt": """Undercover TV investigation exposes unregistered care home that locked elderly residents in at night
Notes from Poland
2027-04-22T08:00:00+02:00

An undercover investigation by TVN24's Superwizjer programme has revealed that elderly residents of an unregistered private care home in the village of Zawodzie Górne were locked in their rooms every night and that the owner was receiving the pensions of at least nine of them into her own bank account.

A Superwizjer reporter worked at the "Pod Jarzębiną" home for two weeks, filming with a hidden camera. The 17 residents, most of them bedridden, were looked after at night by a single carer with no training.

"If someone goes out at night and falls, that's a problem. If the door is locked, there's no problem," the owner, identified only as Halina K. in line with Polish privacy rules, is heard telling the reporter.

Families paid between 4,500 and 6,000 zloty a month on top of the pensions, and night shifts were mostly covered by Ukrainian women working without contracts, the broadcaster found.

Places in public care homes are scarce, and many families turn to private facilities, some of which operate outside any oversight. The owner did not answer the reporters' questions, TVN24 said.
""",
}, [
 {"name": "TVN24", "in_corpus": True},
], [
 {"origin": "TVN24", "article": "01_uk.txt"},
 {"origin": "TVN24", "article": "02_de.txt"},
 {"origin": "TVN24", "article": "03_en.txt"},
], [
 {"text": "Residents of the unregistered care home Pod Jarzębiną in Zawodzie Górne were locked in their rooms at night and the owner received the pensions of at least nine of them.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
])

# n05: a relative's own Facebook post (outside origin Marieke Verhoef). nl Omroep Gelderland "Dat
# schrijft haar dochter Marieke Verhoef in een bericht op Facebook" (unanswered request); nl AD
# "meldde Omroep Gelderland vanochtend als eerste" -> edge from Omroep Gelderland, plus own
# confirmation ("zegt bestuurder … tegen het AD", two more relatives "vertellen deze krant"): AD is
# also an origin; de Aachener Zeitung "Das berichtet die niederländische Tageszeitung „Algemeen
# Dagblad“ (AD)" + "zitiert das Blatt" + "auf ad.nl" -> edge from AD only (it names the post only
# as background); en DutchNews.nl "Marieke Verhoef wrote" + "she said in the post" -> edge from
# Verhoef.
story("n05_facebook_post_wilgenhof", "social_post", {
"00_nl.txt": """Dochter woedend na nacht op de vloer: ‘Mijn moeder lag zeven uur naast haar bed’
Omroep Gelderland
11 mei 2027, 07:14

Een 88-jarige bewoonster van verpleeghuis De Wilgenhof in Lindervoort heeft afgelopen weekend zeven uur op de vloer van haar kamer gelegen voordat iemand haar vond. Dat schrijft haar dochter Marieke Verhoef in een bericht op Facebook dat inmiddels ruim vierduizend keer is gedeeld.

Volgens Verhoef viel haar moeder Riet in de nacht van zaterdag op zondag rond twee uur naast haar bed. Pas bij de ochtendronde, even na negen uur, werd ze gevonden. ‘Onderkoeld, met een blauwe heup en in haar eigen urine,’ schrijft ze.

Bij haar bericht zette Verhoef foto's van de blauwe plekken op de arm en heup van haar moeder. Volgens haar was er die nacht één verpleegkundige voor drie afdelingen met samen 54 bewoners. ‘Dit is niet de schuld van die ene verpleegkundige. Dit is de schuld van wie het rooster maakt.’

Onder het bericht reageren honderden mensen, onder wie familieleden van andere bewoners van De Wilgenhof.

Omroep Gelderland heeft Zorggroep Heuvelrand, waar De Wilgenhof onder valt, om een reactie gevraagd. Die is nog niet gegeven.
""",
"01_nl.txt": """Zorggroep erkent: te weinig personeel in nacht dat bewoonster uren op de grond lag
AD
11-05-27, 16:48

Zorggroep Heuvelrand erkent dat er in de nacht dat een 88-jarige bewoonster van De Wilgenhof in Lindervoort urenlang op de grond lag, te weinig personeel was. ‘Er had een tweede nachtdienst moeten zijn. Die was er niet, en dat had nooit mogen gebeuren,’ zegt bestuurder Anton Kluivers tegen het AD.

De vrouw viel rond twee uur 's nachts naast haar bed en werd pas bij de ochtendronde gevonden, zo'n zeven uur later. Haar dochter had daarover foto's en een boze tekst op sociale media gezet, meldde Omroep Gelderland vanochtend als eerste.

Kluivers bevestigt dat er in de nacht van zaterdag op zondag één verpleegkundige dienst had voor drie afdelingen met 54 bewoners. Een collega had zich ziek gemeld en er werd geen vervanging gevonden. ‘We hebben de familie onze excuses aangeboden.’

Het is niet de eerste keer, zeggen andere families. Twee familieleden van bewoners vertellen deze krant dat hun ouders de afgelopen maanden 's nachts ook lang op hulp moesten wachten. ‘Mijn vader heeft een keer vier uur op de bel gedrukt,’ zegt Henk Roozendaal (64), wiens vader op dezelfde afdeling woont. De ander wil niet met naam in de krant.

De zorggroep zegt het voorval te hebben gemeld bij de toezichthouder.
""",
"02_de.txt": """Niederlande: Seniorin liegt nachts stundenlang am Boden – Heimbetreiber räumt Personalmangel ein
Aachener Zeitung
12. Mai 2027 um 10:31 Uhr

Im niederländischen Lindervoort hat eine 88 Jahre alte Pflegeheimbewohnerin in der Nacht zum Sonntag etwa sieben Stunden auf dem Boden ihres Zimmers gelegen, bevor sie gefunden wurde. Der Betreiber des Heims De Wilgenhof räumt inzwischen ein, dass in jener Nacht zu wenig Personal im Dienst war. Das berichtet die niederländische Tageszeitung „Algemeen Dagblad“ (AD).

„Es hätte einen zweiten Nachtdienst geben müssen. Den gab es nicht, und das hätte nie passieren dürfen“, zitiert das Blatt Anton Kluivers, Vorstand der Zorggroep Heuvelrand. Eine Pflegekraft war demnach für drei Stationen mit 54 Bewohnern zuständig, nachdem sich eine Kollegin krankgemeldet hatte.

Öffentlich geworden war der Fall durch die Tochter der Frau, die Fotos von den Blutergüssen ihrer Mutter in sozialen Netzwerken veröffentlicht hatte.

Weitere Angehörige berichteten auf ad.nl von langen Wartezeiten in der Nacht. Ein Mann sagte, sein Vater habe einmal vier Stunden lang vergeblich geklingelt.

Auch diesseits der Grenze klagen Heimbetreiber seit Jahren darüber, dass sie Nachtdienste kaum noch besetzen können.
""",
"03_en.txt": """Daughter's Facebook post about mother left on care home floor for seven hours goes viral
DutchNews.nl
May 12, 2027

A Facebook post by a woman whose 88-year-old mother spent seven hours lying on the floor of her room in a care home has been shared thousands of times and has sparked a wider debate about night staffing in Dutch nursing homes.

"Hypothermic, with a bruised hip and lying in her own urine," Marieke Verhoef wrote of the moment staff at De Wilgenhof in Lindervoort found her mother during the morning round on Sunday. Her mother had fallen beside her bed at around 2am, she said in the post, which includes photographs of the bruises.

According to Verhoef, a single nurse was on duty that night for three wards with 54 residents between them. "This is not the fault of that one nurse. This is the fault of whoever draws up the rota," she wrote.

Hundreds of people have responded to the post, among them relatives of other residents of the home.

Care sector unions have warned for years that nursing homes struggle to fill night shifts, and that staff are increasingly stretched across several wards.
""",
}, [
 {"name": "Marieke Verhoef", "in_corpus": False},
 {"name": "AD", "in_corpus": True},
], [
 {"origin": "Marieke Verhoef", "article": "00_nl.txt"},
 {"origin": "Omroep Gelderland", "article": "01_nl.txt"},
 {"origin": "AD", "article": "02_de.txt"},
 {"origin": "Marieke Verhoef", "article": "03_en.txt"},
], [
 {"text": "An 88-year-old resident of the De Wilgenhof nursing home in Lindervoort lay on the floor of her room for about seven hours at night while one nurse covered three wards.",
  "articles": ["00_nl.txt", "01_nl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 2},
])

# n06: two independent roots: Corriere della Sera (own: inspection minutes read by the paper,
# anonymous former carer, named relative) and the Italia 1 programme Le Iene (hidden-camera footage,
# outside the corpus). nl NOS "Dat meldt de Italiaanse krant Corriere della Sera, die het
# inspectierapport in handen heeft" -> Corriere; it la Repubblica credits both ("trasmesse ieri sera
# da Le Iene su Italia 1" + "il Corriere della Sera aveva rivelato"); it Il Fatto Quotidiano quote
# first, "è andata in onda domenica sera a Le Iene, il programma di Italia 1" (unanswered request);
# uk ТСН "Відповідні кадри оприлюднила італійська телепрограма Le Iene на каналі Italia 1".
story("n06_glicine_two_roots", "two_roots", {
"00_it.txt": """Vallecorta, l'ispezione nella Rsa Il Glicine: piaghe non curate e un solo operatore di notte. «Gli ospiti lasciati soli»
Corriere della Sera
28 maggio 2027 - 07:41

Undici irregolarità, tre delle quali definite «gravi». Ospiti con piaghe da decubito non medicate da giorni, farmaci conservati in un armadio senza chiave, turni notturni coperti da un solo operatore per un intero piano. È quanto emerge dal verbale dell'ispezione condotta il 12 maggio dai tecnici dell'Azienda sanitaria nella residenza per anziani Il Glicine di Vallecorta, che il Corriere ha potuto leggere.

La struttura, 72 posti letto in convenzione, è gestita dalla cooperativa Solidea Servizi. Nel verbale gli ispettori annotano che «in nessuno dei fascicoli esaminati era presente il piano di mobilizzazione» e che due ospiti «presentavano lesioni di terzo grado non segnalate al medico».

Un'ex operatrice, che chiede di non essere citata per nome, racconta che «da gennaio di notte al secondo piano c'era una persona sola per 24 anziani. Se uno cadeva, gli altri aspettavano».

Anna Ferraresi, la cui madre di 89 anni è ospite del Glicine da tre anni, dice di aver segnalato più volte le piaghe alla direzione: «Mi rispondevano che era l'età».

La cooperativa ha ricevuto una diffida con trenta giorni di tempo per mettersi in regola. Contattato dal Corriere, il presidente di Solidea Servizi, Walter Benedetti, sostiene che «le criticità sono già in gran parte risolte» e che la cooperativa «collabora pienamente con l'Azienda sanitaria».
""",
"01_nl.txt": """Inspectie vindt ernstige misstanden in Italiaans verpleeghuis
NOS
zaterdag 29 mei 2027, 11:02

In een verpleeghuis in het Italiaanse stadje Vallecorta hebben inspecteurs ernstige misstanden aangetroffen. Bewoners hadden doorligwonden die dagenlang niet waren verzorgd en 's nachts stond er op een verdieping met 24 bewoners één verzorgende. Dat meldt de Italiaanse krant Corriere della Sera, die het inspectierapport in handen heeft.

De inspecteurs van de regionale gezondheidsdienst troffen bij hun bezoek op 12 mei elf overtredingen aan, waarvan drie ernstige. Medicijnen stonden in een kast die niet op slot kon en bij twee bewoners waren diepe wonden niet aan een arts gemeld.

‘Als er een viel, moesten de anderen wachten,’ zegt een oud-medewerker, die anoniem wil blijven, tegen de krant. De dochter van een 89-jarige bewoonster zegt dat de directie haar klachten over de wonden steeds afdeed met ‘het is de leeftijd’.

De coöperatie die het huis runt, zegt tegen de Corriere dat de meeste problemen al zijn opgelost. Ze heeft dertig dagen gekregen om alles op orde te brengen.

Italië heeft een van de oudste bevolkingen van Europa en de vraag naar verpleeghuisplekken groeit snel.
""",
"02_it.txt": """Schiaffi e insulti agli anziani, il video delle Iene nella Rsa di Vallecorta già finita sotto ispezione
la Repubblica
31 MAGGIO 2027 ALLE 12:05

Un'operatrice che urla contro un'anziana di 91 anni e la colpisce con uno schiaffo sul volto perché non vuole alzarsi dal letto. Un'altra che trascina un ospite per un braccio lungo il corridoio. Sono le immagini girate con una telecamera nascosta nella residenza per anziani Il Glicine di Vallecorta e trasmesse ieri sera da Le Iene su Italia 1.

Il servizio arriva pochi giorni dopo che il Corriere della Sera aveva rivelato il contenuto del verbale dell'ispezione condotta il 12 maggio dall'Azienda sanitaria: undici irregolarità, tra cui piaghe da decubito non medicate e un solo operatore di notte per 24 ospiti.

«Se non collabori ti lascio qui fino a stasera», si sente dire all'operatrice nel video, prima dello schiaffo. Nel servizio il figlio dell'anziana, intervistato dall'inviato del programma, annuncia una denuncia.

La cooperativa Solidea Servizi, che gestisce la struttura, al Corriere aveva assicurato che «le criticità sono già in gran parte risolte». Dopo la messa in onda non ha rilasciato dichiarazioni.
""",
"03_it.txt": """Rsa Il Glicine, l'anziana presa a schiaffi nel video delle Iene. E la cooperativa tace
Il Fatto Quotidiano
31 Maggio 2027

«Se non collabori ti lascio qui fino a stasera». Poi lo schiaffo. La scena, ripresa di nascosto in una camera della Rsa Il Glicine di Vallecorta, è andata in onda domenica sera a Le Iene, il programma di Italia 1, e in poche ore ha fatto il giro dei social.

La vittima, secondo quanto mostrato nel servizio, è un'ospite di 91 anni che non voleva alzarsi dal letto. Nel filmato si vede anche un'altra operatrice trascinare un anziano per il braccio lungo il corridoio.

Le immagini, spiega l'inviato, sono state raccolte nell'arco di tre settimane. Il figlio della donna, intervistato dalle Iene, ha annunciato che presenterà denuncia.

Il Fatto ha chiesto un commento alla cooperativa Solidea Servizi, che gestisce la struttura: nessuna risposta fino al momento della pubblicazione.
""",
"04_uk.txt": """В італійському будинку для літніх людей працівниця вдарила 91-річну жінку: відео зняли прихованою камерою
ТСН
1 червня 2027, 09:15

У будинку для літніх людей Il Glicine в італійському містечку Валлекорта працівниця накричала на 91-річну мешканку і вдарила її по обличчю, бо та не хотіла вставати з ліжка. Відповідні кадри оприлюднила італійська телепрограма Le Iene на каналі Italia 1.

Відео зняли прихованою камерою. На ньому також видно, як інша працівниця тягне літнього чоловіка за руку коридором.

«Якщо не співпрацюватимеш, залишу тебе тут до вечора», — чути на записі перед ударом.

Син постраждалої в ефірі програми заявив, що звернеться до поліції.

В Італії в догляді за літніми людьми працюють десятки тисяч українок.
""",
}, [
 {"name": "Corriere della Sera", "in_corpus": True},
 {"name": "Le Iene", "in_corpus": False},
], [
 {"origin": "Corriere della Sera", "article": "01_nl.txt"},
 {"origin": "Le Iene", "article": "02_it.txt"},
 {"origin": "Corriere della Sera", "article": "02_it.txt"},
 {"origin": "Le Iene", "article": "03_it.txt"},
 {"origin": "Le Iene", "article": "04_uk.txt"},
], [
 {"text": "A health authority inspection of the Il Glicine care home in Vallecorta found eleven irregularities, including untreated pressure sores and one carer per floor at night.",
  "articles": ["00_it.txt", "01_nl.txt", "02_it.txt"], "independent_sources": 2},
 {"text": "Hidden-camera footage from the Il Glicine care home showed a care worker slapping a 91-year-old resident.",
  "articles": ["02_it.txt", "03_it.txt", "04_uk.txt"], "independent_sources": 2},
])

# n07: wire agency Интерфакс outside the corpus (source in law enforcement; investigators speaking to
# the agency are part of its report). ru РБК "передает «Интерфакс» со ссылкой на источник";
# ru Фонтанка.ру "Об этом сообщает агентство «Интерфакс»" (unanswered request; background mention of
# «Новая газета», no edge); uk УНІАН credit only in the last paragraph "Про це повідомило російське
# агентство «Інтерфакс»"; ru Коммерсантъ "Как сообщил «Интерфакс»" + "По данным «Интерфакса»";
# pl RMF FM (no date line) "podaje rosyjska agencja Interfax".
story("n07_interfax_pansionat", "agency", {
"00_ru.txt": """В Верхнеключевске из частного пансионата вывезли 19 пожилых людей
РБК
14 июн 2027, 10:32

Полиция вывезла 19 пожилых людей из частного пансионата «Уютный двор» в Верхнеключевске, где постояльцы жили в жилом доме с решетками на окнах, передает «Интерфакс» со ссылкой на источник в правоохранительных органах.

По словам собеседника агентства, у владелицы пансионата изъяли банковские карты 14 постояльцев, на которые приходили их пенсии. Двое пожилых людей госпитализированы с истощением.

В региональном управлении СК «Интерфаксу» подтвердили, что возбуждено уголовное дело об оказании услуг, не отвечающих требованиям безопасности. Владелица пансионата задержана.

Пансионат, по данным агентства, работал около трех лет без лицензии и не был внесен в реестр поставщиков социальных услуг. Проживание в нем стоило от 35 тыс. руб. в месяц.
""",
"01_ru.txt": """«Решетки на окнах и пенсии на чужих картах»: в Верхнеключевске закрыли подпольный дом престарелых
Фонтанка.ру
14.06.2027 13:47

В Верхнеключевске правоохранители закрыли частный пансионат для пожилых, где 19 человек содержались в двухэтажном жилом доме с решетками на окнах. Об этом сообщает агентство «Интерфакс» со ссылкой на источник в правоохранительных органах.

По его данным, банковские карты 14 постояльцев, на которые перечислялись пенсии, хранились у владелицы. Двоих стариков с истощением увезли в больницу.

Владелицей «Уютного двора» агентство называет 43-летнюю Светлану Гребенникову. Ее задержали, в отношении нее возбуждено уголовное дело.

«Фонтанка» направила запрос в региональное министерство социальной политики. На момент публикации ответ не получен.

Летом 2025 года о похожем пансионате в соседней области рассказывала «Новая газета».
""",
"02_uk.txt": """У Росії з підпільного будинку для літніх людей вивезли 19 пенсіонерів: вікна були за ґратами
УНІАН
14 червня 2027, 15:05

У російському місті Верхнеключевськ правоохоронці закрили приватний пансіонат для літніх людей, у якому 19 пенсіонерів жили у звичайному житловому будинку з ґратами на вікнах.

Власниця закладу тримала в себе банківські картки 14 постояльців, на які надходили їхні пенсії. Двох літніх людей із виснаженням госпіталізували.

Власницю пансіонату затримали, проти неї порушили кримінальну справу. Заклад близько трьох років працював без ліцензії.

Про це повідомило російське агентство «Інтерфакс» із посиланням на джерело в силових структурах.
""",
"03_ru.txt": """Пансионат для пожилых оказался за решеткой
Коммерсантъ
14.06.2027, 19:20

В Верхнеключевске возбуждено уголовное дело против владелицы частного пансионата для пожилых «Уютный двор» Светланы Гребенниковой. Как сообщил «Интерфакс», из ее дома вывезли 19 постояльцев, живших за решетками на окнах, а банковские карты 14 из них, куда приходили пенсии, хранились у владелицы.

Дело возбуждено по ч. 2 ст. 238 УК РФ (оказание услуг, не отвечающих требованиям безопасности). Двое постояльцев госпитализированы с истощением, сообщил источник агентства.

По данным «Интерфакса», пансионат работал около трех лет и не значился в реестре поставщиков социальных услуг. Проживание стоило от 35 тыс. руб. в месяц.

Защиту госпожи Гребенниковой “Ъ” найти не удалось.
""",
"04_pl.txt": """Rosja. Seniorzy za kratami w nielegalnym domu opieki. Właścicielka zatrzymana
RMF FM

19 starszych osób mieszkało w zwykłym domu jednorodzinnym z kratami w oknach w rosyjskim Wierchniekluczewsku. Policja zamknęła nielegalny dom opieki, a jego właścicielkę zatrzymano.

Kobieta przetrzymywała karty bankowe 14 pensjonariuszy, na które wpływały ich emerytury - podaje rosyjska agencja Interfax, powołując się na źródło w organach ścigania. Dwie osoby trafiły do szpitala z powodu skrajnego wycieńczenia.

Według agencji placówka działała bez licencji od około trzech lat. Za pobyt rodziny płaciły co najmniej 35 tys. rubli miesięcznie.

Właścicielce grozi odpowiedzialność karna za świadczenie usług niespełniających wymogów bezpieczeństwa.
""",
}, [
 {"name": "Интерфакс", "in_corpus": False},
], [
 {"origin": "Интерфакс", "article": "00_ru.txt"},
 {"origin": "Интерфакс", "article": "01_ru.txt"},
 {"origin": "Интерфакс", "article": "02_uk.txt"},
 {"origin": "Интерфакс", "article": "03_ru.txt"},
 {"origin": "Интерфакс", "article": "04_pl.txt"},
], [
 {"text": "Police removed 19 elderly residents from the unlicensed private care home Uyutny Dvor in Verkhneklyuchevsk, where the owner held 14 residents' pension bank cards.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_ru.txt", "04_pl.txt"], "independent_sources": 1},
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 185 (nursing homes, elderly care and care "
                   "inspectors; real outlet names, everything else invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
