#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand109 set.

Education, universities and research. Real media names; every event, person, university
(except real journals, ministries and agencies named as such), figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside origin = a paper in the journal Nature, taken directly by all four articles.
# en "according to a study published on Wednesday in the journal Nature" + "the authors write";
# pl "wynika z badań opublikowanych w środę na łamach … „Nature”" + "Jak czytamy w publikacji";
# pt "segundo um estudo publicado … na revista científica Nature" + "lê-se no artigo";
# es credit at the end of the lead "concluye un trabajo que publica esta semana la revista Nature".
story("t01_journal_nature_seagrass", "journal", {
"00_en.txt": """Baltic seagrass meadows store three times more carbon than thought, study finds
The Guardian
2027-03-10T16:00:00+00:00

Underwater meadows of eelgrass along the southern Baltic coast lock away more than three times as much carbon as scientists had assumed, according to a study published on Wednesday in the journal Nature.

The researchers, from Poland, Portugal, Germany and Sweden, drilled 212 sediment cores in 38 meadows between the Gulf of Gdańsk and the Danish straits. They found an average of 412 tonnes of organic carbon per hectare in the top metre of sediment, compared with the roughly 120 tonnes used in most national carbon inventories.

"The Baltic has been treated as a poor cousin of Mediterranean seagrass systems, and our cores show that assumption was simply wrong," the authors write. Cold water and low oxygen in the sediment slow the decay of dead leaves and roots, the paper says, so carbon that would be released within decades elsewhere stays buried for centuries.

The finding cuts both ways. The same cores show that about 61% of the meadow area mapped in the 1950s has since disappeared, largely because of nutrient run-off from farms and dredging for ports. When a meadow dies, the study warns, the top layers of sediment are exposed to storms and can release part of their stored carbon within a few years.

The paper's lead author, Marta Zieleniewska of the Hel Coastal Research Centre, and her 13 co-authors estimate that restoring half of the lost meadows would store as much carbon each year as a mid-sized European city emits. They call on Baltic governments to count seagrass in their climate plans, which none of them currently does.

Seagrass covers less than 0.2% of the world's ocean floor but is thought to account for around a tenth of the carbon buried in marine sediments every year.
""",
"01_pl.txt": """Trawa morska z Bałtyku magazynuje trzy razy więcej węgla, niż sądzono
Rzeczpospolita
11 marca 2027 r.

Łąki trawy morskiej (zostery) u południowych wybrzeży Bałtyku wiążą ponad trzy razy więcej węgla, niż dotąd zakładali naukowcy – wynika z badań opublikowanych w środę na łamach prestiżowego tygodnika „Nature”.

Międzynarodowy zespół, którym kierowała dr Marta Zieleniewska z Helskiego Centrum Badań Przybrzeżnych, pobrał 212 rdzeni osadów z 38 podwodnych łąk – od Zatoki Gdańskiej po cieśniny duńskie. W górnym metrze osadu znajdowało się średnio 412 ton węgla organicznego na hektar. W większości krajowych inwentaryzacji emisji przyjmuje się tymczasem ok. 120 ton.

„Bałtyk traktowano jak ubogiego krewnego łąk śródziemnomorskich. Nasze rdzenie pokazują, że to założenie było po prostu błędne” – piszą autorzy. Jak czytamy w publikacji, zimna woda i niska zawartość tlenu w osadach spowalniają rozkład obumarłych liści i korzeni, dlatego węgiel pozostaje zakopany przez stulecia.

Badanie ma też ciemną stronę. Według autorów od lat 50. zniknęło ok. 61 proc. powierzchni łąk, głównie przez spływ nawozów z pól i pogłębianie torów wodnych. Kiedy łąka obumiera, wierzchnie warstwy osadu są wystawione na działanie sztormów i w ciągu kilku lat mogą uwolnić część zgromadzonego węgla.

Naukowcy szacują, że odtworzenie połowy utraconych łąk pozwoliłoby co roku związać tyle węgla, ile emituje średniej wielkości europejskie miasto. Apelują do państw bałtyckich, by uwzględniły trawę morską w swoich planach klimatycznych. Polska, podobnie jak jej sąsiedzi, dotąd tego nie robi.
""",
"02_pt.txt": """Pradarias marinhas do Báltico guardam três vezes mais carbono do que se pensava
Público
11/03/2027 08:45

As pradarias de ervas marinhas do Sul do mar Báltico armazenam mais do triplo do carbono que os cientistas estimavam, segundo um estudo publicado esta quarta-feira na revista científica Nature, que conta com a participação de investigadores portugueses.

A equipa internacional, liderada pela polaca Marta Zieleniewska, do Centro de Investigação Costeira de Hel, e que inclui dois investigadores do Centro de Ciências do Mar do Atlântico, em Faro, recolheu 212 amostras de sedimentos em 38 pradarias entre o golfo de Gdansk e os estreitos dinamarqueses. No primeiro metro de sedimento encontrou, em média, 412 toneladas de carbono orgânico por hectare — contra as cerca de 120 toneladas usadas na maioria dos inventários nacionais.

"O Báltico tem sido tratado como o parente pobre das pradarias mediterrânicas, e as nossas amostras mostram que esse pressuposto estava simplesmente errado", lê-se no artigo. A água fria e o pouco oxigénio nos sedimentos abrandam a decomposição das folhas e raízes mortas, explicam os autores.

Há, porém, um reverso. Cerca de 61% da área de pradaria cartografada nos anos 1950 desapareceu, sobretudo por causa da poluição agrícola e das dragagens portuárias. Quando uma pradaria morre, alerta o estudo, o carbono acumulado pode ser libertado em poucos anos.

As ervas marinhas ocupam menos de 0,2% dos fundos oceânicos, mas estima-se que sejam responsáveis por cerca de um décimo do carbono enterrado anualmente nos sedimentos marinhos. Em Portugal, as pradarias da ria Formosa e do estuário do Sado têm sido alvo de projectos de restauro.
""",
"03_es.txt": """Las praderas submarinas del Báltico, un sumidero de carbono infravalorado
El País
11 mar 2027 - 10:30 CET

Las praderas de fanerógamas marinas que tapizan el fondo del sur del Báltico almacenan más del triple de carbono de lo que se creía, concluye un trabajo que publica esta semana la revista Nature.

De acuerdo con el estudio, firmado por 14 científicos de Polonia, Portugal, Alemania y Suecia, el primer metro de sedimento bajo estas praderas contiene de media 412 toneladas de carbono orgánico por hectárea. La cifra que manejan la mayoría de los inventarios nacionales de emisiones ronda las 120 toneladas. Los autores, dirigidos por la ecóloga polaca Marta Zieleniewska, extrajeron 212 testigos de sedimento en 38 praderas.

La explicación está en el propio mar: el agua fría y la escasez de oxígeno frenan la descomposición de hojas y raíces muertas, de modo que el carbono queda enterrado durante siglos. "El Báltico ha sido tratado como el pariente pobre de las praderas mediterráneas", escriben los investigadores, que consideran que esa suposición "era sencillamente errónea".

El artículo también trae una advertencia. Alrededor del 61% de la superficie de praderas cartografiada en los años cincuenta ha desaparecido, sobre todo por los nitratos agrícolas y los dragados portuarios, y cuando una pradera muere parte del carbono acumulado puede liberarse en pocos años.

En España, la posidonia del Mediterráneo es el ejemplo más estudiado de este tipo de sumideros, conocidos como carbono azul. El equipo pide a los países ribereños del Báltico que incluyan las praderas en sus planes climáticos.
""",
}, [("Nature", False)],
[("Nature", "00_en.txt"), ("Nature", "01_pl.txt"), ("Nature", "02_pt.txt"), ("Nature", "03_es.txt")],
[("Baltic seagrass meadows store more than three times as much carbon as previously estimated.",
  ["00_en.txt", "01_pl.txt", "02_pt.txt", "03_es.txt"], 1),
 ("The researchers took 212 sediment cores in 38 meadows and found on average 412 tonnes of organic carbon per hectare.",
  ["00_en.txt", "01_pl.txt", "02_pt.txt", "03_es.txt"], 1),
 ("About 61% of the meadow area mapped in the 1950s has disappeared.",
  ["00_en.txt", "01_pl.txt", "02_pt.txt", "03_es.txt"], 1)])

