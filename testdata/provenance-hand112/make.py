#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand112 set.

Elections and parliaments. Real media names; every event, person, party, figure and quote is
invented. Labels were fixed by the writer before any evaluation.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}

def E(origin, article):
    return {"origin": origin, "article": article}

def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# v01: an institution's published document (official by-election results of Poland's National
# Electoral Commission, PKW) taken directly by four outlets. pl "Wynika to z oficjalnych wyników
# opublikowanych … przez Państwową Komisję Wyborczą" + "Jak podała PKW" + "Według danych komisji";
# de "Das geht aus dem amtlichen Endergebnis hervor, das die Staatliche Wahlkommission (PKW) …
# veröffentlichte" + "Nach Angaben der Wahlkommission" + "laut PKW"; en "official results released
# by the National Electoral Commission (PKW) showed" + "the commission said" + "the PKW said in its
# communiqué"; it "Lo certificano i risultati ufficiali diffusi … dalla Commissione elettorale
# nazionale (PKW), secondo cui" + "ha reso noto la commissione" + "Come precisato dalla PKW".
story("v01_pkw_senate_byelection", "institution", {
"00_pl.txt": """Halina Rogowska wygrała wybory uzupełniające do Senatu. PKW podała oficjalne wyniki
Rzeczpospolita
13.09.2027 10:42

Niezależna kandydatka Halina Rogowska zdobyła mandat senatora w niedzielnych wyborach uzupełniających w okręgu nr 58. Wynika to z oficjalnych wyników opublikowanych w poniedziałek rano przez Państwową Komisję Wyborczą.

Jak podała PKW, na Rogowską, popieraną przez komitet wyborców „Wspólny Region”, zagłosowało 48 912 osób, czyli 52,4 proc. głosujących. Drugi był Arkadiusz Wronkowski z Ruchu Odnowy Samorządowej z wynikiem 31,7 proc., a trzecia Ewa Kłoczko (15,9 proc.). W wyborach do Senatu obowiązują okręgi jednomandatowe, więc do zwycięstwa wystarczyłaby zwykła większość głosów.

Frekwencja wyniosła zaledwie 21,8 proc. Według danych komisji w ośmiu gminach okręgu do urn poszło mniej niż 15 proc. uprawnionych. Oddano 1204 głosy nieważne, najczęściej z powodu postawienia znaku „X” przy więcej niż jednym nazwisku.

Wybory zarządzono po tym, jak w czerwcu senator Jerzy Malinowski zrzekł się mandatu, by objąć stanowisko ambasadora. Rogowska, wieloletnia dyrektorka szpitala powiatowego, prowadziła kampanię pod hasłem obrony lokalnych oddziałów położniczych i zapowiadała, że nie wstąpi do żadnego klubu parlamentarnego.

„Wyniki głosowania ustalono na podstawie protokołów wszystkich 412 obwodowych komisji wyborczych” – napisała PKW w komunikacie. Komisja przypomniała, że protesty wyborcze można wnosić do Sądu Najwyższego w ciągu siedmiu dni od ogłoszenia wyników.

Nowa senatorka ma złożyć ślubowanie na najbliższym posiedzeniu izby, zaplanowanym na 22 września.
""",
"01_de.txt": """Polen: Parteilose Rogowska gewinnt Senatsnachwahl
Süddeutsche Zeitung
13. September 2027

Bei einer Nachwahl zum polnischen Senat hat sich die parteilose Kandidatin Halina Rogowska klar durchgesetzt. Das geht aus dem amtlichen Endergebnis hervor, das die Staatliche Wahlkommission (PKW) am Montagmorgen in Warschau veröffentlichte.

Rogowska, die von dem lokalen Wählerkomitee „Wspólny Region“ (Gemeinsame Region) unterstützt wurde, kam im Wahlkreis Nummer 58 demnach auf 52,4 Prozent der Stimmen. Der Kandidat der Bewegung für kommunale Erneuerung, Arkadiusz Wronkowski, erreichte 31,7 Prozent, Ewa Kłoczko 15,9 Prozent. Nach Angaben der Wahlkommission stimmten 48.912 Wählerinnen und Wähler für die frühere Krankenhausdirektorin.

Die Wahlbeteiligung lag bei lediglich 21,8 Prozent. In acht Gemeinden des Wahlkreises gingen laut PKW weniger als 15 Prozent der Berechtigten zur Urne. Ungültig waren 1204 Stimmzettel, meist weil mehr als ein Name angekreuzt worden war.

Die Nachwahl war nötig geworden, weil der bisherige Senator Jerzy Malinowski im Juni sein Mandat niedergelegt hatte, um als Botschafter ins Ausland zu gehen. Rogowska hatte im Wahlkampf vor allem für den Erhalt der Geburtsstationen in den Kreiskrankenhäusern geworben und angekündigt, sich keinem Parlamentsklub anzuschließen.

Einsprüche gegen das Ergebnis können nach Angaben der Kommission binnen sieben Tagen beim Obersten Gericht eingelegt werden. Die neue Senatorin soll bei der nächsten Sitzung der Kammer am 22. September vereidigt werden.
""",
"02_en.txt": """Independent Rogowska wins Polish Senate by-election, official results show
Notes from Poland
2027-09-13T11:30:00+02:00

Halina Rogowska, an independent backed by a local voters' committee, has won a by-election to Poland's Senate, official results released by the National Electoral Commission (PKW) showed on Monday.

Rogowska took 52.4% of the vote in constituency no. 58, comfortably ahead of Arkadiusz Wronkowski of the Local Government Renewal Movement on 31.7% and Ewa Kłoczko on 15.9%, the commission said. Because Senate seats are decided in single-member districts, a simple plurality would have been enough.

The numbers published on the PKW's website point to weak interest in the vote. Turnout stood at just 21.8%, and in eight of the district's municipalities fewer than 15% of eligible voters cast a ballot. Some 1,204 ballots were declared invalid, most of them because voters had marked more than one name.

The by-election was called after senator Jerzy Malinowski gave up his seat in June to take up a post as an ambassador. Rogowska, a former director of a county hospital, ran on a promise to keep local maternity wards open and said during the campaign that she would not join any parliamentary caucus.

"The results were determined on the basis of protocols from all 412 district electoral commissions," the PKW said in its communiqué. Electoral protests can be filed with the Supreme Court within seven days of the announcement.

The new senator is expected to be sworn in at the chamber's next sitting on 22 September.
""",
"03_it.txt": """Polonia, l'indipendente Halina Rogowska vince le suppletive per il Senato
La Stampa
13 settembre 2027

È l'indipendente Halina Rogowska la nuova senatrice polacca eletta nel collegio numero 58. Lo certificano i risultati ufficiali diffusi lunedì dalla Commissione elettorale nazionale (PKW), secondo cui l'ex direttrice di un ospedale di provincia ha ottenuto il 52,4% dei voti nelle elezioni suppletive di domenica.

Alle sue spalle si sono piazzati Arkadiusz Wronkowski, del Movimento per il rinnovamento degli enti locali, con il 31,7%, ed Ewa Kłoczko con il 15,9%. In numeri assoluti, ha reso noto la commissione, Rogowska ha raccolto 48.912 voti.

A colpire è soprattutto l'affluenza: appena il 21,8% degli aventi diritto si è recato alle urne, e in otto comuni del collegio la partecipazione è rimasta sotto il 15%. Le schede nulle sono state 1.204, in gran parte perché gli elettori avevano barrato più di un nome.

Le suppletive si sono rese necessarie dopo le dimissioni, a giugno, del senatore Jerzy Malinowski, nominato ambasciatore. Sostenuta dal comitato civico «Wspólny Region», Rogowska ha fatto campagna contro la chiusura dei reparti di maternità negli ospedali locali e ha già annunciato che non aderirà ad alcun gruppo parlamentare.

Come precisato dalla PKW nel suo comunicato, eventuali ricorsi potranno essere presentati alla Corte suprema entro sette giorni. La neosenatrice dovrebbe prestare giuramento il 22 settembre, alla prima seduta utile della Camera alta.
""",
}, [O("Państwowa Komisja Wyborcza", False)],
[E("Państwowa Komisja Wyborcza", "00_pl.txt"), E("Państwowa Komisja Wyborcza", "01_de.txt"),
 E("Państwowa Komisja Wyborcza", "02_en.txt"), E("Państwowa Komisja Wyborcza", "03_it.txt")],
[C("Independent candidate Halina Rogowska won the Senate by-election in constituency no. 58 with 52.4% of the vote.",
   ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 1),
 C("Turnout in the by-election was 21.8%.",
   ["00_pl.txt", "01_de.txt", "02_en.txt", "03_it.txt"], 1)])

