#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand52 set.

Real Southern-European, English and Ukrainian media names are used as outlets and as origins
outside the corpus; every event, person, company and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside agency EFE relayed 4x: es El Mundo with dateline "MADRID (EFE).-" + "según ha
# informado a EFE" + "informa EFE"; it La Stampa "secondo quanto riporta l'agenzia spagnola EFE" +
# "riferisce l'agenzia, citando fonti"; pt Público "noticiou a agência espanhola EFE" + "segundo a
# EFE"; uk Українська правда "повідомляє іспанське агентство EFE" + "За даними агентства".
story("s01_efe_ship_aground", "agency", {
"00_es.txt": """Rescatados los 19 tripulantes de un granelero encallado frente a Cabo de Palos
El Mundo
5 de octubre de 2027

MADRID (EFE).- Salvamento Marítimo ha rescatado durante la madrugada de este martes a los 19 tripulantes del granelero Marianna K, con bandera de Malta, que encalló la noche del lunes frente a Cabo de Palos (Murcia) tras quedarse sin propulsión en pleno temporal, según ha informado a EFE un portavoz del organismo.

Catorce de los marineros son ucranianos, cuatro filipinos y uno georgiano. El helicóptero Helimer 219 los evacuó en cuatro vuelos entre la 01.10 y las 03.40 horas, con olas de hasta cuatro metros y rachas de viento de 70 kilómetros por hora.

Dos tripulantes fueron trasladados con síntomas de hipotermia al hospital Santa Lucía de Cartagena; el resto se encuentra en buen estado y ha sido alojado en un hotel de la ciudad, informa EFE.

El buque transportaba 28.000 toneladas de maíz ucraniano cargado en el puerto de Chornomorsk con destino a Tarragona. Capitanía Marítima de Cartagena no ha detectado por ahora vertido de combustible y ha movilizado dos remolcadores para intentar reflotarlo cuando amaine el temporal.
""",
"01_it.txt": """Spagna, portarinfuse con 14 marinai ucraini si incaglia al largo di Cabo de Palos: tutti salvi
La Stampa
5 ottobre 2027

Tutti i 19 membri dell'equipaggio della portarinfuse Marianna K, battente bandiera maltese, sono stati tratti in salvo nella notte dopo che la nave si è incagliata al largo di Cabo de Palos, nel sud-est della Spagna, secondo quanto riporta l'agenzia spagnola EFE. Quattordici dei marinai sono ucraini.

La nave era rimasta senza propulsione lunedì sera durante una violenta mareggiata. Un elicottero del soccorso marittimo spagnolo ha recuperato i marinai in quattro voli, con onde alte fino a quattro metri, riferisce l'agenzia, citando fonti di Salvamento Marítimo.

Due marinai sono stati ricoverati per ipotermia all'ospedale Santa Lucía di Cartagena, gli altri stanno bene. Al momento non risultano perdite di carburante in mare.
""",
"02_pt.txt": """Graneleiro com 14 marinheiros ucranianos encalha ao largo de Múrcia; tripulação resgatada
Público
2027-10-05T16:10:00+01:00

Os 19 tripulantes do graneleiro Marianna K, de bandeira maltesa, foram resgatados de madrugada depois de o navio ter encalhado ao largo do Cabo de Palos, na região espanhola de Múrcia, noticiou a agência espanhola EFE. Catorze dos marinheiros são ucranianos.

O navio ficou sem propulsão durante um temporal na noite de segunda-feira e foi empurrado contra os baixios. Um helicóptero dos serviços de salvamento marítimo espanhóis retirou a tripulação em quatro voos.

O graneleiro transportava 28 mil toneladas de milho ucraniano, carregado no porto de Chornomorsk com destino a Tarragona, segundo a EFE. As autoridades marítimas espanholas não detetaram, até agora, qualquer derrame de combustível.
""",
"03_uk.txt": """Біля берегів Іспанії сів на мілину суховантаж із 14 українськими моряками — усіх врятували
Українська правда
05.10.2027 18:45

Іспанська морська рятувальна служба вночі евакуювала всіх 19 членів екіпажу суховантажу Marianna K під прапором Мальти, який сів на мілину біля мису Кабо-де-Палос у регіоні Мурсія. Про це повідомляє іспанське агентство EFE. Чотирнадцятеро моряків — громадяни України.

За даними агентства, судно втратило хід під час шторму в понеділок увечері. Моряків забрав рятувальний гелікоптер за чотири рейси, хвилі сягали чотирьох метрів.

Двох моряків з ознаками переохолодження доправили до лікарні в Картахені, стан решти задовільний.

Суховантаж перевозив 28 тисяч тонн української кукурудзи, завантаженої в порту Чорноморськ, до іспанської Таррагони.
""",
}, [{"name": "EFE", "in_corpus": False}],
[{"origin": "EFE", "article": a} for a in ["00_es.txt", "01_it.txt", "02_pt.txt", "03_uk.txt"]],
[
 {"text": "All 19 crew of the Malta-flagged bulk carrier Marianna K, 14 of them Ukrainian, were rescued after it ran aground off Cabo de Palos.",
  "articles": ["00_es.txt", "01_it.txt", "02_pt.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The ship was carrying 28,000 tonnes of Ukrainian maize loaded in Chornomorsk for Tarragona.",
  "articles": ["00_es.txt", "02_pt.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Two sailors were taken to hospital in Cartagena with hypothermia.",
  "articles": ["00_es.txt", "01_it.txt", "03_uk.txt"], "independent_sources": 1},
])

# s02: in-corpus origin with its own correspondent (Corriere della Sera, "dal nostro inviato",
# "racconta al Corriere") and a chain Corriere della Sera -> La Vanguardia -> Expresso.
# es "según informa el Corriere della Sera" + "recoge el diario milanés"; pt "segundo o jornal
# espanhol La Vanguardia, que cita uma reportagem do Corriere della Sera" (edge from La Vanguardia);
# uk "пише італійська газета Corriere della Sera"; en "Italy's Corriere della Sera reported".
story("s02_corriere_rehab_centre_chain", "chain", {
"00_it.txt": """Mykolaiv, la «Casa Arcobaleno» dei volontari bergamaschi dove i bambini feriti tornano a camminare
Corriere della Sera
2 maggio 2027

DALLA NOSTRA INVIATA MYKOLAIV — Nella palestra al pianterreno di quello che fino al 2022 era un asilo, Danylo, nove anni, fa tre passi tra le parallele e si volta a cercare lo sguardo della fisioterapista. È uno dei primi ospiti della «Casa Arcobaleno», il centro di riabilitazione per bambini feriti dalla guerra che ha aperto ieri a Mykolaiv, costruito dall'associazione bergamasca Orobie per l'Ucraina.

I lavori sono costati 1,8 milioni di euro, raccolti in due anni tra circa 11 mila donatori in Lombardia, dalle parrocchie della Val Seriana alle aziende della bassa. Il centro può seguire 40 bambini alla volta, con piscina, palestra e un laboratorio per le protesi.

«Qui prima arrivavano solo bambini dimessi dall'ospedale e poi abbandonati a se stessi», racconta al Corriere la direttrice, Olena Savchuk. Sei fisioterapisti italiani si alterneranno ogni tre mesi per formare i 14 operatori ucraini assunti dal centro, spiega il presidente dell'associazione, Giancarlo Bonetti, che abbiamo incontrato mentre scaricava gli ultimi lettini arrivati da Bergamo.

Marta Ferrandi
""",
"01_es.txt": """Voluntarios de Bérgamo abren en Mykolaiv un centro de rehabilitación para niños heridos en la guerra
La Vanguardia
2027-05-02 18:30

Una asociación de voluntarios de Bérgamo ha abierto en la ciudad ucraniana de Mykolaiv un centro de rehabilitación para niños heridos en la guerra, según informa este domingo el Corriere della Sera, cuya enviada especial visitó las instalaciones.

El centro, bautizado como «Casa Arcobaleno» (Casa Arcoíris), ocupa un antiguo jardín de infancia y puede atender a 40 niños a la vez. Las obras costaron 1,8 millones de euros, reunidos entre unos 11.000 donantes de Lombardía, recoge el diario milanés.

Seis fisioterapeutas italianos se turnarán cada tres meses para formar a los 14 trabajadores ucranianos contratados por el centro, que dirige Olena Savchuk.
""",
"02_pt.txt": """Voluntários italianos abrem em Mykolaiv centro de reabilitação para crianças feridas na guerra
Expresso
3 de maio de 2027

Uma associação de voluntários da cidade italiana de Bérgamo inaugurou em Mykolaiv, no sul da Ucrânia, um centro de reabilitação para crianças feridas na guerra, segundo o jornal espanhol La Vanguardia, que cita uma reportagem do Corriere della Sera.

A «Casa Arco-Íris» funciona num antigo jardim de infância e tem capacidade para 40 crianças em simultâneo. A obra custou 1,8 milhões de euros, angariados junto de cerca de 11 mil doadores da Lombardia.
""",
"03_uk.txt": """Італійські волонтери відкрили в Миколаєві центр реабілітації для поранених дітей
Європейська правда
03.05.2027 08:15

Волонтери з італійського Бергамо відкрили в Миколаєві реабілітаційний центр для дітей, поранених унаслідок війни. Про це пише італійська газета Corriere della Sera, кореспондентка якої відвідала центр.

Центр «Дім-веселка» розмістився в колишньому дитячому садку й може одночасно приймати 40 дітей. Його очолює Олена Савчук.

За інформацією видання, шестеро італійських фізіотерапевтів по черзі, кожні три місяці, працюватимуть у центрі та навчатимуть 14 українських працівників.
""",
"04_en.txt": """Bergamo volunteers open rehabilitation centre for war-injured children in Mykolaiv
The Kyiv Independent
2027-05-03T10:00:00+00:00

A volunteer association from the Italian city of Bergamo has opened a rehabilitation centre for children injured in the war in Mykolaiv, Italy's Corriere della Sera reported on May 2.

The centre, called "Casa Arcobaleno" (Rainbow House), occupies a former kindergarten and can treat 40 children at a time, the newspaper's correspondent wrote from the city. It cost 1.8 million euros, raised from about 11,000 donors in Italy's Lombardy region.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": "01_es.txt"},
 {"origin": "La Vanguardia", "article": "02_pt.txt"},
 {"origin": "Corriere della Sera", "article": "03_uk.txt"},
 {"origin": "Corriere della Sera", "article": "04_en.txt"}],
[
 {"text": "A rehabilitation centre for war-injured children built by volunteers from Bergamo opened in Mykolaiv.",
  "articles": ["00_it.txt", "01_es.txt", "02_pt.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The centre cost 1.8 million euros raised from about 11,000 donors in Lombardy.",
  "articles": ["00_it.txt", "01_es.txt", "02_pt.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Six Italian physiotherapists will rotate every three months to train 14 Ukrainian staff.",
  "articles": ["00_it.txt", "01_es.txt", "03_uk.txt"], "independent_sources": 1},
])

# s03: own scoop of El País ("ha podido saber El País", contract "al que ha tenido acceso este
# periódico", "ha explicado a este periódico"); uncredited close Italian translation by the trade
# site Cronache dell'Acqua the next day (keeps "ha spiegato a questo giornale"); en The Guardian
# without a date line "Spain's El País reported"; uk "пише іспанська газета El País".
story("s03_elpais_water_plants_translation", "translation", {
"00_es.txt": """Una empresa zaragozana fabricará 40 potabilizadoras móviles para los pueblos del Dniéper
El País
9 de marzo de 2027

La empresa zaragozana Hidrotec Aragón fabricará 40 plantas potabilizadoras móviles para localidades ucranianas de la ribera del Dniéper que se han quedado sin agua potable segura, según ha podido saber El País. El contrato, al que ha tenido acceso este periódico, asciende a 14,6 millones de euros y se financia con fondos europeos.

Cada planta, montada en un contenedor de 12 metros, puede tratar 60.000 litros de agua al día, suficiente para unas 3.000 personas. Irán destinadas a municipios de las regiones de Jersón y Zaporiyia.

«Las diez primeras saldrán de Zaragoza en junio; el resto, antes de final de año», ha explicado a este periódico la consejera delegada de la compañía, Begoña Lasheras. Para atender el pedido, la empresa contratará a 35 personas en su nave de la plataforma logística PLAZA.

Hidrotec Aragón, con 120 empleados, se impuso a otras cinco ofertas, entre ellas dos alemanas, según la documentación del concurso.
""",
"01_it.txt": """Un'azienda di Saragozza costruirà 40 potabilizzatori mobili per i villaggi del Dnipro
Cronache dell'Acqua
10 marzo 2027

L'azienda di Saragozza Hidrotec Aragón costruirà 40 impianti mobili di potabilizzazione per le località ucraine lungo il Dnipro rimaste senza acqua potabile sicura. Il contratto, che questo giornale ha potuto consultare, ammonta a 14,6 milioni di euro ed è finanziato con fondi europei.

Ogni impianto, montato in un container da 12 metri, può trattare 60.000 litri d'acqua al giorno, abbastanza per circa 3.000 persone. Saranno destinati a comuni delle regioni di Kherson e Zaporizhzhia.

«I primi dieci partiranno da Saragozza a giugno, gli altri entro la fine dell'anno», ha spiegato a questo giornale l'amministratrice delegata dell'azienda, Begoña Lasheras. Per far fronte all'ordine, l'azienda assumerà 35 persone nel suo capannone della piattaforma logistica PLAZA.

Hidrotec Aragón, con 120 dipendenti, ha superato altre cinque offerte, tra cui due tedesche.
""",
"02_en.txt": """Spanish firm to build 40 mobile water plants for towns on the Dnipro
The Guardian

A company from Zaragoza has won a 14.6m-euro contract to build 40 mobile water treatment plants for Ukrainian towns along the Dnipro that have been left without safe drinking water, Spain's El País reported.

The EU-funded plants, built into shipping containers, can each treat 60,000 litres a day, the newspaper said. The firm, Hidrotec Aragón, will hire 35 extra workers to fulfil the order, its chief executive, Begoña Lasheras, told El País.
""",
"03_uk.txt": """Іспанська компанія виготовить 40 мобільних станцій очищення води для громад на Дніпрі
Економічна правда
10.03.2027 12:15

Компанія Hidrotec Aragón із Сарагоси виготовить 40 мобільних станцій очищення води для населених пунктів уздовж Дніпра, які залишилися без безпечної питної води. Про це пише іспанська газета El País, що ознайомилася з контрактом.

Вартість контракту — 14,6 млн євро, його фінансують кошти ЄС. Станції призначені для громад Херсонської та Запорізької областей.

Перші десять станцій мають вирушити із Сарагоси в червні, решту — до кінця року, сказала виданню генеральна директорка компанії Бегонья Ласерас.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": a} for a in ["01_it.txt", "02_en.txt", "03_uk.txt"]],
[
 {"text": "Hidrotec Aragón of Zaragoza will build 40 mobile water treatment plants for Dnipro towns under a 14.6 million euro EU-funded contract.",
  "articles": ["00_es.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The first ten plants will leave Zaragoza in June.",
  "articles": ["00_es.txt", "01_it.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "The company will hire 35 people to fulfil the order.",
  "articles": ["00_es.txt", "01_it.txt", "02_en.txt"], "independent_sources": 1},
])

# s04: anonymous-source scoop of La Repubblica ("secondo quanto apprende Repubblica da fonti di
# governo"); es ABC "adelanta … La Repubblica, citando fuentes del Gobierno italiano" + "ha
# publicado"; uk Укрінформ "пише … La Repubblica з посиланням на джерела в уряді"; pt Diário de
# Notícias "avança o diário italiano La Repubblica"; en without outlet line "La Repubblica
# reported …, citing government sources".
story("s04_repubblica_scholarships_anonymous", "anonymous", {
"00_it.txt": """Borse di studio per 500 studenti ucraini a Bologna e Padova: il piano del governo
La Repubblica
8 giugno 2027

Cinquecento borse di studio per studenti ucraini nelle università di Bologna e di Padova, a partire dall'anno accademico 2027/28. È il piano a cui lavora il governo, secondo quanto apprende Repubblica da fonti di governo: il decreto dovrebbe arrivare in Consiglio dei ministri la prossima settimana.

Il programma costerà 9 milioni di euro, presi dal bilancio della cooperazione allo sviluppo della Farnesina. Le borse copriranno tasse, alloggio e un assegno di 700 euro al mese, e saranno riservate a ingegneria, medicina e agraria.

«Vogliamo che tornino a ricostruire il loro Paese con una laurea italiana», spiega una delle fonti, che chiede di restare anonima. Secondo le stesse fonti, i due atenei hanno già dato la disponibilità a riservare posti negli studentati.
""",
"01_es.txt": """Italia ofrecerá 500 becas a estudiantes ucranianos en Bolonia y Padua
ABC
2027-06-08 13:05

El Gobierno italiano prepara un programa de 500 becas para estudiantes ucranianos en las universidades de Bolonia y Padua a partir del curso 2027-2028, según adelanta este martes el diario La Repubblica, citando fuentes del Gobierno italiano.

El programa costará 9 millones de euros, que saldrán del presupuesto de cooperación al desarrollo del Ministerio de Asuntos Exteriores, ha publicado el rotativo romano. El decreto podría aprobarse la próxima semana en el Consejo de Ministros.
""",
"02_uk.txt": """Італія готує 500 стипендій для українських студентів у Болоньї та Падуї
Укрінформ
08.06.2027 15:40

Уряд Італії готує програму з 500 стипендій для українських студентів в університетах Болоньї та Падуї з 2027/28 навчального року. Про це пише італійська газета La Repubblica з посиланням на джерела в уряді.

Стипендії покриватимуть плату за навчання, житло та щомісячну виплату у 700 євро. Програма стосуватиметься інженерних, медичних та аграрних спеціальностей.
""",
"03_pt.txt": """Itália prepara 500 bolsas para estudantes ucranianos em Bolonha e Pádua
Diário de Notícias
8 de junho de 2027

O Governo italiano vai oferecer 500 bolsas de estudo a estudantes ucranianos nas universidades de Bolonha e Pádua a partir do ano letivo de 2027/28, avança o diário italiano La Repubblica.

As bolsas cobrem propinas, alojamento e um subsídio mensal de 700 euros, segundo o jornal, que cita fontes do Governo.
""",
"04_en.txt": """Italy plans 500 scholarships for Ukrainian students, paper says
2027-06-08T17:20:00+00:00

Italy is preparing 500 university scholarships for Ukrainian students in Bologna and Padua from the 2027/28 academic year, Italian daily La Repubblica reported on Tuesday, citing government sources.

The scheme would cost 9 million euros from the foreign ministry's development cooperation budget, the newspaper said. A decree could go to the cabinet next week.
""",
}, [{"name": "La Repubblica", "in_corpus": True}],
[{"origin": "La Repubblica", "article": a} for a in ["01_es.txt", "02_uk.txt", "03_pt.txt", "04_en.txt"]],
[
 {"text": "Italy plans 500 scholarships for Ukrainian students at the universities of Bologna and Padua from 2027/28.",
  "articles": ["00_it.txt", "01_es.txt", "02_uk.txt", "03_pt.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The scheme costs 9 million euros from the foreign ministry's development cooperation budget.",
  "articles": ["00_it.txt", "01_es.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "The scholarships include a monthly allowance of 700 euros.",
  "articles": ["00_it.txt", "02_uk.txt", "03_pt.txt"], "independent_sources": 1},
])

# s05: three roots for the core claim: ANSA (outside; it Il Messaggero with dateline "ROMA (ANSA) -",
# which also says "come riportato dall'agenzia portoghese Lusa" -> second edge; uk Суспільне
# "передає італійське агентство ANSA"), Lusa (outside; pt Jornal de Notícias "noticiou a agência
# Lusa" + "de acordo com a Lusa"; en The Portugal News "Portuguese news agency Lusa reported") and
# ABC's own "fuentes diplomáticas consultadas por ABC" (in-corpus origin; anonymous sources).
story("s05_demining_three_roots", "multi_source", {
"00_it.txt": """Ucraina, Italia, Spagna e Portogallo finanziano lo sminamento dei campi di Kharkiv
Il Messaggero
22 aprile 2027

ROMA (ANSA) - Italia, Spagna e Portogallo finanzieranno insieme, con 60 milioni di euro, lo sminamento di terreni agricoli nella regione ucraina di Kharkiv. L'Italia contribuirà con 20 milioni, fanno sapere dalla Farnesina, e l'accordo sarà firmato a Roma il 14 maggio dai tre ministri degli Esteri.

L'intervento riguarderà circa 11 mila ettari di campi di grano e girasole rimasti inutilizzabili. Come riportato dall'agenzia portoghese Lusa, Lisbona invierà inoltre 12 genieri dell'esercito per addestrare sminatori ucraini per sei mesi.
""",
"01_pt.txt": """Portugal, Espanha e Itália financiam desminagem de terras agrícolas na Ucrânia
Jornal de Notícias
22 de abril de 2027

Portugal, Espanha e Itália vão financiar em conjunto, com 60 milhões de euros, a desminagem de terrenos agrícolas na região ucraniana de Kharkiv, noticiou a agência Lusa. A contribuição portuguesa será de 15 milhões de euros.

De acordo com a Lusa, Portugal enviará ainda 12 militares do Regimento de Engenharia n.º 1, de Tancos, que durante seis meses vão formar sapadores ucranianos. A informação foi confirmada à agência por fonte do Ministério dos Negócios Estrangeiros.
""",
"02_es.txt": """España aportará 25 millones al desminado de tierras de cultivo en Járkov
ABC
2027-04-22 20:10

España, Italia y Portugal financiarán conjuntamente con 60 millones de euros el desminado de tierras agrícolas en la región ucraniana de Járkov, según fuentes diplomáticas consultadas por ABC.

La aportación española será de 25 millones, la mayor de los tres países, y se canalizará a través de la Agencia Española de Cooperación, explican estas fuentes, que piden no ser identificadas. Madrid quería que la operación se anunciara antes del verano para que los primeros campos puedan sembrarse en otoño.
""",
"03_uk.txt": """Італія, Іспанія та Португалія профінансують розмінування полів на Харківщині
Суспільне
23.04.2027 09:00

Італія, Іспанія та Португалія спільно виділять 60 млн євро на розмінування сільськогосподарських угідь у Харківській області. Про це передає італійське агентство ANSA.

За даними агентства, внесок Італії становитиме 20 млн євро. Угоду міністри закордонних справ трьох країн підпишуть у Римі 14 травня.
""",
"04_en.txt": """Portugal to send army engineers as three countries fund Kharkiv demining
The Portugal News
2027-04-23 11:30

Portugal, Spain and Italy will jointly fund the clearance of mines from farmland in Ukraine's Kharkiv region with 60 million euros, Portuguese news agency Lusa reported.

Portugal will also send 12 army engineers from the Tancos-based engineering regiment to train Ukrainian deminers for six months, according to Lusa.
""",
}, [{"name": "ANSA", "in_corpus": False},
    {"name": "Lusa", "in_corpus": False},
    {"name": "ABC", "in_corpus": True}],
[{"origin": "ANSA", "article": "00_it.txt"},
 {"origin": "Lusa", "article": "00_it.txt"},
 {"origin": "Lusa", "article": "01_pt.txt"},
 {"origin": "ANSA", "article": "03_uk.txt"},
 {"origin": "Lusa", "article": "04_en.txt"}],
[
 {"text": "Italy, Spain and Portugal will jointly fund demining of farmland in the Kharkiv region with 60 million euros.",
  "articles": ["00_it.txt", "01_pt.txt", "02_es.txt", "03_uk.txt", "04_en.txt"], "independent_sources": 3},
 {"text": "Italy contributes 20 million euros and the agreement will be signed in Rome on 14 May.",
  "articles": ["00_it.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Portugal will send 12 army engineers from Tancos to train Ukrainian deminers for six months.",
  "articles": ["00_it.txt", "01_pt.txt", "04_en.txt"], "independent_sources": 1},
 {"text": "Spain contributes 25 million euros, the largest share.",
  "articles": ["02_es.txt"], "independent_sources": 1},
])

# s06: an official's Telegram post taken directly (uk "написав у своєму Telegram-каналі"; es Europa
# Press "ha anunciado … en su canal de Telegram"; en "wrote on Telegram"; it La Stampa "scrive su
# Telegram"), plus pt Público "de acordo com a agência espanhola Europa Press" -> chain through the
# in-corpus agency Europa Press; the root stays the minister.
story("s06_minister_telegram_licences", "official", {
"00_uk.txt": """Українці в Португалії та Іспанії зможуть обміняти водійські посвідчення без іспитів
Українська правда
12.05.2027 09:40

Україна підписала з Португалією та Іспанією угоди про взаємне визнання та обмін національних водійських посвідчень без складання іспитів. Угоди набувають чинності 1 липня. Про це міністр внутрішніх справ Ігор Марченко написав у своєму Telegram-каналі.

«Це стосується приблизно 40 тисяч наших громадян у Португалії та понад 90 тисяч в Іспанії, які досі мусили перескладати іспити», — зазначив Марченко.

За словами міністра, переговори про аналогічну угоду з Італією мають завершитися в червні.
""",
"01_es.txt": """Ucrania y España firman el canje de permisos de conducir sin examen
Europa Press
2027-05-12 11:05

Ucrania ha firmado con España y Portugal sendos acuerdos de reconocimiento y canje de permisos de conducir sin necesidad de examen, que entrarán en vigor el 1 de julio, según ha anunciado este miércoles el ministro del Interior ucraniano, Ihor Marchenko, en su canal de Telegram.

Según Marchenko, la medida beneficiará a más de 90.000 ucranianos residentes en España y a unos 40.000 en Portugal, que hasta ahora debían volver a examinarse.
""",
"02_pt.txt": """Ucranianos em Portugal vão poder trocar a carta de condução sem exame
Público
12 de maio de 2027

A Ucrânia assinou com Portugal e Espanha acordos para o reconhecimento e troca de cartas de condução sem exame, que entram em vigor a 1 de julho, de acordo com a agência espanhola Europa Press, que cita o ministro do Interior ucraniano, Ihor Marchenko.

A medida abrange cerca de 40 mil ucranianos residentes em Portugal, segundo o ministro.
""",
"03_en.txt": """Ukraine signs driving licence deals with Portugal and Spain
The Kyiv Independent
2027-05-12T14:30:00+00:00

Ukraine has signed agreements with Portugal and Spain allowing Ukrainians to exchange their driving licences without taking exams, Interior Minister Ihor Marchenko wrote on Telegram on May 12. The agreements take effect on July 1.

Talks with Italy on a similar deal are expected to be concluded in June, Marchenko said.
""",
"04_it.txt": """Patenti, Kyiv firma con Spagna e Portogallo: conversione senza esame. Italia a giugno
La Stampa
12 maggio 2027

L'Ucraina ha firmato con Spagna e Portogallo accordi per il riconoscimento e la conversione delle patenti di guida senza esame, in vigore dal primo luglio. Lo scrive su Telegram il ministro dell'Interno ucraino, Ihor Marchenko.

I negoziati per un accordo analogo con l'Italia, scrive ancora il ministro, dovrebbero concludersi a giugno.
""",
}, [{"name": "Ihor Marchenko", "in_corpus": False}],
[{"origin": "Ihor Marchenko", "article": "00_uk.txt"},
 {"origin": "Ihor Marchenko", "article": "01_es.txt"},
 {"origin": "Europa Press", "article": "02_pt.txt"},
 {"origin": "Ihor Marchenko", "article": "03_en.txt"},
 {"origin": "Ihor Marchenko", "article": "04_it.txt"}],
[
 {"text": "Ukraine signed agreements with Portugal and Spain to exchange driving licences without exams, effective 1 July.",
  "articles": ["00_uk.txt", "01_es.txt", "02_pt.txt", "03_en.txt", "04_it.txt"], "independent_sources": 1},
 {"text": "Talks with Italy on a similar agreement should be concluded in June.",
  "articles": ["00_uk.txt", "03_en.txt", "04_it.txt"], "independent_sources": 1},
 {"text": "About 40,000 Ukrainians in Portugal are affected.",
  "articles": ["00_uk.txt", "01_es.txt", "02_pt.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
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
            assert all(a in arts for a in c["articles"]), (id, c)
        stories.append({"id": id, "scenario": scenario, "articles": names,
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 52 (real media names, invented events); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
