#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand117 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: a union's strike call published on its own website (outside origin, institution). All four
# articles take it from the website: de "Das geht aus einem Streikaufruf hervor, den die GSL … auf
# ihrer Internetseite veröffentlichte" + unanswered Handelsblatt request; en "in a statement posted
# on its website"; pl "Jak poinformowała … w komunikacie zamieszczonym … na swojej stronie
# internetowej" + "czytamy na stronie związku"; fr "selon un appel publié lundi soir sur son site".
story("t01_union_website_port_strike", "institution", {
"00_de.txt": """Hafenarbeiter sollen Hamburg und Bremerhaven 48 Stunden lahmlegen
Handelsblatt
08.03.2027 19:40

Die Gewerkschaft Seehäfen und Logistik (GSL) hat die Beschäftigten der großen deutschen Nordseehäfen zu einem 48-stündigen Streik aufgerufen. Der Ausstand soll am Donnerstag um 6 Uhr beginnen und neben Hamburg und Bremerhaven auch den Tiefwasserhafen Wilhelmshaven treffen. Das geht aus einem Streikaufruf hervor, den die GSL am Montagabend auf ihrer Internetseite veröffentlichte.

Betroffen sind nach Angaben der Gewerkschaft rund 11.000 Beschäftigte an Containerterminals, in Lascherbetrieben und in der Hafenlogistik. Die GSL fordert für sie 9,5 Prozent mehr Lohn, mindestens aber 420 Euro im Monat, bei einer Laufzeit von zwölf Monaten. Die Arbeitgeber hatten in der dritten Verhandlungsrunde Ende Februar 4,2 Prozent über 24 Monate angeboten – aus Sicht der Gewerkschaft „eine Provokation“.

„Wer Rekordumschläge feiert, muss auch diejenigen bezahlen, die die Kisten bewegen“, heißt es in dem Aufruf. Eine vierte Verhandlungsrunde ist bislang nicht terminiert.

Der Arbeitgeberverband Nordseehäfen ließ eine Anfrage des Handelsblatts am Montagabend zunächst unbeantwortet.

Für Reedereien und Verlader kommt der Streik zur Unzeit. Schon im Januar hatten Sturmtiefs an der Nordseeküste für Rückstaus gesorgt, Dutzende Containerschiffe warteten tagelang auf einen Liegeplatz. Ein zweitägiger Stillstand an allen drei Standorten dürfte die Fahrpläne im Nordeuropa-Verkehr erneut durcheinanderbringen; Logistiker rechnen damit, dass sich der Rückstau erst nach mehreren Tagen abbauen ließe.

Die Tarifverhandlungen für die Hafenbeschäftigten laufen seit Anfang Januar. Bereits Mitte Februar hatte die GSL mit kurzen Warnstreiks von jeweils vier Stunden den Betrieb an einzelnen Terminals in Hamburg unterbrochen.
""",
"01_en.txt": """German dockworkers called out on 48-hour strike as port pay talks stall
The Guardian
Tue 9 Mar 2027 07.15 GMT

Dockworkers at Germany's biggest North Sea ports, including Hamburg and Bremerhaven, have been called out on a 48-hour strike from Thursday morning, threatening fresh disruption to shipping routes into northern Europe that are still recovering from winter storms.

The ports union GSL – the Gewerkschaft Seehäfen und Logistik – announced the walkout in a statement posted on its website late on Monday. The stoppage is due to begin at 6am local time on Thursday and will also cover the deep-water terminal at Wilhelmshaven.

The union is demanding a 9.5% pay rise, or at least €420 a month, in a 12-month deal. Employers offered 4.2% spread over two years at the last round of talks in late February, an offer the union's statement dismissed as "a provocation".

"Those who celebrate record volumes must also pay the people who move the boxes," the statement said.

No date has been set for a fourth round of negotiations. Short warning strikes of four hours each already halted work at several Hamburg terminals in mid-February.

Hamburg is one of Europe's largest container ports and a key gateway for goods bound for central and eastern Europe. Shippers warn that even a two-day stoppage can take the best part of a week to clear, as vessels queue offshore and berthing slots have to be reallocated.

The dispute comes as port operators across the continent face pressure to automate terminals, which unions say has left remaining staff working longer and more irregular shifts.
""",
"02_pl.txt": """Strajk w niemieckich portach. Hamburg i Bremerhaven staną na dwie doby
Gazeta Wyborcza
9 marca 2027, 06:50

Niemiecki związek zawodowy pracowników portowych GSL wezwał do 48-godzinnego strajku w portach nad Morzem Północnym. Jak poinformowała Gewerkschaft Seehäfen und Logistik w komunikacie zamieszczonym w poniedziałek wieczorem na swojej stronie internetowej, protest ma się rozpocząć w czwartek o godz. 6 rano i objąć Hamburg, Bremerhaven oraz głębokowodny terminal w Wilhelmshaven.

Według związkowców strajk dotyczy ok. 11 tys. pracowników terminali kontenerowych, firm zajmujących się mocowaniem ładunków oraz logistyki portowej. GSL domaga się dla nich podwyżek o 9,5 proc., nie mniej jednak niż 420 euro miesięcznie, w umowie zawartej na 12 miesięcy. Pracodawcy zaproponowali pod koniec lutego 4,2 proc. rozłożone na dwa lata, co związek w swoim komunikacie nazwał „prowokacją”.

„Kto świętuje rekordowe przeładunki, musi też zapłacić tym, którzy przenoszą kontenery” – czytamy na stronie związku.

Rozmowy płacowe w niemieckich portach trwają od początku stycznia. Już w połowie lutego członkowie GSL przerwali na cztery godziny pracę na kilku terminalach w Hamburgu. Termin kolejnej rundy negocjacji nie został wyznaczony.

Dwudniowy postój w trzech największych niemieckich portach może odbić się na całym regionie. Część armatorów w podobnych sytuacjach kieruje statki do Rotterdamu, Antwerpii albo do portów nad Bałtykiem, co w przeszłości oznaczało także dodatkowe ładunki dla Gdańska i Gdyni. Zatory po styczniowych sztormach na wybrzeżu Morza Północnego wciąż nie zostały w pełni rozładowane.
""",
"03_fr.txt": """Allemagne : les dockers de Hambourg et Bremerhaven appelés à 48 heures de grève
Le Figaro
Publié le 09/03/2027 à 08:30

Les grands ports allemands de la mer du Nord risquent d'être paralysés à partir de jeudi. Le syndicat des travailleurs portuaires GSL a appelé à une grève de 48 heures à Hambourg, Bremerhaven et Wilhelmshaven, selon un appel publié lundi soir sur son site internet.

Le mouvement doit débuter jeudi à 6 heures. Le syndicat réclame une hausse de salaire de 9,5 %, avec un minimum de 420 euros par mois, pour un accord d'une durée d'un an. Le patronat portuaire avait proposé fin février 4,2 % étalés sur deux ans, une offre qualifiée de « provocation » dans le texte du syndicat.

« Ceux qui célèbrent des volumes record doivent aussi payer ceux qui déplacent les boîtes », écrit la GSL, qui avait déjà organisé à la mi-février des débrayages de quatre heures sur plusieurs terminaux de Hambourg. Aucune date n'a été fixée pour une quatrième séance de négociations.

Pour les chargeurs français, l'enjeu n'est pas négligeable. Une partie des conteneurs destinés à l'est de la France et à l'Europe centrale transite par Hambourg, et les armateurs ont souvent réagi aux blocages passés en détournant leurs navires vers Rotterdam ou Anvers, au prix d'encombrements dans ces ports.

Le conflit intervient alors que les terminaux allemands peinent encore à résorber les retards accumulés en janvier, lorsque plusieurs tempêtes sur la côte de la mer du Nord avaient contraint des dizaines de porte-conteneurs à patienter au large.
""",
}, [("Gewerkschaft Seehäfen und Logistik", False)],
[("Gewerkschaft Seehäfen und Logistik", "00_de.txt"), ("Gewerkschaft Seehäfen und Logistik", "01_en.txt"),
 ("Gewerkschaft Seehäfen und Logistik", "02_pl.txt"), ("Gewerkschaft Seehäfen und Logistik", "03_fr.txt")],
[("The ports union GSL called a 48-hour strike at the North Sea ports of Hamburg, Bremerhaven and Wilhelmshaven starting Thursday at 6 a.m.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt"], 1),
 ("The union demands a 9.5% pay rise, at least 420 euros a month, for a 12-month deal; employers offered 4.2% over two years.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt"], 1),
 ("About 11,000 port workers are affected by the strike.", ["00_de.txt", "02_pl.txt"], 1)])

