#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand172 set (all invented).

Topic: energy utilities, electricity and gas prices, grid outages. Outlets are real media names;
every event, person, company, body, place, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# e01: Expresso's own scoop (internal audit report seen by the weekly + three anonymous company
# sources), relayed 3x; after the first mention the relays mostly name it only by description:
# es "según ha revelado … el semanario Expresso" + "El semanario lisboeta cita"; nl "Dat schrijft
# het Portugese weekblad Expresso" + "zeggen tegen het weekblad" + "citeert het blad"; en "reported
# by the Lisbon-based weekly Expresso" + "the paper" / "the weekly" / "the newspaper".
story("e01_expresso_blackout_audit", "scoop", {
"00_pt.txt": """Apagão de Alcorvim: relatório interno da Elétrica Tágide aponta relé avariado desde 2024
Expresso
19 fevereiro 2027 7:00

O apagão que deixou sem eletricidade 212 mil clientes do distrito de Alcorvim durante quase sete horas, a 14 de janeiro, foi provocado por um relé de proteção da subestação de Cabeço Ruivo que tinha sido assinalado como defeituoso em três inspeções desde 2024. A conclusão consta de um relatório de auditoria interna da Elétrica Tágide, a que o Expresso teve acesso.

O documento, com 46 páginas e datado de 9 de fevereiro, revela que a substituição do equipamento, orçada em 38 mil euros, foi adiada duas vezes "por razões de planeamento orçamental". Quando o relé falhou, às 18h12, a avaria não foi isolada e o disparo propagou-se a mais quatro subestações da rede de média tensão.

Três fontes da empresa, que pediram para não ser identificadas, garantem ao Expresso que o conselho de administração foi informado do problema em novembro de 2025. "Toda a gente lá dentro sabia que aquele relé era uma bomba-relógio", diz um dos técnicos ouvidos. Outra fonte acrescenta que as equipas de manutenção pediram a troca "por escrito, mais do que uma vez".

Questionada pelo Expresso, a Elétrica Tágide recusou comentar o conteúdo do relatório, dizendo apenas que "colabora com todas as entidades competentes no apuramento das causas do incidente".

No dia do apagão, os semáforos deixaram de funcionar em toda a cidade, dezenas de pessoas ficaram presas em elevadores e o hospital distrital funcionou com geradores até de madrugada. A Câmara Municipal de Alcorvim estima que o comércio local tenha perdido mais de dois milhões de euros. Em 2019, uma avaria numa linha de alta tensão já tinha deixado metade do concelho às escuras durante uma tarde.
""",
"01_es.txt": """Un informe interno atribuye el gran apagón de Alcorvim a un relé averiado desde 2024
El País
Lisboa - 19 feb 2027 - 13:35 CET

La distribuidora portuguesa Elétrica Tágide sabía desde 2024 que un relé de protección de su subestación de Cabeço Ruivo estaba defectuoso, y aun así aplazó dos veces su sustitución. Ese equipo provocó el apagón que el pasado 14 de enero dejó sin luz durante casi siete horas a 212.000 clientes del distrito de Alcorvim, según ha revelado este viernes el semanario Expresso, que ha tenido acceso a un informe de auditoría interna de la compañía.

El documento, de 46 páginas y fechado el 9 de febrero, recoge que el relé fue señalado como defectuoso en tres inspecciones y que su cambio, presupuestado en 38.000 euros, se pospuso "por razones de planificación presupuestaria". Cuando falló, a las 18.12, la avería no quedó aislada y se propagó a otras cuatro subestaciones.

El semanario lisboeta cita además a tres fuentes de la empresa, que hablaron bajo condición de anonimato, según las cuales el consejo de administración fue informado del problema en noviembre de 2025. "Todo el mundo allí dentro sabía que aquel relé era una bomba de relojería", afirma uno de los técnicos consultados por el periódico.

EL PAÍS intentó sin éxito obtener una reacción de Elétrica Tágide. Ante el semanario, la compañía se limitó a decir que colabora "con todas las entidades competentes" para esclarecer las causas.

El corte dejó sin semáforos a la ciudad, atrapó a decenas de personas en ascensores y obligó al hospital del distrito a funcionar con generadores hasta la madrugada. El regulador energético portugués abrió en enero un expediente informativo, cuyas conclusiones aún no se conocen.
""",
"02_nl.txt": """Portugese netbeheerder wist al jaren van defect relais dat grote stroomstoring veroorzaakte
NRC
19 februari 2027

De grote stroomstoring die half januari 212.000 klanten in het Portugese district Alcorvim bijna zeven uur zonder elektriciteit zette, is veroorzaakt door een beveiligingsrelais waarvan netbeheerder Elétrica Tágide al sinds 2024 wist dat het defect was. Dat schrijft het Portugese weekblad Expresso vrijdag, op basis van een intern auditrapport dat de krant heeft ingezien.

Volgens het rapport van 46 pagina's werd het relais in onderstation Cabeço Ruivo bij drie inspecties als gebrekkig aangemerkt. De vervanging, begroot op 38.000 euro, zou twee keer zijn uitgesteld 'om budgettaire redenen'. Toen het onderdeel op 14 januari om 18.12 uur het begaf, werd de storing niet geïsoleerd en sloeg die over naar vier andere onderstations.

Drie medewerkers van het bedrijf zeggen tegen het weekblad dat de raad van bestuur in november 2025 op de hoogte werd gebracht. 'Iedereen binnen wist dat dat relais een tijdbom was', citeert het blad een van de technici, die anoniem wilden blijven.

Elétrica Tágide wil tegenover Expresso niet inhoudelijk op het rapport reageren en laat alleen weten 'met alle bevoegde instanties' samen te werken.

De storing legde destijds de verkeerslichten in de hele stad plat, tientallen mensen kwamen vast te zitten in liften en het ziekenhuis draaide tot diep in de nacht op noodstroom. In 2019 viel in hetzelfde district ook al een middag lang de stroom uit, na een defect aan een hoogspanningslijn.
""",
"03_en.txt": """Portuguese utility 'knew for years' of faulty part behind seven-hour blackout
The Guardian
Fri 19 Feb 2027 16.48 GMT

A Portuguese electricity distributor was warned repeatedly that a protection relay was faulty before the part failed and plunged 212,000 customers into darkness for almost seven hours last month, according to an internal audit reported by the Lisbon-based weekly Expresso.

The 46-page audit, dated 9 February and seen by the paper, found that the relay at Elétrica Tágide's Cabeço Ruivo substation had been flagged as defective in three inspections since 2024. Replacing it would have cost €38,000, but the work was postponed twice "for budget planning reasons", the weekly reported.

When the relay failed at 6.12pm on 14 January, the fault was not contained and tripped four further substations, cutting power across the district of Alcorvim. Traffic lights went dark, dozens of people were trapped in lifts and the district hospital ran on generators until the early hours.

Three company sources quoted anonymously by the newspaper said the board had been told about the problem in November 2025. "Everyone inside knew that relay was a time bomb," one technician was quoted as saying.

Elétrica Tágide did not respond to a request for comment from the Guardian. It told the weekly only that it was "cooperating with all the competent authorities" to establish the causes of the incident.
""",
}, [("Expresso", True)],
[("Expresso", "01_es.txt"), ("Expresso", "02_nl.txt"), ("Expresso", "03_en.txt")],
[("The 14 January blackout that left 212,000 customers in the Alcorvim district without power for almost seven hours was caused by a protection relay at the Cabeço Ruivo substation that had been flagged as faulty in three inspections since 2024.",
  ["00_pt.txt", "01_es.txt", "02_nl.txt", "03_en.txt"], 1),
 ("Replacing the relay would have cost 38,000 euros but was postponed twice for budget reasons.",
  ["00_pt.txt", "01_es.txt", "02_nl.txt", "03_en.txt"], 1),
 ("According to three anonymous company sources, Elétrica Tágide's board was told about the problem in November 2025.",
  ["00_pt.txt", "01_es.txt", "02_nl.txt", "03_en.txt"], 1)])

