#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand162 set.

Outlets are real media names; every event, place, person, figure and quote is invented.
Emphasis: weather services, storm and flood warnings (meteorological institutes, civil protection).
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: institution-published origin. AEMET's special warning published on its website, taken
# directly by all five articles: es "Así figura en el aviso especial que el organismo publicó";
# en "In a special bulletin published on its website"; de "Das geht aus einer Sonderwarnung hervor,
# die die Behörde … veröffentlicht hat"; it "Lo prevede l'avviso speciale diffuso oggi" + "secondo il
# bollettino"; pt (no date line) "Segundo o aviso especial publicado … no site da AEMET".
# Background: "como informó entonces este periódico", IPMA mentioned for a term, Guardian's
# unanswered request.
story("s01_aemet_red_warning", "institution", {
"00_es.txt": """La AEMET activa el aviso rojo en la Ribera de Sorell por lluvias de hasta 180 litros en 12 horas
El País
Valencia - 11 oct 2027 - 13:42 CEST

La Agencia Estatal de Meteorología (AEMET) ha elevado al nivel rojo, el máximo de su escala, el aviso por lluvias en la comarca valenciana de la Ribera de Sorell, donde podrían acumularse hasta 180 litros por metro cuadrado en apenas 12 horas. Así figura en el aviso especial que el organismo publicó este lunes en su página web ante la llegada de una dana (depresión aislada en niveles altos) al Mediterráneo occidental.

El aviso rojo estará en vigor desde las 6.00 del martes hasta la medianoche del miércoles. Según el documento, las precipitaciones serán "persistentes y localmente torrenciales" y podrán ir acompañadas de tormentas con granizo. La AEMET advierte de un "peligro extraordinario" y recomienda evitar los desplazamientos por carretera y no acercarse a barrancos ni cauces.

El aviso especial prevé además rachas de viento de hasta 90 kilómetros por hora en el litoral y mantiene el nivel naranja en la costa de Murcia, donde se esperan hasta 100 litros en 12 horas. En el interior de Alicante el aviso es amarillo.

La dana quedará aislada al oeste de Baleares durante al menos 48 horas, explica el texto, lo que favorecerá la entrada de aire húmedo desde un Mediterráneo que todavía supera los 24 grados tras un verano especialmente cálido.

La Ribera de Sorell, una comarca de unos 90.000 habitantes atravesada por el río Sorell y por varios barrancos, sufrió en septiembre de 2019 unas inundaciones que obligaron a desalojar a cientos de vecinos de Benialcora, como informó entonces este periódico.
""",
"01_en.txt": """Spain issues red rain warning as storm system threatens Valencia region
The Guardian
Mon 11 Oct 2027 16.05 BST

Spain's state meteorological agency has issued its highest-level red warning for the Ribera de Sorell area of Valencia, where up to 180 litres of rain per square metre could fall in 12 hours from Tuesday morning.

In a special bulletin published on its website on Monday, the agency, Aemet, said the rain would be "persistent and locally torrential" and warned of "extraordinary danger". It urged people to avoid travelling by road and to stay away from riverbeds and ravines.

The warning is in force from 6am on Tuesday until midnight on Wednesday. The bulletin also forecasts gusts of up to 90km/h on the coast and keeps an orange warning in place for the coast of Murcia.

The weather system behind the alert is a so-called dana – an isolated upper-level low that becomes cut off from the main atmospheric circulation and can sit over the same area for days. According to Aemet, it is expected to stall west of the Balearic Islands for at least 48 hours, drawing in moist air from a Mediterranean that is still unusually warm after the summer.

Aemet did not respond to a request for further comment on Monday evening.

Spain has been hit by a series of deadly floods in recent years. Scientists have linked the increasing intensity of autumn downpours on the Mediterranean coast to the warming of the sea, although attributing any single event to climate change requires detailed study.
""",
"02_de.txt": """Unwetter in Spanien: Wetterdienst ruft höchste Warnstufe für Region bei Valencia aus
Süddeutsche Zeitung
11. Oktober 2027, 17:20 Uhr

Der spanische Wetterdienst Aemet hat für die Comarca Ribera de Sorell in der Region Valencia die höchste Warnstufe Rot ausgerufen. Dort könnten von Dienstagmorgen an innerhalb von zwölf Stunden bis zu 180 Liter Regen pro Quadratmeter fallen. Das geht aus einer Sonderwarnung hervor, die die Behörde am Montag auf ihrer Internetseite veröffentlicht hat.

Die Niederschläge würden „anhaltend und örtlich sintflutartig" ausfallen, heißt es darin. Die Aemet spricht von „außergewöhnlicher Gefahr" und rät dringend davon ab, mit dem Auto unterwegs zu sein oder sich Flussbetten und Schluchten zu nähern. Die Warnung gilt von Dienstag, 6 Uhr, bis Mittwoch um Mitternacht.

An der Küste rechnet der Wetterdienst zudem mit Sturmböen von bis zu 90 Kilometern pro Stunde. Für die Küste der Region Murcia gilt weiterhin die Warnstufe Orange.

Ursache ist eine sogenannte Dana, ein abgeschnittenes Höhentief, das sich nach Angaben der Aemet mindestens 48 Stunden lang westlich der Balearen halten soll. Es zieht feuchte Luft vom noch immer ungewöhnlich warmen Mittelmeer an.

Schon im Herbst 2019 hatte ein ähnliches Höhentief in der Gegend schwere Überschwemmungen verursacht. Die Region Valencia ist bei deutschen Urlaubern auch im Herbst beliebt.
""",
"03_it.txt": """Spagna, allerta rossa per piogge torrenziali nella regione di Valencia
ANSA
11 ottobre 2027, 18:37

(ANSA) - MADRID, 11 OTT - Allerta rossa per piogge torrenziali nella comarca della Ribera de Sorell, nella regione di Valencia, dove da martedì mattina potrebbero cadere fino a 180 litri d'acqua per metro quadrato in dodici ore. Lo prevede l'avviso speciale diffuso oggi dall'Agenzia statale di meteorologia spagnola (Aemet) sul proprio sito.

Secondo il bollettino, le precipitazioni saranno "persistenti e localmente torrenziali", con un "pericolo straordinario" per la popolazione. L'Aemet raccomanda di evitare gli spostamenti in auto e di tenersi lontani da alvei e torrenti. L'allerta resterà in vigore dalle 6 di martedì fino alla mezzanotte di mercoledì.

Sulla costa sono previste raffiche di vento fino a 90 chilometri orari, mentre per il litorale di Murcia resta l'allerta arancione. Il fenomeno è legato a una "dana", una goccia fredda in quota che, si legge nel bollettino, resterà isolata a ovest delle Baleari per almeno 48 ore richiamando aria umida da un Mediterraneo ancora insolitamente caldo.

Fenomeni simili avevano provocato gravi alluvioni nella stessa zona nel settembre del 2019. (ANSA).
""",
"04_pt.txt": """Espanha: aviso vermelho para chuva de até 180 litros por metro quadrado na região de Valência
Público

A agência meteorológica espanhola (AEMET) emitiu um aviso vermelho, o nível mais elevado, para a comarca da Ribera de Sorell, na Comunidade Valenciana, onde poderão cair até 180 litros de chuva por metro quadrado em 12 horas a partir da manhã de terça-feira.

Segundo o aviso especial publicado esta segunda-feira no site da AEMET, a chuva será "persistente e localmente torrencial" e há "perigo extraordinário". A agência pede à população que evite deslocações de carro e que se mantenha afastada de leitos de rios e ravinas. O aviso vigora entre as 6h de terça-feira e a meia-noite de quarta-feira (hora de Espanha, mais uma hora do que em Portugal continental).

O fenómeno que está na origem do alerta é uma depressão isolada em níveis altos, a que os espanhóis chamam "dana" e que em Portugal é conhecida como "gota fria", termo que o IPMA também usa nos seus comunicados. De acordo com a AEMET, a depressão deverá manter-se a oeste das Baleares durante pelo menos 48 horas, alimentada pela humidade de um Mediterrâneo ainda invulgarmente quente.

A Ribera de Sorell, com cerca de 90 mil habitantes, é atravessada pelo rio Sorell e por vários barrancos que costumam transbordar com chuvas intensas.
""",
}, [("AEMET", False)],
[("AEMET", "00_es.txt"), ("AEMET", "01_en.txt"), ("AEMET", "02_de.txt"), ("AEMET", "03_it.txt"),
 ("AEMET", "04_pt.txt")],
[("AEMET issued a red warning for the Ribera de Sorell (Valencia), where up to 180 litres of rain per square metre could fall in 12 hours from Tuesday morning.",
  ["00_es.txt", "01_en.txt", "02_de.txt", "03_it.txt", "04_pt.txt"], 1),
 ("The warning also forecasts gusts of up to 90 km/h on the coast and keeps an orange warning for the coast of Murcia.",
  ["00_es.txt", "01_en.txt", "02_de.txt", "03_it.txt"], 1)])

