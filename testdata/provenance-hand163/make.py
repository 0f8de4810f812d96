#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand163 set.

Real media names are used as outlets; every event, platform, person, figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: de Volkskrant's own scoop (three anonymous moderators + internal documents + Vyndr's denial
# to the paper), relayed by Der Spiegel ("wie … unter Berufung auf … berichtet"), Rzeczpospolita
# ("Jak podaje …, powołując się na", "Według", unanswered own request) and The Guardian ("reported on
# Tuesday, citing", "told the paper", unanswered own request).
story("m01_vyndr_dutch_moderators", "scoop", {
"00_nl.txt": """Videoplatform Vyndr schrapt driekwart van Nederlandstalige moderatoren
de Volkskrant
4 mei 2027, 05:00

Door Sanne Vermeulen

Het populaire videoplatform Vyndr heeft het team dat Nederlandstalige video's controleert op haatzaaien, geweld en desinformatie in korte tijd teruggebracht van ongeveer 140 naar 35 moderatoren. Dat zeggen drie moderatoren die bij een onderaannemer van Vyndr in Lissabon werken tegen de Volkskrant. Zij willen anoniem blijven, omdat ze vrezen hun baan te verliezen.

Volgens de moderatoren kregen de meeste collega's eind maart te horen dat hun contract niet werd verlengd. Hun werk wordt sindsdien grotendeels overgenomen door een automatisch systeem. 'Meldingen over haatzaaien in het Nederlands blijven nu soms negen dagen liggen', zegt een van hen. 'Vroeger was dat hooguit een dag.'

Interne planningsdocumenten die de Volkskrant heeft ingezien, bevestigen dat beeld. In een presentatie van februari staat dat de 'menselijke beoordeling' voor 'kleinere EU-talen', waaronder het Nederlands, dit jaar met 75 procent omlaag moet. De operatie heet intern 'Project Lantern'.

Een woordvoerder van Vyndr ontkent tegenover de Volkskrant dat het bedrijf minder capaciteit inzet voor Nederlandstalige content. 'We hebben onze teams gereorganiseerd en investeren fors in technologie. De veiligheid van onze gebruikers blijft voorop staan.' Op vragen over het aantal moderatoren ging hij niet in.

In zijn laatste transparantieverslag, dat het platform in februari publiceerde zoals de Europese digitaledienstenverordening (DSA) voorschrijft, meldde Vyndr nog 141 Nederlandstalige moderatoren. De Autoriteit Consument & Markt (ACM), die in Nederland toezicht houdt op de naleving van de DSA, zegt in een reactie 'signalen als deze zeer serieus' te nemen.
""",
"01_de.txt": """Niederlande: Videoplattform Vyndr soll Großteil seiner Moderatoren entlassen haben
DER SPIEGEL
04.05.2027, 17.42 Uhr

Die Videoplattform Vyndr hat ihr Team für niederländischsprachige Inhalte offenbar drastisch verkleinert. Wie die niederländische Zeitung „de Volkskrant“ unter Berufung auf drei Moderatoren berichtet, die für einen Dienstleister von Vyndr in Lissabon arbeiten, sank die Zahl der Prüferinnen und Prüfer von etwa 140 auf 35. Die Moderatoren wollten anonym bleiben.

Die meisten Verträge seien Ende März nicht verlängert worden, heißt es in dem Bericht. An die Stelle der Menschen trete zunehmend eine automatisierte Prüfung. Meldungen über Hassrede blieben inzwischen bis zu neun Tage liegen, zitiert die Zeitung einen der Moderatoren. Die „Volkskrant“ beruft sich zudem auf interne Planungsunterlagen, wonach die menschliche Prüfung für „kleinere EU-Sprachen“ in diesem Jahr um 75 Prozent reduziert werden soll.

Ein Vyndr-Sprecher bestritt gegenüber dem Blatt, dass das Unternehmen weniger Kapazitäten für niederländischsprachige Inhalte einsetze. Man habe die Teams lediglich neu aufgestellt.

Sehr große Plattformen müssen nach dem Digital Services Act (DSA) der EU in regelmäßigen Transparenzberichten offenlegen, wie viele Moderatorinnen und Moderatoren sie für jede Amtssprache beschäftigen. Ob auch die deutschsprachigen Teams von Vyndr von Kürzungen betroffen sind, ist unklar.
""",
"02_pl.txt": """Vyndr zwolnił większość moderatorów. Holenderska prasa: ze 140 osób zostało 35
Rzeczpospolita
05.05.2027 08:15

Platforma wideo Vyndr drastycznie ograniczyła zespół, który sprawdza treści publikowane po niderlandzku. Jak podaje holenderski dziennik „de Volkskrant”, powołując się na relacje trzech moderatorów zatrudnionych przez podwykonawcę Vyndr w Lizbonie, liczba osób weryfikujących zgłoszenia spadła z ok. 140 do 35. Rozmówcy gazety zastrzegli sobie anonimowość.

Według „de Volkskrant” większości moderatorów pod koniec marca nie przedłużono umów, a ich pracę przejął w dużej mierze zautomatyzowany system. Zgłoszenia dotyczące mowy nienawiści czekają teraz na rozpatrzenie nawet dziewięć dni – twierdzi jeden z moderatorów cytowanych przez dziennik. Gazeta dotarła też do wewnętrznej prezentacji, z której wynika, że udział „ludzkiej weryfikacji” w przypadku „mniejszych języków UE” ma zostać w tym roku zmniejszony o 75 proc.

Przedstawiciel Vyndr zaprzeczył w rozmowie z holenderskim dziennikiem, by firma ograniczyła zasoby przeznaczone na treści w języku niderlandzkim. Jak stwierdził, zespoły zostały jedynie zreorganizowane.

Nie wiadomo, czy zmiany objęły także moderatorów polskojęzycznych. Vyndr nie odpowiedział na pytania „Rzeczpospolitej”.

Unijny akt o usługach cyfrowych (DSA) zobowiązuje największe platformy do zapewnienia odpowiedniej moderacji treści we wszystkich językach UE, w których świadczą usługi.
""",
"03_en.txt": """Video app Vyndr cut Dutch moderation team by three-quarters, report says
The Guardian
Tue 4 May 2027 19.30 BST

The video-sharing app Vyndr has cut the team that reviews Dutch-language content on its platform from about 140 people to 35, the Dutch newspaper de Volkskrant reported on Tuesday, citing three moderators who spoke on condition of anonymity.

The moderators, who work for a contractor in Lisbon, told the paper that most of their colleagues were informed at the end of March that their contracts would not be renewed, and that much of their work had been handed to an automated system. Reports of hate speech in Dutch now sometimes waited up to nine days to be reviewed, one of them said.

De Volkskrant also said it had seen internal planning documents setting a target of reducing "human review" for "smaller EU languages" by 75% this year.

A Vyndr spokesperson told the paper the company had not reduced its capacity for Dutch-language content and had only reorganised its teams. Vyndr did not respond to a request for comment from the Guardian.

The report is likely to add to pressure on platforms over how they police content in languages other than English. Under the EU's Digital Services Act, the largest platforms must publish the number of moderators they employ for each official EU language. The UK's Online Safety Act contains no comparable language-by-language disclosure rule.
""",
}, [{"name": "de Volkskrant", "in_corpus": True}],
[{"origin": "de Volkskrant", "article": "01_de.txt"},
 {"origin": "de Volkskrant", "article": "02_pl.txt"},
 {"origin": "de Volkskrant", "article": "03_en.txt"}],
[{"text": "Vyndr cut its Dutch-language moderation team from about 140 to 35 moderators.",
  "articles": ["00_nl.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Reports of hate speech in Dutch now wait up to nine days to be reviewed.",
  "articles": ["00_nl.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Vyndr denied reducing its capacity for Dutch-language content, saying it had only reorganised its teams.",
  "articles": ["00_nl.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1}])

# m02: the European Commission's own published press release (preliminary DSA findings against
# Parloo) taken directly by Le Monde ("dans un communiqué publié sur son site", "Selon la
# Commission"), Європейська правда ("Про це йдеться у заяві Єврокомісії, оприлюдненій"), NOS
# ("Dat maakte de Commissie … bekend in een persbericht"; background mention of NRC = no relay) and
# a Russian article without outlet line ("говорится в сообщении Еврокомиссии", "По данным ведомства").
story("m02_commission_parloo_findings", "institution", {
"00_fr.txt": """Bruxelles accuse le réseau social Parloo d'enfreindre le règlement européen sur les services numériques
Le Monde
Publié le 12 mai 2027 à 14h10

La Commission européenne a estimé, mercredi 12 mai, à titre préliminaire, que le réseau social Parloo ne respectait pas plusieurs obligations du règlement sur les services numériques (DSA). Dans un communiqué publié sur son site, l'exécutif européen reproche à la plateforme, qui revendique 58 millions d'utilisateurs mensuels dans l'Union, de ne pas donner aux chercheurs l'accès à ses données prévu par le texte.

Selon la Commission, Parloo n'a accepté que 9 des 212 demandes d'accès déposées depuis un an par des équipes universitaires, le plus souvent sans justifier ses refus. Bruxelles pointe aussi les lacunes du registre public des publicités : pour près de 40 % des annonces politiques examinées par ses services, le nom de celui qui les avait financées n'apparaissait pas.

« La transparence n'est pas une option pour les très grandes plateformes », écrit la Commission, qui précise que ces conclusions ne préjugent pas de l'issue de l'enquête, ouverte en octobre 2026. Parloo peut désormais consulter le dossier et répondre par écrit. Si les manquements étaient confirmés, l'entreprise, fondée à Tallinn en 2019, s'exposerait à une amende pouvant atteindre 6 % de son chiffre d'affaires mondial annuel.

Sollicité par Le Monde, Parloo n'a pas donné suite dans l'immédiat. Le réseau social, très utilisé par les 18-30 ans en Europe centrale et dans les pays baltes, avait déjà modifié ses conditions d'utilisation au printemps après des plaintes d'associations de consommateurs.
""",
"01_uk.txt": """Єврокомісія попередньо визнала, що соцмережа Parloo порушує Акт про цифрові послуги
Європейська правда
12 травня 2027, 16:25

Європейська комісія дійшла попереднього висновку, що соціальна мережа Parloo порушує Акт ЄС про цифрові послуги (DSA), зокрема не надає дослідникам доступу до своїх даних.

Про це йдеться у заяві Єврокомісії, оприлюдненій у середу на її сайті.

Як зазначають у Брюсселі, за останній рік платформа задовольнила лише 9 із 212 запитів науковців на доступ до даних, причому здебільшого відмовляла без пояснень. Крім того, у публічному реєстрі реклами Parloo майже для 40% перевірених політичних оголошень не було вказано, хто за них заплатив.

«Прозорість не є опцією для дуже великих онлайн-платформ», – наголошують в Єврокомісії.

У заяві уточнюється, що попередні висновки не визначають остаточного результату розслідування. Parloo може ознайомитися з матеріалами справи та письмово відповісти на претензії. Якщо порушення підтвердяться, компанії загрожує штраф у розмірі до 6% її річного світового обороту.

Розслідування щодо Parloo Єврокомісія відкрила в жовтні 2026 року. Платформою щомісяця користуються близько 58 млн людей у ЄС.

Нагадаємо, Акт про цифрові послуги набув чинності для найбільших онлайн-платформ у 2023 році і зобов'язує їх, серед іншого, оцінювати ризики поширення дезінформації.
""",
"02_nl.txt": """Brussel: sociaal netwerk Parloo houdt onderzoekers buiten de deur
NOS
12-05-2027 15:02

Het sociale netwerk Parloo overtreedt volgens de Europese Commissie de Europese digitaledienstenverordening (DSA). Dat maakte de Commissie vandaag bekend in een persbericht. Het gaat om voorlopige bevindingen: Parloo kan nog reageren voordat Brussel een definitief besluit neemt.

Volgens de Commissie geeft Parloo wetenschappers vrijwel geen toegang tot zijn gegevens, terwijl de wet grote platforms daartoe verplicht. Van de 212 aanvragen die onderzoekers het afgelopen jaar indienden, werden er maar 9 gehonoreerd. Ook is de advertentiebibliotheek van het platform onvolledig: bij bijna 40 procent van de onderzochte politieke advertenties stond niet wie ervoor had betaald.

Als de overtredingen worden bevestigd, kan Parloo een boete krijgen van maximaal 6 procent van de wereldwijde jaaromzet. Het platform heeft in de EU zo'n 58 miljoen maandelijkse gebruikers.

Onderzoekers in Nederland klagen al langer over de opstelling van het bedrijf. NRC berichtte vorig jaar al over een Nederlandse onderzoeksgroep die na maanden wachten nog altijd geen gegevens van Parloo had gekregen.

Parloo was vanmiddag niet bereikbaar voor commentaar.
""",
"03_ru.txt": """Еврокомиссия обвинила соцсеть Parloo в нарушении закона о цифровых услугах
12.05.2027, 19:40

Европейская комиссия по итогам предварительного расследования пришла к выводу, что социальная сеть Parloo нарушает Закон о цифровых услугах ЕС (DSA). Об этом говорится в сообщении Еврокомиссии, опубликованном в среду.

По данным ведомства, платформа почти не предоставляет исследователям доступ к своим данным, хотя закон обязывает крупные онлайн-платформы это делать: за последний год Parloo удовлетворила лишь 9 из 212 запросов ученых. Кроме того, в публичном архиве рекламы соцсети почти у 40% проверенных политических объявлений не был указан заказчик.

В Еврокомиссии подчеркнули, что выводы носят предварительный характер. Parloo может ознакомиться с материалами дела и направить письменные возражения. Если нарушения подтвердятся, компании грозит штраф в размере до 6% ее годового мирового оборота.

Parloo, основанная в 2019 году в Таллине, насчитывает около 58 млн активных пользователей в месяц в странах ЕС. Расследование в отношении нее Брюссель начал в октябре 2026 года.
""",
}, [{"name": "European Commission", "in_corpus": False}],
[{"origin": "European Commission", "article": "00_fr.txt"},
 {"origin": "European Commission", "article": "01_uk.txt"},
 {"origin": "European Commission", "article": "02_nl.txt"},
 {"origin": "European Commission", "article": "03_ru.txt"}],
[{"text": "The European Commission preliminarily found that Parloo breaches the Digital Services Act.",
  "articles": ["00_fr.txt", "01_uk.txt", "02_nl.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Parloo granted only 9 of 212 researcher requests for access to its data.",
  "articles": ["00_fr.txt", "01_uk.txt", "02_nl.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "If the breaches are confirmed, Parloo faces a fine of up to 6% of its global annual turnover.",
  "articles": ["00_fr.txt", "01_uk.txt", "02_nl.txt", "03_ru.txt"], "independent_sources": 1}])

# m03: chain. Коммерсантъ's own scoop (two anonymous sources at operators, "рассказали “Ъ”",
# unanswered request) -> Українська правда ("пише російське видання «Коммерсант» з посиланням на",
# "За даними «Коммерсанта»") -> Onet ("podaje „Ukraińska Prawda”, powołując się na rosyjski dziennik
# „Kommiersant”", "Według „Ukraińskiej Prawdy”"): Onet's edge comes from Українська правда.
# The Moscow Times credits Kommersant directly.
story("m03_kommersant_tropa_throttling", "chain", {
"00_ru.txt": """Видеосервис Tropa притормозят с 1 июня
Коммерсантъ
18.05.2027, 06:12

Роскомнадзор (РКН) поручил крупнейшим операторам связи с 1 июня замедлить скорость загрузки видеосервиса Tropa на 50%. Об этом “Ъ” рассказали два источника в крупных операторах. По словам одного из них, соответствующее письмо ведомства поступило в конце прошлой недели, замедление сначала будет протестировано в Москве и Новосибирске.

Поводом, как утверждают собеседники “Ъ”, стал отказ сервиса удалить около 3,4 тыс. роликов, которые РКН с начала года признал запрещенными. Речь идет в основном о видео с «недостоверной общественно значимой информацией», уточнил один из источников. Tropa, по его словам, ограничила доступ к части роликов только для пользователей из России, но ведомство это не устроило.

Технически замедление не составит труда, отмечает собеседник “Ъ” в одном из операторов: «Оборудование уже стоит на сетях, это вопрос настройки, а не закупок».

В РКН на запрос “Ъ” не ответили. В Tropa оперативно прокомментировать ситуацию не смогли.

Tropa, основанная в 2021 году в Алма-Ате, позволяет публиковать короткие вертикальные видео и особенно популярна у подростков. По данным Mediascope, ежемесячная аудитория сервиса в России в апреле составила около 9 млн человек.

Тимофей Ершов
""",
"01_uk.txt": """У Росії з 1 червня сповільнять відеосервіс Tropa – ЗМІ
Українська правда
Вівторок, 18 травня 2027, 11:47

Російський Роскомнагляд доручив найбільшим операторам зв'язку з 1 червня сповільнити відеосервіс Tropa на 50%.

Про це пише російське видання «Коммерсант» з посиланням на два джерела в операторах зв'язку.

Деталі: За даними «Коммерсанта», відповідний лист відомства надійшов операторам наприкінці минулого тижня. Спершу сповільнення протестують у Москві та Новосибірську.

Приводом стала відмова Tropa видалити близько 3,4 тисячі відео, які Роскомнагляд від початку року визнав забороненими. Йдеться здебільшого про ролики з «недостовірною суспільно значущою інформацією» – так у Росії називають, зокрема, критику війни проти України.

Як зазначає видання, Tropa обмежила доступ до частини роликів лише для користувачів з Росії, однак російське відомство це не влаштувало.

У Роскомнагляді на запит видання не відповіли, у Tropa оперативно прокоментувати ситуацію не змогли.

Передісторія: Tropa заснували у 2021 році в Алмати, сервіс особливо популярний серед підлітків. Його щомісячна аудиторія в Росії становить близько 9 млн людей.
""",
"02_pl.txt": """Rosja spowolni popularną aplikację wideo. Powód? Nie chciała usuwać filmów
Onet
19 maja 2027, 07:30

Rosyjski regulator Roskomnadzor nakazał największym operatorom komórkowym spowolnienie o połowę działania serwisu wideo Tropa od 1 czerwca — podaje „Ukraińska Prawda”, powołując się na rosyjski dziennik „Kommiersant”.

Jak pisze ukraiński portal, pismo w tej sprawie trafiło do operatorów pod koniec ubiegłego tygodnia. Spowolnienie ma zostać najpierw przetestowane w Moskwie i Nowosybirsku.

Powodem decyzji ma być odmowa usunięcia przez Tropę ok. 3,4 tys. filmów, które rosyjskie władze od początku roku uznały za zakazane. Chodzi głównie o nagrania zawierające — według terminologii Kremla — „nieprawdziwe informacje o znaczeniu społecznym”. Tak Rosjanie określają m.in. krytykę wojny w Ukrainie. Według „Ukraińskiej Prawdy” serwis zablokował część nagrań wyłącznie dla użytkowników z Rosji, ale to nie zadowoliło Roskomnadzoru.

Tropa to założona w 2021 r. w Ałmaty aplikacja do publikowania krótkich pionowych filmów, szczególnie popularna wśród nastolatków. Miesięcznie korzysta z niej w Rosji ok. 9 mln osób.

Rosyjskie władze w ostatnich latach wielokrotnie ograniczały dostęp do zagranicznych platform. Spowalnianie serwisów stało się jednym z ulubionych narzędzi Roskomnadzoru, bo jest mniej widoczne dla użytkowników niż całkowita blokada.
""",
"03_en.txt": """Russia Orders Throttling of Teen-Favorite Video App Tropa – Kommersant
The Moscow Times
May 18, 2027

Russia's media regulator Roskomnadzor has instructed the country's largest mobile operators to slow down the short-video app Tropa by 50% starting June 1, the Kommersant business daily reported Tuesday, citing two sources at major operators.

The regulator sent the operators a letter late last week, and the slowdown will first be tested in Moscow and Novosibirsk, one of Kommersant's sources said.

The move follows Tropa's refusal to delete around 3,400 videos that Roskomnadzor has designated as banned since the start of the year, according to the newspaper. Most of the videos were flagged for allegedly spreading "unreliable socially significant information," a label Russian authorities have applied to reporting and commentary critical of the war in Ukraine.

Tropa restricted access to some of the videos for users in Russia only, but that did not satisfy the regulator, Kommersant's sources said.

Roskomnadzor did not respond to a request for comment from The Moscow Times. Tropa, which was founded in Almaty in 2021, did not immediately reply to an emailed request for comment.

The app is especially popular among teenagers and had around 9 million monthly users in Russia in April, according to the media measurement company Mediascope.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_uk.txt"},
 {"origin": "Українська правда", "article": "02_pl.txt"},
 {"origin": "Коммерсантъ", "article": "03_en.txt"}],
[{"text": "Roskomnadzor instructed the largest operators to slow down the video service Tropa by 50% from 1 June.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The slowdown follows Tropa's refusal to delete about 3,400 videos the regulator designated as banned.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1}])

# m04: heise online's own test (first person plural, "auf Anfrage von heise online"); 01_pl.txt is
# an uncredited close Polish translation without outlet and date line (keeps "nasz test",
# "w odpowiedzi na pytania redakcji" and even the German regulator's answer "na nasze pytania");
# 01net ("Selon le site spécialisé allemand heise online", "Nos confrères", "rapporte heise") and
# Суспільне ("Про це пише німецьке технологічне видання heise online", "За даними видання").
story("m04_heise_flokk_age_check", "translation", {
"00_de.txt": """Flokk: Altersprüfung lässt sich mit zwei Klicks aushebeln
heise online
20.05.2027 10:31 Uhr

Von Jana Klee

Die seit April in der EU aktive Altersprüfung der Foto-App Flokk lässt sich mit einfachsten Mitteln umgehen. Das zeigt ein Test von heise online. Wir haben vier neue Konten angelegt und dabei jeweils ein Alter von 14 Jahren angegeben. Anschließend änderten wir in den Kontoeinstellungen das Geburtsdatum auf ein Datum, das mehr als 18 Jahre zurückliegt – eine erneute Prüfung fand in keinem der vier Fälle statt. Die Konten hatten danach vollen Zugriff auf Direktnachrichten von Fremden und auf Inhalte, die Flokk für Minderjährige eigentlich sperrt.

Flokk hatte die Altersprüfung Anfang April mit großem Aufwand angekündigt. Beim Anlegen eines Kontos schätzt eine KI das Alter anhand eines Selfies. Genau dieser Schritt wird bei einer späteren Änderung des Geburtsdatums aber offenbar nicht wiederholt.

Eine Flokk-Sprecherin sagte auf Anfrage von heise online: „Wir nehmen die Hinweise sehr ernst und prüfen sie.“ Eine Korrektur solle „in den kommenden Wochen“ ausgerollt werden. Wie viele Nutzer die Lücke bereits ausgenutzt haben, konnte sie nicht sagen.

Die Bundesnetzagentur, die in Deutschland als Koordinator für digitale Dienste fungiert, teilte auf unsere Anfrage mit, man stehe in der Sache mit der irischen Medienaufsicht Coimisiún na Meán in Kontakt, die für Flokk federführend zuständig sei. Die EU-Kommission hatte bereits 2025 Leitlinien zum Schutz Minderjähriger nach dem Digital Services Act veröffentlicht, die eine „zuverlässige“ Altersprüfung verlangen.
""",
"01_pl.txt": """Weryfikację wieku w aplikacji Flokk można obejść dwoma kliknięciami

Wprowadzoną w kwietniu w UE weryfikację wieku w aplikacji fotograficznej Flokk można obejść w najprostszy sposób. Pokazał to nasz test. Założyliśmy cztery nowe konta, za każdym razem podając wiek 14 lat. Następnie w ustawieniach konta zmieniliśmy datę urodzenia na datę sprzed ponad 18 lat – w żadnym z czterech przypadków nie przeprowadzono ponownej weryfikacji. Konta uzyskały potem pełny dostęp do wiadomości prywatnych od nieznajomych oraz do treści, które Flokk w założeniu blokuje dla nieletnich.

Flokk zapowiadał weryfikację wieku z wielkim rozmachem na początku kwietnia. Przy zakładaniu konta sztuczna inteligencja szacuje wiek na podstawie selfie. Właśnie ten krok najwyraźniej nie jest powtarzany przy późniejszej zmianie daty urodzenia.

Rzeczniczka Flokk powiedziała w odpowiedzi na pytania redakcji: „Traktujemy te sygnały bardzo poważnie i je sprawdzamy”. Poprawka ma zostać wdrożona „w ciągu najbliższych tygodni”. Nie potrafiła powiedzieć, ilu użytkowników wykorzystało już lukę.

Federalna Agencja Sieci (Bundesnetzagentur), która w Niemczech pełni funkcję koordynatora ds. usług cyfrowych, poinformowała w odpowiedzi na nasze pytania, że kontaktuje się w tej sprawie z irlandzkim regulatorem mediów Coimisiún na Meán, wiodącym organem nadzoru dla Flokk. Komisja Europejska już w 2025 r. opublikowała wytyczne dotyczące ochrony nieletnich na podstawie aktu o usługach cyfrowych, które wymagają „niezawodnej” weryfikacji wieku.
""",
"02_fr.txt": """Flokk : la vérification de l'âge de l'application se contourne en deux clics
01net
20/05/2027 à 16:05

La vérification de l'âge mise en place en avril par l'application de partage de photos Flokk dans l'Union européenne n'a rien d'un rempart. Selon le site spécialisé allemand heise online, il suffit de modifier sa date de naissance dans les paramètres du compte pour lever les restrictions prévues pour les mineurs.

Nos confrères ont créé quatre comptes en déclarant à chaque fois un âge de 14 ans, avant de changer la date de naissance pour se déclarer majeurs. Dans les quatre cas, aucune nouvelle vérification n'a été déclenchée, rapporte heise. Les comptes ont alors eu accès aux messages privés d'inconnus et aux contenus normalement bloqués pour les moins de 18 ans.

Lors de l'inscription, Flokk fait estimer l'âge de l'utilisateur par une intelligence artificielle à partir d'un selfie. Mais cette étape n'est visiblement pas répétée quand la date de naissance est modifiée par la suite.

Une porte-parole de Flokk a indiqué à heise online que l'entreprise prenait « ces signalements très au sérieux » et qu'un correctif serait déployé « dans les prochaines semaines ». Elle n'a pas été en mesure de dire combien d'utilisateurs avaient déjà exploité la faille.

En France, le débat sur la vérification de l'âge sur les réseaux sociaux a été relancé ces derniers mois, alors que plusieurs pays européens envisagent d'interdire ces plateformes aux moins de 15 ans.
""",
"03_uk.txt": """Перевірку віку в застосунку Flokk можна обійти за два кліки — тест heise online
Суспільне
20 травня 2027 р., 18:20

Систему перевірки віку, яку застосунок для обміну фото Flokk запровадив у квітні в країнах ЄС, можна легко обійти. Про це пише німецьке технологічне видання heise online, журналісти якого протестували застосунок.

Редакція створила чотири нові акаунти, щоразу вказуючи вік 14 років. Згодом у налаштуваннях акаунта журналісти змінили дату народження на таку, що відповідала повноліттю. За даними видання, повторної перевірки не відбулося в жодному з чотирьох випадків. Після цього акаунти отримали доступ до приватних повідомлень від незнайомців та до контенту, який Flokk мав би блокувати для неповнолітніх.

Під час реєстрації Flokk оцінює вік користувача за допомогою штучного інтелекту на основі селфі. Однак при подальшій зміні дати народження цей крок, як з'ясували журналісти heise online, не повторюється.

Речниця Flokk повідомила виданню, що компанія «дуже серйозно ставиться до цих сигналів» і розгорне виправлення «протягом найближчих тижнів».

Flokk особливо популярний серед підлітків 13–16 років. У 2025 році Єврокомісія опублікувала настанови щодо захисту неповнолітніх в інтернеті, які вимагають від платформ «надійної» перевірки віку.
""",
}, [{"name": "heise online", "in_corpus": True}],
[{"origin": "heise online", "article": "01_pl.txt"},
 {"origin": "heise online", "article": "02_fr.txt"},
 {"origin": "heise online", "article": "03_uk.txt"}],
[{"text": "Flokk's age verification can be bypassed by changing the date of birth in the account settings.",
  "articles": ["00_de.txt", "01_pl.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Flokk said it would roll out a fix in the coming weeks.",
  "articles": ["00_de.txt", "01_pl.txt", "02_fr.txt", "03_uk.txt"], "independent_sources": 1}])

# m05: Financial Times scoop (three people familiar, company statement to the FT, Commission
# declined). Handelsblatt relays it ("Wie die „Financial Times“ (FT) unter Berufung auf …
# berichtet") and adds its own confirmation ("Auf Anfrage des Handelsblatts bestätigte ein
# Sprecher der Kommission") -> edge + own origin. Les Echos ("Selon le « Financial Times »",
# "D'après le quotidien britannique") and РБК ("сообщила газета Financial Times со ссылкой на",
# "пишет FT", unanswered own request) relay plainly; Het Financieele Dagblad credits both the FT
# and Handelsblatt's confirmation: two edges.
story("m05_ft_quillo_fine", "confirmation", {
"00_en.txt": """EU set to fine online marketplace Quillo over illegal product listings
Financial Times
2027-06-07T04:00:00Z

Clara Whitmore in Brussels

Brussels is preparing to fine the online marketplace Quillo about €310mn for failing to act on warnings about dangerous and counterfeit products sold on its platform, in what would be one of the largest penalties yet under the EU's landmark content moderation rules.

The European Commission is finalising a decision that concludes Quillo breached the Digital Services Act by ignoring or delaying action on tens of thousands of notices from consumers and national authorities, according to three people familiar with the matter.

The decision could come before the summer break at the end of July, two of the people said, although the timing could still slip and the amount could change.

Among the listings that stayed online for weeks after being flagged were children's toys containing banned levels of phthalates and fake car parts, one of the people said. "They built a notice system that looks good on paper and then simply did not staff it," said another.

Quillo, which was founded in Vilnius in 2018 and has about 70mn monthly users in the EU, combines a marketplace with social features such as live-stream sales. It said it "has cooperated fully with the Commission throughout the investigation" and declined to comment further.

The Commission declined to comment.

The fine would be the latest test of the DSA, under which companies can be fined up to 6 per cent of their global annual turnover. Quillo's revenue last year was about €5.2bn, according to its annual report.
""",
"01_de.txt": """EU-Kommission bereitet Millionenstrafe gegen Onlinemarktplatz Quillo vor
Handelsblatt
07.06.2027 - 12:45 Uhr

Brüssel. Die EU-Kommission will offenbar eine der bislang höchsten Strafen nach dem Digital Services Act (DSA) verhängen. Wie die „Financial Times“ (FT) unter Berufung auf drei mit der Angelegenheit vertraute Personen berichtet, soll der litauische Onlinemarktplatz Quillo rund 310 Millionen Euro zahlen. Quillo habe Zehntausende Hinweise von Verbrauchern und Behörden auf gefährliche und gefälschte Produkte ignoriert oder zu spät bearbeitet.

Auf Anfrage des Handelsblatts bestätigte ein Sprecher der Kommission, dass das Verfahren gegen Quillo „in der Schlussphase“ sei und ein Beschluss über eine Geldbuße vorbereitet werde. Zur Höhe der Strafe wollte er sich nicht äußern.

Quillo erklärte laut FT, man habe „während der gesamten Untersuchung vollständig mit der Kommission kooperiert“.

Die 2018 in Vilnius gegründete Plattform verbindet einen Marktplatz mit sozialen Funktionen wie Livestream-Verkäufen und hat nach eigenen Angaben rund 70 Millionen monatliche Nutzer in der EU. Auch in Deutschland ist sie umstritten: Verbraucherschützer hatten sich im vergangenen Herbst über Spielzeug mit verbotenen Weichmachern beschwert, das auf Quillo angeboten wurde.

Nach dem DSA können Strafen von bis zu sechs Prozent des weltweiten Jahresumsatzes verhängt werden.
""",
"02_fr.txt": """Bruxelles s'apprête à infliger une amende de 310 millions d'euros à la plateforme Quillo
Les Echos
Publié le 7 juin 2027 à 11:20

La Commission européenne prépare une lourde sanction contre Quillo. Selon le « Financial Times », qui cite trois sources proches du dossier, Bruxelles s'apprête à infliger à la place de marché en ligne une amende d'environ 310 millions d'euros pour ne pas avoir agi contre des produits dangereux ou contrefaits vendus sur sa plateforme.

D'après le quotidien britannique, la Commission estime que Quillo a violé le règlement sur les services numériques (DSA) en ignorant ou en traitant avec retard des dizaines de milliers de signalements de consommateurs et d'autorités nationales. La décision pourrait tomber avant la pause estivale, fin juillet, même si le calendrier peut encore glisser.

Parmi les annonces restées en ligne pendant des semaines figuraient des jouets contenant des phtalates interdits et de fausses pièces automobiles, précise le « FT ».

Fondée à Vilnius en 2018, Quillo mêle place de marché et fonctionnalités sociales, comme la vente en direct. Elle revendique environ 70 millions d'utilisateurs mensuels dans l'UE. Interrogée par le journal britannique, l'entreprise a assuré avoir « pleinement coopéré » avec la Commission.

Le DSA permet d'infliger des amendes allant jusqu'à 6 % du chiffre d'affaires mondial. En France, plusieurs associations de consommateurs avaient déjà alerté l'an dernier sur la présence de produits non conformes sur la plateforme.
""",
"03_ru.txt": """FT узнала о подготовке штрафа ЕС для маркетплейса Quillo на €310 млн
РБК
7 июня 2027, 13:05

Европейская комиссия готовит штраф против литовского онлайн-маркетплейса Quillo в размере около €310 млн. Об этом сообщила газета Financial Times со ссылкой на три источника, знакомых с ситуацией.

Как пишет FT, Еврокомиссия пришла к выводу, что Quillo нарушила Закон о цифровых услугах (Digital Services Act, DSA): компания игнорировала или с опозданием обрабатывала десятки тысяч жалоб потребителей и национальных ведомств на опасные и контрафактные товары. Среди объявлений, которые оставались на платформе неделями, были детские игрушки с запрещенными фталатами и поддельные автозапчасти.

Решение может быть принято до летнего перерыва в конце июля, уточнили два собеседника издания. При этом сроки и сумма еще могут измениться.

В Quillo газете заявили, что компания «в полной мере сотрудничала с Еврокомиссией на протяжении всего расследования». В Еврокомиссии от комментариев отказались.

Quillo была основана в Вильнюсе в 2018 году, ее ежемесячная аудитория в ЕС составляет около 70 млн пользователей. По DSA компании могут быть оштрафованы на сумму до 6% годовой мировой выручки.

РБК направил запрос в пресс-службу Quillo.
""",
"04_nl.txt": """Brussel wil Litouws platform Quillo miljoenenboete opleggen
Het Financieele Dagblad
7 juni 2027 16:48

De Europese Commissie bereidt een boete van ongeveer €310 mln voor tegen de online marktplaats Quillo. Dat meldt de Britse zakenkrant Financial Times op basis van drie ingewijden. Een woordvoerder van de Commissie bevestigde later tegenover het Duitse Handelsblatt dat een besluit over een boete wordt voorbereid, maar wilde niets zeggen over de hoogte.

Volgens de FT heeft Quillo de Europese digitaledienstenverordening (DSA) overtreden door tienduizenden meldingen van consumenten en toezichthouders over gevaarlijke producten en namaak te negeren of te laat af te handelen.

Quillo, dat in 2018 in Vilnius werd opgericht, combineert een webwinkelplatform met sociale functies zoals verkoop via livestreams. In de EU heeft het naar eigen zeggen zo'n 70 miljoen maandelijkse gebruikers; ook in Nederland is de app populair onder jongeren.

Het zou een van de hoogste boetes zijn die Brussel tot nu toe onder de DSA oplegt. Bedrijven kunnen een boete krijgen van maximaal 6% van hun wereldwijde jaaromzet.

Quillo reageerde niet op vragen van het FD.
""",
}, [{"name": "Financial Times", "in_corpus": True},
    {"name": "Handelsblatt", "in_corpus": True}],
[{"origin": "Financial Times", "article": "01_de.txt"},
 {"origin": "Financial Times", "article": "02_fr.txt"},
 {"origin": "Financial Times", "article": "03_ru.txt"},
 {"origin": "Financial Times", "article": "04_nl.txt"},
 {"origin": "Handelsblatt", "article": "04_nl.txt"}],
[{"text": "The European Commission is preparing to fine Quillo under the Digital Services Act over its handling of notices about dangerous and counterfeit products.",
  "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt", "04_nl.txt"], "independent_sources": 2},
 {"text": "The decision could come before the summer break at the end of July.",
  "articles": ["00_en.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 1}])

# m06: a person's own post (Marta Kowalczyk on Bluesky), taken directly by Gazeta Wyborcza
# ("napisała w czwartek na Bluesky", "podkreśliła we wpisie"), POLITICO Europe (no date line;
# "wrote in a thread on Bluesky") and Громадське ("Про це вона написала у своєму дописі в
# Bluesky"); Le Figaro credits Gazeta Wyborcza ("rapporte le quotidien polonais Gazeta Wyborcza,
# qui cite un message publié … sur Bluesky", "selon le journal"): edge from Gazeta Wyborcza.
story("m06_skrolly_election_team_post", "social_post", {
"00_pl.txt": """Odchodzi szefowa zespołu ds. wyborów w Skrolly. „Dla firmy uczciwość wyborów to koszt”
Gazeta Wyborcza
10 czerwca 2027 | 21:14

Marta Kowalczyk, która od trzech lat kierowała w serwisie Skrolly zespołem odpowiedzialnym za ochronę wyborów w Europie Środkowej, złożyła rezygnację. Powodem jest rozwiązanie jej zespołu na kilka miesięcy przed jesiennymi wyborami parlamentarnymi w Polsce – napisała w czwartek na Bluesky.

„Nie mogę zostać w firmie, która uznała, że uczciwość wyborów to centrum kosztów” – podkreśliła we wpisie Kowalczyk. Jak napisała, zespół liczący ok. 60 osób, w tym kilkanaście mówiących po polsku, przestanie istnieć z końcem czerwca, a jego zadania mają przejąć „automatyczne systemy i zewnętrzny dostawca”.

Kowalczyk twierdzi, że w ostatnich miesiącach jej zespół wykrył w Skrolly kilka sieci fałszywych kont prowadzących kampanie wymierzone w polskich i czeskich polityków. „Te sieci nie znikną dlatego, że przestaniemy ich szukać” – dodała.

Skrolly, serwis do publikowania krótkich tekstów i zdjęć, ma w Polsce ok. 6 mln użytkowników. Firma nie odpowiedziała na pytania „Wyborczej”.

Komisja Europejska oczekuje od dużych platform wzmożonych działań przeciw dezinformacji przed wyborami – wynika z wytycznych, które Bruksela opublikowała w 2024 r. na podstawie aktu o usługach cyfrowych.
""",
"01_en.txt": """Skrolly's election integrity chief quits as company scraps team ahead of Polish vote
POLITICO Europe

The head of election integrity for Central Europe at the social media platform Skrolly has resigned after the company decided to disband her team months before Poland's parliamentary election, she said Thursday.

"I can't stay at a company that has decided election integrity is a cost center," Marta Kowalczyk wrote in a thread on Bluesky.

Kowalczyk, who led the team for three years, said its roughly 60 staff — more than a dozen of them Polish speakers — would be let go at the end of June, with their work handed over to "automated systems and an external vendor."

In recent months, her team had uncovered several networks of fake accounts running campaigns against Polish and Czech politicians, she wrote. "Those networks won't disappear because we stop looking for them."

Skrolly, which has around 6 million users in Poland, did not immediately respond to POLITICO's request for comment.

The departure comes as the European Commission steps up scrutiny of how large platforms protect elections. Under the Digital Services Act, very large online platforms must assess and mitigate risks to electoral processes, and the Commission published guidelines in 2024 spelling out what it expects ahead of national votes.
""",
"02_uk.txt": """У соцмережі Skrolly розпустили команду, яка захищала вибори в Центральній Європі
Громадське
10.06.2027 22:40

Керівниця відділу захисту виборів у Центральній Європі соцмережі Skrolly Марта Ковальчик звільнилася після того, як компанія вирішила розпустити її команду. Про це вона написала у своєму дописі в Bluesky у четвер.

«Я не можу залишатися в компанії, яка вирішила, що чесні вибори — це лише стаття витрат», — зазначила Ковальчик.

За її словами, команда з приблизно 60 людей припинить роботу наприкінці червня, а її завдання передадуть «автоматизованим системам і зовнішньому підряднику». Рішення ухвалили за кілька місяців до парламентських виборів у Польщі, які мають відбутися восени.

Ковальчик також написала, що останніми місяцями її команда виявила у Skrolly кілька мереж фейкових акаунтів, які вели кампанії проти польських і чеських політиків.

Skrolly — соцмережа для коротких текстових дописів і фото, якою в Польщі користуються близько 6 млн людей.

Нагадаємо, Акт ЄС про цифрові послуги зобов'язує найбільші платформи оцінювати та зменшувати ризики для виборчих процесів.
""",
"03_fr.txt": """Pologne : la responsable de l'intégrité électorale de Skrolly claque la porte
Le Figaro
11/06/2027 à 09:12

À quelques mois des élections législatives polonaises, le réseau social Skrolly a décidé de dissoudre l'équipe chargée de protéger les scrutins en Europe centrale. Sa responsable, Marta Kowalczyk, a démissionné, rapporte le quotidien polonais Gazeta Wyborcza, qui cite un message publié jeudi par l'intéressée sur Bluesky.

« Je ne peux pas rester dans une entreprise qui a décidé que l'intégrité des élections était un centre de coûts », a écrit Marta Kowalczyk, selon le journal. Son équipe, qui compte une soixantaine de personnes, doit disparaître fin juin ; ses missions seront confiées à « des systèmes automatisés et à un prestataire externe ».

D'après la Gazeta Wyborcza, l'équipe avait détecté ces derniers mois plusieurs réseaux de faux comptes menant des campagnes contre des responsables politiques polonais et tchèques. Skrolly n'a pas répondu aux questions du quotidien.

Le réseau social, qui permet de publier des textes courts et des photos, revendique environ six millions d'utilisateurs en Pologne. Contactée par Le Figaro, l'entreprise n'avait pas réagi à l'heure où nous publions.
""",
}, [{"name": "Marta Kowalczyk", "in_corpus": False}],
[{"origin": "Marta Kowalczyk", "article": "00_pl.txt"},
 {"origin": "Marta Kowalczyk", "article": "01_en.txt"},
 {"origin": "Marta Kowalczyk", "article": "02_uk.txt"},
 {"origin": "Gazeta Wyborcza", "article": "03_fr.txt"}],
[{"text": "Marta Kowalczyk resigned from Skrolly after the company decided to disband its election integrity team for Central Europe.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The team of about 60 people will be dissolved at the end of June and its work handed to automated systems and an external vendor.",
  "articles": ["00_pl.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], "independent_sources": 1}])

# m07: outside news agency PAP ("dowiedziała się Polska Agencja Prasowa", "przekazał PAP",
# "podaje agencja"; "повідомляє польське агентство PAP", "сказав агентству", "За даними PAP";
# "meldet die polnische Nachrichtenagentur PAP unter Berufung auf das … Forschungsinstitut NASK",
# "sagte … der Agentur"; "сообщает польское агентство PAP", "рассказал агентству";
# "meldt het Poolse persbureau PAP"). NASK only spoke to PAP: not an origin.
story("m07_pap_zizzo_fake_farmers", "agency", {
"00_pl.txt": """Ponad tysiąc fałszywych kont „rolników” w serwisie Zizzo. Sieć usunięta po zgłoszeniu NASK
TVN24
14 czerwca 2027, 13:52

Serwis społecznościowy Zizzo usunął sieć około 1100 fałszywych kont, które podszywały się pod polskich rolników i rozpowszechniały nieprawdziwe informacje o imporcie ukraińskiego zboża – dowiedziała się Polska Agencja Prasowa. Konta zostały zablokowane po zgłoszeniu ekspertów z NASK.

– Konta publikowały dziennie nawet kilka tysięcy wpisów, głównie w godzinach wieczornych. Wiele z nich korzystało ze zdjęć profilowych wygenerowanych przez sztuczną inteligencję – przekazał PAP Tomasz Lisiecki z zespołu NASK zajmującego się analizą dezinformacji.

Jak podaje agencja, sieć była zarządzana spoza Polski. Według rozmówcy PAP część kont wcześniej publikowała treści w języku niemieckim i słowackim, a na polski „przestawiła się” na początku maja. Wpisy sugerowały m.in., że do Polski trafia „skażone zboże z frontu”.

Zizzo usunął konta w ciągu 48 godzin od zgłoszenia – dodał Lisiecki.

NASK to państwowy instytut badawczy, który m.in. monitoruje dezinformację w polskiej sieci. Temat importu ukraińskiego zboża od kilku lat budzi duże emocje wśród polskich rolników.
""",
"01_uk.txt": """У Польщі викрили мережу з 1100 фейкових «фермерів», які поширювали неправду про українське зерно
Дзеркало тижня
14 червня 2027, 16:05

Соцмережа Zizzo видалила мережу з приблизно 1100 фейкових акаунтів, які видавали себе за польських фермерів і поширювали неправдиву інформацію про імпорт українського зерна. Про це повідомляє польське агентство PAP.

Як уточнює агентство, акаунти заблокували після звернення експертів польського державного дослідницького інституту NASK.

«Акаунти публікували до кількох тисяч дописів на день, переважно ввечері. Багато з них використовували згенеровані штучним інтелектом фото профілю», – сказав агентству представник команди NASK з аналізу дезінформації Томаш Лісецький.

За даними PAP, мережею керували з-за меж Польщі. Частина акаунтів раніше публікувала дописи німецькою та словацькою мовами, а на польську перейшла на початку травня. У дописах, зокрема, стверджувалося, що до Польщі завозять «заражене зерно з фронту».

За словами Лісецького, Zizzo видалила акаунти протягом 48 годин після звернення.

Нагадаємо, питання імпорту українського зерна неодноразово ставало причиною протестів польських фермерів.
""",
"02_de.txt": """Polen: Plattform Zizzo löscht mehr als tausend Fake-Accounts
Süddeutsche Zeitung
14. Juni 2027, 18:30 Uhr

Die Social-Media-Plattform Zizzo hat in Polen ein Netzwerk von rund 1100 gefälschten Konten gelöscht, die sich als Landwirte ausgaben und Falschinformationen über Getreideimporte aus der Ukraine verbreiteten. Das meldet die polnische Nachrichtenagentur PAP unter Berufung auf das staatliche Forschungsinstitut NASK, das die Konten entdeckt und der Plattform gemeldet hatte.

Die Accounts hätten täglich bis zu mehreren Tausend Beiträge veröffentlicht, vor allem abends, sagte NASK-Analyst Tomasz Lisiecki der Agentur. Viele hätten KI-generierte Profilbilder verwendet. Gesteuert worden sei das Netzwerk laut PAP aus dem Ausland; einige der Konten hätten zuvor auf Deutsch und Slowakisch gepostet und seien erst Anfang Mai auf Polnisch umgestiegen.

Zizzo habe die Konten innerhalb von 48 Stunden nach der Meldung entfernt, so Lisiecki.

Die EU-Kommission hatte Zizzo im vergangenen Jahr als sehr große Online-Plattform nach dem Digital Services Act eingestuft. Damit muss das Unternehmen unter anderem Risiken für Wahlen und die öffentliche Debatte bewerten und eindämmen. Polen wählt im Herbst ein neues Parlament.
""",
"03_ru.txt": """В Польше соцсеть Zizzo удалила больше тысячи фейковых аккаунтов «фермеров», распространявших ложь об украинском зерне
Медуза
14 июня 2027, 19:47

Социальная сеть Zizzo удалила сеть примерно из 1100 фейковых аккаунтов, которые выдавали себя за польских фермеров и распространяли ложную информацию об импорте украинского зерна. Об этом сообщает польское агентство PAP.

Аккаунты заблокировали после того, как на них указали специалисты польского государственного исследовательского института NASK. «Аккаунты публиковали до нескольких тысяч постов в день, в основном по вечерам. Многие использовали сгенерированные ИИ фотографии профиля», — рассказал агентству аналитик NASK Томаш Лисецкий.

По данным PAP, сетью управляли из-за пределов Польши. Часть аккаунтов прежде публиковала посты на немецком и словацком языках и перешла на польский в начале мая. В постах, в частности, утверждалось, что в Польшу ввозят «зараженное зерно с фронта».

Как отмечает агентство, Zizzo удалила аккаунты в течение 48 часов после обращения.

Тема импорта украинского зерна уже несколько лет вызывает протесты польских фермеров, которые неоднократно блокировали границу с Украиной.
""",
"04_nl.txt": """Zizzo verwijdert netwerk van nepboeren dat desinformatie over Oekraïens graan verspreidde
NRC
15 juni 2027

Het sociale netwerk Zizzo heeft in Polen zo'n 1.100 nepaccounts verwijderd die zich voordeden als boeren en onjuiste berichten verspreidden over de import van Oekraïens graan. Dat meldt het Poolse persbureau PAP.

De accounts werden ontdekt door het Poolse staatsonderzoeksinstituut NASK, dat ze bij het platform meldde. Volgens een analist van het instituut die het persbureau sprak, plaatsten de accounts samen soms duizenden berichten per dag en gebruikten veel van hen profielfoto's die met kunstmatige intelligentie waren gemaakt. Het netwerk werd volgens PAP vanuit het buitenland aangestuurd.

Een deel van de accounts postte eerder in het Duits en het Slowaaks. Begin mei stapten ze over op het Pools. In de berichten werd onder meer gesuggereerd dat 'besmet graan van het front' Polen binnenkwam.

Zizzo reageerde niet op vragen van NRC. De import van Oekraïens graan is al jaren een gevoelig onderwerp in Polen, waar boeren meermaals uit protest de grens blokkeerden.
""",
}, [{"name": "PAP", "in_corpus": False}],
[{"origin": "PAP", "article": "00_pl.txt"},
 {"origin": "PAP", "article": "01_uk.txt"},
 {"origin": "PAP", "article": "02_de.txt"},
 {"origin": "PAP", "article": "03_ru.txt"},
 {"origin": "PAP", "article": "04_nl.txt"}],
[{"text": "Zizzo removed a network of about 1,100 fake accounts posing as Polish farmers that spread false information about Ukrainian grain imports.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_nl.txt"], "independent_sources": 1},
 {"text": "The network was run from outside Poland.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_nl.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 163 (real media names, invented events); see README.md.",
              "stories": []}
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
            assert set(c["articles"]) <= names, (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
