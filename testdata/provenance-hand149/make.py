#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand149 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: in-corpus scoop by Przegląd Sportowy (two anonymous arbiters + a fair-play protocol seen by
# the paper); relayed by en "the Polish sports daily Przeglad Sportowy reported ..., citing two members
# ... on condition of anonymity" + "the paper said"; de "Wie die polnische Sportzeitung „Przegląd
# Sportowy“ unter Berufung auf ... berichtet" + "Dem Blatt zufolge"; ru "Как стало известно польской
# газете «Пшегленд Спортовы»" (dative) + "По информации издания"; fr "a révélé ... Przegląd Sportowy"
# + "Selon le journal, qui cite deux membres ... sous couvert d'anonymat".
story("h01_scoop_engine_cheating_wroclaw", "scoop", {
"00_pl.txt": """Arcymistrz zdyskwalifikowany z Memoriału Kotowicza. Sędziowie: ruchy zgodne z komputerem
Przegląd Sportowy
9 marca 2027, 06:30

Arcymistrz Artur Wielgosz został w niedzielę wieczorem zdyskwalifikowany z Memoriału Ryszarda Kotowicza we Wrocławiu – dowiedział się „Przegląd Sportowy”. Decyzję podjął zespół sędziowski po analizie partii z rund 5–9, w których ruchy 27-letniego szachisty w 96 procentach pokrywały się z pierwszym wyborem silnika szachowego.

O kulisach sprawy opowiedziało nam dwóch członków komisji sędziowskiej, którzy zastrzegli anonimowość, bo organizator zobowiązał ich do milczenia. „Takiej zgodności nie ma nikt ze światowej czołówki, nawet w najlepszym dniu” – powiedział jeden z nich.

Dotarliśmy do protokołu komisji fair play z 7 marca. Wynika z niego, że Wielgosz podczas 8. rundy trzykrotnie opuszczał salę gry na dłużej niż dziesięć minut, a po każdym powrocie wykonywał ruch niemal natychmiast. Wykrywacz metalu przy wejściu niczego nie wykazał, jednak sędziowie uznali, że materiał statystyczny i zachowanie zawodnika wystarczą do wykluczenia go z turnieju.

Wielgosz prowadził z dorobkiem 8 punktów w 9 partiach i miał zapewnioną pierwszą nagrodę w wysokości 18 tys. zł. Pieniądze zostały wstrzymane i trafią na konto depozytowe do czasu rozpatrzenia odwołania.

Pełnomocniczka szachisty, mecenas Karolina Duda, w rozmowie z „Przeglądem Sportowym” zapowiedziała odwołanie. „Mój klient nie korzystał z żadnej pomocy. Statystyka to nie dowód” – stwierdziła.

Memoriał Kotowicza to jeden z najstarszych otwartych turniejów w Polsce; w tym roku zagrało w nim 212 zawodników z 19 krajów. Organizator, Wrocławskie Towarzystwo Szachowe „Odrzański Goniec”, do chwili publikacji nie odpowiedział na nasze pytania.
""",
"01_en.txt": """Polish grandmaster disqualified from Wrocław tournament over suspected engine use
The Guardian
Tue, 09 Mar 2027 13:10:00 +0000

The Polish grandmaster Artur Wielgosz has been thrown out of one of the country's oldest open chess tournaments after arbiters concluded that his moves matched a computer engine's first choice far too often, the Polish sports daily Przeglad Sportowy reported on Tuesday.

Citing two members of the arbiters' panel who spoke on condition of anonymity, the paper said the 27-year-old was disqualified from the Ryszard Kotowicz Memorial in Wrocław on Sunday evening. In rounds five to nine, 96% of his moves coincided with the engine's top recommendation, a rate one of the arbiters described as unheard of "even among the world's elite on their best day".

A fair-play report dated 7 March and seen by Przeglad Sportowy notes that Wielgosz left the playing hall three times for more than ten minutes during round eight and played almost instantly each time he returned. A metal detector at the entrance found nothing.

Wielgosz had been leading with eight points from nine games and was on course for the 18,000 złoty (about £3,600) first prize, which, according to the newspaper, is now being held in escrow pending his appeal.

His lawyer, Karolina Duda, told Przeglad Sportowy her client had received no outside help. "Statistics are not proof," she said.

Cheating allegations have dogged chess since online play boomed, and organisers of over-the-board events have stepped up scanning, broadcast delays and statistical screening. The Wrocław tournament drew 212 players from 19 countries this year.
""",
"02_de.txt": """Betrugsverdacht beim Schach: Großmeister in Breslau disqualifiziert
Süddeutsche Zeitung
9. März 2027, 15:42 Uhr

Der polnische Großmeister Artur Wielgosz ist wegen des Verdachts auf Computerhilfe von einem Traditionsturnier in Breslau (Wrocław) ausgeschlossen worden. Wie die polnische Sportzeitung „Przegląd Sportowy“ unter Berufung auf zwei Mitglieder des Schiedsrichterteams berichtet, stimmten die Züge des 27-Jährigen in den Runden fünf bis neun zu 96 Prozent mit der ersten Empfehlung einer Schach-Engine überein.

Die beiden Schiedsrichter wollten anonym bleiben. Dem Blatt zufolge verließ Wielgosz in der achten Runde dreimal für jeweils mehr als zehn Minuten den Spielsaal und zog nach seiner Rückkehr praktisch ohne Bedenkzeit. Ein Metalldetektor am Eingang habe allerdings nichts gefunden.

Die Disqualifikation beim Ryszard-Kotowicz-Memorial wurde demnach bereits am Sonntagabend ausgesprochen. Wielgosz hatte das Feld zu diesem Zeitpunkt mit acht Punkten aus neun Partien angeführt.

Seine Anwältin Karolina Duda kündigte gegenüber der polnischen Zeitung Einspruch an. „Statistik ist kein Beweis“, sagte sie.

Fairplay-Fragen beschäftigen den Schachsport seit Jahren. Viele Veranstalter setzen inzwischen auf Metalldetektoren, zeitversetzte Übertragungen und statistische Prüfungen der Partien. An dem Breslauer Turnier, einem der ältesten offenen Turniere Polens, nahmen in diesem Jahr 212 Spieler aus 19 Ländern teil.
""",
"03_ru.txt": """Польского гроссмейстера дисквалифицировали во Вроцлаве по подозрению в помощи компьютера
Спорт-Экспресс
9 марта 2027, 17:05

Польский гроссмейстер Артур Вельгош дисквалифицирован с мемориала Рышарда Котовича во Вроцлаве по подозрению в использовании шахматной программы. Как стало известно польской газете «Пшегленд Спортовы», решение судейская коллегия приняла в воскресенье вечером.

По информации издания, в 5–9-м турах ходы 27-летнего шахматиста в 96 процентах случаев совпадали с первой линией движка. Об этом газете рассказали два члена судейской коллегии, пожелавшие остаться неназванными.

В протоколе комиссии по честной игре от 7 марта, с которым ознакомились журналисты «Пшегленда», говорится, что в восьмом туре Вельгош трижды покидал игровой зал больше чем на десять минут, а вернувшись, делал ход почти мгновенно. Металлоискатель на входе при этом ничего не обнаружил.

Вельгош лидировал с 8 очками из 9 и претендовал на главный приз — 18 тысяч злотых. По данным польского издания, деньги заморожены до рассмотрения апелляции.

Адвокат шахматиста Каролина Дуда заявила газете, что ее клиент не пользовался посторонней помощью. «Статистика — это не доказательство», — сказала она.

В турнире, одном из старейших открытых соревнований Польши, в этом году сыграли 212 шахматистов из 19 стран.
""",
"04_fr.txt": """Échecs : un grand maître polonais exclu d'un tournoi à Wroclaw, soupçonné d'aide informatique
Le Monde
Publié le 9 mars 2027 à 18h20

Le grand maître polonais Artur Wielgosz a été exclu dimanche soir du mémorial Ryszard-Kotowicz, l'un des plus anciens tournois open de Pologne, a révélé mardi le quotidien sportif polonais Przegląd Sportowy. Les arbitres le soupçonnent d'avoir reçu l'aide d'un logiciel.

Selon le journal, qui cite deux membres du corps arbitral s'exprimant sous couvert d'anonymat, 96 % des coups joués par le joueur de 27 ans entre la cinquième et la neuvième ronde correspondaient au premier choix d'un moteur d'analyse.

D'après un procès-verbal de la commission fair-play daté du 7 mars et consulté par le quotidien, M. Wielgosz a quitté la salle de jeu à trois reprises pendant plus de dix minutes lors de la huitième ronde, avant de jouer presque instantanément à chacun de ses retours. Le détecteur de métaux installé à l'entrée n'a pourtant rien décelé.

Le joueur menait le tournoi avec 8 points sur 9 et devait empocher le premier prix, 18 000 zlotys (environ 4 200 euros), désormais bloqué en attendant l'examen de son recours, précise Przegląd Sportowy.

Son avocate, Karolina Duda, conteste toute tricherie. « Les statistiques ne sont pas une preuve », a-t-elle déclaré au quotidien polonais.
""",
}, [("Przegląd Sportowy", True)],
[("Przegląd Sportowy", "01_en.txt"), ("Przegląd Sportowy", "02_de.txt"),
 ("Przegląd Sportowy", "03_ru.txt"), ("Przegląd Sportowy", "04_fr.txt")],
[("Grandmaster Artur Wielgosz was disqualified from the Ryszard Kotowicz Memorial in Wrocław after arbiters found that 96% of his moves in rounds five to nine matched a chess engine's first choice.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("Wielgosz's 18,000-złoty first prize is withheld pending his appeal.",
  ["00_pl.txt", "01_en.txt", "03_ru.txt", "04_fr.txt"], 1)])

