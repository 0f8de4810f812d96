#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand73 set.

Elections and opinion polls (English, German, Polish, French). Polls, parties, candidates and
people are invented; outlet, agency and institution names are real or real-sounding.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a polling firm's own published release (Horyzont, out of corpus) relayed by five outlets:
# pl "wynika z najnowszego sondażu pracowni Horyzont" + "czytamy w komunikacie"; en "according to a
# poll published on Tuesday by the Warsaw-based research firm Horyzont"; de "geht aus einer am
# Dienstag veröffentlichten Umfrage des Warschauer Instituts Horyzont hervor"; fr "selon un sondage de
# l'institut polonais Horyzont publié mardi"; second pl without outlet line (title suffix)
# "Jak wynika z komunikatu opublikowanego przez Horyzont".
story("r01_pollster_release_pl", "pollster_release", {
"00_pl.txt": """Sondaż Horyzontu: Ruch 2030 po raz pierwszy na trzecim miejscu
Onet Wiadomości
2027-03-23 10:40

Koalicja Jutra prowadzi z 29 proc. poparcia, a Ruch 2030 po raz pierwszy awansował na trzecie miejsce – wynika z najnowszego sondażu pracowni Horyzont, opublikowanego we wtorek rano na jej stronie internetowej.

Na Przymierze Narodowe chce głosować 25 proc. ankietowanych. Ruch 2030 uzyskał 11 proc., o cztery punkty procentowe więcej niż w lutym. Lewica Obywatelska ma 8 proc., a Wspólnota Ludowa 5 proc. Odpowiedzi „nie wiem” udzieliło 12 proc. badanych.

„Wzrost Ruchu 2030 to największa miesięczna zmiana, jaką odnotowaliśmy od początku kadencji. Partia zyskuje przede wszystkim wśród wyborców w wieku 25–39 lat” – czytamy w komunikacie, pod którym podpisała się dyrektor pracowni Agnieszka Sobolewska.

Badanie przeprowadzono w dniach 18–20 marca metodą mieszaną (CATI i CAWI) na reprezentatywnej próbie 1008 dorosłych Polaków.
""",
"01_en.txt": """New party Ruch 2030 climbs to third place in Polish poll
Notes from Poland
March 23, 2027

The young liberal party Ruch 2030 has overtaken the Civic Left to become Poland's third most popular party for the first time, according to a poll published on Tuesday by the Warsaw-based research firm Horyzont.

The survey puts Ruch 2030 on 11%, up four points from February. The governing Koalicja Jutra (Coalition of Tomorrow) remains in the lead with 29%, ahead of the national-conservative Przymierze Narodowe (National Alliance) on 25%.

In a statement accompanying the results, Horyzont's director Agnieszka Sobolewska called the rise "the largest monthly shift we have recorded this parliamentary term", driven mainly by voters aged 25 to 39.

The poll was conducted on 18-20 March among 1,008 adults. Parliamentary elections are due in the autumn.
""",
"02_de.txt": """Polen: Neue Partei Ruch 2030 erstmals drittstärkste Kraft
Deutsche Welle
23.03.2027 14:15

In Polen ist die junge liberale Partei Ruch 2030 in der Wählergunst erstmals auf Platz drei vorgerückt. Das geht aus einer am Dienstag veröffentlichten Umfrage des Warschauer Instituts Horyzont hervor.

Demnach kommt Ruch 2030 auf elf Prozent, vier Punkte mehr als im Februar. Stärkste Kraft bleibt die regierende Koalicja Jutra (Koalition von morgen) mit 29 Prozent vor dem nationalkonservativen Przymierze Narodowe mit 25 Prozent.

Institutsleiterin Agnieszka Sobolewska spricht in der Mitteilung zu der Erhebung von der „größten Verschiebung innerhalb eines Monats" in dieser Legislaturperiode. Befragt wurden vom 18. bis 20. März 1008 Erwachsene. Im Herbst wird in Polen ein neues Parlament gewählt.
""",
"03_fr.txt": """Pologne : le jeune parti Ruch 2030 grimpe à la troisième place
Ouest-France
23 mars 2027

Le parti libéral Ruch 2030, fondé il y a deux ans, s'installe pour la première fois à la troisième place des intentions de vote en Pologne, selon un sondage de l'institut polonais Horyzont publié mardi.

Crédité de 11 % (+4 points en un mois), Ruch 2030 devance désormais la Gauche citoyenne (8 %). La Koalicja Jutra, au pouvoir, reste en tête avec 29 %, devant l'Alliance nationale (Przymierze Narodowe, 25 %).

Dans son communiqué, la directrice de l'institut, Agnieszka Sobolewska, évoque « la plus forte variation mensuelle » mesurée depuis le début de la législature. L'enquête a été réalisée du 18 au 20 mars auprès de 1 008 adultes. Les élections législatives auront lieu à l'automne.
""",
"04_pl.txt": """Ruch 2030 wyprzedza Lewicę Obywatelską. Nowy sondaż | Gazeta Wyborcza
23.03.2027 16:02

Ruch 2030 ma 11 proc. poparcia i jest trzecią siłą na scenie politycznej. Jak wynika z komunikatu opublikowanego we wtorek przez pracownię Horyzont, partia zyskała w ciągu miesiąca cztery punkty.

Prowadzi Koalicja Jutra (29 proc.), przed Przymierzem Narodowym (25 proc.). Lewica Obywatelska, która jeszcze w lutym była trzecia, spadła na czwarte miejsce z 8 proc.

Pracownia podaje, że to największa miesięczna zmiana w tej kadencji. Sondaż zrealizowano 18–20 marca na próbie 1008 osób.
""",
}, [{"name": "Horyzont", "in_corpus": False}],
[{"origin": "Horyzont", "article": a} for a in ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_pl.txt"]],
[
 {"text": "In the Horyzont poll Ruch 2030 rose four points to 11% and became the third-strongest party for the first time.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_pl.txt"], "independent_sources": 1},
 {"text": "Koalicja Jutra leads the Horyzont poll with 29%, ahead of Przymierze Narodowe with 25%.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt", "04_pl.txt"], "independent_sources": 1},
])