# t02: outside origin = the University of Almanzora's own press release on its website.
# es "según ha informado la propia institución en un comunicado publicado este lunes en su web" +
# "detalla la nota" + "sostiene el texto" + unanswered request "Este diario ha intentado sin éxito";
# pt "anunciou a própria universidade em comunicado" + "Segundo a nota da instituição";
# fr (no date line) "a annoncé l'établissement lundi dans un communiqué" + "Selon le communiqué";
# en credit at the end "the university said in a statement on its website" + "the statement added".
story("t02_press_release_cyberattack", "institution", {
"00_es.txt": """La Universidad de Almanzora aplaza dos semanas los exámenes tras sufrir un ciberataque
El País
18 ene 2027 - 13:42 CET

La Universidad de Almanzora ha aplazado dos semanas todos los exámenes de la convocatoria de enero después de que un ataque informático con un programa de secuestro de datos (ransomware) cifrara durante el fin de semana los servidores de su campus virtual y de la secretaría académica, según ha informado la propia institución en un comunicado publicado este lunes en su web.

Las pruebas, que debían empezar este martes, se celebrarán a partir del 1 de febrero. El aplazamiento afecta a unos 23.400 estudiantes de grado y máster, entre ellos 640 alumnos de intercambio, detalla la nota.

La universidad asegura que detectó el ataque en la madrugada del sábado y que desconectó de inmediato todos sus sistemas. "Por el momento no hay indicios de que se hayan extraído datos personales", sostiene el texto, que añade que el incidente se ha denunciado ante la Guardia Civil y se ha comunicado al Instituto Nacional de Ciberseguridad (Incibe).

"Nuestra prioridad es que ningún estudiante salga perjudicado por algo de lo que no tiene ninguna culpa", afirma en el comunicado la rectora, Inmaculada Berenguel Soto. La institución ha habilitado cuentas de correo provisionales y promete publicar el nuevo calendario antes del viernes.

Este diario ha intentado sin éxito obtener más detalles de la universidad sobre el origen del ataque y sobre si ha recibido alguna petición de rescate.

Los ataques de ransomware contra universidades se han multiplicado en Europa en los últimos años; en la mayoría de los casos los atacantes exigen un pago en criptomonedas a cambio de la clave para descifrar los sistemas.
""",
"01_pt.txt": """Ciberataque obriga universidade espanhola a adiar exames de 23 mil alunos
Público
18 de Janeiro de 2027, 17:05

A Universidade de Almanzora, no Sul de Espanha, adiou por duas semanas todos os exames da época de Janeiro depois de um ataque informático do tipo ransomware ter encriptado os servidores do campus virtual e dos serviços académicos, anunciou a própria universidade em comunicado divulgado nesta segunda-feira.

Segundo a nota da instituição, as provas, que deviam começar na terça-feira, passam para 1 de Fevereiro. São afectados cerca de 23.400 estudantes de licenciatura e mestrado, incluindo 640 alunos em programas de intercâmbio. A universidade não diz quantos destes são portugueses.

O ataque foi detectado na madrugada de sábado e todos os sistemas foram desligados de imediato. "Por enquanto não há indícios de que tenham sido extraídos dados pessoais", refere o comunicado, acrescentando que o caso foi participado à Guardia Civil e comunicado ao instituto nacional de cibersegurança espanhol.

A reitora, Inmaculada Berenguel Soto, garante no mesmo texto que a prioridade é "que nenhum estudante saia prejudicado por algo de que não tem qualquer culpa". O novo calendário de exames será publicado até sexta-feira.

Os ataques com ransomware bloqueiam os sistemas informáticos das vítimas, que só voltam a ter acesso aos seus dados depois de pagarem um resgate ou de os recuperarem a partir de cópias de segurança. Nos últimos anos, várias universidades europeias, incluindo portuguesas, foram alvo deste tipo de ataque.
""",
"02_fr.txt": """Espagne : victime d'un rançongiciel, une université reporte ses examens
Le Monde

L'université d'Almanzora, dans le sud de l'Espagne, a reporté de deux semaines l'ensemble de ses examens de janvier après une cyberattaque par rançongiciel qui a chiffré les serveurs de son campus numérique et de sa scolarité, a annoncé l'établissement lundi dans un communiqué.

Les épreuves, qui devaient débuter mardi, commenceront le 1er février. Selon le communiqué, l'attaque a été détectée dans la nuit de vendredi à samedi et tous les systèmes ont été immédiatement déconnectés. « À ce stade, rien n'indique que des données personnelles aient été dérobées », assure l'université, qui précise avoir porté plainte auprès de la Guardia Civil.

« Notre priorité est qu'aucun étudiant ne soit pénalisé pour quelque chose dont il n'est en rien responsable », écrit la rectrice, Inmaculada Berenguel Soto, citée dans le texte. Un nouveau calendrier doit être publié d'ici à vendredi.

Les universités européennes sont devenues des cibles régulières de ce type d'attaques, dans lesquelles les pirates bloquent les systèmes informatiques et réclament une rançon, généralement en cryptomonnaie, pour les débloquer. En France, plusieurs établissements ont dû fermer temporairement leurs espaces numériques de travail ces dernières années, parfois pendant plusieurs semaines.
""",
"03_en.txt": """Spanish university delays exams for two weeks after ransomware attack
Times Higher Education
January 19, 2027

All January examinations at Spain's University of Almanzora have been pushed back by two weeks after a ransomware attack encrypted the servers behind its virtual campus and student records over the weekend, the university said in a statement on its website.

Exams that were due to start on 19 January will now begin on 1 February. About 23,400 undergraduate and master's students are affected, including 640 exchange students, the statement added.

The Andalusian institution said it detected the intrusion in the early hours of Saturday and immediately took all of its systems offline. It has reported the incident to the Guardia Civil and to Spain's national cybersecurity institute, Incibe, and said that "at this stage there is no indication that personal data have been extracted".

"Our priority is that no student is penalised for something that is in no way their fault," rector Inmaculada Berenguel Soto said in the statement. A revised timetable is to be published by Friday, and staff and students have been given temporary email accounts.

The university did not say whether a ransom had been demanded.

Ransomware has become one of the most disruptive threats facing European higher education. Attacks typically lock institutions out of their own systems, and recovery can take weeks even when backups are intact; several UK universities have had to run assessments on paper after similar incidents.
""",
}, [("Universidad de Almanzora", False)],
[("Universidad de Almanzora", "00_es.txt"), ("Universidad de Almanzora", "01_pt.txt"),
 ("Universidad de Almanzora", "02_fr.txt"), ("Universidad de Almanzora", "03_en.txt")],
[("A ransomware attack encrypted the University of Almanzora's servers and the university postponed its January exams by two weeks, to 1 February.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], 1),
 ("About 23,400 students are affected, including 640 exchange students.",
  ["00_es.txt", "01_pt.txt", "03_en.txt"], 1),
 ("So far there is no indication that personal data were extracted.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], 1)])

# t03: outside origin = an order of Ukraine's Ministry of Education and Science (МОН) published
# on its website. Chain МОН -> Освіта.ua (uk) -> PAP (pl) -> Gazeta Wyborcza (pl); the en article
# takes the order directly. uk "Про це йдеться в наказі МОН №214 …, оприлюдненому на сайті
# відомства" + "Згідно з документом"; pl PAP "podał w czwartek ukraiński portal edukacyjny
# Osvita.ua, powołując się na rozporządzenie tamtejszego Ministerstwa Edukacji i Nauki" +
# "Według portalu" + "Jak informuje Osvita.ua" (plus background "według danych MEN" = Polish
# ministry statistics, not a source of the report); en "according to an order of the Education
# and Science Ministry published on its website" + "the order says"; pl GW "podała Polska Agencja
# Prasowa, powołując się na ukraiński portal edukacyjny" + "Według PAP" + "Agencja przypomina".
story("t03_ministry_order_nmt_chain", "chain", {
"00_uk.txt": """МОН затвердило порядок НМТ-2027: тест можна буде скласти у 31 місті за кордоном
Освіта.ua
04.02.2027 09:12

Міністерство освіти і науки затвердило порядок проведення національного мультипредметного тесту у 2027 році. Вперше закордонні пункти тестування працюватимуть у 31 місті 14 країн, зокрема в семи містах Польщі. Про це йдеться в наказі МОН №214 від 3 лютого, оприлюдненому на сайті відомства.

Згідно з документом, основна сесія НМТ триватиме з 20 травня до 28 червня, а реєстрація учасників — з 1 до 31 березня. Тест, як і торік, складатиметься з чотирьох предметів: української мови, математики, історії України та одного предмета на вибір. На виконання всіх завдань відводитимуть 230 хвилин.

У Польщі пункти тестування відкриють у Варшаві, Кракові, Вроцлаві, Гданську, Познані, Любліні та Жешуві. Крім того, у наказі названо міста в Німеччині, Чехії, Іспанії, Португалії та ще дев'яти країнах. Як зазначено в документі, учасники, які перебувають за кордоном, під час реєстрації мають обрати місто тестування, а змінити його після 31 березня буде неможливо.

Додаткова сесія для тих, хто не зміг скласти тест з поважних причин, запланована на липень. Точні дати наказ доручає визначити Українському центру оцінювання якості освіти.

Нагадаємо, торік НМТ за кордоном можна було скласти лише в 14 містах, тож тисячі вступників були змушені їхати на тестування до інших країн.
""",
"01_pl.txt": """Ukraińscy maturzyści napiszą test NMT w siedmiu polskich miastach
PAP
4 lutego 2027, 14:30

Ukraińscy kandydaci na studia, którzy przebywają w Polsce, będą mogli w tym roku przystąpić do narodowego testu multiprzedmiotowego (NMT) w siedmiu polskich miastach – podał w czwartek ukraiński portal edukacyjny Osvita.ua, powołując się na rozporządzenie tamtejszego Ministerstwa Edukacji i Nauki.

Według portalu punkty egzaminacyjne powstaną w Warszawie, Krakowie, Wrocławiu, Gdańsku, Poznaniu, Lublinie i Rzeszowie. Łącznie test będzie można napisać za granicą w 31 miastach w 14 krajach.

Jak informuje Osvita.ua, główna sesja NMT potrwa od 20 maja do 28 czerwca, a rejestracja kandydatów ruszy 1 marca i zakończy się 31 marca. Test obejmie cztery przedmioty: język ukraiński, matematykę, historię Ukrainy oraz jeden przedmiot do wyboru.

NMT zastępuje w Ukrainie od 2022 r. dawny zewnętrzny egzamin niezależny (ZNO) i jest podstawą rekrutacji na studia. Wynik testu uznają wszystkie ukraińskie uczelnie państwowe.

W polskich szkołach według danych MEN uczy się w bieżącym roku szkolnym ponad 150 tys. dzieci i młodzieży z Ukrainy. Część z nich równolegle kontynuuje naukę w ukraińskich szkołach w trybie zdalnym, by móc później studiować w Ukrainie.
""",
"02_en.txt": """Ukraine to hold university entrance test in 31 cities abroad
The Kyiv Independent
Feb. 4, 2027, 4:40 PM

Ukrainian school-leavers will be able to sit the national multi-subject test (NMT) in 31 cities in 14 foreign countries this year, more than twice as many as in 2026, according to an order of the Education and Science Ministry published on its website on Feb. 3.

The test's main session will run from May 20 to June 28, the order says, with registration open from March 1 to March 31. Poland, home to the largest community of Ukrainian refugees of school age, will get seven test centers, in Warsaw, Krakow, Wroclaw, Gdansk, Poznan, Lublin and Rzeszow.

As in previous years, the NMT will consist of four subjects — Ukrainian language, mathematics, history of Ukraine and one elective — and candidates will have 230 minutes to complete it.

Under the ministry's order, applicants abroad must choose their test city when they register and will not be able to change it after March 31. An additional session for those who miss the test for valid reasons is planned for July.

The NMT replaced the external independent evaluation (ZNO) after Russia's full-scale invasion in 2022 and is the main basis for university admissions in Ukraine. Last year, centers abroad were available in only 14 cities, and thousands of applicants living abroad had to travel to neighboring countries to take the test.
""",
"03_pl.txt": """Test dla ukraińskich maturzystów także w Rzeszowie i Lublinie
Gazeta Wyborcza
05.02.2027

Młodzi Ukraińcy mieszkający w Polsce napiszą w tym roku ukraiński test wstępny na studia w siedmiu polskich miastach – wynika z informacji, które w czwartek podała Polska Agencja Prasowa, powołując się na ukraiński portal edukacyjny.

Według PAP narodowy test multiprzedmiotowy (NMT) będzie można zdawać w Warszawie, Krakowie, Wrocławiu, Gdańsku, Poznaniu, Lublinie i Rzeszowie. W sumie Ukraina uruchomi za granicą punkty testowe w 31 miastach w 14 krajach. Główna sesja potrwa od 20 maja do 28 czerwca.

Dla wielu rodzin to duża ulga. W ubiegłym roku kandydaci z Podkarpacia i Lubelszczyzny musieli jeździć na test do innych miast, a czasem nawet za granicę.

Agencja przypomina, że NMT od 2022 r. zastępuje w Ukrainie dawny egzamin zewnętrzny i jest podstawą przyjęć na ukraińskie uczelnie. Test składa się z czterech części: języka ukraińskiego, matematyki, historii Ukrainy i przedmiotu do wyboru.

Ukraińscy uczniowie w polskich szkołach często uczą się w dwóch systemach jednocześnie – rano w polskiej szkole, po południu zdalnie w ukraińskiej. Od wyniku NMT zależy, czy będą mogli kontynuować naukę na studiach w Ukrainie.
""",
}, [("Ministry of Education and Science of Ukraine", False)],
[("Ministry of Education and Science of Ukraine", "00_uk.txt"), ("Освіта.ua", "01_pl.txt"),
 ("Ministry of Education and Science of Ukraine", "02_en.txt"), ("PAP", "03_pl.txt")],
[("Ukraine's 2027 national multi-subject test (NMT) will be held abroad in 31 cities in 14 countries, seven of them in Poland.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_pl.txt"], 1),
 ("The main NMT session runs from 20 May to 28 June.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt", "03_pl.txt"], 1),
 ("Registration for the NMT runs from 1 to 31 March.",
  ["00_uk.txt", "01_pl.txt", "02_en.txt"], 1)])

# t04: outside origin = a rector's own LinkedIn post, taken directly by all three articles.
# pl "Swoją decyzję ogłosił … we wpisie na LinkedInie" + "– napisał prof. Wierzbicki" + "We wpisie
# rektor poinformował" + unanswered questions of „Wyborczej” to the ministry (no own reporting);
# uk "Про це він написав у своєму дописі в LinkedIn, передає кореспондент Укрінформу у Варшаві"
# (a correspondent relaying a post: no own reporting) + "додав він у дописі";
# en "announced the decision in a post on LinkedIn" + "he wrote" + "According to the post".
story("t04_rector_linkedin_post", "person_post", {
"00_pl.txt": """Rektor Politechniki Nadodrzańskiej odchodzi. „Nie będę zarządzał likwidacją uczelni”
Gazeta Wyborcza
1 marca 2027, 08:05

Prof. Tomasz Wierzbicki, rektor Politechniki Nadodrzańskiej, złoży urząd z końcem marca. Swoją decyzję ogłosił w niedzielę wieczorem we wpisie na LinkedInie, w którym ostro skrytykował cięcia w finansowaniu uczelni.

„Nie będę rektorem, który zarządza likwidacją uczelni. Z dniem 31 marca rezygnuję z funkcji” – napisał prof. Wierzbicki. Jak wyliczył, tegoroczna subwencja dla politechniki jest o 14 proc. niższa niż w 2026 r., co oznacza ubytek ok. 58 mln zł.

We wpisie rektor poinformował też, że od października uczelnia zawiesza rekrutację na dziewięć z 34 kierunków studiów, m.in. na inżynierię materiałową, geodezję i transport. „Przez dwa lata pisaliśmy do ministerstwa, pokazywaliśmy liczby, prosiliśmy o rozmowę. Odpowiedzią jest arkusz kalkulacyjny” – dodał.

Wpis w ciągu kilku godzin udostępniło kilkuset pracowników naukowych z całego kraju. Pod postem pojawiły się też komentarze studentów, w tym wielu spośród ponad 1100 Ukraińców, którzy studiują na politechnice.

Ministerstwo Nauki i Szkolnictwa Wyższego do poniedziałku rano nie odpowiedziało na pytania „Wyborczej” w sprawie subwencji dla uczelni.

Politechnika Nadodrzańska kształci ok. 9 tys. studentów i jest jedną z największych uczelni technicznych w zachodniej Polsce. Prof. Wierzbicki kieruje nią od 2024 r.; jego kadencja miała potrwać do 2028 r.
""",
"01_uk.txt": """Ректор польської політехніки, де навчаються понад тисяча українців, оголосив про відставку
Укрінформ
01.03.2027 12:47

Ректор Надодрянської політехніки (Politechnika Nadodrzańska) професор Томаш Вежбицький оголосив, що 31 березня складе повноваження на знак протесту проти скорочення державного фінансування університету. Про це він написав у своєму дописі в LinkedIn, передає кореспондент Укрінформу у Варшаві.

«Я не буду ректором, який керує ліквідацією університету», — наголосив Вежбицький. За його словами, цьогорічна субвенція для політехніки на 14% менша, ніж у 2026 році, тобто навчальний заклад недоотримає близько 58 млн злотих.

Ректор також повідомив, що з жовтня університет призупиняє набір на дев'ять із 34 спеціальностей, зокрема на матеріалознавство, геодезію та транспорт. «Два роки ми писали до міністерства, показували цифри, просили про зустріч. Відповіддю стала електронна таблиця», — додав він у дописі.

У Надодрянській політехніці навчаються близько 9 тисяч студентів, з них понад 1100 — громадяни України. Чи торкнеться призупинення набору програм, на яких навчаються українці, ректор не уточнив.

Польські університети останніми роками скаржаться, що державне фінансування не встигає за інфляцією та зростанням зарплат викладачів.
""",
"02_en.txt": """Rector quits in protest at cuts as Polish university suspends nine programmes
University World News
01 March 2027

The rector of Poland's Nadodrzańska University of Technology, Professor Tomasz Wierzbicki, will step down on 31 March in protest at a cut in state funding that he says will force the institution to suspend admissions to nine of its 34 degree programmes.

Wierzbicki announced the decision in a post on LinkedIn on Sunday evening. "I will not be the rector who manages the liquidation of this university," he wrote.

According to the post, this year's state subsidy for the university is 14% lower than in 2026, a shortfall of about PLN58 million (US$14.5 million). Admissions will be halted from October to programmes including materials engineering, geodesy and transport.

"For two years we wrote to the ministry, showed the numbers and asked for a meeting. The answer was a spreadsheet," Wierzbicki added.

The university, in western Poland, has about 9,000 students, more than 1,100 of them from Ukraine. By Monday morning the post had been shared by several hundred academics across the country.

University leaders in Poland have warned for several years that public funding for higher education has failed to keep pace with inflation and salary increases, and have called for a multi-year funding agreement with the government.
""",
}, [("Tomasz Wierzbicki", False)],
[("Tomasz Wierzbicki", "00_pl.txt"), ("Tomasz Wierzbicki", "01_uk.txt"), ("Tomasz Wierzbicki", "02_en.txt")],
[("Rector Tomasz Wierzbicki will resign on 31 March in protest at funding cuts.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1),
 ("The university will suspend admissions to nine of its 34 degree programmes from October.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1),
 ("This year's state subsidy is 14% lower than in 2026, about 58 million zloty less.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1)])

# t05: in-corpus scoop (Le Figaro: leaked internal note + an anonymous ministerial adviser + a
# university president; the ministry's no-comment to Le Figaro is part of its report) relayed 3x.
# fr own "Selon une note interne de 17 pages que Le Figaro a pu consulter" + "explique au Figaro
# un conseiller ministériel, qui a requis l'anonymat"; es EFE "según publica este martes el diario
# Le Figaro" + "El rotativo conservador asegura" + "De acuerdo con el periódico" + "Le Figaro cita
# a un asesor … que pidió el anonimato" + "agrega el diario"; pt Lusa "noticia hoje o diário Le
# Figaro" + "Segundo o Figaro" + "citado sob anonimato pelo diário"; en Reuters "daily Le Figaro
# reported on Tuesday, citing an internal ministry note" + "the newspaper said" + "did not
# immediately respond to a Reuters request for comment" (no own reporting).
story("t05_figaro_leaked_note_fees", "scoop", {
"00_fr.txt": """Master : le gouvernement envisage de porter à 6 200 euros les frais d'inscription des étudiants extra-européens
Le Figaro
16/02/2027 à 06:00

Le ministère de l'Enseignement supérieur étudie une forte hausse des droits d'inscription en master pour les étudiants venus de pays extérieurs à l'Union européenne. Selon une note interne de 17 pages que Le Figaro a pu consulter, ces frais passeraient de 3 879 à 6 200 euros par an à la rentrée 2028.

Le document, daté du 9 février et rédigé par la direction générale de l'enseignement supérieur, propose également de limiter fortement les exonérations que les universités peuvent accorder à ces étudiants. Aujourd'hui, une majorité d'établissements renoncent en partie à appliquer les tarifs différenciés instaurés en 2019. Environ 112 000 étudiants seraient concernés, estiment les auteurs de la note.

« L'idée est que ce soit voté dans le budget 2028, pour que les universités aient un an pour s'y préparer », explique au Figaro un conseiller ministériel, qui a requis l'anonymat. Un président d'université, qui a participé à une réunion de concertation la semaine dernière, confirme que le chiffre de 6 200 euros « a été posé sur la table ».

La note évalue à 210 millions d'euros par an les recettes supplémentaires attendues. Elle reconnaît toutefois un « risque d'effet d'éviction » pour les étudiants d'Afrique francophone et d'Amérique latine, qui représentent plus de la moitié des effectifs concernés.

Sollicité, le cabinet du ministre n'a pas souhaité commenter « un document de travail parmi d'autres ».
""",
"01_es.txt": """Francia estudia subir a 6.200 euros la matrícula de máster para estudiantes no comunitarios
EFE
2027-02-16 11:20

París, 16 feb (EFE).- El Gobierno francés estudia elevar de 3.879 a 6.200 euros anuales las tasas de matrícula de máster para los estudiantes procedentes de fuera de la Unión Europea a partir del curso 2028-2029, según publica este martes el diario Le Figaro.

El rotativo conservador asegura haber consultado una nota interna de 17 páginas del Ministerio de Enseñanza Superior, fechada el 9 de febrero, que propone además restringir las exenciones que hoy conceden muchas universidades a esos alumnos.

De acuerdo con el periódico, la medida afectaría a unos 112.000 estudiantes y permitiría recaudar 210 millones de euros más al año. El propio documento reconoce un "riesgo de efecto expulsión" para los estudiantes del África francófona y de América Latina.

Le Figaro cita a un asesor ministerial que pidió el anonimato, según el cual la idea es incluir la subida en los presupuestos de 2028 para que las universidades tengan un año para prepararse. El gabinete del ministro declinó comentar lo que calificó de "un documento de trabajo entre otros", agrega el diario.

Francia es uno de los principales destinos europeos de los universitarios latinoamericanos, especialmente de colombianos, mexicanos y brasileños, que en su gran mayoría cursan estudios de máster y doctorado. EFE
""",
"02_pt.txt": """França pondera subir propinas de mestrado para 6.200 euros para alunos de fora da UE
Lusa
16-02-2027 13:05

Paris, 16 fev 2027 (Lusa) - O Governo francês está a estudar um aumento das propinas de mestrado para estudantes de países de fora da União Europeia, que passariam de 3.879 para 6.200 euros por ano a partir de 2028, noticia hoje o diário Le Figaro.

O jornal, que diz ter tido acesso a uma nota interna de 17 páginas do Ministério do Ensino Superior, escreve que o documento propõe também limitar as isenções que as universidades concedem a estes alunos.

Segundo o Figaro, a medida abrangeria cerca de 112 mil estudantes. Um conselheiro ministerial, citado sob anonimato pelo diário, afirmou que a intenção é incluir o aumento no orçamento de 2028.

Os estudantes portugueses, enquanto cidadãos europeus, não seriam afetados. A medida atingiria, no entanto, os estudantes brasileiros e dos países africanos de língua portuguesa, que estão entre as comunidades lusófonas mais numerosas no ensino superior francês.

O gabinete do ministro francês recusou comentar aquilo que classificou como "um documento de trabalho entre outros", segundo o jornal.

A França introduziu em 2019 propinas diferenciadas para estudantes extracomunitários, mas muitas universidades têm usado a margem legal de que dispõem para isentar uma parte significativa desses alunos.
""",
"03_en.txt": """France weighs steep fee rise for non-EU master's students -Le Figaro
Reuters
Tue, 16 Feb 2027 15:48:00 +0000

PARIS, Feb 16 (Reuters) - France's higher education ministry is considering raising annual master's fees for students from outside the European Union to 6,200 euros ($6,700) from 3,879 euros, starting in 2028, daily Le Figaro reported on Tuesday, citing an internal ministry note.

The 17-page document, dated Feb. 9, also proposes restricting the exemptions that many French universities currently grant to non-EU students, the newspaper said.

The measure would bring in about 210 million euros a year in extra revenue, according to the note as quoted by Le Figaro, which cited a ministerial adviser speaking on condition of anonymity as saying the government wanted to include the increase in its 2028 budget.

The higher education ministry did not immediately respond to a Reuters request for comment. Reuters could not independently verify the document.

France introduced differentiated fees for non-EU students in 2019, but most universities have since used their right to waive them for a large share of those enrolled. Students from francophone Africa and Latin America make up a large part of the international intake at French master's level.
""",
}, [("Le Figaro", True)],
[("Le Figaro", "01_es.txt"), ("Le Figaro", "02_pt.txt"), ("Le Figaro", "03_en.txt")],
[("An internal French ministry note proposes raising annual master's fees for non-EU students from 3,879 to 6,200 euros from 2028.",
  ["00_fr.txt", "01_es.txt", "02_pt.txt", "03_en.txt"], 1),
 ("An anonymous ministerial adviser said the increase is meant to be included in the 2028 budget.",
  ["00_fr.txt", "01_es.txt", "02_pt.txt", "03_en.txt"], 1),
 ("About 112,000 students would be affected.",
  ["00_fr.txt", "01_es.txt", "02_pt.txt"], 1)])

# t06: in-corpus scoop (Folha de S.Paulo: data obtained via the access-to-information law + two
# anonymous Capes employees + Capes' reply to Folha); chain Folha -> EFE (es) -> MercoPress (en);
# AFP (fr) relays Folha and adds its own confirmation from Capes (second in-corpus origin).
# pt own "mostra levantamento da Folha" + "ouvidos pela reportagem sob condição de anonimato" +
# "Procurada, a Capes afirmou"; es "informó este lunes el diario Folha de S.Paulo" + "Según el
# periódico paulista" + "El rotativo cita"; en "Spanish news agency EFE reported on Monday, citing
# the São Paulo daily Folha de S.Paulo" + "According to the agency" + "EFE said"; fr "a révélé
# lundi le quotidien Folha de S.Paulo" + "Selon la Folha" + own "Contactée par l'AFP, la Capes a
# confirmé" + "a précisé à l'AFP un porte-parole".
story("t06_folha_scoop_chain_afp_confirms", "chain_confirmation", {
"00_pt.txt": """Capes pagou R$ 38,6 milhões em bolsas a doutorandos que já tinham defendido a tese
Folha de S.Paulo
22.mar.2027 às 4h00

A Capes (Coordenação de Aperfeiçoamento de Pessoal de Nível Superior) pagou R$ 38,6 milhões em bolsas de doutorado a 1.870 pesquisadores que já haviam defendido a tese, mostra levantamento da Folha com dados obtidos via Lei de Acesso à Informação.

Os pagamentos indevidos ocorreram entre 2022 e 2026. Em média, cada bolsista recebeu cinco mensalidades depois da defesa; em 112 casos, os depósitos continuaram por mais de um ano. A bolsa de doutorado da agência é hoje de R$ 3.100 por mês.

Segundo dois servidores da Capes ouvidos pela reportagem sob condição de anonimato, o cruzamento automático entre a folha de bolsas e a base de teses da agência foi desligado em 2022, durante a migração para um novo sistema, e nunca foi religado. "Ficou dependendo de os programas de pós-graduação avisarem, e muitos não avisam", disse um deles.

A reportagem identificou bolsistas em 61 universidades de 24 estados. Os maiores valores estão concentrados em programas da região Sudeste.

Procurada, a Capes afirmou em nota que "está apurando as informações" e que bolsistas que receberam valores após a conclusão do curso são obrigados a devolvê-los.

Pela regra da agência, o programa de pós-graduação deve comunicar a defesa da tese em até 30 dias, e o pagamento da bolsa é interrompido no mês seguinte.
""",
"01_es.txt": """Agencia brasileña pagó 7 millones de dólares en becas a doctores ya titulados, según Folha
EFE
22 de marzo de 2027 12:10

Brasilia, 22 mar (EFE).- La Coordinación de Perfeccionamiento de Personal de Nivel Superior (Capes), el organismo que financia los posgrados en Brasil, pagó 38,6 millones de reales (unos 7 millones de dólares) en becas de doctorado a 1.870 investigadores que ya habían defendido su tesis, informó este lunes el diario Folha de S.Paulo.

Según el periódico paulista, que obtuvo los datos a través de la ley de acceso a la información, los pagos indebidos se produjeron entre 2022 y 2026 y en 112 casos se prolongaron durante más de un año.

El rotativo cita a dos funcionarios de la Capes, que hablaron bajo condición de anonimato, según los cuales el cruce automático entre la nómina de becas y la base de datos de tesis se desactivó en 2022 durante la migración a un nuevo sistema informático y nunca se volvió a activar.

En una nota enviada a Folha, la Capes afirmó que "está investigando la información" y recordó que los becarios que recibieron pagos tras terminar el doctorado están obligados a devolverlos.

La Capes, vinculada al Ministerio de Educación, concede más de 100.000 becas de posgrado al año y es una de las principales fuentes de financiación de la investigación científica en el país. EFE
""",
"02_en.txt": """Brazil's graduate funding agency paid grants to 1,870 researchers who had already finished their PhDs
MercoPress
March 23rd 2027 - 08:15 UTC

Brazil's federal graduate education agency, Capes, paid 38.6 million reais (about US$7 million) in doctoral grants to 1,870 researchers after they had already defended their theses, Spanish news agency EFE reported on Monday, citing the São Paulo daily Folha de S.Paulo.

According to the agency, the payments were made between 2022 and 2026 and in 112 cases continued for more than a year after the thesis defence.

Two Capes officials who spoke on condition of anonymity said the automatic cross-check between the grant payroll and the agency's thesis database was switched off in 2022, when Capes migrated to a new IT system, and was never turned back on, EFE said.

Capes said in a note that it was "looking into the information" and that grant holders who received payments after completing their doctorates are required to return the money.

Capes, which is part of the Ministry of Education, funds more than 100,000 postgraduate scholarships a year and is a pillar of Brazil's research system, which has faced repeated budget squeezes over the past decade.
""",
"03_fr.txt": """Brésil : des bourses versées à des docteurs déjà diplômés, l'agence Capes confirme
AFP
22/03/2027 19:37

L'agence fédérale brésilienne qui finance les doctorats, la Capes, a versé 38,6 millions de reais (environ 6,5 millions d'euros) de bourses à 1.870 chercheurs qui avaient déjà soutenu leur thèse, a révélé lundi le quotidien Folha de S.Paulo.

Selon la Folha, qui s'appuie sur des données obtenues grâce à la loi d'accès à l'information, ces paiements indus ont été effectués entre 2022 et 2026.

Contactée par l'AFP, la Capes a confirmé avoir "identifié des versements postérieurs à la soutenance" et ouvert une procédure de recouvrement visant "environ 1.900 dossiers". "Les montants seront intégralement réclamés aux bénéficiaires", a précisé à l'AFP un porte-parole de l'agence, sans confirmer le total avancé par le journal.

Le porte-parole a imputé ces erreurs à "un défaut de communication" entre les programmes doctoraux des universités, censés signaler chaque soutenance dans un délai de 30 jours, et l'agence.

La Capes, rattachée au ministère de l'Education, finance plus de 100.000 bourses de troisième cycle par an. La recherche brésilienne a subi d'importantes coupes budgétaires au cours de la dernière décennie, et les montants des bourses, longtemps gelés, n'ont été revalorisés qu'en 2023.
""",
}, [("Folha de S.Paulo", True), ("AFP", True)],
[("Folha de S.Paulo", "01_es.txt"), ("EFE", "02_en.txt"), ("Folha de S.Paulo", "03_fr.txt")],
[("Capes paid doctoral grants (R$38.6 million) to about 1,870 researchers who had already defended their theses.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 2),
 ("Two Capes employees said the automatic cross-check with the thesis database was switched off in 2022 and never turned back on.",
  ["00_pt.txt", "01_es.txt", "02_en.txt"], 1)])

# t07: two independent own reports (Gazeta Wyborcza: screenshots + an anonymous exam-commission
# member; RMF FM: its reporter's unofficial source at the health ministry), an en relay that
# credits both, and an uncredited close Ukrainian translation of Wyborcza's article without an
# outlet line (keeps "Скриншоти, які ми отримали", "розповідає нам", "на наші запитання").
# pl GW own "ustaliła „Wyborcza”" + "Zrzuty ekranu, do których dotarliśmy" + "mówi nam";
# pl RMF own "dowiedział się reporter RMF FM" + "Jak ustaliliśmy nieoficjalnie" + "przekazał
# naszemu reporterowi informator z resortu" + "Według informacji RMF FM"; en "Gazeta Wyborcza, a
# leading daily, reported on Monday" + "told the paper" + "said its reporter had learned" +
# "According to RMF FM's source".
story("t07_two_reports_lek_exam_leak", "independent", {
"00_pl.txt": """Pytania z LEK krążyły na Telegramie trzy godziny przed egzaminem
Gazeta Wyborcza
2027-05-17 06:00

Pytania z sobotniego Lekarskiego Egzaminu Końcowego (LEK) wyciekły do internetu, zanim zdający weszli na salę – ustaliła „Wyborcza”. Zrzuty ekranu, do których dotarliśmy, pokazują, że wszystkie 200 pytań testu krążyło w zamkniętej grupie na Telegramie już o 7.02, czyli blisko trzy godziny przed rozpoczęciem egzaminu.

Grupa liczyła ok. 340 członków. Na zrzutach widać zdjęcia kolejnych stron arkusza, wykonane najprawdopodobniej telefonem. Porównaliśmy je z pytaniami, które po egzaminie opisywali na forach zdający – zgadzają się co do słowa.

– Arkusze przyjeżdżają do ośrodków w zaplombowanych kopertach i otwiera się je przy zdających. Jeśli ktoś miał zdjęcia o siódmej rano, to wyciek musiał nastąpić wcześniej, na etapie druku albo transportu – mówi nam jeden z członków komisji egzaminacyjnej, który prosi o anonimowość, bo nie jest upoważniony do kontaktów z mediami.

Do LEK przystąpiło w sobotę ok. 4,2 tys. osób, w tym kilkuset absolwentów uczelni ukraińskich i białoruskich, którzy starają się o prawo wykonywania zawodu w Polsce. Wynik egzaminu decyduje m.in. o kolejności przy wyborze specjalizacji.

Centrum Egzaminów Medycznych w Łodzi, które organizuje LEK, do niedzielnego wieczoru nie odpowiedziało na nasze pytania.
""",
"01_pl.txt": """Wyciek pytań z egzaminu lekarskiego. CEM zawiadamia prokuraturę
RMF FM
17.05.2027 07:40

Centrum Egzaminów Medycznych złoży w poniedziałek zawiadomienie do prokuratury w sprawie wycieku pytań z sobotniego Lekarskiego Egzaminu Końcowego – dowiedział się reporter RMF FM. Pytania miały być dostępne w internecie jeszcze przed rozpoczęciem testu.

Jak ustaliliśmy nieoficjalnie, sprawą od niedzieli zajmuje się specjalny zespół w Ministerstwie Zdrowia. – Skala jest duża, mówimy o całym arkuszu, a nie o pojedynczych pytaniach – przekazał naszemu reporterowi informator z resortu.

Według informacji RMF FM ministerstwo rozważa unieważnienie sobotniej sesji w całości. Decyzja ma zapaść w ciągu kilku dni, po analizie, czy wyciek objął wszystkie wersje testu. Nieoficjalnie mówi się o powtórzeniu egzaminu jeszcze w czerwcu.

Dla zdających oznaczałoby to kolejne tygodnie nauki i przesunięcie terminów rozpoczęcia stażów. Do egzaminu przystąpiło ok. 4,2 tys. osób.

LEK to test składający się z 200 pytań jednokrotnego wyboru. Jego zdanie jest warunkiem uzyskania prawa wykonywania zawodu lekarza w Polsce. Egzamin organizuje się dwa razy w roku – wiosną i jesienią.
""",
"02_en.txt": """Questions from Poland's medical licensing exam leaked online before test, reports say
Notes from Poland
17 May 2027

Questions from Saturday's session of Poland's final medical examination (LEK) were circulating online before candidates entered the exam room, according to reports by two Polish media outlets.

Gazeta Wyborcza, a leading daily, reported on Monday that the full set of questions had been shared almost three hours before the start of the test. A member of the exam commission told the paper, on condition of anonymity, that the leak must have happened while the sealed papers were being printed or transported.

Commercial radio broadcaster RMF FM said its reporter had learned that the Medical Examinations Centre (CEM), which runs the test, would notify prosecutors on Monday. According to RMF FM's source at the health ministry, the ministry is considering annulling the whole session and could repeat the exam in June.

Around 4,200 people sat the LEK on Saturday, including several hundred graduates of Ukrainian and Belarusian universities seeking the right to practise medicine in Poland. Passing the exam is a condition for obtaining a licence, and the result also determines the order in which young doctors choose their specialisations.

CEM had not responded to questions from Gazeta Wyborcza by Sunday evening.

The LEK, which consists of 200 multiple-choice questions, is held twice a year, in spring and autumn.
""",
"03_uk.txt": """Питання польського медичного іспиту LEK ширилися в Telegram за три години до початку
17 травня 2027, 13:20

Питання суботнього Лікарського випускного іспиту (LEK) потрапили в інтернет ще до того, як учасники зайшли до аудиторії. Скриншоти, які ми отримали, показують, що всі 200 питань тесту ширилися в закритій групі в Telegram уже о 7:02, тобто майже за три години до початку іспиту.

Група налічувала близько 340 учасників. На скриншотах видно фото сторінок бланка, зроблені, найімовірніше, телефоном. Ми порівняли їх із питаннями, які після іспиту описували на форумах учасники, — вони збігаються слово в слово.

«Бланки привозять до центрів у запломбованих конвертах і відкривають їх при учасниках. Якщо в когось були фото о сьомій ранку, то витік мав статися раніше, на етапі друку або транспортування», — розповідає нам один із членів екзаменаційної комісії, який попросив про анонімність, бо не уповноважений контактувати з медіа.

У суботу іспит LEK складали близько 4,2 тис. осіб, зокрема кілька сотень випускників українських і білоруських вишів, які намагаються отримати право на медичну практику в Польщі. Результат іспиту визначає, зокрема, черговість під час вибору спеціалізації.

Центр медичних іспитів у Лодзі, який організовує LEK, до вечора неділі не відповів на наші запитання.
""",
}, [("Gazeta Wyborcza", True), ("RMF FM", True)],
[("Gazeta Wyborcza", "02_en.txt"), ("RMF FM", "02_en.txt"), ("Gazeta Wyborcza", "03_uk.txt")],
[("Questions from the spring LEK medical exam leaked online before the exam started.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 2),
 ("All 200 questions circulated in a closed Telegram group of about 340 members from 7:02, nearly three hours before the exam.",
  ["00_pl.txt", "03_uk.txt"], 1)])

# t08: outside origin = the Portuguese agency Lusa (a state secretary speaking to Lusa is part of
# Lusa's report), relayed 4x. pt "disse à agência Lusa o secretário de Estado" (credit at the end
# of the lead) + "citado pela Lusa" + "avança a agência"; uk "Про це повідомляє португальське
# агентство Lusa" + "Як сказав агентству" (dative) + "За даними Lusa"; es "según ha informado la
# agencia de noticias portuguesa Lusa" + "ha explicado a la agencia" + "detalla Lusa"; fr credit at
# the very end of the lead "a indiqué mercredi … à l'agence Lusa" + "Selon l'agence portugaise".
story("t08_lusa_agency_ukrainian_students", "agency", {
"00_pt.txt": """Governo abre 1.200 vagas sem propinas no ensino superior para estudantes ucranianos
Observador
09 jun 2027, 10:31

O Governo vai criar um contingente especial de 1.200 vagas nas universidades e politécnicos públicos para estudantes ucranianos com proteção temporária em Portugal, que ficarão isentos de propinas durante todo o curso, disse à agência Lusa o secretário de Estado do Ensino Superior, Rui Mesquita Távora.

A medida entra em vigor já no ano letivo 2027/2028. As candidaturas decorrerão numa plataforma própria entre 1 e 20 de julho e, segundo o governante, serão aceites tanto o certificado ucraniano do ensino secundário como os resultados do teste nacional multidisciplinar (NMT), o exame de acesso ao ensino superior na Ucrânia.

"Temos centenas de jovens que fizeram aqui o secundário, falam português e ficavam à porta das universidades por causa das propinas e da burocracia das equivalências", afirmou Mesquita Távora, citado pela Lusa.

As vagas serão distribuídas por 27 instituições, com maior peso em Lisboa, Porto e Coimbra, avança a agência. O custo estimado para o Estado é de cerca de 4,2 milhões de euros por ano, que serão transferidos para as instituições através do orçamento do ensino superior.

Portugal acolhe cerca de 60 mil cidadãos ucranianos com proteção temporária, atribuída desde março de 2022. Muitos dos jovens que chegaram nessa altura terminam agora o ensino secundário em escolas portuguesas.
""",
"01_uk.txt": """Португалія виділить 1200 безоплатних місць в університетах для українських студентів
Укрінформ
9 червня 2027 14:02

Португалія створить спеціальну квоту з 1200 місць у державних університетах і політехнічних інститутах для українських студентів, які мають тимчасовий захист у країні. Навчання для них буде безоплатним упродовж усього терміну. Про це повідомляє португальське агентство Lusa.

Як сказав агентству державний секретар з питань вищої освіти Португалії Руй Мешкіта Тавора, квота запрацює вже з 2027/2028 навчального року. Заявки прийматимуть на окремій платформі з 1 до 20 липня.

За даними Lusa, для вступу зараховуватимуть як український атестат про повну загальну середню освіту, так і результати національного мультипредметного тесту (НМТ).

«У нас сотні молодих людей, які закінчили тут середню школу, говорять португальською, але залишалися за дверима університетів через плату за навчання та бюрократію з визнанням документів», — зазначив посадовець.

Місця розподілять між 27 закладами вищої освіти, передусім у Лісабоні, Порту та Коїмбрі. Це обійдеться державі приблизно у 4,2 млн євро на рік.

У Португалії перебувають близько 60 тисяч українців, які отримали тимчасовий захист після початку повномасштабного вторгнення Росії.
""",
"02_es.txt": """Portugal reserva 1.200 plazas universitarias gratuitas para estudiantes ucranianos
Europa Press
09/06/2027 12:15

Portugal creará un cupo especial de 1.200 plazas en sus universidades y politécnicos públicos para estudiantes ucranianos con protección temporal, que estarán exentos de pagar matrícula durante toda la carrera, según ha informado la agencia de noticias portuguesa Lusa.

El secretario de Estado de Enseñanza Superior luso, Rui Mesquita Távora, ha explicado a la agencia que la medida se aplicará a partir del curso 2027-2028 y que las solicitudes podrán presentarse a través de una plataforma específica entre el 1 y el 20 de julio.

Se aceptarán tanto el título ucraniano de educación secundaria como los resultados del test nacional multidisciplinar (NMT), la prueba de acceso a la universidad en Ucrania, ha precisado.

Las plazas se repartirán entre 27 instituciones, sobre todo de Lisboa, Oporto y Coímbra, con un coste estimado para el Estado de unos 4,2 millones de euros anuales, detalla Lusa.

Portugal acoge a unos 60.000 ucranianos con protección temporal. España ha concedido esta protección a más de 200.000 personas procedentes de Ucrania desde el inicio de la invasión rusa a gran escala, en febrero de 2022.
""",
"03_fr.txt": """Le Portugal ouvre 1 200 places gratuites à l'université aux étudiants ukrainiens
RFI
9 juin 2027 à 15:40

Les jeunes Ukrainiens réfugiés au Portugal pourront étudier gratuitement dans l'enseignement supérieur public dès la rentrée prochaine. Lisbonne va créer un contingent spécial de 1 200 places dans les universités et les instituts polytechniques publics, réservé aux titulaires de la protection temporaire et exonéré de frais de scolarité pour toute la durée du cursus, a indiqué mercredi le secrétaire d'État portugais à l'Enseignement supérieur, Rui Mesquita Távora, à l'agence Lusa.

Les candidatures seront ouvertes du 1er au 20 juillet sur une plateforme dédiée. Selon l'agence portugaise, le diplôme ukrainien de fin d'études secondaires comme les résultats du test national multidisciplinaire (NMT), l'examen d'entrée à l'université en Ukraine, seront acceptés.

« Nous avons des centaines de jeunes qui ont fait leur lycée ici, qui parlent portugais et qui restaient à la porte des universités à cause des frais de scolarité et de la bureaucratie des équivalences », a expliqué le responsable.

Les places seront réparties entre 27 établissements, principalement à Lisbonne, Porto et Coimbra, pour un coût estimé à 4,2 millions d'euros par an.

Environ 60 000 Ukrainiens bénéficient de la protection temporaire au Portugal, où la communauté ukrainienne était déjà l'une des plus importantes communautés étrangères avant 2022.
""",
}, [("Lusa", False)],
[("Lusa", "00_pt.txt"), ("Lusa", "01_uk.txt"), ("Lusa", "02_es.txt"), ("Lusa", "03_fr.txt")],
[("Portugal will open 1,200 tuition-free places in public higher education for Ukrainian students with temporary protection from 2027/28.",
  ["00_pt.txt", "01_uk.txt", "02_es.txt", "03_fr.txt"], 1),
 ("Applications run on a dedicated platform from 1 to 20 July and NMT results will be accepted.",
  ["00_pt.txt", "01_uk.txt", "02_es.txt", "03_fr.txt"], 1),
 ("The places are spread over 27 institutions at an estimated cost of 4.2 million euros a year.",
  ["00_pt.txt", "01_uk.txt", "02_es.txt", "03_fr.txt"], 1)])


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
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for t, al, n in claims:
            for a in al:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 109 (invented events; real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
