#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand74 set (events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: the State Emergency Service of Ukraine's Telegram post (no medium between) relayed by a
# Ukrainian site, a Russian-language live blog (short timestamped items), an English and a Spanish
# site. Origin "ДСНС України" (out of corpus), one edge per article.
story("r01_official_dsns_telegram_storm", "official", {
"00_uk.txt": """Негода на Одещині: загинув чоловік, без світла 212 населених пунктів
Південний кур'єр
14.03.2027 10:20

Через шквальний вітер і мокрий сніг в Одеській області знеструмлено 212 населених пунктів, а в Білгороді-Дністровському загинув 58-річний чоловік, на якого впало дерево. Про це повідомили в Telegram-каналі ДСНС України.

За даними рятувальників, пориви вітру вночі сягали 28 метрів за секунду. Упродовж ночі надзвичайники прибрали 96 повалених дерев, з них 41 — в Одесі.

На трасі Одеса — Рені через снігові замети застрягли вантажівки та легкові автомобілі. Рятувальники відбуксирували 37 транспортних засобів, ще кілька десятків водіїв обігріваються в пункті незламності біля Татарбунар, йдеться в дописі служби.

У ДСНС закликали водіїв утриматися від поїздок трасою щонайменше до полудня та не залишати автівки під деревами.
""",
"01_ru.txt": """Непогода в Одесской области — онлайн
Одесская жизнь
2027-03-14 09:40

09:40 — ГСЧС Украины сообщает в своем Telegram-канале: из-за шквального ветра и мокрого снега в области обесточены 212 населенных пунктов.

09:52 — В Белгороде-Днестровском на 58-летнего мужчину упало дерево, он погиб. Об этом сообщили спасатели в том же канале.

10:05 — По данным ГСЧС, на трассе Одесса — Рени спасатели отбуксировали из снежных заносов 37 автомобилей. Водителей просят не выезжать на трассу до полудня.
""",
"02_en.txt": """Storm in Ukraine's Odesa region kills one man, cuts power to 212 settlements
Black Sea Ledger
2027-03-14T11:05:00+00:00

High winds and wet snow swept across Ukraine's southern Odesa region overnight, killing a 58-year-old man in Bilhorod-Dnistrovskyi when a tree fell on him and leaving 212 towns and villages without electricity, Ukraine's State Emergency Service said in a Telegram post on Sunday morning.

Gusts reached 28 metres per second, the service said. Its crews cleared 96 fallen trees overnight, 41 of them in the city of Odesa itself.

On the Odesa–Reni highway, which links the port city with the Danube ports, rescuers towed 37 vehicles out of snowdrifts, according to the post. Several dozen drivers were warming up at a heated shelter near Tatarbunary.

The service urged drivers to stay off the road until at least midday and not to park under trees.
""",
"03_es.txt": """Un temporal de viento y nieve deja un muerto y 212 localidades sin luz en el sur de Ucrania
Crónica Internacional
14 de marzo de 2027

Un hombre de 58 años murió en la ciudad ucraniana de Bilhorod-Dnistrovski al caerle encima un árbol durante el temporal de viento y nieve húmeda que azotó la región de Odesa en la noche del sábado al domingo, informó el Servicio Estatal de Emergencias de Ucrania en su canal de Telegram.

Según el organismo, 212 localidades se quedaron sin suministro eléctrico y las rachas de viento alcanzaron los 28 metros por segundo. Los equipos de rescate retiraron 96 árboles caídos.

En la carretera que une Odesa con Reni, los socorristas remolcaron 37 vehículos atrapados por la nieve, añadió el servicio de emergencias, que pidió a los conductores evitar esa vía hasta el mediodía.
"""},
[("ДСНС України", False)],
[("ДСНС України", "00_uk.txt"), ("ДСНС України", "01_ru.txt"), ("ДСНС України", "02_en.txt"), ("ДСНС України", "03_es.txt")],
[("A storm in the Odesa region cut power to 212 settlements and killed a 58-year-old man in Bilhorod-Dnistrovskyi when a tree fell on him.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_es.txt"], 1),
 ("Rescuers towed 37 vehicles out of snowdrifts on the Odesa–Reni highway.", ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_es.txt"], 1)])

# r02: two independent roots. A local Brazilian TV station's own footage and witness interviews
# (TV Encosta Gaúcha, in corpus) and AFP (out of corpus) relayed in es, en, uk. The flooding claim
# has 2 roots; the death toll (AFP only) and the rescued woman (TV only) have 1 each.
story("r02_afp_and_local_tv_floods", "agency_plus_own_tv", {
"00_pt.txt": """Cheia do Taquari invade Lajeado e Estrela; moradores são resgatados de barco
TV Encosta Gaúcha
2027-04-05 19:30

O rio Taquari subiu mais de 11 metros acima do nível normal nesta segunda-feira e invadiu bairros inteiros de Lajeado e Estrela, no Vale do Taquari. Imagens gravadas pela equipe da TV Encosta Gaúcha mostram ruas do Centro de Lajeado transformadas em canais e moradores sendo retirados de barco por bombeiros e voluntários.

Nossa equipe acompanhou o resgate de Marlene Schaeffer, de 71 anos, que passou a madrugada no telhado de casa, no bairro Conservas. "A água chegou ao forro em menos de duas horas. Só consegui pegar os documentos e o gato", contou ela à nossa reportagem, ainda enrolada num cobertor.

O pescador Valdir Kunzler, que ajudou a retirar vizinhos com o próprio barco, disse ao repórter da TV Encosta Gaúcha que nunca tinha visto a água subir tão rápido. "Em 2023 foi feio, mas desta vez veio de noite, sem aviso nenhum", afirmou.

No ginásio municipal de Estrela, transformado em abrigo, a nossa câmera registrou dezenas de colchões espalhados pela quadra. A previsão é de chuva até quarta-feira.
""",
"01_es.txt": """Inundaciones en el sur de Brasil dejan cuatro muertos y más de 3.200 desplazados
La Voz del Litoral
05/04/2027 22:40

Al menos cuatro personas murieron y más de 3.200 tuvieron que abandonar sus casas por la crecida del río Taquari en el estado brasileño de Rio Grande do Sul, informó la agencia France-Presse (AFP).

Las víctimas fueron arrastradas por la corriente en Lajeado y Estrela, dos ciudades del Valle del Taquari donde el agua invadió barrios enteros durante la madrugada del lunes, dijo a la AFP el coronel Luciano Brandt, portavoz de la Defensa Civil estatal.

"El nivel del río sigue subiendo y no descartamos nuevas evacuaciones", declaró Brandt a la agencia francesa. Los meteorólogos prevén lluvias intensas hasta el miércoles.
""",
"02_en.txt": """Flooding in southern Brazil kills four, drives more than 3,200 from their homes
Atlantic Observer
2027-04-05T21:10:00+00:00

Floodwaters from the Taquari river killed at least four people and forced more than 3,200 from their homes in Brazil's southernmost state of Rio Grande do Sul, AFP reported on Monday.

The victims were swept away in Lajeado and Estrela, two towns in the Taquari valley where the river burst into whole neighbourhoods before dawn, state civil defence spokesman Colonel Luciano Brandt told the French news agency.

"The river is still rising and we do not rule out further evacuations," Brandt said. Heavy rain is forecast to continue until Wednesday.
""",
"03_uk.txt": """Повінь на півдні Бразилії: четверо загиблих, понад 3200 людей залишили домівки
Світовий огляд
6 квітня 2027

Щонайменше четверо людей загинули, а понад 3200 були змушені залишити домівки через розлив річки Такуарі в бразильському штаті Ріу-Гранді-ду-Сул. Про це повідомляє агентство Франс Пресс.

Загиблих віднесло течією в містах Лажеаду та Ештрела, де вода вночі затопила цілі квартали, розповів агентству речник цивільної оборони штату полковник Лусіану Брандт.

«Рівень річки досі зростає, ми не виключаємо нових евакуацій», — сказав він. Синоптики прогнозують зливи до середи.
"""},
[("TV Encosta Gaúcha", True), ("AFP", False)],
[("AFP", "01_es.txt"), ("AFP", "02_en.txt"), ("AFP", "03_uk.txt")],
[("The Taquari river flooded Lajeado and Estrela, forcing residents out of their homes.", ["00_pt.txt", "01_es.txt", "02_en.txt", "03_uk.txt"], 2),
 ("At least four people died and more than 3,200 were displaced by the Taquari flood.", ["01_es.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Marlene Schaeffer, 71, was rescued by boat after spending the night on her roof.", ["00_pt.txt"], 1)])

# r03: a Reuters story IS in the corpus (own witness at the scene, "told Reuters"). ru is an
# uncredited close translation published the next morning (no agency named at all): edge from
# Reuters, scenario translation. uk and pt credit Reuters: edges from the in-corpus Reuters.
story("r03_reuters_landslide_uncredited_translation", "translation", {
"00_en.txt": """Landslide buries bus and trucks on Peru's Central Highway, at least nine dead
Reuters
2027-02-20 16:45

MATUCANA, Peru, Feb 20 (Reuters) - A landslide triggered by days of heavy rain buried a passenger bus and two trucks on Peru's Central Highway near the Andean town of Matucana on Saturday, killing at least nine people, police at the scene told Reuters.

A Reuters witness saw dozens of rescuers and local residents digging through mud and boulders with shovels and bare hands while an excavator cleared the road from the Lima side. The bus, travelling from Huancayo to Lima with 34 passengers, was pushed about 40 metres down the slope towards the Rimac river.

"We heard a roar like thunder and then the hill just came down," said truck driver Eusebio Quispe, 46, whose vehicle stopped a few metres short of the slide. He said he helped pull four injured passengers out through the bus windows.

Police Major Rodrigo Salazar told Reuters that 17 people had been taken to hospitals in Matucana and Chosica and that rescuers were still searching for at least three passengers.

The Central Highway, the main road link between Lima and the central Andes, was closed in both directions, with hundreds of trucks backed up on either side.
""",
"01_ru.txt": """Оползень накрыл автобус и грузовики на Центральном шоссе в Перу, не менее девяти погибших
Мировое обозрение
21.02.2027 08:10

Оползень, вызванный многодневными ливнями, в субботу накрыл пассажирский автобус и два грузовика на Центральном шоссе Перу рядом с андским городком Матукана. Погибли по меньшей мере девять человек, сообщили полицейские на месте происшествия.

Десятки спасателей и местных жителей разбирали грязь и валуны лопатами и голыми руками, пока экскаватор расчищал дорогу со стороны Лимы. Автобус, следовавший из Уанкайо в Лиму с 34 пассажирами, отбросило примерно на 40 метров вниз по склону к реке Римак.

«Мы услышали грохот, как гром, а потом склон просто обрушился», — рассказал 46-летний водитель грузовика Эусебио Киспе, чья машина остановилась в нескольких метрах от оползня. По его словам, он помог вытащить четырех раненых пассажиров через окна автобуса.

Майор полиции Родриго Саласар сообщил, что 17 человек доставлены в больницы Матуканы и Чосики, а спасатели продолжают искать как минимум трех пассажиров.

Центральное шоссе, главная дорога между Лимой и центральными Андами, перекрыто в обоих направлениях, по обе стороны скопились сотни грузовиков.
""",
"02_uk.txt": """У Перу зсув накрив автобус і дві вантажівки: щонайменше дев'ятеро загиблих
Ранковий експрес
20 лютого 2027, 19:30

Зсув ґрунту після багатоденних злив накрив пасажирський автобус і дві вантажівки на Центральному шосе в Перу поблизу містечка Матукана. Загинули щонайменше дев'ятеро людей, повідомляє агентство Reuters з посиланням на поліцію.

Кореспондент агентства бачив, як десятки рятувальників і місцевих жителів розгрібали багнюку та каміння лопатами й руками. Автобус, що їхав з Уанкайо до Ліми з 34 пасажирами, відкинуло приблизно на 40 метрів униз схилом.

«Ми почули гуркіт, як грім, а потім схил просто обвалився», — розповів агентству водій вантажівки Еусебіо Кіспе. За його словами, він допоміг витягти чотирьох поранених пасажирів через вікна автобуса.

Рух Центральним шосе перекрито в обох напрямках.
""",
"03_pt.txt": """Deslizamento de terra soterra ônibus no Peru e deixa ao menos nove mortos
Jornal do Planalto
20/02/2027 21:00

Um deslizamento de terra provocado por dias de chuva forte soterrou um ônibus de passageiros e dois caminhões na Rodovia Central do Peru, perto da cidade andina de Matucana, neste sábado, matando pelo menos nove pessoas, informou a agência de notícias Reuters.

O ônibus, que seguia de Huancayo para Lima com 34 passageiros, foi empurrado cerca de 40 metros encosta abaixo em direção ao rio Rímac. Dezessete pessoas foram levadas a hospitais de Matucana e Chosica, disse à Reuters o major da polícia Rodrigo Salazar. As equipes ainda procuravam ao menos três passageiros.

A rodovia, principal ligação entre Lima e os Andes centrais, foi fechada nos dois sentidos.
"""},
[("Reuters", True)],
[("Reuters", "01_ru.txt"), ("Reuters", "02_uk.txt"), ("Reuters", "03_pt.txt")],
[("A landslide buried a bus and two trucks on Peru's Central Highway near Matucana, killing at least nine people.", ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_pt.txt"], 1),
 ("Truck driver Eusebio Quispe helped pull four injured passengers out through the bus windows.", ["00_en.txt", "01_ru.txt", "02_uk.txt"], 1),
 ("Seventeen people were taken to hospitals in Matucana and Chosica.", ["00_en.txt", "01_ru.txt", "03_pt.txt"], 1)])

# r04: Portuguese agency Lusa (out of corpus) relayed in pt, es, en (no outlet line), ru.
story("r04_lusa_wildfire", "agency", {
"00_pt.txt": """Incêndio em Pampilhosa da Serra mobiliza mais de 400 operacionais; duas aldeias evacuadas
Correio da Serra
18-07-2027 23:15

Um incêndio florestal que deflagrou no domingo à tarde no concelho de Pampilhosa da Serra, distrito de Coimbra, mobilizava ao fim da noite mais de 400 operacionais, apoiados por 120 viaturas, segundo a agência Lusa.

As aldeias de Fajão e Covanca foram evacuadas por precaução e cerca de 80 moradores passaram a noite no pavilhão municipal, disse à Lusa o comandante sub-regional de emergência, Armando Seixo. Um bombeiro sofreu queimaduras ligeiras nas mãos e foi assistido no local.

"O vento rodou ao final da tarde e o fogo galgou a estrada para a encosta norte", explicou o comandante à agência, acrescentando que os meios aéreos retomam as operações ao nascer do dia.
""",
"01_es.txt": """Un incendio forestal obliga a evacuar dos aldeas en el centro de Portugal
El Heraldo Fronterizo
19 de julio de 2027, 08:30

Más de 400 bomberos, apoyados por 120 vehículos, combatían la noche del domingo un incendio forestal en el municipio portugués de Pampilhosa da Serra, en el distrito de Coímbra, informó la agencia portuguesa Lusa.

Las aldeas de Fajão y Covanca fueron desalojadas de forma preventiva y unos 80 vecinos durmieron en el pabellón municipal, según declaró a Lusa el comandante regional de emergencias Armando Seixo. Un bombero sufrió quemaduras leves en las manos.
""",
"02_en.txt": """Portugal wildfire forces evacuation of two villages in Coimbra district
19 July 2027

More than 400 firefighters backed by 120 vehicles were battling a forest fire in the municipality of Pampilhosa da Serra in central Portugal's Coimbra district late on Sunday, Portuguese news agency Lusa reported.

The villages of Fajão and Covanca were evacuated as a precaution and about 80 residents spent the night in the municipal sports hall, regional emergency commander Armando Seixo told Lusa. "The wind turned in the late afternoon and the fire jumped the road onto the northern slope," he said.

Water-bombing aircraft were due to resume work at first light.
""",
"03_ru.txt": """В центре Португалии из-за лесного пожара эвакуированы две деревни
Европейский вестник
19.07.2027 09:50

Более 400 пожарных и 120 единиц техники в ночь на понедельник боролись с лесным пожаром в муниципалитете Пампильоза-да-Серра в округе Коимбра, передает португальское агентство Lusa.

Деревни Фажан и Кованка эвакуированы в качестве меры предосторожности, около 80 жителей провели ночь в муниципальном спортзале, рассказал агентству региональный командир службы экстренной помощи Армандо Сейшу. Один пожарный получил легкие ожоги рук.
"""},
[("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_es.txt"), ("Lusa", "02_en.txt"), ("Lusa", "03_ru.txt")],
[("More than 400 firefighters fought a wildfire in Pampilhosa da Serra and the villages of Fajão and Covanca were evacuated.", ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1),
 ("A firefighter suffered minor burns to his hands.", ["00_pt.txt", "01_es.txt", "03_ru.txt"], 1)])

# r05: a volunteer fire brigade's Facebook post (no medium between) relayed in pt, en, es, uk
# (uk without date line). Origin "Bombeiros Voluntários de Machico" (out of corpus).
story("r05_official_bombeiros_facebook_flash_flood", "official", {
"00_pt.txt": """Machico: bombeiros resgatam 14 turistas de minibus cercado pela água
Notícias do Atlântico
03/11/2027 17:20

Catorze turistas foram resgatados esta quarta-feira de um minibus que ficou cercado pela água na Ribeira de Machico, depois de uma chuvada forte ao início da tarde, informaram os Bombeiros Voluntários de Machico numa publicação na sua página de Facebook.

Segundo a corporação, o veículo ficou imobilizado numa passagem a vau junto ao Caramanchão e a corrente subiu até às janelas em poucos minutos. Os bombeiros montaram uma linha de vida e retiraram os ocupantes um a um.

Três turistas, com sinais de hipotermia, foram transportados para o Hospital Dr. Nélio Mendonça, no Funchal, refere a publicação. Os restantes foram acolhidos no quartel. Os bombeiros pedem aos condutores que não atravessem leitos de ribeiras durante os avisos de chuva.
""",
"01_en.txt": """Firefighters rescue 14 tourists from minibus trapped by floodwater in Madeira
The Meridian Herald
2027-11-03 19:05

Fourteen tourists were rescued on Wednesday from a minibus that was surrounded by rising water in the Machico stream on the Portuguese island of Madeira after a sudden downpour, the Machico volunteer fire brigade said in a Facebook post.

The minibus got stuck at a ford and the current rose to its windows within minutes, the brigade wrote. Firefighters rigged a safety line and brought the passengers out one by one. Three of them were taken to hospital in Funchal with signs of hypothermia.
""",
"02_es.txt": """Rescatan a 14 turistas atrapados en un minibús por una riada en Madeira
Crónica Internacional
3 de noviembre de 2027

Catorce turistas fueron rescatados este miércoles de un minibús rodeado por el agua en la Ribeira de Machico, en la isla portuguesa de Madeira, tras un fuerte aguacero, informaron los Bomberos Voluntarios de Machico en su página de Facebook.

Según los bomberos, el vehículo quedó detenido en un vado y la corriente alcanzó las ventanillas en pocos minutos. Tres de los ocupantes fueron trasladados con síntomas de hipotermia al hospital de Funchal.
""",
"03_uk.txt": """На Мадейрі рятувальники витягли 14 туристів із затопленого мікроавтобуса
Світовий огляд

На португальському острові Мадейра пожежники врятували 14 туристів з мікроавтобуса, який після сильної зливи опинився посеред бурхливого потоку в руслі річки в Машіку. Про це добровольча пожежна команда Машіку повідомила на своїй сторінці у Facebook.

За словами пожежників, вода за кілька хвилин піднялася до вікон автобуса. Рятувальники натягнули страхувальний трос і вивели пасажирів по одному.
"""},
[("Bombeiros Voluntários de Machico", False)],
[("Bombeiros Voluntários de Machico", "00_pt.txt"), ("Bombeiros Voluntários de Machico", "01_en.txt"), ("Bombeiros Voluntários de Machico", "02_es.txt"), ("Bombeiros Voluntários de Machico", "03_uk.txt")],
[("Firefighters rescued 14 tourists from a minibus trapped by floodwater in Machico, Madeira.", ["00_pt.txt", "01_en.txt", "02_es.txt", "03_uk.txt"], 1),
 ("Three tourists were taken to hospital in Funchal with signs of hypothermia.", ["00_pt.txt", "01_en.txt", "02_es.txt"], 1)])

# r06: Spanish agency EFE (out of corpus) relayed in pt, en, es, uk (no outlet line, title suffix),
# ru (no date line). pt carries EFE's first death toll (nine); en is a corrected version with a
# correction note (six); es, uk, ru carry six (ru also mentions the earlier figure).
story("r06_efe_flash_flood_correction", "agency_correction", {
"00_pt.txt": """Enxurrada arrasta carros e deixa ao menos nove mortos no México
Jornal do Planalto
10/06/2027 11:40

Pelo menos nove pessoas morreram depois que uma enxurrada provocada por uma tempestade de granizo arrastou carros e invadiu casas na cidade de Tehuacán, no estado mexicano de Puebla, na noite de quarta-feira, informou a agência espanhola EFE.

Segundo a agência, a água desceu pela avenida Reforma com força suficiente para arrastar pelo menos 30 veículos, alguns dos quais foram parar no canal Valsequillo. A Proteção Civil municipal disse à EFE que equipes procuravam desaparecidos durante a madrugada.
""",
"01_en.txt": """Flash flood in Mexico's Puebla state kills six, sweeps away dozens of cars
Atlantic Observer
2027-06-10T23:30:00+00:00

Correction, June 10: An earlier version of this article, based on an initial report by Spanish news agency EFE, said nine people had died. EFE later corrected the figure to six after civil protection officials said three people listed among the dead had been found alive in hospital.

Six people died when a flash flood triggered by a hailstorm swept through the city of Tehuacán in Mexico's Puebla state on Wednesday night, EFE reported.

Water rushed down Reforma Avenue with enough force to carry away at least 30 cars, some of which ended up in the Valsequillo canal, the agency said. Municipal civil protection chief Gerardo Montiel told EFE that 41 homes had been flooded.
""",
"02_es.txt": """Seis muertos por una tromba que arrastró decenas de autos en Tehuacán
Diario Oriente
10 de junio de 2027, 21:15

Seis personas murieron a causa de la tromba acompañada de granizo que la noche del miércoles inundó calles y viviendas de Tehuacán, en el estado mexicano de Puebla, informó la agencia EFE.

La corriente bajó por la avenida Reforma y arrastró al menos 30 automóviles, algunos de los cuales terminaron en el canal Valsequillo. El titular de Protección Civil municipal, Gerardo Montiel, dijo a EFE que 41 viviendas resultaron inundadas y que tres personas inicialmente reportadas como fallecidas fueron localizadas con vida en un hospital.
""",
"03_uk.txt": """У Мексиці раптова повінь забрала життя шістьох людей — Ранковий експрес
11.06.2027 07:30

Шестеро людей загинули внаслідок раптової повені після граду в місті Теуакан мексиканського штату Пуебла, повідомляє іспанське агентство EFE.

Потік води, що мчав проспектом Реформа, заніс щонайменше 30 автомобілів, частина з яких опинилася в каналі Вальсекільйо. Затоплено 41 будинок, розповів агентству керівник муніципальної служби цивільного захисту Херардо Монтьєль.
""",
"04_ru.txt": """Ливень с градом в мексиканском Теуакане унес жизни шести человек
Мировое обозрение

Шесть человек погибли в результате наводнения, вызванного ливнем с градом, в городе Теуакан в мексиканском штате Пуэбла, сообщает испанское агентство EFE. Ранее агентство сообщало о девяти погибших, однако трое из них были найдены живыми в больнице.

Поток воды смыл с проспекта Реформа не менее 30 автомобилей, часть из них оказалась в канале Вальсекильо, уточняет EFE.
"""},
[("EFE", False)],
[("EFE", "00_pt.txt"), ("EFE", "01_en.txt"), ("EFE", "02_es.txt"), ("EFE", "03_uk.txt"), ("EFE", "04_ru.txt")],
[("A flash flood after a hailstorm in Tehuacán, Puebla, swept away at least 30 cars.", ["00_pt.txt", "01_en.txt", "02_es.txt", "03_uk.txt", "04_ru.txt"], 1),
 ("Six people died in the Tehuacán flash flood (corrected figure).", ["01_en.txt", "02_es.txt", "03_uk.txt", "04_ru.txt"], 1),
 ("At least nine people died in the Tehuacán flash flood (initial figure, later corrected).", ["00_pt.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 74 (invented events: disasters, accidents, weather); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts and o in [n for n, _ in origins], (id, o, a)
        for _, cl, _ in claims:
            assert all(a in arts for a in cl), id
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": cl, "independent_sources": k} for t, cl, k in claims]})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
