#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand181 set.

Topic: public transport, metro and bus operators, fares and breakdowns. The outlets are real media
names (national and regional papers, broadcasters, news sites, agencies); everything else (events,
people, cities, companies, unions, public bodies, figures and quotes) is invented, and no text is
copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop of El País (internal inspection reports, anonymous staff, a reporter in the
# depot, the operator's reply to El País). Relayed by Público ("noticiou ... o jornal espanhol El
# País", "Fontes da empresa ouvidas pelo El País"), la Repubblica (credit in the title "l'inchiesta
# di El País" + "Lo rivela il quotidiano spagnolo") and the Süddeutsche Zeitung (credit in the
# standfirst + "über die die spanische Tageszeitung El País ... berichtet hat"). Unanswered requests
# of Público, Repubblica and the SZ add nothing; Público's mention of Expresso is background.
story("t01_axle_cracks_scoop", "scoop", {
"00_es.txt": """Metro de Valdecierva mantuvo en servicio durante ocho meses 18 trenes con grietas en los ejes
El País
02 mar 2027 - 05:40 CET

Metro de Valdecierva siguió utilizando durante al menos ocho meses 18 trenes de la serie 7000 en cuyos ejes sus propios técnicos habían detectado grietas, según los informes internos de inspección a los que ha tenido acceso EL PAÍS. Los convoyes, fabricados por la empresa Ferrotrac, circulan a diario por las líneas 2 y 4, que mueven a unos 310.000 viajeros en un día laborable.

Las fisuras, de entre dos y seis milímetros, aparecieron en las pruebas de ultrasonidos realizadas en junio de 2026 en las cocheras de La Atalaya. Los informes recomendaban “retirar de la explotación las unidades afectadas hasta la sustitución de los ejes”. Sin embargo, según ha podido saber este periódico, la dirección de operaciones decidió mantenerlas en servicio y limitar su velocidad máxima a 60 kilómetros por hora para no recortar frecuencias.

“Se priorizó que no hubiera colas en los andenes. Nadie quería explicar en pleno verano que faltaba la mitad de los trenes”, explica un mando intermedio de la empresa que pide no ser identificado. Otras dos fuentes de Metro consultadas por EL PAÍS confirman que el asunto se trató en al menos tres reuniones del comité de seguridad sin que se informara al Ayuntamiento.

Un periodista de este diario pudo ver el lunes en La Atalaya cuatro de esos trenes con los bogies desmontados y marcas de pintura amarilla junto a las grietas. Según los trabajadores del taller, los ejes de repuesto no llegarán hasta mayo.

Un portavoz de Metro de Valdecierva aseguró a EL PAÍS que “en ningún momento” se puso en riesgo a los viajeros y que la limitación de velocidad “se ajusta a las recomendaciones del fabricante”. Ferrotrac declinó hacer comentarios.
""",
"01_pt.txt": """Comboios com eixos fissurados em Espanha são do mesmo modelo que circula no Metro de Almarela
Público
2 de Março de 2027, 13:10

O Metro de Valdecierva, em Espanha, manteve em circulação durante pelo menos oito meses 18 composições com fissuras nos eixos, noticiou esta terça-feira o jornal espanhol El País. Os comboios, da série 7000, foram fabricados pela Ferrotrac — a mesma empresa que entregou dez unidades ao Metro de Almarela entre 2023 e 2024.

Segundo os relatórios internos de inspecção citados pelo diário, as fissuras, com dois a seis milímetros, foram detectadas em testes de ultra-sons realizados em Junho de 2026. Os técnicos recomendaram retirar as composições de serviço, mas a direcção de operações terá optado por mantê-las a circular, limitando a velocidade a 60 quilómetros por hora.

Fontes da empresa ouvidas pelo El País garantem que o problema foi discutido em pelo menos três reuniões do comité de segurança sem que a câmara municipal fosse informada. Um porta-voz do Metro de Valdecierva disse ao jornal espanhol que os passageiros “nunca” estiveram em risco.

O PÚBLICO questionou o Metro de Almarela sobre o estado dos eixos das suas dez composições Ferrotrac e sobre a data da última inspecção, mas não obteve resposta até à hora de publicação deste artigo.

A entrega dos comboios a Almarela já tinha sido atribulada: em 2025, o Expresso noticiou que a Ferrotrac chegou a pagar penalizações por atrasos de quase um ano.
""",
"02_it.txt": """«Treni con gli assi crepati lasciati in servizio»: l'inchiesta di El País scuote Ferrotrac, che ha venduto convogli anche a Castelvenere
la Repubblica
02 marzo 2027 alle 14:21

Diciotto treni della metropolitana con gli assi incrinati, lasciati in servizio per otto mesi pur di non tagliare le corse. Lo rivela il quotidiano spagnolo El País, che ha pubblicato stamattina i rapporti interni di ispezione del Metro di Valdecierva. I convogli della serie 7000 sono prodotti da Ferrotrac, l'azienda che nel 2024 si è aggiudicata la fornitura di dodici treni per la linea C della metropolitana di Castelvenere.

Secondo il giornale spagnolo, le crepe – da due a sei millimetri – erano emerse nei controlli a ultrasuoni del giugno 2026. I tecnici chiedevano di fermare i treni fino alla sostituzione degli assi; la direzione dell'esercizio avrebbe invece deciso di limitarne la velocità a 60 chilometri orari.

«Si è data priorità alle banchine senza code», ha raccontato a El País un dirigente intermedio dell'azienda, che ha chiesto l'anonimato. Un cronista del quotidiano ha visto lunedì nel deposito di La Atalaya quattro treni con i carrelli smontati e segni di vernice gialla accanto alle fessure.

Il Metro di Valdecierva sostiene che i passeggeri non siano mai stati in pericolo. Ferrotrac non ha commentato.

L'azienda dei trasporti di Castelvenere, contattata da Repubblica per sapere se i treni della linea C siano stati sottoposti agli stessi controlli, non ha ancora risposto.
""",
"03_de.txt": """Risse in den Achsen: Spaniens U-Bahn-Skandal erreicht den Hersteller Ferrotrac
Süddeutsche Zeitung
3. März 2027, 6:05 Uhr

Die Zeitung „El País“ enthüllt, dass die Metro von Valdecierva monatelang Züge mit angerissenen Achsen fahren ließ. Der Hersteller will auch in Deutschland ins Geschäft kommen.

Achtzehn U-Bahn-Züge mit Rissen in den Radsatzwellen sind in der spanischen Stadt Valdecierva mindestens acht Monate lang im Fahrgastbetrieb geblieben. Das geht aus internen Prüfberichten des Betreibers hervor, über die die spanische Tageszeitung El País am Dienstag berichtet hat. Die Risse von zwei bis sechs Millimetern seien bei Ultraschallprüfungen im Juni 2026 entdeckt worden, schreibt das Blatt.

Statt die Fahrzeuge abzustellen, wie es die eigenen Techniker empfohlen hatten, habe die Betriebsleitung lediglich die Höchstgeschwindigkeit auf 60 Kilometer pro Stunde begrenzt. Nach Angaben von Mitarbeitern, mit denen El País sprach, wurde die Stadtverwaltung nicht informiert. Der Betreiber beteuert gegenüber der Zeitung, die Fahrgäste seien „zu keinem Zeitpunkt“ gefährdet gewesen.

Für Ferrotrac kommt der Bericht zur Unzeit. Das Unternehmen bewirbt sich derzeit um einen Auftrag über 26 U-Bahn-Züge für die Verkehrsbetriebe in Kaltenried, die Entscheidung soll im Sommer fallen. Eine Anfrage der SZ ließ Ferrotrac bis Mittwochmorgen unbeantwortet.
""",
}, [("El País", True)],
[("El País", "01_pt.txt"), ("El País", "02_it.txt"), ("El País", "03_de.txt")],
[("Metro de Valdecierva kept 18 series-7000 trains with cracked axles in service for at least eight months.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_de.txt"], 1),
 ("The cracks, two to six millimetres long, were found in ultrasonic tests in June 2026.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_de.txt"], 1)])

