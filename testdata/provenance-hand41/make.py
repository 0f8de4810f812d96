#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand41 set.

Events and officials are invented; the outlets are real. Emphasis: officials' social-media posts
versus interviews versus agencies versus press conferences. See README.md.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
# OUTLET[(story, file)] = the English name of the outlet that published the article; used only by the
# sanity check at the bottom (own reporting resolves to the article's outlet), not written to labels.
OUTLET = {}
def story(id, scenario, arts, outlets, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
    for f, o in outlets.items():
        OUTLET[(id, f)] = o

# s01: a mayor's Telegram post relayed by four outlets, none of which credits a medium.
# Origin = the mayor, Oleh Kovalchuk (in_corpus false). Name forms: Олег Ковальчук (uk),
# Олег Ковальчук / «сообщении Олега Ковальчука» (ru, genitive), Oleh Kovalchuk (en),
# Oleg Kowaltschuk (de). uk "повідомив у Telegram" + "написав він"; ru "написал в своем
# Telegram-канале"; en "wrote in a post on Telegram"; de "schrieb … auf Telegram" (no date line).
story("s01_mayor_post_boiler_fire", "official_post", {
"00_uk.txt": """У Терновому Гаї горіла котельня: без тепла залишилися 38 тисяч мешканців
Українська правда
2027-10-13T07:40:00+03:00

У Терновому Гаї в ніч на середу сталася пожежа на центральній котельні, через що без опалення та гарячої води залишилися близько 38 тисяч мешканців Північного району. Про це повідомив у Telegram міський голова Олег Ковальчук.

«Вогонь пошкодив два котли і щит керування. Рятувальники ліквідували пожежу о 04:20, ніхто не постраждав. Ремонтні бригади вже працюють, подачу тепла плануємо відновити до п'ятниці», — написав він.

За словами Ковальчука, 17 шкіл Північного району до кінця тижня переходять на дистанційне навчання, а дитячі садки працюватимуть у черговому режимі. Для мешканців облаштують три пункти обігріву — у ліцеї №4, у палаці спорту та в приміщенні районної адміністрації.

Причини пожежі встановлюють. У комунальному підприємстві «Тепло Гаю» зазначили, що котельня пройшла планову перевірку у вересні.
""",
"01_ru.txt": """В Терновом Гае сгорела котельная, 38 тысяч жителей остались без отопления
Цензор.НЕТ
13.10.2027 09:15

В Терновом Гае в ночь на среду загорелась центральная котельная. Без отопления и горячей воды остались около 38 тысяч жителей Северного района, написал в своем Telegram-канале городской голова Олег Ковальчук.

«Огонь повредил два котла и щит управления. Спасатели потушили пожар в 04:20, никто не пострадал», — говорится в сообщении Олега Ковальчука.

По словам мэра, тепло в дома планируют вернуть до пятницы. Для жителей открыты три пункта обогрева.
""",
"02_en.txt": """Boiler house fire leaves 38,000 without heating in Ternovyi Hai
The Kyiv Independent
Wed, 13 Oct 2027 10:30:00 +0000

A fire at the main municipal boiler house in Ternovyi Hai overnight on Oct. 13 cut heating and hot water to around 38,000 residents of the city's Pivnichnyi district, Mayor Oleh Kovalchuk wrote in a post on Telegram.

"The fire damaged two boilers and the control panel," Kovalchuk wrote. "Repair crews are already working, and we plan to restore heating by Friday."

Seventeen schools in the district will switch to remote learning until the end of the week, according to the mayor. Three heating points have been set up for residents.

Rescuers put out the fire at 4:20 a.m., and no one was injured, Kovalchuk said. The cause of the fire is being investigated.
""",
"03_de.txt": """Ukraine: Brand im Heizwerk – 38.000 Menschen ohne Heizung
Deutsche Welle

In der ukrainischen Stadt Ternowyj Haj hat ein Brand im zentralen Heizwerk rund 38.000 Bewohner ohne Heizung und Warmwasser gelassen. Das schrieb Bürgermeister Oleg Kowaltschuk auf Telegram.

Das Feuer habe zwei Heizkessel und die Steuerung beschädigt, verletzt worden sei niemand, so Kowaltschuk. Bis Freitag solle die Wärmeversorgung wiederhergestellt sein. Für die Bewohner des Nordbezirks wurden drei Wärmestuben eingerichtet.
""",
}, {"00_uk.txt": "Ukrainska Pravda", "01_ru.txt": "Censor.NET", "02_en.txt": "Kyiv Independent",
    "03_de.txt": "Deutsche Welle"},
[{"name": "Oleh Kovalchuk", "in_corpus": False}],
[{"origin": "Oleh Kovalchuk", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"]],
[("A fire at the main boiler house in Ternovyi Hai left about 38,000 residents without heating and hot water.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("Heating is planned to be restored by Friday.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("Seventeen schools in the district switched to remote learning until the end of the week.",
  ["00_uk.txt", "02_en.txt"], 1),
])

# s02: a governor's Telegram post relayed through an agency that is not in the corpus.
# Every article names the post AND credits Ukrinform: the agency is the credited medium, so the
# origin is Ukrinform (in_corpus false), not the governor. uk "повідомила у Telegram … передає
# Укрінформ" + "написала вона"; ru "сообщила в Telegram …, передает Укринформ"; de "teilte … auf
# Telegram mit, wie die … Nachrichtenagentur Ukrinform meldete" + "Ukrinform zitierte aus dem Post".
story("s02_governor_post_via_ukrinform_bridge", "agency", {
"00_uk.txt": """На Задністрянщині закрили для вантажівок міст через тріщину в опорі
NV
2027-10-13 14:20

Міст через річку Липівка поблизу Липівців на Задністрянщині закрили для руху транспорту вагою понад 10 тонн після того, як інспектори виявили тріщину в одній з опор. Про це повідомила у Telegram голова Задністрянської обласної військової адміністрації Ірина Мельничук, передає Укрінформ.

«Легкові автомобілі та автобуси проїжджають мостом у звичному режимі, але зі швидкістю не більше 30 км/год. Вантажівки прямуватимуть об'їзною дорогою через Високе — це близько 40 кілометрів», — написала вона.

За словами Мельничук, ремонт опори триватиме приблизно два місяці, підрядника визначать до кінця жовтня. Міст збудовано 1974 року, востаннє його капітально ремонтували 2009-го.
""",
"01_ru.txt": """В Заднестровской области закрыли мост для грузовиков из-за трещины в опоре
РБК-Украина
13.10.2027 15:05

В Заднестровской области ограничили движение по мосту через реку Липовка возле Липовцев: грузовикам массой более 10 тонн проезд запрещен из-за трещины в одной из опор. Об этом сообщила в Telegram глава Заднестровской областной военной администрации Ирина Мельничук, передает Укринформ.

По ее словам, легковые автомобили и автобусы могут проезжать по мосту со скоростью до 30 км/ч, а грузовики направят в объезд через село Высокое — это около 40 километров.
""",
"02_de.txt": """Ukraine: Brücke nach Riss in Pfeiler für Lastwagen gesperrt
dpa
13. Oktober 2027

Kiew (dpa) - In der Ukraine ist eine Straßenbrücke über den Fluss Lypiwka bei Lypiwzi nach der Entdeckung eines Risses in einem Pfeiler für Lastwagen über zehn Tonnen gesperrt worden. Das teilte die Gouverneurin des Gebiets Sadnistrjanska, Iryna Melnytschuk, auf Telegram mit, wie die staatliche ukrainische Nachrichtenagentur Ukrinform meldete.

Ukrinform zitierte aus dem Post, die Reparatur des Pfeilers werde etwa zwei Monate dauern. Autos und Busse dürfen die Brücke weiterhin mit höchstens 30 Kilometern pro Stunde befahren.
""",
}, {"00_uk.txt": "NV", "01_ru.txt": "RBC-Ukraine", "02_de.txt": "dpa"},
[{"name": "Ukrinform", "in_corpus": False}],
[{"origin": "Ukrinform", "article": a} for a in ["00_uk.txt", "01_ru.txt", "02_de.txt"]],
[("A bridge over the Lypivka river near Lypivtsi was closed to vehicles over 10 tonnes after a crack was found in a support.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt"], 1),
 ("Cars and buses may still cross the bridge at up to 30 km/h.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt"], 1),
 ("Repairs to the support will take about two months.",
  ["00_uk.txt", "02_de.txt"], 1),
 ("Trucks are diverted via Vysoke, a detour of about 40 km.",
  ["00_uk.txt", "01_ru.txt"], 1),
])

# s03: a minister's interview given to RBC-Ukraine (in corpus, own reporting: "розповів в інтерв'ю
# РБК-Україна", "На запитання РБК-Україна"), relayed by UNIAN (uk, same language), Censor.NET (ru)
# and the Kyiv Independent (en: "told RBC-Ukraine in an interview"). The minister is quoted
# everywhere ("сказав Яремчук", "сказал министр") but is not an origin.
story("s03_minister_interview_rbc_phones", "interview", {
"00_uk.txt": """Яремчук: з вересня в школах заборонять смартфони на уроках у 1–9 класах
РБК-Україна
2027-10-14T10:00:00+03:00

З 1 вересня 2028 року учням 1–9 класів заборонять користуватися смартфонами під час уроків. Про це міністр освіти і науки Богдан Яремчук розповів в інтерв'ю РБК-Україна.

«Телефон не забиратимуть, але на уроці він має бути вимкнений і лежати в портфелі або в спеціальній шафці. Для 10–11 класів школи ухвалюватимуть правила самостійно», — сказав Яремчук.

Міністр пояснив, що відповідний наказ МОН оприлюднить у січні, щоб школи встигли підготуватися. За його словами, в опитуванні, яке міністерство провело у вересні, заборону підтримали 70% батьків.

На запитання РБК-Україна, чи передбачені санкції для учнів, Яремчук відповів, що покарань «не буде, буде розмова з класним керівником».
""",
"01_uk.txt": """У школах заборонять смартфони на уроках: міністр назвав дату
УНІАН
14.10.2027 12:40

Міністерство освіти і науки з 1 вересня 2028 року заборонить учням 1–9 класів користуватися смартфонами на уроках. Про це міністр освіти Богдан Яремчук сказав в інтерв'ю РБК-Україна.

За словами Яремчука, телефони в учнів не забиратимуть, але під час уроку вони мають бути вимкнені. Старшокласників заборона автоматично не стосуватиметься — правила для 10–11 класів визначать самі школи.

Міністр також розповів, що ініціативу підтримали 70% батьків, які взяли участь в опитуванні МОН.
""",
"02_ru.txt": """В украинских школах запретят смартфоны на уроках с 1 по 9 класс
Цензор.НЕТ
14.10.2027 13:10

С 1 сентября 2028 года ученикам 1–9 классов запретят пользоваться смартфонами на уроках. Об этом в интервью РБК-Украина заявил министр образования и науки Богдан Яремчук.

«Телефон не будут забирать, но на уроке он должен быть выключен», — сказал министр.

Соответствующий приказ Министерство образования обнародует в январе, уточнил Яремчук.
""",
"03_en.txt": """Ukraine to ban smartphones in class for grades 1-9 from next September, minister says
The Kyiv Independent
Thu, 14 Oct 2027 13:45:00 +0000

Schoolchildren in grades 1 to 9 will be banned from using smartphones during lessons starting Sept. 1, 2028, Education Minister Bohdan Yaremchuk told RBC-Ukraine in an interview published on Oct. 14.

Phones will not be confiscated but must be switched off during class, Yaremchuk told the outlet. Schools will set their own rules for grades 10 and 11.

The ministry will publish the order in January to give schools time to prepare, he said.
""",
}, {"00_uk.txt": "RBC-Ukraine", "01_uk.txt": "UNIAN", "02_ru.txt": "Censor.NET", "03_en.txt": "Kyiv Independent"},
[{"name": "RBC-Ukraine", "in_corpus": True}],
[{"origin": "RBC-Ukraine", "article": a} for a in ["01_uk.txt", "02_ru.txt", "03_en.txt"]],
[("Smartphones will be banned during lessons for grades 1 to 9 from 1 September 2028.",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("The education ministry will publish the order in January.",
  ["00_uk.txt", "02_ru.txt", "03_en.txt"], 1),
 ("Schools will set their own rules for grades 10 and 11.",
  ["00_uk.txt", "01_uk.txt", "03_en.txt"], 1),
 ("70% of parents supported the ban in a ministry survey.",
  ["00_uk.txt", "01_uk.txt"], 1),
])

# s04: chain of three. A CEO "told the BBC" in the BBC's own report (in corpus, origin) ->
# Ukrainska Pravda credits the BBC ("розповів BBC", "повідомляє BBC") -> RBC-Ukraine (ru) and
# Deutsche Welle (de) credit Ukrainska Pravda, which names the BBC ("сообщает «Украинская правда»
# со ссылкой на интервью … BBC"; "berichtete … Ukrajinska Prawda unter Berufung auf ein Interview
# … mit der BBC"): their edges come from Ukrainska Pravda, not from the BBC.
story("s04_ceo_told_bbc_chain_wagons", "chain", {
"00_en.txt": """Ukrainian wagon maker wins €180m order from Polish freight firm
BBC News
2027-10-18T06:05:00+00:00

A Ukrainian railway wagon manufacturer has won an order worth €180m (£157m) for 1,500 grain wagons from a Polish freight operator, its chief executive has told the BBC.

Andrii Stetsenko, head of Prydniprovskyi Vahonobud, said the contract was the biggest in the company's 60-year history. "This order keeps our lines busy for two years," he told the BBC on the factory floor in Kryvorudka, central Ukraine.

The company plans to hire 800 additional workers, Mr Stetsenko said, bringing its workforce to about 3,000. The first wagons are due to be delivered in the spring.

He declined to name the Polish customer, citing a confidentiality clause, but said the wagons would carry Ukrainian grain from the border to Baltic ports.
""",
"01_uk.txt": """Український вагонобудівник отримав замовлення з Польщі на 180 млн євро — BBC
Українська правда
18.10.2027 10:20

Завод «Придніпровський вагонобуд» отримав від польського вантажного оператора замовлення на 1500 вагонів-зерновозів вартістю 180 мільйонів євро. Про це генеральний директор підприємства Андрій Стеценко розповів BBC.

За його словами, це найбільший контракт за 60-річну історію заводу. Для його виконання компанія найме ще 800 працівників, а перші вагони планують поставити навесні.

Назву польського замовника Стеценко не розкрив, пославшись на умови конфіденційності, повідомляє BBC.
""",
"02_ru.txt": """Украинский вагоностроительный завод получил польский заказ на 180 млн евро
РБК-Украина
18.10.2027 11:35

Завод «Приднепровский вагоностроитель» получил заказ на 1500 вагонов-зерновозов на 180 млн евро от польского грузового оператора. Об этом сообщает «Украинская правда» со ссылкой на интервью генерального директора предприятия Андрея Стеценко британской BBC.

Первые вагоны, по словам Стеценко, поставят весной.
""",
"03_de.txt": """Ukrainischer Waggonbauer erhält Großauftrag aus Polen
Deutsche Welle
18. Oktober 2027

Der ukrainische Waggonhersteller Prydniprowskyj Wahonobud hat einen Auftrag über 1500 Getreidewaggons im Wert von 180 Millionen Euro von einem polnischen Güterbahnbetreiber erhalten. Das berichtete das ukrainische Nachrichtenportal Ukrajinska Prawda unter Berufung auf ein Interview von Firmenchef Andrij Stezenko mit der BBC.

Das Unternehmen wolle zusätzlich 800 Arbeiter einstellen, hieß es.
""",
}, {"00_en.txt": "BBC", "01_uk.txt": "Ukrainska Pravda", "02_ru.txt": "RBC-Ukraine", "03_de.txt": "Deutsche Welle"},
[{"name": "BBC", "in_corpus": True}],
[{"origin": "BBC", "article": "01_uk.txt"},
 {"origin": "Ukrainska Pravda", "article": "02_ru.txt"},
 {"origin": "Ukrainska Pravda", "article": "03_de.txt"}],
[("Prydniprovskyi Vahonobud won an order for 1,500 grain wagons worth €180m from a Polish freight operator.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1),
 ("The company will hire 800 more workers.",
  ["00_en.txt", "01_uk.txt", "03_de.txt"], 1),
 ("The first wagons are due to be delivered in spring.",
  ["00_en.txt", "01_uk.txt", "02_ru.txt"], 1),
])

# s05: a minister's press conference covered independently by Suspilne ("на пресконференції …,
# передає кореспондентка Суспільного", "Відповідаючи на запитання Суспільного"), Reuters ("told a
# news conference") and dpa ("sagte … auf einer Pressekonferenz in Kiew"): three in-corpus roots,
# no medium credited, no post. UNIAN (ru) mentions the press conference but credits Suspilne
# ("передает Суспильне"): a relay, not a fourth root.
story("s05_minister_press_conference_outages", "press_conference", {
"00_uk.txt": """Вовк: графіки відключень світла скасують з 3 листопада
Суспільне
2027-10-21 13:10

З 3 листопада в Україні припинять застосовувати графіки планових відключень електроенергії. Про це заявила міністерка енергетики Надія Вовк на пресконференції в Києві, передає кореспондентка Суспільного.

За словами Вовк, до того часу в мережу повернуться два відремонтовані енергоблоки Зоряної ТЕС, що дасть енергосистемі близько 600 мегаватів.

Відповідаючи на запитання Суспільного, міністерка сказала, що всі обласні лікарні вже отримали резервні генератори на випадок аварійних відключень.
""",
"01_en.txt": """Ukraine to end scheduled power cuts from Nov 3, energy minister says
Reuters
Thu, 21 Oct 2027 11:52:00 +0000

KYIV, Oct 21 (Reuters) - Ukraine will stop scheduled power outages from Nov. 3, when two repaired units at the Zoriana thermal power plant return to the grid, Energy Minister Nadiia Vovk told a news conference on Thursday.

The two units will add about 600 megawatts of capacity, Vovk said.

She also said the household electricity tariff would stay unchanged until the end of March. "We are not discussing any increase before spring," she told reporters.
""",
"02_de.txt": """Ukraine will planmäßige Stromabschaltungen ab 3. November beenden
dpa
21. Oktober 2027

Kiew (dpa) - Die Ukraine will die planmäßigen Stromabschaltungen ab dem 3. November beenden. Bis dahin sollen zwei reparierte Blöcke des Wärmekraftwerks Sorjana wieder ans Netz gehen, sagte Energieministerin Nadija Wowk am Donnerstag auf einer Pressekonferenz in Kiew.

Der Strompreis für Privathaushalte bleibe bis Ende März unverändert, fügte Wowk hinzu.
""",
"03_ru.txt": """Графики отключений света отменят с 3 ноября – Вовк
УНИАН
21.10.2027 14:25

С 3 ноября в Украине перестанут применять графики плановых отключений электроэнергии. Об этом на пресс-конференции в Киеве заявила министр энергетики Надежда Вовк, передает Суспильне.

По словам министра, к этому времени в сеть вернутся два отремонтированных энергоблока Зорянской ТЭС. Все областные больницы уже получили резервные генераторы, добавила она.
""",
}, {"00_uk.txt": "Suspilne", "01_en.txt": "Reuters", "02_de.txt": "dpa", "03_ru.txt": "UNIAN"},
[{"name": "Suspilne", "in_corpus": True},
 {"name": "Reuters", "in_corpus": True},
 {"name": "dpa", "in_corpus": True}],
[{"origin": "Suspilne", "article": "03_ru.txt"}],
[("Scheduled power outages will end from 3 November, when two repaired units of the Zoriana thermal power plant return to the grid.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 3),
 ("The household electricity tariff will stay unchanged until the end of March.",
  ["01_en.txt", "02_de.txt"], 2),
 ("All regional hospitals have received backup generators.",
  ["00_uk.txt", "03_ru.txt"], 1),
])

# s06: two independent origins for one claim. A mayor's interview given to Deutsche Welle (in
# corpus, own: "sagte … der Deutschen Welle", "im DW-Interview"), relayed by UNIAN ("розповіла в
# інтерв'ю Deutsche Welle"); and the mayor's own post on X, relayed by AFP ("wrote in a post on X")
# and Ukrainska Pravda (ru: "написала в соцсети X", "написала она") with no medium credited:
# origin = the mayor, Natalia Hordiienko (in_corpus false). AFP and Ukrainska Pravda are not roots.
story("s06_mayor_dw_interview_and_x_post_tram_depot", "interview_and_post", {
"00_de.txt": """Bürgermeisterin von Sokilske: Deutschland finanziert neues Straßenbahndepot
Deutsche Welle
25.10.2027 16:00

Die ukrainische Stadt Sokilske will ihr 2026 bei einem Raketenangriff zerstörtes Straßenbahndepot mit 40 Millionen Euro aus einem deutschen Wiederaufbaufonds neu errichten. Das sagte Bürgermeisterin Natalija Hordijenko der Deutschen Welle.

„Ohne das Depot fahren bei uns nur noch sechs von 31 Bahnen", sagte Hordijenko im DW-Interview. Der Bau solle im April beginnen und etwa 18 Monate dauern.

Die Finanzierung sei vergangene Woche in Berlin unterzeichnet worden, so die Bürgermeisterin.
""",
"01_uk.txt": """Сокільське відбудує трамвайне депо за 40 млн євро з німецького фонду
УНІАН
25.10.2027 18:30

Сокільське відбудує зруйноване 2026 року внаслідок ракетного удару трамвайне депо за 40 мільйонів євро з німецького фонду відбудови. Про це міська голова Наталія Гордієнко розповіла в інтерв'ю Deutsche Welle.

За її словами, будівництво розпочнеться у квітні й триватиме близько півтора року. Зараз через відсутність депо в місті курсують лише шість із 31 трамвая.
""",
"02_en.txt": """Ukrainian city to rebuild tram depot with German money, mayor says
AFP
Tue, 26 Oct 2027 08:10:00 +0000

The Ukrainian city of Sokilske will rebuild its tram depot, destroyed in a missile strike in 2026, with 40 million euros from a German reconstruction fund, mayor Natalia Hordiienko wrote in a post on X on Monday.

"The agreement is signed. Sokilske will have its trams back," she wrote. The city will also receive 12 used trams from German cities, she said in the post, without naming them.
""",
"03_ru.txt": """Сокольское восстановит трамвайное депо на немецкие деньги
Украинская правда
26.10.2027 10:45

Город Сокольское восстановит трамвайное депо, разрушенное в 2026 году, за 40 миллионов евро из немецкого фонда восстановления. Об этом написала в соцсети X городской голова Наталья Гордиенко.

«Соглашение подписано. Сокольское снова будет с трамваями», — написала она. По словам Гордиенко, город также получит 12 подержанных трамваев из немецких городов.
""",
}, {"00_de.txt": "Deutsche Welle", "01_uk.txt": "UNIAN", "02_en.txt": "AFP", "03_ru.txt": "Ukrainska Pravda"},
[{"name": "Deutsche Welle", "in_corpus": True},
 {"name": "Natalia Hordiienko", "in_corpus": False}],
[{"origin": "Deutsche Welle", "article": "01_uk.txt"},
 {"origin": "Natalia Hordiienko", "article": "02_en.txt"},
 {"origin": "Natalia Hordiienko", "article": "03_ru.txt"}],
[("Sokilske will rebuild its tram depot, destroyed in a 2026 missile strike, with 40 million euros from a German reconstruction fund.",
  ["00_de.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], 2),
 ("Construction will start in April and take about 18 months.",
  ["00_de.txt", "01_uk.txt"], 1),
 ("Only six of the city's 31 trams are running without the depot.",
  ["00_de.txt", "01_uk.txt"], 1),
 ("The city will also receive 12 used trams from German cities.",
  ["02_en.txt", "03_ru.txt"], 1),
])


def roots(sid, arts, relays, a, seen=()):
    """Sanity check only: the roots an article rests on (own reporting = its outlet)."""
    srcs = [r["origin"] for r in relays if r["article"] == a]
    if not srcs:
        return {OUTLET[(sid, a)]}
    out = set()
    for o in srcs:
        parents = [b for b in arts if OUTLET[(sid, b)] == o and b != a and b not in seen]
        if parents:
            for b in parents:
                out |= roots(sid, arts, relays, b, seen + (a,))
        else:
            out.add(o)
    return out


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 41 (invented events and officials, real outlets); see README.md.",
              "stories": []}
    for sid, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, sid)
        os.makedirs(d)
        for f, text in arts.items():
            with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                fh.write(text)
        names = {o["name"] for o in origins}
        allroots = set()
        for a in arts:
            allroots |= roots(sid, list(arts), relays, a)
        assert allroots == names, (sid, allroots, names)
        for r in relays:
            assert r["article"] in arts, (sid, r)
        cl = []
        for text, carts, n in claims:
            assert all(a in arts for a in carts), (sid, text)
            got = set()
            for a in carts:
                got |= roots(sid, list(arts), relays, a)
            assert len(got) == n, (sid, text, got, n)
            cl.append({"text": text, "articles": carts, "independent_sources": n})
        labels["stories"].append({"id": sid, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": cl})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(len(s[2]) for s in S)
    langs = {}
    for s in S:
        for f in s[2]:
            lang = f.split("_")[1].split(".")[0]
            langs[lang] = langs.get(lang, 0) + 1
    print(f"{len(S)} stories, {n} articles, {langs}")


if __name__ == "__main__":
    main()
