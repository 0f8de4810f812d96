#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand124 set (automotive; all
events, companies, people, figures and quotes invented; media and institution names are real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside agency Bloomberg (people familiar = Bloomberg's sources) relayed 4x:
# pt "avançada ... pela agência Bloomberg, que cita" + "Segundo a agência norte-americana" +
# "Contactada pela Bloomberg"; de "Das berichtet die Finanznachrichtenagentur Bloomberg unter
# Berufung auf" + "Wie Bloomberg weiter berichtet" + "gegenüber der Agentur"; it "Lo riferisce
# Bloomberg, che cita" + "Secondo l'agenzia" + "Interpellata dall'agenzia"; fr (no date line)
# "..., selon Bloomberg" + "rapporte l'agence" + "auprès de Bloomberg" + "souligne Bloomberg".
story("t01_agency_corvane_ovar", "agency", {
"00_pt.txt": """Corvane prepara fecho da fábrica de Ovar, avança a Bloomberg
Jornal de Negócios
02.03.2027 09:41

O grupo automóvel franco-italiano Corvane está a preparar o encerramento da sua fábrica de Ovar, onde trabalham cerca de 2.100 pessoas, até ao final de 2028. A notícia foi avançada esta terça-feira pela agência Bloomberg, que cita pessoas familiarizadas com o processo.

Segundo a agência norte-americana, a administração do grupo decidiu transferir a produção da carrinha compacta Trafo, o único modelo montado em Ovar, para a unidade de Kénitra, em Marrocos, onde os custos laborais são cerca de um terço dos portugueses. A decisão deverá ser comunicada aos trabalhadores antes do verão, acrescentam as mesmas fontes, que pediram para não ser identificadas por o assunto ainda não ser público.

De acordo com a Bloomberg, a fábrica produziu 61.400 veículos em 2026, menos 18% do que no ano anterior, e funciona atualmente em apenas dois turnos. Um dos interlocutores da agência referiu que o plano ainda pode ser ajustado caso o Governo apresente "um pacote de incentivos muito significativo", mas admitiu que essa hipótese é "remota".

Contactada pela Bloomberg, a Corvane recusou comentar "especulações sobre a organização industrial do grupo".

A unidade de Ovar é uma das maiores empregadoras privadas do distrito de Aveiro e trabalha com cerca de 40 fornecedores locais, sobretudo de componentes plásticos e cablagens. O grupo, criado em 2019 pela fusão de dois fabricantes, anunciou em janeiro um plano de poupanças de 3,5 mil milhões de euros até 2029.
""",
"01_de.txt": """Corvane will Werk in Portugal schließen
Handelsblatt
2. März 2027, 14:12 Uhr

Der französisch-italienische Autokonzern Corvane plant offenbar, sein Montagewerk im portugiesischen Ovar bis Ende 2028 zu schließen. Das berichtet die Finanznachrichtenagentur Bloomberg unter Berufung auf mit den Plänen vertraute Personen. Betroffen wären rund 2100 Beschäftigte.

Die Fertigung des kompakten Transporters Trafo, des einzigen in Ovar gebauten Modells, solle ins marokkanische Kenitra verlagert werden, heißt es in dem Bericht. Dort liegen die Arbeitskosten bei etwa einem Drittel des portugiesischen Niveaus. Die Belegschaft solle noch vor dem Sommer informiert werden.

Wie Bloomberg weiter berichtet, liefen im vergangenen Jahr in Ovar 61.400 Fahrzeuge vom Band, 18 Prozent weniger als 2025. Das Werk arbeitet derzeit nur noch im Zweischichtbetrieb. Ein Corvane-Sprecher wollte sich gegenüber der Agentur nicht zu den Informationen äußern.

Für deutsche Zulieferer hätte die Verlagerung überschaubare Folgen: Der größte Teil der Komponenten für den Trafo stammt aus Portugal und Spanien. Der Konzern, 2019 aus der Fusion zweier Hersteller hervorgegangen, hatte im Januar ein Sparprogramm über 3,5 Milliarden Euro bis 2029 angekündigt und dabei auch Einschnitte in der Produktion nicht ausgeschlossen. Branchenbeobachter hatten seither mit Werksschließungen in Südeuropa gerechnet.
""",
"02_it.txt": """Corvane, verso la chiusura dello stabilimento portoghese di Ovar
Il Sole 24 Ore
2 marzo 2027

Corvane si prepara a chiudere entro la fine del 2028 lo stabilimento di Ovar, in Portogallo, che dà lavoro a circa 2.100 persone. Lo riferisce Bloomberg, che cita fonti a conoscenza del dossier.

La produzione del furgone compatto Trafo, unico modello assemblato nell'impianto portoghese, sarebbe trasferita a Kenitra, in Marocco. Secondo l'agenzia, i vertici del gruppo franco-italiano hanno già preso la decisione, che dovrebbe essere comunicata ai lavoratori prima dell'estate. Interpellata dall'agenzia, Corvane non ha voluto commentare.

La notizia è seguita con attenzione anche in Italia, dove una decina di fornitori piemontesi e lombardi realizzano sedili, componenti per le sospensioni e parti dell'impianto elettrico del Trafo. Per loro il trasferimento in Nord Africa potrebbe tradursi in costi logistici più alti, ma non necessariamente nella perdita delle commesse.

Nel 2026, sempre stando a quanto riportato da Bloomberg, a Ovar sono usciti dalle linee 61.400 veicoli, il 18% in meno rispetto all'anno precedente. Il gruppo, nato nel 2019 dalla fusione tra due costruttori, ha annunciato a gennaio un piano di risparmi da 3,5 miliardi di euro entro il 2029 e sta rivedendo la propria presenza industriale nell'Europa meridionale.
""",
"03_fr.txt": """Automobile : Corvane s'apprête à fermer son usine portugaise d'Ovar
Les Echos

Le constructeur franco-italien Corvane prévoit de fermer d'ici à fin 2028 son usine d'Ovar, au Portugal, qui emploie quelque 2.100 salariés, selon Bloomberg. L'agence américaine, qui cite des personnes proches du dossier, précise que l'assemblage du petit utilitaire Trafo serait transféré à Kénitra, au Maroc.

La décision aurait déjà été arrêtée par la direction et devrait être annoncée au personnel avant l'été, rapporte l'agence. Corvane s'est refusé à tout commentaire auprès de Bloomberg, évoquant de simples « spéculations ».

Le site portugais a produit 61.400 véhicules l'an dernier, en recul de 18 %, et ne tourne plus qu'en deux équipes. Kénitra, où le groupe a investi 600 millions d'euros depuis 2022, offre des coûts salariaux environ trois fois inférieurs, souligne Bloomberg.

Cette fermeture serait la première d'une usine d'assemblage depuis la fusion de 2019 qui a donné naissance au groupe. En janvier, la direction avait présenté un plan d'économies de 3,5 milliards d'euros d'ici à 2029, sans exclure de « réduire l'empreinte industrielle » en Europe du Sud. Côté français, les syndicats redoutent que les usines de l'Hexagone figurent un jour sur la même liste.
""",
}, [("Bloomberg", False)],
[("Bloomberg", "00_pt.txt"), ("Bloomberg", "01_de.txt"), ("Bloomberg", "02_it.txt"), ("Bloomberg", "03_fr.txt")],
[("Corvane plans to close its plant in Ovar, Portugal, which employs about 2,100 people, by the end of 2028.",
  ["00_pt.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], 1),
 ("Production of the Trafo van would move from Ovar to Kenitra in Morocco.",
  ["00_pt.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], 1),
 ("The Ovar plant built 61,400 vehicles last year, 18% fewer than the year before.",
  ["00_pt.txt", "01_de.txt", "02_it.txt", "03_fr.txt"], 1)])

# t02: in-corpus scoop of Puls Biznesu (three anonymous people + a letter seen by the paper + the
# company's reply to PB) relayed by money.pl, Automobilwoche, Automotive News Europe.
# own "ustalił „Puls Biznesu”" + "Jak wynika z informacji „PB”" + "Nasi rozmówcy" + "Dotarliśmy";
# pl "informuje „Puls Biznesu”" + "Według dziennika" + "Jak podaje „PB”, powołując się" +
# "Rozmówcy „Pulsu Biznesu”" (gen.) + "przekazało gazecie"; de "wie die polnische
# Wirtschaftszeitung „Puls Biznesu“ unter Berufung auf ... berichtet" + "Dem Blatt liegt ... vor" +
# "so „Puls Biznesu“"; en "Polish business daily Puls Biznesu reported ..., citing" + "the paper said".
story("t02_scoop_daeyang_cells", "scoop", {
"00_pl.txt": """Daeyang Energy wstrzymuje budowę fabryki ogniw pod Wałbrzychem
Puls Biznesu
wtorek, 9 marca 2027, 06:00

Południowokoreański producent baterii Daeyang Energy wstrzymał budowę fabryki ogniw do samochodów elektrycznych w Jaworzynie Śląskiej, w podstrefie Wałbrzyskiej Specjalnej Strefy Ekonomicznej — ustalił „Puls Biznesu”. Inwestycja warta 3,2 mld zł miała dać pracę 1,4 tys. osób.

Jak wynika z informacji „PB”, prace na placu budowy zostały zatrzymane pod koniec lutego. Potwierdzają to trzy osoby znające sprawę, w tym dwie zaangażowane w projekt po stronie wykonawców. Nasi rozmówcy chcieli zachować anonimowość, bo nie są upoważnieni do wypowiadania się publicznie.

Dotarliśmy też do pisma, które Daeyang wysłał do podwykonawców 26 lutego. Koreańczycy informują w nim o „czasowym zawieszeniu robót” i przesunięciu startu produkcji z 2028 r. na „nie wcześniej niż 2029 r.”. Jako powód podają „zmianę prognoz popytu u kluczowych klientów z branży motoryzacyjnej”.

— Słabsza sprzedaż elektryków w Europie uderzyła w plany wszystkich producentów ogniw. Daeyang ma jednego dużego odbiorcę i to jego decyzje są tu kluczowe — mówi jeden z naszych rozmówców.

Biuro prasowe Daeyang Energy w odpowiedzi na pytania „PB” przekazało, że firma „nie komentuje spekulacji” i „pozostaje zaangażowana w projekt w Polsce”.

Fabryka miała produkować ogniwa o łącznej mocy 12 GWh rocznie. Decyzję o wsparciu inwestycji, dającą prawo do zwolnienia z podatku CIT, spółka otrzymała w 2025 r. Pierwsze linie miały ruszyć w połowie 2028 r.
""",
"01_pl.txt": """Koreańczycy wstrzymali budowę fabryki baterii na Dolnym Śląsku. Chodzi o 1,4 tys. miejsc pracy
money.pl
09.03.2027 10:25

Budowa fabryki ogniw Daeyang Energy w Jaworzynie Śląskiej stanęła — informuje „Puls Biznesu”. Według dziennika południowokoreański koncern zatrzymał prace pod koniec lutego. Inwestycja miała być warta 3,2 mld zł i dać zatrudnienie 1,4 tys. osób.

Jak podaje „PB”, powołując się na trzy osoby znające sprawę, Daeyang wysłał 26 lutego do podwykonawców pismo o „czasowym zawieszeniu robót”. Start produkcji ma się przesunąć z 2028 r. na „nie wcześniej niż 2029 r.”. Firma tłumaczy to zmianą prognoz popytu u klientów z branży motoryzacyjnej.

Rozmówcy „Pulsu Biznesu” wskazują, że kluczowe są decyzje jednego dużego odbiorcy ogniw. Biuro prasowe Daeyang przekazało gazecie, że firma nie komentuje spekulacji i „pozostaje zaangażowana w projekt w Polsce”.

To kolejny w ostatnich miesiącach sygnał spowolnienia na rynku baterii. Sprzedaż samochodów elektrycznych w Unii Europejskiej rosła w 2026 r. wolniej, niż zakładali producenci, a kilka zapowiadanych w regionie inwestycji w ogniwa przesunięto w czasie.

Fabryka w Jaworzynie Śląskiej miała produkować ogniwa o mocy 12 GWh rocznie. Polska jest jednym z największych w Europie ośrodków produkcji baterii do aut elektrycznych.
""",
"02_de.txt": """Daeyang stoppt Bau von Zellfabrik in Polen
Automobilwoche
09.03.2027

Der südkoreanische Batteriehersteller Daeyang Energy hat den Bau seiner Zellfabrik im niederschlesischen Jaworzyna Śląska vorerst gestoppt, wie die polnische Wirtschaftszeitung „Puls Biznesu“ unter Berufung auf drei mit dem Vorgang vertraute Personen berichtet. Die Arbeiten auf der Baustelle ruhen demnach seit Ende Februar.

Dem Blatt liegt nach eigenen Angaben ein Schreiben an Subunternehmer vom 26. Februar vor, in dem Daeyang von einer „vorübergehenden Aussetzung der Arbeiten“ spricht. Der Produktionsstart verschiebe sich von 2028 auf „frühestens 2029“. Als Grund nenne das Unternehmen veränderte Absatzprognosen wichtiger Kunden aus der Autoindustrie, so „Puls Biznesu“.

Das Werk mit einer geplanten Jahreskapazität von 12 Gigawattstunden sollte 3,2 Milliarden Zloty (rund 750 Millionen Euro) kosten und 1400 Arbeitsplätze schaffen. Daeyang wollte sich gegenüber der Zeitung nicht zu „Spekulationen“ äußern und erklärte, man bleibe dem Projekt in Polen verpflichtet.

Mehrere Batterieprojekte in Mittel- und Osteuropa wurden zuletzt wegen der schwächeren Nachfrage nach Elektroautos gestreckt. Polen hatte sich in den vergangenen Jahren mit Steuererleichterungen und Zuschüssen als Standort für die Zellfertigung positioniert.
""",
"03_en.txt": """Daeyang halts work on Polish EV battery cell plant, report says
Automotive News Europe
2027-03-09T15:30:00+01:00

South Korean battery maker Daeyang Energy has halted construction of its planned EV battery cell factory in southwestern Poland, Polish business daily Puls Biznesu reported on Tuesday, citing three people familiar with the matter.

Work at the 3.2 billion zloty ($800 million) site in Jaworzyna Slaska, part of the Walbrzych special economic zone, stopped at the end of February, the paper said. The plant was due to employ 1,400 people and have an annual capacity of 12 gigawatt-hours.

In a letter to subcontractors dated Feb. 26 and seen by Puls Biznesu, Daeyang described the move as a "temporary suspension of works" and said the start of production would slip from 2028 to "no earlier than 2029," citing changed demand forecasts from key automotive customers.

Daeyang told the newspaper it does not comment on speculation and "remains committed" to the project in Poland.

The halt adds to a list of delayed battery projects in central and eastern Europe as electric-vehicle sales grow more slowly than automakers had planned two years ago. Poland has become one of Europe's biggest hubs for cell production, and the government has offered tax breaks and grants to keep investment flowing.
""",
}, [("Puls Biznesu", True)],
[("Puls Biznesu", "01_pl.txt"), ("Puls Biznesu", "02_de.txt"), ("Puls Biznesu", "03_en.txt")],
[("Daeyang Energy halted construction of its battery cell plant in Jaworzyna Śląska at the end of February.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], 1),
 ("The plant was to cost 3.2 billion zloty and employ 1,400 people.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], 1),
 ("In a letter to subcontractors Daeyang pushed the start of production from 2028 to no earlier than 2029.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], 1)])

# t03: institution-published origin (a recall entry in the KBA recall database) with a chain:
# KBA -> Der Spiegel (de) -> Corriere della Sera (it) -> ABC (es); L'Argus (fr) takes it straight
# from the KBA notice. de "Das geht aus einem Eintrag in der Rückrufdatenbank des
# Kraftfahrt-Bundesamts (KBA) hervor" + "heißt es beim KBA"; it "Lo ha riportato ieri sera il
# settimanale tedesco Der Spiegel, che cita la banca dati ... (KBA)" + "Secondo lo Spiegel" +
# "ricorda il giornale di Amburgo": edge from Der Spiegel; es "según publica el diario italiano
# Corriere della Sera, que a su vez cita al semanario alemán Der Spiegel" + "De acuerdo con el
# rotativo milanés" + "recuerda el Corriere": edge from Corriere della Sera; fr "selon un avis de
# rappel publié lundi par le KBA, l'Office fédéral allemand des véhicules à moteur" + "D'après la
# fiche de l'autorité allemande" + "précise le document": edge from the KBA.
story("t03_chain_kba_recall", "chain", {
"00_de.txt": """Überhitzungsgefahr: Halvorsen ruft fast 50.000 Elektro-SUV zurück
Der Spiegel
2027-03-15 17:48

Der schwedische Elektroautohersteller Halvorsen ruft weltweit 48.300 Fahrzeuge seines SUV-Modells Ostra in die Werkstätten. Grund ist ein Hochvoltstecker im Batteriegehäuse, der sich beim Schnellladen überhitzen kann. Das geht aus einem Eintrag in der Rückrufdatenbank des Kraftfahrt-Bundesamts (KBA) hervor, der am Montag veröffentlicht wurde.

In Deutschland sind demnach 6120 Autos betroffen, gebaut zwischen Juni 2025 und Oktober 2026. Durch eine fehlerhafte Crimpverbindung könne der Übergangswiderstand im Stecker steigen, heißt es beim KBA. Im schlimmsten Fall drohe „ein thermisches Ereignis“ – also ein Brand. Die Behörde stuft den Mangel als „ernst“ ein und überwacht den Rückruf.

In den Werkstätten soll der Stecker geprüft und bei Bedarf ersetzt werden, was laut dem Datenbankeintrag etwa zwei Stunden dauert. Bis zur Reparatur sollen Halter die Ladeleistung an Schnellladesäulen auf 50 Kilowatt begrenzen. Halvorsen werde die Besitzer schriftlich informieren, heißt es weiter. Unfälle oder Verletzte im Zusammenhang mit dem Mangel sind in dem Eintrag nicht vermerkt.

Der Ostra ist das meistverkaufte Modell der Marke, die 2018 in Göteborg gegründet wurde und seit 2024 auch in Deutschland eigene Verkaufsräume betreibt. Es ist bereits der zweite Rückruf für das Modell: Im vergangenen Sommer mussten rund 9000 Fahrzeuge wegen eines Softwarefehlers der Rückfahrkamera nachgebessert werden.
""",
"01_it.txt": """Halvorsen richiama 48 mila Suv elettrici Ostra: rischio surriscaldamento
Corriere della Sera
16 marzo 2027

Il costruttore svedese di auto elettriche Halvorsen richiama in officina 48.300 esemplari del Suv Ostra in tutto il mondo per un connettore dell'alta tensione che, durante la ricarica rapida, può surriscaldarsi. Lo ha riportato ieri sera il settimanale tedesco Der Spiegel, che cita la banca dati dei richiami dell'autorità federale tedesca per la motorizzazione, il Kraftfahrt-Bundesamt (KBA).

Secondo lo Spiegel, nella sola Germania i veicoli interessati sono 6.120, prodotti tra giugno 2025 e ottobre 2026. Il difetto, una crimpatura non corretta all'interno del connettore, potrebbe nei casi più gravi provocare un incendio. L'intervento in officina richiede circa due ore; nel frattempo ai proprietari viene chiesto di limitare la potenza di ricarica a 50 kW.

Il settimanale non indica quanti dei veicoli richiamati siano stati venduti in Italia, dove la Ostra è in listino dal 2025 a partire da 46.900 euro. Halvorsen, fondata nel 2018 a Göteborg, ha aperto lo scorso anno i primi due showroom italiani, a Milano e a Roma.

Si tratta del secondo richiamo per il modello in meno di un anno, ricorda il giornale di Amburgo: la scorsa estate circa 9.000 auto erano state richiamate per un problema software alla telecamera posteriore.
""",
"02_es.txt": """Halvorsen llama a revisión a 48.300 todocaminos eléctricos por riesgo de incendio
ABC
17/03/2027 08:15

La marca sueca de coches eléctricos Halvorsen ha llamado a revisión a 48.300 unidades de su todocamino Ostra en todo el mundo por un fallo en un conector de alta tensión que puede sobrecalentarse durante la carga rápida, según publica el diario italiano Corriere della Sera, que a su vez cita al semanario alemán Der Spiegel.

De acuerdo con el rotativo milanés, en Alemania hay 6.120 coches afectados, fabricados entre junio de 2025 y octubre de 2026. El defecto se debe a un engaste mal realizado dentro del conector y, en el peor de los casos, podría provocar un incendio. La reparación en el taller dura unas dos horas y, hasta entonces, se recomienda a los propietarios no cargar a más de 50 kW.

No ha trascendido cuántas unidades se ven afectadas en España, donde el Ostra se vende desde el otoño de 2025. Es la segunda llamada a revisión del modelo en menos de un año, tras la del pasado verano por un problema de software en la cámara trasera, recuerda el Corriere.

Halvorsen, fundada en 2018 en Gotemburgo, ha ganado cuota en el mercado español de eléctricos en los dos últimos años, aunque sus matriculaciones cayeron un 12% en el primer bimestre de 2027.
""",
"03_fr.txt": """Rappel : le SUV électrique Halvorsen Ostra rappelé pour un risque de surchauffe
L'Argus
17 mars 2027 à 11h20

Le constructeur suédois Halvorsen rappelle 48.300 exemplaires de son SUV électrique Ostra dans le monde, selon un avis de rappel publié lundi par le KBA, l'Office fédéral allemand des véhicules à moteur. En cause : un connecteur haute tension logé dans le boîtier de la batterie, susceptible de chauffer lors des recharges rapides.

D'après la fiche de l'autorité allemande, 6.120 véhicules sont concernés outre-Rhin, tous produits entre juin 2025 et octobre 2026. Un sertissage défectueux peut augmenter la résistance électrique du connecteur et, dans le pire des cas, entraîner un « événement thermique ». Le KBA qualifie le défaut de « grave ».

Les propriétaires seront prévenus par courrier. En atelier, le connecteur sera contrôlé et remplacé si nécessaire, une intervention d'environ deux heures. D'ici là, la puissance de charge doit être limitée à 50 kW sur les bornes rapides, précise le document.

Le nombre de véhicules concernés en France n'est pas précisé. L'Ostra, commercialisé dans l'Hexagone depuis 2025, est le modèle le plus vendu de la jeune marque de Göteborg, qui mise sur ce SUV familial pour doubler ses ventes européennes d'ici à 2028.
""",
}, [("Kraftfahrt-Bundesamt", False)],
[("Kraftfahrt-Bundesamt", "00_de.txt"), ("Der Spiegel", "01_it.txt"),
 ("Corriere della Sera", "02_es.txt"), ("Kraftfahrt-Bundesamt", "03_fr.txt")],
[("Halvorsen is recalling 48,300 Ostra SUVs worldwide because a high-voltage connector can overheat during fast charging.",
  ["00_de.txt", "01_it.txt", "02_es.txt", "03_fr.txt"], 1),
 ("6,120 of the recalled vehicles are in Germany, built between June 2025 and October 2026.",
  ["00_de.txt", "01_it.txt", "02_es.txt", "03_fr.txt"], 1),
 ("Until the repair, owners should limit fast-charging power to 50 kW.",
  ["00_de.txt", "01_it.txt", "02_es.txt", "03_fr.txt"], 1)])

# t04: Expansión's own scoop (regional-government sources + company reply to the paper);
# 01_pt is an uncredited close Portuguese translation without outlet line that keeps
# "segundo apurou este jornal" / "explicam a este jornal": edge from Expansión; Electrive (en)
# credits it: "Spanish business daily Expansión reported" + "the newspaper said" + "According to
# Expansión" + "to the paper".
story("t04_translation_qilin_aragon", "translation", {
"00_es.txt": """El fabricante chino Qilin elige Aragón para su primera fábrica de coches eléctricos en Europa
Expansión
Jueves, 18 de marzo de 2027 - 07:00

El fabricante chino de vehículos eléctricos Qilin Motors ha elegido Villanueva de Gállego (Zaragoza) para levantar su primera planta de ensamblaje en Europa, según ha podido saber EXPANSIÓN. La inversión rondará los 1.100 millones de euros y la fábrica empleará a unas 3.000 personas cuando alcance su plena capacidad, prevista para 2030.

Fuentes del Gobierno de Aragón conocedoras de las negociaciones explican a este diario que el acuerdo está "prácticamente cerrado" y que la compañía firmará un protocolo con el Ejecutivo autonómico en las próximas semanas. La planta producirá inicialmente 120.000 unidades al año de dos modelos, un utilitario y un todocamino compacto, ambos con baterías de litio-ferrofosfato importadas de China.

Qilin descartó en la recta final otras dos ubicaciones, una en Hungría y otra en el norte de Portugal. "Aragón ofrecía suelo disponible de inmediato, una conexión ferroviaria directa con el puerto de Barcelona y una cadena de proveedores ya madura", señala una de las fuentes consultadas.

Un portavoz de Qilin Motors en Europa declinó confirmar la ubicación a EXPANSIÓN, aunque reconoció que la empresa "está en la fase final de selección de un emplazamiento en el sur de Europa".

La decisión llega en plena ofensiva de los fabricantes chinos por producir dentro de la UE, tras la entrada en vigor de los aranceles compensatorios europeos sobre los eléctricos fabricados en China. Qilin vendió el año pasado 410.000 vehículos, el 6% fuera de su mercado doméstico.
""",
"01_pt.txt": """Chinesa Qilin escolhe Aragão para a sua primeira fábrica de carros elétricos na Europa
18/03/2027 15:36

A fabricante chinesa de veículos elétricos Qilin Motors escolheu Villanueva de Gállego (Saragoça) para construir a sua primeira fábrica de montagem na Europa, segundo apurou este jornal. O investimento rondará os 1.100 milhões de euros e a fábrica empregará cerca de 3.000 pessoas quando atingir a plena capacidade, prevista para 2030.

Fontes do Governo de Aragão conhecedoras das negociações explicam a este jornal que o acordo está "praticamente fechado" e que a empresa assinará um protocolo com o executivo regional nas próximas semanas. A fábrica produzirá inicialmente 120.000 unidades por ano de dois modelos, um utilitário e um SUV compacto, ambos com baterias de lítio-ferro-fosfato importadas da China.

A Qilin afastou na reta final duas outras localizações, uma na Hungria e outra no norte de Portugal. "Aragão oferecia terreno disponível de imediato, uma ligação ferroviária direta ao porto de Barcelona e uma cadeia de fornecedores já madura", refere uma das fontes consultadas.

Um porta-voz da Qilin Motors na Europa recusou confirmar a localização a este jornal, embora tenha reconhecido que a empresa "está na fase final de seleção de um local no sul da Europa".

A decisão surge em plena ofensiva dos fabricantes chineses para produzir dentro da UE, depois da entrada em vigor das tarifas compensatórias europeias sobre os elétricos fabricados na China. A Qilin vendeu no ano passado 410.000 veículos, 6% fora do seu mercado doméstico.
""",
"02_en.txt": """Qilin Motors reportedly picks Aragon for first European EV plant
Electrive
Thu, 18 Mar 2027 16:05:00 +0100

Chinese electric carmaker Qilin Motors has chosen Villanueva de Gállego near Zaragoza in north-eastern Spain as the site of its first European assembly plant, Spanish business daily Expansión reported on Thursday. The investment is put at around 1.1 billion euros, and the factory is expected to employ about 3,000 people at full capacity in 2030.

Citing sources in the Aragon regional government familiar with the talks, the newspaper said the deal was "practically closed" and that Qilin would sign a memorandum with the regional authorities in the coming weeks. The plant is to build 120,000 vehicles a year at first – a small car and a compact SUV – using LFP batteries imported from China.

According to Expansión, Qilin ruled out two other locations in the final round, one in Hungary and one in northern Portugal. A Qilin spokesperson in Europe declined to confirm the location to the paper but said the company was "in the final phase of selecting a site in southern Europe".

Qilin would join a growing list of Chinese manufacturers building capacity inside the EU since Brussels imposed countervailing duties on Chinese-made electric cars. The company sold 410,000 vehicles last year, six per cent of them outside China, and has so far relied on imports for its European sales, which started in Norway and the Netherlands in 2025.
""",
}, [("Expansión", True)],
[("Expansión", "01_pt.txt"), ("Expansión", "02_en.txt")],
[("Qilin Motors chose Villanueva de Gállego in Aragon for its first European plant, an investment of about 1.1 billion euros.",
  ["00_es.txt", "01_pt.txt", "02_en.txt"], 1),
 ("The plant is expected to employ about 3,000 people at full capacity in 2030.",
  ["00_es.txt", "01_pt.txt", "02_en.txt"], 1),
 ("Qilin ruled out two other locations, in Hungary and in northern Portugal.",
  ["00_es.txt", "01_pt.txt", "02_en.txt"], 1)])

# t05: two independent own reports (Коммерсантъ: two dealer sources; РБК: a distributor letter
# seen by RBC); Rzeczpospolita credits both (two edges); Quattroruote credits RBC only; The Moscow
# Times credits Kommersant only. ru own "рассказали “Ъ” два источника" + "сказал “Ъ”" + "на запрос
# “Ъ”"; ru own "РБК ознакомился с письмом" + "рассказал РБК"; pl "podały ... dziennik
# „Kommiersant” i portal RBK" + "Według „Kommiersanta”" (gen.) + "RBK dotarł do listu"; it "Secondo
# quanto riferisce il sito ... russo Rbc, che ha potuto visionare" + "scrive Rbc" + "dalla testata";
# en "the Kommersant business daily reported ..., citing" + "according to the newspaper" + "told
# Kommersant".
story("t05_independent_lanhai_russia", "independent", {
"00_ru.txt": """Lanhai притормозил на границе
Коммерсантъ
6 апреля 2027, 07:12

Китайский автопроизводитель Lanhai Motors с начала апреля приостановил отгрузку новых автомобилей в Россию. Как рассказали “Ъ” два источника в дилерском сообществе, решение связано с проблемами при проведении платежей через банки-посредники и с повышением утилизационного сбора. По словам одного из собеседников “Ъ”, на складе временного хранения в Забайкальске сейчас скопилось около 4 тыс. машин марки, которые дистрибьютор не спешит растаможивать.

«Поставки остановлены, новых заказов от дилеров не принимают. Официально говорят о "технической паузе", но сроков никто не называет»,— сказал “Ъ” руководитель одного из дилерских центров Lanhai в Центральной России.

В российском представительстве Lanhai на запрос “Ъ” не ответили.

Lanhai вышел на российский рынок в 2023 году и по итогам 2026 года продал в РФ около 58 тыс. машин, заняв девятое место среди иностранных марок. Основу продаж составляли кроссоверы L5 и L7, которые собираются в Китае.

Независимый автомобильный аналитик Глеб Воротынцев считает, что даже временная пауза ударит по позициям марки. «Покупатель китайской машины в России очень чувствителен к наличию запчастей и сервиса. Если дилеры начнут уходить к конкурентам, вернуть их будет сложно»,— пояснил он. По его оценке, складских запасов у дилеров хватит на один-два месяца продаж.
""",
"01_ru.txt": """Дистрибьютор Lanhai сообщил дилерам о приостановке поставок в Россию
РБК
06.04.2027 13:40

Российский дистрибьютор китайской марки Lanhai Motors уведомил дилеров о приостановке поставок новых автомобилей «до особого распоряжения». РБК ознакомился с письмом, которое компания «Ланхай Моторс Рус» разослала партнерам 2 апреля; его подлинность подтвердили два руководителя дилерских центров.

В письме говорится, что пауза вызвана «изменением логистических и финансовых условий», а дилерам рекомендуется «сосредоточиться на реализации складских остатков». Сроки возобновления поставок не указаны. Всего, по данным самой компании, дилерская сеть Lanhai в России насчитывает 62 центра.

«Машин на складе у нас хватит примерно на полтора месяца. Что будет дальше, никто не объясняет»,— рассказал РБК владелец дилерского центра в Поволжье, попросивший не называть его имени.

РБК направил запрос в «Ланхай Моторс Рус». На момент публикации ответ не поступил.

В 2026 году Lanhai продал в России около 58 тыс. автомобилей. С 1 января 2027 года в России действуют повышенные ставки утилизационного сбора, из-за которых несколько китайских брендов уже подняли цены на 8–15%.
""",
"02_pl.txt": """Chińska marka Lanhai wstrzymuje dostawy aut do Rosji
Rzeczpospolita
06.04.2027

Chiński producent samochodów Lanhai Motors wstrzymał dostawy nowych aut do Rosji — podały we wtorek, niezależnie od siebie, dwa rosyjskie media biznesowe: dziennik „Kommiersant” i portal RBK.

Według „Kommiersanta”, który powołuje się na dwa źródła wśród dealerów, powodem są kłopoty z płatnościami przez banki pośredniczące oraz podwyżka tzw. opłaty utylizacyjnej. RBK dotarł z kolei do listu, w którym rosyjski dystrybutor marki informuje dealerów o wstrzymaniu dostaw „do odwołania” i zaleca im wyprzedaż zapasów. Według obu redakcji rosyjskie przedstawicielstwo Lanhai nie odpowiedziało na pytania dziennikarzy.

Lanhai to jedna z chińskich marek, które po 2022 r. zajęły w Rosji miejsce koncernów zachodnich. W ubiegłym roku sprzedała tam ok. 58 tys. samochodów.

Chińscy producenci od miesięcy skarżą się na coraz trudniejsze rozliczenia z rosyjskimi kontrahentami: część chińskich banków odmawia obsługi płatności w obawie przed sankcjami wtórnymi. Od stycznia Moskwa podniosła ponadto stawki opłaty utylizacyjnej, co uderzyło przede wszystkim w importerów.

W Polsce marka Lanhai pojawiła się jesienią 2026 r. i sprzedała dotąd niespełna 900 aut.
""",
"03_it.txt": """Lanhai sospende le consegne in Russia: la lettera ai concessionari
Quattroruote
6 aprile 2027, ore 16:50

Lanhai Motors ha sospeso le forniture di auto nuove alla Russia. Secondo quanto riferisce il sito d'informazione economica russo Rbc, che ha potuto visionare una lettera inviata il 2 aprile dal distributore locale ai concessionari, lo stop vale "fino a nuova comunicazione" ed è motivato da "mutate condizioni logistiche e finanziarie".

Nella lettera, scrive Rbc, si raccomanda ai concessionari di concentrarsi sulla vendita delle scorte, mentre non viene indicata alcuna data per la ripresa delle consegne. La rete russa del marchio conta 62 punti vendita. Un concessionario della regione del Volga, citato in forma anonima dalla testata, stima che le auto in stock basteranno per circa un mese e mezzo.

La Russia è diventata negli ultimi anni uno sbocco importante per i costruttori cinesi: Lanhai vi ha venduto circa 58.000 vetture nel 2026. Dal 1° gennaio le autorità russe hanno aumentato la tassa di riciclo sui veicoli importati, una misura che ha già spinto diversi marchi cinesi ad alzare i listini.

In Europa Lanhai è presente in una decina di mercati, ma non ancora in Italia: lo sbarco era stato annunciato per la seconda metà del 2027.
""",
"04_en.txt": """Chinese Carmaker Lanhai Halts Shipments to Russia — Kommersant
The Moscow Times
April 6, 2027

Chinese automaker Lanhai Motors has suspended deliveries of new cars to Russia, the Kommersant business daily reported Tuesday, citing two sources among the brand's dealers.

The halt, which began at the start of April, is linked to difficulties processing payments through intermediary banks as well as Russia's higher vehicle recycling fee, according to the newspaper. Around 4,000 Lanhai cars are now sitting in a temporary storage warehouse in Zabaikalsk on the Chinese border, one of the sources told Kommersant.

"Shipments have been stopped and no new orders from dealers are being accepted," the head of a Lanhai dealership in central Russia was quoted as saying. "Officially they call it a 'technical pause,' but nobody is naming any dates."

Lanhai's Russian office did not respond to Kommersant's request for comment.

Lanhai entered the Russian market in 2023 and sold around 58,000 cars in the country last year, making it one of the ten most popular foreign brands. Chinese carmakers took over most of the market share left behind by Western manufacturers after they exited Russia in 2022, but payment problems have increasingly slowed trade between the two countries.
""",
}, [("Коммерсантъ", True), ("РБК", True)],
[("Коммерсантъ", "02_pl.txt"), ("РБК", "02_pl.txt"), ("РБК", "03_it.txt"), ("Коммерсантъ", "04_en.txt")],
[("Lanhai Motors suspended shipments of new cars to Russia.",
  ["00_ru.txt", "01_ru.txt", "02_pl.txt", "03_it.txt", "04_en.txt"], 2),
 ("About 4,000 Lanhai cars are held in a temporary storage warehouse in Zabaykalsk.",
  ["00_ru.txt", "04_en.txt"], 1),
 ("Lanhai's Russian dealer network has 62 dealerships.",
  ["01_ru.txt", "03_it.txt"], 1)])

# t06: a person's own social-media post (Fulgor CEO Marco Ventresca on LinkedIn) taken directly by
# all four; Cinco Días adds its own confirmation from company sources (second, in-corpus origin).
# it "Lo ha annunciato l'amministratore delegato ... in un lungo post pubblicato ... su LinkedIn"
# + "scrive Ventresca"; en "CEO Marco Ventresca said in a LinkedIn post" + "Ventresca wrote" +
# "according to the post"; es "Así lo anunció ... en una publicación en LinkedIn" + "Según escribió
# Ventresca" + own "Fuentes de la compañía consultadas por Cinco Días confirmaron"; pl
# "Informację przekazał prezes ... we wpisie ... w serwisie LinkedIn" + "czytamy we wpisie" +
# "Prezes Fulgora" (gen.).
story("t06_social_fulgor_linkedin", "social", {
"00_it.txt": """Fulgor si ferma: stop alla produzione e composizione negoziata della crisi
La Stampa
11 aprile 2027 - 21:40

Fulgor, la start-up torinese delle citycar elettriche, sospende la produzione e chiede l'accesso alla composizione negoziata della crisi. Lo ha annunciato l'amministratore delegato e fondatore Marco Ventresca in un lungo post pubblicato domenica sera su LinkedIn, indirizzato «ai dipendenti, ai clienti e ai fornitori».

«Abbiamo preso la decisione più difficile dalla nascita di Fulgor», scrive Ventresca. Le linee dello stabilimento di Volpiano, dove viene assemblata la citycar Lampo, si fermeranno da lunedì 19 aprile e i 340 dipendenti saranno posti in cassa integrazione per tredici settimane. Nel post l'ad spiega che un round di finanziamento da 85 milioni di euro, dato per chiuso a febbraio, «è saltato all'ultimo momento per il ritiro dell'investitore principale», di cui non fa il nome.

La composizione negoziata, prosegue Ventresca, servirà a «proteggere l'azienda mentre trattiamo con due potenziali partner industriali». I circa 2.600 clienti in attesa della consegna della Lampo riceveranno «nei prossimi giorni» una comunicazione sulle opzioni di rimborso.

Fondata nel 2020, Fulgor aveva avviato la produzione nel 2025 con l'obiettivo di 15.000 auto l'anno; finora ne ha consegnate poco più di 4.000. La Lampo, lunga 3,1 metri, era stata presentata come la risposta italiana alle piccole elettriche cinesi e aveva ottenuto un contributo regionale per l'insediamento a Volpiano.
""",
"01_en.txt": """Italian EV startup Fulgor halts production, seeks creditor protection
Automotive News Europe
2027-04-12T07:05:00+02:00

Turin-based electric city car maker Fulgor will stop production and seek protection from creditors under Italy's negotiated crisis settlement procedure after a funding round collapsed, CEO Marco Ventresca said in a LinkedIn post on Sunday.

Production of the Lampo city car at Fulgor's plant in Volpiano near Turin will halt from April 19, and the company's 340 employees will be placed on the state-backed cassa integrazione furlough scheme for 13 weeks, Ventresca wrote.

An 85 million euro funding round that Fulgor had considered closed in February "fell apart at the last minute when the lead investor withdrew," he said in the post, without naming the investor. The procedure would protect the company "while we negotiate with two potential industrial partners," he added.

About 2,600 customers waiting for their cars will be contacted about refund options in the coming days, according to the post.

Founded in 2020, Fulgor started production in 2025 with a target of 15,000 vehicles a year but has delivered just over 4,000 cars so far. Several European EV startups have run into financing trouble over the past two years as investors grew wary of the sector's heavy capital needs and slower-than-expected demand for small electric cars.
""",
"02_es.txt": """La italiana Fulgor para su fábrica y congela los pedidos a proveedores españoles
Cinco Días
12 ABR 2027 - 09:12 CEST

El fabricante italiano de coches eléctricos urbanos Fulgor detendrá la producción en su planta de Volpiano, cerca de Turín, a partir del 19 de abril y ha pedido acogerse a la composición negociada de la crisis, un mecanismo italiano de protección frente a los acreedores. Así lo anunció el domingo su consejero delegado, Marco Ventresca, en una publicación en LinkedIn en la que atribuye la decisión al fracaso de una ronda de financiación de 85 millones de euros.

Según escribió Ventresca, los 340 trabajadores de la compañía pasarán a la cassa integrazione, el equivalente italiano a un ERTE, durante 13 semanas.

Fuentes de la compañía consultadas por Cinco Días confirmaron la paralización, el expediente para la plantilla y la retirada del principal inversor de la ronda, y precisaron que Fulgor ha suspendido también todos los pedidos pendientes a sus proveedores, entre ellos dos fabricantes españoles de componentes: uno de arneses eléctricos en Navarra y otro de asientos en la Comunidad Valenciana. "Los pedidos quedan congelados hasta que haya un acuerdo con un socio industrial", señalaron estas fuentes.

Fulgor, fundada en 2020, ha entregado algo más de 4.000 unidades de su modelo Lampo desde 2025, muy lejos del objetivo de 15.000 coches anuales. En España vendió 310 unidades el año pasado a través de un importador con sede en Barcelona.
""",
"03_pl.txt": """Włoski producent elektryków wstrzymuje produkcję. Prezes napisał o tym na LinkedInie
Business Insider Polska
12.04.2027, 11:48

Fulgor, start-up z Turynu produkujący małe samochody elektryczne, wstrzymuje produkcję i występuje o ochronę przed wierzycielami. Informację przekazał prezes i założyciel spółki Marco Ventresca we wpisie opublikowanym w niedzielę wieczorem w serwisie LinkedIn.

Jak napisał Ventresca, linie w zakładzie w Volpiano pod Turynem staną 19 kwietnia, a 340 pracowników trafi na 13 tygodni na tzw. cassa integrazione, czyli włoski odpowiednik postojowego finansowanego przez państwo. Powodem jest fiasko rundy finansowania o wartości 85 mln euro, którą firma uważała za domkniętą już w lutym. „Główny inwestor wycofał się w ostatniej chwili” — czytamy we wpisie.

Prezes Fulgora dodał, że procedura ma chronić spółkę w czasie rozmów z dwoma potencjalnymi partnerami przemysłowymi. Ok. 2,6 tys. klientów czekających na auto ma w najbliższych dniach otrzymać informację o możliwości zwrotu pieniędzy.

Fulgor ruszył z produkcją w 2025 r. i do tej pory dostarczył nieco ponad 4 tys. egzemplarzy modelu Lampo. Kłopoty Fulgora to kolejny w ostatnich latach przypadek europejskiego start-upu z branży elektromobilności, któremu zabrakło pieniędzy na dalszy rozwój.
""",
}, [("Marco Ventresca", False), ("Cinco Días", True)],
[("Marco Ventresca", "00_it.txt"), ("Marco Ventresca", "01_en.txt"), ("Marco Ventresca", "02_es.txt"),
 ("Marco Ventresca", "03_pl.txt")],
[("Fulgor will halt production at its Volpiano plant from April 19 and seek Italy's negotiated crisis settlement procedure.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_pl.txt"], 2),
 ("Fulgor's 340 employees will be placed on cassa integrazione for 13 weeks.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_pl.txt"], 2),
 ("An 85 million euro funding round collapsed when the lead investor withdrew.",
  ["00_it.txt", "01_en.txt", "02_es.txt", "03_pl.txt"], 2)])

# t07: chain Valor Econômico (own: three anonymous executives, internal notice seen by Valor,
# company note to Valor) -> Reuters (en) -> El Economista (es), Automobil Industrie (de).
# pt own "segundo apurou o Valor" + "ouvidos pelo Valor sob condição de anonimato" + "ao qual o
# Valor teve acesso" + "Procurada"; en "newspaper Valor Economico reported ..., citing three
# executives" + "told Valor" + "seen by Valor" + an unanswered Reuters request; es "según informó
# la agencia Reuters, que cita al diario brasileño Valor Econômico" + "citados por el periódico
# paulista" + "según la agencia": edge from Reuters; de "nach einem Bericht der
# Nachrichtenagentur Reuters" (gen.) + "Reuters beruft sich dabei auf ... „Valor Econômico“":
# edge from Reuters.
story("t07_chain_shirakawa_brazil", "chain", {
"00_pt.txt": """Shirakawa vai fechar fábrica de Uberaba e abastecer o Brasil a partir do México
Valor Econômico
14/04/2027 05:00

A montadora japonesa Shirakawa Motors decidiu encerrar até o fim do ano a produção em sua fábrica de Uberaba (MG), que emprega 1.450 pessoas, e passar a abastecer o mercado brasileiro com veículos importados do México. A decisão, segundo apurou o Valor, foi tomada pela matriz, em Nagoya, no fim de março e deve ser comunicada aos funcionários nas próximas semanas.

Três executivos ouvidos pelo Valor sob condição de anonimato afirmaram que a unidade opera com cerca de 35% de sua capacidade, de 90 mil veículos por ano. "A conta não fecha há três anos. A matriz cansou de cobrir o prejuízo", disse um deles.

Um comunicado interno enviado a fornecedores na semana passada, ao qual o Valor teve acesso, informa que os pedidos de peças para o sedã Kaze, único modelo fabricado em Uberaba, serão "gradualmente reduzidos a partir de julho".

Procurada, a Shirakawa do Brasil informou, em nota, que "avalia continuamente sua estrutura industrial" e que "não há decisão a comunicar neste momento".

Inaugurada em 2011, a fábrica recebeu investimentos de R$ 2,3 bilhões e chegou a produzir 74 mil unidades em 2014. Desde então, a participação da marca no mercado brasileiro caiu de 4,1% para 1,6%. O sindicato dos metalúrgicos da região afirmou não ter sido informado oficialmente sobre qualquer mudança.
""",
"01_en.txt": """Japan's Shirakawa to shut Brazil plant, Valor reports
Reuters
2027-04-14T13:22:00Z

Japanese carmaker Shirakawa Motors plans to end production at its plant in Uberaba, Brazil, by the end of the year and supply the Brazilian market with vehicles imported from Mexico, newspaper Valor Economico reported on Wednesday, citing three executives.

The plant, which employs 1,450 people, runs at about 35% of its annual capacity of 90,000 vehicles, the executives told Valor on condition of anonymity. The decision was taken at the company's headquarters in Nagoya in late March, the newspaper said.

An internal notice sent to suppliers last week, seen by Valor, said parts orders for the Kaze sedan, the only model built in Uberaba, would be "gradually reduced from July".

Shirakawa's Brazilian unit told Valor it "continually evaluates its industrial structure" and had "no decision to communicate at this moment." The company did not immediately respond to a Reuters request for comment.

Shirakawa's share of Brazil's car market has fallen to 1.6% from 4.1% in 2014. Brazil's government has been pressing carmakers to expand local production through tax incentives tied to domestic investment, and several rivals announced new investment plans in the country last year.
""",
"02_es.txt": """Shirakawa cerrará su planta en Brasil y surtirá ese mercado desde México
El Economista
14 de abril de 2027 | 17:05

La automotriz japonesa Shirakawa Motors cerrará antes de fin de año su planta de Uberaba, en el estado brasileño de Minas Gerais, y abastecerá el mercado de Brasil con vehículos fabricados en México, según informó la agencia Reuters, que cita al diario brasileño Valor Econômico.

La fábrica, con 1.450 empleados, funciona al 35% de su capacidad de 90.000 unidades al año, de acuerdo con tres ejecutivos citados por el periódico paulista. La decisión se habría tomado en la sede de la compañía en Nagoya a finales de marzo.

La filial brasileña de Shirakawa se limitó a señalar que evalúa continuamente su estructura industrial, mientras que la casa matriz no respondió de inmediato a una solicitud de comentarios, según la agencia.

La planta de Shirakawa en Celaya, Guanajuato, produce desde 2016 el sedán Kaze, el mismo modelo que hoy se ensambla en Uberaba, y exporta ya a Estados Unidos, Canadá y Chile. La compañía no ha detallado si ampliará su plantilla en el Bajío.

La participación de la marca en el mercado brasileño se ha reducido del 4,1% en 2014 al 1,6% actual.
""",
"03_de.txt": """Shirakawa gibt Werk in Brasilien auf
Automobil Industrie
15.04.2027

Der japanische Autobauer Shirakawa Motors will nach einem Bericht der Nachrichtenagentur Reuters sein Werk im brasilianischen Uberaba bis Jahresende schließen. Reuters beruft sich dabei auf die brasilianische Wirtschaftszeitung „Valor Econômico“, die wiederum drei Manager des Unternehmens zitiert.

Den Angaben zufolge ist die Fabrik mit 1450 Beschäftigten nur zu etwa 35 Prozent ausgelastet. Den brasilianischen Markt wolle Shirakawa künftig mit Fahrzeugen aus Mexiko beliefern. Zulieferer seien bereits per interner Mitteilung informiert worden, dass die Teilebestellungen für die Limousine Kaze ab Juli schrittweise sinken.

Die brasilianische Tochter erklärte demnach lediglich, man überprüfe die industrielle Struktur laufend, eine Entscheidung gebe es derzeit nicht zu verkünden.

Für europäische Zulieferer dürfte die Schließung vor allem indirekte Folgen haben. Mehrere deutsche Systemlieferanten beliefern das Werk in Uberaba über ihre brasilianischen Töchter mit Bremssystemen, Sitzgestellen und Elektronik. Shirakawa hatte in Brasilien zuletzt deutlich Marktanteile verloren: Von 4,1 Prozent im Jahr 2014 sank der Anteil auf 1,6 Prozent.
""",
}, [("Valor Econômico", True)],
[("Valor Econômico", "01_en.txt"), ("Reuters", "02_es.txt"), ("Reuters", "03_de.txt")],
[("Shirakawa Motors will close its Uberaba plant in Brazil, which employs 1,450 people, by the end of the year.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 1),
 ("The Uberaba plant runs at about 35% of its capacity and Brazil will be supplied with cars from Mexico.",
  ["00_pt.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 1),
 ("Parts orders for the Kaze sedan will be gradually reduced from July.",
  ["00_pt.txt", "01_en.txt", "03_de.txt"], 1)])

# t08: institution-published origin (Росстандарт's recall notice on its website) taken directly
# by ТАСС and Auto Plus; Europa Press credits TASS (chain edge from ТАСС). ru "Об этом говорится в
# сообщении Росстандарта" (gen.) + "отмечается в сообщении" + "как следует из опубликованной на
# сайте ведомства информации"; fr "selon un avis publié mardi sur le site de Rosstandart, l'agence
# fédérale russe ..." + "indique l'organisme" + "précise Rosstandart"; es "según ha informado la
# agencia estatal rusa TASS, que cita un comunicado de Rosstandart" + "ha precisado la agencia".
story("t08_institution_rosstandart_recall", "institution", {
"00_ru.txt": """Росстандарт сообщил об отзыве более 11 тыс. кроссоверов «Ладога Т5»
ТАСС
20 апреля 2027, 10:15

МОСКВА, 20 апреля. /ТАСС/. Компания «Ладога Моторс» отзывает 11 842 кроссовера «Ладога Т5» из-за возможного повреждения переднего тормозного шланга. Об этом говорится в сообщении Росстандарта, опубликованном во вторник на сайте ведомства.

«Причиной отзыва транспортных средств является возможный контакт переднего тормозного шланга с элементами подвески при полном повороте рулевого колеса, что может привести к его перетиранию и утечке тормозной жидкости», — отмечается в сообщении.

Отзыву подлежат автомобили, реализованные с марта 2025 года по январь 2027 года. Как следует из опубликованной на сайте ведомства информации, владельцев уведомят письмом или по телефону. На всех машинах заменят передние тормозные шланги и установят дополнительные фиксаторы, работы проведут бесплатно.

Владельцы также могут самостоятельно проверить, попадает ли их автомобиль под отзыв, сверив VIN-код со списком, приложенным к сообщению регулятора.

«Ладога Моторс» выпускает кроссовер Т5 на заводе в Ленинградской области с 2024 года. По итогам 2026 года модель вошла в двадцатку самых продаваемых автомобилей в России. Это первая отзывная кампания в истории марки.
""",
"01_fr.txt": """Russie : plus de 11.000 Ladoga T5 rappelés pour un défaut de flexible de frein
Auto Plus
20/04/2027 à 15h02

Le constructeur russe Ladoga Motors rappelle 11.842 exemplaires de son SUV T5, selon un avis publié mardi sur le site de Rosstandart, l'agence fédérale russe de réglementation technique et de métrologie. Le flexible de frein avant risque de frotter contre des éléments de la suspension lorsque le volant est braqué à fond, ce qui peut provoquer une fuite de liquide de frein, indique l'organisme.

Sont concernés les véhicules vendus entre mars 2025 et janvier 2027. Les propriétaires seront contactés par courrier ou par téléphone ; les flexibles avant seront remplacés gratuitement et des fixations supplémentaires seront posées, précise Rosstandart, qui publie également la liste des numéros de série concernés.

Assemblé près de Saint-Pétersbourg depuis 2024, le T5 n'est pas commercialisé en France ni dans l'Union européenne. Ce SUV compact de 4,5 mètres, dont la plateforme est d'origine chinoise, s'est pourtant hissé en deux ans parmi les vingt modèles les plus vendus en Russie, un marché profondément remodelé depuis le départ des constructeurs occidentaux en 2022.

Il s'agit de la première campagne de rappel pour la jeune marque.
""",
"02_es.txt": """Ladoga Motors llama a revisión a 11.842 todocaminos T5 en Rusia
Europa Press
20/04/2027 17:44

El fabricante ruso Ladoga Motors ha llamado a revisión a 11.842 unidades de su todocamino T5 por un posible defecto en los latiguillos de freno delanteros, según ha informado la agencia estatal rusa TASS, que cita un comunicado de Rosstandart, el organismo regulador técnico del país.

El latiguillo puede rozar con elementos de la suspensión cuando el volante se gira por completo, lo que podría dañarlo y provocar una fuga de líquido de frenos. La campaña afecta a los vehículos vendidos entre marzo de 2025 y enero de 2027, ha precisado la agencia.

Los propietarios serán avisados por carta o por teléfono y en todos los coches se sustituirán los latiguillos delanteros y se montarán fijaciones adicionales, sin coste para el cliente.

El T5 se fabrica desde 2024 en una planta de la región de Leningrado y figura entre los veinte modelos más vendidos en Rusia. Es la primera llamada a revisión de la marca, una de las que han surgido en el mercado ruso tras la salida de los fabricantes occidentales.
""",
}, [("Росстандарт", False)],
[("Росстандарт", "00_ru.txt"), ("Росстандарт", "01_fr.txt"), ("ТАСС", "02_es.txt")],
[("Ladoga Motors is recalling 11,842 Ladoga T5 crossovers because the front brake hose can chafe against suspension parts.",
  ["00_ru.txt", "01_fr.txt", "02_es.txt"], 1),
 ("The recall covers vehicles sold between March 2025 and January 2027; brake hoses are replaced free of charge.",
  ["00_ru.txt", "01_fr.txt", "02_es.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 124 (automotive; invented events, real media names); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, k in claims:
            for a in al:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": k} for t, al, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