# v02: in-corpus scoop by Politico Europe (three anonymous Parliament officials + an internal note
# seen by POLITICO; the anonymous officials belong to Politico Europe), relayed 3x. en own
# "according to three Parliament officials and an internal note seen by POLITICO" + "the officials
# said" + "They were granted anonymity"; de "Wie das Nachrichtenportal Politico Europe unter Berufung
# auf … berichtet" + "Dem Bericht zufolge" + "berichtet Politico" + "sagte dem Portal" + "gegenüber
# Politico"; pl "– podaje portal Politico Europe, powołując się na" + "Według Politico" + "Rozmówcy
# portalu" + "do której dotarło Politico" + "powiedział portalowi" + "odmówił Politico komentarza";
# it "secondo quanto rivela Politico Europe, che cita" + "scrive la testata" + "Secondo Politico" +
# "interpellato dal sito".
story("v02_politico_mep_allowance", "scoop", {
"00_en.txt": """EU Parliament set to hike MEPs' expense allowance by 11 percent
Politico Europe
2027-05-18T04:01:00+02:00

BRUSSELS — The European Parliament's leadership is preparing to raise the monthly allowance MEPs receive to run their offices by 11 percent, the biggest increase in more than a decade, according to three Parliament officials and an internal note seen by POLITICO.

Under the plan, the so-called general expenditure allowance would rise from €4,940 to €5,480 a month from January 2028. The Bureau — the Parliament's President and 14 Vice-Presidents — is expected to sign off on the proposal at its meeting next Monday, the officials said. They were granted anonymity because they were not authorized to discuss internal deliberations.

The note, dated May 6 and drafted by the Parliament's finance directorate, justifies the increase with "the cumulative effect of inflation on rents, utilities and communication costs in the Member States." It puts the extra cost at around €4.7 million a year for the assembly's 720 members.

The allowance is paid on top of MEPs' salaries and has long drawn criticism because lawmakers are not required to show receipts for how they spend it. One of the officials said the Bureau had "no appetite" for tightening the rules at the same time. "There is a sense that if you touch transparency and money in the same meeting, you lose both," the official said.

A second official said at least two Vice-Presidents had raised concerns about the timing, arguing that voters would struggle to understand a raise for MEPs while several national governments are cutting public spending.

A Parliament spokesperson declined to comment on "internal documents that have not been adopted."
""",
"01_de.txt": """EU-Parlament will Kostenpauschale für Abgeordnete deutlich erhöhen
Die Zeit
18. Mai 2027, 11:20 Uhr

Die Abgeordneten des Europäischen Parlaments sollen vom kommenden Jahr an deutlich mehr Geld für den Betrieb ihrer Büros erhalten. Wie das Nachrichtenportal Politico Europe unter Berufung auf drei Parlamentsbeamte und ein internes Papier berichtet, soll die monatliche Kostenpauschale um elf Prozent steigen – von 4.940 auf 5.480 Euro.

Dem Bericht zufolge will das Präsidium, dem neben der Parlamentsspitze 14 Vizepräsidentinnen und Vizepräsidenten angehören, den Vorschlag bereits in seiner Sitzung am kommenden Montag billigen. Begründet wird die Erhöhung in dem Papier der Finanzdirektion mit dem „kumulierten Effekt der Inflation auf Mieten, Nebenkosten und Kommunikationskosten“. Die Mehrkosten beziffert das Dokument auf rund 4,7 Millionen Euro pro Jahr.

Die Pauschale wird zusätzlich zur Abgeordnetenentschädigung gezahlt und steht seit Jahren in der Kritik, weil die Parlamentarier keine Belege über ihre Verwendung vorlegen müssen. An den Regeln soll sich vorerst nichts ändern, berichtet Politico. Einer der Beamten sagte dem Portal, im Präsidium gebe es „keinen Appetit“ darauf, Transparenz und Geld in derselben Sitzung anzufassen.

Mindestens zwei Mitglieder des Präsidiums sollen Bedenken wegen des Zeitpunkts geäußert haben. Ein Sprecher des Parlaments wollte sich gegenüber Politico nicht zu „internen Dokumenten, die nicht angenommen wurden“, äußern.

Die Kostenpauschale war zuletzt vor mehreren Jahren an die Inflation angepasst worden, allerdings nur um wenige Prozent.
""",
"02_pl.txt": """Europosłowie dostaną więcej na biura. Politico: podwyżka o 11 proc.
Gazeta Wyborcza
18 maja 2027, 12:47

Kierownictwo Parlamentu Europejskiego przygotowuje największą od ponad dekady podwyżkę tzw. ryczałtu na wydatki ogólne, z którego europosłowie opłacają swoje biura – podaje portal Politico Europe, powołując się na trzech urzędników PE i wewnętrzną notatkę.

Według Politico od stycznia 2028 r. ryczałt miałby wzrosnąć o 11 proc., z 4940 do 5480 euro miesięcznie. Prezydium Parlamentu, w którym oprócz przewodniczącego zasiada 14 wiceprzewodniczących, ma zatwierdzić propozycję już na posiedzeniu w przyszły poniedziałek. Rozmówcy portalu zastrzegli sobie anonimowość, bo nie są upoważnieni do wypowiadania się o wewnętrznych ustaleniach.

Notatka, do której dotarło Politico, powstała w dyrekcji ds. finansów i uzasadnia podwyżkę „skumulowanym wpływem inflacji na czynsze, media i koszty łączności w państwach członkowskich”. Dodatkowy koszt oszacowano na ok. 4,7 mln euro rocznie.

Ryczałt jest wypłacany niezależnie od uposażenia, a europosłowie nie muszą rozliczać się z niego fakturami, co od lat budzi krytykę organizacji zajmujących się przejrzystością życia publicznego. Z ustaleń portalu wynika, że zasady rozliczania na razie się nie zmienią. – Jeśli na jednym posiedzeniu dotkniesz przejrzystości i pieniędzy, przegrasz jedno i drugie – powiedział portalowi jeden z urzędników.

Rzecznik PE odmówił Politico komentarza w sprawie „wewnętrznych dokumentów, które nie zostały przyjęte”.
""",
"03_it.txt": """Eurocamera, in arrivo l'aumento dei rimborsi per gli eurodeputati: +11%
Corriere della Sera
18/05/2027 13:05

Più soldi per gli uffici degli eurodeputati. L'Ufficio di presidenza del Parlamento europeo si prepara ad approvare un aumento dell'11% dell'indennità per spese generali, secondo quanto rivela Politico Europe, che cita tre funzionari dell'Eurocamera e una nota interna.

L'indennità, che serve a coprire affitti, telefoni e materiale degli uffici nei Paesi di elezione, passerebbe da 4.940 a 5.480 euro al mese a partire da gennaio 2028. Il via libera, scrive la testata, potrebbe arrivare già lunedì prossimo, nella riunione dell'organo che riunisce il presidente e i 14 vicepresidenti. Le fonti hanno chiesto l'anonimato perché non autorizzate a parlare di discussioni interne.

Nella nota della direzione Finanze, datata 6 maggio, l'aumento viene giustificato con «l'effetto cumulato dell'inflazione» su affitti, utenze e comunicazioni negli Stati membri; il costo aggiuntivo è stimato in circa 4,7 milioni di euro l'anno.

Si tratta di una voce da tempo nel mirino delle associazioni per la trasparenza, perché gli eurodeputati non devono presentare ricevute. Secondo Politico, però, l'Ufficio di presidenza non intende cambiare le regole di rendicontazione. Almeno due vicepresidenti avrebbero espresso perplessità sui tempi della decisione, in una fase in cui diversi governi nazionali tagliano la spesa pubblica.

Un portavoce del Parlamento, interpellato dal sito, non ha voluto commentare «documenti interni non adottati».
""",
}, [O("Politico Europe", True)],
[E("Politico Europe", "01_de.txt"), E("Politico Europe", "02_pl.txt"), E("Politico Europe", "03_it.txt")],
[C("The European Parliament plans to raise MEPs' monthly general expenditure allowance by 11%, from 4,940 to 5,480 euros, from January 2028.",
   ["00_en.txt", "01_de.txt", "02_pl.txt", "03_it.txt"], 1),
 C("The Parliament's Bureau is expected to approve the increase at its meeting next Monday.",
   ["00_en.txt", "01_de.txt", "02_pl.txt", "03_it.txt"], 1)])

