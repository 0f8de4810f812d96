#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand105 set.

Disasters and emergencies. Media names are real; every event, place name below district level,
person, figure and quote is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: an institution's published bulletin (Dipartimento della Protezione Civile, outside the
# corpus) taken directly by all four: it "È il quadro tracciato dal bollettino diffuso ... dal
# Dipartimento della Protezione Civile" + "Secondo la nota"; es "según el boletín publicado ... en la
# web del Departamento de Protección Civil de Italia" + "El organismo precisa"; en "Italy's civil
# protection department has said" + "In a bulletin posted on its website"; uk "Про це йдеться в
# бюлетені Департаменту цивільного захисту Італії" + "Як уточнює відомство".
story("t01_protezione_civile_tanaro_flood", "institution", {
"00_it.txt": """Maltempo, esonda il Tanaro: 1.300 evacuati tra Piemonte e Liguria, due dispersi nel Cuneese
Corriere della Sera
12 ottobre 2027, 21:40

Sono circa 1.300 le persone evacuate tra Piemonte e Liguria dopo l'esondazione del Tanaro e di alcuni suoi affluenti, mentre due persone risultano disperse nel territorio di Castelvento, in provincia di Cuneo. È il quadro tracciato dal bollettino diffuso in serata dal Dipartimento della Protezione Civile, che ha prorogato l'allerta rossa fino alla mezzanotte di mercoledì.

Secondo la nota, nelle ultime 36 ore sull'alta valle del Tanaro sono caduti fino a 410 millimetri di pioggia, un valore che il Dipartimento definisce «eccezionale per il mese di ottobre». A Castelvento l'idrometro ha toccato i 6,8 metri, oltre un metro sopra la soglia di massima allerta.

I dispersi sono un uomo di 71 anni, la cui auto è stata travolta dall'acqua lungo la provinciale 42, e un allevatore di 58 anni che non è rientrato dopo essere uscito a controllare il bestiame. «Le ricerche proseguono senza sosta con vigili del fuoco, sommozzatori e due elicotteri», si legge nel comunicato firmato dal capo del Dipartimento, Ettore Lanzavecchia.

Il bollettino segnala anche 46 strade chiuse, tre ponti interdetti al traffico e circa 9 mila utenze senza energia elettrica. Domani le scuole resteranno chiuse in 27 comuni delle province di Cuneo, Asti e Savona.

La Protezione Civile raccomanda di evitare gli spostamenti non indispensabili, di non sostare su ponti e argini e di non scendere in cantine e garage. Nuove piogge, seppure meno intense, sono attese nella notte sul Ponente ligure.
""",
"01_es.txt": """Inundaciones en el norte de Italia: 1.300 evacuados y dos desaparecidos por el desbordamiento del río Tanaro
El Mundo
13/10/2027 - 07:12

Unas 1.300 personas han tenido que abandonar sus casas en las regiones italianas de Piamonte y Liguria por el desbordamiento del río Tanaro y de varios de sus afluentes, y dos personas siguen desaparecidas en la localidad de Castelvento, en la provincia de Cuneo, según el boletín publicado el martes por la noche en la web del Departamento de Protección Civil de Italia.

El organismo precisa que en las últimas 36 horas cayeron hasta 410 litros por metro cuadrado en el valle alto del Tanaro, una cantidad que califica de "excepcional para octubre". En Castelvento el nivel del río alcanzó 6,8 metros, más de un metro por encima del umbral de alerta máxima.

Los desaparecidos son un hombre de 71 años cuyo coche fue arrastrado por la corriente en una carretera provincial y un ganadero de 58 años que no regresó a casa tras salir a revisar su ganado. "La búsqueda continúa sin pausa con bomberos, buzos y dos helicópteros", afirma en la nota el jefe del departamento, Ettore Lanzavecchia.

La Protección Civil italiana ha prolongado la alerta roja hasta la medianoche del miércoles e informa de 46 carreteras cortadas, tres puentes cerrados al tráfico y unos 9.000 hogares y negocios sin electricidad. Las escuelas permanecerán cerradas este miércoles en 27 municipios.

El norte de Italia ha sufrido en los últimos años varios episodios de lluvias torrenciales, que los meteorólogos relacionan con el calentamiento del mar Mediterráneo.
""",
"02_en.txt": """Two missing and 1,300 evacuated as river Tanaro floods in north-west Italy
The Guardian
Wed 13 Oct 2027 08.30 BST

About 1,300 people have been evacuated from their homes in the north-western Italian regions of Piedmont and Liguria after the river Tanaro and several of its tributaries burst their banks, and two people are missing near the town of Castelvento, Italy's civil protection department has said.

In a bulletin posted on its website late on Tuesday, the department said up to 410mm of rain had fallen on the upper Tanaro valley in 36 hours, describing the total as "exceptional for October". The river reached 6.8 metres at Castelvento, more than a metre above the maximum alert threshold.

The missing are a 71-year-old man whose car was swept off a provincial road and a 58-year-old farmer who did not return after going out to check on his livestock. "The search is continuing without pause with firefighters, divers and two helicopters," the head of the department, Ettore Lanzavecchia, said in the statement.

The red alert, the highest level, has been extended until midnight on Wednesday. The bulletin lists 46 closed roads and three bridges shut to traffic, and says about 9,000 homes and businesses are without power. Schools in 27 municipalities in the provinces of Cuneo, Asti and Savona will stay closed on Wednesday.

The Protezione Civile urged people to avoid all but essential travel and to stay away from bridges, embankments and basements. Further, lighter rain is forecast overnight over western Liguria.
""",
"03_uk.txt": """Повінь в Італії: через розлив річки Танаро евакуювали 1300 людей, двоє зникли безвісти
УНІАН
13 жовтня 2027, 10:15

На північному заході Італії, в регіонах П'ємонт і Лігурія, через розлив річки Танаро та кількох її приток евакуювали близько 1300 людей. Ще двоє вважаються зниклими безвісти поблизу містечка Кастельвенто в провінції Кунео. Про це йдеться в бюлетені Департаменту цивільного захисту Італії, оприлюдненому ввечері у вівторок на сайті відомства.

Як уточнює відомство, за 36 годин у верхній частині долини Танаро випало до 410 міліметрів опадів, що в департаменті називають «винятковим показником для жовтня». Рівень води в річці біля Кастельвенто сягнув 6,8 метра — більш ніж на метр вище за позначку максимальної тривоги.

Зниклі безвісти — 71-річний чоловік, чий автомобіль знесло потоком на дорозі провінційного значення, і 58-річний фермер, який вийшов перевірити худобу й не повернувся додому. «Пошуки тривають безперервно за участю пожежників, водолазів і двох гелікоптерів», — цитує бюлетень слова очільника департаменту Етторе Ланцавеккьї.

Італійський цивільний захист продовжив «червоний» рівень тривоги до опівночі середи. У повідомленні також ідеться про 46 перекритих доріг, три закриті для руху мости та близько 9 тисяч споживачів без електроенергії. У середу не працюватимуть школи у 27 муніципалітетах.

Жителів регіону закликають без потреби не вирушати в дорогу й не наближатися до річок і дамб.
""",
}, [("Dipartimento della Protezione Civile", False)],
[("Dipartimento della Protezione Civile", "00_it.txt"), ("Dipartimento della Protezione Civile", "01_es.txt"),
 ("Dipartimento della Protezione Civile", "02_en.txt"), ("Dipartimento della Protezione Civile", "03_uk.txt")],
[("The Tanaro and its tributaries flooded in Piedmont and Liguria and about 1,300 people were evacuated.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Two people are missing near Castelvento in the province of Cuneo.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Up to 410 mm of rain fell on the upper Tanaro valley in 36 hours.",
  ["00_it.txt", "01_es.txt", "02_en.txt", "03_uk.txt"], 1)])

