#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand132 set.

Archaeology and cultural heritage. Real media names; every event, person, company, site, museum
object, figure and quote is invented. No text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# q01: outside wire agency ANSA relayed 5x: it "Lo riferisce l'ANSA" + "ha spiegato all'ANSA" +
# "riferisce ancora l'agenzia"; en "the Italian news agency ANSA reported" + "told ANSA" +
# "According to the agency"; de "wie die italienische Nachrichtenagentur Ansa berichtet" + "sagte …
# der Agentur" + "laut Ansa"; pl "podała włoska agencja ANSA" + "powiedział agencji ANSA" + "Jak
# dodaje agencja"; es "según informó … la agencia italiana ANSA" + "declaró a la agencia" +
# "siempre según ANSA". The Carabinieri colonel only speaks to ANSA: not an origin.
story("q01_agency_etruscan_urns", "agency", {
"00_it.txt": """Urne etrusche nascoste in un casolare nel Senese: recuperati 14 reperti, due arresti
Il Messaggero
12 maggio 2027, 13:47

Quattordici urne cinerarie etrusche, databili tra il III e il II secolo avanti Cristo, erano nascoste sotto teli di plastica nel fienile di un casolare a Poggio alla Cerreta, nelle campagne senesi. Le hanno recuperate i carabinieri del Nucleo Tutela Patrimonio Culturale di Firenze, che hanno arrestato due uomini di 61 e 38 anni, padre e figlio. Lo riferisce l'ANSA.

Secondo quanto ricostruito dagli investigatori, i reperti provenivano da scavi clandestini in una necropoli finora sconosciuta, a pochi chilometri dal casolare, ed erano pronti per essere trasferiti in Svizzera, dove un intermediario avrebbe dovuto piazzarli sul mercato antiquario. Il valore complessivo è stimato in circa 2,3 milioni di euro.

"Sono pezzi di altissima qualità, alcuni conservano ancora tracce di policromia sui coperchi", ha spiegato all'ANSA il colonnello Marco Ruggeri, comandante del nucleo fiorentino. "Chi scava di notte con il metal detector e la ruspa non distrugge solo gli oggetti: distrugge il contesto, cioè la storia".

Le indagini erano partite a febbraio da una segnalazione della Soprintendenza, che aveva notato buche fresche in un terreno agricolo sottoposto a vincolo archeologico. Nel casolare i militari hanno trovato anche attrezzi da scavo, un georadar portatile e un quaderno con appunti e schizzi delle tombe.

Le urne, in alabastro e terracotta, saranno ora affidate agli archeologi della Soprintendenza per la catalogazione e il restauro. I due arrestati, riferisce ancora l'agenzia, sono accusati di scavo clandestino, impossessamento illecito di beni culturali e ricettazione.
""",
"01_en.txt": """Italian police seize 14 looted Etruscan urns from Tuscan farmhouse
The Art Newspaper
2027-05-12T15:30:00+01:00

Italy's specialist art-crime police have recovered 14 Etruscan cinerary urns that had been hidden in a hay barn in the countryside near Siena and arrested a father and son aged 61 and 38, the Italian news agency ANSA reported on Wednesday.

The urns, made of alabaster and terracotta and dating from the third and second centuries BC, are believed to come from illicit digging at a previously unknown necropolis a few kilometres from the farmhouse at Poggio alla Cerreta. Investigators say they were about to be smuggled to Switzerland and sold through a middleman. Their combined value is estimated at around €2.3m.

"These are pieces of the very highest quality; some still have traces of their original paint on the lids," Colonel Marco Ruggeri, who heads the Florence unit of the Carabinieri's cultural heritage command, told ANSA.

According to the agency, the investigation began in February after heritage officials noticed freshly dug holes in a protected field. Officers searching the farmhouse also found digging tools, a portable ground-penetrating radar and a notebook filled with notes and sketches of tombs.

Tomb robbing remains a stubborn problem in central Italy despite decades of enforcement, and the so-called tombaroli continue to supply dealers abroad. The two men face charges including illegal excavation and receiving stolen goods. The urns will now be catalogued and conserved by archaeologists from the regional heritage superintendency.
""",
"02_de.txt": """Raubgräber in der Toskana: Carabinieri stellen 14 etruskische Urnen sicher
Süddeutsche Zeitung
12.05.2027, 17:05 Uhr

In einer Scheune in der Nähe von Siena haben italienische Kunstschutz-Carabinieri 14 etruskische Aschenurnen entdeckt, wie die italienische Nachrichtenagentur Ansa berichtet. Ein Vater und sein Sohn, 61 und 38 Jahre alt, wurden festgenommen.

Die Urnen aus Alabaster und Terrakotta stammen aus dem dritten und zweiten Jahrhundert vor Christus. Nach Angaben der Ermittler wurden sie bei illegalen Grabungen in einer bislang unbekannten Nekropole wenige Kilometer von dem Bauernhof in Poggio alla Cerreta aus dem Boden geholt. Sie sollten offenbar in die Schweiz geschmuggelt und dort über einen Mittelsmann verkauft werden. Der Wert wird auf rund 2,3 Millionen Euro geschätzt.

„Das sind Stücke von allerhöchster Qualität, manche tragen auf den Deckeln noch Reste der ursprünglichen Bemalung", sagte Oberst Marco Ruggeri, Leiter der Florentiner Einheit, der Agentur. Wer nachts mit Metalldetektor und Bagger grabe, zerstöre nicht nur Objekte, sondern den Fundzusammenhang – „also die Geschichte".

Ins Rollen kamen die Ermittlungen laut Ansa im Februar, als Mitarbeitern der Denkmalbehörde frisch ausgehobene Löcher auf einem geschützten Acker auffielen. Bei der Durchsuchung fanden die Beamten zudem Grabwerkzeug, ein tragbares Bodenradar und ein Notizbuch mit Skizzen von Grabkammern.

Raubgrabungen sind in Mittelitalien seit Jahrzehnten ein Problem; die sogenannten Tombaroli beliefern einen internationalen Markt. Den beiden Festgenommenen werden unter anderem illegale Grabungen und Hehlerei vorgeworfen.
""",
"03_pl.txt": """Włochy: karabinierzy odzyskali 14 etruskich urn z nielegalnych wykopalisk
Rzeczpospolita
12 maja 2027 r., 18:20

Czternaście etruskich urn na prochy zmarłych, ukrytych pod plandekami w stodole na wsi w pobliżu Sieny, odzyskali włoscy karabinierzy z jednostki ochrony dziedzictwa kulturowego – podała włoska agencja ANSA. Zatrzymano dwóch mężczyzn, ojca i syna w wieku 61 i 38 lat.

Urny z alabastru i terakoty pochodzą z III i II wieku p.n.e. Według śledczych wydobyto je podczas nielegalnych wykopalisk na nieznanej dotąd nekropolii, kilka kilometrów od gospodarstwa w miejscowości Poggio alla Cerreta. Miały trafić do Szwajcarii, a stamtąd – za pośrednictwem zagranicznego handlarza – na rynek antykwaryczny. Ich wartość oszacowano na ok. 2,3 mln euro.

– To obiekty najwyższej klasy, na niektórych pokrywach zachowały się jeszcze ślady polichromii – powiedział agencji ANSA płk Marco Ruggeri, dowódca florenckiej jednostki karabinierów. – Kto kopie nocą z wykrywaczem metali i koparką, niszczy nie tylko przedmioty, ale też kontekst, czyli historię.

Jak dodaje agencja, śledztwo ruszyło w lutym, gdy pracownicy urzędu konserwatorskiego zauważyli świeżo wykopane doły na chronionym polu. Podczas przeszukania znaleziono także narzędzia do kopania, przenośny georadar i zeszyt ze szkicami grobowców.

Rabunkowe wykopaliska to we Włoszech problem od dziesięcioleci. Zatrzymanym grozi odpowiedzialność m.in. za nielegalne poszukiwania zabytków i paserstwo.
""",
"04_es.txt": """Los Carabineros recuperan 14 urnas etruscas expoliadas escondidas en un pajar de la Toscana
El Mundo
Miércoles, 12 de mayo de 2027 - 19:42

La unidad de protección del patrimonio cultural de los Carabineros italianos ha recuperado 14 urnas funerarias etruscas escondidas en el pajar de una granja cerca de Siena y ha detenido a un padre y a su hijo, de 61 y 38 años, según informó este miércoles la agencia italiana ANSA.

Las piezas, de alabastro y terracota, datan de los siglos III y II antes de Cristo y procederían de excavaciones clandestinas en una necrópolis hasta ahora desconocida, situada a pocos kilómetros de la finca de Poggio alla Cerreta. Los investigadores creen que estaban a punto de ser sacadas de contrabando hacia Suiza para venderlas a través de un intermediario. Su valor se estima en unos 2,3 millones de euros.

"Son piezas de altísima calidad; algunas conservan todavía restos de policromía en las tapas", declaró a la agencia el coronel Marco Ruggeri, jefe de la unidad de Florencia.

La investigación, siempre según ANSA, arrancó en febrero, cuando técnicos de la Superintendencia detectaron hoyos recién excavados en un terreno protegido. En el registro de la finca aparecieron además herramientas de excavación, un georradar portátil y un cuaderno con bocetos de tumbas.

El expolio de necrópolis etruscas, obra de los llamados tombaroli, sigue alimentando el mercado negro de antigüedades. Los detenidos están acusados de excavación ilegal y receptación.
""",
}, [{"name": "ANSA", "in_corpus": False}],
[{"origin": "ANSA", "article": a} for a in ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_es.txt"]],
[("Carabinieri recovered 14 Etruscan cinerary urns hidden in a farmhouse barn near Siena.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_es.txt"], 1),
 ("A father and son aged 61 and 38 were arrested.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_es.txt"], 1),
 ("The urns are valued at about 2.3 million euros.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pl.txt", "04_es.txt"], 1)])

