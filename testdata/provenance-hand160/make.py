#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand160 set (all invented).

Theme: zoos, animal welfare and veterinary authorities. Real media names, invented events,
people, places, zoos, figures and quotes.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency dpa (not in the corpus) relayed directly by pl, uk, fr, pt.
# pl "podała we wtorek niemiecka agencja prasowa dpa" + "powiedziała agencji dpa" (dative) +
# "cytuje go dpa"; uk "повідомляє німецьке агентство dpa" + "розповіла агентству" + "За даними dpa" +
# "Як зазначає агентство"; fr "selon l'agence allemande DPA" + "a indiqué à l'agence" + "D'après DPA"
# + "précise l'agence"; pt "segundo a agência noticiosa alemã dpa" + "disse à agência" + "De acordo
# com a dpa".
story("t01_agency_flamingo_birdflu", "agency", {
"00_pl.txt": """Ptasia grypa w niemieckim zoo. Padło 11 flamingów, park zamknięty
Rzeczpospolita
09.03.2027 14:20

W ogrodzie zoologicznym Tierpark Kellersbach w Dolnej Saksonii potwierdzono ognisko wysoce zjadliwej grypy ptaków H5N1. W ciągu czterech dni padło tam 11 flamingów chilijskich – podała we wtorek niemiecka agencja prasowa dpa.

Park zamknięto dla zwiedzających na co najmniej trzy tygodnie. Pozostałe 34 flamingi i resztę ptaków z kolekcji przeniesiono do zamkniętych pomieszczeń. Urząd weterynaryjny powiatu Wendmoor wyznaczył wokół zoo strefę ograniczeń o promieniu trzech kilometrów.

„Dla odwiedzających w żadnym momencie nie było zagrożenia" – powiedziała agencji dpa rzeczniczka urzędu Kerstin Habermann. Jak dodała, do końca tygodnia zbadane zostaną wszystkie ptaki hodowlane w strefie, w tym w trzech okolicznych gospodarstwach.

Pierwsze martwe flamingi opiekunowie znaleźli w piątek rano przy stawie na wybiegu. Próbki trafiły do laboratorium krajowego, które w poniedziałek wieczorem potwierdziło obecność wirusa. „To bolesna strata dla całego zespołu. Niektóre z tych ptaków żyły u nas ponad 30 lat" – cytuje dyrektora parku Jörga Lindemeyera dpa.

Tej zimy w Dolnej Saksonii wirusa wykryto u ponad 60 dzikich ptaków. W lutym dwie martwe gęsi znaleziono nad jeziorem oddalonym o cztery kilometry od zoo i to właśnie dzikie ptactwo jest podejrzewane o zawleczenie choroby na wybieg.

Tierpark Kellersbach odwiedza rocznie ok. 180 tys. osób. Dyrekcja szacuje, że zamknięcie na początku sezonu będzie kosztować placówkę ok. 250 tys. euro.
""",
"01_uk.txt": """У німецькому зоопарку від пташиного грипу загинули 11 фламінго
Українська правда
9 березня 2027, 16:45

У зоопарку Tierpark Kellersbach у німецькій федеральній землі Нижня Саксонія підтвердили спалах високопатогенного пташиного грипу H5N1. За чотири дні там загинули 11 чилійських фламінго, повідомляє німецьке агентство dpa.

Зоопарк закрили для відвідувачів щонайменше на три тижні. Решту птахів, зокрема 34 фламінго, перевели до закритих приміщень, а ветеринарне управління округу Вендмор запровадило навколо парку зону обмежень радіусом три кілометри.

«Для відвідувачів жодної небезпеки не було в жоден момент», — розповіла агентству речниця управління Керстін Габерманн. До кінця тижня ветеринари обстежать усю домашню птицю в зоні, зокрема на трьох сусідніх фермах.

За даними dpa, перших мертвих птахів доглядачі знайшли в п'ятницю вранці біля ставка у вольєрі. Земельна лабораторія підтвердила вірус у понеділок увечері. Директор парку Йорг Ліндемаєр назвав загибель птахів «болючою втратою для всієї команди»: деякі з фламінго жили в зоопарку понад 30 років.

Цієї зими в Нижній Саксонії вірус виявили в понад 60 диких птахів. Як зазначає агентство, у лютому дві мертві гуски знайшли на озері за чотири кілометри від зоопарку, тож джерелом зараження найімовірніше стали саме дикі птахи.

Щороку Tierpark Kellersbach відвідують близько 180 тисяч людей.
""",
"02_fr.txt": """Grippe aviaire : onze flamants meurent dans un zoo allemand, le parc fermé
Le Monde
9 mars 2027 à 17h10

Un foyer de grippe aviaire hautement pathogène H5N1 a été confirmé au Tierpark Kellersbach, un parc zoologique de Basse-Saxe, dans le nord de l'Allemagne, où onze flamants du Chili sont morts en l'espace de quatre jours, selon l'agence allemande DPA.

Le parc restera fermé au public pendant au moins trois semaines. Les 34 flamants survivants et les autres oiseaux de la collection ont été mis à l'abri dans des bâtiments clos. Les services vétérinaires de l'arrondissement de Wendmoor ont instauré une zone de restriction de trois kilomètres autour du zoo.

« À aucun moment les visiteurs n'ont été exposés à un danger », a indiqué à l'agence Kerstin Habermann, porte-parole de ces services, qui prévoient de contrôler d'ici à la fin de la semaine toutes les volailles de la zone, dont celles de trois exploitations voisines.

D'après DPA, les soigneurs ont découvert les premiers oiseaux morts vendredi matin près de l'étang de l'enclos ; le laboratoire régional a confirmé la présence du virus lundi soir. Le directeur du parc, Jörg Lindemeyer, a évoqué « une perte douloureuse pour toute l'équipe », certains flamants vivant au zoo depuis plus de trente ans, précise l'agence.

La Basse-Saxe a recensé cet hiver plus de 60 cas chez des oiseaux sauvages. En février, deux oies mortes avaient été retrouvées au bord d'un lac situé à quatre kilomètres du parc, et ce sont les oiseaux sauvages qui sont soupçonnés d'avoir introduit le virus.
""",
"03_pt.txt": """Gripe das aves mata 11 flamingos num jardim zoológico alemão
Público
2027-03-10 08:05

Onze flamingos-chilenos morreram em quatro dias no Tierpark Kellersbach, um jardim zoológico da Baixa Saxónia, no Norte da Alemanha, onde foi confirmado um foco de gripe das aves de alta patogenicidade (H5N1), segundo a agência noticiosa alemã dpa.

O parque vai estar encerrado ao público durante pelo menos três semanas. Os restantes 34 flamingos e as outras aves da coleção foram recolhidos em instalações fechadas, e os serviços veterinários do distrito de Wendmoor estabeleceram uma zona de restrição com três quilómetros de raio em torno do zoo.

"Em momento algum houve perigo para os visitantes", disse à agência a porta-voz daqueles serviços, Kerstin Habermann. Até ao fim da semana serão analisadas todas as aves de capoeira da zona, incluindo as de três explorações vizinhas.

De acordo com a dpa, os tratadores encontraram as primeiras aves mortas na sexta-feira de manhã, junto ao lago do recinto, e o laboratório regional confirmou a presença do vírus na segunda-feira à noite. O diretor do parque, Jörg Lindemeyer, falou numa "perda dolorosa para toda a equipa", lembrando que alguns dos flamingos viviam no zoo há mais de 30 anos.

O Tierpark Kellersbach recebe cerca de 180 mil visitantes por ano. A direção estima que o encerramento no início da época lhe custe perto de 250 mil euros.
""",
}, [("dpa", False)],
[("dpa", "00_pl.txt"), ("dpa", "01_uk.txt"), ("dpa", "02_fr.txt"), ("dpa", "03_pt.txt")],
[("Eleven Chilean flamingos died of H5N1 bird flu within four days at the Tierpark Kellersbach zoo in Lower Saxony.",
  ["00_pl.txt", "01_uk.txt", "02_fr.txt", "03_pt.txt"], 1),
 ("The zoo was closed to visitors for at least three weeks and a three-kilometre restriction zone was set up around it.",
  ["00_pl.txt", "01_uk.txt", "02_fr.txt", "03_pt.txt"], 1),
 ("Two dead geese were found in February at a lake four kilometres from the zoo and wild birds are suspected of bringing in the virus.",
  ["00_pl.txt", "01_uk.txt", "02_fr.txt"], 1)])

