#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand96 set (politics and
elections; real media names, everything else invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: a party's statement on its own website (outside origin), taken directly by four outlets:
# pt "anunciada pelo partido num comunicado publicado no seu site" + "lê-se no comunicado";
# es "Así lo ha anunciado la formación en un comunicado difundido en su página web" + "señala el
# texto"; fr "a fait savoir le parti dans un communiqué publié … sur son site Internet" + "peut-on
# lire dans ce texte"; en "the party said in a statement posted on its website". The party's name
# is Portuguese in pt/es, translated in fr ("Parti de la terre et de la mer") and en ("Land and Sea
# party"); the abbreviation PTM is in all four.
story("p01_party_statement_portugal", "statement", {
"00_pt.txt": """PTM rasga acordo com o Governo e vai votar a favor da moção de censura
Público
2027-03-08T07:45:00+00:00

O Partido da Terra e do Mar (PTM) pôs fim ao acordo de incidência parlamentar que mantinha desde novembro de 2025 com o Governo minoritário e vai votar a favor da moção de censura que será debatida na quinta-feira na Assembleia da República. A decisão foi anunciada pelo partido num comunicado publicado no seu site na noite de domingo, depois de uma reunião da comissão política que durou mais de cinco horas.

No texto, intitulado "Um acordo só vale se for cumprido", o PTM acusa o executivo de ter deixado cair o apoio de 38 milhões de euros ao gasóleo da pequena pesca, uma das 14 medidas inscritas no acordo. "O PTM não pode continuar a dar a mão a quem deixa os pescadores para trás", lê-se no comunicado, assinado pela presidente do partido, Helena Bettencourt Macedo.

Os cinco deputados do PTM não chegam, ainda assim, para derrubar o Governo. Os três partidos que subscrevem a moção somam 109 deputados; com o PTM, passam a 114, a dois da maioria absoluta de 116 necessária para a aprovar. Tudo dependerá, por isso, dos dois deputados não inscritos e dos partidos mais pequenos, que ainda não anunciaram o sentido de voto.

O comunicado não esclarece se o partido estaria disponível para negociar um novo acordo com outro primeiro-ministro saído da mesma maioria. Até ao fecho desta edição, o Governo não tinha reagido.

O acordo de 2025 permitiu aprovar dois orçamentos do Estado e foi, durante meses, apresentado pelo executivo como prova de estabilidade. Nas últimas semanas, porém, as críticas do PTM tinham subido de tom, sobretudo nos círculos costeiros do Norte e do Algarve, onde o partido elegeu quatro dos seus cinco deputados.
""",
"01_es.txt": """Un socio del Gobierno portugués rompe el pacto y apoyará la moción de censura
El País
08/03/2027 - 11:20 CET

El Partido da Terra e do Mar (PTM), el pequeño socio parlamentario que sostenía al Gobierno en minoría de Portugal, ha roto el acuerdo que firmó en noviembre de 2025 y votará a favor de la moción de censura que se debate este jueves en la Asamblea de la República. Así lo ha anunciado la formación centrista en un comunicado difundido en su página web en la noche del domingo, tras una reunión de su dirección que se prolongó durante más de cinco horas.

El partido, que preside Helena Bettencourt Macedo, acusa al Ejecutivo de haber abandonado una ayuda de 38 millones de euros al gasóleo de la pesca artesanal, uno de los 14 compromisos recogidos en el pacto. "El PTM no puede seguir tendiendo la mano a quien deja atrás a los pescadores", señala el texto.

La aritmética, sin embargo, no basta por ahora para tumbar al Gobierno. Los tres grupos que firman la moción suman 109 escaños y, con los cinco del PTM, llegarían a 114, dos menos que la mayoría absoluta de 116 diputados. La decisión queda en manos de dos diputados no adscritos y de los partidos minoritarios, que todavía no han desvelado el sentido de su voto.

El comunicado no aclara si la formación estaría dispuesta a negociar un nuevo acuerdo con otro primer ministro de la misma mayoría. El Gobierno no había reaccionado a mediodía del lunes.

La ruptura llega en un momento delicado para Lisboa, que en las próximas semanas debe cerrar con Bruselas la reprogramación de varios fondos europeos y presentar su plan fiscal a medio plazo.
""",
"02_fr.txt": """Au Portugal, le petit allié du gouvernement minoritaire claque la porte
Le Monde
8 mars 2027 à 12h05

Le gouvernement minoritaire portugais a perdu son unique appui au Parlement. Le Parti de la terre et de la mer (PTM), une formation centriste qui compte cinq députés, a mis fin à l'accord qui le liait à l'exécutif depuis novembre 2025 et votera jeudi la motion de censure déposée par trois partis d'opposition, a fait savoir le parti dans un communiqué publié dimanche soir sur son site Internet.

« Un accord ne vaut que s'il est respecté », peut-on lire dans ce texte, qui reproche au gouvernement d'avoir renoncé à une aide de 38 millions d'euros destinée au gazole des petits pêcheurs, l'une des quatorze mesures prévues par l'accord. « Le PTM ne peut pas continuer à tendre la main à ceux qui laissent les pêcheurs sur le bord du chemin », écrit la présidente du parti, Helena Bettencourt Macedo.

Le ralliement du PTM ne suffit pas, à lui seul, à faire tomber le gouvernement. Les trois formations à l'origine de la motion totalisent 109 sièges ; avec les cinq élus du PTM, elles atteindraient 114 voix, soit deux de moins que la majorité absolue de 116 députés requise. Tout dépendra donc de deux élus non inscrits et des petits partis, qui n'ont pas encore fait connaître leur position.

Le communiqué ne précise pas si le parti serait prêt à conclure un nouvel accord avec un autre premier ministre issu de la même majorité. Lundi midi, l'exécutif n'avait pas réagi.

Conclu il y a seize mois, l'accord avait permis l'adoption de deux budgets. Mais le ton du PTM, bien implanté dans les circonscriptions côtières du Nord et de l'Algarve, s'était durci ces dernières semaines.
""",
"03_en.txt": """Portugal's minority government loses its only ally days before no-confidence vote
The Guardian
Mon 8 Mar 2027 13.30 GMT

Portugal's minority government has lost the backing of its only parliamentary partner days before a no-confidence vote, after the small centrist Land and Sea party (PTM) tore up the support deal the two sides signed in November 2025, the party said in a statement posted on its website late on Sunday.

The PTM, which has five seats in the 230-member Assembly of the Republic, said it would vote on Thursday in favour of the censure motion tabled by three opposition parties. It accused the government of quietly dropping a €38m fuel subsidy for small-scale fishing boats, one of 14 commitments in the agreement.

"An agreement is only worth something if it is kept," the statement said. "The PTM cannot keep holding out its hand to those who leave our fishermen behind," wrote the party's president, Helena Bettencourt Macedo.

The move does not by itself bring the government down. The three parties behind the motion hold 109 seats; with the PTM's five they would reach 114, two short of the absolute majority of 116 needed. Two independent MPs and several smaller parties have yet to say how they will vote.

The government had not responded by Monday afternoon.

The support deal allowed the government to pass two budgets and was held up by ministers as proof that a minority administration could deliver stability. The PTM's tone had hardened in recent weeks, particularly in coastal constituencies in the north and in the Algarve, where it won four of its five seats.
""",
}, [("Partido da Terra e do Mar", False)],
[("Partido da Terra e do Mar", "00_pt.txt"), ("Partido da Terra e do Mar", "01_es.txt"),
 ("Partido da Terra e do Mar", "02_fr.txt"), ("Partido da Terra e do Mar", "03_en.txt")],
[("The small Portuguese party PTM ended its parliamentary support agreement with the minority government and will vote for Thursday's censure motion.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], 1),
 ("The PTM accuses the government of dropping a 38-million-euro fuel subsidy for small-scale fishing, one of the 14 measures of the agreement.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], 1)])

# p02: poll by an (invented) polling firm commissioned by El País: El País is the in-corpus origin.
# Own "según una encuesta de Instituto Cuadrante para EL PAÍS" + "explica a este periódico";
# pt "segundo uma sondagem do Instituto Cuadrante para o diário espanhol El País" + "divulgado
# pelo jornal madrileno"; it "lo rivela un sondaggio commissionato dal quotidiano madrileno El País
# all'istituto Cuadrante" + "ha spiegato al quotidiano"; de "Das geht aus einer Umfrage des
# Instituts Cuadrante im Auftrag der Madrider Zeitung »El País« hervor" + "schreibt das Blatt".
story("p02_poll_el_pais_voting_age", "poll", {
"00_es.txt": """El 54% de los españoles rechaza rebajar a 16 años la edad para votar
El País
15 mar 2027 - 06:00 CET

Más de la mitad de los españoles (54%) se opone a rebajar de 18 a 16 años la edad mínima para votar en las elecciones generales, según una encuesta de Instituto Cuadrante para EL PAÍS realizada la semana pasada, a ocho días de que el Congreso debata la proposición de ley que lo haría posible. Un 39% se muestra a favor y un 7% no sabe o no contesta.

El sondeo dibuja una fractura generacional muy nítida. Entre los jóvenes de 18 a 24 años, la medida cuenta con el respaldo del 61%, mientras que entre los mayores de 65 el rechazo alcanza el 68%. Por sexo apenas hay diferencias: el 40% de las mujeres y el 38% de los hombres apoyan la reforma.

"Es una de las brechas generacionales más marcadas que hemos medido en los últimos años", explica a este periódico Marta Izquierdo, directora de estudios de Cuadrante. "Los jóvenes lo ven como una cuestión de reconocimiento; los mayores, como una cuestión de madurez".

La encuesta también pregunta por las elecciones municipales, un terreno donde el apoyo es algo mayor: un 44% aceptaría que los jóvenes de 16 y 17 años votaran en las locales, frente a un 49% que lo rechaza.

La proposición de ley, registrada en enero por tres grupos parlamentarios, necesita mayoría absoluta al tratarse de una reforma de la ley electoral, que tiene carácter orgánico. Sus promotores recuerdan que varios países europeos ya permiten votar a los 16 años en algunas elecciones.

Ficha técnica: encuesta online a 2.000 personas mayores de 18 años residentes en España, realizada entre el 8 y el 11 de marzo de 2027. Margen de error: ±2,2 puntos para un nivel de confianza del 95%.
""",
"01_pt.txt": """Maioria dos espanhóis rejeita voto aos 16 anos, indica sondagem
Público
15 de Março de 2027, 10:12

Mais de metade dos espanhóis (54%) opõe-se a baixar de 18 para 16 anos a idade mínima para votar nas eleições legislativas, segundo uma sondagem do Instituto Cuadrante para o diário espanhol El País, publicada esta segunda-feira. A favor estão 39% dos inquiridos; 7% não sabem ou não respondem.

De acordo com o estudo divulgado pelo jornal madrileno, a divisão é sobretudo geracional: entre os jovens dos 18 aos 24 anos, 61% apoiam a medida, ao passo que 68% dos maiores de 65 anos a rejeitam. Nas eleições autárquicas, o apoio sobe ligeiramente, para 44%.

A sondagem surge a pouco mais de uma semana de o Congresso dos Deputados debater, no dia 23, uma proposta de lei subscrita por três grupos parlamentares. Por implicar uma alteração à lei eleitoral, a iniciativa precisa de maioria absoluta.

O inquérito foi realizado online entre 8 e 11 de Março junto de 2000 pessoas, com uma margem de erro de 2,2 pontos percentuais, segundo a ficha técnica publicada pelo El País.

Em Portugal, o tema também tem regressado ao debate político. Dois partidos com assento parlamentar defendem o voto aos 16 anos nas autárquicas, mas nenhuma proposta nesse sentido chegou ainda a ser votada na generalidade.
""",
"02_it.txt": """Spagna, il voto ai sedicenni divide le generazioni: il 54% è contrario
Corriere della Sera
15/03/2027 14:30

In Spagna abbassare l'età del voto a 16 anni non convince la maggioranza dei cittadini. Il 54% degli spagnoli è contrario, il 39% favorevole e il 7% non si esprime: lo rivela un sondaggio commissionato dal quotidiano madrileno El País all'istituto Cuadrante, pubblicato lunedì mattina a poco più di una settimana dal dibattito parlamentare sulla riforma.

Il dato più netto riguarda l'età. Tra i ragazzi dai 18 ai 24 anni i favorevoli sono il 61%, mentre tra gli over 65 i contrari arrivano al 68%. Secondo i numeri pubblicati dal giornale spagnolo, per le elezioni comunali il consenso sale al 44%.

«È uno dei divari generazionali più marcati che abbiamo misurato negli ultimi anni», ha spiegato al quotidiano la direttrice degli studi di Cuadrante, Marta Izquierdo.

La proposta di legge, depositata a gennaio da tre gruppi parlamentari, sarà discussa al Congresso dei deputati il 23 marzo. Trattandosi di una modifica della legge elettorale, che in Spagna ha rango di legge organica, servirà la maggioranza assoluta.

Anche in Italia il tema torna ciclicamente nel dibattito: negli ultimi anni diverse proposte per estendere il voto ai sedicenni sono state presentate in Parlamento, senza mai arrivare in aula.
""",
"03_de.txt": """Wahlrecht ab 16: Mehrheit der Spanier ist dagegen
Der Spiegel
15.03.2027, 16.48 Uhr

Spaniens Parlament soll in gut einer Woche über eine Senkung des Wahlalters beraten – doch die Mehrheit der Bevölkerung hält davon wenig. 54 Prozent der Spanierinnen und Spanier lehnen es ab, schon 16-Jährige an Parlamentswahlen teilnehmen zu lassen. Das geht aus einer Umfrage des Instituts Cuadrante im Auftrag der Madrider Zeitung »El País« hervor, die am Montag veröffentlicht wurde. 39 Prozent sind dafür, sieben Prozent unentschieden.

Besonders groß ist der Graben zwischen den Generationen. Unter den 18- bis 24-Jährigen befürworten laut der Erhebung 61 Prozent die Reform, bei den über 65-Jährigen sind 68 Prozent dagegen. Bei Kommunalwahlen wäre die Zustimmung mit 44 Prozent etwas höher, schreibt das Blatt.

Der Gesetzentwurf war im Januar von drei Fraktionen eingebracht worden und wird am 23. März im Abgeordnetenhaus, dem Congreso, debattiert. Weil es sich um eine Änderung des Wahlgesetzes handelt, ist eine absolute Mehrheit nötig.

Befragt wurden zwischen dem 8. und dem 11. März insgesamt 2000 Menschen online; die Fehlermarge liegt bei 2,2 Prozentpunkten.

In Deutschland wird seit Jahren über das Wahlalter gestritten. Befürworter argumentieren, junge Menschen seien von langfristigen politischen Entscheidungen besonders betroffen, Kritiker verweisen auf die Volljährigkeit als klare Grenze.
""",
}, [("El País", True)],
[("El País", "01_pt.txt"), ("El País", "02_it.txt"), ("El País", "03_de.txt")],
[("54% of Spaniards oppose lowering the voting age for general elections from 18 to 16; 39% are in favour.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_de.txt"], 1),
 ("61% of 18-24-year-olds support the change while 68% of people over 65 oppose it.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_de.txt"], 1),
 ("Support for letting 16-year-olds vote in municipal elections is 44%.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_de.txt"], 1)])

# p03: TV interview: the minister spoke on BFM TV (outside origin). Chain BFM TV -> AFP (in corpus,
# outlet line "AFP") -> Der Spiegel and Corriere (both credit the agency and also name the channel:
# edge from AFP). El País names only the channel: edge from BFM TV. Corriere has no date line.
# fr "a annoncé dimanche sur BFM TV" + "a déclaré le ministre sur la chaîne d'information en
# continu"; de "Das sagte Innenminister … dem Nachrichtensender BFM TV, wie die Nachrichtenagentur
# AFP meldet" + "zitiert die Agentur" + "Laut AFP"; it "intervistato dall'emittente all news BFM TV,
# secondo quanto riferisce l'agenzia France-Presse" + "precisa l'agenzia"; es "en una entrevista con
# la cadena BFM TV" + "en el canal de información continua".
story("p03_bfm_interview_afp_chain", "chain", {
"00_fr.txt": """Le gouvernement veut reporter les élections régionales à juin 2028, annonce Darrieux
AFP
2027-10-10T10:52:00+02:00

Le ministre de l'Intérieur, Étienne Darrieux, a annoncé dimanche sur BFM TV que le gouvernement proposerait de reporter de trois mois, de mars à juin 2028, les élections régionales et départementales.

« Nous ne voulons pas organiser un scrutin avec des règles qui changeraient en cours de route », a déclaré le ministre sur la chaîne d'information en continu, en référence à la réforme du mode de scrutin régional actuellement examinée au Sénat.

Un projet de loi en ce sens sera présenté en Conseil des ministres le 27 octobre, a précisé M. Darrieux, qui assure avoir « consulté l'ensemble des présidents de région ». Selon lui, le report permettrait aux préfectures de disposer de « six mois pleins » pour appliquer les nouvelles règles, notamment le redécoupage de certaines sections départementales.

Interrogé sur les accusations de manœuvre politique formulées ces dernières semaines par plusieurs responsables de l'opposition, le ministre a répondu qu'« un report de trois mois n'a jamais changé le résultat d'une élection ».

Les élections régionales et départementales ont lieu tous les six ans. Un report nécessite une loi, le Conseil constitutionnel ayant admis par le passé de tels décalages à condition qu'ils restent limités et justifiés par un motif d'intérêt général.
""",
"01_de.txt": """Frankreich will Regionalwahlen um drei Monate verschieben
Der Spiegel
10.10.2027, 13.05 Uhr

Die französische Regierung will die für März 2028 geplanten Regional- und Departementswahlen auf Juni verschieben. Das sagte Innenminister Étienne Darrieux am Sonntag dem Nachrichtensender BFM TV, wie die Nachrichtenagentur AFP meldet.

»Wir wollen keine Wahl organisieren, deren Regeln sich mitten im Verfahren ändern«, zitiert die Agentur den Minister. Hintergrund ist eine Reform des Wahlrechts für die Regionalräte, die derzeit im Senat beraten wird.

Laut AFP soll ein entsprechender Gesetzentwurf am 27. Oktober im Kabinett vorgestellt werden. Darrieux sagte, er habe alle Regionalpräsidenten konsultiert. Die Präfekturen bräuchten »sechs volle Monate«, um die neuen Regeln umzusetzen.

Teile der Opposition werfen der Regierung seit Wochen vor, den Wahltermin aus taktischen Gründen verschieben zu wollen. Darrieux wies das zurück: Eine Verschiebung um drei Monate habe noch nie den Ausgang einer Wahl verändert, sagte er.

Regional- und Departementswahlen finden in Frankreich alle sechs Jahre statt. Für eine Verschiebung ist ein Gesetz nötig; der Verfassungsrat hat kurze Verschiebungen in der Vergangenheit akzeptiert, wenn sie im allgemeinen Interesse begründet waren.
""",
"02_it.txt": """Francia, il governo vuole rinviare le regionali: «Voto a giugno 2028»
Corriere della Sera

Il governo francese proporrà di rinviare di tre mesi, da marzo a giugno 2028, le elezioni regionali e dipartimentali. Lo ha annunciato domenica il ministro dell'Interno Étienne Darrieux, intervistato dall'emittente all news BFM TV, secondo quanto riferisce l'agenzia France-Presse.

«Non vogliamo organizzare un voto con regole che cambiano a partita in corso», ha detto il ministro, riferendosi alla riforma del sistema elettorale regionale all'esame del Senato. Il disegno di legge sarà presentato in Consiglio dei ministri il 27 ottobre, precisa l'agenzia.

Darrieux ha assicurato di aver consultato tutti i presidenti di regione e ha respinto le accuse dell'opposizione, che parla di una manovra per guadagnare tempo: «Un rinvio di tre mesi non ha mai cambiato il risultato di un'elezione».

In Francia regionali e dipartimentali si tengono ogni sei anni e per spostarne la data serve una legge. Il Consiglio costituzionale ha in passato accettato rinvii limitati, purché motivati da ragioni di interesse generale.
""",
"03_es.txt": """El Gobierno francés propone aplazar a junio las elecciones regionales de 2028
El País
10 oct 2027 - 18:40 CEST

El Gobierno de Francia quiere retrasar tres meses, de marzo a junio de 2028, las elecciones regionales y departamentales. Así lo anunció este domingo el ministro del Interior, Étienne Darrieux, en una entrevista con la cadena BFM TV, en la que justificó el aplazamiento por la reforma del sistema de votación regional que tramita el Senado.

"No queremos organizar unos comicios con unas reglas que cambien a mitad del camino", afirmó Darrieux en el canal de información continua. El ministro precisó que el proyecto de ley se presentará en el Consejo de Ministros el 27 de octubre y aseguró haber consultado a todos los presidentes regionales.

Varios dirigentes de la oposición llevan semanas acusando al Ejecutivo de querer ganar tiempo ante unas elecciones que se anuncian difíciles para el partido del Gobierno. Darrieux rechazó esa lectura en la entrevista: "Un aplazamiento de tres meses nunca ha cambiado el resultado de unas elecciones".

Las regionales y departamentales se celebran en Francia cada seis años, y cualquier cambio de fecha requiere una ley. El Consejo Constitucional ha aceptado en el pasado aplazamientos breves cuando responden a un motivo de interés general.
""",
}, [("BFM TV", False)],
[("BFM TV", "00_fr.txt"), ("AFP", "01_de.txt"), ("AFP", "02_it.txt"), ("BFM TV", "03_es.txt")],
[("French interior minister Étienne Darrieux said the government will propose postponing the regional and departmental elections from March to June 2028.",
  ["00_fr.txt", "01_de.txt", "02_it.txt", "03_es.txt"], 1),
 ("A bill to that effect will be presented to the Council of Ministers on 27 October.",
  ["00_fr.txt", "01_de.txt", "02_it.txt", "03_es.txt"], 1)])

# p04: Lusa's own interview ("disse hoje à agência Lusa", "Questionado pela Lusa") makes Lusa the
# in-corpus origin. Chain Lusa -> EFE -> ANSA: EFE "según declaró este miércoles a la agencia
# portuguesa Lusa" + "informó Lusa" (edge Lusa); ANSA "Lo riferisce l'agenzia spagnola Efe, che cita
# la portoghese Lusa" + "Secondo quanto scrive l'Efe" (edge EFE). en without outlet line: "told
# Portuguese news agency Lusa" + "told the agency" (edge Lusa).
story("p04_lusa_efe_ansa_azores", "chain", {
"00_pt.txt": """Açores: Medeiros Furtado pede dissolução do parlamento regional e aponta eleições para junho
Lusa
12-05-2027 16:40

O presidente do Governo Regional dos Açores, José Medeiros Furtado, vai pedir ao Presidente da República a dissolução da Assembleia Legislativa Regional, depois do chumbo do Plano e Orçamento para 2027, e defende eleições antecipadas a 27 de junho, disse hoje à agência Lusa.

"Não há condições para governar em duodécimos até ao fim do ano. Os açorianos devem ser chamados a decidir", afirmou Medeiros Furtado à Lusa, em Ponta Delgada, um dia depois de o documento ter sido rejeitado no parlamento regional com 30 votos contra e 27 a favor.

O governante adiantou que o pedido formal seguirá "ainda esta semana" e que a data de 27 de junho "é a que melhor garante um calendário eleitoral limpo", embora a decisão final caiba ao chefe de Estado, depois de ouvidos os partidos e o Conselho de Estado.

Questionado pela Lusa sobre a possibilidade de um entendimento de última hora com a oposição, Medeiros Furtado foi taxativo: "Essa porta fechou-se ontem à noite."

A Assembleia Legislativa dos Açores tem 57 deputados. O executivo de Medeiros Furtado governava em minoria desde as últimas eleições regionais, com apoios negociados caso a caso com os partidos mais pequenos, que desta vez se juntaram à oposição na votação do orçamento.
""",
"01_es.txt": """El presidente de Azores pedirá disolver el Parlamento regional y apunta a elecciones en junio
EFE
12/05/2027 18:15

Lisboa, 12 may (EFE).- El presidente del Gobierno regional de Azores, José Medeiros Furtado, pedirá al presidente de la República de Portugal la disolución de la Asamblea Legislativa del archipiélago tras el rechazo de los presupuestos regionales, y se inclina por celebrar elecciones anticipadas el 27 de junio, según declaró este miércoles a la agencia portuguesa Lusa.

"No hay condiciones para gobernar con prórrogas presupuestarias hasta final de año. Los azorianos deben ser llamados a decidir", afirmó Medeiros Furtado, un día después de que el Plan y Presupuesto fuera rechazado por 30 votos en contra y 27 a favor.

El dirigente indicó que la petición formal se presentará "esta misma semana", aunque la última palabra corresponde al jefe del Estado, que debe escuchar antes a los partidos y al Consejo de Estado, informó Lusa.

Preguntado por un posible acuerdo de última hora con la oposición, el presidente regional fue tajante: "Esa puerta se cerró anoche".

El Parlamento de Azores, archipiélago atlántico de nueve islas con unos 240.000 habitantes, tiene 57 escaños. El Ejecutivo de Medeiros Furtado gobernaba en minoría desde las últimas elecciones regionales.
""",
"02_it.txt": """Portogallo: Azzorre verso il voto anticipato, elezioni forse a giugno
ANSA
12 maggio 2027 20:02

(ANSA) - ROMA, 12 MAG - Il presidente del governo regionale delle Azzorre, José Medeiros Furtado, chiederà al capo dello Stato portoghese di sciogliere l'Assemblea legislativa dell'arcipelago dopo la bocciatura del bilancio regionale e punta a elezioni anticipate il 27 giugno. Lo riferisce l'agenzia spagnola Efe, che cita la portoghese Lusa.

"Non ci sono le condizioni per governare in esercizio provvisorio fino a fine anno. Gli azzorriani devono essere chiamati a decidere", ha dichiarato Medeiros Furtado, all'indomani del voto con cui il Parlamento regionale ha respinto il bilancio con 30 voti contrari e 27 favorevoli.

Secondo quanto scrive l'Efe, la richiesta formale sarà presentata entro la settimana. L'ultima parola spetta però al presidente della Repubblica, che dovrà prima sentire i partiti e il Consiglio di Stato. Alla domanda su un possibile accordo dell'ultimo minuto con l'opposizione, il presidente regionale ha risposto che "quella porta si è chiusa ieri sera".

L'Assemblea delle Azzorre conta 57 seggi; il governo di Medeiros Furtado era in minoranza dall'ultima tornata elettorale regionale. (ANSA).
""",
"03_en.txt": """Azores leader seeks snap regional election after budget defeat
May 12, 2027 7:55 PM

LISBON, May 12 - The head of the regional government of Portugal's Azores islands, José Medeiros Furtado, said on Wednesday he would ask the country's president to dissolve the archipelago's parliament after lawmakers rejected his budget, and that he favoured an early election on June 27.

"There are no conditions to govern on monthly stopgap budgets until the end of the year. The people of the Azores must be called to decide," Medeiros Furtado told Portuguese news agency Lusa in Ponta Delgada, the regional capital.

The regional assembly voted down the 2027 plan and budget on Tuesday by 30 votes to 27. Medeiros Furtado, whose government has ruled in minority since the last regional election, told the agency that the door to a last-minute deal with the opposition had "closed last night".

Under Portugal's constitution, only the president can dissolve a regional parliament, after consulting the parties and the Council of State. The formal request would be sent this week, Medeiros Furtado said.

The Atlantic archipelago of nine islands has about 240,000 inhabitants and enjoys wide political autonomy from Lisbon.
""",
}, [("Lusa", True)],
[("Lusa", "01_es.txt"), ("EFE", "02_it.txt"), ("Lusa", "03_en.txt")],
[("Azores regional president José Medeiros Furtado will ask for the dissolution of the regional parliament and favours early elections on 27 June.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1),
 ("The regional budget was rejected by 30 votes to 27.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1)])

# p05: leaked memo published by Politico Europe ("according to an internal memo obtained by
# POLITICO", "told POLITICO"): in-corpus origin. de "über das das Brüsseler Nachrichtenportal
# Politico Europe berichtet" + "dem Bericht zufolge" + "heißt es laut Politico"; it "Lo rivela il sito
# Politico Europe, che ha visionato un documento interno" + "Secondo la testata"; fr "révèle Politico
# Europe, qui s'est procuré une note interne" + "Selon le site d'information bruxellois" + "D'après
# Politico" AND own confirmation "Interrogé par Le Monde, un haut fonctionnaire … a confirmé
# l'authenticité du document": Le Monde keeps its edge from Politico and is an in-corpus origin too.
story("p05_politico_leaked_memo", "relay_plus_own", {
"00_en.txt": """Commission eyes end to national vetoes on sanctions, leaked memo shows
Politico Europe
June 8, 2027 5:00 am CET

BRUSSELS — The European Commission is preparing to propose that EU countries give up their right to veto sanctions, according to an internal memo obtained by POLITICO.

The six-page document, dated June 2 and drafted by the Commission's Secretariat-General, recommends using the so-called passerelle clause in the EU treaties to move decisions on restrictive measures from unanimity to qualified majority voting. A formal proposal could be tabled in October, the memo says.

"The credibility of the Union's restrictive measures is increasingly undermined by the ability of a single member state to delay or dilute them," the document reads. It lists four sanctions packages since 2025 that were held up for more than a month by one or two capitals.

The memo, marked "sensitive," acknowledges the political hurdles. Activating the passerelle itself requires a unanimous decision by EU leaders, and the Commission's own officials estimate that "at least five capitals" would oppose the move. It suggests starting with a narrower scope — renewals of existing sanctions rather than new listings — to win over hesitant governments.

Two EU diplomats who have been briefed on the plans told POLITICO that the idea had been floated informally at an ambassadors' lunch last month and "did not go down well" with several smaller member states.

A Commission spokesperson told POLITICO the institution "does not comment on internal documents" and stressed that "no decision has been taken."
""",
"01_de.txt": """EU-Kommission will Vetorecht bei Sanktionen abschaffen
Der Spiegel
08.06.2027, 09.12 Uhr

Die EU-Kommission erwägt, den Mitgliedstaaten ihr Vetorecht bei Sanktionsbeschlüssen zu nehmen. Das geht aus einem internen Papier hervor, über das das Brüsseler Nachrichtenportal Politico Europe berichtet. Demnach soll über Strafmaßnahmen künftig mit qualifizierter Mehrheit statt einstimmig entschieden werden.

Das sechsseitige Dokument vom 2. Juni stammt dem Bericht zufolge aus dem Generalsekretariat der Kommission. Es schlägt vor, die sogenannte Passerelle-Klausel der EU-Verträge zu nutzen, mit der sich das Abstimmungsverfahren ohne Vertragsänderung umstellen lässt. Ein formeller Vorschlag könnte im Oktober folgen.

»Die Glaubwürdigkeit der restriktiven Maßnahmen der Union wird zunehmend dadurch untergraben, dass ein einzelner Mitgliedstaat sie verzögern oder verwässern kann«, heißt es laut Politico in dem Papier.

Die Hürden sind allerdings hoch: Um die Passerelle-Klausel zu aktivieren, müssen die Staats- und Regierungschefs einstimmig zustimmen. Nach Einschätzung der Kommissionsbeamten dürften sich »mindestens fünf Hauptstädte« dagegenstellen. Das Papier schlägt deshalb vor, zunächst nur die Verlängerung bestehender Sanktionen per Mehrheitsentscheidung zu regeln.

Eine Kommissionssprecherin sagte Politico, man kommentiere interne Dokumente nicht.
""",
"02_fr.txt": """Sanctions : la Commission européenne envisage de priver les Etats de leur droit de veto
Le Monde
8 juin 2027 à 14h20

La Commission européenne réfléchit à supprimer la règle de l'unanimité pour l'adoption des sanctions de l'Union européenne, révèle Politico Europe, qui s'est procuré une note interne de l'institution. Selon le site d'information bruxellois, Bruxelles envisage de recourir à la « clause passerelle » des traités pour faire basculer ces décisions à la majorité qualifiée, avec une proposition formelle attendue en octobre.

Interrogé par Le Monde, un haut fonctionnaire de la Commission a confirmé l'authenticité du document, tout en soulignant qu'il s'agissait d'« une note de travail, pas d'une décision du collège ». « L'idée circule depuis des mois. Ce qui est nouveau, c'est que quelqu'un a pris la peine de l'écrire noir sur blanc », a-t-il ajouté, sous couvert d'anonymat.

D'après Politico, la note reconnaît elle-même que l'activation de la passerelle exige l'unanimité des chefs d'Etat et de gouvernement, et que « au moins cinq capitales » pourraient s'y opposer. Elle propose donc de commencer par le seul renouvellement des sanctions existantes.

Le sujet divise les Vingt-Sept depuis des années. Plusieurs diplomates européens estiment que la proposition, si elle voit le jour, servira surtout à « mettre la pression » sur les Etats qui retardent régulièrement l'adoption des nouveaux paquets de sanctions.
""",
"03_it.txt": """Ue, la Commissione studia lo stop al veto sulle sanzioni
la Repubblica
08 giugno 2027 - 16:35

Bruxelles vuole togliere ai governi il diritto di veto sulle sanzioni. Lo rivela il sito Politico Europe, che ha visionato un documento interno della Commissione europea: sei pagine datate 2 giugno e redatte dal Segretariato generale, in cui si propone di usare la cosiddetta "clausola passerella" dei Trattati per passare dall'unanimità alla maggioranza qualificata.

Secondo la testata, una proposta formale potrebbe arrivare a ottobre. "La credibilità delle misure restrittive dell'Unione è sempre più minata dalla possibilità che un singolo Stato membro le ritardi o le annacqui", si legge nel documento citato da Politico.

La strada però è in salita. Per attivare la clausola serve comunque il via libera unanime dei leader dei Ventisette, e gli stessi funzionari della Commissione stimano che "almeno cinque capitali" sarebbero contrarie. Per questo il documento suggerisce di partire dai rinnovi delle sanzioni già in vigore, lasciando per ora all'unanimità le nuove misure.

Un portavoce della Commissione, interpellato da Politico, ha fatto sapere che l'esecutivo comunitario "non commenta documenti interni".
""",
}, [("Politico Europe", True), ("Le Monde", True)],
[("Politico Europe", "01_de.txt"), ("Politico Europe", "02_fr.txt"), ("Politico Europe", "03_it.txt")],
[("An internal European Commission memo proposes using the passerelle clause to move EU sanctions decisions from unanimity to qualified majority voting, with a formal proposal possible in October.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], 2),
 ("The memo is a six-page document dated 2 June drafted by the Commission's Secretariat-General.",
  ["00_en.txt", "01_de.txt", "03_it.txt"], 1)])

# p06: a minister's post on X (outside origin, the person). Corriere "Ad annunciarlo, con un post
# su X …, è stato il ministro" + "ha scritto il ministro"; El País "anunció … en la red social X" +
# "escribió Bassetti"; Reuters "said in a post on X" + "Bassetti wrote". 02_pt (no outlet line) is an
# uncredited close Portuguese translation of El País's article published hours later (same
# structure, "jogada arriscada", same 12-vote margin, same closing paragraph; keeps "escreveu
# Bassetti" and "na rede social X"): edge from El País, none from Bassetti.
story("p06_minister_x_post_translation", "translation", {
"00_it.txt": """Legge elettorale, Bassetti annuncia la fiducia: «È il momento di decidere»
Corriere della Sera
16 settembre 2027 | 21:15

Il governo porrà la questione di fiducia sulla nuova legge elettorale. Ad annunciarlo, con un post su X pubblicato giovedì sera, è stato il ministro per le Riforme istituzionali Lorenzo Bassetti. «Martedì il governo porrà la fiducia sulla legge elettorale. Dopo 212 emendamenti e quattro mesi di commissione, è il momento di decidere», ha scritto il ministro.

La mossa era nell'aria da giorni, ma fino a oggi Palazzo Chigi aveva evitato di confermarla. Con la fiducia decadono tutti gli emendamenti ancora pendenti e il testo verrà votato così com'è uscito dalla commissione Affari costituzionali.

La riforma sostituisce l'attuale sistema misto con un proporzionale con soglia di sbarramento al 4% e un premio di governabilità per la coalizione che superi il 42% dei voti. Le opposizioni l'hanno definita in più occasioni «una legge cucita su misura per la maggioranza».

Il voto di fiducia alla Camera è previsto per martedì 21 settembre; in caso di via libera, il testo passerà al Senato, dove i numeri della maggioranza sono più stretti. Bassetti, nel suo post, non ha fatto riferimento ai tempi dell'esame a Palazzo Madama.
""",
"01_es.txt": """El Gobierno italiano someterá la reforma electoral a una cuestión de confianza
El País
17 sep 2027 - 07:30 CEST

El Gobierno italiano pondrá en juego su continuidad para sacar adelante la nueva ley electoral. El ministro de Reformas Institucionales, Lorenzo Bassetti, anunció el jueves por la noche en la red social X que el Ejecutivo planteará el martes una cuestión de confianza en la Cámara de Diputados para aprobar el texto. "Después de 212 enmiendas y cuatro meses de comisión, es el momento de decidir", escribió Bassetti.

Se trata de una jugada arriesgada, pero habitual en la política italiana: la cuestión de confianza hace decaer todas las enmiendas pendientes y obliga a los diputados a votar el texto tal y como salió de la comisión. Si la pierde, el Gobierno está obligado a dimitir.

La reforma sustituye el actual sistema mixto por uno proporcional con un umbral del 4% y un premio para la coalición que supere el 42% de los votos. La oposición la considera una ley hecha a medida de la mayoría.

Sobre el papel, el Ejecutivo dispone de un margen de unos 12 votos en la Cámara. El verdadero examen llegará en el Senado, donde la mayoría es mucho más ajustada y donde varios senadores del partido centrista de la coalición han expresado dudas sobre el premio de mayoría.

Italia vota con reglas distintas casi en cada legislatura desde los años noventa, una inestabilidad que los promotores de la reforma dicen querer cerrar de una vez por todas.
""",
"02_pt.txt": """Governo italiano vai submeter reforma eleitoral a voto de confiança
17/09/2027 12:10

O Governo italiano vai pôr em jogo a sua continuidade para fazer aprovar a nova lei eleitoral. O ministro das Reformas Institucionais, Lorenzo Bassetti, anunciou na quinta-feira à noite na rede social X que o executivo vai apresentar na terça-feira uma questão de confiança na Câmara dos Deputados para aprovar o texto. "Depois de 212 emendas e quatro meses de comissão, é o momento de decidir", escreveu Bassetti.

Trata-se de uma jogada arriscada, mas habitual na política italiana: a questão de confiança faz cair todas as emendas pendentes e obriga os deputados a votar o texto tal como saiu da comissão. Se a perder, o Governo é obrigado a demitir-se.

A reforma substitui o atual sistema misto por um sistema proporcional com um limiar de 4% e um prémio para a coligação que ultrapasse 42% dos votos. A oposição considera-a uma lei feita à medida da maioria.

No papel, o executivo dispõe de uma margem de cerca de 12 votos na Câmara. O verdadeiro teste chegará no Senado, onde a maioria é muito mais apertada e onde vários senadores do partido centrista da coligação manifestaram dúvidas sobre o prémio de maioria.

A Itália vota com regras diferentes quase em cada legislatura desde os anos 90, uma instabilidade que os promotores da reforma dizem querer encerrar de uma vez por todas.
""",
"03_en.txt": """Italy to call confidence vote on electoral reform next week, minister says
Reuters
September 16, 2027 7:02 PM UTC

ROME, Sept 16 (Reuters) - Italy's government will call a confidence vote on its contested electoral reform in the lower house next Tuesday, Institutional Reforms Minister Lorenzo Bassetti said in a post on X on Thursday.

"After 212 amendments and four months in committee, it is time to decide," Bassetti wrote.

Calling a confidence vote allows the government to cut short parliamentary debate and scrap all pending amendments, but it would have to resign if it lost. The ruling coalition has a comfortable majority in the Chamber of Deputies.

The bill would replace Italy's mixed electoral system with a proportional one, with a 4% threshold for parties to enter parliament and a bonus of seats for any coalition winning more than 42% of the vote. Opposition parties say the bonus would entrench the current majority.

If approved by the lower house, the reform would go to the Senate, where the government's majority is narrower. No date has been set for the Senate vote.
""",
}, [("Lorenzo Bassetti", False)],
[("Lorenzo Bassetti", "00_it.txt"), ("Lorenzo Bassetti", "01_es.txt"), ("El País", "02_pt.txt"),
 ("Lorenzo Bassetti", "03_en.txt")],
[("Italian minister Lorenzo Bassetti announced that the government will call a confidence vote on the electoral law in the Chamber of Deputies next Tuesday.",
  ["00_it.txt", "01_es.txt", "02_pt.txt", "03_en.txt"], 1),
 ("Bassetti wrote that after 212 amendments and four months in committee it is time to decide.",
  ["00_it.txt", "01_es.txt", "02_pt.txt", "03_en.txt"], 1)])

# p07: two independent roots. Der Spiegel's own scoop from party sources ("Nach SPIEGEL-
# Informationen", "erfuhr der SPIEGEL aus Kreisen des Bundesvorstands"; anonymous sources belong to
# Der Spiegel) and the candidate's confirmation a day later in an interview with ZDF (outside
# origin: the broadcaster). Corriere (before the interview): "Lo riporta il settimanale tedesco Der
# Spiegel, che cita fonti interne" + "Secondo il magazine di Amburgo" + "scrive lo Spiegel" -> edge
# Der Spiegel. Reuters: "said in an interview with public broadcaster ZDF" + "Der Spiegel had
# reported on Monday" -> edges ZDF and Der Spiegel. Le Monde: "a-t-elle déclaré mardi soir dans un
# entretien à la chaîne publique ZDF" + "sur la deuxième chaîne de télévision publique" -> edge ZDF.
story("p07_spiegel_scoop_zdf_interview", "two_independent", {
"00_de.txt": """Bündnis Mitte: Katharina Lechner-Vogt soll Spitzenkandidatin werden
Der Spiegel
22.11.2027, 18.30 Uhr

Das Bündnis Mitte (BM) hat seine Spitzenkandidatin für die Bundestagswahl 2029 gefunden – zumindest fast. Nach SPIEGEL-Informationen will die Parteiführung die bayerische Landtagsfraktionschefin Katharina Lechner-Vogt ins Rennen schicken. Der Bundesvorstand soll die 46-Jährige am 6. Dezember offiziell nominieren, ein Parteitag im Frühjahr müsste die Entscheidung anschließend bestätigen.

Das erfuhr der SPIEGEL aus Kreisen des Bundesvorstands. Mehrere Mitglieder des Gremiums bestätigten, dass sich Parteichef Jens Hollweg und seine Stellvertreter in der vergangenen Woche bei einem Treffen in Nürnberg auf Lechner-Vogt verständigt hätten. Hollweg selbst hatte auf eine eigene Kandidatur verzichtet, nachdem die Partei in Umfragen monatelang bei sechs Prozent stagniert war.

»Sie ist die Einzige, die in Bayern und in Berlin gleichermaßen funktioniert«, sagte ein Vorstandsmitglied, das namentlich nicht genannt werden wollte. Andere in der Partei hatten zuletzt für eine Doppelspitze geworben; dieser Vorschlag ist nach SPIEGEL-Informationen vom Tisch.

Lechner-Vogt selbst wollte sich auf Anfrage nicht äußern. Ein Parteisprecher sagte lediglich, man werde »zu gegebener Zeit« über Personalfragen informieren.

Die frühere Verwaltungsrichterin führt die BM-Fraktion im Münchner Landtag seit 2023 und gilt als Vertreterin des wirtschaftsliberalen Flügels.
""",
"01_it.txt": """Germania, il Bündnis Mitte punta su Katharina Lechner-Vogt per il 2029
Corriere della Sera
22 novembre 2027 | 22:40

Sarà con ogni probabilità Katharina Lechner-Vogt, 46 anni, capogruppo nel parlamento regionale bavarese, a guidare il partito centrista tedesco Bündnis Mitte alle elezioni federali del 2029. Lo riporta il settimanale tedesco Der Spiegel, che cita fonti interne alla direzione del partito.

Secondo il magazine di Amburgo, il leader del partito Jens Hollweg e i suoi vice avrebbero trovato l'accordo la settimana scorsa durante una riunione a Norimberga. La nomina ufficiale da parte della direzione federale è attesa per il 6 dicembre; un congresso in primavera dovrà poi ratificare la scelta.

Hollweg aveva rinunciato a candidarsi dopo mesi di sondaggi fermi intorno al 6%. L'ipotesi di una doppia leadership, caldeggiata da una parte del partito, sarebbe ormai tramontata, scrive lo Spiegel.

Ex giudice amministrativa, Lechner-Vogt è considerata vicina all'ala liberale in economia del partito. Né lei né la segreteria del partito hanno voluto commentare la notizia, precisa il settimanale.
""",
"02_en.txt": """German centrist party's Lechner-Vogt confirms bid to lead 2029 campaign
Reuters
November 23, 2027 9:48 PM UTC

BERLIN, Nov 23 (Reuters) - Katharina Lechner-Vogt, the leader of the centrist Buendnis Mitte party in Bavaria's state parliament, confirmed on Tuesday she would run as the party's lead candidate in Germany's 2029 federal election.

"I am ready, and I want to win back voters who no longer feel represented by anyone," Lechner-Vogt said in an interview with public broadcaster ZDF.

Der Spiegel had reported on Monday, citing members of the party's federal executive, that the leadership had settled on Lechner-Vogt after party chairman Jens Hollweg ruled himself out.

Buendnis Mitte has been polling at around 6% nationally, just above the 5% threshold needed to enter the Bundestag. A party congress in the spring will have to confirm the nomination.

Lechner-Vogt, 46, a former administrative judge, has led the party's group in the Bavarian state assembly in Munich since 2023.
""",
"03_fr.txt": """Allemagne : Katharina Lechner-Vogt, une juriste bavaroise pour mener les centristes en 2029
Le Monde
24 novembre 2027 à 06h15

Elle a mis fin aux spéculations. Katharina Lechner-Vogt, 46 ans, présidente du groupe Bündnis Mitte (BM) au Parlement régional de Bavière, sera la tête de liste de ce parti centriste allemand pour les élections fédérales de 2029. « Je suis prête », a-t-elle déclaré mardi soir dans un entretien à la chaîne publique ZDF.

La candidate a aussi dévoilé le thème qu'elle compte placer au centre de sa campagne : le logement. « Le prix des loyers est devenu la première question sociale de ce pays. Je ferai du logement le cœur de ma campagne », a-t-elle affirmé sur la deuxième chaîne de télévision publique, promettant un plan de construction de 400 000 logements par an.

Ancienne juge administrative, Mme Lechner-Vogt dirige depuis 2023 le groupe parlementaire du BM à Munich. Elle est réputée proche de l'aile libérale du parti sur les questions économiques, mais a multiplié ces derniers mois les prises de position sur les inégalités territoriales.

Le BM, crédité d'environ 6 % des intentions de vote au niveau national, espère profiter de l'usure des grands partis pour s'installer durablement au Bundestag, où il faut franchir la barre des 5 % pour obtenir des sièges.
""",
}, [("Der Spiegel", True), ("ZDF", False)],
[("Der Spiegel", "01_it.txt"), ("ZDF", "02_en.txt"), ("Der Spiegel", "02_en.txt"), ("ZDF", "03_fr.txt")],
[("Katharina Lechner-Vogt will be Bündnis Mitte's lead candidate for the 2029 German federal election.",
  ["00_de.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], 2),
 ("The party's federal executive is to nominate her formally on 6 December.",
  ["00_de.txt", "01_it.txt"], 1),
 ("Lechner-Vogt said she will put housing at the heart of her campaign and promised 400,000 new homes a year.",
  ["03_fr.txt"], 1)])

# p08: Reuters scoop citing three senior officials speaking anonymously (outside origin; the
# anonymous officials belong to Reuters). Reuters has articles in other stories of this set but none
# in this story, so in_corpus is false here. de (no outlet line) "meldete die Nachrichtenagentur
# Reuters … unter Berufung auf drei ranghohe Regierungsvertreter" + "sagte der Agentur"; pt
# "noticiou esta terça-feira a agência Reuters, citando três altos responsáveis" + "Segundo a agência
# britânica" + "disse à Reuters"; it "lo scrive la Reuters, che cita tre alti funzionari … coperti da
# anonimato" + "Secondo l'agenzia"; es "según adelantó este martes la agencia Reuters, que cita a tres
# altos cargos" + "De acuerdo con la información de la agencia británica"; fr (no date line)
# "rapporte l'agence Reuters, qui cite trois hauts responsables … sous couvert d'anonymat" +
# "D'après l'agence britannique".
story("p08_reuters_croatia_snap_election", "agency", {
"00_de.txt": """Kroatien: Regierung plant offenbar Neuwahl im September
06.07.2027 14:20

Die kroatische Regierung will offenbar vorgezogene Parlamentswahlen für den 26. September ansetzen. Das meldete die Nachrichtenagentur Reuters am Dienstag unter Berufung auf drei ranghohe Regierungsvertreter, die anonym bleiben wollten. Regulär wäre erst im Frühjahr 2028 gewählt worden.

Der Ministerpräsident wolle die Neuwahl ankündigen, sobald das Parlament die umstrittene Steuerreform verabschiedet habe, voraussichtlich bei der Kabinettssitzung in der kommenden Woche, hieß es in dem Bericht. Einer der Informanten sagte der Agentur, die Regierung wolle »mit einem frischen Mandat« in die schwierigen Haushaltsberatungen für 2028 gehen.

Regierungssprecher Marko Vukelić wollte sich gegenüber Reuters nicht äußern.

Die Regierungskoalition verfügt im 151 Sitze zählenden Sabor nur noch über eine knappe Mehrheit von 77 Abgeordneten, seit im April zwei Parlamentarier eines kleineren Partners die Fraktion verlassen haben. Umfragen sehen die größte Regierungspartei zwar weiterhin vorn, doch die Opposition hat in den vergangenen Wochen aufgeholt.

Oppositionspolitiker in Zagreb fordern bereits seit dem Frühjahr eine Neuwahl. Sie werfen der Koalition vor, ohne stabile Mehrheit keine großen Reformen mehr durchsetzen zu können.
""",
"01_pt.txt": """Croácia pode ir a eleições antecipadas a 26 de Setembro
Público
6 de Julho de 2027, 15:05

O Governo croata prepara-se para convocar eleições legislativas antecipadas para 26 de Setembro, noticiou esta terça-feira a agência Reuters, citando três altos responsáveis do executivo de Zagreb que falaram sob anonimato. As eleições só deveriam realizar-se na Primavera de 2028.

Segundo a agência britânica, o primeiro-ministro tenciona anunciar a ida às urnas logo que o Parlamento aprove a polémica reforma fiscal, provavelmente na reunião do Conselho de Ministros da próxima semana. "Queremos entrar na discussão do orçamento de 2028 com um mandato novo", disse à Reuters uma das fontes.

O porta-voz do Governo, Marko Vukelić, recusou comentar a notícia.

A coligação no poder tem uma maioria de apenas 77 dos 151 deputados do Sabor, o Parlamento croata, depois de dois deputados de um parceiro minoritário terem abandonado a bancada em Abril. As sondagens continuam a dar vantagem ao maior partido do Governo, mas a oposição tem vindo a encurtar distâncias.
""",
"02_it.txt": """Croazia, il governo verso il voto anticipato il 26 settembre
la Repubblica
06 luglio 2027 - 16:10

La Croazia potrebbe tornare alle urne con oltre sei mesi di anticipo. Il governo di Zagabria starebbe preparando elezioni politiche anticipate per il 26 settembre: lo scrive la Reuters, che cita tre alti funzionari dell'esecutivo coperti da anonimato. La legislatura sarebbe scaduta naturalmente nella primavera del 2028.

Secondo l'agenzia, il premier vorrebbe presentarsi alla sessione di bilancio per il 2028 "con un mandato fresco". A pesare sulla decisione, riferiscono le fonti della Reuters, sarebbe anche il timore di un autunno difficile sul fronte dei prezzi dell'energia.

Il portavoce del governo, Marko Vukelić, ha declinato ogni commento con l'agenzia britannica.

La maggioranza conta oggi su 77 deputati su 151 al Sabor, dopo l'uscita di due parlamentari di un piccolo alleato ad aprile. I sondaggi danno ancora in testa il principale partito di governo, ma l'opposizione ha ridotto il distacco nelle ultime settimane.
""",
"03_es.txt": """El Gobierno croata prepara elecciones anticipadas para el 26 de septiembre
El Mundo
Martes, 6 julio 2027 - 17:25

El Gobierno de Croacia planea adelantar las elecciones legislativas al próximo 26 de septiembre, según adelantó este martes la agencia Reuters, que cita a tres altos cargos del Ejecutivo que pidieron no ser identificados. Los comicios estaban previstos para la primavera de 2028.

De acuerdo con la información de la agencia británica, el primer ministro anunciará la convocatoria en cuanto el Parlamento apruebe la polémica reforma fiscal, previsiblemente en el Consejo de Ministros de la semana que viene. Una de las fuentes explicó que el Gobierno quiere afrontar la negociación de los presupuestos de 2028 "con un mandato renovado".

El portavoz del Gobierno, Marko Vukelić, declinó hacer comentarios a Reuters.

La coalición gobernante cuenta con una ajustada mayoría de 77 de los 151 escaños del Sabor, el Parlamento croata, desde que dos diputados de un socio minoritario abandonaron el grupo en abril. Los sondeos siguen situando en cabeza al principal partido del Gobierno, aunque la oposición ha recortado distancias.
""",
"04_fr.txt": """La Croatie s'achemine vers des législatives anticipées le 26 septembre
Le Figaro

Le gouvernement croate prévoit d'organiser des élections législatives anticipées le 26 septembre, rapporte l'agence Reuters, qui cite trois hauts responsables gouvernementaux s'exprimant sous couvert d'anonymat. Le scrutin était initialement attendu au printemps 2028.

D'après l'agence britannique, l'exécutif souhaite aborder les discussions budgétaires de l'automne « avec un mandat renouvelé ». Le porte-parole du gouvernement, Marko Vukelić, n'a pas souhaité commenter ces informations auprès de Reuters.

La coalition au pouvoir ne dispose plus que d'une courte majorité de 77 sièges sur 151 au Sabor, le Parlement croate, depuis le départ en avril de deux élus d'un petit partenaire. Si les sondages placent toujours en tête le principal parti gouvernemental, l'opposition a réduit l'écart ces dernières semaines.

A Zagreb, plusieurs responsables de l'opposition réclamaient depuis le printemps un retour aux urnes, estimant que la majorité n'avait plus les moyens de mener les grandes réformes promises.
""",
}, [("Reuters", False)],
[("Reuters", "00_de.txt"), ("Reuters", "01_pt.txt"), ("Reuters", "02_it.txt"), ("Reuters", "03_es.txt"),
 ("Reuters", "04_fr.txt")],
[("Croatia's government plans to hold early parliamentary elections on 26 September.",
  ["00_de.txt", "01_pt.txt", "02_it.txt", "03_es.txt", "04_fr.txt"], 1),
 ("The prime minister intends to announce the election once parliament passes the tax reform, probably at next week's cabinet meeting.",
  ["00_de.txt", "01_pt.txt", "03_es.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 96 (politics and elections; real media names, invented events); see README.md.",
              "stories": []}
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
