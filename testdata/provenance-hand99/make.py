#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand99 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: Variety's own casting scoop (sources close to the production) relayed 3x: pt Folha
# "segundo a revista americana Variety, que cita fontes" + "De acordo com a publicação"; es El Mundo
# "según ha adelantado la revista estadounidense Variety" + "informa el medio especializado";
# ru Кинопоиск (no date line) "Об этом сообщает Variety со ссылкой на источники" + "По данным издания".
story("s01_variety_casting_scoop", "scoop", {
"00_en.txt": """Marina Teodoro to Lead Ines Calloway's Lisbon Thriller 'The Salt Ledger' (Exclusive)
Variety
April 12, 2027 9:40am PT

Brazilian actress Marina Teodoro has been tapped to star in "The Salt Ledger," the first English-language feature from Portuguese director Ines Calloway, Variety has learned.

Teodoro, who broke out internationally with the São Paulo crime series "Avenida Norte," will play a customs inspector in 1970s Lisbon who stumbles on a smuggling ring run out of the city's old salt warehouses. Independent outfit Halberd Pictures is financing the $28 million project, according to two sources close to the production, and cameras are set to roll in Lisbon and Setúbal in September.

Calloway met with more than a dozen actresses before offering the part to Teodoro in March, one of the sources said, after a chemistry read in London with British actor Rupert Danes. Danes is in talks to play the inspector's estranged brother, a former sailor who resurfaces in the city after ten years at sea, though his deal has not closed.

The screenplay is by Calloway and novelist Tomás Reis, loosely adapted from Reis' 2019 novel of the same name, which sold more than 200,000 copies in Portugal. Calloway's previous film, the Portuguese-language drama "Maré Baixa," picked up two festival prizes in 2024 and was sold to more than 30 territories.

"The Salt Ledger" would mark Teodoro's second English-language role after a supporting turn in last year's heist comedy "Four Keys." She is currently shooting the third season of "Avenida Norte" in São Paulo, which wraps in July.

Representatives for Teodoro and Halberd Pictures declined to comment. Teodoro is repped by Castellan Talent and Lisbon-based Atlântida Artists.
""",
"01_pt.txt": """Marina Teodoro vai protagonizar primeiro filme em inglês da portuguesa Ines Calloway
Folha de S.Paulo
12.abr.2027 às 16h10

A atriz paulistana Marina Teodoro foi escolhida para protagonizar "The Salt Ledger", primeiro longa-metragem em língua inglesa da diretora portuguesa Ines Calloway, segundo a revista americana Variety, que cita fontes ligadas à produção.

De acordo com a publicação, Teodoro viverá uma inspetora da alfândega na Lisboa dos anos 1970 que descobre uma rede de contrabando montada nos antigos armazéns de sal da cidade. O filme, com orçamento de US$ 28 milhões, é financiado pela produtora independente Halberd Pictures, e as filmagens devem começar em setembro, em Lisboa e em Setúbal.

Ainda segundo a Variety, o ator britânico Rupert Danes está em negociações para interpretar o irmão da personagem, um ex-marinheiro que reaparece depois de dez anos no mar. O contrato dele ainda não foi fechado.

O roteiro é assinado por Calloway e pelo escritor Tomás Reis, autor do romance homônimo lançado em 2019. O filme anterior da diretora, "Maré Baixa", foi vendido para mais de 30 países.

Aos 34 anos, Teodoro ficou conhecida fora do Brasil com a série policial "Avenida Norte", cuja terceira temporada ela grava atualmente em São Paulo. Este será seu segundo papel em inglês, depois de uma participação na comédia "Four Keys".

Procurada, a assessoria da atriz não respondeu até a publicação deste texto.
""",
"02_es.txt": """La brasileña Marina Teodoro protagonizará el primer filme en inglés de Ines Calloway
El Mundo
12/04/2027 20:15

La actriz brasileña Marina Teodoro será la protagonista de 'The Salt Ledger', la primera película rodada en inglés por la directora portuguesa Ines Calloway, según ha adelantado la revista estadounidense Variety.

Teodoro, conocida por la serie policiaca 'Avenida Norte', dará vida a una inspectora de aduanas en la Lisboa de los años setenta que destapa una red de contrabando escondida en los antiguos almacenes de sal del puerto. La productora independiente Halberd Pictures financia el proyecto, con un presupuesto de 28 millones de dólares, informa el medio especializado, que cita fuentes cercanas al rodaje. Las cámaras echarán a andar en septiembre en Lisboa y Setúbal.

Siempre según Variety, el británico Rupert Danes negocia para interpretar al hermano de la protagonista, un antiguo marinero que regresa a la ciudad tras una década en alta mar, aunque su contrato aún no está cerrado.

El guion, escrito por la propia Calloway junto al novelista Tomás Reis, adapta libremente la novela homónima de este último, un éxito de ventas en Portugal. La anterior película de la cineasta, 'Maré Baixa', se vendió a más de treinta territorios.

Ni los representantes de la actriz ni la productora han querido hacer comentarios.
""",
"03_ru.txt": """Марина Теодоро сыграет главную роль в англоязычном дебюте Инес Кэллоуэй
Кинопоиск

Бразильская актриса Марина Теодоро получила главную роль в триллере «Соляная книга» (The Salt Ledger) — первом англоязычном фильме португальского режиссера Инес Кэллоуэй. Об этом сообщает Variety со ссылкой на источники, близкие к производству.

По данным издания, Теодоро сыграет таможенного инспектора в Лиссабоне 1970-х, которая выходит на след контрабандистов, орудующих на старых соляных складах. Бюджет картины составляет 28 миллионов долларов, финансирует ее независимая компания Halberd Pictures. Съемки должны начаться в сентябре в Лиссабоне и Сетубале.

Как уточняет Variety, британский актер Руперт Дейнс ведет переговоры о роли брата героини — бывшего моряка, который возвращается в город после десяти лет в море. Контракт с ним пока не подписан.

Сценарий Кэллоуэй написала вместе с писателем Томашем Рейшем по мотивам его одноименного романа 2019 года. Предыдущий фильм режиссера, драма «Отлив», был продан более чем в 30 стран.

Теодоро стала известна за пределами Бразилии благодаря криминальному сериалу «Северный проспект». Сейчас актриса снимается в его третьем сезоне в Сан-Паулу.
""",
}, [("Variety", True)],
[("Variety", "01_pt.txt"), ("Variety", "02_es.txt"), ("Variety", "03_ru.txt")],
[("Brazilian actress Marina Teodoro has been cast as the lead of Ines Calloway's English-language film The Salt Ledger.",
  ["00_en.txt", "01_pt.txt", "02_es.txt", "03_ru.txt"], 1),
 ("Filming of The Salt Ledger, financed by Halberd Pictures with a $28 million budget, is set to start in September in Lisbon and Setúbal.",
  ["00_en.txt", "01_pt.txt", "02_es.txt", "03_ru.txt"], 1),
 ("British actor Rupert Danes is in talks to play the protagonist's estranged brother.",
  ["00_en.txt", "01_pt.txt", "02_es.txt", "03_ru.txt"], 1)])

