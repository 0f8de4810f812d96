#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand13 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: outside Hungarian wire agency relayed 5x (native name, initials alone, a French translation
# of the name, a headline credit): "The figures were released on Monday through Alföldi Távirati
# Iroda, the Hungarian news agency usually known by its initials, ATI" + "Barnai told ATI" + "The
# agency added"; "Відомості про експедицію в понеділок розіслало своїм передплатникам угорське
# телеграфне агентство Alföldi Távirati Iroda (ATI)" + "Слова Мельничука ATI передає так" +
# "Агентство нагадує"; passive "Сообщение распространено в понедельник венгерским телеграфным
# агентством ATI" + "В материале агентства упоминается"; title "… (ATI)" + "Gegenüber der ungarischen
# Nachrichtenagentur ATI sprach Expeditionsleiterin …" + "Wie ATI weiter schreibt"; "L'annonce a été
# faite lundi par l'intermédiaire de l'Agence télégraphique de la Grande Plaine (ATI)" + "ajoute
# l'agence hongroise". The expedition leader, the diver and the national park are not origins.
story("m01_agency_flooded_cave", "agency", {
"00_en.txt": """Divers map 11-kilometre flooded cave beneath Hungarian village
Borderlands Daily
2026-02-02T18:20:00+02:00

Cave divers have mapped more than 11 kilometres of flooded passages beneath the village of Tarlósd in north-eastern Hungary, making the system one of the longest underwater caves known in Central Europe.

The figures were released on Monday through Alföldi Távirati Iroda, the Hungarian news agency usually known by its initials, ATI. Expedition leader Zsófia Barnai told ATI that a team of nine divers had surveyed 11.4 km of passages over 46 dives since October, and had reached a lake chamber 84 metres below the entrance.

"We kept expecting the cave to end, and every time it opened up again," Barnai said. The previous survey, made in 1987, had stopped after 2.1 km.

Among the divers was Taras Melnychuk, a 34-year-old instructor from the Ukrainian city of Yasnobir, who laid most of the guideline in the deepest section. He was quoted as saying that the water never rose above 9C and that single dives lasted up to seven hours, most of it spent decompressing.

The Felsővölgy National Park directorate, which manages the cave, said it would remain closed to the public. The agency added that the team plans to return in the summer to explore two side passages that still lead on.
""",
"01_uk.txt": """Українець допоміг нанести на карту 11 кілометрів затопленої печери в Угорщині
Стрижень
02.02.2026 19:05

Команда печерних дайверів дослідила понад 11 кілометрів затоплених ходів під селом Тарлошд на північному сході Угорщини. Серед дев'яти учасників експедиції — інструктор із дайвінгу з Яснобора Тарас Мельничук.

Відомості про експедицію в понеділок розіслало своїм передплатникам угорське телеграфне агентство Alföldi Távirati Iroda (ATI). Керівниця експедиції Жофія Барнаї розповіла агентству, що з жовтня дайвери здійснили 46 занурень, зняли план 11,4 кілометра ходів і дісталися підземного озера на глибині 84 метри нижче від входу.

Попереднє обстеження печери, проведене 1987 року, закінчилося на позначці 2,1 кілометра. Тепер, за словами Барнаї, система входить до найдовших підводних печер Центральної Європи.

34-річний Мельничук прокладав напрямний шнур у найглибшій частині печери. Слова Мельничука ATI передає так: «Вода там не тепліша за дев'ять градусів, а одне занурення триває до семи годин, більшість із них — декомпресія».

Дирекція національного парку «Фельшевельдь», у віданні якої перебуває печера, повідомила, що для відвідувачів вона залишиться закритою. Агентство нагадує, що влітку дайвери планують повернутися, аби дослідити ще два бічні ходи, які ведуть далі.
""",
"02_ru.txt": """Под венгерской деревней нашли одну из крупнейших подводных пещер Центральной Европы
Сухоярский экспресс
2026-02-02 20:40

Более 11 километров затопленных ходов удалось нанести на карту дайверам под деревней Тарлошд на северо-востоке Венгрии. Сообщение распространено в понедельник венгерским телеграфным агентством ATI, которому подробности рассказала руководитель экспедиции Жофия Барнаи.

С октября девять дайверов совершили 46 погружений и обследовали 11,4 километра ходов. Самая глубокая точка — подземное озеро в 84 метрах ниже входа. Предыдущая съёмка 1987 года обрывалась на отметке 2,1 километра.

«Мы всё время ждали, что пещера закончится, а она каждый раз снова открывалась», — сказала Барнаи.

В материале агентства упоминается и единственный иностранец в команде — 34-летний инструктор из украинского Яснобора Тарас Мельничук. Именно он прокладывал направляющий шнур на самом глубоком участке, где вода не теплее девяти градусов, а одно погружение длится до семи часов, большую часть которых занимает декомпрессия.

Дирекция национального парка Фельшевёльдь, в ведении которой находится пещера, сообщила, что для посетителей она останется закрытой. Летом экспедиция рассчитывает вернуться и исследовать ещё два боковых хода. Сама деревня Тарлошд, где живут около 600 человек, до сих пор была известна разве что источником, который вытекает из пещеры.
""",
"03_de.txt": """Elf Kilometer unter Wasser: Taucher vermessen Höhle in Ungarn (ATI)
Hohenkamper Kreisblatt
Mon, 02 Feb 2026 17:45:00 +0100

Unter dem Dorf Tarlósd im Nordosten Ungarns haben Höhlentaucher ein Labyrinth aus überfluteten Gängen von mehr als elf Kilometern Länge vermessen. Gegenüber der ungarischen Nachrichtenagentur ATI sprach Expeditionsleiterin Zsófia Barnai am Montag von einer der längsten Unterwasserhöhlen Mitteleuropas.

Neun Taucher haben demnach seit Oktober bei 46 Tauchgängen 11,4 Kilometer Gänge kartiert. Der tiefste Punkt ist ein Höhlensee 84 Meter unter dem Eingang. Die bisherige Vermessung aus dem Jahr 1987 hatte nach 2,1 Kilometern geendet.

„Wir haben ständig damit gerechnet, dass die Höhle zu Ende ist, und jedes Mal ging es weiter“, sagte Barnai. Wie ATI weiter schreibt, gehörte zum Team auch ein Tauchlehrer aus der ukrainischen Stadt Jasnobir, der im tiefsten Abschnitt die Führungsleine verlegte. Das Wasser sei dort nie wärmer als neun Grad, einzelne Tauchgänge dauerten bis zu sieben Stunden.

Die Direktion des Nationalparks Felsővölgy, in dem die Höhle liegt, kündigte an, dass sie für Besucher geschlossen bleibt. Im Sommer will das Team zurückkehren, um zwei Seitengänge zu erkunden, die noch weiterführen.
""",
"04_fr.txt": """Hongrie : des plongeurs cartographient une grotte noyée de onze kilomètres
Le Messager de l'Yvrenne
2 février 2026

Sous le village de Tarlósd, dans le nord-est de la Hongrie, une équipe de plongeurs spéléologues a relevé plus de onze kilomètres de galeries noyées, ce qui place le réseau parmi les plus longues grottes subaquatiques d'Europe centrale.

L'annonce a été faite lundi par l'intermédiaire de l'Agence télégraphique de la Grande Plaine (ATI), l'agence de presse hongroise, à laquelle la cheffe d'expédition, Zsófia Barnai, a détaillé le bilan de l'hiver : quarante-six plongées depuis octobre, 11,4 kilomètres de galeries topographiées et un lac souterrain atteint à 84 mètres sous l'entrée.

Le précédent relevé, réalisé en 1987, s'arrêtait au bout de 2,1 kilomètres. « Nous nous attendions sans cesse à ce que la grotte s'arrête, et à chaque fois elle repartait », a raconté Mme Barnai.

L'équipe comptait neuf plongeurs, dont un moniteur ukrainien originaire de Yasnobir, qui a posé le fil d'Ariane dans la partie la plus profonde. L'eau n'y dépasse pas 9 °C et certaines plongées ont duré sept heures, paliers de décompression compris, ajoute l'agence hongroise.

La direction du parc national de Felsővölgy, gestionnaire du site, a fait savoir que la grotte resterait fermée au public. Les plongeurs comptent y retourner cet été pour explorer deux galeries latérales.
""",
}, [("Alföldi Távirati Iroda", False)],
[("Alföldi Távirati Iroda", a) for a in ("00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt")],
[("Cave divers mapped 11.4 km of flooded passages under Tarlósd, Hungary, down to a lake 84 m below the entrance", None, 1)])

