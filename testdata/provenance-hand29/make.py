#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand29 set.

Events, companies, people and quotes are invented; the outlets are real names used as
credited sources and as the outlets of the articles (name-normalization test)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: Financial Times (outside the corpus) relayed 4x: en "the Financial Times reported" + "the
# FT said"; uk "пише британська газета Financial Times («Файненшл таймс»)" + "За даними FT";
# ru "сообщила газета Financial Times" + "По данным FT"; pl "podał „Financial Times"".
story("r01_ft_outside_grain_terminal", "agency", {
"00_en.txt": """Danish shipping group in talks to buy stake in Odesa-region grain terminal - FT
Interfax-Ukraine
2027-03-08T10:40:00+02:00

Danish shipping group Nordhavn Linjer is in talks to buy a 49% stake in the Zernovyi Prychal grain terminal in the Odesa region, the Financial Times reported on Monday, citing three people familiar with the negotiations.

The deal could value the stake at about $180 million, the FT said. The terminal, which handled around 4 million tonnes of grain last season, is controlled by the Ukrainian agricultural holding Stepovi Lany.

Neither company commented on the report. A spokesperson for Nordhavn Linjer told Interfax-Ukraine that the group "does not comment on market rumours".

If completed, the transaction would be one of the largest foreign investments in Ukraine's port infrastructure since 2022.
""",
"01_uk.txt": """Данська судноплавна група веде переговори про купівлю частки зернового терміналу на Одещині
РБК-Україна
08.03.2027 12:15

Данська судноплавна група Nordhavn Linjer веде переговори про купівлю 49% зернового терміналу «Зерновий причал» в Одеській області. Про це пише британська газета Financial Times («Файненшл таймс») з посиланням на трьох поінформованих співрозмовників.

За даними FT, угода може оцінити цю частку приблизно в 180 мільйонів доларів. Термінал контролює український агрохолдинг «Степові лани»; минулого сезону через нього пройшло близько 4 млн тонн зерна.

У компаніях не відповіли на запит щодо коментаря. Якщо угоду буде укладено, вона стане однією з найбільших іноземних інвестицій у портову інфраструктуру України за останні роки.
""",
"02_ru.txt": """Датская группа ведет переговоры о покупке доли зернового терминала под Одессой
Медуза
8 марта 2027, 13:02

Датская судоходная группа Nordhavn Linjer ведет переговоры о покупке 49% зернового терминала «Зерновой причал» в Одесской области, сообщила в понедельник британская газета Financial Times.

По данным FT, которая ссылается на трех знакомых с ходом переговоров собеседников, терминал контролирует украинский агрохолдинг «Степные земли». За прошлый сезон через него прошло около 4 млн тонн зерна.

Стороны сделку не комментируют. Эксперты отмечают, что иностранные инвесторы в последние месяцы снова проявляют интерес к украинским портам.
""",
"03_pl.txt": """Duńczycy chcą kupić udziały w ukraińskim terminalu zbożowym
Rzeczpospolita
8.03.2027 15:30

Duńska grupa żeglugowa Nordhavn Linjer prowadzi rozmowy w sprawie zakupu 49 proc. udziałów w terminalu zbożowym Zernowyj Prycział w obwodzie odeskim – podał w poniedziałek „Financial Times", powołując się na trzy osoby zaznajomione z negocjacjami.

Według brytyjskiego dziennika transakcja mogłaby wycenić pakiet na ok. 180 mln dolarów. Terminal należy do ukraińskiego holdingu rolnego Stepowi Łany.

Przedstawiciele obu firm odmówili komentarza. Dla polskich portów, które w ostatnich latach przejęły część ukraińskiego eksportu zboża, może to oznaczać silniejszą konkurencję.
""",
}, [{"name": "Financial Times", "in_corpus": False}],
[{"origin": "Financial Times", "article": a} for a in ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt"]],
[{"text": "Danish shipping group Nordhavn Linjer is in talks to buy a 49% stake in the Zernovyi Prychal grain terminal in the Odesa region.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "The deal could value the stake at about $180 million.",
  "articles": ["00_en.txt", "01_uk.txt", "03_pl.txt"], "independent_sources": 1}])

# r02: Politico Europe (outlet line the domain www.politico.eu) own scoop; credits "Politico
# Europe" (uk), «издание Politico» / «Политико» (ru), "das Nachrichtenportal Politico" (de).
# Decision: Politico and Politico Europe are the SAME outlet (European edition of one brand);
# origin name "Politico".
story("r02_politico_europe_river_ports", "scoop", {
"00_en.txt": """EU drafts €2B fund to rebuild Ukraine's river ports
www.politico.eu
2027-04-14T05:00:00+02:00

The European Commission is drafting a plan for a €2 billion fund to rebuild Ukraine's river ports, according to a draft document seen by POLITICO.

The first tranche would go to ports on the Danube, which have become a key route for Ukrainian exports, the draft says. Two EU diplomats told POLITICO that the Commission hopes to present the proposal to member countries before the summer.

"The Danube has kept Ukraine's economy breathing. Now we need to make sure it doesn't silt up," one of the diplomats said, speaking on condition of anonymity because the plan has not been made public.

A Commission spokesperson declined to comment on "leaked drafts".
""",
"01_uk.txt": """Єврокомісія готує фонд на 2 млрд євро для відновлення річкових портів України — Politico
УНІАН
14.04.2027 09:40

Європейська комісія готує план створення фонду обсягом 2 мільярди євро для відбудови річкових портів України. Про це пише видання Politico Europe, яке ознайомилося з проєктом документа.

За інформацією видання, перші кошти мають спрямувати на порти на Дунаї, які стали одним із ключових маршрутів українського експорту. Двоє дипломатів ЄС розповіли Politico, що Комісія сподівається представити пропозицію країнам-членам до літа.

У Єврокомісії відмовилися коментувати «документи, що потрапили у пресу».
""",
"02_ru.txt": """Еврокомиссия готовит фонд в 2 млрд евро для украинских речных портов
Коммерсантъ
14.04.2027, 11:20

Европейская комиссия разрабатывает план создания фонда в €2 млрд для восстановления речных портов Украины, пишет издание Politico («Политико») со ссылкой на проект документа.

По данным издания, два европейских дипломата рассказали, что Еврокомиссия надеется представить предложение странам ЕС до лета. Официальный представитель Еврокомиссии от комментариев отказался.

Речные порты на Дунае в последние годы обеспечивают значительную часть украинского экспорта.
""",
"03_de.txt": """EU plant Milliardenfonds für ukrainische Flusshäfen
Der Spiegel
14.04.2027 14:05

Die EU-Kommission arbeitet an einem Fonds in Höhe von zwei Milliarden Euro für den Wiederaufbau der ukrainischen Flusshäfen. Das berichtet das Nachrichtenportal Politico unter Berufung auf einen Entwurf.

Das erste Geld soll demnach in die Häfen an der Donau fließen, über die inzwischen ein großer Teil der ukrainischen Exporte läuft. Laut Politico will die Kommission den Vorschlag noch vor dem Sommer den Mitgliedstaaten vorlegen.

Eine Sprecherin der Kommission wollte sich zu „geleakten Entwürfen" nicht äußern.
""",
}, [{"name": "Politico", "in_corpus": True}],
[{"origin": "Politico", "article": a} for a in ["01_uk.txt", "02_ru.txt", "03_de.txt"]],
[{"text": "The European Commission is drafting a plan for a 2 billion euro fund to rebuild Ukraine's river ports.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The first money from the fund would go to ports on the Danube.",
  "articles": ["00_en.txt", "01_uk.txt", "03_de.txt"], "independent_sources": 1}])

# r03: chain across languages: Українська правда (outlet line pravda.com.ua, own investigation)
# -> The Washington Post (en, "Ukrainska Pravda reported") -> Медуза (ru, «пишет The Washington
# Post („Вашингтон пост“) со ссылкой на «Украинскую правду»»: edge from WaPo) and Politico (en,
# "WaPo reported"); УНІАН (uk) credits "УП" directly.
story("r03_chain_up_wapo_shelters", "chain", {
"00_uk.txt": """Держпідрядник «Захистбуд» купував бетонні укриття для підстанцій удвічі дорожче за ринок
pravda.com.ua
2027-05-19 08:00

Державний підрядник «Захистбуд» платив за бетонні укриття для електропідстанцій приблизно вдвічі більше за ринкову ціну. Як з'ясувала «Українська правда», проаналізувавши понад сорок договорів у системі Prozorro, одне укриття обходилося компанії в середньому у 2,4 млн гривень, тоді як інші замовники купували аналогічні конструкції приблизно за 1,2 млн.

Частину коштів «Захистбуд» отримав із грантової програми, яку фінансують міжнародні донори. Журналісти УП також з'ясували, що два постачальники укриттів зареєстровані за однією адресою в Житомирі.

У коментарі «Українській правді» директор «Захистбуду» Олег Мисник заявив, що ціна включала доставку та монтаж. «Ми нічого не приховуємо, всі договори відкриті», — сказав він.
""",
"01_en.txt": """Ukrainian state contractor paid double for substation shelters, report says
The Washington Post
May 20, 2027 at 6:15 a.m. EDT

A Ukrainian state contractor paid roughly twice the market price for concrete shelters meant to protect electrical substations from drone strikes, Ukrainska Pravda reported this week, citing procurement records.

According to the Ukrainian news site, the company, Zakhystbud, paid on average 2.4 million hryvnias per shelter, while other public buyers paid about half that for similar structures. Part of the money came from a grant program funded by international donors, Ukrainska Pravda found.

The company's director, Oleh Mysnyk, told Ukrainska Pravda that the price included delivery and installation. The Washington Post could not independently verify the figures.

Western governments have made transparency in energy-repair spending a condition of further aid.
""",
"02_ru.txt": """WP: украинский господрядчик переплачивал за укрытия для подстанций
Медуза
20 мая 2027, 15:45

Украинский государственный подрядчик «Захистбуд» платил за бетонные укрытия для электроподстанций примерно вдвое больше рыночной цены. Об этом пишет The Washington Post («Вашингтон пост») со ссылкой на расследование издания «Украинская правда».

По данным американской газеты, часть денег поступила из грантовой программы, которую финансируют международные доноры. Директор компании заявил, что в цену входили доставка и монтаж.

Укрытия для подстанций строят по всей Украине после массированных ударов по энергосистеме.
""",
"03_en.txt": """Brussels Playbook: Shelter shock — Donor jitters — Port money
Politico
2027-05-20T07:02:00+02:00

SHELTER SHOCK: WaPo reported overnight, citing an investigation by Ukrainska Pravda, that Ukrainian state contractor Zakhystbud paid about twice the going rate for concrete shelters protecting electrical substations. Some of the money came from a donor-funded grant scheme, per the WaPo story.

Why it matters: Two diplomats told Playbook the story will come up when donors meet next week. Expect questions.
""",
"04_uk.txt": """«Захистбуд» переплачував за укриття для підстанцій — УП
УНІАН
19.05.2027 10:30

Державний підрядник «Захистбуд» купував бетонні укриття для електропідстанцій приблизно вдвічі дорожче за ринкову ціну. Про це повідомила УП.

За даними видання, середня ціна одного укриття становила 2,4 млн гривень, тоді як інші замовники платили близько 1,2 млн. Директор компанії Олег Мисник заявив, що ціна включала доставку та монтаж.
""",
}, [{"name": "Ukrainska Pravda", "in_corpus": True}],
[{"origin": "Ukrainska Pravda", "article": "01_en.txt"},
 {"origin": "The Washington Post", "article": "02_ru.txt"},
 {"origin": "The Washington Post", "article": "03_en.txt"},
 {"origin": "Ukrainska Pravda", "article": "04_uk.txt"}],
[{"text": "State contractor Zakhystbud paid about twice the market price for concrete shelters protecting electrical substations.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Part of the money came from a grant programme funded by international donors.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Zakhystbud's director said the price included delivery and installation.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "04_uk.txt"], "independent_sources": 1}])

# r04: seeds-like case. The Guardian (outlet line www.theguardian.com) own investigation;
# Цензор.НЕТ relays «британське видання The Guardian («Ґардіан»)»; Interfax-Ukraine (en, no date
# line) writes "The Guardian reported ..., as relayed by Censor.NET": edge from Censor.NET (the
# in-corpus outlet the article says it took the report from); РБК-Украина (ru) credits «Гардиан».
story("r04_guardian_ambulances_seeds", "seeds", {
"00_en.txt": """Ambulances donated by UK charity to Ukraine found for sale online
www.theguardian.com
Sun 6 Jun 2027 18.00 BST

At least nine ambulances donated by a British charity to Ukrainian frontline hospitals have been advertised for sale on a Ukrainian classifieds website, a Guardian investigation has found.

The vehicles, which still carry the logo of the Bristol-based charity Lifeline Convoy, were listed for between $9,000 and $14,000 each. The Guardian matched their registration and chassis numbers with the charity's own delivery records.

"We are devastated. These ambulances were paid for by pensioners and schoolchildren," the charity's founder, Margaret Ellison, told the Guardian. Lifeline Convoy has suspended all deliveries until it establishes what happened.

The regional health department that received the vehicles said it had launched an internal inquiry.
""",
"01_uk.txt": """Подаровані британською благодійною організацією «швидкі» продають в інтернеті — The Guardian
Цензор.НЕТ
06.06.2027 21:10

Щонайменше дев'ять автомобілів швидкої допомоги, які британська благодійна організація Lifeline Convoy передала прифронтовим лікарням України, виставили на продаж на українському сайті оголошень. Про це пише британське видання The Guardian («Ґардіан»).

Журналісти звірили реєстраційні номери та номери шасі з документами благодійників. Ціна авто — від 9 до 14 тисяч доларів. Організація призупинила всі поставки, поки не з'ясує, що сталося.

В обласному департаменті охорони здоров'я, який отримав машини, заявили про службове розслідування.
""",
"02_en.txt": """UK charity halts deliveries after donated ambulances appear in online ads
Interfax-Ukraine

At least nine ambulances donated by the British charity Lifeline Convoy to hospitals near the front line have been put up for sale on a Ukrainian classifieds website, The Guardian reported, as relayed by Censor.NET.

The charity has suspended all deliveries pending an investigation, the report said. The regional health department told Interfax-Ukraine on Monday that an internal inquiry was under way and that "those responsible will be identified".
""",
"03_ru.txt": """Guardian: подаренные Украине британские «скорые» продают на сайте объявлений
РБК-Украина
7 июня 2027, 09:25

Не менее девяти машин скорой помощи, которые британская благотворительная организация Lifeline Convoy передала прифронтовым больницам Украины, выставлены на продажу на украинском сайте объявлений. Об этом пишет британская газета «Гардиан».

Машины продаются по цене от 9 до 14 тысяч долларов, на многих из них до сих пор сохранился логотип фонда. Основательница организации заявила, что «опустошена» этой новостью.
""",
}, [{"name": "The Guardian", "in_corpus": True}],
[{"origin": "The Guardian", "article": "01_uk.txt"},
 {"origin": "Censor.NET", "article": "02_en.txt"},
 {"origin": "The Guardian", "article": "03_ru.txt"}],
[{"text": "At least nine ambulances donated to Ukrainian hospitals by the British charity Lifeline Convoy were advertised for sale on a Ukrainian classifieds website.",
  "articles": ["00_en.txt", "01_uk.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Lifeline Convoy has suspended all deliveries until it establishes what happened.",
  "articles": ["00_en.txt", "01_uk.txt", "02_en.txt"], "independent_sources": 1}])

# r05: look-alikes. The Sunday Times (outside the corpus) reported; The Times (in corpus, a
# DIFFERENT paper) relays "our sister paper The Sunday Times reported yesterday"; Інтерфакс-Україна
# (uk) «The Sunday Times («Санді таймс»)»; Коммерсантъ (ru) «The Sunday Times»; The New York Times
# (en) credits "first reported by The Sunday Times of London" AND confirms with its own sources
# (edge + own origin); Der Spiegel (de) credits "die New York Times" / "die NYT" only.
story("r05_sunday_times_vs_times_vs_nyt", "mixed", {
"00_en.txt": """Sheffield firm to build demining machine factory in Ukraine
The Times
Monday June 21 2027, 12.01am BST

A Sheffield engineering company is planning to build a factory in western Ukraine to make armoured demining machines, our sister paper The Sunday Times reported yesterday.

Harcastle Engineering intends to open the plant near Lutsk, where it would employ about 300 people, according to the report. The company has supplied parts for mine-clearing vehicles to Ukraine since 2024.

Harcastle declined to comment. A government source said ministers "warmly welcome British firms putting down roots in Ukraine".
""",
"01_uk.txt": """Британська компанія збудує завод із виробництва машин для розмінування на Волині — The Sunday Times
Інтерфакс-Україна
21.06.2027 08:50

Британська інженерна компанія Harcastle Engineering із Шеффілда планує побудувати поблизу Луцька завод із виробництва броньованих машин для розмінування. Про це пише британська газета The Sunday Times («Санді таймс»).

За даними видання, на підприємстві працюватимуть близько 300 людей. У Волинській обласній військовій адміністрації інформацію не коментували.
""",
"02_ru.txt": """Британская компания построит на Украине завод машин для разминирования
Коммерсантъ
21.06.2027, 10:12

Британская инженерная компания Harcastle Engineering намерена построить завод по производству бронированных машин для разминирования под Луцком, сообщила воскресная британская газета The Sunday Times.

По данным издания, на заводе будут работать около 300 человек. В компании сообщение не прокомментировали.
""",
"03_en.txt": """British Company Plans Demining-Machine Plant in Western Ukraine
The New York Times
June 21, 2027

A British engineering company plans to build a factory in western Ukraine to produce armored demining machines, two executives involved in the project told The New York Times, confirming a plan first reported by The Sunday Times of London.

The company, Harcastle Engineering of Sheffield, England, wants to build the plant near the city of Lutsk, the executives said, speaking on condition of anonymity because the deal has not been signed. Production could begin as early as next spring, one of them said.

Ukraine is among the most heavily mined countries in the world, and demand for clearance equipment is expected to grow for decades.
""",
"04_de.txt": """Britische Firma will Minenräumfahrzeuge in der Ukraine bauen
Der Spiegel
21.06.2027 16:40

Das britische Ingenieurunternehmen Harcastle Engineering plant offenbar eine Fabrik für gepanzerte Minenräumfahrzeuge in der Westukraine. Das berichtet die „New York Times" unter Berufung auf zwei an dem Projekt beteiligte Manager.

Das Werk soll demnach in der Nähe der Stadt Luzk entstehen. Laut NYT könnte die Produktion bereits im kommenden Frühjahr beginnen. Die Ukraine gilt als eines der am stärksten verminten Länder der Welt.
""",
}, [{"name": "The Sunday Times", "in_corpus": False},
    {"name": "The New York Times", "in_corpus": True}],
[{"origin": "The Sunday Times", "article": "00_en.txt"},
 {"origin": "The Sunday Times", "article": "01_uk.txt"},
 {"origin": "The Sunday Times", "article": "02_ru.txt"},
 {"origin": "The Sunday Times", "article": "03_en.txt"},
 {"origin": "The New York Times", "article": "04_de.txt"}],
[{"text": "British company Harcastle Engineering plans to build a factory for armoured demining machines near Lutsk in western Ukraine.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "The factory would employ about 300 people.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1}])

# r06: Bloomberg vs Bloomberg Businessweek = DISTINCT origins. Bloomberg Businessweek (outside the
# corpus) reported in its latest issue that the owner seeks a Turkish buyer; Puls Biznesu (pl)
# relays that ("magazyn „Bloomberg Businessweek"") three days BEFORE Bloomberg's own report.
# Bloomberg (outlet line www.bloomberg.com) reports the bond delay AND, from its own sources, the
# stake sale (no credit to Businessweek). РБК-Україна: «агентство Bloomberg»; Интерфакс-Украина
# (ru): «агентство Bloomberg («Блумберг»)». The stake-sale claim therefore has 2 roots.
story("r06_bloomberg_vs_businessweek_steel", "mixed", {
"00_en.txt": """Ukrainian Steelmaker Stalevyi Mist Seeks Two-Year Delay on Bond Payments
www.bloomberg.com
2027-07-12T09:31:00Z

Ukrainian steelmaker Stalevyi Mist is asking holders of its $420 million of bonds to delay payments for two years, according to people familiar with the matter.

The company sent the proposal to creditors on Friday and wants them to vote by the end of the month, said the people, who asked not to be identified because the talks are private. A representative for Stalevyi Mist declined to comment.

The company's owner, Viktor Hrebeniuk, is also trying to sell a minority stake to a Turkish investor, two of the people said. Output at the company's main mill has fallen by about a third since power cuts intensified last winter.
""",
"01_uk.txt": """«Сталевий міст» просить власників облігацій відстрочити виплати на два роки — Bloomberg
РБК-Україна
12.07.2027 14:20

Український металургійний виробник «Сталевий міст» звернувся до власників своїх облігацій на 420 млн доларів із проханням відстрочити виплати на два роки. Про це повідомляє агентство Bloomberg з посиланням на поінформовані джерела.

За даними агентства, власник компанії Віктор Гребенюк також намагається продати міноритарну частку турецькому інвестору.

У «Сталевому мосту» не відповіли на запит РБК-Україна.
""",
"02_ru.txt": """«Стальной мост» попросил держателей облигаций об отсрочке на два года
Интерфакс-Украина
12.07.2027 15:05

Украинский металлургический производитель «Стальной мост» предложил держателям своих облигаций на $420 млн отсрочить выплаты на два года, сообщает агентство Bloomberg («Блумберг»).

По данным агентства, кредиторы должны проголосовать до конца месяца. В компании сообщение не прокомментировали.
""",
"03_pl.txt": """Właściciel ukraińskiej huty szuka inwestora w Turcji
Puls Biznesu
9.07.2027 07:45

Wiktor Hrebeniuk, właściciel ukraińskiego producenta stali Stalewyj Mist, próbuje sprzedać mniejszościowy pakiet udziałów tureckiemu inwestorowi – pisze w najnowszym numerze amerykański magazyn „Bloomberg Businessweek".

Według tygodnika rozmowy trwają od wiosny, a huta po zeszłorocznych przerwach w dostawach prądu produkuje o jedną trzecią mniej stali. Dla polskich odbiorców blach z Ukrainy może to oznaczać dalsze problemy z dostawami.
""",
}, [{"name": "Bloomberg", "in_corpus": True},
    {"name": "Bloomberg Businessweek", "in_corpus": False}],
[{"origin": "Bloomberg", "article": "01_uk.txt"},
 {"origin": "Bloomberg", "article": "02_ru.txt"},
 {"origin": "Bloomberg Businessweek", "article": "03_pl.txt"}],
[{"text": "Steelmaker Stalevyi Mist asked holders of its $420 million of bonds to delay payments for two years.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The owner of Stalevyi Mist, Viktor Hrebeniuk, is trying to sell a minority stake to a Turkish investor.",
  "articles": ["00_en.txt", "01_uk.txt", "03_pl.txt"], "independent_sources": 2}])

# r07: Reuters (outlet line "Reuters") own report from the scene; УНІАН publishes an uncredited
# close Ukrainian translation (same figures, same quote, same closing sentence, no credit): edge
# from Reuters, scenario translation; Коммерсантъ credits «агентство Рейтер»; Le Monde credits only
# "l'AFP" (outside the corpus, separate reporting with a crew detail) -> the sinking has 2 roots.
story("r07_reuters_copy_afp_barge", "translation", {
"00_en.txt": """Fertiliser barge sinks on Danube near Izmail, blocking shipping lane
Reuters
August 3, 2027 11:52 AM GMT+3

A barge carrying 1,200 tonnes of urea sank on the Danube near the Ukrainian port of Izmail on Tuesday, blocking one of the two shipping lanes used by vessels heading to Ukraine's river ports, a Reuters witness and a port official said.

The barge's stern could be seen above the water about 300 metres from the main quay. "Traffic is going through the second lane only, one vessel at a time," the official told Reuters, asking not to be named because he was not authorised to speak to the media.

The cause of the sinking was not immediately clear. Ukraine's Danube ports handled about a fifth of the country's grain exports last year.
""",
"01_uk.txt": """Біля Ізмаїла на Дунаї затонула баржа з добривами, один із фарватерів заблоковано
УНІАН
03.08.2027 13:10

Баржа з 1200 тоннами карбаміду затонула у вівторок на Дунаї поблизу порту Ізмаїл і заблокувала один із двох фарватерів, якими судна заходять до українських річкових портів.

Корму баржі видно над водою приблизно за 300 метрів від головного причалу. «Рух відбувається лише другим фарватером, по одному судну», — сказав представник порту, який попросив не називати його імені.

Причина затоплення поки невідома. Минулого року дунайські порти забезпечили близько п'ятої частини українського експорту зерна.
""",
"02_ru.txt": """У Измаила затонула баржа с удобрениями
Коммерсантъ
03.08.2027, 14:35

Баржа с 1,2 тыс. тонн карбамида затонула во вторник на Дунае возле украинского порта Измаил, заблокировав один из двух фарватеров, сообщило агентство Рейтер со ссылкой на своего очевидца и представителя порта.

По словам собеседника агентства, суда проходят только по второму фарватеру, по одному. Причина происшествия не установлена.
""",
"03_fr.txt": """Ukraine : une barge coule sur le Danube près d'Izmaïl
Le Monde
3 août 2027 à 17h20

Une barge a coulé mardi sur le Danube près du port ukrainien d'Izmaïl, bloquant l'un des chenaux de navigation, selon l'AFP.

Les quatre membres d'équipage ont été secourus par un bateau de pêche, a indiqué à l'Agence France-Presse le capitaine du port voisin de Reni. Le Danube est devenu une voie essentielle pour les exportations agricoles ukrainiennes.
""",
}, [{"name": "Reuters", "in_corpus": True},
    {"name": "AFP", "in_corpus": False}],
[{"origin": "Reuters", "article": "01_uk.txt"},
 {"origin": "Reuters", "article": "02_ru.txt"},
 {"origin": "AFP", "article": "03_fr.txt"}],
[{"text": "A barge sank on the Danube near Izmail, blocking one of the shipping lanes.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The barge was carrying 1,200 tonnes of urea.",
  "articles": ["00_en.txt", "01_uk.txt", "02_ru.txt"], "independent_sources": 1},
 {"text": "The four crew members were rescued by a fishing boat.",
  "articles": ["03_fr.txt"], "independent_sources": 1}])


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
        for r in relays:
            assert r["article"] in arts, (id, r)
            assert r["origin"] in {o["name"] for o in origins} or r["origin"] in (
                "Censor.NET", "The Washington Post"), (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, c)
        out.append({"id": id, "scenario": scenario, "articles": names,
                    "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 29 (invented events, real outlet names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "stories,", sum(len(o["articles"]) for o in out), "articles")

if __name__ == "__main__":
    main()
