#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand152 set.

Gambling, lotteries and betting regulation. Real media names; every event, person, company,
figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency Reuters (people familiar with the talks), relayed 4x:
# es "Así lo informó … la agencia Reuters, que cita a" + "añadió la agencia" + no-comment to
# "este diario" (no own reporting); it "È quanto riferisce l'agenzia Reuters, secondo cui" +
# "Secondo le tre fonti citate dall'agenzia britannica"; de "Wie die Nachrichtenagentur Reuters …
# unter Berufung auf … berichtete" + "hieß es"; pt "A notícia foi avançada … pela Reuters, que cita"
# + "Segundo a agência".
story("s01_agency_bookmaker_takeover", "agency", {
"00_es.txt": """Lumeno negocia la compra de la casa de apuestas zaragozana Cierzo por 410 millones
Expansión
14/04/2027 07:45

El grupo de juego online Lumeno Gaming, con sede en Malta y cotizado en la Bolsa de Estocolmo, negocia en exclusiva la compra de Apuestas Cierzo, la casa de apuestas deportivas con sede en Zaragoza, en una operación que valoraría a la compañía española en unos 410 millones de euros, deuda incluida. Así lo informó el martes por la noche la agencia Reuters, que cita a tres personas conocedoras de las conversaciones.

Las negociaciones se encuentran en una fase avanzada y el acuerdo podría anunciarse antes de que termine mayo, añadió la agencia. Una de las fuentes precisó que Lumeno financiaría la compra con una combinación de caja propia y un préstamo sindicado de unos 250 millones de euros.

Lumeno declinó hacer comentarios y el fondo Galerna Capital, propietario de Cierzo, no respondió a las preguntas de Reuters. Fuentes de Cierzo consultadas por este diario evitaron pronunciarse.

Galerna adquirió Cierzo en 2021 por unos 150 millones de euros. Desde entonces, la empresa aragonesa ha duplicado su base de clientes hasta los 640.000 jugadores activos y cerró 2026 con unos ingresos netos de juego de 188 millones y un resultado bruto de explotación (ebitda) de 41 millones, según sus últimas cuentas anuales.

La operación llega en plena concentración del mercado español del juego online, en el que los operadores medianos llevan años perdiendo cuota frente a los grandes grupos internacionales desde que se endurecieron las restricciones a la publicidad. Con un múltiplo cercano a diez veces el ebitda, el precio se situaría en la parte alta de las transacciones recientes del sector.

Cualquier cambio de control requerirá la autorización de la Dirección General de Ordenación del Juego (DGOJ), dependiente del Ministerio de Consumo, que deberá revisar las licencias generales y singulares de las que es titular Cierzo.
""",
"01_it.txt": """Scommesse, la maltese Lumeno tratta l'acquisto della spagnola Cierzo per 410 milioni
Il Sole 24 Ore
14 aprile 2027

Nuovo capitolo nel consolidamento del gioco online europeo. Lumeno Gaming, gruppo con sede a Malta e quotato alla Borsa di Stoccolma, è in trattative avanzate per rilevare Apuestas Cierzo, bookmaker sportivo di Saragozza. È quanto riferisce l'agenzia Reuters, secondo cui l'operazione valuterebbe la società spagnola circa 410 milioni di euro, debito compreso.

Secondo le tre fonti citate dall'agenzia britannica, Lumeno avrebbe ottenuto un periodo di esclusiva di sei settimane per completare la due diligence. Né Lumeno né il fondo Galerna Capital, che controlla Cierzo, hanno voluto commentare.

Galerna aveva pagato circa 150 milioni di euro per il bookmaker aragonese nel 2021. Oggi Cierzo conta 640mila clienti attivi e nel 2026 ha registrato ricavi netti da gioco per 188 milioni di euro.

Per Lumeno si tratterebbe della seconda acquisizione in meno di due anni, dopo quella dell'operatore svedese Kvällsspel. In Italia il gruppo è presente con il marchio Lumenobet, titolare di una concessione dell'Agenzia delle Dogane e dei Monopoli per il gioco a distanza, e ha partecipato alla gara per il rinnovo delle concessioni online.

La Spagna resta uno dei mercati regolamentati più competitivi d'Europa: le restrizioni alla pubblicità introdotte negli ultimi anni hanno favorito i gruppi con maggiori risorse, spingendo diversi fondi di private equity a cercare un'uscita dal settore. Un eventuale accordo, riporta l'agenzia, dovrà comunque ricevere il via libera del regolatore spagnolo, la Dirección General de Ordenación del Juego.
""",
"02_de.txt": """Glücksspielkonzern Lumeno verhandelt über Kauf des spanischen Wettanbieters Cierzo
Handelsblatt
13.04.2027, 21:10 Uhr

Der auf Malta ansässige Online-Glücksspielkonzern Lumeno Gaming steht offenbar vor der größten Übernahme seiner Firmengeschichte. Wie die Nachrichtenagentur Reuters am Dienstagabend unter Berufung auf drei mit den Gesprächen vertraute Personen berichtete, verhandelt Lumeno exklusiv über den Kauf des Sportwettenanbieters Apuestas Cierzo aus Saragossa. Die Transaktion bewerte Cierzo einschließlich Schulden mit rund 410 Millionen Euro, hieß es.

Eine Einigung könnte demnach noch vor Ende Mai verkündet werden. Lumeno wollte den Bericht nicht kommentieren. Der Finanzinvestor Galerna Capital, dem Cierzo gehört, ließ eine Anfrage der Agentur unbeantwortet.

Galerna hatte den Wettanbieter 2021 für etwa 150 Millionen Euro übernommen. Cierzo zählt 640.000 aktive Kunden und erzielte 2026 Nettospielerträge von 188 Millionen Euro.

Lumeno ist in Stockholm börsennotiert und in mehr als einem Dutzend regulierter Märkte aktiv. In Deutschland ist der Konzern seit 2024 mit einer Erlaubnis der Gemeinsamen Glücksspielbehörde der Länder (GGL) für virtuelle Automatenspiele vertreten.

Branchenbeobachter rechnen damit, dass die Konsolidierung im europäischen Online-Glücksspiel weitergeht. Strengere Werberegeln, höhere Abgaben und teure Auflagen zum Spielerschutz setzen mittelgroße Anbieter in vielen Ländern unter Druck – und machen sie zu Übernahmezielen für die großen, kapitalstarken Gruppen. Eine Übernahme von Cierzo müsste noch von der spanischen Glücksspielaufsicht genehmigt werden.
""",
"03_pt.txt": """Lumeno prepara compra da espanhola Apuestas Cierzo por 410 milhões
Jornal de Negócios
14 de abril de 2027, 10:02

O grupo maltês de jogo online Lumeno Gaming está em negociações avançadas para comprar a casa de apostas espanhola Apuestas Cierzo, numa operação que avalia a empresa de Saragoça em cerca de 410 milhões de euros, incluindo dívida. A notícia foi avançada na terça-feira pela Reuters, que cita três pessoas com conhecimento do processo.

Segundo a agência, as duas partes negoceiam em regime de exclusividade e o acordo poderá ser anunciado até ao final de maio. O financiamento combinaria meios próprios com um empréstimo sindicado de cerca de 250 milhões de euros, acrescentou uma das fontes ouvidas pela Reuters.

A Lumeno recusou comentar. O fundo Galerna Capital, atual dono da Cierzo, não respondeu.

Com sede em Malta e ações cotadas em Estocolmo, a Lumeno opera em Portugal desde 2023, ao abrigo de uma licença do Serviço de Regulação e Inspeção de Jogos (SRIJ) para apostas desportivas à cota. A Cierzo, fundada em 2012, tem 640 mil clientes ativos e faturou 188 milhões de euros em receita líquida de jogo no ano passado.

O mercado ibérico tem atraído o interesse de grupos internacionais, numa altura em que as regras mais apertadas para a publicidade ao jogo em Espanha reduziram as margens dos operadores de menor dimensão. Uma eventual operação terá ainda de ser aprovada pelo regulador espanhol.
""",
}, [("Reuters", False)],
[("Reuters", "00_es.txt"), ("Reuters", "01_it.txt"), ("Reuters", "02_de.txt"), ("Reuters", "03_pt.txt")],
[("Lumeno Gaming is in advanced talks to buy the Spanish bookmaker Apuestas Cierzo in a deal valuing it at about 410 million euros including debt.",
  ["00_es.txt", "01_it.txt", "02_de.txt", "03_pt.txt"], 1),
 ("The deal could be announced before the end of May.", ["00_es.txt", "02_de.txt", "03_pt.txt"], 1),
 ("Galerna Capital bought Cierzo in 2021 for about 150 million euros.", ["00_es.txt", "01_it.txt", "02_de.txt"], 1),
 ("Lumeno would finance the purchase partly with a syndicated loan of about 250 million euros.", ["00_es.txt", "03_pt.txt"], 1),
])