# m02: chain uk -> en -> de, C credits only B; ru relays A under a translated name.
# A own (document obtained from an anonymous employee + a phone call): "Редакція «Берега і міста»
# має копію цього 12-сторінкового документа. Його нам передав працівник …, який попросив не називати
# його прізвища" + "на наш телефонний дзвінок відповів"; B "The findings were laid out on Tuesday by
# Bereh i Misto ("Shore and City"), a local news site that got hold of the inspectors' twelve-page
# report" + "According to the site's account", "as quoted by Bereh i Misto", "told the site"; C (no
# date line) "Aufgegriffen hat den Fall das englischsprachige Osteuropa-Portal Steppewatch; demnach" +
# "heißt es bei Steppewatch" + "so gibt ihn Steppewatch wieder"; ru "Акт проверки … попал в руки
# журналистов ожиновского сайта «Берег и город»" + "пересказывает сайт".
story("m02_chain_cable_car", "chain", {
"00_uk.txt": """Ожинівську канатну дорогу зупинять: інспектори знайшли зношений трос
Берег і місто
2026-02-03T12:15:00+02:00

Канатна дорога через Ожинку, яка з'єднує центр Ожинова з Лівобережним масивом, з 1 березня може припинити роботу. Такий висновок містить акт технічного огляду, складений обласною інспекцією з нагляду за підйомними спорудами.

Редакція «Берега і міста» має копію цього 12-сторінкового документа. Його нам передав працівник комунального підприємства «Ожинівська канатка», який попросив не називати його прізвища, бо не має права спілкуватися з пресою.

Інспектори виявили, що на тяговому тросі обірвано 14 дротів на одній ділянці завдовжки шість метрів, а гальма двох кабін спрацьовують із запізненням. Трос востаннє міняли 2009 року, хоча за паспортом його ресурс — 12 років. «Подальша експлуатація без заміни троса не допускається», — сказано в акті.

Директор підприємства Олег Тимошик у вівторок на наш телефонний дзвінок відповів, що акт отримав і «виконає всі вимоги». Новий трос, за його словами, коштує близько 9 мільйонів гривень, а грошей на нього в бюджеті підприємства немає.

У міській раді наявність акта не заперечили. Секретар ради Людмила Кочубей пообіцяла, що питання винесуть на сесію 12 лютого. Канаткою щодня користуються близько 3 тисяч людей; об'їзд через міст займає в середньому 40 хвилин.
""",
"01_en.txt": """Ozhyniv cable car faces shutdown after inspectors find damaged rope
Steppewatch
Tue, 03 Feb 2026 16:30:00 +0000

The cable car that carries about 3,000 people a day across the Ozhynka river in the western Ukrainian city of Ozhyniv could be halted from 1 March, after safety inspectors found broken wires in its haul rope.

The findings were laid out on Tuesday by Bereh i Misto ("Shore and City"), a local news site that got hold of the inspectors' twelve-page report from an employee of the municipal operator. According to the site's account, 14 wires have snapped along a six-metre stretch of the rope, and the brakes on two cabins engage late.

The rope was last replaced in 2009, although it is rated for twelve years. The report, as quoted by Bereh i Misto, states that further operation without replacing it "is not permitted".

The operator's director, Oleh Tymoshyk, told the site he had received the report and would comply with it. He put the cost of a new rope at around 9 million hryvnias (about €190,000) and said the company did not have the money.

Ozhyniv city council has not disputed the findings, and the matter is due to go before councillors on 12 February. Without the cable car, residents of the Left Bank estate face a journey of about 40 minutes via the city's only road bridge.
""",
"02_de.txt": """Ukrainische Stadt droht ihre Seilbahn zu verlieren
Ostwärts

In der westukrainischen Stadt Oschyniw könnte die Seilbahn über den Fluss Oschynka ab dem 1. März stillstehen. Aufgegriffen hat den Fall das englischsprachige Osteuropa-Portal Steppewatch; demnach haben Prüfer der Gebietsaufsicht für Hebeanlagen am Zugseil gravierende Schäden festgestellt.

Auf einem sechs Meter langen Abschnitt seien 14 Drähte gerissen, außerdem griffen die Bremsen zweier Kabinen verzögert, heißt es bei Steppewatch. Das Seil wurde zuletzt 2009 ausgetauscht, ausgelegt ist es für zwölf Jahre. Ohne ein neues Seil darf die Bahn laut dem Prüfbericht nicht weiter betrieben werden.

Für viele Bewohner des Wohngebiets am linken Ufer ist die Seilbahn die schnellste Verbindung ins Zentrum; täglich nutzen sie rund 3000 Menschen. Über die einzige Straßenbrücke der Stadt dauert der Weg im Schnitt 40 Minuten.

Der Direktor des städtischen Betreibers, Oleh Tymoschyk, will alle Auflagen erfüllen, so gibt ihn Steppewatch wieder. Ein neues Seil koste etwa neun Millionen Hrywnja, umgerechnet rund 190 000 Euro – Geld, das der Betrieb nicht habe. Der Stadtrat will am 12. Februar über die Finanzierung beraten.
""",
"03_ru.txt": """В Ожинове могут остановить канатную дорогу через реку
Сухоярский экспресс
03.02.2026 21:10

Канатная дорога через реку Ожинку в украинском Ожинове может прекратить работу с 1 марта. Акт проверки, составленный областной инспекцией по надзору за подъёмными сооружениями, попал в руки журналистов ожиновского сайта «Берег и город», которые во вторник опубликовали его содержание.

Инспекторы обнаружили на тяговом канате 14 оборванных проволок на участке длиной шесть метров, а тормоза двух кабин срабатывают с опозданием. Канат в последний раз меняли в 2009 году при сроке службы 12 лет. «Дальнейшая эксплуатация без замены каната не допускается», — говорится в документе.

Документ редакции передал сотрудник коммунального предприятия, которое обслуживает дорогу; своё имя он просил не называть, пересказывает сайт. Директор предприятия Олег Тимошик подтвердил журналистам, что получил акт, но денег на новый канат — около 9 миллионов гривен — у предприятия нет.

Канатная дорога длиной 620 метров работает с 1986 года и давно стала одним из символов города. Ежедневно ею пользуются около трёх тысяч человек. Объезд через единственный автомобильный мост занимает около 40 минут. В горсовете обещают рассмотреть вопрос на сессии 12 февраля.
""",
}, [("Берег і місто", True)],
[("Берег і місто", "01_en.txt"), ("Steppewatch", "02_de.txt"), ("Берег і місто", "03_ru.txt")],
[("Inspectors found 14 broken wires in the haul rope of the Ozhyniv cable car, which may stop from 1 March", None, 1)])

