#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand142 set.

Forests and wildfires. Real media names; every event, person, company, figure and quote is
invented and no text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# f01: outside wire agency Lusa relayed 4x: pt "avança a agência Lusa" + "disse à Lusa" +
# "De acordo com a agência"; es "según informó … la agencia de noticias portuguesa Lusa" +
# "precisa la agencia lusa" (lowercase adjective) + "declaró a Lusa"; en "Portugal's Lusa news
# agency reported" + "told Lusa" + "Lusa said"; fr (no date line) "rapporte l'agence de presse
# portugaise Lusa" + "a indiqué à l'agence" + "Selon Lusa".
story("f01_agency_lusa_algarve_fire", "agency", {
"00_pt.txt": """Incêndio na serra do Caldeirão obriga a retirar moradores de duas aldeias
Jornal de Notícias
2027-08-03T09:40:00+01:00

Um incêndio que deflagrou na segunda-feira à tarde na serra do Caldeirão, no concelho de Loulé, já consumiu cerca de 1.200 hectares de mato e pinhal e obrigou a retirar durante a noite 86 moradores das aldeias de Vale Fuseiro e Cerro da Mina, avança a agência Lusa.

Às 08h00 desta terça-feira estavam no terreno 342 operacionais, apoiados por 104 veículos e nove meios aéreos, entre os quais dois aviões anfíbios Canadair. O fogo mantém duas frentes ativas, a mais preocupante a avançar em direção à ribeira de Odeleite.

"A noite foi muito difícil por causa do vento, que chegou a soprar com rajadas de 50 quilómetros por hora", disse à Lusa o comandante sub-regional de emergência e proteção civil do Algarve, Vítor Anselmo. O responsável admitiu que a entrada em ação dos meios aéreos ao nascer do dia "foi decisiva" para travar o avanço das chamas para sul.

Os moradores retirados passaram a noite no pavilhão desportivo de Salir, onde a Cruz Vermelha distribuiu refeições e colchões. Um bombeiro sofreu queimaduras ligeiras numa mão e foi assistido no local. Não há registo de casas destruídas, apenas de dois armazéns agrícolas devolutos.

A causa do incêndio ainda não é conhecida. De acordo com a agência, a Polícia Judiciária deverá deslocar-se hoje ao local onde terá começado o fogo, junto a um caminho florestal perto de Vale Fuseiro.

O distrito de Faro está desde domingo sob aviso vermelho devido ao tempo quente e seco, com temperaturas acima dos 40 graus previstas até quinta-feira.
""",
"01_es.txt": """Un incendio en el Algarve arrasa 1.200 hectáreas y obliga a desalojar dos aldeas
La Vanguardia
03/08/2027 11:20

Un incendio forestal declarado el lunes por la tarde en la sierra del Caldeirão, en el municipio portugués de Loulé, ha quemado ya unas 1.200 hectáreas de monte bajo y pinar y ha obligado a desalojar durante la noche a 86 vecinos de dos aldeas, según informó este martes la agencia de noticias portuguesa Lusa.

En las labores de extinción participan 342 efectivos, 104 vehículos y nueve medios aéreos, entre ellos dos hidroaviones Canadair, precisa la agencia lusa. El fuego mantiene dos frentes activos, uno de ellos en dirección a la ribera de Odeleite.

"La noche fue muy difícil por el viento, con rachas de hasta 50 kilómetros por hora", declaró a Lusa Vítor Anselmo, comandante de protección civil del Algarve, quien consideró "decisiva" la entrada en acción de los aviones al amanecer.

Los vecinos desalojados de Vale Fuseiro y Cerro da Mina pasaron la noche en un pabellón deportivo de Salir, donde la Cruz Roja repartió comida y colchones. Un bombero sufrió quemaduras leves en una mano. No hay viviendas afectadas, aunque las llamas destruyeron dos almacenes agrícolas abandonados.

Las causas del fuego se desconocen. La Policía Judicial portuguesa inspeccionará el punto de inicio, junto a un camino forestal, añadió la agencia.

El sur de Portugal está en aviso rojo por calor desde el domingo. Al otro lado de la frontera, en Huelva y Sevilla, rigen avisos naranjas con máximas que podrían alcanzar los 43 grados a lo largo de la semana.
""",
"02_en.txt": """Portugal wildfire forces evacuation of two Algarve villages as heatwave grips Iberia
The Guardian
Tue, 03 Aug 2027 13:05:00 +0100

Firefighters in southern Portugal were on Tuesday battling a wildfire that has burned through about 1,200 hectares of scrub and pine forest in the hills of the Algarve, forcing 86 people to leave two villages overnight, Portugal's Lusa news agency reported.

The blaze broke out on Monday afternoon in the Serra do Caldeirão, in the municipality of Loulé, a few kilometres inland from the beaches that draw millions of tourists each summer. By Tuesday morning 342 firefighters were at the scene with 104 vehicles and nine aircraft, including two Canadair water bombers.

"The night was very hard because of the wind, with gusts of up to 50 kilometres an hour," Vítor Anselmo, the regional civil protection commander, told Lusa. He said the aircraft returning at first light had been "decisive" in stopping the fire from advancing south.

Residents of the villages of Vale Fuseiro and Cerro da Mina spent the night in a sports hall in Salir. One firefighter suffered minor burns to a hand. No homes were destroyed, although two disused farm warehouses burned down.

The cause of the fire is not yet known. Portugal's judicial police were due to inspect the spot where it began, next to a forest track, Lusa said.

The district of Faro has been under a red weather warning since Sunday. Portugal has invested heavily in prevention and aerial firefighting since 2017, when wildfires killed more than 100 people, but large parts of its interior remain covered in dense, unmanaged eucalyptus and pine.
""",
"03_fr.txt": """Portugal : un incendie ravage 1 200 hectares dans l'Algarve, deux villages évacués
Ouest-France

Un incendie de forêt parti lundi après-midi dans la serra do Caldeirão, sur la commune de Loulé, dans le sud du Portugal, a parcouru environ 1 200 hectares de maquis et de pinède, rapporte l'agence de presse portugaise Lusa. Quatre-vingt-six habitants de deux villages ont dû quitter leur domicile dans la nuit.

Mardi matin, 342 pompiers, 104 véhicules et neuf moyens aériens, dont deux Canadair, étaient engagés contre les flammes. Le feu progressait encore sur deux fronts.

« La nuit a été très difficile à cause du vent, avec des rafales jusqu'à 50 km/h », a indiqué à l'agence Vítor Anselmo, commandant de la protection civile pour l'Algarve. Selon lui, le retour des avions au lever du jour a été « décisif » pour freiner la progression du feu vers le sud.

Les habitants évacués ont passé la nuit dans un gymnase de Salir. Un pompier a été légèrement brûlé à la main. Aucune habitation n'a été touchée, mais deux entrepôts agricoles désaffectés ont brûlé.

Selon Lusa, la police judiciaire doit se rendre mardi sur le lieu de départ du feu, au bord d'un chemin forestier. L'origine de l'incendie reste inconnue.

Le district de Faro est placé en alerte rouge depuis dimanche en raison de la chaleur, avec des températures supérieures à 40 °C attendues jusqu'à jeudi.
""",
}, [("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_es.txt"), ("Lusa", "02_en.txt"), ("Lusa", "03_fr.txt")],
[("A wildfire in the Serra do Caldeirão (Loulé, Algarve) burned about 1,200 hectares and 86 residents of two villages had to leave their homes overnight.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 1),
 ("342 firefighters with 104 vehicles and nine aircraft, including two Canadair, were fighting the fire.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 1)])

# f02: in-corpus scoop (Folha de S.Paulo: documents + two anonymous Ibama officials; company's
# denial given to Folha) relayed 4x: es "reveló … el diario brasileño Folha de S.Paulo, que cita" +
# "De acuerdo con el rotativo paulista" + "aseguró a la Folha"; en "according to an investigation
# published on Sunday by the Brazilian daily" + "Folha's sources" + "the paper said"; it "secondo
# quanto rivela un'inchiesta … della Folha de S.Paulo" + "scrive la Folha" + "riporta il giornale
# paulista"; pt g1 "segundo reportagem do jornal Folha de S.Paulo" + "ouvidos pela Folha" + its own
# unanswered request to Ibama ("disse ao g1 que não comenta"), which adds nothing.
story("f02_scoop_folha_amazon_timber", "scoop", {
"00_pt.txt": """Madeireira do Pará usou créditos de áreas já desmatadas para exportar 48 mil m³ de ipê
Folha de S.Paulo
12.set.2027 às 6h00

Uma madeireira de Altamira (PA) exportou ao menos 48 mil metros cúbicos de ipê e cumaru entre 2025 e 2027 usando créditos florestais gerados em áreas de manejo que já haviam sido desmatadas, segundo documentos obtidos pela Folha e relatos de dois servidores do Ibama.

A empresa, Madeireira Vale do Curuá Ltda., declarou no sistema federal de controle, o DOF (Documento de Origem Florestal), que a madeira vinha de três planos de manejo na região do rio Curuá. Imagens de satélite analisadas pela reportagem mostram, porém, que duas dessas áreas, que somam 3.100 hectares, tinham sido convertidas em pasto ainda em 2023.

"Os créditos existiam só no papel. A madeira de verdade saía de terra indígena e de unidade de conservação", afirmou um dos servidores, que pediu para não ser identificado por não estar autorizado a falar sobre investigações em curso. O outro disse à Folha que ao menos 60% das cargas foram embarcadas no porto de Vila do Conde, em Barcarena, com destino à Europa e aos Estados Unidos.

A madeira foi vendida a importadores em Portugal, na Itália e na França por cerca de R$ 210 milhões, de acordo com registros de exportação a que a Folha teve acesso.

Procurada, a Madeireira Vale do Curuá afirmou em nota que "todas as operações seguiram rigorosamente a legislação" e que os planos de manejo "foram aprovados pelo órgão estadual competente". O Ibama disse que não comenta fiscalizações em andamento. A Secretaria de Meio Ambiente do Pará não respondeu até a publicação deste texto.

O esquema conhecido como "esquentamento" de madeira, em que créditos de áreas legais servem para dar aparência de legalidade a toras extraídas ilegalmente, é apontado por especialistas como uma das principais portas de entrada do desmatamento na Amazônia.
""",
"01_es.txt": """Una maderera brasileña exportó ipé amazónico con créditos de zonas ya deforestadas, según la 'Folha'
El País
12 sept 2027 - 15:30 CEST

Una empresa maderera del Estado brasileño de Pará exportó al menos 48.000 metros cúbicos de ipé y cumarú entre 2025 y 2027 amparándose en créditos forestales de áreas de manejo que ya habían sido deforestadas, reveló este domingo el diario brasileño Folha de S.Paulo, que cita documentos oficiales y el testimonio de dos funcionarios del Ibama, el organismo ambiental federal, bajo condición de anonimato.

De acuerdo con el rotativo paulista, la Madeireira Vale do Curuá, con sede en Altamira, declaró que la madera procedía de tres planes de manejo junto al río Curuá. Sin embargo, imágenes de satélite revisadas por el periódico muestran que dos de esas áreas, con 3.100 hectáreas en total, eran ya pastos en 2023.

"Los créditos solo existían en el papel. La madera de verdad salía de tierras indígenas y de unidades de conservación", dijo uno de los funcionarios al diario. La madera se vendió a importadores de Portugal, Italia y Francia por unos 210 millones de reales, unos 38 millones de euros.

La empresa aseguró a la Folha que "todas las operaciones siguieron rigurosamente la legislación". El Ibama declinó comentar investigaciones en curso.

El caso llega en un momento delicado: la Unión Europea aplica desde este año su reglamento contra la deforestación importada, que obliga a las empresas a demostrar que la madera, el café o la soja que compran no proceden de tierras deforestadas. Organizaciones ecologistas llevan años denunciando que el sistema brasileño de créditos forestales es fácil de burlar.
""",
"02_en.txt": """Brazilian timber firm used 'paper' credits to export Amazon hardwood, report says
The Guardian
Mon 13 Sep 2027 07.00 BST

A timber company in the Brazilian Amazon exported at least 48,000 cubic metres of ipê and cumaru hardwood over two years using forest credits from land that had already been cleared, according to an investigation published on Sunday by the Brazilian daily Folha de S.Paulo.

Madeireira Vale do Curuá, based in the city of Altamira in Pará state, declared in Brazil's federal timber-tracking system that the wood came from three sustainable management areas along the Curuá river. Satellite images examined by the newspaper show that two of those areas, covering 3,100 hectares, had been turned into cattle pasture by 2023.

Two officials at Ibama, Brazil's environmental enforcement agency, who spoke to the newspaper on condition of anonymity, said the logs had in fact been cut inside Indigenous territories and conservation units. "The credits existed only on paper," one of them said.

Folha's sources said at least 60% of the shipments left through the port of Vila do Conde, near Belém, bound for Europe and the United States. The timber was sold to importers in Portugal, Italy and France for about 210m reais (£32m), the paper said, citing export records.

The company told Folha that all its operations had "strictly followed the law" and that its management plans had been approved by the state authorities. Ibama did not comment on ongoing inspections.

Ipê, prized for decking and outdoor furniture, is one of the most valuable timbers in the Amazon, and campaigners have long warned that its high price drives illegal logging deep into protected forests.
""",
"03_it.txt": """Amazzonia, legname esportato in Europa con crediti di aree già disboscate: l'inchiesta della Folha
Corriere della Sera
13 settembre 2027

Almeno 48 mila metri cubi di ipê e cumaru, legni pregiati dell'Amazzonia, sarebbero stati esportati tra il 2025 e il 2027 grazie a crediti forestali generati su terreni già disboscati. È quanto rivela un'inchiesta pubblicata domenica dal quotidiano brasiliano Folha de S.Paulo.

Al centro dell'inchiesta c'è la Madeireira Vale do Curuá, una segheria di Altamira, nello Stato del Pará. Secondo i documenti ottenuti dal giornale, l'azienda dichiarava che il legname proveniva da tre piani di gestione sostenibile lungo il fiume Curuá; ma due di quelle aree, scrive la Folha, erano già diventate pascoli nel 2023.

Due funzionari dell'Ibama, l'agenzia ambientale federale, sentiti dal quotidiano a condizione di restare anonimi, sostengono che i tronchi venivano in realtà tagliati in terre indigene e aree protette. "I crediti esistevano solo sulla carta", ha detto uno dei due.

Parte del legname, riporta il giornale paulista citando i registri doganali, è finita a importatori in Portogallo, in Italia e in Francia, per un valore complessivo di circa 210 milioni di reais. L'azienda ha respinto le accuse, assicurando alla Folha di aver sempre rispettato la legge.

L'ipê è molto richiesto in Europa per pavimentazioni da esterno e arredi da giardino. Il caso potrebbe ora interessare anche le autorità europee incaricate di applicare il regolamento Ue sulla deforestazione.
""",
"04_pt.txt": """Madeireira do Pará é suspeita de 'esquentar' ipê com créditos de áreas desmatadas
g1
12/09/2027 10h42

Uma madeireira de Altamira, no Pará, exportou pelo menos 48 mil metros cúbicos de ipê e cumaru entre 2025 e 2027 com créditos florestais de áreas que já tinham sido desmatadas, segundo reportagem do jornal Folha de S.Paulo publicada neste domingo (12).

De acordo com o jornal, a Madeireira Vale do Curuá Ltda. informou ao sistema federal de controle que a madeira saía de três planos de manejo às margens do rio Curuá. Imagens de satélite mostram que duas dessas áreas, com 3.100 hectares, já eram pasto em 2023.

Dois servidores do Ibama ouvidos pela Folha sob condição de anonimato afirmam que as toras eram retiradas de terras indígenas e de unidades de conservação. Ainda segundo a reportagem, a carga foi vendida a compradores em Portugal, na Itália e na França por cerca de R$ 210 milhões.

Ao jornal, a empresa disse que segue "rigorosamente a legislação". Procurado pelo g1, o Ibama informou que não comenta fiscalizações em andamento. O g1 também tentou contato com a madeireira por telefone, mas não obteve resposta até a última atualização desta reportagem.

Altamira é um dos municípios com maior área desmatada da Amazônia Legal e fica na área de influência da BR-230, a Transamazônica.
""",
}, [("Folha de S.Paulo", True)],
[("Folha de S.Paulo", "01_es.txt"), ("Folha de S.Paulo", "02_en.txt"), ("Folha de S.Paulo", "03_it.txt"),
 ("Folha de S.Paulo", "04_pt.txt")],
[("Madeireira Vale do Curuá exported at least 48,000 cubic metres of ipê and cumaru using forest credits from management areas that had already been cleared.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_it.txt", "04_pt.txt"], 1),
 ("The timber was sold to importers in Portugal, Italy and France for about R$210 million.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_it.txt", "04_pt.txt"], 1)])

# f03: chain uk -> en -> fr, ru. Own "Як з'ясувала «Українська правда»" + "Журналісти УП
# проаналізували" + "погодився поговорити з УП на умовах анонімності" + "на запит УП"; en
# "according to an investigation published … by Ukrainska Pravda" + "told Ukrainska Pravda" + "the
# outlet"; fr "rapporte le site d'information anglophone The Kyiv Independent, qui s'appuie sur une
# enquête du média ukrainien Oukraïnska Pravda" + "Selon le Kyiv Independent"; ru "пишет
# англоязычное издание The Kyiv Independent со ссылкой на расследование «Украинской правды»" +
# "По данным The Kyiv Independent" + "как отмечает издание". fr and ru get their edge from
# The Kyiv Independent.
story("f03_chain_carpathian_beech", "chain", {
"00_uk.txt": """«Санітарні» рубки в пралісі: як на Закарпатті вирізали 11 тисяч кубометрів бука
Українська правда
8 червня 2027, 09:00

Як з'ясувала «Українська правда», упродовж 2026 року в Лугівському лісництві на Закарпатті під виглядом санітарних рубок вирізали 11,4 тисячі кубометрів бука. Щонайменше чверть цієї деревини походить із ділянок пралісу, які з 2021 року мають охоронний статус і де будь-які рубки, крім ліквідації наслідків стихійного лиха, заборонені.

Журналісти УП проаналізували супутникові знімки за три роки, акти лісопатологічних обстежень та дані електронного обліку деревини. На знімках видно, що на восьми ділянках загальною площею 74 гектари навесні 2026 року ліс фактично зник. В актах обстежень ці ділянки описано як «осередки кореневої гнилі» з «масовим всиханням» дерев.

«Хворих дерев там не було. Там стояли буки по двісті-триста років, здорові, як дзвін. Акти писали під потрібний об'єм», — розповів лісничий, який погодився поговорити з УП на умовах анонімності, бо боїться втратити роботу.

Деревину, за даними обліку, продали на електронних аукціонах трьом деревообробним підприємствам із Тячівського та Рахівського районів. Середня ціна виявилася майже вдвічі нижчою за ринкову для бука такої якості.

На запит УП у філії державного підприємства «Ліси України» відповіли, що всі рубки «проведено відповідно до чинного законодавства на підставі висновків фахівців лісозахисної служби». Щодо супутникових знімків у філії коментарів не надали.

Незаконні рубки в Карпатах залишаються однією з найгостріших екологічних проблем Закарпаття. Після повеней 1998 і 2001 років науковці не раз пов'язували масштаби катастроф із вирубуванням лісів на гірських схилах.
""",
"01_en.txt": """Investigation: 11,000 cubic meters of beech cut in protected Carpathian old-growth forest
The Kyiv Independent
June 8, 2027 6:45 PM

Foresters in Ukraine's western Zakarpattia Oblast cut 11,400 cubic meters of beech in 2026 under the guise of "sanitary felling," including in old-growth forest plots that have been protected since 2021, according to an investigation published on June 8 by Ukrainska Pravda.

Journalists from the outlet analyzed three years of satellite imagery, forest health inspection reports and data from the electronic timber-tracking system. On eight plots in the Luhove forestry, covering 74 hectares, the forest effectively disappeared in the spring of 2026, the investigation found. Inspection reports described the same plots as affected by root rot and "mass drying" of trees.

"There were no sick trees there. There were 200- and 300-year-old beeches, perfectly healthy. The reports were written to fit the volume they needed," a forester told Ukrainska Pravda on condition of anonymity, saying he feared losing his job.

The timber was sold at online auctions to three wood-processing companies at prices almost half the market rate, the outlet reported.

The regional branch of the state-owned company Forests of Ukraine told Ukrainska Pravda that all felling had been carried out "in accordance with current legislation." It did not comment on the satellite images.

Ukraine's Carpathian beech forests are among the last large tracts of old-growth forest in Europe, and several of them are part of a UNESCO World Heritage site. Environmental groups have repeatedly accused forestry officials of using sanitary felling permits as a loophole for commercial logging.
""",
"02_fr.txt": """Ukraine : des hêtres centenaires abattus dans des forêts protégées des Carpates
Le Figaro
9 juin 2027 à 10:20

Quelque 11 400 mètres cubes de hêtres ont été abattus en 2026 en Transcarpatie, dans l'ouest de l'Ukraine, sous couvert de « coupes sanitaires », y compris dans des parcelles de forêt primaire protégées depuis 2021, rapporte le site d'information anglophone The Kyiv Independent, qui s'appuie sur une enquête du média ukrainien Oukraïnska Pravda.

Selon le Kyiv Independent, huit parcelles de la forêt domaniale de Louhove, soit 74 hectares, ont pratiquement disparu au printemps 2026, comme le montrent des images satellites. Les rapports d'inspection sanitaire décrivaient pourtant ces mêmes parcelles comme touchées par la pourriture des racines.

« Il n'y avait pas d'arbres malades. Il y avait des hêtres de deux ou trois cents ans, en parfaite santé », a confié un forestier sous couvert d'anonymat, cité par le site. Le bois aurait été vendu aux enchères en ligne à trois entreprises locales, à un prix presque deux fois inférieur à celui du marché.

L'entreprise publique Forêts d'Ukraine assure que les coupes ont été réalisées « conformément à la législation en vigueur ».

Les hêtraies des Carpates ukrainiennes comptent parmi les dernières grandes forêts primaires d'Europe ; une partie d'entre elles est inscrite au patrimoine mondial de l'Unesco. Malgré la guerre, les ONG environnementales continuent d'y documenter des coupes illégales, dont le bois finit parfois sur le marché européen.
""",
"03_ru.txt": """В Закарпатье под видом санитарных рубок вырубили 11 тысяч кубометров бука в пралесах
Новая газета Европа
9 июня 2027, 13:40

В Закарпатской области Украины в 2026 году под видом санитарных рубок вырубили 11,4 тысячи кубометров бука, в том числе на участках пралесов, охраняемых с 2021 года, пишет англоязычное издание The Kyiv Independent со ссылкой на расследование «Украинской правды».

По данным The Kyiv Independent, на восьми участках Луговского лесничества общей площадью 74 гектара лес весной 2026 года практически исчез — это видно на спутниковых снимках. При этом в актах лесопатологических обследований эти участки описаны как очаги корневой гнили с «массовым усыханием» деревьев.

«Больных деревьев там не было. Стояли буки по двести-триста лет, совершенно здоровые», — рассказал лесничий, пожелавший остаться анонимным. Древесину, как отмечает издание, продали на электронных аукционах трем деревообрабатывающим предприятиям почти вдвое дешевле рыночной цены.

В филиале госпредприятия «Леса Украины» утверждают, что все рубки проведены в соответствии с законодательством.

Буковые леса украинских Карпат — одни из последних крупных массивов девственных лесов в Европе, часть из них входит в объект всемирного наследия ЮНЕСКО. Экологи не первый год предупреждают, что разрешения на санитарные рубки превратились в удобную лазейку для коммерческой заготовки древесины.
""",
}, [("Українська правда", True)],
[("Українська правда", "01_en.txt"), ("The Kyiv Independent", "02_fr.txt"), ("The Kyiv Independent", "03_ru.txt")],
[("11,400 cubic metres of beech were cut as 'sanitary felling' in the Luhove forestry in Zakarpattia in 2026, including in old-growth plots protected since 2021.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("The timber was sold at online auctions to three wood-processing companies at almost half the market price.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1)])

# f04: institution-published origin outside the corpus (Rosleskhoz statement on its website),
# taken directly 4x: ru "говорится в сообщении Рослесхоза, опубликованном на сайте ведомства" +
# "отмечается в сообщении"; uk "йдеться в повідомленні Федерального агентства лісового
# господарства РФ (Рослісгоспу)" + "За даними Рослісгоспу"; en (no outlet line, title suffix) "the
# Federal Forestry Agency (Rosleskhoz) said in a statement posted on its website" + "the agency
# said" (a government agency, not a news agency); fr "selon un communiqué publié … sur le site de
# Rosleskhoz, l'agence fédérale russe des forêts" + "précise l'agence dans son communiqué".
story("f04_institution_rosleskhoz_siberia", "institution", {
"00_ru.txt": """Площадь лесных пожаров в Якутии и Красноярском крае превысила 1,9 млн га
РБК
20 июля 2027, 10:15

Суммарная площадь лесных пожаров в Якутии и Красноярском крае превысила 1,9 млн га, говорится в сообщении Рослесхоза, опубликованном на сайте ведомства во вторник утром. На Якутию приходится 1,24 млн га, на Красноярский край — около 610 тыс. га.

Всего по состоянию на 06:00 мск на территории России действовали 312 лесных пожаров. Для их тушения задействованы более 4,8 тыс. человек, около 900 единиц техники и 27 воздушных судов, в том числе шесть самолетов-амфибий Бе-200. «Основной причиной возникновения пожаров в Якутии остаются сухие грозы, на которые приходится более 70% возгораний», — отмечается в сообщении.

Большая часть огня в обоих регионах приходится на так называемые зоны контроля — удаленные территории, где тушение может не проводиться, если пожар не угрожает населенным пунктам, а затраты на него превышают прогнозируемый ущерб. По данным ведомства, в зонах контроля сейчас горит около 1,5 млн га.

Режим чрезвычайной ситуации регионального характера введен в Якутии, Красноярском крае, Иркутской области и Забайкалье. Рослесхоз также сообщил, что в ближайшие дни в Центральной Якутии ожидается сохранение жаркой погоды без осадков, что создает риск дальнейшего распространения огня.

В прошлом году, по официальным данным, лесные пожары в России за сезон охватили около 6 млн га. Экологи неоднократно указывали, что реальная площадь, которую фиксируют спутники, может быть заметно больше.
""",
"01_uk.txt": """У Росії горять 1,9 млн гектарів лісу: найбільші пожежі в Якутії
ТСН
20 липня 2027 12:30

Загальна площа лісових пожеж у Якутії та Красноярському краї перевищила 1,9 мільйона гектарів. Про це йдеться в повідомленні Федерального агентства лісового господарства РФ (Рослісгоспу), оприлюдненому на сайті відомства.

За даними Рослісгоспу, лише в Якутії вогонь охопив 1,24 мільйона гектарів, у Красноярському краї — близько 610 тисяч. Загалом у Росії станом на ранок вівторка було зафіксовано 312 лісових пожеж. Їх гасять понад 4,8 тисячі людей та 27 повітряних суден, серед яких шість літаків-амфібій Бе-200.

У відомстві стверджують, що основна причина пожеж у Якутії — так звані сухі грози. Водночас більша частина площі, що горить, розташована в «зонах контролю»: це віддалені території, де російська влада дозволяє не гасити пожежі, якщо вони не загрожують населеним пунктам.

Режим надзвичайної ситуації запроваджено в Якутії, Красноярському краї, Іркутській області та Забайкаллі. Дим від сибірських пожеж уже кілька днів накриває Якутськ.

Екологи нагадують, що масштабні лісові пожежі в Сибіру щороку спричиняють викиди сотень мільйонів тонн вуглекислого газу і пришвидшують танення багаторічної мерзлоти.
""",
"02_en.txt": """Siberian Wildfires Top 1.9 Million Hectares, Forestry Agency Says - The Moscow Times
July 20, 2027

Wildfires in the Siberian region of Yakutia and neighboring Krasnoyarsk region have burned more than 1.9 million hectares of forest, the Federal Forestry Agency (Rosleskhoz) said in a statement posted on its website on Tuesday.

Yakutia accounted for 1.24 million hectares and Krasnoyarsk for about 610,000 hectares, the agency said. Nationwide, 312 wildfires were active as of Tuesday morning, with more than 4,800 people, some 900 vehicles and 27 aircraft — including six Be-200 amphibious planes — deployed to fight them.

"Dry thunderstorms remain the main cause of fires in Yakutia, accounting for more than 70% of ignitions," the statement said.

According to the statement, around 1.5 million hectares are burning in so-called control zones, remote areas where authorities are allowed not to fight fires that do not threaten settlements and where the cost of firefighting is judged to exceed the expected damage.

States of emergency have been declared in Yakutia, Krasnoyarsk, the Irkutsk region and the Zabaikalsky region. Smoke has blanketed Yakutsk, a city of around 350,000, for several days.

Environmental groups have long criticized the control-zone system, arguing that it allows huge fires to burn unchecked and that official figures understate the true extent of the damage recorded by satellites.
""",
"03_fr.txt": """En Sibérie, les incendies de forêt ont déjà ravagé 1,9 million d'hectares
Le Monde
20 juillet 2027 à 17h02

Les incendies de forêt ont déjà parcouru plus de 1,9 million d'hectares en Iakoutie et dans le territoire de Krasnoïarsk, en Sibérie, selon un communiqué publié mardi sur le site de Rosleskhoz, l'agence fédérale russe des forêts.

La seule Iakoutie compte 1,24 million d'hectares brûlés, le territoire de Krasnoïarsk environ 610 000, précise l'agence dans son communiqué. Au total, 312 feux étaient actifs mardi matin en Russie. Plus de 4 800 personnes et 27 aéronefs, dont six avions amphibies Be-200, sont mobilisés.

Les orages secs restent « la principale cause des incendies en Iakoutie », avec plus de 70 % des départs de feu, affirme Rosleskhoz. L'essentiel des surfaces en feu, quelque 1,5 million d'hectares, se situe toutefois dans des « zones de contrôle », ces territoires isolés où la loi russe autorise à ne pas combattre les flammes tant qu'elles ne menacent pas de localités.

L'état d'urgence régional a été décrété en Iakoutie, dans le territoire de Krasnoïarsk, dans la région d'Irkoutsk et en Transbaïkalie.

Les scientifiques observent depuis plusieurs années une intensification des incendies dans la taïga sibérienne, liée au réchauffement, plus rapide dans l'Arctique que dans le reste du monde. Les feux libèrent d'importantes quantités de carbone stocké dans les sols et accélèrent le dégel du pergélisol.
""",
}, [("Rosleskhoz", False)],
[("Rosleskhoz", "00_ru.txt"), ("Rosleskhoz", "01_uk.txt"), ("Rosleskhoz", "02_en.txt"), ("Rosleskhoz", "03_fr.txt")],
[("Forest fires in Yakutia and Krasnoyarsk Krai have covered more than 1.9 million hectares.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1),
 ("More than 4,800 people and 27 aircraft, including six Be-200 amphibians, were fighting the fires.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1)])

# f05: in-corpus scoop (elDiario.es: "según ha podido saber elDiario.es", anonymous Air Force
# sources "consultadas por este diario", an internal report, Defence's reply to "este diario");
# pt is an uncredited close translation published the next morning (keeps "consultadas por este
# jornal" and "questionado por este jornal"): edge from elDiario.es; it "secondo quanto rivela il
# quotidiano online spagnolo elDiario.es, che cita" + "Stando al giornale"; fr "a révélé … le site
# d'information espagnol elDiario.es" + "d'après le média en ligne" + "selon elDiario.es".
story("f05_translation_canadair_grounded", "translation", {
"00_es.txt": """Siete de los 14 hidroaviones Canadair del Ejército del Aire, en tierra por falta de piezas en plena campaña de incendios
elDiario.es
14 de julio de 2027 - 06:00 h

Siete de los 14 aviones anfibios Canadair con los que cuenta el 43 Grupo de Fuerzas Aéreas para combatir incendios forestales están inmovilizados en la base de Torrejón de Ardoz por falta de piezas de repuesto, según ha podido saber elDiario.es. La mitad de la flota, por tanto, no está disponible en el arranque de la temporada de mayor riesgo.

Fuentes del Ejército del Aire y del Espacio consultadas por este diario, que piden no ser identificadas, explican que los aparatos esperan desde hace entre tres y nueve meses componentes del tren de aterrizaje y de las hélices que solo fabrica el proveedor canadiense. "Tenemos pilotos y tenemos mecánicos. Lo que no tenemos son piezas", resume uno de ellos.

Un informe interno de mantenimiento fechado el 2 de julio, al que ha tenido acceso elDiario.es, advierte de que "la disponibilidad de la flota podría descender por debajo del 40% en agosto" si no se recibe el material pendiente. El documento cifra en 11,6 millones de euros el coste de las reparaciones acumuladas.

El Ministerio de Defensa, preguntado por este diario, aseguró que "la capacidad operativa para la campaña de incendios está garantizada" gracias a los aviones contratados por el Ministerio para la Transición Ecológica a empresas privadas y a la colaboración con otros países europeos.

Los Canadair del 43 Grupo, con base en Torrejón y destacamentos en Galicia, Zaragoza y Málaga, son los únicos aviones del Estado capaces de cargar 5.500 litros de agua en menos de quince segundos sobre un embalse o el mar. Los más antiguos de la flota volaron por primera vez hace más de cuarenta años.
""",
"01_pt.txt": """Sete dos 14 aviões Canadair da Força Aérea espanhola em terra por falta de peças em plena época de incêndios
Notícias ao Minuto
15/07/27 07:10

Sete dos 14 aviões anfíbios Canadair com que conta o 43.º Grupo da Força Aérea espanhola para combater incêndios florestais estão imobilizados na base de Torrejón de Ardoz por falta de peças sobresselentes. Metade da frota, portanto, não está disponível no arranque da época de maior risco.

Fontes do Exército do Ar e do Espaço consultadas por este jornal, que pedem para não ser identificadas, explicam que os aparelhos esperam há entre três e nove meses por componentes do trem de aterragem e das hélices que só o fornecedor canadiano fabrica. "Temos pilotos e temos mecânicos. O que não temos são peças", resume uma delas.

Um relatório interno de manutenção datado de 2 de julho adverte que "a disponibilidade da frota poderá descer abaixo dos 40% em agosto" se o material pendente não chegar. O documento estima em 11,6 milhões de euros o custo das reparações acumuladas.

O Ministério da Defesa espanhol, questionado por este jornal, assegurou que "a capacidade operacional para a campanha de incêndios está garantida" graças aos aviões contratados pelo Ministério para a Transição Ecológica a empresas privadas e à colaboração com outros países europeus.

Os Canadair do 43.º Grupo, com base em Torrejón e destacamentos na Galiza, em Saragoça e em Málaga, são os únicos aviões do Estado espanhol capazes de carregar 5.500 litros de água em menos de quinze segundos numa albufeira ou no mar. Os mais antigos da frota voaram pela primeira vez há mais de quarenta anos.
""",
"02_it.txt": """Spagna, metà dei Canadair a terra per mancanza di pezzi di ricambio
la Repubblica
14 luglio 2027, 14:55

Sette dei 14 Canadair dell'aeronautica militare spagnola sono fermi nella base di Torrejón de Ardoz, alle porte di Madrid, in attesa di pezzi di ricambio: lo rivela il quotidiano online spagnolo elDiario.es, che cita fonti dell'Ejército del Aire rimaste anonime e un rapporto interno di manutenzione.

Stando al giornale, gli aerei anfibi aspettano da tre a nove mesi componenti del carrello e delle eliche prodotti soltanto dal fornitore canadese. "Abbiamo i piloti e abbiamo i meccanici. Quello che non abbiamo sono i pezzi", avrebbe detto una delle fonti. Il rapporto, datato 2 luglio, avverte che la disponibilità della flotta potrebbe scendere sotto il 40% ad agosto.

Il ministero della Difesa di Madrid ha assicurato al quotidiano che la capacità operativa per la campagna antincendio è "garantita", grazie ai velivoli noleggiati da società private e alla collaborazione con altri Paesi europei.

La notizia arriva mentre anche in Italia si discute dell'età della flotta dei Vigili del fuoco: buona parte dei Canadair italiani ha più di vent'anni e i nuovi DHC-515 ordinati con fondi europei non entreranno in servizio prima della fine del decennio. In caso di grandi incendi, i Paesi del Mediterraneo si prestano a vicenda i propri aerei attraverso il meccanismo europeo di protezione civile.
""",
"03_fr.txt": """Espagne : la moitié des bombardiers d'eau Canadair cloués au sol faute de pièces
L'Indépendant
15 juillet 2027

Sept des quatorze avions amphibies Canadair de l'armée de l'air espagnole sont immobilisés sur la base de Torrejón de Ardoz, près de Madrid, faute de pièces détachées, a révélé mercredi le site d'information espagnol elDiario.es.

D'après le média en ligne, qui cite des sources militaires sous couvert d'anonymat, les appareils attendent depuis trois à neuf mois des éléments de train d'atterrissage et d'hélices fabriqués uniquement par le fournisseur canadien. Un rapport interne de maintenance daté du 2 juillet estime que la disponibilité de la flotte pourrait tomber sous les 40 % en août.

Le ministère espagnol de la Défense assure que la capacité opérationnelle est « garantie » grâce à des avions loués à des entreprises privées et à l'entraide européenne.

Une information suivie de près de ce côté-ci des Pyrénées : lors des grands feux de l'été 2022 et de l'été dernier dans les Pyrénées-Orientales et l'Aude, des Canadair espagnols étaient venus prêter main-forte aux pilotes de la Sécurité civile. Les réparations accumulées atteignent 11,6 millions d'euros, selon elDiario.es.
""",
}, [("elDiario.es", True)],
[("elDiario.es", "01_pt.txt"), ("elDiario.es", "02_it.txt"), ("elDiario.es", "03_fr.txt")],
[("Seven of the 14 Canadair amphibious aircraft of the Spanish Air Force's 43 Group are grounded at Torrejón de Ardoz for lack of spare parts.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_fr.txt"], 1),
 ("An internal maintenance report warns fleet availability could fall below 40% in August.",
  ["00_es.txt", "01_pt.txt", "02_it.txt", "03_fr.txt"], 1)])

# f06: a person's Facebook post as outside origin (Oleh Martyniuk, director of the Chornobyl
# reserve). uk "Про це повідомив на своїй сторінці у Facebook директор …" + "написав Мартинюк";
# en "wrote on Facebook on Monday" + "in his post"; ru chain via Укрінформ: "сообщает «Укринформ»
# со ссылкой на пост … Олега Мартынюка в фейсбуке" + "По данным Укринформа" (edge from
# Укрінформ); es (no outlet, no date line) "según escribió en su cuenta de Facebook" + "en la
# publicación".
story("f06_social_post_chornobyl_fire", "social_post", {
"00_uk.txt": """У зоні відчуження горить ліс: площа пожежі — 240 гектарів
Укрінформ
26.04.2027 12:48

У Чорнобильській зоні відчуження поблизу колишнього села Копачі триває лісова пожежа, її площа становить близько 240 гектарів. Про це повідомив на своїй сторінці у Facebook директор Чорнобильського радіаційно-екологічного біосферного заповідника Олег Мартинюк.

«Вогонь іде верховою пожежею по соснових насадженнях 1980-х років. Рівень гамма-фону в Києві та в населених пунктах за межами зони — в межах норми, підстав для паніки немає», — написав Мартинюк.

За його словами, до гасіння залучено 118 рятувальників і лісових пожежних, 26 одиниць техніки та вертоліт Мі-8 ДСНС. Ускладнюють роботу сильний вітер і те, що частина території досі не розмінована після 2022 року, тож техніка може рухатися лише перевіреними дорогами.

Мартинюк зазначив, що пожежа, ймовірно, почалася від сухої трави поблизу лінії електропередачі, але остаточну причину встановлять фахівці. Він також закликав не поширювати неперевірені повідомлення про «радіоактивний дим».

Пожежа спалахнула саме в 41-шу річницю аварії на Чорнобильській АЕС. Лісові пожежі в зоні відчуження трапляються майже щовесни; найбільша за останні роки, у квітні 2020-го, охопила понад 11 тисяч гектарів і кілька днів закривала Київ димом.
""",
"01_en.txt": """Forest fire burns 240 hectares in Chornobyl exclusion zone, reserve chief says
Reuters
2027-04-26 11:31 UTC

A forest fire is burning across about 240 hectares near the abandoned village of Kopachi in the Chornobyl exclusion zone, Oleh Martyniuk, director of the Chornobyl Radiation and Ecological Biosphere Reserve, wrote on Facebook on Monday.

Radiation levels in Kyiv and in towns outside the zone were within normal limits, he said, urging people not to panic. "The fire is spreading through the crowns of pine plantations from the 1980s," Martyniuk wrote.

According to his post, 118 firefighters and forest rangers, 26 vehicles and a Mi-8 helicopter of the State Emergency Service were working to contain the blaze. Strong wind and the fact that parts of the zone have still not been cleared of mines left after Russian troops occupied it in 2022 were making the work harder.

Martyniuk said the fire had probably started in dry grass near a power line, but experts would establish the cause.

Reuters could not immediately verify the information independently.

The fire broke out on the 41st anniversary of the 1986 Chornobyl nuclear disaster. Spring wildfires are common in the exclusion zone, where abandoned fields and dense pine forest dry out quickly. In April 2020, fires there burned more than 11,000 hectares and sent smoke over the Ukrainian capital.
""",
"02_ru.txt": """В Чернобыльской зоне отчуждения горит лес — около 240 гектаров
Медуза
26 апреля 2027, 15:20

В Чернобыльской зоне отчуждения возле бывшего села Копачи горит лес, площадь пожара составляет около 240 гектаров, сообщает «Укринформ» со ссылкой на пост директора Чернобыльского радиационно-экологического биосферного заповедника Олега Мартынюка в фейсбуке.

По данным Укринформа, пожар верховой, огонь распространяется по сосновым посадкам 1980-х годов. Радиационный фон в Киеве и населенных пунктах за пределами зоны, по словам Мартынюка, в норме.

Тушение ведут 118 спасателей и лесных пожарных, задействованы 26 единиц техники и вертолет Ми-8 ГСЧС Украины. Работу затрудняют сильный ветер и мины: часть территории зоны так и не разминировали после того, как в 2022 году ее на несколько недель заняли российские войска.

Вероятной причиной пожара называют возгорание сухой травы у линии электропередачи.

Пожар начался в день 41-й годовщины аварии на Чернобыльской АЭС. Лесные пожары в зоне отчуждения случаются почти каждую весну: в апреле 2020 года огонь охватил более 11 тысяч гектаров, и дым несколько дней стоял над Киевом.
""",
"03_es.txt": """Un incendio forestal quema 240 hectáreas en la zona de exclusión de Chernóbil

Un incendio forestal afecta a unas 240 hectáreas de pinar cerca de la aldea abandonada de Kopachi, en la zona de exclusión de Chernóbil, según escribió este lunes en su cuenta de Facebook el director de la Reserva de la Biosfera Radiológica y Ecológica de Chernóbil, Oleg Martyniuk.

"El nivel de radiación en Kiev y en las localidades situadas fuera de la zona se mantiene dentro de la normalidad, no hay motivos para el pánico", aseguró Martyniuk en la publicación, en la que explicó que el fuego avanza por las copas de pinos plantados en los años ochenta.

En las tareas de extinción participan 118 bomberos y guardas forestales, 26 vehículos y un helicóptero Mi-8 del Servicio Estatal de Emergencias de Ucrania. El viento y la presencia de minas, que siguen sin retirarse en parte de la zona desde la ocupación rusa de 2022, complican el trabajo.

El fuego pudo originarse en la hierba seca junto a un tendido eléctrico, aunque la causa la determinarán los expertos, añadió el responsable de la reserva.

El incendio coincide con el 41.º aniversario del accidente nuclear de 1986. Los fuegos primaverales son frecuentes en la zona: en abril de 2020 ardieron más de 11.000 hectáreas y el humo llegó a cubrir Kiev durante varios días.
""",
}, [("Oleh Martyniuk", False)],
[("Oleh Martyniuk", "00_uk.txt"), ("Oleh Martyniuk", "01_en.txt"), ("Укрінформ", "02_ru.txt"),
 ("Oleh Martyniuk", "03_es.txt")],
[("A forest fire near the former village of Kopachi in the Chornobyl exclusion zone covered about 240 hectares.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_es.txt"], 1),
 ("118 firefighters and forest rangers, 26 vehicles and a Mi-8 helicopter were fighting the fire.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_es.txt"], 1)])

# f07: own report (Corse-Matin: "Selon nos informations", "a appris Corse-Matin", a source close to
# the investigation, "Notre correspondant sur place"); it relay adds its own confirmation
# ("come ha rivelato per primo il quotidiano corso Corse-Matin" + "Contattata dall'Unione Sarda, la
# prefettura … ha confermato" + "ha detto al nostro giornale"): edge + in-corpus origin L'Unione
# Sarda; en plain relay "Corse-Matin reported" + "the Corsican daily said" + "the paper said".
story("f07_confirmation_corsica_arson", "own_confirmation", {
"00_fr.txt": """Incendie de Calenzana : trois points de départ identifiés, la piste criminelle privilégiée
Corse-Matin
21/08/2027 à 18h30

Le feu qui a parcouru environ 640 hectares de maquis et de chênes verts depuis jeudi après-midi sur la commune de Calenzana, en Balagne, est très probablement d'origine criminelle. Selon nos informations, les enquêteurs de la brigade de recherches de Calvi ont identifié trois points de départ distincts le long de la route départementale 151, espacés de quelques centaines de mètres.

« Trois mises à feu en dix minutes, sur le même axe, ce n'est pas un hasard », confie une source proche de l'enquête. Des témoins auraient aperçu une voiture de couleur sombre circulant lentement sur la route peu avant 15 heures, a appris Corse-Matin. Le parquet de Bastia a ouvert une enquête pour destruction volontaire par incendie.

Notre correspondant sur place a pu constater l'ampleur des dégâts samedi matin : sur les hauteurs du village, des pans entiers de colline sont noircis jusqu'aux murets des jardins. Deux bergeries et un hangar ont brûlé. Quelque 300 vacanciers d'un camping situé en contrebas ont été évacués jeudi soir vers la salle polyvalente de Calvi.

Au plus fort de l'incendie, 420 sapeurs-pompiers, trois Canadair et un Dash de la Sécurité civile étaient engagés. « Le feu est fixé, mais le vent peut encore le faire repartir », prévenait samedi un officier du Service d'incendie et de secours de Haute-Corse.

La Balagne avait déjà été touchée en juillet par un incendie d'une centaine d'hectares près de Montemaggiore. Depuis le début de l'été, plus de 1 500 hectares ont brûlé en Haute-Corse.
""",
"01_it.txt": """Corsica, rogo doloso a Calenzana: bruciati 640 ettari, tre inneschi sulla stessa strada
L'Unione Sarda
22 agosto 2027, 08:47

È quasi certamente di origine dolosa l'incendio che da giovedì ha devastato circa 640 ettari di macchia mediterranea e lecceta a Calenzana, nella Balagne, nel nord-ovest della Corsica. Come ha rivelato per primo il quotidiano corso Corse-Matin, gli investigatori della gendarmeria hanno individuato tre punti di innesco lungo la strada dipartimentale 151, a poche centinaia di metri l'uno dall'altro.

Contattata dall'Unione Sarda, la prefettura dell'Alta Corsica ha confermato che il fuoco ha percorso circa 640 ettari e che gli inneschi accertati sono tre. "L'ipotesi dolosa è quella privilegiata dagli inquirenti, la procura di Bastia ha aperto un fascicolo", ha detto al nostro giornale il portavoce della prefettura, Jean-Marc Orsini.

Nelle fasi più critiche sono intervenuti oltre quattrocento vigili del fuoco con tre Canadair e un Dash della Sécurité civile francese. Sabato le fiamme erano sotto controllo, ma il maestrale previsto per oggi preoccupa i soccorritori.

Il fumo dell'incendio era visibile giovedì sera anche dalla costa gallurese, da Santa Teresa a Palau. Negli ultimi anni la Sardegna e la Corsica hanno rafforzato la collaborazione nella lotta agli incendi boschivi, con esercitazioni comuni e scambio di mezzi aerei durante l'estate.
""",
"02_en.txt": """Arson suspected in Corsica wildfire that burned 640 hectares
The Connexion
22 August 2027

Investigators believe a wildfire that burned about 640 hectares of scrub and holm oak near the village of Calenzana in northern Corsica was started deliberately, Corse-Matin reported on Saturday.

Police have found three separate ignition points along the D151 road, a few hundred metres apart, the Corsican daily said, citing a source close to the investigation. "Three fires lit within ten minutes on the same road is not a coincidence," the source told the newspaper. Witnesses reportedly saw a dark-coloured car driving slowly along the road shortly before 3pm on Thursday, when the fire started.

Prosecutors in Bastia have opened an investigation into deliberate destruction by fire.

Around 300 holidaymakers were evacuated from a campsite below the village on Thursday evening and spent the night in a sports hall in Calvi, the paper said. Two sheepfolds and a barn were destroyed. At the height of the blaze, 420 firefighters, three Canadair water bombers and a Dash aircraft were deployed.

The Balagne area, popular with tourists for its hilltop villages and beaches, has seen several fires this summer. More than 1,500 hectares have burned in Haute-Corse since June.
""",
}, [("Corse-Matin", True), ("L'Unione Sarda", True)],
[("Corse-Matin", "01_it.txt"), ("Corse-Matin", "02_en.txt")],
[("The fire at Calenzana (Balagne, Corsica) burned about 640 hectares.",
  ["00_fr.txt", "01_it.txt", "02_en.txt"], 2),
 ("Investigators identified three ignition points along the D151 road and suspect arson.",
  ["00_fr.txt", "01_it.txt", "02_en.txt"], 2),
 ("About 300 holidaymakers were evacuated from a campsite below the village.",
  ["00_fr.txt", "02_en.txt"], 1)])

# f08: two independent own reports (Corriere della Sera: "apprende il Corriere della Sera da fonti
# del Viminale", an anonymous ministry source; Укрінформ: "передає кореспондент Укрінформу" +
# "розповів кореспондентові Укрінформу"); ru credits both ("сообщили итальянская газета Corriere
# della Sera и украинское государственное агентство «Укринформ»" + "По данным Corriere" + "Как
# передает корреспондент Укринформа"): two edges; es relays only Corriere ("según publica … el
# diario italiano Corriere della Sera, que cita" + "De acuerdo con el periódico milanés").
story("f08_two_reports_canadair_ukraine", "two_independent", {
"00_it.txt": """L'Italia cede all'Ucraina due Canadair dei Vigili del fuoco
Corriere della Sera
5 ottobre 2027, ore 07:30

L'Italia consegnerà oggi all'Ucraina due aerei anfibi antincendio Canadair CL-415 finora in dotazione alla flotta dei Vigili del fuoco: lo apprende il Corriere della Sera da fonti del Viminale. I due velivoli, costruiti tra il 1998 e il 2000, partiranno in mattinata dall'aeroporto di Ciampino con equipaggi misti italo-ucraini.

Gli aerei sono stati sottoposti negli ultimi mesi a una revisione completa di motori, avionica e scafo, costata 31 milioni di euro e finanziata per due terzi dal fondo europeo per l'assistenza all'Ucraina. Dodici piloti e ventiquattro tecnici ucraini si sono addestrati per sei settimane con i Vigili del fuoco tra Ciampino e il lago di Bracciano.

"Sono aerei che hanno ancora molti anni di servizio davanti. In Ucraina, con le foreste colpite dai bombardamenti, faranno la differenza", spiega una fonte del ministero dell'Interno che chiede di non essere citata. La cessione, secondo la stessa fonte, non ridurrà la capacità operativa italiana, perché i due Canadair erano già destinati a essere sostituiti dai nuovi DHC-515 previsti dal programma europeo rescEU.

L'accordo, firmato a luglio, è rimasto finora riservato per ragioni di sicurezza. La flotta dei Vigili del fuoco conta attualmente 19 Canadair, impiegati ogni estate anche in missioni in Grecia, Francia e Portogallo.
""",
"01_uk.txt": """Україна отримала від Італії два літаки-амфібії Canadair для гасіння пожеж
Укрінформ
05.10.2027 16:20

Два протипожежні літаки-амфібії Canadair CL-415, передані Україні Італією, у вівторок приземлилися на аеродромі на заході країни, передає кореспондент Укрінформу.

Літаки пілотували змішані українсько-італійські екіпажі. Після посадки їх зустріли представники ДСНС, Міністерства внутрішніх справ та посольства Італії. На фюзеляжах уже нанесено розпізнавальні знаки Державної служби з надзвичайних ситуацій.

«Кожна така машина за один захід набирає з водойми шість тонн води і може скидати її на вогонь кілька десятків разів на день. Для наших лісів на сході та півдні, які щоліта горять через обстріли, це зовсім інші можливості», — розповів кореспондентові Укрінформу заступник голови ДСНС Андрій Ковальчишин.

За його словами, літаки базуватимуться на одному з аеродромів у центральній Україні, а їхні екіпажі вже пройшли підготовку в Італії. Перші вильоти на гасіння пожеж можливі вже наступного весняного сезону.

Досі Україна не мала власних літаків-амфібій такого класу: гасити великі лісові пожежі з повітря доводилося переважно гелікоптерами та кількома застарілими літаками Ан-32П. Торік, за даними ДСНС, лісові пожежі в Україні охопили понад 60 тисяч гектарів, значна частина — у прифронтових районах.
""",
"02_ru.txt": """Италия передала Украине два противопожарных самолета Canadair
Радио Свобода
5 октября 2027, 19:05

Италия передала Украине два самолета-амфибии Canadair CL-415, предназначенных для тушения лесных пожаров. Об этом сообщили итальянская газета Corriere della Sera и украинское государственное агентство «Укринформ».

По данным Corriere, самолеты до сих пор входили во флот итальянского Корпуса пожарных, а украинские пилоты и техники прошли в Италии шестинедельную подготовку. Соглашение о передаче было подписано в июле, но до сих пор не разглашалось из соображений безопасности.

Как передает корреспондент Укринформа, во вторник самолеты приземлились на аэродроме на западе Украины. Заместитель главы ГСЧС Андрей Ковальчишин сказал агентству, что каждый самолет за один заход набирает шесть тонн воды и может сбрасывать ее на огонь несколько десятков раз в день.

До сих пор у Украины не было собственных самолетов-амфибий такого класса. Лесные пожары в прифронтовых районах, вызванные обстрелами, ежегодно уничтожают десятки тысяч гектаров леса, а тушить их с земли зачастую невозможно из-за мин и неразорвавшихся боеприпасов.
""",
"03_es.txt": """Italia entrega a Ucrania dos hidroaviones Canadair para combatir incendios forestales
El País
05 oct 2027 - 12:10 CEST

Italia entregará este martes a Ucrania dos hidroaviones antiincendios Canadair CL-415 que hasta ahora formaban parte de la flota del Cuerpo Nacional de Bomberos italiano, según publica el diario italiano Corriere della Sera, que cita fuentes del Ministerio del Interior.

De acuerdo con el periódico milanés, los dos aparatos, fabricados entre 1998 y 2000, han sido sometidos a una revisión completa que ha costado 31 millones de euros, financiada en dos tercios por el fondo europeo de ayuda a Ucrania. Doce pilotos y veinticuatro técnicos ucranianos se han formado durante seis semanas en Italia.

La cesión no reducirá la capacidad italiana, ya que ambos aviones iban a ser sustituidos por los nuevos DHC-515 del programa europeo rescEU, añade el Corriere.

Ucrania carece de aviones anfibios de este tipo. Los incendios forestales provocados por los bombardeos rusos arrasan cada verano decenas de miles de hectáreas en el este y el sur del país, a menudo en zonas minadas donde los bomberos no pueden entrar.

España también ha prestado en los últimos años sus Canadair a otros países europeos a través del mecanismo comunitario de protección civil, especialmente a Grecia y Portugal.
""",
}, [("Corriere della Sera", True), ("Укрінформ", True)],
[("Corriere della Sera", "02_ru.txt"), ("Укрінформ", "02_ru.txt"), ("Corriere della Sera", "03_es.txt")],
[("Italy handed two Canadair CL-415 firefighting amphibious aircraft over to Ukraine.",
  ["00_it.txt", "01_uk.txt", "02_ru.txt", "03_es.txt"], 2),
 ("The two aircraft were overhauled at a cost of 31 million euros, two thirds financed by a European fund for Ukraine.",
  ["00_it.txt", "03_es.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 142 (forests and wildfires; real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, files, n in claims:
            assert all(f in arts for f in files), (id, files)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": files, "independent_sources": n} for t, files, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