# s02: in-corpus scoop with anonymous sources and an internal memo (Фонтанка), Roshydromet's reply
# to Fontanka is part of it. Relayed 4x: ru Медуза "сообщила «Фонтанка» со ссылкой на" + "По данным
# издания" + own unanswered request; uk "пише російське видання «Фонтанка» з посиланням на" +
# "«Фонтанці» заявили"; de "wie das St. Petersburger Onlineportal „Fontanka" unter Berufung auf …
# berichtet"; en (no date line) "Fontanka reported Monday" + "told Fontanka" + background mention
# of RIA Novosti (not a source of this report).
story("s02_fontanka_radar_scoop", "scoop", {
"00_ru.txt": """Предупреждение о нагоне в Сосновой Гавани опоздало на пять часов. Радар не работал с августа
Фонтанка
18 октября 2027, 10:12

Штормовое предупреждение о нагонном наводнении в поселке Сосновая Гавань Ленинградской области поступило в районную службу спасения почти на пять часов позже, чем могло бы. Доплеровский метеорадар, который должен был заметить приближение шторма, с конца августа стоит неисправным. Об этом «Фонтанке» рассказали два сотрудника Северо-Западного управления по гидрометеорологии и мониторингу окружающей среды (УГМС). Они говорили на условиях анонимности, поскольку не уполномочены общаться с прессой.

В ночь на воскресенье вода в Сосновой Гавани поднялась на 1,9 метра выше ординара. Подтоплены около 300 жилых домов, эвакуированы 74 человека. СМС-оповещение жители получили только около трех часов ночи, когда вода уже стояла на улицах.

«Если бы радар работал, мы бы увидели усиление ветра над заливом еще вечером. А так прогнозисты ориентировались на данные соседних станций и спутник», — сказал один из собеседников «Фонтанки».

В служебной записке начальника отдела метеорологических наблюдений, с которой ознакомилась «Фонтанка», говорится, что запчасти для радара заказаны в сентябре, но «сроки поставки не определены».

В пресс-службе Росгидромета «Фонтанке» заявили, что не комментируют внутреннюю переписку, и подчеркнули, что все предупреждения по Ленинградской области «были выпущены в установленном порядке и в установленные сроки».

Глава поселка Сергей Лыков сказал корреспонденту «Фонтанки», что администрация начала обход домов сразу, как только получила предупреждение. «Люди спрашивают, почему их не предупредили вечером. Я им ответить не могу», — признался он.

Текст: Анна Веретенникова
""",
"01_ru.txt": """«Фонтанка»: штормовое предупреждение в Ленобласти опоздало из-за сломанного радара
Медуза
18 октября 2027, 13:05

Предупреждение о нагонном наводнении в поселке Сосновая Гавань в Ленинградской области поступило спасателям с опозданием почти на пять часов, потому что метеорадар, который отслеживает штормы над Финским заливом, не работает с конца августа. Об этом сообщила «Фонтанка» со ссылкой на двух сотрудников Северо-Западного управления по гидрометеорологии, пожелавших остаться неизвестными.

По данным издания, запчасти для радара заказали еще в сентябре, но сроки поставки до сих пор не определены. Это следует из служебной записки, которую видели журналисты «Фонтанки».

В ночь на 17 октября вода в поселке поднялась на 1,9 метра, подтоплены около 300 домов. Жители получили СМС-оповещения только около трех часов ночи.

В Росгидромете изданию заявили, что все предупреждения были выпущены «в установленном порядке». «Медуза» направила запрос в пресс-службу ведомства; на момент публикации ответ не получен.

Петербург защищен от нагонных наводнений комплексом защитных сооружений — дамбой, которую достроили в 2011 году. Поселки на побережье Финского залива за пределами дамбы остаются уязвимыми.
""",
"02_uk.txt": """У Ленобласті попередження про повінь запізнилося на п'ять годин через зламаний радар – ЗМІ
РБК-Україна
18.10.2027, 15:47

У селищі Соснова Гавань Ленінградської області Росії попередження про нагінну повінь надійшло до рятувальників майже на п'ять годин пізніше, ніж могло б. Причина — метеорадар, який не працює ще з кінця серпня. Про це пише російське видання «Фонтанка» з посиланням на двох співробітників Північно-Західного управління з гідрометеорології.

Співрозмовники видання побажали залишитися анонімними. За їхніми словами, якби радар працював, посилення вітру над Фінською затокою синоптики побачили б ще ввечері.

У ніч на неділю вода в селищі піднялася на 1,9 метра, підтоплено близько 300 житлових будинків. SMS-попередження мешканці отримали лише близько третьої ночі, коли вода вже стояла на вулицях.

У пресслужбі Росгідромету «Фонтанці» заявили, що всі попередження «були випущені у встановленому порядку».

Нагадаємо, минулого тижня потужний шторм пройшов над Балтійським морем, зачепивши узбережжя Фінляндії та Естонії.
""",
"03_de.txt": """Sturmflut bei St. Petersburg: Warnung kam Stunden zu spät – weil das Radar kaputt war
Der Spiegel
18.10.2027, 16.31 Uhr

In der russischen Küstensiedlung Sosnowaja Gawan westlich von St. Petersburg hat die Warnung vor einer Sturmflut die Rettungsdienste offenbar fast fünf Stunden zu spät erreicht. Grund sei ein seit Ende August defektes Wetterradar, wie das St. Petersburger Onlineportal „Fontanka" unter Berufung auf zwei Mitarbeiter des regionalen Wetterdienstes berichtet. Die beiden wollten anonym bleiben, weil sie nicht mit der Presse sprechen dürfen.

In der Nacht zum Sonntag war das Wasser in dem Ort um 1,9 Meter gestiegen, rund 300 Wohnhäuser wurden überflutet. Die Bewohner erhielten eine SMS-Warnung erst gegen drei Uhr morgens – als das Wasser schon in den Straßen stand.

Ersatzteile für das Radar seien zwar im September bestellt worden, ein Liefertermin stehe aber nicht fest, heißt es laut „Fontanka" in einem internen Vermerk. Die russische Wetterbehörde Rosgidromet erklärte dem Portal gegenüber, alle Warnungen seien „ordnungsgemäß und fristgerecht" herausgegeben worden.

St. Petersburg selbst ist seit 2011 durch einen Damm vor Sturmfluten geschützt. Die Siedlungen außerhalb des Damms sind es nicht.
""",
"04_en.txt": """Flood Warning Near St. Petersburg Came 5 Hours Late Due to Broken Radar, Fontanka Reports
The Moscow Times

A storm-surge warning for a coastal settlement outside St. Petersburg reached emergency services almost five hours late because a weather radar covering the Gulf of Finland has been out of order since late August, the St. Petersburg news site Fontanka reported Monday.

Fontanka cited two employees of the Northwestern Department for Hydrometeorology who spoke on condition of anonymity because they are not authorized to speak to the press.

Water in the village of Sosnovaya Gavan rose 1.9 meters above normal overnight Saturday, flooding around 300 homes. Residents received text-message warnings only at around 3 a.m., when the streets were already under water.

"If the radar had been working, we would have seen the wind picking up over the gulf in the evening," one of the employees told Fontanka.

Spare parts for the radar were ordered in September, but no delivery date has been set, according to an internal memo seen by the outlet.

Russia's federal weather service, Roshydromet, told Fontanka that all warnings for the Leningrad region had been issued "in the established order and on time."

Russia's weather monitoring network has struggled to obtain imported equipment since Western sanctions were imposed in 2022, the state-run RIA Novosti news agency reported last year.
""",
}, [("Фонтанка", True)],
[("Фонтанка", "01_ru.txt"), ("Фонтанка", "02_uk.txt"), ("Фонтанка", "03_de.txt"),
 ("Фонтанка", "04_en.txt")],
[("The storm-surge warning for Sosnovaya Gavan reached emergency services almost five hours late because a weather radar had been broken since late August, according to two anonymous employees of the regional weather service.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1),
 ("Water in Sosnovaya Gavan rose 1.9 metres and about 300 homes were flooded; residents got text warnings only around 3 a.m.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1),
 ("Roshydromet said all warnings were issued in the established order.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_de.txt", "04_en.txt"], 1)])

# s03: chain. Corriere della Sera's own report from the cut-off village ("dal nostro inviato",
# "ha raccontato al Corriere") -> The Guardian ("Italy's Corriere della Sera has reported",
# "the Milan-based newspaper said", "told the paper") -> es "según informa el diario británico The
# Guardian, que cita al Corriere della Sera", pt "segundo o jornal britânico The Guardian" + "que cita
# o jornal italiano Corriere della Sera", uk "повідомляє британське видання The Guardian з посиланням
# на італійську газету Corriere della Sera". The three get one edge each from The Guardian.
story("s03_corriere_landslide_chain", "chain", {
"00_it.txt": """Lavezzo Alto isolata dal fango: 420 abitanti senza strada, 37 portati a valle in elicottero
Corriere della Sera
16 ottobre 2027 (modifica il 16 ottobre 2027 | 21:18)

dal nostro inviato Marco Ferrandi

LAVEZZO ALTO (Sondrio) — Per arrivare in paese bisogna camminare per un'ora e mezza su una vecchia mulattiera, perché la strada provinciale non c'è più. Una colata di fango e detriti scesa nella notte tra venerdì e sabato dal torrente Serenza ha cancellato quasi trecento metri di carreggiata poco sotto l'abitato. I 420 residenti di Lavezzo Alto sono isolati.

Dopo 72 ore di pioggia quasi ininterrotta, il torrente è esondato poco dopo le due. «Abbiamo sentito un boato, poi l'odore di terra bagnata. Quando è arrivata la luce la strada era sparita», ha raccontato al Corriere il sindaco Giulio Bertolatti, che ha passato la notte nel municipio trasformato in centro operativo.

Nel pomeriggio gli elicotteri dei vigili del fuoco hanno portato a valle 37 persone: anziani, malati e una donna incinta. Gli altri abitanti hanno scelto di restare. «Abbiamo acqua, corrente e pane per una settimana», dice Lina Moratti, che gestisce l'unico alimentari del paese.

Secondo i tecnici della Provincia che abbiamo incontrato sul posto, serviranno almeno tre settimane per aprire un passaggio provvisorio. Da giovedì su tutta la provincia era in vigore l'allerta rossa per rischio idrogeologico.

In valle molti ricordano l'estate del 1987, quando l'alluvione della Valtellina travolse paesi interi. «Allora c'ero anch'io a spalare», dice il sindaco.
""",
"01_en.txt": """Italian Alpine village cut off after mudslide wipes out only road
The Guardian
Sun 17 Oct 2027 11.40 BST

More than 400 residents of an Alpine village in northern Italy have been cut off after a torrent burst its banks and a mudslide swept away the only road leading to it, Italy's Corriere della Sera has reported.

The Serenza torrent overflowed in the early hours of Saturday after 72 hours of almost continuous rain, sending a flow of mud and rock on to the provincial road below Lavezzo Alto, in the province of Sondrio, the Milan-based newspaper said. Almost 300 metres of the road were destroyed, leaving the village's 420 residents isolated.

Firefighters' helicopters airlifted 37 people, among them elderly and sick residents and a pregnant woman, to the valley on Saturday afternoon, according to the Corriere, whose reporter reached the village on foot along a mule track.

"We heard a roar, then the smell of wet earth. When it got light, the road had gone," the mayor, Giulio Bertolatti, told the paper.

Provincial engineers estimated it would take at least three weeks to open a temporary route.

Northern Italy has been hit by repeated bouts of extreme rainfall this autumn, and the whole province had been under a red alert for hydrogeological risk since Thursday.
""",
"02_es.txt": """Un pueblo de los Alpes italianos, aislado tras una riada de barro que destruyó su única carretera
El Mundo
Actualizado Domingo, 17 octubre 2027 - 14:52

Los 420 vecinos de Lavezzo Alto, un pueblo de montaña de la provincia italiana de Sondrio, en Lombardía, se han quedado aislados después de que una colada de barro y piedras arrasara la única carretera de acceso, según informa el diario británico The Guardian, que cita al Corriere della Sera.

El torrente Serenza se desbordó en la madrugada del sábado tras 72 horas de lluvias casi ininterrumpidas. La avalancha de lodo se llevó por delante casi 300 metros de la carretera provincial, situada justo por debajo del núcleo urbano.

Según el rotativo británico, los helicópteros de los bomberos evacuaron el sábado por la tarde a 37 personas, entre ellas ancianos, enfermos y una mujer embarazada. El resto de los vecinos ha preferido quedarse en sus casas.

"Oímos un estruendo y después el olor a tierra mojada. Cuando se hizo de día, la carretera había desaparecido", relató el alcalde, Giulio Bertolatti.

Los técnicos de la provincia calculan que harán falta al menos tres semanas para abrir un paso provisional.

El norte de Italia ha sufrido este otoño varios episodios de lluvias extremas. Un episodio parecido afectó la semana pasada a la Comunidad Valenciana, donde la AEMET llegó a activar el aviso rojo.
""",
"03_pt.txt": """Aldeia dos Alpes italianos isolada depois de deslizamento de lama destruir a única estrada
Expresso
17 outubro 2027 16:03

Mais de 400 habitantes de Lavezzo Alto, uma aldeia alpina no norte de Itália, estão isolados desde sábado, depois de uma torrente ter galgado as margens e um deslizamento de lama ter destruído a única estrada de acesso, segundo o jornal britânico The Guardian.

A torrente Serenza transbordou na madrugada de sábado, após 72 horas de chuva quase contínua. A lama e as pedras arrastaram cerca de 300 metros da estrada provincial, na província de Sondrio, na Lombardia.

De acordo com o diário britânico, que cita o jornal italiano Corriere della Sera, os 420 residentes ficaram sem ligação ao vale. O presidente da câmara, Giulio Bertolatti, descreveu um "estrondo" durante a noite e contou que, quando amanheceu, "a estrada tinha desaparecido".

Os técnicos da província estimam que sejam necessárias pelo menos três semanas para abrir uma passagem provisória.

Toda a província de Sondrio estava sob alerta vermelho para risco hidrogeológico desde quinta-feira. O norte de Itália tem registado neste outono vários episódios de chuva extrema.
""",
"04_uk.txt": """В Італії сель відрізав від світу альпійське село: людей вивозять гелікоптерами
ТСН
17 жовтня 2027, 18:20

В італійських Альпах понад 400 мешканців села Лавеццо-Альто опинилися відрізаними від світу після того, як потік бруду й каміння знищив єдину дорогу до населеного пункту. Про це повідомляє британське видання The Guardian з посиланням на італійську газету Corriere della Sera.

Гірський потік Серенца вийшов із берегів у ніч на суботу після 72 годин майже безперервних дощів. Сель зруйнував близько 300 метрів провінційної дороги під селом у провінції Сондріо.

За даними видання, у суботу пожежні гелікоптери евакуювали в долину 37 людей — літніх, хворих і вагітну жінку. Решта мешканців вирішили залишитися вдома.

«Ми почули гуркіт, а потім запах мокрої землі. Коли розвиднілося, дороги вже не було», — розповів мер села Джуліо Бертолатті.

За оцінками інженерів провінції, на облаштування тимчасового проїзду знадобиться щонайменше три тижні.

Раніше ТСН.ua повідомляв, що на початку жовтня сильні зливи спричинили повені в Словенії та на півдні Австрії.
""",
}, [("Corriere della Sera", True)],
[("Corriere della Sera", "01_en.txt"), ("The Guardian", "02_es.txt"), ("The Guardian", "03_pt.txt"),
 ("The Guardian", "04_uk.txt")],
[("A mudslide after the Serenza torrent overflowed destroyed the only road to Lavezzo Alto, leaving its 420 residents isolated.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_pt.txt", "04_uk.txt"], 1),
 ("Firefighters' helicopters airlifted 37 people, including elderly and sick residents and a pregnant woman, to the valley.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "04_uk.txt"], 1)])

# s04: own report by Суспільне (correspondent on the scene, "розповіла Суспільному", "сказав нашій
# кореспондентці"); ru 01 (no outlet line) is an uncredited close Russian translation published
# hours later (same order, same quotes, keeps "сообщил нашему корреспонденту"); de "wie der
# öffentlich-rechtliche ukrainische Rundfunk Suspilne berichtet" + "sagte … der Reporterin von
# Suspilne"; en "public broadcaster Suspilne reported" + "told Suspilne". Background: the
# Hydrometeorological Center's earlier warning (not the source of the flood report).
story("s04_suspilne_flood_translation", "translation", {
"00_uk.txt": """На Закарпатті вода в Бистриці піднялася на 2,4 метра: у Бистрому Потоці підтоплено 160 дворів
Суспільне
19 жовтня 2027, 09:40

У селищі Бистрий Потік на Тячівщині за ніч рівень води в річці Бистриця піднявся на 2,4 метра. Підтоплено 160 дворів, течія знесла підвісний пішохідний міст, яким щодня ходили до школи діти. Про це передає кореспондентка Суспільного з місця подій.

Вода почала прибувати близько першої ночі. До ранку вона залила городи й підвали на трьох вулицях уздовж берега, а на вулиці Шевченка — і перші поверхи будинків.

«Ми з чоловіком до четвертої ранку виносили речі на горище. Такого не було з 2001 року», — розповіла Суспільному мешканка селища Марія Ковач.

Селищний голова Іван Гайдук сказав нашій кореспондентці, що людей не евакуювали: «Ті, кого підтопило, ночують у родичів. Школа сьогодні не працює, бо половина дітей просто не може дістатися — мосту немає».

Рятувальники відкачують воду з підвалів. Селищна рада просить мешканців не підходити до берега: за словами Гайдука, русло ще може змінитися.

Ще у п'ятницю Укргідрометцентр попереджав про підйом рівнів води в річках Закарпаття на 1,5–3 метри через сильні дощі в горах.

Олена Пішта, Суспільне Закарпаття
""",
"01_ru.txt": """В Закарпатье вода в Быстрице поднялась на 2,4 метра: в Быстром Потоке подтоплены 160 дворов
19.10.2027 14:25

В поселке Быстрый Поток в Тячевском районе за ночь уровень воды в реке Быстрица поднялся на 2,4 метра. Подтоплены 160 дворов, течение снесло подвесной пешеходный мост, по которому каждый день ходили в школу дети.

Вода начала прибывать около часа ночи. К утру она залила огороды и подвалы на трех улицах вдоль берега, а на улице Шевченко — и первые этажи домов.

«Мы с мужем до четырех утра выносили вещи на чердак. Такого не было с 2001 года», — рассказала местная жительница Мария Ковач.

Глава поселка Иван Гайдук сообщил нашему корреспонденту, что людей не эвакуировали: «Те, кого подтопило, ночуют у родственников. Школа сегодня не работает, потому что половина детей просто не может добраться — моста нет».

Спасатели откачивают воду из подвалов. Поселковый совет просит жителей не подходить к берегу: по словам Гайдука, русло еще может измениться.

Еще в пятницу Укргидрометцентр предупреждал о подъеме уровней воды в реках Закарпатья на 1,5–3 метра из-за сильных дождей в горах.
""",
"02_de.txt": """Hochwasser in der Westukraine: Fluss steigt über Nacht um 2,4 Meter
Deutsche Welle
19.10.2027

In der westukrainischen Region Transkarpatien hat Hochwasser in der Nacht zum Dienstag rund 160 Grundstücke überflutet. Im Ort Bystryj Potik sei der Pegel des Flusses Bystryzja binnen weniger Stunden um 2,4 Meter gestiegen, wie der öffentlich-rechtliche ukrainische Rundfunk Suspilne berichtet. Die Strömung habe zudem eine Hängebrücke für Fußgänger mitgerissen, über die Kinder täglich zur Schule gingen.

„Mein Mann und ich haben bis vier Uhr morgens Sachen auf den Dachboden getragen. So etwas hatten wir seit 2001 nicht", sagte eine Anwohnerin der Reporterin von Suspilne.

Evakuiert wurde nach Angaben des Ortsvorstehers Iwan Hajduk niemand; wessen Haus unter Wasser stehe, übernachte bei Verwandten. Die Schule blieb am Dienstag geschlossen, weil viele Kinder sie ohne die Brücke nicht erreichen können.

Transkarpatien grenzt an Rumänien, Ungarn, die Slowakei und Polen und wird wegen der steilen Flusstäler in den Karpaten immer wieder von Hochwasser heimgesucht. Im Jahr 2001 kamen bei einer Flut in der Region mehrere Menschen ums Leben. Auch in den Nachbarländern hatten die Wetterdienste zuletzt vor ergiebigem Regen gewarnt.
""",
"03_en.txt": """Flash flood hits Zakarpattia village, sweeps away footbridge
The Kyiv Independent
October 19, 2027 5:12 PM

A river in Zakarpattia Oblast rose by 2.4 meters overnight on Oct. 19, flooding 160 households in the village of Bystryi Potik and sweeping away a pedestrian suspension bridge, public broadcaster Suspilne reported.

The water in the Bystrytsia River began rising at around 1 a.m., flooding gardens and basements on three streets along the river bank and, on one street, the ground floors of houses, according to Suspilne's correspondent on the scene.

"My husband and I were carrying our things to the attic until 4 a.m. It hasn't been like this since 2001," resident Mariia Kovach told Suspilne.

No one was evacuated, village head Ivan Haiduk told the broadcaster. Residents whose homes were flooded were staying with relatives, and the local school was closed because children could not reach it without the bridge.

Rescuers were pumping water out of basements.

Ukraine's Hydrometeorological Center warned on Oct. 15 that water levels in Zakarpattia's rivers could rise by 1.5 to 3 meters due to heavy rainfall in the mountains.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_ru.txt"), ("Суспільне", "02_de.txt"), ("Суспільне", "03_en.txt")],
[("The Bystrytsia river rose 2.4 metres overnight, flooding 160 households in Bystryi Potik and sweeping away a pedestrian suspension bridge.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("No one was evacuated; residents of flooded homes stayed with relatives and the school was closed, the village head said.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1)])

# s05: in-corpus scoop (la Repubblica: "Secondo quanto ricostruito da Repubblica", two anonymous
# civil-protection officials, an internal report "che Repubblica ha potuto leggere"; the agency did
# not answer Repubblica). La Stampa relays ("come rivelato stamattina da Repubblica") and adds its
# own confirmation ("Contattata dalla Stampa, l'Agenzia … ha confermato", "ha detto al nostro
# giornale"): edge + own origin. es "según ha revelado el diario italiano La Repubblica" + "De acuerdo
# con el rotativo, que cita a dos funcionarios … bajo condición de anonimato"; de "Wie die italienische
# Tageszeitung „La Repubblica" unter Berufung auf zwei Beamte … berichtet" + "schreibt das Blatt".
story("s05_repubblica_italert_confirmation", "confirmation", {
"00_it.txt": """IT-alert, l'sms di evacuazione arrivato alla città sbagliata: l'errore in una mappa disegnata male
la Repubblica
04 Novembre 2027, 07:30

di Chiara Zanardi

BOLOGNA — Il messaggio era destinato alle frazioni lungo l'argine del Sarvo, a Borgo San Vitale. È arrivato invece sui telefoni di circa 58 mila persone a Castelmarzano, trenta chilometri più a ovest, dove nessun fiume minacciava di uscire. «Rischio imminente di cedimento arginale. Allontanarsi immediatamente dalle zone basse», diceva l'allarme di IT-alert, il sistema di allarme pubblico, mercoledì alle 21.14.

Secondo quanto ricostruito da Repubblica, all'origine dell'errore c'è un poligono tracciato in modo sbagliato da un operatore della sala operativa regionale: l'area di invio, che avrebbe dovuto coprire tre frazioni, è stata disegnata attorno al centro di Castelmarzano. Lo confermano due funzionari della Protezione civile regionale, che hanno chiesto l'anonimato, e un rapporto interno redatto nella notte che Repubblica ha potuto leggere.

A Castelmarzano l'allarme ha provocato scene di panico: centinaia di auto in coda verso le colline, il pronto soccorso preso d'assalto da persone con crisi d'ansia. Solo alle 22.05 è partito un secondo messaggio: «Il precedente avviso non riguarda il vostro territorio».

Nelle frazioni di Borgo San Vitale, quelle davvero a rischio, l'evacuazione è stata fatta porta a porta dai volontari. L'argine ha retto.

«È stato un errore umano, ma il sistema dovrebbe impedirlo», dice uno dei funzionari. Interpellata da Repubblica, l'Agenzia regionale per la sicurezza territoriale e la protezione civile non ha risposto.
""",
"01_it.txt": """Allarme IT-alert sbagliato a Castelmarzano, la Protezione civile: «Errore nostro, ci scusiamo»
La Stampa
4 novembre 2027 · 13:12

Un messaggio di evacuazione inviato alla città sbagliata. Mercoledì sera circa 58 mila persone a Castelmarzano, in Emilia-Romagna, hanno ricevuto sul telefono un allarme IT-alert che annunciava il «rischio imminente di cedimento arginale» del fiume Sarvo. Il messaggio era destinato invece ad alcune frazioni di Borgo San Vitale, trenta chilometri più a est, come rivelato stamattina da Repubblica.

Contattata dalla Stampa, l'Agenzia regionale per la sicurezza territoriale e la protezione civile ha confermato l'errore. «C'è stato un errore nella procedura di invio. È colpa nostra e ci scusiamo con i cittadini di Castelmarzano», ha detto al nostro giornale la direttrice dell'agenzia, Paola Riccò. L'agenzia ha avviato una verifica interna sulle procedure della sala operativa.

Il sindaco di Castelmarzano, Davide Orlandini, chiederà un incontro in Regione. «Abbiamo avuto persone al pronto soccorso per attacchi di panico. Va capito come sia potuto succedere», ha detto alla Stampa.

IT-alert, il sistema nazionale di allarme pubblico gestito dal Dipartimento della Protezione civile, invia i messaggi a tutti i telefoni agganciati alle celle di una determinata area, senza bisogno di registrazione. Viene usato in caso di gravi emergenze, tra cui alluvioni, maremoti e incidenti industriali.
""",
"02_es.txt": """Una alerta de evacuación por inundación llega por error a 58.000 móviles de una ciudad italiana
El País
Roma - 04 nov 2027 - 15:20 CET

Unas 58.000 personas de la ciudad italiana de Castelmarzano, en Emilia-Romaña, recibieron el miércoles por la noche en sus teléfonos una alerta de evacuación por el riesgo de rotura de un dique que no les correspondía, según ha revelado el diario italiano La Repubblica. El aviso, enviado a través del sistema público IT-alert, estaba destinado a varias aldeas de Borgo San Vitale, a 30 kilómetros, junto al río Sarvo.

De acuerdo con el rotativo, que cita a dos funcionarios de la Protección Civil regional bajo condición de anonimato y un informe interno, el error se debió a que un operador de la sala de control dibujó mal el polígono del área de envío.

El mensaje provocó escenas de pánico: cientos de coches se dirigieron hacia las colinas y el servicio de urgencias recibió a personas con crisis de ansiedad. Casi una hora más tarde, un segundo mensaje aclaró que el aviso no afectaba a la ciudad.

En las aldeas que sí estaban en peligro, los voluntarios evacuaron a los vecinos puerta a puerta. El dique resistió.

España cuenta con un sistema similar, ES-Alert, que Protección Civil emplea para avisar a la población ante emergencias graves.
""",
"03_de.txt": """Falscher Hochwasseralarm in Italien: 58.000 Menschen zur Flucht aufgefordert
Der Standard
4. November 2027, 16:48

In der norditalienischen Stadt Castelmarzano haben am Mittwochabend rund 58.000 Menschen per Handy die Aufforderung erhalten, sich wegen eines drohenden Dammbruchs sofort in Sicherheit zu bringen – obwohl ihnen gar keine Gefahr drohte. Wie die italienische Tageszeitung „La Repubblica" unter Berufung auf zwei Beamte des regionalen Zivilschutzes berichtet, war die Warnung über das staatliche System IT-Alert eigentlich für einige Ortsteile der 30 Kilometer entfernten Gemeinde Borgo San Vitale am Fluss Sarvo bestimmt.

Ein Mitarbeiter der Einsatzzentrale habe das Gebiet, an das die Nachricht verschickt wurde, falsch eingezeichnet, schreibt das Blatt. Es beruft sich dabei auch auf einen internen Bericht. Die beiden Beamten wollten nicht namentlich genannt werden.

In Castelmarzano brach Panik aus, Hunderte Autos stauten sich auf den Straßen in Richtung der Hügel. Erst knapp eine Stunde später wurde eine Entwarnung verschickt.

Auch Österreich setzt seit einiger Zeit auf Warnungen per Handy: Das System AT-Alert verschickt Nachrichten an alle Mobiltelefone in einem betroffenen Gebiet.
""",
}, [("la Repubblica", True), ("La Stampa", True)],
[("la Repubblica", "01_it.txt"), ("la Repubblica", "02_es.txt"), ("la Repubblica", "03_de.txt")],
[("About 58,000 people in Castelmarzano received by mistake an IT-alert evacuation message meant for hamlets of Borgo San Vitale on the Sarvo.",
  ["00_it.txt", "01_it.txt", "02_es.txt", "03_de.txt"], 2),
 ("The error came from an operator who drew the sending area wrongly, according to two anonymous regional civil-protection officials and an internal report.",
  ["00_it.txt", "02_es.txt", "03_de.txt"], 1)])

# s06: a person's own social-media post (mayor Anderson Weber's Instagram video) taken directly by
# g1 ("disse o prefeito no vídeo, publicado no Instagram"), Folha ("afirmou o prefeito em vídeo
# publicado em seu perfil no Instagram" + unanswered request) and BBC ("said in a video posted on
# Instagram"); es 02 (no outlet and no date line) took it from g1 ("según recogió el portal brasileño
# G1", "de acuerdo con el medio", "Según G1"): edge from g1 (chain). Background: "conforme noticiou na
# época o jornal Zero Hora", World Weather Attribution (not sources of this report).
story("s06_mayor_instagram_taquari", "social_post", {
"00_pt.txt": """Rio Taquari chega a 24,6 metros em Santa Clara do Taquaral, e prefeito pede que moradores deixem as casas
g1
21/11/2027 08h47

O Rio Taquari atingiu 24,6 metros na madrugada deste domingo (21) em Santa Clara do Taquaral, no Vale do Taquari, segundo o prefeito Anderson Weber (MDB). Em um vídeo publicado no Instagram por volta das 5h, ele pediu que os moradores das áreas ribeirinhas deixem suas casas imediatamente.

"Não esperem a água chegar na porta. Quem mora nos bairros Navegantes, Beira-Rio e Passo do Jacaré precisa sair agora", disse o prefeito no vídeo, gravado às margens do rio, no Centro da cidade.

Segundo Weber, o nível é o mais alto desde a enchente de maio de 2024 e ainda deve subir ao longo do dia. Ele afirmou na publicação que vai assinar ainda neste domingo um decreto de situação de emergência.

Na mesma publicação, o prefeito informou que o ginásio municipal e duas escolas estaduais foram abertos como abrigos para as famílias desalojadas.

Em maio de 2024, Santa Clara do Taquaral teve mais da metade da área urbana alagada nas enchentes que atingiram o Rio Grande do Sul, conforme noticiou na época o jornal Zero Hora.

O Vale do Taquari é uma das regiões do estado mais atingidas por cheias nos últimos anos.
""",
"01_pt.txt": """Prefeito de cidade gaúcha pede saída de moradores após rio Taquari subir a 24,6 metros
Folha de S.Paulo
21.nov.2027 às 11h20

O prefeito de Santa Clara do Taquaral (RS), Anderson Weber (MDB), pediu neste domingo (21) que os moradores das áreas próximas ao rio Taquari deixem suas casas imediatamente. Segundo ele, o rio chegou a 24,6 metros durante a madrugada, o nível mais alto desde a enchente de 2024.

"Não esperem a água chegar na porta", afirmou o prefeito em vídeo publicado em seu perfil no Instagram pouco antes das 5h. Na gravação, ele cita os bairros Navegantes, Beira-Rio e Passo do Jacaré como os mais ameaçados e diz que o nível ainda deve subir.

Weber também afirmou que assinaria no mesmo dia um decreto de situação de emergência.

A Folha procurou a prefeitura para saber quantas pessoas já deixaram suas casas, mas não obteve resposta até a publicação deste texto.

Em 2024, as enchentes no Rio Grande do Sul deixaram mais de 180 mortos e afetaram a maior parte dos municípios do estado. O Vale do Taquari foi uma das regiões mais atingidas.
""",
"02_es.txt": """Brasil: un alcalde pidió a los vecinos abandonar sus casas ante la crecida del río Taquari

El alcalde de Santa Clara do Taquaral, en el estado brasileño de Rio Grande do Sul, pidió este domingo a los habitantes de las zonas ribereñas que abandonen de inmediato sus viviendas, después de que el río Taquari alcanzara los 24,6 metros durante la madrugada, según recogió el portal brasileño G1.

"No esperen a que el agua llegue a la puerta", dijo Anderson Weber en un video grabado a orillas del río que difundió en sus redes sociales, de acuerdo con el medio. El jefe comunal citó tres barrios como los más amenazados y advirtió que el nivel seguiría subiendo a lo largo del día.

Según G1, se trata del nivel más alto desde las inundaciones de mayo de 2024, que dejaron más de la mitad del casco urbano bajo el agua. El gimnasio municipal y dos escuelas fueron habilitados como refugios.

El sur de Brasil sufre desde hace años episodios de lluvias extremas. Las inundaciones de 2024 en Rio Grande do Sul están consideradas la mayor catástrofe climática de la historia del estado.
""",
"03_en.txt": """Brazil floods: Mayor urges residents to flee as Taquari river hits 24.6m
BBC News
21 November 2027

The mayor of a town in southern Brazil has urged people living near the Taquari river to leave their homes immediately after the water rose to 24.6m (81ft) overnight.

"Don't wait for the water to reach your door," Anderson Weber, mayor of Santa Clara do Taquaral in Rio Grande do Sul state, said in a video posted on Instagram early on Sunday, filmed on the riverbank in the town centre.

He said it was the highest level since the devastating floods of May 2024, and that the river was expected to rise further during the day. Mr Weber added that he would sign an emergency decree later on Sunday.

Neighbourhoods along the river were the most at risk, he said, and the town's sports hall and two schools had been opened as shelters.

In 2024, floods in Rio Grande do Sul killed more than 180 people and forced hundreds of thousands from their homes. A study by the World Weather Attribution group later found that climate change had made the extreme rainfall more likely.
""",
}, [("Anderson Weber", False)],
[("Anderson Weber", "00_pt.txt"), ("Anderson Weber", "01_pt.txt"), ("g1", "02_es.txt"),
 ("Anderson Weber", "03_en.txt")],
[("The Taquari river reached 24.6 metres in Santa Clara do Taquaral and the mayor urged riverside residents to leave their homes immediately.",
  ["00_pt.txt", "01_pt.txt", "02_es.txt", "03_en.txt"], 1),
 ("The mayor said he would sign an emergency decree the same day.",
  ["00_pt.txt", "01_pt.txt", "03_en.txt"], 1)])

# s07: two independent roots. Outside agency ТАСС (citing the regional emergencies ministry) and
# Коммерсантъ's own report (harbour master "рассказал “Ъ”", "Как удалось выяснить “Ъ”", anonymous
# port official, correspondent byline). ru РБК "сообщает ТАСС со ссылкой на" + "По данным агентства"
# + unanswered request; en credits both ("state news agency TASS reported"; "The Kommersant business
# daily, whose correspondent …"); uk "повідомляє російське державне агентство ТАСС"; de "berichtete die
# russische Wirtschaftszeitung „Kommersant"" + "sagte … dem Blatt" + "laut „Kommersant"".
story("s07_tass_kommersant_trawler", "two_roots", {
"00_ru.txt": """Шторм выбросил траулер на берег в Каменной Бухте
Коммерсантъ
30.11.2027, 10:55

В поселке Каменная Бухта Магаданской области в ночь на вторник шторм сорвал с якоря рыболовный траулер «Капитан Ремизов» и выбросил его на каменистый берег в двухстах метрах от причала. Всех 14 членов экипажа удалось снять с судна, рассказал “Ъ” капитан морского порта Олег Дьяконов.

По словам господина Дьяконова, порывы ветра в бухте достигали 35 м/с, высота волн — семи метров. «Якорь не удержал, судно развернуло и понесло на камни. Экипаж сняли по канату, на берегу людей ждали с машинами»,— рассказал он. Порт, по его словам, закрыт для захода и выхода судов как минимум до четверга.

Как удалось выяснить “Ъ”, траулер принадлежит магаданской компании «Охотскморпромысел» и стоял на рейде в ожидании разгрузки. В компании от комментариев отказались.

Собеседник “Ъ” в портовой администрации, попросивший не называть его имени, сообщил, что снять судно с камней до ледостава вряд ли получится: «Скорее всего, оно там простоит до весны».

Штормовое предупреждение для побережья Охотского моря Колымское УГМС выпустило еще в воскресенье.

Алексей Трошин, Магадан
""",
"01_ru.txt": """В Магаданской области шторм выбросил на берег траулер с 14 моряками
РБК
30 ноя 2027, 08:41

Рыболовное судно сорвало с якоря и выбросило на берег в поселке Каменная Бухта Магаданской области во время шторма в ночь на 30 ноября. Об этом сообщает ТАСС со ссылкой на пресс-службу ГУ МЧС по региону.

По данным агентства, на борту находились 14 членов экипажа, их эвакуировали спасатели, никто не пострадал. Скорость ветра в районе бухты достигала 35 м/с.

«Судно находится на берегу в стабильном положении, угрозы разлива топлива нет», — приводит ТАСС слова представителя ведомства.

Как уточняет агентство, моряков сняли с судна с берега, после осмотра медики признали всех здоровыми. На месте работают спасатели МЧС, решение о том, как снимать траулер с берега, примут после того, как утихнет шторм.

РБК направил запрос в ГУ МЧС по Магаданской области.

В конце ноября на Охотском море традиционно начинается сезон сильных штормов. В прошлом году, как писал РБК, в том же районе на мель сел сухогруз с углем.
""",
"02_en.txt": """Storm Throws Fishing Trawler Ashore in Russia's Far East
The Moscow Times
Nov. 30, 2027

A fishing trawler with 14 crew members on board was torn from its anchor and thrown ashore during a storm in Russia's Magadan region overnight Tuesday, state news agency TASS reported, citing the regional branch of the Emergency Situations Ministry.

All crew members were evacuated and no one was injured, TASS said. Wind gusts reached 35 meters per second.

The Kommersant business daily, whose correspondent in Magadan spoke to the local harbor master, identified the vessel as the Kapitan Remizov and reported that it was washed onto a rocky shore some 200 meters from the pier in the village of Kamennaya Bukhta. Waves in the bay reached seven meters, the harbor master, Oleg Dyakonov, told Kommersant.

The trawler belongs to a Magadan-based fishing company, which declined to comment to the newspaper.

Storms regularly hit the Sea of Okhotsk in late autumn and winter, when parts of the region's fishing fleet are still at sea.
""",
"03_uk.txt": """У Магаданській області шторм викинув на берег траулер
Українська правда
Вівторок, 30 листопада 2027, 12:03

У Магаданській області Росії під час шторму в ніч на 30 листопада рибальський траулер зірвало з якоря і викинуло на берег у селищі Каменна Бухта. Про це повідомляє російське державне агентство ТАСС з посиланням на регіональне управління МНС.

На борту перебували 14 членів екіпажу. За даними агентства, їх евакуювали рятувальники, постраждалих немає.

Швидкість вітру в бухті, як стверджує ТАСС, сягала 35 метрів на секунду. У МНС також заявили, що загрози розливу пального немає.

Як уточнює агентство, після огляду медиків усіх моряків відпустили. Вирішувати, як знімати судно з берега, будуть після того, як ущухне шторм.

Магаданська область розташована на північному узбережжі Охотського моря. Сильні шторми й обмерзання суден восени та взимку там звичне явище.

Як повідомляла УП, у жовтні потужний шторм спричинив підтоплення на узбережжі Фінської затоки в Ленінградській області, де попередження про нагінну повінь надійшло із запізненням.
""",
"04_de.txt": """Sturm im Ochotskischen Meer: Trawler an Land geworfen
Frankfurter Allgemeine Zeitung
30.11.2027, 15:26

Ein schwerer Sturm hat im Fernen Osten Russlands einen Fischtrawler an Land geworfen. Das Schiff „Kapitan Remisow" sei in der Nacht zum Dienstag in der Bucht der Siedlung Kamennaja Buchta im Gebiet Magadan von seinem Anker gerissen und etwa 200 Meter vom Anleger entfernt auf einen felsigen Strand gedrückt worden, berichtete die russische Wirtschaftszeitung „Kommersant". Alle 14 Besatzungsmitglieder seien von Bord geholt worden.

„Der Anker hat nicht gehalten, das Schiff wurde gedreht und auf die Felsen getrieben", sagte der Hafenkapitän Oleg Djakonow dem Blatt. Die Böen hätten 35 Meter pro Sekunde erreicht, die Wellen bis zu sieben Meter. Der Hafen bleibe mindestens bis Donnerstag für ein- und auslaufende Schiffe gesperrt.

Das Schiff gehört laut „Kommersant" einem Fischereiunternehmen aus Magadan, das sich zu dem Vorfall nicht äußern wollte.

Das Ochotskische Meer gilt im Spätherbst und Winter als eines der stürmischsten Seegebiete Russlands. Viele der dortigen Häfen sind dann wochenlang durch Eis oder Sturm blockiert.
""",
}, [("ТАСС", False), ("Коммерсантъ", True)],
[("ТАСС", "01_ru.txt"), ("ТАСС", "02_en.txt"), ("Коммерсантъ", "02_en.txt"), ("ТАСС", "03_uk.txt"),
 ("Коммерсантъ", "04_de.txt")],
[("A fishing trawler was torn from its anchor by a storm and thrown ashore at Kamennaya Bukhta (Magadan region); all 14 crew members were taken off.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], 2),
 ("The port will stay closed to ships at least until Thursday, the harbour master said.",
  ["00_ru.txt", "04_de.txt"], 1),
 ("The emergencies ministry said there was no threat of a fuel spill.",
  ["01_ru.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 162 (real outlet names, invented events; weather "
                       "warnings, storms and floods); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for _, a in relays:
            assert a in names, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in names, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