# r02: a poll commissioned by a newspaper: Le Figaro's own report ("notre sondage Sondavia pour Le
# Figaro", "explique au Figaro") is the in-corpus origin; relays: fr "selon un sondage Sondavia pour
# Le Figaro publié samedi"; en "a Sondavia poll for Le Figaro"; de "Umfrage des Instituts Sondavia im
# Auftrag der konservativen Zeitung Le Figaro"; pl "sondaż pracowni Sondavia dla dziennika Le Figaro".
# The polling firm that carried out the commissioned poll is not an origin of its own.
story("r02_newspaper_poll_fr", "commissioned_poll", {
"00_fr.txt": """Présidentielle : Claire Duvernoy repasse en tête, selon notre sondage
Le Figaro
2027-04-03T06:00:00+02:00

À huit jours du premier tour, Claire Duvernoy (Renouveau citoyen) reprend la tête des intentions de vote avec 23 %, d'une courte encablure devant Bastien Roche-Marand (Union des territoires, 22 %), selon notre sondage Sondavia pour Le Figaro réalisé du 30 mars au 1er avril.

Inès Kaddour-Lefort (Gauche commune) se maintient à 17 %. Loin derrière, aucun autre candidat ne dépasse 8 %. Au second tour, Claire Duvernoy l'emporterait par 52 % contre 48 % face à Bastien Roche-Marand, un écart qui reste dans la marge d'erreur.

« La dynamique de Bastien Roche-Marand s'est tassée après le débat de mardi, mais rien n'est joué : un électeur sur trois dit encore pouvoir changer d'avis », explique au Figaro Jérôme Vasseur, directeur du pôle opinion de Sondavia.

L'enquête a été menée en ligne auprès de 1 503 personnes inscrites sur les listes électorales, issues d'un échantillon représentatif de la population française.
""",
"01_fr.txt": """Sondage : Duvernoy devance de peu Roche-Marand à huit jours du premier tour
Le Parisien
3 avril 2027

Claire Duvernoy recueillerait 23 % des intentions de vote au premier tour de la présidentielle, contre 22 % pour Bastien Roche-Marand, selon un sondage Sondavia pour Le Figaro publié samedi.

La candidate de Renouveau citoyen l'emporterait au second tour avec 52 % des voix, toujours d'après cette enquête. Inès Kaddour-Lefort (Gauche commune) est créditée de 17 %.

Interrogé par le quotidien, le directeur du pôle opinion de Sondavia, Jérôme Vasseur, estime que « rien n'est joué », un électeur sur trois se disant encore susceptible de changer d'avis.
""",
"02_en.txt": """Duvernoy edges back ahead in French presidential race, poll shows
Politico Europe
2027-04-03 11:20

Centrist candidate Claire Duvernoy has narrowly regained the lead in France's presidential race a week before the first round, a Sondavia poll for Le Figaro published on Saturday shows.

Duvernoy, of the Renouveau citoyen party, is on 23%, one point ahead of Bastien Roche-Marand of the Union des territoires. Left-wing candidate Inès Kaddour-Lefort is third on 17%.

In a runoff, the poll has Duvernoy beating Roche-Marand by 52% to 48%, within the margin of error. Sondavia's Jérôme Vasseur told the conservative daily that one voter in three could still change their mind.

The first round is on April 11.
""",
"03_de.txt": """Frankreich-Wahl: Duvernoy knapp vorn
Der Spiegel
3. April 2027

Gut eine Woche vor der ersten Runde der französischen Präsidentschaftswahl liegt die Kandidatin Claire Duvernoy wieder knapp vorn. In einer Umfrage des Instituts Sondavia im Auftrag der konservativen Zeitung Le Figaro kommt sie auf 23 Prozent.

Ihr Rivale Bastien Roche-Marand von der Union des territoires erreicht 22 Prozent, die Linke Inès Kaddour-Lefort 17 Prozent. In einer Stichwahl würde sich Duvernoy der Umfrage zufolge mit 52 zu 48 Prozent gegen Roche-Marand durchsetzen.

Das Rennen sei offen, sagte der Sondavia-Meinungsforscher Jérôme Vasseur dem Blatt. Jeder dritte Befragte könne seine Entscheidung noch ändern.
""",
"04_pl.txt": """Wybory we Francji. Duvernoy minimalnie przed Roche-Marandem
Rzeczpospolita
03.04.2027 13:30

Claire Duvernoy z ugrupowania Renouveau citoyen prowadzi w wyścigu o fotel prezydenta Francji z 23 proc. poparcia – wynika z sondażu pracowni Sondavia dla dziennika „Le Figaro”.

Bastien Roche-Marand może liczyć na 22 proc., a Inès Kaddour-Lefort na 17 proc. W drugiej turze Duvernoy wygrałaby stosunkiem głosów 52 do 48 proc.

Pierwsza tura wyborów odbędzie się 11 kwietnia.
""",
}, [{"name": "Le Figaro", "in_corpus": True}],
[{"origin": "Le Figaro", "article": a} for a in ["01_fr.txt", "02_en.txt", "03_de.txt", "04_pl.txt"]],
[
 {"text": "In the Sondavia poll for Le Figaro, Claire Duvernoy leads the first round with 23% ahead of Bastien Roche-Marand with 22%.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_pl.txt"], "independent_sources": 1},
 {"text": "The poll has Duvernoy winning a runoff against Roche-Marand by 52% to 48%.",
  "articles": ["00_fr.txt", "01_fr.txt", "02_en.txt", "03_de.txt", "04_pl.txt"], "independent_sources": 1},
])