# e02: grid operator Kustlijn Netbeheer's own press release, quoted at length and taken directly by
# nl "heeft … in een persbericht bekendgemaakt" + "zegt … in het persbericht" + "schrijft Dobbelsteen";
# de "teilte das Unternehmen … in einer Pressemitteilung mit" + "wird … in der Mitteilung zitiert" +
# "heißt es in der Pressemitteilung"; en "said in a statement"; pt "anunciou a empresa … em
# comunicado" + "Segundo a nota enviada às redações" + "lê-se no documento". The Polish article takes
# it only via NOS: "podała … holenderska telewizja publiczna NOS" + "Jak informuje nadawca,
# powołując się na komunikat spółki" + "cytuje … holenderska stacja" + "według NOS" (chain).
story("e02_kustlijn_press_release", "statement", {
"00_nl.txt": """Netbeheerder Kustlijn stopt met nieuwe aansluitingen voor grote bedrijven in veertien gemeenten
NOS
3 maart 2027, 10:12

Netbeheerder Kustlijn sluit vanaf 1 april in veertien gemeenten in zijn verzorgingsgebied geen nieuwe grootverbruikers meer aan. Ook bedrijven die al een aansluiting hebben, kunnen voorlopig geen extra capaciteit krijgen. Dat heeft Kustlijn Netbeheer vanochtend in een persbericht bekendgemaakt.

"We hebben dit besluit niet lichtvaardig genomen", zegt bestuursvoorzitter Marieke Dobbelsteen in het persbericht. "Ons net in de regio zit op de grens van wat het aankan, en de storingen van februari hebben laten zien wat er gebeurt als we doorgaan alsof er niets aan de hand is. Een tijdelijke stop is pijnlijk voor ondernemers, maar de betrouwbaarheid van de stroomvoorziening voor 1,1 miljoen huishoudens gaat voor."

Op de wachtlijst van de netbeheerder staan volgens het persbericht nu al zo'n 2300 bedrijven. Kustlijn trekt tot 2030 1,4 miljard euro extra uit voor 22 nieuwe onderstations en ongeveer 900 kilometer nieuwe kabel. Dat gaat huishoudens geld kosten: de netbeheerkosten voor een gemiddeld gezin stijgen vanaf 2028 met 11 procent, ongeveer 48 euro per jaar.

"Wij realiseren ons dat een hogere rekening voor veel gezinnen hard aankomt", schrijft Dobbelsteen. "Tegelijk is er geen alternatief: zonder deze investeringen worden storingen zoals in Westerdijke geen uitzondering, maar de regel."

Op 9 februari zaten ruim 38.000 huishoudens in Westerdijke en omgeving ruim vijf uur zonder stroom nadat een overbelaste transformator was uitgevallen. Twee weken later ging het in Halsterhaven opnieuw mis. Regionale ondernemersverenigingen reageerden geschrokken op de aansluitstop.
""",
"01_de.txt": """Niederländischer Netzbetreiber verhängt Anschlussstopp für Großverbraucher
Frankfurter Allgemeine Zeitung
03.03.2027, 14:27

Der niederländische Netzbetreiber Kustlijn Netbeheer schließt von April an in vierzehn Gemeinden keine neuen Großverbraucher mehr an sein Stromnetz an. Auch bestehende Betriebe sollen vorerst keine zusätzliche Leistung bekommen, teilte das Unternehmen am Mittwoch in einer Pressemitteilung mit. Auf der Warteliste stünden bereits rund 2300 Unternehmen.

„Wir haben diese Entscheidung nicht leichtfertig getroffen", wird die Vorstandsvorsitzende Marieke Dobbelsteen in der Mitteilung zitiert. „Unser Netz in der Region ist an der Grenze dessen, was es verkraften kann, und die Störungen im Februar haben gezeigt, was passiert, wenn wir so weitermachen, als sei nichts geschehen." Ein vorübergehender Stopp sei für Unternehmer schmerzhaft, die Versorgungssicherheit für 1,1 Millionen Haushalte gehe aber vor.

Bis 2030 will Kustlijn nach eigenen Angaben zusätzlich 1,4 Milliarden Euro in 22 neue Umspannwerke und etwa 900 Kilometer Kabel investieren. Für die Haushalte wird das teurer: Die Netzentgelte für eine durchschnittliche Familie sollen von 2028 an um elf Prozent steigen, rund 48 Euro im Jahr. „Ohne diese Investitionen werden Ausfälle wie in Westerdijke nicht die Ausnahme, sondern die Regel", heißt es in der Pressemitteilung.

Im Februar waren in Westerdijke mehr als 38.000 Haushalte für gut fünf Stunden ohne Strom gewesen, nachdem ein überlasteter Transformator ausgefallen war.

Die Niederlande ringen seit Jahren mit verstopften Stromnetzen. Die nationale Regulierungsbehörde hatte schon 2024 vor Engpässen in mehreren Provinzen gewarnt; auch Netzbetreiber in Norddeutschland klagen über lange Wartelisten für Gewerbeanschlüsse.
""",
"02_en.txt": """Dutch grid firm halts new business connections after blackouts
BBC News
3 March 2027

A Dutch electricity network operator has said it will stop connecting new large businesses in 14 municipalities from 1 April, after two major power cuts in its area last month.

Kustlijn Netbeheer said in a statement on Wednesday that existing firms would also be unable to increase their capacity for the time being. About 2,300 companies are already on its waiting list.

"We did not take this decision lightly," chief executive Marieke Dobbelsteen said in the statement. "Our network in the region is at the limit of what it can handle, and the outages in February showed what happens if we carry on as if nothing is wrong."

The company said it would spend an extra €1.4bn (£1.2bn) by 2030 on 22 new substations and around 900km of new cable. It said a temporary stop was painful for business owners, but that reliable supply for 1.1 million households "comes first".

On 9 February more than 38,000 households in and around the town of Westerdijke lost power for over five hours when an overloaded transformer failed. A second outage hit the nearby port of Halsterhaven two weeks later.

The Netherlands has some of the most congested electricity grids in Europe, with businesses in several regions waiting years for a connection.
""",
"03_pl.txt": """Holandia: operator sieci wstrzymuje przyłączenia dla dużych firm. „Nie podjęliśmy tej decyzji lekko"
Business Insider Polska
3 mar 2027, 16:05

Holenderski operator sieci dystrybucyjnej Kustlijn Netbeheer od 1 kwietnia przestanie przyłączać nowych dużych odbiorców energii w czternastu gminach — podała w środę holenderska telewizja publiczna NOS. Firmy, które już mają przyłącze, nie dostaną na razie dodatkowej mocy.

Jak informuje nadawca, powołując się na komunikat spółki, na liście oczekujących jest już ok. 2,3 tys. przedsiębiorstw. „Nie podjęliśmy tej decyzji lekko. Nasza sieć w regionie jest na granicy wytrzymałości, a lutowe awarie pokazały, co się dzieje, gdy udajemy, że nic się nie stało" — cytuje prezes spółki Marieke Dobbelsteen holenderska stacja.

Kustlijn zamierza do 2030 r. wydać dodatkowo 1,4 mld euro na 22 nowe stacje elektroenergetyczne i ok. 900 km kabli. Koszty odczują gospodarstwa domowe: według NOS opłaty sieciowe dla przeciętnej rodziny wzrosną od 2028 r. o 11 proc., czyli o ok. 48 euro rocznie.

W lutym ponad 38 tys. gospodarstw domowych w miejscowości Westerdijke i okolicach przez ponad pięć godzin nie miało prądu po awarii przeciążonego transformatora. Dwa tygodnie później do podobnej awarii doszło w portowym Halsterhaven.

Problemy z przepustowością sieci to w Holandii temat od lat. Z podobnymi wyzwaniami mierzą się także operatorzy w Polsce, gdzie inwestorzy miesiącami czekają na warunki przyłączenia.
""",
"04_pt.txt": """Operador de rede neerlandês suspende novas ligações a grandes empresas após apagões
Observador
03 mar. 2027, 17:20

O operador de rede elétrica neerlandês Kustlijn Netbeheer vai deixar de ligar novos grandes consumidores em 14 municípios a partir de 1 de abril, anunciou a empresa esta quarta-feira em comunicado. As empresas que já estão ligadas à rede também não poderão, para já, aumentar a potência contratada.

"Não tomámos esta decisão de ânimo leve", afirma a presidente executiva, Marieke Dobbelsteen, citada no comunicado. "A nossa rede na região está no limite do que consegue suportar, e as falhas de fevereiro mostraram o que acontece quando continuamos como se nada fosse. Uma suspensão temporária é dolorosa para os empresários, mas a fiabilidade do abastecimento a 1,1 milhões de famílias está primeiro."

Segundo a nota enviada às redações, cerca de 2.300 empresas aguardam já por uma ligação. O operador prevê investir mais 1,4 mil milhões de euros até 2030 em 22 novas subestações e cerca de 900 quilómetros de cabo. A fatura chegará às famílias: as tarifas de rede de um agregado médio sobem 11% a partir de 2028, cerca de 48 euros por ano.

"Sabemos que uma fatura mais alta pesa a muitas famílias. Mas não há alternativa: sem estes investimentos, falhas como a de Westerdijke deixam de ser a exceção e passam a ser a regra", lê-se no documento.

A 9 de fevereiro, mais de 38 mil casas de Westerdijke e arredores ficaram mais de cinco horas sem luz depois da avaria de um transformador sobrecarregado.
""",
}, [("Kustlijn Netbeheer", False)],
[("Kustlijn Netbeheer", "00_nl.txt"), ("Kustlijn Netbeheer", "01_de.txt"),
 ("Kustlijn Netbeheer", "02_en.txt"), ("NOS", "03_pl.txt"), ("Kustlijn Netbeheer", "04_pt.txt")],
[("From 1 April Kustlijn Netbeheer will stop connecting new large consumers in 14 municipalities; about 2,300 companies are already on its waiting list.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_pl.txt", "04_pt.txt"], 1),
 ("Kustlijn will invest an extra 1.4 billion euros by 2030 in 22 new substations and about 900 km of cable.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_pl.txt", "04_pt.txt"], 1),
 ("Network charges for an average household will rise by 11 percent, about 48 euros a year, from 2028.",
  ["00_nl.txt", "01_de.txt", "03_pl.txt", "04_pt.txt"], 1)])

