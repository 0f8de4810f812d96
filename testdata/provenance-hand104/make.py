#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand104 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop by BleepingComputer (anonymous researcher + samples checked + company reply
# to BleepingComputer), relayed directly by heise online, Niebezpiecznik, Le Monde Informatique, Dev.ua.
story("t01_scoop_tixora_breach", "scoop", {
"00_en.txt": """Tixora exposed data of 3.4 million ticket buyers in unsecured cloud backup
BleepingComputer
2027-03-16T14:05:00+00:00

Event ticketing platform Tixora left a full backup of its customer database exposed on an unprotected cloud storage server for at least five weeks, BleepingComputer has learned, putting the personal details of about 3.4 million ticket buyers at risk.

The 212 GB archive was discovered in early March by a security researcher who asked not to be named because they were not authorized to speak publicly about the finding. The researcher shared the location of the server and a small sample of the data with BleepingComputer.

The backup, dated January 30, contained full names, email addresses, phone numbers, billing addresses, order histories and bcrypt-hashed passwords. For roughly 900,000 customers, the records also included the last four digits and the expiry date of the payment card used at checkout.

BleepingComputer reviewed a sample of about 2,000 records and contacted seven of the people listed in it; six confirmed that they had bought concert or festival tickets through Tixora in 2025 or 2026 using the email address found in the file.

"The storage instance was created for a migration test and should never have been reachable from the internet," Tixora spokesperson Maren Dijkstra told BleepingComputer on Monday. She said the server was secured on March 12, hours after the company was alerted, and that there was "no indication so far" that anyone other than the researcher had downloaded the archive.

The Amsterdam-based company, which sells tickets for about 14,000 events a year in the Netherlands, Germany, Poland and Belgium, said it would notify affected customers this week and had reported the incident to the Dutch Data Protection Authority.

Customers should be on the lookout for phishing emails that reference real orders, and anyone who reused their Tixora password on other sites should change it there.
""",
"01_de.txt": """Tixora: Daten von 3,4 Millionen Ticketkäufern lagen ungeschützt in der Cloud
heise online
16.03.2027 18:40

Beim europäischen Ticketanbieter Tixora lag eine vollständige Sicherung der Kundendatenbank wochenlang ungeschützt auf einem Cloud-Speicher. Das berichtet das US-Portal BleepingComputer. Betroffen sind demnach die Daten von rund 3,4 Millionen Kundinnen und Kunden, darunter viele aus Deutschland.

Entdeckt hatte das 212 GByte große Archiv Anfang März ein Sicherheitsforscher, der anonym bleiben will; er informierte BleepingComputer. Die Sicherung vom 30. Januar enthält laut dem Bericht Namen, E-Mail- und Rechnungsadressen, Telefonnummern, Bestellhistorien sowie mit bcrypt gehashte Passwörter. Bei etwa 900.000 Datensätzen seien zudem die letzten vier Ziffern und das Ablaufdatum der Zahlungskarte gespeichert, schreibt das Portal.

Gegenüber BleepingComputer bestätigte Tixora-Sprecherin Maren Dijkstra den Vorfall. Die Speicherinstanz sei für einen Migrationstest angelegt worden und hätte nie aus dem Internet erreichbar sein dürfen. Der Server sei am 12. März abgesichert worden, wenige Stunden nach dem Hinweis. Anzeichen dafür, dass außer dem Forscher jemand das Archiv heruntergeladen habe, gebe es bislang nicht, so die Sprecherin.

Das Amsterdamer Unternehmen will die Betroffenen noch in dieser Woche informieren und hat die niederländische Datenschutzbehörde eingeschaltet. Wer sein Tixora-Passwort auch anderswo verwendet, sollte es dort ändern. Zudem ist mit Phishing-Mails zu rechnen, die sich auf echte Bestellungen beziehen.
""",
"02_pl.txt": """Wyciek z Tixory: dane 3,4 mln kupujących bilety leżały na otwartym serwerze
Niebezpiecznik
17 marca 2027

Jeśli kupowaliście bilety na koncerty lub festiwale przez Tixorę, mamy złą wiadomość. Według ustaleń BleepingComputera kopia zapasowa bazy klientów tej platformy przez co najmniej pięć tygodni leżała na niezabezpieczonym serwerze w chmurze. W pliku znalazły się dane około 3,4 mln osób, w tym zapewne sporej grupy klientów z Polski.

Archiwum o rozmiarze 212 GB namierzył na początku marca badacz bezpieczeństwa, który chce pozostać anonimowy. To on powiadomił amerykański serwis. W kopii z 30 stycznia są imiona i nazwiska, adresy e-mail i rozliczeniowe, numery telefonów, historia zamówień oraz hasła zahashowane bcryptem. Przy ok. 900 tys. rekordów zapisano też cztery ostatnie cyfry karty płatniczej i datę jej ważności — podaje serwis.

„Instancja została utworzona na potrzeby testu migracji i nigdy nie powinna być dostępna z internetu” — powiedziała BleepingComputerowi rzeczniczka Tixory Maren Dijkstra. Serwer zabezpieczono 12 marca, kilka godzin po zgłoszeniu. Firma twierdzi, że nie ma śladów, by ktoś poza badaczem pobrał archiwum.

Co robić? Przede wszystkim uważajcie na e-maile i SMS-y powołujące się na Wasze prawdziwe zamówienia — to idealny materiał dla phisherów. Jeśli hasło z Tixory było używane gdzie indziej, zmieńcie je tam natychmiast. I włączcie wreszcie menedżer haseł.
""",
"03_fr.txt": """Tixora a laissé exposées les données de 3,4 millions d'acheteurs de billets
Le Monde Informatique
17 mars 2027

La plateforme européenne de billetterie Tixora a laissé une sauvegarde complète de sa base clients accessible sans authentification sur un serveur cloud pendant au moins cinq semaines, rapportent nos confrères de BleepingComputer. Quelque 3,4 millions de clients sont concernés.

L'archive de 212 Go, datée du 30 janvier, a été découverte début mars par un chercheur en sécurité qui a souhaité garder l'anonymat. Elle contient noms, adresses électroniques et de facturation, numéros de téléphone, historiques de commandes et mots de passe hachés avec bcrypt. Pour environ 900 000 clients figurent également les quatre derniers chiffres et la date d'expiration de la carte bancaire, précise le site américain.

Interrogée par BleepingComputer, la porte-parole de Tixora, Maren Dijkstra, a reconnu que l'instance de stockage avait été créée pour un test de migration et « n'aurait jamais dû être accessible depuis Internet ». Le serveur a été sécurisé le 12 mars, quelques heures après l'alerte, a-t-elle indiqué au média spécialisé, ajoutant que rien n'indiquait à ce stade un téléchargement par un tiers.

Basée à Amsterdam, l'entreprise, qui vend des billets pour environ 14 000 événements par an aux Pays-Bas, en Allemagne, en Pologne et en Belgique, dit avoir notifié l'autorité néerlandaise de protection des données. Pour les organisateurs d'événements partenaires, le principal risque reste l'hameçonnage ciblé exploitant des commandes réelles.
""",
"04_uk.txt": """Квитковий сервіс Tixora тижнями тримав у відкритому доступі дані 3,4 млн клієнтів
Dev.ua
2027-03-17 09:15

Європейська платформа продажу квитків на концерти й фестивалі Tixora щонайменше п'ять тижнів зберігала резервну копію клієнтської бази на незахищеному хмарному сервері. Про це пише американське видання BleepingComputer.

За даними видання, архів обсягом 212 ГБ на початку березня виявив дослідник безпеки, який побажав залишитися анонімним. У копії від 30 січня — імена, адреси електронної пошти, телефони, адреси для рахунків, історія замовлень і хеші паролів. Для приблизно 900 тисяч записів також збережено останні чотири цифри та строк дії платіжної картки.

Речниця Tixora Марен Дейкстра підтвердила BleepingComputer, що сервер закрили 12 березня, за кілька годин після повідомлення. За її словами, ознак того, що архів завантажив хтось, окрім дослідника, поки немає.

Компанія з Амстердама продає квитки приблизно на 14 тисяч подій на рік у Нідерландах, Німеччині, Польщі та Бельгії. Tixora пообіцяла цього тижня повідомити постраждалих клієнтів і вже звернулася до нідерландського регулятора у сфері захисту даних.

Користувачам, які купували квитки через сервіс, радять змінити пароль, якщо він використовувався й на інших сайтах, та уважно перевіряти листи з посиланнями на реальні замовлення.
""",
}, [("BleepingComputer", True)],
[("BleepingComputer", "01_de.txt"), ("BleepingComputer", "02_pl.txt"),
 ("BleepingComputer", "03_fr.txt"), ("BleepingComputer", "04_uk.txt")],
[("A backup of Tixora's customer database with data of about 3.4 million customers lay exposed on an unprotected cloud server for weeks.",
  ["00_en.txt", "01_de.txt", "02_pl.txt", "03_fr.txt", "04_uk.txt"], 1),
 ("Tixora's spokesperson confirmed the server was secured on 12 March, hours after the company was alerted.",
  ["00_en.txt", "01_de.txt", "02_pl.txt", "03_fr.txt", "04_uk.txt"], 1)])