# s02: in-corpus scoop by la Repubblica resting on two anonymous officials of the monopolies agency
# and an internal note seen by the paper (anonymous sources belong to the origin); relayed 4x:
# en "the Rome daily la Repubblica has reported" + "seen by the newspaper" + "the paper said";
# es "según publica … el diario romano La Repubblica, que cita a" + "De acuerdo con el rotativo";
# de "wie die römische Tageszeitung „La Repubblica“ unter Berufung auf … berichtet" + "Laut dem
# Blatt"; pt "noticiou o diário italiano La Repubblica" + "escreve o jornal".
story("s02_scoop_scratchcard_misprint", "scoop", {
"00_it.txt": """Gratta e Vinci, errore di stampa: i Monopoli ritirano 1,8 milioni di biglietti "Forziere d'Oro"
la Repubblica
2027-05-11T06:30:00+02:00

L'Agenzia delle Dogane e dei Monopoli ha ordinato il ritiro immediato di 1,8 milioni di biglietti del Gratta e Vinci "Forziere d'Oro", la serie da 5 euro lanciata a marzo. Il motivo: un errore nella sequenza di stampa ha concentrato le vincite medie, da 100 e 500 euro, in un numero ristretto di blocchetti, rendendo di fatto riconoscibili i lotti "fortunati". Lo hanno raccontato a Repubblica due funzionari dell'Agenzia, che hanno chiesto di restare anonimi perché non autorizzati a parlare con la stampa.

A far scattare l'allarme, secondo le stesse fonti, sono state alcune ricevitorie in Campania e in Puglia che a metà aprile avevano registrato percentuali di vincita anomale. In almeno tre casi i titolari di tabaccherie avrebbero acquistato in blocco i carnet rimasti, incassando premi per decine di migliaia di euro.

Una nota interna del 6 maggio, che Repubblica ha potuto leggere, stima in 2,7 milioni di euro il danno potenziale per l'erario e per il concessionario delle lotterie istantanee e attribuisce il difetto a un file di impaginazione inviato alla tipografia veronese che stampa la serie. "Non c'è alcuna frode da parte dei giocatori, ma dobbiamo tutelare la regolarità del gioco", ha spiegato uno dei due funzionari.

I circa 310 mila biglietti già venduti restano validi e le vincite saranno pagate regolarmente. I tabaccai riceveranno nei prossimi giorni le istruzioni per restituire i blocchetti invenduti, che saranno distrutti sotto la supervisione dell'Agenzia.

Interpellata da Repubblica, l'Agenzia non ha risposto alle domande. Resta da capire se qualcuno, oltre ai rivenditori, abbia sfruttato la falla: sulle tre tabaccherie sospette, riferiscono i due funzionari, sono in corso verifiche della Guardia di Finanza.
""",
"01_en.txt": """Italy pulls 1.8m scratchcards after printing error made winners easy to spot
The Guardian
Tue 11 May 2027 12.41 BST

Italy's customs and monopolies agency has ordered 1.8m scratchcards to be withdrawn from sale after a printing error clustered mid-sized prizes in a handful of ticket packs, the Rome daily la Repubblica has reported.

The €5 "Forziere d'Oro" (Golden Chest) series, launched in March, was pulled after winning tickets of €100 and €500 ended up bunched together because of a faulty layout file sent to the printer, according to two officials at the agency who spoke to la Repubblica on condition of anonymity.

Tobacconists in Campania and Puglia were the first to notice unusually high win rates in mid-April, and in at least three cases shop owners are suspected of buying up whole packs, the paper said.

An internal note dated 6 May and seen by the newspaper puts the potential loss to the treasury and the lottery concession holder at €2.7m. About 310,000 tickets that had already been sold remain valid and their prizes will be paid.

"There is no fraud on the part of players, but we have to protect the integrity of the game," one of the officials was quoted as saying.

The agency did not respond to la Repubblica's questions. Scratchcards are among the most widely played games in Italy, where addiction charities have long complained that they are sold alongside cigarettes and coffee in almost every bar and tobacconist.
""",
"02_es.txt": """Italia retira 1,8 millones de rascas por un fallo de impresión que delataba los premios
El País
11 may 2027 - 13:20 CEST

Italia ha retirado de la venta 1,8 millones de boletos de lotería instantánea de la serie "Forziere d'Oro" (Cofre de Oro), de cinco euros, después de que un error de impresión concentrara los premios en unos pocos tacos, según publica este martes el diario romano La Repubblica, que cita a dos funcionarios de la Agencia de Aduanas y Monopolios bajo condición de anonimato.

De acuerdo con el rotativo, el fallo estaba en un archivo de maquetación enviado a la imprenta y provocó que los boletos con premios de 100 y 500 euros quedaran agrupados, de modo que los lotes ganadores podían identificarse. Las primeras alertas llegaron a mediados de abril desde estancos de Campania y Apulia, que registraron porcentajes de acierto anómalos. En al menos tres casos, los propios estanqueros habrían comprado de golpe los tacos restantes.

Los cerca de 310.000 boletos ya vendidos siguen siendo válidos y sus premios se pagarán con normalidad, según el periódico italiano, que asegura que la agencia no respondió a sus preguntas.

La serie había salido a la venta en marzo. Los juegos de rasca y gana figuran entre los más populares de Italia, donde las asociaciones de ayuda a jugadores llevan años reclamando que se limite su venta en bares y estancos, abiertos a todas horas y frecuentados por menores acompañados.
""",
"03_de.txt": """Panne bei Rubbellosen: Italien zieht 1,8 Millionen Lose zurück
Der Standard
11. Mai 2027, 15:02

In Italien sind 1,8 Millionen Rubbellose aus dem Verkauf genommen worden, weil sich die Gewinne wegen eines Druckfehlers in einigen wenigen Losblöcken ballten. Die Monopolbehörde ADM habe den sofortigen Rückruf der Serie „Forziere d'Oro“ (Goldtruhe) angeordnet, wie die römische Tageszeitung „La Repubblica“ unter Berufung auf zwei Mitarbeiter der Behörde berichtet, die anonym bleiben wollten.

Laut dem Blatt lag der Fehler in einer Layout-Datei, die an die Druckerei geschickt worden war. Dadurch seien Gewinne von 100 und 500 Euro in bestimmten Blöcken gehäuft aufgetreten – wer das Muster kannte, konnte die „glücklichen“ Blöcke erkennen. Aufgefallen sei das zuerst Trafiken in Kampanien und Apulien.

Eine interne Notiz vom 6. Mai, die „La Repubblica“ vorliegt, beziffert den möglichen Schaden für die Staatskasse und den Konzessionär der Sofortlotterien auf 2,7 Millionen Euro. Gegen drei Verkaufsstellen, deren Betreiber ganze Blöcke aufgekauft haben sollen, werde ermittelt, schreibt die Zeitung.

Die Lose der Serie kosten fünf Euro und waren erst im März auf den Markt gekommen. Rubbellose gehören in Italien zu den beliebtesten Glücksspielen; Suchtberatungsstellen kritisieren seit Jahren, dass sie in nahezu jeder Bar erhältlich sind.
""",
"04_pt.txt": """Itália retira 1,8 milhões de raspadinhas por erro de impressão
Público
11 de Maio de 2027, 17:45

A Agência das Alfândegas e dos Monopólios de Itália mandou retirar de circulação 1,8 milhões de raspadinhas da série "Forziere d'Oro", de cinco euros, depois de um erro de impressão ter concentrado os prémios intermédios num pequeno número de maços. A informação foi noticiada esta terça-feira pelo diário italiano La Repubblica, que ouviu dois funcionários da agência sob anonimato.

Os bilhetes com prémios de 100 e 500 euros ficaram agrupados por causa de um ficheiro de paginação defeituoso enviado à tipografia, escreve o jornal. Foram tabacarias da Campânia e da Apúlia que primeiro deram o alarme, em meados de Abril, ao registarem taxas de vitória invulgarmente altas.

Os cerca de 310 mil bilhetes já vendidos continuam válidos e os respectivos prémios serão pagos, garantem as fontes citadas pelo La Repubblica. A agência não respondeu às perguntas do diário romano.

Em Itália, as lotarias instantâneas estão entre os jogos mais procurados, e as associações de apoio a jogadores têm pedido limites à sua venda em cafés e tabacarias. Também em Portugal a venda de raspadinhas tem sido alvo de críticas de especialistas em saúde pública.
""",
}, [("la Repubblica", True)],
[("la Repubblica", "01_en.txt"), ("la Repubblica", "02_es.txt"), ("la Repubblica", "03_de.txt"), ("la Repubblica", "04_pt.txt")],
[("Italy's customs and monopolies agency ordered the withdrawal of 1.8 million 'Forziere d'Oro' scratchcards after a printing error clustered the winning tickets.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_de.txt", "04_pt.txt"], 1),
 ("About 310,000 tickets already sold remain valid and their prizes will be paid.", ["00_it.txt", "01_en.txt", "02_es.txt", "04_pt.txt"], 1),
 ("An internal note dated 6 May puts the potential loss at 2.7 million euros.", ["00_it.txt", "01_en.txt", "03_de.txt"], 1),
])