# h02: institution-published origin outside the corpus: the Ukrainian Chess Federation's ethics
# decision on its website. uk "Про це йдеться в рішенні етичної комісії, оприлюдненому ... на сайті
# ФШУ" + "наголошують у федерації"; ru "Это следует из заявления, опубликованного на официальном сайте
# федерации" + "говорится в решении"; pl (no date line) "poinformowała w komunikacie opublikowanym na
# swojej stronie internetowej" + "Jak czytamy w komunikacie federacji"; es "según un comunicado
# publicado ... en la web del organismo" + "precisa la federación"; en is a chain: "Ukrainian public
# broadcaster Suspilne Sport reported ..., citing a decision published by the federation" -> edge from
# Суспільне Спорт.
story("h02_federation_decision_phone_ban", "institution_chain", {
"00_uk.txt": """ФШУ дискваліфікувала чемпіона України U18 на три роки за телефон у вбиральні
Суспільне Спорт
15 квітня 2027, 11:20

Федерація шахів України дискваліфікувала 17-річного Максима Ярошенка на три роки. Про це йдеться в рішенні етичної комісії, оприлюдненому в четвер на сайті ФШУ.

Як зазначено в документі, під час сьомого туру чемпіонату України серед юнаків до 18 років у Луцьку арбітр виявив у вбиральні поруч з ігровою залою мобільний телефон із запущеною шаховою програмою. Записи камер у коридорі показали, що незадовго до цього до вбиральні заходив лише Ярошенко. Сам шахіст, за даними комісії, визнав, що телефон належить йому, але заперечив, що користувався ним під час партії.

Усі результати Ярошенка на турнірі анульовано. Звання чемпіона України U18 переходить до Данила Кравця з Харкова, який фінішував другим. Крім того, Ярошенко має протягом 30 днів повернути призові — 40 тисяч гривень.

«Комісія вважає доведеним факт умисного порушення антишахрайських правил», — наголошують у федерації. Рішення можна оскаржити в апеляційному комітеті ФШУ впродовж 14 днів.

Дискваліфікація діє до 14 квітня 2030 року і поширюється на всі турніри під егідою федерації, зокрема онлайн-змагання. Для 17-річного шахіста це означає, що він пропустить усі юнацькі чемпіонати, на які ще мав право.
""",
"01_en.txt": """Ukrainian U18 champion banned for three years after phone found in toilet
ChessBase
2027-04-15T16:45:00+02:00

The Ukrainian Chess Federation has banned 17-year-old Maksym Yaroshenko for three years and stripped him of the national under-18 title, Ukrainian public broadcaster Suspilne Sport reported on Thursday, citing a decision published by the federation's ethics commission.

According to Suspilne, an arbiter found a mobile phone running a chess program in the toilet next to the playing hall during round seven of the championship in Lutsk. Corridor camera footage showed that only Yaroshenko had entered the toilet shortly before.

The young player acknowledged that the phone was his but denied using it during his game, the broadcaster said. The ethics commission nevertheless considered a deliberate breach of the anti-cheating rules proven.

All of Yaroshenko's results from the event have been annulled, and the title goes to runner-up Danylo Kravets from Kharkiv. Yaroshenko must also repay his prize of 40,000 hryvnias (around €900) within 30 days, Suspilne Sport added.

The ban runs until April 2030 and also covers online events. Yaroshenko has 14 days to appeal.

Junior events have become a focus of fair-play efforts in recent years, with several national federations introducing metal detectors and random checks at under-18 championships.
""",
"02_ru.txt": """Федерация шахмат Украины на три года дисквалифицировала юниора за телефон с движком
Чемпионат
15.04.2027 13:05

Федерация шахмат Украины (ФШУ) отстранила от соревнований на три года 17-летнего Максима Ярошенко. Это следует из заявления, опубликованного на официальном сайте федерации.

Как говорится в документе, в ходе седьмого тура юношеского чемпионата Украины (до 18 лет) в Луцке арбитр нашел в туалете рядом с игровым залом мобильный телефон с включенной шахматной программой. Согласно записям камер, незадолго до этого туда заходил только Ярошенко. Шахматист признал, что телефон принадлежит ему, но отрицает, что пользовался им во время партии, отмечается в заявлении.

Все результаты Ярошенко на турнире аннулированы, титул чемпиона страны до 18 лет переходит к занявшему второе место Данилу Кравцу из Харькова.

«Комиссия считает доказанным умышленное нарушение правил честной игры», — говорится в решении этической комиссии федерации.

Решение может быть обжаловано в течение 14 дней. Срок дисквалификации истекает 14 апреля 2030 года, запрет распространяется в том числе на онлайн-турниры.

В последние годы национальные федерации все чаще используют металлоискатели и выборочный досмотр на юношеских соревнованиях.
""",
"03_pl.txt": """Trzy lata dyskwalifikacji dla 17-latka. Telefon z silnikiem szachowym w toalecie
Sport.pl

Siedemnastoletni Maksym Jaroszenko przez trzy lata nie zagra w turniejach pod egidą ukraińskiej federacji. Taką karę nałożyła na niego Ukraińska Federacja Szachowa, o czym poinformowała w komunikacie opublikowanym na swojej stronie internetowej.

Jak czytamy w komunikacie federacji, podczas siódmej rundy mistrzostw Ukrainy juniorów do lat 18 w Łucku sędzia znalazł w toalecie przy sali gry telefon komórkowy z uruchomionym programem szachowym. Z nagrań monitoringu wynika, że wcześniej do toalety wchodził wyłącznie Jaroszenko.

Zawodnik przyznał, że telefon należy do niego, ale zaprzeczył, by korzystał z niego w trakcie partii. Komisja etyki uznała jednak, że doszło do celowego złamania przepisów antyoszukańczych.

Wszystkie wyniki Jaroszenki z turnieju zostały anulowane, a tytuł mistrza Ukrainy U18 przypadł Danyłowi Krawcowi z Charkowa. Junior musi też w ciągu 30 dni zwrócić nagrodę w wysokości 40 tys. hrywien (ok. 4 tys. zł).

Ukraińska federacja podkreśla, że kara obejmuje również zawody rozgrywane online. Od decyzji przysługuje odwołanie w ciągu 14 dni.
""",
"04_es.txt": """Tres años de sanción para un juvenil ucraniano por esconder un móvil con un programa de ajedrez en el baño
Marca
15 de abril de 2027 - 18:30 CEST

La Federación Ucraniana de Ajedrez ha suspendido durante tres años al joven Maksym Yaroshenko, de 17 años, según un comunicado publicado este jueves en la web del organismo.

De acuerdo con el texto, durante la séptima ronda del Campeonato de Ucrania sub-18, disputado en Lutsk, un árbitro encontró en el baño contiguo a la sala de juego un teléfono móvil con un programa de ajedrez en funcionamiento. Las cámaras del pasillo mostraron que el único jugador que había entrado poco antes era Yaroshenko.

El ajedrecista admitió que el teléfono era suyo, pero negó haberlo utilizado durante la partida, precisa la federación. Aun así, su comisión de ética considera probado "un incumplimiento intencionado de las normas antitrampas".

Todos sus resultados en el torneo quedan anulados y el título pasa a Danylo Kravets, de Járkov, que había terminado segundo. La sanción se extiende hasta abril de 2030 e incluye también las competiciones en línea.

El jugador dispone de 14 días para recurrir ante el comité de apelación de la federación.
""",
}, [("Федерація шахів України", False)],
[("Федерація шахів України", "00_uk.txt"), ("Суспільне Спорт", "01_en.txt"),
 ("Федерація шахів України", "02_ru.txt"), ("Федерація шахів України", "03_pl.txt"),
 ("Федерація шахів України", "04_es.txt")],
[("The Ukrainian Chess Federation banned 17-year-old Maksym Yaroshenko for three years after a phone running a chess program was found in a toilet at the national U18 championship in Lutsk.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt", "04_es.txt"], 1),
 ("Yaroshenko must repay his prize of 40,000 hryvnias within 30 days.",
  ["00_uk.txt", "01_en.txt", "03_pl.txt"], 1)])