# m03: outside Czech regional TV station, native / transliterated, relayed 4x: "Pictures shot by a
# crew from the Czech regional station Podhůří TV … were the first to show the scale of the damage" +
# "told Podhůří TV", "The broadcaster added", "quoted by the station"; "Як видно з сюжету чеської
# регіональної телекомпанії «Подгуржі ТВ» (Podhůří TV)" + "Телекомпанія уточнює"; credit in
# parentheses closing the first paragraph "(по материалам чешского регионального телеканала Podhůří
# TV)" + "уточнил корреспондент телеканала"; "Les premières images du sinistre sont signées de la chaîne
# régionale tchèque Podhůří TV" + "précise la chaîne". A mayor, firefighters and a meteorologist are
# not origins.
story("m03_broadcaster_winter_tornado", "external", {
"00_en.txt": """Rare winter tornado tears roofs off 40 houses in Czech village
Borderlands Daily
February 6, 2026

A tornado struck the village of Vrchlabec in the north of the Czech Republic on Thursday evening, ripping the roofs off about 40 houses and toppling the spire of its baroque church. Three people suffered minor injuries.

Pictures shot by a crew from the Czech regional station Podhůří TV, which reached the village about an hour after the storm, were the first to show the scale of the damage: roof tiles scattered across the main square, a car lying on its side in a garden and the church spire lodged in the cemetery wall.

Mayor Jana Kratochvílová told Podhůří TV the tornado had crossed the village in "less than a minute" shortly before 7pm. "It sounded like a train going through the houses," she said. The broadcaster added that firefighters had worked through the night to cover the damaged roofs with tarpaulins, and that 26 families could not return home.

A meteorologist quoted by the station said tornadoes in February were extremely rare in the region and that this one had formed along a cold front with unusually strong winds at altitude.

Vrchlabec, a village of 1,900 people, is twinned with the Ukrainian city of Yasnobir, whose council said on Friday it would send roofing materials.
""",
"01_uk.txt": """Смерч зруйнував дахи в чеському селі-побратимі Яснобора
Дзвіниця
06.02.2026 10:40

У четвер увечері смерч пройшовся чеським селом Врхлабец, з яким Яснобір уже 18 років пов'язують побратимські стосунки. Вітер зірвав дахи майже з сорока будинків і повалив шпиль барокового костелу, троє людей дістали легкі травми.

Як видно з сюжету чеської регіональної телекомпанії «Подгуржі ТВ» (Podhůří TV), знімальна група якої приїхала до села за годину після негоди, черепиця вкрила всю центральну площу, у чиємусь саду лежить перекинутий автомобіль, а шпиль костелу застряг у цвинтарній огорожі.

«Звук був такий, ніби крізь будинки їхав потяг», — розповіла в ефірі старостка Врхлабця Яна Кратохвілова. Смерч, за її словами, перетнув село менш ніж за хвилину, близько сьомої вечора.

Телекомпанія уточнює, що пожежники всю ніч накривали пошкоджені дахи брезентом, а 26 родин не можуть повернутися додому. Синоптик, якого показали в сюжеті, назвав лютневий смерч для регіону винятковим явищем.

У п'ятницю міський голова Яснобора Андрій Лесів повідомив, що місто відправить до Врхлабця покрівельні матеріали. Минулого літа делегація з Врхлабця приїжджала до Яснобора на День міста.
""",
"02_ru.txt": """Торнадо в Чехии сорвало крыши с 40 домов
Полдень-Инфо
2026-02-06 08:15

В чешском селе Врхлабец вечером в четверг прошёл торнадо: без крыш остались около 40 домов, ветер сбросил шпиль барочного костёла, трое жителей получили лёгкие травмы (по материалам чешского регионального телеканала Podhůří TV).

Съёмочная группа канала добралась до села примерно через час после удара стихии. На кадрах — засыпанная черепицей центральная площадь, перевёрнутый автомобиль в чьём-то саду и шпиль, застрявший в кладбищенской ограде.

По словам старосты Яны Кратохвиловой, смерч пересёк село меньше чем за минуту, незадолго до семи вечера. «Звук был такой, будто сквозь дома шёл поезд», — сказала она в эфире.

Пожарные всю ночь накрывали повреждённые крыши брезентом. Вернуться домой пока не могут 26 семей, уточнил корреспондент телеканала. Метеоролог, выступивший в том же сюжете, назвал февральский торнадо для этих мест крайне редким явлением: вихрь сформировался на холодном фронте при очень сильном ветре на высоте.

Врхлабец, где живут около 1900 человек, — побратим украинского Яснобора. Власти Яснобора в пятницу пообещали отправить в чешское село кровельные материалы.
""",
"03_fr.txt": """Une tornade hivernale dévaste un village tchèque
Le Clairon de Montalbert
6 février 2026

Une quarantaine de maisons décoiffées, la flèche d'une église baroque à terre et trois blessés légers : une tornade a frappé jeudi soir le village de Vrchlabec, dans le nord de la République tchèque.

Les premières images du sinistre sont signées de la chaîne régionale tchèque Podhůří TV, dont l'équipe est arrivée sur place environ une heure après le passage du phénomène. On y voit la place centrale jonchée de tuiles, une voiture renversée dans un jardin et la flèche de l'église fichée dans le mur du cimetière.

« On aurait dit un train qui traversait les maisons », a témoigné au micro de la chaîne la maire, Jana Kratochvílová. Selon elle, la tornade a traversé le village en moins d'une minute, peu avant 19 heures.

Les pompiers ont bâché les toitures endommagées toute la nuit et vingt-six familles ne peuvent pas regagner leur domicile, précise la chaîne. Un météorologue interrogé dans le même reportage qualifie d'exceptionnelle une tornade en février dans la région : elle s'est formée le long d'un front froid, avec des vents d'altitude particulièrement violents.
""",
}, [("Podhůří TV", False)],
[("Podhůří TV", a) for a in ("00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt")],
[("A tornado tore the roofs off about 40 houses in the Czech village of Vrchlabec on Thursday evening, three people lightly hurt", None, 1)])