# e03: Gazeta Wyborcza's own report from the villages ("Nasz reporter spędził sobotę" +
# "powiedziała nam" + "Jak ustaliliśmy" + "mówi „Wyborczej"" + "przyznała w rozmowie z nami"); an
# uncredited close Ukrainian translation published the next morning, without an outlet line, that
# keeps "Наш репортер", "розповіла нам", "Як ми з'ясували", "каже нашому виданню"; credited relays
# de "Das berichtet die polnische Tageszeitung Gazeta Wyborcza" + "der Warschauer Zeitung" + "dem
# Blatt zufolge" + "gegenüber der Wyborcza"; en "Polish daily Gazeta Wyborcza has reported" + "A
# reporter for the paper" + "told Wyborcza" + "according to the newspaper".
story("e03_wyborcza_ice_storm_translation", "translation", {
"00_pl.txt": """Cztery doby bez prądu w gminie Brzezinowo. „Nikt do nas nie przyjechał"
Gazeta Wyborcza
8 lutego 2027 | 06:00

Około 11 tys. gospodarstw domowych w gminie Brzezinowo przez cztery doby nie miało prądu po tym, jak w nocy ze środy na czwartek marznący deszcz i wichura połamały drzewa na liniach średniego napięcia. Nasz reporter spędził sobotę w najbardziej poszkodowanych wsiach — Olchowej Woli i Kępach Małych.

Mieszkańcy grzali się przy piecach kaflowych, a wodę nosili z remizy, bo bez prądu nie działały hydrofory. — Trzy dni siedziałam przy świeczce. Nikt do nas nie przyjechał, nikt nawet nie zadzwonił — powiedziała nam 78-letnia Halina Wróblewska z Olchowej Woli.

Operator sieci, Wschodnia Sieć Dystrybucyjna (WSD), obiecał gminie dziewięć agregatów prądotwórczych. Jak ustaliliśmy, do Brzezinowa dotarły tylko dwa; oba trafiły do ośrodka zdrowia i szkoły. — Dzwoniłem do WSD po kilkanaście razy dziennie. Słyszałem tylko, że „ekipy są w drodze" — mówi „Wyborczej" wójt Grzegorz Pietrasik.

Rzeczniczka WSD Aneta Kulesza przyznała w rozmowie z nami, że pierwsze brygady dotarły do gminy dopiero w drugiej dobie od awarii. — Skala zniszczeń przerosła nasze możliwości. Mieliśmy ponad 400 uszkodzeń w całym regionie jednocześnie — tłumaczyła.

Prąd wrócił do ostatnich domów w niedzielę wieczorem. Wójt zapowiada, że gmina wystąpi do operatora o odszkodowania dla mieszkańców, a radni chcą kupić własne agregaty. W 2021 r. podobna awaria w sąsiednim powiecie skończyła się kontrolą regulatora.
""",
"01_uk.txt": """Чотири доби без світла в гміні Бжезиново: «До нас ніхто не приїхав»
09.02.2027 08:40

Близько 11 тисяч домогосподарств у гміні Бжезиново на сході Польщі чотири доби були без електроенергії після того, як у ніч із середи на четвер крижаний дощ і буревій повалили дерева на лінії середньої напруги. Наш репортер провів суботу в найбільш постраждалих селах — Ольховій Волі та Кемпах Малих.

Мешканці грілися біля кахляних печей, а воду носили з пожежного депо, бо без струму не працювали насоси. «Три дні сиділа при свічці. До нас ніхто не приїхав, ніхто навіть не подзвонив», — розповіла нам 78-річна Галина Врублевська з Ольхової Волі.

Оператор мережі Wschodnia Sieć Dystrybucyjna (WSD) пообіцяв гміні дев'ять генераторів. Як ми з'ясували, до Бжезинова доїхали лише два; обидва потрапили до амбулаторії та школи. «Я дзвонив до WSD по кільканадцять разів на день. Чув лише, що "бригади вже в дорозі"», — каже нашому виданню війт Гжегож Петрасик.

Речниця WSD Анета Кулеша визнала в розмові з нами, що перші бригади дісталися гміни лише на другу добу після аварії. «Масштаб руйнувань перевищив наші можливості. Ми мали понад 400 пошкоджень у всьому регіоні одночасно», — пояснила вона.

Світло повернулося до останніх будинків у неділю ввечері. Війт заявляє, що гміна вимагатиме від оператора компенсацій для мешканців, а депутати хочуть купити власні генератори. У 2021 році схожа аварія в сусідньому повіті закінчилася перевіркою регулятора.
""",
"02_de.txt": """Polen: Vier Tage ohne Strom – und nur zwei von neun Notstromaggregaten
Süddeutsche Zeitung
9. Februar 2027, 11:02 Uhr

Nach einem Eissturm sind in der ostpolnischen Gemeinde Brzezinowo rund 11 000 Haushalte vier Tage lang ohne Strom gewesen. Das berichtet die polnische Tageszeitung Gazeta Wyborcza, deren Reporter am Wochenende die am stärksten betroffenen Dörfer besucht hat.

Gefrierender Regen und Sturmböen hatten in der Nacht zum Donnerstag Bäume auf Mittelspannungsleitungen stürzen lassen. Die Bewohner heizten mit Kachelöfen und holten Wasser bei der Feuerwehr, weil ohne Strom die Pumpen stillstanden. „Drei Tage saß ich bei Kerzenlicht. Niemand ist zu uns gekommen", sagte eine 78-jährige Frau aus dem Dorf Olchowa Wola der Warschauer Zeitung.

Der Netzbetreiber Wschodnia Sieć Dystrybucyjna (WSD) hatte der Gemeinde neun Notstromaggregate zugesagt, angekommen sind dem Blatt zufolge nur zwei. Eine Sprecherin des Unternehmens räumte gegenüber der Wyborcza ein, dass die ersten Reparaturtrupps erst am zweiten Tag nach dem Sturm eintrafen. Man habe in der Region mehr als 400 Schäden gleichzeitig gehabt.

Der Vorsteher der Gemeinde, Grzegorz Pietrasik, will nun Entschädigungen für die Bewohner fordern. Am Sonntagabend hatten die letzten Häuser wieder Strom.

Polens Stromnetz gilt vor allem auf dem Land als anfällig, weil viele Mittelspannungsleitungen als Freileitungen durch Wälder führen. Fachleute fordern seit Jahren, mehr Leitungen unter die Erde zu verlegen.
""",
"03_en.txt": """Polish villagers spent four days without power after ice storm, with two of nine promised generators
The Independent
Monday 08 February 2027 18:30 GMT

Around 11,000 households in a rural district of eastern Poland were left without electricity for four days after an ice storm brought down power lines, Polish daily Gazeta Wyborcza has reported.

A reporter for the paper visited the worst-hit villages in the Brzezinowo commune on Saturday, where residents were heating their homes with tiled stoves and fetching water from the local fire station because electric pumps had stopped working. "For three days I sat by candlelight. Nobody came to us, nobody even phoned," 78-year-old Halina Wróblewska told Wyborcza.

The grid operator, Wschodnia Sieć Dystrybucyjna, had promised the commune nine emergency generators, but only two arrived, according to the newspaper. Both went to a health centre and a school.

A spokeswoman for the company, Aneta Kulesza, admitted to the paper that the first repair crews only reached the area on the second day after the storm. "The scale of the damage was beyond our capacity. We had more than 400 faults across the region at the same time," she was quoted as saying.

The local mayor, Grzegorz Pietrasik, said he had called the operator more than a dozen times a day and was told only that crews were "on their way". Power was restored to the last homes on Sunday evening.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_uk.txt"), ("Gazeta Wyborcza", "02_de.txt"), ("Gazeta Wyborcza", "03_en.txt")],
[("About 11,000 households in the Brzezinowo commune were without power for four days after an ice storm.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 1),
 ("The grid operator WSD promised the commune nine emergency generators but only two arrived.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 1),
 ("A WSD spokeswoman admitted that the first repair crews reached the area only on the second day, citing more than 400 faults across the region.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 1)])

# e04: chain Суспільне -> Rzeczpospolita -> De Standaard, La Vanguardia. Own "Це з'ясували
# журналісти Суспільного" + "Кореспондентка Суспільного … побачила" + "підтвердив Суспільному";
# pl "ustalił ukraiński nadawca publiczny Suspilne" + "Reporterka Suspilnego" + "dziennikarze
# ukraińskiej telewizji publicznej" (Polish case forms); nl "Dat meldt de Poolse krant
# Rzeczpospolita, die zich baseert op … de Oekraïense openbare omroep Suspilne" + "Volgens de Poolse
# krant" + "schrijft Rzeczpospolita"; es only "según publica … el diario polaco Rzeczpospolita" + "de
# acuerdo con el rotativo de Varsovia" + "recoge el periódico".
story("e04_suspilne_transformer_chain", "chain", {
"00_uk.txt": """Верболозів 30 годин був без світла, а резервний трансформатор за 41 млн грн стояв на складі
Суспільне
15 лютого 2027, 19:40

Верболозів, де мешкає близько 80 тисяч людей, у ніч на 12 лютого на 30 годин залишився без електропостачання після аварії на підстанції «Верболозів-2». Водночас резервний трансформатор, який енергокомпанія придбала ще у 2025 році за 41 мільйон гривень, весь цей час стояв на складі в селі Лугове. Це з'ясували журналісти Суспільного.

Кореспондентка Суспільного Олена Гайдамаха побувала на складі й побачила трансформатор — досі в заводській упаковці, з табличкою постачальника та датою відвантаження: травень 2025 року. Згідно з тендерними документами, які проаналізувало Суспільне, обладнання призначалося саме для підстанції «Верболозів-2» як резерв на випадок аварії.

Технічний директор Середньобузької енергетичної компанії Іван Стельмах підтвердив Суспільному, що трансформатор не встановили. «Не було затвердженого проєкту підключення, а без нього ми не мали права монтувати обладнання», — сказав він. За його словами, проєкт мають погодити «найближчими тижнями».

Під час знеструмлення в місті не працювали водоканал і котельні, лікарня перейшла на генератори, а в багатоповерхівках зупинилися ліфти. Міська голова Верболозова Тетяна Рудь у коментарі Суспільному назвала ситуацію «злочинною недбалістю» і заявила, що міська рада звернеться до правоохоронців.

Аварійні бригади відновили живлення ввечері 13 лютого, підключивши місто до сусідньої підстанції за тимчасовою схемою.
""",
"01_pl.txt": """Ukraińskie miasto 30 godzin bez prądu. Zapasowy transformator stał w magazynie
Rzeczpospolita
16.02.2027 07:15

Liczące ok. 80 tys. mieszkańców ukraińskie miasto Werbołoziw było przez 30 godzin pozbawione prądu po awarii stacji elektroenergetycznej, choć zapasowy transformator kupiony w 2025 r. za 41 mln hrywien od półtora roku stał w magazynie — ustalił ukraiński nadawca publiczny Suspilne.

Reporterka Suspilnego odwiedziła magazyn we wsi Łuhowe i zobaczyła urządzenie wciąż w fabrycznym opakowaniu. Z dokumentów przetargowych, do których dotarli dziennikarze ukraińskiej telewizji publicznej, wynika, że transformator miał służyć jako rezerwa właśnie dla stacji Werbołoziw-2, która uległa awarii w nocy z 11 na 12 lutego.

Dyrektor techniczny regionalnej spółki energetycznej Iwan Stelmach przyznał w rozmowie z ukraińskimi dziennikarzami, że urządzenia nie zamontowano, bo „nie było zatwierdzonego projektu przyłączenia". Mer miasta Tetiana Rud nazwała sprawę „przestępczym zaniedbaniem" i zapowiedziała zawiadomienie organów ścigania.

Podczas blackoutu w mieście nie działały wodociągi ani kotłownie, a szpital przeszedł na zasilanie awaryjne. Prąd przywrócono wieczorem 13 lutego dzięki tymczasowemu podłączeniu do sąsiedniej stacji.

Jak pisaliśmy w styczniu, na braki w zapasach sprzętu skarżą się też inne ukraińskie spółki dystrybucyjne.
""",
"02_nl.txt": """Oekraïense stad dertig uur zonder stroom terwijl reservetransformator in magazijn stond
De Standaard
16 februari 2027 om 13.20 uur

De Oekraïense stad Verboloziv, met zo'n 80.000 inwoners, heeft dertig uur zonder elektriciteit gezeten terwijl een reservetransformator al anderhalf jaar ongebruikt in een magazijn stond. Dat meldt de Poolse krant Rzeczpospolita, die zich baseert op een onderzoek van de Oekraïense openbare omroep Suspilne.

Volgens de Poolse krant kocht het regionale energiebedrijf het toestel in 2025 voor 41 miljoen hryvnja, omgerekend bijna een miljoen euro. Het was bedoeld als reserve voor precies het onderstation dat op 12 februari uitviel. Een verslaggeefster zag de transformator nog in de fabrieksverpakking staan, schrijft Rzeczpospolita.

De technisch directeur van het bedrijf erkende dat het toestel nooit werd geïnstalleerd, omdat er "geen goedgekeurd aansluitingsproject" was. De burgemeester van de stad spreekt van "misdadige nalatigheid" en stapt naar het gerecht.

Tijdens de stroomonderbreking vielen in Verboloziv de waterzuivering en de verwarmingscentrales uit en moest het ziekenhuis overschakelen op noodgeneratoren. Pas op de avond van 13 februari kwam de stroom terug, via een tijdelijke aansluiting op een naburig onderstation.

Oekraïense energiebedrijven kampen al jaren met achterstallig onderhoud aan hun netten.
""",
"03_es.txt": """Una ciudad ucraniana pasó 30 horas sin luz mientras un transformador de reserva esperaba en un almacén
La Vanguardia
16/02/2027 17:05

Una ciudad ucraniana de unos 80.000 habitantes, Verbolóziv, permaneció 30 horas sin electricidad tras una avería en una subestación, pese a que la compañía eléctrica regional tenía desde 2025 un transformador de reserva guardado en un almacén, según publica este martes el diario polaco Rzeczpospolita.

El equipo, adquirido por 41 millones de grivnas (cerca de un millón de euros), seguía en su embalaje de fábrica, de acuerdo con el rotativo de Varsovia. Estaba destinado precisamente a la subestación Verbolóziv-2, que falló en la noche del 12 de febrero.

El director técnico de la compañía, Iván Stelmaj, admitió que el transformador no llegó a instalarse porque "no había un proyecto de conexión aprobado", recoge el periódico. La alcaldesa, Tetiana Rud, lo calificó de "negligencia criminal" y anunció que acudirá a la justicia.

Durante el apagón dejaron de funcionar el suministro de agua y las calderas de la calefacción urbana, y el hospital tuvo que recurrir a generadores. La luz volvió la noche del 13 de febrero gracias a una conexión provisional con una subestación vecina.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_pl.txt"), ("Rzeczpospolita", "02_nl.txt"), ("Rzeczpospolita", "03_es.txt")],
[("The Ukrainian city of Verboloziv, about 80,000 residents, was without power for 30 hours after a substation failure.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt"], 1),
 ("A reserve transformer bought in 2025 for 41 million hryvnias stood unused in its factory packaging in a warehouse.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt"], 1),
 ("The company's technical director said the transformer was not installed because there was no approved connection project.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt"], 1)])