# t02: a mayor's Facebook post (outside the corpus) taken directly by pt, en (no date line) and it;
# es is an uncredited close Spanish translation of Público's article published hours later (same
# paragraphs, same order, keeps "escribió el alcalde", even Público's unanswered request as
# "Consultado por este diario"): edge from Público, none from the mayor. Público adds no own
# reporting (its request went unanswered) and is not an origin.
story("t02_mayor_facebook_serrazela_flood", "translation", {
"00_pt.txt": """Cheias em Serrazela: 85 casas inundadas e 140 pessoas desalojadas após noite de temporal
Público
16 de Outubro de 2027, 9:47

Oitenta e cinco casas ficaram inundadas e 140 pessoas tiveram de sair das suas habitações durante a madrugada deste sábado no concelho de Serrazela, no distrito de Coimbra, depois de a ribeira da Lousinha ter galgado as margens. O balanço foi feito pelo presidente da Câmara Municipal de Serrazela, Rui Quintela Marques, numa publicação no Facebook pouco depois das 7h.

"Foi a noite mais difícil que Serrazela viveu em décadas. A água entrou em casas onde nunca tinha entrado", escreveu o autarca. Segundo a mesma publicação, a ponte pedonal da Lousinha, no centro da vila, ruiu cerca das 3h30 e um bombeiro voluntário sofreu ferimentos ligeiros numa perna durante o resgate de um casal idoso.

Na mesma mensagem, Rui Quintela Marques indica que as pessoas desalojadas passaram a noite no pavilhão multiusos e na escola básica, onde a autarquia montou camas e serviu refeições quentes. O presidente pede ainda aos munícipes que evitem a Estrada Municipal 1120, cortada em dois pontos por derrocadas, e que "não atravessem, em caso algum, zonas alagadas".

O autarca acrescenta que a câmara vai pedir ao Governo o acionamento de apoios de emergência e que técnicos municipais começarão hoje a avaliar os danos nas habitações e no comércio da baixa.

Contactado pelo PÚBLICO, o gabinete do presidente da câmara não respondeu até à hora de publicação deste artigo.

O distrito de Coimbra esteve sob aviso laranja devido à chuva forte durante toda a noite de sexta-feira.
""",
"01_en.txt": """Serrazela mayor describes "most difficult night in decades" as floods force 140 from homes
The Portugal News

The mayor of Serrazela, in the district of Coimbra, said on Saturday that 85 houses had been flooded and 140 people forced to leave their homes overnight after the Lousinha stream overflowed.

"It was the most difficult night Serrazela has lived through in decades. The water came into houses where it had never come before," Rui Quintela Marques wrote in a post on his Facebook page shortly after 7am.

According to the post, a footbridge over the Lousinha in the centre of the town collapsed at around 3.30am, and a volunteer firefighter suffered a minor leg injury while rescuing an elderly couple. Those who had to leave their homes spent the night in the municipal sports hall and at the primary school, where the council set up beds and served hot meals, the mayor said.

Quintela Marques asked residents to avoid the municipal road EM1120, which has been cut in two places by landslides, and "under no circumstances" to cross flooded areas. He also wrote that the council would ask the government to trigger emergency support and that municipal engineers would start assessing damage to homes and shops in the town centre today.

Coimbra district was under an orange weather warning for heavy rain throughout Friday night. Residents who need help can contact the council's civil protection office, which is operating around the clock this weekend.
""",
"02_es.txt": """Inundaciones en Serrazela: 85 casas anegadas y 140 personas desalojadas tras una noche de temporal
La Voz de Galicia
16/10/2027 14:20

Ochenta y cinco casas quedaron inundadas y 140 personas tuvieron que abandonar sus viviendas durante la madrugada de este sábado en el municipio portugués de Serrazela, en el distrito de Coimbra, después de que el arroyo de la Lousinha se desbordara. El balance lo hizo el presidente de la Cámara Municipal de Serrazela, Rui Quintela Marques, en una publicación en Facebook poco después de las 7.00 horas.

"Fue la noche más difícil que Serrazela ha vivido en décadas. El agua entró en casas donde nunca había entrado", escribió el alcalde. Según la misma publicación, el puente peatonal de la Lousinha, en el centro de la villa, se derrumbó hacia las 3.30 horas y un bombero voluntario sufrió heridas leves en una pierna durante el rescate de una pareja de ancianos.

En el mismo mensaje, Rui Quintela Marques indica que los desalojados pasaron la noche en el pabellón multiusos y en la escuela básica, donde el ayuntamiento instaló camas y sirvió comidas calientes. El alcalde pide además a los vecinos que eviten la carretera municipal 1120, cortada en dos puntos por desprendimientos, y que "no atraviesen, en ningún caso, zonas anegadas".

El regidor añade que el ayuntamiento pedirá al Gobierno la activación de ayudas de emergencia y que técnicos municipales empezarán hoy a evaluar los daños en las viviendas y en los comercios del centro.

Consultado por este diario, el gabinete del alcalde no respondió hasta la hora de publicación de este artículo.

El distrito de Coimbra estuvo en aviso naranja por lluvias fuertes durante toda la noche del viernes.
""",
"03_it.txt": """Portogallo, notte di alluvione a Serrazela: 140 sfollati e un ponte crollato
Il Messaggero
16 ottobre 2027

Notte di paura nel centro del Portogallo, dove un torrente in piena ha invaso il paese di Serrazela, nel distretto di Coimbra. Ottantacinque case sono state allagate e 140 persone hanno dovuto lasciare le proprie abitazioni, ha scritto sulla sua pagina Facebook il sindaco, Rui Quintela Marques, nelle prime ore di sabato.

«È stata la notte più difficile che Serrazela abbia vissuto da decenni. L'acqua è entrata in case dove non era mai entrata», si legge nel post del primo cittadino. Intorno alle 3.30 è crollata la passerella pedonale sul torrente Lousinha, nel centro del paese, e un vigile del fuoco volontario è rimasto ferito in modo lieve a una gamba mentre soccorreva una coppia di anziani.

Gli sfollati hanno trascorso la notte nel palazzetto dello sport e nella scuola elementare, dove il Comune ha allestito brandine e distribuito pasti caldi, spiega ancora il sindaco, che invita i cittadini a evitare la strada municipale 1120, interrotta in due punti da frane, e a non attraversare per nessun motivo le zone allagate.

Secondo Quintela Marques, l'amministrazione comunale chiederà al governo di Lisbona l'attivazione dei fondi di emergenza, mentre i tecnici comunali inizieranno già in giornata la conta dei danni a case e negozi.

Nelle ultime settimane diverse regioni della penisola iberica sono state colpite da piogge intense e improvvise.
""",
}, [("Rui Quintela Marques", False)],
[("Rui Quintela Marques", "00_pt.txt"), ("Rui Quintela Marques", "01_en.txt"),
 ("Público", "02_es.txt"), ("Rui Quintela Marques", "03_it.txt")],
[("Floods in Serrazela (Coimbra district) flooded 85 houses and forced 140 people from their homes overnight.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_it.txt"], 1),
 ("A footbridge over the Lousinha collapsed and a volunteer firefighter was slightly injured rescuing an elderly couple.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_it.txt"], 1)])