# s02: singer's own Instagram post (outside origin) relayed directly 4x: es El Mundo "Así lo ha
# anunciado la propia artista en un mensaje publicado … en su cuenta de Instagram" + "escribió la
# cantante"; it Corriere "Lo ha annunciato la stessa cantante con un lungo post su Instagram" + "ha
# scritto"; de BILD (no date line) "verkündete die Sängerin … auf Instagram"; pt O Globo "A informação
# foi divulgada pela própria cantora em seu perfil no Instagram" + "Na publicação".
story("s02_singer_instagram_tour", "social_post", {
"00_es.txt": """Alba Cendrero cancela el resto de su gira para operarse de las cuerdas vocales
El Mundo
Martes, 18 mayo 2027 - 09:12

La cantante madrileña Alba Cendrero ha cancelado las catorce fechas que le quedaban de su gira 'Marea alta' por Europa y Latinoamérica para someterse a una operación de un pólipo en las cuerdas vocales. Así lo ha anunciado la propia artista en un mensaje publicado la noche del lunes en su cuenta de Instagram, donde la siguen más de 4,2 millones de personas.

"Me duele en el alma escribir esto. Llevo semanas cantando con dolor y los médicos han sido claros: si no paro ahora, puedo perder la voz que me ha traído hasta aquí", escribió la cantante, de 29 años, junto a una fotografía en blanco y negro tomada en un camerino.

Según explica la artista en el mismo mensaje, la intervención está prevista para principios de junio y deberá guardar después tres meses de reposo vocal absoluto. Las entradas se reembolsarán en el punto de venta en un plazo de 30 días, sin necesidad de que el público haga ningún trámite.

La gira, que arrancó en febrero en Valencia, tenía previstas aún actuaciones en Milán, Roma, Berlín, Hamburgo, Lisboa, São Paulo y Buenos Aires, entre otras ciudades. "Os prometo que volveremos a vernos, y que esos conciertos serán los mejores de mi vida", añadió Cendrero, que cerró el texto con un agradecimiento a su banda y a su equipo técnico.

'Marea alta', su tercer álbum, fue el disco más vendido en España en 2026 y le valió dos nominaciones a los Grammy Latinos.
""",
"01_it.txt": """Alba Cendrero annulla i concerti di Milano e Roma: «Devo operarmi alle corde vocali»
Corriere della Sera
18 maggio 2027

Niente concerti in Italia per Alba Cendrero. La popstar spagnola ha cancellato tutte le quattordici date rimaste del suo tour europeo e latinoamericano, comprese quelle del 4 giugno al Forum di Assago e del 6 giugno a Roma, per sottoporsi a un intervento a un polipo alle corde vocali. Lo ha annunciato la stessa cantante con un lungo post su Instagram pubblicato lunedì sera.

«Mi fa male all'anima scrivere queste righe. Canto con il dolore da settimane e i medici sono stati chiari: se non mi fermo adesso, rischio di perdere la voce», ha scritto l'artista madrilena, 29 anni, accompagnando il messaggio con una foto in bianco e nero scattata dietro le quinte.

L'operazione è prevista all'inizio di giugno e sarà seguita da tre mesi di riposo vocale assoluto, spiega la cantante nel post. I biglietti saranno rimborsati automaticamente nel punto vendita entro 30 giorni.

Il tour «Marea alta», partito a febbraio da Valencia, aveva registrato il tutto esaurito in entrambe le date italiane, per un totale di circa 17 mila spettatori. «Vi prometto che ci rivedremo», ha aggiunto Cendrero, ringraziando la band e la squadra tecnica.
""",
"02_de.txt": """Stimmband-OP! Pop-Star Alba Cendrero sagt alle Konzerte ab
BILD

Schock für ihre Fans: Die spanische Sängerin Alba Cendrero (29) muss sich an den Stimmbändern operieren lassen und hat alle restlichen 14 Konzerte ihrer Tournee abgesagt – auch die Shows in Berlin und Hamburg!

Das verkündete die Sängerin am Montagabend auf Instagram. „Es tut mir in der Seele weh, das zu schreiben. Ich singe seit Wochen mit Schmerzen, und die Ärzte waren deutlich: Wenn ich jetzt nicht aufhöre, kann ich meine Stimme verlieren", schrieb sie zu einem Schwarz-Weiß-Foto aus ihrer Garderobe.

Der Grund: ein Polyp an den Stimmbändern. Die Operation ist für Anfang Juni geplant, danach darf Cendrero drei Monate lang überhaupt nicht singen.

Für die Fans in Deutschland besonders bitter: Das Konzert in der Berliner Max-Schmeling-Halle am 10. Juni war seit Wochen ausverkauft, für Hamburg gab es nur noch Restkarten.

Ihr Album „Marea alta" war 2026 das meistverkaufte Album in Spanien. „Ich verspreche euch, wir sehen uns wieder", schrieb die Sängerin zum Schluss.
""",
"03_pt.txt": """Alba Cendrero cancela shows no Brasil após diagnóstico de pólipo nas cordas vocais
O Globo
18/05/2027 - 10:47

A cantora espanhola Alba Cendrero cancelou as 14 datas restantes da turnê "Marea alta", incluindo o show marcado para 21 de junho em São Paulo, para passar por uma cirurgia nas cordas vocais. A informação foi divulgada pela própria cantora em seu perfil no Instagram na noite desta segunda-feira.

"Dói na alma escrever isto. Estou cantando com dor há semanas e os médicos foram claros: se eu não parar agora, posso perder a voz", escreveu a artista, de 29 anos.

Na publicação, Alba explica que a operação, para retirar um pólipo, está marcada para o início de junho e que ela terá de ficar três meses em repouso vocal absoluto. Segundo a cantora, os ingressos serão reembolsados no ponto de venda em até 30 dias, sem que o público precise fazer nenhuma solicitação.

A apresentação em São Paulo seria a primeira da espanhola no Brasil. A turnê também passaria por Buenos Aires, Lisboa, Milão e Berlim.

"Prometo que vamos nos ver de novo", completou Alba, que agradeceu à banda e à equipe técnica.
""",
}, [("Alba Cendrero", False)],
[("Alba Cendrero", "00_es.txt"), ("Alba Cendrero", "01_it.txt"), ("Alba Cendrero", "02_de.txt"), ("Alba Cendrero", "03_pt.txt")],
[("Singer Alba Cendrero cancelled the remaining 14 dates of her Marea alta tour to undergo surgery on a polyp on her vocal cords.",
  ["00_es.txt", "01_it.txt", "02_de.txt", "03_pt.txt"], 1),
 ("After the operation in early June she must observe three months of complete vocal rest.",
  ["00_es.txt", "01_it.txt", "02_de.txt", "03_pt.txt"], 1),
 ("Tickets will be refunded at the point of sale within 30 days.",
  ["00_es.txt", "01_it.txt", "03_pt.txt"], 1)])

