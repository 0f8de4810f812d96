#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand127 set.

Retail and consumer prices. Real media names; every event, person, company, figure and quote is
invented, and no text is taken from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: in-corpus scoop by Het Financieele Dagblad built on three anonymous people involved in the
# plans and an internal memo seen by the paper (the anonymous people belong to the FD). Relayed by
# Reuters ("financial daily Het Financieele Dagblad reported on Tuesday, citing" + "the newspaper
# said" + "according to the FD report"; its own unanswered request adds nothing), Lebensmittel
# Zeitung ("wie das Amsterdamer Wirtschaftsblatt … berichtet, das sich auf … beruft" + "schreibt
# die Zeitung weiter") and LSA ("selon le quotidien économique …, qui cite" + "précise le quotidien").
story("p01_scoop_fd_house_brands", "scoop", {
"00_nl.txt": """Vershoek verlaagt prijzen van 1500 huismerkproducten
Het Financieele Dagblad
16 februari 2027, 05:00

Supermarktketen Vershoek gaat vanaf 2 maart de prijzen van ongeveer 1500 huismerkproducten met gemiddeld 8% verlagen. Dat zeggen drie personen die bij de plannen betrokken zijn tegen het FD. De keten wil zo klanten terugwinnen die de afgelopen twee jaar naar de discounters zijn overgestapt.

De verlaging geldt onder meer voor zuivel, brood, pasta, diepvriesgroenten en schoonmaakmiddelen. Volgens een interne memo die het FD heeft ingezien, kost de operatie Vershoek naar schatting €60 mln per jaar aan marge. Een deel daarvan moet worden terugverdiend door minder folders te drukken en het aantal aanbiedingen in de winkels met een derde terug te brengen.

'We zijn in de ogen van de klant te duur geworden, en dat hebben we helemaal zelf gedaan,' zegt een van de betrokkenen, die anoniem wil blijven omdat de plannen nog niet openbaar zijn. 'Eén keer per week een stunt met chips helpt niet als het pak melk elke dag twintig cent meer kost dan bij de buren.'

De leveranciers van de huismerken zijn vorige week ingelicht. Zij hoeven volgens twee van de bronnen niet mee te betalen aan de verlaging; Vershoek vangt die volledig zelf op.

Vershoek is met 410 winkels en een marktaandeel van 8,9% de vierde supermarktketen van het land. Vorig jaar leverde de keten 0,7 procentpunt marktaandeel in, vooral aan discounters. Topvrouw Ellen Brinkhorst kondigde in november aan dat Vershoek 'scherper op prijs' zou worden, maar gaf toen geen details.

Een woordvoerder van Vershoek wilde tegenover het FD niet ingaan op 'speculatie over toekomstige prijzen'.
""",
"01_en.txt": """Dutch grocer Vershoek to cut prices on 1,500 own-brand products - FD
Reuters
Tue, 16 Feb 2027 08:42:00 +0000

AMSTERDAM, Feb 16 (Reuters) - Dutch supermarket chain Vershoek will cut prices on about 1,500 of its own-brand products by an average of 8% from March 2, financial daily Het Financieele Dagblad reported on Tuesday, citing three people involved in the plans.

The move, aimed at winning back shoppers who have switched to discount chains over the past two years, will cost Vershoek an estimated 60 million euros ($65 million) a year in margin, the newspaper said, citing an internal memo.

Dairy, bread, pasta, frozen vegetables and cleaning products are among the items affected, according to the FD report. The chain plans to offset part of the cost by printing fewer leaflets and cutting the number of in-store promotions by a third.

"We have become too expensive in the eyes of the customer, and we did that all by ourselves," one of the people was quoted as saying.

A Vershoek spokesperson declined to comment when contacted by Reuters on Tuesday morning.

Vershoek runs 410 stores and is the fourth-largest supermarket group in the Netherlands with a market share of 8.9%, down 0.7 percentage points from a year earlier. Chief Executive Ellen Brinkhorst said in November the chain would become "sharper on price" but did not give details at the time.

Discount chains have gained market share across northern Europe since food inflation peaked, forcing traditional supermarkets to respond with price cuts on staple goods.

(Reporting by Joost Verhagen; Editing by Alison Marr)
""",
"02_de.txt": """Vershoek senkt Preise für 1.500 Eigenmarkenartikel
Lebensmittel Zeitung
16.02.2027, 11:20

Der niederländische Lebensmittelhändler Vershoek will ab dem 2. März die Preise für rund 1.500 Eigenmarkenartikel um durchschnittlich 8 Prozent senken, wie das Amsterdamer Wirtschaftsblatt „Het Financieele Dagblad“ (FD) berichtet, das sich auf drei mit den Plänen vertraute Personen beruft.

Betroffen sind demnach unter anderem Molkereiprodukte, Brot, Nudeln, Tiefkühlgemüse und Reinigungsmittel. Laut einem internen Papier, das dem FD vorliegt, kostet die Preisoffensive das Unternehmen rund 60 Mio. Euro Marge im Jahr. Gegenfinanziert werden soll ein Teil davon durch weniger Handzettel und ein um ein Drittel reduziertes Aktionsgeschäft in den Filialen.

Die Lieferanten der Eigenmarken seien in der vergangenen Woche informiert worden und müssten die Senkung nicht mittragen, schreibt die Zeitung weiter. Vershoek wollte sich gegenüber dem FD nicht zu „Spekulationen über künftige Preise“ äußern.

Vershoek betreibt 410 Märkte und ist mit einem Marktanteil von 8,9 Prozent die Nummer vier im niederländischen Lebensmittelhandel. Im vergangenen Jahr verlor die Kette 0,7 Prozentpunkte, vor allem an die Discounter. Vorstandschefin Ellen Brinkhorst hatte schon im November angekündigt, das Unternehmen werde beim Preis „schärfer“ werden, Einzelheiten nannte sie damals nicht.

Für deutsche Händler mit Filialen in grenznahen Regionen dürfte der Schritt den Wettbewerb um preisbewusste Kunden weiter anheizen. Viele niederländische Haushalte kaufen regelmäßig in Nordrhein-Westfalen und Niedersachsen ein.
""",
"03_fr.txt": """Pays-Bas : Vershoek va baisser les prix de 1 500 produits à sa marque
LSA
16 février 2027

L'enseigne néerlandaise Vershoek s'apprête à réduire en moyenne de 8 % les prix d'environ 1 500 produits à sa marque à partir du 2 mars, selon le quotidien économique Het Financieele Dagblad, qui cite trois personnes associées au projet.

Produits laitiers, pain, pâtes, légumes surgelés et produits d'entretien figurent parmi les références concernées. D'après une note interne consultée par le journal, l'opération amputera la marge du distributeur d'environ 60 millions d'euros par an. Pour compenser en partie, Vershoek prévoit d'imprimer moins de prospectus et de réduire d'un tiers le nombre de promotions en magasin.

Les fournisseurs des marques propres ont été informés la semaine dernière et ne participeront pas au financement de la baisse, précise le quotidien. Interrogé par le FD, un porte-parole de l'enseigne n'a pas souhaité commenter des « spéculations sur les prix futurs ».

Avec 410 magasins et 8,9 % de part de marché, Vershoek est le quatrième distributeur alimentaire des Pays-Bas. L'enseigne a perdu 0,7 point de part de marché l'an dernier, principalement au profit des discounters. Sa directrice générale, Ellen Brinkhorst, avait promis en novembre d'être « plus offensive sur les prix », sans en dire davantage.

Le mouvement rappelle les baisses ciblées engagées par plusieurs enseignes européennes sur les premiers prix, sous la pression des clients et des discounters.
""",
}, [("Het Financieele Dagblad", True)],
[("Het Financieele Dagblad", "01_en.txt"), ("Het Financieele Dagblad", "02_de.txt"),
 ("Het Financieele Dagblad", "03_fr.txt")],
[("Vershoek will cut prices on about 1,500 own-brand products by an average of 8% from 2 March.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("According to an internal memo, the price cuts will cost Vershoek about 60 million euros a year in margin.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Suppliers of the own-brand products were informed last week and will not share the cost of the cuts.",
  ["00_nl.txt", "02_de.txt", "03_fr.txt"], 1)])