# q02: in-corpus scoop by la Repubblica with two anonymous ministry officials and a draft agreement
# seen by the paper (the anonymous people belong to la Repubblica's report); relayed 3x: en "the Rome
# daily la Repubblica reported …, citing two culture ministry officials who asked not to be named" +
# "told the paper"; fr "selon le quotidien romain La Repubblica, qui cite deux fonctionnaires … sous
# couvert d'anonymat" + "précise La Repubblica" + "ajoute le quotidien"; de "berichtet die römische
# Tageszeitung „La Repubblica" unter Berufung auf zwei Beamte" + "zitiert das Blatt" + "so „La Repubblica"".
story("q02_scoop_repubblica_athlete_head", "scoop", {
"00_it.txt": """Philadelphia restituisce all'Italia la testa dell'atleta trafugata a Tivoli
la Repubblica
2027-03-18T06:00:00+01:00

Dopo quasi cinquant'anni la testa in marmo del "Giovane atleta", scavata di notte nelle campagne di Tivoli e uscita dall'Italia alla fine degli anni Settanta, sta per tornare a casa. Il Thornbury Museum of Ancient Art di Philadelphia, che la espone dal 1984, ha accettato di restituirla allo Stato italiano. Lo hanno confermato a Repubblica due funzionari del ministero della Cultura, che hanno chiesto di restare anonimi perché la trattativa non è ancora formalmente chiusa.

La bozza di accordo, che Repubblica ha potuto visionare, prevede la consegna entro settembre. In cambio il museo americano riceverà in prestito per quattro anni tre opere provenienti da musei statali italiani, tra cui un bronzetto etrusco oggi conservato nei depositi.

La scultura, del I secolo dopo Cristo, raffigura un giovane con il capo cinto dalla benda dei vincitori. Secondo i due funzionari, a convincere il museo sono state alcune fotografie Polaroid sequestrate nel 2019 a un mercante romano: mostrano la testa ancora incrostata di terra, appoggiata su un quotidiano del 1977. "Di fronte a quelle immagini non c'era più margine di discussione", dice uno dei due.

Interpellato da Repubblica, un portavoce del Thornbury Museum ha risposto di "non commentare trattative in corso". Il ministero, ufficialmente, non ha rilasciato dichiarazioni.

Negli ultimi quindici anni i musei statunitensi hanno restituito all'Italia centinaia di reperti di provenienza illecita, spesso nell'ambito di accordi che prevedono prestiti di scambio. Per gli archeologi, però, il danno resta: del luogo esatto in cui fu trovata la testa di Tivoli non si sa ancora nulla.
""",
"01_en.txt": """Philadelphia museum to return looted Roman athlete head to Italy, report says
The Guardian
Thu 18 Mar 2027 11.20 GMT

A Philadelphia museum has agreed to return to Italy a first-century marble head of a young athlete that was dug up illegally near Tivoli and smuggled abroad in the late 1970s, the Rome daily la Repubblica reported on Thursday, citing two culture ministry officials who asked not to be named because the negotiations had not formally concluded.

The Thornbury Museum of Ancient Art, which has displayed the head since 1984, will hand it over by September under a draft agreement seen by the newspaper. In return it will receive four-year loans of three works from Italian state museums, including an Etruscan bronze figurine currently kept in storage.

According to the officials quoted by la Repubblica, the decisive evidence was a set of Polaroid photographs seized in 2019 from a Roman dealer, showing the head still caked in soil and resting on a 1977 newspaper. "Faced with those pictures there was no room left for discussion," one of them told the paper.

A spokesperson for the Thornbury declined to comment on "ongoing discussions", la Repubblica said. Italy's culture ministry has not commented publicly.

The case is the latest in a long series of restitutions by American museums, which have returned hundreds of objects of illicit origin to Italy over the past 15 years, often in exchange for loans of works from Italian collections.
""",
"02_fr.txt": """Un musée de Philadelphie va restituer à l'Italie une tête d'athlète romaine pillée
Le Figaro
18 mars 2027 à 15:05

Près d'un demi-siècle après sa sortie clandestine d'Italie, la tête en marbre d'un jeune athlète du Ier siècle apr. J.-C. devrait rentrer à Rome. Le Thornbury Museum of Ancient Art de Philadelphie a accepté de la restituer, selon le quotidien romain La Repubblica, qui cite deux fonctionnaires du ministère italien de la Culture s'exprimant sous couvert d'anonymat.

D'après un projet d'accord consulté par le journal, la restitution doit intervenir d'ici septembre. En contrepartie, le musée américain recevra en prêt pour quatre ans trois œuvres issues des musées d'État italiens, dont une statuette étrusque en bronze.

La sculpture, exhumée illégalement de nuit près de Tivoli, avait quitté l'Italie à la fin des années 1970 et est exposée à Philadelphie depuis 1984. Ce sont des photos Polaroid, saisies en 2019 chez un marchand romain, qui auraient fait basculer le dossier : on y voit la tête encore couverte de terre, posée sur un journal de 1977, précise La Repubblica.

Le musée n'a pas souhaité commenter des « discussions en cours », ajoute le quotidien. Le ministère italien n'a pas fait de déclaration officielle.

Depuis une quinzaine d'années, les musées américains ont rendu des centaines d'antiquités d'origine illicite à l'Italie, souvent en échange de prêts.
""",
"03_de.txt": """Rückgabe nach Rom: Museum in Philadelphia gibt römischen Athletenkopf zurück
Frankfurter Allgemeine Zeitung
18. März 2027

Ein Museum in Philadelphia will einen in den Siebzigerjahren aus Italien geschmuggelten Marmorkopf zurückgeben. Das berichtet die römische Tageszeitung „La Repubblica" unter Berufung auf zwei Beamte des italienischen Kulturministeriums, die anonym bleiben wollten, weil die Verhandlungen noch nicht formell abgeschlossen seien.

Der Kopf eines jungen Athleten mit Siegerbinde aus dem ersten Jahrhundert nach Christus war nachts bei Tivoli illegal ausgegraben worden. Das Thornbury Museum of Ancient Art zeigt ihn seit 1984. Laut einem Vertragsentwurf, den die Zeitung einsehen konnte, soll er bis September nach Italien zurückkehren; im Gegenzug erhält das amerikanische Museum für vier Jahre drei Leihgaben aus italienischen Staatsmuseen, darunter eine etruskische Bronzefigur.

Den Ausschlag gaben dem Bericht zufolge Polaroidfotos, die 2019 bei einem römischen Händler beschlagnahmt worden waren: Sie zeigen den Kopf noch erdverkrustet auf einer Zeitung von 1977. „Angesichts dieser Bilder gab es keinen Verhandlungsspielraum mehr", zitiert das Blatt einen der Beamten.

Das Museum wollte sich zu „laufenden Gesprächen" nicht äußern, so „La Repubblica". Italien hat in den vergangenen fünfzehn Jahren Hunderte Objekte aus amerikanischen Museen zurückerhalten, häufig im Tausch gegen Leihgaben.
""",
}, [{"name": "la Repubblica", "in_corpus": True}],
[{"origin": "la Repubblica", "article": a} for a in ["01_en.txt", "02_fr.txt", "03_de.txt"]],
[("The Thornbury Museum of Ancient Art in Philadelphia will return to Italy a first-century marble head of a young athlete looted near Tivoli.",
  ["00_it.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 1),
 ("In return the museum will receive four-year loans of three works from Italian state museums.",
  ["00_it.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 1),
 ("Polaroid photos seized in 2019 from a Roman dealer show the head covered in soil on a 1977 newspaper.",
  ["00_it.txt", "01_en.txt", "02_fr.txt", "03_de.txt"], 1)])

# q03: chain uk -> pl -> de, es. Suspilne's own report (correspondent on site, director "розповіла
# Суспільному"); pl "Jak poinformowało ukraińskie radio i telewizja publiczna Suspilne" + "relacjonuje
# reporterka Suspilne" + "powiedziała Suspilnemu" (dative) + "Jak podaje Suspilne"; de "berichtet die
# polnische Tageszeitung „Gazeta Wyborcza" unter Berufung auf den … Rundfunk Suspilne" -> edge from
# Gazeta Wyborcza only; es (no date line) "según recoge el diario polaco Gazeta Wyborcza" + "detalla
# el rotativo" + "citada por el periódico polaco" -> edge from Gazeta Wyborcza.
story("q03_chain_manor_museum_drones", "chain", {
"00_uk.txt": """На Сумщині дрони пошкодили садибу Ковалевських, де розміщений краєзнавчий музей
Суспільне
13 травня 2027, 10:25

Унаслідок нічної атаки дронів у селі Лозове Сумської області пошкоджено садибу Ковалевських — пам'ятку архітектури середини XIX століття, у якій від 1968 року працює краєзнавчий музей. Кореспондентка Суспільного побувала на місці в четвер вранці.

Вибуховою хвилею зірвало частину даху над центральною залою, по фасаду з боку парку пішли тріщини, у більшості вікон вибито шибки. Ліпнина на стелі парадної вітальні частково обвалилася, підлога засипана склом і тиньком.

«Ми встигли вивезти основну колекцію ще у 2022 році — це близько 3 200 предметів. Але сама будівля — теж експонат, і її ми вивезти не можемо», — розповіла Суспільному директорка музею Галина Степанюк. За її словами, у садибі залишалися близько 40 експонатів, переважно великогабаритні меблі та кахляні печі, і частина з них пошкоджена.

Працівники музею разом із волонтерами вже накривають дах плівкою, щоб уберегти інтер'єри від дощу. Степанюк каже, що насамперед потрібні брезент, дошки та кошти на тимчасову покрівлю.

За даними обласної військової адміністрації, атака тривала близько двох годин; загиблих і поранених у селі немає.

Садиба Ковалевських внесена до Державного реєстру нерухомих пам'яток України. Будинок звели в 1840-х роках для родини місцевих землевласників, а в радянський час тут містилася сільська школа.
""",
"01_pl.txt": """Drony uszkodziły XIX-wieczny dwór na Ukrainie. W środku było muzeum
Gazeta Wyborcza
13.05.2027, 15:40

Jak poinformowało ukraińskie radio i telewizja publiczna Suspilne, w nocy ze środy na czwartek w wyniku ataku dronów uszkodzony został dwór Kowalewskich we wsi Łozowe w obwodzie sumskim. Ten zabytek z połowy XIX wieku od 1968 roku jest siedzibą muzeum krajoznawczego.

Fala uderzeniowa zerwała część dachu nad główną salą, na elewacji od strony parku pojawiły się pęknięcia, w większości okien wypadły szyby. Częściowo runęła też sztukateria na suficie salonu reprezentacyjnego – relacjonuje reporterka Suspilne, która w czwartek rano dotarła na miejsce.

– Główną kolekcję, ok. 3200 obiektów, zdążyliśmy wywieźć jeszcze w 2022 roku. Ale sam budynek to też eksponat, a jego wywieźć się nie da – powiedziała Suspilnemu dyrektorka muzeum Hałyna Stepaniuk. W dworze zostało ok. 40 eksponatów, głównie duże meble i kaflowe piece; część z nich ucierpiała.

Pracownicy muzeum i wolontariusze zabezpieczają już dach folią, by deszcz nie zniszczył wnętrz. Jak podaje Suspilne, w wyniku ataku nikt we wsi nie zginął ani nie został ranny.

Dwór wzniesiono w latach 40. XIX wieku dla rodziny miejscowych ziemian, w czasach radzieckich mieściła się w nim szkoła. Od początku pełnoskalowej inwazji Rosji na Ukrainie uszkodzone zostały setki zabytków.
""",
"02_de.txt": """Drohnen beschädigen Gutshaus mit Heimatmuseum in der Ukraine
Süddeutsche Zeitung
14. Mai 2027, 07:15 Uhr

Bei einem nächtlichen Drohnenangriff im Nordosten der Ukraine ist ein denkmalgeschütztes Gutshaus aus dem 19. Jahrhundert schwer beschädigt worden, in dem ein Heimatmuseum untergebracht ist. Das berichtet die polnische Tageszeitung „Gazeta Wyborcza" unter Berufung auf den ukrainischen öffentlich-rechtlichen Rundfunk Suspilne.

Demnach riss die Druckwelle im Dorf Losowe im Gebiet Sumy einen Teil des Dachs über dem Hauptsaal weg; an der Fassade zur Parkseite entstanden Risse, fast alle Fenster gingen zu Bruch. Im Festsaal stürzte Stuck von der Decke.

Das Gutshaus der Familie Kowalewski, errichtet in den 1840er-Jahren, beherbergt seit 1968 ein Museum. Den Großteil der Sammlung, rund 3200 Objekte, habe man bereits 2022 in Sicherheit gebracht, zitiert die Zeitung die Museumsdirektorin Halyna Stepanjuk. „Aber das Gebäude selbst ist auch ein Exponat, und das können wir nicht evakuieren." Etwa 40 sperrige Stücke – Möbel und Kachelöfen – seien im Haus geblieben, einige davon beschädigt.

Mitarbeiter und Freiwillige decken das Dach inzwischen provisorisch mit Folie ab. Verletzte gab es laut dem Bericht nicht.

Seit Beginn der russischen Großinvasion sind in der Ukraine Hunderte Kulturdenkmäler beschädigt oder zerstört worden, darunter Kirchen, Museen und historische Gutshäuser.
""",
"03_es.txt": """Un ataque con drones daña una casa señorial del siglo XIX convertida en museo en Ucrania
ABC

Una casa señorial de mediados del siglo XIX que alberga desde 1968 un museo de historia local resultó dañada durante un ataque nocturno con drones en la aldea de Lozove, en la región ucraniana de Sumy, según recoge el diario polaco Gazeta Wyborcza.

La onda expansiva arrancó parte del tejado de la sala principal, abrió grietas en la fachada que da al parque y reventó los cristales de casi todas las ventanas, detalla el rotativo, que añade que parte de las molduras de yeso del techo del salón de gala se vino abajo.

La mansión de la familia Kovalevski está catalogada como monumento arquitectónico. Según la directora del museo, Halina Stepaniuk, citada por el periódico polaco, el grueso de la colección, unas 3.200 piezas, fue evacuado en 2022. En el edificio quedaban una cuarentena de objetos voluminosos, sobre todo muebles y estufas de azulejos, algunos de los cuales sufrieron daños.

"El propio edificio también es una pieza del museo, y ese no lo podemos evacuar", lamentó la directora. Trabajadores y voluntarios cubren ya el tejado con plásticos para proteger los interiores de la lluvia.

No hubo víctimas en la localidad, de acuerdo con la misma fuente.
""",
}, [{"name": "Суспільне", "in_corpus": True}],
[{"origin": "Суспільне", "article": "01_pl.txt"},
 {"origin": "Gazeta Wyborcza", "article": "02_de.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_es.txt"}],
[("A night drone attack damaged the 19th-century Kovalevsky manor in Lozove, Sumy region, which houses a local history museum.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_es.txt"], 1),
 ("Most of the museum's collection, about 3,200 items, had been evacuated in 2022.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_es.txt"], 1),
 ("Part of the roof over the main hall was torn off and the facade facing the park cracked.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_es.txt"], 1)])

# q04: institution-published origin outside the corpus: a communiqué on the website of Poland's
# Ministry of Culture and National Heritage, taken directly by all four: pl "poinformowało w czwartek
# Ministerstwo Kultury i Dziedzictwa Narodowego" + "Jak czytamy w komunikacie … resortu" + "cytowana w
# komunikacie" + "Resort podaje"; de "teilte das polnische Ministerium für Kultur und Nationales Erbe …
# auf seiner Internetseite mit" + "heißt es in der Mitteilung" (plus an unanswered request: no own
# reporting); en "the culture ministry announced … in a statement published on its website" +
# "according to the statement"; uk "Про це йдеться у повідомленні Міністерства культури і національної
# спадщини Польщі, оприлюдненому на його сайті" + "Як зазначили у польському міністерстві" + "цитує
# повідомлення відомства". The deputy minister is quoted from the communiqué, not an origin herself.
story("q04_document_ministry_painting_returned", "document", {
"00_pl.txt": """Obraz zaginiony w 1944 roku wrócił do Polski. Wypłynął na aukcji w Monachium
Rzeczpospolita
17.06.2027 14:30

„Widok Wisły pod Zawichostem" Aleksandra Cieślewskiego, obraz olejny z 1834 roku zaginiony podczas II wojny światowej, wrócił do Polski – poinformowało w czwartek Ministerstwo Kultury i Dziedzictwa Narodowego.

Jak czytamy w komunikacie opublikowanym na stronie internetowej resortu, płótno o wymiarach 62 na 88 cm znajdowało się przed wojną w zbiorach dworu w Rudzie Opatowskiej. Ślad po nim zaginął latem 1944 roku, gdy dwór zajęły wojska niemieckie. Obraz figurował w prowadzonej przez ministerstwo bazie strat wojennych.

W listopadzie ubiegłego roku dzieło trafiło do katalogu monachijskiego domu aukcyjnego Brenner & Falk. Po interwencji ministerstwa licytację wstrzymano, a po ośmiu miesiącach rozmów prywatny kolekcjoner z Bawarii zgodził się przekazać obraz bez wynagrodzenia.

– Każdy odzyskany obraz to przywrócony fragment naszej pamięci. Dziękujemy stronie niemieckiej za rzetelną współpracę – powiedziała cytowana w komunikacie wiceminister kultury Katarzyna Wielgosz.

Resort podaje, że obraz przejdzie teraz konserwację, a od października będzie eksponowany w Muzeum Narodowym w Kielcach.

Cieślewski, uczeń warszawskich pejzażystów, malował głównie krajobrazy doliny Wisły. Do dziś zachowało się zaledwie kilkanaście jego obrazów, większość w zbiorach muzealnych.
""",
"01_de.txt": """Polen erhält im Krieg verschollenes Gemälde zurück
Frankfurter Allgemeine Zeitung
Donnerstag, 17. Juni 2027

Ein seit 1944 verschollenes Gemälde des polnischen Malers Aleksander Cieślewski ist nach Polen zurückgekehrt. Das teilte das polnische Ministerium für Kultur und Nationales Erbe am Donnerstag auf seiner Internetseite mit. Das Ölbild „Blick auf die Weichsel bei Zawichost" von 1834 war im vergangenen November bei dem Münchner Auktionshaus Brenner & Falk angeboten worden.

Nach Angaben des Ministeriums hing das 62 mal 88 Zentimeter große Bild vor dem Krieg im Gutshaus von Ruda Opatowska. Im Sommer 1944, als deutsche Truppen das Anwesen besetzten, verlor sich seine Spur. In der polnischen Datenbank der Kriegsverluste war es verzeichnet. Auf Intervention Warschaus wurde die Versteigerung gestoppt; nach achtmonatigen Gesprächen erklärte sich ein privater Sammler aus Bayern bereit, das Werk ohne Entschädigung zu übergeben, heißt es in der Mitteilung.

Vizeministerin Katarzyna Wielgosz wird darin mit den Worten zitiert, jedes zurückgewonnene Bild sei „ein wiedergewonnenes Stück unseres Gedächtnisses". Sie dankte der deutschen Seite für die Zusammenarbeit.

Das Auktionshaus ließ eine Anfrage dieser Zeitung bis zum Abend unbeantwortet. Das Gemälde soll restauriert und von Oktober an im Nationalmuseum Kielce gezeigt werden.
""",
"02_en.txt": """Painting lost in 1944 returns to Poland after surfacing at Munich auction
Notes from Poland
June 17, 2027

A 19th-century landscape painting that disappeared from a Polish manor house during the Second World War has been returned to Poland, the culture ministry announced on Thursday in a statement published on its website.

"View of the Vistula near Zawichost", an 1834 oil on canvas by Aleksander Cieślewski, hung in the manor at Ruda Opatowska before the war. It went missing in the summer of 1944, when German troops took over the property, the ministry said. The work was listed in Poland's database of wartime cultural losses.

Last November it appeared in the catalogue of the Munich auction house Brenner & Falk. The sale was halted after the ministry intervened, and after eight months of talks a private collector from Bavaria agreed to hand the painting over without compensation, according to the statement.

"Every painting we recover is a piece of our memory restored," deputy culture minister Katarzyna Wielgosz was quoted as saying in the statement, which also thanked the German side for its cooperation.

The canvas, which measures 62 by 88 cm, will undergo conservation and go on display at the National Museum in Kielce from October.

Poland has for decades sought the return of artworks looted or lost during the war, and regularly asks auction houses abroad to withdraw objects listed in its losses database.
""",
"03_uk.txt": """Польща повернула картину, втрачену під час Другої світової війни
Укрінформ
17.06.2027 19:05

Картину польського художника Александра Цєслевського «Вид на Віслу під Завихостом», яка зникла у 1944 році, повернули до Польщі після того, як вона з'явилася на аукціоні в Мюнхені.

Про це йдеться у повідомленні Міністерства культури і національної спадщини Польщі, оприлюдненому на його сайті в четвер.

Як зазначили у польському міністерстві, полотно 1834 року розміром 62 на 88 см до війни зберігалося в маєтку в Руді-Опатовській. Його слід загубився влітку 1944-го, коли садибу зайняли німецькі війська. Картина значилася в польській базі воєнних втрат.

У листопаді минулого року мюнхенський аукціонний дім Brenner & Falk виставив її на торги. Після втручання міністерства аукціон зупинили, а після восьми місяців переговорів приватний колекціонер із Баварії погодився передати роботу безоплатно.

«Кожна повернена картина — це відновлений фрагмент нашої пам'яті», — цитує повідомлення відомства заступницю міністра культури Катажину Вельгош.

Після реставрації картину з жовтня експонуватимуть у Національному музеї в Кельцах.
""",
}, [{"name": "Ministerstwo Kultury i Dziedzictwa Narodowego", "in_corpus": False}],
[{"origin": "Ministerstwo Kultury i Dziedzictwa Narodowego", "article": a} for a in ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"]],
[("Aleksander Cieślewski's 1834 painting 'View of the Vistula near Zawichost', lost in 1944, has been returned to Poland.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("The painting surfaced at the Munich auction house Brenner & Falk and a Bavarian collector agreed to hand it over without compensation.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("The painting will be shown at the National Museum in Kielce from October.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1)])

# q05: El País own report (visit to the site, "explica a este periódico"); 01_it.txt (no outlet
# line) is an uncredited, close Italian translation published the next morning that even keeps
# "abbiamo potuto visitare" and "spiega a questo giornale": edge from El País; 02_fr.txt Le Monde
# relays ("révèle … le quotidien espagnol El País", "Selon El País") AND adds its own confirmation
# ("Jointe par téléphone par Le Monde, la directrice … a confirmé le chiffre", "nous a-t-elle
# indiqué"): edge from El País + Le Monde is an in-corpus origin; 03_en.txt "the Spanish daily El
# País reported" + "told El País" + "told the paper": edge from El País.
story("q05_translation_visigothic_gold_hoard", "translation", {
"00_es.txt": """Hallado en Córdoba el mayor tesoro de monedas de oro visigodas excavado en España
El País
2027-06-02T05:30:00+02:00

Un equipo de arqueólogos ha sacado a la luz en Villanueva del Almendral (Córdoba) un tesorillo de 312 monedas de oro visigodas, escondidas hacia mediados del siglo VII en una olla de cerámica bajo el suelo de una vivienda. El País ha podido visitar el yacimiento, en el paraje de Cerro del Almendral, donde los trabajos continúan bajo estrictas medidas de seguridad.

"Es el mayor conjunto de monedas de oro visigodas hallado en la Península en una excavación arqueológica controlada", explica a este periódico la directora de la excavación, Inmaculada Roldán. La olla apareció el 20 de mayo, a unos 40 centímetros de profundidad, junto al umbral de una de las estancias.

Las monedas, tremises de apenas un gramo y medio cada uno, fueron acuñadas en las cecas de Toledo, Mérida, Córdoba e Hispalis (Sevilla) durante los reinados de Chindasvinto y Recesvinto. Según Roldán, la ausencia de piezas posteriores a 672 permite fechar con bastante precisión el momento en que alguien decidió enterrar sus ahorros y, por algún motivo, no volvió a recogerlos.

La excavación, financiada por el Ayuntamiento y la Junta de Andalucía, comenzó en 2025 después de que unas obras para una nave agrícola dejaran al descubierto muros antiguos. Hasta ahora se han documentado cuatro viviendas y un tramo de calle.

"Lo emocionante no es solo el oro, sino que sabemos exactamente dónde y cómo estaba", añade la arqueóloga. El hallazgo se comunicará formalmente esta semana a la Delegación de Cultura.
""",
"01_it.txt": """Spagna, scoperto a Cordova il più grande tesoro di monete d'oro visigote mai scavato
03/06/2027 08:14

Un'équipe di archeologi ha riportato alla luce a Villanueva del Almendral (Cordova) un tesoretto di 312 monete d'oro visigote, nascoste verso la metà del VII secolo in una pentola di ceramica sotto il pavimento di un'abitazione. Abbiamo potuto visitare il sito, in località Cerro del Almendral, dove i lavori proseguono sotto rigide misure di sicurezza.

"È il più grande insieme di monete d'oro visigote rinvenuto nella Penisola in uno scavo archeologico controllato", spiega a questo giornale la direttrice dello scavo, Inmaculada Roldán. La pentola è emersa il 20 maggio, a circa 40 centimetri di profondità, accanto alla soglia di uno degli ambienti.

Le monete, tremissi di appena un grammo e mezzo ciascuno, furono coniate nelle zecche di Toledo, Mérida, Cordova e Hispalis (Siviglia) durante i regni di Chindasvinto e Recesvinto. Secondo Roldán, l'assenza di pezzi successivi al 672 permette di datare con buona precisione il momento in cui qualcuno decise di sotterrare i propri risparmi e, per qualche motivo, non tornò più a riprenderli.

Lo scavo, finanziato dal Comune e dalla Junta de Andalucía, è iniziato nel 2025 dopo che i lavori per un capannone agricolo avevano messo in luce antichi muri. Finora sono state documentate quattro abitazioni e un tratto di strada.

"L'emozionante non è solo l'oro, ma il fatto che sappiamo esattamente dove e come si trovava", aggiunge l'archeologa. La scoperta sarà comunicata formalmente questa settimana alla Delegazione della Cultura.
""",
"02_fr.txt": """En Andalousie, un trésor de 312 monnaies d'or wisigothiques mis au jour
Le Monde
2 juin 2027 à 14h20

C'est un trésor comme l'archéologie espagnole n'en avait encore jamais sorti d'une fouille contrôlée : 312 pièces d'or wisigothiques, enfouies vers le milieu du VIIe siècle dans une marmite en céramique sous le sol d'une maison, ont été découvertes à Villanueva del Almendral, dans la province de Cordoue, révèle mercredi le quotidien espagnol El País.

Jointe par téléphone par Le Monde, la directrice des fouilles, Inmaculada Roldán, a confirmé le chiffre de 312 pièces et précisé que le trésor avait déjà été transféré au Musée archéologique de Cordoue, où il sera nettoyé et étudié avant toute exposition. « Nous n'avons pas encore tout pesé, mais l'ensemble dépasse les 450 grammes d'or », nous a-t-elle indiqué.

Selon El País, dont un journaliste a pu se rendre sur le site, la marmite est apparue le 20 mai, à une quarantaine de centimètres de profondeur, près du seuil d'une pièce. Les fouilles avaient commencé en 2025, après que des travaux pour un hangar agricole eurent mis au jour des murs anciens ; quatre maisons et une portion de rue ont été dégagées depuis.

Les trémissis wisigothiques, petites pièces d'or d'environ un gramme et demi, sont rares dans les fouilles : la plupart de ceux conservés dans les musées proviennent de découvertes fortuites ou de collections anciennes dont on ignore le contexte.
""",
"03_en.txt": """Archaeologists in Spain unearth hoard of 312 Visigothic gold coins
The Guardian
Wed 2 Jun 2027 17.45 BST

Archaeologists in southern Spain have found a hoard of 312 Visigothic gold coins hidden in a cooking pot beneath the floor of a seventh-century house, the Spanish daily El País reported on Wednesday.

The coins were discovered on 20 May at Cerro del Almendral, near the town of Villanueva del Almendral in the province of Córdoba, about 40cm below the surface next to a doorway. The dig's director, Inmaculada Roldán, told El País it was the largest group of Visigothic gold coins ever found in a controlled excavation on the Iberian peninsula.

The small coins, known as tremisses and weighing about 1.5g each, were struck at mints in Toledo, Mérida, Córdoba and Hispalis - modern Seville - under the kings Chindasuinth and Recceswinth. Because none dates from after 672, archaeologists can pin down fairly precisely when someone buried their savings and, for whatever reason, never came back for them, the newspaper said.

"What is exciting is not just the gold, but that we know exactly where and how it lay," Roldán told the paper.

The excavation began in 2025 after work on a farm building exposed ancient walls. Four houses and a stretch of street have since been uncovered.

The Visigoths ruled much of the Iberian peninsula from the late fifth century until the Muslim conquest that began in 711.
""",
}, [{"name": "El País", "in_corpus": True}, {"name": "Le Monde", "in_corpus": True}],
[{"origin": "El País", "article": a} for a in ["01_it.txt", "02_fr.txt", "03_en.txt"]],
[("Archaeologists found a hoard of 312 Visigothic gold coins at Villanueva del Almendral in the province of Córdoba.",
  ["00_es.txt", "01_it.txt", "02_fr.txt", "03_en.txt"], 2),
 ("The coins were minted in Toledo, Mérida, Córdoba and Hispalis under kings Chindasuinth and Recceswinth.",
  ["00_es.txt", "01_it.txt", "03_en.txt"], 1)])

# q06: outside origin = a person's Facebook post (archaeologist Olena Marchuk), taken directly by
# all four: uk "Про це у Facebook написала археологиня … Олена Марчук" + "За її словами"; pl
# "napisała na Facebooku ukraińska archeolożka Ołena Marczuk" + "czytamy we wpisie" + "Jak
# relacjonuje Marczuk"; en "a Ukrainian archaeologist said in a Facebook post" + "Marchuk wrote";
# fr "Dans une publication sur Facebook … l'archéologue ukrainienne Olena Martchouk a dénoncé" +
# "écrit la chercheuse" + "poursuit-elle". The police are only mentioned by her: not an origin.
story("q06_social_scythian_kurgan_looted", "social", {
"00_uk.txt": """«Чорні археологи» розкопали скіфський курган на Кіровоградщині — археологиня
Українська правда
2027-08-09 12:40

На Кіровоградщині невідомі розкопали екскаватором скіфський курган IV століття до нашої ери поблизу села Тернуватий Кут. Про це у Facebook написала археологиня Інституту археології НАН України Олена Марчук, яка оприлюднила фото з місця.

За її словами, у насипі кургану заввишки близько п'яти метрів викопано яму глибиною приблизно шість метрів. Довкола розкидані уламки амфор і людські кістки.

«Це не розкопки, це мародерство. За одну ніч знищено те, що пролежало в землі 2 400 років», — написала Марчук.

Вона зазначила, що курган внесено до Державного реєстру нерухомих пам'яток як пам'ятку археології місцевого значення, а науковці планували дослідити його ще у 2020 році, але не отримали фінансування. Археологиня припускає, що грабіжники шукали золоті прикраси, які трапляються в багатих скіфських похованнях.

Марчук повідомила, що про пошкодження вже знає поліція, а сама вона подала заяву до обласного управління культури. «Прошу всіх, хто бачив у районі техніку вночі з 6 на 7 серпня, написати мені або в поліцію», — звернулася вона до місцевих мешканців.

Незаконні розкопки курганів у степових областях України — давня проблема: грабіжники користуються металошукачами та важкою технікою, а покарання за знищення пам'яток рідко буває суворим.
""",
"01_pl.txt": """Rabusie rozkopali scytyjski kurhan na Ukrainie. „To nie wykopaliska, to szaber"
Onet
9 sierpnia 2027, 16:05

Nieznani sprawcy rozkopali koparką scytyjski kurhan z IV wieku p.n.e. w pobliżu wsi Ternuwatyj Kut w obwodzie kirowohradzkim w środkowej Ukrainie – napisała na Facebooku ukraińska archeolożka Ołena Marczuk z Instytutu Archeologii Narodowej Akademii Nauk Ukrainy.

Na opublikowanych przez nią zdjęciach widać wykop głęboki na mniej więcej sześć metrów, wydrążony w pięciometrowym nasypie. Wokół leżą fragmenty amfor i ludzkie kości.

„To nie są wykopaliska, to szaber. W ciągu jednej nocy zniszczono coś, co przeleżało w ziemi 2400 lat" – czytamy we wpisie.

Jak relacjonuje Marczuk, kurhan jest wpisany do państwowego rejestru zabytków, a naukowcy chcieli go zbadać już w 2020 roku, ale nie dostali pieniędzy. Jej zdaniem rabusie szukali złotej biżuterii, jaką znajduje się w bogatych grobach scytyjskich.

Archeolożka poinformowała, że sprawą zajmuje się już policja, a ona sama złożyła zawiadomienie w obwodowym wydziale kultury. Zaapelowała też do mieszkańców o informacje o ciężkim sprzęcie widzianym w okolicy w nocy z 6 na 7 sierpnia.

Scytowie, koczowniczy lud pochodzenia irańskiego, od VII do III wieku p.n.e. panowali na stepach nad północnym wybrzeżem Morza Czarnego. Ich kurhany od stuleci padają ofiarą rabusiów.
""",
"02_en.txt": """Looters gouge six-metre pit into Scythian burial mound in Ukraine
The Times
Monday August 9 2027, 6.00pm BST

Looters using an excavator have dug deep into a 2,400-year-old Scythian burial mound in central Ukraine, a Ukrainian archaeologist said in a Facebook post that included photographs of the damage.

Olena Marchuk, of the Institute of Archaeology at the National Academy of Sciences of Ukraine, wrote that a pit about six metres deep had been cut into the five-metre-high mound near the village of Ternuvatyi Kut in the Kirovohrad region. Fragments of amphorae and human bones lay scattered around it, her pictures showed.

"This is not an excavation, it is plunder," Marchuk wrote. "In a single night they destroyed what had lain in the ground for 2,400 years."

The mound, dating from the fourth century BC, is on Ukraine's state register of archaeological monuments. Marchuk said researchers had hoped to excavate it in 2020 but could not obtain funding, and suggested the looters had been after the gold jewellery sometimes found in wealthy Scythian graves.

She said police had been informed and that she had filed a complaint with the regional culture department. She asked anyone who had seen heavy machinery in the area on the night of August 6-7 to contact her or the police.

Illegal digging at burial mounds is a long-standing problem in Ukraine's steppe regions, where looters work with metal detectors and heavy plant.
""",
"03_fr.txt": """Ukraine : un kourgane scythe éventré par des pilleurs à la pelleteuse
Libération
10 août 2027 à 08h12

« Ce ne sont pas des fouilles, c'est du pillage. » Dans une publication sur Facebook accompagnée de photos, l'archéologue ukrainienne Olena Martchouk a dénoncé la destruction partielle d'un kourgane scythe du IVe siècle avant notre ère, près du village de Ternouvatyï Kout, dans la région de Kirovohrad, au centre de l'Ukraine.

Des inconnus ont creusé à la pelleteuse une fosse d'environ six mètres de profondeur dans ce tertre funéraire haut de cinq mètres, écrit la chercheuse de l'Institut d'archéologie de l'Académie nationale des sciences d'Ukraine. Sur ses clichés, on distingue des fragments d'amphores et des ossements humains éparpillés autour du trou. « En une seule nuit, ils ont détruit ce qui reposait sous terre depuis 2 400 ans », poursuit-elle.

Le kourgane est inscrit au registre national des monuments archéologiques. Selon l'archéologue, son équipe espérait le fouiller dès 2020, mais faute de financement le projet n'avait pas abouti. Elle soupçonne les pilleurs d'avoir cherché les parures en or que l'on trouve parfois dans les riches sépultures scythes.

La police a été prévenue, précise Olena Martchouk, qui a elle-même déposé une plainte auprès du département régional de la culture et appelle les habitants ayant aperçu des engins dans la nuit du 6 au 7 août à se manifester.
""",
}, [{"name": "Olena Marchuk", "in_corpus": False}],
[{"origin": "Olena Marchuk", "article": a} for a in ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"]],
[("Looters dug a pit about six metres deep into a 4th-century BC Scythian burial mound near Ternuvatyi Kut in the Kirovohrad region.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], 1),
 ("The police were informed and the archaeologist filed a complaint with the regional culture department.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_fr.txt"], 1)])

# q07: two independent in-corpus reports the same day: Frankfurter Allgemeine Zeitung (reporter at the
# scene, police spokesman "sagte … dieser Zeitung", director "sagte … der F.A.Z.") and Der Spiegel
# ("Wie der SPIEGEL aus Ermittlerkreisen erfuhr", "nach SPIEGEL-Informationen", anonymous person
# familiar with the case: belongs to Der Spiegel). 02_it.txt credits both ("Lo riferiscono la
# Frankfurter Allgemeine Zeitung e il settimanale Der Spiegel", "Secondo la Faz", "ha detto al
# quotidiano di Francoforte"): two edges; 03_es.txt "según la revista alemana Der Spiegel, que cita
# fuentes de la investigación" + "De acuerdo con el semanario" + "añade la publicación": edge from
# Der Spiegel; 04_uk.txt (neither outlet nor date line) "пише німецький журнал Der Spiegel з
# посиланням на джерела серед слідчих" + "За даними «Шпігеля»" (genitive) + "зазначає видання":
# edge from Der Spiegel.
story("q07_independent_roman_silver_theft", "independent", {
"00_de.txt": """Römischer Silberschatz aus Museum in Altenweiler gestohlen
Frankfurter Allgemeine Zeitung
04.10.2027, 16:20

Unbekannte haben in der Nacht zum Montag aus dem Römermuseum Kastell Altenweiler in der Pfalz 23 Stücke des Altenweiler Silberschatzes gestohlen. Unter der Beute ist auch die sogenannte Bacchus-Platte, eine mehr als 40 Zentimeter große Silberschale aus dem dritten Jahrhundert. Der Versicherungswert der gestohlenen Objekte liegt bei rund 1,8 Millionen Euro, der wissenschaftliche Wert sei „nicht zu beziffern", sagte Museumsleiterin Ulrike Hambrecht der F.A.Z.

Die Täter gelangten nach ersten Erkenntnissen der Polizei gegen drei Uhr über einen Seiteneingang in das Gebäude. „Sie waren nach weniger als zehn Minuten wieder draußen", sagte ein Sprecher des zuständigen Polizeipräsidiums dieser Zeitung. Eine Mitarbeiterin des Wachdienstes habe den Einbruch am Morgen bemerkt.

Am Montagmittag war der Museumsbau am Ortsrand weiträumig abgesperrt. Durch die Fenster des Ausstellungssaals waren zwei leere Vitrinen mit zerschlagenen Scheiben zu sehen; Ermittler der Spurensicherung in weißen Overalls gingen ein und aus.

Der Schatz war 1961 von einem Landwirt beim Pflügen entdeckt worden und gilt als einer der bedeutendsten römischen Silberfunde nördlich der Alpen. Er umfasst 31 Gefäße und Löffel; acht kleinere Stücke, die im Depot lagen, blieben unberührt.

„Für uns ist das ein Schlag ins Herz", sagte Hambrecht. Das Museum bleibt bis auf Weiteres geschlossen. Die Polizei bittet Zeugen, die in der Nacht verdächtige Fahrzeuge in der Nähe des Museums bemerkt haben, sich zu melden.
""",
"01_de.txt": """Einbruch in Römermuseum: Ermittler vermuten Insider hinter Silberdiebstahl
Der Spiegel
04.10.2027, 18.03 Uhr

Beim Diebstahl von 23 Stücken des römischen Silberschatzes aus dem Museum Kastell Altenweiler in Rheinland-Pfalz gehen die Ermittler offenbar von Mitwissern aus dem Umfeld des Hauses aus. Wie der SPIEGEL aus Ermittlerkreisen erfuhr, wurde die Alarmanlage in der Nacht zum Montag um 2.47 Uhr mit einem gültigen Code ausgeschaltet. Zudem sei eine Überwachungskamera am Seiteneingang bereits einige Tage vor der Tat verdreht worden.

Gestohlen wurden nach SPIEGEL-Informationen 23 Silbergefäße und -löffel aus dem dritten Jahrhundert, darunter die wertvolle Bacchus-Platte. Versichert sind die Stücke demnach mit etwa 1,8 Millionen Euro. Das Landeskriminalamt hat die Ermittlungen übernommen; eine Sprecherin wollte sich auf Anfrage zu Details nicht äußern und verwies auf die laufenden Ermittlungen.

„Wer den Code hatte, wusste genau, was er tat", sagt eine mit dem Fall vertraute Person. Derzeit würden alle Personen überprüft, die in den vergangenen Jahren Zugang zu den Sicherheitscodes hatten, darunter auch frühere Beschäftigte einer externen Reinigungsfirma.

Experten befürchten, dass die Stücke eingeschmolzen werden könnten. Auf dem legalen Kunstmarkt sind bekannte Objekte wie die Bacchus-Platte praktisch unverkäuflich, der reine Materialwert des Silbers liegt dagegen nur bei einigen Tausend Euro.
""",
"02_it.txt": """Germania, rubato il tesoro d'argento romano di Altenweiler
Corriere della Sera
5 ottobre 2027

Colpo nella notte tra domenica e lunedì in un piccolo museo della Renania-Palatinato: dal Römermuseum Kastell Altenweiler sono spariti 23 pezzi di un celebre tesoro d'argento romano del III secolo, tra cui un grande piatto decorato con scene dionisiache, noto come "piatto di Bacco". Lo riferiscono la Frankfurter Allgemeine Zeitung e il settimanale Der Spiegel.

Secondo la Faz, i ladri sono entrati da un ingresso laterale intorno alle tre e sono rimasti all'interno per meno di dieci minuti, come ha detto al quotidiano di Francoforte un portavoce della polizia. Il valore assicurativo della refurtiva, riferiscono entrambe le testate, si aggira sugli 1,8 milioni di euro.

Il tesoro era stato scoperto nel 1961 da un contadino che arava il proprio campo ed è considerato uno dei ritrovamenti di argenteria romana più importanti a nord delle Alpi. "Per noi è un colpo al cuore", ha dichiarato la direttrice del museo, Ulrike Hambrecht, al giornale tedesco.

Il museo resterà chiuso fino a nuovo ordine. Negli ultimi anni i furti nei musei europei si sono moltiplicati: spesso i pezzi in metallo prezioso vengono fusi, cancellandone per sempre il valore storico.
""",
"03_es.txt": """Roban 23 piezas de un tesoro de plata romano de un museo alemán
La Vanguardia
05/10/2027 09:30

Los investigadores alemanes sospechan que los ladrones que se llevaron 23 piezas de un tesoro de plata romano del siglo III de un museo de Renania-Palatinado contaban con ayuda desde dentro, según la revista alemana Der Spiegel, que cita fuentes de la investigación.

De acuerdo con el semanario, el sistema de alarma del Museo Romano Kastell Altenweiler se desactivó en la madrugada del lunes, a las 2.47 horas, con un código válido, y una cámara de vigilancia de la entrada lateral había sido girada días antes del golpe. "Quien tenía el código sabía exactamente lo que hacía", afirma una persona conocedora del caso citada por Der Spiegel.

Entre las piezas robadas figura el llamado plato de Baco, una gran bandeja de plata con escenas dionisíacas. El botín está asegurado en alrededor de 1,8 millones de euros, añade la publicación. La Oficina Regional de Policía Criminal se ha hecho cargo de la investigación y revisa a todas las personas que en los últimos años tuvieron acceso a los códigos de seguridad.

Los expertos temen que las piezas, imposibles de vender en el mercado legal por ser demasiado conocidas, acaben fundidas.
""",
"04_uk.txt": """У Німеччині з музею викрали римський срібний скарб: слідство підозрює інсайдерів

З Римського музею «Кастелль Альтенвайлер» у німецькій землі Рейнланд-Пфальц у ніч на понеділок викрали 23 предмети зі срібного скарбу III століття. Слідчі підозрюють, що злодіям допомагав хтось зсередини, пише німецький журнал Der Spiegel з посиланням на джерела серед слідчих.

За даними «Шпігеля», сигналізацію вимкнули о 2:47 за допомогою дійсного коду, а камеру спостереження біля бічного входу хтось розвернув за кілька днів до крадіжки. «Той, хто мав код, точно знав, що робить», — цитує журнал обізнане джерело.

Серед викраденого — так звана «таця Вакха», велика срібна страва з діонісійськими сценами. Страхова вартість викрадених предметів становить близько 1,8 млн євро, зазначає видання. Розслідування передали земельному управлінню кримінальної поліції, яке перевіряє всіх, хто мав доступ до кодів безпеки.

Експерти побоюються, що предмети можуть переплавити, адже продати такі відомі речі на легальному ринку неможливо.
""",
}, [{"name": "Frankfurter Allgemeine Zeitung", "in_corpus": True}, {"name": "Der Spiegel", "in_corpus": True}],
[{"origin": "Frankfurter Allgemeine Zeitung", "article": "02_it.txt"},
 {"origin": "Der Spiegel", "article": "02_it.txt"},
 {"origin": "Der Spiegel", "article": "03_es.txt"},
 {"origin": "Der Spiegel", "article": "04_uk.txt"}],
[("Thieves stole 23 pieces of a third-century Roman silver treasure, including the 'Bacchus plate', from the Römermuseum Kastell Altenweiler.",
  ["00_de.txt", "01_de.txt", "02_it.txt", "03_es.txt", "04_uk.txt"], 2),
 ("The stolen objects are insured for about 1.8 million euros.",
  ["00_de.txt", "01_de.txt", "02_it.txt", "03_es.txt", "04_uk.txt"], 2),
 ("Investigators suspect inside help because the alarm was switched off at 2:47 a.m. with a valid code.",
  ["01_de.txt", "03_es.txt", "04_uk.txt"], 1)])


def main():
    sdir = os.path.join(ROOT, "stories")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sdir, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for t, a, n in claims:
            assert all(x in arts for x in a), (id, t)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays,
                    "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims]})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 132 (archaeology and cultural heritage; invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