# t02: institution-published origin outside the corpus: CERT-UA's advisory on its website, taken
# directly by Dev.ua, The Record, Zaufana Trzecia Strona and heise online (de without date line);
# Le Monde Informatique credits The Record "qui s'appuient sur un bulletin ... du CERT-UA": chain,
# edge from The Record.
story("t02_institution_certua_advisory", "institution", {
"00_uk.txt": """CERT-UA попереджає про атаки на бухгалтерії громад через фейкові листи «податкової»
Dev.ua
6 квітня 2027

Урядова команда реагування на комп'ютерні надзвичайні події CERT-UA зафіксувала нову хвилю фішингових атак на бухгалтерії органів місцевого самоврядування. Про це йдеться у повідомленні CERT-UA, оприлюдненому на сайті команди у вівторок.

Активність відстежують під ідентифікатором UAC-0419. Зловмисники розсилають листи нібито від імені Державної податкової служби з темою на кшталт «Акт звірки розрахунків з бюджетом» та архівом у вкладенні. Усередині — файл-ярлик, який завантажує шкідливий завантажувач HOLLOWBELL, а вже через нього на комп'ютер потрапляє засіб віддаленого доступу.

За даними фахівців CERT-UA, станом на 5 квітня уражено щонайменше 40 комп'ютерів у громадах шести областей, зокрема Житомирської, Вінницької та Черкаської. Найчастіше скомпрометованими виявлялися саме ті машини, на яких працюють із системами казначейських платежів.

«Зловмисники розраховують на кінець кварталу, коли бухгалтери очікують саме таких документів», — наголошують у CERT-UA.

Команда рекомендує обмежити запуск файлів .lnk і .hta з архівів, перевіряти адресу відправника й повідомляти про підозрілі листи через сайт cert.gov.ua. Перелік індикаторів компрометації опубліковано разом із повідомленням.
""",
"01_en.txt": """Ukraine warns of phishing wave hitting local councils' accounting staff
The Record
April 6, 2027

Hackers are targeting the accounting departments of Ukrainian local councils with emails that pose as messages from the country's tax service, according to an advisory published Tuesday by Ukraine's computer emergency response team, CERT-UA.

The activity, which the agency tracks as UAC-0419, relies on archives attached to emails with subject lines such as "Budget settlement reconciliation report." Opening a shortcut file inside the archive downloads a loader that CERT-UA calls HOLLOWBELL, which in turn installs a remote access tool.

At least 40 computers in communities across six regions had been infected as of April 5, the agency said, with machines used for treasury payment systems among those compromised most often. CERT-UA did not attribute the campaign to any country or known group.

"The attackers are counting on the end of the quarter, when accountants are expecting exactly these kinds of documents," CERT-UA wrote.

The advisory recommends blocking the execution of .lnk and .hta files extracted from archives and includes a list of indicators of compromise.

Ukrainian government bodies and municipalities have been frequent targets of phishing campaigns since 2022, many of them attributed to Russian state-backed groups.
""",
"02_fr.txt": """Ukraine : les services comptables des communes ciblés par de faux courriels du fisc
Le Monde Informatique
7 avril 2027

Une campagne d'hameçonnage vise les services comptables des collectivités locales ukrainiennes, rapportent nos confrères de The Record, qui s'appuient sur un bulletin publié mardi par le CERT-UA. Les courriels usurpent l'identité du service fiscal de l'État et contiennent une archive piégée.

Suivie sous la référence UAC-0419, l'opération exploite un fichier raccourci qui télécharge un chargeur nommé HOLLOWBELL, lequel installe ensuite un outil d'accès à distance. Au moins 40 ordinateurs répartis dans six régions avaient été infectés au 5 avril, précise le site américain, les postes reliés aux systèmes de paiement du Trésor figurant parmi les plus touchés.

Selon The Record, les attaquants misent sur la fin du trimestre, période où les comptables attendent justement ce type de documents. Aucune attribution n'a été avancée à ce stade.

Pour les équipes de sécurité, les recommandations restent classiques : bloquer l'exécution des fichiers .lnk et .hta extraits d'archives et surveiller les indicateurs de compromission publiés. Depuis 2022, les administrations ukrainiennes font face à un flux quasi continu de campagnes de ce type, dont beaucoup sont attribuées à des groupes liés à l'État russe.
""",
"03_pl.txt": """Fałszywy „akt uzgodnienia” ze skarbówki. CERT-UA ostrzega księgowych ukraińskich gmin
Zaufana Trzecia Strona
2027-04-07

Ukraiński zespół CERT-UA ostrzega przed kampanią phishingową wymierzoną w działy księgowości samorządów. Jak czytamy w komunikacie opublikowanym we wtorek na stronie zespołu, przestępcy podszywają się pod Państwową Służbę Podatkową Ukrainy.

Wiadomości zawierają archiwum z plikiem skrótu .lnk. Jego uruchomienie pobiera loader, który CERT-UA nazwał HOLLOWBELL, a ten instaluje narzędzie zdalnego dostępu. Aktywność jest śledzona jako UAC-0419.

Według CERT-UA do 5 kwietnia zainfekowano co najmniej 40 komputerów w gminach z sześciu obwodów. Napastnicy — zauważają autorzy komunikatu — liczą na koniec kwartału, gdy księgowi spodziewają się właśnie takich dokumentów. Najczęściej ofiarą padały komputery, na których obsługiwane są płatności przez system skarbowy.

Dlaczego piszemy o tym w Polsce? Bo scenariusz „rozliczenie z urzędu w archiwum ZIP” jest uniwersalny i widzieliśmy go już wielokrotnie w skrzynkach polskich urzędów. Warto zablokować uruchamianie plików .lnk i .hta z archiwów i przejrzeć opublikowane przez Ukraińców wskaźniki kompromitacji.
""",
"04_de.txt": """CERT-UA warnt vor Phishing gegen Buchhaltungen ukrainischer Gemeinden
heise online

Das ukrainische Computer-Notfallteam CERT-UA warnt vor einer Phishing-Welle gegen die Buchhaltungsabteilungen von Gemeindeverwaltungen. In einer auf seiner Website veröffentlichten Mitteilung beschreibt das Team E-Mails, die sich als Nachrichten der staatlichen Steuerbehörde ausgeben.

Im Anhang steckt ein Archiv mit einer Verknüpfungsdatei. Wird sie geöffnet, lädt sie einen Loader nach, den CERT-UA HOLLOWBELL nennt; dieser installiert anschließend ein Fernzugriffswerkzeug. Die Aktivität führt das Team unter der Bezeichnung UAC-0419.

Mindestens 40 Rechner in Gemeinden aus sechs Regionen seien bis zum 5. April infiziert worden, heißt es in der Warnung. Besonders häufig habe es Computer getroffen, an denen Zahlungen über das Schatzamt abgewickelt werden. Die Angreifer setzten gezielt auf das Quartalsende, wenn Buchhalter genau solche Dokumente erwarteten, schreiben die Fachleute.

CERT-UA empfiehlt, das Ausführen von .lnk- und .hta-Dateien aus Archiven zu unterbinden, und hat eine Liste mit Indicators of Compromise veröffentlicht. Eine Zuordnung zu einem staatlichen Akteur nimmt die Behörde nicht vor.
""",
}, [("CERT-UA", False)],
[("CERT-UA", "00_uk.txt"), ("CERT-UA", "01_en.txt"), ("The Record", "02_fr.txt"),
 ("CERT-UA", "03_pl.txt"), ("CERT-UA", "04_de.txt")],
[("A phishing campaign tracked as UAC-0419 targets accounting departments of Ukrainian local councils with emails posing as the State Tax Service.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_pl.txt", "04_de.txt"], 1),
 ("At least 40 computers in communities of six regions had been infected with the HOLLOWBELL loader as of 5 April.",
  ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_pl.txt", "04_de.txt"], 1)])

# t03: company blog post (Vaultline, outside) taken directly by all four; heise online adds its own
# enquiry ("Auf Anfrage von heise online bestätigte ...", "sagte Kask gegenüber heise online"):
# edge from Vaultline + heise online is an in-corpus origin.
story("t03_blog_vaultline_build", "blog_confirmation", {
"00_de.txt": """Passwortmanager Vaultline: Angreifer drangen in Build-Umgebung ein
heise online
11. Mai 2027

Unbekannte haben sich Zugang zur Build-Umgebung des Passwortmanager-Anbieters Vaultline verschafft. Das teilte das in Tallinn ansässige Unternehmen am Dienstag in einem Blogbeitrag mit. Die Angreifer nutzten demnach ein gestohlenes Zugriffstoken eines Mitarbeiters und waren vom 2. bis 5. Mai in dem System aktiv.

Kundentresore seien nicht betroffen, schreibt Vaultline: Die verschlüsselten Tresordaten lägen in einer getrennten Infrastruktur, auf die aus der Build-Umgebung kein Zugriff bestehe. Vorsorglich hat der Hersteller die Version 4.8.2 seiner Browser-Erweiterung zurückgezogen, die in dem fraglichen Zeitraum gebaut wurde. Nutzer sollen auf Version 4.8.3 aktualisieren.

Auf Anfrage von heise online bestätigte Vaultline-Sprecher Jaan Kask, dass bei der bisherigen Analyse weder Zugriffe auf Tresordaten noch manipulierte Dateien in Version 4.8.2 gefunden worden seien. Die Erweiterung in dieser Version sei rund 18.000 Mal installiert worden, überwiegend bei Geschäftskunden. „Wir haben sie zurückgezogen, weil wir ihre Integrität nicht zu hundert Prozent garantieren können“, sagte Kask gegenüber heise online.

Die zuständigen Stellen in Estland seien informiert, hieß es weiter. Vaultline zählt nach eigenen Angaben rund 1,2 Millionen Nutzer, davon etwa 40.000 Unternehmenskunden. Wer die Erweiterung nutzt, sollte die installierte Version prüfen und automatische Updates aktiviert lassen.
""",
"01_fr.txt": """Vaultline victime d'une intrusion dans son environnement de build
Le Monde Informatique
12/05/2027

L'éditeur estonien de gestionnaire de mots de passe Vaultline a reconnu qu'un attaquant s'était introduit dans son environnement de compilation entre le 2 et le 5 mai. L'intrus s'est servi d'un jeton d'accès dérobé à un employé, a indiqué l'éditeur dans un billet de blog publié mardi.

D'après ce billet, les coffres-forts des clients n'ont pas été touchés, car les données chiffrées sont hébergées sur une infrastructure distincte, inaccessible depuis la chaîne de build. Par précaution, la version 4.8.2 de l'extension pour navigateur, compilée pendant la période concernée, a été retirée ; les utilisateurs sont invités à passer à la version 4.8.3.

L'entreprise précise avoir fait appel à un cabinet externe de réponse à incident, dont elle ne donne pas le nom, et révoqué l'ensemble des jetons d'accès de ses développeurs. « Nous publierons un rapport technique complet une fois l'enquête terminée », écrit son directeur technique, Rasmus Ilves.

Cet incident rappelle que les chaînes d'intégration et de livraison continues sont devenues une cible de choix : compromettre un build permet potentiellement d'atteindre des milliers de postes d'un seul coup. Vaultline revendique environ 1,2 million d'utilisateurs, dont 40 000 entreprises.
""",
"02_pl.txt": """Ktoś siedział w systemie budowania Vaultline. Zaktualizujcie wtyczkę
Niebezpiecznik
2027-05-11T20:30:00+02:00

Estoński producent menedżera haseł Vaultline przyznał, że atakujący przez trzy dni mieli dostęp do jego środowiska budowania oprogramowania. Firma poinformowała o tym we wtorek we wpisie na swoim blogu.

Włamywacz posłużył się skradzionym tokenem dostępowym jednego z pracowników i działał od 2 do 5 maja. Jak zapewnia Vaultline, sejfy klientów są bezpieczne, bo zaszyfrowane dane trzymane są w oddzielnej infrastrukturze, do której ze środowiska budowania nie ma dostępu.

„Wycofaliśmy wersję 4.8.2 rozszerzenia przeglądarkowego, ponieważ powstała w czasie, gdy intruz był w systemie” — czytamy we wpisie. Użytkownicy powinni jak najszybciej zaktualizować wtyczkę do wersji 4.8.3. Do analizy incydentu firma zatrudniła zewnętrzny zespół reagowania na incydenty i unieważniła wszystkie tokeny programistów.

Nasz komentarz: dobrze, że Vaultline napisał o incydencie sam i szybko. Ale skradziony token to wciąż najczęstszy początek takich historii. Jeśli Wasza firma trzyma w CI/CD długowieczne tokeny bez ograniczeń, to dziś jest dobry dzień, żeby to zmienić.
""",
"03_en.txt": """Vaultline admits intruder spent three days in its build pipeline
The Register
Tue 11 May 2027 17:52 UTC

Password manager outfit Vaultline has confessed that an attacker wandered around its software build environment for three days earlier this month, using an access token pinched from one of its own engineers.

In a blog post on Tuesday, the Tallinn-based biz said the intruder was active between May 2 and May 5. Customer vaults were not accessed, it insisted, because encrypted vault data lives on separate infrastructure that the build systems cannot reach.

Still, Vaultline isn't taking chances with whatever came out of the pipeline during that window. Version 4.8.2 of its browser extension, built while the attacker was inside, has been pulled, and users are told to update to 4.8.3.

The company said it has brought in an outside incident-response firm, which the post does not name, and revoked every developer access token. "We will publish a full technical report once the investigation is complete," CTO Rasmus Ilves wrote.

Build systems are a juicy target: tamper with one and you can ship poisoned code to every customer in a single release. Vaultline says it has so far found no sign of that happening, though the post stops short of ruling it out.
""",
}, [("Vaultline", False), ("heise online", True)],
[("Vaultline", "00_de.txt"), ("Vaultline", "01_fr.txt"), ("Vaultline", "02_pl.txt"),
 ("Vaultline", "03_en.txt")],
[("Attackers used an employee's stolen access token to get into Vaultline's build environment between 2 and 5 May; customer vaults were not accessed.",
  ["00_de.txt", "01_fr.txt", "02_pl.txt", "03_en.txt"], 2),
 ("Vaultline brought in an outside incident-response firm and revoked all developer access tokens.",
  ["01_fr.txt", "02_pl.txt", "03_en.txt"], 1)])

# t04: a hacker group's Telegram claim (outside origin) taken directly by Dev.ua, The Record and
# Zaufana Trzecia Strona (pl without date line); Хакер credits The Record "со ссылкой на
# Telegram-канал группировки": edge from The Record. The Record's unanswered request and
# "could not independently verify" add no own reporting.
story("t04_telegram_tykha_sova", "telegram", {
"00_uk.txt": """Хакери «Тиха Сова» заявили про злам російського логістичного оператора «ТрансВектор»
Dev.ua
01.06.2027 10:20

Українське хакерське угруповання «Тиха Сова» заявило про злам російської логістичної компанії «ТрансВектор». Про це хакери повідомили у своєму Telegram-каналі у вівторок зранку.

За словами угруповання, йому вдалося викрасти близько 1,2 ТБ внутрішніх даних — договори, маршрутні листи, листування з державними замовниками — і знищити приблизно 300 серверів компанії. «Їхні склади сьогодні працюють з олівцем і папером», — написали хакери.

Як підтвердження угруповання оприлюднило в каналі скриншоти внутрішніх документів і панелі керування віртуальною інфраструктурою. Незалежно перевірити ці твердження наразі неможливо.

«ТрансВектор» — один із великих операторів контейнерних перевезень у Центральній Росії, серед його клієнтів є підрядники оборонних підприємств. Компанія публічно ситуацію не коментувала.

«Тиха Сова» вперше заявила про себе навесні 2026 року. Відтоді група взяла на себе відповідальність щонайменше за шість атак на російські компанії, здебільшого у сфері логістики й енергетики.
""",
"01_en.txt": """Ukrainian hacktivists claim wiper attack on Russian logistics firm TransVektor
The Record
2027-06-01T13:45:00Z

A pro-Ukrainian hacker group calling itself Tykha Sova ("Quiet Owl") has claimed responsibility for breaching TransVektor, a Russian container logistics operator whose customers include suppliers to defense plants, saying it stole internal files and destroyed much of the company's IT infrastructure.

In a post on its Telegram channel on Tuesday, the group said it had exfiltrated about 1.2 terabytes of data, including contracts, waybills and correspondence with government customers, and wiped roughly 300 servers. The group shared screenshots it said showed internal documents and a virtualization management console.

Recorded Future News could not independently verify the claims. TransVektor did not respond to a request for comment.

Tykha Sova first surfaced in spring 2026 and has since claimed at least six attacks on Russian companies, mostly in the logistics and energy sectors. Ukrainian officials have not publicly commented on the group, and there is no public evidence linking it to the country's security services.

Hacktivist claims in the war between Russia and Ukraine are often exaggerated, researchers say, although several groups have backed up their boasts with large data dumps.
""",
"02_ru.txt": """Украинская группировка заявила о взломе «ТрансВектора»
Хакер
1 июня 2027

Украинская хак-группа «Тихая Сова» взяла на себя ответственность за атаку на российского логистического оператора «ТрансВектор», сообщает The Record со ссылкой на Telegram-канал группировки.

По данным издания, хакеры утверждают, что похитили около 1,2 Тб внутренних данных, в том числе договоры, путевые листы и переписку с государственными заказчиками, а также уничтожили порядка 300 серверов компании.

В The Record отмечают, что не смогли независимо проверить эти заявления, а в самой компании на запрос журналистов не ответили.

«ТрансВектор» занимается контейнерными перевозками в Центральной России. Среди клиентов оператора, уточняет американское издание, есть подрядчики оборонных предприятий.

«Тихая Сова» впервые заявила о себе весной 2026 года. Как пишет The Record, с тех пор группа взяла на себя ответственность как минимум за шесть атак на российские компании, в основном из сферы логистики и энергетики.
""",
"03_pl.txt": """„Tycha Sowa” chwali się zniszczeniem 300 serwerów rosyjskiego przewoźnika
Zaufana Trzecia Strona

Ukraińska grupa hakerska Tycha Sowa (ukr. Тиха Сова) ogłosiła na swoim kanale na Telegramie, że włamała się do rosyjskiej firmy logistycznej TransWektor. Wpis pojawił się we wtorek rano.

Grupa twierdzi, że wyniosła ok. 1,2 TB danych wewnętrznych — umowy, listy przewozowe, korespondencję z zamawiającymi państwowymi — a następnie wyczyściła ok. 300 serwerów. Na dowód opublikowała zrzuty ekranu dokumentów oraz konsoli zarządzania wirtualizacją. „Ich magazyny pracują dziś z ołówkiem i kartką papieru” — napisali hakerzy.

Tego typu deklaracje należy traktować z ostrożnością: grupy haktywistyczne po obu stronach frontu mają skłonność do przesadzania ze skalą swoich sukcesów. Niektóre jednak potwierdzają swoje przechwałki dużymi zrzutami danych.

TransWektor obsługuje przewozy kontenerowe w centralnej Rosji; wśród jego klientów są podwykonawcy zakładów zbrojeniowych. Firma nie odniosła się publicznie do sprawy. Tycha Sowa działa od wiosny 2026 roku i przypisuje sobie co najmniej sześć ataków na rosyjskie przedsiębiorstwa.
""",
}, [("Тиха Сова", False)],
[("Тиха Сова", "00_uk.txt"), ("Тиха Сова", "01_en.txt"), ("The Record", "02_ru.txt"),
 ("Тиха Сова", "03_pl.txt")],
[("The Ukrainian hacker group Tykha Sova claimed it stole about 1.2 TB of internal data from the Russian logistics company TransVektor and wiped about 300 servers.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"], 1),
 ("The group published screenshots of internal documents and a virtualization management console as proof.",
  ["00_uk.txt", "01_en.txt", "03_pl.txt"], 1)])

# t05: two independent own reports the same day (Niebezpiecznik: reader tip + own test accounts;
# heise online: anonymous researcher + own test account); Le Monde Informatique credits both (two
# edges); Dev.ua credits only Niebezpiecznik.
story("t05_independent_carvelo_api", "independent", {
"00_pl.txt": """Carvelo Share: przez dziurę w API można było podejrzeć trasy innych klientów i skany ich praw jazdy
Niebezpiecznik
08.07.2027 11:30

Jeden z naszych Czytelników, korzystający z aplikacji car-sharingowej Carvelo Share, zauważył coś niepokojącego. Wystarczyło w zapytaniu do API zmienić numer identyfikacyjny użytkownika, by serwer zwrócił historię przejazdów zupełnie obcej osoby — z dokładnymi współrzędnymi GPS początku i końca każdej trasy.

Sprawdziliśmy to na dwóch założonych przez nas kontach testowych. Zgłoszenie się potwierdziło, a na dodatek okazało się, że pod innym endpointem w ten sam sposób można było pobrać skany praw jazdy, które klienci przesyłają przy rejestracji. Nie pobieraliśmy danych prawdziwych użytkowników ponad minimum niezbędne do weryfikacji.

Carvelo Share działa we Wrocławiu, Poznaniu, Berlinie i Dreźnie i ma według własnych danych ok. 260 tys. zarejestrowanych klientów. Błąd zgłosiliśmy firmie w środę po południu. „Dziękujemy za zgłoszenie, podatność została usunięta w ciągu kilku godzin” — przekazał nam w czwartek dyrektor techniczny spółki Michał Brzeziński. Dodał, że firma analizuje logi, by ustalić, czy ktoś wcześniej wykorzystał lukę, i zgłosiła incydent do UODO.

To klasyczny IDOR (Insecure Direct Object Reference) — błąd, o którym piszemy od lat, a który wciąż regularnie trafia do produkcyjnych aplikacji. Jeśli korzystaliście z Carvelo Share, miejcie oko na nietypowe wiadomości i próby podszywania się pod firmę.
""",
"01_de.txt": """Carvelo Share: Sicherheitslücke legte Fahrtenverläufe von Carsharing-Kunden offen
heise online
2027-07-08 12:10

Eine Schwachstelle in der Programmierschnittstelle des Carsharing-Anbieters Carvelo Share hat es angemeldeten Nutzern ermöglicht, die Fahrtenhistorie anderer Kunden einschließlich genauer GPS-Koordinaten abzurufen. Ein Sicherheitsforscher, der namentlich nicht genannt werden möchte, hatte heise online auf das Problem hingewiesen.

Die Redaktion konnte die Lücke am Mittwoch mit einem eigenen Testkonto nachvollziehen: Es genügte, in einer Anfrage an die API die Nutzerkennung zu verändern. Die Antwort enthielt dann Start- und Zielpunkt, Zeitpunkt und Dauer sämtlicher Fahrten des betreffenden Kontos. Für Berliner Kunden ließen sich damit etwa regelmäßige Wege zwischen Wohnung und Arbeitsplatz rekonstruieren.

Der Anbieter, der in Berlin, Dresden, Breslau und Posen rund 260.000 registrierte Kunden zählt, hat das Problem inzwischen behoben. „Die Schwachstelle wurde umgehend geschlossen, nachdem wir davon erfahren haben“, sagte Carvelo-Sprecherin Katarzyna Wolff gegenüber heise online. Ob die Lücke vor ihrer Entdeckung ausgenutzt wurde, werde noch untersucht.

Datenschützer stufen Bewegungsdaten als besonders sensibel ein. Ob Carvelo Share den Vorfall bei der Berliner Datenschutzbeauftragten gemeldet hat, ließ die Sprecherin offen.
""",
"02_fr.txt": """Une faille dans l'API de Carvelo Share exposait les trajets des clients
Le Monde Informatique
9 juillet 2027

Une vulnérabilité dans l'interface de programmation du service d'autopartage germano-polonais Carvelo Share permettait à n'importe quel utilisateur connecté de consulter l'historique des trajets d'autres clients, coordonnées GPS comprises. La faille a été révélée jeudi, chacun de leur côté, par nos confrères allemands de heise online et par le site polonais spécialisé Niebezpiecznik.

Il s'agit d'une vulnérabilité de type IDOR : il suffisait de modifier l'identifiant d'utilisateur dans une requête adressée à l'API pour obtenir les données d'un autre compte. Les deux médias disent avoir reproduit le problème avec leurs propres comptes de test, le premier après le signalement d'un chercheur resté anonyme, le second à la suite du message d'un lecteur.

Présent à Berlin, Dresde, Wrocław et Poznań, Carvelo Share revendique environ 260 000 clients inscrits. L'entreprise a corrigé la faille en quelques heures, selon les deux publications, et cherche à déterminer si elle a été exploitée auparavant.

Pour les DSI, l'affaire illustre une nouvelle fois la persistance des contrôles d'autorisation défaillants dans les API mobiles, premier risque du Top 10 de l'OWASP consacré aux API.
""",
"03_uk.txt": """Вразливість у польсько-німецькому каршерингу відкривала маршрути клієнтів
Dev.ua
2027-07-08T17:40:00+03:00

У застосунку каршерингу Carvelo Share, що працює в Польщі та Німеччині, знайшли вразливість, через яку можна було переглядати історію поїздок інших клієнтів із точними GPS-координатами. Про це повідомляє польське видання про кібербезпеку Niebezpiecznik.

Як пише Niebezpiecznik, про проблему редакції повідомив читач. Журналісти перевірили її на двох тестових акаунтах: щоб отримати чужі дані, досить було змінити ідентифікатор користувача в запиті до API. Крім того, у такий самий спосіб через інший ендпоінт можна було завантажити скани водійських посвідчень, які клієнти надсилають під час реєстрації.

Технічний директор компанії Міхал Бжезінський сказав виданню, що вразливість усунули протягом кількох годин після повідомлення. Компанія аналізує логи і повідомила про інцидент польський орган із захисту персональних даних.

Carvelo Share працює у Вроцлаві, Познані, Берліні та Дрездені й має близько 260 тисяч зареєстрованих користувачів. Серед них, ймовірно, є й українці, які живуть і працюють у Польщі.
""",
}, [("Niebezpiecznik", True), ("heise online", True)],
[("heise online", "02_fr.txt"), ("Niebezpiecznik", "02_fr.txt"), ("Niebezpiecznik", "03_uk.txt")],
[("A flaw in the Carvelo Share API let logged-in users view other customers' trip histories with GPS coordinates.",
  ["00_pl.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], 2),
 ("Scans of customers' driving licences could also be downloaded through another API endpoint.",
  ["00_pl.txt", "03_uk.txt"], 1)])

# t06: chain Коммерсантъ (own, anonymous market sources) -> The Record -> heise online ("das sich
# seinerseits auf ... Kommersant beruft": edge from The Record); Dev.ua credits Коммерсантъ directly.
story("t06_chain_vekstra_ransomware", "chain", {
"00_ru.txt": """Платежи ушли в офлайн
Коммерсантъ
19.08.2027

Процессинговый центр «Векстра», обслуживающий карточные платежи региональных торговых сетей, подвергся атаке вируса-шифровальщика. Как стало известно “Ъ”, во вторник оплата картами была недоступна примерно в 1,4 тыс. магазинов в Поволжье и на Урале почти девять часов. Об этом “Ъ” рассказали два источника на платежном рынке.

По словам одного из них, злоумышленники зашифровали серверы авторизации и часть резервных копий, а восстанавливать систему пришлось из архива недельной давности. Покупатели в это время могли расплачиваться только наличными, часть магазинов в малых городах закрылась раньше обычного.

Собеседник “Ъ”, близкий к компании, утверждает, что вымогатели потребовали $4 млн в криптовалюте. «Платить никто не собирается, данные клиентов, насколько сейчас понятно, не выгружались»,— говорит он. В «Векстре» от комментариев “Ъ” отказались.

«Векстра» входит в число крупнейших независимых процессинговых компаний в регионах: по оценкам участников рынка, через нее проходит до 3% карточного эквайринга в торговле за пределами Москвы и Санкт-Петербурга.

«Для процессинга девять часов простоя — это катастрофа, сети потеряли значительную часть дневной выручки»,— оценивает руководитель практики реагирования на инциденты одной из ИБ-компаний. По его словам, атаки шифровальщиков на российский бизнес с 2024 года стали заметно чаще.
""",
"01_en.txt": """Ransomware attack on Russian card processor Vekstra halts payments at 1,400 stores
The Record
Aug 19, 2027

A ransomware attack on Vekstra, a Russian payment processing company that serves regional retail chains, left card payments unavailable at roughly 1,400 stores for almost nine hours on Tuesday, Russian business daily Kommersant reported Thursday, citing two sources in the payments industry.

The attackers encrypted authorization servers and some backups, forcing the company to restore its systems from a week-old archive, the newspaper said. Shoppers in the Volga region and the Urals could pay only in cash during the outage.

A person close to the company told Kommersant that the hackers demanded $4 million in cryptocurrency and that Vekstra had no plans to pay. Customer data does not appear to have been stolen, the person said. Vekstra declined to comment to the paper.

According to Kommersant, Vekstra handles up to 3% of card acquiring in retail outside Moscow and St. Petersburg. No ransomware gang has publicly claimed the attack.

Russian companies have faced a steady stream of ransomware and wiper attacks since 2022, carried out both by financially motivated gangs and by pro-Ukrainian hacktivists.
""",
"02_de.txt": """Ransomware legt russischen Zahlungsdienstleister lahm – Kartenzahlung in 1400 Läden gestört
heise online
20. August 2027

Ein Angriff mit Erpressungssoftware hat beim russischen Zahlungsabwickler Vekstra am Dienstag für einen fast neunstündigen Ausfall gesorgt. In rund 1400 Geschäften regionaler Handelsketten war in dieser Zeit keine Kartenzahlung möglich. Das berichtet das auf IT-Sicherheit spezialisierte US-Portal The Record, das sich seinerseits auf die russische Wirtschaftszeitung Kommersant beruft.

Die Angreifer haben demnach Autorisierungsserver und einen Teil der Backups verschlüsselt; die Systeme mussten aus einem eine Woche alten Archiv wiederhergestellt werden. Die Erpresser sollen vier Millionen US-Dollar in Kryptowährung gefordert haben, so The Record. Vekstra wolle nicht zahlen.

Kundendaten sind nach bisherigem Stand offenbar nicht abgeflossen. Das Unternehmen selbst äußerte sich nicht. Zu dem Angriff hat sich bislang keine Ransomware-Gruppe öffentlich bekannt.

Vekstra wickelt nach Angaben des Portals bis zu drei Prozent der Kartenzahlungen im russischen Einzelhandel außerhalb von Moskau und Sankt Petersburg ab. Betroffen waren vor allem Geschäfte in der Wolgaregion und im Ural, wo Kunden während des Ausfalls nur bar bezahlen konnten.
""",
"03_uk.txt": """Атака шифрувальника на російський процесинг «Векстра» паралізувала оплату картками в 1400 магазинах
Dev.ua
2027-08-19T16:00:00+03:00

Російський процесинговий центр «Векстра», який обслуговує карткові платежі регіональних торговельних мереж, зазнав атаки програми-вимагача. Через це у вівторок майже дев'ять годин оплата картками була недоступна приблизно в 1400 магазинах у Поволжі та на Уралі. Про це пише російське видання «Коммерсант» з посиланням на два джерела на платіжному ринку.

За словами співрозмовників «Коммерсанта», зловмисники зашифрували сервери авторизації та частину резервних копій. Систему довелося відновлювати з архіву тижневої давності.

Джерело видання, близьке до компанії, стверджує, що вимагачі хочуть отримати 4 млн доларів у криптовалюті, але платити їм не збираються. У самій «Векстрі» від коментарів відмовилися.

За оцінками учасників ринку, які наводить газета, через «Векстру» проходить до 3% карткового еквайрингу в торгівлі за межами Москви та Санкт-Петербурга.

Російські компанії з 2022 року регулярно стають мішенями як кримінальних угруповань-вимагачів, так і проукраїнських хактивістів.
""",
}, [("Коммерсантъ", True)],
[("Коммерсантъ", "01_en.txt"), ("The Record", "02_de.txt"), ("Коммерсантъ", "03_uk.txt")],
[("A ransomware attack on the Russian card processor Vekstra left card payments unavailable in about 1,400 stores for almost nine hours.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The attackers demanded $4 million in cryptocurrency and the company does not intend to pay.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1)])

# t07: Dev.ua scoop (three anonymous employees + CTO confirming to the newsroom); ru (no outlet line)
# is an uncredited close translation published the next morning (keeps "рассказали редакции",
# "подтвердил редакции"): edge from Dev.ua; BleepingComputer and Niebezpiecznik credit Dev.ua.
story("t07_translation_hrani_ransomware", "translation", {
"00_uk.txt": """Hrani Tech атакував шифрувальник: 600 працівників четвертий день без GitLab і Jira
Dev.ua
14 вересня 2027

Дніпровська аутсорсингова компанія Hrani Tech стала жертвою атаки програми-вимагача. Зловмисники зашифрували внутрішні сервери GitLab і Jira, а також сервер резервних копій, з'ясував Dev.ua. Близько 600 працівників компанії вже четвертий день працюють фактично офлайн.

Про атаку редакції розповіли троє співробітників Hrani Tech на умовах анонімності. За їхніми словами, у ніч на 11 вересня на робочих ноутбуках і серверах з'явилася записка з вимогою викупу. «Зранку ми просто не змогли залогінитися нікуди, крім пошти. Проєктні менеджери розсилали клієнтам листи з особистих акаунтів», — розповів один зі співрозмовників.

Технічний директор Hrani Tech Олександр Марченко підтвердив редакції факт атаки. За його словами, зловмисники вимагають 1,5 млн доларів, але компанія платити не буде. «Ми відновлюємо інфраструктуру з офлайн-копій, які не були підключені до мережі. Основні сервіси повернемо до кінця тижня», — сказав він. Марченко також повідомив, що компанія звернулася до кіберполіції та CERT-UA.

Чи були викрадені вихідні коди клієнтів, наразі невідомо. Hrani Tech розробляє програмне забезпечення для фінтех- і логістичних компаній зі США, Великої Британії та Нідерландів.
""",
"01_ru.txt": """Днепровскую аутсорсинговую компанию Hrani Tech атаковал шифровальщик: 600 сотрудников четвертый день без GitLab и Jira
15.09.2027 08:10

Днепровская аутсорсинговая компания Hrani Tech стала жертвой атаки программы-вымогателя. Злоумышленники зашифровали внутренние серверы GitLab и Jira, а также сервер резервных копий. Около 600 сотрудников компании уже четвертый день работают фактически офлайн.

Об атаке редакции рассказали трое сотрудников Hrani Tech на условиях анонимности. По их словам, в ночь на 11 сентября на рабочих ноутбуках и серверах появилась записка с требованием выкупа. «Утром мы просто не смогли залогиниться никуда, кроме почты. Проектные менеджеры рассылали клиентам письма с личных аккаунтов», — рассказал один из собеседников.

Технический директор Hrani Tech Александр Марченко подтвердил редакции факт атаки. По его словам, злоумышленники требуют $1,5 млн, но компания платить не будет. «Мы восстанавливаем инфраструктуру из офлайн-копий, которые не были подключены к сети. Основные сервисы вернем до конца недели», — сказал он. Марченко также сообщил, что компания обратилась в киберполицию и CERT-UA.

Были ли похищены исходные коды клиентов, пока неизвестно. Hrani Tech разрабатывает программное обеспечение для финтех- и логистических компаний из США, Великобритании и Нидерландов.
""",
"02_en.txt": """Ransomware attack knocks Ukrainian outsourcer Hrani Tech offline
BleepingComputer
2027-09-14T19:30:00+00:00

Ukrainian software outsourcing company Hrani Tech has been hit by a ransomware attack that encrypted its internal GitLab, Jira and backup servers, leaving about 600 employees largely unable to work for four days, as first reported by Ukrainian tech news outlet Dev.ua.

Three employees who spoke to Dev.ua on condition of anonymity said a ransom note appeared on work laptops and servers in the early hours of September 11. According to them, project managers were forced to contact clients from personal email accounts.

Hrani Tech CTO Oleksandr Marchenko confirmed the attack to Dev.ua, saying the threat actors demanded $1.5 million but the company will not pay. "We are restoring the infrastructure from offline copies that were not connected to the network," Marchenko told the outlet, adding that core services should be back by the end of the week.

The company has reported the incident to Ukraine's cyber police and CERT-UA. It is not yet known whether client source code was stolen.

Based in Dnipro, Hrani Tech builds software for fintech and logistics clients in the United States, the United Kingdom and the Netherlands. Outsourcers are attractive targets for ransomware gangs, as access to their repositories can open a path into their customers' environments.
""",
"03_pl.txt": """Ransomware w ukraińskim software housie. Klienci z USA i Wielkiej Brytanii mogą mieć problem
Niebezpiecznik
15 września 2027

Dnieprzańska firma outsourcingowa Hrani Tech padła ofiarą ataku ransomware — podaje ukraiński portal Dev.ua. Zaszyfrowane zostały wewnętrzne serwery GitLaba i Jiry, a także serwer z kopiami zapasowymi. Około 600 pracowników od czterech dni pracuje praktycznie offline.

Trzej pracownicy, z którymi anonimowo rozmawiali dziennikarze Dev.ua, opowiadają, że notatka z żądaniem okupu pojawiła się na laptopach i serwerach w nocy z 10 na 11 września. Dyrektor techniczny firmy Ołeksandr Marczenko potwierdził atak w rozmowie z portalem. Przestępcy żądają 1,5 mln dolarów, ale firma nie zamierza płacić — dodaje Dev.ua.

Marczenko zapewnia, że infrastruktura jest odtwarzana z kopii offline, które nie były podłączone do sieci. Sprawę zgłoszono do ukraińskiej cyberpolicji i CERT-UA. Nie wiadomo na razie, czy wykradziono kod źródłowy klientów.

Dlaczego to ważne? Hrani Tech pisze oprogramowanie dla firm fintechowych i logistycznych z USA, Wielkiej Brytanii i Holandii. Jeśli napastnicy mieli dostęp do repozytoriów, w kolejnym kroku mogą próbować dostać się do klientów. Jeśli Wasza firma współpracuje z zewnętrznym software housem, sprawdźcie, jakie tokeny i klucze do Waszych systemów trzyma u siebie.
""",
}, [("Dev.ua", True)],
[("Dev.ua", "01_ru.txt"), ("Dev.ua", "02_en.txt"), ("Dev.ua", "03_pl.txt")],
[("A ransomware attack encrypted Hrani Tech's internal GitLab, Jira and backup servers, and about 600 employees have worked largely offline for four days.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt"], 1),
 ("The attackers demand $1.5 million and the company will not pay.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt"], 1)])


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
        names = {n for n, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, a_list, _ in claims:
            for a in a_list:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": k}
                       for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 104 (invented events; real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
