#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand113 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# f01: a food-safety agency's recall notice (AESAN, outside the corpus) taken directly by all four;
# Público adds its own confirmation from Portugal's ASAE (in-corpus origin too); the English article
# (no outlet line, no date line) credits both the notice and Público (two edges).
story("f01_aesan_listeria_cheese", "confirmation", {
"00_es.txt": """Sanidad alerta de la presencia de listeria en un queso de oveja curado de Zamora
El País
2027-05-12T07:45:00+02:00

La Agencia Española de Seguridad Alimentaria y Nutrición (AESAN) ha alertado de la presencia de Listeria monocytogenes en varios lotes de queso de oveja curado de la marca Peña Tejada, elaborado por la Quesería Hermanos Llamazares en Villalpando (Zamora), y recomienda a quienes lo tengan en casa que no lo consuman.

Según ha informado la AESAN en una alerta publicada en su web en la noche del martes, los lotes afectados son el L-2704, el L-2711 y el L-2719, con fechas de consumo preferente entre el 30 de noviembre y el 18 de diciembre de 2027. Se trata tanto de piezas enteras de unos tres kilos como de cuñas envasadas al vacío de 250 gramos.

La información procede de las autoridades sanitarias de Castilla y León, que la trasladaron a la agencia a través del Sistema Coordinado de Intercambio Rápido de Información (SCIRI). El producto se ha distribuido en Castilla y León, Madrid, Galicia y Asturias, y una parte se exportó a Portugal y Francia, por lo que el caso se ha notificado también a la red europea de alerta RASFF.

"Como medida de precaución, se recomienda a las personas que tengan en su domicilio el producto afectado que se abstengan de consumirlo y lo devuelvan al punto de venta", señala el aviso. La agencia precisa que, hasta el momento, no se ha notificado ningún caso de listeriosis asociado a este queso.

La listeriosis es especialmente peligrosa para las embarazadas, las personas mayores y las inmunodeprimidas. Quien haya comido el queso y presente fiebre, vómitos o diarrea en las próximas semanas debe acudir a su centro de salud e informar del consumo, recuerda el texto.

La quesería, una empresa familiar con 46 empleados fundada en 1978, no había respondido a las preguntas de este diario al cierre de esta edición.
""",
"01_pt.txt": """Queijo espanhol com listeria foi vendido em 38 supermercados portugueses, confirma ASAE
Público
12/05/2027 - 16:20

Mais de mil cunhas de um queijo de ovelha curado espanhol em que foi detetada a bactéria Listeria monocytogenes foram vendidas em Portugal, confirmou ao PÚBLICO a Autoridade de Segurança Alimentar e Económica (ASAE).

O alerta partiu de Espanha. Segundo um aviso publicado na noite de terça-feira pela agência espanhola de segurança alimentar (AESAN), estão em causa três lotes do queijo Peña Tejada, produzido pela Quesería Hermanos Llamazares, em Villalpando, na província de Zamora. A agência espanhola recomenda que o produto não seja consumido e que seja devolvido ao local de compra.

Contactada pelo PÚBLICO, a ASAE confirmou que 1140 cunhas de 250 gramas do lote L-2711 chegaram a 38 supermercados das regiões Norte e Centro através de um distribuidor de Braga. "Os operadores já retiraram o produto das prateleiras e estamos a verificar se ainda há unidades em armazém", disse ao nosso jornal o porta-voz da ASAE, Rui Falcão. Segundo o mesmo responsável, não foi registado em Portugal qualquer caso de listeriose associado a este queijo.

A ASAE aconselha quem tenha comprado o produto a verificar o número de lote na embalagem e, em caso de dúvida, a não o consumir. As lojas são obrigadas a aceitar a devolução, mesmo sem talão.

A listeriose é rara mas pode ser grave em grávidas, idosos e pessoas com o sistema imunitário debilitado. Os sintomas, como febre, dores musculares e náuseas, podem surgir várias semanas depois do consumo, o que dificulta a associação ao alimento contaminado.

Portugal é um dos principais destinos dos queijos de Castela e Leão, que chegam sobretudo às cadeias de distribuição do Norte do país.
""",
"02_fr.txt": """Listeria : l'Espagne rappelle un fromage de brebis exporté vers la France et le Portugal
Le Monde
12 mai 2027 à 18h05

L'Agence espagnole de sécurité alimentaire et de nutrition (Aesan) a lancé une alerte après la détection de Listeria monocytogenes dans un fromage de brebis affiné dont une partie a été exportée vers la France et le Portugal.

Selon un avis publié mardi soir sur le site de l'agence, trois lots du fromage Peña Tejada, fabriqué par la fromagerie familiale Hermanos Llamazares à Villalpando, dans la province de Zamora (nord-ouest de l'Espagne), sont concernés : L-2704, L-2711 et L-2719, avec des dates de durabilité minimale comprises entre le 30 novembre et le 18 décembre 2027. Il s'agit de meules d'environ trois kilos et de portions de 250 grammes conditionnées sous vide.

D'après ce document, le fromage a été distribué en Castille-et-León, à Madrid, en Galice et dans les Asturies avant d'être exporté. « Par mesure de précaution, il est recommandé aux personnes qui détiennent le produit concerné de ne pas le consommer et de le rapporter au point de vente », indique l'avis, qui précise qu'aucun cas de listériose lié à ce fromage n'a été signalé à ce stade.

L'alerte a été transmise à la Commission européenne par le système d'alerte rapide RASFF. Interrogée sur les quantités arrivées en France, la direction générale de l'alimentation n'avait pas répondu mercredi soir.

La listériose, contractée par l'ingestion d'aliments contaminés, est rare mais grave : elle peut provoquer des méningites, des septicémies et, chez la femme enceinte, des fausses couches. Sa durée d'incubation, qui peut atteindre huit semaines, complique l'identification de l'aliment en cause.
""",
"03_en.txt": """Spanish sheep's cheese recalled over Listeria; Portugal confirms sales in 38 stores

Spain's food safety agency has warned consumers not to eat a cured sheep's milk cheese after Listeria monocytogenes was found in the product, and authorities in neighbouring Portugal say some of it ended up on supermarket shelves there.

The Spanish Agency for Food Safety and Nutrition (AESAN) said in a notice posted late Tuesday that three lots of Peña Tejada cheese, made by Quesería Hermanos Llamazares in Villalpando in the province of Zamora, are affected. The recall covers whole wheels of about three kilograms and vacuum-packed 250-gram wedges.

According to the notice, the cheese was distributed in the Spanish regions of Castilla y León, Madrid, Galicia and Asturias and was also exported to Portugal and France. AESAN advised anyone holding the product not to eat it and to return it to the place of purchase, and said no illnesses linked to the cheese had been reported so far.

On Wednesday, the Portuguese daily Público reported that the country's Food and Economic Safety Authority (ASAE) had confirmed that 1,140 wedges from lot L-2711 were sold in 38 supermarkets in northern and central Portugal through a distributor in Braga. An ASAE spokesman told the paper that retailers had already pulled the product and that inspectors were checking warehouses for remaining stock.

Listeria infections are relatively rare but can be severe for pregnant women, newborns, older adults and people with weakened immune systems. Symptoms can appear up to eight weeks after eating contaminated food, which makes outbreaks hard to trace.
""",
}, [{"name": "AESAN", "in_corpus": False}, {"name": "Público", "in_corpus": True}],
[("AESAN", "00_es.txt"), ("AESAN", "01_pt.txt"), ("AESAN", "02_fr.txt"), ("AESAN", "03_en.txt"),
 ("Público", "03_en.txt")],
[("Spain's food safety agency AESAN warned of Listeria monocytogenes in Peña Tejada cured sheep's cheese made by Quesería Hermanos Llamazares in Villalpando (Zamora) and advised consumers not to eat it.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], 2),
 ("The affected lots are L-2704, L-2711 and L-2719, with best-before dates between 30 November and 18 December 2027.",
  ["00_es.txt", "02_fr.txt"], 1),
 ("Portugal's ASAE confirmed that 1,140 wedges from lot L-2711 were sold in 38 supermarkets in northern and central Portugal via a distributor in Braga.",
  ["01_pt.txt", "03_en.txt"], 2)])

# f02: a farmers' union statement (Coldiretti, published on its website; outside the corpus) relayed
# directly by four outlets; es has no date line.
story("f02_coldiretti_swine_fever", "institution", {
"00_it.txt": """Peste suina, l'allarme della Coldiretti: "Nove allevamenti colpiti in Lombardia, 48mila maiali abbattuti"
Il Fatto Quotidiano
1 giugno 2027 ore 13:10

La peste suina africana è entrata negli allevamenti lombardi e il conto per la filiera rischia di superare i 110 milioni di euro. Lo denuncia la Coldiretti in una nota diffusa oggi, secondo la quale dall'inizio di maggio il virus è stato trovato in nove allevamenti tra le province di Pavia e Lodi, dove sono stati abbattuti complessivamente circa 48mila maiali.

Secondo l'organizzazione agricola, altri 160 allevamenti si trovano nelle zone di restrizione istituite attorno ai focolai: gli animali non possono essere spostati e molti allevatori non riescono a consegnare i suini ai macelli. "Gli allevatori stanno pagando gli errori di chi per anni ha ignorato la proliferazione incontrollata dei cinghiali", si legge nel comunicato, che indica negli animali selvatici il principale veicolo del contagio.

La Coldiretti chiede un piano straordinario di abbattimento dei cinghiali, indennizzi "entro trenta giorni e non entro tre anni" e un fondo per i prosciuttifici che rischiano di restare senza materia prima. "Senza un intervento immediato rischiamo di perdere un pezzo della zootecnia che rende grande il made in Italy nel mondo", afferma nella nota il presidente della Coldiretti Lombardia, Giancarlo Ferrandi.

La Lombardia, ricorda l'organizzazione, ospita circa la metà dei suini allevati in Italia, oltre quattro milioni di capi, destinati in gran parte alle produzioni di salumi a denominazione d'origine.

La peste suina africana non si trasmette all'uomo, ma è quasi sempre letale per maiali e cinghiali e contro di essa non esiste un vaccino. In Italia il virus circola tra i cinghiali selvatici del Nord da diversi anni.
""",
"01_fr.txt": """Italie : la peste porcine africaine frappe neuf élevages lombards, selon la Coldiretti
La France Agricole
01/06/2027 17:40

Neuf élevages de porcs des provinces de Pavie et de Lodi, en Lombardie, ont été touchés depuis début mai par la peste porcine africaine (PPA), selon un communiqué publié mardi par la Coldiretti, premier syndicat agricole italien. Environ 48 000 porcs ont été abattus.

Le syndicat estime les pertes pour la filière à plus de 110 millions d'euros. Quelque 160 autres exploitations se trouvent dans les zones réglementées autour des foyers, où tout mouvement d'animaux est interdit, ce qui empêche de nombreux éleveurs de livrer leurs porcs aux abattoirs.

« Les éleveurs paient les erreurs de ceux qui ont ignoré pendant des années la prolifération incontrôlée des sangliers », écrit l'organisation, qui réclame un plan exceptionnel d'abattage des sangliers et le versement des indemnisations « sous trente jours et non sous trois ans ». Pour le président de la Coldiretti en Lombardie, Giancarlo Ferrandi, cité dans le texte, c'est « un pan de l'élevage qui fait la grandeur du made in Italy » qui est menacé.

La Lombardie concentre environ la moitié du cheptel porcin italien, soit plus de quatre millions de têtes, en grande partie destinées aux charcuteries sous appellation.

La PPA n'est pas transmissible à l'homme mais elle est presque toujours mortelle pour les porcs et les sangliers, et il n'existe aucun vaccin. En France, la filière porcine surveille de près l'évolution de l'épizootie chez ses voisins européens, la maladie pouvant être transportée sur de longues distances par des denrées contaminées.
""",
"02_uk.txt": """В Італії африканська чума свиней уразила дев'ять ферм у Ломбардії — Coldiretti
Укрінформ
01.06.2027 19:25

В італійському регіоні Ломбардія з початку травня африканську чуму свиней (АЧС) виявили на дев'яти свинофермах у провінціях Павія та Лоді, знищено близько 48 тисяч свиней. Про це йдеться в заяві найбільшої фермерської організації Італії Coldiretti, оприлюдненій на її сайті.

За оцінкою організації, збитки галузі можуть перевищити 110 мільйонів євро. Ще 160 господарств опинилися в зонах обмежень навколо осередків хвороби: переміщувати тварин там заборонено, тож фермери не можуть відвантажувати свиней на бійні.

«Фермери розплачуються за помилки тих, хто роками ігнорував неконтрольоване розмноження диких кабанів», — наголошують у Coldiretti. Організація вимагає надзвичайного плану відстрілу кабанів і виплати компенсацій «упродовж тридцяти днів, а не трьох років».

Голова Coldiretti в Ломбардії Джанкарло Ферранді, слова якого наводяться в заяві, попередив, що без негайних дій Італія може втратити частину тваринництва, на якому тримається слава італійських ковбас і шинок.

У Ломбардії утримують близько половини всього поголів'я свиней Італії — понад чотири мільйони голів.

АЧС не становить небезпеки для людей, однак майже завжди смертельна для свиней і диких кабанів; вакцини від неї не існує. Хвороба добре відома і українським фермерам: її спалахи щороку фіксують у різних областях.
""",
"03_es.txt": """La peste porcina africana llega a nueve granjas de Lombardía
La Vanguardia

La peste porcina africana (PPA) se ha detectado en nueve granjas de porcino de las provincias de Pavía y Lodi, en la región italiana de Lombardía, donde se han sacrificado unos 48.000 cerdos desde principios de mayo, según ha denunciado este martes la organización agraria italiana Coldiretti en un comunicado.

La organización cifra las pérdidas para el sector en más de 110 millones de euros y advierte de que otras 160 explotaciones han quedado dentro de las zonas de restricción establecidas alrededor de los focos, en las que está prohibido mover animales.

"Los ganaderos están pagando los errores de quienes durante años han ignorado la proliferación descontrolada de los jabalíes", sostiene Coldiretti, que reclama un plan extraordinario de control de la población de jabalíes y que las indemnizaciones se paguen "en treinta días y no en tres años". El presidente de la organización en Lombardía, Giancarlo Ferrandi, alerta en la nota de que está en juego "una parte de la ganadería que hace grande el made in Italy en el mundo".

Lombardía concentra cerca de la mitad de la cabaña porcina italiana, con más de cuatro millones de animales, buena parte de ellos destinados a embutidos con denominación de origen.

La PPA no afecta a las personas, pero es casi siempre mortal para cerdos y jabalíes y no existe vacuna. El sector porcino español, primer productor de la Unión Europea, sigue con atención la evolución de la enfermedad en otros países por su posible impacto en las exportaciones.
""",
}, [{"name": "Coldiretti", "in_corpus": False}],
[("Coldiretti", "00_it.txt"), ("Coldiretti", "01_fr.txt"), ("Coldiretti", "02_uk.txt"), ("Coldiretti", "03_es.txt")],
[("African swine fever has been found since early May in nine pig farms in the provinces of Pavia and Lodi (Lombardy), where about 48,000 pigs were culled.",
  ["00_it.txt", "01_fr.txt", "02_uk.txt", "03_es.txt"], 1),
 ("Coldiretti puts the sector's losses at more than 110 million euros and demands an extraordinary wild boar culling plan and compensation within thirty days.",
  ["00_it.txt", "01_fr.txt", "02_uk.txt", "03_es.txt"], 1)])

# f03: an agriculture ministry's order (outside the corpus) -> Латифундист -> Euractiv -> Rzeczpospolita
# (chain); agrarheute credits Латифундист directly. Edges go from the credited in-corpus outlet.
story("f03_ministry_poultry_ban_chain", "chain", {
"00_uk.txt": """Україна обмежила ввезення птиці з двох польських воєводств через пташиний грип
Латифундист
08.07.2027, 11:32

Україна тимчасово заборонила ввезення м'яса птиці, живої птиці та інкубаційних яєць із Великопольського та Лодзинського воєводств Польщі через спалахи високопатогенного пташиного грипу. Про це йдеться в наказі Міністерства аграрної політики та продовольства №412, оприлюдненому в четвер на сайті відомства.

Згідно з документом, обмеження діє з дня оприлюднення наказу. Партії, відвантажені до 8 липня з ветеринарними сертифікатами, виданими до цієї дати, пропускатимуть через кордон лише після лабораторного дослідження. На термічно оброблену продукцію заборона не поширюється.

У наказі зазначено, що з середини червня польська ветеринарна служба повідомила Всесвітню організацію охорони здоров'я тварин (WOAH) про 14 спалахів вірусу H5N1 на промислових птахофермах у двох воєводствах. Обмеження скасують, якщо впродовж 28 днів після завершення дезінфекції останнього осередку нових випадків не буде.

Як ідеться в пояснювальній записці до наказу, торік на Польщу припадало 38% українського імпорту м'яса птиці — близько 41 тис. тонн. Здебільшого йдеться про курячі четвертини та механічно відокремлене м'ясо для ковбасних виробництв.

Міністерство також доручило Держпродспоживслужбі посилити контроль на пунктах пропуску на українсько-польському кордоні.

Україна є нетто-експортером курятини, однак окремі позиції, зокрема сировину для м'ясопереробки, традиційно імпортує з країн ЄС.
""",
"01_en.txt": """Ukraine bans poultry from two Polish regions over bird flu
Euractiv
2027-07-09 08:15

Ukraine has temporarily banned imports of poultry meat, live birds and hatching eggs from Poland's Wielkopolska and Łódź regions following outbreaks of highly pathogenic avian influenza, the Ukrainian agribusiness outlet Latifundist reported on Thursday, citing an order by the country's agriculture ministry.

The restriction took effect on publication, Latifundist said. Consignments shipped before 8 July with veterinary certificates issued before that date will still be admitted, but only after laboratory testing at the border. Heat-treated products are exempt.

According to the outlet, Poland has notified the World Organisation for Animal Health of 14 H5N1 outbreaks on commercial farms in the two regions since mid-June. The ban will be lifted if no new cases are found within 28 days of the final disinfection of the last outbreak, the report said.

Poland accounted for 38% of Ukraine's poultry meat imports last year, or about 41,000 tonnes, Latifundist added, citing an explanatory note to the order.

The move is a regionalised ban of the kind the EU itself applies to third countries hit by bird flu, rather than a blanket restriction on Polish poultry. It nonetheless lands at a sensitive moment for farm trade between the two neighbours, which has been strained by disputes over Ukrainian grain, sugar and eggs.

The European Commission did not respond to a request for comment by the time of publication.
""",
"02_pl.txt": """Ukraina wstrzymuje import drobiu z Wielkopolski i Łódzkiego
Rzeczpospolita
9 lipca 2027 12:40

Ukraina czasowo zakazała przywozu mięsa drobiowego, żywego drobiu i jaj wylęgowych z województw wielkopolskiego i łódzkiego z powodu ognisk wysoce zjadliwej grypy ptaków – informuje brukselski portal Euractiv, powołując się na ukraiński serwis rolniczy Latifundist.

Jak podaje Euractiv, zakaz obowiązuje od dnia publikacji rozporządzenia ukraińskiego resortu rolnictwa. Partie wysłane przed 8 lipca, z certyfikatami weterynaryjnymi wystawionymi przed tą datą, będą wpuszczane na Ukrainę dopiero po badaniach laboratoryjnych na granicy. Zakaz nie dotyczy produktów poddanych obróbce termicznej.

Według portalu ograniczenia zostaną zniesione, jeśli w ciągu 28 dni od zakończenia dezynfekcji ostatniego ogniska nie pojawią się nowe przypadki. Od połowy czerwca w obu województwach wykryto 14 ognisk wirusa H5N1 w fermach towarowych.

Z informacji Euractivu wynika też, że w ubiegłym roku Polska odpowiadała za 38 proc. ukraińskiego importu mięsa drobiowego, czyli ok. 41 tys. ton.

Wielkopolska i Łódzkie należą do najważniejszych regionów drobiarskich w kraju, a Polska jest największym producentem drobiu w Unii Europejskiej. Branża od miesięcy obawia się, że kolejne ogniska ptasiej grypy mogą zamknąć jej część rynków eksportowych.

Regionalizacja, czyli ograniczenie zakazu do obszarów objętych ogniskami, jest standardowym rozwiązaniem stosowanym w handlu drobiem i pozwala pozostałym regionom kontynuować eksport.
""",
"03_de.txt": """Vogelgrippe: Ukraine stoppt Geflügelimporte aus zwei polnischen Woiwodschaften
agrarheute
10. Juli 2027, 09:15 Uhr

Die Ukraine hat die Einfuhr von Geflügelfleisch, lebendem Geflügel und Bruteiern aus den polnischen Woiwodschaften Großpolen und Łódź vorübergehend verboten, wie das ukrainische Agrarportal Latifundist unter Berufung auf eine Anordnung des Agrarministeriums in Kiew berichtet. Grund sind 14 Ausbrüche der hochpathogenen Geflügelpest H5N1 in gewerblichen Betrieben, die Polen seit Mitte Juni gemeldet hat.

Laut Latifundist gilt das Verbot seit der Veröffentlichung der Anordnung. Sendungen, die vor dem 8. Juli mit gültigem Veterinärzertifikat verschickt wurden, dürfen nach einer Laboruntersuchung an der Grenze noch eingeführt werden; wärmebehandelte Produkte sind ausgenommen. Aufheben will das Ministerium die Sperre erst, wenn 28 Tage nach der Schlussdesinfektion des letzten Ausbruchs keine neuen Fälle auftreten, heißt es in dem Bericht.

Polen lieferte dem Portal zufolge im vergangenen Jahr 38 Prozent der ukrainischen Geflügelfleischimporte, rund 41.000 Tonnen.

Für den europäischen Geflügelmarkt ist die Sperre vor allem ein Signal: Polen ist der mit Abstand größte Geflügelproduzent der EU, und Großpolen gilt als eines der Zentren der Branche. Handelsbeschränkungen nach Geflügelpest-Ausbrüchen werden inzwischen meist regional begrenzt, damit nicht die Exporte eines ganzen Landes stillstehen.
""",
}, [{"name": "Ministry of Agrarian Policy and Food of Ukraine", "in_corpus": False}],
[("Ministry of Agrarian Policy and Food of Ukraine", "00_uk.txt"), ("Латифундист", "01_en.txt"),
 ("Euractiv", "02_pl.txt"), ("Латифундист", "03_de.txt")],
[("Ukraine temporarily banned imports of poultry meat, live poultry and hatching eggs from Poland's Wielkopolskie and Łódzkie voivodeships because of bird flu outbreaks.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1),
 ("Poland accounted for 38% of Ukraine's poultry meat imports last year, about 41,000 tonnes.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1)])

# f04: an outside wire agency (Reuters, three anonymous traders) relayed 5x; the Spanish relay also
# carries a confirmation Spanish ministry sources gave to EFE (second outside origin, edge from EFE).
story("f04_reuters_aflatoxin_corn", "agency", {
"00_uk.txt": """Іспанія не прийняла два судна з українською кукурудзою через афлатоксини — Reuters
Латифундист
30.08.2027, 17:05

Іспанські органи контролю в порту Таррагона не допустили на ринок дві партії української кукурудзи загальним обсягом близько 61 тис. тонн через перевищення вмісту афлатоксину B1. Про це повідомляє агентство Reuters з посиланням на трьох європейських трейдерів, знайомих із ситуацією.

За даними агентства, зерно завантажили на початку серпня в порту Чорноморськ, експортером є компанія «Південь Агро Трейд». Лабораторні аналізи виявили до 9 мкг/кг афлатоксину B1 за допустимого в ЄС рівня 5 мкг/кг для кукурудзи, яку переробляють на харчові продукти.

Співрозмовники Reuters, які попросили не називати їхніх імен, оскільки не уповноважені говорити з пресою, розповіли, що власник вантажу тепер вирішує, чи повертати кукурудзу, чи переспрямувати її на виробництво кормів у країну за межами ЄС. «Такі обсяги відбраковують рідко, тож ринок нервує», — цитує агентство одного з трейдерів.

У «Південь Агро Трейд» від коментарів агентству відмовилися. Міністерство сільського господарства Іспанії на запит Reuters не відповіло.

Іспанія традиційно входить до найбільших покупців української кукурудзи в ЄС: зерно там використовують передусім для виробництва комбікормів. Афлатоксини — токсичні продукти плісеневих грибів, що розмножуються в зерні під час спеки й посухи; у великих дозах вони шкодять печінці.

Учасники ринку побоюються, що після цього випадку європейські покупці посилять вимоги до лабораторного контролю українського зерна нового врожаю.
""",
"01_es.txt": """España rechaza dos cargamentos de maíz ucraniano por exceso de aflatoxinas
La Vanguardia
30/08/2027 19:48

Las autoridades españolas han rechazado en el puerto de Tarragona dos cargamentos de maíz ucraniano, de unas 61.000 toneladas en total, tras detectar niveles de aflatoxina B1 superiores a los permitidos por la Unión Europea, según ha informado la agencia Reuters, que cita a tres operadores europeos que pidieron no ser identificados.

De acuerdo con esas fuentes, los análisis encontraron hasta 9 microgramos de aflatoxina B1 por kilo, casi el doble del límite de 5 microgramos fijado por Bruselas para el maíz destinado a alimentación humana. El propietario de la mercancía estudia ahora devolverla o desviarla a la fabricación de piensos en un país de fuera de la UE, añade la agencia británica.

Fuentes del Ministerio de Agricultura, Pesca y Alimentación confirmaron por su parte a EFE que los servicios de inspección en frontera han rechazado "dos partidas de maíz de origen ucraniano" por superar los límites de aflatoxinas, aunque no precisaron el volumen ni el destino final de la mercancía. "El sistema de control ha funcionado como debe", señalaron esas mismas fuentes a la agencia.

España es uno de los mayores importadores de maíz de la UE, ya que su producción propia no cubre la demanda de la industria de piensos, y Tarragona es uno de los principales puertos de entrada del cereal.

Las aflatoxinas son sustancias tóxicas producidas por hongos que proliferan en el grano en condiciones de calor y sequía. Su presencia en el pienso puede trasladarse a la leche, por lo que los controles son especialmente estrictos.
""",
"02_it.txt": """Mais ucraino respinto in Spagna: aflatossine oltre i limiti su 61mila tonnellate
Il Sole 24 Ore
31 agosto 2027

Due carichi di mais ucraino, circa 61mila tonnellate complessive, sono stati respinti dalle autorità spagnole nel porto di Tarragona perché contenevano aflatossina B1 oltre i limiti consentiti dall'Unione europea. È quanto riferito dall'agenzia Reuters, che cita tre trader europei a conoscenza della vicenda.

I carichi, secondo la ricostruzione dell'agenzia, erano partiti ai primi di agosto dal porto ucraino di Chornomorsk ed erano stati venduti dall'esportatore Pivden Agro Trade. Le analisi avrebbero rilevato fino a 9 microgrammi per chilo di aflatossina B1, quasi il doppio della soglia Ue di 5 microgrammi prevista per il mais destinato al consumo umano.

Le fonti citate da Reuters, che hanno chiesto l'anonimato perché non autorizzate a parlare con la stampa, sostengono che il proprietario della merce stia valutando se riportarla indietro o destinarla alla mangimistica fuori dall'Ue. La società esportatrice non ha voluto commentare, ha precisato l'agenzia.

Per l'Italia, che importa ogni anno diversi milioni di tonnellate di mais, il tema delle aflatossine è particolarmente delicato: le tossine possono passare dai mangimi al latte, e la filiera lattiero-casearia, a partire dai grandi formaggi Dop, applica controlli molto severi sulla materia prima.

L'estate calda e secca nel bacino del Mar Nero aveva già fatto temere agli operatori un aumento delle contaminazioni nel raccolto di quest'anno.
""",
"03_de.txt": """Aflatoxin-Funde: Spanien weist ukrainischen Mais zurück
agrarheute
31.08.2027

Spanien hat im Hafen von Tarragona zwei Schiffsladungen ukrainischen Mais mit zusammen rund 61.000 Tonnen zurückgewiesen, weil die Ware zu viel Aflatoxin B1 enthielt. Das meldete die Nachrichtenagentur Reuters am Montag unter Berufung auf drei europäische Händler, die namentlich nicht genannt werden wollten.

Nach Angaben der Agentur wurde der Mais Anfang August im Hafen Tschornomorsk verladen; Exporteur sei das Unternehmen Piwden Agro Trade. In Proben seien bis zu 9 Mikrogramm Aflatoxin B1 je Kilogramm gefunden worden, bei einem EU-Grenzwert von 5 Mikrogramm für Mais, der zu Lebensmitteln verarbeitet wird.

Der Eigentümer der Ladungen prüfe nun, ob er sie zurückschicken oder als Futtermittel in ein Land außerhalb der EU umleiten lasse, so die Händler gegenüber Reuters. Das Exportunternehmen wollte sich nicht äußern.

Für den europäischen Maismarkt kommt die Nachricht zur Unzeit: Die Hitze im Schwarzmeerraum hat die Sorge vor Schimmelpilzgiften in der neuen Ernte ohnehin wachsen lassen. Aflatoxine gelten als stark krebserregend und können über das Futter in die Milch übergehen, weshalb auch deutsche Mischfutterhersteller ihre Importware regelmäßig untersuchen lassen.

Die Ukraine ist einer der wichtigsten Maislieferanten der EU.
""",
"04_pt.txt": """Espanha rejeita milho ucraniano contaminado com aflatoxinas
Público
31 de Agosto de 2027, 10:02

As autoridades espanholas recusaram a entrada no porto de Tarragona de dois carregamentos de milho ucraniano, num total de cerca de 61 mil toneladas, depois de terem sido detetados níveis de aflatoxina B1 acima dos limites da União Europeia, noticiou na segunda-feira a agência Reuters, citando três comerciantes europeus.

Segundo a agência, o milho foi carregado no início de Agosto no porto ucraniano de Chornomorsk pela exportadora Pivden Agro Trade. As análises encontraram até nove microgramas de aflatoxina B1 por quilo, quando o limite europeu para o milho destinado à alimentação humana é de cinco.

Os comerciantes ouvidos pela Reuters, que pediram o anonimato, explicaram que o dono da carga está a ponderar devolvê-la ou encaminhá-la para o fabrico de rações num país fora da UE. A exportadora recusou comentar.

O PÚBLICO questionou a Direção-Geral de Alimentação e Veterinária sobre eventuais cargas do mesmo exportador com destino a Portugal, mas não obteve resposta até à hora de publicação.

Portugal depende fortemente do milho importado para a alimentação animal, e a Ucrânia tem sido, nos últimos anos, um dos seus principais fornecedores. As aflatoxinas, produzidas por fungos que se desenvolvem no grão em anos quentes e secos, são consideradas cancerígenas e podem passar das rações para o leite.
""",
}, [{"name": "Reuters", "in_corpus": False}, {"name": "EFE", "in_corpus": False}],
[("Reuters", "00_uk.txt"), ("Reuters", "01_es.txt"), ("EFE", "01_es.txt"), ("Reuters", "02_it.txt"),
 ("Reuters", "03_de.txt"), ("Reuters", "04_pt.txt")],
[("Spanish authorities rejected two cargoes of Ukrainian corn, about 61,000 tonnes, at the port of Tarragona because of aflatoxin B1 above EU limits.",
  ["00_uk.txt", "01_es.txt", "02_it.txt", "03_de.txt", "04_pt.txt"], 2),
 ("The corn was loaded at Chornomorsk in early August and sold by the exporter Pivden Agro Trade.",
  ["00_uk.txt", "02_it.txt", "03_de.txt", "04_pt.txt"], 1)])

# f05: two independent roots: Expresso's own report (two anonymous ASAE sources) in the morning and
# the company's (invented) press release in the afternoon. es relays both (two edges); en (no date
# line) and fr relay only the press release.
story("f05_ribamar_mackerel_recall", "independent", {
"00_pt.txt": """ASAE detetou histamina acima do limite em conservas de cavala de Peniche
Expresso
14 setembro 2027 8:30

Inspetores da Autoridade de Segurança Alimentar e Económica (ASAE) detetaram níveis de histamina acima do limite legal em latas de cavala em azeite produzidas pela Conservas Ribamar, em Peniche, segundo apurou o Expresso junto de duas fontes da autoridade, que pediram para não ser identificadas por não estarem autorizadas a falar publicamente sobre o caso.

As análises a amostras recolhidas em agosto num armazém de distribuição em Loures revelaram até 310 miligramas de histamina por quilo, acima dos 200 permitidos pela legislação europeia. "Não é um valor que apareça por acaso. Houve uma falha na cadeia de frio do peixe antes de chegar à fábrica", disse ao Expresso uma das fontes.

Segundo as mesmas fontes, a ASAE notificou a empresa na sexta-feira e exigiu a retirada do mercado dos lotes em causa. O caso terá sido comunicado também à rede europeia de alerta rápido RASFF, uma vez que parte da produção segue para Espanha e França.

A Conservas Ribamar não respondeu às perguntas enviadas pelo Expresso até à hora de publicação. A empresa, fundada em 1961, é uma das maiores conserveiras da região Oeste.

A histamina forma-se quando o peixe, sobretudo cavala, atum ou sardinha, não é mantido a temperaturas suficientemente baixas depois da captura. Não é destruída pelo cozimento nem pela esterilização da lata. Em doses elevadas provoca a chamada intoxicação escombroide, com rubor, dores de cabeça, palpitações e diarreia, que normalmente desaparece em poucas horas.
""",
"01_es.txt": """La conservera portuguesa Ribamar retira 212.000 latas de caballa por histamina
Expansión
14/09/2027 18:55

La conservera portuguesa Conservas Ribamar ha iniciado la retirada voluntaria de 212.000 latas de caballa en aceite de oliva tras detectarse niveles de histamina por encima del límite legal, según ha comunicado la propia empresa en una nota de prensa publicada este martes en su web. Los cinco lotes afectados, de latas de 120 gramos de la marca Ribamar, se vendieron en Portugal, España y Francia.

"La seguridad de quienes consumen nuestros productos está por encima de cualquier otra consideración", afirma en el comunicado la consejera delegada de la compañía, Helena Vasconcelos, que pide a los clientes que devuelvan las latas en los establecimientos donde las compraron.

El semanario portugués Expresso había adelantado por la mañana, citando a dos fuentes de la Autoridad de Seguridad Alimentaria y Económica (ASAE), que los inspectores habían encontrado hasta 310 miligramos de histamina por kilo en muestras tomadas en agosto en un almacén de Loures, frente al máximo de 200 miligramos que permite la normativa europea. Según el semanario, la autoridad notificó a la empresa el pasado viernes.

Con sede en Peniche, al norte de Lisboa, Ribamar es una de las conserveras de referencia de la región Oeste y exporta buena parte de su producción. Portugal es uno de los principales proveedores de conservas de pescado del mercado español, junto con Marruecos.

La histamina se forma cuando el pescado no se conserva en frío tras la captura y no desaparece con la cocción. En dosis altas provoca intoxicaciones leves pero muy molestas.
""",
"02_en.txt": """Portuguese canner recalls mackerel over histamine
Food Safety News

A Portuguese seafood canner is recalling more than 200,000 cans of mackerel in olive oil because of elevated histamine levels.

Conservas Ribamar, based in the fishing town of Peniche, said in a statement posted on its website on Tuesday that five lots of its 120-gram "Ribamar" mackerel in olive oil are affected, a total of 212,000 cans. The products were sold in Portugal, Spain and France, the company said.

"The safety of the people who eat our products comes before any other consideration," Chief Executive Helena Vasconcelos said in the statement. Customers are asked to return the cans to the store where they bought them for a full refund.

According to the company, no illnesses have been reported so far. Ribamar said it had halted its mackerel line while it audits its fish suppliers and the cold chain between the port and its plant.

Histamine forms in fish such as mackerel, tuna and sardines when they are not kept cold enough after being caught. It is not destroyed by cooking or canning. High levels can cause scombroid poisoning, whose symptoms include flushing, headache, a peppery taste in the mouth, palpitations and diarrhea, usually within an hour of eating.

The European Union limits histamine in fishery products from species associated with it to 200 milligrams per kilogram.
""",
"03_fr.txt": """Conserves : le portugais Ribamar rappelle 212.000 boîtes de maquereau
Les Echos
14 sept. 2027 à 19:30

Le conserveur portugais Conservas Ribamar rappelle 212.000 boîtes de maquereau à l'huile d'olive en raison d'un taux d'histamine supérieur à la limite autorisée, a annoncé mardi l'entreprise dans un communiqué. Cinq lots de boîtes de 120 grammes de la marque Ribamar, vendus au Portugal, en Espagne et en France, sont concernés.

« La sécurité de ceux qui consomment nos produits passe avant toute autre considération », affirme la directrice générale, Helena Vasconcelos, citée dans le texte. Le conserveur, installé à Peniche, au nord de Lisbonne, invite ses clients à rapporter les boîtes en magasin pour être remboursés.

Selon Ribamar, aucun cas d'intoxication n'a été signalé à ce jour. L'entreprise explique avoir mis à l'arrêt sa ligne de maquereau le temps d'auditer ses fournisseurs de poisson et la chaîne du froid entre le port et l'usine. En France, les boîtes ont été vendues principalement dans des épiceries fines et en ligne, précise le communiqué.

Le rappel intervient dans un secteur en pleine montée en gamme : la conserve de poisson portugaise, longtemps produit bon marché, s'est fait une place ces dernières années sur les tables des restaurants et dans les rayons spécialisés à l'étranger.

L'histamine se forme lorsque le poisson n'est pas conservé au froid après la pêche ; elle résiste à la cuisson et à la stérilisation.
""",
}, [{"name": "Expresso", "in_corpus": True}, {"name": "Conservas Ribamar", "in_corpus": False}],
[("Conservas Ribamar", "01_es.txt"), ("Expresso", "01_es.txt"), ("Conservas Ribamar", "02_en.txt"),
 ("Conservas Ribamar", "03_fr.txt")],
[("Conservas Ribamar is recalling 212,000 cans (five lots) of mackerel in olive oil because of histamine above the legal limit.",
  ["01_es.txt", "02_en.txt", "03_fr.txt"], 2),
 ("ASAE inspectors found up to 310 mg/kg of histamine, above the 200 mg/kg limit, in samples taken in August at a warehouse in Loures.",
  ["00_pt.txt", "01_es.txt"], 2),
 ("Ribamar says no illnesses have been reported and it has halted its mackerel line to audit its fish suppliers.",
  ["02_en.txt", "03_fr.txt"], 1)])

# f06: in-corpus scoop (Il Fatto Quotidiano: an internal ICQRF report seen by the paper, two anonymous
# inspectors, the company's lawyer contacted by the paper) relayed by es, fr, en; pt is an uncredited
# close translation published the next morning (keeps "este jornal"): edge from Il Fatto Quotidiano.
story("f06_ilfatto_olive_oil_scoop", "translation", {
"00_it.txt": """Olio "100% italiano" che italiano non era: la relazione dell'antifrode sull'Oleificio Valle del Sangro
Il Fatto Quotidiano
5 ottobre 2027, 06:30

Per almeno due campagne olearie, un milione e trecentomila litri di olio extravergine venduto come "100% italiano" da un frantoio abruzzese contenevano in realtà oli tunisini e spagnoli. È quanto emerge da una relazione interna dell'Ispettorato centrale della tutela della qualità e della repressione frodi (Icqrf) che il Fatto Quotidiano ha potuto consultare.

Il documento, datato 12 settembre e trasmesso alla Procura di Lanciano, riguarda l'Oleificio Valle del Sangro srl di Atessa, in provincia di Chieti. Gli ispettori hanno fatto eseguire analisi isotopiche su 40 campioni prelevati tra gennaio e giugno negli stabilimenti e nei supermercati: in 31 casi il profilo è risultato incompatibile con olive italiane. In 14 campioni sono stati trovati anche residui di clorpirifos, un insetticida non più autorizzato nell'Ue, in quantità superiori al limite massimo.

"Abbiamo ricostruito i flussi dalle fatture: l'olio arrivava in cisterna da Sfax e da Jaén e usciva in bottiglia con il tricolore", racconta al Fatto uno dei due ispettori che hanno seguito il caso e che chiedono di restare anonimi perché non autorizzati a parlare. "I residui di clorpirifos ci hanno preoccupato più dell'etichetta", aggiunge il secondo.

L'avvocato dell'azienda, Marco Di Lullo, contattato dal nostro giornale, respinge le accuse: "Le analisi isotopiche non sono una prova. Ci riserviamo di agire in tutte le sedi a tutela dell'oleificio".

Nel 2026 l'azienda ha dichiarato un fatturato di 38 milioni di euro e vende con tre marchi nella grande distribuzione italiana e tedesca.
""",
"01_es.txt": """Un informe italiano acusa a una almazara de vender como italiano aceite tunecino y de Jaén
El País
05 oct 2027 - 13:10 CEST

Un informe interno del organismo antifraude agroalimentario italiano concluye que una almazara de los Abruzos vendió durante al menos dos campañas 1,3 millones de litros de aceite de oliva virgen extra etiquetado como "100% italiano" que en realidad contenía aceites tunecinos y españoles. Así lo ha revelado este martes el diario italiano Il Fatto Quotidiano, que ha tenido acceso al documento del ICQRF.

Según el periódico, la empresa afectada es el Oleificio Valle del Sangro, con sede en Atessa (Chieti), y el informe, fechado el 12 de septiembre, ya está en manos de la Fiscalía de Lanciano. De las 40 muestras analizadas, 31 tenían un perfil isotópico incompatible con aceitunas italianas, y 14 contenían además residuos del insecticida clorpirifós por encima del límite legal.

"El aceite llegaba en cisterna desde Sfax y desde Jaén y salía embotellado con la bandera tricolor", explica al rotativo uno de los dos inspectores que llevaron el caso, que piden el anonimato.

El abogado de la empresa rechazó las acusaciones en declaraciones al diario romano y anunció acciones legales. Las importaciones italianas de aceite español son legales y habituales; lo que se investiga es el etiquetado de origen.

El caso llega en un momento delicado para el sector, después de varias campañas de precios récord en las que el fraude en el etiquetado de origen se ha convertido en una preocupación creciente en Bruselas. España es el primer productor mundial de aceite de oliva y su principal cliente es Italia.
""",
"02_fr.txt": """Italie : une huile « 100 % italienne » coupée d'huiles tunisienne et espagnole, selon la presse
Le Monde
5 octobre 2027 à 16h45

Un moulin à huile des Abruzzes aurait écoulé, pendant au moins deux campagnes, 1,3 million de litres d'huile d'olive vierge extra étiquetée « 100 % italienne » alors qu'elle contenait des huiles tunisiennes et espagnoles, rapporte mardi Il Fatto Quotidiano, qui a consulté un rapport interne de l'inspection antifraude agroalimentaire italienne (ICQRF).

D'après le quotidien, l'entreprise visée, l'Oleificio Valle del Sangro, basée à Atessa, dans la province de Chieti, fait l'objet d'un signalement au parquet de Lanciano. Sur quarante échantillons prélevés entre janvier et juin, trente et un présentaient un profil isotopique incompatible avec des olives italiennes, et quatorze contenaient des résidus de chlorpyrifos, un insecticide interdit dans l'Union européenne, au-delà de la limite maximale.

Le journal cite deux inspecteurs s'exprimant sous couvert d'anonymat. « L'huile arrivait en citerne de Sfax et de Jaén et repartait en bouteille avec le drapeau tricolore », affirme l'un d'eux. L'avocat de l'entreprise a rejeté ces accusations auprès du quotidien, estimant que les analyses isotopiques « ne sont pas une preuve ».

Ces révélations tombent mal pour une filière italienne qui fait de l'origine nationale un argument de vente premium. Le « made in Italy » alimentaire est régulièrement la cible de contrefaçons, et les autorités multiplient les contrôles depuis la flambée des prix de l'huile d'olive.
""",
"03_pt.txt": """Azeite "100% italiano" afinal era tunisino e espanhol, acusa inspeção antifraude
Diário de Notícias
06/10/2027 07:15

Durante pelo menos duas campanhas, um milhão e trezentos mil litros de azeite virgem extra vendido como "100% italiano" por um lagar dos Abruzos continham na realidade azeites tunisinos e espanhóis. É o que revela um relatório interno da Inspeção Central de Proteção da Qualidade e Repressão de Fraudes (ICQRF) italiana a que este jornal teve acesso.

O documento, datado de 12 de setembro e enviado ao Ministério Público de Lanciano, diz respeito ao Oleificio Valle del Sangro, de Atessa, na província de Chieti. Os inspetores mandaram fazer análises isotópicas a 40 amostras recolhidas entre janeiro e junho nas instalações e em supermercados: em 31 casos, o perfil revelou-se incompatível com azeitonas italianas. Em 14 amostras foram encontrados também resíduos de clorpirifos, um inseticida já não autorizado na UE, em quantidades superiores ao limite máximo.

"Reconstituímos os fluxos a partir das faturas: o azeite chegava em cisterna de Sfax e de Jaén e saía engarrafado com a bandeira tricolor", conta a este jornal um dos dois inspetores que acompanharam o caso e que pedem o anonimato por não estarem autorizados a falar. "Os resíduos de clorpirifos preocuparam-nos mais do que o rótulo", acrescenta o segundo.

O advogado da empresa, Marco Di Lullo, contactado por este jornal, rejeita as acusações: "As análises isotópicas não são uma prova. Reservamo-nos o direito de agir em todas as instâncias em defesa do lagar."

Em 2026, a empresa declarou uma faturação de 38 milhões de euros e vende com três marcas na grande distribuição italiana e alemã.
""",
"04_en.txt": """Italian inspectors say 'Italian' oil from Abruzzo mill was blended with Tunisian and Spanish oil
Olive Oil Times
Oct. 6, 2027

An olive oil mill in the Italian region of Abruzzo sold about 1.3 million liters of extra virgin olive oil labeled "100 percent Italian" that in fact contained Tunisian and Spanish oils, according to an internal report by Italy's agri-food fraud inspectorate, as first reported by Il Fatto Quotidiano.

The report, dated September 12 and sent to prosecutors in Lanciano, concerns Oleificio Valle del Sangro of Atessa, in the province of Chieti, the Rome-based daily said. Isotope analyses of 40 samples taken between January and June found that 31 were inconsistent with Italian olives, while 14 also contained residues of chlorpyrifos, an insecticide no longer authorized in the European Union, above the maximum residue level.

One of two inspectors who spoke to the newspaper on condition of anonymity said invoices showed oil arriving by tanker from Sfax, in Tunisia, and Jaén, in Spain, and leaving the mill "in bottles with the tricolor." A lawyer for the company told Il Fatto Quotidiano that isotope analyses "are not proof" and that the mill would take legal action.

Isotope testing has become one of the main tools used by European authorities to verify the geographic origin of olive oil, although producers have long argued that the method needs larger reference databases to be conclusive.

Italy is both one of the world's largest producers of olive oil and its largest importer, blending and bottling oils from around the Mediterranean.
""",
}, [{"name": "Il Fatto Quotidiano", "in_corpus": True}],
[("Il Fatto Quotidiano", "01_es.txt"), ("Il Fatto Quotidiano", "02_fr.txt"), ("Il Fatto Quotidiano", "03_pt.txt"),
 ("Il Fatto Quotidiano", "04_en.txt")],
[("An internal ICQRF report says Oleificio Valle del Sangro (Atessa, Chieti) sold about 1.3 million litres of extra virgin olive oil labelled 100% Italian that contained Tunisian and Spanish oils.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_pt.txt", "04_en.txt"], 1),
 ("Fourteen of 40 samples contained chlorpyrifos residues above the maximum limit.",
  ["00_it.txt", "01_es.txt", "02_fr.txt", "03_pt.txt", "04_en.txt"], 1)])

# f07: a person's own social-media post (Ostap Kurylo's Facebook post; outside the corpus) taken
# directly by uk (Укрінформ), en (no outlet line) and es; it credits Укрінформ (chain: edge from Укрінформ).
story("f07_facebook_raspberries", "social", {
"00_uk.txt": """Італія знищила 22 тонни замороженої малини українського фермера — той заявляє про помилку лабораторії
Укрінформ
21.07.2027 18:40

Італійські санітарні органи знищили 22 тонни замороженої малини, яку житомирське господарство «Поліська ягода» поставило молочній компанії поблизу Верони, після того як в одному зі зразків виявили норовірус. Про це на своїй сторінці у Facebook написав власник господарства Остап Курило.

«Одна проба з одного ящика — і вся партія пішла під ніж. Ми зробили контрольні аналізи в акредитованих лабораторіях у Києві та в Німеччині, і жодного норовірусу там немає», — написав Курило.

За його словами, італійська сторона відмовилася враховувати результати повторних досліджень і ухвалила рішення про знищення продукції 19 липня. Фермер оцінює збитки у 85 тисяч євро і заявляє, що звернеться до суду в Італії, а також попросив про допомогу Міністерство аграрної політики.

У своєму дописі Курило зазначив, що господарство експортує заморожені ягоди до ЄС уже шостий рік і ніколи раніше не мало претензій від покупців. Через втрату контракту під загрозою, за його словами, робота 40 сезонних працівників.

Україна входить до найбільших світових експортерів замороженої малини; основні покупці — країни Євросоюзу. Норовірус у заморожених ягодах є однією з найчастіших причин відкликання продукції в ЄС, адже вірус не гине під час заморожування.
""",
"01_it.txt": """Lamponi ucraini distrutti a Verona, il produttore: "Errore del laboratorio"
Il Sole 24 Ore
22 luglio 2027

Ventidue tonnellate di lamponi surgelati ucraini, destinati a un'azienda lattiero-casearia del Veronese, sono state distrutte dalle autorità sanitarie italiane dopo che in un campione era stato trovato il norovirus. Lo riferisce l'agenzia di stampa statale ucraina Ukrinform, che riprende quanto scritto sui social dal titolare dell'azienda produttrice, Ostap Kurylo.

Secondo l'agenzia, Kurylo sostiene che le controanalisi effettuate in laboratori accreditati a Kiev e in Germania non abbiano trovato traccia del virus e che le autorità italiane si siano rifiutate di tenerne conto. Il produttore, la cui azienda agricola "Poliska Yagoda" ha sede nella regione di Zhytomyr, stima un danno di 85mila euro e annuncia un ricorso davanti alla giustizia italiana, riporta Ukrinform.

"Un campione da una sola cassa e l'intera partita è finita al macero", avrebbe scritto l'imprenditore, citato dall'agenzia di Kiev.

Il caso si inserisce in un quadro di controlli sempre più stretti sui frutti di bosco surgelati importati, che negli ultimi anni sono stati all'origine di diversi focolai di epatite A e di norovirus in Europa. L'Italia è tra i principali utilizzatori di lamponi surgelati per yogurt, gelati e prodotti da forno, e una quota crescente arriva dall'Ucraina.

Il norovirus resiste al congelamento e può essere inattivato solo con la cottura: per questo le autorità raccomandano di far bollire i frutti di bosco surgelati prima del consumo crudo.
""",
"02_en.txt": """Ukrainian farmer says Italy destroyed 22 tons of his raspberries over faulty test
July 21, 2027, 9:05 PM

A Ukrainian berry farmer says Italian health authorities destroyed 22 tons of his frozen raspberries after a single sample tested positive for norovirus, and that they ignored clean results from two other laboratories.

Ostap Kurylo, who owns the Polissia Berry farm in Zhytomyr Oblast, wrote in a Facebook post on July 21 that the consignment had been delivered to a dairy company near Verona. "One sample from one box, and the whole batch went under the knife," he wrote.

In his post, Kurylo said counter-analyses carried out at accredited laboratories in Kyiv and in Germany found no norovirus, but the Italian side refused to consider them and ordered the berries destroyed on July 19. He put his losses at 85,000 euros and said he would take the case to an Italian court. He also asked Ukraine's Agrarian Policy Ministry for help.

Kurylo wrote that the farm had been exporting frozen berries to the EU for six years without a single complaint from buyers, and that the jobs of 40 seasonal workers were now at risk.

Ukraine is one of the world's largest exporters of frozen raspberries, most of which go to the European Union. Norovirus in frozen berries is one of the most common reasons for food recalls in the EU, as the virus survives freezing.
""",
"03_es.txt": """Italia destruye 22 toneladas de frambuesa congelada ucraniana por norovirus
Valencia Fruits
22-07-2027

Las autoridades sanitarias italianas han destruido 22 toneladas de frambuesa congelada procedente de Ucrania tras detectar norovirus en una de las muestras, según ha denunciado en Facebook el propietario de la explotación, Ostap Kurylo, que asegura que se trata de un error de laboratorio.

La fruta, de la finca Poliska Yagoda, en la región de Zhitómir, tenía como destino una empresa láctea de los alrededores de Verona. "Una muestra de una sola caja y toda la partida al contenedor", ha escrito el agricultor, que afirma que los contraanálisis realizados en laboratorios acreditados de Kiev y de Alemania dieron negativo.

Kurylo cifra sus pérdidas en 85.000 euros y anuncia que recurrirá ante la justicia italiana. En su publicación, el productor explica que lleva seis años exportando fruta congelada a la UE sin reclamaciones y que el contrato perdido pone en riesgo el empleo de 40 temporeros.

El episodio interesa de cerca a los productores de Huelva, que compiten con la frambuesa ucraniana en el segmento de congelado destinado a la industria. Ucrania se ha convertido en los últimos años en uno de los mayores exportadores mundiales de este producto, con precios sensiblemente inferiores a los europeos.

El norovirus resiste la congelación, por lo que la industria alimentaria suele someter la fruta congelada a tratamientos térmicos antes de su uso en productos listos para el consumo.
""",
}, [{"name": "Ostap Kurylo", "in_corpus": False}],
[("Ostap Kurylo", "00_uk.txt"), ("Укрінформ", "01_it.txt"), ("Ostap Kurylo", "02_en.txt"), ("Ostap Kurylo", "03_es.txt")],
[("Italian health authorities destroyed 22 tonnes of frozen raspberries from Ostap Kurylo's farm after norovirus was found in one sample.",
  ["00_uk.txt", "01_it.txt", "02_en.txt", "03_es.txt"], 1),
 ("Kurylo says counter-analyses in Kyiv and Germany found no norovirus, puts his losses at 85,000 euros and will go to an Italian court.",
  ["00_uk.txt", "01_it.txt", "02_en.txt", "03_es.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 113 (agriculture and food safety; invented events, real media names); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = {o["name"] for o in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, n in claims:
            for a in al:
                assert a in arts, (id, a)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
