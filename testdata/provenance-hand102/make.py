#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand102 set (sports; all events,
people, clubs, figures and quotes invented; outlet names are real media brands)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: Marca's own transfer scoop ("Según ha podido saber MARCA", "confirman a este periódico",
# anonymous board member "reconoce a MARCA"); de Kicker "Wie die spanische Sporttageszeitung Marca
# berichtet" + "Nach Marca-Informationen" + "dem Madrider Blatt zufolge" (club's no-comment is no
# own reporting); it Gazzetta "lo riporta il quotidiano madrileno Marca" + "scrive il giornale
# spagnolo"; pt WITHOUT outlet line = uncredited close translation of Marca (keeps "confirmam a
# este jornal"): edge from Marca.
story("t01_marca_scoop_olmedo_translation", "translation", {
"00_es.txt": """Olmedo ya tiene acuerdo con el Lahnstadt: pagarán los 35 millones de su cláusula
Marca
Actualizado 14/06/2027 - 08:12

Adrián Olmedo jugará la próxima temporada en la Bundesliga. Según ha podido saber MARCA, el extremo del Montemayor ha cerrado un acuerdo verbal con el SV Lahnstadt para firmar un contrato de cinco temporadas, hasta junio de 2032, y el club alemán está dispuesto a depositar en LaLiga los 35 millones de euros de su cláusula de rescisión.

La operación se desbloqueó el pasado miércoles en un hotel de Madrid, donde el director deportivo del Lahnstadt, Jörg Hellweger, se reunió durante más de tres horas con el agente del futbolista, Luis Carrasco. Fuentes cercanas al jugador confirman a este periódico que Olmedo dio el 'sí' esa misma noche, convencido por el proyecto deportivo y por la promesa de jugar la Champions.

El extremo, de 22 años, percibirá alrededor de 4,5 millones netos por temporada, casi el triple de lo que cobra ahora en el Montemayor. En el club castellano asumen la salida: "Nadie quiere perder a Adrián, pero con una cláusula así no hay nada que negociar", reconoce a MARCA un miembro de la directiva que prefiere no dar su nombre.

Olmedo, internacional sub-21, firmó la pasada campaña 11 goles y 9 asistencias en 36 partidos de Liga y fue elegido mejor jugador joven del campeonato. El Lahnstadt, quinto en la Bundesliga, busca un sustituto para Tobias Rennhardt, que se marcha a Inglaterra.

Está previsto que el jugador pase el reconocimiento médico la próxima semana en Alemania, antes de incorporarse a la pretemporada del conjunto alemán el 8 de julio.
""",
"01_de.txt": """Bericht: Lahnstadt zieht Ausstiegsklausel für Montemayor-Flügelspieler Olmedo
Kicker
14.06.2027, 13:40

Der SV Lahnstadt steht offenbar vor dem teuersten Transfer seiner Vereinsgeschichte. Wie die spanische Sporttageszeitung Marca berichtet, hat sich der Bundesliga-Fünfte mit Adrián Olmedo vom spanischen Erstligisten CD Montemayor mündlich auf einen Fünfjahresvertrag bis 2032 geeinigt. Die Ablöse soll der festgeschriebenen Ausstiegsklausel von 35 Millionen Euro entsprechen.

Nach Marca-Informationen traf sich Sportdirektor Jörg Hellweger bereits in der vergangenen Woche in einem Madrider Hotel mit Olmedos Berater Luis Carrasco. Der 22-Jährige soll dem Madrider Blatt zufolge rund 4,5 Millionen Euro netto pro Saison verdienen – fast dreimal so viel wie bisher.

Der Verein selbst wollte den Bericht am Montag nicht kommentieren. „Wir sprechen grundsätzlich nicht über Spieler anderer Klubs“, hieß es lediglich aus Lahnstadt.

Olmedo, spanischer U-21-Nationalspieler, kam in der abgelaufenen Saison auf 11 Tore und 9 Vorlagen in 36 Ligaspielen und wurde zum besten Nachwuchsspieler der Liga gewählt. Bei Lahnstadt soll der Linksfuß die Lücke schließen, die der Abgang von Tobias Rennhardt in die Premier League reißt.

Den Medizincheck könnte Olmedo laut dem Bericht bereits in der kommenden Woche absolvieren. Trainingsauftakt ist am 8. Juli.
""",
"02_it.txt": """Olmedo verso la Bundesliga: il Lahnstadt pagherà la clausola da 35 milioni
La Gazzetta dello Sport
14 giugno 2027

Adrián Olmedo ha scelto la Germania. L'esterno sinistro del Montemayor ha raggiunto un accordo di massima con il Lahnstadt: lo riporta il quotidiano madrileno Marca, secondo cui il club tedesco verserà l'intera clausola rescissoria da 35 milioni di euro, la cifra più alta mai spesa dalla società.

Per il giocatore, 22 anni, è pronto un contratto di cinque stagioni, fino al 2032, da circa 4,5 milioni netti a stagione. Stando a quanto scrive il giornale spagnolo, la svolta è arrivata mercoledì scorso in un albergo di Madrid, durante un lungo incontro tra il direttore sportivo Jörg Hellweger e l'agente del ragazzo, Luis Carrasco.

Nella scorsa Liga l'esterno ha chiuso con 11 gol e 9 assist in 36 presenze, meritandosi il premio di miglior giovane del campionato. Nazionale under 21 spagnolo, è mancino e può giocare su entrambe le fasce.

Il Lahnstadt, quinto nell'ultima Bundesliga e qualificato alla Champions, lo ha individuato come erede di Tobias Rennhardt, in partenza per l'Inghilterra. Le visite mediche, sempre secondo Marca, sono in programma la prossima settimana in Germania.
""",
"03_pt.txt": """Olmedo já tem acordo com o Lahnstadt: alemães pagam os 35 milhões da cláusula
14/06/2027 15:02

Adrián Olmedo vai jogar na próxima temporada na Bundesliga. O extremo do Montemayor fechou um acordo verbal com o SV Lahnstadt para assinar um contrato de cinco temporadas, até junho de 2032, e o clube alemão está disposto a depositar na LaLiga os 35 milhões de euros da cláusula de rescisão.

A operação desbloqueou-se na passada quarta-feira num hotel de Madrid, onde o diretor desportivo do Lahnstadt, Jörg Hellweger, esteve reunido durante mais de três horas com o agente do futebolista, Luis Carrasco. Fontes próximas do jogador confirmam a este jornal que Olmedo disse "sim" nessa mesma noite, convencido pelo projeto desportivo e pela promessa de jogar a Liga dos Campeões.

O extremo, de 22 anos, vai receber cerca de 4,5 milhões líquidos por temporada, quase o triplo do que ganha atualmente no Montemayor. No clube castelhano a saída é dada como certa: "Ninguém quer perder o Adrián, mas com uma cláusula destas não há nada a negociar", reconhece um membro da direção que prefere não ser identificado.

Olmedo, internacional sub-21, somou na época passada 11 golos e 9 assistências em 36 jogos da Liga e foi eleito o melhor jovem do campeonato. O Lahnstadt, quinto classificado na Bundesliga, procura um substituto para Tobias Rennhardt, que está de saída para Inglaterra.

O jogador deverá fazer os exames médicos na próxima semana na Alemanha, antes de se juntar à pré-temporada da equipa alemã a 8 de julho.
""",
}, [("Marca", True)],
[("Marca", "01_de.txt"), ("Marca", "02_it.txt"), ("Marca", "03_pt.txt")],
[("CD Montemayor winger Adrián Olmedo has agreed a five-year contract with SV Lahnstadt, which will pay his €35 million release clause.",
  ["00_es.txt", "01_de.txt", "02_it.txt", "03_pt.txt"], 1),
 ("Olmedo will earn about €4.5 million net per season at Lahnstadt.",
  ["00_es.txt", "01_de.txt", "02_it.txt", "03_pt.txt"], 1),
 ("Lahnstadt sporting director Jörg Hellweger met Olmedo's agent Luis Carrasco in a Madrid hotel.",
  ["00_es.txt", "01_de.txt", "02_it.txt", "03_pt.txt"], 1),
 ("Olmedo is due to have his medical in Germany next week.",
  ["00_es.txt", "01_de.txt", "02_it.txt", "03_pt.txt"], 1)])

