#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand174 set (all invented;
real media names as outlets, invented events, people, places, bodies, figures and quotes)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# v01: in-corpus scoop (Gazeta Wyborcza: internal note of the commission seen by the paper + two
# anonymous commission members), relayed 3x. pl own "dotarła „Wyborcza"" + "rozmawiali z nami pod
# warunkiem zachowania anonimowości"; de "Das berichtet die „Gazeta Wyborcza" unter Berufung auf"
# + "bestätigten dem Warschauer Blatt"; en "according to an internal note ... published by Gazeta
# Wyborcza" + "told Wyborcza"; uk "Про це пише польська «Газета Виборча»" + "розповіли «Виборчій»".
# Background only: Polsat News (pl), Reuters (en).
story("v01_wyborcza_night_recount", "scoop", {
"00_pl.txt": """Nocne liczenie bez mężów zaufania. Dotarliśmy do notatki komisji wyborczej z Kamieńca Warckiego
Gazeta Wyborcza
7 września 2027 | 06:00

W nocy po niedzielnych wyborach uzupełniających do Senatu członkowie okręgowej komisji wyborczej w Kamieńcu Warckim ponownie przeliczyli 2316 kart do głosowania z trzech obwodów w gminie Ostrowite Małe. Zrobili to w zamkniętej sali, bez mężów zaufania i obserwatorów społecznych. Tak wynika z wewnętrznej notatki służbowej komisji, do której dotarła „Wyborcza".

Notatka, datowana na 6 września i podpisana przez sekretarza komisji, stwierdza, że karty z obwodów nr 7, 9 i 11 „przeliczono powtórnie w celu wyjaśnienia rozbieżności". Z dołączonego do niej zestawienia wynika, że przed powtórnym liczeniem Tadeusz Gromala prowadził w okręgu nr 104 przewagą 412 głosów nad Haliną Mrozek-Wilk. Po nim to Mrozek-Wilk miała 58 głosów więcej – i to ją komisja ogłosiła w poniedziałek zwyciężczynią.

Dwóch członków komisji, którzy rozmawiali z nami pod warunkiem zachowania anonimowości, potwierdza, że około godz. 2 w nocy mężów zaufania poproszono o opuszczenie budynku. – Powiedziano nam, że zostało już tylko porządkowanie papierów. Nikt nie mówił o liczeniu od nowa – mówi jeden z nich. Drugi dodaje, że worki z kartami z Ostrowitego „stały otwarte przez całą noc".

Przewodnicząca komisji Ewa Sarnecka w rozmowie z „Wyborczą" zapewnia, że wszystko odbyło się zgodnie z kodeksem wyborczym. – Sprawdzaliśmy wyłącznie, czy liczba kart zgadza się z liczbą podpisów w spisach. Wyniku nikt nie zmieniał – mówi.

Sztab Gromali zapowiada protest wyborczy. Wybory uzupełniające w okręgu nr 104 zarządzono po śmierci senatora Władysława Ciecierskiego. Frekwencja wyniosła – jak podawał w niedzielę wieczorem Polsat News – niespełna 29 proc.
""",
"01_de.txt": """Nachwahl in Polen: Stimmzettel nachts ohne Beobachter neu gezählt
Frankfurter Allgemeine Zeitung
07.09.2027, 14:32

Nach der Nachwahl zum polnischen Senat im Wahlkreis um die Kleinstadt Kamieniec Warcki gibt es schwere Vorwürfe gegen die zuständige Wahlkommission. Deren Mitglieder sollen in der Nacht zum Montag 2316 Stimmzettel aus drei Wahllokalen der Gemeinde Ostrowite Małe ein zweites Mal ausgezählt haben – hinter verschlossenen Türen und ohne Wahlbeobachter. Das berichtet die „Gazeta Wyborcza" unter Berufung auf einen internen Vermerk der Kommission, der der Zeitung vorliegt.

Vor der zweiten Zählung lag dem Bericht zufolge der Kandidat Tadeusz Gromala mit 412 Stimmen vorn. Danach hatte seine Konkurrentin Halina Mrozek-Wilk 58 Stimmen mehr; die Kommission erklärte sie am Montag zur Siegerin.

Zwei Kommissionsmitglieder bestätigten dem Warschauer Blatt unter der Bedingung, nicht namentlich genannt zu werden, dass die Beobachter gegen zwei Uhr nachts gebeten worden seien, das Gebäude zu verlassen. Ihnen sei gesagt worden, es würden nur noch Unterlagen geordnet.

Die Vorsitzende der Kommission, Ewa Sarnecka, wies die Vorwürfe gegenüber der „Wyborcza" zurück. Man habe lediglich überprüft, ob die Zahl der Stimmzettel mit den Unterschriften in den Wählerverzeichnissen übereinstimme; am Ergebnis sei nichts verändert worden.

Gromalas Wahlkampfteam kündigte einen Wahlprotest an, über den in Polen das Oberste Gericht entscheidet. Die Nachwahl war nach dem Tod des Senators Władysław Ciecierski nötig geworden.
""",
"02_en.txt": """Polish Senate by-election ballots 'recounted at night without observers', report says
The Guardian
Tue 7 Sep 2027 16.05 BST

Officials in a Polish Senate by-election recounted more than 2,000 ballots overnight behind closed doors after observers had been sent away, according to an internal note from the district electoral commission published by Gazeta Wyborcza.

The note, which the Warsaw-based daily said it had obtained, shows that 2,316 ballots from three polling stations in the rural municipality of Ostrowite Małe were counted a second time in the early hours of Monday. Before the recount, Tadeusz Gromala led Halina Mrozek-Wilk by 412 votes; afterwards Mrozek-Wilk was 58 votes ahead, and the commission declared her the winner in district 104, centred on the town of Kamieniec Warcki.

Two commission members, speaking to the paper on condition of anonymity, said observers were asked to leave the building at about 2am and were told that staff were only "sorting out paperwork".

The commission's chair, Ewa Sarnecka, told Wyborcza that everything had been done by the book. "We only checked whether the number of ballots matched the number of signatures on the registers. Nobody changed the result," she said.

Gromala's campaign said it would file an electoral protest, which will be examined by Poland's supreme court. The by-election was called after the death of the senator Władysław Ciecierski. Reuters had reported on polling day that turnout in the district was below 30%.
""",
"03_uk.txt": """У Польщі бюлетені з довиборів до Сенату вночі перерахували без спостерігачів – «Газета Виборча»
Українська правда
7 вересня 2027, 18:40

Члени окружної виборчої комісії в польському місті Кам'єнець-Варцький у ніч після довиборів до Сенату повторно перерахували 2316 бюлетенів із трьох дільниць ґміни Островіте-Мале – за зачиненими дверима і без спостерігачів.

Про це пише польська «Газета Виборча», яка отримала внутрішню службову записку комісії.

За даними видання, до повторного підрахунку кандидат Тадеуш Ґромаля випереджав Галину Мрозек-Вільк на 412 голосів. Після нього вже Мрозек-Вільк мала на 58 голосів більше, і в понеділок комісія оголосила переможницею саме її.

Двоє членів комісії на умовах анонімності розповіли «Виборчій», що спостерігачів близько другої ночі попросили залишити будівлю. Їм пояснили, що залишилося тільки «впорядкувати папери».

Голова комісії Ева Сарнецька в коментарі газеті запевнила, що все відбувалося відповідно до виборчого кодексу: члени комісії лише звіряли кількість бюлетенів із кількістю підписів у списках, а результат ніхто не змінював.

Штаб Ґромалі заявив, що подасть виборчий протест до Верховного суду. Довибори в окрузі №104, які відбулися в неділю, 5 вересня, призначили після смерті сенатора Владислава Цецерського.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": "01_de.txt"},
 {"origin": "Gazeta Wyborcza", "article": "02_en.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_uk.txt"}],
[{"text": "Members of the district electoral commission in Kamieniec Warcki recounted 2,316 ballots from three polling stations in Ostrowite Małe overnight, without observers.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Before the recount Tadeusz Gromala led by 412 votes; afterwards Halina Mrozek-Wilk was 58 votes ahead and was declared the winner.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Commission chair Ewa Sarnecka said only the number of ballots was checked against the signatures and the result was not changed.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

# v02: an electoral body's own statement on its website, taken directly by pt, fr, en and ru (ru has
# no outlet line); de takes it via Público (chain: edge from Público, root the assembly).
# pt "num comunicado divulgado no site da assembleia" + "lê-se no comunicado" + "Contactado pelo
# PÚBLICO, ... não quis comentar" (no own reporting); fr "selon un communiqué mis en ligne mercredi
# sur son site" + "écrit l'instance" (+ background: Público in 2021); en "they said in a statement
# posted on their website"; de "Wie die Lissabonner Tageszeitung Público berichtet ... Das Blatt
# beruft sich auf eine Mitteilung"; ru "говорится в заявлении комиссии, опубликованном ... на её сайте".
story("v02_almarez_commission_statement", "statement", {
"00_pt.txt": """Vale de Almarez: votação em Cerdeira do Vale anulada, freguesia volta às urnas a 10 de Outubro
Público
15 de Setembro de 2027, 13:42

A assembleia de apuramento geral das eleições intercalares de Vale de Almarez anulou a votação na freguesia de Cerdeira do Vale, onde no domingo votaram 611 eleitores, e marcou a repetição do acto eleitoral naquela freguesia para 10 de Outubro. A decisão foi tornada pública esta quarta-feira, num comunicado divulgado no site da assembleia.

De acordo com a nota, assinada pela presidente da assembleia, a juíza Teresa Monforte Lobo, o selo da urna da única mesa de voto da freguesia "foi encontrado rompido" quando o material eleitoral chegou aos Paços do Concelho. Além disso, a urna continha mais 23 boletins do que o número de eleitores descarregados nos cadernos.

"Não estando asseguradas a integridade e a fiabilidade do escrutínio, a assembleia não pode validar os resultados desta assembleia de voto", lê-se no comunicado.

Sem os votos de Cerdeira do Vale, a coligação Mais Vale, encabeçada por Joaquim Alvarenga, e o movimento independente Almarez Primeiro, de Rosa Quintela, ficam separados por apenas dois votos, refere o documento, que remete a atribuição dos mandatos para depois da nova votação.

Contactado pelo PÚBLICO, Joaquim Alvarenga não quis comentar. O movimento Almarez Primeiro remeteu uma reacção para mais tarde. As eleições intercalares foram convocadas depois da dissolução da câmara municipal, em Maio, na sequência da renúncia de quatro vereadores.
""",
"01_fr.txt": """Au Portugal, une urne au scellé rompu fait annuler le vote d'une paroisse
Le Monde
Publié le 15 septembre 2027 à 17h20

Les électeurs de Cerdeira do Vale, une paroisse rurale de la commune portugaise de Vale de Almarez, devront retourner aux urnes. L'assemblée chargée du recensement général des votes de l'élection municipale partielle du dimanche 12 septembre a annulé le scrutin dans cette paroisse, où 611 personnes avaient voté, selon un communiqué mis en ligne mercredi sur son site. Le vote y sera réorganisé le 10 octobre.

D'après ce texte, signé par la juge Teresa Monforte Lobo, qui préside l'assemblée, le scellé de l'urne de l'unique bureau de vote de la paroisse a été retrouvé rompu à l'arrivée du matériel électoral à la mairie. L'urne contenait en outre 23 bulletins de plus que le nombre d'électeurs ayant émargé.

« L'intégrité et la fiabilité du dépouillement n'étant pas garanties, l'assemblée ne peut valider les résultats de ce bureau de vote », écrit l'instance.

L'enjeu est de taille : sans Cerdeira do Vale, la coalition Mais Vale de Joaquim Alvarenga et le mouvement indépendant Almarez Primeiro de Rosa Quintela ne sont séparés que par deux voix, précise le communiqué.

La commune, dont de nombreuses familles ont des proches installés en France, n'en est pas à sa première controverse électorale : en 2021 déjà, le quotidien lisboète Público avait relevé des anomalies dans ses listes électorales.
""",
"02_en.txt": """Portuguese vote-counting body annuls parish ballot after broken seal found
Reuters
September 15, 2027 11:58 AM GMT+1

LISBON, Sept 15 (Reuters) - Officials overseeing a municipal by-election in the central Portuguese town of Vale de Almarez have annulled the vote in one parish after finding the seal on its ballot box broken, and ordered a rerun there on Oct. 10, they said in a statement posted on their website on Wednesday.

The general counting assembly said the box from Cerdeira do Vale, where 611 people voted on Sunday, also held 23 more ballots than the number of voters marked off on the register.

"Since the integrity and reliability of the count are not assured, the assembly cannot validate the results of this polling station," the statement said.

Without the parish, the Mais Vale coalition led by Joaquim Alvarenga and the independent Almarez Primeiro movement of Rosa Quintela are two votes apart, according to the statement, which was signed by the assembly's president, judge Teresa Monforte Lobo.

Neither candidate immediately responded to requests for comment. The by-election was called after the municipal council was dissolved in May, when four councillors resigned.

(Reporting by Inês Valadares; Editing by Mark Hollister)
""",
"03_de.txt": """Gebrochenes Siegel: Portugiesisches Dorf muss neu wählen
Süddeutsche Zeitung
16. September 2027, 9:15 Uhr

In der portugiesischen Gemeinde Vale de Almarez muss ein Teil der Kommunal-Nachwahl wiederholt werden. Wie die Lissabonner Tageszeitung Público berichtet, hat der zuständige Wahlausschuss die Abstimmung in der Ortschaft Cerdeira do Vale für ungültig erklärt. Das Blatt beruft sich auf eine Mitteilung des Gremiums. In Cerdeira do Vale hatten am Sonntag 611 Menschen ihre Stimme abgegeben.

Das Siegel der Wahlurne sei gebrochen gewesen, als das Wahlmaterial im Rathaus ankam; zudem hätten in der Urne 23 Stimmzettel mehr gelegen, als Wähler im Verzeichnis abgehakt worden waren – so zitiert Público aus der Mitteilung. Am 10. Oktober sollen die Bewohner der Ortschaft erneut abstimmen.

Wie knapp es in Vale de Almarez zugeht, zeigt ein Detail, auf das die Zeitung hinweist: Ohne die Stimmen aus Cerdeira do Vale trennen die Liste Mais Vale von Joaquim Alvarenga und die unabhängige Bewegung Almarez Primeiro von Rosa Quintela gerade einmal zwei Stimmen.

Alvarenga wollte sich gegenüber Público nicht äußern. Die Nachwahl war nötig geworden, nachdem im Mai vier Mitglieder des Gemeinderats zurückgetreten waren und das Gremium aufgelöst wurde. Wann das Ergebnis feststeht, ist offen.
""",
"04_ru.txt": """В Португалии аннулировали итоги голосования в приходе, где на урне сорвали пломбу
15.09.2027 19:05

Комиссия по подведению общих итогов дополнительных муниципальных выборов в португальском муниципалитете Вале-де-Алмареш аннулировала результаты голосования в приходе Сердейра-ду-Вале. Об этом говорится в заявлении комиссии, опубликованном в среду на её сайте.

Как отмечается в документе, пломба на урне единственного избирательного участка прихода оказалась сорвана, когда бюллетени доставили в здание муниципалитета. Кроме того, в урне нашли на 23 бюллетеня больше, чем было отмечено избирателей в списках. В воскресенье в приходе проголосовали 611 человек.

«Поскольку целостность и достоверность подсчёта не обеспечены, комиссия не может признать результаты этого участка», — говорится в заявлении, которое подписала председатель комиссии, судья Тереза Монфорте Лобу.

Повторное голосование в Сердейра-ду-Вале назначено на 10 октября. Досрочные выборы в Вале-де-Алмареш потребовались после того, как в мае из-за отставки четырёх членов был распущен муниципальный совет. Муниципалитет с населением около девяти тысяч человек расположен в центральной части Португалии.

Кому достанется пост главы муниципалитета, станет ясно только после повторного голосования. Лидеры обоих ведущих списков — коалиции «Mais Vale» Жоакина Алваренги и независимого движения «Almarez Primeiro» Розы Кинтелы — пока публично не комментировали решение комиссии.
""",
}, [{"name": "Assembleia de Apuramento Geral de Vale de Almarez", "in_corpus": False}],
[{"origin": "Assembleia de Apuramento Geral de Vale de Almarez", "article": "00_pt.txt"},
 {"origin": "Assembleia de Apuramento Geral de Vale de Almarez", "article": "01_fr.txt"},
 {"origin": "Assembleia de Apuramento Geral de Vale de Almarez", "article": "02_en.txt"},
 {"origin": "Público", "article": "03_de.txt"},
 {"origin": "Assembleia de Apuramento Geral de Vale de Almarez", "article": "04_ru.txt"}],
[{"text": "The vote in the parish of Cerdeira do Vale, where 611 people voted, was annulled because the ballot box seal was broken and it held 23 ballots too many.",
  "articles": ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The vote in Cerdeira do Vale will be rerun on 10 October.",
  "articles": ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Without the parish, the Mais Vale coalition and the Almarez Primeiro movement are separated by two votes.",
  "articles": ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1}])

# v03: own report (Новая газета Европа: correspondent at the polling station, copy of the protocol);
# an UNCREDITED close Ukrainian translation published the next day (ЛІГА.net keeps "наш кореспондент",
# "розповіла нашому кореспондентові", "нашому виданню"); credited relays in de and pt.
# ru own "Корреспондент «Новой газеты Европа» провёл ночь" + "рассказала нашему корреспонденту";
# de "Das berichtet die Exilzeitung „Nowaja Gaseta Europa", deren Korrespondent" + "zitiert die
# Zeitung" + "das dem Blatt in Kopie vorliegt"; pt "O caso foi relatado pelo jornal russo no exílio
# Novaya Gazeta Europa" + "contou ao jornal" + "Ainda de acordo com o relato".
story("v03_novaya_observers_removed", "translation", {
"00_ru.txt": """«Выведите их». Как в Верхнеозёрске удалили наблюдателей перед подсчётом голосов
Новая газета Европа
20 сентября 2027, 08:15

В воскресенье вечером, через сорок минут после закрытия участков на выборах в городскую думу Верхнеозёрска, полицейские вывели из помещения участковой избирательной комиссии № 1412 трёх наблюдателей независимого кандидата Ольги Терновой. Корреспондент «Новой газеты Европа» провёл ночь у здания школы № 5, где располагался участок, и видел, как наблюдателей усаживали в полицейский автобус. Это произошло в 21:40 — до начала подсчёта голосов.

«Председатель сказал полицейским: "Выведите их, они мешают работе комиссии". Мы даже не успели сфотографировать увеличенную форму протокола», — рассказала нашему корреспонденту наблюдательница Мария Ковыркина. По её словам, за день наблюдатели насчитали на участке около 900 проголосовавших.

Согласно итоговому протоколу, копию которого утром получила «Новая газета Европа», на участке проголосовали 2411 человек. За самовыдвиженца Геннадия Лапшина, которого поддерживала мэрия, отдано 1873 голоса, за Терновую — 312.

Около половины двенадцатого ночи председатель комиссии Сергей Бутусов вышел из школы с двумя спортивными сумками и уехал на машине без номеров — это видел наш корреспондент. На вопросы «Новой газеты Европа» Бутусов отвечать отказался.

Терновая заявила нашему изданию, что будет оспаривать итоги в суде. «У нас есть записи с телефонов наблюдателей до 21:40. Этого достаточно, чтобы показать, что явка была в два с половиной раза меньше», — сказала она.
""",
"01_uk.txt": """«Виведіть їх». Як у російському Верхньоозерську видалили спостерігачів перед підрахунком голосів
ЛІГА.net
21.09.2027 10:42

У неділю ввечері, через сорок хвилин після закриття дільниць на виборах до міської думи Верхньоозерська, поліцейські вивели з приміщення дільничної виборчої комісії № 1412 трьох спостерігачів незалежної кандидатки Ольги Тернової. Наш кореспондент провів ніч біля будівлі школи № 5, де розташовувалася дільниця, і бачив, як спостерігачів садовили в поліцейський автобус. Це сталося о 21:40 — до початку підрахунку голосів.

«Голова сказав поліцейським: "Виведіть їх, вони заважають роботі комісії". Ми навіть не встигли сфотографувати збільшену форму протоколу», — розповіла нашому кореспондентові спостерігачка Марія Ковиркіна. За її словами, за день спостерігачі нарахували на дільниці близько 900 виборців.

Згідно з підсумковим протоколом, копію якого вранці отримало наше видання, на дільниці проголосували 2411 осіб. За самовисуванця Геннадія Лапшина, якого підтримувала мерія, віддано 1873 голоси, за Тернову — 312.

Близько пів на дванадцяту ночі голова комісії Сергій Бутусов вийшов зі школи з двома спортивними сумками й поїхав автомобілем без номерів — це бачив наш кореспондент. Відповідати на запитання нашого видання Бутусов відмовився.

Тернова заявила нашому виданню, що оскаржуватиме результати в суді. «У нас є записи з телефонів спостерігачів до 21:40. Цього достатньо, щоб показати, що явка була у два з половиною рази меншою», — сказала вона.
""",
"02_de.txt": """Kommunalwahl in Russland: Polizei führt Wahlbeobachter vor der Auszählung ab
Der Spiegel
20.09.2027, 15.47 Uhr

Bei der Wahl zum Stadtrat der russischen Stadt Werchneosjorsk haben Polizisten am Sonntagabend drei Beobachter aus einem Wahllokal geführt – kurz bevor dort mit der Auszählung der Stimmen begonnen wurde. Das berichtet die Exilzeitung „Nowaja Gaseta Europa", deren Korrespondent die Nacht vor dem Wahllokal in der Schule Nr. 5 verbrachte und beobachtete, wie die drei in einen Polizeibus gesetzt wurden.

Die Beobachter arbeiteten für die unabhängige Kandidatin Olga Ternowaja. „Der Vorsitzende sagte zu den Polizisten: ‚Führen Sie sie raus, sie stören die Arbeit der Kommission'", zitiert die Zeitung die Beobachterin Marija Kowyrkina. Tagsüber hätten die Beobachter rund 900 Wählerinnen und Wähler gezählt.

Laut dem Protokoll, das dem Blatt in Kopie vorliegt, gaben in dem Wahllokal dagegen 2411 Menschen ihre Stimme ab. Auf den von der Stadtverwaltung unterstützten Kandidaten Gennadi Lapschin entfielen demnach 1873 Stimmen, auf Ternowaja 312.

Der Vorsitzende der Wahlkommission des Wahllokals, Sergej Butussow, ließ Fragen der Zeitung unbeantwortet. Unabhängige Wahlbeobachter hatten bereits vor der Abstimmung über Behinderungen in mehreren Regionen geklagt.
""",
"03_pt.txt": """Rússia: observadores retirados pela polícia antes da contagem dos votos, relata jornal no exílio
Público
21 de Setembro de 2027, 7:30

Três observadores de uma candidata independente foram retirados pela polícia de uma assembleia de voto em Verkhneozyorsk, na Rússia, no domingo à noite, poucos minutos antes de começar a contagem dos votos das eleições para a assembleia municipal da cidade. O caso foi relatado pelo jornal russo no exílio Novaya Gazeta Europa, cujo correspondente passou a noite à porta da escola onde funcionava a mesa de voto.

Segundo o jornal, os observadores trabalhavam para Olga Ternovaya, professora e candidata independente. "O presidente disse aos polícias: 'Levem-nos, estão a perturbar o trabalho da comissão'", contou ao jornal a observadora Maria Kovyrkina.

Ainda de acordo com o relato, por volta das 23h30 o presidente da mesa, Serguei Butusov, saiu do edifício com dois sacos desportivos e partiu num carro sem matrícula. Butusov recusou responder às perguntas do jornal.

Ternovaya disse à Novaya Gazeta Europa que vai contestar os resultados em tribunal. "Temos gravações dos telemóveis dos observadores até às 21h40", afirmou.

As eleições municipais realizaram-se em várias regiões da Rússia no mesmo fim-de-semana.
""",
}, [{"name": "Новая газета Европа", "in_corpus": True}],
[{"origin": "Новая газета Европа", "article": "01_uk.txt"},
 {"origin": "Новая газета Европа", "article": "02_de.txt"},
 {"origin": "Новая газета Европа", "article": "03_pt.txt"}],
[{"text": "Police removed three observers of independent candidate Olga Ternovaya from polling station No. 1412 in Verkhneozyorsk at 21:40, before the count.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_pt.txt"], "independent_sources": 1},
 {"text": "The protocol recorded 2,411 voters, 1,873 votes for Lapshin and 312 for Ternovaya, while observers had counted about 900 voters.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Ternovaya said she would challenge the result in court.",
  "articles": ["00_ru.txt", "01_uk.txt", "03_pt.txt"], "independent_sources": 1}])

# v04: three-step chain Expresso -> Le Figaro -> Onet (credits Le Figaro, names Expresso as its
# source) and Європейська правда (credits Le Figaro only). pt own "O Expresso teve acesso às guias
# de remessa" + "disse ao Expresso um funcionário ... que pediu para não ser identificado"; fr
# "révèle l'hebdomadaire portugais Expresso" + "Selon le journal lisboète" + "Contactée par Le
# Figaro, ... n'a pas donné suite" (unanswered: no own reporting); pl "Jak podaje francuski dziennik
# „Le Figaro", powołując się na ustalenia portugalskiego tygodnika „Expresso"" + "Według francuskiej
# gazety"; uk "Про це пише французька газета Le Figaro" + "За даними «Фігаро»".
story("v04_expresso_postal_votes_chain", "chain", {
"00_pt.txt": """9400 votos de emigrantes em França chegaram a Lisboa depois de fechada a contagem
Expresso
24 setembro 2027 19:02

Cerca de 9400 votos por correspondência de eleitores portugueses residentes em França, nas legislativas antecipadas de 12 de setembro, só chegaram a Lisboa esta sexta-feira — dois dias depois de encerrado o apuramento do círculo da Europa. Não vão ser contados. O Expresso teve acesso às guias de remessa dos 31 sacos, que mostram que o correio esteve retido desde 9 de setembro num armazém da empresa Véloce Courrier em Saint-Genis-des-Monts, nos arredores de Lyon.

A empresa, subcontratada para a triagem de correio internacional, só despachou os sacos na quarta-feira à noite. "Chegaram fechados, com as etiquetas de 9 de setembro. Ninguém lhes tocou", disse ao Expresso um funcionário da administração eleitoral que pediu para não ser identificado. Um segundo funcionário confirmou a data de entrega.

A lei não deixa margem: os votos que chegam depois do fim do apuramento não são considerados. "Lamentamos profundamente, mas não podemos abrir os sacos", afirmou ao Expresso a presidente da assembleia de apuramento do círculo da Europa, Graça Belmonte.

O número está longe de ser irrelevante. O segundo mandato do círculo foi decidido por 1150 votos, de acordo com os resultados oficiais publicados na quarta-feira.

A Véloce Courrier não respondeu às perguntas enviadas pelo Expresso.
""",
"01_fr.txt": """Législatives au Portugal : 9400 votes d'émigrés en France sont arrivés trop tard à Lisbonne
Le Figaro
Publié le 25/09/2027 à 10:47

Près de 9400 bulletins envoyés par correspondance par des Portugais de France pour les législatives anticipées du 12 septembre ne seront jamais comptés. Ils sont arrivés à Lisbonne vendredi, deux jours après la clôture du dépouillement de la circonscription Europe, révèle l'hebdomadaire portugais Expresso.

Selon le journal lisboète, qui a pu consulter les bordereaux d'expédition, les 31 sacs de courrier étaient bloqués depuis le 9 septembre dans un entrepôt de la société Véloce Courrier à Saint-Genis-des-Monts, près de Lyon. « Ils sont arrivés fermés, avec les étiquettes du 9 septembre », a confié à Expresso un fonctionnaire de l'administration électorale portugaise, sous couvert d'anonymat.

Le second siège de la circonscription Europe s'est joué à 1150 voix, souligne l'hebdomadaire. La présidente de l'assemblée de recensement, Graça Belmonte, a indiqué au journal que la loi interdisait d'ouvrir les sacs.

Contactée par Le Figaro, la société Véloce Courrier n'a pas donné suite. Les Portugais établis en France forment la plus importante communauté d'électeurs de la circonscription Europe.
""",
"02_pl.txt": """Głosy emigrantów utknęły w magazynie pod Lyonem. „Le Figaro": nie zostaną policzone
Onet
25 września 2027, 15:20

Prawie 9400 kart do głosowania wysłanych pocztą przez Portugalczyków mieszkających we Francji dotarło do Lizbony za późno, by mogły zostać uwzględnione w wynikach przedterminowych wyborów parlamentarnych z 12 września. Jak podaje francuski dziennik „Le Figaro", powołując się na ustalenia portugalskiego tygodnika „Expresso", worki z kartami przez ponad dwa tygodnie leżały w magazynie firmy kurierskiej pod Lyonem.

Według francuskiej gazety chodzi o 31 worków, które od 9 września przechowywano w magazynie spółki Véloce Courrier w Saint-Genis-des-Monts. Do Lizbony dotarły w piątek, dwa dni po zakończeniu liczenia głosów w okręgu europejskim.

Jak pisze „Le Figaro", portugalskie prawo nie pozwala uwzględnić głosów, które wpłynęły po zamknięciu ustalania wyników. Paryski dziennik bezskutecznie próbował uzyskać komentarz firmy kurierskiej. Według gazety sprawa wywołała oburzenie wśród portugalskich emigrantów, którzy głosowali z zagranicy po raz pierwszy w tak dużej liczbie.

Portugalczycy z Francji to najliczniejsza grupa wyborców w okręgu obejmującym Europę. Kłopoty z głosowaniem korespondencyjnym za granicą nie są obce także polskim wyborcom – w przeszłości skarżyli się na nie m.in. Polacy mieszkający w Wielkiej Brytanii.
""",
"03_uk.txt": """Понад 9 тисяч голосів португальців із Франції надійшли вже після підрахунку – Le Figaro
Європейська правда
26 вересня 2027, 09:10

Близько 9400 бюлетенів, які португальці, що мешкають у Франції, надіслали поштою на дострокових парламентських виборах 12 вересня, надійшли до Лісабона вже після завершення підрахунку голосів у європейському окрузі. Враховувати їх не будуть. Про це пише французька газета Le Figaro.

За даними «Фігаро», 31 мішок із бюлетенями з 9 вересня перебував на складі кур'єрської компанії Véloce Courrier поблизу Ліона і до Лісабона потрапив лише в п'ятницю – через два дні після завершення підрахунку.

Як зазначає видання, другий мандат в окрузі «Європа» було розподілено з різницею в 1150 голосів, тож запізнілі бюлетені теоретично могли вплинути на результат.

Голова комісії з підрахунку голосів у європейському окрузі заявила, що закон не дозволяє відкривати мішки. Кур'єрська компанія, за словами газети, на запит про коментар не відповіла.

Португальці, які проживають у Франції, становлять найбільшу групу виборців європейського округу. Голосування поштою для них є основним способом взяти участь у виборах, адже консульські дільниці розташовані лише у великих містах.

Нагадаємо, дострокові вибори в Португалії призначили після того, як парламент навесні не підтримав урядовий бюджет.
""",
}, [{"name": "Expresso", "in_corpus": True}],
[{"origin": "Expresso", "article": "01_fr.txt"},
 {"origin": "Le Figaro", "article": "02_pl.txt"},
 {"origin": "Le Figaro", "article": "03_uk.txt"}],
[{"text": "About 9,400 postal votes from Portuguese voters in France arrived in Lisbon after the count of the Europe constituency had closed and will not be counted.",
  "articles": ["00_pt.txt", "01_fr.txt", "02_pl.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The 31 mail sacks had been held since 9 September in a warehouse of the company Véloce Courrier near Lyon.",
  "articles": ["00_pt.txt", "01_fr.txt", "02_pl.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The second seat of the Europe constituency was decided by 1,150 votes.",
  "articles": ["00_pt.txt", "01_fr.txt", "03_uk.txt"], "independent_sources": 1}])

# v05: own report (Sächsische Zeitung: reporter at the count, record of the polling board seen by
# the paper); Rzeczpospolita relays it AND adds its own confirmation from the election officer and
# the candidate (two roots); plain relays en and ru. de own "Unser Reporter war ... dabei" + "die der
# SZ vorliegt" + "sagte ... der SZ"; pl "Jak podała w poniedziałek regionalna „Sächsische Zeitung""
# + "Według saksońskiego dziennika" + "potwierdził ... w rozmowie z „Rzeczpospolitą"" + "powiedziała
# „Rz""; en "reported the Saxon regional daily Sächsische Zeitung, whose reporter attended the count";
# ru "как сообщила региональная газета Sächsische Zeitung" + "По данным издания". Background only:
# a voters' association's Facebook post (de, ru), TVN24 (en).
story("v05_kieselbach_swapped_figures", "confirmation", {
"00_de.txt": """Stichwahl in Kieselbach: Wurden die Zahlen vertauscht?
Sächsische Zeitung
Montag, 27.09.2027, 17:45 Uhr

Drei Stimmen – so knapp hat Frank Uhlig nach dem vorläufigen Ergebnis die Stichwahl um das Bürgermeisteramt in Kieselbach an der Neiße gewonnen: 1402 Stimmen für den parteilosen Unternehmer, 1399 für Agnieszka Rotter-Kaczmarek. Doch an diesem Ergebnis gibt es erhebliche Zweifel.

Unser Reporter war am Sonntagabend bei der öffentlichen Auszählung im Wahlbezirk 4 in der Grundschule am Mühlgraben dabei. Dort zählte der Wahlvorstand 212 Stimmen für Rotter-Kaczmarek und 187 für Uhlig. So steht es auch in der Niederschrift des Wahlvorstands, die der SZ vorliegt. In der Schnellmeldung, die wenig später ans Rathaus ging und in das vorläufige Ergebnis einfloss, sind die beiden Zahlen jedoch vertauscht: 187 für Rotter-Kaczmarek, 212 für Uhlig.

Stimmt die Niederschrift, hätte nicht Uhlig gewonnen, sondern Rotter-Kaczmarek – mit 47 Stimmen Vorsprung.

„Wir prüfen das sehr genau", sagte Gemeindewahlleiter Jens Pohlmann am Montag der SZ. Der Gemeindewahlausschuss werde am Donnerstag zusammenkommen und das endgültige Ergebnis feststellen. Dabei könnten die Stimmzettel aus dem Wahlbezirk 4 auch neu ausgezählt werden.

Uhlig wollte sich am Montag nicht äußern. Die Wählervereinigung „Kieselbach gemeinsam", die ihn unterstützt, hatte ihn bereits am Sonntagabend auf Facebook als neuen Bürgermeister gefeiert. Rotter-Kaczmarek, die vor zwanzig Jahren aus Polen nach Kieselbach kam und dort eine Apotheke führt, sagt: „Ich will nur, dass richtig gezählt wird."
""",
"01_pl.txt": """Polka może jednak zostać burmistrzem w Niemczech. W Kieselbach przeliczą głosy
Rzeczpospolita
Publikacja: 28.09.2027 06:30

Agnieszka Rotter-Kaczmarek, która w niedzielnej drugiej turze wyborów burmistrza niemieckiego miasteczka Kieselbach an der Neiße przegrała według wstępnych wyników zaledwie trzema głosami, może jednak wygrać. Jak podała w poniedziałek regionalna „Sächsische Zeitung", w jednym z obwodów wyniki obu kandydatów zostały w szybkim meldunku zamienione miejscami.

Według saksońskiego dziennika, którego reporter był obecny przy liczeniu głosów, w obwodzie nr 4 komisja naliczyła 212 głosów dla Rotter-Kaczmarek i 187 dla jej rywala Franka Uhliga. Do ratusza trafiły jednak liczby odwrotne.

Gminny komisarz wyborczy Jens Pohlmann potwierdził w poniedziałek wieczorem w rozmowie z „Rzeczpospolitą", że komisja wyborcza gminy zbierze się w czwartek, by ustalić ostateczny wynik. – Karty z obwodu nr 4 zostaną przeliczone ponownie, w obecności przedstawicieli obu kandydatów – zapowiedział.

– Jeśli liczby rzeczywiście zostały zamienione, wynik się odwróci. Czekam spokojnie – powiedziała „Rz" Rotter-Kaczmarek. Pochodząca z Dolnego Śląska kandydatka mieszka w Kieselbach od 20 lat i prowadzi tam aptekę.

Kieselbach leży kilka kilometrów od granicy z Polską; według miejscowego urzędu co piąty mieszkaniec ma polskie korzenie.
""",
"02_en.txt": """Polish-born candidate may yet win German mayoral race after figures "swapped" in count
Notes from Poland
28 September 2027

A Polish-born pharmacist who lost the runoff for mayor of a small German town near the Polish border by just three votes may be declared the winner after all, after a local newspaper found that the results from one polling district had been transposed.

Agnieszka Rotter-Kaczmarek received 1,399 votes in Sunday's second round in Kieselbach an der Neiße, against 1,402 for Frank Uhlig, a non-partisan businessman, according to the preliminary result.

But in district 4, election workers counted 212 votes for Rotter-Kaczmarek and 187 for Uhlig, reported the Saxon regional daily Sächsische Zeitung, whose reporter attended the count. The figures were reversed in the quick report sent to the town hall, the paper found, citing the polling board's official record. If the record is correct, Rotter-Kaczmarek won by 47 votes.

The town's election officer told the newspaper that the matter was being examined "very carefully".

Rotter-Kaczmarek's campaign had drawn attention in Poland before the vote, with TVN24 and several regional outlets profiling the candidate, who moved to Kieselbach from Lower Silesia two decades ago.
""",
"03_ru.txt": """В немецком городке на границе с Польшей могли перепутать голоса на выборах бургомистра
DW
28.09.2027

Во втором туре выборов бургомистра саксонского городка Кизельбах-ан-дер-Найсе, по предварительным данным, с перевесом всего в три голоса победил местный предприниматель Франк Улиг. Однако результат может измениться: как сообщила региональная газета Sächsische Zeitung, на одном из участков цифры двух кандидатов при передаче данных в ратушу поменяли местами.

По данным издания, репортер которого присутствовал при подсчете голосов на участке № 4, избирательная комиссия насчитала там 212 голосов за Агнешку Роттер-Качмарек и 187 — за Улига. В оперативную сводку попали обратные цифры. Если верна запись в протоколе, Роттер-Качмарек выиграла с перевесом в 47 голосов.

Руководитель выборов в общине Йенс Польман заявил газете, что избирательный комитет общины соберется в четверг, чтобы установить окончательный результат.

Роттер-Качмарек около двадцати лет назад переехала в Кизельбах из Польши. Избирательное объединение, поддерживающее Улига, еще в воскресенье вечером поздравило его с победой в Facebook.

Кизельбах расположен в нескольких километрах от польской границы, значительная часть его жителей имеет польские корни. Сама Роттер-Качмарек пока не комментировала возможный пересмотр итогов.
""",
}, [{"name": "Sächsische Zeitung", "in_corpus": True},
    {"name": "Rzeczpospolita", "in_corpus": True}],
[{"origin": "Sächsische Zeitung", "article": "01_pl.txt"},
 {"origin": "Sächsische Zeitung", "article": "02_en.txt"},
 {"origin": "Sächsische Zeitung", "article": "03_ru.txt"}],
[{"text": "In polling district 4 the counted figures (212 for Rotter-Kaczmarek, 187 for Uhlig) were swapped in the quick report; corrected, Rotter-Kaczmarek would win by 47 votes.",
  "articles": ["00_de.txt", "01_pl.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "The municipal election committee will meet on Thursday to establish the final result.",
  "articles": ["00_de.txt", "01_pl.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "By the preliminary result Frank Uhlig won the runoff by three votes, 1,402 to 1,399.",
  "articles": ["00_de.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# v06: a candidate's own Telegram post (and the same message on X) taken directly by five outlets;
# fr has no date line; en is a live blog. ru "написал Востряков в своем телеграм-канале" + "В посте
# он также сообщил" + "«Медуза» направила запрос ... ответа не поступило" + background "как писал
# тогда «Коммерсантъ»"; uk "Про це він написав у своєму Telegram-каналі" + "йдеться в дописі"; pl
# "napisał na Telegramie" + "We wpisie"; fr "l'a affirmé mercredi sur sa chaîne Telegram" + "écrit-il"
# + "Dans son message"; en live blog "he wrote on X, in a post that repeats a message on his Telegram
# channel" + "In a second post on X".
story("v06_vostryakov_telegram_post", "social_post", {
"00_ru.txt": """Кандидат в заксобрание Приозерной области Кирилл Востряков заявил, что облизбирком аннулировал итоги на 14 участках, где он побеждал
Медуза
13:18, 22 сентября 2027

Кандидат в законодательное собрание Приозерной области от партии «Честный голос» Кирилл Востряков заявил, что областная избирательная комиссия аннулировала результаты голосования на 14 участках Северного одномандатного округа. По словам политика, именно на этих участках он опережал соперника.

«Вчера вечером облизбирком без объяснений признал недействительными итоги на 14 участках. На всех четырнадцати я побеждал. Без них я проигрываю 1090 голосов», — написал Востряков в своем телеграм-канале в среду.

В посте он также сообщил, что обжалует решение в суде, а в субботу, 25 сентября, соберет сторонников у здания облизбиркома на площади Согласия. «Приходите все, кто голосовал», — призвал политик.

«Медуза» направила запрос в облизбирком Приозерной области; на момент публикации ответа не поступило.

Востряков — бывший депутат городской думы областного центра. В 2022 году, как писал тогда «Коммерсантъ», его не допустили к выборам губернатора: кандидат не смог собрать подписи муниципальных депутатов. Выборы в региональные парламенты в этом году проходили три дня, с 17 по 19 сентября.
""",
"01_uk.txt": """Російський опозиційний кандидат заявив, що виборча комісія анулювала результати на дільницях, де він вигравав
hromadske
22 вересня 2027 15:04

Кандидат до законодавчих зборів російської Приозерної області Кирило Востряков заявив, що обласна виборча комісія визнала недійсними результати голосування на 14 дільницях, де він лідирував. Про це він написав у своєму Telegram-каналі в середу.

«Учора ввечері облвиборчком без пояснень визнав недійсними підсумки на 14 дільницях. На всіх чотирнадцяти я перемагав. Без них я програю 1090 голосів», — йдеться в дописі політика.

Востряков, який балотувався від партії «Чесний голос» у Північному одномандатному окрузі, також заявив, що оскаржить рішення комісії в суді. За його словами, рішення ухвалили у вівторок увечері, і жодних пояснень комісія не надала.

Обласна виборча комісія рішення поки що не коментувала. Раніше Востряков був депутатом міської думи обласного центру, а 2022 року його не допустили до виборів губернатора.

Вибори до регіональних парламентів у Росії тривали три дні, з 17 по 19 вересня. Незалежні спостерігачі повідомляли про численні порушення в кількох регіонах. Партія «Чесний голос», від якої балотувався Востряков, має в регіоні лише кілька муніципальних депутатів.
""",
"02_pl.txt": """Rosja. Opozycyjny kandydat: komisja unieważniła wyniki tam, gdzie wygrywałem
Polsat News
2027-09-22 16:27

Komisja wyborcza w rosyjskim obwodzie przyjeziornym unieważniła wyniki głosowania w 14 lokalach wyborczych, w których prowadził opozycyjny kandydat Kirył Wostriakow – twierdzi sam polityk. "Bez nich przegrywam 1090 głosami" – napisał w środę na Telegramie.

Wostriakow startował w wyborach do regionalnego parlamentu w Północnym okręgu jednomandatowym z ramienia partii Uczciwy Głos. We wpisie dodał, że komisja podjęła decyzję we wtorek wieczorem "bez żadnych wyjaśnień".

"Na wszystkich czternastu wygrywałem" – podkreślił polityk. Zapowiedział też, że zaskarży decyzję komisji do sądu.

Wybory do parlamentów regionalnych odbyły się w Rosji w dniach 17-19 września. Komisja obwodowa nie odniosła się dotąd do zarzutów kandydata.

Wostriakow był wcześniej radnym w stolicy regionu. W 2022 r. nie dopuszczono go do wyborów gubernatora, bo nie zebrał wymaganych podpisów radnych. W tegorocznej kampanii zapowiadał walkę z korupcją w administracji obwodu i domagał się transmisji z lokali wyborczych. Jego partia Uczciwy Głos jest w regionie ugrupowaniem niewielkim, bez reprezentacji w dotychczasowym parlamencie obwodu.
""",
"03_fr.txt": """Russie : un candidat d'opposition accuse la commission électorale d'avoir annulé le vote dans 14 bureaux
RFI

En Russie, un candidat d'opposition aux élections régionales affirme que la commission électorale a annulé les résultats dans 14 bureaux de vote où il arrivait en tête. Kirill Vostriakov, qui briguait un siège à l'Assemblée législative de la région de Priozernaïa, l'a affirmé mercredi sur sa chaîne Telegram.

« Hier soir, la commission électorale régionale a invalidé sans explication les résultats de 14 bureaux. Dans les quatorze, j'étais en tête », écrit-il.

Dans son message, le candidat du parti Voix honnête appelle ses partisans à se rassembler samedi devant le siège de la commission, place Soglassia, dans la capitale régionale. « Venez, vous tous qui avez voté », lance-t-il.

La commission électorale régionale n'avait pas réagi mercredi soir. Les élections régionales, étalées sur trois jours, se sont achevées dimanche 19 septembre. Ancien élu municipal, Kirill Vostriakov avait déjà été écarté d'une élection de gouverneur en 2022, faute d'avoir réuni les signatures d'élus municipaux exigées.
""",
"04_en.txt": """Russia regional elections: opposition candidate says results annulled – live updates
BBC News
22 September 2027

16:55 BST
We're pausing our live coverage
Thanks for following our coverage of the aftermath of Russia's regional elections. We'll be back if the regional commission responds.

16:20 BST
Candidate calls supporters to rally on Saturday
In a second post on X, Vostryakov asked supporters to gather on Saturday outside the regional electoral commission's building. "Everyone who voted, come," he wrote.

15:48 BST
'Without them I lose by 1,090 votes'
Kirill Vostryakov, an opposition candidate in the Priozyornaya region's legislative election, says the regional electoral commission has annulled the results at 14 polling stations where he was leading.

"Last night the commission declared the results at 14 polling stations void without any explanation. I was winning at all fourteen. Without them I lose by 1,090 votes," he wrote on X, in a post that repeats a message on his Telegram channel. He says he will challenge the decision in court.

15:30 BST
No comment yet from the commission
We've asked the Priozyornaya regional electoral commission for comment but have not yet heard back.

14:05 BST
What was at stake
Voting in the regional elections ran over three days and ended on Sunday. Vostryakov, a former city councillor standing for the Honest Vote party, was running in a single-member district in the north of the region.
""",
}, [{"name": "Kirill Vostryakov", "in_corpus": False}],
[{"origin": "Kirill Vostryakov", "article": "00_ru.txt"},
 {"origin": "Kirill Vostryakov", "article": "01_uk.txt"},
 {"origin": "Kirill Vostryakov", "article": "02_pl.txt"},
 {"origin": "Kirill Vostryakov", "article": "03_fr.txt"},
 {"origin": "Kirill Vostryakov", "article": "04_en.txt"}],
[{"text": "Kirill Vostryakov says the regional electoral commission annulled the results at 14 polling stations where he was leading.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Without those polling stations Vostryakov trails by 1,090 votes, and he will challenge the decision in court.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_pl.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Vostryakov called his supporters to a rally on Saturday outside the regional electoral commission.",
  "articles": ["00_ru.txt", "03_fr.txt", "04_en.txt"], "independent_sources": 1}])

# v07: two independent roots: Ouest-France's own report (correspondent at the count, anonymous
# assessor, minutes seen) and Agence France-Presse (outside, only credited). pt credits both; en
# credits AFP only; pl credits Ouest-France only. fr own "a constaté notre correspondant" +
# "raconte à Ouest-France un assesseur" + "que nous avons pu consulter"; pt "Segundo a agência
# France-Presse e o diário regional Ouest-France" + "noticiou a AFP" + "garantiu ao Ouest-France";
# en "AFP reported on Monday" + "told the news agency" + "According to AFP"; pl "podaje regionalny
# dziennik „Ouest-France"" + "Jak relacjonuje gazeta" + "zapewnił francuski dziennik".
story("v07_lanvezec_open_padlock", "two_roots", {
"00_fr.txt": """Lanvezec-sur-Rance. Municipale partielle : l'urne du bureau n° 2 avait un cadenas ouvert
Ouest-France
Publié le 04/10/2027 à 07h45

Manuel Cordeiro Afonso a été élu maire de Lanvezec-sur-Rance (Côtes-d'Armor) dimanche 3 octobre, au second tour de l'élection municipale partielle. Sa liste, Lanvezec Ensemble, l'emporte de 47 voix sur celle d'Irena Wasilewska-Le Goff, Agir pour Lanvezec. Mais le dépouillement du bureau n° 2 a été marqué par un incident.

À l'ouverture de l'urne, vers 18 h 10, l'un des deux cadenas était ouvert, a constaté notre correspondant, présent dans la salle des fêtes. « On l'a vu tout de suite, la clé n'a même pas servi », raconte à Ouest-France un assesseur, qui préfère rester anonyme.

Selon cet assesseur, l'urne avait été transportée vers 12 h 30 dans la salle des archives de la mairie voisine, le temps d'une coupure de courant d'une quarantaine de minutes dans la salle des fêtes. Le procès-verbal du bureau n° 2, que nous avons pu consulter, mentionne l'incident en une ligne, sans plus de détails.

Joint dimanche soir, Manuel Cordeiro Afonso assure qu'« aucun bulletin n'a été ajouté ». « Le nombre de bulletins correspond exactement aux émargements », a-t-il réagi auprès d'Ouest-France. Irena Wasilewska-Le Goff, elle, dénonce « une faute grave » et n'exclut aucun recours.

L'élection partielle avait été provoquée par la démission de onze conseillers municipaux au printemps.
""",
"01_pt.txt": """Lusodescendente eleito autarca em França por 47 votos, mas urna com cadeado aberto lança dúvidas
Observador
4 out. 2027, 18:12

Manuel Cordeiro Afonso, filho de emigrantes portugueses, foi eleito no domingo maire — o equivalente a presidente de câmara — de Lanvezec-sur-Rance, uma pequena comuna da Bretanha, no noroeste de França. Mas a vitória, por 47 votos, está a ser contestada.

Segundo a agência France-Presse e o diário regional Ouest-France, um dos dois cadeados da urna da mesa de voto n.º 2 estava aberto quando a urna foi aberta para a contagem, no domingo à noite. O jornal bretão tinha um correspondente na sala durante o escrutínio.

A candidata derrotada, Irena Wasilewska-Le Goff, apresentou na segunda-feira um protesto eleitoral, noticiou a AFP, citando a prefeitura do departamento, que confirmou ter recebido a reclamação. Caberá ao tribunal administrativo decidir se a eleição é válida.

"Nenhum boletim foi acrescentado. O número de boletins corresponde exactamente às assinaturas", garantiu Cordeiro Afonso ao Ouest-France.

O novo autarca, de 52 anos, nasceu em França e trabalhou durante duas décadas como técnico agrícola. A comunidade portuguesa é uma das maiores da região.
""",
"02_en.txt": """French village election challenged after ballot box found with open padlock
France 24
Issued on: 04/10/2027 - 16:40

A candidate who lost a municipal by-election in a Brittany village by 47 votes has lodged a challenge after one of the padlocks on a ballot box was found open at the start of the count, AFP reported on Monday.

Irena Wasilewska-Le Goff, whose list Agir pour Lanvezec came second in Sunday's runoff in Lanvezec-sur-Rance, filed her protest on Monday morning, the local prefecture told the news agency. The administrative court will have to decide whether the result stands, the prefecture said.

The winner, Manuel Cordeiro Afonso, the son of Portuguese immigrants, told AFP that the number of ballots matched the number of signatures on the voter register. "Nothing was added, nothing was taken away," he said.

According to AFP, the incident at polling station No. 2 was recorded in the minutes but was not reported to the prefecture on Sunday night.

Partial municipal elections are held in small French communes when the council loses too many members; the vote in Lanvezec was triggered by the resignation of eleven councillors in the spring.
""",
"03_pl.txt": """Córka polskich emigrantów przegrała wybory we Francji o 47 głosów. Urna miała otwartą kłódkę
Wirtualna Polska
wtorek, 5 października 2027 08:55

Irena Wasilewska-Le Goff, córka polskich emigrantów, przegrała w niedzielę drugą turę przedterminowych wyborów samorządowych w bretońskim miasteczku Lanvezec-sur-Rance. Zwycięska lista Manuela Cordeiro Afonso zdobyła 47 głosów więcej. Przy liczeniu głosów doszło jednak do incydentu – podaje regionalny dziennik „Ouest-France".

Jak relacjonuje gazeta, której korespondent był obecny przy liczeniu głosów, w lokalu wyborczym nr 2 jedna z dwóch kłódek na urnie była otwarta.

Według jednego z członków komisji, z którym rozmawiał „Ouest-France", w porze obiadowej, podczas mniej więcej czterdziestominutowej przerwy w dostawie prądu, urnę przeniesiono do archiwum w sąsiednim ratuszu.

Cordeiro Afonso zapewnił francuski dziennik, że „żadna karta nie została dorzucona". Wasilewska-Le Goff mówi o „poważnym błędzie" i nie wyklucza odwołania.

Kandydatka od 25 lat mieszka w Bretanii i uczy matematyki w liceum w pobliskim Dinan. Jej rodzice wyjechali z Polski na początku lat 80. Zwycięzca, Manuel Cordeiro Afonso, jest synem portugalskich imigrantów. Wybory przedterminowe rozpisano po rezygnacji jedenastu radnych wiosną.
""",
}, [{"name": "Ouest-France", "in_corpus": True},
    {"name": "Agence France-Presse", "in_corpus": False}],
[{"origin": "Agence France-Presse", "article": "01_pt.txt"},
 {"origin": "Ouest-France", "article": "01_pt.txt"},
 {"origin": "Agence France-Presse", "article": "02_en.txt"},
 {"origin": "Ouest-France", "article": "03_pl.txt"}],
[{"text": "One of the two padlocks on the ballot box of polling station No. 2 in Lanvezec-sur-Rance was found open when the count began.",
  "articles": ["00_fr.txt", "01_pt.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "Manuel Cordeiro Afonso's list won the runoff by 47 votes over Irena Wasilewska-Le Goff's.",
  "articles": ["00_fr.txt", "01_pt.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "Wasilewska-Le Goff filed a protest on Monday and the administrative court will decide; the prefecture confirmed receiving it.",
  "articles": ["01_pt.txt", "02_en.txt"], "independent_sources": 2},
 {"text": "During a power cut of about forty minutes around midday the ballot box was moved to the archive room of the neighbouring town hall.",
  "articles": ["00_fr.txt", "03_pl.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 174 (invented events; real media names as outlets); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