# h03: in-corpus esports transfer scoop (Dexerto, three anonymous sources) relayed by ru Cybersport.ru
# ("сообщает Dexerto со ссылкой на три источника" + "По данным портала"); chain: uk Трибуна credits
# only the in-corpus intermediate ("Як пише російський портал Cybersport.ru, посилаючись на американське
# видання Dexerto" + "За даними Cybersport.ru") -> edge from Cybersport.ru; pl Sport.pl relays Dexerto
# ("Jak podał ... serwis Dexerto, powołując się na") and adds its own confirmation from the club
# spokesman ("potwierdził w rozmowie ze Sport.pl", "powiedział nam") -> also an in-corpus origin;
# de GameStar "Wie das US-Portal Dexerto unter Berufung auf ... berichtet" + "Laut Dexerto".
story("h03_transfer_scoop_chain_confirmation", "scoop_chain_confirmation", {
"00_en.txt": """Eisenwerk Gaming set to sign Sprut from Bałtyk Esports in $850,000 deal
Dexerto
2027-05-03T14:00:00Z

Eisenwerk Gaming has reached an agreement with Bałtyk Esports to sign Ukrainian rifler Oleh "Sprut" Kovalyshyn, Dexerto can reveal, in what would be one of the most expensive Counter-Strike 2 transfers of the year.

According to three sources familiar with the negotiations, the Berlin-based organization will pay a buyout of around $850,000 to the Gdańsk club. Kovalyshyn, 21, is set to sign a contract running until the end of 2029, the sources said.

Talks began in early April, shortly after Bałtyk's quarter-final exit at the Baltic Clash Masters. Dexerto understands that Eisenwerk's first offer of $600,000 was rejected out of hand, and that the German side returned with an improved bid last week.

Kovalyshyn is expected to replace German veteran Felix "fxl" Rautenberg, who will move to the bench. One of the sources said the Ukrainian could make his debut for Eisenwerk as early as the Northline Masters qualifiers at the end of May.

Bałtyk declined to comment when approached by Dexerto. Eisenwerk did not respond to a request for comment by the time of publication.

Kovalyshyn joined Bałtyk from the Ukrainian academy scene in 2025 and finished last season with the highest rating on the team across 118 maps. His departure would leave the Polish side searching for a new star just weeks before the summer season.
""",
"01_ru.txt": """Dexerto: Eisenwerk выкупит Sprut у Bałtyk Esports за $850 тысяч
Cybersport.ru
3 мая 2027, 19:40

Немецкая организация Eisenwerk Gaming договорилась с польским клубом Bałtyk Esports о переходе украинского райфлера Олега Sprut Ковалишина. Об этом сообщает Dexerto со ссылкой на три источника, знакомых с ходом переговоров.

По данным портала, сумма отступных составит около $850 тыс., а контракт 21-летнего игрока будет рассчитан до конца 2029 года. Изначально берлинская команда предлагала $600 тыс., но поляки сразу отказались.

Ковалишин заменит в составе ветерана Феликса fxl Раутенберга, который отправится в запас. Дебют украинца за новую команду может состояться уже в квалификации к Northline Masters в конце мая, пишет издание.

В Bałtyk от комментариев журналистам Dexerto отказались, в Eisenwerk на запрос не ответили.

Sprut выступает за Bałtyk с 2025 года, куда перешел из украинской академической сцены. В прошлом сезоне он стал самым высокорейтинговым игроком команды. Если сделка состоится на таких условиях, она станет одной из самых дорогих в CS2 в этом году.
""",
"02_uk.txt": """Sprut може стати одним із найдорожчих трансферів року: Eisenwerk викуповує українця за $850 тисяч
Трибуна
04.05.2027 09:15

Український райфлер Олег «Sprut» Ковалишин продовжить кар'єру в німецькій Eisenwerk Gaming. Як пише російський портал Cybersport.ru, посилаючись на американське видання Dexerto, берлінська організація заплатить польському Bałtyk Esports близько 850 тисяч доларів відступних.

За даними Cybersport.ru, контракт 21-річного гравця розрахований до кінця 2029 року. Спершу німці пропонували 600 тисяч, але в Гданську цю пропозицію відхилили.

Ковалишин має замінити в основному складі ветерана Фелікса «fxl» Раутенберга. Дебютувати за новий клуб українець може вже наприкінці травня — у кваліфікації Northline Masters.

Офіційно клуби трансфер поки не підтвердили. Сума угоди також офіційно не розкривалася.

Sprut перейшов до Bałtyk у 2025 році з української академічної сцени і за минулий сезон став найкращим гравцем команди за рейтингом. Якщо угоду оформлять на озвучених умовах, вона стане однією з найдорожчих у CS2 цього року.
""",
"03_pl.txt": """Bałtyk potwierdza: Sprut odchodzi do Eisenwerk. Kwoty klub nie zdradza
Sport.pl
4 maja 2027, 12:30

Oleh „Sprut” Kowałyszyn nie będzie już graczem Bałtyk Esports. Jak podał w poniedziałek amerykański serwis Dexerto, powołując się na trzy źródła zaznajomione z negocjacjami, niemiecki Eisenwerk Gaming zapłaci za Ukraińca około 850 tys. dolarów.

Rzecznik gdańskiej organizacji Michał Żurek potwierdził w rozmowie ze Sport.pl, że kluby doszły do porozumienia w sprawie transferu. – Sprut dostał ofertę, której nie chcieliśmy blokować. Rozstajemy się w dobrych relacjach – powiedział nam Żurek.

Rzecznik nie chciał jednak komentować kwoty podanej przez Dexerto. – Szczegóły finansowe pozostaną między klubami – uciął.

Według naszego rozmówcy 21-latek rozegra z Bałtykiem jeszcze jeden turniej online, a formalnie zmieni barwy w drugiej połowie maja. Gdańszczanie mają już upatrzonego następcę, ale jego nazwisko ma zostać ujawnione dopiero po zakończeniu rozmów.

Kowałyszyn trafił do Gdańska w 2025 roku z ukraińskiej sceny akademickiej i szybko stał się liderem drużyny. W poprzednim sezonie miał najwyższy rating w zespole.
""",
"04_de.txt": """CS2: Eisenwerk Gaming holt offenbar Sprut – Ablöse von 850.000 Dollar
GameStar
03.05.2027, 18:27 Uhr

Die Berliner E-Sport-Organisation Eisenwerk Gaming steht offenbar vor der Verpflichtung des ukrainischen Counter-Strike-Profis Oleh „Sprut“ Kovalyshyn. Wie das US-Portal Dexerto unter Berufung auf drei mit den Verhandlungen vertraute Quellen berichtet, zahlt Eisenwerk dem polnischen Klub Bałtyk Esports eine Ablöse von rund 850.000 US-Dollar.

Laut Dexerto erhält der 21-Jährige einen Vertrag bis Ende 2029. Ein erstes Angebot über 600.000 Dollar hätten die Polen abgelehnt.

Für Sprut soll der deutsche Routinier Felix „fxl“ Rautenberg auf die Bank rücken. Sein Debüt könnte Kovalyshyn bereits in der Qualifikation für die Northline Masters Ende Mai geben, heißt es in dem Bericht.

Offiziell bestätigt ist der Wechsel noch nicht: Bałtyk wollte sich gegenüber Dexerto nicht äußern, Eisenwerk ließ eine Anfrage des Portals unbeantwortet.

Mit der kolportierten Summe wäre der Transfer einer der teuersten des Jahres in Counter-Strike 2. Eisenwerk hatte bereits im Winter kräftig in den Kader investiert, war bei den großen Turnieren aber zuletzt früh gescheitert.
""",
}, [("Dexerto", True), ("Sport.pl", True)],
[("Dexerto", "01_ru.txt"), ("Cybersport.ru", "02_uk.txt"), ("Dexerto", "03_pl.txt"),
 ("Dexerto", "04_de.txt")],
[("Oleh 'Sprut' Kovalyshyn is moving from Bałtyk Esports to Eisenwerk Gaming for a buyout of about $850,000.",
  ["00_en.txt", "01_ru.txt", "02_uk.txt", "03_pl.txt", "04_de.txt"], 2),
 ("Kovalyshyn's contract with Eisenwerk runs until the end of 2029.",
  ["00_en.txt", "01_ru.txt", "02_uk.txt", "04_de.txt"], 1)])