# t03: outside agency EFE relayed 5x; la Repubblica adds its own confirmation from the mayor (relay +
# in-corpus origin); Ukrinform's own article ends the credit with the self-reference "передає
# Укрінформ" (not an origin). en "the Spanish news agency EFE reported" + "told EFE" + "the agency
# said"; pt "avança a agência espanhola EFE" + "disse à EFE" + "citada pela EFE"; it "riferisce
# l'agenzia spagnola Efe" + "Raggiunta al telefono da Repubblica ... ha confermato" + "ci ha detto";
# ru "сообщает агентство EFE" + "По данным агентства" + "приводит EFE слова"; uk "Про це повідомляє
# агентство EFE, передає Укрінформ" + "сказав агентству".
story("t03_efe_wildfire_avila", "agency_confirmation", {
"00_en.txt": """Wildfire in central Spain forces 1,200 people from their homes
The Guardian
Mon 9 Aug 2027 12.05 BST

About 1,200 people were evacuated overnight from the village of Navalzarza and two nearby hamlets in the central Spanish province of Ávila as a wildfire that broke out on Sunday afternoon burned through about 2,300 hectares of pine forest and scrubland, the Spanish news agency EFE reported.

Some 350 firefighters and 14 aircraft were battling the blaze on Monday morning, the agency said, after strong, shifting winds drove the flames down the slopes of the Sierra de Gredos towards the village during the night.

"The wind changed direction three times between midnight and 4am. That is what forced us to empty Navalzarza," the head of the firefighting operation, Gonzalo Revilla, told EFE. He said the fire was "not stabilised" and that temperatures above 38C forecast for the afternoon would complicate the work of the crews.

A spokesperson for the regional civil protection service told the agency that evacuees had been taken to sports halls and a school in neighbouring towns, and that 60 people, most of them elderly, were being looked after by the Red Cross.

The regional government of Castilla y León raised the emergency to level 2 of its wildfire plan, which allows it to request help from the army's emergency unit, according to EFE. The cause of the fire is under investigation.

Spain has had one of its hottest summers on record, and large parts of the centre and west of the country are under extreme fire risk warnings.
""",
"01_pt.txt": """Incêndio em Ávila obriga a retirar 1.200 pessoas de aldeia espanhola
Observador
09 ago 2027, 13:10

Cerca de 1.200 pessoas foram retiradas durante a madrugada desta segunda-feira da aldeia de Navalzarza e de dois lugarejos vizinhos, na província espanhola de Ávila, devido a um incêndio florestal que já consumiu cerca de 2.300 hectares, avança a agência espanhola EFE.

O fogo começou no domingo à tarde numa encosta da serra de Gredos e, segundo a agência, está a ser combatido por cerca de 350 operacionais e 14 meios aéreos.

"O vento mudou de direção três vezes entre a meia-noite e as quatro da manhã. Foi isso que nos obrigou a esvaziar Navalzarza", disse à EFE o diretor das operações de extinção, Gonzalo Revilla, sublinhando que o incêndio "não está estabilizado".

De acordo com a Proteção Civil regional, citada pela EFE, os moradores retirados foram acolhidos em pavilhões desportivos e numa escola de localidades próximas, e 60 pessoas, na maioria idosas, estão a ser acompanhadas pela Cruz Vermelha.

O governo regional de Castela e Leão elevou a emergência para o nível 2, o que permite pedir a intervenção da Unidade Militar de Emergências. As temperaturas previstas para a tarde, acima dos 38 graus, podem dificultar o combate às chamas.

Espanha atravessa um verão particularmente quente e seco, com vários incêndios de grandes dimensões registados desde julho.
""",
"02_it.txt": """Spagna, incendio nella Sierra de Gredos: evacuati 1.200 abitanti. La sindaca: "Bruciate almeno quattro case"
la Repubblica
9 agosto 2027 - 14:32

Un vasto incendio boschivo divampato domenica pomeriggio nella provincia di Ávila, nella Spagna centrale, ha costretto all'evacuazione circa 1.200 persone dal paese di Navalzarza e da due frazioni vicine. Le fiamme hanno già percorso circa 2.300 ettari di pineta e macchia, riferisce l'agenzia spagnola Efe, secondo cui il vento, cambiato più volte di direzione durante la notte, ha spinto il fronte del fuoco verso le case.

Raggiunta al telefono da Repubblica, la sindaca di Navalzarza, Mercedes Albarrán, ha confermato che il paese è stato completamente svuotato alle quattro del mattino e che almeno quattro abitazioni alla periferia nord sono andate distrutte. «Abbiamo bussato porta a porta con la Guardia Civil. Nessuno è rimasto dentro, ma molta gente ha perso tutto», ci ha detto Albarrán, che ha passato la notte nel centro di coordinamento allestito in un paese vicino.

Secondo l'Efe, il governo regionale di Castiglia e León ha portato l'emergenza al livello 2 del piano antincendi, che consente di chiedere l'intervento dell'unità di emergenza dell'esercito. Le previsioni per il pomeriggio, con temperature sopra i 38 gradi, preoccupano i soccorritori.

La sindaca ha aggiunto che il Comune chiederà alla Junta di dichiarare l'area «zona catastrofica» non appena il fuoco sarà spento. Le cause dell'incendio sono ancora da accertare.
""",
"03_ru.txt": """В Испании из-за лесного пожара эвакуировали 1,2 тысячи человек
РИА Новости
09.08.2027 15:48

Около 1,2 тысячи жителей деревни Навальсарса и двух соседних хуторов в испанской провинции Авила эвакуированы из-за лесного пожара, который уничтожил уже около 2,3 тысячи гектаров леса и кустарника, сообщает агентство EFE.

По данным агентства, возгорание началось в воскресенье днем на склоне горного массива Сьерра-де-Гредос. Ночью сильный ветер несколько раз менял направление и погнал огонь к деревне. В тушении участвуют около 350 пожарных и 14 единиц авиатехники.

"Между полуночью и четырьмя часами утра ветер трижды поменял направление. Именно поэтому нам пришлось полностью освободить Навальсарсу", — приводит EFE слова руководителя операции по тушению Гонсало Ревильи. По его словам, пожар "не стабилизирован".

Представитель региональной службы гражданской защиты рассказал агентству, что эвакуированных разместили в спортивных залах и школе соседних населенных пунктов, а около 60 человек, в основном пожилых, находятся под опекой Красного Креста.

Власти автономного сообщества Кастилия и Леон повысили уровень чрезвычайной ситуации до второго, что позволяет привлечь к тушению военное подразделение по чрезвычайным ситуациям. Во второй половине дня в регионе ожидается жара выше 38 градусов.
""",
"04_uk.txt": """В Іспанії через лісову пожежу евакуювали 1200 людей
Укрінформ
9 серпня 2027 17:05

В іспанській провінції Авіла через масштабну лісову пожежу евакуювали близько 1200 мешканців села Навальсарса та двох сусідніх хуторів. Вогонь охопив уже близько 2300 гектарів.

Про це повідомляє агентство EFE, передає Укрінформ.

Пожежа спалахнула в неділю по обіді на схилі гірського масиву Сьєрра-де-Гредос. Вночі сильний вітер кілька разів змінював напрямок і погнав полум'я до села. На ліквідації займання працюють близько 350 пожежників і 14 одиниць авіатехніки.

«Вітер тричі змінив напрямок між північчю та четвертою ранку. Саме тому нам довелося повністю звільнити Навальсарсу», — сказав агентству керівник гасіння пожежі Гонсало Ревілья. За його словами, ситуацію поки не вдалося стабілізувати.

Уряд автономної спільноти Кастилія і Леон підвищив рівень надзвичайної ситуації до другого, що дає змогу залучити військовий підрозділ реагування на надзвичайні ситуації. Евакуйованих розмістили у спортзалах і школі сусідніх містечок.

Як повідомляв Укрінформ, минулого тижня великі лісові пожежі також вирували на півдні Португалії та в Греції.
""",
}, [("EFE", False), ("la Repubblica", True)],
[("EFE", "00_en.txt"), ("EFE", "01_pt.txt"), ("EFE", "02_it.txt"), ("EFE", "03_ru.txt"), ("EFE", "04_uk.txt")],
[("A wildfire in Ávila province burned about 2,300 hectares and about 1,200 residents of Navalzarza and two hamlets were evacuated.",
  ["00_en.txt", "01_pt.txt", "02_it.txt", "03_ru.txt", "04_uk.txt"], 2),
 ("About 350 firefighters and 14 aircraft were fighting the fire.",
  ["00_en.txt", "01_pt.txt", "03_ru.txt", "04_uk.txt"], 1)])