# r03: an electoral commission's official results (Państwowa Komisja Wyborcza, out of corpus) taken
# directly by four outlets: pl "podała … Państwowa Komisja Wyborcza" + "według oficjalnych danych
# PKW"; en "the National Electoral Commission (PKW) announced"; de "wie die Staatliche Wahlkommission
# (PKW) … mitteilte"; fr (no date line) "selon les résultats officiels publiés par la Commission
# électorale nationale (PKW)".
story("r03_electoral_commission_pl", "official_results", {
"00_pl.txt": """PKW podała oficjalne wyniki. Koalicja Jutra wygrywa, ale bez większości
Gazeta Wyborcza
19.10.2027 08:15

Koalicja Jutra wygrała niedzielne wybory do Sejmu, zdobywając 30,8 proc. głosów i 181 mandatów – podała we wtorek nad ranem Państwowa Komisja Wyborcza. To o 50 mandatów za mało, by samodzielnie rządzić.

Przymierze Narodowe otrzymało 29,4 proc. głosów i 172 mandaty. Według oficjalnych danych PKW do Sejmu weszły jeszcze trzy ugrupowania: Ruch 2030 (9,6 proc., 52 mandaty), Lewica Obywatelska (8,1 proc., 40 mandatów) i Wspólnota Ludowa (5,3 proc., 15 mandatów).

Frekwencja wyniosła 67,9 proc. „Wybory przebiegły sprawnie, do komisji wpłynęło niewiele protestów” – powiedział na konferencji prasowej przewodniczący PKW sędzia Henryk Zawadowski.
""",
"01_en.txt": """Poland election: Coalition of Tomorrow wins most seats but falls short of majority
Euronews
2027-10-19T09:30:00+02:00

Poland's governing Koalicja Jutra (Coalition of Tomorrow) has won Sunday's parliamentary election but fallen short of a majority, the National Electoral Commission (PKW) announced early on Tuesday.

According to the official results, the party took 30.8% of the vote and 181 of the 460 seats in the Sejm. The National Alliance (Przymierze Narodowe) came second with 29.4% and 172 seats. Ruch 2030 won 52 seats, the Civic Left 40 and the agrarian Wspólnota Ludowa 15.

Turnout was 67.9%, the commission said. A majority in the lower house requires 231 seats.
""",
"02_de.txt": """Parlamentswahl in Polen: Regierungspartei siegt ohne eigene Mehrheit
tagesschau.de
19.10.2027 10:05

Die regierende Koalicja Jutra hat die Parlamentswahl in Polen gewonnen, aber ihre absolute Mehrheit verfehlt. Wie die Staatliche Wahlkommission (PKW) am Dienstagmorgen mitteilte, kam die Partei auf 30,8 Prozent der Stimmen und 181 der 460 Sitze im Sejm.

Zweitstärkste Kraft wurde das nationalkonservative Przymierze Narodowe mit 29,4 Prozent und 172 Mandaten. Die liberale Partei Ruch 2030 erhielt nach dem amtlichen Endergebnis 52 Sitze, die Bürgerlinke 40 und die Bauernpartei Wspólnota Ludowa 15.

Die Wahlbeteiligung lag laut Wahlkommission bei 67,9 Prozent.
""",
"03_fr.txt": """Législatives en Pologne : la Koalicja Jutra en tête mais sans majorité
Le Monde

La Koalicja Jutra, au pouvoir, arrive en tête des élections législatives polonaises de dimanche avec 30,8 % des voix et 181 sièges sur 460, selon les résultats officiels publiés mardi par la Commission électorale nationale (PKW). Il lui manque 50 sièges pour gouverner seule.

L'Alliance nationale (Przymierze Narodowe) obtient 29,4 % et 172 sièges. Le parti libéral Ruch 2030, avec 52 députés, pourrait jouer les faiseurs de roi. La participation s'est établie à 67,9 %, a précisé la commission.
""",
}, [{"name": "Państwowa Komisja Wyborcza", "in_corpus": False}],
[{"origin": "Państwowa Komisja Wyborcza", "article": a} for a in ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"]],
[
 {"text": "Koalicja Jutra won the Sejm election with 30.8% and 181 of 460 seats, short of a majority.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Przymierze Narodowe came second with 29.4% and 172 seats.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Turnout in the election was 67.9%.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
])

# r04: a candidate's own post on X (Gareth Pryce-Holloway, out of corpus), quoted directly by five
# outlets: en "In a post on X" + "he wrote"; en "said in a statement posted to X"; de "schrieb … auf
# der Plattform X"; pl "napisał w serwisie X"; fr (no outlet line, title suffix) "a-t-il écrit sur X".
story("r04_candidate_x_post_uk", "social_post", {
"00_en.txt": """Commonwealth Party leader Pryce-Holloway quits after by-election defeat
The Independent
2027-06-11 08:05

Gareth Pryce-Holloway has resigned as leader of the Commonwealth Party hours after failing to win the Harcombe and Stowley by-election, which his party had called its best chance of a first seat in the Commons.

In a post on X shortly after 7am on Friday, he wrote: "The voters of Harcombe and Stowley have given their verdict and I accept it. I am stepping down as leader of the Commonwealth Party with immediate effect."

Pryce-Holloway added that his deputy, Fiona Latchford, would lead the party on an interim basis until a leadership contest in September. "The party is bigger than any one person," he wrote.

The seat was won by Priya Castellan of the Civic Alliance.
""",
"01_en.txt": """Pryce-Holloway resigns as Commonwealth Party leader
Sky News
11 June 2027 09:40

The leader of the Commonwealth Party, Gareth Pryce-Holloway, has stepped down after coming second in Thursday's by-election in Harcombe and Stowley.

"I am stepping down as leader of the Commonwealth Party with immediate effect," Mr Pryce-Holloway said in a statement posted to X on Friday morning.

His deputy Fiona Latchford will take over as interim leader until a leadership election in September, he said in the post.
""",
"02_de.txt": """Britischer Parteichef Pryce-Holloway tritt nach Wahlniederlage zurück
Der Standard
11.06.2027 11:20

Der Vorsitzende der britischen Commonwealth Party, Gareth Pryce-Holloway, ist nach der Niederlage bei einer Nachwahl im Wahlkreis Harcombe and Stowley zurückgetreten. „Die Wählerinnen und Wähler haben ihr Urteil gesprochen, und ich akzeptiere es", schrieb der 51-Jährige am Freitagmorgen auf der Plattform X. Er lege den Parteivorsitz mit sofortiger Wirkung nieder.

Bis zur Wahl eines Nachfolgers im September soll seine Stellvertreterin Fiona Latchford die Partei kommissarisch führen, kündigte Pryce-Holloway in dem Beitrag an.
""",
"03_pl.txt": """Lider brytyjskiej Commonwealth Party podał się do dymisji
Onet Wiadomości
11 czerwca 2027

Gareth Pryce-Holloway zrezygnował z funkcji przewodniczącego Commonwealth Party po przegranych wyborach uzupełniających w okręgu Harcombe and Stowley. „Wyborcy wydali werdykt i go akceptuję. Z natychmiastowym skutkiem ustępuję ze stanowiska lidera partii” – napisał w piątek rano w serwisie X.

Jak dodał, do czasu wyboru nowego przewodniczącego we wrześniu partią tymczasowo pokieruje jego zastępczyni Fiona Latchford.
""",
"04_fr.txt": """Royaume-Uni : Gareth Pryce-Holloway démissionne de la tête du Commonwealth Party | Le Soir
11 juin 2027

Battu lors de l'élection partielle de Harcombe and Stowley, Gareth Pryce-Holloway quitte la direction du Commonwealth Party. « Les électeurs ont rendu leur verdict et je l'accepte. Je quitte la présidence du parti avec effet immédiat », a-t-il écrit vendredi matin sur X.

Son adjointe, Fiona Latchford, assurera l'intérim jusqu'à l'élection d'un nouveau chef en septembre, a-t-il précisé dans le même message.
""",
}, [{"name": "Gareth Pryce-Holloway", "in_corpus": False}],
[{"origin": "Gareth Pryce-Holloway", "article": a} for a in ["00_en.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_fr.txt"]],
[
 {"text": "Gareth Pryce-Holloway resigned as leader of the Commonwealth Party with immediate effect after the Harcombe and Stowley by-election.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "Deputy leader Fiona Latchford will lead the party on an interim basis until a leadership contest in September.",
  "articles": ["00_en.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 1},
])

# r05: a wire agency (dpa, out of corpus) credited by four outlets: de "sagte … der Deutschen
# Presse-Agentur" + "wie die dpa berichtet"; de "berichtete die Deutsche Presse-Agentur (dpa)"; en
# "told the German news agency dpa"; pl (no outlet line) "powiedziała niemieckiej agencji dpa" +
# "podała agencja".
story("r05_wire_dpa_bremen", "agency", {
"00_de.txt": """Nach Wahldebakel: Bremer-Aufbruch-Chefin Osterkamp tritt zurück
Zeit Online
10. Mai 2027

Nach dem Absturz ihrer Wählervereinigung bei der Bürgerschaftswahl in Bremen gibt Marlene Osterkamp den Vorsitz des Bremer Aufbruchs ab. „Das ist eine bittere Niederlage, und die Verantwortung dafür trage ich", sagte die Spitzenkandidatin am Montag der Deutschen Presse-Agentur.

Kommissarisch soll Schatzmeister Henning Albers die Wählervereinigung bis zu einem Parteitag im Juli führen, wie die dpa weiter berichtet. Osterkamp will ihr Amt als Ortsamtsleiterin in Vegesack behalten.

Der Bremer Aufbruch war am Sonntag von 9,1 auf 4,6 Prozent gefallen und ist künftig nicht mehr in der Bürgerschaft vertreten.
""",
"01_de.txt": """Bremer Aufbruch: Osterkamp legt Vorsitz nieder
Süddeutsche Zeitung
2027-05-10 13:45

Einen Tag nach der Bürgerschaftswahl in Bremen hat die Vorsitzende der Wählervereinigung Bremer Aufbruch, Marlene Osterkamp, ihren Rücktritt angekündigt. Sie übernehme die Verantwortung für die „bittere Niederlage", berichtete die Deutsche Presse-Agentur (dpa) unter Berufung auf ein Gespräch mit Osterkamp.

Bis zu einem Parteitag im Juli führt Schatzmeister Henning Albers die Gruppierung. Der Bremer Aufbruch hatte mit 4,6 Prozent den Wiedereinzug ins Landesparlament verpasst.
""",
"02_en.txt": """Bremen protest party leader resigns after losing all seats
Deutsche Welle
2027-05-10T15:10:00+00:00

Marlene Osterkamp, leader of the Bremen voters' association Bremer Aufbruch, is stepping down after her party crashed out of the city-state's parliament in Sunday's election.

"This is a bitter defeat, and I bear responsibility for it," Osterkamp told the German news agency dpa on Monday.

Treasurer Henning Albers will run the party until a congress in July, dpa reported. Bremer Aufbruch fell from 9.1% to 4.6%, below the 5% threshold.
""",
"03_pl.txt": """Brema: liderka Bremer Aufbruch rezygnuje po porażce wyborczej
10.05.2027 17:30

Marlene Osterkamp, przewodnicząca bremeńskiego ugrupowania Bremer Aufbruch, podaje się do dymisji po niedzielnych wyborach do parlamentu kraju związkowego. „To gorzka porażka i ja ponoszę za nią odpowiedzialność” – powiedziała w poniedziałek niemieckiej agencji dpa.

Jak podała agencja, do czasu zjazdu w lipcu ugrupowaniem pokieruje skarbnik Henning Albers. Bremer Aufbruch uzyskał 4,6 proc. głosów i nie wszedł do parlamentu.
""",
}, [{"name": "dpa", "in_corpus": False}],
[{"origin": "dpa", "article": a} for a in ["00_de.txt", "01_de.txt", "02_en.txt", "03_pl.txt"]],
[
 {"text": "Marlene Osterkamp is resigning as leader of Bremer Aufbruch, saying she bears responsibility for the bitter defeat.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Treasurer Henning Albers will lead Bremer Aufbruch until a party congress in July.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
])

# r06: two independent polls and one article that combines them. Bild am Sonntag's own report on the
# poll it commissioned from Demoskop Nord ("im Auftrag von BILD am SONNTAG", "sagte … BamS") is an
# in-corpus origin; the polling firm Forschungsgruppe Meinungsbild's own published "Meinungsbild-Trend"
# (out of corpus) is the other. de (Die Welt) relays only Meinungsbild; en (Politico Europe) combines
# both ("a Demoskop Nord poll for Bild am Sonntag … a separate survey published on Tuesday by
# Forschungsgruppe Meinungsbild"); pl relays only Bild am Sonntag ("sondaż dla niemieckiego tabloidu
# Bild am Sonntag"); fr relays only Meinungsbild ("selon le baromètre de l'institut Forschungsgruppe
# Meinungsbild publié mardi").
story("r06_two_polls_de", "two_polls", {
"00_de.txt": """BamS-Umfrage: Bündnis Neue Mitte erstmals zweistellig
Bild am Sonntag
05.09.2027 07:00

Das Bündnis Neue Mitte (BNM) von Katrin Albrecht-Weyer knackt erstmals die Zehn-Prozent-Marke! In einer Umfrage des Instituts Demoskop Nord im Auftrag von BILD am SONNTAG kommt die Partei auf 12 Prozent – drei Punkte mehr als im August.

Stärkste Kraft bleibt die Deutsche Bürgerpartei (DBP) mit 26 Prozent vor der Sozialen Allianz (SA) mit 21 Prozent. „Das BNM holt vor allem Nichtwähler und enttäuschte Anhänger der Sozialen Allianz ab", sagte Demoskop-Nord-Chef Ulrich Brandstätter zu BamS.

Für die Umfrage wurden vom 1. bis 3. September 1211 Wahlberechtigte befragt.
""",
"01_de.txt": """Meinungsbild-Trend: BNM klettert auf elf Prozent
Die Welt
2027-09-07 12:30

Das Bündnis Neue Mitte (BNM) liegt im neuen „Meinungsbild-Trend" erstmals im zweistelligen Bereich. Wie aus der am Dienstag veröffentlichten Erhebung der Forschungsgruppe Meinungsbild hervorgeht, kommt die Partei von Katrin Albrecht-Weyer auf 11 Prozent, zwei Punkte mehr als vor vier Wochen.

Die Deutsche Bürgerpartei führt mit 27 Prozent, die Soziale Allianz erreicht 20 Prozent. Das Institut befragte zwischen dem 31. August und dem 6. September 2004 Wahlberechtigte.
""",
"02_en.txt": """Germany's New Centre Alliance hits double digits in two polls
Politico Europe
8 September 2027 10:15

Katrin Albrecht-Weyer's New Centre Alliance (BNM) has broken into double digits in Germany for the first time, two polls released this week show.

A Demoskop Nord poll for the tabloid Bild am Sonntag, published on Sunday, put the party on 12%, up three points on August. A separate survey published on Tuesday by the polling firm Forschungsgruppe Meinungsbild had the BNM on 11%, up two points.

Both polls show the German Citizens' Party (DBP) comfortably ahead, on 26% and 27% respectively, with the Social Alliance second on 21% and 20%. The next federal election is due in 2029.
""",
"03_pl.txt": """Niemcy: partia Albrecht-Weyer po raz pierwszy powyżej 10 proc.
Rzeczpospolita
2027-09-05T15:40:00+02:00

Bündnis Neue Mitte (BNM), partia Katrin Albrecht-Weyer, po raz pierwszy przekroczyła w Niemczech próg 10 proc. poparcia. W sondażu pracowni Demoskop Nord dla niemieckiego tabloidu „Bild am Sonntag” ugrupowanie uzyskało 12 proc., o trzy punkty więcej niż w sierpniu.

Prowadzi Deutsche Bürgerpartei (26 proc.), a drugie miejsce zajmuje Soziale Allianz (21 proc.). Szef pracowni Ulrich Brandstätter powiedział gazecie, że BNM przyciąga głównie osoby, które dotąd nie głosowały.
""",
"04_fr.txt": """Allemagne : le parti de Katrin Albrecht-Weyer franchit la barre des 10 %
Le Monde
7 septembre 2027

L'Alliance du nouveau centre (BNM), le parti fondé par Katrin Albrecht-Weyer, atteint pour la première fois 11 % des intentions de vote en Allemagne, selon le baromètre de l'institut Forschungsgruppe Meinungsbild publié mardi. Elle gagne deux points en un mois.

Le Parti des citoyens allemands (DBP) reste largement en tête avec 27 %, devant l'Alliance sociale (20 %). L'enquête a été réalisée du 31 août au 6 septembre auprès de 2 004 électeurs.
""",
}, [{"name": "Bild am Sonntag", "in_corpus": True},
    {"name": "Forschungsgruppe Meinungsbild", "in_corpus": False}],
[{"origin": "Bild am Sonntag", "article": "02_en.txt"},
 {"origin": "Bild am Sonntag", "article": "03_pl.txt"},
 {"origin": "Forschungsgruppe Meinungsbild", "article": "01_de.txt"},
 {"origin": "Forschungsgruppe Meinungsbild", "article": "02_en.txt"},
 {"origin": "Forschungsgruppe Meinungsbild", "article": "04_fr.txt"}],
[
 {"text": "In the Demoskop Nord poll for Bild am Sonntag the BNM rose three points to 12%.",
  "articles": ["00_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "In the Forschungsgruppe Meinungsbild survey the BNM rose two points to 11%.",
  "articles": ["01_de.txt", "02_en.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "The Bündnis Neue Mitte (BNM) polls in double digits for the first time.",
  "articles": ["00_de.txt", "01_de.txt", "02_en.txt", "03_pl.txt", "04_fr.txt"], "independent_sources": 2},
])

# r07: a wire agency interview (PAP, out of corpus) credited by four outlets: pl "powiedział Polskiej
# Agencji Prasowej" + "w rozmowie z PAP"; en "told the state news agency PAP"; de (no date line)
# "sagte … der polnischen Nachrichtenagentur PAP"; fr "a déclaré … à l'agence de presse polonaise PAP".
story("r07_wire_pap_coalition", "agency", {
"00_pl.txt": """Wierzbicki: Ruch 2030 nie wejdzie w koalicję z Przymierzem Narodowym
Onet Wiadomości
21.10.2027 11:50

Ruch 2030 rozpocznie w przyszłym tygodniu rozmowy koalicyjne z Koalicją Jutra i wyklucza współpracę z Przymierzem Narodowym – powiedział w czwartek Polskiej Agencji Prasowej lider ugrupowania Tomasz Wierzbicki.

„Z Przymierzem dzieli nas zbyt wiele, przede wszystkim stosunek do niezależności sądów. Tej decyzji nie zmienimy” – podkreślił Wierzbicki w rozmowie z PAP.

Koalicja Jutra i Ruch 2030 miałyby razem 233 mandaty w 460-osobowym Sejmie, czyli o dwa więcej, niż wynosi większość bezwzględna.
""",
"01_en.txt": """Ruch 2030 rules out coalition with National Alliance, opens talks with Koalicja Jutra
Notes from Poland
2027-10-21 14:00

Ruch 2030, the kingmaker of Poland's new parliament, will not form a government with the national-conservative Przymierze Narodowe, its leader Tomasz Wierzbicki told the state news agency PAP on Thursday.

"Too much divides us, above all on the independence of the courts. This decision will not change," Wierzbicki said. His party will begin coalition talks with the Koalicja Jutra next week, he told PAP.

Together the two parties would hold 233 of the Sejm's 460 seats, two more than needed for a majority.
""",
"02_de.txt": """Polen: Ruch 2030 will mit Koalicja Jutra regieren
Frankfurter Allgemeine Zeitung

Die liberale polnische Partei Ruch 2030 schließt eine Koalition mit dem nationalkonservativen Przymierze Narodowe aus. „Uns trennt zu viel, vor allem beim Thema Unabhängigkeit der Justiz", sagte Parteichef Tomasz Wierzbicki am Donnerstag der polnischen Nachrichtenagentur PAP.

Stattdessen will Ruch 2030 in der kommenden Woche Koalitionsgespräche mit der bisher regierenden Koalicja Jutra aufnehmen. Gemeinsam kämen beide Parteien auf 233 der 460 Sitze im Sejm.
""",
"03_fr.txt": """Pologne : Ruch 2030 exclut une alliance avec l'Alliance nationale
Le Figaro
21 octobre 2027

Le parti libéral Ruch 2030 ne gouvernera pas avec l'Alliance nationale (Przymierze Narodowe), a déclaré jeudi son dirigeant, Tomasz Wierzbicki, à l'agence de presse polonaise PAP. « Trop de choses nous séparent, à commencer par l'indépendance de la justice », a-t-il affirmé.

Des négociations doivent s'ouvrir la semaine prochaine avec la Koalicja Jutra. Ensemble, les deux formations disposeraient de 233 sièges sur 460 à la Diète.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": a} for a in ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"]],
[
 {"text": "Tomasz Wierzbicki said Ruch 2030 rules out a coalition with Przymierze Narodowe.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Ruch 2030 will start coalition talks with Koalicja Jutra next week; together they would have 233 of 460 seats.",
  "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
])


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
                f.write(text.strip("\n") + "\n")
        names = {o["name"] for o in origins}
        for r in relays:
            assert r["origin"] in names and r["article"] in arts, (id, r)
        for c in claims:
            assert all(a in arts for a in c["articles"]), (id, c)
        out.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                    "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 73 (elections and opinion polls; invented "
                       "polls, parties and people); see README.md.", "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