# m04: two independent own reports of a ferry route closure, relayed together (uk) and singly (ru).
# de own on site: "Am Fähranleger herrschte danach gedrückte Stimmung, davon konnte sich das Kreisblatt
# vor Ort ein Bild machen" + an anonymous stewardess "berichtete uns"; en own by phone: "Speaking by
# phone from Hohenkamp on Tuesday afternoon, Ute Fehrholz … told this newspaper" + "told the Beacon";
# uk "Картину склали з двох публікацій, що вийшли у вівторок незалежно одна від одної. Районна газета
# «Гогенкампер Крайсблатт», кореспонденти якої були на пристані … А британська The Saltford Beacon
# поговорила по телефону з директоркою" + "сказав «Крайсблатту»" (two edges); ru with a translated name
# "Такой информацией располагает британская газета «Солтфордский маяк» (The Saltford Beacon), которой
# решение по телефону подтвердила" + "пишет газета". The managing director, a boatswain, two harbour
# masters and a union are not origins; the ship «Nordkamp Stern» and the company are not outlets.
story("m04_two_own_ferry_route", "two_independent", {
"00_de.txt": """Nordkamp Linien stellt Fähre nach Saltford ein
Hohenkamper Kreisblatt
10. Februar 2026

Nach 41 Jahren endet die Fährverbindung zwischen Hohenkamp und dem englischen Saltford. Die Reederei Nordkamp Linien will die Linie zum 31. März aufgeben, das erfuhren die Besatzungen am Dienstagmorgen auf einer Betriebsversammlung an Bord der „Nordkamp Stern“.

Am Fähranleger herrschte danach gedrückte Stimmung, davon konnte sich das Kreisblatt vor Ort ein Bild machen. Matrosen standen in kleinen Gruppen an der Gangway, einige telefonierten mit ihren Familien. „Ich fahre seit 19 Jahren auf dieser Strecke, und heute erfahre ich, dass in sieben Wochen Schluss ist“, sagte Bootsmann Henning Dreesen.

Betroffen sind 214 Beschäftigte, darunter 38 ukrainische Seeleute, die seit Jahren auf den beiden Schiffen der Linie arbeiten. Eine Stewardess, die ihren Namen nicht in der Zeitung lesen möchte, berichtete uns, die Geschäftsführung habe sinkende Frachtmengen und hohe Treibstoffkosten als Gründe genannt und Abfindungen „nach Tarif“ in Aussicht gestellt.

Eine schriftliche Stellungnahme der Reederei lag bis zum Nachmittag nicht vor. Hafenkapitän Jörg Wiebusch bedauerte das Aus: Die Fähre habe zuletzt noch rund 90 000 Passagiere im Jahr befördert. Die Gewerkschaft kündigte für Donnerstag eine Kundgebung am Terminal an.
""",
"01_en.txt": """Saltford ferry link to end after 41 years
The Saltford Beacon
2026-02-10T19:30:00+00:00

The ferry service between Saltford and the German port of Hohenkamp will stop at the end of March, its operator has confirmed, ending a link that has run since 1985.

Speaking by phone from Hohenkamp on Tuesday afternoon, Ute Fehrholz, managing director of Nordkamp Linien, told this newspaper the company could "no longer make the numbers work". Freight volumes on the route had fallen by a third in three years, she said, while fuel costs had nearly doubled.

"This was not an easy decision, and it is no reflection on the crews, who have been outstanding," Fehrholz told the Beacon. The last sailing from Saltford is scheduled for the evening of 31 March. Passengers who have booked later crossings will be refunded in full.

The company employs 214 people on the route, most of them on its two ships. Fehrholz said staff had been told at a meeting on Tuesday morning and that the firm would try to find places for some of them on its Baltic routes.

Saltford harbour master Colin Ayres said the ferry still carried about 90,000 passengers a year and brought in a fifth of the port's income. "We will be talking to other operators from tomorrow," he said. Shopkeepers on Quay Street, where many foot passengers stop, said they feared for their trade.
""",
"02_uk.txt": """Німецька поромна лінія закривається: без роботи залишаться 38 українських моряків
Стрижень
Wed, 11 Feb 2026 09:50:00 +0200

Німецька судноплавна компанія Nordkamp Linien 31 березня закриє поромну лінію між Гогенкампом і англійським Солтфордом. Серед 214 працівників лінії — 38 українських моряків.

Картину склали з двох публікацій, що вийшли у вівторок незалежно одна від одної. Районна газета «Гогенкампер Крайсблатт», кореспонденти якої були на пристані в Гогенкампі, писала, що про закриття екіпажам оголосили вранці на зборах на борту порома. А британська The Saltford Beacon поговорила по телефону з директоркою компанії Уте Фергольц, яка рішення підтвердила.

За словами Фергольц, за три роки обсяги вантажів на лінії впали на третину, а витрати на пальне майже подвоїлися. Компанія спробує влаштувати частину людей на свої балтійські лінії, сказала вона британській газеті.

Стюардеса, яка розмовляла з німецькими журналістами на умовах анонімності, розповіла, що керівництво пообіцяло вихідну допомогу «за тарифом». Один із боцманів, який ходить цим маршрутом 19 років, сказав «Крайсблатту», що дізнався про закриття за сім тижнів до кінця.

Українські моряки працюють на обох поромах лінії здебільшого з 2014 року. Профспілка в четвер планує акцію протесту біля терміналу в Гогенкампі. Лінія діє з 1985 року й торік перевезла близько 90 тисяч пасажирів.
""",
"03_ru.txt": """Паромную линию между Германией и Англией закроют в марте
Полдень-Инфо
2026-02-11 11:05

Паромное сообщение между немецким Хоэнкампом и английским Солтфордом прекратится 31 марта. Такой информацией располагает британская газета «Солтфордский маяк» (The Saltford Beacon), которой решение по телефону подтвердила управляющий директор судоходной компании Nordkamp Linien Уте Ферхольц.

По её словам, компания больше «не может свести цифры»: грузопоток на линии за три года сократился на треть, а расходы на топливо почти удвоились. Сотрудникам объявили о закрытии во вторник утром на общем собрании, добавила Ферхольц.

На линии работают 214 человек, в основном на двух паромах компании. Часть из них Nordkamp Linien попробует трудоустроить на своих балтийских маршрутах. Пассажирам, купившим билеты на рейсы после 31 марта, вернут деньги в полном объёме, пишет газета.

Капитан порта Солтфорд Колин Эйрс отметил, что паром по-прежнему перевозил около 90 тысяч пассажиров в год и приносил пятую часть доходов порта. Линия работала с 1985 года и была одной из последних пассажирских паромных переправ в этой части Северного моря: переход занимал около 17 часов.
""",
}, [("Hohenkamper Kreisblatt", True), ("The Saltford Beacon", True)],
[("Hohenkamper Kreisblatt", "02_uk.txt"), ("The Saltford Beacon", "02_uk.txt"), ("The Saltford Beacon", "03_ru.txt")],
[("Nordkamp Linien will close the Hohenkamp-Saltford ferry route on 31 March; 214 staff affected", None, 2)])

# m05: outside Telegram channel; a relay that adds its own phone confirmation; the ru relay credits only
# the uk paper under a translated name. uk "Скаргу пацієнтки … у неділю ввечері переслав своїм 14
# тисячам підписників телеграм-канал «Нічний диспетчер»" + "написав адміністратор" + own "Головний
# лікар … у понеділок у телефонній розмові з «Дзвіницею» поломку визнав" + "нам повідомили"; en "The
# breakdown came to light through a post on Night Dispatcher (Nichnyi Dyspetcher), a Telegram channel"
# + "the post went on", "The channel's author also wrote"; ru "Главврач больницы … признал поломку в
# разговоре с украинской газетой «Колокольня» («Дзвіниця»)" + "Со слов главврача, переданных газетой"
# (channel not named: "в соцсетях разошлась жалоба"). A chief doctor and a health department are not
# origins.
story("m05_telegram_ct_scanner", "relay_plus_own", {
"00_uk.txt": """У Грабівецькій лікарні три тижні не працює комп'ютерний томограф
Дзвіниця
16.02.2026 13:20

Єдиний комп'ютерний томограф Грабівецької районної лікарні не працює з 26 січня. Пацієнтів, яким потрібне обстеження, везуть до обласної лікарні в Яснобір — це 90 кілометрів в один бік.

Скаргу пацієнтки, чоловіка якої з підозрою на інсульт чотири години везли до Яснобора, у неділю ввечері переслав своїм 14 тисячам підписників телеграм-канал «Нічний диспетчер». Канал веде колишній диспетчер швидкої допомоги, який не називає свого імені. «Три тижні мовчання, а люди тим часом їздять по 180 кілометрів», — написав адміністратор.

Головний лікар лікарні Віктор Стельмах у понеділок у телефонній розмові з «Дзвіницею» поломку визнав. За його словами, вийшла з ладу рентгенівська трубка томографа, нова коштує 4,2 мільйона гривень, і таких грошей у лікарні немає. «Ми звернулися до області ще 28 січня, відповіді поки не маємо», — сказав Стельмах. Він додав, що пацієнтів з інсультом лікарня відправляє до Яснобора власним транспортом у супроводі лікаря.

В обласному департаменті охорони здоров'я нам повідомили, що питання фінансування розглянуть «найближчим часом». Томограф встановили в Грабівцях 2017 року; за рік на ньому проводили близько 6 тисяч обстежень.
""",
"01_en.txt": """Ukrainian district hospital without CT scanner for three weeks
Steppewatch
2026-02-16T15:45:00+02:00

Patients at the district hospital in Hrabivtsi, in western Ukraine, have been driven 90 kilometres to the regional capital Yasnobir for CT scans since the hospital's only scanner broke down on 26 January.

The breakdown came to light through a post on Night Dispatcher (Nichnyi Dyspetcher), a Telegram channel with about 14,000 subscribers run by a former ambulance dispatcher who does not give his name. On Sunday evening the channel shared a complaint from a woman whose husband, suspected of having had a stroke, spent four hours being taken to Yasnobir.

"Three weeks of silence, while people travel 180 kilometres," the post went on. The channel's author also wrote that the hospital had known since late January that the scanner's X-ray tube needed replacing.

The regional health department said in a statement on Monday that it was "aware of the situation" and would soon consider the hospital's request for funding. It did not say how much a repair would cost or when the scanner might be working again.

The Hrabivtsi hospital serves about 60,000 people in the district. Under national guidelines, stroke patients should have a scan within an hour of arriving at hospital.
""",
"02_ru.txt": """Украинская больница три недели без томографа
Сухоярский экспресс
16.02.2026 19:00

В районной больнице украинского города Грабовцы (Hrabivtsi) с 26 января не работает единственный компьютерный томограф. Пациентов возят на обследование в областной центр Яснобор, за 90 километров.

Главврач больницы Виктор Стельмах признал поломку в разговоре с украинской газетой «Колокольня» («Дзвіниця»). Со слов главврача, переданных газетой, из строя вышла рентгеновская трубка, замена обойдётся в 4,2 миллиона гривен, а таких денег у больницы нет. Запрос в область отправили ещё 28 января, ответа пока нет.

О поломке заговорили после того, как в соцсетях разошлась жалоба жены пациента с подозрением на инсульт: его четыре часа везли в Яснобор. Стельмах заверил, что больных с инсультом отправляют в областную больницу на собственном транспорте больницы в сопровождении врача.

В областном департаменте здравоохранения газете пообещали рассмотреть вопрос финансирования «в ближайшее время». Томограф работает в Грабовцах с 2017 года, в год на нём проводили около шести тысяч обследований. Другого аппарата в районе нет, ближайший частный диагностический центр тоже находится в Ясноборе.
""",
}, [("Нічний диспетчер", False), ("Дзвіниця", True)],
[("Нічний диспетчер", "00_uk.txt"), ("Нічний диспетчер", "01_en.txt"), ("Дзвіниця", "02_ru.txt")],
[("The only CT scanner of the Hrabivtsi district hospital has been broken since 26 January; patients are driven 90 km to Yasnobir", None, 2)])