# p02: chain uk -> ru -> de, pt. Ekonomichna Pravda's own price check (own: "Такого висновку дійшла
# «Економічна правда»", "Журналісти ЕП", dative "«Економічній правді» повідомили"). RBC-Ukraine's
# Russian-language site relays it ("говорится в материале издания «Экономическая правда»", genitive
# "По данным «Экономической правды»", "изданию ответили"). ntv.de credits only RBC-Ukraine ("Wie das
# ukrainische Nachrichtenportal RBC-Ukraine berichtet", "Demnach", "berichtet das Portal weiter");
# Observador credits RBC-Ukraine "que cita uma análise" of Ekonomichna Pravda -> edge from RBC-Ukraine.
story("p02_chain_markup_cap", "chain", {
"00_uk.txt": """Націнка понад меморандум: три мережі продають масло і гречку дорожче дозволеного
Економічна правда
3 березня 2027, 09:10

Щонайменше три з п'яти найбільших продуктових мереж України продають вершкове масло та гречку з націнкою 18–25%, хоча за меморандумом з урядом вона не мала б перевищувати 10%. Такого висновку дійшла «Економічна правда», порівнявши ціни на полицях 40 магазинів Києва, Львова, Дніпра та Одеси з відпускними цінами виробників.

Журналісти ЕП упродовж двох тижнів лютого фіксували ціни на сім соціально значущих товарів, які охоплює меморандум: гречку, рис, вершкове масло, соняшникову олію, молоко, курячі яйця та борошно. Відпускні ціни редакція отримала від чотирьох виробників і двох дистриб'юторів.

Найбільший розрив ЕП виявила в мережі «Добромаркет»: пачка масла жирністю 72,5% коштувала там 98 грн за відпускної ціни 79 грн, тобто націнка становила майже 24%. У мережах «Лан» та «Зерно» гречку продавали на 18–21% дорожче, ніж її відвантажували виробники.

У «Добромаркеті» у коментарі ЕП заявили, що мережа «дотримується меморандуму в середньому по кошику», а ціни на окремі позиції «можуть тимчасово коливатися». «Лан» і «Зерно» на запити редакції не відповіли.

У Міністерстві економіки «Економічній правді» повідомили, що ознайомилися з результатами перевірки і «вивчать їх разом із Держпродспоживслужбою».

Меморандум про обмеження націнок уряд і найбільші рітейлери підписали в листопаді 2026 року на тлі зростання цін на продукти. Документ добровільний і не передбачає штрафів: за порушення мережу можуть лише виключити з переліку учасників.
""",
"01_ru.txt": """Три сети супермаркетов нарушают меморандум о наценках на масло и гречку — СМИ
РБК-Украина
03.03.2027 12:35

Три из пяти крупнейших продуктовых сетей Украины продают сливочное масло и гречку с наценкой 18–25% вместо предусмотренных меморандумом с правительством 10%. Об этом говорится в материале издания «Экономическая правда».

По данным «Экономической правды», журналисты которой две недели фиксировали цены в 40 магазинах Киева, Львова, Днепра и Одессы, самый большой разрыв обнаружен в сети «Добромаркет». Пачка масла жирностью 72,5% стоила там 98 грн при отпускной цене производителя 79 грн — наценка почти 24%. В сетях «Лан» и «Зерно» гречку продавали на 18–21% дороже, чем ее отгружали производители.

В «Добромаркете» изданию ответили, что сеть «соблюдает меморандум в среднем по корзине», а цены на отдельные позиции «могут временно колебаться». В «Лане» и «Зерне» на запросы журналистов не ответили.

В Минэкономики ЭП сообщили, что изучат результаты проверки вместе с Госпродпотребслужбой.

Меморандум об ограничении наценок на семь социально значимых товаров — гречку, рис, сливочное масло, подсолнечное масло, молоко, яйца и муку — правительство и крупнейшие ритейлеры подписали в ноябре 2026 года. Документ носит добровольный характер и не предусматривает штрафов.

Напомним, в январе продукты питания в Украине подорожали на 1,9% за месяц, а сливочное масло стало одним из лидеров роста цен.
""",
"02_de.txt": """Ukraine: Supermärkte verlangen offenbar zu hohe Aufschläge auf Butter und Buchweizen
ntv.de
Mittwoch, 03. März 2027

Drei der fünf größten Lebensmittelketten der Ukraine verlangen für Butter und Buchweizen offenbar deutlich höhere Aufschläge als mit der Regierung vereinbart. Wie das ukrainische Nachrichtenportal RBC-Ukraine berichtet, liegen die Handelsspannen bei 18 bis 25 Prozent. Erlaubt sind nach einem Memorandum vom vergangenen November höchstens 10 Prozent.

Demnach fällt der Abstand bei der Kette Dobromarket am größten aus: Ein Päckchen Butter kostete dort 98 Hrywnja, der Abgabepreis des Herstellers lag bei 79 Hrywnja – ein Aufschlag von fast 24 Prozent. Bei den Ketten Lan und Serno sei Buchweizen 18 bis 21 Prozent teurer verkauft worden, als die Hersteller ihn ausgeliefert hätten, berichtet das Portal weiter.

Dobromarket erklärte, man halte das Memorandum „im Durchschnitt über den Warenkorb“ ein, einzelne Preise könnten vorübergehend schwanken. Die beiden anderen Ketten äußerten sich nicht.

Das Memorandum umfasst sieben sogenannte sozial bedeutsame Lebensmittel, darunter Buchweizen, Reis, Milch, Eier und Mehl. Es beruht auf Freiwilligkeit, Strafen sieht es nicht vor. Die Regierung in Kiew hatte es unterzeichnet, nachdem die Lebensmittelpreise im Herbst stark gestiegen waren. Für viele Haushalte, die durch den Krieg ohnehin weniger Einkommen haben, machen Grundnahrungsmittel einen großen Teil der Ausgaben aus.
""",
"03_pt.txt": """Ucrânia: supermercados cobram margens acima do limite acordado com o Governo
Observador
3 mar 2027, 16:05

Três das cinco maiores cadeias de supermercados da Ucrânia estão a vender manteiga e trigo-sarraceno com margens de 18% a 25%, quando o memorando assinado com o Governo limita as margens a 10%, segundo o portal ucraniano RBC-Ucrânia, que cita uma análise do jornal económico online Ekonomichna Pravda.

A maior diferença foi detetada na cadeia Dobromarket, onde um pacote de manteiga custava 98 hryvnias, contra um preço de venda do produtor de 79 hryvnias, o que corresponde a uma margem de quase 24%. Nas cadeias Lan e Zerno, o trigo-sarraceno era vendido 18% a 21% mais caro do que o preço a que saía das fábricas, refere o mesmo portal.

A Dobromarket garantiu que cumpre o memorando «em média, no conjunto do cabaz». As outras duas cadeias não responderam aos pedidos de comentário, de acordo com o RBC-Ucrânia.

O memorando, assinado em novembro de 2026, abrange sete produtos considerados socialmente importantes, como arroz, leite, ovos e farinha. A adesão é voluntária e o documento não prevê multas. O Ministério da Economia ucraniano vai analisar os resultados com o serviço estatal de segurança alimentar.

A subida dos preços dos alimentos tem pesado nas famílias ucranianas, numa altura em que muitas perderam rendimentos por causa da guerra.
""",
}, [("Економічна правда", True)],
[("Економічна правда", "01_ru.txt"), ("РБК-Украина", "02_de.txt"), ("РБК-Украина", "03_pt.txt")],
[("Three of Ukraine's five largest grocery chains sell butter and buckwheat with markups of 18-25% although a memorandum with the government caps them at 10%.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_pt.txt"], 1),
 ("At Dobromarket a pack of butter cost 98 hryvnias against a producer price of 79, a markup of almost 24%.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_pt.txt"], 1),
 ("The Economy Ministry said it would study the findings together with the State Food and Consumer Service.",
  ["00_uk.txt", "01_ru.txt", "03_pt.txt"], 1)])