# h04: in-corpus own report by L'Équipe (emails seen by the paper, an anonymous team manager, the
# organizer's reply "a-t-il assuré à notre journal"); es is an uncredited close Spanish translation
# published the next morning (keeps "Este diario ha podido consultar", "Consultado por este diario"):
# edge from L'Équipe. de kicker "Wie die französische Sportzeitung L'Équipe berichtet" + "gegenüber
# L'Équipe" + "laut dem Bericht" (its own unanswered request adds nothing); uk "Про це пише французьке
# спортивне видання L'Équipe" + "Як зазначає видання" + "У коментарі L'Équipe" + "пише французька газета".
story("h04_prize_money_unpaid_translation", "translation", {
"00_fr.txt": """Lutèce Showdown : quatre mois après, les équipes attendent toujours leurs 240 000 euros
L'Équipe
24 mars 2027 à 07h00

Quatre mois après la finale du Lutèce Showdown, tournoi de League of Legends disputé fin novembre à Paris devant 6 000 spectateurs, aucune des huit équipes participantes n'a touché le moindre centime de la cagnotte de 240 000 euros promise par l'organisateur, Arkhelia Events. L'Équipe a pu consulter les échanges de courriels entre la société et plusieurs structures.

Dans un message daté du 12 janvier, Arkhelia assurait que les virements seraient « effectués sous dix jours ». Le 3 mars, un nouveau courriel évoquait « des difficultés de trésorerie temporaires ». Depuis, plus rien.

« On a avancé les frais d'hôtel et de transport de nos joueurs en comptant sur ce prix. Aujourd'hui, c'est un trou de 30 000 euros dans notre budget », témoigne le manager d'une équipe espagnole, qui a souhaité rester anonyme par crainte d'être écarté des prochains tournois. Le vainqueur, l'équipe allemande Kraftwerk Five, attend à lui seul 100 000 euros.

Joint par L'Équipe, le président d'Arkhelia Events, Thibault Marchal, reconnaît le retard et l'attribue à la défaillance d'un sponsor principal, qui n'aurait pas honoré son contrat. « Chaque équipe sera payée intégralement d'ici la fin du mois d'avril, je m'y engage », a-t-il assuré à notre journal.

Plusieurs managers envisagent désormais une action collective devant le tribunal de commerce de Paris si l'échéance n'est pas respectée. Arkhelia Events, créée en 2022, avait annoncé en décembre une deuxième édition du tournoi pour l'automne prochain.
""",
"01_es.txt": """Lutèce Showdown: cuatro meses después, los equipos siguen esperando sus 240.000 euros
Mundo Deportivo
25/03/2027 08:10

Cuatro meses después de la final del Lutèce Showdown, torneo de League of Legends disputado a finales de noviembre en París ante 6.000 espectadores, ninguno de los ocho equipos participantes ha cobrado ni un céntimo de la bolsa de 240.000 euros prometida por el organizador, Arkhelia Events. Este diario ha podido consultar los correos electrónicos intercambiados entre la empresa y varios clubes.

En un mensaje fechado el 12 de enero, Arkhelia aseguraba que las transferencias se harían "en un plazo de diez días". El 3 de marzo, un nuevo correo hablaba de "dificultades temporales de tesorería". Desde entonces, nada.

"Adelantamos los gastos de hotel y transporte de nuestros jugadores contando con ese premio. Hoy es un agujero de 30.000 euros en nuestro presupuesto", relata el mánager de un equipo español, que prefirió mantener el anonimato por miedo a quedar fuera de futuros torneos. El campeón, el equipo alemán Kraftwerk Five, espera por sí solo 100.000 euros.

Consultado por este diario, el presidente de Arkhelia Events, Thibault Marchal, reconoce el retraso y lo atribuye al impago de un patrocinador principal, que no habría cumplido su contrato. "Cada equipo cobrará íntegramente antes de finales de abril, me comprometo a ello", aseguró.

Varios mánagers estudian ahora una acción colectiva ante el tribunal mercantil de París si no se cumple el plazo. Arkhelia Events, fundada en 2022, había anunciado en diciembre una segunda edición del torneo para el próximo otoño.
""",
"02_de.txt": """Preisgeld-Ärger in Paris: Teams warten seit vier Monaten auf 240.000 Euro
kicker
24. März 2027

Beim League-of-Legends-Turnier Lutèce Showdown in Paris ist das Preisgeld auch vier Monate nach dem Finale nicht ausgezahlt worden. Wie die französische Sportzeitung L'Équipe berichtet, hat keines der acht teilnehmenden Teams bislang Geld aus dem Topf von 240.000 Euro erhalten.

Die Zeitung konnte nach eigenen Angaben E-Mails zwischen dem Veranstalter Arkhelia Events und mehreren Teams einsehen. Im Januar habe Arkhelia eine Überweisung „innerhalb von zehn Tagen“ zugesagt, Anfang März dann von „vorübergehenden Liquiditätsproblemen“ geschrieben.

Besonders betroffen ist der deutsche Turniersieger Kraftwerk Five, dem allein 100.000 Euro zustehen. Der Manager eines spanischen Teams sprach gegenüber L'Équipe von einem Loch von 30.000 Euro im Budget, weil man Hotel- und Reisekosten für die Spieler vorgestreckt habe.

Mehrere Teams erwägen laut dem Bericht eine Sammelklage vor dem Pariser Handelsgericht. Kraftwerk Five äußerte sich auf kicker-Anfrage zunächst nicht.

Das Finale Ende November hatten in Paris rund 6000 Zuschauer in der Halle verfolgt. Für Teams aus der zweiten Reihe des E-Sports sind Preisgelder oft ein fest eingeplanter Teil des Budgets.
""",
"03_uk.txt": """Організатор паризького турніру з LoL чотири місяці не виплачує командам 240 тисяч євро
Трибуна
24 березня 2027, 16:30

Усі вісім команд-учасниць турніру з League of Legends Lutèce Showdown, який відбувся в Парижі наприкінці листопада, досі не отримали призових. Про це пише французьке спортивне видання L'Équipe.

Як зазначає видання, загальний призовий фонд становив 240 тисяч євро, з них 100 тисяч мала отримати німецька команда-переможниця Kraftwerk Five. Журналісти L'Équipe ознайомилися з листуванням між організатором — компанією Arkhelia Events — і командами: у січні компанія обіцяла переказати гроші «протягом десяти днів», а на початку березня послалася на «тимчасові фінансові труднощі».

У коментарі L'Équipe президент Arkhelia Events Тібо Маршаль визнав затримку й пояснив її тим, що один із головних спонсорів не виконав контракт. За його словами, всі команди отримають гроші в повному обсязі до кінця квітня.

Кілька менеджерів, пише французька газета, вже обговорюють колективний позов до комерційного суду Парижа.

Фінал турніру в листопаді наживо відвідали близько 6 тисяч глядачів.
""",
}, [("L'Équipe", True)],
[("L'Équipe", "01_es.txt"), ("L'Équipe", "02_de.txt"), ("L'Équipe", "03_uk.txt")],
[("None of the eight teams of the Lutèce Showdown League of Legends tournament in Paris has received any of the €240,000 prize pool four months after the final.",
  ["00_fr.txt", "01_es.txt", "02_de.txt", "03_uk.txt"], 1),
 ("Organizer Arkhelia Events' president Thibault Marchal blames a main sponsor's default and promises full payment by the end of April.",
  ["00_fr.txt", "01_es.txt", "03_uk.txt"], 1)])