# s03: People's own report (couple's rep "tells PEOPLE exclusively" + an anonymous source close to the
# pair) -> chain: Daily Mail "confirmed to People magazine" + "a source told the magazine"; BILD credits
# only the Daily Mail ("Wie die britische „Daily Mail" berichtet" + "Laut dem Blatt"); 7Дней.ру credits
# Bild "со ссылкой на британскую Daily Mail" (edge from Bild); ¡HOLA! credits People directly.
story("s03_people_couple_split", "chain", {
"00_en.txt": """Declan Ashby and Sofia Varga Split After Six Years Together: 'We Remain a Family' (Exclusive)
People
Published on June 3, 2027 02:15PM EDT

Declan Ashby and Sofia Varga have separated after six years together, a rep for the couple tells PEOPLE exclusively.

"After a great deal of reflection, Declan and Sofia have made the loving decision to separate," the rep says in a statement. "They remain deeply committed to raising their daughter together and ask for privacy and kindness at this time. They remain a family."

A source close to the pair tells PEOPLE the decision was "mutual and months in the making" and that the actors have been living apart since the spring, with Varga staying at the couple's home in Los Feliz and Ashby renting a house in Santa Monica. "There's no drama here. They still have dinner together with Ivy every Sunday," the source says.

Ashby, 41, and Varga, 36, met in 2021 on the set of the period drama "Northern Lights Motel," in which they played estranged siblings. They married two years later in a small ceremony in the Tuscan hills, attended by about 40 guests, and welcomed daughter Ivy in 2024.

The couple were last photographed together in public at the premiere of Ashby's thriller "Cold Harbor" in February. Varga is currently filming the second season of the comedy series "Open House" in Vancouver.
""",
"01_en.txt": """Declan Ashby and Sofia Varga SPLIT after six years as couple's rep confirms they have 'made the loving decision to separate'
Daily Mail
Published: 20:41 BST, 3 June 2027

Hollywood couple Declan Ashby and Sofia Varga have called time on their marriage after six years together, their representative confirmed to People magazine on Thursday.

In a statement, the rep said the pair, who share three-year-old daughter Ivy, had 'made the loving decision to separate' and were 'deeply committed to raising their daughter together'.

'They remain a family,' the statement added.

A source told the magazine that the split was 'mutual and months in the making' and that the actors had been living apart since the spring, with Varga, 36, remaining at the family home in Los Feliz while Ashby, 41, rents a house in Santa Monica.

The pair met on the set of Northern Lights Motel in 2021 and tied the knot two years later in an intimate ceremony in Tuscany.

The news comes just four months after they put on a loved-up display at the premiere of Ashby's thriller Cold Harbor in Los Angeles, where they posed arm in arm on the red carpet.

Varga is currently in Vancouver filming the second series of her comedy Open House.

DailyMail.com has reached out to representatives for Ashby and Varga for further comment.
""",
"02_de.txt": """Hollywood-Aus! Declan Ashby und Sofia Varga getrennt
Bild
04.06.2027 - 07:30 Uhr

Liebes-Aus in Hollywood! Schauspieler Declan Ashby (41) und seine Frau Sofia Varga (36) gehen nach sechs Jahren getrennte Wege.

Wie die britische „Daily Mail" berichtet, hat ein Sprecher des Paares die Trennung bestätigt. Die beiden hätten „die liebevolle Entscheidung getroffen, sich zu trennen", heißt es in dem Statement. Um ihre gemeinsame Tochter Ivy (3) wollen sie sich weiter zusammen kümmern.

Laut dem Blatt leben Ashby und Varga bereits seit dem Frühjahr nicht mehr unter einem Dach. Sie soll im gemeinsamen Haus in Los Angeles geblieben sein, er habe sich ein Haus in Santa Monica gemietet. Die Trennung sei „einvernehmlich" gewesen.

Kennengelernt hatten sich die beiden 2021 bei Dreharbeiten zum Drama „Northern Lights Motel", zwei Jahre später heirateten sie in der Toskana. Noch im Februar zeigten sie sich verliebt auf dem roten Teppich.

Varga dreht derzeit in Vancouver die zweite Staffel ihrer Comedyserie „Open House".
""",
"03_es.txt": """Declan Ashby y Sofia Varga ponen fin a su matrimonio tras seis años de relación
¡HOLA!
4 de junio de 2027

Declan Ashby y Sofia Varga han decidido separarse después de seis años juntos, según ha confirmado su representante a la revista People.

"Tras mucha reflexión, Declan y Sofia han tomado la decisión, desde el cariño, de separarse", señala el comunicado recogido por la publicación estadounidense, en el que ambos piden respeto a su intimidad y subrayan que seguirán criando juntos a su hija Ivy, de tres años. "Siguen siendo una familia", concluye el texto.

Una fuente cercana a la pareja ha explicado a la revista que la ruptura ha sido de mutuo acuerdo y que los actores viven separados desde la primavera.

El actor británico, de 41 años, y la intérprete estadounidense, de 36, se conocieron en 2021 durante el rodaje de 'Northern Lights Motel', donde interpretaban a dos hermanos enfrentados. Se casaron dos años después en una ceremonia íntima en la Toscana, con apenas cuarenta invitados, y en 2024 nació su hija.

Su última aparición pública juntos fue en febrero, en el estreno de la película de él 'Cold Harbor', en Los Ángeles.
""",
"04_ru.txt": """Деклан Эшби и София Варга расстались после шести лет отношений
7Дней.ру
04.06.2027, 12:05

Голливудские актеры Деклан Эшби и София Варга объявили о расставании. Об этом сообщает немецкая газета Bild со ссылкой на британскую Daily Mail.

Как пишет Bild, представитель пары подтвердил разрыв. В заявлении говорится, что супруги приняли решение расстаться «с любовью» и продолжат вместе воспитывать трехлетнюю дочь Айви.

По информации газеты, 41-летний Эшби и 36-летняя Варга живут раздельно с весны: актриса осталась в семейном доме в Лос-Анджелесе, а актер снял дом в Санта-Монике. Расставание, как утверждается, было обоюдным.

Эшби и Варга познакомились в 2021 году на съемках драмы «Мотель „Северное сияние“», а через два года поженились в Тоскане. Еще в феврале пара вместе позировала фотографам на красной дорожке премьеры триллера «Холодная гавань».

Сейчас Варга, по данным немецкого издания, находится в Ванкувере, где снимается во втором сезоне комедийного сериала «Открытый дом».
""",
}, [("People", True)],
[("People", "01_en.txt"), ("Daily Mail", "02_de.txt"), ("People", "03_es.txt"), ("Bild", "04_ru.txt")],
[("Actors Declan Ashby and Sofia Varga have separated after six years together, a representative of the couple confirmed.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1),
 ("The couple will keep raising their daughter Ivy together.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1),
 ("Ashby and Varga have been living apart since the spring.",
  ["00_en.txt", "01_en.txt", "02_de.txt", "03_es.txt", "04_ru.txt"], 1)])

# s04: TMZ first reported (outside) -> The Guardian relays it and adds the sheriff's confirmation given
# to the Guardian (relay + own in-corpus origin); Folha credits only the Guardian ("informou o jornal
# britânico The Guardian, que confirmou a prisão"); Corriere ("Lo ha rivelato per primo il sito di gossip
# statunitense TMZ") and an es article without outlet line ("según adelantó el portal … TMZ") take TMZ.
story("s04_tmz_actor_arrest", "outlet_plus_confirmation", {
"00_en.txt": """Harbor Nine actor Tristan Vale arrested on suspicion of drink-driving in Malibu
The Guardian
Sat 10 Jul 2027 23.10 BST

The actor Tristan Vale, star of the police drama Harbor Nine, has been arrested in Malibu on suspicion of driving under the influence after his car struck two parked vehicles on the Pacific Coast Highway.

Vale, 38, was taken into custody shortly after 1am on Saturday, as first reported by the celebrity news site TMZ, which published photographs of his grey Porsche with its front end crushed against a parked pickup truck.

A spokesperson for the Los Angeles county sheriff's department confirmed the arrest to the Guardian on Saturday afternoon, saying Vale had been booked on suspicion of misdemeanour DUI at the Lost Hills station and released several hours later after posting $15,000 bail. "No one was injured in the collision," the spokesperson said, adding that both parked vehicles were unoccupied.

The actor is due to appear at the Malibu courthouse on 3 August, according to the department.

Vale has played detective Sam Okafor in Harbor Nine since 2021; the series' fourth season is scheduled to begin filming in Vancouver next month. Before that he was best known for the 2018 boxing film Southpaw Road, which earned him a Screen Actors Guild nomination.

Representatives for Vale did not respond to requests for comment. The network that airs Harbor Nine said it was "aware of the reports" and declined to comment further.
""",
"01_it.txt": """Tristan Vale arrestato a Malibu: alla guida ubriaco, distrutte due auto parcheggiate
Corriere della Sera
10 luglio 2027 (modifica il 10 luglio 2027 | 21:30)

Notte movimentata per Tristan Vale. L'attore americano, volto della serie poliziesca «Harbor Nine», è stato arrestato nelle prime ore di sabato a Malibu con l'accusa di guida in stato di ebbrezza, dopo aver centrato con la sua Porsche due auto parcheggiate lungo la Pacific Coast Highway. Lo ha rivelato per primo il sito di gossip statunitense TMZ, che ha pubblicato le foto della vettura con il muso accartocciato contro un pick-up.

Secondo TMZ, il 38enne stava rientrando da una festa di compleanno a Zuma Beach, dove era stato visto bere per diverse ore. Gli agenti dello sceriffo lo avrebbero sottoposto all'alcoltest sul posto prima di portarlo via in manette. Nessuno è rimasto ferito: le due auto colpite erano vuote.

Il sito riferisce anche che l'attore è apparso «calmo e collaborativo» durante il fermo.

Vale interpreta dal 2021 il detective Sam Okafor in «Harbor Nine», serie arrivata anche in Italia in streaming. Le riprese della quarta stagione dovrebbero cominciare il mese prossimo in Canada. Finora né l'attore né i suoi rappresentanti hanno commentato la notizia.
""",
"02_pt.txt": """Ator de 'Harbor Nine' é preso sob suspeita de dirigir embriagado em Malibu
Folha de S.Paulo
11.jul.2027 às 9h30

O ator americano Tristan Vale, protagonista da série policial "Harbor Nine", foi preso na madrugada de sábado (10) em Malibu, na Califórnia, sob suspeita de dirigir embriagado depois de bater em dois carros estacionados, informou o jornal britânico The Guardian, que confirmou a prisão com o Departamento do Xerife do Condado de Los Angeles.

Segundo o jornal, Vale, 38, foi fichado na delegacia de Lost Hills e liberado horas depois, após pagar fiança de US$ 15 mil. Ninguém ficou ferido, e os dois veículos atingidos estavam vazios, disse um porta-voz do xerife ao Guardian.

O ator deve se apresentar a um tribunal de Malibu em 3 de agosto, acrescenta o diário.

Vale interpreta o detetive Sam Okafor em "Harbor Nine" desde 2021. A quarta temporada da série, exibida no Brasil por streaming, tem gravações previstas para o mês que vem no Canadá.

Os representantes do ator não se manifestaram.
""",
"03_es.txt": """Detenido el actor Tristan Vale por conducir ebrio tras chocar contra dos coches aparcados en Malibú
10/07/2027 19:55

El actor estadounidense Tristan Vale, protagonista de la serie 'Harbor Nine', fue detenido en la madrugada del sábado en Malibú (California) como sospechoso de conducir bajo los efectos del alcohol, según adelantó el portal estadounidense de noticias de famosos TMZ.

El portal, que ha publicado fotografías del Porsche gris del intérprete con la parte delantera destrozada, asegura que Vale, de 38 años, chocó contra dos vehículos aparcados en la Pacific Coast Highway poco después de la una de la madrugada. No hubo heridos, ya que ambos coches estaban vacíos.

De acuerdo con TMZ, el actor volvía de una fiesta de cumpleaños en Zuma Beach, donde habría estado bebiendo durante varias horas, y los agentes del sheriff le hicieron la prueba de alcoholemia en el lugar del accidente antes de llevárselo esposado.

Vale da vida desde 2021 al detective Sam Okafor en 'Harbor Nine', cuya cuarta temporada debía empezar a rodarse el mes que viene en Vancouver. Sus representantes no han hecho declaraciones.
""",
}, [("TMZ", False), ("The Guardian", True)],
[("TMZ", "00_en.txt"), ("TMZ", "01_it.txt"), ("The Guardian", "02_pt.txt"), ("TMZ", "03_es.txt")],
[("Actor Tristan Vale was arrested in Malibu on suspicion of drunk driving after his car hit two parked vehicles.",
  ["00_en.txt", "01_it.txt", "02_pt.txt", "03_es.txt"], 2),
 ("Vale was released after posting $15,000 bail and is due in court in Malibu on 3 August.",
  ["00_en.txt", "02_pt.txt"], 2),
 ("Vale was returning from a birthday party at Zuma Beach where he had been drinking for hours.",
  ["01_it.txt", "03_es.txt"], 1)])

# s05: the festival's own announcement on its website (outside institution) taken directly by la
# Repubblica ("Lo ha annunciato il festival con una nota pubblicata sul proprio sito" + "si legge nel
# comunicato"), Deadline ("the festival said in an announcement posted on its website") and El Mundo
# ("según ha anunciado el certamen en un comunicado publicado en su página web"); chain festival ->
# Deadline -> Кинопоиск ("сообщает Deadline" + "По информации издания").
story("s05_festival_jury_announcement", "institution", {
"00_it.txt": """Rocca Marina, sarà Pilar Montanés a presiedere la giuria. Apre «Il giardino d'inverno» di Ferrante
la Repubblica
04 maggio 2027

Sarà l'attrice spagnola Pilar Montanés a presiedere la giuria internazionale della 62ª edizione del Rocca Marina Film Festival, in programma dal 3 al 12 luglio. Lo ha annunciato il festival con una nota pubblicata sul proprio sito nella mattinata di martedì.

A inaugurare la rassegna sarà, in prima mondiale, «Il giardino d'inverno», il nuovo film di Carlo Ferrante, girato tra Trieste e il Carso con Elena Morosini e il francese Julien Avril. Il film sarà proiettato la sera del 3 luglio nella nuova Arena del Porto, che con i suoi 2.400 posti diventa la sala principale del festival al posto del vecchio Cinema Excelsior, chiuso per restauro.

«Pilar Montanés ha attraversato quarant'anni di cinema europeo con una libertà e un coraggio rari. Siamo onorati che abbia accettato di guidare la nostra giuria», ha dichiarato la direttrice artistica Giulia Sartori, si legge nel comunicato.

Montanés, 63 anni, due volte premiata come miglior attrice nei festival europei, è stata interprete di oltre sessanta film. I nomi degli altri sei giurati e il concorso, che quest'anno conterà diciotto titoli, saranno presentati in conferenza stampa a Roma il 9 giugno, precisa ancora la nota del festival.

Ferrante torna a Rocca Marina undici anni dopo il suo esordio, «Le case basse», che qui vinse il premio per la migliore opera prima.
""",
"01_en.txt": """Pilar Montanés To Head Rocca Marina Jury; Carlo Ferrante's 'Il Giardino D'Inverno' To Open 62nd Edition
Deadline
May 4, 2027 7:12am

Spanish actress Pilar Montanés will preside over the international jury of the 62nd Rocca Marina Film Festival, running July 3-12, the Italian festival said in an announcement posted on its website Tuesday.

The festival will open with the world premiere of Carlo Ferrante's "Il Giardino D'Inverno" (The Winter Garden), a drama shot in Trieste and the Karst plateau starring Elena Morosini and Julien Avril. It screens July 3 at the new 2,400-seat Arena del Porto, which replaces the Cinema Excelsior as the festival's main venue while the older theater undergoes renovation.

"Pilar Montanés has moved through four decades of European cinema with a freedom and courage that are rare. We are honored she has agreed to lead our jury," artistic director Giulia Sartori said in the statement.

Montanés, 63, has appeared in more than 60 films and is a two-time best actress winner on the European festival circuit. The remaining six jurors and the competition lineup, which will feature 18 titles this year, will be unveiled at a press conference in Rome on June 9, the festival said.

Ferrante returns to Rocca Marina 11 years after his debut "Le Case Basse" won the festival's best first feature prize.
""",
"02_ru.txt": """Пилар Монтанес возглавит жюри кинофестиваля в Рокка-Марине
Кинопоиск
5 мая 2027, 10:20

Испанская актриса Пилар Монтанес станет председателем международного жюри 62-го кинофестиваля в Рокка-Марине, сообщает Deadline. Смотр пройдет в Италии с 3 по 12 июля.

По информации издания, открывать фестиваль будет мировая премьера драмы Карло Ферранте «Зимний сад», снятой в Триесте. Главные роли в картине исполнили Элена Морозини и француз Жюльен Аврил. Показ состоится 3 июля на новой площадке фестиваля — Арене дель Порто, рассчитанной на 2400 зрителей.

Как пишет Deadline, художественный директор фестиваля Джулия Сартори назвала Монтанес актрисой, которая «прошла через четыре десятилетия европейского кино с редкими свободой и смелостью».

63-летняя Монтанес снялась более чем в 60 фильмах. Остальных членов жюри и конкурсную программу, в которую войдут 18 картин, организаторы представят 9 июня в Риме.

Для Ферранте это возвращение в Рокка-Марину спустя 11 лет: его дебют «Низкие дома» получил здесь приз за лучший первый фильм. Прежняя главная площадка смотра, кинотеатр «Эксцельсиор», закрыта на реконструкцию.
""",
"03_es.txt": """Pilar Montanés presidirá el jurado del festival italiano de Rocca Marina
El Mundo
04/05/2027 14:02

La actriz Pilar Montanés presidirá el jurado internacional de la 62ª edición del Festival de Cine de Rocca Marina, que se celebrará del 3 al 12 de julio, según ha anunciado el certamen italiano en un comunicado publicado este martes en su página web.

Es la primera vez que una intérprete española ocupa ese puesto en la muestra, que inaugurará su programación con el estreno mundial de 'Il giardino d'inverno', el nuevo largometraje del italiano Carlo Ferrante, rodado en Trieste.

"Pilar Montanés ha atravesado cuarenta años de cine europeo con una libertad y una valentía poco comunes", destaca en la nota la directora artística del festival, Giulia Sartori, que se declara "honrada" de que la actriz haya aceptado el encargo.

Montanés, de 63 años y con más de sesenta películas a sus espaldas, suma así un nuevo reconocimiento internacional a una carrera que arrancó en el cine de los años ochenta. Según el comunicado, los otros seis miembros del jurado y las dieciocho películas de la sección oficial se darán a conocer el 9 de junio en Roma.
""",
}, [("Rocca Marina Film Festival", False)],
[("Rocca Marina Film Festival", "00_it.txt"), ("Rocca Marina Film Festival", "01_en.txt"),
 ("Deadline", "02_ru.txt"), ("Rocca Marina Film Festival", "03_es.txt")],
[("Spanish actress Pilar Montanés will preside over the jury of the 62nd Rocca Marina Film Festival, held 3-12 July.",
  ["00_it.txt", "01_en.txt", "02_ru.txt", "03_es.txt"], 1),
 ("The festival will open with the world premiere of Carlo Ferrante's Il giardino d'inverno.",
  ["00_it.txt", "01_en.txt", "02_ru.txt", "03_es.txt"], 1),
 ("The rest of the jury and the 18-film competition will be presented in Rome on 9 June.",
  ["00_it.txt", "01_en.txt", "02_ru.txt", "03_es.txt"], 1)])

# s06: actor's interview on a podcast (the podcast episode is the outside origin). THR, Folha ("disse o
# ator em entrevista ao podcast") and DER SPIEGEL (no date line; "sagte der 58-Jährige im Podcast")
# take it from the podcast; ru (no outlet line) is an uncredited close translation of THR published the
# next morning (same order, same quotes, keeps "did not immediately respond to a request for comment"):
# edge from THR; la Repubblica "riporta The Hollywood Reporter" + "la testata americana": edge from THR.
story("s06_podcast_actor_quits", "translation", {
"00_en.txt": """Owen Halloway Says He Won't Return for Fifth 'Ironvale' Film: "I've Given Talbot Everything I Had"
The Hollywood Reporter
August 17, 2027 3:55pm

Owen Halloway is hanging up Commander Talbot's coat.

The 58-year-old British actor, who has played the gruff starship commander Rhys Talbot in all four "Ironvale" films, said he will not return for the fifth installment, which is due to start shooting in Morocco next spring.

"I've given Talbot everything I had for twelve years. My knees are made of titanium now, quite literally, and I'd rather leave while people still want me to stay," Halloway said on Tuesday's episode of the podcast Off Script with Dana Whitlow.

The actor revealed that he underwent a second knee replacement in March and that he informed the studio of his decision in January, "before anyone had written a single page" of the new script. "They were gracious. They offered to write him sitting down for the whole film. I told them Talbot doesn't sit down," he said with a laugh.

Halloway added that he plans to return to the London stage next year in a revival of a play he first performed in his twenties, without naming it.

The four "Ironvale" films have grossed about $2.9 billion worldwide since 2015. The most recent, "Ironvale: Dead Reckoning," opened in May and has taken in $610 million so far.

Granite Peak Pictures, the studio behind the franchise, did not immediately respond to a request for comment.
""",
"01_pt.txt": """Owen Halloway diz que não volta para quinto filme de 'Ironvale'
Folha de S.Paulo
17.ago.2027 às 22h40

O ator britânico Owen Halloway, 58, afirmou que não vai participar do quinto filme da franquia de ficção científica "Ironvale", na qual interpreta o comandante Rhys Talbot desde 2015. A declaração foi feita em entrevista ao podcast Off Script, apresentado pela jornalista americana Dana Whitlow, em episódio publicado nesta terça-feira (17).

"Dei ao Talbot tudo o que eu tinha durante 12 anos. Meus joelhos agora são de titânio, literalmente, e prefiro sair enquanto as pessoas ainda querem que eu fique", disse o ator no programa.

Halloway contou que passou por uma segunda cirurgia de prótese no joelho em março e que comunicou sua decisão ao estúdio em janeiro. Segundo ele, os produtores chegaram a propor que o personagem passasse o filme inteiro sentado. "Eu disse a eles que o Talbot não senta", brincou.

O ator também disse que pretende voltar aos palcos de Londres no ano que vem.

Os quatro longas de "Ironvale" arrecadaram cerca de US$ 2,9 bilhões no mundo. O quinto filme tem filmagens previstas para a próxima primavera no Marrocos.
""",
"02_ru.txt": """Оуэн Хэллоуэй заявил, что не вернется в пятый фильм «Железной долины»: «Я отдал Талботу все, что у меня было»
18.08.2027 09:14

Оуэн Хэллоуэй вешает китель коммандера Талбота на гвоздь.

58-летний британский актер, сыгравший сурового командира звездолета Риса Талбота во всех четырех фильмах «Железной долины», заявил, что не вернется в пятую часть, съемки которой должны начаться в Марокко следующей весной.

«Я отдавал Талботу все, что у меня было, двенадцать лет. Мои колени теперь из титана, в буквальном смысле, и я лучше уйду, пока люди еще хотят, чтобы я остался», — сказал Хэллоуэй во вторничном выпуске подкаста Off Script with Dana Whitlow.

Актер рассказал, что в марте перенес вторую операцию по замене коленного сустава и сообщил студии о своем решении еще в январе, «до того как кто-либо написал хоть одну страницу» нового сценария. «Они отнеслись с пониманием. Предложили написать роль так, чтобы он весь фильм сидел. Я ответил, что Талбот не садится», — со смехом рассказал он.

Хэллоуэй добавил, что в следующем году планирует вернуться на лондонскую сцену в возобновленной постановке пьесы, которую впервые играл в двадцать с небольшим лет, но не назвал ее.

Четыре фильма «Железной долины» с 2015 года собрали в мировом прокате около 2,9 млрд долларов. Последний из них, «Железная долина: Счисление», вышел в мае и пока заработал 610 млн долларов.

Студия Granite Peak Pictures, которая стоит за франшизой, оперативно не ответила на запрос о комментарии.
""",
"03_de.txt": """Owen Halloway steigt aus „Ironvale"-Reihe aus
DER SPIEGEL

Der britische Schauspieler Owen Halloway wird im fünften Teil der Science-Fiction-Reihe „Ironvale" nicht mehr mitspielen. Das sagte der 58-Jährige im Podcast „Off Script" der US-Journalistin Dana Whitlow, dessen neue Folge am Dienstag erschien.

„Ich habe Talbot zwölf Jahre lang alles gegeben, was ich hatte. Meine Knie sind inzwischen aus Titan, im wörtlichen Sinne", erzählte Halloway der Moderatorin. Er wolle lieber gehen, solange das Publikum ihn noch bleiben sehen wolle.

Halloway spielt seit 2015 den knurrigen Raumschiffkommandanten Rhys Talbot. Im März habe er sich ein zweites künstliches Kniegelenk einsetzen lassen, im Januar habe er das Studio über seinen Ausstieg informiert, berichtete er in dem Gespräch. Das Angebot der Produzenten, die Figur den ganzen Film über sitzen zu lassen, habe er abgelehnt: „Talbot setzt sich nicht hin."

Die vier bisherigen Filme spielten weltweit rund 2,9 Milliarden Dollar ein. Die Dreharbeiten zum fünften Teil sollen im kommenden Frühjahr in Marokko beginnen.
""",
"04_it.txt": """Owen Halloway lascia la saga di Ironvale: «Ho dato a Talbot tutto quello che avevo»
la Repubblica
18 agosto 2027

Il comandante Talbot non tornerà. Owen Halloway, 58 anni, ha annunciato che non farà parte del quinto capitolo di «Ironvale», la saga di fantascienza in cui dal 2015 interpreta il burbero Rhys Talbot. Lo riporta The Hollywood Reporter, che cita le parole pronunciate dall'attore britannico nell'ultima puntata del podcast Off Script with Dana Whitlow.

«Ho dato a Talbot tutto quello che avevo per dodici anni. Le mie ginocchia ormai sono di titanio, letteralmente», ha detto Halloway, spiegando di aver subito a marzo un secondo intervento di protesi al ginocchio e di aver comunicato la decisione allo studio già a gennaio.

Secondo la testata americana, i produttori gli avevano perfino proposto di riscrivere il personaggio in modo da farlo restare seduto per tutto il film. «Ho risposto che Talbot non si siede», ha raccontato ridendo.

Come ricorda l'Hollywood Reporter, i quattro film della saga hanno incassato circa 2,9 miliardi di dollari nel mondo; le riprese del quinto dovrebbero partire la prossima primavera in Marocco. Halloway, intanto, tornerà sui palcoscenici di Londra.
""",
}, [("Off Script with Dana Whitlow", False)],
[("Off Script with Dana Whitlow", "00_en.txt"), ("Off Script with Dana Whitlow", "01_pt.txt"),
 ("The Hollywood Reporter", "02_ru.txt"), ("Off Script with Dana Whitlow", "03_de.txt"),
 ("The Hollywood Reporter", "04_it.txt")],
[("Owen Halloway will not return as Commander Rhys Talbot in the fifth Ironvale film.",
  ["00_en.txt", "01_pt.txt", "02_ru.txt", "03_de.txt", "04_it.txt"], 1),
 ("Halloway had a second knee replacement in March and told the studio of his decision in January.",
  ["00_en.txt", "01_pt.txt", "02_ru.txt", "03_de.txt", "04_it.txt"], 1),
 ("The producers offered to keep the character seated for the whole film, which Halloway refused.",
  ["00_en.txt", "01_pt.txt", "02_ru.txt", "03_de.txt", "04_it.txt"], 1)])

# s07: two independent own reports (Deadline: "Deadline has learned" + "Sources tell Deadline"; THR:
# "according to two people familiar with the decision"); El Mundo credits both ("según publican las
# revistas … Deadline y The Hollywood Reporter"); la Repubblica credits Deadline ("scrive il sito
# americano Deadline" + "Secondo la testata"); de without outlet line credits THR ("berichtet das
# US-Branchenblatt „The Hollywood Reporter" unter Berufung auf zwei … vertraute Personen").
story("s07_two_trades_series_cancelled", "two_independent", {
"00_en.txt": """'La Casa De Los Relojes' Canceled By Lumora+ After Two Seasons
Deadline
September 8, 2027 11:20am

Lumora+ has pulled the plug on its Spanish-language period drama "La Casa de los Relojes" after two seasons, Deadline has learned.

The decision comes less than six months after the second season premiered in March. Sources tell Deadline that viewing for the sophomore run fell by roughly 40% compared with the first season, which had been one of the streamer's most-watched non-English originals of 2025.

The cancellation is a blow to creator and showrunner Lucía Arranz, who had already delivered scripts for six of the eight episodes of a planned third season, according to sources. Pre-production had been expected to start in Cádiz in November, and several cast members had been told to hold dates for early 2028.

Set in a clockmaker's workshop in 1920s Cádiz, the series follows three sisters who inherit their father's business along with his debts and secrets. It stars Carmen Olivé, Nerea Salcedo and Ana Lupión.

Lumora+ declined to comment. Arranz's reps did not respond to a request for comment.
""",
"01_en.txt": """Lumora+ Cancels Spanish Drama 'La Casa de los Relojes' Amid European Originals Pullback
The Hollywood Reporter
Wed, 08 Sep 2027 20:05:00 +0000

Lumora+ will not move forward with a third season of "La Casa de los Relojes," the Spanish period drama from creator Lucía Arranz, according to two people familiar with the decision.

The cancellation is part of a broader pullback from European scripted originals at the streamer, which is shifting budget toward unscripted formats and licensed library content, one of the people said. The Cádiz-set drama was among the company's most expensive European series, with a per-episode budget of around €3.5 million.

A second Lumora+ original, the German thriller "Nachtzug," is also not expected to be renewed, the same person said, though no final decision has been made.

"La Casa de los Relojes" premiered in 2025 and returned for a second season in March. The series stars Carmen Olivé, Nerea Salcedo and Ana Lupión as three sisters who inherit a clockmaking business in 1920s Cádiz.

A Lumora+ spokesperson did not respond to a request for comment.
""",
"02_es.txt": """Lumora+ cancela 'La casa de los relojes' tras dos temporadas
El Mundo
08/09/2027 23:40

La plataforma Lumora+ ha cancelado 'La casa de los relojes', la serie de época creada por la gaditana Lucía Arranz, después de dos temporadas, según publican las revistas especializadas estadounidenses Deadline y The Hollywood Reporter, que citan fuentes conocedoras de la decisión.

La ficción, ambientada en un taller de relojería del Cádiz de los años veinte, narra la historia de tres hermanas que heredan el negocio de su padre junto con sus deudas y sus secretos. Carmen Olivé, Nerea Salcedo y Ana Lupión encabezaban el reparto.

La primera temporada se estrenó en 2025 y se convirtió en uno de los grandes éxitos internacionales de la ficción española de aquel año. La segunda llegó a la plataforma el pasado mes de marzo.

El rodaje se desarrolló íntegramente en Cádiz y en la Sierra de Grazalema, con un equipo de más de 300 personas, la mayoría andaluzas.

Ni Lumora+ ni la productora han hecho comentarios sobre la cancelación.
""",
"03_it.txt": """Lumora+ cancella «La casa de los relojes»: niente terza stagione
la Repubblica
9 settembre 2027

Non ci sarà una terza stagione per «La casa de los relojes». La piattaforma Lumora+ ha cancellato la serie spagnola dopo due stagioni, scrive il sito americano Deadline, che cita fonti anonime.

Secondo la testata, gli ascolti della seconda stagione, uscita a marzo, sono calati di circa il 40% rispetto alla prima, che nel 2025 era stata tra le produzioni non in lingua inglese più viste della piattaforma.

La decisione arriva quando la creatrice Lucía Arranz aveva già consegnato le sceneggiature di sei degli otto episodi della terza stagione, riferisce ancora Deadline. La preproduzione sarebbe dovuta partire a novembre a Cadice.

La serie, ambientata negli anni Venti in una bottega di orologiai, racconta di tre sorelle alle prese con l'eredità del padre. Lumora+ non ha commentato.
""",
"04_de.txt": """Streamingdienst Lumora+ setzt spanische Erfolgsserie ab
9. September 2027

Der Streamingdienst Lumora+ stellt die spanische Historienserie „La casa de los relojes" nach zwei Staffeln ein. Das berichtet das US-Branchenblatt „The Hollywood Reporter" unter Berufung auf zwei mit der Entscheidung vertraute Personen.

Die Absetzung ist demnach Teil eines größeren Sparkurses: Lumora+ wolle weniger Geld in fiktionale europäische Eigenproduktionen stecken und sich stärker auf Reality-Formate und eingekaufte Inhalte konzentrieren. Die in Cádiz spielende Serie gehörte mit rund 3,5 Millionen Euro pro Folge zu den teuersten europäischen Produktionen des Anbieters.

Auch der deutschen Thrillerserie „Nachtzug" droht laut dem Bericht das Aus, endgültig entschieden sei aber noch nichts.

„La casa de los relojes" erzählt von drei Schwestern, die im Cádiz der 1920er-Jahre die Uhrmacherwerkstatt ihres Vaters erben. Die zweite Staffel lief im März an.
""",
}, [("Deadline", True), ("The Hollywood Reporter", True)],
[("Deadline", "02_es.txt"), ("The Hollywood Reporter", "02_es.txt"), ("Deadline", "03_it.txt"),
 ("The Hollywood Reporter", "04_de.txt")],
[("Lumora+ has cancelled the Spanish series La casa de los relojes after two seasons.",
  ["00_en.txt", "01_en.txt", "02_es.txt", "03_it.txt", "04_de.txt"], 2),
 ("Viewing of the second season fell by about 40% and scripts for six of eight third-season episodes had already been written.",
  ["00_en.txt", "03_it.txt"], 1),
 ("The cancellation is part of Lumora+'s pullback from European scripted originals; the series cost about 3.5 million euros per episode.",
  ["01_en.txt", "04_de.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 99 (invented; culture, entertainment and celebrity); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        on = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _n in claims:
            for a in ca:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