# e05: El País's own report (internal documents + two anonymous executives); Público relays it
# ("noticiou … o diário El País" + "Segundo o jornal madrileno" + "O documento citado pelo diário
# espanhol") and adds its own confirmation ("Contactada pelo PÚBLICO, a filial portuguesa …
# confirmou" + "afirmou ao PÚBLICO") = two roots; plain relays en "El País reported" + "The
# Madrid-based newspaper said" + "the paper"; de "Wie die spanische Zeitung »El País« berichtet" +
# "Das Blatt beruft sich auf" + "bestätigten der Zeitung" + an unanswered SPIEGEL enquiry.
story("e05_ondagas_surcharge_confirmation", "confirmation", {
"00_es.txt": """Ondagas cobrará un recargo de 7,40 euros al mes a 1,9 millones de hogares a partir de abril
El País
Madrid - 24 feb 2027 - 05:40 CET

La distribuidora de gas Ondagas aplicará a partir del 1 de abril un nuevo "cargo por capacidad" de 7,40 euros mensuales a sus 1,9 millones de clientes domésticos en España, según documentos internos de la compañía a los que ha tenido acceso EL PAÍS. El recargo supondrá unos 89 euros más al año por hogar.

Los documentos, una presentación al comité de dirección fechada el 2 de febrero, justifican la medida por la necesidad de financiar un plan de renovación de la red de 310 millones de euros hasta 2030, que incluye la sustitución de 1.400 kilómetros de tuberías de fundición. La empresa prevé ingresar con el cargo unos 170 millones de euros anuales.

Dos directivos de Ondagas consultados por este periódico, que pidieron el anonimato, confirman que las cartas a los clientes se enviarán "en la primera quincena de marzo". Uno de ellos reconoce que internamente se debatió un importe menor, de 5 euros, que se descartó por insuficiente.

La presentación no aclara si el recargo se aplicará también en Portugal, donde la empresa abastece a unos 240.000 hogares a través de su filial.

Preguntada por EL PAÍS, la compañía no quiso hacer comentarios. Varias asociaciones de consumidores han anunciado que estudiarán si el nuevo cargo es compatible con los contratos vigentes. En 2023, otra subida de tarifas de la distribuidora acabó en los tribunales.
""",
"01_pt.txt": """Ondagás confirma ao PÚBLICO nova taxa mensal também para clientes portugueses
Público
24 de Fevereiro de 2027, 13:05

A distribuidora de gás espanhola Ondagas vai cobrar a partir de abril um novo "encargo de capacidade" de 7,40 euros por mês aos seus 1,9 milhões de clientes domésticos em Espanha, noticiou esta quarta-feira o diário El País, que teve acesso a documentos internos da empresa. Segundo o jornal madrileno, a empresa espera arrecadar cerca de 170 milhões de euros por ano com a nova taxa.

O documento citado pelo diário espanhol não esclarecia se o encargo chegaria a Portugal. Contactada pelo PÚBLICO, a filial portuguesa, Ondagás Portugal, confirmou que a taxa será também aplicada aos cerca de 240 mil clientes domésticos portugueses, mas só a partir de 1 de maio e com um valor de 6,90 euros mensais.

"A modernização da rede é um investimento que beneficia todos os clientes, em Espanha e em Portugal", afirmou ao PÚBLICO a porta-voz da empresa, Inês Valadares, acrescentando que as cartas aos clientes portugueses "seguirão ao longo de março".

Para uma família que pague o encargo durante um ano inteiro, a fatura do gás sobe cerca de 83 euros. Em Espanha, onde a taxa é mais alta, o aumento anual ronda os 89 euros.

A Ondagas entrou no mercado português em 2016, com a compra de uma pequena distribuidora regional, e é hoje a terceira maior empresa do setor no país.
""",
"02_en.txt": """Spanish gas distributor Ondagas to add monthly charge for 1.9mn households
Financial Times
February 24 2027

Ondagas, one of Spain's largest gas distributors, plans to introduce a monthly "capacity charge" of €7.40 for its 1.9mn household customers from April, El País reported on Wednesday.

The Madrid-based newspaper said internal documents showed the charge was intended to help finance a €310mn network renewal plan running to 2030, including the replacement of 1,400km of cast-iron pipes. The levy would raise about €170mn a year, according to the documents, which the paper said had been presented to Ondagas's management committee on February 2.

Two executives quoted anonymously by El País said letters informing customers would go out in the first half of March. One of them said a lower charge of €5 had been discussed internally but rejected as insufficient.

Ondagas declined to comment when contacted by the Financial Times.

Consumer associations have said they will examine whether the new charge is compatible with existing contracts, the paper added. Gas network charges have been a sensitive issue in Spain, where regulated tariffs make up a large share of household bills.
""",
"03_de.txt": """Spanischer Gasversorger plant Zusatzgebühr für fast zwei Millionen Haushalte
Der Spiegel
24.02.2027, 18.32 Uhr

Kunden des spanischen Gasverteilers Ondagas müssen sich auf höhere Rechnungen einstellen. Wie die spanische Zeitung »El País« berichtet, will das Unternehmen von April an eine neue »Kapazitätsgebühr« von 7,40 Euro im Monat erheben. Betroffen wären 1,9 Millionen Haushalte in Spanien, aufs Jahr gerechnet sind das rund 89 Euro zusätzlich.

Das Blatt beruft sich auf interne Unterlagen, eine Präsentation für die Geschäftsleitung vom 2. Februar. Demnach soll die Gebühr einen Plan zur Erneuerung des Gasnetzes finanzieren, der bis 2030 rund 310 Millionen Euro kosten soll. Unter anderem sollen 1400 Kilometer alte Gussrohre ersetzt werden. Jährlich soll die Gebühr rund 170 Millionen Euro einbringen.

Zwei Manager bestätigten der Zeitung anonym, dass die Kunden in der ersten Märzhälfte per Brief informiert werden sollen. Intern sei auch ein niedrigerer Betrag von fünf Euro im Gespräch gewesen, der aber als zu gering verworfen worden sei, heißt es in dem Bericht.

Ondagas ließ eine SPIEGEL-Anfrage bis zum Abend unbeantwortet. Verbraucherschützer in Spanien kündigten an, die Rechtmäßigkeit der Gebühr prüfen zu wollen. Netzentgelte machen dort schon heute einen erheblichen Teil der Gasrechnung privater Haushalte aus.
""",
}, [("El País", True), ("Público", True)],
[("El País", "01_pt.txt"), ("El País", "02_en.txt"), ("El País", "03_de.txt")],
[("From April Ondagas will charge a capacity fee of 7.40 euros a month to its 1.9 million household customers in Spain.",
  ["00_es.txt", "01_pt.txt", "02_en.txt", "03_de.txt"], 2),
 ("Ondagás Portugal confirmed the charge will also apply to about 240,000 Portuguese household customers from 1 May, at 6.90 euros a month.",
  ["01_pt.txt"], 2),
 ("The charge is meant to finance a 310-million-euro network renewal plan to 2030, including replacing 1,400 km of cast-iron pipes.",
  ["00_es.txt", "02_en.txt", "03_de.txt"], 1)])