# m06: fr own report (lab report held by the paper, anonymous investigator, an interview); uk close
# translation with no credit at all (keeps "копія якого є в розпорядженні редакції", "підтвердив нам");
# en with no outlet line (title suffix "— Borderlands Daily"): "The results were made public on Friday
# by Le Clairon de Montalbert, a regional daily, which holds a copy of the laboratory report" + credit
# closing a paragraph "…, Le Clairon reported." + "the Clairon's source"; ru with a translated name and
# an adverbial participle "Обнародовав результаты лабораторных анализов, французская региональная газета
# «Монтальберский горн» (Le Clairon de Montalbert) сообщила" + "Источник газеты". A packer (Miellerie
# Varnesse), an exporter (Zolotyi Stilnyk / «Золотий стільник» / «Золотой сот»), a beekeepers' union
# and the fraud investigators are not origins.
story("m06_translation_honey_fraud", "translation", {
"00_fr.txt": """Du miel « d'acacia ukrainien » coupé au sirop de riz dans nos supermarchés
Le Clairon de Montalbert
2026-02-06T07:00:00+01:00

Sept pots de miel vendus comme « miel d'acacia d'Ukraine » sur douze achetés dans des supermarchés de Montalbert contiennent du sirop de riz. C'est le résultat d'analyses commandées à un laboratoire spécialisé par le Syndicat apicole de l'Yvrenne.

Le rapport du laboratoire, dont Le Clairon détient une copie, fait état dans les sept échantillons de marqueurs caractéristiques du sirop de riz, ajouté dans des proportions estimées entre 20 et 45 %. Les cinq autres pots sont conformes.

Les sept pots en cause portent tous l'étiquette de la Miellerie Varnesse, un conditionneur installé dans la zone artisanale de Montalbert. Interrogé par Le Clairon, son gérant, Thierry Varnesse, dit « tomber des nues » et affirme acheter son miel à un exportateur ukrainien, Zolotyi Stilnyk, « avec certificats d'analyse à l'appui ». Il a annoncé le retrait des lots concernés.

Les services de la répression des fraudes ont été saisis. Un enquêteur, qui a requis l'anonymat, nous a confirmé qu'une procédure avait été ouverte et que des prélèvements seraient effectués chez le conditionneur la semaine prochaine.

Pour le président du syndicat apicole, Gérard Lannoy, l'affaire illustre la concurrence déloyale que subissent les producteurs locaux : « Nous vendons notre miel d'acacia 18 euros le kilo. Ces pots sont à 6,90 euros. Le calcul est vite fait. »
""",
"01_uk.txt": """У французьких супермаркетах знайшли «український акацієвий мед», розбавлений рисовим сиропом
Стрижень
06.02.2026 16:45

Сім із дванадцяти банок меду, які продавали як «акацієвий мед з України» в супермаркетах французького міста Монтальбер, містять рисовий сироп. Це результат аналізів, які Спілка пасічників долини Іврен замовила у спеціалізованій лабораторії.

Звіт лабораторії, копія якого є в розпорядженні редакції, фіксує в усіх семи зразках маркери, характерні для рисового сиропу; його частка, за оцінками, становить від 20 до 45%. Решта п'ять банок відповідають нормам.

Усі сім банок мають етикетку фірми Miellerie Varnesse — фасувальника з промзони Монтальбера. Її керівник Тьєррі Варнесс каже, що «приголомшений», і стверджує, що купує мед в українського експортера «Золотий стільник» «з сертифікатами аналізів». Він оголосив про вилучення відповідних партій.

Справою вже займаються французькі служби з протидії шахрайству. Слідчий, який попросив не називати його імені, підтвердив нам, що провадження відкрито, а наступного тижня у фасувальника візьмуть проби.

Голова спілки пасічників Жерар Ланнуа вважає, що ця історія показує нечесну конкуренцію, від якої страждають місцеві виробники: «Ми продаємо свій акацієвий мед по 18 євро за кілограм. Ці банки коштують 6,90 євро. Висновок очевидний».
""",
"02_en.txt": """French tests find 'Ukrainian acacia honey' cut with rice syrup — Borderlands Daily
February 7, 2026

Seven out of twelve jars of honey sold as Ukrainian acacia honey in supermarkets in the French town of Montalbert were found to contain rice syrup, according to laboratory tests commissioned by local beekeepers.

The results were made public on Friday by Le Clairon de Montalbert, a regional daily, which holds a copy of the laboratory report. The syrup made up an estimated 20 to 45 per cent of the contents of the adulterated jars, Le Clairon reported.

All seven jars carried the label of Miellerie Varnesse, a packer based in Montalbert. Its manager, Thierry Varnesse, told the paper he was "astonished" and that he bought his honey from a Ukrainian exporter, Zolotyi Stilnyk, which supplied analysis certificates with every consignment. He has withdrawn the batches concerned.

French fraud investigators have opened a case, according to the Clairon's source among them, who spoke on condition of anonymity. Samples are to be taken at the packer's premises next week.

Zolotyi Stilnyk could not immediately be reached for comment. Ukraine is one of the largest honey exporters to the European Union, and honey stretched with cheap sugar syrups has long angered European beekeepers, who say it drives down prices. Producers around Montalbert sell acacia honey at about €18 a kilo; the jars in question cost €6.90.
""",
"03_ru.txt": """Во Франции нашли «украинский мёд», разбавленный рисовым сиропом
Полдень-Инфо
Sat, 07 Feb 2026 10:20:00 +0200

Обнародовав результаты лабораторных анализов, французская региональная газета «Монтальберский горн» (Le Clairon de Montalbert) сообщила, что семь из двенадцати банок «акациевого мёда из Украины», купленных в супермаркетах Монтальбера, содержат рисовый сироп. Анализы заказал местный союз пчеловодов.

Доля сиропа в испорченных банках, по оценке лаборатории, составляет от 20 до 45%. Все семь банок расфасованы местной фирмой Miellerie Varnesse. Её владелец Тьерри Варнесс заявил газете, что «потрясён», и утверждает, что закупает мёд у украинского экспортёра «Золотой сот» с сертификатами анализов. Партии уже изымают из продажи.

Источник газеты в службе по борьбе с мошенничеством, не пожелавший раскрывать своё имя, подтвердил, что дело возбуждено, а на следующей неделе у фасовщика возьмут пробы.

Председатель союза пчеловодов Жерар Ланнуа говорит, что местные производители продают акациевый мёд по 18 евро за килограмм, тогда как подозрительные банки стоили 6,90 евро.

Украина — один из крупнейших поставщиков мёда в Евросоюз. Европейские пчеловоды давно жалуются, что дешёвый мёд, разбавленный сахарными сиропами, сбивает цены на рынке.
""",
}, [("Le Clairon de Montalbert", True)],
[("Le Clairon de Montalbert", a) for a in ("01_uk.txt", "02_en.txt", "03_ru.txt")],
[("Seven of twelve jars of 'Ukrainian acacia honey' sold in Montalbert supermarkets contain rice syrup", None, 1)])

