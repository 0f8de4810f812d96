#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand22 set (events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: two outside agencies. dpa wire relayed with credit (SZ "(dpa)" dateline ticker copy; DW
# "German news agency dpa reported"), without credit (01_de: no outlet line, near-verbatim copy of
# the dpa wire, published before SZ), and merged with AFP (FAZ "berichtete die Deutsche
# Presse-Agentur" + "dpa/AFP" credit line). AFP's own report relayed by Le Figaro ("selon l'AFP",
# "a indiqué à l'AFP", "(avec AFP)").
story("r01_agency_battery_fire", "agency", {
"00_de.txt": """Großbrand in Batterie-Recyclinganlage – zwei Feuerwehrleute verletzt
Süddeutsche Zeitung
2027-03-09T07:40:00+01:00

Hohenstraßwald (dpa) - Bei einem Großbrand in einer Recyclinganlage für Lithium-Ionen-Batterien im bayerischen Hohenstraßwald sind in der Nacht zum Dienstag zwei Feuerwehrleute leicht verletzt worden. Das Feuer war gegen 1.30 Uhr in einer Lagerhalle der Firma Voltarec Recycling ausgebrochen, teilte die Polizei mit. Eine dichte Rauchwolke zog bis zu zwölf Kilometer weit nach Osten.

Die Anwohner in Hohenstraßwald und in den Nachbarorten Unterkessling und Moosbrunn wurden über Warn-Apps aufgefordert, Fenster und Türen geschlossen zu halten und Lüftungs- und Klimaanlagen abzuschalten. Nach Angaben der Stadt bleiben die beiden Grundschulen am Dienstag geschlossen.

Rund 180 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Rettungsdienst waren im Einsatz. Am frühen Morgen war der Brand nach Angaben der Polizei unter Kontrolle, aber noch nicht vollständig gelöscht. Die beiden verletzten Feuerwehrleute erlitten leichte Rauchvergiftungen und wurden ambulant behandelt.

Die Brandursache ist noch unklar, die Kriminalpolizei hat die Ermittlungen aufgenommen. Den Schaden schätzte ein Polizeisprecher auf mehrere Millionen Euro. In der Halle lagerten nach Firmenangaben etwa 400 Tonnen ausgediente Akkus aus Elektroautos.
""",
"01_de.txt": """Feuer in Recyclinganlage in Hohenstraßwald: Anwohner sollen Fenster geschlossen halten
2027-03-09 07:05

Bei einem Großbrand in einer Recyclinganlage für Lithium-Ionen-Batterien in Hohenstraßwald sind in der Nacht zum Dienstag zwei Feuerwehrleute leicht verletzt worden. Das Feuer war gegen 1.30 Uhr in einer Lagerhalle der Firma Voltarec Recycling ausgebrochen, teilte die Polizei mit. Eine dichte Rauchwolke zog bis zu zwölf Kilometer weit nach Osten.

Die Anwohner in Hohenstraßwald sowie in Unterkessling und Moosbrunn wurden über Warn-Apps aufgefordert, Fenster und Türen geschlossen zu halten und Lüftungsanlagen abzuschalten. Nach Angaben der Stadt bleiben die beiden Grundschulen am Dienstag geschlossen.

Rund 180 Einsatzkräfte waren im Einsatz. Am frühen Morgen war der Brand nach Angaben der Polizei unter Kontrolle, aber noch nicht gelöscht. Die Brandursache ist unklar, die Kriminalpolizei ermittelt. Den Schaden schätzte ein Polizeisprecher auf mehrere Millionen Euro.
""",
"02_fr.txt": """Allemagne : incendie géant dans une usine de recyclage de batteries en Bavière
Le Figaro
9 mars 2027

Un violent incendie s'est déclaré dans la nuit de lundi à mardi dans une usine de recyclage de batteries lithium-ion à Hohenstraßwald, en Bavière, blessant légèrement deux pompiers, selon l'AFP.

Le feu a pris vers 1h30 dans un entrepôt de l'entreprise Voltarec Recycling, où étaient stockées plusieurs centaines de tonnes de batteries usagées de voitures électriques. « Les batteries au lithium se rallument sans cesse, c'est un incendie très difficile à éteindre », a indiqué à l'AFP Markus Tiefenbach, porte-parole des pompiers du district.

Les deux pompiers blessés ont été intoxiqués par la fumée et soignés sur place. Un nuage de fumée noire était visible à plusieurs kilomètres à la ronde mardi matin.

Un porte-parole de Voltarec a affirmé à l'agence que le site avait été inspecté par les autorités de contrôle en novembre et qu'« aucun défaut n'avait été constaté ». L'entreprise, qui emploie 140 personnes, a suspendu son activité.

(avec AFP)
""",
"03_de.txt": """Akku-Brand in Hohenstraßwald: Feuerwehr kämpft gegen Glutnester
Frankfurter Allgemeine Zeitung
09.03.2027 12:15

Nach dem Großbrand in einer Recyclinganlage für Lithium-Ionen-Batterien im bayerischen Hohenstraßwald kämpft die Feuerwehr auch am Dienstagmittag noch gegen Glutnester. Das Feuer war in der Nacht gegen 1.30 Uhr in einer Lagerhalle der Firma Voltarec Recycling ausgebrochen, zwei Feuerwehrleute wurden leicht verletzt, wie die Deutsche Presse-Agentur berichtete.

„Lithium-Akkus entzünden sich immer wieder von selbst, das ist ein extrem schwer zu löschender Brand", sagte Feuerwehrsprecher Markus Tiefenbach. Die Rauchwolke zog bis zu zwölf Kilometer weit; Anwohner sollten Fenster und Türen geschlossen halten.

Ein Sprecher von Voltarec sagte, die Anlage sei im November von der Aufsichtsbehörde geprüft worden, Mängel seien nicht festgestellt worden. Das Unternehmen mit 140 Beschäftigten hat den Betrieb vorerst eingestellt. Die Kriminalpolizei ermittelt zur Ursache.

dpa/AFP
""",
"04_en.txt": """Fire at German battery recycling plant injures two firefighters
DW
Tue, 09 Mar 2027 10:30:00 +0000

A large fire broke out overnight at a lithium-ion battery recycling plant in the Bavarian town of Hohenstraßwald, slightly injuring two firefighters, German news agency dpa reported on Tuesday.

The blaze started at around 1:30 a.m. local time in a storage hall belonging to the company Voltarec Recycling, police told dpa. A thick plume of smoke drifted up to 12 kilometers (7.5 miles) east.

Residents of Hohenstraßwald and two neighboring villages were told through warning apps to keep windows and doors shut and to switch off ventilation systems. The town closed its two primary schools for the day.

By early morning the fire was under control but still burning, according to police. About 180 firefighters and rescue workers were deployed. The cause of the fire is not yet known. According to the company, about 400 metric tons of used electric car batteries were stored in the hall.
""",
}, [{"name": "dpa", "in_corpus": False}, {"name": "AFP", "in_corpus": False}],
[("dpa", "00_de.txt"), ("dpa", "01_de.txt"), ("AFP", "02_fr.txt"), ("dpa", "03_de.txt"),
 ("AFP", "03_de.txt"), ("dpa", "04_en.txt")],
[("A fire broke out overnight at a lithium-ion battery recycling plant of Voltarec Recycling in Hohenstraßwald and two firefighters were slightly injured.",
  ["00_de.txt", "01_de.txt", "02_fr.txt", "03_de.txt", "04_en.txt"], 2),
 ("The town closed its two primary schools on Tuesday because of the smoke.",
  ["00_de.txt", "01_de.txt", "04_en.txt"], 1)])