# v03: chain. Corriere della Sera's own scoop (draft seen by the paper, an anonymous government
# member, "fonti di Palazzo Chigi") -> Le Figaro ("révèle lundi le Corriere della Sera, qui a pu
# consulter le texte" + "Selon le quotidien milanais" + "explique au journal" + "précise le
# Corriere") -> El Mundo ("según publica el diario francés Le Figaro, que a su vez cita al rotativo
# milanés Corriere della Sera" + "De acuerdo con el periódico parisino" + "añade Le Figaro"): edge
# from Le Figaro. de (Der Standard, no date line) credits Corriere directly ("Nach einem Bericht des
# „Corriere della Sera“" + "wie die Mailänder Zeitung unter Berufung auf … schreibt" + "zitiert das
# Blatt" + "Laut „Corriere“").
story("v03_corriere_electoral_law_chain", "chain", {
"00_it.txt": """Legge elettorale, ecco la bozza del governo: premio di maggioranza al 55% e soglia al 4%
Corriere della Sera
2027-06-07 06:30

Un premio di maggioranza che garantisce il 55% dei seggi alla lista o alla coalizione che supera il 40% dei voti, una soglia di sbarramento che sale dal 3 al 4% e il ritorno di una preferenza. Sono i pilastri della nuova legge elettorale contenuti nella bozza messa a punto dal ministero per le Riforme istituzionali, che il Corriere ha potuto leggere.

Il testo, di 38 articoli, prevede che il premio scatti solo se può essere assegnato contemporaneamente alla Camera e al Senato, per evitare maggioranze diverse nei due rami del Parlamento. Se nessuno raggiunge il 40%, i seggi verrebbero distribuiti in modo interamente proporzionale, senza ballottaggio. «Il ballottaggio è stato scartato subito, dopo le obiezioni di due partiti della maggioranza», spiega al Corriere un esponente del governo che ha seguito il dossier e che chiede di non essere citato.

Scompaiono i collegi uninominali: gli elettori potranno esprimere una sola preferenza all'interno della lista scelta. Le candidature multiple sarebbero limitate a tre circoscrizioni, contro le cinque attuali.

Secondo fonti di Palazzo Chigi, l'obiettivo è portare il testo in Consiglio dei ministri entro la fine di giugno e ottenere il primo sì di una delle due Camere prima della pausa estiva. Le opposizioni, che non hanno ancora visto la bozza, preparano già le barricate: con la soglia al 4% almeno tre forze politiche oggi rappresentate in Parlamento rischierebbero di restarne fuori.

«Non è una legge contro qualcuno, è una legge per sapere chi ha vinto la sera delle elezioni», ragiona la stessa fonte di governo.
""",
"01_fr.txt": """Italie : le gouvernement prépare une prime majoritaire de 55 % des sièges
Le Figaro
07/06/2027 14:35

Rome veut changer les règles du jeu électoral avant les prochaines législatives. Le gouvernement italien a préparé un projet de réforme qui accorderait 55 % des sièges à la liste ou à la coalition dépassant 40 % des voix, révèle lundi le Corriere della Sera, qui a pu consulter le texte.

Selon le quotidien milanais, le projet de 38 articles relève aussi le seuil d'entrée au Parlement de 3 % à 4 % et réintroduit une voix de préférence, qui permettrait aux électeurs de choisir un candidat au sein de la liste. Les circonscriptions uninominales disparaîtraient. La prime ne serait attribuée que si elle peut l'être à la fois à la Chambre des députés et au Sénat, afin d'éviter des majorités différentes dans les deux assemblées.

Un second tour entre les deux coalitions arrivées en tête a été envisagé puis abandonné. « Le ballottage a été écarté tout de suite, après les objections de deux partis de la majorité », explique au journal un membre du gouvernement sous couvert d'anonymat.

Le gouvernement souhaiterait présenter le texte en Conseil des ministres d'ici à la fin du mois et obtenir un premier vote avant l'été, précise le Corriere. L'opposition dénonce déjà une réforme taillée sur mesure : avec un seuil à 4 %, au moins trois formations aujourd'hui représentées risqueraient de perdre leurs élus.

L'Italie a modifié son mode de scrutin à plusieurs reprises depuis 1993, souvent à l'approche d'élections et sans large consensus.
""",
"02_es.txt": """Italia prepara una reforma electoral con una prima del 55% de los escaños para el ganador
El Mundo
08/06/2027 07:15

El Gobierno italiano ultima una reforma de la ley electoral que otorgaría el 55% de los escaños a la lista o coalición que supere el 40% de los votos, según publica el diario francés Le Figaro, que a su vez cita al rotativo milanés Corriere della Sera.

De acuerdo con el periódico parisino, el borrador, de 38 artículos, elevaría además el umbral mínimo para entrar en el Parlamento del 3% al 4% y recuperaría el voto de preferencia, de modo que los electores podrían elegir a un candidato dentro de la lista. Desaparecerían los distritos uninominales.

La prima de mayoría solo se aplicaría si puede asignarse a la vez en la Cámara de Diputados y en el Senado, para evitar mayorías distintas en ambas cámaras. El Ejecutivo descartó una segunda vuelta entre las dos coaliciones más votadas tras las objeciones de dos partidos de la mayoría, añade Le Figaro, que recoge el testimonio de un miembro del Gobierno que pidió el anonimato.

La intención de Roma sería aprobar el texto en el Consejo de Ministros antes de que acabe junio y lograr una primera votación parlamentaria antes del verano. La oposición ya ha denunciado una reforma "a medida": con el listón en el 4%, al menos tres formaciones que hoy tienen representación podrían quedarse fuera de las cámaras.

Italia ha cambiado su sistema electoral en varias ocasiones desde 1993, casi siempre en vísperas de unas elecciones generales.
""",
"03_de.txt": """Italiens Regierung plant Mehrheitsbonus von 55 Prozent
Der Standard

Die italienische Regierung will das Wahlrecht erneut umbauen. Nach einem Bericht des „Corriere della Sera“ sieht ein Entwurf des Ministeriums für institutionelle Reformen vor, dass die Liste oder Koalition, die mehr als 40 Prozent der Stimmen erhält, automatisch 55 Prozent der Parlamentssitze bekommt.

Zudem soll die Sperrklausel von drei auf vier Prozent steigen, wie die Mailänder Zeitung unter Berufung auf den 38 Artikel umfassenden Text schreibt. Wählerinnen und Wähler könnten künftig wieder eine Vorzugsstimme für eine Kandidatin oder einen Kandidaten innerhalb der gewählten Liste abgeben; die Einerwahlkreise würden abgeschafft.

Der Bonus soll nur dann greifen, wenn er in beiden Kammern – Abgeordnetenhaus und Senat – vergeben werden kann. Eine Stichwahl zwischen den beiden stärksten Lagern sei nach Einwänden zweier Regierungsparteien wieder verworfen worden, zitiert das Blatt ein Regierungsmitglied, das anonym bleiben wollte.

Laut „Corriere“ soll der Entwurf noch vor Ende Juni im Ministerrat beschlossen werden. Die Opposition kritisiert die Pläne bereits scharf: Bei einer Vier-Prozent-Hürde könnten mindestens drei derzeit im Parlament vertretene Parteien ihre Mandate verlieren.

Italien hat sein Wahlrecht seit den 1990er-Jahren mehrfach geändert, zuletzt stets kurz vor einer Parlamentswahl.
""",
}, [O("Corriere della Sera", True)],
[E("Corriere della Sera", "01_fr.txt"), E("Le Figaro", "02_es.txt"), E("Corriere della Sera", "03_de.txt")],
[C("The Italian government's draft electoral law gives 55% of seats to a list or coalition that wins more than 40% of the vote.",
   ["00_it.txt", "01_fr.txt", "02_es.txt", "03_de.txt"], 1),
 C("The draft raises the threshold for entering parliament from 3% to 4%.",
   ["00_it.txt", "01_fr.txt", "02_es.txt", "03_de.txt"], 1)])

