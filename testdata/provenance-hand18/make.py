#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand18 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency Veltrana Press relayed 4x. en "per Veltrana Press" + "Veltrana Press
# quoted Iryna Hutsul … as saying" (person right after the credit verb); uk "як інформує
# міжнародне агентство Veltrana Press" + "Агентство цитує"; de "Veltrana Press zitiert aus einem
# ersten Bericht der Bergaufsicht" + "schreibt die Agentur"; fr "indique l'agence de presse" +
# "a précisé Iryna Houtsoul à l'agence".
story("s01_agency_salt_sinkhole", "agency", {
"00_en.txt": """Sinkhole opens over old salt mine in Bilosolsk, 120 residents moved out
Marchland Observer
2027-03-01T10:40:00+00:00

A sinkhole about 40 metres wide opened early on Monday above a disused salt mine on the edge of the Ukrainian town of Bilosolsk, swallowing part of a road and forcing 120 residents from their homes, per Veltrana Press.

The ground gave way at around 5 a.m. next to Soliana Street, where a section of asphalt and two garden sheds disappeared into the hole. Nobody was hurt. Veltrana Press quoted Iryna Hutsul, the regional mining inspector, as saying that the cavity was still growing slowly and that the 14 houses closest to it would stay empty "for at least a week".

The mine, run for almost a century by Bilosolsk Salt Works, was closed in 2011 and partly flooded. Residents had complained about cracks in their walls since the autumn, according to the agency.

Evacuated families were being housed in a hostel of the local vocational college. The town's mayor, Yaroslav Tkachuk, said a commission would decide by Friday whether the houses could be saved.
""",
"01_uk.txt": """У Білосольську над старою соляною шахтою утворився провал: 120 людей відселили
Тернова Гілка
01.03.2027 12:15

У понеділок на світанку на околиці Білосольська над закинутою соляною шахтою утворився провал діаметром близько 40 метрів. Під землю пішла частина дороги, з домівок відселили 120 мешканців, як інформує міжнародне агентство Veltrana Press.

Земля просіла близько п'ятої ранку біля вулиці Соляної: у провалля впали шматок асфальту та дві садові повітки. Ніхто не постраждав. Агентство цитує обласну гірничу інспекторку Ірину Гуцул: порожнина й далі повільно збільшується, а 14 найближчих будинків залишатимуться порожніми «щонайменше тиждень».

Шахту майже сто років експлуатував Білосольський солевидобувний комбінат; у 2011 році її закрили, частково вона затоплена. Тріщини в стінах мешканці помічали ще з осені.

Відселені родини тимчасово живуть у гуртожитку місцевого професійного ліцею. Міський голова Ярослав Ткачук заявив, що до п'ятниці комісія вирішить, чи можна врятувати будинки.
""",
"02_de.txt": """Erdfall über altem Salzbergwerk: 120 Menschen in Bilosolsk müssen ihre Häuser verlassen
Ostufer-Post
1. März 2027

Über einem stillgelegten Salzbergwerk in der ukrainischen Kleinstadt Bilosolsk hat sich am Montagmorgen ein rund 40 Meter breiter Erdfall aufgetan. 120 Anwohner mussten ihre Häuser verlassen. Veltrana Press zitiert aus einem ersten Bericht der Bergaufsicht, wonach der Hohlraum gegen fünf Uhr morgens neben der Soljana-Straße eingebrochen sei.

Ein Stück der Fahrbahn und zwei Gartenschuppen verschwanden in der Tiefe, verletzt wurde niemand. Die 14 Häuser, die dem Loch am nächsten stehen, blieben mindestens eine Woche lang leer, schreibt die Agentur unter Berufung auf die Bergaufsicht.

Das Bergwerk war 2011 geschlossen worden und ist teilweise geflutet. Die evakuierten Familien kamen in einem Wohnheim der örtlichen Berufsschule unter.
""",
"03_fr.txt": """Ukraine : un effondrement au-dessus d'une ancienne mine de sel force 120 habitants à partir
L'Éveil de Corvigny
2 mars 2027

Un cratère d'une quarantaine de mètres de diamètre s'est ouvert lundi à l'aube au-dessus d'une mine de sel désaffectée, en bordure de la ville ukrainienne de Bilosolsk, indique l'agence de presse Veltrana Press. Une partie de la chaussée a été engloutie et 120 habitants ont dû quitter leur logement.

Personne n'a été blessé. La cavité continue de s'agrandir lentement et les 14 maisons les plus proches resteront vides « au moins une semaine », a précisé Iryna Houtsoul, inspectrice régionale des mines, à l'agence.

La mine, exploitée pendant près d'un siècle, avait fermé en 2011. Les familles évacuées sont hébergées dans le foyer d'un lycée professionnel.
""",
}, [{"name": "Veltrana Press", "in_corpus": False}],
[("Veltrana Press", "00_en.txt"), ("Veltrana Press", "01_uk.txt"), ("Veltrana Press", "02_de.txt"),
 ("Veltrana Press", "03_fr.txt")],
[("A sinkhole about 40 metres wide opened above a disused salt mine in Bilosolsk and 120 residents were moved out.",
  ["00_en.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# s02: chain ru → en → de and fr. ru own report (correspondent on the shore) + "рассказал
# корреспонденту «Заозёрного вестника»"; en "Zaozyorny Vestnik … first broke the news" + "told
# the paper's correspondent"; de credits only the en portal: "wie das englischsprachige Portal
# Marchland Observer unter Berufung auf … Saosjorny Westnik schreibt" (edge from Marchland
# Observer); fr (no date line) "relaie le site anglophone Marchland Observer" + "indique Viktor
# Borodine" (person right after the credit verb).
story("s02_chain_ice_floe", "chain", {
"00_ru.txt": """На Синеозере спасли 37 рыбаков с оторвавшейся льдины
Заозёрный вестник
2027-03-06 14:20

В субботу утром на Синеозере от берега оторвалась льдина, на которой находились 37 рыбаков-любителей. Всех их сняли с дрейфующего льда на судне на воздушной подушке, пострадавших нет.

Наш корреспондент Пётр Лаврин был на берегу у деревни Камышино, когда около девяти утра между льдиной и берегом появилась полоса чёрной воды шириной в несколько метров. Сильный южный ветер за час отнёс льдину почти на километр от берега.

«Мы сделали шесть рейсов, последнего рыбака забрали в 12:40», — рассказал корреспонденту «Заозёрного вестника» начальник районной спасательной станции Виктор Бородин. По его словам, двоих рыбаков с переохлаждением осмотрели врачи, в больницу их не повезли.

Выход на лёд Синеозера запрещён с 1 марта, напомнил Бородин. Нарушителям грозит штраф.
""",
"01_en.txt": """37 anglers rescued from drifting ice floe on Lake Sinyeozero
Marchland Observer
2027-03-07T08:10:00+00:00

Rescuers used a hovercraft to lift 37 anglers off an ice floe that broke away from the shore of Lake Sinyeozero on Saturday morning. Zaozyorny Vestnik, a Russian-language local paper, first broke the news on Saturday afternoon.

The paper's correspondent was on the shore near the village of Kamyshino when a strip of open water opened between the ice and the bank at about 9 a.m. A strong southerly wind carried the floe almost a kilometre out within an hour.

"We made six runs and took the last angler off at 12:40," Viktor Borodin, head of the district rescue station, told the paper's correspondent. Two anglers were checked by doctors for hypothermia but did not need hospital treatment.

Going onto the lake's ice has been banned since March 1.
""",
"02_de.txt": """37 Angler von treibender Eisscholle gerettet
Ostufer-Post
8. März 2027

Auf dem Sinjeosero-See haben Retter am Samstag 37 Freizeitangler von einer abgetriebenen Eisscholle geholt, wie das englischsprachige Portal Marchland Observer unter Berufung auf die russischsprachige Lokalzeitung Saosjorny Westnik schreibt.

Gegen neun Uhr morgens hatte sich die Scholle nahe dem Dorf Kamyschino vom Ufer gelöst; starker Südwind trieb sie binnen einer Stunde fast einen Kilometer auf den See hinaus. Die Retter holten die Angler mit einem Luftkissenboot in sechs Fahrten ab, den letzten um 12.40 Uhr. Zwei Männer wurden wegen Unterkühlung untersucht, mussten aber nicht ins Krankenhaus.

Das Betreten des Eises ist seit dem 1. März verboten.
""",
"03_fr.txt": """Trente-sept pêcheurs sauvés d'un bloc de glace à la dérive
L'Éveil de Corvigny

Trente-sept pêcheurs amateurs ont été récupérés samedi sur un bloc de glace qui s'était détaché de la rive du lac Sinieozero, relaie le site anglophone Marchland Observer.

Le vent du sud a emporté la plaque de glace à près d'un kilomètre du rivage en une heure. « Nous avons fait six allers-retours en aéroglisseur, le dernier pêcheur a été ramené à 12 h 40 », indique Viktor Borodine, chef de la station de sauvetage du district. Deux hommes souffrant d'hypothermie ont été examinés sur place.

L'accès à la glace du lac est interdit depuis le 1er mars.
""",
}, [{"name": "Заозёрный вестник", "in_corpus": True}],
[("Заозёрный вестник", "01_en.txt"), ("Marchland Observer", "02_de.txt"), ("Marchland Observer", "03_fr.txt")],
[("37 anglers were rescued by hovercraft from an ice floe that broke away on Lake Sinyeozero.",
  ["00_ru.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1)])

# s03: outside regional TV channel «Первоцвіт ТВ». uk "Кадри … показав у вечірньому випуску
# телеканал «Первоцвіт ТВ»" + "зазначає телеканал"; ru "утверждает украинский телеканал «Первоцвет
# ТВ»"; en "A spokesperson for the district administration confirmed to Pervotsvit TV" + "footage
# aired by the regional channel"; de without outlet line (title suffix "– Ostufer-Post"):
# "Bilder des ukrainischen Regionalsenders Perwozwit TV zeigen" + "sagte … dem Sender".
story("s03_tv_windmill", "broadcast", {
"00_uk.txt": """Буря зруйнувала вітряк XIX століття у Вербівці
Вечірній Ставок
10.03.2027 19:30

Дерев'яний вітряк 1873 року у селі Вербівка, пам'ятка місцевого значення, завалився під час нічної бурі з 9 на 10 березня. Кадри зруйнованого вітряка показав у вечірньому випуску регіональний телеканал «Первоцвіт ТВ».

На відео видно, що крила та верхня частина млина лежать на землі, а від корпусу залишився лише кам'яний фундамент. Ніхто не постраждав: поруч із вітряком немає житлових будинків.

Ще у 2025 році на реставрацію млина з районного бюджету виділили 1,2 мільйона гривень, однак ці гроші так і не витратили, зазначає телеканал. Як пояснили журналістам телеканалу в районній адміністрації, не вдалося знайти підрядника.

Місцеві мешканці, яких опитали журналісти телеканалу, кажуть, що вітряк хилився вже кілька років.
""",
"01_ru.txt": """Буря разрушила старинную ветряную мельницу в украинском селе
Семь Ветров
2027-03-11 09:00

Деревянная ветряная мельница 1873 года постройки в селе Вербовка на Украине рухнула во время бури в ночь на 10 марта, утверждает украинский региональный телеканал «Первоцвет ТВ».

На земле лежат крылья и верхняя часть мельницы, от строения остался только каменный фундамент. Пострадавших нет.

По данным канала, ещё в 2025 году на реставрацию памятника выделили 1,2 миллиона гривен, но деньги так и не были потрачены: в районной администрации объяснили это тем, что не нашли подрядчика.
""",
"02_en.txt": """Storm topples 19th-century windmill in Ukrainian village
Marchland Observer
2027-03-11T11:00:00+00:00

A wooden windmill built in 1873 in the Ukrainian village of Verbivka collapsed during a storm on the night of March 9-10, according to footage aired by the regional channel Pervotsvit TV on Wednesday evening.

The sails and the upper part of the mill were lying on the ground, and only the stone base was left standing. No one was hurt.

A spokesperson for the district administration confirmed to Pervotsvit TV that 1.2 million hryvnias set aside for restoring the mill in 2025 had never been spent, because no contractor could be found.
""",
"03_de.txt": """Sturm zerstört historische Windmühle in der Ukraine – Ostufer-Post
11. März 2027

Eine hölzerne Windmühle aus dem Jahr 1873 ist im ukrainischen Dorf Werbiwka in der Sturmnacht zum 10. März eingestürzt. Bilder des ukrainischen Regionalsenders Perwozwit TV zeigen die Flügel und das Obergeschoss der Mühle am Boden; nur das steinerne Fundament steht noch. Verletzt wurde niemand.

Für die Restaurierung der Mühle waren schon 2025 rund 1,2 Millionen Hrywnja bereitgestellt worden, ausgegeben wurde das Geld nie. Man habe keine Baufirma gefunden, sagte ein Sprecher der Bezirksverwaltung dem Sender.
""",
}, [{"name": "Первоцвіт ТВ", "in_corpus": False}],
[("Первоцвіт ТВ", "00_uk.txt"), ("Первоцвіт ТВ", "01_ru.txt"), ("Первоцвіт ТВ", "02_en.txt"),
 ("Первоцвіт ТВ", "03_de.txt")],
[("A wooden windmill built in 1873 in Verbivka collapsed during a storm overnight into 10 March.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("Money set aside in 2025 for restoring the windmill was never spent.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# s04: outside Telegram channel «Тихий Омут», which cites an anonymous police source. ru
# "утверждает Telegram-канал «Тихий Омут»" + "утверждает Аркадий Сомов" (person right after the
# same verb); uk "інформує … Telegram-канал «Тихий Омут», посилаючись на власне джерело в поліції";
# en (no date line) "per the Russian-language Telegram channel Tikhy Omut"; fr "à en croire la
# chaîne Telegram russophone « Tikhi Omout »".
story("s04_telegram_statue", "telegram", {
"00_ru.txt": """В Верхнедольске ночью украли бронзовый памятник поэту Круглову
Семь Ветров
2027-03-14 10:05

Из городского парка Верхнедольска в ночь на воскресенье похитили бронзовую статую поэта Авдея Круглова весом около 400 килограммов, утверждает Telegram-канал «Тихий Омут».

По словам авторов канала, которые ссылаются на собеседника в полиции, статую срезали с постамента и увезли на грузовике с краном около трёх часов ночи. Камера на входе в парк в это время не работала.

«Утром сторож позвонил мне и сказал, что на постаменте остались одни ботинки», — утверждает Аркадий Сомов, директор парка. Памятник работы скульптора Нины Вересовой стоял в парке с 1968 года.

В полиции Верхнедольска кражу подтвердили, но подробностей не сообщили.
""",
"01_uk.txt": """У Верхнедольську викрали бронзовий пам'ятник поетові
Тернова Гілка
14.03.2027 13:40

У ніч на неділю з міського парку Верхнедольська викрали бронзову статую поета Авдея Круглова вагою близько 400 кілограмів, інформує російськомовний Telegram-канал «Тихий Омут», посилаючись на власне джерело в поліції.

Статую нібито зрізали з постаменту й вивезли вантажівкою з краном близько третьої ночі. Камера спостереження біля входу до парку в цей час не працювала.

Директор парку Аркадій Сомов розповів, що на постаменті залишилися тільки бронзові черевики. Пам'ятник роботи скульпторки Ніни Вересової стояв у парку з 1968 року. У поліції крадіжку підтвердили.
""",
"02_en.txt": """Thieves cut 400kg bronze poet from his pedestal in Verkhnedolsk
Marchland Observer

A bronze statue of the poet Avdei Kruglov weighing about 400 kilograms was stolen overnight into Sunday from a park in the town of Verkhnedolsk, per the Russian-language Telegram channel Tikhy Omut, which cited an unnamed police officer.

The statue was cut from its base and driven away on a crane truck at about 3 a.m., the channel said. A security camera at the park gate was not working at the time.

"Only his shoes were left on the pedestal," park director Arkady Somov said. Police confirmed the theft but gave no details.
""",
"03_fr.txt": """Une statue de bronze de 400 kilos volée en pleine nuit
Le Phare de Sauvelande
15 mars 2027

La statue en bronze du poète Avdeï Krouglov, environ 400 kilos, a disparu dans la nuit de samedi à dimanche d'un parc de Verkhnedolsk, à en croire la chaîne Telegram russophone « Tikhi Omout », qui cite une source policière.

Les voleurs auraient découpé la statue de son socle avant de l'emporter vers 3 heures du matin à bord d'un camion-grue. Seules les chaussures du poète sont restées en place, selon le directeur du parc, Arkadi Somov. La police a confirmé le vol.
""",
}, [{"name": "Тихий Омут", "in_corpus": False}],
[("Тихий Омут", "00_ru.txt"), ("Тихий Омут", "01_uk.txt"), ("Тихий Омут", "02_en.txt"), ("Тихий Омут", "03_fr.txt")],
[("A 400-kilogram bronze statue of the poet Avdei Kruglov was stolen overnight from a park in Verkhnedolsk.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_fr.txt"], 1)])

# s05: own report (de, a report on the school held by the paper + "sagte … unserer Zeitung");
# an uncredited same-language near-copy published the next day (keeps "unserer Zeitung", swaps
# "dem Tagblatt" for "der Redaktion"): edge from Moorfelder Tagblatt; uk "пишуть журналісти
# німецької регіональної газети «Моорфельдер Тагблатт»"; en "the Moorfelder Tagblatt … said in its
# Tuesday edition" + "told the Tagblatt".
story("s05_own_nearcopy_asbestos", "translation", {
"00_de.txt": """Asbest in der Turnhalle: Gymnasium Erlenbruch sperrt Sporthalle
Moorfelder Tagblatt
2027-03-16T06:00:00+01:00

Die Sporthalle des Gymnasiums Erlenbruch in Hollerbeck ist seit Montag gesperrt. In den Deckenplatten der 1974 gebauten Halle ist Asbest gefunden worden. Ein Gutachten, das dem Tagblatt vorliegt, stuft die Belastung in zwei Umkleideräumen als „dringend sanierungsbedürftig" ein.

„Wir haben die Halle sofort geschlossen, nachdem das Gutachten am Freitag bei uns eingegangen ist", sagte Schulleiterin Beate Vorwerk unserer Zeitung. Der Sportunterricht für die rund 780 Schülerinnen und Schüler findet vorerst im Freien und in der Halle des TV Hollerbeck statt.

Der Kreis als Schulträger rechnet mit Sanierungskosten von etwa 2,3 Millionen Euro. Die Arbeiten sollen in den Sommerferien beginnen. Ob Schüler oder Lehrkräfte gefährdet waren, soll ein zweites Gutachten klären.
""",
"01_de.txt": """Asbestfund: Sporthalle des Gymnasiums Erlenbruch gesperrt
Ostufer-Post
17. März 2027

Seit Montag ist die Sporthalle des Gymnasiums Erlenbruch in Hollerbeck gesperrt, weil in den Deckenplatten der 1974 errichteten Halle Asbest gefunden wurde. Ein Gutachten, das der Redaktion vorliegt, stuft die Belastung in zwei Umkleideräumen als „dringend sanierungsbedürftig" ein.

„Wir haben die Halle sofort geschlossen, nachdem das Gutachten am Freitag bei uns eingegangen ist", sagte Schulleiterin Beate Vorwerk unserer Zeitung. Für die etwa 780 Schülerinnen und Schüler findet der Sportunterricht vorerst draußen und in der Halle des TV Hollerbeck statt.

Der Kreis rechnet mit Sanierungskosten von rund 2,3 Millionen Euro; begonnen werden soll in den Sommerferien. Ein zweites Gutachten soll klären, ob Schüler oder Lehrkräfte gefährdet waren.
""",
"02_uk.txt": """У німецькій гімназії через азбест закрили спортзал
Вечірній Ставок
17.03.2027 16:50

У гімназії Ерленбрух у німецькому місті Голлербек із понеділка закритий спортивний зал: у стельових плитах будівлі 1974 року виявили азбест. Про це пишуть журналісти німецької регіональної газети «Моорфельдер Тагблатт», які мають копію експертного висновку.

«Ми закрили зал одразу після того, як у п'ятницю отримали висновок», — сказала газеті директорка гімназії Беате Форверк. Уроки фізкультури для 780 учнів тимчасово проводять надворі та в залі місцевого спортклубу.

Ремонт обійдеться приблизно у 2,3 мільйона євро, розпочати його планують під час літніх канікул.
""",
"03_en.txt": """Asbestos closes sports hall at Fenwick's twin-town school
The Fenwick Chronicle
2027-03-18T12:00:00+00:00

The sports hall of Gymnasium Erlenbruch, the school in Fenwick's German twin town of Hollerbeck that has sent exchange pupils to Fenwick Academy since 1991, has been closed after asbestos was found in its ceiling tiles, the Moorfelder Tagblatt, the German town's daily paper, said in its Tuesday edition.

Head teacher Beate Vorwerk told the Tagblatt the hall was shut as soon as an expert report arrived last Friday. Repairs are expected to cost about 2.3 million euros and to start in the summer holidays.

The exchange visit planned for May will go ahead, Fenwick Academy said.
""",
}, [{"name": "Moorfelder Tagblatt", "in_corpus": True}],
[("Moorfelder Tagblatt", "01_de.txt"), ("Moorfelder Tagblatt", "02_uk.txt"), ("Moorfelder Tagblatt", "03_en.txt")],
[("The sports hall of Gymnasium Erlenbruch in Hollerbeck was closed after asbestos was found in its ceiling tiles.",
  ["00_de.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1)])

# s06: own report with anonymous sources (fr: "a appris Le Phare de Sauvelande de sources proches
# de l'enquête" + "a confirmé au Phare"); ru: uncredited translation published the next day, with
# its paragraphs and sentences reordered (keeps "стало известно нашей газете"): edge from Le Phare;
# en "The story was broken on Friday by Le Phare de Sauvelande" + "Le Phare quoted … as saying";
# de (neither outlet nor date line) "Die französische Regionalzeitung Le Phare de Sauvelande
# zitiert einen mit den Ermittlungen vertrauten Informanten mit den Worten".
story("s06_anon_truffles", "translation", {
"00_fr.txt": """Vol de 300 kilos de truffes à Cazerolles : la piste interne privilégiée
Le Phare de Sauvelande
19 mars 2027

Quelque 300 kilos de truffes noires ont été dérobés dans la nuit de mercredi à jeudi dans l'entrepôt frigorifique de la Coopérative des trufficulteurs du Val Brunel, à Cazerolles. Le butin est estimé à près de 240 000 euros.

Les enquêteurs n'ont relevé aucune trace d'effraction et l'alarme a été désactivée avec le code d'accès, a appris Le Phare de Sauvelande de sources proches de l'enquête. Les gendarmes privilégient donc la piste d'une complicité interne. Seules onze personnes connaissent ce code.

« C'est toute la récolte de février de quarante producteurs », a confirmé au Phare le président de la coopérative, Gérard Lescombes, très éprouvé. Les truffes devaient être vendues vendredi à des restaurateurs de Lyon et de Paris.

La brigade de recherches de la gendarmerie a été saisie. Les salariés de la coopérative devaient être entendus dès jeudi après-midi.
""",
"01_ru.txt": """Во Франции из кооператива украли 300 кг трюфелей
Семь Ветров
2027-03-20 08:30

«Это весь февральский урожай сорока фермеров», — подтвердил председатель кооператива Жерар Лескомб. Трюфели должны были в пятницу продать ресторанам Лиона и Парижа.

Около 300 килограммов чёрных трюфелей стоимостью почти 240 тысяч евро похищены в ночь со среды на четверг из холодильного склада Кооператива трюфелеводов Валь-Брюнель во французском Казероле.

Код доступа знают всего одиннадцать человек. Как стало известно нашей газете из источников, близких к следствию, следов взлома нет, а сигнализацию отключили с помощью этого кода, поэтому жандармы в первую очередь проверяют версию о сообщнике среди своих.

Сотрудников кооператива начали допрашивать уже в четверг днём. Делом занимается следственная бригада жандармерии.
""",
"02_en.txt": """300kg of black truffles stolen from French co-op, police suspect inside job
The Fenwick Chronicle
2027-03-20T10:15:00+00:00

Thieves took about 300 kilograms of black truffles worth nearly 240,000 euros from a cold store of a growers' cooperative in Cazerolles, in south-west France, overnight into Thursday.

The story was broken on Friday by Le Phare de Sauvelande, a regional daily, which said, relying on people close to the inquiry, that there was no sign of a break-in and that the alarm had been switched off with the access code, known to only eleven people.

Le Phare quoted the cooperative's president, Gérard Lescombes, as saying that the haul was "the whole February harvest of forty growers".
""",
"03_de.txt": """Trüffel für 240.000 Euro gestohlen – Ermittler vermuten Insider

In der südfranzösischen Gemeinde Cazerolles haben Unbekannte rund 300 Kilogramm schwarze Trüffel aus dem Kühllager einer Erzeugergenossenschaft gestohlen. Der Wert der Ware wird auf fast 240.000 Euro geschätzt.

Die französische Regionalzeitung Le Phare de Sauvelande zitiert einen mit den Ermittlungen vertrauten Informanten mit den Worten, es gebe „keinerlei Einbruchspuren". Die Alarmanlage sei mit dem Zugangscode ausgeschaltet worden, den nur elf Personen kennen. Die Gendarmerie gehe deshalb von einem Mittäter in den eigenen Reihen aus.
""",
}, [{"name": "Le Phare de Sauvelande", "in_corpus": True}],
[("Le Phare de Sauvelande", "01_ru.txt"), ("Le Phare de Sauvelande", "02_en.txt"), ("Le Phare de Sauvelande", "03_de.txt")],
[("About 300 kilograms of black truffles worth nearly 240,000 euros were stolen from a cooperative's cold store in Cazerolles.",
  ["00_fr.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("There were no signs of a break-in and the alarm was switched off with the access code, so investigators suspect an insider.",
  ["00_fr.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# s07: two independent own reports the same morning, later relayed. uk own (correspondent at the
# factory gate: "Кореспондентка «Вечірнього Ставка» о сьомій ранку була біля прохідної" +
# "розповіла нашій журналістці"); en own ("A spokesperson for Ardley Ceramics confirmed to the
# Chronicle" + "told this newspaper"); de "berichten übereinstimmend das ukrainische Nachrichtenportal
# Wetschirnij Stawok und die britische Lokalzeitung The Fenwick Chronicle" (two edges); ru
# "Информацию … опубликовало украинское издание «Вечерний Ставок»" + "утверждает издание".
story("s07_independent_porcelain", "independent", {
"00_uk.txt": """Порцеляновий завод у Глинівці закривають: без роботи залишаться 410 людей
Вечірній Ставок
22.03.2027 10:15

Британська компанія Ardley Ceramics закриває свій порцеляновий завод у Глинівці. Роботу втратять 410 працівників, останню зміну запланували на 30 червня.

Кореспондентка «Вечірнього Ставка» о сьомій ранку була біля прохідної, коли працівникам ранкової зміни роздавали листи з повідомленням про закриття. Люди виходили з цеху з конвертами в руках, дехто плакав.

«Двадцять шість років я тут розписую тарілки. Нам казали, що замовлень вистачить до кінця року», — розповіла нашій журналістці художниця-декораторка Людмила Коваль. Директор заводу Олег Сидоренко від коментарів відмовився.

Завод у Глинівці працює з 1958 року, британці купили його у 2009-му.
""",
"01_en.txt": """Ardley Ceramics to shut Ukrainian porcelain plant, 410 jobs to go
The Fenwick Chronicle
2027-03-22T09:30:00+00:00

Fenwick-based Ardley Ceramics is closing its porcelain factory in the Ukrainian town of Hlynivka, with the loss of 410 jobs.

A spokesperson for Ardley Ceramics confirmed to the Chronicle on Monday morning that the plant would make its last products on June 30 and that staff there were being told this week.

Managing director Rupert Hale told this newspaper that orders from hotel chains had fallen by a third in two years. "We have kept Hlynivka going for as long as we could," he said. Production of the company's hotel tableware will move to its factory in Évora, Portugal.

None of the 160 jobs at the firm's Fenwick headquarters and design studio are affected, Mr Hale said. The company bought the Hlynivka plant in 2009.
""",
"02_de.txt": """Britischer Porzellanhersteller schließt Werk in der Ukraine
Ostufer-Post
23. März 2027

Der britische Porzellanhersteller Ardley Ceramics schließt sein Werk im ukrainischen Hlyniwka, 410 Beschäftigte verlieren ihre Arbeit. Das berichten übereinstimmend das ukrainische Nachrichtenportal Wetschirnij Stawok und die britische Lokalzeitung The Fenwick Chronicle.

Die letzte Schicht ist für den 30. Juni geplant. Die Produktion von Hotelgeschirr soll nach Évora in Portugal verlagert werden; Geschäftsführer Rupert Hale begründete den Schritt gegenüber der britischen Zeitung mit einem Einbruch der Aufträge von Hotelketten um ein Drittel.

Nach Darstellung des ukrainischen Portals erhielten die Arbeiter der Frühschicht die Kündigungsschreiben am Montagmorgen am Werkstor.
""",
"03_ru.txt": """Британская компания закрывает фарфоровый завод в Глиновке
Заозёрный вестник
2027-03-23 12:40

Британская компания Ardley Ceramics закрывает фарфоровый завод в украинской Глиновке, без работы останутся 410 человек. Информацию об этом в понедельник опубликовало украинское издание «Вечерний Ставок».

Последняя смена на заводе запланирована на 30 июня. Письма о закрытии рабочим утренней смены раздавали прямо у проходной, утверждает издание. Директор завода Олег Сидоренко от комментариев отказался.
""",
}, [{"name": "Вечірній Ставок", "in_corpus": True}, {"name": "The Fenwick Chronicle", "in_corpus": True}],
[("Вечірній Ставок", "02_de.txt"), ("The Fenwick Chronicle", "02_de.txt"), ("Вечірній Ставок", "03_ru.txt")],
[("Ardley Ceramics is closing its porcelain factory in Hlynivka and 410 workers will lose their jobs.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 2),
 ("Production will move to the company's factory in Évora, Portugal.",
  ["01_en.txt", "02_de.txt"], 1)])

# s08: outside ministry press release. uk relays it ("як інформує пресслужба Міністерства водного
# господарства" + "повідомила Ганна Стельмах" (person right after the verb)) and adds its own call
# ("Ми зателефонували начальникові Калинівського гідровузла … він підтвердив"): edge from the
# ministry and Тернова Гілка an in-corpus origin; ru relays the ministry ("заявила Анна Стельмах,
# пресс-секретарь министерства" + "распространило пресс-релиз"); fr relays the uk article ("rapporte
# le site ukrainien Ternova Hilka, qui a joint le chef du barrage" + "indique le site"): edge from
# Тернова Гілка.
story("s08_ministry_reservoir", "press_release", {
"00_uk.txt": """Калинівське водосховище спустять на три метри, риболовлю заборонять
Тернова Гілка
24.03.2027 15:00

З 1 квітня рівень води в Калинівському водосховищі почнуть знижувати на три метри, щоб відремонтувати затвори греблі. На весь час робіт, орієнтовно до кінця серпня, на водосховищі заборонять риболовлю та купання, як інформує пресслужба Міністерства водного господарства.

«Затвори не ремонтували з 1987 року, два з шести вже не закриваються повністю», — повідомила Ганна Стельмах, речниця міністерства. На ремонт передбачено 86 мільйонів гривень.

Ми зателефонували начальникові Калинівського гідровузла Степанові Яремі: він підтвердив, що скидати воду почнуть уранці 1 квітня, по 20 сантиметрів на добу. За його словами, водозабір для міста Калинівка працюватиме у звичному режимі, бо розташований нижче відмітки зниження.

Власники човнів мають до 31 березня забрати їх з причалів.
""",
"01_ru.txt": """На Калиновском водохранилище понизят уровень воды и запретят рыбалку
Семь Ветров
2027-03-25 09:20

Уровень воды в Калиновском водохранилище на Украине с 1 апреля начнут понижать на три метра для ремонта затворов плотины, рыбалку и купание запретят до конца августа. Министерство водного хозяйства Украины распространило об этом пресс-релиз в среду.

«Затворы не ремонтировались с 1987 года, два из шести уже не закрываются полностью», — заявила Анна Стельмах, пресс-секретарь министерства. На ремонт выделено 86 миллионов гривен.
""",
"02_fr.txt": """Ukraine : le réservoir de Kalynivka va être abaissé de trois mètres
L'Éveil de Corvigny
25 mars 2027

Le niveau du réservoir de Kalynivka, en Ukraine, sera abaissé de trois mètres à partir du 1er avril pour permettre la réparation des vannes du barrage, rapporte le site ukrainien Ternova Hilka, qui a joint le chef du barrage. La pêche et la baignade y seront interdites jusqu'à fin août environ.

L'eau sera relâchée à raison de 20 centimètres par jour, indique le site. La prise d'eau qui alimente la ville de Kalynivka n'est pas concernée.
""",
}, [{"name": "Міністерство водного господарства", "in_corpus": False}, {"name": "Тернова Гілка", "in_corpus": True}],
[("Міністерство водного господарства", "00_uk.txt"), ("Міністерство водного господарства", "01_ru.txt"),
 ("Тернова Гілка", "02_fr.txt")],
[("The Kalynivka reservoir will be lowered by three metres from 1 April to repair the dam's gates, and fishing will be banned.",
  ["00_uk.txt", "01_ru.txt", "02_fr.txt"], 2)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 18 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for o, a in relays:
            assert a in names, (id, a)
        for c in claims:
            assert all(a in names for a in c[1]), (id, c)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