# e06: the grid company head's own Facebook post, taken directly by all five: uk "Про це він
# написав у Facebook" + "йдеться в дописі"; pl "Poinformował o tym … we wpisie na Facebooku"; nl
# "Dat schreef hij … op Facebook" + "aldus Kovtoenets in zijn bericht"; es "Lo anunció … en una
# publicación en Facebook"; pt "O anúncio foi feito pelo próprio numa publicação no Facebook".
# Background mentions (УП's own 2024 report, Ekonomitsjna Pravda in 2024) give no edge.
story("e06_kovtunets_facebook_resignation", "social_post", {
"00_uk.txt": """Голова «Бузькобленерго» Ковтунець пішов у відставку після чотириденного блекауту
Українська правда
Понеділок, 1 березня 2027, 09:47

Голова правління АТ «Бузькобленерго» Андрій Ковтунець заявив про відставку після того, як через негоду десятки тисяч родин у Надбужжі чотири доби залишалися без світла. Про це він написав у Facebook у понеділок зранку.

«Сьогодні я подав наглядовій раді заяву про складення повноважень. Люди в Надбужжі чотири доби жили без світла, і відповідальність за це лежить на мені як на керівникові. Жодні пояснення про силу вітру цього не змінюють», — йдеться в дописі.

За словами Ковтунця, станом на ранок понеділка без електропостачання залишаються близько 18 тисяч абонентів. «Бригади працюватимуть, доки не буде підключено останній будинок», — наголосив він.

Також посадовець пообіцяв компенсацію: кожне домогосподарство, яке було знеструмлене понад 72 години, отримає 1500 гривень. «Це не відшкодує всього, але це мінімум, який ми зобов'язані зробити», — написав Ковтунець.

Ураганний вітер 25 лютого пошкодив понад 300 ліній електропередачі в регіоні; у піковий момент без світла були 146 тисяч споживачів. Як писала УП, у 2024 році «Бузькобленерго» вже штрафували за затягування ремонтів.
""",
"01_pl.txt": """Ukraina. Prezes spółki energetycznej odchodzi po czterech dobach bez prądu. „Odpowiedzialność spoczywa na mnie"
Onet
1 marca 2027 11:20

Prezes ukraińskiej spółki energetycznej Buzkobłenerho Andrij Kowtunec podał się do dymisji po tym, jak dziesiątki tysięcy rodzin w regionie Nadbuża przez cztery doby pozostawały bez prądu. Poinformował o tym w poniedziałek rano we wpisie na Facebooku.

„Dziś złożyłem radzie nadzorczej rezygnację. Ludzie w Nadbużu przez cztery doby żyli bez światła i odpowiedzialność za to spoczywa na mnie jako na szefie. Żadne tłumaczenia o sile wiatru tego nie zmieniają" — napisał Kowtunec.

Według prezesa w poniedziałek rano bez zasilania wciąż pozostawało ok. 18 tys. odbiorców. Zapewnił, że ekipy będą pracować, „dopóki nie zostanie podłączony ostatni dom".

Kowtunec zapowiedział też rekompensaty: każde gospodarstwo domowe, które nie miało prądu dłużej niż 72 godziny, otrzyma 1500 hrywien (ok. 140 zł). „To nie wynagrodzi wszystkiego, ale to minimum, do którego jesteśmy zobowiązani" — dodał.

Wichura, która 25 lutego przeszła nad regionem, uszkodziła ponad 300 linii energetycznych. W szczytowym momencie bez prądu było 146 tys. odbiorców. Nadbuże to jeden z najbardziej zalesionych regionów kraju, a większość tamtejszych linii średniego napięcia to linie napowietrzne.
""",
"02_nl.txt": """Topman Oekraïens energiebedrijf stapt op via Facebook na vier dagen stroomuitval
de Volkskrant
1 maart 2027, 14:02

De topman van het Oekraïense regionale energiebedrijf Boezkoblenerho, Andri Kovtoenets, is opgestapt nadat tienduizenden gezinnen in de regio Nadboezja vier dagen zonder stroom zaten. Dat schreef hij maandagochtend op Facebook.

'Vandaag heb ik bij de raad van commissarissen mijn ontslag ingediend', aldus Kovtoenets in zijn bericht. 'De mensen in Nadboezja hebben vier dagen zonder licht geleefd, en de verantwoordelijkheid daarvoor ligt bij mij als leidinggevende. Geen enkele uitleg over de kracht van de wind verandert dat.'

Maandagochtend zaten volgens Kovtoenets nog zo'n 18.000 aansluitingen zonder stroom. Huishoudens die langer dan 72 uur zonder elektriciteit zaten, krijgen een vergoeding van 1500 hryvnja, omgerekend ruim 30 euro, schrijft hij. 'Dat maakt niet alles goed, maar het is het minimum dat we verplicht zijn.'

Een orkaanachtige storm beschadigde op 25 februari meer dan driehonderd stroomlijnen in de regio. Op het hoogtepunt zaten 146.000 klanten zonder stroom.

Het is zeldzaam dat een Oekraïense bestuurder zo openlijk de schuld op zich neemt. In 2024 schreef de Oekraïense nieuwssite Ekonomitsjna Pravda al over achterstallig onderhoud bij het bedrijf.
""",
"03_es.txt": """Dimite por Facebook el jefe de una eléctrica ucraniana tras cuatro días de apagón
El Mundo
Lunes, 1 marzo 2027 - 15:10

El presidente de la compañía eléctrica regional ucraniana Buzkoblenergo, Andrii Kovtunets, ha presentado su dimisión después de que decenas de miles de familias de la región de Nadbuzhia pasaran cuatro días sin luz. Lo anunció este lunes por la mañana en una publicación en Facebook.

"Hoy he presentado al consejo de supervisión mi renuncia. La gente de Nadbuzhia ha vivido cuatro días sin luz, y la responsabilidad es mía como directivo. Ninguna explicación sobre la fuerza del viento cambia eso", escribió Kovtunets.

Según el directivo, el lunes por la mañana seguían sin suministro unos 18.000 abonados. En su mensaje prometió además una compensación de 1.500 grivnas (unos 33 euros) a cada hogar que haya estado más de 72 horas sin electricidad.

Las brigadas, aseguró, seguirán trabajando "hasta que se conecte la última casa". La dimisión debe ser aceptada por el consejo de supervisión de la empresa, que todavía no se ha pronunciado.

El temporal del 25 de febrero dañó más de 300 líneas eléctricas en la región y llegó a dejar sin corriente a 146.000 clientes.
""",
"04_pt.txt": """Presidente de elétrica ucraniana demite-se no Facebook após quatro dias de apagão
RTP Notícias
01 Mar 2027, 16:45

O presidente da empresa regional de eletricidade ucraniana Buzkoblenergo, Andrii Kovtunets, demitiu-se depois de dezenas de milhares de famílias da região de Nadbujia terem ficado quatro dias sem luz. O anúncio foi feito pelo próprio numa publicação no Facebook, esta segunda-feira de manhã.

"Hoje entreguei ao conselho de supervisão o meu pedido de renúncia. As pessoas de Nadbujia viveram quatro dias sem luz e a responsabilidade é minha, enquanto responsável máximo. Nenhuma explicação sobre a força do vento muda isso", escreveu o gestor.

Na mesma publicação, Kovtunets indicou que na manhã de segunda-feira ainda havia cerca de 18 mil clientes sem eletricidade e prometeu uma compensação de 1.500 grívnias a cada agregado familiar que tenha ficado mais de 72 horas sem corrente. "Isto não compensa tudo, mas é o mínimo que somos obrigados a fazer", acrescentou.

A tempestade de 25 de fevereiro danificou mais de 300 linhas elétricas na região. No pico, 146 mil clientes estiveram sem abastecimento.
""",
}, [("Andrii Kovtunets", False)],
[("Andrii Kovtunets", "00_uk.txt"), ("Andrii Kovtunets", "01_pl.txt"), ("Andrii Kovtunets", "02_nl.txt"),
 ("Andrii Kovtunets", "03_es.txt"), ("Andrii Kovtunets", "04_pt.txt")],
[("Andrii Kovtunets, head of Buzkoblenerho, resigned after a four-day blackout and announced it on Facebook.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt", "04_pt.txt"], 1),
 ("About 18,000 customers were still without power on Monday morning.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt", "04_pt.txt"], 1),
 ("Every household without power for more than 72 hours will receive 1,500 hryvnias in compensation.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_es.txt", "04_pt.txt"], 1)])