# s03: chain. Економічна правда's own report (documents + anonymous source at the regulator +
# lawyer's comment to ЕП) -> The Kyiv Independent ("Ekonomichna Pravda reported …, citing") ->
# de ("Wie der „Kyiv Independent“ unter Berufung auf das … Portal „Ekonomitschna Prawda“
# berichtet") and it ("Lo scrive il quotidiano online … Kyiv Independent, che riprende
# un'inchiesta di Ekonomichna Pravda"): de and it get one edge from The Kyiv Independent.
# ru relays ЕП directly in genitive/instrumental forms ("сообщила «Экономическая правда»",
# "По информации «Экономической правды»", "заявил изданию").
story("s03_chain_casino_licence_revocation", "chain", {
"00_uk.txt": """PlayCity готується позбавити «Вежа Геймінг» усіх ліцензій через борг у 212 млн грн
Економічна правда
18 травня 2027, 08:15

Агентство з питань регулювання діяльності з організації та проведення азартних ігор та лотерей (PlayCity) готує рішення про анулювання всіх ліцензій оператора ТОВ «Вежа Геймінг», який заборгував державі 212 млн грн ліцензійних платежів. Як з'ясувала «Економічна правда», проєкт рішення вже підготовлено, а розглянути його планують на засіданні агентства 27 травня.

У розпорядженні ЕП є лист регулятора до компанії від 29 квітня. У ньому PlayCity вимагає протягом 30 днів погасити заборгованість за річну плату за ліцензії за 2026 рік і попереджає, що інакше ліцензії буде анульовано. Термін минув, а гроші так і не надійшли, розповів «Економічній правді» співрозмовник в агентстві, який попросив не називати його імені.

«Вежа Геймінг» має ліцензії на онлайн-казино та на 14 залів гральних автоматів у Києві, Львові та Одесі. Згідно з фінансовою звітністю компанії, її чистий дохід у 2026 році становив 1,4 млрд грн.

Юрист компанії Андрій Костюченко в коментарі ЕП заявив, що оператор оскаржуватиме рішення в суді. «Розмір платежу розраховано неправильно. Ми маємо висновок незалежного аудитора й готові відстоювати свою позицію», — сказав він.

Якщо рішення ухвалять, це стане найбільшим за сумою боргу випадком анулювання ліцензій від часу легалізації азартних ігор в Україні у 2020 році. За словами співрозмовника ЕП, ще щонайменше троє операторів мають прострочені платежі, але їхні борги значно менші.
""",
"01_en.txt": """Ukraine's gambling regulator moves to strip Vezha Gaming of licenses over Hr 212 million debt
The Kyiv Independent
May 18, 2027 2:47 PM

Ukraine's gambling regulator PlayCity is preparing to revoke all licenses held by operator Vezha Gaming over Hr 212 million (about $5.1 million) in unpaid license fees, Ukrainian business outlet Ekonomichna Pravda reported on May 18, citing documents it had reviewed and a source at the agency.

A draft decision has already been drawn up and is due to be considered at the regulator's meeting on May 27, according to the report.

In an April 29 letter seen by Ekonomichna Pravda, PlayCity gave the company 30 days to pay its annual license fees for 2026. The deadline passed without payment, Ekonomichna Pravda's source said.

Vezha Gaming runs an online casino and 14 slot-machine halls in Kyiv, Lviv and Odesa. Company lawyer Andrii Kostiuchenko told Ekonomichna Pravda the operator would challenge any revocation in court, arguing that the fee had been miscalculated.

The Kyiv Independent could not independently verify the report. PlayCity did not immediately respond to a request for comment.

Ukraine legalized gambling in 2020 after an 11-year ban. The industry's regulator, formerly known by the acronym KRAIL, was reorganized in 2023 amid accusations of corruption and lax oversight. Since Russia's full-scale invasion, lawmakers have repeatedly debated tougher rules, including limits on gambling advertising and on access for military personnel.
""",
"02_de.txt": """Ukraine: Glücksspielaufsicht will Betreiber „Vezha Gaming“ die Lizenzen entziehen
Der Tagesspiegel
18.05.2027, 19:30 Uhr

Die ukrainische Glücksspielaufsicht PlayCity will dem Betreiber Vezha Gaming offenbar sämtliche Lizenzen entziehen. Wie der englischsprachige „Kyiv Independent“ unter Berufung auf das Wirtschaftsportal „Ekonomitschna Prawda“ berichtet, schuldet das Unternehmen dem Staat 212 Millionen Hrywnja, umgerechnet rund 4,7 Millionen Euro, an Lizenzgebühren.

Ein entsprechender Beschlussentwurf liege bereits vor, über ihn solle am 27. Mai beraten werden, so die Zeitung weiter. Die Aufsicht habe der Firma Ende April eine Frist von 30 Tagen gesetzt, die ohne Zahlung verstrichen sei.

Vezha Gaming betreibt ein Online-Casino und 14 Spielhallen in Kiew, Lwiw und Odessa. Ein Anwalt des Unternehmens kündigte laut dem Bericht an, gegen einen Lizenzentzug vor Gericht zu ziehen; die Gebühr sei falsch berechnet worden.

Glücksspiel ist in der Ukraine erst seit 2020 wieder legal. Seit Beginn des russischen Angriffskriegs wird im Parlament in Kiew immer wieder über strengere Regeln gestritten. Kritiker warnen vor allem vor der Spielsucht unter Soldaten und fordern ein Werbeverbot für Online-Casinos. Die Einnahmen aus Lizenzgebühren sind für den angespannten Staatshaushalt allerdings nicht unerheblich.
""",
"03_it.txt": """Ucraina, il regolatore PlayCity verso la revoca delle licenze di Vezha Gaming
Agipronews
18/05/2027 16:55

ROMA - Il regolatore ucraino del gioco PlayCity si prepara a revocare tutte le licenze dell'operatore Vezha Gaming, che non avrebbe versato canoni per 212 milioni di grivne, circa 4,7 milioni di euro. Lo scrive il quotidiano online in lingua inglese Kyiv Independent, che riprende un'inchiesta del portale economico ucraino Ekonomichna Pravda.

La bozza di decisione, secondo la testata, sarà esaminata nella riunione dell'autorità in programma il 27 maggio. Il regolatore aveva concesso all'operatore 30 giorni per saldare il canone annuale relativo al 2026, ma il termine è scaduto senza alcun pagamento.

Vezha Gaming gestisce un casinò online e 14 sale slot tra Kiev, Leopoli e Odessa. Il mercato ucraino del gioco è stato legalizzato nel 2020 dopo oltre un decennio di divieto; da allora il settore è cresciuto rapidamente, ma il regolatore è stato più volte riorganizzato tra accuse di controlli insufficienti. Dall'inizio della guerra, il Parlamento di Kiev discute di nuove restrizioni alla pubblicità del gioco e all'accesso dei militari alle piattaforme online.
""",
"04_ru.txt": """Регулятор азартных игр PlayCity готовит аннулирование лицензий «Вежа Гейминг»
Зеркало недели
18.05.2027 12:40

Агентство по регулированию азартных игр и лотерей PlayCity готовит решение об аннулировании всех лицензий оператора «Вежа Гейминг» из-за долга по лицензионным платежам в размере 212 млн грн. Об этом сообщила «Экономическая правда» со ссылкой на документы и источник в агентстве.

По информации «Экономической правды», 29 апреля регулятор направил компании письмо с требованием погасить задолженность за 2026 год в течение 30 дней. Срок истёк, однако деньги так и не поступили, рассказал собеседник издания.

«Вежа Гейминг» владеет лицензиями на онлайн-казино и 14 залов игровых автоматов в Киеве, Львове и Одессе. Юрист компании Андрей Костюченко заявил изданию, что оператор будет обжаловать решение в суде, поскольку размер платежа, по его словам, рассчитан неверно.

Если решение будет принято, это станет крупнейшим по сумме долга случаем лишения лицензий с момента легализации игорного бизнеса в Украине в 2020 году. Отрасль приносит бюджету миллиарды гривен, но её регулирование остаётся предметом острых споров: в Верховной Раде лежат сразу несколько законопроектов об ограничении рекламы азартных игр.
""",
}, [("Економічна правда", True)],
[("Економічна правда", "01_en.txt"), ("The Kyiv Independent", "02_de.txt"), ("The Kyiv Independent", "03_it.txt"),
 ("Економічна правда", "04_ru.txt")],
[("Ukraine's gambling regulator PlayCity is preparing to revoke all licences of Vezha Gaming over 212 million hryvnias of unpaid licence fees.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_it.txt", "04_ru.txt"], 1),
 ("The company's lawyer said the operator would challenge the decision in court.", ["00_uk.txt", "01_en.txt", "02_de.txt", "04_ru.txt"], 1),
 ("The draft decision is to be considered at the regulator's meeting on 27 May.", ["00_uk.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1),
])

# s04: Folha de S.Paulo's own test of blocked betting sites ("A reportagem testou", "disse à
# reportagem", the regulator's note to Folha); 01_es (no outlet line) is an uncredited, close
# Spanish translation published the next day (same structure, same quote, "la redacción"
# instead of "a reportagem"): edge from Folha de S.Paulo. en "according to an investigation
# published … by the newspaper Folha de S.Paulo" + "Folha's reporters" + "the paper's
# journalists"; it "secondo un'inchiesta del quotidiano brasiliano" + "ha rilevato la testata".
story("s04_translation_mirror_betting_sites", "translation", {
"00_pt.txt": """Bets sem licença driblam bloqueio do governo com sites-espelho; Folha achou 37 endereços ativos
Folha de S.Paulo
12.jun.2027 às 5h00

Ao menos 37 sites de apostas que constam da lista de bloqueio do Ministério da Fazenda continuam acessíveis no Brasil por meio de endereços-espelho. A reportagem testou, entre 2 e 9 de junho, 120 domínios incluídos na lista da Secretaria de Prêmios e Apostas (SPA) e encontrou versões alternativas em funcionamento de quase um terço deles.

Em 22 desses sites, a reportagem conseguiu abrir uma conta apenas com CPF e fazer depósitos de R$ 20 via Pix, sem nenhuma verificação adicional de identidade. Os endereços-espelho costumam mudar apenas uma letra ou a terminação do domínio e são divulgados em grupos de Telegram e por perfis de influenciadores que recebem comissão por cada novo apostador.

"O bloqueio por domínio é uma corrida de gato e rato. Sem atacar os meios de pagamento, as bets ilegais sempre vão encontrar uma porta", disse à reportagem a advogada Renata Albuquerque Viana, especialista em regulação de jogos.

Procurada, a SPA afirmou em nota que já determinou o bloqueio de mais de 15 mil sites desde 2025, em parceria com a Anatel, e que estuda exigir que instituições de pagamento recusem transações com empresas não autorizadas. A secretaria disse ainda que vai analisar a lista de endereços enviada pela reportagem.

O mercado de apostas de quota fixa foi regulamentado no Brasil em 2024, e desde janeiro de 2025 apenas empresas autorizadas pelo ministério podem operar no país, com domínios terminados em ".bet.br". Associações do setor estimam que os sites ilegais ainda respondam por uma fatia relevante das apostas feitas por brasileiros.
""",
"01_es.txt": """Casas de apuestas sin licencia esquivan el bloqueo del Gobierno brasileño con sitios espejo
13 de junio de 2027

Al menos 37 sitios de apuestas que figuran en la lista de bloqueo del Ministerio de Hacienda de Brasil siguen siendo accesibles en el país a través de direcciones espejo. La redacción comprobó, entre el 2 y el 9 de junio, 120 dominios incluidos en la lista de la Secretaría de Premios y Apuestas (SPA) y encontró versiones alternativas en funcionamiento de casi un tercio de ellos.

En 22 de esos sitios, la redacción logró abrir una cuenta solo con el CPF, el número de identificación fiscal brasileño, y hacer depósitos de 20 reales mediante Pix, sin ninguna verificación adicional de identidad. Las direcciones espejo suelen cambiar solo una letra o la terminación del dominio y se difunden en grupos de Telegram y a través de perfiles de influencers que cobran una comisión por cada nuevo apostador.

"El bloqueo por dominio es una carrera del gato y el ratón. Sin atacar los medios de pago, las casas de apuestas ilegales siempre encontrarán una puerta", dijo la abogada Renata Albuquerque Viana, especialista en regulación del juego.

Consultada, la SPA afirmó en una nota que ya ha ordenado el bloqueo de más de 15.000 sitios desde 2025, en colaboración con la Anatel, y que estudia exigir a las entidades de pago que rechacen transacciones con empresas no autorizadas. La secretaría añadió que analizará la lista de direcciones que se le envió.

El mercado de apuestas de cuota fija se reguló en Brasil en 2024, y desde enero de 2025 solo las empresas autorizadas por el ministerio pueden operar en el país, con dominios terminados en ".bet.br".
""",
"02_en.txt": """Unlicensed betting sites dodge Brazil's crackdown with mirror domains
Financial Times
June 12 2027

Dozens of unlicensed betting websites that Brazil's finance ministry has ordered blocked remain accessible through so-called mirror domains, according to an investigation published on Saturday by the newspaper Folha de S.Paulo.

Folha's reporters tested 120 blocked domains between June 2 and 9 and found that 37 were still reachable through near-identical addresses, often differing by a single letter or suffix. In 22 cases, the paper's journalists were able to open an account using only a taxpayer number and deposit R$20 through Pix, the central bank's instant payment system, without further identity checks.

The findings are an embarrassment for the government of a country that has become one of the world's largest betting markets since it licensed fixed-odds sports betting in 2024. Since January 2025 only operators authorised by the finance ministry, using web addresses ending in ".bet.br", have been allowed to take bets from Brazilians.

Licensed operators, which pay a 12 per cent levy on gross gaming revenue as well as hefty licence fees, have long complained that the black market undercuts them with bigger bonuses and looser checks. Public health experts, meanwhile, warn that betting is draining the budgets of low-income households.

Folha quoted gambling lawyer Renata Albuquerque Viana as saying that blocking domains was "a game of cat and mouse" unless regulators went after payment providers.
""",
"03_it.txt": """Brasile, decine di siti di scommesse illegali aggirano il blocco con domini "specchio"
Agipronews
12 giugno 2027 - 18:20

ROMA - In Brasile almeno 37 siti di scommesse inseriti nella lista nera del ministero delle Finanze restano raggiungibili attraverso indirizzi "specchio". È quanto emerge da un'inchiesta del quotidiano brasiliano Folha de S.Paulo, che tra il 2 e il 9 giugno ha verificato 120 domini oscurati dalla Secretaria de Prêmios e Apostas (SPA).

Secondo la testata, gli indirizzi alternativi differiscono spesso per una sola lettera o per l'estensione e vengono pubblicizzati su gruppi Telegram e da influencer pagati a commissione. Interpellata dal giornale, la SPA ha spiegato di aver disposto dal 2025 l'oscuramento di oltre 15mila siti in collaborazione con l'autorità per le telecomunicazioni Anatel e di valutare l'obbligo, per gli operatori di pagamento, di bloccare le transazioni verso società non autorizzate.

Il mercato brasiliano delle scommesse a quota fissa è regolamentato dal 2024 e dal gennaio 2025 possono operare soltanto i concessionari autorizzati, con domini ".bet.br". In Italia l'Agenzia delle Dogane e dei Monopoli aggiorna da quasi vent'anni l'elenco dei siti inibiti, ma anche qui il fenomeno dei domini clone resta difficile da contrastare, come ha rilevato più volte la Guardia di Finanza.
""",
}, [("Folha de S.Paulo", True)],
[("Folha de S.Paulo", "01_es.txt"), ("Folha de S.Paulo", "02_en.txt"), ("Folha de S.Paulo", "03_it.txt")],
[("At least 37 of 120 betting sites on Brazil's block list remain accessible through mirror domains.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_it.txt"], 1),
 ("In 22 of the sites reporters could open an account and deposit 20 reais via Pix without further identity checks.",
  ["00_pt.txt", "01_es.txt", "02_en.txt"], 1),
 ("The Secretariat of Prizes and Bets says it has ordered more than 15,000 sites blocked since 2025.",
  ["00_pt.txt", "01_es.txt", "03_it.txt"], 1),
])