# t04: chain ДСНС (statement on its website, outside) -> Укрінформ -> en, es. uk Ukrinform takes the
# statement directly ("Про це йдеться у повідомленні Державної служби України з надзвичайних ситуацій,
# оприлюдненому на сайті відомства" + "зазначили в ДСНС"); en "state news agency Ukrinform reported
# ..., citing the State Emergency Service" + "Ukrinform said" + "according to the agency"; es (no date
# line) "ha informado la agencia estatal ucraniana Ukrinform, que cita a los servicios de emergencia"
# + "precisa Ukrinform"; ru takes the statement directly: "говорится в сообщении Государственной
# службы Украины по чрезвычайным ситуациям (ГСЧС)" + "По данным ГСЧС" + "отмечают в службе".
story("t04_dsns_zakarpattia_flood_chain", "institution_chain", {
"00_uk.txt": """На Закарпатті через паводок підтопило 37 будинків, загинув чоловік – ДСНС
Укрінформ
22.11.2027 11:20

У Рахівському районі Закарпатської області внаслідок сильних дощів вийшли з берегів гірські річки: підтоплено 37 житлових будинків, 112 людей, серед них 29 дітей, евакуювали. Є загиблий.

Про це йдеться у повідомленні Державної служби України з надзвичайних ситуацій, оприлюдненому на сайті відомства.

За даними рятувальників, найскладніша ситуація склалася в селах Ясенова Поляна та Верхній Брід, де за ніч рівень води в річці Білий Потік піднявся на 2,4 метра. У Ясеновій Поляні потоком змило 64-річного чоловіка, який намагався перейти річку вбрід; його тіло знайшли вранці за півтора кілометра нижче за течією.

Евакуйованих розмістили в приміщенні місцевої школи та в родичів. На місці працюють 160 рятувальників і 42 одиниці техніки, зокрема насосні станції та плавзасоби. Рух автодорогою Н-09 на ділянці між двома селами обмежено через розмив узбіччя.

«Станом на ранок рівень води поступово знижується. Рятувальники відкачують воду з підвалів і допомагають мешканцям повернутися до домівок», — зазначили в ДСНС.

Синоптики попереджають, що 23–24 листопада на Закарпатті знову очікуються дощі, у горах місцями сильні, тож у службі закликають жителів прибережних сіл стежити за повідомленнями та не наближатися до русел річок.
""",
"01_en.txt": """Flash floods in Zakarpattia kill one, force evacuation of 112
The Kyiv Independent
Nov. 22, 2027 3:05 PM

One man was killed and 112 people, including 29 children, were evacuated after mountain rivers burst their banks in Zakarpattia Oblast's Rakhiv district overnight, state news agency Ukrinform reported on Nov. 22, citing the State Emergency Service.

Thirty-seven homes were flooded, mostly in the villages of Yasenova Poliana and Verkhnii Brid, where the Bilyi Potik river rose by 2.4 meters overnight, Ukrinform said.

A 64-year-old man was swept away as he tried to wade across the river in Yasenova Poliana. His body was found in the morning about 1.5 kilometers downstream, according to the agency.

Some 160 rescuers and 42 pieces of equipment, including pumps and boats, were deployed. Traffic on the H-09 highway between the two villages has been restricted because the roadside was washed away.

Water levels were gradually falling on the morning of Nov. 22, and rescuers were pumping water out of basements, the report said.

Zakarpattia, Ukraine's westernmost region, lies in the Carpathian mountains and is prone to flash floods in late autumn, when heavy rain combines with early snowmelt at higher altitudes. More rain is forecast for the region on Nov. 23-24.
""",
"02_es.txt": """Un muerto y más de un centenar de evacuados por las inundaciones en el oeste de Ucrania
Europa Press

Al menos una persona ha muerto y 112, entre ellas 29 niños, han tenido que ser evacuadas en la región de Transcarpatia, en el oeste de Ucrania, por el desbordamiento de varios ríos de montaña tras las intensas lluvias de la noche del domingo, ha informado la agencia estatal ucraniana Ukrinform, que cita a los servicios de emergencia del país.

Según la agencia, las aguas han inundado 37 viviendas en el distrito de Rajiv, sobre todo en las aldeas de Yasenova Poliana y Verjni Brid, donde el nivel del río Bili Potik subió 2,4 metros en una sola noche.

La víctima mortal es un hombre de 64 años que fue arrastrado por la corriente cuando intentaba vadear el río. Su cuerpo fue hallado el lunes por la mañana a un kilómetro y medio aguas abajo, precisa Ukrinform.

En la zona trabajan 160 rescatistas con 42 vehículos y equipos, entre ellos bombas de achique y embarcaciones. Los evacuados han sido alojados en una escuela y en casas de familiares.

El nivel del agua comenzaba a bajar el lunes por la mañana, aunque se esperan nuevas lluvias en la región los días 23 y 24 de noviembre. Transcarpatia, situada en los Cárpatos, sufre con frecuencia crecidas repentinas a finales de otoño.
""",
"03_ru.txt": """В Закарпатье из-за паводка погиб человек, эвакуированы более ста жителей
Настоящее Время
22 ноября 2027, 13:40

В Раховском районе Закарпатской области Украины после сильных дождей вышли из берегов горные реки. Подтоплены 37 жилых домов, эвакуированы 112 человек, в том числе 29 детей, один человек погиб, говорится в сообщении Государственной службы Украины по чрезвычайным ситуациям (ГСЧС), опубликованном на ее сайте.

Как уточняет ведомство, тяжелее всего пришлось селам Ясенова Поляна и Верхний Брод: там за ночь уровень воды в реке Белый Поток поднялся на 2,4 метра. 64-летнего мужчину унесло течением, когда он пытался перейти реку вброд, его тело нашли утром в полутора километрах ниже по течению.

По данным ГСЧС, на месте работают 160 спасателей и 42 единицы техники. Эвакуированных разместили в здании местной школы и у родственников. Движение по трассе Н-09 между двумя селами ограничено.

"По состоянию на утро уровень воды постепенно снижается", — отмечают в службе. Спасатели откачивают воду из подвалов и помогают жителям вернуться в дома.

Синоптики прогнозируют новые дожди в Закарпатье 23–24 ноября.
""",
}, [("ДСНС", False)],
[("ДСНС", "00_uk.txt"), ("Укрінформ", "01_en.txt"), ("Укрінформ", "02_es.txt"), ("ДСНС", "03_ru.txt")],
[("Floods in Rakhiv district of Zakarpattia flooded 37 houses and 112 people, including 29 children, were evacuated.",
  ["00_uk.txt", "01_en.txt", "02_es.txt", "03_ru.txt"], 1),
 ("A 64-year-old man was swept away by the river and died.",
  ["00_uk.txt", "01_en.txt", "02_es.txt", "03_ru.txt"], 1)])