# m07: outside British birdwatching magazine, relayed 3x; the author of the magazine's article and the
# reserve director are not origins, nor is the reserve «Ожинівські плавні». en "Dr Rosalind Pike …
# describes the count in an article in the March issue of Fieldfare Monthly, the British birdwatching
# magazine" + "the magazine reports", "According to the article", "Fieldfare Monthly writes", "is
# quoted as saying"; uk "Британський орнітологічний журнал Fieldfare Monthly присвятив зимівлі статтю в
# березневому номері" + "Видання уточнює", "розповів журналу"; de "Nachzulesen ist das in der Märzausgabe
# des britischen Vogelkundemagazins Fieldfare Monthly" + "wie das Heft schreibt".
story("m07_magazine_wintering_geese", "external", {
"00_en.txt": """Saltford birdwatcher helps count rare geese at Ukrainian reservoir
The Saltford Beacon
2026-02-12T11:00:00+00:00

A Saltford ornithologist was part of a team that counted more than 2,300 red-breasted geese wintering on a reservoir in western Ukraine last month, more than ten times as many as a year earlier.

Dr Rosalind Pike, who has studied the species for two decades, describes the count in an article in the March issue of Fieldfare Monthly, the British birdwatching magazine, which went on sale on Thursday. The geese, among the world's most striking and most threatened waterfowl, normally winter on the Black Sea coast; the magazine reports that only scattered groups had previously been seen as far north as the Ozhyniv reservoir.

According to the article, the count took place on 17 January with staff from the Ozhyniv Marshes nature reserve. Volunteers counted 2,340 birds in a single flock at dawn, against about 200 the previous winter. A mild winter and flooded fields of winter wheat around the reservoir are the most likely explanation, Fieldfare Monthly writes.

The reserve's director, Ihor Doroshuk, is quoted as saying that hunting on the reservoir has been banned for the rest of the winter.

Dr Pike, who lives in the Old Town, is a longstanding member of the Saltford and District Bird Club, which will host a talk about the count in April.
""",
"01_uk.txt": """На Ожинівському водосховищі зимують понад 2300 червоноволих казарок
Берег і місто
12.02.2026 14:10

Цієї зими на Ожинівському водосховищі зупинилася рекордна кількість казарок червоноволих — 2340 птахів. Торік тут налічили близько двохсот.

Казарка червоновола — невелика гуска з яскраво-рудими грудьми й шиєю та чорно-білим оперенням. Гніздиться вона в тундрі на півночі Сибіру, а її світова популяція, за оцінками орнітологів, не перевищує кількох десятків тисяч птахів.

Британський орнітологічний журнал Fieldfare Monthly присвятив зимівлі статтю в березневому номері, який вийшов у четвер. Її авторка, орнітологиня Розалінд Пайк, 17 січня разом із працівниками заповідника «Ожинівські плавні» брала участь в обліку птахів. Зграю порахували на світанку, коли гуси злітали з води на поля.

Видання уточнює, що казарка червоновола, яку вважають одним із найвразливіших видів гусей у світі, зазвичай зимує на узбережжі Чорного моря, а так далеко на півночі раніше траплялися лише поодинокі групи. Ймовірні причини — тепла зима й підтоплені поля озимої пшениці навколо водосховища.

Директор заповідника Ігор Дорошук розповів журналу, що полювання на водосховищі заборонили до кінця зими. Навесні орнітологи заповідника планують повторний облік, аби з'ясувати, коли птахи відлетять.
""",
"02_de.txt": """Tausende seltene Rothalsgänse überwintern in der Westukraine
Ostwärts
2026-02-13 09:30

Auf einem Stausee bei der westukrainischen Stadt Oschyniw überwintern in diesem Jahr so viele Rothalsgänse wie nie zuvor. Bei einer Zählung am 17. Januar kamen Ornithologen auf 2340 Vögel, im Vorjahr waren es rund 200.

Nachzulesen ist das in der Märzausgabe des britischen Vogelkundemagazins Fieldfare Monthly. Autorin des Beitrags ist die Ornithologin Rosalind Pike, die an der Zählung gemeinsam mit Mitarbeitern des Naturschutzgebiets Oschyniwer Plawni teilnahm.

Die kleine Gans mit der rotbraunen Brust und dem schwarz-weißen Gefieder brütet in der sibirischen Tundra und gilt als eine der am stärksten gefährdeten Gänsearten der Welt. Sie überwintert normalerweise an der Schwarzmeerküste; so weit im Norden wurden bisher nur vereinzelte Trupps gesichtet, wie das Heft schreibt. Als wahrscheinliche Ursachen nennt Pike den milden Winter und überflutete Winterweizenfelder rund um den Stausee.

Der Direktor des Schutzgebiets, Ihor Doroschuk, ließ die Jagd am Stausee bis zum Ende des Winters verbieten. Im Frühjahr soll erneut gezählt werden, um festzustellen, wann die Vögel weiterziehen.
""",
}, [("Fieldfare Monthly", False)],
[("Fieldfare Monthly", a) for a in ("00_en.txt", "01_uk.txt", "02_de.txt")],
[("A record 2,340 red-breasted geese were counted wintering on the Ozhyniv reservoir on 17 January", None, 1)])

