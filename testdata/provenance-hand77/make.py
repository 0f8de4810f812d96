#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand77 set.

Football transfer news in English, Spanish, Italian, German and Portuguese. Outlet names are
real; the deals, players, journalists and quotes are invented (real club names are used)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a club's own announcement on its official website (Real Betis) is the origin
# (institution, not in corpus); four outlets take it directly: es "ha anunciado la entidad ... en un
# comunicado publicado en su página web oficial"; en "the LaLiga club announced on its official
# website"; pt "anunciou ... no seu site oficial"; it "ha comunicato attraverso il proprio sito
# ufficiale". 02_pt.txt leaves out the release clause.
story("r01_club_website_betis", "club_official_statement", {
"00_es.txt": """Oficial: el Betis cierra el fichaje de Joaquín Olaverri hasta 2032
Estadio Deportivo
2027-07-08 13:05

El Real Betis ha hecho oficial este jueves la incorporación del centrocampista uruguayo Joaquín Olaverri, de 23 años, procedente del Club Nacional de Football. Así lo ha anunciado la entidad verdiblanca en un comunicado publicado en su página web oficial.

"El Real Betis Balompié y el Club Nacional de Football han alcanzado un acuerdo para el traspaso del jugador Joaquín Olaverri, que firmará un contrato con el club verdiblanco hasta el 30 de junio de 2032", reza la nota del club, que no detalla el importe de la operación.

Según el comunicado, el contrato incluye una cláusula de rescisión de 60 millones de euros. El club añade que el futbolista pasará el reconocimiento médico el lunes y será presentado esa misma tarde en el Estadio Benito Villamarín.

Olaverri, mediocentro zurdo que debutó con Nacional con solo 18 años, ha disputado 134 partidos con el conjunto tricolor y fue internacional sub-20 con Uruguay. Llega para tapar el hueco que dejaron en la medular las salidas de este verano.
""",
"01_en.txt": """Real Betis sign Uruguayan midfielder Joaquín Olaverri from Nacional
ESPN
2027-07-08T14:20:00+00:00

Real Betis have completed the signing of Uruguay youth international Joaquín Olaverri from Nacional, the LaLiga club announced on its official website on Thursday.

The 23-year-old midfielder has agreed a contract running until June 30, 2032, Betis said in a statement that did not disclose the transfer fee. The deal includes a €60 million release clause, according to the club.

Olaverri will undergo a medical on Monday before being presented to supporters at the Estadio Benito Villamarín later the same day, the statement added.

A left-footed holding midfielder, Olaverri came through the Nacional academy and made 134 appearances for the Montevideo side. He is Betis' third signing of the summer window.
""",
"02_pt.txt": """Bétis oficializa contratação do uruguaio Joaquín Olaverri
Record
08.07.2027 15:40

O Bétis anunciou esta quinta-feira, no seu site oficial, a contratação do médio uruguaio Joaquín Olaverri, de 23 anos, ao Nacional de Montevideu.

De acordo com o comunicado do emblema sevilhano, o jogador assinou contrato válido até 30 de junho de 2032. O valor da transferência não foi revelado.

O internacional sub-20 uruguaio fará exames médicos na segunda-feira e será apresentado no mesmo dia no Estádio Benito Villamarín, informou ainda o clube.
""",
"03_it.txt": """UFFICIALE - Betis, preso il centrocampista Olaverri dal Nacional
Tuttomercatoweb
8 luglio 2027

Il Real Betis ha comunicato attraverso il proprio sito ufficiale l'acquisto del centrocampista uruguaiano Joaquín Olaverri, classe 2004, dal Club Nacional de Football.

Il giocatore ha firmato un contratto fino al 30 giugno 2032 e, come si legge nella nota del club andaluso, avrà una clausola rescissoria di 60 milioni di euro. Le cifre dell'operazione non sono state rese note.

Visite mediche in programma lunedì, poi nel pomeriggio la presentazione al Benito Villamarín.
""",
},
[{"name": "Real Betis", "in_corpus": False}],
[{"origin": "Real Betis", "article": a} for a in ["00_es.txt", "01_en.txt", "02_pt.txt", "03_it.txt"]],
[{"text": "Real Betis signed midfielder Joaquín Olaverri from Nacional on a contract until 30 June 2032.",
  "articles": ["00_es.txt", "01_en.txt", "02_pt.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Olaverri's contract includes a release clause of 60 million euros.",
  "articles": ["00_es.txt", "01_en.txt", "03_it.txt"], "independent_sources": 1}])

# r02: an (invented) Italian transfer journalist's post on X, relayed five times, in no case with
# the relaying outlet's own reporting: en "according to Italian transfer journalist ... posted on
# X"; it "Lo ha scritto su X l'esperto di mercato"; es "según ha publicado en la red social X el
# periodista italiano"; de (no outlet line, title suffix "| SPORT1") "Wie Transfer-Insider ... auf
# X schrieb"; pt "avançou o jornalista italiano ... na rede social X".
story("r02_journalist_x_verhaeghe", "journalist_social_post", {
"00_en.txt": """Newcastle agree €38m deal with Atalanta for winger Jonas Verhaeghe
Sky Sports
2027-07-19 21:47

Newcastle have agreed a deal with Atalanta to sign Belgium winger Jonas Verhaeghe, according to Italian transfer journalist Davide Lanzoni.

Lanzoni posted on X on Monday evening that the two clubs had settled on a fixed fee of €38m (£32.6m), with a further €4m in add-ons, and that the 22-year-old's medical had been booked for Tuesday.

"Jonas Verhaeghe to Newcastle, agreement reached with Atalanta. €38m fixed plus €4m add-ons. Medical booked for Tuesday," Lanzoni wrote, adding that personal terms were "not an issue".

Verhaeghe scored 11 goals in Serie A last season after arriving in Bergamo from Genk two summers ago. Newcastle have been looking for a left-footed wide player since the end of the season.
""",
"01_it.txt": """Atalanta, Verhaeghe al Newcastle: c'è l'accordo da 38 milioni più bonus
Calciomercato.com
19/07/2027 22:05

Jonas Verhaeghe è a un passo dal Newcastle. Lo ha scritto su X l'esperto di mercato Davide Lanzoni: l'Atalanta e il club inglese hanno trovato l'intesa sulla base di 38 milioni di euro di parte fissa più 4 di bonus.

Secondo Lanzoni, l'esterno belga, 22 anni, sosterrà le visite mediche già martedì. Sull'accordo con il giocatore, scrive il giornalista, non ci sono ostacoli.

Arrivato a Bergamo due estati fa dal Genk per 14 milioni, Verhaeghe garantirebbe alla Dea una plusvalenza importante.
""",
"02_es.txt": """El Newcastle cierra el fichaje de Verhaeghe por 38 millones
Mundo Deportivo
2027-07-20T07:30:00+02:00

El Newcastle United ha llegado a un acuerdo con el Atalanta para el traspaso del extremo belga Jonas Verhaeghe, según ha publicado en la red social X el periodista italiano Davide Lanzoni, especialista en el mercado de fichajes.

La operación, siempre según Lanzoni, se cerrará por 38 millones de euros fijos más otros cuatro en variables. El jugador, de 22 años, pasará el reconocimiento médico el martes.

Verhaeghe, que marcó 11 goles en la Serie A la pasada campaña, había despertado también el interés de varios clubes de LaLiga.
""",
"03_de.txt": """Atalanta-Flügelstürmer Verhaeghe vor Wechsel zu Newcastle | SPORT1
20.07.2027 08:12

Jonas Verhaeghe steht offenbar vor einem Wechsel in die Premier League. Wie Transfer-Insider Davide Lanzoni auf X schrieb, haben sich Atalanta Bergamo und Newcastle United auf eine Ablöse von 38 Millionen Euro plus vier Millionen Euro an Bonuszahlungen geeinigt.

Der Medizincheck des 22 Jahre alten Belgiers sei für Dienstag angesetzt, so Lanzoni. Mit dem Spieler selbst sei man sich längst einig.

Verhaeghe war vor zwei Jahren vom KRC Genk nach Bergamo gewechselt und erzielte in der vergangenen Saison elf Ligatore.
""",
"04_pt.txt": """Newcastle chega a acordo com a Atalanta por Verhaeghe
Maisfutebol
20 de julho de 2027

O Newcastle chegou a acordo com a Atalanta para a contratação do extremo belga Jonas Verhaeghe, avançou o jornalista italiano Davide Lanzoni na rede social X.

Segundo Lanzoni, o negócio envolve 38 milhões de euros fixos, mais quatro milhões em objetivos. O jogador, de 22 anos, realiza exames médicos na terça-feira.
""",
},
[{"name": "Davide Lanzoni", "in_corpus": False}],
[{"origin": "Davide Lanzoni", "article": a} for a in ["00_en.txt", "01_it.txt", "02_es.txt", "03_de.txt", "04_pt.txt"]],
[{"text": "Newcastle and Atalanta agreed a transfer of Jonas Verhaeghe for 38 million euros plus 4 million in add-ons.",
  "articles": ["00_en.txt", "01_it.txt", "02_es.txt", "03_de.txt", "04_pt.txt"], "independent_sources": 1},
 {"text": "Verhaeghe's medical was scheduled for Tuesday.",
  "articles": ["00_en.txt", "01_it.txt", "02_es.txt", "03_de.txt", "04_pt.txt"], "independent_sources": 1}])

# r03: Marca's own scoop (in corpus: "Según ha podido saber MARCA", "Fuentes del club rojiblanco
# consultadas por este periódico"), relayed by The Athletic ("Spanish newspaper Marca reported",
# accents dropped: Atletico, Iturbide, Velez) and Corriere dello Sport (no date line, "Lo rivela il
# quotidiano madrileno Marca"); Sport Bild credits only The Athletic ("Wie das US-Sportportal The
# Athletic berichtet") -> chain Marca -> The Athletic -> Sport Bild, root Marca.
story("r03_marca_scoop_iturbide", "in_corpus_scoop_chain", {
"00_es.txt": """El Atlético cierra el fichaje de Franco Itúrbide
Marca
2027-07-24 00:30

El Atlético de Madrid ya tiene a su nuevo delantero. Según ha podido saber MARCA, el club rojiblanco ha cerrado un acuerdo con Vélez Sarsfield para el fichaje de Franco Itúrbide, atacante argentino de 22 años que esta temporada ha marcado 17 goles en la Liga Profesional.

La operación se cerrará por 24 millones de euros más tres en variables, una cifra algo inferior a la cláusula de salida del jugador. Fuentes del club rojiblanco consultadas por este periódico dan la negociación por terminada: solo falta la firma de los documentos.

Itúrbide, que tenía un principio de acuerdo con el Atlético desde hace semanas, firmará un contrato de cinco temporadas, hasta junio de 2032. El delantero viajará a Madrid la próxima semana para pasar el reconocimiento médico.

En el club ven en él un nueve de área capaz de presionar la salida rival, el perfil que se buscaba desde enero.
""",
"01_en.txt": """Atletico Madrid agree deal for Velez striker Franco Iturbide
The Athletic
2027-07-24T09:15:00+00:00

Atletico Madrid have agreed a deal to sign Argentine striker Franco Iturbide from Velez Sarsfield, Spanish newspaper Marca reported overnight.

According to Marca, the fee is €24million (£20.6m) plus €3m in add-ons, and the 22-year-old will sign a five-year contract running until June 2032. Marca said sources at the club considered the negotiation finished, with only paperwork still to be completed.

Iturbide scored 17 league goals for Velez this season and has been capped twice by Argentina's under-23 side.

Why does it matter? Atletico have been short of a specialist centre-forward since January, and Iturbide would be their most expensive signing of the window.
""",
"02_it.txt": """L'Atletico Madrid chiude per Itúrbide: al Vélez 24 milioni più bonus
Corriere dello Sport

L'Atletico Madrid ha trovato l'accordo con il Vélez Sarsfield per Franco Itúrbide. Lo rivela il quotidiano madrileno Marca, secondo cui l'attaccante argentino, 22 anni, costerà 24 milioni di euro più 3 di bonus.

Sempre secondo Marca, il giocatore sarà a Madrid la prossima settimana per le visite mediche. Itúrbide, 17 gol in campionato in questa stagione, era stato seguito anche da un paio di club di Serie A.
""",
"03_de.txt": """Atlético schnappt sich Vélez-Torjäger Itúrbide
Sport Bild
24. Juli 2027

Atlético Madrid hat offenbar seinen neuen Mittelstürmer gefunden. Wie das US-Sportportal The Athletic berichtet, haben sich die Spanier mit dem argentinischen Klub Vélez Sarsfield auf einen Transfer von Franco Itúrbide (22) geeinigt.

Die Ablöse liegt demnach bei 24 Millionen Euro plus drei Millionen Euro an Boni. Itúrbide soll einen Fünfjahresvertrag bis 2032 unterschreiben.

Der Angreifer traf in dieser Saison 17-mal in der argentinischen Liga.
""",
},
[{"name": "Marca", "in_corpus": True}],
[{"origin": "Marca", "article": "01_en.txt"},
 {"origin": "Marca", "article": "02_it.txt"},
 {"origin": "The Athletic", "article": "03_de.txt"}],
[{"text": "Atlético de Madrid agreed with Vélez Sarsfield to sign Franco Itúrbide for 24 million euros plus 3 million in variables.",
  "articles": ["00_es.txt", "01_en.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Itúrbide will sign a five-year contract until 2032.",
  "articles": ["00_es.txt", "01_en.txt", "03_de.txt"], "independent_sources": 1}])

# r04: La Gazzetta dello Sport (not in corpus) scoop relayed four times under varied names:
# en "La Gazzetta dello Sport reports" + "The pink paper claims" + "According to the Gazzetta";
# es "según informa este martes La Gazzetta dello Sport" + "El diario italiano"; de (no outlet line,
# title suffix "– Ruhr Nachrichten") "Wie die italienische Sportzeitung Gazzetta dello Sport
# berichtet"; pt "avança esta terça-feira a Gazzetta dello Sport" + "De acordo com o diário italiano".
story("r04_gazzetta_scoop_brennecke", "outside_paper_scoop", {
"00_en.txt": """Juventus agree €32m deal for Dortmund midfielder Lukas Brennecke
Football Italia
2027-08-03 10:40

Juventus have reached an agreement with Borussia Dortmund to sign German midfielder Lukas Brennecke, La Gazzetta dello Sport reports.

The pink paper claims the Bianconeri will pay €32m plus €3m in bonuses for the 26-year-old, whose contract in Dortmund runs until 2029.

According to the Gazzetta, Brennecke has already agreed a five-year contract worth €4.5m net per season and is expected in Turin for medicals next week.

Brennecke made 41 appearances in all competitions last season and would fill the gap left in midfield by two summer departures.
""",
"01_es.txt": """La Juventus cierra a Brennecke por 32 millones
AS
03/08/2027 12:15

La Juventus ha alcanzado un acuerdo con el Borussia Dortmund para el fichaje del centrocampista alemán Lukas Brennecke, según informa este martes La Gazzetta dello Sport.

El diario italiano cifra la operación en 32 millones de euros más tres en variables. Brennecke, de 26 años, firmará por cinco temporadas y cobrará 4,5 millones netos por curso, siempre según la Gazzetta.
""",
"02_de.txt": """Brennecke vor dem Abschied: Juventus einig mit dem BVB – Ruhr Nachrichten
3. August 2027

Borussia Dortmund steht vor dem Verkauf von Lukas Brennecke. Wie die italienische Sportzeitung Gazzetta dello Sport berichtet, hat sich Juventus Turin mit dem BVB auf eine Ablöse von 32 Millionen Euro plus Bonuszahlungen in Höhe von drei Millionen Euro geeinigt.

Der 26 Jahre alte Mittelfeldspieler, dessen Vertrag noch bis 2029 läuft, soll laut dem Bericht in der kommenden Woche zum Medizincheck nach Turin reisen. Eine Bestätigung des Vereins gab es zunächst nicht.
""",
"03_pt.txt": """Juventus acerta contratação de Brennecke ao Dortmund
Record
2027-08-03T13:50:00+01:00

A Juventus chegou a acordo com o Borussia Dortmund para a contratação de Lukas Brennecke, avança esta terça-feira a Gazzetta dello Sport. De acordo com o diário italiano, a Vecchia Signora vai pagar 32 milhões de euros, mais três milhões em objetivos, pelo médio alemão, de 26 anos.

Ainda segundo a Gazzetta, Brennecke vai assinar um contrato de cinco temporadas, com um salário anual de 4,5 milhões de euros líquidos.
""",
},
[{"name": "La Gazzetta dello Sport", "in_corpus": False}],
[{"origin": "La Gazzetta dello Sport", "article": a} for a in ["00_en.txt", "01_es.txt", "02_de.txt", "03_pt.txt"]],
[{"text": "Juventus agreed with Borussia Dortmund to sign Lukas Brennecke for 32 million euros plus 3 million in bonuses.",
  "articles": ["00_en.txt", "01_es.txt", "02_de.txt", "03_pt.txt"], "independent_sources": 1},
 {"text": "Brennecke will sign a five-year contract worth 4.5 million euros net per season.",
  "articles": ["00_en.txt", "01_es.txt", "03_pt.txt"], "independent_sources": 1}])

# r05: a player's farewell post on Instagram is the origin (person, not in corpus); four outlets
# quote it directly: pt "numa longa publicação na sua conta de Instagram" + "escreveu"; en "in an
# emotional message on Instagram" + "wrote"; de "mit einem emotionalen Beitrag auf Instagram" +
# "schrieb"; it "ha affidato a un lungo post su Instagram". 02_de.txt leaves out the thanks and
# the "new challenge" line.
story("r05_instagram_farewell_baptistella", "player_social_post", {
"00_pt.txt": """Luan Baptistella despede-se do FC Porto: «Este clube será sempre a minha casa»
O Jogo
2027-08-10 19:22

Luan Baptistella despediu-se esta terça-feira do FC Porto numa longa publicação na sua conta de Instagram, pondo fim a seis temporadas de azul e branco.

«Foram seis anos que mudaram a minha vida. Cheguei um menino e saio um homem, com dois campeonatos e uma família no Dragão. Este clube será sempre a minha casa», escreveu o extremo brasileiro, de 27 anos, acompanhando a mensagem com um vídeo dos seus golos.

O jogador agradeceu aos adeptos, aos colegas e aos funcionários do clube e deixou claro que «chegou a hora de um novo desafio», sem revelar qual será o próximo destino.

Baptistella chegou ao FC Porto em 2021, proveniente do Athletico Paranaense, e soma 212 jogos e 48 golos pelos dragões.
""",
"01_en.txt": """Luan Baptistella says goodbye to Porto in emotional Instagram post
Goal
2027-08-10T18:55:00+00:00

Brazilian winger Luan Baptistella has bid farewell to Porto after six seasons, announcing his departure in an emotional message on Instagram.

"These were six years that changed my life. I arrived as a boy and I leave as a man," the 27-year-old wrote, adding that the club "will always be my home".

Baptistella thanked the supporters, his team-mates and the staff at the Estadio do Dragao and said "the time has come for a new challenge", but did not reveal where he will play next.

He won two league titles with Porto after joining from Athletico Paranaense in 2021.
""",
"02_de.txt": """Emotionaler Abschied: Baptistella verlässt den FC Porto
Sport1
11.08.2027 09:10

Luan Baptistella hat sich mit einem emotionalen Beitrag auf Instagram vom FC Porto verabschiedet. „Diese sechs Jahre haben mein Leben verändert", schrieb der 27 Jahre alte Brasilianer nach sechs Spielzeiten bei den Portugiesen. Der Klub werde „immer mein Zuhause sein".

Der Flügelspieler gewann mit Porto zweimal die portugiesische Meisterschaft und erzielte in 212 Pflichtspielen 48 Tore.
""",
"03_it.txt": """Porto, l'addio di Baptistella sui social: «Sarà sempre casa mia»
Sky Sport
10 agosto 2027

Luan Baptistella saluta il Porto. L'esterno brasiliano ha affidato a un lungo post su Instagram il suo addio al club portoghese dopo sei stagioni: «Sono stati sei anni che mi hanno cambiato la vita. Questo club sarà sempre casa mia».

Nel messaggio il classe 2000 ringrazia i tifosi, i compagni e tutto lo staff e spiega che «è arrivato il momento di una nuova sfida», senza indicare la sua prossima squadra.
""",
},
[{"name": "Luan Baptistella", "in_corpus": False}],
[{"origin": "Luan Baptistella", "article": a} for a in ["00_pt.txt", "01_en.txt", "02_de.txt", "03_it.txt"]],
[{"text": "Luan Baptistella said goodbye to FC Porto after six seasons in a farewell post on Instagram.",
  "articles": ["00_pt.txt", "01_en.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Baptistella thanked the fans and said the time had come for a new challenge, without naming his next club.",
  "articles": ["00_pt.txt", "01_en.txt", "03_it.txt"], "independent_sources": 1}])

# r06: A Bola's own scoop (in corpus: "apurou A BOLA", "garantiu a A BOLA uma fonte próxima do
# negócio"); Bola Quente Online (an invented aggregator) publishes an uncredited close rewrite
# three and a half hours later (same figures, same quote now "revelou uma fonte próxima do
# negócio", no credit) -> edge from A Bola; Marca "según adelanta este sábado el diario portugués
# A Bola"; Frankfurter Rundschau "Wie die portugiesische Sportzeitung A Bola berichtet" +
# "schreibt A Bola".
story("r06_abola_scoop_rewrite_castroman", "in_corpus_scoop_uncredited_rewrite", {
"00_pt.txt": """Benfica aceita 27 milhões do Eintracht Frankfurt por Mateo Castromán
A Bola
2027-08-14 08:00

O Benfica aceitou a proposta do Eintracht Frankfurt pelo médio uruguaio Mateo Castromán, apurou A BOLA. Os alemães vão pagar 27 milhões de euros pelo jogador de 24 anos, e os encarnados mantêm 15 por cento de uma futura venda.

«Está tudo fechado entre os clubes, falta apenas o jogador assinar», garantiu a A BOLA uma fonte próxima do negócio. Castromán já deu o sim ao projeto do clube alemão e viaja para Frankfurt no domingo para realizar exames médicos.

O médio chegou à Luz em 2024, proveniente do Defensor Sporting, por 6 milhões de euros, e foi titular em 38 jogos na última temporada.
""",
"01_pt.txt": """Castromán de saída: Benfica aceita proposta de 27 milhões do Eintracht
Bola Quente Online
14/08/2027 11:26

O Benfica deu luz verde à saída de Mateo Castromán para o Eintracht Frankfurt. O clube alemão vai pagar 27 milhões de euros pelo médio uruguaio, de 24 anos, e os encarnados ficam com 15% de uma futura transferência.

«Está tudo fechado entre os clubes, falta apenas o jogador assinar», revelou uma fonte próxima do negócio. O internacional uruguaio já aceitou a proposta dos alemães e segue no domingo para Frankfurt, onde vai fazer os exames médicos.

Castromán chegou à Luz em 2024, vindo do Defensor Sporting a troco de 6 milhões de euros.
""",
"02_es.txt": """El Benfica acepta 27 millones del Eintracht por Castromán
Marca
2027-08-14T12:40:00+02:00

El Benfica ha aceptado la oferta del Eintracht de Fráncfort por el centrocampista uruguayo Mateo Castromán, según adelanta este sábado el diario portugués A Bola.

El club alemán pagará 27 millones de euros por el futbolista, de 24 años, que viajará el domingo a Alemania para pasar el reconocimiento médico.
""",
"03_de.txt": """Eintracht vor Coup: Benfica akzeptiert Angebot für Castromán
Frankfurter Rundschau
14.08.2027 15:05

Eintracht Frankfurt steht offenbar kurz vor der Verpflichtung von Mateo Castromán. Wie die portugiesische Sportzeitung A Bola berichtet, hat Benfica Lissabon ein Angebot über 27 Millionen Euro für den uruguayischen Mittelfeldspieler angenommen. Benfica sichere sich zudem eine Beteiligung von 15 Prozent an einem möglichen Weiterverkauf.

Der 24-Jährige soll am Sonntag zum Medizincheck an den Main reisen, schreibt A Bola.
""",
},
[{"name": "A Bola", "in_corpus": True}],
[{"origin": "A Bola", "article": a} for a in ["01_pt.txt", "02_es.txt", "03_de.txt"]],
[{"text": "Benfica accepted Eintracht Frankfurt's 27 million euro offer for Mateo Castromán.",
  "articles": ["00_pt.txt", "01_pt.txt", "02_es.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Benfica keep 15 per cent of a future sale of Castromán.",
  "articles": ["00_pt.txt", "01_pt.txt", "03_de.txt"], "independent_sources": 1}])

# r07: two independent reports of one move: kicker's own ("Nach kicker-Informationen", "Wie der
# kicker erfuhr") in corpus, and L'Équipe's (not in corpus, credited). Tuttosport relays L'Équipe
# only ("Lo riporta L'Équipe", "il quotidiano sportivo francese"); Relevo credits both ("la revista
# alemana kicker y el diario francés L'Équipe") -> two edges; ESPN (no date line) relays kicker
# ("German magazine kicker reports").
story("r07_two_reports_oberholzer", "two_independent_reports", {
"00_de.txt": """VfB: Oberholzer vor Wechsel nach Marseille
kicker
2027-08-18 17:45

Jannik Oberholzer steht vor dem Abschied vom VfB Stuttgart. Nach kicker-Informationen haben sich die Schwaben und Olympique Marseille grundsätzlich auf einen Wechsel des Innenverteidigers geeinigt. Die Ablöse soll bei rund 18 Millionen Euro liegen, hinzu kommen erfolgsabhängige Bonuszahlungen.

Wie der kicker erfuhr, hatte Oberholzer (25) den Verantwortlichen schon nach dem letzten Saisonspiel signalisiert, dass er sich einen Schritt ins Ausland vorstellen kann. Der VfB plant, einen Teil der Einnahmen direkt in einen Nachfolger zu investieren.

Oberholzer war 2022 aus der eigenen Jugend zu den Profis gekommen und bestritt 121 Bundesligaspiele.
""",
"01_it.txt": """Marsiglia, preso Oberholzer dallo Stoccarda
Tuttosport
18/08/2027 19:30

L'Olympique Marsiglia ha chiuso per Jannik Oberholzer. Lo riporta L'Équipe: il club francese ha trovato l'accordo con lo Stoccarda e con il difensore centrale tedesco, 25 anni, che firmerà un contratto di quattro anni.

Secondo il quotidiano sportivo francese, il giocatore era la prima scelta dell'OM per rinforzare la difesa dopo la cessione del capitano in estate.
""",
"02_es.txt": """El Marsella cierra el fichaje de Oberholzer
Relevo
2027-08-18T21:10:00+02:00

El Olympique de Marsella tiene prácticamente cerrado el fichaje del central alemán Jannik Oberholzer, del Stuttgart. Así lo publican este miércoles la revista alemana kicker y el diario francés L'Équipe, que coinciden en que los dos clubes han alcanzado un acuerdo para el traspaso del defensa de 25 años.

Oberholzer, internacional en las categorías inferiores de Alemania, ha jugado más de cien partidos en la Bundesliga.
""",
"03_en.txt": """Marseille agree deal for Stuttgart defender Jannik Oberholzer - report
ESPN

Marseille have reached an agreement in principle with Stuttgart to sign centre-back Jannik Oberholzer, German magazine kicker reports.

The fee is around €18 million plus performance-related bonuses, according to kicker. The 25-year-old has made 121 Bundesliga appearances since breaking into Stuttgart's first team in 2022.
""",
},
[{"name": "kicker", "in_corpus": True},
 {"name": "L'Équipe", "in_corpus": False}],
[{"origin": "L'Équipe", "article": "01_it.txt"},
 {"origin": "kicker", "article": "02_es.txt"},
 {"origin": "L'Équipe", "article": "02_es.txt"},
 {"origin": "kicker", "article": "03_en.txt"}],
[{"text": "VfB Stuttgart and Olympique de Marseille agreed on a transfer of Jannik Oberholzer.",
  "articles": ["00_de.txt", "01_it.txt", "02_es.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "The fee for Oberholzer is around 18 million euros plus bonuses.",
  "articles": ["00_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Oberholzer will sign a four-year contract with Marseille.",
  "articles": ["01_it.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 77: football transfer news (real outlet names, "
                       "invented deals and people); see README.md.", "stories": []}
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