# r02: Der Spiegel exclusive with anonymous sources ("Nach SPIEGEL-Informationen", "aus
# Sicherheitskreisen", "hieß es aus Regierungskreisen"), relayed by tagesschau.de ("Wie der Spiegel
# unter Berufung auf Sicherheitskreise berichtet"; a background sentence mentions "Recherchen von
# NDR, WDR und SZ" from 2025 — not a source of this story), Reuters, Le Monde ("révèle
# l'hebdomadaire allemand Der Spiegel"), Європейська правда.
story("r02_exclusive_machine_exports", "exclusive", {
"00_de.txt": """Exklusiv: Zoll ermittelt gegen Thüringer Maschinenbauer wegen Lieferungen nach Russland
Der Spiegel
2027-04-16T18:00:00+02:00

Das Zollkriminalamt ermittelt nach SPIEGEL-Informationen gegen den Werkzeugmaschinenhersteller Hollbach Präzisionstechnik aus dem thüringischen Ebersgrund. Das Unternehmen soll zwischen Sommer 2025 und Ende 2026 mindestens 23 CNC-Fräsmaschinen über eine Scheinfirma in Armenien nach Russland geliefert haben. Dort sollen die Maschinen bei einem Rüstungszulieferer in der Region Perm gelandet sein.

Wie der SPIEGEL aus Sicherheitskreisen erfuhr, durchsuchten Ermittler bereits am Dienstag die Geschäftsräume von Hollbach in Ebersgrund sowie die Privatwohnungen zweier Manager. Dabei seien E-Mails sichergestellt worden, in denen die Endabnehmer in Russland offen benannt würden. Der Warenwert der Lieferungen soll bei rund 11 Millionen Euro liegen.

Die armenische Firma Araks Trade LLC existierte den Unterlagen zufolge erst seit Frühjahr 2025 und hatte keine eigenen Mitarbeiter. „Das war ein Briefkasten, mehr nicht", sagt ein Ermittler, der nicht namentlich genannt werden will.

In Berlin wird der Fall als ernst eingestuft. „Das ist kein Einzelfall, sondern ein Muster", hieß es aus Regierungskreisen. Das Bundeswirtschaftsministerium wollte sich zu laufenden Verfahren nicht äußern. Hollbach Präzisionstechnik ließ eine Anfrage des SPIEGEL bis Redaktionsschluss unbeantwortet. Den Managern drohen bei einer Verurteilung wegen Verstoßes gegen das Außenwirtschaftsgesetz mehrjährige Haftstrafen.
""",
"01_de.txt": """Verdacht auf Russland-Geschäfte: Zoll ermittelt gegen Maschinenbauer
tagesschau.de
16.04.2027 20:45

Das Zollkriminalamt ermittelt gegen den thüringischen Werkzeugmaschinenhersteller Hollbach Präzisionstechnik. Wie der Spiegel unter Berufung auf Sicherheitskreise berichtet, soll das Unternehmen aus Ebersgrund mindestens 23 CNC-Fräsmaschinen über eine Scheinfirma in Armenien nach Russland geliefert haben.

Dem Bericht zufolge durchsuchten Ermittler bereits am Dienstag die Geschäftsräume des Unternehmens sowie die Wohnungen zweier Manager. Der Warenwert soll bei rund elf Millionen Euro liegen. Die Maschinen seien bei einem Rüstungszulieferer gelandet.

Das Bundeswirtschaftsministerium äußerte sich nicht zu dem Verfahren. Hollbach war für eine Stellungnahme zunächst nicht zu erreichen.

Der Export von Werkzeugmaschinen nach Russland ist wegen der EU-Sanktionen weitgehend verboten. Bereits 2025 hatten Recherchen von NDR, WDR und SZ gezeigt, wie westliche Maschinen über Zwischenhändler in Drittstaaten nach Russland gelangen.
""",
"02_en.txt": """German customs probe machine maker over Russia deliveries - Spiegel
Reuters
2027-04-16T17:30:00+00:00

German customs investigators are examining whether machine tool maker Hollbach Präzisionstechnik delivered at least 23 CNC milling machines to Russia through a front company in Armenia, Der Spiegel reported on Friday, citing security sources.

Investigators searched the company's offices in the eastern German town of Ebersgrund on Tuesday, the magazine said. The goods were worth around 11 million euros ($12 million), according to the report.

Reuters could not independently verify the report. Germany's economy ministry declined to comment on ongoing proceedings.

The European Union has banned most exports of machine tools to Russia since 2022.
""",
"03_fr.txt": """Allemagne : un fabricant de machines-outils soupçonné d'avoir contourné les sanctions contre la Russie
Le Monde
17 avril 2027

Les douanes allemandes enquêtent sur le fabricant de machines-outils Hollbach Präzisionstechnik, établi à Ebersgrund, en Thuringe, soupçonné d'avoir livré au moins 23 fraiseuses à commande numérique à la Russie par l'intermédiaire d'une société écran arménienne, révèle l'hebdomadaire allemand Der Spiegel, vendredi 16 avril.

Selon le magazine, qui cite des sources sécuritaires, les machines, d'une valeur d'environ 11 millions d'euros, auraient abouti chez un sous-traitant de l'industrie d'armement russe. La société arménienne, Araks Trade LLC, n'aurait été qu'une « boîte aux lettres ».

Le ministère allemand de l'économie n'a pas souhaité commenter une procédure en cours. L'entreprise n'avait pas réagi vendredi soir.

Ce n'est pas la première affaire de ce type en Allemagne, où plusieurs entreprises ont été soupçonnées depuis 2023 d'avoir exporté des biens à double usage vers la Russie via l'Asie centrale ou le Caucase.
""",
"04_uk.txt": """Німецька митниця розслідує постачання верстатів до Росії через Вірменію – Spiegel
Європейська правда
17.04.2027 09:10

Митна кримінальна служба Німеччини розслідує діяльність виробника верстатів Hollbach Präzisionstechnik з тюринзького міста Ебересгрунд, який міг постачати до Росії верстати з ЧПК через фіктивну компанію у Вірменії. Про це повідомляє німецький журнал Der Spiegel з посиланням на джерела в безпекових колах.

За даними видання, йдеться щонайменше про 23 фрезерні верстати вартістю близько 11 мільйонів євро, які потрапили до російського постачальника оборонної промисловості. У вівторок слідчі провели обшуки в офісах компанії.

Міністерство економіки Німеччини не коментує розслідування. Експорт верстатів до Росії заборонений санкціями ЄС.
""",
}, [{"name": "Der Spiegel", "in_corpus": True}],
[("Der Spiegel", "01_de.txt"), ("Der Spiegel", "02_en.txt"), ("Der Spiegel", "03_fr.txt"),
 ("Der Spiegel", "04_uk.txt")],
[("German customs investigators are examining whether Hollbach Präzisionstechnik delivered CNC milling machines to Russia through a front company in Armenia.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_fr.txt", "04_uk.txt"], 1),
 ("Investigators searched the company's offices on Tuesday.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "04_uk.txt"], 1)])

# r03: chain RTS (own: "a constaté la RTS sur place", "a confié à la RTS") -> Keystone-SDA German
# wire ("berichtete das Westschweizer Fernsehen RTS", "sagte ... gegenüber RTS") -> swissinfo.ch
# English ("Swiss news agency Keystone-SDA reported"; credits only Keystone-SDA).
story("r03_chain_rockslide", "chain", {
"00_fr.txt": """Menace d'éboulement : 86 habitants de Praz-de-Liène évacués
RTS
2027-05-18T19:30:00+02:00

Quatre-vingt-six habitants du hameau valaisan de Praz-de-Liène ont dû quitter leur domicile mardi en fin d'après-midi. Une masse d'environ 200 000 mètres cubes de roche menace de se détacher de la paroi de la Pointe des Arolles, qui domine le village, a constaté la RTS sur place.

Depuis vendredi, les capteurs installés sur la paroi enregistrent des mouvements de plus de 30 centimètres par jour. « La masse accélère, nous ne pouvions plus prendre le risque de laisser les gens dormir chez eux », a confié à la RTS le géologue cantonal Damien Rossier. Selon lui, un éboulement pourrait se produire « dans les prochains jours, voire les prochaines heures ».

Les habitants ont été relogés dans des hôtels de la station voisine de Verbaz. La route d'accès est fermée et un périmètre de sécurité a été établi. Sur la place du village, plusieurs familles chargeaient encore des voitures en début de soirée. « On part avec les photos et les papiers, le reste, on verra », a glissé une habitante.

La commune tiendra une séance d'information mercredi à 18 heures.
""",
"01_de.txt": """Felssturzgefahr: 86 Bewohner von Praz-de-Liène VS evakuiert
Keystone-SDA
18.05.2027 21:10

Im Walliser Weiler Praz-de-Liène haben 86 Bewohnerinnen und Bewohner am Dienstag wegen Felssturzgefahr ihre Häuser verlassen müssen. Rund 200'000 Kubikmeter Fels drohen von der Wand der Pointe des Arolles abzubrechen, wie das Westschweizer Fernsehen RTS am Dienstagabend berichtete.

Die Messgeräte registrieren seit Freitag Bewegungen von mehr als 30 Zentimetern pro Tag. „Die Masse beschleunigt sich", sagte Kantonsgeologe Damien Rossier gegenüber RTS. Ein Abbruch sei in den nächsten Tagen oder sogar Stunden möglich.

Die Evakuierten wurden in Hotels im benachbarten Ferienort Verbaz untergebracht. Die Zufahrtsstrasse ist gesperrt.
""",
"02_en.txt": """Swiss hamlet evacuated as 200,000 cubic metres of rock threaten to fall
swissinfo.ch
Wed, 19 May 2027 07:45:00 +0000

Eighty-six residents of the hamlet of Praz-de-Liène in canton Valais were evacuated on Tuesday because a mass of around 200,000 cubic metres of rock threatens to break away from the mountain above, Swiss news agency Keystone-SDA reported.

Sensors have been recording movements of more than 30 centimetres a day since Friday. Cantonal geologist Damien Rossier said the rock could come down within days or even hours.

Residents have been put up in hotels in the nearby resort of Verbaz, and the access road has been closed.
""",
}, [{"name": "RTS", "in_corpus": True}],
[("RTS", "01_de.txt"), ("Keystone-SDA", "02_en.txt")],
[("86 residents of Praz-de-Liène were evacuated because about 200,000 cubic metres of rock threaten to break away.",
  ["00_fr.txt", "01_de.txt", "02_en.txt"], 1)])

# r04: two independent own reports: Libération ("selon nos informations", "a-t-on appris de source
# policière") and franceinfo ("a confié à franceinfo"); Ouest-France relays both ("révèle
# Libération" + "a confié ... à franceinfo"); Die Zeit relays only Libération ("berichtete die
# Zeitung Libération unter Berufung auf Polizeikreise" + "sagte ein Ermittler der Zeitung").
story("r04_two_reports_museum_theft", "independent", {
"00_fr.txt": """Trois tableaux d'Émile Dorval volés au musée Hortense-Vallier de Montargy-les-Bains
Libération
2027-06-07T11:20:00+02:00

Trois toiles du peintre Émile Dorval ont été dérobées dans la nuit de dimanche à lundi au musée Hortense-Vallier de Montargy-les-Bains, a-t-on appris de source policière. Selon nos informations, les voleurs se sont introduits par un puits de lumière du toit, à l'aide d'une corde, et sont repartis en moins d'un quart d'heure.

Le système d'alarme de la salle Dorval avait été partiellement désactivé depuis début mai en raison de travaux de rénovation de la toiture, toujours selon nos informations. Le vol n'a été découvert que lundi à 7h30 par un agent d'entretien.

Les trois œuvres, dont la célèbre Lavandière au bord de l'Ource, sont estimées à environ 2,5 millions d'euros. L'enquête a été confiée à l'Office central de lutte contre le trafic des biens culturels (OCBC). « C'est un travail de professionnels, ils savaient exactement ce qu'ils venaient chercher », souffle un enquêteur.
""",
"01_fr.txt": """Vol au musée de Montargy-les-Bains : « Nous sommes effondrés », confie la directrice
franceinfo
2027-06-07 12:05

Le musée Hortense-Vallier de Montargy-les-Bains est resté fermé lundi après le vol de trois tableaux d'Émile Dorval, le peintre le plus célèbre de la ville, dans la nuit de dimanche à lundi.

« Nous sommes effondrés. Ces tableaux, c'est l'âme du musée, les habitants de Montargy ont grandi avec eux », a confié à franceinfo la directrice du musée, Claire Aubertin, jointe par téléphone. Parmi les œuvres volées figurent La Lavandière au bord de l'Ource, un Port de Saint-Erme et un petit autoportrait de 1887.

La directrice lance un appel : « Ces toiles sont connues, photographiées, répertoriées. Elles sont invendables. Rendez-les. » Le musée, qui accueille environ 40 000 visiteurs par an, ne rouvrira pas avant la fin de la semaine.
""",
"02_fr.txt": """Montargy-les-Bains : trois toiles de Dorval volées au musée
Ouest-France
7 juin 2027

Trois tableaux d'Émile Dorval ont été volés dans la nuit de dimanche à lundi au musée Hortense-Vallier de Montargy-les-Bains, révèle Libération. Le vol a été découvert lundi matin.

« Nous sommes effondrés. Ces tableaux, c'est l'âme du musée », a confié la directrice Claire Aubertin à franceinfo. Parmi les œuvres dérobées figure La Lavandière au bord de l'Ource, le tableau le plus connu du peintre.

L'Office central de lutte contre le trafic des biens culturels a été saisi de l'enquête.
""",
"03_de.txt": """Kunstraub in Frankreich: Drei Gemälde von Émile Dorval gestohlen
Die Zeit
8. Juni 2027

Aus dem Museum Hortense-Vallier in der französischen Kleinstadt Montargy-les-Bains sind drei Gemälde des Malers Émile Dorval gestohlen worden. Die Täter seien in der Nacht zum Montag über ein Oberlicht im Dach eingestiegen und hätten sich an einem Seil abgeseilt, berichtete die Zeitung Libération unter Berufung auf Polizeikreise.

Die Alarmanlage des Saals sei wegen Renovierungsarbeiten am Dach teilweise abgeschaltet gewesen. „Das war Profiarbeit, sie wussten genau, was sie wollten", sagte ein Ermittler der Zeitung. Der Wert der drei Bilder wird auf rund 2,5 Millionen Euro geschätzt.
""",
}, [{"name": "Libération", "in_corpus": True}, {"name": "franceinfo", "in_corpus": True}],
[("Libération", "02_fr.txt"), ("franceinfo", "02_fr.txt"), ("Libération", "03_de.txt")],
[("Three paintings by Émile Dorval were stolen overnight from the Hortense-Vallier museum in Montargy-les-Bains.",
  ["00_fr.txt", "01_fr.txt", "02_fr.txt", "03_de.txt"], 2),
 ("The thieves got in through a skylight in the roof, using a rope.",
  ["00_fr.txt", "03_de.txt"], 1)])

# r05: outside agency Belga, relayed by GrenzEcho ("meldet die Nachrichtenagentur Belga", "(Belga)")
# and The Brussels Times ("Belga News Agency reported"); RTBF relays Belga ("selon Belga",
# "a indiqué ... à l'agence Belga") and adds its own interview ("a confié à la RTBF", "La RTBF
# s'est rendue sur place"): edge from Belga + RTBF as in-corpus origin.
story("r05_relay_plus_interview_gym_roof", "relay_plus_own", {
"00_fr.txt": """Hennevaux : le toit de la salle de sport de l'athénée s'effondre sous le poids de la neige
RTBF
2027-01-21T13:40:00+01:00

Le toit de la salle de sport de l'Athénée royal de Hennevaux s'est effondré dans la nuit de mercredi à jeudi sous le poids de la neige, selon Belga. Personne ne se trouvait dans le bâtiment au moment des faits et il n'y a pas de blessé.

« Une partie de la charpente a cédé vers 3 heures du matin, un voisin a entendu un grand fracas et a appelé les pompiers », a indiqué le bourgmestre Philippe Lenoir à l'agence Belga. Les pompiers ont sécurisé le site et un expert en stabilité doit examiner le reste du bâtiment.

La RTBF s'est rendue sur place jeudi matin. Derrière les barrières, le préau est encombré de poutres et de tôles. « Hier après-midi encore, deux classes de cinquième avaient gym ici. Quand j'y pense, j'en ai des frissons », a confié à la RTBF la préfète de l'athénée, Nathalie Gérard. Selon elle, la direction avait signalé en décembre des infiltrations d'eau au pouvoir organisateur.

La Fédération Wallonie-Bruxelles annonce une inspection des toitures des salles de sport construites à la même époque.
""",
"01_de.txt": """Turnhallendach in Hennevaux unter Schneelast eingestürzt
GrenzEcho
21.01.2027 14:30

Hennevaux (Belga) - In der wallonischen Gemeinde Hennevaux ist in der Nacht zum Donnerstag das Dach der Turnhalle des Königlichen Athenäums unter der Schneelast eingestürzt. Verletzt wurde niemand, da sich zu dieser Zeit niemand im Gebäude aufhielt, meldet die Nachrichtenagentur Belga.

Ein Teil des Dachstuhls sei gegen 3 Uhr nachgegeben, sagte Bürgermeister Philippe Lenoir. Ein Nachbar habe einen lauten Knall gehört und die Feuerwehr alarmiert. Der Unterricht für die rund 600 Schülerinnen und Schüler fiel am Donnerstag aus. Ein Statiker soll den Rest des Gebäudes prüfen.
""",
"02_en.txt": """Sports hall roof collapses under snow at Hennevaux school
The Brussels Times
Thu, 21 Jan 2027 15:10:00 +0000

The roof of the sports hall at the Athénée royal in the Walloon municipality of Hennevaux collapsed under the weight of snow overnight from Wednesday to Thursday, Belga News Agency reported. No one was inside and nobody was hurt.

Part of the roof structure gave way at around 3:00 a.m., mayor Philippe Lenoir told Belga. A neighbour heard a loud crash and alerted the fire brigade.

Classes were cancelled on Thursday for the school's roughly 600 pupils while a structural engineer inspects the rest of the building.
""",
}, [{"name": "Belga", "in_corpus": False}, {"name": "RTBF", "in_corpus": True}],
[("Belga", "00_fr.txt"), ("Belga", "01_de.txt"), ("Belga", "02_en.txt")],
[("The roof of the sports hall of the Athénée royal in Hennevaux collapsed under snow overnight and nobody was injured.",
  ["00_fr.txt", "01_de.txt", "02_en.txt"], 2),
 ("Classes were cancelled on Thursday for the school's roughly 600 pupils.",
  ["01_de.txt", "02_en.txt"], 1)])

# r06: a sub-prefecture press communiqué relayed by four outlets without any medium credited
# ("indique la sous-préfecture dans un communiqué", "selon un communiqué de la sous-préfecture",
# "a annoncé la sous-préfecture" (Le Parisien, no date line), "teilte die Unterpräfektur ... mit").
# Labelled like an official's platform post: the body is the origin outside the corpus.
story("r06_communique_warehouse_fire", "communique", {
"00_fr.txt": """Incendie dans un entrepôt d'engrais à Niederwendel : confinement des habitants dans un rayon de 2 km
franceinfo
2027-07-12T10:05:00+02:00

Un incendie s'est déclaré lundi vers 6h30 dans un entrepôt d'engrais de la coopérative agricole Agrisel à Niederwendel. Les habitants situés dans un rayon de deux kilomètres autour du site doivent rester confinés chez eux, indique la sous-préfecture dans un communiqué.

« Par mesure de précaution, il est demandé aux habitants de rester à l'intérieur, de fermer portes et fenêtres et de ne pas aller chercher les enfants à l'école », précise le communiqué. Environ 1 400 personnes sont concernées. La route départementale 263 est coupée entre Niederwendel et Oberhausach.

Quelque 90 sapeurs-pompiers sont mobilisés. L'entrepôt contenait environ 300 tonnes d'engrais azotés. Des mesures de la qualité de l'air sont en cours, selon la sous-préfecture. Aucun blessé n'est à déplorer.
""",
"01_fr.txt": """Niederwendel : le confinement levé après l'incendie d'un entrepôt d'engrais
Le Figaro
2027-07-12 18:40

Le confinement des quelque 1 400 habitants vivant dans un rayon de deux kilomètres autour d'un entrepôt d'engrais en feu à Niederwendel a été levé lundi à 18 heures, selon un communiqué de la sous-préfecture.

L'incendie, qui s'était déclaré vers 6h30 dans un bâtiment de la coopérative Agrisel, est maîtrisé. « Les mesures de la qualité de l'air réalisées tout au long de la journée n'ont pas révélé de concentration dangereuse », indique la sous-préfecture. La route départementale 263 reste fermée à la circulation jusqu'à mardi matin.

Une enquête a été ouverte pour déterminer l'origine du sinistre.
""",
"02_fr.txt": """Incendie à Niederwendel : 1 400 habitants confinés
Le Parisien

Un incendie s'est déclaré lundi matin dans un entrepôt de stockage d'engrais de la coopérative Agrisel à Niederwendel. Les quelque 1 400 habitants vivant à moins de deux kilomètres du site ont reçu l'ordre de rester chez eux, portes et fenêtres fermées, a annoncé la sous-préfecture.

Environ 300 tonnes d'engrais étaient stockées dans le bâtiment. Une quarantaine d'engins et 90 pompiers sont sur place. Il n'y a pas de blessé, précise la sous-préfecture, qui demande aux parents de ne pas se rendre dans les écoles.
""",
"03_de.txt": """Brand in Düngemittellager im Elsass: Anwohner sollen Häuser nicht verlassen
SWR Aktuell
12.07.2027 11:20

Im elsässischen Niederwendel ist am Montagmorgen ein Feuer in einem Düngemittellager ausgebrochen. Die rund 1.400 Menschen, die im Umkreis von zwei Kilometern wohnen, sollen ihre Häuser nicht verlassen und Fenster und Türen geschlossen halten, teilte die zuständige Unterpräfektur in Niederwendel mit.

Das Feuer brach gegen 6.30 Uhr in einer Halle der Agrargenossenschaft Agrisel aus. Dort lagerten rund 300 Tonnen Stickstoffdünger. Verletzt wurde niemand. Die Unterpräfektur kündigte an, die Ausgangsbeschränkung am Abend aufzuheben, sofern die Luftmessungen unauffällig bleiben.
""",
}, [{"name": "Sous-préfecture de Niederwendel", "in_corpus": False}],
[("Sous-préfecture de Niederwendel", "00_fr.txt"), ("Sous-préfecture de Niederwendel", "01_fr.txt"),
 ("Sous-préfecture de Niederwendel", "02_fr.txt"), ("Sous-préfecture de Niederwendel", "03_de.txt")],
[("About 1,400 residents living within two kilometres of the burning Agrisel fertiliser warehouse in Niederwendel were told to stay indoors.",
  ["00_fr.txt", "01_fr.txt", "02_fr.txt", "03_de.txt"], 1)])

# r07: Suspilne's own report ("Кореспондентка Суспільного побувала на місці", "розповіла нашій
# кореспондентці"); an uncredited close
# Russian translation the next morning keeps "рассказала нашему корреспонденту"; Der Standard
# relays with credit ("berichtete der ukrainische öffentlich-rechtliche Rundfunk Suspilne",
# "sagte ... dem Sender").
story("r07_translation_coin_hoard", "translation", {
"00_uk.txt": """Школярі знайшли на Поліссі глечик із 312 срібними монетами XVII століття
Суспільне
2027-09-14T10:15:00+03:00

Троє учнів місцевої школи знайшли біля села Верхні Бережки глиняний глечик із 312 срібними монетами XVII століття. Скарб діти помітили в суботу під час шкільного походу: після зливи з підмитого берега струмка стирчав край посудини. Кореспондентка Суспільного побувала на місці знахідки.

«Діти зробили все правильно: нічого не викопували самі, сфотографували й одразу покликали вчителя», — розповіла нашій кореспондентці археологиня Ярина Сокирко, яка приїхала на виклик у неділю. За її словами, більшість монет — польсько-литовські півтораки та шведські соліди 1620–1650-х років.

«Найімовірніше, скарб заховали під час козацьких воєн, коли люди тікали й закопували найцінніше», — пояснила Сокирко. Монети передадуть до обласного краєзнавчого музею, де їх очистять і вивчать.

Шестикласник Марко, який першим помітив глечик, зізнався, що спершу подумав, ніби це звичайний камінь. Учні отримають винагороду, передбачену законом.
""",
"01_ru.txt": """Школьники нашли на Полесье кувшин с 312 серебряными монетами XVII века
Полесский курьер
15.09.2027 08:40

Трое учеников местной школы нашли возле села Верхние Бережки глиняный кувшин с 312 серебряными монетами XVII века. Клад дети заметили в субботу во время школьного похода: после ливня из подмытого берега ручья торчал край сосуда.

«Дети сделали всё правильно: ничего не выкапывали сами, сфотографировали и сразу позвали учителя», — рассказала нашему корреспонденту археолог Ярина Сокирко, которая приехала на вызов в воскресенье. По её словам, большинство монет — польско-литовские полтораки и шведские солиды 1620–1650-х годов.

«Скорее всего, клад спрятали во время казацких войн, когда люди бежали и закапывали самое ценное», — пояснила Сокирко. Монеты передадут в областной краеведческий музей.

Шестиклассник Марко, который первым заметил кувшин, признался, что сначала подумал, будто это обычный камень.
""",
"02_de.txt": """Schulkinder finden Münzschatz aus dem 17. Jahrhundert in der Ukraine
Der Standard
16. September 2027

Drei Schulkinder haben in der Ukraine bei einem Schulausflug einen Tonkrug mit 312 Silbermünzen aus dem 17. Jahrhundert entdeckt. Der Krug habe nach einem Starkregen aus dem ausgewaschenen Ufer eines Baches beim Dorf Werchni Bereschky geragt, berichtete der ukrainische öffentlich-rechtliche Rundfunk Suspilne.

„Die Kinder haben alles richtig gemacht", sagte die Archäologin Jaryna Sokyrko dem Sender. Die meisten Münzen seien polnisch-litauische und schwedische Prägungen aus den Jahren 1620 bis 1650. Vermutlich sei der Schatz während der Kosakenkriege versteckt worden. Die Münzen sollen in einem Regionalmuseum untersucht werden.
""",
}, [{"name": "Суспільне", "in_corpus": True}],
[("Суспільне", "01_ru.txt"), ("Суспільне", "02_de.txt")],
[("Three schoolchildren found a clay jug with 312 silver coins from the 17th century near the village of Verkhni Berezhky.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt"], 1)])

# r08: a mayor's Telegram post relayed by four outlets without any medium credited: uk "повідомив у
# своєму Telegram-каналі", ru "написал в своём Telegram-канале", de "schrieb ... auf Telegram",
# fr (neither outlet nor date line) "a écrit ... sur sa chaîne Telegram".
story("r08_platform_post_water_outage", "platform_post", {
"00_uk.txt": """Зорянськ залишився без води після удару по підстанції
Укрінформ
2027-11-03T08:50:00+02:00

Близько 180 тисяч мешканців Зорянська залишилися без централізованого водопостачання після нічної атаки дронів на електропідстанцію, яка живить головну насосну станцію міста. Про це повідомив у своєму Telegram-каналі міський голова Остап Вербицький.

«Насосна станція знеструмлена, резервні генератори забезпечують лише роботу лікарень. Ремонтники вже працюють, орієнтовно на відновлення потрібно дві доби», — написав Вербицький.

За його словами, у місті організовано 24 пункти видачі питної води, адреси яких опубліковано на сайті міськради. Навчання в школах у середу та четвер переведено в дистанційний формат. Постраждалих унаслідок атаки немає.
""",
"01_ru.txt": """Зорянск без воды: мэр рассказал о сроках восстановления
Зорянские ведомости
03.11.2027 09:30

Около 180 тысяч жителей Зорянска остались без водоснабжения после ночной атаки беспилотников на подстанцию, питающую главную насосную станцию, написал в своём Telegram-канале мэр города Остап Вербицкий.

По его словам, резервные генераторы обеспечивают только работу больниц, на восстановление потребуется около двух суток. В городе открыты 24 пункта раздачи питьевой воды. Школы в среду и четверг перешли на дистанционное обучение. Пострадавших нет.
""",
"02_de.txt": """Ukraine: 180.000 Menschen in Sorjansk ohne Wasser
Der Standard
3. November 2027

Nach einem nächtlichen Drohnenangriff auf ein Umspannwerk sind in der ukrainischen Stadt Sorjansk rund 180.000 Menschen ohne fließendes Wasser. Das Umspannwerk versorgt die wichtigste Pumpstation der Stadt mit Strom, schrieb Bürgermeister Ostap Werbyzkyj am Mittwochmorgen auf Telegram.

Die Reparatur werde voraussichtlich zwei Tage dauern, Notstromaggregate versorgten nur die Krankenhäuser. In der Stadt wurden 24 Ausgabestellen für Trinkwasser eingerichtet, die Schulen stellten auf Fernunterricht um. Verletzt wurde nach Angaben des Bürgermeisters niemand.
""",
"03_fr.txt": """Ukraine : 180 000 habitants de Zoriansk privés d'eau après une frappe de drones

Environ 180 000 habitants de Zoriansk, dans le centre de l'Ukraine, sont privés d'eau courante depuis une attaque de drones qui a visé dans la nuit de mardi à mercredi la sous-station électrique alimentant la principale station de pompage de la ville, a écrit mercredi le maire Ostap Verbytsky sur sa chaîne Telegram.

« Il faudra environ deux jours pour rétablir l'alimentation », a-t-il précisé. Vingt-quatre points de distribution d'eau potable ont été ouverts et les écoles passent à l'enseignement à distance. Aucun blessé n'est à déplorer.
""",
}, [{"name": "Ostap Verbytskyi", "in_corpus": False}],
[("Ostap Verbytskyi", "00_uk.txt"), ("Ostap Verbytskyi", "01_ru.txt"), ("Ostap Verbytskyi", "02_de.txt"),
 ("Ostap Verbytskyi", "03_fr.txt")],
[("About 180,000 residents of Zoriansk were left without running water after a drone attack on the substation powering the main pumping station.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_fr.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 22 (invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