# m08: look-alike A (snow brings down a covered-market roof in Yasnobir, Ukraine, Sunday 8 February,
# two hurt); own report by the uk paper; ru with neither outlet nor date line. Own: "Редакція
# «Дзвіниці» розташована за два квартали від ринку, тож уже о сьомій наші журналісти були на місці" +
# "сказав «Дзвіниці» директор ринку"; en "Dzvinytsia, the city's regional newspaper, whose newsroom is
# two streets from the market, had journalists at the scene by 7am" + "the paper said", "told
# Dzvinytsia"; ru "Снимки с места, сделанные журналистами ясноборской газеты «Дзвиница», показывают" +
# "пишет газета", "объяснил газете". A market director, rescuers, the police and a police spokeswoman
# and a mayor are not origins.
story("m08_lookalike_market_roof", "in_corpus", {
"00_uk.txt": """У Ясноборі під вагою снігу обвалився дах критого ринку
Дзвіниця
2026-02-08T11:30:00+02:00

У неділю о 6:40 ранку під вагою снігу обвалилася частина даху Центрального критого ринку в Ясноборі. Двоє людей травмовані: 55-річний охоронець і продавчиня, яка прийшла розкладати товар раніше за інших. Обоє в обласній лікарні з переломами, їхньому життю нічого не загрожує.

Редакція «Дзвіниці» розташована за два квартали від ринку, тож уже о сьомій наші журналісти були на місці. Над м'ясним павільйоном замість даху зяяв провал завширшки метрів двадцять, балки перекриття лежали на прилавках, а рятувальники виносили з-під них ящики з товаром. Продавці, які підходили до ринку, стояли за стрічкою й телефонували рідним.

«Дах ми чистили в п'ятницю, але за суботу й ніч знову нападало сантиметрів сімдесят», — сказав «Дзвіниці» директор ринку Степан Гураль. За його словами, будівлю звели 1978 року, капітального ремонту покрівлі не робили жодного разу.

В обласному управлінні рятувальної служби повідомили, що з решти даху сніг прибирають вручну, ринок закрито щонайменше до кінця тижня. Поліція відкрила кримінальне провадження за статтею про службову недбалість, повідомила речниця обласної поліції Ірина Довгань.

Міський голова Андрій Лесів доручив перевірити дахи всіх шкіл, садочків і торговельних центрів міста.
""",
"01_en.txt": """Snow brings down market roof in Ukraine's Yasnobir, two injured
Steppewatch
February 8, 2026

Part of the roof of the central covered market in the western Ukrainian city of Yasnobir collapsed under heavy snow early on Sunday, injuring a security guard and a trader.

Dzvinytsia, the city's regional newspaper, whose newsroom is two streets from the market, had journalists at the scene by 7am. They described a gap about twenty metres wide above the meat hall, with roof beams lying across the stalls. Both injured people suffered fractures and were taken to the regional hospital; their lives are not in danger, the paper said.

The collapse happened at 6:40am, before the market opened. Market director Stepan Hural told Dzvinytsia the roof had been cleared on Friday, but that about 70 centimetres of fresh snow had fallen since. The building dates from 1978 and its roof had never been fully renovated, he said.

Police have opened a criminal investigation into possible negligence, and the market will stay closed at least until the end of the week. Rescue workers were clearing snow from the remaining parts of the roof by hand.

Yasnobir's mayor, Andrii Lesiv, has ordered checks on the roofs of all schools, kindergartens and shopping centres in the city.
""",
"02_ru.txt": """В Ясноборе обрушилась крыша рынка: двое пострадавших | Сухоярский экспресс

Снимки с места, сделанные журналистами ясноборской газеты «Дзвиница», показывают провал шириной около двадцати метров над мясным павильоном Центрального крытого рынка. Крыша обрушилась под тяжестью снега в воскресенье в 6:40 утра, ещё до открытия рынка.

Пострадали двое: 55-летний охранник и продавщица, пришедшая раньше остальных. Оба с переломами доставлены в областную больницу, их жизни ничего не угрожает, пишет газета.

Директор рынка Степан Гураль объяснил газете, что крышу чистили в пятницу, но с тех пор выпало ещё около 70 сантиметров снега. Здание построено в 1978 году, капитальный ремонт кровли не проводился ни разу.

Полиция возбудила уголовное дело о служебной халатности. Рынок закрыт как минимум до конца недели, спасатели вручную убирают снег с уцелевших участков кровли. Мэр Яснобора Андрей Лесив поручил проверить крыши всех школ, детских садов и торговых центров города.

Центральный крытый рынок — крупнейший в Ясноборе, в нём торгуют около трёхсот продавцов. Снегопад, начавшийся в пятницу, в выходные парализовал движение в нескольких областях на западе Украины.
""",
}, [("Дзвіниця", True)],
[("Дзвіниця", "01_en.txt"), ("Дзвіниця", "02_ru.txt")],
[("Part of the roof of Yasnobir's central covered market collapsed under snow on Sunday morning, two people hurt", None, 1)])

# m09: look-alike B (snow brings down a school sports-hall roof in Lindwehr, Germany, overnight into
# Wednesday 11 February, nobody hurt); own report by the de paper (phone call + site visit). Own:
# "Bürgermeister Karsten Holtmeier, den das Kreisblatt am Mittwoch kurz nach sieben Uhr telefonisch
# erreichte" + "zeigte Hausmeister … unserer Redakteurin"; en "The Hohenkamper Kreisblatt, the district
# newspaper, reached Lindwehr's mayor … by phone shortly after 7am" + "the German paper wrote", "showed a
# Kreisblatt reporter"; uk "Зі слів бургомістра …, якого процитувала районна газета «Гогенкампер
# Крайсблатт»" + "пише газета" (+ closing reference to m08). A mayor, a caretaker, the fire brigade and a
# sports club (TSV Lindwehr) are not origins.
story("m09_lookalike_sports_hall_roof", "in_corpus", {
"00_de.txt": """Schneelast: Dach der Lindwehrer Schulsporthalle eingestürzt
Hohenkamper Kreisblatt
11.02.2026 12:05

In Lindwehr ist in der Nacht zum Mittwoch das Dach der Sporthalle an der Mühlbachschule unter der Schneelast eingebrochen. Verletzt wurde niemand, die Halle war zu diesem Zeitpunkt leer.

Bürgermeister Karsten Holtmeier, den das Kreisblatt am Mittwoch kurz nach sieben Uhr telefonisch erreichte, sprach von „großem Glück im Unglück“. Anwohner hätten gegen 2.15 Uhr einen lauten Knall gehört und die Feuerwehr alarmiert. „Wäre das am Nachmittag passiert, hätten dort sechzig Kinder trainiert“, sagte Holtmeier.

Bei einem Ortstermin am Vormittag zeigte Hausmeister Werner Lütjens unserer Redakteurin die verbogenen Stahlträger: Auf einer Fläche von etwa 15 mal 20 Metern ist das Flachdach in die Halle gesackt, Reste der Deckenverkleidung liegen auf dem Hallenboden. Auf dem Dach lagen nach Angaben der Feuerwehr rund 60 Zentimeter nasser Schnee.

Die Halle wird neben dem Schulsport vor allem vom TSV Lindwehr genutzt, dessen Handballabteilung seit 2022 auch eine Jugendmannschaft mit rund 20 ukrainischen Kindern hat. Trainiert wird vorerst in der Halle im Nachbarort Ellerhusen.

Ein Statiker soll am Donnerstag prüfen, ob die Halle zu retten ist. Die Gemeinde hat alle weiteren öffentlichen Gebäude mit Flachdach sperren lassen, bis sie vom Schnee geräumt sind.
""",
"01_en.txt": """Sports hall roof in Kellingmoor's German twin town caves in under snow
The Kellingmoor Argus
Wed, 11 Feb 2026 18:10:00 +0000

The roof of a school sports hall in Lindwehr, Kellingmoor's twin town in northern Germany, collapsed under the weight of snow early on Wednesday. The hall was empty and nobody was hurt.

The Hohenkamper Kreisblatt, the district newspaper, reached Lindwehr's mayor, Karsten Holtmeier, by phone shortly after 7am. He called it "a great stroke of luck in misfortune", pointing out that sixty children would have been training in the hall on a normal afternoon. Residents heard a loud bang at about 2.15am and called the fire brigade, the German paper wrote.

A caretaker later showed a Kreisblatt reporter the buckled steel girders. A section of flat roof measuring about 15 by 20 metres had sagged into the hall under roughly 60 centimetres of wet snow.

The hall is used by the local sports club, TSV Lindwehr, whose handball section has included a youth team of about twenty Ukrainian children since 2022. Players from Kellingmoor Handball Club played a friendly there last summer.

A structural engineer is due to inspect the building on Thursday. Lindwehr has closed every other flat-roofed public building until the snow has been cleared.
""",
"02_uk.txt": """У Німеччині під снігом обвалився дах зали, де тренуються українські діти
Стрижень
11.02.2026 20:30

У німецькому містечку Ліндвер у ніч на середу під вагою снігу обвалився дах шкільної спортивної зали. У цій залі тренується юнацька гандбольна команда місцевого клубу TSV Lindwehr, у якій грають близько двадцяти українських дітей. Зала була порожня, ніхто не постраждав.

Зі слів бургомістра Карстена Гольтмайєра, якого процитувала районна газета «Гогенкампер Крайсблатт», мешканці почули гучний тріск близько 2:15 і викликали пожежників. «Якби це сталося вдень, там тренувалися б шістдесят дітей», — сказав бургомістр журналістам газети, яким він відповів на дзвінок о сьомій ранку.

Плаский дах просів у залу на площі приблизно 15 на 20 метрів. За даними пожежників, на ньому лежало близько 60 сантиметрів мокрого снігу. Сталеві балки вигнулися, уламки стельового покриття лежать на підлозі, пише газета.

Тренування команди тимчасово переносять до зали в сусідньому селищі Еллергузен. У четвер будівлю огляне інженер-конструктор. Усі інші громадські будівлі з пласкими дахами в Ліндвері закрили, доки з них не приберуть сніг.

Це вже друга за кілька днів будівля, дах якої не витримав снігу: у неділю в українському Ясноборі обвалилася частина даху критого ринку, тоді постраждали двоє людей.
""",
}, [("Hohenkamper Kreisblatt", True)],
[("Hohenkamper Kreisblatt", "01_en.txt"), ("Hohenkamper Kreisblatt", "02_uk.txt")],
[("The roof of a school sports hall in Lindwehr, Germany, collapsed under snow overnight into Wednesday, nobody hurt", None, 1)])

