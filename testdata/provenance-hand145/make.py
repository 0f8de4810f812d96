#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand145 set (nuclear safety).

Outlet and agency names are real media names; every event, plant, company, person, figure and
quote is invented. Labels were fixed by the writer before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# n01: an institution's own published statement (IAEA update on its website) taken directly by
# en/uk/de/es; pt takes it from Reuters ("noticiou a agência Reuters, citando um comunicado da
# AIEA"): edge from Reuters (in-corpus intermediate). pt "agência" is ambiguous (IAEA = Agência).
story("n01_iaea_offsite_power", "institution", {
"00_en.txt": """UN nuclear watchdog says Ukraine's Verkhniosulska plant lost all outside power for nearly 10 hours
Reuters
2027-05-11T14:05:00+00:00

VIENNA, May 11 (Reuters) - Ukraine's Verkhniosulska nuclear power plant lost its connection to the national grid for nearly ten hours overnight and had to rely on emergency diesel generators to keep its reactors cooled, the International Atomic Energy Agency (IAEA) said on Tuesday.

The plant's last working 750-kilovolt line disconnected at 11:52 p.m. local time on Monday, while the back-up 330-kilovolt line has been out of service since late April, the agency said in a statement posted on its website. Power was restored at 9:31 a.m. on Tuesday.

All eight of the site's emergency diesel generators started as designed, and six of them were needed to run the cooling pumps of the plant's four reactors, which have been in cold shutdown since 2025, the U.N. watchdog added. The generators hold enough fuel for about 12 days.

"This is the ninth complete loss of off-site power at the plant since the start of the year. Each one is a reminder of how thin the safety margins have become," the statement quoted Tomasz Wierzbicki, the head of the IAEA expert team stationed at the site, as saying.

According to the IAEA, radiation levels at the plant and in the nearby town of Verkhniosulsk stayed within normal limits throughout the outage. The cause of the disconnection was not yet known, the agency said, adding that its experts had been told the line tripped near a substation about 60 km (37 miles) from the plant.

The Vienna-based agency has kept a permanent team of experts at Verkhniosulska since 2023. The plant's operator did not immediately respond to a request for comment.
""",
"01_uk.txt": """Верхньосульська АЕС майже 10 годин живилася від дизель-генераторів — МАГАТЕ
Укрінформ
11.05.2027 17:40

Верхньосульська атомна електростанція в ніч на вівторок майже десять годин була повністю відключена від енергосистеми України й живилася від аварійних дизель-генераторів. Про це йдеться в заяві Міжнародного агентства з атомної енергії (МАГАТЕ), оприлюдненій на сайті організації.

За даними агентства, остання робоча лінія електропередачі 750 кВ відключилася в понеділок о 23:52 за місцевим часом. Резервна лінія 330 кВ не працює ще з кінця квітня. Живлення вдалося відновити у вівторок о 9:31.

Як зазначили в МАГАТЕ, усі вісім аварійних дизель-генераторів станції запустилися штатно, а для охолодження чотирьох енергоблоків, які з 2025 року перебувають у стані холодного зупину, знадобилися шість із них. Пального вистачить приблизно на 12 днів.

«Це вже дев'ята повна втрата зовнішнього живлення на станції з початку року. Кожна така подія нагадує, наскільки тонкими стали запаси безпеки», — наводяться в заяві слова керівника групи експертів МАГАТЕ на майданчику Томаша Вежбицького.

Радіаційний фон на станції та в місті Верхньосульськ увесь час залишався в межах норми, наголошують у віденській організації. Причина відключення лінії поки невідома: експертам повідомили лише, що вона спрацювала поблизу підстанції приблизно за 60 км від АЕС.

Нагадаємо, постійна група експертів МАГАТЕ працює на Верхньосульській АЕС з 2023 року.
""",
"02_de.txt": """Ukrainisches AKW Werchnjosulska stundenlang ohne Netzstrom
tagesschau.de
11. Mai 2027

Das ukrainische Atomkraftwerk Werchnjosulska ist in der Nacht zum Dienstag fast zehn Stunden lang vollständig vom Stromnetz getrennt gewesen. Das teilte die Internationale Atomenergiebehörde (IAEA) am Dienstag in Wien mit. Die Kühlung der vier Reaktoren sei in dieser Zeit über Notstromdiesel gesichert worden.

Wie es in einer auf der Website der Behörde veröffentlichten Erklärung heißt, fiel die letzte noch funktionierende 750-Kilovolt-Leitung am Montag um 23.52 Uhr Ortszeit aus. Die 330-Kilovolt-Reserveleitung ist demnach bereits seit Ende April außer Betrieb. Erst am Dienstagmorgen um 9.31 Uhr war das Kraftwerk wieder am Netz.

Alle acht Notstromaggregate seien ordnungsgemäß angesprungen, sechs davon seien gebraucht worden, so die IAEA. Die Reaktoren befinden sich seit 2025 im kalten Abschaltzustand. Der Dieselvorrat reiche für etwa zwölf Tage.

„Jeder dieser Vorfälle erinnert daran, wie dünn die Sicherheitsreserven geworden sind", wird der Leiter des IAEA-Expertenteams vor Ort, Tomasz Wierzbicki, in der Mitteilung zitiert. Es handle sich bereits um den neunten vollständigen Ausfall der externen Stromversorgung seit Jahresbeginn.

Die Strahlenwerte am Standort und in der benachbarten Stadt Werchnjosulsk seien durchgehend normal gewesen, betonte die UN-Behörde. Warum die Leitung abschaltete, ist noch unklar.
""",
"03_es.txt": """La central nuclear ucraniana de Verjniosulska pasa casi diez horas sin suministro eléctrico externo
El País
11 de mayo de 2027 - 18:22 CEST

La central nuclear de Verjniosulska, en Ucrania, perdió durante casi diez horas toda conexión con la red eléctrica en la noche del lunes al martes y tuvo que recurrir a sus generadores diésel de emergencia para mantener la refrigeración de los reactores, según ha informado este martes el Organismo Internacional de Energía Atómica (OIEA) en un comunicado publicado en su web.

La última línea de 750 kilovoltios que seguía operativa se desconectó a las 23.52 del lunes, hora local, y la línea de reserva de 330 kilovoltios está fuera de servicio desde finales de abril, precisó el organismo con sede en Viena. El suministro se restableció a las 9.31 del martes.

Los ocho generadores diésel de la planta arrancaron correctamente y seis de ellos bastaron para alimentar las bombas de refrigeración de los cuatro reactores, en parada fría desde 2025. El combustible almacenado alcanza para unos 12 días, detalla el comunicado.

Se trata de la novena pérdida total de suministro externo en lo que va de año. "Cada uno de estos episodios recuerda lo estrechos que se han vuelto los márgenes de seguridad", afirma en la nota Tomasz Wierzbicki, jefe del equipo de expertos del OIEA destacado en la central.

Los niveles de radiación se mantuvieron dentro de la normalidad, tanto en la planta como en la ciudad vecina de Verjniosulsk, según el OIEA, que todavía desconoce la causa de la desconexión.
""",
"04_pt.txt": """Central nuclear ucraniana esteve quase dez horas dependente de geradores a gasóleo
Público
12 de Maio de 2027, 8:15

A central nuclear ucraniana de Verkhniosulska esteve quase dez horas totalmente desligada da rede eléctrica entre segunda e terça-feira, tendo a refrigeração dos seus quatro reactores ficado dependente de geradores de emergência a gasóleo, noticiou a agência de notícias Reuters, citando um comunicado da Agência Internacional de Energia Atómica (AIEA).

Segundo a Reuters, a última linha de 750 quilovolts ainda operacional desligou-se às 23h52 (hora local) de segunda-feira e a linha de reserva, de 330 quilovolts, está fora de serviço desde o fim de Abril. A ligação à rede só foi restabelecida às 9h31 de terça-feira.

Os oito geradores de emergência arrancaram como previsto e seis foram suficientes para alimentar as bombas de refrigeração dos reactores, parados desde 2025, acrescenta a agência britânica. Há combustível para cerca de 12 dias.

"Esta é a nona perda total de alimentação externa na central desde o início do ano", afirmou Tomasz Wierzbicki, chefe da equipa de peritos da AIEA no local, citado pela Reuters.

Os níveis de radiação mantiveram-se normais durante todo o incidente, e a causa do corte ainda não é conhecida. A AIEA mantém uma equipa permanente na central desde 2023.
""",
}, [("International Atomic Energy Agency", False)],
[("International Atomic Energy Agency", "00_en.txt"), ("International Atomic Energy Agency", "01_uk.txt"),
 ("International Atomic Energy Agency", "02_de.txt"), ("International Atomic Energy Agency", "03_es.txt"),
 ("Reuters", "04_pt.txt")],
[("The Verkhniosulska nuclear plant lost all off-site power for nearly ten hours and relied on emergency diesel generators to cool its reactors.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_es.txt", "04_pt.txt"], 1),
 ("It was the ninth complete loss of off-site power at the plant since the start of the year.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_es.txt", "04_pt.txt"], 1),
 ("Radiation levels at the plant and in the nearby town stayed normal during the outage.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_es.txt", "04_pt.txt"], 1)])