# t02: El Mundo scoop (own: "según ha podido saber EL MUNDO", anonymous management sources, an
# internal document, works-council head and company's no-comment given to El Mundo). Reuters relays
# El Mundo (adds only an unanswered request); Il Sole 24 Ore credits Reuters "che a sua volta cita"
# El Mundo -> edge from Reuters (chain); Público credits El Mundo directly ("avança … o jornal
# espanhol El Mundo", "segundo o diário madrileno", "disse ao El Mundo").
story("t02_el_mundo_scoop_reuters_chain", "scoop_chain", {
"00_es.txt": """Ibermotor prepara un ERE para 1.200 trabajadores de su fábrica de Valladolid
El Mundo
Martes, 16 marzo 2027 - 06:00

El fabricante de cajas de cambio Ibermotor Componentes prepara un expediente de regulación de empleo (ERE) que afectará a 1.200 de los 3.100 trabajadores de su planta de Valladolid, según ha podido saber EL MUNDO. La compañía tiene previsto trasladar a Tánger (Marruecos) antes de 2028 la línea que produce transmisiones para vehículos de combustión.

Fuentes de la dirección consultadas por este periódico, que piden no ser identificadas, explican que el plan se presentará al comité de empresa "en las próximas semanas" y que la negociación debería cerrarse antes del verano. "Los volúmenes de combustión caen cada trimestre y el coste por unidad en Valladolid ya no es competitivo", resume una de ellas.

Un documento interno al que ha tenido acceso EL MUNDO cifra en unos 74 millones de euros el ahorro anual que la empresa espera obtener con el traslado. La planta vallisoletana conservaría la fabricación de reductoras para motores eléctricos, la línea que la dirección considera "de futuro".

La presidenta del comité de empresa, Lucía Arranz, asegura a EL MUNDO que la plantilla "no tiene ninguna comunicación oficial". "Si esto se confirma, habrá movilizaciones desde el primer día. Esta fábrica ha recibido ayudas públicas precisamente para no marcharse", advierte.

Un portavoz de Ibermotor declinó hacer comentarios a este diario.

Ibermotor, con unos 5.400 empleados en España, arrastra dos ejercicios de pérdidas. En 2025 ya aplicó un ERTE de seis meses en Valladolid por la caída de pedidos de sus principales clientes europeos.
""",
"01_en.txt": """Spain's Ibermotor plans 1,200 job cuts at Valladolid plant -El Mundo
Reuters
2027-03-16T10:42:00Z

MADRID, March 16 (Reuters) - Spanish gearbox maker Ibermotor Componentes is preparing to cut 1,200 of the 3,100 jobs at its plant in Valladolid and to move production of transmissions for combustion-engine cars to Tangier in Morocco by 2028, newspaper El Mundo reported on Tuesday.

Citing unnamed sources in the company's management and an internal document it had seen, El Mundo said the relocation would save about 74 million euros ($80 million) a year and that the plan would be presented to the works council in the coming weeks.

The Valladolid plant would keep making reduction gears for electric motors, the paper said.

Ibermotor did not immediately respond to a Reuters request for comment. A spokesperson declined to comment to El Mundo.

Ibermotor, which employs around 5,400 people in Spain, has reported losses for two consecutive years and put Valladolid staff on a six-month furlough scheme in 2025 after orders from European carmakers dropped.

Spain is Europe's second-largest car producer, and its component makers have been squeezed between falling demand for combustion-engine parts and competition from lower-cost plants in North Africa and eastern Europe.

(Reporting by Elena Barredo; Editing by Tomás Quiroga)
""",
"02_it.txt": """Spagna, Ibermotor verso 1.200 esuberi a Valladolid: la produzione va in Marocco
Il Sole 24 Ore
17 marzo 2027

Il produttore spagnolo di cambi Ibermotor Componentes si prepara a tagliare 1.200 posti di lavoro nello stabilimento di Valladolid, che conta 3.100 dipendenti, e a trasferire entro il 2028 a Tangeri, in Marocco, la linea delle trasmissioni per motori a combustione. Lo riporta l'agenzia Reuters, che a sua volta cita il quotidiano madrileno El Mundo.

Secondo quanto riferito dall'agenzia, il trasferimento consentirebbe risparmi per circa 74 milioni di euro l'anno e il piano sarà presentato al comitato aziendale nelle prossime settimane. A Valladolid resterebbe la produzione di riduttori per motori elettrici. Ibermotor non ha risposto alla richiesta di commento dell'agenzia.

Il gruppo, che in Spagna impiega circa 5.400 persone, ha chiuso in perdita gli ultimi due esercizi e nel 2025 aveva già fatto ricorso a sei mesi di ammortizzatori sociali nello stabilimento castigliano.

La vicenda è seguita con attenzione anche dalla filiera italiana della componentistica, alle prese con lo stesso calo degli ordini legati ai motori tradizionali. Negli ultimi due anni diversi fornitori del Nord Italia hanno spostato parte delle lavorazioni in Nord Africa o nell'Est europeo, dove il costo del lavoro resta molto più basso, mentre la transizione all'elettrico procede più lentamente del previsto e con volumi ancora insufficienti a compensare le perdite.
""",
"03_pt.txt": """Fabricante espanhola de caixas de velocidades prepara despedimento de 1200 pessoas em Valladolid
Público
16 de Março de 2027, 14:20

A Ibermotor Componentes, fabricante espanhola de caixas de velocidades, prepara um despedimento colectivo que vai afectar 1200 dos 3100 trabalhadores da sua fábrica de Valladolid, avança esta terça-feira o jornal espanhol El Mundo, que cita fontes da administração e um documento interno da empresa.

Segundo o diário madrileno, a empresa quer transferir para Tânger, em Marrocos, até 2028, a linha que produz transmissões para automóveis com motor de combustão. Em Valladolid ficaria apenas a produção de redutores para motores eléctricos.

A presidente da comissão de trabalhadores, Lucía Arranz, disse ao El Mundo que não houve "qualquer comunicação oficial" e avisou que, "se isto se confirmar, haverá mobilizações desde o primeiro dia". A Ibermotor recusou comentar a notícia ao jornal.

O caso ilustra a pressão sobre os fornecedores da indústria automóvel na Península Ibérica, que perdem encomendas à medida que os construtores europeus reduzem a produção de motores a combustão. Marrocos, com custos laborais muito inferiores e uma rede crescente de parques industriais junto ao porto de Tânger, tem atraído várias destas deslocalizações.

Em Portugal, o sector de componentes automóveis é um dos maiores exportadores do país e tem acompanhado com preocupação a mesma tendência.
""",
}, [("El Mundo", True)],
[("El Mundo", "01_en.txt"), ("Reuters", "02_it.txt"), ("El Mundo", "03_pt.txt")],
[("Ibermotor Componentes plans to cut 1,200 of the 3,100 jobs at its Valladolid plant.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_pt.txt"], 1),
 ("Ibermotor plans to move production of transmissions for combustion-engine cars to Tangier, Morocco, by 2028.",
  ["00_es.txt", "01_en.txt", "02_it.txt", "03_pt.txt"], 1),
 ("The relocation would save about 74 million euros a year and the plan will be presented to the works council in the coming weeks.",
  ["00_es.txt", "01_en.txt", "02_it.txt"], 1),
 ("Works council president Lucía Arranz warned of protests from the first day if the plan is confirmed.",
  ["00_es.txt", "03_pt.txt"], 1)])