# s05: an institution's published statement (Gambling Commission, outside the corpus) taken
# directly by en ("In a statement published on its website on Thursday, the regulator said"),
# it ("si legge in una nota pubblicata sul sito della Gambling Commission"), es ("según ha
# informado la Comisión del Juego británica … en un comunicado"); de takes it from BBC News
# ("Wie die BBC berichtet", "berichtet der Sender"): edge from BBC News, root stays the Commission.
story("s05_institution_uk_regulator_penalty", "institution", {
"00_en.txt": """Online gambling firm to pay £6.4m over failures to protect customers
BBC News
Thu, 08 Jul 2027 10:05:00 +0100

The owner of the SpinHarbour and BetHarbour websites will pay £6.4m after failing to protect vulnerable customers and to prevent money laundering, the Gambling Commission has said.

In a statement published on its website on Thursday, the regulator said Harrowgate Digital Ltd had allowed one customer to lose £740,000 over nine months without carrying out proper checks on where the money came from.

Another customer was able to deposit £95,000 in a single day, and the company failed to act on warning signs that a third customer might be using stolen funds, the Commission found.

The failures took place between March 2025 and June 2026. Harrowgate Digital will make the payment in lieu of a financial penalty and has agreed to an independent audit of its anti-money laundering and safer gambling policies, according to the statement.

"Operators must know who their customers are and where their money comes from. Letting someone lose three quarters of a million pounds without asking a single meaningful question is simply unacceptable," said Marcus Heywood, the Commission's director of enforcement.

The statement said Harrowgate had accepted the findings and had since replaced senior staff responsible for compliance.

The Gambling Commission has stepped up enforcement against online operators in recent years, as ministers introduced a statutory levy on gambling firms to fund research, prevention and treatment of gambling harms.
""",
"01_it.txt": """Regno Unito, la Gambling Commission sanziona Harrowgate Digital: pagherà 6,4 milioni di sterline
Agipronews
08/07/2027 13:40

ROMA - Harrowgate Digital, società che gestisce i siti di gioco online SpinHarbour e BetHarbour, pagherà 6,4 milioni di sterline per violazioni delle norme antiriciclaggio e di tutela dei giocatori. Lo si legge in una nota pubblicata sul sito della Gambling Commission, l'autorità che vigila sul gioco in Gran Bretagna.

Secondo il regolatore britannico, l'operatore ha consentito a un cliente di perdere 740mila sterline in nove mesi senza effettuare adeguate verifiche sulla provenienza del denaro. Un altro giocatore ha potuto depositare 95mila sterline in un solo giorno. Le irregolarità si riferiscono al periodo compreso tra marzo 2025 e giugno 2026.

"Gli operatori devono sapere chi sono i loro clienti e da dove arrivano i loro soldi", ha dichiarato Marcus Heywood, direttore dell'area sanzioni della Commission, citato nel comunicato.

La società ha accettato le contestazioni e, riferisce la nota, ha già sostituito i responsabili della compliance. Negli ultimi anni il regolatore britannico ha moltiplicato i provvedimenti nei confronti degli operatori online, con sanzioni che hanno complessivamente superato le decine di milioni di sterline.
""",
"02_es.txt": """El regulador británico obliga al operador de juego online Harrowgate Digital a pagar 6,4 millones de libras
Europa Press
8 Jul. 2027 12:55

MADRID, 8 Jul. (EUROPA PRESS) -

El operador de juego online Harrowgate Digital, propietario de las webs SpinHarbour y BetHarbour, pagará 6,4 millones de libras (unos 7,5 millones de euros) por no proteger a clientes vulnerables y por deficiencias en la prevención del blanqueo de capitales, según ha informado la Comisión del Juego británica (Gambling Commission) en un comunicado.

El organismo explica que la compañía permitió a un cliente depositar 95.000 libras en un solo día y no actuó ante señales de que otro jugador podía estar utilizando fondos robados. Las irregularidades se produjeron entre marzo de 2025 y junio de 2026.

Además del pago, Harrowgate Digital se ha comprometido a someter a una auditoría independiente sus políticas contra el blanqueo y de juego más seguro, detalla el regulador, que subraya que la empresa ha aceptado sus conclusiones.

"Los operadores deben saber quiénes son sus clientes y de dónde procede su dinero", ha señalado el director de sanciones de la Comisión, Marcus Heywood, en el comunicado.
""",
"03_de.txt": """Britischer Online-Glücksspielanbieter muss 6,4 Millionen Pfund zahlen
Der Standard
8. Juli 2027, 16:12

Der Betreiber der britischen Glücksspielseiten SpinHarbour und BetHarbour muss wegen Versäumnissen beim Spielerschutz und bei der Geldwäscheprävention 6,4 Millionen Pfund zahlen, umgerechnet rund 7,5 Millionen Euro. Wie die BBC berichtet, hat die britische Glücksspielaufsicht Gambling Commission die Zahlung gegen die Firma Harrowgate Digital festgesetzt.

Die Behörde habe festgestellt, dass ein Kunde binnen neun Monaten 740.000 Pfund verspielen konnte, ohne dass das Unternehmen die Herkunft des Geldes ernsthaft geprüft habe, berichtet der Sender. Ein anderer Kunde habe an einem einzigen Tag 95.000 Pfund eingezahlt.

Harrowgate Digital habe die Feststellungen akzeptiert und die Verantwortlichen für die Compliance ausgetauscht, heißt es in dem BBC-Bericht weiter.

Großbritannien gilt als einer der am strengsten regulierten Online-Glücksspielmärkte Europas. Auch in Österreich wird seit Jahren über eine Neuordnung des Glücksspielgesetzes diskutiert, insbesondere über den Umgang mit Anbietern, die ohne österreichische Lizenz online Casinospiele anbieten.
""",
}, [("Gambling Commission", False)],
[("Gambling Commission", "00_en.txt"), ("Gambling Commission", "01_it.txt"), ("Gambling Commission", "02_es.txt"),
 ("BBC News", "03_de.txt")],
[("Harrowgate Digital, owner of SpinHarbour and BetHarbour, will pay 6.4 million pounds over anti-money-laundering and customer-protection failures.",
  ["00_en.txt", "01_it.txt", "02_es.txt", "03_de.txt"], 1),
 ("One customer was allowed to lose 740,000 pounds in nine months without proper source-of-funds checks.",
  ["00_en.txt", "01_it.txt", "03_de.txt"], 1),
 ("Harrowgate Digital agreed to an independent audit of its anti-money-laundering and safer gambling policies.",
  ["00_en.txt", "02_es.txt"], 1),
])