# n02: in-corpus scoop by Le Monde (three anonymous ASNR inspectors + internal note seen by the
# paper; the regulator's reply to Le Monde is part of its report) relayed by de, uk, es. The
# Spanish relay is El Mundo, which credits Le Monde ("el diario francés Le Monde", "el rotativo").
story("n02_lemonde_reactor_cracks", "scoop", {
"00_fr.txt": """Nucléaire : des fissures sur le réacteur 2 de Saint-Aurèle déclarées avec cinq mois de retard
Le Monde
Publié le 2 juin 2027 à 06h00

Des fissures ont été découvertes à l'automne 2026 sur plusieurs soudures du circuit d'injection de sécurité du réacteur n° 2 de la centrale nucléaire de Saint-Aurèle-sur-Loire, mais l'exploitant ne les a déclarées à l'Autorité de sûreté nucléaire et de radioprotection (ASNR) qu'en février 2027, soit près de cinq mois plus tard. C'est ce qu'ont raconté au Monde trois inspecteurs de l'ASNR, qui ont requis l'anonymat.

Selon une note interne de quatorze pages, datée du 3 mars et que Le Monde a pu consulter, les contrôles par ultrasons réalisés lors de la visite décennale du réacteur, en septembre 2026, ont mis en évidence onze indications de fissuration, dont la plus profonde atteint 4,2 millimètres sur une paroi de 27 millimètres. Le réacteur a pourtant redémarré le 19 octobre.

« On a appris l'existence de ces défauts en lisant un rapport de fin d'arrêt, pas par une déclaration d'événement. C'est exactement l'inverse de ce que prévoit la réglementation », résume l'un des inspecteurs. Un autre évoque « un problème de culture de sûreté, pas seulement de métallurgie ».

La note recommande de mettre le réacteur à l'arrêt avant la fin de l'été pour remplacer les tronçons de tuyauterie concernés, une opération estimée à 38 millions d'euros. Sollicitée par Le Monde, l'ASNR indique que « l'instruction du dossier est en cours » et qu'« aucune décision n'a encore été prise ». L'exploitant n'a pas répondu à nos questions.

Le phénomène de corrosion sous contrainte avait déjà conduit, en 2022, à l'arrêt prolongé de nombreux réacteurs du parc français, et l'autorité avait alors exigé des exploitants une transparence accrue sur les contrôles.
""",
"01_de.txt": """Risse im Reaktor – Frankreichs Atomaufsicht erfuhr erst Monate später davon
Süddeutsche Zeitung
2. Juni 2027, 11:32 Uhr

Im französischen Atomkraftwerk Saint-Aurèle-sur-Loire sind an Schweißnähten des Sicherheitseinspeisesystems von Reaktor 2 Risse entdeckt worden – gemeldet wurden sie der Atomaufsicht aber erst knapp fünf Monate später. Das berichtet die Pariser Tageszeitung Le Monde unter Berufung auf drei Inspektoren der Aufsichtsbehörde ASNR, die anonym bleiben wollten.

Nach Angaben der Zeitung ergaben Ultraschallprüfungen bei der Zehnjahresrevision im September 2026 elf Rissanzeigen; die tiefste reicht 4,2 Millimeter in die 27 Millimeter dicke Rohrwand. Der Reaktor ging dennoch am 19. Oktober wieder ans Netz. Die ASNR sei erst im Februar 2027 förmlich informiert worden.

Wie das Blatt weiter schreibt, empfiehlt eine interne Notiz der Behörde, den Reaktor noch vor Ende des Sommers herunterzufahren und die betroffenen Rohrabschnitte auszutauschen. Die Kosten werden auf 38 Millionen Euro geschätzt. „Das ist ein Problem der Sicherheitskultur, nicht nur der Metallurgie", zitiert Le Monde einen der Inspektoren.

Die ASNR erklärte gegenüber der Zeitung lediglich, die Prüfung des Falls laufe noch. Der Betreiber äußerte sich nicht.

Frankreich hatte 2022 wegen Spannungsrisskorrosion zeitweise zahlreiche Reaktoren vom Netz nehmen müssen. Die Atomkraft deckt dort rund zwei Drittel des Strombedarfs.
""",
"02_uk.txt": """У Франції про тріщини в реакторі АЕС повідомили регулятору лише через п'ять місяців — Le Monde
Європейська правда
02.06.2027 13:10

На французькій атомній електростанції Сент-Орель-сюр-Луар ще восени 2026 року виявили тріщини у зварних швах системи аварійного впорскування реактора №2, однак оператор повідомив про них регулятору лише в лютому 2027-го — майже через п'ять місяців. Про це пише французька газета Le Monde з посиланням на трьох інспекторів Управління з ядерної безпеки та радіаційного захисту (ASNR), які побажали залишитися анонімними.

За даними видання, під час ультразвукового контролю у вересні 2026 року виявили одинадцять ознак розтріскування; найглибша тріщина сягає 4,2 мм при товщині стінки 27 мм. Попри це, 19 жовтня реактор знову запустили.

«Ми дізналися про ці дефекти з підсумкового звіту після зупинки, а не з повідомлення про подію», — розповів паризькій газеті один з інспекторів.

Внутрішня записка регулятора, з якою ознайомилися журналісти Le Monde, рекомендує зупинити реактор до кінця літа й замінити пошкоджені ділянки трубопроводу. Це коштуватиме близько 38 млн євро. В ASNR газеті заявили, що розгляд справи триває, оператор станції на запитання не відповів.

Франція отримує з атомних електростанцій близько двох третин своєї електроенергії.
""",
"03_es.txt": """El regulador nuclear francés supo con cinco meses de retraso de las grietas de un reactor
El Mundo
Miércoles, 2 junio 2027 - 16:45

El operador de la central nuclear francesa de Saint-Aurèle-sur-Loire tardó casi cinco meses en comunicar al regulador las grietas halladas en las soldaduras del circuito de inyección de seguridad de su reactor número 2, según revela este miércoles el diario francés Le Monde, que cita a tres inspectores de la Autoridad de Seguridad Nuclear y Radioprotección (ASNR) bajo condición de anonimato.

Los controles por ultrasonidos de la revisión decenal, en septiembre de 2026, detectaron once indicios de fisuras, la más profunda de 4,2 milímetros en una pared de 27. Aun así, el reactor volvió a arrancar el 19 de octubre y la ASNR no fue informada formalmente hasta febrero, añade el rotativo parisino.

Una nota interna del regulador a la que ha tenido acceso Le Monde recomienda parar el reactor antes de que acabe el verano para sustituir los tramos de tubería afectados, con un coste estimado de 38 millones de euros. "Es un problema de cultura de seguridad, no solo de metalurgia", afirma uno de los inspectores citados por el periódico.

La ASNR se limitó a señalar al diario que "la instrucción del expediente sigue en curso". El operador no respondió.

Francia obtiene de la energía nuclear en torno a dos tercios de su electricidad, y sus reactores suministran también a la red española a través de las interconexiones pirenaicas.
""",
}, [("Le Monde", True)],
[("Le Monde", "01_de.txt"), ("Le Monde", "02_uk.txt"), ("Le Monde", "03_es.txt")],
[("Cracks were found in welds of the safety injection circuit of reactor 2 at the Saint-Aurèle-sur-Loire nuclear plant during its ten-year inspection in September 2026.",
  ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], 1),
 ("The operator reported the cracks to the regulator ASNR only about five months later, in February 2027.",
  ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], 1),
 ("An internal ASNR note recommends shutting the reactor before the end of summer to replace the pipes, at an estimated cost of 38 million euros.",
  ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_es.txt"], 1)])

# n03: chain Коммерсантъ (own: two industry sources + a letter to customers seen by "Ъ") -> Reuters
# -> Handelsblatt ("wie die Nachrichtenagentur Reuters ... unter Berufung auf ... „Kommersant"
# berichtete") and Expresso ("avança a agência Reuters, que cita o diário económico russo
# Kommersant"): both get one edge from Reuters.
story("n03_kommersant_uranium_chain", "chain", {
"00_ru.txt": """«Сибизотоп» задержит поставки обогащенного урана в Европу
Коммерсантъ
17.06.2027, 07:02

АО «Сибизотоп», один из крупнейших российских экспортеров услуг по обогащению урана, предупредило европейских клиентов о переносе поставок, запланированных на третий квартал, на срок до четырех месяцев. Как стало известно “Ъ”, причиной стала утечка гексафторида урана в цехе обогащения №4, произошедшая 3 июня. Об этом рассказали два источника в атомной отрасли.

По словам собеседников “Ъ”, утечка произошла при замене клапана на одном из коммуникационных трубопроводов каскада. Двое рабочих получили химические ожоги и были госпитализированы, их состояние оценивается как средней тяжести. Цех остановлен как минимум на шесть недель. Радиационный фон за пределами промплощадки, по словам источников, нормы не превышал.

В письме клиентам, копия которого есть в распоряжении “Ъ”, компания ссылается на «обстоятельства непреодолимой силы» и обещает «приоритизировать выполнение долгосрочных контрактов». Речь идет о поставках общим объемом около 1,2 млн единиц работы разделения (ЕРР).

«Для европейских энергокомпаний это неприятно, но не критично: у большинства есть запасы на 12–18 месяцев»,— говорит один из собеседников “Ъ”. В «Сибизотопе» от комментариев отказались.

Европейские покупатели с 2022 года постепенно сокращают закупки российского обогащенного урана, однако полностью отказаться от них до конца десятилетия, по оценкам отраслевых аналитиков, не удастся.
""",
"01_en.txt": """Russia's Sibizotop to delay enriched uranium deliveries after leak - Kommersant
Reuters
June 17, 2027 10:48 AM GMT

MOSCOW, June 17 (Reuters) - Russian uranium enrichment company Sibizotop has told European customers that deliveries due in the third quarter will be delayed by up to four months after a uranium hexafluoride leak at one of its plants, the Kommersant business daily reported on Thursday.

The leak occurred on June 3 in the company's enrichment workshop No. 4 while a valve was being replaced, Kommersant said, citing two sources in the nuclear industry. Two workers suffered chemical burns and were taken to hospital, and the workshop will stay shut for at least six weeks, according to the newspaper.

In a letter to customers seen by Kommersant, Sibizotop cited force majeure and said it would give priority to long-term contracts, the paper reported. The delayed volumes total around 1.2 million separative work units (SWU), it said.

"For European utilities this is unpleasant but not critical: most of them have 12 to 18 months of inventory," Kommersant quoted one of its sources as saying.

Sibizotop did not immediately respond to a Reuters request for comment. Reuters could not independently verify the report.

European utilities have been cutting purchases of Russian enrichment services since 2022, but remain partly dependent on them for fuel for older reactor designs.
""",
"02_de.txt": """Uranleck in Russland: Sibisotop verschiebt Lieferungen an europäische Versorger
Handelsblatt
17.06.2027 - 14:20 Uhr

Der russische Urananreicherer Sibisotop verschiebt Lieferungen an europäische Energieversorger um bis zu vier Monate. Grund sei ein Austritt von Uranhexafluorid in der Anreicherungshalle Nummer 4 am 3. Juni, wie die Nachrichtenagentur Reuters am Donnerstag unter Berufung auf die Moskauer Wirtschaftszeitung „Kommersant" berichtete.

Bei dem Zwischenfall, der sich beim Austausch eines Ventils ereignete, erlitten demnach zwei Arbeiter Verätzungen und kamen ins Krankenhaus. Die Halle bleibe mindestens sechs Wochen geschlossen.

In einem Schreiben an die Kunden berufe sich Sibisotop auf höhere Gewalt und wolle langfristige Verträge vorrangig bedienen, hieß es in dem Bericht. Betroffen seien rund 1,2 Millionen Trennarbeitseinheiten. Ein Sprecher des Unternehmens war für die Agentur zunächst nicht zu erreichen.

Für die europäischen Kraftwerksbetreiber kommt die Verzögerung zur Unzeit: Die Preise für Anreicherungsdienstleistungen liegen ohnehin auf hohem Niveau. Die meisten Betreiber verfügen allerdings über Vorräte für ein bis anderthalb Jahre, wie eine der von „Kommersant" zitierten Quellen sagte.

Seit 2022 versuchen europäische Versorger, ihre Abhängigkeit von russischem angereicherten Uran zu verringern. Vollständig gelungen ist das bislang nicht.
""",
"03_pt.txt": """Fuga de urânio na Rússia atrasa entregas de combustível nuclear à Europa
Expresso
17 junho 2027 19:05

A empresa russa de enriquecimento de urânio Sibizotop vai atrasar até quatro meses as entregas previstas para o terceiro trimestre a clientes europeus, avança a agência Reuters, que cita o diário económico russo Kommersant.

Na origem do atraso está uma fuga de hexafluoreto de urânio ocorrida a 3 de junho numa oficina de enriquecimento da empresa, durante a substituição de uma válvula. Dois trabalhadores sofreram queimaduras químicas e foram hospitalizados, e a unidade ficará parada pelo menos seis semanas, segundo a agência.

Numa carta enviada aos clientes, a Sibizotop invoca "força maior" e promete dar prioridade aos contratos de longo prazo. Estão em causa cerca de 1,2 milhões de unidades de trabalho de separação, um volume que, de acordo com a Reuters, a empresa russa não quis comentar.

Portugal não tem centrais nucleares, mas a eletricidade de origem nuclear produzida em Espanha e em França entra regularmente na rede ibérica. As empresas europeias do setor têm vindo a reduzir desde 2022 a dependência do enriquecimento russo, sem até agora conseguirem dispensá-lo por completo.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("Reuters", "02_de.txt"), ("Reuters", "03_pt.txt")],
[("A uranium hexafluoride leak at Sibizotop's enrichment workshop on June 3 injured two workers and shut the workshop for at least six weeks.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 ("Sibizotop told European customers that third-quarter deliveries would be delayed by up to four months, citing force majeure.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1)])

# n04: in-corpus own report by Público (reporter on site, a technician's measurement, a parish
# president and the APA's reply to Público); 01_es is an uncredited close Spanish translation
# published the next morning, WITHOUT outlet line, that turns "o PÚBLICO" into "este diario":
# edge from Público. 02_fr credits Público ("révèle le quotidien portugais Público").
story("n04_publico_waste_drums", "translation", {
"00_pt.txt": """Bidões com resíduos radioactivos abandonados em armazém sem guarda na Beira Alta
Público
13 de Maio de 2027, 7:00

Trinta e sete bidões com lamas radioactivas provenientes do tratamento de minério de urânio estão há pelo menos três anos num armazém abandonado, sem vedação nem vigilância, a menos de 400 metros das primeiras casas de Cerdeirinha do Mondego, no distrito da Guarda. O PÚBLICO esteve no local na terça-feira e encontrou a porta lateral do edifício arrombada.

O armazém pertencia à Empresa Mineira da Serra Velha, que explorou urânio na zona até 1991 e foi dissolvida em 2009. Os bidões, de 200 litros, têm a tinta descascada e pelo menos quatro apresentam sinais de corrosão na base. Um técnico de protecção radiológica que acompanhou o PÚBLICO mediu 14 microsieverts por hora junto à porta — cerca de 70 vezes o fundo natural da região.

"Os miúdos vinham para aqui jogar à bola. Ninguém nos disse que aquilo era perigoso", disse ao PÚBLICO Armando Queirós, presidente da junta de freguesia, que afirma ter alertado a câmara municipal por escrito em 2024 sem obter resposta.

Contactada pelo PÚBLICO, a Agência Portuguesa do Ambiente (APA) disse desconhecer a existência dos bidões e garantiu que enviará uma equipa ao local "nos próximos dias". A câmara municipal não respondeu até ao fecho desta edição.

Portugal encerrou a última mina de urânio em 2001 e tem em curso, há quase duas décadas, um programa de recuperação ambiental de antigas áreas mineiras, que ainda não chegou a Cerdeirinha.
""",
"01_es.txt": """Hallan 37 bidones con residuos radiactivos en un almacén sin vigilancia en Portugal
14/05/2027 06:30

Treinta y siete bidones con lodos radiactivos procedentes del tratamiento de mineral de uranio llevan al menos tres años en un almacén abandonado, sin valla ni vigilancia, a menos de 400 metros de las primeras casas de Cerdeirinha do Mondego, en el distrito portugués de Guarda. Este diario estuvo en el lugar el martes y encontró forzada la puerta lateral del edificio.

El almacén pertenecía a la Empresa Mineira da Serra Velha, que explotó uranio en la zona hasta 1991 y fue disuelta en 2009. Los bidones, de 200 litros, tienen la pintura desconchada y al menos cuatro presentan signos de corrosión en la base. Un técnico de protección radiológica que acompañó a este periódico midió 14 microsieverts por hora junto a la puerta, unas 70 veces el fondo natural de la zona.

"Los chavales venían aquí a jugar al fútbol. Nadie nos dijo que aquello era peligroso", dijo a este diario Armando Queirós, presidente de la junta de freguesia, que asegura haber alertado por escrito al ayuntamiento en 2024 sin obtener respuesta.

Consultada por este medio, la Agencia Portuguesa del Medio Ambiente (APA) dijo desconocer la existencia de los bidones y aseguró que enviará un equipo al lugar "en los próximos días". El ayuntamiento no respondió.

Portugal cerró su última mina de uranio en 2001 y desarrolla desde hace casi dos décadas un programa de recuperación ambiental de antiguas zonas mineras, que todavía no ha llegado a Cerdeirinha.
""",
"02_fr.txt": """Portugal : des fûts de déchets radioactifs abandonnés dans un entrepôt sans surveillance
Le Figaro
Publié le 14/05/2027 à 12:30

Trente-sept fûts contenant des boues radioactives issues du traitement du minerai d'uranium sont entreposés depuis au moins trois ans dans un hangar abandonné du centre du Portugal, sans clôture ni gardiennage, révèle le quotidien portugais Público.

Le hangar, situé à moins de 400 mètres des premières maisons du village de Cerdeirinha do Mondego, appartenait à une compagnie minière dissoute en 2009. Selon le journal, dont un reporter s'est rendu sur place mardi, la porte latérale du bâtiment avait été forcée et au moins quatre fûts présentent des traces de corrosion.

Un technicien en radioprotection qui accompagnait le reporter a relevé 14 microsieverts par heure près de l'entrée, soit environ 70 fois le niveau naturel de la région, rapporte le quotidien lisboète.

« Les gamins venaient jouer au foot ici. Personne ne nous a dit que c'était dangereux », a confié à Público Armando Queirós, le président du conseil de paroisse, qui affirme avoir alerté la mairie par écrit dès 2024.

Interrogée par le journal, l'Agence portugaise de l'environnement (APA) a dit ignorer l'existence de ces fûts et promis d'envoyer une équipe sur place. Le Portugal a fermé sa dernière mine d'uranium en 2001.
""",
}, [("Público", True)],
[("Público", "01_es.txt"), ("Público", "02_fr.txt")],
[("Thirty-seven drums of radioactive uranium-processing sludge have been left in an unguarded, abandoned warehouse near Cerdeirinha do Mondego.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt"], 1),
 ("A radiation protection technician measured 14 microsieverts per hour at the warehouse door, about 70 times natural background.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt"], 1)])

# n05: in-corpus own report by DER SPIEGEL (internal inspection report + an anonymous employee);
# DW relays Spiegel AND adds its own confirmation from BASE ("confirmed to DW"): edge from Der
# Spiegel + DW is an in-corpus origin itself. ru (Медуза) and fr (Libération) relay Spiegel only.
story("n05_spiegel_castor_confirmation", "confirmation", {
"00_de.txt": """Zwischenlager Grävenwerth: Dichtungsfehler an Castor-Behälter erst nach Wochen gemeldet
DER SPIEGEL
09.07.2027, 18.00 Uhr

Im Zwischenlager Grävenwerth hat ein Castor-Behälter mit hoch radioaktiven Abfällen einen Fehler an seinem Deckeldichtsystem gezeigt – und der Betreiber hat die Aufsicht offenbar erst sechs Wochen später informiert. Das geht aus einem internen Prüfbericht der Betreibergesellschaft Nordbund Zwischenlager GmbH hervor, der dem SPIEGEL vorliegt.

Demnach schlug das Drucküberwachungssystem zwischen Primär- und Sekundärdeckel des Behälters mit der Stellplatznummer 17 am 21. Mai Alarm. Der Druck im Sperrraum sei binnen 48 Stunden um 0,6 bar gefallen, heißt es in dem Bericht. Das deutet auf eine undichte Stelle an der Primärdeckeldichtung hin. Radioaktivität sei nicht ausgetreten, die Dosisleistung am Zaun des Lagers habe unverändert im Normalbereich gelegen.

Gemeldet wurde der Vorfall dem zuständigen Landesministerium jedoch erst am 2. Juli. „Man hat gehofft, dass es ein Sensorfehler ist, und erst mal abgewartet", sagt ein Mitarbeiter des Lagers, der anonym bleiben möchte. Intern sei das Thema „kleingeredet" worden.

Ein Sprecher der Nordbund Zwischenlager GmbH erklärte auf SPIEGEL-Anfrage, man habe „alle Meldefristen eingehalten", da zunächst eine Fehlfunktion der Messtechnik habe ausgeschlossen werden müssen. Der Behälter soll nun einen zusätzlichen, verschweißten Fügedeckel erhalten.

In Grävenwerth stehen 92 Castor-Behälter. Die Genehmigung des Lagers läuft 2046 aus – ein Endlager wird bis dahin voraussichtlich nicht zur Verfügung stehen.
""",
"01_en.txt": """Germany: Nuclear waste cask at Grävenwerth storage site had lid seal fault
DW
Sat, 10 Jul 2027 09:15:00 +0000

A Castor cask holding highly radioactive waste at the Grävenwerth interim storage facility in northern Germany developed a fault in its lid sealing system in May, news magazine Der Spiegel reported on Friday, citing an internal inspection report by the site's operator.

According to Spiegel, the pressure monitoring system between the cask's primary and secondary lids raised an alarm on May 21 after pressure in the gap between them fell by 0.6 bar within 48 hours, a sign of a leak in the primary lid seal. No radioactivity escaped, the magazine said.

A spokesperson for Germany's Federal Office for the Safety of Nuclear Waste Management (BASE) confirmed to DW on Friday evening that the office had been informed of "a deviation in the lid monitoring system of one cask" at Grävenwerth. "Based on the information available to us, there is no danger to staff or the population," the spokesperson said, adding that the federal office was in close contact with the state supervisory authority.

The cask is to be fitted with an additional welded lid, according to the Spiegel report.

Germany switched off its last nuclear reactors in April 2023, but its highly radioactive waste will remain in interim storage sites such as Grävenwerth for decades, as the search for a final repository is not expected to be completed before the 2040s.
""",
"02_ru.txt": """В Германии у контейнера с ядерными отходами нашли неисправность. Надзор узнал о ней через шесть недель
Медуза
10 июля 2027

На промежуточном хранилище радиоактивных отходов Гревенверт на севере Германии у одного из контейнеров CASTOR с высокоактивными отходами выявили неисправность системы уплотнения крышки. Как пишет немецкий журнал Der Spiegel со ссылкой на внутренний отчет компании-оператора, надзорные органы узнали об этом лишь спустя шесть недель.

По данным издания, 21 мая система контроля давления между первичной и вторичной крышками контейнера подала сигнал тревоги: давление за 48 часов упало на 0,6 бара. Это указывает на негерметичность уплотнения первичной крышки. Выброса радиоактивности не было, отмечает журнал.

Земельное министерство, которое надзирает за хранилищем, получило уведомление только 2 июля. Один из сотрудников хранилища, пожелавший остаться неизвестным, рассказал Spiegel, что в компании «надеялись, что это ошибка датчика, и решили подождать». Оператор — компания Nordbund Zwischenlager — в ответ на запрос журнала заявил, что соблюдал все сроки.

Германия остановила последние атомные реакторы в апреле 2023 года, однако окончательного хранилища для высокоактивных отходов в стране до сих пор нет.
""",
"03_fr.txt": """Allemagne : un conteneur de déchets nucléaires défaillant signalé avec six semaines de retard
Libération
10 juillet 2027 à 15h02

Un défaut d'étanchéité a été détecté fin mai sur le couvercle d'un conteneur Castor de déchets hautement radioactifs entreposé sur le site d'entreposage intermédiaire de Grävenwerth, dans le nord de l'Allemagne, mais l'exploitant n'en a informé les autorités que six semaines plus tard, selon l'hebdomadaire allemand Der Spiegel, qui s'appuie sur un rapport d'inspection interne.

D'après le magazine, le système de surveillance de la pression entre les deux couvercles du conteneur s'est déclenché le 21 mai, après une chute de 0,6 bar en 48 heures. Aucune fuite radioactive n'a été mesurée à l'extérieur, précise Der Spiegel.

Le ministère régional chargé de la surveillance n'a été prévenu que le 2 juillet. « On espérait qu'il s'agissait d'une erreur de capteur », confie au Spiegel un employé du site sous couvert d'anonymat. L'exploitant, Nordbund Zwischenlager, assure avoir respecté tous les délais de déclaration. Le conteneur doit être équipé d'un couvercle supplémentaire soudé.

L'Allemagne a arrêté ses derniers réacteurs en avril 2023 mais ne dispose toujours pas de site de stockage définitif pour ses déchets les plus dangereux.
""",
}, [("DER SPIEGEL", True), ("DW", True)],
[("DER SPIEGEL", "01_en.txt"), ("DER SPIEGEL", "02_ru.txt"), ("DER SPIEGEL", "03_fr.txt")],
[("A Castor cask at the Grävenwerth interim storage facility showed a fault in its lid seal monitoring system, with no radioactivity released.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_fr.txt"], 2),
 ("The operator informed the state supervisory authority only about six weeks later, on July 2.",
  ["00_de.txt", "02_ru.txt", "03_fr.txt"], 1)])

# n06: two independent in-corpus reports of one fire: EFE (on the spot, plant spokesperson, villagers)
# and El País (two anonymous CSN sources + an inspection record seen by the paper). Lusa relays EFE;
# The Guardian credits both (two edges).
story("n06_spain_turbine_fire_two_reports", "independent", {
"00_es.txt": """Un incendio en el edificio de turbinas obliga a parar la central nuclear de Peñarrubia del Tajo
EFE
24/07/2027 23:58

Peñarrubia del Tajo (Cáceres), 24 jul (EFE).- Un incendio declarado este sábado por la noche en el edificio de turbinas de la central nuclear de Peñarrubia del Tajo ha provocado la parada automática del reactor, sin que se haya registrado impacto radiológico alguno, según ha podido comprobar EFE en la zona.

El fuego se originó hacia las 21.40 horas en el sistema de aceite de lubricación de la turbina y fue sofocado pasadas las 23.00 horas por la brigada contra incendios de la propia central, con el apoyo de una treintena de bomberos del consorcio provincial que se desplazaron con nueve vehículos.

Un portavoz de la central explicó a EFE que el reactor "se desconectó de forma segura, tal como está previsto en el diseño", y que no hubo heridos entre los 140 trabajadores del turno de noche. "La parte nuclear de la instalación no se ha visto afectada en ningún momento", subrayó.

Vecinos de Peñarrubia consultados por esta agencia relataron que vieron una columna de humo negro desde la plaza del pueblo, a unos cuatro kilómetros de la planta, y que oyeron sirenas durante más de una hora. "Nos hemos llevado un buen susto, pero aquí nadie nos ha dicho nada", lamentó Encarnación Berrocal, de 67 años.

La central, con un único reactor de agua a presión de 1.050 megavatios, está obligada a notificar el suceso al Consejo de Seguridad Nuclear (CSN) en un plazo de 24 horas.
""",
"01_pt.txt": """Incêndio obriga a parar central nuclear espanhola perto da fronteira portuguesa
Lusa
25 de julho de 2027, 09:47

Um incêndio no edifício das turbinas da central nuclear de Peñarrubia del Tajo, na província espanhola de Cáceres, provocou no sábado à noite a paragem automática do reator, sem impacto radiológico, noticiou a agência espanhola EFE.

Segundo a EFE, o fogo começou cerca das 21:40 no sistema de óleo de lubrificação da turbina e foi extinto pouco depois das 23:00 pela brigada de incêndios da central, com o apoio de cerca de 30 bombeiros do consórcio provincial.

Um porta-voz da central disse à agência espanhola que o reator "se desligou de forma segura" e que não houve feridos entre os 140 trabalhadores do turno da noite.

Moradores de Peñarrubia, a cerca de quatro quilómetros da central, relataram à EFE ter visto uma coluna de fumo negro e ouvido sirenes durante mais de uma hora.

A central é refrigerada com água do rio Tejo, que depois atravessa território português. A proximidade das centrais espanholas à fronteira tem sido motivo de preocupação recorrente em Portugal, que não produz energia nuclear.
""",
"02_es.txt": """El regulador nuclear ya había detectado fallos en los detectores de incendios de la central de Peñarrubia
El País
25 jul 2027 - 10:30 CEST

El Consejo de Seguridad Nuclear (CSN) había detectado el pasado mes de marzo deficiencias en el sistema de detección de incendios del edificio de turbinas de la central nuclear de Peñarrubia del Tajo (Cáceres), el mismo edificio en el que el sábado por la noche se declaró el fuego que obligó a parar el reactor. Así lo aseguran a EL PAÍS dos fuentes del organismo regulador, que piden no ser identificadas.

Según estas fuentes, el incendio comenzó en el circuito de aceite de lubricación de la turbina y tardó en ser detectado "varios minutos más de lo razonable" porque dos de los sensores de la zona seguían pendientes de sustitución. El reactor se detuvo automáticamente y no hubo liberación de radiactividad.

El acta de la inspección de marzo, que ha consultado este periódico, recogía "cinco desviaciones" en la protección contra incendios y daba a la empresa titular un plazo de seis meses para corregirlas. "No estaban obligados a tenerlo resuelto todavía, pero es justo la zona donde ha empezado el fuego", resume uno de los técnicos.

Las mismas fuentes prevén que el suceso se clasifique como nivel 0 en la Escala Internacional de Sucesos Nucleares (INES), es decir, sin significación para la seguridad. La empresa propietaria de la planta declinó hacer comentarios sobre la inspección.

España tiene previsto cerrar progresivamente sus centrales nucleares antes de 2035, un calendario que el sector lleva meses pidiendo revisar.
""",
"03_en.txt": """Fire forces shutdown of Spanish nuclear reactor
The Guardian
Sun 25 Jul 2027 14.20 BST

A fire in the turbine hall of the Peñarrubia del Tajo nuclear power station in western Spain forced the plant's only reactor to shut down automatically on Saturday night, according to the Spanish news agency EFE and the newspaper El País.

There was no release of radioactivity and no one was hurt, a spokesperson for the plant told EFE, stressing that "the nuclear part of the installation was not affected at any time".

El País reported on Sunday, citing two sources at Spain's nuclear regulator, the Consejo de Seguridad Nuclear (CSN), that inspectors had found shortcomings in the fire detection system of the same building during an inspection in March. Two sensors in the area where the blaze broke out were still awaiting replacement, and the fire was detected "several minutes later than reasonable", the paper said.

The owner of the plant declined to comment on the inspection, according to El País.

The incident comes as Spain debates its plan to phase out nuclear power by 2035. Supporters of the industry argue that the remaining plants are needed to keep the grid stable as the share of solar and wind power grows, while environmental groups say incidents like Saturday's show the ageing fleet should close as planned.
""",
}, [("EFE", True), ("El País", True)],
[("EFE", "01_pt.txt"), ("EFE", "03_en.txt"), ("El País", "03_en.txt")],
[("A fire in the turbine building forced an automatic shutdown of the reactor at the Peñarrubia del Tajo nuclear plant, with no radiological impact.",
  ["00_es.txt", "01_pt.txt", "02_es.txt", "03_en.txt"], 2),
 ("About thirty firefighters from the provincial consortium helped the plant's own brigade put out the fire shortly after 23:00.",
  ["00_es.txt", "01_pt.txt"], 1)])

# n07: outside agency Interfax (its anonymous industry source + the plant press service speaking to
# it) relayed 4x: ru "сообщает «Интерфакс» со ссылкой на источник в отрасли" + "по данным
# «Интерфакса»"; uk "повідомляє російське агентство «Інтерфакс»" + "Співрозмовник «Інтерфаксу»";
# en "the Interfax news agency reported"; de (no date line) "meldete ... Interfax unter Berufung auf".
story("n07_interfax_steam_generator", "agency", {
"00_ru.txt": """На Северогорской АЭС остановили энергоблок из-за течи в парогенераторе
РБК
04.08.2027, 12:31

Энергоблок №3 Северогорской атомной электростанции отключен от сети в среду утром из-за течи в одном из парогенераторов. Об этом сообщает «Интерфакс» со ссылкой на источник в отрасли.

По словам собеседника агентства, течь из первого контура во второй обнаружили около 05:20 по показаниям системы радиационного контроля пара. Реактор переведен в холодное состояние в плановом режиме, персонал действовал в соответствии с инструкциями. «Расход небольшой, около восьми литров в час, но по регламенту блок обязаны остановить»,— уточнил источник.

В пресс-службе станции агентству подтвердили остановку блока «для устранения неисправности оборудования» и заявили, что радиационный фон на площадке и в городе-спутнике Северогорске соответствует норме. Официальные сроки ремонта не называются; по данным «Интерфакса», он может занять от трех до пяти недель.

Северогорская АЭС с четырьмя энергоблоками с реакторами ВВЭР — один из крупнейших источников электроэнергии на северо-западе России. Третий блок был введен в эксплуатацию в 1982 году, в 2019-м срок его службы продлили.
""",
"01_uk.txt": """У Росії зупинили енергоблок АЕС через протікання в парогенераторі — ЗМІ
Українська правда
Середа, 4 серпня 2027, 14:05

На Сєвєрогорській АЕС у Росії в середу вранці зупинили третій енергоблок через протікання в парогенераторі. Про це повідомляє російське агентство «Інтерфакс» з посиланням на джерело в галузі.

Як зазначає агентство, протікання з першого контуру в другий виявили близько 05:20. Співрозмовник «Інтерфаксу» стверджує, що витік становить близько восьми літрів на годину, але за регламентом блок мають зупинити.

У пресслужбі станції агентству підтвердили зупинку блока «для усунення несправності обладнання» й запевнили, що радіаційний фон на майданчику та в місті-супутнику в нормі. Ремонт, за інформацією «Інтерфаксу», може тривати від трьох до п'яти тижнів.

Третій енергоблок Сєвєрогорської АЕС працює з 1982 року, термін його експлуатації продовжили у 2019-му. Атомні станції забезпечують близько п'ятої частини виробництва електроенергії в Росії.

Протікання в парогенераторах належать до найпоширеніших несправностей на станціях із реакторами ВВЕР. Зазвичай вони не становлять загрози за межами майданчика, однак потребують тривалого ремонту й ретельної перевірки труб теплообмінника.
""",
"02_en.txt": """Reactor at Russia's Severogorsk nuclear plant shut down after steam generator leak - Interfax
The Moscow Times
Aug. 4, 2027

A reactor at the Severogorsk nuclear power plant in northwestern Russia was taken offline on Wednesday morning after a leak was found in one of its steam generators, the Interfax news agency reported, citing an unnamed industry source.

The leak from the primary to the secondary coolant circuit was detected at around 5:20 a.m., the agency said. "The flow is small, about eight liters an hour, but the regulations require the unit to be shut down," the source told Interfax.

The plant's press service confirmed to the agency that unit No. 3 had been stopped "to repair an equipment fault" and said radiation levels at the site and in the nearby town of Severogorsk were normal.

Repairs could take three to five weeks, Interfax reported.

Unit No. 3, which entered service in 1982, had its operating license extended in 2019. Russia relies on nuclear power for roughly a fifth of its electricity, and several of its older Soviet-era units have had their service lives extended well beyond their original 30-year design life in recent years.
""",
"03_de.txt": """Leck im Dampferzeuger: Russisches AKW nimmt Reaktorblock vom Netz
Der Standard

Im russischen Atomkraftwerk Sewerogorsk ist am Mittwoch ein Reaktorblock wegen eines Lecks in einem Dampferzeuger abgeschaltet worden. Das meldete die russische Nachrichtenagentur Interfax unter Berufung auf eine Quelle in der Branche.

Laut Interfax wurde das Leck zwischen Primär- und Sekundärkreislauf gegen 5.20 Uhr Ortszeit entdeckt. Der Durchfluss sei mit rund acht Litern pro Stunde gering, nach den Vorschriften müsse der Block aber heruntergefahren werden, zitierte die Agentur ihren Informanten.

Die Pressestelle des Kraftwerks bestätigte der Agentur den Stillstand von Block 3 „zur Behebung einer Störung an der Ausrüstung" und versicherte, die Strahlung am Standort und in der nahen Stadt Sewerogorsk liege im Normalbereich.

Block 3 ist seit 1982 in Betrieb; seine Laufzeit wurde 2019 verlängert. Umweltschützer kritisieren seit Jahren, dass Russland zahlreiche Reaktoren sowjetischer Bauart weit über die ursprünglich vorgesehenen 30 Jahre hinaus betreibt.
""",
}, [("Interfax", False)],
[("Interfax", "00_ru.txt"), ("Interfax", "01_uk.txt"), ("Interfax", "02_en.txt"), ("Interfax", "03_de.txt")],
[("Unit 3 of the Severogorsk nuclear plant was shut down after a leak was found in a steam generator.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("The plant's press service said radiation levels at the site and in the nearby town were normal.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("Repairs could take three to five weeks.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt"], 1)])

# n08: a person's own social-media post (the CEO's LinkedIn post) taken directly 4x; pt article
# has neither outlet nor date line.
story("n08_linkedin_uranium_output_cut", "social_post", {
"00_ru.txt": """«Дала Уран» сократит добычу урана на 18% из-за нехватки серной кислоты
Forbes Kazakhstan
08.09.2027

Казахстанская уранодобывающая компания «Дала Уран» снизит производство в 2027 году примерно на 18% — до 4,1 тыс. тонн. Об этом генеральный директор компании Айгерим Жаксыбекова написала в своем посте в LinkedIn.

Причиной она назвала дефицит серной кислоты, которая используется при подземном скважинном выщелачивании, а также задержки с вводом двух новых участков на месторождении Южный Аккум. «Мы получили лишь 71% объемов кислоты, законтрактованных на год. Делать вид, что это не отразится на производстве, было бы нечестно по отношению к нашим партнерам»,— отметила Жаксыбекова.

По ее словам, компания в первую очередь выполнит обязательства по долгосрочным контрактам, а продажи на спотовом рынке приостанавливаются до конца года. Прежний план предусматривал добычу 5 тыс. тонн.

Глава «Дала Уран» также пообещала, что второй сернокислотный завод компании, строительство которого началось в прошлом году, выйдет на проектную мощность в первом полугодии 2028 года.

Казахстан обеспечивает около 40% мировой добычи урана, поэтому любые корректировки планов местных производителей внимательно отслеживают энергокомпании по всему миру.
""",
"01_uk.txt": """Казахстанська «Дала Уран» скорочує видобуток урану на 18%
Економічна правда
8 вересня 2027, 15:40

Казахстанська компанія «Дала Уран» скоротить видобуток урану у 2027 році приблизно на 18%, до 4,1 тис. тонн. Про це написала у своєму дописі в LinkedIn генеральна директорка компанії Айгерім Жаксибекова.

За її словами, причиною стали нестача сірчаної кислоти, яку використовують для підземного вилуговування, та затримки із введенням двох нових ділянок родовища Південний Аккум. Компанія отримала лише 71% кислоти, законтрактованої на рік.

«Вдавати, ніби це не позначиться на виробництві, було б нечесно щодо наших партнерів», — наголосила Жаксибекова.

Раніше компанія планувала видобути 5 тис. тонн урану. Очільниця «Дала Уран» також пообіцяла, що другий сірчанокислотний завод компанії вийде на проєктну потужність у першому півріччі 2028 року.

Казахстан є найбільшим у світі виробником урану, на нього припадає близько 40% світового видобутку. Скорочення пропозиції з боку казахстанських виробників традиційно підштовхує ціни на ринку ядерного палива вгору.
""",
"02_fr.txt": """Uranium : le kazakh Dala Uran réduit sa production de 18 %
Les Echos
8 sept. 2027 à 17:55

Nouvelle tension sur le marché de l'uranium. Le producteur kazakh Dala Uran va réduire sa production de 18 % cette année, à environ 4.100 tonnes, contre 5.000 tonnes prévues initialement, a annoncé mercredi sa directrice générale, Aïgerim Jaksybekova, dans un message publié sur LinkedIn.

En cause, une pénurie d'acide sulfurique, indispensable à la lixiviation in situ, et des retards dans la mise en service de deux nouvelles parcelles du gisement de Iouzhny Akkoum. L'entreprise n'a reçu que 71 % des volumes d'acide contractualisés pour l'année. « Faire comme si cela n'aurait pas d'impact sur la production serait malhonnête vis-à-vis de nos partenaires », écrit la dirigeante.

Les ventes sur le marché spot sont suspendues jusqu'à la fin de l'année, précise-t-elle, le groupe donnant la priorité à ses contrats de long terme.

Le Kazakhstan assure environ 40 % de la production mondiale d'uranium. Les électriciens européens, qui ont sécurisé l'essentiel de leurs besoins par des contrats pluriannuels, devraient être peu touchés à court terme, mais la nouvelle risque d'alimenter la hausse des prix au comptant.
""",
"03_pt.txt": """Mineradora do Cazaquistão corta produção de urânio em 18%

A mineradora cazaque Dala Uran vai reduzir em cerca de 18% sua produção de urânio em 2027, para aproximadamente 4,1 mil toneladas, segundo publicação da diretora-executiva da empresa, Aigerim Zhaksybekova, no LinkedIn nesta quarta-feira (8).

De acordo com a executiva, a empresa recebeu apenas 71% do ácido sulfúrico contratado para o ano, insumo essencial para a lixiviação in situ, técnica usada na extração. Também houve atrasos na entrada em operação de duas novas áreas da jazida de Iujni Akkum.

"Fingir que isso não afetaria a produção seria desonesto com nossos parceiros", escreveu Zhaksybekova. Segundo ela, a companhia vai priorizar os contratos de longo prazo e suspendeu as vendas no mercado à vista (spot) até o fim do ano.

O Cazaquistão responde por cerca de 40% da produção mundial de urânio. O Brasil, que opera duas usinas nucleares em Angra dos Reis, compra parte do combustível no mercado internacional, embora também tenha reservas próprias do minério.
""",
}, [("Aigerim Zhaksybekova", False)],
[("Aigerim Zhaksybekova", "00_ru.txt"), ("Aigerim Zhaksybekova", "01_uk.txt"),
 ("Aigerim Zhaksybekova", "02_fr.txt"), ("Aigerim Zhaksybekova", "03_pt.txt")],
[("Dala Uran will cut its 2027 uranium output by about 18%, to around 4,100 tonnes, because of a sulphuric acid shortage.",
  ["00_ru.txt", "01_uk.txt", "02_fr.txt", "03_pt.txt"], 1),
 ("Dala Uran suspended spot-market sales until the end of the year to prioritise long-term contracts.",
  ["00_ru.txt", "02_fr.txt", "03_pt.txt"], 1)])


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
        for t, al, n in claims:
            for a in al:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 145 (nuclear safety; invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "stories,", sum(len(s["articles"]) for s in out), "articles")

if __name__ == "__main__":
    main()