# e07: two independent roots: Handelsblatt's own report (board paper seen by the paper +
# supervisory-board sources) and Reuters (only credited, not in the corpus). FD credits both ("Dat
# melden persbureau Reuters en de Duitse zakenkrant Handelsblatt" + "Volgens het persbureau" + "De
# Duitse krant schrijft"; an unanswered FD request adds nothing); Jornal de Negócios (no date line)
# credits only Reuters ("avança a agência Reuters, citando três fontes" + "segundo a agência" + "a
# agência de notícias"); Економічна правда credits only Handelsblatt (headline "– Handelsblatt" +
# "пише німецьке ділове видання Handelsblatt" + "За даними видання" + "журналістам газети").
story("e07_vestrand_sale_two_roots", "two_roots", {
"00_de.txt": """Vestrand will Niederlande-Geschäft für mehr als eine Milliarde Euro verkaufen
Handelsblatt
04.03.2027 - 16:40 Uhr

Der Energieversorger Vestrand Energie trennt sich von seinem Endkundengeschäft in den Niederlanden. Der Aufsichtsrat soll am 12. März über den Verkauf der Tochter Vestrand Energie Nederland entscheiden, die rund 620.000 Haushalte mit Strom und Gas beliefert. Das geht aus einer Vorstandsvorlage hervor, die dem Handelsblatt vorliegt. Der Kaufpreis soll demnach „deutlich über einer Milliarde Euro" liegen.

Mehrere Personen aus dem Umfeld des Aufsichtsrats bestätigten dem Handelsblatt die Pläne. „Das Niederlande-Geschäft bindet Kapital, das wir zu Hause dringend brauchen", sagte ein Aufsichtsratsmitglied, das nicht namentlich genannt werden wollte. Der Name des Käufers geht aus der Vorlage nicht hervor; die Verhandlungen seien aber „weit fortgeschritten".

Den Erlös will Vestrand laut dem Papier vor allem in den Ausbau seiner Wärme- und Verteilnetze in Norddeutschland stecken. Bis 2032 plant der Konzern dort Investitionen von 4,5 Milliarden Euro.

Ein Vestrand-Sprecher wollte sich auf Anfrage nicht äußern und verwies auf „laufende Prozesse". Das Niederlande-Geschäft hatte Vestrand 2019 übernommen; seit der Energiekrise schreibt es Verluste. 2025 lag der operative Verlust der Sparte bei 74 Millionen Euro.
""",
"01_nl.txt": """Duitse Vestrand verkoopt Nederlandse energietak aan Noorderlicht
Het Financieele Dagblad
5 maart 2027

Het Duitse energiebedrijf Vestrand Energie staat op het punt zijn Nederlandse leveringsbedrijf, dat zo'n 620.000 huishoudens van stroom en gas voorziet, voor ruim een miljard euro te verkopen. Dat melden persbureau Reuters en de Duitse zakenkrant Handelsblatt.

Volgens het persbureau, dat zich baseert op drie ingewijden, is Vestrand in vergevorderde onderhandelingen met de Nederlandse energieleverancier Noorderlicht Energie. Een akkoord zou binnen enkele weken kunnen worden aangekondigd, aldus de bronnen van het persbureau.

De Duitse krant schrijft op basis van een interne vorstandsnotitie dat Vestrand de opbrengst wil gebruiken voor de uitbreiding van warmtenetten en stroomnetten in Noord-Duitsland.

Vestrand en Noorderlicht wilden tegenover het FD niet reageren. Voor de Nederlandse klanten verandert er volgens Reuters voorlopig niets: hun contracten lopen gewoon door.

De Nederlandse tak van Vestrand, in 2019 overgenomen, lijdt sinds de energiecrisis verlies. Noorderlicht groeide de afgelopen jaren snel door overnames van kleinere leveranciers en zou met de deal een van de grootste energieleveranciers van het land worden.
""",
"02_pt.txt": """Alemã Vestrand negoceia venda do negócio nos Países Baixos por mais de mil milhões
Jornal de Negócios

A elétrica alemã Vestrand Energie está em negociações avançadas para vender a sua operação de retalho nos Países Baixos, que fornece eletricidade e gás a cerca de 620 mil famílias, à comercializadora neerlandesa Noorderlicht Energie, avança a agência Reuters, citando três fontes próximas do processo.

O negócio poderá valer mais de mil milhões de euros, segundo a agência. De acordo com as mesmas fontes, um acordo poderá ser anunciado nas próximas semanas, embora as conversações ainda possam falhar.

A Vestrand comprou a operação neerlandesa em 2019 e, desde a crise energética, a unidade acumula prejuízos. A venda insere-se numa estratégia de concentração no mercado alemão, refere a agência de notícias.

Para os clientes neerlandeses nada muda para já: os contratos em vigor mantêm-se, de acordo com a Reuters.

O setor energético europeu tem assistido a várias operações de consolidação no retalho, à medida que as elétricas procuram reduzir a exposição a mercados onde perderam dinheiro durante a crise de preços de 2022.
""",
"03_uk.txt": """Німецька Vestrand продає бізнес у Нідерландах за понад мільярд євро – Handelsblatt
Економічна правда
5 березня 2027, 10:05

Німецька енергокомпанія Vestrand Energie готує продаж свого підрозділу в Нідерландах, який постачає електроенергію та газ приблизно 620 тисячам домогосподарств. Про це пише німецьке ділове видання Handelsblatt з посиланням на внутрішній документ правління.

За даними видання, наглядова рада Vestrand має ухвалити рішення щодо продажу 12 березня, а ціна угоди становитиме «значно більше за мільярд євро». Ім'я покупця в документі не називається.

Виручені кошти компанія планує спрямувати насамперед на розбудову теплових і розподільчих мереж на півночі Німеччини, де до 2032 року збирається інвестувати 4,5 млрд євро, пише Handelsblatt.

Один із членів наглядової ради, який побажав залишитися анонімним, сказав журналістам газети: «Нідерландський бізнес зв'язує капітал, якого нам гостро бракує вдома».

Речник Vestrand відмовився від коментарів німецькій газеті, пославшись на «поточні процеси».

Vestrand придбала нідерландський підрозділ 2019 року; після енергетичної кризи він працює зі збитками. У 2025 році операційний збиток підрозділу становив 74 млн євро. Ринок роздрібного постачання енергії в Нідерландах останніми роками помітно консолідується: дрібні постачальники або закриваються, або переходять до більших гравців.
""",
}, [("Handelsblatt", True), ("Reuters", False)],
[("Handelsblatt", "01_nl.txt"), ("Reuters", "01_nl.txt"), ("Reuters", "02_pt.txt"), ("Handelsblatt", "03_uk.txt")],
[("Vestrand Energie is preparing to sell its Dutch retail business, which supplies about 620,000 households, for more than one billion euros.",
  ["00_de.txt", "01_nl.txt", "02_pt.txt", "03_uk.txt"], 2),
 ("Vestrand is in advanced talks to sell the business to the Dutch supplier Noorderlicht Energie.",
  ["01_nl.txt", "02_pt.txt"], 2),
 ("Vestrand wants to spend the proceeds on expanding heat and distribution networks in northern Germany.",
  ["00_de.txt", "01_nl.txt", "03_uk.txt"], 2),
 ("Vestrand's supervisory board is to decide on the sale on 12 March.",
  ["00_de.txt", "03_uk.txt"], 1)])