# s06: a person's own social-media post (Davide Marchiori's Instagram post, outside the corpus)
# relayed 4x: it "ha scritto il centrocampista in un lungo post pubblicato … su Instagram";
# en "the 29-year-old wrote in a lengthy Instagram post"; es "escribió el centrocampista en un
# extenso mensaje … en su cuenta de Instagram" + "relata en la publicación"; ru (neither outlet
# nor date line) "написал … в своём Instagram" + "По словам Маркьори".
story("s06_social_player_gambling_confession", "social", {
"00_it.txt": """Marchiori choc su Instagram: «Sono malato di scommesse, mi sono autodenunciato»
La Gazzetta dello Sport
27 settembre 2027 - 08:12

Un lungo post pubblicato domenica sera su Instagram, accompagnato da una foto in bianco e nero scattata negli spogliatoi. Così Davide Marchiori, 29 anni, centrocampista e capitano della Lunigiana, ha scelto di raccontare la sua dipendenza dal gioco.

"Da più di due anni sono malato di scommesse. Ho giocato su partite di altri campionati, mai su quelle della mia squadra, sempre attraverso siti illegali. Ho perso più di 300 mila euro e, quel che è peggio, la fiducia di chi mi vuole bene", ha scritto il centrocampista.

Marchiori ha spiegato di essersi presentato spontaneamente alla Procura federale della Figc per raccontare tutto e di aver iniziato un percorso di cura in una struttura specializzata. "Accetterò qualsiasi decisione. Chiedo scusa ai miei compagni, ai tifosi e alla mia famiglia. Se la mia storia servirà ad aiutare anche un solo ragazzo, avrà avuto un senso", si legge ancora nel messaggio, che in poche ore ha raccolto decine di migliaia di commenti, in gran parte di sostegno.

Il club non ha ancora commentato. Il regolamento vieta ai tesserati di scommettere su competizioni calcistiche organizzate da Figc, Uefa e Fifa, e le sanzioni possono arrivare a diversi anni di squalifica; la collaborazione con gli inquirenti può però ridurre la pena. Marchiori, cresciuto nel vivaio della società toscana, ha collezionato oltre 180 presenze in Serie B ed era stato nominato capitano all'inizio della stagione.
""",
"01_en.txt": """Lunigiana captain Davide Marchiori reveals gambling addiction, reports himself to federation
ESPN
Sep 27, 2027, 04:30 AM ET

Lunigiana captain Davide Marchiori has revealed that he has been addicted to gambling for more than two years and has reported himself to the Italian football federation's prosecutor.

"For more than two years I have been sick with betting," the 29-year-old midfielder wrote in a lengthy Instagram post on Sunday night. "I bet on matches in other leagues, never on my own team's games, always through illegal websites."

Marchiori said he had gone to the FIGC's federal prosecutor of his own accord to disclose his betting and had begun treatment at a specialist clinic. He apologised to his teammates, the club's supporters and his family, adding that he would accept any sanction.

The Serie B club has not commented on the post, which drew tens of thousands of messages of support within hours.

Italian football regulations bar registered players from betting on any competition organised by the FIGC, UEFA or FIFA, and offenders can face lengthy bans, though cooperation with investigators can reduce sanctions. Italian football has been shaken by several betting cases involving players in recent seasons, prompting the federation and clubs to introduce mandatory education sessions on gambling.
""",
"02_es.txt": """El capitán del Lunigiana confiesa su ludopatía: "He perdido más de 300.000 euros"
Marca
27/09/2027 11:35

Davide Marchiori, centrocampista y capitán del Lunigiana, de la Serie B italiana, ha confesado que sufre adicción al juego desde hace más de dos años. "He perdido más de 300.000 euros y, lo que es peor, la confianza de quienes me quieren", escribió el futbolista de 29 años en un extenso mensaje publicado el domingo por la noche en su cuenta de Instagram.

Según relata en la publicación, Marchiori apostó siempre en partidos de otras ligas, nunca en los de su equipo, y lo hizo a través de páginas ilegales. El jugador explica que acudió por voluntad propia a la Fiscalía federal de la Federación Italiana de Fútbol (FIGC) para contarlo todo y que ya ha comenzado un tratamiento en un centro especializado.

"Aceptaré cualquier decisión. Pido perdón a mis compañeros, a la afición y a mi familia", añade el centrocampista, que ha recibido miles de mensajes de apoyo.

La normativa italiana prohíbe a los futbolistas federados apostar en competiciones de la FIGC, la UEFA y la FIFA. El fútbol italiano ya vivió en los últimos años varios casos de jugadores sancionados por apuestas, y en España LaLiga también imparte desde hace años charlas obligatorias a sus plantillas sobre los riesgos del juego.
""",
"03_ru.txt": """Капитан итальянского клуба признался в игровой зависимости

Капитан клуба итальянской Серии B «Луниджана» Давиде Маркьори признался, что уже больше двух лет страдает игровой зависимостью. Об этом 29-летний полузащитник написал в воскресенье вечером в своём Instagram.

По словам Маркьори, он делал ставки только на матчи других чемпионатов, а не на игры своей команды, и всегда через нелегальные сайты. За это время футболист проиграл более 300 тысяч евро. «Я потерял не только деньги, но и доверие тех, кто меня любит», — говорится в публикации.

Игрок сообщил, что уже начал лечение в специализированной клинике, и попросил прощения у партнёров по команде, болельщиков и семьи. Пост за несколько часов собрал десятки тысяч комментариев.

Правила Итальянской федерации футбола запрещают игрокам делать ставки на турниры под эгидой FIGC, УЕФА и ФИФА. За нарушение грозит многолетняя дисквалификация. В последние годы в итальянском футболе уже было несколько громких скандалов, связанных со ставками футболистов.
""",
}, [("Davide Marchiori", False)],
[("Davide Marchiori", "00_it.txt"), ("Davide Marchiori", "01_en.txt"), ("Davide Marchiori", "02_es.txt"), ("Davide Marchiori", "03_ru.txt")],
[("Lunigiana captain Davide Marchiori revealed he has been addicted to gambling for more than two years, betting through illegal sites.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_ru.txt"], 1),
 ("Marchiori reported himself to the Italian football federation's prosecutor.", ["00_it.txt", "01_en.txt", "02_es.txt"], 1),
 ("Marchiori said he had lost more than 300,000 euros.", ["00_it.txt", "02_es.txt", "03_ru.txt"], 1),
])