# p03: institution-published origin outside the corpus: DECO PROteste's basket monitoring published
# on its own site. All four take it from there: Público ("segundo os dados divulgados … pela DECO
# PROteste" + "lê-se na nota"; its unanswered request to the retailers' association adds nothing);
# Euronews ("according to figures published on Wednesday by" + "the group said in a note on its
# website"); LusoJornal ("selon l'association … qui a publié" + "D'après la Deco");
# NRC ("Dat blijkt uit cijfers die … op haar website publiceerde" + "aldus de organisatie").
story("p03_institution_deco_basket", "institution", {
"00_pt.txt": """Cabaz de bens essenciais atinge o valor mais alto de sempre: 248,37 euros
Público
24 de fevereiro de 2027, 10:47

O cabaz de 63 produtos alimentares essenciais acompanhado semanalmente pela DECO PROteste custava esta quarta-feira 248,37 euros, o valor mais elevado desde que a associação de defesa do consumidor começou a fazer esta análise, em janeiro de 2022. Segundo os dados divulgados pela DECO no seu site, o cabaz ficou 4,1% mais caro num só mês, o que equivale a mais 9,78 euros.

O bacalhau foi o produto que mais encareceu nas últimas quatro semanas, com uma subida de 12%, seguido do azeite (9%) e dos ovos (7%). Em sentido contrário, o tomate ficou 6% mais barato e a cebola desceu 4%.

«Os consumidores estão hoje a pagar mais por um cabaz igual ao de há um mês, sem que os rendimentos tenham acompanhado esta evolução», lê-se na nota publicada pela associação. A DECO volta a pedir ao Governo que reponha a isenção de IVA num conjunto de alimentos básicos e que obrigue as cadeias a publicar as suas margens.

De acordo com a associação, os preços são recolhidos todas as quartas-feiras nos sites das principais cadeias de supermercados com venda online. O cabaz inclui carne, peixe, fruta, legumes, laticínios e mercearia.

O PÚBLICO contactou a associação que representa as empresas de distribuição, mas não obteve resposta até à hora de fecho desta edição.

Em janeiro, a inflação dos produtos alimentares não transformados já tinha acelerado, pressionada pelos preços do peixe e do azeite.
""",
"01_en.txt": """Portugal's essential food basket hits record €248 as cod and olive oil soar
Euronews
Updated: 24/02/2027 - 14:02 GMT+1

The price of a basket of 63 essential foods in Portugal has reached its highest level on record, according to figures published on Wednesday by consumer association DECO PROteste.

The basket cost €248.37 this week, the highest since the association began tracking it in January 2022. That is 4.1%, or €9.78, more than a month ago, the group said in a note on its website.

Salt cod, a staple of Portuguese cooking, was the biggest riser, up 12% over four weeks. Olive oil gained 9% and eggs 7%, while tomatoes and onions became cheaper.

"Consumers are paying more today for the same basket they bought a month ago, without their incomes keeping pace," the association wrote. It renewed its call for the government to bring back the VAT exemption on a list of basic foods and to require supermarket chains to publish their margins.

DECO PROteste collects prices every Wednesday from the websites of the main supermarket chains that sell groceries online. The basket includes meat, fish, fruit, vegetables, dairy products and dry goods.

Food prices have been a political issue in Portugal for several years, with households spending a larger share of their income on groceries than in most western European countries.
""",
"02_fr.txt": """Portugal : le panier alimentaire de base n'a jamais coûté aussi cher
LusoJornal
24 février 2027

Le panier de 63 produits alimentaires essentiels suivi chaque semaine au Portugal atteint un niveau record de 248,37 euros, selon l'association de défense des consommateurs DECO PROteste, qui a publié ses nouveaux relevés ce mercredi sur son site.

En un mois, la facture a augmenté de 4,1 %, soit 9,78 euros de plus. D'après la Deco, c'est le montant le plus élevé depuis le début de ce suivi, en janvier 2022.

La morue, incontournable de la cuisine portugaise, affiche la plus forte hausse, avec +12 % en quatre semaines. L'huile d'olive progresse de 9 % et les œufs de 7 %. À l'inverse, les tomates ont baissé de 6 %.

« Les consommateurs paient aujourd'hui davantage pour le même panier qu'il y a un mois, sans que leurs revenus aient suivi », souligne l'association dans son communiqué. Elle demande au gouvernement de rétablir l'exonération de TVA sur une liste d'aliments de base.

Pour les Portugais de France qui rentrent au pays pour les vacances de Pâques, la hausse ne passera pas inaperçue : la morue et l'huile d'olive figurent parmi les produits les plus achetés pendant les fêtes.
""",
"03_nl.txt": """Portugese boodschappenmand duurder dan ooit
NRC
24-02-2027 17:30

Een mand met 63 basislevensmiddelen kost in Portugal 248,37 euro, meer dan ooit sinds de metingen begonnen in januari 2022. Dat blijkt uit cijfers die de Portugese consumentenorganisatie DECO PROteste woensdag op haar website publiceerde.

In een maand tijd werd de mand 4,1 procent duurder. Vooral olijfolie (plus 9 procent) en eieren (plus 7 procent) stegen in prijs, terwijl tomaten en uien goedkoper werden.

'Consumenten betalen vandaag meer voor dezelfde mand dan een maand geleden, zonder dat hun inkomen is meegestegen', aldus de organisatie. DECO wil dat de regering de btw op een lijst basisproducten opnieuw schrapt, zoals eerder al tijdelijk gebeurde, en dat supermarktketens hun marges openbaar maken.

De organisatie verzamelt elke woensdag de prijzen op de websites van de grote supermarktketens met een webwinkel. De mand bevat onder meer vlees, vis, groente, fruit en zuivel.

Portugese huishoudens geven een relatief groot deel van hun inkomen uit aan voedsel. Ook in Nederland houdt de discussie over supermarktmarges aan: de Consumentenbond pleit al langer voor meer openheid over prijsopbouw.
""",
}, [("DECO PROteste", False)],
[("DECO PROteste", "00_pt.txt"), ("DECO PROteste", "01_en.txt"), ("DECO PROteste", "02_fr.txt"),
 ("DECO PROteste", "03_nl.txt")],
[("DECO PROteste's basket of 63 essential foods cost 248.37 euros, the highest since monitoring began in January 2022, 4.1% more than a month earlier.",
  ["00_pt.txt", "01_en.txt", "02_fr.txt", "03_nl.txt"], 1),
 ("Cod was the biggest riser, up 12% in four weeks, ahead of olive oil (9%).",
  ["00_pt.txt", "01_en.txt", "02_fr.txt"], 1),
 ("DECO PROteste asked the government to restore the VAT exemption on basic foods.",
  ["00_pt.txt", "01_en.txt", "02_fr.txt", "03_nl.txt"], 1)])

