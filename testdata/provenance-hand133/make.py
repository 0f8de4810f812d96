#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand133 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency Lusa (pilot-whale stranding in Portugal) relayed by all four:
# pt "avançou a agência Lusa" + "disse à Lusa" + "Segundo a agência" + "afirmou à agência";
# es "según informó la agencia de noticias portuguesa Lusa" + "explicó a Lusa" + "añadió la agencia";
# fr "rapporte l'agence de presse portugaise Lusa" (mid-paragraph) + "a indiqué à Lusa" + "selon l'agence";
# uk "Про це повідомляє португальське інформаційне агентство Lusa" + "розповів агентству" + "За даними Lusa".
story("s01_agency_pilot_whales", "agency", {
"00_pt.txt": """Dezanove baleias-piloto morrem em arrojamento em massa na costa Oeste
Público
2027-03-15T10:40:00+00:00

Dezanove baleias-piloto morreram depois de um grupo de 27 animais ter dado à costa na madrugada desta segunda-feira na praia da Fonte Salgada, no concelho da Lourinhã, avançou a agência Lusa. Oito cetáceos foram devolvidos ao mar por vigilantes da natureza, nadadores-salvadores e dezenas de voluntários.

O alerta foi dado pouco antes das 5h por um pescador que saía para o mar. "Quando chegámos, a maior parte dos animais já estava na areia e a maré estava a descer", disse à Lusa o capitão do porto de Peniche, comandante Henrique Valadas, que coordenou a operação.

Segundo a agência, os voluntários mantiveram os animais molhados com baldes e lençóis durante mais de quatro horas, até a maré voltar a subir. Os oito sobreviventes, entre os quais duas crias, foram conduzidos para lá da rebentação com a ajuda de duas embarcações da Polícia Marítima.

Os 19 animais mortos vão ser necropsiados por veterinários do Instituto da Conservação da Natureza e das Florestas (ICNF). "É o maior arrojamento de baleias-piloto neste troço de costa de que há registo nas últimas três décadas", afirmou à agência a bióloga marinha Teresa Calado, acrescentando que as causas ainda são desconhecidas.

As baleias-piloto vivem em grupos muito coesos e, quando um animal desorientado se aproxima da costa, é frequente que o resto do grupo o siga. O acesso à praia da Fonte Salgada está interdito até à remoção das carcaças, prevista para terça-feira.
""",
"01_es.txt": """Mueren 19 calderones en un varamiento masivo en la costa portuguesa
La Voz de Galicia
15/03/2027 13:05 h

Diecinueve calderones murieron tras quedar varados en la madrugada de este lunes en una playa del municipio portugués de Lourinhã, a unos 70 kilómetros al norte de Lisboa, según informó la agencia de noticias portuguesa Lusa. Otros ocho ejemplares del grupo, formado por 27 cetáceos, pudieron ser devueltos al mar.

El aviso lo dio hacia las cinco de la madrugada un pescador que salía a faenar. "Cuando llegamos, la mayoría de los animales ya estaban en la arena y la marea estaba bajando", explicó a Lusa el capitán del puerto de Peniche, Henrique Valadas, que dirigió el operativo.

Voluntarios, socorristas y agentes de la Policía Marítima mantuvieron húmedos a los animales durante más de cuatro horas con cubos y sábanas, hasta que volvió a subir la marea, añadió la agencia. Entre los ocho supervivientes había dos crías.

La bióloga marina Teresa Calado calificó el episodio como el mayor varamiento de calderones registrado en ese tramo de costa en las últimas tres décadas. Las causas se desconocen; los veterinarios del Instituto de Conservación de la Naturaleza y de los Bosques (ICNF) practicarán las necropsias a los 19 animales muertos.

Los varamientos masivos de calderones son poco frecuentes en la península ibérica, aunque la especie es habitual en las aguas atlánticas frente a Galicia y Portugal. Estos cetáceos viven en grupos muy cohesionados, y cuando un ejemplar desorientado se acerca a la orilla el resto suele seguirlo.
""",
"02_fr.txt": """Portugal : 19 globicéphales meurent après un échouage massif
Ouest-France
15 mars 2027 à 14h20

Au Portugal, dix-neuf globicéphales sont morts après s'être échoués dans la nuit de dimanche à lundi sur une plage de Lourinhã, au nord de Lisbonne. Le groupe comptait 27 animaux, rapporte l'agence de presse portugaise Lusa, et huit d'entre eux ont pu être remis à l'eau.

Les secours ont été alertés vers 5 heures par un pêcheur qui partait en mer. « À notre arrivée, la plupart des animaux étaient déjà sur le sable et la mer descendait », a indiqué à Lusa le capitaine du port de Peniche, Henrique Valadas, qui a dirigé l'opération.

Pendant plus de quatre heures, des bénévoles, des maîtres-nageurs et des agents de la police maritime ont maintenu les cétacés humides avec des seaux et des draps mouillés, en attendant la marée montante. Deux jeunes figurent parmi les huit rescapés, selon l'agence.

La biologiste marine Teresa Calado évoque le plus important échouage de globicéphales sur cette portion de côte depuis trente ans. Son origine reste inconnue ; les vétérinaires de l'Institut portugais de conservation de la nature (ICNF) doivent autopsier les dix-neuf animaux morts.

Les globicéphales vivent en groupes très soudés : lorsqu'un individu désorienté s'approche du rivage, le reste du groupe le suit souvent, ce qui explique le caractère collectif de ces échouages.
""",
"03_uk.txt": """У Португалії 19 гринд загинули після масового викидання на берег
УНІАН
15 березня 2027, 16:10

На пляжі в муніципалітеті Лорінья, приблизно за 70 км на північ від Лісабона, у ніч проти понеділка на берег викинулася зграя з 27 гринд. Дев'ятнадцять тварин загинули, вісьмох вдалося повернути в море. Про це повідомляє португальське інформаційне агентство Lusa.

Тривогу близько п'ятої ранку здійняв рибалка, який виходив у море. «Коли ми прибули, більшість тварин уже лежала на піску, а вода відступала», — розповів агентству капітан порту Пеніше Енріке Валадаш, який керував рятувальною операцією.

За даними Lusa, волонтери, рятувальники та працівники морської поліції понад чотири години поливали тварин водою з відер і накривали мокрими простирадлами, доки не почався приплив. Серед врятованих — двоє дитинчат.

Морська біологиня Тереза Каладу назвала це наймасштабнішим викиданням гринд на цьому відтинку узбережжя за останні 30 років. Причини поки невідомі, розтини загиблих тварин проведуть ветеринари португальського Інституту охорони природи і лісів (ICNF).

Гринди живуть великими згуртованими групами, і коли одна тварина втрачає орієнтацію та наближається до берега, решта зграї часто пливе за нею.
""",
}, [("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_es.txt"), ("Lusa", "02_fr.txt"), ("Lusa", "03_uk.txt")],
[("Nineteen pilot whales died after a group of 27 stranded on a beach in Lourinhã, Portugal; eight were returned to the sea.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_uk.txt"], 1),
 ("Volunteers, lifeguards and maritime police kept the animals wet for more than four hours until the tide rose again.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_uk.txt"], 1)])