# s07: Коммерсантъ's own scoop (two anonymous sources + the draft seen by "Ъ"); РБК relays it
# ("сообщил «Коммерсантъ» со ссылкой на источники") and adds its own confirmation from an
# anonymous federal official ("подтвердил РБК"): edge from Коммерсантъ and РБК is an in-corpus
# origin too. en "the Kommersant business daily reported …, citing" + "According to Kommersant";
# uk "пише російська газета «Коммерсант»" + "За даними «Коммерсанта»" + "Як зазначає видання".
story("s07_confirmation_betting_winnings_levy", "confirmation", {
"00_ru.txt": """Выигрыши обложат сбором на лечение
Коммерсантъ
12.10.2027, 05:30

Минфин подготовил законопроект, по которому букмекерские конторы будут обязаны удерживать с выигрышей клиентов свыше 100 тыс. руб. новый сбор в размере 3%. Средства предлагается направлять на программы профилактики и лечения игровой зависимости. Об этом “Ъ” рассказали два источника, знакомых с текстом документа.

Согласно законопроекту, с которым ознакомился “Ъ”, сбор должен появиться с 1 января 2028 года. Удерживать его будут сами букмекеры при выплате выигрыша, а перечислять — через единый центр учёта переводов ставок. В пояснительной записке авторы оценивают поступления от сбора примерно в 18 млрд руб. в год.

По словам одного из собеседников “Ъ”, идея обсуждается в правительстве с весны: Минздрав настаивал на отдельном источнике финансирования для наркологических служб, которые сейчас почти не занимаются лудоманией. Второй источник утверждает, что против выступали представители отрасли, опасающиеся оттока крупных игроков к нелегальным конторам.

«Сбор фактически ударит по самым активным клиентам, которые и так платят НДФЛ с выигрышей. Часть из них просто уйдёт в серый сектор», — считает управляющий партнёр консалтинговой компании «Ставка Про» Игорь Зенков.

В Минфине на запрос “Ъ” не ответили.
""",
"01_ru.txt": """Минфин предложил ввести трёхпроцентный сбор с крупных выигрышей у букмекеров
РБК
12 окт 2027, 13:47

Министерство финансов разработало законопроект о введении сбора в размере 3% с выигрышей в букмекерских конторах, превышающих 100 тыс. руб. Об этом сообщил «Коммерсантъ» со ссылкой на источники. Собранные средства планируется направлять на профилактику и лечение игровой зависимости.

Федеральный чиновник, знакомый с обсуждением, подтвердил РБК, что проект направлен на согласование в заинтересованные ведомства. По его словам, окончательная ставка сбора ещё может быть снижена до 2%, если против выступит Минэкономразвития.

Сейчас букмекеры отчисляют часть выручки на развитие спорта, а выигрыши клиентов облагаются НДФЛ. Новый сбор стал бы первым в России платежом, напрямую привязанным к финансированию помощи людям с игровой зависимостью.

Собеседник РБК добавил, что в правительстве также обсуждают обязательную самоисключающую программу для игроков: клиент сможет сам запретить себе делать ставки на срок от полугода до пяти лет. Этот механизм, по его словам, может быть включён в тот же законопроект при доработке.

Представители отрасли ранее неоднократно предупреждали, что рост фискальной нагрузки на легальных букмекеров приведёт к перетоку клиентов в нелегальный сектор, где не работают ни налоги, ни механизмы защиты игроков.

РБК направил запрос в Минфин.
""",
"02_en.txt": """Russia Plans 3% Levy on Big Betting Wins to Fund Addiction Treatment, Kommersant Says
The Moscow Times
Oct. 12, 2027

Russia's Finance Ministry has drafted legislation that would require bookmakers to withhold a 3% levy from winnings over 100,000 rubles and channel the money into gambling addiction prevention and treatment, the Kommersant business daily reported Tuesday, citing two sources familiar with the draft.

The levy would take effect on Jan. 1, 2028, according to Kommersant, which said it had seen the text of the bill. Bookmakers would deduct the fee when paying out winnings.

One of Kommersant's sources said the idea had been discussed within the government since the spring, with the Health Ministry pushing for dedicated funding for addiction services. Industry representatives have opposed the measure, fearing that high-stakes players would move to illegal bookmakers, the newspaper added.

The Finance Ministry did not respond to Kommersant's request for comment.

Russia legalized sports betting through licensed bookmakers in the 2000s and has since tightened rules on payments and advertising, while online casinos remain banned.
""",
"03_uk.txt": """У Росії хочуть запровадити збір з виграшів у букмекерів — ЗМІ
НВ
12 жовтня 2027, 15:20

Міністерство фінансів РФ підготувало законопроєкт, який зобов'язує букмекерські контори утримувати з виграшів клієнтів понад 100 тис. рублів новий збір у розмірі 3%. Про це пише російська газета «Коммерсант» з посиланням на два джерела, знайомі з текстом документа.

За даними «Коммерсанта», кошти спрямовуватимуть на профілактику та лікування ігрової залежності, а сам збір має запрацювати з 1 січня 2028 року. Як зазначає видання, автори законопроєкту оцінюють надходження приблизно в 18 млрд рублів на рік.

Джерела газети стверджують, що проти ідеї виступали представники букмекерського бізнесу, які побоюються відтоку найактивніших гравців до нелегальних контор.

Тим часом в Україні Верховна Рада вже кілька місяців не може ухвалити законопроєкт про обмеження реклами азартних ігор, а громадські організації вимагають виділити окреме фінансування на допомогу людям з лудоманією.
""",
}, [("Коммерсантъ", True), ("РБК", True)],
[("Коммерсантъ", "01_ru.txt"), ("Коммерсантъ", "02_en.txt"), ("Коммерсантъ", "03_uk.txt")],
[("Russia's Finance Ministry has drafted a bill introducing a 3% levy on bookmaker winnings above 100,000 rubles to fund gambling-addiction prevention and treatment.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 2),
 ("The levy would take effect on 1 January 2028.", ["00_ru.txt", "02_en.txt", "03_uk.txt"], 1),
 ("The levy is expected to bring in about 18 billion rubles a year.", ["00_ru.txt", "03_uk.txt"], 1),
])

# s08: two independent own reports: Der Spiegel (investigation files seen, prosecutor's
# confirmation to the magazine) and Corriere della Sera ("È quanto risulta al Corriere da fonti
# investigative"); en credits both ("Der Spiegel and Corriere della Sera reported"): two edges;
# uk credits Corriere only ("повідомляє італійська газета Corriere della Sera з посиланням на
# джерела в слідстві" + "За даними видання").
story("s08_independent_match_fixing_probe", "independent", {
"00_de.txt": """Ermittler gehen mutmaßlichem Wettbetrug in Regionalliga und Serie C nach
Der Spiegel
05.11.2027, 18.00 Uhr

Die Staatsanwaltschaft Augsburg ermittelt gegen neun Verdächtige wegen gewerbsmäßigen Sportwettbetrugs. Das geht aus Ermittlungsakten hervor, die der SPIEGEL einsehen konnte. Demnach sollen mindestens 14 Spiele der Regionalliga Bayern und der italienischen Serie C in der Saison 2026/27 manipuliert worden sein. Die Ermittlungen werden gemeinsam mit der Staatsanwaltschaft im italienischen Salerno geführt, die Zusammenarbeit koordiniert die EU-Justizbehörde Eurojust.

Kopf der Gruppe soll laut den Akten ein 44-jähriger Geschäftsmann aus Salzburg sein. Er soll Spielern und in mindestens einem Fall einem Torwarttrainer Beträge zwischen 5000 und 30.000 Euro pro Spiel angeboten haben. Die Wetten wurden überwiegend bei asiatischen Anbietern platziert, die auch Spiele unterklassiger Ligen im Programm haben. Den Gewinn der Gruppe schätzen die Ermittler auf rund 3,1 Millionen Euro.

Aufgefallen waren die Spiele durch Warnmeldungen eines Frühwarnsystems, das Wettquoten weltweit auswertet. Bei mehreren Partien hatten sich die Quoten für eine hohe Niederlage kurz vor Anpfiff auffällig verändert.

Ein Sprecher der Staatsanwaltschaft Augsburg bestätigte dem SPIEGEL auf Anfrage ein Ermittlungsverfahren, wollte sich zu Einzelheiten aber nicht äußern. Ein Sprecher des Bayerischen Fußball-Verbands sagte, man unterstütze die Behörden „mit allen Mitteln“.
""",
"01_it.txt": """Partite truccate tra Serie C e Germania, indagati due calciatori
Corriere della Sera
5 novembre 2027

La Procura di Salerno ha iscritto nel registro degli indagati sei persone, tra cui due calciatori di una squadra campana di Serie C, nell'ambito di un'inchiesta su un'organizzazione che avrebbe truccato almeno 14 partite tra la Serie C e la quarta serie tedesca per lucrare sulle scommesse. È quanto risulta al Corriere da fonti investigative.

L'indagine è condotta insieme alla Procura di Augusta, in Baviera, con il coordinamento di Eurojust. Secondo le stesse fonti, i due calciatori avrebbero ricevuto somme in contanti per "orientare" il risultato di almeno tre gare del girone C disputate tra febbraio e aprile. Tra gli indagati figurano anche un procuratore sportivo e un ex dirigente di una società dilettantistica.

Gli accertamenti della Guardia di Finanza si concentrano sui movimenti di alcuni conti aperti all'estero e su decine di chat recuperate dai telefoni sequestrati. Le puntate, spiegano gli investigatori, venivano piazzate soprattutto su piattaforme asiatiche non autorizzate in Italia, difficili da tracciare.

La società dei due giocatori, contattata dal Corriere, ha fatto sapere di non aver ricevuto alcuna comunicazione dalla magistratura e di essere "parte lesa". La Procura federale della Figc ha chiesto gli atti.
""",
"02_en.txt": """German and Italian prosecutors investigate lower-league match-fixing ring
The Guardian
Fri 5 Nov 2027 19.32 GMT

Prosecutors in Germany and Italy are investigating a betting syndicate suspected of fixing at least 14 matches in Germany's regional fourth tier and Italy's Serie C, Der Spiegel and Corriere della Sera reported on Friday.

According to Der Spiegel, which said it had seen investigation files, prosecutors in Augsburg are investigating nine suspects, and the alleged ringleader is a 44-year-old businessman from Salzburg. Corriere della Sera, citing sources close to the inquiry, said prosecutors in Salerno were leading the Italian side of the investigation, which is being coordinated by the EU judicial cooperation agency Eurojust.

The matches, played in the 2026-27 season, were flagged by a monitoring system that tracks unusual movements in betting odds worldwide, the German magazine reported.

Lower-league football has long been seen as particularly vulnerable to match-fixing because of low wages, little media attention and the availability of betting markets on obscure fixtures through offshore bookmakers.

Augsburg prosecutors confirmed to Der Spiegel that an investigation was under way but declined to give details. Italy's football federation has requested the case files, the Corriere reported.
""",
"03_uk.txt": """В Італії та Німеччині розслідують договірні матчі: серед підозрюваних двоє футболістів Серії C
Суспільне Спорт
5 листопада 2027, 21:05

Прокуратура італійського Салерно розслідує діяльність угруповання, яке могло домовлятися про результати щонайменше 14 матчів італійської Серії C та четвертого дивізіону Німеччини, щоб заробляти на ставках. Про це повідомляє італійська газета Corriere della Sera з посиланням на джерела в слідстві.

За даними видання, серед шести підозрюваних — двоє футболістів клубу Серії C з регіону Кампанія, а також футбольний агент. Гравці нібито отримували готівку за «потрібний» результат щонайменше у трьох матчах, зіграних з лютого по квітень.

Розслідування італійські правоохоронці ведуть спільно з прокуратурою німецького Аугсбурга, координує співпрацю Євроюст. Ставки, як пише газета, робили переважно в азійських букмекерів, які не мають ліцензії в Італії.

Італійська федерація футболу вже запросила матеріали справи. Клуб, у якому грають підозрювані, заявив виданню, що вважає себе потерпілою стороною і не отримував жодних повідомлень від прокуратури.

Нижчі ліги європейського футболу давно вважаються найвразливішими до маніпуляцій: зарплати там невисокі, увага медіа мінімальна, а ставки на такі матчі приймають офшорні букмекери по всьому світу.
""",
}, [("Der Spiegel", True), ("Corriere della Sera", True)],
[("Der Spiegel", "02_en.txt"), ("Corriere della Sera", "02_en.txt"), ("Corriere della Sera", "03_uk.txt")],
[("Prosecutors in Germany and Italy are jointly investigating a betting ring suspected of fixing lower-league matches in both countries.",
  ["00_de.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], 2),
 ("At least 14 matches in Germany's fourth tier and Italy's Serie C are suspected of having been fixed.",
  ["00_de.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], 2),
 ("Two Serie C players are among the suspects under investigation in Salerno.", ["01_it.txt", "03_uk.txt"], 1),
 ("Investigators estimate the group's profit at about 3.1 million euros.", ["00_de.txt"], 1),
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 152 (gambling, lotteries, betting regulation; real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, n in claims:
            assert all(a in arts for a in al), (id, t)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