# p04: Le Parisien's own price check (own: "Nos journalistes ont relevé", "Interrogé par Le
# Parisien"). The Guardian relays with credit ("A price check by the French daily Le Parisien",
# "Le Parisien's reporters", "told Le Parisien", "the paper reported"); 02_nl.txt (no outlet line)
# is an uncredited, close Dutch translation published hours later that keeps "Onze journalisten"
# and "tegenover onze krant": edge from Le Parisien; Izvestia relays with credit ("выяснила
# французская газета Le Parisien", "Как отмечает издание", dative "рассказали газете").
story("p04_translation_shrinkflation", "translation", {
"00_fr.txt": """« Réduflation » : dans six supermarchés franciliens, le yaourt qui a perdu 15 grammes
Le Parisien
2027-03-09T06:00:00+01:00

Le pack a la même couleur, le même prix, mais il pèse moins lourd. Nos journalistes ont relevé, entre le 1er et le 6 mars, les prix et les grammages de 120 produits du quotidien dans six supermarchés d'Île-de-France. Résultat : 14 d'entre eux ont rétréci depuis l'automne sans que leur prix ne baisse.

Le cas le plus frappant concerne les yaourts nature de la marque Doucelait. Le pack de quatre pots est passé de 4 × 125 g à 4 × 110 g, et il est toujours vendu 2,49 €. Rapporté au kilo, le prix a bondi de 13,6 %, de 4,98 € à 5,66 €. Le riz long grain d'une marque de distributeur est passé de 1 kg à 900 g, le café moulu d'un torréfacteur de 250 g à 225 g.

« Je ne l'avais même pas remarqué. Je prends toujours le même pack, je regarde le prix, pas le poids », confie Nadia, 41 ans, rencontrée devant un magasin de Montreuil (Seine-Saint-Denis).

Interrogé par Le Parisien, le fabricant, Laiteries Doucelait, invoque « une hausse de 22 % du coût du lait et des emballages depuis 2025 » et assure avoir préféré « réduire légèrement le format plutôt que d'augmenter le prix en rayon ».

Les distributeurs sont pourtant tenus de signaler ces changements aux clients par une étiquette en rayon. Dans quatre des six magasins visités, aucune affichette ne le mentionnait. « C'est une hausse de prix déguisée, ni plus ni moins », tranche Karim Benslimane, juriste dans une association de consommateurs de Seine-Saint-Denis.
""",
"01_en.txt": """French yoghurt pack shrinks by 15g as shrinkflation hits Paris supermarkets
The Guardian
Tue 9 Mar 2027 13.15 GMT

A pack of yoghurts sold in French supermarkets has quietly lost 15g per pot while its price has stayed the same, one of 14 products found to have shrunk since the autumn in a price check by the French daily Le Parisien.

Le Parisien's reporters recorded the prices and weights of 120 everyday products in six supermarkets around Paris between 1 and 6 March. The most striking case was a four-pack of plain Doucelait yoghurts, which went from 4 x 125g to 4 x 110g and still costs €2.49 – a 13.6% increase in the price per kilo.

Long-grain rice under a supermarket's own label went from 1kg to 900g, and a brand of ground coffee from 250g to 225g, the paper reported.

The manufacturer, Laiteries Doucelait, told Le Parisien that the cost of milk and packaging had risen by 22% since 2025 and that it had preferred "to reduce the size slightly rather than raise the shelf price".

Retailers in France are required to warn shoppers of such changes with a label on the shelf, but in four of the six stores visited no such notice was displayed, according to the newspaper.

Shrinkflation has become a sore point for consumers across Europe, and several governments have pushed retailers to be more transparent about pack sizes.
""",
"02_nl.txt": """'Krimpflatie': yoghurt verliest 15 gram, prijs blijft gelijk
09.03.2027 16:40

De verpakking heeft dezelfde kleur en dezelfde prijs, maar ze weegt minder. Onze journalisten noteerden tussen 1 en 6 maart de prijzen en gewichten van 120 dagelijkse producten in zes supermarkten in de regio Parijs. Resultaat: veertien ervan zijn sinds het najaar gekrompen zonder dat de prijs omlaag ging.

Het opvallendste geval zijn de naturelyoghurts van het merk Doucelait. Het pak van vier potjes ging van 4 × 125 gram naar 4 × 110 gram en kost nog altijd 2,49 euro. Per kilo is de prijs daarmee met 13,6 procent gestegen, van 4,98 naar 5,66 euro. Langkorrelige rijst van een huismerk ging van 1 kilo naar 900 gram, gemalen koffie van een branderij van 250 naar 225 gram.

'Ik had het niet eens gemerkt. Ik pak altijd hetzelfde pak, ik kijk naar de prijs, niet naar het gewicht', zegt Nadia (41), die we voor een winkel in Montreuil spraken.

Tegenover onze krant wijst fabrikant Laiteries Doucelait op 'een stijging van 22 procent van de kosten van melk en verpakkingen sinds 2025'. Het bedrijf zegt liever 'het formaat iets te verkleinen dan de prijs in het schap te verhogen'.

Supermarkten moeten zulke veranderingen met een etiket in het schap aan klanten melden. In vier van de zes bezochte winkels hing geen enkel bordje. 'Het is een verkapte prijsverhoging, niets meer en niets minder', zegt Karim Benslimane, jurist bij een consumentenvereniging in Seine-Saint-Denis.
""",
"03_ru.txt": """Французская газета обнаружила «шринкфляцию» в супермаркетах под Парижем
Известия
9 марта 2027, 18:20

Упаковка йогуртов французской марки Doucelait стала легче на 60 г при прежней цене, выяснила французская газета Le Parisien, журналисты которой проверили цены и вес 120 товаров повседневного спроса в шести супермаркетах Иль-де-Франса.

Как отмечает издание, упаковка из четырех баночек уменьшилась с 4 × 125 г до 4 × 110 г, но по-прежнему стоит 2,49 евро. В пересчете на килограмм цена выросла на 13,6%. Всего с осени «похудели» 14 из 120 проверенных товаров, при этом ни один из них не подешевел.

В компании Laiteries Doucelait рассказали газете, что стоимость молока и упаковки с 2025 года выросла на 22%, и там предпочли «немного уменьшить формат, а не повышать цену на полке».

По данным Le Parisien, в четырех из шести магазинов покупателей не предупредили об изменениях, хотя во Франции магазины обязаны сообщать о них ценником на полке.

Явление, получившее название «шринкфляция», в последние годы наблюдается во многих странах. Производители сокращают вес или объем упаковки, чтобы не повышать цену, которую покупатель видит в первую очередь.
""",
}, [("Le Parisien", True)],
[("Le Parisien", "01_en.txt"), ("Le Parisien", "02_nl.txt"), ("Le Parisien", "03_ru.txt")],
[("A four-pack of Doucelait yoghurts shrank from 4 x 125 g to 4 x 110 g while its price stayed at 2.49 euros.",
  ["00_fr.txt", "01_en.txt", "02_nl.txt", "03_ru.txt"], 1),
 ("14 of 120 products checked in six Paris-area supermarkets had shrunk since the autumn without getting cheaper.",
  ["00_fr.txt", "01_en.txt", "02_nl.txt", "03_ru.txt"], 1),
 ("In four of the six stores visited no shelf label warned shoppers of the change.",
  ["00_fr.txt", "01_en.txt", "02_nl.txt", "03_ru.txt"], 1),
 ("Laiteries Doucelait cited a 22% rise in the cost of milk and packaging since 2025.",
  ["00_fr.txt", "01_en.txt", "02_nl.txt", "03_ru.txt"], 1)])