# h05: origin outside the corpus: a player's own post on X (Adrián "Kilo" Benítez). es "anunció ...
# en un mensaje publicado en su cuenta de X" + "escribió" (its own unanswered request "no había
# respondido a las preguntas de este diario" adds nothing); en "said in a post on X" + "Kilo wrote";
# fr "a annoncé ... dans un message publié sur X" + "écrit-il" + "Selon lui"; pl (no outlet line)
# "napisał ... w poście na platformie X" + "czytamy we wpisie" + "Jak przekonuje Hiszpan".
story("h05_player_post_unpaid_salary", "social_post", {
"00_es.txt": """'Kilo' deja Solvex Gaming: "Llevo cuatro meses sin cobrar"
Marca
Actualizado Lunes, 14 junio 2027 - 00:45

Adrián 'Kilo' Benítez ha puesto fin a su etapa en Solvex Gaming. El jugador madrileño de Valorant, de 23 años, anunció en la noche del domingo, en un mensaje publicado en su cuenta de X, que rescinde unilateralmente su contrato porque el club lleva cuatro meses sin pagarle el salario.

"He aguantado todo lo que he podido por mis compañeros y por la afición, pero no se puede competir así. Desde febrero no he visto un euro", escribió Benítez, que llegó a Solvex en 2025 y fue elegido mejor jugador de la última temporada de la liga nacional.

En su mensaje, 'Kilo' asegura además que al menos dos de sus compañeros se encuentran en la misma situación y que ha puesto el caso en manos de un abogado. La publicación superaba las 40.000 interacciones pocas horas después.

MARCA intentó recabar la versión de Solvex Gaming, pero el club no había respondido a las preguntas de este diario al cierre de esta edición.

Solvex, fundado en 2021 en Madrid, terminó tercero la pasada temporada y tenía previsto disputar la fase de clasificación europea en julio. La salida de su estrella deja al equipo con solo cuatro jugadores a tres semanas de la competición.
""",
"01_en.txt": """Kilo leaves Solvex Gaming, says he hasn't been paid in four months
Dot Esports
Mon, 14 Jun 2027 08:20:00 +0000

Spanish Valorant star Adrián "Kilo" Benítez is done with Solvex Gaming. The 23-year-old said in a post on X on Sunday night that he was terminating his contract with the Madrid organization because he had not received his salary for four months.

"I've held on as long as I could for my teammates and for the fans, but you can't compete like this. I haven't seen a single euro since February," Kilo wrote.

He also claimed that at least two other Solvex players were in the same position and said he had handed the matter to a lawyer. The post had racked up more than 40,000 interactions within hours.

Solvex has not publicly responded to the accusations.

Kilo joined Solvex in 2025 and was named MVP of the most recent season of the Spanish league. His departure leaves the team with four players just three weeks before the European qualifiers in July, throwing its summer plans into doubt.

Unpaid wages have become a recurring problem in tier-two esports, where many organizations rely on a handful of sponsors and have struggled since investment in the industry cooled.
""",
"02_fr.txt": """Valorant : l'Espagnol « Kilo » quitte Solvex Gaming, faute de salaire depuis quatre mois
L'Équipe
14 juin 2027

Adrián « Kilo » Benítez a claqué la porte. Le joueur espagnol de Valorant, 23 ans, a annoncé dimanche soir dans un message publié sur X qu'il rompait son contrat avec Solvex Gaming, la structure madrilène ne lui ayant plus versé de salaire depuis quatre mois.

« J'ai tenu autant que j'ai pu pour mes coéquipiers et pour les fans, mais on ne peut pas jouer comme ça. Je n'ai pas vu un euro depuis février », écrit-il.

Selon lui, le dossier est désormais entre les mains d'un avocat. Élu meilleur joueur de la dernière saison du championnat espagnol, Benítez avait rejoint Solvex en 2025 et s'était imposé comme l'un des joueurs les plus courtisés de la scène européenne de deuxième division.

Son départ laisse l'équipe avec seulement quatre joueurs à trois semaines des qualifications européennes, prévues en juillet. Solvex n'avait pas réagi publiquement lundi matin.

Les retards de paiement de salaires se multiplient dans l'esport depuis le reflux des investissements, en particulier chez les structures qui dépendent d'un petit nombre de sponsors.
""",
"03_pl.txt": """Gwiazda hiszpańskiego Valoranta odchodzi z klubu. „Od lutego nie widziałem ani euro”
14.06.2027, 10:02

Adrián „Kilo” Benítez, jeden z najlepszych hiszpańskich graczy Valoranta, rozwiązuje kontrakt z Solvex Gaming. 23-latek napisał w niedzielę wieczorem w poście na platformie X, że madrycka organizacja od czterech miesięcy nie wypłaca mu pensji.

„Wytrzymałem, ile mogłem, dla kolegów z drużyny i dla kibiców, ale tak nie da się rywalizować” – czytamy we wpisie. Jak przekonuje Hiszpan, w identycznej sytuacji jest co najmniej dwóch innych zawodników Solvex. Sprawą ma się już zajmować jego prawnik.

Benítez trafił do Solvex w 2025 roku i został wybrany MVP ostatniego sezonu ligi hiszpańskiej. Jego odejście oznacza, że klub na trzy tygodnie przed europejskimi kwalifikacjami ma w składzie tylko czterech graczy.

Wpis zawodnika w ciągu kilku godzin zebrał ponad 40 tys. interakcji. Solvex nie odniósł się dotąd do zarzutów.

Problemy z wypłatami w drugim szeregu europejskiego e-sportu nie są nowe – po spadku inwestycji w branży wiele organizacji utrzymuje się z pieniędzy jednego lub dwóch sponsorów.
""",
}, [("Adrián Benítez", False)],
[("Adrián Benítez", "00_es.txt"), ("Adrián Benítez", "01_en.txt"),
 ("Adrián Benítez", "02_fr.txt"), ("Adrián Benítez", "03_pl.txt")],
[("Valorant player Adrián 'Kilo' Benítez is leaving Solvex Gaming, saying he has not been paid his salary for four months.",
  ["00_es.txt", "01_en.txt", "02_fr.txt", "03_pl.txt"], 1),
 ("According to Benítez, at least two other Solvex players are in the same situation.",
  ["00_es.txt", "01_en.txt", "03_pl.txt"], 1)])

