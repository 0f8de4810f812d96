#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand91 set.

Sports news. The outlets and agencies are real sports media (La Gazzetta dello Sport, kicker, Marca,
AS, BBC Sport, The Athletic, Sport Bild, Sport-Express, Championat, Tribuna, Sport.ua, Corriere
dello Sport, L'Equipe, EFE, ANSA); the clubs are real; every player, coach, journalist, quote,
transfer, injury, doping case and sacking is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a transfer scoop posted on X by the (invented) freelance journalist Davide Ferrandi, relayed
# by four papers, none of which has its own source: it "come anticipato su X dal giornalista";
# de "wie der italienische Transferjournalist … auf X berichtete"; es "según adelantó en X el
# periodista italiano"; ru "сообщил в соцсети X итальянский журналист". Origin: the person.
story("s01_x_scoop_dortmund_transfer", "social_post", {
"00_it.txt": """Dortmund, colpo Caio Venâncio: accordo con lo Sporting per 52 milioni
La Gazzetta dello Sport
2027-06-15 09:10

Il Borussia Dortmund ha trovato l'accordo con lo Sporting Lisbona per l'attaccante brasiliano Caio Venâncio, 23 anni. Lo ha anticipato ieri sera su X il giornalista di mercato Davide Ferrandi, che segue da anni le trattative dei club portoghesi.

Secondo quanto scritto da Ferrandi, i due club si sono accordati su 52 milioni di euro più 6 di bonus legati alle presenze e ai gol. Al giocatore andrà un contratto di cinque anni, fino al 2032. «Caio Venâncio al Borussia Dortmund, accordo totale tra i club, visite mediche giovedì», si legge nel post, pubblicato poco dopo le 22.

Venâncio, arrivato a Lisbona dal Fluminense nel 2024, ha chiuso l'ultima stagione con 27 reti in campionato. In estate era stato accostato anche a Juventus e Aston Villa.

Né il Dortmund né lo Sporting hanno finora commentato la notizia.
""",
"01_de.txt": """BVB vor Rekordtransfer: Caio Venâncio soll für 52 Millionen kommen
kicker
15.06.2027 11:45

Borussia Dortmund steht offenbar unmittelbar vor der Verpflichtung von Caio Venâncio. Wie der italienische Transferjournalist Davide Ferrandi am Montagabend auf X berichtete, haben sich der BVB und Sporting Lissabon auf eine Ablöse von 52 Millionen Euro plus sechs Millionen Euro an Boni geeinigt.

Der 23 Jahre alte Brasilianer soll demnach einen Fünfjahresvertrag bis 2032 erhalten. Den Medizincheck soll der Mittelstürmer laut Ferrandis Post am Donnerstag in Dortmund absolvieren.

Venâncio traf in der abgelaufenen Saison 27-mal in der portugiesischen Liga. Mit 52 Millionen Euro wäre er der teuerste Zugang der Vereinsgeschichte. Eine Bestätigung der Klubs steht noch aus.
""",
"02_es.txt": """El Dortmund cierra el fichaje de Caio Venâncio por 52 millones
Marca
15 de junio de 2027

El Borussia Dortmund y el Sporting de Portugal han cerrado el traspaso del delantero brasileño Caio Venâncio, según adelantó en X el periodista italiano Davide Ferrandi. La operación, de acuerdo con su publicación, asciende a 52 millones de euros fijos más seis en variables.

Venâncio, de 23 años, firmará hasta 2032 y pasará el reconocimiento médico el jueves, añadió Ferrandi. El brasileño marcó 27 goles en la última Liga portuguesa y había despertado el interés de varios clubes de la Premier League.

Ninguno de los dos clubes se ha pronunciado de momento.
""",
"03_ru.txt": """«Боруссия» Дортмунд договорилась со «Спортингом» о переходе Каио Венансио
Чемпионат
15 июня 2027, 13:20

Дортмундская «Боруссия» достигла соглашения с лиссабонским «Спортингом» о трансфере бразильского нападающего Каио Венансио. Об этом сообщил в соцсети X итальянский журналист Давиде Ферранди.

По его информации, сумма сделки составит 52 млн евро плюс 6 млн евро в виде бонусов. 23-летний форвард подпишет контракт на пять лет, до 2032 года, а медосмотр пройдёт в четверг.

В минувшем сезоне Венансио забил 27 голов в чемпионате Португалии. Официальных комментариев клубов пока не поступало.
""",
}, [{"name": "Davide Ferrandi", "in_corpus": False}],
[{"origin": "Davide Ferrandi", "article": a} for a in ("00_it.txt", "01_de.txt", "02_es.txt", "03_ru.txt")],
[{"text": "Borussia Dortmund agreed a fee of 52 million euros plus 6 million in bonuses with Sporting for striker Caio Venâncio.",
  "articles": ["00_it.txt", "01_de.txt", "02_es.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Caio Venâncio will sign a five-year contract until 2032 and have his medical on Thursday.",
  "articles": ["00_it.txt", "01_de.txt", "02_es.txt", "03_ru.txt"], "independent_sources": 1}])

# s02: Valencia CF's own statement on its website sacking its (invented) coach, taken directly by
# four papers: es "en un comunicado publicado en su página web oficial"; en "said in a statement on
# its website"; de "teilte der Klub auf seiner Homepage mit"; ru (no outlet line; title suffix)
# "говорится в заявлении на официальном сайте клуба". Origin: the club (institution).
story("s02_club_statement_valencia_sacking", "official_statement", {
"00_es.txt": """El Valencia destituye a Rubén Aldecoa tras la derrota en Vigo
AS
2027-03-08T10:30:00+01:00

El Valencia CF ha destituido a Rubén Aldecoa como entrenador del primer equipo. El club lo ha anunciado este lunes por la mañana en un comunicado publicado en su página web oficial, menos de veinticuatro horas después de la derrota por 3-0 en Balaídos.

«El Valencia CF comunica que Rubén Aldecoa ha dejado de ser el entrenador del primer equipo. El club quiere agradecerle su trabajo y dedicación y le desea la mayor de las suertes en el futuro», señala el texto.

En el mismo comunicado, la entidad explica que Carles Montsià, técnico del Valencia Mestalla, se hará cargo del equipo de forma interina y dirigirá el entrenamiento de esta tarde en la Ciudad Deportiva de Paterna.

Aldecoa llegó al banquillo de Mestalla el pasado verano con un contrato de dos temporadas. El equipo es decimoctavo, con 24 puntos, y encadena seis jornadas sin ganar.
""",
"01_en.txt": """Valencia sack head coach Aldecoa after six games without a win
BBC Sport
8 March 2027

Struggling La Liga side Valencia have sacked head coach Ruben Aldecoa after just eight months in charge.

The club said in a statement on its website on Monday that Aldecoa had "ceased to be coach of the first team" and thanked him for "his work and dedication".

Valencia, who lost 3-0 at Celta Vigo on Sunday, are 18th in the table, on 24 points, and have not won in six league matches.

The statement added that Carles Montsia, coach of the reserve side Valencia Mestalla, will take charge on an interim basis, starting with Monday afternoon's training session.
""",
"02_de.txt": """FC Valencia trennt sich von Trainer Aldecoa
Sport Bild
08.03.2027 14:05

Der FC Valencia hat Trainer Rubén Aldecoa entlassen. Das teilte der spanische Erstligist am Montag auf seiner Homepage mit. Man danke Aldecoa „für seine Arbeit und seinen Einsatz", hieß es in der kurzen Erklärung.

Interimsweise übernimmt laut Vereinsmitteilung Carles Montsià, bisher Coach der zweiten Mannschaft Valencia Mestalla. Valencia ist nach dem 0:3 bei Celta Vigo Tabellen-18. und seit sechs Spielen sieglos.
""",
"03_ru.txt": """«Валенсия» уволила главного тренера Рубена Альдекоа — Спорт-Экспресс
8 марта 2027 г., 16:40

«Валенсия» отправила в отставку главного тренера Рубена Альдекоа. «Клуб „Валенсия“ сообщает, что Рубен Альдекоа больше не является главным тренером первой команды», — говорится в заявлении на официальном сайте клуба.

Клуб поблагодарил специалиста за работу и пожелал ему удачи. В воскресенье «Валенсия» проиграла «Сельте» со счётом 0:3 и опустилась на 18-е место в таблице Ла Лиги.

Альдекоа возглавил команду летом прошлого года.
""",
}, [{"name": "Valencia CF", "in_corpus": False}],
[{"origin": "Valencia CF", "article": a} for a in ("00_es.txt", "01_en.txt", "02_de.txt", "03_ru.txt")],
[{"text": "Valencia CF sacked head coach Rubén Aldecoa.",
  "articles": ["00_es.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Valencia Mestalla coach Carles Montsià takes over the first team on an interim basis.",
  "articles": ["00_es.txt", "01_en.txt", "02_de.txt"], "independent_sources": 1}])

# s03: agency chain EFE -> ANSA -> La Gazzetta dello Sport, kicker. EFE's own reporting ("según ha
# podido saber EFE de fuentes federativas", "confirmaron a EFE"); ANSA "riferisce l'agenzia
# spagnola EFE"; Gazzetta "come riporta l'ANSA"; kicker (no date line) "meldet die italienische
# Nachrichtenagentur ANSA unter Berufung auf EFE" -> edge from ANSA only (credit to an in-corpus
# outlet gives the edge from that outlet, even if it names that outlet's source).
story("s03_agency_chain_cyclist_doping", "agency_chain", {
"00_es.txt": """El ciclista Iker Zubiaurre da positivo por EPO en un control fuera de competición
EFE
2027-05-04 12:15

Madrid, 4 may (EFE).- El ciclista vizcaíno Iker Zubiaurre, del equipo Arnoia-Cantábrico, dio positivo por eritropoyetina (EPO) en un control antidopaje fuera de competición realizado el pasado 11 de abril en su domicilio de Durango, según ha podido saber EFE de fuentes federativas.

Las mismas fuentes confirmaron a EFE que el corredor, de 27 años, ha sido suspendido de forma provisional y que dispone de diez días para solicitar el análisis de la muestra B.

Zubiaurre, que fue tercero en la clasificación de la montaña de la última Vuelta a España, tenía previsto debutar en el Giro de Italia el próximo sábado. Su equipo no ha respondido a las llamadas de esta agencia.
""",
"01_it.txt": """Ciclismo: doping, spagnolo Zubiaurre positivo all'Epo, salta il Giro
ANSA
04 maggio 2027 14:02

(ANSA) - ROMA, 04 MAG - Il ciclista spagnolo Iker Zubiaurre, della formazione Arnoia-Cantábrico, è risultato positivo all'Epo in un controllo a sorpresa effettuato l'11 aprile. Lo riferisce l'agenzia spagnola EFE, citando fonti della federazione.

Il corridore basco, 27 anni, è stato sospeso in via provvisoria e ha dieci giorni per chiedere le controanalisi. Zubiaurre era atteso al via del Giro d'Italia sabato: la sua squadra dovrà ora sostituirlo. (ANSA).
""",
"02_it.txt": """Doping, positivo all'Epo lo scalatore Zubiaurre: niente Giro
La Gazzetta dello Sport
4 maggio 2027

Brutta notizia alla vigilia del Giro d'Italia. Lo spagnolo Iker Zubiaurre, terzo nella classifica degli scalatori all'ultima Vuelta, è risultato positivo all'Epo in un controllo fuori competizione dell'11 aprile, come riporta l'ANSA.

Il 27enne della Arnoia-Cantábrico è stato sospeso provvisoriamente e non sarà al via sabato. Avrà dieci giorni per chiedere l'analisi del campione B. La squadra spagnola non ha ancora rilasciato dichiarazioni.
""",
"03_de.txt": """Doping: Spanischer Radprofi Zubiaurre positiv auf EPO getestet
kicker

Der spanische Radprofi Iker Zubiaurre ist positiv auf das Blutdopingmittel EPO getestet worden. Das meldet die italienische Nachrichtenagentur ANSA unter Berufung auf die spanische Agentur EFE. Die Probe wurde demnach bei einer unangekündigten Trainingskontrolle am 11. April genommen.

Der 27-Jährige vom Team Arnoia-Cantábrico ist vorläufig gesperrt und wird den Giro d'Italia verpassen, der am Samstag beginnt. Er kann binnen zehn Tagen die Öffnung der B-Probe beantragen.
""",
}, [{"name": "EFE", "in_corpus": True}],
[{"origin": "EFE", "article": "01_it.txt"},
 {"origin": "ANSA", "article": "02_it.txt"},
 {"origin": "ANSA", "article": "03_de.txt"}],
[{"text": "Spanish cyclist Iker Zubiaurre tested positive for EPO in an out-of-competition test on 11 April.",
  "articles": ["00_es.txt", "01_it.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Zubiaurre has been provisionally suspended and has ten days to request analysis of the B sample.",
  "articles": ["00_es.txt", "01_it.txt", "02_it.txt", "03_de.txt"], "independent_sources": 1}])

# s04: Sport Bild's own injury scoop ("Wie SPORT BILD erfuhr", "sagte ein Klub-Insider zu SPORT
# BILD"); Tribuna's uncredited close Russian translation a few hours later ("Как стало известно",
# "рассказал нашему изданию" keeps the German "zu SPORT BILD" as "our outlet") -> edge from Sport
# Bild; The Athletic credits Sport Bild ("as first reported by German outlet Sport Bild"); Sport.ua
# credits only Tribuna ("повідомляє російськомовний портал Tribuna") -> edge from Tribuna (chain).
story("s04_uncredited_translation_bayern_injury", "translation", {
"00_de.txt": """Schock beim FC Bayern: Kreuzbandriss bei Jonas Kellermann!
Sport Bild
2027-10-12 08:30

Bittere Nachricht für den FC Bayern: Mittelfeldspieler Jonas Kellermann (24) hat sich im Training am Montag das vordere Kreuzband im rechten Knie gerissen. Wie SPORT BILD erfuhr, bestätigte eine MRT-Untersuchung am Abend die schlimme Diagnose.

Kellermann war nach einem Zweikampf im Trainingsspiel ohne Fremdeinwirkung weggeknickt und musste den Platz gestützt verlassen. Er soll noch in dieser Woche in Augsburg operiert werden und fällt mindestens sieben Monate aus. Damit ist auch seine Teilnahme an der WM-Vorbereitung im Frühjahr fraglich.

„Das ist ein Riesenschock für die ganze Kabine. Jonas war in der Form seines Lebens", sagte ein Klub-Insider zu SPORT BILD.

Kellermann hatte in dieser Saison in allen elf Pflichtspielen in der Startelf gestanden und vier Tore vorbereitet.
""",
"01_ru.txt": """Полузащитник «Баварии» Келлерманн порвал крестообразную связку
Tribuna
12.10.2027 13:50

Тяжёлая новость для «Баварии»: полузащитник Йонас Келлерманн (24 года) порвал переднюю крестообразную связку правого колена на тренировке в понедельник. Как стало известно, МРТ вечером подтвердила тяжёлый диагноз.

Келлерманн неудачно подвернул ногу после единоборства в двусторонней игре без контакта с соперником и покинул поле с посторонней помощью. Его прооперируют на этой неделе в Аугсбурге, восстановление займёт не менее семи месяцев. Под вопросом и его участие в подготовке к чемпионату мира весной.

«Это огромный шок для всей раздевалки. Йонас был в форме всей своей жизни», — рассказал нашему изданию инсайдер клуба.

В этом сезоне Келлерманн выходил в стартовом составе во всех 11 официальных матчах и отдал четыре голевые передачи.
""",
"02_en.txt": """Bayern midfielder Kellermann ruptures ACL, faces seven months out
The Athletic
Oct 12, 2027

Bayern Munich midfielder Jonas Kellermann has ruptured the anterior cruciate ligament in his right knee and is expected to miss at least seven months, as first reported by German outlet Sport Bild.

The 24-year-old was hurt in a non-contact incident during a training match on Monday, and an MRI scan the same evening confirmed the injury, according to Sport Bild. He is due to undergo surgery in Augsburg this week.

Kellermann had started all 11 of Bayern's competitive games this season. Bayern have not yet commented publicly on the injury, which also puts his place in Germany's World Cup preparations in doubt.
""",
"03_uk.txt": """Півзахисник «Баварії» Келлерманн вибув на сім місяців
Sport.ua
13 жовтня 2027

Півзахисник мюнхенської «Баварії» Йонас Келлерманн отримав розрив передньої хрестоподібної зв'язки правого коліна. Про це повідомляє російськомовний портал Tribuna.

24-річний футболіст травмувався на тренуванні в понеділок. Операцію проведуть цього тижня, відновлення триватиме щонайменше сім місяців.

У поточному сезоні Келлерманн провів 11 матчів в основі мюнхенців.
""",
}, [{"name": "Sport Bild", "in_corpus": True}],
[{"origin": "Sport Bild", "article": "01_ru.txt"},
 {"origin": "Sport Bild", "article": "02_en.txt"},
 {"origin": "Tribuna", "article": "03_uk.txt"}],
[{"text": "Bayern midfielder Jonas Kellermann ruptured the anterior cruciate ligament in his right knee in training and will be out for at least seven months.",
  "articles": ["00_de.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Kellermann will have surgery in Augsburg this week.",
  "articles": ["00_de.txt", "01_ru.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

# s05: two independent own reports (The Athletic: "The Athletic understands", "told The Athletic";
# La Gazzetta dello Sport: "secondo quanto risulta alla Gazzetta", "ha confermato alla Gazzetta"),
# later relayed: Marca credits both (two edges); Sport-Express credits the Gazzetta; 04_de has no
# outlet line (title suffix "| kicker") and credits The Athletic.
story("s05_two_reports_tottenham_coach", "independent_reports", {
"00_en.txt": """Tottenham agree terms with Bologna's Stefano Morandin to become head coach
The Athletic
2027-05-27T18:05:00+01:00

Tottenham Hotspur have agreed terms with Bologna head coach Stefano Morandin to take over at the club this summer, The Athletic understands.

Morandin, 46, is set to sign a three-year contract, and Tottenham will pay the €4million (£3.4m) release clause in his Bologna deal. Two sources with knowledge of the negotiations told The Athletic that an announcement is expected after Serie A's final round on Sunday. They spoke anonymously to protect relationships.

Morandin intends to bring his long-time assistant Paolo Verri with him to north London. He led Bologna to fifth place this season, playing an aggressive 3-4-3 that caught the attention of Tottenham's sporting director during the winter.

Tottenham declined to comment. Bologna did not respond to a request for comment.
""",
"01_it.txt": """Morandin-Tottenham, è fatta: pronto il triennale, il Bologna saluta il suo tecnico
La Gazzetta dello Sport
27 maggio 2027, 20:40

Stefano Morandin allenerà il Tottenham. Secondo quanto risulta alla Gazzetta, il tecnico del Bologna ha detto sì al club londinese nella serata di mercoledì, dopo un incontro a Milano con i dirigenti inglesi.

L'accordo è per tre stagioni, fino al giugno 2030, con uno stipendio di circa 5 milioni netti a stagione. «Stefano ha scelto la Premier, è una sfida che aspettava da anni», ha confermato alla Gazzetta una persona molto vicina all'allenatore.

Al Bologna andranno i 4 milioni della clausola rescissoria. Il club rossoblù ha già iniziato a sondare i possibili sostituti.
""",
"02_es.txt": """El Tottenham cierra a Stefano Morandin como nuevo entrenador
Marca
28/05/2027 09:15

El Tottenham Hotspur ya tiene entrenador para la próxima temporada. El club londinense ha alcanzado un acuerdo con el italiano Stefano Morandin, técnico del Bologna, según informan The Athletic y La Gazzetta dello Sport.

Ambos medios coinciden en que Morandin firmará por tres temporadas y en que el Tottenham abonará los cuatro millones de euros de su cláusula de rescisión.
Morandin, de 46 años, ha llevado al Bologna a la quinta plaza de la Serie A.
""",
"03_ru.txt": """«Тоттенхэм» договорился со Стефано Морандином
Спорт-Экспресс
28 мая 2027, 11:30

Главный тренер «Болоньи» Стефано Морандин возглавит «Тоттенхэм». Об этом сообщает итальянская La Gazzetta dello Sport.

По данным издания, 46-летний специалист подпишет контракт на три года, до июня 2030-го, с зарплатой около 5 млн евро в год. Лондонский клуб выплатит «Болонье» отступные в размере 4 млн евро.

В завершившемся сезоне команда Морандина заняла пятое место в серии А.
""",
"04_de.txt": """Tottenham einig mit Bologna-Coach Morandin | kicker
28. Mai 2027

Tottenham Hotspur hat einen neuen Trainer gefunden: Wie The Athletic berichtet, hat sich der Klub aus London mit Stefano Morandin vom FC Bologna auf einen Dreijahresvertrag geeinigt. Die Spurs zahlen demnach die Ausstiegsklausel von vier Millionen Euro.

Morandin wolle seinen langjährigen Assistenten Paolo Verri mitbringen, heißt es in dem Bericht. Die offizielle Bekanntgabe werde nach dem letzten Serie-A-Spieltag am Sonntag erwartet.
""",
}, [{"name": "The Athletic", "in_corpus": True},
    {"name": "La Gazzetta dello Sport", "in_corpus": True}],
[{"origin": "The Athletic", "article": "02_es.txt"},
 {"origin": "La Gazzetta dello Sport", "article": "02_es.txt"},
 {"origin": "La Gazzetta dello Sport", "article": "03_ru.txt"},
 {"origin": "The Athletic", "article": "04_de.txt"}],
[{"text": "Tottenham Hotspur agreed terms with Bologna coach Stefano Morandin on a three-year contract and will pay his 4 million euro release clause.",
  "articles": ["00_en.txt", "01_it.txt", "02_es.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "Morandin will bring his long-time assistant Paolo Verri to Tottenham.",
  "articles": ["00_en.txt", "04_de.txt"], "independent_sources": 1},
 {"text": "Morandin will earn about 5 million euros net per season.",
  "articles": ["01_it.txt", "03_ru.txt"], "independent_sources": 1}])

# s06: outside L'Equipe scoop relayed; AS relays it and adds its own confirmation ("según publica
# el diario francés L'Équipe" + "Fuentes del club rojiblanco confirmaron a AS") -> edge from
# L'Equipe and AS as an in-corpus origin; BBC Sport and Corriere dello Sport (no date line) credit
# L'Equipe; Championat credits L'Equipe and the AS confirmation -> two edges.
story("s06_relay_plus_confirmation_atletico_lille", "relay_confirmation", {
"00_es.txt": """El Atlético pacta con el Lille el fichaje de Enzo Lamarque por 35 millones
AS
2027-07-20 12:40

El Atlético de Madrid ha cerrado un acuerdo con el Lille para el fichaje del central francés Enzo Lamarque, de 22 años, según publica este martes el diario francés L'Équipe. El traspaso rondará los 35 millones de euros, más tres en variables, y el jugador firmará por cinco temporadas.

Fuentes del club rojiblanco confirmaron a AS que el acuerdo entre ambas entidades es total y que solo faltan los trámites. Lamarque viajará a Madrid el jueves para pasar el reconocimiento médico en la clínica habitual del club, según esas mismas fuentes.

Lamarque, internacional sub-21 con Francia, disputó 34 partidos de la Ligue 1 la pasada campaña. Simeone lo había pedido como prioridad para reforzar la defensa tras la salida de dos centrales.
""",
"01_en.txt": """Atletico Madrid agree £30m deal for Lille defender Lamarque
BBC Sport
20 July 2027

Atletico Madrid have agreed a fee of about 35m euros (£30m) with Lille for France Under-21 centre-back Enzo Lamarque, French sports daily L'Equipe reported on Tuesday.

The 22-year-old will sign a five-year contract with the Spanish club, according to L'Equipe, with a further three million euros payable in add-ons.

Lamarque made 34 Ligue 1 appearances last season. Neither club has commented on the report.
""",
"02_it.txt": """L'Atletico Madrid prende Lamarque dal Lille
Corriere dello Sport

L'Atletico Madrid ha raggiunto l'accordo con il Lille per il difensore centrale Enzo Lamarque. Lo scrive L'Équipe: ai francesi andranno 35 milioni di euro più 3 di bonus.

Secondo il quotidiano sportivo francese, il 22enne firmerà un contratto di cinque anni. Lamarque era stato seguito in passato anche da Milan e Napoli.
""",
"03_ru.txt": """«Атлетико» согласовал трансфер защитника «Лилля» Ламарка
Чемпионат
20.07.2027 17:25

Мадридский «Атлетико» достиг договорённости с «Лиллем» о переходе 22-летнего центрального защитника Энзо Ламарка. Об этом сообщает французская L'Équipe. Сумма трансфера составит 35 млн евро плюс 3 млн евро в виде бонусов.

Информацию подтвердила испанская газета AS со ссылкой на источники в «Атлетико». По данным AS, игрок прилетит в Мадрид в четверг для прохождения медосмотра.
""",
}, [{"name": "L'Équipe", "in_corpus": False},
    {"name": "AS", "in_corpus": True}],
[{"origin": "L'Équipe", "article": "00_es.txt"},
 {"origin": "L'Équipe", "article": "01_en.txt"},
 {"origin": "L'Équipe", "article": "02_it.txt"},
 {"origin": "L'Équipe", "article": "03_ru.txt"},
 {"origin": "AS", "article": "03_ru.txt"}],
[{"text": "Atlético Madrid agreed a fee of about 35 million euros plus 3 million in add-ons with Lille for centre-back Enzo Lamarque.",
  "articles": ["00_es.txt", "01_en.txt", "02_it.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "Lamarque will sign a five-year contract with Atlético.",
  "articles": ["01_en.txt", "02_it.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
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
            assert all(a in names for a in c["articles"]), (id, c)
        stories.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                        "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 91 (sports news; real sports media names, "
                       "invented events and people); see README.md.", "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