# t03: Gazeta Wyborcza scoop (own: "dowiedziała się „Wyborcza”", "mówi nam", a letter "do którego
# dotarła „Wyborcza”"). PAP relays it ("podała w środę „Gazeta Wyborcza”") and adds its own
# confirmation from the company spokeswoman ("Informację potwierdziła PAP rzeczniczka",
# "powiedziała PAP", "potwierdziła w rozmowie z PAP" the 2029 closure plan) -> edge from Gazeta Wyborcza + PAP is an in-corpus origin too. Il Sole 24 Ore
# ("riporta il quotidiano polacco Gazeta Wyborcza", "ha detto al giornale") and The Guardian ("the
# Polish daily Gazeta Wyborcza reported", "told Wyborcza", "the newspaper said") relay Wyborcza.
story("t03_wyborcza_scoop_pap_confirms", "confirmation", {
"00_pl.txt": """Górnicy z kopalni Wrzosowa nie wyjechali na powierzchnię. Protest 820 metrów pod ziemią
Gazeta Wyborcza
07.04.2027, 09:30

Około 230 górników z kopalni Wrzosowa w Rybniku od środowego poranka okupuje wyrobisko na poziomie 820 metrów – dowiedziała się „Wyborcza”. Po zakończeniu nocnej zmiany mężczyźni odmówili wyjazdu na powierzchnię.

– Zostaniemy na dole, dopóki zarząd nie podpisze z nami porozumienia. Chłopaki mają ze sobą wodę, jedzenie na dobę i dużo determinacji – mówi nam Grzegorz Pawlas, przewodniczący Niezależnego Związku Górników Dołowych (NZGD), który rano rozmawiał z protestującymi przez telefon kopalniany.

Górnicy domagają się 12-procentowej podwyżki płac zasadniczych oraz pisemnej gwarancji zatrudnienia do czasu zamknięcia zakładu. Według planu zarządu Górnośląskiej Spółki Węglowej (GSW) Wrzosowa ma zakończyć wydobycie w 2029 r., trzy lata wcześniej, niż zakładano jeszcze jesienią.

Pismo, które związkowcy wysłali w poniedziałek do zarządu spółki i do którego dotarła „Wyborcza”, zapowiadało „protest w formie, jakiej ta kopalnia jeszcze nie widziała”, jeśli do środy nie dojdzie do spotkania. Do spotkania nie doszło.

Zarząd GSW do czasu publikacji nie odpowiedział na nasze pytania.

W kopalni Wrzosowa pracuje ok. 2,1 tys. osób. Podziemny protest to najostrzejsza forma sprzeciwu, po jaką sięgają górnicy na Śląsku – ostatni taki w regionie trwał kilka dni i zakończył się podpisaniem porozumienia płacowego.
""",
"01_pl.txt": """Protest pod ziemią w kopalni Wrzosowa. Spółka potwierdza: 230 górników nie wyjechało
PAP
2027-04-07 14:05

Około 230 górników z kopalni Wrzosowa w Rybniku nie wyjechało na powierzchnię po nocnej zmianie i prowadzi protest na poziomie 820 m – podała w środę „Gazeta Wyborcza”. Informację potwierdziła PAP rzeczniczka Górnośląskiej Spółki Węglowej Monika Szafarczyk.

„Potwierdzam, że na dole pozostaje 230 pracowników. Wszyscy są zdrowi, mają zapewnioną wodę i posiłki, a w rejonie protestu stale dyżurują ratownicy górniczy” – powiedziała PAP rzeczniczka. Dodała, że wydobycie w kopalni zostało na czas protestu wstrzymane, a zarząd spółki „jest gotowy do rozmów jeszcze w tym tygodniu”.

Jak napisała „Wyborcza”, protest ma związek z planem zarządu GSW, który zakłada zakończenie wydobycia we Wrzosowej w 2029 r. Rzeczniczka spółki potwierdziła w rozmowie z PAP, że taki harmonogram zarząd przyjął w marcu – trzy lata wcześniej, niż pierwotnie zakładano. Według gazety związkowcy przed tygodniem ostrzegli zarząd w piśmie, że są gotowi na ostry protest.

Kopalnia Wrzosowa zatrudnia ok. 2,1 tys. osób. Górnośląska Spółka Węglowa jest jednym z większych producentów węgla kamiennego w regionie; w ubiegłym roku spółka odnotowała stratę i zapowiedziała dalsze ograniczanie wydobycia.

Podziemne protesty są na Śląsku rzadkie, ale nie nowe – górnicy sięgali po nie w przeszłości przy sporach o płace i o harmonogram wygaszania kopalń.
""",
"02_it.txt": """Polonia, 230 minatori occupano una miniera a 820 metri di profondità
Il Sole 24 Ore
8 aprile 2027

Circa 230 minatori della miniera di carbone di Wrzosowa, a Rybnik, nella Slesia polacca, si rifiutano di risalire in superficie dopo il turno di notte e occupano una galleria a 820 metri di profondità. Lo riporta il quotidiano polacco Gazeta Wyborcza, che per primo ha dato la notizia mercoledì.

«Resteremo sotto finché il consiglio di amministrazione non firmerà un accordo con noi», ha detto al giornale Grzegorz Pawlas, presidente del sindacato indipendente dei minatori di fondo (Nzgd), che ha parlato con i lavoratori attraverso il telefono interno della miniera.

Secondo Gazeta Wyborcza, all'origine della protesta c'è il piano della società mineraria Górnośląska Spółka Węglowa di chiudere Wrzosowa nel 2029, tre anni prima di quanto previsto in autunno. La miniera dà lavoro a circa 2.100 persone.

La Polonia dipende ancora in larga misura dal carbone per la produzione di elettricità, ma il governo e le società del settore stanno accelerando la chiusura dei pozzi meno redditizi, sotto la pressione dei costi e delle regole europee sulle emissioni. Le occupazioni sotterranee sono una forma di protesta estrema, a cui i minatori slesiani ricorrono raramente e quasi sempre in vertenze salariali.
""",
"03_en.txt": """Polish miners refuse to leave pit in underground protest over pay
The Guardian
Thu 8 Apr 2027 10.02 BST

About 230 coalminers in southern Poland have refused to come up from a shift and are occupying a working 820 metres underground, in a protest over pay and the planned early closure of their pit, the Polish daily Gazeta Wyborcza reported.

The men stayed below ground after finishing the night shift at the Wrzosowa mine in Rybnik, Silesia, on Wednesday morning, the newspaper said. They are demanding a 12% rise in basic pay and a written guarantee of employment until the mine closes.

"The lads have water, food for a day and a lot of determination," Grzegorz Pawlas, the head of the independent underground miners' union NZGD, told Wyborcza.

The mine's owner, Górnośląska Spółka Węglowa, plans to end extraction at Wrzosowa in 2029, three years earlier than it had said last autumn. About 2,100 people work at the mine.

Poland still relies heavily on coal for its electricity, but mining companies are under pressure to close loss-making pits faster. Occupations underground are among the most drastic forms of protest used by Silesian miners, and have in the past ended with pay settlements after several days.
""",
}, [("Gazeta Wyborcza", True), ("PAP", True)],
[("Gazeta Wyborcza", "01_pl.txt"), ("Gazeta Wyborcza", "02_it.txt"), ("Gazeta Wyborcza", "03_en.txt")],
[("About 230 miners at the Wrzosowa mine in Rybnik refused to come up after the night shift and are occupying a working 820 metres underground.",
  ["00_pl.txt", "01_pl.txt", "02_it.txt", "03_en.txt"], 2),
 ("The protest is linked to the plan of Górnośląska Spółka Węglowa to close the Wrzosowa mine in 2029, three years earlier than planned.",
  ["00_pl.txt", "01_pl.txt", "02_it.txt", "03_en.txt"], 2),
 ("The miners demand a 12% rise in basic pay and a written job guarantee until the mine closes.",
  ["00_pl.txt", "03_en.txt"], 1),
 ("Union leader Grzegorz Pawlas said the miners would stay underground until the board signs an agreement.",
  ["00_pl.txt", "02_it.txt"], 1)])

