#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand141 set.

Emphasis: data protection and privacy (breaches, regulator fines, leaked customer databases,
spyware). Outlet and agency names are real media names; every event, company, person, figure
and quote is invented. No text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# p01: outside wire agency Reuters relayed 5x: en "Reuters reported" + "told Reuters" + "seen by the
# agency" + "the agency said"; nl "Dat meldt persbureau Reuters" + "tegen het persbureau"; de "Das
# berichtet die Nachrichtenagentur Reuters unter Berufung auf"; pl "podała agencja Reutera" +
# "powiedziała agencji Reutera" + "Według Reutersa" + "Jak zaznacza agencja"; uk "Про це повідомляє
# агентство Reuters" + "сказала агентству" + "за даними агентства".
story("p01_agency_telecom_breach", "agency", {
"00_en.txt": """Dutch telecoms firm Veldnet hit by hack exposing data of 2.1 million customers
The Guardian
2027-04-14T09:05:00+01:00

Hackers broke into a customer database of the Dutch telecoms provider Veldnet and copied the personal details of about 2.1 million subscribers, including bank account numbers, Reuters reported on Wednesday.

The intrusion was detected on Sunday evening when engineers noticed unusually large data transfers from a server used by Veldnet's billing department, a company spokeswoman, Marleen Hoekstra, told Reuters. The attackers had been inside the system for at least nine days before they were spotted, according to an internal email to staff seen by the agency.

"We deeply regret this. Passwords and call records were not affected, but names, addresses, dates of birth and IBAN numbers were," Hoekstra said. The company has notified the Dutch data protection authority, the Autoriteit Persoonsgegevens, and filed a police report, she added.

Veldnet, which is based in Zwolle and sells mobile, broadband and television packages mainly in the north and east of the Netherlands, has about 2.4 million customers, meaning that almost nine in ten of them are affected. The email seen by Reuters says no ransom demand had been received as of Tuesday night.

Customers will be contacted by email and post over the coming days and are being advised to be wary of phishing messages and of calls from people posing as bank staff. The company said it would offer those affected a year of free identity monitoring.

Shares in Veldnet's Amsterdam-listed parent company fell 6.3% in early trading, the agency said.
""",
"01_nl.txt": """Hackers stelen gegevens van 2,1 miljoen klanten van telecomaanbieder Veldnet
NU.nl
14 april 2027, 10:12

Bij telecomaanbieder Veldnet hebben hackers persoonlijke gegevens van zo'n 2,1 miljoen klanten buitgemaakt, waaronder rekeningnummers. Dat meldt persbureau Reuters woensdag.

De inbraak werd zondagavond ontdekt toen technici ongewoon grote dataoverdrachten zagen vanaf een server van de factuurafdeling, zei woordvoerder Marleen Hoekstra tegen het persbureau. Volgens een interne e-mail aan het personeel die Reuters heeft ingezien, hadden de aanvallers al minstens negen dagen toegang tot het systeem.

"Dit betreuren we zeer. Wachtwoorden en belgegevens zijn niet getroffen, maar namen, adressen, geboortedata en IBAN-nummers wel", aldus Hoekstra. Het bedrijf heeft melding gedaan bij de Autoriteit Persoonsgegevens en aangifte gedaan bij de politie.

Veldnet, gevestigd in Zwolle, heeft ongeveer 2,4 miljoen klanten, vooral in het noorden en oosten van het land. Bijna negen op de tien klanten zijn dus getroffen. Losgeld is er tot dinsdagavond niet geëist, schrijft het persbureau.

Klanten krijgen de komende dagen een e-mail of brief. Veldnet raadt hen aan alert te zijn op phishingberichten en op telefoontjes van mensen die zich voordoen als bankmedewerker. Getroffen klanten krijgen een jaar lang gratis identiteitsbewaking aangeboden.

Ben je klant? Wees extra voorzichtig met berichten waarin naar je rekeningnummer of geboortedatum wordt verwezen, en deel nooit inlogcodes van je bank, ook niet als iemand zegt namens Veldnet of je bank te bellen.
""",
"02_de.txt": """Datenleck bei niederländischem Telekomanbieter: 2,1 Millionen Kunden betroffen
Süddeutsche Zeitung
14.04.2027

Unbekannte haben beim niederländischen Telekommunikationsanbieter Veldnet die Daten von rund 2,1 Millionen Kundinnen und Kunden erbeutet, darunter Kontonummern. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf eine Unternehmenssprecherin und eine interne E-Mail an die Belegschaft.

Entdeckt wurde der Angriff demnach am Sonntagabend, als Technikern ungewöhnlich große Datenabflüsse von einem Server der Abrechnungsabteilung auffielen. Die Angreifer hätten mindestens neun Tage lang Zugriff auf das System gehabt, heißt es in der E-Mail, die Reuters einsehen konnte.

„Wir bedauern das zutiefst. Passwörter und Verbindungsdaten sind nicht betroffen, wohl aber Namen, Adressen, Geburtsdaten und IBAN-Nummern", sagte Sprecherin Marleen Hoekstra der Agentur. Man habe die niederländische Datenschutzbehörde Autoriteit Persoonsgegevens informiert und Anzeige erstattet.

Veldnet mit Sitz in Zwolle hat rund 2,4 Millionen Kunden, vor allem im Norden und Osten der Niederlande. Eine Lösegeldforderung ist nach Angaben der Agentur bislang nicht eingegangen.

Der Fall reiht sich ein in eine Serie von Angriffen auf Telekommunikationsunternehmen in Europa, die wegen ihrer großen Kundendatenbanken als lohnendes Ziel gelten. Nach der Datenschutz-Grundverordnung drohen Unternehmen, die ihre Systeme nicht ausreichend schützen, Bußgelder von bis zu vier Prozent des weltweiten Jahresumsatzes.
""",
"03_pl.txt": """Wyciek danych w Holandii. Hakerzy ukradli dane 2,1 mln klientów operatora Veldnet
Rzeczpospolita
14 kwietnia 2027 r., 12:30

Hakerzy włamali się do bazy klientów holenderskiego operatora telekomunikacyjnego Veldnet i skopiowali dane osobowe ok. 2,1 mln abonentów, w tym numery kont bankowych – podała w środę agencja Reutera.

Włamanie wykryto w niedzielę wieczorem, gdy inżynierowie zauważyli nietypowo duże transfery danych z serwera działu rozliczeń – powiedziała agencji Reutera rzeczniczka spółki Marleen Hoekstra. Według Reutersa, który dotarł do wewnętrznego e-maila skierowanego do pracowników, napastnicy mieli dostęp do systemu co najmniej przez dziewięć dni.

„Bardzo tego żałujemy. Hasła i billingi nie zostały naruszone, ale imiona i nazwiska, adresy, daty urodzenia i numery IBAN – tak" – przyznała Hoekstra. Firma zawiadomiła holenderski urząd ochrony danych (Autoriteit Persoonsgegevens) oraz policję.

Veldnet z siedzibą w Zwolle ma ok. 2,4 mln klientów, głównie na północy i wschodzie Holandii. Jak zaznacza agencja, do wtorkowego wieczoru nikt nie zażądał okupu.

Eksperci od bezpieczeństwa przypominają, że po wycieku numeru konta szczególnie ważna jest czujność wobec fałszywych SMS-ów i telefonów od rzekomych pracowników banku. Przestępcy, którzy znają imię, adres i datę urodzenia ofiary, są znacznie bardziej wiarygodni.
""",
"04_uk.txt": """Хакери викрали дані 2,1 млн клієнтів нідерландського оператора Veldnet
Економічна правда
14 квітня 2027, 13:40

Хакери зламали базу даних клієнтів нідерландського телеком-оператора Veldnet і скопіювали персональні дані близько 2,1 млн абонентів, зокрема номери банківських рахунків. Про це повідомляє агентство Reuters.

Злам виявили в неділю ввечері, коли інженери помітили незвично великі обсяги даних, що виходили із сервера відділу розрахунків, сказала агентству речниця компанії Марлен Гукстра. Як зазначає Reuters із посиланням на внутрішній лист до працівників, зловмисники мали доступ до системи щонайменше дев'ять днів.

"Ми щиро шкодуємо. Паролі та дані про дзвінки не постраждали, але імена, адреси, дати народження та номери IBAN — так", — заявила Гукстра. Компанія повідомила про інцидент нідерландський регулятор у сфері захисту персональних даних і поліцію.

Veldnet зі штаб-квартирою в місті Зволле має близько 2,4 млн клієнтів, тобто витік зачепив майже дев'ятьох із десяти. Вимоги викупу, за даними агентства, станом на вівторок не надходило.

Акції материнської компанії Veldnet на біржі в Амстердамі в середу зранку подешевшали на 6,3%.
""",
}, [("Reuters", False)],
[("Reuters", "00_en.txt"), ("Reuters", "01_nl.txt"), ("Reuters", "02_de.txt"), ("Reuters", "03_pl.txt"), ("Reuters", "04_uk.txt")],
[("Hackers copied the personal data of about 2.1 million customers of the Dutch telecoms provider Veldnet, including bank account numbers.",
  ["00_en.txt", "01_nl.txt", "02_de.txt", "03_pl.txt", "04_uk.txt"], 1),
 ("Veldnet notified the Dutch data protection authority and the police.",
  ["00_en.txt", "01_nl.txt", "02_de.txt", "03_pl.txt", "04_uk.txt"], 1),
 ("Shares in Veldnet's parent company fell 6.3% on Wednesday morning.",
  ["00_en.txt", "04_uk.txt"], 1)])

