#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand125 set (telecoms and internet;
all events, people, companies, figures and quotes invented; real media names only as outlets)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency Reuters (not in the corpus), relayed 4x: pl "podała agencja Reutera" +
# "powiedziała Reuterowi" + "Według Reutersa" + "przekazała agencji"; de "Wie die Nachrichtenagentur
# Reuters berichtet" + "sagte … zu Reuters" + "nach Angaben der Agentur"; es "según la agencia Reuters" +
# "explicó a Reuters" + "De acuerdo con la información de la agencia"; fr "a rapporté l'agence Reuters" +
# "a déclaré à Reuters" + "précise l'agence" + "d'après Reuters".
story("t01_agency_baltic_cable", "agency", {
"00_pl.txt": """Awaria kabla Baltica-3 na dnie Bałtyku. Ruch puszczono przez Niemcy
Rzeczpospolita
2 marca 2027 14:20

Podmorski światłowód Baltica-3, który łączy Władysławowo ze szwedzkim Karlshamn, przestał działać we wtorek nad ranem – podała agencja Reutera. Do uszkodzenia doszło około 52 km na północ od Półwyspu Helskiego.

Jak poinformowała agencja, operator kabla, szwedzka spółka Nordvik Fibre AB, stracił sygnał o godz. 3.40. „Na tym etapie nie widzimy oznak celowego uszkodzenia, ale niczego nie wykluczamy” – powiedziała Reuterowi rzeczniczka firmy Karin Ekdahl.

Baltica-3 to jedno z czterech międzynarodowych łączy danych między Polską a Skandynawią. Według Reutersa ruch przekierowano na połączenia lądowe biegnące przez Niemcy, przez co u części klientów biznesowych opóźnienia wzrosły o 8–12 milisekund. Zwykli użytkownicy nie powinni odczuć różnicy – zapewnił operator.

Urząd Morski w Gdyni analizuje dane z systemu AIS o statkach, które w nocy przepływały nad trasą kabla, przekazał agencji jego przedstawiciel. Nie chciał powiedzieć, czy w rejonie awarii kotwiczyła jakaś jednostka.

Statek naprawczy Skagen Responder ma wypłynąć z Karlskrony w czwartek. Sama naprawa potrwa od 10 do 14 dni, w zależności od pogody – wynika z informacji Reutersa.

W ostatnich latach na Bałtyku kilkakrotnie dochodziło do uszkodzeń kabli i rurociągów. W części przypadków śledczy podejrzewali, że przyczyną była kotwica wleczona po dnie przez przepływający statek.
""",
"01_de.txt": """Ostsee: Datenkabel zwischen Polen und Schweden ausgefallen
Handelsblatt
02.03.2027 – 11:47 Uhr

Ein Unterseekabel für den Datenverkehr zwischen Polen und Schweden ist in der Nacht zum Dienstag ausgefallen. Wie die Nachrichtenagentur Reuters berichtet, verlor die schwedische Betreibergesellschaft Nordvik Fibre AB gegen 3.40 Uhr das Signal auf der Verbindung Baltica-3, die das polnische Władysławowo mit Karlshamn in Südschweden verbindet. Die Störung liegt demnach rund 52 Kilometer nördlich der Halbinsel Hel.

„Derzeit sehen wir keine Anzeichen für eine vorsätzliche Beschädigung, schließen aber nichts aus“, sagte Unternehmenssprecherin Karin Ekdahl zu Reuters. Der Verkehr sei über Landverbindungen durch Deutschland umgeleitet worden. Bei einigen Geschäftskunden erhöhten sich die Latenzzeiten dadurch um acht bis zwölf Millisekunden, Privatkunden dürften nichts bemerken.

Das polnische Seeamt in Gdynia wertet nach Angaben der Agentur AIS-Daten der Schiffe aus, die in der Nacht die Kabeltrasse passiert haben. Ein Reparaturschiff, die „Skagen Responder“, soll am Donnerstag im schwedischen Karlskrona auslaufen. Die Reparatur werde je nach Wetter zehn bis 14 Tage dauern, meldete Reuters.

Baltica-3 ist eine von vier internationalen Datenverbindungen zwischen Polen und Skandinavien. In der Ostsee waren in den vergangenen Jahren mehrfach Kabel und Pipelines beschädigt worden. Die Anrainerstaaten haben die Überwachung kritischer Infrastruktur am Meeresboden seither ausgebaut.
""",
"02_es.txt": """Avería en un cable submarino de datos entre Polonia y Suecia
Expansión
02/03/2027 13:10

Un cable submarino de datos que une Polonia y Suecia quedó fuera de servicio en la madrugada del martes, según la agencia Reuters. La sueca Nordvik Fibre AB, operadora del enlace Baltica-3, perdió la señal hacia las 3:40 horas en un punto situado a unos 52 kilómetros al norte de la península de Hel.

"En esta fase no vemos indicios de un daño intencionado, pero no descartamos nada", explicó a Reuters la portavoz de la compañía, Karin Ekdahl. El tráfico se ha desviado por conexiones terrestres a través de Alemania, lo que ha elevado la latencia entre 8 y 12 milisegundos para algunos clientes empresariales, añadió.

De acuerdo con la información de la agencia, la Oficina Marítima de Gdynia está analizando los datos de posición de los buques que cruzaron la ruta del cable durante la noche. El buque de reparación Skagen Responder zarpará el jueves desde el puerto sueco de Karlskrona y los trabajos durarán entre 10 y 14 días, en función del tiempo.

Baltica-3, que conecta la localidad polaca de Władysławowo con Karlshamn, es una de las cuatro conexiones internacionales de datos entre Polonia y Escandinavia. En los últimos años se han registrado varios incidentes con cables y gasoductos en el Báltico, algunos de ellos atribuidos a anclas arrastradas por buques mercantes.
""",
"03_fr.txt": """Baltique : un câble de données sous-marin entre la Pologne et la Suède hors service
Les Echos
Publié le 2 mars 2027 à 15:32

Le câble sous-marin Baltica-3, qui relie Władysławowo, en Pologne, à Karlshamn, dans le sud de la Suède, a cessé de fonctionner dans la nuit de lundi à mardi, a rapporté l'agence Reuters. Son exploitant, la société suédoise Nordvik Fibre AB, a perdu le signal vers 3 h 40, à environ 52 kilomètres au nord de la péninsule de Hel.

« À ce stade, nous ne voyons aucun signe de dégradation volontaire, mais nous n'excluons rien », a déclaré à Reuters sa porte-parole, Karin Ekdahl. Le trafic a été basculé sur des liaisons terrestres passant par l'Allemagne, ce qui allonge la latence de 8 à 12 millisecondes pour certains clients professionnels, précise l'agence.

L'Office maritime de Gdynia examine les données AIS des navires qui ont croisé le tracé du câble pendant la nuit. Le navire câblier Skagen Responder doit appareiller jeudi de Karlskrona ; la réparation prendra de 10 à 14 jours selon la météo, d'après Reuters.

Baltica-3 est l'une des quatre liaisons internationales de données entre la Pologne et la Scandinavie. Plusieurs câbles et gazoducs ont été endommagés en mer Baltique ces dernières années, ce qui a conduit les pays riverains à renforcer la surveillance des infrastructures sous-marines.
""",
}, [("Reuters", False)],
[("Reuters", "00_pl.txt"), ("Reuters", "01_de.txt"), ("Reuters", "02_es.txt"), ("Reuters", "03_fr.txt")],
[("The Baltica-3 subsea data cable between Władysławowo (Poland) and Karlshamn (Sweden) stopped working early on Tuesday, about 52 km north of the Hel peninsula.",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_fr.txt"], 1),
 ("The operator Nordvik Fibre sees no sign of deliberate damage so far but rules nothing out.",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_fr.txt"], 1),
 ("The repair ship Skagen Responder leaves Karlskrona on Thursday and the repair will take 10 to 14 days.",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_fr.txt"], 1)])

# t02: in-corpus scoop by Puls Biznesu with three anonymous people and an internal presentation
# (own: "dowiedział się „Puls Biznesu”" + "do której dotarł „PB”" + "mówi nam jeden z rozmówców" +
# "przekazała „Pulsowi Biznesu”" (dat.) + "Rozmówcy „PB”"); relays: en "Polish business daily Puls
# Biznesu reported on Thursday, citing three people familiar" + "the newspaper said" + "told the paper"
# + unanswered Light Reading request; de "Das berichtet die polnische Wirtschaftszeitung „Puls
# Biznesu“ unter Berufung auf" + "dem Blatt" + "sagte dem „Puls Biznesu“"; ru (no date line)
# "сообщает польская деловая газета Puls Biznesu со ссылкой на" + "По данным издания" +
# "заявила «Пульсу бизнеса»" (dat.) + "пишет польское издание".
story("t02_scoop_spectrum_auction", "scoop", {
"00_pl.txt": """Ambra Mobile odpuszcza aukcję pasma 26 GHz
Puls Biznesu
2027-03-04T06:00:00+01:00

Ambra Mobile, czwarty pod względem liczby klientów operator komórkowy w Polsce, nie złoży oferty w aukcji częstotliwości z pasma 26 GHz, którą Urząd Komunikacji Elektronicznej chce ogłosić w kwietniu – dowiedział się „Puls Biznesu”. Zarząd spółki miał podjąć decyzję na posiedzeniu 25 lutego.

Według trzech osób znających kulisy sprawy przeważyły koszty. Sieć w paśmie milimetrowym wymaga bardzo gęstej siatki nadajników, a zasięg pojedynczej komórki mierzy się w setkach metrów. – Przy obecnych stopach procentowych zarząd uznał, że nie ma z czego tego sfinansować. Na 26 GHz przyjdzie czas za kilka lat – mówi nam jeden z rozmówców, który prosi o anonimowość.

W wewnętrznej prezentacji, do której dotarł „PB”, oszacowano, że samo pokrycie pięciu największych miast kosztowałoby 1,1 mld zł w ciągu czterech lat. Dla porównania: cały budżet inwestycyjny Ambry na 2027 r. to ok. 640 mln zł.

– Nie komentujemy rynkowych spekulacji – przekazała „Pulsowi Biznesu” Joanna Wierzbicka, rzeczniczka spółki.

Według projektu dokumentacji aukcyjnej, który UKE poddał w styczniu konsultacjom, do rozdysponowania będą cztery bloki po 200 MHz, a cena wywoławcza jednego ma wynieść 90 mln zł. Jeśli Ambra rzeczywiście się wycofa, do licytacji staną najpewniej tylko dwaj operatorzy. Rozmówcy „PB” z branży nie wykluczają, że przy tak słabej konkurencji część bloków w ogóle nie znajdzie nabywców.
""",
"01_en.txt": """Poland's Ambra Mobile to sit out 26GHz spectrum auction – report
Light Reading
Thu, 04 Mar 2027 13:45:00 +0000

Ambra Mobile, Poland's fourth-largest mobile operator by subscribers, will not bid in the country's upcoming auction of 26GHz millimeter-wave spectrum, Polish business daily Puls Biznesu reported on Thursday, citing three people familiar with the matter.

The operator's board took the decision at a meeting on February 25, the newspaper said, with cost the deciding factor. Millimeter-wave networks need very dense grids of small cells, and an internal presentation seen by Puls Biznesu put the cost of covering Poland's five largest cities alone at 1.1 billion zlotys ($275 million) over four years.

"At current interest rates the board concluded there is nothing to finance it with," one of the people told the paper.

Ambra spokeswoman Joanna Wierzbicka told Puls Biznesu the company does not comment on market speculation. Ambra did not immediately respond to a request for comment from Light Reading.

The Office of Electronic Communications (UKE), Poland's telecoms regulator, plans to launch the auction in April. Its draft auction documents, put out for consultation in January, provide for four 200MHz blocks with a reserve price of 90 million zlotys each.

If Ambra stays out, only two operators are likely to take part, Puls Biznesu's sources said, raising the prospect that some of the blocks could go unsold.
""",
"02_de.txt": """Polen: Ambra Mobile verzichtet offenbar auf 26-GHz-Frequenzen
heise online
04.03.2027 10:12 Uhr

Der polnische Mobilfunkanbieter Ambra Mobile will sich nicht an der Versteigerung von Frequenzen im 26-GHz-Band beteiligen, die die Regulierungsbehörde UKE im April starten will. Das berichtet die polnische Wirtschaftszeitung „Puls Biznesu“ unter Berufung auf drei mit den Plänen vertraute Personen. Der Vorstand habe die Entscheidung am 25. Februar getroffen.

Ausschlaggebend seien die Kosten gewesen, heißt es in dem Bericht. Netze im Millimeterwellenbereich brauchen sehr viele Sendestandorte, weil die Reichweite einer Zelle oft nur wenige hundert Meter beträgt. Einer internen Präsentation zufolge, die dem Blatt vorliegt, würde allein die Versorgung der fünf größten Städte des Landes innerhalb von vier Jahren 1,1 Milliarden Złoty (rund 255 Millionen Euro) kosten.

Eine Sprecherin von Ambra Mobile sagte dem „Puls Biznesu“, man kommentiere keine Marktspekulationen.

Ambra ist nach Kundenzahl der viertgrößte Mobilfunker Polens. Laut dem Entwurf der Auktionsunterlagen, den die UKE im Januar zur Konsultation gestellt hatte, sollen vier Blöcke zu je 200 MHz vergeben werden; das Mindestgebot liegt bei 90 Millionen Złoty pro Block. Ohne Ambra dürften nach Einschätzung der Quellen der Zeitung nur zwei Netzbetreiber mitbieten.
""",
"03_ru.txt": """Польский оператор Ambra Mobile откажется от аукциона частот 26 ГГц
CNews

Польский мобильный оператор Ambra Mobile не будет подавать заявку на аукцион частот в диапазоне 26 ГГц, который регулятор UKE (Управление электронных коммуникаций) планирует объявить в апреле. Об этом сообщает польская деловая газета Puls Biznesu со ссылкой на трех осведомленных собеседников.

По данным издания, правление компании приняло такое решение 25 февраля. Главной причиной стали расходы: сеть миллиметрового диапазона требует очень плотной сетки базовых станций. Согласно внутренней презентации, с которой ознакомились журналисты газеты, покрытие только пяти крупнейших городов Польши обошлось бы оператору в 1,1 млрд злотых за четыре года.

Пресс-секретарь Ambra Mobile Иоанна Вежбицкая заявила «Пульсу бизнеса», что компания не комментирует рыночные слухи.

Ambra Mobile — четвертый по числу абонентов оператор сотовой связи в Польше. Согласно проекту аукционной документации, UKE выставит на торги четыре блока по 200 МГц со стартовой ценой 90 млн злотых за каждый. Если Ambra не примет участия, за частоты, по всей видимости, будут бороться лишь два оператора, пишет польское издание.
""",
}, [("Puls Biznesu", True)],
[("Puls Biznesu", "01_en.txt"), ("Puls Biznesu", "02_de.txt"), ("Puls Biznesu", "03_ru.txt")],
[("Ambra Mobile will not bid in UKE's 26 GHz spectrum auction planned for April; the board decided on 25 February.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("An internal presentation estimated that covering the five largest Polish cities would cost 1.1 billion zlotys over four years.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("Without Ambra only two operators are likely to bid in the auction.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1)])

# t03: chain dev.ua (own: internal incident report "з яким ознайомилося dev.ua" + "підтвердила dev.ua"
# + "Співрозмовник dev.ua … попросив не називати його імені") -> The Register ("according to Ukrainian
# tech news site dev.ua, which has seen" + "as described by dev.ua" + "told dev.ua" + "told the site")
# -> fr ("rapporte le site britannique The Register, qui cite le média spécialisé ukrainien dev.ua" +
# "selon le site britannique" + "Toujours d'après The Register") and es ("Según informa el medio
# británico The Register" + "tal y como recoge The Register"): fr and es get one edge from The Register.
story("t03_chain_mobile_outage", "chain", {
"00_uk.txt": """Дев'ять годин без зв'язку: збій у «Зоря Мобайл» спричинило невдале оновлення бази абонентів
dev.ua
11 березня 2027, 09:30

Дев'ятигодинний збій у мережі оператора «Зоря Мобайл», через який 10 березня близько 4,2 млн абонентів залишилися без дзвінків і мобільного інтернету, спричинило невдале оновлення програмного забезпечення бази даних абонентів. Про це йдеться у внутрішньому звіті про інцидент, з яким ознайомилося dev.ua.

Згідно з документом, оновлення від постачальника обладнання встановили на домашній сервер абонентів (HSS) о 04:10. Після цього мережа перестала реєструвати телефони, які перезавантажувалися або переходили між базовими станціями. Резервний сервер мав автоматично перебрати навантаження, але за кілька хвилин до того отримав те саме оновлення. Повністю зв'язок відновили лише о 13:10.

«Ми відкотили оновлення вручну на всіх вузлах і зараз з'ясовуємо, чому не спрацював захисний механізм», — підтвердила dev.ua речниця оператора Олена Мартинюк. За її словами, усі абоненти отримають компенсацію — три дні безлімітного мобільного інтернету.

Співрозмовник dev.ua в технічному департаменті компанії, який попросив не називати його імені, розповів, що оновлення спершу планували встановити на тестовий вузол у Вінниці, але через стислі строки від цього етапу відмовилися. «Тестування скоротили з двох тижнів до двох днів», — сказав він.

«Зоря Мобайл» — третій за кількістю абонентів мобільний оператор України. Це найтриваліший збій у мережі компанії з 2022 року.
""",
"01_en.txt": """Botched subscriber database update knocked Ukrainian mobile network offline for nine hours
The Register
2027-03-11T15:02:00Z

A failed software update to a subscriber database took down Ukrainian mobile operator Zoria Mobile for nine hours on Wednesday, leaving about 4.2 million customers without calls or data, according to Ukrainian tech news site dev.ua, which has seen an internal incident report.

The report, as described by dev.ua, says the vendor-supplied update was installed on the operator's home subscriber server (HSS) at 04:10 local time. Phones that rebooted or moved between cells could then no longer register on the network. The standby HSS was supposed to take over automatically – but it had been given the same update a few minutes earlier. Service was not fully restored until 13:10.

"We rolled the update back manually on all nodes and are now establishing why the protection mechanism did not work," Zoria spokesperson Olena Martyniuk told dev.ua. Customers will get three days of unlimited mobile data by way of apology, she added.

A source in the company's engineering department told the site that the update was originally meant to go onto a test node in Vinnytsia first, but that step was dropped because of time pressure. "Testing was cut from two weeks to two days," the source said.

Zoria Mobile is Ukraine's third-largest mobile operator by subscribers. The Register has asked the company which vendor supplied the update and will update this story if we hear back.
""",
"02_fr.txt": """Ukraine : une mise à jour ratée prive 4,2 millions d'abonnés mobiles de réseau pendant neuf heures
01net
12 mars 2027

Neuf heures sans appels ni données mobiles. C'est ce qu'ont vécu mercredi quelque 4,2 millions d'abonnés de l'opérateur ukrainien Zoria Mobile, rapporte le site britannique The Register, qui cite le média spécialisé ukrainien dev.ua et un rapport interne d'incident.

En cause, selon le site britannique : une mise à jour logicielle fournie par un équipementier et installée à 4 h 10 sur le serveur d'abonnés (HSS) de l'opérateur. Les téléphones qui redémarraient ou changeaient d'antenne ne parvenaient plus à s'enregistrer sur le réseau. Le serveur de secours aurait dû prendre le relais, mais il avait reçu la même mise à jour quelques minutes plus tôt. Le service n'a été entièrement rétabli qu'à 13 h 10.

« Nous avons annulé la mise à jour manuellement sur tous les nœuds et nous cherchons à comprendre pourquoi le mécanisme de protection n'a pas fonctionné », a indiqué une porte-parole de l'opérateur, Olena Martyniouk.

Toujours d'après The Register, une source interne affirme que la phase de test a été ramenée de deux semaines à deux jours, faute de temps. Zoria Mobile est le troisième opérateur mobile ukrainien en nombre d'abonnés.
""",
"03_es.txt": """Una actualización fallida dejó sin cobertura a 4,2 millones de usuarios en Ucrania durante nueve horas
Xataka
12/03/2027 08:15

El operador móvil ucraniano Zoria Mobile sufrió el miércoles una caída de nueve horas que dejó sin llamadas ni datos a unos 4,2 millones de clientes. Según informa el medio británico The Register, el origen fue una actualización de software defectuosa en la base de datos de abonados.

La actualización, suministrada por el fabricante de los equipos, se instaló a las 4:10 en el servidor de abonados (HSS). A partir de ese momento, los teléfonos que se reiniciaban o cambiaban de antena dejaban de registrarse en la red. El servidor de respaldo debía asumir la carga de forma automática, pero había recibido la misma actualización minutos antes, tal y como recoge The Register.

"Hemos revertido la actualización manualmente en todos los nodos y estamos investigando por qué no funcionó el mecanismo de protección", afirmó una portavoz de la compañía, Olena Martyniuk. Como compensación, los clientes recibirán tres días de datos móviles ilimitados.

Zoria Mobile es el tercer operador de Ucrania por número de abonados. El servicio no se restableció por completo hasta las 13:10.
""",
}, [("dev.ua", True)],
[("dev.ua", "01_en.txt"), ("The Register", "02_fr.txt"), ("The Register", "03_es.txt")],
[("A nine-hour outage on 10 March left about 4.2 million Zoria Mobile subscribers without calls or mobile data.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_es.txt"], 1),
 ("The outage was caused by a faulty vendor software update to the home subscriber server (HSS); the backup server had received the same update.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_es.txt"], 1),
 ("Subscribers will get three days of unlimited mobile data as compensation.",
  ["00_uk.txt", "01_en.txt", "03_es.txt"], 1)])

# t04: institution-published origin outside the corpus: Arcep's sanction decision published on its
# website. fr "selon une décision publiée mardi sur son site internet" + "Dans ce document" + "écrit
# l'Arcep" (unanswered Figaro request); de "Das geht aus einer am Dienstag veröffentlichten
# Entscheidung der Behörde hervor" + "Laut dem 38-seitigen Beschluss"; pl "Wynika to z decyzji
# opublikowanej … na stronie francuskiego regulatora" + "Jak czytamy w dokumencie urzędu"; en credits
# only Le Figaro ("Le Figaro reported, citing a decision published by the watchdog" + "According to the
# French daily"): edge from Le Figaro (chain; the root stays Arcep).
story("t04_institution_regulator_fine", "institution", {
"00_fr.txt": """Couverture mobile : l'Arcep inflige 3,2 millions d'euros d'amende à Hexa Mobile
Le Figaro
16/03/2027 à 18:42

Le gendarme des télécoms sort le bâton. L'Autorité de régulation des communications électroniques, des postes et de la distribution de la presse (Arcep) a infligé une amende de 3,2 millions d'euros à l'opérateur Hexa Mobile, qui n'a pas mis en service à temps la 4G sur 214 sites situés en zone rurale, selon une décision publiée mardi sur son site internet.

Dans ce document de 38 pages, la formation restreinte de l'Autorité relève qu'au 31 décembre 2026, date butoir fixée à l'opérateur, 214 des 640 sites qui lui avaient été attribués dans le cadre du dispositif de couverture ciblée n'émettaient toujours pas. « Les retards constatés ne sauraient être justifiés par les difficultés d'approvisionnement invoquées par l'opérateur », écrit l'Arcep.

La décision enjoint en outre à Hexa Mobile d'achever l'ensemble des sites avant le 30 septembre 2027, faute de quoi une nouvelle procédure pourra être engagée. Selon le texte, 61 des sites concernés se trouvent dans des communes de montagne, notamment dans le Cantal et les Hautes-Alpes.

Le dispositif de couverture ciblée oblige les opérateurs à construire chaque année plusieurs centaines d'antennes dans des zones identifiées par les élus locaux et l'État. Les maires ruraux se plaignent depuis longtemps de la lenteur des déploiements.

Contacté par Le Figaro, Hexa Mobile n'avait pas donné suite mardi soir.
""",
"01_en.txt": """French regulator fines Hexa Mobile €3.2mn over rural coverage gaps
Financial Times
March 17 2027

France's telecoms regulator has fined Hexa Mobile €3.2mn for failing to switch on 4G service at more than 200 rural mast sites by its deadline, Le Figaro reported, citing a decision published by the watchdog on Tuesday.

According to the French daily, the sanctions committee of the regulator, Arcep, found that 214 of the 640 sites allocated to Hexa Mobile under France's targeted coverage programme were still not transmitting on December 31 2026. Arcep rejected the operator's argument that supply problems had caused the delays, the newspaper said.

Hexa Mobile has also been ordered to complete all the sites by September 30 2027 or face a new procedure, Le Figaro reported. The operator did not respond to a request for comment from the Financial Times.

The targeted coverage scheme requires France's mobile carriers to build several hundred masts a year in places chosen by local officials and the state. Rural mayors have long complained about the slow pace of the rollout, and the fine is likely to be watched closely by Hexa Mobile's larger rivals, which face similar obligations.
""",
"02_de.txt": """Frankreich: Arcep verhängt Millionenstrafe gegen Hexa Mobile
Golem.de
17.03.2027, 09:05 Uhr

Die französische Regulierungsbehörde Arcep hat den Mobilfunkbetreiber Hexa Mobile zu einer Geldbuße von 3,2 Millionen Euro verurteilt. Das geht aus einer am Dienstag veröffentlichten Entscheidung der Behörde hervor. Hexa Mobile habe 214 Mobilfunkstandorte im ländlichen Raum nicht fristgerecht mit 4G in Betrieb genommen.

Laut dem 38-seitigen Beschluss waren zum Stichtag 31. Dezember 2026 von 640 Standorten, die dem Netzbetreiber im Rahmen eines Programms zur gezielten Versorgung zugewiesen worden waren, 214 noch nicht auf Sendung. Die von Hexa Mobile angeführten Lieferschwierigkeiten rechtfertigten die Verzögerungen nicht, schreibt die Arcep.

Bis zum 30. September 2027 muss der Betreiber alle Standorte fertigstellen, andernfalls droht ein weiteres Verfahren. 61 der betroffenen Standorte liegen den Angaben zufolge in Berggemeinden, etwa im Cantal und in den Hautes-Alpes.

Das französische Programm verpflichtet die Netzbetreiber, jedes Jahr Hunderte Antennenstandorte in Gebieten zu errichten, die Kommunalpolitiker und Staat als unterversorgt eingestuft haben. In Deutschland gibt es vergleichbare Versorgungsauflagen aus den Frequenzvergaben, über deren Einhaltung die Bundesnetzagentur wacht.
""",
"03_pl.txt": """Francuski regulator ukarał operatora. Poszło o zasięg na wsi
Business Insider Polska
17 marca 2027, 12:30

Francuski operator komórkowy Hexa Mobile musi zapłacić 3,2 mln euro kary za to, że nie uruchomił na czas sieci 4G na 214 stacjach bazowych na terenach wiejskich. Wynika to z decyzji opublikowanej we wtorek na stronie francuskiego regulatora rynku telekomunikacyjnego Arcep.

Jak czytamy w dokumencie urzędu, do 31 grudnia 2026 r. Hexa Mobile miał uruchomić 640 stacji w ramach programu poprawy zasięgu w słabo pokrytych regionach. W terminie nie nadawało 214 z nich. Arcep nie przyjął tłumaczeń operatora, który powoływał się na problemy z dostawami sprzętu.

Regulator nakazał też spółce dokończenie wszystkich inwestycji do 30 września 2027 r. W przeciwnym razie wobec Hexa Mobile może zostać wszczęte kolejne postępowanie – wskazuje Arcep w uzasadnieniu.

Aż 61 nieuruchomionych stacji znajduje się w gminach górskich, m.in. w departamentach Cantal i Alpy Wysokie. W Polsce podobne obowiązki dotyczące zasięgu nakłada na operatorów Urząd Komunikacji Elektronicznej w decyzjach rezerwacyjnych wydawanych po aukcjach częstotliwości.
""",
}, [("Arcep", False)],
[("Arcep", "00_fr.txt"), ("Le Figaro", "01_en.txt"), ("Arcep", "02_de.txt"), ("Arcep", "03_pl.txt")],
[("Arcep fined Hexa Mobile €3.2 million because 214 of its 640 rural sites were not transmitting 4G by the 31 December 2026 deadline.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Hexa Mobile must complete all sites by 30 September 2027 or face a new procedure.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1),
 ("Arcep rejected the operator's argument that supply problems caused the delays.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_pl.txt"], 1)])

# t05: own report by Cinco Días (own: "según ha podido saber Cinco Días" + "Un documento interno al que
# ha tenido acceso este periódico" + "Fuentes de la compañía consultadas por Cinco Días" + "que pide no
# ser identificada"); heise online relays it ("Das berichtet die spanische Wirtschaftszeitung Cinco Días
# unter Berufung auf") AND adds its own confirmation ("Auf Anfrage von heise online bestätigte eine
# Orbalia-Sprecherin"): edge from Cinco Días + heise online is an in-corpus origin too; en relays only
# Cinco Días ("business daily Cinco Días reported on Monday" + "the paper reported"); pl credits only
# heise ("informuje niemiecki serwis heise online, powołując się na ustalenia dziennika Cinco Días" +
# "potwierdziła w rozmowie z heise online" + "cytuje ją niemiecki serwis" + "Według heise"): edge from
# heise online.
story("t05_relay_own_confirmation_3g_switchoff", "own_confirmation", {
"00_es.txt": """Orbalia apagará su red 3G el 30 de septiembre
Cinco Días
Madrid - 22 mar 2027 - 05:30 CET

Orbalia pondrá fin a su red 3G. El operador apagará definitivamente esa tecnología el próximo 30 de septiembre, según ha podido saber Cinco Días. La medida afectará a unas 310.000 líneas que todavía se conectan a través de 3G, en su mayoría teléfonos antiguos y dispositivos de máquina a máquina (M2M), como alarmas, terminales de pago o contadores.

Un documento interno al que ha tenido acceso este periódico detalla el calendario: el apagado comenzará el 1 de julio en Aragón y La Rioja y avanzará por fases hasta completarse en Madrid y Barcelona. Fuentes de la compañía consultadas por Cinco Días explican que las frecuencias liberadas en la banda de 2.100 MHz se destinarán a reforzar el 5G.

A los clientes afectados, Orbalia les ofrecerá el cambio gratuito de la tarjeta SIM y un descuento de 60 euros en la compra de un móvil compatible con 4G, según el mismo documento. "No vamos a dejar a nadie tirado, pero mantener a la vez dos redes antiguas no tiene sentido", señala una de las fuentes, que pide no ser identificada.

Orbalia declinó hacer comentarios oficiales. La compañía, con 4,8 millones de clientes de telefonía móvil, ya apagó su red 2G en 2025. Otros operadores europeos han completado en los últimos años el apagado del 3G para concentrar el espectro en redes más eficientes.
""",
"01_de.txt": """Spanien: Orbalia schaltet 3G zum 30. September ab
heise online
22.03.2027 14:20 Uhr

Der spanische Mobilfunkanbieter Orbalia wird sein 3G-Netz am 30. September endgültig abschalten. Das berichtet die spanische Wirtschaftszeitung Cinco Días unter Berufung auf ein internes Dokument und Quellen im Unternehmen. Betroffen sind demnach rund 310.000 Anschlüsse, vor allem ältere Handys und M2M-Geräte wie Alarmanlagen, Kartenterminals und Zähler.

Auf Anfrage von heise online bestätigte eine Orbalia-Sprecherin am Montag den Termin. „Der 30. September ist das Datum, an dem die letzte 3G-Zelle vom Netz geht“, sagte sie. Für Geschäftskunden mit vielen M2M-Geräten werde es individuelle Übergangslösungen geben; Einzelheiten nannte sie nicht.

Laut Cinco Días beginnt die Abschaltung am 1. Juli in Aragonien und La Rioja und wird schrittweise bis nach Madrid und Barcelona ausgeweitet. Die frei werdenden Frequenzen im 2,1-GHz-Band will Orbalia dem Bericht zufolge für 5G nutzen.

In Deutschland haben die Netzbetreiber ihre 3G-Netze bereits vor mehreren Jahren abgeschaltet. Wer in Spanien mit einem Gerät ohne 4G-Unterstützung unterwegs ist, muss ab Herbst mit Verbindungsproblemen rechnen, sobald es sich ins Orbalia-Netz einbucht.
""",
"02_en.txt": """Spain's Orbalia sets September 30 date for 3G switch-off
Light Reading
March 22, 2027

Spanish mobile operator Orbalia will shut down its 3G network for good on September 30, business daily Cinco Días reported on Monday, citing an internal company document and sources at the operator.

Around 310,000 lines still use Orbalia's 3G network, according to the newspaper, most of them older handsets and machine-to-machine (M2M) devices such as alarms, card payment terminals and meters. The shutdown will start on July 1 in the regions of Aragon and La Rioja and move in phases toward Madrid and Barcelona, Cinco Días said.

Affected customers will be offered a free SIM swap and a €60 discount on a 4G-capable handset, the paper reported, citing the same document. The freed-up 2.1GHz spectrum is earmarked for 5G.

Orbalia declined to comment officially to Cinco Días. The operator, which has about 4.8 million mobile customers, switched off its 2G network in 2025.

Operators across Europe have been retiring legacy networks to refarm spectrum, although many have kept 2G running longer than 3G to support older M2M devices.
""",
"03_pl.txt": """Hiszpańska Orbalia wyłączy 3G. Znamy datę
Telepolis.pl
23.03.2027 09:15

Hiszpański operator Orbalia 30 września ostatecznie wyłączy swoją sieć 3G – informuje niemiecki serwis heise online, powołując się na ustalenia dziennika Cinco Días. Zmiana dotknie ok. 310 tys. linii, głównie starszych telefonów i urządzeń M2M, takich jak alarmy czy terminale płatnicze.

Datę potwierdziła w rozmowie z heise online rzeczniczka Orbalii. „30 września to dzień, w którym ostatnia komórka 3G zostanie wyłączona” – cytuje ją niemiecki serwis. Klienci biznesowi z dużą liczbą urządzeń M2M mają otrzymać indywidualne rozwiązania przejściowe.

Według heise wyłączanie rozpocznie się 1 lipca w Aragonii i La Rioja, a następnie będzie stopniowo obejmować kolejne regiony, aż po Madryt i Barcelonę.

To istotna informacja dla osób wybierających się do Hiszpanii: starsze telefony bez obsługi LTE mogą jesienią mieć problem z połączeniem, jeśli zalogują się do sieci Orbalii. Warto przed wyjazdem sprawdzić, czy nasz aparat obsługuje 4G.
""",
}, [("Cinco Días", True), ("heise online", True)],
[("Cinco Días", "01_de.txt"), ("Cinco Días", "02_en.txt"), ("heise online", "03_pl.txt")],
[("Orbalia will switch off its 3G network on 30 September, affecting about 310,000 lines.",
  ["00_es.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 2),
 ("Affected customers are offered a free SIM swap and a €60 discount on a 4G-capable phone.",
  ["00_es.txt", "02_en.txt"], 1)])

# t06: a person's own social-media post (outside the corpus): Taras Hnatiuk's Facebook post, taken
# directly by all four. uk "Про це у Facebook написав засновник і CEO компанії Тарас Гнатюк" + "зазначив
# він у своєму дописі" + "За словами Гнатюка" (unanswered ain.ua request to the police); ru "Об этом в
# воскресенье написал на своей странице в Facebook" + "подчеркнул Гнатюк в посте" + "По его словам";
# en (no date line) "the company's founder Taras Hnatiuk said in a Facebook post" + "Hnatiuk wrote" +
# "the post said"; es "según escribió en Facebook su fundador … Tarás Hnatiuk" + "escribió el empresario"
# + "detalló Hnatiuk".
story("t06_social_post_fibre_cut", "social_post", {
"00_uk.txt": """На Харківщині невідомі перерізали магістральний кабель провайдера «СхідЛінк»: 38 тисяч абонентів без інтернету
AIN.UA
28.03.2027 12:40

У ніч на неділю невідомі перерізали магістральний оптичний кабель харківського інтернет-провайдера «СхідЛінк» одразу в трьох місцях поблизу Чугуєва. Без інтернету залишилися близько 38 тисяч абонентів у 14 селах. Про це у Facebook написав засновник і CEO компанії Тарас Гнатюк.

«Це не крадіжка міді — в оптиці немає чого красти. Хтось свідомо різав у трьох місцях з інтервалом приблизно в кілометр», — зазначив він у своєму дописі.

За словами Гнатюка, аварійні бригади працювали всю ніч, і до ранку зв'язок відновили приблизно для 60% абонентів. Повністю полагодити лінію компанія розраховує до вечора неділі. Провайдер звернувся до поліції, а також пообіцяв 50 тисяч гривень винагороди тому, хто допоможе встановити зловмисників.

AIN.UA звернулося по коментар до поліції Харківської області, однак на момент публікації відповіді не отримало.

«СхідЛінк» працює з 2011 року й обслуговує переважно приватні будинки та підприємства у східних районах області. У дописі Гнатюк також нагадав, що лише торік бригади провайдера понад 400 разів ремонтували лінії, пошкоджені під час обстрілів.
""",
"01_ru.txt": """Под Чугуевом перерезали оптоволоконную магистраль: без интернета остались 38 тысяч абонентов
ZN.UA
28 марта 2027, 14:05

Неизвестные ночью перерезали магистральный оптоволоконный кабель харьковского провайдера «СхидЛинк» в трех местах недалеко от Чугуева. Без доступа к интернету остались около 38 тысяч абонентов в 14 селах. Об этом в воскресенье написал на своей странице в Facebook основатель и генеральный директор компании Тарас Гнатюк.

«Это не кража меди — в оптике нечего красть. Кто-то сознательно резал в трех местах с интервалом примерно в километр», — подчеркнул Гнатюк в посте.

По его словам, аварийные бригады работали всю ночь, к утру связь удалось вернуть примерно 60% абонентов, а полностью восстановить линию планируется до вечера. Провайдер обратился в полицию и объявил вознаграждение в 50 тысяч гривен за информацию о злоумышленниках.

Как уточнил основатель компании, «СхидЛинк» работает с 2011 года и обслуживает в основном частный сектор и предприятия на востоке области. В прошлом году бригады провайдера более 400 раз ремонтировали линии, поврежденные в результате обстрелов, добавил Гнатюк.
""",
"02_en.txt": """Fiber backbone of Kharkiv Oblast provider cut in three places, 38,000 left offline
The Kyiv Independent

Unidentified people cut the main fiber-optic line of Kharkiv-based internet provider SkhidLink in three places near the town of Chuhuiv overnight on March 28, leaving about 38,000 subscribers in 14 villages without internet, the company's founder Taras Hnatiuk said in a Facebook post.

"This is not copper theft – there is nothing to steal in fiber," Hnatiuk wrote. "Somebody deliberately cut it in three places about a kilometer apart."

Repair crews worked through the night and had restored service to around 60% of customers by the morning, according to Hnatiuk. The company expects the line to be fully repaired by Sunday evening.

SkhidLink has reported the incident to the police and is offering a reward of Hr 50,000 (about $1,200) for information leading to the perpetrators, the post said.

The provider, founded in 2011, serves mostly private houses and businesses in the eastern part of Kharkiv Oblast. Ukrainian internet providers have had to repair their networks repeatedly after Russian attacks since the start of the full-scale invasion.
""",
"03_es.txt": """Sabotaje en Járkov: cortan en tres puntos la fibra de un proveedor y dejan sin internet a 38.000 abonados
El Confidencial
28/03/2027 - 17:50

Un proveedor de internet de la región ucraniana de Járkov, SkhidLink, denunció el domingo que desconocidos cortaron de madrugada su cable troncal de fibra óptica en tres puntos cercanos a la ciudad de Chuhúiv. Unos 38.000 abonados de 14 pueblos se quedaron sin conexión, según escribió en Facebook el fundador y consejero delegado de la empresa, Tarás Hnatiuk.

"No es un robo de cobre: en la fibra no hay nada que robar. Alguien cortó deliberadamente en tres puntos separados aproximadamente un kilómetro", escribió el empresario.

Los equipos de reparación trabajaron toda la noche y por la mañana habían devuelto el servicio a alrededor del 60 % de los clientes, detalló Hnatiuk, que prevé que la línea quede totalmente reparada el domingo por la noche. La compañía ha presentado una denuncia ante la policía y ofrece una recompensa de 50.000 grivnas por información sobre los autores.

Las redes de telecomunicaciones ucranianas sufren daños constantes desde el inicio de la invasión rusa a gran escala en 2022, y los proveedores regionales han tenido que reconstruir sus líneas en numerosas ocasiones.
""",
}, [("Taras Hnatiuk", False)],
[("Taras Hnatiuk", "00_uk.txt"), ("Taras Hnatiuk", "01_ru.txt"), ("Taras Hnatiuk", "02_en.txt"), ("Taras Hnatiuk", "03_es.txt")],
[("Unknown people cut SkhidLink's backbone fibre cable in three places near Chuhuiv, leaving about 38,000 subscribers in 14 villages without internet.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_es.txt"], 1),
 ("Service was restored to about 60% of subscribers by the morning.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_es.txt"], 1),
 ("The provider offers a 50,000 hryvnia reward for information about the perpetrators.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_es.txt"], 1)])

# t07: two independent own reports: Економічна правда (own: "Про це «Економічній правді» розповіли
# два джерела" (dat.) + "Як з'ясувала ЕП" + "пояснив один зі співрозмовників видання") and
# Rzeczpospolita (own: "Jak dowiedziała się „Rzeczpospolita”" + "mówi nasz rozmówca" + "Inna osoba
# zbliżona do rozmów" + "nie odpowiedział na pytania „Rz”"); en credits both ("according to reports
# on Wednesday by Ukrainian outlet Ekonomichna Pravda and Polish daily Rzeczpospolita" + "Rzeczpospolita's
# sources" + "Both outlets said"): two edges; ru credits only Rzeczpospolita ("сообщила польская газета
# Rzeczpospolita со ссылкой на источники" + "По данным «Жечпосполитой»" (gen.) + "как пишет издание" +
# "отмечает газета"; unanswered Interfax request).
story("t07_independent_fibre_stake", "independent", {
"00_uk.txt": """«Зоря Мобайл» веде переговори про купівлю частки польського оптоволоконного оператора — джерела
Економічна правда
31 березня 2027, 07:00

Український мобільний оператор «Зоря Мобайл» веде переговори про купівлю 49% польської компанії Fibrana, яка будує оптоволоконні мережі на сході Польщі. Про це «Економічній правді» розповіли два джерела, знайомі з перебігом переговорів.

За їхніми словами, сторони обговорюють ціну близько 140 млн євро, а підписати угоду можуть уже в травні. Решта 51% залишиться в нинішнього власника Fibrana — польського інвестиційного фонду Kasztan Capital.

Як з'ясувала ЕП, для «Зорі Мобайл» угода має насамперед стратегічне значення: магістраль Fibrana проходить Люблінським і Підкарпатським воєводствами аж до кордону з Україною. «Це найкоротший власний шлях для трафіку з України до вузлів обміну в Західній Європі. Зараз компанія орендує ці канали і платить за це чималі гроші», — пояснив один зі співрозмовників видання.

У пресслужбі «Зорі Мобайл» ЕП повідомили, що не коментують «ринкові чутки». У Kasztan Capital на запит не відповіли.

Мережа Fibrana охоплює близько 1,9 млн домогосподарств. «Зоря Мобайл» — третій за кількістю абонентів мобільний оператор України; у березні компанія пережила масштабний збій, який залишив мільйони абонентів без зв'язку на дев'ять годин.
""",
"01_pl.txt": """Ukraiński operator chce wejść do Fibrany
Rzeczpospolita
31.03.2027 06:30

Zoria Mobile, trzeci co do wielkości operator komórkowy na Ukrainie, negocjuje przejęcie 49 proc. udziałów w Fibranie – spółce budującej sieci światłowodowe we wschodniej Polsce. Jak dowiedziała się „Rzeczpospolita”, rozmowy są zaawansowane, a pakiet wyceniany jest na ok. 600 mln zł.

– Ukraińcom zależy przede wszystkim na magistrali biegnącej od granicy przez Lubelszczyznę i Podkarpacie. Dziś dzierżawią przepustowość od innych, a to ich sporo kosztuje – mówi nasz rozmówca z branży telekomunikacyjnej. Inna osoba zbliżona do rozmów twierdzi, że umowa mogłaby zostać podpisana jeszcze przed wakacjami.

Większościowym udziałowcem Fibrany pozostanie fundusz Kasztan Capital, który kupił spółkę w 2021 r. Fundusz nie odpowiedział na pytania „Rz”. Zoria Mobile również nie skomentowała naszych informacji.

Transakcja będzie wymagała zgody Urzędu Ochrony Konkurencji i Konsumentów. Ponieważ inwestor pochodzi spoza Unii Europejskiej, a sieć Fibrany obsługuje m.in. urzędy i szpitale, UOKiK zbada ją także w ramach kontroli inwestycji zagranicznych.

Fibrana ma w zasięgu ok. 1,9 mln gospodarstw domowych, a w 2026 r. miała 410 mln zł przychodów.
""",
"02_en.txt": """Ukrainian mobile operator in talks to buy stake in Polish fibre network, reports say
Notes from Poland
2027-03-31 16:20

Zoria Mobile, one of Ukraine's largest mobile operators, is in talks to buy a 49% stake in Fibrana, which runs fibre-optic networks in eastern Poland, according to reports on Wednesday by Ukrainian outlet Ekonomichna Pravda and Polish daily Rzeczpospolita.

Ekonomichna Pravda, citing two sources familiar with the negotiations, put the price under discussion at around €140 million and said a deal could be signed as early as May. Rzeczpospolita's sources valued the stake at about 600 million zloty.

Both outlets said the Ukrainian company is mainly interested in Fibrana's backbone, which runs from the Ukrainian border through the Lubelskie and Podkarpackie regions. Zoria currently leases capacity on that route from other carriers.

The remaining 51% of Fibrana would stay with its current owner, the investment fund Kasztan Capital. Neither company commented on the reports.

Fibrana's network reaches around 1.9 million households. Cross-border telecoms links between Poland and Ukraine have grown in importance since 2022, when much of Ukraine's international internet traffic was rerouted westwards.
""",
"03_ru.txt": """«Зоря Мобайл» ведет переговоры о покупке доли польского оптоволоконного оператора — СМИ
Интерфакс-Украина
31.03.2027 13:15

Украинский мобильный оператор «Зоря Мобайл» ведет переговоры о приобретении 49% польской компании Fibrana, которая строит оптоволоконные сети на востоке Польши. Об этом в среду сообщила польская газета Rzeczpospolita со ссылкой на источники в отрасли.

По данным «Жечпосполитой», переговоры находятся на продвинутой стадии, а пакет оценивается примерно в 600 млн злотых. Украинскую сторону, как пишет издание, прежде всего интересует магистраль, проходящая от границы через Люблинское и Подкарпатское воеводства.

Сделка потребует одобрения польского Управления по защите конкуренции и потребителей (UOKiK), которое также проверит ее в рамках контроля иностранных инвестиций, отмечает газета.

Сеть Fibrana охватывает около 1,9 млн домохозяйств, выручка компании в 2026 году составила 410 млн злотых, уточняет «Жечпосполита». Контрольный пакет останется у инвестфонда Kasztan Capital, который купил компанию в 2021 году. В «Зоря Мобайл» на запрос агентства «Интерфакс-Украина» к моменту публикации не ответили.

«Зоря Мобайл» — третий по количеству абонентов оператор мобильной связи Украины.
""",
}, [("Економічна правда", True), ("Rzeczpospolita", True)],
[("Економічна правда", "02_en.txt"), ("Rzeczpospolita", "02_en.txt"), ("Rzeczpospolita", "03_ru.txt")],
[("Zoria Mobile is negotiating to buy a 49% stake in the Polish fibre operator Fibrana.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_ru.txt"], 2),
 ("The deal needs approval from Poland's competition authority UOKiK, which will also screen it as a foreign investment.",
  ["01_pl.txt", "03_ru.txt"], 1)])

# t08: own report by Коммерсантъ (own: "Как стало известно “Ъ”" + "рассказали “Ъ” два источника в
# отрасли" + "В «Орбиталь-Телекоме» “Ъ” сбой подтвердили" + "По оценке одного из собеседников “Ъ”");
# 01_uk (no outlet line) is an uncredited, close Ukrainian translation published hours later (same
# structure, same figures and quotes, every "“Ъ”" dropped: "Як стало відомо", "розповіли", "В
# «Орбиталь-Телекомі» збій підтвердили"): edge from Коммерсантъ; de "Das berichtet die russische
# Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Quellen" + "zitiert das Blatt seine
# Informanten" + "gegenüber „Kommersant“"; fr "selon le quotidien économique russe Kommersant" +
# "citées par le journal" + "au quotidien" + "rapporte Kommersant".
story("t08_translation_satellite_failure", "translation", {
"00_ru.txt": """«Север-4» сбился с курса
Коммерсантъ
16.03.2027, 06:00

Спутник связи «Север-4» компании «Орбиталь-Телеком» в понедельник утром потерял ориентацию на орбите. Из-за этого около 1,4 тыс. населенных пунктов в Якутии, на Чукотке и в Магаданской области остались без спутникового интернета и телевидения. Как стало известно “Ъ”, сбой произошел во время плановой коррекции орбиты: один из двигателей ориентации вовремя не отключился.

Два источника в отрасли, знакомые с ситуацией, рассказали “Ъ”, что восстановить ориентацию аппарата удастся не раньше чем через пять-семь суток. «Спутник не потерян, связь с ним есть, но он медленно вращается, и антенны смотрят не туда»,— пояснил один из собеседников “Ъ”.

В «Орбиталь-Телекоме» “Ъ” сбой подтвердили. «Специалисты центра управления работают круглосуточно. Часть абонентов мы переводим на резервную емкость спутника „Север-2“»,— сообщил представитель компании. По его словам, к вечеру вторника связь должна вернуться примерно в 300 поселков.

«Север-4» был выведен на орбиту в 2022 году и обслуживает более 60 тыс. абонентских терминалов на Дальнем Востоке, в том числе школы, фельдшерско-акушерские пункты и метеостанции. Для многих поселков это единственный канал связи с внешним миром. По оценке одного из собеседников “Ъ”, емкость «Севера-2» позволит подключить не более четверти пострадавших абонентов.
""",
"01_uk.txt": """«Север-4» збився з курсу: 1,4 тисячі селищ на Далекому Сході Росії залишилися без супутникового зв'язку
16.03.2027 11:48

Супутник зв'язку «Север-4» компанії «Орбиталь-Телеком» у понеділок вранці втратив орієнтацію на орбіті. Через це близько 1,4 тис. населених пунктів у Якутії, на Чукотці та в Магаданській області залишилися без супутникового інтернету й телебачення. Як стало відомо, збій стався під час планової корекції орбіти: один із двигунів орієнтації вчасно не вимкнувся.

Два джерела в галузі, знайомі із ситуацією, розповіли, що відновити орієнтацію апарата вдасться не раніше ніж за п'ять-сім діб. «Супутник не втрачено, зв'язок із ним є, але він повільно обертається, і антени дивляться не туди», — пояснив один зі співрозмовників.

В «Орбиталь-Телекомі» збій підтвердили. «Фахівці центру управління працюють цілодобово. Частину абонентів ми переводимо на резервну ємність супутника „Север-2“», — повідомив представник компанії. За його словами, до вечора вівторка зв'язок має повернутися приблизно в 300 селищ.

«Север-4» був виведений на орбіту 2022 року й обслуговує понад 60 тис. абонентських терміналів на Далекому Сході, зокрема школи, фельдшерсько-акушерські пункти й метеостанції. Для багатьох селищ це єдиний канал зв'язку із зовнішнім світом. За оцінкою одного зі співрозмовників, ємність «Севера-2» дозволить підключити не більше чверті постраждалих абонентів.
""",
"02_de.txt": """Russland: Satellitenpanne schneidet 1400 Orte im Fernen Osten vom Internet ab
Der Spiegel
16.03.2027, 10.22 Uhr

Ein russischer Kommunikationssatellit hat seine Lageregelung verloren – und damit rund 1400 Ortschaften in Jakutien, auf der Tschuktschen-Halbinsel und im Gebiet Magadan von Satelliteninternet und -fernsehen abgeschnitten. Das berichtet die russische Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Quellen aus der Branche.

Demnach geriet der Satellit „Sewer-4“ des Betreibers Orbital-Telekom am Montagmorgen bei einer planmäßigen Bahnkorrektur außer Kontrolle, weil ein Lagetriebwerk nicht rechtzeitig abschaltete. Es werde mindestens fünf bis sieben Tage dauern, bis die Ausrichtung wiederhergestellt sei, zitiert das Blatt seine Informanten. „Der Satellit ist nicht verloren, wir haben Kontakt zu ihm, aber er dreht sich langsam, und die Antennen zeigen in die falsche Richtung“, sagte einer von ihnen.

Ein Sprecher von Orbital-Telekom bestätigte die Panne gegenüber „Kommersant“. Ein Teil der Kunden werde auf Reservekapazitäten des älteren Satelliten „Sewer-2“ umgeschaltet; bis Dienstagabend sollten etwa 300 Orte wieder Verbindung haben.

Für viele Siedlungen im Hohen Norden Russlands ist die Satellitenverbindung der einzige Draht zur Außenwelt. „Sewer-4“ versorgt laut dem Bericht mehr als 60.000 Terminals, darunter Schulen und Wetterstationen.
""",
"03_fr.txt": """En Russie, une panne de satellite prive d'Internet 1 400 localités de l'Extrême-Orient
Le Monde
Publié le 16 mars 2027 à 15h10

Quelque 1 400 localités de Iakoutie, de Tchoukotka et de la région de Magadan, dans l'Extrême-Orient russe, sont privées depuis lundi d'Internet et de télévision par satellite. Le satellite de télécommunications Sever-4, exploité par la société Orbital-Telecom, a perdu son orientation lors d'une correction d'orbite programmée, selon le quotidien économique russe Kommersant.

D'après deux sources du secteur citées par le journal, il faudra au moins cinq à sept jours pour rétablir l'orientation de l'appareil. « Le satellite n'est pas perdu, nous sommes en contact avec lui, mais il tourne lentement et ses antennes ne pointent pas dans la bonne direction », a expliqué l'une d'elles.

Un représentant de l'opérateur a confirmé la panne au quotidien, précisant qu'une partie des abonnés serait basculée vers le satellite de réserve Sever-2.

Dans ces territoires du Grand Nord, où les routes sont rares et souvent impraticables en hiver, la liaison satellitaire est pour de nombreux villages le seul moyen de communication avec l'extérieur. Le Sever-4, lancé en 2022, dessert plus de 60 000 terminaux, dont des écoles et des postes de santé, rapporte Kommersant.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_uk.txt"), ("Коммерсантъ", "02_de.txt"), ("Коммерсантъ", "03_fr.txt")],
[("The Sever-4 satellite lost orientation, cutting satellite internet and TV to about 1,400 settlements in Yakutia, Chukotka and Magadan region.",
  ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Restoring the satellite's orientation will take at least five to seven days.",
  ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("About 300 settlements should be reconnected by Tuesday evening using backup capacity on Sever-2.",
  ["00_ru.txt", "01_uk.txt", "02_de.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 125 (telecoms and internet; invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