# t04: a union leader's Facebook post (outside origin, a person). Il Sole 24 Ore ("Lo ha scritto
# ieri sera su Facebook Marco Ferlini"), AFP ("a écrit mardi soir sur sa page Facebook") and Gazeta
# Wyborcza ("napisał we wtorek wieczorem na Facebooku", "wpis Ferliniego", "według Ferliniego")
# take it from the post. 02_es (no outlet line) is an uncredited close Spanish translation of Il
# Sole's article published a day later: same order, same quote, same background, even keeps "anoche"
# -> edge from Il Sole 24 Ore, none from Ferlini. AFP's unanswered request adds no origin.
story("t04_union_leader_facebook_translation", "translation", {
"00_it.txt": """Acciaierie del Tirreno, cassa integrazione per 800 a Piombino. Il sindacato: sciopero venerdì
Il Sole 24 Ore
14 aprile 2027, 07:10

Ottocento lavoratori delle Acciaierie del Tirreno di Piombino finiranno in cassa integrazione dal 3 maggio per tredici settimane. Lo ha scritto ieri sera su Facebook Marco Ferlini, segretario provinciale del Sindacato autonomo metalmeccanici (Sam), al termine di un incontro con la direzione aziendale.

«Ci hanno comunicato che il treno di laminazione si fermerà per tredici settimane e che 800 dei 1.900 dipendenti resteranno a casa», si legge nel post. «È l'ennesimo schiaffo a un territorio che aspetta da anni un piano industriale serio». Ferlini ha annunciato per venerdì uno sciopero di otto ore, con presidio davanti ai cancelli dello stabilimento, e ha chiesto un incontro urgente in Regione.

Secondo il sindacalista, l'azienda ha motivato la fermata con il crollo degli ordini di rotaie e barre da parte dei clienti del Nord Europa e con il costo dell'energia, tornato a salire nel primo trimestre. Acciaierie del Tirreno non ha diffuso comunicazioni ufficiali.

Lo stabilimento toscano, che produce soprattutto rotaie per le reti ferroviarie, ha già fatto ricorso alla cassa integrazione per periodi più brevi nel 2025 e nel 2026. Il piano di investimenti annunciato due anni fa, che prevedeva un nuovo forno elettrico, non è mai partito. Per la città, dove l'acciaieria resta il primo datore di lavoro privato, ogni fermata pesa anche sull'indotto: trasporti, manutenzioni e mense contano diverse centinaia di addetti.
""",
"01_fr.txt": """Italie : 800 sidérurgistes de Piombino au chômage partiel, grève vendredi
AFP
14/04/2027 13:52

ROME, 14 avr 2027 (AFP) - Quelque 800 salariés de l'aciérie Acciaierie del Tirreno à Piombino, en Toscane, vont être placés au chômage partiel à partir du 3 mai, a annoncé un responsable syndical sur Facebook, appelant à une grève de huit heures vendredi.

"Ils nous ont communiqué que le train de laminage s'arrêtera pendant treize semaines et que 800 des 1.900 salariés resteront chez eux", a écrit mardi soir sur sa page Facebook Marco Ferlini, secrétaire provincial du Syndicat autonome des métallurgistes (SAM), à l'issue d'une réunion avec la direction.

"C'est une énième gifle pour un territoire qui attend depuis des années un vrai plan industriel", a-t-il ajouté dans ce message, en annonçant un piquet devant les grilles de l'usine.

Contactée par l'AFP, la direction de l'aciérie n'a pas donné suite dans l'immédiat.

Le site de Piombino, spécialisé dans la fabrication de rails, a déjà eu recours au chômage partiel à plusieurs reprises ces dernières années. La sidérurgie italienne souffre de la faiblesse des commandes en Europe et de prix de l'énergie parmi les plus élevés du continent.
""",
"02_es.txt": """Acciaierie del Tirreno, ERTE para 800 en Piombino. El sindicato: huelga el viernes
15/04/2027

Ochocientos trabajadores de Acciaierie del Tirreno de Piombino pasarán a un expediente de regulación temporal (la "cassa integrazione" italiana) a partir del 3 de mayo durante trece semanas. Así lo escribió anoche en Facebook Marco Ferlini, secretario provincial del Sindicato autónomo de metalúrgicos (SAM), al término de una reunión con la dirección de la empresa.

"Nos han comunicado que el tren de laminación se parará durante trece semanas y que 800 de los 1.900 empleados se quedarán en casa", se lee en la publicación. "Es la enésima bofetada a un territorio que espera desde hace años un plan industrial serio". Ferlini anunció para el viernes una huelga de ocho horas, con concentración ante las puertas de la planta, y pidió una reunión urgente con el Gobierno regional.

Según el sindicalista, la empresa justificó la parada por el desplome de los pedidos de raíles y barras de los clientes del norte de Europa y por el coste de la energía, que volvió a subir en el primer trimestre. Acciaierie del Tirreno no ha difundido comunicados oficiales.

La planta toscana, que produce sobre todo raíles para las redes ferroviarias, ya recurrió a la "cassa integrazione" durante periodos más cortos en 2025 y 2026. El plan de inversiones anunciado hace dos años, que preveía un nuevo horno eléctrico, nunca arrancó. Para la ciudad, donde la acería sigue siendo el primer empleador privado, cada parada pesa también sobre las empresas auxiliares: transporte, mantenimiento y comedores suman varios cientos de empleados.
""",
"03_pl.txt": """Włoska huta w Piombino wysyła 800 osób na postojowe. Związkowcy zapowiadają strajk
Gazeta Wyborcza
14 kwietnia 2027

Od 3 maja 800 z 1900 pracowników huty Acciaierie del Tirreno w Piombino w Toskanii trafi na trzynaście tygodni na odpowiednik postojowego – „cassa integrazione”, czyli świadczenie wypłacane przy czasowym wstrzymaniu produkcji. „Poinformowano nas, że walcownia stanie na trzynaście tygodni, a 800 osób zostanie w domu” – napisał we wtorek wieczorem na Facebooku Marco Ferlini, sekretarz prowincjonalny niezależnego związku metalowców SAM, po spotkaniu z dyrekcją zakładu.

We wpisie Ferliniego czytamy też, że to „kolejny policzek dla regionu, który od lat czeka na poważny plan przemysłowy”. Związkowiec zapowiedział na piątek ośmiogodzinny strajk i pikietę przed bramą huty.

Według Ferliniego kierownictwo tłumaczyło decyzję załamaniem zamówień na szyny i pręty od klientów z północy Europy oraz rosnącymi cenami energii.

Huta w Piombino, specjalizująca się w produkcji szyn kolejowych, w ostatnich latach kilkakrotnie wstrzymywała część produkcji. Włoskie hutnictwo, podobnie jak polskie, zmaga się ze słabym popytem w Europie, tanim importem stali z Azji i jednymi z najwyższych na kontynencie cen prądu dla przemysłu.
""",
}, [("Marco Ferlini", False)],
[("Marco Ferlini", "00_it.txt"), ("Marco Ferlini", "01_fr.txt"), ("Il Sole 24 Ore", "02_es.txt"),
 ("Marco Ferlini", "03_pl.txt")],
[("Acciaierie del Tirreno will put 800 of its 1,900 workers in Piombino on temporary layoff (cassa integrazione) from 3 May.",
  ["00_it.txt", "01_fr.txt", "02_es.txt", "03_pl.txt"], 1),
 ("The rolling mill will be stopped for thirteen weeks.",
  ["00_it.txt", "01_fr.txt", "02_es.txt", "03_pl.txt"], 1),
 ("Ferlini called an eight-hour strike on Friday with a picket at the plant gates.",
  ["00_it.txt", "01_fr.txt", "02_es.txt", "03_pl.txt"], 1),
 ("According to Ferlini, the company cited collapsing orders for rails and bars from northern European customers and energy costs.",
  ["00_it.txt", "02_es.txt", "03_pl.txt"], 1)])