# p02: in-corpus scoop with an anonymous source in the prosecutor's office (the source belongs to
# the origin); relayed by uk, en, fr; es takes it from Le Monde (chain GW -> Le Monde -> El País).
# pl own "ustaliła „Gazeta Wyborcza"" + "na prośbę „Wyborczej"" + "mówi nam osoba z prokuratury,
# która prosi o anonimowość"; uk "Про це пише польська газета Gazeta Wyborcza" + "Як стверджує
# видання з посиланням на джерело в прокуратурі"; en "as first reported Monday by Gazeta Wyborcza" +
# "according to Wyborcza's reporting" + "told the Warsaw daily"; fr "révèle le quotidien polonais
# Gazeta Wyborcza, qui cite notamment une source au parquet" + "D'après le journal varsovien";
# es "según informa el diario francés Le Monde, que se hace eco de una investigación del periódico
# polaco Gazeta Wyborcza" + "De acuerdo con el rotativo francés" + "añade Le Monde".
story("p02_scoop_spyware_chain", "scoop_chain", {
"00_pl.txt": """Oprogramowanie szpiegujące w telefonach działaczy z Borowej. Walczyli ze spalarnią
Gazeta Wyborcza
22.03.2027, 06:00

Telefony czworga członków stowarzyszenia, które od dwóch lat protestuje przeciwko budowie spalarni odpadów w Borowej, zostały zainfekowane oprogramowaniem szpiegującym – ustaliła „Gazeta Wyborcza". Program dawał dostęp do wiadomości, zdjęć, lokalizacji i mikrofonu.

Telefony przeanalizował na prośbę „Wyborczej" niezależny ekspert ds. cyberbezpieczeństwa Tomasz Kędzierski. Znalazł w nich ślady programu Lunarix, który oferuje zarejestrowana na Cyprze firma Orthion Systems. – Infekcje nastąpiły między październikiem a styczniem, w dwóch przypadkach przez fałszywego SMS-a o rzekomej przesyłce kurierskiej – mówi nam Kędzierski.

Wśród zaatakowanych jest przewodnicząca stowarzyszenia „Czysta Borowa" Agnieszka Wróblewska. – Zawsze się zastanawialiśmy, skąd inwestor wie o naszych planach, zanim ogłosiliśmy je publicznie – mówi. Inwestor, spółka EkoTerm, w odpowiedzi na nasze pytania napisała, że „nie ma nic wspólnego z jakąkolwiek inwigilacją" i rozważa kroki prawne wobec osób, które „rozpowszechniają takie insynuacje".

Jak dowiedziała się „Wyborcza", sprawą od początku marca zajmuje się prokuratura okręgowa. – Śledztwo wszczęto po zawiadomieniu jednej z poszkodowanych, zabezpieczono już dwa telefony – mówi nam osoba z prokuratury, która prosi o anonimowość, bo nie jest upoważniona do kontaktów z mediami.

Orthion Systems nie odpowiedziała na pytania redakcji.

Spalarnia w Borowej ma przetwarzać 120 tys. ton odpadów rocznie. Budowa ma ruszyć w przyszłym roku, choć mieszkańcy złożyli już trzy skargi do sądu administracyjnego.
""",
"01_uk.txt": """У Польщі на телефонах активістів, які протестують проти сміттєспалювального заводу, знайшли шпигунську програму
Європейська правда
22 березня 2027, 14:20

На телефонах чотирьох членів польської громадської організації, яка вже два роки протестує проти будівництва сміттєспалювального заводу в селі Борова, виявили шпигунське програмне забезпечення. Про це пише польська газета Gazeta Wyborcza.

Телефони на прохання редакції проаналізував незалежний експерт з кібербезпеки Томаш Кенджерський. За даними видання, він знайшов сліди програми Lunarix, яку продає зареєстрована на Кіпрі компанія Orthion Systems. Програма давала доступ до повідомлень, фотографій, геолокації та мікрофона.

Серед тих, кого атакували, – голова об'єднання "Чиста Борова" Агнешка Врублевська. "Ми завжди дивувалися, звідки інвестор знає про наші плани ще до того, як ми їх оголосили", – сказала вона газеті.

Компанія-інвестор EkoTerm у відповіді на запитання польських журналістів заперечила будь-яку причетність до стеження.

Як стверджує видання з посиланням на джерело в прокуратурі, окружна прокуратура розслідує справу з початку березня, вже вилучено два телефони.

Використання комерційних шпигунських програм проти журналістів, адвокатів і активістів останніми роками стало предметом розслідувань у низці країн ЄС.
""",
"02_en.txt": """Spyware found on phones of Polish anti-incinerator activists
POLITICO Europe
March 22, 2027 4:47 pm CET

Four members of a Polish citizens' group fighting plans for a waste incinerator had their phones infected with commercial spyware, as first reported Monday by Gazeta Wyborcza.

The phones were examined at the newspaper's request by an independent security researcher, Tomasz Kędzierski, who found traces of a tool called Lunarix, marketed by Cyprus-registered Orthion Systems. The infections took place between October and January, in two cases via a fake parcel-delivery text message, according to Wyborcza's reporting.

Among those targeted is Agnieszka Wróblewska, who chairs the "Czysta Borowa" association in the village of Borowa. "We always wondered how the investor knew about our plans before we announced them," she told the Warsaw daily.

Regional prosecutors have been investigating since early March and have already seized two phones, a person at the prosecutor's office told the newspaper on condition of anonymity. The company behind the incinerator project, EkoTerm, rejected "any connection with any surveillance" in a reply to Wyborcza. Orthion Systems did not respond to the paper's questions.

POLITICO has not independently verified the findings.

The case is likely to add to pressure for EU-wide rules on the sale and use of commercial spyware, something members of the European Parliament have been demanding for years.
""",
"03_fr.txt": """En Pologne, des militants opposés à un incinérateur visés par un logiciel espion
Le Monde
22 mars 2027 à 18h30

Les téléphones de quatre membres d'une association polonaise qui combat depuis deux ans un projet d'incinérateur de déchets ont été infectés par un logiciel espion, révèle le quotidien polonais Gazeta Wyborcza, qui cite notamment une source au parquet.

D'après le journal varsovien, c'est un expert indépendant en cybersécurité, Tomasz Kędzierski, qui a analysé les appareils à la demande de la rédaction. Il y a découvert les traces du logiciel Lunarix, commercialisé par la société chypriote Orthion Systems, qui permet d'accéder aux messages, aux photos, à la localisation et au micro du téléphone.

« Nous nous sommes toujours demandé comment l'investisseur connaissait nos projets avant que nous les annoncions », a confié au quotidien Agnieszka Wróblewska, présidente de l'association Czysta Borowa, dans le village de Borowa. L'investisseur, la société EkoTerm, dément toute implication.

Selon la source citée par Gazeta Wyborcza, le parquet régional enquête depuis début mars et deux téléphones ont déjà été saisis.

L'affaire relance le débat sur l'encadrement des logiciels espions commerciaux en Europe, où plusieurs scandales ont déjà touché des journalistes, des avocats et des opposants ces dernières années.
""",
"04_es.txt": """Hallan un programa espía en los móviles de activistas polacos contrarios a una incineradora
El País
Madrid - 23 MAR 2027 - 08:15 CET

Cuatro miembros de una asociación vecinal polaca que se opone a la construcción de una incineradora de residuos tenían sus teléfonos infectados con un programa espía, según informa el diario francés Le Monde, que se hace eco de una investigación del periódico polaco Gazeta Wyborcza.

De acuerdo con el rotativo francés, un experto independiente en ciberseguridad, Tomasz Kędzierski, analizó los dispositivos y encontró rastros del programa Lunarix, comercializado por la empresa chipriota Orthion Systems. El software permite acceder a los mensajes, las fotos, la ubicación y el micrófono del teléfono.

"Siempre nos preguntamos cómo el inversor conocía nuestros planes antes de que los anunciáramos", declaró Agnieszka Wróblewska, presidenta de la asociación Czysta Borowa. La empresa promotora de la incineradora, EkoTerm, niega cualquier implicación.

La fiscalía regional investiga el caso desde principios de marzo y ya ha incautado dos teléfonos, añade Le Monde, citando una fuente del ministerio público.

El uso de programas espía comerciales contra periodistas, abogados y activistas ha desencadenado en los últimos años investigaciones en varios países de la Unión Europea y ha llevado al Parlamento Europeo a reclamar normas comunes para su venta.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_uk.txt"), ("Gazeta Wyborcza", "02_en.txt"), ("Gazeta Wyborcza", "03_fr.txt"), ("Le Monde", "04_es.txt")],
[("Spyware was found on the phones of four members of a citizens' group opposing a waste incinerator in Borowa, Poland.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_fr.txt", "04_es.txt"], 1),
 ("The spyware traces were identified as Lunarix, sold by the Cyprus-registered company Orthion Systems.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_fr.txt", "04_es.txt"], 1),
 ("Prosecutors have been investigating since early March and have seized two phones.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_fr.txt", "04_es.txt"], 1)])

# p03: institution's own published decision (CNIL deliberation on its website) taken directly by
# all four: fr "selon une délibération publiée jeudi sur son site internet" + "écrit l'autorité" +
# "lit-on dans la délibération" + "précise la CNIL"; en "In a decision published on its website on
# Thursday, the … (CNIL) said" + "the decision reads"; de "Das geht aus einem am Donnerstag
# veröffentlichten Beschluss der Behörde hervor" + "heißt es in dem Beschluss" + "so die Behörde";
# es (no date line) "según la resolución que la … (CNIL, por sus siglas en francés) publicó el jueves
# en su web" + "recoge el texto". The company's silence to Euronews adds no own reporting.
story("p03_institution_cnil_fine", "institution", {
"00_fr.txt": """Cookies, données conservées trop longtemps : la CNIL inflige 14,5 millions d'euros d'amende à Maison Lartigue
Le Figaro
20/05/2027 à 11:42

Le gendarme français des données personnelles frappe fort. La Commission nationale de l'informatique et des libertés (CNIL) a infligé une amende de 14,5 millions d'euros au distributeur de meubles en ligne Maison Lartigue, selon une délibération publiée jeudi sur son site internet.

La formation restreinte de la CNIL, chargée des sanctions, reproche à l'entreprise lyonnaise trois manquements. D'abord, des cookies publicitaires étaient déposés sur les terminaux des internautes dès leur arrivée sur le site, avant tout consentement. Ensuite, la société conservait sans justification les données de quelque 9 millions d'anciens clients, inactifs depuis plus de cinq ans. Enfin, les mots de passe des comptes clients étaient stockés au moyen d'un algorithme « obsolète », écrit l'autorité.

« La formation restreinte considère que la société a manqué à son obligation d'assurer la sécurité des données personnelles de ses clients », lit-on dans la délibération. Le montant tient compte, précise la CNIL, du chiffre d'affaires de l'entreprise – 610 millions d'euros en 2026 – et du nombre de personnes concernées.

La CNIL enjoint en outre à Maison Lartigue de se mettre en conformité dans un délai de trois mois, sous astreinte de 50 000 euros par jour de retard. La décision est susceptible de recours devant le Conseil d'État.

Fondée en 2009, Maison Lartigue emploie environ 1 400 personnes et s'est imposée comme l'un des acteurs de la vente de mobilier en ligne en France.
""",
"01_en.txt": """French privacy watchdog fines online furniture retailer €14.5m over cookies and old customer data
Euronews
20/05/2027 - 13:10 GMT+2

France's data protection authority has fined the online furniture retailer Maison Lartigue €14.5 million, saying the company dropped advertising cookies without consent and held on to the data of millions of former customers for far too long.

In a decision published on its website on Thursday, the Commission nationale de l'informatique et des libertés (CNIL) said the Lyon-based company had placed advertising trackers on visitors' devices as soon as they landed on its site, before they had a chance to accept or refuse them.

The regulator also found that Maison Lartigue kept the data of around 9 million customers who had not bought anything in more than five years, and stored customers' passwords using an "obsolete" hashing method.

"The restricted committee considers that the company failed in its obligation to ensure the security of its customers' personal data," the decision reads.

The watchdog ordered the retailer to bring its practices into line within three months or pay €50,000 for each day of delay. The company can appeal to the Conseil d'État, France's highest administrative court.

Maison Lartigue did not immediately respond to a request for comment from Euronews.

Cookie consent has been one of the CNIL's enforcement priorities for several years, and the authority has repeatedly warned websites that refusing trackers must be as easy as accepting them.
""",
"02_de.txt": """Datenschutz: Frankreichs CNIL verhängt 14,5 Millionen Euro Strafe gegen Möbelhändler
Handelsblatt
20.05.2027 - 15:03 Uhr

Die französische Datenschutzbehörde CNIL hat gegen den Online-Möbelhändler Maison Lartigue ein Bußgeld von 14,5 Millionen Euro verhängt. Das geht aus einem am Donnerstag veröffentlichten Beschluss der Behörde hervor.

Nach Auffassung der Aufseher setzte das Unternehmen aus Lyon Werbe-Cookies, sobald Nutzer die Website aufriefen – noch bevor diese zustimmen oder ablehnen konnten. Zudem habe Maison Lartigue Daten von rund neun Millionen ehemaligen Kunden gespeichert, die seit mehr als fünf Jahren nichts mehr bestellt hatten. Passwörter seien mit einem „veralteten" Verfahren abgesichert worden, heißt es in dem Beschluss.

Bei der Höhe der Strafe habe man den Umsatz des Unternehmens von zuletzt 610 Millionen Euro und die Zahl der Betroffenen berücksichtigt, so die Behörde. Binnen drei Monaten muss der Händler seine Praxis ändern, andernfalls droht ein Zwangsgeld von 50.000 Euro pro Tag.

Maison Lartigue kann gegen die Entscheidung vor dem Conseil d'État, dem obersten französischen Verwaltungsgericht, vorgehen.

Für Datenschützer ist der Fall ein Signal auch an deutsche Onlinehändler: Die Regeln der Datenschutz-Grundverordnung zur Speicherbegrenzung gelten EU-weit, auch wenn die Aufsicht national organisiert ist. Wer Kundendaten „auf Vorrat" hortet, geht ein wachsendes Risiko ein.
""",
"03_es.txt": """Francia multa con 14,5 millones a la tienda de muebles online Maison Lartigue por sus 'cookies'
Expansión

El regulador francés de protección de datos ha impuesto una multa de 14,5 millones de euros a Maison Lartigue, una empresa de venta de muebles por internet con sede en Lyon, según la resolución que la Comisión Nacional de Informática y Libertades (CNIL, por sus siglas en francés) publicó el jueves en su web.

La autoridad considera probado que la compañía instalaba cookies publicitarias en los dispositivos de los usuarios nada más entrar en su página, sin pedir antes su consentimiento. Además, conservaba los datos de unos nueve millones de antiguos clientes que llevaban más de cinco años sin comprar, y guardaba las contraseñas con un método de cifrado "obsoleto", recoge el texto.

El organismo ordena a la empresa adaptar sus prácticas en un plazo de tres meses, bajo apercibimiento de una multa coercitiva de 50.000 euros por cada día de retraso. La resolución puede recurrirse ante el Consejo de Estado francés.

En España, la Agencia Española de Protección de Datos (AEPD) también ha sancionado en los últimos años a numerosas empresas por el uso de cookies sin consentimiento, aunque por lo general con importes muy inferiores.
""",
}, [("CNIL", False)],
[("CNIL", "00_fr.txt"), ("CNIL", "01_en.txt"), ("CNIL", "02_de.txt"), ("CNIL", "03_es.txt")],
[("The French data protection authority CNIL fined the online furniture retailer Maison Lartigue 14.5 million euros.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("Maison Lartigue placed advertising cookies before users could consent and kept data of about 9 million inactive former customers.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_es.txt"], 1),
 ("The amount took into account the company's turnover of 610 million euros.",
  ["00_fr.txt", "02_de.txt"], 1)])

# p04: a person's own social-media post (outside): security researcher Jeroen Vlastuin on Mastodon.
# es "según publicó este lunes en la red social Mastodon el investigador" + "detalla Vlastuin en su
# mensaje" + "escribió el investigador" (the paper's unanswered questions add nothing); nl "Dat
# schrijft … op Mastodon" + "aldus de onderzoeker in zijn bericht"; en TechCrunch "said in a Mastodon
# post" + "TechCrunch independently confirmed" + "reviewed" + "contacted two customers … told
# TechCrunch" (relay + own confirmation: also an in-corpus origin); de "Darauf hat … in einem Beitrag
# auf Mastodon aufmerksam gemacht" + "Laut Vlastuin" + "wie der Forscher in einem weiteren Post
# mitteilte" (a second post by the same person: same origin).
story("p04_post_own_confirmation", "own_confirmation", {
"00_es.txt": """Un investigador neerlandés detecta una base de datos abierta de Tiendalia con 3,4 millones de registros de clientes
El Confidencial
07/06/2027 - 19:25

La tienda online de electrónica Tiendalia ha dejado expuesta en internet, sin ningún tipo de contraseña, una base de datos con 3,4 millones de registros de clientes, según publicó este lunes en la red social Mastodon el investigador de ciberseguridad neerlandés Jeroen Vlastuin.

La base de datos, alojada en un servidor Elasticsearch, contiene nombres, correos electrónicos, teléfonos, direcciones de envío, historiales de pedidos y los cuatro últimos dígitos de las tarjetas de pago, detalla Vlastuin en su mensaje, que acompaña de capturas de pantalla con los datos personales tachados.

"Cualquiera con un navegador podía leerla. He avisado a Tiendalia tres veces desde el 19 de mayo y no he recibido ninguna respuesta", escribió el investigador, que asegura haber dado con el servidor durante un rastreo rutinario de bases de datos mal configuradas.

Tiendalia, con sede en Valencia y unos 280 empleados, es una de las mayores tiendas de electrónica por internet del país. La compañía no respondió a las preguntas de este diario.

El Reglamento General de Protección de Datos obliga a las empresas a notificar cualquier brecha de seguridad a la Agencia Española de Protección de Datos en un plazo de 72 horas desde que tienen conocimiento de ella.
""",
"01_nl.txt": """Onderzoeker vindt onbeveiligde database van Spaanse webwinkel Tiendalia met 3,4 miljoen klantgegevens
Tweakers
maandag 7 juni 2027 21:04

Een onbeveiligde Elasticsearch-database van de Spaanse elektronicawebwinkel Tiendalia met gegevens van 3,4 miljoen klanten was vrij toegankelijk via internet. Dat schrijft de Nederlandse beveiligingsonderzoeker Jeroen Vlastuin op Mastodon.

In de database staan volgens Vlastuin namen, e-mailadressen, telefoonnummers, afleveradressen en bestelgeschiedenissen van klanten. Ook de laatste vier cijfers van betaalkaarten zijn zichtbaar. Er was geen wachtwoord nodig om de gegevens in te zien, aldus de onderzoeker in zijn bericht, waarbij hij screenshots met onleesbaar gemaakte persoonsgegevens plaatste.

Vlastuin zegt Tiendalia sinds 19 mei drie keer te hebben gewaarschuwd, zonder ooit een reactie te krijgen. "Op een gegeven moment moet je het openbaar maken, anders blijft die deur gewoon openstaan", schrijft hij.

De onderzoeker stuitte naar eigen zeggen op de server bij een routinematige scan naar verkeerd geconfigureerde databases. Hij heeft eerder soortgelijke lekken gemeld bij een Duitse reisorganisatie en een Belgische sportschoolketen.

Tiendalia is een van de grotere webwinkels voor elektronica in Spanje en levert ook in Portugal. Of er Nederlandse klanten in de database staan, is niet bekend.
""",
"02_en.txt": """Spanish electronics retailer Tiendalia exposed 3.4 million customer records
TechCrunch
June 8, 2027

Spanish online electronics retailer Tiendalia left a database containing 3.4 million customer records exposed to the internet without a password, security researcher Jeroen Vlastuin said in a Mastodon post on Monday.

TechCrunch independently confirmed that the database was publicly accessible before it was pulled offline early on Tuesday. A sample of records we reviewed contained customers' full names, email addresses, phone numbers, delivery addresses and details of past orders, as well as the last four digits of payment cards.

TechCrunch contacted two customers whose details appeared in the sample; both confirmed that the names, addresses and orders listed were theirs. "I ordered a laptop there in March and that's exactly the order number I got," one of them, a teacher in Seville, told TechCrunch. She asked not to be named.

The exposed server was running Elasticsearch, a popular search and analytics engine that has been behind numerous similar leaks when left without authentication.

Tiendalia did not respond to TechCrunch's emails before publication. It is not clear whether the company has notified Spain's data protection authority, the AEPD, as it is required to do within 72 hours of becoming aware of a breach under European law.

Vlastuin, who is based in Utrecht, has reported exposed databases belonging to several European companies in the past.
""",
"03_de.txt": """Datenleck: Spanischer Elektronikhändler ließ 3,4 Millionen Kundendatensätze offen im Netz
heise online
08.06.2027 14:37 Uhr

Der spanische Online-Elektronikhändler Tiendalia hat eine Datenbank mit 3,4 Millionen Kundendatensätzen ungeschützt im Internet stehen lassen. Darauf hat der niederländische Sicherheitsforscher Jeroen Vlastuin am Montag in einem Beitrag auf Mastodon aufmerksam gemacht.

Laut Vlastuin lief auf dem Server eine Elasticsearch-Instanz ohne jede Authentifizierung. Enthalten seien Namen, E-Mail-Adressen, Telefonnummern, Lieferadressen und Bestellhistorien, außerdem die letzten vier Ziffern der Zahlungskarten. Zur Untermauerung veröffentlichte der Forscher geschwärzte Screenshots.

Er habe Tiendalia seit dem 19. Mai dreimal auf das Problem hingewiesen, aber nie eine Antwort erhalten, schreibt Vlastuin. Erst nach seinem öffentlichen Beitrag reagierte das Unternehmen offenbar: Am Dienstagvormittag war die Datenbank nicht mehr erreichbar, wie der Forscher in einem weiteren Post mitteilte.

Offen zugängliche Elasticsearch-Instanzen gehören seit Jahren zu den häufigsten Ursachen für Datenlecks. Für Betroffene besteht vor allem die Gefahr gezielter Phishing-Mails, die sich auf echte Bestellungen beziehen und dadurch besonders glaubwürdig wirken.
""",
}, [("Jeroen Vlastuin", False), ("TechCrunch", True)],
[("Jeroen Vlastuin", "00_es.txt"), ("Jeroen Vlastuin", "01_nl.txt"), ("Jeroen Vlastuin", "02_en.txt"), ("Jeroen Vlastuin", "03_de.txt")],
[("A Tiendalia database with 3.4 million customer records was exposed on the internet without a password.",
  ["00_es.txt", "01_nl.txt", "02_en.txt", "03_de.txt"], 2),
 ("Vlastuin says he warned Tiendalia three times since 19 May without getting a response.",
  ["00_es.txt", "01_nl.txt", "03_de.txt"], 1),
 ("The database was taken offline on Tuesday.",
  ["02_en.txt", "03_de.txt"], 2)])

# p05: in-corpus own investigation (de Volkskrant: app analysed at the paper's request, director and
# regulator speaking "tegenover deze krant"); 01_en (no outlet line, next morning) is an uncredited,
# close English translation keeping "confirmed to this newspaper" and "After questions from the
# newspaper": edge from de Volkskrant; de "Das hat die niederländische Tageszeitung de Volkskrant
# herausgefunden" + "wie die Volkskrant schreibt" + "bestätigte der Volkskrant" (dative); fr "a
# révélé samedi le quotidien néerlandais de Volkskrant" + "Selon le Volkskrant" + "Interrogé par le
# quotidien d'Amsterdam" + "rapporte le journal".
story("p05_translation_fitness_app", "translation", {
"00_nl.txt": """Populaire beweegapp Stapwijs stuurt hartslag en locatie van gebruikers door naar advertentiebedrijven
de Volkskrant
8 mei 2027, 05:00

De beweegapp Stapwijs, die door zo'n 640 duizend Nederlanders wordt gebruikt, stuurt gevoelige gezondheidsgegevens en de precieze locatie van gebruikers door naar twee advertentiebedrijven. Dat blijkt uit onderzoek van de Volkskrant.

De krant liet de app analyseren door de onafhankelijke privacyonderzoeker Lotte Brinkhorst. Zij onderschepte het dataverkeer van de app op een testtelefoon en zag dat stappentellingen, hartslag, slaapduur en gps-coördinaten elk kwartier werden verstuurd naar servers van de advertentiebedrijven AdNexo en Kelvara. 'Dit zijn gegevens over iemands gezondheid, en die mogen niet zomaar voor reclame worden gebruikt', zegt Brinkhorst.

Stapwijs wordt door verschillende zorgverzekeraars aanbevolen: wie genoeg stappen zet, krijgt korting op een aanvullende verzekering. In de privacyverklaring van de app staat alleen dat gegevens 'geanonimiseerd kunnen worden gedeeld met partners'.

Directeur Ruud Westerveld van Stapwijs bevestigt tegenover deze krant dat er gegevens naar de twee bedrijven gaan. 'Het gaat om gepseudonimiseerde data, die gebruiken we om de app gratis te houden', zegt hij. Na vragen van de Volkskrant heeft het bedrijf besloten het delen per 1 juni te stoppen, aldus Westerveld.

Een woordvoerder van de Autoriteit Persoonsgegevens laat desgevraagd weten 'de bevindingen met belangstelling te bekijken'. Volgens de toezichthouder zijn gezondheidsgegevens bijzondere persoonsgegevens, die alleen met uitdrukkelijke toestemming mogen worden verwerkt.
""",
"01_en.txt": """Popular fitness app Stapwijs sends users' heart rate and location to ad companies
Sunday 9 May 2027, 08:20

The fitness app Stapwijs, used by some 640,000 people in the Netherlands, is sending sensitive health data and the precise location of its users to two advertising companies.

The app was analysed by independent privacy researcher Lotte Brinkhorst. She intercepted the app's data traffic on a test phone and found that step counts, heart rate, sleep duration and GPS coordinates were sent every fifteen minutes to servers of the advertising companies AdNexo and Kelvara. "This is data about someone's health, and it cannot simply be used for advertising," Brinkhorst says.

Stapwijs is recommended by several health insurers: users who walk enough steps get a discount on a supplementary insurance policy. The app's privacy statement only says that data "may be shared anonymously with partners".

Director Ruud Westerveld of Stapwijs confirmed to this newspaper that data goes to the two companies. "It is pseudonymised data, which we use to keep the app free," he said. After questions from the newspaper, the company decided to stop the sharing as of 1 June, according to Westerveld.

A spokesperson for the Dutch Data Protection Authority said when asked that it would "look at the findings with interest". According to the regulator, health data is a special category of personal data that may only be processed with explicit consent.
""",
"02_de.txt": """Fitness-App Stapwijs leitet Gesundheitsdaten an Werbefirmen weiter
Der Standard
8. Mai 2027, 12:55

Die in den Niederlanden verbreitete Fitness-App Stapwijs übermittelt Herzfrequenz, Schrittzahlen und den genauen Standort ihrer Nutzerinnen und Nutzer an zwei Werbeunternehmen. Das hat die niederländische Tageszeitung de Volkskrant herausgefunden.

Die Zeitung ließ die App von der unabhängigen Datenschutzforscherin Lotte Brinkhorst untersuchen. Diese schnitt den Datenverkehr auf einem Testgerät mit: Alle 15 Minuten gingen Gesundheits- und GPS-Daten an Server der Werbefirmen AdNexo und Kelvara, wie die Volkskrant schreibt. Rund 640.000 Menschen nutzen die App, die von mehreren Krankenversicherern mit Rabatten auf Zusatzversicherungen beworben wird.

Stapwijs-Chef Ruud Westerveld bestätigte der Volkskrant die Datenweitergabe, sprach aber von „pseudonymisierten" Daten. Nach den Anfragen der Zeitung will das Unternehmen die Weitergabe zum 1. Juni einstellen.

In Österreich ist die App nicht erhältlich. Gesundheitsdaten gehören nach der Datenschutz-Grundverordnung zu den besonders geschützten Kategorien personenbezogener Daten und dürfen grundsätzlich nur mit ausdrücklicher Einwilligung verarbeitet werden. Datenschutzorganisationen warnen seit Langem davor, dass Fitness- und Gesundheits-Apps solche Daten an Dritte weiterreichen.
""",
"03_fr.txt": """Aux Pays-Bas, une application de fitness transmettait le rythme cardiaque de ses utilisateurs à des publicitaires
Le Soir
Publié le 8/05/2027 à 16:10

Une application néerlandaise d'activité physique, Stapwijs, transmet les données de santé et la localisation précise de ses utilisateurs à deux sociétés publicitaires, a révélé samedi le quotidien néerlandais de Volkskrant.

À la demande du journal, la chercheuse indépendante Lotte Brinkhorst a analysé le trafic de l'application sur un téléphone de test. Selon le Volkskrant, le nombre de pas, le rythme cardiaque, la durée du sommeil et les coordonnées GPS partaient tous les quarts d'heure vers les serveurs des régies AdNexo et Kelvara.

L'application compte quelque 640 000 utilisateurs aux Pays-Bas, où plusieurs assureurs santé la recommandent en échange d'une réduction sur leurs complémentaires.

Interrogé par le quotidien d'Amsterdam, le directeur de Stapwijs, Ruud Westerveld, a confirmé le transfert de données « pseudonymisées » et annoncé qu'il y serait mis fin au 1er juin. L'autorité néerlandaise de protection des données dit examiner les conclusions « avec intérêt », rapporte le journal.

L'application n'est pas proposée en Belgique. Les données de santé figurent parmi les catégories de données les plus protégées par le RGPD.
""",
}, [("de Volkskrant", True)],
[("de Volkskrant", "01_en.txt"), ("de Volkskrant", "02_de.txt"), ("de Volkskrant", "03_fr.txt")],
[("The Stapwijs fitness app sends users' health data and precise location to two advertising companies.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Stapwijs will stop sharing the data with advertisers as of 1 June.",
  ["00_nl.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The Dutch data protection authority says it will look at the findings.",
  ["00_nl.txt", "01_en.txt", "03_fr.txt"], 1)])

# p06: two independent own reports of the same leaked database (Zaufana Trzecia Strona: "Jak
# ustaliliśmy", "udostępnił nam próbkę", "potwierdziły nam"; Українська правда: "«Українська правда»
# поспілкувалася з продавцем", "Журналісти УП зателефонували", "«Українській правді» повідомили"
# (dative)); en credits both (two edges: "Polish security news site Zaufana Trzecia Strona and
# Ukrainian outlet Ukrainska Pravda reported" + "according to Ukrainska Pravda"); es credits only
# Ukrainska Pravda ("según el diario digital ucraniano" + "detalla el medio ucraniano" + "confirmaron
# al diario").
story("p06_two_independent_pharmacy", "two_independent", {
"00_pl.txt": """Baza ponad miliona klientów sieci aptek Farmavita na sprzedaż na forum przestępców
Zaufana Trzecia Strona
15.06.2027

Na jednym z forów, na których handluje się wykradzionymi danymi, od kilku dni wystawiona jest na sprzedaż baza klientów sieci aptek Farmavita. Jak ustaliliśmy, dane są prawdziwe – i obejmują także historię zakupów leków na receptę.

Ogłoszenie zamieścił użytkownik podpisujący się „kalyna_x". Twierdzi, że baza liczy ok. 1,2 mln rekordów klientów z Polski i Ukrainy. Sprzedawca udostępnił nam próbkę 500 rekordów. Zawiera ona imiona i nazwiska, numery telefonów, adresy e-mail, adresy dostaw oraz listy zakupionych produktów – od witamin po leki przeciwdepresyjne i antykoncepcyjne.

Skontaktowaliśmy się z kilkunastoma osobami z próbki. Trzy z nich potwierdziły nam, że dane i zamówienia się zgadzają. – Zamawiałem te leki w lutym, dokładnie w tej ilości. To przerażające – mówi nam jeden z klientów z Rzeszowa.

Farmavita, która prowadzi ok. 140 aptek w Polsce i na Ukrainie oraz sklep internetowy, w odpowiedzi na nasze pytania napisała, że „analizuje sygnały o możliwym incydencie bezpieczeństwa". Spółka poinformowała nas również, że zgłosiła sprawę Prezesowi Urzędu Ochrony Danych Osobowych.

Jeśli byliście klientami Farmavity, zachowajcie szczególną ostrożność wobec SMS-ów i telefonów, w których ktoś powołuje się na Wasze zamówienia leków. Oszuści znający historię zakupów mogą być bardzo przekonujący.
""",
"01_uk.txt": """Базу клієнтів аптечної мережі Farmavita виставили на продаж на хакерському форумі
Українська правда
15 червня 2027, 16:05

На одному з хакерських форумів продають базу даних клієнтів аптечної мережі Farmavita, яка працює в Україні та Польщі. "Українська правда" поспілкувалася з продавцем і перевірила частину даних.

Продавець, який підписується ніком kalyna_x, просить за базу 8 тисяч доларів у криптовалюті. За його словами, в ній близько 1,2 млн записів: імена, телефони, електронні адреси, адреси доставки та історія покупок, зокрема рецептурних препаратів.

У листуванні з УП продавець стверджував, що отримав доступ до бази через зламаний обліковий запис підрядника, який обслуговує інтернет-магазин мережі. Незалежно перевірити це твердження УП не змогла.

Журналісти УП зателефонували за кількома номерами з наданого зразка. Двоє клієнтів з України підтвердили, що їхні дані й замовлення збігаються. "Я купувала ці ліки для мами у квітні. Звідки вони це знають?" – сказала нам жителька Львова.

У пресслужбі Farmavita в Україні "Українській правді" повідомили, що компанія "проводить внутрішню перевірку" і звернулася до кіберполіції.

Мережа Farmavita має в Україні близько 50 аптек, переважно в західних областях.
""",
"02_en.txt": """Database of Polish-Ukrainian pharmacy chain Farmavita offered for sale on hacking forum
The Record
June 16, 2027

A database said to contain records on 1.2 million customers of Farmavita, a pharmacy chain with about 140 stores in Poland and Ukraine, is being offered for sale on a cybercrime forum, Polish security news site Zaufana Trzecia Strona and Ukrainian outlet Ukrainska Pravda reported on Tuesday.

Both outlets said they obtained samples of the data and reached customers who confirmed that their names, contact details and orders – including prescription medicines – were accurate. Zaufana Trzecia Strona said three of the people it contacted confirmed their details; Ukrainska Pravda spoke to two.

The listing was posted by a user calling himself "kalyna_x," who is asking $8,000 in cryptocurrency, according to Ukrainska Pravda.

Farmavita told the Polish site it was "analyzing signals of a possible security incident," while its Ukrainian branch said it had launched an internal review and contacted the country's cyber police.

The Record has not seen the data.

Health information is among the most sensitive categories of personal data under the EU's General Data Protection Regulation, and leaks from pharmacies can reveal conditions such as depression or pregnancy that people often keep private.
""",
"03_es.txt": """Ponen a la venta en un foro de 'hackers' los datos de 1,2 millones de clientes de una cadena de farmacias polaco-ucraniana
El Mundo
16/06/2027 10:48

Los datos de aproximadamente 1,2 millones de clientes de Farmavita, una cadena de farmacias que opera en Polonia y Ucrania, están a la venta en un foro de ciberdelincuentes, según el diario digital ucraniano Ukrainska Pravda.

El vendedor, que firma como "kalyna_x", pide 8.000 dólares en criptomonedas por la base de datos, que incluye nombres, teléfonos, correos electrónicos, direcciones de entrega e historiales de compra, entre ellos de medicamentos con receta, detalla el medio ucraniano.

En su conversación con los periodistas, el vendedor aseguró haber accedido a los datos a través de la cuenta comprometida de un proveedor informático que gestiona la tienda online de la cadena. Dos clientes ucranianos confirmaron al diario que sus datos y pedidos eran correctos.

La filial ucraniana de Farmavita ha abierto una investigación interna y ha acudido a la policía cibernética, según la misma fuente.

La filtración de datos sanitarios es especialmente grave: el Reglamento General de Protección de Datos europeo los considera una categoría especial, y su exposición puede revelar enfermedades o tratamientos que los afectados prefieren mantener en privado.
""",
}, [("Zaufana Trzecia Strona", True), ("Українська правда", True)],
[("Zaufana Trzecia Strona", "02_en.txt"), ("Українська правда", "02_en.txt"), ("Українська правда", "03_es.txt")],
[("A database of about 1.2 million Farmavita customers, including purchases of prescription medicines, is offered for sale on a hacker forum.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_es.txt"], 2),
 ("The seller claims to have obtained the data through a compromised account of a contractor running the chain's online shop.",
  ["01_uk.txt", "03_es.txt"], 1),
 ("Farmavita reported the incident to Poland's data protection authority (UODO).",
  ["00_pl.txt"], 1)])

# p07: a company's own statement on its website (outside) taken directly by de, pl and nl (nl has no
# outlet and no date line); uk takes it from Der Spiegel (chain: edge from Der Spiegel). de "Das
# teilte das Unternehmen am Freitag in einer Erklärung auf seiner Website mit" + "heißt es in der
# Mitteilung" + "wird … in der Erklärung zitiert"; pl "poinformowała spółka w piątkowym komunikacie
# zamieszczonym na swojej stronie internetowej" + "Jak czytamy w oświadczeniu"; uk "Про це пише
# німецький журнал Der Spiegel" + "За даними «Шпігеля»" (genitive) + "як зазначає видання" + "цитує
# журнал"; nl "Dat meldt het bedrijf uit Leipzig vrijdag in een verklaring op zijn website".
story("p07_statement_carsharing_chain", "statement_chain", {
"00_de.txt": """Hackerangriff auf Carsharing-Anbieter Mietwerk: Führerscheindaten von 480.000 Kunden kopiert
Der Spiegel
02.07.2027, 14.21 Uhr

Beim Leipziger Carsharing-Anbieter Mietwerk haben Unbekannte Scans von Führerscheinen und Personalausweisen von rund 480.000 Kundinnen und Kunden erbeutet. Das teilte das Unternehmen am Freitag in einer Erklärung auf seiner Website mit.

Die Angreifer verschafften sich demnach Zugang zu einem Server eines externen Dienstleisters, der für Mietwerk die Identitätsprüfung bei der Registrierung übernimmt. Betroffen seien Kunden, die sich zwischen 2021 und 2027 angemeldet haben, heißt es in der Mitteilung. Neben den Dokumentenscans seien auch Selfies kopiert worden, die Neukunden zum Abgleich hochladen müssen. Zahlungsdaten seien nicht betroffen.

Entdeckt wurde der Zugriff laut Mietwerk am Dienstag. Man habe das Landeskriminalamt Sachsen sowie die zuständige Datenschutzaufsicht informiert. „Wir entschuldigen uns bei allen Betroffenen. Der Schutz ihrer Daten hat für uns oberste Priorität", wird Geschäftsführerin Katrin Oberländer in der Erklärung zitiert.

Mietwerk empfiehlt Betroffenen, bei E-Mails und Anrufen mit Bezug auf ihr Kundenkonto besonders vorsichtig zu sein. Wer seinen Personalausweis neu beantragen möchte, bekomme die Gebühr erstattet, schreibt das Unternehmen.

Mietwerk ist neben Deutschland auch in Polen und den Niederlanden aktiv. Gescannte Ausweisdokumente sind bei Kriminellen begehrt, weil sich mit ihnen etwa Bankkonten eröffnen oder Handyverträge abschließen lassen.
""",
"01_pl.txt": """Wyciek skanów praw jazdy klientów Mietwerk. Dotyczy także Polaków
Dziennik Gazeta Prawna
2 lipca 2027, 17:02

Nieznani sprawcy wykradli skany praw jazdy i dowodów osobistych ok. 480 tys. klientów niemieckiej wypożyczalni samochodów na minuty Mietwerk, która działa również we Wrocławiu i Poznaniu – poinformowała spółka w piątkowym komunikacie zamieszczonym na swojej stronie internetowej.

Jak czytamy w oświadczeniu, włamywacze uzyskali dostęp do serwera zewnętrznego usługodawcy, który weryfikuje tożsamość nowych klientów. Skopiowano również zdjęcia twarzy (tzw. selfie), które użytkownicy przesyłają przy rejestracji. Dane kart płatniczych są według firmy bezpieczne.

Mietwerk nie podaje, ilu spośród poszkodowanych to klienci z Polski. Spółka z Lipska zapewnia, że o incydencie powiadomiła niemiecką policję i organ nadzorczy ds. ochrony danych. „Przepraszamy wszystkich poszkodowanych" – napisała w komunikacie prezes Katrin Oberländer.

Osoby, których dane mogły wyciec, powinny rozważyć zastrzeżenie numeru PESEL w aplikacji mObywatel – przypominają eksperci. Zastrzeżenie utrudnia oszustom np. zaciągnięcie kredytu na cudze dane.
""",
"02_uk.txt": """У німецького каршерингу Mietwerk викрали скани посвідчень водія 480 тисяч клієнтів
РБК-Україна
03.07.2027, 09:30

Невідомі викрали скани посвідчень водія та посвідчень особи близько 480 тисяч клієнтів німецького каршерингового сервісу Mietwerk. Про це пише німецький журнал Der Spiegel.

За даними "Шпігеля", зловмисники отримали доступ до сервера зовнішнього підрядника, який перевіряє особу клієнтів під час реєстрації. Крім сканів документів, вони скопіювали також селфі, які нові користувачі мають завантажувати для звірки. Платіжні дані, як зазначає видання, не постраждали.

Компанія з Лейпцига виявила злам у вівторок і повідомила про нього земельне управління кримінальної поліції Саксонії та наглядовий орган у сфері захисту даних. "Ми просимо вибачення в усіх постраждалих", – цитує журнал гендиректорку Mietwerk Катрін Оберлендер.

Mietwerk працює також у Польщі та Нідерландах. Чи є серед постраждалих громадяни України, невідомо.

Фахівці з кібербезпеки попереджають, що викрадені скани документів шахраї часто використовують для оформлення онлайн-кредитів і реєстрації рахунків на чуже ім'я.
""",
"03_nl.txt": """Hackers kopiëren rijbewijzen van 480.000 klanten van deelautobedrijf Mietwerk, ook Nederlanders getroffen

Bij het Duitse deelautobedrijf Mietwerk, dat ook auto's verhuurt in Utrecht en Eindhoven, hebben hackers scans van rijbewijzen en identiteitsbewijzen van zo'n 480.000 klanten buitgemaakt. Dat meldt het bedrijf uit Leipzig vrijdag in een verklaring op zijn website.

De aanvallers kwamen binnen via een server van een externe partij die voor Mietwerk de identiteit van nieuwe klanten controleert, schrijft het bedrijf. Ook de selfies die klanten bij hun aanmelding moeten uploaden, zijn gekopieerd. Betaalgegevens zijn volgens Mietwerk niet buitgemaakt.

Hoeveel Nederlandse klanten getroffen zijn, vermeldt de verklaring niet. Mietwerk zegt de Duitse politie en de privacytoezichthouder te hebben ingelicht. Getroffen klanten krijgen de komende dagen persoonlijk bericht.

Wie vreest dat een kopie van zijn identiteitsbewijs wordt misbruikt, kan terecht bij het Centraal Meldpunt Identiteitsfraude van de Rijksoverheid.
""",
}, [("Mietwerk", False)],
[("Mietwerk", "00_de.txt"), ("Mietwerk", "01_pl.txt"), ("Der Spiegel", "02_uk.txt"), ("Mietwerk", "03_nl.txt")],
[("Attackers copied scans of driving licences and ID documents of about 480,000 Mietwerk customers.",
  ["00_de.txt", "01_pl.txt", "02_uk.txt", "03_nl.txt"], 1),
 ("The attackers got in through a server of an external identity-verification provider.",
  ["00_de.txt", "01_pl.txt", "02_uk.txt", "03_nl.txt"], 1),
 ("Mietwerk informed the police and the data protection supervisory authority.",
  ["00_de.txt", "01_pl.txt", "02_uk.txt", "03_nl.txt"], 1)])


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
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, n in claims:
            assert all(a in arts for a in al), (id, t)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 141 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