# t02: in-corpus scoop by Gazeta Wyborcza with three anonymous keepers and an internal memo (the
# anonymous people and the memo belong to the origin; the director's denial and the district vet's
# reply given to Wyborcza are part of its report). Relayed by en, de, ru and fr (fr without date).
# pl own "ustaliła „Wyborcza"" + "opowiedziało nam trzech opiekunów" + "dotarła „Wyborcza"" +
# "w rozmowie z „Wyborczą"" (instrumental) + "powiedziała nam"; en "the Polish daily Gazeta Wyborcza
# reported on Wednesday, citing three keepers who spoke on condition of anonymity" + "told Wyborcza"
# + "Gazeta Wyborcza added"; de "berichtet die polnische Zeitung „Gazeta Wyborcza" unter Berufung auf"
# + "gegenüber dem Blatt" + "so die „Wyborcza""; ru "сообщила польская «Газета Выборча» со ссылкой на"
# + "В распоряжении «Газеты Выборчей»" (gen.) + "заявил «Газете Выборчей»" (dat.) + "пишет газета";
# fr "révèle le quotidien polonais Gazeta Wyborcza, qui cite trois soigneurs sous couvert d'anonymat".
story("t02_scoop_zoo_heating_deaths", "scoop", {
"00_pl.txt": """Awaria ogrzewania w zoo w Zabrzanach. Padło 14 zwierząt, dyrekcja nie zawiadomiła weterynarza
Gazeta Wyborcza
2027-04-14T06:00:00+02:00

Przez jedenaście dni stycznia w pawilonie tropikalnym Miejskiego Ogrodu Zoologicznego w Zabrzanach nie działało ogrzewanie. W kolejnych tygodniach padło 14 zwierząt, w tym trzy tamaryny, dwa leniwce i sześć kameleonów – ustaliła „Wyborcza". Dyrekcja nie poinformowała o tym powiatowego lekarza weterynarii.

O awarii opowiedziało nam trzech opiekunów zwierząt. Wszyscy proszą o anonimowość, bo boją się utraty pracy. „W nocy w pawilonie było 12 stopni. Przynosiliśmy z domu farelki i koce, ale to niewiele dało" – mówi jeden z nich.

„Wyborcza" dotarła też do wewnętrznej notatki kierownika działu zoologicznego z 9 lutego. Wymieniono w niej wszystkie 14 padłych zwierząt, a jako prawdopodobną przyczynę śmierci wskazano „wychłodzenie organizmu". Notatka trafiła na biurko dyrektora zoo Tomasza Wielgosza.

Wielgosz w rozmowie z „Wyborczą" zaprzecza, by cokolwiek ukrywano. „Część zwierząt była w podeszłym wieku. Każdy przypadek jest dokumentowany zgodnie z przepisami" – twierdzi. Przyznaje jednak, że kocioł w pawilonie uległ awarii, a naprawa „przeciągnęła się z powodu braku części".

Powiatowa lekarz weterynarii Ewa Sadowska powiedziała nam, że jej inspektorat nie otrzymał żadnego zgłoszenia. „Po państwa pytaniach w przyszłym tygodniu przeprowadzimy w zoo kontrolę" – zapowiedziała.

Zoo w Zabrzanach, prowadzone przez miasto, ma ok. 900 zwierząt ze 140 gatunków; w 2026 r. odwiedziło je 310 tys. osób. Pawilon tropikalny otwarto w 2009 r., a jego modernizację rada miasta odkłada od trzech lat.
""",
"01_en.txt": """Fourteen animals died after heating failed at Polish zoo, report says
The Guardian
Wed 14 Apr 2027 11.32 BST

Fourteen animals, including three tamarins and two sloths, died at the municipal zoo in the Polish city of Zabrzany after the heating in its tropical house broke down for 11 days in January, the Polish daily Gazeta Wyborcza reported on Wednesday, citing three keepers who spoke on condition of anonymity.

The zoo's management did not notify the district veterinary officer about the deaths, according to the paper, which also obtained an internal memo from the head of the zoological department listing the dead animals and naming "hypothermia" as the probable cause.

"At night it was 12 degrees in the pavilion. We brought fan heaters and blankets from home, but it didn't help much," one of the keepers told Wyborcza.

The zoo's director, Tomasz Wielgosz, denied any cover-up, telling the newspaper that some of the animals had been elderly and that every death had been documented in line with regulations. He acknowledged that the boiler had failed and said the repair had dragged on because of missing parts.

The district veterinary officer, Ewa Sadowska, said her inspectorate had received no notification and would carry out an inspection at the zoo next week, Gazeta Wyborcza added.

The city-run zoo keeps about 900 animals from 140 species and had 310,000 visitors last year. Its tropical house opened in 2009; the city council has put off modernising it for three years, the paper said.
""",
"02_de.txt": """Polen: 14 Zootiere nach Heizungsausfall verendet
DER SPIEGEL
14.04.2027, 13.47 Uhr

Im städtischen Zoo der polnischen Stadt Zabrzany sind nach einem elftägigen Heizungsausfall im Tropenhaus 14 Tiere verendet. Das berichtet die polnische Zeitung „Gazeta Wyborcza" unter Berufung auf drei Tierpfleger, die anonym bleiben wollen. Unter den toten Tieren seien drei Tamarine, zwei Faultiere und sechs Chamäleons.

Nachts sei die Temperatur im Tropenhaus auf zwölf Grad gefallen, erzählten die Pfleger. Ein internes Schreiben des Leiters der zoologischen Abteilung, das der Zeitung vorliegt, nennt „Unterkühlung" als wahrscheinliche Todesursache. Die Zooleitung habe die zuständige Kreisveterinärin nicht informiert, so die „Wyborcza".

Zoodirektor Tomasz Wielgosz wies gegenüber dem Blatt den Vorwurf der Vertuschung zurück. Einige der Tiere seien alt gewesen, jeder Todesfall werde vorschriftsgemäß dokumentiert. Die Reparatur des defekten Heizkessels habe sich wegen fehlender Ersatzteile verzögert, räumte er ein.

Kreisveterinärin Ewa Sadowska sagte der Zeitung, ihre Behörde habe keine Meldung erhalten. Sie kündigte für die kommende Woche eine Kontrolle im Zoo an.

Der Zoo gehört der Stadt und hält rund 900 Tiere aus 140 Arten. Das Tropenhaus wurde 2009 eröffnet; seine Modernisierung schiebt der Stadtrat seit drei Jahren vor sich her.
""",
"03_ru.txt": """В польском зоопарке погибли 14 животных после отключения отопления
Медуза
14 апреля 2027, 15:20

В муниципальном зоопарке польского города Забжаны после 11-дневной аварии отопления в тропическом павильоне погибли 14 животных, в том числе три тамарина, два ленивца и шесть хамелеонов. Об этом сообщила польская «Газета Выборча» со ссылкой на трех смотрителей, которые попросили не называть их имен.

По данным издания, руководство зоопарка не сообщило о гибели животных районному ветеринарному врачу. В распоряжении «Газеты Выборчей» оказалась внутренняя служебная записка заведующего зоологическим отделом, в которой вероятной причиной смерти названо «переохлаждение».

«Ночью в павильоне было 12 градусов. Мы приносили из дома обогреватели и одеяла, но это мало помогало», — рассказал изданию один из смотрителей.

Директор зоопарка Томаш Вельгош заявил «Газете Выборчей», что ничего не скрывалось: часть животных была пожилой, а каждый случай документируется по правилам. Он признал, что котел в павильоне сломался, а ремонт затянулся из-за нехватки запчастей.

Районный ветеринарный врач Эва Садовская сказала журналистам, что ее инспекция никаких уведомлений не получала, и пообещала на следующей неделе провести в зоопарке проверку, пишет газета.

В зоопарке, который принадлежит городу, около 900 животных 140 видов.
""",
"04_fr.txt": """Pologne : quatorze animaux d'un zoo morts après une panne de chauffage
Le Monde

Trois tamarins, deux paresseux, six caméléons… Quatorze animaux du zoo municipal de Zabrzany, en Pologne, sont morts après une panne de chauffage de onze jours dans le pavillon tropical, en janvier, révèle le quotidien polonais Gazeta Wyborcza, qui cite trois soigneurs sous couvert d'anonymat.

« La nuit, il faisait 12 degrés dans le pavillon », raconte l'un d'eux. Selon le journal, la direction n'a pas signalé ces décès à la vétérinaire de district. Une note interne du chef du département zoologique, que la Wyborcza a pu consulter, évoque une « hypothermie » comme cause probable.

Le directeur du zoo, Tomasz Wielgosz, a démenti toute dissimulation auprès du quotidien, affirmant que certains animaux étaient âgés et que chaque décès avait été consigné conformément à la réglementation. Il reconnaît toutefois que la chaudière est tombée en panne et que la réparation a traîné, faute de pièces.

La vétérinaire de district, Ewa Sadowska, n'avait reçu aucun signalement. Elle a annoncé une inspection du zoo la semaine prochaine, rapporte la Gazeta Wyborcza.

Propriété de la ville, le zoo compte environ 900 animaux de 140 espèces et a accueilli 310 000 visiteurs l'an dernier.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_en.txt"), ("Gazeta Wyborcza", "02_de.txt"), ("Gazeta Wyborcza", "03_ru.txt"),
 ("Gazeta Wyborcza", "04_fr.txt")],
[("Fourteen animals died at the municipal zoo in Zabrzany after the heating in its tropical house failed for eleven days.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("The zoo's management did not notify the district veterinary officer about the deaths.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("The district veterinary officer Ewa Sadowska announced an inspection of the zoo for the following week.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], 1)])

# t03: chain uk -> pl -> pt, de. Суспільне's own report (its correspondent on the spot; the vet
# official and the restaurant owner speak to Suspilne). Onet (pl) relays Suspilne: "podaje ukraiński
# nadawca publiczny Suspilne" + "powiedział Suspilnemu" (dative) + "Jak informuje Suspilne".
# Observador (pt) "segundo o portal polaco Onet, que cita a emissora pública ucraniana Suspilne" +
# "citado pelo Onet" + "De acordo com o portal": edge from Onet. Die Welt (de) credits only Onet:
# "berichtet das polnische Nachrichtenportal Onet" + "schreibt Onet" + "zitiert das Portal" +
# "Nach Angaben von Onet": edge from Onet.
story("t03_chain_bear_cage_restaurant", "chain", {
"00_uk.txt": """На Закарпатті ведмедицю, яка дев'ять років прожила в клітці біля ресторану, перевезли до реабілітаційного центру
Суспільне
2027-05-20 10:15

У селі Березове Плесо на Закарпатті в четвер вилучили буру ведмедицю, яку дев'ять років тримали в бетонній клітці біля придорожнього ресторану. Тварину на ім'я Маша перевезли до реабілітаційного центру «Ведмежа долина» на Львівщині. Кореспондент Суспільного був на місці під час операції.

Клітка площею близько шести квадратних метрів стояла за кілька метрів від літньої тераси. Відвідувачі роками підгодовували ведмедицю цукерками й булками. Ветеринари, які оглянули її перед транспортуванням, виявили запалення ясен, зламані ікла та надмірну вагу.

«Тварину утримували без жодних дозвільних документів. Власника притягнули до адміністративної відповідальності, матеріали передали до поліції», — розповів Суспільному начальник відділу ветеринарної медицини обласного управління Держпродспоживслужби Василь Кополович.

Власник ресторану Іван Грицишин на камеру Суспільного сказав, що купив ведмежа в мисливців у 2018 році. «Я її не кривдив, вона була в нас як член родини», — запевнив він.

Ведмедицю приспали, поклали в транспортну клітку й вантажівкою повезли на Львівщину. Дорога мала тривати близько восьми годин. Директорка центру «Ведмежа долина» Оксана Мельничук розповіла нашому кореспондентові, що Маша спершу проведе місяць у карантинному вольєрі, а повна адаптація займе щонайменше пів року.

За словами Кополовича, на Закарпатті ще щонайменше чотири ведмеді живуть у приватних клітках — біля ресторанів, баз відпочинку та на подвір'ях. Їхніх власників уже перевіряють.
""",
"01_pl.txt": """Niedźwiedzica dziewięć lat spędziła w klatce przy restauracji. Ukraińskie służby ją odebrały
Onet
20 maja 2027, 15:40

Brunatna niedźwiedzica Masza przez dziewięć lat żyła w betonowej klatce obok przydrożnej restauracji we wsi Berezowe Płeso na ukraińskim Zakarpaciu. W czwartek zwierzę odebrano właścicielowi i przewieziono do ośrodka rehabilitacji „Wedmeża Dołyna" w obwodzie lwowskim – podaje ukraiński nadawca publiczny Suspilne, którego reporter towarzyszył akcji.

Klatka miała około sześciu metrów kwadratowych i stała kilka metrów od letniego tarasu. Goście restauracji latami dokarmiali niedźwiedzicę cukierkami i bułkami. Weterynarze stwierdzili u niej zapalenie dziąseł, złamane kły i nadwagę.

„Zwierzę było trzymane bez żadnych zezwoleń. Właściciel został ukarany, a materiały przekazaliśmy policji" – powiedział Suspilnemu Wasyl Kopołowycz z zakarpackiego oddziału ukraińskiej służby weterynaryjnej.

Właściciel lokalu Iwan Hrycyszyn przekonywał przed kamerą ukraińskiej telewizji, że kupił niedźwiedzicę jako małe od myśliwych w 2018 roku i traktował ją „jak członka rodziny".

Podróż do ośrodka miała potrwać około ośmiu godzin. Pierwszy miesiąc Masza spędzi na wybiegu kwarantannowym, a pełna adaptacja potrwa co najmniej pół roku.

Jak informuje Suspilne, na Zakarpaciu w prywatnych klatkach żyją jeszcze co najmniej cztery niedźwiedzie.
""",
"02_pt.txt": """Ursa passou nove anos numa jaula de betão ao lado de um restaurante na Ucrânia
Observador
21 mai 2027, 09:12

Uma ursa-parda que viveu nove anos numa jaula de betão ao lado de um restaurante de beira de estrada, na região ucraniana da Transcarpátia, foi resgatada na quinta-feira e levada para um centro de reabilitação na região de Lviv, segundo o portal polaco Onet, que cita a emissora pública ucraniana Suspilne.

A ursa, chamada Masha, vivia numa jaula com cerca de seis metros quadrados, a poucos metros da esplanada do restaurante, e era alimentada pelos clientes com doces e pão. Os veterinários detetaram inflamação das gengivas, caninos partidos e excesso de peso.

"O animal era mantido sem qualquer licença", afirmou um responsável dos serviços veterinários regionais, Vasyl Kopolovych, citado pelo Onet. De acordo com o portal, o proprietário foi multado e o caso foi entregue à polícia.

O dono do restaurante garantiu que comprou a ursa ainda cria a caçadores, em 2018, e que a tratava "como um membro da família". A viagem até ao centro de reabilitação devia demorar cerca de oito horas.

Ainda segundo o Onet, há pelo menos outros quatro ursos a viver em jaulas privadas na Transcarpátia.
""",
"03_de.txt": """Ukraine: Bärin nach neun Jahren aus Käfig neben Restaurant befreit
WELT
21.05.2027

Neun Jahre lang hat eine Braunbärin in einem Betonkäfig neben einem Straßenrestaurant in der westukrainischen Region Transkarpatien gelebt. Am Donnerstag haben die Behörden das Tier beschlagnahmt, berichtet das polnische Nachrichtenportal Onet. Die Bärin namens Mascha wurde demnach in ein Rehabilitationszentrum im Gebiet Lwiw gebracht.

Der Käfig war nur etwa sechs Quadratmeter groß und stand wenige Meter von der Sommerterrasse entfernt. Gäste hätten die Bärin jahrelang mit Süßigkeiten und Brötchen gefüttert, schreibt Onet. Tierärzte stellten eine Zahnfleischentzündung, abgebrochene Eckzähne und Übergewicht fest.

„Das Tier wurde ohne jegliche Genehmigung gehalten", zitiert das Portal einen Vertreter der regionalen Veterinärbehörde. Gegen den Besitzer sei ein Bußgeld verhängt worden, der Fall liege inzwischen bei der Polizei.

Der Restaurantbetreiber erklärte, er habe das Jungtier 2018 von Jägern gekauft und wie ein Familienmitglied behandelt. Nach Angaben von Onet leben in Transkarpatien noch mindestens vier weitere Bären in privaten Käfigen.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_pl.txt"), ("Onet", "02_pt.txt"), ("Onet", "03_de.txt")],
[("A brown bear kept for nine years in a concrete cage next to a roadside restaurant in Zakarpattia was seized and taken to a rehabilitation centre in the Lviv region.",
  ["00_uk.txt", "01_pl.txt", "02_pt.txt", "03_de.txt"], 1),
 ("The bear was kept without any permits; the owner was fined and the case was passed to the police.",
  ["00_uk.txt", "01_pl.txt", "02_pt.txt", "03_de.txt"], 1),
 ("At least four more bears are kept in private cages in Zakarpattia.",
  ["00_uk.txt", "01_pl.txt", "02_pt.txt", "03_de.txt"], 1)])

# t04: institution-published origin outside the corpus: a statement (comunicado) published by
# Portugal's veterinary authority DGAV on its website. pt, fr and en take it directly; en has no
# outlet line (title suffix "- BBC News"). ru takes it from Expresso ("сообщает португальский
# еженедельник Expresso со ссылкой на решение ... (DGAV)" + "Как пишет Expresso" + "цитирует
# еженедельник" + "по данным издания"): edge from Expresso (chain; the root stays DGAV).
# Expresso's unanswered call to the owner ("O Expresso tentou contactar ... não obteve resposta")
# adds no own reporting: Expresso is not an origin.
story("t04_institution_dgav_zoo_licence", "institution", {
"00_pt.txt": """DGAV suspende licença de zoo no Alentejo e manda retirar dois tigres
Expresso
8 de junho de 2027, 12:31

A Direção-Geral de Alimentação e Veterinária (DGAV) suspendeu por 90 dias a licença do Parque Zoológico Quinta do Vale Escuro, no Alentejo, e ordenou que dois tigres-de-bengala e quatro primatas sejam transferidos para outras instalações no prazo de 30 dias. A decisão consta de um comunicado publicado esta terça-feira no site da autoridade veterinária nacional.

Segundo o documento, uma inspeção realizada a 27 e 28 de maio concluiu que 27 dos 112 animais do parque não tinham qualquer registo de acompanhamento veterinário. Os dois tigres estavam alojados num recinto sem abrigo contra o calor, e os inspetores encontraram cadáveres de animais guardados numa arca frigorífica ao lado da comida destinada aos restantes.

"As condições verificadas configuram um risco grave para o bem-estar animal e para a saúde pública", lê-se no comunicado, que dá conta ainda da instauração de um processo de contraordenação ao proprietário. O parque fica encerrado ao público durante o período de suspensão.

A DGAV sublinha que a decisão pode ser impugnada no prazo de dez dias úteis e que os animais transferidos serão acolhidos por "instituições zoológicas licenciadas", sem indicar quais.

Aberto em 2011, o parque recebia, segundo a mesma entidade, cerca de 40 mil visitantes por ano, sobretudo famílias e grupos escolares da região.

O Expresso tentou contactar o proprietário da Quinta do Vale Escuro, mas até à hora de publicação deste artigo não obteve resposta.
""",
"01_fr.txt": """Portugal : un zoo privé de l'Alentejo fermé, deux tigres vont être déplacés
Le Figaro
Publié le 08/06/2027 à 18:05

L'autorité vétérinaire portugaise a suspendu pour 90 jours la licence d'un parc zoologique privé de l'Alentejo, dans le sud du pays, selon un communiqué publié mardi sur son site internet. La Direction générale de l'alimentation et des services vétérinaires (DGAV) ordonne également le transfert, sous 30 jours, de deux tigres du Bengale et de quatre primates du Parque Zoológico Quinta do Vale Escuro vers d'autres établissements.

D'après ce texte, une inspection menée les 27 et 28 mai a montré que 27 des 112 animaux du parc ne faisaient l'objet d'aucun suivi vétérinaire enregistré. Les deux tigres vivaient dans un enclos dépourvu d'abri contre la chaleur, et des carcasses d'animaux étaient stockées dans un congélateur à côté de la nourriture destinée aux autres pensionnaires.

« Les conditions constatées constituent un risque grave pour le bien-être animal et pour la santé publique », écrit la DGAV, qui a engagé une procédure d'infraction contre le propriétaire. Le parc reste fermé au public pendant la suspension ; la décision peut être contestée dans un délai de dix jours ouvrables.

Le zoo, ouvert en 2011, accueillait environ 40 000 visiteurs par an, précise l'organisme public, sans indiquer vers quels établissements les animaux seront transférés.
""",
"02_en.txt": """Portugal suspends private zoo's licence over tiger welfare - BBC News
2027-06-09 07:50

Portugal's veterinary authority has suspended the licence of a private zoo in the southern Alentejo region for 90 days and ordered that two Bengal tigers and four primates be moved elsewhere within a month.

In a statement published on its website on Tuesday, the Directorate-General for Food and Veterinary Affairs (DGAV) said inspectors who visited the Quinta do Vale Escuro zoological park on 27 and 28 May found that 27 of its 112 animals had no veterinary records at all.

The tigers were being kept in an enclosure with no shelter from the heat, the authority said, and inspectors found carcasses of dead animals stored in a freezer next to food meant for the others.

"The conditions found constitute a serious risk to animal welfare and to public health," the statement said.

The DGAV has opened proceedings against the owner, who has ten working days to challenge the decision. The park, which opened in 2011 and drew about 40,000 visitors a year according to the regulator, will stay closed to the public while the suspension is in force.

The statement did not say where the animals would be taken, referring only to "licensed zoological institutions".
""",
"03_ru.txt": """В Португалии закрыли частный зоопарк, где тигров держали без укрытия от жары
Новая газета Европа
09.06.2027 11:30

Ветеринарные власти Португалии на 90 дней приостановили лицензию частного зоопарка Quinta do Vale Escuro в регионе Алентежу на юге страны, сообщает португальский еженедельник Expresso со ссылкой на решение Главного управления по продовольствию и ветеринарии (DGAV). Двух бенгальских тигров и четырех приматов в течение 30 дней должны перевезти в другие учреждения.

Как пишет Expresso, во время проверки 27–28 мая инспекторы установили, что у 27 из 112 животных парка вообще не было ветеринарных записей. Тигры содержались в вольере без укрытия от жары, а туши павших животных хранились в морозильном ларе рядом с кормом для остальных.

«Выявленные условия представляют серьезный риск для благополучия животных и для здоровья населения», — цитирует еженедельник сообщение ведомства. В отношении владельца начато административное производство; он может обжаловать решение в течение десяти рабочих дней.

На время действия запрета зоопарк закрыт для посетителей. Парк открылся в 2011 году и, по данным издания, принимал около 40 тысяч человек в год. Связаться с владельцем еженедельнику не удалось.
""",
}, [("DGAV", False)],
[("DGAV", "00_pt.txt"), ("DGAV", "01_fr.txt"), ("DGAV", "02_en.txt"), ("Expresso", "03_ru.txt")],
[("Portugal's veterinary authority DGAV suspended the licence of the Quinta do Vale Escuro zoo in the Alentejo for 90 days.",
  ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Two Bengal tigers and four primates must be moved to other facilities within 30 days.",
  ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_ru.txt"], 1),
 ("An inspection on 27-28 May found that 27 of the park's 112 animals had no veterinary records.",
  ["00_pt.txt", "01_fr.txt", "02_en.txt", "03_ru.txt"], 1)])

# t05: Süddeutsche Zeitung's own report (its reporter watched the elephant; the vet office and the
# zoo director speak to the SZ: "sagte ... der SZ", "sagte er unserer Zeitung"). 01_ru.txt has no
# outlet line and is an uncredited, close Russian translation published the next morning (same
# structure, same quotes, keeps "Мы наблюдали" and "сказала нашей газете"): edge from Süddeutsche
# Zeitung, scenario translation. fr "rapporte la Süddeutsche Zeitung" + "a déclaré au journal" +
# "a-t-il expliqué à la SZ" + "selon le quotidien"; en "according to the Süddeutsche Zeitung" +
# "told the paper" + "the SZ reported".
story("t05_translation_lonely_elephant", "translation", {
"00_de.txt": """Allein im Elefantenhaus
Süddeutsche Zeitung
3. Juli 2027, 18:00 Uhr

Tamika schaukelt. Vor und zurück, den Rüssel am Boden, den Blick auf die Stahltür des Elefantenhauses im Tierpark Rabenfels gerichtet. Die SZ hat die 41 Jahre alte Elefantenkuh an einem Vormittag Ende Juni eine Dreiviertelstunde lang beobachtet; in dieser Zeit hielt sie kaum inne. Seit ihre Gefährtin Sunita im Oktober 2025 an Herzschwäche starb, lebt Tamika allein – als einziger Elefant weit und breit.

Das Veterinäramt des Landratsamts Rabenfels prüft inzwischen, ob die Einzelhaltung gegen tierschutzrechtliche Vorgaben verstößt. „Elefanten sind hochsoziale Tiere. Wir schauen uns den Fall sehr genau an", sagte eine Sprecherin der Behörde, Sabine Wörle, der SZ. Amtstierärzte hätten den Tierpark bereits im März kontrolliert, ein Ergebnis liege noch nicht vor.

Tierparkdirektor Harald Pfisterer räumt das Problem ein. „Wir suchen seit anderthalb Jahren einen Platz für Tamika, in einer Gruppe, die sie aufnimmt", sagte er unserer Zeitung. Zwei Zoos hätten abgesagt, mit einem dritten in den Niederlanden liefen Gespräche. Der Transport würde nach Schätzung des Tierparks rund 180 000 Euro kosten – etwa ein Sechstel des Jahresbudgets.

Tierschützer fordern seit Monaten eine schnelle Lösung. Eine Onlinepetition für Tamikas Umzug haben bislang rund 23 000 Menschen unterschrieben.

Der Tierpark Rabenfels wurde 1968 gegründet und hält heute rund 400 Tiere aus 70 Arten. Das Elefantenhaus stammt aus dem Jahr 1974 und gilt selbst dem Direktor als zu klein für eine neue Gruppe.
""",
"01_ru.txt": """Одна в слоновнике
04.07.2027 09:10

Тамика раскачивается. Вперед и назад, хобот у самой земли, взгляд устремлен на стальную дверь слоновника в зоопарке Рабенфельс. Мы наблюдали за 41-летней слонихой одним утром в конце июня три четверти часа; за это время она почти не останавливалась. С тех пор как ее подруга Сунита в октябре 2025 года умерла от сердечной недостаточности, Тамика живет одна — единственный слон на всю округу.

Ветеринарное управление районной администрации Рабенфельса проверяет, не нарушает ли одиночное содержание требования о защите животных. «Слоны — очень социальные животные. Мы очень внимательно изучаем этот случай», — сказала нашей газете пресс-секретарь ведомства Сабине Вёрле. По ее словам, ветеринары проверяли зоопарк еще в марте, результатов пока нет.

Директор зоопарка Харальд Пфистерер признает проблему. «Мы уже полтора года ищем для Тамики место — в группе, которая ее примет», — рассказал он нашей газете. Два зоопарка отказали, с третьим, в Нидерландах, идут переговоры. Перевозка, по оценке зоопарка, обойдется примерно в 180 тысяч евро — около шестой части годового бюджета.

Зоозащитники уже несколько месяцев требуют быстрого решения. Онлайн-петицию за переезд Тамики подписали около 23 тысяч человек.

Зоопарк Рабенфельс основан в 1968 году, сейчас в нем около 400 животных 70 видов. Слоновник построен в 1974 году, и даже директор считает его слишком тесным для новой группы.
""",
"02_fr.txt": """Allemagne : Tamika, l'éléphante qui vit seule depuis deux ans dans un zoo bavarois
Libération
Mon, 05 Jul 2027 10:20:00 +0200

Elle se balance d'avant en arrière, la trompe au sol, pendant de longues minutes. Tamika, une éléphante de 41 ans, vit seule au Tierpark Rabenfels, en Bavière, depuis la mort de sa compagne Sunita en octobre 2025, rapporte la Süddeutsche Zeitung. Un journaliste du quotidien munichois l'a observée pendant trois quarts d'heure fin juin : elle ne s'est presque jamais arrêtée.

Le service vétérinaire de l'arrondissement examine désormais si cette détention solitaire enfreint les règles de protection animale. « Les éléphants sont des animaux très sociaux. Nous examinons ce cas de très près », a déclaré au journal sa porte-parole, Sabine Wörle. Un contrôle a déjà eu lieu en mars, sans résultat à ce jour.

Le directeur du parc, Harald Pfisterer, ne nie pas le problème. Il cherche depuis un an et demi un groupe prêt à accueillir Tamika, a-t-il expliqué à la SZ ; deux zoos ont refusé, des discussions sont en cours avec un troisième, aux Pays-Bas.

Une pétition en ligne réclamant son départ a recueilli quelque 23 000 signatures, selon le quotidien. Construit en 1974, le bâtiment des éléphants est jugé trop petit pour accueillir un nouveau groupe.
""",
"03_en.txt": """Germany's loneliest elephant: Bavarian zoo searches for a new herd
The Independent
5 July 2027

A 41-year-old elephant has been living alone at a small Bavarian zoo for almost two years, and the local veterinary office is now examining whether keeping her without companions breaches animal welfare rules, according to the Süddeutsche Zeitung.

Tamika has had no other elephant for company at Tierpark Rabenfels since her companion Sunita died of heart failure in October 2025. A reporter from the Munich-based newspaper who watched her for 45 minutes in late June saw her swaying back and forth almost without pause.

"Elephants are highly social animals. We are looking at the case very closely," Sabine Wörle, a spokeswoman for the district veterinary office, told the paper. Officials inspected the zoo in March but have not yet reached a conclusion.

The zoo's director, Harald Pfisterer, said he had been searching for a group willing to take Tamika for a year and a half. Two zoos have turned her down and talks are under way with a third in the Netherlands. Moving her would cost an estimated €180,000, roughly a sixth of the zoo's annual budget, the SZ reported.

An online petition calling for Tamika to be moved has gathered around 23,000 signatures.
""",
}, [("Süddeutsche Zeitung", True)],
[("Süddeutsche Zeitung", "01_ru.txt"), ("Süddeutsche Zeitung", "02_fr.txt"), ("Süddeutsche Zeitung", "03_en.txt")],
[("The elephant cow Tamika has lived alone at Tierpark Rabenfels since her companion Sunita died in October 2025.",
  ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 1),
 ("The district veterinary office is examining whether keeping the elephant alone breaches animal welfare rules.",
  ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 1),
 ("Moving the elephant to another zoo would cost about 180,000 euros.",
  ["00_de.txt", "01_ru.txt", "03_en.txt"], 1)])

# t06: a person's own social-media post (outside origin: activist Marta Kozłowska's Instagram
# video) + a relay that adds its own confirmation (TVN24: the district vet confirmed to tvn24.pl,
# "Jak ustaliła TVN24"): TVN24 keeps its edge from the post and is itself an in-corpus origin.
# uk (ТСН) takes the post directly ("написала в Instagram") AND TVN24's confirmation ("Як повідомив
# польський телеканал TVN24", "За даними телеканалу"): two edges. de (Tagesspiegel, no date line)
# takes only the post ("schrieb Kozłowska zu dem Clip", "In ihrem Beitrag"). en (Notes from Poland)
# credits only TVN24 ("confirmed to broadcaster TVN24", "TVN24 reported", "according to the
# broadcaster"): one edge from TVN24.
story("t06_post_confirmation_lion_inn", "confirmation", {
"00_pl.txt": """Wychudzony lew w klatce przy zajeździe. Powiatowy weterynarz: zwierzę zostanie odebrane
TVN24
16.08.2027, 12:47

Nagranie, na którym widać skrajnie wychudzonego lwa w klatce przy zajeździe „Sawanna" w Osiecznicy Dolnej, opublikowała w niedzielę na Instagramie Marta Kozłowska z Fundacji Ostoja Pazura. Zwierzę ma wystające żebra i leży na betonie obok miski z zieloną wodą. Do poniedziałkowego południa film obejrzano ponad 400 tysięcy razy.

„Kazik ma 12 lat i od lat nie widział weterynarza. Waży może dwie trzecie tego, co powinien. Udostępniajcie" – napisała aktywistka pod nagraniem.

Powiatowy lekarz weterynarii Andrzej Malicki potwierdził w rozmowie z tvn24.pl, że w poniedziałek rano inspektorzy przeprowadzili w zajeździe kontrolę. „Lew jest wyraźnie niedożywiony, waży około 120 kilogramów, a dorosły samiec powinien ważyć co najmniej 180. Wydałem decyzję o czasowym odebraniu zwierzęcia właścicielowi" – przekazał nam Malicki.

Jak ustaliła TVN24, Kazik ma jeszcze w tym tygodniu trafić do azylu dla dużych drapieżników w Zielonym Jarze. Lew mieszka przy zajeździe od 2016 roku, wcześniej występował w cyrku.

Właściciel zajazdu nie odpowiedział na pytania naszej reporterki. Jego żona powiedziała nam przez telefon jedynie, że lew „jest po prostu stary i mało je".
""",
"01_uk.txt": """У Польщі після відео зоозахисниці в господаря заберуть виснаженого лева
ТСН
16 серпня 2027, 17:05

Відео з надзвичайно худим левом, який лежить у клітці біля придорожнього заїзду в польському селі Осечниця-Дольна, опублікувала в неділю в Instagram польська зоозахисниця Марта Козловська з фонду Ostoja Pazura. На кадрах видно, що в тварини випирають ребра, а поруч стоїть миска із зеленою водою.

«Казикові 12 років, і він роками не бачив ветеринара. Він важить, може, дві третини того, що мав би», — написала Козловська під відео й закликала ним ділитися.

Як повідомив польський телеканал TVN24, повітовий ветеринарний лікар Анджей Маліцький підтвердив, що в понеділок інспектори перевірили заклад. За його словами, лев важить близько 120 кілограмів — значно менше за норму для дорослого самця, — тож тварину тимчасово заберуть у власника.

За даними телеканалу, Казика вже цього тижня перевезуть до притулку для великих хижаків. Лев живе біля заїзду з 2016 року, до того виступав у цирку.

Відео Козловської лише за добу зібрало сотні тисяч переглядів.
""",
"02_de.txt": """Video aus Polen: Tierschützerin zeigt abgemagerten Löwen in Gasthaus-Käfig
Tagesspiegel

Ein Video sorgt in Polen für Empörung: Es zeigt einen stark abgemagerten Löwen, der in einem Käfig neben einem Gasthaus im Dorf Osiecznica Dolna auf dem Betonboden liegt. Veröffentlicht hat die Aufnahmen die Tierschützerin Marta Kozłowska von der Stiftung Ostoja Pazura am Sonntag auf Instagram.

Deutlich sind die hervortretenden Rippen des Tieres zu sehen, daneben steht ein Napf mit grünlichem Wasser. „Kazik ist zwölf Jahre alt und hat seit Jahren keinen Tierarzt gesehen. Er wiegt vielleicht zwei Drittel dessen, was er wiegen sollte", schrieb Kozłowska zu dem Clip und bat ihre Follower, ihn zu teilen.

In ihrem Beitrag forderte die Aktivistin die zuständige Veterinärbehörde auf, den Löwen umgehend zu beschlagnahmen und in ein Tierschutzzentrum zu bringen. „Jeder Tag in diesem Käfig ist ein Tag zu viel", schrieb sie.

Das Video wurde innerhalb eines Tages Hunderttausende Male angesehen und vielfach kommentiert. Eine Stellungnahme des Gasthausbetreibers lag zunächst nicht vor.
""",
"03_en.txt": """Emaciated lion at roadside inn to be taken from owner after viral video
Notes from Poland
August 17, 2027

A severely underweight lion kept in a cage next to a roadside inn in the Polish village of Osiecznica Dolna will be temporarily taken away from its owner, the district veterinary officer has confirmed to broadcaster TVN24.

The case came to light after footage of the 12-year-old lion, named Kazik, lying on concrete with its ribs showing was posted on Instagram on Sunday by animal rights activist Marta Kozłowska of the Ostoja Pazura foundation, TVN24 reported. By Monday the video had been viewed more than 400,000 times, according to the broadcaster.

"The lion is clearly malnourished. It weighs around 120 kilograms, while an adult male should weigh at least 180," district veterinary officer Andrzej Malicki told TVN24 after inspectors visited the inn on Monday morning. He said he had issued a decision to remove the animal.

The lion, which has lived at the inn since 2016 after performing in a circus, is to be moved to a sanctuary for large predators this week, the station added. The inn's owner did not respond to its questions.
""",
}, [("Marta Kozłowska", False), ("TVN24", True)],
[("Marta Kozłowska", "00_pl.txt"), ("Marta Kozłowska", "01_uk.txt"), ("TVN24", "01_uk.txt"),
 ("Marta Kozłowska", "02_de.txt"), ("TVN24", "03_en.txt")],
[("A video posted on Instagram by activist Marta Kozłowska shows an emaciated lion in a cage next to a roadside inn in Osiecznica Dolna.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], 2),
 ("The district veterinary officer confirmed the lion is malnourished (about 120 kg) and ordered it to be taken from the owner.",
  ["00_pl.txt", "01_uk.txt", "03_en.txt"], 2)])

# t07: two independent own reports: RMF FM (its reporter; the border guard spokesman speaks to
# RMF FM; "Jak dowiedział się reporter RMF FM", "Jak ustaliła nasza rozgłośnia") and Українська
# правда (a customs declaration seen by UP, an anonymous source in the customs service, the
# carrier's comment to UP: "з'ясувала «Українська правда»", "УП ознайомилася", "Джерело УП").
# en credits both ("Polish radio station RMF FM and the Ukrainian news site Ukrainska Pravda
# reported"): two edges. ru credits only UP ("сообщила «Украинская правда»", "Источник «Украинской
# правды»" (gen.), "По информации УП", "заявил изданию"). pt (no outlet, no date line) credits only
# RMF FM ("segundo a rádio polaca RMF FM", "disse à RMF FM", "avança a estação de rádio").
story("t07_independent_lemur_smuggling", "independent", {
"00_pl.txt": """Lemury i żółwie w busie z Ukrainy. Zatrzymanie na przejściu w Dorohusku
RMF FM
2027-09-22T08:15:00+02:00

Dwa lemury katta i 43 żółwie greckie znaleźli funkcjonariusze Straży Granicznej i Krajowej Administracji Skarbowej w busie na ukraińskich numerach rejestracyjnych na przejściu granicznym w Dorohusku. Jak dowiedział się reporter RMF FM, zwierzęta były ukryte w kartonach pod siedzeniami pasażerów.

Do zatrzymania doszło we wtorek późnym wieczorem. „Podczas kontroli funkcjonariusze usłyszeli piski dochodzące z jednego z kartonów. W środku były dwa lemury w plastikowym transporterze, a w kolejnych pudłach żółwie owinięte w gazety" – powiedział reporterowi RMF FM rzecznik Nadbużańskiego Oddziału SG por. Dariusz Kowalczyk.

Kierowca, 38-letni obywatel Ukrainy, nie miał żadnych dokumentów CITES. Został zatrzymany i usłyszał zarzut przemytu okazów gatunków chronionych.

Zwierzęta przekazano do ogrodu zoologicznego Leśna Polana w Świdnikach. Jak ustaliła nasza rozgłośnia, jeden z lemurów jest odwodniony i pozostaje pod stałą opieką lekarza weterynarii, a żółwie trafiły na 14-dniową kwarantannę.

Według funkcjonariuszy to już trzecia w tym roku próba przemytu egzotycznych zwierząt przez to przejście. W kwietniu w bagażniku osobowego auta znaleziono tam 60 papug.
""",
"01_uk.txt": """Бус із лемурами, який затримали в Польщі, пройшов українську митницю з декларацією на «акваріумних риб»
Українська правда
22 вересня 2027, 14:30

Мікроавтобус, у якому польські прикордонники у вівторок увечері знайшли двох лемурів і 43 грецькі черепахи, за кілька годин до того пройшов митний контроль у пункті пропуску «Ягодин». У декларації вантаж був зазначений як «декоративні риби в акваріумах», з'ясувала «Українська правда».

УП ознайомилася з копією митної декларації. Відправником указана фізична особа-підприємець з Рівного, одержувачем — зоомагазин у Варшаві.

Джерело УП в Державній митній службі, яке попросило не називати його імені, розповіло, що фізичного огляду мікроавтобуса не проводили. «Документи були в порядку, а сканер того вечора не працював. Ніхто не відкривав коробки», — сказав співрозмовник.

Речник Волинського прикордонного загону Олег Савчук підтвердив УП, що бус перетнув кордон у вівторок близько 19:00 і що водія, 38-річного громадянина України, затримали на польському боці.

Перевізник — луцька компанія «Волинь-Експрес-Тур» — у коментарі УП заявив, що водій «діяв самостійно», а договір із ним розірвано. У Державній митній службі на запит УП про службову перевірку поки не відповіли.
""",
"02_en.txt": """Lemurs and tortoises found hidden in minibus at Polish-Ukrainian border
The Guardian
Wed 22 Sep 2027 18.40 BST

Two ring-tailed lemurs and 43 Greek tortoises have been found hidden in cardboard boxes in a Ukrainian-registered minibus at the Dorohusk crossing on the border between Poland and Ukraine, Polish radio station RMF FM and the Ukrainian news site Ukrainska Pravda reported on Wednesday.

Officers heard squeaking from one of the boxes during a check late on Tuesday, a spokesperson for the Polish border guard told RMF FM. The lemurs were in a plastic pet carrier; the tortoises had been wrapped in newspaper.

The driver, a 38-year-old Ukrainian citizen, had no permits under the Cites convention on trade in endangered species and was detained. His employer, a transport company from Lutsk in north-western Ukraine, told Ukrainska Pravda that he had acted on his own and that his contract had been terminated.

Ring-tailed lemurs, native to Madagascar, are classed as endangered, and trade in them and in Greek tortoises is strictly regulated.
""",
"03_ru.txt": """«Украинская правда»: бус с лемурами прошел украинскую таможню с декларацией на «декоративных рыб»
Медуза
23 сентября 2027

Микроавтобус, в котором польские пограничники нашли двух кошачьих лемуров и 43 средиземноморские черепахи, за несколько часов до этого прошел таможенный контроль на украинском пункте пропуска «Ягодин» — с декларацией на «декоративных рыб в аквариумах». Об этом сообщила «Украинская правда», ознакомившаяся с копией декларации.

Источник «Украинской правды» в Государственной таможенной службе рассказал, что физический досмотр не проводился: документы были в порядке, а сканер в тот вечер не работал. По информации УП, получателем груза значился зоомагазин в Варшаве.

Животных обнаружили в картонных коробках во вторник вечером на польском пункте пропуска Дорогуск. Водитель, 38-летний гражданин Украины, задержан.

Перевозчик, луцкая компания «Волынь-Экспресс-Тур», заявил изданию, что водитель «действовал самостоятельно», и договор с ним расторгнут. Отправителем груза, по данным издания, был указан частный предприниматель из Ровно.

Как отмечает «Украинская правда», на запрос о служебной проверке в таможенной службе пока не ответили. Пресс-секретарь Волынского пограничного отряда подтвердил изданию, что микроавтобус пересек границу во вторник около 19:00.
""",
"04_pt.txt": """Polónia: lémures e tartarugas escondidos em carrinha ucraniana

Dois lémures-de-cauda-anelada e 43 tartarugas-gregas foram encontrados escondidos em caixas de cartão numa carrinha com matrícula ucraniana no posto fronteiriço de Dorohusk, na fronteira entre a Polónia e a Ucrânia, segundo a rádio polaca RMF FM.

Os guardas fronteiriços ouviram guinchos vindos de uma das caixas durante uma inspeção na noite de terça-feira. "Lá dentro estavam dois lémures numa transportadora de plástico e, nas outras caixas, tartarugas embrulhadas em jornais", disse à RMF FM o porta-voz da Guarda de Fronteira, Dariusz Kowalczyk.

O condutor, um cidadão ucraniano de 38 anos, não tinha qualquer licença CITES e foi detido, acusado de contrabando de espécies protegidas.

Os animais foram entregues ao jardim zoológico Leśna Polana, em Świdniki, onde as tartarugas cumprem uma quarentena de 14 dias e um dos lémures, desidratado, está sob vigilância veterinária, avança a estação de rádio. É a terceira tentativa de contrabando de animais exóticos naquele posto este ano.
""",
}, [("RMF FM", True), ("Українська правда", True)],
[("RMF FM", "02_en.txt"), ("Українська правда", "02_en.txt"), ("Українська правда", "03_ru.txt"),
 ("RMF FM", "04_pt.txt")],
[("Border guards found two ring-tailed lemurs and 43 Greek tortoises hidden in a Ukrainian minibus at the Dorohusk crossing; the 38-year-old driver was detained.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt", "03_ru.txt", "04_pt.txt"], 2),
 ("Hours earlier the minibus had passed Ukrainian customs at Yahodyn with a declaration for ornamental fish in aquariums.",
  ["01_uk.txt", "03_ru.txt"], 1),
 ("The animals were handed to the Leśna Polana zoo in Świdniki, where the tortoises are in a 14-day quarantine.",
  ["00_pl.txt", "04_pt.txt"], 1)])


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
        for t, al, n in claims:
            assert all(a in arts for a in al), (id, t)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": al, "independent_sources": n} for t, al, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 160 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