# t05: the Spanish labour ministry's published unemployment data (outside origin, institution).
# EFE ("según los datos publicados este martes por el Ministerio de Trabajo"), Reuters ("labour
# ministry data showed"), Le Figaro ("selon les chiffres publiés mardi par le ministère espagnol du
# Travail") and Handelsblatt ("Wie das Arbeitsministerium in Madrid am Dienstag mitteilte") take it
# from the ministry; Público credits EFE ("noticiou a agência EFE com base nos dados …") -> edge
# from EFE (chain).
story("t05_ministry_unemployment_data_chain", "institution_chain", {
"00_es.txt": """El paro baja en 61.208 personas en abril y marca su mejor abril desde 2007
EFE
04/05/2027 09:12

Madrid, 4 may (EFE).- El número de parados registrados en las oficinas de los servicios públicos de empleo bajó en abril en 61.208 personas respecto a marzo, hasta un total de 2.318.447, la cifra más baja en un mes de abril desde 2007, según los datos publicados este martes por el Ministerio de Trabajo y Economía Social.

El descenso se concentró en el sector servicios, que restó 44.130 desempleados con el arranque de la temporada turística, seguido de la construcción (-7.912) y la industria (-4.385). El paro también bajó en la agricultura y en el colectivo sin empleo anterior.

Entre los menores de 25 años, el desempleo registrado se redujo en 9.874 personas, hasta 176.305, mientras que el paro femenino bajó en 35.640 y el masculino en 25.568.

Por comunidades, el paro descendió en todas, con Andalucía (-14.210), Cataluña (-8.936) y la Comunidad Valenciana (-7.104) a la cabeza.

En abril se firmaron 1.214.560 contratos, un 3,1 % más que un año antes, de los que el 44,8 % fueron indefinidos, según la estadística del departamento.

En su nota, el ministerio subraya que la caída del paro en abril "es la mayor de los últimos cinco años para este mes" y que la contratación indefinida "se mantiene como la modalidad predominante en sectores clave como la hostelería y el comercio".

En términos desestacionalizados, el paro registrado bajó en 12.450 personas, añade la nota.
""",
"01_en.txt": """Spain's registered unemployment falls to lowest April level since 2007
Reuters
2027-05-04T07:41:00Z

MADRID, May 4 (Reuters) - The number of people registered as unemployed in Spain fell by 61,208 in April from the previous month to 2,318,447, the lowest level for the month since 2007, labour ministry data showed on Tuesday.

The services sector accounted for 44,130 of the decline as the tourist season got under way, while construction shed 7,912 jobless and industry 4,385, the data showed.

Adjusted for seasonal effects, registered unemployment fell by 12,450, the ministry said in a statement.

Around 44.8% of the 1.21 million employment contracts signed in April were permanent, according to the ministry, a share that has stayed well above pre-2022 levels since a labour reform restricted the use of temporary contracts.

Registered jobless figures, based on people signed on at public employment offices, are published monthly and differ from the quarterly labour force survey compiled by the national statistics institute, which measures the unemployment rate.

Spain still has one of the highest unemployment rates in the European Union despite several years of strong job creation driven by tourism and services.
""",
"02_pt.txt": """Desemprego registado em Espanha desce para mínimo de 20 anos em Abril
Público
4 de Maio de 2027, 13:05

O número de desempregados inscritos nos centros de emprego em Espanha caiu em Abril em 61.208 pessoas face a Março, para 2.318.447, o valor mais baixo num mês de Abril desde 2007, noticiou a agência EFE com base nos dados divulgados esta terça-feira pelo Ministério do Trabalho e da Economia Social.

Segundo a agência espanhola, a descida concentrou-se nos serviços, que perderam 44.130 desempregados com o arranque da época turística, seguindo-se a construção e a indústria. Todas as comunidades autónomas registaram quedas, lideradas pela Andaluzia e pela Catalunha.

Ainda de acordo com a EFE, foram assinados em Abril mais de 1,2 milhões de contratos de trabalho, dos quais 44,8% sem termo.

Os números confirmam a tendência de recuperação do mercado de trabalho espanhol, que beneficia do peso do turismo e dos serviços numa altura em que outras economias europeias dão sinais de abrandamento. Ainda assim, a taxa de desemprego do país vizinho continua a ser das mais altas da União Europeia, sobretudo entre os mais jovens.

A reforma laboral aprovada em Espanha no início da década, que limitou os contratos temporários, tem sido apontada em Portugal como exemplo por sindicatos e partidos de esquerda.
""",
"03_fr.txt": """Espagne : le chômage inscrit tombe à son plus bas pour un mois d'avril depuis 2007
Le Figaro
Publié le 04/05/2027 à 15:20

Le nombre de demandeurs d'emploi inscrits en Espagne a reculé de 61.208 personnes en avril par rapport à mars, pour s'établir à 2.318.447, selon les chiffres publiés mardi par le ministère espagnol du Travail. Il s'agit du niveau le plus bas pour un mois d'avril depuis 2007.

Le recul concerne tous les secteurs et toutes les régions. Chez les moins de 25 ans, le nombre de chômeurs inscrits a baissé de 9.874, à 176.305, d'après le ministère, qui souligne dans son communiqué une baisse « la plus forte de ces cinq dernières années pour ce mois ».

L'Espagne a profité ces dernières années d'un tourisme record et d'une croissance parmi les plus dynamiques de la zone euro. Le marché du travail y reste toutefois marqué par un taux de chômage près de deux fois supérieur à la moyenne européenne, en particulier chez les jeunes.

Ces statistiques mensuelles, qui recensent les personnes inscrites auprès des services publics de l'emploi, ne se confondent pas avec le taux de chômage trimestriel calculé par l'institut national de la statistique. Elles sont néanmoins scrutées comme un baromètre de la santé de l'économie espagnole, en particulier au printemps, lorsque démarre la saison touristique.
""",
"04_de.txt": """Spaniens Arbeitslosigkeit sinkt auf Tiefstand
Handelsblatt
04.05.2027 – 16:45 Uhr

Der Arbeitsmarkt in Spanien setzt seine Erholung fort. Wie das Arbeitsministerium in Madrid am Dienstag mitteilte, sank die Zahl der registrierten Arbeitslosen im April gegenüber dem Vormonat um 61.208 auf 2.318.447. Das ist der niedrigste Stand in einem April seit 2007.

Den größten Beitrag leistete laut den Daten des Ministeriums der Dienstleistungssektor mit einem Rückgang um 44.130 Arbeitslose, getragen vom Beginn der Tourismussaison. Auch im Bau und in der Industrie gab es weniger Jobsuchende. Saisonbereinigt betrug der Rückgang 12.450.

Der Anteil unbefristeter Verträge an allen im April abgeschlossenen Arbeitsverträgen lag nach Angaben des Ressorts bei 44,8 Prozent. Die 2022 in Kraft getretene Arbeitsmarktreform hatte befristete Verträge deutlich eingeschränkt.

Spanien gehört seit Jahren zu den Wachstumstreibern der Euro-Zone. Trotz der Fortschritte bleibt die Arbeitslosenquote aber eine der höchsten in der EU. Ökonomen verweisen auf die starke Abhängigkeit vom Tourismus, die den Arbeitsmarkt anfällig für Konjunkturschwankungen macht, und auf die nach wie vor niedrige Produktivität in vielen Dienstleistungsbranchen.
""",
}, [("Ministerio de Trabajo y Economía Social", False)],
[("Ministerio de Trabajo y Economía Social", "00_es.txt"), ("Ministerio de Trabajo y Economía Social", "01_en.txt"),
 ("EFE", "02_pt.txt"), ("Ministerio de Trabajo y Economía Social", "03_fr.txt"),
 ("Ministerio de Trabajo y Economía Social", "04_de.txt")],
[("Registered unemployment in Spain fell by 61,208 in April to 2,318,447.",
  ["00_es.txt", "01_en.txt", "02_pt.txt", "03_fr.txt", "04_de.txt"], 1),
 ("It is the lowest level for an April since 2007.",
  ["00_es.txt", "01_en.txt", "02_pt.txt", "03_fr.txt", "04_de.txt"], 1),
 ("The services sector accounted for 44,130 of the decline.",
  ["00_es.txt", "01_en.txt", "02_pt.txt", "04_de.txt"], 1),
 ("Unemployment among under-25s fell by 9,874 to 176,305.", ["00_es.txt", "03_fr.txt"], 1),
 ("44.8% of the contracts signed in April were permanent.",
  ["00_es.txt", "01_en.txt", "02_pt.txt", "04_de.txt"], 1)])

