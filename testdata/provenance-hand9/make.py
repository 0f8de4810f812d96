#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand9 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# i01: outside wire agency relayed 5x: "said in a dispatch", "інформує британська агенція ... (KNS)",
# "Сообщение об этом появилось в ленте ... агентства", closing "Die Meldung stammt von ... KNS.",
# "indique une dépêche de l'agence"; a coach quoted (not an origin)
story("i01_agency_sprinter_suspension", "external", {
"00_en.txt": """Prothero provisionally suspended after three missed doping tests
Cindertrack Weekly
2025-09-18T11:20:00+01:00

Aled Prothero, the 400 metres bronze medallist at last year's European Championships, has been provisionally suspended after missing three doping tests in twelve months, Kestrel News Service said in a dispatch on Thursday.

The agency quoted a letter from the Independent Sports Tribunal, dated 15 September, which says testers could not find the 27-year-old at the address he had registered on three mornings between November and June. Under the rules, three such "whereabouts failures" within a year count as an anti-doping violation even if the athlete never fails a test.

Prothero's coach, Gareth Mold, told reporters outside the Llanferrin athletics club that the sprinter would contest the case and that two of the missed visits had been "an administrative mix-up over a change of address". A hearing has been set for 20 November.

The suspension rules Prothero out of the indoor season. If the tribunal upholds the violation, he faces a ban of up to two years.
""",
"01_uk.txt": """Британського бігуна Аледа Протеро відсторонили від змагань через пропущені допінг-тести
Фінішна пряма
18.09.2025 14:05

Бронзового призера минулорічного чемпіонату Європи на дистанції 400 метрів Аледа Протеро тимчасово відсторонили від змагань. Спортсмен упродовж дванадцяти місяців тричі не з'явився на допінг-контроль, інформує британська агенція Kestrel News Service (KNS).

Агенція посилається на лист Незалежного спортивного трибуналу від 15 вересня. Згідно з ним, з листопада до червня інспектори тричі не застали 27-річного легкоатлета за адресою, яку він сам зазначив у системі. За правилами, три такі порушення протягом року прирівнюються до порушення антидопінгових правил, навіть якщо жодна проба не була позитивною.

Тренер Протеро Гарет Молд заявив, що спортсмен оскаржуватиме рішення. Слухання призначили на 20 листопада. Якщо трибунал визнає провину, Протеро загрожує дискваліфікація до двох років.
""",
"02_ru.txt": """Британский бегун Протеро временно отстранён за пропуск допинг-тестов
Стадион и трибуна
2025-09-18 16:40

Британский легкоатлет Алед Протеро, бронзовый призёр прошлогоднего чемпионата Европы в беге на 400 метров, временно отстранён от соревнований. Сообщение об этом появилось в ленте британского агентства «Кестрел Ньюс Сервис».

Агентство цитирует письмо Независимого спортивного трибунала от 15 сентября: с ноября по июнь проверяющие трижды не застали 27-летнего спортсмена по адресу, который он указал. Три таких нарушения в течение года приравниваются к нарушению антидопинговых правил.

Тренер спортсмена Гарет Молд утверждает, что два визита проверяющих сорвались из-за путаницы со сменой адреса, и обещает обжаловать решение. Заседание трибунала назначено на 20 ноября. Протеро грозит дисквалификация сроком до двух лет.
""",
"03_de.txt": """Leichtathletik: Brite Prothero nach drei verpassten Dopingkontrollen gesperrt
Sportbote Kallwitz
18. September 2025

Der britische 400-Meter-Läufer Aled Prothero ist vorläufig gesperrt worden. Der EM-Dritte des vergangenen Jahres soll innerhalb von zwölf Monaten dreimal nicht für Dopingkontrollen erreichbar gewesen sein. Laut einem Schreiben des unabhängigen Sporttribunals vom 15. September trafen die Kontrolleure den 27-Jährigen zwischen November und Juni dreimal nicht an der von ihm angegebenen Adresse an.

Drei solcher Meldepflichtverstöße innerhalb eines Jahres gelten als Dopingvergehen, auch wenn keine Probe positiv war. Sein Trainer Gareth Mold kündigte an, den Fall anzufechten. Die Anhörung ist für den 20. November angesetzt; Prothero droht eine Sperre von bis zu zwei Jahren.

Die Meldung stammt von der britischen Nachrichtenagentur KNS.
""",
"04_fr.txt": """Athlétisme : le Britannique Aled Prothero suspendu à titre provisoire
Le Sprint Quotidien
2025-09-18T17:55:00+02:00

Le quatrocentiste britannique Aled Prothero, médaillé de bronze aux championnats d'Europe l'an dernier, a été suspendu à titre provisoire pour trois manquements à ses obligations de localisation en douze mois, indique une dépêche de l'agence britannique Kestrel News Service.

D'après une lettre du Tribunal sportif indépendant datée du 15 septembre, les contrôleurs ne l'ont pas trouvé à l'adresse déclarée à trois reprises entre novembre et juin. Son entraîneur, Gareth Mold, conteste deux de ces manquements, qu'il attribue à une erreur lors d'un changement d'adresse, et annonce un recours.

L'audience aura lieu le 20 novembre. Le sprinteur de 27 ans, privé de saison en salle, risque jusqu'à deux ans de suspension.
""",
}, [("Kestrel News Service", False)],
   [("Kestrel News Service", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"]],
   [("Sprinter Aled Prothero provisionally suspended after three missed doping tests in twelve months; hearing on 20 November",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt", "04_fr.txt"], 1)])

# i02: chain uk -> en -> de (the German article credits only the English site); ru relays the uk paper
# directly under a translated name. Own report: "Фотокореспондент «Сульської зорі» ... їхав цією
# дорогою за кілька хвилин після аварії"; "The account comes from Sulska Zoria";
# "heißt es in einem Artikel des englischsprachigen Nachrichtenportals Steppe Herald";
# "Снимки с места аварии выложила районная газета «Сульская заря»"
story("i02_chain_school_bus_ditch", "chain", {
"00_uk.txt": """Під Сулинівкою шкільний автобус з'їхав у кювет: троє постраждалих
Сульська зоря
2025-11-25T10:45:00+02:00

У вівторок близько 7:50 на трасі між Озерянкою та Сулинівкою шкільний автобус із 19 учнями занесло на ожеледиці, і він з'їхав у кювет, перекинувшись на бік.

Фотокореспондент «Сульської зорі» Ігор Гай їхав цією дорогою за кілька хвилин після аварії і разом із водіями інших машин допомагав дітям вибратися через аварійний люк у даху. За його словами, дорогу ніхто не посипав, а на узбіччі вже стояли два легковики, які занесло ще вночі.

Водія та двох школярів із забоями доправили до Сулинівської районної лікарні, після огляду їх відпустили додому. Решту дітей забрали батьки.

Староста Озерянки Петро Бабенко сказав, що снігоприбиральна машина громади зламалася ще в неділю, а ремонт затягнувся. Поліція відкрила провадження за статтею про порушення правил безпеки дорожнього руху.
""",
"01_en.txt": """School bus overturns on icy road in central Ukraine, three hurt
Steppe Herald
2025-11-25T15:10:00+02:00

A school bus carrying 19 pupils skidded on ice and overturned into a roadside ditch near the town of Sulynivka on Tuesday morning. The driver and two children were treated for bruises at the district hospital and later sent home.

The account comes from Sulska Zoria, a weekly newspaper in the Sulynivka district. Its photographer, Ihor Hai, was driving along the same road a few minutes after the crash and helped children climb out through the roof hatch. He said the road had not been gritted and that two cars had already slid off it during the night.

The head of the village of Ozerianka, Petro Babenko, said the community's only snowplough had broken down on Sunday and had not yet been repaired. Police have opened an investigation into a breach of road safety rules.
""",
"02_de.txt": """Ukraine: Schulbus kippt auf vereister Straße in den Graben
Kallwitzer Morgenpost

In der Zentralukraine ist am Dienstagmorgen ein Schulbus mit 19 Kindern auf einer vereisten Landstraße ins Schleudern geraten und seitlich in einen Graben gekippt. Der Fahrer und zwei Kinder erlitten Prellungen und wurden im Krankenhaus der Kleinstadt Sulyniwka ambulant behandelt, heißt es in einem Artikel des englischsprachigen Nachrichtenportals Steppe Herald.

Die Straße war demnach nicht gestreut worden, weil das einzige Räumfahrzeug der Gemeinde seit Sonntag defekt war. Ein Fotograf, der kurz nach dem Unfall vorbeikam, half den Kindern durch die Dachluke ins Freie. Die Polizei ermittelt wegen eines Verstoßes gegen die Verkehrssicherheitsvorschriften.
""",
"03_ru.txt": """Под Сулиновкой школьный автобус опрокинулся в кювет
Приозёрные вести
25.11.2025 13:20

Утром во вторник на трассе Озерянка — Сулиновка школьный автобус, в котором ехали 19 детей, занесло на гололёде, и он опрокинулся в кювет. Водитель и двое школьников получили ушибы, их осмотрели в районной больнице и отпустили домой.

Снимки с места аварии выложила районная газета «Сульская заря». Её фотограф Игорь Гай проезжал мимо через несколько минут после ДТП и помогал вытаскивать детей через люк в крыше. По его словам, трассу никто не посыпал.

Староста Озерянки Пётр Бабенко объяснил, что снегоуборочная машина громады сломалась ещё в воскресенье. Полиция начала расследование.
""",
}, [("Сульська зоря", True)],
   [("Сульська зоря", "01_en.txt"), ("Steppe Herald", "02_de.txt"), ("Сульська зоря", "03_ru.txt")],
   [("A school bus with 19 pupils overturned into a ditch on an icy road near Sulynivka on Tuesday; the driver and two children bruised",
     ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1)])

# i03: outside anonymous Telegram channel (original, transliterated and translated names) + a relay
# that adds its own confirmation: "Відео ... ще вночі виклав анонімний телеграм-канал «Поліський рупор»"
# + "На запит «Кам'янобрідських новин» в обласній прокуратурі підтвердили"; "Word of the arrest first
# surfaced on Poliskyi Rupor, an anonymous Telegram channel"; "Ролик ... появился в телеграм-канале
# «Полесский рупор»"; prosecutors and a town council secretary are not origins
story("i03_telegram_mayor_detained", "confirmation", {
"00_uk.txt": """Мера Кам'яноброду затримали на хабарі: прокуратура підтверджує підозру
Кам'янобрідські новини
2025-10-09T09:30:00+03:00

Уночі проти четверга слідчі обласної прокуратури затримали міського голову Кам'яноброду Віктора Гнатюка. Його підозрюють в одержанні 40 тисяч доларів неправомірної вигоди за виділення земельної ділянки під автозаправку на виїзді з міста.

Відео, на якому Гнатюка виводять з будівлі міськради, ще вночі виклав анонімний телеграм-канал «Поліський рупор». У дописі каналу йдеться, що гроші передавав підприємець, який згодом сам звернувся до правоохоронців.

На запит «Кам'янобрідських новин» в обласній прокуратурі підтвердили, що Гнатюку повідомлено про підозру, а сума — 40 тисяч доларів. Ім'я підприємця там не називають. Запобіжний захід суд обиратиме в п'ятницю.

Секретарка міськради Наталія Олешко, яка тимчасово виконує обов'язки голови, сказала, що робота виконкому не зупиняється.
""",
"01_en.txt": """Mayor of Kamianobrid detained on bribery suspicion
Steppe Herald
Thu, 09 Oct 2025 12:15:00 +0300

Prosecutors in western Ukraine detained Viktor Hnatiuk, the mayor of Kamianobrid, overnight on suspicion of taking a $40,000 bribe to allocate land for a petrol station on the edge of the town.

Word of the arrest first surfaced on Poliskyi Rupor, an anonymous Telegram channel that covers regional politics, which posted a video shortly after midnight showing Hnatiuk being led out of the town hall. The channel's post said the money had been handed over by a businessman who later went to the police himself.

The mayor's office did not answer calls on Thursday morning. A court is expected to decide on Friday whether to keep him in custody. Hnatiuk, 54, was first elected in 2020 and re-elected last year.
""",
"02_ru.txt": """В Каменоброде задержан мэр — его подозревают во взятке
Городской телеграф
09.10.2025

Мэра украинского города Каменоброд Виктора Гнатюка задержали в ночь на четверг по подозрению в получении взятки в 40 тысяч долларов. По версии следствия, деньги он получил за выделение участка под автозаправку на выезде из города.

Ролик, на котором градоначальника выводят из здания горсовета, появился в телеграм-канале «Полесский рупор» вскоре после полуночи. Авторы канала утверждают, что взятку передал местный предприниматель, который затем сам пришёл к правоохранителям.

Суд изберёт меру пресечения в пятницу. Обязанности мэра временно исполняет секретарь горсовета Наталья Олешко.
""",
}, [("Поліський рупор", False), ("Кам'янобрідські новини", True)],
   [("Поліський рупор", a) for a in ["00_uk.txt", "01_en.txt", "02_ru.txt"]],
   [("Kamianobrid mayor Viktor Hnatiuk detained overnight into Thursday on suspicion of a $40,000 bribe for a land plot",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 2)])

# i04: two independent own reports (a finance director reached by the magazine; a copy of an order
# "оказалась в распоряжении" the paper, two anonymous workers "подтвердили нам"), then two relays each
# crediting both: "sowohl ... als auch ..."; "Першим ... оприлюднив ..., а за кілька годин власні дані
# навела ..."
story("i04_two_own_plant_closure", "independent", {
"00_en.txt": """Hallbrook to close Ozernohirsk fertiliser plant, cutting 900 jobs
Norland Business Review
2025-06-16T18:30:00+01:00

Hallbrook Chemicals will shut its Azotrin fertiliser plant in Ozernohirsk, eastern Ukraine, by the end of the year, putting about 900 jobs at risk, as high gas prices and falling orders make the site unprofitable.

Hallbrook's finance director, Ingrid Sollas, confirmed the plan when Norland Business Review reached her on Monday evening. "We have run the numbers every way we can. Ozernohirsk loses money on every tonne of ammonia it makes," she said. Ammonia production will stop in September and the last urea line will close in December, she added.

The company bought the plant in 2011 and has spent about £60m modernising it. Hallbrook's shares fell 3 per cent in late trading in London.

The plant is the largest employer in Ozernohirsk, a town of 22,000 people. The town council did not respond to a request for comment.
""",
"01_ru.txt": """«Азотрин» закрывается: в Озерногорске без работы останутся около 900 человек
Озерногорский курьер
2025-06-16T20:05:00+03:00

Химический завод «Азотрин» в Озерногорске до конца года остановит производство. Копия приказа генерального директора Сергея Лапина, датированного 13 июня, оказалась в распоряжении «Озерногорского курьера». В документе говорится о «поэтапном выводе из эксплуатации» аммиачного цеха с 1 сентября и цеха карбамида с 1 декабря.

Двое работников аммиачного цеха, попросившие не называть их имён, подтвердили нам, что в пятницу мастерам велели составить списки сотрудников по сменам. По их словам, людям обещают выплатить три оклада.

На заводе работают около 900 человек, это крупнейший работодатель города. Владелец предприятия — британская компания Hallbrook Chemicals. В пресс-службе завода от комментариев отказались.
""",
"02_de.txt": """Hallbrook schließt Düngemittelwerk in der Ukraine – 900 Stellen betroffen
Kallwitzer Morgenpost
17.06.2025

Der britische Chemiekonzern Hallbrook Chemicals will sein Düngemittelwerk Azotrin im ostukrainischen Osernohirsk bis Jahresende stilllegen. Rund 900 Beschäftigte sind betroffen. Über die Pläne hatten am Montag sowohl das britische Wirtschaftsmagazin Norland Business Review als auch die russischsprachige Lokalzeitung Osernogorski Kurjer berichtet.

Finanzchefin Ingrid Sollas begründete den Schritt gegenüber dem Magazin mit hohen Gaspreisen und rückläufigen Aufträgen. Die Lokalzeitung zitiert aus einer Anordnung der Werksleitung, nach der die Ammoniakproduktion im September und die Harnstoffanlage im Dezember heruntergefahren werden sollen.

Hallbrook beliefert auch Landhandelsbetriebe im Kallwitzer Umland mit Stickstoffdünger. Ob die Lieferungen künftig aus anderen Werken kommen, ließ das Unternehmen offen.
""",
"03_uk.txt": """Британська Hallbrook закриває завод «Азотрин» в Озерногірську
Торговий ряд
2025-06-17T08:15:00+03:00

Хімічний завод «Азотрин» в Озерногірську до кінця року припинить роботу, без місця залишаться близько 900 людей. Першим план закриття оприлюднив британський діловий журнал Norland Business Review, а за кілька годин власні дані навела місцева газета «Озерногірський кур'єр».

Фінансова директорка власника заводу, компанії Hallbrook Chemicals, Інгрід Соллас пояснила британському журналу, що підприємство збиткове через високі ціни на газ і скорочення замовлень. Газета, своєю чергою, опублікувала наказ гендиректора Сергія Лапіна: аміачний цех зупинять з 1 вересня, цех карбаміду — з 1 грудня.

Працівникам обіцяють виплатити по три оклади. Міська рада Озерногірська поки не прокоментувала рішення власника.
""",
}, [("Norland Business Review", True), ("Озерногорский курьер", True)],
   [("Norland Business Review", "02_de.txt"), ("Озерногорский курьер", "02_de.txt"),
    ("Norland Business Review", "03_uk.txt"), ("Озерногорский курьер", "03_uk.txt")],
   [("Hallbrook Chemicals will close the Azotrin fertiliser plant in Ozernohirsk by the end of the year; about 900 jobs affected",
     ["00_en.txt", "01_ru.txt", "02_de.txt", "03_uk.txt"], 2)])

# i05: fr own report ("où La Voix du Lémaret s'est rendue dans la soirée"), an uncredited uk translation
# (no outlet line, outlet only in the title suffix, no date line) and an en relay: "figures gathered by
# the local daily La Voix du Lémaret show"; a mayor and a winegrower quoted
story("i05_translation_hailstorm", "in_corpus", {
"00_fr.txt": """Orage de grêle à Saint-Aurel : voitures cabossées, vignes hachées
La Voix du Lémaret
2025-07-06T22:40:00+02:00

Un violent orage de grêle s'est abattu dimanche vers 17 heures sur Saint-Aurel-sur-Lémaret. En moins de vingt minutes, des grêlons de la taille d'une balle de ping-pong ont brisé des pare-brise, percé des vérandas et couché les vignes sur les coteaux au nord de la commune.

Sur la place du marché, où La Voix du Lémaret s'est rendue dans la soirée, les carrosseries cabossées se comptaient par dizaines et des gouttières arrachées jonchaient les trottoirs. Selon un premier décompte de la mairie, plus de 300 véhicules sont endommagés, ainsi que la toiture de l'école Jean-Rostand, qui restera fermée lundi.

« En vingt minutes, j'ai perdu 70 % de ma récolte », confie Bernard Lacombe, viticulteur au lieu-dit Les Moutiers. La maire, Josiane Ferrand, a annoncé qu'elle demanderait la reconnaissance de l'état de catastrophe naturelle. Aucun blessé n'est à déplorer.
""",
"01_uk.txt": """У Франції град завбільшки з м'ячик для пінг-понгу пошкодив сотні автомобілів — Поріччя24

У неділю близько 17:00 на французьке містечко Сен-Орель-сюр-Лемаре обрушився сильний град. Менш ніж за двадцять хвилин градини розміром із м'ячик для пінг-понгу розбили лобові скла, пробили засклені веранди й побили виноградники на схилах на півночі громади.

На ринковій площі ввечері можна було побачити десятки пом'ятих автомобілів, а на тротуарах лежали зірвані ринви. За попередніми підрахунками мерії, пошкоджено понад 300 машин, а також дах школи імені Жана Ростана, яка в понеділок не працюватиме.

«За двадцять хвилин я втратив 70% урожаю», — розповів винороб Бернар Лакомб. Мерка Жозіана Ферран заявила, що проситиме визнати подію природною катастрофою. Постраждалих немає.
""",
"02_en.txt": """Ping-pong-ball hail batters French wine village
Stratus Weather Review
July 7, 2025

A violent hailstorm hit Saint-Aurel-sur-Lémaret in south-western France on Sunday afternoon, smashing windscreens, punching holes in conservatories and flattening vines on the slopes north of the village.

More than 300 cars were damaged and the roof of the local primary school was holed, figures gathered by the local daily La Voix du Lémaret show. The storm lasted less than twenty minutes, and some hailstones were as large as table-tennis balls. One winegrower told the paper he had lost 70 per cent of this year's crop.

The mayor, Josiane Ferrand, will ask the government to declare a natural disaster, which would speed up insurance payouts. No one was hurt.

Forecasters had issued an orange warning for thunderstorms across the region on Sunday morning.
""",
}, [("La Voix du Lémaret", True)],
   [("La Voix du Lémaret", "01_uk.txt"), ("La Voix du Lémaret", "02_en.txt")],
   [("A hailstorm hit Saint-Aurel-sur-Lémaret on Sunday, damaging more than 300 cars, a school roof and the vineyards",
     ["00_fr.txt", "01_uk.txt", "02_en.txt"], 1)])

# i06: court case, two independent own reports ("At Tarnmouth Magistrates' Court on Friday, the
# Examiner heard"; "Ексклюзивно для «Південного причалу» ... прокоментував вирок телефоном"), an
# anonymous company source, a judge and a harbour spokesman (not origins); ru relays the uk site under
# a translated name ("такие слова ... приводит украинское морское издание «Южный причал»"); de relays
# the en paper ("Der Tarnmouth Examiner, der die Verhandlung verfolgte, zitiert die Richterin")
story("i06_two_own_captain_fined", "independent", {
"00_en.txt": """Ukrainian ship captain fined £48,000 over Tarnmouth harbour oil spill
The Tarnmouth Examiner
2025-09-26T16:05:00+01:00

The captain of a Ukrainian-flagged cargo ship has been fined £48,000 for a fuel oil spill that blackened part of Tarnmouth harbour in July.

At Tarnmouth Magistrates' Court on Friday, the Examiner heard that about 2,000 litres of heavy fuel oil escaped from the Kalyna Star while it was being refuelled at the north quay on 11 July. Oleh Savchyn, 51, who followed the hearing through an interpreter, pleaded guilty to discharging oil into harbour waters.

District Judge Helen Marsh said the crew had left a valve open and failed to watch the tank gauges for almost forty minutes. "This was not a freak accident. It was carelessness," she said. She took into account that the ship's owners had already paid £130,000 towards the clean-up.

A spokesman for the Tarnmouth Harbour Authority said the last traces of oil had been removed from the sea wall in August. Savchyn was also ordered to pay £6,200 in costs.
""",
"01_uk.txt": """Українського капітана оштрафували у Британії на 48 тисяч фунтів за розлив мазуту
Південний причал
26.09.2025 19:30

Суд британського портового міста Тарнмут оштрафував на 48 тисяч фунтів стерлінгів капітана суховантажа «Калина Стар» Олега Савчина. У липні під час бункерування в гавані Тарнмута з судна витекло близько двох тисяч літрів мазуту. Капітан визнав провину.

Ексклюзивно для «Південного причалу» Олег Савчин прокоментував вирок телефоном одразу після засідання: «Я відповідаю за судно і за екіпаж, тому не сперечався. Штраф сплатить компанія, але для мене це пляма на все життя».

Співрозмовник у компанії-судновласнику, який не має права публічно коментувати справу, розповів, що моториста, який залишив відкритим клапан, уже звільнили. «Калина Стар» вийде з Тарнмута наступного тижня, щойно завершиться ремонт.
""",
"02_ru.txt": """Украинского капитана оштрафовали в Великобритании за разлив топлива
Северная пристань
2025-09-27T09:10:00+03:00

Суд британского города Тарнмут назначил капитану сухогруза «Калина Стар» Олегу Савчину штраф в размере 48 тысяч фунтов стерлингов. В июле во время бункеровки в гавани Тарнмута с судна вытекло около двух тысяч литров мазута.

Капитан вину признал. «Я отвечаю за судно и за экипаж, поэтому спорить не стал», — такие слова Савчина приводит украинское морское издание «Южный причал», которому он дал комментарий сразу после заседания.

Моториста, оставившего клапан открытым, судовладелец, как утверждает издание, уже уволил. Судно покинет Тарнмут на следующей неделе после ремонта.
""",
"03_de.txt": """Ölunfall im Hafen von Tarnmouth: Kapitän muss 48.000 Pfund zahlen
Kallwitzer Morgenpost
Sat, 27 Sep 2025 07:45:00 +0200

Ein britisches Gericht hat den ukrainischen Kapitän des Frachters „Kalyna Star“ zu einer Geldstrafe von 48.000 Pfund verurteilt. Beim Betanken im Hafen von Tarnmouth waren im Juli rund 2000 Liter Schweröl ins Hafenbecken gelaufen.

Der Tarnmouth Examiner, der die Verhandlung verfolgte, zitiert die Richterin mit den Worten: „Das war kein unglücklicher Zufall, sondern Nachlässigkeit.“ Die Besatzung habe ein Ventil offen gelassen und fast vierzig Minuten lang nicht auf die Tankanzeigen geachtet. Der 51-jährige Kapitän Oleh Sawtschyn bekannte sich schuldig.

Die Reederei hatte bereits 130.000 Pfund für die Reinigung des Hafens gezahlt. Zusätzlich muss der Kapitän Verfahrenskosten von 6200 Pfund tragen.
""",
}, [("The Tarnmouth Examiner", True), ("Південний причал", True)],
   [("Південний причал", "02_ru.txt"), ("The Tarnmouth Examiner", "03_de.txt")],
   [("Captain Oleh Savchyn of the Kalyna Star fined £48,000 in Tarnmouth over a July fuel oil spill; he pleaded guilty",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 2)])

# i07: look-alike A (boil-water notice in Lypnyky, E. coli, Tuesday 14 October, 11 in hospital):
# "куди в середу вранці зайшов журналіст «Голосу Липників»"; "Holos Lypnykiv, the town's local
# newspaper, put the number of patients at 11"; ru without outlet line (title suffix) "Согласно
# публикации местной газеты «Голос Липников»"
story("i07_lookalike_boil_water_lypnyky", "lookalike", {
"00_uk.txt": """У Липниках кишкова паличка у водогоні: 11 людей у лікарні, воду радять кип'ятити
Голос Липників
2025-10-15T09:20:00+03:00

У Липниках у водопровідній воді виявили кишкову паличку. Міська влада у вівторок увечері закликала мешканців до окремого розпорядження пити лише кип'ячену або бутильовану воду.

У приймальному відділенні міської лікарні, куди в середу вранці зайшов журналіст «Голосу Липників», на лавках чекали батьки з дітьми. Завідувач інфекційного відділення Остап Мельничук сказав, що з понеділка з ознаками кишкової інфекції госпіталізовано 11 людей, серед них четверо дітей. Стан усіх — середньої тяжкості.

Директор комунального підприємства «Липникиводоканал» Роман Шуляк припускає, що стоки потрапили в мережу через прорив труби на вулиці Садовій. Ділянку відремонтували, мережу хлорують. Результати повторних аналізів чекають у п'ятницю.

Роздачу питної води організували біля ринку та трьох шкіл.
""",
"01_en.txt": """Eleven in hospital as E. coli found in Ukrainian town's tap water
Steppe Herald
2025-10-15T14:00:00+03:00

Residents of Lypnyky have been told to boil their tap water after E. coli bacteria were found in the town's supply, and 11 people, four of them children, are in hospital with stomach infections.

Holos Lypnykiv, the town's local newspaper, put the number of patients at 11 on Wednesday, quoting the head of the hospital's infectious diseases ward, Ostap Melnychuk. He said all of them were in a moderate condition.

The head of the municipal water company, Roman Shuliak, believes sewage got into the network through a burst pipe on Sadova Street. The pipe has been repaired and the network is being chlorinated. Results of new tests are expected on Friday.

Drinking water is being handed out near the market and outside three schools.
""",
"02_ru.txt": """В Липниках в водопроводе нашли кишечную палочку — Городской телеграф
15.10.2025

Жителей Липников призвали пить только кипячёную или бутилированную воду: в городском водопроводе обнаружена кишечная палочка. С признаками кишечной инфекции в больницу попали 11 человек, в том числе четверо детей.

Согласно публикации местной газеты «Голос Липников», вода могла загрязниться из-за прорыва трубы на улице Садовой. Трубу уже отремонтировали, сеть хлорируют, повторные анализы будут готовы в пятницу. Заведующий инфекционным отделением горбольницы Остап Мельничук оценивает состояние всех пациентов как среднетяжёлое.

Питьевую воду раздают возле рынка и трёх школ. Городские власти просят не использовать воду из-под крана даже для чистки зубов.
""",
}, [("Голос Липників", True)],
   [("Голос Липників", "01_en.txt"), ("Голос Липників", "02_ru.txt")],
   [("E. coli found in Lypnyky's water supply; residents told to boil water, 11 people in hospital",
     ["00_uk.txt", "01_en.txt", "02_ru.txt"], 1)])

# i08: look-alike B (boil-water notice in Harrowmere, cryptosporidium, Thursday 16 October, 6 ill, none
# in hospital): "When the Standard visited the Fellside works"; two anonymous engineers; "Місцева газета
# The Harrowmere Standard уточнює" (+ a last sentence recalling Lypnyky); "Le Harrowmere Standard,
# quotidien de notre ville jumelle, fait état de six malades"
story("i08_lookalike_boil_water_harrowmere", "lookalike", {
"00_en.txt": """23,000 Harrowmere homes told to boil water after parasite found
The Harrowmere Standard
2025-10-16T17:45:00+01:00

About 23,000 homes in Harrowmere and the surrounding villages have been told to boil their tap water after cryptosporidium, a parasite that causes diarrhoea, was found at the Fellside treatment works.

Brackwater Water issued the notice at lunchtime on Thursday. Six people have reported symptoms to their GPs since the weekend, according to the county's health protection team, though none has needed hospital treatment.

When the Standard visited the Fellside works on Thursday afternoon, tankers were queuing at the gates and a section of the site had been taped off. Two engineers, who spoke on condition that they were not named, said heavy rain on Tuesday had washed run-off from neighbouring farmland into one of the filter beds.

Bottled water is being handed out at the leisure centre on Mill Road and at Harrowmere railway station. The company said the notice would stay in place "for at least a week".
""",
"01_uk.txt": """У британському Гарровмірі 23 тисячам домівок радять кип'ятити воду
Поріччя24
2025-10-16T21:30:00+03:00

Мешканцям британського міста Гарровмір та навколишніх сіл рекомендували кип'ятити воду з-під крана: на очисній станції Феллсайд виявили криптоспоридій — паразитів, які викликають діарею. Попередження стосується близько 23 тисяч помешкань.

Місцева газета The Harrowmere Standard уточнює, що від вихідних із симптомами до лікарів звернулися шестеро людей, проте ніхто з них не потребує госпіталізації. Двоє інженерів станції розповіли виданню, що у вівторок злива змила в один із фільтрів стоки з сусідніх полів.

Бутильовану воду роздають у спортивному центрі та на залізничному вокзалі.

Це вже другий випадок за тиждень, коли людей закликають кип'ятити воду: у вівторок таке попередження отримали мешканці українських Липників.
""",
"02_fr.txt": """Harrowmere, notre ville jumelle, privée d'eau potable au robinet
Le Petit Vaulmérois
17 octobre 2025

Les habitants de Harrowmere, la ville anglaise jumelée avec Vaulmière depuis 1987, doivent faire bouillir l'eau du robinet. Un parasite, le cryptosporidium, a été détecté jeudi à la station de traitement de Fellside, qui alimente quelque 23 000 foyers.

Le Harrowmere Standard, quotidien de notre ville jumelle, fait état de six malades depuis le week-end, aucun n'ayant été hospitalisé. De fortes pluies auraient entraîné mardi des eaux de ruissellement des champs voisins dans un bassin de filtration.

Le comité de jumelage de Vaulmière, qui doit accueillir une délégation anglaise fin octobre, maintient pour l'instant la visite, a indiqué sa présidente, Martine Roubaud.
""",
}, [("The Harrowmere Standard", True)],
   [("The Harrowmere Standard", "01_uk.txt"), ("The Harrowmere Standard", "02_fr.txt")],
   [("Cryptosporidium found at the Fellside works; about 23,000 Harrowmere homes told to boil water, six people ill",
     ["00_en.txt", "01_uk.txt", "02_fr.txt"], 1)])

# i09: outside French regional TV channel under 3 spellings: "In a report broadcast by the French
# regional channel Tele Bresonne"; "У сюжеті французького регіонального телеканалу «Теле-Брезонн»"
# (no date line); "Как рассказали в вечернем выпуске новостей ... Télé-Brésonne"; "In einem Beitrag
# des französischen Regionalfernsehens Télé-Brésonne zeigte"; university researchers are not origins
story("i09_tv_meteorite_farm", "external", {
"00_en.txt": """French farmer finds 4kg meteorite in his wheat field
Westmoor Daily News
2025-08-11T08:00:00+01:00

A farmer in central France has found a meteorite weighing 4.2 kilograms in one of his wheat fields, just over a week after a fireball lit up the night sky over the region.

In a report broadcast by the French regional channel Tele Bresonne on Sunday evening, Gérard Pellissier showed the blackened, fist-sized stone he had spotted while harvesting near the village of Brossac-sur-Brésonne. "It had made a little crater, like a rabbit hole," he said.

Researchers at the University of Vérande, who examined the find on Friday, told the channel it is an ordinary chondrite, the most common type of stony meteorite, and probably a fragment of the object seen over the Brésonne valley on the night of 2 August. Hundreds of people reported the fireball, and several doorbell cameras captured it.

Pellissier said he would lend the stone to the university for study before deciding what to do with it.
""",
"01_uk.txt": """Французький фермер знайшов у пшениці метеорит вагою понад чотири кілограми
Новини Підгір'я

Фермер із французького села Броссак-сюр-Брезонн Жерар Пеліссьє під час жнив знайшов у своєму полі метеорит вагою 4,2 кілограма. Камінь розміром з кулак, почорнілий зверху, лежав у невеликій вирві.

У сюжеті французького регіонального телеканалу «Теле-Брезонн» фермер показав знахідку й розповів, що спершу прийняв її за уламок старого плуга. Науковці університету Веранда вже оглянули камінь: це звичайний хондрит, найпоширеніший тип кам'яних метеоритів.

Імовірно, це уламок боліда, який у ніч на 2 серпня бачили над долиною Брезонни сотні людей. Пеліссьє каже, що спершу передасть камінь науковцям для досліджень, а вже потім вирішить, що з ним робити.
""",
"02_ru.txt": """Во Франции фермер нашёл на поле метеорит
Приозёрные вести
11.08.2025 10:15

Французский фермер Жерар Пеллисье обнаружил на своём пшеничном поле у деревни Броссак-сюр-Брезонн метеорит весом 4,2 килограмма. Как рассказали в вечернем выпуске новостей французского регионального телеканала Télé-Brésonne, камень размером с кулак лежал в небольшой воронке, «похожей на кроличью нору».

Учёные университета Веранда, изучившие находку, считают её обыкновенным хондритом. По их мнению, это осколок болида, который в ночь на 2 августа наблюдали над долиной Брезонны сотни людей; пролёт сняли несколько камер видеодомофонов.

Фермер пока передаст камень университету для исследований.
""",
"03_de.txt": """Bauer findet Meteoriten im Weizenfeld
Hohenbrucker Allgemeine
2025-08-11T12:30:00+02:00

Ein Landwirt aus dem französischen Dorf Brossac-sur-Brésonne hat bei der Ernte einen 4,2 Kilogramm schweren Meteoriten gefunden. In einem Beitrag des französischen Regionalfernsehens Télé-Brésonne zeigte Gérard Pellissier den faustgroßen, schwarz verkrusteten Stein, der in einem kleinen Krater im Weizen lag.

Forscher der Universität Vérande bestimmten den Fund als gewöhnlichen Chondriten. Vermutlich handelt es sich um ein Bruchstück des Feuerballs, den in der Nacht zum 2. August Hunderte Menschen über dem Tal der Brésonne beobachtet hatten.

Ob der Landwirt den Stein später verkauft, ist offen; zunächst leiht er ihn der Universität.
""",
}, [("Télé-Brésonne", False)],
   [("Télé-Brésonne", a) for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"]],
   [("A farmer found a 4.2 kg meteorite in his wheat field near Brossac-sur-Brésonne, probably from the 2 August fireball",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1)])

# i10: outside Portuguese sports daily relayed in en ("reports on its front page on Monday") and fr
# ("annonce en une ce lundi"); uk credits the en site which retells the daily (edge from the en site:
# "переказує публікацію"); ru credits both ("Такие сведения приводят ... и ...": two edges); a club
# press office is not an origin
story("i10_chain_striker_transfer", "chain", {
"00_en.txt": """Korniichuk closing in on €6m move to Atlético Serrabranca
Goalmouth Daily
Mon, 07 Jul 2025 09:40:00 +0100

Hirnyk Lisohirsk striker Maksym Korniichuk is close to a €6m move to the Portuguese club Atlético Serrabranca, the Portuguese sports daily Jornal da Bancada reports on its front page on Monday.

According to the paper, the two clubs agreed the fee over the weekend, with a further €1.5m in add-ons, and the 23-year-old is due in Serrabranca for a medical on Wednesday before signing a five-year contract.

Korniichuk scored 17 league goals last season, finishing second in the Ukrainian top flight's scoring chart, and won his first senior cap in March. Serrabranca, who finished fourth in Portugal, have been looking for a centre forward since selling their top scorer to a Spanish club in June.

Hirnyk's press office said it did not comment on transfer speculation.
""",
"01_uk.txt": """Корнійчук за крок від переходу до португальської «Серрабранки»
Фінішна пряма
07.07.2025 13:50

Нападник «Гірника» з Лісогірська Максим Корнійчук може продовжити кар'єру в Португалії. Британський портал Goalmouth Daily переказує публікацію португальської спортивної газети «Жорнал да Банкада»: клуби нібито домовилися про трансфер за 6 мільйонів євро плюс 1,5 мільйона бонусів.

23-річний форвард у середу має пройти медогляд у португальському клубі й підписати контракт на п'ять років. Минулого сезону Корнійчук забив 17 голів у чемпіонаті України й став другим у списку бомбардирів, а в березні дебютував у національній збірній.

У пресслужбі «Гірника» чутки про трансфер не коментують.
""",
"02_ru.txt": """Корнийчук близок к переходу в португальскую «Серрабранку»
Стадион и трибуна
2025-07-07T15:25:00+03:00

Форвард «Горняка» из Лесогорска Максим Корнийчук может перейти в португальский «Атлетико Серрабранка». Такие сведения приводят португальская спортивная газета Jornal da Bancada и британский портал Goalmouth Daily.

Сумма трансфера, по информации португальцев, составит 6 млн евро, ещё 1,5 млн могут быть выплачены в виде бонусов. В среду 23-летний нападающий должен пройти медосмотр и подписать пятилетний контракт.

В минувшем сезоне Корнийчук забил 17 мячей в чемпионате Украины, уступив в споре бомбардиров лишь одному игроку. В клубе слухи о трансфере не комментируют.
""",
"03_fr.txt": """Football : l'Ukrainien Korniichuk attendu à Serrabranca
Le Sprint Quotidien
2025-07-07

L'attaquant ukrainien Maksym Korniichuk (23 ans) devrait s'engager avec l'Atlético Serrabranca. Le quotidien sportif portugais Jornal da Bancada annonce en une ce lundi un accord entre les deux clubs pour 6 millions d'euros, auxquels pourraient s'ajouter 1,5 million de bonus.

Le buteur du Hirnyk Lisohirsk, deuxième meilleur réalisateur du championnat d'Ukraine la saison dernière avec 17 buts, passerait sa visite médicale mercredi avant de signer un contrat de cinq ans. L'Atlético, quatrième du dernier championnat portugais, cherche un avant-centre depuis le départ de son meilleur buteur en Espagne.
""",
}, [("Jornal da Bancada", False)],
   [("Jornal da Bancada", "00_en.txt"), ("Goalmouth Daily", "01_uk.txt"),
    ("Jornal da Bancada", "02_ru.txt"), ("Goalmouth Daily", "02_ru.txt"),
    ("Jornal da Bancada", "03_fr.txt")],
   [("Striker Maksym Korniichuk close to a €6m move from Hirnyk Lisohirsk to Atlético Serrabranca; medical on Wednesday",
     ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 9 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