# t05: Corriere della Sera own scoop (two anonymous engineers of the consortium + an internal report
# seen by the paper + a mayor's comment to the paper): in-corpus origin; the anonymous engineers belong
# to it. Relays: en Reuters "Corriere della Sera reported on Tuesday" + "The Milan-based daily cited two
# engineers ... who spoke on condition of anonymity" + "According to Corriere" (Reuters' unanswered
# request adds nothing); pt Expresso takes it from Reuters: "A notícia é avançada pela agência Reuters,
# que cita o diário italiano Corriere della Sera" + "acrescenta a agência britânica" (chain: edge from
# Reuters); ru "пишет итальянская газета Corriere della Sera со ссылкой на двух инженеров" +
# "Собеседники издания" + "По данным Corriere della Sera" + "отмечает издание"; uk (no outlet line)
# "Як пише італійська газета Corriere della Sera" + "Про це виданню розповіли" + "в коментарі газеті".
story("t05_corriere_scoop_verrino_dam_chain", "scoop_chain", {
"00_it.txt": """Crepe nella diga del Verrino dopo il terremoto, il lago viene svuotato. Ma i sindaci a valle non sapevano nulla
Corriere della Sera
9 marzo 2027 | 06:30

Tre fessure sul coronamento e sul paramento di valle, la più lunga di 14 metri, larghe fino a due centimetri. Sono comparse nella diga del Verrino, in Sila, dopo la scossa di magnitudo 4.8 che martedì scorso ha colpito la provincia di Cosenza. Lo ha appreso il Corriere della Sera da due ingegneri del Consorzio idrico Sila Nord, l'ente che gestisce l'invaso, che hanno chiesto di non essere nominati perché non autorizzati a parlare con la stampa.

«Non c'è un pericolo imminente, ma quelle crepe prima del terremoto non c'erano», dice uno dei due. Secondo una relazione tecnica interna datata 4 marzo, che il Corriere ha potuto visionare, il Consorzio ha deciso il giorno successivo di abbassare il livello del lago di otto metri, «in via precauzionale e fino al completamento delle verifiche strutturali». Lo svaso, scrivono i tecnici, richiederà circa tre settimane.

Nessuno però ha avvisato i tre comuni a valle dello sbarramento, Torre Verrina, Pietrarossa e San Lauro Silano, dove vivono circa 6.400 persone. «L'ho saputo da voi. È inaccettabile: qui abbiamo un piano di emergenza per la diga e nessuno lo ha attivato», ha detto al Corriere il sindaco di Pietrarossa, Domenico Ferraina.

La relazione raccomanda anche l'installazione di nuovi sensori di spostamento e un'ispezione subacquea dello scarico di fondo. Il Consorzio idrico Sila Nord non ha risposto alle domande inviate dal Corriere lunedì pomeriggio.

La diga del Verrino, alta 62 metri, è stata completata nel 1971 e fornisce acqua potabile e irrigua a una trentina di comuni della provincia.
""",
"01_en.txt": """Italian dam cracked after earthquake, reservoir being lowered - Corriere
Reuters
March 9, 2027 9:52 AM UTC

ROME, March 9 (Reuters) - Cracks have appeared in a dam in the Sila mountains of southern Italy after last week's magnitude 4.8 earthquake, and the body that runs it has started lowering the reservoir by eight metres without informing towns downstream, Corriere della Sera reported on Tuesday.

The Milan-based daily cited two engineers at the Consorzio idrico Sila Nord who spoke on condition of anonymity, as well as an internal technical report dated March 4 that the newspaper said it had seen.

According to Corriere, three cracks - the longest 14 metres long and up to 2 cm wide - were found on the crest and the downstream face of the 62-metre Verrino dam in the province of Cosenza. "There is no imminent danger, but those cracks were not there before the earthquake," one of the engineers told the paper.

The three municipalities below the dam, home to about 6,400 people, were not told about the decision, the newspaper said. "I found out from you," the mayor of one of them, Pietrarossa, was quoted as saying.

The consortium did not immediately respond to a Reuters request for comment. Reuters could not independently verify the report.

The earthquake on March 2 caused minor damage to older buildings in several towns in the province but no injuries.
""",
"02_pt.txt": """Barragem italiana com fissuras depois de sismo está a ser esvaziada sem aviso às populações
Expresso
09.03.2027 às 14h05

Uma barragem no sul de Itália apresenta fissuras desde o sismo de magnitude 4,8 que atingiu a província de Cosenza na semana passada, e a entidade que a gere começou a baixar o nível da albufeira em oito metros sem avisar os municípios a jusante. A notícia é avançada pela agência Reuters, que cita o diário italiano Corriere della Sera.

Segundo a Reuters, o jornal de Milão ouviu dois engenheiros do consórcio responsável pela barragem do Verrino, que falaram sob anonimato, e teve acesso a um relatório técnico interno datado de 4 de março.

Foram detetadas três fissuras no coroamento e no paramento de jusante da barragem, com 62 metros de altura; a maior tem 14 metros de comprimento e até dois centímetros de largura. "Não há perigo iminente, mas essas fissuras não existiam antes do sismo", terá dito um dos engenheiros.

Os três municípios situados abaixo da barragem, onde vivem cerca de 6.400 pessoas, não foram informados da decisão, acrescenta a agência britânica. O consórcio não respondeu ao pedido de comentário da Reuters.

Itália tem mais de 500 grandes barragens, muitas delas construídas entre as décadas de 1950 e 1970.
""",
"03_ru.txt": """В Италии после землетрясения дала трещины плотина, пишут СМИ
РИА Новости
09.03.2027 12:17

На плотине Веррино в горах Сила на юге Италии после землетрясения магнитудой 4,8 появились трещины, водохранилище начали спускать, не предупредив жителей расположенных ниже по течению населенных пунктов, пишет итальянская газета Corriere della Sera со ссылкой на двух инженеров эксплуатирующего плотину консорциума.

Собеседники издания пожелали остаться неназванными, так как не уполномочены общаться с прессой. По их словам, три трещины, самая длинная из которых достигает 14 метров, а ширина — двух сантиметров, обнаружены на гребне и низовой грани плотины высотой 62 метра.

"Непосредственной опасности нет, но до землетрясения этих трещин не было", — цитирует газета одного из инженеров.

По данным Corriere della Sera, согласно внутреннему техническому отчету от 4 марта, консорциум на следующий день принял решение понизить уровень воды в водохранилище на восемь метров. Процесс займет около трех недель. При этом три коммуны ниже плотины, где проживают около 6,4 тысячи человек, об этом не уведомили, отмечает издание.

Землетрясение магнитудой 4,8 произошло в провинции Козенца 2 марта.
""",
"04_uk.txt": """В Італії після землетрусу виявили тріщини на греблі: водосховище спускають
9 березня 2027, 15:30

На греблі Веррино в горах Сила на півдні Італії після землетрусу магнітудою 4,8 з'явилися тріщини, і консорціум, що її експлуатує, почав знижувати рівень водосховища на вісім метрів. Мешканців трьох громад нижче за течією про це не попередили.

Як пише італійська газета Corriere della Sera, на гребені та низовому схилі 62-метрової греблі виявили три тріщини; найдовша — 14 метрів, завширшки вони сягають двох сантиметрів. Про це виданню розповіли двоє інженерів консорціуму на умовах анонімності.

«Безпосередньої небезпеки немає, але до землетрусу цих тріщин не було», — сказав газеті один зі співрозмовників.

Журналісти Corriere della Sera також ознайомилися з внутрішнім технічним звітом від 4 березня. Згідно з ним, рівень води знижуватимуть приблизно три тижні, а на греблі встановлять нові датчики зміщення.

У трьох громадах нижче греблі мешкає близько 6400 людей. Мер одного з містечок, Доменіко Феррайна, в коментарі газеті назвав ситуацію «неприйнятною». Консорціум на запитання Corriere не відповів.
""",
}, [("Corriere della Sera", True)],
[("Corriere della Sera", "01_en.txt"), ("Reuters", "02_pt.txt"), ("Corriere della Sera", "03_ru.txt"),
 ("Corriere della Sera", "04_uk.txt")],
[("Cracks appeared in the Verrino dam in the Sila mountains after the magnitude 4.8 earthquake.",
  ["00_it.txt", "01_en.txt", "02_pt.txt", "03_ru.txt", "04_uk.txt"], 1),
 ("The reservoir is being lowered by eight metres and the three towns downstream (about 6,400 people) were not informed.",
  ["00_it.txt", "01_en.txt", "02_pt.txt", "03_ru.txt", "04_uk.txt"], 1)])

