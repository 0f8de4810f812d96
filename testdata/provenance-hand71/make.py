#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand71 set (events, people and
companies invented; media names real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: a security researcher's blog post is the origin (outside the corpus, named by the person).
# de heise online, en The Register and uk ITC.ua take the blog post directly; ru Хакер credits
# heise online (which names the researcher) -> chain edge from heise online.
story("t01_researcher_blog_router_password", "researcher_blog", {
"00_de.txt": """Kelvaro-Router: Fest eingebautes Wartungspasswort öffnet 180.000 Geräte für Angreifer
heise online
2027-03-08 14:20

In den Routern der Baureihe NX-300 des Herstellers Kelvaro steckt ein fest eingebautes Wartungskonto, über das Angreifer die Geräte aus der Ferne vollständig übernehmen können. Das schreibt der Hamburger Sicherheitsforscher Jonas Retzlaff in einem am Montag veröffentlichten Blogbeitrag.

Das Konto mit dem Namen „kvservice“ sei in allen Firmware-Versionen der Reihe 2.4 enthalten und lasse sich vom Nutzer weder ändern noch abschalten, so Retzlaff. Ist die Fernwartungsschnittstelle aktiv – nach seinen Angaben die Werkseinstellung bei vielen Providergeräten –, genüge das Passwort für einen Root-Zugang.

Bei einem eigenen Scan des IPv4-Adressraums fand der Forscher nach eigenen Angaben rund 180.000 Geräte, deren Verwaltungsoberfläche aus dem Internet erreichbar ist. Die meisten davon stünden in Deutschland, Polen und der Ukraine.

Retzlaff hatte Kelvaro nach eigener Darstellung bereits im November 2026 informiert und nach Ablauf der üblichen 90-Tage-Frist veröffentlicht. Der Hersteller habe ihm zuletzt ein Update „im zweiten Quartal“ in Aussicht gestellt. Bis dahin empfiehlt er, die Fernwartung im Menü abzuschalten.
""",
"01_en.txt": """Kelvaro routers ship with a hard-coded backdoor password, researcher says
The Register
Mon, 08 Mar 2027 17:45:00 +0000

Tens of thousands of Kelvaro home and small-office routers can be taken over remotely thanks to a maintenance account baked into the firmware, security researcher Jonas Retzlaff said in a blog post published on Monday.

According to Retzlaff's write-up, the account – named "kvservice" – exists in every 2.4.x firmware build for the NX-300 series, and its password cannot be changed or disabled by the owner. With the remote management interface switched on, the credentials hand an attacker a root shell.

Retzlaff, a freelance researcher based in Hamburg, wrote that his own internet-wide scan turned up about 180,000 of the routers with their management interface exposed, mostly in Germany, Poland and Ukraine.

He says he first contacted Kelvaro in November 2026 and went public after the standard 90-day disclosure window ran out. The vendor, the blog post says, has only promised a fix "in the second quarter". Until then, owners are advised to turn off remote management.
""",
"02_uk.txt": """У роутерах Kelvaro знайшли вшитий сервісний пароль, який дає повний доступ до пристрою
ITC.ua
09.03.2027 09:10

Роутери серії NX-300 виробника Kelvaro містять вбудований сервісний обліковий запис, через який зловмисники можуть віддалено отримати повний контроль над пристроєм. Про це у своєму блозі пише німецький дослідник безпеки Йонас Ретцлафф.

За словами дослідника, обліковий запис «kvservice» присутній в усіх версіях прошивки 2.4, а власник роутера не може ні змінити його пароль, ні вимкнути його. Якщо увімкнено інтерфейс віддаленого керування, цього пароля достатньо для root-доступу.

Ретцлафф зазначає, що повідомив Kelvaro про проблему ще в листопаді 2026 року і оприлюднив подробиці після завершення стандартного 90-денного терміну. Виробник пообіцяв оновлення лише «у другому кварталі».

Поки що власникам роутерів радять вимкнути віддалене керування в налаштуваннях.
""",
"03_ru.txt": """В роутерах Kelvaro обнаружен зашитый пароль для удалённого доступа
Хакер
9 марта 2027

В роутерах серии NX-300 производителя Kelvaro нашли служебную учётную запись с неизменяемым паролем, которая позволяет удалённо захватить устройство. Как сообщает немецкий портал heise online, ссылаясь на публикацию исследователя Йонаса Рецлаффа в его блоге, учётная запись «kvservice» есть во всех прошивках версии 2.4.

По данным heise online, при включённом интерфейсе удалённого управления пароль даёт root-доступ. Сканирование, проведённое исследователем, выявило около 180 000 уязвимых устройств, доступных из интернета, — в основном в Германии, Польше и Украине.

Kelvaro был уведомлён о проблеме в ноябре 2026 года, но исправление пообещал только во втором квартале. До выхода обновления рекомендуется отключить удалённое управление.
""",
}, [
    {"name": "Jonas Retzlaff", "in_corpus": False},
], [
    {"origin": "Jonas Retzlaff", "article": "00_de.txt"},
    {"origin": "Jonas Retzlaff", "article": "01_en.txt"},
    {"origin": "Jonas Retzlaff", "article": "02_uk.txt"},
    {"origin": "heise online", "article": "03_ru.txt"},
], [
    {"text": "Kelvaro NX-300 routers contain a hard-coded maintenance account whose password gives attackers remote root access.",
     "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "About 180,000 vulnerable Kelvaro routers are reachable from the internet.",
     "articles": ["00_de.txt", "01_en.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "Kelvaro was told in November 2026 and has only promised a fix in the second quarter.",
     "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# t02: a company's own security advisory is the origin (outside the corpus, named by the company).
# All four articles take the advisory directly. BleepingComputer's unanswered request for comment
# adds nothing and does not make it an origin.
story("t02_company_advisory_payroll_breach", "company_advisory", {
"00_de.txt": """Lohnwerk: Angreifer greifen Gehaltsdaten von rund 1900 Kundenfirmen ab
Golem.de
16.03.2027 11:30

Der Leipziger Anbieter von Lohnabrechnungssoftware Lohnwerk ist Opfer eines Cyberangriffs geworden. Unbekannte hätten zwischen dem 2. und dem 9. März Zugriff auf Abrechnungsdaten von Beschäftigten bei rund 1900 Kundenunternehmen gehabt, teilte das Unternehmen in einem Sicherheitshinweis auf seiner Website mit.

Laut dem Hinweis verschafften sich die Angreifer mit den gestohlenen Zugangsdaten eines Support-Mitarbeiters Zugang zu einem Fernwartungswerkzeug. Betroffen seien Namen, Anschriften, Steuer-Identifikationsnummern und Bankverbindungen.

„Wir bedauern diesen Vorfall zutiefst und haben den Zugang sofort gesperrt“, heißt es in dem von der Informationssicherheitschefin Katrin Oelschläger unterzeichneten Schreiben. Alle Kunden müssen ihre API-Schlüssel bis zum 23. März erneuern.

Lohnwerk hat nach eigenen Angaben die sächsische Datenschutzbehörde informiert und Strafanzeige erstattet.
""",
"01_en.txt": """German payroll provider Lohnwerk discloses breach exposing employee bank details
BleepingComputer
2027-03-16T15:05:00+00:00

German payroll software company Lohnwerk says hackers accessed the payroll data of employees at roughly 1,900 of its business customers, according to a security advisory the company published on Tuesday.

In the advisory, Lohnwerk said the attackers used stolen credentials belonging to a support employee to log into a remote support tool and had access between March 2 and March 9. Names, home addresses, tax identification numbers and bank account details were exposed.

"We deeply regret this incident and blocked the access immediately," reads the notice, signed by chief information security officer Katrin Oelschläger. The company is requiring all customers to rotate their API keys by March 23.

Lohnwerk says it has notified the data protection authority of the German state of Saxony and filed a criminal complaint. BleepingComputer contacted Lohnwerk with further questions but had not received a reply by the time of publication.
""",
"02_uk.txt": """Хакери отримали доступ до зарплатних даних клієнтів німецької компанії Lohnwerk
dev.ua
16 березня 2027, 19:40

Німецький розробник програм для нарахування зарплати Lohnwerk зазнав кібератаки: з 2 по 9 березня зловмисники мали доступ до даних працівників приблизно 1900 компаній-клієнтів. Про це йдеться в безпековому повідомленні, яке компанія розмістила на своєму сайті.

Як зазначає Lohnwerk, нападники скористалися викраденими обліковими даними працівника служби підтримки, щоб увійти до інструмента віддаленої допомоги. Під загрозою опинилися імена, адреси, податкові номери та банківські реквізити.

Усі клієнти мають замінити свої API-ключі до 23 березня. Компанія повідомила про інцидент регулятора із захисту даних Саксонії та звернулася до правоохоронців.
""",
"03_ru.txt": """Немецкий разработчик зарплатного ПО Lohnwerk сообщил о взломе
3DNews
17.03.2027 08:50

Компания Lohnwerk из Лейпцига, выпускающая программы для расчёта заработной платы, сообщила о кибератаке, в ходе которой посторонние получили доступ к данным сотрудников примерно 1900 корпоративных клиентов. Об этом говорится в бюллетене безопасности, опубликованном на сайте компании.

Согласно бюллетеню, злоумышленники воспользовались украденными учётными данными сотрудника техподдержки и со 2 по 9 марта имели доступ к инструменту удалённой поддержки. Скомпрометированы имена, адреса, налоговые номера и банковские реквизиты.

«Мы глубоко сожалеем об инциденте и немедленно заблокировали доступ», — говорится в документе за подписью директора по информационной безопасности Катрин Ольшлегер. Клиентов обязали сменить API-ключи до 23 марта.
""",
}, [
    {"name": "Lohnwerk", "in_corpus": False},
], [
    {"origin": "Lohnwerk", "article": "00_de.txt"},
    {"origin": "Lohnwerk", "article": "01_en.txt"},
    {"origin": "Lohnwerk", "article": "02_uk.txt"},
    {"origin": "Lohnwerk", "article": "03_ru.txt"},
], [
    {"text": "Attackers accessed payroll data of employees at about 1,900 Lohnwerk client companies between 2 and 9 March.",
     "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "The attackers used a support employee's stolen credentials to get into a remote support tool.",
     "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "All Lohnwerk customers must rotate their API keys by 23 March.",
     "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# t03: TechCrunch's own reporting (a vendor statement given "to TechCrunch" + a forum listing
# TechCrunch saw) is an in-corpus origin; de t3n and uk dev.ua credit TechCrunch; ru (no outlet
# line) is an uncredited close rewrite of the TechCrunch article -> edge from TechCrunch.
story("t03_techcrunch_statement_and_rewrite", "own_statement_relays_and_uncredited_rewrite", {
"00_en.txt": """Password manager Keyhearth confirms hackers stole some of its source code
TechCrunch
2027-04-06 16:10

Keyhearth, the San Francisco-based password manager startup, has confirmed that hackers broke into some of its internal code repositories.

"We recently identified unauthorized access to a limited number of internal code repositories. No customer vault data was accessed," Keyhearth spokesperson Dana Whitlow told TechCrunch in an email on Tuesday. Whitlow declined to say when the intrusion began or how the hackers got in.

The confirmation comes after TechCrunch found a listing on a well-known cybercrime forum offering what the seller claimed was Keyhearth's complete source code for $90,000. The seller posted a list of file names as proof; TechCrunch shared the list with Keyhearth, which did not dispute that the files were its own.

Keyhearth says customer vaults are encrypted on users' devices and that its servers never hold the keys needed to decrypt them. The company, which says it has about 2 million users, raised $48 million last year.
""",
"01_de.txt": """Passwortmanager Keyhearth bestätigt Diebstahl von Quellcode
t3n
6. April 2027

Unbekannte haben sich Zugriff auf interne Code-Repositorys des US-Passwortmanagers Keyhearth verschafft. Das berichtet das US-Techportal TechCrunch.

„Wir haben kürzlich einen unbefugten Zugriff auf eine begrenzte Anzahl interner Code-Repositorys festgestellt. Auf Tresordaten von Kunden wurde nicht zugegriffen“, bestätigte Keyhearth-Sprecherin Dana Whitlow gegenüber TechCrunch. Wann und wie die Angreifer eingedrungen sind, sagte sie nicht.

Laut TechCrunch wird in einem einschlägigen Cybercrime-Forum angeblich der vollständige Quellcode von Keyhearth für 90.000 US-Dollar angeboten.

Nach Angaben des Unternehmens werden die Passworttresore auf den Geräten der Nutzer verschlüsselt; die Schlüssel lägen nie auf den Servern von Keyhearth.
""",
"02_uk.txt": """Менеджер паролів Keyhearth підтвердив викрадення частини вихідного коду
dev.ua
07.04.2027 10:25

Американський стартап Keyhearth, що розробляє менеджер паролів, підтвердив, що хакери отримали доступ до частини його внутрішніх репозиторіїв коду. Про це повідомляє TechCrunch.

«Нещодавно ми виявили несанкціонований доступ до обмеженої кількості внутрішніх репозиторіїв коду. Доступу до даних сховищ клієнтів не було», — заявила речниця компанії Дана Вітлоу в коментарі TechCrunch.

За даними видання, на одному з форумів кіберзлочинців з'явилося оголошення про продаж нібито повного вихідного коду Keyhearth за 90 тисяч доларів.

У компанії наголошують, що сховища паролів шифруються на пристроях користувачів.
""",
"03_ru.txt": """Менеджер паролей Keyhearth подтвердил кражу части исходного кода
2027-04-07T12:40:00+03:00

Стартап Keyhearth из Сан-Франциско, разрабатывающий менеджер паролей, подтвердил, что хакеры проникли в некоторые из его внутренних репозиториев кода.

«Недавно мы обнаружили несанкционированный доступ к ограниченному числу внутренних репозиториев кода. Доступа к данным хранилищ клиентов не было», — заявила во вторник представитель Keyhearth Дана Уитлоу. Она отказалась уточнить, когда началось вторжение и как злоумышленники получили доступ.

Ранее на известном киберкриминальном форуме появилось объявление о продаже того, что продавец назвал полным исходным кодом Keyhearth, за 90 000 долларов. В качестве доказательства продавец выложил список имён файлов, и компания не оспорила, что файлы принадлежат ей.

По словам Keyhearth, хранилища клиентов шифруются на устройствах пользователей, а ключи для расшифровки на серверах компании не хранятся. У сервиса около 2 млн пользователей; в прошлом году стартап привлёк 48 млн долларов.
""",
}, [
    {"name": "TechCrunch", "in_corpus": True},
], [
    {"origin": "TechCrunch", "article": "01_de.txt"},
    {"origin": "TechCrunch", "article": "02_uk.txt"},
    {"origin": "TechCrunch", "article": "03_ru.txt"},
], [
    {"text": "Keyhearth confirmed unauthorized access to some of its internal code repositories, with no customer vault data accessed.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "A cybercrime forum listing offered what the seller called Keyhearth's full source code for $90,000.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
])

# t04: Bloomberg scoop (outside the corpus, anonymous people familiar) relayed by en Engadget,
# de heise online, ru CNews (no date line) and uk Економічна правда.
story("t04_bloomberg_scoop_acquisition_talks", "outside_scoop", {
"00_en.txt": """Chipmaker Calloway Micro is reportedly in talks to buy Redwatch Labs for $3.1 billion
Engadget
2027-04-20 18:30

Calloway Micro is in advanced talks to acquire endpoint security company Redwatch Labs for about $3.1 billion including debt, according to Bloomberg. People familiar with the matter told Bloomberg that a deal could be announced in the coming weeks, though the talks could still fall apart.

The Austin-based chip designer has been trying to build up a security business around the hardware-level protection features in its server processors. Redwatch, based in Boston, sells software that detects intrusions on corporate laptops and servers, and was valued at $2.2 billion in a 2025 funding round.

Neither company commented on the report, Bloomberg said. If it goes through, it would be Calloway's largest acquisition to date.
""",
"01_de.txt": """Bericht: Calloway Micro will Sicherheitsfirma Redwatch Labs übernehmen
heise online
20.04.2027 21:05

Der US-Chipentwickler Calloway Micro verhandelt offenbar über die Übernahme des Sicherheitsspezialisten Redwatch Labs. Der Kaufpreis solle einschließlich Schulden bei rund 3,1 Milliarden US-Dollar liegen, berichtet die Nachrichtenagentur Bloomberg unter Berufung auf mit den Gesprächen vertraute Personen.

Die Verhandlungen seien weit fortgeschritten, eine Einigung könne in den kommenden Wochen verkündet werden, heißt es in dem Bericht. Noch könnten die Gespräche aber scheitern.

Redwatch aus Boston bietet Software zur Angriffserkennung auf Firmenrechnern und Servern an und wurde bei einer Finanzierungsrunde 2025 mit 2,2 Milliarden US-Dollar bewertet. Calloway Micro baut seit einiger Zeit ein Sicherheitsgeschäft rund um die Schutzfunktionen seiner Serverprozessoren auf.
""",
"02_ru.txt": """Calloway Micro ведёт переговоры о покупке Redwatch Labs за 3,1 млрд долларов
CNews

Американский разработчик процессоров Calloway Micro ведёт переговоры о приобретении компании Redwatch Labs, специализирующейся на защите конечных точек. Об этом сообщает Bloomberg со ссылкой на источники, знакомые с ситуацией.

По данным агентства, сумма сделки с учётом долга может составить около 3,1 млрд долларов. Собеседники Bloomberg отмечают, что переговоры находятся на продвинутой стадии, однако ещё могут сорваться. Объявить о сделке могут уже в ближайшие недели.

В 2025 году Redwatch Labs была оценена в 2,2 млрд долларов.
""",
"03_uk.txt": """Calloway Micro може купити розробника кіберзахисту Redwatch Labs за $3,1 млрд
Економічна правда
21 квітня 2027, 08:15

Американський розробник чипів Calloway Micro веде переговори про придбання компанії з кібербезпеки Redwatch Labs приблизно за 3,1 млрд доларів з урахуванням боргу. Про це пише Bloomberg, посилаючись на обізнаних співрозмовників.

За інформацією агентства, угоду можуть оголосити вже найближчими тижнями. Водночас переговори ще можуть зірватися, зазначають джерела Bloomberg.

Redwatch Labs зі штаб-квартирою в Бостоні розробляє програми для виявлення вторгнень у корпоративні мережі. Обидві компанії відмовилися від коментарів.
""",
}, [
    {"name": "Bloomberg", "in_corpus": False},
], [
    {"origin": "Bloomberg", "article": "00_en.txt"},
    {"origin": "Bloomberg", "article": "01_de.txt"},
    {"origin": "Bloomberg", "article": "02_ru.txt"},
    {"origin": "Bloomberg", "article": "03_uk.txt"},
], [
    {"text": "Calloway Micro is in talks to acquire Redwatch Labs for about $3.1 billion including debt.",
     "articles": ["00_en.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
    {"text": "A Calloway Micro–Redwatch deal could be announced in the coming weeks, though talks could still collapse.",
     "articles": ["00_en.txt", "01_de.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
])

# t05: two independent scoops: The Verge's own (internal memo + three employees; in corpus) and
# Reuters' (two people familiar; outside the corpus). de Der Standard and uk ITC.ua relay both
# (two edges each); ru 3DNews relays only Reuters ("агентство Рейтер").
story("t05_two_scoops_smart_home_ransomware", "two_independent_scoops", {
"00_en.txt": """Homevane's three-day outage was caused by a ransomware attack, internal memo says
The Verge
2027-05-11T13:00:00+00:00

The outage that left Homevane customers unable to control their smart locks, thermostats and lights through the company's app from May 7th to May 10th was caused by a ransomware attack, according to an internal memo seen by The Verge.

In the memo, sent to staff on Monday, CEO Garrett Alcott writes that attackers "encrypted significant parts of our cloud infrastructure" and that the company had to rebuild several services from backups. Three Homevane employees, who asked not to be named because they were not authorized to speak to the press, confirmed the account to The Verge.

The memo also says Homevane will end support for its first-generation Homevane Hub, sold from 2019 to 2021, on September 30th this year, instead of in 2029 as the company had promised. According to the employees, the older hubs depend on a legacy backend that the company decided not to restore.

Homevane did not respond to a request for comment. Its status page still describes the incident only as "a service disruption".
""",
"01_de.txt": """Smart-Home-Ausfall bei Homevane: Ransomware, Lösegeld und das Aus für alte Hubs
Der Standard
12. Mai 2027

Hinter dem dreitägigen Ausfall beim US-Smart-Home-Anbieter Homevane steckt ein Ransomware-Angriff. Wie zuerst The Verge unter Berufung auf ein internes Memo von Firmenchef Garrett Alcott berichtete, verschlüsselten die Angreifer große Teile der Cloud-Infrastruktur. Kunden konnten von 7. bis 10. Mai Türschlösser, Thermostate und Lampen nicht per App steuern.

Laut dem von The Verge zitierten Memo stellt Homevane zudem den Support für die erste Generation seines Hubs bereits am 30. September ein – statt wie versprochen 2029.

Die Nachrichtenagentur Reuters meldete am Mittwoch unter Berufung auf zwei mit der Sache vertraute Personen, Homevane habe den Erpressern, der Gruppe Crimson Lathe, ein Lösegeld von 4,2 Millionen US-Dollar in Bitcoin gezahlt. Auch laut Reuters war ein Ransomware-Angriff die Ursache des Ausfalls.

Homevane selbst spricht bisher nur von einer „Dienststörung“.
""",
"02_uk.txt": """Збій Homevane спричинила атака програми-вимагача, компанія заплатила $4,2 млн — ЗМІ
ITC.ua
13.05.2027 09:30

Триденний збій американського сервісу розумного дому Homevane спричинила атака програми-вимагача. Про це незалежно одне від одного повідомили The Verge і Reuters.

The Verge ознайомився з внутрішнім листом гендиректора компанії Гаррета Олкотта, у якому йдеться, що зловмисники зашифрували значну частину хмарної інфраструктури. За даними видання, Homevane також припинить підтримку хабів першого покоління вже 30 вересня, а не у 2029 році, як обіцяла.

Агентство Reuters з посиланням на двох обізнаних співрозмовників повідомило, що компанія заплатила угрупованню Crimson Lathe викуп у розмірі 4,2 млн доларів у біткоїнах.

З 7 по 10 травня користувачі не могли керувати через застосунок замками, термостатами та освітленням.
""",
"03_ru.txt": """Homevane заплатила хакерам 4,2 млн долларов после атаки шифровальщика
3DNews
2027-05-12 19:55

Американская компания Homevane, выпускающая устройства для умного дома, заплатила выкуп в размере 4,2 млн долларов в биткоинах группировке вымогателей Crimson Lathe. Об этом сообщило агентство Рейтер со ссылкой на два источника, знакомых с ситуацией.

По данным агентства, именно атака шифровальщика вызвала сбой, из-за которого с 7 по 10 мая пользователи не могли управлять через приложение замками, термостатами и освещением.

Официально Homevane называет инцидент «нарушением работы сервиса» и не комментирует сведения о выкупе.
""",
}, [
    {"name": "The Verge", "in_corpus": True},
    {"name": "Reuters", "in_corpus": False},
], [
    {"origin": "The Verge", "article": "01_de.txt"},
    {"origin": "Reuters", "article": "01_de.txt"},
    {"origin": "The Verge", "article": "02_uk.txt"},
    {"origin": "Reuters", "article": "02_uk.txt"},
    {"origin": "Reuters", "article": "03_ru.txt"},
], [
    {"text": "Homevane's outage from 7 to 10 May was caused by a ransomware attack.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "Homevane paid a $4.2 million ransom in bitcoin to the Crimson Lathe group.",
     "articles": ["01_de.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
    {"text": "Homevane will end support for its first-generation hub on 30 September instead of in 2029.",
     "articles": ["00_en.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 1},
])

# t06: heise online's own research (tested with own accounts, insurer's spokesperson told heise
# online) is an in-corpus origin; en The Register (no outlet line, title suffix) credits heise
# online; ru Хабр credits The Register ("со ссылкой на heise online") -> edge from The Register;
# uk dev.ua (no date line) credits heise online directly.
story("t06_heise_own_research_chain", "own_research_chain", {
"00_de.txt": """Krankenkassen-App MediKasse: Arztbriefe fremder Versicherter frei abrufbar
heise online
2027-06-03 10:00

Über die App „MediKasse“ der Nordstern BKK ließen sich bis Donnerstag die Arztbriefe und Krankschreibungen fremder Versicherter abrufen. Wie Recherchen von heise online ergaben, prüfte der Server beim Abruf eines hochgeladenen Dokuments nicht, ob es zum angemeldeten Konto gehört: Es genügte, die fortlaufende Dokumentnummer in der Anfrage zu ändern.

Ein Leser hatte die Redaktion auf das Problem hingewiesen. heise online konnte die Lücke mit zwei eigens angelegten Testkonten nachvollziehen und ausschließlich eigene Testdokumente abrufen. Potenziell betroffen waren nach Angaben der Kasse die Dokumente von rund 1,1 Millionen Versicherten.

Die Nordstern BKK schloss die Lücke nach dem Hinweis von heise online innerhalb von sechs Stunden. „Wir haben bislang keine Hinweise auf einen Missbrauch“, sagte Sprecherin Henrike Bals auf Anfrage von heise online. Die Kasse hat den Bundesdatenschutzbeauftragten informiert.
""",
"01_en.txt": """German health insurer's app let anyone download other members' medical records | The Register
Thu, 03 Jun 2027 16:20:00 +0000

A flaw in the MediKasse app of German health insurer Nordstern BKK allowed anyone with an account to download other members' doctors' letters and sick notes simply by changing a sequential document number, German tech publication heise online reported on Thursday.

According to heise online, the server never checked whether a requested document belonged to the logged-in user. The publication reproduced the problem with two test accounts of its own after a reader tipped it off. Documents of around 1.1 million insured people were potentially exposed.

The insurer fixed the bug within six hours of being notified by heise, and a spokesperson told heise online there was no evidence so far that it had been abused. Germany's federal data protection commissioner has been informed.
""",
"02_ru.txt": """Приложение немецкой больничной кассы открывало чужие медицинские документы
Хабр
4 июня 2027

Уязвимость в приложении MediKasse немецкой больничной кассы Nordstern BKK позволяла любому пользователю скачивать врачебные заключения и больничные листы других застрахованных. Как пишет британское издание The Register со ссылкой на немецкий портал heise online, для этого достаточно было изменить порядковый номер документа в запросе.

По данным The Register, сервер не проверял, принадлежит ли документ авторизованному пользователю. Потенциально под угрозой были документы около 1,1 млн человек.

Касса закрыла уязвимость в течение шести часов после того, как её уведомили. Признаков злоупотребления пока не обнаружено.
""",
"03_uk.txt": """Застосунок німецької лікарняної каси відкривав чужі медичні документи
dev.ua

Через вразливість у застосунку MediKasse німецької лікарняної каси Nordstern BKK будь-хто міг завантажити медичні висновки та лікарняні інших застрахованих, змінивши номер документа в запиті. Про це повідомило німецьке технологічне видання heise online.

Журналісти heise online відтворили проблему на двох тестових акаунтах після підказки читача. Потенційно йшлося про документи близько 1,1 млн застрахованих.

Каса усунула вразливість за шість годин після повідомлення від редакції. Речниця Nordstern BKK Генріке Бальс сказала heise online, що ознак зловживань наразі не виявлено.
""",
}, [
    {"name": "heise online", "in_corpus": True},
], [
    {"origin": "heise online", "article": "01_en.txt"},
    {"origin": "The Register", "article": "02_ru.txt"},
    {"origin": "heise online", "article": "03_uk.txt"},
], [
    {"text": "Nordstern BKK's MediKasse app let users download other insured people's medical documents by changing a sequential document number.",
     "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
    {"text": "Documents of about 1.1 million insured people were potentially exposed.",
     "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
    {"text": "The insurer closed the flaw within six hours of being notified.",
     "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 71 (technology and cybersecurity news; real media names, "
                       "invented companies, people and events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