def check():
    """Consistency checks of the labels against the texts' layout (not against any program)."""
    ids = set()
    for id, scen, arts, origins, relays, claims in S:
        assert id not in ids; ids.add(id)
        langs = {f[3:5] for f in arts}
        assert len(langs) >= 3, id
        oname = {n for n, _ in origins}
        outlet = {}
        for f, t in arts.items():
            lines = t.split("\n")
            words = len(t.split())
            body = "\n".join(lines[3:])
            assert 150 <= len(body.split()) <= 350, (id, f, len(body.split()))
            outlet[f] = lines[1]
        for n, inc in origins:
            if inc:
                assert n in outlet.values(), (id, n)
        for o, a in relays:
            assert a in arts, (id, a)
            assert o in oname or o in outlet.values(), (id, o)
        def roots(a, seen=()):
            r = set()
            if outlet[a] in oname and dict(origins)[outlet[a]]:
                r.add(outlet[a])
            for o, b in relays:
                if b != a:
                    continue
                if o in oname and not dict(origins)[o]:
                    r.add(o)
                else:
                    src = [f for f in arts if outlet[f] == o]
                    assert src, (id, o)
                    for f in src:
                        if f not in seen:
                            r |= roots(f, seen + (a,))
            return r
        for f in arts:
            assert roots(f), (id, f)
        for text, cas, n in claims:
            rs = set()
            for a in cas:
                assert a in arts, (id, a)
                rs |= roots(a)
            assert len(rs) == n, (id, text, rs, n)


def main():
    check()
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scen, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for f, t in arts.items():
            with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                fh.write(t)
        out.append({
            "id": id,
            "scenario": scen,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": inc} for n, inc in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"about": "Hand-written provenance test set 172 (invented events, real outlet names); see README.md.",
                   "stories": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(len(a) for _, _, a, _, _, _ in S)
    print(f"{len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