# t06: a geological survey's published figures (U.S. Geological Survey, outside) taken directly by
# all four: es "informó el Servicio Geológico de Estados Unidos (USGS)" + "según el organismo
# estadounidense" + "precisó la agencia"; pt "de acordo com o Serviço Geológico dos Estados Unidos
# (USGS, na sigla em inglês)" + "segundo o órgão americano" + "Ainda segundo o serviço geológico"; it
# "Lo rende noto lo United States Geological Survey (Usgs), l'istituto geologico statunitense" +
# "riferisce ancora l'Usgs"; ru (no outlet, no date line) "сообщает Геологическая служба США (USGS)" +
# "По данным геологической службы" + "на сайте американского ведомства".
story("t06_usgs_peru_earthquake", "institution", {
"00_es.txt": """Un sismo de magnitud 6,3 sacude el sur de Perú
Infobae
3 de mayo de 2027

Un terremoto de magnitud 6,3 sacudió este lunes la región de Arequipa, en el sur de Perú, informó el Servicio Geológico de Estados Unidos (USGS).

El movimiento se registró a las 14.22 hora local (19.22 GMT), con epicentro a 37 kilómetros al suroeste de la localidad de Pucallqa y a una profundidad de 48 kilómetros, según el organismo estadounidense.

El USGS emitió una alerta verde por posibles víctimas mortales y amarilla por pérdidas económicas en su sistema PAGER, lo que indica que los daños podrían ser localizados. En las dos horas siguientes se registraron al menos cinco réplicas, la mayor de magnitud 4,6, precisó la agencia.

El sismo se sintió con fuerza en la ciudad de Arequipa y llegó a percibirse en Tacna y Moquegua. Más de 1.900 personas reportaron haberlo sentido a través del formulario "¿Lo sintió?" del USGS.

Perú se encuentra en el llamado Cinturón de Fuego del Pacífico, donde se concentra la mayor parte de la actividad sísmica y volcánica del planeta. Frente a sus costas, la placa de Nazca se desliza bajo la placa Sudamericana, lo que provoca frecuentes temblores.
""",
"01_pt.txt": """Terremoto de magnitude 6,3 atinge o sul do Peru
g1
03/05/2027 18h05

Um terremoto de magnitude 6,3 atingiu a região de Arequipa, no sul do Peru, nesta segunda-feira (3), de acordo com o Serviço Geológico dos Estados Unidos (USGS, na sigla em inglês).

O tremor ocorreu às 16h22 no horário de Brasília, a 48 quilômetros de profundidade. O epicentro foi localizado a 37 quilômetros a sudoeste da cidade de Pucallqa, segundo o órgão americano.

Pelo sistema de alertas PAGER, o USGS classificou o risco de mortes como verde (baixo) e o de perdas econômicas como amarelo. Pelo menos cinco réplicas foram registradas nas duas horas seguintes; a mais forte teve magnitude 4,6.

Ainda segundo o serviço geológico, mais de 1.900 pessoas relataram ter sentido o abalo, sobretudo em Arequipa, a segunda cidade mais populosa do país, e em Tacna, perto da fronteira com o Chile.

O Peru fica no chamado Círculo de Fogo do Pacífico, área de intensa atividade sísmica e vulcânica que contorna o oceano.
""",
"02_it.txt": """Terremoto di magnitudo 6.3 nel sud del Perù
ANSA
03 maggio 2027, 21:47

Una scossa di terremoto di magnitudo 6.3 è stata registrata oggi nella regione di Arequipa, nel sud del Perù. Lo rende noto lo United States Geological Survey (Usgs), l'istituto geologico statunitense.

Secondo l'Usgs, il sisma si è verificato alle 14.22 locali (le 21.22 in Italia) a una profondità di 48 chilometri, con epicentro 37 chilometri a sud-ovest della località di Pucallqa. Nelle due ore successive sono state registrate almeno cinque repliche, la più forte di magnitudo 4.6.

Il sistema di allerta Pager dell'istituto americano indica un livello verde per il rischio di vittime e giallo per i danni economici, segno che le conseguenze dovrebbero essere limitate. La scossa, riferisce ancora l'Usgs, è stata avvertita distintamente ad Arequipa e a Tacna: oltre 1.900 persone l'hanno segnalata sul sito dell'istituto.

Il Perù si trova lungo la cosiddetta Cintura di fuoco del Pacifico, una delle aree sismicamente più attive del pianeta.
""",
"03_ru.txt": """Землетрясение магнитудой 6,3 произошло на юге Перу

Землетрясение магнитудой 6,3 произошло в понедельник в регионе Арекипа на юге Перу, сообщает Геологическая служба США (USGS).

Очаг залегал на глубине 48 километров, эпицентр находился в 37 километрах к юго-западу от населенного пункта Пукалька. Толчки зафиксированы в 14.22 по местному времени (22.22 мск).

По данным геологической службы, в течение двух часов после основного толчка произошли как минимум пять афтершоков, самый сильный из них — магнитудой 4,6. Система оценки последствий PAGER, которую ведет USGS, присвоила землетрясению "зеленый" уровень опасности по числу жертв и "желтый" — по экономическому ущербу.

О том, что ощутили подземные толчки, на сайте американского ведомства сообщили более 1,9 тысячи человек, в основном жители городов Арекипа и Такна.

Перу расположена в Тихоокеанском огненном кольце, где происходит большинство землетрясений на планете.
""",
}, [("U.S. Geological Survey", False)],
[("U.S. Geological Survey", "00_es.txt"), ("U.S. Geological Survey", "01_pt.txt"),
 ("U.S. Geological Survey", "02_it.txt"), ("U.S. Geological Survey", "03_ru.txt")],
[("A magnitude 6.3 earthquake struck the Arequipa region of southern Peru at a depth of 48 km.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_ru.txt"], 1),
 ("At least five aftershocks followed, the strongest of magnitude 4.6.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_ru.txt"], 1)])