# t02: chain pl -> de -> en, it. Own: "Jak dowiedział się „Przegląd Sportowy”", "Według naszych
# informacji", two anonymous people "potwierdziły nam", "powiedział „Przeglądowi Sportowemu”"
# (dative). de: "Wie das polnische Sportblatt Przegląd Sportowy am Mittwoch berichtet" + "Laut der
# Zeitung aus Warschau". en: "German magazine Kicker reported ..., citing Polish daily Przegląd
# Sportowy" (+ unanswered request for comment: no own reporting) -> edge from Kicker. it:
# "Secondo quanto riporta la rivista tedesca Kicker" + "aggiunge la testata tedesca" -> edge from Kicker.
story("t02_chain_przeglad_goalkeeper", "chain", {
"00_pl.txt": """Wróblewski o krok od Bundesligi. Weserland zapłaci za bramkarza 6 mln euro
Przegląd Sportowy
07.07.2027, 07:15

Kacper Wróblewski najpewniej jeszcze w tym tygodniu zostanie piłkarzem FC Weserland. Jak dowiedział się „Przegląd Sportowy”, niemiecki klub porozumiał się z Wartą Zalesie w sprawie transferu 24-letniego bramkarza. Warta ma zarobić na nim 6 mln euro plus ok. 1,5 mln euro w bonusach, co uczyniłoby Wróblewskiego najdrożej sprzedanym zawodnikiem w historii klubu.

Według naszych informacji rozmowy trwały od końca maja, a przełom nastąpił w poniedziałek, kiedy Niemcy podnieśli ofertę o milion euro. Dwie osoby z otoczenia klubu, które prosiły o zachowanie anonimowości, potwierdziły nam, że zarząd Warty zaakceptował propozycję na posiedzeniu we wtorek wieczorem.

– Nie będziemy zatrzymywać Kacpra na siłę. To dla niego wielka szansa, a dla nas spory zastrzyk gotówki – powiedział „Przeglądowi Sportowemu” prezes Warty Zbigniew Malczyk, który nie chciał jednak potwierdzić kwoty.

Wróblewski ma podpisać z Weserlandem czteroletni kontrakt. W minionym sezonie Ekstraklasy zachował czyste konto w 14 z 33 meczów i obronił trzy rzuty karne, a w marcu po raz pierwszy otrzymał powołanie do reprezentacji Polski.

W Bundeslidze ma zastąpić Marka Lindholma, 36-letniego Duńczyka, który po zakończeniu sezonu ogłosił koniec kariery. Testy medyczne zaplanowano na czwartek.
""",
"01_de.txt": """Weserland vor Verpflichtung von Polens Torwart-Talent Wróblewski
Kicker
Wed, 07 Jul 2027 12:30:00 +0200

Der FC Weserland hat offenbar seinen neuen Stammtorhüter gefunden. Wie das polnische Sportblatt Przegląd Sportowy am Mittwoch berichtet, hat sich der Bundesligist mit Warta Zalesie auf einen Wechsel von Kacper Wróblewski geeinigt. Die Ablöse für den 24-Jährigen soll bei sechs Millionen Euro liegen, hinzu kämen Bonuszahlungen von rund 1,5 Millionen Euro.

Laut der Zeitung aus Warschau hatte Weserland sein Angebot zu Wochenbeginn um eine Million Euro erhöht; der Vorstand des polnischen Erstligisten habe am Dienstagabend zugestimmt. Warta-Präsident Zbigniew Malczyk wird in dem Bericht mit den Worten zitiert, man werde den Torhüter „nicht mit Gewalt halten“.

Wróblewski, der im März erstmals für die polnische Nationalmannschaft nominiert wurde, soll einen Vierjahresvertrag erhalten und die Nachfolge von Marek Lindholm antreten, der seine Karriere beendet hat. In der abgelaufenen Saison blieb der 1,93 Meter große Schlussmann in 14 von 33 Ligaspielen ohne Gegentor.

Der Medizincheck ist dem Bericht zufolge bereits für Donnerstag angesetzt. Für Weserland wäre es nach Mittelfeldspieler Jannis Oberkamp der zweite Sommerzugang.
""",
"02_en.txt": """Weserland close to signing Poland goalkeeper Wróblewski - report
ESPN
July 7, 2027, 10:05 AM ET

FC Weserland have agreed a deal with Polish side Warta Zalesie to sign goalkeeper Kacper Wróblewski for €6 million plus add-ons worth about €1.5m, German magazine Kicker reported on Wednesday, citing Polish daily Przegląd Sportowy.

The 24-year-old is set to sign a four-year contract with the Bundesliga club, who have been looking for a new No. 1 since Danish veteran Marek Lindholm retired at the end of last season.

Weserland raised their offer by €1m at the start of the week, and the Warta board approved the sale on Tuesday night, according to the report. Wróblewski is expected to undergo a medical on Thursday.

Wróblewski kept 14 clean sheets in 33 Ekstraklasa games last season and received his first call-up to the Poland squad in March, although he has yet to make his senior debut.

Neither Weserland nor Warta responded to ESPN's request for comment.

Weserland finished ninth in the Bundesliga last season and conceded 51 goals, the fourth-worst defensive record in the division.
""",
"03_it.txt": """Weserland, c'è l'accordo per il portiere polacco Wróblewski
Corriere dello Sport
07/07/2027 16:48

Il Weserland ha scelto il dopo-Lindholm. Secondo quanto riporta la rivista tedesca Kicker, il club della Bundesliga ha trovato l'intesa con il Warta Zalesie per il portiere Kacper Wróblewski: al club polacco andranno 6 milioni di euro più circa 1,5 di bonus legati al rendimento.

Per il 24enne, già nel giro della nazionale polacca, è pronto un contratto quadriennale. Le visite mediche sono fissate per giovedì, aggiunge la testata tedesca.

Wróblewski, 1,93 metri, nella scorsa stagione ha chiuso 14 delle 33 gare di campionato senza subire gol. Il danese Marek Lindholm, 36 anni, ha appeso i guantoni al chiodo a fine maggio dopo nove stagioni con la maglia del Weserland.

Il mercato dei portieri in Germania è particolarmente vivace quest'estate: almeno quattro club di Bundesliga hanno cambiato il proprio numero uno rispetto alla scorsa stagione.
""",
}, [("Przegląd Sportowy", True)],
[("Przegląd Sportowy", "01_de.txt"), ("Kicker", "02_en.txt"), ("Kicker", "03_it.txt")],
[("FC Weserland agreed with Warta Zalesie to sign goalkeeper Kacper Wróblewski for €6 million plus about €1.5 million in bonuses.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 1),
 ("Wróblewski is to sign a four-year contract and succeed the retired Marek Lindholm.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 1),
 ("Weserland raised its offer by €1 million and the Warta board approved the sale on Tuesday evening.",
  ["00_pl.txt", "01_de.txt", "02_en.txt"], 1),
 ("Wróblewski's medical is scheduled for Thursday.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 1)])

# t03: a journalist's X post (outside origin: Gianmarco Terzoli). es AS relays the post ("según
# avanzó este jueves en X el periodista italiano") AND adds its own confirmation ("AS ha podido
# confirmar la operación con fuentes del Almenara") -> AS is also an in-corpus origin. pt Record "A
# informação foi avançada ... pelo jornalista italiano ..., numa publicação na rede social X"; pl
# "Jak napisał ... na platformie X włoski dziennikarz" + "Według wpisu Terzolego" (genitive); en
# (no outlet and no date line) credits the post and AS's confirmation: two edges.
story("t03_x_post_ibarrola_confirmation", "confirmation", {
"00_es.txt": """Ibarrola se va a Italia: acuerdo entre el Almenara y el Valdorcia
AS
Actualizado: 22/07/2027 19:47 CEST

Marcos Ibarrola jugará en la Serie A. El Valdorcia y el Almenara han cerrado el traspaso del centrocampista en forma de cesión con obligación de compra, por un total de 18 millones de euros, según avanzó este jueves en X el periodista italiano Gianmarco Terzoli, especializado en el mercado de fichajes.

"Accordo totale tra Valdorcia e Almenara per Marcos Ibarrola", escribió Terzoli poco después de las seis de la tarde, en un mensaje que apenas tardó unos minutos en correr por los grupos de aficionados del club andaluz.

AS ha podido confirmar la operación con fuentes del Almenara, que detallan que el pago se fraccionará: tres millones por la cesión y otros quince cuando se active la obligación de compra, algo que ocurrirá en cuanto el centrocampista dispute 20 partidos con su nuevo equipo. El club andaluz se guarda, además, un 10% de una futura venta.

Ibarrola, de 27 años, llegó al Almenara en el verano de 2024 procedente del Ribamar portugués y ha sido el jugador de campo con más minutos del equipo en las dos últimas temporadas. Su salida obliga a la dirección deportiva a buscar un recambio en la medular a menos de un mes del inicio de LaLiga.

El Almenara ingresó el pasado curso 22 millones por ventas de jugadores, una cifra que con esta operación quedaría ya prácticamente igualada en pleno verano.
""",
"01_pt.txt": """Ibarrola, ex-Ribamar, a caminho do Valdorcia
Record
22 de julho de 2027, 20:31

Marcos Ibarrola, médio espanhol que representou o Ribamar entre 2021 e 2024, está de saída do Almenara para o Valdorcia, da Serie A. A informação foi avançada ao final da tarde desta quinta-feira pelo jornalista italiano Gianmarco Terzoli, numa publicação na rede social X, na qual garante existir "acordo total" entre os dois clubes.

Segundo o jornalista, especialista em mercado de transferências, o negócio será feito por empréstimo com obrigação de compra, num valor global de 18 milhões de euros. Terzoli acrescenta que o médio, de 27 anos, fará os exames médicos já na segunda-feira.

Em Ribamar, Ibarrola deixou boa imagem: fez 97 jogos e marcou 8 golos em três temporadas, antes de rumar a Espanha a troco de 4 milhões de euros. Nas duas últimas épocas foi o jogador de campo mais utilizado do Almenara.

Nem o Almenara nem o Valdorcia comentaram, até ao momento, a notícia.
""",
"02_pl.txt": """Konkurent dla Kędziory. Valdorcia ściąga pomocnika z LaLiga
WP SportoweFakty
22 lipca 2027, 21:10

Mateusz Kędziora będzie miał w Valdorcii nowego rywala do gry w środku pola. Jak napisał w czwartek wieczorem na platformie X włoski dziennikarz Gianmarco Terzoli, klub z Serie A porozumiał się z hiszpańską Almenarą w sprawie transferu Marcosa Ibarroli.

Według wpisu Terzolego 27-letni Hiszpan trafi do Włoch na zasadzie wypożyczenia z obowiązkiem wykupu, a cała operacja ma kosztować Valdorcię 18 mln euro. Testy medyczne pomocnik ma przejść w poniedziałek – dodał dziennikarz, uznawany za jednego z najlepiej poinformowanych w sprawach włoskiego rynku transferowego.

Ibarrola to defensywny pomocnik, który w dwóch ostatnich sezonach był podstawowym zawodnikiem Almenary. Wcześniej przez trzy lata występował w Portugalii.

Dla Kędziory to nie jest dobra wiadomość. Polak, który trafił do Valdorcii przed rokiem z Warty Zalesie, rozegrał w minionym sezonie 29 meczów w Serie A, ale tylko 17 w podstawowym składzie. Po przyjściu Hiszpana o miejsce w jedenastce będzie mu jeszcze trudniej.
""",
"03_en.txt": """Valdorcia agree Ibarrola deal with Almenara

Serie A side Valdorcia have reached an agreement with Almenara to sign Spanish midfielder Marcos Ibarrola, Italian transfer journalist Gianmarco Terzoli said on X on Thursday evening.

Terzoli, who covers the Italian market, wrote that there was "total agreement" between the two clubs on an initial loan with an obligation to buy, in a deal worth €18 million in total.

Spanish sports daily AS later reported that it had confirmed the agreement with sources at Almenara. According to the newspaper, the obligation to buy will be triggered once Ibarrola has played 20 matches for Valdorcia, with €3m payable for the loan and a further €15m for the permanent move. Almenara will also keep 10% of any future sale, AS added.

The 27-year-old joined Almenara from Portuguese club Ribamar in 2024 and has been the Spanish club's most-used outfield player over the past two seasons.

Valdorcia finished 11th in Serie A last season and have been looking for experience in midfield since the departure of captain Lorenzo Fabbrocini, who joined a club in Saudi Arabia in June.
""",
}, [("Gianmarco Terzoli", False), ("AS", True)],
[("Gianmarco Terzoli", "00_es.txt"), ("Gianmarco Terzoli", "01_pt.txt"), ("Gianmarco Terzoli", "02_pl.txt"),
 ("Gianmarco Terzoli", "03_en.txt"), ("AS", "03_en.txt")],
[("Valdorcia and Almenara agreed a deal for midfielder Marcos Ibarrola: a loan with an obligation to buy worth €18 million in total.",
  ["00_es.txt", "01_pt.txt", "02_pl.txt", "03_en.txt"], 2),
 ("Ibarrola is due to undergo his medical on Monday.",
  ["01_pt.txt", "02_pl.txt"], 1)])

# t04: a club's statement on its own website (outside origin: US Castelmonte). it "lo ha comunicato
# il club biancoverde con una nota pubblicata ... sul proprio sito ufficiale" + "si legge nel
# comunicato"; pt "anunciou o emblema italiano em comunicado publicado no site oficial" + "lê-se na
# nota"; en "the club announced in a statement on its website"; es "La entidad
# italiana informó en un comunicado difundido en su web oficial" + "señala la nota". The president
# quoted inside the statement is part of the statement, not an origin.
story("t04_club_statement_castelmonte", "institution", {
"00_it.txt": """Castelmonte, esonerato Valadares. La squadra a Brentani
La Gazzetta dello Sport
2027-11-01 13:05

La quinta sconfitta consecutiva è costata la panchina a Nuno Valadares. Il Castelmonte ha esonerato il tecnico portoghese, arrivato in estate con un contratto biennale: lo ha comunicato il club biancoverde con una nota pubblicata nella tarda mattinata sul proprio sito ufficiale.

"US Castelmonte comunica di aver sollevato dall'incarico di responsabile tecnico della prima squadra Nuno Valadares e il suo staff", si legge nel comunicato. "La società ringrazia il mister per la professionalità dimostrata e gli augura le migliori fortune professionali."

Nella stessa nota il club annuncia che la guida della prima squadra è affidata, in via temporanea, a Paolo Brentani, finora allenatore della Primavera. Brentani dirigerà domani mattina il suo primo allenamento.

Fatale a Valadares lo 0-3 casalingo di domenica contro il Lagodoro, accolto dai fischi della curva. Il Castelmonte, con 9 punti in 11 giornate, è penultimo in classifica e ha la peggior difesa del campionato con 24 reti subite.

Il presidente Alberto Rinaldini, citato nel comunicato, parla di "una decisione sofferta ma necessaria per dare una scossa all'ambiente". Nei prossimi giorni, precisa la nota, la società valuterà se confermare Brentani fino a fine stagione o affidarsi a un allenatore esperto.
""",
"01_pt.txt": """Nuno Valadares despedido do Castelmonte
A Bola
1 de novembro de 2027, 14:40

Nuno Valadares já não é treinador do Castelmonte. O emblema italiano anunciou esta segunda-feira, em comunicado publicado no site oficial, a saída do técnico português, ao fim de cinco derrotas consecutivas na Serie A.

"O US Castelmonte comunica que dispensou Nuno Valadares e a sua equipa técnica das funções de responsáveis pela equipa principal", lê-se na nota do clube, que agradece ao treinador "o profissionalismo demonstrado".

Valadares, de 47 anos, tinha chegado a Itália no verão, com contrato por duas temporadas, depois de ter levado o Ribamar ao quarto lugar da Liga Portugal. Em Itália, venceu apenas dois dos 11 jogos do campeonato. A derrota de domingo, por 0-3 em casa frente ao Lagodoro, foi a gota de água.

Segundo o comunicado, a equipa passa a ser orientada interinamente por Paolo Brentani, técnico da equipa Primavera (sub-19). O Castelmonte ocupa o penúltimo lugar da classificação, com nove pontos.

É o segundo treinador português a deixar um clube da Serie A esta temporada.
""",
"02_en.txt": """Castelmonte sack coach Valadares after five straight defeats
ESPN
Nov 1, 2027, 09:15 AM ET

Serie A strugglers Castelmonte have sacked head coach Nuno Valadares following a fifth consecutive defeat, the club announced in a statement on its website on Monday.

The Portuguese coach, 47, was appointed in June on a two-year deal but won only two of his 11 league matches in charge. Sunday's 3-0 home loss to Lagodoro left the club second from bottom with nine points.

"US Castelmonte announces that Nuno Valadares and his staff have been relieved of their duties as first-team coaching staff," the statement read. Club president Alberto Rinaldini described the move as "a painful but necessary decision to shake things up."

Youth team coach Paolo Brentani will take charge on an interim basis, the club said, starting with Tuesday's training session. Castelmonte, who have conceded a league-high 24 goals, visit Sanmartino next weekend.

Valadares had previously worked in Spain as an assistant coach at Almenara and led Portuguese side Ribamar to a fourth-place finish in 2026.
""",
"03_es.txt": """El Castelmonte despide a Valadares tras cinco derrotas seguidas
Marca
Actualizado Lunes, 1 noviembre 2027 - 16:04

El Castelmonte ha despedido a Nuno Valadares. La entidad italiana informó este lunes en un comunicado difundido en su web oficial de la destitución del técnico portugués, que pagó cinco derrotas consecutivas en la Serie A, la última un contundente 0-3 ante el Lagodoro en su propio estadio.

Según el comunicado, el entrenador del equipo Primavera, Paolo Brentani, se hará cargo del primer equipo de forma interina. El club "agradece al míster la profesionalidad demostrada", señala la nota, en la que el presidente Alberto Rinaldini habla de una decisión "dolorosa pero necesaria".

Valadares, que conoce bien el fútbol español tras su etapa como segundo entrenador en el Almenara entre 2019 y 2022, había firmado en junio por dos temporadas después de dejar al Ribamar cuarto en la liga portuguesa. Su apuesta por un fútbol de presión alta nunca terminó de cuajar en Italia.

El Castelmonte es penúltimo con nueve puntos en once jornadas y acumula la peor defensa del campeonato.
""",
}, [("US Castelmonte", False)],
[("US Castelmonte", "00_it.txt"), ("US Castelmonte", "01_pt.txt"), ("US Castelmonte", "02_en.txt"), ("US Castelmonte", "03_es.txt")],
[("US Castelmonte sacked head coach Nuno Valadares after five consecutive defeats.",
  ["00_it.txt", "01_pt.txt", "02_en.txt", "03_es.txt"], 1),
 ("Primavera (youth) coach Paolo Brentani takes charge of the first team on an interim basis.",
  ["00_it.txt", "01_pt.txt", "02_en.txt", "03_es.txt"], 1)])

# t05: a federation's published decision (outside origin: DFB, its sports court's ruling published on
# its website). de "Das teilte der Deutsche Fußball-Bund am Dienstag auf seiner Internetseite mit" +
# "heißt es in der Mitteilung des Verbandes"; pl "poinformowała federacja w komunikacie" + "Jak
# czytamy w uzasadnieniu" + "Związek podkreśla"; en "the German football association (DFB) announced"
# + "In its written decision, published on the federation's website" (+ unanswered request: no own
# reporting); it "Lo ha reso noto la DFB con un comunicato" + "si legge nella sentenza".
story("t05_federation_doping_sobieraj", "institution", {
"00_de.txt": """14 Monate Sperre: DFB-Sportgericht verurteilt Rheinaus Sobieraj
Kicker
2027-09-14 15:05

Das DFB-Sportgericht hat Michał Sobieraj vom 1. FC Rheinau wegen eines Dopingvergehens für 14 Monate gesperrt. Das teilte der Deutsche Fußball-Bund am Dienstag auf seiner Internetseite mit. Bei dem polnischen Innenverteidiger war nach dem Bundesligaspiel am 21. März in einer Urinprobe das verbotene Diuretikum Furosemid nachgewiesen worden.

Die Sperre gilt rückwirkend ab dem 12. April, dem Tag der vorläufigen Suspendierung, und endet damit am 11. Juni 2028. Der DFB-Kontrollausschuss hatte eine Sperre von 24 Monaten beantragt.

„Das Gericht hält es für überwiegend wahrscheinlich, dass die Substanz über ein verunreinigtes Nahrungsergänzungsmittel in den Körper des Spielers gelangt ist“, heißt es in der Mitteilung des Verbandes. Ein erhebliches Verschulden liege dennoch vor, weil der Spieler das Präparat weder dem Mannschaftsarzt gemeldet noch habe prüfen lassen.

Gegen das Urteil können beide Seiten binnen einer Woche Berufung beim DFB-Bundesgericht einlegen. Sobieraj, 27, war 2025 aus Italien nach Rheinau gewechselt und hatte bis zu seiner Suspendierung 26 Pflichtspiele für den Klub bestritten. Rheinau steht nach vier Spieltagen auf Rang 14.
""",
"01_pl.txt": """Michał Sobieraj zawieszony na 14 miesięcy. Jest wyrok w sprawie dopingu
Przegląd Sportowy
14.09.2027, 16:20

Michał Sobieraj nie zagra w piłkę do czerwca przyszłego roku. Sąd sportowy Niemieckiego Związku Piłki Nożnej (DFB) zawiesił obrońcę 1. FC Rheinau na 14 miesięcy za stosowanie dopingu – poinformowała federacja w komunikacie opublikowanym we wtorek na swojej stronie internetowej.

W próbce pobranej od 27-latka po meczu Bundesligi 21 marca wykryto furosemid, zakazany środek moczopędny, który może maskować obecność innych substancji. Kara obowiązuje od 12 kwietnia, kiedy Polaka tymczasowo zawieszono, i potrwa do 11 czerwca 2028 roku.

Jak czytamy w uzasadnieniu, sąd uznał za prawdopodobne, że substancja trafiła do organizmu piłkarza wraz z zanieczyszczoną odżywką. Dlatego kara jest niższa niż 24 miesiące, o które wnioskowała komisja kontrolna DFB. Związek podkreśla jednak, że zawodnik nie zgłosił preparatu lekarzowi klubowemu i nie oddał go do zbadania.

Obu stronom przysługuje odwołanie do Federalnego Sądu DFB w ciągu tygodnia.

Sobieraj trafił do Niemiec w 2025 roku z włoskiego Mestrino, wcześniej grał w Ekstraklasie. W marcu, tuż przed wykryciem niedozwolonej substancji, był bliski pierwszego powołania do reprezentacji Polski.
""",
"02_en.txt": """Rheinau defender Sobieraj banned for 14 months after positive test
The Athletic
Sept. 14, 2027

1. FC Rheinau defender Michał Sobieraj has been banned for 14 months after testing positive for a prohibited diuretic, the German football association (DFB) announced on Tuesday.

The DFB's sports court found that the Polish centre-back's sample, taken after a Bundesliga match on March 21, contained furosemide, a substance on the World Anti-Doping Agency's prohibited list that can be used to mask other drugs.

In its written decision, published on the federation's website, the court said it was "more likely than not" that the substance had entered the 27-year-old's body through a contaminated nutritional supplement, which is why it stopped short of the two-year ban requested by the DFB's control committee. It added that Sobieraj still bore significant fault for not declaring the product to the team doctor.

The ban is backdated to April 12, when Sobieraj was provisionally suspended, and runs until June 11, 2028. Both parties have one week to appeal to the DFB's federal court.

Rheinau did not immediately respond to a request for comment. Sobieraj joined the club from Italian side Mestrino in 2025 and had been a regular in their back three before his suspension.
""",
"03_it.txt": """Doping, l'ex Mestrino Sobieraj squalificato 14 mesi in Germania
Tuttosport
14/09/2027 - 17:52

Quattordici mesi di stop per Michał Sobieraj. Il tribunale sportivo della Federcalcio tedesca ha squalificato il difensore polacco del Rheinau, ex Mestrino, trovato positivo al furosemide, un diuretico vietato, dopo una partita di Bundesliga lo scorso 21 marzo. Lo ha reso noto la DFB con un comunicato pubblicato sul proprio sito.

Secondo quanto si legge nella sentenza, i giudici hanno ritenuto "più probabile che no" che la sostanza sia stata assunta attraverso un integratore contaminato: per questo la pena è inferiore ai 24 mesi chiesti dalla procura federale tedesca. La squalifica decorre dal 12 aprile, giorno della sospensione cautelare, e scadrà l'11 giugno 2028.

Contro la decisione è possibile presentare ricorso entro sette giorni alla corte federale della DFB.

In Italia Sobieraj ha giocato tre stagioni con il Mestrino, dal 2022 al 2025, collezionando 94 presenze e 5 gol in Serie B e diventando uno dei punti fermi della difesa.
""",
}, [("DFB", False)],
[("DFB", "00_de.txt"), ("DFB", "01_pl.txt"), ("DFB", "02_en.txt"), ("DFB", "03_it.txt")],
[("The DFB sports court banned 1. FC Rheinau defender Michał Sobieraj for 14 months after he tested positive for furosemide.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1),
 ("The court found the substance probably came from a contaminated supplement, so the ban is shorter than the 24 months requested.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1),
 ("The ban runs from 12 April until 11 June 2028.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_it.txt"], 1)])

# t06: a player's Instagram post (outside origin: Rúben Carvalhal). pt A Bola "comunicou a decisão
# numa longa mensagem publicada na sua conta de Instagram" + "escreveu o jogador"; de Kicker "gab
# seinen Rücktritt ... via Instagram bekannt" + "heißt es in dem Beitrag"; en Sky Sports "announcing
# the decision in an Instagram post"; pl credits A Bola only ("poinformował portugalski dziennik „A
# Bola”", "Jak podaje lizboński dziennik", "cytuje piłkarza „A Bola”"): edge from A Bola (chain).
story("t06_instagram_carvalhal_retires", "social", {
"00_pt.txt": """Rúben Carvalhal despede-se da Seleção: «Chegou o momento»
A Bola
2027-08-29 22:14

Rúben Carvalhal anunciou este domingo o fim da carreira internacional. O extremo do Weserland, de 31 anos, comunicou a decisão numa longa mensagem publicada na sua conta de Instagram, acompanhada de uma fotografia com a camisola das quinas.

«Depois de muito pensar, decidi que chegou o momento de me despedir da Seleção Nacional. Vestir esta camisola 38 vezes foi o maior orgulho da minha vida», escreveu o jogador, que se estreou pela equipa principal em 2019 e marcou sete golos ao serviço de Portugal.

Na publicação, Carvalhal explica que quer dedicar-se ao clube e à família, depois de duas lesões musculares graves nos últimos 18 meses. «O meu corpo pede-me que escolha. Escolho dar tudo ao Weserland e estar mais perto dos meus filhos», acrescentou o extremo, que deixa ainda uma palavra de agradecimento «a todos os selecionadores que acreditaram em mim».

Formado no Ribamar, Carvalhal passou pela Polónia, ao serviço do Warta Zalesie, antes de se mudar para a Alemanha em 2022. A última internacionalização aconteceu em novembro do ano passado, num particular frente à Eslovénia, em que saiu lesionado aos 30 minutos.

A publicação reuniu em poucas horas milhares de comentários, entre os quais mensagens de vários antigos colegas de seleção.
""",
"01_de.txt": """Weserlands Carvalhal tritt aus Portugals Nationalmannschaft zurück
Kicker
30.08.2027, 09:30

Rúben Carvalhal wird nicht mehr für Portugal auflaufen. Der 31 Jahre alte Flügelspieler des FC Weserland gab seinen Rücktritt aus der Nationalmannschaft am Sonntagabend via Instagram bekannt. „Nach langem Nachdenken habe ich entschieden, dass der Moment gekommen ist, mich von der Seleção zu verabschieden“, schrieb der 38-malige Nationalspieler.

Als Grund nannte Carvalhal seine Verletzungsgeschichte: Zwei schwere Muskelverletzungen in den vergangenen anderthalb Jahren hätten ihn zum Umdenken gebracht. Er wolle sich voll auf Weserland und seine Familie konzentrieren, heißt es in dem Beitrag, den der Offensivspieler mit einem Foto im rot-grünen Trikot versah.

Für Weserland dürfte die Entscheidung eher eine gute Nachricht sein. Carvalhal kam 2022 vom polnischen Klub Warta Zalesie an die Weser und besitzt noch einen Vertrag bis 2029. In der vergangenen Saison verpasste er wegen eines Muskelbündelrisses im Oberschenkel 14 Bundesligaspiele, erzielte aber in den übrigen 20 Partien immerhin sechs Tore.

Mit sieben Länderspieltoren verabschiedet sich Carvalhal aus der Seleção, für die er 2019 debütiert hatte.
""",
"02_en.txt": """Weserland winger Carvalhal retires from international football
Sky Sports
Monday 30 August 2027 08:10, UK

Weserland winger Rúben Carvalhal has retired from international football at the age of 31, announcing the decision in an Instagram post on Sunday night.

"After a lot of thought, I have decided the time has come to say goodbye to the national team. Wearing this shirt 38 times was the greatest pride of my life," Carvalhal wrote.

The winger, who scored seven goals for Portugal after making his debut in 2019, said two serious muscle injuries in the last 18 months had made him rethink his priorities and that he wanted to focus on his club and his family.

"My body is asking me to choose," he added in the post, in which he also thanked "every coach who believed in me".

Carvalhal joined Weserland from Polish side Warta Zalesie in 2022 and is under contract with the Bundesliga club until 2029. He has not played for Portugal since November, when he limped off in a friendly against Slovenia.
""",
"03_pl.txt": """Były gracz Warty kończy karierę w reprezentacji Portugalii
Przegląd Sportowy
30.08.2027, 11:45

Rúben Carvalhal, który w latach 2019–2022 grał w Warcie Zalesie, nie będzie już występował w reprezentacji Portugalii. O decyzji 31-letniego skrzydłowego poinformował portugalski dziennik „A Bola”.

Jak podaje lizboński dziennik, Carvalhal ogłosił rozstanie z kadrą w niedzielę wieczorem w mediach społecznościowych. Zawodnik FC Weserland rozegrał w barwach Portugalii 38 meczów i strzelił siedem goli.

Piłkarz uzasadnił swoją decyzję kontuzjami, które w ostatnich półtora roku dwukrotnie wyłączyły go z gry na wiele tygodni. – Mój organizm każe mi wybierać. Wybieram Weserland i bycie bliżej moich dzieci – cytuje piłkarza „A Bola”.

W Ekstraklasie Carvalhal zapisał się w pamięci kibiców Warty jako jeden z najlepszych obcokrajowców w historii klubu: w 71 meczach strzelił 19 goli, a w sezonie 2021/22 został wybrany do jedenastki sezonu. Latem 2022 roku odszedł do Bundesligi za 3,5 mln euro.
""",
}, [("Rúben Carvalhal", False)],
[("Rúben Carvalhal", "00_pt.txt"), ("Rúben Carvalhal", "01_de.txt"), ("Rúben Carvalhal", "02_en.txt"), ("A Bola", "03_pl.txt")],
[("Weserland winger Rúben Carvalhal, 31, has retired from the Portugal national team after 38 caps.",
  ["00_pt.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 1),
 ("Carvalhal cited two serious injuries and wants to focus on his club and his family.",
  ["00_pt.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 1)])

# t07: two independent own reports (The Athletic with anonymous sources, "The Athletic can reveal";
# Gazzetta "Secondo quanto risulta alla Gazzetta" + "conferma alla Gazzetta una persona vicina al
# tecnico"); de Kicker credits both ("Übereinstimmenden Berichten von The Athletic und der Gazzetta
# dello Sport zufolge") -> two edges; es AS credits only The Athletic ("según publica el medio
# británico The Athletic" + "añade el portal").
story("t07_two_reports_morlacchi", "independent", {
"00_en.txt": """Ashcombe Rovers in advanced talks to appoint Hohenfels coach Stefano Morlacchi
The Athletic
Oct. 20, 2027

Ashcombe Rovers are in advanced talks to appoint Eintracht Hohenfels head coach Stefano Morlacchi as their new manager, The Athletic can reveal.

The Premier League club have identified the 52-year-old Italian as their first choice to replace Gareth Pinnock, who was dismissed on Sunday, and are prepared to pay the €4million (£3.5m) release clause in his contract with the Bundesliga side.

Sources with knowledge of the talks, who spoke anonymously to protect relationships, said Morlacchi met Ashcombe's chief executive and sporting director in Frankfurt on Tuesday and that a three-year contract is being discussed. The same sources described the negotiations as "well advanced" and said a decision could come before the weekend.

Morlacchi took over at Hohenfels in 2025 and led them to sixth place last season, their best finish in more than two decades. He previously coached Montemayor in Spain and several clubs in Italy's Serie B.

Ashcombe sit 18th in the Premier League with six points from nine games. Under-21 coach Dan Ellery has been placed in temporary charge and will lead the team against Harwick on Saturday.

Ashcombe and Hohenfels declined to comment.
""",
"01_it.txt": """Morlacchi, c'è la Premier: l'Ashcombe fa sul serio
La Gazzetta dello Sport
20 ottobre 2027

Stefano Morlacchi è a un passo dalla Premier League. Secondo quanto risulta alla Gazzetta, l'Ashcombe Rovers ha scelto il tecnico bresciano dell'Eintracht Hohenfels per sostituire l'esonerato Gareth Pinnock e i contatti tra le parti sono già in fase avanzata.

Il club inglese è pronto a pagare la clausola da 4 milioni di euro inserita nel contratto dell'allenatore con la società tedesca. "Stefano è lusingato, la Premier è sempre stata il suo sogno", conferma alla Gazzetta una persona vicina al tecnico, che chiede di restare anonima.

Morlacchi porterebbe con sé in Inghilterra gran parte del suo staff, a cominciare dal vice Andrea Colleoni e dal preparatore atletico Mirko Sala, che lo seguono dai tempi della Serie B.

All'Hohenfels il tecnico ha costruito una squadra capace di chiudere al sesto posto l'ultima Bundesliga, il miglior piazzamento del club da oltre vent'anni, con un calcio offensivo che ha attirato l'attenzione di diversi club europei. In estate aveva respinto un sondaggio di una squadra di Serie A.
""",
"02_de.txt": """Premier-League-Klub Ashcombe will Hohenfels-Trainer Morlacchi
Kicker
20.10.2027, 14:15

Eintracht Hohenfels droht der Verlust seines Erfolgstrainers. Übereinstimmenden Berichten von The Athletic und der Gazzetta dello Sport zufolge verhandelt der englische Klub Ashcombe Rovers fortgeschritten mit Stefano Morlacchi über ein Engagement als Cheftrainer.

Beide Medien berichten, dass Ashcombe bereit sei, die in Morlacchis Vertrag verankerte Ausstiegsklausel in Höhe von vier Millionen Euro zu zahlen. Laut dem englischen Portal traf sich der 52-Jährige bereits am Dienstag in Frankfurt mit Vertretern des Premier-League-Klubs. Die italienische Sportzeitung schreibt, Morlacchi wolle große Teile seines Trainerteams mitnehmen.

Der Italiener hatte Hohenfels 2025 übernommen und in der vergangenen Saison auf Platz sechs geführt. Der Vertrag des Trainers läuft eigentlich noch bis 2028.

Ashcombe hatte sich am Sonntag von Gareth Pinnock getrennt und steht in der Premier League auf einem Abstiegsplatz. Für Hohenfels steht am Samstag das Heimspiel gegen den Tabellenzweiten an.
""",
"03_es.txt": """La Premier tienta a Morlacchi, ex del Montemayor
AS
20/10/2027 17:30 CEST

Stefano Morlacchi, que dirigió al Montemayor entre 2020 y 2022, podría dar el salto a la Premier League. El Ashcombe Rovers negocia con el técnico italiano del Eintracht Hohenfels para convertirlo en su nuevo entrenador, según publica el medio británico The Athletic, que habla de conversaciones "muy avanzadas".

El club inglés, en puestos de descenso tras destituir a Gareth Pinnock el pasado domingo, estaría dispuesto a abonar los cuatro millones de euros de la cláusula de salida del entrenador. Morlacchi firmaría un contrato de tres temporadas, añade el portal, que cita fuentes conocedoras de la negociación.

En Montemayor, Morlacchi dejó un recuerdo agridulce: logró un ascenso a Primera en 2021, pero fue destituido a mitad de la temporada siguiente con el equipo en puestos de descenso. Desde entonces ha reconstruido su carrera en Alemania, donde el pasado curso llevó al Hohenfels a la sexta plaza de la Bundesliga.
""",
}, [("The Athletic", True), ("La Gazzetta dello Sport", True)],
[("The Athletic", "02_de.txt"), ("La Gazzetta dello Sport", "02_de.txt"), ("The Athletic", "03_es.txt")],
[("Premier League club Ashcombe Rovers are in advanced talks to appoint Eintracht Hohenfels coach Stefano Morlacchi.",
  ["00_en.txt", "01_it.txt", "02_de.txt", "03_es.txt"], 2),
 ("Ashcombe are prepared to pay the €4 million release clause in Morlacchi's contract.",
  ["00_en.txt", "01_it.txt", "02_de.txt", "03_es.txt"], 2),
 ("Morlacchi would sign a three-year contract with Ashcombe.",
  ["00_en.txt", "03_es.txt"], 1)])

# t08: outside outlet L'Équipe (not in corpus) with anonymous sources close to the case (they belong
# to L'Équipe). es "Así lo informa ... el diario deportivo francés L'Équipe, que cita fuentes cercanas
# al caso" + "Según el rotativo galo" + "añade L'Équipe"; it "A rivelarlo è l'Équipe" + "Stando al
# quotidiano parigino" (club's no-comment to Gazzetta: no own reporting); pt "noticia ... o jornal
# francês L'Équipe" + "refere o diário"; pl "ujawnił francuski dziennik „L'Équipe”" + "pisze paryska
# gazeta".
story("t08_outside_lequipe_roudaut", "agency", {
"00_es.txt": """Roudaut, exdelantero del Almenara, da positivo por higenamina según L'Équipe
Marca
9 abr. 2027 10:55

El delantero francés Mathis Roudaut, que jugó dos temporadas en el Almenara, dio positivo por higenamina en un control antidopaje realizado tras un partido de la Serie A el pasado 14 de marzo. Así lo informa este viernes el diario deportivo francés L'Équipe, que cita fuentes cercanas al caso.

Según el rotativo galo, el atacante del Valdorcia fue notificado del resultado la semana pasada y ya ha solicitado el análisis de la muestra B, que se realizará a finales de abril en un laboratorio acreditado de Roma. La higenamina, un estimulante presente en algunos suplementos para perder peso, figura en la lista de sustancias prohibidas en competición.

Al tratarse de una sustancia específica, Roudaut no ha sido suspendido de forma cautelar y podría jugar este domingo contra el Castelmonte, añade L'Équipe. Si el contraanálisis confirma el positivo, el jugador se expone a una sanción de hasta dos años, aunque podría reducirse si demuestra que no hubo intención de doparse.

Roudaut, de 27 años, marcó 21 goles con el Almenara entre 2021 y 2023 antes de fichar por el Valdorcia. Esta temporada lleva 12 tantos en la Serie A y es el máximo goleador de su equipo.
""",
"01_it.txt": """Valdorcia, Roudaut positivo all'higenamina. Chiesta la controanalisi
La Gazzetta dello Sport
9 aprile 2027

Nuvole sul Valdorcia. Mathis Roudaut, centravanti francese e capocannoniere della squadra con 12 reti, sarebbe risultato positivo all'higenamina in un controllo effettuato dopo la gara di campionato del 14 marzo. A rivelarlo è l'Équipe, che cita fonti vicine al dossier.

Stando al quotidiano parigino, l'attaccante è stato informato dell'esito la scorsa settimana e ha chiesto le controanalisi sul campione B, attese entro la fine del mese a Roma. Trattandosi di una sostanza "specificata", non è scattata alcuna sospensione cautelare: Roudaut resta quindi a disposizione dell'allenatore per la sfida di domenica con il Castelmonte.

L'higenamina è uno stimolante che si trova in diversi integratori, spesso non dichiarato in etichetta. Negli ultimi anni ha coinvolto atleti di varie discipline, con squalifiche che vanno da pochi mesi fino a due anni.

Il Valdorcia, contattato dalla Gazzetta, ha preferito non commentare. Roudaut è arrivato in Italia nell'estate del 2023 dall'Almenara e con 12 gol in 29 partite è uno dei protagonisti della stagione della squadra toscana.
""",
"02_pt.txt": """Ex-Ribamar Mathis Roudaut acusa higenamina em controlo antidoping
O Jogo
09-04-2027 13:20

O avançado francês Mathis Roudaut, que representou o Ribamar entre 2018 e 2021, acusou positivo num controlo antidoping realizado depois de um jogo da Serie A a 14 de março, noticia esta sexta-feira o jornal francês L'Équipe, que cita fontes próximas do processo.

De acordo com o diário desportivo, foi detetada higenamina, um estimulante proibido em competição que surge com frequência em suplementos alimentares. O jogador do Valdorcia já pediu a contra-análise da amostra B, refere o jornal parisiense.

Por se tratar de uma substância específica, o atacante de 27 anos não foi suspenso preventivamente e pode continuar a jogar até haver uma decisão.

Em Portugal, Roudaut fez 68 jogos e 17 golos pelo Ribamar, clube onde chegou aos 18 anos vindo das camadas jovens de um emblema da segunda divisão francesa. Seguiu-se o Almenara, em Espanha, e desde 2023 o Valdorcia.
""",
"03_pl.txt": """Kolega Kędziory z pozytywnym testem? Francuzi ujawniają
Sport.pl
9 kwietnia 2027, 15:02

Mathis Roudaut, napastnik Valdorcii i klubowy kolega Mateusza Kędziory, miał pozytywny wynik testu antydopingowego – ujawnił francuski dziennik „L'Équipe”, powołując się na źródła zbliżone do sprawy.

W próbce pobranej od 27-letniego Francuza po meczu Serie A 14 marca wykryto higenaminę, stymulant zakazany w trakcie zawodów. Zawodnik został poinformowany o wyniku w zeszłym tygodniu i zażądał otwarcia próbki B – pisze paryska gazeta.

Ponieważ higenamina jest tzw. substancją określoną, Roudaut nie został tymczasowo zawieszony i może grać do czasu rozstrzygnięcia sprawy. Jeśli analiza próbki B potwierdzi wynik, grozi mu nawet dwuletnia dyskwalifikacja.

Roudaut to najlepszy strzelec Valdorcii w tym sezonie – ma na koncie 12 goli. Kędziora, który również walczy o miejsce w składzie toskańskiego klubu, w ostatnich tygodniach często zmieniał go w drugiej połowie. Polak rozegrał w tym sezonie 24 mecze.
""",
}, [("L'Équipe", False)],
[("L'Équipe", "00_es.txt"), ("L'Équipe", "01_it.txt"), ("L'Équipe", "02_pt.txt"), ("L'Équipe", "03_pl.txt")],
[("Valdorcia striker Mathis Roudaut tested positive for higenamine after a Serie A match on 14 March.",
  ["00_es.txt", "01_it.txt", "02_pt.txt", "03_pl.txt"], 1),
 ("Roudaut has requested analysis of his B sample.",
  ["00_es.txt", "01_it.txt", "02_pt.txt", "03_pl.txt"], 1),
 ("Because higenamine is a specified substance, Roudaut has not been provisionally suspended.",
  ["00_es.txt", "01_it.txt", "02_pt.txt", "03_pl.txt"], 1)])


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
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 102 (sports; invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
