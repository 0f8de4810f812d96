#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand75 set.

Celebrity, culture and entertainment news in en, fr, de, it, uk. The outlets are real media
names; every celebrity, series, film, album and event is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: in-corpus tabloid exclusive (Daily Mail: "can exclusively reveal", "a source told the Mail",
# "The Mail has seen photographs") relayed with credit by Bild ("wie die britische „Daily Mail“
# berichtet") and Voici ("selon le Daily Mail"), and copied without any credit by Leggo (close
# Italian translation keeping order, quotes and details) -> edge from Daily Mail.
story("r01_daily_mail_secret_wedding", "tabloid_exclusive_credited_and_copied", {
"00_en.txt": """EXCLUSIVE: Callum Ashdown and Imogen Fairleigh secretly marry in Tuscan villa ceremony
Daily Mail
2027-06-14 22:10

Former Northline singer Callum Ashdown has secretly married actress Imogen Fairleigh in an intimate ceremony at a hilltop villa near Montepulciano, the Daily Mail can exclusively reveal.

The couple, who have been together for four years, exchanged vows on Saturday afternoon in front of around 40 guests, who were asked to hand over their mobile phones at the gate.

'They wanted one day that belonged only to them,' a source told the Mail. 'Callum cried through the whole of Imogen's vows. There was no press, no sponsors, nothing on Instagram - just family, a few old friends and a string quartet from Siena.'

Fairleigh, 31, wore a simple silk gown by a little-known Florentine dressmaker, while Ashdown, 34, chose a pale linen suit. Guests dined on wild boar ragu under the olive trees and danced until 2am, the source added.

The Mail has seen photographs of the couple leaving the villa's chapel with confetti in their hair. Representatives for the pair declined to comment.

Ashdown left Northline in 2022 to go solo; Fairleigh is best known for the BBC period drama The Glasshouse.
""",
"01_de.txt": """Heimliche Hochzeit in der Toskana: Popstar Callum Ashdown hat Ja gesagt!
Bild
15.06.2027 08:45

Ex-Boyband-Star Callum Ashdown (34, früher „Northline“) hat heimlich geheiratet! Wie die britische „Daily Mail“ berichtet, gaben sich der Sänger und Schauspielerin Imogen Fairleigh (31) am Samstag in einer Villa nahe Montepulciano das Jawort.

Rund 40 Gäste sollen dabei gewesen sein – ihre Handys mussten sie laut dem Bericht schon am Tor abgeben. „Sie wollten einen Tag, der nur ihnen gehört“, zitiert das Blatt eine Quelle aus dem Umfeld des Paares. Ashdown habe während des gesamten Eheversprechens seiner Braut geweint.

Die Braut trug demnach ein schlichtes Seidenkleid einer Florentiner Schneiderin, der Bräutigam einen hellen Leinenanzug. Gefeiert wurde bis zwei Uhr nachts unter Olivenbäumen.

Das Paar ist seit vier Jahren zusammen. Offiziell bestätigt ist die Hochzeit bislang nicht.
""",
"02_fr.txt": """Callum Ashdown et Imogen Fairleigh se sont mariés en secret en Toscane
Voici
15 juin 2027

Le chanteur britannique Callum Ashdown, ex-membre du boys band Northline, et l'actrice Imogen Fairleigh se sont dit oui samedi dans une villa perchée près de Montepulciano, selon le Daily Mail. Le tabloïd britannique affirme avoir vu des photos du couple à la sortie de la chapelle.

Une quarantaine d'invités seulement, priés de laisser leur téléphone à l'entrée : « Ils voulaient une journée qui n'appartienne qu'à eux », a confié une source au quotidien. Le chanteur de 34 ans aurait pleuré pendant tous les vœux de sa compagne.

En couple depuis quatre ans, les deux stars n'ont pas commenté l'information.
""",
"03_it.txt": """Callum Ashdown e Imogen Fairleigh sposi in segreto in una villa toscana
Leggo
2027-06-15T07:30:00+02:00

L'ex cantante dei Northline Callum Ashdown ha sposato in segreto l'attrice Imogen Fairleigh con una cerimonia intima in una villa in collina vicino a Montepulciano.

La coppia, insieme da quattro anni, si è scambiata le promesse sabato pomeriggio davanti a circa 40 invitati, ai quali è stato chiesto di consegnare i cellulari al cancello.

«Volevano un giorno che appartenesse solo a loro», ha raccontato una fonte. «Callum ha pianto per tutta la durata delle promesse di Imogen. Niente stampa, niente sponsor, niente su Instagram: solo la famiglia, qualche vecchio amico e un quartetto d'archi di Siena».

La Fairleigh, 31 anni, indossava un semplice abito di seta di una sarta fiorentina poco conosciuta, mentre Ashdown, 34 anni, ha scelto un completo di lino chiaro. Gli ospiti hanno cenato con ragù di cinghiale sotto gli ulivi e hanno ballato fino alle 2 di notte.

Esistono fotografie della coppia che esce dalla cappella della villa con i coriandoli nei capelli. I rappresentanti dei due non hanno voluto commentare.

Ashdown ha lasciato i Northline nel 2022 per la carriera solista; la Fairleigh è nota soprattutto per la serie in costume della BBC The Glasshouse.
""",
},
[{"name": "Daily Mail", "in_corpus": True}],
[{"origin": "Daily Mail", "article": "01_de.txt"},
 {"origin": "Daily Mail", "article": "02_fr.txt"},
 {"origin": "Daily Mail", "article": "03_it.txt"}],
[{"text": "Callum Ashdown and Imogen Fairleigh married secretly at a villa near Montepulciano.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "About 40 guests attended the wedding and had to hand in their phones.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], "independent_sources": 1}])