# h06: outside wire agency AFP: fr "a indiqué vendredi à l'AFP" + "a-t-elle expliqué à l'agence" +
# "rapporte l'Agence France-Presse"; de "meldet die Nachrichtenagentur AFP" + "sagte ... der Agentur" +
# "laut AFP"; ru "Как сообщает агентство Франс Пресс" + "заявила агентству" + "уточняет AFP"; uk
# "Як передає агенція AFP" + "розповіла агенції" + "За інформацією агенції"; en without outlet and
# date line "organisers told AFP" + "the French news agency" + "Agence France-Presse reported".
story("h06_agency_lyon_rapid_cancelled", "agency", {
"00_fr.txt": """Échecs : le Grand Prix de rapide de Lyon annulé après le retrait de son sponsor
Le Figaro
12 février 2027 à 15:04

Le Grand Prix international d'échecs rapides de Lyon, prévu du 5 au 7 mars, n'aura pas lieu. Son principal partenaire, l'entreprise Vireo Énergie, s'est retiré, a indiqué vendredi à l'AFP la directrice du tournoi, Claire Fontanel.

« Nous avons appris le retrait de Vireo il y a dix jours. Nous avons cherché un remplaçant jour et nuit, sans succès. Sans eux, il manque plus de la moitié du budget », a-t-elle expliqué à l'agence.

Doté de 300 000 euros, le tournoi devait réunir douze joueurs invités, parmi lesquels le Français Mathis Aubertin, vainqueur de la première édition l'an dernier. Les joueurs recevront une indemnité forfaitaire de 2 000 euros chacun pour compenser les frais déjà engagés, rapporte l'Agence France-Presse. Les quelque 1 800 billets vendus seront remboursés.

Vireo Énergie n'a pas souhaité commenter, selon l'AFP. Les organisateurs espèrent relancer l'épreuve en 2028, « avec un tour de table plus large pour ne plus dépendre d'un seul partenaire ».

Lancé en 2026, le Grand Prix avait attiré plus de 4 000 spectateurs au palais des sports et près de 2 millions de vues en ligne lors de sa première édition.
""",
"01_de.txt": """Schnellschach-Turnier in Lyon abgesagt – Hauptsponsor springt ab
Der Standard
12. Februar 2027, 16:10

Das internationale Schnellschachturnier von Lyon, das vom 5. bis 7. März hätte stattfinden sollen, ist abgesagt. Grund ist der Rückzug des Hauptsponsors Vireo Énergie, meldet die Nachrichtenagentur AFP.

„Ohne Vireo fehlt mehr als die Hälfte des Budgets“, sagte Turnierdirektorin Claire Fontanel der Agentur. Man habe zehn Tage lang fieberhaft nach Ersatz gesucht – vergeblich.

Das Turnier war mit 300.000 Euro dotiert, zwölf Spieler waren eingeladen, darunter der Franzose Mathis Aubertin, Sieger der ersten Auflage. Die Eingeladenen sollen laut AFP eine Entschädigung von jeweils 2.000 Euro erhalten, rund 1800 bereits verkaufte Tickets werden erstattet.

Der Energieversorger wollte sich gegenüber der Agentur nicht äußern. Die Veranstalter hoffen, das Turnier 2028 wieder austragen zu können – dann mit mehreren Geldgebern, um nicht erneut von einem einzigen Partner abhängig zu sein.

Die Premiere im vergangenen Jahr hatte mehr als 4000 Zuschauer in die Halle gelockt.
""",
"02_ru.txt": """Турнир по быстрым шахматам в Лионе отменен из-за ухода спонсора
Спорт-Экспресс
12 февраля 2027, 18:22

Международный Гран-при по быстрым шахматам в Лионе, который должен был пройти 5–7 марта, отменен. Как сообщает агентство Франс Пресс, главный партнер турнира — компания Vireo Énergie — отказался от финансирования.

«Без них у нас нет больше половины бюджета», — заявила агентству директор соревнования Клер Фонтанель. По ее словам, организаторы десять дней искали замену, но безуспешно.

На турнир были приглашены двенадцать шахматистов, среди них француз Матис Обертен, победитель первого розыгрыша. Каждый из них получит компенсацию в размере 2 тысяч евро, уточняет AFP. Около 1800 проданных билетов будут возвращены.

В компании Vireo Énergie от комментариев отказались. Организаторы надеются провести Гран-при в 2028 году и привлечь сразу нескольких спонсоров.

Первый розыгрыш турнира в прошлом году собрал в зале более 4 тысяч зрителей. Соревнование проводилось по круговой системе с контролем 15 минут на партию и добавлением 10 секунд за ход и считалось одним из самых богатых турниров по быстрым шахматам в Европе.
""",
"03_uk.txt": """У Ліоні скасували міжнародний турнір зі швидких шахів через відмову спонсора
Українська правда
12 лютого 2027, 19:40

Міжнародний Гран-прі зі швидких шахів у Ліоні, запланований на 5–7 березня, скасовано. Як передає агенція AFP, головний спонсор змагань — компанія Vireo Énergie — вийшов із проєкту.

«Без них бракує понад половини бюджету», — розповіла агенції директорка турніру Клер Фонтанель. Організатори десять днів шукали нового партнера, але марно.

На турнір запросили 12 шахістів, зокрема француза Матіса Обертена, який виграв перший розіграш. За інформацією агенції, кожен із запрошених отримає по 2 тисячі євро компенсації, а покупцям близько 1800 квитків повернуть гроші.

Організатори сподіваються відновити турнір у 2028 році й цього разу залучити кількох спонсорів, щоб не залежати від одного партнера.

Торік перший Гран-прі в Ліоні зібрав понад 4 тисячі глядачів у залі. Турнір проводили за коловою системою з контролем 15 хвилин на партію та додаванням 10 секунд за хід, і він вважався одним із найбагатших змагань зі швидких шахів у Європі.
""",
"04_en.txt": """Lyon rapid chess Grand Prix cancelled after sponsor pulls out

The Lyon International Rapid Chess Grand Prix, scheduled for March 5-7, has been called off after its main sponsor withdrew, organisers told AFP on Friday.

"We learned about Vireo's withdrawal ten days ago and searched day and night for a replacement, without success. Without them, more than half of the budget is missing," tournament director Claire Fontanel told the French news agency.

The event, with a prize fund of 300,000 euros, had invited 12 players, including Frenchman Mathis Aubertin, winner of the inaugural edition last year. Each invited player will receive a flat 2,000 euros to cover costs already incurred, and about 1,800 tickets sold will be refunded, Agence France-Presse reported.

Energy company Vireo Énergie declined to comment, the agency said. Organisers hope to revive the tournament in 2028 with a broader group of backers so that it no longer depends on a single partner.
""",
}, [("AFP", False)],
[("AFP", "00_fr.txt"), ("AFP", "01_de.txt"), ("AFP", "02_ru.txt"), ("AFP", "03_uk.txt"),
 ("AFP", "04_en.txt")],
[("The Lyon international rapid chess Grand Prix scheduled for 5-7 March was cancelled after its main sponsor Vireo Énergie withdrew.",
  ["00_fr.txt", "01_de.txt", "02_ru.txt", "03_uk.txt", "04_en.txt"], 1),
 ("The tournament had a prize fund of €300,000.",
  ["00_fr.txt", "01_de.txt", "04_en.txt"], 1)])