# t07: two independent own reports by two agencies in the corpus: Lusa ("disse hoje à Lusa", "a Lusa
# constatou no local") and The Associated Press ("An Associated Press photographer saw", "told The
# Associated Press"). es credits both ("según informaron ... la agencia portuguesa Lusa y la
# estadounidense Associated Press" + "explicó a Lusa" + "contó a AP"): two edges; uk relays AP
# ("Про це повідомляє агентство Associated Press" + "За даними AP" + "розповів агентству" + "повідомив
# AP"); ru relays Lusa ("сообщает португальское агентство Lusa со ссылкой на" + "уточнил агентству" +
# "пишет Lusa").
story("t07_two_agencies_castelo_branco_fire", "two_independent", {
"00_pt.txt": """Incêndio em Castelo Branco já consumiu 4.100 hectares e obrigou a retirar moradores de três aldeias
Lusa
2027-08-18 13:05

O incêndio que deflagrou na terça-feira à tarde numa zona de mato e pinhal no distrito de Castelo Branco já consumiu cerca de 4.100 hectares e obrigou à retirada de moradores de três aldeias, disse hoje à Lusa o comandante sub-regional de Emergência e Proteção Civil da Beira Baixa, Artur Saraiva Leitão.

Segundo o responsável, foram retiradas de forma preventiva cerca de 260 pessoas das aldeias de Vale de Urzes, Casal da Ribeira e Sobral Fundo, que passaram a noite no pavilhão municipal e num lar da sede de concelho. "A frente mais ativa está a cerca de dois quilómetros de Sobral Fundo e o vento não nos está a ajudar", afirmou.

Às 12h00, estavam no terreno 720 operacionais, apoiados por 230 veículos e 11 meios aéreos, de acordo com o comandante.

Dois bombeiros ficaram feridos durante a madrugada: um sofreu queimaduras de segundo grau nos braços e foi transportado para o hospital de Castelo Branco, e o outro foi assistido no local por exaustão.

No terreno, a Lusa constatou que várias estradas municipais estão cortadas e que uma densa coluna de fumo é visível a mais de 30 quilómetros. Em Casal da Ribeira, alguns moradores recusaram-se a sair e tentavam proteger as casas com mangueiras e baldes.

"Já vi muitos fogos aqui, mas nunca um que andasse tão depressa", disse à Lusa Maria da Conceição Antunes, de 74 anos, acolhida no pavilhão municipal.

As causas do incêndio estão a ser investigadas pela GNR.
""",
"01_en.txt": """Wildfire in central Portugal forces villagers to flee as crews battle flames
The Associated Press
Updated 9:41 AM EDT, August 18, 2027

VALE DE URZES, Portugal (AP) — Residents of three villages in central Portugal fled their homes overnight as a wildfire that has burned about 4,100 hectares (10,100 acres) of pine forest and scrubland spread across the hills of Castelo Branco district, officials said Wednesday.

An Associated Press photographer saw villagers in Vale de Urzes leading goats and sheep down a dirt road before dawn as orange flames lit up the ridge above the village. "We took the animals and the documents, nothing else," said Joaquim Pires, 67, who had spent the night in his car at the edge of the village.

About 260 people were evacuated from Vale de Urzes, Casal da Ribeira and Sobral Fundo, regional civil protection commander Artur Saraiva Leitão told The Associated Press. He said 720 firefighters, 230 vehicles and 11 aircraft were deployed Wednesday morning.

"The wind keeps changing, and the terrain is very steep," Saraiva Leitão said. "We are fighting it from the air, but the aircraft can only do so much in this smoke."

Temperatures in the region were expected to reach 40 degrees Celsius (104 degrees Fahrenheit) on Wednesday afternoon.

Portugal, like neighboring Spain, has been hit by a series of large wildfires this summer after months of drought.
""",
"02_es.txt": """Un incendio en el centro de Portugal calcina 4.100 hectáreas y obliga a desalojar tres aldeas
El País
18 ago 2027 - 19:20 CEST

Un incendio forestal declarado el martes por la tarde en el distrito portugués de Castelo Branco, cerca de la frontera con España, ha calcinado ya unas 4.100 hectáreas de pinar y matorral y ha obligado a desalojar a unas 260 personas de tres aldeas, según informaron este miércoles la agencia portuguesa Lusa y la estadounidense Associated Press.

El comandante regional de Protección Civil, Artur Saraiva Leitão, explicó a Lusa que los vecinos de Vale de Urzes, Casal da Ribeira y Sobral Fundo pasaron la noche en el pabellón municipal y en una residencia de ancianos. "El frente más activo está a unos dos kilómetros de Sobral Fundo y el viento no nos ayuda", dijo.

A mediodía trabajaban en la zona 720 efectivos, con 230 vehículos y 11 medios aéreos. "Nos llevamos los papeles, nada más", contó a AP un vecino de Vale de Urzes de 67 años que pasó la noche en su coche a las afueras del pueblo.

Las temperaturas podían alcanzar este miércoles los 40 grados en la región, lo que complica las labores de extinción.

Portugal y España han sufrido este verano varios incendios de grandes dimensiones tras meses de sequía.
""",
"03_uk.txt": """У Португалії через лісову пожежу евакуювали мешканців трьох сіл
Українська правда
18 серпня 2027, 17:52

У центральній частині Португалії, в окрузі Каштелу-Бранку, лісова пожежа знищила вже близько 4100 гектарів соснового лісу та чагарників. Мешканців трьох сіл довелося евакуювати.

Про це повідомляє агентство Associated Press.

За даними AP, близько 260 людей залишили свої домівки в селах Вале-де-Урзеш, Казал-да-Рібейра та Собрал-Фунду. Фотограф агентства бачив, як ще до світанку жителі Вале-де-Урзеш гнали кіз і овець ґрунтовою дорогою, а полум'я освітлювало гірський хребет над селом.

«Ми взяли тварин і документи, більше нічого», — розповів агентству 67-річний Жоакін Піреш, який провів ніч у своєму автомобілі.

Регіональний командир служби цивільного захисту Артур Сарайва Лейтау повідомив AP, що в середу зранку з вогнем боролися 720 пожежників, 230 одиниць техніки та 11 літаків і гелікоптерів. «Вітер постійно змінюється, а рельєф дуже крутий», — сказав він.

Цього літа Португалія, як і сусідня Іспанія, потерпає від масштабних лісових пожеж після місяців посухи.
""",
"04_ru.txt": """В Португалии лесной пожар уничтожил более четырех тысяч гектаров
РИА Новости
18.08.2027 16:20

Лесной пожар в португальском округе Каштелу-Бранку, начавшийся во вторник, охватил уже около 4,1 тысячи гектаров, жителей трех деревень пришлось эвакуировать, сообщает португальское агентство Lusa со ссылкой на региональное командование гражданской защиты.

Как уточнил агентству командир подразделения гражданской защиты региона Бейра-Байша Артур Сарайва Лейтан, в превентивном порядке эвакуированы около 260 человек из деревень Вале-де-Урзеш, Казал-да-Рибейра и Собрал-Фунду.

По его словам, к полудню среды с огнем боролись 720 пожарных, 230 единиц техники и 11 летательных аппаратов.

Ночью пострадали двое пожарных: один получил ожоги второй степени и был доставлен в больницу Каштелу-Бранку, второму помощь оказали на месте, пишет Lusa. Корреспондент агентства сообщает, что ряд местных дорог перекрыт, а столб дыма виден на расстоянии более 30 километров.

Причины пожара устанавливает Национальная республиканская гвардия. Португалия, как и соседняя Испания, этим летом страдает от крупных лесных пожаров на фоне засухи.
""",
}, [("Lusa", True), ("The Associated Press", True)],
[("Lusa", "02_es.txt"), ("The Associated Press", "02_es.txt"), ("The Associated Press", "03_uk.txt"),
 ("Lusa", "04_ru.txt")],
[("A wildfire in Castelo Branco district burned about 4,100 hectares and about 260 residents of three villages were evacuated.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_uk.txt", "04_ru.txt"], 2),
 ("Two firefighters were injured overnight, one with burns taken to hospital.",
  ["00_pt.txt", "04_ru.txt"], 1),
 ("Villagers of Vale de Urzes were seen leading goats and sheep down a dirt road before dawn.",
  ["01_en.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 105 (disasters and emergencies; real media names, "
                       "invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for _, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