# t02: the operator's own press release (MPK Wierzbograd, outside the corpus) taken directly by PAP
# (agency dateline "Wierzbograd (PAP) –", "poinformowało we wtorek w komunikacie", "czytamy w
# komunikacie"), Gazeta Wyborcza ("opublikowało ... na swojej stronie internetowej", "wylicza MPK w
# komunikacie") and Notes from Poland ("it announced in a statement on its website"). Chain: the
# Märkische Oderzeitung credits only PAP ("Das meldet die polnische Nachrichtenagentur PAP unter
# Berufung auf eine Mitteilung des städtischen Verkehrsbetriebs MPK", "laut PAP"): edge from PAP.
# Background: Wyborcza's own December report, Rzeczpospolita's survey in Notes from Poland.
story("t02_fares_press_release_chain", "chain", {
"00_pl.txt": """Wierzbograd: od 1 lutego droższe bilety MPK, autobusy do Oderfelde rzadziej
PAP
12.01.2027 11:20

Wierzbograd (PAP) – Od 1 lutego bilet jednorazowy w komunikacji miejskiej w Wierzbogradzie zdrożeje z 4,60 zł do 5,40 zł, a bilet miesięczny ze 110 zł do 129 zł – poinformowało we wtorek w komunikacie Miejskie Przedsiębiorstwo Komunikacyjne w Wierzbogradzie.

Spółka tłumaczy podwyżkę wzrostem kosztów energii i wynagrodzeń. „W 2026 r. koszt wozokilometra wzrósł o 19 proc., a dopłata z budżetu miasta pozostała na poziomie z 2024 r.” – czytamy w komunikacie.

Zmiany obejmą też transgraniczną linię autobusową nr 920 do niemieckiego Oderfelde. Od lutego autobusy będą na niej kursować co godzinę, a nie jak dotąd co 30 minut. Jak podało MPK, na linii dochodzi do częstych awarii starszych pojazdów, a strona niemiecka nie zwiększyła swojego udziału w finansowaniu połączenia.

„Zdajemy sobie sprawę, że to dla pasażerów trudna wiadomość. Bez tych zmian musielibyśmy ograniczyć kursy na liniach miejskich” – napisał w komunikacie prezes MPK Grzegorz Wilkoń.

Ceny biletów ulgowych dla uczniów i seniorów pozostaną bez zmian. Bilety zakupione po starych cenach będzie można wykorzystać do 30 kwietnia. (PAP)

kw/ mhr/
""",
"01_pl.txt": """Bilet po 5,40 zł. MPK w Wierzbogradzie podnosi ceny i tnie kursy do Niemiec
Gazeta Wyborcza
12 stycznia 2027 | 15:32

To już druga podwyżka w ciągu dwóch lat. Od 1 lutego za bilet jednorazowy w Wierzbogradzie zapłacimy 5,40 zł zamiast 4,60 zł, a za miesięczny – 129 zł. Nowy cennik MPK opublikowało we wtorek przed południem na swojej stronie internetowej.

Miejska spółka przekonuje, że nie miała wyjścia. „W 2026 r. koszt wozokilometra wzrósł o 19 proc., a dopłata z budżetu miasta pozostała na poziomie z 2024 r.” – wylicza MPK w komunikacie. Prezes Grzegorz Wilkoń przyznaje w nim, że to dla pasażerów „trudna wiadomość”.

Jeszcze gorsze wieści mają ci, którzy dojeżdżają do pracy w Niemczech. Linia 920 do Oderfelde od lutego będzie jeździć tylko co godzinę. Przewoźnik tłumaczy to awariami wysłużonych autobusów i tym, że niemiecki partner nie dołożył pieniędzy do kursów.

Jak informowaliśmy w grudniu, radni z komisji budżetowej ostrzegali, że bez większej dotacji podwyżki są nieuniknione. Wniosek o zwiększenie dopłaty przepadł jednak w głosowaniu.

Ulgi dla uczniów i seniorów się nie zmienią. Stare bilety będą ważne do końca kwietnia.
""",
"02_de.txt": """Polnische Nachbarstadt: Bus nach Oderfelde fährt nur noch stündlich – und Tickets werden teurer
Märkische Oderzeitung
13.01.2027, 05:30 Uhr

Pendler zwischen Wierzbograd und Oderfelde müssen sich umstellen: Die grenzüberschreitende Buslinie 920 fährt ab Februar nur noch einmal pro Stunde statt wie bisher alle 30 Minuten. Das meldet die polnische Nachrichtenagentur PAP unter Berufung auf eine Mitteilung des städtischen Verkehrsbetriebs MPK.

Gleichzeitig steigen in Wierzbograd die Preise. Ein Einzelfahrschein kostet ab 1. Februar 5,40 Złoty statt 4,60 Złoty, die Monatskarte 129 statt 110 Złoty. Als Gründe nennt das Unternehmen laut PAP gestiegene Energie- und Personalkosten.

Für die Linie 920 verweist MPK demnach auf häufige Pannen der älteren Busse. Zudem habe die deutsche Seite ihren Anteil an der Finanzierung nicht erhöht.

Die Stadt Oderfelde, die die Linie gemeinsam mit Wierzbograd bestellt, ließ eine Anfrage dieser Zeitung am Dienstagabend unbeantwortet. Die Verbindung war 2019 eingerichtet worden und gilt als wichtigste Busverbindung über die Grenze im Landkreis.
""",
"03_en.txt": """Polish border city raises public transport fares by 17% and cuts bus service to Germany
Notes from Poland
January 13, 2027

The municipal transport company in Wierzbograd, a city on Poland's western border, will raise the price of a single ticket from 4.60 zloty to 5.40 zloty from 1 February, it announced in a statement on its website on Tuesday. A monthly pass will go up from 110 to 129 zloty.

MPK Wierzbograd blamed higher energy and wage costs, saying that the cost per vehicle-kilometre had risen by 19% in 2026 while the subsidy it receives from the city budget had been frozen at 2024 levels.

"We are aware that this is difficult news for passengers," the company's CEO, Grzegorz Wilkoń, wrote in the statement. "Without these changes we would have to cut services on city routes."

The company also announced that bus line 920, which links Wierzbograd with the German town of Oderfelde, will run hourly instead of every 30 minutes, citing frequent breakdowns of older vehicles and a lack of additional funding from the German side.

Fares have been rising across Poland. A survey published by Rzeczpospolita last autumn found that single tickets in the country's 20 largest cities had become on average 14% more expensive within a year.
""",
}, [("MPK Wierzbograd", False)],
[("MPK Wierzbograd", "00_pl.txt"), ("MPK Wierzbograd", "01_pl.txt"), ("PAP", "02_de.txt"),
 ("MPK Wierzbograd", "03_en.txt")],
[("From 1 February a single ticket in Wierzbograd costs 5.40 zloty instead of 4.60 zloty.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], 1),
 ("Cross-border bus line 920 to Oderfelde will run hourly instead of every 30 minutes.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], 1)])

# t03: a union statement (STTUN, outside the corpus) taken directly by all four: Jornal de Notícias
# ("anunciada ... pelo Sindicato ... em comunicado", "lê-se na nota"), Europa Press (dateline
# "SIERRALUZ, 8 Feb. (EUROPA PRESS) -", "según ha informado ... el sindicato STTUN en un comunicado"),
# Il Sole 24 Ore (quote first, then "il sindacato portoghese Sttun", "Nella nota diffusa lunedì") and
# Portugal Resident ("According to the drivers' union"; the statement named only in the last
# paragraph). Unanswered requests (JN, Europa Press); Il Sole's mention of the Financial Times is
# background.
story("t03_bus_strike_union_statement", "statement", {
"00_pt.txt": """Motoristas da Movilur em Almarela marcam greve de 48 horas
Jornal de Notícias
08 fevereiro 2027 às 12:41

Os motoristas da Movilur Almarela, que opera os autocarros urbanos da cidade, vão fazer greve nos dias 22 e 23 de fevereiro. A paralisação foi anunciada esta segunda-feira pelo Sindicato dos Trabalhadores dos Transportes Urbanos do Norte (STTUN), em comunicado.

Em causa estão os salários e, sobretudo, o estado da frota. "Dos 190 autocarros da empresa, 47 estão parados por avaria. Todos os dias há motoristas a sair para a estrada com viaturas que já tinham sido reportadas com problemas nos travões", lê-se na nota.

O sindicato reivindica um aumento salarial de 6%, quando a empresa propôs 2,5%, e exige a contratação de mais mecânicos para a oficina de Vale de Murtas. "A administração em Espanha olha para Almarela como uma folha de Excel", acusa o coordenador do STTUN, Paulo Sarmento, citado no comunicado.

O sindicato admite desconvocar a greve se a Movilur apresentar "uma proposta séria" até 15 de fevereiro. Estão previstos serviços mínimos nas linhas que servem os hospitais.

O JN contactou a Movilur, mas não obteve resposta até ao fecho desta edição.
""",
"01_es.txt": """Los conductores de Movilur en Portugal irán a la huelga 48 horas por los salarios y el estado de la flota
Europa Press
Publicado: lunes, 8 febrero 2027 17:12

SIERRALUZ, 8 Feb. (EUROPA PRESS) - Los conductores de autobús de Movilur en la ciudad portuguesa de Almarela han convocado una huelga de 48 horas para los días 22 y 23 de febrero, según ha informado este lunes el sindicato STTUN en un comunicado.

La organización sindical denuncia que 47 de los 190 autobuses de la filial portuguesa del grupo con sede en Sierraluz están parados por averías y que los conductores salen "a diario" con vehículos en los que ya se habían notificado fallos en los frenos.

Además, el sindicato reclama una subida salarial del 6%, frente al 2,5% ofrecido por la empresa, y la contratación de más mecánicos. "La dirección en España mira a Almarela como una hoja de Excel", critica su coordinador, Paulo Sarmento, en la nota.

El STTUN se muestra dispuesto a desconvocar los paros si la compañía presenta "una propuesta seria" antes del 15 de febrero.

Movilur, que gestiona autobuses urbanos en España, Portugal e Italia, no ha respondido a las preguntas de Europa Press.
""",
"02_it.txt": """Movilur, in Portogallo sciopero di 48 ore. Il sindacato: «Un autobus su quattro fermo per guasti»
Il Sole 24 Ore
9 febbraio 2027

«Dei 190 autobus dell'azienda, 47 sono fermi per guasti». Sono i numeri con cui il sindacato portoghese Sttun ha motivato la proclamazione di uno sciopero di 48 ore, il 22 e 23 febbraio, alla Movilur Almarela, la controllata portoghese del gruppo spagnolo dei trasporti che in Italia gestisce dal 2023 la rete urbana di Castelvenere.

Nella nota diffusa lunedì, il sindacato accusa la società di mandare in servizio ogni giorno mezzi già segnalati per problemi ai freni e chiede un aumento del 6% contro il 2,5% offerto dall'azienda. «La direzione in Spagna guarda ad Almarela come a un foglio Excel», afferma il coordinatore Paulo Sarmento.

La vertenza arriva in un momento delicato per il gruppo. Come aveva scritto a gennaio il Financial Times, il fondo che controlla Movilur starebbe valutando la cessione di una quota di minoranza, e la qualità del servizio nei contratti esteri è uno dei dossier più osservati dai potenziali acquirenti.

A Castelvenere, dove Movilur gestisce 31 linee, i sindacati locali non hanno finora annunciato iniziative analoghe.
""",
"03_en.txt": """Almarela bus drivers to strike for two days over 'broken' fleet
Portugal Resident
09 February 2027

Bus drivers in Almarela will walk out on February 22 and 23, leaving much of the city without urban bus services for two days.

Drivers employed by Movilur Almarela, the local subsidiary of Spanish transport group Movilur, are demanding a 6% pay rise – the company has offered 2.5% – and more mechanics to deal with what they describe as a fleet in crisis.

According to the drivers' union, 47 of the company's 190 buses are currently off the road with faults, and drivers are regularly sent out in vehicles that have already been reported for brake problems. "The management in Spain looks at Almarela as an Excel spreadsheet," said union coordinator Paulo Sarmento.

Minimum services will be guaranteed on routes serving the city's hospitals. The strike could still be called off if Movilur makes "a serious proposal" by February 15.

The strike was announced on Monday in a statement by the Sindicato dos Trabalhadores dos Transportes Urbanos do Norte (STTUN).
""",
}, [("STTUN", False)],
[("STTUN", "00_pt.txt"), ("STTUN", "01_es.txt"), ("STTUN", "02_it.txt"), ("STTUN", "03_en.txt")],
[("Movilur Almarela bus drivers will strike on 22 and 23 February.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1),
 ("According to the union, 47 of the company's 190 buses are out of service with faults.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1)])

# t04: an institution's own published report (Agenzia per la mobilità di Castelvenere, outside the
# corpus) taken directly by all four: ANSA (dateline "(ANSA) - CASTELVENERE, 13 APR -", "È quanto
# emerge dalla relazione annuale"), Corriere della Sera (figures in the standfirst, "si legge nel
# documento"), Expansión ("según su informe anual, publicado el martes") and Expresso (no date line;
# "no relatório anual divulgado esta terça-feira"). Corriere's "interpellata dal Corriere, non ha
# voluto commentare" and Expansión's unanswered questions add nothing; Expresso's mention of the
# Jornal de Notícias (February strike) is background.
story("t04_breakdowns_agency_report", "document", {
"00_it.txt": """Bus: Castelvenere, guasti su del 41%. Agenzia mobilità propone multe a Movilur
ANSA
13 aprile 2027 13:27

(ANSA) - CASTELVENERE, 13 APR - Nel 2026 i guasti agli autobus urbani di Castelvenere sono stati 1.146, il 41% in più rispetto all'anno precedente. È quanto emerge dalla relazione annuale dell'Agenzia per la mobilità di Castelvenere, pubblicata oggi sul sito dell'ente, che propone sanzioni per 2,3 milioni di euro a carico del gestore, la Movilur Castelvenere.

Secondo il documento, sulla linea 4 a dicembre non è stato effettuato il 27% delle corse programmate. L'età media della flotta è salita a 13,8 anni, contro i 10 previsti dal contratto di servizio.

"Il gestore non ha rispettato gli impegni sul rinnovo dei mezzi e sulla manutenzione", scrive nella relazione la presidente dell'Agenzia, Elena Marchisio. Le sanzioni dovranno ora essere approvate dalla giunta comunale.

Movilur, società del gruppo spagnolo omonimo, gestisce il trasporto urbano cittadino dal 2023. (ANSA).
""",
"01_it.txt": """Castelvenere, bus rotti e corse saltate: l'Agenzia della mobilità boccia Movilur
Corriere della Sera
13 aprile 2027 (modifica il 13 aprile 2027 | 19:40)

Nella relazione annuale 1.146 guasti nel 2026 e penali proposte per 2,3 milioni. Sulla linea 4 saltata più di una corsa su quattro

Più di tre guasti al giorno, ogni giorno, per un anno intero. La relazione annuale dell'Agenzia per la mobilità di Castelvenere, 84 pagine pubblicate martedì sul sito dell'ente, mette nero su bianco quello che i pendolari raccontano da mesi: nel 2026 gli autobus urbani gestiti da Movilur si sono fermati per avaria 1.146 volte, contro le 813 del 2025.

Il dato peggiore riguarda la linea 4, quella che collega la stazione al polo ospedaliero di Borgo Fiorito: a dicembre, si legge nel documento, il 27 per cento delle corse programmate non è stato effettuato. La flotta ha un'età media di 13,8 anni, quasi quattro in più di quanto prevede il contratto.

Per questo l'Agenzia propone penali per 2,3 milioni di euro. «Il gestore non ha rispettato gli impegni sul rinnovo dei mezzi e sulla manutenzione», scrive la presidente Elena Marchisio. L'ultima parola spetta alla giunta.

Movilur, interpellata dal Corriere, non ha voluto commentare la relazione.
""",
"02_es.txt": """Un regulador italiano propone multar a Movilur con 2,3 millones por las averías de sus autobuses
Expansión
14 abr. 2027 - 01:12

Nuevo frente para Movilur. La Agencia para la Movilidad de Castelvenere, el organismo que supervisa el transporte urbano en esta ciudad italiana, propone sancionar con 2,3 millones de euros a la filial local del grupo por el deterioro del servicio, según su informe anual, publicado el martes.

El documento cifra en 1.146 las averías registradas en 2026 en los autobuses que opera Movilur en la ciudad, un 41% más que un año antes, y sitúa la edad media de la flota en 13,8 años, frente a los diez que exige el contrato. En la línea 4, el 27% de los servicios programados en diciembre no llegó a realizarse.

"El operador no ha cumplido sus compromisos de renovación de vehículos y de mantenimiento", afirma en el informe la presidenta del organismo, Elena Marchisio. La sanción debe ser aprobada aún por el gobierno municipal.

El informe llega dos meses después de que los conductores de la filial portuguesa, en Almarela, fueran a la huelga denunciando también averías en la flota.

Movilur, que gestiona autobuses en España, Portugal e Italia, no respondió ayer a las preguntas de este diario.
""",
"03_pt.txt": """Relatório italiano arrasa Movilur, a empresa que opera os autocarros de Almarela
Expresso

Mais de três avarias por dia durante um ano inteiro. É o retrato que a Agência para a Mobilidade de Castelvenere faz do serviço de autocarros que a Movilur presta naquela cidade italiana, no relatório anual divulgado esta terça-feira.

Segundo o documento, registaram-se 1146 avarias em 2026, mais 41% do que no ano anterior, e a idade média da frota chegou aos 13,8 anos. O regulador propõe multas de 2,3 milhões de euros.

O relatório interessa também a Almarela, onde a Movilur detém a concessão dos transportes urbanos até 2031. Em fevereiro, os motoristas da empresa fizeram dois dias de greve em protesto contra o estado da frota, uma paralisação que, como noticiou na altura o Jornal de Notícias, deixou metade das linhas sem serviço.

A presidente do regulador italiano, Elena Marchisio, escreve no relatório que o operador "não cumpriu os compromissos de renovação das viaturas e de manutenção". A decisão final sobre as multas cabe à câmara municipal de Castelvenere.
""",
}, [("Agenzia per la mobilità di Castelvenere", False)],
[("Agenzia per la mobilità di Castelvenere", "00_it.txt"),
 ("Agenzia per la mobilità di Castelvenere", "01_it.txt"),
 ("Agenzia per la mobilità di Castelvenere", "02_es.txt"),
 ("Agenzia per la mobilità di Castelvenere", "03_pt.txt")],
[("Breakdowns of Movilur's city buses in Castelvenere rose 41% in 2026, to 1,146.",
  ["00_it.txt", "01_it.txt", "02_es.txt", "03_pt.txt"], 1),
 ("The Castelvenere mobility agency proposes penalties of 2.3 million euros against Movilur.",
  ["00_it.txt", "01_it.txt", "02_es.txt", "03_pt.txt"], 1)])

# t05: outside wire agency EFE (own reporting: a Metro de Sierraluz spokesman and a passenger told
# EFE, "fuentes de emergencias consultadas por EFE"). La Vanguardia publishes EFE's copy (dateline
# "SIERRALUZ (EFE). –"); 20minutos names EFE only in its last paragraph; Diário de Notícias
# "noticiou a agência espanhola EFE" + "De acordo com a EFE". The Guardian credits EFE and adds its
# own confirmation (the spokesperson "told the Guardian" the cause): edge from EFE and The Guardian
# is itself an origin. Chain: Lenta.ru credits only The Guardian ("Об этом сообщает британская
# газета The Guardian", "Как рассказал изданию"): edge from The Guardian.
story("t05_metro_blackout_agency", "agency", {
"00_es.txt": """Un apagón deja a 3.000 viajeros atrapados en los túneles del metro de Sierraluz
La Vanguardia
18/05/2027 11:47

SIERRALUZ (EFE). – Unos 3.000 viajeros tuvieron que abandonar a pie los túneles de la línea 1 del metro de Sierraluz este martes después de que un corte del suministro eléctrico detuviera nueve trenes en plena hora punta, según ha informado a EFE un portavoz de Metro de Sierraluz.

La avería se produjo a las 8.12 horas y afectó al tramo entre las estaciones de Plaza de la Alhóndiga y Ronda Sur. Los pasajeros fueron evacuados por las pasarelas laterales de los túneles con la ayuda de personal de la compañía, una operación que se prolongó durante más de una hora. El servicio se restableció a las 10.05 horas.

Los servicios sanitarios atendieron a 14 personas, la mayoría por ataques de ansiedad y contusiones leves, ninguna de ellas de gravedad, según fuentes de emergencias consultadas por EFE.

"Estuvimos cuarenta minutos a oscuras, sin saber nada. Luego nos dijeron que saliéramos andando con la linterna del móvil", relató a EFE Lucía Berrocal, una enfermera que se dirigía a su turno en el hospital de Ronda Sur.

Metro de Sierraluz ha abierto una investigación para esclarecer las causas del corte, que según el portavoz no guarda relación con las obras de ampliación de la línea.
""",
"01_es.txt": """Caos en el metro de Sierraluz: miles de viajeros salen a pie por los túneles tras un apagón
20minutos
18.05.2027 - 12:30h

Escenas de película en plena hora punta. Miles de pasajeros de la línea 1 del metro de Sierraluz tuvieron que caminar este martes por los túneles, alumbrándose con los móviles, después de que un apagón dejara parados nueve trenes entre Plaza de la Alhóndiga y Ronda Sur.

El corte de luz se produjo a las 8.12 horas y la circulación no se recuperó hasta pasadas las 10.00. En total, unas 3.000 personas fueron evacuadas por las pasarelas laterales, guiadas por trabajadores del suburbano.

Catorce personas necesitaron atención sanitaria, sobre todo por ansiedad y golpes leves. Ninguna está grave.

"Estuvimos cuarenta minutos a oscuras, sin saber nada", contó una de las afectadas, la enfermera Lucía Berrocal.

Según ha informado la agencia EFE, que cita a un portavoz de Metro de Sierraluz, la compañía ha abierto una investigación para aclarar el origen de la avería.
""",
"02_en.txt": """Thousands walk through dark tunnels after power cut halts metro in Spanish city
The Guardian
Tue 18 May 2027 16.40 BST

About 3,000 passengers had to walk out through the tunnels of a metro line in the Spanish city of Sierraluz on Tuesday morning after a power failure stopped nine trains during the rush hour.

The outage hit line 1 at 8.12am, trapping trains between the Plaza de la Alhóndiga and Ronda Sur stations, according to the Spanish news agency EFE. Staff guided passengers along the walkways inside the tunnels, and services resumed shortly after 10am.

"We were in the dark for 40 minutes without knowing anything," one passenger, a nurse on her way to work, told EFE.

A spokesperson for Metro de Sierraluz told the Guardian on Tuesday afternoon that the failure had been traced to a faulty transformer at the Los Olmos substation, which feeds the central section of the line. "The backup system did switch on, but it could not carry nine trains at once," the spokesperson said, adding that the transformer had passed its last inspection in January.

The regional government's transport department, which co-funds the metro, did not respond to a request for comment.
""",
"03_pt.txt": """Apagão no metro de Sierraluz obriga 3000 passageiros a sair a pé pelos túneis
Diário de Notícias
18 maio 2027 — 18:05

Cerca de três mil passageiros do metro de Sierraluz, em Espanha, tiveram de sair a pé pelos túneis esta terça-feira de manhã, depois de um corte de energia ter imobilizado nove comboios da linha 1 em plena hora de ponta, noticiou a agência espanhola EFE.

A avaria ocorreu às 08:12 locais e o serviço só foi reposto pouco depois das 10:00. Os passageiros foram retirados pelos passadiços laterais dos túneis, acompanhados por funcionários da empresa.

De acordo com a EFE, 14 pessoas receberam assistência médica, a maioria por crises de ansiedade e contusões ligeiras, nenhuma em estado grave.

"Estivemos quarenta minutos às escuras, sem saber nada", contou à agência uma enfermeira que seguia para o hospital onde trabalha. A empresa abriu um inquérito para apurar as causas do apagão.
""",
"04_ru.txt": """Тысячи пассажиров испанского метро выбирались из тоннелей пешком после отключения электричества
Лента.ру
07:15, 19 мая 2027

В испанском городе Сьерралус около трех тысяч пассажиров метро были вынуждены пешком выбираться из тоннелей после того, как из-за отключения электроэнергии на линии остановились девять поездов. Об этом сообщает британская газета The Guardian.

Сбой произошел во вторник утром, в час пик, на линии 1 между станциями «Пласа-де-ла-Альондига» и «Ронда-Сур». Пассажиров выводили по служебным мостикам вдоль стен тоннелей, движение восстановили лишь спустя почти два часа.

Как рассказал изданию представитель компании Metro de Sierraluz, причиной аварии стал неисправный трансформатор на подстанции «Лос-Ольмос». По его словам, резервная система включилась, но не смогла обеспечить работу сразу девяти поездов.

«Мы сорок минут просидели в темноте, ничего не понимая», — приводит издание слова одной из пассажирок, медсестры, которая ехала на работу.
""",
}, [("EFE", False), ("The Guardian", True)],
[("EFE", "00_es.txt"), ("EFE", "01_es.txt"), ("EFE", "02_en.txt"), ("EFE", "03_pt.txt"),
 ("The Guardian", "04_ru.txt")],
[("A power cut stopped nine trains on Sierraluz metro line 1 and about 3,000 passengers had to walk out through the tunnels.",
  ["00_es.txt", "01_es.txt", "02_en.txt", "03_pt.txt", "04_ru.txt"], 2),
 ("Fourteen people were treated by medics, mostly for anxiety and minor bruises.",
  ["00_es.txt", "01_es.txt", "03_pt.txt"], 1)])

# t06: a person's own social-media post (tram driver Dennis Obermaier's Instagram video, outside the
# corpus) taken directly by t-online ("In dem Clip, den ... am Dienstagabend auf Instagram
# veröffentlichte", "schreibt er dazu"), BILD ("hat auf Instagram gezeigt") and The Local ("wrote in
# the Instagram post"). Onet's 02_pl.txt is an uncredited close Polish translation of t-online's
# article (same paragraphs, same quotes, keeps "nie odpowiedziało na pytania redakcji" for t-online's
# own request): edge from t-online only, scenario translation. BILD's mention of DER SPIEGEL and The
# Local's mention of NDR are background; unanswered requests of t-online and BILD add nothing.
story("t06_tram_driver_post_translation", "translation", {
"00_de.txt": """Straßenbahnfahrer zeigt kaputte Flotte: „11 von 24“ – Video aus Ebersmoor geht viral
t-online
02.06.2027, 09:41 Uhr

Ein Straßenbahnfahrer aus Ebersmoor sorgt mit einem Video aus dem Betriebshof für Aufsehen. In dem Clip, den Dennis Obermaier am Dienstagabend auf Instagram veröffentlichte, läuft er an einer langen Reihe abgestellter Bahnen vorbei. „11 von 24. Und dann wundert ihr euch, warum die 3 schon wieder ausfällt“, schreibt er dazu.

Bis Mittwochmorgen wurde das Video mehr als 480.000 Mal aufgerufen. Zu sehen sind unter anderem Bahnen mit abgeklebten Türen und ein Fahrzeug, an dem ein Drehgestell fehlt.

Die Niederflurbahnen vom Typ Swift 30 stammen vom polnischen Hersteller Tramwex und wurden erst 2022 in Dienst gestellt. In seinem Post schreibt Obermaier, Ersatzteile für Türsteuerungen und Bremsen müssten „teils monatelang“ in Polen nachbestellt werden. „Wir Fahrer kriegen den Ärger der Fahrgäste ab, nicht die Leute, die das eingekauft haben.“

Die Ebersmoorer Verkehrsbetriebe (EVB) äußerten sich auf Anfrage von t-online zunächst nicht. Tramwex war für eine Stellungnahme nicht zu erreichen.
""",
"01_de.txt": """Tram-Fahrer filmt Schrott-Depot: 11 von 24 Bahnen kaputt!
BILD
02.06.2027 - 13:05 Uhr

Ebersmoor – Dieses Video macht die Fahrgäste in Ebersmoor fassungslos!

Straßenbahnfahrer Dennis Obermaier hat auf Instagram gezeigt, wie es im Betriebshof der Verkehrsbetriebe aussieht: Bahn an Bahn, alle abgestellt. Türen abgeklebt, bei einer fehlt sogar ein ganzes Drehgestell. Seine bittere Bilanz: „11 von 24.“

Die Bahnen vom polnischen Hersteller Tramwex sind gerade mal fünf Jahre alt. Laut Obermaier warten die Werkstätten „teils monatelang“ auf Ersatzteile für Türen und Bremsen. Sein Frust: „Wir Fahrer kriegen den Ärger der Fahrgäste ab.“

Schon im Januar hatte der SPIEGEL über Lieferprobleme bei Tramwex in mehreren deutschen Städten berichtet.

Und was sagen die Verkehrsbetriebe? BILD hat nachgefragt – eine Antwort steht noch aus.
""",
"02_pl.txt": """Motorniczy pokazał zepsutą flotę. „11 na 24”. Nagranie z Niemiec robi furorę
Onet
2 czerwca 2027, 15:20

Motorniczy z niemieckiego Ebersmoor wywołał poruszenie nagraniem z zajezdni. Na filmie, który Dennis Obermaier opublikował we wtorek wieczorem na Instagramie, przechodzi obok długiego rzędu odstawionych tramwajów. „11 na 24. A potem się dziwicie, że trójka znowu nie jedzie” – napisał.

Do środy rano nagranie wyświetlono ponad 480 tys. razy. Widać na nim m.in. tramwaje z zaklejonymi drzwiami i pojazd, w którym brakuje wózka.

Niskopodłogowe tramwaje typu Swift 30 pochodzą od polskiego producenta Tramwex i weszły do eksploatacji dopiero w 2022 r. W swoim wpisie Obermaier pisze, że części zamienne do sterowania drzwiami i do hamulców trzeba zamawiać w Polsce „czasem miesiącami”. „To my, motorniczowie, zbieramy gniew pasażerów, a nie ludzie, którzy to kupili”.

Przedsiębiorstwo komunikacyjne EVB nie odpowiedziało na razie na pytania redakcji. Z firmą Tramwex nie udało się skontaktować.
""",
"03_en.txt": """'11 out of 24': Tram driver's video lays bare breakdown crisis in German city
The Local
2 June 2027 17:52 CEST

A tram driver in the German city of Ebersmoor has posted a video showing nearly half of the city's trams standing idle in the depot, sparking a wave of anger among passengers who have put up with months of cancellations.

"11 out of 24. And then you wonder why the number 3 is cancelled again," Dennis Obermaier wrote in the Instagram post on Tuesday evening, which shows him walking past rows of parked trams, some with their doors taped shut.

The low-floor Swift 30 trams were built by Polish manufacturer Tramwex and only entered service in 2022. According to Obermaier, spare parts for doors and brakes sometimes take months to arrive from Poland.

Ebersmoor's tram network has been struggling since the spring. Regional broadcaster NDR reported in March that line 3 had been cut to a 20-minute frequency for several weeks because of a shortage of vehicles.

The city's transport operator, EVB, has not publicly commented on the video.
""",
}, [("Dennis Obermaier", False)],
[("Dennis Obermaier", "00_de.txt"), ("Dennis Obermaier", "01_de.txt"), ("t-online", "02_pl.txt"),
 ("Dennis Obermaier", "03_en.txt")],
[("A video posted by tram driver Dennis Obermaier shows 11 of Ebersmoor's 24 trams out of service in the depot.",
  ["00_de.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], 1),
 ("The Swift 30 trams were built by the Polish manufacturer Tramwex and entered service in 2022.",
  ["00_de.txt", "02_pl.txt", "03_en.txt"], 1)])

# t07: two independent in-corpus roots: Коммерсантъ (sources in city hall and in the metro, "стало
# известно “Ъ”", the metro's refusal to comment given to Ъ) and Известия (a draft resolution "с
# которым ознакомились «Известия»", "Как выяснили «Известия»", the tariff committee's confirmation
# to Известия). РБК credits both (title "“Ъ” и «Известия» узнали ..."; two edges; its own request is
# unanswered). The Moscow Times credits Kommersant only (title "Kommersant Reports"). Wirtualna
# Polska (no outlet line) credits "Izwiestija" only.
story("t07_metro_fare_two_roots", "two_roots", {
"00_ru.txt": """Проезд в метро Верхнеозёрска подорожает почти на треть
Коммерсантъ
21.09.2027, 00:01

С 1 января 2028 года стоимость разовой поездки в метро Верхнеозёрска вырастет с 62 до 80 руб., стало известно “Ъ”. Соответствующее решение уже согласовано в мэрии и должно быть утверждено правительством города в октябре, рассказали два собеседника “Ъ” в городской администрации.

Повышение почти на 29% станет самым крупным с момента открытия метрополитена в 1989 году. По словам одного из источников “Ъ”, выпадающие доходы ГУП «Верхнеозёрский метрополитен» по итогам 2027 года оцениваются в 4,2 млрд руб., а из-за износа подвижного состава число вынужденных сходов поездов с линии за год выросло в полтора раза.

«Либо тариф, либо дальше будем возить людей на поездах, которым по сорок лет. Третьего варианта нет»,— говорит собеседник “Ъ”, знакомый с ходом обсуждения.

Источник “Ъ” в метрополитене подтвердил, что предприятие направило в мэрию расчеты, обосновывающие повышение тарифа. Официально в пресс-службе метрополитена от комментариев отказались.

В последний раз проезд в метро Верхнеозёрска дорожал в январе 2026 года — с 57 до 62 руб.
""",
"01_ru.txt": """Жителей Верхнеозёрска ждет повышение платы за метро до 80 рублей
Известия
21 сентября 2027, 08:30

Разовая поездка в метро Верхнеозёрска с 1 января 2028 года будет стоить 80 руб. вместо нынешних 62 руб. Это следует из проекта постановления городского комитета по тарифам, с которым ознакомились «Известия».

Согласно документу, поездка по транспортной карте «Озёрка» подорожает с 55 до 71 руб., а месячный проездной — с 2900 до 3600 руб. Льготные проездные для пенсионеров и студентов сохранятся в прежнем виде.

В пояснительной записке к проекту повышение объясняется ростом расходов на ремонт подвижного состава и электроэнергию. Как выяснили «Известия», в первом полугодии 2027 года поезда верхнеозёрского метро выходили из строя на линии в среднем пять раз в неделю.

В комитете по тарифам «Известиям» подтвердили, что проект подготовлен, но уточнили, что «окончательные цифры могут измениться». Документ должен пройти общественное обсуждение, после чего его утвердит правительство города.
""",
"02_ru.txt": """“Ъ” и «Известия» узнали о подорожании проезда в метро Верхнеозёрска до 80 руб.
РБК
21 сен 2027, 10:15

Стоимость разовой поездки в метро Верхнеозёрска с 1 января 2028 года вырастет с 62 до 80 руб. Об этом сообщили «Коммерсантъ» со ссылкой на источники в мэрии и «Известия», ознакомившиеся с проектом постановления городского комитета по тарифам.

По данным «Коммерсанта», решение уже согласовано в администрации и будет утверждено правительством города в октябре. Выпадающие доходы ГУП «Верхнеозёрский метрополитен» по итогам года собеседники издания оценили в 4,2 млрд руб.

«Известия» пишут, что в пояснительной записке к проекту повышение объясняется ростом расходов на ремонт вагонов и электроэнергию. В комитете по тарифам газете подтвердили подготовку документа.

РБК направил запрос в мэрию Верхнеозёрска и в пресс-службу метрополитена.

Повышение на 29% станет самым значительным за всю историю верхнеозёрского метро, отмечает «Коммерсантъ». В прошлый раз тариф увеличивали в январе 2026 года, на 5 руб.
""",
"03_en.txt": """Metro Fares in Verkhneozyorsk to Rise Nearly 30%, Kommersant Reports
The Moscow Times
Sept. 21, 2027

Authorities in the Russian city of Verkhneozyorsk plan to raise the price of a single metro ride from 62 to 80 rubles on Jan. 1, the Kommersant business daily reported Tuesday, citing two sources in the city administration.

The increase of almost 29% would be the largest since the metro opened in 1989. One of Kommersant's sources estimated the metro operator's revenue shortfall this year at 4.2 billion rubles, while the number of trains taken out of service because of breakdowns has risen by half amid an ageing fleet.

"Either the fare goes up, or we keep carrying people on 40-year-old trains. There is no third option," Kommersant quoted a person familiar with the discussions as saying.

The metro's press service declined to comment to the newspaper. The decision is expected to be approved by the city government in October.

Public transport fares have risen sharply in Russian cities over the past two years as operators struggle with the cost of spare parts for imported rolling stock.
""",
"04_pl.txt": """Rosjanie zapłacą za metro prawie o jedną trzecią więcej. Nowy cennik od stycznia
21.09.2027 14:02

Od 1 stycznia 2028 r. przejazd metrem w rosyjskim Wierchnieozjorsku ma kosztować 80 rubli zamiast obecnych 62. Jak podał dziennik „Izwiestija”, który dotarł do projektu uchwały miejskiego komitetu ds. taryf, podrożeje także przejazd z kartą transportową „Oziorka” – z 55 do 71 rubli.

Bilet miesięczny ma kosztować 3600 rubli zamiast 2900. Według rosyjskiej gazety władze miasta tłumaczą podwyżkę rosnącymi kosztami napraw taboru i energii elektrycznej.

„Izwiestija” ustaliły również, że w pierwszym półroczu pociągi tamtejszego metra psuły się na trasie średnio pięć razy w tygodniu.

Projekt ma zostać poddany konsultacjom społecznym, a następnie zatwierdzony przez władze miasta. Podwyżki cen biletów w ostatnich dwóch latach dotknęły większość dużych rosyjskich miast.
""",
}, [("Коммерсантъ", True), ("Известия", True)],
[("Коммерсантъ", "02_ru.txt"), ("Известия", "02_ru.txt"), ("Коммерсантъ", "03_en.txt"),
 ("Известия", "04_pl.txt")],
[("From 1 January 2028 a single metro ride in Verkhneozyorsk will cost 80 rubles instead of 62.",
  ["00_ru.txt", "01_ru.txt", "02_ru.txt", "03_en.txt", "04_pl.txt"], 2),
 ("A ride with the Ozyorka transport card will rise from 55 to 71 rubles.",
  ["01_ru.txt", "04_pl.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": k} for t, ca, k in claims],
        })
    labels = {"about": "Hand-written provenance test set 181 on public transport, metro and bus "
                       "operators, fares and breakdowns (real outlet names, everything else "
                       "invented); see README.md.",
              "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