# h07: two independent own reports from the arena (Onet: "Nasz reporter, który śledził finał ...",
# "powiedział Onetowi"; Sports.ru: "передает корреспондент Sports.ru, работавший на арене", "По
# наблюдениям нашего корреспондента", "рассказал корреспонденту Sports.ru"); de credits both ("Wie das
# polnische Portal Onet und die russische Sportseite Sports.ru übereinstimmend berichten") -> two
# edges; es (no date line) credits only Onet ("según el portal polaco Onet, que tenía un reportero en
# el pabellón", "Según el relato del medio polaco", "declaró a Onet").
story("h07_two_reports_katowice_final", "independent", {
"00_pl.txt": """Skandal w finale w Spodku. Telefon trenera, dwie godziny przerwy i walkower za mapę
Onet
25.04.2027 23:10

Finał turnieju Dota 2 Spodek Invitational w Katowicach został w niedzielę przerwany na ponad dwie godziny. Sędziowie znaleźli w boksie drużyny Korvus telefon należący do jej trenera, na którym była włączona transmisja meczu na żywo.

Nasz reporter, który śledził finał z trybuny prasowej w Spodku, widział, jak po drugiej mapie do kabiny Korvusa weszło trzech sędziów i przedstawiciel organizatora. Po kilkunastu minutach trener zespołu, Estończyk Rasmus Tamm, został wyprowadzony z hali.

– Trener nie może mieć w boksie żadnego urządzenia z dostępem do transmisji. To podstawowa zasada i wszystkie drużyny ją znały – powiedział Onetowi główny sędzia turnieju Paweł Grzesik. Organizator przyznał trzecią mapę walkowerem drużynie Nightcrane.

Po wznowieniu gry Nightcrane wygrał czwartą mapę i cały finał 3:1, zgarniając 400 tys. dolarów z puli nagród wynoszącej milion dolarów. Część z blisko 9 tysięcy kibiców wygwizdała ceremonię dekoracji.

Zgodnie z regulaminem Korvus ma 48 godzin na złożenie protestu. Przedstawiciele drużyny nie odpowiedzieli na pytania Onetu.
""",
"01_ru.txt": """Финал в Катовице остановили на два часа: у тренера Korvus нашли телефон с трансляцией
Sports.ru
25 апреля 2027, 23:55

Финал Spodek Invitational по Dota 2 в Катовице был прерван больше чем на два часа после того, как судьи обнаружили в кабинке команды Korvus телефон ее тренера с открытой прямой трансляцией матча. Об этом передает корреспондент Sports.ru, работавший на арене.

По наблюдениям нашего корреспондента, после второй карты к кабинке Korvus подошли трое судей, а спустя примерно 15 минут тренера команды эстонца Расмуса Тамма вывели из зала в сопровождении охраны.

Организаторы засчитали Korvus техническое поражение на третьей карте. После возобновления игры Nightcrane выиграл четвертую карту и весь финал со счетом 3:1, получив 400 тысяч долларов призовых.

Капитан Korvus Андрей Лесков рассказал корреспонденту Sports.ru, что команда подаст протест. «Тренер смотрел трансляцию в перерыве между картами, никаких подсказок игрокам не было. Лишать нас карты за это — абсурд», — сказал он.

По регламенту турнира у Korvus есть 48 часов на подачу протеста. Организаторы пообещали рассмотреть его до конца недели.
""",
"02_de.txt": """Dota-2-Finale in Kattowitz: Trainer mit Livestream auf dem Handy erwischt
Der Spiegel
2027-04-26 09:15

Beim Finale des Dota-2-Turniers Spodek Invitational im polnischen Kattowitz ist es am Sonntagabend zum Eklat gekommen. Wie das polnische Portal Onet und die russische Sportseite Sports.ru übereinstimmend berichten, fanden Schiedsrichter in der Kabine des Teams Korvus das Handy von dessen Trainer Rasmus Tamm, auf dem der Livestream des Spiels lief.

Das Finale wurde für mehr als zwei Stunden unterbrochen. Die Veranstalter werteten die dritte Karte für den Gegner Nightcrane, der anschließend auch die vierte Karte und damit die Serie mit 3:1 gewann. Das Siegerteam kassiert den Berichten zufolge 400.000 Dollar.

Beide Medien hatten Reporter in der Halle. Nach Angaben von Onet wurde Tamm nach wenigen Minuten aus der Arena geführt.

Sogenanntes Ghosting – das Mitschauen des Livestreams, um Positionen und Pläne des Gegners zu erkennen – gilt im E-Sport als einer der schwersten Regelverstöße. Viele Veranstalter verbieten deshalb Trainern und Spielern in den Kabinen jedes Gerät mit Internetzugang.
""",
"03_es.txt": """Escándalo en la final de Dota 2 en Katowice: el entrenador de Korvus, pillado con la retransmisión en el móvil
El País

La final del torneo de Dota 2 Spodek Invitational, celebrada el domingo en la ciudad polaca de Katowice, estuvo detenida más de dos horas después de que los árbitros encontraran en la cabina del equipo Korvus el teléfono de su entrenador, el estonio Rasmus Tamm, con la retransmisión en directo del partido, según el portal polaco Onet, que tenía un reportero en el pabellón.

Según el relato del medio polaco, tres árbitros y un representante de la organización entraron en la cabina tras el segundo mapa y, minutos después, Tamm fue escoltado fuera del recinto. "El entrenador no puede tener en la cabina ningún dispositivo con acceso a la retransmisión", declaró a Onet el árbitro principal, Paweł Grzesik.

La organización dio el tercer mapa por perdido a Korvus. Nightcrane ganó después el cuarto y se llevó la final por 3-1 y 400.000 dólares, precisa el portal.

El llamado ghosting —seguir la retransmisión para conocer las posiciones del rival— está considerado una de las infracciones más graves en los deportes electrónicos.
""",
}, [("Onet", True), ("Sports.ru", True)],
[("Onet", "02_de.txt"), ("Sports.ru", "02_de.txt"), ("Onet", "03_es.txt")],
[("The Spodek Invitational Dota 2 final in Katowice was halted for more than two hours after referees found Korvus coach Rasmus Tamm's phone showing the live broadcast in the team's booth.",
  ["00_pl.txt", "01_ru.txt", "02_de.txt", "03_es.txt"], 2),
 ("Nightcrane won the final 3-1 after being awarded the third map and took $400,000.",
  ["00_pl.txt", "01_ru.txt", "02_de.txt", "03_es.txt"], 2),
 ("Korvus captain Andrei Leskov said the team will file a protest.",
  ["01_ru.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = {"about": "Hand-written provenance test set 149 (invented events, real media names); see README.md.",
           "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, n in claims:
            assert all(a in arts for a in al), (id, t)
        out["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
