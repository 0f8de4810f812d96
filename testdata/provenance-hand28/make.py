#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand28 set (all invented).

Emphasis: independent corroboration counts per claim. Each story has 2-4 claims carried by
different subsets of articles; `independent_sources` = distinct roots among the articles that
state the claim (own reporting on that claim makes the article's outlet its own root; a relay
counts under the root of the source it credits for that claim; an uncredited copy counts under
the root of the outlet it copied).
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def o(name, in_corpus=True):
    return {"name": name, "in_corpus": in_corpus}
def r(origin, article):
    return {"origin": origin, "article": article}
def c(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# r01: two independent own reports (uk: correspondent at the fire; ru: inspection report obtained
# + hospital chief doctor "подтвердил «Северному Курьеру»"). en credits BOTH (for the fire), BV
# alone for the roof, SK alone for the inspection; de relays SK only.
# fire+2 hospitalised: 00 own BV, 01 own SK, 02 BV+SK, 03 SK -> 2 roots; roof: 00, 02 -> 1;
# sprinklers: 01, 02, 03 -> 1.
story("r01_two_scoops_paint_factory", "two_independent_reports", {
"00_uk.txt": """Пожежа на лакофарбовому заводі «Барвохім» у Вільхополі: двоє робітників у лікарні
Береговий вісник
2027-03-02 22:15

У вівторок увечері на лакофарбовому заводі «Барвохім» у Вільхополі спалахнула пожежа. Двох робітників з опіками доправили до міської лікарні, передає кореспондент «Берегового вісника» з місця подій.

Наш кореспондент бачив, як близько 20:30 обвалився дах складу готової продукції, після чого над заводом піднявся стовп чорного диму.

«Ми почули хлопок у цеху фасування, а за кілька хвилин горіло вже все крило», — розповів нашому кореспондентові робітник нічної зміни Тарас Кузьмич, який встиг вибігти з будівлі.

На місці працюють одинадцять пожежних розрахунків. Мешканцям сусідніх вулиць радять зачинити вікна. Причину пожежі встановлюють.
""",
"01_ru.txt": """Пожар на «Барвохиме»: спринклеры на складе не работали ещё с января
Северный Курьер
2027-03-03 08:10

На лакокрасочном заводе «Барвохим» в Ольхополе во вторник вечером произошёл пожар, двое рабочих госпитализированы с ожогами. Это подтвердил «Северному Курьеру» главный врач городской больницы Виталий Остапенко. «Состояние обоих средней тяжести, угрозы жизни нет», — сказал он.

Как выяснил «Северный Курьер», о проблемах с противопожарной защитой на предприятии было известно заранее. В распоряжении редакции оказался акт январской проверки областной пожарной инспекции: в нём указано, что спринклерная система на складе готовой продукции не работает.

Инспекторы дали заводу срок до 1 апреля, чтобы устранить нарушения. В дирекции «Барвохима» на вопросы нашего издания ответили, что ремонт системы «был запланирован».
""",
"02_en.txt": """Two workers burned in fire at Ukrainian paint factory that had failed inspection
The Harrowgate Ledger
Wed, 03 Mar 2027 13:30:00 +0000

A fire tore through the Barvokhim paint factory in the Ukrainian town of Vilkhopil on Tuesday evening, sending two workers to hospital with burns, the regional news site Berehovyi Visnyk, whose correspondent was at the scene, and the Russian-language outlet Severny Kurier reported.

Berehovyi Visnyk's correspondent saw the roof of the plant's finished-goods warehouse cave in at about 8.30 p.m.

The warehouse's sprinkler system had been found not to work during an inspection in January, according to an inspection report obtained by Severny Kurier. Inspectors had given the factory until April 1 to fix the fault.

The company's management told Severny Kurier that the repairs "had been planned". The cause of the fire is still under investigation.
""",
"03_de.txt": """Brand in ukrainischer Lackfabrik: Sprinkleranlage war seit Januar defekt
Talwieser Tagblatt
3. März 2027

In der ukrainischen Kleinstadt Wilchopil ist am Dienstagabend in der Lackfabrik Barwochim ein Feuer ausgebrochen, wie das russischsprachige Nachrichtenportal Sewerny Kurjer berichtet. Zwei Arbeiter kamen mit Brandverletzungen ins Krankenhaus.

Laut Sewerny Kurjer hatte die regionale Brandschutzbehörde bereits im Januar bei einer Kontrolle festgestellt, dass die Sprinkleranlage im Lager nicht funktionierte. Das Portal beruft sich auf den Prüfbericht, der ihm vorliegt.

Die Werksleitung erklärte, die Reparatur sei „geplant gewesen“. Die Brandursache ist noch unklar.
""",
}, [o("Береговий вісник"), o("Северный Курьер")],
[r("Береговий вісник", "02_en.txt"), r("Северный Курьер", "02_en.txt"), r("Северный Курьер", "03_de.txt")],
[c("A fire broke out at the Barvokhim paint factory in Vilkhopil and two workers were taken to hospital with burns.",
   ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 2),
 c("The roof of the factory's finished-goods warehouse collapsed during the fire.",
   ["00_uk.txt", "02_en.txt"], 1),
 c("A fire inspection in January found that the warehouse sprinkler system did not work.",
   ["01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# r02: Reuters (outside) relayed by all four; uk also sends its own correspondent to the beach
# and confirms ONLY the oil-slick claim ("Кореспондент «Приморської хвилі» … побачив").
# aground: all 4 -> 1 (Reuters); slick: 01, 02 (+own), 03 -> 2; crew 14 by helicopter: 00, 01, 03
# -> 1; channel closed two days: 00, 01 -> 1.
story("r02_agency_tanker_plus_own_slick", "agency_relay_with_own_confirmation", {
"00_ru.txt": """Танкер «Марта Ильзе» сел на мель у порта Тернокоса
Южный Маяк
09.03.2027 10:20

Танкер «Марта Ильзе» в ночь на вторник сел на мель примерно в полутора километрах от порта Тернокоса, передаёт агентство Reuters. Все 14 членов экипажа сняли с судна вертолётом спасательной службы.

По данным агентства, капитан порта распорядился закрыть судоходный фарватер на двое суток, пока специалисты оценивают повреждения корпуса.

Причины аварии выясняются. По словам представителя портовой администрации, на которого ссылается Reuters, всю ночь дул штормовой ветер и якорь не удержал судно.
""",
"01_en.txt": """Tanker runs aground off Ternokosa, fuel oil slick reaches beaches
The Saltmarsh Chronicle
2027-03-09T12:05:00+00:00

The tanker Marta Ilse ran aground about 1.5 km off the port of Ternokosa in the early hours of Tuesday, Reuters reported. A rescue helicopter lifted all 14 crew members off the ship.

Fuel oil leaking from one of the tanker's bunker tanks has formed a slick that has already reached the beaches south of the port, the news agency said.

The harbour master closed the shipping channel for two days while damage to the hull is assessed, according to Reuters. "We had gale-force winds all night and the anchor did not hold," a port authority spokesman told the agency.
""",
"02_uk.txt": """Мазут із танкера «Марта Ільзе» дістався пляжів Тернокоси
Приморська хвиля
2027-03-09 15:40

Танкер «Марта Ільзе» в ніч на вівторок сів на мілину поблизу порту Тернокоса, повідомляє агентство Reuters. За даними агентства, з пошкодженого паливного танка витікає мазут, і пляма вже дісталася берега.

Кореспондент «Приморської хвилі» сьогодні вранці побачив на Південному пляжі смугу чорного мазуту завдовжки кількасот метрів. «Такого тут не було ніколи, навіть чайки в мазуті», — розповіла нашому кореспондентові місцева мешканка Галина Руденко.

Волонтери вже збирають забруднений пісок у мішки. Міська рада закликала мешканців не заходити на пляж.
""",
"03_fr.txt": """Un pétrolier s'échoue près de Ternokosa, une nappe de fioul atteint les plages
La Gazette de Pontmarin
9 mars 2027

Le pétrolier Marta Ilse s'est échoué dans la nuit de lundi à mardi à environ 1,5 km du port de Ternokosa, selon l'agence Reuters. Les 14 membres d'équipage ont été hélitreuillés par les secours.

D'après Reuters, du fioul s'échappe d'une soute endommagée et une nappe a déjà atteint les plages au sud du port.

Les causes de l'accident restent à déterminer ; des vents violents ont soufflé toute la nuit sur la côte.
""",
}, [o("Reuters", False), o("Приморська хвиля")],
[r("Reuters", "00_ru.txt"), r("Reuters", "01_en.txt"), r("Reuters", "02_uk.txt"), r("Reuters", "03_fr.txt")],
[c("The tanker Marta Ilse ran aground near the port of Ternokosa.",
   ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], 1),
 c("Fuel oil leaking from the tanker formed a slick that reached the beaches.",
   ["01_en.txt", "02_uk.txt", "03_fr.txt"], 2),
 c("All 14 crew members were taken off the tanker by helicopter.",
   ["00_ru.txt", "01_en.txt", "03_fr.txt"], 1),
 c("The harbour master closed the shipping channel for two days.",
   ["00_ru.txt", "01_en.txt"], 1)])

# r03: anonymous source in the department told «Вечірній Ставок» (own); ru relays it
# (transliterated «Вечирний Ставок»); en relays the ru site only (chain: edge from Заречные
# Новости, root still Вечірній Ставок); a second uk outlet has ITS OWN anonymous source confirming
# only the 12 closures + a new teachers detail. 12 closures: 00, 01, 02, 03 -> 2; order signed:
# 00, 01, 03 -> 1; pupils bussed: 00, 01 -> 1; teachers offered posts: 02 -> 1.
story("r03_anonymous_sources_school_closures", "anonymous_source_chain_plus_second_source", {
"00_uk.txt": """Джерело: у Кленівській громаді з вересня закриють 12 сільських шкіл
Вечірній Ставок
15.03.2027 11:30

Обласний департамент освіти планує з 1 вересня закрити 12 сільських шкіл у Кленівській громаді. Про це «Вечірньому Ставку» розповіло джерело в департаменті, яке попросило не називати його імені.

За словами співрозмовника, наказ про закриття вже підписала директорка департаменту Ганна Гнатюк. Учнів закритих шкіл щодня возитимуть шкільними автобусами до Кленівського ліцею.

«Рішення ухвалили тихо, батьків поки що ніхто не питав», — сказав наш співрозмовник. У пресслужбі департаменту на запит «Вечірнього Ставка» відповіли, що «остаточних рішень щодо мережі шкіл не ухвалено».
""",
"01_ru.txt": """В Кленовской общине закроют 12 сельских школ — СМИ
Заречные Новости
15.03.2027 18:40

Департамент образования области собирается с сентября закрыть 12 сельских школ в Кленовской общине, сообщило украинское издание «Вечирний Ставок» со ссылкой на источник в департаменте.

По данным издания, приказ уже подписала глава департамента Анна Гнатюк. Детей из закрываемых школ будут возить школьными автобусами в Кленовский лицей.

В пресс-службе департамента изданию заявили, что окончательных решений пока нет.
""",
"02_uk.txt": """Учителям шкіл, які закривають у Кленівській громаді, запропонують роботу в ліцеї
Громадський Голос
16.03.2027 09:50

Департамент освіти області готує закриття 12 сільських шкіл Кленівської громади з вересня. Це «Громадському Голосу» підтвердив співрозмовник у департаменті, який погодився говорити на умовах анонімності.

За його словами, вчителям закритих шкіл запропонують посади в Кленівському ліцеї, але взяти всіх не вийде: у ліцеї лише 30 вільних ставок.

Голова профспілки освітян громади Микола Дорош розповів нашому виданню, що дізнався про ці плани «з чуток» і вимагатиме зустрічі з керівництвом департаменту.
""",
"03_en.txt": """Ukrainian region to close 12 village schools, report says
The Linwood Standard
2027-03-16 14:00

Education officials in a Ukrainian region plan to close 12 village schools in the Klenivka community from September, the Russian-language news site Zarechnye Novosti reported on Monday.

The closure order has already been signed by the head of the regional education department, Hanna Hnatiuk, the site said. The department's press office told Zarechnye Novosti that no final decision had been taken.

School closures have become common across the region as village populations shrink.
""",
}, [o("Вечірній Ставок"), o("Громадський Голос")],
[r("Вечірній Ставок", "01_ru.txt"), r("Заречные Новости", "03_en.txt")],
[c("The regional education department plans to close 12 village schools in the Klenivka community from September.",
   ["00_uk.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 2),
 c("The closure order has already been signed by department head Hanna Hnatiuk.",
   ["00_uk.txt", "01_ru.txt", "03_en.txt"], 1),
 c("Pupils from the closed schools will be taken by school bus to the Klenivka lyceum.",
   ["00_uk.txt", "01_ru.txt"], 1),
 c("Teachers from the closed schools will be offered posts at the Klenivka lyceum.",
   ["02_uk.txt"], 1)])

# r04: own report (ru, correspondent at the bridge); uncredited near-verbatim ru copy 10 h later
# (keeps "рассказал нашему корреспонденту"); uk own (correspondent at the bridge + 2025 survey
# obtained); en (no date line) credits Правобережье for the closure and Притока for the survey.
# closure: 00, 01, 02 (copy of 00), 03 -> 2; survey: 01, 03 -> 1; 40 km detour: 00, 02 -> 1.
story("r04_uncredited_copy_cracked_bridge", "uncredited_copy_plus_independent", {
"00_ru.txt": """Мост через Ирменку закрыли для грузовиков после обнаружения трещины
Правобережье
2027-03-17 09:05

Мост через реку Ирменку в Нижнеборске со среды закрыт для грузовиков массой более 3,5 тонны: в одной из опор обнаружили трещину. Корреспондент «Правобережья» видел, как дорожные рабочие утром устанавливали на въездах бетонные блоки и знаки.

«Трещину заметили водолазы во время планового осмотра. Пока инженеры не дадут заключение, тяжёлый транспорт мы не пустим», — рассказал нашему корреспонденту начальник городского управления дорожного хозяйства Геннадий Сомов.

Объезд для грузовиков через мост у посёлка Каменка удлиняет путь примерно на 40 километров. Легковые автомобили и автобусы пока ездят по мосту без ограничений.
""",
"01_uk.txt": """Ще у 2025 році інженери попереджали: опора мосту в Нижньоборську потребує термінового ремонту
Притока
17.03.2027 14:30

Міст через річку Ірменку в Нижньоборську від сьогоднішнього ранку закритий для вантажівок через тріщину в опорі — кореспондент «Притоки» бачив бетонні блоки й заборонні знаки на обох в'їздах.

Як з'ясувала «Притока», про проблему було відомо щонайменше два роки. Видання отримало копію звіту інженерного обстеження 2025 року, в якому зазначено, що третя опора мосту «потребує термінового ремонту».

Звіт передали міській раді ще у вересні 2025-го, однак коштів на ремонт у бюджеті так і не передбачили. У міській раді на запитання «Притоки» не відповіли.
""",
"02_ru.txt": """Мост через Ирменку закрыт для грузовиков из-за трещины в опоре
Городской Пульс
2027-03-17 19:50

Мост через реку Ирменку в Нижнеборске со среды закрыт для грузовиков массой более 3,5 тонны: в одной из опор обнаружена трещина. Утром дорожные рабочие устанавливали на въездах бетонные блоки и знаки.

«Трещину заметили водолазы во время планового осмотра. Пока инженеры не дадут заключение, тяжёлый транспорт мы не пустим», — рассказал нашему корреспонденту начальник городского управления дорожного хозяйства Геннадий Сомов.

Объезд для грузовиков через мост у посёлка Каменка удлиняет путь примерно на 40 км. Легковые машины и автобусы пока ездят по мосту без ограничений.
""",
"03_en.txt": """Cracked support closes river bridge to trucks; engineers warned in 2025
The Fenwick Examiner

The bridge over the Irmenka river in the town of Nizhneborsk has been closed to heavy trucks since Wednesday after a crack was found in one of its supports, the Russian-language daily Pravoberezhye reported.

The problem was not new. The Ukrainian news site Prytoka said it had obtained a copy of a 2025 engineering survey which warned that the bridge's third support needed urgent repair. According to Prytoka, the survey was sent to the town council in September 2025, but no money was set aside for the work.

Cars and buses can still use the bridge, Pravoberezhye reported.
""",
}, [o("Правобережье"), o("Притока")],
[r("Правобережье", "02_ru.txt"), r("Правобережье", "03_en.txt"), r("Притока", "03_en.txt")],
[c("The bridge over the Irmenka river in Nizhneborsk was closed to heavy trucks after a crack was found in a support.",
   ["00_ru.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 2),
 c("A 2025 engineering survey had warned that the bridge support needed urgent repair.",
   ["01_uk.txt", "03_en.txt"], 1),
 c("The detour for trucks adds about 40 kilometres.",
   ["00_ru.txt", "02_ru.txt"], 1)])

# r05: the mayor's Facebook post relayed with no medium (origin: the person) by uk and ru; AFP
# (outside) interviewed the mayor ("told AFP": the mayor is NOT a separate origin there) and
# reported the reservoir level; en credits AFP and also the Facebook post.
# rationing: 00, 01 (post), 02 (AFP), 03 (AFP + post) -> 2; reservoir 18 %: 02, 03 -> 1;
# tankers for hospitals/schools: 00, 01 -> 1.
story("r05_mayor_post_and_afp_water_rationing", "social_post_and_agency", {
"00_uk.txt": """Сухобалка переходить на графік: вода в кранах — шість годин на добу
Степові новини
2027-03-22 08:15

З четверга мешканці Сухобалки отримуватимуть воду з водогону лише шість годин на добу — з 6:00 до 9:00 і з 18:00 до 21:00. Про це написала у фейсбуці міська голова Оксана Литвинчук.

«Це вимушений крок, інакше до літа ми залишимося без води зовсім», — йдеться в її дописі.

Лікарні та школи, за словами Литвинчук, забезпечуватимуть водою автоцистерни. Графік підвезення води обіцяють оприлюднити в середу.
""",
"01_ru.txt": """В Сухобалке воду будут подавать по шесть часов в сутки
Полдень
22.03.2027 10:40

Мэр Сухобалки Оксана Литвинчук объявила о введении графика подачи воды: с четверга вода в кранах будет только шесть часов в сутки. Об этом она написала в своём Facebook.

Больницы и школы, по словам Литвинчук, будут снабжать водой из автоцистерн. «Прошу всех отнестись с пониманием», — написала мэр.
""",
"02_fr.txt": """Sécheresse : la ville ukrainienne de Soukhobalka rationne l'eau du robinet
L'Observateur de Vaudrenne
23 mars 2027

La ville de Soukhobalka ne distribuera plus l'eau du robinet que six heures par jour à partir de jeudi, selon l'AFP. Le réservoir de Ternivka, qui alimente la ville, n'est plus rempli qu'à 18 % de sa capacité après un hiver presque sans neige, rapporte l'agence.

« Nous n'avons pas d'autre choix », a déclaré à l'AFP la maire, Oksana Lytvyntchouk. Les agriculteurs de la région craignent déjà pour les semis de printemps.
""",
"03_en.txt": """Drought forces Ukrainian town to ration tap water
The Halvard Times
Tue, 23 Mar 2027 11:20:00 +0000

Households in the town of Sukhobalka will get tap water for only six hours a day from Thursday, AFP reported. Mayor Oksana Lytvynchuk had announced the schedule in a Facebook post on Monday.

The Ternivka reservoir, the town's only source of drinking water, is at 18 percent of its capacity after a winter with almost no snow, the French news agency said.

"We have no other choice," Lytvynchuk told AFP. Farmers in the area fear for their spring sowing.
""",
}, [o("Oksana Lytvynchuk", False), o("AFP", False)],
[r("Oksana Lytvynchuk", "00_uk.txt"), r("Oksana Lytvynchuk", "01_ru.txt"), r("AFP", "02_fr.txt"),
 r("AFP", "03_en.txt"), r("Oksana Lytvynchuk", "03_en.txt")],
[c("Sukhobalka will supply tap water for only six hours a day from Thursday.",
   ["00_uk.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 2),
 c("The Ternivka reservoir that supplies the town is at 18 percent of capacity.",
   ["02_fr.txt", "03_en.txt"], 1),
 c("Hospitals and schools will be supplied with water by tanker trucks.",
   ["00_uk.txt", "01_ru.txt"], 1)])

# r06: own report with an anonymous IT source + ransom letter seen (ru); AP (outside) relayed by
# en (no outlet line, title suffix); uk credits BOTH AP and Вечерний Дозор (each for its own
# detail); ru Окраина relays Вечерний Дозор and adds its own correspondent's confirmation of the
# postponed operations only. systems down: 00, 01, 02, 03 -> 2 (VD, AP); operations postponed:
# 01, 02 (AP), 03 (own) -> 2 (AP, Окраина); 40 bitcoin: 00, 02, 03 -> 1; ambulances to Kryvets:
# 01 -> 1.
story("r06_hospital_ransomware_two_roots_each", "agency_and_outlet_relay_both_plus_confirmation", {
"00_ru.txt": """Хакеры требуют 40 биткоинов за разблокировку систем больницы в Долгополье
Вечерний Дозор
2027-03-29 12:00

Компьютерные системы областной больницы в Долгополье с воскресенья не работают после атаки программы-вымогателя. Об этом «Вечернему Дозору» рассказал источник в IT-отделе больницы, попросивший не называть его имени.

Хакеры требуют за ключ расшифровки 40 биткоинов. Копия письма вымогателей есть в распоряжении редакции: в нём указан срок оплаты — до пятницы.

«Зашифровано всё: карты пациентов, расписание, лаборатория», — сказал наш собеседник. Администрация больницы на запрос «Вечернего Дозора» не ответила.
""",
"01_en.txt": """Ransomware attack knocks out hospital computers in Dovhopillia | The Brackwater Courier
2027-03-29T16:45:00+00:00

The computer systems of the regional hospital in Dovhopillia have been down since Sunday after a ransomware attack, the Associated Press reported on Monday.

All planned operations have been postponed, and ambulances are being sent to the hospital in the neighbouring town of Kryvets, the AP said, citing the hospital's deputy director, Iryna Savchuk.

"Doctors are writing everything by hand, like thirty years ago," Savchuk told the agency. Police have opened a criminal case.
""",
"02_uk.txt": """Кібератака на лікарню в Довгопіллі: хакери вимагають викуп у біткоїнах
Світанок
30.03.2027 09:00

Комп'ютерні системи обласної лікарні в Довгопіллі з неділі не працюють через атаку програми-вимагача, повідомили агентство Associated Press та російськомовне видання «Вечерний Дозор».

За даними AP, у лікарні перенесли всі планові операції. «Вечерний Дозор» пише, що зловмисники вимагають 40 біткоїнів за ключ розшифрування.

Поліція відкрила кримінальне провадження. У кіберполіції області від коментарів відмовилися.
""",
"03_ru.txt": """В больнице Долгополья из-за хакеров отменили плановые операции
Окраина
30.03.2027 13:25

Областная больница в Долгополье с воскресенья работает без компьютеров: системы зашифровала программа-вымогатель, сообщило издание «Вечерний Дозор». По его данным, хакеры требуют 40 биткоинов.

Корреспондент «Окраины» побывал сегодня у больницы: на дверях хирургического отделения висит объявление о том, что все плановые операции перенесены. «Оперируем только экстренных, остальных отправляем домой ждать звонка», — рассказала нашему корреспонденту медсестра, попросившая не называть её фамилию.

В регистратуре пациентов снова записывают в бумажные журналы.
""",
}, [o("Вечерний Дозор"), o("Associated Press", False), o("Окраина")],
[r("Associated Press", "01_en.txt"), r("Associated Press", "02_uk.txt"), r("Вечерний Дозор", "02_uk.txt"),
 r("Вечерний Дозор", "03_ru.txt")],
[c("The computer systems of the regional hospital in Dovhopillia have been down since Sunday after a ransomware attack.",
   ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], 2),
 c("Planned operations at the hospital have been postponed.",
   ["01_en.txt", "02_uk.txt", "03_ru.txt"], 2),
 c("The hackers are demanding a ransom of 40 bitcoin.",
   ["00_ru.txt", "02_uk.txt", "03_ru.txt"], 1),
 c("Ambulances are being sent to the hospital in neighbouring Kryvets.",
   ["01_en.txt"], 1)])

# r07: three roots for the escape: ru own (correspondent watched the bear in the park), uk own
# (zoo director "told our correspondent"), Reuters (outside) relayed by en and de; a ru relay
# credits BOTH in-corpus outlets, each for its own detail. escape: all 5 -> 3; park next to school:
# 00, 02 (Reuters), 03 (LG) -> 2; fence damaged by tree: 01, 03 -> 1; tranquilliser dart: 02, 04 -> 1.
story("r07_escaped_bear_three_roots", "three_independent_roots", {
"00_ru.txt": """Из зоопарка «Дикий Кут» в Верхнеозёрске сбежал бурый медведь
Лесная Газета
2027-03-31 10:40

Из частного зоопарка «Дикий Кут» в Верхнеозёрске ночью сбежал бурый медведь. Утром зверь бродил по Липовому парку рядом со школой №4, передаёт корреспондент «Лесной Газеты», который наблюдал за ним с расстояния около ста метров.

Учеников школы не выпускают из здания, у ворот дежурит полиция. «Он спокойно ходит между деревьями и роется в урнах», — рассказал нашему корреспонденту охранник школы Пётр Гуляев.

Полиция просит жителей не приближаться к парку и не пытаться снимать медведя на телефон.
""",
"01_uk.txt": """Директор «Дикого Куту»: ведмідь вибрався через паркан, пошкоджений деревом
Верховинський Поступ
31.03.2027 12:15

З приватного зоопарку «Дикий Кут» у Верхньоозерську втік бурий ведмідь на прізвисько Бублик. Директор зоопарку Аркадій Ломов розповів кореспондентові «Верховинського Поступу», що звір вибрався через ділянку огорожі, яку вночі пошкодило повалене вітром дерево.

«Бублику сім років, він виріс у неволі й людей не боїться. Саме це мене й турбує», — сказав Ломов нашому виданню.

За словами директора, працівники зоопарку разом із ветеринаром шукають тварину.
""",
"02_en.txt": """Escaped bear roams town park before being darted
The Eastmarch Observer
2027-03-31T19:30:00+00:00

A brown bear escaped from the private Dykyi Kut zoo in the town of Verkhnyoozersk overnight and spent most of Wednesday wandering around a park next to a school, where pupils were kept indoors, Reuters reported.

The animal was recaptured in the evening after a vet hit it with a tranquilliser dart, the news agency said. It was being taken back to the zoo in a cage.

"It was calm the whole time, it just wanted food," a police officer at the scene told Reuters.
""",
"03_ru.txt": """Сбежавшего медведя в Верхнеозёрске до сих пор не поймали
Новый Причал
31.03.2027 15:00

Бурый медведь, сбежавший ночью из частного зоопарка «Дикий Кут» в Верхнеозёрске, до сих пор на свободе, сообщили «Лесная Газета» и украинское издание «Верховинский Поступ».

По данным «Лесной Газеты», утром зверь бродил по парку рядом со школой, детей не выпускали из здания. «Верховинский Поступ» со ссылкой на директора зоопарка пишет, что медведь выбрался через участок забора, повреждённый упавшим деревом.

Полиция просит жителей не приближаться к парку.
""",
"04_de.txt": """Entlaufener Braunbär in der Ukraine mit Betäubungspfeil eingefangen
Hochtaler Bote
1. April 2027

In der Kleinstadt Werchnjoosersk ist ein aus dem privaten Zoo Dykyj Kut entlaufener Braunbär wieder eingefangen worden, wie die Nachrichtenagentur Reuters meldet. Ein Tierarzt traf das Tier am Mittwochabend mit einem Betäubungspfeil.

Der Bär war in der Nacht zuvor entkommen. Laut Reuters wurde er in einem Käfig in den Zoo zurückgebracht.
""",
}, [o("Лесная Газета"), o("Верховинський Поступ"), o("Reuters", False)],
[r("Reuters", "02_en.txt"), r("Лесная Газета", "03_ru.txt"), r("Верховинський Поступ", "03_ru.txt"),
 r("Reuters", "04_de.txt")],
[c("A brown bear escaped from the private Dykyi Kut zoo in Verkhnyoozersk.",
   ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_ru.txt", "04_de.txt"], 3),
 c("The bear was seen in a park next to a school, and pupils were kept inside.",
   ["00_ru.txt", "02_en.txt", "03_ru.txt"], 2),
 c("The bear got out through a section of fence damaged by a fallen tree.",
   ["01_uk.txt", "03_ru.txt"], 1),
 c("The bear was recaptured after a vet hit it with a tranquilliser dart.",
   ["02_en.txt", "04_de.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {x["name"] for x in origins}
        outlets = {t.split("\n")[1] for t in arts.values()}
        for e in relays:
            assert e["article"] in arts, (id, e)
            # an edge comes from an origin or from an in-corpus relaying outlet (chain)
            assert e["origin"] in onames or e["origin"] in outlets, (id, e)
        for cl in claims:
            for a in cl["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 28 (invented); emphasis on independent "
                       "corroboration counts per claim; see README.md.", "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(s[2]) for s in S)
    print(f"{len(S)} stories, {n} articles")


if __name__ == "__main__":
    main()