# v04: a candidate's own Instagram video (outside origin: Marta Olaizola) relayed directly by El
# Mundo ("lo ha anunciado este domingo en un vídeo publicado en su cuenta de Instagram" + "explica
# Olaizola en la grabación"), Reuters ("said in a video posted on Instagram" + "she said in the
# clip") and Le Monde ("C'est dans une vidéo … postée sur son compte Instagram que" + "y affirme-t-elle");
# 02_de.txt has no outlet line and is an uncredited close German translation of the Reuters story
# (same structure and order, keeps "Inigo" without tilde and Reuters' "did not immediately respond to
# a request for comment" as "reagierte zunächst nicht auf eine Bitte um Stellungnahme"): edge from
# Reuters, none from Olaizola.
story("v04_instagram_withdrawal_translation", "translation", {
"00_es.txt": """Marta Olaizola renuncia a ser la candidata de Cantabria Decide a una semana de las elecciones
El Mundo
16/05/2027 19:05

Marta Olaizola ha renunciado a encabezar la candidatura de Cantabria Decide a la presidencia del Gobierno cántabro, a solo siete días de las elecciones autonómicas del 23 de mayo. La hasta ahora candidata de la plataforma regionalista lo ha anunciado este domingo en un vídeo publicado en su cuenta de Instagram.

"He tomado la decisión más difícil de mi vida política. No puedo pedir el voto para un proyecto cuyas decisiones más importantes ya no comparto", explica Olaizola en la grabación, de algo más de dos minutos. La dirigente alude a "diferencias irreconciliables" con la ejecutiva de la plataforma sobre los pactos postelectorales, aunque no entra en detalles.

Su nombre, sin embargo, seguirá figurando en las papeletas. "Las listas ya están proclamadas y no se pueden cambiar. Quien me vote estará votando a Cantabria Decide, y eso lo respeto", añade en el vídeo. Según la propia Olaizola, el número dos de la lista, Íñigo Sarabia, asumirá el liderazgo de la campaña en los últimos días.

La renuncia deja en el aire a una formación a la que las encuestas publicadas en las últimas semanas atribuían entre tres y cinco diputados en un Parlamento de 35 escaños, lo que la convertía en una posible pieza clave para formar gobierno.

Olaizola, de 47 años y exalcaldesa de un municipio del interior, fundó Cantabria Decide en 2024 junto a una veintena de alcaldes y concejales independientes. Hasta el cierre de esta edición, la plataforma no había reaccionado públicamente al anuncio.
""",
"01_en.txt": """Spanish regional candidate Olaizola quits race a week before Cantabria vote
Reuters
Sun, 16 May 2027 19:48:00 +0000

MADRID, May 16 (Reuters) - Marta Olaizola, the lead candidate of the regionalist platform Cantabria Decide, said on Sunday she was withdrawing from the race for the presidency of Spain's northern Cantabria region, a week before an election in which her party could hold the balance of power.

"I cannot ask for votes for a project whose most important decisions I no longer share," Olaizola said in a video posted on Instagram, citing "irreconcilable differences" with the platform's leadership over post-election alliances.

Her name will remain on the ballot papers because the electoral lists have already been formally proclaimed and cannot be changed, she said in the clip. The platform's number two, Inigo Sarabia, will lead the campaign in its final days, according to Olaizola.

Opinion polls have suggested Cantabria Decide could win three to five seats in the 35-seat regional parliament, making it a potential kingmaker after the May 23 vote.

Olaizola, 47, a former small-town mayor, founded the platform in 2024 with a group of independent mayors and councillors. Cantabria Decide did not immediately respond to a request for comment.

(Reporting by Elena Marcos; Editing by David Hartley)
""",
"02_de.txt": """Spanische Regionalkandidatin Olaizola steigt eine Woche vor Wahl in Kantabrien aus
16.05.2027 22:10

Madrid – Marta Olaizola, Spitzenkandidatin der regionalistischen Plattform Cantabria Decide, hat am Sonntag ihren Rückzug aus dem Rennen um die Präsidentschaft der nordspanischen Region Kantabrien erklärt – eine Woche vor einer Wahl, bei der ihre Partei das Zünglein an der Waage sein könnte.

„Ich kann nicht um Stimmen für ein Projekt werben, dessen wichtigste Entscheidungen ich nicht mehr teile“, sagte Olaizola in einem auf Instagram veröffentlichten Video. Sie verwies auf „unüberbrückbare Differenzen“ mit der Führung der Plattform über Bündnisse nach der Wahl.

Ihr Name bleibe auf den Stimmzetteln, weil die Wahllisten bereits offiziell verkündet worden seien und nicht mehr geändert werden könnten, sagte sie in dem Clip. Die Nummer zwei der Plattform, Inigo Sarabia, werde den Wahlkampf in den letzten Tagen anführen, so Olaizola.

Umfragen zufolge könnte Cantabria Decide drei bis fünf Sitze im 35 Sitze zählenden Regionalparlament gewinnen und damit nach der Wahl am 23. Mai zur Königsmacherin werden.

Die 47-jährige Olaizola, frühere Bürgermeisterin einer Kleinstadt, gründete die Plattform 2024 mit einer Gruppe unabhängiger Bürgermeister und Gemeinderäte. Cantabria Decide reagierte zunächst nicht auf eine Bitte um Stellungnahme.
""",
"03_fr.txt": """Espagne : en Cantabrie, la candidate régionaliste Marta Olaizola jette l'éponge
Le Monde
17 mai 2027

Coup de théâtre dans la campagne des élections régionales en Cantabrie. Marta Olaizola, tête de liste de la plateforme régionaliste Cantabria Decide (« La Cantabrie décide »), a annoncé dimanche 16 mai qu'elle renonçait à briguer la présidence de cette région du nord de l'Espagne, à une semaine du scrutin du 23 mai.

C'est dans une vidéo d'un peu plus de deux minutes, postée sur son compte Instagram, que l'ancienne maire de 47 ans a expliqué sa décision. « Je ne peux pas demander des voix pour un projet dont je ne partage plus les décisions les plus importantes », y affirme-t-elle, évoquant des « divergences irréconciliables » avec la direction de la plateforme au sujet des alliances d'après-scrutin.

Son nom restera pourtant sur les bulletins de vote : les listes ont déjà été officiellement proclamées et ne peuvent plus être modifiées, précise-t-elle. « Celui qui votera pour moi votera pour Cantabria Decide, et je le respecte. » Le numéro deux de la liste, Iñigo Sarabia, mènera la fin de campagne.

Ce retrait fragilise une formation créditée par les sondages de trois à cinq sièges sur les 35 du Parlement régional, et qui pouvait espérer jouer les arbitres dans la formation du futur gouvernement. Fondée en 2024 par une vingtaine de maires et d'élus locaux indépendants, Cantabria Decide n'avait toujours pas réagi lundi matin.
""",
}, [O("Marta Olaizola", False)],
[E("Marta Olaizola", "00_es.txt"), E("Marta Olaizola", "01_en.txt"), E("Reuters", "02_de.txt"),
 E("Marta Olaizola", "03_fr.txt")],
[C("Marta Olaizola withdrew as Cantabria Decide's lead candidate a week before the 23 May regional election.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 C("Olaizola's name will stay on the ballot papers because the lists have already been proclaimed.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1)])

# v05: a poll published by a polling institute (CBOS, outside origin) taken directly by four
# outlets. pl "Tak wynika z najnowszego sondażu Centrum Badania Opinii Społecznej" + "Jak czytamy w
# raporcie CBOS" + "Ośrodek zapytał" + "Według CBOS"; de "Das ergab eine am Donnerstag
# veröffentlichte Umfrage des Warschauer Meinungsforschungsinstituts CBOS" + "laut CBOS" + "nach
# Angaben der Meinungsforscher"; fr "selon un sondage de l'institut CBOS publié jeudi" + "D'après
# l'enquête" + "L'institut varsovien relève" + "précise le CBOS"; it "secondo un sondaggio
# dell'istituto CBOS diffuso giovedì" + "rileva l'istituto" + "fa sapere il CBOS".
story("v05_cbos_poll_two_day_vote", "poll", {
"00_pl.txt": """Sondaż CBOS: większość Polaków za dwudniowymi wyborami
Rzeczpospolita
24.06.2027 09:15

Blisko sześciu na dziesięciu Polaków (58 proc.) popiera pomysł, by wybory parlamentarne trwały dwa dni – w sobotę i w niedzielę. Przeciwnego zdania jest 31 proc. badanych, a 11 proc. nie ma w tej sprawie wyrobionej opinii. Tak wynika z najnowszego sondażu Centrum Badania Opinii Społecznej, opublikowanego w czwartek.

Jak czytamy w raporcie CBOS zatytułowanym „Opinie o sposobie głosowania”, za dwudniowym głosowaniem najczęściej opowiadają się osoby w wieku 18–34 lata (71 proc.) oraz mieszkańcy dużych miast. Najmniej zwolenników zmiany jest wśród osób powyżej 65. roku życia – 44 proc.

Ośrodek zapytał także o głosowanie korespondencyjne. Możliwość głosowania listownego dla wszystkich wyborców, a nie tylko dla wybranych grup, popiera 47 proc. respondentów, przeciw jest 41 proc. Według CBOS poparcie dla tego rozwiązania spadło o 6 punktów proc. w porównaniu z badaniem sprzed dwóch lat.

Badanie zrealizowano w dniach 3–13 czerwca na reprezentatywnej próbie 1012 dorosłych mieszkańców Polski, metodą mieszaną (wywiady bezpośrednie, telefoniczne i internetowe).

Dyskusja o wydłużeniu głosowania wraca regularnie po wyborach z niską frekwencją. Zwolennicy zmiany przekonują, że dwa dni ułatwiłyby udział osobom pracującym w weekendy i podróżującym; przeciwnicy wskazują na koszty i ryzyko związane z przechowywaniem kart wyborczych przez noc.
""",
"01_de.txt": """Umfrage: Mehrheit der Polen will an zwei Tagen wählen
Die Zeit
24.06.2027 13:02

Eine Mehrheit der Polinnen und Polen wünscht sich Parlamentswahlen, die sich über ein ganzes Wochenende erstrecken. Das ergab eine am Donnerstag veröffentlichte Umfrage des Warschauer Meinungsforschungsinstituts CBOS. Demnach befürworten 58 Prozent der Befragten eine Stimmabgabe an Samstag und Sonntag, 31 Prozent sind dagegen.

Besonders groß ist die Zustimmung laut CBOS unter jungen Menschen zwischen 18 und 34 Jahren (71 Prozent), am geringsten bei den über 65-Jährigen (44 Prozent). Auch bei der Briefwahl sind die Polen gespalten: 47 Prozent sprechen sich dafür aus, sie allen Wahlberechtigten zu ermöglichen, 41 Prozent lehnen dies ab. Bislang steht sie nur bestimmten Gruppen offen.

Das Institut hatte für die Erhebung zwischen dem 3. und 13. Juni 1012 Erwachsene befragt. Die Zustimmung zur Briefwahl für alle ist nach Angaben der Meinungsforscher im Vergleich zu einer Umfrage von vor zwei Jahren um sechs Prozentpunkte gesunken.

In Polen wird nach Wahlen mit niedriger Beteiligung regelmäßig darüber diskutiert, die Stimmabgabe zu erleichtern. Kritiker einer zweitägigen Wahl verweisen auf höhere Kosten und darauf, dass die Wahlurnen über Nacht gesichert werden müssten.
""",
"02_fr.txt": """Pologne : une majorité favorable à des élections sur deux jours, selon un sondage
La Croix
24 juin 2027

Voter le samedi et le dimanche : l'idée séduit 58 % des Polonais, selon un sondage de l'institut CBOS publié jeudi 24 juin. Près d'un tiers des personnes interrogées (31 %) y sont opposées, tandis que 11 % ne se prononcent pas.

D'après l'enquête, intitulée « Opinions sur les modalités de vote », les jeunes de 18 à 34 ans sont les plus enthousiastes (71 % d'opinions favorables), contre 44 % chez les plus de 65 ans. Les habitants des grandes villes sont également plus nombreux à soutenir la réforme.

Le vote par correspondance divise davantage. L'institut varsovien relève que 47 % des sondés souhaitent l'ouvrir à tous les électeurs, et non plus seulement à certaines catégories, alors que 41 % s'y opposent – un soutien en recul de six points par rapport à une précédente enquête menée il y a deux ans.

Le sondage a été réalisé du 3 au 13 juin auprès d'un échantillon représentatif de 1 012 adultes, par entretiens en face à face, par téléphone et en ligne, précise le CBOS.

En Pologne, le débat sur l'allongement du scrutin resurgit régulièrement après les élections marquées par une faible participation. Ses détracteurs mettent en avant le coût de l'opération et les risques liés à la garde des urnes pendant la nuit.
""",
"03_it.txt": """Polonia, il 58% favorevole al voto su due giorni
Avvenire
24/06/2027 16:40

In Polonia cresce il consenso per le elezioni "lunghe". Il 58% dei cittadini si dice favorevole a far durare il voto per le politiche due giorni, sabato e domenica, secondo un sondaggio dell'istituto CBOS diffuso giovedì a Varsavia. I contrari sono il 31%, gli indecisi l'11%.

La proposta piace soprattutto ai giovani: tra i 18 e i 34 anni, rileva l'istituto, i favorevoli arrivano al 71%, mentre tra gli over 65 si fermano al 44%. Più tiepido il giudizio sul voto per corrispondenza esteso a tutti gli elettori: lo sostiene il 47% degli intervistati, contro il 41% di contrari. Rispetto a un'analoga rilevazione di due anni fa, il sostegno è calato di sei punti, fa sapere il CBOS.

L'indagine è stata condotta tra il 3 e il 13 giugno su un campione rappresentativo di 1.012 adulti, con interviste faccia a faccia, telefoniche e online.

Il tema torna ciclicamente nel dibattito polacco dopo ogni tornata elettorale con un'affluenza bassa. Chi è contrario alla riforma sottolinea i costi aggiuntivi e i rischi legati alla custodia delle urne nella notte tra i due giorni di voto.
""",
}, [O("CBOS", False)],
[E("CBOS", "00_pl.txt"), E("CBOS", "01_de.txt"), E("CBOS", "02_fr.txt"), E("CBOS", "03_it.txt")],
[C("58% of Poles support holding parliamentary elections over two days (Saturday and Sunday); 31% are against.",
   ["00_pl.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], 1),
 C("47% support extending postal voting to all voters, 41% are against.",
   ["00_pl.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], 1)])

# v06: two independent own reports (El Mundo: "según ha podido saber EL MUNDO de fuentes de la
# negociación" + "El pacto, al que ha tenido acceso este periódico" + "explica a este diario una
# persona del entorno del diputado que pide no ser identificada"; El País: "según confirman a EL
# PAÍS fuentes del ministerio y del grupo Mixto" + "resume un alto cargo de Hacienda"); Reuters
# relays El Mundo ("daily El Mundo reported on Tuesday" + "the newspaper said, citing" + "according
# to El Mundo") and adds its own confirmation ("A spokeswoman for Cortegana confirmed to Reuters"):
# edge from El Mundo + Reuters is an in-corpus origin itself. Le Figaro credits both Spanish papers
# ("Selon les quotidiens El Mundo et El País, qui ont publié mardi des informations concordantes" +
# "D'après El Mundo, qui cite" + "El País, qui s'appuie sur"): two edges.
story("v06_spain_budget_vote_two_reports", "two_reports", {
"00_es.txt": """El Gobierno amarra el voto de Compromiso Extremeño para los Presupuestos a cambio de 340 millones para el tren
El Mundo
05/10/2027 05:00

El Gobierno ha cerrado un acuerdo con el diputado de Compromiso Extremeño, Julián Cortegana, para que apoye los Presupuestos Generales del Estado de 2028 a cambio de una inversión de 340 millones de euros en el ferrocarril extremeño, según ha podido saber EL MUNDO de fuentes de la negociación.

El pacto, al que ha tenido acceso este periódico, se firmó en la noche del lunes en el Congreso tras tres semanas de conversaciones discretas con el Ministerio de Hacienda. El documento, de cuatro páginas, compromete la electrificación completa del tramo entre Mérida y Badajoz antes de 2030 y la recuperación de dos frecuencias diarias de tren entre Extremadura y Madrid.

Con el voto de Cortegana, el Ejecutivo sumaría 176 apoyos, la mayoría absoluta de la Cámara, y podría superar sin sobresaltos el debate de totalidad en el que la oposición pretende devolver las cuentas al Gobierno. "Ha sido una negociación dura, pero Extremadura no podía esperar otra legislatura", explica a este diario una persona del entorno del diputado que pide no ser identificada.

Fuentes de Hacienda evitaron confirmar anoche el acuerdo y se limitaron a señalar que "el Gobierno habla con todos los grupos". El debate de totalidad está previsto para el próximo 14 de octubre.

Cortegana, único diputado de su formación en el Congreso, había advertido en varias ocasiones de que votaría en contra de unas cuentas que no incluyeran "compromisos por escrito" para el tren extremeño.
""",
"01_es.txt": """Hacienda pacta con Cortegana el apoyo a las cuentas de 2028
El País
05 oct 2027 - 06:30 CEST

El Ministerio de Hacienda ha alcanzado un acuerdo con Julián Cortegana, único diputado de Compromiso Extremeño en el Congreso, para que vote a favor de los Presupuestos de 2028, según confirman a EL PAÍS fuentes del ministerio y del grupo Mixto. A cambio, el Gobierno se compromete a invertir 340 millones de euros en la red ferroviaria de Extremadura durante los próximos tres años.

Las mismas fuentes sitúan el grueso de la inversión en la electrificación de la línea Mérida-Badajoz y en la mejora de las conexiones con Madrid, una reivindicación histórica de la región. "Es un acuerdo cerrado; queda la letra pequeña del calendario", resume un alto cargo de Hacienda que participó en las conversaciones.

Con Cortegana, la coalición de Gobierno y sus socios alcanzarían 176 votos, justo la mayoría absoluta de la Cámara. El Ejecutivo confía así en superar el debate de totalidad del próximo 14 de octubre, que la oposición quería convertir en una votación sobre la continuidad de la legislatura.

En el entorno de Cortegana rehusaron hacer declaraciones oficiales. El diputado, que en las últimas semanas había amenazado con votar en contra si no se atendían las demandas ferroviarias de su comunidad, tiene previsto comparecer ante los medios este martes en el Congreso.
""",
"02_en.txt": """Spain's government secures key budget vote with rail deal, lawmaker's office confirms
Reuters
2027-10-05T10:42:00Z

MADRID, Oct 5 (Reuters) - Spain's government has struck a deal with a lawmaker from a small regional party to secure his vote for the 2028 budget in exchange for 340 million euros of rail investment in the western Extremadura region, daily El Mundo reported on Tuesday.

Julian Cortegana, the sole deputy of Compromiso Extremeno, signed the agreement with the Finance Ministry late on Monday, the newspaper said, citing sources in the negotiations and a four-page document it had seen.

A spokeswoman for Cortegana confirmed to Reuters that a written agreement had been signed on Monday night and that the lawmaker would vote for the budget. "The commitments are on paper and they are concrete," she said, declining to give details on the amounts.

With Cortegana's vote, the minority coalition government and its allies would have 176 votes in the 350-seat lower house, the exact number needed for an absolute majority, according to El Mundo. The budget faces its first test in a debate on Oct. 14, when opposition parties will try to have the bill sent back to the government.

The Finance Ministry did not respond to a request for comment.
""",
"03_fr.txt": """Espagne : le gouvernement s'assure un vote clé pour son budget 2028 grâce à un député régionaliste
Le Figaro
05/10/2027 17:10

Le gouvernement espagnol a trouvé la voix qui lui manquait pour faire adopter son budget 2028. Selon les quotidiens El Mundo et El País, qui ont publié mardi des informations concordantes, l'exécutif a conclu un accord avec Julián Cortegana, unique député du petit parti régionaliste Compromiso Extremeño, qui votera le projet de loi de finances en échange de 340 millions d'euros d'investissements ferroviaires en Estrémadure.

D'après El Mundo, qui cite des sources proches des négociations, l'accord prévoit notamment l'électrification complète de la ligne Mérida-Badajoz d'ici à 2030. El País, qui s'appuie sur des sources au ministère des Finances, évoque pour sa part un accord « bouclé », dont seul le calendrier resterait à préciser.

Avec ce soutien, la coalition au pouvoir et ses alliés atteindraient 176 voix sur 350 au Congrès des députés, soit tout juste la majorité absolue. Le premier obstacle parlementaire est prévu le 14 octobre, avec l'examen des amendements de rejet déposés par l'opposition.

L'Estrémadure réclame depuis des années la modernisation de son réseau ferré, dont les pannes à répétition sont devenues, pour beaucoup d'habitants, le symbole d'une région oubliée par Madrid.
""",
}, [O("El Mundo", True), O("El País", True), O("Reuters", True)],
[E("El Mundo", "02_en.txt"), E("El Mundo", "03_fr.txt"), E("El País", "03_fr.txt")],
[C("Julián Cortegana (Compromiso Extremeño) agreed to vote for the 2028 budget in exchange for 340 million euros of rail investment in Extremadura.",
   ["00_es.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 3),
 C("The written agreement was signed on Monday night.",
   ["00_es.txt", "02_en.txt"], 2)])

# v07: wire agency ANSA (outside the corpus; its anonymous parliamentary sources belong to ANSA)
# relayed 4x. it "Lo riferisce l'ANSA, citando fonti parlamentari, secondo cui" + "precisa
# l'agenzia" + "Secondo l'ANSA" + "Le stesse fonti"; en "Italian news agency ANSA reported on
# Wednesday, citing parliamentary sources" + "according to ANSA" + "the agency said" + "ANSA
# reported that" + "the agency added"; pl "Jak podała w środę agencja ANSA, powołując się na źródła
# parlamentarne" + "Według włoskiej agencji" + "– informuje ANSA –" + "dodaje agencja"; es (EFE
# wire) "según informó este miércoles la agencia italiana ANSA, que citó fuentes parlamentarias" +
# "precisó la agencia" + "De acuerdo con ANSA" + "según la misma fuente".
story("v07_ansa_fingerprint_voting", "agency", {
"00_it.txt": """Camera, arriva il voto con l'impronta digitale: stop ai "pianisti" dal 2028
Il Fatto Quotidiano
21/07/2027 14:12

Dal prossimo gennaio i deputati potranno votare in Aula solo appoggiando il dito su un lettore di impronte digitali. Lo riferisce l'ANSA, citando fonti parlamentari, secondo cui l'Ufficio di presidenza della Camera ha dato il via libera al nuovo sistema nella riunione di mercoledì mattina.

Le 630 postazioni di voto dell'emiciclo di Montecitorio saranno sostituite con nuove consolle dotate di sensore biometrico, per una spesa complessiva di circa 2,8 milioni di euro, precisa l'agenzia. L'obiettivo dichiarato è porre fine al fenomeno dei cosiddetti "pianisti", i parlamentari che votano anche per i colleghi assenti premendo i pulsanti delle postazioni vicine.

Secondo l'ANSA, i deputati dovranno registrare le proprie impronte tra settembre e dicembre presso gli uffici della Camera; i dati biometrici resteranno conservati in forma cifrata solo all'interno delle consolle e non in un archivio centrale, una soluzione concordata con il Garante per la protezione dei dati personali.

Le stesse fonti spiegano che i lavori di installazione si svolgeranno durante la pausa natalizia, per non interrompere le sedute. Il sistema era stato sperimentato in primavera su una sola fila di banchi.

Negli ultimi anni le immagini delle telecamere dell'Aula hanno più volte sorpreso deputati intenti a votare su più postazioni contemporaneamente, alimentando polemiche e richieste di sanzioni.
""",
"01_en.txt": """Italy's lower house to bring in fingerprint voting to stop MPs voting for absent colleagues
Euronews
21/07/2027 - 16:05

Italy's Chamber of Deputies will introduce fingerprint readers on its voting consoles from January, in a bid to stop lawmakers from casting votes on behalf of absent colleagues, Italian news agency ANSA reported on Wednesday, citing parliamentary sources.

The chamber's governing body, the Bureau (Ufficio di presidenza), approved the plan at a meeting on Wednesday morning, according to ANSA. All 630 voting stations in the chamber will be replaced with new consoles fitted with biometric sensors at a cost of about €2.8 million, the agency said.

The practice of "pianisti" — "piano players" — in which deputies reach over to press the buttons of empty neighbouring seats, has caused repeated embarrassment for Italy's parliament, with several cases caught on the chamber's own cameras over the years.

Under the new system, deputies will have to register their fingerprints with parliamentary staff between September and December. ANSA reported that the biometric data will be stored in encrypted form only inside the consoles rather than in a central database, a solution agreed with Italy's data protection authority.

The hardware is set to be installed during the Christmas recess so that sittings are not disrupted. A trial was carried out on a single row of benches last spring, the agency added.
""",
"02_pl.txt": """Włoscy posłowie będą głosować odciskiem palca. Koniec z „pianistami”
TVN24
21.07.2027 17:30

Od stycznia deputowani do włoskiej Izby Deputowanych będą mogli oddać głos na sali obrad tylko po przyłożeniu palca do czytnika linii papilarnych. Jak podała w środę agencja ANSA, powołując się na źródła parlamentarne, decyzję w tej sprawie podjęło prezydium izby.

Według włoskiej agencji wszystkie 630 stanowisk do głosowania zostanie wymienionych na nowe konsole z czujnikiem biometrycznym. Koszt operacji ma wynieść ok. 2,8 mln euro. Celem jest wyeliminowanie procederu tzw. pianistów – posłów, którzy głosują za nieobecnych kolegów, naciskając przyciski na sąsiednich pulpitach.

Deputowani mają zarejestrować odciski palców między wrześniem a grudniem. Dane biometryczne – informuje ANSA – będą przechowywane w formie zaszyfrowanej wyłącznie w samych konsolach, a nie w centralnej bazie. Takie rozwiązanie uzgodniono z włoskim urzędem ochrony danych osobowych.

Prace instalacyjne zaplanowano na przerwę świąteczną, by nie zakłócać posiedzeń. Wiosną system testowano w jednym rzędzie ław, dodaje agencja.

Sprawy „pianistów” co pewien czas wywołują we Włoszech skandale – kamery na sali obrad wielokrotnie nagrywały posłów, którzy jednocześnie obsługiwali kilka pulpitów.
""",
"03_es.txt": """La Cámara de Diputados italiana implantará el voto con huella dactilar contra los "pianistas"
EFE
21/07/2027 18:02

Roma, 21 jul (EFE).- La Cámara de Diputados de Italia introducirá a partir de enero lectores de huellas dactilares en sus puestos de votación para impedir que los parlamentarios voten en nombre de compañeros ausentes, según informó este miércoles la agencia italiana ANSA, que citó fuentes parlamentarias.

La Oficina de Presidencia de la Cámara baja aprobó el sistema en una reunión celebrada hoy por la mañana, precisó la agencia. Los 630 puestos del hemiciclo de Montecitorio serán sustituidos por nuevas consolas con sensor biométrico, con un coste de unos 2,8 millones de euros.

La medida busca acabar con los llamados "pianistas", diputados que votan por colegas que no están en el pleno pulsando los botones de los escaños contiguos, una práctica que ha generado varios escándalos en los últimos años.

De acuerdo con ANSA, los diputados deberán registrar sus huellas entre septiembre y diciembre, y los datos biométricos se guardarán cifrados únicamente en las propias consolas, sin una base de datos central, una solución pactada con la autoridad italiana de protección de datos.

La instalación se llevará a cabo durante las vacaciones navideñas para no interrumpir la actividad parlamentaria, según la misma fuente, y el sistema ya fue probado esta primavera en una sola fila de escaños.
""",
}, [O("ANSA", False)],
[E("ANSA", "00_it.txt"), E("ANSA", "01_en.txt"), E("ANSA", "02_pl.txt"), E("ANSA", "03_es.txt")],
[C("Italy's Chamber of Deputies will introduce fingerprint readers on its voting consoles from January to stop deputies voting for absent colleagues.",
   ["00_it.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1),
 C("All 630 voting stations will be replaced at a cost of about 2.8 million euros.",
   ["00_it.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1)])

# v08: a party's own statement on its website (outside origin: Freie Mitte) taken directly by dpa,
# Gazeta Wyborcza, AFP and la Repubblica. de "Das teilte die Partei am Dienstag in einer auf ihrer
# Website veröffentlichten Erklärung mit" + "wird … in der Erklärung zitiert" + "heißt es weiter" +
# "nach Angaben der Partei"; pl "– poinformowała partia we wtorek w oświadczeniu opublikowanym na
# swojej stronie internetowej" + "napisała w oświadczeniu" + "Jak czytamy w komunikacie" + "Z
# oświadczenia partii wynika"; fr "a annoncé mardi … dans un communiqué publié sur son site
# internet" + "précise le texte" + "citée dans le communiqué" + "Selon le parti" + "indique encore";
# it "lo ha reso noto lo stesso partito in una nota pubblicata martedì sul proprio sito" + "si legge
# nella nota" + "secondo quanto riferisce il partito" + "precisa il comunicato". The relays' own
# unanswered requests to Renew add no own reporting.
story("v08_party_statement_group_switch", "statement", {
"00_de.txt": """Freie Mitte verlässt Renew-Fraktion im Europaparlament
dpa
03.08.2027, 15:40 Uhr

Berlin (dpa) - Die Kleinpartei Freie Mitte verlässt mit ihren drei Europaabgeordneten die liberale Fraktion Renew Europe im Europäischen Parlament und wechselt zur christdemokratischen EVP-Fraktion. Das teilte die Partei am Dienstag in einer auf ihrer Website veröffentlichten Erklärung mit. Der Wechsel soll zum 1. September wirksam werden.

„Wir haben in den vergangenen Monaten feststellen müssen, dass unsere Vorstellungen von einer wettbewerbsfähigen Landwirtschaft und einem echten Bürokratieabbau in der Renew-Fraktion keine Mehrheit finden“, wird die Parteivorsitzende Katharina Welzenbach in der Erklärung zitiert. Die EVP-Fraktion habe dem Aufnahmeantrag am Montagabend zugestimmt, heißt es weiter.

Der Bundesvorstand der Freien Mitte hatte den Schritt nach Angaben der Partei einstimmig beschlossen. Die drei Abgeordneten – neben Welzenbach der Agrarpolitiker Henrik Asmussen und die frühere Landtagsabgeordnete Petra Ohlendorf – behalten ihre Sitze in den Ausschüssen.

Die Freie Mitte war bei der vergangenen Europawahl mit 2,6 Prozent der Stimmen ins Parlament eingezogen; bei Europawahlen gilt in Deutschland keine Sperrklausel. Renew Europe verliert durch den Wechsel drei Mitglieder. Eine Stellungnahme der Fraktion lag zunächst nicht vor.
""",
"01_pl.txt": """Niemiecka Freie Mitte odchodzi z Renew do EPL. Troje europosłów zmienia frakcję
Gazeta Wyborcza
3 sierpnia 2027, 18:05

Niemiecka partia Freie Mitte (Wolne Centrum) opuszcza liberalną frakcję Renew Europe w Parlamencie Europejskim. Jej troje europosłów od 1 września zasiądzie w ławach Europejskiej Partii Ludowej – poinformowała partia we wtorek w oświadczeniu opublikowanym na swojej stronie internetowej.

– W ostatnich miesiącach musieliśmy stwierdzić, że nasze pomysły na konkurencyjne rolnictwo i ograniczenie biurokracji nie znajdują większości we frakcji Renew – napisała w oświadczeniu przewodnicząca partii Katharina Welzenbach. Jak czytamy w komunikacie, frakcja EPL zgodziła się przyjąć nowych członków w poniedziałek wieczorem.

Decyzję o zmianie frakcji zarząd federalny Freie Mitte podjął jednogłośnie. Z oświadczenia partii wynika, że europosłowie – oprócz Welzenbach są to Henrik Asmussen i Petra Ohlendorf – zachowają miejsca w komisjach, m.in. w komisji rolnictwa.

Dla Renew oznacza to utratę trzech mandatów. Liberałowie do wtorkowego wieczoru nie odpowiedzieli na pytania „Wyborczej”.

Freie Mitte, która w Niemczech przedstawia się jako głos klasy średniej i rolników, weszła do PE dzięki temu, że w wyborach europejskich w Niemczech nie obowiązuje próg wyborczy.
""",
"02_fr.txt": """Parlement européen : le parti allemand Freie Mitte quitte Renew pour le PPE
AFP
03/08/2027 16:52

Le petit parti allemand Freie Mitte (« Centre libre ») a annoncé mardi que ses trois eurodéputés quittaient le groupe libéral Renew Europe au Parlement européen pour rejoindre celui du Parti populaire européen (PPE, droite), dans un communiqué publié sur son site internet.

Le changement de groupe prendra effet le 1er septembre, précise le texte. « Nous avons dû constater ces derniers mois que nos idées en faveur d'une agriculture compétitive et d'une réduction de la bureaucratie ne trouvaient pas de majorité au sein de Renew », affirme la présidente du parti, Katharina Welzenbach, citée dans le communiqué.

Selon le parti, la direction fédérale a pris la décision à l'unanimité et le groupe PPE a accepté la demande d'adhésion lundi soir. Les trois élus – Mme Welzenbach, Henrik Asmussen et Petra Ohlendorf – conserveront leurs sièges dans les commissions parlementaires, indique encore Freie Mitte.

Sollicité par l'AFP, le groupe Renew n'avait pas réagi mardi en fin d'après-midi.

Freie Mitte, qui défend notamment les intérêts des agriculteurs et des petites entreprises, avait fait son entrée au Parlement européen grâce à l'absence de seuil électoral aux élections européennes en Allemagne.
""",
"03_it.txt": """Europarlamento, i tedeschi di Freie Mitte lasciano Renew e passano al Ppe
la Repubblica
3 agosto 2027

Tre eurodeputati in meno per i liberali di Renew Europe. Il partito tedesco Freie Mitte ha annunciato che i suoi tre parlamentari europei aderiranno dal 1° settembre al gruppo del Partito popolare europeo: lo ha reso noto lo stesso partito in una nota pubblicata martedì sul proprio sito.

«Negli ultimi mesi abbiamo dovuto constatare che le nostre idee per un'agricoltura competitiva e per la riduzione della burocrazia non trovano una maggioranza all'interno di Renew», si legge nella nota, firmata dalla presidente Katharina Welzenbach. Il gruppo del Ppe, secondo quanto riferisce il partito, ha approvato la richiesta di adesione lunedì sera.

La decisione è stata presa all'unanimità dalla direzione federale della formazione, che in Germania si presenta come voce del ceto medio e degli agricoltori. Oltre a Welzenbach, il passaggio riguarda Henrik Asmussen e Petra Ohlendorf, che — precisa il comunicato — manterranno i loro incarichi nelle commissioni parlamentari.

Freie Mitte era entrata all'Eurocamera grazie all'assenza di una soglia di sbarramento per le europee in Germania. Da Renew, contattato per un commento, non è arrivata finora alcuna risposta.
""",
}, [O("Freie Mitte", False)],
[E("Freie Mitte", "00_de.txt"), E("Freie Mitte", "01_pl.txt"), E("Freie Mitte", "02_fr.txt"),
 E("Freie Mitte", "03_it.txt")],
[C("The German party Freie Mitte's three MEPs leave the Renew Europe group and join the EPP group from 1 September.",
   ["00_de.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1),
 C("The EPP group approved Freie Mitte's membership request on Monday evening.",
   ["00_de.txt", "01_pl.txt", "02_fr.txt", "03_it.txt"], 1)])


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
        onames = {o["name"] for o in origins}
        outlets = {arts[n].split("\n")[1] for n in names}
        for o in origins:
            assert not o["in_corpus"] or o["name"] in outlets, (id, o)
        for r in relays:
            assert r["article"] in arts, (id, r)
            assert r["origin"] in onames or r["origin"] in outlets, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 112 (elections and parliaments; "
                            "real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