# m10: outside Romanian regional daily (native, with an English / French translation of its name,
# transliterated); the ru article credits only the en portal (chain to an outside origin); an anonymous
# ministry official cited by the daily. en "The plans were spelled out on Tuesday by the Romanian
# regional daily Observatorul de Câmpie ("The Plain Observer")" + "According to the paper", "told the
# Romanian paper", "Observatorul de Câmpie also quoted an official … who asked not to be named"; uk
# "Подробиці проєкту надрукував у вівторок румунський регіональний щоденник «Обсерваторул де
# Кимпіє» (Observatorul de Câmpie)" + "Видання уточнює"; ru "Подробности проекта собрал англоязычный портал
# Steppewatch, который пишет о Восточной Европе" + "Steppewatch также пишет"; fr (no date line) "On doit
# l'information au quotidien régional roumain Observatorul de Câmpie (« L'Observateur de la Plaine »)" +
# "poursuit L'Observateur". A county council and its president are not origins.
story("m10_foreign_daily_border_crossing", "external_chain", {
"00_en.txt": """Romanian county backs new border crossing with Ukraine
Steppewatch
2026-02-17T17:05:00+02:00

A new road crossing between Romania and Ukraine could open in 2028 between the Romanian village of Poiana Mierlei and the Ukrainian village of Ozhynivka, after a Romanian county council voted on Monday to pay for its design.

The plans were spelled out on Tuesday by the Romanian regional daily Observatorul de Câmpie ("The Plain Observer"). According to the paper, the Valea Ciutei county council approved 2.1 million lei for the design of a 240-metre bridge over the river Ciuta, with the total cost of the project estimated at €14 million.

County council president Adrian Ciobotaru told the Romanian paper the crossing would be open to cars, buses and lorries of up to 7.5 tonnes. The nearest existing crossings are about 80 kilometres apart, forcing residents of villages on both sides of the border into long detours.

Observatorul de Câmpie also quoted an official at Romania's transport ministry, who asked not to be named, as saying that Ukraine had agreed to the project in principle and that the two countries' road agencies would meet in March. Ukraine's border service has not commented.

Ozhynivka, a village of about 1,200 people, lies some 30 kilometres south of the city of Ozhyniv.
""",
"01_uk.txt": """Румунія планує новий пункт пропуску на кордоні з Україною біля Ожинівки
Стрижень
17.02.2026 19:40

Між румунським селом Пояна-Мієрлей і українською Ожинівкою може з'явитися новий автомобільний пункт пропуску. Відкрити його планують 2028 року.

Подробиці проєкту надрукував у вівторок румунський регіональний щоденник «Обсерваторул де Кимпіє» (Observatorul de Câmpie). За його даними, у понеділок рада повіту Валя-Чутей виділила 2,1 мільйона леїв на проєктування 240-метрового мосту через річку Чуту. Загальну вартість будівництва оцінюють у 14 мільйонів євро.

Голова повітової ради Адріан Чоботару сказав газеті, що через пункт пропуску їздитимуть легкові автомобілі, автобуси й вантажівки масою до 7,5 тонни. Зараз найближчі пункти пропуску розташовані на відстані близько 80 кілометрів один від одного, тож мешканці прикордонних сіл змушені робити великий гак.

Видання уточнює, що українська сторона в принципі погодилася на проєкт. Про це газеті розповів співробітник міністерства транспорту Румунії, який попросив не називати його імені. За його словами, дорожні відомства двох країн зустрінуться в березні.

Українське прикордонне відомство поки не коментувало ці плани. В Ожинівці живе близько 1200 людей; село розташоване приблизно за 30 кілометрів на південь від Ожинова.
""",
"02_ru.txt": """Румыния и Украина могут открыть новый пункт пропуска
Полдень-Инфо
18.02.2026 09:15

Новый автомобильный пункт пропуска на румынско-украинской границе может заработать в 2028 году между румынским селом Пояна-Миерлей и украинской Ожиновкой. Подробности проекта собрал англоязычный портал Steppewatch, который пишет о Восточной Европе.

Совет румынского уезда Валя-Чутей в понедельник выделил 2,1 миллиона леев на проектирование моста длиной 240 метров через реку Чуту. Всё строительство обойдётся примерно в 14 миллионов евро. Через пункт пропуска смогут ездить легковые машины, автобусы и грузовики массой до 7,5 тонны.

Сейчас ближайшие пункты пропуска на этом участке границы разделяют около 80 километров, и жителям сёл по обе стороны приходится ездить в объезд: чтобы попасть в соседнее село на другом берегу, до которого по прямой несколько километров, сейчас нужно проехать больше сотни.

Steppewatch также пишет, что украинская сторона в принципе согласилась на проект, а дорожные ведомства двух стран встретятся в марте. Пограничное ведомство Украины ситуацию не комментирует. В Ожиновке, расположенной примерно в 30 километрах к югу от Ожинова, проживает около 1200 человек.
""",
"03_fr.txt": """Un nouveau poste-frontière entre la Roumanie et l'Ukraine d'ici 2028
Le Messager de l'Yvrenne

Un nouveau point de passage routier pourrait voir le jour en 2028 entre le village roumain de Poiana Mierlei et le village ukrainien d'Ojynivka. On doit l'information au quotidien régional roumain Observatorul de Câmpie (« L'Observateur de la Plaine »), qui a rendu compte mardi du vote du conseil départemental de Valea Ciutei, jumelé depuis 2004 avec notre communauté de communes.

Les élus ont débloqué lundi 2,1 millions de lei pour étudier la construction d'un pont de 240 mètres sur la rivière Ciuta. Le coût total du projet est estimé à 14 millions d'euros. Le passage sera ouvert aux voitures, aux autocars et aux camions de moins de 7,5 tonnes, a indiqué au journal le président du conseil départemental, Adrian Ciobotaru.

Aujourd'hui, environ 80 kilomètres séparent les deux postes-frontières les plus proches, ce qui impose de longs détours aux habitants des villages frontaliers.

Un fonctionnaire du ministère roumain des Transports, qui s'est exprimé sous couvert d'anonymat, assure que l'Ukraine a donné son accord de principe, poursuit L'Observateur. Les administrations routières des deux pays doivent se rencontrer en mars.
""",
}, [("Observatorul de Câmpie", False)],
[("Observatorul de Câmpie", "00_en.txt"), ("Observatorul de Câmpie", "01_uk.txt"), ("Steppewatch", "02_ru.txt"), ("Observatorul de Câmpie", "03_fr.txt")],
[("A Romanian county council funded the design of a new border crossing with Ukraine between Poiana Mierlei and Ozhynivka, due to open in 2028", None, 1)])


def main():
    sdir = os.path.join(ROOT, "stories")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sdir, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        for _, a in relays:
            assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": names if arts_ is None else arts_,
                        "independent_sources": k} for t, arts_, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 13 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