# p05: Suspilne's own report (own: "Кореспондентка Суспільного побувала", "розповіла Суспільному",
# "На запит Суспільного … не відповіли"). Interfax-Ukraine relays ("сообщает общественный вещатель
# «Суспильне»", "По информации телеканала", "Как отмечает вещатель"). Deutsche Welle relays ("Wie
# zuerst der ukrainische öffentlich-rechtliche Rundfunk Suspilne berichtete") AND adds its own
# confirmation from the chain ("Auf Anfrage der DW bestätigte", "sagte sie der DW"): edge from
# Суспільне and Deutsche Welle is an in-corpus origin. The Kyiv Independent relays Suspilne
# ("public broadcaster Suspilne reported", "the broadcaster said"; "could not independently verify").
story("p05_confirmation_egg_prices", "confirmation", {
"00_uk.txt": """На Харківщині яйця в мережі «Околиця» подорожчали майже на чверть за тиждень
Суспільне
22 лютого 2027, 10:15

У магазинах мережі «Околиця» на Харківщині десяток курячих яєць за тиждень подорожчав з 52 до 64 гривень. Кореспондентка Суспільного побувала в трьох магазинах мережі в Харкові та Чугуєві і порівняла цінники з тими, що були 15 лютого.

Найдешевші яйця категорії С1 у всіх трьох магазинах тепер коштують 64 гривні за десяток. Ще тиждень тому в тих самих магазинах вони продавалися по 52 гривні. Це подорожчання на 23%.

«Я беру яйця щотижня, бо онуки в мене живуть. Минулої суботи віддала 52, а сьогодні дивлюся — 64. Так не буває», — розповіла Суспільному пенсіонерка Валентина Гордієнко біля магазину на Салтівці.

Для порівняння Суспільне перевірило ціни ще у двох мережах у Харкові: там за той самий період яйця подорожчали приблизно на 8%, до 55–57 гривень за десяток.

На запит Суспільного в мережі «Околиця» станом на ранок понеділка не відповіли.

«Околиця» має 86 магазинів у Харківській і Полтавській областях. Ціни на яйця в Україні традиційно зростають наприкінці зими, коли знижується несучість птиці та дорожчають корми, але стрибок на чверть за тиждень продавці на ринках називають незвичним.
""",
"01_ru.txt": """В Харьковской области яйца в сети «Околица» подорожали на 23% за неделю
Интерфакс-Украина
2027-02-22 12:48

Цена десятка куриных яиц в магазинах сети «Околица» в Харьковской области за неделю выросла с 52 до 64 гривен, сообщает общественный вещатель «Суспильне».

По информации телеканала, корреспондентка которого побывала в трех магазинах сети в Харькове и Чугуеве, самые дешевые яйца категории С1 теперь стоят 64 гривны за десяток, тогда как 15 февраля они продавались по 52 гривны.

В двух других торговых сетях Харькова яйца за тот же период подорожали примерно на 8% — до 55-57 гривен за десяток, уточняет «Суспильне».

Пенсионерка, с которой поговорила корреспондентка «Суспильного», рассказала, что еще в прошлую субботу заплатила за десяток 52 гривны.

Как отмечает вещатель, сеть «Околица» на запрос журналистов не ответила.

Сеть «Околица» насчитывает 86 магазинов в Харьковской и Полтавской областях и относится к крупнейшим региональным ритейлерам востока Украины. Цены на яйца в Украине, как правило, растут в конце зимы из-за снижения яйценоскости и подорожания кормов.
""",
"02_de.txt": """Eierpreise in Charkiw: Handelskette bestätigt Aufschlag von 23 Prozent
Deutsche Welle
23. Februar 2027

In der ostukrainischen Region Charkiw sind Eier bei der Supermarktkette Okolyzja innerhalb einer Woche um fast ein Viertel teurer geworden. Wie zuerst der ukrainische öffentlich-rechtliche Rundfunk Suspilne berichtete, stieg der Preis für zehn Eier in den Filialen der Kette von 52 auf 64 Hrywnja.

Auf Anfrage der DW bestätigte eine Sprecherin von Okolyzja am Dienstag die Preiserhöhung. „Unsere Einkaufspreise bei den Geflügelfarmen sind seit Anfang Februar um rund 30 Prozent gestiegen. Wir haben diesen Anstieg nur teilweise weitergegeben“, sagte sie der DW. Als Grund nannte sie höhere Futterkosten und Ausfälle bei einem großen Lieferanten in der Region Poltawa.

Die Kette betreibt 86 Geschäfte in den Regionen Charkiw und Poltawa. Für viele Menschen in der frontnahen Stadt Charkiw, in der Stromausfälle und Angriffe den Alltag prägen, sind Eier eine der günstigsten Eiweißquellen.

Steigende Lebensmittelpreise sind in der Ukraine ein wiederkehrendes Thema. Die Regierung hatte im vergangenen Herbst mit großen Handelsketten vereinbart, die Aufschläge auf einige Grundnahrungsmittel zu begrenzen. Eier gehören zu den sieben Produkten, die das Abkommen abdeckt.
""",
"03_en.txt": """Egg prices jump 23% in a week at Kharkiv Oblast grocery chain, Suspilne reports
The Kyiv Independent
Feb. 22, 2027 4:30 PM

The price of ten eggs at the Okolytsia grocery chain in Kharkiv Oblast rose from 52 to 64 hryvnias ($1.25 to $1.54) in a single week, public broadcaster Suspilne reported on Feb. 22.

A Suspilne correspondent visited three of the chain's stores in Kharkiv and Chuhuiv and compared the price tags with those recorded on Feb. 15. The cheapest grade C1 eggs now cost 64 hryvnias per ten in all three stores, the broadcaster said.

At two other grocery chains in Kharkiv, egg prices rose by about 8% over the same period, to 55-57 hryvnias, according to Suspilne.

Okolytsia did not respond to Suspilne's request for comment. The Kyiv Independent could not independently verify the prices.

Okolytsia runs 86 stores in Kharkiv and Poltava oblasts. Egg prices in Ukraine usually rise at the end of winter, when hens lay fewer eggs and feed becomes more expensive, but a jump of almost a quarter within a week is unusual.
""",
}, [("Суспільне", True), ("Deutsche Welle", True)],
[("Суспільне", "01_ru.txt"), ("Суспільне", "02_de.txt"), ("Суспільне", "03_en.txt")],
[("The price of ten eggs at Okolytsia stores in the Kharkiv region rose from 52 to 64 hryvnias within a week.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 2),
 ("At two other grocery chains in Kharkiv egg prices rose by about 8% over the same period.",
  ["00_uk.txt", "01_ru.txt", "03_en.txt"], 1)])

# p06: two independent in-corpus reports of the same coming dairy price rise: Kommersant (own,
# anonymous: "рассказали “Ъ” два топ-менеджера … и источник", "собеседник “Ъ”") and RBC (own:
# letters "есть в распоряжении РБК", "подтвердил РБК"). The Moscow Times credits both ("the
# Kommersant business daily and the RBC news outlet reported Thursday"): two edges. Ekonomichna
# Pravda credits RBC only ("пише російське видання РБК з посиланням на", "За даними РБК", dative
# "підтвердив виданню"); Handelsblatt credits Kommersant only ("berichtet die russische
# Wirtschaftszeitung „Kommersant“ unter Berufung auf", "Dem Blatt zufolge").
story("p06_independent_dairy_prices", "independent", {
"00_ru.txt": """Молочные продукты подорожают к апрелю
Коммерсантъ
11.03.2027, 00:01

Крупнейшие производители молочной продукции уведомили федеральные торговые сети о повышении отпускных цен с 1 апреля. Розничные цены на молоко, кефир, творог и сливочное масло могут вырасти на 10–15%, рассказали “Ъ” два топ-менеджера крупных ритейлеров и источник в одной из молочных компаний.

По словам собеседника “Ъ” в сети «Северный двор», уведомления пришли от пяти поставщиков, на которых приходится около 40% молочной полки. «Мы постараемся часть повышения взять на себя за счет собственной маржи, но полностью сдержать цены не получится», — говорит он. Второй собеседник “Ъ”, топ-менеджер сети «ТоргСити», подтвердил получение писем, но отказался оценивать, насколько вырастут цены на полке.

Производители объясняют повышение ростом стоимости кормов, упаковки и логистики, а также зарплат на фермах. Источник “Ъ” в молочной компании говорит, что закупочные цены на сырое молоко с начала года выросли на 9%.

В «ТоргСити» официально от комментариев отказались, в «Северном дворе» на запрос “Ъ” не ответили.

Молочная продукция — одна из самых чувствительных для покупателей категорий: на нее приходится около 15% расходов семей на продукты питания.
""",
"01_ru.txt": """Производители молочной продукции предупредили сети о повышении цен на 12%
РБК
11 марта 2027, 09:40

Как минимум три крупных производителя молочной продукции, в том числе «Молочная гавань», разослали торговым сетям письма о повышении отпускных цен в среднем на 12% с 1 апреля. Копии писем есть в распоряжении РБК.

В письме «Молочной гавани», датированном 4 марта, говорится, что повышение коснется «всего ассортимента, за исключением детского питания». Представитель компании подтвердил РБК подлинность документа и объяснил решение ростом стоимости кормов и упаковки.

Два других письма, с которыми ознакомился РБК, подписаны региональными молочными комбинатами; они сообщают сетям о повышении цен на 10–14%.

С учетом наценки магазинов розничные цены на молочную продукцию в апреле могут вырасти на 10–15%, оценил в разговоре с РБК аналитик инвестиционной компании «Вектор Капитал» Андрей Силантьев. «Ритейлеры будут переносить большую часть повышения на полку, просто растянут его на несколько недель», — считает он.

По его словам, в прошлый раз молочные производители синхронно повышали цены осенью 2025 года, тогда рост на полках составил около 8%.
""",
"02_en.txt": """Russian Dairy Prices Set to Rise Up to 15% From April, Reports Say
The Moscow Times
Mar. 11, 2027

Prices for milk, kefir, cottage cheese and butter in Russian supermarkets could rise by 10-15% from April 1 after major dairy producers notified retailers of higher supply prices, the Kommersant business daily and the RBC news outlet reported Thursday.

Kommersant cited two senior managers at large retail chains and a source at a dairy company, while RBC said it had seen letters that producers sent to retailers earlier this month.

Producers blame the increase on higher costs for animal feed, packaging and logistics, as well as rising wages on farms, according to both outlets.

Dairy products account for around 15% of household spending on food in Russia, and the increase is likely to feed into official inflation figures in the spring.

Food prices have been climbing steadily amid labor shortages and a weak ruble, eroding the real incomes of many Russian households despite nominal wage growth.
""",
"03_uk.txt": """У Росії з квітня подорожчають молочні продукти — РБК
Економічна правда
11.03.2027 13:25

Великі російські виробники молочної продукції з 1 квітня підвищують відпускні ціни в середньому на 12%, через що роздрібні ціни можуть зрости на 10–15%. Про це пише російське видання РБК з посиланням на листи виробників торговельним мережам.

За даними РБК, такі листи розіслали щонайменше три компанії, серед яких «Молочна гавань». Представник «Молочної гавані» підтвердив виданню автентичність документа і пояснив підвищення здорожчанням кормів та пакування.

У листі «Молочної гавані», датованому 4 березня, йдеться, що нові ціни стосуватимуться всього асортименту, за винятком дитячого харчування. Ще два листи надіслали регіональні молочні комбінати, які попередили мережі про подорожчання на 10–14%, уточнює видання.

Аналітик, якого цитує РБК, очікує, що мережі перекладуть більшу частину подорожчання на покупців, розтягнувши його на кілька тижнів.

Продовольча інфляція в Росії залишається високою: молочні продукти, овочі та м'ясо дорожчають швидше, ніж зростають доходи населення. Попри високу облікову ставку центрального банку, ціни на продукти харчування торік зросли більше, ніж прогнозував уряд.
""",
"04_de.txt": """Russland: Milchprodukte werden ab April deutlich teurer
Handelsblatt
11.03.2027 - 15:02 Uhr

In Russland müssen sich Verbraucher auf deutlich höhere Preise für Milchprodukte einstellen. Ab dem 1. April könnten Milch, Kefir, Quark und Butter in den Supermärkten um 10 bis 15 Prozent teurer werden, berichtet die russische Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Manager großer Handelsketten und einen Insider bei einem Molkereikonzern.

Dem Blatt zufolge haben fünf große Lieferanten, auf die rund 40 Prozent des Milchregals entfallen, die Händler bereits über höhere Abgabepreise informiert. Die Ketten wollten einen Teil des Aufschlags über die eigene Marge abfedern, ganz halten ließen sich die Preise aber nicht, zitiert die Zeitung einen der Manager.

Als Gründe nennen die Hersteller gestiegene Kosten für Futter, Verpackung und Logistik sowie höhere Löhne auf den Höfen. Der Rohmilchpreis sei seit Jahresbeginn um 9 Prozent gestiegen.

Die Inflation in Russland liegt trotz hoher Leitzinsen weiter deutlich über dem Ziel der Zentralbank. Lebensmittel gehören zu den größten Preistreibern.
""",
}, [("Коммерсантъ", True), ("РБК", True)],
[("Коммерсантъ", "02_en.txt"), ("РБК", "02_en.txt"), ("РБК", "03_uk.txt"), ("Коммерсантъ", "04_de.txt")],
[("Retail prices of dairy products in Russia could rise by 10-15% from 1 April after producers notified retailers of higher supply prices.",
  ["00_ru.txt", "01_ru.txt", "02_en.txt", "03_uk.txt", "04_de.txt"], 2),
 ("A representative of Molochnaya Gavan confirmed its letter announcing the price increase as authentic.",
  ["01_ru.txt", "03_uk.txt"], 1),
 ("Retail chains intend to absorb part of the increase through their own margins.",
  ["00_ru.txt", "04_de.txt"], 1),
 ("Raw milk purchase prices have risen by 9% since the start of the year.",
  ["00_ru.txt", "04_de.txt"], 1)])

# p07: a person's own social-media post outside the corpus: Preisfuchs CEO Torsten Wehling on
# LinkedIn, taken directly by all four. Handelsblatt ("schrieb … in einem Beitrag auf dem
# Karrierenetzwerk LinkedIn", "In dem Post heißt es"; its unanswered request adds nothing);
# de Volkskrant ("schreef topman … maandag op LinkedIn", "aldus Wehling"; no answer to its
# questions); Le Figaro ("a annoncé … dans un message publié sur LinkedIn", "écrit le dirigeant");
# Jornal de Negócios ("numa publicação na rede social LinkedIn", "escreveu").
story("p07_social_post_discounter", "social_post", {
"00_de.txt": """Preisfuchs-Chef kündigt auf LinkedIn Preissenkung für 400 Artikel an
Handelsblatt
15. März 2027

Der Discounter Preisfuchs senkt ab dem kommenden Montag die Preise für 400 Artikel dauerhaft um durchschnittlich 11 Prozent. Das schrieb Vorstandschef Torsten Wehling am Montagmorgen in einem Beitrag auf dem Karrierenetzwerk LinkedIn. Die Senkung gelte in allen Filialen in Deutschland, den Niederlanden und Portugal.

„Wir reden nicht über Aktionen für eine Woche, sondern über Preise, die bleiben“, heißt es in dem Post. Betroffen seien vor allem Grundnahrungsmittel wie Milch, Mehl, Nudeln, Kaffee und Tiefkühlgemüse. Bezahlt werde die Senkung „nicht von unseren Lieferanten, sondern aus unserer eigenen Marge“, schrieb Wehling.

Eine Anfrage des Handelsblatts, welche Artikel genau betroffen sind und was die Offensive kostet, ließ das Unternehmen bis zum Nachmittag unbeantwortet.

Preisfuchs betreibt rund 1.900 Filialen in Deutschland, 120 in den Niederlanden und 60 in Portugal. Der Discounter hatte im vergangenen Jahr Marktanteile verloren, nachdem Wettbewerber ihre Preise für Eigenmarken mehrfach gesenkt hatten.

Branchenbeobachter erwarten, dass die Konkurrenz schnell nachzieht. Im deutschen Lebensmittelhandel folgen Preissenkungen eines großen Discounters in der Regel binnen Tagen auch bei anderen Anbietern.
""",
"01_nl.txt": """Duitse discounter Preisfuchs verlaagt prijzen, ook in Nederlandse winkels
de Volkskrant
15 maart 2027, 14:05

De Duitse discounter Preisfuchs verlaagt vanaf volgende week maandag de prijzen van vierhonderd producten met gemiddeld 11 procent, ook in zijn 120 Nederlandse filialen. Dat schreef topman Torsten Wehling maandag op LinkedIn.

Het gaat volgens Wehling niet om tijdelijke aanbiedingen maar om blijvend lagere prijzen voor onder meer melk, meel, pasta, koffie en diepvriesgroenten. 'Dit betalen niet onze leveranciers, maar wij uit onze eigen marge', aldus Wehling in zijn bericht.

Preisfuchs Nederland reageerde maandag niet op vragen van de Volkskrant over de precieze producten en de gevolgen voor de Nederlandse winkels.

De keten is sinds 2019 actief in Nederland, vooral in Limburg, Gelderland en Brabant. Met 120 winkels is Preisfuchs hier een kleine speler, maar de discounters samen winnen al jaren marktaandeel van de traditionele supermarkten.

Eerder deze maand verlaagde ook de Nederlandse keten Vershoek de prijzen van een groot deel van haar huismerkproducten.
""",
"02_fr.txt": """Le discounter allemand Preisfuchs baisse durablement les prix de 400 produits
Le Figaro
15/03/2027 à 17:48

Le discounter allemand Preisfuchs va réduire de 11 % en moyenne, à partir de lundi prochain, les prix de 400 produits de base dans ses magasins en Allemagne, aux Pays-Bas et au Portugal. Son président du directoire, Torsten Wehling, l'a annoncé lundi dans un message publié sur LinkedIn.

« Nous ne parlons pas de promotions d'une semaine, mais de prix qui restent », écrit le dirigeant. Lait, farine, pâtes, café et légumes surgelés sont notamment concernés.

Le groupe, qui exploite environ 1 900 magasins en Allemagne, 120 aux Pays-Bas et 60 au Portugal, n'est pas présent en France. Mais ce type d'annonce est observé de près par les distributeurs français, à l'heure où les négociations commerciales avec les industriels viennent de s'achever.

Outre-Rhin, la guerre des prix entre discounters s'est durcie depuis l'an dernier, les consommateurs restant très attentifs au montant de leur ticket de caisse malgré le ralentissement de l'inflation.
""",
"03_pt.txt": """Preisfuchs baixa preços de 400 produtos, também em Portugal
Jornal de Negócios
2027-03-15 18:30

O discounter alemão Preisfuchs vai baixar de forma permanente, a partir da próxima segunda-feira, os preços de 400 produtos em 11% em média, incluindo nas suas 60 lojas em Portugal. A garantia foi deixada pelo presidente executivo, Torsten Wehling, numa publicação na rede social LinkedIn.

Segundo Wehling, a descida abrange sobretudo bens básicos como leite, farinha, massa, café e legumes congelados. «Isto não é pago pelos nossos fornecedores, mas pela nossa própria margem», escreveu o gestor alemão.

A cadeia entrou no mercado português em 2021 e tem lojas sobretudo nas áreas metropolitanas de Lisboa e do Porto e no distrito de Braga. Em Portugal, os discounters têm vindo a ganhar quota de mercado, à medida que as famílias procuram alternativas mais baratas para as compras do dia a dia.

A descida de preços surge numa altura em que o custo do cabaz alimentar continua em máximos, de acordo com os dados mais recentes de associações de consumidores.
""",
}, [("Torsten Wehling", False)],
[("Torsten Wehling", "00_de.txt"), ("Torsten Wehling", "01_nl.txt"), ("Torsten Wehling", "02_fr.txt"),
 ("Torsten Wehling", "03_pt.txt")],
[("Preisfuchs will permanently cut prices on 400 items by an average of 11% from next Monday in Germany, the Netherlands and Portugal.",
  ["00_de.txt", "01_nl.txt", "02_fr.txt", "03_pt.txt"], 1),
 ("Wehling said the cuts would be paid for from Preisfuchs's own margin, not by its suppliers.",
  ["00_de.txt", "01_nl.txt", "03_pt.txt"], 1)])

# p08: outside wire agency AFP with anonymous sources ("a appris l'AFP … de sources concordantes",
# "Contacté par l'AFP"): BFM Business ("a appris l'AFP", "selon une source proche du distributeur
# citée par l'AFP"); Expresso ("avança a agência France-Presse, que cita fontes", "segundo a AFP",
# "De acordo com a agência"); 02_uk.txt has neither outlet nor date line ("повідомляє агентство
# France-Presse з посиланням на", "За даними AFP", "додає агентство", "Як передає AFP").
story("p08_agency_afp_negotiations", "agency", {
"00_fr.txt": """Négociations commerciales : Maraîchal et Nordelle s'accordent sur une baisse de 3,2 %
BFM Business
2 mars 2027 à 19h21

Le distributeur Maraîchal et le groupe agroalimentaire Nordelle ont conclu leurs négociations annuelles sur une baisse moyenne de 3,2 % des tarifs de quelque 900 produits, qui s'appliquera en rayon à partir du 1er avril, a appris l'AFP mardi de sources concordantes.

L'accord a été signé lundi soir, peu avant minuit et l'échéance légale du 1er mars, après plusieurs semaines de discussions tendues. Nordelle réclamait initialement une hausse de 2 %, invoquant le coût de l'énergie et des emballages. « Ils ont fini par lâcher sur les produits laitiers et les biscuits, qui pèsent le plus dans le panier », selon une source proche du distributeur citée par l'AFP.

Contacté par l'AFP, Nordelle n'a pas souhaité commenter « le contenu de négociations confidentielles ». Maraîchal, qui exploite 680 supermarchés et hypermarchés en France, n'a pas donné suite.

Les baisses concerneront notamment les yaourts, les fromages frais, les biscuits et les plats préparés. Pour les consommateurs, l'effet devrait être visible sur les étiquettes au cours du mois d'avril.

Cette année, le gouvernement avait appelé distributeurs et industriels à « faire redescendre les prix » des produits du quotidien, après deux années de fortes hausses.
""",
"01_pt.txt": """Francesa Maraîchal arranca descida de 3,2% nos preços a gigante alimentar
Expresso
3 de março de 2027, 08:15

A cadeia de supermercados francesa Maraîchal e o grupo alimentar Nordelle chegaram a acordo para uma descida média de 3,2% nos preços de cerca de 900 produtos, que chegará às prateleiras a 1 de abril, avança a agência France-Presse, que cita fontes próximas das negociações.

Segundo a AFP, o acordo foi assinado na segunda-feira à noite, pouco antes do prazo legal de 1 de março para a conclusão das negociações anuais entre distribuidores e fornecedores em França. A Nordelle pedia inicialmente um aumento de 2%, alegando a subida dos custos da energia e das embalagens.

De acordo com a agência, a descida abrange sobretudo iogurtes, queijos frescos, bolachas e pratos pré-cozinhados. A Nordelle recusou comentar o conteúdo das negociações.

Em França, as negociações comerciais anuais são acompanhadas de perto pelo Governo, que este ano pediu às empresas que contribuíssem para baixar os preços dos produtos de consumo diário.

Em Portugal, os preços dos bens alimentares também continuam a pesar no orçamento das famílias, com o cabaz de bens essenciais em máximos históricos.
""",
"02_uk.txt": """У Франції мережа Maraîchal домовилася зі своїм постачальником про зниження цін на 900 товарів

Французька мережа супермаркетів Maraîchal і харчовий концерн Nordelle завершили щорічні переговори угодою про зниження цін у середньому на 3,2% на близько 900 товарів. Про це повідомляє агентство France-Presse з посиланням на джерела, обізнані з перебігом переговорів.

За даними AFP, нові ціни з'являться на полицях з 1 квітня. Знижка стосуватиметься передусім йогуртів, свіжих сирів, печива та готових страв, додає агентство.

Спочатку Nordelle вимагав підвищення цін на 2%, посилаючись на дорожчання енергії та пакування. У концерні від коментарів відмовилися.

Як передає AFP, Maraîchal має у Франції 680 супермаркетів і гіпермаркетів. Представники мережі на запитання агентства не відповіли.

У Франції переговори між торговельними мережами та постачальниками щороку мають завершитися до 1 березня. Цього року уряд закликав обидві сторони знизити ціни на товари повсякденного попиту після двох років їх стрімкого зростання.
""",
}, [("AFP", False)],
[("AFP", "00_fr.txt"), ("AFP", "01_pt.txt"), ("AFP", "02_uk.txt")],
[("Maraîchal and Nordelle agreed on an average 3.2% price cut on about 900 products, in shops from 1 April.",
  ["00_fr.txt", "01_pt.txt", "02_uk.txt"], 1),
 ("Nordelle had initially asked for a 2% price increase, citing energy and packaging costs.",
  ["00_fr.txt", "01_pt.txt", "02_uk.txt"], 1),
 ("The agreement was signed on Monday evening shortly before the legal deadline of 1 March.",
  ["00_fr.txt", "01_pt.txt"], 1)])


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
        for _, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    labels = {"about": "Hand-written provenance test set 127 (retail and consumer prices; real media "
                       "names, invented events); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
