#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand66 set (events, companies and
people invented; the scoop media Bloomberg, Reuters, Handelsblatt, Financial Times, Les Echos and the
Bundeskartellamt are real names used for invented events)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: outside scoop by Bloomberg (people familiar), relayed by four outlets. en "Bloomberg News
# reported, citing people familiar with the matter"; de "wie die Finanznachrichtenagentur Bloomberg
# unter Berufung auf … vertraute Personen berichtete"; fr "selon Bloomberg, qui cite …";
# en (no date line) "according to a Bloomberg report".
story("r01_bloomberg_scoop_coatings_sale", "agency", {
"00_en.txt": """Valdrecht Chemie explores sale of coatings unit worth about 2.3 billion euros
Tidewater Business Journal
2027-10-12 07:45

German chemicals group Valdrecht Chemie AG is exploring a sale of its industrial coatings business, which could be valued at about 2.3 billion euros including debt, Bloomberg News reported, citing people familiar with the matter.

The Mannheim-based company has been working with advisers on the potential divestment for several weeks and could invite first bids before the end of the year, according to the report. Private equity firms Norrhaven Capital and Altberg Partners are among the parties that have expressed early interest, the people said, asking not to be identified because the deliberations are private.

No final decision has been made and Valdrecht could still decide to keep the unit, the people said. A Valdrecht spokeswoman declined to comment to Bloomberg.

The coatings division, which makes anti-corrosion paints for ships and bridges, employs about 3,100 people and generated sales of roughly 1.1 billion euros last year. Valdrecht's chief executive, Konrad Abelein, told investors in the spring that the group wanted to concentrate on specialty additives.
""",
"01_de.txt": """Valdrecht Chemie prüft Verkauf der Lacksparte
Finanzblick Rhein
12.10.2027 10:30

Der Mannheimer Chemiekonzern Valdrecht Chemie erwägt einen Verkauf seines Geschäfts mit Industrielacken. Das berichtete die Finanznachrichtenagentur Bloomberg unter Berufung auf mit der Angelegenheit vertraute Personen. Die Sparte könnte einschließlich Schulden mit rund 2,3 Milliarden Euro bewertet werden.

Valdrecht arbeite seit einigen Wochen mit Beratern an dem möglichen Verkauf, erste Gebote könnten noch vor Jahresende eingeholt werden, heißt es in dem Bericht. Die Finanzinvestoren Norrhaven Capital und Altberg Partners hätten bereits Interesse signalisiert. Eine endgültige Entscheidung sei noch nicht gefallen.

Ein Sprecher des Unternehmens wollte sich gegenüber Bloomberg nicht äußern. Die Lacksparte beschäftigt rund 3100 Menschen und setzte im vergangenen Jahr etwa 1,1 Milliarden Euro um. Vorstandschef Konrad Abelein will den Konzern stärker auf Spezialadditive ausrichten.
""",
"02_fr.txt": """Valdrecht Chemie envisage de céder sa division de revêtements industriels
L'Observateur de la Bourse
12 octobre 2027

Le chimiste allemand Valdrecht Chemie étudie la vente de sa division de peintures et revêtements industriels, qui pourrait être valorisée autour de 2,3 milliards d'euros dette comprise, selon Bloomberg, qui cite des personnes au fait du dossier.

D'après l'agence, le groupe basé à Mannheim travaille depuis plusieurs semaines avec des conseillers et pourrait solliciter de premières offres avant la fin de l'année. Les fonds d'investissement Norrhaven Capital et Altberg Partners figureraient parmi les candidats intéressés. Aucune décision définitive n'a été prise.

La division, spécialisée dans les peintures anticorrosion pour navires et ponts, emploie environ 3 100 personnes. Valdrecht n'a pas souhaité commenter ces informations auprès de Bloomberg.
""",
"03_en.txt": """Valdrecht weighs coatings exit
Northgate Markets Daily

Valdrecht Chemie is weighing a sale of its industrial coatings unit in a deal that could value the business at around 2.3 billion euros, according to a Bloomberg report on Tuesday.

The German group is said to be at an early stage and has not yet decided whether to go ahead. The unit makes protective paints for ships and steel structures.
""",
}, [{"name": "Bloomberg", "in_corpus": False}],
[{"origin": "Bloomberg", "article": a} for a in ["00_en.txt", "01_de.txt", "02_fr.txt", "03_en.txt"]],
[{"text": "Valdrecht Chemie is exploring a sale of its industrial coatings unit, which could be valued at about 2.3 billion euros.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Private equity firms Norrhaven Capital and Altberg Partners are among the interested parties.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt"], "independent_sources": 1}])

