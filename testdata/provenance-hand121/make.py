#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand121 set (agriculture; all
events, people, companies, figures and quotes invented; media names real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# a01: outside wire agency Reuters relayed by four outlets: en "Reuters reported on Monday" +
# "told Reuters" + "the agency noted"; pl "podała w poniedziałek agencja Reutera" + "Jak ustaliła
# agencja" + "powiedziała agencji Reutera" (dat.) + "w rozmowie z Reuterem" (instr.); de "Das meldet die
# Nachrichtenagentur Reuters unter Berufung auf die zuständige Veterinärbehörde" + "sagte ... der
# Agentur"; it (no date line) "Lo riferisce l'agenzia Reuters" + "Secondo la Reuters" + "ha dichiarato
# all'agenzia britannica".
story("a01_agency_swine_fever", "agency", {
"00_en.txt": """African swine fever hits 14,000-pig farm in eastern Poland, entire herd to be culled
The Independent
2027-06-14T10:45:00+01:00

African swine fever has been confirmed at one of the largest pig farms in Poland's Lublin province, and all of its 14,300 animals will be culled over the coming days, Reuters reported on Monday.

The virus was detected on Saturday in samples taken from six dead fattening pigs at the farm in Wola Krzemienna, a village about 40 kilometres east of Lublin, district veterinary officer Halina Wróbel told Reuters. The farm is run by Ferma Krzemień, a family-owned company that sells most of its pigs to slaughterhouses in western Poland.

"We have set up a three-kilometre protection zone and a ten-kilometre surveillance zone. No pig can leave any farm inside them without our permission," Wróbel said. According to the agency, 37 smaller farms keeping a combined 5,200 pigs lie within the surveillance zone.

The disease, which is harmless to humans but almost always fatal to pigs, has been spreading among wild boar in eastern Poland for more than a decade. Outbreaks in commercial herds of this size remain rare; the last one in the province, in 2025, involved about 3,000 animals.

Ferma Krzemień's owner, Zbigniew Pacek, told the agency the company had followed biosecurity rules "to the letter" and suspected the virus had been brought in with contaminated straw. He said the family would apply for state compensation, which covers the market value of culled animals.

Polish pig prices have already come under pressure this year because of weaker export demand, the agency noted, and traders expect the cull to add to uncertainty in the regional market.
""",
"01_pl.txt": """ASF w wielkiej fermie pod Lublinem. Wybiją 14,3 tys. świń
Rzeczpospolita
14.06.2027, 12:10

Afrykański pomór świń (ASF) potwierdzono w jednej z największych ferm trzody chlewnej na Lubelszczyźnie – podała w poniedziałek agencja Reutera. Wszystkie 14,3 tys. zwierząt zostaną w najbliższych dniach uśmiercone.

Jak ustaliła agencja, wirusa wykryto w sobotę w próbkach pobranych od sześciu padłych tuczników w fermie w Woli Krzemiennej, ok. 40 km na wschód od Lublina. Fermę prowadzi rodzinna spółka Ferma Krzemień, która większość tuczników sprzedaje do ubojni w zachodniej Polsce.

– Wyznaczyliśmy trzykilometrową strefę zapowietrzoną i dziesięciokilometrową strefę zagrożoną. Bez naszej zgody żadna świnia nie może opuścić gospodarstw w tych strefach – powiedziała agencji Reutera powiatowa lekarz weterynarii Halina Wróbel. W strefie zagrożonej znajduje się 37 mniejszych gospodarstw, w których łącznie utrzymuje się ok. 5,2 tys. świń.

Właściciel fermy Zbigniew Pacek zapewnił w rozmowie z Reuterem, że firma przestrzegała zasad bioasekuracji „co do joty”. Jego zdaniem wirus mógł zostać zawleczony ze skażoną słomą. Rodzina zamierza wystąpić o odszkodowanie, które pokrywa rynkową wartość wybitych zwierząt.

ASF, groźny dla świń, ale niegroźny dla ludzi, krąży wśród dzików we wschodniej Polsce od ponad dekady. Ogniska w tak dużych stadach zdarzają się jednak rzadko – ostatnie w województwie, w 2025 r., dotyczyło ok. 3 tys. zwierząt.

Hodowcy z regionu obawiają się, że po kolejnym ognisku ceny tuczników w skupie znów spadną. Już od wiosny są one wyraźnie niższe niż przed rokiem.
""",
"02_de.txt": """Afrikanische Schweinepest in polnischem Großbetrieb – 14.300 Tiere werden gekeult
Süddeutsche Zeitung
14. Juni 2027

In einem der größten Schweinemastbetriebe der ostpolnischen Woiwodschaft Lublin ist die Afrikanische Schweinepest ausgebrochen. Das meldet die Nachrichtenagentur Reuters unter Berufung auf die zuständige Veterinärbehörde. Alle 14.300 Schweine des Betriebs sollen in den kommenden Tagen gekeult werden.

Das Virus wurde demnach am Samstag in Proben von sechs verendeten Mastschweinen aus dem Dorf Wola Krzemienna rund 40 Kilometer östlich von Lublin nachgewiesen. „Wir haben eine Schutzzone von drei und eine Überwachungszone von zehn Kilometern eingerichtet“, sagte die Kreisveterinärin Halina Wróbel der Agentur. Ohne Genehmigung dürfe kein Schwein die Höfe in diesen Zonen verlassen. In der Überwachungszone liegen nach Angaben von Reuters 37 kleinere Betriebe mit zusammen etwa 5200 Schweinen.

Der Eigentümer, Zbigniew Pacek, vermutet, dass der Erreger mit verunreinigtem Stroh eingeschleppt wurde. Man habe die Hygieneregeln „bis ins Detail“ eingehalten, sagte er Reuters. Die Familie will eine staatliche Entschädigung beantragen.

Die für Menschen ungefährliche, für Schweine aber fast immer tödliche Seuche breitet sich in Ostpolen seit Jahren unter Wildschweinen aus. Ausbrüche in so großen Hausschweinbeständen sind allerdings selten. Auch deutsche Schweinehalter beobachten die Lage aufmerksam, denn in Brandenburg und Sachsen werden immer wieder infizierte Wildschweine gefunden.
""",
"03_it.txt": """Peste suina africana in Polonia, saranno abbattuti 14mila maiali in un allevamento vicino a Lublino
La Stampa

Un focolaio di peste suina africana è stato confermato in uno dei più grandi allevamenti di suini della Polonia orientale: tutti i 14.300 capi saranno abbattuti nei prossimi giorni. Lo riferisce l'agenzia Reuters.

Secondo la Reuters, il virus è stato individuato sabato nei campioni prelevati da sei maiali morti nell'allevamento di Wola Krzemienna, un villaggio a una quarantina di chilometri da Lublino. Le autorità veterinarie hanno istituito una zona di protezione di tre chilometri e una di sorveglianza di dieci. «Nessun maiale può lasciare le aziende all'interno di queste zone senza il nostro permesso», ha dichiarato all'agenzia britannica la veterinaria distrettuale Halina Wróbel.

Il titolare, Zbigniew Pacek, sostiene che il virus sia arrivato con della paglia contaminata e chiederà il risarcimento previsto dallo Stato per gli animali abbattuti.

La malattia non è pericolosa per l'uomo ma è quasi sempre letale per i suini. In Italia il virus circola da alcuni anni tra i cinghiali del Nord-Ovest, e gli allevatori della Pianura Padana temono da tempo che arrivi nei grandi allevamenti intensivi. Per questo la notizia dalla Polonia viene seguita con attenzione anche nel nostro Paese, dove la filiera suinicola vale miliardi di euro e alimenta la produzione dei prosciutti a denominazione di origine.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[{"origin": "Reuters", "article": a} for a in ["00_en.txt", "01_pl.txt", "02_de.txt", "03_it.txt"]],
[{"text": "African swine fever was confirmed at a pig farm in Wola Krzemienna (Lublin province, Poland) and all 14,300 pigs will be culled.",
  "articles": ["00_en.txt", "01_pl.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Veterinary authorities set up a three-kilometre protection zone and a ten-kilometre surveillance zone around the farm.",
  "articles": ["00_en.txt", "01_pl.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The owner Zbigniew Pacek suspects the virus was brought in with contaminated straw.",
  "articles": ["00_en.txt", "01_pl.txt", "02_de.txt", "03_it.txt"], "independent_sources": 1}])

# a02: in-corpus scoop of Gazeta Wyborcza (documents, satellite images, an anonymous former employee,
# the agency spokesman speaking to the paper), relayed 4x: own "Jak ustaliła „Wyborcza”" +
# "Dotarliśmy do" + "powiedział „Wyborczej”"; de "nach Recherchen der Tageszeitung „Gazeta Wyborcza“"
# + "Wie das Warschauer Blatt unter Berufung auf Antragsunterlagen ... berichtet" + "gegenüber der
# „Wyborcza“"; en "according to an investigation published Monday by Gazeta Wyborcza" + "The
# Warsaw-based daily" + "told Wyborcza"; uk "Про це пише польська «Газета Виборча»" + "Журналісти
# «Газети Виборчої»" (gen.) + "За даними видання" + "заявив «Виборчій»" (dat.); fr "révèle le quotidien
# polonais Gazeta Wyborcza" + "consultées par le journal" + "Interrogé par la Wyborcza".
story("a02_scoop_subsidies_airfield", "scoop", {
"00_pl.txt": """Dopłaty do lotniska i żwirowni. Spółka wzięła miliony z UE za ziemię, na której nic nie rośnie
Gazeta Wyborcza
2027-03-08 06:00

Przez pięć lat spółka Agrofarm Nadbużański otrzymała z Agencji Restrukturyzacji i Modernizacji Rolnictwa 11,4 mln zł dopłat bezpośrednich do 2870 ha. Jak ustaliła „Wyborcza”, co najmniej 910 ha z tej powierzchni to pas startowy dawnego lotniska wojskowego i czynna żwirownia.

Dotarliśmy do wniosków o dopłaty, które spółka składała w latach 2022–2026. Działki, które firma deklarowała jako „grunty orne utrzymywane w dobrej kulturze rolnej”, porównaliśmy ze zdjęciami satelitarnymi z tych samych lat. Na 640 ha widać betonowe płyty i hangary dawnego lotniska pod Bukowicami. Na kolejnych 270 ha od 2023 r. działa kopalnia żwiru, którą prowadzi spółka powiązana z Agrofarmem.

Były pracownik spółki, który prosi o anonimowość, mówi nam, że na lotnisku „nigdy nie było ani jednego ciągnika”. – Wszyscy we wsi wiedzieli, że to uprawa tylko na papierze – twierdzi.

Prezes Agrofarmu Tomasz Rydel w odpowiedzi na nasze pytania napisał, że spółka „działa zgodnie z prawem”, a część gruntów była „okresowo wykaszana”. Na pytanie o żwirownię nie odpowiedział.

– Po tej publikacji sprawdzimy wnioski, w razie potrzeby także w terenie. Jeżeli dopłaty zostały wypłacone nienależnie, zażądamy ich zwrotu – powiedział „Wyborczej” rzecznik ARiMR Paweł Grodzki.

Agrofarm Nadbużański należy do pierwszej setki największych beneficjentów dopłat w województwie lubelskim. Spółka zatrudnia 34 osoby i uprawia głównie pszenicę oraz rzepak.
""",
"01_de.txt": """Polen: Agrarfirma soll EU-Subventionen für Flugplatz und Kiesgrube kassiert haben
Frankfurter Allgemeine Zeitung
08.03.2027

Ein polnischer Agrarbetrieb hat nach Recherchen der Tageszeitung „Gazeta Wyborcza“ jahrelang EU-Direktzahlungen für Flächen erhalten, auf denen keine Landwirtschaft betrieben wird. Wie das Warschauer Blatt unter Berufung auf Antragsunterlagen der Agrarzahlstelle ARiMR berichtet, bekam die Firma Agrofarm Nadbużański von 2022 bis 2026 insgesamt 11,4 Millionen Złoty (rund 2,7 Millionen Euro) für 2870 Hektar.

Mindestens 910 Hektar davon seien jedoch die Rollbahn eines früheren Militärflugplatzes und eine Kiesgrube, schreibt die Zeitung, die die Anträge mit Satellitenbildern verglichen hat. Ein ehemaliger Mitarbeiter, der anonym bleiben wollte, sagte dem Blatt, auf dem Flugplatz sei „nie ein einziger Traktor gewesen“.

Der Vorstandschef von Agrofarm, Tomasz Rydel, ließ die Zeitung wissen, das Unternehmen handle „im Einklang mit dem Gesetz“. Ein Sprecher der ARiMR kündigte gegenüber der „Wyborcza“ eine Überprüfung an; zu Unrecht gezahlte Gelder würden zurückgefordert.

Die Direktzahlungen sind der größte Posten der Gemeinsamen Agrarpolitik der EU, Polen zählt zu ihren größten Empfängern. Kontrolliert werden die gemeldeten Flächen inzwischen überwiegend per Satellit – ein Verfahren, das nach Ansicht von Kritikern gerade bei Großbetrieben Lücken lässt.
""",
"02_en.txt": """Polish farm firm collected EU subsidies for an airfield and a gravel pit, newspaper finds
Politico Europe
March 8, 2027 2:15 pm CET

A Polish agricultural company received 11.4 million złoty (€2.7 million) in EU direct payments over five years, partly for land that is a disused military airfield and a working gravel pit, according to an investigation published Monday by Gazeta Wyborcza.

The Warsaw-based daily compared the subsidy applications filed by Agrofarm Nadbużański between 2022 and 2026 with satellite images and found that at least 910 of the 2,870 hectares the company declared as arable land were concrete runways, hangars or a quarry.

A former employee, who spoke to the paper on condition of anonymity, said there had "never been a single tractor" on the airfield. Agrofarm's chief executive Tomasz Rydel told Wyborcza in a written reply that the company "acts in accordance with the law."

Paweł Grodzki, spokesperson for Poland's farm payments agency ARiMR, told Wyborcza the agency would review the applications and claw back any money paid out unduly.

The case lands as EU capitals start haggling over the next Common Agricultural Policy budget, and as auditors keep warning that area-based payments remain vulnerable to fraud. POLITICO has asked the European Commission whether it will look into the case.
""",
"03_uk.txt": """Польська агрофірма отримувала дотації ЄС за аеродром і кар'єр — ЗМІ
Куркуль
08 березня 2027, 15:40

Польська компанія Agrofarm Nadbużański протягом п'яти років отримала 11,4 млн злотих прямих виплат ЄС за 2870 га, з яких щонайменше 910 га — це злітна смуга колишнього військового аеродрому та діючий гравійний кар'єр. Про це пише польська «Газета Виборча».

Журналісти «Газети Виборчої» порівняли заявки на дотації, які компанія подавала до Агентства реструктуризації та модернізації сільського господарства (ARiMR) у 2022–2026 роках, із супутниковими знімками. За даними видання, на 640 га видно бетонні плити та ангари, а ще на 270 га з 2023 року видобувають гравій.

Колишній працівник компанії на умовах анонімності розповів виданню, що на аеродромі «ніколи не було жодного трактора».

Голова правління Agrofarm Томаш Ридель відповів газеті, що компанія «діє відповідно до закону». Речник ARiMR Павел Гродзкі заявив «Виборчій», що агентство перевірить заявки та вимагатиме повернення коштів, якщо їх виплатили безпідставно.

Польські аграрії останніми роками неодноразово протестували проти імпорту української агропродукції, скаржачись серед іншого на нерівні умови конкуренції. Розслідування ж показує, що окремі великі господарства в самій Польщі роками отримували дотації, на які, ймовірно, не мали права.
""",
"04_fr.txt": """En Pologne, une société agricole a touché des aides européennes pour un aérodrome et une gravière
Le Figaro
9 mars 2027

Plus de onze millions de zlotys, soit environ 2,7 millions d'euros : c'est le montant des aides directes de la PAC versées en cinq ans à la société polonaise Agrofarm Nadbużański, dont une partie pour des terres sur lesquelles rien ne pousse, révèle le quotidien polonais Gazeta Wyborcza.

D'après les demandes d'aide consultées par le journal, l'entreprise a déclaré 2 870 hectares de « terres arables » entre 2022 et 2026. Or, en les comparant avec des images satellite, la Wyborcza a établi qu'au moins 910 hectares correspondent à la piste d'un ancien aérodrome militaire et à une gravière en activité.

« Il n'y a jamais eu un seul tracteur sur l'aérodrome », a assuré au quotidien un ancien salarié, qui a requis l'anonymat. Le président de la société, Tomasz Rydel, affirme agir « conformément à la loi ». Interrogé par la Wyborcza, le porte-parole de l'agence polonaise des paiements agricoles ARiMR, Paweł Grodzki, a promis un contrôle et, le cas échéant, le remboursement des sommes indûment perçues.

L'affaire tombe mal pour Varsovie, qui défend à Bruxelles le maintien d'une enveloppe élevée pour ses agriculteurs dans le prochain budget de la politique agricole commune.
""",
}, [{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": a} for a in ["01_de.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"]],
[{"text": "Agrofarm Nadbużański received 11.4 million zlotys of EU direct payments for 2,870 ha, at least 910 ha of which are a former military airfield and a gravel pit.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "A former employee said there had never been a single tractor on the airfield.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "The payments agency ARiMR said it would review the applications and demand repayment of any money paid unduly.",
  "articles": ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt", "04_fr.txt"], "independent_sources": 1}])

# a03: chain Il Sole 24 Ore (own: letter seen by the paper, union head speaking to it, company
# confirmation to it) -> Financial Times ("reported on Tuesday, citing a letter", "told Il Sole";
# FT's own unanswered request adds nothing) -> pl ("podaje brytyjski „Financial Times”, powołując się
# na włoski dziennik ekonomiczny „Il Sole 24 Ore”" + "Według „FT”") and es (no outlet line; title
# suffix "| Expansión"; "según publica el diario británico Financial Times" + "según el rotativo
# londinense"). pl and es get one edge each, from the Financial Times.
story("a03_chain_milk_price", "chain", {
"00_it.txt": """Latte, Latterie Riunite Padane taglia il prezzo alla stalla: da ottobre 44 centesimi al litro
Il Sole 24 Ore
14 settembre 2027

Latterie Riunite Padane, uno dei principali gruppi lattiero-caseari del Nord Italia, ridurrà dal 1° ottobre il prezzo pagato agli allevatori da 52 a 44 centesimi al litro, Iva esclusa. È quanto emerge da una lettera inviata nei giorni scorsi ai circa 2.100 conferenti del gruppo, di cui Il Sole 24 Ore ha preso visione.

Nella lettera, firmata dal direttore acquisti Maurizio Bellotti, il taglio viene motivato con il calo delle quotazioni del burro e del latte in polvere sui mercati europei e con «scorte di formaggi stagionati superiori del 18% rispetto allo scorso anno». Il nuovo prezzo resterà in vigore «almeno fino al 31 dicembre».

Per una stalla media di 120 vacche in lattazione, secondo i nostri calcoli, la riduzione vale quasi 9mila euro al mese di mancati ricavi.

«Con 44 centesimi non copriamo nemmeno i costi di alimentazione e di energia. Se il prezzo resta questo, molte stalle piccole chiuderanno entro la primavera», ha detto al Sole 24 Ore Daniela Ferrarini, presidente dell'Associazione Allevatori della Bassa Lombarda, che riunisce circa 600 aziende. L'associazione ha chiesto un incontro urgente con l'azienda e con l'assessorato regionale all'Agricoltura.

Contattata dal Sole, Latterie Riunite Padane ha confermato l'invio della lettera, precisando che «il prezzo sarà rivisto appena il mercato lo consentirà».
""",
"01_en.txt": """Italian dairy group to cut milk price paid to farmers by 15%
Financial Times
2027-09-14T14:30:00Z

One of northern Italy's biggest dairy groups will cut the price it pays farmers for raw milk by more than 15 per cent from October, Italian business daily Il Sole 24 Ore reported on Tuesday, citing a letter sent to the group's suppliers.

Latterie Riunite Padane will pay 44 cents a litre, down from 52 cents, to the roughly 2,100 farms that deliver milk to it, according to the letter seen by Il Sole. The company blamed falling European prices for butter and milk powder and stocks of aged cheese 18 per cent higher than a year ago.

Daniela Ferrarini, who heads a farmers' association in the Lombardy lowlands, told Il Sole that many small farms would close by spring if the price stayed at that level, as 44 cents did "not even cover feed and energy costs". The company confirmed to the newspaper that it had sent the letter.

Latterie Riunite Padane did not respond to a request for comment from the Financial Times.

The cut comes after two years in which European farmgate milk prices stayed well above their long-term average, encouraging producers in Italy, Germany and Ireland to expand herds. Analysts have warned that a rebound in supply from New Zealand and the US could push prices lower into 2028.
""",
"02_pl.txt": """Włoski gigant mleczarski tnie ceny skupu. Rolnicy alarmują
Puls Biznesu
14.09.2027 18:05

Latterie Riunite Padane, jedna z największych grup mleczarskich w północnych Włoszech, od 1 października obniży cenę skupu mleka z 52 do 44 eurocentów za litr – podaje brytyjski „Financial Times”, powołując się na włoski dziennik ekonomiczny „Il Sole 24 Ore”.

Obniżka obejmie ok. 2,1 tys. gospodarstw dostarczających mleko do grupy. Według „FT” firma tłumaczy decyzję spadkiem cen masła i mleka w proszku w Europie oraz zapasami dojrzewających serów o 18 proc. wyższymi niż przed rokiem.

Szefowa związku hodowców z Niziny Lombardzkiej Daniela Ferrarini ostrzega, że przy takiej cenie wiele małych gospodarstw zbankrutuje do wiosny, bo 44 centy „nie pokrywają nawet kosztów paszy i energii”.

Decyzję Włochów uważnie obserwują polscy mleczarze. Polska należy do największych producentów mleka w UE, a znaczna część sera i masła z polskich zakładów trafia na rynki Europy Południowej. Jeśli ceny we Włoszech spadną, presja może przenieść się także na polskie ceny skupu jeszcze przed końcem roku.
""",
"03_es.txt": """Una gran láctea italiana rebaja un 15% el precio de la leche a los ganaderos | Expansión
15/09/2027 08:20

El grupo lácteo italiano Latterie Riunite Padane pagará a partir del 1 de octubre 44 céntimos por litro de leche a sus ganaderos, frente a los 52 actuales, según publica el diario británico Financial Times.

La rebaja, de más del 15%, afectará a unas 2.100 explotaciones del norte de Italia. La compañía la justifica, según el rotativo londinense, por la caída de los precios de la mantequilla y la leche en polvo en Europa y por unas existencias de quesos curados un 18% superiores a las de hace un año.

Una representante de los ganaderos de la Baja Lombardía advierte de que con ese precio "no se cubren ni los costes de alimentación y energía" y de que muchas granjas pequeñas cerrarán antes de la primavera.

En España, el precio de la leche en origen se ha mantenido este año por encima de los 50 céntimos, pero las cooperativas gallegas y asturianas temen un contagio si la caída de precios se extiende por Europa. La industria italiana es, además, uno de los principales compradores de leche y nata españolas en los meses de verano.
""",
}, [{"name": "Il Sole 24 Ore", "in_corpus": True}],
[{"origin": "Il Sole 24 Ore", "article": "01_en.txt"},
 {"origin": "Financial Times", "article": "02_pl.txt"},
 {"origin": "Financial Times", "article": "03_es.txt"}],
[{"text": "Latterie Riunite Padane will cut the price paid to farmers for raw milk from 52 to 44 cents per litre from 1 October, affecting about 2,100 farms.",
  "articles": ["00_it.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The company justifies the cut with falling butter and milk-powder prices and aged-cheese stocks 18% higher than a year earlier.",
  "articles": ["00_it.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], "independent_sources": 1}])

# a04: institution-published origin (statement on the website of Ukraine's Ministry of Agrarian
# Policy and Food), taken directly by uk ("Про це йдеться в повідомленні Міністерства ..., оприлюдненому
# на сайті відомства"), en ("the ministry said in a statement posted on its website") and es ("según ha
# informado el propio departamento en un comunicado publicado en su página web" + "detalla el
# ministerio"); 02_pl.txt (no outlet line) is an uncredited close Polish translation of Економічна
# правда's article published the next morning (same structure, same quote introduced by "cytuje służba
# prasowa", same "Przypomnijmy" background with the 2021 record): one edge from Економічна правда.
story("a04_translation_ministry_harvest", "translation", {
"00_uk.txt": """Аграрії намолотили 19,6 млн тонн ранніх зернових: Мінагрополітики підвищило прогноз урожаю
Економічна правда
3 серпня 2027, 14:25

Станом на 3 серпня українські аграрії зібрали 19,6 млн тонн ранніх зернових і зернобобових культур з площі 4,5 млн га. Про це йдеться в повідомленні Міністерства аграрної політики та продовольства, оприлюдненому на сайті відомства.

Пшениці намолочено 14,2 млн тонн при середній урожайності 4,6 т/га, ячменю — 4,3 млн тонн. Жнива тривають в усіх областях, найвищу урожайність пшениці наразі зафіксовано на Хмельниччині — 6,1 т/га.

Крім того, міністерство підвищило прогноз загального урожаю зернових у 2027 році до 58,3 млн тонн — на 2,1 млн тонн більше, ніж очікувалося в червні. Експортний потенціал у 2027/28 маркетинговому році оцінюється в 41 млн тонн.

«Погодні умови цього сезону були сприятливими, а аграрії змогли вчасно провести посівну навіть у прифронтових громадах. Водночас логістика залишається головним викликом», — цитує пресслужба заступника міністра Олега Гнатюка.

Нагадаємо, у 2026 році Україна зібрала 56,1 млн тонн зернових. До повномасштабного вторгнення, у 2021 році, урожай був рекордним — понад 80 млн тонн, однак відтоді посівні площі скоротилися через окупацію та замінування полів.
""",
"01_en.txt": """Ukraine raises 2027 grain harvest forecast to 58.3 million tons
The Kyiv Independent
Aug. 3, 2027 5:10 PM

Ukraine's Ministry of Agrarian Policy and Food raised its forecast for this year's grain harvest to 58.3 million tons, up 2.1 million tons from its June estimate, the ministry said in a statement posted on its website on Aug. 3.

Farmers had threshed 19.6 million tons of early grains and pulses from 4.5 million hectares as of Aug. 3, including 14.2 million tons of wheat at an average yield of 4.6 tons per hectare, according to the statement.

The ministry put the country's grain export potential for the 2027/28 marketing year at 41 million tons.

"The weather this season was favorable, and farmers managed to sow on time even in communities near the front line," Deputy Minister Oleh Hnatiuk was quoted as saying in the statement. "At the same time, logistics remain the main challenge."

Agriculture is one of the pillars of Ukraine's wartime economy, with farm products accounting for more than half of the country's export revenues. Russian attacks on Black Sea and Danube ports have repeatedly disrupted shipments, while mined fields have taken large areas out of production in the east and south.

Ukraine harvested 56.1 million tons of grain in 2026.
""",
"02_pl.txt": """Rolnicy zebrali 19,6 mln ton zbóż wczesnych. Ministerstwo podniosło prognozę zbiorów
2027-08-04 07:45

Według stanu na 3 sierpnia ukraińscy rolnicy zebrali 19,6 mln ton zbóż wczesnych i roślin strączkowych z powierzchni 4,5 mln ha. Wynika to z komunikatu Ministerstwa Polityki Rolnej i Żywności, opublikowanego na stronie resortu.

Pszenicy zebrano 14,2 mln ton przy średnim plonie 4,6 t/ha, jęczmienia – 4,3 mln ton. Żniwa trwają we wszystkich obwodach, najwyższy plon pszenicy odnotowano na razie w obwodzie chmielnickim – 6,1 t/ha.

Ponadto ministerstwo podniosło prognozę całkowitych zbiorów zbóż w 2027 r. do 58,3 mln ton – o 2,1 mln ton więcej, niż oczekiwano w czerwcu. Potencjał eksportowy w sezonie 2027/28 szacuje się na 41 mln ton.

„Warunki pogodowe w tym sezonie były sprzyjające, a rolnicy zdołali terminowo przeprowadzić siewy nawet w przyfrontowych gminach. Jednocześnie logistyka pozostaje głównym wyzwaniem” – cytuje służba prasowa wiceministra Ołeha Hnatiuka.

Przypomnijmy, w 2026 r. Ukraina zebrała 56,1 mln ton zbóż. Przed pełnoskalową inwazją, w 2021 r., zbiory były rekordowe – ponad 80 mln ton, jednak od tego czasu powierzchnia zasiewów zmniejszyła się z powodu okupacji i zaminowania pól.
""",
"03_es.txt": """Ucrania eleva su previsión de cosecha de cereales a 58,3 millones de toneladas
El Economista
03/08/2027 - 19:02

El Ministerio de Política Agraria y Alimentación de Ucrania ha elevado su previsión de cosecha de cereales para 2027 hasta 58,3 millones de toneladas, 2,1 millones más de lo estimado en junio, según ha informado el propio departamento en un comunicado publicado en su página web.

A 3 de agosto, los agricultores ucranianos habían cosechado 19,6 millones de toneladas de cereales tempranos y leguminosas en 4,5 millones de hectáreas, de las que 14,2 millones correspondían a trigo, con un rendimiento medio de 4,6 toneladas por hectárea, detalla el ministerio.

El potencial exportador para la campaña 2027/28 se sitúa en 41 millones de toneladas, lo que mantendría a Ucrania entre los grandes proveedores de trigo y maíz del mercado mundial. España es uno de los principales compradores de maíz ucraniano, que se destina sobre todo a la fabricación de piensos para el sector porcino.

El viceministro Oleh Hnatiuk subraya en la nota que la meteorología ha acompañado esta campaña, aunque la logística "sigue siendo el principal reto". Los ataques contra los puertos del mar Negro y del Danubio han encarecido en los últimos años el transporte del grano ucraniano.
""",
}, [{"name": "Ministry of Agrarian Policy and Food of Ukraine", "in_corpus": False}],
[{"origin": "Ministry of Agrarian Policy and Food of Ukraine", "article": "00_uk.txt"},
 {"origin": "Ministry of Agrarian Policy and Food of Ukraine", "article": "01_en.txt"},
 {"origin": "Економічна правда", "article": "02_pl.txt"},
 {"origin": "Ministry of Agrarian Policy and Food of Ukraine", "article": "03_es.txt"}],
[{"text": "As of 3 August Ukrainian farmers had harvested 19.6 million tonnes of early grains and pulses from 4.5 million hectares, including 14.2 million tonnes of wheat.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The ministry raised its 2027 grain harvest forecast to 58.3 million tonnes and put export potential at 41 million tonnes.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], "independent_sources": 1}])

# a05: own report of Ouest-France (correspondent at the farm, farmer and mayor speaking to the paper);
# Der Spiegel relays it ("wie zuerst die Regionalzeitung „Ouest-France“ berichtete") and adds its own
# confirmation ("Auf SPIEGEL-Anfrage bestätigte das ... Landwirtschaftsministerium" + "teilte eine
# Sprecherin ... dem SPIEGEL mit"): edge from Ouest-France + Der Spiegel is an in-corpus origin; uk
# relays Der Spiegel ("повідомляє німецький журнал Der Spiegel із посиланням на регіональну газету
# Ouest-France" + "на запит журналу"): one edge from Der Spiegel; it relays Ouest-France ("Lo riporta il
# quotidiano regionale francese Ouest-France, secondo cui" + "ha raccontato al giornale").
story("a05_confirmation_sheep_pox", "confirmation", {
"00_fr.txt": """Côtes-d'Armor : un cas de variole ovine détecté à Plouzérec, tout le troupeau sera abattu
Ouest-France
Publié le 21/05/2027 à 07h30

Un cas de variole ovine, aussi appelée clavelée, a été détecté dans un élevage de brebis de Plouzérec, près de Guingamp. Une première en Bretagne depuis plus de soixante ans. Les 640 brebis de l'exploitation doivent être euthanasiées dans les prochains jours, sur décision de la préfecture.

Jeudi après-midi, notre correspondante a constaté la présence de deux véhicules des services vétérinaires et d'une patrouille de gendarmerie devant la bergerie, dont l'accès était barré par un ruban rouge et blanc.

« Mercredi matin, trois brebis avaient des croûtes sur les paupières et de la fièvre. J'ai tout de suite appelé le vétérinaire. Le lendemain, le laboratoire confirmait. Quarante ans de travail, et tout s'arrête en deux jours », confie l'éleveur, Yann Le Goff, à Ouest-France.

Une zone réglementée de 20 km a été instaurée autour de l'exploitation : les mouvements d'ovins et de caprins y sont interdits. Une quinzaine d'éleveurs sont concernés. La maire de Plouzérec, Anne-Marie Kerhervé, dit avoir « appris la nouvelle par les voisins » et demande que les éleveurs touchés soient « indemnisés vite et correctement ».

La variole ovine, très contagieuse chez les moutons et les chèvres mais sans danger pour l'homme, a fait des ravages en Grèce et en Bulgarie ces dernières années. L'origine de la contamination reste inconnue : Yann Le Goff assure n'avoir acheté aucun animal depuis l'automne.
""",
"01_de.txt": """Schafpocken in der Bretagne: Frankreich bestätigt ersten Fall seit Jahrzehnten
DER SPIEGEL
21.05.2027, 13.02 Uhr

In Frankreich sind erstmals seit Jahrzehnten wieder Schafpocken bei Nutztieren aufgetreten. Betroffen ist ein Betrieb mit 640 Mutterschafen in Plouzérec in der Bretagne, wie zuerst die Regionalzeitung „Ouest-France“ berichtete. Die gesamte Herde soll getötet werden.

Auf SPIEGEL-Anfrage bestätigte das französische Landwirtschaftsministerium den Ausbruch am Freitagmittag. Die Probe sei am Donnerstag im nationalen Referenzlabor positiv getestet worden, teilte eine Sprecherin des Ministeriums dem SPIEGEL mit. Man prüfe zudem, ob Tiere aus dem Bestand in den vergangenen Wochen an andere Betriebe abgegeben worden seien.

Der Halter, Yann Le Goff, hatte „Ouest-France“ gesagt, drei Schafe hätten Krusten an den Augenlidern und Fieber gehabt. „Vierzig Jahre Arbeit, und in zwei Tagen ist alles vorbei“, zitiert ihn die Zeitung.

Schafpocken sind für Menschen ungefährlich, unter Schafen und Ziegen aber hochansteckend. In Griechenland und Bulgarien mussten in den vergangenen Jahren Hunderttausende Tiere getötet werden. In Deutschland wurde die Krankheit seit Jahrzehnten nicht nachgewiesen; Tierärzte raten Schafhaltern dennoch zu erhöhter Wachsamkeit, vor allem beim Zukauf von Tieren.
""",
"02_uk.txt": """У Франції виявили віспу овець: усю отару з 640 голів знищать
Latifundist.com
21 травня 2027

У французькому регіоні Бретань виявили віспу овець на фермі з 640 вівцематками в комуні Плузерек. Усе поголів'я буде знищене. Про це повідомляє німецький журнал Der Spiegel із посиланням на регіональну газету Ouest-France.

Як пише Der Spiegel, міністерство сільського господарства Франції на запит журналу підтвердило спалах. За словами речниці відомства, зразок дав позитивний результат у національній референс-лабораторії. Міністерство також перевіряє, чи не продавали тварин із цього господарства на інші ферми.

Власник ферми Ян Ле Гофф помітив у трьох овець кірочки на повіках і гарячку. «Сорок років роботи — і за два дні все скінчилося», — наводить його слова видання.

Віспа овець не становить загрози для людей, але дуже заразна для овець і кіз. Останніми роками хвороба завдала значних збитків тваринникам Греції та Болгарії. Для українських вівчарів, які нарощують експорт живих овець на Близький Схід, спалахи в ЄС є тривожним сигналом: вони можуть призвести до посилення ветеринарних вимог у торгівлі.
""",
"03_it.txt": """Vaiolo ovino in Bretagna, 640 pecore da abbattere: primo caso nella regione da decenni
la Repubblica
21 maggio 2027 - 10:15

Un focolaio di vaiolo ovino è stato individuato in un allevamento di Plouzérec, in Bretagna: tutte le 640 pecore dell'azienda saranno abbattute per ordine della prefettura. Lo riporta il quotidiano regionale francese Ouest-France, secondo cui si tratta del primo caso nella regione da oltre sessant'anni.

L'allevatore, Yann Le Goff, ha raccontato al giornale di aver notato mercoledì croste sulle palpebre e febbre in tre pecore; il giorno dopo il laboratorio ha confermato la diagnosi. «Quarant'anni di lavoro, e tutto finisce in due giorni», ha detto. Attorno all'azienda è stata istituita una zona di restrizione di 20 chilometri, dove sono vietati gli spostamenti di ovini e caprini.

Il vaiolo ovino non si trasmette all'uomo, ma è molto contagioso per pecore e capre e negli ultimi anni ha colpito duramente Grecia e Bulgaria. In Sardegna, che ospita quasi metà del patrimonio ovino italiano, gli allevatori seguono con apprensione la diffusione della malattia in Europa: un focolaio sull'isola metterebbe a rischio la filiera del pecorino.
""",
}, [{"name": "Ouest-France", "in_corpus": True}, {"name": "Der Spiegel", "in_corpus": True}],
[{"origin": "Ouest-France", "article": "01_de.txt"},
 {"origin": "Der Spiegel", "article": "02_uk.txt"},
 {"origin": "Ouest-France", "article": "03_it.txt"}],
[{"text": "Sheep pox was detected at a farm with 640 ewes in Plouzérec (Brittany) and the whole flock will be culled.",
  "articles": ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 2},
 {"text": "A 20-km restricted zone banning movements of sheep and goats was set up around the farm.",
  "articles": ["00_fr.txt", "03_it.txt"], "independent_sources": 1}])

# a06: two independent own reports from the two sides of the border: TVN24 ("relacjonuje z miejsca
# reporter TVN24", "Nasz reporter widział", "powiedział reporterowi TVN24") and Суспільне ("Про це
# повідомляє кореспондентка Суспільного з пункту пропуску" in its own article, "розповів Суспільному",
# "У Держприкордонслужбі Суспільному підтвердили"); fr credits both ("ont rapporté la chaîne
# d'information polonaise TVN24 et le diffuseur public ukrainien Suspilne" + "Selon le reporter de
# TVN24" + "d'après Suspilne"): two edges; de relays Suspilne ("Wie der ukrainische
# öffentlich-rechtliche Rundfunk Suspilne berichtet" + "meldet Suspilne unter Berufung auf den
# ukrainischen Grenzschutz" + "sagte ... dem Sender").
story("a06_independent_border_blockade", "independent", {
"00_pl.txt": """Rolnicy zablokowali przejście w Dorohusku. Kukurydza z ukraińskich ciężarówek na asfalcie
TVN24
05.02.2027, 11:40

Około 150 ciągników zablokowało w piątek rano dojazd do przejścia granicznego z Ukrainą w Dorohusku. Protestujący rolnicy zatrzymali trzy ukraińskie ciężarówki i wysypali z nich na jezdnię kilkadziesiąt ton kukurydzy – relacjonuje z miejsca reporter TVN24 Michał Sadowski.

Nasz reporter widział, jak policjanci przez kilkadziesiąt minut przyglądali się zdarzeniu, zanim odgrodzili wysypane ziarno taśmą. Policja w Chełmie przekazała później, że wszczęła postępowanie w sprawie zniszczenia mienia.

– Nie wpuścimy ani jednej ciężarówki ze zbożem, dopóki rząd nie zamknie granicy dla ukraińskiej kukurydzy i pszenicy. Ceny w skupie są dziś niższe niż koszty produkcji – powiedział reporterowi TVN24 Marek Ostrowski, rolnik spod Chełma, który współorganizuje protest.

Blokada ma potrwać co najmniej do niedzieli. Rolnicy przepuszczają samochody osobowe i autokary. Ciężarówki z innym towarem niż zboże puszczają co kilkanaście minut, pojedynczo.

To już trzecia blokada przejścia w Dorohusku od początku roku. Rolnicy z Lubelszczyzny domagają się m.in. wprowadzenia zakazu importu zbóż z Ukrainy i dopłat do nawozów.
""",
"01_uk.txt": """Польські фермери заблокували пункт пропуску «Ягодин — Дорогуськ»: черга сягає 32 кілометрів
Суспільне
5 лютого 2027, 13:05

Польські фермери з ранку 5 лютого блокують рух вантажівок через пункт пропуску «Ягодин — Дорогуськ». На українському боці в черзі стоять близько 1100 вантажівок, вона розтягнулася на 32 кілометри. Про це повідомляє кореспондентка Суспільного Оксана Мельничук із пункту пропуску.

Кореспондентка бачила на польському боці трактори, які перегородили під'їзд до митного терміналу. Водії кажуть, що з ночі на польський бік пропустили лише кілька вантажівок із продуктами та медикаментами.

«Я тут з четвертої ранку. У мене двадцять тонн соняшникової олії, і ніхто не знає, коли поїдемо», — розповів Суспільному водій із Рівного Василь Кравчук.

У Державній прикордонній службі Суспільному підтвердили, що рух вантажівок через пункт пропуску фактично зупинено, а легковики й автобуси перетинають кордон без обмежень.

Це вже третя блокада цього пункту пропуску від початку року. Польські аграрії вимагають заборонити ввезення українського зерна, стверджуючи, що воно збиває ціни на їхню продукцію.
""",
"02_fr.txt": """À la frontière polono-ukrainienne, des agriculteurs polonais bloquent de nouveau les camions
Le Monde
5 février 2027 à 18h20

Des agriculteurs polonais bloquent depuis vendredi matin, avec quelque 150 tracteurs, l'accès au poste-frontière de Dorohusk, l'un des principaux points de passage entre la Pologne et l'Ukraine, ont rapporté la chaîne d'information polonaise TVN24 et le diffuseur public ukrainien Suspilne, qui avaient tous deux dépêché des journalistes sur place.

Selon le reporter de TVN24, les manifestants ont arrêté trois camions ukrainiens et déversé sur la chaussée plusieurs dizaines de tonnes de maïs. « Nous ne laisserons passer aucun camion de céréales tant que le gouvernement ne fermera pas la frontière », a déclaré à la chaîne l'un des organisateurs, Marek Ostrowski.

Côté ukrainien, d'après Suspilne, seuls quelques camions transportant de la nourriture et des médicaments ont pu franchir la frontière depuis la nuit ; les voitures et les autocars passent normalement.

Les agriculteurs polonais accusent les céréales ukrainiennes de faire chuter les prix sur leur marché. Ce blocage est le troisième à Dorohusk depuis le début de l'année, alors que Varsovie et Kiev peinent à s'entendre sur un mécanisme durable de contrôle des importations agricoles.
""",
"03_de.txt": """Polnische Bauern blockieren erneut Grenzübergang zur Ukraine – 32 Kilometer Lkw-Stau
Die Welt
05.02.2027

Polnische Landwirte haben am Freitag erneut den Grenzübergang Dorohusk–Jahodyn blockiert, einen der wichtigsten Übergänge zwischen Polen und der Ukraine. Wie der ukrainische öffentlich-rechtliche Rundfunk Suspilne berichtet, stauten sich auf ukrainischer Seite rund 1100 Lastwagen auf einer Länge von 32 Kilometern.

Eine Korrespondentin des Senders sah auf polnischer Seite Traktoren, die die Zufahrt zum Zollterminal versperrten. Seit der Nacht seien nur einzelne Lkw mit Lebensmitteln und Medikamenten durchgelassen worden, meldet Suspilne unter Berufung auf den ukrainischen Grenzschutz. Pkw und Busse könnten die Grenze ungehindert passieren.

„Ich stehe hier seit vier Uhr morgens mit zwanzig Tonnen Sonnenblumenöl, und niemand weiß, wann es weitergeht“, sagte ein Fahrer aus Riwne dem Sender.

Die polnischen Bauern protestieren seit Monaten gegen Agrarimporte aus der Ukraine, die nach ihrer Darstellung die Erzeugerpreise drücken. Es ist bereits die dritte Blockade dieses Übergangs seit Jahresbeginn.
""",
}, [{"name": "TVN24", "in_corpus": True}, {"name": "Суспільне", "in_corpus": True}],
[{"origin": "TVN24", "article": "02_fr.txt"},
 {"origin": "Суспільне", "article": "02_fr.txt"},
 {"origin": "Суспільне", "article": "03_de.txt"}],
[{"text": "Polish farmers blocked truck traffic at the Dorohusk–Yahodyn border crossing with tractors on Friday 5 February.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "About 1,100 trucks queued over 32 kilometres on the Ukrainian side of the crossing.",
  "articles": ["01_uk.txt", "03_de.txt"], "independent_sources": 1}])

# a07: Handelsblatt scoop resting on two anonymous senior Commission officials and a draft seen by
# the paper (own: "Nach Informationen des Handelsblatts", "die namentlich nicht genannt werden wollen",
# "der dem Handelsblatt vorliegt"); relayed by fr ("selon le quotidien économique allemand Handelsblatt,
# qui cite deux hauts fonctionnaires ... sous couvert d'anonymat" + "précise le Handelsblatt" + "au
# quotidien de Düsseldorf"), es ("según adelantó este lunes el diario económico alemán Handelsblatt, que
# cita a dos altos funcionarios" + "el rotativo de Düsseldorf" + "añade el periódico") and uk (no
# outlet line, no date line; "Про це пише німецьке ділове видання Handelsblatt із посиланням на двох
# високопосадовців" + "За інформацією Handelsblatt" + "зазначає газета" + "цитує видання").
story("a07_anonymous_cap_cut", "anonymous", {
"00_de.txt": """EU-Kommission will Direktzahlungen an Landwirte um 14 Prozent kürzen
Handelsblatt
2027-10-04 05:00

Die EU-Kommission plant im nächsten langfristigen Haushalt deutliche Einschnitte bei den Direktzahlungen an Landwirte. Nach Informationen des Handelsblatts sollen die Mittel für die sogenannte erste Säule der Gemeinsamen Agrarpolitik (GAP) im Zeitraum 2028 bis 2034 um rund 14 Prozent auf 224 Milliarden Euro sinken. Das bestätigten zwei hochrangige Kommissionsbeamte, die namentlich nicht genannt werden wollen.

Zudem soll es erstmals eine verbindliche Obergrenze von 100.000 Euro pro Betrieb und Jahr geben. Das geht aus einem internen Entwurf hervor, der dem Handelsblatt vorliegt. Großbetriebe vor allem in Ostdeutschland, Tschechien und Rumänien wären davon besonders betroffen.

„Die Agrarmittel werden nicht verschont, wenn wir gleichzeitig mehr für Verteidigung und Wettbewerbsfähigkeit ausgeben wollen“, sagte einer der beiden Beamten. Der andere räumte ein, dass der Widerstand der Mitgliedstaaten „enorm“ sein werde; Frankreich und Polen hätten bereits intern signalisiert, keine Kürzungen zu akzeptieren.

Ein Kommissionssprecher wollte sich auf Anfrage nicht äußern und verwies auf die Vorstellung des Haushaltsentwurfs Ende Oktober. Ein Sprecher des Deutschen Bauernverbands sagte dem Handelsblatt, eine Kappung bei 100.000 Euro würde „gerade die Betriebe bestrafen, die viele Menschen beschäftigen“.

Die GAP ist mit rund einem Drittel des EU-Haushalts der größte Ausgabenposten der Union.
""",
"01_fr.txt": """PAC : Bruxelles envisagerait de réduire de 14 % les aides directes aux agriculteurs
Les Echos
4 oct. 2027

La Commission européenne envisage de réduire d'environ 14 % l'enveloppe des aides directes de la politique agricole commune (PAC) pour la période 2028-2034, à 224 milliards d'euros, selon le quotidien économique allemand Handelsblatt, qui cite deux hauts fonctionnaires de la Commission s'exprimant sous couvert d'anonymat.

D'après un projet interne consulté par le journal, Bruxelles voudrait également plafonner les aides à 100 000 euros par exploitation et par an. Une mesure qui frapperait surtout les grandes structures d'Allemagne de l'Est et d'Europe centrale, précise le Handelsblatt.

« Les crédits agricoles ne seront pas épargnés si nous voulons dépenser davantage pour la défense et la compétitivité », a confié l'un de ces fonctionnaires au quotidien de Düsseldorf. Sollicitée par le journal allemand, la Commission n'a pas souhaité commenter.

En France, premier bénéficiaire de la PAC, la perspective d'une baisse risque de raviver la colère des agriculteurs, quelques années après les grandes mobilisations de l'hiver 2024. Les exploitations céréalières, très dépendantes des aides découplées, seraient les premières touchées.
""",
"02_es.txt": """Bruselas planea recortar un 14% las ayudas directas a los agricultores
El País
4 oct 2027 - 12:47 CEST

La Comisión Europea prepara un recorte de alrededor del 14% en los pagos directos de la Política Agrícola Común (PAC) para el periodo 2028-2034, hasta 224.000 millones de euros, según adelantó este lunes el diario económico alemán Handelsblatt, que cita a dos altos funcionarios comunitarios que pidieron no ser identificados.

El borrador interno al que ha tenido acceso el rotativo de Düsseldorf contempla además un tope de 100.000 euros anuales por explotación. "Los fondos agrícolas no se librarán si queremos gastar más en defensa y competitividad", afirmó uno de los funcionarios al periódico.

Un portavoz de la Comisión rehusó hacer comentarios, añade el Handelsblatt.

España es uno de los mayores receptores de fondos de la PAC, y las organizaciones agrarias llevan meses advirtiendo contra cualquier reducción del presupuesto. Un tope por explotación afectaría sobre todo a las grandes fincas de Andalucía y Castilla-La Mancha.
""",
"03_uk.txt": """Єврокомісія планує скоротити прямі виплати фермерам на 14% — Handelsblatt

Європейська комісія планує в наступному багаторічному бюджеті на 2028–2034 роки скоротити прямі виплати аграріям у межах Спільної аграрної політики ЄС приблизно на 14% — до 224 млрд євро. Про це пише німецьке ділове видання Handelsblatt із посиланням на двох високопосадовців Єврокомісії, які побажали залишитися анонімними.

За інформацією Handelsblatt, внутрішній проєкт документа передбачає також обмеження виплат на рівні 100 тисяч євро на одне господарство на рік. Найбільше це вдарить по великих агропідприємствах Центральної та Східної Європи, зазначає газета.

«Аграрні кошти не залишаться недоторканими, якщо ми хочемо витрачати більше на оборону та конкурентоспроможність», — цитує видання одного зі співрозмовників.

Для України ці плани важливі з огляду на переговори про вступ до ЄС. Великі українські агрохолдинги обробляють десятки й сотні тисяч гектарів, тож обмеження виплат на одне господарство суттєво зменшило б суму, на яку вони могли б претендувати після вступу.
""",
}, [{"name": "Handelsblatt", "in_corpus": True}],
[{"origin": "Handelsblatt", "article": a} for a in ["01_fr.txt", "02_es.txt", "03_uk.txt"]],
[{"text": "The European Commission plans to cut CAP direct payments for 2028-2034 by about 14% to €224 billion.",
  "articles": ["00_de.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "An internal draft foresees a cap of €100,000 per farm per year.",
  "articles": ["00_de.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], "independent_sources": 1}])

# a08: a person's Facebook post (Gennaro Iannotta, president of an invented buffalo breeders'
# association) taken directly by it ("Lo ha scritto su Facebook" + "si legge ancora" in the post; the
# ASL's non-comment to Il Mattino adds nothing), en ("wrote in a Facebook post on Sunday", "the head of
# a local breeders' association has said") and es (no date line; "según ha denunciado en una
# publicación en Facebook" + "escribió"); fr takes it via Il Mattino ("a annoncé dimanche sur Facebook
# ..., rapporte le quotidien napolitain Il Mattino" + "précise le journal"): one edge from Il Mattino.
story("a08_post_buffalo_cull", "social_post", {
"00_it.txt": """Brucellosi, ordine di abbattimento per 2.800 bufale. Iannotta: «Undici famiglie rovinate»
Il Mattino
18/04/2027 19:32

«Oggi l'Asl ci ha notificato l'abbattimento di 2.800 bufale in undici aziende di Santa Lucia al Volturno. Undici famiglie rovinate in un giorno». Lo ha scritto su Facebook Gennaro Iannotta, presidente dell'Associazione Bufalari del Volturno, annunciando per giovedì un presidio davanti alla sede della Regione Campania, a Napoli.

Nel post, pubblicato nel primo pomeriggio e condiviso in poche ore da oltre tremila persone, Iannotta spiega che negli allevamenti sono stati trovati capi positivi alla brucellosi durante i controlli di marzo. «Non c'è un solo animale malato, solo test positivi. Svuotare stalle intere è una follia», si legge ancora.

Il presidente chiede alla Regione di sospendere gli abbattimenti e di consentire la vaccinazione degli animali, come domandano da anni molti allevatori della zona.

L'Asl di Caserta, contattata dal Mattino, non ha commentato.

La brucellosi, un'infezione batterica che può trasmettersi anche all'uomo attraverso il latte non pastorizzato, è da anni un problema nella piana del Volturno, cuore della produzione di mozzarella di bufala. Negli ultimi anni nella provincia sono stati abbattuti decine di migliaia di capi, e gli allevatori denunciano indennizzi insufficienti e tempi lunghissimi per i pagamenti.
""",
"01_en.txt": """Italian buffalo farmers to protest as 2,800 animals face brucellosis cull
The Guardian
Sun 18 Apr 2027 21.05 BST

Health authorities in southern Italy have ordered the culling of 2,800 water buffalo on 11 farms in the heartland of mozzarella production after animals tested positive for brucellosis, the head of a local breeders' association has said.

"Today the health authority served us with an order to slaughter 2,800 buffalo on eleven farms in Santa Lucia al Volturno. Eleven families ruined in a single day," Gennaro Iannotta, president of the Associazione Bufalari del Volturno, wrote in a Facebook post on Sunday.

Iannotta said no animal on the farms was actually sick and that the culls were based only on positive tests. He called the policy "madness" and said breeders would hold a demonstration outside the Campania regional government's headquarters in Naples on Thursday.

Brucellosis, a bacterial infection that can spread to humans through unpasteurised milk, has plagued the Volturno plain north of Naples for years. The region's buffalo herds supply the milk for mozzarella di bufala campana, which has protected designation of origin status and is exported around the world.

Farmers in the area have long demanded permission to vaccinate their herds, arguing that repeated culls are destroying family businesses without eradicating the disease.
""",
"02_es.txt": """Italia ordena sacrificar 2.800 búfalas por brucelosis en la cuna de la mozzarella
ABC

Las autoridades sanitarias italianas han ordenado sacrificar 2.800 búfalas de once granjas de Santa Lucia al Volturno, en la provincia de Caserta, tras detectar animales positivos en brucelosis, según ha denunciado en una publicación en Facebook el presidente de la Asociación de Ganaderos de Búfalas del Volturno, Gennaro Iannotta.

"Once familias arruinadas en un solo día", escribió Iannotta, que sostiene que ninguno de los animales está enfermo y que unas pruebas positivas no justifican "vaciar establos enteros". Los ganaderos reclaman desde hace años que se les permita vacunar a sus reses.

La brucelosis es una infección bacteriana que puede transmitirse a las personas a través de la leche sin pasteurizar. En la llanura del Volturno, al norte de Nápoles, se concentra buena parte de la cabaña de búfalas cuya leche se emplea para elaborar la mozzarella di bufala campana, con denominación de origen protegida, un producto que se vende hoy en la mayoría de los supermercados españoles.
""",
"03_fr.txt": """Italie : 2 800 bufflonnes condamnées à l'abattage, colère des éleveurs de mozzarella
La Croix
19 avril 2027

« Onze familles ruinées en une journée. » C'est en ces termes que Gennaro Iannotta, président d'une association d'éleveurs de bufflonnes de la plaine du Volturno, a annoncé dimanche sur Facebook l'ordre d'abattre 2 800 bêtes dans onze exploitations de Santa Lucia al Volturno, rapporte le quotidien napolitain Il Mattino.

Des animaux ont été testés positifs à la brucellose lors de contrôles en mars, précise le journal. Selon Gennaro Iannotta, aucune bête n'est pourtant malade. Les éleveurs appellent à manifester jeudi devant le siège de la région Campanie, à Naples. Interrogée par Il Mattino, l'autorité sanitaire locale n'a pas réagi.

La brucellose, une infection bactérienne transmissible à l'homme par le lait cru, sévit depuis des années dans la province de Caserte. La filière de la mozzarella di bufala campana, protégée par une appellation d'origine, fait vivre des milliers de familles dans la région, et ses éleveurs réclament depuis longtemps le droit de vacciner leurs troupeaux.
""",
}, [{"name": "Gennaro Iannotta", "in_corpus": False}],
[{"origin": "Gennaro Iannotta", "article": "00_it.txt"},
 {"origin": "Gennaro Iannotta", "article": "01_en.txt"},
 {"origin": "Gennaro Iannotta", "article": "02_es.txt"},
 {"origin": "Il Mattino", "article": "03_fr.txt"}],
[{"text": "Health authorities ordered the culling of 2,800 buffalo on eleven farms in Santa Lucia al Volturno after positive brucellosis tests.",
  "articles": ["00_it.txt", "01_en.txt", "02_es.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Breeders will protest on Thursday in front of the Campania regional government's headquarters in Naples.",
  "articles": ["00_it.txt", "01_en.txt", "03_fr.txt"], "independent_sources": 1}])


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
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, c)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 121 (agriculture; invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