# s02: in-corpus scoop by La Voz de Galicia (two crew members on condition of anonymity + internal
# logs seen by the paper + the shipowner's denial to the paper), relayed 3x:
# es own "han relatado a La Voz dos tripulantes ... que pidieron no ser identificados" + "a los que ha
# tenido acceso este periódico" + "negó a este diario"; pt "noticiou esta terça-feira o diário galego
# La Voz de Galicia, citando dois tripulantes que falaram sob anonimato" + "De acordo com o jornal" +
# "negou ao jornal"; en "according to an investigation published on Tuesday by the Galician regional
# daily La Voz de Galicia" + "told La Voz" + "the paper said"; fr "a révélé mardi La Voz de Galicia" +
# "Selon les deux marins interrogés par le quotidien" + "poursuit le journal" + "d'après La Voz de Galicia".
story("s02_scoop_illegal_trawling", "scoop", {
"00_es.txt": """Dos arrastreros de una armadora de Cangas faenaron con el AIS apagado en aguas reservadas de Guinea-Bisáu
La Voz de Galicia
06 abr 2027 . 05:00 h

Dos arrastreros congeladores de la armadora Ría de Aldán, con sede en Cangas, faenaron durante al menos 23 días entre noviembre y enero dentro de la franja de 12 millas que Guinea-Bisáu reserva a la pesca artesanal, y lo hicieron con el sistema de identificación automática (AIS) desconectado. Así lo han relatado a La Voz dos tripulantes de los buques, que pidieron no ser identificados por temor a represalias, y así figura en los partes de pesca internos a los que ha tenido acceso este periódico.

"Cuando el patrón daba la orden de apagar el AIS ya sabíamos que íbamos para dentro, hacia la costa", explica uno de ellos, marinero en el Monte Lourido desde hace seis años. El otro, que estuvo embarcado en el Punta Subrido, asegura que el arte llegó a subir a bordo trozos de redes de los cayucos locales.

Los partes internos registran lances a profundidades de entre 18 y 25 metros, incompatibles con la zona autorizada por la licencia, que empieza más allá de las 12 millas y de los 50 metros de fondo. En esas semanas, según los mismos documentos, los dos barcos descargaron en Bisáu unas 410 toneladas de cefalópodos y langostino.

La armadora negó a este diario cualquier irregularidad. "Nuestros buques cumplen escrupulosamente la licencia y los apagados del AIS se deben a averías que se comunicaron a las autoridades", aseguró un portavoz de la empresa, que no quiso dar su nombre.

La Secretaría General de Pesca no había respondido a las preguntas de La Voz al cierre de esta edición. Los buques de la flota comunitaria faenan en Guinea-Bisáu al amparo del acuerdo de pesca con la Unión Europea, y la entrada en la zona artesanal puede acarrear multas elevadas y la retirada de la licencia.
""",
"01_pt.txt": """Arrastões galegos terão pescado em águas reservadas da Guiné-Bissau com o sistema de localização desligado
Expresso
6 de abril de 2027, 11:32

Dois arrastões congeladores de um armador de Cangas, na Galiza, pescaram durante pelo menos 23 dias, entre novembro e janeiro, dentro da faixa de 12 milhas que a Guiné-Bissau reserva à pesca artesanal, noticiou esta terça-feira o diário galego La Voz de Galicia, citando dois tripulantes que falaram sob anonimato.

De acordo com o jornal, os navios Monte Lourido e Punta Subrido operaram nesse período com o sistema de identificação automática (AIS) desligado, o que os tornava invisíveis para os sistemas de monitorização. "Quando o mestre mandava desligar o AIS, já sabíamos que íamos para dentro, para a costa", contou um dos marinheiros.

O diário da Corunha teve ainda acesso aos registos internos de pesca dos dois navios, que mostram lanços a profundidades entre 18 e 25 metros, muito longe do limite de 50 metros a partir do qual a licença autoriza o arrasto. Nessas semanas, os arrastões desembarcaram em Bissau cerca de 410 toneladas de cefalópodes e camarão.

O armador, a Ría de Aldán, negou ao jornal qualquer irregularidade e atribuiu os cortes do AIS a avarias comunicadas às autoridades.

A Guiné-Bissau é um dos países da costa ocidental africana com acordo de pesca com a União Europeia. As comunidades de pescadores artesanais da região queixam-se há anos da presença de arrastões industriais junto à costa, onde destroem redes e esgotam os recursos de que dependem as pirogas locais.
""",
"02_en.txt": """Spanish trawlers 'fished with trackers off' in waters reserved for Guinea-Bissau's small-scale fishers
The Guardian
Tue 6 Apr 2027 15.47 BST

Two Spanish freezer trawlers spent at least 23 days fishing inside a coastal strip that Guinea-Bissau reserves for artisanal fishers, with their tracking systems switched off, according to an investigation published on Tuesday by the Galician regional daily La Voz de Galicia.

The newspaper's account rests on two crew members, who spoke on condition of anonymity for fear of losing their jobs, and on internal fishing logs it obtained. The logs record trawls in 18 to 25 metres of water between November and January, well inside the 12-nautical-mile zone and far shallower than the 50-metre limit set by the vessels' licence.

"When the skipper gave the order to switch off the AIS, we knew we were going in towards the coast," one of the crew members told La Voz. The two vessels, the Monte Lourido and the Punta Subrido, belong to Ría de Aldán, a shipowner based in Cangas, across the estuary from Vigo.

During those weeks the vessels landed about 410 tonnes of octopus, cuttlefish and prawns in Bissau, the paper said.

Ría de Aldán denied any wrongdoing, telling the Spanish newspaper that the outages of its automatic identification system were caused by technical faults that had been reported to the authorities.

AIS transponders broadcast a vessel's position to other ships and to coastal monitoring stations. Switching them off is not in itself illegal in every case, but fisheries experts regard long gaps as one of the clearest warning signs of fishing in closed areas. Industrial trawling close to shore has long been a complaint of west African fishing communities, whose canoes share the same grounds.
""",
"03_fr.txt": """Guinée-Bissau : deux chalutiers galiciens accusés d'avoir pêché dans la zone artisanale
Le Marin
6 avril 2027 · 17:55

Deux chalutiers congélateurs de l'armement galicien Ría de Aldán auraient pêché pendant au moins 23 jours dans la bande des 12 milles que la Guinée-Bissau réserve à la pêche artisanale, a révélé mardi La Voz de Galicia. Le quotidien espagnol s'appuie sur les témoignages de deux membres d'équipage, qui ont requis l'anonymat, et sur des journaux de pêche internes qu'il a pu consulter.

Selon les deux marins interrogés par le quotidien, le Monte Lourido et le Punta Subrido coupaient leur transpondeur AIS avant de faire route vers la côte. Les documents font état de traits de chalut par 18 à 25 mètres de fond, alors que la licence n'autorise le chalutage qu'au-delà de l'isobathe des 50 mètres. Les deux navires auraient débarqué environ 410 tonnes de céphalopodes et de crevettes à Bissau sur la période, poursuit le journal.

L'armateur, basé à Cangas, dément toute infraction et attribue les coupures de l'AIS à des pannes signalées aux autorités, d'après La Voz de Galicia.

Les chalutiers espagnols opèrent en Guinée-Bissau dans le cadre de l'accord de partenariat de pêche durable conclu avec l'Union européenne, qui leur donne accès aux céphalopodes et aux crevettes en échange d'une contrepartie financière. La protection de la bande côtière, vitale pour les pirogues locales, est l'un des points les plus sensibles de ces accords.
""",
}, [("La Voz de Galicia", True)],
[("La Voz de Galicia", "01_pt.txt"), ("La Voz de Galicia", "02_en.txt"), ("La Voz de Galicia", "03_fr.txt")],
[("Two freezer trawlers of the Cangas shipowner Ría de Aldán fished for at least 23 days inside the 12-mile zone Guinea-Bissau reserves for artisanal fishing, with their AIS switched off.",
  ["00_es.txt", "01_pt.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The shipowner denied any wrongdoing and blamed the AIS outages on technical faults reported to the authorities.",
  ["00_es.txt", "01_pt.txt", "02_en.txt", "03_fr.txt"], 1)])

# s03: chain ru -> en -> nl, uk. Kommersant's own scoop (two industry sources + draft order seen by
# "Ъ"); The Moscow Times credits Kommersant; NRC credits only The Moscow Times; Ekonomichna Pravda
# credits "The Moscow Times з посиланням на «Коммерсант»": nl and uk get an edge from The Moscow Times.
# ru own "выяснил «Коммерсантъ»" + "Об этом «Ъ» рассказали два источника" + "с которым ознакомился «Ъ»"
# + "По словам собеседников «Коммерсанта»" + "на запрос «Ъ»"; en "the business daily Kommersant
# reported Tuesday, citing" + "Kommersant's sources said" + "told the newspaper"; nl "Dat meldt de
# Engelstalige nieuwssite The Moscow Times" + "schrijft de site" + "volgens The Moscow Times";
# uk "Про це пише англомовне видання The Moscow Times з посиланням на російську ділову газету
# «Коммерсант»" + "За даними видання" + "цитує The Moscow Times".
story("s03_chain_snow_crab_quota", "chain", {
"00_ru.txt": """Стригуну урежут лимит
Коммерсантъ
11.05.2027, 06:00

Росрыболовство готовит сокращение общего допустимого улова (ОДУ) краба-стригуна опилио в Баренцевом море на 2028 год на 22%, до 14,8 тыс. тонн, выяснил «Коммерсантъ». Об этом «Ъ» рассказали два источника в рыбной отрасли, знакомые с ходом обсуждения; это же следует из проекта приказа ведомства, с которым ознакомился «Ъ».

По словам собеседников «Коммерсанта», основанием для сокращения стали данные научной съемки прошлого года: индекс численности промысловых самцов снизился почти на треть. «Решение фактически принято, вопрос только в том, растянут ли сокращение на два года», — говорит один из них. Второй источник добавляет, что ученые изначально предлагали урезать лимит еще сильнее, на 30%.

Для добывающих компаний это болезненная новость. Большая часть квот на стригуна в Баренцевом море была распределена на аукционах, и их участники, заплатившие за доли значительные суммы, рассчитывали на рост вылова. «Компании брали кредиты под определенный объем. При минус 22% окупаемость сдвигается на несколько лет», — сказал «Ъ» глава Ассоциации добытчиков краба Северного бассейна Олег Завьялов.

По оценке «Ъ», при нынешних экспортных ценах выручка отрасли может сократиться примерно на 9 млрд руб. в год. Основная часть улова идет на экспорт в живом и мороженом виде.

В Росрыболовстве на запрос «Ъ» не ответили. Краб-стригун опилио — вселенец, который распространился по Баренцеву морю с 1990-х годов и за последние десять лет стал одним из самых доходных объектов промысла в Северном бассейне.
""",
"01_en.txt": """Russia Plans 22% Cut to Barents Sea Snow Crab Catch, Kommersant Reports
The Moscow Times
May 11, 2027

Russia's Federal Fisheries Agency is preparing to cut the total allowable catch of snow crab in the Barents Sea by 22% for 2028, to 14,800 tons, the business daily Kommersant reported Tuesday, citing two industry sources and a draft agency order it had seen.

The reduction follows last year's scientific survey, which found that the number of commercial-size males had fallen by almost a third, Kommersant's sources said. "The decision has effectively been made; the only question is whether the cut will be spread over two years," one of them told the newspaper.

Most of the Barents Sea snow crab quota was allocated at auctions, where companies paid large sums for their shares in the expectation that catches would grow. Oleg Zavyalov, head of an association of crab fishing companies in Russia's northern basin, told Kommersant that many firms had taken out loans against expected volumes.

Kommersant estimated that the industry could lose around 9 billion rubles in annual revenue at current export prices.

The Federal Fisheries Agency did not respond to the newspaper's request for comment.

Snow crab, which is not native to the Barents Sea, has spread across it since the 1990s and has become one of the most lucrative catches for Russia's northern fleet. Most of it is exported live or frozen to Asian markets.
""",
"02_nl.txt": """Rusland wil vangst van sneeuwkrab in Barentszzee flink beperken
NRC
12 mei 2027

Rusland wil volgend jaar 22 procent minder sneeuwkrab laten vangen in de Barentszzee. Dat meldt de Engelstalige nieuwssite The Moscow Times. Het Russische visserijagentschap werkt aan een besluit dat de toegestane vangst voor 2028 terugbrengt tot 14.800 ton, schrijft de site.

Aanleiding is een wetenschappelijke telling van vorig jaar, waaruit bleek dat het aantal mannetjes van vangstformaat met bijna een derde was afgenomen. 'Het besluit is in feite al genomen', zegt een ingewijde uit de visserijsector volgens The Moscow Times. Alleen zou nog niet vaststaan of de verlaging over twee jaar wordt uitgesmeerd.

De Russische krabvissers zijn er niet blij mee. Veel bedrijven betaalden op veilingen grote bedragen voor hun aandeel in het quotum en leenden daarvoor geld, in de verwachting dat de vangst zou groeien. De sector zou volgens de schattingen jaarlijks zo'n 9 miljard roebel aan omzet mislopen. Het agentschap reageerde niet op vragen.

De sneeuwkrab hoort oorspronkelijk niet thuis in de Barentszzee. Het dier dook er in de jaren negentig op en verspreidde zich snel, ook naar het Noorse deel van de zee. Inmiddels is de krab voor Russische vissers in het noorden een van de lucratiefste soorten; de vangst gaat grotendeels levend of diepgevroren naar Azië.
""",
"03_uk.txt": """Росія скоротить квоту на вилов краба-стригуна в Баренцевому морі на 22%
Економічна правда
Середа, 12 травня 2027, 09:15

Федеральне агентство з рибальства РФ (Росрибальство) готує скорочення загального допустимого вилову краба-стригуна в Баренцевому морі на 2028 рік на 22% — до 14,8 тис. тонн. Про це пише англомовне видання The Moscow Times з посиланням на російську ділову газету «Коммерсант».

За даними видання, підставою для рішення стали результати наукового обстеження минулого року: кількість промислових самців зменшилася майже на третину. «Рішення фактично ухвалене, питання лише в тому, чи розтягнуть скорочення на два роки», — цитує The Moscow Times одне з джерел у галузі.

Більшу частину квот на стригуна в Баренцевому морі російські компанії отримали на аукціонах, заплативши за частки великі суми, зокрема кредитні. Втрати галузі оцінюються приблизно в 9 млрд рублів виручки на рік.

Росрибальство на запит не відповіло.

Краб — одна з найприбутковіших статей російського рибного експорту: живого й мороженого краба постачають передусім на азійські ринки. Після 2022 року частина цих поставок зазнала обмежень через санкції західних країн, тож для Москви важливий кожен ринок збуту.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("The Moscow Times", "02_nl.txt"), ("The Moscow Times", "03_uk.txt")],
[("Russia's fisheries agency is preparing to cut the 2028 total allowable catch of snow crab in the Barents Sea by 22%, to 14,800 tonnes.",
  ["00_ru.txt", "01_en.txt", "02_nl.txt", "03_uk.txt"], 1),
 ("The cut follows last year's survey, which showed the number of commercial-size males had fallen by almost a third.",
  ["00_ru.txt", "01_en.txt", "02_nl.txt", "03_uk.txt"], 1)])

# s04: de Volkskrant's own report from a port inspection (reporter present, inspector "tegen deze
# krant", shipowner "tegenover de Volkskrant"); 01_en.txt is an uncredited, close English translation
# published the next morning without outlet line (keeps "A reporter from this newspaper was present"
# and "told this newspaper"): edge from de Volkskrant. fr "selon le quotidien néerlandais de Volkskrant, dont un
# journaliste assistait au contrôle" + "a déclaré au journal" + "toujours d'après de Volkskrant";
# ru "Об этом сообщает нидерландская газета de Volkskrant, корреспондент которой присутствовал" +
# "по данным газеты" + "рассказала изданию" + "как пишет de Volkskrant".
story("s04_translation_port_inspection", "translation", {
"00_nl.txt": """Inspecteurs vinden 61 ton niet-opgegeven vis achter valse wand in vriestrawler
de Volkskrant
8 juni 2027, 18:45

In het vriesruim van de trawler Zeewolf hebben inspecteurs van de Nederlandse Voedsel- en Warenautoriteit (NVWA) dinsdag in de haven van IJmuiden 61 ton horsmakreel gevonden die niet in het elektronische logboek stond. De vis lag achter een dubbele wand van vriespanelen in het achterste ruim. Een verslaggever van de Volkskrant was bij de inspectie aanwezig.

De inspecteurs kwamen rond zes uur 's ochtends aan boord, kort nadat het schip was teruggekeerd van de visgronden ten westen van Ierland. Pas na ruim drie uur tellen en meten viel op dat het achterste ruim ruim twee meter korter was dan op de bouwtekening. 'Zo'n wand bouw je niet per ongeluk', zegt inspecteur Marloes Hoogendijk tegen deze krant. 'Dit is vis die op papier niet bestaat, en die dus ook van niemands quotum afgaat.'

Het schip vaart onder Nederlandse vlag en is eigendom van rederij Pelagic Noord uit Scheveningen. Het mag voorlopig niet uitvaren. De NVWA heeft proces-verbaal opgemaakt; het Openbaar Ministerie beslist of de zaak voor de rechter komt. De vangst, met een marktwaarde van ongeveer 90.000 euro, is in beslag genomen.

Een woordvoerder van Pelagic Noord spreekt tegenover de Volkskrant van 'een misverstand over de indeling van het ruim' en zegt dat de rederij 'volledig meewerkt aan het onderzoek'.

Horsmakreel is een van de soorten waarvoor de Europese Unie jaarlijks vangstquota vaststelt. Vangsten die buiten de boeken blijven, ondermijnen volgens biologen ook de tellingen waarop die quota zijn gebaseerd.
""",
"01_en.txt": """Inspectors find 61 tonnes of undeclared fish behind false wall in freezer trawler
2027-06-09 07:20

In the freezer hold of the trawler Zeewolf, inspectors from the Netherlands Food and Consumer Product Safety Authority (NVWA) found 61 tonnes of horse mackerel on Tuesday in the port of IJmuiden that had not been entered in the electronic logbook. The fish lay behind a double wall of freezer panels in the rear hold. A reporter from this newspaper was present at the inspection.

The inspectors came on board at around six in the morning, shortly after the vessel had returned from the fishing grounds west of Ireland. Only after more than three hours of counting and measuring did they notice that the rear hold was more than two metres shorter than on the construction drawing. "You don't build a wall like that by accident," inspector Marloes Hoogendijk told this newspaper. "This is fish that does not exist on paper, so it doesn't come off anyone's quota either."

The vessel sails under the Dutch flag and is owned by the shipping company Pelagic Noord of Scheveningen. It may not leave port for the time being. The NVWA has filed an official report; the Public Prosecution Service will decide whether the case goes to court. The catch, with a market value of about 90,000 euros, has been seized.

A spokesman for Pelagic Noord spoke of "a misunderstanding about the layout of the hold" and said the company was "fully cooperating with the investigation".

Horse mackerel is one of the species for which the European Union sets catch quotas every year. According to biologists, catches that stay off the books also undermine the counts on which those quotas are based.
""",
"02_fr.txt": """Pays-Bas : 61 tonnes de chinchard non déclarées découvertes derrière une fausse cloison
Le Marin
9 juin 2027

Les inspecteurs de l'autorité néerlandaise de sécurité des aliments (NVWA) ont découvert mardi à IJmuiden 61 tonnes de chinchard non déclarées à bord du chalutier congélateur Zeewolf, selon le quotidien néerlandais de Volkskrant, dont un journaliste assistait au contrôle. Le poisson était dissimulé derrière une double cloison de panneaux isolants, dans la cale arrière.

C'est en comparant la longueur de la cale avec les plans du navire, après plus de trois heures de pesées et de mesures, que les contrôleurs ont remarqué un écart de plus de deux mètres. « Une cloison comme celle-là, on ne la construit pas par hasard », a déclaré au journal l'inspectrice Marloes Hoogendijk.

Le navire, propriété de l'armement Pelagic Noord, de Scheveningen, est immobilisé à quai et la cargaison, d'une valeur d'environ 90 000 euros, a été saisie. Le parquet néerlandais doit décider d'éventuelles poursuites. L'armateur évoque, toujours d'après de Volkskrant, « un malentendu sur l'aménagement de la cale » et assure coopérer pleinement.

Le chinchard fait partie des espèces soumises à des totaux admissibles de captures fixés chaque année par l'Union européenne. Les débarquements non déclarés faussent aussi les évaluations scientifiques sur lesquelles reposent ces quotas, rappellent régulièrement les biologistes des pêches.
""",
"03_ru.txt": """В Нидерландах на траулере нашли 61 тонну незадекларированной ставриды
Fishnews
09.06.2027 12:40

Инспекторы нидерландского ведомства по безопасности продуктов питания NVWA обнаружили на траулере-морозильщике Zeewolf 61 тонну ставриды, не внесенной в электронный промысловый журнал. Об этом сообщает нидерландская газета de Volkskrant, корреспондент которой присутствовал при проверке в порту Эймейден.

Рыба, по данным газеты, хранилась за фальшивой перегородкой из морозильных панелей в кормовом трюме. Инспекторы заметили ее только через три с лишним часа, когда сравнили длину трюма с чертежами судна. «Такую стенку случайно не построишь», — рассказала изданию инспектор Марлоус Хогендейк.

Судно судовладельца Pelagic Noord из Схевенингена задержано в порту, улов стоимостью около 90 тыс. евро арестован. Вопрос о возбуждении дела решит прокуратура. В компании, как пишет de Volkskrant, назвали произошедшее «недоразумением в планировке трюма».

Пелагический флот Нидерландов состоит из нескольких крупных траулеров-морозильщиков, которые ведут промысел ставриды, скумбрии и сельди в Северо-Восточной Атлантике. Квоты на эти виды ежегодно устанавливает Евросоюз.
""",
}, [("de Volkskrant", True)],
[("de Volkskrant", "01_en.txt"), ("de Volkskrant", "02_fr.txt"), ("de Volkskrant", "03_ru.txt")],
[("NVWA inspectors found 61 tonnes of undeclared horse mackerel behind a false wall in the hold of the freezer trawler Zeewolf in IJmuiden.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("The vessel may not leave port and the catch, worth about 90,000 euros, was seized.",
  ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1)])

# s05: institution-published origin: ICES scientific advice, taken directly by en, nl, pt, ru;
# uk takes it from BBC News ("повідомляє британська телерадіокомпанія BBC з посиланням на …
# рекомендації ради") -> edge from BBC News (chain, root stays ICES).
# en "said in advice published on Tuesday" + "the advice says" + "Ices also noted"; nl "Dat blijkt
# uit een advies dat de Internationale Raad voor het Onderzoek van de Zee (ICES) vandaag heeft
# gepubliceerd" + "schrijft ICES" + "wijst de raad erop"; pt "de acordo com o parecer científico
# divulgado esta terça-feira pelo Conselho Internacional para a Exploração do Mar (ICES, na sigla
# inglesa)" + "lê-se no documento" + "sublinha o organismo"; ru "говорится в рекомендациях
# Международного совета по исследованию моря (ИКЕС)" + "Как отмечается в документе" + "по оценке
# совета"; uk "Як зазначає BBC".
story("s05_institution_mackerel_advice", "institution", {
"00_en.txt": """Scientists call for 38% cut in North East Atlantic mackerel catch
BBC News
28 September 2027

Fishing fleets should catch 38% less mackerel in the North East Atlantic next year, scientific advisers have said.

The International Council for the Exploration of the Sea (Ices) said in advice published on Tuesday that catches in 2028 should not exceed 512,000 tonnes, down from the 826,000 tonnes it recommended for this year.

The spawning stock has fallen below the level at which the council's rules require catches to be reduced, the advice says, after four consecutive years of weak recruitment - the number of young fish joining the stock.

Ices also noted that quotas set separately by the coastal states - the UK, the EU, Norway, the Faroe Islands, Iceland and Greenland - added up to around 40% more than its advice for 2027. The countries have failed for years to agree how the stock should be shared, and each sets its own limit.

Mackerel is one of the most valuable stocks for the Scottish pelagic fleet, much of which is based in Shetland and the north-east. The fish migrates between Spanish and Norwegian waters, and its distribution has shifted north and west over the past two decades.

Ministers and officials from the coastal states are due to meet in London in October to discuss catch limits for next year. The advice is not binding, but a cut of this size would be one of the largest in the history of the fishery.
""",
"01_nl.txt": """Wetenschappers: vangst van makreel moet met bijna 40 procent omlaag
NOS
28-09-2027, 16:02

Vissers in het noordoosten van de Atlantische Oceaan moeten volgend jaar fors minder makreel vangen. Dat blijkt uit een advies dat de Internationale Raad voor het Onderzoek van de Zee (ICES) vandaag heeft gepubliceerd. Volgens de wetenschappers mag er in 2028 niet meer dan 512.000 ton worden gevangen, 38 procent minder dan het advies voor dit jaar.

Het paaibestand is onder de grens gezakt waarbij de vangst volgens de eigen regels van de raad omlaag moet, schrijft ICES. Al vier jaar op rij komen er te weinig jonge vissen bij.

Het advies is niet bindend. De landen rond het bestand, waaronder de EU, Noorwegen, het Verenigd Koninkrijk, IJsland en de Faeröer, stellen ieder hun eigen quotum vast, omdat ze het al jaren niet eens worden over de verdeling. Dit jaar stonden ze samen ongeveer 40 procent meer vangst toe dan geadviseerd, wijst de raad erop.

Voor de Nederlandse pelagische vloot, een handvol grote vriestrawlers, is makreel een van de belangrijkste soorten. Een verlaging van deze omvang zou ook de Nederlandse vissers hard raken; over de verdeling binnen de EU wordt in december onderhandeld.
""",
"02_pt.txt": """Cientistas recomendam corte de 38% nas capturas de sarda no Atlântico Nordeste
Observador
28 set 2027, 19:30

As capturas de sarda no Atlântico Nordeste não devem ultrapassar as 512 mil toneladas em 2028, menos 38% do que o recomendado para este ano, de acordo com o parecer científico divulgado esta terça-feira pelo Conselho Internacional para a Exploração do Mar (ICES, na sigla inglesa).

O stock reprodutor desceu abaixo do nível a partir do qual as regras do próprio conselho obrigam a reduzir as capturas, lê-se no documento, depois de quatro anos consecutivos de fraco recrutamento, ou seja, de poucos juvenis a entrar na população.

O organismo científico sublinha ainda que as quotas fixadas de forma separada pelos estados costeiros, entre os quais a União Europeia, a Noruega, o Reino Unido e a Islândia, somaram em 2027 cerca de 40% mais do que o recomendado. Os países não chegam a acordo sobre a repartição do stock há vários anos.

Em Portugal, a sarda é capturada sobretudo pela frota do cerco e tem uma importância menor do que a sardinha ou o carapau, mas a quota nacional depende da decisão que for tomada a nível europeu. As negociações sobre os limites de captura para 2028 decorrem nos próximos meses, e o parecer do ICES não é vinculativo.
""",
"03_ru.txt": """ICES рекомендовал сократить вылов скумбрии в Северо-Восточной Атлантике на 38%
Интерфакс
28 сентября 2027 20:15

Вылов атлантической скумбрии в Северо-Восточной Атлантике в 2028 году не должен превышать 512 тыс. тонн, что на 38% меньше рекомендации на текущий год, говорится в рекомендациях Международного совета по исследованию моря (ИКЕС), опубликованных во вторник.

Как отмечается в документе, нерестовый запас скумбрии опустился ниже уровня, при котором правила совета требуют снижения вылова. Причиной стали четыре подряд неурожайных поколения: пополнение запаса молодью остается слабым.

Кроме того, по оценке совета, квоты, которые прибрежные государства устанавливают каждое самостоятельно, в 2027 году в сумме превысили научную рекомендацию примерно на 40%. Соглашения о разделе запаса между Евросоюзом, Норвегией, Великобританией, Исландией и Фарерскими островами нет уже несколько лет.

Российские суда ведут промысел скумбрии в международных водах Норвежского моря, и квоту для них Россия устанавливает самостоятельно. Рекомендации ИКЕС носят необязательный характер.
""",
"04_uk.txt": """Науковці радять скоротити вилов скумбрії в Північно-Східній Атлантиці на 38% — BBC
Укрінформ
29.09.2027 08:50

Міжнародна рада з дослідження моря (ICES) рекомендує у 2028 році обмежити вилов скумбрії в Північно-Східній Атлантиці 512 тисячами тонн, що на 38% менше, ніж рекомендовано на цей рік. Про це повідомляє британська телерадіокомпанія BBC з посиланням на оприлюднені у вівторок рекомендації ради.

Як зазначає BBC, нерестовий запас скумбрії опустився нижче рівня, за якого правила ради вимагають зменшувати вилов, після чотирьох років поспіль слабкого поповнення молоддю.

Рекомендації не є обов'язковими. Прибережні держави, зокрема Велика Британія, ЄС і Норвегія, вже багато років не можуть домовитися про розподіл запасу і встановлюють квоти кожна окремо. Представники цих країн мають зустрітися в Лондоні в жовтні, щоб обговорити ліміти вилову на наступний рік.

Скумбрія — одна з найпопулярніших імпортних риб на українському ринку, тож скорочення вилову може позначитися і на цінах.
""",
}, [("International Council for the Exploration of the Sea", False)],
[("International Council for the Exploration of the Sea", "00_en.txt"),
 ("International Council for the Exploration of the Sea", "01_nl.txt"),
 ("International Council for the Exploration of the Sea", "02_pt.txt"),
 ("International Council for the Exploration of the Sea", "03_ru.txt"),
 ("BBC News", "04_uk.txt")],
[("ICES advised that mackerel catches in the North East Atlantic in 2028 should not exceed 512,000 tonnes, 38% less than its advice for this year.",
  ["00_en.txt", "01_nl.txt", "02_pt.txt", "03_ru.txt", "04_uk.txt"], 1),
 ("The spawning stock has fallen below the level at which catches must be reduced, after four consecutive years of weak recruitment.",
  ["00_en.txt", "01_nl.txt", "02_pt.txt", "03_ru.txt", "04_uk.txt"], 1),
 ("Quotas set separately by the coastal states added up to about 40% more than the advice for 2027.",
  ["00_en.txt", "01_nl.txt", "02_pt.txt", "03_ru.txt"], 1)])

# s06: Suspilne's own report (a correspondent walked the beach and counted the carcasses; "розповів
# Суспільному"; "наша знімальна група"); Le Monde relays it ("comme l'a d'abord rapporté le média
# public ukrainien Souspilne") and adds its own confirmation ("Joint mardi par téléphone par Le Monde,
# … a confirmé"): edge from Суспільне + Le Monde is an in-corpus origin. ru "сообщило украинское
# общественное вещание «Суспільне»" + "рассказал «Суспільному»" + "По данным «Суспільного»"; en (no
# date line) "public broadcaster Suspilne reported" + "told Suspilne" + "the broadcaster said".
story("s06_confirmation_dead_dolphins", "confirmation", {
"00_uk.txt": """Біля Морянки за кілька днів викинуло на берег десятки мертвих дельфінів
Суспільне
20 липня 2027, 11:24

На узбережжі Чорного моря поблизу села Морянка на Одещині за останні чотири дні знайшли щонайменше 37 мертвих дельфінів. Кореспондентка Суспільного Олена Кравчук у понеділок пройшла 18-кілометровою смугою пляжу між Морянкою та гирлом лиману й нарахувала туші азовок і афалін, частина з яких уже почала розкладатися.

«Ми знаходимо їх щоранку. У неділю — дев'ять, сьогодні — ще сім», — розповів Суспільному директор регіонального ландшафтного парку «Морянські коси» Віктор Тарасюк. За його словами, більшість тварин — молоді азовки завдовжки до метра.

Місцеві рибалки, з якими поспілкувалася наша знімальна група, кажуть, що цього літа дельфіни часто заплутуються у ставних сітках, які браконьєри виставляють на камбалу. Водночас Тарасюк не виключає, що причиною загибелі може бути хвороба або отруєння. Зразки тканин відправили до лабораторії в Одесі, результати очікують за два тижні.

Працівники парку разом із волонтерами закопують туші за межами пляжу, щоб уникнути поширення інфекцій. Відпочивальникам радять не торкатися мертвих тварин і повідомляти про знахідки за телефоном парку.

Підвищену смертність дельфінів у північно-західній частині Чорного моря науковці фіксують уже кілька років поспіль і пов'язують її з різними чинниками — від забруднення води до підводного шуму та прилову в рибальських сітках.
""",
"01_fr.txt": """En Ukraine, des dizaines de dauphins morts échoués sur la côte de la mer Noire
Le Monde
21 juillet 2027 à 06h30

Des dizaines de dauphins morts se sont échoués ces derniers jours sur le littoral ukrainien de la mer Noire, près du village de Morianka, dans la région d'Odessa, comme l'a d'abord rapporté le média public ukrainien Souspilne. Une journaliste de la chaîne a compté 37 carcasses lundi sur une bande de plage de 18 kilomètres.

Joint mardi par téléphone par Le Monde, Viktor Tarassiouk, directeur du parc naturel régional des Flèches de Morianka, a confirmé le phénomène. « Depuis vendredi, mes agents ont recensé 51 carcasses, presque toutes des marsouins, et nous en trouvons encore chaque matin », a-t-il déclaré. Selon lui, plusieurs animaux présentaient des marques de filets sur les nageoires et le rostre, mais il n'écarte pas une autre cause, maladie ou pollution.

Le marsouin de la mer Noire, une sous-espèce du marsouin commun, est classé en danger par l'Union internationale pour la conservation de la nature. Depuis plusieurs années, les scientifiques ukrainiens signalent une mortalité anormalement élevée des cétacés dans le nord-ouest de la mer Noire, qu'ils attribuent à un ensemble de facteurs : pollution, bruit sous-marin, captures accidentelles dans les filets maillants.

La surveillance du littoral reste difficile dans une région où une partie des plages est fermée au public pour des raisons de sécurité, et où les équipes des parcs naturels manquent de moyens.
""",
"02_ru.txt": """На побережье Одесской области за несколько дней нашли десятки мертвых дельфинов
Медуза
20 июля 2027, 15:50

На черноморском побережье возле села Морянка в Одесской области за последние четыре дня нашли не менее 37 мертвых дельфинов, сообщило украинское общественное вещание «Суспільне». Корреспондентка издания в понедельник прошла 18 километров пляжа и насчитала туши азовок и афалин.

«Мы находим их каждое утро», — рассказал «Суспільному» директор регионального ландшафтного парка «Морянские косы» Виктор Тарасюк. Большинство погибших животных, по его словам, — молодые азовки длиной до метра.

Местные рыбаки говорили журналистам «Суспільного», что этим летом дельфины часто запутываются в ставных сетях. По данным «Суспільного», образцы тканей отправили в лабораторию в Одессе, результаты ожидаются через две недели.

Азовка, или черноморская морская свинья, — самый мелкий китообразный Черного моря. Повышенную гибель дельфинов в северо-западной части моря ученые фиксируют уже несколько лет и связывают с загрязнением, подводным шумом и приловом.
""",
"03_en.txt": """Dozens of dead dolphins wash up on Odesa Oblast coast
The Kyiv Independent

At least 37 dead dolphins have washed ashore near the village of Moryanka in Odesa Oblast over the past four days, public broadcaster Suspilne reported on July 20.

A Suspilne correspondent walked an 18-kilometer stretch of beach on July 19 and counted the carcasses of harbor porpoises and bottlenose dolphins, some of them already decomposing.

"We find them every morning," Viktor Tarasiuk, director of the Moryanka Spits regional landscape park, told Suspilne. Most of the dead animals were young porpoises up to a meter long, he said.

Local fishermen told the broadcaster that dolphins had often become entangled in set nets this summer, but Tarasiuk did not rule out disease or poisoning. Tissue samples have been sent to a laboratory in Odesa, with results expected in two weeks, the broadcaster said.

Ukrainian scientists have recorded unusually high dolphin mortality in the northwestern Black Sea for several years, linking it to pollution, underwater noise and bycatch.
""",
}, [("Суспільне", True), ("Le Monde", True)],
[("Суспільне", "01_fr.txt"), ("Суспільне", "02_ru.txt"), ("Суспільне", "03_en.txt")],
[("Dozens of dead dolphins (37 counted by a correspondent on an 18-km stretch) washed up near Moryanka in Odesa region in recent days.",
  ["00_uk.txt", "01_fr.txt", "02_ru.txt", "03_en.txt"], 2),
 ("Tissue samples were sent to a laboratory in Odesa, with results expected in two weeks.",
  ["00_uk.txt", "02_ru.txt", "03_en.txt"], 1)])

# s07: outside origin = a person's own Facebook post (skipper Rui Furtado). pt "denunciou …, numa
# publicação na sua página de Facebook" + "escreveu o pescador" + "na mesma publicação"; en (no outlet
# and no date line) "wrote on Facebook on Monday evening" + "his post"; fr "Dans une publication sur
# Facebook, lundi soir, le patron de pêche açorien Rui Furtado affirme" + "écrit-il" + "D'après le
# message du pêcheur". es credits only the Azorean paper ("según recoge el diario azoriano Açoriano
# Oriental" + "informa el rotativo de Ponta Delgada" + "El periódico azoriano señala"): edge from
# Açoriano Oriental (chain; root stays Rui Furtado).
story("s07_post_azores_longliner", "post", {
"00_pt.txt": """Mestre faialense denuncia palangreiro a pescar dentro de área marinha protegida
Açoriano Oriental
17 ago 2027 09:12

O mestre da embarcação atuneira Mar da Feteira, Rui Furtado, denunciou na segunda-feira à noite, numa publicação na sua página de Facebook, a presença de um palangreiro sem nome nem bandeira visíveis a pescar dentro da área marinha protegida a sul do Faial, onde toda a pesca está proibida.

"Estivemos duas horas a vê-lo a alar o aparelho a 38 milhas da Horta, bem dentro da zona protegida. Chamámos pelo rádio no canal 16 e ninguém respondeu", escreveu o pescador, que acompanhou a publicação com um vídeo de cerca de três minutos e com as coordenadas GPS do navio.

No vídeo, que já foi partilhado mais de quatro mil vezes, vê-se um navio de casco escuro, com cerca de 40 metros, a recolher uma linha com anzóis onde estão presos vários tubarões-azuis. "Nós cumprimos as regras e ficamos em terra quando nos mandam. Eles vêm e levam tudo", acrescentou Rui Furtado na mesma publicação, na qual pede às autoridades que "façam alguma coisa antes que seja tarde".

Até ao fecho desta edição, a Secretaria Regional do Mar e das Pescas não tinha reagido à denúncia.

A rede de áreas marinhas protegidas dos Açores, aprovada em 2024, abrange cerca de 30% do mar do arquipélago; em metade dessa área é proibida qualquer atividade de pesca. Associações de pescadores locais têm alertado para a dificuldade de fiscalizar zonas tão extensas e afastadas da costa.
""",
"01_es.txt": """Un pescador azoriano denuncia a un palangrero sin identificar faenando en una reserva marina
Faro de Vigo
17.08.2027 | 13:40

Un patrón de pesca de las Azores ha denunciado en redes sociales la presencia de un palangrero sin nombre ni bandera visibles faenando dentro de la reserva marina situada al sur de la isla de Faial, donde está prohibida toda actividad pesquera, según recoge el diario azoriano Açoriano Oriental.

Rui Furtado, patrón del atunero Mar da Feteira, asegura que estuvo dos horas observando al buque mientras viraba el aparejo a 38 millas de Horta y que nadie respondió a sus llamadas por el canal 16, informa el rotativo de Ponta Delgada. En el vídeo difundido por el pescador se ve un barco de casco oscuro, de unos 40 metros de eslora, recogiendo una línea con varias tintoreras enganchadas.

El periódico azoriano señala que el Gobierno regional todavía no se ha pronunciado sobre la denuncia.

Las aguas próximas a las Azores son un caladero tradicional de la flota palangrera de superficie gallega, que captura allí pez espada y tintorera. La red de áreas marinas protegidas aprobada por el archipiélago en 2024 cerró a la pesca una parte importante de esas aguas, una decisión que el sector gallego recibió con preocupación.
""",
"02_en.txt": """Azores skipper films unidentified longliner inside marine reserve

An Azorean fishing skipper says he watched a longliner with no visible name or flag haul its gear for two hours inside the fully protected marine area south of the island of Faial.

"We spent two hours watching him haul his line 38 miles from Horta, well inside the protected zone. We called him on channel 16 and nobody answered," Rui Furtado, skipper of the tuna boat Mar da Feteira, wrote on Facebook on Monday evening.

His post included a three-minute video and the vessel's GPS position. The footage shows a dark-hulled ship of around 40 metres hauling in a line with several blue sharks on its hooks. "We follow the rules and stay in port when we are told to. They come and take everything," Furtado wrote, calling on the authorities to act.

The Azores approved a network of marine protected areas in 2024 covering about 30% of the archipelago's waters, half of it closed to all fishing. Local fishing associations have warned that such large and remote areas are difficult to police.
""",
"03_fr.txt": """Açores : un pêcheur filme un palangrier en pleine aire marine protégée
Le Télégramme
Publié le 17 août 2027 à 18h05

Dans une publication sur Facebook, lundi soir, le patron de pêche açorien Rui Furtado affirme avoir observé pendant deux heures un palangrier sans nom ni pavillon visibles en train de pêcher dans l'aire marine protégée située au sud de l'île de Faial, où toute pêche est interdite.

« Nous l'avons regardé relever sa ligne à 38 milles d'Horta, en pleine zone protégée. Nous l'avons appelé sur le canal 16 et personne n'a répondu », écrit le patron du thonier Mar da Feteira. La vidéo de trois minutes jointe à son message, partagée des milliers de fois, montre un navire à coque sombre d'une quarantaine de mètres remontant une ligne où sont accrochés plusieurs requins peau bleue.

D'après le message du pêcheur, qui a également publié la position GPS du navire, les autorités régionales ont été prévenues. « Nous, on respecte les règles. Eux viennent et prennent tout », écrit-il encore.

L'archipel portugais a créé en 2024 un réseau d'aires marines protégées couvrant environ 30 % de ses eaux, dont la moitié est fermée à toute pêche. La surveillance de ces zones très étendues et éloignées des côtes reste l'un de leurs points faibles, selon les associations de pêcheurs locales.
""",
}, [("Rui Furtado", False)],
[("Rui Furtado", "00_pt.txt"), ("Açoriano Oriental", "01_es.txt"), ("Rui Furtado", "02_en.txt"), ("Rui Furtado", "03_fr.txt")],
[("An unidentified longliner with no visible name or flag was filmed fishing inside the fully protected marine area south of Faial, about 38 miles from Horta.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Nobody on the longliner answered the skipper's radio calls on channel 16.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 1)])

# s08: two independent own reports from the quay (De Standaard: "Een journalist van De Standaard zag"
# + "zegt … aan deze krant"; Le Soir: "Le Soir a pu voir" + "explique-t-elle à notre journal" + "nous
# a confirmé"); en credits both ("De Standaard and Le Soir reported, both papers having sent reporters"
# + "told De Standaard" + "according to Le Soir"): two edges; es credits only Le Soir ("según el diario
# belga Le Soir" + "explicó a Le Soir" + "añade el rotativo bruselense").
story("s08_independent_whale_on_bow", "independent", {
"00_nl.txt": """Containerschip vaart Antwerpse haven binnen met dode vinvis op de boeg
De Standaard
12/10/2027 om 14.10 uur

Een containerschip is dinsdagochtend de haven van Antwerpen binnengevaren met een dode vinvis over de bulbsteven. Het kadaver, zo'n zestien meter lang, hing aan weerszijden van de boeg van de Cape Meridian toen het schip rond half acht aanmeerde in het Deurganckdok. Een journalist van De Standaard zag hoe havenarbeiders het lichaam met trossen vastlegden aan de kademuur.

'De bemanning had niets gemerkt. Pas bij het opvaren van de Schelde zag de loods iets vreemds aan de boeg', zegt havenwoordvoerder Koen Verhaegen aan deze krant. Volgens hem wordt het kadaver woensdag met een drijvende bok verwijderd en naar een verwerkingsbedrijf gebracht, nadat wetenschappers stalen hebben genomen.

Het schip vaart onder Liberiaanse vlag en kwam uit Algeciras, in het zuiden van Spanje. Het lossen van de containers loopt door de operatie minstens een dag vertraging op. Op de kade stonden dinsdag tientallen nieuwsgierige havenarbeiders en chauffeurs foto's te maken.

Vinvissen zijn na de blauwe vinvis de grootste dieren ter wereld. Aanvaringen met schepen behoren tot de belangrijkste doodsoorzaken van grote walvissen; op drukke scheepvaartroutes zoals het Kanaal worden ze soms pas opgemerkt als een schip de haven binnenloopt.
""",
"01_fr.txt": """Une baleine morte arrive au port d'Anvers, coincée sur la proue d'un porte-conteneurs
Le Soir
12/10/2027 à 16:35

Un rorqual commun mort, long d'environ seize mètres, est arrivé mardi matin dans le port d'Anvers, plié sur le bulbe d'étrave du porte-conteneurs Cape Meridian. Le Soir a pu voir l'animal depuis le quai du Deurganckdok, où le navire, battant pavillon libérien, a accosté vers 7 h 30 en provenance d'Algésiras.

Pour Sophie Dutilleul, biologiste à l'Institut royal des sciences naturelles de Belgique, qui s'est rendue sur place, la baleine a probablement été percutée plusieurs jours plus tôt, dans la Manche ou dans le golfe de Gascogne. « La pression de l'eau suffit à maintenir un cadavre sur le bulbe pendant des centaines de kilomètres », explique-t-elle à notre journal. Des prélèvements seront effectués avant l'enlèvement de la carcasse, afin notamment de vérifier si l'animal était vivant au moment du choc.

L'équipage ne s'était aperçu de rien, nous a confirmé l'agent maritime du navire à Anvers.

Les collisions avec les navires sont l'une des principales causes de mortalité des grands cétacés dans l'Atlantique Nord. Le rorqual commun, deuxième plus grand animal de la planète après la baleine bleue, fréquente régulièrement le golfe de Gascogne et, plus rarement, la Manche.
""",
"02_en.txt": """Dead fin whale arrives in Antwerp port on bow of container ship
The Brussels Times
Wednesday, 13 October 2027

A container ship docked in the port of Antwerp on Tuesday morning with a dead fin whale draped over its bow, De Standaard and Le Soir reported, both papers having sent reporters to the quay.

The carcass of the whale, about 16 metres long, hung on both sides of the bulbous bow of the Cape Meridian when the Liberian-flagged vessel moored at the Deurganck dock at around 7:30.

"The crew had not noticed anything. Only when sailing up the Scheldt did the pilot see something strange at the bow," port spokesperson Koen Verhaegen told De Standaard. The carcass is to be removed with a floating crane on Wednesday after scientists have taken samples.

The ship had arrived from Algeciras in southern Spain, according to Le Soir. Unloading is expected to be delayed by at least a day.

Fin whales are the second-largest animals on Earth after blue whales, and collisions with ships are one of the main causes of death for large whales in the North Atlantic.
""",
"03_es.txt": """Un portacontenedores llega al puerto de Amberes con una ballena muerta en la proa
La Vanguardia
13/10/2027 08:05

Un portacontenedores con bandera de Liberia llegó el martes al puerto belga de Amberes con el cadáver de un rorcual común de unos 16 metros encajado en la proa, según el diario belga Le Soir. El buque, el Cape Meridian, procedía de Algeciras.

La bióloga Sophie Dutilleul, del Real Instituto Belga de Ciencias Naturales, explicó a Le Soir que el animal probablemente fue golpeado varios días antes, en el canal de la Mancha o en el golfo de Vizcaya. "La presión del agua basta para mantener un cadáver sobre el bulbo durante cientos de kilómetros", señaló.

La tripulación no se había percatado de nada, añade el rotativo bruselense. Antes de retirar el cadáver se tomarán muestras para determinar, entre otras cosas, si el animal estaba vivo en el momento del choque.

El rorcual común es el segundo animal más grande del planeta, después de la ballena azul, y es habitual en aguas del Cantábrico y del golfo de Vizcaya. Las colisiones con barcos figuran entre las principales causas de muerte de los grandes cetáceos en el Atlántico Norte.
""",
}, [("De Standaard", True), ("Le Soir", True)],
[("De Standaard", "02_en.txt"), ("Le Soir", "02_en.txt"), ("Le Soir", "03_es.txt")],
[("A container ship arrived in the port of Antwerp on Tuesday with a dead fin whale about 16 metres long on its bow.",
  ["00_nl.txt", "01_fr.txt", "02_en.txt", "03_es.txt"], 2),
 ("A biologist said the whale was probably struck several days earlier in the Channel or the Bay of Biscay.",
  ["01_fr.txt", "03_es.txt"], 1)])


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
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": k} for t, ca, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 133 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