# r02: two outside tabloids. TMZ (first report, broken collarbone) and Page Six (production source,
# two-week pause). en credits both (two edges); de and it credit TMZ; uk (no date line) credits
# Page Six only. The shared claim has two roots.
story("r02_tmz_page_six_set_accident", "outside_tabloids_two_roots", {
"00_en.txt": """Tanner Holloway hospitalised after stunt goes wrong on Atlanta film set
The Independent
2027-03-09T18:20:00+00:00

Tanner Holloway was taken to hospital on Monday after being injured while filming a stunt for his new action thriller in Atlanta.

TMZ, which first reported the accident, said the 41-year-old actor fell from the back of a moving pickup truck during a chase sequence for Dead Reckoning Road and broke his collarbone. The celebrity news site, citing people on set, said Holloway was conscious and joking with paramedics as he was loaded into an ambulance.

Page Six later reported, citing a production source, that filming had been paused for two weeks while the actor recovers. "Nobody wants to rush him back - the insurance people were on set within an hour," the source told the outlet.

Holloway, who rose to fame in the hospital drama Night Shift Nine, has performed many of his own stunts throughout his career. Dead Reckoning Road, co-starring Priya Malhotra, is scheduled for release next year.
""",
"01_de.txt": """US-Schauspieler Tanner Holloway bei Dreharbeiten verletzt
Der Spiegel
09.03.2027 21:40

Der US-Schauspieler Tanner Holloway, 41, hat sich bei Dreharbeiten in Atlanta verletzt und musste ins Krankenhaus gebracht werden. Wie das Promiportal TMZ berichtet, stürzte Holloway während einer Verfolgungsszene für den Actionthriller »Dead Reckoning Road« von der Ladefläche eines fahrenden Pick-ups und brach sich das Schlüsselbein.

Laut TMZ war der Schauspieler ansprechbar, als Sanitäter ihn in einen Rettungswagen brachten. Holloway, bekannt aus der Krankenhausserie »Night Shift Nine«, dreht viele seiner Stunts selbst.
""",
"02_it.txt": """Tanner Holloway ferito sul set: l'attore cade da un pick-up in corsa
Corriere della Sera
10 marzo 2027

Incidente sul set per Tanner Holloway. L'attore americano, 41 anni, è stato portato in ospedale lunedì ad Atlanta dopo essere caduto dal cassone di un pick-up in movimento durante le riprese di una scena d'inseguimento del thriller «Dead Reckoning Road». Secondo il sito statunitense TMZ, che per primo ha dato la notizia, Holloway si è fratturato la clavicola.

Stando a TMZ, che cita persone presenti sul set, l'attore era cosciente e scherzava con i paramedici mentre lo caricavano sull'ambulanza. Holloway, diventato famoso con la serie ospedaliera «Night Shift Nine», è noto per girare personalmente molte delle sue scene d'azione.
""",
"03_uk.txt": """Зірку «Night Shift Nine» Таннера Голловея госпіталізували після травми на знімальному майданчику
ТСН

Американський актор Таннер Голловей потрапив до лікарні після того, як травмувався під час зйомок бойовика «Dead Reckoning Road» в Атланті. Про це повідомляє американське видання Page Six з посиланням на джерело у знімальній групі.

За даними Page Six, зйомки фільму призупинили на два тижні, поки 41-річний актор відновлюється. «Ніхто не хоче квапити його назад — страховики були на майданчику вже за годину», — сказало джерело виданню.

Голловей прославився завдяки серіалу «Night Shift Nine» і часто сам виконує трюки.
""",
},
[{"name": "TMZ", "in_corpus": False}, {"name": "Page Six", "in_corpus": False}],
[{"origin": "TMZ", "article": "00_en.txt"},
 {"origin": "Page Six", "article": "00_en.txt"},
 {"origin": "TMZ", "article": "01_de.txt"},
 {"origin": "TMZ", "article": "02_it.txt"},
 {"origin": "Page Six", "article": "03_uk.txt"}],
[{"text": "Tanner Holloway was taken to hospital after being injured while filming Dead Reckoning Road in Atlanta.",
  "articles": ["00_en.txt", "01_de.txt", "02_it.txt", "03_uk.txt"], "independent_sources": 2}])

