#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand122 set (crime and policing).
Real media names; every event, person, company, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency Lusa (not in the corpus) relayed by four outlets. pt "avançou esta
# quinta-feira a agência Lusa" + "disse à Lusa" + "citada pela Lusa"; en "the national news agency
# Lusa reported" + "told Lusa" + "the agency said"; de "meldete die portugiesische Nachrichtenagentur
# Lusa ... unter Berufung auf die Polícia Judiciária" + "sagte ... der Agentur"; pl "podała portugalska
# agencja prasowa Lusa" + "Według agencji Lusa" + "powiedział agencji Lusa" + "Jak przekazała agencja".
# The PJ investigator speaks to Lusa: part of Lusa's report, not an origin.
story("t01_agency_sines_cocaine", "agency", {
"00_pt.txt": """PJ apreende 2,4 toneladas de cocaína escondidas em polpa de manga no porto de Sines
Público
2027-03-11 13:40

A Polícia Judiciária (PJ) apreendeu cerca de 2,4 toneladas de cocaína escondidas entre caixas de polpa de manga congelada num contentor desembarcado no porto de Sines, avançou esta quinta-feira a agência Lusa. Quatro homens foram detidos: dois portugueses, um espanhol e um colombiano, com idades entre os 29 e os 54 anos.

Segundo a agência, o contentor tinha chegado de Guayaquil, no Equador, no início da semana e estava consignado a uma importadora de fruta com sede em Alverca, a Tropifruta Lda. A droga estava distribuída por 96 caixas térmicas colocadas no fundo da carga, atrás de três filas de paletes de polpa verdadeira.

«Foi uma das maiores apreensões dos últimos anos num único contentor. A dissimulação era muito cuidada e só o cruzamento de informação nos permitiu lá chegar», disse à Lusa o coordenador de investigação criminal Artur Meneses, da Unidade Nacional de Combate ao Tráfico de Estupefacientes.

Os detidos, que terão tentado retirar o contentor do terminal na quarta-feira à tarde com documentação falsificada, vão ser presentes a um juiz de instrução criminal em Setúbal na sexta-feira, para aplicação de medidas de coação. No mercado de rua, a droga poderia render cerca de 90 milhões de euros, estima a PJ, citada pela Lusa.

A operação, baptizada «Polpa», contou com a colaboração da Autoridade Tributária e Aduaneira e de autoridades equatorianas. A investigação prossegue para identificar os destinatários finais da cocaína, que, de acordo com os investigadores ouvidos pela agência, seria distribuída em Portugal e Espanha.
""",
"01_en.txt": """Portuguese police find 2.4 tonnes of cocaine hidden in frozen mango pulp
The Guardian
Thu 11 Mar 2027 15.05 GMT

Portuguese police have seized about 2.4 tonnes of cocaine concealed in a shipment of frozen mango pulp at the Atlantic port of Sines and arrested four men, the national news agency Lusa reported on Thursday.

The drugs were packed into 96 insulated boxes hidden at the back of a refrigerated container that had arrived from Guayaquil, Ecuador, earlier in the week, according to Lusa. The shipment was addressed to a fruit importer based in Alverca, north of Lisbon.

Those detained – two Portuguese nationals, a Spaniard and a Colombian aged between 29 and 54 – allegedly tried to collect the container from the terminal on Wednesday afternoon using forged paperwork.

"It was one of the largest seizures in recent years from a single container," Artur Meneses, a senior investigator with the Polícia Judiciária's anti-narcotics unit, told Lusa. "The concealment was very careful."

Police estimate the cocaine would have fetched about €90m on the street, the agency said. The four suspects are due before an investigating judge in Setúbal on Friday.

Sines, a deep-water port about 100 miles south of Lisbon, has become an increasingly important entry point for South American cocaine bound for the Iberian peninsula and beyond, as traffickers look for alternatives to heavily policed northern European hubs such as Antwerp and Rotterdam.

Portugal's customs authority and Ecuadorian police took part in the operation, which investigators have named "Polpa" – Portuguese for pulp.
""",
"02_de.txt": """2,4 Tonnen Kokain in Mangomark: Vier Festnahmen in Portugal
Der Standard
11. März 2027, 17:30

In einem Kühlcontainer voller tiefgefrorenem Mangomark hat die portugiesische Kriminalpolizei im Hafen von Sines rund 2,4 Tonnen Kokain entdeckt. Das meldete die portugiesische Nachrichtenagentur Lusa am Donnerstag unter Berufung auf die Polícia Judiciária. Vier Männer wurden festgenommen.

Bei den Verdächtigen handelt es sich laut Lusa um zwei Portugiesen, einen Spanier und einen Kolumbianer im Alter zwischen 29 und 54 Jahren. Sie sollen am Mittwochnachmittag versucht haben, den Container mit gefälschten Papieren aus dem Terminal zu holen. Das Kokain war in 96 Isolierboxen verpackt, die hinter drei Reihen Paletten mit echtem Fruchtmark versteckt waren.

„Es war eine der größten Sicherstellungen der vergangenen Jahre aus einem einzigen Container“, sagte Ermittler Artur Meneses der Agentur. Der Container war demnach Anfang der Woche aus dem ecuadorianischen Guayaquil eingetroffen und an einen Fruchtimporteur in Alverca bei Lissabon adressiert.

Den Straßenverkaufswert der Drogen schätzt die Polizei auf rund 90 Millionen Euro. Die Festgenommenen sollen am Freitag einem Ermittlungsrichter in Setúbal vorgeführt werden.

Der Hafen Sines an der Atlantikküste gilt seit einigen Jahren als zunehmend wichtiges Einfallstor für Kokain aus Südamerika. Ermittler gehen davon aus, dass ein Teil der Lieferungen über die Iberische Halbinsel weiter nach Mitteleuropa gelangt – auch nach Österreich.
""",
"03_pl.txt": """Kokaina w pulpie z mango. Portugalska policja przejęła 2,4 tony narkotyku
Rzeczpospolita
11.03.2027 18:52

Portugalska policja kryminalna przejęła w porcie Sines ok. 2,4 tony kokainy ukrytej w transporcie mrożonej pulpy z mango – podała w czwartek portugalska agencja prasowa Lusa. Zatrzymano czterech mężczyzn.

Według agencji Lusa wśród zatrzymanych są dwaj Portugalczycy, Hiszpan i Kolumbijczyk w wieku od 29 do 54 lat. Mieli oni w środę po południu próbować odebrać kontener z terminalu na podstawie sfałszowanych dokumentów.

Narkotyk zapakowano w 96 pudeł termoizolacyjnych umieszczonych na końcu kontenera chłodniczego, za trzema rzędami palet z prawdziwą pulpą owocową. Ładunek przypłynął na początku tygodnia z Guayaquil w Ekwadorze i był adresowany do importera owoców z miejscowości Alverca pod Lizboną.

– To jedno z największych przejęć ostatnich lat z pojedynczego kontenera – powiedział agencji Lusa Artur Meneses z jednostki policji zajmującej się zwalczaniem handlu narkotykami. Jak przekazała agencja, czarnorynkową wartość kokainy śledczy szacują na ok. 90 mln euro.

Podejrzani mają w piątek stanąć przed sędzią śledczym w Setúbal, który zdecyduje o środkach zapobiegawczych.

Portugalskie porty, zwłaszcza Sines, coraz częściej wykorzystywane są przez przemytników z Ameryki Południowej, którzy omijają silnie kontrolowane porty w Antwerpii i Rotterdamie.
""",
}, [("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_en.txt"), ("Lusa", "02_de.txt"), ("Lusa", "03_pl.txt")],
[("Portuguese police seized about 2.4 tonnes of cocaine hidden in a shipment of frozen mango pulp at the port of Sines.", ["00_pt.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Four men were arrested: two Portuguese, a Spaniard and a Colombian aged 29 to 54.", ["00_pt.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The suspects are to appear before an investigating judge in Setúbal on Friday.", ["00_pt.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1)])

# t02: in-corpus scoop by Українська правда (two anonymous law-enforcement sources + a draft notice of
# suspicion seen by the outlet; the customs press office's reply to UP is part of its report).
# uk own "«Українській правді» розповіли два джерела" (dative) + "Як з'ясувала «Українська правда»" +
# "УП ознайомилася"; ru "сообщила «Украинская правда» со ссылкой на два источника" + "По данным издания"
# + "пишет УП"; pl "informuje portal „Ukraińska Prawda”, powołując się na" + "Według „Ukraińskiej Prawdy”"
# (genitive) + "rozmówcy portalu"; it "La notizia è stata data dal sito ucraino Ukrainska Pravda, che cita
# due fonti" + "Secondo la testata" + "scrive ancora il giornale online".
story("t02_scoop_customs_search", "scoop", {
"00_uk.txt": """НАБУ прийшло з обшуками до заступника голови Митниці Гордієнка – джерела
Українська правда
Вівторок, 18 травня 2027, 09:47

Детективи Національного антикорупційного бюро у вівторок зранку проводять обшуки в будинку та службовому кабінеті заступника голови Державної митної служби Віталія Гордієнка. Про це «Українській правді» розповіли два джерела в правоохоронних органах, які погодилися говорити на умовах анонімності.

За словами співрозмовників УП, під час обшуку в будинку посадовця під Києвом детективи виявили близько 1,2 млн доларів готівкою. Частина грошей зберігалася в сейфі, вмурованому в підлогу гаража.

Як з'ясувала «Українська правда», слідство підозрює Гордієнка в організації схеми, за якою вантажівки з електронікою на одному із західних пунктів пропуску роками оформлювали як «запчастини» з мінімальним митом. Втрати бюджету, за попередніми розрахунками слідства, сягають 310 млн гривень.

УП ознайомилася з проєктом повідомлення про підозру. У документі йдеться про щонайменше 640 вантажівок, розмитнених за схемою у 2025–2026 роках, а також про ще трьох посадовців митниці та двох власників логістичних компаній.

Сам Гордієнко на дзвінки УП не відповів. У пресслужбі Держмитслужби нам сказали, що «не коментують слідчі дії до офіційного повідомлення правоохоронців».

Гордієнко обіймає посаду заступника голови митниці з 2024 року. До цього він понад десять років працював у регіональних митницях на заході країни.

НАБУ офіційно поки не коментувало обшуки.
""",
"01_ru.txt": """НАБУ проводит обыски у замглавы таможни Украины. У него нашли 1,2 миллиона долларов наличными
Медуза
18 мая 2027, 12:30

Детективы Национального антикоррупционного бюро Украины (НАБУ) во вторник проводят обыски у заместителя главы Государственной таможенной службы Виталия Гордиенко, сообщила «Украинская правда» со ссылкой на два источника в правоохранительных органах.

По данным издания, в загородном доме чиновника под Киевом нашли около 1,2 миллиона долларов наличными — часть денег хранилась в сейфе, вмурованном в пол гаража.

Следствие подозревает Гордиенко в организации схемы, при которой грузовики с электроникой на одном из пунктов пропуска на западе Украины годами оформляли как «запчасти» с минимальной пошлиной, пишет УП. Ущерб бюджету собеседники издания оценивают в 310 миллионов гривен (около 7,5 миллиона долларов). Журналисты также ознакомились с проектом подозрения: в нем, по их словам, упоминаются еще трое сотрудников таможни и двое владельцев логистических компаний.

Сам Гордиенко на звонки «Украинской правды» не ответил, в таможенной службе от комментариев отказались. НАБУ официально обыски не подтверждало.

Государственная таможенная служба Украины в последние годы остается одним из главных объектов антикоррупционных расследований. Реформа ведомства входит в число обязательств, которые Киев взял на себя в переговорах о вступлении в Евросоюз.
""",
"02_pl.txt": """Ukraina: antykorupcyjne biuro u wiceszefa służby celnej. Ponad milion dolarów w sejfie pod garażem
Gazeta Wyborcza
18.05.2027, 14:05

Detektywi ukraińskiego Narodowego Biura Antykorupcyjnego (NABU) przeszukują dom i gabinet Witalija Hordijenki, zastępcy szefa Państwowej Służby Celnej Ukrainy – informuje portal „Ukraińska Prawda”, powołując się na dwa źródła w organach ścigania.

Według „Ukraińskiej Prawdy” w domu urzędnika pod Kijowem znaleziono ok. 1,2 mln dol. w gotówce, część w sejfie zamurowanym w podłodze garażu. Śledczy podejrzewają Hordijenkę o zorganizowanie procederu, w ramach którego ciężarówki z elektroniką na jednym z przejść granicznych na zachodzie Ukrainy odprawiano jako „części zamienne” z minimalnym cłem. Nie wiadomo, czy chodzi o przejście z Polską. Straty budżetu rozmówcy portalu szacują na 310 mln hrywien.

Jak dodaje „Ukraińska Prawda”, jej dziennikarze zapoznali się z projektem zawiadomienia o podejrzeniu, w którym wymieniono jeszcze trzech celników i dwóch właścicieli firm logistycznych. Sam Hordijenko nie odbierał telefonów od redakcji portalu.

Ukraińskie przejścia graniczne od lat uchodzą za jedno z najbardziej skorumpowanych ogniw tamtejszej służby celnej. Reforma ceł to jeden z warunków, które Kijów musi spełnić w negocjacjach akcesyjnych z Unią Europejską. NABU nie skomentowało dotąd oficjalnie przeszukań.
""",
"03_it.txt": """Ucraina, blitz anticorruzione contro il numero due delle dogane: trovati 1,2 milioni di dollari in contanti
Corriere della Sera
18 maggio 2027 | 16:10

Gli investigatori dell'Ufficio nazionale anticorruzione ucraino (Nabu) hanno perquisito martedì l'abitazione e l'ufficio di Vitaliy Hordiyenko, vicecapo del Servizio doganale statale. Nella casa del funzionario, alle porte di Kiev, sarebbero stati trovati circa 1,2 milioni di dollari in contanti, in parte nascosti in una cassaforte murata nel pavimento del garage.

La notizia è stata data dal sito ucraino Ukrainska Pravda, che cita due fonti delle forze dell'ordine rimaste anonime. Secondo la testata, l'inchiesta riguarda un presunto sistema con cui camion carichi di elettronica venivano registrati a un valico della frontiera occidentale come semplici «pezzi di ricambio», pagando dazi minimi. Il danno per le casse dello Stato — scrive ancora il giornale online — ammonterebbe a 310 milioni di grivnie, circa 6,8 milioni di euro.

Hordiyenko non ha risposto alle telefonate dei giornalisti ucraini. Il Nabu, per ora, non ha confermato ufficialmente le perquisizioni.

La lotta alla corruzione nelle dogane è uno dei dossier su cui Bruxelles misura i progressi di Kiev nel percorso di adesione all'Unione europea. Il servizio doganale è stato più volte riorganizzato negli ultimi anni, ma secondo gli osservatori i valichi con la Polonia e l'Ungheria restano tra i punti più esposti al contrabbando.
""",
}, [("Українська правда", True)],
[("Українська правда", "01_ru.txt"), ("Українська правда", "02_pl.txt"), ("Українська правда", "03_it.txt")],
[("NABU detectives searched the home and office of deputy customs chief Vitaliy Hordiienko.", ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_it.txt"], 1),
 ("About 1.2 million dollars in cash was found, partly in a safe set into the garage floor.", ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_it.txt"], 1),
 ("The suspected scheme declared electronics as spare parts at a western border crossing, costing the budget about 310 million hryvnias.", ["00_uk.txt", "01_ru.txt", "02_pl.txt", "03_it.txt"], 1)])

# t03: chain la Repubblica -> Der Spiegel -> pl, uk. it own ("Repubblica ha potuto leggere il decreto"
# + "Interpellata da Repubblica"); de "Wie die italienische Tageszeitung „La Repubblica“ berichtet" +
# "schreibt das Blatt" + "Laut dem Bericht" + an unanswered SPIEGEL request (no own reporting); pl "Jak
# informuje niemiecki tygodnik „Der Spiegel”, powołując się na włoski dziennik „La Repubblica”" +
# "według „Spiegla”" (genitive) + "Hamburski tygodnik przypomina" -> edge from Der Spiegel only; uk (no
# outlet and no date line) "Про це повідомляє німецький журнал Der Spiegel" + "За даними «Шпігеля»" +
# "пише журнал" -> edge from Der Spiegel.
story("t03_chain_scooter_vat_fraud", "chain", {
"00_it.txt": """Monopattini e fatture false, la procura di Milano indaga sulla filiale italiana di Rollbahn: sequestro da 23 milioni
la Repubblica
14 aprile 2027

La procura di Milano ha aperto un'inchiesta per frode fiscale sulla filiale italiana di Rollbahn Mobility, la società tedesca di noleggio di monopattini elettrici presente in undici città italiane. Secondo l'accusa, tra il 2023 e il 2026 l'azienda avrebbe evaso circa 23 milioni di euro di Iva attraverso una rete di società «cartiere» che emettevano fatture per servizi di manutenzione mai svolti.

Repubblica ha potuto leggere il decreto di sequestro preventivo firmato dal gip: su richiesta del pm Lorenzo Vitali, la Guardia di Finanza ha sequestrato beni e conti per 23 milioni di euro, l'intero importo contestato. Sono tre i manager indagati, tra cui l'ex amministratore delegato della filiale italiana, il tedesco Matthias Kröger, che ha lasciato l'incarico lo scorso autunno.

Le cartiere — cinque società con sede tra Lombardia e Campania, quasi tutte intestate a prestanome — avrebbero incassato i pagamenti per poi restituire gran parte del denaro in contanti o su conti esteri. Nel decreto si parla di «un sistema collaudato e consapevole, ideato ai vertici della società».

Interpellata da Repubblica, Rollbahn Mobility ha fatto sapere di «collaborare pienamente con le autorità» e di aver avviato un audit interno già a gennaio. L'avvocato di Kröger non ha voluto commentare.

Rollbahn, fondata a Berlino nel 2019, gestisce oltre 60.000 monopattini in Europa. In Italia è attiva tra l'altro a Milano, Roma, Torino e Napoli.
""",
"01_de.txt": """Mailänder Staatsanwaltschaft ermittelt gegen E-Scooter-Verleiher Rollbahn
Der Spiegel
14.04.2027, 15.22 Uhr

Die Staatsanwaltschaft Mailand ermittelt wegen mutmaßlichen Steuerbetrugs gegen die italienische Tochter des Berliner E-Scooter-Verleihers Rollbahn Mobility. Wie die italienische Tageszeitung „La Repubblica“ berichtet, soll das Unternehmen zwischen 2023 und 2026 rund 23 Millionen Euro Mehrwertsteuer hinterzogen haben – über ein Netz von Scheinfirmen, die Rechnungen für nie erbrachte Wartungsarbeiten ausstellten.

Die italienische Finanzpolizei Guardia di Finanza habe Vermögenswerte und Konten in Höhe der gesamten Summe beschlagnahmt, schreibt das Blatt, das nach eigenen Angaben den Beschlagnahmebeschluss einsehen konnte. Ermittelt werde gegen drei Manager, darunter den früheren Italien-Chef Matthias Kröger, einen Deutschen, der seinen Posten im Herbst abgegeben hatte.

Laut dem Bericht sollen die fünf Scheinfirmen in der Lombardei und in Kampanien die Zahlungen kassiert und einen Großteil des Geldes in bar oder auf Auslandskonten zurückgeleitet haben. Gegenüber „La Repubblica“ erklärte Rollbahn, man kooperiere „vollumfänglich“ mit den Behörden und habe bereits im Januar eine interne Prüfung eingeleitet.

Eine SPIEGEL-Anfrage ließ das Unternehmen bis zum Nachmittag unbeantwortet. Kröger war für eine Stellungnahme nicht zu erreichen.

Rollbahn wurde 2019 in Berlin gegründet und betreibt nach eigenen Angaben mehr als 60.000 E-Scooter in Europa. Im vergangenen Jahr hatte das Start-up eine Finanzierungsrunde über 140 Millionen Euro abgeschlossen und einen Börsengang in Aussicht gestellt.
""",
"02_pl.txt": """Niemiecka firma od hulajnóg pod lupą włoskiej prokuratury. Chodzi o 23 mln euro
Onet
14 kwietnia 2027, 18:40

Prokuratura w Mediolanie prowadzi śledztwo w sprawie oszustw podatkowych we włoskiej spółce zależnej niemieckiej wypożyczalni hulajnóg elektrycznych Rollbahn Mobility. Jak informuje niemiecki tygodnik „Der Spiegel”, powołując się na włoski dziennik „La Repubblica”, firma miała w latach 2023–2026 uniknąć zapłaty ok. 23 mln euro podatku VAT.

Mechanizm był – według „Spiegla” – prosty: pięć firm-słupów z Lombardii i Kampanii wystawiało faktury za usługi serwisowe, których nigdy nie wykonano. Pieniądze wracały potem w gotówce lub na zagraniczne konta. Włoska policja skarbowa Guardia di Finanza zajęła majątek i konta spółki na łączną kwotę 23 mln euro.

Śledztwo obejmuje trzech menedżerów, w tym byłego szefa włoskiej spółki, Niemca Matthiasa Krögera. Hamburski tygodnik przypomina, że Kröger zrezygnował ze stanowiska jesienią ubiegłego roku.

Rollbahn zapewnia, że w pełni współpracuje z organami ścigania. Firma działa także w Polsce – jej hulajnogi można wypożyczyć m.in. w Warszawie, Krakowie i Poznaniu. Na pytania Onetu o to, czy kontrolą objęto również polską spółkę, do chwili publikacji nie otrzymaliśmy odpowiedzi.
""",
"03_uk.txt": """Прокуратура Мілана розслідує ухилення від ПДВ у німецькому сервісі електросамокатів Rollbahn

Прокуратура італійського Мілана розслідує справу про ухилення від сплати податків в італійській дочірній компанії німецького сервісу оренди електросамокатів Rollbahn Mobility. Про це повідомляє німецький журнал Der Spiegel.

За даними «Шпігеля», у 2023–2026 роках компанія могла недоплатити близько 23 млн євро податку на додану вартість. Для цього, як вважає слідство, використовували п'ять фіктивних фірм, які виставляли рахунки за ремонт і обслуговування самокатів, що насправді не проводилися.

Фінансова поліція Італії Guardia di Finanza заарештувала активи й рахунки компанії на всю суму – 23 млн євро, пише журнал. Фігурантами справи є троє менеджерів; серед них – колишній керівник італійського підрозділу, німець Маттіас Крегер, який залишив посаду восени.

У Rollbahn запевняють, що повністю співпрацюють зі слідством.

Rollbahn Mobility заснована в Берліні 2019 року. З 2025 року компанія працює також в Україні – її самокати можна орендувати в Києві та Львові. Чи стосується розслідування українського підрозділу, невідомо.
""",
}, [("la Repubblica", True)],
[("la Repubblica", "01_de.txt"), ("Der Spiegel", "02_pl.txt"), ("Der Spiegel", "03_uk.txt")],
[("Milan prosecutors are investigating the Italian subsidiary of the German e-scooter company Rollbahn Mobility for about 23 million euros of VAT fraud through fake invoices.", ["00_it.txt", "01_de.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("The Guardia di Finanza seized assets and accounts worth 23 million euros.", ["00_it.txt", "01_de.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("Three managers are under investigation, including the former head of the Italian subsidiary, Matthias Kröger.", ["00_it.txt", "01_de.txt", "02_pl.txt", "03_uk.txt"], 1)])

# t04: Gazeta Wyborcza own report of a raid (reporter on the spot, "Jak ustaliła „Wyborcza”", police
# spokeswoman "powiedziała nam"); uk 01 is an uncredited close Ukrainian translation published the same
# evening, no outlet line, keeps "сказала нам" and "Наша репортерка" (edge from Gazeta Wyborcza,
# scenario translation); en "Gazeta Wyborcza reported" + "according to the newspaper" + "the paper
# added" + "told Wyborcza"; ru "сообщила польская газета Gazeta Wyborcza" + "По информации «Газеты
# Выборчей»" (genitive) + "пишет издание" + "Газета приводит слова".
story("t04_translation_farm_workers", "translation", {
"00_pl.txt": """Paszporty w sejfie, noclegi w kontenerach. Nalot na farmy pod Trzebnicą, zatrzymani bracia z agencji pracy
Gazeta Wyborcza
2027-05-04 11:15

Policjanci z Wrocławia i funkcjonariusze Straży Granicznej weszli we wtorek o świcie na trzy gospodarstwa ogrodnicze pod Trzebnicą. W blaszanych kontenerach bez ogrzewania i bieżącej wody mieszkało tam 41 obywateli Ukrainy – w większości kobiet – zatrudnionych przy zbiorze truskawek. Ich paszporty leżały w sejfie w biurze agencji pracy, która ich tu przywiozła.

Jak ustaliła „Wyborcza”, zatrzymano dwóch braci, Marka i Tomasza K., właścicieli agencji Agro-Praca Service z Oleśnicy. Prokuratura Okręgowa we Wrocławiu przygotowuje dla nich zarzuty handlu ludźmi i wykorzystywania pracy przymusowej. Grozi im wieloletnie więzienie.

– Pracownicy dostawali od 600 do 900 zł miesięcznie, choć umowy mówiły o stawce godzinowej. Resztę agencja potrącała za „zakwaterowanie” i „transport” – powiedziała nam podkom. Anna Wilczek z zespołu prasowego dolnośląskiej policji.

Nasza reporterka była na miejscu, gdy funkcjonariusze wyprowadzali ludzi z kontenerów. – Pracowaliśmy po 14 godzin. Kiedy prosiłam o paszport, żeby pojechać do chorej mamy, powiedzieli, że najpierw muszę odpracować dług – mówi 34-letnia Ołena z obwodu winnickiego.

Właściciele gospodarstw twierdzą, że o warunkach nie wiedzieli, bo całą rekrutacją i zakwaterowaniem zajmowała się agencja. Sprawdza to prokuratura.

Ukraińcy trafili do ośrodka interwencji kryzysowej w Trzebnicy. Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi zapewnia im pomoc prawną i tłumaczy.
""",
"01_uk.txt": """Паспорти в сейфі, ночівля в контейнерах: під Тшебницею затримали братів з агенції праці
04.05.2027 19:40

Поліцейські з Вроцлава та прикордонники у вівторок на світанку увійшли на три садівничі господарства під Тшебницею. У бляшаних контейнерах без опалення та водопроводу там жили 41 громадянин України – здебільшого жінки, – яких найняли збирати полуницю. Їхні паспорти лежали в сейфі в офісі агенції з працевлаштування, яка їх сюди привезла.

Як вдалося з'ясувати, затримано двох братів, Марека і Томаша К., власників агенції Agro-Praca Service з Олесниці. Окружна прокуратура у Вроцлаві готує для них підозри у торгівлі людьми та використанні примусової праці. Їм загрожує багаторічне ув'язнення.

«Працівники отримували від 600 до 900 злотих на місяць, хоча в договорах ішлося про погодинну ставку. Решту агенція утримувала за "проживання" і "транспорт"», – сказала нам підкомісар Анна Вільчек із пресслужби поліції Нижньосілезького воєводства.

Наша репортерка була на місці, коли правоохоронці виводили людей із контейнерів. «Ми працювали по 14 годин. Коли я попросила паспорт, щоб поїхати до хворої мами, мені сказали, що спершу треба відпрацювати борг», – розповідає 34-річна Олена з Вінницької області.

Власники господарств стверджують, що про умови не знали, бо весь набір і поселення організовувала агенція. Це перевіряє прокуратура.

Українців розмістили в центрі кризового втручання у Тшебниці. Національний консультаційно-інтервенційний центр для жертв торгівлі людьми надає їм правову допомогу та перекладачів.
""",
"02_en.txt": """Police free 41 Ukrainian workers kept in containers on Polish strawberry farms
Notes from Poland
4 May 2027

Police and Border Guard officers in south-western Poland have found 41 Ukrainian seasonal workers living in unheated metal containers on three strawberry farms near the town of Trzebnica, with their passports locked away by the employment agency that brought them there, Gazeta Wyborcza reported on Tuesday.

Two brothers who own the agency, Agro-Praca Service, were detained, according to the newspaper, which had a reporter at the scene of the dawn raid. In line with Polish privacy law, they were identified only as Marek and Tomasz K. Prosecutors in Wrocław are preparing charges of human trafficking and forced labour, the paper added.

"The workers were getting between 600 and 900 złoty a month, even though their contracts specified an hourly rate. The agency deducted the rest for 'accommodation' and 'transport'," Anna Wilczek, a spokeswoman for the regional police, told Wyborcza.

One worker, a 34-year-old woman from the Vinnytsia region identified only as Olena, said she had been told she must "work off a debt" before she could get her passport back to visit her sick mother.

The owners of the farms say they were unaware of the conditions, as recruitment and housing had been handled entirely by the agency.

Poland employs hundreds of thousands of Ukrainians, many of them in agriculture. Labour inspectors and NGOs have repeatedly warned about abuses by intermediary agencies, particularly in seasonal fruit picking.
""",
"03_ru.txt": """В Польше на клубничных фермах нашли 41 украинского работника, живших в контейнерах
DW
05.05.2027

Польская полиция и пограничная служба обнаружили на трех садоводческих хозяйствах под городом Тшебница в Нижней Силезии 41 гражданина Украины, которые жили в металлических контейнерах без отопления и воды. Об этом сообщила польская газета Gazeta Wyborcza, корреспондентка которой присутствовала при проверке.

По информации «Газеты Выборчей», работников — в основном женщин — наняли на сбор клубники через кадровое агентство Agro-Praca Service. Их паспорта хранились в сейфе в офисе агентства. Задержаны двое братьев — владельцев фирмы; в соответствии с польскими правилами их фамилии не раскрываются: Марек и Томаш К.

Прокуратура Вроцлава готовит против них обвинения в торговле людьми и принудительном труде, пишет издание. По словам представительницы полиции Нижнесилезского воеводства Анны Вильчек, работники получали от 600 до 900 злотых в месяц, а остальное агентство удерживало за «проживание» и «транспорт».

Газета приводит слова одной из работниц, 34-летней Елены из Винницкой области: ей отказывались вернуть паспорт, пока она «не отработает долг».

В Польше работают сотни тысяч граждан Украины, многие из них — в сельском хозяйстве. Правозащитники неоднократно указывали на злоупотребления со стороны посреднических агентств при найме сезонных работников.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_uk.txt"), ("Gazeta Wyborcza", "02_en.txt"), ("Gazeta Wyborcza", "03_ru.txt")],
[("Police and Border Guard found 41 Ukrainian workers living in unheated containers on farms near Trzebnica, their passports kept in the agency's safe.", ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Two brothers, Marek and Tomasz K., owners of the Agro-Praca Service agency, were detained.", ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Wrocław prosecutors are preparing human-trafficking and forced-labour charges.", ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 1)])

# t05: institution-published origin: Europol's press release (not in the corpus), taken directly by
# four outlets. de "Das teilte die EU-Polizeibehörde Europol am Mittwoch in Den Haag mit" + "nach Angaben
# der Behörde" + "wird ... in der Mitteilung zitiert"; it "secondo quanto comunica Europol in una nota" +
# "precisa l'agenzia europea" + "si legge nel comunicato"; pl (PAP, itself an agency) "poinformował w
# środę Europol" + "Jak przekazała unijna agencja" + "czytamy w komunikacie Europolu" + "zaznacza
# agencja"; pt "anunciou esta quarta-feira a agência europeia de polícia em comunicado" + "De acordo com
# a Europol" + "refere o comunicado". "Agency" here always means Europol.
story("t05_institution_europol_smugglers", "institution", {
"00_de.txt": """Europol: 27 Festnahmen bei Schlag gegen Schleusernetzwerk
Frankfurter Allgemeine Zeitung
16.06.2027, 14:12

Bei einer koordinierten Aktion gegen ein Schleusernetzwerk sind in vier EU-Staaten 27 Verdächtige festgenommen worden. Das teilte die EU-Polizeibehörde Europol am Mittwoch in Den Haag mit. Elf Festnahmen gab es demnach in Italien, neun in Polen, fünf in Deutschland und zwei in Portugal.

Die Bande soll seit 2025 mindestens 1100 Migranten über die Balkanroute in die EU geschleust haben – versteckt in doppelten Wänden und Böden von Kühllastwagen. Pro Person verlangten die Schleuser nach Angaben der Behörde zwischen 4000 und 7000 Euro. Bei insgesamt 43 Durchsuchungen wurden rund 1,6 Millionen Euro Bargeld, 14 Fahrzeuge und gefälschte Ausweisdokumente sichergestellt.

„Dieses Netzwerk hat Menschen wie Fracht behandelt. In einem Fall wurden 38 Menschen ohne ausreichende Belüftung bei minus zwei Grad transportiert“, wird die Europol-Ermittlerin Aino Lindqvist in der Mitteilung zitiert.

Die Operation mit dem Namen „Orbis“ hatte den Angaben zufolge im Herbst 2025 begonnen, nachdem italienische Beamte bei einer Kontrolle am Grenzübergang Fernetti bei Triest einen präparierten Lastwagen entdeckt hatten. In Deutschland waren, wie die Behörde weiter mitteilte, Polizeikräfte in Bayern und Nordrhein-Westfalen beteiligt. Die Ermittlungen gegen weitere mutmaßliche Mitglieder dauern an.

Schleuser setzen nach Einschätzung von Fachleuten zunehmend auf Lastwagen mit verborgenen Hohlräumen, weil diese bei Kontrollen an den Binnengrenzen schwer zu entdecken sind.
""",
"01_it.txt": """Migranti nascosti nei tir frigo, smantellata rete di trafficanti: 27 arresti in quattro Paesi, 11 in Italia
La Stampa
16 giugno 2027

Nascondevano i migranti in doppi fondi e intercapedini ricavate nei camion frigorifero, a temperature vicine allo zero, e per ogni viaggio lungo la rotta balcanica incassavano dai 4 mila ai 7 mila euro a persona. È quanto emerge dall'operazione «Orbis», coordinata da Europol, che ha portato a 27 arresti tra Italia, Polonia, Germania e Portogallo.

Undici dei fermi sono stati eseguiti in Italia, tra Friuli Venezia Giulia, Veneto e Lombardia, secondo quanto comunica Europol in una nota diffusa mercoledì dall'Aia. Le perquisizioni sono state in tutto 43; sequestrati circa 1,6 milioni di euro in contanti, 14 veicoli e documenti falsi.

Dal 2025 l'organizzazione avrebbe fatto entrare nell'Unione almeno 1.100 persone, precisa l'agenzia europea. L'indagine era partita nell'autunno di quell'anno da un controllo al valico di Fernetti, vicino a Trieste, dove gli agenti avevano scoperto un tir modificato.

«Questa rete trattava le persone come merce. In un caso 38 persone sono state trasportate senza un'adeguata ventilazione a due gradi sotto zero», si legge nel comunicato, che riporta le parole di Aino Lindqvist, investigatrice di Europol.

Il traffico lungo la rotta balcanica resta una delle priorità delle procure del Nord-Est, che negli ultimi anni hanno avviato decine di inchieste su reti di passeur attive tra Slovenia e Friuli.
""",
"02_pl.txt": """Europol rozbił siatkę przemytników migrantów. Dziewięć zatrzymań w Polsce
PAP
16.06.2027 15:30

W skoordynowanej akcji w czterech krajach UE zatrzymano 27 osób podejrzanych o przemyt migrantów, w tym dziewięć w Polsce – poinformował w środę Europol. Pozostałych zatrzymano we Włoszech (11), w Niemczech (5) i w Portugalii (2).

Jak przekazała unijna agencja, siatka od 2025 r. przewiozła do UE szlakiem bałkańskim co najmniej 1100 migrantów, ukrytych w skrytkach w ścianach i podłogach samochodów chłodni. Przemytnicy pobierali od 4 do 7 tys. euro od osoby.

„Ta siatka traktowała ludzi jak towar. W jednym przypadku 38 osób przewożono bez odpowiedniej wentylacji przy temperaturze minus dwóch stopni” – czytamy w komunikacie Europolu, w którym przytoczono słowa śledczej Aino Lindqvist.

W trakcie 43 przeszukań zabezpieczono ok. 1,6 mln euro w gotówce, 14 pojazdów oraz podrobione dokumenty. Według Europolu w Polsce zatrzymania przeprowadzono w województwach lubuskim i dolnośląskim; część zatrzymanych to kierowcy zatrudnieni w firmach transportowych.

Operacja o kryptonimie „Orbis” rozpoczęła się jesienią 2025 r., po tym jak włoscy funkcjonariusze wykryli przerobioną ciężarówkę na przejściu granicznym koło Triestu. Śledztwo wobec kolejnych członków grupy trwa – zaznacza agencja.
""",
"03_pt.txt": """Europol desmantela rede de tráfico de migrantes. Dois detidos em Portugal
Observador
16 jun 2027, 17:02

Uma operação coordenada pela Europol contra uma rede de auxílio à imigração ilegal levou à detenção de 27 pessoas em quatro países da União Europeia, incluindo duas em Portugal, anunciou esta quarta-feira a agência europeia de polícia em comunicado.

De acordo com a Europol, a rede transportou desde 2025 pelo menos 1.100 migrantes pela rota dos Balcãs, escondidos em compartimentos ocultos nas paredes e no chão de camiões frigoríficos. Cada migrante pagava entre 4.000 e 7.000 euros pela viagem.

Além das duas detenções em Portugal, realizadas na zona de Setúbal, houve onze em Itália, nove na Polónia e cinco na Alemanha. Nas 43 buscas efetuadas foram apreendidos cerca de 1,6 milhões de euros em numerário, 14 viaturas e documentos falsificados, refere o comunicado.

«Esta rede tratava pessoas como mercadoria», afirma a investigadora da Europol Aino Lindqvist, citada na nota divulgada em Haia. Num dos casos, 38 pessoas foram transportadas sem ventilação adequada a dois graus negativos.

Segundo a Europol, os dois detidos em Portugal seriam responsáveis pela logística da rede na Península Ibérica, para onde parte dos migrantes era encaminhada depois de chegar a Itália. A operação, denominada «Orbis», começou no outono de 2025.
""",
}, [("Europol", False)],
[("Europol", "00_de.txt"), ("Europol", "01_it.txt"), ("Europol", "02_pl.txt"), ("Europol", "03_pt.txt")],
[("A Europol-coordinated operation against a migrant-smuggling network led to 27 arrests in Italy, Poland, Germany and Portugal.", ["00_de.txt", "01_it.txt", "02_pl.txt", "03_pt.txt"], 1),
 ("The network hid migrants in refrigerated trucks on the Balkan route and charged 4,000 to 7,000 euros per person.", ["00_de.txt", "01_it.txt", "02_pl.txt", "03_pt.txt"], 1),
 ("About 1.6 million euros in cash, 14 vehicles and forged documents were seized in 43 searches.", ["00_de.txt", "01_it.txt", "02_pl.txt", "03_pt.txt"], 1)])

# t06: a person's own social-media post (not in the corpus): mayor Giulia Ferraresi's Facebook post,
# taken directly by four outlets. it "Lo ha scritto ... su Facebook Giulia Ferraresi" + "Nel post" +
# "scrive Ferraresi"; en (no date line) "wrote on Facebook" + "wrote in the post" + "according to her
# post"; de "schrieb ... auf Facebook" + "heißt es in ihrem Beitrag"; pt "escreveu ... numa publicação no
# Facebook" + "Segundo o relato da autarca" + "No texto". The Carabinieri are only mentioned in the post.
story("t06_post_mayor_car_torched", "social_post", {
"00_it.txt": """Auto della sindaca di Roccaverde Calabro data alle fiamme. Il biglietto: «Lascia stare la discarica»
Corriere della Sera
6 settembre 2027 | 09:12

«Stanotte hanno bruciato la mia auto sotto casa. Sul parabrezza di quella di mio marito hanno lasciato un biglietto: "Lascia stare la discarica". Non mi fermeranno». Lo ha scritto nella notte tra domenica e lunedì su Facebook Giulia Ferraresi, 44 anni, sindaca di Roccaverde Calabro, piccolo comune di 2.300 abitanti in provincia di Cosenza.

Nel post, pubblicato poco dopo le quattro del mattino insieme alla foto della carcassa annerita della sua utilitaria, la sindaca racconta di essere stata svegliata dai vicini verso le tre. «Le fiamme erano già altissime, i vigili del fuoco sono arrivati in venti minuti ma non c'era più niente da fare», scrive Ferraresi.

Due settimane fa la sindaca aveva firmato un'ordinanza di chiusura di una discarica abusiva in località Vallone Secco, dove — secondo quanto lei stessa ricostruisce nel post — da anni venivano scaricati rifiuti edili e pneumatici provenienti anche da fuori regione. «Ho fatto solo il mio dovere. I carabinieri sono già al lavoro e ho piena fiducia in loro», aggiunge.

In poche ore il messaggio è stato condiviso migliaia di volte. Sotto il post sono arrivati centinaia di commenti di solidarietà, anche da sindaci di altri comuni calabresi.

Ferraresi, ex insegnante di scuola media eletta con una lista civica nel 2024, non è nuova a intimidazioni: nel suo messaggio ricorda che lo scorso inverno ignoti avevano tagliato le gomme dell'auto di servizio del comune.
""",
"01_en.txt": """Italian mayor's car torched after she shut illegal dump
BBC News

The mayor of a small town in southern Italy says her car was set on fire outside her home overnight, and that a note warning her to "leave the landfill alone" was left at the scene.

Giulia Ferraresi, mayor of Roccaverde Calabro in the Calabrian province of Cosenza, wrote on Facebook in the early hours of Monday that neighbours had woken her at about 03:00 to find the car in flames. The note, she said, had been left on the windscreen of her husband's car parked nearby.

"They will not stop me," Ms Ferraresi, 44, wrote in the post, which was accompanied by a photograph of the burnt-out vehicle and had been shared thousands of times by Monday morning.

Two weeks ago she signed an order closing an illegal dump in the countryside outside the town of 2,300 people, where, according to her post, construction waste and tyres had been dumped for years, some of it brought from other regions.

She said the Carabinieri, Italy's military police, were investigating. "I only did my duty, and I have full confidence in them," she wrote.

Intimidation of local officials remains a persistent problem in parts of southern Italy, where organised crime groups have long profited from illegal waste disposal. Ms Ferraresi, a former teacher, was elected in 2024 on a civic list not aligned with any national party.
""",
"02_de.txt": """Kalabrien: Auto von Bürgermeisterin nach Schließung illegaler Deponie angezündet
ZEIT ONLINE
6. September 2027, 12:48 Uhr

In Süditalien ist das Auto einer Bürgermeisterin in Brand gesteckt worden, die zuvor eine illegale Mülldeponie hatte schließen lassen. „Heute Nacht haben sie mein Auto vor meinem Haus angezündet. Sie werden mich nicht aufhalten“, schrieb Giulia Ferraresi, Bürgermeisterin der kalabrischen Gemeinde Roccaverde Calabro, in der Nacht zu Montag auf Facebook.

Am Tatort sei ein Zettel mit der Aufschrift „Lass die Deponie in Ruhe“ zurückgelassen worden, heißt es in ihrem Beitrag. Er habe an der Windschutzscheibe des Wagens ihres Mannes gesteckt. Ein beigefügtes Foto zeigt das ausgebrannte Fahrzeug.

Vor zwei Wochen hatte die 44-Jährige per Verordnung eine illegale Deponie außerhalb des 2300-Einwohner-Ortes schließen lassen. Dort seien über Jahre Bauschutt und Altreifen abgeladen worden, teils aus anderen Regionen, schreibt Ferraresi. Die Carabinieri ermittelten bereits, sie habe volles Vertrauen in die Beamten.

Illegale Müllentsorgung gilt in Teilen Süditaliens als lukratives Geschäft für die organisierte Kriminalität. Einschüchterungsversuche gegen Kommunalpolitiker sind dort keine Seltenheit.

Ferraresis Post wurde bis Montagmittag tausendfach geteilt, zahlreiche Bürgermeister aus der Region bekundeten ihre Solidarität.
""",
"03_pt.txt": """Autarca italiana vê carro incendiado depois de fechar aterro ilegal: «Não me vão parar»
Público
06/09/2027 16:20

A presidente da câmara de uma pequena localidade da Calábria, no Sul de Itália, denunciou nas redes sociais que o seu carro foi incendiado durante a madrugada desta segunda-feira à porta de casa, duas semanas depois de ter mandado encerrar um aterro ilegal.

«Esta noite queimaram o meu carro. No para-brisas do carro do meu marido deixaram um bilhete: "Deixa o aterro em paz". Não me vão parar», escreveu Giulia Ferraresi, de 44 anos, numa publicação no Facebook acompanhada de uma fotografia da viatura carbonizada.

Segundo o relato da autarca de Roccaverde Calabro, uma vila de 2300 habitantes na província de Cosenza, foram os vizinhos que a acordaram por volta das três da manhã. Quando os bombeiros chegaram, o carro já estava totalmente destruído.

No texto, Ferraresi explica que a ordem de encerramento visava uma lixeira a céu aberto onde, durante anos, foram despejados entulho e pneus, alguns trazidos de outras regiões. A investigação está a cargo dos Carabinieri, em quem diz ter «total confiança».

A deposição ilegal de resíduos é há décadas um dos negócios da criminalidade organizada no Sul de Itália. A publicação da autarca foi partilhada milhares de vezes e recebeu mensagens de solidariedade de vários presidentes de câmara calabreses.
""",
}, [("Giulia Ferraresi", False)],
[("Giulia Ferraresi", "00_it.txt"), ("Giulia Ferraresi", "01_en.txt"), ("Giulia Ferraresi", "02_de.txt"), ("Giulia Ferraresi", "03_pt.txt")],
[("The car of Giulia Ferraresi, mayor of Roccaverde Calabro, was set on fire outside her home overnight.", ["00_it.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 ("A note saying 'leave the landfill alone' was left on her husband's car.", ["00_it.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 ("Two weeks earlier the mayor had ordered the closure of an illegal dump.", ["00_it.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1)])

# t07: Фонтанка own scoop (two anonymous law-enforcement sources + the decision opening the case seen by
# the outlet; the museum director's words to Fontanka are part of its report). ru Коммерсантъ credits it
# ("Как сообщила накануне «Фонтанка»") and adds its own confirmation ("Источник “Ъ” в ГУ МВД ...
# подтвердил", "Собеседник “Ъ”", "по данным “Ъ”"): edge from Фонтанка + Коммерсантъ is an in-corpus
# origin. en "the St Petersburg news site Fontanka reported on Tuesday, citing two law enforcement
# sources" + "Fontanka said" + "seen by the outlet" + "told Fontanka"; uk "повідомляє петербурзьке
# видання «Фонтанка» з посиланням на джерела" + "За даними «Фонтанки»" + "розповів виданню".
# The copies/dealer detail is not in Kommersant's article, so that claim has one root.
story("t07_confirm_museum_silver", "own_confirmation", {
"00_ru.txt": """Главного хранителя музея-усадьбы «Кленовая Гора» задержали по делу о пропаже 37 предметов серебра
Фонтанка
08.06.2027 10:12

Сотрудники ГУ МВД по Петербургу и Ленобласти задержали главного хранителя музея-усадьбы «Кленовая Гора» 58-летнюю Елену Гурьянову. Ее подозревают в хищении из фондов музея 37 предметов столового серебра XIX века. Об этом «Фонтанке» рассказали два источника в правоохранительных органах.

По их словам, подлинники в хранилище на протяжении как минимум трех лет подменялись искусно выполненными копиями, а оригиналы уходили через знакомого хранительнице антиквара в Москве. Среди пропавших вещей — кофейный сервиз работы фирмы Сазикова и пара серебряных канделябров, числившихся в описи усадьбы с 1960-х годов.

«Фонтанка» ознакомилась с постановлением о возбуждении уголовного дела по статье 164 УК РФ («Хищение предметов, имеющих особую ценность»). Ущерб в документе оценен в 46 млн рублей. Гурьяновой грозит до десяти лет лишения свободы.

Директор музея Павел Никитенко подтвердил «Фонтанке», что несоответствия были обнаружены в марте во время плановой сверки фондов. «Мы сами обратились в полицию. Для нас это огромная боль: человек проработал у нас больше двадцати лет», — сказал он.

Защитник Гурьяновой от комментариев отказался. Антиквар, по данным источников издания, пока проходит по делу как свидетель.

Усадьба «Кленовая Гора» под Гатчиной открыта как музей с 1958 года; в ее собрании около 12 тысяч единиц хранения.
""",
"01_ru.txt": """Серебро не сошлось со сверкой
Коммерсантъ
09.06.2027

В Петербурге задержана главный хранитель музея-усадьбы «Кленовая Гора» под Гатчиной Елена Гурьянова. Как сообщила накануне «Фонтанка», ее подозревают в хищении из музейных фондов 37 предметов серебра XIX века, в том числе кофейного сервиза фирмы Сазикова.

Источник “Ъ” в ГУ МВД по Петербургу и Ленобласти подтвердил задержание. По его словам, уголовное дело возбуждено по ч. 1 ст. 164 УК РФ (хищение предметов, имеющих особую историческую и культурную ценность), а ущерб оценивается в 46 млн руб. Собеседник “Ъ” добавил, что во вторник Гатчинский городской суд отправил госпожу Гурьянову под домашний арест на два месяца, хотя следствие настаивало на заключении под стражу.

Недостача, по данным “Ъ”, была выявлена весной при плановой сверке фондов, после чего музей сам обратился в полицию. В администрации усадьбы вчера от комментариев отказались, сославшись на интересы следствия.

Госпожа Гурьянова работает в «Кленовой Горе» с 2004 года, должность главного хранителя занимает с 2015-го. В последние годы подобные дела несколько раз возбуждались в отношении сотрудников региональных музеев; как правило, они заканчивались реальными сроками.
""",
"02_en.txt": """Chief curator of Russian museum estate detained over missing 19th-century silver
The Art Newspaper
8 June 2027

Police in St Petersburg have detained the chief curator of the Klenovaya Gora museum estate near Gatchina on suspicion of stealing 37 pieces of 19th-century silver from its stores, the St Petersburg news site Fontanka reported on Tuesday, citing two law enforcement sources.

Yelena Guryanova, 58, who has worked at the museum for more than two decades, is suspected of replacing the originals with skilful copies over at least three years and selling them through an antiques dealer in Moscow, Fontanka said. The missing items reportedly include a coffee service made by the Sazikov firm, one of the leading Russian silversmiths of the 19th century, and a pair of candelabra.

According to the decision to open a criminal case, which was seen by the outlet, investigators value the loss at 46 million roubles (around £420,000). The offence carries a sentence of up to ten years.

The museum's director, Pavel Nikitenko, told Fontanka that staff had noticed discrepancies during a routine inventory check in March and had gone to the police themselves. "For us this is enormous pain," he said.

Thefts by insiders have long been a concern in Russian museums, where stores are often vast and inventories incomplete. Klenovaya Gora, a former noble estate, opened as a museum in 1958 and holds about 12,000 objects.
""",
"03_uk.txt": """У Петербурзі затримали головну хранительку музею: з фондів зникли 37 срібних предметів XIX століття
НВ
08.06.2027 17:25

У Санкт-Петербурзі поліція затримала головну хранительку музею-садиби «Кленова Гора» під Гатчиною Олену Гур'янову. Її підозрюють у викраденні з фондів 37 предметів срібла XIX століття, повідомляє петербурзьке видання «Фонтанка» з посиланням на джерела в правоохоронних органах.

За даними «Фонтанки», щонайменше три роки оригінали в сховищі підмінювали майстерно виготовленими копіями, а справжні речі продавали через антиквара в Москві. Серед зниклого – кавовий сервіз фірми Сазікова та пара канделябрів.

Справу порушено за статтею про викрадення предметів, що мають особливу цінність. Збитки, як пише видання з посиланням на постанову про порушення справи, оцінюють у 46 млн рублів. Підозрюваній загрожує до десяти років ув'язнення.

Директор музею Павло Никитенко розповів виданню, що розбіжності виявили в березні під час планової звірки фондів і музей сам звернувся до поліції.

Гур'янова працює в музеї понад двадцять років. Садиба «Кленова Гора» відкрита як музей з 1958 року, її колекція налічує близько 12 тисяч предметів.
""",
}, [("Фонтанка", True), ("Коммерсантъ", True)],
[("Фонтанка", "01_ru.txt"), ("Фонтанка", "02_en.txt"), ("Фонтанка", "03_uk.txt")],
[("Yelena Guryanova, chief custodian of the Klenovaya Gora museum estate, was detained on suspicion of stealing 37 pieces of 19th-century silver.", ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 2),
 ("The originals were replaced with copies and sold through an antiques dealer in Moscow.", ["00_ru.txt", "02_en.txt", "03_uk.txt"], 1),
 ("The damage is estimated at 46 million roubles.", ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], 2)])

# t08: two independent own reports from the courtroom (Süddeutsche Zeitung; Rzeczpospolita's
# correspondent "Ogłoszenia wyroku wysłuchał na sali rozpraw korespondent „Rzeczpospolitej”" + lawyer
# "powiedział „Rzeczpospolitej”"); en credits both ("the Süddeutsche Zeitung and the Polish daily
# Rzeczpospolita reported, both of which had reporters in the courtroom" + "according to the SZ" +
# "the papers wrote" + "told Rzeczpospolita"): two edges.
story("t08_two_reports_atm_blasts", "two_independent", {
"00_de.txt": """Geldautomaten-Sprenger zu langen Haftstrafen verurteilt
Süddeutsche Zeitung
23. September 2027, 18:04 Uhr

Sie kamen meist nachts zwischen zwei und vier Uhr, mit gestohlenen Audis und selbstgebauten Sprengsätzen, und nach wenigen Minuten waren sie wieder verschwunden: Das Landgericht München I hat am Donnerstag drei Polen verurteilt, die zwischen Herbst 2025 und Frühjahr 2026 insgesamt 14 Geldautomaten in Bayern und Baden-Württemberg gesprengt haben. Der 31-jährige Dawid S., den die Kammer als Kopf der Gruppe ansah, erhielt sieben Jahre und drei Monate Haft. Seine Mittäter Kamil W., 27, und Łukasz P., 35, wurden zu sechs Jahren beziehungsweise vier Jahren und neun Monaten verurteilt.

„Die Angeklagten haben mit einer Rücksichtslosigkeit gehandelt, die nur durch Glück keine Menschenleben gekostet hat“, sagte die Vorsitzende Richterin Cornelia Haberl in der Urteilsbegründung. Bei einer Sprengung in Neuburg an der Donau waren Trümmerteile bis in ein Schlafzimmer der Wohnung über der Bankfiliale geflogen.

Die Beute summierte sich nach den Feststellungen des Gerichts auf rund 1,9 Millionen Euro, der Sachschaden an Bankfilialen und Gebäuden auf 3,8 Millionen Euro. Gefasst wurden die Männer im April 2026 auf einem Parkplatz an der A 9, nachdem Zielfahnder sie wochenlang observiert hatten.

Dawid S. hatte zu Prozessbeginn ein Teilgeständnis abgelegt, die beiden anderen schwiegen bis zuletzt. Der Vertreter der Staatsanwaltschaft hatte für den Hauptangeklagten acht Jahre gefordert. Das Urteil ist noch nicht rechtskräftig.
""",
"01_pl.txt": """Polacy wysadzali bankomaty w Bawarii. Zapadły wyroki w Monachium
Rzeczpospolita
23.09.2027 19:30

Sąd krajowy w Monachium skazał w czwartek trzech Polaków za wysadzenie 14 bankomatów w Bawarii i Badenii-Wirtembergii. Najwyższy wyrok – siedem lat i trzy miesiące więzienia – usłyszał 31-letni Dawid S., uznany za szefa grupy. Kamil W. (27 l.) dostał sześć lat, a Łukasz P. (35 l.) – cztery lata i dziewięć miesięcy.

Ogłoszenia wyroku wysłuchał na sali rozpraw korespondent „Rzeczpospolitej”. Dawid S., w szarej bluzie z kapturem, przyjął wyrok bez emocji; Łukasz P. ukrył twarz w dłoniach.

Według ustaleń sądu grupa działała od jesieni 2025 r. do wiosny 2026 r. Mężczyźni przyjeżdżali nocą kradzionymi samochodami, odpalali w bankomatach ładunki wybuchowe domowej roboty i po kilku minutach odjeżdżali w stronę granicy. Łupem padło ok. 1,9 mln euro, a straty w budynkach i oddziałach banków sięgnęły 3,8 mln euro.

– Mój klient przyznał się do części zarzutów i liczyliśmy na niższą karę. Złożymy rewizję – powiedział „Rzeczpospolitej” po rozprawie obrońca Dawida S., monachijski adwokat Michael Brandl.

Wszyscy trzej skazani pochodzą z okolic Kalisza. Niemiecka policja od kilku lat ostrzega, że za częścią ataków na bankomaty stoją zorganizowane grupy z Holandii i Europy Środkowej.
""",
"02_en.txt": """Three Poles jailed in Germany for blowing up 14 cash machines
Notes from Poland
24 September 2027

A court in Munich has sentenced three Polish men to prison terms of up to seven years and three months for blowing up 14 cash machines in the southern German states of Bavaria and Baden-Württemberg, the Süddeutsche Zeitung and the Polish daily Rzeczpospolita reported, both of which had reporters in the courtroom on Thursday.

The longest sentence went to 31-year-old Dawid S., whom the court regarded as the gang's ringleader. His accomplices, Kamil W., 27, and Łukasz P., 35, received six years and four years and nine months respectively. Under privacy rules in both countries their surnames have not been published.

"The defendants acted with a recklessness that only by luck did not cost human lives," presiding judge Cornelia Haberl said, according to the SZ. In one of the blasts, debris flew into a bedroom of a flat above the bank branch.

The gang stole about €1.9 million between autumn 2025 and spring 2026 and caused €3.8 million in damage, the papers wrote, citing the court's findings. Dawid S.'s lawyer told Rzeczpospolita his client would appeal.

German police have in recent years warned of a wave of ATM explosions carried out by organised groups from abroad, prompting many banks to close branches overnight or fit their machines with systems that stain banknotes with ink.
""",
}, [("Süddeutsche Zeitung", True), ("Rzeczpospolita", True)],
[("Süddeutsche Zeitung", "02_en.txt"), ("Rzeczpospolita", "02_en.txt")],
[("A Munich court sentenced three Polish men for blowing up 14 cash machines in Bavaria and Baden-Württemberg.", ["00_de.txt", "01_pl.txt", "02_en.txt"], 2),
 ("Dawid S., regarded as the ringleader, received the longest sentence: seven years and three months.", ["00_de.txt", "01_pl.txt", "02_en.txt"], 2),
 ("The gang stole about 1.9 million euros and caused 3.8 million euros in damage.", ["00_de.txt", "01_pl.txt", "02_en.txt"], 2)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, al, _ in claims:
            for a in al:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 122 (crime and policing; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