# r02: in-corpus own scoop by Handelsblatt (internal paper seen by the paper, supervisory-board
# member and union talking to it), relayed by de "wie das „Handelsblatt“ berichtet" and en "German
# business daily Handelsblatt reported"; fr relays the English relay only ("selon le site
# britannique Euro Industry Monitor") -> chain Handelsblatt -> Euro Industry Monitor -> fr.
story("r02_handelsblatt_jobcuts_chain", "in_corpus_chain", {
"00_de.txt": """Kestner Antriebstechnik will 1800 Stellen in Deutschland streichen
Handelsblatt
2027-10-13T06:00:00+01:00

Der Autozulieferer Kestner Antriebstechnik plant einen drastischen Stellenabbau in Deutschland. Bis Ende 2029 sollen rund 1800 der derzeit 9400 Arbeitsplätze im Inland wegfallen. Das geht aus einem internen Strategiepapier hervor, das dem Handelsblatt vorliegt.

Besonders hart trifft es demnach das Werk in Bad Rottach in Unterfranken: Der Standort mit 640 Beschäftigten soll bis Mitte 2029 geschlossen, die Fertigung von Getriebegehäusen nach Tschechien verlagert werden. „Der Vorstand hat uns die Zahlen vergangene Woche in groben Zügen vorgestellt“, sagte ein Mitglied des Aufsichtsrats dem Handelsblatt. Beschlossen sei aber noch nichts.

Die IG Metall kündigte Widerstand an. „Eine Schließung von Bad Rottach werden wir nicht hinnehmen“, sagte Bezirkssekretärin Martina Oßwald dem Handelsblatt. Ein Kestner-Sprecher wollte die Zahlen auf Anfrage nicht kommentieren und verwies auf die Aufsichtsratssitzung Ende Oktober.

Kestner leidet wie viele Zulieferer unter der schwachen Nachfrage nach Verbrennerkomponenten. Der Umsatz des Familienunternehmens aus Schweinfurt sank im vergangenen Jahr um elf Prozent auf 2,6 Milliarden Euro.
""",
"01_de.txt": """Bericht: Zulieferer Kestner plant Abbau von 1800 Jobs
Wirtschaftsecho Hanse
13.10.2027 09:15

Der Schweinfurter Autozulieferer Kestner Antriebstechnik will nach einem Medienbericht bis Ende 2029 rund 1800 Stellen in Deutschland abbauen. Das Werk in Bad Rottach mit 640 Beschäftigten solle geschlossen werden, wie das „Handelsblatt“ berichtet. Die Zeitung beruft sich auf ein internes Strategiepapier.

Die Fertigung von Getriebegehäusen solle nach Tschechien verlagert werden, heißt es in dem Bericht. Die IG Metall kündigte laut „Handelsblatt“ Widerstand an. Das Unternehmen wollte die Zahlen nicht kommentieren.
""",
"02_en.txt": """Auto supplier Kestner plans to cut 1,800 German jobs, close Bavarian plant
Euro Industry Monitor
2027-10-13 11:40

German car parts maker Kestner Antriebstechnik plans to cut about 1,800 of its 9,400 jobs in Germany by the end of 2029, German business daily Handelsblatt reported on Wednesday, citing an internal strategy paper.

The Schweinfurt-based family company intends to shut its plant in Bad Rottach, which employs 640 people, and move production of gearbox housings to the Czech Republic, according to the report. A member of the supervisory board told Handelsblatt that no decision had yet been taken.

The IG Metall union said it would fight any closure. Kestner declined to comment on the figures, the newspaper said. The company's sales fell 11% last year to 2.6 billion euros.
""",
"03_fr.txt": """L'équipementier allemand Kestner prévoit de supprimer 1 800 postes
Le Courrier des Marchés
13/10/2027 15:20

L'équipementier automobile allemand Kestner Antriebstechnik prévoit de supprimer environ 1 800 emplois en Allemagne d'ici fin 2029, selon le site britannique spécialisé Euro Industry Monitor.

L'usine de Bad Rottach, en Bavière, qui compte 640 salariés, serait fermée et la production de carters de boîtes de vitesses transférée en République tchèque, rapporte le site. Le syndicat IG Metall a promis de s'y opposer. Kestner n'a pas commenté.
""",
}, [{"name": "Handelsblatt", "in_corpus": True}],
[{"origin": "Handelsblatt", "article": "01_de.txt"},
 {"origin": "Handelsblatt", "article": "02_en.txt"},
 {"origin": "Euro Industry Monitor", "article": "03_fr.txt"}],
[{"text": "Kestner Antriebstechnik plans to cut about 1,800 jobs in Germany by the end of 2029.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Kestner's plant in Bad Rottach with 640 employees is to be closed and production moved to the Czech Republic.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1}])

# r03: a company's own ad-hoc disclosure taken directly by four outlets, no medium between.
# de "teilte … in einer Ad-hoc-Mitteilung mit"; en "said in a regulatory filing"; fr "a annoncé …
# dans un communiqué"; de (no outlet line) "hieß es in der Pflichtmitteilung" + "wird … in der
# Mitteilung zitiert".
story("r03_adhoc_profit_warning", "press_release", {
"00_de.txt": """Lindqvist Solar senkt Gewinnprognose drastisch
Börsenkurier Süd
Mo., 18.10.2027, 19:05

Der Hamburger Solarmodulhersteller Lindqvist Solar hat seine Gewinnprognose für das laufende Jahr deutlich gesenkt. Das operative Ergebnis (Ebit) werde 2027 nur noch bei 40 bis 60 Millionen Euro liegen, teilte das im SDAX notierte Unternehmen am Montagabend in einer Ad-hoc-Mitteilung mit. Bisher hatte der Vorstand 180 bis 210 Millionen Euro in Aussicht gestellt.

Als Gründe nannte Lindqvist den anhaltenden Preisverfall bei Solarmodulen sowie die Verschiebung eines Großprojekts in Texas ins Jahr 2028. Die Umsatzprognose von 1,4 bis 1,5 Milliarden Euro werde auf 1,15 bis 1,25 Milliarden Euro reduziert.

„Das Marktumfeld hat sich im dritten Quartal schneller verschlechtert, als wir erwartet hatten“, erklärte Vorstandschefin Henrike Aalders in der Mitteilung. Vollständige Quartalszahlen will Lindqvist am 9. November vorlegen.
""",
"01_en.txt": """Lindqvist Solar slashes 2027 profit outlook on module price slump
The Harlow Street Ledger
2027-10-18T18:30:00+00:00

Lindqvist Solar SE cut its full-year operating profit forecast by more than two thirds late on Monday, blaming a continued slide in solar module prices and the postponement of a large project in Texas.

The Hamburg-based company said in a regulatory filing that it now expects earnings before interest and tax of 40 million to 60 million euros in 2027, down from a previous range of 180 million to 210 million euros. Revenue is expected at 1.15 billion to 1.25 billion euros, compared with 1.4 billion to 1.5 billion euros previously.

"Market conditions deteriorated faster in the third quarter than we had anticipated," chief executive Henrike Aalders said in the statement. The company will publish full third-quarter results on Nov. 9.
""",
"02_fr.txt": """Lindqvist Solar abaisse fortement ses objectifs annuels
L'Observateur de la Bourse
18 octobre 2027 à 20h10

Le fabricant allemand de modules photovoltaïques Lindqvist Solar a annoncé lundi soir, dans un communiqué, revoir nettement à la baisse ses prévisions pour 2027. Le groupe hambourgeois table désormais sur un résultat d'exploitation (Ebit) de 40 à 60 millions d'euros, contre 180 à 210 millions d'euros auparavant.

Le chiffre d'affaires est attendu entre 1,15 et 1,25 milliard d'euros, au lieu de 1,4 à 1,5 milliard. L'entreprise invoque la poursuite de la baisse des prix des modules et le report à 2028 d'un grand projet au Texas. Les résultats du troisième trimestre seront publiés le 9 novembre.
""",
"03_de.txt": """Prognosesenkung bei Lindqvist: Ebit soll auf 40 bis 60 Millionen Euro fallen
19. Oktober 2027

Lindqvist Solar rechnet für 2027 nur noch mit einem Ebit von 40 bis 60 Millionen Euro statt der bislang angepeilten 180 bis 210 Millionen Euro. Grund seien der Preisverfall bei Modulen und ein verschobenes Projekt in Texas, hieß es in der Pflichtmitteilung des Unternehmens vom Montagabend.

„Das Marktumfeld hat sich im dritten Quartal schneller verschlechtert, als wir erwartet hatten“, wird Vorstandschefin Henrike Aalders in der Mitteilung zitiert. Auch die Umsatzprognose nahm das Unternehmen auf 1,15 bis 1,25 Milliarden Euro zurück.
""",
}, [{"name": "Lindqvist Solar", "in_corpus": False}],
[{"origin": "Lindqvist Solar", "article": a} for a in ["00_de.txt", "01_en.txt", "02_fr.txt", "03_de.txt"]],
[{"text": "Lindqvist Solar cut its 2027 EBIT forecast to 40-60 million euros from 180-210 million euros.",
  "articles": ["00_de.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "CEO Henrike Aalders said market conditions deteriorated faster in the third quarter than expected.",
  "articles": ["00_de.txt", "01_en.txt", "03_de.txt"], "independent_sources": 1}])

# r04: outside Reuters scoop (two sources) relayed 3x; the fr relay adds its own confirmation from
# the company's spokesman ("Contacté par Le Journal des Affaires du Rhône … a confirmé") -> two roots
# for the talks claim. The price claim is not in the fr article.
story("r04_reuters_scoop_plus_confirmation", "relay_plus_own", {
"00_en.txt": """French regional airline Aerolia in talks to buy Skyrun Nordic
Northgate Markets Daily
Thu, 21 Oct 2027 09:50:00 +0000

French regional carrier Aerolia is in talks to acquire Swedish peer Skyrun Nordic in a deal that could be worth around 310 million euros, Reuters reported on Thursday, citing two sources familiar with the talks.

The Lyon-based airline, controlled by the Berthollet family, has been negotiating with Skyrun's main shareholder, investment firm Fjällström Invest, since the summer, the sources told Reuters. An agreement could be announced before the end of the year, one of them said, cautioning that the talks could still collapse.

A combination would create a group with about 90 turboprop aircraft flying routes in France, Scandinavia and the Baltic states.
""",
"01_fr.txt": """Aérolia négocie le rachat du suédois Skyrun Nordic
Le Journal des Affaires du Rhône
21 octobre 2027

La compagnie régionale lyonnaise Aérolia est en négociations pour racheter la compagnie suédoise Skyrun Nordic, selon l'agence Reuters, qui cite deux sources proches des discussions.

Contacté par Le Journal des Affaires du Rhône, un porte-parole d'Aérolia a confirmé « des discussions préliminaires » avec l'actionnaire principal de Skyrun, sans commenter le montant de l'opération. « Rien n'est signé à ce stade », a-t-il déclaré à notre journal.

Contrôlée par la famille Berthollet, Aérolia exploite une cinquantaine d'avions à hélices et emploie 1 900 salariés, dont 700 à Saint-Exupéry.
""",
"02_de.txt": """Französische Regionalairline Aérolia will offenbar Skyrun Nordic kaufen
Finanzblick Rhein
21.10.2027 13:45

Die französische Regionalfluggesellschaft Aérolia verhandelt über eine Übernahme der schwedischen Skyrun Nordic. Das berichtete die Nachrichtenagentur Reuters unter Berufung auf zwei Insider. Der Kaufpreis könnte bei rund 310 Millionen Euro liegen.

Die Gespräche mit dem Skyrun-Großaktionär Fjällström Invest liefen seit dem Sommer, eine Einigung sei bis Jahresende möglich, hieß es. Gemeinsam kämen beide Airlines auf rund 90 Turbopropflugzeuge.
""",
}, [{"name": "Reuters", "in_corpus": False},
    {"name": "Le Journal des Affaires du Rhône", "in_corpus": True}],
[{"origin": "Reuters", "article": a} for a in ["00_en.txt", "01_fr.txt", "02_de.txt"]],
[{"text": "Aerolia is in talks to acquire Swedish regional airline Skyrun Nordic.",
  "articles": ["00_en.txt", "01_fr.txt", "02_de.txt"], "independent_sources": 2},
 {"text": "The deal could be worth around 310 million euros.",
  "articles": ["00_en.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "An Aerolia spokesman confirmed preliminary discussions, saying nothing had been signed.",
  "articles": ["01_fr.txt"], "independent_sources": 1}])

# r05: outside FT scoop (the regulator is set to block a merger), relayed by en and de; the next day
# the Bundeskartellamt's own press release is taken directly by de, fr and en. Two roots for the
# block claim and for the rejected-remedy claim.
story("r05_ft_scoop_then_regulator", "two_origins", {
"00_en.txt": """German cartel office set to block Sollinger-Hohenwarth cement merger
The Harlow Street Ledger
2027-10-26 17:20

Germany's competition authority is preparing to block the planned merger of cement makers Sollinger Zement and Hohenwarth Baustoffe, the Financial Times reported on Tuesday, citing people briefed on the decision.

The Bundeskartellamt considers an offer by the two companies to sell two plants in Bavaria insufficient to address its concerns about prices for builders in southern Germany, according to the FT. A formal decision could come as early as this week, the newspaper said.

Sollinger and Hohenwarth announced their 1.9 billion euro combination in February. Both companies declined to comment to the FT.
""",
"01_de.txt": """Kartellamt will Zementfusion offenbar untersagen
Wirtschaftsecho Hanse
26. Oktober 2027, 18:40 Uhr

Das Bundeskartellamt steht nach einem Bericht der „Financial Times“ kurz davor, den Zusammenschluss der Zementhersteller Sollinger Zement und Hohenwarth Baustoffe zu verbieten. Das berichtet die britische Wirtschaftszeitung unter Berufung auf informierte Kreise.

Das Angebot der Unternehmen, zwei Werke in Bayern zu verkaufen, reiche der Behörde nicht aus, schreibt die Zeitung. Die beiden Unternehmen hatten die 1,9 Milliarden Euro schwere Fusion im Februar angekündigt.
""",
"02_de.txt": """Bundeskartellamt untersagt Fusion von Sollinger und Hohenwarth
Börsenkurier Süd
28.10.2027 11:02

Das Bundeskartellamt hat den geplanten Zusammenschluss der Zementhersteller Sollinger Zement und Hohenwarth Baustoffe untersagt. Das teilte die Behörde am Donnerstag in Bonn mit. Das fusionierte Unternehmen hätte nach Berechnungen des Amtes rund 45 Prozent des Zementmarkts in Süddeutschland kontrolliert.

„Bauunternehmen und letztlich auch Häuslebauer hätten die Folgen in Form höherer Preise zu spüren bekommen“, erklärte Jörg Wendehals, Vorsitzender der zuständigen Beschlussabteilung. Die von den Unternehmen angebotene Veräußerung von zwei Werken in Bayern habe die Bedenken nicht ausräumen können.

Gegen die Entscheidung kann Beschwerde beim Oberlandesgericht Düsseldorf eingelegt werden.
""",
"03_fr.txt": """L'autorité allemande de la concurrence bloque la fusion de deux cimentiers
Le Courrier des Marchés
28/10/2027 14:05

L'Office fédéral allemand des ententes, le Bundeskartellamt, a interdit jeudi le rapprochement des cimentiers Sollinger Zement et Hohenwarth Baustoffe, a annoncé l'autorité dans un communiqué.

Selon le communiqué, l'entité fusionnée aurait contrôlé environ 45 % du marché du ciment dans le sud de l'Allemagne. Les entreprises peuvent faire appel devant le tribunal régional supérieur de Düsseldorf.
""",
"04_en.txt": """Federal Cartel Office prohibits cement tie-up
Tidewater Business Journal
2027-10-28T12:30:00+00:00

Germany's Federal Cartel Office on Thursday prohibited the merger of Sollinger Zement and Hohenwarth Baustoffe, saying the combined company would have controlled about 45% of the cement market in southern Germany.

"Construction companies and ultimately homebuyers would have felt the consequences in the form of higher prices," Jörg Wendehals, head of the responsible decision division, said in a statement. The companies' offer to sell two Bavarian plants did not resolve the concerns, the office said.
""",
}, [{"name": "Financial Times", "in_corpus": False},
    {"name": "Bundeskartellamt", "in_corpus": False}],
[{"origin": "Financial Times", "article": "00_en.txt"},
 {"origin": "Financial Times", "article": "01_de.txt"},
 {"origin": "Bundeskartellamt", "article": "02_de.txt"},
 {"origin": "Bundeskartellamt", "article": "03_fr.txt"},
 {"origin": "Bundeskartellamt", "article": "04_en.txt"}],
[{"text": "The Bundeskartellamt blocks the merger of cement makers Sollinger Zement and Hohenwarth Baustoffe.",
  "articles": ["00_en.txt", "01_de.txt", "02_de.txt", "03_fr.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "The companies' offer to sell two plants in Bavaria was not enough to address the regulator's concerns.",
  "articles": ["00_en.txt", "01_de.txt", "02_de.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "The merged company would have controlled about 45% of the cement market in southern Germany.",
  "articles": ["02_de.txt", "03_fr.txt", "04_en.txt"], "independent_sources": 1}])

# r06: in-corpus own interview (Euro Industry Monitor, at the company's headquarters); an uncredited
# English rewrite later the same day; de "im Gespräch mit dem britischen Branchendienst Euro
# Industry Monitor" (no date line); fr "a confié … au site spécialisé britannique".
story("r06_own_interview_uncredited_rewrite", "copy", {
"00_en.txt": """Brennick Rail Systems to list in Frankfurt, not London, says CEO
Euro Industry Monitor
2027-11-02 08:10

British railway signalling maker Brennick Rail Systems plans to list its shares in Frankfurt rather than London when it goes public, probably in the first half of 2028, chief executive Alasdair Feeney told Euro Industry Monitor in an interview.

"Two thirds of our order book is in continental Europe, and our investors there understand the rail business," Feeney said, speaking to this publication at the company's headquarters in Derby. "London has simply become too small a pool for a company like ours."

Feeney said Brennick aimed to reach annual revenue of one billion pounds by 2030, up from 540 million pounds last year, helped by contracts for digital signalling in Germany and Poland. The company, owned since 2021 by the Canadian pension fund Lakehurst Retirement Trust, employs 4,200 people.

He declined to say how large a stake would be offered, but said the company would remain headquartered in Derby.
""",
"01_en.txt": """Derby's Brennick Rail picks Frankfurt over London for 2028 IPO
Tidewater Business Journal
2 November 2027, 16:55

Signalling specialist Brennick Rail Systems will float in Frankfurt instead of London, most likely in the first half of 2028, its chief executive Alasdair Feeney has said.

Feeney explained that two thirds of the firm's order book came from continental Europe, where investors "understand the rail business". According to the CEO, London has become "too small a pool" for a company of Brennick's kind.

The Derby-based group wants to lift revenue to one billion pounds by 2030 from 540 million pounds last year, with digital signalling contracts in Germany and Poland driving growth. Brennick, which is owned by Canadian pension fund Lakehurst Retirement Trust, has 4,200 employees and will keep its headquarters in Derby.
""",
"02_de.txt": """Britischer Signaltechnik-Hersteller Brennick will in Frankfurt an die Börse
Der Mittelstandsbote

Der britische Bahnsignaltechnik-Hersteller Brennick Rail Systems will seine Aktien in Frankfurt statt in London an die Börse bringen. Der Börsengang sei für das erste Halbjahr 2028 geplant, sagte Vorstandschef Alasdair Feeney im Gespräch mit dem britischen Branchendienst Euro Industry Monitor.

Zwei Drittel der Aufträge kämen aus Kontinentaleuropa, begründete Feeney die Entscheidung. Aufträge für digitale Stellwerkstechnik in Deutschland und Polen sollen das Wachstum treiben. Brennick beschäftigt 4200 Menschen.
""",
"03_fr.txt": """Brennick Rail Systems choisit Francfort pour son introduction en Bourse
Le Journal des Affaires du Rhône
3 novembre 2027

Le fabricant britannique de systèmes de signalisation ferroviaire Brennick Rail Systems entend s'introduire à la Bourse de Francfort plutôt qu'à Londres, probablement au premier semestre 2028, a confié son directeur général Alasdair Feeney au site spécialisé britannique Euro Industry Monitor.

Le groupe vise un chiffre d'affaires d'un milliard de livres d'ici 2030, contre 540 millions l'an dernier. « Londres est devenue un bassin trop petit pour une entreprise comme la nôtre », a-t-il expliqué.
""",
}, [{"name": "Euro Industry Monitor", "in_corpus": True}],
[{"origin": "Euro Industry Monitor", "article": a} for a in ["01_en.txt", "02_de.txt", "03_fr.txt"]],
[{"text": "Brennick Rail Systems plans to list its shares in Frankfurt rather than London, probably in the first half of 2028.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Brennick aims for annual revenue of one billion pounds by 2030, up from 540 million pounds.",
  "articles": ["00_en.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1}])

# r07: outside Les Echos scoop relayed 4x: fr "selon Les Echos" + "rapportent Les Echos"; de "wie
# die französische Wirtschaftszeitung „Les Echos“ berichtet"; en "French business daily Les Echos
# reported"; fr (no outlet line) "comme l'ont révélé Les Echos".
story("r07_lesechos_store_closures", "agency", {
"00_fr.txt": """Maison Dervaux va fermer 37 magasins et supprimer 900 emplois
L'Observateur de la Bourse
9 novembre 2027

L'enseigne d'ameublement Maison Dervaux s'apprête à fermer 37 de ses 112 magasins et à supprimer près de 900 emplois, selon Les Echos. Le plan doit être présenté aux représentants du personnel le 16 novembre.

Le distributeur, basé à Roubaix et détenu depuis 2024 par le fonds Castellane Partenaires, a vu ses ventes reculer de 14 % sur les neuf premiers mois de l'année, rapportent Les Echos. Les fermetures concerneraient surtout des magasins de périphérie dans l'Est et le Centre de la France, ainsi que ses six points de vente en Allemagne.

La direction de Maison Dervaux n'a pas répondu aux sollicitations du quotidien économique.
""",
"01_de.txt": """Französische Möbelkette Maison Dervaux schließt offenbar auch deutsche Filialen
Wirtschaftsecho Hanse
09.11.2027 12:30

Die französische Möbelhandelskette Maison Dervaux will 37 ihrer 112 Filialen schließen, darunter alle sechs Standorte in Deutschland. Das berichtet die französische Wirtschaftszeitung „Les Echos“. Betroffen wären Häuser im Saarland und in Baden.

Die Kette mit Sitz in Roubaix gehört seit 2024 dem Finanzinvestor Castellane Partenaires. Ihr Umsatz sei in den ersten neun Monaten des Jahres um 14 Prozent gesunken, schreibt das Blatt.
""",
"02_en.txt": """Furniture retailer Maison Dervaux to shut 37 stores, cut 900 jobs - report
Northgate Markets Daily
2027-11-09 14:05

French furniture chain Maison Dervaux plans to close 37 of its 112 stores and cut about 900 jobs, French business daily Les Echos reported on Tuesday.

The restructuring plan will be presented to employee representatives on Nov. 16, the paper said. Sales at the Roubaix-based retailer, owned by private equity firm Castellane Partenaires, fell 14% in the first nine months of the year.
""",
"03_fr.txt": """Ameublement : Maison Dervaux taille dans son réseau
10 novembre 2027

Comme l'ont révélé Les Echos mardi, Maison Dervaux prévoit de fermer 37 magasins sur 112. Près de 900 postes seraient supprimés dans le cadre de ce plan, qui sera présenté aux syndicats le 16 novembre.

L'enseigne roubaisienne souffre d'un recul de ses ventes de 14 % depuis le début de l'année.
""",
}, [{"name": "Les Echos", "in_corpus": False}],
[{"origin": "Les Echos", "article": a} for a in ["00_fr.txt", "01_de.txt", "02_en.txt", "03_fr.txt"]],
[{"text": "Maison Dervaux plans to close 37 of its 112 stores.",
  "articles": ["00_fr.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "About 900 jobs are to be cut at Maison Dervaux.",
  "articles": ["00_fr.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1}])

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
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 66 (invented business news); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