# r03: a star's own Instagram post as origin (person, not in corpus). it, fr and de (no outlet line)
# take the post directly; uk credits la Repubblica ("Про це пише італійська газета la Repubblica",
# even though it also mentions the post "як зазначає видання") -> edge from la Repubblica.
story("r03_instagram_tour_cancelled", "instagram_post_with_chain", {
"00_it.txt": """Ginevra Solari annulla il tour d'autunno: «Devo operarmi alle corde vocali»
la Repubblica
2027-09-02 13:15

Ginevra Solari ferma tutto. La cantautrice romana, 29 anni, ha annunciato su Instagram di aver cancellato le diciotto date del suo «Cieli aperti tour», che sarebbe dovuto partire il 4 ottobre da Torino, per sottoporsi a un intervento alle corde vocali.

«Da mesi canto con un polipo che non mi lascia respirare. I medici sono stati chiari: se non mi fermo adesso rischio di non potermi più fermare per scelta mia», ha scritto la cantante in un lungo post accompagnato da una foto in bianco e nero dello studio di registrazione. «Vi chiedo scusa, vi chiedo pazienza. Tornerò, e tornerò con la voce intera».

I biglietti già acquistati saranno rimborsati, ha precisato Solari nello stesso post. L'operazione è prevista a Milano entro la fine del mese. Il suo ultimo album, «Vetro», è rimasto per sei settimane al primo posto della classifica.
""",
"01_fr.txt": """La chanteuse italienne Ginevra Solari annule sa tournée pour se faire opérer des cordes vocales
Le Parisien
2 septembre 2027

Coup dur pour ses fans, y compris en France, où elle devait passer par l'Olympia le 12 novembre. La chanteuse italienne Ginevra Solari a annoncé ce jeudi sur son compte Instagram l'annulation de sa tournée d'automne, soit dix-huit dates, afin de subir une opération des cordes vocales.

« Depuis des mois je chante avec un polype qui m'empêche de respirer », écrit l'artiste de 29 ans dans une longue publication. « Je vous demande pardon, je vous demande patience. Je reviendrai, avec toute ma voix. » Les billets seront remboursés, précise-t-elle.
""",
"02_de.txt": """Ginevra Solari sagt Tournee ab: Die Sängerin muss an den Stimmbändern operiert werden
02.09.2027 16:00

Schock für die Fans von Ginevra Solari: Die italienische Sängerin (29, „Vetro“) hat ihre komplette Herbsttournee abgesagt. Auf Instagram schrieb sie, sie singe seit Monaten mit einem Polypen auf den Stimmbändern und müsse sich operieren lassen.

„Ich bitte euch um Entschuldigung, ich bitte euch um Geduld“, so Solari. Betroffen sind 18 Konzerte, darunter der Auftritt in München am 20. Oktober. Bereits gekaufte Tickets werden erstattet.
""",
"03_uk.txt": """Італійська співачка Джиневра Соларі скасувала тур через операцію на голосових зв'язках
РБК-Україна
2027-09-03 09:05

Італійська співачка Джиневра Соларі скасувала осінній тур із 18 концертів, бо їй потрібна операція на голосових зв'язках. Про це пише італійська газета la Repubblica.

Як зазначає видання, у дописі в Instagram 29-річна виконавиця розповіла, що вже кілька місяців співає з поліпом. Операцію заплановано в Мілані до кінця вересня, а квитки на скасовані концерти повернуть. Альбом Соларі «Vetro» шість тижнів очолював італійський чарт.
""",
},
[{"name": "Ginevra Solari", "in_corpus": False}],
[{"origin": "Ginevra Solari", "article": "00_it.txt"},
 {"origin": "Ginevra Solari", "article": "01_fr.txt"},
 {"origin": "Ginevra Solari", "article": "02_de.txt"},
 {"origin": "la Repubblica", "article": "03_uk.txt"}],
[{"text": "Ginevra Solari cancelled her 18-date autumn tour to undergo vocal-cord surgery.",
  "articles": ["00_it.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Tickets for the cancelled concerts will be refunded.",
  "articles": ["00_it.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1}])

# r04: a representative's statement "to PEOPLE" = People's own reporting (in corpus), not the
# representative as origin. Gala, Closer and Телеграф credit "dem US-Magazin „People“",
# "a confirmé leur représentant au magazine People", "підтвердив журналу People".
story("r04_people_rep_statement_split", "rep_statement_to_people", {
"00_en.txt": """Sloane Whitaker and Reid Callahan Split After Five Years of Marriage
People
2027-05-20T16:05:00-04:00

Sloane Whitaker and Reid Callahan have separated after five years of marriage, PEOPLE can confirm.

"After a great deal of reflection, Sloane and Reid have decided to separate," a representative for the couple tells PEOPLE exclusively. "They remain deeply committed to raising their daughter June together and ask for kindness and privacy at this time."

A source close to the actress tells PEOPLE the decision was mutual and "has been a long time coming," adding that Callahan moved into the guesthouse on the couple's Nashville property in the spring.

Whitaker, 38, and Callahan, 42, met in 2020 when the country singer made a cameo in her legal drama Counsel for the Defense. They married in Big Sur in 2022 and welcomed June in 2024.
""",
"01_de.txt": """Sloane Whitaker und Reid Callahan: Das Hollywood-Paar hat sich getrennt
Gala
21. Mai 2027

Liebes-Aus nach fünf Jahren Ehe: Schauspielerin Sloane Whitaker, 38, und Countrysänger Reid Callahan, 42, gehen getrennte Wege. Ein Sprecher des Paares bestätigte die Trennung dem US-Magazin „People“.

„Nach langem Nachdenken haben Sloane und Reid beschlossen, sich zu trennen“, heißt es in dem Statement. Um ihre Tochter June wollen sich die beiden weiterhin gemeinsam kümmern. Laut „People“ fiel die Entscheidung einvernehmlich.

Kennengelernt hatten sich die beiden 2020 am Set der Anwaltsserie „Counsel for the Defense“.
""",
"02_fr.txt": """Sloane Whitaker et Reid Callahan se séparent après cinq ans de mariage
Closer
2027-05-21 10:30

C'est fini pour Sloane Whitaker et Reid Callahan. L'actrice américaine de 38 ans et le chanteur de country de 42 ans se séparent après cinq ans de mariage, a confirmé leur représentant au magazine People.

« Ils restent profondément attachés à élever ensemble leur fille June », précise le communiqué transmis au magazine américain, qui évoque une décision prise d'un commun accord.
""",
"03_uk.txt": """Зірка «Counsel for the Defense» Слоун Вітакер розлучається з кантрі-співаком Рідом Каллаганом
Телеграф
21.05.2027 14:50

Американська акторка Слоун Вітакер і кантрі-співак Рід Каллаган розійшлися після п'яти років шлюбу. Розставання підтвердив журналу People представник пари.

«Після довгих роздумів Слоун і Рід вирішили розійтися», — йдеться у заяві. Колишнє подружжя й надалі разом виховуватиме доньку Джун. Як пише People, Каллаган ще навесні переїхав до гостьового будинку на їхній ділянці в Нешвіллі.
""",
},
[{"name": "People", "in_corpus": True}],
[{"origin": "People", "article": "01_de.txt"},
 {"origin": "People", "article": "02_fr.txt"},
 {"origin": "People", "article": "03_uk.txt"}],
[{"text": "Sloane Whitaker and Reid Callahan separated after five years of marriage, a representative confirmed.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "They will keep raising their daughter June together.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1}])

# r05: an interview given to Paris Match (in corpus, own interview: "nous reçoit", "qu'elle confie
# pour la première fois à Paris Match") quoted by Bunte ("in einem Interview mit der französischen
# Illustrierten „Paris Match“", "erzählte … dem Magazin"), Corriere della Sera ("in un'intervista a
# Paris Match", "racconta al settimanale") and the Evening Standard ("telling Paris Match").
story("r05_paris_match_interview_quits_cinema", "magazine_interview_in_corpus", {
"00_fr.txt": """Élise Vautrin : « Après ce film, j'arrête le cinéma »
Paris Match
6 octobre 2027

Dans sa maison de la Drôme, entre deux répétitions, Élise Vautrin nous reçoit pieds nus, un chat sur les genoux. À 46 ans, l'actrice aux deux César a pris une décision qu'elle confie pour la première fois à Paris Match : « Les Heures claires sera mon dernier film. Après, je ne fais plus que du théâtre. »

Le tournage de son précédent long-métrage, l'an dernier à Marseille, l'a laissée épuisée. « J'ai fait un burn-out. Je me réveillais la nuit avec le texte du lendemain dans la bouche. Je ne veux plus de ces journées de quatorze heures », raconte-t-elle.

Le théâtre, en revanche, lui « rend le temps ». Elle jouera dès janvier « La Mouette » au Théâtre de l'Atelier, dans une mise en scène de Bastien Morel. « Je n'ai jamais été aussi heureuse dans une loge », dit-elle en riant.
""",
"01_de.txt": """Élise Vautrin hört mit dem Kino auf
Bunte
07.10.2027 09:20

Die französische Schauspielerin Élise Vautrin, 46, will nach ihrem aktuellen Film „Les Heures claires“ keine Kinofilme mehr drehen. Das sagte die zweifache César-Preisträgerin in einem Interview mit der französischen Illustrierten „Paris Match“. „Danach mache ich nur noch Theater.“

Der Dreh ihres vorigen Films habe sie in ein Burn-out getrieben, erzählte Vautrin dem Magazin. Ab Januar steht sie in Paris in Tschechows „Die Möwe“ auf der Bühne.
""",
"02_it.txt": """Élise Vautrin lascia il cinema: «Solo teatro dopo il mio ultimo film»
Corriere della Sera
2027-10-07T11:00:00+02:00

«Les Heures claires sarà il mio ultimo film. Dopo, solo teatro». Lo ha annunciato l'attrice francese Élise Vautrin, 46 anni e due premi César, in un'intervista a Paris Match.

Vautrin racconta al settimanale di aver sofferto di burnout durante le riprese del film precedente, a Marsiglia: «Mi svegliavo la notte con le battute del giorno dopo in bocca». Da gennaio sarà in scena a Parigi con «Il gabbiano» di Čechov.
""",
"03_en.txt": """French star Élise Vautrin quits cinema: 'My next film will be my last'
Evening Standard
2027-10-07 12:40

Two-time César winner Élise Vautrin has announced she will retire from film acting after her current project, telling Paris Match she will devote herself entirely to the stage.

"Les Heures claires will be my last film. After that, I only do theatre," the 46-year-old told the French weekly. She will star in Chekhov's The Seagull in Paris from January.
""",
},
[{"name": "Paris Match", "in_corpus": True}],
[{"origin": "Paris Match", "article": "01_de.txt"},
 {"origin": "Paris Match", "article": "02_it.txt"},
 {"origin": "Paris Match", "article": "03_en.txt"}],
[{"text": "Élise Vautrin says Les Heures claires will be her last film and she will only do theatre afterwards.",
  "articles": ["00_fr.txt", "01_de.txt", "02_it.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Vautrin suffered burnout while shooting her previous film.",
  "articles": ["00_fr.txt", "01_de.txt", "02_it.txt"], "independent_sources": 1}])

# r06: rumour (Bild's own: "nach BILD-Informationen", "sagte ein Vertrauter … zu BILD") denied by the
# star's agent in Stern's own reporting ("sagte sie dem Stern"); Stern also credits Bild for the
# rumour (edge Bild -> Stern, Stern is an origin too). ТСН credits both (two edges). Télé-Loisirs
# (no date line) credits only Bild. Article-level roots: Stern and ТСН articles have {Bild, Stern}.
story("r06_bild_rumour_agent_denial", "rumour_denied_by_agent", {
"00_de.txt": """TV-Beben bei „Hafenwache Kiel“: Taras Wendt schmeißt hin!
Bild
2027-11-12 06:00

Paukenschlag bei einem der beliebtesten Krimis im Ersten! Taras Wendt (44), seit zwölf Jahren Kommissar Jens Ohlsen in „Hafenwache Kiel“, steigt nach BILD-Informationen aus der Serie aus. Die aktuelle 13. Staffel soll seine letzte sein.

Grund ist laut einem Insider ein Streit ums Geld: Die Produktionsfirma habe Wendts Gagenforderung für weitere Folgen abgelehnt. „Er ist tief gekränkt. Nach zwölf Jahren fühlt er sich wie ein Möbelstück behandelt“, sagte ein Vertrauter des Schauspielers zu BILD.

Wendt, der in Charkiw geboren wurde und mit neun Jahren nach Kiel kam, ist auch in der Ukraine ein Star – die Serie läuft dort seit Jahren synchronisiert im Fernsehen.
""",
"01_de.txt": """Taras Wendt bleibt „Hafenwache Kiel“ treu – Agentin dementiert Ausstiegsbericht
Stern
12. November 2027

Die Meldung hatte am Morgen für Aufregung unter Krimifans gesorgt: Taras Wendt, 44, verlasse nach zwölf Jahren die ARD-Serie „Hafenwache Kiel“, hatte die „Bild“-Zeitung unter Berufung auf einen Vertrauten berichtet. Grund sei ein Streit um die Gage.

Wendts Agentin Sabine Rauch weist das zurück. „Das ist frei erfunden“, sagte sie dem Stern am Freitagnachmittag. „Taras hat einen Vertrag bis 2029, und im März beginnen die Dreharbeiten zur 14. Staffel. Es gibt keinen Streit, und es gab nie einen.“ Über Gagen spreche man grundsätzlich nicht öffentlich.
""",
"02_uk.txt": """Актор із Харкова Тарас Вендт не покидає серіал «Hafenwache Kiel»: агентка спростувала чутки
ТСН
13.11.2027 10:20

Німецька газета Bild повідомила, що 44-річний актор Тарас Вендт, який народився в Харкові, після дванадцяти років іде з популярного детективного серіалу «Hafenwache Kiel» через суперечку щодо гонорару. Серіал знають і українські глядачі — його роками показують у дубляжі.

Проте агентка актора Сабіне Раух спростувала цю інформацію в коментарі журналу Stern. «Це повна вигадка», — заявила вона, додавши, що Вендт має контракт до 2029 року, а зйомки 14-го сезону почнуться в березні.
""",
"03_fr.txt": """Hafenwache Kiel : Taras Wendt quitterait la série allemande après douze ans
Télé-Loisirs

Taras Wendt, l'interprète du commissaire Jens Ohlsen dans la série policière allemande « Hafenwache Kiel », s'apprêterait à quitter le programme à l'issue de la 13e saison. C'est ce qu'affirme le quotidien allemand Bild, selon lequel l'acteur de 44 ans n'aurait pas obtenu la hausse de cachet qu'il réclamait.

« Il est profondément blessé », a confié un proche au journal. La série est diffusée en France sous le titre « Les Quais de Kiel ».
""",
},
[{"name": "Bild", "in_corpus": True}, {"name": "Stern", "in_corpus": True}],
[{"origin": "Bild", "article": "01_de.txt"},
 {"origin": "Bild", "article": "02_uk.txt"},
 {"origin": "Stern", "article": "02_uk.txt"},
 {"origin": "Bild", "article": "03_fr.txt"}],
[{"text": "Taras Wendt is said to be leaving Hafenwache Kiel after twelve years over a fee dispute.",
  "articles": ["00_de.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "Wendt's agent Sabine Rauch denied the report, saying he has a contract until 2029.",
  "articles": ["01_de.txt", "02_uk.txt"], "independent_sources": 2}])

# r07: an interview given to Vanity Fair (not in corpus) quoted by The Guardian ("told Vanity Fair
# in an interview published on Monday"), la Repubblica ("in un'intervista a Vanity Fair") and a uk
# article without outlet line ("в інтерв'ю журналу Vanity Fair"); Le Figaro credits The Guardian
# ("rapporte le quotidien britannique The Guardian, qui cite un entretien … à Vanity Fair") -> edge
# from The Guardian.
story("r07_vanity_fair_interview_sequel", "magazine_interview_outside_with_chain", {
"00_en.txt": """Nora Castellane says she turned down Starfall sequel over final cut
The Guardian
16 November 2027

The Oscar-winning director Nora Castellane has revealed she turned down an offer to direct the sequel to the science-fiction blockbuster Starfall because the studio refused to give her final cut.

"They offered me more money than I've made on all my films combined," Castellane told Vanity Fair in an interview published on Monday. "But they wanted a director, not a film-maker. I'd have been the person standing next to the camera while a committee decides."

The 52-year-old, who won best director for The Long Quiet in 2024, told the magazine she is instead shooting a low-budget drama on the Aran Islands with a cast of non-professional actors. Starfall 2 is now being directed by Marcus Elby and is due in 2029.
""",
"01_it.txt": """Nora Castellane: «Ho detto no a Starfall 2, volevano un esecutore»
la Repubblica
2027-11-16 14:30

Il premio Oscar Nora Castellane ha rifiutato di dirigere il sequel di «Starfall». Lo ha raccontato la regista americana, 52 anni, in un'intervista a Vanity Fair: lo studio le aveva offerto «più soldi di quanti ne abbia guadagnati con tutti i miei film messi insieme», ma non il final cut.

«Volevano un regista, non un autore», ha detto alla rivista. Castellane sta ora girando un piccolo film sulle isole Aran, in Irlanda, con attori non professionisti.
""",
"02_uk.txt": """Оскароносна режисерка Нора Кастеллейн відмовилася знімати сиквел «Starfall»
16.11.2027 19:45

Американська режисерка Нора Кастеллейн, володарка «Оскара» за фільм «Довга тиша», відмовилася від пропозиції зняти продовження фантастичного блокбастера «Starfall». Про це вона розповіла в інтерв'ю журналу Vanity Fair.

За словами 52-річної режисерки, студія пропонувала їй рекордний гонорар, але відмовилася дати право остаточного монтажу. «Їм потрібен був режисер, а не автор», — сказала Кастеллейн. Зараз вона знімає малобюджетну драму на ірландських островах Аран.
""",
"03_fr.txt": """Nora Castellane a refusé de réaliser la suite de « Starfall »
Le Figaro
17 novembre 2027

La réalisatrice américaine Nora Castellane, oscarisée pour « The Long Quiet », a décliné l'offre de réaliser la suite du blockbuster de science-fiction « Starfall », rapporte le quotidien britannique The Guardian, qui cite un entretien accordé par la cinéaste au magazine Vanity Fair.

Le studio lui refusait le montage final. « Ils voulaient un réalisateur, pas une cinéaste », aurait-elle déclaré. Elle tourne actuellement un film à petit budget dans les îles d'Aran, en Irlande.
""",
},
[{"name": "Vanity Fair", "in_corpus": False}],
[{"origin": "Vanity Fair", "article": "00_en.txt"},
 {"origin": "Vanity Fair", "article": "01_it.txt"},
 {"origin": "Vanity Fair", "article": "02_uk.txt"},
 {"origin": "The Guardian", "article": "03_fr.txt"}],
[{"text": "Nora Castellane turned down directing the Starfall sequel because the studio refused her final cut.",
  "articles": ["00_en.txt", "01_it.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 75 (celebrity/culture news, real outlet names, invented people and events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