# t06: two independent own reports of a parcel-depot strike: Le Figaro (reporter on site, "a
# constaté Le Figaro", a delegate and the management speaking "au Figaro") and AFP ("an AFP
# journalist saw", "told AFP"). El Mundo credits both ("según informan el diario francés Le Figaro
# … y la agencia AFP") -> two edges; Handelsblatt credits AFP only ("wie die Nachrichtenagentur AFP
# berichtet", "sagte … der AFP").
story("t06_two_reports_parcel_depot_strike", "two_independent", {
"00_fr.txt": """À Saint-Priest, les grévistes de Colisud bloquent le plus gros dépôt de colis de la région lyonnaise
Le Figaro
Publié le 11/05/2027 à 07:00

Mardi à l'aube, une quarantaine de poids lourds patientaient toujours devant les grilles du dépôt Colisud de Saint-Priest, dans la banlieue est de Lyon, a constaté Le Figaro sur place. Depuis lundi 4 heures, des salariés en grève bloquent l'accès au site, où transitent habituellement les colis de toute la région Auvergne-Rhône-Alpes.

Autour d'un brasero et de palettes empilées, les grévistes réclament une prime mensuelle de 150 euros et l'embauche en CDI d'une quarantaine d'intérimaires. « On ne lâchera pas tant que la direction ne met pas les 150 euros sur la table. Les cadences ont doublé depuis le Covid, pas nos salaires », lance Karim Belhadj, délégué de l'Union syndicale des transports et de la logistique (USTL), interrogé par Le Figaro.

Selon l'intersyndicale, près de 300 des 520 salariés du dépôt ont cessé le travail. Contactée par Le Figaro, la direction de Colisud parle au contraire d'« une minorité de salariés » et assure que des colis sont réacheminés vers ses plateformes de Mâcon et de Grenoble. Elle se dit « ouverte au dialogue », mais « pas sous la pression d'un blocage ».

Le dépôt de Saint-Priest est le plus important du réseau Colisud, qui revendique 40 % de croissance de son activité en trois ans grâce au commerce en ligne.
""",
"01_en.txt": """Strike blocks French parcel hub as workers demand monthly bonus
AFP
2027-05-11T11:20:00+02:00

Saint-Priest, France (AFP) - Striking workers blocked access to one of France's biggest parcel depots near Lyon for a second day on Tuesday, demanding a monthly bonus of 150 euros, as tens of thousands of deliveries piled up.

An AFP journalist saw a dozen strikers standing in front of the gates of the Colisud depot in Saint-Priest, where dozens of lorries were queueing on the access road. The blockade began at 4:00 am on Monday.

"We are asking for 150 euros a month, which is nothing compared to what this company earns from online shopping," Nathalie Combes, a representative of the USTL union, told AFP.

Colisud management said about 40,000 parcels a day were being delayed. "Less than 15 percent of staff are on strike and we are rerouting as much as possible," a company spokesman told AFP, adding that talks could resume "once the site is freed".

The Saint-Priest hub handles deliveries for the whole Auvergne-Rhone-Alpes region. Parcel and logistics workers in France have staged a string of local strikes over pay and working conditions in the past year, as inflation eroded wages and e-commerce volumes kept rising.
""",
"02_es.txt": """Una huelga paraliza el mayor almacén de paquetería de la región de Lyon
El Mundo
11/05/2027 18:30

Trabajadores en huelga de la empresa de paquetería Colisud bloquean desde el lunes el acceso a su almacén de Saint-Priest, a las afueras de Lyon, para reclamar una prima mensual de 150 euros, según informan el diario francés Le Figaro, que ha enviado a un periodista al lugar, y la agencia AFP.

El bloqueo comenzó el lunes a las cuatro de la madrugada y este martes decenas de camiones seguían esperando ante las verjas del centro, el más importante de la red de Colisud en el sureste de Francia, de acuerdo con ambos medios.

"No vamos a ceder mientras la dirección no ponga los 150 euros sobre la mesa", declaró al rotativo francés Karim Belhadj, delegado del sindicato USTL. Los huelguistas piden además que la empresa haga fijos a una cuarentena de trabajadores temporales.

La protesta se suma a una serie de conflictos laborales en el sector logístico francés, donde los sindicatos denuncian que los ritmos de trabajo se han disparado con el auge del comercio electrónico sin que los salarios hayan seguido la misma evolución. En España, los repartidores y mozos de almacén de varias grandes empresas de paquetería han protagonizado reivindicaciones parecidas en los últimos años.
""",
"03_de.txt": """Streik legt französisches Paketzentrum bei Lyon lahm
Handelsblatt
11.05.2027, 17:02

In Frankreich blockieren streikende Beschäftigte seit Montag eines der größten Paketzentren des Landes. Wie die Nachrichtenagentur AFP berichtet, versperren Mitarbeiter des Paketdienstes Colisud die Zufahrt zum Depot in Saint-Priest bei Lyon; auf der Zufahrtsstraße stauten sich am Dienstag Dutzende Lastwagen.

Die Streikenden fordern eine monatliche Prämie von 150 Euro. Täglich verzögerten sich rund 40.000 Sendungen, sagte ein Colisud-Sprecher der AFP. Es streikten aber weniger als 15 Prozent der Belegschaft, das Unternehmen leite so viele Pakete wie möglich um. Gespräche könne es erst geben, wenn das Gelände wieder frei sei, so der Sprecher laut AFP.

Das Depot in Saint-Priest versorgt die gesamte Region Auvergne-Rhône-Alpes. In der französischen Logistikbranche hat es im vergangenen Jahr immer wieder lokale Arbeitskämpfe um Löhne und Arbeitsbedingungen gegeben. Auch deutsche Versender, die über Lyon in den Südosten Frankreichs liefern, dürften die Verzögerungen zu spüren bekommen.
""",
}, [("Le Figaro", True), ("AFP", True)],
[("Le Figaro", "02_es.txt"), ("AFP", "02_es.txt"), ("AFP", "03_de.txt")],
[("Striking workers have been blocking Colisud's parcel depot in Saint-Priest near Lyon since Monday.",
  ["00_fr.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 2),
 ("The strikers demand a monthly bonus of 150 euros.",
  ["00_fr.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 2),
 ("Colisud said about 40,000 parcels a day were delayed and fewer than 15% of staff were on strike.",
  ["01_en.txt", "03_de.txt"], 1),
 ("According to the unions, nearly 300 of the depot's 520 workers stopped work.", ["00_fr.txt"], 1)])

# t07: a company's statement on its own website (outside origin). Lusa ("anunciou hoje a empresa
# em comunicado publicado no seu sítio na internet"), Handelsblatt ("teilte das Stuttgarter
# Unternehmen am Donnerstag mit", "heißt es in der Mitteilung") and El Mundo (no date line; "según
# ha informado la compañía en un comunicado") take it from the statement; Público credits Lusa
# ("noticiou a agência Lusa, citando um comunicado") -> edge from Lusa (chain). Lusa's unanswered
# request to the union adds no origin.
story("t07_company_statement_plant_closure", "company_statement_chain", {
"00_pt.txt": """Fabricante alemã Brenner vai fechar fábrica de Aveiro e despedir 540 trabalhadores
Lusa
20-05-2027 10:48

Aveiro, 20 mai 2027 (Lusa) - A fabricante alemã de componentes para automóveis Brenner Antriebstechnik vai encerrar até ao final do ano a fábrica de Aveiro, onde trabalham 540 pessoas, anunciou hoje a empresa em comunicado publicado no seu sítio na internet.

No comunicado, o grupo sediado em Estugarda justifica a decisão com a "quebra sustentada das encomendas" de componentes para motores de combustão, que representam cerca de 80% da produção da unidade portuguesa. A produção será transferida para a fábrica do grupo em Žilina, na Eslováquia.

"Esta decisão não foi tomada de ânimo leve. Vamos procurar, em diálogo com os representantes dos trabalhadores, as soluções mais justas para cada um", afirma a presidente executiva, Katrin Vollmer, citada no documento.

A empresa garante que vai propor "um pacote de compensações acima do previsto na lei" e apoio à recolocação dos trabalhadores.

A Lusa tentou obter uma reação do Sindicato dos Trabalhadores Metalúrgicos do Centro, mas até ao momento não foi possível.

A Brenner instalou-se em Aveiro em 2004 e chegou a empregar mais de 800 pessoas na fábrica, uma das maiores empregadoras industriais da região.
""",
"01_de.txt": """Brenner Antriebstechnik schließt Werk in Portugal – 540 Stellen fallen weg
Handelsblatt
20.05.2027, 12:15

Der Autozulieferer Brenner Antriebstechnik zieht sich aus Portugal zurück. Das Werk im nordportugiesischen Aveiro mit 540 Beschäftigten werde bis Ende 2027 geschlossen, teilte das Stuttgarter Unternehmen am Donnerstag mit. Die Fertigung soll in das Werk im slowakischen Žilina verlagert werden.

Grund sei der anhaltende Rückgang der Bestellungen von Komponenten für Verbrennungsmotoren, heißt es in der Mitteilung. Diese machen rund 80 Prozent der Produktion in Aveiro aus. „Diese Entscheidung ist uns nicht leichtgefallen“, wird Vorstandschefin Katrin Vollmer zitiert. Den Beschäftigten will Brenner eine Abfindung über dem gesetzlichen Niveau anbieten.

Brenner steht nicht allein: Zahlreiche mittelständische Zulieferer verlagern angesichts der schwachen Nachfrage nach Verbrennerteilen und hoher Kosten Kapazitäten nach Osteuropa oder bauen sie ganz ab. Der Umbau auf Komponenten für Elektroantriebe kommt bei vielen langsamer voran als geplant, weil die Absatzzahlen der Elektroautos hinter den Prognosen zurückbleiben.

Das Familienunternehmen beschäftigt weltweit rund 6.800 Menschen. In Deutschland sind nach Unternehmensangaben derzeit keine Werksschließungen geplant.
""",
"02_pt.txt": """Alemã Brenner fecha fábrica em Aveiro: 540 postos de trabalho perdidos
Público
20 de Maio de 2027, 15:30

A fabricante alemã de componentes automóveis Brenner Antriebstechnik vai encerrar até ao final do ano a sua fábrica de Aveiro, que emprega 540 trabalhadores, noticiou esta quinta-feira a agência Lusa, citando um comunicado da empresa.

Segundo a Lusa, a Brenner atribui a decisão à quebra das encomendas de peças para motores de combustão e vai transferir a produção para a Eslováquia. A empresa promete compensações acima do mínimo legal.

O encerramento é mais um golpe no sector dos componentes automóveis, que tem sido um dos motores das exportações portuguesas mas que enfrenta agora a transição para o carro eléctrico e a concorrência de fábricas no Leste europeu, onde os custos são mais baixos.

Na região de Aveiro, onde se concentram várias empresas do sector, as associações empresariais têm alertado nos últimos meses para a redução das encomendas dos construtores alemães. Várias fábricas recorreram já ao lay-off.

A unidade da Brenner em Aveiro abriu em 2004 e chegou a ter mais de 800 trabalhadores.
""",
"03_es.txt": """La alemana Brenner cerrará su fábrica portuguesa de Aveiro, con 540 empleados
El Mundo

El fabricante alemán de componentes de automoción Brenner Antriebstechnik cerrará antes de que acabe el año su planta de Aveiro, en el centro de Portugal, donde trabajan 540 personas, según ha informado este jueves la compañía en un comunicado.

La empresa, con sede en Stuttgart, atribuye el cierre a la "caída sostenida de los pedidos" de componentes para motores de combustión, que suponen en torno al 80 % de lo que se fabrica en Aveiro. La producción se trasladará a su fábrica de Žilina, en Eslovaquia.

En el mismo comunicado, Brenner precisa que su planta de Zaragoza, con unos 350 empleados y dedicada a componentes para vehículos eléctricos, no se verá afectada por la reestructuración.

El cierre llega en un momento delicado para los proveedores del automóvil en la península ibérica, que han visto caer los encargos de los fabricantes alemanes. Varias empresas del sector en Galicia, Aragón y Cataluña han anunciado ajustes de plantilla en los últimos meses, en muchos casos para concentrar la producción en Europa del Este.
""",
}, [("Brenner Antriebstechnik", False)],
[("Brenner Antriebstechnik", "00_pt.txt"), ("Brenner Antriebstechnik", "01_de.txt"), ("Lusa", "02_pt.txt"),
 ("Brenner Antriebstechnik", "03_es.txt")],
[("Brenner Antriebstechnik will close its plant in Aveiro, Portugal, with 540 workers by the end of 2027.",
  ["00_pt.txt", "01_de.txt", "02_pt.txt", "03_es.txt"], 1),
 ("Production will be moved to the group's plant in Slovakia (Žilina).",
  ["00_pt.txt", "01_de.txt", "02_pt.txt", "03_es.txt"], 1),
 ("The company attributes the closure to falling orders for components for combustion engines.",
  ["00_pt.txt", "01_de.txt", "02_pt.txt", "03_es.txt"], 1),
 ("Combustion-engine components make up about 80% of the Aveiro plant's output.",
  ["00_pt.txt", "01_de.txt", "03_es.txt"], 1),
 ("Brenner promises compensation above the legal minimum.", ["00_pt.txt", "01_de.txt", "02_pt.txt"], 1)])

# t08: outside agency scoop with anonymous sources (dpa, "aus Verhandlungskreisen"); relayed 4x:
# de "Das erfuhr die Deutsche Presse-Agentur … aus Verhandlungskreisen" + "Nach dpa-Informationen"
# + a declined comment to Handelsblatt (no own reporting); en (no date line) "according to the
# German press agency dpa, which cited people close to the negotiations" + "the agency said"; it
# "Lo riferisce l'agenzia di stampa tedesca Dpa, citando fonti vicine alla trattativa" + "secondo la
# Dpa"; pl "podała niemiecka agencja prasowa dpa, powołując się na …" + "Według agencji" + "Jak
# dowiedziała się dpa".
story("t08_dpa_sources_pilots_deal", "agency", {
"00_de.txt": """Hanseflug und Piloten einigen sich offenbar – Streik am Freitag abgesagt
Handelsblatt
02.06.2027 – 20:14 Uhr

Im Tarifkonflikt bei der Fluggesellschaft Hanseflug zeichnet sich eine Einigung ab. Die Airline und die Pilotengewerkschaft Pilotenvereinigung Nord (PVN) haben sich am Mittwoch auf Eckpunkte eines neuen Vergütungstarifvertrags verständigt. Das erfuhr die Deutsche Presse-Agentur am Abend aus Verhandlungskreisen. Der für Freitag angekündigte ganztägige Streik der Cockpitbesatzungen sei damit abgesagt.

Nach dpa-Informationen sollen die Gehälter der rund 1.400 Piloten in zwei Stufen um insgesamt 7,8 Prozent steigen, verteilt über eine Laufzeit von 24 Monaten. Zudem seien Verbesserungen bei den Ruhezeiten vorgesehen. Die Gremien beider Seiten müssten dem Kompromiss noch zustimmen.

Eine Hanseflug-Sprecherin wollte sich auf Anfrage des Handelsblatts nicht äußern. Auch die PVN gab zunächst keinen Kommentar ab.

Die Gewerkschaft hatte ursprünglich 12 Prozent mehr Geld über zwölf Monate gefordert. Hanseflug hatte zuletzt 5 Prozent über zwei Jahre angeboten und auf die angespannte Kostenlage verwiesen. Ein erster Pilotenstreik Mitte Mai hatte rund 300 Flüge ausfallen lassen und nach Branchenschätzungen einen Schaden im zweistelligen Millionenbereich verursacht.

Für die Passagiere kurz vor Beginn der Sommerreisezeit dürfte die mögliche Einigung eine Erleichterung sein.
""",
"01_en.txt": """German airline Hanseflug reaches pay deal with pilots, averting Friday strike
The Guardian

The German airline Hanseflug and its pilots' union have reached a pay deal in principle, calling off a full-day strike planned for Friday, according to the German press agency dpa, which cited people close to the negotiations.

Under the outline agreement, pay for the airline's roughly 1,400 pilots will rise by a total of 7.8% in two stages over 24 months, dpa reported on Wednesday evening. The deal also includes improvements to rest periods, the agency said, but still needs the approval of both sides' committees.

The union, Pilotenvereinigung Nord (PVN), had originally demanded a 12% rise over one year, while the airline had offered 5% over two years, citing high costs.

A first strike by Hanseflug pilots in mid-May grounded about 300 flights, leaving thousands of passengers stranded, including on routes to and from the UK.

Labour disputes have repeatedly disrupted German aviation over the past few years, with pilots, cabin crew and ground staff all staging walkouts as staff shortages and inflation sharpened demands for higher pay.
""",
"02_it.txt": """Germania, intesa Hanseflug-piloti: scongiurato lo sciopero di venerdì
Il Sole 24 Ore
3 giugno 2027

La compagnia aerea tedesca Hanseflug e il sindacato dei piloti Pilotenvereinigung Nord (Pvn) hanno raggiunto un'intesa di massima sul rinnovo del contratto, e lo sciopero di 24 ore previsto per venerdì è stato revocato. Lo riferisce l'agenzia di stampa tedesca Dpa, citando fonti vicine alla trattativa.

Secondo la Dpa, gli stipendi dei circa 1.400 piloti aumenteranno complessivamente del 7,8% in due tranche nell'arco di 24 mesi. L'accordo dovrà ora essere approvato dagli organi delle due parti.

Il sindacato chiedeva inizialmente un aumento del 12% in un anno, mentre la compagnia si era fermata al 5% in due anni.

Lo stop dei piloti di metà maggio aveva provocato la cancellazione di circa 300 voli, tra cui diversi collegamenti con Milano, Roma e Catania. Per i passeggeri italiani diretti in Germania in vista della stagione estiva, la revoca dello sciopero elimina almeno per ora il rischio di nuovi disagi.
""",
"03_pl.txt": """Niemieckie linie Hanseflug dogadały się z pilotami. Piątkowego strajku nie będzie
Gazeta Wyborcza
03.06.2027

Niemieckie linie lotnicze Hanseflug i związek zawodowy pilotów Pilotenvereinigung Nord (PVN) uzgodniły wstępnie warunki nowego układu płacowego – podała w środę wieczorem niemiecka agencja prasowa dpa, powołując się na źródła zbliżone do negocjacji. Zapowiadany na piątek całodniowy strajk pilotów został odwołany.

Według agencji dpa pensje ok. 1400 pilotów wzrosną łącznie o 7,8 proc. w dwóch etapach w ciągu 24 miesięcy. Jak dowiedziała się dpa, porozumienie przewiduje też dłuższe okresy odpoczynku między lotami. Wstępną umowę muszą jeszcze zatwierdzić władze obu stron.

Związkowcy domagali się początkowo 12 proc. podwyżki w ciągu roku, a przewoźnik proponował 5 proc. rozłożone na dwa lata.

Pierwszy strajk pilotów Hanseflug w połowie maja sparaliżował ok. 300 rejsów, w tym połączenia z Warszawą, Krakowem i Gdańskiem. Odwołanie piątkowego protestu to dobra wiadomość dla pasażerów, którzy planują podróże na początek wakacji.
""",
}, [("dpa", False)],
[("dpa", "00_de.txt"), ("dpa", "01_en.txt"), ("dpa", "02_it.txt"), ("dpa", "03_pl.txt")],
[("Hanseflug and the pilots' union PVN reached an agreement in principle in their pay dispute.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_pl.txt"], 1),
 ("Pilots' pay will rise by 7.8% in two steps over 24 months.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_pl.txt"], 1),
 ("The pilots' strike planned for Friday has been called off.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_pl.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for t, arts_c, n in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 117 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
