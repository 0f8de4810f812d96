#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand175 set (football clubs,
transfers, club finances and stadiums). Outlets are real media names; every club, person, company,
body, place, event, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# f01: Marca's own scoop resting on a draft agreement it has seen ("al que ha tenido acceso MARCA")
# and anonymous club sources ("Fuentes de la entidad consultadas por este periódico"); relayed 3x:
# it "Secondo quanto riportato dal quotidiano spagnolo Marca" + "A firmare lo scoop è Álvaro
# Quintela"; pl "Jak poinformowała hiszpańska „Marca”" + "Według „Marki”" + unanswered request;
# en "as revealed by Marca's Álvaro Quintela" + "per the paper". Background: pl mentions an old
# „Tuttosport” rumour (no edge).
story("f01_marca_grabowiecki_sale", "scoop", {
"00_es.txt": """El Real Valdoria cierra la venta de Grabowiecki al Montevarro por 46 millones
Marca
Actualizado Martes, 9 marzo 2027 - 21:47

El Real Valdoria ha cerrado la venta de Mateusz Grabowiecki al AC Montevarro. El extremo polaco, de 24 años, jugará en Italia a partir del 1 de julio a cambio de 46 millones de euros fijos más otros nueve en variables, según el borrador del acuerdo al que ha tenido acceso MARCA.

El documento, fechado el pasado viernes y pendiente solo de la firma de los dos presidentes, recoge también una cláusula de reventa del 20% a favor del club valdoriense y un calendario de pagos en tres plazos: 18 millones este verano y el resto repartido entre julio de 2028 y julio de 2029. Los variables están ligados a objetivos deportivos, entre ellos la clasificación del Montevarro para competición europea.

Fuentes de la entidad consultadas por este periódico, que pidieron no ser identificadas, explican que el consejo de administración dio el visto bueno el lunes por la noche, en una reunión que se prolongó más de tres horas. "No había otra oferta así encima de la mesa y las cuentas mandan", resume uno de los consejeros.

El jugador, por su parte, tiene apalabrado un contrato de cinco temporadas con el club italiano, con un salario cercano a los 3,2 millones netos por curso, según las mismas fuentes. Grabowiecki llegó a Valdoria en 2023 procedente del fútbol polaco por apenas 2,5 millones y esta temporada suma once goles y siete asistencias.

La operación se convertirá en la venta más cara de la historia del club, por encima de los 31 millones que dejó el central Unai Berasategui en 2022. Ni el Real Valdoria ni el Montevarro han querido comentar la información.
""",
"01_it.txt": """Montevarro, preso Grabowiecki: al Valdoria 46 milioni più bonus
La Gazzetta dello Sport
10 marzo 2027 (modifica alle 09:12)

Il Montevarro ha trovato l'esterno per la prossima stagione. Secondo quanto riportato dal quotidiano spagnolo Marca, il club rossoblù ha chiuso con il Real Valdoria per Mateusz Grabowiecki: agli spagnoli andranno 46 milioni di euro di parte fissa più 9 di bonus legati agli obiettivi.

Il giornale madrileno sostiene di aver visionato la bozza dell'accordo, che prevede un pagamento in tre rate e il 20 per cento sulla futura rivendita a favore del Valdoria. A firmare lo scoop è Álvaro Quintela, che cita fonti interne alla dirigenza spagnola: il consiglio di amministrazione avrebbe dato il via libera lunedì sera, al termine di una riunione durata più di tre ore.

Per il ventiquattrenne polacco, undici gol e sette assist in questa stagione, è pronto un contratto di cinque anni da circa 3,2 milioni netti a stagione. Il Montevarro lo seguiva da tempo: già la scorsa estate il direttore sportivo Gianluca Ferretti Sordi era volato in Spagna per vederlo dal vivo, ma allora il Valdoria non aveva voluto nemmeno sedersi al tavolo.

Dalla sede del club non arrivano né conferme né smentite. Se l'operazione andrà in porto, Grabowiecki diventerà l'acquisto più caro nella storia del Montevarro, superando i 29 milioni spesi tre anni fa per il centravanti Davide Orlandini Pace.
""",
"02_pl.txt": """Grabowiecki blisko Włoch. „Marca”: 46 mln euro za reprezentanta Polski
Przegląd Sportowy
10.03.2027 10:34

Mateusz Grabowiecki latem zmieni klub. Jak poinformowała we wtorek wieczorem hiszpańska „Marca”, Real Valdoria dogadał się z AC Montevarro w sprawie transferu 24-letniego skrzydłowego. Włosi mają zapłacić 46 mln euro kwoty podstawowej oraz do 9 mln euro w bonusach.

Według „Marki” Hiszpanie zachowają również 20 procent od kolejnej sprzedaży reprezentanta Polski. Madrycki dziennik dotarł do projektu umowy, a autor tekstu, Álvaro Quintela, powołuje się także na anonimowe źródła we władzach klubu. Pieniądze mają zostać wypłacone w trzech ratach.

Grabowiecki ma podpisać z Montevarro pięcioletni kontrakt. Do Valdorii trafił w 2023 roku z polskiej ligi za 2,5 mln euro i w tym sezonie ma na koncie jedenaście goli oraz siedem asyst. Jesienią zadebiutował w reprezentacji i od tego czasu zagrał w pięciu meczach kadry. Byłby to najdroższy transfer w historii hiszpańskiego klubu.

Jeszcze w styczniu włoskie „Tuttosport” łączyło skrzydłowego ze Sportingiem Lavenza, ale tamten temat szybko ucichł. Menedżer piłkarza, Radosław Ciechowicz, do chwili publikacji nie odpowiedział na nasze pytania.
""",
"03_en.txt": """Montevarro agree deal worth up to €55m for Valdoria winger Grabowiecki
The Guardian
Wed 10 Mar 2027 13.05 GMT

AC Montevarro have agreed a deal worth up to €55m to sign the Poland winger Mateusz Grabowiecki from Real Valdoria, as revealed by Marca's Álvaro Quintela on Tuesday night.

The Madrid-based sports daily, which says it has seen a draft of the agreement, reports that the Italian club will pay a fixed €46m in three instalments, with a further €9m in add-ons linked to sporting targets. Valdoria would also keep a 20% sell-on clause.

Valdoria's board signed off on the sale at a meeting on Monday evening that went on for more than three hours, per the paper, which quotes unnamed sources inside the club. Grabowiecki, 24, is expected to sign a five-year contract in Italy.

The fee would be a record for Valdoria, who signed the winger from the Polish league for just €2.5m in 2023. He has 11 goals and seven assists this season and has become a regular for his country.

Neither club has commented publicly. Montevarro, who finished fifth last season, have spent heavily since the American businessman Bradley Kessner bought the club in 2025.
""",
}, [{"name": "Marca", "in_corpus": True}],
[{"origin": "Marca", "article": "01_it.txt"}, {"origin": "Marca", "article": "02_pl.txt"},
 {"origin": "Marca", "article": "03_en.txt"}],
[{"text": "Real Valdoria agreed to sell Mateusz Grabowiecki to AC Montevarro for a fixed €46m plus €9m in variables.",
  "articles": ["00_es.txt", "01_it.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Real Valdoria keep a 20% sell-on clause on Grabowiecki.",
  "articles": ["00_es.txt", "01_it.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Real Valdoria's board approved the sale at a meeting on Monday evening lasting more than three hours.",
  "articles": ["00_es.txt", "01_it.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Grabowiecki will sign a five-year contract with Montevarro.",
  "articles": ["00_es.txt", "01_it.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1}])

# f02: the club's own published annual report (origin outside the corpus: SV Kranzbach 1907)
# taken directly by de "Wie aus dem am Dienstag veröffentlichten Geschäftsbericht des Klubs
# hervorgeht" + "heißt es in dem Papier", en "the club said in its annual report on Tuesday" +
# "the report showed", fr "selon le rapport financier annuel publié mardi par le club allemand" +
# "indique le document"; pt takes it from kicker (chain): "A notícia é avançada pela revista alemã
# kicker, que analisou o relatório" + "Segundo a publicação germânica" + "escreve a kicker".
# Background: kicker mentions an old „Handelsblatt" report (no edge); en unanswered request.
story("f02_kranzbach_annual_report", "statement_chain", {
"00_de.txt": """Rekordumsatz, aber 41,3 Millionen Euro Verlust: Kranzbach legt Zahlen vor
kicker
21.09.2027, 16:48

Der SV Kranzbach 1907 hat das Geschäftsjahr 2026/27 mit einem Rekordumsatz und zugleich mit einem tiefroten Ergebnis abgeschlossen. Wie aus dem am Dienstag veröffentlichten Geschäftsbericht des Klubs hervorgeht, stiegen die Erlöse auf 212,4 Millionen Euro, unter dem Strich steht aber ein Fehlbetrag von 41,3 Millionen Euro. Im Vorjahr hatte das Minus noch 12,8 Millionen betragen.

Hauptgründe sind laut dem Bericht die auf 131 Millionen Euro gestiegenen Personalkosten sowie hohe Abschreibungen auf Spielerwerte nach den Transfers des vergangenen Sommers. Die Netto-Finanzverbindlichkeiten beziffert der Verein zum Stichtag 30. Juni auf 138 Millionen Euro.

Entlastung soll vom Mehrheitsgesellschafter kommen. Der portugiesische Investmentfonds Atlântida Capital, der 64 Prozent an der ausgegliederten Profiabteilung hält, wandelt ein Gesellschafterdarlehen über 60 Millionen Euro in Eigenkapital um, heißt es in dem Papier.

„Wir haben bewusst in die Mannschaft und in unser Stadion investiert, um sportlich den nächsten Schritt zu gehen“, schreibt Geschäftsführer Frank Heuberger im Vorwort. Der Umbau des Waldkamp-Stadions hat bislang 74 Millionen Euro gekostet, die neue Osttribüne soll im Frühjahr fertig werden.

Über die Finanzlage des Klubs war seit Monaten spekuliert worden, im Frühjahr hatte das „Handelsblatt“ über Gespräche mit mehreren Banken berichtet. Auf der Mitgliederversammlung im November muss der Vorstand die Zahlen erläutern.
""",
"01_en.txt": """German club Kranzbach posts 41.3 mln euro loss despite record revenue
Reuters
September 21, 2027 5:12 PM GMT+2

KRANZBACH, Germany, Sept 21 (Reuters) - German soccer club SV Kranzbach 1907 posted a net loss of 41.3 million euros for the 2026/27 financial year, more than three times the previous year's shortfall, even as revenue climbed to a record 212.4 million euros, the club said in its annual report on Tuesday.

Staff costs rose to 131 million euros, the report showed, while write-downs on player registrations following heavy spending in last summer's transfer window also weighed on the result.

Portuguese investment fund Atlântida Capital, which owns 64% of the club's professional football company, will convert a 60 million euro shareholder loan into equity to shore up the balance sheet, according to the document.

"We deliberately invested in the squad and in our stadium in order to take the next step in sporting terms," managing director Frank Heuberger wrote in the report's foreword.

The club has spent 74 million euros so far on redeveloping its Waldkamp stadium, where a new east stand is due to open next spring. A club spokesperson did not immediately respond to a request for further comment.
""",
"02_fr.txt": """Kranzbach accuse une perte de 41,3 millions d'euros malgré des revenus records
L'Équipe
Publié le 22 septembre 2027 à 10h20

Le SV Kranzbach 1907 a bouclé l'exercice 2026-2027 sur une perte nette de 41,3 millions d'euros, selon le rapport financier annuel publié mardi par le club allemand. Ses revenus ont pourtant atteint un niveau record, à 212,4 millions d'euros. L'exercice précédent s'était soldé par un déficit de 12,8 millions.

La masse salariale a grimpé à 131 millions d'euros, indique le document, qui évoque aussi de lourdes dépréciations liées au mercato de l'été 2026. Au 30 juin, l'endettement financier net s'élevait à 138 millions d'euros.

Le club, qui avait notamment recruté l'été dernier le défenseur français Yanis Belkadi pour 22 millions d'euros, justifie ces choix par ses ambitions sportives. « Nous avons délibérément investi dans l'effectif et dans notre stade pour franchir un palier », écrit le directeur général Frank Heuberger dans l'avant-propos du rapport.

Les travaux de modernisation du Waldkamp-Stadion ont déjà coûté 74 millions d'euros. La nouvelle tribune Est doit être livrée au printemps prochain, ce qui portera la capacité de l'enceinte à 41 000 places.
""",
"03_pt.txt": """Kranzbach, do fundo Atlântida Capital, perde 41,3 milhões de euros
Record
22 set 2027, 11:37

O SV Kranzbach 1907, clube alemão controlado pelo fundo português Atlântida Capital, fechou o exercício de 2026/27 com um prejuízo de 41,3 milhões de euros, apesar de receitas recorde de 212,4 milhões. A notícia é avançada pela revista alemã kicker, que analisou o relatório e contas divulgado na terça-feira pelo clube.

Segundo a publicação germânica, o Atlântida Capital, dono de 64% da sociedade que gere o futebol profissional, vai converter em capital um empréstimo de 60 milhões de euros concedido ao clube. Uma decisão que, escreve a kicker, deverá aliviar um balanço pressionado pelos salários, que subiram para 131 milhões.

O fundo, liderado pelo gestor Henrique Vaz Lobato, entrou no capital do Kranzbach em 2024 e tem sido criticado por parte dos adeptos alemães pela política de contratações. No último verão, o clube gastou mais de 90 milhões de euros em reforços.

A kicker recorda ainda que a remodelação do estádio já custou 74 milhões de euros. Contactado, o Atlântida Capital não quis comentar os números.
""",
}, [{"name": "SV Kranzbach 1907", "in_corpus": False}],
[{"origin": "SV Kranzbach 1907", "article": "00_de.txt"},
 {"origin": "SV Kranzbach 1907", "article": "01_en.txt"},
 {"origin": "SV Kranzbach 1907", "article": "02_fr.txt"},
 {"origin": "kicker", "article": "03_pt.txt"}],
[{"text": "SV Kranzbach 1907 posted a net loss of €41.3m for 2026/27 despite record revenue of €212.4m.",
  "articles": ["00_de.txt", "01_en.txt", "02_fr.txt", "03_pt.txt"], "independent_sources": 1},
 {"text": "Atlântida Capital will convert a €60m shareholder loan into equity.",
  "articles": ["00_de.txt", "01_en.txt", "03_pt.txt"], "independent_sources": 1},
 {"text": "Kranzbach's net financial debt stood at €138m on 30 June.",
  "articles": ["00_de.txt", "02_fr.txt"], "independent_sources": 1}])

# f03: A Bola's own report (reporter on the building site, anonymous engineer "disse ao nosso
# jornal", CFO "admitiu a A BOLA"); AS publishes an UNCREDITED close Spanish translation the same
# evening keeping "Nuestro reportero", "dijo a nuestro periódico", "admitió a este diario";
# credited relays: fr "rapporte jeudi le quotidien sportif A Bola" + "Selon le journal lisboète" +
# "auprès d'A Bola"; pl "Jak informuje portugalski dziennik „A Bola”" + "Reporter „A Boli”" +
# "w rozmowie z „A Bolą”". Background: pl mentions an old „Rzeczpospolita” report; fr and pl
# unanswered requests.
story("f03_abola_vilamar_stadium", "translation", {
"00_pt.txt": """Estádio do Vilamar: obra atrasada 14 meses e custo dispara para 131 milhões
A Bola
04 fev 2027, 07:30

O novo estádio do Vilamar não vai estar pronto para o arranque da próxima época. A inauguração, prevista para agosto deste ano, derrapou para outubro de 2028 e o custo da obra subiu de 96 para 131 milhões de euros, apurou A BOLA.

O nosso repórter esteve no estaleiro da Várzea do Sal na segunda-feira de manhã e contou pouco mais de sessenta operários em obra, quando o plano inicial previa cerca de trezentos nesta fase. A bancada nascente continua sem cobertura e as duas gruas do lado sul estão paradas há três semanas.

Um engenheiro da empreitada, que pediu para não ser identificado, disse ao nosso jornal que a construtora polaca Korbud, responsável pela obra, reduziu para menos de metade o pessoal destacado em Portugal desde dezembro. «Há faturas por pagar dos dois lados e ninguém quer dar o primeiro passo», resumiu.

O diretor financeiro do Vilamar, Rui Tavares Prates, admitiu a A BOLA o atraso, mas garantiu que o financiamento está assegurado. «O estádio vai ser feito. Estamos a renegociar prazos com o empreiteiro e com o banco e não há qualquer risco para o projeto», afirmou.

O projeto, assinado pelo gabinete francês Atelier Marrast, foi apresentado em 2024 como o mais moderno do país, com 32 mil lugares e cobertura retrátil. Até lá, o Vilamar continuará a jogar no velho Estádio Municipal José Peralta. A Korbud não respondeu às perguntas enviadas por A BOLA até ao fecho desta edição.
""",
"01_es.txt": """Estadio del Vilamar: la obra acumula 14 meses de retraso y el coste se dispara hasta los 131 millones
AS
Actualizado a 4 de febrero de 2027 19:10 CET

El nuevo estadio del Vilamar no estará listo para el arranque de la próxima temporada. La inauguración, prevista para agosto de este año, se ha ido a octubre de 2028 y el coste de la obra ha pasado de 96 a 131 millones de euros, según ha podido saber este periódico.

Nuestro reportero estuvo en las obras de la Várzea do Sal el lunes por la mañana y contó poco más de sesenta operarios trabajando, cuando el plan inicial preveía unos trescientos en esta fase. La grada este sigue sin cubierta y las dos grúas del lado sur llevan tres semanas paradas.

Un ingeniero de la obra, que pidió no ser identificado, dijo a nuestro periódico que la constructora polaca Korbud, responsable de los trabajos, ha reducido a menos de la mitad el personal desplazado a Portugal desde diciembre. "Hay facturas pendientes por las dos partes y nadie quiere dar el primer paso", resumió.

El director financiero del Vilamar, Rui Tavares Prates, admitió a este diario el retraso, pero aseguró que la financiación está garantizada. "El estadio se va a hacer. Estamos renegociando plazos con la constructora y con el banco y no hay ningún riesgo para el proyecto", afirmó.

El proyecto, firmado por el estudio francés Atelier Marrast, se presentó en 2024 como el más moderno del país, con 32.000 localidades y cubierta retráctil. Mientras tanto, el Vilamar seguirá jugando en el viejo Estadio Municipal José Peralta. Korbud no respondió a las preguntas enviadas por este periódico antes del cierre de esta edición.
""",
"02_fr.txt": """Portugal : le futur stade de Vilamar accuse quatorze mois de retard, la facture s'envole
RMC Sport
Le 05/02/2027 à 11:42 - Modifié le 05/02/2027 à 12:10

Mauvaise nouvelle pour Vilamar. Le nouveau stade du club portugais, dessiné par le cabinet français Atelier Marrast, ne sera pas livré en août comme prévu mais en octobre 2028, rapporte jeudi le quotidien sportif A Bola. Le coût du chantier est passé de 96 à 131 millions d'euros.

Selon le journal lisboète, dont un reporter s'est rendu sur place lundi, à peine une soixantaine d'ouvriers travaillaient sur le site, contre environ 300 prévus à ce stade des travaux. La tribune Est n'a toujours pas de toit et deux grues sont à l'arrêt depuis trois semaines.

Le directeur financier du club, Rui Tavares Prates, a reconnu le retard auprès d'A Bola tout en assurant que le financement était bouclé. « Le stade sera construit. Nous renégocions les délais avec l'entreprise et avec la banque », a-t-il déclaré au quotidien.

Le projet avait été présenté en grande pompe en 2024, avec 32 000 places et un toit rétractable. Il devait être la vitrine du savoir-faire d'Atelier Marrast, déjà auteur de plusieurs enceintes en France. Contacté par RMC Sport, le cabinet n'a pas donné suite.
""",
"03_pl.txt": """Polska firma buduje stadion w Portugalii. Opóźnienie sięga 14 miesięcy
Sport.pl
05.02.2027 14:20

Budowa nowego stadionu klubu z Vilamar, którą prowadzi polska spółka Korbud, utknęła. Jak informuje portugalski dziennik „A Bola”, obiekt zamiast w sierpniu zostanie otwarty dopiero w październiku 2028 roku, a koszt inwestycji wzrósł z 96 do 131 mln euro.

Reporter „A Boli” odwiedził w poniedziałek plac budowy i naliczył nieco ponad sześćdziesięciu robotników, choć według harmonogramu powinno ich tam być około trzystu. Jeden z inżynierów, cytowany anonimowo przez lizbońską gazetę, twierdzi, że Korbud od grudnia zmniejszył liczbę pracowników w Portugalii o ponad połowę. „Obie strony mają niezapłacone faktury i nikt nie chce zrobić pierwszego kroku” – mówi.

Dyrektor finansowy klubu Rui Tavares Prates w rozmowie z „A Bolą” przyznał, że budowa jest opóźniona, ale zapewnił, że finansowanie jest zabezpieczone.

Dla Korbudu to pierwszy tak duży kontrakt za granicą. O kłopotach płynnościowych wykonawcy na dwóch krajowych budowach pisała w ubiegłym roku „Rzeczpospolita”. Biuro prasowe spółki do czasu publikacji nie odpowiedziało na pytania Sport.pl.
""",
}, [{"name": "A Bola", "in_corpus": True}],
[{"origin": "A Bola", "article": "01_es.txt"}, {"origin": "A Bola", "article": "02_fr.txt"},
 {"origin": "A Bola", "article": "03_pl.txt"}],
[{"text": "The opening of Vilamar's new stadium has been delayed by 14 months to October 2028.",
  "articles": ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The cost of the stadium rose from €96m to €131m.",
  "articles": ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The Polish contractor Korbud cut its workforce in Portugal by more than half since December.",
  "articles": ["00_pt.txt", "01_es.txt", "03_pl.txt"], "independent_sources": 1}])

# f04: three-step chain Tuttosport -> L'Équipe -> TVP Sport, BILD. Own "Come risulta a
# Tuttosport"; fr "Selon Tuttosport" + "D'après le quotidien turinois, dont l'information est
# signée Andrea Solimeni" + "Contacté, l'OV n'a pas souhaité commenter"; pl "Jak podaje francuski
# dziennik „L'Équipe”, powołując się na włoskie „Tuttosport”" + "Według „L'Équipe”" (edge from
# L'Équipe only) + background „Bild”; de (no date line) "Wie die französische Sportzeitung
# „L'Équipe“ berichtet" + "Laut dem Blatt aus Paris" + background own old BILD report.
story("f04_tuttosport_lipecki_chain", "chain", {
"00_it.txt": """Castelbruno, assalto a Lipecki: offerta da 18 milioni al Vérande
Tuttosport
martedì 12 gennaio 2027, 07:45

Il Castelbruno ha rotto gli indugi per il nuovo portiere. Come risulta a Tuttosport, nella giornata di lunedì il direttore sportivo Paolo Venturelli Gatti ha presentato all'Olympique de Vérande un'offerta ufficiale da 18 milioni di euro, bonus compresi, per Tomasz Lipecki, 26 anni, nazionale polacco.

La risposta dei francesi non è stata una chiusura, ma la distanza resta ampia: il Vérande chiede almeno 25 milioni e non intende trattare prima di febbraio. Venturelli ha già incontrato l'agente del giocatore e con Lipecki c'è un'intesa di massima su un contratto di quattro anni da 2,4 milioni a stagione più bonus.

Al Castelbruno serve un titolare tra i pali dopo la rottura del crociato di Simone Bartolazzi, che rientrerà non prima di settembre. L'allenatore Fabrizio Moncada ha chiesto un portiere esperto, abituato a giocare con i piedi, e il nome di Lipecki è in cima alla lista da novembre.

Arrivato in Francia nel 2024, il polacco in questa stagione ha chiuso senza subire gol nove partite su diciannove. In società filtra ottimismo: l'idea è chiudere entro la fine del mercato invernale, magari inserendo una percentuale sulla futura rivendita per convincere il Vérande.
""",
"01_fr.txt": """Lipecki (Vérande) dans le viseur de Castelbruno
L'Équipe
mis à jour le 12/01/2027 à 15h03

Le gardien international polonais de l'Olympique de Vérande, Tomasz Lipecki (26 ans), intéresse fortement Castelbruno. Selon Tuttosport, le club italien a formulé lundi une offre de 18 millions d'euros, bonus compris, pour s'attacher ses services.

D'après le quotidien turinois, dont l'information est signée Andrea Solimeni, les dirigeants de Vérande en réclament au moins 25 M€ et n'entendent pas négocier avant le mois de février. Le joueur, lui, aurait déjà donné son accord de principe pour un contrat de quatre ans.

Arrivé en 2024 en provenance du championnat polonais, Lipecki s'est imposé comme l'un des meilleurs gardiens du pays. Il a gardé sa cage inviolée lors de neuf de ses dix-neuf matches cette saison. L'été dernier, il avait prolongé son contrat jusqu'en 2030, ce qui place l'OV en position de force.

Contacté, l'OV n'a pas souhaité commenter. Un départ en plein hiver obligerait l'entraîneur Didier Lamarche-Vaudran à confier les gants à Enzo Perrichot, 20 ans, qui n'a disputé qu'un seul match professionnel.
""",
"02_pl.txt": """Lipecki na celowniku Castelbruno. Włosi oferują 18 mln euro
TVP Sport
12.01.2027, 19:26

Tomasz Lipecki może wkrótce zamienić Francję na Włochy. Jak podaje francuski dziennik „L'Équipe”, powołując się na włoskie „Tuttosport”, US Castelbruno złożył Olympique de Vérande ofertę w wysokości 18 mln euro za reprezentanta Polski.

Według „L'Équipe” francuski klub oczekuje co najmniej 25 mln euro i nie zamierza prowadzić rozmów przed lutym. Paryski dziennik dodaje, że 26-letni bramkarz zgodził się już wstępnie na czteroletni kontrakt z Włochami.

Lipecki trafił do Vérande w 2024 roku i szybko wywalczył miejsce w bramce. W obecnym sezonie zachował czyste konto w dziewięciu z dziewiętnastu meczów. Jesienią selekcjoner Bogdan Maćkowiak powierzył mu miejsce w podstawowym składzie reprezentacji.

Latem ubiegłego roku o zainteresowaniu Lipeckim ze strony niemieckiego SC Wildenau pisał „Bild”, ale do transferu wtedy nie doszło. Przy obecnej ofercie Polak zarabiałby we Włoszech blisko dwa razy więcej niż we Francji.

W Castelbruno miałby zastąpić Simone Bartolazziego, który zerwał więzadło krzyżowe i nie zagra do września. Włoski klub zajmuje obecnie siódme miejsce w tabeli.
""",
"03_de.txt": """Polen-Keeper Lipecki: Italiener bieten 18 Millionen!
BILD

Tomasz Lipecki (26) könnte Frankreich schon bald verlassen. Wie die französische Sportzeitung „L'Équipe“ berichtet, hat der italienische Klub US Castelbruno bei Olympique Vérande ein Angebot über 18 Millionen Euro inklusive Boni für den polnischen Nationaltorhüter hinterlegt.

Laut dem Blatt aus Paris ist sich der Keeper mit den Italienern bereits über einen Vierjahresvertrag einig. Ob Vérande seinen Schlussmann mitten in der Saison ziehen lässt, ist allerdings offen.

Lipecki war 2024 aus Polen nach Frankreich gewechselt und gilt dort inzwischen als einer der besten Torhüter. In 19 Spielen blieb er in dieser Saison neunmal ohne Gegentor.

Pikant: Im vergangenen Sommer war Lipecki auch beim SC Wildenau ein Thema. BILD hatte damals über ein Treffen zwischen Sportdirektor Holger Brämer und dem Berater des Polen berichtet – der Wechsel scheiterte am Ende an der Ablöse.

In Castelbruno soll Lipecki den verletzten Stammkeeper Simone Bartolazzi (Kreuzbandriss) ersetzen. Der Klub liegt aktuell auf Platz sieben und will im Sommer wieder international spielen.
""",
}, [{"name": "Tuttosport", "in_corpus": True}],
[{"origin": "Tuttosport", "article": "01_fr.txt"}, {"origin": "L'Équipe", "article": "02_pl.txt"},
 {"origin": "L'Équipe", "article": "03_de.txt"}],
[{"text": "US Castelbruno offered €18m including bonuses for goalkeeper Tomasz Lipecki of Olympique de Vérande.",
  "articles": ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Olympique de Vérande want at least €25m for Lipecki.",
  "articles": ["00_it.txt", "01_fr.txt", "02_pl.txt"], "independent_sources": 1},
 {"text": "Lipecki has agreed in principle to a four-year contract with Castelbruno.",
  "articles": ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_de.txt"], "independent_sources": 1}])

# f05: The Times's own report ("The Times can reveal", "according to sources close to the club");
# Relevo relays it ("Según adelantó anoche el diario británico The Times") AND adds its own
# confirmation ("Relevo ha podido confirmar la operación. Fuentes de Solarénea explican a este
# medio") = two roots; plain relays it "lo scrive il Times" + "il quotidiano londinese", de "Wie
# die Londoner „Times“ berichtet" + "Laut der Zeitung" + unanswered request by Handelsblatt.
# Background: the supporters' trust's statement of last month (no edge).
story("f05_times_wexmoor_naming", "confirmation", {
"00_en.txt": """Wexmoor Athletic agree record £180m stadium naming deal
The Times
Monday March 01 2027, 10.00pm GMT

Wexmoor Athletic have agreed a 15-year naming-rights deal worth £180 million with the Spanish renewable energy company Solarénea, The Times can reveal, the largest commercial agreement in the club's history.

Harlow Lane, the club's home since 1894, will be renamed Solarénea Park from the start of next season under the terms of the agreement, which was signed off by the Wexmoor board last Thursday, according to sources close to the club. Solarénea will pay about £12 million a year and will also become the main sponsor of the club's women's team.

The money is central to the plans of the chief executive, Martin Holloway-Reed, to expand the ground from 31,000 to 38,000 seats without taking on fresh debt. "This is money that lets us compete without mortgaging the future," one senior figure at the club said.

The change of name is likely to anger some supporters. The Harlow Lane Supporters' Trust said in a statement last month, before the deal was finalised, that it would "resist any attempt to erase 130 years of history".

Wexmoor declined to comment on Monday night. Solarénea, which is based in Valdemora and has grown rapidly on the back of solar farms in southern Europe, has previously sponsored cycling and sailing teams but has never before put its name on a football stadium.
""",
"01_es.txt": """Solarénea pondrá nombre al estadio del Wexmoor: 180 millones de libras en 15 años
Relevo
02 mar 2027 - 10:15

La energética española Solarénea se queda con el nombre del estadio del Wexmoor Athletic. Según adelantó anoche el diario británico The Times, el club inglés ha cerrado un acuerdo de patrocinio por 15 años y 180 millones de libras (unos 210 millones de euros) que incluye los derechos de denominación de su campo.

Relevo ha podido confirmar la operación. Fuentes de Solarénea explican a este medio que el consejo de administración de la compañía aprobó el acuerdo por unanimidad el pasado viernes y que la firma se hará pública en las próximas semanas, en un acto en Inglaterra. La energética abonará unos 12 millones de libras por temporada.

Según el periódico londinense, el contrato incluye también el patrocinio principal del equipo femenino del Wexmoor. "Es una apuesta de imagen en el mercado británico, donde queremos crecer", resumen desde la empresa a Relevo.

Solarénea, con sede en Valdemora, ya tuvo presencia en el fútbol como patrocinador de la camiseta del CD Almenara entre 2021 y 2024. Es la primera vez, sin embargo, que una empresa española compra el nombre de un estadio en Inglaterra.
""",
"02_it.txt": """Il Wexmoor cambia nome allo stadio: accordo da 180 milioni di sterline con Solarénea
Corriere della Sera
2 marzo 2027 (modifica il 2 marzo 2027 | 13:40)

Addio Harlow Lane. Lo stadio del Wexmoor Athletic, casa del club dal 1894, dalla prossima stagione si chiamerà Solarénea Park: lo scrive il Times, secondo cui la società inglese ha firmato con il gruppo energetico spagnolo un contratto di sponsorizzazione da 180 milioni di sterline in quindici anni.

Secondo il quotidiano londinese, che cita fonti vicine al club, l'accordo è stato approvato giovedì scorso dal consiglio di amministrazione del Wexmoor. I soldi serviranno ad ampliare l'impianto da 31 mila a 38 mila posti senza ricorrere a nuovi debiti.

Non tutti i tifosi sono contenti. Già il mese scorso l'associazione dei sostenitori aveva promesso battaglia contro qualsiasi cambio di nome, parlando di «130 anni di storia da difendere».

In Italia operazioni di questo tipo restano rare, anche perché gran parte degli stadi appartiene ai Comuni e non ai club. In Inghilterra, invece, i diritti sul nome dell'impianto sono diventati negli ultimi anni una delle principali voci di ricavo commerciale, soprattutto per le società di fascia media.
""",
"03_de.txt": """Ökostromkonzern Solarénea kauft Stadionnamen in England
Handelsblatt
02.03.2027 - 16:05 Uhr

Der spanische Ökostromanbieter Solarénea steigt groß ins englische Fußballgeschäft ein. Wie die Londoner „Times“ berichtet, zahlt das Unternehmen dem Klub Wexmoor Athletic über 15 Jahre insgesamt 180 Millionen Pfund für die Namensrechte an dessen Stadion.

Die traditionsreiche Spielstätte Harlow Lane soll demnach ab der kommenden Saison Solarénea Park heißen. Laut der Zeitung will der Klub mit dem Geld den Ausbau der Arena von 31.000 auf 38.000 Plätze finanzieren, ohne neue Schulden aufzunehmen. Die „Times“ beruft sich auf Personen aus dem Umfeld des Vereins, eine offizielle Bestätigung gibt es bislang nicht.

Für Solarénea ist es der bislang größte Sponsoringvertrag. Der Konzern aus Valdemora hat seinen Umsatz in den vergangenen drei Jahren mehr als verdoppelt und drängt mit Solarparks auch auf den britischen Markt.

Namensrechte an Stadien sind längst ein Milliardengeschäft, auch deutsche Versicherer und Autobauer lassen sich die Präsenz auf Arenen viel kosten. Solarénea ließ eine Anfrage des Handelsblatts bis Redaktionsschluss unbeantwortet.
""",
}, [{"name": "The Times", "in_corpus": True}, {"name": "Relevo", "in_corpus": True}],
[{"origin": "The Times", "article": "01_es.txt"}, {"origin": "The Times", "article": "02_it.txt"},
 {"origin": "The Times", "article": "03_de.txt"}],
[{"text": "Wexmoor Athletic agreed a 15-year stadium naming-rights deal worth £180m with Solarénea.",
  "articles": ["00_en.txt", "01_es.txt", "02_it.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "Harlow Lane will be renamed Solarénea Park from next season.",
  "articles": ["00_en.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Solarénea will also become the main sponsor of Wexmoor's women's team.",
  "articles": ["00_en.txt", "01_es.txt"], "independent_sources": 2}])

# f06: a player's own Instagram post taken directly 5x (en without outlet line): pt "numa longa
# publicação no Instagram" + "escreveu"; it "in un lungo post su Instagram" + background
# "La Gazzetta dello Sport aveva raccontato" (no edge); pl "napisał w poście na Instagramie" +
# "We wpisie"; en "said in an Instagram post"; de "schrieb ... bei Instagram".
story("f06_amaral_instagram", "social_post", {
"00_pt.txt": """Tiago Amaral despede-se do Virtus Montelago e aponta ao presidente
O Jogo
07-06-2027 09:14

Tiago Rebelo Amaral vai deixar o Virtus Montelago. O médio português, de 29 anos, anunciou a saída do clube italiano ao fim de seis temporadas numa longa publicação no Instagram, na noite de domingo, na qual não poupou críticas ao presidente Ottavio Sangiorgi.

«Depois de seis épocas, chegou a hora de dizer adeus. Não foi uma decisão minha», escreveu o capitão da equipa. «Em 2025 prometeram-me um projeto e uma renovação que nunca chegaram. Cada um sabe o que fez e o que disse», acrescentou, numa referência clara ao líder do clube.

Na mesma mensagem, o médio agradeceu aos adeptos da curva e ao treinador, o polaco Jarosław Dziedzic, «o homem que me fez voltar a gostar de futebol». O contrato de Amaral termina a 30 de junho e o jogador sai a custo zero.

Formado no Desportivo de Ribafria, Tiago Amaral chegou a Montelago em 2021 e fez 214 jogos pelo clube, com 31 golos. Nas últimas semanas foi associado a clubes de três países. O Virtus Montelago ainda não reagiu à publicação do capitão.
""",
"01_it.txt": """Amaral lascia la Virtus Montelago: «Promesse mai mantenute»
Corriere dello Sport
07.06.2027 10:32

Sei stagioni, 214 partite e una fascia da capitano: Tiago Rebelo Amaral saluta la Virtus Montelago. Il centrocampista portoghese ha annunciato l'addio in un lungo post su Instagram pubblicato domenica sera, e le sue parole non sono affatto tenere nei confronti della società.

«Dopo sei stagioni è arrivato il momento di dire addio. Non è stata una mia scelta», ha scritto il portoghese. «Nel 2025 mi hanno promesso un progetto e un rinnovo che non sono mai arrivati. Ognuno sa cosa ha fatto e cosa ha detto». Un chiaro riferimento al presidente Ottavio Sangiorgi, con cui i rapporti si erano raffreddati da mesi.

Già a gennaio La Gazzetta dello Sport aveva raccontato le tensioni sul rinnovo, con la società ferma su un'offerta annuale giudicata insufficiente dall'entourage del giocatore. Il contratto scade il 30 giugno: Amaral partirà a parametro zero.

Il post ha raccolto in poche ore migliaia di commenti dei tifosi, molti dei quali critici con la proprietà. La Virtus Montelago, al momento, ha scelto il silenzio.
""",
"02_pl.txt": """Kapitan Virtus Montelago odchodzi. Wymowne słowa o Jarosławie Dziedzicu
WP SportoweFakty
7 czerwca 2027, 11:58

Tiago Rebelo Amaral nie będzie już piłkarzem Virtus Montelago. Portugalski pomocnik, kapitan drużyny prowadzonej przez Jarosława Dziedzica, ogłosił odejście z włoskiego klubu po sześciu sezonach. Zrobił to w niedzielę wieczorem w poście na Instagramie.

„Po sześciu sezonach przyszedł czas, żeby się pożegnać. To nie była moja decyzja” – napisał 29-latek. We wpisie nie zabrakło ciepłych słów pod adresem polskiego szkoleniowca. Amaral nazwał Dziedzica „człowiekiem, dzięki któremu znów pokochałem futbol”.

Dziedzic prowadzi Virtus od lata 2025 roku i w minionym sezonie doprowadził zespół do najwyższego miejsca w lidze od dwóch dekad. Amaral był w jego drużynie jednym z kluczowych zawodników – w ostatnich rozgrywkach rozegrał 36 spotkań i strzelił sześć goli.

Kontrakt Portugalczyka wygasa 30 czerwca, więc może odejść za darmo. Klub na razie nie skomentował wpisu swojego kapitana.

Portugalczyk trafił do Montelago w 2021 roku i rozegrał w barwach klubu 214 meczów. W ostatnich tygodniach łączono go z klubami z Portugalii, Hiszpanii i Turcji.
""",
"03_en.txt": """Tiago Amaral announces Virtus Montelago exit in Instagram post
7 June 2027

Virtus Montelago captain Tiago Rebelo Amaral has announced he is leaving the Italian club after six seasons, criticising the club's leadership in a farewell message to supporters.

"After six seasons, the time has come to say goodbye. It was not my decision," the Portuguese midfielder said in an Instagram post on Sunday night.

"In 2025 they promised me a project and a new contract that never came. Everyone knows what they did and what they said," Amaral, 29, added, in what was widely read as a reference to club president Ottavio Sangiorgi.

Amaral joined Montelago in 2021 and has made 214 appearances, scoring 31 goals. His contract expires on 30 June, meaning he will leave on a free transfer.

The midfielder has been linked with clubs in Portugal, Spain and Turkey in recent weeks. Virtus Montelago have not responded publicly to the post, which had been liked more than 300,000 times by Monday morning.
""",
"04_de.txt": """Emotionaler Abschied: Amaral rechnet mit Montelago-Boss ab
SPORT1
07.06.2027 | 14:27

Abschied mit Nebengeräuschen: Tiago Rebelo Amaral verlässt die Virtus Montelago nach sechs Jahren. Das verkündete der portugiesische Mittelfeldspieler am Sonntagabend bei Instagram – und teilte dabei kräftig gegen die Klubführung aus.

„Nach sechs Spielzeiten ist es Zeit, Lebewohl zu sagen. Es war nicht meine Entscheidung“, schrieb der 29-Jährige. Im Jahr 2025 habe man ihm ein Projekt und eine Vertragsverlängerung versprochen, „die nie gekommen sind“. Gemeint ist Präsident Ottavio Sangiorgi.

Dankbar zeigte sich Amaral dagegen gegenüber seinem Trainer Jarosław Dziedzic, dem Mann, „der mich wieder den Fußball lieben ließ“. Auch den Fans in der Kurve widmete er einige Zeilen. Der Post wurde binnen weniger Stunden mehr als 300.000 Mal gelikt, zahlreiche Mitspieler kommentierten mit Herz-Emojis.

In Deutschland ist Amaral kein Unbekannter: Von 2019 bis 2021 spielte er für den TSV Oberhaidach, ehe er nach Italien wechselte. Sein Vertrag in Montelago läuft am 30. Juni aus, der Mittelfeldmann ist damit ablösefrei zu haben.
""",
}, [{"name": "Tiago Rebelo Amaral", "in_corpus": False}],
[{"origin": "Tiago Rebelo Amaral", "article": "00_pt.txt"},
 {"origin": "Tiago Rebelo Amaral", "article": "01_it.txt"},
 {"origin": "Tiago Rebelo Amaral", "article": "02_pl.txt"},
 {"origin": "Tiago Rebelo Amaral", "article": "03_en.txt"},
 {"origin": "Tiago Rebelo Amaral", "article": "04_de.txt"}],
[{"text": "Tiago Rebelo Amaral announced he is leaving Virtus Montelago after six seasons.",
  "articles": ["00_pt.txt", "01_it.txt", "02_pl.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Amaral said the project and contract renewal promised to him in 2025 never came.",
  "articles": ["00_pt.txt", "01_it.txt", "03_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Amaral thanked coach Jarosław Dziedzic for making him love football again.",
  "articles": ["00_pt.txt", "02_pl.txt", "04_de.txt"], "independent_sources": 1}])

# f07: two independent roots: AFP (outside, only credited) and Ouest-France's own report
# (journalist in the council chamber: "La séance, à laquelle Ouest-France a assisté" + "nous a
# déclaré la maire"). es credits both ("según informó la agencia France-Presse" + "Según relató el
# diario regional Ouest-France, presente en el pleno"); de "wie die Nachrichtenagentur AFP
# meldete" + "sagte ... der Agentur"; pt "segundo a agência France-Presse (AFP)" + "disse à AFP";
# pl credits Ouest-France only ("jak relacjonuje regionalny dziennik „Ouest-France”").
story("f07_saintaurele_stadium_sale", "two_roots", {
"00_fr.txt": """Saint-Aurèle : le conseil municipal vote la vente du stade de la Garenne au FCSA
Ouest-France
Publié le 08/11/2027 à 23h41

C'est fait. Par 31 voix contre 12, le conseil municipal de Saint-Aurèle a approuvé, lundi soir, la vente du stade de la Garenne au FC Saint-Aurèle pour 27 millions d'euros. La séance, à laquelle Ouest-France a assisté, a duré près de quatre heures.

Les débats ont été tendus. « Le stade a été estimé à 41 millions il y a quatre ans. On le brade à un investisseur étranger », a lancé dans l'hémicycle Yannick Pellerin, chef de file de l'opposition. À l'annonce du résultat, une partie des élus minoritaires a quitté la salle sous les applaudissements du public.

Dehors, environ 200 supporters s'étaient rassemblés dès 18 h derrière une banderole « La Garenne n'est pas à vendre ». Le rassemblement s'est dispersé dans le calme peu avant minuit.

« C'est une décision responsable. La ville n'a plus les moyens d'entretenir seule une enceinte de 22 000 places », nous a déclaré la maire, Catherine Le Goff-Ravier, à la sortie de la séance. Selon elle, l'entretien du stade coûtait près de 1,8 million d'euros par an à la commune.

Propriété de l'homme d'affaires espagnol Ignacio Larrauri depuis 2023, le club devient ainsi l'un des rares en France à posséder son stade. L'acte de vente doit être signé d'ici à la fin de l'année.
""",
"01_es.txt": """Ignacio Larrauri se queda con el estadio del Saint-Aurèle por 27 millones
Mundo Deportivo
09/11/2027 12:25

El FC Saint-Aurèle, propiedad del empresario español Ignacio Larrauri, será el dueño de su estadio. El ayuntamiento de la ciudad francesa aprobó el lunes por la noche la venta del estadio de la Garenne al club por 27 millones de euros, según informó la agencia France-Presse.

"Es un día histórico para el club y para la ciudad", declaró a la AFP el presidente de la entidad, Hervé Coudray, tras conocer el resultado de la votación.

La sesión no estuvo exenta de tensión. Según relató el diario regional Ouest-France, presente en el pleno, unos 200 aficionados se concentraron a las puertas del ayuntamiento con una pancarta contra la venta. La alcaldesa, Catherine Le Goff-Ravier, defendió ante el periódico francés que la ciudad "ya no tiene medios para mantener sola un estadio de 22.000 localidades".

Larrauri, que hizo fortuna en el sector logístico, compró el club en 2023 cuando militaba en la segunda categoría del fútbol francés y lo devolvió a la élite apenas un año después. La compra del estadio era una de sus grandes promesas.
""",
"02_de.txt": """Französischer Erstligist kauft sein Stadion
Frankfurter Allgemeine Zeitung
09.11.2027-08:14

Der französische Fußballklub FC Saint-Aurèle wird Eigentümer seiner Spielstätte. Der Stadtrat von Saint-Aurèle stimmte am Montagabend dem Verkauf des Stade de la Garenne an den Verein für 27 Millionen Euro zu, wie die Nachrichtenagentur AFP meldete.

Der Klub verpflichtet sich demnach, binnen fünf Jahren mindestens 40 Millionen Euro in die Modernisierung des 22.000 Zuschauer fassenden Stadions zu investieren. Geplant sind unter anderem ein neues Dach über der Haupttribüne und ein Hotel. Der Abstimmung im Rathaus war nach Angaben der Agentur eine lange und hitzige Debatte vorausgegangen.

„Das ist ein historischer Tag für den Klub und für die Stadt“, sagte Klubpräsident Hervé Coudray der Agentur. Die Umbaupläne will er noch vor Weihnachten vorstellen. Der Verein gehört seit 2023 dem spanischen Unternehmer Ignacio Larrauri.

In Frankreich sind Stadien traditionell im Besitz der Kommunen, Verkäufe an Vereine sind bislang die Ausnahme. Viele Städte tun sich jedoch mit den hohen Unterhaltskosten für die oft jahrzehntealten Arenen zunehmend schwer.
""",
"03_pt.txt": """Câmara de Saint-Aurèle vende estádio ao clube por 27 milhões de euros
Público
9 de Novembro de 2027, 10:02

O FC Saint-Aurèle, clube francês treinado pelo português Luís Sardinha Matos, vai passar a ser dono do seu estádio. A câmara municipal de Saint-Aurèle aprovou na segunda-feira à noite a venda do estádio de la Garenne ao clube por 27 milhões de euros, segundo a agência France-Presse (AFP).

Como contrapartida, o clube compromete-se a investir pelo menos 40 milhões de euros na modernização do recinto nos próximos cinco anos, adianta a agência. O estádio, inaugurado em 1962, tem capacidade para 22 mil espectadores e precisa de obras profundas na bancada principal.

"É um dia histórico para o clube e para a cidade", disse à AFP o presidente do clube, Hervé Coudray, que promete apresentar o projeto de remodelação aos sócios antes do Natal.

O clube pertence desde 2023 ao empresário espanhol Ignacio Larrauri. Sardinha Matos, que chegou a Saint-Aurèle no verão passado, tem no plantel dois jogadores portugueses e levou a equipa ao sexto lugar do campeonato.
""",
"04_pl.txt": """Francuskie miasto sprzedało stadion klubowi. Kibice protestowali
Rzeczpospolita
Publikacja: 09.11.2027 14:10

Rada miejska francuskiego Saint-Aurèle zgodziła się w poniedziałek wieczorem na sprzedaż stadionu de la Garenne miejscowemu klubowi FC Saint-Aurèle za 27 mln euro. Jak relacjonuje regionalny dziennik „Ouest-France”, którego dziennikarz był na sali obrad, za głosowało 31 radnych, przeciw – 12.

Sesja trwała niemal cztery godziny i była burzliwa. Według „Ouest-France” przed ratuszem zebrało się około 200 kibiców z transparentem „La Garenne nie jest na sprzedaż”, a część radnych opozycji po ogłoszeniu wyniku opuściła salę.

Burmistrz Catherine Le Goff-Ravier powiedziała gazecie, że miasta nie stać już na samodzielne utrzymanie obiektu na 22 tys. widzów. Utrzymanie stadionu kosztowało gminę blisko 1,8 mln euro rocznie. Opozycja zarzucała władzom miasta, że obiekt wyceniony cztery lata temu na 41 mln euro został sprzedany za bezcen. Akt notarialny ma zostać podpisany do końca roku.

W FC Saint-Aurèle występuje reprezentant Polski, obrońca Kamil Sobierajski, który trafił do klubu w 2026 roku. Właścicielem klubu jest od 2023 roku hiszpański biznesmen Ignacio Larrauri.
""",
}, [{"name": "AFP", "in_corpus": False}, {"name": "Ouest-France", "in_corpus": True}],
[{"origin": "Ouest-France", "article": "01_es.txt"}, {"origin": "AFP", "article": "01_es.txt"},
 {"origin": "AFP", "article": "02_de.txt"}, {"origin": "AFP", "article": "03_pt.txt"},
 {"origin": "Ouest-France", "article": "04_pl.txt"}],
[{"text": "Saint-Aurèle's council approved the sale of the Stade de la Garenne to FC Saint-Aurèle for €27m.",
  "articles": ["00_fr.txt", "01_es.txt", "02_de.txt", "03_pt.txt", "04_pl.txt"], "independent_sources": 2},
 {"text": "The council voted 31 to 12 for the sale.",
  "articles": ["00_fr.txt", "04_pl.txt"], "independent_sources": 1},
 {"text": "The club commits to invest at least €40m in modernising the stadium within five years.",
  "articles": ["02_de.txt", "03_pt.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 175 (football; real outlet names, invented events); see README.md.",
              "stories": []}
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
    print(len(S), "stories,", sum(len(s[2]) for s in S), "articles")


if __name__ == "__main__":
    main()
